"""Who said what and where it ends (issue 10, session 37): a report that goes on after its closing cue's ", and".
Written sentences; fictional people, bodies and places."""

from __future__ import annotations

import pytest

from stancemap.extract.bounds import report_goes_on
from stancemap.parse import load_nlp

from .conftest import statement_with

QUESTION = "Will the Orvel tunnel be built?"

OPENING = "Tunnel row\n\nThe Orvel harbour board met on Monday to discuss the tunnel.\n\n"

# A fronted report closed by its cue, then ", and" and a clause of its own (its own subject, or a quotation going on).
GOES_ON = [
    ("Fares rose 4 percent in the north, the harbour office said in its spring bulletin, and ticket sales in the south "
     "fell by a third.", "fell by a third"),
    ("Velden \u201cwon an exemption,\u201d Ames said, and still \u201ckept a seat on the board when it voted.\u201d",
     "kept a seat on the board"),
]


@pytest.mark.parametrize(("text", "tail"), GOES_ON)
def test_a_report_goes_on_after_its_closing_cue(run, text: str, tail: str) -> None:  # type: ignore[no-untyped-def]
    """Red on main 88a0fd02: the parse made the clause after ", and" a conjunct of the closing cue, and the content ended
    at the cue (bounds.report_goes_on: a clause of its own, or a quotation going on, continues the report)."""
    analysis = run(OPENING + text, question=QUESTION)
    statement = statement_with(analysis, tail)
    assert statement.content.startswith(text.split()[0]) and statement.cue == "said"


@pytest.mark.parametrize(("text", "goes_on"), [
    (GOES_ON[0][0], True),
    (GOES_ON[1][0], True),
    # (the cue's second act of saying is its own statement, not more of the first)
    ("Fares rose 4 percent in the north, the harbour office said in its spring bulletin, and added that sales fell.",
     False),
    # (another's report after ", but" is its own statement: "questioned whether ...")
    ("Fares rose 4 percent in the north, the harbour office said on Tuesday, but the ferry unions questioned whether "
     "its count was sound.", False),
])
def test_a_report_goes_on_on_the_parse(text: str, goes_on: bool) -> None:
    """The rule on the parse: the closing cue's conjunct after ", and" is returned only when it goes on the report."""
    doc = load_nlp()(text)
    cue = next(t for t in doc if t.lower_ == "said")
    fronted = next(c for c in cue.children if c.dep_ == "ccomp" and c.i < cue.i)
    assert (report_goes_on(cue, fronted) is not None) is goes_on


def test_a_quotation_after_a_participle_is_no_more_of_the_first() -> None:
    """Red with a first form of the rule (which took the "and" inside the second quotation for the cue's, on PolNeAR's
    parse of such a sentence, built here by hand): a verb or a quotation mark between the cue and ", and" means the
    conjunct is no clause after the cue's own phrases."""
    from spacy.tokens import Doc

    words = ["\u201c", "We", "cannot", "pay", ",", "\u201d", "Ames", "said", ",", "adding", ",", "\u201c", "it", "costs",
             "a", "lot", ",", "and", "we", "lose", ".", "\u201d"]
    heads = [7, 3, 3, 7, 7, 7, 7, 7, 7, 7, 7, 7, 13, 7, 15, 13, 7, 7, 19, 7, 7, 7]
    deps = ["punct", "nsubj", "aux", "ccomp", "punct", "punct", "nsubj", "ROOT", "punct", "advcl", "punct", "punct",
            "nsubj", "ccomp", "det", "dobj", "punct", "cc", "nsubj", "conj", "punct", "punct"]
    pos = ["PUNCT", "PRON", "AUX", "VERB", "PUNCT", "PUNCT", "PROPN", "VERB", "PUNCT", "VERB", "PUNCT", "PUNCT", "PRON",
           "VERB", "DET", "NOUN", "PUNCT", "CCONJ", "PRON", "VERB", "PUNCT", "PUNCT"]
    tags = ["``", "PRP", "MD", "VB", ",", "''", "NNP", "VBD", ",", "VBG", ",", "``", "PRP", "VBZ", "DT", "NN", ",", "CC",
            "PRP", "VBP", ".", "''"]
    lemmas = [w.lower() for w in words]
    lemmas[7], lemmas[9], lemmas[13] = "say", "add", "cost"
    doc = Doc(load_nlp().vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas)
    assert report_goes_on(doc[7], doc[3]) is None


def test_a_closed_quotation_ends_at_its_cue(run) -> None:  # type: ignore[no-untyped-def]
    """Guard (green on both): a quotation that opens the sentence and closes at its cue is what was said; the clause
    after ", and" is the writer's."""
    analysis = run(OPENING + "\u201cWe never expected the tunnel,\u201d Ames said after the vote, and the board adjourned "
                   "at noon.", question=QUESTION)
    assert "adjourned" not in statement_with(analysis, "We never expected the tunnel").content


@pytest.mark.parametrize(("text", "cue", "content"), [
    ("The harbour board pointed to the closure of the ferry as an example of the council's neglect.", "pointed to",
     "the closure of the ferry as an example of the council's neglect"),
    ("Dorra Ames referred to the closure of the ferry as a betrayal of the islands.", "referred to",
     "the closure of the ferry as a betrayal of the islands"),
])
def test_pointed_to_puts_forward_its_object(run, text: str, cue: str, content: str) -> None:  # type: ignore[no-untyped-def]
    """Red on main 88a0fd02 (no statement): "point to X (as Y)" and "refer to X as Y" put X forward, the preposition
    the cue's (predicates.POINTING)."""
    analysis = run(OPENING + text, question=QUESTION)
    statement = statement_with(analysis, "closure of the ferry")
    assert statement.cue == cue and statement.content.rstrip(".") == content


def test_referred_to_alone_mentions(run) -> None:  # type: ignore[no-untyped-def]
    """Guard (red with a first form of the rule, which took "referred to X" alone: three false statements on PolNeAR
    dev): without "as", "refer to" mentions its object and puts nothing forward (predicates.NAMING_ONLY)."""
    analysis = run(OPENING + "Dorra Ames referred to the closure of the ferry twice in her long speech.", question=QUESTION)
    assert not [s for s in analysis.statements if "closure of the ferry" in s.content]

