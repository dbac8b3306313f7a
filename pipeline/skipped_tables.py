"""What the console and run.json say of a table the row reader does not read, and why (one sentence each)."""

from __future__ import annotations

from parsers.content import TableBlock

from .row_fields import cell_text, table_where


def count_table_note(source_file: str, block: TableBlock) -> str:
    return f"{source_file}: tabell {table_where(block)} teller tiltak, den lister dem ikke, og ble hoppet over"


def key_figures_note(source_file: str, block: TableBlock, caption: str) -> str:
    return f"{source_file}: tabell {table_where(block)} er nøkkeltall («{caption}»), ikke tiltak, og ble hoppet over"


def particulars_note(source_file: str, block: TableBlock) -> str:
    labels = ", ".join(f"«{cell_text(row[0])}»" for row in block.rows if cell_text(row[0]))
    return (f"{source_file}: tabell {table_where(block)} er opplysninger om rapporten ({labels}), ikke tiltak, og ble "
            "hoppet over")


def loose_text_note(source_file: str, block: TableBlock) -> str:
    return f"{source_file}: tabell {table_where(block)} har ingen tiltakstabell, bare løs tekst, og ble hoppet over"


def other_table_note(source_file: str, block: TableBlock, what: str) -> str:
    """`what` the table is instead («en liste over strategiens delmål», «rapportens koder for type»)."""
    return f"{source_file}: tabell {table_where(block)} er {what}, ikke tiltak, og ble hoppet over"


def no_header_note(source_file: str, block: TableBlock, rows: int) -> str:
    first = " | ".join(cell_text(c) for c in block.rows[0] if cell_text(c))[:80]
    return (f"{source_file}: tabell {table_where(block)} har ingen overskriftsrad som sier hvilken kolonne som er "
            f"tiltaket, og ingen kolonne som kan leses som tiltak (første rad: «{first}»); de {rows} radene ble ikke lest")
