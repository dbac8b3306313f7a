"""The part of an organisation a heading over a member's items names as responsible for them («Utdanningsforbundet»
over the union's items, «Oahpahusossodat – Opplæringsavdelingen» over a department's)."""

from __future__ import annotations

import re
from typing import Callable, Sequence

from normalise.text import clean, fold
from parsers.content import Paragraph

_CHAPTER = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*|[IVX]{1,4})\.?\s+")  # «2 Arbeids- og …»: the chapter's number
OWNER_WORDS = 6  # a heading naming who is responsible is a name, not a sentence


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
    return next((part for part in reversed(parts) if part and (names_org(part) or fold(part).endswith(unit_words))), "")
