"""15 – Trøndelag fylkeskommune: nested JSON export from a planning/reporting tool."""
from __future__ import annotations

import json
from pathlib import Path

from .common import R

FILE = "Trondelag_fk_handlingsprogram_kompetanse_2070.json"
MEMBER = "Trøndelag fylkeskommune"
HOW = "JSON (json.dumps, ensure_ascii=True so æøå are \\u escapes, indent 2)"
SHAPE = ("Nested JSON export: dokument metadata, then hovedinnsatsomrader[] → delmal[] (id + tekst) → "
         "tiltak[] objects (tittel, tiltakstype in the county's words, status, ansvarlig.enhet, "
         "samarbeid[] list, omtale); an empty delmål with tiltak: []; separate arrays avsluttet_2069 and "
         "planlagt_2071 outside the tree; every non-ASCII letter escaped")

ROWS = [
    R("Deltakelse i nasjonalt karriereveiledningsforum", "M03", "1.3", "Råd/utvalg/nettverk",
      "Karrieresenteret i Trøndelag", "", "Karrieresenteret deltar i forumet på vegne av fylkeskommunen.",
      tw="Nettverk"),
    R("Kursrekke for karriereveiledere om sørsamisk kultur og næringsliv", "J07", "1.3", "Kurs/utdanning",
      "Karrieresenteret i Trøndelag", "Sametinget, Saemien Sijte",
      "Tre samlinger i Snåsa og Røros for veiledere i skole, NAV og karrieresenter.",
      tw="Kompetanseheving"),
    R("Fylkeskommunenes representant i Nasjonalt fagskoleråd", "M04", "1.4", "Råd/utvalg/nettverk",
      "Avdeling utdanning", "", "Trøndelag representerer fylkeskommunene i rådet i perioden 2069–2072.",
      tw="Råd"),
    R("Nasjonal fagskolekonferanse i Trondheim", "J06", "1.4", "Arrangement", "Avdeling utdanning",
      "Fagskolerådet, Fagskolen i Trøndelag", "Vertskap for den nasjonale konferansen i september 2070.",
      tw="Konferanse"),
    R("Regional kompetanseplattform Trøndelag", "U37", "1.2", "Råd/utvalg/nettverk", "Avdeling utdanning",
      "NAV Trøndelag, LO Trøndelag, NHO Trøndelag, NTNU",
      "Partnerskapet møttes fire ganger og la fram en felles analyse av kompetansebehov i regionen.",
      tw="Samarbeidsforum"),
    R("Kompetansekartlegging i havbruksnæringen", "U38", "2.4", "FoU", "Avdeling næring",
      "Sjømat Norge, NTNU Samfunnsforskning",
      "Kartlegging av behov for etter- og videreutdanning i 40 havbruksbedrifter.", tw="Analyse"),
    R("Modulstrukturert opplæring for voksne i helsearbeiderfaget", "U39", "3.1", "Kurs/utdanning",
      "Avdeling utdanning", "NAV, kommunene",
      "Voksne tar fagbrev modul for modul ved fire skoler; 95 deltakere startet i 2070.",
      tw="Opplæringstilbud"),
]

AREAS = [
    (1, "Gode valg for den enkelte og for samfunnet",
     [("1.2", "Regionalt folkevalgt nivås samordningsrolle"), ("1.3", "Karriereveiledning"),
      ("1.4", "Samarbeid mellom utdanningstilbydere og arbeidslivet")]),
    (2, "Læring i arbeidslivet", [("2.1", "Digital kompetanse"), ("2.4", "Koble kompetansebehov og tilbydere")]),
    (3, "Voksne med svak tilknytning til arbeidslivet", [("3.1", "Fleksibel opplæring for voksne")]),
]


def build(out: Path) -> Path:
    tree = []
    for nr, navn, dms in AREAS:
        dl = []
        for code, tekst in dms:
            tl = []
            for r in ROWS:
                if r.delmal == code:
                    obj = {"tittel": r.tiltak, "tiltakstype": r.x("tw"), "status": "Pågår",
                           "ansvarlig": {"enhet": r.ansvarlig, "kontakt": None}}
                    obj["samarbeid"] = [p.strip() for p in r.samarbeidspartnere.split(",")] if r.samarbeidspartnere else []
                    obj["omtale"] = r.beskrivelse
                    tl.append(obj)
            dl.append({"id": code, "tekst": tekst, "tiltak": tl})
        tree.append({"nr": nr, "navn": navn, "delmal": dl})
    doc = {
        "dokument": {"tittel": "Handlingsprogram kompetanse – rapportering til Kompetansepolitisk råd",
                     "eier": "Trøndelag fylkeskommune", "aar": 2070, "versjon": "1.0",
                     "generert": "2071-01-27T08:30:00+01:00", "kilde": "Plan- og rapporteringsverktøyet, modul Handlingsprogram"},
        "hovedinnsatsomrader": tree,
        "avsluttet_2069": [{"tittel": "Lærlingeløftet Trøndelag", "tiltakstype": "Prosjekt",
                            "avsluttet": "2069-12-31"}],
        "planlagt_2071": [{"tittel": "Kompetanseplattform for grønn industri", "tiltakstype": "Samarbeidsforum",
                           "oppstart": "2071-03-01"}],
    }
    path = out / FILE
    path.write_text(json.dumps(doc, indent=2, ensure_ascii=True) + "\n", encoding="ascii")
    return path
