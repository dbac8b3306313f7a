"""Kompetanseforbundet: LibreOffice flat XML text document (.fodt).

One uncompressed XML file (office:document with meta, styles, automatic
styles, master page with footer page number, body).  Shape: 'top three'
measures, each a numbered Heading 2 with two labelled paragraphs ('Hva vi
gjorde:' = the description, 'Hvorfor det er viktig:' = rationale) and a
pipe-separated italic meta line; then the remaining measures packed into
one running sentence with '(x.y, type; ansvar/sammen med …)' brackets; a
2072 plan.
"""
from __future__ import annotations

from .common import truth, COUNCIL_IDS, esc

FILENAME = "Kompetanseforbundet_arsrapport_2071.fodt"
MEMBER = "Kompetanseforbundet"
FORMAT = "Flat OpenDocument text (.fodt, single XML file), written as text"
SHAPE = ("'our three most important measures' with 'Hva vi gjorde:' / 'Hvorfor det er viktig:' "
         "paragraphs and an italic 'Strategien: delmål x.y | Art: … | Ansvar: … | Partnere: …' line; "
         "the other measures only inside one sentence with bracketed '(1.3, forum; ansvar: …)'")

TOP = [
    dict(name="KIF – Karriereveiledning i frivilligheten", dm="1.3", art="prosjekt",
         ansvar="VOFO", med="Kompetanseforbundet, Vestland fylkeskommune",
         did="Kompetanseforbundet utviklet opplegget for veiledningsdager i studieforbund og "
             "frivillige lag og skolerte 18 veiledere. Piloten i Vestland nådde om lag 600 "
             "deltakere.",
         why="Mange voksne som trenger veiledning, oppsøker aldri et karrieresenter, men de "
             "er med i frivilligheten.",
         seed="J05", ttype="Prosjekt"),
    dict(name="Voksnes læring 2071 – nordisk konferanse", dm="2.2", art="konferanse",
         ansvar="Kompetanseforbundet", med="NVL – Nordisk nettverk for voksnes læring",
         did="Konferanse i Tromsø 6.–7. mai med 350 deltakere fra de nordiske landene. Tema var "
             "læring i små virksomheter.",
         why="Kunnskapen om hva læring i arbeidslivet gir, er fortsatt for dårlig, og de "
             "nordiske erfaringene kan overføres.",
         seed=None, ttype="Arrangement"),
    dict(name="Veileder: realkompetansevurdering i privat sektor", dm="2.5",
         art="digital veileder", ansvar="Kompetanseforbundet", med="Virke, HK-dir",
         did="Digital veileder for virksomheter som vil dokumentere de ansattes realkompetanse, "
             "lansert i oktober og lastet ned 2 700 ganger.",
         why="Kompetanse fra arbeidslivet blir for sjelden dokumentert, og det hindrer "
             "mobilitet.",
         seed=None, ttype="Informasjon"),
]
OTHER = [
    dict(name="Nasjonalt forum for karriereveiledning", dm="1.3", ansvar="generalsekretæren",
         med="", seed=COUNCIL_IDS["NFK"], ttype="Råd/utvalg/nettverk"),
    dict(name="KOMPNETT – nettverket for kompetanseansvarlige i bedrifter", dm="2.4",
         ansvar="Kompetanseforbundet", med="NHO Service og Handel og Virke", seed=None,
         ttype="Råd/utvalg/nettverk"),
]

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"')


def _p(text, style="Text_20_body"):
    return f'<text:p text:style-name="{style}">{text}</text:p>\n'


def _h(text, level):
    return (f'<text:h text:style-name="Heading_20_{level}" text:outline-level="{level}">'
            f'{esc(text)}</text:h>\n')


def _b(text):
    return f'<text:span text:style-name="T_bold">{esc(text)}</text:span>'


def build(out):
    x = []
    a = x.append
    a('<?xml version="1.0" encoding="UTF-8"?>\n\n')
    a(f'<office:document {NS} office:version="1.3" '
      'office:mimetype="application/vnd.oasis.opendocument.text">\n')
    a(' <office:meta><meta:creation-date>2072-01-30T09:15:00</meta:creation-date>'
      '<dc:date>2072-02-11T13:02:00</dc:date><meta:editing-cycles>6</meta:editing-cycles>'
      '<meta:generator>LibreOffice/25.8.2.2$Windows_X86_64 LibreOffice_project/0</meta:generator>'
      '<dc:title>Årsrapport kompetansepolitiske tiltak 2071</dc:title>'
      '<dc:creator>Gunn Elin Karlsen</dc:creator>'
      '<meta:document-statistic meta:page-count="2" meta:paragraph-count="24"/></office:meta>\n')
    a(' <office:font-face-decls><style:font-face style:name="Liberation Serif" '
      'svg:font-family="&apos;Liberation Serif&apos;" style:font-family-generic="roman"/>'
      '<style:font-face style:name="Liberation Sans" svg:font-family="&apos;Liberation Sans&apos;" '
      'style:font-family-generic="swiss"/></office:font-face-decls>\n')
    a(' <office:styles>\n'
      '  <style:default-style style:family="paragraph"><style:paragraph-properties '
      'fo:orphans="2" fo:widows="2"/><style:text-properties style:font-name="Liberation Serif" '
      'fo:font-size="11pt" fo:language="nb" fo:country="NO"/></style:default-style>\n'
      '  <style:style style:name="Standard" style:family="paragraph" style:class="text"/>\n'
      '  <style:style style:name="Text_20_body" style:display-name="Text body" '
      'style:family="paragraph" style:parent-style-name="Standard" style:class="text">'
      '<style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.247cm" '
      'fo:line-height="115%"/></style:style>\n'
      '  <style:style style:name="Heading" style:family="paragraph" '
      'style:parent-style-name="Standard" style:next-style-name="Text_20_body" '
      'style:class="text"><style:paragraph-properties fo:margin-top="0.423cm" '
      'fo:margin-bottom="0.212cm" fo:keep-with-next="always"/><style:text-properties '
      'style:font-name="Liberation Sans" fo:font-size="14pt"/></style:style>\n'
      '  <style:style style:name="Heading_20_1" style:display-name="Heading 1" '
      'style:family="paragraph" style:parent-style-name="Heading" '
      'style:next-style-name="Text_20_body" style:default-outline-level="1" style:class="text">'
      '<style:text-properties fo:font-size="16pt" fo:font-weight="bold" fo:color="#2a6099"/>'
      '</style:style>\n'
      '  <style:style style:name="Heading_20_2" style:display-name="Heading 2" '
      'style:family="paragraph" style:parent-style-name="Heading" '
      'style:next-style-name="Text_20_body" style:default-outline-level="2" style:class="text">'
      '<style:text-properties fo:font-size="13pt" fo:font-weight="bold"/></style:style>\n'
      '  <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Heading" '
      'style:class="chapter"><style:paragraph-properties fo:text-align="center"/>'
      '<style:text-properties fo:font-size="22pt" fo:font-weight="bold"/></style:style>\n'
      '  <style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard" '
      'style:class="extra"><style:paragraph-properties fo:text-align="center"/>'
      '<style:text-properties fo:font-size="9pt"/></style:style>\n'
      ' </office:styles>\n')
    a(' <office:automatic-styles>\n'
      '  <style:style style:name="P_meta" style:family="paragraph" '
      'style:parent-style-name="Text_20_body"><style:paragraph-properties '
      'fo:margin-bottom="0.4cm" fo:padding-left="0.2cm" fo:border-left="1.1pt solid #2a6099"/>'
      '<style:text-properties fo:font-size="9.5pt" fo:font-style="italic" fo:color="#444444"/>'
      '</style:style>\n'
      '  <style:style style:name="P_right" style:family="paragraph" '
      'style:parent-style-name="Text_20_body"><style:paragraph-properties fo:text-align="end"/>'
      '</style:style>\n'
      '  <style:style style:name="T_bold" style:family="text"><style:text-properties '
      'fo:font-weight="bold"/></style:style>\n'
      '  <style:page-layout style:name="pm1"><style:page-layout-properties '
      'fo:page-width="21.001cm" fo:page-height="29.7cm" fo:margin-top="2cm" '
      'fo:margin-bottom="1.5cm" fo:margin-left="2.2cm" fo:margin-right="2.2cm"/>'
      '<style:footer-style><style:header-footer-properties fo:min-height="0.6cm"/>'
      '</style:footer-style></style:page-layout>\n'
      ' </office:automatic-styles>\n')
    a(' <office:master-styles><style:master-page style:name="Standard" '
      'style:page-layout-name="pm1"><style:footer><text:p text:style-name="Footer">'
      'Kompetanseforbundet · årsrapport 2071 · side <text:page-number text:select-page="current">'
      '1</text:page-number></text:p></style:footer></style:master-page></office:master-styles>\n')
    a(' <office:body>\n  <office:text>\n')
    a(_p(esc("Kompetanseforbundet – årsrapport om kompetansepolitiske tiltak 2071"), "Title"))
    a(_p(esc("Kompetanseforbundet har vært medlem av Kompetansepolitisk råd siden 2020. I år har "
             "vi valgt å løfte fram de tre tiltakene vi mener betydde mest, og samle de øvrige i "
             "en kortere oversikt til slutt.")))
    a(_h("Våre tre viktigste tiltak i 2071", 1))
    rows = []
    for i, m in enumerate(TOP, 1):
        a(_h(f"{i}. {m['name']}", 2))
        a(_p(_b("Hva vi gjorde: ") + esc(m["did"])))
        a(_p(_b("Hvorfor det er viktig: ") + esc(m["why"])))
        a(_p(esc(f"Strategien: delmål {m['dm']} | Art: {m['art']} | Ansvar: {m['ansvar']} | "
                 f"Partnere: {m['med']}"), "P_meta"))
        rows.append(truth(FILENAME, MEMBER, m["name"], m["seed"], m["dm"], m["ttype"],
                          m["ansvar"], m["med"], m["did"]))
    a(_h("Øvrige tiltak", 1))
    o1, o2 = OTHER
    a(_p(esc(f"Vi har også deltatt i {o1['name']} ({o1['dm']}, forum; ansvar: {o1['ansvar']}) "
             f"og drevet {o2['name']} ({o2['dm']}, nettverk; sammen med {o2['med']}). Begge deler er løpende arbeid uten egne rapporter.")))
    for m in OTHER:
        rows.append(truth(FILENAME, MEMBER, m["name"], m["seed"], m["dm"], m["ttype"],
                          m["ansvar"], m["med"], ""))
    a(_h("Planer for 2072", 1))
    a(_p(esc("I 2072 planlegger vi «Kompetanseuka i Nord» sammen med Troms og Finnmark "
             "fylkeskommune. Den vil bli rapportert neste år.")))
    a(_p(esc("Oslo, 11. februar 2072"), "P_right"))
    a(_p(esc("Gunn Elin Karlsen, generalsekretær"), "P_right"))
    a('  </office:text>\n </office:body>\n</office:document>\n')
    (out / FILENAME).write_bytes("".join(x).encode("utf-8"))
    return rows
