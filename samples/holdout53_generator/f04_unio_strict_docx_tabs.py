"""Unio: a Word document saved as 'Strict Open XML' whose 'table' is made of tab stops.

Every measure is one paragraph 'Name<TAB>code<TAB>type<TAB>ansvar<TAB>partners' aligned by custom tab stops
(two names carry a manual line break, so their fields sit on the name's second line), followed by an indented
description paragraph. The package uses the ISO 29500 Strict namespaces (purl.oclc.org), w:conformance="strict".
"""
from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from .common import FOU, INFO, PROSJEKT, RAD, ooxml_text, row, write_zip

FILENAME = "Unio rapportering KPR 2073.docx"
MEMBER = "Unio"
FORMAT = ("DOCX in ISO/IEC 29500 Strict conformance (w:conformance=\"strict\", http://purl.oclc.org/ooxml/… namespaces "
          "and relationship types), hand-written WordprocessingML, header/footer with PAGE/NUMPAGES fields")
SHAPE = ("memo whose table is a tab-stop pseudo-table: a bold, bottom-ruled heading line 'Tiltak / Delmål / Type / "
         "Ansvarlig / Samarbeid' and one paragraph per measure with the fields separated by tabs (two names broken by a "
         "manual line break, so their fields stand on the second line), each followed by an indented description "
         "paragraph; own type words; a grey '(Planlagt 2074)' line inside the list and 'Fullført i 2072' / 'Planer "
         "for 2074' paragraphs (not truth rows)")

W = "http://purl.oclc.org/ooxml/wordprocessingml/main"
R = "http://purl.oclc.org/ooxml/officeDocument/relationships"
RT = "http://purl.oclc.org/ooxml/officeDocument/relationships"

MEASURES = [
    # name parts (list = manual line break), code, type word, ansvar, samarbeid, text, seed, type
    (["Representasjon i SRY"], "1.4", "Rådsarbeid", "Unio", "–",
     "Unio har ett medlem og ett varamedlem i Samarbeidsrådet for yrkesopplæring. Rådet behandlet i 2073 blant "
     "annet tilbudsstrukturen for helse- og oppvekstfag.", "M02", RAD),
    (["Utdanningsforbundets plass i UHR-Lærerutdanning"], "1.4", "Rådsarbeid", "Utdanningsforbundet", "UHR",
     "Utdanningsforbundet møter som arbeidslivsrepresentant i UHR-Lærerutdanning og har bidratt til nasjonale "
     "retningslinjer for praksis i lærerutdanningene.", "M06", RAD),
    (["Praksisløftet"], "1.4", "Samarbeidsprosjekt", "Norsk Sykepleierforbund", "Spekter, UHR, helseforetakene",
     "Et treårig prosjekt for bedre veiledning av sykepleierstudenter i praksis. I 2073 ble det utviklet en "
     "felles modul i praksisveiledning, og 140 veiledere fullførte den.", "J07", PROSJEKT),
    (["KIS – kompetansemidlene i staten"], "2.4", "Partssamarbeid", "Unio stat", "LO Stat, Akademikerne, DFØ",
     "Unio stat deltar i partssamarbeidet som fordeler midler til kompetanseutvikling i statlige virksomheter. "
     "Prioritet i 2073 var digital kompetanse og omstilling.", "J08", RAD),
    (["Godkjenningsguiden for sykepleiere", "utdannet utenfor EU/EØS"], "2.6", "Informasjon",
     "Norsk Sykepleierforbund", "Helsedirektoratet",
     "Nettguide på norsk og engelsk som forklarer veien til autorisasjon, kompletterende utdanning og "
     "språkkrav.", None, INFO),
    (["Kartlegging av lærernes tid til", "etter- og videreutdanning"], "2.2", "Kartlegging", "Utdanningsforbundet",
     "NIFU",
     "Spørreundersøkelse til 3 000 medlemmer om tid og ressurser til kompetanseutvikling; rapporten kom i "
     "oktober.", None, FOU),
]
PLANNED = (["(Planlagt 2074) Seniorprogram for kompetanseutvikling"], "2.2", "Program", "Unio", "–")

TABS = [3686, 4366, 6010, 8050]  # twips


def _run(text: str, bold=False, italic=False, color=None, size=None) -> str:
    rpr = ""
    if bold:
        rpr += "<w:b/>"
    if italic:
        rpr += "<w:i/>"
    if color:
        rpr += f'<w:color w:val="{color}"/>'
    if size:
        rpr += f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>'
    rpr = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    parts = []
    for i, chunk in enumerate(text.split("\t")):
        if i:
            parts.append("<w:tab/>")
        if chunk:
            parts.append(f'<w:t xml:space="preserve">{escape(chunk)}</w:t>')
    return f"<w:r>{rpr}{''.join(parts)}</w:r>"


def _p(runs: str, style=None, tabs=False, border=False, ind=None, after=None, keep=False) -> str:
    ppr = ""
    if style:
        ppr += f'<w:pStyle w:val="{style}"/>'
    if keep:
        ppr += "<w:keepNext/>"
    if border:
        ppr += '<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="auto"/></w:pBdr>'
    if tabs:
        ppr += "<w:tabs>" + "".join(f'<w:tab w:val="left" w:pos="{t}"/>' for t in TABS) + "</w:tabs>"
    if after is not None:
        ppr += f'<w:spacing w:after="{after}"/>'
    if ind:
        ppr += f'<w:ind w:start="{ind}"/>'
    return f"<w:p><w:pPr>{ppr}</w:pPr>{runs}</w:p>"


def _measure_line(name_parts, code, typ, ans, sam, color=None) -> str:
    runs = ""
    for i, part in enumerate(name_parts):
        if i:
            runs += "<w:r><w:br/></w:r>"
        runs += _run(part, bold=color is None, color=color, size=18)
    runs += _run("\t" + "\t".join([code, typ, ans, sam]), color=color, size=18)
    return _p(runs, tabs=True, after=20, keep=True)


def document_xml() -> str:
    body = []
    body.append(_p(_run("Rapportering til Kompetansepolitisk råd – Unio 2073"), style="Title"))
    body.append(_p(_run("Til: Sekretariatet for Kompetansepolitisk råd    Fra: Unio    Dato: 30. januar 2074",
                        size=18, color="595959")))
    for t in [
        "Unio rapporterer her på tiltak som Unio og forbundene har gjennomført eller videreført i 2073. Vi har "
        "brukt sekretariatets felter, men satt dem opp som en liste. Delmål viser til nummereringen i "
        "strategien.",
        "Unio vil understreke at tilgangen på praksisplasser og veiledere er avgjørende for kvaliteten i "
        "profesjonsutdanningene, og at dette også er et kompetansepolitisk spørsmål.",
    ]:
        body.append(_p(_run(t)))
    body.append(_p(_run("Tiltak\tDelmål\tType\tAnsvarlig\tSamarbeid", bold=True, size=18), tabs=True, border=True,
                   after=60))
    for i, m in enumerate(MEASURES):
        name_parts, code, typ, ans, sam, text, _seed, _t = m
        body.append(_measure_line(name_parts, code, typ, ans, sam))
        body.append(_p(_run(text, italic=True, size=18), ind=567, after=160))
        if i == 3:
            body.append(_measure_line(*PLANNED, color="808080"))
            body.append(_p(_run("Programmet er under planlegging og starter tidligst høsten 2074.", italic=True,
                                size=18, color="808080"), ind=567, after=160))
    body.append(_p(_run("Fullført i 2072", bold=True)))
    body.append(_p(_run("Unios undersøkelse om kompetanseutvikling i kommunesektoren ble fullført i desember 2072 "
                        "og er derfor ikke med i listen.")))
    body.append(_p(_run("Planer for 2074", bold=True)))
    body.append(_p(_run("I 2074 vil Unio prioritere arbeidet med praksis i helse- og lærerutdanningene og følge "
                        "opp Kompetansebehovsutvalgets rapport om helsefagarbeidere.")))
    body.append(_p(_run("Med vennlig hilsen"), after=0))
    body.append(_p(_run("Unio v/ Hanne Lie, seniorrådgiver")))
    sect = ('<w:sectPr><w:headerReference w:type="default" r:id="rId4"/><w:footerReference w:type="default" '
            'r:id="rId5"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1134" w:bottom="1417" '
            'w:left="1134" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>')
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:document xmlns:w="{W}" xmlns:r="{R}" '
            f'w:conformance="strict"><w:body>{"".join(body)}{sect}</w:body></w:document>')


def styles_xml() -> str:
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:styles xmlns:w="{W}">'
            '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/>'
            '<w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="nb-NO"/></w:rPr></w:rPrDefault>'
            '<w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault>'
            '</w:docDefaults>'
            '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>'
            '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/>'
            '<w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="120"/></w:pPr><w:rPr>'
            '<w:color w:val="9B1B30"/><w:sz w:val="40"/><w:szCs w:val="40"/></w:rPr></w:style>'
            '<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/>'
            '<w:pPr><w:spacing w:after="0"/><w:jc w:val="end"/></w:pPr><w:rPr><w:sz w:val="16"/></w:rPr></w:style>'
            '<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/>'
            '<w:pPr><w:spacing w:after="0"/><w:jc w:val="center"/></w:pPr><w:rPr><w:sz w:val="16"/></w:rPr></w:style>'
            '</w:styles>')


def header_xml() -> str:
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:hdr xmlns:w="{W}" xmlns:r="{R}">'
            + _p(_run("Unio – hovedorganisasjon for universitetsutdannede", color="9B1B30"), style="Header")
            + "</w:hdr>")


def footer_xml() -> str:
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:ftr xmlns:w="{W}" xmlns:r="{R}">'
            '<w:p><w:pPr><w:pStyle w:val="Footer"/></w:pPr><w:r><w:t xml:space="preserve">Side </w:t></w:r>'
            '<w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'
            '<w:r><w:t xml:space="preserve"> av </w:t></w:r>'
            '<w:fldSimple w:instr=" NUMPAGES "><w:r><w:t>2</w:t></w:r></w:fldSimple></w:p></w:ftr>')


def build(out: Path) -> list[dict]:
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
          '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
          '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
          '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId3" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/extendedProperties" Target="docProps/app.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '<Relationship Id="rId1" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    doc_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
                '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                f'<Relationship Id="rId1" Type="{RT}/styles" Target="styles.xml"/>'
                f'<Relationship Id="rId2" Type="{RT}/settings" Target="settings.xml"/>'
                f'<Relationship Id="rId4" Type="{RT}/header" Target="header1.xml"/>'
                f'<Relationship Id="rId5" Type="{RT}/footer" Target="footer1.xml"/>'
                '</Relationships>')
    settings = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:settings xmlns:w="{W}">'
                '<w:zoom w:percent="100"/><w:defaultTabStop w:val="708"/><w:characterSpacingControl w:val="doNotCompress"/>'
                '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
                '<w:themeFontLang w:val="nb-NO"/></w:settings>')
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>Rapportering KPR 2073</dc:title><dc:creator>Hanne Lie</dc:creator>'
            '<cp:lastModifiedBy>Hanne Lie</cp:lastModifiedBy><cp:revision>7</cp:revision>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2074-01-22T08:11:00Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2074-01-30T12:47:00Z</dcterms:modified>'
            '</cp:coreProperties>')
    app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
           '<Properties xmlns="http://purl.oclc.org/ooxml/officeDocument/extendedProperties" '
           'xmlns:vt="http://purl.oclc.org/ooxml/officeDocument/docPropsVTypes"><Template>Normal.dotm</Template>'
           '<TotalTime>74</TotalTime><Pages>2</Pages><Application>Microsoft Office Word</Application>'
           '<DocSecurity>0</DocSecurity><Company>Unio</Company><AppVersion>16.0000</AppVersion></Properties>')
    write_zip(out / FILENAME, [
        ("[Content_Types].xml", ct, True),
        ("_rels/.rels", rels, True),
        ("word/document.xml", document_xml(), True),
        ("word/_rels/document.xml.rels", doc_rels, True),
        ("word/styles.xml", styles_xml(), True),
        ("word/settings.xml", settings, True),
        ("word/header1.xml", header_xml(), True),
        ("word/footer1.xml", footer_xml(), True),
        ("docProps/core.xml", core, True),
        ("docProps/app.xml", app, True),
    ])
    rows = []
    for name_parts, code, typ, ans, sam, text, seed, t in MEASURES:
        rows.append(row(FILENAME, MEMBER, " ".join(name_parts), seed, code, t, ans, "" if sam == "–" else sam, text))
    return rows


def text(path: Path) -> str:
    return ooxml_text(path, parts=(r"word/document\.xml", r"word/header\d*\.xml", r"word/footer\d*\.xml"))


NOT_TRUTH = ("the memo head and introduction, the heading line of the pseudo-table, the grey line '(Planlagt 2074) "
             "Seniorprogram for kompetanseutvikling' and its note, 'Fullført i 2072' (a survey finished in 2072), "
             "'Planer for 2074', the signature, header and footer")
