"""The map's batches for worker processes (mapping/local.batched): whole batches while the end is far,
small ones for the last few articles so that the workers end the map together (docs/performance.md,
session 22)."""

from __future__ import annotations

from collections.abc import Iterator

from stancemap.article import MappedArticle, map_batch
from stancemap.mapping.local import batched
from stancemap.model import Source


def test_batched_keeps_every_source_in_order_and_cuts_the_tail_small() -> None:
    for n in (0, 1, 5, 16, 17, 32, 33, 48, 49, 100, 1500):
        lists = list(batched(range(n), 16, tail=32))  # type: ignore[arg-type]
        assert [x for batch in lists for x in batch] == list(range(n))
        whole = [len(b) for b in lists if len(b) == 16]
        small = [len(b) for b in lists if len(b) != 16]
        assert all(size <= 4 for size in small)
        assert sum(small) <= 32  # at most the tail is cut small
        assert n < 33 or sum(small) > 16  # the tail outlasts a whole batch another worker may still map
        assert len(whole) == max(0, (n - 17) // 16) if n >= 33 else not whole


def test_batched_without_a_tail_gives_whole_batches_the_last_shorter() -> None:
    assert [len(b) for b in batched(range(100), 16)] == [16] * 6 + [4]  # type: ignore[arg-type]


def test_batched_reads_no_more_than_a_batch_and_the_tail_ahead() -> None:
    read: list[int] = []

    def sources() -> Iterator[int]:
        for i in range(200):
            read.append(i)
            yield i

    lists = batched(sources(), 16, tail=32)  # type: ignore[arg-type]
    first = next(lists)
    assert first == list(range(16))
    assert len(read) <= 16 + 32 + 1
    next(lists)
    assert len(read) <= 2 * 16 + 32 + 1


def _articles() -> list[Source]:
    """Invented articles of different lengths and shapes (quotes, reported speech, names, dates)."""
    towns = ["Larkmoor", "Fenwick Vale", "Ostrava Bay", "Kellin", "Harrowgate North", "Tamsin Cross"]
    out = []
    for i, town in enumerate(towns):
        paragraphs = [
            f"{town} council will vote on the new ferry terminal on {i + 3} May, officials said on Tuesday.",
            f'"We cannot support a terminal that blocks the harbour," said councillor Mira Delacourt of {town}.',
            f"The port authority's chair, Anselm Brody, told reporters the plan would create {40 + i} jobs.",
        ][: 2 + i % 2] + [f"Residents of {town} have until the end of the month to send their views."] * (i % 3)
        out.append(Source(f"{town}.txt", "text", text=f"Ferry terminal vote in {town}\n\n" + "\n\n".join(paragraphs)))
    return out


def test_batched_records_do_not_depend_on_how_the_articles_are_batched() -> None:
    """The small tail batches give the same records as whole ones (the parse does not depend on its batch)."""
    sources = _articles()
    lists = list(batched(sources, 2, tail=2))
    assert [len(b) for b in lists] == [2, 2, 1, 1]  # whole batches, then the tail's small ones
    whole = map_batch(sources)
    assert all(isinstance(r, MappedArticle) and r.record.statements for r in whole)  # parsed, with statements
    small = [r for batch in lists for r in map_batch(batch)]
    single = [r for s in sources for r in map_batch([s])]
    blobs = [[r.to_blobs() for r in records if isinstance(r, MappedArticle)] for records in (whole, small, single)]
    assert blobs[0] == blobs[1] == blobs[2]
