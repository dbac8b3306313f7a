"""UHR: an ordinary table printed to PDF without a goal column; the measures are lettered a)–f), and the delmål
stand only in one paragraph under the table that sorts the letters by delmål. A national meeting moved to February
2092 is told only in words."""
from __future__ import annotations

from .common import ARR, FOU, INFO, PROSJEKT, RAD, docx_bytes, new_docx, pdf_cells, row, ruled_table, runs, \
    stable_pdf

FILENAME = "UHR – rapport KPR 2091.pdf"
MEMBER = "UHR"
FORMAT = ("PDF exported by LibreOffice Writer from a portrait DOCX (python-docx) with one ruled six-column table and "
          "two paragraphs under it; dates and /ID fixed")
SHAPE = ("ordinary table whose delmål stand only in a paragraph under it: title, an intro saying the link to the "
         "strategy is given under the table, header (empty) / Tiltak / Form / Hva ble gjort / Ansvarlig / "
         "Samarbeid with the letters a)–f) in the first column, then «Kobling til strategien: Delmål 1.4 – a og b. "
         "Delmål 2.4 – c, d og f. Delmål 3.1 – e.»; UHR's kind words (Fagstrategisk enhet, Kartlegging, Nettverk, "
         "Pilot, Nettjeneste, Konferanse); the UHR-FSE seat «UHR-Lærerutdanning – fagstrategisk enhet for "
         "lærerutdanningene»; UHR's own survey of the RSA councils (about RSA, not a seat); a paragraph «Annet» on a "
         "national meeting moved to February 2092, told only in words; a contact line")
NOT_TRUTH = ("the title and intro, the header, the letters, the Form cells, the paragraph «Kobling til strategien», "
             "the paragraph «Annet» on 'Nasjonalt møte om praksis' (moved to February 2092), the contact line")
SPLIT_FIELDS = ("samarbeidspartnere",)

# name, form, text, ansvarlig, partners, delmål, seed, type
ROWS = [
    ("UHR-Lærerutdanning – fagstrategisk enhet for lærerutdanningene", "Fagstrategisk enhet",
     "Enheten hadde fire møter og la fram et forslag til felles nasjonale retningslinjer for praksis i "
     "lærerutdanningene.", "UHR-Lærerutdanning", "", "1.4", "M06", RAD),
    ("Kartlegging av RSA-rådenes arbeid med etter- og videreutdanning", "Kartlegging",
     "UHR spurte alle universiteter og høgskoler om hvordan rådene for samarbeid med arbeidslivet behandler etter- "
     "og videreutdanning. Kartleggingen var UHRs egen; UHR har ingen plass i rådene.", "UHR-sekretariatet",
     "HK-dir", "1.4", None, FOU),
    ("Nettverk for EVU-ledere", "Nettverk",
     "Nettverket samlet ledere for etter- og videreutdanning ved 28 institusjoner til to samlinger om fleksible "
     "studier.", "UHR-sekretariatet", "", "2.4", None, RAD),
    ("Fleksible videreutdanningsmoduler i helsefag", "Pilot",
     "Fem høgskoler prøvde ut moduler på 7,5 studiepoeng som kan settes sammen til en videreutdanning. 210 "
     "helsearbeidere tok moduler.", "UHR-Helse og sosial", "KS, Spekter", "2.4", None, PROSJEKT),
    ("Nettsiden «Studer som voksen»", "Nettjeneste",
     "UHR samlet informasjon om opptak på grunnlag av realkompetanse og om deltidsstudier for voksne på én "
     "nettside. Siden hadde 61 000 besøk.", "UHR-sekretariatet", "Samordna opptak", "3.1", None, INFO),
    ("Konferansen om livslang læring i høyere utdanning", "Konferanse",
     "Todagerskonferanse i Trondheim for ledere og fagfolk i universitets- og høgskolesektoren. 260 deltok.",
     "UHR-sekretariatet", "NTNU", "2.4", None, ARR),
]

FORM = {"Fagstrategisk enhet": RAD, "Kartlegging": FOU, "Nettverk": RAD, "Pilot": PROSJEKT, "Nettjeneste": INFO,
        "Konferanse": ARR}
LETTERS = "abcdef"


def link_line() -> str:
    groups: dict[str, list[str]] = {}
    for letter, r in zip(LETTERS, ROWS):
        groups.setdefault(r[5], []).append(letter)
    parts = []
    for dm in sorted(groups, key=lambda c: tuple(map(int, c.split(".")))):
        ls = groups[dm]
        said = ls[0] if len(ls) == 1 else ", ".join(ls[:-1]) + " og " + ls[-1]
        parts.append(f"Delmål {dm} – {said}.")
    return "Kobling til strategien: " + " ".join(parts)


def build(out) -> list[dict]:
    d = new_docx(font="Liberation Sans", size=10, margin_cm=2.0)
    p = d.add_paragraph()
    runs(p, [("Universitets- og høgskolerådet – rapport til Kompetansepolitisk råd 2091", "bs15")])
    d.add_paragraph("UHR rapporterer seks tiltak for 2091. Tiltakene er merket med bokstaver, og koblingen til "
                    "delmålene i strategien står under tabellen.")
    head = ["", "Tiltak", "Form", "Hva ble gjort", "Ansvarlig", "Samarbeid"]
    body = [[f"{letter})", n, f, t, a, s] for letter, (n, f, t, a, s, *_r) in zip(LETTERS, ROWS)]
    ruled_table(d, head, body, [0.9, 3.8, 2.4, 6.2, 2.4, 2.2], fill="DEEAF6", size=9.5)
    d.add_paragraph()
    d.add_paragraph(link_line())
    p = d.add_paragraph()
    runs(p, [("Annet: ", "b"), ("Nasjonalt møte om praksis i profesjonsutdanningene, som var planlagt i desember, "
                                "ble flyttet til februar 2092.", "")])
    d.add_paragraph()
    p = d.add_paragraph()
    runs(p, [("Kontakt: Kari Nyhus, seniorrådgiver i UHR", "i")])
    (out / FILENAME).write_bytes(stable_pdf(docx_bytes(d, "Kari Nyhus"), ".docx"))
    rows = []
    for n, f, t, a, s, dm, seed, ty in ROWS:
        assert FORM[f] == ty
        rows.append(row(FILENAME, MEMBER, n, seed, dm, ty, a, s, t))
    return rows


def text(path) -> str:
    return pdf_cells(path)
