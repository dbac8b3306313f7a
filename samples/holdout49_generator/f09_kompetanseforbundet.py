"""09 Kompetanseforbundet - Markdown file exported from the member's wiki: YAML front matter, task-list
check boxes ([x] done in 2069, [ ] planned), an HTML comment hiding a cancelled item, a pipe table."""
import os
from .common import truth_row, result

FILE = "09_Kompetanseforbundet_rapport_2069.md"
MEMBER = "Kompetanseforbundet"
FORMAT = "Markdown (.md, UTF-8) exported from a wiki, YAML front matter"
SHAPE = ("Markdown report: YAML front matter, headings per hovedinnsatsområde, each measure a task-list item "
         "«- [x] **Name**» with nested bullets «Delmål: x.y · Type: own word», «Ansvar: … · Med: …» and the "
         "description; a legend says [x] = carried out in 2069, [ ] = planned for 2070; a cancelled measure is "
         "inside an HTML comment; key-figure pipe table")
TRAPS = ("unchecked task items «[ ]» are plans for 2070 (two); the HTML comment holds the cancelled "
         "«Kompetansedagen 2069»; the webinar about the KBU report is the member's own event (U0901), not a KBU "
         "seat; front matter, legend and key-figure table")

# area, [(seed, delmal, type, name, own type, ansvar, med, text)]
AREAS = [
    ("Hovedinnsatsområde 1 – Gode valg for den enkelte og for samfunnet", [
        ("M06", "1.3", "Råd/utvalg/nettverk", "Nasjonalt forum for karriereveiledning", "nettverk",
         "fagsjef for karriere og veiledning", "",
         "Vi har deltatt på alle fire forummøter og bidratt med erfaringer fra HR-ledere om veiledning av voksne i "
         "jobb."),
        ("U0901", "1.1", "Arrangement", "Webinar: Hva sier KBU om kompetansebehovene?", "webinar",
         "Kompetanseforbundet", "",
         "Åpent webinar der to av utvalgets medlemmer la fram hovedfunnene i KBUs rapport for HR-ledere. 640 "
         "deltok direkte."),
        ("PLAN", "1.3", None, "Sertifisering i karriereveiledning for HR", "kurs", "Kompetanseforbundet", "",
         "Planlagt oppstart høsten 2070."),
    ]),
    ("Hovedinnsatsområde 2 – Læring i arbeidslivet", [
        ("U0904", "2.1", "FoU", "Medlemsundersøkelse om digitale ferdigheter", "undersøkelse", "analyseavdelingen",
         "",
         "Undersøkelse blant 1 300 medlemmer om hvilke digitale ferdigheter de ansatte mangler, og hva "
         "virksomhetene gjør for å tette gapet."),
        ("J10", "2.2", "FoU", "LÆRA-prosjektet (læring i arbeidslivet)", "forskning", "Kompetanseforbundet",
         "OsloMet og NTNU",
         "Vi er partner i forskningsprosjektet og har rekruttert 24 virksomheter til casestudiene om hvordan "
         "ansatte lærer i det daglige."),
        ("U0902", "2.4", "Råd/utvalg/nettverk", "Nettverk for HR- og kompetanseledere", "nettverk",
         "regionkontorene", "",
         "Seks regionale nettverk der kompetanseledere i store og små virksomheter møter fagskoler og høyskoler "
         "for å finne fram til relevante etter- og videreutdanningstilbud."),
        ("U0903", "2.5", "Kurs/utdanning", "Kurs i dokumentasjon av realkompetanse for HR-rådgivere", "kurs",
         "Kompetanseforbundet", "HK-dir",
         "Todagers kurs om hvordan virksomheter kan dokumentere kompetanse de ansatte har fått i jobben. 210 "
         "deltakere."),
        ("PLAN", "2.4", None, "Kompetanseindeks for små virksomheter", "verktøy", "analyseavdelingen", "",
         "Utvikles i 2070 sammen med to regionkontorer."),
    ]),
]


def _item(checked, name, dm, own, ans, med, text):
    L = ["- [%s] **%s**" % ("x" if checked else " ", name),
         "  - Delmål: %s · Type: %s" % (dm, own),
         "  - Ansvar: %s · Med: %s" % (ans, med or "–"),
         "  - " + text]
    return L


def build(outdir):
    L = ["---",
         'title: "Kompetanseforbundet – rapportering til Kompetansepolitisk råd 2069"',
         "forfatter: Jonas Vik",
         "dato: 2070-01-25",
         "rapportår: 2069",
         "status: endelig",
         "tags: [kompetansepolitisk-råd, rapportering]",
         "---",
         "",
         "# Kompetanseforbundet – rapportering 2069",
         "",
         "> Kompetanseforbundet ble medlem av rådet i 2067. Dette er vår tredje rapport. Teksten er eksportert fra "
         "wikien vår, så formateringen kan se litt rar ut i Word.",
         "",
         "**Forklaring:** `[x]` = gjennomført eller pågående i 2069 · `[ ]` = ikke startet, planlagt 2070",
         ""]
    rows = []
    for area, meas in AREAS:
        L += ["## " + area, ""]
        for seed, dm, typ, name, own, ans, med, text in meas:
            L += _item(seed != "PLAN", name, dm, own, ans, med, text)
            if seed != "PLAN":
                rows.append(truth_row(FILE, MEMBER, seed, dm, typ, name, ans, med, text))
        L.append("")
        if area.startswith("Hovedinnsatsområde 2"):
            L += ["<!-- UTKAST: Kompetansedagen ble avlyst, tas ut før innsending",
                  "- [x] **Kompetansedagen 2069**",
                  "  - Delmål: 2.2 · Type: konferanse",
                  "  - Ansvar: Kompetanseforbundet · Med: –",
                  "  - Årlig fagdag for medlemmene.",
                  "-->", ""]
    L += ["## Hovedinnsatsområde 3 – Voksne med svak tilknytning til arbeidslivet", "",
          "Ingen egne tiltak i 2069.", "",
          "## Nøkkeltall 2069", "",
          "| Nøkkeltall | 2068 | 2069 |",
          "|---|---:|---:|",
          "| Medlemmer | 2 110 | 2 340 |",
          "| Deltakere på webinarer | 980 | 1 150 |",
          "| Aktive nettverk | 5 | 6 |",
          "",
          "_Spørsmål om rapporten: Jonas Vik, fagsjef – jonas.vik@kompetanseforbundet.example.no_",
          ""]
    with open(os.path.join(outdir, FILE), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(L))
    return result(FILE, MEMBER, FORMAT, SHAPE, rows, TRAPS)
