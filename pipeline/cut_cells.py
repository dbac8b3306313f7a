"""A table's tiltak cell that holds a cut piece of text, not a name: it ends on a linking word («Møter i rådet og i
arbeidsgruppen om») or is a sentence's tail in lower case («helsefag.»). Sticky notes side by side on a printed
board (Spekter, round 58) read as a table that way: the row is kept and asked about, and the file is warned.
"""

from __future__ import annotations

import re

from normalise.name_text import LINKING
from normalise.text import clean

from .draft_row import DraftRow
from .not_tiltak import rows_warning

# Words a name never ends on: it goes on in the next line or cell.
_LINKING = frozenset(LINKING | {"mot", "ved", "under", "etter"})
TAIL_WORDS = 3  # «helsefag.», «lærlinger i år.»: a sentence's last words


def cut_name(text: str) -> str:
    """Why the cell looks cut ('' when it reads as a name)."""
    words = text.split()
    if len(words) >= 2 and re.sub(r"\W", "", words[-1]).casefold() in _LINKING and not text.rstrip().endswith((".", ")")):
        return f"navnet slutter på «{words[-1]}», midt i en setning: cellen kan være delt eller tabellen lest feil"
    if text[:1].islower() and text.rstrip().endswith(".") and len(words) <= TAIL_WORDS:
        return "navnet er slutten av en setning: cellen kan være delt eller tabellen lest feil"
    return ""


def cut_warning(source_file: str, locators: list[str]) -> str:
    return rows_warning(source_file, locators, "har et tiltaksnavn som ser kuttet ut",
                        "; se om rapportens oppsett er lest riktig og før tiltakene inn for hånd")


def ask_about_cut_names(source_file: str, rows: list[DraftRow]) -> list[str]:
    """Marks, in place, each table row whose name cell looks cut (once rows a page break cut are joined) for review;
    the warning naming them, if any."""
    cut = [(row, why) for row in rows if row.provenance.table is not None
           and (why := cut_name(clean(row.fields.get("tiltak"))))]
    for row, why in cut:
        row.doubt = f"{row.doubt}; {why}" if row.doubt else why
    return [cut_warning(source_file, [row.provenance.locator for row, _ in cut])] if cut else []
