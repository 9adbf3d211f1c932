"""scripts/score_sealed.py on a batch that fails: one line naming the batch and the step, no traceback and
none of the run's output (which may quote the sealed texts). A made-up archive, never the sealed one."""

from __future__ import annotations

import json
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "score_sealed.py"


def test_score_sealed_a_failing_batch_is_one_line(tmp_path: Path) -> None:
    if not (ROOT.parent / "shared" / "eval" / "score.py").exists():
        pytest.skip("../shared/eval/score.py is not beside this checkout")
    batch = tmp_path / "b1"
    (batch / "gold").mkdir(parents=True)  # no corpus/: the analysis fails
    (batch / "question.json").write_text(json.dumps({"question": "Will X join Y?", "proposition_terms": [["join"]]}))
    archive = tmp_path / "batches.tar.xz"
    with tarfile.open(archive, "w:xz") as tar:
        tar.add(batch, arcname="b1")
    done = subprocess.run([sys.executable, str(SCRIPT), "--archive", str(archive)], capture_output=True, text=True)
    assert done.returncode == 1, done
    assert "Traceback" not in done.stderr and done.stderr.strip().count("\n") == 0, done.stderr
    assert done.stderr.startswith("score_sealed: b1: stancemap analyze exited with"), done.stderr


def test_stance_misses_keeps_the_labels_not_the_anchor() -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("score_sealed", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    documents = [{"errors": ["stance of «the plan is (mostly) fine»: oppose (want support)",
                             "speaker of «a line»: Somebody", "condition of «x»: none with ['y']"]},
                 {"errors": ["stance of «another\nline»: None (want support/conditional)",
                             "stance of «third»: oppose (want support)"]}]
    counts = module.stance_misses(documents)
    assert counts == {("support", "oppose"): 2, ("support/conditional", "None"): 1}
    assert not any("plan" in want + got for want, got in counts)


def test_mechanism_table_counts_by_the_evidence_shape() -> None:
    """Stances per mechanism, read from the evidence's shape: counts only (made-up rows, no batch)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("score_sealed", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    rows = [{"evidence": ["about: plan", "+backed"], "stance": "support", "gold": ["oppose"]},
            {"evidence": ["about: plan", "+backed"], "stance": "support", "gold": ["support", "neutral"]},
            {"evidence": ["about: plan", "learned layer: 0.7"], "stance": "oppose", "gold": ["neutral"]},
            {"evidence": ["not stated here; the speaker's stance elsewhere in this article"], "stance": "oppose",
             "gold": ["oppose"]},
            {"evidence": ["no stance words and none carried; in an article about the question",
                          "the learned layer's oppose (p 0.61) not given; its text reads as about something else"],
             "stance": "neutral", "gold": ["neutral"]}]
    table = module.mechanism_table(rows).splitlines()
    assert "| own words, stance words | 2 | 1 | 0.50 | 1 | 1 |" in table
    assert "| own words, learned layer | 1 | 0 | 0.00 | 1 | 0 |" in table
    assert "| carried, this article | 1 | 1 | 1.00 | 0 | 0 |" in table
    assert "| by default, the learned layer's side not given | 1 | 1 | 1.00 | 1 | 0 |" in table  # session 27


def _load():  # type: ignore[no-untyped-def]
    import importlib.util

    spec = importlib.util.spec_from_file_location("score_sealed", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_condition_rows_give_each_gold_condition_its_fate(tmp_path: Path) -> None:
    """The four fates of a gold condition, matched and compared as score.py does (made-up texts, no batch): its
    words in a condition of the matched statement; its anchor matching no statement; a statement with no
    condition; a statement whose conditions hold none of its words. The kinds are the code's labels."""
    if not (ROOT.parent / "shared" / "eval" / "score.py").exists():
        pytest.skip("../shared/eval/score.py is not beside this checkout")
    module = _load()
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "a.json").write_text(json.dumps({"statements": [
        {"anchor": "we would back the plan if the park stays", "stance": ["conditional"], "conditions": [["park"]]},
        {"anchor": "a line nobody found in the text", "stance": ["oppose"], "conditions": [["bridge"]]},
        {"anchor": "the plan must keep the ferry", "stance": ["conditional"], "conditions": [["ferry"]]},
        {"anchor": "we back it once the road opens", "stance": ["conditional"], "conditions": [["toll"], ["road"]]},
    ]}))
    analysis = {"documents": [{"id": "d1", "source": "a.txt"}], "statements": [
        {"document": "d1", "content": "we would back the plan if the park stays", "stance": "conditional",
         "conditions": ["if the park stays"], "conditions_normalized": ["if: park stay"]},
        {"document": "d1", "content": "the plan must keep the ferry", "stance": "support", "conditions": []},
        {"document": "d1", "content": "we back it once the road opens", "stance": "conditional",
         "conditions": ["once the road opens"], "conditions_normalized": ["once: road open"]},
    ]}
    rows = module.condition_rows(analysis, gold)
    assert [r["fate"] for r in rows] == ["found", "statement not found", "no condition on the statement",
                                         "conditions without the gold's words", "found"]
    assert rows[0]["kinds"] == ["if"] and rows[3]["kinds"] == ["once"] and rows[1]["stance"] is None
    table = module.condition_table(rows).splitlines()
    assert "| found | 2 | 0.400 | 2 |" in table
    assert "| statement not found | 1 | 0.200 |  |" in table
    assert "| no condition on the statement | 1 | 0.200 | 0 |" in table
    assert "conditions without the gold's words, the kinds found: once 1" in table


def test_conditional_table_counts_the_label_by_kind() -> None:
    """The conditional label's precision by the kind of the statement's first condition, with the labels wanted
    instead; with no condition of its own, by mechanism (made-up rows, counts only)."""
    module = _load()
    rows = [{"evidence": ["about: plan", "+back", "condition: if x"], "stance": "conditional", "gold": ["conditional"],
             "kinds": ["if"]},
            {"evidence": ["about: plan", "condition: if y"], "stance": "conditional", "gold": ["oppose"], "kinds": ["if"]},
            {"evidence": ["not stated here; the speaker's stance in other articles"], "stance": "conditional",
             "gold": ["support", "neutral"], "kinds": []},
            {"evidence": ["about: plan", "+back"], "stance": "support", "gold": ["conditional"], "kinds": []}]
    table = module.conditional_table(rows).splitlines()
    assert "| if | 2 | 1 | 0.50 | oppose 1 |" in table
    assert "| no condition: carried, other articles | 1 | 0 | 0.00 | neutral/support 1 |" in table
    assert "conditional precision: 1 of 3 (0.333)" in table
    assert "gold only conditional, read otherwise: support 1" in table


def test_condition_place_says_where_a_missed_condition_stands() -> None:
    """Session 24: where the words of a gold condition missed on a matched statement stand, in counts (made-up text):
    inside the statement's words, in its sentence outside them, the sentence before or after, farther off, or
    nowhere in the body; condition_table counts them for the two fates on a statement found."""
    module = _load()
    body = ("The pool may reopen if the roof holds. Varrow said she backs it. She wants a sponsor too.\n\n"
            "Penwick added that the heating must be paid for. Nobody else spoke.")
    start = body.index("she backs it")
    end = start + len("she backs it")
    place = module.condition_place
    assert place(body, start, end, ["backs"]) == "inside the statement's words"
    assert place(body, start, end, ["Varrow said"]) == "its sentence, outside its words"
    assert place(body, start, end, ["roof"]) == "the sentence before"
    assert place(body, start, end, ["sponsor"]) == "the sentence after"
    assert place(body, start, end, ["heating"]) == "farther after"
    assert place(body, start, end, ["bridge"]) == "not in the body"
    rows = [{"fate": "no condition on the statement", "stance": "support", "kinds": [], "place": "the sentence before"},
            {"fate": "found", "stance": "conditional", "kinds": ["if"], "place": None}]
    assert ("missed on a statement found, where the gold's words stand: the sentence before 1"
            in module.condition_table(rows).splitlines())


def test_score_questions_refuses_misses_on_a_sealed_set(tmp_path: Path) -> None:
    """scripts/score_questions.py prints a sealed (.xz) question set's figures only: `--misses` is one line on stderr,
    exit 2, nothing of the questions on stdout. A made-up set, never the sealed one."""
    import lzma

    row = {"id": "x1", "question": "Will the Quillmarsh Ferry Board raise fares?", "subject": "the Quillmarsh Ferry Board",
           "predicate": "raise", "object": "fares", "voice": "active", "negated": False, "privative": False,
           "time_bound": None, "note": ""}
    made_up = tmp_path / "questions.jsonl.xz"
    made_up.write_bytes(lzma.compress((json.dumps(row) + "\n").encode("utf-8")))
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "score_questions.py"), str(made_up), "--misses"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    assert done.stdout == "" and "Quillmarsh" not in done.stderr
    assert done.stderr.count("\n") == 1 and "--misses is refused" in done.stderr
