"""PDFs in running text: LO (two columns, run-in headings), YS (printed e-mail), secretariat minutes."""
from __future__ import annotations

import os

from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, NextPageTemplate, PageTemplate,
                                Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle)

from .common import Row, esc, pdf_meta, register_fonts

# ------------------------------------------------------------------ LO
LO_FILE = "LO_rapport_kompetansepolitisk_raad_2057.pdf"
LO_SECTIONS = [
    ("Gode valg for den enkelte og for samfunnet", [
        ("M01", "Plass i Kompetansebehovsutvalget", "1.1", "Råd/utvalg/nettverk",
         "LO har én fast plass i utvalget og har deltatt på alle fem møtene i 2057. Vi har særlig "
         "løftet behovet for fagarbeidere i bygg, industri og helse."),
        ("R105", "Kunnskapsnotat til KBU", "1.1", "FoU",
         "LO-økonomene skrev i vår et notat om fagarbeidermangel og bruk av innleie, som innspill til "
         "utvalgets hovedrapport. Notatet er publisert i LOs notatserie."),
    ]),
    ("Læring i arbeidslivet", [
        ("M02", "LOs representanter i SRY", "2.3", "Råd/utvalg/nettverk",
         "LO oppnevner representanter til Samarbeidsrådet for yrkesopplæring og til de faglige rådene. "
         "Arbeidet har i år dreid seg om å gjøre karriereveiene i yrkesfagene mer synlige for unge og "
         "voksne."),
        ("J01", "KOMPASS – kompetanseløft for omstilling i verftsindustrien", "2.4", "Prosjekt",
         "Sammen med NHO og Fellesforbundet driver vi et treårig partsprosjekt der verftene kartlegger "
         "egne kompetansebehov og kjøper skreddersydde etter- og videreutdanningstilbud fra fagskoler "
         "og høgskoler."),
    ]),
    ("Voksne med svak tilknytning til arbeidslivet", [
        ("R106", "Tillitsvalgte som læringsagenter", "3.3", "Kurs/utdanning",
         "Et kurs for tillitsvalgte i hvordan de kan bruke arbeidsplassen som læringsarena for "
         "kolleger som mangler formell kompetanse. 340 tillitsvalgte gjennomførte kurset i 2057."),
    ]),
]


def _lo_page(canv, doc):
    canv.saveState()
    canv.setFont("DV", 7.5)
    canv.setFillColor(colors.HexColor("#B00000"))
    canv.rect(0, A4[1] - 0.6 * cm, A4[0], 0.6 * cm, fill=1, stroke=0)
    canv.setFillColor(colors.black)
    canv.drawString(2 * cm, 1.2 * cm, "LO – Avdeling for utdanning og kompetanse")
    canv.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f"Side {doc.page}")
    canv.restoreState()


def build_lo(out: str) -> list[Row]:
    register_fonts()
    path = os.path.join(out, LO_FILE)
    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm,
                          topMargin=2 * cm, bottomMargin=2 * cm,
                          **pdf_meta("LOs rapport 2057", "LO"))
    W, H = A4
    gap = 0.8 * cm
    colw = (W - 4 * cm - gap) / 2
    title_h = 4.2 * cm
    first = [Frame(2 * cm, H - 2 * cm - title_h, W - 4 * cm, title_h, id="title"),
             Frame(2 * cm, 2 * cm, colw, H - 4 * cm - title_h, id="c1"),
             Frame(2 * cm + colw + gap, 2 * cm, colw, H - 4 * cm - title_h, id="c2")]
    later = [Frame(2 * cm, 2 * cm, colw, H - 4 * cm, id="l1"),
             Frame(2 * cm + colw + gap, 2 * cm, colw, H - 4 * cm, id="l2")]
    doc.addPageTemplates([PageTemplate("first", first, onPage=_lo_page),
                          PageTemplate("later", later, onPage=_lo_page)])
    title = ParagraphStyle("t", fontName="DV-B", fontSize=19, leading=23, textColor=colors.HexColor("#B00000"))
    sub = ParagraphStyle("s", fontName="DV", fontSize=10, leading=13, textColor=colors.HexColor("#444444"))
    body = ParagraphStyle("b", fontName="DVS", fontSize=9.6, leading=13, alignment=TA_JUSTIFY, spaceAfter=7)
    sec = ParagraphStyle("h", fontName="DV-B", fontSize=11, leading=14, spaceBefore=8, spaceAfter=4,
                         textColor=colors.HexColor("#B00000"))
    story = [Paragraph("LOs rapport til Kompetansepolitisk råd 2057", title), Spacer(1, 4),
             Paragraph("Landsorganisasjonen i Norge · Rapporteringsår 2057 · Oversendt 14. november 2057", sub),
             FrameBreak(), NextPageTemplate("later")]
    story.append(Paragraph(
        "LO følger opp Nasjonal kompetansepolitisk strategi gjennom partssamarbeidet, gjennom våre "
        "representanter i råd og utvalg og gjennom forbundenes egne tiltak. Nedenfor følger en kort "
        "omtale av det vi har gjort i 2057, ordnet etter strategiens tre innsatsområder. Forbundenes "
        "egne kurs og konferanser er ikke tatt med.", body))
    rows: list[Row] = []
    for heading, items in LO_SECTIONS:
        story.append(Paragraph(esc(heading), sec))
        for seed, name, dm, typ, besk in items:
            story.append(Paragraph(f"<font name='DVS-B'>{esc(name)}.</font> {esc(besk)}", body))
            rows.append(Row(LO_FILE, "LO", name, seed, dm, typ, "", "", besk))
    story.append(Paragraph("Vår vurdering", sec))
    story.append(Paragraph(
        "Strategien har gitt et felles språk for partene, men finansieringen av etter- og "
        "videreutdanning for fagarbeidere er fortsatt for svak. LO mener at rådet i 2058 bør "
        "prioritere voksne uten fullført videregående opplæring og bedre ordninger for "
        "utdanningspermisjon. Vi vil også peke på at mange av tiltakene i strategien avhenger av at "
        "arbeidsgiverne faktisk gir ansatte tid til læring i arbeidstiden.", body))
    story.append(Paragraph(
        "Kontaktperson i LO er seniorrådgiver i avdeling for utdanning og kompetanse. Spørsmål om "
        "rapporten kan sendes til avdelingens fellespostkasse.", body))
    doc.build(story)
    return rows


# ------------------------------------------------------------------ YS e-mail
YS_FILE = "YS_epost_tiltak_2057.pdf"
YS = [
    ("J03", "Digitalt grunnløft (DIGILØFT)", "2.1", "Kurs/utdanning",
     "sammen med Virke og Spekter har vi tilbudt gratis moduler i grunnleggende digital kompetanse "
     "til ansatte uten høyere utdanning. YS-forbundene har rekruttert deltakere i finans, transport "
     "og offentlig sektor.", "digital kompetanse i hele arbeidsstyrken"),
    ("R113", "Webinarserien «Karriere i andre halvdel»", "1.3", "Arrangement",
     "fire webinarer om karrierevalg og veiledning for seniorer, med til sammen 1 100 påmeldte.",
     "karriereveiledning, seniorperspektivet"),
    ("R114", "YS Kompetanseundersøkelse 2057", "2.2", "FoU",
     "spørreundersøkelse blant 4 000 medlemmer om læring på jobben og hva arbeidsgiver investerer i "
     "kompetanseutvikling. Rapporten lanseres i desember.",
     "kunnskap om læring i arbeidslivet"),
]


def build_ys(out: str) -> list[Row]:
    register_fonts()
    path = os.path.join(out, YS_FILE)
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                            topMargin=1.6 * cm, bottomMargin=2 * cm, **pdf_meta("SV: Rapportering", "YS"))
    hdr = ParagraphStyle("hd", fontName="DV", fontSize=9.5, leading=12.5)
    body = ParagraphStyle("bd", fontName="DV", fontSize=10, leading=14, spaceAfter=6)
    quote = ParagraphStyle("q", parent=body, textColor=colors.HexColor("#555555"), fontSize=9, leading=12)
    story = [Paragraph("<font name='DV-B' size='12'>Utdanning (YS)</font>", hdr), Spacer(1, 6)]
    head = [("Fra:", "Utdanning (YS) &lt;utdanning@ys.no&gt;"),
            ("Sendt:", "torsdag 12. november 2057 14:32"),
            ("Til:", "Sekretariatet Kompetansepolitisk råd &lt;kpr-sekretariat@hkdir.no&gt;"),
            ("Kopi:", "Kari Lunde"),
            ("Emne:", "SV: Rapportering av tiltak 2057 – YS")]
    t = Table([[Paragraph(f"<b>{a}</b>", hdr), Paragraph(b, hdr)] for a, b in head],
              colWidths=[2.0 * cm, 14.4 * cm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, -1), (-1, -1), 0.6, colors.black),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 1), ("TOPPADDING", (0, 0), (-1, -1), 1)]))
    story += [t, Spacer(1, 10), Paragraph("Hei,", body),
              Paragraph("Her kommer YS sin rapportering for 2057. Vi har ikke brukt skjemaet denne gangen, "
                        "håper det går greit.", body)]
    rows: list[Row] = []
    for i, (seed, name, dm, typ, besk, hint) in enumerate(YS, start=1):
        story.append(Paragraph(f"{i}) {esc(name)} – {esc(besk)} (delmål: {esc(hint)})", body))
        rows.append(Row(YS_FILE, "YS", name, seed, dm, typ, "", "", besk))
    story += [Paragraph("Si fra hvis dere trenger mer!", body),
              Paragraph("Hilsen<br/>Kari Lunde<br/>rådgiver, YS", body), Spacer(1, 4),
              Paragraph("Sendt fra Outlook", quote), Spacer(1, 8),
              Paragraph("-----Opprinnelig melding-----", quote),
              Paragraph("<b>Fra:</b> Sekretariatet Kompetansepolitisk råd<br/><b>Sendt:</b> 1. september "
                        "2057 09:05<br/><b>Emne:</b> Rapportering av tiltak 2057", quote),
              Paragraph("Til medlemmene i Kompetansepolitisk råd. Vi ber om at dere rapporterer tiltak under "
                        "Nasjonal kompetansepolitisk strategi for 2057. Oppgi for hvert tiltak: navn, delmål, "
                        "type (FoU, Kurs/utdanning, Råd/utvalg/nettverk, Prosjekt, Informasjon, Arrangement), "
                        "ansvarlig, samarbeidspartnere og en kort beskrivelse. Frist 15. november.", quote)]

    def _foot(canv, d):
        canv.saveState()
        canv.setFont("DV", 7)
        canv.drawString(2.2 * cm, 1.0 * cm, "Utskrevet 13.11.2057 08:14")
        canv.drawRightString(A4[0] - 2.2 * cm, 1.0 * cm, str(d.page))
        canv.restoreState()

    doc.build(story, onFirstPage=_foot, onLaterPages=_foot)
    return rows


# ------------------------------------------------------------------ minutes (no truth rows)
MIN_FILE = "Sekretariatet_referat_moete_4-2057.pdf"


def build_minutes(out: str) -> list[Row]:
    register_fonts()
    path = os.path.join(out, MIN_FILE)
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm,
                            bottomMargin=2 * cm, **pdf_meta("Referat møte 4/2057", "Sekretariatet"))
    h = ParagraphStyle("h", fontName="DV-B", fontSize=15, leading=19, spaceAfter=8)
    b = ParagraphStyle("b", fontName="DV", fontSize=9.5, leading=13, spaceAfter=5)
    c = ParagraphStyle("c", fontName="DV", fontSize=8.8, leading=11.5)
    story = [Paragraph("Kompetansepolitisk råd – referat fra møte 4/2057", h),
             Paragraph("<b>Tid:</b> 10. desember 2057 kl. 10.00–15.00 &nbsp;&nbsp; <b>Sted:</b> HK-dir, Oslo", b),
             Paragraph("<b>Til stede:</b> Regjeringen (KD, AID), LO, NHO, Unio, KS, YS, Virke, Akademikerne, "
                       "Spekter, VOFO, UHR, Fagskolerådet, Sametinget og fylkeskommunene. <b>Referent:</b> "
                       "sekretariatet.", b), Spacer(1, 6)]
    saker = [
        ("19/57", "Godkjenning av innkalling og dagsorden", "Godkjent uten merknader.", "–"),
        ("20/57", "Orientering fra Kompetansebehovsutvalget (KBU)",
         "Utvalgets leder orienterte om hovedrapporten fra juni. Rådet drøftet oppfølgingen av "
         "anbefalingene om fagarbeidere og ba sekretariatet lage et notat til neste møte.", "Sekretariatet"),
        ("21/57", "Rapportering av tiltak 2057",
         "Sekretariatet har mottatt rapporter fra 16 medlemmer. Flere medlemmer rapporterer de samme "
         "rådene (KBU, SRY, RSA, Nasjonalt fagskoleråd) og fellesprosjekter som KOMPASS, DIGILØFT og NORA. "
         "Slike tiltak slås sammen i oversikten. Sammenstillingen legges fram i mars.", "Sekretariatet"),
        ("22/57", "Orientering: Yrkesfagløftet Nord",
         "Nordland fylkeskommune orienterte kort. Rådet ønsker en presentasjon av erfaringene i 2058.",
         "Nordland fylkeskommune"),
        ("23/57", "Møteplan 2058", "Møter 11. mars, 10. juni, 16. september og 9. desember 2058.", "Sekretariatet"),
        ("24/57", "Eventuelt", "Ingen saker.", "–"),
    ]
    data = [[Paragraph(f"<b>{x}</b>", c) for x in ("Sak", "Tema", "Konklusjon / oppfølging", "Ansvar")]]
    data += [[Paragraph(esc(v), c) for v in s] for s in saker]
    t = Table(data, colWidths=[1.4 * cm, 4.6 * cm, 8.0 * cm, 3.0 * cm], repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E7E6E6"))]))
    story += [t, Spacer(1, 12),
              Paragraph("Referatet er godkjent av rådets leder 14. desember 2057.", b)]
    doc.build(story)
    return []
