"""11 – UHR: the secretariat's flat (non-fillable) PDF form, filled in with typewriter annotations."""
from __future__ import annotations

import textwrap
from pathlib import Path

from .common import R

FILE = "UHR_rapporteringsskjema_2070_utfylt.pdf"
MEMBER = "UHR"
HOW = ("PDF (reportlab canvas, invariant): flat form as page text; every answer is a FreeText "
       "annotation (/IT /FreeTextTypewriter, UTF-16 /Contents) with its own appearance stream")
SHAPE = ("Flat printed form 'filled in' with a PDF reader's add-text tool: labels and empty boxes are "
         "page content, the answers exist only as FreeText annotations (page text extraction sees only "
         "the labels); six blocks over two pages, the last left empty; type answered in UHR's own words "
         "although the label lists the six types; a 'Merknader' box mentions 2071")

ROWS = [
    R("Råd for samarbeid med arbeidslivet (RSA)", "M05", "1.4", "Råd/utvalg/nettverk",
      "UHR og institusjonene", "",
      "UHR har plass i rådet og bidrar i arbeidet med praksisavtaler mellom UH-sektoren og arbeidslivet.",
      tw="Råd", dm="1.4"),
    R("UHR-fagstrategiske enheter", "M06", "1.4", "Råd/utvalg/nettverk", "UHR",
      "Arbeidslivets organisasjoner",
      "Enhetene for helse, lærerutdanning og teknologi hadde egne møter med arbeidslivet i 2070.",
      tw="Nettverk", dm="1.4"),
    R("Nasjonal konferanse om etter- og videreutdanning i UH-sektoren", "U25", "2.4", "Arrangement",
      "UHR", "HK-dir, NHO, KS",
      "Konferanse i Tromsø med 260 deltakere om fleksible og bransjerettede tilbud.",
      tw="Konferanse", dm="2.4"),
    R("Kartlegging av fleksible og desentraliserte studietilbud", "U26", "2.4", "FoU", "UHR",
      "NOKUT", "Rapport som viser omfanget av fleksible tilbud ved 31 institusjoner.",
      tw="Kartlegging", dm="2.4 (kobling til utdanningstilbydere)"),
    R("Veiledning om godkjenning av utenlandsk høyere utdanning", "U27", "2.6", "Informasjon", "UHR",
      "HK-dir", "Felles veiledning til institusjonene om faglig godkjenning og innpassing.",
      tw="Veiledningsmateriell", dm="2.6"),
]

LABELS = [("Tiltak (navn)", "", 1), ("Delmål (nr.)", "", 1),
          ("Type tiltak", "FoU / Kurs/utdanning / Råd/utvalg/", 1),
          ("Ansvarlig", "", 1), ("Samarbeidspartnere", "", 1), ("Kort beskrivelse", "", 2)]
TYPE_HINT2 = "nettverk / Prosjekt / Informasjon / Arrangement"


def _Hex(text: str):
    """A PDF text string written as UTF-16BE with BOM, the way Acrobat stores annotation text."""
    from reportlab.pdfbase.pdfdoc import PDFObject

    class _H(PDFObject):
        def __init__(self, s: str):
            self.s = s

        def format(self, document):
            return b"<FEFF" + self.s.encode("utf-16-be").hex().upper().encode("ascii") + b">"

    return _H(text)


def _ft_class():
    from reportlab.pdfbase import pdfdoc

    class FT(pdfdoc.FreeTextAnnotation):
        permitted = pdfdoc.FreeTextAnnotation.permitted + ("IT", "Subj", "NM", "CreationDate", "DS")

        def cvtdict(self, d, escape=1):
            d["Rect"] = pdfdoc.PDFArray(d["Rect"])
            return d

    return FT


def build(out: Path) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfdoc
    from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary, PDFName, PDFObjectReference, PDFString
    from reportlab.pdfgen import canvas

    FT = _ft_class()
    W, H = A4
    path = out / FILE
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setTitle("Rapporteringsskjema 2070")
    c.setAuthor("Sekretariatet for Kompetansepolitisk råd")
    counter = [0]

    def answer(x, y, w, h, text, size=9):
        counter[0] += 1
        name = f"uhrans{counter[0]:02d}"
        lines = []
        for part in text.split("\n"):
            lines += textwrap.wrap(part, int(w / (size * 0.5))) or [""]
        c.beginForm(name, 0, 0, w, h)
        c.setFont("Helvetica", size)
        c.setFillColorRGB(0.05, 0.1, 0.55)
        yy = h - size - 1
        for ln in lines:
            c.drawString(2, yy, ln)
            yy -= size + 2
        c.endForm()
        a = FT((x, y, x + w, y + h), _Hex(text), PDFString(f"/Helv {size} Tf 0.05 0.1 0.55 rg"),
               AP=PDFDictionary({"N": PDFObjectReference(pdfdoc.xObjectName(name))}),
               IT=PDFName("FreeTextTypewriter"), F=4, Border=PDFArray([0, 0, 0]), T=_Hex("UHR – Tone Aas"),
               NM=PDFString(f"ann-{counter[0]:02d}"), M=PDFString("D:20710129141500+01'00'"))
        c._addAnnotation(a, None, 1)

    blocks = ROWS + [None]
    for page in (0, 1):
        c.setFont("Helvetica-Bold", 13)
        c.drawString(50, H - 55, "Rapportering av tiltak 2070 – Kompetansepolitisk råd")
        c.setFont("Helvetica", 8.5)
        c.drawString(50, H - 70, "Fyll ut ett felt per tiltak. Skjemaet kan fylles ut digitalt eller skrives ut.")
        c.drawRightString(W - 50, H - 55, f"Side {page + 1} av 2")
        top = H - 90
        if page == 0:
            c.setFont("Helvetica-Bold", 9)
            c.drawString(50, top - 14, "Medlem:")
            c.rect(110, top - 20, 250, 18)
            answer(112, top - 19, 246, 16, "Universitets- og høgskolerådet (UHR)")
            top -= 34
        for k in range(3):
            idx = page * 3 + k
            r = blocks[idx]
            c.setFont("Helvetica-Bold", 10)
            c.drawString(50, top - 12, f"Tiltak {idx + 1}")
            y = top - 20
            for label, hint, nlines in LABELS:
                hgt = 16 * nlines + 4 + (6 if hint else 0)
                c.setFont("Helvetica", 7.5)
                c.drawString(50, y - 10, label)
                if hint:
                    c.setFont("Helvetica", 5.2)
                    c.drawString(50, y - 17, hint)
                    c.drawString(50, y - 23, TYPE_HINT2)
                c.rect(175, y - hgt, W - 225, hgt)
                if r is not None:
                    val = {"Tiltak (navn)": r.tiltak, "Delmål (nr.)": r.x("dm"), "Ansvarlig": r.ansvarlig,
                           "Samarbeidspartnere": r.samarbeidspartnere, "Kort beskrivelse": r.beskrivelse}
                    v = val.get(label, r.x("tw"))
                    if v:
                        answer(177, y - hgt + 1, W - 229, hgt - 2, v)
                y -= hgt + 3
            top = y - 14
        if page == 1:
            c.setFont("Helvetica-Bold", 9)
            c.drawString(50, top - 10, "Merknader")
            c.rect(175, top - 46, W - 225, 40)
            answer(177, top - 45, W - 229, 38,
                   "Felles nettside for etter- og videreutdanning lanseres først i 2071 og er derfor ikke "
                   "ført opp som tiltak.")
        c.setFont("Helvetica", 7)
        c.drawString(50, 30, "Skjema KPR-R1 (versjon 2070) · Returneres sekretariatet innen 1. februar 2071")
        c.showPage()
    c.save()
    return path
