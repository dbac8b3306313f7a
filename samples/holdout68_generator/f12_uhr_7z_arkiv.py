"""UHR: the report came as a 7z archive made with 7-Zip («Legg til i arkiv»): one solid LZMA2 block holding the Word
report and an Excel attachment of key figures (no measures). The Word report is an ordinary table Tiltak / Omtale /
Mål i strategien / Tiltakstype / Ansvarlig enhet / Samarbeid with the delmål written «delmål 2.5». The UHR-FSE seat is
UHR's own unit (UHR-MNT). The trap is a follow-up study of the joint validation project, a new phase UHR owns alone.
One row is next year's."""
from __future__ import annotations

import datetime as _dt
import tempfile
from pathlib import Path

import openpyxl
from docx.shared import Pt
from openpyxl.styles import Font

from .common import FOU, INFO, KURS, PROSJEKT, RAD, add_runs, base_docx, docx_text_deep, read_7z, row, save_docx, \
    save_xlsx, set_cell_shading, set_col_widths, write_7z, xlsx_text

FILENAME = "UHR_KPR_rapport_2088.7z"
MEMBER = "UHR"
INNER_DOCX = "UHR – rapport til Kompetansepolitisk råd 2088.docx"
INNER_XLSX = "Vedlegg – nøkkeltall 2088.xlsx"
FORMAT = ("7z archive (hand-written as 7-Zip writes it with header compression off: signature header, one solid "
          "LZMA2 folder, plain header with CRCs, UTF-16 names, modification times and archive attributes) holding a "
          "DOCX (python-docx, zip normalised) and an XLSX (openpyxl, zip normalised)")
SHAPE = ("archive with two files: «" + INNER_DOCX + "», an ordinary portrait Word table Tiltak / Omtale / Mål i "
         "strategien / Tiltakstype / Ansvarlig enhet / Samarbeid (delmål written «delmål 2.5»; UHR's kind words "
         "Fagstrategisk enhet, Utviklingsprosjekt, Følgestudie, Nettportal, Studietilbud; a row for next year's "
         "conference), and «" + INNER_XLSX + "», a sheet of key figures with no measures")
NOT_TRUTH = ("the archive's file list, the title and intro, the header, the Mål i strategien and Tiltakstype cells, the "
             "row 'Nasjonal konferanse om livslang læring' (held in Tromsø in May next year), the closing line, the "
             "whole key-figure workbook")
SPLIT_FIELDS = ("samarbeidspartnere",)

# name, omtale, goal, kind, unit, partners, seed, dm, type
ROWS = [
    ("UHR-MNT",
     "UHR-MNT, UHRs fagstrategiske enhet for matematikk, naturvitenskap og teknologi, hadde i 2088 tre møter med "
     "arbeidslivets representanter om bærekraft og digitalisering i ingeniørutdanningene.", "delmål 1.4",
     "Fagstrategisk enhet", "UHR-MNT", [], "M03", "1.4", RAD),
    ("Validering i praksis (ViP)",
     "UHR har, som del av det felles prosjektet, laget kriterier for hvordan kompetanse fra arbeidslivet kan gi "
     "fritak i bachelorprogram. Ti institusjoner prøvde ut kriteriene.", "delmål 2.5", "Utviklingsprosjekt",
     "UHR-sekretariatet", ["Kompetanseforbundet", "Virke"], "J06", "2.5", PROSJEKT),
    ("Validering i praksis – følgestudie",
     "UHR følger de 400 første søkerne som fikk realkompetansevurdering etter ViP-kriteriene, for å se hvordan de "
     "klarer seg i studiet. Følgestudien er UHRs egen og er ikke en del av prosjektet Validering i praksis.",
     "delmål 2.5", "Følgestudie", "UHR-sekretariatet", ["NIFU"], None, "2.5", FOU),
    ("Felles nettportal for etter- og videreutdanning",
     "Portalen viser alle etter- og videreutdanningstilbud ved universitetene og høgskolene på ett sted. 1 850 "
     "tilbud var publisert ved utgangen av året.", "delmål 2.4", "Nettportal", "UHR-sekretariatet", ["HK-dir"],
     None, "2.4", INFO),
    ("Mikroemner i digital sikkerhet",
     "Fem universiteter tilbød korte emner på 2,5 studiepoeng i digital sikkerhet for ansatte i offentlig sektor. "
     "1 100 deltakere fullførte.", "delmål 2.1", "Studietilbud", "UHR-MNT", ["Digitaliseringsdirektoratet", "KS"],
     None, "2.1", KURS),
    ("Nasjonal konferanse om livslang læring",
     "Konferansen holdes i Tromsø i mai neste år. Programkomiteen ble satt ned i november.", "delmål 2.4",
     "Konferanse", "UHR-sekretariatet", [], "", "", None),
]


def _docx_bytes() -> bytes:
    d = base_docx(font="Calibri", size=10, margins_cm=2.0)
    p = d.add_paragraph()
    add_runs(p, [("UHRs rapport til Kompetansepolitisk råd – 2088", "b")])
    p.runs[0].font.size = Pt(15)
    d.add_paragraph("Universitets- og høgskolerådet rapporterer her tiltakene i sektoren som følger opp Nasjonal "
                    "kompetansepolitisk strategi. Nøkkeltall ligger i eget vedlegg.")
    head = ["Tiltak", "Omtale", "Mål i strategien", "Tiltakstype", "Ansvarlig enhet", "Samarbeid"]
    t = d.add_table(rows=1, cols=len(head))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, head):
        add_runs(c.paragraphs[0], [(h, "b")])
        set_cell_shading(c, "E7E6E6")
    for name, om, goal, kind, unit, med, *_ in ROWS:
        cells = t.add_row().cells
        add_runs(cells[0].paragraphs[0], [(name, "b")])
        for c, v in zip(cells[1:], [om, goal, kind, unit, ", ".join(med)]):
            c.paragraphs[0].add_run(v)
    set_col_widths(t, [3.2, 5.8, 1.9, 2.3, 2.3, 2.0])
    d.add_paragraph()
    d.add_paragraph("Oslo, 14. januar 2089 – Universitets- og høgskolerådet")
    with tempfile.TemporaryDirectory() as td:
        p = Path(td) / "r.docx"
        save_docx(d, p, "UHR-sekretariatet")
        return p.read_bytes()


def _xlsx_bytes() -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Nøkkeltall"
    ws["A1"] = "Nøkkeltall 2088 – universiteter og høgskoler"
    ws["A1"].font = Font(bold=True, size=13)
    data = [("Indikator", "2087", "2088"),
            ("Studenter i etter- og videreutdanning", 61200, 64850),
            ("Studiepoeng avlagt i EVU", 498000, 531400),
            ("Søkere med realkompetansevurdering", 3100, 3620),
            ("Praksisavtaler med arbeidslivet", 9400, 9880)]
    for i, r in enumerate(data, 3):
        for j, v in enumerate(r, 1):
            ws.cell(i, j, v)
    ws.column_dimensions["A"].width = 42
    with tempfile.TemporaryDirectory() as td:
        p = Path(td) / "n.xlsx"
        save_xlsx(wb, p, "UHR-sekretariatet")
        return p.read_bytes()


def build(out) -> list[dict]:
    write_7z(out / FILENAME, [(INNER_DOCX, _docx_bytes(), _dt.datetime(2089, 1, 14, 9, 42, 18)),
                              (INNER_XLSX, _xlsx_bytes(), _dt.datetime(2089, 1, 13, 15, 6, 51))])
    return [row(FILENAME, MEMBER, name, seed, dm, ty, unit, ", ".join(med), om)
            for name, om, _g, _k, unit, med, seed, dm, ty in ROWS if ty]


def text(path) -> str:
    files = read_7z(path)
    with tempfile.TemporaryDirectory() as td:
        out = []
        for name, data in files.items():
            p = Path(td) / ("f" + Path(name).suffix)
            p.write_bytes(data)
            out.append(name)
            out.append(docx_text_deep(p) if name.endswith(".docx") else xlsx_text(p))
        return "\n".join(out)

