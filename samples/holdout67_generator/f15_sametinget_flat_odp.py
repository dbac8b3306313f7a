"""Sametinget: a flat OpenDocument presentation (.fodp, one XML file with office:mimetype, meta, styles, master page
and draw:page elements), written as text. A title slide, one slide per measure with the name as the slide title and
a text box with bilingual North Sámi / Norwegian labels («Ulbmil / Delmål:», «Šládja / Type:», «Ovddasvástádus /
Ansvar:», «Ovttasbargu / Samarbeid:») and the description, speaker notes, and a closing «Boahtte jahki / Neste år»
slide. The trap is Sametinget's own career day the week after the joint week."""
from __future__ import annotations

from .common import ARR, KURS, PROSJEKT, RAD, row, xml_esc

FILENAME = "Sámediggi – Sametinget tiltak 2087.fodp"
MEMBER = "Sametinget"
FORMAT = ("Flat OpenDocument presentation (.fodp: one office:document XML with office:mimetype "
          "application/vnd.oasis.opendocument.presentation, meta, styles, automatic styles, a master page, "
          "draw:page slides with title and text frames and presentation:notes), 16:9, written as text")
SHAPE = ("Impress slides: title slide, one slide per measure (slide title = name; text box with the description and "
         "label lines «Ulbmil / Delmål: 1.3 …», «Šládja / Type: …», «Ovddasvástádus / Ansvar: …», «Ovttasbargu / "
         "Samarbeid: …»), speaker notes per slide; the delmål as code with a Sámi-perspective paraphrase; a closing "
         "slide «Boahtte jahki / Neste år» naming a fair next autumn")
NOT_TRUTH = ("the title slide, the labels and the Delmål and Type values, the speaker notes, the closing slide "
             "«Boahtte jahki / Neste år» ('Samisk yrkesmesse i Tromsø', next autumn)")
SPLIT_FIELDS = ("samarbeidspartnere",)

SLIDES = [
    ("Sametingets plass i Nasjonalt forum for karriereveiledning",
     "Sametinget deltok på forumets fire møter og fikk samisk språk og kultur inn i det nye kvalitetsrammeverket "
     "for karriereveiledning.",
     "1.3 – karriereveiledning med samisk perspektiv", "Forumplass", "Opplæringsavdelingen", [], "M01", "1.3", RAD,
     "Nevn at rammeverket kommer på nordsamisk i vår."),
    ("Karriereveiledningsuka 2087",
     "Sametinget sørget for at veiledning på nordsamisk, lulesamisk og sørsamisk var med i uka, både digitalt og på "
     "karrieresentrene i Troms og Innlandet. 160 samtaler ble holdt på samisk.",
     "1.3 – karriereveiledning med samisk perspektiv", "Temauke", "Opplæringsavdelingen",
     ["Innlandet fylkeskommune", "Troms fylkeskommune"], "J04", "1.3", ARR, "Takk fylkeskommunene."),
    ("Samisk karrieredag i Karasjok",
     "En egen dag for elever og unge voksne uka etter den nasjonale uka, med samiske bedrifter og reindriften. Dagen "
     "var Sametingets egen og ikke en del av Karriereveiledningsuka.",
     "1.3 – karriereveiledning med samisk perspektiv", "Karrieredag", "Opplæringsavdelingen",
     ["Samisk videregående skole i Karasjok"], None, "1.3", ARR, "240 deltakere."),
    ("Kompetansepluss i samiske områder",
     "Prosjektmidler til opplæring i lesing, skriving og digitale ferdigheter på arbeidsplasser i samiske "
     "kommuner. 11 prosjekter fikk midler.",
     "3.2 – Kompetansepluss i samiske områder", "Prosjektmidler", "Næringsavdelingen", ["Samisk høgskole"], None,
     "3.2", PROSJEKT, "Vis kartet over kommunene."),
    ("Fagbrev i reindrift for voksne",
     "Voksne reindriftsutøvere kunne ta fagbrev i reindriftsfaget som praksiskandidater, med samlinger i Kautokeino. "
     "28 deltakere.",
     "2.5 – dokumentasjon av kompetanse fra arbeidslivet", "Opplæring", "Opplæringsavdelingen",
     ["Samisk videregående skole og reindriftsskole"], None, "2.5", KURS, ""),
]

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.presentation"')


def _tp(text, style="P_body", spans=None):
    if spans:
        inner = "".join(f'<text:span text:style-name="T_b">{xml_esc(t)}</text:span>' if b else xml_esc(t)
                        for t, b in spans)
    else:
        inner = xml_esc(text)
    return f'<text:p text:style-name="{style}">{inner}</text:p>'


def _page(n, title, body_ps, notes=""):
    nt = (f'<presentation:notes draw:style-name="dp1"><draw:frame presentation:style-name="pr_notes" '
          'draw:layer="layout" svg:width="16cm" svg:height="12cm" svg:x="2cm" svg:y="14cm" '
          f'presentation:class="notes"><draw:text-box>{_tp(notes, "P_notes")}</draw:text-box></draw:frame>'
          '</presentation:notes>') if notes else ""
    return (f'<draw:page draw:name="page{n}" draw:style-name="dp1" draw:master-page-name="Default" '
            'presentation:presentation-page-layout-name="AL1T1">'
            '<draw:frame presentation:style-name="pr_title" draw:layer="layout" svg:width="25.2cm" '
            'svg:height="2.6cm" svg:x="1.4cm" svg:y="0.8cm" presentation:class="title">'
            f'<draw:text-box>{_tp(title, "P_title")}</draw:text-box></draw:frame>'
            '<draw:frame presentation:style-name="pr_body" draw:layer="layout" svg:width="25.2cm" '
            'svg:height="10.6cm" svg:x="1.4cm" svg:y="3.8cm" presentation:class="outline">'
            f'<draw:text-box>{"".join(body_ps)}</draw:text-box></draw:frame>{nt}</draw:page>')


def build(out) -> list[dict]:
    pages = [_page(1, "Sámediggi – Sametinget: doaibmabijut 2087 / tiltak 2087",
                   [_tp("Raporta Gelbbolašvuođapolitihkalaš ráđđái / Rapport til Kompetansepolitisk råd"),
                    _tp("Kárášjohka / Karasjok, 15.01.2088")])]
    rows = []
    for i, (name, desc, dmt, kind, ans, partners, seed, dm, ty, notes) in enumerate(SLIDES, 2):
        body = [_tp(desc),
                _tp("", spans=[("Ulbmil / Delmål: ", True), (dmt, False)]),
                _tp("", spans=[("Šládja / Type: ", True), (kind, False)]),
                _tp("", spans=[("Ovddasvástádus / Ansvar: ", True), (ans, False)])]
        if partners:
            body.append(_tp("", spans=[("Ovttasbargu / Samarbeid: ", True), (", ".join(partners), False)]))
        pages.append(_page(i, name, body, notes))
        rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, ans, ", ".join(partners), desc))
    pages.append(_page(len(SLIDES) + 2, "Boahtte jahki / Neste år",
                       [_tp("Samisk yrkesmesse i Tromsø holdes neste høst, og planleggingen er i gang."),
                        _tp("Sametinget vil også følge opp Kompetansepluss i samiske områder.")]))
    doc = ('<?xml version="1.0" encoding="UTF-8"?>\n'
           f'<office:document {NS}>'
           '<office:meta><meta:generator>LibreOffice/24.8.4.2$Windows_X86_64 '
           'LibreOffice_project/bb3cfa12c7b1bf994ecc5649a80400d06cd71002</meta:generator>'
           '<dc:title>Sámediggi – Sametinget tiltak 2087</dc:title><meta:initial-creator>Elle Márjá Somby'
           '</meta:initial-creator><dc:creator>Elle Márjá Somby</dc:creator>'
           '<meta:creation-date>2088-01-12T09:00:00</meta:creation-date><dc:date>2088-01-15T14:30:00</dc:date>'
           '<dc:language>nb-NO</dc:language></office:meta>'
           '<office:styles><style:default-style style:family="graphic"><style:text-properties '
           'style:font-name="Liberation Sans" fo:font-size="18pt" fo:language="nb" fo:country="NO"/>'
           '</style:default-style></office:styles>'
           '<office:automatic-styles>'
           '<style:page-layout style:name="PM1"><style:page-layout-properties fo:page-width="28cm" '
           'fo:page-height="15.75cm" style:print-orientation="landscape"/></style:page-layout>'
           '<style:style style:name="dp1" style:family="drawing-page"/>'
           '<style:style style:name="pr_title" style:family="presentation"><style:graphic-properties '
           'draw:fill="none"/></style:style>'
           '<style:style style:name="pr_body" style:family="presentation"><style:graphic-properties '
           'draw:fill="none"/></style:style>'
           '<style:style style:name="pr_notes" style:family="presentation"/>'
           '<style:style style:name="P_title" style:family="paragraph"><style:text-properties fo:font-size="28pt" '
           'fo:font-weight="bold" fo:color="#8a1a1a"/></style:style>'
           '<style:style style:name="P_body" style:family="paragraph"><style:paragraph-properties '
           'fo:margin-bottom="0.25cm"/><style:text-properties fo:font-size="17pt"/></style:style>'
           '<style:style style:name="P_notes" style:family="paragraph"><style:text-properties fo:font-size="12pt"/>'
           '</style:style>'
           '<style:style style:name="T_b" style:family="text"><style:text-properties fo:font-weight="bold"/>'
           '</style:style>'
           '</office:automatic-styles>'
           '<office:master-styles><style:master-page style:name="Default" style:page-layout-name="PM1" '
           'draw:style-name="dp1"/></office:master-styles>'
           f'<office:body><office:presentation>{"".join(pages)}</office:presentation></office:body>'
           '</office:document>\n')
    (out / FILENAME).write_bytes(doc.encode("utf-8"))
    return rows


def text(path) -> str:
    from lxml import etree
    root = etree.fromstring(path.read_bytes())
    ns = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
    return "\n".join("".join(p.itertext()) for p in root.iter(ns + "p"))
