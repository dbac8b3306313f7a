"""14 – Vestland fylkeskommune: Nynorsk case document (saksframlegg) to the county committee."""
from __future__ import annotations

from pathlib import Path

from .common import R, esc, register_dejavu

FILE = "Vestland_fk_saksframlegg_rapportering_KPR_2070.pdf"
MEMBER = "Vestland fylkeskommune"
HOW = "PDF (reportlab platypus, invariant, DejaVu fonts)"
SHAPE = ("Nynorsk political case document (saksframlegg): case header with saksgang table (utval, "
         "møtedato, saksnr.), 'Forslag til vedtak', 'Samandrag', then under 'Saksopplysningar' a table "
         "Tiltak / Kva vart gjort i 2070 / Mål i strategien / Ansvarleg eining / Samarbeid where the type "
         "is a bracketed word after the name; 'Fylkesdirektøren si vurdering' and 'Vidare arbeid i 2071' "
         "prose that are not measures")

ROWS = [
    R("Nasjonalt forum for karriererettleiing", "M03", "1.3", "Råd/utvalg/nettverk", "Karriere Vestland",
      "", "Karriere Vestland representerer fylkeskommunane på Vestlandet i forumet.",
      tw="nettverk", dm="1.3 karriererettleiing"),
    R("Fylkeskommunen sin plass i RSA ved Høgskulen på Vestlandet", "M05", "1.4", "Råd/utvalg/nettverk",
      "Opplæring og kompetanse", "",
      "Fylkeskommunen møter i rådet og har fremja behovet for desentraliserte tilbod i helsefag.",
      tw="råd", dm="delmål 1.4"),
    R("Yrkes-NM 2070 – vertskap i Bergen", "J01", "2.3", "Arrangement", "Opplæring og kompetanse",
      "NHO, LO, WorldSkills Norway",
      "Fylkeskommunen var vertskap for meisterskapet i mars; 9 000 elevar frå ungdomsskulane var innom.",
      tw="arrangement", dm="2,3"),
    R("Regionalt kompetanseforum Vestland", "U34", "1.2", "Råd/utvalg/nettverk", "Opplæring og kompetanse",
      "NAV Vestland, partane i arbeidslivet, HVL, UiB",
      "Forumet samordnar kompetansetiltak i regionen og vedtok ein ny handlingsplan i juni.",
      tw="forum", dm="Regionalt folkevald nivå si samordningsrolle"),
    R("Karriererettleiing for vaksne innvandrarar i introduksjonsprogrammet", "U35", "3.4", "Prosjekt",
      "Karriere Vestland", "NAV, kommunane",
      "Rettleiing på fleire språk i 14 kommunar, knytt til arbeidsretta norskopplæring.",
      tw="prosjekt", dm="3.4"),
    R("Fagbrev på jobb i Vestland", "U36", "2.5", "Kurs/utdanning", "Fagopplæringa",
      "NHO Vestland, LO i Vestland",
      "Vaksne tilsette tek fagbrev med opplæring på arbeidsplassen; 310 deltakarar i 2070.",
      tw="opplæringstilbod", dm="2.5"),
]


def build(out: Path) -> Path:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    register_dejavu()
    base = ParagraphStyle("b", fontName="DejaVu", fontSize=9.5, leading=12.5, spaceAfter=5)
    small = ParagraphStyle("s", parent=base, fontSize=8, leading=10, spaceAfter=0)
    smallb = ParagraphStyle("sb", parent=small, fontName="DejaVu-Bold")
    h1 = ParagraphStyle("h1", parent=base, fontName="DejaVu-Bold", fontSize=15, leading=19, spaceAfter=8)
    h2 = ParagraphStyle("h2", parent=base, fontName="DejaVu-Bold", fontSize=11, leading=14, spaceBefore=8)

    story = []
    meta = Table([["Arkivsak-dok.", "71/00318-2"], ["Saksbehandlar", "Astrid Nesheim"],
                  ["Dato", "05.01.2071"]], colWidths=[3.2 * cm, 5 * cm])
    meta.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DejaVu", 8.5)]))
    story += [Paragraph("Vestland fylkeskommune", ParagraphStyle("lh", parent=base, fontName="DejaVu-Bold",
                                                                 fontSize=11, textColor=colors.HexColor("#00508c"))),
              Spacer(1, 6), meta, Spacer(1, 8)]
    story.append(Paragraph("Saksgang", h2))
    sg = Table([["Utval", "Møtedato", "Utvalssak"], ["Opplærings- og kompetanseutvalet", "14.01.2071", "3/71"],
                ["Fylkesutvalet", "28.01.2071", "9/71"]], colWidths=[8 * cm, 3 * cm, 3 * cm])
    sg.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DejaVu", 8.5), ("FONT", (0, 0), (-1, 0), "DejaVu-Bold", 8.5),
                            ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black)]))
    story += [sg, Spacer(1, 10)]
    story.append(Paragraph("Rapportering til Kompetansepolitisk råd for 2070", h1))
    story.append(Paragraph("Forslag til vedtak", h2))
    story.append(Paragraph("Fylkesutvalet tek rapporteringa til Kompetansepolitisk råd for 2070 til vitande. "
                           "Rapporten vert send sekretariatet innan fristen 1. februar 2071.", base))
    story.append(Paragraph("Samandrag", h2))
    story.append(Paragraph("Vestland fylkeskommune er medlem av Kompetansepolitisk råd og rapporterer kvart år "
                           "på tiltak som følgjer opp Nasjonal kompetansepolitisk strategi. Tabellen under viser "
                           "tiltaka i 2070. Tiltakstypen står i parentes etter namnet.", base))
    story.append(Paragraph("Saksopplysningar", h2))
    data = [[Paragraph(h, smallb) for h in ("Tiltak", "Kva vart gjort i 2070", "Mål i strategien",
                                            "Ansvarleg eining", "Samarbeid")]]
    for r in ROWS:
        data.append([Paragraph(f"<b>{esc(r.tiltak)}</b> ({esc(r.x('tw'))})", small),
                     Paragraph(esc(r.beskrivelse), small), Paragraph(esc(r.x("dm")), small),
                     Paragraph(esc(r.ansvarlig), small), Paragraph(esc(r.samarbeidspartnere), small)])
    t = Table(data, colWidths=[4.6 * cm, 4.7 * cm, 3.2 * cm, 2.6 * cm, 2.7 * cm], repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dbe7f2"))]))
    story += [t, Spacer(1, 8)]
    story.append(Paragraph("Fylkesdirektøren si vurdering", h2))
    story.append(Paragraph("Fylkesdirektøren meiner at tiltaka samla sett styrkjer den regionale rolla i "
                           "kompetansepolitikken. Samarbeidet med partane bør vidareførast, og rettleiinga for "
                           "vaksne bør prioriterast i budsjettet for 2071.", base))
    story.append(Paragraph("Vidare arbeid i 2071", h2))
    story.append(Paragraph("Fylkeskommunen vil i 2071 starte eit treparts bransjeprogram for havbruk og "
                           "greie ut eit felles karrieresenter for Sunnfjord. Prosjektet «Lærling i Vest» vart "
                           "avslutta i 2069 og er ikkje med i tabellen.", base))
    story.append(Spacer(1, 10))
    story.append(Paragraph("Vedlegg: Oversikt frå sekretariatet, datert 05.01.2071", small))

    def _page(canv, doc):
        canv.saveState()
        canv.setFont("DejaVu", 7.5)
        canv.drawString(2 * cm, 1.2 * cm, "Vestland fylkeskommune · Saksframlegg 71/00318-2")
        canv.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f"Side {doc.page}")
        canv.restoreState()

    path = out / FILE
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=1.8 * cm,
                            bottomMargin=2 * cm, title="Saksframlegg – rapportering KPR 2070",
                            author="Vestland fylkeskommune", invariant=1)
    doc.build(story, onFirstPage=_page, onLaterPages=_page)
    return path
