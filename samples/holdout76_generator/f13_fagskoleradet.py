"""Fagskolerådet: a Calc spreadsheet saved by LibreOffice with «Registrer endringer» (record changes) still on. The
sheet shows this year's list; the change-tracking part of the file keeps what was changed: a delmål corrected from
2.3 to 2.4, a kind changed, a description rewritten, and a whole row deleted (a fair held in November 2095). The
truth is the sheet as it now stands; the old values live only in table:tracked-changes."""
from __future__ import annotations

import io
import re
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

import openpyxl
from openpyxl.styles import Font

from .common import ARR, FOU, KURS, RAD, row, sheet_rows, zip_entries

FILENAME = "Fagskolerådet – tiltak 2096.ods"
MEMBER = "Fagskolerådet"
FORMAT = ("ODS saved by LibreOffice Calc (run headless with a Basic macro) from an XLSX made with openpyxl, with "
          "change recording switched on before four edits: table:tracked-changes holds three "
          "table:cell-content-change entries with the previous cell values and one row table:deletion with the "
          "deleted cells; change dates and authors, meta dates and zip timestamps fixed afterwards")
SHAPE = ("ordinary Calc list sent with the edits still recorded: title in row 1, a note in row 2, header on row 3 "
         "Tiltak / Beskrivelse / Delmål / Type / Ansvarlig / Samarbeid; delmål as a plain code in a text cell; "
         "kind words (Råd/utvalg, Arrangement, Kurs, Nettverk, FoU); the file's change tracking keeps the previous "
         "values of three cells (a delmål «2.3» now «2.4», a kind «Arrangement» now «Nettverk», a shorter "
         "description) and the whole deleted row «Digital fagskolemesse 2095» (held in November 2095); the FSR seat "
         "«Representasjon i Nasjonalt fagskoleråd»")
NOT_TRUTH = ("the title and the note, the header, the Delmål and Type cells, everything inside the change tracking "
             "(the three previous values and the deleted row 'Digital fagskolemesse 2095', held in November 2095)")
SPLIT_FIELDS = ("samarbeidspartnere",)

HEAD = ["Tiltak", "Beskrivelse", "Delmål", "Type", "Ansvarlig", "Samarbeid"]
# name, beskrivelse, dm, type word, ansvarlig, samarbeid, seed, type
ROWS = [
    ("Representasjon i Nasjonalt fagskoleråd",
     "Fagskolerådet har to av fagskoleplassene i rådet. Rådet ga i 2096 råd om en ny modell for fagskolepoeng.",
     "2.4", "Råd/utvalg", "Fagskolerådets styre", "", "M06", RAD),
    ("Fagskolenes dag i Yrkesfagveka",
     "Fagskolene holdt åpen dag for elever på vg2 og vg3 i Yrkesfagveka, med 2 600 besøkende.", "2.3", "Arrangement",
     "fagskolene", "fylkeskommunene", "J03", ARR),
    ("Batteriskolen – fagskolemodulene",
     "Tre fagskoler utviklet og gjennomførte modulene i batteriteknologi. 140 fagarbeidere fullførte.", "2.4", "Kurs",
     "Fagskolen Innlandet", "NHO, LO", "J04", KURS),
    ("Digital fagskolemesse 2095",
     "Messen ble holdt på nett i november 2095.", "2.3", "Arrangement", "Fagskolerådet", "", "", None),
    ("Bransjenettverk for helsefagskolene",
     "Nettverk for fagskoler som tilbyr helse- og oppvekstfag, med tre samlinger om praksis og samarbeid med "
     "kommunene.", "1.4", "Nettverk", "Fagskolerådet", "KS", None, RAD),
    ("Kandidatundersøkelsen 2096",
     "Undersøkelse blant 4 000 uteksaminerte om overgangen til arbeid. 87 prosent var i relevant arbeid et halvt år "
     "etter eksamen.", "2.2", "FoU", "Fagskolerådet", "NOKUT", None, FOU),
]
# (column, data row index, value before the change) – the value after is the one in ROWS
BEFORE = [(2, 2, "2.3"), (3, 4, "Arrangement"), (1, 5, "Undersøkelse blant uteksaminerte. Tallene kommer.")]
DELETED = 3
TOP = 3                   # header on row 3 (1-based), data from row 4
AUTHOR = "Eirik Sande"
DATES = ["2097-01-12T14:03:21.000000000", "2097-01-12T14:04:02.000000000", "2097-01-12T14:05:47.000000000",
         "2097-01-12T14:06:10.000000000"]


def _source_xlsx() -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Tiltak 2096"
    ws["A1"] = "Fagskolerådet – tiltak i kompetansestrategien 2096"
    ws["A1"].font = Font(name="Liberation Sans", size=13, bold=True)
    ws["A2"] = "Utkast gjennomgått av styreleder 12. januar. Kontakt: Eirik Sande, Fagskolerådet."
    body = [list(r[:6]) for r in ROWS]
    for col, i, old in BEFORE:
        body[i][col] = old
    sheet_rows(ws, TOP, HEAD, body, [36, 60, 9, 13, 22, 22], fill="E2EFDA")
    for r in range(TOP + 1, TOP + 1 + len(body)):
        ws.cell(row=r, column=3).number_format = "@"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _basic(src: Path, dst: Path) -> str:
    lines = ['Sub Main', '  Dim a(0) As New com.sun.star.beans.PropertyValue', '  a(0).Name = "Hidden"',
             '  a(0).Value = True',
             f'  d = StarDesktop.loadComponentFromURL("{src.as_uri()}", "_blank", 0, a())',
             '  d.RecordChanges = True', '  s = d.Sheets.getByIndex(0)']
    for col, i, _old in BEFORE:
        new = ROWS[i][col].replace('"', '""')
        lines.append(f'  s.getCellByPosition({col}, {TOP + i}).setString("{new}")')
    lines += [f'  s.Rows.removeByIndex({TOP + DELETED}, 1)',
              '  Dim f(0) As New com.sun.star.beans.PropertyValue', '  f(0).Name = "FilterName"',
              '  f(0).Value = "calc8"', f'  d.storeToURL("{dst.as_uri()}", f())', '  d.close(True)', 'End Sub']
    body = "\n".join(lines).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD '
            'OfficeDocument 1.0//EN" "module.dtd">\n<script:module xmlns:script="http://openoffice.org/2000/script" '
            f'script:name="Module1" script:language="StarBasic">{body}\n</script:module>\n')


def _calc_with_changes() -> bytes:
    work = Path(tempfile.mkdtemp(prefix="h76_ods_"))
    try:
        prof = work / "profile"
        base = ["soffice", f"-env:UserInstallation={prof.as_uri()}", "--headless", "--norestore"]
        subprocess.run(base + ["--terminate_after_init"], check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, timeout=240)
        src, dst = work / "kilde.xlsx", work / "resultat.ods"
        src.write_bytes(_source_xlsx())
        (prof / "user" / "basic" / "Standard" / "Module1.xba").write_text(_basic(src, dst), encoding="utf-8")
        subprocess.run(base + ["macro:///Standard.Module1.Main"], check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, timeout=240)
        if not dst.exists():
            raise RuntimeError("the Calc macro wrote no ODS")
        return dst.read_bytes()
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _dated(xml: bytes) -> bytes:
    """The change dates in order of appearance, one fixed date each."""
    dates = iter(DATES)
    return re.sub(rb"<dc:date>[^<]*</dc:date>", lambda _m: b"<dc:date>" + next(dates).encode() + b"</dc:date>", xml)


def _fix(data: bytes) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        parts = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    out = []
    for name, d in parts:
        if name == "content.xml":
            d = _dated(d)
            d = re.sub(rb"<dc:creator>[^<]*</dc:creator>", b"<dc:creator>" + AUTHOR.encode() + b"</dc:creator>", d)
        elif name == "meta.xml":
            d = re.sub(rb"(<meta:creation-date>)[^<]*", rb"\g<1>2097-01-12T09:15:00.000000000", d)
            d = re.sub(rb"(<dc:date>)[^<]*", rb"\g<1>2097-01-12T14:06:30.000000000", d)
            d = re.sub(rb"(<meta:editing-duration>)[^<]*", rb"\g<1>PT41M12S", d)
            d = re.sub(rb"<meta:initial-creator>[^<]*</meta:initial-creator>", b"", d)
            d = d.replace(b"<office:meta>", b"<office:meta><meta:initial-creator>" + AUTHOR.encode()
                          + b"</meta:initial-creator><dc:creator>" + AUTHOR.encode() + b"</dc:creator>", 1) \
                if b"<dc:creator>" not in d else d
        out.append((name, d, name != "mimetype"))
    return zip_entries(out, when=(2097, 1, 12, 14, 6, 30))


def build(out) -> list[dict]:
    seen: dict[bytes, int] = {}
    for _ in range(6):
        data = _fix(_calc_with_changes())
        seen[data] = seen.get(data, 0) + 1
        if seen[data] == 2:
            break
    else:
        raise RuntimeError("Calc gave no stable ODS")
    (out / FILENAME).write_bytes(data)
    return [row(FILENAME, MEMBER, n, seed, dm, ty, a, s, b) for n, b, dm, _t, a, s, seed, ty in ROWS if ty]


def content(path) -> str:
    with zipfile.ZipFile(path) as z:
        return z.read("content.xml").decode("utf-8")


def text(path) -> str:
    """The sheet as it stands: the table's cells, the change tracking left out."""
    import html
    xml = re.sub(r"<table:tracked-changes>.*?</table:tracked-changes>", "", content(path), flags=re.S)
    out = []
    for r in re.findall(r"<table:table-row[^>]*>(.*?)</table:table-row>", xml, re.S):
        cells = [re.sub(r"<[^>]+>", "", html.unescape(c)) for c in
                 re.findall(r"<text:p>(.*?)</text:p>", r, re.S)]
        out.append("\t".join(cells))
    return "\n".join(out)
