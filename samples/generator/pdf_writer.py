"""The PDF-shaped reports (reportlab). One function per member shape; each returns the items as
written (fields the report does not print are blanked) so truth.csv matches the document.

The shapes copy what the 2018 reports did: a ruled government grid running over many pages, a
borderless business table with synonyms and a status footnote, a landscape municipal table with
extra columns, prose with bold delmål headings, Nynorsk county reports.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, KeepTogether, PageBreak, Spacer

from . import pdf_common as pc
from .model import Item, Report, Stamp, labelled
from .seed import DELMAL_NYNORSK, first_clause

SEED_HEADER = ["Delmål", "Tiltak", "Type tiltak", "Ansvarlig", "Samarbeidspartnere"]


def _seed_cells(it: Item, delmal: str) -> list[str]:
    return [delmal, it.tiltak, it.shown_type, it.ansvarlig, it.samarbeidspartnere]



# ------------------------------------------------------------------ 1. Regjeringen
DEPARTMENTS = [
    "Kunnskapsdepartementet (KD)",
    "Arbeids- og sosialdepartementet (ASD)",
    "Kommunal- og moderniseringsdepartementet (KMD)",
    "Nærings- og fiskeridepartementet (NFD)",
    "Kulturdepartementet (KuD)",
]


def write_regjeringen(report: Report, stamp: Stamp, path: Path) -> list[Item]:
    story = [
        Spacer(1, 5.5 * cm),
        pc.para(report.title, pc.COVER_TITLE),
        pc.para(report.subtitle, pc.COVER_SUB),
        Spacer(1, 2.5 * cm),
        pc.para("Kunnskapsdepartementet på vegne av regjeringen", pc.COVER_META),
        pc.para(stamp.date_long, pc.COVER_META),
        pc.para(f"Vår ref.: {stamp.ref}", pc.COVER_META),
        PageBreak(),
        pc.para("Innledning", pc.H2),
        pc.para("Regjeringen rapporterer her på tiltak som er satt i gang eller videreført i 2018 for å følge "
                "opp Nasjonal kompetansepolitisk strategi. Rapporteringen følger strategiens tre "
                "hovedinnsatsområder og de 16 delmålene, slik Kompetansepolitisk råd har bedt om."),
        pc.para("Arbeidet med regionreformen har gitt mange tiltak under delmål 1.2, der oppgaver overføres "
                "fra statlig til fylkeskommunalt nivå. Kompetansereformen «Lære hele livet» preger "
                "innsatsen under delmål 2.1 og 2.2, og integreringsstrategien er sentral for delmål 3.4."),
        pc.para("Følgende departementer har bidratt til rapporteringen:"),
        *[pc.bullet(d, pc.style("dep", 10, 14, leftIndent=16, bulletIndent=4, spaceAfter=2))
          for d in DEPARTMENTS],
        Spacer(1, 0.3 * cm),
        pc.para("Kompetanse Norge og Utdanningsdirektoratet har gitt innspill på tiltak innenfor sine "
                "ansvarsområder. " + stamp.sentence()),
        PageBreak(),
        pc.para("Tiltak fordelt på delmål", pc.H2),
    ]
    rows, prev = [], None
    for it in report.items:
        # The code stands on the first row of its group only, as in the secretariat's matrix.
        rows.append(_seed_cells(it, it.delmal if it.delmal != prev else ""))
        prev = it.delmal
    # Size, padding and widths are tuned so that three page ends fall inside a row (rows 11, 50, 101):
    # the parser must stitch split rows. tests/samples checks that at least two rows still straddle.
    story.append(pc.make_table(SEED_HEADER, rows, [1.4, 5.5, 3.3, 2.1, 4.7], ruled=True, size=9.5,
                               pad=3.5, split_in_row=True))
    pc.build_pdf(path, report, stamp, story, first_chrome_page=2,
                 header="Regjeringens rapportering 2018 – Nasjonal kompetansepolitisk strategi",
                 header_right=stamp.date_short)
    return list(report.items)


# ------------------------------------------------------------------ 3. NHO
def write_nho(report: Report, stamp: Stamp, path: Path) -> list[Item]:
    story = pc.title_block(report, stamp) + [
        pc.para("NHO er opptatt av at arbeidslivet får tilgang på relevant kompetanse, og at bedriftene "
                "tar del i utviklingen av utdanningstilbudene. Tabellen under viser NHOs tiltak i 2018, "
                "ordnet etter delmålene i strategien. " + stamp.sentence()),
        Spacer(1, 0.2 * cm),
    ]
    rows = [[it.tiltak, it.delmal, it.shown_type, it.ansvarlig, it.samarbeidspartnere, it.status]
            for it in report.items]
    story.append(pc.make_table(["Tiltak", "Delmål", "Type", "Ansvarlig", "Samarbeidspartnere", "Status¹"],
                               rows, [5.2, 1.3, 2.0, 2.7, 3.6, 2.2], ruled=False, size=8.5, pad=7))
    story += [Spacer(1, 0.4 * cm), pc.para("¹ Status per 31.12.2018.", pc.SMALL)]
    pc.build_pdf(path, report, stamp, story, header="NHO – rapportering til Kompetansepolitisk råd",
                 header_right=f"Ref. {stamp.ref}")
    return list(report.items)


# ------------------------------------------------------------------ 5. KS
def write_ks(report: Report, stamp: Stamp, path: Path) -> list[Item]:
    story = pc.title_block(report, stamp) + [
        pc.para("KS rapporterer tiltak der kommunesektoren har hatt en aktiv rolle i 2018. Kolonnene Status "
                "og Kommentar er fylt ut der det er relevant. " + stamp.sentence()),
    ]
    rows = [[it.delmal, it.tiltak, it.shown_type, it.ansvarlig, it.samarbeidspartnere, it.status, it.kommentar]
            for it in report.items]
    header = ["Delmål", "Beskrivelse av tiltak", "Kategori", "Ansvarlig", "Samarbeidspartnere", "Status",
              "Kommentar"]
    # Landscape for seven columns; sized so the page end splits row 59 (checked in tests/samples).
    story.append(pc.make_table(header, rows, [1.5, 7.4, 3.2, 2.9, 4.8, 2.3, 3.6], ruled=True, size=8.5,
                               pad=3.5, split_in_row=True))
    pc.build_pdf(path, report, stamp, story, pagesize=pc.LANDSCAPE,
                 header=f"KS – Kompetansepolitisk råd 2018 – {stamp.date_short}")
    return list(report.items)


# ------------------------------------------------------------------ 7. Virke
def write_virke(report: Report, stamp: Stamp, path: Path) -> list[Item]:
    story = pc.title_block(report, stamp) + [
        pc.para("Om rapporteringen", pc.H3),
        pc.para("Virke organiserer virksomheter innen handel, tjenesteyting, kunnskap og ideell sektor. "
                "Kompetansepolitikken er et prioritert område, og Virke deltar i en rekke råd og utvalg som "
                "arbeider med samspillet mellom utdanning og arbeidsliv."),
        pc.para("Varehandelen er i rask endring som følge av digitalisering og nye kundeforventninger. "
                "Virke har derfor prioritert kunnskap om hvordan ny teknologi påvirker kompetansebehovet i "
                "bransjen, og hvordan kompetanse som bygges opp i arbeidslivet kan dokumenteres."),
        pc.para("Virkes prioriteringer", pc.H3),
        pc.para("Virke mener at etter- og videreutdanning må bli lettere tilgjengelig for ansatte i små og "
                "mellomstore virksomheter, og at tilbudene må kunne kombineres med full jobb. Fleksible, "
                "modulbaserte tilbud og bedre finansieringsordninger for den enkelte er viktige virkemidler. "
                "Virke vil også arbeide for at kompetanse som bygges opp gjennom arbeid blir synlig og "
                "verdsatt, både av arbeidsgivere og av utdanningssystemet."),
        pc.para("Oversikten under følger delmålene i strategien. Delmålene er oppgitt med nummer. "
                + stamp.sentence()),
        pc.para("Virkes tiltak i 2018", pc.H3),
    ]
    rows = [_seed_cells(it, it.delmal.replace(".", ",")) for it in report.items]
    story.append(pc.make_table(SEED_HEADER, rows, [1.5, 5.8, 3.4, 2.4, 3.9], ruled=False, size=10, pad=8))
    pc.build_pdf(path, report, stamp, story, header="Virke – rapportering 2018",
                 header_right=stamp.date_short)
    return list(report.items)


# ------------------------------------------------------------------ 10. VOFO
def write_vofo(report: Report, stamp: Stamp, path: Path) -> list[Item]:
    # Narrow measure (right indent) so every item wraps: hanging-indent continuation lines are the
    # point of this shape, and a parser must join them back to one item.
    item_style = pc.style("vofo_item", 10.5, 14.5, leftIndent=18, bulletIndent=5, rightIndent=2.2 * cm,
                          spaceAfter=5)
    story = pc.title_block(report, stamp) + [
        pc.para("VOFO er paraplyorganisasjon for studieforbundene og arbeider for at voksne skal få lære "
                "hele livet. Her følger tiltakene VOFO har gjennomført i 2018, ordnet etter delmålene i "
                "strategien. " + stamp.sentence()),
    ]
    written = []
    for code in dict.fromkeys(it.delmal for it in report.items):
        group = [replace(it, ansvarlig="") for it in report.items if it.delmal == code]
        # The heading names the delmål by its text only; a parser must map text to code.
        block = [pc.para(first_clause(code), pc.H3)]
        bullets = [pc.bullet(labelled(it), item_style) for it in group]
        for p in bullets:
            p.wrap(pc.PORTRAIT[0] - 4 * cm, 1000)
            if len(p.blPara.lines) < 2:
                raise ValueError(f"VOFO item fits on one line, widen rightIndent: {p.text[:40]}")
        block += bullets
        story += [CondPageBreak(3 * cm), *block]
        written += group
    pc.build_pdf(path, report, stamp, story, footer="VOFO – rapportering 2018 · side {n} av {m}")
    return written


# ------------------------------------------------------------------ 12/14. Vestland, Hedmark (one small grid)
def write_vestland(report: Report, stamp: Stamp, path: Path) -> list[Item]:
    story = pc.title_block(report, stamp) + [
        pc.para("Vestland fylkeskommune rapporterer eitt tiltak for 2018. " + stamp.sentence(nynorsk=True)),
    ]
    rows = [_seed_cells(it, it.delmal) for it in report.items]
    header = ["Delmål", "Tiltak", "Type tiltak", "Ansvarleg", "Samarbeidspartnarar"]
    story.append(pc.make_table(header, rows, [1.4, 6.0, 2.9, 2.9, 3.8], ruled=True, size=9.5, pad=5))
    pc.build_pdf(path, report, stamp, story, footer="Side {n} av {m}")
    return list(report.items)


def write_hedmark(report: Report, stamp: Stamp, path: Path) -> list[Item]:
    story = pc.title_block(report, stamp) + [
        pc.para("Hedmark fylkeskommune har i 2018 arbeidet særlig med voksnes rett til opplæring og med "
                "kvalifisering av innvandrere. " + stamp.sentence()),
    ]
    rows = [_seed_cells(it, f"D{it.delmal}") for it in report.items]
    story.append(pc.make_table(SEED_HEADER, rows, [1.4, 6.0, 2.9, 3.0, 3.7], ruled=True, size=9.5, pad=5))
    pc.build_pdf(path, report, stamp, story, header="Hedmark fylkeskommune", header_right=stamp.ref)
    return list(report.items)


# ------------------------------------------------------------------ 16. Sogn og Fjordane
def write_sogn_og_fjordane(report: Report, stamp: Stamp, path: Path) -> list[Item]:
    item_style = pc.style("sfj_item", 10.5, 14.5, leftIndent=20, bulletIndent=4, spaceAfter=5)
    story = pc.title_block(report, stamp) + [
        pc.para("Sogn og Fjordane fylkeskommune har i 2018 vidareført samarbeidet med NAV og kommunane om "
                "kvalifisering av vaksne innvandrarar. " + stamp.sentence(nynorsk=True)),
    ]
    written = []
    for code in dict.fromkeys(it.delmal for it in report.items):
        group = [replace(it, ansvarlig="") for it in report.items if it.delmal == code]
        text = DELMAL_NYNORSK.get(code, first_clause(code))
        short = text if len(text) < 70 else text[:text.rfind(" ", 0, 70)] + " …"
        story.append(KeepTogether([pc.para(f"Delmål {code} {short}", pc.H3)] + [
            pc.bullet(labelled(it, nynorsk=True), item_style, mark=f"{n}.") for n, it in enumerate(group, 1)]))
        written += group
    pc.build_pdf(path, report, stamp, story, footer="Side {n}")
    return written


WRITERS = {
    "regjeringen": write_regjeringen,
    "nho": write_nho,
    "ks": write_ks,
    "virke": write_virke,
    "vofo": write_vofo,
    "vestland": write_vestland,
    "hedmark": write_hedmark,
    "sogn_og_fjordane": write_sogn_og_fjordane,
}
