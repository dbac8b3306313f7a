"""Word reports in prose: LO's letter (.doc), Virke (.rtf), YS's own form (.odt), Fagskolerådet, the agenda."""
from __future__ import annotations

from pathlib import Path

from docx.shared import Pt

from . import content_a as A
from . import content_b as B
from .model import TYPES, Report
from .util import add_par, cell_text, new_document, save_docx, shade, soffice, when, widths


def lo(out: Path, tmp: Path) -> Report:
    saved = when("2046-02-21 12:30")
    doc = new_document("LO", "Brev: LOs rapportering 2045", saved, font="Times New Roman", size=11.5)
    add_par(doc, "LANDSORGANISASJONEN I NORGE", bold_lead="", size=13)
    add_par(doc, "Youngs gate 11, 0181 Oslo", size=9)
    add_par(doc, "")
    add_par(doc, "Sekretariatet for Kompetansepolitisk råd\nDirektoratet for høyere utdanning og kompetanse")
    add_par(doc, "Vår dato: 21.02.2046          Vår ref.: 2046/0412-3          Deres ref.: 2045/9981", size=10)
    add_par(doc, "")
    add_par(doc, "", bold_lead="LOs rapportering av tiltak i 2045 – Nasjonal kompetansepolitisk strategi")
    add_par(doc, "Vi viser til brev av 10. desember 2045 med invitasjon til å rapportere på oppfølgingen av "
                 "strategien. LO har valgt å svare i brevs form. Nedenfor følger de viktigste tiltakene LO har "
                 "vært ansvarlig for eller deltatt i, ordnet etter strategiens tre innsatsområder.")
    headings = {"1": "Gode valg for den enkelte og samfunnet", "2": "Læring i arbeidslivet",
                "3": "Voksne med svak tilknytning til arbeidslivet"}
    for area, heading in headings.items():
        add_par(doc, "", bold_lead=heading, size=12.5)
        for row in (x for x in A.LO if x.extra["area"] == area):
            add_par(doc, " " + row.beskrivelse, bold_lead=row.tiltak + ".")
    add_par(doc, "LO deltar i tillegg i en rekke råd og utvalg lokalt og regionalt som ikke er nevnt her. Vi ser "
                 "fram til drøftingen i rådets møte i mars.")
    add_par(doc, "")
    add_par(doc, "Med vennlig hilsen\nLandsorganisasjonen i Norge")
    add_par(doc, "")
    add_par(doc, "Trine Haugland\nnestleder\t\t\t\t\tOla Brekke\n\t\t\t\t\t\trådgiver")
    add_par(doc, "Dokumentet er elektronisk godkjent og har derfor ingen håndskrevne signaturer.", size=8,
            italic=True)
    src = save_docx(doc, tmp / "lo.docx", saved)
    name = "LO_brev_KPR_rapportering_2045.doc"
    soffice(src, "doc", name, out, saved)
    return Report(name, "LO", "Letter saved as Word 97 .doc: area headings only, each tiltak a paragraph with a "
                  "bold lead-in ending in a full stop, no types", A.LO)


def virke(out: Path, tmp: Path) -> Report:
    saved = when("2046-02-18 16:45")
    doc = new_document("Virke", "Virkes innspill 2045", saved, font="Georgia", size=11)
    doc.add_heading("Virkes rapport til Kompetansepolitisk råd – tiltak i 2045", level=1)
    add_par(doc, "Hovedorganisasjonen Virke har i 2045 arbeidet med kompetanse i handel og tjenesteyting. "
                 "Under står tiltakene ordnet etter hva de skal bidra til. Type tiltak står i parentes.")
    areas = {"2": "Læring i arbeidslivet", "3": "Voksne med svak tilknytning til arbeidslivet"}
    number = 0
    last_heading = ""
    for area, title in areas.items():
        doc.add_heading(title, level=2)
        for row in (x for x in B.VIRKE if x.delmal[0] == area):
            if row.extra["heading"] != last_heading:
                last_heading = row.extra["heading"]
                doc.add_heading(last_heading, level=3)
            number += 1
            add_par(doc, f" ({row.type})", bold_lead=f"{number}. {row.tiltak}")
            add_par(doc, f"{row.beskrivelse} Samarbeid: {row.partnere}.")
    add_par(doc, "")
    add_par(doc, "Oslo, 18. februar 2046 – Virke, avdeling for kompetanse og arbeidsliv", italic=True, size=9)
    src = save_docx(doc, tmp / "virke.docx", saved)
    name = "Virke - tiltak 2045.rtf"
    soffice(src, "rtf", name, out, saved)
    return Report(name, "Virke", "Prose report saved as RTF: area and delmål headings in Virke's own words, "
                  "numbered tiltak with the type in brackets, partners after «Samarbeid:»", B.VIRKE)


def ys(out: Path, tmp: Path) -> Report:
    saved = when("2046-02-27 14:02")
    doc = new_document("YS", "Rapporteringsskjema YS 2045", saved, font="Verdana", size=9.5)
    doc.add_heading("Rapporteringsskjema – Kompetansepolitisk råd", level=1)
    for label, value in [("Organisasjon", "YS – Yrkesorganisasjonenes Sentralforbund"),
                         ("Rapporteringsår", "2045"), ("Utfylt av", "Seksjon for arbeidsliv og kompetanse"),
                         ("Dato", "27.02.2046")]:
        add_par(doc, f" {value}", bold_lead=f"{label}:")
    add_par(doc, "Fyll ut én blokk per tiltak. Kryss av for type tiltak.", italic=True, size=8.5)
    for n, row in enumerate(A.YS, start=1):
        doc.add_heading(f"Tiltak {n}", level=3)
        boxes = "   ".join(("☒ " if t == row.type else "☐ ") + t for t in TYPES)
        fields = [("Navn på tiltaket", row.tiltak), ("Delmål (nr. og kortnavn)", row.extra["delmal_words"]),
                  ("Type tiltak", boxes), ("Ansvarlig", row.ansvarlig), ("Samarbeidspartnere", row.partnere),
                  ("Beskrivelse", row.beskrivelse)]
        table = doc.add_table(rows=0, cols=2)
        table.style = "Table Grid"
        for label, value in fields:
            cells = table.add_row().cells
            cell_text(cells[0], label, bold=True, size=9)
            shade(cells[0], "EDEDED")
            cell_text(cells[1], value, size=9)
        widths(table, [4.0, 11.9])
    add_par(doc, "")
    add_par(doc, "Skjemaet sendes sekretariatet innen 1. mars 2046.", size=8, italic=True)
    src = save_docx(doc, tmp / "ys.docx", saved)
    name = "YS rapporteringsskjema 2045.odt"
    soffice(src, "odt", name, out, saved)
    return Report(name, "YS", "YS's own reporting form saved as ODT: a label/value table per tiltak, the type "
                  "ticked ☒ among six ☐ boxes, delmål as «code + short name»", A.YS)


def fagskoleradet(out: Path, tmp: Path) -> Report:
    saved = when("2046-02-10 10:10")
    doc = new_document("Nasjonalt fagskoleråd", "Fagskolerådet 2045", saved)
    doc.add_heading("Nasjonalt fagskoleråd – rapport til Kompetansepolitisk råd for 2045", level=1)
    add_par(doc, "Nasjonalt fagskoleråd er et samarbeidsorgan for fagskolene, eierne, studentene og partene i "
                 "arbeidslivet. Her er tiltakene rådet har hatt ansvar for i 2045.")
    for row in B.FAGSKOLERADET:
        doc.add_heading(row.tiltak, level=2)
        meta = add_par(doc, f"Delmål {row.delmal}  |  {row.type}  |  Ansvarlig: {row.ansvarlig}", size=9,
                       italic=True)
        meta.paragraph_format.space_after = Pt(2)
        add_par(doc, row.beskrivelse)
        add_par(doc, f" {row.partnere}", bold_lead="Samarbeidspartnere:", size=10)
    add_par(doc, "")
    add_par(doc, "Vedtatt av arbeidsutvalget 10. februar 2046.", size=9, italic=True)
    save_docx(doc, out / "Fagskoleradet_rapport_2045.docx", saved)
    return Report("Fagskoleradet_rapport_2045.docx", "Fagskolerådet",
                  "Prose report: a heading per tiltak, a line «Delmål x.y | type | Ansvarlig: …» under it",
                  B.FAGSKOLERADET)


AGENDA = [
    ("1", "Godkjenning av innkalling og saksliste", "Innkalling og saksliste ble sendt ut 26. februar 2046."),
    ("2", "Orientering fra Kompetansebehovsutvalget (KBU)", "Leder av utvalget orienterer."),
    ("2.1", "Hovedrapporten 2045", "Utvalgets hovedfunn om behovet for fagarbeidere, helsepersonell og lærere."),
    ("2.2", "Evaluering av utvalget", "NIFU la fram sin evaluering i november. Rådet drøfter oppfølgingen."),
    ("3", "Oppsummering av rapporteringen for 2045", "Sekretariatet legger fram et utkast til oppsummering."),
    ("3.1", "Innkomne rapporter", "Status per 5. mars: rapporter fra 13 medlemmer. Purring er sendt."),
    ("3.2", "Samarbeid i råd og utvalg", "Flere medlemmer rapporterer deltakelse i SRY, RSA og Nasjonalt "
                                         "forum for karriereveiledning. Forslag: felles omtale i oppsummeringen."),
    ("4", "Karriereveiledning – orientering fra HK-dir", "Om det reviderte kvalitetsrammeverket."),
    ("5", "Møteplan 2046", "Forslag: møter 12. mars, 11. juni, 24. september og 3. desember."),
    ("6", "Eventuelt", ""),
]


def agenda(out: Path, tmp: Path) -> Report:
    saved = when("2046-02-26 09:00")
    doc = new_document("Sekretariatet for Kompetansepolitisk råd", "Saksliste", saved)
    doc.add_heading("Kompetansepolitisk råd – innkalling til møte 12. mars 2046", level=1)
    add_par(doc, "Tid: torsdag 12. mars 2046 kl. 10.00–14.00\nSted: Kunnskapsdepartementet, Kirkegata 18, Oslo")
    add_par(doc, "Saksliste", bold_lead="", size=13)
    for number, title, text in AGENDA:
        doc.add_heading(f"{number} {title}", level=2 if "." not in number else 3)
        if text:
            add_par(doc, text)
    add_par(doc, "")
    add_par(doc, "Vel møtt! Meld forfall til sekretariatet.", italic=True)
    name = "Saksliste_KPR_mote_2046-03-12.docx"
    save_docx(doc, out / name, saved)
    return Report(name, "", "Meeting agenda with numbered headings (1, 2.1, 2.2, 3.1 …) naming KBU, SRY, RSA; "
                  "not a member report", (), truth=False, note="no truth rows")
