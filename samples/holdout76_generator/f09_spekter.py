"""Spekter: an extract from Spekter's member portal, written the way Apache POI's streaming workbook (SXSSF) writes
it: every text cell an inline string (t="inlineStr"), an empty shared-strings part, one default style, the sheet's
dimension left at «A1», «Apache POI» as the application. The headers are the portal's field names in snake_case and
the kind is the portal's enum constant (KURS_UTDANNING, RAAD_UTVALG_NETTVERK …). A centre that opens in the autumn of
2097 is told only in words."""
from __future__ import annotations

from .common import ARR, FOU, INFO, KURS, RAD, row, xml_esc, xlsx_all_text, zip_entries

FILENAME = "rapportuttrekk_kpr_2096_spekter.xlsx"
MEMBER = "Spekter"
FORMAT = ("XLSX written as Apache POI's streaming SXSSFWorkbook writes it (hand-written SpreadsheetML): inline-string "
          "cells, an empty sharedStrings part, a default styles part, <dimension ref=\"A1\"/>, docProps/app.xml "
          "«Apache POI», no column widths; fixed zip timestamps")
SHAPE = ("system extract with no title: header on row 1 in snake_case field names tiltak_id / tiltak_navn / "
         "beskrivelse / strategi_delmaal / tiltakstype / ansvarlig_enhet / samarbeidspartnere / status; the kind as "
         "the portal's enum constant (RAAD_UTVALG_NETTVERK, FOU, KURS_UTDANNING, INFORMASJON, ARRANGEMENT); ids "
         "«SPK-2096-001» …; status «GODKJENT» on every row; delmål as a plain code in a text cell; the RSA seat "
         "«Spekters representant i RSA ved Nord universitet»; a centre that opens in the autumn of 2097 told only in "
         "words")
NOT_TRUTH = ("the header, the tiltak_id, strategi_delmaal, tiltakstype and status cells, row SPK-2096-007 "
             "'Simuleringssenter for lærlinger' (opens in the autumn of 2097)")
SPLIT_FIELDS = ("samarbeidspartnere",)

ENUM = {RAD: "RAAD_UTVALG_NETTVERK", FOU: "FOU", KURS: "KURS_UTDANNING", INFO: "INFORMASJON", ARR: "ARRANGEMENT"}
HEAD = ["tiltak_id", "tiltak_navn", "beskrivelse", "strategi_delmaal", "tiltakstype", "ansvarlig_enhet",
        "samarbeidspartnere", "status"]

# name, beskrivelse, dm, kind (None = the planned row), ansvarlig, partnere, seed, type
ROWS = [
    ("Spekters representant i RSA ved Nord universitet",
     "Spekter har en arbeidsgiverplass i rådet for samarbeid med arbeidslivet ved Nord universitet. Rådet arbeidet i "
     "2096 med praksisplasser i sykepleie og helsefag i Nordland.", "1.4", "Helse Nord RHF", "", "M02", RAD),
    ("Sykehusenes del av Læringsklimaundersøkelsen 2096",
     "Spekter sørget for at alle helseforetakene var med. 9 800 ansatte i sykehusene svarte.", "2.2", "Spekter",
     "KS, Akademikerne, NIFU", "J02", FOU),
    ("Digitalt lederprogram for avdelingsledere",
     "Program i fire moduler om ledelse av digital omstilling for 260 avdelingsledere i helseforetakene.", "2.1",
     "Helse Sør-Øst RHF", "Handelshøyskolen BI", None, KURS),
    ("Kampanjen «Bli helsefagarbeider på sykehus»",
     "Kampanje i sosiale medier og på skolene for å rekruttere lærlinger i helsearbeiderfaget til sykehusene.", "2.3",
     "Helse Vest RHF", "fylkeskommunene", None, INFO),
    ("Nettverk for kompetanseansvarlige i helseforetakene",
     "Fire nettverksmøter for de kompetanseansvarlige i de 20 helseforetakene om strategisk kompetanseplanlegging.",
     "2.4", "Spekter", "", None, RAD),
    ("Arbeidslivsdag for helsefagelever",
     "Helseforetakene i Midt-Norge inviterte 400 elever på vg1 helse- og oppvekstfag til en dag på sykehuset.", "1.4",
     "Helse Midt-Norge RHF", "Trøndelag fylkeskommune", None, ARR),
    ("Simuleringssenter for lærlinger",
     "Senteret er vedtatt og åpner i Tromsø høsten 2097.", "2.3", "Helse Nord RHF", "UNN", "", None),
]

NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"


def _col(i: int) -> str:
    return "ABCDEFGH"[i]


def _sheet(values) -> str:
    rows = []
    for r, vals in enumerate(values, 1):
        cells = "".join(f'<c r="{_col(i)}{r}" t="inlineStr"><is><t>{xml_esc(v)}</t></is></c>'
                        for i, v in enumerate(vals) if v != "")
        rows.append(f'<row r="{r}">{cells}</row>')
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<worksheet xmlns="{NS}"><dimension ref="A1"/><sheetViews><sheetView workbookViewId="0" '
            'tabSelected="true"/></sheetViews><sheetFormatPr defaultRowHeight="15.0"/><sheetData>'
            + "".join(rows) +
            '</sheetData><pageMargins bottom="0.75" footer="0.3" header="0.3" left="0.7" right="0.7" top="0.75"/>'
            '</worksheet>')


def build(out) -> list[dict]:
    values = [HEAD]
    for i, (n, b, dm, a, p, _seed, ty) in enumerate(ROWS, 1):
        values.append([f"SPK-2096-{i:03d}", n, b, dm, ENUM.get(ty, "KURS_UTDANNING"), a, p, "GODKJENT"])
    ct = ('<?xml version="1.0" encoding="UTF-8"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/docProps/app.xml" '
          'ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
          '<Override PartName="/docProps/core.xml" '
          'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/xl/sharedStrings.xml" '
          'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
          '<Override PartName="/xl/styles.xml" '
          'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
          '<Override PartName="/xl/workbook.xml" '
          'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" '
          'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<Relationships xmlns="{PKG}">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'extended-properties" Target="docProps/app.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/'
            'core-properties" Target="docProps/core.xml"/>'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="xl/workbook.xml"/></Relationships>')
    app = ('<?xml version="1.0" encoding="UTF-8"?>\n'
           '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>'
           'Apache POI</Application></Properties>')
    core = ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dcterms:created xsi:type="dcterms:W3CDTF">'
            '2097-01-13T07:42:11Z</dcterms:created><dc:creator>Apache POI</dc:creator></cp:coreProperties>')
    sst = f'<?xml version="1.0" encoding="UTF-8"?>\n<sst count="0" uniqueCount="0" xmlns="{NS}"/>'
    styles = ('<?xml version="1.0" encoding="UTF-8"?>\n'
              f'<styleSheet xmlns="{NS}"><numFmts count="0"/><fonts count="1"><font><sz val="11.0"/>'
              '<color indexed="8"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts>'
              '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill '
              'patternType="darkGray"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/>'
              '<diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" '
              'borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" '
              'xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/>'
              '</cellStyles><dxfs count="0"/><tableStyles count="0"/></styleSheet>')
    wb = ('<?xml version="1.0" encoding="UTF-8"?>\n'
          f'<workbook xmlns="{NS}" xmlns:r="{REL}"><workbookPr date1904="false"/><bookViews><workbookView '
          'activeTab="0"/></bookViews><sheets><sheet name="Uttrekk" r:id="rId3" sheetId="1"/></sheets></workbook>')
    wbrels = ('<?xml version="1.0" encoding="UTF-8"?>\n'
              f'<Relationships xmlns="{PKG}">'
              '<Relationship Id="rId1" Target="sharedStrings.xml" Type="http://schemas.openxmlformats.org/'
              'officeDocument/2006/relationships/sharedStrings"/>'
              '<Relationship Id="rId2" Target="styles.xml" Type="http://schemas.openxmlformats.org/officeDocument/'
              '2006/relationships/styles"/>'
              '<Relationship Id="rId3" Target="worksheets/sheet1.xml" Type="http://schemas.openxmlformats.org/'
              'officeDocument/2006/relationships/worksheet"/></Relationships>')
    parts = [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("docProps/app.xml", app),
             ("docProps/core.xml", core), ("xl/sharedStrings.xml", sst), ("xl/styles.xml", styles),
             ("xl/workbook.xml", wb), ("xl/_rels/workbook.xml.rels", wbrels),
             ("xl/worksheets/sheet1.xml", _sheet(values))]
    (out / FILENAME).write_bytes(zip_entries([(n, d, True) for n, d in parts], when=(2097, 1, 13, 8, 42, 10)))
    return [row(FILENAME, MEMBER, n, seed, dm, ty, a, p, b) for n, b, dm, a, p, seed, ty in ROWS if ty]


def text(path) -> str:
    return xlsx_all_text(path)
