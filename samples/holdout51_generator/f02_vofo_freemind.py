"""VOFO: mind map saved by FreeMind (.mm, XML).

Root node -> innsatsområde nodes -> delmål nodes (code + words, or only a
paraphrase) -> one node per measure.  The measure's kind, owner and
partners are FreeMind node attributes; the description is the node's
rich-text note (HTML inside the XML).  Two side branches hold a measure
finished in 2070 and a plan for 2072.
"""
from __future__ import annotations

from .common import truth, COUNCIL_IDS, esc

FILENAME = "VOFO tiltakskart 2071.mm"
MEMBER = "VOFO"
FORMAT = "FreeMind mind map (.mm, XML, map version 1.0.1)"
SHAPE = ("mind-map tree (non-ASCII letters stored as &#x..; references): innsatsområde → delmål node (code+words or paraphrase only) → measure node; "
         "Type/Ansvar/Med as node attributes, description as the node's HTML note; "
         "side branches 'Avsluttet i 2070' and 'Planer for 2072'")

T0 = 4108716000000  # fixed epoch-millis (2100-03-14) used for CREATED/MODIFIED

# branch -> [(delmål node text, delmål code, [measures])]
MEASURES = [
    ("Gode valg – innsatsområde 1", "right", [
        ("Karriereveiledning for alle – helhetlig system og gode veiledere", "1.3", [
            dict(name="Nasjonalt forum for karriereveiledning",
                 kind="forum", owner="VOFO (generalsekretær)", med="",
                 text="VOFO representerer studieforbundene og frivillig sektor i forumet. "
                      "Forumet hadde fire møter i 2071, og VOFO la fram erfaringer fra "
                      "veiledning i studieforbundene.",
                 seed=COUNCIL_IDS["NFK"], ttype="Råd/utvalg/nettverk"),
            dict(name="KIF – karriereveiledning i frivilligheten",
                 kind="pilotprosjekt", owner="VOFO",
                 med="Kompetanseforbundet, Vestland fylkeskommune",
                 text="Karriereveiledere fra karrieresenteret har faste veiledningsdager i "
                      "studieforbund og frivillige lag. Piloten ble gjennomført i Vestland "
                      "og evaluert høsten 2071.",
                 seed="J05", ttype="Prosjekt"),
        ]),
    ]),
    ("Voksne med svak tilknytning – innsatsområde 3", "right", [
        ("3.2 Kompetansepluss", "3.2", [
            dict(name="Lær for livet (Kompetansepluss frivillighet)",
                 kind="pilot", owner="VOFO",
                 med="HK-dir, Kunnskapsdepartementet",
                 text="Pilot som prøver ut et nytt opplegg for grunnleggende ferdigheter "
                      "i frivillige lag, finansiert over Kompetansepluss frivillighet. "
                      "23 lag og 410 deltakere var med i 2071.",
                 seed="J09", ttype="Prosjekt"),
        ]),
        ("3.4 Norskopplæring for innvandrere", "3.4", [
            dict(name="Språkkafénettverket",
                 kind="nettverk", owner="VOFO",
                 med="studieforbundene, Frivillighet Norge",
                 text="Nettverk for om lag 140 språkkafeer i regi av studieforbund og "
                      "frivillige organisasjoner, med to nettverkssamlinger og en felles "
                      "ressursbank for frivillige samtaleledere.",
                 seed=None, ttype="Råd/utvalg/nettverk"),
        ]),
        ("3.6 Læring i frivillig sektor", "3.6", [
            dict(name="Kampanjen «Lær noe nytt i høst»",
                 kind="kampanje", owner="VOFO", med="",
                 text="Nasjonal kampanje i sosiale medier og lokalaviser for "
                      "studieforbundenes kurstilbud i august og september.",
                 seed=None, ttype="Informasjon"),
            dict(name="Kursleder 2071 – opplæring av frivillige kursledere",
                 kind="kurs", owner="VOFO", med="studieforbundene",
                 text="Nettbasert og samlingsbasert opplæring av kursledere i frivillige "
                      "organisasjoner; 260 kursledere fullførte.",
                 seed=None, ttype="Kurs/utdanning"),
        ]),
    ]),
]

_id = [0]


def _nid():
    _id[0] += 1
    return f"ID_{1000 + _id[0] * 37}"


def _stamp():
    return f'CREATED="{T0 + _id[0] * 60000}" MODIFIED="{T0 + _id[0] * 60000 + 5000}"'


def _note(text):
    return ('<richcontent TYPE="NOTE"><html>\n  <head>\n\n  </head>\n  <body>\n'
            f'    <p>\n      {esc(text)}\n    </p>\n  </body>\n</html>\n</richcontent>\n')


def build(out):
    _id[0] = 0
    x = ['<map version="1.0.1">\n',
         '<!-- To view this file, download free mind mapping software FreeMind from '
         'http://freemind.sourceforge.net -->\n']
    x.append(f'<node {_stamp()} ID="{_nid()}" TEXT="VOFO – kompetansepolitiske tiltak 2071">\n')
    x.append(_note("Rapportering til Kompetansepolitisk råd. Kartet viser tiltakene VOFO "
                   "har hatt ansvar for eller deltatt i i 2071. Attributtene på hvert tiltak "
                   "viser type, ansvar og samarbeidspartnere."))
    x.append('<font BOLD="true" NAME="SansSerif" SIZE="14"/>\n')
    rows = []
    for branch, pos, dms in MEASURES:
        x.append(f'<node {_stamp()} ID="{_nid()}" POSITION="{pos}" TEXT="{esc(branch)}">\n'
                 '<edge COLOR="#00747a" WIDTH="2"/>\n<font NAME="SansSerif" SIZE="12"/>\n')
        for dtext, code, ms in dms:
            x.append(f'<node {_stamp()} ID="{_nid()}" TEXT="{esc(dtext)}">\n')
            for m in ms:
                x.append(f'<node {_stamp()} ID="{_nid()}" TEXT="{esc(m["name"])}">\n')
                x.append(_note(m["text"]))
                x.append(f'<attribute NAME="Type" VALUE="{esc(m["kind"])}"/>\n')
                x.append(f'<attribute NAME="Ansvar" VALUE="{esc(m["owner"])}"/>\n')
                if m["med"]:
                    x.append(f'<attribute NAME="Med" VALUE="{esc(m["med"])}"/>\n')
                x.append('<icon BUILTIN="button_ok"/>\n</node>\n')
                rows.append(truth(FILENAME, MEMBER, m["name"], m["seed"], code, m["ttype"],
                                  m["owner"], m["med"], m["text"]))
            x.append('</node>\n')
        x.append('</node>\n')
    # side branches that are not this year's measures
    x.append(f'<node {_stamp()} COLOR="#999999" ID="{_nid()}" POSITION="left" '
             'TEXT="Avsluttet i 2070">\n<edge COLOR="#999999"/>\n')
    x.append(f'<node {_stamp()} COLOR="#999999" ID="{_nid()}" '
             'TEXT="Evaluering av studiesirkelmetoden">\n')
    x.append(_note("Sluttrapporten ble levert i desember 2070. Ikke aktivt i 2071."))
    x.append('<attribute NAME="Type" VALUE="evaluering"/>\n<icon BUILTIN="stop-sign"/>\n'
             '</node>\n</node>\n')
    x.append(f'<node {_stamp()} COLOR="#999999" ID="{_nid()}" POSITION="left" '
             'TEXT="Planer for 2072">\n<edge COLOR="#999999"/>\n')
    x.append(f'<node {_stamp()} COLOR="#999999" ID="{_nid()}" '
             'TEXT="Frivillighetens læringsår 2072">\n')
    x.append(_note("Idé til et felles læringsår for frivilligheten. Søknad om midler "
                   "sendes våren 2072."))
    x.append('<icon BUILTIN="help"/>\n</node>\n</node>\n')
    x.append('</node>\n</map>\n')
    # FreeMind stores every non-ASCII character as a numeric reference
    text = "".join(c if ord(c) < 128 else f"&#x{ord(c):x};" for c in "".join(x))
    (out / FILENAME).write_bytes(text.encode("ascii"))
    return rows
