"""Kompetanseforbundet: the secretariat's Writer reporting template filled in and saved as a template (.ott,
OpenDocument text template) rather than as a document, as happens when a member opens the template file itself and
presses Save. Per measure a Heading 2 «Tiltak N: <name>» and label paragraphs «Delmål:», «Type tiltak:»,
«Ansvarlig:», «Samarbeidspartnere:», «Beskrivelse:» with bold labels. The template's last empty block is left with
its grey prompts «[Skriv navnet på tiltaket]» … and is not a measure. A measure finished in 2088 is kept with that
said in its description. The FSR seat named as the member's observer place."""
from __future__ import annotations

from pathlib import Path

from .common import ARR, INFO, PROSJEKT, RAD, Odt, odf_meta, odt_text, row, write_odf

FILENAME = "Kompetanseforbundet rapportmal KPR 2089.ott"
MEMBER = "Kompetanseforbundet"
FORMAT = ("OpenDocument text template (.ott, hand-written ODF: stored mimetype "
          "application/vnd.oasis.opendocument.text-template first, content, styles, meta, manifest; fixed "
          "timestamps)")
SHAPE = ("the secretariat's reporting template filled in and saved as a template: a guidance paragraph in grey, "
         "then per measure a Heading 2 «Tiltak N: <name>» and bold-labelled lines «Delmål: 2.5 – dokumentasjon av "
         "realkompetanse», «Type tiltak: …» (Observatørplass, Prosjekt, Webinar, Veiledningshefte, Digital tjeneste), "
         "«Ansvarlig: …», «Samarbeidspartnere: …», «Beskrivelse: …»; the template's last block left empty with grey "
         "prompts («[Skriv navnet på tiltaket]»); a measure finished in 2088 kept with that said in its description; "
         "the FSR seat named «Observatørplassen i Nasjonalt fagskoleråd»")
NOT_TRUTH = ("the template's title and grey guidance, the labels, the Delmål and Type tiltak values, block 'Tiltak 6: "
             "Kartlegging av realkompetanse i varehandelen' (finished in 2088), the empty block 'Tiltak 7' with its "
             "prompts, the closing line")
SPLIT_FIELDS = ("samarbeidspartnere",)

ITEMS = [
    ("Observatørplassen i Nasjonalt fagskoleråd", "2.4 – etter- og videreutdanning", "Observatørplass",
     "Kompetanseforbundet", "",
     "Kompetanseforbundet har hatt observatørplassen i rådet og deltatt på alle fire møtene, der vi tok opp "
     "korte fagskoletilbud for voksne i jobb.", "M04", "2.4", RAD),
    ("Karrieresjekk 50+ – innhold om realkompetanse", "1.3 – karriereveiledning", "Digital tjeneste",
     "Kompetanseforbundet", "HK-dir",
     "Vi skrev tekstene om realkompetanse og fagbrev for voksne som brukerne av Karrieresjekk 50+ møter.", "J01",
     "1.3", INFO),
    ("Realkompetansevurdering for lagerarbeidere", "2.5 – dokumentasjon av realkompetanse", "Prosjekt",
     "Kompetanseforbundet", "Oslo Voksenopplæring, Posten Bring",
     "Et prosjekt der 70 lagerarbeidere fikk vurdert realkompetansen sin opp mot læreplanen i logistikkfaget.",
     None, "2.5", PROSJEKT),
    ("Webinar om bransjeprogrammene", "2.4 – etter- og videreutdanning", "Webinar", "Kompetanseforbundet",
     "Kompetanse Norge",
     "Tre webinarer for små bedrifter om hvordan de kan bruke bransjeprogrammene. 510 deltakere til sammen.", None,
     "2.4", ARR),
    ("Veiledningshefte om kompetansekartlegging", "2.4 – etter- og videreutdanning", "Veiledningshefte",
     "Kompetanseforbundet", "",
     "Et hefte for ledere i små bedrifter om hvordan de kan kartlegge kompetansen til de ansatte. Sendt til 3 000 "
     "bedrifter.", None, "2.4", INFO),
    ("Kartlegging av realkompetanse i varehandelen", "2.5 – dokumentasjon av realkompetanse", "Kartlegging",
     "Kompetanseforbundet", "Virke",
     "Kartleggingen ble fullført i 2088 og er rapportert før. Den står her fordi vi har brukt funnene i "
     "prosjektet over.", "", "", None),
]


def build(out) -> list[dict]:
    o = Odt(font="Liberation Serif", size="11pt")
    o.p("Rapportering til Kompetansepolitisk råd – tiltak i 2089", "P_title")
    o.p([("Bruk én blokk per tiltak. Slett blokker du ikke trenger. Delmål og type velges fra listene i "
          "veiledningen.", "g")])
    o.p([("Medlem: ", "b"), ("Kompetanseforbundet", "")])
    rows = []
    for k, (name, dmt, kind, ans, med, desc, seed, dm, ty) in enumerate(ITEMS, 1):
        o.h(f"Tiltak {k}: {name}", 2)
        for lab, val in (("Delmål", dmt), ("Type tiltak", kind), ("Ansvarlig", ans), ("Samarbeidspartnere", med),
                         ("Beskrivelse", desc)):
            o.p([(f"{lab}: ", "b"), (val, "")])
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, ans, med, desc))
    o.h(f"Tiltak {len(ITEMS) + 1}: [Skriv navnet på tiltaket]", 2)
    for lab, val in (("Delmål", "[Velg delmål]"), ("Type tiltak", "[Velg type]"), ("Ansvarlig", "[Hvem har ansvaret]"),
                     ("Samarbeidspartnere", "[Hvem samarbeider dere med]"),
                     ("Beskrivelse", "[Kort om hva som ble gjort i rapporteringsåret]")):
        o.p([(f"{lab}: ", "b"), (val, "g")])
    o.p("Oslo, 16. januar 2090 – Kompetanseforbundet", "P_small")
    write_odf(Path(out) / FILENAME, "application/vnd.oasis.opendocument.text-template", o.content(), o.styles(),
              odf_meta("Rapportmal KPR", "Kompetanseforbundet"))
    return rows


def text(path) -> str:
    return odt_text(path)
