"""Files in the shapes old and free office programs save them, built in code: a DIF export as Calc writes it, a Gnumeric
1.12 workbook and an AbiWord 3.0 document."""

from __future__ import annotations

import gzip
from html import escape
from typing import Sequence

Cell = str | float | int | bool | None


def dif_bytes(rows: Sequence[Sequence[Cell]], title: str = "Ark1", encoding: str = "cp1252",
              newline: str = "\r\n") -> bytes:
    """A DIF export as LibreOffice Calc on Windows writes it: the sheet's name as title, CRLF, Windows-1252, numbers
    «0,3.4» over «V», truth values as Calc writes them («0,TRUE» over «V»), empty cells as empty strings."""
    width = max(len(r) for r in rows)
    lines = ["TABLE", "0,1", f'"{title}"', "VECTORS", f"0,{width}", '""', "TUPLES", f"0,{len(rows)}", '""', "DATA",
             "0,0", '""']
    for row in rows:
        lines += ["-1,0", "BOT"]
        for value in row:
            if isinstance(value, bool):
                lines += [f"0,{'TRUE' if value else 'FALSE'}", "V"]
            elif isinstance(value, (int, float)):
                lines += [f"0,{value}", "V"]
            else:
                lines += ["1,0", '"' + (value or "").replace('"', '""') + '"']
    lines += ["-1,0", "EOD"]
    return (newline.join(lines) + newline).encode(encoding)


_GNM_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<gnm:Workbook xmlns:gnm="http://www.gnumeric.org/v10.dtd" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
xsi:schemaLocation="http://www.gnumeric.org/v9.xsd">
  <gnm:Version Epoch="1" Major="12" Minor="55" Full="1.12.55"/>
  <gnm:Attributes>
    <gnm:Attribute><gnm:name>WorkbookView::show_horizontal_scrollbar</gnm:name><gnm:value>TRUE</gnm:value></gnm:Attribute>
  </gnm:Attributes>
  <office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.2">
    <office:meta><dc:title>{title}</dc:title><meta:generator>gnumeric</meta:generator></office:meta>
  </office:document-meta>
  <gnm:Calculation ManualRecalc="0" EnableIteration="1" MaxIterations="100" IterationTolerance="0.001" FloatRadix="2" \
FloatDigits="53"/>
  <gnm:SheetNameIndex>
{names}
  </gnm:SheetNameIndex>
  <gnm:Geometry Width="1264" Height="620"/>
  <gnm:Sheets>
{sheets}
  </gnm:Sheets>
  <gnm:UIData SelectedTab="0"/>
</gnm:Workbook>
"""
_GNM_SHEET = """    <gnm:Sheet DisplayFormulas="0" HideZero="0" HideGrid="0" HideColHeader="0" HideRowHeader="0" DisplayOutlines="1" \
OutlineSymbolsBelow="1" OutlineSymbolsRight="1" Visibility="{visibility}" GridColor="0:0:0">
      <gnm:Name>{name}</gnm:Name>
      <gnm:MaxCol>{max_col}</gnm:MaxCol>
      <gnm:MaxRow>{max_row}</gnm:MaxRow>
      <gnm:Zoom>1</gnm:Zoom>
      <gnm:Names><gnm:Name><gnm:name>Print_Area</gnm:name><gnm:value>#REF!</gnm:value><gnm:position>A1</gnm:position></gnm:Name></gnm:Names>
      <gnm:Styles>
        <gnm:StyleRegion startCol="0" startRow="0" endCol="16383" endRow="1048575"><gnm:Style HAlign="1" VAlign="2" \
WrapText="0" ShrinkToFit="0" Rotation="0" Shade="0" Indent="0" Locked="1" Hidden="0" Fore="0:0:0" Back="FFFF:FFFF:FFFF" \
PatternColor="0:0:0" Format="General"><gnm:Font Unit="10" Bold="0" Italic="0" Underline="0" StrikeThrough="0" Script="0">\
Sans</gnm:Font></gnm:Style></gnm:StyleRegion>{styles}
      </gnm:Styles>
      <gnm:Cols DefaultSizePts="48">{cols}</gnm:Cols>
      <gnm:Rows DefaultSizePts="12.75">{rows}</gnm:Rows>
      <gnm:Selections CursorCol="0" CursorRow="0"><gnm:Selection startCol="0" startRow="0" endCol="0" endRow="0"/></gnm:Selections>
      <gnm:Cells>
{cells}
      </gnm:Cells>{merged}
      <gnm:SheetLayout TopLeft="A1"/>
      <gnm:Solver ModelType="0" ProblemType="0" MaxTime="60" MaxIter="1000" NonNeg="1" Discr="0" AutoScale="0" \
ProgramR="0" SensitivityR="0"/>
    </gnm:Sheet>"""


def gnumeric_cell(row: int, col: int, value: Cell, value_format: str = "") -> str:
    """One «gnm:Cell» as Gnumeric 1.12 writes it: text 60, float 40, truth value 20; a formula as «=…» with no value."""
    if isinstance(value, str) and value.startswith("="):
        return f'        <gnm:Cell Row="{row}" Col="{col}">{escape(value, quote=False)}</gnm:Cell>'
    kind, text = ((20, "TRUE" if value else "FALSE") if isinstance(value, bool) else
                  (40, repr(value) if isinstance(value, float) else str(value)) if isinstance(value, (int, float)) else
                  (60, escape(value or "", quote=False)))
    fmt = f' ValueFormat="{value_format}"' if value_format else ""
    return f'        <gnm:Cell Row="{row}" Col="{col}" ValueType="{kind}"{fmt}>{text}</gnm:Cell>'


def gnumeric_sheet(name: str, rows: Sequence[Sequence[Cell]], merged: Sequence[str] = (), hidden: bool = False,
                   hidden_rows: Sequence[int] = (), styles: str = "", extra_cells: Sequence[str] = ()) -> str:
    cells = [gnumeric_cell(r, c, v) for r, row in enumerate(rows) for c, v in enumerate(row) if v not in (None, "")]
    merge = ("\n      <gnm:MergedRegions>" + "".join(f"<gnm:Merge>{m}</gnm:Merge>" for m in merged) +
             "</gnm:MergedRegions>") if merged else ""
    row_infos = "".join(f'<gnm:RowInfo No="{r}" Unit="12.75" Hidden="1"/>' for r in hidden_rows)
    return _GNM_SHEET.format(
        visibility="GNM_SHEET_VISIBILITY_HIDDEN" if hidden else "GNM_SHEET_VISIBILITY_VISIBLE", name=escape(name),
        max_col=max(len(r) for r in rows) - 1, max_row=len(rows) - 1, styles=styles,
        cols='<gnm:ColInfo No="0" Unit="220" CustomWidth="1"/>', rows=row_infos, cells="\n".join([*cells, *extra_cells]),
        merged=merge)


def gnumeric_bytes(sheets: Sequence[tuple[str, str]], title: str = "", compress: bool = True) -> bytes:
    """A Gnumeric 1.12 workbook of (name, «gnm:Sheet» XML) pairs, gzipped as Gnumeric saves it."""
    xml = _GNM_HEAD.format(title=escape(title),
                           names="\n".join(f'    <gnm:SheetName gnm:Cols="16384" gnm:Rows="1048576">{escape(n)}</gnm:SheetName>'
                                           for n, _ in sheets),
                           sheets="\n".join(s for _, s in sheets)).encode("utf-8")
    return gzip.compress(xml) if compress else xml


_ABW = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE abiword PUBLIC "-//ABISOURCE//DTD AWML 1.0 Strict//EN" "http://www.abisource.com/awml.dtd">
<abiword template="false" xmlns:ct="http://www.abisource.com/changetracking.dtd" \
xmlns:fo="http://www.w3.org/1999/XSL/Format" xmlns:math="http://www.w3.org/1998/Math/MathML" xid-max="64" \
xmlns:dc="http://purl.org/dc/elements/1.1/" styles="unlocked" fileformat="1.1" xmlns:svg="http://www.w3.org/2000/svg" \
xmlns:awml="http://www.abisource.com/awml.dtd" xmlns="http://www.abisource.com/awml.dtd" \
xmlns:xlink="http://www.w3.org/1999/xlink" version="3.0.4" xml:space="preserve" \
props="dom-dir:ltr; document-footnote-restart-section:0; document-endnote-type:numeric; document-endnote-place-enddoc:1; \
document-endnote-initial:1; lang:nb-NO; document-endnote-restart-section:0; document-footnote-restart-page:0; \
document-footnote-type:numeric; document-footnote-initial:1; document-endnote-place-endsection:0">
<!-- ======================================================================== -->
<!-- This file is an AbiWord document.                                        -->
<!-- AbiWord is a free, Open Source word processor.                           -->
<!-- More information about AbiWord is available at http://www.abisource.com/ -->
<!-- You should not edit this file by hand.                                   -->
<!-- ======================================================================== -->

<metadata>
<m key="abiword.date_last_changed">Tue Feb 11 09:12:40 2087</m>
<m key="abiword.generator">AbiWord</m>
<m key="dc.creator">Rådgiver</m>
<m key="dc.date">Tue Feb 11 09:02:11 2087</m>
<m key="dc.format">application/x-abiword</m>{title}
</metadata>
<rdf></rdf>
<history version="3" edit-time="1320" last-saved="3901450360" uid="6e1d2c7c-1d3a-11f1-8a55-ca3f8a5d7a41">
<version id="1" started="3901449730" uuid="6e1d2c7c-1d3a-11f1-8a55-ca3f8a5d7a41" auto="0" top-xid="12"/>
</history>
<styles>
<s type="P" name="Heading 1" basedon="Normal" followedby="Normal" props="font-family:Liberation Sans; font-size:17pt; \
font-weight:bold; margin-top:22pt; margin-bottom:3pt; keep-with-next:1"/>
<s type="P" name="Normal" followedby="Current Settings" props="font-family:Liberation Serif; font-size:12pt; lang:nb-NO"/>
<s type="P" name="Bullet List" basedon="Normal" followedby="Current Settings" props="list-style:Bullet List; \
start-value:0; margin-left:0.5in; text-indent:-0.3in; field-font:Symbol"/>
</styles>
<lists>
<l id="1048" parentid="0" type="5" start-value="0" list-delim="%L" list-decimal="NULL"/>
</lists>
<pagesize pagetype="A4" orientation="portrait" width="210.000000" height="297.000000" units="mm" page-scale="1.000000"/>
<ignorewords><iw>VOFO</iw></ignorewords>
<section xid="1" header="2" props="page-margin-footer:0.5in; page-margin-header:0.5in">
{body}
</section>
<section id="2" type="header" xid="40">
<p style="Normal" xid="41"><c props="lang:nb-NO">Rapport til Kompetansepolitisk råd</c></p>
</section>
<data>
<d name="snapshot-png-1" mime-type="image/png" base64="yes">
iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==
</d>
</data>
</abiword>
"""


def abw_paragraph(*runs: str | tuple[str, str], style: str = "Normal", attrs: str = "") -> str:
    """A «p» of runs: plain text, or (props, text) for a «c» run («font-weight:bold»)."""
    inner = "".join(escape(r, quote=False) if isinstance(r, str) else
                    f'<c props="{r[0]}; lang:nb-NO">{escape(r[1], quote=False)}</c>' for r in runs)
    return f'<p style="{style}"{attrs}>{inner}</p>'


def abw_table(rows: Sequence[Sequence[str]], spans: dict[tuple[int, int], tuple[int, int]] | None = None) -> str:
    """A «table» of cells placed by attach props, as AbiWord 3.0 writes it; `spans` widens a cell (row, col) to
    (rows, cols), the cells it covers left out."""
    spans = spans or {}
    covered = {(r + dr, c + dc) for (r, c), (h, w) in spans.items() for dr in range(h) for dc in range(w)} - set(spans)
    width = max(len(r) for r in rows)
    cells = []
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            if (r, c) in covered:
                continue
            h, w = spans.get((r, c), (1, 1))
            cells.append(f'<cell props="bot-attach:{r + h}; left-attach:{c}; right-attach:{c + w}; top-attach:{r}">'
                         f'<p style="Normal"><c props="lang:nb-NO">{escape(text, quote=False)}</c></p></cell>')
    columns = "/".join(["1.06in"] * width)
    return (f'<table props="table-column-props:{columns}/; table-column-leftpos:0in; table-line-thickness:1">'
            + "\n".join(cells) + "</table>")


def abiword_bytes(body: Sequence[str], title: str = "", compress: bool = False) -> bytes:
    """An AbiWord 3.0 document of these block elements; gzipped, it is a «.zabw»."""
    meta = f'\n<m key="dc.title">{escape(title)}</m>' if title else ""
    xml = _ABW.format(title=meta, body="\n".join(body)).encode("utf-8")
    return gzip.compress(xml) if compress else xml
