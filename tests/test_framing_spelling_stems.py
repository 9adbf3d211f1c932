"""Names spelt two ways found by their shared first letters (framing_spelling.corpus_variants; issue 11 session 37:
each bucket's names indexed by their first six letters). Invented names throughout."""

from __future__ import annotations

from stancemap.framing_spelling import corpus_variants


def test_corpus_variants_stem_candidates_in_bucket_order() -> None:
    # "Dunmorragh" / "Dunmorrey": fuzz.ratio under the cutoff, found by the shared stem and a short ending spelt two ways;
    # of two such rivals the first in the bucket's (alphabetical) order; names of other stems in the buckets change
    # nothing (red if a stem's candidates were missed or taken out of order)
    distractors = ["Dalbrennan", "Dorravenna", "Dunsketter", "Dulverrow", "Davenmoor", "Dunkeldon", "Dromallagh"]
    found = corpus_variants(sorted(["Dunmorragh", "Dunmorrow", "Dunmorrey", *distractors]))
    assert found["Dunmorragh"] == "Dunmorrey"
    assert not set(distractors) & set(found)
