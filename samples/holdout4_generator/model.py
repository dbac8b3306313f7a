"""Records for the held-out 2024 round: one report, its rows, and the delmål wordings reports use."""

from __future__ import annotations

from dataclasses import dataclass, field

TYPES = {
    "fou": "FoU",
    "kurs": "Kurs/utdanning",
    "rad": "Råd/utvalg/nettverk",
    "prosjekt": "Prosjekt",
    "info": "Informasjon",
    "arr": "Arrangement",
}

# Short Bokmål paraphrases a member writes next to (or instead of) a delmål code.
DELMAL_NB = {
    "1.1": "Felles kunnskap om kompetansebehov (KBU)",
    "1.2": "Fylkeskommunenes rolle i kompetansepolitikken",
    "1.3": "Karriereveiledning for alle",
    "1.4": "Samspill mellom utdanning og arbeidsliv",
    "2.1": "Digital kompetanse i hele arbeidsstyrken",
    "2.2": "Mer kunnskap om læring i arbeidslivet",
    "2.3": "Karriereveier i yrkesfagene",
    "2.4": "Koble virksomhetenes behov til etter- og videreutdanning",
    "2.5": "Dokumentere kompetanse fra arbeidslivet",
    "2.6": "Godkjenning av utdanning og kvalifikasjoner fra utlandet",
    "3.1": "Fleksibel opplæring tilpasset voksne",
    "3.2": "Kompetanseprogrammet (tidligere Kompetansepluss)",
    "3.3": "Opplæring som virkemiddel i arbeidsmarkeds- og integreringspolitikken",
    "3.4": "Norskopplæring og kvalifisering av innvandrere",
    "3.5": "Opplæringstilbudet i NAV",
    "3.6": "Læringslyst gjennom frivillig sektor",
}

DELMAL_NN = {
    "1.1": "Kunnskap om kompetansebehov",
    "1.2": "Regionalt folkevalt nivå si rolle",
    "1.3": "Karriererettleiing",
    "1.4": "Samarbeid mellom utdanning og arbeidsliv",
    "2.1": "Digital kompetanse",
    "2.2": "Kunnskap om læring i arbeidslivet",
    "2.3": "Karrierevegar i yrkesfaga",
    "2.4": "Kople kompetansebehov til tilbydarar",
    "2.5": "Dokumentasjon av kompetanse frå arbeidslivet",
    "2.6": "Godkjenning av utanlandsk utdanning",
    "3.1": "Fleksibel opplæring for vaksne",
    "3.2": "Kompetanseprogrammet",
    "3.3": "Opplæring i arbeidsmarknadspolitikken",
    "3.4": "Kvalifisering av innvandrarar",
    "3.5": "Opplæringstilbodet i NAV",
    "3.6": "Læring i frivillig sektor",
}


@dataclass(frozen=True)
class Row:
    """One tiltak as its report shows it; empty fields are not in the document."""

    measure: str  # "M01".."M12" for shared measures, "" for a member's own
    delmal: str
    type_key: str
    tiltak: str
    ans: str = ""
    par: str = ""
    desc: str = ""
    label: str = ""  # the type as the document writes it, "" when not given

    @property
    def type(self) -> str:
        return TYPES[self.type_key]


@dataclass(frozen=True)
class Report:
    """One file of the round: which layout writes it and how it is converted."""

    file: str
    member: str  # "" for the document that is not a council report
    layout: str
    rows: tuple[Row, ...] = ()
    meta: dict = field(default_factory=dict)
    convert: str = ""  # "", "pdf", "odt", "rtf" or "scan"


def rows_by_delmal(rows: tuple[Row, ...]) -> list[tuple[str, list[Row]]]:
    """Rows grouped under their delmål in code order, for layouts with delmål headings."""
    groups: dict[str, list[Row]] = {}
    for row in sorted(rows, key=lambda r: tuple(int(p) for p in r.delmal.split("."))):
        groups.setdefault(row.delmal, []).append(row)
    return list(groups.items())


def ordered_rows(report: Report) -> tuple[Row, ...]:
    """Rows in the order the document prints them (grouped layouts sort by delmål)."""
    if report.meta.get("grouped"):
        return tuple(r for _, group in rows_by_delmal(report.rows) for r in group)
    return report.rows
