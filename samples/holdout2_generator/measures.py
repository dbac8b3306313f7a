"""Every measure of the round, as the secretariat would register it: delmål, type and kind.

Shared councils are one measure each whoever reports them; joint measures name who reports them;
near-misses and traps are one member's own measure however close they come to another."""

from __future__ import annotations

from .model import ARR, FOU, INFO, KURS, PROSJEKT, RAD, Measure

REGJ, LO, NHO, KS, UNIO, YS = "Regjeringen", "LO", "NHO", "KS", "Unio", "YS"
AKAD, SPEKTER, VOFO, UHR, SAME = "Akademikerne", "Spekter", "VOFO", "UHR", "Sametinget"
NORDLAND, MR, VT = "Nordland fylkeskommune", "Møre og Romsdal fylkeskommune", "Vestfold og Telemark fylkeskommune"

_COUNCILS = [  # id, council, delmål
    ("Z01", "KBU", "1.1"), ("Z02", "SRY", "1.4"), ("Z03", "RSA", "1.4"),
    ("Z04", "UHR-FSE", "1.4"), ("Z05", "NFK", "1.3"), ("Z06", "FSR", "1.4"),
]
_JOINT = [  # id, delmål, type, members; what it is
    ("Z07", "2.4", PROSJEKT, (NHO, LO, NORDLAND)),  # Batterifag 2025
    ("Z08", "3.4", PROSJEKT, (REGJ, KS, NHO)),  # Jobbspor Ukraina
    ("Z09", "2.5", ARR, (KS, UNIO, YS)),  # Praksiskandidatkonferansen 2022
    ("Z10", "2.2", FOU, (UNIO, AKAD)),  # EVU-barometeret 2022
    ("Z11", "3.6", PROSJEKT, (MR, VOFO)),  # Digital heime
]
_NEAR = [  # id, delmål, type; which measure it must stay apart from
    ("Z20", "2.4", PROSJEKT),  # Z07 extended to the supplier industry in Grenland (extension)
    ("Z21", "3.4", PROSJEKT),  # Z08 in a regional edition for Sunnmøre
    ("Z22", "2.5", ARR),  # Z09's regional northern conference
    ("Z23", "2.2", FOU),  # another barometer than Z10
    ("Z24", "2.5", KURS),  # a course on the same topic as Z09
    ("Z25", "2.4", RAD),  # a forum whose name opens like NFK's
    ("Z26", "3.6", PROSJEKT),  # modelled on Z11 for the Sami areas
]
_TRAPS = [  # id, delmål, type; names a council without taking part in it
    ("Z30", "2.3", INFO), ("Z31", "1.1", INFO), ("Z32", "1.4", INFO), ("Z33", "1.3", RAD),
    ("Z34", "2.3", FOU), ("Z35", "1.1", ARR), ("Z36", "1.4", FOU), ("Z37", "1.4", RAD),
    ("Z38", "1.4", KURS), ("Z39", "2.3", ARR),
]
_OWN = [  # id, delmål, type
    ("Z40", "1.3", INFO), ("Z41", "2.1", KURS), ("Z42", "2.2", FOU), ("Z43", "2.6", RAD),
    ("Z44", "3.1", PROSJEKT), ("Z45", "3.5", KURS), ("Z46", "3.2", PROSJEKT), ("Z47", "2.4", KURS),
    ("Z50", "2.1", KURS), ("Z51", "2.4", INFO), ("Z52", "3.3", PROSJEKT),
    ("Z53", "2.1", KURS), ("Z54", "2.6", PROSJEKT),
    ("Z55", "1.2", RAD), ("Z56", "1.3", PROSJEKT), ("Z57", "2.4", FOU), ("Z58", "2.4", KURS),
    ("Z59", "2.4", RAD), ("Z60", "3.1", KURS),
    ("Z61", "2.3", INFO), ("Z62", "2.1", KURS),
    ("Z63", "1.3", ARR), ("Z64", "3.1", KURS), ("Z65", "2.2", FOU), ("Z66", "1.3", INFO),
    ("Z67", "1.4", RAD), ("Z68", "3.1", KURS), ("Z69", "3.5", KURS),
    ("Z70", "2.1", KURS), ("Z71", "2.6", INFO), ("Z72", "3.4", PROSJEKT),
    ("Z73", "2.2", FOU), ("Z74", "3.4", INFO),
    ("Z75", "2.3", INFO), ("Z76", "2.4", KURS),
    ("Z77", "2.1", KURS), ("Z78", "1.3", ARR),
    ("Z79", "1.2", RAD), ("Z80", "1.3", KURS), ("Z81", "3.2", PROSJEKT), ("Z82", "3.4", KURS),
    ("Z83", "3.4", INFO), ("Z84", "3.6", INFO), ("Z85", "3.6", FOU),
    ("Z86", "1.4", PROSJEKT), ("Z87", "2.4", FOU), ("Z88", "2.5", RAD), ("Z89", "2.6", PROSJEKT),
    ("Z90", "2.2", FOU),
    ("Z91", "2.4", PROSJEKT), ("Z92", "1.2", ARR), ("Z93", "3.1", KURS), ("Z94", "2.3", ARR),
    ("Z95", "1.3", PROSJEKT),
]


def _all() -> dict[str, Measure]:
    out = [Measure(i, d, RAD, "council", council=c) for i, c, d in _COUNCILS]
    out += [Measure(i, d, t, "joint", members=m) for i, d, t, m in _JOINT]
    out += [Measure(i, d, t, "near") for i, d, t in _NEAR]
    out += [Measure(i, d, t, "trap") for i, d, t in _TRAPS]
    out += [Measure(i, d, t, "own") for i, d, t in _OWN]
    ids = [m.id for m in out]
    if len(ids) != len(set(ids)):
        raise ValueError("a measure id is used twice")
    return {m.id: m for m in out}


MEASURES = _all()
