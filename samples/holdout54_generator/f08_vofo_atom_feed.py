"""VOFO: the Atom feed of vofo.no's news filtered on the tag 'kpr-2074' – each measure is a news entry; delmål and
type are Atom <category> elements, the facts a 'Fakta om tiltaket' box inside the escaped HTML content."""
from __future__ import annotations

import html

from lxml import etree
from lxml import html as lhtml

from .common import ARR, FOU, INFO, KURS, PROSJEKT, RAD, row, xml_esc

FILENAME = "VOFO_aktuelt_feed_kpr-2074.xml"
MEMBER = "VOFO"
FORMAT = ("Atom 1.0 feed (application/atom+xml, UTF-8) as served by the website's CMS for a tag, with an "
          "xml-stylesheet PI; entry content as escaped HTML (type=\"html\"); written as text")
SHAPE = ("news feed: one <entry> per news item, newest first; a measure's delmål is a <category> with "
         "scheme …/kps (term 'delmal-3-6', mostly with a label in words, once without), its type a <category> with "
         "scheme …/tiltakstype in VOFO's words (missing once); the entry's <summary> is the description; the name, "
         "responsible and partners are in a 'Fakta om tiltaket' list inside the escaped HTML <content> "
         "('Tiltak: … / Ansvarlig: … / Samarbeid: …'); entries that are not measures mixed in (a 2075 call for "
         "applications, a job advert, a look back at a measure finished in 2073)")
NOT_TRUTH = ("the feed title/subtitle/author, the entries 'Søk om midler til Kompetansepluss frivillighet 2075' "
             "(2075), 'Ledig stilling: rådgiver i VOFO' (job advert) and 'Tilbakeblikk: DigiKlar ble avsluttet i "
             "2073' (finished 2073); the article bodies beyond the summary and the fact box")

BASE = "https://www.vofo.no"
KPS = "https://www.vofo.no/kategori/kps"
TYP = "https://www.vofo.no/kategori/tiltakstype"

# (kind, title, slug, date, author, dm_term, dm_label, type_term, type_label, summary, body paragraphs,
#  fact: (tiltak, ansvarlig, samarbeid) or None, truth)
ENTRIES = [
    ("other", "Søk om midler til Kompetansepluss frivillighet 2075", "sok-om-midler-kompetansepluss-2075",
     "2075-01-14T10:00:00+01:00", "Linn Aasheim", "delmal-3-2", "Kompetanseplussordningene", None, None,
     "Søknadsfristen for 2075 er 1. mars. Studieforbund og frivillige organisasjoner kan søke.",
     ["Ordningen forvaltes av HK-dir. VOFO holder et informasjonsmøte om søknaden i februar 2075."], None, None),
    ("m", "Voksnes læringsuke 2074 samlet over 900 kurs", "voksnes-laeringsuke-2074",
     "2074-12-02T09:30:00+01:00", "Linn Aasheim", "delmal-3-6", "Læring i frivillig sektor", None, None,
     "Uka samlet over 900 kurs og åpne arrangementer i studieforbundene og frivillige organisasjoner.",
     ["Læringsuka ble arrangert i oktober, med åpningsarrangement på Hamar.",
      "– Vi ser at mange voksne tar første steg tilbake til læring i en forening, sier generalsekretæren."],
     ("Voksnes læringsuke 2074", "VOFO", "studieforbundene, fylkeskommunene"), (None, "3.6", ARR)),
    ("other", "Ledig stilling: rådgiver i VOFO", "ledig-stilling-radgiver", "2074-11-20T12:00:00+01:00",
     "VOFO", None, None, None, None, "Vi søker en rådgiver med erfaring fra kompetansepolitikk.",
     ["Søknadsfrist 10. desember 2074."], None, None),
    ("m", "Kartlegging: slik veileder studieforbundene kursdeltakerne", "kartlegging-karriereveiledning",
     "2074-11-18T08:00:00+01:00", "Tor Melby", "delmal-1-3", "Karriereveiledning", "utredning", "Utredning",
     "Kartleggingen viser hvordan studieforbundene veileder kursdeltakere om videre utdanning; resultatene ble "
     "lagt fram for Nasjonalt forum for karriereveiledning i november.",
     ["NIFU intervjuet opplæringsledere i tolv studieforbund."],
     ("Kartlegging av karriereveiledning i studieforbundene", "VOFO", "NIFU"), (None, "1.3", FOU)),
    ("m", "VOFO i Nasjonalt forum for karriereveiledning", "vofo-i-nasjonalt-forum",
     "2074-10-03T14:00:00+02:00", "Tor Melby", "delmal-1-3", "Karriereveiledning", "rad", "Råd og utvalg",
     "VOFO representerer frivillig sektor i forumet og løftet i 2074 fram studieforbundenes rolle i "
     "karriereveiledning for voksne.",
     ["Forumet ledes av HK-dir og har representanter for partene, fylkeskommunene og Sametinget."],
     ("VOFO i Nasjonalt forum for karriereveiledning", "VOFO", ""), ("M06", "1.3", RAD)),
    ("m", "Nå kan studieforbundene vurdere realkompetanse", "realkompetanse-pilot", "2074-09-12T10:15:00+02:00",
     "Linn Aasheim", "delmal-2-5", "Dokumentere kompetanse ervervet i arbeidslivet", "prosjekt", "Pilot",
     "AOF prøvde ut en modell der kursdeltakere kan få vurdert kompetanse fra arbeidslivet opp mot læreplaner i "
     "videregående opplæring.", ["Piloten fortsetter i to fylker."],
     ("Realkompetansevurdering i studieforbund – pilot", "AOF Norge", "Innlandet fylkeskommune, Vestland "
      "fylkeskommune"), (None, "2.5", PROSJEKT)),
    ("m", "Norsk i menigheter og foreninger", "kompetansepluss-frivillighet-norsk", "2074-06-05T09:00:00+02:00",
     "Tor Melby", "delmal-3-2", None, "kurs", "Kurs",
     "Norskkurs med vekt på muntlig språk for innvandrere som er aktive i menigheter og foreninger; 1 050 "
     "deltakere.", ["Kursene er finansiert gjennom Kompetansepluss frivillighet."],
     ("Kompetansepluss frivillighet – norsk i menigheter og foreninger", "Studieforbundet kultur og tradisjon",
      "HK-dir"), (None, "3.2", KURS)),
    ("m", "Les mer! – lesekampanje i frivilligheten", "les-mer-lesekampanje", "2074-03-01T08:00:00+01:00",
     "Linn Aasheim", "delmal-3-6", "Læring i frivillig sektor", "kampanje", "Kampanje",
     "Kampanjen fikk 140 lag og foreninger til å starte lesesirkler for voksne som vil bli tryggere lesere.",
     ["Materiellet kan lastes ned gratis fra nettsiden vår."],
     ("Les mer! – lesekampanje i frivilligheten", "VOFO", "Kompetanseforbundet, Foreningen !les"),
     ("J04", "3.6", INFO)),
    ("other", "Tilbakeblikk: DigiKlar ble avsluttet i 2073", "tilbakeblikk-digiklar", "2074-01-20T09:00:00+01:00",
     "Tor Melby", "delmal-2-1", "Digital kompetanse i arbeidsstyrken", "kurs", "Kurs",
     "DigiKlar-kursene for seniorer ble avsluttet i desember 2073 etter tre år.",
     ["Over 9 000 seniorer deltok."], None, None),
]


def _content(e) -> str:
    _k, _t, _s, _d, _a, _dm, _dml, _tt, _tl, summary, paras, fact, _truth = e
    h = [f"<p class=\"ingress\">{xml_esc(summary)}</p>"]
    h += [f"<p>{xml_esc(p)}</p>" for p in paras]
    if fact:
        tiltak, ansv, samarb = fact
        h.append("<aside class=\"faktaboks\"><h4>Fakta om tiltaket</h4><ul>")
        h.append(f"<li>Tiltak: {xml_esc(tiltak)}</li>")
        h.append(f"<li>Ansvarlig: {xml_esc(ansv)}</li>")
        if samarb:
            h.append(f"<li>Samarbeid: {xml_esc(samarb)}</li>")
        h.append("</ul></aside>")
    return "".join(h)


def build(out) -> list[dict]:
    L = ["<?xml version=\"1.0\" encoding=\"utf-8\"?>",
         "<?xml-stylesheet type=\"text/xsl\" href=\"/static/feed.xsl\"?>",
         "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"nb\">",
         "  <title>VOFO – Aktuelt: kpr-2074</title>",
         "  <subtitle>Nyheter fra Voksenopplæringsforbundet merket «kpr-2074»</subtitle>",
         f"  <link rel=\"self\" href=\"{BASE}/aktuelt/tag/kpr-2074/feed.atom\"/>",
         f"  <link rel=\"alternate\" type=\"text/html\" href=\"{BASE}/aktuelt/tag/kpr-2074/\"/>",
         "  <id>tag:vofo.no,2074:aktuelt:kpr-2074</id>",
         "  <updated>2075-01-14T10:00:00+01:00</updated>",
         "  <author><name>VOFO</name><uri>https://www.vofo.no</uri></author>",
         "  <generator uri=\"https://wagtail.org\" version=\"9.1\">Wagtail</generator>"]
    for e in ENTRIES:
        kind, title, slug, date, author, dmt, dml, tt, tl, summary, _p, _f, _tr = e
        L += ["  <entry>", f"    <title>{xml_esc(title)}</title>",
              f"    <link rel=\"alternate\" type=\"text/html\" href=\"{BASE}/aktuelt/{slug}/\"/>",
              f"    <id>tag:vofo.no,{date[:4]}:aktuelt:{slug}</id>",
              f"    <published>{date}</published>", f"    <updated>{date}</updated>",
              f"    <author><name>{xml_esc(author)}</name></author>"]
        if dmt:
            lab = f" label=\"{xml_esc(dml)}\"" if dml else ""
            L.append(f"    <category scheme=\"{KPS}\" term=\"{dmt}\"{lab}/>")
        if tt:
            L.append(f"    <category scheme=\"{TYP}\" term=\"{tt}\" label=\"{xml_esc(tl)}\"/>")
        L.append("    <category scheme=\"https://www.vofo.no/tag\" term=\"kpr-2074\"/>")
        L.append(f"    <summary>{xml_esc(summary)}</summary>")
        L.append(f"    <content type=\"html\">{html.escape(_content(e), quote=False)}</content>")
        L.append("  </entry>")
    L.append("</feed>")
    (out / FILENAME).write_bytes(("\n".join(L) + "\n").encode("utf-8"))
    rows = []
    for e in ENTRIES:
        if e[0] != "m":
            continue
        tiltak, ansv, samarb = e[11]
        seed, dm, typ = e[12]
        rows.append(row(FILENAME, MEMBER, tiltak, seed, dm, typ, ansv, samarb, e[9]))
    return rows


def text(path) -> str:
    root = etree.fromstring(path.read_bytes())
    out = []
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        ln = etree.QName(el).localname
        if ln == "content":
            frag = lhtml.fromstring(f"<div>{el.text}</div>")
            out.extend(x.text_content() for x in frag.iter("p", "li", "h4"))
        elif ln == "category":
            out.append(f"{el.get('term')} {el.get('label') or ''}")
        elif el.text and el.text.strip():
            out.append(el.text)
    return "\n".join(out)
