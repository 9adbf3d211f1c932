"""Disjoint sets over string ids (union-find with path halving): the wire copies of one article
(copies.py) and the reports of one event (disagreements.py) are grouped the same way, in time close
to linear in the pairs joined."""

from __future__ import annotations

from collections.abc import Iterable


class DisjointSets:
    """Each id starts alone; `join(x, into)` puts x's group under into's group's root."""

    def __init__(self, ids: Iterable[str]) -> None:
        self.parent = {x: x for x in ids}

    def root(self, x: str) -> str:
        """The id that stands for x's group."""
        parent = self.parent
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def join(self, x: str, into: str) -> None:
        self.parent[self.root(x)] = self.root(into)
