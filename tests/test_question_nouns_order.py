"""The verb an act noun names does not depend on the string hash seed (extract/frames_nouns.act_verb): WordNet's
derivations come as a set, and two spellings of one verb tie ("scrutiny": "scrutinise", "scrutinize"). Found in
session 40 (docs/performance.md): the same articles mapped twice gave different records."""

from __future__ import annotations

import os
import subprocess
import sys

CODE = "from stancemap.extract.frames_nouns import act_verb; print(act_verb('scrutiny'), act_verb('approval'))"


def test_act_verb_is_the_same_under_every_hash_seed() -> None:
    seen = set()
    for seed in ("0", "1", "4"):  # 0 and 4 gave "scrutinise", 1 "scrutinize" before the fix
        env = {**os.environ, "PYTHONHASHSEED": seed}
        out = subprocess.run([sys.executable, "-c", CODE], env=env, capture_output=True, text=True, check=True).stdout
        seen.add(out.strip())
    assert seen == {"scrutinise approve"}
