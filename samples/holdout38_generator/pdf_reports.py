"""PDF reports: Unio (two-column prose with run-in headings, delmål only as
paraphrased words, types inline or missing) and Regjeringen (long table with
repeated header whose rows split across pages)."""
from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak,
                                NextPageTemplate, PageTemplate, Paragraph,
                                SimpleDocTemplate, Spacer, Table, TableStyle)

from .common import Doc, Row, esc, register_fonts

GOAL_14 = ("målet om mer relevant utdanning gjennom tettere samarbeid mellom "
           "utdanningstilbydere og arbeidslivet")
UNIO = [
    (Row("M03", "Råd for samarbeid med arbeidslivet", "1.4",
         "Råd/utvalg/nettverk", "", "",
         "Unio bidrar inn i rådene for samarbeid med arbeidslivet ved "
         "universiteter og høyskoler gjennom lokale tillitsvalgte fra "
         "forbundene, særlig i lærer-, sykepleier- og politiutdanningene."),
     f"Tiltaket hører inn under {GOAL_14}."),
    (Row("M04", "Plass i UHR-Lærerutdanning", "1.4", "Råd/utvalg/nettverk",
         "Utdanningsforbundet", "",
         "Gjennom Utdanningsforbundet deltar Unio i UHRs fagstrategiske "
         "enhet for lærerutdanning, der kvalitet og praksisopplæring i "
         "lærerutdanningene drøftes."),
     "Også dette er et nettverkstiltak under samme mål."),
    (Row("R112", "Undersøkelse om RSA blant tillitsvalgte", "1.4", "FoU",
         "Unio-sekretariatet", "",
         "Høsten 2058 spurte Unio 420 tillitsvalgte om hvordan rådene for "
         "samarbeid med arbeidslivet fungerer. Resultatene er sendt UHR.",
         trap="Unio's own survey of the RSA councils"),
     "Undersøkelsen er et kunnskapstiltak (FoU) knyttet til samme mål."),
    (Row("R113", "Videreutdanning for sykepleiere i kommunehelsetjenesten",
         "2.4", "Kurs/utdanning", "Norsk Sykepleierforbund", "KS",
         "Unio har arbeidet for flere deltidstilbud i videreutdanning "
         "innen geriatri og psykisk helse, tilpasset sykepleiere som står i "
         "full jobb."),
     "Målet er å koble kompetansebehovene i kommunene til tilbudene ved "
     "høyskolene."),
]


def _unio_page(canv, doc):
    canv.saveState()
    canv.setFont("DV", 7.5)
    canv.setFillColor(colors.HexColor("#5A5A5A"))
    canv.drawString(2 * cm, 1.2 * cm, "Unio – kompetanserapport 2058")
    canv.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f"Side {doc.page}")
    canv.restoreState()


def build_unio(out_dir) -> Doc:
    register_fonts()
    fn = "Unio_kompetanserapport_2058.pdf"
    W, H = A4
    m, gap = 2 * cm, 0.8 * cm
    colw = (W - 2 * m - gap) / 2
    top = Frame(m, H - m - 4 * cm, W - 2 * m, 4 * cm, id="top")
    c1 = Frame(m, 2 * cm, colw, H - m - 2 * cm - 4.2 * cm, id="c1")
    c2 = Frame(m + colw + gap, 2 * cm, colw, H - m - 2 * cm - 4.2 * cm,
               id="c2")
    d1 = Frame(m, 2 * cm, colw, H - m - 2 * cm, id="d1")
    d2 = Frame(m + colw + gap, 2 * cm, colw, H - m - 2 * cm, id="d2")
    doc = BaseDocTemplate(str(out_dir / fn), pagesize=A4, invariant=1,
                          title="Unio kompetanserapport 2058", author="Unio",
                          creator="", subject="")
    doc.addPageTemplates([
        PageTemplate("first", [top, c1, c2], onPage=_unio_page),
        PageTemplate("later", [d1, d2], onPage=_unio_page)])
    title = ParagraphStyle("t", fontName="DVS-B", fontSize=20, leading=24,
                           textColor=colors.HexColor("#7A1F3D"))
    lead = ParagraphStyle("l", fontName="DVS-I", fontSize=10.5, leading=14)
    body = ParagraphStyle("b", fontName="DVS", fontSize=9.5, leading=13,
                          spaceAfter=7, alignment=0)
    small = ParagraphStyle("s", parent=body, fontName="DVS-I", fontSize=8.5,
                           spaceAfter=10, alignment=0)
    st = [NextPageTemplate("later"),
          Paragraph("Kompetansepolitikk i Unio 2058", title), Spacer(1, 6),
          Paragraph("Unios bidrag til oppfølgingen av Nasjonal "
                    "kompetansepolitisk strategi – rapport til "
                    "Kompetansepolitisk råd", lead), FrameBreak()]
    st.append(Paragraph(
        "Unio organiserer arbeidstakere med lang utdanning fra universiteter "
        "og høyskoler. For oss handler kompetansepolitikk både om kvaliteten "
        "i utdanningene og om muligheten til å lære hele livet. Nedenfor "
        "omtaler vi det vi har gjort i 2058.", body))
    st.append(Paragraph(
        "Unio er ikke representert i Kompetansebehovsutvalget, men har i "
        "møter med departementet tatt til orde for at utvalget bør se mer "
        "på behovet for helsepersonell.", body))
    for r, goal in UNIO:
        txt = (f"<b>{esc(r.tiltak)}.</b> {esc(r.beskrivelse)} {esc(goal)}")
        st.append(Paragraph(txt, body))
        bits = []
        if r.ansvarlig:
            bits.append(f"Ansvarlig: {esc(r.ansvarlig)}")
        if r.partners:
            bits.append(f"Samarbeid: {esc(r.partners)}")
        if bits:
            st.append(Paragraph(" · ".join(bits), small))
    st.append(Paragraph(
        "<b>Om arbeidet i forbundene.</b> Mye av kompetansearbeidet i Unio "
        "skjer i medlemsforbundene og gjennom tillitsvalgte lokalt. Det er "
        "ikke tatt med her, med mindre Unio sentralt har hatt en rolle.",
        body))
    st.append(Paragraph(
        "<b>Veien videre.</b> I 2059 vil Unio prioritere etter- og "
        "videreutdanning for ansatte i offentlig sektor og følge opp "
        "funnene fra undersøkelsen blant tillitsvalgte.", body))
    doc.build(st)
    return Doc(fn, "Unio", "PDF two-column prose, bold run-in headings, "
               "delmål only as paraphrased goal words, types inline or "
               "missing", [r for r, _ in UNIO])


REG = [
    (Row("M01", "Kompetansebehovsutvalget (KBU)", "1.1",
         "Råd/utvalg/nettverk", "Kunnskapsdepartementet",
         "Hovedorganisasjonene i arbeidslivet, forskningsmiljøer",
         "Utvalget er videreført for perioden 2058–2062 med nytt mandat. KBU "
         "la i juni fram rapporten «Kompetansebehov i et arbeidsliv i "
         "omstilling» og har startet arbeidet med en temarapport om "
         "regionale forskjeller i tilgangen på fagarbeidere. Sekretariatet "
         "er lagt til Direktoratet for høyere utdanning og kompetanse."),
     "1.1 Kunnskap om kompetansebehov", "Råd/utvalg"),
    (Row("M05", "Nasjonalt fagskoleråd", "2.4", "Råd/utvalg/nettverk",
         "Kunnskapsdepartementet",
         "Fagskolene, partene i arbeidslivet, fylkeskommunene",
         "Rådet gir departementet råd om utviklingen av fagskolesektoren. I "
         "2058 har rådet særlig arbeidet med dimensjonering av tilbud innen "
         "helse og fornybar energi, og med hvordan bransjene kan melde inn "
         "behov for nye korte tilbud."),
     "2.4 Koble virksomheter og tilbydere", "Råd/utvalg"),
    (Row("J04", "Språkstigen – norsk og praksis i kombinasjon", "3.4",
         "Prosjekt", "Arbeids- og inkluderingsdepartementet / IMDi",
         "KS, LO",
         "Utprøving i 14 kommuner av et løp der norskopplæring kombineres "
         "med språkpraksis i ordinære virksomheter. Deltakerne får en fast "
         "språkmentor på arbeidsplassen. Følgeevaluering startet høsten "
         "2058, og første delrapport kommer våren 2059. Kommunene melder at "
         "deltakerne kommer raskere i jobb enn i det ordinære "
         "introduksjonsprogrammet, men at det er krevende å finne nok "
         "praksisplasser i distriktene. Departementet vurderer om modellen "
         "skal gjøres permanent."),
     "3.4 Kvalifisering av innvandrere", "Prosjekt"),
    (Row("R114", "Forsøk med Kompetansepluss arbeid kombinert med "
         "fagopplæring", "3.2", "Prosjekt",
         "Kunnskapsdepartementet / HK-dir", "Fylkeskommunene",
         "Forsøket lar virksomheter kombinere opplæring i grunnleggende "
         "ferdigheter med et løp mot fagbrev for ansatte uten fullført "
         "videregående opplæring. Tolv virksomheter i fem fylker deltok i "
         "2058. Erfaringene brukes i arbeidet med å videreutvikle "
         "Kompetansepluss arbeid i dialog med partene."),
     "3.2 Kompetansepluss", "Forsøk/prosjekt"),
    (Row("R115", "Toårig yrkesrettet opplæringstiltak i NAV", "3.5",
         "Kurs/utdanning", "Arbeids- og velferdsdirektoratet", "",
         "Tiltaket gir arbeidssøkere med svak formell kompetanse et "
         "sammenhengende løp med opplæring og praksis over inntil to år. I "
         "2058 ble ordningen utvidet til alle fylker, og om lag 1 900 "
         "deltakere startet. Kurs i grunnleggende ferdigheter og "
         "norskopplæring inngår der det trengs."),
     "3.5 NAVs opplæringstilbud", "Utdanning"),
    (Row("R116", "Ny digital søknadsløsning for godkjenning av utenlandsk "
         "utdanning", "2.6", "Prosjekt", "HK-dir", "",
         "Ny løsning der søkere kan laste opp dokumentasjon én gang og få "
         "behandlet søknad om generell godkjenning og godkjenning av "
         "yrkeskvalifikasjoner samlet. Gjennomsnittlig saksbehandlingstid "
         "gikk ned fra elleve til fem uker."),
     "2.6 Godkjenning av utenlandsk utdanning", "Prosjekt"),
    (Row("R117", "Kunnskapsoppsummering om læring i arbeidslivet", "2.2",
         "FoU", "Kunnskapsdepartementet", "Forskningsrådet",
         "Oppsummering av norsk og internasjonal forskning om hva "
         "virksomheter, ansatte og samfunnet får igjen for å investere i "
         "kompetanseutvikling. Rapporten ble levert i november og skal "
         "danne grunnlag for nye utlysninger."),
     "2.2 Læring i arbeidslivet", "FoU"),
]


def _reg_page(canv, doc):
    canv.saveState()
    canv.setFont("DV", 8)
    canv.drawString(1.5 * cm, 1 * cm, "Regjeringens tiltak 2058 – vedlegg "
                    "til rådsmøtet")
    canv.drawRightString(landscape(A4)[0] - 1.5 * cm, 1 * cm,
                         f"{doc.page}")
    canv.restoreState()


def build_regjeringen(out_dir) -> Doc:
    register_fonts()
    fn = "Regjeringen_tiltaksoversikt_2058.pdf"
    doc = SimpleDocTemplate(str(out_dir / fn), pagesize=landscape(A4),
                            leftMargin=1.5 * cm, rightMargin=1.5 * cm,
                            topMargin=1.5 * cm, bottomMargin=1.8 * cm,
                            invariant=1, title="Regjeringens tiltak 2058",
                            author="Kunnskapsdepartementet", creator="",
                            subject="")
    h = ParagraphStyle("h", fontName="DV-B", fontSize=15, leading=19)
    p = ParagraphStyle("p", fontName="DV", fontSize=10, leading=13,
                       spaceAfter=6)
    cell = ParagraphStyle("c", fontName="DVC", fontSize=9.5, leading=12.5)
    head = ParagraphStyle("hc", parent=cell, fontName="DVC-B",
                          textColor=colors.white)
    st = [Paragraph("Regjeringens tiltak for oppfølging av Nasjonal "
                    "kompetansepolitisk strategi – 2058", h), Spacer(1, 6)]
    for txt in (
        "Oversikten samler tiltak fra Kunnskapsdepartementet, Arbeids- og "
        "inkluderingsdepartementet og underliggende etater. Tiltak som "
        "bare er videreføring av ordinær drift, er ikke tatt med.",
        "Departementene har fylt inn status per 31. desember 2058. "
        "Kolonnen «Status og beskrivelse» er forkortet der tiltaket er "
        "omtalt i egne rapporter.",
        "Regjeringen eier to av de felles organene som rådets medlemmer "
        "deltar i, Kompetansebehovsutvalget og Nasjonalt fagskoleråd. "
        "Begge er tatt med i tabellen fordi departementet har ansvaret for "
        "mandat, oppnevning og sekretariat.",
        "Tiltakene er ordnet etter departementenes egen rekkefølge og ikke "
        "etter delmål. Type er angitt med departementenes betegnelser."):
        st.append(Paragraph(txt, p))
    hdr = ["Nr.", "Tiltak", "Delmål", "Type", "Ansvarlig", "Samarbeid",
           "Status og beskrivelse"]
    data = [[Paragraph(x, head) for x in hdr]]
    for n, (r, dtxt, ttxt) in enumerate(REG, start=1):
        data.append([Paragraph(str(n), cell), Paragraph(esc(r.tiltak), cell),
                     Paragraph(esc(dtxt), cell), Paragraph(esc(ttxt), cell),
                     Paragraph(esc(r.ansvarlig), cell),
                     Paragraph(esc(r.partners), cell),
                     Paragraph(esc(r.beskrivelse), cell)])
    widths = [1.0, 4.8, 3.2, 2.8, 4.6, 3.9, 6.4]
    t = Table(data, colWidths=[w * cm for w in widths], repeatRows=1,
              splitInRow=1)
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#2E4A62")),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#8A9BA8")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1),
         [colors.white, colors.HexColor("#F1F4F7")]),
    ]))
    st.append(t)
    st.append(Spacer(1, 10))
    st.append(Paragraph("Kontakt: Kunnskapsdepartementet, avdeling for "
                        "kompetansepolitikk.", p))
    doc.build(st, onFirstPage=_reg_page, onLaterPages=_reg_page)
    return Doc(fn, "Regjeringen", "landscape PDF table with repeated header "
               "row, rows split across page breaks, delmål as code+short "
               "text", [r for r, _, _ in REG])
