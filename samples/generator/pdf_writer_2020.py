"""The PDF shapes of the 2020 round (reportlab): delmål named by meaning, blocks, plain department and
version tables, and two documents that are no member report (lecture notes, a research paper).

Each writer returns the items as written (fields it does not print blanked) so truth.csv matches.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import cm
from reportlab.platypus import KeepTogether, Spacer

from . import pdf_common as pc
from .model import Item, Report, Stamp
from .office_export import dated
from .seed import DELMAL

HEADER = ["Delmål", "Tiltak", "Type tiltak", "Ansvarlig", "Samarbeidspartnere"]
NOTE_BULLET = pc.style("note_bullet", 10, 13.5, leftIndent=14)

# How NHO names each measure's delmål: a paraphrase, shortened text, Nynorsk, the short name, and once a
# code that its own words contradict (the words name 2.1; the truth follows the words).
BY_MEANING = {
    "N01": "Kompetansebehovsutvalget",
    "N09": "Bedre karriereveiledning for voksne i arbeidslivet",
    "N08": "2.4 Styrke den digitale kompetansen i hele arbeidsstyrken",
    "N07": "Kople kompetansebehov i verksemder og klynger til utdanningstilbydarar",
    "N04": "Bruke opplæring mer aktivt i arbeidsmarkeds- og integreringspolitikken",
}


def _rows(items) -> list[list[str]]:
    return [[it.delmal, it.tiltak, it.shown_type, it.ansvarlig, it.samarbeidspartnere] for it in items]


# ------------------------------------------------------------------ delmål by meaning
def write_delmal_meaning(report: Report, stamp: Stamp, path: Path) -> list[Item]:
    story = pc.title_block(report, stamp) + [
        pc.para("NHO har i 2020 prioritert omstilling og kompetanse i bedrifter rammet av pandemien. Delmålene "
                "er beskrevet med våre egne ord. " + stamp.sentence()),
    ]
    rows = [[BY_MEANING[str(it.seed_row)], it.tiltak, it.shown_type, it.ansvarlig, it.samarbeidspartnere]
            for it in report.items]
    story.append(pc.make_table(["Delmål", "Tiltak", "Type", "Ansvarlig", "Samarbeid med"], rows,
                               [5.0, 8.4, 3.0, 2.8, 4.8], ruled=True, size=9, pad=4))
    pc.build_pdf(path, report, stamp, story, pagesize=pc.LANDSCAPE, header="NHO – Kompetansepolitisk råd 2020",
                 header_right=f"Ref. {stamp.ref}")
    return list(report.items)


# ------------------------------------------------------------------ blocks: title, labelled lines, description
def write_blocks_pdf(report: Report, stamp: Stamp, path: Path) -> list[Item]:
    title_style = pc.style("block_title", 11, 14, pc.BOLD, spaceBefore=12, spaceAfter=3)
    label_style = pc.style("block_label", 10, 13, spaceAfter=0)
    text_style = pc.style("block_text", 10, 13.5, spaceBefore=5, spaceAfter=4)
    story = pc.title_block(report, stamp) + [
        pc.para("VOFO er paraplyorganisasjon for studieforbundene. I 2020 flyttet mye av kursvirksomheten på "
                "nett. Under er VOFOs tiltak, hvert med delmål, kategori, ansvar og partnere. " + stamp.sentence()),
        pc.para("Tiltak i 2020", pc.H2),
    ]
    for it in report.items:
        lines = [pc.para(it.tiltak, title_style),
                 pc.para(f"Delmål: {it.delmal} {' '.join(DELMAL[it.delmal].split()[:6])} …", label_style),
                 pc.para(f"Kategori: {it.shown_type}", label_style),
                 pc.para(f"Ansvar: {it.ansvarlig}", label_style)]
        if it.samarbeidspartnere:
            lines.append(pc.para(f"Partnere: {it.samarbeidspartnere}", label_style))
        lines.append(pc.para(it.beskrivelse, text_style))
        story.append(KeepTogether(lines))
    story += [Spacer(1, 0.4 * cm), pc.para("Med vennlig hilsen"), pc.para("VOFO – Voksenopplæringsforbundet")]
    pc.build_pdf(path, report, stamp, story, footer="VOFO · rapportering 2020 · side {n} av {m}")
    return list(report.items)


# ------------------------------------------------------------------ a plain ruled table (a department; a version)
def write_table_pdf(report: Report, stamp: Stamp, path: Path) -> list[Item]:
    story = pc.title_block(report, stamp) + [
        pc.para(f"Tabellen viser tiltakene for 2020. {stamp.sentence()}"),
        pc.make_table(HEADER, _rows(report.items), [1.6, 6.4, 3.0, 2.8, 3.6], ruled=True, size=9.5, pad=4),
    ]
    pc.build_pdf(path, report, stamp, story, header=report.author, header_right=stamp.date_short)
    dated(path, stamp)  # versions of one report differ in the date they were saved
    return list(report.items)


# ------------------------------------------------------------------ not a member report
def _sections(report: Report, stamp: Stamp, path: Path, lead: list, sections: list) -> list[Item]:
    story = [pc.para(report.title, pc.H1)] + lead
    for heading, text, bullets in sections:
        story.append(pc.para(heading, pc.H2 if "." not in heading.split()[0] else pc.H3))
        if text:
            story.append(pc.para(text))
        story += [pc.bullet(b, NOTE_BULLET) for b in bullets]
    pc.build_pdf(path, report, stamp, story, footer="{n}")
    return []


def write_lecture_notes(report: Report, stamp: Stamp, path: Path) -> list[Item]:
    lead = [pc.para("ECON1310 Arbeidsmarkedsøkonomi – forelesning 4, høsten 2020", pc.H3)]
    return _sections(report, stamp, path, lead, [
        ("1.1 Innledning", "Hvorfor investerer arbeidstakere og bedrifter i kompetanse?",
         ["Kompetanse som kapital som gir avkastning over tid", "Generell og bedriftsspesifikk kompetanse"]),
        ("1.2 Humankapitalteori", "Beckers modell skiller mellom to typer opplæring.",
         ["Bedriften betaler for spesifikk opplæring", "Arbeidstakeren bærer kostnaden av generell opplæring"]),
        ("2.1 Avkastning av utdanning", "Mincer-ligningen gir om lag fem prosent per utdanningsår.",
         ["Seleksjon gjør enkle estimater for høye", "Tall fra NHOs kompetansebarometer viser stor variasjon"]),
        ("2.2 Læring på arbeidsplassen", None,
         ["Uformell læring er den vanligste formen", "Små bedrifter tilbyr mindre opplæring"]),
        ("3.1 Oppsummering", "Til neste gang: les kapittel 5 i læreboka.", []),
    ])


def write_research_paper(report: Report, stamp: Stamp, path: Path) -> list[Item]:
    lead = [pc.para("Ola Nordmann og Kari Hansen, Institutt for samfunnsforskning", pc.H3),
            pc.para("Sammendrag", pc.H3),
            pc.para("Artikkelen bruker registerdata for perioden 2010–2019 til å studere hvem som deltar i etter- og "
                    "videreutdanning. Deltakelsen er skjevt fordelt etter utdanningsnivå og bransje.")]
    return _sections(report, stamp, path, lead, [
        ("1 Innledning", "Livslang læring står høyt på den politiske dagsordenen.", []),
        ("2 Data og metode", None, []),
        ("2.1 Data", "Vi kobler utdanningsregisteret med arbeidstakerregisteret.",
         ["Alle sysselsatte mellom 25 og 60 år", "Deltakelse målt som fullførte studiepoeng"]),
        ("2.2 Metode", "Vi estimerer paneldatamodeller med faste effekter.",
         ["Kontroll for alder, kjønn og bransje", "Robuste standardfeil gruppert på arbeidsgiver"]),
        ("3.1 Deltakelse i etter- og videreutdanning", None,
         ["Arbeidstakere med høyere utdanning deltar dobbelt så ofte",
          "Deltakelsen er høyest i offentlig sektor"]),
        ("3.2 Hvem deltar ikke?", None,
         ["Ansatte i små bedrifter i privat sektor", "Arbeidstakere over 55 år"]),
    ])


WRITERS = {
    "2020_delmal_meaning": write_delmal_meaning,
    "2020_blocks_pdf": write_blocks_pdf,
    "2020_department_pdf": write_table_pdf,
    "2020_version_pdf": write_table_pdf,
    "2020_lecture_notes": write_lecture_notes,
    "2020_research_paper": write_research_paper,
}
