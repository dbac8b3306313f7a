"""Word-born shapes: Regjeringen's table, LO's prose (to PDF), Unio's letter (to ODT), Virke's form,
Akademikerne's prose (to RTF)."""
import datetime as dt
from pathlib import Path

from docx.enum.section import WD_ORIENT
from docx.shared import Cm

from .common import Row, soffice_convert
from .wordkit import bold_cell, new_doc, para, save, table


def regjeringen(rows: list[Row], out: Path, tmp: Path) -> None:
    doc = new_doc("Rapportering til Kompetansepolitisk råd 2047", "Kunnskapsdepartementet")
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.8)
    para(doc, "Kunnskapsdepartementet", bold=True)
    doc.add_heading("Regjeringens tiltak i oppfølgingen av Nasjonal kompetansepolitisk strategi – 2047", level=1)
    para(doc, "Oversikten gjelder tiltak departementene har gjennomført eller videreført i 2047. "
              "Tiltakene er ordnet etter strategiens delmål. Innspill fra AID og NFD er innarbeidet.")
    header = ["Delmål", "Tiltak", "Kort beskrivelse", "Kategori", "Ansvarlig", "I samarbeid med"]
    table(doc, header, [[r.show_d, r.t, r.b, r.show_ty, r.a, r.p] for r in rows])
    para(doc, "")
    para(doc, "Kontaktperson: seniorrådgiver Ingrid Aasen, Kompetansepolitisk avdeling.", italic=True)
    save(doc, out / "KD_regjeringens_tiltak_KPR_2047.docx")


def lo(rows: list[Row], out: Path, tmp: Path) -> None:
    doc = new_doc("LOs rapportering 2047", "LO Samfunnspolitisk avdeling", font="Georgia")
    doc.add_heading("LOs oppfølging av kompetansepolitisk strategi i 2047", level=0)
    para(doc, "Rapport til sekretariatet for Kompetansepolitisk råd, februar 2048")
    para(doc, "LO har i 2047 prioritert partssamarbeidet i fag- og yrkesopplæringen, "
              "kompetanseutvikling på arbeidsplassen og dokumentasjon av realkompetanse. "
              "Nedenfor omtales de viktigste aktivitetene, ordnet etter strategiens innsatsområder.")
    areas = {"1": "1 Gode valg for den enkelte og for samfunnet", "2": "2 Læring i arbeidslivet",
             "3": "3 Voksne med svak tilknytning til arbeidslivet"}
    current = ""
    for r in rows:
        if r.d[0] != current:
            current = r.d[0]
            doc.add_heading(areas[current], level=1)
        doc.add_heading(r.t, level=2)
        para(doc, f"Delmål: {r.show_d}", italic=True)
        para(doc, r.b)
        if r.p:
            para(doc, f"Samarbeid: {r.p}.")
    doc.add_heading("Avslutning", level=1)
    para(doc, "LO bidrar gjerne i rådets videre arbeid med å oppsummere tiltakene.")
    src = tmp / "LO_rapport_2047.docx"
    save(doc, src)
    soffice_convert(src, "pdf", out / "LO_rapport_kompetansepolitisk_rad_2047.pdf")


def unio(rows: list[Row], out: Path, tmp: Path) -> None:
    doc = new_doc("Brev til sekretariatet", "Unio", font="Times New Roman", size=12)
    para(doc, "Unio – hovedorganisasjon for universitets- og høyskoleutdannede")
    para(doc, "Sekretariatet for Kompetansepolitisk råd\nv/ Kunnskapsdepartementet\nPostboks 8119 Dep\n0032 Oslo")
    para(doc, "Vår ref.: 48/112-KPR                                  Oslo, 7. februar 2048")
    para(doc, "Unios rapportering om tiltak i 2047", bold=True)
    para(doc, "Vi viser til brev av 5. januar 2048 med invitasjon til å rapportere tiltak som følger opp "
              "Nasjonal kompetansepolitisk strategi. Unio har i 2047 arbeidet med følgende:")
    for i, r in enumerate(rows, 1):
        p = doc.add_paragraph()
        p.add_run(f"{i}. ")
        p.add_run(r.t).bold = True
        extra = f" Samarbeidspartnere: {r.p}." if r.p else ""
        resp = f" Ansvarlig: {r.a}." if r.a != "Unio" else ""
        p.add_run(f". {r.b}{resp}{extra} (delmål {r.show_d}, {r.show_ty})")
    para(doc, "Vi ser fram til rådets oppsummering.")
    para(doc, "Med vennlig hilsen\n\nKari Strand\nleder, Unio\n\nKopi: Utdanningsforbundet, Norsk Sykepleierforbund")
    src = tmp / "Unio_brev_2047.docx"
    save(doc, src)
    soffice_convert(src, "odt", out / "Unio_brev_rapportering_2047.odt")


def virke(rows: list[Row], out: Path, tmp: Path) -> None:
    doc = new_doc("Rapporteringsskjema 2047 – Virke", "Virke")
    doc.add_heading("Rapporteringsskjema – Kompetansepolitisk råd", level=1)
    table(doc, ["Medlem", "Rapporteringsår", "Kontaktperson"], [["Virke", "2047", "Hanne Berg, fagsjef kompetanse"]])
    para(doc, "Fyll ut ett skjema per tiltak. Kopier tabellen ved behov.", italic=True)
    for i, r in enumerate(rows, 1):
        doc.add_heading(f"Tiltak {i}", level=2)
        t = doc.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        fields = [("Tiltakets navn", r.t), ("Delmål (nr.)", r.show_d), ("Type tiltak", r.show_ty),
                  ("Ansvarlig", r.a), ("Samarbeidspartnere", r.p or "–"), ("Beskrivelse", r.b),
                  ("Status", "Videreført" if i % 2 else "Nytt")]
        for k, v in fields:
            c = t.add_row().cells
            bold_cell(c[0], k, "EDEDED")
            c[1].text = v
        para(doc, "")
    save(doc, out / "Virke_rapporteringsskjema_2047.docx")


def akademikerne(rows: list[Row], out: Path, tmp: Path) -> None:
    doc = new_doc("Akademikernes innspill 2047", "Akademikerne", modified=dt.datetime(2048, 2, 12, 14, 0))
    doc.add_heading("Akademikerne – rapport for 2047", level=1)
    para(doc, "Akademikerne har følgende aktiviteter å melde inn for 2047. Vi har ordnet dem etter strategiens "
              "tre hovedinnsatsområder.")
    titles = {"Område 1": "Område 1: Gode valg for den enkelte og for samfunnet",
              "Område 2": "Område 2: Læring i arbeidslivet",
              "Område 3": "Område 3: Kompetansen til voksne med svak tilknytning til arbeidslivet"}
    current = ""
    for r in rows:
        if r.show_d != current:
            current = r.show_d
            doc.add_heading(titles[current], level=2)
        p = doc.add_paragraph(style="List Bullet")
        p.add_run(r.t).bold = True
        typ = f" ({r.show_ty})" if r.show_ty else ""
        who = f" Ansvarlig: {r.a}." if r.a != "Akademikerne" else ""
        partners = f" Samarbeid med {r.p}." if r.p else ""
        p.add_run(f"{typ}: {r.b}{who}{partners}")
    para(doc, "Spørsmål kan rettes til sekretariatet i Akademikerne.")
    src = tmp / "Akademikerne_2047.docx"
    save(doc, src)
    soffice_convert(src, "rtf", out / "Akademikerne_rapport_2047.rtf")
