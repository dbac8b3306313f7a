"""A heading's row renamed from the text under it, when the heading is no tiltak's name: a chapter's («5.2 Fag- og
yrkesopplæringen»), a kind of measure («Etter- og vidareutdanning»), or a newsletter's headline («Hurtigsporet gir
raskere godkjenning» over «Hurtigsporet er et samarbeid med …»)."""

from __future__ import annotations

import re
from typing import Callable

from normalise.text import clean, fold, stems, words

from .draft_row import DraftRow
from .prose_names import NamedMeasure

NEWS_WORDS = 2  # words a headline says beyond the name it shares with the text («gir raskere godkjenning»)
PROSE_DOUBT = "lest fra løpende tekst: kontroller navnet og delmålet"


def is_headline_over(heading: str, name: str, stop: frozenset[str] = frozenset(),
                     verbs: frozenset[str] = frozenset()) -> bool:
    """Whether a heading is a headline about the measure its text names: a sentence (a verb after its first word) or a
    question, sharing a word of the name and saying at least two words more. A title («Veiledning om retten til …»
    over «Enkel veiledning på nett forklarer …») or a heading the name holds whole stays the measure's own."""
    if re.search(r"[:«»\"“”]", heading):
        return False  # «Frokostmøte i Arendal: "Hvem tar regningen …?"»: a kind and the event's own title
    if not (clean(heading).endswith(("?", "!")) or any(fold(w) in verbs for w in words(heading)[1:])):
        return False
    named = set(stems(name, stop))
    said = [s for s in stems(heading, stop) if not s.isdigit()]
    if not named & set(said) or set(said) <= named:
        return False
    return len([s for s in said if s not in named]) >= NEWS_WORDS


def retitled(row: DraftRow, told: str, name_of: Callable[[str], NamedMeasure | None], heading_is: str) -> None:
    """The row named as the text it is told in names it (`name_of` its first sentence), that text its description."""
    named = name_of(told)
    if named is not None:
        row.fields["tiltak"], row.fields["beskrivelse"] = named.name, clean(told)
        row.evidence.append(f"overskriften er {heading_is}; navnet er {named.how} i teksten under")
        row.doubt = row.doubt or PROSE_DOUBT
