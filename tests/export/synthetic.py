"""A synthetic Analysis of any size, for testing and timing the briefing at corpus scale without
running the pipeline: articles from a few dozen outlets (and some with none), actors on several
sides whose stances drift over time, statements with conditions and every kind of evidence, dated
events, framing terms. Deterministic for a given size and seed.

    from tests.export.synthetic import synthetic_analysis
    analysis = synthetic_analysis(15_000)
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from stancemap.model import Actor, Analysis, Document, Event, FramingTerm, Outlet, Question, Removed, Statement
from stancemap.relate import positions_of, sides_of, stance_disagreements, wording_disagreements

SIDES = ["Ostmark", "Carrow", "Weald Pact", "Lunder", "Brava", "Osterreach", "Quill", "Marren", "Tolvan", "Estry"]
GIVEN = ["Ada", "Piet", "Juri", "Mira", "Tomas", "Elin", "Gregor", "Hanne", "Ingrid", "Pavel", "Oleg", "Carys", "Ana",
         "Lea", "Rolf", "Vera", "Noor", "Kai", "Iris", "Bram"]
FAMILY = ["Lorne", "Vanter", "Kalt", "Stanek", "Reval", "Hartvig", "Halvik", "Ruusk", "Maas", "Dronin", "Varn", "Wenlow",
          "Lind", "Marsh", "Oberholt", "Sand", "Tarn", "Kest", "Morrow", "Vale"]
CONDITIONS = ["once the fighting stops", "until the war ends", "after a referendum", "if voters approve it in a referendum",
              "provided that the reforms are verified", "once parliament passes the anti-corruption law",
              "if the ceasefire holds for six months", "as long as the troops leave the border",
              "only after the courts are reformed", "if the neighbours give guarantees"]
SAYS = {"support": "Ostmark belongs in the Weald Pact and should join it soon",
        "oppose": "membership of the Pact would be a grave mistake for Ostmark",
        "conditional": "Ostmark could join the Pact {condition}",
        "neutral": "the question of membership would be discussed at the next meeting"}
FILLER = ["Ministers met in the capital on a cold morning to discuss trade, energy prices and the harvest.",
          "Officials said the talks covered roads, railways and a new bridge over the river.",
          "The weather delayed several flights, and the airport asked travellers to check their bookings.",
          "Markets were calm, with the currency trading in a narrow range for most of the week."]
RIVALS = [("incursion", "stabilisation mission"), ("Kiev", "Kyiv")]


def synthetic_analysis(n_articles: int, seed: int = 7, per_article: int = 8, unknown_share: float = 0.15) -> Analysis:
    rng = random.Random(seed)
    n_actors = max(20, min(400, n_articles // 40))
    actors = [Actor(f"a{i + 1}", f"{rng.choice(GIVEN)} {FAMILY[i % len(FAMILY)]}{'' if i < len(FAMILY) else f'-{i}'}",
                    "person", roles=["minister"], affiliation=SIDES[i % len(SIDES)]) for i in range(n_actors)]
    leaning = {a.id: rng.choice(["support", "oppose", "conditional", "support", "oppose", "neutral"]) for a in actors}
    start = date(2024, 1, 1)
    outlets = [f"Outlet {k} Daily" for k in range(40)]
    documents: list[Document] = []
    statements: list[Statement] = []
    events: list[Event] = []
    for i in range(n_articles):
        day = start + timedelta(days=int(600 * i / max(1, n_articles)) + rng.randint(0, 3))
        outlet = None if rng.random() < unknown_share else rng.choice(outlets)
        paragraphs: list[str] = []
        doc_statements: list[tuple[str, int, int, str, str | None, list[str]]] = []
        pos = 0
        for _ in range(per_article):
            actor = rng.choice(actors)
            stance = leaning[actor.id]
            if day > start + timedelta(days=300) and int(actor.id[1:]) % 5 == 0:
                stance = "conditional" if stance == "oppose" else stance  # some move over time
            if rng.random() < 0.12:
                stance = rng.choice(["support", "oppose", "conditional", "neutral"])  # strays
            conditions = [rng.choice(CONDITIONS)] if stance == "conditional" else []
            content = SAYS[stance].format(condition=conditions[0] if conditions else "")
            lead = f"{actor.name} said that "
            paragraph = f"{lead}{content}. {rng.choice(FILLER)}"
            s_start = pos + len(lead)
            doc_statements.append((actor.id, s_start, s_start + len(content), stance, None, conditions))
            paragraphs.append(paragraph)
            pos += len(paragraph) + 2
        event_text = f"Talks between Ostmark and the Pact opened in the capital on {day.isoformat()}."
        event_at = pos
        paragraphs.append(event_text + " " + rng.choice(FILLER))
        body = "\n\n".join(paragraphs)
        doc = Document(f"d{i + 1}", f"corpus/{i:05d}.txt", body, f"Ostmark and the Pact, report {i + 1}", outlet,
                       day.isoformat(), removed=[Removed("Share this article", "share/social line")])
        documents.append(doc)
        for actor_id, a, b, stance, when, conditions in doc_statements:
            roll = rng.random()
            evidence = (["about: membership", "+join"] if roll < 0.6 else
                        ["not stated here; the speaker's stance in other articles"] if roll < 0.85 else
                        ["continues the same speaker's statement 1 sentence(s) before"] if roll < 0.95 else
                        ["not stated here; the stance of others on the same side (Ostmark)"])
            statements.append(Statement(f"s{len(statements) + 1}", doc.id, actor_id, "", "said", "indirect", body[a:b], a, b,
                                        stance, conditions, when, stance_evidence=evidence))  # type: ignore[arg-type]
        mention = day.isoformat()
        events.append(Event(f"e{len(events) + 1}", doc.id, mention, "day", mention, event_text, [],
                            event_at + event_text.index(mention)))
    analysis = Analysis(Question("Will Ostmark join the Weald Pact?", target_terms=["Ostmark", "Weald Pact"]),
                        documents, actors, statements, events)
    analysis.outlets = _outlets(documents, statements, rng)
    analysis.positions = positions_of(statements, analysis)
    analysis.sides = sides_of(analysis)
    analysis.disagreements = stance_disagreements(analysis) + wording_disagreements(analysis)
    return analysis


def _outlets(documents: list[Document], statements: list[Statement], rng: random.Random) -> list[Outlet]:
    """As relate.outlet_groups makes them (every document in one entry; each unknown one its own), with
    framing terms drawn instead of counted."""
    by_name: dict[str, Outlet] = {}
    out: list[Outlet] = []
    for d in documents:
        if d.outlet:
            if d.outlet not in by_name:
                by_name[d.outlet] = Outlet(d.outlet)
                out.append(by_name[d.outlet])
            by_name[d.outlet].documents.append(d.id)
        else:
            out.append(Outlet(None, [d.id]))
    quoted: dict[str, dict[str, int]] = {}
    outlet_of = {d.id: d.outlet for d in documents}
    for s in statements:
        key = outlet_of[s.document] or s.document
        counts = quoted.setdefault(key, {})
        counts[s.speaker or ""] = counts.get(s.speaker or "", 0) + 1
    for o in out:
        o.quoted = dict(sorted(quoted.get(o.name or o.documents[0], {}).items(), key=lambda kv: -kv[1]))
        side = rng.randint(0, 1)
        o.framing = [FramingTerm(pair[side], rng.randint(1, 5 * len(o.documents)),
                                 pair[0] if side and pair[0] == "Kiev" else None) for pair in RIVALS]
    return out
