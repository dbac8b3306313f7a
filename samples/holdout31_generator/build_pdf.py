"""PDFs drawn with reportlab: KS (one form per tiltak, type as
checkboxes) and Fagskolerådet (a slide deck in Nynorsk)."""
from __future__ import annotations

import os

from reportlab.lib.colors import HexColor, black, white
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from .common import ARR, DM_NB, FOU, INFO, KURS, PROS, RUN, fix_pdf
from .data_a import KS
from .data_b import FAGSKOLERADET

FONT_DIR = "/usr/share/fonts/truetype/dejavu"


def fonts():
    for name, fn in (("DV", "DejaVuSans.ttf"), ("DVB", "DejaVuSans-Bold.ttf"),
                     ("DVI", "DejaVuSans-Oblique.ttf")):
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, os.path.join(FONT_DIR, fn)))


def new_canvas(path, size, title, author):
    c = canvas.Canvas(path, pagesize=size, invariant=1, pageCompression=0)
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator("Microsoft Word")
    return c


def wrap(c, text, x, y, width, font="DV", size=9.5, lead=12.5):
    for line in simpleSplit(text, font, size, width):
        c.setFont(font, size)
        c.drawString(x, y, line)
        y -= lead
    return y


# ------------------------------------------------------------------ KS
KS_TYPES = [FOU, RUN, PROS, KURS, INFO, ARR]


def ks_form(c, r, i, top):
    left, width = 50, A4[0] - 100
    c.setStrokeColor(HexColor("#7F7F7F"))
    c.setFillColor(HexColor("#E7EEF7"))
    c.rect(left, top - 22, width, 22, fill=1, stroke=1)
    c.setFillColor(black)
    c.setFont("DVB", 11)
    c.drawString(left + 8, top - 15, f"Tiltak nr. {i}")
    y = top - 42
    lab = 140

    def field(label, value):
        nonlocal y
        c.setFont("DVB", 9)
        c.drawString(left + 8, y, label)
        y2 = wrap(c, value or "–", left + lab, y, width - lab - 8)
        c.setStrokeColor(HexColor("#BFBFBF"))
        c.line(left + lab - 4, y2 + 9, left + width - 8, y2 + 9)
        y = y2 - 6

    field("Navn på tiltaket:", r.tiltak)
    field("Delmål (nr. og navn):", f"{r.delmal} {DM_NB[r.delmal]}")
    c.setFont("DVB", 9)
    c.drawString(left + 8, y, "Type tiltak (kryss av):")
    for k, typ in enumerate(KS_TYPES):
        col, row = k % 3, k // 3
        mark = "\u2612" if typ == r.type else "\u2610"
        c.setFont("DV", 9.5)
        c.drawString(left + lab + col * 125, y - row * 14, f"{mark} {typ}")
    y -= 34
    field("Ansvarlig:", r.ansvarlig)
    field("Samarbeidspartnere:", r.partnere)
    c.setFont("DVB", 9)
    c.drawString(left + 8, y, "Kort beskrivelse:")
    y = wrap(c, r.beskrivelse, left + 8, y - 14, width - 16)
    c.setStrokeColor(HexColor("#7F7F7F"))
    c.rect(left, y - 4, width, top - y + 4, fill=0, stroke=1)
    return y - 30


def ks(out):
    fonts()
    path = os.path.join(out, "KS_rapporteringsskjema_2051.pdf")
    c = new_canvas(path, A4, "Rapporteringsskjema 2051", "KS")
    w, h = A4
    c.setFont("DVB", 14)
    c.drawString(50, h - 60, "KS – Kommunesektorens organisasjon")
    c.setFont("DV", 11)
    c.drawString(50, h - 80, "Rapporteringsskjema – Kompetansepolitisk råd, "
                 "rapporteringsår 2051")
    y = wrap(c, "Skjemaet fylles ut for hvert tiltak. Sett kryss for den "
             "tiltakstypen som passer best. Skjemaet sendes sekretariatet "
             "innen 1. februar.", 50, h - 104, w - 100, "DVI", 9)
    y -= 10
    page = 1
    for i, r in enumerate(KS, 1):
        if y < 250:
            c.setFont("DV", 8)
            c.drawCentredString(w / 2, 30, f"Side {page}")
            c.showPage()
            page += 1
            y = h - 60
        y = ks_form(c, r, i, y)
    y = wrap(c, "Utfylt av: Lene Holmberg, KS Arbeidsgiverpolitikk, "
             "31.01.2052", 50, y, w - 100, "DVI", 9)
    c.setFont("DV", 8)
    c.drawCentredString(w / 2, 30, f"Side {page}")
    c.showPage()
    c.save()
    fix_pdf(path)
    return path


# ------------------------------------------------------------------ Fagskolerådet
SLIDE = (960, 540)
NAVY = HexColor("#1F3864")


def slide_frame(c, n):
    w, h = SLIDE
    c.setFillColor(NAVY)
    c.rect(0, 0, w, 28, fill=1, stroke=0)
    c.setFillColor(white)
    c.setFont("DV", 10)
    c.drawString(30, 10, "Fagskulerådet · Kompetansepolitisk råd 2051")
    c.drawRightString(w - 30, 10, str(n))
    c.setFillColor(black)


def bullets(c, items, y, x=70, size=20):
    w = SLIDE[0]
    for it in items:
        lines = simpleSplit(it, "DV", size, w - x - 90)
        c.setFont("DV", size)
        c.drawString(x - 26, y, "•")
        for ln in lines:
            c.drawString(x, y, ln)
            y -= size * 1.35
        y -= 8
    return y


def fagskoleradet(out):
    fonts()
    path = os.path.join(out, "Fagskuleradet_presentasjon_2051.pdf")
    c = new_canvas(path, SLIDE, "Tiltak 2051", "Fagskulerådet")
    w, h = SLIDE
    n = 1
    c.setFillColor(NAVY)
    c.rect(0, 0, w, h, fill=1, stroke=0)
    c.setFillColor(white)
    c.setFont("DVB", 40)
    c.drawString(60, 300, "Fagskulerådet")
    c.setFont("DV", 24)
    c.drawString(60, 255, "Tiltak i 2051 – rapportering til "
                 "Kompetansepolitisk råd")
    c.setFont("DV", 16)
    c.drawString(60, 200, "Rådsmøte 12. mars 2052")
    c.showPage()
    n += 1
    for title, items in (
        ("Om Fagskulerådet", [
            "Interesseorganisasjon for offentlege og private fagskular",
            "Over 80 medlemsskular og om lag 30 000 studentar",
            "Fagskulane er ein viktig del av kompetansepolitikken"]),
    ):
        slide_frame(c, n)
        c.setFont("DVB", 30)
        c.drawString(44, h - 80, title)
        bullets(c, items, h - 150)
        c.showPage()
        n += 1
    for r in FAGSKOLERADET:
        slide_frame(c, n)
        c.setFillColor(HexColor("#2E75B6"))
        c.setFont("DV", 14)
        c.drawString(44, h - 40, f"Delmål {r.delmal}  |  {r.tw}")
        c.setFillColor(black)
        yy = h - 84
        for ln in simpleSplit(r.tiltak, "DVB", 28, w - 90):
            c.setFont("DVB", 28)
            c.drawString(44, yy, ln)
            yy -= 34
        parts = [p.strip() for p in r.beskrivelse.split(". ") if p.strip()]
        parts = [p if p.endswith(".") else p + "." for p in parts]
        bullets(c, parts, yy - 30)
        c.setFillColor(HexColor("#F2F2F2"))
        c.rect(30, 40, w - 60, 44, fill=1, stroke=0)
        c.setFillColor(black)
        c.setFont("DV", 13)
        txt = f"Ansvarleg: {r.ansvarlig}"
        if r.partnere:
            txt += f"      Partnarar: {r.partnere}"
        c.drawString(44, 57, txt)
        c.showPage()
        n += 1
    slide_frame(c, n)
    c.setFont("DVB", 30)
    c.drawString(44, h - 80, "Vegen vidare")
    bullets(c, ["Fleire desentraliserte tilbod i 2052",
                "Betre statistikk over fagskulestudentar i arbeid",
                "Takk for merksemda! Spørsmål: post@fagskoleradet.no"],
            h - 150)
    c.showPage()
    c.save()
    fix_pdf(path)
    return path


def build(out):
    return [ks(out), fagskoleradet(out)]
