"""13 Innlandet fylkeskommune: PDF (reportlab) status letter. One table row per
delmål ('1.3 Karriereveiledning'); the measures are bullet items inside the
'Våre tiltak i 2066' cell (several per cell possible), responsible units listed
in a parallel cell. No type. One delmål row only points to another member's
measure (KS' DigiKomm) and has no Innlandet measure."""
import os

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import cm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle

from . import rl
from .common import T, FileResult

FILENAME = "13_Innlandet_fk_statusbrev_2066.pdf"
MEMBER = "Innlandet fylkeskommune"

ROWS = [
    ("1.3 Karriereveiledning", [
        ("Karriere Innlandet 60+",
         "Kurs i jobbsøking og karriereplanlegging for arbeidstakere over 60 år ved seks karrieresentre; "
         "210 deltakere.", "", "Karriere Innlandet",
         T("Karriere Innlandet 60+", "U1303", "1.3", "Kurs/utdanning")),
    ]),
    ("1.4 Samarbeid utdanning – arbeidsliv", [
        ("RSA ved Høgskolen i Innlandet",
         "Fylkeskommunen er fast medlem av rådet og har tatt opp behovet for deltidsutdanning i "
         "sykepleie og ingeniørfag.", "", "Fylkesdirektør kompetanse",
         T("RSA ved Høgskolen i Innlandet", "M03", "1.4", "Råd/utvalg/nettverk")),
    ]),
    ("2.1 Digital kompetanse", [
        None,
    ]),
    ("2.3 Yrkesfag og karrieremuligheter", [
        ("Regionalt uttak til Yrkes-NM",
         "Regional konkurranse på Gjøvik der 70 elever og lærlinger konkurrerte om plassene til "
         "Yrkes-NM.", "Opplæringskontorene i Innlandet", "Fagopplæringen",
         T("Regionalt uttak til Yrkes-NM", "U1301", "2.3", "Arrangement")),
        ("«Bli helsefagarbeider i Innlandet»",
         "Rekrutteringskampanje i sosiale medier og på ungdomsskoler for helsearbeiderfaget.",
         "Innlandets kommuner", "Fagopplæringen",
         T("«Bli helsefagarbeider i Innlandet»", "U1304", "2.3", "Informasjon")),
    ]),
    ("2.4 Etter- og videreutdanning for næringslivet", [
        ("Kompetansebroen Innlandet",
         "Prosjekt som kobler bedriftenes kompetansebehov med korte kurs ved Høgskolen i Innlandet og "
         "Fagskolen Innlandet; 48 bedrifter deltok.",
         "Høgskolen i Innlandet, Fagskolen Innlandet", "Næringsavdelingen",
         T("Kompetansebroen Innlandet", "U1302", "2.4", "Prosjekt")),
    ]),
    ("3.4 Kvalifisering av innvandrere", [
        ("Norsk i arbeid-piloten",
         "Innlandet er pilotfylke i det treparts programmet; ni kommuner og 60 virksomheter deltar.",
         "Arbeids- og inkluderingsdepartementet, NAV Innlandet", "Avdeling for kompetanse og integrering",
         T("Norsk i arbeid-piloten", "J08", "3.4", "Kurs/utdanning")),
    ]),
]


def _hf(canvas, doc):
    canvas.saveState()
    canvas.setFont("DV", 8)
    canvas.setFillColor(colors.HexColor("#4A6B2F"))
    canvas.drawString(1.8 * cm, landscape(A4)[1] - 1.1 * cm, "Innlandet fylkeskommune")
    canvas.setFillGray(0.4)
    canvas.drawRightString(landscape(A4)[0] - 1.8 * cm, 0.9 * cm, f"Side {doc.page}")
    canvas.restoreState()


def build(out_dir: str) -> FileResult:
    rl.fonts()
    path = os.path.join(out_dir, FILENAME)
    doc = SimpleDocTemplate(path, pagesize=landscape(A4), leftMargin=1.8 * cm, rightMargin=1.8 * cm,
                            topMargin=1.7 * cm, bottomMargin=1.5 * cm)
    rl.fix_doc_meta(doc, "Statusbrev 2066 – Innlandet fylkeskommune", "Innlandet fylkeskommune")
    h = ParagraphStyle("h", fontName="DV-B", fontSize=15, leading=19, spaceAfter=6)
    b = ParagraphStyle("b", fontName="DV", fontSize=9.5, leading=13, spaceAfter=6)
    c = ParagraphStyle("c", fontName="DV", fontSize=9, leading=12)
    cb = ParagraphStyle("cb", fontName="DV-B", fontSize=9, leading=12)
    story = [
        Paragraph("Status for oppfølging av Nasjonal kompetansepolitisk strategi – 2066", h),
        Paragraph("Til: sekretariatet for Kompetansepolitisk råd &nbsp;&nbsp;|&nbsp;&nbsp; Fra: Innlandet "
                  "fylkeskommune, fylkesdirektør kompetanse &nbsp;&nbsp;|&nbsp;&nbsp; Dato: 22.01.2067", b),
        Paragraph("Vi rapporterer her på de delmålene der fylkeskommunen har hatt egne tiltak eller "
                  "deltakelse i 2066. Tiltakene er listet under hvert delmål.", b),
        Spacer(1, 6),
    ]
    data = [[Paragraph("Delmål i strategien", cb), Paragraph("Våre tiltak i 2066", cb),
             Paragraph("Hvem (ansvarlig i fylkeskommunen)", cb)]]
    truths = []
    for dm, items in ROWS:
        if items == [None]:
            data.append([Paragraph(dm, cb),
                         Paragraph("Ingen egne tiltak i 2066. Fylkeskommunen viser til KS' program DigiKomm, "
                                   "som flere kommuner i Innlandet bruker.", c),
                         Paragraph("–", c)])
            continue
        bullets, who = [], []
        for name, desc, partn, ansv, truth in items:
            txt = f"• <b>{name}</b> – {desc}"
            if partn:
                txt += f" (Samarbeid: {partn})"
            bullets.append(txt)
            who.append(f"{name}: {ansv}")
            truth.ansvarlig, truth.partnere, truth.beskrivelse = ansv, partn, desc
            truths.append(truth)
        data.append([Paragraph(dm, cb), Paragraph("<br/><br/>".join(bullets), c),
                     Paragraph("<br/><br/>".join(who), c)])
    tbl = Table(data, colWidths=[5.2 * cm, 14.8 * cm, 6.0 * cm], repeatRows=1)
    tbl.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDE8CF")),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#8A9A7B")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]))
    story.append(tbl)
    story.append(Spacer(1, 10))
    story.append(Paragraph("Med hilsen<br/>fylkesdirektør kompetanse, Innlandet fylkeskommune", b))
    doc.build(story, onFirstPage=_hf, onLaterPages=_hf)
    return FileResult(FILENAME, MEMBER, "PDF (reportlab, landscape)",
                      "Status letter: one table row per delmål ('1.3 Karriereveiledning'); measures as "
                      "bullet items inside one cell (two in one row), responsible units in a parallel "
                      "cell as 'name: unit'; no type", truths)
