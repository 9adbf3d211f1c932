"""A small Analysis built by hand with everything filled in (stances, conditions, dates, events,
affiliations), and one with nothing but documents, so the briefing is tested full and empty."""

from __future__ import annotations

import pytest

from stancemap.model import Actor, Analysis, Document, Event, Question, Removed, Statement
from stancemap.relate import relate

BODIES = {
    "d1": ("Ostmark formally applied to join the Weald Pact on Monday, ending decades of neutrality.\n\n"
           "\u201cWe are ready for membership,\u201d President Ada Lorne said in Bremhold. "
           "Pact envoy Piet Vanter said the door was open if Ostmark passed its reforms.\n\n"
           "Troops of Carrow have held the Sund valley since the incursion of 2024."),
    "d2": ("Carrow warned the Weald Pact against taking in Ostmark.\n\n"
           "Foreign Minister Juri Kalt said membership for Ostmark would be a grave threat to Carrow. "
           "Kalt said the stabilisation mission in the Sund valley would go on.\n\n"
           "President Ada Lorne said Ostmark would only join the Pact after a referendum."),
    "d3": ("Ministers of the Weald Pact met in Bremhold to discuss the application of Ostmark.\n\n"
           "Piet Vanter said Ostmark would join the Pact within the decade provided it met every standard. "
           "Ada Lorne said her country would never accept neutrality again.\n\n"
           "Observers said the incursion had changed the mood in Ostmark, and talks opened on 3 March."),
}
META = {"d1": ("Ostmark applies to join the Weald Pact", "Harbour Daily", "2025-03-14"),
        "d2": ("Carrow warns the Pact", "Eastern Courier", "2025-05-26"),
        "d3": ("Pact ministers meet on Ostmark", "Harbour Daily", "2025-09-23")}


def _statement(sid: str, doc: str, speaker: str | None, content: str, stance: str | None,
               conditions: list[str] | None = None, date: str | None = None, kind: str = "indirect") -> Statement:
    start = BODIES[doc].index(content)
    return Statement(sid, doc, speaker, "he" if speaker is None else "", "said", kind, content,  # type: ignore[arg-type]
                     start, start + len(content), stance, conditions or [], date)  # type: ignore[arg-type]


def full_analysis() -> Analysis:
    documents = [Document(i, f"corpus/{i}.txt", body, *META[i],
                          removed=[Removed("Share this article", "share/social line"), Removed("Home", "menu line")])
                 for i, body in BODIES.items()]
    actors = [Actor("a1", "Ada Lorne", "person", ["Lorne"], ["President"], "Ostmark"),
              Actor("a2", "Piet Vanter", "person", ["Vanter"], ["envoy"], "Weald Pact"),
              Actor("a3", "Juri Kalt", "person", ["Kalt"], ["Foreign Minister"], "Carrow"),
              Actor("a4", "Ostmark", "country"), Actor("a5", "Carrow", "country"),
              Actor("a6", "Weald Pact", "organization")]
    statements = [
        _statement("s1", "d1", "a1", "We are ready for membership", "support", date="2025-03-14", kind="direct"),
        _statement("s2", "d1", "a2", "the door was open if Ostmark passed its reforms", "conditional",
                   ["Ostmark passed its reforms"], "2025-03-14"),
        _statement("s3", "d2", "a3", "membership for Ostmark would be a grave threat to Carrow", "oppose", date="2025-05-26"),
        _statement("s4", "d2", "a3", "the stabilisation mission in the Sund valley would go on", None),
        _statement("s5", "d2", "a1", "Ostmark would only join the Pact after a referendum", "conditional",
                   ["a referendum"], "2025-05-25"),
        _statement("s6", "d3", "a2", "Ostmark would join the Pact within the decade provided it met every standard",
                   "support", ["it met every standard"], "2025-09"),
        _statement("s7", "d3", "a1", "her country would never accept neutrality again", "support", date="2025-09-22"),
        _statement("s8", "d3", None, "the incursion had changed the mood in Ostmark", "neutral"),
    ]
    events = [
        Event("e1", "d1", "2025-03-10", "day", "on Monday", "Ostmark formally applied to join the Weald Pact", ["a4", "a6"],
              BODIES["d1"].index("on Monday")),
        Event("e2", "d1", "2024", "year", "2024", "Troops of Carrow have held the Sund valley since the incursion of 2024",
              ["a5"], BODIES["d1"].index("2024")),
        Event("e3", "d3", "XXXX-03-03", "day", "on 3 March", "talks opened on 3 March", [], BODIES["d3"].index("on 3 March")),
    ]
    analysis = Analysis(Question("Will Ostmark join the Weald Pact?", target_terms=["Ostmark", "Weald", "Pact"]),
                        documents, actors, statements, events)
    return relate(analysis)


def empty_analysis() -> Analysis:
    """Documents only: what the pipeline gives while stances, conditions and events are not found."""
    documents = [Document(i, f"corpus/{i}.txt", body, *META[i]) for i, body in BODIES.items()]
    return relate(Analysis(Question("Will Ostmark join the Weald Pact?"), documents))


@pytest.fixture
def full() -> Analysis:
    return full_analysis()


@pytest.fixture
def empty() -> Analysis:
    return empty_analysis()
