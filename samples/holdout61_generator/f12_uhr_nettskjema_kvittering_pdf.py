"""UHR: the receipt page of the secretariat's web form, printed from the browser to PDF. The receipt repeats every
question with the answer under it; the measures are repeated blocks «Tiltak n av 6». Optional questions left empty
show «Ikke besvart», and a last free-text answer names a measure from 2080 and one starting in 2082."""
from __future__ import annotations

import io

from .common import ARR, FOU, KURS, RAD, pdf_text, rl_wrap, row, setup_reportlab

FILENAME = "Nettskjema kvittering UHR rapportering 2081.pdf"
MEMBER = "UHR"
FORMAT = ("PDF (reportlab canvas, invariant) imitating a browser print of a web-form receipt: print header with "
          "date/time and page title, URL and 'n/N' in the footer; Creator/Producer as a browser's PDF printer")
SHAPE = ("web-form receipt «Kvittering for innsendt svar»: submission time and reference number, questions in bold "
         "with the answer under each, the measures as repeated blocks «Tiltak n av 6» (Navn på tiltaket / Hvilket "
         "delmål bidrar tiltaket mest til? «1.4 Samarbeid mellom utdanning og arbeidsliv» / Type tiltak in the "
         "form's option words / Hvem er ansvarlig? / Samarbeidspartnere (valgfritt) / Kort beskrivelse); empty "
         "optional answers print «Ikke besvart»; a last free-text question on 2080 and 2082")
NOT_TRUTH = ("the print header and footer, the form title, the receipt line and reference number, the questions, "
             "the member and contact answers, the count, the answers «Ikke besvart» (no partner), the last free-text "
             "answer (Nasjonal EVU-konferanse 2080, not continued; felles opptak til EVU-emner from 2082)")
SPLIT_FIELDS = ("samarbeidspartnere",)

DM_WORDS = {"1.4": "1.4 Samarbeid mellom utdanning og arbeidsliv",
            "2.4": "2.4 Koble kompetansebehov og etter- og videreutdanning"}
TYPE_WORDS = {RAD: "Råd, utvalg eller nettverk", KURS: "Kurs eller utdanning", ARR: "Arrangement",
              FOU: "Forskning, utredning eller analyse"}
# name, dm, type, ansvar, partners, text, seed
ITEMS = [
    ("Råd for samarbeid med arbeidslivet ved Universitetet i Bergen", "1.4", RAD, "Universitetet i Bergen", "",
     "Rådet ved UiB behandlet en ny ordning for arbeidslivspraksis i humanistiske fag. UHR rapporterer på vegne av "
     "medlemsinstitusjonen.", "M04"),
    ("De fagstrategiske enhetene i UHR", "1.4", RAD, "UHR", "",
     "Enhetene, blant dem UHR-Lærerutdanning og UHR-Helse og velferd, ga råd om studieprogram og praksis i "
     "profesjonsutdanningene.", "M06"),
    ("Bransjeprogrammet for varehandel – emner fra universitetene", "2.4", KURS, "UHR", "Virke, Fagskolerådet",
     "Fem universiteter og høgskoler leverte emner på 7,5 studiepoeng i handelsledelse og logistikk til "
     "programmet.", "J06"),
    ("Ledersamling for RSA-sekretariatene", "1.4", ARR, "UHR", "",
     "En todagers samling for sekretariatene til rådene for samarbeid med arbeidslivet, om erfaringsdeling og "
     "gode saksprosesser. Samlingen er UHRs egen.", None),
    ("Nasjonal EVU-konferanse 2081", "2.4", ARR, "UHR", "HK-dir, NHO",
     "Konferanse i Bergen om fleksibel etter- og videreutdanning, med 340 deltakere.", None),
    ("Kartlegging av praksisplasser i profesjonsutdanningene", "1.4", FOU, "UHR", "KS, Spekter",
     "Kartlegging av hvor mange praksisplasser utdanningene trenger og får, fordelt på fag og region.", None),
]
W, H = 595.27, 841.89
URL = "https://nettskjema.no/answer/receipt/31877204?token=7f3c9a"


def build(out) -> list[dict]:
    setup_reportlab()
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(W, H), invariant=1)
    c.setTitle("Kvittering – Nettskjema")
    c.setCreator("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                 "Chrome/171.0.0.0 Safari/537.36")
    c.setProducer("Skia/PDF m171")
    blocks = [("h1", "Rapportering av tiltak 2081 – Kompetansepolitisk råd"),
              ("h2", "Kvittering for innsendt svar"),
              ("p", "Svaret ble sendt inn 22.01.2082 kl. 14:05. Referansenummer: 31877204. Ta vare på kvitteringen."),
              ("q", "Hvilket medlem svarer du for?"), ("a", "Universitets- og høgskolerådet (UHR)"),
              ("q", "Kontaktperson"), ("a", "Ragnhild Eide, seniorrådgiver"),
              ("q", "Hvor mange tiltak rapporterer dere?"), ("a", str(len(ITEMS)))]
    for k, (name, dm, ty, ans, med, txt, _s) in enumerate(ITEMS, 1):
        blocks += [("sec", f"Tiltak {k} av {len(ITEMS)}"),
                   ("q", "Navn på tiltaket"), ("a", name),
                   ("q", "Hvilket delmål bidrar tiltaket mest til?"), ("a", DM_WORDS[dm]),
                   ("q", "Type tiltak"), ("a", TYPE_WORDS[ty]),
                   ("q", "Hvem er ansvarlig?"), ("a", ans),
                   ("q", "Samarbeidspartnere (valgfritt)"), ("a", med or "Ikke besvart"),
                   ("q", "Kort beskrivelse"), ("a", txt)]
    blocks += [("sec", "Andre opplysninger"),
               ("q", "Har dere tiltak som ble avsluttet i 2080, eller som starter i 2082? (valgfritt)"),
               ("a", "Nasjonal EVU-konferanse 2080 ble ikke videreført i samme form. Fra 2082 starter et felles "
                     "opptak til EVU-emner ved universitetene og høgskolene.")]
    style = {"h1": ("DV-B", 16, 24), "h2": ("DV", 12, 20), "p": ("DV", 9, 13), "q": ("DV-B", 9, 13),
             "a": ("DV", 10, 14), "sec": ("DV-B", 11.5, 18)}
    pages: list[list] = [[]]
    y = H - 96
    for kind, txt in blocks:
        font, size, lead = style[kind]
        lines = rl_wrap(txt, font, size, W - 170)
        need = len(lines) * lead + (14 if kind in ("sec", "h1") else 4)
        if y - need < 60:
            pages.append([])
            y = H - 80
        if kind == "sec":
            y -= 10
        pages[-1].append((kind, lines, y))
        y -= need
    n = len(pages)
    for i, items in enumerate(pages, 1):
        c.setFont("DV", 7.5)
        c.setFillColorRGB(0.2, 0.2, 0.2)
        c.drawString(28, H - 22, "22.01.2082, 14:07")
        c.drawCentredString(W / 2, H - 22, "Kvittering – Nettskjema")
        c.drawString(28, 20, URL)
        c.drawRightString(W - 28, 20, f"{i}/{n}")
        c.setFillColorRGB(0.93, 0.95, 0.97)
        c.rect(60, 50, W - 120, H - 100, stroke=0, fill=1)
        if i == 1:
            c.setFillColorRGB(0.0, 0.33, 0.55)
            c.setFont("DV-B", 10)
            c.drawString(75, H - 66, "nettskjema")
        for kind, lines, yy in items:
            font, size, lead = style[kind]
            if kind == "sec":
                c.setStrokeColorRGB(0.6, 0.7, 0.8)
                c.line(75, yy + size + 4, W - 75, yy + size + 4)
            c.setFillColorRGB(0.1, 0.1, 0.1) if kind != "q" else c.setFillColorRGB(0.25, 0.25, 0.3)
            c.setFont(font, size)
            for k, ln in enumerate(lines):
                c.drawString(85, yy - k * lead, ln)
        c.showPage()
    c.save()
    (out / FILENAME).write_bytes(buf.getvalue())
    return [row(FILENAME, MEMBER, name, seed, dm, ty, ans, med, txt) for name, dm, ty, ans, med, txt, seed in ITEMS]


def text(path) -> str:
    return pdf_text(path)
