"""Spekter: a one-page PDF table whose last column only says 'Se kommentar'; the description of every measure was
added afterwards as a sticky-note comment (Text annotation) by a colleague reviewing the PDF, so it is in the
annotation's /Contents and nowhere on the page."""
from __future__ import annotations

import codecs
import io

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase.pdfdoc import PDFString

from .common import ARR, INFO, KURS, RAD, row
from .rl import new_canvas, wrap


def u16(s: str) -> PDFString:
    """A PDF text string in UTF-16BE with BOM, as PDF readers write comments."""
    return PDFString(codecs.BOM_UTF16_BE + s.encode("utf-16-be"), enc="raw")

FILENAME = "Spekter KPR 2075 – med kommentarer.pdf"
MEMBER = "Spekter"
FORMAT = ("PDF (reportlab canvas, invariant), A4 landscape, with Text annotations (sticky notes: /Subtype /Text, "
          "/T author, /M date, /Contents, /Name /Comment) placed at the end of each row")
SHAPE = ("table Tiltak / Delmål / Type / Ansvarlig / Samarbeid / Omtale where every Omtale cell reads 'Se "
         "kommentar'; the descriptions are only in sticky-note comments anchored to the rows; delmål as code or "
         "words only, Spekter's own type words; a struck-through row with the comment 'Avsluttet 2074 – tas ut' "
         "and a row marked '(fra 2076)' (not truth rows); a reviewer's general comment on the title")
NOT_TRUTH = ("the title, the footer, the column heads, the struck-through row 'Strategisk kompetanseplan for "
             "sykehusene' and its comment (finished 2074), the row 'Nasjonal bemanningsmodell for helse (fra 2076)' "
             "and its comment, the general comment on the title ('Husk å sjekke tallene før vi sender')")

COLS = [("Tiltak", 285), ("Delmål", 120), ("Type", 72), ("Ansvarlig", 92), ("Samarbeid", 120), ("Omtale", 66)]
# (name, delmål, type, ansvar, samarbeid, comment, kind, truth); kind: '' | 'strike' | 'later'
ROWS = [
    ("Spekter i Kompetansebehovsutvalget", "1.1", "Utvalg", "Spekter", "",
     "Spekter har ett medlem i KBU og bidro med tall om kompetansebehovet i helseforetakene til hovedrapporten.",
     "", ("M01", "1.1", RAD)),
    ("UHR-Helse og velferd – Spekters representant", "1.4", "Råd", "Spekter helse", "",
     "Spekter er representert i UHR-Helse og velferd og har arbeidet for flere praksisplasser i "
     "spesialisthelsetjenesten.", "", ("M04", "1.4", RAD)),
    ("Fagbrev for assistenter i helse (FAH) i helseforetakene", "Dokumentere kompetanse fra arbeidslivet",
     "Kompetanseløp", "Helseforetakene", "Fagforbundet, KS",
     "Helseforetakene ga 190 assistenter et løp fram mot fagbrev som helsefagarbeider gjennom "
     "praksiskandidatordningen.", "", ("J01", "2.5", KURS)),
    ("Strategisk kompetanseplan for sykehusene", "2.4", "Plan", "Spekter helse", "", "Avsluttet 2074 – tas ut",
     "strike", None),
    ("Lederprogram for førstelinjeledere i helseforetak", "2.4", "Program", "Spekter", "BI",
     "Et seks måneders program for nye ledere med personalansvar; 85 deltakere fra fire helseregioner.", "",
     (None, "2.4", KURS)),
    ("Spekters oppsummering til RSA-ene om praksisplasser", "1.4", "Notat", "Spekter helse", "",
     "Et notat som ble sendt til rådene for samarbeid med arbeidslivet ved universitetene, med "
     "helseforetakenes erfaringer med praksisplasser.", "", (None, "1.4", INFO)),
    ("Arbeidsgiverseminar om livslang læring", "Kunnskap om læring i arbeidslivet", "Seminar", "Spekter", "NIFU",
     "Et seminar for medlemsvirksomhetene om forskning på læring i arbeidslivet og hva det koster å la være.", "",
     (None, "2.2", ARR)),
    ("Nasjonal bemanningsmodell for helse (fra 2076)", "2.2", "Utredning", "Spekter helse", "",
     "Starter i 2076, ikke med i år.", "later", None),
]


def build(out) -> list[dict]:
    PW, PH = landscape(A4)
    c, buf = new_canvas((PW, PH), "Spekter – tiltak 2075", "Spekter", "Microsoft® Word for Microsoft 365",
                        "Microsoft® Word for Microsoft 365")
    x0, y = 34, PH - 50
    c.setFont("DV-B", 15)
    c.drawString(x0, y, "Spekter – tiltak til Kompetansepolitisk råd, 2075")
    c.textAnnotation(u16("Husk å sjekke tallene før vi sender. /Lise"), Rect=(x0 + 420, y - 4, x0 + 440, y + 14),
                     relative=0, T=PDFString("Lise Moen"), M=PDFString("D:20760112091500+01'00'"),
                     Name="/Comment", Open="false", Color=(1, 0.82, 0.1))
    y -= 30
    total = sum(w for _h, w in COLS)
    c.setFillColorRGB(0.86, 0.9, 0.95)
    c.rect(x0, y - 6, total, 18, fill=1, stroke=0)
    c.setFillColorRGB(0, 0, 0)
    x = x0
    for h, w in COLS:
        c.setFont("DV-B", 9)
        c.drawString(x + 3, y, h)
        x += w
    y -= 10
    rows = []
    for i, (name, dm, typ, ansv, samarb, comment, kind, truth) in enumerate(ROWS):
        cells = [name, dm, typ, ansv, samarb or "–", "Se kommentar"]
        wrapped = [wrap(v, "DV", 8, w - 6) for v, (_h, w) in zip(cells, COLS)]
        n = max(len(wl) for wl in wrapped)
        h = n * 11 + 6
        c.setStrokeColorRGB(0.7, 0.7, 0.7)
        c.line(x0, y, x0 + total, y)
        x = x0
        for wl, (_h, w) in zip(wrapped, COLS):
            yy = y - 12
            c.setFont("DV", 8)
            c.setFillColorRGB(0.45, 0.45, 0.45) if kind else c.setFillColorRGB(0, 0, 0)
            for ln in wl:
                c.drawString(x + 3, yy, ln)
                yy -= 11
            x += w
        if kind == "strike":
            c.setStrokeColorRGB(0.8, 0, 0)
            c.line(x0, y - h / 2, x0 + total, y - h / 2)
        ax = x0 + total + 4
        c.textAnnotation(u16(comment), Rect=(ax, y - 16, ax + 18, y - 2), relative=0,
                         T=PDFString("Lise Moen"), M=PDFString(f"D:2076011209{20 + i:02d}00+01'00'"),
                         Name="/Comment", Open="false", Color=(1, 0.82, 0.1))
        y -= h
        if truth:
            rows.append(row(FILENAME, MEMBER, name, truth[0], truth[1], truth[2], ansv, samarb, comment))
    c.setStrokeColorRGB(0.7, 0.7, 0.7)
    c.line(x0, y, x0 + total, y)
    c.setFont("DV", 8)
    c.setFillColorRGB(0.3, 0.3, 0.3)
    c.drawString(x0, 30, "Spekter · Postboks 7004 Majorstuen · 0306 Oslo · side 1 av 1")
    c.showPage()
    c.save()
    (out / FILENAME).write_bytes(buf.getvalue())
    return rows


def text(path) -> str:
    import pdfplumber
    out = []
    with pdfplumber.open(io.BytesIO(path.read_bytes())) as pdf:
        for page in pdf.pages:
            out.append(page.extract_text() or "")
            for a in page.annots:
                out.append(a.get("contents") or "")
    return "\n".join(out)
