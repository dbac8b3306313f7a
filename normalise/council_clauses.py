"""How a sentence's words stand to a council it names: a body word's stem, a member's genitive before it, a clause
between it and the word of taking part."""

from __future__ import annotations

import re
from typing import Iterable

from .phrases import Hit, Token
from .text import fold

_INFLECTED = ("", "et", "a", "en", "ene", "ane", "s", "ets", "ens")  # «rådet», «forumet»: a body word's endings
_OWN_CLAUSE = re.compile(r",|\b(?:som|der|kva|hva|hvor|kor|kven|hvem)\b", re.IGNORECASE)


def has_stem(word: str, stem: str) -> bool:
    """Whether a (folded) word holds the stem; «råd$» only at the word's end, however inflected («samarbeidsrådet»,
    not «rådgiver»)."""
    if not stem.endswith("$"):
        return stem in word
    return any(word.endswith(stem[:-1] + ending) for ending in _INFLECTED)


def genitive_of(word: str, member: str) -> bool:
    """Whether the folded `word` is the member's name in the genitive («virkes», «ks'», «spekters»)."""
    name = fold(member)
    return " " not in name and word in (f"{name}s", f"{name}'", f"{name}'s", f"{name}’s", f"{name}’")


def part_in_own_clause(text: str, toks: list[Token], named: list[Hit], part: Hit) -> bool:
    """Whether a comma or a relative word («som», «der», «kva») stands between the council's last mention (of `named`)
    before the word of taking part and that word."""
    before = [h for h in named if h.last < part.first]
    if not before:
        return False
    return bool(_OWN_CLAUSE.search(text[toks[max(h.last for h in before)].end : toks[part.first].start]))


def inverted_order(subjects: Iterable[str], verbs: Iterable[str]) -> re.Pattern[str] | None:
    """A verb of taking part right before its subject, a member or «vi» («Gjennom Delta og Parat er YS med i …», set
    78): how a sentence opening with something else orders them. None without words."""
    who = sorted(set(subjects), key=len, reverse=True)
    said = sorted(set(verbs), key=len, reverse=True)
    if not who or not said:
        return None
    return re.compile(rf"(?<=\s)(?P<verb>{'|'.join(map(re.escape, said))})\s+(?P<who>{'|'.join(map(re.escape, who))})(?=\s)")


def in_plain_order(pattern: re.Pattern[str] | None, text: str) -> str:
    """The text with each inverted verb and subject in the plain order («… YS er med i …»)."""
    return pattern.sub(lambda m: f"{m['who']} {m['verb']}", text) if pattern is not None else text
