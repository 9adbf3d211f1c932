"""Single evaluative words an outlet writes in its own voice (extract/loaded.py, wording.loaded_terms),
on invented sentences: the words come from VADER's and WordNet's general lexicons, never a list."""

from __future__ import annotations

import os
from functools import lru_cache
from typing import Any

import pytest

from stancemap.extract.loaded import loaded_of, rare, valence
from stancemap.extract.wording import quotations
from stancemap.wording import WordingCounts


@lru_cache(maxsize=1)
def _nlp() -> Any:
    from stancemap.parse import load_nlp

    return load_nlp()


def _loaded(text: str) -> dict[str, list[Any]]:
    doc = _nlp()(text)
    return loaded_of(doc, quotations(doc.text))


@pytest.mark.parametrize(("word", "pos"), [
    ("boondoggle", "n"),  # not in VADER: its WordNet neighbour "waste" is
    ("glitch", "n"),  # "defect", "fault"
    ("stubborn", "a"),  # VADER itself
    ("misery", "n"),
])
def test_loaded_evaluative_and_uncommon(word: str, pos: str) -> None:
    assert valence(word, pos) is not None and rare(word)


@pytest.mark.parametrize("word", ["crisis", "support", "big", "reject", "attack"])
def test_loaded_plain_words_of_news_are_common(word: str) -> None:
    # valenced, but words the plainest report needs: too common in general English to be a choice
    assert not rare(word)


def test_loaded_only_the_outlets_own_voice() -> None:
    found = _loaded('The tram line is a costly boondoggle, the paper says. "It is a glitch," Ms Vane said. '
                    "Ms Vane was delighted with the vote.")
    assert "boondoggle" in found  # the outlet's word
    assert "glitch" not in found  # a speaker's, inside quotation marks
    assert "delighted" not in found and "delight" not in found  # a person's own feeling reported


def test_loaded_terms_an_outlet_alone_writes() -> None:
    counts = WordingCounts()
    counts.add("tabloid", {}, _loaded("The embattled council caved to the stubborn lobby. The tram is a boondoggle."))
    counts.add("wire", {}, _loaded("The council approved the tram line on Monday after a long debate."))
    counts.add("radio", {}, _loaded("Councillors voted for the tram. The lobby stayed stubborn, a member said."))
    counts.set_topic(frozenset({"tram", "council"}), frozenset({"approve"}), frozenset({"tram"}))
    terms = [t.term for t in counts.terms("tabloid")]
    assert "boondoggle" in terms and "caved" in terms, terms
    assert len(terms) <= 3
    assert counts.terms("wire") == []


def test_loaded_valence_is_the_same_in_every_process() -> None:
    """A word VADER lacks takes its WordNet neighbours' mean: summed exactly, so a worker process (another
    hash seed, another set order) gives the same value as this one, to the last digit."""
    import subprocess
    import sys

    words = "(('accurate', 'a'), ('afraid', 'a'), ('foul', 'a'), ('grudge', 'n'), ('favourite', 'n'))"
    code = f"from stancemap.extract.loaded import valence; print([valence(w, p) for w, p in {words}])"
    seen = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": str(seed)}).stdout for seed in (1, 2, 3, 4)}
    assert len(seen) == 1 and "None" not in next(iter(seen))


def test_loaded_terms_with_the_short_phrase_built_on_them() -> None:
    # An evaluative word the outlet alone writes is shown with the short phrase it stands in there
    # ("tunnel boondoggle"), which names what it is said of; a longer phrase describes and is not shown.
    from stancemap.extract.wording import wording_of
    from stancemap.parse import load_nlp

    nlp = load_nlp()
    tabloid = nlp("The tunnel boondoggle goes on. The council approved the tram line.")
    wire = nlp("The council approved the tram line on Monday after a long debate.")
    counts = WordingCounts()
    counts.add("tabloid", wording_of(tabloid), _loaded(tabloid.text))
    counts.add("wire", wording_of(wire), _loaded(wire.text))
    counts.set_topic(frozenset({"tram", "council"}), frozenset({"approve"}), frozenset({"tram"}))
    terms = [t.term for t in counts.terms("tabloid")]
    assert "boondoggle" in terms and "tunnel boondoggle" in terms, terms


def test_loaded_headline() -> None:
    from stancemap.extract.loaded import with_headline_loaded
    from stancemap.parse import load_nlp

    body = _loaded("The council met on Monday about the tunnel.")
    found = with_headline_loaded(body, load_nlp()("Tunnel boondoggle goes back to the council"))
    assert found["boondoggle"][0] == 1  # the headline's evaluative word, counted with the body's
    assert "boondoggle" not in with_headline_loaded({}, load_nlp()("‘A tunnel boondoggle’: Ada Lind speaks"))
