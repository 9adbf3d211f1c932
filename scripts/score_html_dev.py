#!/usr/bin/env python3
"""Body text of real news pages against what trafilatura's extract() makes of the same pages.

    .venv/bin/python scripts/score_html_dev.py [--worst N]

Unzips ../shared/eval/html-dev/*/source.html.gz into a temporary folder, analyses it with stancemap,
and scores the bodies with the folder's own score.py (4-token shingle F1 against the reviewed
expected content), with trafilatura.extract() on the same pages beside it.
"""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HTML_DEV = ROOT.parent / "shared" / "eval" / "html-dev"


def main() -> None:
    sys.path.insert(0, str(ROOT / "src"))
    from stancemap import analyze
    from stancemap.export.json_out import to_dict

    with tempfile.TemporaryDirectory() as folder:
        pages = Path(folder) / "pages"
        pages.mkdir()
        for page in sorted(HTML_DEV.iterdir()):
            if (page / "source.html.gz").exists():
                (pages / f"{page.name}.html").write_bytes(gzip.decompress((page / "source.html.gz").read_bytes()))
        analysis = analyze([pages], question="Will the government change its policy?")
        out = Path(folder) / "pages.json"
        out.write_text(json.dumps(to_dict(analysis)), encoding="utf-8")
        for notice in analysis.notices:
            print(f"notice: {Path(notice.path).name}: {notice.message}")
        subprocess.run([sys.executable, str(HTML_DEV / "score.py"), str(out), "--trafilatura"], check=True)


if __name__ == "__main__":
    main()
