"""Unio: an ordinary Word table whose goal column «Mål» holds Unio's own short codes: two letters for the
hovedinnsatsområde and the delmål's number under it («GV4» = Gode valg, delmål 4 = 1.4; «LA2» = Læring i
arbeidslivet, delmål 2 = 2.2), explained by a key line under the table. Partners parted by semicolons. The UHR-FSE seat
is named by the union that holds it. A seminar held in 2093 and not repeated is told only in words."""
from __future__ import annotations

from docx.enum.section import WD_ORIENT
from docx.shared import Cm, Pt

from .common import ARR, FOU, INFO, KURS, RAD, add_runs, base_docx, docx_table, docx_text_deep, row, save_docx

FILENAME = "Unio tiltak 2094.docx"
MEMBER = "Unio"
FORMAT = ("DOCX (python-docx), landscape, one ruled six-column table with a shaded header row and a key line under it, "
          "zip normalised")
SHAPE = ("ordinary Word table: title, a two-sentence intro, header Tiltak / Mål / Form / Hva skjedde / Ansvarlig "
         "forbund / Med; the delmål as Unio's own short code of two letters for the area and the delmål's number "
         "(«GV4» = 1.4, «LA2» = 2.2; GV = Gode valg, LA = Læring i arbeidslivet, ST = Svak tilknytning til "
         "arbeidslivet), explained only by a key line under the table; Unio's kind words (Plass i enheten, "
         "Undersøkelse (felles), Praksiskurs, Veileder, Konferanse, Seminar); partners parted by semicolons; the "
         "UHR-FSE seat «Utdanningsforbundet i UHR-Lærerutdanning»; a seminar held in April 2093 told only in words")
NOT_TRUTH = ("the title and intro, the header, the Mål and Form cells, the semicolons between partners, the row "
             "'Seminar om forskning i profesjonsutdanningene' (held in April 2093, not repeated), the key line, the "
             "contact line")
SPLIT_FIELDS = ("samarbeidspartnere",)

AREA = {"1": "GV", "2": "LA", "3": "ST"}
# name, dm, form, hva, forbund, med (list), seed, type
ROWS = [
    ("Utdanningsforbundet i UHR-Lærerutdanning", "1.4", "Plass i enheten",
     "Utdanningsforbundet har en fast plass i den fagstrategiske enheten. I 2094 arbeidet enheten med praksis i "
     "lærerutdanningene og med ny rammeplan for yrkesfaglærere.", "Utdanningsforbundet", [], "M06", RAD),
    ("Monitor for kompetanse i offentlig sektor (Kompetansemonitoren 2094)", "2.2", "Undersøkelse (felles)",
     "Unio var med og utformet spørsmålene om etter- og videreutdanning i den felles undersøkelsen og presenterte "
     "funnene for lærere og sykepleiere. Undersøkelsen gikk til 14 000 ansatte.", "Unio-sekretariatet",
     ["KS", "Spekter", "Fafo"], "J02", FOU),
    ("Praksisveilederkurs for sykepleiere", "1.4", "Praksiskurs",
     "Kurs over fire dager for sykepleiere som veileder studenter i praksis. 310 deltok i 2094.",
     "Norsk Sykepleierforbund", ["OsloMet", "VID vitenskapelige høgskole"], None, KURS),
    ("Veileder om kompetanseplaner for tillitsvalgte", "2.2", "Veileder",
     "Digital veileder som viser tillitsvalgte hvordan de kan kreve og følge opp kompetanseplaner i virksomheten.",
     "Unio-sekretariatet", [], None, INFO),
    ("Konferansen «Læreren som lærer»", "2.2", "Konferanse",
     "Konferanse i Trondheim i oktober om etter- og videreutdanning for lærere i grunnskolen. 450 deltakere.",
     "Utdanningsforbundet", ["NTNU"], None, ARR),
    ("Seminar om forskning i profesjonsutdanningene", "1.4", "Seminar",
     "Seminaret ble holdt i april 2093 og er ikke gjentatt.", "Forskerforbundet", [], "", None),
]


def build(out) -> list[dict]:
    d = base_docx(font="Calibri", size=10, margins_cm=1.8)
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    p = d.add_paragraph()
    add_runs(p, [("Unio – tiltak i Nasjonal kompetansepolitisk strategi 2094", "b")])
    p.runs[0].font.size = Pt(15)
    d.add_paragraph("Unio og forbundene rapporterer her tiltakene for 2094. Kolonnen «Mål» bruker våre egne "
                    "forkortelser for strategiens mål.")
    head = ["Tiltak", "Mål", "Form", "Hva skjedde", "Ansvarlig forbund", "Med"]
    body = [[n, AREA[dm[0]] + dm[2], form, hva, forb, "; ".join(med)] for n, dm, form, hva, forb, med, _s, _t in ROWS]
    docx_table(d, head, body, [5.0, 1.5, 3.0, 8.6, 3.4, 4.6], fill="DDEBF7", bold_first=True)
    rows = []
    for n, dm, _form, hva, forb, med, seed, ty in ROWS:
        if ty:
            rows.append(row(FILENAME, MEMBER, n, seed, dm, ty, forb, ", ".join(med), hva))
    p = d.add_paragraph()
    add_runs(p, [("Mål: GV = Gode valg for den enkelte og for samfunnet, LA = Læring i arbeidslivet, ST = Svak "
                  "tilknytning til arbeidslivet. Tallet er delmålets nummer under innsatsområdet.", "g")])
    d.add_paragraph("Kontakt: Siri Hatlen Aas, Unio-sekretariatet")
    save_docx(d, out / FILENAME, "Siri Hatlen Aas")
    return rows


def text(path) -> str:
    return docx_text_deep(path)
