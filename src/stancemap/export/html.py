"""The briefing as one self-contained HTML file (template: templates/briefing.html.j2): styles and
script inlined, the timeline an inline SVG, nothing fetched, so it works opened from disk. The first
screen is drawn with the page; details (more positions, the statements behind each, the timeline
list, the articles) are filled on demand from data embedded once (pagedata.py), so the page stays
under 3 MB and quick to open at any corpus size."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from ..model import Analysis
from .briefing import STANCES, build
from .pagedata import page_data
from .templating import environment


@lru_cache(maxsize=1)
def _script() -> str:
    # Read as text, not as a template: the script's braces are JavaScript, not Jinja.
    return resources.files("stancemap").joinpath("export/templates/briefing.js").read_text(encoding="utf-8")


def render(analysis: Analysis) -> str:
    b = build(analysis, articles=False)
    data, b.left_out = page_data(analysis, b)
    return environment().get_template("briefing.html.j2").render(b=b, stances=STANCES, data=data,
                                                                   script=_script().replace("</", "<\\/"))
