"""Question shapes of session 25's open set (tests/data/questions3.jsonl), pinned on invented questions: a compound
subject whose last noun the tagger reads as the verb, and the opening "Did" read as the main verb."""

from __future__ import annotations

import pytest

from stancemap.judge.proposition import parse_proposition


@pytest.mark.parametrize(("question", "subject", "predicate", "time_bound"), [
    # the question's own parse heads it with "end" (tagged a noun) whose subject is "strike": not "the dock" + "strike"
    ("Will the Lowick dock strike in Brantham end by Tuesday?", "the Lowick dock strike in Brantham", "end", "by Tuesday"),
    # "clear" read as an adjective heading the question: not "the Dalmore health" + "service"
    ("Can the Dalmore health service clear its surgery backlog by 2029?", "the Dalmore health service", "clear",
     "by 2029"),
    # a modal's verb is its bare form: not "the number of visitors will visiting ..."
    ("Will the number of visitors visiting Oskvale top two million this year?", "the number of visitors visiting Oskvale",
     "top", "this year"),
    # "Did" is the auxiliary, "lie" the act (read as a noun, the subject of "did")
    ("Did the chief executive lie to the inspectors?", "the chief executive", "lie", None),
    # a head with no subject is a noun phrase read whole: the shortest subject stays first
    ("Will Tressel ration tap water this winter?", "Tressel", "ration", "this winter"),
])
def test_a_compound_subject_before_a_verb_read_as_a_noun(question: str, subject: str, predicate: str,
                                                         time_bound: str | None) -> None:
    prop = parse_proposition(question)
    assert (prop.subject, prop.predicate.split()[0], prop.time_bound) == (subject, predicate, time_bound), prop.reading


@pytest.mark.xfail(strict=True, reason="the shortest split 'the Haddon | will bus fleet switch' parses with a verb and "
                   "an object, and the question's own parse gives the head 'switch' no subject to prefer it by")
def test_a_compound_subject_whose_head_has_no_subject() -> None:
    prop = parse_proposition("Will the Haddon bus fleet switch to biogas by 2031?")
    assert prop.subject == "the Haddon bus fleet"
