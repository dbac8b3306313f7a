"""Regjeringen: an ordinary ministry report written in Word and exported to PDF, one chapter per ministry (the
responsible is the chapter heading, as the intro says). Each ministry wrote its own chapter: Kunnskapsdepartementet
and Nærings- og fiskeridepartementet in Bokmål, Arbeids- og inkluderingsdepartementet in Nynorsk, so the labels of the
closing line under each measure change with the chapter («Delmål i strategien: 2.4 | Virkemiddel: digital tjeneste» /
«Delmål i strategien: 3.5 | Verkemiddel: kurstilbod»). Partners only inside sentences («i samarbeid med …», «saman
med …»). Two things outside 2091 are told in lead paragraphs: a grant scheme ended at the last turn of the year and a
right that applies from 1 January next year."""
from __future__ import annotations

from docx.shared import Pt, RGBColor

from .common import FOU, INFO, KURS, PROSJEKT, RAD, base_docx, docx_to_pdf, pdf_text, row

FILENAME = "Regjeringen – rapportering til Kompetansepolitisk råd 2091.pdf"
MEMBER = "Regjeringen"
FORMAT = ("PDF exported by LibreOffice from a DOCX (python-docx) with Heading 1/Heading 2 styles and a grey closing "
          "line per measure; dates and /ID fixed")
SHAPE = ("ordinary ministry report in two written standards: title, a line naming the three ministries, an intro "
         "saying that the responsible ministry is the chapter heading; chapters «1 Kunnskapsdepartementet», «2 "
         "Arbeids- og inkluderingsdepartementet» (written in Nynorsk) and «3 Nærings- og fiskeridepartementet», one "
         "Heading 2 per measure with one or two paragraphs and a grey closing line «Delmål i strategien: 1.1 | "
         "Virkemiddel: utvalg» – in the Nynorsk chapter «Verkemiddel: kurstilbod»; the ministry's kind words "
         "(utvalg, digital tjeneste, tilskudd til studietilbud, analyse, utviklingsprosjekt, kurstilbod, "
         "opplæringsprogram); partners only inside sentences («i samarbeid med Universitets- og høgskolerådet og "
         "Fagskolerådet», «saman med fylkeskommunane»); a scheme ended «ved forrige årsskifte» and a right that "
         "applies «frå 1. januar neste år» told in lead paragraphs")
NOT_TRUTH = ("the title, the line under it, the intro and the chapter headings, the lead paragraph on the grant scheme "
             "for competence pilots (ended at the last turn of the year), the Nynorsk lead paragraph on the right to "
             "career guidance in Nav (applies from 1 January next year), the labels and kind words of the grey lines, "
             "the contact paragraph")
SPLIT_FIELDS = ("samarbeidspartnere",)
SENTENCE_FIELDS = ("beskrivelse",)

KD = "Kunnskapsdepartementet"
AID = "Arbeids- og inkluderingsdepartementet"
NFD = "Nærings- og fiskeridepartementet"

# (chapter heading, ministry, nynorsk?, items); item = ("lead", text) or
# (name, paragraphs, seed, dm, type, kind word, partners)
CHAPTERS = [
    ("1 Kunnskapsdepartementet", KD, False, [
        ("lead", "Tilskuddsordningen for kompetansepiloter i kommunene ble avviklet ved forrige årsskifte. Midlene er "
                 "flyttet til ordningen for fleksible fagskoletilbud, og piloteringen er derfor ikke omtalt nedenfor."),
        ("Kompetansebehovsutvalget – rapport om offentlig sektor", [
            "Kompetansebehovsutvalget la i november fram sin sjette hovedrapport, om kompetansebehovene i en "
            "offentlig sektor som tar i bruk kunstig intelligens. Rapporten ble overlevert statsråden på et åpent "
            "møte med 280 deltakere.",
            "Utvalget har medlemmer fra hovedorganisasjonene i arbeidslivet og fra forskningsmiljøene. "
            "Kunnskapsdepartementet leder arbeidet i samarbeid med Arbeids- og inkluderingsdepartementet."],
         "M03", "1.1", RAD, "utvalg", "Arbeids- og inkluderingsdepartementet"),
        ("EVU-portalen", [
            "EVU-portalen samler etter- og videreutdanningstilbudene fra universiteter, høyskoler og fagskoler på ett "
            "sted, med søk på fag, sted og studieform. Portalen er utviklet i samarbeid med Universitets- og "
            "høgskolerådet og Fagskolerådet.",
            "Portalen ble lansert i mars og hadde 310 000 besøk i 2091. Ved utgangen av året var 1 450 tilbud "
            "registrert."],
         "J06", "2.4", INFO, "digital tjeneste", "Universitets- og høgskolerådet, Fagskolerådet"),
        ("Fleksible fagskoletilbud for voksne i arbeid", [
            "Fagskoler fikk i 2091 tilskudd til å gjøre 40 heltidstilbud om til deltids- og nettbaserte løp som kan "
            "tas ved siden av jobb. Tilbudene er utviklet i samarbeid med Norsk Industri og Fellesforbundet, og 2 100 "
            "studenter startet i høst."],
         None, "2.4", KURS, "tilskudd til studietilbud", "Norsk Industri, Fellesforbundet"),
        ("Kartlegging av voksnes digitale ferdigheter", [
            "Statistisk sentralbyrå har på oppdrag fra departementet kartlagt de digitale ferdighetene i den voksne "
            "befolkningen. Undersøkelsen omfattet 12 000 personer og viser at om lag hver femte voksne mangler "
            "ferdigheter som trengs i de fleste jobber. Resultatene ble lagt fram i oktober."],
         None, "2.1", FOU, "analyse", "Statistisk sentralbyrå"),
    ]),
    ("2 Arbeids- og inkluderingsdepartementet", AID, True, [
        ("lead", "Retten til karriererettleiing for alle som er registrerte som arbeidssøkjarar i Nav, gjeld frå 1. "
                 "januar neste år. Ho er difor ikkje teken med som eige tiltak i denne rapporten."),
        ("Språkløftet på arbeidsplassen", [
            "Språkløftet gjev tilsette med innvandrarbakgrunn norskopplæring i arbeidstida, med lærarar frå "
            "studieforbunda og med oppgåver henta frå arbeidskvardagen. I 2091 var 1 900 tilsette i 160 verksemder "
            "med.",
            "Tiltaket vert gjennomført i samarbeid med Vofo og studieforbunda."],
         "J03", "3.4", PROSJEKT, "utviklingsprosjekt", "Vofo, studieforbunda"),
        ("Korte yrkeskurs for arbeidssøkjarar", [
            "Nav kjøpte i 2091 korte yrkesretta kurs for arbeidssøkjarar innan lager, reinhald og helse, der kurset "
            "endar med eit kompetansebevis. 6 400 deltakarar fullførte. Kursa er utvikla saman med "
            "fylkeskommunane."],
         None, "3.5", KURS, "kurstilbod", "fylkeskommunane"),
    ]),
    ("3 Nærings- og fiskeridepartementet", NFD, False, [
        ("Bransjeprogram for sjømatindustrien", [
            "Bransjeprogrammet gir ansatte i sjømatindustrien korte, arbeidsrettede kurs i automatisering og "
            "kvalitetsarbeid. Programmet er utviklet i samarbeid med Sjømat Norge og NNN. 530 ansatte tok kurs i "
            "2091."],
         None, "2.4", KURS, "opplæringsprogram", "Sjømat Norge, NNN"),
    ]),
]


def _grey(paragraph, text):
    r = paragraph.add_run(text)
    r.font.size = Pt(8.5)
    r.font.color.rgb = RGBColor(0x5F, 0x5F, 0x5F)


def build(out) -> list[dict]:
    d = base_docx(font="Calibri", size=11, margins_cm=2.4)
    d.styles["Heading 1"].font.size = Pt(15)
    d.styles["Heading 2"].font.size = Pt(12)
    p = d.add_paragraph()
    r = p.add_run("Regjeringens rapportering til Kompetansepolitisk råd – 2091")
    r.bold = True
    r.font.size = Pt(18)
    p = d.add_paragraph()
    _grey(p, "Kunnskapsdepartementet, Arbeids- og inkluderingsdepartementet og Nærings- og fiskeridepartementet · "
             "januar 2092")
    d.add_paragraph("Departementene rapporterer hver for seg på de tiltakene de har ansvaret for i oppfølgingen av "
                    "Nasjonal kompetansepolitisk strategi. Ansvarlig departement går fram av kapitteloverskriften. "
                    "Under hvert tiltak står hvilket delmål i strategien tiltaket følger opp, og hva slags virkemiddel "
                    "det er. Arbeids- og inkluderingsdepartementet har skrevet sitt kapittel på nynorsk.")
    rows = []
    for heading, ministry, nn, items in CHAPTERS:
        d.add_heading(heading, level=1)
        for item in items:
            if item[0] == "lead":
                d.add_paragraph(item[1])
                continue
            name, paras, seed, dm, ty, kind, partners = item
            d.add_heading(name, level=2)
            for para in paras:
                d.add_paragraph(para)
            p = d.add_paragraph()
            _grey(p, f"Delmål i strategien: {dm} | {'Verkemiddel' if nn else 'Virkemiddel'}: {kind}")
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, ministry, partners, " ".join(paras)))
    d.add_paragraph()
    d.add_paragraph("Kontaktperson i Kunnskapsdepartementet: seniorrådgiver Jon Arne Vik, avdeling for høyere "
                    "utdanning og kompetanse.")
    docx_to_pdf(d, out / FILENAME, author="Kunnskapsdepartementet")
    return rows


def text(path) -> str:
    return pdf_text(path)
