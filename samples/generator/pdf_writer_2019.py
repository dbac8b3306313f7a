"""The PDF shapes of the 2019 round (reportlab), none of which the 2018 round used.

- 2019_form: one small ruled two-column form (label | value) per tiltak (KS, and the nameless report).
- 2019_numbered_prose: numbered items, each a bold title line with labelled lines below it, under
  "Delmål 3.2 …" headings (VOFO).
- 2019_short_delmal: a ruled landscape table "Nr | Delmål | Tiltak | Kategori | Ansvarlig | Samarbeid med"
  whose delmål column names the delmål by short name or first words, never by code (NHO).
- 2019_borderless_sum: a borderless table with "Mål 2.3" codes, a "Sum" row at the end and a row split
  across a page break (Spekter).
- 2019_sections: a ruled table with full-width section rows per hovedinnsatsområde, the header row
  repeated on page 2, running header and footer (Regjeringen).

Each writer returns the items as written (fields it does not print blanked) so truth.csv matches.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph, Spacer, Table, TableStyle

from . import pdf_common as pc
from .model import Item, Report, Stamp
from .seed import DELMAL, OMRADE, omrade_of

# How reports name a delmål without its code: the council's short names (as in the summary) or the
# first words of the strategy's text.
SHORT = {
    "1.1": "Kompetansebehovsutvalg (KBU)",
    "1.2": "Regionalt folkevalgt nivås kompetansepolitiske ansvar",
    "1.3": "Karriereveiledning",
    "1.4": "Samarbeid mellom utdanningstilbydere og arbeidslivet",
    "2.1": "Digital kompetanse i arbeidsstyrken",
    "2.2": "Kunnskapsgrunnlaget om læring i arbeidslivet",
    "2.3": "Karrieremuligheter i yrkesfaglige utdanninger",
    "2.4": "Koble kompetansebehov i virksomheter til utdanningstilbydere",
    "2.5": "Dokumentere kompetanse ervervet i arbeidslivet",
    "2.6": "Godkjenning av utenlandsk utdanning",
    "3.1": "Fleksibel opplæring på voksnes premisser",
    "3.2": "Kompetanseplussordningene",
    "3.3": "Opplæring i arbeidsmarkeds- og integreringspolitikken",
    "3.4": "Norskopplæring og kvalifisering for innvandrere",
    "3.5": "NAVs opplæringstilbud for arbeidssøkere",
    "3.6": "Læring i frivillig sektor",
}


def first_words(code: str, n: int) -> str:
    """The first n words of a delmål's text followed by an ellipsis."""
    return " ".join(DELMAL[code].split()[:n]) + " …"


def _bold_row(table: Table, row: int) -> None:
    """Set a row's cells in bold (make_table builds Paragraph cells, which FONTNAME does not reach).
    A Paragraph keeps its marked-up text, so it is reused as is (no second escape)."""
    _, head = pc.cell_styles(table._cellvalues[0][0][0].style.fontSize)
    table._cellvalues[row] = [[Paragraph(cell[0].text, head)] if cell[0].text else cell
                              for cell in table._cellvalues[row]]



# ------------------------------------------------------------------ 2. one form per tiltak
LABELS = ["Delmål", "Tiltak", "Type tiltak", "Ansvarlig", "Samarbeidspartnere"]


def write_form(report: Report, stamp: Stamp, path: Path) -> list[Item]:
    extra = report.extra
    story = pc.title_block(report, stamp) + [pc.para(extra["intro"] + " " + stamp.sentence())]
    body, head = pc.cell_styles(9.5)
    for n, it in enumerate(report.items, 1):
        delmal = f"{it.delmal} {SHORT[it.delmal]}" if extra.get("delmal_with_text") else it.delmal
        values = [delmal, it.tiltak, it.shown_type, it.ansvarlig, it.samarbeidspartnere]
        data = [[pc.para(label, head), pc.para(value, body)] for label, value in zip(LABELS, values)]
        form = Table(data, colWidths=[4.0 * cm, 13.0 * cm])
        form.setStyle(TableStyle([
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#EDEDED")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ]))
        story.append(KeepTogether([pc.para(f"Skjema {n} av {len(report.items)}", pc.H3), form]))
    pc.build_pdf(path, report, stamp, story, header=extra["header"],
                 header_right=stamp.date_short if extra["header"] else "")
    return list(report.items)


# ------------------------------------------------------------------ 3. numbered prose with labelled lines
def write_numbered_prose(report: Report, stamp: Stamp, path: Path) -> list[Item]:
    story = pc.title_block(report, stamp) + [
        pc.para("VOFO er paraplyorganisasjon for studieforbundene. Studieforbundene nådde i 2019 over en halv "
                "million deltakere, og mange av kursene bidrar til målene i strategien. Under følger VOFOs "
                "tiltak, ordnet etter delmål. " + stamp.sentence()),
    ]
    title_style = pc.style("vofo19_title", 10.5, 14, pc.BOLD, leftIndent=18, bulletIndent=0, spaceBefore=6,
                           spaceAfter=2)
    label_style = pc.style("vofo19_label", 10, 13.5, leftIndent=18, spaceAfter=0)
    n = 0
    for code in dict.fromkeys(it.delmal for it in report.items):
        story += [CondPageBreak(4 * cm), pc.para(f"Delmål {code} {first_words(code, 8)}", pc.H2)]
        for it in (i for i in report.items if i.delmal == code):
            n += 1
            lines = [pc.bullet(it.tiltak, title_style, mark=f"{n}."),
                     pc.para(f"Type tiltak: {it.shown_type}", label_style),
                     pc.para(f"Ansvarlig: {it.ansvarlig}", label_style)]
            if it.samarbeidspartnere:
                lines.append(pc.para(f"Samarbeidspartnere: {it.samarbeidspartnere}", label_style))
            story.append(KeepTogether(lines))
    pc.build_pdf(path, report, stamp, story, footer="VOFO · rapportering 2019 · side {n} av {m}")
    return list(report.items)


# ------------------------------------------------------------------ 5. landscape, delmål by name only
# Which delmål the NHO report names by the strategy's first words rather than the short name.
FIRST_WORDS = {"1.1": 4, "2.4": 7}


def write_short_delmal(report: Report, stamp: Stamp, path: Path) -> list[Item]:
    story = pc.title_block(report, stamp) + [
        pc.para("Tabellen viser NHOs tiltak i 2019. Delmålene er angitt med kortnavn, slik sekretariatet "
                "bruker dem i oppsummeringen. " + stamp.sentence()),
    ]

    def name(code: str) -> str:
        return first_words(code, FIRST_WORDS[code]) if code in FIRST_WORDS else SHORT[code]

    rows = [[str(n), name(it.delmal), it.tiltak, it.shown_type, it.ansvarlig, it.samarbeidspartnere]
            for n, it in enumerate(report.items, 1)]
    header = ["Nr", "Delmål", "Tiltak", "Kategori", "Ansvarlig", "Samarbeid med"]
    story.append(pc.make_table(header, rows, [1.0, 5.0, 8.6, 3.4, 3.2, 4.5], ruled=True, size=9, pad=4))
    pc.build_pdf(path, report, stamp, story, pagesize=pc.LANDSCAPE, header="NHO – Kompetansepolitisk råd",
                 header_right=f"Ref. {stamp.ref}")
    return list(report.items)


# ------------------------------------------------------------------ 7. borderless, "Mål 2.3", sum row
# Tuned so that the first page ends inside a row (tests/samples checks that one row straddles).
SPEKTER_GAP_CM, SPEKTER_PAD = 0.4, 9

def write_borderless_sum(report: Report, stamp: Stamp, path: Path) -> list[Item]:
    intro = [
        pc.para("Om Spekter", pc.H3),
        pc.para("Arbeidsgiverforeningen Spekter organiserer virksomheter med offentlig eierskap, blant annet "
                "helseforetakene, kulturinstitusjoner og samferdselsvirksomheter. Til sammen har "
                "medlemsvirksomhetene over 200 000 ansatte."),
        pc.para("Spekters medlemmer står overfor store omstillinger. I spesialisthelsetjenesten endrer ny "
                "teknologi og nye behandlingsformer arbeidsoppgavene for mange yrkesgrupper, og behovet for "
                "fagarbeidere med videreutdanning øker. I samferdselssektoren fører automatisering og "
                "digitalisering til nye kompetansekrav, både for ansatte som er i jobb og for dem som skal "
                "rekrutteres."),
        pc.para("Spekter mener at kompetanseutvikling i arbeidslivet må skje i tett samspill mellom "
                "virksomhetene, de ansatte og utdanningstilbyderne. Virksomhetene har et hovedansvar for å "
                "utvikle de ansattes kompetanse, men utdanningssystemet må tilby fleksible og relevante "
                "tilbud som kan kombineres med arbeid."),
        pc.para("Spekters prioriteringer i 2019", pc.H3),
        pc.para("I 2019 har Spekter prioritert rekruttering av lærlinger til helsearbeiderfaget, "
                "kunnskapsgrunnlaget om kompetansebehovene i medlemsvirksomhetene og samarbeidet med KS om "
                "videreutdanning for helsefagarbeidere. Spekter har også deltatt aktivt i råd og utvalg "
                "som arbeider med kvaliteten og relevansen i utdanningene."),
        pc.para("Oversikten under følger malen fra sekretariatet. Målene er oppgitt med nummer. "
                + stamp.sentence()),
        pc.para("Tiltak 2019", pc.H3),
    ]
    rows = [[f"Mål {it.delmal}", it.tiltak, it.shown_type, it.ansvarlig, it.samarbeidspartnere]
            for it in report.items]
    rows.append(["Sum", f"{len(report.items)} tiltak", "", "", ""])
    sum_rule = [("LINEABOVE", (0, len(rows)), (-1, len(rows)), 0.8, colors.black)]
    # Borderless, large type and generous padding; the page end falls inside a row, which the parser
    # must stitch back.
    table = pc.make_table(["Mål", "Tiltak", "Type", "Ansvarlig", "Samarbeidspartnere"], rows,
                          [1.9, 5.0, 3.7, 2.3, 4.1], ruled=False, size=11, pad=SPEKTER_PAD, split_in_row=True,
                          extra=sum_rule)
    _bold_row(table, len(rows))
    story = pc.title_block(report, stamp) + intro + [Spacer(1, SPEKTER_GAP_CM * cm), table]
    pc.build_pdf(path, report, stamp, story, header="Spekter – rapportering 2019",
                 header_right=stamp.date_short)
    return list(report.items)


# ------------------------------------------------------------------ 9. section rows, header on page 2
def write_sections(report: Report, stamp: Stamp, path: Path) -> list[Item]:
    story = [
        pc.para(report.title, pc.H1),
        pc.para(report.subtitle, pc.H3),
        pc.para(f"Kunnskapsdepartementet på vegne av regjeringen – {stamp.date_long} – vår ref. {stamp.ref}",
                pc.SMALL),
        Spacer(1, 0.4 * cm),
        pc.para("Innledning", pc.H2),
        pc.para("Regjeringen rapporterer her tiltak for 2019 som følger opp Nasjonal kompetansepolitisk "
                "strategi. Kompetansereformen «Lære hele livet» har preget arbeidet: bransjeprogrammene er "
                "utvidet, og arbeidet med en stortingsmelding om reformen er godt i gang."),
        pc.para("Regionreformen gir fylkeskommunene et større ansvar for kompetansepolitikken fra 2020, og "
                "flere av tiltakene under hovedinnsatsområde 1 forbereder dette. Tabellen er ordnet etter "
                "hovedinnsatsområde og delmål. " + stamp.sentence()),
    ]
    rows, section_rows, prev = [], [], None
    for it in report.items:
        omr = omrade_of(it.delmal)
        if omr != prev:
            section_rows.append(len(rows) + 1)  # +1: the header row
            rows.append([f"Hovedinnsatsområde {omr}: {OMRADE[omr]}", "", "", "", ""])
            prev = omr
        rows.append([it.delmal, it.tiltak, it.shown_type, it.ansvarlig, it.samarbeidspartnere])
    extra = []
    for r in section_rows:
        extra += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), colors.HexColor("#F2F2F2"))]
    table = pc.make_table(["Delmål", "Tiltak", "Type tiltak", "Ansvarlig", "Samarbeidspartnere"], rows,
                          [1.5, 5.5, 3.4, 2.6, 4.0], ruled=True, size=10, pad=6, extra=extra)
    for r in section_rows:
        _bold_row(table, r)
    story.append(table)
    pc.build_pdf(path, report, stamp, story,
                 header="Regjeringens rapportering 2019 – Kompetansepolitisk råd", header_right=stamp.ref,
                 footer="Kunnskapsdepartementet · side {n} av {m}")
    return list(report.items)


WRITERS = {
    "2019_form": write_form,
    "2019_numbered_prose": write_numbered_prose,
    "2019_short_delmal": write_short_delmal,
    "2019_borderless_sum": write_borderless_sum,
    "2019_sections": write_sections,
}
