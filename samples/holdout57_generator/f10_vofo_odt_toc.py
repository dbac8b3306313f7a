"""VOFO: an ODT whose first page is a generated table of contents (the measure headings with dot leaders and page
numbers); the body has a Heading 1 per delmål in words and a Heading 2 per measure."""
from __future__ import annotations

from .common import ARR, FOU, KURS, RAD, odt_text, row, write_zip, xml_esc
from .f04_unio_odt_tabs import NS

FILENAME = "VOFO_aarsrapport_KPR_2077.odt"
MEMBER = "VOFO"
FORMAT = ("ODT (hand-written OpenDocument XML) with a text:table-of-content index (index body with tab leaders and "
          "page numbers), outline-numbered headings off, a page break; zip with fixed timestamps")
SHAPE = ("report with a generated table of contents on page 1 listing every heading (so each measure name appears "
         "twice), then Heading 1 per delmål in words only (no codes) and Heading 2 per measure, a small line 'Form: "
         "… · Ansvar: … · Med: …' in VOFO's words and the text; a last heading 'Tilbakeblikk og planer' with a 2076 "
         "and a 2078 item")
NOT_TRUTH = ("the table of contents (its entries repeat the headings), the delmål headings, the intro, the section "
             "'Tilbakeblikk og planer' (Studieforbundsdagen 2076 – gjennomført; Ny nettportal for voksenopplæring – "
             "2078)")

GROUPS = [
    ("Karriereveiledning", "1.3", [
        ("Nasjonalt forum for karriereveiledning", "Forum", "VOFO", "",
         "VOFO har en fast plass i forumet og tok opp veiledning for deltakere i studieforbundenes kurs.", "M06",
         RAD),
        ("Webinar om NFKs kvalitetsrammeverk for studieforbundene", "Webinar", "VOFO", "HK-dir",
         "Webinar for ansatte i studieforbundene om hvordan rammeverket kan brukes i egen veiledning.", "U", ARR),
    ]),
    ("Norskopplæring og kvalifisering for innvandrere", "3.4", [
        ("Språkvenn – norsktrening i studieforbundene", "Studiesirkel", "Studieforbundet kultur og tradisjon",
         "Frivillige lag, KD", "Norsktrening i små grupper med frivillige språkverter; 1 150 grupper i 2077.",
         "J06", KURS),
    ]),
    ("Kompetansepluss", "3.2", [
        ("Grunnleggende ferdigheter i frivillige lag", "Kurs", "Studieforbundet AOF", "HK-dir",
         "Kurs i lesing, regning og digitale ferdigheter for tillitsvalgte i lag og foreninger.", "U", KURS),
    ]),
    ("Læringsmotivasjon i frivillig sektor", "3.6", [
        ("Voksnes læringsuke 2077", "Arrangement", "VOFO", "Studieforbundene, bibliotekene",
         "En uke med åpne kurs og arrangementer over hele landet; 310 arrangører deltok.", "U", ARR),
        ("Statistikk over studieforbundenes aktivitet 2077", "Statistikk og analyse", "VOFO", "",
         "Årlig analyse av kursaktiviteten i studieforbundene, fordelt på fylke, emne og alder.", "U", FOU),
    ]),
]


def _h(level, text, sid):
    return (f'<text:h text:style-name="Heading_20_{level}" text:outline-level="{level}">'
            f'<text:bookmark-start text:name="{sid}"/>{xml_esc(text)}<text:bookmark-end text:name="{sid}"/>'
            f'</text:h>')


def build(out) -> list[dict]:
    toc, body, rows = [], [], []
    page = 2
    k = 0
    for dm_words, code, items in GROUPS:
        k += 1
        toc.append((1, dm_words, page))
        body.append(_h(1, dm_words, f"__RefHeading__{k}"))
        for name, form, ansv, med, txt, seed, typ in items:
            k += 1
            toc.append((2, name, page))
            body.append(_h(2, name, f"__RefHeading__{k}"))
            line = f"Form: {form} · Ansvar: {ansv}" + (f" · Med: {med}" if med else "")
            body.append(f'<text:p text:style-name="Faktalinje">{xml_esc(line)}</text:p>')
            body.append(f'<text:p text:style-name="Text_20_body">{xml_esc(txt)}</text:p>')
            rows.append(row(FILENAME, MEMBER, name, None if seed == "U" else seed, code, typ, ansv, med, txt))
        page += 1
    toc.append((1, "Tilbakeblikk og planer", page))
    body.append(_h(1, "Tilbakeblikk og planer", "__RefHeading__99"))
    body.append('<text:p text:style-name="Text_20_body">Studieforbundsdagen 2076 ble gjennomført i november 2076 og '
                'er rapportert i fjor. I 2078 lanseres en ny nettportal for voksenopplæring.</text:p>')
    toc_xml = "".join(
        f'<text:p text:style-name="Contents_20_{lv}">{xml_esc(t)}<text:tab/>{p}</text:p>' for lv, t, p in toc)
    content = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {NS} office:version="1.3">'
               '<office:automatic-styles><style:style style:name="Faktalinje" style:family="paragraph">'
               '<style:text-properties fo:font-size="9pt" fo:font-style="italic" fo:color="#555555"/></style:style>'
               '<style:style style:name="PB" style:family="paragraph"><style:paragraph-properties '
               'fo:break-before="page"/></style:style><style:style style:name="Sect1" style:family="section"/>'
               '</office:automatic-styles><office:body><office:text>'
               '<text:p text:style-name="Title">VOFO – rapport til Kompetansepolitisk råd 2077</text:p>'
               '<text:table-of-content text:style-name="Sect1" text:protected="true" text:name="Innholdsfortegnelse1">'
               '<text:table-of-content-source text:outline-level="2"><text:index-title-template '
               'text:style-name="Contents_20_Heading">Innhold</text:index-title-template></text:table-of-content-source>'
               '<text:index-body><text:index-title text:style-name="Sect1" text:name="Innholdsfortegnelse1_Head">'
               '<text:p text:style-name="Contents_20_Heading">Innhold</text:p></text:index-title>'
               f'{toc_xml}</text:index-body></text:table-of-content>'
               '<text:p text:style-name="PB">Voksenopplæringsforbundet (VOFO) er paraplyorganisasjon for '
               'studieforbundene. Under følger tiltakene i 2077, ordnet etter målene i strategien.</text:p>'
               f'{"".join(body)}</office:text></office:body></office:document-content>')
    styles = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles {NS} office:version="1.3">'
              '<office:styles>'
              '<style:style style:name="Standard" style:family="paragraph"/>'
              '<style:style style:name="Title" style:family="paragraph"><style:text-properties fo:font-size="18pt" '
              'fo:font-weight="bold"/></style:style>'
              '<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" '
              'style:default-outline-level="1"><style:text-properties fo:font-size="15pt" fo:font-weight="bold"/>'
              '</style:style><style:style style:name="Heading_20_2" style:display-name="Heading 2" '
              'style:family="paragraph" style:default-outline-level="2"><style:text-properties fo:font-size="12pt" '
              'fo:font-weight="bold"/></style:style>'
              '<style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph"/>'
              '<style:style style:name="Contents_20_Heading" style:display-name="Contents Heading" '
              'style:family="paragraph"><style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>'
              + "".join(f'<style:style style:name="Contents_20_{i}" style:display-name="Contents {i}" '
                        f'style:family="paragraph"><style:paragraph-properties fo:margin-left="{(i - 1) * 0.5}cm">'
                        '<style:tab-stops><style:tab-stop style:position="16cm" style:type="right" '
                        'style:leader-style="dotted" style:leader-text="."/></style:tab-stops>'
                        '</style:paragraph-properties></style:style>' for i in (1, 2))
              + '</office:styles></office:document-styles>')
    meta = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta {NS} office:version="1.3"><office:meta>'
            '<meta:generator>LibreOffice/7.5.9.2$Linux_X86_64</meta:generator><dc:title>VOFO rapport KPR 2077'
            '</dc:title><meta:creation-date>2077-12-10T10:00:00</meta:creation-date><dc:date>2078-01-13T14:30:00'
            '</dc:date></office:meta></office:document-meta>')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest '
                'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    write_zip(out / FILENAME, [("mimetype", "application/vnd.oasis.opendocument.text", False),
                               ("content.xml", content, True), ("styles.xml", styles, True),
                               ("meta.xml", meta, True), ("META-INF/manifest.xml", manifest, True)])
    return rows


def text(path) -> str:
    return odt_text(path)
