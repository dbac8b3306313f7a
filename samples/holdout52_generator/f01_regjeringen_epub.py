"""Regjeringen: the report as an EPUB 3 e-book (the edition regjeringen.no offers beside the PDF).

Each measure is a sub-heading with a popup footnote reference; the footnotes at the end of each
chapter file carry delmål, responsibility, partners and the ministry's own word for the instrument.
"""
from __future__ import annotations

from .common import esc, truth, write_zip

FILENAME = "Regjeringen_rapport_kompetansepolitisk_strategi_2072.epub"
MEMBER = "Regjeringen"
FORMAT = "EPUB 3 e-book (zip: stored mimetype, OPF package, nav document, XHTML chapters, CSS), written as text"
SHAPE = ("e-book in chapters per hovedinnsatsområde; each measure an h3 with a popup footnote reference "
         "(epub:type noteref); the footnote aside at the chapter's end holds 'Delmål x.y. Ansvar: … "
         "Samarbeid: … Virkemiddel: own word'; introduction, a closing chapter with measures finished in "
         "2071 and plans for 2073 (not truth rows)")
NOT_TRUTH = 'the introduction, the chapter lead paragraphs, the budget figure, chapter 5 (evaluation of NAV career guidance and the tourism programme finished in 2071; the 2073 white paper and committee)'

BOOK_ID = "urn:uuid:5b0f3c1e-9a43-4c6e-8f77-2072a0e1b0c2"

# (chapter id, chapter title, intro paragraphs, measures)
# a measure: (truth id or None, name, [paragraphs], note text, delmal, type, ansvarlig, partners)
CHAPTERS = [
    ("kap2", "2 Gode valg for den enkelte og for samfunnet",
     ["Regjeringen vil at den enkelte skal ta gode valg om utdanning og arbeid, og at valgene skal bygge på "
      "god kunnskap om hva arbeidslivet trenger. Tiltakene i dette kapitlet gjelder kunnskapsgrunnlaget, "
      "karriereveiledningen og samarbeidet mellom utdanning og arbeidsliv."],
     [
         ("M01", "Kompetansebehovsutvalget (KBU)",
          ["Utvalget la i juni 2072 fram sin niende hovedrapport, som handler om kompetansebehov i det grønne "
           "skiftet. Regjeringen leder utvalget gjennom KD, som også har sekretariatet."],
          "Delmål 1.1. Ansvar: KD. Samarbeid: ASD, NFD og hovedorganisasjonene i arbeidslivet. "
          "Virkemiddel: utvalg.",
          "1.1", "Råd/utvalg/nettverk", "KD", "ASD, NFD og hovedorganisasjonene i arbeidslivet"),
         (None, "Evaluering av Kompetansebehovsutvalget",
          ["NIFU har på oppdrag fra KD evaluert hvordan utvalget har arbeidet i perioden 2066–2071, og hvordan "
           "rapportene brukes i departementene og i fylkeskommunene. Sluttrapporten kom i november 2072."],
          "Delmål 1.1. Ansvar: KD. Samarbeid: NIFU. Virkemiddel: evaluering.",
          "1.1", "FoU", "KD", "NIFU"),
         ("M04", "Nasjonalt forum for karriereveiledning",
          ["Forumet møttes tre ganger i 2072 og har arbeidet med kvalitet i karriereveiledningen for voksne i "
           "omstilling. HK-dir leder forumet og har sekretariatet."],
          "Delmål 1.3. Ansvar: HK-dir. Samarbeid: KD, fylkeskommunene og partene i arbeidslivet. "
          "Virkemiddel: forum.",
          "1.3", "Råd/utvalg/nettverk", "HK-dir", "KD, fylkeskommunene og partene i arbeidslivet"),
         ("J05", "Samisk versjon av karriereveiledning.no",
          ["Den nasjonale nettjenesten for karriereveiledning er i 2072 lansert på nordsamisk, lulesamisk og "
           "sørsamisk, med chat-veiledning på nordsamisk to dager i uka."],
          "Delmål 1.3. Ansvar: HK-dir. Samarbeid: Sametinget. Virkemiddel: digital informasjonstjeneste.",
          "1.3", "Informasjon", "HK-dir", "Sametinget"),
     ]),
    ("kap3", "3 Læring i arbeidslivet",
     ["Mange voksne lærer mest på jobben. Regjeringen har i 2072 prioritert tiltak som gir ansatte tilgang "
      "til formell utdanning uten at de må slutte i jobben, og tiltak som styrker kunnskapen om hva læring i "
      "arbeidslivet gir tilbake."],
     [
         ("J01", "Bransjeprogrammet for kommunal helse- og omsorgssektor",
          ["Programmet gir ansatte i kommunal helse og omsorg tilbud om fagskoleutdanning og videreutdanning "
           "i arbeidstiden. I 2072 fikk 2 140 ansatte plass på et av de 38 tilbudene."],
          "Delmål 2.4. Ansvar: KD og HK-dir. Samarbeid: KS, Fagforbundet, Delta og Norsk Sykepleierforbund. "
          "Virkemiddel: bransjeprogram (opplæring).",
          "2.4", "Kurs/utdanning", "KD og HK-dir", "KS, Fagforbundet, Delta og Norsk Sykepleierforbund"),
     ]),
    ("kap4", "4 Voksne med svak tilknytning til arbeidslivet",
     ["Voksne uten fullført videregående opplæring har høyere risiko for å falle ut av arbeidslivet. "
      "Tiltakene under gjelder grunnleggende ferdigheter og fleksibel fagopplæring."],
     [
         ("J04", "Kompetansepluss frivillighet",
          ["Tilskuddsordningen gir studieforbund og frivillige organisasjoner midler til kurs i lesing, skriving, "
           "regning og digitale ferdigheter. 2072 var det første året med egen pott for kurs på samisk."],
          "Delmål 3.2. Ansvar: HK-dir. Samarbeid: VOFO og studieforbundene. Virkemiddel: tilskudd til opplæring.",
          "3.2", "Kurs/utdanning", "HK-dir", "VOFO og studieforbundene"),
         (None, "Forsøk med modulstrukturert fagopplæring for voksne",
          ["Forsøket er utvidet til sju nye fag, blant annet helsearbeiderfaget og industrimekanikerfaget. "
           "Voksne kan ta fag- og svennebrev modul for modul og få hver modul dokumentert."],
          "Delmål 3.1. Ansvar: KD og Utdanningsdirektoratet. Samarbeid: fylkeskommunene. Virkemiddel: forsøk.",
          "3.1", "Prosjekt", "KD og Utdanningsdirektoratet", "fylkeskommunene"),
     ]),
]

CSS = """body { font-family: serif; line-height: 1.4; margin: 0 5%; }
h1 { font-size: 1.6em; margin-top: 2em; }
h2 { font-size: 1.3em; margin-top: 1.5em; border-bottom: 1px solid #999; }
h3 { font-size: 1.1em; margin-top: 1.2em; }
a.noteref { vertical-align: super; font-size: 0.7em; text-decoration: none; }
aside.fotnote { font-size: 0.85em; border-top: 1px solid #ccc; margin-top: 0.6em; }
p.ingress { font-style: italic; }
p.kolofon { font-size: 0.8em; color: #555; }
"""


def _page(title: str, body: str) -> str:
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html>\n'
            '<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" '
            'xml:lang="nb" lang="nb">\n<head>\n<meta charset="UTF-8"/>\n'
            f'<title>{esc(title)}</title>\n<link rel="stylesheet" type="text/css" href="../css/rapport.css"/>\n'
            f'</head>\n<body>\n{body}</body>\n</html>\n')


def _chapter(cid, title, intro, measures, start_note):
    parts = [f'<section epub:type="chapter" id="{cid}">\n<h1>{esc(title)}</h1>\n']
    for p in intro:
        parts.append(f'<p class="ingress">{esc(p)}</p>\n')
    notes = []
    n = start_note
    for _sid, name, paras, note, *_ in measures:
        parts.append(f'<section id="{cid}-t{n}">\n<h3>{esc(name)}<a class="noteref" epub:type="noteref" '
                     f'href="#fn{n}" id="ref{n}">{n}</a></h3>\n')
        for p in paras:
            parts.append(f"<p>{esc(p)}</p>\n")
        parts.append("</section>\n")
        notes.append(f'<aside class="fotnote" epub:type="footnote" id="fn{n}"><p><a href="#ref{n}">{n}</a> '
                     f'{esc(note)}</p></aside>\n')
        n += 1
    parts.append("".join(notes))
    parts.append("</section>\n")
    return _page(title, "".join(parts)), n


INTRO = [
    "Kunnskapsdepartementet rapporterer her på vegne av regjeringen om oppfølgingen av Nasjonal "
    "kompetansepolitisk strategi i 2072. Rapporten er skrevet til Kompetansepolitisk råd og følger "
    "strategiens tre hovedinnsatsområder.",
    "Hvert tiltak er beskrevet kort. Strategiens delmål, ansvarlig departement eller etat, "
    "samarbeidspartnere og virkemiddel står i noten til tiltakets overskrift.",
    "Departementene har i 2072 samarbeidet tett med partene i arbeidslivet og fylkeskommunene. Samlet "
    "bevilgning til kompetansetiltakene i denne rapporten var om lag 1,9 milliarder kroner.",
]

CLOSING = [
    ("Tiltak som ble avsluttet i 2071",
     ["Utredningen om karriereveiledning i NAV ble avsluttet i desember 2071, og anbefalingene følges opp "
      "i arbeidet med Nasjonalt forum for karriereveiledning.",
      "Treparts bransjeprogram for reiseliv ble avsluttet etter fem år. Sluttrapporten ligger på "
      "regjeringen.no."]),
    ("Videre arbeid i 2073",
     ["Regjeringen vil i 2073 legge fram en melding til Stortinget om voksnes læring og sette ned et "
      "offentlig utvalg om retten til videregående opplæring for voksne.",
      "Evalueringen av Kompetansebehovsutvalget skal drøftes med partene i Kompetansepolitisk råd våren 2073."]),
]


def build(out):
    files = []
    cover = _page("Rapport 2072",
                  '<section epub:type="cover titlepage">\n'
                  '<h1>Rapport om regjeringens oppfølging av Nasjonal kompetansepolitisk strategi – 2072</h1>\n'
                  '<p>Til Kompetansepolitisk råd</p>\n<p>Kunnskapsdepartementet, februar 2073</p>\n'
                  '<p class="kolofon">Publikasjonskode: F-4521 B. E-bokutgave. Rapporten finnes også som PDF '
                  'på regjeringen.no.</p>\n</section>\n')
    files.append(("OEBPS/tekst/omslag.xhtml", cover))
    intro = _page("1 Innledning",
                  '<section epub:type="chapter" id="kap1">\n<h1>1 Innledning</h1>\n'
                  + "".join(f"<p>{esc(p)}</p>\n" for p in INTRO) + "</section>\n")
    files.append(("OEBPS/tekst/kap1.xhtml", intro))
    n = 1
    rows = []
    for cid, title, intro_p, measures in CHAPTERS:
        page, n = _chapter(cid, title, intro_p, measures, n)
        files.append((f"OEBPS/tekst/{cid}.xhtml", page))
        for sid, name, paras, _note, dm, typ, ans, partners in measures:
            rows.append(truth(FILENAME, MEMBER, name, sid, dm, typ, ans, partners, " ".join(paras)))
    closing = ['<section epub:type="chapter" id="kap5">\n<h1>5 Avsluttede tiltak og videre arbeid</h1>\n']
    for h, ps in CLOSING:
        closing.append(f"<h2>{esc(h)}</h2>\n" + "".join(f"<p>{esc(p)}</p>\n" for p in ps))
    closing.append("</section>\n")
    files.append(("OEBPS/tekst/kap5.xhtml", _page("5 Avsluttede tiltak og videre arbeid", "".join(closing))))

    toc_items = [("omslag", "Omslag"), ("kap1", "1 Innledning")] + [(c[0], c[1]) for c in CHAPTERS] + \
        [("kap5", "5 Avsluttede tiltak og videre arbeid")]
    nav = ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html>\n'
           '<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" '
           'xml:lang="nb" lang="nb">\n<head>\n<meta charset="UTF-8"/>\n<title>Innhold</title>\n</head>\n<body>\n'
           '<nav epub:type="toc" id="toc">\n<h1>Innhold</h1>\n<ol>\n'
           + "".join(f'<li><a href="tekst/{i}.xhtml">{esc(t)}</a></li>\n' for i, t in toc_items)
           + '</ol>\n</nav>\n<nav epub:type="landmarks" hidden="hidden">\n<ol>\n'
           '<li><a epub:type="bodymatter" href="tekst/kap1.xhtml">Start</a></li>\n</ol>\n</nav>\n</body>\n</html>\n')
    manifest = ['<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>',
                '<item id="css" href="css/rapport.css" media-type="text/css"/>']
    spine = []
    for name, _ in files:
        iid = name.rsplit("/", 1)[1].split(".")[0]
        manifest.append(f'<item id="{iid}" href="tekst/{iid}.xhtml" media-type="application/xhtml+xml"/>')
        spine.append(f'<itemref idref="{iid}"/>')
    opf = ('<?xml version="1.0" encoding="UTF-8"?>\n'
           '<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="bookid" xml:lang="nb">\n'
           '<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">\n'
           f'<dc:identifier id="bookid">{BOOK_ID}</dc:identifier>\n'
           '<dc:title>Rapport om regjeringens oppfølging av Nasjonal kompetansepolitisk strategi – 2072</dc:title>\n'
           '<dc:language>nb</dc:language>\n<dc:creator>Kunnskapsdepartementet</dc:creator>\n'
           '<dc:publisher>Regjeringen</dc:publisher>\n<dc:date>2073-02-03</dc:date>\n'
           '<meta property="dcterms:modified">2073-02-03T10:00:00Z</meta>\n'
           '</metadata>\n<manifest>\n' + "\n".join(manifest) + '\n</manifest>\n'
           '<spine>\n' + "\n".join(spine) + '\n</spine>\n</package>\n')
    container = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                 '<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">\n'
                 '<rootfiles>\n<rootfile full-path="OEBPS/content.opf" '
                 'media-type="application/oebps-package+xml"/>\n</rootfiles>\n</container>\n')
    members = [("mimetype", "application/epub+zip"),
               ("META-INF/container.xml", container),
               ("OEBPS/content.opf", opf),
               ("OEBPS/nav.xhtml", nav),
               ("OEBPS/css/rapport.css", CSS)] + files
    write_zip(out / FILENAME, members)
    return rows
