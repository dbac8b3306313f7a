"""Union-find that refuses to join two groups holding a pair known to be different measures."""

from __future__ import annotations

from collections.abc import Callable


class ConstrainedUnion:
    """Groups rows by merges, best first; a merge that would put two rows held apart into one group is refused.

    Without the check, merges chain: «toppmøte 2023» joins an undated «toppmøte», which has joined «toppmøte
    2024», and two editions become one measure that nobody asked about."""

    def __init__(self, n: int, apart: Callable[[int, int], bool]) -> None:
        self.parent = list(range(n))
        self.members: dict[int, list[int]] = {i: [i] for i in range(n)}
        self.apart = apart

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def blocker(self, a: int, b: int) -> tuple[int, int] | None:
        """A pair (one row of each group) that must stay apart, or None when the groups may join."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return None
        return next(((x, y) for x in self.members[ra] for y in self.members[rb] if self.apart(x, y)), None)

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            keep, drop = min(ra, rb), max(ra, rb)
            self.parent[drop] = keep
            self.members[keep] += self.members.pop(drop)
