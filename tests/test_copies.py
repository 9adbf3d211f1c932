"""Wire copies: one agency story in three outlets is linked, its statements counted once in
positions and counts, each outlet keeping its own documents and framing; another outlet's own
report of the same event is not a copy. Written articles, invented names."""

from __future__ import annotations

import json
from pathlib import Path

from stancemap import analyze
from stancemap.copies import copy_groups, shingles
from stancemap.export import render
from stancemap.model import Document

STORY = [
    "Port board chair Olav Rune said on Monday that Eastport would cap cruise calls at two a day from April.",
    "\u201cThe harbour cannot take more ships without failing its residents,\u201d Rune told reporters after the vote.",
    "The Cruise Operators Association said the cap would cost the town hundreds of jobs, and its chair, Tove Lind, "
    "urged the board to delay the decision until a study of the economic effects was finished.",
    "Residents who campaigned for the cap for three years welcomed the vote and said they would hold the board to it.",
    "The board will review the cap after one season, Rune said, and could lift it if the new terminal opens on time.",
]


def _write(folder: Path, name: str, outlet: str, title: str, paragraphs: list[str], date: str) -> None:
    folder.joinpath(name).write_text(json.dumps({"title": title, "outlet": outlet, "published": date,
                                                 "text": "\n\n".join(paragraphs)}), encoding="utf-8")


def test_copies_same_story_linked_and_counted_once(tmp_path: Path) -> None:
    _write(tmp_path, "a.json", "Coast Wire", "Eastport caps cruise calls", STORY, "2026-03-02")
    _write(tmp_path, "b.json", "Harbour Gazette", "Cruise giants hit by Eastport ship cap",
           [*STORY[:4], "(Coast Wire)"], "2026-03-03")
    edited = [p.replace("cap", "crackdown", 1) if i == 3 else p for i, p in enumerate(STORY)]
    _write(tmp_path, "c.json", "Daily Clarion", "Eastport's cruise crackdown", edited, "2026-03-03")
    _write(tmp_path, "d.json", "Evening Post", "Town split over ship limit",
           ["Shopkeepers in Eastport were divided on Tuesday over the new limit on cruise calls.",
            "\u201cHalf my trade walks off those ships,\u201d said cafe owner Ida Berg, who opposes the limit.",
            "Others said the quieter streets would bring back local customers who had stayed away in summer."],
           "2026-03-03")
    analysis = analyze([tmp_path], question="Will Eastport cap cruise calls?")
    docs = {Path(d.source).name: d for d in analysis.documents}
    assert docs["a.json"].copy_of is None and docs["d.json"].copy_of is None
    assert docs["b.json"].copy_of == docs["c.json"].copy_of == docs["a.json"].id
    original = {s.id for s in analysis.statements if s.document == docs["a.json"].id}
    repeats = [s for s in analysis.statements if s.document == docs["b.json"].id]
    assert repeats and all(s.copy_of in original for s in repeats)
    rune = next(p for p in analysis.positions if analysis.actor(p.actor).name.endswith("Rune"))
    assert rune.statements and set(rune.statements) <= original  # the copies' repeats are not counted again
    # Each outlet keeps its documents (and so its framing); the briefing says what was counted once.
    assert {o.name for o in analysis.outlets} >= {"Coast Wire", "Harbour Gazette", "Daily Clarion", "Evening Post"}
    markdown = render(analysis, "markdown")
    assert "wire copies" in markdown and "counted once" in markdown
    data = json.loads(render(analysis, "json"))
    assert sum(1 for d in data["documents"] if d["copy_of"]) == 2


def test_copies_short_or_different_bodies_are_not_copies() -> None:
    docs = [Document("d1", "a", "Talks resume."), Document("d2", "b", "Talks resume."),
            Document("d3", "c", " ".join(STORY)),
            Document("d4", "d", "Eastport's port board voted on Monday to limit cruise ships to two calls a day, its "
                                "chair Olav Rune said, arguing that residents had carried the cost of the ships for too "
                                "long. Operators said jobs would go; campaigners welcomed the vote after a long fight.")]
    assert copy_groups(docs) == []  # too short to call, or one event told in other words
    assert len(shingles("one two three four five six")) == 2


def test_copies_signature_estimates_decide_as_the_exact_shingles_do() -> None:
    """The signatures' estimate settles a pair only far from the threshold (copies.REJECT/ACCEPT):
    bodies edited more and more heavily are grouped exactly as the exact shingle check groups them."""
    import random
    from itertools import combinations

    from stancemap.copies import CopyPair

    rng = random.Random(7)
    vocabulary = [f"w{i}" for i in range(400)]
    base = [rng.choice(vocabulary) for _ in range(400)]
    docs = [Document("d0", "a", " ".join(base))]
    for n, every in enumerate((40, 20, 12, 8, 6, 5, 4, 3), 1):  # Jaccard from about 0.9 down to under 0.1
        edited = [f"x{i}" if i % every == 0 else w for i, w in enumerate(base)]
        docs.append(Document(f"d{n}", "b", " ".join(edited)))
    exact = copy_groups(docs, [CopyPair(a.id, b.id) for a, b in combinations(docs, 2)])
    assert copy_groups(docs) == exact and exact and len(exact[0]) < len(docs)


def test_copies_banding_is_datasketchs_and_a_story_carried_many_times_stays_linear() -> None:
    """The index bands as datasketch's MinHashLSH would for its threshold; a story carried by 300
    outlets gives each copy at most MAX_CANDIDATES candidates and one group."""
    from datasketch import MinHashLSH

    from stancemap.copies import BANDS, LSH_THRESHOLD, MAX_CANDIDATES, NUM_PERM, ROWS, CopyCandidates, signature

    lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
    assert (lsh.b, lsh.r) == (BANDS, ROWS)
    story = " ".join(STORY * 3)
    docs = [Document(f"d{i}", "a", f"{story} Carried by outlet number {i}.") for i in range(300)]
    docs.append(Document("d300", "b", " ".join(reversed(story.split()))))  # the same words, another text
    candidates = CopyCandidates()
    for doc in docs:
        candidates.add(doc.id, signature(doc.body))
    later = [pair.later for pair in candidates.pairs]
    assert max(later.count(d.id) for d in docs) <= MAX_CANDIDATES
    assert copy_groups(docs, candidates.pairs) == [[d.id for d in docs[:300]]]


def test_signature_is_datasketchs_minhash() -> None:
    """The map's own MinHash gives datasketch's `MinHash(num_perm=128)` values (its 2.x "affine32"
    scheme) for a story, an edited copy of it and another report; a one-line brief has none."""
    import datasketch  # a dev dependency (pyproject.toml), >= 2.0: its "affine32" scheme

    from stancemap.copies import MIN_SHINGLES, NUM_PERM, signature

    edited = [*STORY[:4], "The board declined to say when it would publish the study."]
    other = ["Eastport residents packed the hall as the port board voted on cruise calls.", *STORY[3:]]
    for body in ("\n\n".join(STORY), "\n\n".join(edited), "\n\n".join(other)):
        grams = shingles(body)
        assert len(grams) >= MIN_SHINGLES
        expected = datasketch.MinHash(num_perm=NUM_PERM)
        expected.update_batch(g.encode("utf-8") for g in grams)
        assert signature(body) == [int(v) for v in expected.hashvalues]
    assert signature(STORY[0]) == []
