"""07 VOFO - ODS list whose descriptions are only in cell comments (office:annotation) on the name cells."""
import os
from .common import truth_row, result
from .odf import package, spans

FILE = "07_VOFO_tiltak_2069_med_kommentarer.ods"
MEMBER = "VOFO"
FORMAT = "ODS (hand-written OpenDocument XML), cell annotations"
SHAPE = ("Short list Tiltak / Delmål / Kategori / Ansvarlig / Samarbeid; the description of each measure exists "
         "only as a cell comment (office:annotation, hidden, with author and date) on the name cell; a note "
         "row tells the reader to hover over the red triangles; VOFO's own category words; a key-figures sheet")
TRAPS = ("rows «Evaluering av Kompetansepluss frivillighet (2068)» (finished 2068) and «Studieforbundsdagen "
         "2070» (planned); the hover note row; sheet «Nøkkeltall»")

# seed, delmal, type, name, kategori, ansvar, samarbeid, comment text
MEAS = [
    ("M06", "1.3", "Råd/utvalg/nettverk", "Nasjonalt forum for karriereveiledning", "Nettverk", "VOFO", "",
     "VOFO deltar i forumet for å løfte fram veiledning i studieforbund og frivillige organisasjoner. Fire møter "
     "i 2069."),
    ("J02", "1.3", "Prosjekt", "Seniorveiledning 55+", "Utviklingsprosjekt", "Studieforbundet Folkeuniversitetet",
     "Innlandet fylkeskommune (Karriere Innlandet)",
     "Pilot med gruppeveiledning for arbeidstakere over 55 år i Hamar, Gjøvik og Lillehammer. 14 grupper "
     "gjennomført."),
    ("J06", "3.2", "Prosjekt", "Lese- og skrivesirkler i Nordland", "Kompetansepluss frivillighet",
     "Studieforbundet AOF", "Nordland fylkeskommune",
     "Sirkler for voksne som vil bli tryggere i lesing og skriving, finansiert gjennom Kompetansepluss "
     "frivillighet. 31 sirkler i 12 kommuner."),
    (None, "3.2", None, "Evaluering av Kompetansepluss frivillighet (2068)", "Utredning", "VOFO", "",
     "Sluttført i 2068, rapporten ble lagt fram i fjor."),
    ("J11", "3.5", "Kurs/utdanning", "Kurs i grunnleggende ferdigheter for NAV-brukere", "Kurs",
     "VOFO og studieforbundene", "NAV",
     "Studieforbundene har levert kurs i lesing, regning og digitale ferdigheter til arbeidssøkere på oppdrag "
     "fra NAV."),
    ("U0701", "3.6", "Arrangement", "Frivillighetens læringsuke 2069", "Arrangement", "VOFO", "Frivillighet Norge",
     "En uke med åpne kurs og smakebiter i regi av lag og foreninger over hele landet. 420 arrangementer."),
    ("U0702", "3.6", "Kurs/utdanning", "Motivasjonskurs for voksne som vil lære mer", "Kurs",
     "Studieforbundet kultur og tradisjon", "",
     "Kortkurs som skal gi voksne med lite utdanning lyst og mot til å begynne på videre opplæring. 58 kurs."),
    (None, "3.6", None, "Studieforbundsdagen 2070", "Arrangement", "VOFO", "",
     "Planlegges til våren 2070 – ikke gjennomført ennå."),
]


def _c(v, style="ce1", note=None, date="2070-01-22T10:14:00"):
    ann = ""
    if note:
        ann = ('<office:annotation office:display="false" svg:width="6cm" svg:height="2.4cm" svg:x="8cm" '
               'svg:y="0.2cm"><dc:creator>Ane Moen</dc:creator><dc:date>%s</dc:date>'
               '<text:p text:style-name="P1">%s</text:p></office:annotation>' % (date, spans(note)))
    if v is None or v == "":
        return '<table:table-cell table:style-name="%s">%s</table:table-cell>' % (style, ann) if ann else \
            '<table:table-cell table:style-name="%s"/>' % style
    return ('<table:table-cell table:style-name="%s" office:value-type="string" calcext:value-type="string">%s'
            '<text:p>%s</text:p></table:table-cell>' % (style, ann, spans(v)))


def build(outdir):
    rows = []
    b = ['<office:spreadsheet><table:table table:name="Tiltak 2069" table:style-name="ta1">',
         '<table:table-column table:style-name="co1"/><table:table-column table:style-name="co2"/>'
         '<table:table-column table:style-name="co3"/><table:table-column table:style-name="co4"/>'
         '<table:table-column table:style-name="co4"/>',
         '<table:table-row>%s<table:table-cell table:number-columns-repeated="4"/></table:table-row>'
         % _c("VOFO – tiltak rapportert til Kompetansepolitisk råd for 2069", "ceT"),
         '<table:table-row>%s<table:table-cell table:number-columns-repeated="4"/></table:table-row>'
         % _c("Beskrivelsen av hvert tiltak ligger som kommentar i tiltakscellen (hold musepekeren over den røde "
              "trekanten).", "ceI"),
         '<table:table-row>%s</table:table-row>' % "".join(
             _c(h, "ceH") for h in ("Tiltak", "Delmål", "Kategori", "Ansvarlig", "Samarbeid"))]
    for k, (seed, dm, typ, name, kat, ans, part, note) in enumerate(MEAS):
        date = "2070-01-%02dT%02d:%02d:00" % (20 + k // 3, 9 + k, 7 * k % 60)
        b.append('<table:table-row>%s</table:table-row>' % "".join([
            _c(name, "ceB", note, date), _c(dm, "ceC"), _c(kat), _c(ans), _c(part)]))
        if seed:
            rows.append(truth_row(FILE, MEMBER, seed, dm, typ, name, ans, part, note))
    b.append("</table:table>")
    b.append('<table:table table:name="Nøkkeltall" table:style-name="ta1"><table:table-column '
             'table:style-name="co1"/><table:table-column table:style-name="co2"/>')
    for k, v in (("Nøkkeltall 2069", None), ("Kurs i studieforbundene", 41200), ("Deltakere", 498000),
                 ("Kurstimer", 1620000), ("Andel kvinner", "58 %")):
        if v is None:
            b.append('<table:table-row>%s</table:table-row>' % _c(k, "ceH"))
        elif isinstance(v, int):
            b.append('<table:table-row>%s<table:table-cell office:value-type="float" office:value="%d" '
                     'calcext:value-type="float"><text:p>%s</text:p></table:table-cell></table:table-row>'
                     % (_c(k), v, "{:,}".format(v).replace(",", " ")))
        else:
            b.append('<table:table-row>%s%s</table:table-row>' % (_c(k), _c(v)))
    b.append("</table:table></office:spreadsheet>")
    auto = ('<style:style style:name="ta1" style:family="table"><style:table-properties table:display="true"/>'
            '</style:style>'
            '<style:style style:name="co1" style:family="table-column"><style:table-column-properties '
            'style:column-width="8.5cm"/></style:style>'
            '<style:style style:name="co2" style:family="table-column"><style:table-column-properties '
            'style:column-width="1.8cm"/></style:style>'
            '<style:style style:name="co3" style:family="table-column"><style:table-column-properties '
            'style:column-width="4.6cm"/></style:style>'
            '<style:style style:name="co4" style:family="table-column"><style:table-column-properties '
            'style:column-width="6cm"/></style:style>'
            '<style:style style:name="ce1" style:family="table-cell"><style:table-cell-properties '
            'fo:wrap-option="wrap" style:vertical-align="top"/></style:style>'
            '<style:style style:name="ceB" style:family="table-cell"><style:table-cell-properties '
            'fo:wrap-option="wrap" style:vertical-align="top"/><style:text-properties fo:font-weight="bold"/>'
            '</style:style>'
            '<style:style style:name="ceC" style:family="table-cell"><style:paragraph-properties '
            'fo:text-align="center"/></style:style>'
            '<style:style style:name="ceH" style:family="table-cell"><style:table-cell-properties '
            'fo:background-color="#e2efda"/><style:text-properties fo:font-weight="bold"/></style:style>'
            '<style:style style:name="ceT" style:family="table-cell"><style:text-properties fo:font-size="14pt" '
            'fo:font-weight="bold"/></style:style>'
            '<style:style style:name="ceI" style:family="table-cell"><style:text-properties '
            'fo:font-style="italic" fo:color="#7f7f7f"/></style:style>'
            '<style:style style:name="P1" style:family="paragraph"><style:text-properties fo:font-size="9pt"/>'
            '</style:style>')
    package(os.path.join(outdir, FILE), "ods", "".join(b), auto_styles=auto, title="VOFO tiltak 2069",
            creator="Ane Moen", date="2070-01-24T12:02:00")
    return result(FILE, MEMBER, FORMAT, SHAPE, rows, TRAPS)
