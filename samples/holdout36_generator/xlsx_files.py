"""Spreadsheet report (YS)."""
from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

from .common import FIXED_DT, TYPES, FileInfo, T, attach, pin_zip


def build_ys(out: Path) -> FileInfo:
    name = "YS_tiltaksrapportering_2056.xlsx"
    member = "YS"
    rows = [
        (1.1, T("YS i Kompetansebehovsutvalget", "M01", "1.1", "Råd/utvalg/nettverk",
                "YS er representert i KBU med ett medlem og ett varamedlem.",
                ansvarlig="Avdeling for arbeidsliv og politikk")),
        (2.3, T("SRY", "M02", "2.3", "Råd/utvalg/nettverk",
                "YS har to representanter i Samarbeidsrådet for yrkesopplæring.",
                ansvarlig="Avdeling for arbeidsliv og politikk")),
        (1.4, T("Nasjonalt fagskoleråd", "M05", "1.4", "Råd/utvalg/nettverk",
                "Rådet gir råd om fagskolesektoren; YS er representert og deltar i arbeidsgruppen "
                "for finansiering.", ansvarlig="Avdeling for arbeidsliv og politikk")),
        (2.5, T("Fagbrev på jobb i helse (FAGHELSE)", "J02", "2.5", "Prosjekt",
                "YS-forbundene bidrar med tillitsvalgte som veiledere for praksiskandidater i "
                "helseforetakene.", ansvarlig="Delta og Parat", partnere="Spekter, Unio")),
        (2.1, T("Digital kompetanse for tillitsvalgte", "R", "2.1", "Kurs/utdanning",
                "Nettkurs i digital omstilling og kunstig intelligens på arbeidsplassen for "
                "tillitsvalgte i YS-forbundene.", ansvarlig="YS Kompetanse")),
        ("3,3", T("Arbeidsplassen som læringsarena for nyankomne", "R", "3.3", "Prosjekt",
                  "Forsøk i ti virksomheter der nyankomne innvandrere kombinerer språkpraksis med "
                  "opplæring i bedriften, med tillitsvalgte som mentorer.",
                  ansvarlig="YS Kompetanse", partnere="NAV, IMDi")),
    ]
    wb = Workbook()
    # --- sheet 1: instructions
    ws0 = wb.active
    ws0.title = "Les meg"
    ws0["A1"] = "Mal for rapportering til Kompetansepolitisk råd"
    ws0["A1"].font = Font(bold=True, size=14)
    lines = [
        "Fyll inn ett tiltak per rad i arket «Tiltak 2056».",
        "Delmål skrives med nummer (f.eks. 2.3). Type tiltak velges fra listen.",
        "Eksempelradene i malen er skjult og skal ikke rapporteres.",
        "Send utfylt mal til sekretariatet innen 5. februar 2057.",
    ]
    for i, ln in enumerate(lines, start=3):
        ws0.cell(row=i, column=1, value=ln)
    ws0.column_dimensions["A"].width = 90
    # --- sheet 2: the tiltak
    ws = wb.create_sheet("Tiltak 2056")
    ws["A1"] = "YS – rapportering av tiltak 2056"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Kontakt: YS Kompetanse"
    headers = ["Delmål", "Tiltaksnavn", "Type tiltak", "Kort beskrivelse", "Ansvarlig i YS",
               "Samarbeid med"]
    fill = PatternFill("solid", fgColor="FFD966")
    for c, h in enumerate(headers, start=1):
        cell = ws.cell(row=3, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = fill
    examples = [
        (9.9, "EKSEMPEL: Navn på tiltaket", "Prosjekt", "EKSEMPEL: Kort beskrivelse av tiltaket",
         "Avdeling", "Partnere"),
        (9.9, "EKSEMPEL: Deltakelse i råd", "Råd/utvalg/nettverk", "EKSEMPEL: slett eller skjul raden",
         "Avdeling", ""),
    ]
    r = 4
    for ex in examples:
        for c, v in enumerate(ex, start=1):
            ws.cell(row=r, column=c, value=v).font = Font(italic=True, color="808080")
        ws.row_dimensions[r].hidden = True
        r += 1
    for dm, tr in rows:
        vals = [dm, tr.tiltak, tr.type, tr.beskrivelse, tr.ansvarlig, tr.partnere]
        for c, v in enumerate(vals, start=1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        if isinstance(dm, float):
            ws.cell(row=r, column=1).number_format = "0.0"
        r += 1
    # note rows
    ws.cell(row=r + 1, column=1, value="Merknad:").font = Font(bold=True)
    ws.cell(row=r + 1, column=2,
            value="FAGHELSE rapporteres også av Spekter og Unio. Tallene for 2056 er foreløpige.")
    ws["B9"].comment = Comment("Prosjektet videreføres i 2057 med ny finansiering.", "YS")
    ws["A11"].comment = Comment("Skrevet med komma ved en feil – skal være 3.3.", "YS")
    for col, w in zip("ABCDEF", [9, 42, 22, 70, 30, 22]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A4"
    # --- sheet 3: hidden code lists for the drop-down
    wl = wb.create_sheet("Koder")
    wl["A1"] = "Type tiltak"
    for i, t in enumerate(TYPES, start=2):
        wl.cell(row=i, column=1, value=t)
    wl["C1"] = "Delmål"
    for i, d in enumerate(["1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6",
                           "3.1", "3.2", "3.3", "3.4", "3.5", "3.6"], start=2):
        wl.cell(row=i, column=3, value=float(d))
    wl.sheet_state = "hidden"
    dv = DataValidation(type="list", formula1="=Koder!$A$2:$A$7", allow_blank=True)
    ws.add_data_validation(dv)
    dv.add("C6:C40")
    wb.properties.creator = "YS"
    wb.properties.lastModifiedBy = "YS"
    wb.properties.title = "Tiltaksrapportering 2056"
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    p = out / name
    wb.save(p)
    pin_zip(p)
    shape = ("Excel, three sheets (instructions, 'Tiltak 2056', hidden code list); header on row 3, "
             "two hidden example rows, delmål typed as numbers (one as text '3,3'), cell comments, "
             "note row below the table")
    return FileInfo(name, member, shape, attach([r[1] for r in rows], name, member))
