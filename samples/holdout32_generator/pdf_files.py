"""PDFs drawn with reportlab: a form, slides and a two-column report."""
import os

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer

from .common import FONT_DIR, Result, truth

rl_config.invariant = 1

_FONTS_DONE = False


def _fonts():
    global _FONTS_DONE
    if _FONTS_DONE:
        return
    pdfmetrics.registerFont(TTFont("DVS", os.path.join(FONT_DIR, "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DVS-B", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFont(TTFont("DVSe", os.path.join(FONT_DIR, "DejaVuSerif.ttf")))
    pdfmetrics.registerFont(TTFont("DVSe-B", os.path.join(FONT_DIR, "DejaVuSerif-Bold.ttf")))
    _FONTS_DONE = True


def _canvas(path, pagesize, title, author):
    c = canvas.Canvas(path, pagesize=pagesize, invariant=1)
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator("Microsoft Word")
    c.setSubject("Kompetansepolitisk råd 2052")
    return c


# --------------------------------------------------------------------------
# 8. Virke: one filled-in form per page with tick boxes for type

_VIRKE_TYPES = ["Forskning/utvikling", "Kurs eller utdanning", "Råd, utvalg, nettverk",
                "Prosjekt", "Informasjonstiltak", "Arrangement/konferanse"]
_TYPE_INDEX = {"FoU": 0, "Kurs/utdanning": 1, "Råd/utvalg/nettverk": 2, "Prosjekt": 3,
               "Informasjon": 4, "Arrangement": 5}


def virke(outdir):
    _fonts()
    fn = "Virke_rapporteringsskjema_2052.pdf"
    member = "Virke"
    items = [
        ("DigiLøft Handel", "2.1 Digital kompetanse i arbeidsstyrken", "Virke",
         "Handel og Kontor i Norge (LO)",
         "Opplæring i digitale verktøy for ansatte i butikk og lager. Fase 1 ble avsluttet i "
         "juni 2052 med 2 300 deltakere fra 180 virksomheter.", "M07", "2.1", "Prosjekt"),
        ("DigiLøft Handel fase 2 – netthandel og lager", "delmål 2,1", "Virke",
         "Handel og Kontor i Norge (LO), Fagskolen Innlandet",
         "Ny fase fra august 2052 med vekt på netthandel, lagerautomatisering og logistikk. "
         "Planlagt til 2054.", "W802", "2.1", "Prosjekt"),
        ("Frivillig læring-dagen 2052", "3.6", "Virke Ideell og frivillighet", "VOFO",
         "Fagdag om læring i frivillig sektor, 4. mai 2052 i Oslo, 150 deltakere.",
         "M12", "3.6", "Arrangement"),
        ("Virkes HR-nettverk for kompetanseplanlegging",
         "2.4 Koble kompetansebehov i virksomheter til utdanningstilbydere", "Virke HR",
         "Høyskolen Kristiania",
         "Nettverk for HR-ledere i medlemsvirksomhetene som arbeider med strategisk "
         "kompetanseplanlegging. Fire samlinger i 2052.", "W804", "2.4",
         "Råd/utvalg/nettverk"),
        ("Kompetansebevis for varehandelen", "2.5", "Virke",
         "Handel og Kontor i Norge (LO), HK-dir",
         "Utvikling av en felles mal for å dokumentere kompetanse som er opparbeidet i jobb "
         "i varehandelen.", "W805", "2.5", "Prosjekt"),
    ]
    path = os.path.join(outdir, fn)
    W, H = A4
    c = _canvas(path, A4, "Rapporteringsskjema 2052", "Virke")
    rows = []
    left, right = 2 * cm, W - 2 * cm
    for n, (name, dm_txt, ansv, partners, desc, seed, dm, typ) in enumerate(items, 1):
        # header
        c.setFillColor(colors.HexColor("#0B3D5C"))
        c.rect(0, H - 2.6 * cm, W, 2.6 * cm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 15)
        c.drawString(left, H - 1.3 * cm, "Rapporteringsskjema – Kompetansepolitisk råd")
        c.setFont("Helvetica", 10)
        c.drawString(left, H - 2.0 * cm, "Rapporteringsår 2052")
        c.drawRightString(right, H - 1.3 * cm, "Hovedorganisasjonen Virke")
        c.drawRightString(right, H - 2.0 * cm, f"Skjema {n} av {len(items)}")
        c.setFillColor(colors.black)
        y = H - 4.0 * cm

        def field(label, value, y, height=1.1 * cm):
            c.setFont("Helvetica-Bold", 9)
            c.setFillColor(colors.HexColor("#444444"))
            c.drawString(left, y, label)
            c.setFillColor(colors.black)
            c.setStrokeColor(colors.HexColor("#888888"))
            c.rect(left, y - height - 0.15 * cm, right - left, height, stroke=1, fill=0)
            c.setFont("Helvetica", 10.5)
            lines = simpleSplit(value, "Helvetica", 10.5, right - left - 0.6 * cm)
            ty = y - 0.65 * cm
            for line in lines:
                c.drawString(left + 0.3 * cm, ty, line)
                ty -= 0.5 * cm
            return y - height - 0.8 * cm

        y = field("1. Navn på tiltaket", name, y)
        y = field("2. Delmål i strategien (nummer og/eller navn)", dm_txt, y)
        # tick boxes
        c.setFont("Helvetica-Bold", 9)
        c.setFillColor(colors.HexColor("#444444"))
        c.drawString(left, y, "3. Type tiltak (sett ett kryss)")
        c.setFillColor(colors.black)
        bx_y = y - 0.8 * cm
        colw = (right - left) / 3
        for i, label in enumerate(_VIRKE_TYPES):
            bx = left + (i % 3) * colw
            by = bx_y - (i // 3) * 0.8 * cm
            c.setFont("DVS", 13)
            c.drawString(bx, by, "\u2612" if i == _TYPE_INDEX[typ] else "\u2610")
            c.setFont("Helvetica", 10)
            c.drawString(bx + 0.6 * cm, by + 0.05 * cm, label)
        y = bx_y - 1.9 * cm
        y = field("4. Ansvarlig", ansv, y)
        y = field("5. Samarbeidspartnere", partners, y)
        y = field("6. Kort beskrivelse (maks 500 tegn)", desc, y, height=3.0 * cm)
        c.setFont("Helvetica-Oblique", 8)
        c.setFillColor(colors.HexColor("#666666"))
        c.drawString(left, 1.5 * cm, "Skjemaet sendes sekretariatet innen 31. januar. "
                                     "Ett skjema per tiltak.")
        c.drawRightString(right, 1.5 * cm, f"Side {n}")
        c.setFillColor(colors.black)
        c.showPage()
        rows.append(truth(fn, member, name, seed, dm, typ, ansv, partners, desc))
    c.save()
    return Result(fn, member, "PDF (reportlab) form, one filled form per page, type as "
                  "ticked box", rows)


# --------------------------------------------------------------------------
# 9. UHR: slide deck (16:9 pages), tags for delmål/type in chips

def uhr(outdir):
    _fonts()
    fn = "UHR_presentasjon_KPR_2052.pdf"
    member = "UHR"
    W, H = 960, 540
    path = os.path.join(outdir, fn)
    c = _canvas(path, (W, H), "UHR – rapportering 2052", "UHR")
    navy = colors.HexColor("#1B2A49")
    accent = colors.HexColor("#E07A1F")
    page = [0]

    def frame(title):
        page[0] += 1
        c.setFillColor(colors.white)
        c.rect(0, 0, W, H, stroke=0, fill=1)
        c.setFillColor(navy)
        c.rect(0, H - 92, W, 92, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("DVS-B", 28)
        c.drawString(48, H - 60, title)
        c.setFillColor(accent)
        c.rect(0, 0, W, 6, stroke=0, fill=1)
        c.setFillColor(colors.HexColor("#777777"))
        c.setFont("DVS", 10)
        c.drawString(48, 18, "Universitets- og høgskolerådet · Kompetansepolitisk råd 2052")
        c.drawRightString(W - 48, 18, str(page[0]))

    def bullets(lines, x, y, width, size=17):
        c.setFillColor(colors.black)
        for line in lines:
            wrapped = simpleSplit(line, "DVS", size, width - 24)
            c.setFont("DVS", size)
            c.drawString(x, y, "•")
            for k, wl in enumerate(wrapped):
                c.drawString(x + 22, y, wl)
                y -= size * 1.35
            y -= 8
        return y

    def chips(labels, x, y):
        c.setFont("DVS-B", 12)
        for lab in labels:
            w = pdfmetrics.stringWidth(lab, "DVS-B", 12) + 20
            c.setFillColor(colors.HexColor("#FCE9D6"))
            c.roundRect(x, y - 6, w, 24, 10, stroke=0, fill=1)
            c.setFillColor(colors.HexColor("#8A4100"))
            c.drawString(x + 10, y + 1, lab)
            x += w + 10

    # title slide
    page[0] += 1
    c.setFillColor(navy)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("DVS-B", 34)
    c.drawString(60, 320, "Universitets- og høgskolerådet")
    c.setFont("DVS", 24)
    c.drawString(60, 270, "Rapportering til Kompetansepolitisk råd – 2052")
    c.setFont("DVS", 14)
    c.drawString(60, 220, "Rådsmøte 5. februar 2053")
    c.showPage()

    frame("Dette rapporterer vi på")
    bullets(["Samarbeid med arbeidslivet om utdanningene",
             "Realkompetanse ved opptak",
             "Fleksibel videreutdanning og EVU-samarbeid"], 60, H - 150, W - 120)
    c.showPage()

    rows = []
    slides = [
        ("Råd for samarbeid med arbeidslivet (RSA)",
         ["Alle universiteter og høgskoler har et RSA.",
          "Fylkeskommunene, partene i arbeidslivet og NAV sitter i rådene.",
          "UHR samlet RSA-lederne til erfaringsmøte i oktober."],
         ["Delmål 1.4", "Råd/nettverk", "Ansvar: institusjonene"], "institusjonene", "",
         "M03", "1.4", "Råd/utvalg/nettverk"),
        ("UHRs fagstrategiske enheter",
         ["13 fagstrategiske enheter, blant annet UHR-Lærerutdanning, UHR-Helse og velferd og "
          "UHR-Medisin og helse.",
          "Partene i arbeidslivet er representert i flere av enhetene.",
          "Enhetene gir råd om innhold og kvalitet i profesjonsutdanningene."],
         ["Delmål 1.4", "Nettverk", "Ansvar: UHR"], "UHR", "", "M04", "1.4",
         "Råd/utvalg/nettverk"),
        ("Veileder for realkompetansevurdering ved opptak",
         ["Felles veileder for vurdering av realkompetanse ved opptak til høyere utdanning.",
          "Publisert på uhr.no i mai 2052.",
          "Skal gi likere praksis mellom institusjonene."],
         ["Delmål 2.5", "Informasjon", "Ansvar: UHR-Utdanning"], "UHR-Utdanning", "",
         "H903", "2.5", "Informasjon"),
    ]
    for title, bl, tags, ansv, partners, seed, dm, typ in slides:
        frame(title)
        chips(tags, 60, H - 135)
        bullets(bl, 60, H - 190, W - 120)
        c.showPage()
        rows.append(truth(fn, member, title, seed, dm, typ, ansv, partners, " ".join(bl)))

    # one slide with two boxes
    frame("Fleksibel videreutdanning")
    boxes = [
        ("Pilot med mikrokvalifikasjoner",
         ["Korte, studiepoenggivende emner for voksne i jobb.",
          "Åtte institusjoner deltar i piloten."],
         ["3.1", "Kurs"], "H904", "3.1", "Kurs/utdanning"),
        ("EVU-forum 2052",
         ["Seminar for institusjonenes EVU-ledere og partene om samarbeid med arbeidslivet.",
          "Trondheim, 14. september."],
         ["2.4", "Seminar"], "H905", "2.4", "Arrangement"),
    ]
    bw = (W - 60 * 2 - 30) / 2
    for k, (title, bl, tags, seed, dm, typ) in enumerate(boxes):
        x = 60 + k * (bw + 30)
        c.setStrokeColor(navy)
        c.setLineWidth(1.5)
        c.roundRect(x, 60, bw, H - 92 - 100, 12, stroke=1, fill=0)
        c.setFillColor(navy)
        c.setFont("DVS-B", 20)
        c.drawString(x + 20, H - 150, title)
        chips(tags, x + 20, H - 190)
        bullets(bl, x + 20, H - 240, bw - 40, size=15)
        rows.append(truth(fn, member, title, seed, dm, typ, "", "", " ".join(bl)))
    c.showPage()

    frame("Takk!")
    c.setFont("DVS", 18)
    c.setFillColor(colors.black)
    c.drawString(60, H - 170, "Spørsmål kan rettes til sekretariatet i UHR.")
    c.showPage()
    c.save()
    return Result(fn, member, "PDF (reportlab) slide deck 16:9, one tiltak per slide plus a "
                  "slide with two boxed tiltak; delmål/type as tag chips", rows)


# --------------------------------------------------------------------------
# 12. Akademikerne: two-column report

def akademikerne(outdir):
    _fonts()
    fn = "Akademikerne_rapport_kompetanse_2052.pdf"
    member = "Akademikerne"
    path = os.path.join(outdir, fn)
    W, H = A4
    margin = 1.8 * cm
    gap = 0.8 * cm
    colw = (W - 2 * margin - gap) / 2
    top_first = H - 5.0 * cm
    top_other = H - 2.2 * cm

    def first_page(c, doc):
        c.saveState()
        c.setFillColor(colors.HexColor("#5B2C6F"))
        c.rect(0, H - 3.6 * cm, W, 3.6 * cm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("DVSe-B", 20)
        c.drawString(margin, H - 1.9 * cm, "Akademikerne")
        c.setFont("DVSe", 13)
        c.drawString(margin, H - 2.8 * cm, "Rapport til Kompetansepolitisk råd 2052")
        c.setFillColor(colors.HexColor("#777777"))
        c.setFont("DVS", 8)
        c.drawCentredString(W / 2, 1.0 * cm, "Akademikerne · januar 2053 · side 1")
        c.restoreState()

    def later_page(c, doc):
        c.saveState()
        c.setFillColor(colors.HexColor("#777777"))
        c.setFont("DVS", 8)
        c.drawCentredString(W / 2, 1.0 * cm, f"Akademikerne · januar 2053 · side {doc.page}")
        c.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, title="Rapport 2052", author="Akademikerne",
                          creator="Microsoft Word", invariant=1)
    f1 = [Frame(margin, 1.8 * cm, colw, top_first - 1.8 * cm, id="f1l"),
          Frame(margin + colw + gap, 1.8 * cm, colw, top_first - 1.8 * cm, id="f1r")]
    f2 = [Frame(margin, 1.8 * cm, colw, top_other - 1.8 * cm, id="f2l"),
          Frame(margin + colw + gap, 1.8 * cm, colw, top_other - 1.8 * cm, id="f2r")]
    doc.addPageTemplates([PageTemplate(id="first", frames=f1, onPage=first_page,
                                       autoNextPageTemplate="later"),
                          PageTemplate(id="later", frames=f2, onPage=later_page)])
    body = ParagraphStyle("body", fontName="DVSe", fontSize=9.5, leading=13.2,
                          alignment=TA_LEFT, spaceAfter=6)
    head = ParagraphStyle("head", fontName="DVS-B", fontSize=11, leading=14,
                          textColor=colors.HexColor("#5B2C6F"), spaceBefore=8, spaceAfter=4)
    ingress = ParagraphStyle("ing", parent=body, fontName="DVSe", fontSize=10.5, leading=14.5)
    story = [
        Paragraph("Akademikerne er hovedorganisasjon for 13 forbund med over 260 000 medlemmer "
                  "med høyere utdanning. Vi deltar i Kompetansepolitisk råd og rapporterer her "
                  "de tiltakene vi har hatt ansvar for eller deltatt i gjennom 2052.", ingress),
        Spacer(1, 4),
    ]
    items = [
        ("Plass i UHRs strategiske enhet for medisin og helse",
         "Legeforeningen representerer Akademikerne i UHR-Medisin og helse, der arbeidslivets "
         "behov i profesjonsutdanningene drøftes. Enheten har i 2052 særlig sett på "
         "spesialistutdanning og praksisplasser.", "Delmål 1.4.", "M04", "1.4",
         "Råd/utvalg/nettverk"),
        ("Innspill til Kompetansebehovsutvalgets rapport om høyere utdanning",
         "Akademikerne leverte i mars et skriftlig innspill til utvalgets arbeid med behovet "
         "for høyere utdanning fram mot 2060, og la fram innspillet på utvalgets "
         "innspillsmøte i april.", "Delmål 1.1.", "A1202", "1.1", "Informasjon"),
        ("Lederskap i kunnskapsvirksomheter",
         "Etterutdanningsprogram for tillitsvalgte og ledere, utviklet i samarbeid med "
         "Handelshøyskolen BI. Programmet skal hjelpe virksomhetene å finne relevante "
         "utdanningstilbud for sine ansatte. 60 deltakere fullførte i 2052.", "Delmål 2.4.",
         "A1203", "2.4", "Kurs/utdanning"),
        ("Analyse av akademikeres deltakelse i videreutdanning",
         "Samfunnsøkonomisk analyse har på oppdrag fra Akademikerne kartlagt hvor mye "
         "videreutdanning akademikere tar, hvem som betaler, og hva som hindrer deltakelse.",
         "Delmål 2.2.", "A1204", "2.2", "FoU"),
        ("Frokostseminar om godkjenning av utenlandsk utdanning",
         "Seminar 9. oktober om raskere godkjenning av utenlandske profesjonsutdanninger, med "
         "innledere fra HK-dir og Helsedirektoratet. 85 deltakere.", "Delmål 2.6.", "A1205",
         "2.6", "Arrangement"),
    ]
    rows = []
    for title, text, tag, seed, dm, typ in items:
        story.append(Paragraph(title, head))
        story.append(Paragraph(f"{text} <i>{tag}</i>", body))
        rows.append(truth(fn, member, title, seed, dm, typ, "", "", text))
    story.append(Paragraph("Om Akademikerne", head))
    story.append(Paragraph(
        "Akademikerne arbeider for at medlemmene skal ha gode muligheter til faglig "
        "oppdatering gjennom hele yrkeslivet. Vi mener at arbeidsgiver har hovedansvaret for "
        "at ansatte får nødvendig etter- og videreutdanning, og at staten må sikre et "
        "fleksibelt tilbud ved universiteter og høyskoler. Kontakt: sekretariatet i "
        "Akademikerne.", body))
    doc.build(story)
    return Result(fn, member, "PDF (reportlab) two-column report, headings as titles, "
                  "delmål at end of paragraph, no type stated", rows)
