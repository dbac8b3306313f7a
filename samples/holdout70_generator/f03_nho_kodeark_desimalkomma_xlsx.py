"""NHO: an ordinary Excel list whose kind is a one-letter code (R, A, P, K, M, I) explained only on a second sheet
«Forklaring», and whose delmål is a number cell (2.3 stored as a number with the format 0.0, so a Norwegian Excel
shows «2,3»). Title and a sending line above the header on row 4 (Initiativ / Status og resultat / Delmål nr. / Kode
/ NHO-ledd / Med oss), an autofilter, partners one per line in the cell. The SRY seat is a faglig råd. The trap is
NHO's own survey of its members about the faglige råd, right under the joint project. Two rows are outside 2090, told
only in the status text («tidligst høsten neste år», «avsluttet i fjor»)."""
from __future__ import annotations

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from .common import FOU, INFO, KURS, PROSJEKT, RAD, fit_row_heights, row, save_xlsx, xlsx_text

FILENAME = "NHO tiltaksoversikt KPR 2090.xlsx"
MEMBER = "NHO"
FORMAT = ("XLSX (openpyxl), two sheets, delmål as number cells with the format 0.0, autofilter, frozen header, zip "
          "normalised")
SHAPE = ("ordinary Excel list: title and a sending line above the header on row 4 Initiativ / Status og resultat / "
         "Delmål nr. / Kode / NHO-ledd / Med oss; the delmål a number cell (2.3 as a number, format 0.0: «2,3» in a "
         "Norwegian Excel); the kind a one-letter code (R, A, P, K, M, I) explained only on the sheet «Forklaring» "
         "(R = Rådsarbeid og representasjon, A = Analyse og statistikk, P = Prosjekt eller pilot, K = Kurs og "
         "kompetanseprogram, M = Møteplass, I = Informasjon og veiledning); partners one per line; the SRY seat named "
         "by a faglig råd; two rows outside 2090 told only in the status text")
NOT_TRUTH = ("the title and the sending line, the header, the Delmål nr. and Kode cells, row 10 'Kompetansereise til "
             "Tyskland' (postponed to the autumn of next year at the earliest), row 11 'Skolebesøk-kampanjen «Yrkesfag "
             "er framtida»' (ended last year), the sheet «Forklaring»")
SPLIT_FIELDS = ("samarbeidspartnere",)

HEAD = ["Initiativ", "Status og resultat", "Delmål nr.", "Kode", "NHO-ledd", "Med oss"]

# name, status, delmål (number), code, ledd, partners (one per line), seed, dm, type
ROWS = [
    ("Faglig råd for bygg- og anleggsteknikk",
     "Byggenæringens Landsforening har to arbeidsgiverplasser i rådet under SRY. Rådet fikk gjennomslag for en ny "
     "fordypning i anleggsmaskinførerfaget.", 2.3, "R", "Byggenæringens Landsforening (BNL)", [], "M02", "2.3", RAD),
    ("Lærlingløftet 2090 – arbeidsgiversiden",
     "NHO Arbeidsliv koordinerer bedriftskontaktene i Lærlingløftet. 210 bedrifter har tatt inn sin første lærling "
     "etter besøk fra prosjektet.", 2.3, "P", "NHO Arbeidsliv", ["LO", "YS"], "J02", "2.3", PROSJEKT),
    ("Medlemsundersøkelse om de faglige rådene",
     "Vi spurte 1 400 medlemsbedrifter hvordan de opplever de faglige rådenes arbeid med læreplaner og "
     "dimensjonering. Undersøkelsen er NHOs egen og er ikke arbeid i rådene.", 2.3, "A", "NHO Analyse", [], None,
     "2.3", FOU),
    ("Bransjeprogrammet for havbruk",
     "Korte, nettbaserte moduler i fiskehelse og automatisering for ansatte i havbruksnæringen. 26 moduler med til "
     "sammen 610 deltakere.", 2.4, "K", "Sjømat Norge", ["Fagskolen i Nordland", "NTNU"], None, "2.4", KURS),
    ("Veileder for bedrifter om realkompetansevurdering",
     "Nettbasert veileder som viser hvordan bedrifter kan få vurdert og dokumentert det de ansatte har lært på "
     "jobben. Veilederen er lastet ned 3 200 ganger.", 2.5, "I", "NHO Service og Handel", ["HK-dir"], None, "2.5",
     INFO),
    ("Kompetansereise til Tyskland",
     "Utsatt. Reisen gjennomføres tidligst høsten neste år.", 2.4, "M", "NHO Reiseliv", [], "", "", None),
    ("Skolebesøk-kampanjen «Yrkesfag er framtida»",
     "Kampanjen ble avsluttet i fjor. Vi viser til fjorårets rapport.", 2.3, "I", "Ungt Entreprenørskap", [], "", "",
     None),
]

CODES = [("R", "Rådsarbeid og representasjon"), ("A", "Analyse og statistikk"), ("P", "Prosjekt eller pilot"),
         ("K", "Kurs og kompetanseprogram"), ("M", "Møteplass (konferanse, seminar, frokostmøte)"),
         ("I", "Informasjon og veiledning")]


def build(out) -> list[dict]:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Tiltak 2090"
    ws["A1"] = "NHO-fellesskapets tiltak i kompetansestrategien 2090"
    ws["A1"].font = Font(bold=True, size=14, color="1F3864")
    ws["A2"] = "Sendt Kompetansepolitisk råd 31.01.2091. Se arket «Forklaring» for kodene i kolonne D."
    ws["A2"].font = Font(size=10, italic=True, color="595959")
    thin = Side(style="thin", color="8EA9DB")
    border = Border(top=thin, bottom=thin, left=thin, right=thin)
    for j, h in enumerate(HEAD, 1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="D9E1F2")
        c.alignment = Alignment(wrap_text=True, vertical="top")
        c.border = border
    rows = []
    for i, (name, status, dnum, code, ledd, partners, seed, dm, ty) in enumerate(ROWS, 5):
        vals = [name, status, dnum, code, ledd, "\n".join(partners) or None]
        for j, v in enumerate(vals, 1):
            c = ws.cell(i, j, v)
            c.alignment = Alignment(wrap_text=True, vertical="top", horizontal="center" if j in (3, 4) else None)
            c.border = border
        ws.cell(i, 3).number_format = "0.0"
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, ledd, ", ".join(partners), status))
    for col, w in zip("ABCDEF", [38, 64, 10, 7, 30, 24]):
        ws.column_dimensions[col].width = w
    fit_row_heights(ws, 4, 4 + len(ROWS))
    ws.freeze_panes = "A5"
    ws.auto_filter.ref = f"A4:F{4 + len(ROWS)}"
    fk = wb.create_sheet("Forklaring")
    fk["A1"] = "Koder i kolonne D (type tiltak)"
    fk["A1"].font = Font(bold=True)
    fk.append(["Kode", "Betyr"])
    for r in CODES:
        fk.append(list(r))
    fk.append([])
    fk.append(["Delmål nr. viser til nummereringen av delmålene i Nasjonal kompetansepolitisk strategi."])
    fk.column_dimensions["A"].width = 8
    fk.column_dimensions["B"].width = 50
    save_xlsx(wb, out / FILENAME, "NHO Kompetanse og utdanning")
    return rows


def text(path) -> str:
    return xlsx_text(path)
