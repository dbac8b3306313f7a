"""Kompetanseforbundet: a Gnumeric workbook (.gnumeric: gzip-compressed Gnumeric XML, written as text). Sheet
«Tiltak 2087» holds the list (Tiltak / Beskrivelse / Delmål / Kategori / Ansvarlig / Samarbeidspartnere) with the
delmål stored as numbers (ValueType 40); sheet «Til orientering» holds a course that ended last year."""
from __future__ import annotations

import gzip
import io

from .common import ARR, INFO, KURS, RAD, row, xml_esc

FILENAME = "Kompetanseforbundet rapport 2087.gnumeric"
MEMBER = "Kompetanseforbundet"
FORMAT = ("Gnumeric workbook (.gnumeric: gzip with mtime 0 and no file name around gnm:Workbook XML, Gnumeric "
          "1.12 schema: Version, Attributes, office:document-meta, SheetNameIndex, Sheets with Styles, Cols, Cells "
          "with ValueType 60/40), written as text")
SHAPE = ("two sheets: «Tiltak 2087» with a title cell, header on row 3 Tiltak / Beskrivelse / Delmål / Kategori / "
         "Ansvarlig / Samarbeidspartnere, the delmål stored as numbers (3.4, shown with a decimal comma in a "
         "Norwegian locale), partners separated by « og »; Kompetanseforbundet's kind words (Forum, Opplæring, "
         "Konferanse, Nettressurs); sheet «Til orientering» with a course that ended last year")
NOT_TRUTH = ("the title cell, the header, the Delmål and Kategori cells, the words «og» between partners, the whole "
             "sheet «Til orientering» ('Veiledningskurs for voksenopplæringssentre', ended before the summer last "
             "year)")
SPLIT_FIELDS = ("samarbeidspartnere",)

HEAD = ["Tiltak", "Beskrivelse", "Delmål", "Kategori", "Ansvarlig", "Samarbeidspartnere"]
ROWS = [
    ("Nasjonalt forum for karriereveiledning",
     "Kompetanseforbundet har en plass i forumet for de frivillige og ideelle voksenopplæringsaktørene. Forumet "
     "arbeidet i 2087 med veiledning for voksne med lite formell utdanning.",
     "1.3", "Forum", "Daglig leder", [], "M01", RAD),
    ("Norsk i arbeid – kurs i medlemsorganisasjonene",
     "Medlemsorganisasjonene ga norskopplæring på arbeidsplassen til 700 innvandrere i jobb, i samarbeid med "
     "bedriftene.",
     "3.4", "Opplæring", "Fagavdelingen", ["VOFO", "HK-dir"], "J03", KURS),
    ("Kompetansepluss-kurs for frivillige lag",
     "Kurs i lesing, skriving og digitale ferdigheter for voksne, gitt gjennom frivillige lag med midler fra "
     "Kompetansepluss frivillighet. 38 kurs i Nord-Norge.",
     "3.2", "Opplæring", "Region Nord", ["Frivillighet Norge"], None, KURS),
    ("Voksenopplæringskonferansen 2087",
     "Konferansen i Stavanger samlet 380 deltakere fra voksenopplæringssentre, studieforbund og kommuner.",
     "3.1", "Konferanse", "Sekretariatet", ["HK-dir", "KS"], None, ARR),
    ("Nettressurs om realkompetansevurdering",
     "En nettside med filmer og maler som hjelper voksenopplæringssentre å vurdere realkompetanse. 11 000 besøk.",
     "2.5", "Nettressurs", "Fagavdelingen", ["HK-dir"], None, INFO),
]
ORIENT = [("Veiledningskurs for voksenopplæringssentre",
           "Kurset ble avsluttet før sommeren i fjor og er tatt med her til orientering.", "1.3", "Opplæring",
           "Fagavdelingen", "")]

_NS = ('xmlns:gnm="http://www.gnumeric.org/v10.dtd" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
       'xsi:schemaLocation="http://www.gnumeric.org/v9.xsd"')
_META_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
            'xmlns:ooo="http://openoffice.org/2004/office" office:version="1.2"')
WIDTHS = [180, 320, 48, 80, 90, 150]


def _cell(r, c, v):
    if isinstance(v, float):
        return f'        <gnm:Cell Row="{r}" Col="{c}" ValueType="40">{v:g}</gnm:Cell>'
    return f'        <gnm:Cell Row="{r}" Col="{c}" ValueType="60">{xml_esc(v)}</gnm:Cell>'


def _style(c0, r0, c1, r1, bold=False, wrap=True):
    return (f'        <gnm:StyleRegion startCol="{c0}" startRow="{r0}" endCol="{c1}" endRow="{r1}">\n'
            f'          <gnm:Style HAlign="1" VAlign="1" WrapText="{1 if wrap else 0}" ShrinkToFit="0" '
            'Rotation="0" Shade="0" Indent="0" Locked="1" Hidden="0" Fore="0:0:0" Back="FFFF:FFFF:FFFF" '
            'PatternColor="0:0:0" Format="General">\n'
            f'            <gnm:Font Unit="10" Bold="{1 if bold else 0}" Italic="0" Underline="0" StrikeThrough="0" '
            'Script="0">Sans</gnm:Font>\n'
            '          </gnm:Style>\n'
            '        </gnm:StyleRegion>')


def _sheet(name, table, title, n_rows):
    cells = []
    if title:
        cells.append(_cell(0, 0, title))
    start = 2 if title else 0
    for i, vals in enumerate(table):
        for j, v in enumerate(vals):
            if v == "":
                continue
            cells.append(_cell(start + i, j, v))
    max_row = start + len(table) - 1
    cols = "\n".join(f'        <gnm:ColInfo No="{i}" Unit="{w}" HardSize="1"/>' for i, w in enumerate(WIDTHS))
    styles = "\n".join([_style(0, 0, 255, start - 1 if start else 0, bold=bool(title), wrap=False) if title else "",
                        _style(0, start, 255, start, bold=True),
                        _style(0, start + 1, 255, 65535)]).strip("\n")
    return (f'    <gnm:Sheet DisplayFormulas="0" HideZero="0" HideGrid="0" HideColHeader="0" HideRowHeader="0" '
            'DisplayOutlines="1" OutlineSymbolsBelow="1" OutlineSymbolsRight="1" Visibility="GNM_SHEET_VISIBILITY_'
            'VISIBLE" GridColor="0:0:0">\n'
            f'      <gnm:Name>{xml_esc(name)}</gnm:Name>\n'
            f'      <gnm:MaxCol>{len(WIDTHS) - 1}</gnm:MaxCol>\n'
            f'      <gnm:MaxRow>{max_row}</gnm:MaxRow>\n'
            '      <gnm:Zoom>1</gnm:Zoom>\n'
            '      <gnm:Names/>\n'
            '      <gnm:PrintInformation>\n'
            '        <gnm:Margins><gnm:top Points="93.6" PrefUnit="mm"/><gnm:bottom Points="93.6" PrefUnit="mm"/>'
            '<gnm:left Points="51.02" PrefUnit="mm"/><gnm:right Points="51.02" PrefUnit="mm"/></gnm:Margins>\n'
            '        <gnm:Scale type="percentage" percentage="100"/>\n'
            '        <gnm:vcenter value="0"/><gnm:hcenter value="0"/><gnm:grid value="0"/>\n'
            '        <gnm:even_if_only_styles value="0"/><gnm:monochrome value="0"/><gnm:draft value="0"/>\n'
            '        <gnm:titles value="0"/><gnm:do_not_print value="0"/><gnm:print_range value="GNM_PRINT_ACTIVE_'
            'SHEET"/>\n'
            '        <gnm:order>d_then_r</gnm:order>\n'
            '        <gnm:orientation>landscape</gnm:orientation>\n'
            '        <gnm:Header Left="" Middle="&amp;[TAB]" Right=""/>\n'
            '        <gnm:Footer Left="" Middle="Side &amp;[PAGE]" Right=""/>\n'
            '        <gnm:paper>iso_a4</gnm:paper>\n'
            '      </gnm:PrintInformation>\n'
            f'      <gnm:Styles>\n{styles}\n      </gnm:Styles>\n'
            f'      <gnm:Cols DefaultSizePts="48">\n{cols}\n      </gnm:Cols>\n'
            '      <gnm:Rows DefaultSizePts="12.75"/>\n'
            '      <gnm:Selections CursorCol="0" CursorRow="0">\n'
            '        <gnm:Selection startCol="0" startRow="0" endCol="0" endRow="0"/>\n'
            '      </gnm:Selections>\n'
            '      <gnm:Cells>\n' + "\n".join(cells) + '\n      </gnm:Cells>\n'
            '      <gnm:SheetLayout TopLeft="A1"/>\n'
            '      <gnm:Solver ModelType="0" ProblemType="0" MaxTime="60" MaxIter="1000" NonNeg="1" Discr="0" '
            'AutoScale="0" ProgramR="0" SensitivityR="0"/>\n'
            '    </gnm:Sheet>')


def build(out) -> list[dict]:
    table = [HEAD] + [[n, d, float(dm), k, a, " og ".join(p)] for n, d, dm, k, a, p, _s, _t in ROWS]
    orient = [HEAD] + [[n, d, float(dm), k, a, p] for n, d, dm, k, a, p in ORIENT]
    sheets = [("Tiltak 2087", table, "Kompetanseforbundet – tiltak i 2087 (rapport til Kompetansepolitisk råd)"),
              ("Til orientering", orient, "")]
    names = "\n".join(f'    <gnm:SheetName gnm:Cols="256" gnm:Rows="65536">{xml_esc(n)}</gnm:SheetName>'
                      for n, _t, _ti in sheets)
    doc = ('<?xml version="1.0" encoding="UTF-8"?>\n'
           f'<gnm:Workbook {_NS}>\n'
           '  <gnm:Version Epoch="1" Major="12" Minor="55" Full="1.12.55"/>\n'
           '  <gnm:Attributes>\n'
           '    <gnm:Attribute><gnm:name>WorkbookView::show_horizontal_scrollbar</gnm:name><gnm:value>TRUE'
           '</gnm:value></gnm:Attribute>\n'
           '    <gnm:Attribute><gnm:name>WorkbookView::show_vertical_scrollbar</gnm:name><gnm:value>TRUE'
           '</gnm:value></gnm:Attribute>\n'
           '    <gnm:Attribute><gnm:name>WorkbookView::show_notebook_tabs</gnm:name><gnm:value>TRUE</gnm:value>'
           '</gnm:Attribute>\n'
           '    <gnm:Attribute><gnm:name>WorkbookView::do_auto_completion</gnm:name><gnm:value>TRUE</gnm:value>'
           '</gnm:Attribute>\n'
           '    <gnm:Attribute><gnm:name>WorkbookView::is_protected</gnm:name><gnm:value>FALSE</gnm:value>'
           '</gnm:Attribute>\n'
           '  </gnm:Attributes>\n'
           f'  <office:document-meta {_META_NS}>\n'
           '    <office:meta>\n'
           '      <dc:creator>Kari Hoel Ness</dc:creator>\n'
           '      <meta:creation-date>2088-01-12T08:41:00Z</meta:creation-date>\n'
           '      <dc:date>2088-01-16T10:20:00Z</dc:date>\n'
           '      <meta:generator>gnumeric 1.12.55</meta:generator>\n'
           '    </office:meta>\n'
           '  </office:document-meta>\n'
           '  <gnm:Calculation ManualRecalc="0" EnableIteration="1" MaxIterations="100" IterationTolerance="0.001" '
           'FloatRadix="2" FloatDigits="53"/>\n'
           f'  <gnm:SheetNameIndex>\n{names}\n  </gnm:SheetNameIndex>\n'
           '  <gnm:Geometry Width="1280" Height="720"/>\n'
           '  <gnm:Sheets>\n' + "\n".join(_sheet(n, t, ti, len(t)) for n, t, ti in sheets) + '\n  </gnm:Sheets>\n'
           '  <gnm:UIData SelectedTab="0"/>\n'
           '</gnm:Workbook>\n')
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as g:
        g.write(doc.encode("utf-8"))
    (out / FILENAME).write_bytes(buf.getvalue())
    rows = []
    for name, desc, dm, _kind, ans, partners, seed, ty in ROWS:
        rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, ans, ", ".join(partners), desc))
    return rows


def text(path) -> str:
    """Sheet names and string cells of the Gnumeric XML."""
    from lxml import etree
    root = etree.fromstring(gzip.decompress(path.read_bytes()))
    ns = "{http://www.gnumeric.org/v10.dtd}"
    out = [n.text or "" for n in root.iter(ns + "Name")]
    out += [c.text or "" for c in root.iter(ns + "Cell")]
    return "\n".join(out)
