"""Akademikerne: a DOCX that was made by opening a PDF in LibreOffice Writer (PDF import) and saving it as Word, as
one does to «convert a PDF to Word»: every line of the page became its own absolutely positioned text frame
(wps:wsp text boxes with a VML fallback), so the body holds no ordinary paragraphs of text, sentences are cut at the
old line ends and the reading order is only given by the frames' positions. The PDF itself was a LibreOffice export of
a plain report: per measure a bold name line, a fact line and a short paragraph. An item that starts in April 2096 is
told only in words."""
from __future__ import annotations

import re
import zipfile

from docx.shared import Pt

from .common import FOU, INFO, KURS, ARR, RAD, add_runs, base_docx, docx_pdf_bytes, lo_convert_bytes, \
    normalise_zip_bytes, row

FILENAME = "Akademikerne tiltak 2095 (konvertert fra PDF).docx"
MEMBER = "Akademikerne"
FORMAT = ("DOCX written by LibreOffice Writer («MS Word 2007 XML») after importing a PDF with its PDF import filter "
          "(writer_pdf_import): every text line an absolutely positioned text frame (mc:AlternateContent with a "
          "wps:wsp text box and a VML v:shape fallback), anchored to empty paragraphs; the PDF was exported by "
          "LibreOffice from a DOCX (python-docx); zip timestamps normalised")
SHAPE = ("converted PDF: title and intro lines, then per measure a bold name line, a fact line «Delmål 2.2 · Analyse · "
         "Ansvar: Samfunnsøkonomene · Partnere: …» and a paragraph broken into line frames; delmål as a plain code; "
         "Akademikerne's kind words (Rådsplass, Analyse, Kurs, Nettressurs, Fagdag); the KBU seat «Akademikernes "
         "medlem i Kompetansebehovsutvalget» and the UHR-FSE seat «Tekna i UHR-MNT»; a programme that starts in April "
         "2096 told only in words; a contact line")
NOT_TRUTH = ("the title and intro, the fact lines' labels, codes and kind words, the block 'Mentorprogram for "
             "nyutdannede' (starts in April 2096), the contact line")
SPLIT_FIELDS = ("samarbeidspartnere",)
SENTENCE_FIELDS = ("beskrivelse",)

# name, dm, kind, ansvar, partnere, text, seed, type
ROWS = [
    ("Akademikernes medlem i Kompetansebehovsutvalget", "1.1", "Rådsplass", "Akademikerne sentralt", "",
     "Akademikernes utredningsleder er medlem av utvalget. Hun fulgte særlig opp analysene av behovet for "
     "realfagskompetanse i offentlig sektor.", "M01", RAD),
    ("Tekna i UHR-MNT", "1.4", "Rådsplass", "Tekna", "",
     "Tekna har en plass i UHRs fagstrategiske enhet for matematikk, naturvitenskap og teknologi. Enheten drøftet i "
     "2095 praksis i ingeniørutdanningen.", "M06", RAD),
    ("Læringsbarometeret 2095 – akademikerutvalget", "2.2", "Analyse", "Samfunnsøkonomene", "Spekter, UHR, NIFU",
     "Akademikerne betalte for et eget utvalg på 1 500 medlemmer i den felles undersøkelsen og la fram funnene på "
     "Arendalsuka.", "J05", FOU),
    ("Kurs i kunstig intelligens for jurister", "2.1", "Kurs", "Juristforbundet", "Universitetet i Bergen",
     "Nettkurs over seks uker om bruk av KI i juridisk arbeid. 900 jurister fullførte.", None, KURS),
    ("Karriereveiledning for seniorer – nettressurs", "1.3", "Nettressurs", "Akademikerne sentralt", "",
     "Nettside med råd, filmer og sjekklister for medlemmer over 55 år som vurderer ny jobb eller videreutdanning.",
     None, INFO),
    ("Fagdag om kompetansepolitikk", "2.2", "Fagdag", "Samfunnsøkonomene", "Handelshøyskolen BI",
     "Fagdag i Oslo i mars om hva investering i kompetanse gir samfunnet. 170 deltok.", None, ARR),
    ("Mentorprogram for nyutdannede", "1.4", "Kurs", "Akademikerne sentralt", "",
     "Programmet er klart og starter i april 2096.", "", None),
]


def _source_pdf() -> bytes:
    d = base_docx(font="DejaVu Sans", size=10, margins_cm=2.2)
    p = d.add_paragraph()
    add_runs(p, [("Akademikerne – tiltak i kompetansestrategien 2095", "b")])
    p.runs[0].font.size = Pt(14)
    d.add_paragraph("Akademikerne og foreningene rapporterer her sine tiltak for 2095.")
    for n, dm, kind, ans, par, txt, *_r in ROWS:
        p = d.add_paragraph()
        add_runs(p, [(n, "b")])
        p.paragraph_format.space_before = Pt(8)
        fact = f"Delmål {dm} · {kind} · Ansvar: {ans}"
        if par:
            fact += f" · Partnere: {par}"
        add_runs(d.add_paragraph(), [(fact, "i")])
        d.add_paragraph(txt)
    d.add_paragraph()
    d.add_paragraph("Kontakt: Jon Eirik Brekke, Akademikerne")
    return docx_pdf_bytes(d, "Jon Eirik Brekke")


def build(out) -> list[dict]:
    data = lo_convert_bytes(_source_pdf(), ".pdf", "docx:MS Word 2007 XML", "docx", infilter="writer_pdf_import")
    (out / FILENAME).write_bytes(normalise_zip_bytes(data))
    return [row(FILENAME, MEMBER, n, seed, dm, ty, ans, par, txt) for n, dm, _k, ans, par, txt, seed, ty in ROWS if ty]


_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def frames(path) -> list[tuple[int, int, str]]:
    """(y, x, text) of every text frame in the DrawingML branch, in the order of the document."""
    from lxml import etree
    with zipfile.ZipFile(path) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    wp = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
    out = []
    page = 0
    for el in root.iter():
        if el.tag == _NS + "br" and el.get(_NS + "type") == "page":
            page += 1
        if el.tag == wp + "anchor":
            x = int(el.find(f"{wp}positionH/{wp}posOffset").text)
            y = int(el.find(f"{wp}positionV/{wp}posOffset").text)
            t = "".join(t.text or "" for t in el.iter(_NS + "t"))
            out.append((page * 10 ** 9 + y, x, t))
    return out


def text(path) -> str:
    """The frames' lines in reading order (top to bottom, then left to right)."""
    lines = [t for _y, _x, t in sorted(frames(path), key=lambda f: (f[0], f[1]))]
    return re.sub(r"[ \t]+", " ", "\n".join(lines))
