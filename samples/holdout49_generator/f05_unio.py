"""05 Unio - a spreadsheet (hand-written ODS) printed to PDF by LibreOffice; the wide table spills onto a
second page set (columns F–I print on their own pages, only the Nr column is repeated)."""
import os
import tempfile
from .common import truth_row, result, soffice_convert, fix_pdf_bytes
from .odf import package, spans

FILE = "05_Unio_tiltak_2069_utskrift.pdf"
MEMBER = "Unio"
FORMAT = "PDF exported by LibreOffice Calc from a hand-written ODS (calc_pdf_Export), dates and /ID fixed"
SHAPE = ("A wide spreadsheet printed as it is: page 1 holds columns Nr–Beskrivelse, the remaining columns "
         "(Ansvarlig / Samarbeidspartnere / Status / Merknad) come out on page 2 with only the Nr column and "
         "the header row repeated, so each measure is split across two pages and must be joined by its number; "
         "Unio's own type words")
TRAPS = ("row 7 (Kartlegging av videreutdanningsbehov i politiet) has status «Planlagt 2070»; Unio's working "
         "group on the KBU report is Unio's own measure (U0501), the KBU seat is row 1; title and page "
         "header/footer")

# seed, delmal, type, name, own type, text, ansvar, partnere, status, merknad
ROWS = [
    ("M01", "1.1", "Råd/utvalg/nettverk", "Unios representant i KBU", "Råd/utvalg",
     "Unio har én plass i Kompetansebehovsutvalget. Representanten har lagt vekt på behovet for høyere "
     "utdanning i helse og oppvekst.", "Unio-sekretariatet", "", "Løpende", ""),
    ("U0501", "1.1", "Råd/utvalg/nettverk", "Arbeidsgruppe for oppfølging av KBU-rapporten", "Intern arbeidsgruppe",
     "Arbeidsgruppe med fem forbund som har gått gjennom KBUs hovedrapport og laget Unios innspill til "
     "statsbudsjettet.", "Unio-sekretariatet", "Utdanningsforbundet, Norsk Sykepleierforbund og Forskerforbundet",
     "Gjennomført", "Internt i Unio"),
    ("M04", "1.4", "Råd/utvalg/nettverk", "Fagstrategisk enhet for helse- og sosialfag (UHR)", "Råd/utvalg",
     "Unio er representert i UHRs fagstrategiske enhet for helse- og sosialfag, der utdanningenes relevans "
     "for arbeidslivet drøftes.", "Norsk Sykepleierforbund", "UHR", "Løpende", ""),
    ("U0502", "1.4", "Kurs/utdanning", "Videreutdanning i veiledning for praksislærere", "Kurs",
     "Videreutdanning på 15 studiepoeng for lærere og sykepleiere som veileder studenter i praksis. 220 "
     "deltakere.", "Utdanningsforbundet", "OsloMet og UiT Norges arktiske universitet", "Gjennomført", ""),
    ("J03", "2.1", "Kurs/utdanning", "Digital kompetanse for sykepleiere og helsefagarbeidere", "Kurs",
     "Kursrekke om velferdsteknologi og digital dokumentasjon i kommunene. 3 100 deltakere.",
     "Norsk Sykepleierforbund", "KS og Spekter", "Pågår", "Felles med KS og Spekter"),
    ("U0503", "2.2", "Arrangement", "Unio-konferansen 2069: Livslang læring i velferdsstaten", "Konferanse",
     "Årlig konferanse om læring i arbeidslivet, med ny forskning om verdien av etter- og videreutdanning "
     "for offentlig sektor. 260 deltakere.", "Unio-sekretariatet", "Forskerforbundet", "Gjennomført", ""),
    (None, "2.2", None, "Kartlegging av videreutdanningsbehov i politiet", "Kartlegging",
     "Kartleggingen skal gi et bilde av behovet for videreutdanning i politi- og lensmannsetaten.",
     "Politiets Fellesforbund", "Politihøgskolen", "Planlagt 2070", "Ikke startet"),
]
HEAD = ["Nr", "Tiltak", "Delmål", "Type tiltak", "Beskrivelse", "Ansvarlig", "Samarbeidspartnere", "Status",
        "Merknad"]
WIDTHS = ["1.2cm", "6.2cm", "1.8cm", "3.4cm", "11.4cm", "5.2cm", "6.4cm", "3.2cm", "5.0cm"]


def _cell(v, style="ce1", vtype="string"):
    if v is None or v == "":
        return '<table:table-cell table:style-name="%s"/>' % style
    if vtype == "float":
        return ('<table:table-cell table:style-name="%s" office:value-type="float" office:value="%s" '
                'calcext:value-type="float"><text:p>%s</text:p></table:table-cell>' % (style, v, v))
    return ('<table:table-cell table:style-name="%s" office:value-type="string" calcext:value-type="string">'
            '<text:p>%s</text:p></table:table-cell>' % (style, spans(v)))


def build(outdir):
    cols = "".join('<table:table-column table:style-name="co%d" table:default-cell-style-name="ce1"/>' % i
                   for i in range(1, len(HEAD)))
    body = ['<office:spreadsheet><table:table table:name="Tiltak 2069" table:style-name="ta1">',
            '<table:table-header-columns><table:table-column table:style-name="co0" '
            'table:default-cell-style-name="ce1"/></table:table-header-columns>', cols,
            '<table:table-row table:style-name="roT">%s<table:table-cell table:number-columns-repeated="8"/>'
            '</table:table-row>' % _cell("Unio – rapportering til Kompetansepolitisk råd 2069", "ceT"),
            '<table:table-row table:style-name="ro1">%s<table:table-cell table:number-columns-repeated="8"/>'
            '</table:table-row>' % _cell("Utfylt av Unio-sekretariatet 26.01.2070. Én rad per tiltak.", "ceN"),
            '<table:table-header-rows><table:table-row table:style-name="ro1">%s</table:table-row>'
            '</table:table-header-rows>' % "".join(_cell(h, "ceH") for h in HEAD)]
    rows = []
    for i, (seed, dm, typ, name, word, text, ans, part, status, note) in enumerate(ROWS, 1):
        body.append('<table:table-row table:style-name="roM">%s</table:table-row>' % "".join([
            _cell(str(i), "ceC", "float"), _cell(name, "ceB"), _cell(dm, "ceC"), _cell(word), _cell(text),
            _cell(ans), _cell(part), _cell(status), _cell(note)]))
        if seed:
            rows.append(truth_row(FILE, MEMBER, seed, dm, typ, name, ans, part, text))
    body.append("</table:table></office:spreadsheet>")
    auto = ('<style:style style:name="ta1" style:family="table" style:master-page-name="Utskrift">'
            '<style:table-properties table:display="true" style:writing-mode="lr-tb"/></style:style>'
            '<style:style style:name="co0" style:family="table-column"><style:table-column-properties '
            'fo:break-before="auto" style:column-width="%s"/></style:style>' % WIDTHS[0] +
            "".join('<style:style style:name="co%d" style:family="table-column"><style:table-column-properties '
                    'fo:break-before="auto" style:column-width="%s"/></style:style>' % (i, w)
                    for i, w in enumerate(WIDTHS[1:], 1)) +
            '<style:style style:name="roT" style:family="table-row"><style:table-row-properties '
            'style:row-height="0.9cm" fo:break-before="auto" style:use-optimal-row-height="false"/></style:style>'
            '<style:style style:name="ro1" style:family="table-row"><style:table-row-properties '
            'style:row-height="0.5cm" fo:break-before="auto" style:use-optimal-row-height="false"/></style:style>'
            '<style:style style:name="roM" style:family="table-row"><style:table-row-properties '
            'style:row-height="1.75cm" fo:break-before="auto" style:use-optimal-row-height="false"/></style:style>'
            '<style:style style:name="ce1" style:family="table-cell" style:parent-style-name="Default">'
            '<style:table-cell-properties fo:wrap-option="wrap" style:vertical-align="top" '
            'fo:border="0.06pt solid #808080"/><style:text-properties fo:font-size="9pt"/></style:style>'
            '<style:style style:name="ceB" style:family="table-cell" style:parent-style-name="Default">'
            '<style:table-cell-properties fo:wrap-option="wrap" style:vertical-align="top" '
            'fo:border="0.06pt solid #808080"/>'
            '<style:text-properties fo:font-weight="bold" fo:font-size="9pt"/></style:style>'
            '<style:style style:name="ceC" style:family="table-cell" style:parent-style-name="Default">'
            '<style:table-cell-properties fo:wrap-option="wrap" style:vertical-align="top" '
            'fo:border="0.06pt solid #808080"/>'
            '<style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="9pt"/>'
            '</style:style>'
            '<style:style style:name="ceH" style:family="table-cell" style:parent-style-name="Default">'
            '<style:table-cell-properties fo:background-color="#c00000" fo:wrap-option="wrap" '
            'fo:border="0.06pt solid #808080"/><style:text-properties fo:color="#ffffff" fo:font-weight="bold" '
            'fo:font-size="9pt"/></style:style>'
            '<style:style style:name="ceT" style:family="table-cell" style:parent-style-name="Default">'
            '<style:text-properties fo:font-size="14pt" fo:font-weight="bold" fo:color="#c00000"/></style:style>'
            '<style:style style:name="ceN" style:family="table-cell" style:parent-style-name="Default">'
            '<style:text-properties fo:font-size="9pt" fo:font-style="italic"/></style:style>')
    styles = ('<style:default-style style:family="table-cell"><style:text-properties style:font-name="DejaVu Sans" '
              'fo:font-size="9pt"/></style:default-style>'
              '<style:style style:name="Default" style:family="table-cell"/>')
    st_auto = ('<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="29.7cm" '
               'fo:page-height="21cm" style:print-orientation="landscape" fo:margin-top="1cm" '
               'fo:margin-bottom="1cm" fo:margin-left="1cm" fo:margin-right="1cm" style:scale-to="100%" '
               'style:print-page-order="ttb" style:print="grid charts drawings objects zero-values" '
               'style:first-page-number="continue"/>'
               '<style:header-style><style:header-footer-properties fo:min-height="0.6cm" '
               'fo:margin-bottom="0.25cm"/></style:header-style>'
               '<style:footer-style><style:header-footer-properties fo:min-height="0.6cm" '
               'fo:margin-top="0.25cm"/></style:footer-style></style:page-layout>')
    master = ('<style:master-page style:name="Utskrift" style:page-layout-name="pm1">'
              '<style:header><text:p>Tiltak 2069</text:p></style:header>'
              '<style:footer><text:p>Side <text:page-number>1</text:page-number></text:p></style:footer>'
              '</style:master-page><style:master-page style:name="Default" style:page-layout-name="pm1"/>')
    fonts = ('<style:font-face style:name="DejaVu Sans" svg:font-family="\'DejaVu Sans\'" '
             'style:font-family-generic="swiss" style:font-pitch="variable"/>')
    with tempfile.TemporaryDirectory() as td:
        src = os.path.join(td, "Unio_tiltak_2069.ods")
        package(src, "ods", "".join(body), auto_styles=auto, styles_xml_body=styles,
                title="Unio – tiltak 2069", creator="Unio-sekretariatet", date="2070-01-26T13:05:00",
                font_decls=fonts, automatic_styles_in_styles=st_auto, master_styles=master)
        data = soffice_convert(src, "pdf", "calc_pdf_Export")
    with open(os.path.join(outdir, FILE), "wb") as fh:
        fh.write(fix_pdf_bytes(data))
    return result(FILE, MEMBER, FORMAT, SHAPE, rows, TRAPS)
