"""Vestland fylkeskommune: Nynorsk report written in Markdown.

YAML front matter, ATX headings, a GitHub pipe table for the councils and
forums (with <br> inside a cell), then one '###'
heading per other measure with a paragraph and an italic tag line
'_Delmål x.y · own type word · ansvarleg: … · saman med: …_', a
footnote, and a 'Planar for 2072' list that is not this year's.
"""
from __future__ import annotations

from .common import truth, COUNCIL_IDS

FILENAME = "vestland-kompetanserapport-2071.md"
MEMBER = "Vestland fylkeskommune"
FORMAT = "Markdown (UTF-8, LF) with YAML front matter, pipe table, footnotes"
SHAPE = ("Nynorsk Markdown: a pipe table 'Organ | Ansvarleg | Kva vi gjorde i 2071 | Delmål' for "
         "councils/forums (type only implied by the section heading), then '###' measure headings "
         "with a paragraph and an italic 'Delmål · type · ansvarleg · saman med' line; footnote; "
         "plans for 2072")

TABLE = [
    dict(name="Nasjonalt forum for karriererettleiing", ansvar="Karriere Vestland",
         cell="Leiaren for Karriere Vestland er medlem og representerer fylkeskommunane. "
              "Forumet hadde fire møte i 2071.",
         dm="1.3", seed=COUNCIL_IDS["NFK"]),
    dict(name="Fylkesnettverket for kompetansepolitikk", ansvar="Seksjon for kompetanse",
         cell="Vestland leier arbeidsgruppa for regionale kompetanseplanar og deltok på begge "
              "samlingane i 2071 (Stavanger og Steinkjer).",
         dm="1.2", seed="J07"),
    dict(name="Regionalt kompetanseforum Vestland", ansvar="Seksjon for kompetanse",
         cell="Forumet samlar partane, NAV, UH-sektoren og fagskulane. Tema i 2071 var "
              "kompetansebehov i havbruk, helse og bygg.<br>Tre møte, eitt av dei i Førde.",
         dm="1.2", seed=None),
]

SECTIONS = [
    dict(name="KIF – karriererettleiing i frivilligheita", dm="1.3", tag="prosjekt",
         ansvar="Karriere Vestland", med="VOFO, Kompetanseforbundet",
         text="Karriere Vestland hadde faste rettleiingsdagar hos studieforbund og frivillige lag "
              "i seks kommunar. Piloten vart gjennomført i samarbeid med VOFO og evaluert hausten "
              "2071.",
         seed="J05", ttype="Prosjekt"),
    dict(name="Havbruksprogrammet – Vestlandsmodellen", dm="2.4", tag="vidareutdanning",
         ansvar="Seksjon for kompetanse", med="Høgskulen på Vestlandet, Sjømat Norge",
         text="Korte vidareutdanningsmodular for tilsette i havbruksnæringa, utvikla saman med "
              "bedriftene. 140 deltakarar tok minst éin modul i 2071.",
         foot=1, seed=None, ttype="Kurs/utdanning"),
    dict(name="«Fagbrev er framtida» – lærlingkampanje", dm="2.3", tag="informasjon",
         ansvar="Fagopplæringskontoret i Vestland", med="opplæringskontora",
         text="Kampanje i sosiale medium og på skulane for å syna fram karrierevegar i "
              "yrkesfaga, retta mot elevar på 10. trinn og føresette.",
         seed=None, ttype="Informasjon"),
]


def _cell(s):
    return s.replace("|", "\\|")


def build(out):
    L = []
    a = L.append
    a("---")
    a("tittel: Rapportering til Kompetansepolitisk råd – tiltak 2071")
    a("organisasjon: Vestland fylkeskommune")
    a("avdeling: Innovasjon og næringsutvikling, seksjon for kompetanse")
    a("dato: 2072-02-09")
    a("kontakt: Ingrid Haugland Brekke")
    a("spraak: nn")
    a("---")
    a("")
    a("# Kompetansepolitiske tiltak i Vestland 2071")
    a("")
    a("Vestland fylkeskommune har eit regionalt ansvar for å samordne kompetansepolitikken. "
      "Under følgjer tiltaka vi arbeidde med i 2071. Først kjem råd og forum der vi er med, "
      "deretter prosjekt og andre tiltak. Delmåla viser til Nasjonal kompetansepolitisk "
      "strategi.")
    a("")
    a("## Råd og forum vi er med i")
    a("")
    a("| Organ | Ansvarleg | Kva vi gjorde i 2071 | Delmål |")
    a("|:------|:----------|:---------------------|:------:|")
    for t in TABLE:
        a(f"| {_cell(t['name'])} | {_cell(t['ansvar'])} | {_cell(t['cell'])} | {t['dm']} |")
    a("")
    a("## Prosjekt og andre tiltak")
    a("")
    for s in SECTIONS:
        a(f"### {s['name']}")
        a("")
        a(s["text"] + (f"[^{s['foot']}]" if s.get("foot") else ""))
        a("")
        a(f"_Delmål {s['dm']} · {s['tag']} · ansvarleg: {s['ansvar']} · saman med: {s['med']}_")
        a("")
    a("## Planar for 2072")
    a("")
    a("- Vidareføre KIF som fast tilbod dersom evalueringa er positiv.")
    a("- Starte eit bransjeprogram for grøn industri saman med partane (søknad i mars 2072).")
    a("")
    a("---")
    a("")
    a("Kontakt: Ingrid Haugland Brekke, seksjon for kompetanse, Vestland fylkeskommune.")
    a("")
    a("[^1]: Talet gjeld deltakarar som fullførte minst éin modul med bestått vurdering.")
    a("")
    (out / FILENAME).write_bytes("\n".join(L).encode("utf-8"))

    rows = []
    for t in TABLE:
        rows.append(truth(FILENAME, MEMBER, t["name"], t["seed"], t["dm"],
                          "Råd/utvalg/nettverk", t["ansvar"], "",
                          t["cell"].replace("<br>", " ")))
    for s in SECTIONS:
        rows.append(truth(FILENAME, MEMBER, s["name"], s["seed"], s["dm"], s["ttype"],
                          s["ansvar"], s["med"], s["text"]))
    return rows
