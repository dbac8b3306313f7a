"""03 Regjeringen: reportlab PDF, one long table over several pages with the
header row repeated and full-width group rows per hovedinnsatsområde."""
import os
import re

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from .common import R

rl_config.invariant = 1

FILE = "03_Regjeringen_rapportering_2061.pdf"
MEMBER = "Regjeringen"
FORMAT = "PDF generated with reportlab"
SHAPE = ("Ministry report: one table running over several pages, header row repeated on each "
         "page, group rows spanning the table per hovedinnsatsområde, delmål as code, "
         "type column; footnote under the table")

ROWS = [
    R("M01", "1.1", "Råd/utvalg/nettverk", "Kompetansebehovsutvalget (KBU)",
      ansvarlig="Kunnskapsdepartementet", partnere="Partene i arbeidslivet; Forskningsmiljøer",
      beskrivelse="Kunnskapsdepartementet leder og har sekretariatet for Kompetansebehovsutvalget. Utvalget "
                  "la 12. juni 2061 fram hovedrapporten «Fremtidige kompetansebehov IV – Kompetanse for "
                  "omstilling». Rapporten ble presentert for Kompetansepolitisk råd i september. "
                  "Utvalgets mandatperiode varer ut 2063, og det er oppnevnt to nye medlemmer med "
                  "bakgrunn fra regional analyse."),
    R("U03", "1.4", "FoU", "Evaluering av Nasjonalt fagskoleråd",
      ansvarlig="Kunnskapsdepartementet", partnere="NIFU",
      beskrivelse="Ekstern evaluering av rådets mandat, sammensetning og arbeidsform etter fem års "
                  "virksomhet. NIFU er valgt som evaluator etter anbudskonkurranse. Datainnsamlingen "
                  "omfatter intervjuer med rådsmedlemmer og en spørreundersøkelse til fagskolene. "
                  "Sluttrapport ventes i mars 2062."),
    R("M05", "1.4", "Råd/utvalg/nettverk", "Nasjonalt fagskoleråd",
      ansvarlig="Kunnskapsdepartementet", partnere="Fagskolerådet; Partene i arbeidslivet; NOKUT",
      beskrivelse="Rådet gir departementet råd om utviklingen av fagskolesektoren, blant annet om "
                  "dimensjonering og finansiering. Rådet hadde fire møter i 2061 og leverte innspill til "
                  "statsbudsjettet for 2062 om studieplasser innen helse og fornybar energi."),
    R("J02", "2.1", "Kurs/utdanning", "Digitalt grunnløft i arbeidslivet (DGA)",
      ansvarlig="Kunnskapsdepartementet; Kompetanse Norge", partnere="NHO; Virke; KS",
      beskrivelse="Tilskuddsordning for korte, modulbaserte kurs i grunnleggende digitale ferdigheter for "
                  "ansatte i privat og offentlig sektor. Kursene gis på arbeidsplassen eller digitalt og "
                  "kan kombineres med arbeid. I 2061 deltok 6 400 personer fordelt på 310 virksomheter. "
                  "Ordningen videreføres i 2062 med økt ramme."),
    R("J03", "2.5", "Prosjekt", "Utvikling av realkompetansemodell for arbeidslivet (RKM-A)",
      ansvarlig="Kompetanse Norge", partnere="LO; NHO; Vestland fylkeskommune",
      beskrivelse="Kompetanse Norge utvikler metode og modell for vurdering av kompetanse ervervet i "
                  "arbeidslivet. Fase 1 (utvikling og utprøving i tre fylker) ble gjennomført 2059–2061 og "
                  "avsluttet med en samlet rapport i desember 2061. Partene deltar i en referansegruppe."),
    R("U04", "2.6", "Prosjekt", "Raskere godkjenning av utenlandsk fagutdanning",
      ansvarlig="NOKUT", partnere="Utlendingsdirektoratet",
      beskrivelse="NOKUT har innført en ny digital søknadsløsning og en forenklet saksbehandling for "
                  "fagutdanning fra land utenfor EU/EØS. Gjennomsnittlig saksbehandlingstid er redusert "
                  "fra fem til to måneder. Ordningen med kompletterende utdanning er kartlagt."),
    R("U05", "3.1", "Kurs/utdanning", "Tilskudd til fleksibel videregående opplæring for voksne",
      ansvarlig="Kunnskapsdepartementet", partnere="Fylkeskommunene",
      beskrivelse="Tilskudd til fylkeskommuner som utvikler modulstrukturerte og nettbaserte tilbud i "
                  "videregående opplæring for voksne. 14 fylkeskommuner mottok tilskudd i 2061, og om lag "
                  "3 900 voksne deltok i modulbasert opplæring."),
    R("J07", "3.4", "Kurs/utdanning", "Norskløft i arbeid",
      ansvarlig="Arbeids- og inkluderingsdepartementet; Kompetanse Norge", partnere="LO; NHO; KS",
      beskrivelse="Norskopplæring på arbeidsplassen for ansatte med svake norskferdigheter, utviklet i "
                  "samarbeid med partene i arbeidslivet. Virksomhetene får tilskudd til kurs i arbeidstiden "
                  "og opplæring av språkmentorer. 2 100 deltakere i 2061."),
    R("U06", "3.5", "Kurs/utdanning", "Toårig yrkesrettet opplæringstiltak i NAV",
      ansvarlig="Arbeids- og velferdsdirektoratet", partnere="Fylkeskommunene",
      beskrivelse="Et opplæringstiltak på inntil to år for arbeidssøkere som trenger formell kvalifisering. "
                  "Tiltaket ble prøvd ut i fire fylker i 2061 i samarbeid med fylkeskommunene, og "
                  "deltakerne kan ta fagbrev som del av løpet."),
]

GROUPS = {"1": "Hovedinnsatsområde 1: Gode valg for den enkelte og for samfunnet",
          "2": "Hovedinnsatsområde 2: Læring i arbeidslivet",
          "3": "Hovedinnsatsområde 3: Styrke kompetansen til voksne med svak tilknytning til arbeidslivet"}


def _check_fit(data, widths):
    """No word may be wider than its column (reportlab would split it)."""
    for row in data[1:]:
        if row[1] == "":  # group row spanning the table
            continue
        for cell, w in zip(row, widths):
            for word in re.split(r"\s+", re.sub(r"<[^>]+>", " ", cell.text)):
                assert stringWidth(word, "Helvetica", 8.5) < w * mm - 6, (word, w)


def _footer(canvas, doc):
    canvas.saveState()
    canvas.setFont("Helvetica", 7.5)
    canvas.drawString(18 * mm, 10 * mm, "Regjeringens rapportering til Kompetansepolitisk råd – 2061")
    canvas.drawRightString(192 * mm, 10 * mm, "Side %d" % doc.page)
    canvas.restoreState()


def build(outdir, tmpdir):
    cell = ParagraphStyle("c", fontName="Helvetica", fontSize=8.5, leading=10.4)
    head = ParagraphStyle("h", parent=cell, fontName="Helvetica-Bold", textColor=colors.white)
    body = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13, spaceAfter=6)
    title = ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=15, leading=19, spaceAfter=10)
    story = [Paragraph("Regjeringens rapportering til Kompetansepolitisk råd for 2061", title),
             Paragraph("Kunnskapsdepartementet, på vegne av berørte departementer. Januar 2062.", body),
             Paragraph("Tabellen gir en oversikt over regjeringens tiltak i 2061 som bidrar til delmålene i "
                       "Nasjonal kompetansepolitisk strategi. Tiltak som er rapportert av underliggende "
                       "etater, er tatt med når etaten har hovedansvaret. Tiltak merket * ble også "
                       "rapportert for 2060.", body),
             Paragraph("Innledning", ParagraphStyle("h2", parent=body, fontName="Helvetica-Bold")),
             Paragraph("Regjeringen la i 2061 vekt på tre forhold i kompetansepolitikken: et bedre "
                       "kunnskapsgrunnlag om hvilke kompetanser arbeidslivet trenger, mer fleksible "
                       "opplæringstilbud for voksne som kan kombineres med jobb, og raskere kvalifisering av "
                       "innvandrere og arbeidssøkere. Flere av tiltakene er utviklet sammen med partene i "
                       "arbeidslivet og fylkeskommunene, og er også omtalt i deres rapportering.", body),
             Paragraph("Budsjettallene for 2061 framgår av Prop. 1 S (2060–2061) for de berørte "
                       "departementene og gjentas ikke her. Omtalen av måloppnåelse bygger på foreløpige tall "
                       "fra etatene per 15. januar 2062. En samlet vurdering av strategien vil bli lagt fram "
                       "for rådet når evalueringen av strategiperioden er ferdig.", body),
             Spacer(1, 4)]
    hdr = ["Nr.", "Delmål", "Tiltak", "Type", "Ansvarlig og samarbeid", "Beskrivelse og status"]
    data = [[Paragraph(h, head) for h in hdr]]
    style = [("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
             ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#23395d")),
             ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
    current = None
    for i, r in enumerate(ROWS, 1):
        g = r["delmal"][0]
        if g != current:
            current = g
            data.append([Paragraph("<b>%s</b>" % GROUPS[g], cell), "", "", "", "", ""])
            n = len(data) - 1
            style += [("SPAN", (0, n), (-1, n)), ("BACKGROUND", (0, n), (-1, n), colors.HexColor("#dde6f0"))]
        star = " *" if r["seed"] in ("M01", "M05", "J07") else ""
        data.append([Paragraph("%d" % i, cell), Paragraph(r["delmal"], cell),
                     Paragraph(r["tiltak"] + star, cell), Paragraph(r["type"], cell),
                     Paragraph("<b>Ansvarlig:</b><br/>%s<br/><b>Samarbeid:</b><br/>%s" % (
                         "<br/>".join(r["ansvarlig"].split("; ")), "<br/>".join(r["partnere"].split("; "))),
                         cell),
                     Paragraph(r["beskrivelse"], cell)])
    widths = [7, 12, 40, 29, 38, 48]
    _check_fit(data, widths)
    t = Table(data, colWidths=[w * mm for w in widths], repeatRows=1, style=TableStyle(style))
    story += [t, Spacer(1, 6),
              Paragraph("* Tiltaket ble også rapportert for 2060. Tall for 2061 er foreløpige og kan bli "
                        "justert i rapporteringen for 2062.", ParagraphStyle("f", parent=cell, fontSize=7.5))]
    doc = SimpleDocTemplate(os.path.join(outdir, FILE), pagesize=A4, leftMargin=18 * mm,
                            rightMargin=18 * mm, topMargin=18 * mm, bottomMargin=18 * mm,
                            title="Rapportering 2061", author="Kunnskapsdepartementet", invariant=1)
    doc.build(story, onFirstPage=_footer, onLaterPages=_footer)
