"""12 Møre og Romsdal fylkeskommune - political case document (saksframlegg, Nynorsk) with the report to
the council as an attachment table at the end."""
import os
from .common import truth_row, result
from .odf import package, text_p

FILE = "12_More_og_Romsdal_fylkeskommune_saksframlegg_FU_2070.odt"
MEMBER = "Møre og Romsdal fylkeskommune"
FORMAT = "ODT (hand-written OpenDocument XML), Nynorsk"
SHAPE = ("County case document (saksframlegg) for the county executive: letterhead, document/saksgang table, "
         "Samandrag, Tilråding, Saksopplysingar, Vurdering, then «Vedlegg 1» after a page break with the actual "
         "report table (Tiltak / Delmål / Kategori / Ansvarleg / Partnarar / Skildring); the case text itself "
         "mentions some measures and the seats again in prose")
TRAPS = ("saksgang table and tilråding; Saksopplysingar mention the two seats again in prose (count once, from "
         "the attachment) and the project «Lærlingløftet Nordmøre» finished in 2068; Vurdering names a 2070 "
         "plan (havbruksteknologi); one Kategori cell empty")

# seed, delmal, type, name, kategori, ansvarleg, partnarar, skildring
MEAS = [
    ("M05", "1.4", "Råd/utvalg/nettverk", "Nasjonalt fagskuleråd", "Råd", "Fagskulen Møre og Romsdal", "",
     "Rektor ved Fagskulen Møre og Romsdal representerer fylkeskommunane i rådet. Rådet har drøfta ny "
     "finansieringsmodell og kvalitet i nettbaserte tilbod."),
    ("M06", "1.3", "Råd/utvalg/nettverk", "Nasjonalt forum for karriererettleiing", "Nettverk",
     "Karriere Møre og Romsdal", "",
     "Leiaren for karrieresenteret har delteke i forumet og lagt fram erfaringar med rettleiing av vaksne "
     "arbeidssøkjarar."),
    ("U1202", "1.2", "Råd/utvalg/nettverk", "Kompetanseforum Møre og Romsdal", "Forum", "Fylkesdirektøren",
     "NAV, KS, partane i arbeidslivet og Høgskulen i Molde",
     "Regionalt forum som samordnar kompetansetiltak i fylket. Forumet la i 2069 fram ein felles handlingsplan "
     "for kompetanse."),
    ("J07", "2.3", "Arrangement", "Yrkesmessa i Ålesund", "Arrangement", "Utdanningsavdelinga",
     "NHO Møre og Romsdal og lærebedriftene",
     "Messa for elevar i 9. og 10. klasse vart halden i Ålesund i oktober. Om lag 2 300 elevar fekk møte "
     "lærebedrifter og prøve yrkesfag i praksis."),
    ("U1201", "2.4", "Kurs/utdanning", "Vidareutdanning i maritim automasjon", "Fagskuletilbod",
     "Fagskulen Møre og Romsdal", "Maritim klynge i Møre",
     "Nytt deltidstilbod på 30 studiepoeng for tilsette i maritim industri, utvikla saman med klyngebedriftene. "
     "28 studentar."),
    ("U1203", "3.1", "Kurs/utdanning", "Modulbasert vidaregåande opplæring for vaksne", "", "Utdanningsavdelinga",
     "kommunane",
     "Vaksne kan ta fag- og yrkesopplæring i modular ved sida av jobb. 190 vaksne deltok ved fire skular."),
]


def _cell(text, style="TC", pstyle="PT"):
    return ('<table:table-cell table:style-name="%s" office:value-type="string">%s</table:table-cell>'
            % (style, "".join(text_p(t, pstyle) for t in text.split("\n"))))


def build(outdir):
    rows = []
    b = ["<office:text>"]
    b.append(text_p("Møre og Romsdal fylkeskommune", "Logo"))
    b.append(text_p("Saksframlegg", "Doktype"))
    meta = [("Dokumentnr.:", "2070/00412-3"), ("Saksbehandlar:", "Eli Vestre"),
            ("Avdeling:", "Utdanningsavdelinga"), ("Seksjon:", "Seksjon kompetanse og vaksenopplæring")]
    b.append('<table:table table:name="Meta" table:style-name="TM"><table:table-column '
             'table:style-name="TMa"/><table:table-column table:style-name="TMb"/>')
    for k, v in meta:
        b.append("<table:table-row>%s%s</table:table-row>" % (_cell(k, "TC0", "PTb"), _cell(v, "TC0")))
    b.append("</table:table>")
    b.append(text_p("", "P"))
    b.append('<table:table table:name="Saksgang" table:style-name="TM"><table:table-column '
             'table:style-name="TSa"/><table:table-column table:style-name="TSb"/><table:table-column '
             'table:style-name="TSb"/>')
    for r in (("Utval", "Møtedato", "Utval Saknr"), ("Utdanningsutvalet", "03.02.2070", "UU-5/70"),
              ("Fylkesutvalet", "11.02.2070", "FU-12/70")):
        b.append("<table:table-row>%s</table:table-row>" % "".join(
            _cell(v, "TC", "PTb" if r[0] == "Utval" else "PT") for v in r))
    b.append("</table:table>")
    b.append('<text:h text:style-name="H1" text:outline-level="1">Rapportering til Kompetansepolitisk råd for '
             '2069</text:h>')
    b.append('<text:h text:style-name="H2" text:outline-level="2">Samandrag</text:h>')
    b.append(text_p("Fylkeskommunen skal kvart år rapportere til Kompetansepolitisk råd om tiltak som følgjer opp "
                    "kompetansestrategien. Rapporten for 2069 er vedlagd og omfattar seks tiltak.", "P"))
    b.append('<text:h text:style-name="H2" text:outline-level="2">Fylkesdirektøren si tilråding</text:h>')
    b.append(text_p("Fylkesutvalet tek rapporteringa til Kompetansepolitisk råd for 2069 til orientering og "
                    "sluttar seg til at rapporten blir send rådet.", "Pi"))
    b.append('<text:h text:style-name="H2" text:outline-level="2">Saksopplysingar</text:h>')
    for t in ("Kompetansepolitisk råd ber medlemmene rapportere tiltak etter delmåla i strategien, med kategori, "
              "ansvarleg og partnarar. Rapporten frå Møre og Romsdal er sett opp i vedlegg 1.",
              "Fylkeskommunen har plass i Nasjonalt fagskuleråd og i Nasjonalt forum for karriererettleiing. "
              "Begge plassane er med i vedlegget. Yrkesmessa i Ålesund vart i år arrangert saman med NHO.",
              "I 2068 avslutta fylkeskommunen prosjektet «Lærlingløftet Nordmøre». Prosjektet er difor ikkje med i "
              "rapporten for 2069."):
        b.append(text_p(t, "P"))
    b.append('<text:h text:style-name="H2" text:outline-level="2">Vurdering</text:h>')
    b.append(text_p("Fylkesdirektøren meiner rapporten gir eit dekkjande bilete av arbeidet i 2069. I 2070 vil "
                    "fylkeskommunen prioritere eit nytt tilbod i havbruksteknologi ved Fagskulen Møre og Romsdal, "
                    "i tråd med handlingsplanen frå kompetanseforumet.", "P"))
    b.append(text_p("Molde, 21.01.2070", "P"))
    b.append(text_p("Kristin Sørheim\nfylkesdirektør", "P"))
    b.append(text_p("Vedlegg:\n1 Rapportering til Kompetansepolitisk råd 2069", "P"))
    b.append('<text:h text:style-name="H1brk" text:outline-level="1">Vedlegg 1 – Rapportering til '
             'Kompetansepolitisk råd 2069</text:h>')
    b.append('<table:table table:name="Tiltak" table:style-name="TT">' + "".join(
        '<table:table-column table:style-name="TT%s"/>' % c for c in "abcdef"))
    b.append('<table:table-header-rows><table:table-row>%s</table:table-row></table:table-header-rows>' % "".join(
        _cell(h, "TCH", "PTb") for h in ("Tiltak", "Delmål", "Kategori", "Ansvarleg", "Partnarar", "Skildring")))
    for seed, dm, typ, name, kat, ans, part, text in MEAS:
        b.append("<table:table-row>%s</table:table-row>" % "".join([
            _cell(name, "TC", "PTb"), _cell(dm), _cell(kat), _cell(ans), _cell(part), _cell(text)]))
        rows.append(truth_row(FILE, MEMBER, seed, dm, typ, name, ans, part, text))
    b.append("</table:table>")
    b.append(text_p("", "P"))
    b.append("</office:text>")
    auto = ('<style:style style:name="TM" style:family="table"><style:table-properties style:width="17cm" '
            'table:align="left"/></style:style>'
            '<style:style style:name="TMa" style:family="table-column"><style:table-column-properties '
            'style:column-width="3.5cm"/></style:style>'
            '<style:style style:name="TMb" style:family="table-column"><style:table-column-properties '
            'style:column-width="13.5cm"/></style:style>'
            '<style:style style:name="TSa" style:family="table-column"><style:table-column-properties '
            'style:column-width="7cm"/></style:style>'
            '<style:style style:name="TSb" style:family="table-column"><style:table-column-properties '
            'style:column-width="5cm"/></style:style>'
            '<style:style style:name="TT" style:family="table"><style:table-properties style:width="26.7cm" '
            'table:align="left"/></style:style>' +
            "".join('<style:style style:name="TT%s" style:family="table-column"><style:table-column-properties '
                    'style:column-width="%s"/></style:style>' % (c, w)
                    for c, w in zip("abcdef", ("4.6cm", "1.6cm", "2.6cm", "3.6cm", "4.6cm", "9.7cm"))) +
            '<style:style style:name="TC0" style:family="table-cell"><style:table-cell-properties '
            'fo:padding="0.05cm" fo:border="none"/></style:style>'
            '<style:style style:name="TC" style:family="table-cell"><style:table-cell-properties '
            'fo:padding="0.1cm" fo:border="0.5pt solid #7f7f7f"/></style:style>'
            '<style:style style:name="TCH" style:family="table-cell"><style:table-cell-properties '
            'fo:padding="0.1cm" fo:background-color="#d9e7d4" fo:border="0.5pt solid #7f7f7f"/></style:style>'
            '<style:style style:name="H1brk" style:family="paragraph" style:parent-style-name="H1" '
            'style:master-page-name="Liggjande"><style:paragraph-properties fo:break-before="page"/></style:style>')
    styles = ('<style:default-style style:family="paragraph"><style:text-properties style:font-name="DejaVu Sans" '
              'fo:font-size="10pt" fo:language="nn" fo:country="NO"/></style:default-style>'
              '<style:style style:name="P" style:family="paragraph"><style:paragraph-properties '
              'fo:margin-bottom="0.2cm"/></style:style>'
              '<style:style style:name="Pi" style:family="paragraph"><style:paragraph-properties '
              'fo:margin-left="0.6cm" fo:margin-bottom="0.2cm"/><style:text-properties fo:font-style="italic"/>'
              '</style:style>'
              '<style:style style:name="PT" style:family="paragraph"><style:text-properties fo:font-size="9pt"/>'
              '</style:style>'
              '<style:style style:name="PTb" style:family="paragraph"><style:text-properties fo:font-size="9pt" '
              'fo:font-weight="bold"/></style:style>'
              '<style:style style:name="Logo" style:family="paragraph"><style:text-properties fo:font-size="15pt" '
              'fo:font-weight="bold" fo:color="#00509e"/></style:style>'
              '<style:style style:name="Doktype" style:family="paragraph"><style:paragraph-properties '
              'fo:margin-bottom="0.4cm"/><style:text-properties fo:font-size="12pt" fo:color="#555555"/>'
              '</style:style>'
              '<style:style style:name="H1" style:family="paragraph" style:default-outline-level="1">'
              '<style:paragraph-properties fo:margin-top="0.5cm" fo:margin-bottom="0.25cm"/>'
              '<style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>'
              '<style:style style:name="H2" style:family="paragraph" style:default-outline-level="2">'
              '<style:paragraph-properties fo:margin-top="0.35cm" fo:margin-bottom="0.15cm"/>'
              '<style:text-properties fo:font-size="11pt" fo:font-weight="bold"/></style:style>')
    st_auto = ('<style:page-layout style:name="pmP"><style:page-layout-properties fo:page-width="21cm" '
               'fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2cm" '
               'fo:margin-right="2cm"/></style:page-layout>'
               '<style:page-layout style:name="pmL"><style:page-layout-properties fo:page-width="29.7cm" '
               'fo:page-height="21cm" style:print-orientation="landscape" fo:margin-top="1.5cm" '
               'fo:margin-bottom="1.5cm" fo:margin-left="1.5cm" fo:margin-right="1.5cm"/></style:page-layout>')
    master = ('<style:master-page style:name="Standard" style:page-layout-name="pmP"/>'
              '<style:master-page style:name="Liggjande" style:page-layout-name="pmL"/>')
    fonts = ('<style:font-face style:name="DejaVu Sans" svg:font-family="\'DejaVu Sans\'" '
             'style:font-family-generic="swiss"/>')
    package(os.path.join(outdir, FILE), "odt", "".join(b), auto_styles=auto, styles_xml_body=styles,
            title="Rapportering til Kompetansepolitisk råd for 2069", creator="Eli Vestre",
            date="2070-01-21T14:40:00", font_decls=fonts, automatic_styles_in_styles=st_auto,
            master_styles=master, language="nn-NO")
    return result(FILE, MEMBER, FORMAT, SHAPE, rows, TRAPS)
