"""Fagskolerådet: a tab-separated extract from the council's activity register (a statistics-style export)."""
from __future__ import annotations

from .common import ARR, FOU, KURS, PROSJEKT, RAD, row

FILENAME = "fagskoleradet_aktiviteter_uttrekk_2078-01-12.tsv"
MEMBER = "Fagskolerådet"
FORMAT = ("TSV (tab-separated, UTF-8 without BOM, LF, no quoting; tabs and line breaks inside values replaced by "
          "spaces) as written by the register's 'Last ned uttrekk' function; written as text")
SHAPE = ("register extract: header aktivitet_id / rapportaar / tittel / delmaal_kode / tiltakstype_kode / ansvarlig "
         "/ samarbeid / omtale / sist_endret; the kind only as the register's code (RAD, ARR, FOU, PRO, KURS), the "
         "delmål as a bare code; rows with rapportaar 2076 and 2078 are in the same extract; empty values as '-'")
NOT_TRUTH = ("the header, the row 'Fagskoledagen 2076' (rapportaar 2076), the row 'Innspill til ny "
             "fagskolemelding' (rapportaar 2078), ids, codes and timestamps")

ITEMS = [
    ("FSR-0412", 2077, "Nasjonalt fagskoleråd – rådsmøter 2077", "1.4", "RAD", "Fagskolerådet",
     "Partene i arbeidslivet, fagskolene", "Rådet hadde seks møter og behandlet kvalitet i praksis og "
     "finansiering av fagskoletilbud.", ("M05", RAD)),
    ("FSR-0415", 2077, "Fagskolekonferansen 2077", "1.4", "ARR", "Fagskolerådet", "NHO",
     "Konferansen i Trondheim samlet 380 deltakere fra fagskoler, bransjer og fylkeskommuner.", ("J03", ARR)),
    ("FSR-0419", 2077, "Kartlegging av praksisplasser i fagskolene", "1.4", "FOU", "Fagskolerådet", "NIFU",
     "Undersøkelse blant 70 fagskoler om tilgangen på praksisplasser.", ("U", FOU)),
    ("FSR-0421", 2077, "Pilot med bransjeråd i helsefagskolene", "2.4", "PRO", "Fagskolerådet",
     "Spekter, KS", "Tre helsefagskoler prøver ut faste bransjeråd som skal gi råd om nye emner.", ("U", PROSJEKT)),
    ("FSR-0423", 2077, "Kurs i studieveiledning for fagskoleansatte", "1.3", "KURS", "Fagskolerådet", "-",
     "Nettkurs for ansatte som veileder fagskolestudenter om videre utdanning og jobb.", ("U", KURS)),
    ("FSR-0388", 2076, "Fagskoledagen 2076", "1.4", "ARR", "Fagskolerådet", "-", "Gjennomført i 2076.", None),
    ("FSR-0430", 2078, "Innspill til ny fagskolemelding", "2.4", "INF", "Fagskolerådet", "-", "Planlagt.", None),
]


def build(out) -> list[dict]:
    head = ["aktivitet_id", "rapportaar", "tittel", "delmaal_kode", "tiltakstype_kode", "ansvarlig", "samarbeid",
            "omtale", "sist_endret"]
    lines = ["\t".join(head)]
    rows = []
    for k, (aid, yr, name, dm, kode, ansv, med, txt, truth) in enumerate(ITEMS):
        lines.append("\t".join([aid, str(yr), name, dm, kode, ansv, med, txt, f"2078-01-{5 + k:02d} 14:{10 + k}:00"]))
        if truth:
            seed, typ = truth
            rows.append(row(FILENAME, MEMBER, name, None if seed == "U" else seed, dm, typ, ansv,
                            "" if med == "-" else med, txt))
    (out / FILENAME).write_bytes(("\n".join(lines) + "\n").encode("utf-8"))
    return rows


def text(path) -> str:
    return path.read_text(encoding="utf-8").replace("\t", "\n")
