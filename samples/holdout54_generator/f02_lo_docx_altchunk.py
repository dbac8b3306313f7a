"""LO: a DOCX letter from the case system whose table of measures is an altChunk – an HTML part that Word imports
when the document is opened; document.xml itself only holds the letter around it."""
from __future__ import annotations

import zipfile

from lxml import html as lhtml

from .common import ARR, INFO, KURS, RAD, ooxml_paragraphs, row, write_zip, xml_esc

FILENAME = "LO – rapportering KPR 2074.docx"
MEMBER = "LO"
FORMAT = ("DOCX written by hand (WordprocessingML) with an altChunk: word/afchunk1.htm (text/html, UTF-8) bound by an "
          "aFChunk relationship and imported by Word when the file opens; header part; zip with fixed timestamps")
SHAPE = ("letter from the case system: letterhead, references, introduction and closing in document.xml; the measures "
         "only in the HTML chunk as a table Nr / Tiltak og kort omtale (bold name, <br>, text) / Delmål (code, "
         "code+words or words only) / Virkemiddel (own words) / Ansvarlig / samarbeid ('Med:' on a new line, '–' for "
         "none), with colspan rows per hovedinnsatsområde; a 2073 item and 2075 priorities in the letter (not truth "
         "rows)")
NOT_TRUTH = ("the letterhead, references, introduction, the chunk's heading and area rows, 'Avsluttet i 2073' "
             "(medlemsundersøkelse om etter- og videreutdanning), 'Prioriteringer for 2075', closing, signature, "
             "header text")

# name, text, delmål as written, virkemiddel, ansvarlig, med, truth (seed, delmål, type)
AREAS = [
    ("Hovedinnsatsområde 1 – Gode valg for den enkelte og for samfunnet", [
        ("LOs plass i Kompetansebehovsutvalget",
         "LO har ett av medlemmene i utvalget og bidro med innspill om behovet for fagarbeidere i industri og helse.",
         "1.1", "Rådsarbeid", "LO, samfunnspolitisk avdeling", "", ("M01", "1.1", RAD)),
        ("Seminar om KBU-rapporten for forbundene",
         "Halvdagsseminar i september der forbundene drøftet funnene i rapporten og hva de betyr for "
         "tariffoppgjøret.", "1.1", "Seminar", "LO, samfunnspolitisk avdeling", "Fafo", (None, "1.1", ARR)),
        ("De faglige rådene og SRY",
         "LO-forbundene har 42 medlemmer i de faglige rådene og to i Samarbeidsrådet for yrkesopplæring.",
         "1.4 Samarbeid mellom utdanningstilbydere og arbeidslivet", "Rådsarbeid", "LO og forbundene", "",
         ("M02", "1.4", RAD)),
    ]),
    ("Hovedinnsatsområde 2 – Læring i arbeidslivet", [
        ("Bransjeprogrammet for handel (HK)",
         "HK har sammen med arbeidsgiversiden gitt kurs i netthandel, lager og logistikk til tillitsvalgte og "
         "ansatte i butikk.", "2.4 Koble kompetansebehov til utdanningstilbud", "Bransjeprogram",
         "Handel og Kontor", "Virke, NHO Service og Handel, HK-dir", ("J01", "2.4", KURS)),
        ("DigiTillit – kurs for tillitsvalgte",
         "Kurs for tillitsvalgte om innføring av kunstig intelligens og ny teknologi på arbeidsplassen; 640 "
         "deltakere i 2074.", "2.1", "Kurs", "LO, organisasjonsavdelingen", "YS, Akademikerne",
         ("J06", "2.1", KURS)),
        ("«Ta fagbrevet!» – kampanje i Fellesforbundet",
         "Kampanje på byggeplasser og i industrien for å få flere ufaglærte til å ta fagbrev som "
         "praksiskandidat.", "Dokumentere kompetanse fra arbeidslivet", "Kampanje", "Fellesforbundet", "BNL",
         (None, "2.5", INFO)),
    ]),
    ("Hovedinnsatsområde 3 – Voksne med svak tilknytning til arbeidslivet", []),
]

CHUNK_CSS = ("body{font-family:Calibri,sans-serif;font-size:10pt}h2{font-size:13pt;color:#c8102e}"
             "table.rapport{border-collapse:collapse;width:100%}table.rapport td,table.rapport th{border:1px solid "
             "#999;padding:3pt;vertical-align:top}tr.omr td{background:#f2dcdb;font-weight:bold}"
             "th{background:#c8102e;color:#fff;text-align:left}")


def _chunk() -> str:
    L = ["<!DOCTYPE html>", "<html lang=\"nb\">", "<head>",
         "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">",
         "<meta name=\"generator\" content=\"Elements Saksbehandling – rapportmal KPR v3\">",
         f"<style>{CHUNK_CSS}</style>", "</head>", "<body>",
         "<h2>Vedlegg: LOs tiltak 2074</h2>",
         "<p>Uttrekk fra saksbehandlingssystemet 17.01.2075. Tiltak med status «Gjennomført» eller «Pågår».</p>",
         "<table class=\"rapport\">",
         "<tr><th>Nr</th><th>Tiltak og kort omtale</th><th>Delmål</th><th>Virkemiddel</th>"
         "<th>Ansvarlig / samarbeid</th></tr>"]
    n = 0
    for area, items in AREAS:
        L.append(f"<tr class=\"omr\"><td colspan=\"5\">{xml_esc(area)}</td></tr>")
        if not items:
            L.append("<tr><td></td><td colspan=\"4\"><i>Ingen egne tiltak registrert i 2074.</i></td></tr>")
        for name, txt, dm, vm, ansv, med, _t in items:
            n += 1
            L.append(f"<tr><td>{n}</td><td><b>{xml_esc(name)}</b><br>{xml_esc(txt)}</td><td>{xml_esc(dm)}</td>"
                     f"<td>{xml_esc(vm)}</td><td>{xml_esc(ansv)}<br><i>Med:</i> {xml_esc(med or '–')}</td></tr>")
    L += ["</table>", "</body>", "</html>", ""]
    return "\n".join(L)


W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def _p(txt: str, style: str | None = None, bold: bool = False, size: int | None = None, align: str | None = None,
       space_after: int | None = None) -> str:
    ppr = ""
    if style or align or space_after is not None:
        ppr = "<w:pPr>"
        if style:
            ppr += f"<w:pStyle w:val=\"{style}\"/>"
        if space_after is not None:
            ppr += f"<w:spacing w:after=\"{space_after}\"/>"
        if align:
            ppr += f"<w:jc w:val=\"{align}\"/>"
        ppr += "</w:pPr>"
    rpr = ""
    if bold or size:
        rpr = "<w:rPr>" + ("<w:b/>" if bold else "") + (f"<w:sz w:val=\"{size}\"/>" if size else "") + "</w:rPr>"
    if not txt:
        return f"<w:p>{ppr}</w:p>"
    runs = []
    for i, part in enumerate(txt.split("\t")):
        if i:
            runs.append(f"<w:r>{rpr}<w:tab/></w:r>")
        runs.append(f"<w:r>{rpr}<w:t xml:space=\"preserve\">{xml_esc(part)}</w:t></w:r>")
    return f"<w:p>{ppr}{''.join(runs)}</w:p>"


def _document() -> str:
    body = [
        _p("Landsorganisasjonen i Norge", bold=True, size=28),
        _p("Youngs gate 11, 0181 Oslo · lo.no", size=18, space_after=360),
        _p("Kompetansepolitisk råd"),
        _p("v/ sekretariatet", space_after=240),
        _p("Deres ref.: 24/4410\tVår ref.: 2025/118-3\tDato: 20.01.2075", size=18, space_after=360),
        _p("Rapportering til Kompetansepolitisk råd for 2074", style="Heading1"),
        _p("LO viser til invitasjonen fra sekretariatet om å rapportere tiltak som følger opp Nasjonal "
           "kompetansepolitisk strategi. LOs tiltak står i vedlegget nedenfor, slik de er registrert i "
           "saksbehandlingssystemet. Tiltakene er gjennomført av LO sentralt og av forbundene."),
        "<w:altChunk r:id=\"rIdChunk1\"/>",
        _p("Avsluttet i 2073: Medlemsundersøkelsen om etter- og videreutdanning ble avsluttet i 2073, og resultatene "
           "er omtalt i fjorårets rapport."),
        _p("Prioriteringer for 2075: LO vil arbeide for en egen ordning for fagbrev for voksne i arbeid og for "
           "flere læreplasser i offentlig sektor."),
        _p("Med vennlig hilsen"),
        _p("Landsorganisasjonen i Norge", space_after=240),
        _p("Terje Lund"),
        _p("rådgiver, samfunnspolitisk avdeling"),
    ]
    sect = ("<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rIdHeader1\"/><w:pgSz w:w=\"11906\" "
            "w:h=\"16838\"/><w:pgMar w:top=\"1418\" w:right=\"1418\" w:bottom=\"1418\" w:left=\"1418\" "
            "w:header=\"709\" w:footer=\"709\" w:gutter=\"0\"/></w:sectPr>")
    return (f"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document xmlns:w=\"{W_NS}\" "
            f"xmlns:r=\"{R_NS}\"><w:body>{''.join(body)}{sect}</w:body></w:document>")


STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="{W_NS}"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/><w:sz w:val="22"/><w:lang w:val="nb-NO"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:color w:val="C8102E"/><w:sz w:val="30"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/></w:style></w:styles>"""

HEADER = (f"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:hdr xmlns:w=\"{W_NS}\" "
          f"xmlns:r=\"{R_NS}\"><w:p><w:pPr><w:pStyle w:val=\"Header\"/><w:jc w:val=\"right\"/></w:pPr><w:r><w:rPr>"
          f"<w:sz w:val=\"16\"/></w:rPr><w:t>LO · Unntatt offentlighet: Nei · Generert fra Elements</w:t></w:r>"
          f"</w:p></w:hdr>")

CT = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="htm" ContentType="text/html"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>"""

RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>"""

DOC_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rIdSettings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/><Relationship Id="rIdHeader1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/><Relationship Id="rIdChunk1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk" Target="afchunk1.htm"/></Relationships>"""

SETTINGS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings xmlns:w="{W_NS}"><w:defaultTabStop w:val="2268"/><w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>"""

CORE = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>Rapportering til Kompetansepolitisk råd for 2074</dc:title><dc:creator>Elements</dc:creator><cp:lastModifiedBy>Terje Lund</cp:lastModifiedBy><dcterms:created xsi:type="dcterms:W3CDTF">2075-01-17T13:05:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2075-01-20T08:41:00Z</dcterms:modified></cp:coreProperties>"""

APP = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Elements Document Generator</Application><Company>Landsorganisasjonen i Norge</Company></Properties>"""


def build(out) -> list[dict]:
    entries = [("[Content_Types].xml", CT, True), ("_rels/.rels", RELS, True),
               ("docProps/core.xml", CORE, True), ("docProps/app.xml", APP, True),
               ("word/document.xml", _document(), True), ("word/_rels/document.xml.rels", DOC_RELS, True),
               ("word/styles.xml", STYLES, True), ("word/settings.xml", SETTINGS, True),
               ("word/header1.xml", HEADER, True), ("word/afchunk1.htm", _chunk(), True)]
    write_zip(out / FILENAME, entries)
    rows = []
    for _area, items in AREAS:
        for name, txt, _dm, _vm, ansv, med, (seed, dm, typ) in items:
            rows.append(row(FILENAME, MEMBER, name, seed, dm, typ, ansv, med, txt))
    return rows


def text(path) -> str:
    with zipfile.ZipFile(path) as z:
        doc = ooxml_paragraphs(z.read("word/document.xml")) + "\n" + ooxml_paragraphs(z.read("word/header1.xml"))
        h = z.read("word/afchunk1.htm").decode("utf-8")
    tree = lhtml.fromstring(h)
    for br in tree.iter("br"):
        br.tail = "\n" + (br.tail or "")
    cells = [el.text_content() for el in tree.iter("td", "th", "h2", "p")]
    return doc + "\n" + "\n".join(cells)
