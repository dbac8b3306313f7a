"""Vestland fylkeskommune: the county's balanced-scorecard ('styringskort') for competence policy, in Nynorsk, as a
Writer document. Each row starts from a goal written in the county's own words (no delmål codes anywhere), then an
indicator, the 2078 result with a trend arrow, the measure (bold name + text in one cell), the responsible
department and partners. There is no type column."""
from __future__ import annotations

from .common import ARR, KURS, PROSJEKT, RAD, ODF_NS, odf_meta, odt_text, row, write_odf, xml_esc

FILENAME = "Vestland_styringskort_kompetanse_2078.odt"
MEMBER = "Vestland fylkeskommune"
FORMAT = "ODT (hand-written OpenDocument XML: content, styles, meta, manifest; zip with fixed timestamps)"
SHAPE = ("Nynorsk balanced scorecard (styringskort): columns Mål / Indikator / Resultat 2078 (number and trend arrow "
         "↑ → ↓) / Tiltak (bold name and a sentence in one cell) / Ansvarleg / Partnarar; the goal is only the "
         "county's own Nynorsk wording of the delmål (no codes), and no kind is given anywhere; a closing "
         "paragraph with a 2077 and a 2079 item")
NOT_TRUTH = ("the title, the intro, the header row, the Mål, Indikator and Resultat cells, the paragraph 'Avslutta i "
             "2077: Yrkesfagløftet Vestland. Planlagt for 2079: Regional kompetansestrategi 2079–2083.', the "
             "signature line")

# goal, indicator, result, name, text, ansvar, med, seed, code, type
ROWS = [
    ("Regionen skal samordne kompetansepolitikken", "Møte i panelet", "4 →", "Kompetansebehovspanelet for Vestland",
     "Eit regionalt panel etter modell av Kompetansebehovsutvalet, med forskarar og partane i Vestland.",
     "Strategi og berekraft", "NHO Vestland, LO i Vestland, HVL", None, "1.2", RAD),
    ("Alle skal ha tilgang til god karriererettleiing", "Rettleiingssamtalar", "14 200 ↑",
     "Nasjonalt forum for karriererettleiing", "Karriere Vestland representerer karrieresentera i forumet; tre "
     "møte i 2078.", "Karriere Vestland", "HK-dir", "M01", "1.3", RAD),
    ("Utdanningane skal svare på behova i arbeidslivet", "Nye studietilbod laga saman med arbeidslivet", "35 ↑",
     "Råd for samarbeid med arbeidslivet ved Høgskulen på Vestlandet", "Fylkesdirektøren for opplæring sit i rådet "
     "ved HVL.", "Opplæring og kompetanse", "HVL, NHO Vestland", "M06", "1.4", RAD),
    ("Fleire skal velje og fullføre yrkesfag", "Besøkjande", "5 200 ↑", "Fagbrevfestivalen 2078",
     "Vestland var vertskap for festivaldagen i Bergen med konkurransar og lærlingtorg.",
     "Opplæring og kompetanse", "NHO, Bergen kommune", "J03", "2.3", ARR),
    ("Vaksne skal få opplæring som passar livet deira", "Vaksne deltakarar i vidaregåande opplæring", "1 150 ↑",
     "Vaksenopplæring på arbeidsplassen", "Vidaregåande opplæring for tilsette i kommunar og bedrifter, lagt til "
     "arbeidstida.", "Opplæring og kompetanse", "kommunane, NAV Vestland", None, "3.1", KURS),
    ("Arbeidslivet skal i større grad vere ein stad å lære", "Deltakarar", "210 ↓",
     "Språkpraksis i kommunale verksemder", "Innvandrarar får praksisplass med norskopplæring i 20 kommunar.",
     "Integrering", "NAV Vestland, kommunane", None, "3.3", PROSJEKT),
]


def _cell(*paras, style="Cell"):
    return ("<table:table-cell table:style-name=\"C1\" office:value-type=\"string\">" +
            "".join(f'<text:p text:style-name="{st}">{t}</text:p>' for st, t in paras) + "</table:table-cell>")


def build(out) -> list[dict]:
    head = ["Mål", "Indikator", "Resultat 2078", "Tiltak", "Ansvarleg", "Partnarar"]
    body = ['<text:h text:style-name="Heading_20_1" text:outline-level="1">Styringskort for kompetanse 2078 – '
            'rapport til Kompetansepolitisk råd</text:h>',
            '<text:p text:style-name="Standard">Styringskortet viser korleis Vestland fylkeskommune følgjer opp '
            'Nasjonal kompetansepolitisk strategi. Kvar rad byrjar med eit mål slik vi har formulert det i den '
            'regionale planen.</text:p>',
            '<table:table table:name="Styringskort" table:style-name="T1">'
            '<table:table-column table:style-name="CA"/><table:table-column table:style-name="CB"/>'
            '<table:table-column table:style-name="CB"/><table:table-column table:style-name="CD"/>'
            '<table:table-column table:style-name="CB" table:number-columns-repeated="2"/>'
            '<table:table-header-rows><table:table-row>' +
            "".join(_cell(("Head", xml_esc(h))) for h in head) + '</table:table-row></table:table-header-rows>']
    rows = []
    for goal, ind, res, name, txt, ansv, med, seed, code, typ in ROWS:
        body.append("<table:table-row>" + _cell(("Cell", xml_esc(goal))) + _cell(("Cell", xml_esc(ind))) +
                    _cell(("Cell", xml_esc(res))) + _cell(("CellBold", xml_esc(name)), ("Cell", xml_esc(txt))) +
                    _cell(("Cell", xml_esc(ansv))) + _cell(("Cell", xml_esc(med))) + "</table:table-row>")
        rows.append(row(FILENAME, MEMBER, name, seed, code, typ, ansv, med, txt))
    body.append("</table:table>")
    body.append('<text:p text:style-name="Standard">Avslutta i 2077: Yrkesfagløftet Vestland. Planlagt for 2079: '
                'Regional kompetansestrategi 2079–2083.</text:p>')
    body.append('<text:p text:style-name="Standard">Leikanger, 15. januar 2079 · Seksjon for opplæring og '
                'kompetanse</text:p>')
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n'
               f'<office:document-content {ODF_NS}><office:automatic-styles>'
               '<style:style style:name="T1" style:family="table"><style:table-properties style:width="25.7cm" '
               'table:align="margins"/></style:style>'
               '<style:style style:name="CA" style:family="table-column"><style:table-column-properties '
               'style:column-width="4.5cm"/></style:style>'
               '<style:style style:name="CB" style:family="table-column"><style:table-column-properties '
               'style:column-width="3.3cm"/></style:style>'
               '<style:style style:name="CD" style:family="table-column"><style:table-column-properties '
               'style:column-width="8.0cm"/></style:style>'
               '<style:style style:name="C1" style:family="table-cell"><style:table-cell-properties '
               'fo:padding="0.1cm" fo:border="0.5pt solid #808080"/></style:style>'
               '<style:style style:name="Head" style:family="paragraph"><style:text-properties fo:font-weight="bold" '
               'fo:font-size="9pt"/></style:style>'
               '<style:style style:name="Cell" style:family="paragraph"><style:text-properties fo:font-size="9pt"/>'
               '</style:style>'
               '<style:style style:name="CellBold" style:family="paragraph"><style:text-properties '
               'fo:font-size="9pt" fo:font-weight="bold"/></style:style>'
               '</office:automatic-styles><office:body><office:text>' + "".join(body) +
               '</office:text></office:body></office:document-content>\n')
    styles = ('<?xml version="1.0" encoding="UTF-8"?>\n'
              f'<office:document-styles {ODF_NS}><office:styles>'
              '<style:style style:name="Standard" style:family="paragraph" style:class="text"/>'
              '<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph">'
              '<style:text-properties fo:font-size="15pt" fo:font-weight="bold"/></style:style>'
              '</office:styles><office:automatic-styles><style:page-layout style:name="pm1">'
              '<style:page-layout-properties fo:page-width="29.7cm" fo:page-height="21cm" '
              'style:print-orientation="landscape" fo:margin-left="2cm" fo:margin-right="2cm" fo:margin-top="2cm" '
              'fo:margin-bottom="2cm"/></style:page-layout></office:automatic-styles><office:master-styles>'
              '<style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>'
              '</office:document-styles>\n')
    write_odf(out / FILENAME, "application/vnd.oasis.opendocument.text", content, styles,
              odf_meta("Styringskort kompetanse 2078", "Vestland fylkeskommune"))
    return rows


def text(path) -> str:
    return odt_text(path)
