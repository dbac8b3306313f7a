"""Sametinget: a report written in Word, exported to PDF and then shrunk with Ghostscript before it was sent (as the
common «komprimer PDF» tools do: pdfwrite with /ebook settings): Producer «GPL Ghostscript», fonts re-subset and the
XMP packet rewritten by Ghostscript. The report has a
head in Sámi and Norwegian, an intro, one Heading 2 per measure, a paragraph and an italic line «Jf. delmål 1.4 i
strategien. Virkemiddel: … Ansvar: Sametinget, … I samarbeid med: … og …». The responsible is Sametinget with the
department after a comma. The trap is Sametinget's own committee on Sámi competence needs, modelled on KBU but no seat
in it. A language week held first in February 2094 is told only in words."""
from __future__ import annotations

import tempfile
from pathlib import Path

from docx.shared import Pt

from .common import INFO, KURS, PROSJEKT, RAD, add_runs, base_docx, docx_to_pdf, gs_print, pdf_text, row

FILENAME = "Sametinget – rapport til Kompetansepolitisk råd 2093.pdf"
MEMBER = "Sametinget"
FORMAT = ("PDF re-distilled by Ghostscript: a DOCX (python-docx) exported to PDF by LibreOffice, then shrunk with "
          "Ghostscript pdfwrite -dPDFSETTINGS=/ebook as «komprimer PDF» tools do (Producer «GPL Ghostscript "
          "10.00.0», Creator «Writer», fonts re-subset, Ghostscript's own XMP packet with a document UUID); dates, "
          "XMP UUIDs and /ID fixed")
SHAPE = ("ordinary Word report as a shrunk PDF: a head «Sámediggi – Sametinget», the title and place/date line, an intro, "
         "one Heading 2 per measure, a paragraph and an italic line «Jf. delmål 1.4 i strategien. Virkemiddel: "
         "rådsplass. Ansvar: Sametinget, opplæringsavdelingen. I samarbeid med: Sámi allaskuvla og Nord universitet.»; "
         "the responsible as Sametinget with the department after a comma; Sametinget's kind words (rådsplass, "
         "utvalg, veiledningstilbud, kurs, prosjektstøtte, arrangement); the RSA seat named «Rådet for samarbeid med "
         "arbeidslivet ved Sámi allaskuvla»; Sametinget's own committee on Sámi competence needs (modelled on KBU, "
         "not part of it) right after it; a language week held first in February 2094 told only in words")
NOT_TRUTH = ("the head, title, place and date, the intro, the «Jf. delmål …» and «Virkemiddel: …» parts of the italic "
             "lines and the labels, the word «og» between partners, the section 'Samisk språkuke i arbeidslivet' (held "
             "for the first time in February 2094), the closing lines")
SPLIT_FIELDS = ("samarbeidspartnere",)

# name, text, dm, virkemiddel, ansvar, partners, seed, type
ITEMS = [
    ("Rådet for samarbeid med arbeidslivet ved Sámi allaskuvla",
     "Sametinget har en plass i høgskolens råd for samarbeid med arbeidslivet. Rådet arbeidet i 2093 med behovet for "
     "samisktalende lærere og sykepleiere.", "1.4", "rådsplass", "Sametinget, opplæringsavdelingen", [], "M06", RAD),
    ("Samisk kompetansebehovsutvalg",
     "Sametinget oppnevnte i april et eget utvalg som skal analysere behovet for samisk språk- og kulturkompetanse i "
     "arbeidslivet. Utvalget er Sametingets eget og er ikke en del av Kompetansebehovsutvalget. Det hadde tre møter i "
     "2093.", "1.1", "utvalg", "Sametinget, plan- og analyseavdelingen", ["Sámi allaskuvla", "Nord universitet"],
     None, RAD),
    ("Samisk karriereveiledning i Finnmark",
     "Karrieresenteret i Karasjok tilbød veiledning på nordsamisk til voksne, også på reindriftsdistriktenes "
     "samlinger. Det ble holdt 260 samtaler.", "1.3", "veiledningstilbud", "Sametinget, opplæringsavdelingen",
     ["Finnmark fylkeskommune"], None, INFO),
    ("Kurs i reindriftsforvaltning for voksne",
     "Samlingsbasert kurs for voksne reineiere om drift, økonomi og regelverk, med 40 deltakere.", "3.1", "kurs",
     "Sametinget, næringsavdelingen", ["Samisk videregående skole og reindriftsskole"], None, KURS),
    ("Kompetansepluss i samiske områder",
     "Prosjekter der voksne i samiske lokalsamfunn styrker lese-, skrive- og digitale ferdigheter på samisk og norsk. "
     "Sju prosjekter fikk støtte i 2093.", "3.2", "prosjektstøtte", "Sametinget, opplæringsavdelingen", ["HK-dir"],
     None, PROSJEKT),
    ("Samisk språkuke i arbeidslivet",
     "Språkuka holdes for første gang i februar 2094. Planleggingen er i gang.", "3.6", "arrangement",
     "Sametinget, språkavdelingen", [], "", None),
]


def build(out) -> list[dict]:
    d = base_docx(font="Cambria", size=11)
    add_runs(d.add_paragraph(), [("Sámediggi – Sametinget", "b")])
    p = d.add_paragraph()
    add_runs(p, [("Rapport til Kompetansepolitisk råd 2093", "b")])
    p.runs[0].font.size = Pt(17)
    d.add_paragraph("Kárášjohka/Karasjok, 14.01.2094")
    d.add_paragraph("Sametinget rapporterer her tiltakene sine i 2093 for å følge opp Nasjonal kompetansepolitisk "
                    "strategi, med vekt på samisk språk, kultur og næringer.")
    rows = []
    for name, txt, dm, virk, ans, partners, seed, ty in ITEMS:
        d.add_heading(name, level=2)
        d.add_paragraph(txt)
        line = f"Jf. delmål {dm} i strategien. Virkemiddel: {virk}. Ansvar: {ans}."
        if partners:
            line += " I samarbeid med: " + " og ".join(partners) + "."
        add_runs(d.add_paragraph(), [(line, "i")])
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, ans, ", ".join(partners), txt))
    d.add_paragraph()
    d.add_paragraph("Dearvvuođaiguin / Med hilsen\nMáret Ánde Sara, seniorrådgiver")
    tmp = Path(tempfile.mkdtemp(prefix="h73_sam_"))
    try:
        docx_to_pdf(d, tmp / "s.pdf", author="Máret Ánde Sara")
        data = gs_print((tmp / "s.pdf").read_bytes(), "Rapport til Kompetansepolitisk råd 2093")
    finally:
        import shutil
        shutil.rmtree(tmp, ignore_errors=True)
    (out / FILENAME).write_bytes(data)
    return rows


def text(path) -> str:
    """The text layer, with the one ligature Ghostscript maps to two CJK code points («昀椀» for «fi») read as a
    clerk reads the glyphs."""
    return pdf_text(path).replace("\u6600\u6900", "fi")
