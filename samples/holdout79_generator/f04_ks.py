"""KS: a Word report printed to PDF in which every measure is introduced by a kicker – a small-caps line above the
heading that gives the working form and the delmål («rådsarbeid · delmål 2.3») – so the facts of a measure come
before its name, not after it. The kicker is typed in lower case and set in small capitals, which the PDF keeps as
capital letters. A conference moved to
April 2100 is told only in words."""
from __future__ import annotations

from .common import FOU, KURS, PROSJEKT, RAD, docx_bytes, new_docx, pdf_text, row, runs, stable_pdf

FILENAME = "KS – rapport til Kompetansepolitisk råd 2099.pdf"
MEMBER = "KS"
FORMAT = ("PDF exported by LibreOffice Writer from a DOCX (python-docx) with a small-caps kicker paragraph "
          "(w:smallCaps, letter-spaced, coloured) above each Heading 2, body paragraphs and an italic responsibility "
          "line; dates and /ID fixed")
SHAPE = ("magazine-style report with kickers: title, an intro saying that the line over each heading gives the "
         "working form and the delmål, then per measure a kicker typed in lower case in the Word file and set in "
         "small capitals, so the PDF's text reads «RÅDSARBEID · DELMÅL 2.3», «KARTLEGGING · DELMÅL 2.2»; the name "
         "as Heading 2, a paragraph and an italic line «Ansvarlig i KS: … – Samarbeid: …» («Samarbeid: –» = "
         "none); the facts of a measure stand above its name, so a reader that attaches a fact line to the heading "
         "before it shifts every measure by one; KS' kind words (rådsarbeid, kartlegging, utviklingsprosjekt, "
         "følgeforskning, lederopplæring, nettverk); the SRY seat «Samarbeidsrådet for yrkesopplæring – KS' to "
         "plasser»; KS' own follow-up study of the joint language project (its own study, not the joint measure); a "
         "closing section «Andre forhold» with a conference moved to April 2100 told only in words")
NOT_TRUTH = ("the title and intro, the kickers (kind and delmål), the labels «Ansvarlig i KS:» and «Samarbeid:» "
             "(«Samarbeid: –» = no partner), the section «Andre forhold» with 'Kompetansekonferansen for "
             "kommunesektoren' (moved to April 2100), the contact line")
SPLIT_FIELDS = ("samarbeidspartnere",)

# kicker kind, delmål, name, text, ansvarlig, samarbeid, seed, type
ROWS = [
    ("rådsarbeid", "2.3", "Samarbeidsrådet for yrkesopplæring – KS' to plasser",
     "KS har to av arbeidsgiverplassene i SRY. Rådet behandlet særlig tilbudsstrukturen i helse- og oppvekstfag og "
     "hvordan kommunene kan ta inn flere lærlinger.", "Arbeidsgiverpolitisk avdeling", "", "M01", RAD),
    ("kartlegging", "2.2", "Kommuneutvalget i Læringsbarometeret",
     "KS sto for kommuneutvalget i den felles undersøkelsen. 212 kommuner og alle fylkeskommunene svarte på spørsmål "
     "om opplæring og kompetansebehov.", "KS Analyse", "NHO, Virke", "J01", FOU),
    ("utviklingsprosjekt", "3.4", "Språksporet i kommunale barnehager og sykehjem",
     "Ansatte med kort botid i 18 kommuner fikk norskopplæring i arbeidstiden, og 60 språkombud ble lært opp på "
     "avdelingene.", "Arbeidsgiverpolitisk avdeling", "Unio, Spekter, 18 kommuner", "J05", PROSJEKT),
    ("følgeforskning", "3.4", "Følgestudie av Språksporet i Agder-kommunene",
     "KS bestilte en egen følgestudie av hvordan seks kommuner i Agder har organisert språkopplæringen. Studien er "
     "KS' egen og inngår ikke i fellesprosjektet; den ble levert i desember.", "KS Agder", "NORCE", None, FOU),
    ("lederopplæring", "2.1", "Lederprogram i digital transformasjon",
     "Program på 10 studiepoeng for ledere i kommunene om å lede innføringen av kunstig intelligens i tjenestene. 95 "
     "ledere fullførte.", "KS Læring", "Universitetet i Agder", None, KURS),
    ("nettverk", "1.2", "Kompetansenettverk for kommunene i Nordland",
     "Nettverket samlet 30 kommuner til fire samlinger om kompetanseplaner og felles rekruttering av fagfolk.",
     "KS Nordland", "Nordland fylkeskommune", None, RAD),
]


def build(out) -> list[dict]:
    from docx.shared import Pt, RGBColor
    d = new_docx(font="Source Sans Pro", size=10.5, margin_cm=2.3)
    p = d.add_paragraph()
    runs(p, [("KS' rapport til Kompetansepolitisk råd 2099", "bs17")])
    d.add_paragraph(
        "KS rapporterer her tiltakene i 2099. Linjen over hver overskrift viser arbeidsformen og hvilket delmål i "
        "strategien tiltaket hører til.")
    for kind, dm, name, text_, ans, sam, *_r in ROWS:
        k = d.add_paragraph()
        k.paragraph_format.space_before = Pt(14)
        k.paragraph_format.space_after = Pt(0)
        r = k.add_run(f"{kind} · delmål {dm}")
        r.font.small_caps = True
        r.bold = True
        r.font.size = Pt(8.5)
        r.font.color.rgb = RGBColor(0xC0, 0x50, 0x4D)
        _add_spacing(r, 20)
        h = d.add_heading(name, level=2)
        h.paragraph_format.space_before = Pt(0)
        d.add_paragraph(text_)
        p = d.add_paragraph()
        runs(p, [(f"Ansvarlig i KS: {ans} – Samarbeid: {sam or '–'}", "i")])
    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(14)
    runs(p, [("Andre forhold", "b")])
    d.add_paragraph("Kompetansekonferansen for kommunesektoren var planlagt i november, men ble flyttet og holdes i "
                    "april 2100.")
    p = d.add_paragraph()
    runs(p, [("Kontakt: Marit Solvang, spesialrådgiver, KS", "i")])
    (out / FILENAME).write_bytes(stable_pdf(docx_bytes(d, "Marit Solvang"), ".docx"))
    return [row(FILENAME, MEMBER, n, seed, dm, ty, a, s, t) for _k, dm, n, t, a, s, seed, ty in ROWS]


def _add_spacing(run, twips: int) -> None:
    """Letter spacing, placed before w:sz as the schema orders a run's properties."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    e = OxmlElement("w:spacing")
    e.set(qn("w:val"), str(twips))
    run._r.get_or_add_rPr().find(qn("w:sz")).addprevious(e)


def text(path) -> str:
    return pdf_text(path)
