"""12 Vestland fylkeskommune - Nynorsk PDF (reportlab) with margin notes (side headings) per measure."""
import os
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle)
from .common import register_fonts, truth_row, xesc

FILE = "12_Vestland_fylkeskommune_rapport_2068.pdf"
MEMBER = "Vestland fylkeskommune"
FORMAT = "PDF (reportlab platypus, invariant)"
SHAPE = ("Nynorsk report in a margin-note layout: a narrow left margin column carries «Delmål x.y», an own "
         "type word, «Ansvar:» and «Partnarar:» in small grey type, the wide body column carries the bold "
         "measure heading and its text; a regional forum (own measure) sits next to a shared council; "
         "«Planar for 2069» section at the end")

# seed, delmal, type, heading, typeword, ansvar, partnarar, text
MEAS = [
    ("M03", "1.4", "Råd/utvalg/nettverk", "Rådet for samarbeid med arbeidslivet ved Høgskulen på Vestlandet",
     "Råd", "Seksjon for kompetanse og næring", "",
     "Fylkeskommunen har ein fast plass i rådet. I 2068 har rådet arbeidd med praksisplassar i "
     "lærarutdanninga og med vidareutdanning for fagarbeidarar."),
    ("M05", "1.4", "Råd/utvalg/nettverk", "Nasjonalt fagskuleråd", "Råd",
     "Fylkesdirektøren for opplæring og kompetanse", "",
     "Vestland fylkeskommune er representert i fagskulerådet gjennom fylkesdirektøren for opplæring. Rådet "
     "har drøfta dimensjoneringa av fagskuletilbodet og finansieringa av korte kurs."),
    ("U1201", "1.2", "Råd/utvalg/nettverk", "Kompetanseforum Vestland", "Forum",
     "Seksjon for kompetanse og næring", "partane i arbeidslivet, NAV Vestland, KS Vestland",
     "Fylkeskommunen leiar kompetanseforumet, der partane, NAV, kommunane og utdanningsinstitusjonane møtest "
     "fire gonger i året. Forumet vedtok ein ny regional kompetanseplan i 2068."),
    ("U1202", "1.3", "Prosjekt", "Karriererettleiing i introduksjonsprogrammet", "Prosjekt",
     "Karriere Vestland", "NAV, kommunane",
     "Karrieresentera i Bergen, Førde og Stord har gitt karriererettleiing til 380 deltakarar i "
     "introduksjonsprogrammet, i eit prosjekt saman med NAV og kommunane."),
    ("U1203", "2.3", "Arrangement", "Yrkesfagdagen 2068", "Arrangement",
     "Seksjon for fag- og yrkesopplæring", "opplæringskontora",
     "Skular og lærebedrifter viste fram yrkesfaga i Bergen sentrum. Om lag 3 000 tiandeklassingar deltok."),
    ("J06", "3.4", "Kurs/utdanning", "Norskopplæring på arbeidsplassen i samarbeid med partane", "Kurs",
     "Seksjon for vaksenopplæring", "LO, NHO",
     "Fylkeskommunen har finansiert og koordinert norskkurs i arbeidstida i sju verksemder i Sunnhordland og "
     "Bergen. LO og NHO har rekruttert verksemder og deltakarar."),
]


def _on_page(canv, doc):
    canv.saveState()
    canv.setFont("DejaVuSerif", 7.5)
    canv.setFillColor(colors.HexColor("#666666"))
    canv.drawString(18 * mm, 12 * mm, "Vestland fylkeskommune · Rapport til Kompetansepolitisk råd 2068")
    canv.drawRightString(192 * mm, 12 * mm, "%d" % doc.page)
    canv.restoreState()


def build(outdir):
    register_fonts()
    st_title = ParagraphStyle("t", fontName="DejaVuSerif-Bold", fontSize=18, leading=22,
                              textColor=colors.HexColor("#00535E"))
    st_sub = ParagraphStyle("s", fontName="DejaVuSerif", fontSize=9.5, leading=12,
                            textColor=colors.HexColor("#555555"), spaceAfter=12)
    st_body = ParagraphStyle("b", fontName="DejaVuSerif", fontSize=9.8, leading=13.5, spaceAfter=6)
    st_h = ParagraphStyle("h", fontName="DejaVuSerif-Bold", fontSize=10.5, leading=13.5, spaceAfter=3)
    st_sec = ParagraphStyle("sec", fontName="DejaVuSerif-Bold", fontSize=12.5, leading=16, spaceBefore=10,
                            spaceAfter=6, textColor=colors.HexColor("#00535E"))
    st_m = ParagraphStyle("m", fontName="DejaVuSans", fontSize=7.2, leading=9.2,
                          textColor=colors.HexColor("#5A5A5A"))
    st_mb = ParagraphStyle("mb", parent=st_m, fontName="DejaVuSans-Bold", textColor=colors.HexColor("#00535E"),
                           fontSize=7.8)
    path = os.path.join(outdir, FILE)
    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=20 * mm,
                          bottomMargin=20 * mm, invariant=1, title="Rapport 2068",
                          author="Vestland fylkeskommune", creator="", producer="", subject="")
    doc.addPageTemplates([PageTemplate(id="p", frames=[Frame(doc.leftMargin, doc.bottomMargin, doc.width,
                                                             doc.height, id="f")], onPage=_on_page)])
    mw = 40 * mm
    bw = doc.width - mw

    def side(margin_flow, body_flow):
        t = Table([[margin_flow, body_flow]], colWidths=[mw, bw])
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LINEAFTER", (0, 0), (0, 0), 0.6, colors.HexColor("#9DB8BB")),
                               ("LEFTPADDING", (0, 0), (0, 0), 0), ("RIGHTPADDING", (0, 0), (0, 0), 8),
                               ("LEFTPADDING", (1, 0), (1, 0), 10), ("RIGHTPADDING", (1, 0), (1, 0), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 9)]))
        return t

    story = [
        Paragraph("Rapport til Kompetansepolitisk råd 2068", st_title),
        Paragraph("Vestland fylkeskommune · Fylkesdirektøren for opplæring og kompetanse · "
                  "Bergen, 29. januar 2069 · Vår ref. 2069/1184", st_sub),
        side(Paragraph("Om rapporten", st_mb),
             [Paragraph("Vestland fylkeskommune rapporterer med dette på tiltak i 2068 under den nasjonale "
                        "kompetansepolitiske strategien. Margen til venstre viser delmål, type tiltak og kven "
                        "som har ansvaret. Tiltak som berre er planlagde, står til slutt.", st_body)]),
        Paragraph("Tiltak i 2068", st_sec),
    ]
    rows = []
    for seed, delmal, typ, head, tw, ansvar, partn, text in MEAS:
        m = [Paragraph("Delmål " + delmal, st_mb), Paragraph(xesc(tw), st_m),
             Paragraph("Ansvar: " + xesc(ansvar), st_m)]
        if partn:
            m.append(Paragraph("Partnarar: " + xesc(partn), st_m))
        story.append(side(m, [Paragraph(xesc(head), st_h), Paragraph(xesc(text), st_body)]))
        rows.append(truth_row(FILE, MEMBER, seed, delmal, typ, head, ansvar, partn, text))
    story += [
        Paragraph("Planar for 2069", st_sec),
        side([Paragraph("Planlagt", st_mb), Paragraph("Delmål 3.1", st_m)],
             [Paragraph("Vaksenopplæringsløftet", st_h),
              Paragraph("Fylkestinget har bede om eit løft for vaksne utan fullført vidaregåande opplæring. "
                        "Arbeidet startar hausten 2069 og vert rapportert neste år.", st_body)]),
        Spacer(1, 8 * mm),
        Paragraph("Med helsing<br/>Siri Lunde Haugland<br/>seniorrådgjevar", st_body),
    ]
    doc.build(story)
    return {"file": FILE, "member": MEMBER, "format": FORMAT, "shape": SHAPE, "rows": rows}
