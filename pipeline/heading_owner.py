"""The part of an organisation a heading over a member's items names as responsible for them («Utdanningsforbundet»
over the union's items, «Oahpahusossodat – Opplæringsavdelingen» over a department's)."""

from __future__ import annotations

import re
from typing import Callable, Sequence

from normalise.text import clean, fold
from parsers.content import Paragraph

_CHAPTER = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*|[IVX]{1,4})\.?\s+")  # «2 Arbeids- og …»: the chapter's number
OWNER_WORDS = 6  # a heading naming who is responsible is a name, not a sentence
UNIT_PART_WORDS = 2  # «VOFO Nord»: an organisation's part named in a word or two after it
_LINKS = {"i", "og", "for", "på", "om", "med", "til", "av", "ved"}  # «LO i SRY» names a seat, not a part


def heading_owner(p: Paragraph, heading: Paragraph | None, outline: Sequence[Paragraph], names_org: Callable[[str], bool],
                  unit_words: tuple[str, ...]) -> str:
    """The organisation or unit the heading over `p` names (its last part so named, in a bilingual heading), by the
    catalogue (`names_org`) or the ending of a unit's name (`unit_words`, folded); '' when it names none. A block's
    title (a heading itself) stands under the heading one rank up in the `outline`."""
    if p.kind == "heading":
        heading = next((h for h in reversed(outline) if h.level < p.level), None)
    if heading is None or heading is p or len(heading.text.split()) > OWNER_WORDS:
        return ""
    parts = [clean(part) for part in re.split(r"\s[–—-]\s", _CHAPTER.sub("", clean(heading.text)))]
    return next((part for part in reversed(parts) if part and (names_org(part) or fold(part).endswith(unit_words)
                                                               or _unit_of(part, names_org, unit_words))), "")


def _unit_of(part: str, names_org: Callable[[str], bool], unit_words: tuple[str, ...]) -> bool:
    """«VOFO Nord», «VOFO sentralt»: a known organisation and a word or two of its part; «Studieforbundet natur og
    miljø»: a name opening with a unit's word."""
    said = part.split()
    first = fold(said[0]) if said else ""
    return first.endswith(unit_words) and said[0][:1].isupper() or (
        1 < len(said) <= 1 + UNIT_PART_WORDS and names_org(said[0]) and not any(fold(w) in _LINKS for w in said[1:]))
