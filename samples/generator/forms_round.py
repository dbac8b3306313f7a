"""A round of returned reporting forms, filled in as members would, and what reading them must give.

`fill_round(forms_dir, inbox, soffice)` takes the forms `tiltak skjema` wrote and puts into `inbox`
the ones members return, under names of their own: most filled in (forms_fill decides what each
types), in Excel or Word; one returned unchanged; one reshaped (Delmål and Type swapped); one Excel
and one Word form saved through LibreOffice. Rows' keys are read from the forms as sent, the way a
script of the secretariat would, not through the reader under test.
"""

from __future__ import annotations

import copy
import shutil
import subprocess
import tempfile
from pathlib import Path

import docx
import openpyxl
from docx.oxml.ns import qn

from .forms_fill import Expected, MemberPlan, plan_member

UNCHANGED, RESHAPED = "KS", "NHO"  # returned as sent; returned with Delmål and Type swapped
THROUGH_LIBREOFFICE = {"Unio": "xlsx", "Spekter": "docx"}  # filled in, then saved by LibreOffice
NEW_MEMBERS = ("Agder fylkeskommune", "Innlandet fylkeskommune")  # reported nothing last year, return the form
_W_T, _W_R, _W_SDT = qn("w:t"), qn("w:r"), qn("w:sdt")
_DOCX_COLUMN = {"C": 1, "D": 2, "E": 3, "F": 4, "G": 5, "H": 6, "I": 7}  # Excel column -> Word cell


def _form_sheet(wb: openpyxl.Workbook):
    return wb[next(n for n in wb.sheetnames if n.startswith("Tiltak "))]


def _header_row(ws) -> int:
    return next(r for r, (tiltak,) in enumerate(ws.iter_rows(min_col=4, max_col=4, values_only=True), 1)
                if tiltak == "Tiltak")


# ------------------------------------------------------------------------------------------------ XLSX
def _xlsx_rows(path: Path) -> tuple[list[tuple[str, str, str, str]], list[str]]:
    """(key, tiltak, delmål, type) of each form row, and the delmål dropdown's choices."""
    wb = openpyxl.load_workbook(path, read_only=True)
    ws = _form_sheet(wb)
    rows = [tuple(str(c or "") for c in (r[0], r[3], r[2], r[4]))
            for r in ws.iter_rows(min_row=_header_row(ws) + 1, values_only=True)]
    choices = [str(r[0]) for r in wb["Lister"].iter_rows(values_only=True) if r[0]]
    wb.close()
    return rows, choices


def _fill_xlsx(source: Path, target: Path, plan: MemberPlan, reshape: bool) -> None:
    wb = openpyxl.load_workbook(source)
    ws = _form_sheet(wb)
    header = _header_row(ws)
    for r, cells in [*enumerate(plan.actions, header + 1), *enumerate(plan.added, ws.max_row + 1)]:
        for column, value in cells.items():
            ws[f"{column}{r}"] = value
    if reshape:  # Delmål (C) and Type (E) change places, headers and all
        for r in range(header, ws.max_row + 1):
            ws[f"C{r}"].value, ws[f"E{r}"].value = ws[f"E{r}"].value, ws[f"C{r}"].value
    wb.save(target)


# ------------------------------------------------------------------------------------------------ DOCX
def _hidden(run) -> bool:
    return run.find(f"{qn('w:rPr')}/{qn('w:vanish')}") is not None


def _texts(cell, hidden: bool) -> str:
    return "".join(t.text or "" for r in cell._tc.iter(_W_R) if _hidden(r) == hidden for t in r.iter(_W_T))


def _docx_table(document):
    return next(t for t in document.tables if t.rows[0].cells[0].text == "Nr")


def _docx_rows(path: Path) -> tuple[list[tuple[str, str, str, str]], list[str]]:
    table = _docx_table(docx.Document(str(path)))
    rows = [(_texts(tr.cells[0], True), *(_texts(tr.cells[i], False) for i in (2, 1, 3))) for tr in table.rows[1:]]
    sdt = next(table.rows[1].cells[1]._tc.iter(_W_SDT))
    choices = [i.get(qn("w:value")) for i in sdt.iter(qn("w:listItem")) if i.get(qn("w:value")) != "(velg)"]
    return rows, choices


def _type_into(cell, value: str) -> None:
    """As Word does: a choice in the cell's dropdown when it has one, else the cell's text replaced."""
    sdt = next(cell._tc.iter(_W_SDT), None)
    if sdt is not None:
        content = sdt.find(qn("w:sdtContent"))
        for child in list(content):
            content.remove(child)
        run = content.makeelement(_W_R, {})
        run.append(content.makeelement(_W_T, {}))
        run[0].text = value
        content.append(run)
        return
    paragraph = cell.paragraphs[0]
    for run in list(paragraph.runs):
        paragraph._p.remove(run._r)
    paragraph.add_run(value)


def _fill_docx(source: Path, target: Path, plan: MemberPlan) -> None:
    document = docx.Document(str(source))
    table = _docx_table(document)
    for tr, cells in zip(table.rows[1:], plan.actions):
        for column, value in cells.items():
            _type_into(tr.cells[_DOCX_COLUMN[column]], value)
    for cells in plan.added:  # as Word adds a row on Tab in the last cell: like the last row, empty
        table._tbl.append(copy.deepcopy(table.rows[-1]._tr))
        row = table.rows[-1]
        for run in list(row.cells[0]._tc.iter(_W_R)):
            run.getparent().remove(run)
        for column, value in cells.items():
            _type_into(row.cells[_DOCX_COLUMN[column]], value)
    document.save(str(target))


# ------------------------------------------------------------------------------------------------ the round
def form_rows(path: Path) -> tuple[list[tuple[str, str, str, str]], list[str]]:
    """(key, tiltak, delmål, type) of each row of a form as sent, and the delmål dropdown's choices."""
    return _xlsx_rows(path) if path.suffix == ".xlsx" else _docx_rows(path)


def fill_form(source: Path, target: Path, plan: MemberPlan, reshape: bool = False) -> None:
    """Type the plan's cells into the form at `source` and save it as `target` (Excel forms may be reshaped)."""
    if source.suffix == ".xlsx":
        _fill_xlsx(source, target, plan, reshape)
    else:
        _fill_docx(source, target, plan)


def through_libreoffice(path: Path, soffice: str) -> None:
    """Open and save the file with LibreOffice in its own format, as a member using LibreOffice would."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out"
        subprocess.run([soffice, "--headless", "--norestore", f"-env:UserInstallation={(Path(tmp) / 'p').as_uri()}",
                        "--convert-to", path.suffix.lstrip("."), "--outdir", str(out), str(path)],
                       check=True, capture_output=True, timeout=180)
        shutil.copyfile(out / path.name, path)


def returning(forms_dir: Path) -> list[tuple[str, Path]]:
    """(member, form path without suffix) of the forms members return: every member with rows from last year,
    and NEW_MEMBERS."""
    found = []
    for path in sorted(forms_dir.glob("*.xlsx")):
        wb = openpyxl.load_workbook(path, read_only=True)
        member = next(p.value for p in wb.custom_doc_props if p.name == "tiltak.medlem")
        wb.close()
        rows, _ = _xlsx_rows(path)
        if member in NEW_MEMBERS or any(key.startswith("forrige:") for key, *_ in rows):
            found.append((member, path.with_suffix("")))
    return found


def fill_round(forms_dir: Path, inbox: Path, soffice: str | None) -> list[Expected]:
    """The returned forms in `inbox` and every row reading them must give; the LibreOffice saves only with `soffice`."""
    inbox.mkdir(parents=True, exist_ok=True)
    expected: list[Expected] = []
    for n, (member, stem) in enumerate(returning(forms_dir), 1):
        how = "unchanged" if member == UNCHANGED else "reshaped" if member == RESHAPED else "filled"
        format = THROUGH_LIBREOFFICE.get(member) or ("docx" if how == "filled" and n % 2 == 0 else "xlsx")
        source = stem.with_suffix(f".{format}")
        target = inbox / f"svar {n:02d} {member.split()[0].lower()}.{format}"  # members name files their own way
        plan = plan_member(member, *form_rows(source), how=how)
        if how == "unchanged":
            shutil.copyfile(source, target)
        else:
            fill_form(source, target, plan, reshape=how == "reshaped")
        if member in THROUGH_LIBREOFFICE and soffice:
            through_libreoffice(target, soffice)
        expected += plan.expected(target.name, exact=how != "reshaped")
    return expected
