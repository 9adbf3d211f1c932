"""WordNet's lexicographer files kept per lemma (judge/wordnet.py `lexfiles`): the kept answer is the one a
fresh reader finds, for every sense count asked, and a caller changing the list it got changes nothing kept."""

from __future__ import annotations

import pytest

from stancemap.judge.wordnet import WordNet

WORDS = [("approval", "n"), ("permission", "n"), ("dismissal", "noun"), ("glitch", "n"), ("vote", "v"),
         ("vote", "n"), ("build", "VERB"), ("zzqx", "n"), ("phase out", "v"), ("quick", "a")]


def test_wordnet_lexfiles_kept_answers_are_a_fresh_readers() -> None:
    kept = WordNet()
    if not kept.available:
        pytest.skip("WordNet's data files are not installed")
    for _ in range(2):  # the second pass reads what the first kept
        for lemma, pos in WORDS:
            for senses in (1, 3):
                assert kept.lexfiles(lemma, pos, senses=senses) == WordNet().lexfiles(lemma, pos, senses=senses)
    assert kept.lexfile("approval", "n") == 4  # noun.act
    got = kept.lexfiles("approval", "n")
    got.append(99)
    assert 99 not in kept.lexfiles("approval", "n")
    assert kept.lexfiles("zzqx", "n") == []
