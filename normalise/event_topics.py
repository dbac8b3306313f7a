"""The events a row names: with a year, each edition of a yearly event («Læringskonferansen 2019», «konferanse om
læring …, 2019»), which two rows naming it share; whatever the year, their kind and what they are about
(«Voksenlæringskonferansen» and «konferansen om voksnes læring», «Yrkesfaguka» and «Nasjonal uke for yrkesfag», set 66).

Two members' rows naming one event without a year may be one measure in other words; without the year naming the
edition the words do not say so surely, so the pair is asked about, never merged.
"""

from __future__ import annotations

import re
from collections import defaultdict
from itertools import combinations

from rapidfuzz import fuzz

from .text import head_as_bokmal, stem, undoubled, words
from tiltak_core.years import YEAR

_LINKS = frozenset({"om", "for"})  # «konferansen om …», «uke for …»: what the event is about follows
_YEAR = re.compile(YEAR)
EVENT_BASE_CHARS = 6  # what an event is about («læring»), shorter («fag», «helse») is too common; a year goes with it
# Words that end what an event is about («uke for yrkesfag, med åpne verksteder»).
_ENDS = frozenset({"og", "med", "i", "på", "sammen", "saman", "til", "av", "der", "som", "hos", "ved", "under", "fra",
                   "frå", "om", "for", "er", "var", "vart", "ble", "har", "hadde"})
ABOUT_WORDS = 2
TOPIC_CHARS = 6  # «tirsdag», «i dag»: too short a topic names no event
PROGRAMME = "program"  # the kind of what a `topic_after` word names
NARROWED_CHARS = 8  # «kompetanse» opening «kompetansebehovene»; shorter («helse», «digital») opens too many topics
SAME_TOPIC = 85  # «voksenlæring» and «voksnelæring» (from «voksnes læring»): one topic spelt two ways


def dated_events(ws: list[str], tails: tuple[str, ...], kind_of: dict[str, str], name_chars: int) -> frozenset[str]:
    """«kompetansepluss-konferansen 2019», «Læringskonferansen 2019», «konferanse om læring …, 2019»: each event
    the folded words name, as the stem of what it is about and its kind, with each year they give; none without a
    year. A compound's part before the kind counts as written from `name_chars` letters."""
    years = {w for w in ws if _YEAR.fullmatch(w)}
    events = set()
    for i, w in enumerate(ws):
        tail = next((tail for tail in tails if w.endswith(tail)), "")
        base = w[: -len(tail)].rstrip("-") if tail else ""
        if len(base) >= name_chars:
            events.add(base + kind_of[tail])  # as written, which evidence shows
        if tail and not base and i + 2 < len(ws) and ws[i + 1] in _LINKS:
            base = ws[i + 2]  # «konferanse om læring»: what the event is about, after its kind
        elif tail and not base and i and ws[i - 1].endswith("s"):
            base = ws[i - 1]  # «Yrkesfagenes dag 2022»: what it is about, in the genitive before its kind
        if len(base) >= EVENT_BASE_CHARS:
            events.add(f"{undoubled(stem(base))} {kind_of[tail]}")  # the compound beside the phrase
    return frozenset(f"{e} {y}" for e in events for y in years)


def event_topics(text: str, tails: tuple[str, ...], venues: frozenset[str] = frozenset(),
                 topic_after: tuple[str, ...] = ()) -> frozenset[tuple[str, str]]:
    """(kind, topic) of each event the text names, venues left out: a word of an event's kind with its topic joined on,
    or the kind followed by «om»/«for» and the topic's words, squashed into one word (genitive «s» off). A word ending
    in one of `topic_after` («trepartsprogrammet for varehandel») has its topic only after «for»/«om»."""
    ws = [head_as_bokmal(w) for w in words(text)]
    found = set()
    for i, w in enumerate(ws):
        after = next((t for t in topic_after if w.endswith(t)), "")
        tail = after or next((t for t in tails if w.endswith(t)), "")
        if not tail or w in venues:
            continue
        # «Bransjeprogrammet for havbruk» and «bransjeprogrammet for varehandel»: a programme's compound says whose
        # kind of programme, not which; what it is for does.
        kind = PROGRAMME if after else tail[:2]  # «uka», «uke», «uken»: one kind
        base = "" if after else w[: -len(tail)].rstrip("-").removesuffix("s")
        if len(base) >= TOPIC_CHARS:
            found.add((kind, base))
        # «Nordlandskonferansen om kompetanse» (set 79): a named event says what it is about after «om» too, as
        # another member's «kompetansekonferansen» says it in the compound.
        if i + 2 < len(ws) and ws[i + 1] in _LINKS:
            about: list[str] = []
            for x in ws[i + 2: i + 2 + ABOUT_WORDS]:
                if x in _ENDS or x.isdigit():
                    break
                about.append(x)
            topic = "".join([*(a.removesuffix("s") for a in about[:-1]), *about[-1:]]).removesuffix("s")
            if len(topic) >= TOPIC_CHARS:
                found.add((kind, topic))
    return frozenset(found)


def _narrower(a: str, b: str) -> bool:
    """Whether topic b is topic a said more narrowly: a compound opening with all of a, a word itself."""
    return len(a) >= NARROWED_CHARS and len(b) > len(a) and b.startswith(a)


def same_events(topics: dict[int, frozenset[tuple[str, str]]]) -> list[tuple[int, int, str, str]]:
    """Pairs of rows naming an event of one kind about one topic, with the kind and the topic as the first row writes
    it."""
    by_kind: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for i, found in topics.items():
        for kind, topic in found:
            by_kind[kind].append((i, topic))
    pairs: dict[tuple[int, int], tuple[str, str]] = {}
    for kind, named in by_kind.items():
        for (i, a), (j, b) in combinations(sorted(named), 2):
            # «kompetanse» and «kompetansebehovene» (set 79): one topic, the longer said more narrowly
            if i != j and (fuzz.ratio(a, b) >= SAME_TOPIC or _narrower(a, b) or _narrower(b, a)):
                pairs.setdefault((min(i, j), max(i, j)), (kind, a))
    return [(i, j, kind, topic) for (i, j), (kind, topic) in sorted(pairs.items())]
