"""review.xlsx: the register as a workbook reviewers edit in Excel and give back as decisions.

Sheet «Tiltak» has one row per register entry (worst first) with dropdowns to correct delmål and
type, cells to rewrite its wording and ansvarlig, a column to merge it into another tiltak, a
«Kontrollert» mark and a comment; sheet «Kilderader» has one row per source row, to split it out of
its tiltak or move it to another; sheet «Mulige duplikater» has one row per pair the run kept apart
though they may be one measure, with a one-cell decision (slå sammen / hold adskilt). Decisions
already given are filled in, so the workbook can be edited again and again.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

from normalise.catalogue import Catalogue

from ..decisions import (
    ANSVARLIG, COMMENT, DECISION, DELMAL, ENTRY_SHEET, FORRIGE, ID, KEEP_APART, KEYS, KILDE, MERGE, MERGE_PAIR, MOVE,
    NO, NO_LINK, OTHER_ID, OTHER_KEYS, PAIR_SHEET, REVIEWED, ROW_KEY, ROW_SHEET, SPLIT, TYPE, WORDING, YES, Decisions,
    match_entries,
)
from ..register import PossibleDuplicate
from ..workbooks import WORKBOOK_MARKER
from tiltak_core.records import RegisterEntry
from .review_html import worst_first
from .safe import spreadsheet_safe
from .sheets import add_property, first_sheet, fit_row_heights, print_a4

EDIT_FILL = PatternFill("solid", fgColor="FFF2CC")  # the cells a reviewer fills in
# Shared: a new style object per cell costs more than the cell itself in a large register.
WRAP, TOP = Alignment(wrap_text=True, vertical="top"), Alignment(vertical="top")
HEAD_FONT = Font(bold=True)
LISTS = "Lister"

# Per sheet: what identifies the row and its text (frozen, always on screen), what the run proposes, then at
# once the yellow cells a reviewer fills in, and what speaks for the proposal further right. On a laptop
# (about 1,300 px, 7 px a width unit) everything up to «Kontrollert» is on screen together.
ENTRY_COLUMNS = (
    (ID, 11), ("Tiltak", 48), ("Delmål", 8), ("Delmål sikkerhet", 9), ("Type", 16), ("Type sikkerhet", 9),
    (DELMAL, 10), (TYPE, 18), (REVIEWED, 11), (MERGE, 14), (WORDING, 40), (ANSVARLIG, 20), (FORRIGE, 14),
    (COMMENT, 30), ("Bør kontrolleres", 10), ("Sikkerhet", 9), ("Merknader", 36), ("Rapportert av", 18),
    ("Ansvarlig", 20), ("Forrige tiltak-ID", 12), ("Status", 11), ("Delmål nest best", 9), ("Delmål grunnlag", 28),
    ("Type nest best", 16), ("Type grunnlag", 28), (KEYS, 16),
)
ENTRY_EDITABLE = {DELMAL, TYPE, WORDING, ANSVARLIG, MERGE, REVIEWED, COMMENT, FORRIGE}

PAIR_EDITABLE = {DECISION, COMMENT}
PAIR_COLUMNS = (
    (ID, 11), ("Tiltak", 40), (OTHER_ID, 11), ("Tiltak (kandidat)", 40), (DECISION, 14), (COMMENT, 30),
    ("Bør kontrolleres", 10), ("Likhet", 8), ("Grunnlag", 40), ("Rapportert av", 16), ("Rapportert av (kandidat)", 16),
    (KEYS, 16), (OTHER_KEYS, 16),
)
ROW_EDITABLE = {SPLIT, MOVE, COMMENT}
ROW_COLUMNS = (
    (KILDE, 30), ("Tiltak som skrevet", 50), (SPLIT, 9), (MOVE, 14), (COMMENT, 30), (ID, 11), ("Rådsmedlem", 18),
    ("Delmål som skrevet", 20), ("Type som skrevet", 18), (ROW_KEY, 15),
)
WRAPPED = {"Tiltak", "Merknader", "Tiltak (kandidat)", "Grunnlag", "Tiltak som skrevet", "Delmål grunnlag",
           "Type grunnlag", WORDING, COMMENT}
FROZEN = "C2"  # the header row and the two columns that say which tiltak a row is


def instructions(save_as: Path | None) -> tuple[str, ...]:
    """The «Om» sheet: how to fill in the workbook and the exact file the next run reads the decisions from."""
    where = (f"Lagre arbeidsboken som «{save_as.name}» i mappen {save_as.parent}. Neste kjøring leser "
             "beslutningene derfra av seg selv." if save_as else
             "Lagre arbeidsboken ved siden av innboksen som «<innboksens navn>-beslutninger.xlsx».")
    return (
        "Slik bruker du arbeidsboken",
        "1. Arket «Tiltak» har ett tiltak per rad, de usikreste først. De gule kolonnene fylles ut av deg; "
        "tiltakets ID og tekst står alltid til venstre.",
        "2. «Delmål (rettet)» og «Type (rettet)»: velg fra listen for å rette det kjøringen foreslo "
        "(«Delmål» og «Type» med sikkerhet 0–1 rett til venstre).",
        "3. «Kontrollert»: sett «ja» når tiltaket er sjekket; det forsvinner da fra listen over tiltak som bør kontrolleres.",
        "4. «Slå sammen med»: skriv tiltak-ID-en til tiltaket denne raden er det samme som.",
        "5. «Tiltak (rettet)» og «Ansvarlig (rettet)»: skriv tiltakets tekst og ansvarlig slik registeret skal vise dem.",
        f"6. «{FORRIGE}»: skriv tiltak-ID-en fra fjorårets register som tiltaket videreføres fra, eller «{NO_LINK}» "
        "når det er et nytt tiltak; merknaden «kanskje videreføring av fjorårets …» viser kandidaten.",
        "7. Arket «Mulige duplikater» har par av tiltak som kan være det samme: skriv «slå sammen» eller "
        "«hold adskilt» i kolonnen «Beslutning».",
        "8. Arket «Kilderader» har én rad per rad i medlemmenes rapporter: «Skill ut» = ja gjør raden til et eget "
        "tiltak, «Flytt til tiltak-ID» flytter den til et annet tiltak.",
        f"9. {where}",
        "   Du kan også gi den med --decisions FIL, eller lagre den som «beslutninger.xlsx» øverst i innboksen.",
        "10. Kjør tiltak run på nytt: registeret, matrisen og oppsummeringen får da beslutningene dine.",
        "Ingenting godtas automatisk: kjøringen bruker bare det som står i de gule kolonnene. Begrunnelser og "
        "nest beste forslag står lenger til høyre.",
    )


def _sheet(wb: Workbook, title: str, columns: tuple[tuple[str, int], ...], editable: set[str]):
    ws = wb.create_sheet(title)
    for c, (name, width) in enumerate(columns, 1):
        cell = ws.cell(row=1, column=c, value=name)
        cell.font = HEAD_FONT
        if name in editable:
            cell.fill = EDIT_FILL
        cell.alignment = WRAP
        ws.column_dimensions[cell.column_letter].width = width
    ws.freeze_panes = FROZEN
    return ws


def _fill(ws, r: int, names: list[str], values: dict, editable: set[str]) -> None:
    for c, name in enumerate(names, 1):
        cell = ws.cell(row=r, column=c, value=spreadsheet_safe(values[name]))
        cell.alignment = WRAP if name in WRAPPED else TOP
        if name in editable:
            cell.fill = EDIT_FILL


def _list_validation(ws, column: int, formula: str, rows: int, prompt: str) -> None:
    dv = DataValidation(type="list", formula1=formula, allow_blank=True, showErrorMessage=True)
    dv.error, dv.errorTitle, dv.prompt = "Velg en verdi fra listen.", "Ugyldig verdi", prompt
    letter = ws.cell(row=1, column=column).column_letter
    dv.add(f"{letter}2:{letter}{max(rows + 1, 2)}")
    ws.add_data_validation(dv)


def _finish(ws, names: list[str], hidden: tuple[str, ...] = ()) -> None:
    """Hidden helper columns, a filter on the header, rows as tall as their text, A4 landscape to the page's width."""
    for name in hidden:
        ws.column_dimensions[ws.cell(row=1, column=names.index(name) + 1).column_letter].hidden = True
    ws.auto_filter.ref = ws.dimensions
    fit_row_heights(ws)
    print_a4(ws, landscape=True, title_rows="1:1")


def write_review_xlsx(path: Path, register: list[RegisterEntry], catalogue: Catalogue, decisions: Decisions | None,
                      duplicates: list[PossibleDuplicate] | tuple = (), save_as: Path | None = None) -> None:
    """The workbook; `save_as` is the decisions file the next run reads, which the «Om» sheet names."""
    wb = Workbook()
    about = first_sheet(wb)
    about.title = "Om"
    for r, line in enumerate(instructions(save_as), 1):
        cell = about.cell(row=r, column=1, value=spreadsheet_safe(line))
        cell.font, cell.alignment = (HEAD_FONT if r == 1 else Font()), WRAP
    about.column_dimensions["A"].width = 120
    fit_row_heights(about)
    print_a4(about, landscape=False)

    # Marks the workbook as this program's wherever it is saved: a run never reads it as a report.
    add_property(wb, WORKBOOK_MARKER, "review.xlsx")
    entries = worst_first(register)
    # Each decision stands on the tiltak the run applied it to, and only there (decisions.match_entries).
    matched, unmatched = match_entries(entries, decisions) if decisions else ({}, [])
    row_given = {d.row_key: d for d in (decisions.rows if decisions else ())}
    merged_away = [d for d in unmatched if d.merge_into]

    ws = _sheet(wb, ENTRY_SHEET, ENTRY_COLUMNS, ENTRY_EDITABLE)
    names = [n for n, _ in ENTRY_COLUMNS]
    for r, e in enumerate(entries, 2):
        d = matched.get(r - 2)
        dm, tm = e.delmal_match, e.type_match
        values = {
            ID: e.tiltak_id, "Bør kontrolleres": YES if e.needs_review else NO, "Sikkerhet": e.confidence,
            "Merknader": "; ".join(e.review_reasons), "Tiltak": e.tiltak, "Rapportert av": ", ".join(e.rapportert_av),
            "Delmål": e.delmal, "Delmål sikkerhet": dm.confidence, "Delmål nest best": dm.runner_up,
            "Delmål grunnlag": dm.evidence, "Type": e.type, "Type sikkerhet": tm.confidence,
            "Type nest best": tm.runner_up, "Type grunnlag": tm.evidence,
            DELMAL: d.delmal if d else "", TYPE: d.type if d else "", MERGE: d.merge_into if d else "",
            WORDING: d.wording if d else "", ANSVARLIG: ", ".join(d.ansvarlig) if d else "",
            REVIEWED: YES if e.reviewed else "", COMMENT: (d.comment if d else "") or e.comment,
            "Ansvarlig": ", ".join(e.ansvarlig), "Forrige tiltak-ID": e.forrige_tiltak_id, "Status": e.status,
            FORRIGE: d.forrige if d else "", KEYS: " ".join(t.key for t in e.rows),
        }
        _fill(ws, r, names, values, ENTRY_EDITABLE)
    for r, d in enumerate(merged_away, len(entries) + 2):
        # Kept so the decision goes on applying when the workbook is given back.
        values = dict.fromkeys(names, "")
        values.update({ID: d.tiltak_id, "Merknader": f"slått sammen med {d.merge_into} av kontrollør",
                       MERGE: d.merge_into, COMMENT: d.comment, KEYS: " ".join(d.row_keys)})
        _fill(ws, r, names, values, ENTRY_EDITABLE)

    lists = wb.create_sheet(LISTS)
    codes, types, ids = [d.code for d in catalogue.delmal], [t.name for t in catalogue.types], [e.tiltak_id for e in entries]
    for column, listed in enumerate((codes, types, ids, [YES, NO], [MERGE_PAIR, KEEP_APART]), 1):
        for r, value in enumerate(listed, 1):
            lists.cell(row=r, column=column, value=value)
    lists.sheet_state = "hidden"
    n = len(entries) + len(merged_away)
    _list_validation(ws, names.index(DELMAL) + 1, f"{LISTS}!$A$1:$A${len(codes)}", n, "Delmål fra strategien")
    _list_validation(ws, names.index(TYPE) + 1, f"{LISTS}!$B$1:$B${len(types)}", n, "En av de seks typene")
    _list_validation(ws, names.index(MERGE) + 1, f"{LISTS}!$C$1:$C${max(len(ids), 1)}", n, "Tiltak-ID å slå sammen med")
    _list_validation(ws, names.index(REVIEWED) + 1, f"{LISTS}!$D$1:$D$2", n, "ja når tiltaket er kontrollert")
    _finish(ws, names, (KEYS,))

    # The possible duplicates next to the tiltak they concern; the source rows after them.
    _duplicates_sheet(wb, entries, list(duplicates), decisions)
    ws = _sheet(wb, ROW_SHEET, ROW_COLUMNS, ROW_EDITABLE)
    names = [n for n, _ in ROW_COLUMNS]
    r = 1
    for e in entries:
        for t in e.rows:
            r += 1
            given = row_given.get(t.key)
            raw = t.row.raw
            _fill(ws, r, names, {
                KILDE: t.kilde, ROW_KEY: t.key, ID: e.tiltak_id, "Rådsmedlem": t.member, "Tiltak som skrevet": raw.get("tiltak"),
                "Delmål som skrevet": raw.get("delmal"), "Type som skrevet": raw.get("type"),
                SPLIT: YES if given and given.split else "", MOVE: given.move_to if given else "",
                COMMENT: given.comment if given else "",
            }, ROW_EDITABLE)
    _list_validation(ws, names.index(SPLIT) + 1, f"{LISTS}!$D$1:$D$2", r - 1, "ja: raden blir et eget tiltak")
    _list_validation(ws, names.index(MOVE) + 1, f"{LISTS}!$C$1:$C${max(len(ids), 1)}", r - 1, "Tiltak-ID å flytte raden til")
    _finish(ws, names)
    wb.move_sheet(lists, offset=len(wb.sheetnames) - 1 - wb.index(lists))  # the hidden lists go last
    wb.save(path)


def _duplicates_sheet(wb: Workbook, entries: list[RegisterEntry], duplicates: list[PossibleDuplicate],
                      decisions: Decisions | None) -> None:
    """One row per possible duplicate, the ones that ask for review first; decisions given are filled in,
    and a pair a reviewer decided is kept on the sheet (merged, or no longer close) so it goes on applying."""
    ws = _sheet(wb, PAIR_SHEET, PAIR_COLUMNS, PAIR_EDITABLE)
    names = [n for n, _ in PAIR_COLUMNS]
    by_id = {e.tiltak_id: e for e in entries}
    given = list(decisions.pairs) if decisions else []

    def decision_for(a: RegisterEntry, b: RegisterEntry):
        keys_a, keys_b = {t.key for t in a.rows}, {t.key for t in b.rows}
        for d in given:
            same = {d.tiltak_id, d.other_id} == {a.tiltak_id, b.tiltak_id}
            by_rows = (keys_a & set(d.row_keys) and keys_b & set(d.other_keys)) or \
                (keys_b & set(d.row_keys) and keys_a & set(d.other_keys))
            if same or by_rows:
                return d
        return None

    shown = []
    r = 1
    for p in sorted(duplicates, key=lambda p: (not p.flagged, -p.score, p.a, p.b)):
        a, b = by_id.get(p.a), by_id.get(p.b)
        if a is None or b is None:
            continue
        d = decision_for(a, b)
        shown.append(d)
        r += 1
        _fill(ws, r, names, {
            ID: a.tiltak_id, "Bør kontrolleres": YES if p.flagged else NO, "Tiltak": a.tiltak,
            "Rapportert av": ", ".join(a.rapportert_av), OTHER_ID: b.tiltak_id, "Tiltak (kandidat)": b.tiltak,
            "Rapportert av (kandidat)": ", ".join(b.rapportert_av), "Likhet": p.score, "Grunnlag": p.evidence,
            DECISION: (MERGE_PAIR if d.merge else KEEP_APART) if d else "", COMMENT: d.comment if d else "",
            KEYS: " ".join(t.key for t in a.rows), OTHER_KEYS: " ".join(t.key for t in b.rows),
        }, PAIR_EDITABLE)
    for d in given:
        if d in shown:
            continue
        r += 1
        values = dict.fromkeys(names, "")
        values.update({ID: d.tiltak_id, OTHER_ID: d.other_id, DECISION: MERGE_PAIR if d.merge else KEEP_APART,
                       "Grunnlag": "besluttet av kontrollør", COMMENT: d.comment, KEYS: " ".join(d.row_keys),
                       OTHER_KEYS: " ".join(d.other_keys)})
        _fill(ws, r, names, values, PAIR_EDITABLE)
    _list_validation(ws, names.index(DECISION) + 1, f"{LISTS}!$E$1:$E$2", r - 1, "slå sammen eller hold adskilt")
    _finish(ws, names, (KEYS, OTHER_KEYS))
