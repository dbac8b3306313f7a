"""11 Sametinget: hand-written ODT. Annual report (bilingual title) in prose,
structured by hovedinnsatsområde; each measure is a level-3 heading followed by
a prose paragraph. No delmål codes — the link to the strategy is paraphrased in
the text. Responsible department in a trailing italic line."""
import os

from .common import T, FileResult, odf_package, odt_p, odt_h, ODT_BASE_STYLES, ODT_AUTO_STYLES

FILENAME = "11_Sametinget_arsmelding_kompetanse_2066.odt"
MEMBER = "Sametinget"

AREAS = [
    ("Gode valg for den enkelte og for samfunnet",
     "Sametinget er opptatt av at samisk ungdom og voksne skal få veiledning som tar hensyn til samisk "
     "språk, kultur og næringsliv.",
     [
         ("Forum for karriereveiledning",
          "Sametinget har fast plass i det nasjonale forumet. Vi har i 2066 arbeidet for at karriereveiledning i "
          "samiske områder skal ta hensyn til samisk språk, kultur og næringsliv, slik strategien legger "
          "opp til for veiledere og rådgivere.",
          "Opplæringsavdelingen", "",
          T("Forum for karriereveiledning", "M06", "1.3", "Råd/utvalg/nettverk")),
         ("Samisk modul i karriereveilederutdanningen",
          "Sammen med Sámi allaskuvla og Nord universitet er det utviklet en modul på 10 studiepoeng om "
          "samisk kultur- og næringsliv for karriereveiledere og rådgivere. 28 veiledere fullførte "
          "modulen i 2066.",
          "Opplæringsavdelingen", "Sámi allaskuvla, Nord universitet",
          T("Samisk modul i karriereveilederutdanningen", "U1101", "1.3", "Kurs/utdanning")),
     ]),
    ("Læring i arbeidslivet",
     "For mange samer er kompetansen ervervet i tradisjonelle næringer og i arbeid, ikke i skolen.",
     [
         ("Duodji-fagbrev – dokumentasjon av tradisjonskunnskap",
          "Prosjektet prøver ut en metode for å vurdere og dokumentere duodjikompetanse ervervet gjennom "
          "arbeid og tradisjon, slik at den kan gi grunnlag for fagbrev. Tolv kandidater ble vurdert i "
          "2066.",
          "Kulturavdelingen", "Sámi joatkkaskuvla ja boazodoalloskuvla",
          T("Duodji-fagbrev – dokumentasjon av tradisjonskunnskap", "U1103", "2.5", "Prosjekt")),
     ]),
    ("Voksne med svak tilknytning til arbeidslivet",
     "Kompetanseplussordningen er viktig i samiske områder, der mange driver små virksomheter.",
     [
         ("Kompetansepluss i reindriften",
          "Opplæring i grunnleggende digitale ferdigheter og regnskap for reindriftsutøvere, finansiert "
          "gjennom Kompetanseplussordningen for samiske områder. To kull med til sammen 34 deltakere.",
          "Næringsavdelingen", "Norske Reindriftsamers Landsforbund",
          T("Kompetansepluss i reindriften", "U1102", "3.2", "Prosjekt")),
     ]),
]


def build(out_dir: str) -> FileResult:
    body = [
        odt_p("Sámediggi – Sametinget", "Psmall"),
        odt_p("Jahkedieđáhus 2066 – Årsmelding om kompetansepolitikk", "Title"),
        odt_p("Sametinget er medlem av Kompetansepolitisk råd. Denne årsmeldingen beskriver hva "
              "Sametinget har gjort i 2066 for å følge opp strategien, ordnet etter strategiens tre "
              "hovedinnsatsområder."),
    ]
    rows = []
    for n, (area, intro, items) in enumerate(AREAS, start=1):
        body.append(odt_h(f"{n}. {area}", 1))
        body.append(odt_p(intro))
        for name, desc, ansv, partn, truth in items:
            body.append(odt_h(name, 3))
            body.append(odt_p(desc))
            line = f"//Ansvarlig avdeling: {ansv}"
            line += f". Samarbeid: {partn}.//" if partn else ".//"
            body.append(odt_p(line, "Psmall"))
            truth.ansvarlig, truth.partnere, truth.beskrivelse = ansv, partn, desc
            rows.append(truth)
    body.append(odt_p("Kárášjohka/Karasjok, ođđajagemánnu/januar 2067"))
    content = "<office:text>" + "".join(body) + "</office:text>"
    odf_package(os.path.join(out_dir, FILENAME), "application/vnd.oasis.opendocument.text",
                content, ODT_AUTO_STYLES, ODT_BASE_STYLES,
                "Sametinget årsmelding kompetanse 2066", "Sámediggi")
    return FileResult(FILENAME, MEMBER, "ODT (hand-written ODF XML)",
                      "Prose annual report by hovedinnsatsområde; each measure a level-3 heading plus "
                      "paragraph; no delmål codes (paraphrased links only); no types", rows)
