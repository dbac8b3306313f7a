"""10 Sametinget - ODS used as a word processor: a letter typed line by line down column A."""
import os
import textwrap
from .common import truth_row
from . import odf

FILE = "10_Sametinget_rapportering_2068.ods"
MEMBER = "Sametinget"
FORMAT = "ODS (hand-written OpenDocument XML)"
SHAPE = ("A letter typed in a spreadsheet: every visual line is its own row in column A (descriptions are "
         "broken over 2–3 rows by hand), bold rows for measure names, a «Delmål x.y · type · Ansvar · "
         "Samarbeid» row after each text (type missing for two measures); letterhead, closing with a 2069 plan")

# seed, delmal, type, name, desc, info-type-word, ansvar, samarbeid
MEAS = [
    ("M06", "1.3", "Råd/utvalg/nettverk", "Det nasjonale forumet for karriereveiledning",
     "Forumet har i 2068 hatt Sametinget som fast medlem og hadde samisk karriereveiledning som tema på ett "
     "av to møter. Sametinget holdt innlegg om veiledning på samiske språk.", None,
     "Opplærings- og språkavdelingen", ""),
    ("J03", "3.2", "Prosjekt", "Lese- og samtalesirkler på samisk",
     "I samarbeid med studieforbundene og VOFO er det gjennomført 22 lese- og samtalesirkler for voksne i "
     "samiske områder, med midler fra Kompetansepluss frivillighet. Målet er å styrke grunnleggende "
     "ferdigheter og bruken av samisk i hverdagen.", "Prosjekt", "Opplærings- og språkavdelingen",
     "VOFO og studieforbundene"),
    ("U1001", "3.1", "Kurs/utdanning", "Sámegiella bargoeallimis – samisk i arbeidslivet",
     "Kveldskurs i nordsamisk og sørsamisk for ansatte i kommuner og helseforetak, med studiepoeng fra Sámi "
     "allaskuvla. 140 deltakere fullførte.", "Kurs", "Språkseksjonen", "Sámi allaskuvla"),
    ("U1002", "1.3", "Kurs/utdanning", "Kompetanseheving for karriereveiledere om samisk kultur og næringsliv",
     "Todagers samling i Kautokeino for karriereveiledere fra fylkeskommunene om samisk kultur- og næringsliv "
     "og om veiledning av samisk ungdom.", None, "Opplærings- og språkavdelingen", ""),
    ("U1003", "2.3", "Informasjon", "Fagbrev i reindrift – synliggjøring av yrkesveien",
     "Film og brosjyre om fagbrev i reindriftsfaget, sendt til alle ungdomsskoler i samiske områder.",
     "Informasjon", "Næringsavdelingen", ""),
]


def _row(text, style="ceNormal"):
    if not text:
        return '<table:table-row table:style-name="ro1"><table:table-cell/></table:table-row>'
    return ('<table:table-row table:style-name="ro1"><table:table-cell table:style-name="%s" '
            'office:value-type="string" calcext:value-type="string">%s</table:table-cell></table:table-row>'
            % (style, odf.text_p(text)))


def build(outdir):
    lines = [
        ("Sámediggi – Sametinget", "ceTitle"),
        ("Opplærings- og språkavdelingen", "ceNormal"),
        ("", None),
        ("Til: Sekretariatet for Kompetansepolitisk råd", "ceNormal"),
        ("Dato: 27.01.2069        Saksnr: 68/2211", "ceNormal"),
        ("", None),
        ("Rapportering til Kompetansepolitisk råd for 2068", "ceBold"),
        ("", None),
        ("Sametinget rapporterer her på tiltak i 2068 som faller inn under den nasjonale kompetansepolitiske", "ceNormal"),
        ("strategien. Vi har tatt med både egne tiltak og tiltak vi har gjennomført sammen med andre.", "ceNormal"),
        ("", None),
    ]
    rows = []
    for i, (seed, delmal, typ, name, desc, tw, ansvar, samb) in enumerate(MEAS, 1):
        lines.append(("%d. %s" % (i, name), "ceBold"))
        for ln in textwrap.wrap(desc, 100):
            lines.append((ln, "ceNormal"))
        info = ["Delmål " + delmal]
        if tw:
            info.append(tw)
        info.append("Ansvar: " + ansvar)
        if samb:
            info.append("Samarbeid: " + samb)
        lines.append((" · ".join(info), "ceItalic"))
        lines.append(("", None))
        rows.append(truth_row(FILE, MEMBER, seed, delmal, typ, name, ansvar, samb, desc))
    lines += [
        ("Sametinget vil i 2069 arbeide for å etablere et eget samisk karrieresenter. Vi ser fram til videre", "ceNormal"),
        ("samarbeid i rådet.", "ceNormal"),
        ("", None),
        ("Vennlig hilsen", "ceNormal"),
        ("Máret Eira", "ceNormal"),
        ("seniorrådgiver", "ceNormal"),
    ]
    auto = ('<style:style style:name="co1" style:family="table-column"><style:table-column-properties '
            'fo:break-before="auto" style:column-width="17.5cm"/></style:style>'
            '<style:style style:name="co2" style:family="table-column"><style:table-column-properties '
            'fo:break-before="auto" style:column-width="2.258cm"/></style:style>'
            '<style:style style:name="ro1" style:family="table-row"><style:table-row-properties '
            'style:row-height="0.452cm" fo:break-before="auto" style:use-optimal-row-height="true"/></style:style>'
            '<style:style style:name="ceNormal" style:family="table-cell" style:parent-style-name="Default">'
            '<style:text-properties style:font-name="Arial" fo:font-size="10pt"/></style:style>'
            '<style:style style:name="ceBold" style:family="table-cell" style:parent-style-name="Default">'
            '<style:text-properties style:font-name="Arial" fo:font-size="10pt" fo:font-weight="bold"/></style:style>'
            '<style:style style:name="ceItalic" style:family="table-cell" style:parent-style-name="Default">'
            '<style:text-properties style:font-name="Arial" fo:font-size="9pt" fo:font-style="italic" '
            'fo:color="#444444"/></style:style>'
            '<style:style style:name="ceTitle" style:family="table-cell" style:parent-style-name="Default">'
            '<style:text-properties style:font-name="Arial" fo:font-size="14pt" fo:font-weight="bold" '
            'fo:color="#8B0000"/></style:style>')
    body = "".join(_row(t, s) for t, s in lines)
    content = ('<office:spreadsheet><table:table table:name="Ark1">'
               '<table:table-column table:style-name="co1" table:default-cell-style-name="ceNormal"/>'
               '<table:table-column table:style-name="co2" table:number-columns-repeated="5" '
               'table:default-cell-style-name="Default"/>%s</table:table>'
               '<table:table table:name="Ark2"><table:table-column table:style-name="co2"/>'
               '<table:table-row table:style-name="ro1"><table:table-cell/></table:table-row></table:table>'
               '</office:spreadsheet>' % body)
    styles = ('<style:default-style style:family="table-cell"><style:text-properties style:font-name="Arial" '
              'fo:font-size="10pt"/></style:default-style><style:style style:name="Default" '
              'style:family="table-cell"/>')
    fonts = ('<style:font-face style:name="Arial" svg:font-family="Arial" style:font-family-generic="swiss" '
             'style:font-pitch="variable"/>')
    odf.package(os.path.join(outdir, FILE), "ods", content, auto, styles, "Rapportering 2068", "Máret Eira",
                font_decls=fonts)
    return {"file": FILE, "member": MEMBER, "format": FORMAT, "shape": SHAPE, "rows": rows}
