"""Several tiltak told in one sentence, each closed by its particulars in brackets: «Vi har også deltatt i Nasjonalt
forum for karriereveiledning (1.3, forum; ansvar: generalsekretæren) og drevet KOMPNETT – nettverket for
kompetanseansvarlige i bedrifter (2.4, nettverk; sammen med Virke).»

A paragraph that gives two delmål is no one tiltak, and was passed over; its brackets say where each measure ends.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable

from normalise.text import clean


@dataclass(frozen=True)
class BracketedMeasure:
    """One measure of such a sentence: its words before the bracket, and what the bracket gives."""

    text: str
    delmal: str
    fields: dict[str, str] = field(default_factory=dict)


# «(1.3, forum; …)», «(delmål 2.4 – nettverk)»: a bracket opening with a delmål's code, then what else it says.
_BRACKET = re.compile(r"\(([^()]{3,240})\)")
_CODE_FIRST = re.compile(r"^\s*(?:delm[åa]l(?:et)?\s*)?(\d)\s?[.,]\s?(\d{1,2})\b\s*[,;:|–-]?\s*(.*)$", re.IGNORECASE | re.DOTALL)
# What joins one measure to the next in the sentence: «… og drevet KOMPNETT …», «…, samt …».
_JOINING = re.compile(r"^[\s,;]*(?:og|samt|dessuten|i tillegg)?\s+", re.IGNORECASE)
_PARTNERS = re.compile(r"^(?:sammen|saman|i samarbeid|i samarbeid med|med)\s+(?:med\s+)?", re.IGNORECASE)


def bracketed_measures(text: str, known_code: Callable[[str], bool],
                       split_labels: Callable[[str], tuple[str, dict[str, str]]]) -> list[BracketedMeasure]:
    """The measures a paragraph tells one after another, each closed by a bracket opening with a known delmål code;
    [] unless it tells at least two so."""
    found: list[BracketedMeasure] = []
    start = 0
    for m in _BRACKET.finditer(text):
        code = _CODE_FIRST.match(m.group(1))
        if code is None or not known_code(f"{code[1]}.{code[2]}"):
            continue
        before = clean(_JOINING.sub("", text[start : m.start()], count=1) if found else text[start : m.start()])
        # A sentence ended before the bracket's measure began: only its last sentence names it.
        before = re.split(r"(?<=[.!?])\s+(?=[A-ZÆØÅ])", before)[-1]
        if before:
            found.append(BracketedMeasure(before, f"{code[1]}.{code[2]}", _particulars(code[3], split_labels)))
        start = m.end()
    return found if len(found) >= 2 else []


def _particulars(said: str, split_labels: Callable[[str], tuple[str, dict[str, str]]]) -> dict[str, str]:
    """«forum; ansvar: generalsekretæren», «nettverk; sammen med NHO og Virke»: the type first, then labelled parts."""
    fields: dict[str, str] = {}
    for k, part in enumerate(p.strip() for p in re.split(r"[;|]", said) if p.strip()):
        head, labelled = split_labels(part)
        partners = _PARTNERS.match(part)
        if labelled and not head:
            fields.update((name, value) for name, value in labelled.items() if name not in fields)
        elif partners and "samarbeidspartnere" not in fields:
            fields["samarbeidspartnere"] = clean(part[partners.end():])
        elif k == 0 and len(part.split()) <= 3:
            fields["type"] = clean(part)
    return fields
