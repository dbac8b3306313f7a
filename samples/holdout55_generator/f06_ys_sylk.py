"""YS: an export from the confederation's member-activity system in SYLK (Symbolic Link) format – the 'Excel (SLK)'
export old in-house systems still offer. Cells are records 'C;Y<row>;X<col>;K<value>'; the delmål is stored as a
number cell, the running number as a formula."""
from __future__ import annotations

from .common import ARR, FOU, KURS, PROSJEKT, RAD, row

FILENAME = "ys_aktiviteter_kpr_2075.slk"
MEMBER = "YS"
FORMAT = ("SYLK / Symbolic Link (.slk) as written by an in-house system's 'Eksport til Excel': ID;P record, "
          "P (picture/format) records, F column widths, B bounds, C cell records with K values and E formulas, "
          "strings in UTF-8 without BOM (the web system writes UTF-8; LibreOffice reads it so), CRLF, written as text")
SHAPE = ("flat sheet: title in A1, export line in A2, header on row 4 (Nr / Aktivitet / Strategimål / Type / "
         "Ansvarlig forbund / Samarbeid / Beskrivelse / År); the delmål is a NUMBER cell (1.4, 2.1) shown with a "
         "'0.0' picture, or a string with words; the running number is a formula R[-1]C+1; own type words, one "
         "empty; rows with År 2074 and 2076 (not truth rows)")
NOT_TRUTH = ("the title and export lines, the header row, the rows 'Webinar om lønn og kompetanse' (År 2074) and "
             "'Digital kompetansebank for tillitsvalgte' (År 2076), the totals line 'Antall aktiviteter 2075: 6'")

HEADER = ["Nr", "Aktivitet", "Strategimål", "Type", "Ansvarlig forbund", "Samarbeid", "Beskrivelse", "År"]
# (name, delmål cell (float or str), type word, ansvar, samarbeid, text, år, truth)
ROWS = [
    ("YS-forbundene i faglige råd og SRY", 1.4, "Råd/utvalg", "YS", "",
     "YS har plass i Samarbeidsrådet for yrkesopplæring, og forbundene har 14 representanter i de faglige rådene.",
     2075, ("M02", "1.4", RAD)),
    ("DigiVakt – grunnkurs i digital sikkerhet", 2.1, "Kurs", "Parat", "Akademikerne, Nasjonal sikkerhetsmyndighet",
     "Nettbasert grunnkurs for ansatte om phishing, passord og sikker bruk av skytjenester; 6 300 fullførte.",
     2075, ("J02", "2.1", KURS)),
    ("Webinar om lønn og kompetanse", 2.2, "Webinar", "YS", "", "Avholdt i mars 2074.", 2074, None),
    ("Kompetansefondet – stipend for Parat-medlemmer", "Koble kompetansebehov til utdanningstilbud", "Stipend",
     "Parat", "", "Fondet ga stipend til 540 medlemmer som tok etter- og videreutdanning ved siden av jobb.",
     2075, (None, "2.4", KURS)),
    ("Pilot: opplæring for permitterte medlemmer i Delta", 3.3, "Pilot", "Delta", "NAV",
     "Delta og NAV prøvde ut kurs for permitterte medlemmer i kommunal sektor, slik at de kunne arbeide mot "
     "fagbrev mens de var permittert.", 2075, (None, "3.3", PROSJEKT)),
    ("YS Arbeidslivsbarometer – kompetansedelen", 2.2, "Undersøkelse", "YS", "Respons Analyse",
     "Barometeret målte i år hvor mange arbeidstakere som har fått opplæring betalt av arbeidsgiver.", 2075,
     (None, "2.2", FOU)),
    ("Yrkesfagdagen i Delta", "Synliggjøre karrieremuligheter i yrkesfagene", "", "Delta", "Fylkeskommunene",
     "Åpen dag der elever i vg1 møtte fagarbeidere fra helse, oppvekst og teknikk.", 2075, (None, "2.3", ARR)),
    ("Digital kompetansebank for tillitsvalgte", 2.1, "Digitalt verktøy", "YS", "", "Utvikles i 2076.", 2076,
     None),
]


def _s(v: str) -> str:
    return '"' + v.replace(";", ";;") + '"'


def build(out) -> list[dict]:
    L = ["ID;PYSAKT;N;E", "P;PGeneral", "P;P0.0", "P;Pdd.mm.yyyy", "P;FArial;M200", "P;FArial;M200;SB",
         "F;P0;DG0G8;M255", "F;W1 1 6", "F;W2 2 48", "F;W3 3 30", "F;W4 4 16", "F;W5 5 20", "F;W6 6 36",
         "F;W7 7 80", "F;W8 8 8"]
    nrows = 4 + len(ROWS) + 2
    L.append(f"B;Y{nrows};X8;D0 0 {nrows - 1} 7")
    L.append('C;Y1;X1;K"YS – aktiviteter rapportert til Kompetansepolitisk råd"')
    L.append("F;SDM5;Y1;X1")
    L.append('C;Y2;X1;K"Eksportert fra Aktivitetsregisteret 16.01.2076 kl. 10:12 av bruker mhan"')
    for x, h in enumerate(HEADER, 1):
        L.append(f"F;SDM5;Y4;X{x}")
        L.append(f"C;Y4;X{x};K{_s(h)}")
    rows = []
    for i, (name, dm, typ, ansv, samarb, txt, yr, truth) in enumerate(ROWS):
        y = 5 + i
        L.append(f"C;Y{y};X1;K1" if i == 0 else f"C;Y{y};X1;K{i + 1};ER[-1]C+1")
        L.append(f"C;X2;K{_s(name)}")
        if isinstance(dm, float):
            L.append("F;P1;FF1G;X3")
            L.append(f"C;X3;K{dm}")
        else:
            L.append(f"C;X3;K{_s(dm)}")
        if typ:
            L.append(f"C;X4;K{_s(typ)}")
        L.append(f"C;X5;K{_s(ansv)}")
        if samarb:
            L.append(f"C;X6;K{_s(samarb)}")
        L.append(f"C;X7;K{_s(txt)}")
        L.append(f"C;X8;K{yr}")
        if truth:
            rows.append(row(FILENAME, MEMBER, name, truth[0], truth[1], truth[2], ansv, samarb, txt))
    L.append(f'C;Y{nrows};X1;K"Antall aktiviteter 2075: {len(rows)}"')
    L.append("E")
    (out / FILENAME).write_bytes(("\r\n".join(L) + "\r\n").encode("utf-8"))
    return rows


def cells(path) -> dict[tuple[int, int], str]:
    """A small SYLK reader: C records with Y/X (Y carried over from the previous C record)."""
    out: dict[tuple[int, int], str] = {}
    y = x = 0
    for line in path.read_bytes().decode("utf-8").split("\r\n"):
        if not line.startswith("C;"):
            continue
        fields, cur = [], ""
        i = 2
        while i < len(line):
            ch = line[i]
            if ch == ";" and line[i + 1:i + 2] == ";":
                cur += ";"
                i += 2
                continue
            if ch == ";":
                fields.append(cur)
                cur = ""
            else:
                cur += ch
            i += 1
        fields.append(cur)
        val = None
        for f in fields:
            if f.startswith("Y"):
                y = int(f[1:])
            elif f.startswith("X"):
                x = int(f[1:])
            elif f.startswith("K"):
                val = f[1:]
        if val is not None:
            out[(y, x)] = val[1:-1] if val.startswith('"') else val
    return out


def text(path) -> str:
    cs = cells(path)
    rows: dict[int, list[str]] = {}
    for (y, _x), v in sorted(cs.items()):
        rows.setdefault(y, []).append(v)
    return "\n".join("\t".join(v) for _y, v in sorted(rows.items()))
