"""PDF documents drawn with reportlab (invariant=1 so the bytes are reproducible)."""
from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.pdfgen import canvas
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, KeepTogether, LongTable,
                                NextPageTemplate, PageTemplate, Paragraph, SimpleDocTemplate,
                                Spacer, Table, TableStyle)

from .common import FileInfo, T, attach

rl_config.invariant = 1

SS = getSampleStyleSheet()
BODY = ParagraphStyle("body", parent=SS["BodyText"], fontName="Helvetica", fontSize=10, leading=13)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=8.5, leading=10.5)
H1 = ParagraphStyle("h1", parent=SS["Heading1"], fontName="Helvetica-Bold", fontSize=16, leading=20)
H2 = ParagraphStyle("h2", parent=SS["Heading2"], fontName="Helvetica-Bold", fontSize=12.5, leading=16,
                    spaceBefore=10)
H3 = ParagraphStyle("h3", parent=SS["Heading3"], fontName="Helvetica-BoldOblique", fontSize=10.5,
                    leading=13, spaceBefore=6)

DELMAL_TEXT = {
    "1.1": "Etablere et kompetansebehovsutvalg (KBU) bestående av forskere, analytikere og representanter for alle hovedorganisasjonene i arbeidslivet og departementene.",
    "1.2": "Styrke regionalt folkevalgt nivås kompetansepolitiske ansvar og samordningsrolle, og legge bedre til rette for regionalt samarbeid mellom ulike kompetanseaktører.",
    "1.3": "Sørge for tilgang til karriereveiledning og et helhetlig system for karriereveiledning, med særlig vekt på de regionale karrieresentrene.",
    "2.3": "Samarbeide om å synliggjøre og utvikle karrieremulighetene i yrkesfaglige utdanninger og yrker.",
    "3.1": "Gi fleksibel opplæring på voksnes premisser med sikte på raskere overgang til arbeid eller videre opplæring og at flest mulig voksne får anledning til å ta videregående opplæring.",
    "3.2": "Stimulere til bruk av Kompetanseplussordningene, inkludert prosjekter i samiske områder.",
}


def P(text, style=BODY):
    return Paragraph(escape(text), style)


def _footer_cb(text):
    def cb(c, doc):
        c.saveState()
        c.setFont("Helvetica", 7.5)
        c.setFillColor(colors.grey)
        w, _ = doc.pagesize
        c.drawCentredString(w / 2, 1.1 * cm, f"{text} – side {doc.page}")
        c.restoreState()
    return cb


# --------------------------------------------------------------------------
# F02 Akademikerne: prose with headings per innsatsområde and delmål, run-in bold names
# --------------------------------------------------------------------------
def build_akademikerne(out: Path) -> FileInfo:
    name = "Akademikerne_rapport_strategien_2056.pdf"
    member = "Akademikerne"
    structure = [
        ("Innsatsområde 1: Gode valg for den enkelte og for samfunnet", [
            ("Delmål 1.1 – Kompetansebehovsutvalget", [
                T("Medlemskap i Kompetansebehovsutvalget", "M01", "1.1", "Råd/utvalg/nettverk",
                  "Akademikerne har én fast representant i KBU og har i 2056 bidratt i arbeidet med "
                  "utvalgets hovedrapport om behovet for høyt utdannet arbeidskraft."),
            ]),
            ("Delmål 1.3 – Karriereveiledning", [
                T("Seniorveiledning – pilot", "R", "1.3", "Prosjekt",
                  "Pilot med individuelle karrieresamtaler for medlemmer over 55 år, i samarbeid med "
                  "Karriere Oslo og Karriere Innlandet. Piloten evalueres høsten 2057.",
                  partnere="Karriere Oslo og Karriere Innlandet"),
            ]),
            ("Delmål 1.4 – Samarbeid mellom utdanning og arbeidsliv", [
                T("Deltakelse i RSA", "M03", "1.4", "Råd/utvalg/nettverk",
                  "Våre foreninger er representert i råd for samarbeid med arbeidslivet (RSA) ved de "
                  "fleste universitetene og flere høyskoler."),
            ]),
        ]),
        ("Innsatsområde 2: Læring i arbeidslivet", [
            ("Delmål 2.2 – Kunnskapsgrunnlaget om læring i arbeidslivet", [
                T("Etter- og videreutdanningsundersøkelsen 2056", "R", "2.2", "FoU",
                  "Spørreundersøkelse blant 9 000 medlemmer om deltakelse i etter- og "
                  "videreutdanning og arbeidsgivers tilrettelegging. Resultatene ble lagt fram "
                  "på Arendalsuka."),
            ]),
            ("Delmål 2.6 – Godkjenning av utenlandsk utdanning", [
                T("Veiledningsmateriell om godkjenning av utenlandsk høyere utdanning", "R", "2.6",
                  "Informasjon",
                  "Akademikerne har laget veiledningsmateriell på norsk og engelsk for medlemmer "
                  "med utdanning fra land utenfor Norden."),
            ]),
        ]),
    ]
    story = [P("Akademikerne", H1),
             P("Rapport til Kompetansepolitisk råd – oppfølging av Nasjonal kompetansepolitisk "
               "strategi, rapporteringsår 2056", H3),
             Spacer(1, 6),
             P("Akademikerne organiserer 13 fagforeninger med over 250 000 medlemmer. Under følger "
               "en kort omtale av våre tiltak i 2056, ordnet etter strategiens innsatsområder og "
               "delmål. Vi har ikke egne tiltak under innsatsområde 3."),
             ]
    rows = []
    for omr, dms in structure:
        story.append(P(omr, H2))
        for dm, items in dms:
            story.append(P(dm, H3))
            for tr in items:
                story.append(Paragraph(f"<b>{escape(tr.tiltak)}.</b> {escape(tr.beskrivelse)}", BODY))
                story.append(Spacer(1, 4))
                rows.append(tr)
    story += [Spacer(1, 14),
              P("Oslo, 30. januar 2057"),
              P("Akademikerne, sekretariatet")]
    doc = SimpleDocTemplate(str(out / name), pagesize=A4, invariant=1,
                            title="Akademikerne rapport 2056", author="Akademikerne",
                            leftMargin=2.5 * cm, rightMargin=2.5 * cm)
    cb = _footer_cb("Akademikerne – rapportering 2056")
    doc.build(story, onFirstPage=cb, onLaterPages=cb)
    shape = ("PDF prose; headings per innsatsområde and per delmål, each tiltak a paragraph "
             "starting with a bold run-in name; no types given")
    return FileInfo(name, member, shape, attach(rows, name, member))


# --------------------------------------------------------------------------
# F05 Fagskolerådet: slide deck (16:9 pages)
# --------------------------------------------------------------------------
def build_fagskoleradet(out: Path) -> FileInfo:
    name = "Fagskoleraadet_presentasjon_KPR_2056.pdf"
    member = "Fagskolerådet"
    slides = [
        (T("Nasjonalt fagskoleråd", "M05", "1.4", "Råd/utvalg/nettverk",
           "Fagskolerådet er fast medlem av Nasjonalt fagskoleråd og leder rådets arbeidsutvalg "
           "for kvalitet og relevans."), "Råd"),
        (T("FLEKSFAG – fleksibel fagskole for voksne i arbeid", "J05", "3.1", "Kurs/utdanning",
           "Samlingsbaserte fagskoletilbud på deltid, tilpasset voksne som står i jobb.",
           partnere="Innlandet fylkeskommune"), "Utdanningstilbud"),
        (T("Medlemsundersøkelse om Nasjonalt fagskoleråd", "R", "2.2", "FoU",
           "Undersøkelse blant fagskolene om hvordan rådets anbefalinger brukes i "
           "tilbudsutviklingen."), "Undersøkelse"),
        (T("Fagskoledagen 2056", "R", "2.3", "Arrangement",
           "Nasjonal konferanse for fagskoler, arbeidsliv og fylkeskommuner i Trondheim, "
           "14. oktober."), "Konferanse"),
        (T("Fagskolekartet.no", "R", "2.3", "Informasjon",
           "Nettside som viser alle fagskoletilbud etter fagområde og fylke, oppdatert i 2056."),
         "Nettside"),
    ]
    W, H = 960, 540
    c = canvas.Canvas(str(out / name), pagesize=(W, H), invariant=1)
    c.setTitle("Fagskolerådet – rapportering 2056")
    c.setAuthor("Fagskolerådet")
    navy = colors.HexColor("#1F3864")
    accent = colors.HexColor("#E07A1F")
    page = [0]

    def frame(title):
        page[0] += 1
        c.setFillColor(navy)
        c.rect(0, H - 90, W, 90, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 30)
        c.drawString(50, H - 60, title)
        c.setFillColor(accent)
        c.rect(0, 0, W, 8, stroke=0, fill=1)
        c.setFillColor(colors.grey)
        c.setFont("Helvetica", 10)
        c.drawString(50, 22, "Fagskolerådet  |  Rapportering til Kompetansepolitisk råd 2056")
        c.drawRightString(W - 40, 22, str(page[0]))
        c.setFillColor(colors.black)

    def bullets(items, y=H - 140, size=20):
        for it in items:
            c.setFont("Helvetica", size)
            c.setFillColor(accent)
            c.drawString(60, y, "•")
            c.setFillColor(colors.black)
            lines = _wrap(it, "Helvetica", size, W - 150)
            for ln in lines:
                c.drawString(90, y, ln)
                y -= size * 1.35
            y -= 10
        return y

    # title slide
    page[0] += 1
    c.setFillColor(navy)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("Helvetica-Bold", 40)
    c.drawCentredString(W / 2, H / 2 + 30, "Fagskolerådet")
    c.setFont("Helvetica", 22)
    c.drawCentredString(W / 2, H / 2 - 20, "Våre tiltak i 2056 – Nasjonal kompetansepolitisk strategi")
    c.setFont("Helvetica", 14)
    c.drawCentredString(W / 2, H / 2 - 60, "Møte i Kompetansepolitisk råd, februar 2057")
    c.showPage()
    # agenda
    frame("Innhold")
    bullets(["Om Fagskolerådet", "Fem tiltak i 2056", "Veien videre"])
    c.showPage()
    frame("Om Fagskolerådet")
    bullets(["Interesseorganisasjon for offentlige og private fagskoler",
             "Rapporterer ett tiltak per lysbilde på de neste sidene"])
    c.showPage()
    rows = []
    for tr, kat in slides:
        frame(tr.tiltak)
        items = [f"Delmål: {tr.delmal}", f"Kategori: {kat}", tr.beskrivelse]
        if tr.partnere:
            items.append(f"Samarbeid: {tr.partnere}")
        bullets(items)
        c.showPage()
        rows.append(tr)
    frame("Veien videre")
    bullets(["Flere fleksible tilbud i 2057", "Tettere kobling til regionale kompetanseforum"])
    c.showPage()
    c.save()
    shape = ("PDF slide deck (16:9), title/agenda slides, then one slide per tiltak with bullets "
             "Delmål/Kategori/description; own type words (Utdanningstilbud, Undersøkelse, Konferanse, Nettside)")
    return FileInfo(name, member, shape, attach(rows, name, member))


def _wrap(text, font, size, width):
    from reportlab.pdfbase.pdfmetrics import stringWidth
    words = text.split()
    lines, cur = [], ""
    for w in words:
        cand = (cur + " " + w).strip()
        if stringWidth(cand, font, size) <= width:
            cur = cand
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


# --------------------------------------------------------------------------
# F06 Kompetanseforbundet: printed e-mail with a lettered list
# --------------------------------------------------------------------------
def build_kompetanseforbundet(out: Path) -> FileInfo:
    name = "Kompetanseforbundet_epost_rapportering_2056.pdf"
    member = "Kompetanseforbundet"
    items = [
        T("Nasjonalt forum for karriereveiledning (NFK)", "M06", "1.3", "Råd/utvalg/nettverk",
          "Vi har en fast plass i forumet og har i år deltatt i arbeidsgruppen om veiledning "
          "for voksne i arbeid."),
        T("DILFRI", "J03", "3.6", "Prosjekt",
          "Digitalt løft for frivilligheten, som vi driver sammen med VOFO. Vi har stått for "
          "kursmateriell og opplæring av kursledere.", partnere="VOFO"),
        T("Realkompetansevurdering i praksis – kursrekke for veiledere", "R", "2.5", "Kurs/utdanning",
          "Fire nettsamlinger for veiledere i voksenopplæringen om dokumentasjon av kompetanse "
          "ervervet i arbeidslivet."),
        T("Voksenopplæringskonferansen 2056", "R", "3.1", "Arrangement",
          "Vår årlige konferanse, i år på Gardermoen med 240 deltakere."),
    ]
    c = canvas.Canvas(str(out / name), pagesize=A4, invariant=1)
    c.setTitle("Innrapportering tiltak 2056")
    W, H = A4
    x = 2 * cm
    y = H - 2 * cm
    c.setFont("Helvetica-Bold", 9)
    c.drawString(x, y, "Marte Lunde")
    c.setFont("Helvetica", 9)
    c.drawRightString(W - 2 * cm, y, "Skrevet ut: 05.02.2057 10:14")
    y -= 8
    c.line(x, y, W - 2 * cm, y)
    y -= 20
    headers = [("Fra:", "Marte Lunde <marte.lunde@kompetanseforbundet.no>"),
               ("Sendt:", "tirsdag 4. februar 2057 15:42"),
               ("Til:", "postmottak@kompetansepolitiskraad.no"),
               ("Kopi:", "Daglig leder"),
               ("Emne:", "SV: Innrapportering tiltak 2056 – frist 5. februar"),
               ("Vedlegg:", "(ingen)")]
    for k, v in headers:
        c.setFont("Helvetica-Bold", 10)
        c.drawString(x, y, k)
        c.setFont("Helvetica", 10)
        c.drawString(x + 2.2 * cm, y, v)
        y -= 14
    y -= 10
    wrapw = W - 4 * cm

    def para(text, indent=0, font="Helvetica", size=10.5, gap=6):
        nonlocal y
        for ln in _wrap(text, font, size, wrapw - indent):
            c.setFont(font, size)
            c.drawString(x + indent, y, ln)
            y -= size * 1.35
        y -= gap

    para("Hei,")
    para("Takk for påminnelsen. Her er Kompetanseforbundets rapportering for 2056 – vi sender "
         "den i e-posten i stedet for i skjemaet, håper det går fint. Delmål står etter navnet.")
    rows = []
    for letter, tr in zip("abcd", items):
        c.setFont("Helvetica", 10.5)
        c.drawString(x + 0.3 * cm, y, f"{letter})")
        para(f"{tr.tiltak}, delmål {tr.delmal}: {tr.beskrivelse}", indent=1.0 * cm)
        rows.append(tr)
    para("Si fra hvis dere trenger mer informasjon om noen av punktene.")
    para("Vennlig hilsen")
    para("Marte Lunde", gap=0)
    para("Rådgiver, Kompetanseforbundet", gap=2)
    y -= 8
    para("> -----Opprinnelig melding-----", font="Helvetica-Oblique", size=9, gap=0)
    para("> Fra: Sekretariatet for Kompetansepolitisk råd", font="Helvetica-Oblique", size=9, gap=0)
    para("> Emne: Innrapportering tiltak 2056 – frist 5. februar", font="Helvetica-Oblique", size=9, gap=0)
    para("> Vi minner om fristen for å rapportere tiltak for 2056. Bruk gjerne det vedlagte skjemaet.",
         font="Helvetica-Oblique", size=9, gap=0)
    c.setFont("Helvetica", 8)
    c.drawRightString(W - 2 * cm, 1.2 * cm, "1")
    c.showPage()
    c.save()
    shape = ("PDF print of an e-mail (headers Fra/Sendt/Til/Emne, quoted original); lettered list "
             "a)–d) 'name, delmål x.y: description'; types not given")
    return FileInfo(name, member, shape, attach(rows, name, member))


# --------------------------------------------------------------------------
# F10 Agder: two-column PDF with delmål headings, type in brackets
# --------------------------------------------------------------------------
def build_agder(out: Path) -> FileInfo:
    name = "Agder_fylkeskommune_kompetanserapport_2056.pdf"
    member = "Agder fylkeskommune"
    groups = [
        ("1.3 Karriereveiledning", [
            (T("Regionalt forum for karriereveiledning i Agder", "R", "1.3", "Råd/utvalg/nettverk",
               "Agders egen regionale versjon av det nasjonale forumet. Forumet samler Karriere Agder, "
               "NAV, skolene og partene og møttes fire ganger i 2056.",
               ansvarlig="Karriere Agder"), "nettverk"),
        ]),
        ("2.1 Digital kompetanse", [
            (T("Digital grunnkompetanse for kommuneansatte", "R", "2.1", "Kurs/utdanning",
               "Modulbaserte kurs for ansatte i helse- og omsorgstjenestene i 25 kommuner, levert av "
               "Universitetet i Agder og fagskolen.",
               partnere="Universitetet i Agder, Fagskolen i Agder"), "kurs"),
        ]),
        ("2.3 Karrieremuligheter i yrkesfag", [
            (T("Yrkesmessa Agder 2056", "R", "2.3", "Arrangement",
               "To dager i Kristiansand der 3 800 elever i ungdomsskolen møtte lærebedrifter og "
               "lærlinger fra alle utdanningsprogrammene."), "arrangement"),
        ]),
        ("3.1 Fleksibel opplæring for voksne", [
            (T("FLEKSFAG Agder", "R", "3.1", "Kurs/utdanning",
               "Regional utgave av FLEKSFAG med egne studieplasser i elektro og helse, finansiert av "
               "fylkeskommunen. Tiltaket er adskilt fra det nasjonale samarbeidet mellom "
               "Fagskolerådet og Innlandet.",
               ansvarlig="Fagskolen i Agder"), "utdanning"),
        ]),
        ("3.4 Kvalifisering av innvandrere", [
            (T("Agder-modellen for norsk på arbeidsplassen", "R", "3.4", "Prosjekt",
               "Kombinerer norskopplæring og arbeidspraksis i regi av kommunene, med språkmentorer i "
               "bedriftene.", partnere="NAV Agder, IMDi"), "prosjekt"),
        ]),
    ]
    W, H = A4
    m = 1.8 * cm
    gap = 0.8 * cm
    colw = (W - 2 * m - gap) / 2
    title_h = 4.2 * cm
    first = [Frame(m, H - m - title_h, W - 2 * m, title_h, id="title"),
             Frame(m, m + 0.6 * cm, colw, H - 2 * m - title_h - 0.6 * cm, id="c1"),
             Frame(m + colw + gap, m + 0.6 * cm, colw, H - 2 * m - title_h - 0.6 * cm, id="c2")]
    later = [Frame(m, m + 0.6 * cm, colw, H - 2 * m - 0.6 * cm, id="l1"),
             Frame(m + colw + gap, m + 0.6 * cm, colw, H - 2 * m - 0.6 * cm, id="l2")]
    cb = _footer_cb("Agder fylkeskommune · Kompetanserapport 2056")
    doc = BaseDocTemplate(str(out / name), pagesize=A4, invariant=1,
                          title="Kompetanserapport 2056", author="Agder fylkeskommune")
    doc.addPageTemplates([PageTemplate("first", first, onPage=cb),
                          PageTemplate("later", later, onPage=cb)])
    colbody = ParagraphStyle("cb", parent=BODY, fontSize=9.5, leading=12.5, alignment=4)
    colh = ParagraphStyle("ch", parent=H2, fontSize=11, textColor=colors.HexColor("#00594F"))
    story = [P("Agder fylkeskommune", H1),
             P("Kompetanserapport 2056 – innspill til Kompetansepolitisk råd", H3),
             P("Regional plan for verdiskaping og kompetanse, handlingsprogram 2056–2059", SMALL),
             NextPageTemplate("later"), FrameBreak()]
    story.append(P("Innledning", colh))
    story.append(P("Agder fylkeskommune har i 2056 videreført arbeidet med regional "
                   "kompetansestrategi sammen med partnerskapet Kompetanse Agder. Denne rapporten "
                   "beskriver de tiltakene fylkeskommunen selv har ansvar for. Tiltakene er ordnet "
                   "etter delmålene i Nasjonal kompetansepolitisk strategi, og type tiltak står i "
                   "parentes etter navnet.", colbody))
    story.append(P("Tiltak som gjennomføres av kommunene alene, og tiltak i regi av NAV, er ikke "
                   "med i oversikten. Fylkeskommunens deltakelse i nasjonale råd og utvalg "
                   "rapporteres av KS.", colbody))
    rows = []
    for head, items in groups:
        story.append(P("Delmål " + head, colh))
        for tr, typeword in items:
            story.append(Paragraph(f"<b>{escape(tr.tiltak)}</b> ({typeword})", colbody))
            story.append(P(tr.beskrivelse, colbody))
            extra = []
            if tr.ansvarlig:
                extra.append(f"Ansvarlig: {tr.ansvarlig}")
            if tr.partnere:
                extra.append(f"Samarbeid: {tr.partnere}")
            if extra:
                story.append(Paragraph("<i>" + escape(". ".join(extra)) + "</i>", colbody))
            story.append(Spacer(1, 5))
            rows.append(tr)
    story.append(P("Videre arbeid", colh))
    story.append(P("I 2057 vil fylkeskommunen prioritere voksne uten fullført videregående "
                   "opplæring og arbeidet med regionale analyser av kompetansebehov. Resultatene "
                   "fra Yrkesmessa og FLEKSFAG Agder evalueres i samarbeid med partnerskapet.",
                   colbody))
    story.append(P("Kristiansand, januar 2057", colbody))
    doc.build(story)
    shape = ("PDF in two columns under a full-width title; headings 'Delmål x.y …', bold tiltak name "
             "with own type word in brackets, italic Ansvarlig/Samarbeid line")
    return FileInfo(name, member, shape, attach(rows, name, member))


# --------------------------------------------------------------------------
# F11 Innlandet: long landscape table over pages, delmål column in words only
# --------------------------------------------------------------------------
def build_innlandet(out: Path) -> FileInfo:
    name = "Innlandet_fk_tiltaksoversikt_2056.pdf"
    member = "Innlandet fylkeskommune"
    rows = [
        (T("Fleksibel fagskole for voksne (FLEKSFAG)", "J05", "3.1", "Kurs/utdanning",
           "Innlandet er vertsfylke for FLEKSFAG, som utvikles sammen med Fagskolerådet. I 2056 ble "
           "det tilbudt samlingsbaserte deltidsstudier i helse, bygg og elkraft på fire studiesteder, "
           "med 212 studenter. Undervisningen er lagt til kveldstid og helger slik at studentene "
           "kan stå i jobb, og arbeidsgivere er trukket inn i utforming av praksisdelen.",
           ansvarlig="Fagskolen Innlandet", partnere="Fagskolerådet"), "Utdanning"),
        (T("Yrkesopplæringsnemnda i Innlandet", "R", "2.3", "Råd/utvalg/nettverk",
           "Fylkets yrkesopplæringsnemnd gir råd om dimensjonering og kvalitet i fag- og "
           "yrkesopplæringen. Nemnda hadde seks møter i 2056 og behandlet blant annet "
           "tilbudsstrukturen for skoleåret 2057–2058 og tiltak for å øke antallet læreplasser i "
           "distriktene. Nemnda er sammensatt etter samme mønster som SRY, men er et regionalt organ.",
           ansvarlig="Seksjon for fagopplæring"), "Nemnd"),
        (T("Innlandet kompetanseforum", "R", "1.2", "Råd/utvalg/nettverk",
           "Partnerskap mellom fylkeskommunen, NAV, partene i arbeidslivet, universitet og "
           "høgskoler, fagskolen og kommunene. Forumet har i 2056 revidert den regionale "
           "kompetansestrategien og fordelt midler til fem regionale kompetansetiltak.",
           ansvarlig="Næring og kompetanse", partnere="NAV Innlandet, LO, NHO Innlandet, KS Innlandet"),
         "Forum"),
        (T("Karriere Innlandet – veiledning for permitterte", "R", "1.3", "Prosjekt",
           "Karrieresentrene har gitt gruppeveiledning og individuelle samtaler til permitterte "
           "arbeidstakere i treindustrien, i samarbeid med NAV. Tiltaket nådde 430 personer og "
           "videreføres i 2057 med vekt på omstilling til nye bransjer.",
           ansvarlig="Karriere Innlandet", partnere="NAV Innlandet"), "Prosjekt"),
        (T("Kompetansepluss i landbruket", "R", "3.2", "Prosjekt",
           "Søknadsverksted og oppfølging for landbruksbedrifter og samvirker som vil søke "
           "Kompetansepluss arbeid. Åtte virksomheter fikk innvilget prosjekter i 2056, med kurs i "
           "lesing, regning og digitale ferdigheter for sesongarbeidere og fast ansatte.",
           ansvarlig="Næring og kompetanse", partnere="Norsk Landbrukssamvirke"), "Prosjekt"),
        (T("Analyse av kompetansebehov i Innlandet 2056–2060", "R", "1.2", "FoU",
           "Fylkeskommunen har fått utarbeidet en regional analyse av kompetansebehov fram mot "
           "2060, basert på registerdata, NHOs kompetansebarometer og intervjuer med 60 "
           "virksomheter. Analysen brukes som kunnskapsgrunnlag for tilbudsstruktur og regional plan.",
           ansvarlig="Analyseenheten", partnere="Østlandsforskning"), "Analyse"),
    ]
    cell = ParagraphStyle("cell", parent=BODY, fontSize=8.5, leading=10.5)
    cellb = ParagraphStyle("cellb", parent=cell, fontName="Helvetica-Bold")
    head = ParagraphStyle("head", parent=cell, fontName="Helvetica-Bold", textColor=colors.white)
    data = [[Paragraph(h, head) for h in ["Tiltak / aktivitet", "Delmål i strategien", "Kategori",
                                           "Ansvar", "Partnere", "Beskrivelse"]]]
    for tr, kat in rows:
        data.append([Paragraph(escape(tr.tiltak), cellb), P(DELMAL_TEXT[tr.delmal], cell),
                     P(kat, cell), P(tr.ansvarlig, cell), P(tr.partnere, cell),
                     P(tr.beskrivelse, cell)])
    tbl = LongTable(data, colWidths=[4.2 * cm, 5.6 * cm, 2.0 * cm, 3.0 * cm, 3.6 * cm, 8.4 * cm],
                    repeatRows=1)
    tbl.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#6A2C70")),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#F3ECF4")]),
    ]))
    story = [P("Innlandet fylkeskommune", H1),
             P("Tiltaksoversikt 2056 – rapportering til Kompetansepolitisk råd", H3),
             P("Oversikten viser fylkeskommunens tiltak som bidrar til Nasjonal kompetansepolitisk "
               "strategi. Kolonnen «Delmål i strategien» gjengir delmålet tiltaket hører til. "
               "Saksnummer 2057/114, vedtatt i fylkesutvalget 11. februar 2057.", BODY),
             Spacer(1, 6),
             P("Bakgrunn", H2),
             P("Fylkestinget vedtok i 2054 en regional kompetansestrategi for perioden 2054–2058. "
               "Strategien bygger på den nasjonale strategien og har tre satsingsområder: "
               "karriereveiledning og gode valg, læring i arbeidslivet og kompetanseløft for voksne "
               "med svak tilknytning til arbeidslivet. Tiltakene i tabellen under er fylkeskommunens "
               "egne eller tiltak der fylkeskommunen er vert. Tiltak som eies av kommunene, NAV eller "
               "statlige aktører er ikke tatt med, heller ikke tiltak som er avsluttet før 2056.", BODY),
             P("Kostnadstall og antall deltakere er hentet fra fylkeskommunens årsrapport og kan "
               "avvike noe fra tall rapportert til andre instanser. Spørsmål om tabellen kan rettes "
               "til seksjon for næring og kompetanse.", BODY),
             Spacer(1, 6),
             tbl,
             Spacer(1, 10),
             P("Hamar, 12. februar 2057", BODY)]
    doc = SimpleDocTemplate(str(out / name), pagesize=landscape(A4), invariant=1,
                            title="Tiltaksoversikt 2056", author="Innlandet fylkeskommune",
                            leftMargin=1.5 * cm, rightMargin=1.5 * cm,
                            topMargin=1.5 * cm, bottomMargin=1.8 * cm)
    cb = _footer_cb("Innlandet fylkeskommune – tiltaksoversikt 2056")
    doc.build(story, onFirstPage=cb, onLaterPages=cb)
    shape = ("PDF landscape, six-column table running over pages with repeated header; "
             "'Delmål i strategien' column holds the delmål's words only (no code); own type words "
             "(Utdanning, Nemnd, Forum, Analyse)")
    return FileInfo(name, member, shape, attach([r[0] for r in rows], name, member))


# --------------------------------------------------------------------------
# F14 Vestland: Nynorsk plain table, type in brackets after the name
# --------------------------------------------------------------------------
def build_vestland(out: Path) -> FileInfo:
    name = "Vestland_fylkeskommune_rapport_2056.pdf"
    member = "Vestland fylkeskommune"
    rows = [
        (T("Plass i Nasjonalt fagskuleråd", "M05", "1.4", "Råd/utvalg/nettverk",
           "Vestland fylkeskommune har ein av dei fylkeskommunale plassane i rådet og har i 2056 "
           "arbeidd med finansiering av fagskuletilbod.", ansvarlig="Opplæring og kompetanse"),
         "råd/utval"),
        (T("YLV – Yrkesfagløftet Vestlandet", "J04", "2.3", "Prosjekt",
           "Felles prosjekt med Møre og Romsdal fylkeskommune om rollemodellar og bedriftsbesøk "
           "for ungdomsskuleelevar.", ansvarlig="Opplæring og kompetanse",
           partnere="Møre og Romsdal fylkeskommune"), "prosjekt"),
        (T("YLV 2 – rekruttering til maritime fag", "R", "2.3", "Prosjekt",
           "Ny fase starta hausten 2056, berre i Vestland, retta mot maritime lærefag i "
           "Sunnhordland og Nordfjord. Fasen har eige budsjett og eiga styringsgruppe.",
           ansvarlig="Opplæring og kompetanse"), "prosjekt"),
        (T("Modulstrukturert fagopplæring for vaksne", "R", "3.1", "Kurs/utdanning",
           "Vaksne kan ta fag- og sveinebrev modul for modul ved seks vidaregåande skular, med "
           "opptak heile året.", ansvarlig="Vaksenopplæring Vestland"), "opplæring"),
        (T("Karrieredagane i Vestland", "R", "1.3", "Arrangement",
           "Tre karrieredagar i Bergen, Førde og Stord for vaksne i omstilling, med rettleiarar "
           "frå Karriere Vestland og NAV.", ansvarlig="Karriere Vestland", partnere="NAV Vestland"),
         "arrangement"),
    ]
    cell = ParagraphStyle("vcell", parent=BODY, fontSize=9, leading=11.5)
    data = [[P(h, ParagraphStyle("vh", parent=cell, fontName="Helvetica-Bold"))
             for h in ["Delmål", "Tiltak (type)", "Skildring", "Ansvarleg", "Partnarar"]]]
    for tr, tw in rows:
        data.append([P(tr.delmal, cell), P(f"{tr.tiltak} ({tw})", cell), P(tr.beskrivelse, cell),
                     P(tr.ansvarlig, cell), P(tr.partnere, cell)])
    tbl = Table(data, colWidths=[1.3 * cm, 4.0 * cm, 5.9 * cm, 3.1 * cm, 2.7 * cm], repeatRows=1)
    tbl.setStyle(TableStyle([
        ("LINEBELOW", (0, 0), (-1, 0), 1, colors.black),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, colors.grey),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    story = [P("Vestland fylkeskommune", H1),
             P("Rapportering til Kompetansepolitisk råd for 2056", H3),
             P("Tabellen viser tiltaka fylkeskommunen har rapportert for 2056. Type tiltak står i "
               "parentes etter namnet på tiltaket.", BODY),
             Spacer(1, 8), tbl, Spacer(1, 10),
             P("Bergen, 6. februar 2057", BODY)]
    doc = SimpleDocTemplate(str(out / name), pagesize=A4, invariant=1,
                            title="Rapport 2056", author="Vestland fylkeskommune",
                            leftMargin=2 * cm, rightMargin=2 * cm)
    doc.build(story)
    shape = ("PDF, Nynorsk, plain five-column table; type in brackets after the tiltak name "
             "('… (prosjekt)'); includes YLV and its separate new phase YLV 2")
    return FileInfo(name, member, shape, attach([r[0] for r in rows], name, member))


# --------------------------------------------------------------------------
# F16 Not a member report: the secretariat's meeting notice
# --------------------------------------------------------------------------
def build_innkalling(out: Path) -> FileInfo:
    name = "Innkalling_KPR_mote_1_2057.pdf"
    story = [P("Sekretariatet for Kompetansepolitisk råd", H3),
             P("Innkalling til møte i Kompetansepolitisk råd", H1),
             P("Tid: torsdag 6. mars 2057 kl. 10.00–15.00. Sted: Kunnskapsdepartementet, "
               "Kirkegata 18, Oslo, og digitalt.", BODY),
             Spacer(1, 8),
             P("Saksliste", H2)]
    agenda = [
        ("Sak 1/57", "Godkjenning av innkalling og saksliste"),
        ("Sak 2/57", "Kompetansebehovsutvalget (KBU) orienterer om ny hovedrapport"),
        ("Sak 3/57", "Medlemmenes rapportering for 2056 – status og purring. Frist for rapportering "
                     "var 5. februar 2057; sekretariatet har mottatt 31 av 38 rapporter."),
        ("Sak 4/57", "Orientering fra Samarbeidsrådet for yrkesopplæring (SRY) og Nasjonalt "
                     "fagskoleråd om dimensjonering av fagskoletilbud"),
        ("Sak 5/57", "Nasjonalt forum for karriereveiledning – forslag til felles arbeidsplan"),
        ("Sak 6/57", "Eventuelt"),
    ]
    data = [[P(a, BODY), P(b, BODY)] for a, b in agenda]
    tbl = Table(data, colWidths=[2.4 * cm, 13.5 * cm])
    tbl.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                             ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.lightgrey)]))
    story += [tbl, Spacer(1, 12),
              P("Sakspapirer blir sendt ut senest én uke før møtet. Meld forfall til sekretariatet. "
                "Medlemmer som ennå ikke har sendt rapport for 2056, bes gjøre det snarest.", BODY),
              Spacer(1, 12),
              P("Med hilsen", BODY),
              P("Sekretariatet for Kompetansepolitisk råd", BODY)]
    doc = SimpleDocTemplate(str(out / name), pagesize=A4, invariant=1,
                            title="Innkalling", author="Sekretariatet")
    doc.build(story)
    shape = ("PDF meeting notice from the secretariat with an agenda naming KBU, SRY, "
             "Nasjonalt fagskoleråd and the career forum; not a member report, zero truth rows")
    return FileInfo(name, "(none – secretariat notice)", shape, [])
