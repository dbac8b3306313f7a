"""NHO: a pivot table copied into a workbook of its own. The sheet «Pivot» holds a real pivot table (pivot table
definition, pivot cache definition and cache records in the package) in tabular layout, whose cache still points to
the source list in another workbook on the author's disk; the rendered cells show the delmål only on the first row
of its group, «(tom)» for no partner, a «Totalsum» row, and a report filter «Status = Gjennomført» that hides a
postponed summit that is still in the cache. The descriptions stand in a second sheet."""
from __future__ import annotations

import io
import re
import zipfile

from .common import FOU, INFO, KURS, PROSJEKT, RAD, row, xlsx_all_text, xlsx_bytes, xml_esc, zip79

FILENAME = "NHO_KPR_2099_pivot.xlsx"
MEMBER = "NHO"
FORMAT = ("XLSX (openpyxl for the cells) with a pivot table added by hand: xl/pivotTables/pivotTable1.xml (tabular "
          "layout, five row fields, a page field, one data field, no subtotals), xl/pivotCache/pivotCacheDefinition1"
          ".xml whose worksheetSource points through an externalLinkPath relationship to «Tiltaksliste 2099.xlsx» on "
          "the author's disk, and pivotCacheRecords1.xml with six records; zip normalised")
SHAPE = ("pivot table sent as the report: sheet «Pivot» with the report filter «Status | Gjennomført» in row 1 and "
         "the pivot from row 3, header Delmål / Tiltak / Form / Ansvar / Samarbeid / Sum av Deltakere, the delmål "
         "as «2.4 Behov og tilbud» written only on the first row of its group (the next row's delmål cell is blank), "
         "«(tom)» where there is no partner, a «Totalsum» row; sheet «Omtale» with Tiltak / Hva ble gjort; NHO's "
         "kind words (Rådsarbeid, Undersøkelse, Bedriftsbesøk, Pilot, Kurs, Konferanse); the KBU seat «KBU – NHOs "
         "medlem»; a summit postponed to March 2100 that the filter hides in the pivot but that is in the cache "
         "records and told in words on «Omtale»")
NOT_TRUTH = ("the filter line, the pivot header, the delmål labels and Form cells, «(tom)», the numbers in «Sum av "
             "Deltakere» and the «Totalsum» row, the Omtale header, 'Batteritoppmøtet' (postponed to March 2100; "
             "hidden by the filter, in the cache and on «Omtale»), the pivot cache and its link to the source "
             "workbook")
SPLIT_FIELDS = ("samarbeidspartnere",)

FIELDS = ["Delmål", "Tiltak", "Form", "Ansvar", "Samarbeid", "Status", "Deltakere"]
SOURCE = "file:///C:\\Users\\kari.holm\\OneDrive - NHO\\KPR\\Tiltaksliste 2099.xlsx"

# delmål label, name, form, ansvar, samarbeid, status, deltakere, omtale, seed, type
RECORDS = [
    ("1.1 Kompetansebehovsutvalget", "KBU – NHOs medlem", "Rådsarbeid", "NHO Arbeidsliv og kompetanse", "",
     "Gjennomført", 1,
     "NHOs medlem deltok på utvalgets sju møter og i arbeidsgruppen for hovedrapporten, med vekt på behovet for "
     "ingeniører og fagarbeidere i batteri- og havvindindustrien.", "M03", RAD),
    ("2.2 Kunnskap om læring i arbeidslivet", "Læringsbarometeret 2099 – NHO-bedriftene", "Undersøkelse",
     "NHO Analyse", "Virke, KS, Respons Analyse", "Gjennomført", 3100,
     "3 100 medlemsbedrifter svarte på spørsmål om opplæring, læringsformer og kompetansebehov. NHO sto for utvalget "
     "fra industri, bygg og reiseliv, og resultatene ble lagt fram i juni.", "J01", FOU),
    ("2.3 Yrkesfag og karrieremuligheter", "Lærebedrift i reiselivet – bedriftsbesøk", "Bedriftsbesøk",
     "NHO Reiseliv", "fylkeskommunene", "Gjennomført", 140,
     "Rådgivere fra NHO Reiseliv besøkte 140 hoteller og restauranter og informerte om hvordan de kan bli "
     "lærebedrifter i kokk- og servitørfaget.", None, INFO),
    ("2.4 Behov og tilbud", "Kompetansepilot for havbruk", "Pilot", "NHO Sjømat",
     "Fagskulen Vestland, Innovasjon Norge", "Gjennomført", 8,
     "Åtte havbruksbedrifter fikk hjelp til å lage opplæringsplaner og bestille kurs fra fagskolen. Erfaringene "
     "samles i en veileder.", None, PROSJEKT),
    ("2.4 Behov og tilbud", "Kurs i opplæringsplanlegging for små bedrifter", "Kurs", "NHO Geneo",
     "Handelshøyskolen BI", "Gjennomført", 260,
     "Kurs over to dager for daglige ledere i bedrifter med under 20 ansatte om hvordan de kan kartlegge "
     "kompetansebehov og lage en enkel opplæringsplan. 260 deltok.", None, KURS),
    ("2.4 Behov og tilbud", "Batteritoppmøtet", "Konferanse", "NHO Agder", "", "Utsatt", 0,
     "Toppmøtet ble utsatt og holdes i mars 2100.", "", None),
]

NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RNS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
CT = "application/vnd.openxmlformats-officedocument.spreadsheetml."


def _shared(col: int) -> list:
    """The cache's shared items of a text field, in the order they first occur in the source ('' = missing)."""
    seen = []
    for r in RECORDS:
        if r[col] not in seen:
            seen.append(r[col])
    return seen


def _order(items: list) -> list[int]:
    """The pivot field's item order: ascending, the blank last; as indexes into the shared items."""
    return sorted(range(len(items)), key=lambda i: (items[i] == "", items[i]))


def _visible() -> list[tuple]:
    shown = [r for r in RECORDS if r[5] == "Gjennomført"]
    keys = [_shared(c) for c in range(5)]
    orders = [_order(k) for k in keys]
    return sorted(shown, key=lambda r: tuple(orders[c].index(keys[c].index(r[c])) for c in range(5)))


def cache_definition() -> str:
    out = [f'<pivotCacheDefinition xmlns="{NS}" xmlns:r="{RNS}" r:id="rId1" refreshedBy="Kari Holm" '
           f'refreshedDate="73051.43" createdVersion="8" refreshedVersion="8" minRefreshableVersion="3" '
           f'recordCount="{len(RECORDS)}">',
           '<cacheSource type="worksheet"><worksheetSource ref="A1:G7" sheet="Tiltak 2099" r:id="rId2"/>'
           '</cacheSource>', f'<cacheFields count="{len(FIELDS)}">']
    for c, name in enumerate(FIELDS):
        if name == "Deltakere":
            vals = [r[6] for r in RECORDS]
            out.append(f'<cacheField name="{name}" numFmtId="0"><sharedItems containsSemiMixedTypes="0" '
                       f'containsString="0" containsNumber="1" containsInteger="1" minValue="{min(vals)}" '
                       f'maxValue="{max(vals)}"/></cacheField>')
            continue
        items = _shared(c)
        blank = ' containsBlank="1"' if "" in items else ""
        body = "".join("<m/>" if s == "" else f'<s v="{xml_esc(s)}"/>' for s in items)
        out.append(f'<cacheField name="{xml_esc(name)}" numFmtId="0"><sharedItems{blank} count="{len(items)}">'
                   f'{body}</sharedItems></cacheField>')
    out.append("</cacheFields></pivotCacheDefinition>")
    return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' + "".join(out)


def cache_records() -> str:
    keys = [_shared(c) for c in range(6)]
    recs = []
    for r in RECORDS:
        recs.append("<r>" + "".join(f'<x v="{keys[c].index(r[c])}"/>' for c in range(6)) + f'<n v="{r[6]}"/></r>')
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
            f'<pivotCacheRecords xmlns="{NS}" xmlns:r="{RNS}" count="{len(RECORDS)}">' + "".join(recs)
            + "</pivotCacheRecords>")


def table_definition() -> str:
    keys = [_shared(c) for c in range(6)]
    orders = [_order(k) for k in keys]
    vis = _visible()
    first, last = 4, 4 + len(vis)               # data rows 4.., the grand total on the last row
    fields = []
    for c in range(5):
        items = "".join(f'<item x="{i}"/>' for i in orders[c])
        fields.append(f'<pivotField axis="axisRow" compact="0" outline="0" showAll="0" defaultSubtotal="0">'
                      f'<items count="{len(orders[c])}">{items}</items></pivotField>')
    items = "".join(f'<item x="{i}"/>' for i in orders[5])
    fields.append(f'<pivotField axis="axisPage" compact="0" outline="0" showAll="0" defaultSubtotal="0">'
                  f'<items count="{len(orders[5])}">{items}</items></pivotField>')
    fields.append('<pivotField dataField="1" compact="0" outline="0" showAll="0" defaultSubtotal="0"/>')
    row_items, prev = [], None
    for rec in vis:
        pos = [orders[c].index(keys[c].index(rec[c])) for c in range(5)]
        same = 0
        if prev:
            while same < 5 and pos[same] == prev[same]:
                same += 1
        xs = "".join("<x/>" if v == 0 else f'<x v="{v}"/>' for v in pos[same:])
        row_items.append(f'<i r="{same}">{xs}</i>' if same else f"<i>{xs}</i>")
        prev = pos
    row_items.append('<i t="grand"><x/></i>')
    page_item = orders[5].index(keys[5].index("Gjennomført"))
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
            f'<pivotTableDefinition xmlns="{NS}" name="Pivottabell1" cacheId="1" applyNumberFormats="0" '
            'applyBorderFormats="0" applyFontFormats="0" applyPatternFormats="0" applyAlignmentFormats="0" '
            'applyWidthHeightFormats="1" dataCaption="Verdier" grandTotalCaption="Totalsum" updatedVersion="8" '
            'minRefreshableVersion="3" useAutoFormatting="1" itemPrintTitles="1" createdVersion="8" indent="0" '
            'compact="0" compactData="0" gridDropZones="1" multipleFieldFilters="0">'
            f'<location ref="A3:F{last}" firstHeaderRow="1" firstDataRow="1" firstDataCol="5" rowPageCount="1" '
            'colPageCount="1"/>'
            f'<pivotFields count="{len(fields)}">' + "".join(fields) + "</pivotFields>"
            '<rowFields count="5"><field x="0"/><field x="1"/><field x="2"/><field x="3"/><field x="4"/></rowFields>'
            f'<rowItems count="{len(row_items)}">' + "".join(row_items) + "</rowItems>"
            '<colItems count="1"><i/></colItems>'
            f'<pageFields count="1"><pageField fld="5" item="{page_item}" hier="-1"/></pageFields>'
            '<dataFields count="1"><dataField name="Sum av Deltakere" fld="6" baseField="0" baseItem="0"/>'
            '</dataFields><pivotTableStyleInfo name="PivotStyleLight16" showRowHeaders="1" showColHeaders="1" '
            'showRowStripes="0" showColStripes="0" showLastColumn="1"/></pivotTableDefinition>'), first


def _workbook():
    import openpyxl
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Pivot"
    thin = Side(style="thin", color="8EA9DB")
    bold = Font(name="Calibri", size=11, bold=True)
    ws["A1"], ws["B1"] = "Status", "Gjennomført"
    ws["A1"].font = bold
    head = ["Delmål", "Tiltak", "Form", "Ansvar", "Samarbeid", "Sum av Deltakere"]
    for i, h in enumerate(head, 1):
        c = ws.cell(row=3, column=i, value=h)
        c.font = bold
        c.fill = PatternFill("solid", fgColor="DDEBF7")
        c.border = Border(bottom=thin, top=thin)
    r, prev = 3, None
    for rec in _visible():
        r += 1
        vals = [rec[0] if rec[0] != prev else None, rec[1], rec[2], rec[3], rec[4] or "(tom)", rec[6]]
        prev = rec[0]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = Alignment(vertical="top")
    r += 1
    ws.cell(row=r, column=1, value="Totalsum").font = bold
    c = ws.cell(row=r, column=6, value=sum(x[6] for x in _visible()))
    c.font = bold
    for i in range(1, 7):
        ws.cell(row=r, column=i).border = Border(top=thin, bottom=Side(style="double", color="8EA9DB"))
    for col, w in zip("ABCDEF", [36, 46, 15, 30, 36, 17]):
        ws.column_dimensions[col].width = w
    om = wb.create_sheet("Omtale")
    om["A1"] = "NHO – tiltak i 2099: hva ble gjort"
    om["A1"].font = Font(name="Calibri", size=13, bold=True)
    for i, h in enumerate(["Tiltak", "Hva ble gjort"], 1):
        om.cell(row=3, column=i, value=h).font = bold
    for k, rec in enumerate(RECORDS, 4):
        om.cell(row=k, column=1, value=rec[1]).alignment = Alignment(vertical="top", wrap_text=True)
        om.cell(row=k, column=2, value=rec[7]).alignment = Alignment(vertical="top", wrap_text=True)
    om.column_dimensions["A"].width = 44
    om.column_dimensions["B"].width = 90
    return wb


def _rels(items) -> str:
    body = "".join(f'<Relationship Id="{i}" Type="{t}" Target="{xml_esc(g)}"'
                   + (' TargetMode="External"' if ext else "") + "/>" for i, t, g, ext in items)
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
            f'<Relationships xmlns="{PKG_REL}">{body}</Relationships>')


def add_pivot(package: bytes) -> bytes:
    with zipfile.ZipFile(io.BytesIO(package)) as z:
        parts = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    table, _first = table_definition()
    out = []
    for name, data in parts:
        if name == "[Content_Types].xml":
            data = data.replace(b"</Types>", (
                f'<Override PartName="/xl/pivotTables/pivotTable1.xml" ContentType="{CT}pivotTable+xml"/>'
                f'<Override PartName="/xl/pivotCache/pivotCacheDefinition1.xml" '
                f'ContentType="{CT}pivotCacheDefinition+xml"/>'
                f'<Override PartName="/xl/pivotCache/pivotCacheRecords1.xml" '
                f'ContentType="{CT}pivotCacheRecords+xml"/></Types>').encode())
        elif name == "xl/workbook.xml":
            data = re.sub(rb"(<calcPr[^>]*/>)", rb'\1<pivotCaches xmlns:r="' + RNS.encode()
                          + rb'"><pivotCache cacheId="1" r:id="rId90"/></pivotCaches>', data)
            assert b"pivotCaches" in data
        elif name == "xl/_rels/workbook.xml.rels":
            data = data.replace(b"</Relationships>", (
                f'<Relationship Id="rId90" Type="{REL}pivotCacheDefinition" '
                'Target="pivotCache/pivotCacheDefinition1.xml"/></Relationships>').encode())
        out.append((name, data))
    names = {n for n, _ in out}
    assert "xl/worksheets/_rels/sheet1.xml.rels" not in names
    out += [
        ("xl/worksheets/_rels/sheet1.xml.rels",
         _rels([("rId1", REL + "pivotTable", "../pivotTables/pivotTable1.xml", False)]).encode()),
        ("xl/pivotTables/pivotTable1.xml", table.encode()),
        ("xl/pivotTables/_rels/pivotTable1.xml.rels",
         _rels([("rId1", REL + "pivotCacheDefinition", "../pivotCache/pivotCacheDefinition1.xml", False)]).encode()),
        ("xl/pivotCache/pivotCacheDefinition1.xml", cache_definition().encode()),
        ("xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels",
         _rels([("rId1", REL + "pivotCacheRecords", "pivotCacheRecords1.xml", False),
                ("rId2", REL + "externalLinkPath", SOURCE, True)]).encode()),
        ("xl/pivotCache/pivotCacheRecords1.xml", cache_records().encode()),
    ]
    return zip79([(n, d, True) for n, d in out])


def build(out) -> list[dict]:
    data = add_pivot(xlsx_bytes(_workbook(), "Kari Holm"))
    (out / FILENAME).write_bytes(data)
    return [row(FILENAME, MEMBER, r[1], r[8], r[0].split()[0], r[9], r[3], r[4], r[7]) for r in RECORDS if r[9]]


def text(path) -> str:
    return xlsx_all_text(path)
