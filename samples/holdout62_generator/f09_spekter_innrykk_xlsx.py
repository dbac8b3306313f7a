"""Spekter: one sheet whose first column is a hierarchy shown only by cell indentation (and font): level 0 the
hovedinnsatsområde (bold, filled), level 1 a paraphrase of the delmål (italic), level 2 the measures, level 3 the
activities under a measure (grey, small). No numbering, no outline grouping, no delmål code anywhere: the delmål is
the paraphrase on the nearest level-1 row above. Activities are not measures; a Status column marks one measure
ended in 2081 and one starting in 2083."""
from __future__ import annotations

import math

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from .common import KURS, PROSJEKT, RAD, row, save_xlsx, xlsx_text

FILENAME = "Spekter kompetansearbeid 2082 – struktur.xlsx"
MEMBER = "Spekter"
FORMAT = ("XLSX (openpyxl), one sheet, hierarchy by cell indentation (alignment indent 0–3) with bold/italic/grey "
          "fonts and fills, frozen header, zip normalised")
SHAPE = ("indented hierarchy: column A «Område / delmål / tiltak / aktivitet» holds four levels told apart only by "
         "indentation and font: hovedinnsatsområde (bold, filled), a paraphrase of the delmål (italic, indent 1, no "
         "code), measures (indent 2) and their activities (grey, indent 3, not measures); columns Type (Spekter's "
         "words) / Ansvarlig / Samarbeid / Omtale / Status filled only on measure rows; Status «Avsluttet 2081» "
         "and «Oppstart 2083» on two measures")
NOT_TRUTH = ("the title and reading note, the header, the area rows, the delmål paraphrase rows, the activity rows "
             "(grey, indent 3), the Type and Status cells, the measures 'Nettverk for simulering i akuttmottak' "
             "(Avsluttet 2081) and 'Rekrutteringskampanje for bioingeniører' (Oppstart 2083)")
SPLIT_FIELDS = ("samarbeidspartnere",)

# (level, text, type word, ansvarlig, samarbeid, omtale, status, seed, type, delmål)
LINES = [
    (0, "Gode valg for den enkelte og for samfunnet"),
    (1, "Utdanningene skal svare på behovene i arbeidslivet – samarbeid mellom utdanning og arbeidsliv", "1.4"),
    (2, "Nasjonalt fagskoleråd", "Rådsplass", "Spekter, avdeling for arbeidsliv", "",
     "Spekter har én plass i rådet og arbeidet for flere fagskoletilbud innen helse, særlig i psykisk helsearbeid.",
     "Pågår", "M02", RAD),
    (3, "Innspill til finansieringsmodell for helsefaglige fagskoletilbud"),
    (2, "UHR-Helse og velferd", "Rådsplass", "Spekter, avdeling for arbeidsliv", "helseforetakene",
     "Spekter møter for arbeidsgiverne i helseforetakene og tok opp lengre praksisperioder i "
     "bioingeniørutdanningen.", "Pågår", "M03", RAD),
    (3, "Innspill til nye retningslinjer for sykepleierutdanningen"),
    (3, "Deltakelse på fagdag om praksis i Trondheim"),
    (0, "Læring i arbeidslivet"),
    (1, "Digital kompetanse i hele arbeidsstyrken", "2.1"),
    (2, "DigiOmsorg i sykehusene", "Opplæring", "Spekter Helse", "KS",
     "Spekter og helseforetakene tok i bruk modulene for helsefagarbeidere i sykehus; 3 400 ansatte fullførte.",
     "Pågår", "J04", KURS),
    (3, "Modul: Velferdsteknologi i praksis"),
    (3, "Modul: Digital journalføring"),
    (2, "DigiOmsorg for ledere", "Lederprogram", "Spekter Helse", "Helse Vest RHF",
     "Spekters eget program for avdelingsledere i sykehus som skal lede digital omstilling. Programmet bygger på "
     "erfaringene fra DigiOmsorg, men er ikke en del av det.", "Pågår", None, KURS),
    (3, "Tre samlinger i Bergen"),
    (1, "Koble kompetansebehov i virksomhetene til relevante etter- og videreutdanningstilbud", "2.4"),
    (2, "Kompetanseforum for helseforetakene", "Nettverk", "Spekter Helse", "de regionale helseforetakene",
     "Forum der HR-direktørene i helseforetakene avtaler felles bestillinger av videreutdanning fra universitetene.",
     "Pågår", None, RAD),
    (3, "Felles bestilling av videreutdanning i intensivsykepleie"),
    (2, "Nettverk for simulering i akuttmottak", "Nettverk", "Spekter Helse", "", "Sluttseminar i juni 2081.",
     "Avsluttet 2081", "", None),
    (0, "Voksne med svak tilknytning til arbeidslivet"),
    (1, "Fleksibel opplæring på voksnes premisser", "3.1"),
    (2, "Fagbrev for assistenter i sykehus", "Pilot", "Oslo universitetssykehus", "Oslo kommune, Nav Oslo",
     "42 assistenter uten fagbrev tok helsefagarbeiderfaget som praksiskandidater med opplæring i arbeidstiden.",
     "Pågår", None, PROSJEKT),
    (3, "Teoriundervisning to dager i måneden"),
    (2, "Rekrutteringskampanje for bioingeniører", "Kampanje", "Spekter, kommunikasjon", "", "Forberedes.",
     "Oppstart 2083", "", None),
]


WIDTHS = [62, 13, 28, 26, 60, 15]


def build(out) -> list[dict]:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Kompetanse 2082"
    ws["A1"] = "Spekter – kompetansearbeid 2082"
    ws["A1"].font = Font(bold=True, size=14, color="00594F")
    ws["A2"] = ("Strukturen følger Nasjonal kompetansepolitisk strategi: område, delmål, tiltak og aktiviteter. "
                "Kolonnene til høyre er fylt ut for tiltakene.")
    ws["A2"].font = Font(italic=True, size=9)
    head = ["Område / delmål / tiltak / aktivitet", "Type", "Ansvarlig", "Samarbeid", "Omtale", "Status"]
    thin = Side(style="thin", color="BFBFBF")
    box = Border(bottom=thin)
    for j, h in enumerate(head, 1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="00594F")
    rows = []
    dm = None
    for i, ln in enumerate(LINES, 5):
        lvl = ln[0]
        a = ws.cell(row=i, column=1, value=ln[1])
        a.alignment = Alignment(horizontal="left", indent=lvl * 2, wrap_text=True, vertical="top")
        for j in range(1, 7):
            ws.cell(row=i, column=j).border = box
        if lvl == 0:
            a.font = Font(bold=True, size=12)
            for j in range(1, 7):
                ws.cell(row=i, column=j).fill = PatternFill("solid", fgColor="D9EAE7")
        elif lvl == 1:
            a.font = Font(italic=True)
            dm = ln[2]
        elif lvl == 3:
            a.font = Font(size=9, color="808080")
        else:
            _l, name, tw, ans, med, txt, status, seed, ty = ln
            for j, v in enumerate([tw, ans, med or None, txt, status], 2):
                c = ws.cell(row=i, column=j, value=v)
                c.alignment = Alignment(wrap_text=True, vertical="top")
            if ty:
                rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, ans, med, txt))
        cells = [(str(ws.cell(row=i, column=j).value or ""), w) for j, w in enumerate(WIDTHS, 1)]
        n = max(math.ceil((len(v) * 1.15 + (lvl * 4 if j == 0 else 0)) / w) for j, (v, w) in enumerate(cells))
        ws.row_dimensions[i].height = 15 * max(n, 1) + 2
    for col, w in zip("ABCDEF", WIDTHS):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    save_xlsx(wb, out / FILENAME, "Spekter")
    return rows


def text(path) -> str:
    return xlsx_text(path)
