"""Text folding shared by every matcher: one notion of 'the same words' for Bokmål and Nynorsk."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any

_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"), "-")
_QUOTES = dict.fromkeys(map(ord, "\u00ab\u00bb\u201c\u201d\u201e\u2033"), '"')
# «KS’ tiltak», «Spekter’s»: a single quote mark is an apostrophe far more often than a quotation.
_QUOTES.update(dict.fromkeys(map(ord, "\u2018\u2019\u201a\u2032"), "'"))
_SPACES = dict.fromkeys(map(ord, "\u00a0\u2007\u202f\u2009\u200b\ufeff\t\r\n"), " ")
# Characters no Word or Excel file can hold (C0 controls that are not whitespace, non-characters, lone
# surrogates). A PDF font without a Unicode map gives "\x00" for a glyph: shown as "\ufffd", so the
# loss stays visible and the register can still be written.
_UNWRITABLE = re.compile("[\x00-\x08\x0e-\x1b\x7f\ufffe\uffff\ud800-\udfff]")
_WORD = re.compile(r"[0-9a-zæøåäöüéèáàóòêôçš]+(?:[-.][0-9a-zæøåäöüéèáàóòêôçš]+)*", re.IGNORECASE)


def clean(text: str | None) -> str:
    """One line of text as written: unicode normalised, dashes and quotes unified, whitespace collapsed,
    characters no output file can hold replaced by U+FFFD."""
    if not text:
        return ""
    text = _UNWRITABLE.sub("\ufffd", unicodedata.normalize("NFKC", text))
    text = text.translate(_DASHES).translate(_QUOTES).translate(_SPACES)
    return re.sub(r"\s+", " ", text).strip()


def fold(text: str | None) -> str:
    """Casefolded, cleaned text for comparing."""
    return clean(text).casefold()


def words(text: str | None) -> list[str]:
    """The words of a text, folded."""
    return _WORD.findall(fold(text))


@lru_cache(maxsize=None)
def _stemmer() -> Any:
    # Loaded on first use: snowballstemmer imports every language's stemmer, which a run that matches
    # nothing new does not need.
    import snowballstemmer

    return snowballstemmer.stemmer("norwegian")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Norwegian snowball stem of one folded word, its stem stemmed once more (works on Nynorsk too)."""
    # Snowball takes off one ending: an agent noun's inflected forms keep the suffix it strips from the bare
    # word ("meklarar" -> "meklar", "meklar" -> "mekl"; "lærere" -> "lærer", "lærer" -> "lær"). A second
    # pass gives every form of the word one stem.
    once = str(_stemmer().stemWord(word))
    return once if once == word else str(_stemmer().stemWord(once))


def undoubled(stem: str) -> str:
    """A stem less a doubled last consonant: the stemmer leaves "bransjeprogramm" of "bransjeprogrammene" but
    "bransjeprogram" of "bransjeprogram", one word."""
    return stem[:-1] if len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in "aeiouyæøå" else stem


def stems(text: str | None, stop: frozenset[str] = frozenset()) -> list[str]:
    """Stems of the words of a text, stopwords left out; a hyphenated compound gives each part
    ("Kompetansepluss-kurs" -> kompetansepluss, kurs)."""
    parts = (p for w in words(text) for p in w.split("-") if p)
    return [stem(p) for p in parts if p not in stop]


# A form's tick boxes: empty ones, and ones ticked or crossed («☐ FoU ☒ Prosjekt», «[ ] Kurs [x] Prosjekt»).
_EMPTY_BOXES = frozenset("☐□◻❏❑") | {"[]", "[ ]"}
_BOX = re.compile(r"([☐□◻❏❑☒☑✓✔✗✘■]|\[\s*[xX✓✔]?\s*\])")


def ticked(text: str) -> str:
    """What a row of tick boxes chose («☐ FoU ☒ Prosjekt ☐ Informasjon» is «Prosjekt»; none ticked, nothing);
    a text with no empty box is no such row and stays as it is."""
    parts = _BOX.split(text)
    boxes = [re.sub(r"\s", "", b) for b in parts[1::2]]
    if not any(b in _EMPTY_BOXES for b in boxes):
        return text
    return " / ".join(clean(after) for box, after in zip(boxes, parts[2::2]) if box not in _EMPTY_BOXES and clean(after))
