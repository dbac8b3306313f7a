"""Sametinget: a file named .doc that is really Rich Text Format – written in Word-compatible form by LibreOffice
Writer's RTF export from a DOCX, then given the .doc name (as case-handling systems and «Lagre som Word 97» mistakes
do). Inside: a letter head, an intro, and one ruled table with two-language headers (North Sámi / Norwegian):
«Doaibmabidju / Tiltak», «Ulbmil strategiijas / Delmål», «Šládja / Type», «Ovddasvástádus / Ansvar», «Ovttasbargu /
Samarbeid», «Čilgehus / Beskrivelse». The content is Norwegian. The NFK seat named by Sametinget's seat. A fair held
every second year is in the table but not held in 2089."""
from __future__ import annotations

import re

from docx.shared import Pt

from .common import FOU, INFO, KURS, PROSJEKT, RAD, add_runs, base_docx, docx_bytes, lo_convert, row, simple_table

FILENAME = "Sametinget tiltak 2089.doc"
MEMBER = "Sametinget"
FORMAT = ("RTF with a .doc name: a DOCX (python-docx) converted to Rich Text Format by LibreOffice Writer "
          "(--convert-to rtf), the {\\info} dates fixed by the DOCX properties; the file starts «{\\rtf1»")
SHAPE = ("letter-like report in a Word 97-named file that is RTF inside: head «Sámediggi – Sametinget», place and "
         "date, intro, one ruled table with two-language headers (North Sámi / Norwegian: «Doaibmabidju / Tiltak», "
         "«Ulbmil strategiijas / Delmål», «Šládja / Type», «Ovddasvástádus / Ansvar», «Ovttasbargu / Samarbeid», "
         "«Čilgehus / Beskrivelse»); delmål as a code; Sametinget's kind words (Forumplass, Nettjeneste, Kurs, "
         "Kartlegging, Prosjekt, Messe); the NFK seat named «Sametingets plass i Nasjonalt forum for "
         "karriereveiledning»; a fair held every second year not held in 2089")
NOT_TRUTH = ("the letter head, place and date, intro, the two-language header, the Delmål and Type cells, the row "
             "'Samisk yrkesmesse i Karasjok' (every second year: last in 2088, next in 2090), the greeting and "
             "signature")
SPLIT_FIELDS = ("samarbeidspartnere",)

HEAD = ["Doaibmabidju / Tiltak", "Ulbmil strategiijas / Delmål", "Šládja / Type", "Ovddasvástádus / Ansvar",
        "Ovttasbargu / Samarbeid", "Čilgehus / Beskrivelse"]
ROWS = [
    ("Sametingets plass i Nasjonalt forum for karriereveiledning", "1.3", "Forumplass", "Opplæringsavdelingen", "",
     "Sametinget deltok på forumets møter og la fram behovet for karriereveiledning på samisk.", "M01", "1.3", RAD),
    ("Samisk karriereveiledning på nett", "1.3", "Nettjeneste", "Opplæringsavdelingen", "HK-dir, Samisk høgskole",
     "En nettjeneste med karriereveiledning på nordsamisk, lulesamisk og sørsamisk, åpnet i mai. 2 300 besøk.",
     None, "1.3", INFO),
    ("Kurs i reindriftsfag for voksne", "2.3", "Kurs", "Næringsavdelingen", "Samisk videregående skole og "
     "reindriftsskole", "Et deltidskurs for voksne reindriftsutøvere som vil ta fagbrev i reindriftsfaget. 24 "
     "deltakere.", None, "2.3", KURS),
    ("Kartlegging av samisk språkkompetanse i kommunene", "1.1", "Kartlegging", "Analyseenheten",
     "Nordland fylkeskommune, Troms fylkeskommune",
     "Kartleggingen viser hvor mange ansatte i de samiske kommunene som kan gi tjenester på samisk.", None, "1.1",
     FOU),
    ("Duodji-fagbrev for voksne", "2.5", "Prosjekt", "Næringsavdelingen", "Finnmark fylkeskommune",
     "Et prosjekt der erfarne duojárat får vurdert kompetansen sin og kan gå opp til fagprøve i duodji. 18 tok "
     "fagprøven.", None, "2.5", PROSJEKT),
    ("Samisk yrkesmesse i Karasjok", "2.3", "Messe", "Opplæringsavdelingen", "",
     "Messa holdes annethvert år; den ble holdt i 2088 og holdes neste gang i 2090.", "", "", None),
]


def _patch(data: bytes) -> bytes:
    # LibreOffice writes the time of printing/export into {\info}; make them fixed.
    data = re.sub(rb"\{\\printim[^}]*\}", b"", data)
    return data


def build(out) -> list[dict]:
    d = base_docx(font="Liberation Sans", size=10)
    p = d.add_paragraph()
    add_runs(p, [("Sámediggi – Sametinget", "b")])
    p.runs[0].font.size = Pt(14)
    d.add_paragraph("Karasjok/Kárášjohka, 15.01.2090")
    d.add_paragraph("Til sekretariatet for Kompetansepolitisk råd")
    p = d.add_paragraph()
    add_runs(p, [("Sametingets tiltak i oppfølgingen av kompetansestrategien i 2089", "b")])
    d.add_paragraph("Vi sender her oversikten over Sametingets tiltak. Tabellen har overskrifter på nordsamisk og "
                    "norsk.")
    rows, trs = [], []
    for name, dmc, kind, ans, med, desc, seed, dm, ty in ROWS:
        trs.append([name, dmc, kind, ans, med, desc])
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, ans, med,
                            desc))
    simple_table(d, HEAD, trs, [3.6, 1.8, 2.0, 2.6, 2.8, 5.2], fill="FFF2CC", size=9)
    d.add_paragraph()
    d.add_paragraph("Dearvvuođaiguin / Med hilsen")
    d.add_paragraph("Máret Anne Sara, seniorrådgiver")
    data = lo_convert(docx_bytes(d, "Máret Anne Sara"), ".docx", "rtf", _patch)
    (out / FILENAME).write_bytes(data)
    return rows


def text(path) -> str:
    """Plain text from the RTF: each \\uN escape and \\'hh byte decoded, control words dropped, groups flattened."""
    raw = path.read_bytes().decode("latin-1")
    out, i, skip = [], 0, 0
    depth_skip = []
    depth = 0
    uc = 1
    while i < len(raw):
        ch = raw[i]
        if ch == "{":
            depth += 1
            i += 1
            if raw.startswith("\\*", i) or re.match(r"\\(fonttbl|colortbl|stylesheet|info|listtable|listoverridetable|"
                                                    r"rsidtbl|generator|pgdsctbl|xmlnstbl|themedata|latentstyles)",
                                                    raw[i:]):
                depth_skip.append(depth)
            continue
        if ch == "}":
            if depth_skip and depth_skip[-1] == depth:
                depth_skip.pop()
            depth -= 1
            i += 1
            continue
        if ch == "\\":
            m = re.match(r"\\([a-z]+)(-?\d+)? ?|\\'([0-9a-fA-F]{2})|\\(.)", raw[i:])
            i += m.end()
            if depth_skip:
                continue
            if m.group(1):
                w, n = m.group(1), m.group(2)
                if w == "u" and n is not None:
                    c = int(n)
                    out.append(chr(c + 65536 if c < 0 else c))
                    skip = uc
                elif w == "uc" and n is not None:
                    uc = int(n)
                elif w in ("par", "cell", "row", "line", "tab"):
                    out.append("\n")
            elif m.group(3):
                if skip:
                    skip -= 1
                else:
                    out.append(bytes([int(m.group(3), 16)]).decode("cp1252"))
            elif m.group(4) in "{}\\":
                out.append(m.group(4))
            continue
        if depth_skip or ch in "\r\n":
            i += 1
            continue
        if skip:
            skip -= 1
            i += 1
            continue
        out.append(ch)
        i += 1
    return "".join(out)
