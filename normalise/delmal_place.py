"""A delmål named by its place under its område, not by its code: «Læring i arbeidslivet, fjerde delmål» by its
ordinal, «Læring i arbeidslivet › Yrkesfag» by words matched among that område's delmål only (round 74)."""

from __future__ import annotations

import re
from typing import Callable

from tiltak_core.records import NO_MATCH, Match

from .catalogue import Catalogue
from .text import clean, fold

# «Læring i arbeidslivet › Yrkesfag», «…, fjerde delmål»: an område's name, then where under it.
_PLACE_SEPARATOR = re.compile(r"\s*(?:[›»>|/:,]|\s[–-])\s*")
_ORDINAL_DELMAL = re.compile(r"(?<!\w)(\w+)\s+delm[åa]l(?:et)?(?!\w)")
OMRADE_NAME_SCORE = 90  # how alike an område's name the words before «›» or «, fjerde delmål» must be


def omrade_led(catalogue: Catalogue, by_name: tuple[float, str], words_: str) -> str:
    """The område a delmål's place opens with: its name (`by_name`: how alike the best område's name, and its id),
    or two or more of its words in a row («Gode valg», «Svak tilknytning»); ''."""
    score, omrade = by_name
    if score >= OMRADE_NAME_SCORE:
        return omrade
    key = f" {fold(clean(words_))} "
    named = {o.id for o in catalogue.omrader for n in (o.name, *o.aliases) if f" {fold(n)} ".find(key) >= 0}
    return named.pop() if len(key.split()) >= 2 and len(named) == 1 else ""


def placed(raw: str, led: Callable[[str], str], ordinals: dict[str, str], codes: set[str],
           within: Callable[[str, str], Match]) -> Match:
    """The delmål a text names after its område (`led` finds it), by an ordinal word or by `within` (a text matched
    among one område's delmål); NO_MATCH for any other text."""
    lead = _PLACE_SEPARATOR.search(raw)
    omrade = led(raw[: lead.start()]) if lead else ""
    if lead is None or not omrade:
        return NO_MATCH
    rest = raw[lead.end():]
    ordinal = _ORDINAL_DELMAL.search(fold(rest))
    if ordinal and (number := ordinals.get(ordinal.group(1))) and f"{omrade}.{number}" in codes:
        return Match(f"{omrade}.{number}", 1.0, evidence=f"«{clean(rest)}» under innsatsområde {omrade}")
    found = within(rest, omrade)
    if not found.value:
        return NO_MATCH
    return Match(found.value, found.confidence, found.runner_up, found.runner_up_score,
                 f"«{clean(rest)[:40]}» likner delmål {found.value} blant delmålene under innsatsområde {omrade}")
