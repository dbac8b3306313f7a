"""The events a row names, whatever the year, as their kind and what they are about: «Voksenlæringskonferansen» and
«konferansen om voksnes læring», «Yrkesfaguka» and «Nasjonal uke for yrkesfag» (set 66).

Two members' rows naming one such event may be one measure in other words; without a year naming the edition the
words do not say so surely, so the pair is asked about, never merged.
"""

from __future__ import annotations

from collections import defaultdict
from itertools import combinations

from rapidfuzz import fuzz

from .text import head_as_bokmal, words

_LINKS = frozenset({"om", "for"})  # «konferansen om …», «uke for …»: what the event is about follows
# Words that end what an event is about («uke for yrkesfag, med åpne verksteder»).
_ENDS = frozenset({"og", "med", "i", "på", "sammen", "saman", "til", "av", "der", "som", "hos", "ved", "under", "fra",
                   "frå", "om", "for", "er", "var", "vart", "ble", "har", "hadde"})
ABOUT_WORDS = 2
TOPIC_CHARS = 6  # «tirsdag», «i dag»: too short a topic names no event
SAME_TOPIC = 85  # «voksenlæring» and «voksnelæring» (from «voksnes læring»): one topic spelt two ways


def event_topics(text: str, tails: tuple[str, ...], venues: frozenset[str] = frozenset()) -> frozenset[tuple[str, str]]:
    """(kind, topic) of each event the text names, venues left out: a word of an event's kind with its topic joined on,
    or the kind followed by «om»/«for» and the topic's words, squashed into one word (genitive «s» off)."""
    ws = [head_as_bokmal(w) for w in words(text)]
    found = set()
    for i, w in enumerate(ws):
        tail = next((t for t in tails if w.endswith(t)), "")
        if not tail or w in venues:
            continue
        base = w[: -len(tail)].rstrip("-")
        if not base and i + 2 < len(ws) and ws[i + 1] in _LINKS:
            about: list[str] = []
            for x in ws[i + 2: i + 2 + ABOUT_WORDS]:
                if x in _ENDS or x.isdigit():
                    break
                about.append(x)
            base = "".join([*(a.removesuffix("s") for a in about[:-1]), *about[-1:]])
        base = base.removesuffix("s")
        if len(base) >= TOPIC_CHARS:
            found.add((tail[:2], base))  # «uka», «uke», «uken»: one kind
    return frozenset(found)


def same_events(topics: dict[int, frozenset[tuple[str, str]]]) -> list[tuple[int, int, str]]:
    """Pairs of rows naming an event of one kind about one topic, with the topic as the first row writes it."""
    by_kind: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for i, found in topics.items():
        for kind, topic in found:
            by_kind[kind].append((i, topic))
    pairs: dict[tuple[int, int], str] = {}
    for named in by_kind.values():
        for (i, a), (j, b) in combinations(sorted(named), 2):
            if i != j and fuzz.ratio(a, b) >= SAME_TOPIC:
                pairs.setdefault((min(i, j), max(i, j)), a)
    return [(i, j, topic) for (i, j), topic in sorted(pairs.items())]
