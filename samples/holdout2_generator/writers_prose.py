"""Reports written as running text, and the one document that is no report.

- headed_paragraphs: a heading per delmål; each tiltak a paragraph of its own: a bold name, a
  description, then its labels in brackets (Unio).
- letter: an observer's letter with letterhead and references; tiltak as typed-number paragraphs
  ending "(delmål X, type)", exported to PDF (Sametinget).
- consultation: a municipality's consultation response on a regional strategy, numbered sections like
  delmål, proposals as bullets, exported to PDF (no report; no truth rows).
"""

from __future__ import annotations

from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm

from . import wordml as wm
from .model import Item, Report


# ------------------------------------------------------------------ Unio
def write_headed_paragraphs(report: Report, path: Path) -> list[Item]:
    rows, headings = report.extra["rows"], report.extra["headings"]
    doc = wm.new_document(report, size=11, margins=2.5)
    wm.paragraph(doc, report.title, style="Title")
    wm.paragraph(doc, "Unio – hovedorganisasjon for universitets- og høyskoleutdannede, januar 2023", after=10)
    wm.paragraph(doc, "Unio organiserer blant annet sykepleiere, lærere, politi og fysioterapeuter. Under følger "
                      "det Unio og forbundene har gjort i 2022 for å følge opp strategien. Hvert avsnitt er ett "
                      "tiltak; i parentes står form, hvem som har ansvaret og hvem vi har samarbeidet med.")
    for code in dict.fromkeys(c for c, _ in rows):
        wm.paragraph(doc, headings[code], style="Heading 2")
        for c, it in rows:
            if c != code:
                continue
            labels = f"Form: {it.shown_type}. Ansvar: {it.ansvarlig}."
            if it.partnere:
                labels += f" Med: {it.partnere}."
            wm.paragraph(doc, [(it.tiltak + ".", "b"), (" " + it.beskrivelse + " ", ""), (f"({labels})", "i")],
                         after=8)
    wm.paragraph(doc, "Unio ser fram til å fortsette arbeidet i rådet i 2023.", after=4)
    wm.save(doc, path)
    return [it for _, it in rows]


# ------------------------------------------------------------------ Sametinget
def write_letter(report: Report, path: Path) -> list[Item]:
    rows = report.extra["rows"]
    doc = wm.new_document(report, size=10.5, margins=2.3)
    wm.paragraph(doc, [("SÁMEDIGGI", "b")], size=15, after=0)
    wm.paragraph(doc, [("SAMETINGET", "b")], size=12, after=0)
    wm.paragraph(doc, "Ávjovárgeaidnu 50, 9730 Kárášjohka/Karasjok · samediggi@samediggi.no", size=8.5, after=14)
    refs = doc.add_table(rows=1, cols=2)
    wm.fill(refs.cell(0, 0), ["Sekretariatet for Kompetansepolitisk råd",
                              "Direktoratet for høyere utdanning og kompetanse", "Postboks 1093", "5809 Bergen"], 10)
    wm.fill(refs.cell(0, 1), ["Ášši/Sak: 22/4417-3", "Deres ref.: –", "Beaivi/Dato: 26.01.2023",
                              "Sakshandsamar: Ánde Gaup"], 9.5)
    for par in refs.cell(0, 1).paragraphs:
        par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    wm.paragraph(doc, "", after=10)
    wm.paragraph(doc, [("Sametingets rapportering til Kompetansepolitisk råd for 2022", "b")], size=12, after=8)
    wm.paragraph(doc, "Sametinget deltar i Kompetansepolitisk råd som observatør og sender med dette en kort "
                      "oversikt over tiltak i 2022 som følger opp den nasjonale kompetansepolitiske strategien. "
                      "Tiltakene er særlig rettet mot samiske språkbrukere og samiske samfunn. Vi har oppgitt "
                      "delmål og type i parentes etter hvert tiltak.", after=8)
    for n, (code, it) in enumerate(rows, start=1):
        par = wm.paragraph(doc, f"{n}.\t{it.tiltak} (delmål {code}, {it.shown_type}).", after=6)
        par.paragraph_format.left_indent = Cm(0.8)
        par.paragraph_format.first_line_indent = Cm(-0.8)
    wm.paragraph(doc, "Sametinget vil gjerne bidra i rådets arbeid med en ny strategi, og ber om at samiske hensyn "
                      "blir omtalt i rådets oppsummering.", after=14)
    wm.paragraph(doc, "Dearvvuođaiguin / Med hilsen", after=2)
    wm.paragraph(doc, "Máret Somby\navdelingsdirektør, opplæring og utdanning", after=10)
    wm.paragraph(doc, [("Dokumentet er elektronisk godkjent og har derfor ingen signatur.", "i")], size=8.5)
    wm.export_pdf(doc, report, path)
    return [it.without("ansvarlig", "partnere", "beskrivelse") for _, it in rows]


# ------------------------------------------------------------------ Bodø kommune (no report)
CONSULTATION = [
    ("1 Innledning", ["Bodø kommune viser til høringsbrev fra Nordland fylkeskommune av 3. oktober 2022 om "
                      "forslag til regional kompetansestrategi for Nordland 2023–2030. Uttalelsen er vedtatt "
                      "i formannskapet 14. desember 2022."], []),
    ("1.1 Bakgrunn for uttalelsen", ["Kommunen er den største arbeidsgiveren i Salten og har selv store "
                                     "rekrutteringsbehov i helse og omsorg, oppvekst og teknisk sektor."], []),
    ("1.2 Kommunens rolle i regional kompetansepolitikk", [
        "Kommunen støtter at fylkeskommunen tar en tydelig samordningsrolle, og ønsker å delta i det regionale "
        "kompetanseforumet."], []),
    ("2 Merknader til innsatsområdene", [], []),
    ("2.1 Digital kompetanse i kommunal sektor", ["Digitaliseringen krever at ansatte får opplæring i arbeidstiden."],
     ["strategien bør ha et eget tiltak for digital kompetanse i helse og omsorg",
      "fylkeskommunen bør samarbeide med KS Nordland om felles kurs"]),
    ("2.3 Rekruttering til fagarbeideryrkene", [
        "Kompetansebehovsutvalgets analyser viser at mangelen på fagarbeidere vil øke. Kommunen ber om at de "
        "faglige rådenes vurderinger av tilbudsstrukturen blir brukt når skoletilbudet i Salten dimensjoneres."],
     ["flere læreplasser i kommunal sektor", "bedre informasjon om helsearbeiderfaget i ungdomsskolen"]),
    ("2.4 Samarbeid med fagskolen og Nord universitet", [
        "Kommunen ønsker korte utdanninger som kan tas ved siden av jobb."], []),
    ("3 Voksne utenfor arbeidslivet", [], []),
    ("3.4 Kvalifisering av flyktninger", [
        "Bodø tok imot 240 fordrevne fra Ukraina i 2022. Strategien bør omtale hvordan norskopplæring og "
        "arbeidspraksis kan kombineres."], []),
    ("4 Oppsummering", ["Bodø kommune slutter seg i hovedsak til forslaget, med merknadene over."], []),
]


def write_consultation(report: Report, path: Path) -> list[Item]:
    doc = wm.new_document(report, size=11, margins=2.5)
    wm.paragraph(doc, "BODØ KOMMUNE", size=9, after=2)
    wm.paragraph(doc, report.title, style="Title")
    wm.paragraph(doc, "Saksnummer 22/187 · Strategi og utvikling · 15.12.2022", size=9, after=10)
    for head, paras, bullets in CONSULTATION:
        wm.paragraph(doc, head, style="Heading 1" if head[1] == " " else "Heading 2")
        for text in paras:
            wm.paragraph(doc, text)
        if bullets:
            wm.paragraph(doc, "Bodø kommune foreslår at:", after=2)
            for text in bullets:
                wm.paragraph(doc, text, style="List Bullet", after=2)
    wm.paragraph(doc, "", after=6)
    wm.paragraph(doc, "Med hilsen\nBodø kommune\nkommunedirektøren", size=10.5)
    wm.export_pdf(doc, report, path)
    return []
