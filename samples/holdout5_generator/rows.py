"""Records shared by every report builder: one tiltak row and one report."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

FOU = "FoU"
KURS = "Kurs/utdanning"
RAD = "Råd/utvalg/nettverk"
PROSJEKT = "Prosjekt"
INFO = "Informasjon"
ARR = "Arrangement"

# The strategy's own sub-goal texts (Vedlegg 1), shortened where a report quotes them.
DELMAL_TEXT = {
    "1.1": "Etablere et kompetansebehovsutvalg (KBU) som sammenstiller og analyserer kunnskap om Norges kompetansebehov",
    "1.2": "Styrke regionalt folkevalgt nivås kompetansepolitiske ansvar og samordningsrolle",
    "1.3": "Sørge for tilgang til karriereveiledning og et helhetlig system for karriereveiledning",
    "1.4": "Videreutvikle samarbeidet mellom opplærings- og utdanningstilbydere og arbeidslivet",
    "2.1": "Styrke og videreutvikle den digitale kompetansen i hele arbeidsstyrken",
    "2.2": "Styrke kunnskapsgrunnlaget om læring i arbeidslivet",
    "2.3": "Synliggjøre og utvikle karrieremulighetene i yrkesfaglige utdanninger og yrker",
    "2.4": "Koble kompetansebehov i virksomheter og klynger til utdannings- og opplæringstilbydere",
    "2.5": "Gjøre det enklere å få dokumentert kompetanse ervervet i arbeidslivet",
    "2.6": "Forenkle og forbedre godkjenning og vurdering av utenlandsk utdanning og yrkeskvalifikasjoner",
    "3.1": "Gi fleksibel opplæring på voksnes premisser",
    "3.2": "Stimulere til bruk av Kompetanseplussordningene",
    "3.3": "Benytte opplærings- og kompetansetiltak mer aktivt i arbeidsmarkeds- og integreringspolitikken",
    "3.4": "Målrette og effektivisere norskopplæring og kvalifiseringstiltak for innvandrere",
    "3.5": "Styrke og tilpasse NAVs opplæringstilbud for arbeidssøkere",
    "3.6": "Stimulere til læringsmotivasjon gjennom opplæring i frivillig sektor",
}

OMRADE_TITLE = {
    "1": "Gode valg for den enkelte og for samfunnet",
    "2": "Læring i arbeidslivet",
    "3": "Styrke kompetansen til voksne med svak tilknytning til arbeidslivet",
}


@dataclass(frozen=True)
class Row:
    """One tiltak as its report words it, with the answer key's reading of it."""

    tiltak: str
    delmal: str
    type: str
    ansvarlig: str = ""
    partners: str = ""
    desc: str = ""
    # Key shared by rows that are one measure reported by several members; "" if unique.
    shared: str = ""
    # Layout-specific cells (status, comment, delmål as shown, type as shown ...).
    extra: dict[str, str] = field(default_factory=dict)

    def shown(self, name: str, default: str = "") -> str:
        return self.extra.get(name, default)


@dataclass(frozen=True)
class Report:
    """One file of the round: who sent it, what it holds and how it is written."""

    file: str
    member: str
    rows: tuple[Row, ...]
    build: Callable[["Report", Path], None]
    shape: str
    # Files LibreOffice must turn into the delivered file: (source suffix, target suffix).
    via: tuple[str, str] | None = None
    # Printed, scanned and delivered as an image-only PDF.
    scanned: bool = False
