"""reportlab PDFs: LO (landscape table over pages), Akademikerne (two columns),
and a research article (not a member report)."""
import calendar
import os
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, NextPageTemplate,
                                PageTemplate, Paragraph, SimpleDocTemplate, Spacer,
                                Table, TableStyle)

from .common import FIXED

SS = getSampleStyleSheet()
BODY = ParagraphStyle("body", parent=SS["Normal"], fontName="Helvetica",
                      fontSize=9.5, leading=12.5)
CELL = ParagraphStyle("cell", parent=BODY, fontSize=9.2, leading=11.8)
CELLB = ParagraphStyle("cellb", parent=CELL, fontName="Helvetica-Bold")
H1 = ParagraphStyle("h1", parent=SS["Heading1"], fontName="Helvetica-Bold",
                    fontSize=15, leading=19)
H2 = ParagraphStyle("h2", parent=SS["Heading2"], fontName="Helvetica-Bold",
                    fontSize=11.5, leading=14, spaceBefore=8)


# reportlab takes the document date from SOURCE_DATE_EPOCH (pinned here)
os.environ["SOURCE_DATE_EPOCH"] = str(calendar.timegm(FIXED.utctimetuple()))


def P(text, style=BODY):
    return Paragraph(escape(text), style)


def _meta(doc, title, author):
    doc.title = title
    doc.author = author
    doc.subject = "Rapportering til Kompetansepolitisk råd 2053"
    doc.creator = "holdout33_generator"


def _footer(label):
    def draw(canv, doc):
        canv.saveState()
        canv.setFont("Helvetica", 7.5)
        w, _ = canv._pagesize
        canv.drawString(1.5 * cm, 1.0 * cm, label)
        canv.drawRightString(w - 1.5 * cm, 1.0 * cm, f"Side {doc.page}")
        canv.restoreState()
    return draw


def build_lo(out_dir, fname, rows):
    path = os.path.join(out_dir, fname)
    doc = SimpleDocTemplate(path, pagesize=landscape(A4), invariant=1,
                            leftMargin=1.5 * cm, rightMargin=1.5 * cm,
                            topMargin=1.6 * cm, bottomMargin=1.8 * cm)
    _meta(doc, "LOs tiltak 2053", "Landsorganisasjonen i Norge")
    story = [P("Landsorganisasjonen i Norge", CELLB),
             P("LOs tiltak i 2053 – rapport til Kompetansepolitisk råd", H1),
             P("LO rapporterer her tiltak som LO sentralt og forbundene har gjennomført "
               "i 2053, og som følger opp Nasjonal kompetansepolitisk strategi. "
               "Kolonnen «Delmål» viser til nummereringen i strategien. Tiltak der "
               "LO deltar sammen med andre, er tatt med når LO har hatt en aktiv "
               "rolle i gjennomføringen."),
             Spacer(1, 4),
             P("Tallene for deltakere er foreløpige per januar 2054. Endelig "
               "statistikk for bransjeprogrammet kommer i rapporten fra "
               "programstyret i mars. For tiltak som videreføres fra tidligere år, "
               "er omtalen avgrenset til aktiviteten i 2053. Rådsarbeid i de "
               "faglige rådene rapporteres samlet under SRY-tiltaket, mens "
               "skoleringen av representantene er omtalt som eget tiltak."),
             Spacer(1, 10)]
    head = ["Nr.", "Tiltakets navn", "Delmål", "Form", "Beskrivelse", "Ansvarlig",
            "Med hvem"]
    data = [[Paragraph(f'<font color="white">{escape(h)}</font>', CELLB)
             for h in head]]
    for n, r in enumerate(rows, 1):
        data.append([P(f"{n}.", CELL), P(r["tiltak"], CELLB), P(r["delmal"], CELL),
                     P(r["tt"], CELL), P(r["desc"], CELL), P(r["ans"], CELL),
                     P(r["sam"], CELL)])
    widths = [1.0, 5.2, 1.7, 3.5, 8.3, 3.3, 3.7]
    t = Table(data, colWidths=[w * cm for w in widths], repeatRows=1)
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#B0101C")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1),
         [colors.white, colors.HexColor("#F6F6F6")]),
        ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 10),
    ]))
    story.append(t)
    story += [Spacer(1, 12), P("Kontakt: LOs avdeling for utdanningspolitikk, "
                               "Youngs gate 11, Oslo.")]
    doc.build(story, onFirstPage=_footer("LO – rapportering 2053"),
              onLaterPages=_footer("LO – rapportering 2053 (forts.)"))
    return path


def build_akademikerne(out_dir, fname, rows):
    path = os.path.join(out_dir, fname)
    W, H = A4
    m, gap = 1.8 * cm, 0.8 * cm
    colw = (W - 2 * m - gap) / 2
    doc = BaseDocTemplate(path, pagesize=A4, invariant=1, leftMargin=m,
                          rightMargin=m, topMargin=m, bottomMargin=m)
    _meta(doc, "Akademikerne – rapport 2053", "Akademikerne")
    top_h = 4.2 * cm
    first = [Frame(m, H - m - top_h, W - 2 * m, top_h, id="title"),
             Frame(m, m, colw, H - 2 * m - top_h, id="c1"),
             Frame(m + colw + gap, m, colw, H - 2 * m - top_h, id="c2")]
    later = [Frame(m, m, colw, H - 2 * m, id="l1"),
             Frame(m + colw + gap, m, colw, H - 2 * m, id="l2")]
    foot = _footer("Akademikerne – Kompetansepolitisk råd, rapporteringsåret 2053")
    doc.addPageTemplates([PageTemplate("first", first, onPage=foot),
                          PageTemplate("later", later, onPage=foot)])
    just = ParagraphStyle("j", parent=BODY, alignment=TA_JUSTIFY, fontName="Times-Roman",
                          fontSize=10.5, leading=13.5)
    lead = ParagraphStyle("lead", parent=just, fontName="Times-Bold", spaceBefore=6,
                          alignment=0)
    sect = ParagraphStyle("sect", parent=H2, textColor=colors.HexColor("#004B6B"))
    story = [P("AKADEMIKERNE", CELLB),
             P("Kompetansepolitikk for et kunnskapsintensivt arbeidsliv – "
               "Akademikernes rapport for 2053", H1),
             P("Til Kompetansepolitisk råd, februar 2054", BODY),
             NextPageTemplate("later"), FrameBreak(),
             P("Akademikerne organiserer arbeidstakere med lang høyere utdanning. "
               "Våre medlemmer er avhengige av faglig oppdatering gjennom hele "
               "karrieren, og arbeidsgiverne trenger medarbeidere som kan ta i bruk "
               "ny kunnskap raskt. I 2053 har vi særlig arbeidet med tre områder som "
               "følger opp strategien, omtalt nedenfor.", just),
             P("Vi har ikke tatt med ordinær medlemsrettet kursvirksomhet i "
               "foreningene, som er omfattende, men som ikke er innrettet mot "
               "strategiens mål.", just)]
    for sec in dict.fromkeys(r["sec"] for r in rows):
        story.append(P(sec, sect))
        if sec in AKAD_INTRO:
            story.append(P(AKAD_INTRO[sec], just))
        for r in (x for x in rows if x["sec"] == sec):
            story += [P(r["tiltak"], lead), P(r["desc"], just)]
    story += [Spacer(1, 10),
              P("Veien videre", sect),
              P("Strategien har gitt en felles retning, men rapporteringen viser at "
                "mange tiltak fortsatt er små og kortvarige. Akademikerne ønsker at "
                "rådet i større grad følger opp effekter, og at partene får et "
                "tydeligere ansvar for å dele erfaringer mellom sektorene.", just),
              P("Akademikerne mener at rådet i 2054 bør prioritere bedre statistikk "
                "over etter- og videreutdanning og en raskere godkjenningsprosess. "
                "Vi ser fram til fortsatt samarbeid i rådet.", just)]
    doc.build(story)
    return path


AKAD_INTRO = {
    "Et tettere samspill mellom høyere utdanning og arbeidslivet":
        "Mange av våre medlemmer underviser eller veileder studenter, og mange "
        "flere tar imot studenter i praksis. Vi mener arbeidslivet må ha en "
        "tydeligere stemme når studieprogrammer utvikles, særlig i profesjons"
        "utdanningene. Det skjer i dag gjennom flere kanaler.",
    "Mer kunnskap om hvordan voksne lærer på jobben":
        "Det finnes lite systematisk kunnskap om etter- og videreutdanning blant "
        "arbeidstakere med lang høyere utdanning. Offentlig statistikk fanger i "
        "liten grad opp uformell læring, kurs i regi av foreningene og "
        "egenfinansiert videreutdanning.",
    "Raskere og enklere godkjenning av utdanning fra utlandet":
        "Lang behandlingstid for godkjenning og autorisasjon er fortsatt en "
        "barriere for medlemmer med utdanning fra utlandet. Foreningene ser at "
        "ventetiden fører til at kvalifiserte arbeidstakere tar jobber langt "
        "under sitt kompetansenivå.",
}

ART = [
    ("1 Innledning",
     "Kompetansepolitikken i Norge har de siste tiårene beveget seg fra enkeltstående "
     "tiltak mot et mer samordnet system der partene i arbeidslivet, fylkeskommunene "
     "og staten deler ansvar. Denne artikkelen undersøker om deltakelsen i "
     "jobbrelatert opplæring har endret seg i perioden 2048–2053, og hvem som "
     "har fått mest ut av endringene."),
    ("2 Bakgrunn",
     "Kompetansebehovsutvalget (KBU) og Samarbeidsrådet for yrkesopplæring (SRY) "
     "er eksempler på organer der kunnskap om behov skal omsettes til politikk. "
     "Tidligere studier har vist at tiltak rettet mot voksne med svak tilknytning "
     "til arbeidslivet når færre enn forventet (Holm og Nesje 2049)."),
    ("2.1 Teoretisk rammeverk",
     "Vi bygger på humankapitalteori og på litteraturen om arbeidsplassen som "
     "læringsarena, der læring forstås som et resultat av både organisering av "
     "arbeidet og individuelle forutsetninger."),
    ("3 Data og metode",
     "Analysen bruker seks bølger av en panelundersøkelse med 9 812 sysselsatte. "
     "Vi estimerer lineære sannsynlighetsmodeller med individfaste effekter."),
    ("4 Resultater",
     "Deltakelsen i formell videreutdanning økte med 3,1 prosentpoeng, mens "
     "uformell læring på arbeidsplassen var stabil. Økningen er størst blant "
     "arbeidstakere med fagbrev."),
    ("5 Diskusjon og konklusjon",
     "Resultatene tyder på at fleksible moduler har senket terskelen for "
     "deltakelse, men at gruppene med lavest utdanning fortsatt deltar minst. "
     "Vi drøfter implikasjoner for utforming av tiltak og for videre forskning."),
]


def build_article(out_dir, fname):
    path = os.path.join(out_dir, fname)
    doc = SimpleDocTemplate(path, pagesize=A4, invariant=1, leftMargin=2.4 * cm,
                            rightMargin=2.4 * cm, topMargin=2.2 * cm,
                            bottomMargin=2.2 * cm)
    _meta(doc, "Læring i arbeidslivet 2048–2053", "Tidsskrift for arbeidslivsforskning")
    serif = ParagraphStyle("s", parent=BODY, fontName="Times-Roman", fontSize=11,
                           leading=14.5, alignment=TA_JUSTIFY)
    small = ParagraphStyle("sm", parent=serif, fontSize=9.5, leading=12,
                           leftIndent=1 * cm, rightIndent=1 * cm)
    story = [P("Tidsskrift for arbeidslivsforskning 41 (3), 2053, s. 212–231", CELL),
             Spacer(1, 8),
             P("Hvem lærer på jobben? Deltakelse i jobbrelatert opplæring "
               "2048–2053", H1),
             P("Marte Lindqvist Ørbeck og Henrik Sæle Vangsnes, "
               "Institutt for samfunnsforskning", BODY), Spacer(1, 8),
             P("Sammendrag: Artikkelen analyserer utviklingen i deltakelse i "
               "jobbrelatert opplæring i perioden 2048–2053. Vi finner økt "
               "deltakelse i formell videreutdanning, men vedvarende forskjeller "
               "etter utdanningsnivå.", small),
             P("Nøkkelord: livslang læring, kompetansepolitikk, panelstudie", small),
             Spacer(1, 10)]
    for head, body in ART:
        story += [P(head, H2), P(body, serif)]
        if head.startswith("4"):
            tab = [["Utdanningsnivå", "2048", "2053", "Endring"],
                   ["Grunnskole", "18,2", "19,0", "0,8"],
                   ["Fagbrev", "31,5", "37,9", "6,4"],
                   ["Høyere utdanning, kort", "46,0", "48,7", "2,7"],
                   ["Høyere utdanning, lang", "55,3", "57,1", "1,8"]]
            t = Table(tab, colWidths=[6 * cm, 2.5 * cm, 2.5 * cm, 2.5 * cm])
            t.setStyle(TableStyle([
                ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9),
                ("FONT", (0, 1), (-1, -1), "Helvetica", 9),
                ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
                ("LINEBELOW", (0, 0), (-1, 0), 0.4, colors.black),
                ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
                ("ALIGN", (1, 0), (-1, -1), "RIGHT")]))
            story += [Spacer(1, 6), P("Tabell 2. Andel som deltok i jobbrelatert "
                                      "opplæring siste år, prosent", CELLB), t,
                      Spacer(1, 6)]
    story += [P("Referanser", H2),
              P("Holm, A. og Nesje, K. (2049). Tiltak som ikke når fram. Søkelys på "
                "arbeidslivet 66 (2), 101–120.", small),
              P("Kompetansebehovsutvalget (2052). Fremtidige kompetansebehov IX. "
                "Oslo: Kunnskapsdepartementet.", small)]
    doc.build(story, onFirstPage=_footer("Tidsskrift for arbeidslivsforskning 3/2053"),
              onLaterPages=_footer("Tidsskrift for arbeidslivsforskning 3/2053"))
    return path
