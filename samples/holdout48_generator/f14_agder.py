"""14 Agder fylkeskommune - PDF printed «2 sider per ark»: two reduced portrait pages on each landscape sheet."""
import os
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, FrameBreak,
                                KeepTogether)
from .common import register_fonts, truth_row, xesc

FILE = "14_Agder_fylkeskommune_rapport_2068_2-sider-per-ark.pdf"
MEMBER = "Agder fylkeskommune"
FORMAT = "PDF (reportlab platypus, invariant), 2-up imposition"
SHAPE = ("Report printed two pages per landscape sheet: each half is a reduced portrait page with its own "
         "running header, frame and page number (cover + contents on page 1, measures on pages 2–4, text "
         "flowing from the left half into the right half); measures as «N. Name», italic «Delmål x.y · own "
         "type word» (type missing twice), text, Ansvarlig/Samarbeid; budget note and 2069 plan at the end")

# seed, delmal, type, name, typeword, desc, ansvar, samarbeid
MEAS = [
    ("M03", "1.4", "Råd/utvalg/nettverk", "Deltakelse i RSA ved Universitetet i Agder", "råd",
     "Agder fylkeskommune sitter i rådet sammen med NHO Agder, LO og kommunene. Rådet har særlig jobbet med "
     "praksis i masterprogrammene.", "Kompetanse og næring", ""),
    ("M06", "1.3", "Råd/utvalg/nettverk", "NFK", None,
     "Fylkeskommunen er representert i NFK ved lederen for karrieresentrene i Agder. Forumet hadde to møter i "
     "2068.", "Karriere Agder", ""),
    ("J05", "1.3", "Arrangement", "Nasjonal konferanse for karriereveiledere – medarrangør", "arrangement",
     "Karriere Agder satt i programkomiteen og ledet to av parallellsesjonene på konferansen i Oslo.",
     "Karriere Agder", "Oslo kommune"),
    ("J04", "2.5", "Prosjekt", "Vurdering av realkompetanse for opptak til helsefagskole i Agder", "prosjekt",
     "Fagskolen i Agder har pilotert den nye modellen for realkompetansevurdering. 74 søkere uten formell "
     "studiekompetanse ble vurdert.", "Fagskolen i Agder", "Fagskolerådet"),
    ("U1401", "3.1", "Kurs/utdanning", "Samordnet voksenopplæring i Agder", "opplæring",
     "Felles opptak til videregående opplæring for voksne i alle 25 kommunene i Agder, med undervisning på "
     "kveldstid og nett.", "Utdanning og kompetanse", "kommunene i Agder"),
    ("U1402", "2.4", "Kurs/utdanning", "Kortkurs i batteriteknologi", None,
     "Kurs for ansatte i prosessindustrien, utviklet med prosessindustriklyngen i Agder og Universitetet i "
     "Agder. 120 deltakere.", "Kompetanse og næring", "prosessindustriklyngen i Agder, Universitetet i Agder"),
]

SW, SH = landscape(A4)
HALF = SW / 2
INSET = 14 * mm   # paper margin around each reduced page


def _page_decor(canv, doc):
    canv.saveState()
    for k in (0, 1):
        x0 = k * HALF + INSET
        w = HALF - 2 * INSET
        canv.setStrokeColor(colors.HexColor("#BBBBBB"))
        canv.setLineWidth(0.4)
        canv.rect(x0, INSET, w, SH - 2 * INSET, stroke=1, fill=0)
        n = 2 * (doc.page - 1) + k + 1
        canv.setFont("DejaVuSans", 5.6)
        canv.setFillColor(colors.HexColor("#6D6D6D"))
        if n > 1:
            canv.drawString(x0 + 9 * mm, SH - INSET - 7 * mm, "Agder fylkeskommune – Rapport til "
                            "Kompetansepolitisk råd 2068")
        canv.drawRightString(x0 + w - 9 * mm, INSET + 5 * mm, "Side %d av 4" % n)
    canv.restoreState()


def build(outdir):
    register_fonts()
    fam = "DejaVuSansCondensed"
    st = {
        "cover": ParagraphStyle("c", fontName=fam + "-Bold", fontSize=16, leading=19,
                                textColor=colors.HexColor("#0B5394"), spaceAfter=8),
        "coversub": ParagraphStyle("cs", fontName=fam, fontSize=8.5, leading=11, spaceAfter=4),
        "h": ParagraphStyle("h", fontName=fam + "-Bold", fontSize=8.6, leading=10.6, spaceBefore=7,
                            textColor=colors.HexColor("#0B5394")),
        "meta": ParagraphStyle("m", fontName=fam + "-Italic", fontSize=7.4, leading=9.4,
                               textColor=colors.HexColor("#444444")),
        "body": ParagraphStyle("b", fontName=fam, fontSize=7.8, leading=10.2, spaceAfter=2),
        "small": ParagraphStyle("s", fontName=fam, fontSize=7.2, leading=9.2),
        "sec": ParagraphStyle("sec", fontName=fam + "-Bold", fontSize=10, leading=13, spaceBefore=4,
                              spaceAfter=4),
    }
    path = os.path.join(outdir, FILE)
    doc = BaseDocTemplate(path, pagesize=(SW, SH), leftMargin=0, rightMargin=0, topMargin=0, bottomMargin=0,
                          invariant=1, title="Rapport 2068", author="Agder fylkeskommune", creator="",
                          producer="", subject="")
    frames = []
    for k in (0, 1):
        x0 = k * HALF + INSET + 9 * mm
        w = HALF - 2 * INSET - 18 * mm
        frames.append(Frame(x0, INSET + 11 * mm, w, SH - 2 * INSET - 22 * mm, id="f%d" % k,
                            leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0))
    doc.addPageTemplates([PageTemplate(id="twoup", frames=frames, onPage=_page_decor)])
    story = [Spacer(1, 30 * mm),
             Paragraph("Rapport til Kompetansepolitisk råd 2068", st["cover"]),
             Paragraph("Agder fylkeskommune", st["coversub"]),
             Paragraph("Utdanning og kompetanse · Kompetanse og næring · Karriere Agder", st["coversub"]),
             Paragraph("Kristiansand, januar 2069", st["coversub"]),
             Spacer(1, 14 * mm),
             Paragraph("Innhold", st["sec"]),
             Paragraph("1 Innledning – side 2<br/>2 Tiltak i 2068 – side 2–3<br/>3 Andre opplysninger – side 4",
                       st["small"]),
             FrameBreak(),
             Paragraph("1 Innledning", st["sec"]),
             Paragraph("Agder fylkeskommune rapporterer her på seks tiltak i 2068 under den nasjonale "
                       "kompetansepolitiske strategien. Tre av dem gjennomføres sammen med andre medlemmer av "
                       "rådet. For hvert tiltak oppgir vi delmål og, der det er naturlig, hva slags tiltak det "
                       "er.", st["body"]),
             Paragraph("2 Tiltak i 2068", st["sec"])]
    rows = []
    for i, (seed, delmal, typ, name, tw, desc, ansvar, samb) in enumerate(MEAS, 1):
        meta = "Delmål " + delmal + (" · " + tw if tw else "")
        block = [Paragraph("%d. %s" % (i, xesc(name)), st["h"]), Paragraph(xesc(meta), st["meta"]),
                 Paragraph(xesc(desc), st["body"]),
                 Paragraph("Ansvarlig: " + xesc(ansvar), st["small"])]
        if samb:
            block.append(Paragraph("Samarbeid: " + xesc(samb), st["small"]))
        story.append(KeepTogether(block))
        if i in (3,):
            story.append(FrameBreak())
        rows.append(truth_row(FILE, MEMBER, seed, delmal, typ, name, ansvar, samb, desc))
    story += [FrameBreak(), Paragraph("3 Andre opplysninger", st["sec"]),
              Paragraph("Budsjettmidler til karrieresentrene for 2069 ble vedtatt av fylkestinget 12. desember "
                        "2068. Fylkeskommunen planlegger et prosjekt om grønn omstilling i byggfagene fra 2069; "
                        "det omtales i neste års rapport.", st["body"]),
              Paragraph("Kontaktperson: rådgiver Jonas Salvesen, Utdanning og kompetanse.", st["small"])]
    doc.build(story)
    return {"file": FILE, "member": MEMBER, "format": FORMAT, "shape": SHAPE, "rows": rows}
