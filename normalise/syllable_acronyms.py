"""Acronyms built from the first syllables of a name's words («FRAFAG» for «frafall i fagskolen», «KOMPLUSS» for
«kompetanse pluss»), found spelt out in another row.

Initials («KBU») the name profile already matches; a syllable acronym shares no word and no initials with the name
it stands for. Two rows where one has such an acronym and the other its words may name one study or programme: asked
about, never merged, as a chance fit of letters is possible.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from .text import fold, words

_ACRONYM = re.compile(r"(?<![\w-])([A-ZÆØÅ][A-ZÆØÅa-zæøå]{4,11})(?=[\W]|$)")
MIN_LETTERS = 5  # «FRAFAG»; four letters fit words by chance too often
SYLLABLE = 2  # each word gives at least this many letters
MAX_PARTS = 3
_SKIP = frozenset({"i", "og", "for", "av", "på", "til", "med", "om", "the", "of"})  # small words an acronym leaves out
WORD_CHARS = 4  # a word whose syllable goes into the acronym is a word of its own, no particle


def acronyms(text: str) -> frozenset[str]:
    """The folded acronyms a text writes: a word of capitals, or capitals with small letters after each («ReKa»)."""
    found = set()
    for m in _ACRONYM.finditer(text):
        word = m[1]
        capitals = sum(c.isupper() for c in word)
        if len(word) >= MIN_LETTERS and (word.isupper() or capitals >= 2 and word[1:].lower() != word[1:]):
            found.add(fold(word))
    return frozenset(found)


@lru_cache(maxsize=4096)
def _fits(acronym: str, ws: tuple[str, ...]) -> bool:
    """Whether the acronym is the words' openings in order, each of SYLLABLE letters or more, and all of it."""
    if not acronym:
        return not ws
    if not ws or len(ws) > MAX_PARTS:
        return False
    head, rest = ws[0], ws[1:]
    return any(head.startswith(acronym[:n]) and _fits(acronym[n:], rest)
               for n in range(SYLLABLE, min(len(head), len(acronym)) + 1))


def spelt_out(acronym: str, text: str) -> str:
    """The run of the text's words the acronym is built from the first syllables of ('' if none)."""
    ws = [w for w in words(text) if w not in _SKIP]
    for i in range(len(ws)):
        for n in range(2, MAX_PARTS + 1):
            run = tuple(ws[i : i + n])
            if len(run) == n and all(len(w) >= WORD_CHARS for w in run) and acronym[0] == run[0][0] and _fits(acronym, run):
                return " ".join(run)
    return ""


def syllable_pairs(texts: dict[int, str]) -> list[tuple[int, int, str, str]]:
    """Pairs of rows (i, j, acronym, words) where row i writes an acronym row j spells out by its words' syllables and
    j does not write it."""
    by_row = {i: acronyms(t) for i, t in texts.items()}
    owners: dict[str, list[int]] = defaultdict(list)
    for i, found in by_row.items():
        for a in found:
            owners[a].append(i)
    pairs = []
    for acronym, rows in sorted(owners.items()):
        for j, text in texts.items():
            if acronym in by_row[j] or not (said := spelt_out(acronym, text)):
                continue
            pairs += [(i, j, acronym, said) for i in rows if i != j]
    return pairs
