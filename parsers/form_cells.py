"""The cells of a reporting form's table, from XLSX or DOCX, at the places its provenance says they stand.

Anything not where the form put it (a renamed sheet, moved or renamed columns, merged cells) is
Reshaped: the form is then read as an ordinary report, not guessed at.
"""

from __future__ import annotations

import datetime as dt
import warnings
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from .form_spec import HEADER_ROW, KEY_HEADER, FormProvenance, headers

# python-docx and openpyxl are imported when a form is read: deciding whether a file is a form needs neither.
_W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def qn(tag: str) -> str:
    """The Clark name of a WordprocessingML tag given as 'w:name' (python-docx's qn for the one namespace used)."""
    return _W_NS + tag.removeprefix("w:")


_W_TBL, _W_TR, _W_TC, _W_P, _W_R = qn("w:tbl"), qn("w:tr"), qn("w:tc"), qn("w:p"), qn("w:r")
_W_SDT, _W_SDT_CONTENT = qn("w:sdt"), qn("w:sdtContent")

# (row number in the sheet or table, row key, one text per form column, (header, text) of columns added after them)
FormRow = tuple[int, str, tuple[str, ...], tuple[tuple[str, str], ...]]


class Reshaped(Exception):
    """The form's table is not as the form was made; the message (Norwegian) says what changed."""


@dataclass(frozen=True)
class FormTable:
    index: int  # the sheet's position among the workbook's tabs, or the table's among the document's tables
    rows: tuple[FormRow, ...]


def _same(found: tuple[str, ...], expected: tuple[str, ...]) -> bool:
    return tuple(" ".join(f.split()) for f in found) == expected


def _moved(found: tuple[str, ...], expected: tuple[str, ...]) -> str:
    for n, (f, e) in enumerate(zip(found, expected)):
        if " ".join(f.split()) != e:
            return f"kolonne {n + 1} i overskriftsraden er «{f}», ikke «{e}» (kolonnene er flyttet eller endret)"
    return "overskriftsraden er endret"


# ------------------------------------------------------------------------------------------------ XLSX
def _value(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (dt.datetime, dt.date)):
        return value.isoformat()
    return str(value)


def xlsx_table(path: Path, provenance: FormProvenance) -> FormTable:
    """The rows under the form sheet's header row; columns after the form's keep their header as label."""
    import openpyxl
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.worksheet import Worksheet

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "Data Validation extension is not supported" and the like
            workbook = openpyxl.load_workbook(path, data_only=True)
    except Exception as exc:  # noqa: BLE001 -- openpyxl raises many kinds; the ordinary reader then names the damage
        raise Reshaped("arbeidsboken kan ikke leses som skjema") from exc
    try:
        if provenance.sheet not in workbook.sheetnames:
            names = ", ".join(f"«{n}»" for n in workbook.sheetnames)
            raise Reshaped(f"arket «{provenance.sheet}» finnes ikke (arkene heter {names})")
        ws = workbook[provenance.sheet]
        if not isinstance(ws, Worksheet):
            raise Reshaped(f"«{provenance.sheet}» er ikke et regneark")
        # ws._cells holds only the cells the file defines (see parsers.xlsx).
        cells = {(r, c): t for (r, c), cell in ws._cells.items() if (t := _value(cell.value).strip())}
        index = workbook.sheetnames.index(provenance.sheet) + 1
    finally:
        workbook.close()
    expected = (KEY_HEADER, *headers(provenance.year))
    found = tuple(cells.get((HEADER_ROW, c), "") for c in range(1, len(expected) + 1))
    if not _same(found, expected):
        raise Reshaped(f"i arket «{provenance.sheet}»: {_moved(found, expected)}")
    width = len(expected)
    added = sorted({c for r, c in cells if c > width and r >= HEADER_ROW})
    rows = []
    for r in sorted({r for r, _ in cells if r > HEADER_ROW}):
        extras = tuple((cells.get((HEADER_ROW, c)) or f"kolonne {get_column_letter(c)}", cells[(r, c)])
                       for c in added if (r, c) in cells)
        rows.append((r, cells.get((r, 1), ""), tuple(cells.get((r, c), "") for c in range(2, width + 1)), extras))
    return FormTable(index, tuple(rows))


# ------------------------------------------------------------------------------------------------ DOCX
def _hidden(run: etree._Element) -> bool:
    vanish = run.find(f"{qn('w:rPr')}/{qn('w:vanish')}")
    return vanish is not None and vanish.get(qn("w:val"), "true").lower() not in ("false", "0", "off")


def _run_text(run: etree._Element) -> str:
    out = []
    for node in run.iter(qn("w:t"), qn("w:tab"), qn("w:br"), qn("w:cr")):
        out.append((node.text or "") if node.tag == qn("w:t") else " ")
    return "".join(out)


def _cell_texts(tc: etree._Element) -> tuple[str, str]:
    """(visible text, hidden text) of a cell; paragraphs of the visible text on lines of their own."""
    visible, hidden = [], []
    for p in tc.iter(_W_P):
        runs = list(p.iter(_W_R))
        visible.append("".join(_run_text(r) for r in runs if not _hidden(r)))
        hidden.append("".join(_run_text(r) for r in runs if _hidden(r)))
    return "\n".join(v for v in visible if v.strip()), "".join(hidden)


def _row_cells(tr: etree._Element) -> list[etree._Element]:
    """A row's cells, those inside a row-level content control too."""
    cells = []
    for child in tr:
        if child.tag == _W_TC:
            cells.append(child)
        elif child.tag == _W_SDT:
            content = child.find(_W_SDT_CONTENT)
            cells.extend(content.iterchildren(_W_TC) if content is not None else ())
    return cells


def _merged(tc: etree._Element) -> bool:
    tcpr = tc.find(qn("w:tcPr"))
    return tcpr is not None and (tcpr.find(qn("w:gridSpan")) is not None or tcpr.find(qn("w:vMerge")) is not None)


def docx_table(path: Path, provenance: FormProvenance) -> FormTable:
    """The rows of the document's table headed with the form's columns; the row key is the hidden text of «Nr»."""
    import docx

    try:
        body = docx.Document(str(path)).element.body
    except Exception as exc:  # noqa: BLE001 -- zipfile, lxml and python-docx raise many kinds on damage
        raise Reshaped("dokumentet kan ikke leses som skjema") from exc
    expected = headers(provenance.year)
    first_rows = []
    # Numbered as parsers.docx numbers them: the body's own tables, in order.
    for index, tbl in enumerate(body.iterchildren(_W_TBL), 1):
        trs = list(tbl.iterchildren(_W_TR))
        if not trs:
            continue
        found = tuple(_cell_texts(tc)[0] for tc in _row_cells(trs[0]))
        first_rows.append(found)
        if not _same(found, expected):
            continue
        rows = []
        for number, tr in enumerate(trs[1:], 2):
            tcs = _row_cells(tr)
            if len(tcs) != len(expected) or any(_merged(tc) for tc in tcs):
                raise Reshaped(f"rad {number} i skjemaets tabell har sammenslåtte, flere eller færre celler enn "
                               f"de {len(expected)} kolonnene")
            texts = [_cell_texts(tc) for tc in tcs]
            rows.append((number, texts[0][1].strip(), tuple(v for v, _ in texts), ()))
        return FormTable(index, tuple(rows))
    near = next((f for f in first_rows if len(f) == len(expected)), None)
    why = _moved(near, expected) if near else "ingen tabell har skjemaets kolonner"
    raise Reshaped(f"i skjemaets tabell: {why}" if near else why)
