"""11 Oslo kommune - ODT with a crosswalk table: strategy delmål quoted verbatim left, Oslo's follow-up right."""
import os
from .common import truth_row
from . import odf

FILE = "11_Oslo_kommune_oppfolging_av_strategien_2068.odt"
MEMBER = "Oslo kommune"
FORMAT = "ODT (hand-written OpenDocument XML)"
SHAPE = ("Two-column crosswalk table: left cell quotes the strategy's delmål text verbatim with its code, "
         "right cell lists Oslo's measures for it (bold name, text, italic Ansvar/Partnere line), several "
         "measures in one cell; a 1.1 row says «Ikke aktuelt» although the quote names KBU; no types anywhere; "
         "a plan for 2069 in the closing note")

DELMAL_TEXT = {
    "1.1": "Etablere et kompetansebehovsutvalg (KBU) bestående av forskere, analytikere og representanter for "
           "alle hovedorganisasjonene i arbeidslivet og departementene. KBU skal sammenstille og analysere kilder "
           "til kunnskap om Norges kompetansebehov, nasjonalt og regionalt.",
    "1.3": "Sørge for tilgang til karriereveiledning og et helhetlig system for karriereveiledning, med særlig "
           "vekt på de regionale karrieresentrene. Styrke kompetansen til karriereveiledere og rådgivere, "
           "inkludert kunnskap om arbeidsliv, arbeidsmarkedets behov for kompetanse, seniorperspektivet, "
           "integreringsperspektivet og samisk kultur- og næringsliv.",
    "2.1": "Styrke og videreutvikle den digitale kompetansen i hele arbeidsstyrken for å utnytte den "
           "teknologiske utviklingen og sikre nødvendig omstilling.",
    "3.1": "Gi fleksibel opplæring på voksnes premisser med sikte på raskere overgang til arbeid eller videre "
           "opplæring og at flest mulig voksne får anledning til å ta videregående opplæring.",
    "3.4": "Målrette og effektivisere norskopplæring, introduksjonsprogrammet og øvrige kvalifiseringstiltak for "
           "innvandrere. Styrke samarbeidet mellom myndighetene og partene om dette arbeidet.",
    "3.6": "Stimulere til at flere finner læringsmotivasjon og bygger sin læringsevne gjennom opplæring i "
           "frivillig sektor.",
}

# delmal -> list of measures or a string
CROSS = [
    ("1.1", "Ikke aktuelt for Oslo kommune i 2068."),
    ("1.3", [
        ("M06", "Råd/utvalg/nettverk", "Plass i nasjonalt forum for karriereveiledning",
         "Oslo kommune har hatt en fast plass i forumet gjennom Karriere Oslo og har delt erfaringer fra "
         "karriereveiledning for voksne innvandrere.", "Utdanningsetaten, Karriere Oslo", ""),
        ("J05", "Arrangement", "Karriereveiledningskonferansen 2068",
         "Oslo kommune var vertskap og medarrangør for den nasjonale konferansen for karriereveiledere "
         "14.–15. mars, med 600 deltakere fra hele landet.", "Karriere Oslo", "Agder fylkeskommune, HK-dir"),
    ]),
    ("2.1", [
        ("J02", "Kurs/utdanning", "DigiKom",
         "Oslo kommune deltar med 15 bydeler og etater. Kursene er tilpasset ansatte i hjemmetjenesten og på "
         "servicesentrene.", "Utviklings- og kompetanseetaten", "KS"),
    ]),
    ("3.1", [
        ("U1102", "Kurs/utdanning", "Modulstrukturert videregående opplæring for voksne",
         "Oslo voksenopplæring tilbyr modulbasert opplæring i fem utdanningsprogram med løpende opptak. "
         "1 020 deltakere i 2068.", "Oslo voksenopplæring", ""),
    ]),
    ("3.4", [
        ("U1101", "Kurs/utdanning", "Fagbrevløpet for innvandrerkvinner",
         "Kvalifiseringsløp for kvinner med innvandrerbakgrunn som kombinerer norskopplæring og praksis i helse- "
         "og omsorgstjenestene; 95 deltakere.", "Velferdsetaten", "NAV Oslo, Sykehjemsetaten"),
    ]),
    ("3.6", [
        ("J10", "Arrangement", "Festival for voksnes læring",
         "Sammen med VOFO arrangerte Deichman Læringsfestivalen på hovedbiblioteket, med gratis kurs for voksne "
         "i tre dager.", "Deichman", "VOFO"),
    ]),
]


def build(outdir):
    P = odf.text_p
    rows = []
    trs = []
    for dm, items in CROSS:
        left = P("Delmål " + dm, "PCode") + P("«" + DELMAL_TEXT[dm] + "»", "PQuote")
        if isinstance(items, str):
            right = P(items, "PItalic")
        else:
            parts = []
            for seed, typ, name, desc, ansvar, partn in items:
                parts.append(P(name, "PName"))
                parts.append(P(desc, "PBody"))
                meta = "Ansvar: " + ansvar + ("  ·  Partnere: " + partn if partn else "")
                parts.append(P(meta, "PMeta"))
                rows.append(truth_row(FILE, MEMBER, seed, dm, typ, name, ansvar, partn, desc))
            right = "".join(parts)
        trs.append('<table:table-row><table:table-cell table:style-name="CellL" office:value-type="string">%s'
                   '</table:table-cell><table:table-cell table:style-name="CellR" office:value-type="string">%s'
                   '</table:table-cell></table:table-row>' % (left, right))
    header = ('<table:table-header-rows><table:table-row><table:table-cell table:style-name="CellH" '
              'office:value-type="string">%s</table:table-cell><table:table-cell table:style-name="CellH" '
              'office:value-type="string">%s</table:table-cell></table:table-row></table:table-header-rows>'
              % (P("Delmål i strategien (sitat)", "PHead"), P("Oslo kommunes oppfølging i 2068", "PHead")))
    table = ('<table:table table:name="Kryssreferanse" table:style-name="Tbl"><table:table-column '
             'table:style-name="ColL"/><table:table-column table:style-name="ColR"/>%s%s</table:table>'
             % (header, "".join(trs)))
    body = ('<office:text>'
            + P("Oslo kommune", "PSmall")
            + P("Oppfølging av nasjonal kompetansepolitisk strategi – rapport 2068", "PTitle")
            + P("Byrådsavdeling for arbeid, integrering og sosiale tjenester · Utdanningsetaten · Næringsetaten",
                "PSmall")
            + P("Tabellen viser delmålene i strategien der Oslo kommune har tiltak, med strategiens egen tekst i "
                "venstre kolonne. Tiltakene er beskrevet i høyre kolonne.", "PBody")
            + table
            + P("", "PBody")
            + P("Merknad: Tiltak i bydelene som ikke er knyttet til strategien, er ikke tatt med. I 2069 starter "
                "Oslo kommune programmet Voksenløftet Oslo for voksne uten fullført videregående opplæring; det "
                "rapporteres neste år.", "PItalic")
            + P("Oslo, 30. januar 2069", "PBody")
            + '</office:text>')
    auto = ('<style:style style:name="Tbl" style:family="table"><style:table-properties style:width="17cm" '
            'table:align="margins"/></style:style>'
            '<style:style style:name="ColL" style:family="table-column"><style:table-column-properties '
            'style:column-width="7cm"/></style:style>'
            '<style:style style:name="ColR" style:family="table-column"><style:table-column-properties '
            'style:column-width="10cm"/></style:style>'
            '<style:style style:name="CellH" style:family="table-cell"><style:table-cell-properties '
            'fo:background-color="#003366" fo:padding="0.12cm" fo:border="0.5pt solid #808080"/></style:style>'
            '<style:style style:name="CellL" style:family="table-cell"><style:table-cell-properties '
            'fo:background-color="#eef2f7" fo:padding="0.12cm" fo:border="0.5pt solid #808080"/></style:style>'
            '<style:style style:name="CellR" style:family="table-cell"><style:table-cell-properties '
            'fo:padding="0.12cm" fo:border="0.5pt solid #808080"/></style:style>')
    para_styles = [
        ("PTitle", 'fo:font-size="17pt" fo:font-weight="bold" fo:color="#003366"', 'fo:margin-bottom="0.2cm"'),
        ("PSmall", 'fo:font-size="9pt" fo:color="#555555"', 'fo:margin-bottom="0.15cm"'),
        ("PBody", 'fo:font-size="10pt"', 'fo:margin-bottom="0.12cm"'),
        ("PHead", 'fo:font-size="10pt" fo:font-weight="bold" fo:color="#ffffff"', ''),
        ("PCode", 'fo:font-size="10pt" fo:font-weight="bold"', 'fo:margin-bottom="0.08cm"'),
        ("PQuote", 'fo:font-size="8.5pt" fo:font-style="italic" fo:color="#333333"', ''),
        ("PName", 'fo:font-size="10pt" fo:font-weight="bold"', 'fo:margin-top="0.1cm"'),
        ("PMeta", 'fo:font-size="8.5pt" fo:font-style="italic" fo:color="#444444"', 'fo:margin-bottom="0.15cm"'),
        ("PItalic", 'fo:font-size="10pt" fo:font-style="italic"', 'fo:margin-bottom="0.12cm"'),
    ]
    styles = ('<style:default-style style:family="paragraph"><style:text-properties style:font-name="Liberation Sans" '
              'fo:font-size="10pt" fo:language="nb" fo:country="NO"/></style:default-style>')
    for name, tp, pp in para_styles:
        styles += ('<style:style style:name="%s" style:family="paragraph"><style:paragraph-properties %s/>'
                   '<style:text-properties style:font-name="Liberation Sans" %s/></style:style>' % (name, pp, tp))
    fonts = ('<style:font-face style:name="Liberation Sans" svg:font-family="&apos;Liberation Sans&apos;" '
             'style:font-family-generic="swiss" style:font-pitch="variable"/>')
    odf.package(os.path.join(outdir, FILE), "odt", body, auto, styles, "Oppfølging av strategien 2068",
                "Oslo kommune", date="2069-01-30T10:05:00", font_decls=fonts)
    return {"file": FILE, "member": MEMBER, "format": FORMAT, "shape": SHAPE, "rows": rows}
