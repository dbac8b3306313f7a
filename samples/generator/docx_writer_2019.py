"""The DOCX shapes of the 2019 round (python-docx), none of which the 2018 round used.

- 2019_delmal_tables: one table per delmål, each under a heading "Delmål 2.1 …", the tables without a
  delmål column: Tiltak | Type tiltak | Ansvarlig | Samarbeidspartnere (LO, Agder).
- 2019_no_type: a table with no type column at all; the type lives in the wording (Akademikerne).
- 2019_nynorsk_prose: Nynorsk headings naming the delmål by its Nynorsk text only, bullets with
  Nynorsk labels "Type tiltak: …. Ansvarleg: …. Samarbeidspartnarar: …." (Vestland).
- 2019_table_and_prose: intro, a table, then a prose section "Andre tiltak" with a delmål lead-in and
  labelled bullets (YS).
- 2019_synonyms: a table whose type column holds synonyms only (Utgreiing, Kampanje, Samling, Pilot,
  Nettverk, Opplæring) (Virke).

Each writer returns the items as written (fields it does not print blanked) so truth.csv matches.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from . import docx_common as dc
from .model import Item, Report, Stamp, labelled
from .seed import DELMAL

# Nynorsk delmål texts (first sentence), as a Nynorsk report heads its sections.
NYNORSK = {
    "1.2": "Styrkje det kompetansepolitiske ansvaret og samordningsrolla til regionalt folkevalt nivå, og "
           "leggje betre til rette for regionalt samarbeid mellom ulike kompetanseaktørar",
    "1.3": "Syte for tilgang til karriererettleiing og eit heilskapleg system for karriererettleiing, med "
           "særleg vekt på dei regionale karrieresentera",
}



# ------------------------------------------------------------------ 1. one table per delmål
def write_delmal_tables(report: Report, stamp: Stamp, path: Path) -> list[Item]:
    extra = report.extra
    doc = dc.new_document(report, stamp, f"{extra['header']}\t\t{stamp.ref}")
    dc.title(doc, report.title, report.subtitle, dc.meta_line(stamp))
    doc.add_paragraph(extra["intro"] + " " + stamp.sentence())
    for code, group in dc.groups(report.items):
        doc.add_heading(f"Delmål {code} {dc.short(DELMAL[code], 80)}", level=2)
        rows = [[it.tiltak, it.shown_type, it.ansvarlig, it.samarbeidspartnere] for it in group]
        dc.table(doc, ["Tiltak", "Type tiltak", "Ansvarlig", "Samarbeidspartnere"], rows, [7.0, 3.0, 2.6, 4.4],
                 size=9.5)
    doc.add_paragraph()
    doc.add_paragraph("Med vennlig hilsen")
    doc.add_paragraph(report.member)
    dc.save(doc, path)
    return list(report.items)


# ------------------------------------------------------------------ 4. no type column
def write_no_type(report: Report, stamp: Stamp, path: Path) -> list[Item]:
    doc = dc.new_document(report, stamp, f"Akademikerne – {stamp.date_short}")
    dc.title(doc, report.title, meta=dc.meta_line(stamp))
    doc.add_paragraph("Akademikerne organiserer arbeidstakere med høyere utdanning på masternivå. Oversikten "
                      "under viser Akademikernes tiltak i 2019, med delmål, ansvarlig og samarbeidspartnere. "
                      + stamp.sentence())
    rows = [[it.delmal, it.tiltak, it.ansvarlig, it.samarbeidspartnere] for it in report.items]
    dc.table(doc, ["Delmål", "Tiltak", "Ansvarlig", "Samarbeidspartnere"], rows, [1.8, 7.6, 3.0, 4.6], size=10,
             fill="DEEAF6")
    dc.save(doc, path)
    return list(report.items)


# ------------------------------------------------------------------ 6. Nynorsk prose
def nynorsk_labelled(it: Item) -> str:
    """"Tiltak. Type tiltak: X. Ansvarleg: Y. Samarbeidspartnarar: Z." (labels after the text)."""
    out = f"{it.tiltak}. Type tiltak: {it.shown_type}. Ansvarleg: {it.ansvarlig}."
    if it.samarbeidspartnere:
        out += f" Samarbeidspartnarar: {it.samarbeidspartnere}."
    return out


def write_nynorsk_prose(report: Report, stamp: Stamp, path: Path) -> list[Item]:
    doc = dc.new_document(report, stamp, f"Vestland fylkeskommune – {stamp.ref}")
    dc.title(doc, report.title, meta=f"Dato: {stamp.date_long}. Vår referanse: {stamp.ref}")
    doc.add_paragraph("Vestland fylkeskommune vart skipa 1. januar 2020, då Hordaland og Sogn og Fjordane vart "
                      "slegne saman. Rapporten omfattar tiltak frå 2019 som den nye fylkeskommunen fører "
                      "vidare. " + stamp.sentence(nynorsk=True))
    doc.add_paragraph("Tiltaka er ordna etter delmåla i strategien.")
    for code, group in dc.groups(report.items):
        doc.add_heading(NYNORSK[code], level=2)  # the text only: a parser has to map it to its code
        for it in group:
            doc.add_paragraph(nynorsk_labelled(it), style="List Bullet")
    doc.add_paragraph()
    doc.add_paragraph("Med helsing")
    doc.add_paragraph("Vestland fylkeskommune, avdeling for opplæring og kompetanse")
    dc.save(doc, path)
    return list(report.items)


# ------------------------------------------------------------------ 8. table, then "Andre tiltak" in prose
def write_table_and_prose(report: Report, stamp: Stamp, path: Path) -> list[Item]:
    prose_ids = report.extra["prose"]
    doc = dc.new_document(report, stamp, f"YS – Kompetansepolitisk råd 2019\t\t{stamp.ref}")
    dc.title(doc, report.title, report.subtitle, dc.meta_line(stamp))
    doc.add_heading("Innledning", level=2)
    doc.add_paragraph("YS er hovedorganisasjon for 19 forbund med om lag 230 000 medlemmer i privat og offentlig "
                      "sektor. YS mener at alle arbeidstakere må få mulighet til å utvikle kompetansen sin "
                      "gjennom hele yrkeslivet, og at partssamarbeidet er nøkkelen til å lykkes med "
                      "kompetansereformen.")
    doc.add_paragraph("Tabellen viser de tiltakene YS har hatt hovedansvar for eller deltatt i. Under tabellen "
                      "følger andre tiltak som YS har arbeidet med i 2019. " + stamp.sentence())
    in_table = [it for it in report.items if it.seed_row not in prose_ids]
    in_prose = [it for it in report.items if it.seed_row in prose_ids]
    rows = [[it.delmal, it.tiltak, it.shown_type, it.ansvarlig, it.samarbeidspartnere] for it in in_table]
    dc.table(doc, ["Delmål", "Tiltak", "Type tiltak", "Ansvarlig", "Samarbeidspartnere"], rows,
             [1.8, 5.9, 2.8, 2.4, 4.1], size=9.5, fill="E2EFD9")
    doc.add_heading("Andre tiltak", level=2)
    written = list(in_table)
    for code, group in dc.groups(tuple(in_prose)):
        doc.add_paragraph(f"Under delmål {code} har YS i tillegg arbeidet med følgende:")
        for it in group:
            doc.add_paragraph(labelled(it), style="List Bullet")
            written.append(replace(it, ansvarlig=""))
    doc.add_paragraph("YS bidrar gjerne med utdypende informasjon om tiltakene.")
    dc.save(doc, path)
    return written


# ------------------------------------------------------------------ 10. synonyms in the type column
def write_synonyms(report: Report, stamp: Stamp, path: Path) -> list[Item]:
    doc = dc.new_document(report, stamp, f"Virke – rapportering 2019 – {stamp.date_short}")
    dc.title(doc, report.title, report.subtitle, dc.meta_line(stamp))
    doc.add_paragraph("Virke har i 2019 prioritert kompetanse i varehandelen og i ideell sektor. Oversikten "
                      "følger delmålene i strategien; typen tiltak er angitt med Virkes egne betegnelser. "
                      + stamp.sentence())
    rows = [[it.delmal, it.tiltak, it.shown_type, it.ansvarlig, it.samarbeidspartnere] for it in report.items]
    dc.table(doc, ["Delmål", "Tiltak", "Type", "Ansvarlig", "Partnere"], rows, [1.8, 6.9, 2.4, 2.4, 3.5],
             size=10, fill="FFF2CC")
    dc.save(doc, path)
    return list(report.items)


WRITERS = {
    "2019_delmal_tables": write_delmal_tables,
    "2019_no_type": write_no_type,
    "2019_nynorsk_prose": write_nynorsk_prose,
    "2019_table_and_prose": write_table_and_prose,
    "2019_synonyms": write_synonyms,
}
