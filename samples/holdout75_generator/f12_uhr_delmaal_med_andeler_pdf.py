"""UHR: an ordinary table printed to PDF by LibreOffice Writer whose goal column lists every delmål a measure
contributes to with its share of the effort in per cent («1.4 (20 %), 2.2 (80 %)»); the main delmål is the one with
the largest share, which is not always the first listed; the intro says so. The trap is UHR's own evaluation of the
fagstrategiske enheter (about the councils, not a seat in one). A portal closed down in 2094 is told only in words."""
from __future__ import annotations

from docx.shared import Pt

from .common import ARR, FOU, KURS, RAD, add_runs, base_docx, docx_table, docx_to_pdf, pdf_text_with_cells, \
    repeat_header, row

FILENAME = "UHR – rapport om tiltak 2095.pdf"
MEMBER = "UHR"
FORMAT = ("PDF exported by LibreOffice Writer from a landscape DOCX (python-docx) with one ruled six-column table and a "
          "repeated header row; dates and /ID fixed")
SHAPE = ("ordinary table: title, an intro that explains the goal column («Der et tiltak bidrar til flere delmål, har vi "
         "anslått hvor stor del av innsatsen som går til hvert»), header Tiltak / Resultat 2095 / Bidrar til delmål "
         "(andel) / Arbeidsform / Ledes av / Med; the goal cell one or more codes with per-cent shares, the main "
         "delmål the largest share and twice not the first («1.4 (40 %), 2.2 (60 %)», «1.4 (30 %), 2.4 (70 %)»); "
         "UHR's kind words (Fagstrategisk enhet, Undersøkelse, Evaluering, Nettkurs, Konferanse); the UHR-FSE seat "
         "«Fagstrategisk enhet for lærerutdanning (UHR-Lærerutdanning)»; UHR's own evaluation of the fagstrategiske "
         "enheter (about the councils); a portal closed down in 2094 told only in words; a closing line")
NOT_TRUTH = ("the title and intro, the header, the Bidrar til delmål and Arbeidsform cells (codes and shares), the row "
             "'Portal for etter- og videreutdanning' (closed down in 2094), the closing line")
SPLIT_FIELDS = ("samarbeidspartnere",)

# name, resultat, shares, form, ledes, med, seed, delmål, type
ROWS = [
    ("Fagstrategisk enhet for lærerutdanning (UHR-Lærerutdanning)",
     "Enheten samlet lærerutdanningene til fire møter. I 2095 ga den råd om praksis i yrkesfaglærerutdanningen og om "
     "videreutdanning for lærere.", [("1.4", 100)], "Fagstrategisk enhet", "UHR-Lærerutdanning",
     "Utdanningsforbundet, KS", "M06", "1.4", RAD),
    ("Læringsbarometeret 2095 – UH-sektorens bidrag",
     "UHR stod for spørsmålene om samarbeid med universiteter og høyskoler og for analysene av svarene fra "
     "offentlig sektor.", [("2.2", 80), ("1.4", 20)], "Undersøkelse", "UHR sekretariatet", "Spekter, Akademikerne, NIFU",
     "J05", "2.2", FOU),
    ("Evaluering av de fagstrategiske enhetene",
     "UHR gikk gjennom mandat, sammensetning og resultater i alle de fagstrategiske enhetene. Evalueringen er UHRs "
     "egen gjennomgang og er ikke en del av enhetenes arbeid.", [("1.4", 40), ("2.2", 60)], "Evaluering",
     "UHR sekretariatet", "", None, "2.2", FOU),
    ("Nettkurs i digital undervisning for EVU-lærere",
     "Nettkurs for lærere som underviser i etter- og videreutdanning. 520 lærere fra 19 institusjoner fullførte.",
     [("2.1", 60), ("2.4", 40)], "Nettkurs", "UHR-EVU", "Sikt", None, "2.1", KURS),
    ("Konferanse om livslang læring i UH-sektoren",
     "Konferanse i Trondheim i mai om fleksible tilbud for voksne i arbeid. 310 deltakere.", [("1.4", 30), ("2.4", 70)],
     "Konferanse", "UHR-EVU", "NTNU, NHO", None, "2.4", ARR),
    ("Portal for etter- og videreutdanning",
     "Portalen ble lagt ned i 2094, og tilbudene vises nå på utdanning.no.", [("2.4", 100)], "Nettportal", "UHR-EVU",
     "", "", "", None),
]


def share(parts) -> str:
    return ", ".join(f"{c} ({p} %)" for c, p in parts)


def build(out) -> list[dict]:
    d = base_docx(font="Calibri", size=10, landscape=True, margins_cm=1.8)
    p = d.add_paragraph()
    add_runs(p, [("Universitets- og høgskolerådet – tiltak i kompetansestrategien 2095", "b")])
    p.runs[0].font.size = Pt(15)
    d.add_paragraph("Tabellen viser UHRs tiltak i 2095. Der et tiltak bidrar til flere delmål, har vi anslått hvor stor "
                    "del av innsatsen som går til hvert. Delmålet med størst andel er hovedmålet.")
    head = ["Tiltak", "Resultat 2095", "Bidrar til delmål (andel)", "Arbeidsform", "Ledes av", "Med"]
    body = [[n, r, share(s), f, le, m] for n, r, s, f, le, m, *_x in ROWS]
    t = docx_table(d, head, body, [5.4, 8.8, 3.4, 2.6, 2.8, 3.2], fill="E2EFDA", bold_first=True)
    repeat_header(t)
    d.add_paragraph()
    d.add_paragraph("UHR, januar 2096")
    docx_to_pdf(d, out / FILENAME, author="UHR")
    return [row(FILENAME, MEMBER, n, seed, dm, ty, le, m, r) for n, r, _s, _f, le, m, seed, dm, ty in ROWS if ty]


def text(path) -> str:
    return pdf_text_with_cells(path)
