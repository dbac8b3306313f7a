"""Not a member report: a PC-Axis (.px) statistics file downloaded from SSB's statbank and left in the reporting
folder; its notes name KBU and two joint measures, but it reports nothing."""
from __future__ import annotations

import random

FILENAME = "SSB_13897_lærekontrakter_2070-2074.px"
MEMBER = None
FORMAT = ("PC-Axis file (.px, AXIS-VERSION 2013) as downloaded from SSB's statbank: ISO-8859-1, CRLF, keyword=value "
          "lines and a DATA matrix; written as text")
SHAPE = ("NOT a member report: a statistics table 'Godkjende lærekontraktar, etter utdanningsprogram, fylke og år' "
         "(four programmes × four counties × 2070–2074); its NOTE and NOTE(\"utdanningsprogram\") keywords say the "
         "figures were used in the KBU report 2074 and that Fagbrev på jobb and Yrkes-NM participants are not "
         "counted – no truth rows")
NOT_TRUTH = "everything (not a member report): the metadata keywords, notes and the data matrix"

PROG = ["Bygg- og anleggsteknikk", "Helse- og oppvekstfag", "Teknologi- og industrifag", "Salg, service og reiseliv"]
FYLKE = ["Innlandet", "Vestland", "Agder", "Nordland"]
AAR = ["2070", "2071", "2072", "2073", "2074"]


def _q(vals) -> str:
    return ",".join(f"\"{v}\"" for v in vals)


def build(out) -> list[dict]:
    rnd = random.Random(13897)
    L = [
        "CHARSET=\"ANSI\";", "AXIS-VERSION=\"2013\";", "CODEPAGE=\"iso-8859-1\";", "LANGUAGE=\"no\";",
        "CREATION-DATE=\"20750115 09:12\";", "DECIMALS=0;", "SHOWDECIMALS=0;", "MATRIX=\"13897\";",
        "SUBJECT-CODE=\"al\";", "SUBJECT-AREA=\"Utdanning\";",
        "CONTENTS=\"Godkjende lærekontraktar, etter utdanningsprogram, fylke og år\";",
        "TITLE=\"Godkjende lærekontraktar, etter utdanningsprogram, fylke og år (2070-2074)\";",
        "UNITS=\"kontraktar\";", "STUB=\"utdanningsprogram\",\"fylke\";", "HEADING=\"år\";",
        f"VALUES(\"utdanningsprogram\")={_q(PROG)};", f"VALUES(\"fylke\")={_q(FYLKE)};", f"VALUES(\"år\")={_q(AAR)};",
        "TIMEVAL(\"år\")=TLIST(A1),\"2070\",\"2071\",\"2072\",\"2073\",\"2074\";",
        "CODES(\"fylke\")=\"34\",\"46\",\"42\",\"18\";",
        "LAST-UPDATED=\"20750110 08:00\";", "SOURCE=\"Statistisk sentralbyrå\";",
        "CONTACT=\"Statistikkhjelpa, Statistisk sentralbyrå#informasjon@ssb.no\";",
        "NOTE=\"Tala er henta frå Vigo og vart brukte i rapporten frå Kompetansebehovsutvalet (KBU) 2074. Tala "
        "for 2074 er førebelse.\";",
        "NOTE(\"utdanningsprogram\")=\"Kontraktar inngått gjennom Fagbrev på jobb er ikkje med. Deltakarar i "
        "Yrkes-NM 2074 er ikkje talde særskilt.\";",
        "DATA=",
    ]
    base = {"Bygg- og anleggsteknikk": 900, "Helse- og oppvekstfag": 800, "Teknologi- og industrifag": 700,
            "Salg, service og reiseliv": 300}
    for p in PROG:
        for f in FYLKE:
            b = base[p] * rnd.uniform(0.6, 1.3)
            L.append(" ".join(str(int(b * (1 + 0.03 * k) + rnd.randint(-25, 25))) for k in range(5)))
    L[-1] += ";"
    (out / FILENAME).write_bytes(("\r\n".join(L) + "\r\n").encode("iso-8859-1"))
    return []


def text(path) -> str:
    return path.read_bytes().decode("iso-8859-1")
