"""The measures of the held-out 2021 round: invented, none taken from the seed or the tuning rounds.

Each measure is one register row; truth.csv's seed_row column carries its id ("H01" …), so every
report line of one measure has the same id. Kinds:
- council: a member taking part in a shared council (or the council's owner reporting it);
- joint: one named programme, project or event reported by two members, each in its own words;
- near: looks like a joint measure or a council (a new phase, a regional version, an extension to
  another group) but is its own measure;
- trap: names a shared council but is about it, not taking part in it (a gathering of one's own
  representatives, a survey of them, an evaluation, input to a report, a summary, a regional copy);
- own: an ordinary measure of one member.
"""

from __future__ import annotations

from .model import ARR, FOU, INFO, KURS, PROSJEKT, RAD, Item, Measure

MEASURES: dict[str, Measure] = {m.id: m for m in [
    # ---- shared councils
    Measure("H01", "1.1", RAD, "council", "KBU"),
    Measure("H02", "1.4", RAD, "council", "SRY and the faglige råd"),
    Measure("H03", "1.4", RAD, "council", "RSA at universities and university colleges"),
    Measure("H04", "1.4", RAD, "council", "UHR's fagstrategiske enheter, often by a unit's own name"),
    # ---- joint measures
    Measure("H05", "2.4", PROSJEKT, "joint", "ByggKompetanse 2025 (BK25): LO/Fellesforbundet + NHO/BNL"),
    Measure("H06", "2.4", KURS, "joint", "Spesialsykepleierløftet (SSL): Spekter + Unio"),
    Measure("H07", "2.1", PROSJEKT, "joint", "DigiKomp, digital skills in the municipalities: Regjeringen + KS"),
    Measure("H08", "3.6", ARR, "joint", "Voksenopplæringsdagene / Vaksenopplæringsdagane i Vestland: VOFO + Vestland"),
    # ---- near-misses
    Measure("H09", "2.4", PROSJEKT, "near", "ByggKompetanse Vestland: a regional version of H05"),
    Measure("H10", "2.4", KURS, "near", "Helsefagarbeiderløftet: H06's model extended to another group"),
    Measure("H11", "2.1", PROSJEKT, "near", "DigiKomp 2: the next phase of H07, extended to county staff"),
    # ---- traps
    Measure("H12", "1.4", ARR, "trap", "LO gathers its own representatives in the RSAs"),
    Measure("H13", "1.4", FOU, "trap", "KS surveys its own representatives in the faglige råd"),
    Measure("H14", "1.1", FOU, "trap", "evaluation of KBU"),
    Measure("H15", "1.2", FOU, "trap", "a county skills barometer built on KBU's method"),
    Measure("H16", "1.1", FOU, "trap", "NHO's written input to a KBU report"),
    Measure("H17", "1.4", ARR, "trap", "Spekter's dialogue meeting with its people in UHR-Helse og velferd"),
    Measure("H18", "1.1", INFO, "trap", "Akademikerne's summary of the KBU report for its federations"),
    # ---- Regjeringen
    Measure("H20", "1.3", KURS, "own", "online course for career counsellors"),
    Measure("H21", "2.6", FOU, "own", "study of recognising foreign trade certificates"),
    Measure("H22", "3.5", KURS, "own", "education while on unemployment benefit"),
    Measure("H23", "3.4", PROSJEKT, "own", "career guidance trial in the introduction programme"),
    Measure("H24", "2.2", FOU, "own", "analysis of employers' spending on EVU"),
    Measure("H25", "1.2", ARR, "own", "regional skills gatherings with the counties"),
    # ---- LO
    Measure("H26", "2.1", KURS, "own", "online course «Digital tillitsvalgt»"),
    Measure("H27", "2.2", FOU, "own", "Fafo report on unskilled workers taking a trade certificate"),
    Measure("H28", "3.4", INFO, "own", "campaign on Norwegian training at work"),
    # ---- NHO
    Measure("H29", "2.3", ARR, "own", "«Yrkesfagdagen» open day in member firms"),
    Measure("H30", "3.1", KURS, "own", "trade certification for unskilled adults in tourism"),
    Measure("H31", "2.2", FOU, "own", "NHO's skills barometer"),
    # ---- KS
    Measure("H32", "1.3", KURS, "own", "training managers in career talks"),
    Measure("H33", "2.3", FOU, "own", "report on apprentices in health and childcare trades"),
    Measure("H34", "3.3", RAD, "own", "network of municipalities taking job seekers"),
    # ---- Spekter
    Measure("H35", "2.2", FOU, "own", "employer barometer on skills needs"),
    Measure("H36", "2.3", INFO, "own", "campaign on the helsefagarbeider trade"),
    Measure("H37", "3.3", KURS, "own", "hospital placements for people on NAV schemes"),
    # ---- Unio
    Measure("H38", "2.2", FOU, "own", "survey of employer-paid further education"),
    Measure("H39", "2.1", KURS, "own", "course in digital teaching"),
    Measure("H40", "1.3", ARR, "own", "webinar series on career guidance"),
    # ---- Virke
    Measure("H41", "1.3", PROSJEKT, "own", "career guidance programme for retail staff"),
    Measure("H42", "2.1", KURS, "own", "e-learning in online retail"),
    Measure("H43", "2.5", PROSJEKT, "own", "industry standard for documenting skills"),
    Measure("H44", "2.4", RAD, "own", "network of HR managers in ideell sektor"),
    Measure("H45", "2.3", ARR, "own", "apprentice day in retail"),
    Measure("H46", "3.3", KURS, "own", "training module for shop staff on labour-market schemes"),
    # ---- YS
    Measure("H47", "2.1", KURS, "own", "course in digital collaboration for shop stewards"),
    Measure("H48", "2.2", FOU, "own", "working-life barometer chapter on learning"),
    Measure("H49", "2.5", PROSJEKT, "own", "pilot skills certificate for shop stewards"),
    Measure("H50", "1.3", INFO, "own", "web page on career guidance"),
    # ---- Akademikerne
    Measure("H51", "2.2", FOU, "own", "research report «Akademikere i omstilling»"),
    Measure("H52", "2.1", KURS, "own", "further education in digital leadership"),
    Measure("H53", "2.6", ARR, "own", "breakfast seminar on recognition of foreign degrees"),
    Measure("H54", "3.4", PROSJEKT, "own", "mentoring programme for immigrants with degrees"),
    # ---- Troms og Finnmark fylkeskommune (scanned, Nynorsk)
    Measure("H55", "1.3", PROSJEKT, "own", "career centre branch in Vadsø"),
    Measure("H56", "3.1", KURS, "own", "online upper secondary for adults"),
    Measure("H57", "3.4", KURS, "own", "training for teachers of Norwegian"),
    Measure("H58", "1.2", RAD, "own", "regional skills partnership with Sametinget"),
    # ---- Vestland fylkeskommune (Nynorsk)
    Measure("H59", "1.2", RAD, "own", "steering group for the regional skills model"),
    Measure("H60", "1.3", INFO, "own", "drop-in career guidance in libraries"),
    Measure("H61", "3.1", KURS, "own", "Fagbrev på jobb in the seafood industry"),
    Measure("H62", "2.2", FOU, "own", "study of costs and returns of training in small firms"),
    # ---- VOFO
    Measure("H63", "3.2", INFO, "own", "information meetings on Kompetansepluss frivillighet"),
    Measure("H64", "3.6", FOU, "own", "report on study associations and integration"),
    Measure("H65", "1.2", RAD, "own", "regional agreements with the counties"),
    Measure("H66", "3.6", KURS, "own", "course-leader training for volunteers"),
    Measure("H67", "3.5", KURS, "own", "basic skills for job seekers in study associations"),
    # ---- UHR
    Measure("H68", "2.5", FOU, "own", "guidelines on prior learning at admission"),
    Measure("H69", "2.4", INFO, "own", "joint catalogue of short courses for the employed"),
    Measure("H70", "1.4", ARR, "own", "conference on practice in higher education"),
    Measure("H71", "2.6", RAD, "own", "working group on recognition of foreign education"),
    # ---- Agder fylkeskommune
    Measure("H72", "1.2", RAD, "own", "skills council for Agder"),
    Measure("H73", "1.3", PROSJEKT, "own", "career guidance for furloughed workers"),
    Measure("H74", "2.3", ARR, "own", "vocational conference"),
    Measure("H75", "3.1", KURS, "own", "modular trade training for adults"),
    Measure("H76", "3.4", FOU, "own", "mapping refugees' skills"),
    Measure("H77", "2.4", RAD, "own", "business network for green transition"),
]}

# Shared council -> (measure id, the least number of reports that must carry it).
COUNCILS = {"KBU": ("H01", 5), "SRY": ("H02", 5), "RSA": ("H03", 4), "UHR-FSE": ("H04", 4)}
# Joint measure -> the two members that report it.
JOINT = {"H05": ("LO", "NHO"), "H06": ("Spekter", "Unio"), "H07": ("Regjeringen", "KS"),
         "H08": ("VOFO", "Vestland fylkeskommune")}
# Near-miss -> the measure it must stay apart from.
NEAR = {"H09": "H05", "H10": "H06", "H11": "H07"}
# Trap -> the council it names without being part of it.
TRAPS = {"H12": "H03", "H13": "H02", "H14": "H01", "H15": "H01", "H16": "H01", "H17": "H04", "H18": "H01"}


def item(mid: str, tiltak: str, ansvarlig: str = "", partnere: str = "", shown_type: str = "",
         beskrivelse: str = "") -> Item:
    """One report line of measure mid, its truth coding taken from the measure."""
    m = MEASURES[mid]
    return Item(mid, m.delmal, m.type, tiltak, ansvarlig, partnere, shown_type, beskrivelse)
