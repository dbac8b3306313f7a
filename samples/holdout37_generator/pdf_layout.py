"""Laid-out PDFs: Spekter slide deck, Unio table across pages, VOFO form blocks."""
from __future__ import annotations

import os

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from .common import Row, esc, pdf_meta, register_fonts

# ------------------------------------------------------------------ Spekter slides
SPEKTER_FILE = "Spekter_presentasjon_tiltak_2057.pdf"
SPEKTER = [
    ("M03", "Helseforetakene i RSA-ene", "1.4", "Representasjon", "Råd/utvalg/nettverk", "Spekter helse", "",
     "Helseforetakene er representert i rådene for samarbeid med arbeidslivet ved OsloMet, UiT og NTNU "
     "og bruker plassene til å påvirke praksisstudiene i helsefagene."),
    ("J03", "DIGILØFT", "2.1", "Kurs", "Kurs/utdanning", "Spekter", "Virke, YS",
     "Spekter er partner i DIGILØFT sammen med Virke og YS. I 2057 ble modulene tilpasset ansatte i "
     "helseforetakenes driftstjenester, og 900 ansatte deltok."),
    ("J05", "NORA – norsk på arbeidsplassen", "3.4", "Prosjekt", "Prosjekt", "Spekter", "KS, helseforetakene",
     "Arbeidsplassbasert norskopplæring for ansatte i renhold, kjøkken og pasientnære stillinger. "
     "Spekter har utviklet metodikken sammen med KS, og fire helseforetak deltar."),
    ("R115", "Webinar om NORA for HR-ledere", "3.4", "Webinar", "Arrangement", "Spekter", "",
     "Et frokostwebinar der HR-ledere i helseforetakene fikk presentert erfaringene fra NORA og "
     "verktøy for å komme i gang."),
    ("R116", "Lærlingløftet i sykehusene", "2.3", "Satsing", "Prosjekt", "Spekter og de regionale helseforetakene",
     "Fylkeskommunene",
     "Målet er 30 prosent flere lærlinger i helsearbeiderfaget og IKT-servicefaget i helseforetakene "
     "innen 2059. Lærlingene får egne veiledere og faste rotasjoner."),
]
SLIDE = (33.867 * cm, 19.05 * cm)
NAVY = colors.HexColor("#14284B")
TEAL = colors.HexColor("#00A39B")


def _slide_frame(c, n: int, total: int) -> None:
    W, H = SLIDE
    c.setFillColor(TEAL)
    c.rect(0, 0, W, 0.5 * cm, fill=1, stroke=0)
    c.setFillColor(colors.HexColor("#777777"))
    c.setFont("DV", 9)
    c.drawString(1.5 * cm, 0.9 * cm, "Spekter · Kompetansepolitisk råd · 2057")
    c.drawRightString(W - 1.5 * cm, 0.9 * cm, f"{n} / {total}")


def build_spekter(out: str) -> list[Row]:
    register_fonts()
    path = os.path.join(out, SPEKTER_FILE)
    W, H = SLIDE
    c = canvas.Canvas(path, pagesize=SLIDE, invariant=1)
    c.setTitle("Spekters tiltak 2057")
    c.setAuthor("Spekter")
    total = len(SPEKTER) + 3
    # title slide
    c.setFillColor(NAVY)
    c.rect(0, 0, W, H, fill=1, stroke=0)
    c.setFillColor(colors.white)
    c.setFont("DV-B", 40)
    c.drawString(2.5 * cm, H / 2 + 1 * cm, "Spekters tiltak 2057")
    c.setFont("DV", 18)
    c.drawString(2.5 * cm, H / 2 - 1 * cm, "Rapportering til Kompetansepolitisk råd · november 2057")
    c.showPage()
    # agenda
    _slide_frame(c, 2, total)
    c.setFillColor(NAVY)
    c.setFont("DV-B", 28)
    c.drawString(2 * cm, H - 3 * cm, "Innhold")
    c.setFont("DV", 18)
    for i, s in enumerate(SPEKTER):
        c.drawString(2.6 * cm, H - 5 * cm - i * 1.4 * cm, f"{i + 1}.  {s[1]}")
    c.showPage()
    body = ParagraphStyle("b", fontName="DV", fontSize=20, leading=28, textColor=colors.HexColor("#222222"))
    small = ParagraphStyle("s", fontName="DV", fontSize=13, leading=17, textColor=NAVY)
    rows: list[Row] = []
    for i, (seed, name, dm, own, typ, ans, sam, besk) in enumerate(SPEKTER):
        _slide_frame(c, i + 3, total)
        c.setFillColor(NAVY)
        c.setFont("DV-B", 30)
        c.drawString(2 * cm, H - 3 * cm, name)
        c.setStrokeColor(TEAL)
        c.setLineWidth(3)
        c.line(2 * cm, H - 3.6 * cm, 8 * cm, H - 3.6 * cm)
        p = Paragraph(esc(besk), body)
        w, h = p.wrap(W - 4 * cm - 9 * cm, H)
        p.drawOn(c, 2 * cm, H - 5 * cm - h)
        # side box with metadata
        bx, by, bw, bh = W - 10 * cm, 3 * cm, 8 * cm, 9.5 * cm
        c.setFillColor(colors.HexColor("#E6F6F5"))
        c.roundRect(bx, by, bw, bh, 0.4 * cm, fill=1, stroke=0)
        meta = [("Delmål", dm), ("Type", own), ("Ansvar", ans)] + ([("Partnere", sam)] if sam else [])
        y = by + bh - 0.8 * cm
        for lab, val in meta:
            mp = Paragraph(f"<font name='DV-B'>{lab}</font><br/>{esc(val)}", small)
            _, mh = mp.wrap(bw - 1.2 * cm, bh)
            y -= mh
            mp.drawOn(c, bx + 0.6 * cm, y)
            y -= 0.5 * cm
        c.showPage()
        rows.append(Row(SPEKTER_FILE, "Spekter", name, seed, dm, typ, ans, sam, besk))
    _slide_frame(c, total, total)
    c.setFillColor(NAVY)
    c.setFont("DV-B", 36)
    c.drawCentredString(W / 2, H / 2 + 0.5 * cm, "Takk for oppmerksomheten")
    c.setFont("DV", 16)
    c.drawCentredString(W / 2, H / 2 - 1.2 * cm, "Spørsmål: avdeling for kompetanse og arbeidsliv, Spekter")
    c.showPage()
    c.save()
    return rows


# ------------------------------------------------------------------ Unio long table
UNIO_FILE = "Unio_tiltaksoversikt_2057.pdf"
UNIO = [
    ("M04", "Deltakelse i UHR-Helse og velferd",
     "Unio-forbundene Norsk Sykepleierforbund og Fysioterapeutforbundet bidrar inn i UHRs fagstrategiske "
     "enhet for helse- og velferdsutdanningene. Vi har i 2057 lagt vekt på at praksisstudiene må "
     "dimensjoneres etter behovene i de kommunale helse- og omsorgstjenestene, og at nyutdannede skal være "
     "forberedt på teknologiske endringer i tjenestene. Forbundene har deltatt i tre møter og i en "
     "arbeidsgruppe om praksisveiledning.",
     "1.4", "Råd/utvalg/nettverk", "Råd/utvalg/nettverk", "NSF og Fysioterapeutforbundet", "UHR"),
    ("J04", "Realkompetansevurdering i arbeidslivet (RKV-Arbeid)",
     "Utprøving av en felles modell for å dokumentere og vurdere kompetanse som ansatte har opparbeidet "
     "i arbeidslivet, slik at den kan gi fritak og opptak i videre utdanning. Unio deltar med tillitsvalgte "
     "i de ti pilotkommunene og bidrar i referansegruppen. Modellen skal evalueres i 2058, og erfaringene "
     "skal deles med andre sektorer.",
     "2.5", "Prosjekt", "Prosjekt", "Unio", "KS, pilotkommunene"),
    ("R120", "Videreutdanning i kommunal helse- og omsorgstjeneste",
     "Norsk Sykepleierforbund har sammen med KS og fire høgskoler utviklet deltidsbaserte "
     "videreutdanninger i geriatri, psykisk helse og rus, der innholdet bygger på kommunenes egne "
     "kartlegginger av hva tjenestene trenger. Studiene kombinerer nettundervisning med samlinger og "
     "praksis på egen arbeidsplass, og arbeidsgiver dekker permisjon med lønn for samlingsdagene. Høsten "
     "2057 startet 310 sykepleiere på et av tilbudene, og ytterligere to høgskoler har meldt interesse. "
     "Forbundet følger opp med en undersøkelse av hvordan kompetansen tas i bruk etter endt studium, og "
     "resultatene vil bli brukt i dialogen med kommunene om neste års tilbud.",
     "2.4", "Kurs/utdanning", "Kurs/utdanning", "Norsk Sykepleierforbund", "KS, høgskolene"),
    ("R121", "Rådgiverkonferansen 2057",
     "Utdanningsforbundet arrangerte den årlige konferansen for rådgivere og karriereveiledere i skolen, "
     "med tema arbeidslivskunnskap og samisk kultur- og næringsliv. 420 deltakere fra hele landet.",
     "1.3", "Konferanse", "Arrangement", "Utdanningsforbundet", "Sametinget"),
    ("R122", "Norskopplæring for internasjonalt rekrutterte sykepleiere",
     "Kurs i fagnorsk for sykepleiere utdannet utenfor Norden som venter på autorisasjon, slik at de "
     "raskere kan tas i bruk i helsetjenesten. Kurset kombinerer språk, helsefaglig terminologi og "
     "hospitering, og 140 sykepleiere fullførte i 2057.",
     "3.4", "Kurs/utdanning", "Kurs/utdanning", "Norsk Sykepleierforbund", "Spekter, helseforetakene"),
    ("R123", "Rapport: Læring i velferdsyrkene",
     "Unio har fått utarbeidet en rapport om hvordan ansatte i skole, helse og politi lærer i jobben, og "
     "hva kompetanseutvikling betyr for kvaliteten i tjenestene. Rapporten bygger på en "
     "spørreundersøkelse blant 6 000 medlemmer og intervjuer med ledere.",
     "2.2", "FoU", "FoU", "Unio-sekretariatet", "OsloMet/AFI"),
]


def build_unio(out: str) -> list[Row]:
    register_fonts()
    path = os.path.join(out, UNIO_FILE)
    doc = SimpleDocTemplate(path, pagesize=landscape(A4), leftMargin=1.2 * cm, rightMargin=1.2 * cm,
                            topMargin=1.8 * cm, bottomMargin=1.8 * cm, **pdf_meta("Unio tiltak 2057", "Unio"))
    h = ParagraphStyle("h", fontName="DV-B", fontSize=16, leading=20, spaceAfter=6)
    b = ParagraphStyle("b", fontName="DV", fontSize=10, leading=14, spaceAfter=6)
    cs = ParagraphStyle("c", fontName="DVC", fontSize=8.5, leading=11)
    ch = ParagraphStyle("ch", fontName="DVC-B", fontSize=8.5, leading=11, textColor=colors.white)
    story = [Paragraph("Unio – oversikt over tiltak 2057", h),
             Paragraph("Rapportering til Kompetansepolitisk råd, Nasjonal kompetansepolitisk strategi", b)]
    for txt in [
        "Unio er hovedorganisasjonen for blant andre sykepleiere, lærere, politi og fysioterapeuter. "
        "Tiltakene i tabellen er gjennomført av Unio sentralt eller av forbundene, og er valgt ut fordi de "
        "svarer direkte på delmål i strategien.",
        "Tabellen følger sekretariatets mal, men vi har lagt til kolonnen «Samarbeid». Der forbundene "
        "har hatt ansvaret, står forbundet som ansvarlig. Tiltak som er rent interne for forbundene, "
        "for eksempel kurs for egne tillitsvalgte, er ikke tatt med.",
        "Vi gjør oppmerksom på at beløp og deltakertall er foreløpige per 1. november 2057. Endelige tall "
        "vil foreligge i Unios årsberetning, som behandles av styret i februar 2058.",
    ]:
        story.append(Paragraph(txt, b))
    story.append(Spacer(1, 30))
    head = ["Tiltak", "Beskrivelse", "Delmål", "Type", "Ansvarlig", "Samarbeid"]
    data = [[Paragraph(x, ch) for x in head]]
    rows: list[Row] = []
    for seed, name, besk, dm, own, typ, ans, sam in UNIO:
        data.append([Paragraph(f"<b>{esc(name)}</b>", cs), Paragraph(esc(besk), cs), Paragraph(dm, cs),
                     Paragraph(esc(own), cs), Paragraph(esc(ans), cs), Paragraph(esc(sam), cs)])
        rows.append(Row(UNIO_FILE, "Unio", name, seed, dm, typ, ans, sam, besk))
    t = Table(data, colWidths=[4.6 * cm, 11.0 * cm, 1.6 * cm, 3.3 * cm, 3.8 * cm, 3.0 * cm],
              repeatRows=1, splitInRow=1)
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#5B2C6F")),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#F4ECF7")]),
    ]))
    story += [t, Spacer(1, 10), Paragraph("Kilde: Unio og forbundene, november 2057.", b)]

    def _foot(canv, d):
        canv.saveState()
        canv.setFont("DV", 7.5)
        canv.drawString(1.2 * cm, 1.0 * cm, "Unio · Tiltaksoversikt 2057")
        canv.drawRightString(landscape(A4)[0] - 1.2 * cm, 1.0 * cm, f"Side {d.page}")
        canv.restoreState()

    doc.build(story, onFirstPage=_foot, onLaterPages=_foot)
    return rows


# ------------------------------------------------------------------ VOFO forms
VOFO_FILE = "VOFO_rapporteringsskjema_2057.pdf"
VOFO = [
    ("M06", "VOFOs plass i Nasjonalt forum for karriereveiledning", "1.3", "1.3", "Nettverk",
     "Råd/utvalg/nettverk", "VOFO", "",
     "VOFO sitter i forumet på vegne av studieforbundene og bidro i 2057 til et temamøte om veiledning "
     "av voksne som deltar i frivillige kurs.", "videreført"),
    ("R137", "Søknadsverksted for Kompetansepluss frivillighet", "3.2", "3.2", "Verksted / samling",
     "Arrangement", "VOFO", "Studieforbundene, HK-dir",
     "Digitale og fysiske verksteder der frivillige organisasjoner fikk hjelp til å søke midler fra "
     "Kompetansepluss frivillighet. 64 organisasjoner deltok.", "nytt"),
    ("R138", "Kampanjen «Lærelyst»", "3.6", "Læringsmotivasjon gjennom opplæring i frivillig sektor",
     "Kampanje", "Informasjon", "VOFO", "Studieforbundene",
     "Kampanje i sosiale medier og lokalaviser som viser fram voksne som har fått ny giv gjennom kurs i "
     "studieforbund.", "nytt"),
    ("R139", "Norsktrening i studieforbund", "3.4", "3.4 (norskopplæring for innvandrere)", "Kurs",
     "Kurs/utdanning", "Folkeuniversitetet", "Frivilligsentraler",
     "Uformelle språkkafeer og kurs der innvandrere trener muntlig norsk med frivillige. 3 100 "
     "deltakere i 2057.", "videreført"),
]


def build_vofo(out: str) -> list[Row]:
    register_fonts()
    path = os.path.join(out, VOFO_FILE)
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm,
                            bottomMargin=2 * cm, **pdf_meta("Rapporteringsskjema VOFO", "VOFO"))
    h = ParagraphStyle("h", fontName="DV-B", fontSize=14, leading=18, spaceAfter=4)
    b = ParagraphStyle("b", fontName="DV", fontSize=9.5, leading=13, spaceAfter=6)
    lab = ParagraphStyle("l", fontName="DV-B", fontSize=8.5, leading=11, textColor=colors.HexColor("#333333"))
    val = ParagraphStyle("v", fontName="DV", fontSize=9.5, leading=12.5)
    story = [Paragraph("Rapporteringsskjema – Kompetansepolitisk råd 2057", h),
             Paragraph("Organisasjon: Voksenopplæringsforbundet (VOFO) &nbsp;·&nbsp; Kontaktperson: "
                       "fagsjef kompetanse &nbsp;·&nbsp; Dato: 13.11.2057", b), Spacer(1, 6)]
    rows: list[Row] = []
    for i, (seed, name, dm, dm_disp, own, typ, ans, sam, besk, status) in enumerate(VOFO, start=1):
        box = "☒ nytt tiltak &nbsp; ☐ videreført" if status == "nytt" else "☐ nytt tiltak &nbsp; ☒ videreført"
        data = [[Paragraph(f"TILTAK NR. {i}", lab), Paragraph(box, val)],
                [Paragraph("Navn på tiltaket", lab), Paragraph(f"<b>{esc(name)}</b>", val)],
                [Paragraph("Delmål i strategien", lab), Paragraph(esc(dm_disp), val)],
                [Paragraph("Type tiltak (med egne ord)", lab), Paragraph(esc(own), val)],
                [Paragraph("Ansvarlig", lab), Paragraph(esc(ans), val)],
                [Paragraph("Samarbeidspartnere", lab), Paragraph(esc(sam), val)],
                [Paragraph("Beskrivelse", lab), Paragraph(esc(besk), val)]]
        t = Table(data, colWidths=[4.4 * cm, 12.6 * cm])
        t.setStyle(TableStyle([
            ("BOX", (0, 0), (-1, -1), 1.2, colors.black),
            ("INNERGRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#AAAAAA")),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#FFF2CC")),
            ("BACKGROUND", (0, 1), (0, -1), colors.HexColor("#F2F2F2")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]))
        story += [t, Spacer(1, 14)]
        rows.append(Row(VOFO_FILE, "VOFO", name, seed, dm, typ, ans, sam, besk))
    story.append(Paragraph("Skjemaet sendes til sekretariatet innen 15. november. Bruk ett skjema per tiltak.", b))
    doc.build(story)
    return rows
