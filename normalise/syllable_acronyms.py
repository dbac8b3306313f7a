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

from .catalogue import Catalogue
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


# «LLS», «YMN», «GFL», «FAB»: a short name in capitals, maybe with its syllables («SENLÆR»); not a figure or a code.
_CAPITALS = re.compile(r"(?<![\w-])([A-ZÆØÅ]{3,7})(?![\w-])")
# «DH60» for «Digital hverdag 60+»: two capitals or more with the name's number after them (round 69's set); «H2030»
# for «Handel 2030»: one capital with a year (set 73).
_NUMBERED_CAPITALS = re.compile(r"(?<![\w-])([A-ZÆØÅ]{2,7}(?=\d{1,4})|[A-ZÆØÅ](?=\d{4}))(\d{1,4})\+?(?![\w-])")
_LETTERS_NUMBER = re.compile(r"^(\D+)(\d+)$")
PART_CHARS = 3  # a compound's part («løftet» in «lærlingløftet») has at least this many letters
MAX_WORD_PARTS = 3


def capitals(text: str) -> frozenset[str]:
    """The folded names in capitals a text writes («LLS», «SENLÆR», «DH60»)."""
    return frozenset(fold(m[1]) for m in _CAPITALS.finditer(text)) | frozenset(
        fold(m[1] + m[2]) for m in _NUMBERED_CAPITALS.finditer(text))


@lru_cache(maxsize=8192)
def _parts_fit(acronym: str, ws: tuple[str, ...]) -> bool:
    """Whether the acronym is the openings, in order, of every word's parts: each word cut into parts of PART_CHARS
    letters or more, the first at its start, each part giving the acronym one letter or more («lærlingløftet i staten»
    → LLS; «yrkesmessa nord» → YMN; «seniorlæringsstudien» → SENLÆR)."""
    if not ws:
        return not acronym
    if not acronym:
        return False
    return _word_fits(acronym, ws[0], ws[1:], 1)


def _word_fits(acronym: str, word: str, rest: tuple[str, ...], parts: int) -> bool:
    """The acronym's next letters open `word` (one part of a compound), and what is left fits the word's other parts
    and the words after it."""
    for n in range(1, len(acronym) + 1):
        if not word.startswith(acronym[:n]):
            break
        left = acronym[n:]
        if _parts_fit(left, rest):
            return True
        if parts < MAX_WORD_PARTS and left:
            # The next part of the same compound opens with the next letter, PART_CHARS or more letters in.
            for cut in range(max(n, PART_CHARS), len(word) - PART_CHARS + 1):
                if word[cut] == left[0] and _word_fits(left, word[cut:], rest, parts + 1):
                    return True
    return False


def part_initials(acronym: str, text: str) -> str:
    """The run of the text's words whose compounds' parts the acronym opens ('' if none); a single word must be a
    compound of two parts or more, so the acronym is no word's mere opening. The fewest words first: a chance fit
    of initials («ledet lærlingløftet i staten») spans more. An acronym with a number («dh60») needs the number right
    after the words («digital hverdag 60»)."""
    numbered = _LETTERS_NUMBER.match(acronym)
    letters, number = (numbered[1], numbered[2]) if numbered else (acronym, "")
    ws = [w for w in words(text) if w not in _SKIP]
    for n in range(1, MAX_PARTS + 1):
        for i in range(len(ws)):
            run = tuple(ws[i : i + n])
            # One capital and a year («H2030») may stand for one word: the year after it is what fits by chance seldom.
            year = len(letters) == 1 and len(number) == 4
            if len(run) == n and run[0][0] == letters[0] and sum(map(len, run)) >= 2 * len(letters) and (
                    n > 1 or not run[0].startswith(letters) or year) and _parts_fit(letters, run) and (
                    not number or ws[i + n : i + n + 1] == [number]):
                return " ".join(run) + (f" {number}" if number else "")
    return ""


def part_initial_pairs(texts: dict[int, str], known: frozenset[str]) -> list[tuple[int, int, str, str]]:
    """Pairs of rows (i, j, acronym, words) where row i writes a name in capitals that the parts of row j's words open
    («LLS» beside «Lærlingløftet i staten») and j does not write it; not an acronym the catalogue `known`s (KBU, NHO)."""
    written = {i: capitals(t) for i, t in texts.items()}
    pairs = []
    for i, found in written.items():
        for acronym in sorted(found - known):
            for j, text in texts.items():
                if j != i and acronym not in written[j] and (said := part_initials(acronym, text)):
                    pairs.append((i, j, acronym, said))
    return pairs


def known_capitals(catalogue: Catalogue) -> frozenset[str]:
    """The names in capitals of the catalogue's organisations and councils and their units (NHO, KBU, UHR-MNT)."""
    names = [n for o in catalogue.organisations for n in (o.name, *o.aliases)]
    names += [n for c in catalogue.councils for n in (c.name, *c.aliases, *c.units)]
    return frozenset(a for n in names for a in capitals(n))
