"""The map's batches for worker processes (mapping/local.batched): whole batches while the end is far,
small ones for the last few articles so that the workers end the map together (docs/performance.md,
session 22)."""

from __future__ import annotations

from collections.abc import Iterator

from stancemap.mapping.local import batched


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
