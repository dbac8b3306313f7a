"""Regjeringen: a ministry report written in Word and exported to PDF by LibreOffice. Chapters are the ministries
(«1 Kunnskapsdepartementet», «2 Arbeids- og inkluderingsdepartementet», «3 Helse- og omsorgsdepartementet») and each
measure is a Heading 2 numbered by hand «1.2 …», «2.1 …» – section numbers that look like delmål codes but are not.
The real goal is given under each measure in a grey line «Strategien: <paraphrase> · Virkemiddel: … · I samarbeid
med: …». The responsible is the chapter's ministry. The trap is a grant scheme for regional analyses, modelled on KBU
but no part of it. One section is a scheme that ended last year, one a rule that takes effect next school year."""
from __future__ import annotations

from docx.shared import Pt

from .common import INFO, KURS, PROSJEKT, RAD, add_runs, base_docx, docx_to_pdf, pdf_text, row

FILENAME = "Regjeringen – rapport til Kompetansepolitisk råd 2089.pdf"
MEMBER = "Regjeringen"
FORMAT = ("PDF exported by LibreOffice from a DOCX (python-docx) with Heading 1/Heading 2 styles whose numbers are "
          "typed into the heading text, grey small-print lines; dates and /ID fixed")
SHAPE = ("ministry report with hand-numbered sections that collide with delmål codes: Heading 1 per ministry («1 "
         "Kunnskapsdepartementet», «2 Arbeids- og inkluderingsdepartementet», «3 Helse- og omsorgsdepartementet»), "
         "Heading 2 per measure «1.2 Karrieresjekk 50+», «2.1 Språkvenn på jobb», «3.1 …» (the numbers are sections, "
         "not delmål); the goal only as a paraphrase in a grey line «Strategien: … · Virkemiddel: … · I samarbeid "
         "med: …»; the responsible only as the chapter's ministry; the ministries' kind words (Utvalg, Digitalt "
         "verktøy, Tilskudd til prosjekter, Forsøksordning, Studietilbud, Veiledningstjeneste); a section for a "
         "scheme that ended last year and one for a rule that takes effect next school year")
NOT_TRUTH = ("the title and intro, the chapter headings (the ministries), the section numbers, the Strategien and "
             "Virkemiddel values and labels of the grey lines, section 1.4 'Industriløftet' (ended at the close of last "
             "year), section 3.2 'Ny forskrift om fagbrev for helsesekretærer' (in force from the school year "
             "2090–91), the contact line")
SPLIT_FIELDS = ("samarbeidspartnere",)
SENTENCE_FIELDS = ("beskrivelse",)

KD, AID, HOD = "Kunnskapsdepartementet", "Arbeids- og inkluderingsdepartementet", "Helse- og omsorgsdepartementet"
# chapter -> [(no, name, paragraphs, strategien, virkemiddel, partners, seed, dm, type)]; type None = not truth
CHAPTERS = [
    ("1", KD, [
        ("1.1", "Kompetansebehovsutvalget – ny oppnevning",
         ["Kompetansebehovsutvalget (KBU) ble oppnevnt på nytt i februar for perioden 2089–2092. Alle "
          "hovedorganisasjonene har fortsatt sin plass, og to nye forskere fra regionale miljøer er med.",
          "Utvalget la i november fram en rapport om behovet for kompetanse i helse og omsorg fram mot 2040."],
         "et felles kunnskapsgrunnlag om hvilken kompetanse Norge trenger", "Utvalg",
         "Arbeids- og inkluderingsdepartementet, HK-dir", "M02", "1.1", RAD),
        ("1.2", "Karrieresjekk 50+",
         ["Karrieresjekk 50+ er et nettbasert verktøy der arbeidstakere over 50 kan kartlegge egen kompetanse og "
          "bestille en samtale med en karriereveileder. Verktøyet ble lansert i mars, og 31 000 brukte det i 2089."],
         "karriereveiledning for voksne, også seniorer", "Digitalt verktøy",
         "fylkeskommunene, hovedorganisasjonene", "J01", "1.3", INFO),
        ("1.3", "Fagskolepoeng for erfarne fagarbeidere",
         ["Tre fagskoler har utviklet et tilbud der fagarbeidere med minst fem års erfaring kan få vurdert "
          "kompetansen sin og få fritak for deler av en fagskoleutdanning. 140 fikk vurdering i 2089."],
         "at kompetanse fra arbeidslivet blir dokumentert og verdsatt", "Studietilbud",
         "Fagskolen Vestland, Fagskolen Innlandet, Fagskolen i Viken", None, "2.5", KURS),
        ("1.4", "Industriløftet",
         ["Ordningen ble avsluttet ved utgangen av fjoråret, og sluttrapporten er sendt til departementet. Den "
          "nevnes her fordi flere av rådets medlemmer har spurt etter resultatene."],
         "digital omstilling i industrien", "Tilskudd til prosjekter", "NHO, LO", "", "", None),
    ]),
    ("2", AID, [
        ("2.1", "Språkvenn på jobb",
         ["Prosjektet gir tilskudd til studieforbund og frivillige lag som lærer opp språkvenner. Språkvennene "
          "hjelper kolleger som er innvandrere med norsk i arbeidstiden. 62 arbeidsplasser var med i 2089."],
         "bedre norskopplæring for innvandrere, i samarbeid med partene", "Tilskudd til prosjekter",
         "VOFO, Kompetanse Norge", "J06", "3.4", PROSJEKT),
        ("2.2", "Tilskudd til regionale kompetansebehovsanalyser",
         ["Fire fylkeskommuner fikk midler til å lage egne analyser av kompetansebehovet i regionen. Ordningen er "
          "et forsøk som departementet eier, og er ikke en del av Kompetansebehovsutvalgets arbeid."],
         "et sterkere regionalt ansvar for kompetansepolitikken", "Forsøksordning",
         "Vestland fylkeskommune, Nordland fylkeskommune, Agder fylkeskommune, Innlandet fylkeskommune", None, "1.2",
         PROSJEKT),
    ]),
    ("3", HOD, [
        ("3.1", "Raskere godkjenning for sykepleiere fra land utenfor EU/EØS",
         ["Helsedirektoratet har laget en veiledningstjeneste på nett som viser søkerne steg for steg hva de må "
          "gjøre. Saksbehandlingstiden gikk ned fra elleve til seks måneder."],
         "enklere godkjenning av utdanning fra utlandet", "Veiledningstjeneste", "HK-dir, Norsk Sykepleierforbund",
         None, "2.6", INFO),
        ("3.2", "Ny forskrift om fagbrev for helsesekretærer",
         ["Forskriften trer i kraft fra skoleåret 2090–91. Høringen ble avsluttet i oktober."],
         "at erfaring fra jobben kan gi fagbrev", "Forskrift", "", "", "", None),
    ]),
]


def build(out) -> list[dict]:
    d = base_docx(font="Carlito", size=11)
    p = d.add_paragraph()
    add_runs(p, [("Regjeringens oppfølging av Nasjonal kompetansepolitisk strategi – rapport for 2089", "b")])
    p.runs[0].font.size = Pt(17)
    d.add_paragraph("Rapporten er ordnet etter ansvarlig departement. Avsnittsnumrene er rapportens egne og viser "
                    "ikke til delmålene i strategien; hvilket mål tiltaket følger opp, står i den grå linjen under "
                    "hvert tiltak.")
    rows = []
    for no, dep, items in CHAPTERS:
        d.add_heading(f"{no} {dep}", level=1)
        for sec, name, paras, strat, virk, med, seed, dm, ty in items:
            d.add_heading(f"{sec} {name}", level=2)
            for para in paras:
                d.add_paragraph(para)
            g = d.add_paragraph()
            parts = [(f"Strategien: {strat} · Virkemiddel: {virk}", "g")]
            if med:
                parts.append((f" · I samarbeid med: {med}", "g"))
            add_runs(g, parts)
            if ty:
                rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, dep, med, " ".join(paras)))
    d.add_paragraph()
    d.add_paragraph("Kontaktperson: seniorrådgiver Ingrid Myrvang, Kunnskapsdepartementet.")
    docx_to_pdf(d, out / FILENAME, author="Kunnskapsdepartementet")
    return rows


def text(path) -> str:
    return pdf_text(path)
