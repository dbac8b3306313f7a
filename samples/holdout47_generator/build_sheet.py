"""Spreadsheets and exports: 04 Unio, 05 Virke, 10 Fagskolerådet (XLSX), 13 Innlandet (CSV)."""
import datetime

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from .common import normalise_zip

FIXED = datetime.datetime(2068, 2, 14, 10, 0, 0)
THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def _wb(creator):
    wb = Workbook()
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    return wb


def _landscape(ws):
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0


def _save(wb, path):
    for ws in wb.worksheets:
        _landscape(ws)
    wb.save(path)
    normalise_zip(path)


# ------------------------------------------------------------------ 04 Unio (transposed)
def build_unio(spec, path):
    wb = _wb("Unio")
    ws = wb.active
    ws.title = "Rapport 2067"
    ws["A1"] = "Unio – rapportering til Kompetansepolitisk råd, 2067"
    ws["A1"].font = Font(bold=True, size=14, color="7B1F3A")
    ws["A2"] = "Ett tiltak per kolonne. Fyll inn feltene nedover."
    ws["A2"].font = Font(italic=True, color="666666")
    fields = [("Tiltak", "tiltak"), ("Delmål", "dm"), ("Type", "ty"), ("Ansvarlig", "ansvarlig"),
              ("Samarbeidspartnere", "samarb"), ("Beskrivelse", "beskr"), ("Status 2067", "status")]
    planned = {"tiltak": "Lederutviklingsprogram for hovedtillitsvalgte", "dm": "2.2", "ty": "Kurs/utdanning",
               "ansvarlig": "Unio-sekretariatet", "samarb": "",
               "beskr": "Program i tre samlinger for hovedtillitsvalgte om kompetanseplanlegging i virksomhetene.",
               "status": "Planlagt – oppstart mars 2068"}
    cols = list(spec.rows) + [planned]
    hdr_fill = PatternFill("solid", fgColor="7B1F3A")
    lab_fill = PatternFill("solid", fgColor="F2E6EA")
    ws.cell(4, 1, "Felt").font = Font(bold=True, color="FFFFFF")
    ws.cell(4, 1).fill = hdr_fill
    for j in range(len(cols)):
        c = ws.cell(4, 2 + j, "Tiltak %d" % (j + 1))
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = hdr_fill
        c.alignment = Alignment(horizontal="center")
        c.border = BOX
    for i, (label, attr) in enumerate(fields):
        c = ws.cell(5 + i, 1, label)
        c.font = Font(bold=True)
        c.fill = lab_fill
        c.border = BOX
        c.alignment = WRAP
        for j, col in enumerate(cols):
            if isinstance(col, dict):
                v = col[attr]
            else:
                v = col.x.get("status", "") if attr == "status" else getattr(col, attr)
            cc = ws.cell(5 + i, 2 + j, v if v else None)
            cc.alignment = WRAP
            cc.border = BOX
            if attr == "tiltak":
                cc.font = Font(bold=True)
    ws.cell(13, 1, "Merknad: Tiltak med status «Planlagt» er tatt med til orientering og gjelder 2068.")
    ws.cell(13, 1).font = Font(italic=True, color="666666")
    ws.column_dimensions["A"].width = 20
    for j in range(len(cols)):
        ws.column_dimensions[get_column_letter(2 + j)].width = 34
    ws.row_dimensions[5].height = 30
    ws.row_dimensions[10].height = 120
    ws.freeze_panes = "B5"
    _save(wb, path)


# ------------------------------------------------------------------ 05 Virke (Gantt)
MONTHS = ["jan", "feb", "mar", "apr", "mai", "jun", "jul", "aug", "sep", "okt", "nov", "des"]


def build_virke(spec, path):
    wb = _wb("Virke")
    ws = wb.active
    ws.title = "Tiltaksplan 2067"
    ws["A1"] = "Virke – kompetansetiltak 2067 (rapport til Kompetansepolitisk råd)"
    ws["A1"].font = Font(bold=True, size=14, color="1B3D6D")
    ws["A2"] = "DM = delmål i rådets strategi. Fylt rute = aktivitet i måneden (■ = hovedaktivitet)."
    ws["A2"].font = Font(italic=True, color="666666")
    heads = ["Nr", "Tiltak", "DM", "Form", "Ansvarlig", "Partnere", "Kort om tiltaket"] + MONTHS
    hf = PatternFill("solid", fgColor="1B3D6D")
    for j, h in enumerate(heads, 1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = hf
        c.border = BOX
        c.alignment = Alignment(horizontal="center" if j > 7 else "left", vertical="center")
    on = PatternFill("solid", fgColor="F28C28")
    row = 5
    for i, r in enumerate(spec.rows, 1):
        vals = [i, r.tiltak, r.dm, r.ty, r.ansvarlig, r.samarb or None, r.beskr]
        for j, v in enumerate(vals, 1):
            c = ws.cell(row, j, v)
            c.alignment = WRAP
            c.border = BOX
        ws.cell(row, 2).font = Font(bold=True)
        ws.row_dimensions[row].height = 44
        months = r.x.get("months", [])
        for m in range(1, 13):
            c = ws.cell(row, 7 + m)
            c.border = BOX
            if m in months:
                c.fill = on
                if m == months[0] or len(months) <= 2:
                    c.value = "■"
                    c.alignment = Alignment(horizontal="center", vertical="center")
        row += 1
    row += 1
    ws.cell(row, 1, "Avsluttet i 2066 – til orientering (ikke rapportert for 2067)").font = Font(
        bold=True, italic=True, color="777777")
    row += 1
    old = ["–", "Kompetanseuka 2066", "DM 2.2", "Arrangement", "Virke kommunikasjon", "NHO, LO",
           "Evalueringen av uken ble ferdigstilt i desember 2066."]
    for j, v in enumerate(old, 1):
        c = ws.cell(row, j, v)
        c.font = Font(color="777777")
        c.alignment = WRAP
    widths = [5, 34, 8, 13, 18, 22, 60] + [4.5] * 12
    for j, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(j)].width = w
    ws.freeze_panes = "C5"
    _save(wb, path)


# ------------------------------------------------------------------ 10 Fagskolerådet (merged delmål)
def build_fagskoleradet(spec, path):
    wb = _wb("Fagskolerådet")
    ws = wb.active
    ws.title = "2067"
    ws["A1"] = "Fagskolerådet – tiltak 2067"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Rapportering til Kompetansepolitisk råd. Tiltakene er gruppert etter delmål."
    heads = ["Delmål", "Tiltak", "Ansvar", "Partnere", "Beskrivelse"]
    for j, h in enumerate(heads, 1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="BFD7C9")
        c.border = BOX
    # group rows by delmål in document order
    groups = []
    for r in spec.rows:
        if groups and (r.delmal == groups[-1][0]):
            groups[-1][1].append(r)
        else:
            groups.append((r.delmal, [r]))
    row = 5
    for dm, rows in groups:
        start = row
        for k, r in enumerate(rows):
            if k == 0:
                ws.cell(row, 1, rows[0].dm)
            vals = [r.tiltak, r.ansvarlig, r.samarb or None, r.beskr]
            for j, v in enumerate(vals, 2):
                c = ws.cell(row, j, v)
                c.alignment = WRAP
                c.border = BOX
            ws.cell(row, 1).border = BOX
            ws.cell(row, 1).alignment = WRAP
            ws.row_dimensions[row].height = 46
            row += 1
        blank = any(r.x.get("blank_repeat") for r in rows)
        if len(rows) > 1 and not blank:
            ws.merge_cells(start_row=start, start_column=1, end_row=row - 1, end_column=1)
            ws.cell(start, 1).alignment = Alignment(wrap_text=True, vertical="center")
    widths = [22, 38, 16, 24, 70]
    for j, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(j)].width = w
    _save(wb, path)


# ------------------------------------------------------------------ 13 Innlandet (CSV export)
def build_innlandet(spec, path):
    heads = ["RapportID", "Aar", "Virksomhet", "Tiltaksnavn", "Delmaal", "Kategori", "Ansvarlig",
             "Samarbeidspartnere", "Beskrivelse", "Status", "SistEndret"]
    extra = [
        ["Karrieremesse Innlandet 2068", "1.3", "Arrangement", "Avdeling for videregående opplæring",
         "NAV Innlandet", "Messe for voksne som vurderer omskolering. Planlegging starter i 2068.",
         "Planlagt 2068"],
        ["Kompetanseløft for frivillige lag", "3.6", "Prosjekt", "Avdeling for næring og kompetanse", "",
         "Kurs i styrearbeid og økonomi for frivillige lag og foreninger.", "Avsluttet 2066"],
    ]
    lines = []
    items = [[r.tiltak, r.dm, r.ty, r.ansvarlig, r.samarb, r.beskr, r.x["status"]] for r in spec.rows]
    items = items[:4] + [extra[0]] + items[4:] + [extra[1]]

    def q(v):
        v = str(v)
        if any(ch in v for ch in ';"\n') or "," in v:
            return '"' + v.replace('"', '""') + '"'
        return v

    lines.append(";".join(heads))
    stamps = ["2068-01-17 13:42", "2068-01-17 13:55", "2068-02-03 09:10", "2068-02-03 09:31",
              "2068-02-05 15:02", "2068-02-10 11:20", "2068-02-10 11:48", "2068-02-12 08:05"]
    for i, it in enumerate(items):
        rec = ["INN-2067-%03d" % (i + 1), "2067", "Innlandet fylkeskommune"] + it + [stamps[i]]
        lines.append(";".join(q(v) for v in rec))
    data = "\ufeff" + "\r\n".join(lines) + "\r\n"
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(data)
