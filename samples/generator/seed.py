"""The seed: the secretariat's consolidated 2018 matrix (Vedlegg 2) and the strategy's delmål (Vedlegg 1).

The generator never invents tiltak: every report row points back to one seed row, so the
truth file can say exactly which consolidated measure a report line is.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from pathlib import Path

DATA_DIR = Path(__file__).parent / "data"
SEED_2018 = DATA_DIR / "vedlegg2_matrix_2018.csv"

# The six canonical types of the consolidated matrix.
TYPES = ("FoU", "Kurs/utdanning", "Råd/utvalg/nettverk", "Prosjekt", "Informasjon", "Arrangement")


@dataclass(frozen=True)
class SeedRow:
    row: int
    delmal: str
    tiltak: str
    type: str
    ansvarlig: str
    samarbeidspartnere: str


@cache
def load_seed(path: Path = SEED_2018) -> dict[int, SeedRow]:
    """Seed rows by row number; text kept byte-exact (typos included) because reports quote it."""
    with open(path, encoding="utf-8", newline="") as f:
        rows = [
            SeedRow(int(r["row"]), r["delmal"], r["tiltak"], r["type"], r["ansvarlig"], r["samarbeidspartnere"])
            for r in csv.DictReader(f)
        ]
    bad = [r.row for r in rows if r.type not in TYPES or r.delmal not in DELMAL]
    if bad:
        raise ValueError(f"seed rows with unknown type or delmål: {bad}")
    return {r.row: r for r in rows}


# Hovedinnsatsområder, as titled in Vedlegg 1 (Nynorsk forms for the Nynorsk reports).
OMRADE = {
    "1": "Gode valg for den enkelte og for samfunnet",
    "2": "Læring i arbeidslivet",
    "3": "Styrke kompetansen til voksne med svak tilknytning til arbeidslivet",
}

# Delmål texts from Vedlegg 1 of the 2018 summary (the footnote mark after 3.1 dropped).
DELMAL = {
    "1.1": "Etablere et kompetansebehovsutvalg (KBU) bestående av forskere, analytikere og representanter "
    "for alle hovedorganisasjonene i arbeidslivet og departementene. KBU skal sammenstille og analysere "
    "kilder til kunnskap om Norges kompetansebehov, nasjonalt og regionalt.",
    "1.2": "Styrke regionalt folkevalgt nivås kompetansepolitiske ansvar og samordningsrolle, og legge bedre "
    "til rette for regionalt samarbeid mellom ulike kompetanseaktører.",
    "1.3": "Sørge for tilgang til karriereveiledning og et helhetlig system for karriereveiledning, med særlig "
    "vekt på de regionale karrieresentrene. Styrke kompetansen til karriereveiledere og rådgivere, inkludert "
    "kunnskap om arbeidsliv, arbeidsmarkedets behov for kompetanse, seniorperspektivet, "
    "integreringsperspektivet og samisk kultur- og næringsliv.",
    "1.4": "Videreutvikle samarbeidet mellom opplærings- og utdanningstilbydere og arbeidslivet, for å gjøre "
    "utdanningen relevant og for å gi bedre tilgang på kvalifisert arbeidskraft i alle regioner.",
    "2.1": "Styrke og videreutvikle den digitale kompetansen i hele arbeidsstyrken for å utnytte den "
    "teknologiske utviklingen og sikre nødvendig omstilling.",
    "2.2": "Styrke kunnskapsgrunnlaget om læring i arbeidslivet og spesielt kunnskapen om verdien av å "
    "investere i kompetanseutvikling for samfunnet, virksomheten og den enkelte.",
    "2.3": "Samarbeide om å synliggjøre og utvikle karrieremulighetene i yrkesfaglige utdanninger og yrker.",
    "2.4": "Arbeide mer systematisk for å koble kompetansebehov i små og store virksomheter og ulike klynger "
    "og næringsmiljø til utdannings- og opplæringstilbydere for utvikling av relevante etter- og "
    "videreutdanningstilbud.",
    "2.5": "Gjøre det enklere å få dokumentert kompetanse ervervet i arbeidslivet, slik at denne kan utnyttes "
    "mer effektivt. Som ledd i dette, vil det utvikles metode og modell for vurdering av kompetanse "
    "ervervet i arbeidslivet.",
    "2.6": "Forenkle og forbedre systemene for, og tilgangen på, godkjenning og vurdering av utenlandsk "
    "utdanning, yrkeskvalifikasjoner og kompletterende utdanning.",
    "3.1": "Gi fleksibel opplæring på voksnes premisser med sikte på raskere overgang til arbeid eller videre "
    "opplæring og at flest mulig voksne får anledning til å ta videregående opplæring.",
    "3.2": "Stimulere til bruk av Kompetanseplussordningene, inkludert prosjekter i samiske områder. "
    "Kompetansepluss arbeid og Kompetansepluss frivillighet videreutvikles i dialog med partene i "
    "arbeidslivet, og med frivillig sektor, herunder VOFO. Det etableres forsøk der Kompetansepluss arbeid "
    "kan kobles sammen med fagopplæring.",
    "3.3": "Benytte opplærings- og kompetansetiltak mer aktivt i arbeidsmarkeds- og integreringspolitikken, "
    "og benytte arbeidslivet mer aktivt som læringsarena.",
    "3.4": "Målrette og effektivisere norskopplæring, introduksjonsprogrammet og øvrige kvalifiseringstiltak "
    "for innvandrere. Styrke samarbeidet mellom myndighetene og partene om dette arbeidet.",
    "3.5": "Styrke og tilpasse NAVs opplæringstilbud for arbeidssøkere som trenger kvalifisering for å komme "
    "i jobb, gjennom blant annet økt satsing på kurs i grunnleggende ferdigheter, norskopplæring og "
    "utvikling av to-årig yrkesrettet opplæringstiltak.",
    "3.6": "Stimulere til at flere finner læringsmotivasjon og bygger sin læringsevne gjennom opplæring i "
    "frivillig sektor.",
}

# The Nynorsk reports (Sogn og Fjordane) name their delmål in Nynorsk.
DELMAL_NYNORSK = {
    "3.5": "Styrkje og tilpasse opplæringstilbodet til NAV for arbeidssøkjarar som treng kvalifisering for å "
    "kome i jobb, mellom anna gjennom auka satsing på kurs i grunnleggjande ferdigheiter, norskopplæring "
    "og utvikling av toårig yrkesretta opplæringstiltak.",
}


def delmal_text(code: str) -> str:
    return DELMAL[code]


def first_clause(code: str) -> str:
    """The delmål text up to its first full stop: how prose reports shorten a delmål in a heading."""
    text = DELMAL[code]
    return text.split(". ")[0].rstrip(".")


def omrade_of(code: str) -> str:
    return code.split(".")[0]
