"""Nordland fylkeskommune: a Visio drawing (VSDX) laid out as a cross-functional chart: one horizontal lane per unit
of the county, each measure a box in the lane of the unit that is responsible for it. The box shows only the name;
the delmål, the kind (a fixed list with the secretariat's six words), the partners and the description are the box's
Shape Data (visio Property section), as the legend on the page says. An offer that starts in August 2097 is told only
in words (a dashed box)."""
from __future__ import annotations

import re

from .common import INFO, KURS, RAD, row, xml_esc, zip_entries

FILENAME = "Nordland fylkeskommune – kompetansetiltak 2096.vsdx"
MEMBER = "Nordland fylkeskommune"
FORMAT = ("VSDX (Visio 2013+ drawing, hand-written OPC package: visio/document.xml with a style sheet and face names, "
          "visio/pages/pages.xml with an A3-landscape page sheet, visio/pages/page1.xml with the shapes, docProps "
          "with «Microsoft Visio»); fixed zip timestamps")
SHAPE = ("cross-functional chart on one A3 page: a title box, three horizontal lanes whose label is the county's unit "
         "(Karriere Nordland / Avdeling for utdanning og kompetanse / Avdeling for næring og samfunnsutvikling), one "
         "box per measure inside the lane of the responsible unit showing only the name; the box's Shape Data rows "
         "Delmål / Tiltakstype (a fixed list of the secretariat's six words) / Samarbeidspartnere / Beskrivelse hold "
         "the rest, which a legend box explains («Klikk på en boks og åpne Formdata …»); the responsible unit only "
         "from the lane the box stands in; the NFK seat «Nasjonalt forum for karriereveiledning – fylkeskommunenes "
         "plass»; the county's own bus route named like the joint bus tour, in the same lane as its row for the joint "
         "tour; a dashed box for an offer that starts in August 2097, told only in words in its data")
NOT_TRUTH = ("the title box, the lane labels as such, the legend box, the Shape Data labels and the Delmål and "
             "Tiltakstype values, the dashed box 'Voksenopplæring på Vega' (starts in August 2097)")
SPLIT_FIELDS = ("samarbeidspartnere",)

LANES = ["Karriere Nordland", "Avdeling for utdanning og kompetanse", "Avdeling for næring og samfunnsutvikling"]
TYPES6 = "FoU;Kurs/utdanning;Råd/utvalg/nettverk;Prosjekt;Informasjon;Arrangement"

# lane, name, dm, type, partnere, beskrivelse, seed, truth type (None = not this year)
ROWS = [
    (0, "Nasjonalt forum for karriereveiledning – fylkeskommunenes plass", "1.3", "Råd/utvalg/nettverk", "",
     "Karriere Nordland har fylkeskommunenes plass i forumet for perioden 2095–2097. Forumet arbeidet i 2096 med "
     "kvalitetsrammeverket for karriereveiledning.", "M01", RAD),
    (0, "Veiledning for permitterte i fiskeindustrien", "1.3", "Informasjon", "NAV Nordland",
     "Veiledere fra Karriere Nordland var på ni fiskebruk i Lofoten og Vesterålen og ga veiledning til 320 "
     "permitterte.", None, INFO),
    (1, "Fagbrevbussen i Nordland", "3.1", "Informasjon", "HK-dir, NHO Nordland",
     "Fylkeskommunen tok imot bussen på sju arbeidsplasser i mai og satte opp vurdering av realkompetanse for 85 "
     "ansatte.", "J01", INFO),
    (1, "Fagbrevbussen Lofoten – fylkets egen rute", "3.1", "Informasjon", "Lofotrådet",
     "Fylkeskommunen leide en egen buss i september og besøkte fiskebruk og reiselivsbedrifter i Lofoten. Ruten er "
     "fylkeskommunens egen og er ikke en del av den nasjonale Fagbrevbussen.", None, INFO),
    (1, "Fagskoletilbud i havbruk på Helgeland", "1.4", "Kurs/utdanning", "Fagskolen i Nordland, havbruksnæringen",
     "Ny deltidsutdanning i havbruksteknologi ved Fagskolen i Nordland, med samlinger i Mosjøen. 32 studenter startet "
     "i august.", None, KURS),
    (1, "Voksenopplæring på Vega", "3.1", "Kurs/utdanning", "Vega kommune",
     "Tilbudet er vedtatt og starter i august 2097.", "", None),
    (2, "Kompetanseforum Nordland", "1.2", "Råd/utvalg/nettverk", "LO, NHO, KS, NAV, Nord universitet",
     "Fylkeskommunen leder forumet der partene, NAV, Nord universitet og kommunene samordner kompetansearbeidet. Fire "
     "møter i 2096.", None, RAD),
]

NS = ('xmlns="http://schemas.microsoft.com/office/visio/2012/main" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')
PAGE_W, PAGE_H = 16.53543307086614, 11.69291338582677
LANE_TOP, LANE_H, LANE_X, LANE_W = 9.9, 2.75, 0.5, 15.5


def _props(rows) -> str:
    out = []
    for key, label, value, fmt in rows:
        kind = "1" if fmt else "0"
        out.append(f'<Row N="{key}"><Cell N="Value" V="{xml_esc(value)}" U="STR"/><Cell N="Prompt" V=""/>'
                   f'<Cell N="Label" V="{xml_esc(label)}"/><Cell N="Format" V="{xml_esc(fmt)}"/>'
                   f'<Cell N="SortKey" V=""/><Cell N="Type" V="{kind}"/><Cell N="Invisible" V="0"/>'
                   '<Cell N="Verify" V="0"/><Cell N="DataLinked" V="0"/><Cell N="LangID" V="nb-NO"/>'
                   '<Cell N="Calendar" V="0"/></Row>')
    return f'<Section N="Property">{"".join(out)}</Section>' if out else ""


def _box(sid, name_u, x, y, w, h, text, fill, line="#1F4E79", size=0.1111111111111111, bold=False, dashed=False,
         props="", align_left=False) -> str:
    geo = ('<Section N="Geometry" IX="0"><Cell N="NoFill" V="0"/><Cell N="NoLine" V="0"/><Cell N="NoShow" V="0"/>'
           '<Row T="RelMoveTo" IX="1"><Cell N="X" V="0"/><Cell N="Y" V="0"/></Row>'
           '<Row T="RelLineTo" IX="2"><Cell N="X" V="1"/><Cell N="Y" V="0"/></Row>'
           '<Row T="RelLineTo" IX="3"><Cell N="X" V="1"/><Cell N="Y" V="1"/></Row>'
           '<Row T="RelLineTo" IX="4"><Cell N="X" V="0"/><Cell N="Y" V="1"/></Row>'
           '<Row T="RelLineTo" IX="5"><Cell N="X" V="0"/><Cell N="Y" V="0"/></Row></Section>')
    char = (f'<Section N="Character"><Row IX="0"><Cell N="Font" V="1"/><Cell N="Color" V="#000000"/>'
            f'<Cell N="Size" V="{size}" U="PT"/><Cell N="Style" V="{1 if bold else 0}"/></Row></Section>')
    para = ('<Section N="Paragraph"><Row IX="0"><Cell N="HorzAlign" V="0"/></Row></Section>' if align_left else "")
    return (f'<Shape ID="{sid}" NameU="{name_u}" Name="{name_u}" Type="Shape" LineStyle="0" FillStyle="0" '
            f'TextStyle="0"><Cell N="PinX" V="{x + w / 2}"/><Cell N="PinY" V="{y - h / 2}"/><Cell N="Width" V="{w}"/>'
            f'<Cell N="Height" V="{h}"/><Cell N="LocPinX" V="{w / 2}" F="Width*0.5"/>'
            f'<Cell N="LocPinY" V="{h / 2}" F="Height*0.5"/><Cell N="Angle" V="0"/><Cell N="FlipX" V="0"/>'
            f'<Cell N="FlipY" V="0"/><Cell N="FillForegnd" V="{fill}"/><Cell N="LineColor" V="{line}"/>'
            f'<Cell N="LineWeight" V="0.01388888888888889" U="PT"/><Cell N="LinePattern" V="{2 if dashed else 1}"/>'
            f'<Cell N="VerticalAlign" V="1"/><Cell N="LeftMargin" V="0.05555555555555555" U="PT"/>'
            f'<Cell N="RightMargin" V="0.05555555555555555" U="PT"/>{char}{para}{props}{geo}'
            f'<Text>{xml_esc(text)}</Text></Shape>')


def _page() -> str:
    shapes = []
    sid = 1
    shapes.append(_box(sid, "Tittel", 0.5, 11.3, 15.5, 0.8,
                       "Kompetansetiltak i Nordland fylkeskommune 2096 – rapport til Kompetansepolitisk råd",
                       "#FFFFFF", line="#FFFFFF", size=0.25, bold=True, align_left=True))
    for i, lane in enumerate(LANES):
        sid += 1
        top = LANE_TOP - i * LANE_H
        shapes.append(_box(sid, f"Svømmebane.{sid}", LANE_X, top, LANE_W, LANE_H, "", "#F2F2F2", line="#7F7F7F"))
        sid += 1
        shapes.append(_box(sid, f"Banetittel.{sid}", LANE_X, top, 2.6, LANE_H, lane, "#D6DCE4", line="#7F7F7F",
                           size=0.1388888888888889, bold=True))
    slots = {0: 0, 1: 0, 2: 0}
    for lane, name, dm, typ, partners, desc, _seed, ty in ROWS:
        sid += 1
        k = slots[lane]
        slots[lane] += 1
        x = LANE_X + 3.0 + k * 3.15
        y = LANE_TOP - lane * LANE_H - 0.55
        props = _props([("Delmaal", "Delmål", dm, ""), ("Tiltakstype", "Tiltakstype", typ, TYPES6),
                        ("Samarbeidspartnere", "Samarbeidspartnere", partners, ""),
                        ("Beskrivelse", "Beskrivelse", desc, "")])
        shapes.append(_box(sid, f"Prosess.{sid}", x, y, 2.85, 1.6, name, "#FFFFFF" if ty is None else "#DDEBF7",
                           size=0.125, dashed=ty is None, props=props))
    sid += 1
    shapes.append(_box(sid, "Tegnforklaring", 0.5, 1.5, 7.5, 0.9,
                       "Tegnforklaring: Hver boks er et tiltak og står i banen til enheten som har ansvaret. Klikk på "
                       "en boks og åpne Formdata (Shape Data) for å se delmål, tiltakstype, samarbeidspartnere og "
                       "beskrivelse. Stiplet boks = ikke gjennomført i 2096.", "#FFF2CC", line="#BF9000",
                       size=0.09722222222222222, align_left=True))
    return ('<?xml version="1.0" encoding="utf-8" standalone="yes"?>\n'
            f'<PageContents {NS} xml:space="preserve"><Shapes>{"".join(shapes)}</Shapes></PageContents>')


def build(out) -> list[dict]:
    ct = ('<?xml version="1.0" encoding="utf-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/visio/document.xml" ContentType="application/vnd.ms-visio.drawing.main+xml"/>'
          '<Override PartName="/visio/pages/pages.xml" ContentType="application/vnd.ms-visio.pages+xml"/>'
          '<Override PartName="/visio/pages/page1.xml" ContentType="application/vnd.ms-visio.page+xml"/>'
          '<Override PartName="/visio/windows.xml" ContentType="application/vnd.ms-visio.windows+xml"/>'
          '<Override PartName="/docProps/core.xml" '
          'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" '
          'ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="utf-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'extended-properties" Target="docProps/app.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/'
            'core-properties" Target="docProps/core.xml"/>'
            '<Relationship Id="rId1" Type="http://schemas.microsoft.com/visio/2010/relationships/document" '
            'Target="visio/document.xml"/></Relationships>')
    docrels = ('<?xml version="1.0" encoding="utf-8" standalone="yes"?>\n'
               '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
               '<Relationship Id="rId2" Type="http://schemas.microsoft.com/visio/2010/relationships/windows" '
               'Target="windows.xml"/>'
               '<Relationship Id="rId1" Type="http://schemas.microsoft.com/visio/2010/relationships/pages" '
               'Target="pages/pages.xml"/></Relationships>')
    doc = ('<?xml version="1.0" encoding="utf-8" standalone="yes"?>\n'
           f'<VisioDocument {NS} xml:space="preserve"><DocumentSettings TopPage="0" DefaultTextStyle="0" '
           'DefaultLineStyle="0" DefaultFillStyle="0" DefaultGuideStyle="0"><GlueSettings>9</GlueSettings>'
           '<SnapSettings>65847</SnapSettings><SnapExtensions>34</SnapExtensions><DynamicGridEnabled>1'
           '</DynamicGridEnabled><ProtectStyles>0</ProtectStyles><ProtectShapes>0</ProtectShapes><ProtectMasters>0'
           '</ProtectMasters><ProtectBkgnds>0</ProtectBkgnds></DocumentSettings><Colors><ColorEntry IX="24" '
           'RGB="#000000"/><ColorEntry IX="25" RGB="#FFFFFF"/></Colors><FaceNames><FaceName NameU="Calibri" '
           'UnicodeRanges="-536859905 -1073732485 9 0" CharSets="536871423 0" Panos="2 15 5 2 2 2 4 3 2 4" '
           'Flags="325"/></FaceNames><StyleSheets><StyleSheet ID="0" NameU="No Style" IsCustomNameU="1" '
           'Name="Ingen stil" IsCustomName="1"><Cell N="EnableLineProps" V="1"/><Cell N="EnableFillProps" V="1"/>'
           '<Cell N="EnableTextProps" V="1"/><Cell N="HideForApply" V="0"/><Cell N="LineWeight" '
           'V="0.01041666666666667"/><Cell N="LineColor" V="0"/><Cell N="LinePattern" V="1"/><Cell N="FillForegnd" '
           'V="1"/><Cell N="FillPattern" V="1"/><Cell N="CharFont" V="1"/><Cell N="CharSize" '
           'V="0.1666666666666667"/><Cell N="LeftMargin" V="0"/><Cell N="RightMargin" V="0"/><Cell N="TopMargin" '
           'V="0"/><Cell N="BottomMargin" V="0"/><Cell N="VerticalAlign" V="1"/></StyleSheet></StyleSheets>'
           '<DocumentSheet NameU="TheDoc" IsCustomNameU="1" Name="TheDoc" IsCustomName="1" LineStyle="0" '
           'FillStyle="0" TextStyle="0"><Cell N="OutputFormat" V="0"/><Cell N="LockPreview" V="0"/>'
           '<Cell N="AddMarkup" V="0"/><Cell N="ViewMarkup" V="0"/><Cell N="DocLangID" V="1044"/></DocumentSheet>'
           '</VisioDocument>')
    pages = ('<?xml version="1.0" encoding="utf-8" standalone="yes"?>\n'
             f'<Pages {NS} xml:space="preserve"><Page ID="0" NameU="Page-1" IsCustomNameU="1" Name="Tiltak 2096" '
             'IsCustomName="1" ViewScale="0.6" ViewCenterX="8.27" ViewCenterY="5.85"><PageSheet LineStyle="0" '
             f'FillStyle="0" TextStyle="0"><Cell N="PageWidth" V="{PAGE_W}"/><Cell N="PageHeight" V="{PAGE_H}"/>'
             '<Cell N="ShdwOffsetX" V="0.1181102362204724"/><Cell N="ShdwOffsetY" V="-0.1181102362204724"/>'
             '<Cell N="PageScale" V="0.03937007874015748" U="MM"/><Cell N="DrawingScale" V="0.03937007874015748" '
             'U="MM"/><Cell N="DrawingSizeType" V="3"/><Cell N="DrawingScaleType" V="0"/><Cell N="InhibitSnap" '
             'V="0"/><Cell N="PageLockReplace" V="0" U="BOOL"/><Cell N="PageLockDuplicate" V="0" U="BOOL"/>'
             '<Cell N="UIVisibility" V="0"/><Cell N="PrintPageOrientation" V="2"/><Cell N="PaperKind" V="8"/>'
             '</PageSheet><Rel r:id="rId1"/></Page></Pages>')
    pagesrels = ('<?xml version="1.0" encoding="utf-8" standalone="yes"?>\n'
                 '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 '<Relationship Id="rId1" Type="http://schemas.microsoft.com/visio/2010/relationships/page" '
                 'Target="page1.xml"/></Relationships>')
    windows = ('<?xml version="1.0" encoding="utf-8" standalone="yes"?>\n'
               '<Windows ClientWidth="1920" ClientHeight="947" '
               'xmlns="http://schemas.microsoft.com/office/visio/2012/main" '
               'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xml:space="preserve">'
               '<Window ID="0" WindowType="Drawing" WindowState="1073741824" WindowLeft="-8" WindowTop="-31" '
               'WindowWidth="1936" WindowHeight="986" ContainerType="Page" Page="0" ViewScale="0.6" '
               'ViewCenterX="8.27" ViewCenterY="5.85"><ShowRulers>1</ShowRulers><ShowGrid>1</ShowGrid>'
               '<ShowPageBreaks>0</ShowPageBreaks><ShowGuides>1</ShowGuides><ShowConnectionPoints>1'
               '</ShowConnectionPoints><GlueSettings>9</GlueSettings><SnapSettings>65847</SnapSettings>'
               '<SnapExtensions>34</SnapExtensions><SnapAngles/><DynamicGridEnabled>1</DynamicGridEnabled>'
               '<TabSplitterPos>0.5</TabSplitterPos></Window><Window ID="1" WindowType="Anchor" '
               'WindowState="1073741824" Document="1" ContainerType="Page" Page="0" '
               'ViewScale="1"><DockedWindowName>Formdata</DockedWindowName></Window></Windows>')
    core = ('<?xml version="1.0" encoding="utf-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>Kompetansetiltak 2096</dc:title><dc:creator>Siri Mathisen</dc:creator>'
            '<cp:lastModifiedBy>Siri Mathisen</cp:lastModifiedBy><dcterms:created xsi:type="dcterms:W3CDTF">'
            '2097-01-08T12:14:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2097-01-14T14:02:00Z'
            '</dcterms:modified><dc:language>nb-NO</dc:language></cp:coreProperties>')
    app = ('<?xml version="1.0" encoding="utf-8" standalone="yes"?>\n'
           '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
           'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Template></Template>'
           '<Application>Microsoft Visio</Application><ScaleCrop>false</ScaleCrop><HeadingPairs><vt:vector size="2" '
           'baseType="variant"><vt:variant><vt:lpstr>Sider</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4>'
           '</vt:variant></vt:vector></HeadingPairs><TitlesOfParts><vt:vector size="1" baseType="lpstr"><vt:lpstr>'
           'Tiltak 2096</vt:lpstr></vt:vector></TitlesOfParts><Company>Nordland fylkeskommune</Company>'
           '<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false'
           '</HyperlinksChanged><AppVersion>16.0000</AppVersion></Properties>')
    parts = [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("docProps/app.xml", app),
             ("docProps/core.xml", core), ("visio/document.xml", doc), ("visio/_rels/document.xml.rels", docrels),
             ("visio/pages/pages.xml", pages), ("visio/pages/_rels/pages.xml.rels", pagesrels),
             ("visio/pages/page1.xml", _page()), ("visio/windows.xml", windows)]
    (out / FILENAME).write_bytes(zip_entries([(n, d, True) for n, d in parts], when=(2097, 1, 14, 14, 2, 0)))
    return [row(FILENAME, MEMBER, n, seed, dm, ty, LANES[lane], p, d) for lane, n, dm, _t, p, d, seed, ty in ROWS
            if ty]


def text(path) -> str:
    """Every shape's text and every Shape Data label and value, shape by shape."""
    import html
    import zipfile
    with zipfile.ZipFile(path) as z:
        page = z.read("visio/pages/page1.xml").decode("utf-8")
    out = []
    for shape in re.findall(r"<Shape .*?</Shape>", page, re.S):
        t = re.search(r"<Text>(.*?)</Text>", shape, re.S)
        out.append(html.unescape(t.group(1)) if t else "")
        for value, label in re.findall(r'<Row N="[^"]+"><Cell N="Value" V="([^"]*)"[^>]*/>.*?<Cell N="Label" '
                                       r'V="([^"]*)"', shape):
            out.append(f"{html.unescape(label)}: {html.unescape(value)}")
    return "\n".join(out)
