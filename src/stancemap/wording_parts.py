"""A hyphened word an outlet writes before a phrase's head ("fat-cat banker", "Soviet-style raid", "rip-off fare
hike", "foreign-funded campaign") counted as a phrase of its own, for the framing ranker (wording_rank.py) to
choose among the outlet's phrases: of the gold framing terms of the batches developed on that no phrase of the
outlet is, such a word is one about twice as often as a phrase the outlet writes is one (docs/evaluation.md,
issue 9 session 18), and a reader takes it for the outlet's own coinage, the noun it stands before being plain.

The words are tallied as the articles are added (`tally`) and joined to the outlet's phrases once the corpus is
summed (`merge`, from `PhraseLinks.set_topic`), only where the outlet never writes the word as a phrase of its
own: a word it also writes alone is counted there already. `unmerge` takes them out again before more articles
are added, so the counts never depend on the order articles are read in. Nothing here knows a topic or a word.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .wording_links import PhraseLinks


def hyphened_modifiers(key: str, surface: str) -> list[tuple[str, str]]:
    """(word, as written) of each hyphened word before the phrase's head ("fat-cat" of "fat-cat banker"; not
    "mega-merger", a head; not "tie-up" of "tie-up talks" when written "tie up")."""
    if "-" not in key or " " not in key:
        return []  # (most phrases: no split, this runs on every phrase of every article in the reduce)
    words, written = key.split(" "), surface.split(" ")
    return [(w, written[k] if len(written) == len(words) else w) for k, w in enumerate(words[:-1])
            if "-" in w.strip("-") and all(p.isalpha() for p in w.split("-"))]


def tally(links: PhraseLinks, outlet: str, key: str, surface: str, count: int, voiced: int, rest: list[Any]) -> None:
    """Count the hyphened words before the head of one article's phrase under its outlet (`add`)."""
    for word, written in hyphened_modifiers(key, surface):
        entry = links.part_tally[outlet].setdefault(word, [0, 0, 0, 0, written])
        entry[0] += count
        entry[1] += voiced
        if len(rest) > 2:  # (a phrase counted by a map before session 15 has no places)
            entry[2] += rest[1]
            entry[3] += rest[2]


def merge(links: PhraseLinks) -> None:
    """Join each outlet's tallied words to its phrases (once: undone by `unmerge`), where it writes none alone."""
    if links.parts:
        return
    for outlet, words in links.part_tally.items():
        mine = links.by_outlet[outlet]
        for word, (count, voiced, headline, lede, written) in words.items():
            if mine[word]:
                continue  # the outlet writes it as a phrase of its own
            mine[word] += count
            links.voiced[outlet][word] += voiced
            links.in_headline[outlet][word] += headline
            links.in_lede[outlet][word] += lede
            links.total[word] += count
            links.surface.setdefault((outlet, word), written)
            links.first_surface.setdefault(word, written)
            links.head.setdefault(word, word)
            links.parts.setdefault(outlet, set()).add(word)


def unmerge(links: PhraseLinks) -> None:
    """Take the merged words out of the outlets' phrases again (before an article is added)."""
    for outlet, words in links.parts.items():
        for word in words:
            count, voiced, headline, lede, _ = links.part_tally[outlet][word]
            for counter, n in ((links.by_outlet[outlet], count), (links.voiced[outlet], voiced),
                               (links.in_headline[outlet], headline), (links.in_lede[outlet], lede), (links.total, count)):
                counter[word] -= n
                if counter[word] <= 0:
                    del counter[word]
            links.surface.pop((outlet, word), None)
            if word not in links.total:  # (no outlet writes it as a phrase: only this module put it there)
                links.first_surface.pop(word, None)
                links.head.pop(word, None)
    links.parts = {}
