"""Pairs of rows that may name one event, programme or study in other words: by its kind and topic, or one by an
acronym the other spells out. Asked about, never merged."""

from __future__ import annotations

from typing import Callable

from .event_topics import PROGRAMME, event_topics, same_events
from .syllable_acronyms import part_initial_pairs, syllable_pairs
from .text import fold
from .vocabulary import Vocabulary


def other_wordings(texts: dict[int, str], vocabulary: Vocabulary, known: frozenset[str] = frozenset(),
                   alike: Callable[[int, int], bool] = lambda _i, _j: True) -> list[tuple[int, int, str]]:
    """(i, j, why) for each pair of rows, i < j, whose words may name one measure told otherwise; first reason only.
    `known`: acronyms the catalogue knows (KBU), no short name of a measure; `alike(i, j)`: the rows agree on delmål."""
    tails = tuple(sorted((*vocabulary.event_tails, *vocabulary.event_topic_tails), key=len, reverse=True))
    venues = frozenset(fold(v) for v in vocabulary.venue_events)
    after = tuple(sorted(vocabulary.programme_topic_tails, key=len, reverse=True))
    found: dict[tuple[int, int], str] = {}
    for i, j, kind, topic in same_events({i: event_topics(t, tails, venues, after) for i, t in texts.items()}):
        # «Voksenlæringskonferansen» beside «konferansen om voksnes læring»: maybe one event in other words.
        what = "et program for" if kind == PROGRAMME else "et arrangement om"
        found.setdefault((i, j), f"begge nevner {what} «{topic}»")
    for i, j, acronym, said in syllable_pairs(texts):
        # «FRAFAG-studien» beside «studien av frafall i fagskolen»: the acronym's letters open those words.
        found.setdefault((min(i, j), max(i, j)), f"«{acronym.upper()}» kan være en forkortelse for «{said}»")
    for i, j, acronym, said in part_initial_pairs(texts, known):
        # «LLS» beside «Lærlingløftet i staten», «FAB» beside «Fagarbeiderbarometeret»: the letters open the words'
        # parts. Short letters fit by chance more often: only where the rows agree on the delmål.
        if alike(i, j):
            found.setdefault((min(i, j), max(i, j)), f"«{acronym.upper()}» kan være en forkortelse for «{said}»")
    return [(i, j, why) for (i, j), why in sorted(found.items())]
