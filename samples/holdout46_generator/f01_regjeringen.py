"""01 Regjeringen: long narrative annual report (reportlab) with a table of
contents page, running header/footer, and measures as bold sentence starts
inside paragraphs. Delmål in square brackets at paragraph end; type sometimes."""
import os

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph,
                                Spacer, PageBreak, NextPageTemplate)
from reportlab.platypus.tableofcontents import TableOfContents

from . import rl
from .common import T, FileResult

FILENAME = "01_Regjeringen_arsrapport_KPR_2066.pdf"
MEMBER = "Regjeringen"

# (bold lead, rest of paragraph, truth)
SECTIONS = [
    ("1 Innledning", [
        ("", "Denne rapporten gjør rede for departementenes arbeid i 2066 med å følge opp "
             "Nasjonal kompetansepolitisk strategi. Rapporten er utarbeidet av Kunnskapsdepartementet "
             "etter innspill fra Arbeids- og inkluderingsdepartementet, Nærings- og fiskeridepartementet "
             "og underliggende etater. Strategiens tre hovedinnsatsområder er brukt som disposisjon, og "
             "delmålene er oppgitt i hakeparentes etter hvert tiltak.", None),
        ("", "Som i tidligere år er det lagt vekt på tiltak der departementene selv har ansvar eller "
             "finansierer arbeidet. Tiltak som partene i arbeidslivet, fylkeskommunene eller frivillig "
             "sektor har ansvar for, omtales i deres egne rapporter.", None),
    ]),
    ("2 Gode valg for den enkelte og for samfunnet", [
        ("Kompetansebehovsutvalget (KBU)",
         "fikk i 2066 oppnevnt nye medlemmer for perioden 2066–2069, med forskere, analytikere og "
         "representanter for alle hovedorganisasjonene i arbeidslivet og berørte departementer. "
         "Utvalget la i juni fram sin årlige rapport om Norges kompetansebehov, med et eget kapittel "
         "om regionale forskjeller. Kunnskapsdepartementet har ansvaret for sekretariatet.",
         T("Kompetansebehovsutvalget (KBU)", "M01", "1.1", "Råd/utvalg/nettverk",
           ansvarlig="Kunnskapsdepartementet",
           beskrivelse="fikk i 2066 oppnevnt nye medlemmer for perioden 2066–2069, med forskere, "
                       "analytikere og representanter for alle hovedorganisasjonene i arbeidslivet og "
                       "berørte departementer. Utvalget la i juni fram sin årlige rapport om Norges "
                       "kompetansebehov, med et eget kapittel om regionale forskjeller."),
         "[Delmål 1.1 – råd/utvalg]"),
        ("Evaluering av Nasjonalt fagskoleråd.",
         "Departementet satte i 2066 i gang en ekstern evaluering av hvordan Nasjonalt fagskoleråd "
         "fungerer som arena for samarbeid mellom fagskolene og arbeidslivet. Evalueringen gjennomføres "
         "av NIFU, og sluttrapport ventes høsten 2067. Departementet er ikke selv medlem av rådet, "
         "men har ansvar for mandatet.",
         T("Evaluering av Nasjonalt fagskoleråd", "U0101", "1.4", "FoU",
           ansvarlig="Kunnskapsdepartementet", partnere="NIFU",
           beskrivelse="Departementet satte i 2066 i gang en ekstern evaluering av hvordan Nasjonalt "
                       "fagskoleråd fungerer som arena for samarbeid mellom fagskolene og arbeidslivet. "
                       "Evalueringen gjennomføres av NIFU, og sluttrapport ventes høsten 2067."),
         "[Delmål 1.4 – utredning]"),
    ]),
    ("3 Læring i arbeidslivet", [
        ("Lærelivsundersøkelsen 2066",
         "ble gjennomført av Statistisk sentralbyrå på oppdrag fra Kunnskapsdepartementet, med Virke og "
         "de andre hovedorganisasjonene i referansegruppen. Undersøkelsen kartlegger hvor mye de "
         "sysselsatte lærer på jobben, og hva virksomhetene mener de får igjen for å investere i "
         "kompetanseutvikling. Hovedfunnene ble publisert i november.",
         T("Lærelivsundersøkelsen 2066", "J05", "2.2", "FoU",
           ansvarlig="Kunnskapsdepartementet", partnere="Statistisk sentralbyrå, Virke",
           beskrivelse="ble gjennomført av Statistisk sentralbyrå på oppdrag fra Kunnskapsdepartementet, "
                       "med Virke og de andre hovedorganisasjonene i referansegruppen. Undersøkelsen "
                       "kartlegger hvor mye de sysselsatte lærer på jobben, og hva virksomhetene mener de "
                       "får igjen for å investere i kompetanseutvikling."),
         "[Delmål 2.2]"),
        ("Kompetansekartet,",
         "utviklingsprosjektet for en modell for vurdering av kompetanse ervervet i arbeidslivet, gikk i "
         "2066 over fra utvikling til utprøving i bygg, industri og reiseliv. Prosjektet ledes av "
         "Kompetanse Norge i samarbeid med NHO og YS. Modellen gjør det mulig for arbeidstakere å få "
         "dokumentert det de kan, uavhengig av hvor kompetansen er ervervet.",
         T("Kompetansekartet", "J06", "2.5", "Prosjekt",
           ansvarlig="Kompetanse Norge", partnere="NHO, YS",
           beskrivelse="utviklingsprosjektet for en modell for vurdering av kompetanse ervervet i "
                       "arbeidslivet, gikk i 2066 over fra utvikling til utprøving i bygg, industri og "
                       "reiseliv."),
         "[Delmål 2.5 – prosjekt]"),
        ("Digital søknadsløsning for godkjenning av yrkeskvalifikasjoner",
         "ble lansert av Direktoratet for høyere utdanning og kompetanse (HK-dir) i april. Løsningen "
         "samler søknader om godkjenning av utenlandsk utdanning og yrkeskvalifikasjoner i én felles "
         "inngang, og gjennomsnittlig saksbehandlingstid er redusert fra 14 til 6 uker.",
         T("Digital søknadsløsning for godkjenning av yrkeskvalifikasjoner", "U0102", "2.6", "Prosjekt",
           ansvarlig="Direktoratet for høyere utdanning og kompetanse (HK-dir)",
           beskrivelse="Løsningen samler søknader om godkjenning av utenlandsk utdanning og "
                       "yrkeskvalifikasjoner i én felles inngang, og gjennomsnittlig saksbehandlingstid "
                       "er redusert fra 14 til 6 uker."),
         "[Delmål 2.6]"),
    ]),
    ("4 Styrke kompetansen til voksne med svak tilknytning til arbeidslivet", [
        ("Norsk i arbeid",
         "er et treparts pilotprogram der innvandrere i jobb får norskopplæring på arbeidsplassen, "
         "tilpasset språket i yrket. Arbeids- og inkluderingsdepartementet har ansvaret, og programmet "
         "prøves ut i samarbeid med Innlandet fylkeskommune som pilotfylke, LO og NHO. I 2066 deltok "
         "60 virksomheter og rundt 900 arbeidstakere.",
         T("Norsk i arbeid", "J08", "3.4", "Kurs/utdanning",
           ansvarlig="Arbeids- og inkluderingsdepartementet",
           partnere="Innlandet fylkeskommune, LO, NHO",
           beskrivelse="er et treparts pilotprogram der innvandrere i jobb får norskopplæring på "
                       "arbeidsplassen, tilpasset språket i yrket. I 2066 deltok 60 virksomheter og "
                       "rundt 900 arbeidstakere."),
         "[Delmål 3.4 – opplæring]"),
        ("Toårig yrkesrettet opplæringstiltak i NAV",
         "ble gjort landsdekkende fra 1. januar 2066. Tiltaket gir arbeidssøkere uten fullført "
         "videregående opplæring mulighet til å ta fag- eller svennebrev mens de mottar ytelser. "
         "Arbeids- og velferdsdirektoratet har ansvaret; ved årsskiftet var 3 400 personer i tiltaket.",
         T("Toårig yrkesrettet opplæringstiltak i NAV", "U0103", "3.5", "Kurs/utdanning",
           ansvarlig="Arbeids- og velferdsdirektoratet",
           beskrivelse="ble gjort landsdekkende fra 1. januar 2066. Tiltaket gir arbeidssøkere uten "
                       "fullført videregående opplæring mulighet til å ta fag- eller svennebrev mens de "
                       "mottar ytelser."),
         "[Delmål 3.5]"),
    ]),
    ("5 Videre arbeid", [
        ("", "Departementene vil i 2067 prioritere oppfølgingen av Kompetansebehovsutvalgets regionale "
             "analyser og videreføre samarbeidet med partene om Kompetansekartet. Rapporten behandles i "
             "Kompetansepolitisk råd i mars 2067.", None),
    ]),
]


class _Doc(BaseDocTemplate):
    def afterFlowable(self, flowable):
        if isinstance(flowable, Paragraph) and flowable.style.name == "H1":
            self.notify("TOCEntry", (0, flowable.getPlainText(), self.page))


def _header_footer(canvas, doc):
    canvas.saveState()
    canvas.setFont("DV", 8)
    canvas.setFillGray(0.35)
    canvas.drawString(2.2 * cm, A4[1] - 1.3 * cm, "Regjeringen – Rapport til Kompetansepolitisk råd 2066")
    canvas.drawRightString(A4[0] - 2.2 * cm, A4[1] - 1.3 * cm, "Kunnskapsdepartementet")
    canvas.line(2.2 * cm, A4[1] - 1.45 * cm, A4[0] - 2.2 * cm, A4[1] - 1.45 * cm)
    canvas.drawCentredString(A4[0] / 2, 1.2 * cm, f"Side {doc.page}")
    canvas.restoreState()


def build(out_dir: str) -> FileResult:
    rl.fonts()
    path = os.path.join(out_dir, FILENAME)
    doc = _Doc(path, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm,
               topMargin=2.2 * cm, bottomMargin=2 * cm)
    rl.fix_doc_meta(doc, "Årsrapport 2066 – oppfølging av Nasjonal kompetansepolitisk strategi",
                    "Kunnskapsdepartementet")
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")
    doc.addPageTemplates([
        PageTemplate(id="cover", frames=[frame]),
        PageTemplate(id="body", frames=[frame], onPage=_header_footer),
    ])
    title = ParagraphStyle("Title", fontName="DVS-B", fontSize=22, leading=28, spaceAfter=14)
    sub = ParagraphStyle("Sub", fontName="DVS", fontSize=13, leading=18, spaceAfter=30)
    h1 = ParagraphStyle("H1", fontName="DVS-B", fontSize=14, leading=18, spaceBefore=14, spaceAfter=8)
    body = ParagraphStyle("Body", fontName="DVS", fontSize=10.5, leading=15, alignment=TA_JUSTIFY,
                          spaceAfter=9)
    tocs = [ParagraphStyle("toc0", fontName="DVS", fontSize=11, leading=16, leftIndent=10)]

    story = [
        Spacer(1, 3 * cm),
        Paragraph("Årsrapport 2066", title),
        Paragraph("Oppfølging av Nasjonal kompetansepolitisk strategi – departementenes rapport til "
                  "Kompetansepolitisk råd", sub),
        Paragraph("Innhold", ParagraphStyle("I", fontName="DVS-B", fontSize=13, spaceAfter=10)),
    ]
    toc = TableOfContents()
    toc.levelStyles = tocs
    story.append(toc)
    story.append(Spacer(1, 2 * cm))
    story.append(Paragraph("Kunnskapsdepartementet, januar 2067", body))
    story.append(NextPageTemplate("body"))
    story.append(PageBreak())

    rows = []
    for heading, paras in SECTIONS:
        story.append(Paragraph(heading, h1))
        for item in paras:
            if item[0] == "":
                story.append(Paragraph(item[1], body))
                continue
            lead, rest, truth, tag = item
            story.append(Paragraph(f"<b>{lead}</b> {rest} {tag}", body))
            rows.append(truth)
    doc.multiBuild(story)
    return FileResult(FILENAME, MEMBER, "PDF (reportlab, TOC page, running header/footer)",
                      "Narrative annual report; each measure is a bold sentence start inside a "
                      "paragraph; delmål in square brackets at paragraph end, type sometimes in own words",
                      rows)
