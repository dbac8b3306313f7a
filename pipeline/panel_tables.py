"""A slide drawn as one table row: a box with the title and its text beside a panel of labels in capitals («01
DELMÅL 2.1 HVA SLAGS Utviklingsprosjekt EIER Virke MED YS»). One tiltak, its particulars from the panel."""

from __future__ import annotations

import re

from normalise.columns import ColumnMapper
from normalise.text import clean
from parsers.content import TableBlock

from .draft_row import PROSE_CONFIDENCE, DraftRow
from tiltak_core.records import Provenance

PANEL = "lest som lysbilde: tittel og tekst ved siden av et felt med merkede opplysninger"
_CAPS = (re.compile(r"\b[A-ZÆØÅ]{2,}\s[A-ZÆØÅ]{2,}\b"),  # «HVA SLAGS»: a label of two words set in capitals
         re.compile(r"\b[A-ZÆØÅ]{2,}\b"))  # «DELMÅL», «MED»
# «Virke · Kompetansepolitisk råd 2058 · 2»: the slide's running footer, closing the text box.
_FOOTER = re.compile(r"\s*[A-ZÆØÅ][^\s·]*(?:\s[A-ZÆØÅ][^\s·]*)?(?:\s·\s[^·\n]{2,60}){1,3}\s·\s\d{1,3}\s*$")


def _panel(text: str, mapper: ColumnMapper) -> dict[str, str]:
    """The fields a panel of capitalised labels gives, each label written «Label:»; {} unless it gives a delmål and
    more. A capitalised word that is no label («YS», «BI») stays as written."""
    def as_label(m: re.Match[str]) -> str:
        label = m.group(0).capitalize()
        return f"{label}:" if mapper.label_field(label) else m.group(0)
    text = clean(text)
    for caps in _CAPS:
        text = caps.sub(as_label, text)
    _, labelled = mapper.split_labels(text)
    return labelled if "delmal" in labelled and len(labelled) >= 2 else {}


def panel_row(block: TableBlock, mapper: ColumnMapper, source_file: str) -> DraftRow | None:
    """The tiltak of a one-row table of a text box («Title\\nText …») and a panel of labels; None for any other."""
    cells = [c for c in block.rows[0] if c and c.strip()] if len(block.rows) == 1 else []
    if len(cells) != 2:
        return None
    for box, panel in (cells, cells[::-1]):
        fields = _panel(panel, mapper)
        title, _, text = box.strip().partition("\n")
        if fields and title.strip() and not _panel(box, mapper):
            fields = {**fields, "tiltak": clean(title), "beskrivelse": clean(_FOOTER.sub("", text))}
            return DraftRow(Provenance(source_file, page=block.page, table=block.index, row=1), fields, {},
                            block.confidence * PROSE_CONFIDENCE, [PANEL])
    return None
