"""register.xlsx: the register for the secretariat to filter and edit, the matrix per område, the summary tables."""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from normalise.catalogue import Catalogue

from tiltak_core.records import RegisterEntry
from ..flow import ENDED_REPORTED, NOT_REPORTED
from ..summary import Summary
from .csv_files import REGISTER_COLUMNS, register_row
from .safe import CellValue, spreadsheet_safe
from .sheets import first_sheet, fit_row_heights, print_a4

# Norwegian header and column width (characters) for each register.csv column.
REGISTER_HEADERS = {
    "tiltak_id": ("Tiltak-ID", 12), "omrade": ("Område", 8), "delmal": ("Delmål", 8), "tiltak": ("Tiltak", 60),
    "type": ("Type tiltak", 18), "ansvarlig": ("Ansvarlig", 24), "samarbeidspartnere": ("Samarbeidspartnere", 36),
    "beskrivelse": ("Beskrivelse", 48), "rapportert_av": ("Rapportert av", 20), "kilder": ("Kilder", 30),
    "confidence": ("Sikkerhet", 10),
    "needs_review": ("Bør kontrolleres", 11), "merknader": ("Merknader", 36),
    "forrige_tiltak_id": ("Forrige tiltak-ID", 12), "status": ("Status", 11),
}
MATRIX_HEADERS = (("Delmål", 40), ("Tiltak", 60), ("Type tiltak", 18), ("Ansvarlig", 24), ("Samarbeidspartnere", 36))
BOLD = Font(bold=True)
TITLE = Font(bold=True, size=13)
HEADER_FILL = PatternFill("solid", fgColor="D9D9D9")
FEW_FILL = PatternFill("solid", fgColor="FCE4D6")  # delmål with fewer tiltak than the summary's threshold
WRAP = Alignment(wrap_text=True, vertical="top")
ONE_LINE = Alignment(vertical="top")  # a sheet's title runs on over the empty cells beside it


def _put(ws: Worksheet, row: int, column: int, value: CellValue, font: Font | None = None) -> None:
    """Every value goes in through spreadsheet_safe: report text must never become a formula."""
    cell = ws.cell(row=row, column=column, value=spreadsheet_safe(value))
    cell.alignment = ONE_LINE if font is TITLE else WRAP
    if font:
        cell.font = font


def _header(ws: Worksheet, row: int, names: Sequence[str]) -> None:
    for c, name in enumerate(names, 1):
        _put(ws, row, c, name, BOLD)
        ws.cell(row=row, column=c).fill = HEADER_FILL


def _widths(ws: Worksheet, widths: Sequence[int]) -> None:
    for c, width in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(c)].width = width


def _register_sheet(ws: Worksheet, entries: Sequence[RegisterEntry]) -> None:
    ws.title = "Register"
    _header(ws, 1, [REGISTER_HEADERS[c][0] for c in REGISTER_COLUMNS])
    for r, entry in enumerate(entries, 2):
        values = register_row(entry)
        values["confidence"] = entry.confidence  # a number here, so it sorts and filters as one
        for c, column in enumerate(REGISTER_COLUMNS, 1):
            _put(ws, r, c, values[column])
        ws.cell(row=r, column=REGISTER_COLUMNS.index("confidence") + 1).number_format = "0.00"
    _widths(ws, [REGISTER_HEADERS[c][1] for c in REGISTER_COLUMNS])
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(REGISTER_COLUMNS))}{max(len(entries) + 1, 2)}"
    fit_row_heights(ws)
    print_a4(ws, landscape=True, title_rows="1:1")


def _omrade_sheet(ws: Worksheet, title: str, delmal: Sequence[tuple[str, str]], entries: Sequence[RegisterEntry]) -> None:
    """The matrix of one område: the Delmål cell merged over its tiltak's rows (no filter: hiding a delmål's
    first row would hide its merged cell; the Register sheet is the one to filter)."""
    _put(ws, 1, 1, title, TITLE)
    _header(ws, 2, [h for h, _ in MATRIX_HEADERS])
    row = 3
    for code, text in delmal:
        rows = [e for e in entries if e.delmal == code]
        first = row
        for e in rows:
            for c, value in enumerate((e.tiltak, e.type, ", ".join(e.ansvarlig), ", ".join(e.samarbeidspartnere)), 2):
                _put(ws, row, c, value)
            row += 1
        if not rows:
            _put(ws, row, 2, "Ingen tiltak rapportert")
            row += 1
        _put(ws, first, 1, f"{code} {text}".strip())
        if row - 1 > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=row - 1, end_column=1)
    _widths(ws, [w for _, w in MATRIX_HEADERS])
    ws.freeze_panes = "A3"
    fit_row_heights(ws)
    print_a4(ws, landscape=True, title_rows="2:2")


def _omrade_label(omrade: str) -> str:
    return f"Område {omrade}" if omrade else "Uten område"


def _flow_tables(ws: Worksheet, row: int, summary: Summary) -> int:
    """New, continued and ended tiltak per område, delmål and member; returns the last row written."""
    flow = summary.flow
    if flow is None or not (flow.known or flow.total.continued or flow.total.ended_reported):
        return row
    last = summary.year - 1
    headers = ["Nye", f"Videreført fra {last}", "herav endret", "Meldt avsluttet", "Ikke rapportert i år"]
    for title, first, rows in (("per hovedinnsatsområde", "Område", flow.omrader), ("per delmål", "Delmål", flow.delmal),
                               ("per rådsmedlem", "Rådsmedlem", flow.members)):
        row += 2
        _put(ws, row, 1, f"Nye, videreførte og avsluttede tiltak {title}", BOLD)
        _header(ws, row + 1, [first, *headers])
        row += 1
        for r in rows:
            row += 1
            values = (r.key, r.new if flow.known else "ukjent", r.continued, r.changed, r.ended_reported,
                      r.not_reported if flow.known else "ukjent")
            for c, value in enumerate(values, 1):
                _put(ws, row, c, value)
    row += 1
    _put(ws, row, 1, f"Ikke rapportert i år: tiltak fra {last} som ingen rapport i år viderefører eller melder "
                     "avsluttet (avsluttet, eller glemt i rapporteringen)")
    return _throughout_table(ws, row, summary)


def _throughout_table(ws: Worksheet, row: int, summary: Summary) -> int:
    """The tiltak reported every year of the strategy's period that the history holds; returns the last row."""
    t = summary.throughout
    if t is None or len(t.years) < 2:
        return row
    row += 2
    lacking = f" (historikken har ikke hele registeret for {', '.join(map(str, t.missing))})" if t.missing else ""
    _put(ws, row, 1, f"Tiltak rapportert hvert år i {t.years[0]}–{t.years[-1]}{lacking}: {len(t.tiltak)}", BOLD)
    _header(ws, row + 1, ["Tiltak-ID", "Delmål", "Tiltak", "Rapportert av"])
    row += 1
    for e in t.tiltak:
        row += 1
        for c, value in enumerate((e.tiltak_id, e.delmal, e.tiltak, ", ".join(e.rapportert_av)), 1):
            _put(ws, row, c, value)
    return row


def _summary_sheet(ws: Worksheet, summary: Summary) -> None:
    previous = summary.comparison.other_year if summary.comparison else None
    _put(ws, 1, 1, f"Sammendrag {summary.year}: {summary.total} tiltak", TITLE)

    row = 3
    _put(ws, row, 1, "Tiltak per type og hovedinnsatsområde", BOLD)
    types = summary.types
    _header(ws, row + 1, ["Kategori", "Totalt", *(_omrade_label(o) for o in types.omrader)])
    row += 2
    for t in types.rows:
        cells: tuple[CellValue, ...] = (t.type or "Uten type", t.total, *t.counts)
        for c, value in enumerate(cells, 1):
            _put(ws, row, c, value)
        row += 1
    sums: tuple[CellValue, ...] = ("Sum", types.total, *types.column_totals)
    for c, value in enumerate(sums, 1):
        _put(ws, row, c, value, BOLD)

    row += 2
    _put(ws, row, 1, "Tiltak per delmål", BOLD)
    columns = ["Delmål", "Kortnavn", f"Antall {summary.year}"]
    if previous:
        columns += [f"Antall {previous}", "Endring"]
    _header(ws, row + 1, columns)
    row += 2
    changes = {c.key: c for c in summary.comparison.delmal} if summary.comparison else {}
    for d in summary.delmal:
        values: list[CellValue] = [d.code, d.short, d.count]
        if previous:
            change = changes.get(d.code)
            values += [change.before, change.difference] if change and change.before is not None else ["ukjent", ""]
        for c, value in enumerate(values, 1):
            _put(ws, row, c, value)
            if d.count < summary.threshold:
                ws.cell(row=row, column=c).fill = FEW_FILL
        row += 1
    _put(ws, row, 1, f"Markert: delmål med færre enn {summary.threshold} tiltak")

    row = _flow_tables(ws, row, summary)
    collab = summary.collaboration
    row += 2
    _put(ws, row, 1, "Samarbeid", BOLD)
    figures = (
        ("Tiltak i alt", collab.total, None),
        ("Tiltak med minst én samarbeidspartner", collab.with_partner, None),
        ("Andel med samarbeidspartner", collab.share_with_partner, "0%"),
        ("Tiltak der flere rådsmedlemmer deltar", collab.several_members, None),
    )
    for label, value, number_format in figures:
        row += 1
        _put(ws, row, 1, label)
        _put(ws, row, 3, value)
        if number_format:
            ws.cell(row=row, column=3).number_format = number_format

    row += 2
    _put(ws, row, 1, "Rådsmedlemmer som oftest deltar i de samme tiltakene", BOLD)
    _header(ws, row + 1, ["Rådsmedlem", "Rådsmedlem", "Felles tiltak"])
    row += 1
    for pair in collab.top_pairs:
        row += 1
        shared: tuple[CellValue, ...] = (pair.a, pair.b, pair.tiltak)
        for c, value in enumerate(shared, 1):
            _put(ws, row, c, value)
    _widths(ws, [34, 44, 14, 14, 12])
    fit_row_heights(ws)
    print_a4(ws, landscape=False)


def write_register_xlsx(path: Path, entries: Sequence[RegisterEntry], summary: Summary, catalogue: Catalogue) -> None:
    workbook = Workbook()
    _register_sheet(first_sheet(workbook), entries)
    for omrade in catalogue.omrader:
        delmal = [(d.code, d.text) for d in catalogue.delmal if d.omrade == omrade.id]
        _omrade_sheet(workbook.create_sheet(f"Område {omrade.id}"), f"Hovedinnsatsområde {omrade.id}: {omrade.name}",
                      delmal, entries)
    codes = {d.code for d in catalogue.delmal}
    unplaced = [e for e in entries if e.delmal not in codes]
    if unplaced:
        # Shown apart so every tiltak of the register stands in some matrix sheet.
        groups = list(dict.fromkeys(e.delmal for e in unplaced))
        _omrade_sheet(workbook.create_sheet("Uten delmål"), "Tiltak uten delmål (bør kontrolleres)",
                      [(g, "" if g else "Ukjent delmål") for g in groups], unplaced)
    if summary.flow is not None and summary.flow.ended:
        _ended_sheet(workbook.create_sheet(f"Avsluttet {summary.year - 1}"), summary)
    _summary_sheet(workbook.create_sheet("Sammendrag"), summary)
    workbook.save(path)


def _ended_sheet(ws: Worksheet, summary: Summary) -> None:
    """Last year's tiltak that ended: those a member's form marks «avsluttet», then those not reported this year."""
    assert summary.flow is not None
    last = summary.year - 1
    _put(ws, 1, 1, f"Tiltak fra {last} som er avsluttet: meldt avsluttet i skjema, eller ikke rapportert i "
                   f"{summary.year} (avsluttet, eller glemt i rapporteringen)", TITLE)
    _header(ws, 2, ["Tiltak-ID", "Delmål", "Tiltak", f"Rapportert av i {last}", "Hvorfor"])
    why = {ENDED_REPORTED: "meldt avsluttet i skjema", NOT_REPORTED: f"ikke rapportert i {summary.year}"}
    for r, e in enumerate(summary.flow.ended, 3):
        for c, value in enumerate((e.tiltak_id, e.delmal, e.tiltak, ", ".join(e.members), why[e.kind]), 1):
            _put(ws, r, c, value)
    _widths(ws, [12, 8, 60, 30, 24])
    ws.freeze_panes = "A3"
    ws.auto_filter.ref = f"A2:E{max(len(summary.flow.ended) + 2, 3)}"
    fit_row_heights(ws)
    print_a4(ws, landscape=True, title_rows="2:2")
