"""Not a member report: Troms fylkeskommune asks the secretariat for two more weeks to send its report. The letter
gives the reason and, to show what is coming, lists the measures the county intends to report – a seat in the
national career-guidance forum, its SRY-related board, two own measures – with a word or two on each. It reports
nothing itself, so it has no truth rows."""
from __future__ import annotations

from docx.shared import Pt

from .common import add_runs, base_docx, docx_text_deep, save_docx

FILENAME = "Troms fylkeskommune – anmodning om utsatt frist for rapportering 2083.docx"
MEMBER = None
FORMAT = "DOCX (python-docx), letter with a reference block as a borderless table, zip normalised"
SHAPE = ("NOT a member report: a county's letter asking for an extended deadline («Anmodning om utsatt frist for "
         "rapportering av tiltak for 2083»): letterhead, a reference block (Deres ref. / Vår ref. / Saksbehandler / "
         "Dato), the reason, a bullet list of the measures the county «tar sikte på å rapportere» (Nasjonalt forum "
         "for karriereveiledning, Yrkesopplæringsnemnda, two own measures) with short notes, the new date asked for, "
         "«Dokumentet er elektronisk godkjent» and a signature block; no truth rows")
NOT_TRUTH = ("everything (not a member report): the letterhead and reference block, the request and its reason, the "
             "list of measures the county intends to report later, the signature block")

BULLETS = [
    "vår plass i Nasjonalt forum for karriereveiledning",
    "Yrkesopplæringsnemnda i Troms, som også forbereder sakene til Samarbeidsrådet for yrkesopplæring (SRY)",
    "Fagbrev på jobb i kommunene i Nord-Troms (prosjekt, sammen med NAV Troms)",
    "Kompetanseforum Troms, der næringslivet, høgskolene og fylkeskommunen møtes to ganger i året",
]


def build(out) -> list[dict]:
    d = base_docx(font="Arial", size=10.5, margins_cm=2.4)
    p = d.add_paragraph()
    add_runs(p, [("TROMS FYLKESKOMMUNE", "b")])
    p.runs[0].font.size = Pt(14)
    add_runs(d.add_paragraph(), [("Avdeling for utdanning og kompetanse", "g")])
    d.add_paragraph()
    d.add_paragraph("Sekretariatet for Kompetansepolitisk råd\nKunnskapsdepartementet\nPostboks 8119 Dep\n0032 OSLO")
    t = d.add_table(rows=2, cols=4)
    for c, v in zip(t.rows[0].cells, ["Deres ref.", "Vår ref.", "Saksbehandler", "Dato"]):
        add_runs(c.paragraphs[0], [(v, "g")])
    for c, v in zip(t.rows[1].cells, ["83/1402", "2084/117-2", "Tor Arne Isaksen", "08.01.2084"]):
        c.text = v
    d.add_paragraph()
    p = d.add_paragraph()
    add_runs(p, [("Anmodning om utsatt frist for rapportering av tiltak for 2083", "b")])
    p.runs[0].font.size = Pt(12)
    d.add_paragraph("Vi viser til brev av 20. november 2083 der sekretariatet ber medlemmene rapportere tiltak for "
                    "2083 innen 15. januar 2084.")
    d.add_paragraph("Troms fylkeskommune har i desember tatt i bruk nytt sak- og arkivsystem, og tallene fra flere "
                    "av tiltakene er ennå ikke kvalitetssikret. Vi ber derfor om at fristen for vår rapport blir "
                    "utsatt til 1. februar 2084.")
    d.add_paragraph("For at sekretariatet skal kunne planlegge arbeidet med oppsummeringen, tar vi sikte på å "
                    "rapportere om blant annet")
    for b in BULLETS:
        d.add_paragraph(b, style="List Bullet")
    d.add_paragraph("Vi beklager ulempen dette medfører, og ber om en kort bekreftelse på at utsettelsen kan gis.")
    d.add_paragraph()
    d.add_paragraph("Med hilsen")
    t2 = d.add_table(rows=2, cols=2)
    for c, v in zip(t2.rows[0].cells, ["Kari-Anne Johansen", "Tor Arne Isaksen"]):
        c.text = v
    for c, v in zip(t2.rows[1].cells, ["fylkesdirektør for utdanning", "rådgiver"]):
        c.text = v
    d.add_paragraph()
    add_runs(d.add_paragraph(), [("Dokumentet er elektronisk godkjent og har derfor ingen håndskrevne signaturer.",
                                  "i")])
    save_docx(d, out / FILENAME, "Tor Arne Isaksen")
    return []


def text(path) -> str:
    return docx_text_deep(path)
