"""UHR: an overview set like a table of contents: every measure is one line «Name ........ 1.4 · kind» with a
right-aligned tab and dot leaders, followed by an indented description and a small «Ansvar: … | Samarbeid: …» line.
Groups «A. Råd og enheter», «B. Utdanning og utvikling», «C. Kunnskap og formidling»; at the end the same layout
for «Ferdigstilt i 2079» and «Under planlegging for 2081»."""
from __future__ import annotations

from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.shared import Cm, Pt

from .common import ARR, FOU, INFO, KURS, RAD, add_runs, base_docx, docx_to_pdf, pdf_text, row

FILENAME = "UHR oversikt tiltak 2080 med delmål.pdf"
MEMBER = "UHR"
FORMAT = "PDF exported by LibreOffice from a DOCX (python-docx) with right tab stops and dot leaders; dates and /ID fixed"
SHAPE = ("contents-style list: per measure a line «Name ……… 1.4 · kind» (right-aligned tab with dot leader, delmål "
         "code and UHR's kind word at the right margin), an indented description, and a small grey line «Ansvar: … "
         "| Samarbeid: …»; groups A–C as headings; the sections «Ferdigstilt i 2079» and «Under planlegging for "
         "2081» in the same layout at the end")
NOT_TRUTH = ("the title, the reading note, the group headings, the leader dots and right-margin codes, the sections "
             "«Ferdigstilt i 2079» (Nasjonal konferanse om praksis i profesjonsutdanningene) and «Under planlegging "
             "for 2081» (Felles digital EVU-søknadsportal), the signature")

# group: [(name, delmål, kind, text, ansvar, samarbeid, seed, type)]
GROUPS = [
    ("A. Råd og enheter", [
        ("UHR-Helse og velferd", "1.4", "fagstrategisk enhet",
         "Enheten samordnet institusjonenes svar på dimensjoneringen av sykepleier- og vernepleierutdanningene og "
         "laget felles retningslinjer for praksis.", "UHR-sekretariatet", "Spekter, KS, Helsedirektoratet", "M03",
         RAD),
        ("RSA-rådene ved universiteter og høyskoler", "1.4", "samarbeidsorgan",
         "UHR følger opp at alle medlemsinstitusjonene har råd for samarbeid med arbeidslivet, og samlet rådenes "
         "årsrapporter.", "Avdeling for utdanning", "partene i arbeidslivet", "M06", RAD),
        ("Evaluering av RSA-ordningen", "1.4", "evaluering",
         "Ekstern evaluering av hvordan RSA-rådene påvirker studieporteføljen; rapport i desember.",
         "Avdeling for utdanning", "NIFU", None, FOU)]),
    ("B. Utdanning og utvikling", [
        ("Fleksible masterprogram for yrkesaktive", "2.4", "utdanning",
         "Ni institusjoner tilbød erfaringsbaserte mastergrader på deltid med samlinger og nettundervisning.",
         "Avdeling for utdanning", "", None, KURS),
        ("Realkompetanseportalen – vurdering for opptak", "2.5", "digital tjeneste",
         "Institusjonene tok i bruk portalen ved opptak på grunnlag av realkompetanse; 2 300 søkere ble vurdert.",
         "Opptakskontorene", "Kompetanseforbundet, HK-dir", "J04", INFO)]),
    ("C. Kunnskap og formidling", [
        ("UHRs kompetansekonferanse 2080", "2.4", "konferanse",
         "Konferanse i Bergen om livslang læring ved universiteter og høyskoler; 380 deltakere.",
         "UHR-sekretariatet", "Universitetet i Bergen", None, ARR)]),
]
OTHER = [
    ("Ferdigstilt i 2079", "Nasjonal konferanse om praksis i profesjonsutdanningene", "1.4", "konferanse",
     "Avholdt november 2079."),
    ("Under planlegging for 2081", "Felles digital EVU-søknadsportal", "2.4", "digital tjeneste",
     "Forprosjekt starter i mars 2081."),
]


def _entry(d, name, dm, kind, txt, meta):
    p = d.add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(Cm(17.0), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
    p.paragraph_format.space_before = Pt(8)
    add_runs(p, [(name, "b"), ("\t", ""), (f"{dm} · {kind}", "")])
    q = d.add_paragraph(txt)
    q.paragraph_format.left_indent = Cm(0.8)
    if meta:
        m = d.add_paragraph()
        m.paragraph_format.left_indent = Cm(0.8)
        add_runs(m, [(meta, "g")])


def build(out) -> list[dict]:
    d = base_docx(font="Liberation Serif", size=11)
    d.add_heading("UHR – tiltak 2080, med henvisning til delmål", level=1)
    d.add_paragraph("Til høyre står delmålet i strategien og hva slags tiltak det er.").runs[0].italic = True
    rows = []
    for grp, items in GROUPS:
        d.add_heading(grp, level=2)
        for name, dm, kind, txt, ans, med, seed, ty in items:
            meta = f"Ansvar: {ans}" + (f" | Samarbeid: {med}" if med else "")
            _entry(d, name, dm, kind, txt, meta)
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, ans, med, txt))
    for head, name, dm, kind, txt in OTHER:
        d.add_heading(head, level=2)
        _entry(d, name, dm, kind, txt, "")
    d.add_paragraph()
    d.add_paragraph("Oslo, 13. januar 2081\nUniversitets- og høgskolerådet")
    docx_to_pdf(d, out / FILENAME)
    return rows


def text(path) -> str:
    return pdf_text(path)
