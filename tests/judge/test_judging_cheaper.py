"""The judging's tests put in a cheaper order (issue 11, session 39; docs/performance.md): each answers as the order it
replaced did, and the costlier test is asked less. Invented sentences."""

from __future__ import annotations

import pytest

from stancemap.judge import polarity, stance
from stancemap.judge.dismissed_claims import dismissed_claim
from stancemap.judge.negation import negated
from stancemap.judge.proposition import parse_proposition
from stancemap.judge.terms import terms_of
from stancemap.model import Question
from stancemap.parse import load_nlp

QUESTION = "Will the council approve the new library?"


def _terms() -> polarity.Terms:
    return terms_of(Question(text=QUESTION, proposition=parse_proposition(QUESTION)))


SENTENCES = [
    "Mayor Tilde Brant dismissed suggestions that the council would block the new library.",
    "Brant did not dismiss reports that the council would approve the new library.",  # a dismissal negated
    "Brant denied claims that the library had been approved in secret, and rejected reports that it would close.",
    "The council will not approve the new library before the audit ends.",  # no dismissal at all
]


def _read(tokens: list, terms: object) -> tuple[int, set[int], list[str]]:  # type: ignore[type-arg]
    evidence: list[str] = []
    score, settled = polarity._dismissed_claims(tokens, evidence, terms)  # type: ignore[arg-type]
    return score, settled, evidence


@pytest.mark.parametrize("sentence", SENTENCES)
def test_dismissed_claims_read_as_with_negated_asked_first(monkeypatch: pytest.MonkeyPatch, sentence: str) -> None:
    terms = _terms()
    tokens = list(load_nlp()(sentence))
    now = _read(tokens, terms)
    # the order before session 39: `negated` asked of every token, then the dismissing verb's shape
    monkeypatch.setattr(polarity, "dismissed_claim", lambda tok: None if negated(tok) else dismissed_claim(tok))
    assert _read(tokens, terms) == now


@pytest.mark.parametrize("sentence", SENTENCES)
def test_dismissed_claims_ask_negated_only_of_a_dismissing_verb(monkeypatch: pytest.MonkeyPatch, sentence: str) -> None:
    terms = _terms()
    tokens = list(load_nlp()(sentence))
    asked: list[int] = []

    def counted(tok):  # type: ignore[no-untyped-def]
        asked.append(tok.i)
        return negated(tok)

    monkeypatch.setattr(polarity, "negated", counted)
    monkeypatch.setattr(polarity, "polarity", lambda said, notes, terms: 0)  # the claim's own reading asks it too
    _read(tokens, terms)
    assert asked == [tok.i for tok in tokens if dismissed_claim(tok) is not None]


def test_the_sentences_hold_dismissals_negated_and_not() -> None:
    """The cases above are what they say: dismissing verbs, one of them negated, and a sentence without one."""
    docs = list(load_nlp().pipe(SENTENCES))
    found = [[(tok.lemma_, negated(tok)) for tok in doc if dismissed_claim(tok) is not None] for doc in docs]
    assert found[0] == [("dismiss", False)] and found[1] == [("dismiss", True)] and len(found[2]) == 2 and not found[3]


TRIGGERS = [
    ("The mayor will back the plan if the council approves the new library.", "if the council approves the new library"),
    ("She would sign it if the council does not approve the new library.", "if the council does not approve the new library"),
    ("We will decide once the audit of the old hall is published.", "once the audit of the old hall is published"),
    ("They would go ahead if the council votes for the library.", "if the council votes for the library"),
]


def _condition(sentence: str, clause: str) -> tuple[object, stance.Condition]:
    doc = load_nlp()(sentence)
    start = sentence.index(clause)
    return doc, stance.Condition(clause, f"{clause.split()[0]}: {clause}", start, start + len(clause))


@pytest.mark.parametrize(("sentence", "clause"), TRIGGERS)
def test_a_trigger_reads_as_with_negated_asked_first(monkeypatch: pytest.MonkeyPatch, sentence: str, clause: str) -> None:
    terms = _terms()
    doc, condition = _condition(sentence, clause)
    now = [stance._is_trigger(condition, doc, terms, said_of_act=act) for act in (False, True)]  # type: ignore[arg-type]
    # the order before session 39: a negated word passed over before any other test is asked of it
    for name in ("occurs", "_completed", "_voted_for"):
        real = getattr(stance, name)
        monkeypatch.setattr(stance, name, lambda t, terms, real=real: False if negated(t) else real(t, terms))
    monkeypatch.setattr(stance, "_done_to_another", lambda t, terms, real=stance._done_to_another: True if negated(t)
                        else real(t, terms))
    assert [stance._is_trigger(condition, doc, terms, said_of_act=act) for act in (False, True)] == now  # type: ignore[arg-type]


def test_a_trigger_asks_negated_only_of_words_naming_the_act(monkeypatch: pytest.MonkeyPatch) -> None:
    terms = _terms()
    found = []
    for sentence, clause in TRIGGERS[:2]:
        doc, condition = _condition(sentence, clause)
        asked: list[str] = []

        def counted(tok, asked=asked):  # type: ignore[no-untyped-def]
            asked.append(tok.text)
            return negated(tok)

        monkeypatch.setattr(stance, "negated", counted)
        found.append(stance._is_trigger(condition, doc, terms))  # type: ignore[arg-type]
        assert len(asked) == 1 and asked[0].startswith("approve"), asked  # the act's verb, not every word of the clause
    assert found == [True, False]  # the act's verb, and the same verb negated


# Session 43 (issue 11): words narrated found only where a clause told in the past hangs on the statement, and a side judged
# read only in a side's place. Invented sentences (Quillon, Ostvik, the Marrow Street library).
NARRATED = [
    "The reading room has stood empty since the old board closed the Marrow Street library.",  # a past clause of time
    "Quillon said the council will approve the new library once the audit ends.",  # a clause of time to come
    "Ostvik welcomed the plan, and the council will approve the new library.",  # no adverbial clause at all
    "When the mill shut, Quillon had warned that the council would never approve the new library.",
    "The council would approve the new library before the hall reopened.",  # a past under a modal: time to come
]


@pytest.mark.parametrize("sentence", NARRATED)
def test_narrated_words_are_those_narrated(sentence: str) -> None:
    from stancemap.judge.aim import narrated, narrated_words

    doc = load_nlp()(sentence)
    for tokens in (list(doc), list(doc)[2:], [t for t in doc if t.i % 3]):  # the whole, a tail, a statement with holes
        kept = {t.i for t in tokens}
        assert narrated_words(tokens) == {t.i for t in tokens if narrated(t, kept)}


def test_the_narrated_cases_hold_a_past_clause_and_none() -> None:
    """The cases above are what they say: a past clause of time narrates, the others do not."""
    from stancemap.judge.aim import narrated_words

    found = [narrated_words(list(load_nlp()(s))) for s in NARRATED]
    assert found[0] and not found[1] and not found[2]


SIDES = [
    "The opponents of the new library were cowards, Quillon said.",
    "Ostvik accused supporters of the new library of selling out the town.",
    "Quillon praised the people fighting the new library.",
    "The council will approve the new library on Monday.",  # no side named
]


def _judged_side_every_token(tokens: list, evidence: list[str], terms: object) -> int | None:  # type: ignore[type-arg]
    """`aim.judged_side` as it was before session 43: each token's side asked first, then its place."""
    from stancemap.judge.aim import _held, _side, _verb_valence
    from stancemap.judge.judged import said_of

    for tok in tokens:
        sign = _side(tok, terms)  # type: ignore[arg-type]
        if sign == 0 or tok.dep_ not in {"nsubj", "nsubjpass", "dobj", "attr"} or _held(tok):
            continue
        said: list[str] = []
        judgement = said_of(tok, tokens, terms, said)  # type: ignore[arg-type]
        if judgement == 0 and tok.dep_ == "dobj" and (judgement := _verb_valence(tok.head)):
            said.append(tok.head.text)
        if judgement == 0:
            continue
        score = sign * judgement
        side = "for" if sign > 0 else "against"
        evidence.append(f"{'+' if score > 0 else '-'}{tok.text} (a side {side}) judged {'well' if judgement > 0 else 'badly'}: "
                        + ", ".join(e.lstrip("+-") for e in said[:3]))
        return score
    return None


@pytest.mark.parametrize("sentence", SIDES)
def test_a_side_judged_is_read_in_a_side_s_place_only(monkeypatch: pytest.MonkeyPatch, sentence: str) -> None:
    from stancemap.judge import aim

    terms = _terms()
    tokens = list(load_nlp()(sentence))
    before: list[str] = []
    expected = _judged_side_every_token(tokens, before, terms)
    asked: list[int] = []
    real = aim._side

    def counted(tok, terms):  # type: ignore[no-untyped-def]
        asked.append(tok.i)
        return real(tok, terms)

    monkeypatch.setattr(aim, "_side", counted)
    evidence: list[str] = []
    assert aim.judged_side(tokens, evidence, terms) == expected and evidence == before  # type: ignore[arg-type]
    assert all(tokens[i].dep_ in aim.JUDGED_PLACES for i in asked)


def test_the_side_cases_judge_a_side() -> None:
    """The cases above are what they say: sides named and judged, and a sentence naming none."""
    from stancemap.judge.aim import judged_side

    found = [judged_side(list(load_nlp()(s)), [], _terms()) for s in SIDES]  # type: ignore[arg-type]
    assert found[0] is not None and found[3] is None


@pytest.mark.parametrize("body", ["Tide mill plan\n\nThe Marrow board met.\n\n\nQuillon spoke.\n\n\n\nOstvik left.\n",
                                  "One paragraph only.", "\n\nopens with a break\n\n", "a\n\n\n\n\nb\n\nc"])
def test_paragraph_breaks_are_counted_as_count_does(body: str) -> None:
    """`article._in_passage` reads a statement's paragraph by the breaks found once per body (issue 11, session 43): at every
    offset as many as `str.count` finds before it, runs of three, four and five newlines among them."""
    from bisect import bisect_right

    from stancemap.judge import article

    for offset in range(len(body) + 1):
        assert bisect_right(article._breaks(body), offset) == body.count("\n\n", 0, offset)
    flags = [True, False, False, True, False, False]
    assert all(article._in_passage(flags, body, offset) == any(flags[max(body.count("\n\n", 0, offset) - 1, 0):
                                                                     body.count("\n\n", 0, offset) + 2])
               for offset in range(len(body) + 1))
