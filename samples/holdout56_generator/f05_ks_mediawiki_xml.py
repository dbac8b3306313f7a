"""KS: the report was written on KS's internal wiki (MediaWiki) and exported with Special:Export, full history
included. The page text is wikitext: measures are calls of the template {{Tiltak}}, the delmål is the section
heading they stand under. The older revision (a draft) is still in the file."""
from __future__ import annotations

import re

from lxml import etree

from .common import INFO, FOU, KURS, RAD, row, xml_esc

FILENAME = "KSwiki-20770112093015.xml"
MEMBER = "KS"
FORMAT = ("MediaWiki XML dump from Special:Export (export-0.11 schema, xml:lang nb) with siteinfo, namespaces and all "
          "revisions of two pages; revision text is wikitext with xml:space=preserve, sha1 and bytes attributes; "
          "written as text")
SHAPE = ("wiki page 'Kompetansepolitisk råd/Rapport 2076' in two revisions (a November draft and the final January "
         "text); in the final text '== Hovedinnsatsområde ==' and '=== delmål ===' headings (code+words, words only, "
         "code only) with one {{Tiltak|navn=…|type=…|ansvar=…|samarbeid=…|omtale=…}} template call per measure, so "
         "the delmål is given only by the heading the call stands under; links [[…]] inside values; type missing "
         "once; a section 'Avsluttet 2075' and 'Planlagt 2077' with plain bullets; the page 'Mal:Tiltak' defines the "
         "template")
NOT_TRUTH = ("the siteinfo, the template page 'Mal:Tiltak' (its documentation and parameter names), the first "
             "revision (the draft of 2 November 2076, which holds an early form of the same list), the intro "
             "paragraph, the bullets under 'Avsluttet 2075' (Lederutdanning for oppvekstsektoren) and 'Planlagt 2077' "
             "(Kompetanseløft for teknisk sektor), categories, revision comments and contributors")

# (heading level-3 text, [(navn, type, ansvar, samarbeid (wikitext), omtale, truth)])
SECTIONS = [
    ("Hovedinnsatsområde 1 – Gode valg", [
        ("1.2 Regionalt samarbeid om kompetanse", [
            ("Nettverk for strategisk kompetanseplanlegging i kommunene", "Nettverk", "KS Kompetanse",
             "[[Statsforvalterne]], fylkeskommunene",
             "Nettverket samlet personalledere fra 120 kommuner til fire regionale samlinger om hvordan kommunene "
             "kan planlegge kompetanse sammen.", (None, "1.2", RAD)),
        ]),
    ]),
    ("Hovedinnsatsområde 2 – Læring i arbeidslivet", [
        ("Styrke den digitale kompetansen i hele arbeidsstyrken", [
            ("KI-løftet – kurs i kunstig intelligens for kommuneansatte", "Kurs", "KS Digitalisering",
             "[[Digitaliseringsdirektoratet]], Unio",
             "Gratis nettkurs og lokale verksteder om trygg bruk av kunstig intelligens i saksbehandling og "
             "tjenester; 211 kommuner deltok.", ("J02", "2.1", KURS)),
        ]),
        ("2.2", [
            ("Kartlegging av rekrutteringsbehov i kommunene 2076", "Kartlegging", "KS Analyse",
             "", "Undersøkelsen viser at kommunene mangler 6 100 sykepleiere og 1 900 lærere.",
             (None, "2.2", FOU)),
        ]),
        ("2.3 Karrieremuligheter i yrkesfagene", [
            ("KS i Samarbeidsrådet for yrkesopplæring (SRY)", "Råd", "KS Arbeidsgiverpolitikk",
             "", "KS har to plasser i SRY og oppnevner kommunesektorens representanter i de faglige rådene.",
             ("M02", "2.3", RAD)),
        ]),
        ("Koble kompetansebehov og utdanningstilbud", [
            ("Veileder for strategisk kompetanseplanlegging", "Veileder", "KS Kompetanse",
             "[[Fagforbundet (forbund)|Fagforbundet]], Delta",
             "Ny digital veileder med maler og eksempler på hvordan kommunen finner riktige utdanningstilbud til "
             "ansatte.", (None, "2.4", INFO)),
        ]),
    ]),
    ("Hovedinnsatsområde 3 – Voksne med svak tilknytning", [
        ("3.1 Fleksibel opplæring for voksne", [
            ("Desentralisert utdanning for helsefagarbeidere", "", "KS Kompetanse", "Fylkeskommunene, NAV",
             "Kommuner og fylkeskommuner tilbød fagbrev som helsefagarbeider på deltid nær arbeidsplassen; 640 "
             "voksne var i gang.", (None, "3.1", KURS)),
        ]),
    ]),
]

TEMPLATE_PAGE = """<noinclude>Mal for ett tiltak i rapporten til Kompetansepolitisk råd.
Parametre: navn, type, ansvar, samarbeid, omtale.</noinclude><includeonly>
{| class="wikitable" style="width:100%"
! colspan="2" | {{{navn}}}
|-
| Type || {{{type|–}}}
|-
| Ansvar || {{{ansvar}}}
|-
| Samarbeid || {{{samarbeid|}}}
|-
| colspan="2" | {{{omtale}}}
|}</includeonly>"""


def _final() -> str:
    L = ["Denne siden er KS' rapport til [[Kompetansepolitisk råd]] for 2076. Tiltakene står under det delmålet i "
         "strategien de hører til.", ""]
    for area, subs in SECTIONS:
        L += [f"== {area} ==", ""]
        for head, items in subs:
            L += [f"=== {head} ===", ""]
            for navn, typ, ansv, samarb, omtale, _t in items:
                L.append("{{Tiltak")
                L.append(f"|navn={navn}")
                if typ:
                    L.append(f"|type={typ}")
                L.append(f"|ansvar={ansv}")
                if samarb:
                    L.append(f"|samarbeid={samarb}")
                L.append(f"|omtale={omtale}")
                L += ["}}", ""]
    L += ["== Avsluttet 2075 ==", "* Lederutdanning for oppvekstsektoren (avsluttet juni 2075)", "",
          "== Planlagt 2077 ==", "* Kompetanseløft for teknisk sektor", "",
          "[[Kategori:Kompetansepolitisk råd]]", "[[Kategori:Rapporter 2076]]"]
    return "\n".join(L)


def _draft() -> str:
    return ("Utkast – fylles ut av avdelingene.\n\n== Tiltak ==\n* KS i SRY\n* KI-løftet (kurs)\n"
            "* Kartlegging av rekrutteringsbehov\n* Nettverk for kompetanseplanlegging\n"
            "* Lederutdanning for oppvekstsektoren (2075?)\n")


def _rev(rid, parent, ts, user, uid, comment, txt) -> str:
    b = len(txt.encode("utf-8"))
    p = f"      <parentid>{parent}</parentid>\n" if parent else ""
    return (f"    <revision>\n      <id>{rid}</id>\n{p}      <timestamp>{ts}</timestamp>\n      <contributor>\n"
            f"        <username>{user}</username>\n        <id>{uid}</id>\n      </contributor>\n"
            f"      <comment>{xml_esc(comment)}</comment>\n      <origin>{rid}</origin>\n"
            f"      <model>wikitext</model>\n      <format>text/x-wiki</format>\n"
            f'      <text bytes="{b}" sha1="{format(rid * 7919, "031x")}" xml:space="preserve">{xml_esc(txt)}</text>\n'
            f"      <sha1>{format(rid * 7919, '031x')}</sha1>\n    </revision>\n")


def build(out) -> list[dict]:
    head = ('<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.11/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
            'xsi:schemaLocation="http://www.mediawiki.org/xml/export-0.11/ '
            'http://www.mediawiki.org/xml/export-0.11.xsd" version="0.11" xml:lang="nb">\n'
            "  <siteinfo>\n    <sitename>KSwiki</sitename>\n    <dbname>kswiki</dbname>\n"
            "    <base>https://wiki.ks.no/index.php/Forside</base>\n    <generator>MediaWiki 1.41.1</generator>\n"
            "    <case>first-letter</case>\n    <namespaces>\n"
            '      <namespace key="0" case="first-letter" />\n'
            '      <namespace key="10" case="first-letter">Mal</namespace>\n'
            '      <namespace key="14" case="first-letter">Kategori</namespace>\n'
            "    </namespaces>\n  </siteinfo>\n")
    page1 = ("  <page>\n    <title>Mal:Tiltak</title>\n    <ns>10</ns>\n    <id>311</id>\n"
             + _rev(4410, None, "2075-10-03T08:12:44Z", "Mette.Lie", 27, "Ny mal", TEMPLATE_PAGE) + "  </page>\n")
    page2 = ("  <page>\n    <title>Kompetansepolitisk råd/Rapport 2076</title>\n    <ns>0</ns>\n    <id>1432</id>\n"
             + _rev(9001, None, "2076-11-02T13:40:02Z", "Mette.Lie", 27, "Utkast", _draft())
             + _rev(9188, 9001, "2077-01-10T09:05:51Z", "Arne.Dahl", 41, "Klar til innsending", _final())
             + "  </page>\n")
    (out / FILENAME).write_bytes((head + page1 + page2 + "</mediawiki>\n").encode("utf-8"))
    rows = []
    for _area, subs in SECTIONS:
        for _h, items in subs:
            for navn, _typ, ansv, samarb, omtale, (seed, dm, typ) in items:
                rows.append(row(FILENAME, MEMBER, navn, seed, dm, typ, ansv, _unlink(samarb), omtale))
    return rows


def _unlink(s: str) -> str:
    return re.sub(r"\[\[(?:[^|\]]*\|)?([^\]]*)\]\]", r"\1", s)


def text(path) -> str:
    root = etree.fromstring(path.read_bytes())
    ns = {"m": "http://www.mediawiki.org/xml/export-0.11/"}
    out = []
    for t in root.iterfind(".//m:text", ns):
        out.append(_unlink(t.text or ""))
    return "\n".join(out)
