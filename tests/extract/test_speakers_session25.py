"""Speakers (issue 10, session 25): what one is asked, dared or required to say is not said by that one; "the
agency" alone is the public body named before; an indefinite role is not the person named inside its own clause;
a "guild" is a body; "the company" is no product the article says a firm makes and no name in a wire dateline.
Written sentences; fictional people, bodies and places."""

from __future__ import annotations

import pytest

from .conftest import speaker_name, statement_with

QUESTION = "Will the council approve the ring road plan?"

CASES = {
    # speakers._cataphora: a person named inside the clause the indefinite role is the subject of is not that role
    "cataphora_not_inside_its_clause": (
        "The council votes on the ring road plan tonight.\n\n"
        "A senior minister told the Courier that Mara Ilves would win any vote held before the summer and "
        "forecast that the protest would fizzle out.",
        "would win any vote held before the summer", "senior minister"),
    # roleholders.named_agency: "The agency" alone is the public body named before (by its full name and acronym)
    "the_agency_named_before": (
        "The council votes on the ring road plan tonight.\n\n"
        "The Marrish Roads Safety Authority (MRSA), which reviewed the plan in 2024, said it would look at the new "
        "traffic counts. The agency said it would publish every study it reviews before the vote.",
        "it would publish every study it reviews", "Marrish Roads Safety Authority"),
}


@pytest.mark.parametrize("case", CASES)
def test_speakers_session25(run, case: str) -> None:  # type: ignore[no-untyped-def]
    text, words, speaker = CASES[case]
    assert speaker_name(run(text, question=QUESTION), words) == speaker


@pytest.mark.parametrize("text, words", [
    # a subjunctive clause of "demanded": the state proves nothing
    ("The county is fighting the ring road plan in court. The county demanded that the state prove that the road "
     "was needed before it would release the land.", "the road was needed"),
    # "daring him to say": he says nothing
    ("Kessler's answers angered the councillors. One councillor threatened to make Kessler testify in public, all "
     "but daring him to say that the council had no right to the papers.",
     "the council had no right to the papers"),
])
def test_asked_of_is_not_said(run, text: str, words: str) -> None:  # type: ignore[no-untyped-def]
    """clauses.asked_of: a verb of saying in the bare or "to" clause of a verb that asks it of its subject is no
    statement of that subject; the outer speaker's statement, if any, holds the words."""
    analysis = run(text, question=QUESTION)
    found = [s for s in analysis.statements if words in s.content]
    assert all(s.speaker_mention not in {"the state", "him"} for s in found)


def test_asked_of_keeps_what_is_asserted(run) -> None:  # type: ignore[no-untyped-def]
    """clauses.asked_of: "insisted that the levy was fair" asserts (no subjunctive), and stays the speaker's."""
    text = "The council votes on the ring road plan tonight. Councillor Ana Pirrow insisted that the levy was fair."
    name = speaker_name(run(text, question=QUESTION), "the levy was fair")
    assert name is not None and name.endswith("Ana Pirrow")


@pytest.mark.xfail(strict=True, raises=AssertionError,
    reason="known gap: the cleaner drops a live entry's time line, and a paragraph break "
                   "alone does not end a cataphora ('A local farmer was blunt. / \"...,\" said X': tried in session 25, "
                   "it cost BASE one speaker)")
def test_cataphora_stops_at_a_live_entry(run) -> None:  # type: ignore[no-untyped-def]
    """speakers._cataphora: the person named after a live entry's time is not "One minister" of the entry before."""
    text = (
        "Ring road vote: live\n\n"
        "19:40\nReaction is coming in. One minister said the rent review was \"a first step, nothing more\".\n\n"
        "20:05\nThat's all from us tonight. Hanna Wroclaw, chair of the housing board, told reporters on her way out "
        "that there was nothing to announce.")
    analysis = run(text, question=QUESTION)
    actor = analysis.actor(statement_with(analysis, "a first step, nothing more").speaker)
    assert actor is None or actor.name != "Hanna Wroclaw"


def test_a_guild_is_a_body(run) -> None:  # type: ignore[no-untyped-def]
    """names.ORG_HEADS: a name ending in "Guild", its plural possessive inside, is the whole body's."""
    text = ("The council votes on the ring road plan tonight.\n\n"
            "The Bus Drivers' Guild said the savings on fuel were real.")
    name = speaker_name(run(text, question=QUESTION), "the savings on fuel were real")
    assert name is not None and name.endswith("Guild")


def test_products_are_what_a_firm_makes() -> None:
    """roleholders.products: the object of a verb of making, the subject of a passive one and the noun a "made by"
    participle describes are products, which "the company" never names (named_company)."""
    from stancemap.extract.roleholders import products
    from stancemap.parse import load_nlp

    doc = load_nlp()("Dornvale Agrichem, which makes Pellacide at its plant in Ostrun, said the trial was too small. "
                     "Tavisol is a herbicide made by Dornvale. The Corla is assembled at Vennick's plant in Sarnby.")
    found = products(doc)
    assert {"pellacide", "corla"} <= found and "dornvale" not in found and "agrichem" not in found


def test_a_firm_sold_is_still_the_company(run) -> None:  # type: ignore[no-untyped-def]
    """roleholders.MAKING: a firm the article says is to be sold is no product: "The company" after it is that firm
    (review of session 25: with "sell" a verb of making, the speaker was left "company")."""
    text = ("The council votes on the ring road plan tonight.\n\n"
            "Finance minister Ada Pirrow said the state plans to sell Kelvane Telecom before the summer. "
            "The company said it would cooperate with any buyer.")
    assert speaker_name(run(text, question=QUESTION), "it would cooperate with any buyer") == "Kelvane Telecom"


@pytest.mark.parametrize("text, name, expected", [
    ("TASBY, March 3 (Harbor Wire) - Vennick Motors will recall 40,000 cars.", "TASBY", True),
    ("TASBY, March 3 (Harbor Wire) - Vennick Motors will recall 40,000 cars.", "Harbor Wire", True),
    ("TASBY, March 3 (Harbor Wire) - Vennick Motors will recall 40,000 cars.", "Vennick Motors", False),
    ("Vennick Motors will recall 40,000 cars - the largest recall this year.", "Vennick Motors", False),
])
def test_in_dateline(text: str, name: str, expected: bool) -> None:
    """roleholders.in_dateline: a wire dateline's city in capitals and its agency in brackets, never the firm after
    the dash nor a firm opening a sentence with a dash further on."""
    from stancemap.extract.roleholders import in_dateline

    start = text.index(name)
    assert in_dateline(text, start, start + len(name)) is expected


def test_a_surname_named_in_full_in_the_headline(run) -> None:  # type: ignore[no-untyped-def]
    """kinds._vote_kinds (ActorIndex.headline_names): a person the headline names in full whom the body calls by a
    surname the tagger takes for a place is a person, and the interview's answers are that person's."""
    text = (
        "The Sarnby Courier | Saturday\nHome > Saturday > Interviews\n\n"
        "Ansel Brackwood: 'I never asked for the chair. I only want the mayor to listen'\n\n"
        "The former roads minister is the name on every councillor's lips. Orla Tansy met him in his office.\n\n"
        "Orla Tansy\nSaturday 7 March 2026\n\n"
        "Brackwood, 49, quit the council cabinet in June and now speaks for ten councillors who want lower rates. "
        "He says he is no rival to Mayor Anna Wesk.\n\n"
        "Will the council approve the ring road plan?\n\n"
        "I think it will, but only if the mayor rethinks the bus lanes. Most of the town hall agrees.\n\n"
        "So you would back her?\n\n"
        "She has my vote as long as she drops the toll before the spring.")
    analysis = run(text, question=QUESTION)
    actor = analysis.actor(statement_with(analysis, "drops the toll before the spring").speaker)
    assert actor is not None and actor.kind == "person" and actor.name.endswith("Brackwood")
