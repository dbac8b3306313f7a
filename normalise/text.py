"""Text folding shared by every matcher: one notion of 'the same words' for Bokmål and Nynorsk."""

from __future__ import annotations

import re
import tomllib
import unicodedata
from functools import lru_cache
from pathlib import Path
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


SPELLINGS = Path(__file__).parent / "data" / "spellings.toml"
SPELLED_WITHIN = 6  # a Nynorsk form this long is looked for inside a word too («vidareutdanning»)
SPELLED_AT_END = 4  # shorter stems («dei», «ein») only stand for themselves


def _snowball(word: str) -> str:
    # Snowball takes off one ending: an agent noun's inflected forms keep the suffix it strips from the bare
    # word ("meklarar" -> "meklar", "meklar" -> "mekl"; "lærere" -> "lærer", "lærer" -> "lær"). A second
    # pass gives every form of the word one stem.
    once = str(_stemmer().stemWord(word))
    return once if once == word else str(_stemmer().stemWord(once))


@lru_cache(maxsize=None)
def _spellings() -> tuple[tuple[str, str, str, str], ...]:
    """(Nynorsk form, its stem, the Bokmål word, its stem), longest stems first."""
    table = tomllib.loads(SPELLINGS.read_text(encoding="utf-8"))["nynorsk"]
    pairs = {(fold(f), fold(bokmal)) for bokmal, forms in table.items() for f in forms}
    return tuple(sorted(((ny, _snowball(ny), bm, _snowball(bm)) for ny, bm in pairs), key=lambda p: (-len(p[1]), p)))


@lru_cache(maxsize=None)
def _heads() -> tuple[tuple[str, str], ...]:
    """(Nynorsk form, Bokmål form) of the short compound heads that stand for the words they end."""
    table = tomllib.loads(SPELLINGS.read_text(encoding="utf-8")).get("heads", {})
    return tuple((fold(f), fold(bokmal)) for bokmal, forms in table.items() for f in forms)


def head_as_bokmal(word: str) -> str:
    """A folded word with a Nynorsk compound head from the spellings' «heads» spelt the Bokmål way («yrkesfagveka»)."""
    for ny, bm in _heads():
        if word == ny or len(word) > len(ny) + 2 and word.endswith(ny):
            return word[: len(word) - len(ny)] + bm
    return word


def _as_bokmal(word: str, stemmed: str) -> str:
    for ny, ny_stem, bm, bm_stem in _spellings():
        if stemmed == ny_stem or (len(ny_stem) >= SPELLED_AT_END and stemmed.endswith(ny_stem)):
            return stemmed[: len(stemmed) - len(ny_stem)] + bm_stem
        if len(ny) >= SPELLED_WITHIN and ny in word:
            return _snowball(word.replace(ny, bm))
    return stemmed


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Norwegian snowball stem of one folded word, stemmed twice, a Nynorsk spelling given its Bokmål stem
    («rettleiinga» and «veiledningen» are one stem)."""
    word = head_as_bokmal(word)
    return _as_bokmal(word, _snowball(word))


def nynorsk_spelled(word: str) -> bool:
    """Whether a folded word is spelt the Nynorsk way: its stem is its Bokmål word's («prøvenemndskulen»)."""
    return stem(word) != _snowball(word)


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


def opens_with_box(text: str) -> bool:
    """Whether a text opens with a tick box, empty or ticked («☐ Kurs», «[x] Prosjekt»)."""
    return bool(_BOX.match(text.lstrip()))


def ticked(text: str) -> str:
    """What a row of tick boxes chose («☐ FoU ☒ Prosjekt ☐ Informasjon» is «Prosjekt»; none ticked, nothing);
    a text with no empty box is no such row and stays as it is."""
    parts = _BOX.split(text)
    boxes = [re.sub(r"\s", "", b) for b in parts[1::2]]
    if not any(b in _EMPTY_BOXES for b in boxes):
        return text
    return " / ".join(clean(after) for box, after in zip(boxes, parts[2::2]) if box not in _EMPTY_BOXES and clean(after))
