"""Excel workbooks: NHO (instruction sheet + table) and Trøndelag (merged
two-row header)."""
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from .common import FIXED, normalize_zip

WRAP = Alignment(wrap_text=True, vertical="top")
THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def _props(wb, title, creator):
    p = wb.properties
    p.title = title
    p.creator = creator
    p.lastModifiedBy = creator
    p.created = FIXED
    p.modified = FIXED


def _fit(ws, first, last, widths):
    """Row heights for wrapped text, landscape print fitted to page width."""
    for r in range(first, last + 1):
        lines = 1
        for col, w in widths.items():
            v = ws[f"{col}{r}"].value
            if isinstance(v, str):
                lines = max(lines, -(-len(v) * 11 // (w * 10)))
        ws.row_dimensions[r].height = 15 * lines + 3
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


def _save(wb, out_dir, fname):
    path = os.path.join(out_dir, fname)
    wb.save(path)
    normalize_zip(path)
    return path


def build_nho(out_dir, fname, rows):
    wb = Workbook()
    _props(wb, "NHO rapportering 2053", "NHO")
    info = wb.active
    info.title = "Veiledning"
    lines = ["Rapportering til Kompetansepolitisk råd – rapporteringsår 2053",
             "",
             "Fyll inn ett tiltak per rad i arket «Tiltak 2053».",
             "Delmål oppgis med nummer fra Nasjonal kompetansepolitisk strategi.",
             "Tiltakstype beskrives med egne ord.",
             "Frist for innsending: 1. februar 2054."]
    for i, txt in enumerate(lines, 1):
        info.cell(row=i, column=1, value=txt)
    info["A1"].font = Font(bold=True, size=13)
    info.column_dimensions["A"].width = 80

    ws = wb.create_sheet("Tiltak 2053")
    ws["A1"] = "NHOs rapportering til Kompetansepolitisk råd – rapporteringsår 2053"
    ws["A1"].font = Font(bold=True, size=14, color="003A70")
    ws.merge_cells("A1:G1")
    ws["A2"] = "Rapporterende medlem: Næringslivets Hovedorganisasjon (NHO)"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:G2")
    heads = ["Delmål (nr.)", "Navn på tiltak", "Hva går tiltaket ut på?",
             "Tiltakstype", "Hvem eier tiltaket?", "Hvem samarbeider vi med?",
             "Status 31.12.2053"]
    fill = PatternFill("solid", fgColor="DCE6F1")
    for c, h in enumerate(heads, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = fill
        cell.alignment = WRAP
        cell.border = BOX
    for r, row in enumerate(rows, 5):
        vals = [float(row["delmal"]), row["tiltak"], row["desc"], row["tt"],
                row["ans"], row["sam"] or None, row["status"]]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BOX
        ws.cell(row=r, column=1).number_format = "0.0"
    last = 5 + len(rows) + 1
    ws.cell(row=last, column=1, value="Kilde: NHO Arbeidsliv, avdeling for "
            "kompetanse og utdanning. Tall for 2053 er foreløpige.").font = \
        Font(italic=True, size=9)
    widths = dict(zip("ABCDEFG", (11, 34, 60, 18, 24, 30, 16)))
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    _fit(ws, 4, 4 + len(rows), widths)
    ws.freeze_panes = "C5"
    wb.active = 1
    return _save(wb, out_dir, fname)


def build_trondelag(out_dir, fname, rows):
    wb = Workbook()
    _props(wb, "Trøndelag fylkeskommune – tiltak 2053", "Trøndelag fylkeskommune")
    ws = wb.active
    ws.title = "Rapportering"
    ws["A1"] = ("Trøndelag fylkeskommune – Trööndelagen fylkentjïelte: tiltak i "
                "2053 som følger opp kompetansestrategien")
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:H1")
    green = PatternFill("solid", fgColor="C6E0B4")
    light = PatternFill("solid", fgColor="E2EFDA")
    top = [("A3:B3", "Tiltak"), ("C3:D3", "Plassering i strategien"),
           ("E3:E4", "Beskrivelse"), ("F3:F4", "Type"), ("G3:H3", "Organisering")]
    for rng, txt in top:
        ws.merge_cells(rng)
        c = ws[rng.split(":")[0]]
        c.value = txt
        c.font = Font(bold=True)
        c.alignment = Alignment(horizontal="center", vertical="center")
    for col, txt in zip("ABCDGH", ("Nr", "Navn", "Hovedområde", "Delmål",
                                   "Ansvarlig", "Partnere")):
        ws[f"{col}4"] = txt
        ws[f"{col}4"].font = Font(bold=True)
    for r in (3, 4):
        for col in "ABCDEFGH":
            ws[f"{col}{r}"].fill = green if r == 3 else light
            ws[f"{col}{r}"].border = BOX
    for i, row in enumerate(rows, 1):
        r = 4 + i
        vals = [f"T-{i:02d}", row["tiltak"], row["omr"], row["dm"], row["desc"],
                row["tt"], row["ans"], row["sam"] or None]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BOX
    widths = dict(zip("ABCDEFGH", (6, 34, 18, 34, 58, 12, 24, 28)))
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    _fit(ws, 5, 4 + len(rows), widths)
    ws.freeze_panes = "A5"
    ws.cell(row=6 + len(rows), column=1,
            value="Oppdatert 27.01.2054 av seksjon for kompetanse og "
                  "kvalifisering.").font = Font(italic=True, size=9)
    ws2 = wb.create_sheet("Kodeliste")
    codes = [("1", "Gode valg for den enkelte og for samfunnet"),
             ("2", "Læring i arbeidslivet"),
             ("3", "Styrke kompetansen til voksne med svak tilknytning til "
                   "arbeidslivet")]
    ws2["A1"], ws2["B1"] = "Hovedområde", "Navn"
    for i, (k, v) in enumerate(codes, 2):
        ws2.cell(row=i, column=1, value=k)
        ws2.cell(row=i, column=2, value=v)
    return _save(wb, out_dir, fname)
