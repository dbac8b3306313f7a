"""Regjeringen: the ministries' contribution written like a chapter of a white paper (stortingsmelding) and exported
from Word to PDF. Numbered section headings 5.1–5.5, two measures told in shaded «Boks 5.1» / «Boks 5.2» boxes (one-
cell tables), the others under unnumbered Heading 3 sub-headings in running prose, a key-figure table «Tabell 5.1».
Section, box and table numbers look like delmål codes but are not; the delmål is only paraphrased in the text, no kind
of measure is named, and who is responsible and who takes part is said in sentences. The trap is the ministry's own
evaluation of the joint project, told right after the project's box. A scheme ended «i fjor» and a reform starting
«fra neste år» are told only in the text."""
from __future__ import annotations

from docx.shared import Pt

from .common import FOU, KURS, PROSJEKT, RAD, add_runs, base_docx, docx_to_pdf, pdf_text, row, set_cell_shading, \
    set_col_widths

FILENAME = "Kunnskapsdepartementet – bidrag til rapport om kompetansepolitikken 2084.pdf"
MEMBER = "Regjeringen"
FORMAT = "PDF exported by LibreOffice from a DOCX (python-docx) with heading styles and one-cell shaded tables; dates and /ID fixed"
SHAPE = ("white-paper chapter: «5 Kompetansepolitikken i 2084» with numbered sections 5.1–5.5, two measures told in "
         "shaded boxes «Boks 5.1 Kompetansebehovsutvalget» and «Boks 5.2 Norsk på vakt» (the box title is the name, "
         "the box paragraphs the description), the other measures under unnumbered Heading 3 sub-headings in running "
         "prose; a key-figure table «Tabell 5.1»; section, box and table numbers that look like delmål codes; the "
         "delmål only paraphrased, no kind of measure, responsibility and partners said in sentences; a scheme ended "
         "«i fjor» and a reform «fra neste år» told only in the text")
NOT_TRUTH = ("the chapter title and intro, the numbered section headings and their lead-in paragraphs (the KBU lead-in "
             "«se boks 5.1» names the council once more), the box numbers, «Tabell 5.1» with its key figures, the pilot "
             "with regional competence offices (ended last year, in 5.1), section 5.5 «Veien videre» (the reform "
             "«Seniorløftet» starting next year), the source line")
SPLIT_FIELDS = ("samarbeidspartnere",)
SENTENCE_FIELDS = ("beskrivelse",)

KBU_BOX = [
    "Kompetansebehovsutvalget (KBU) skal gi et best mulig kunnskapsgrunnlag om hvilken kompetanse Norge trenger i "
    "årene framover. Kunnskapsdepartementet leder utvalget i samarbeid med Arbeids- og inkluderingsdepartementet, "
    "Nærings- og fiskeridepartementet og Statistisk sentralbyrå. Hovedorganisasjonene i arbeidslivet har hver sin "
    "plass i utvalget.",
    "I 2084 la utvalget fram rapporten «Kompetanse i en eldre befolkning». Rapporten peker på at helse og omsorg vil "
    "trenge om lag 35 000 flere årsverk innen 2040, og at arbeidstakere over 55 år deltar langt sjeldnere i "
    "videreutdanning enn yngre kolleger.",
    "Utvalget møttes fem ganger og holdt et åpent innspillsmøte i Tromsø i oktober. Slik følger departementet opp "
    "målet om et felles og godt kunnskapsgrunnlag om hvilken kompetanse arbeidslivet trenger.",
]
NPV_BOX = [
    "Norsk på vakt gir ansatte med innvandrerbakgrunn i sykehjem og hjemmetjenester norskopplæring i arbeidstiden, "
    "knyttet til de oppgavene de faktisk gjør på vakt. IMDi har ansvaret for prosjektet og samarbeider med KS, VOFO og "
    "Fagforbundet.",
    "I 2084 deltok 740 ansatte i 46 kommuner. Studieforbundene står for undervisningen, mens kommunene frigjør tid og "
    "utdanner egne språkveiledere blant de faste ansatte. Prosjektet er en del av arbeidet med mer målrettet "
    "norskopplæring og kvalifisering for innvandrere, i samarbeid med partene.",
]

# (kind, heading text, paragraphs, seed, dm, type, ansvarlig, partners)
SECTIONS = [
    ("5.1 Et felles kunnskapsgrunnlag", [
        ("lead", "Regjeringen vil at politikken skal bygge på god kunnskap om hvilken kompetanse arbeidslivet trenger. "
                 "Det viktigste redskapet er Kompetansebehovsutvalget (se boks 5.1)."),
        ("box", "Boks 5.1", "Kompetansebehovsutvalget", KBU_BOX, "M02", "1.1", RAD, "Kunnskapsdepartementet",
         "Arbeids- og inkluderingsdepartementet, Nærings- og fiskeridepartementet, Statistisk sentralbyrå"),
        ("lead", "Forsøket med regionale kompetansekontorer i tre fylker ble avsluttet i fjor. Erfaringene er tatt inn "
                 "i veilederen for fylkeskommunenes kompetansearbeid."),
    ]),
    ("5.2 Godkjenning av kompetanse fra utlandet", [
        ("lead", "Mange innvandrere har utdanning som ikke blir brukt fordi godkjenningen tar for lang tid."),
        ("h3", "Hurtigløp for godkjenning av sykepleiere fra land utenfor EU/EØS", [
            "Helsedirektoratet har i 2084 prøvd ut et hurtigløp der sykepleiere med utdanning fra land utenfor EU/EØS "
            "får saken sin behandlet på under seks måneder. Direktoratet samarbeider med HK-dir, Spekter og "
            "Oslo universitetssykehus om utprøvingen.",
            "Et eget kompetanseprøvesenter ved sykehuset vurderer de praktiske ferdighetene, mens HK-dir vurderer "
            "utdanningen parallelt. 210 søkere fikk saken avgjort i 2084, og gjennomsnittlig saksbehandlingstid gikk "
            "ned fra 14 til 5 måneder.",
            "Utprøvingen følger opp strategiens mål om enklere og bedre ordninger for godkjenning og vurdering av "
            "utdanning og yrkeskvalifikasjoner fra utlandet."], None, "2.6", PROSJEKT, "Helsedirektoratet",
         "HK-dir, Spekter, Oslo universitetssykehus"),
    ]),
    ("5.3 Norskopplæring og kvalifisering", [
        ("lead", "Regjeringen har i 2084 prioritert opplæring som gjør det mulig å kombinere språkopplæring med "
                 "arbeid."),
        ("box", "Boks 5.2", "Norsk på vakt", NPV_BOX, "J06", "3.4", PROSJEKT, "IMDi", "KS, VOFO, Fagforbundet"),
        ("h3", "Evaluering av Norsk på vakt", [
            "Arbeids- og inkluderingsdepartementet har gitt Fafo i oppdrag å evaluere hvordan arbeidsplassbasert "
            "norskopplæring virker på språkferdigheter og fravær. Evalueringen er bestilt av departementet og er ikke "
            "en del av prosjektet.",
            "Fafo har i 2084 intervjuet deltakere og ledere i tolv kommuner og lagt fram en første delrapport. "
            "Evalueringen skal gi kunnskap om hvordan norskopplæringen for innvandrere kan målrettes bedre."], None,
         "3.4", FOU, "Arbeids- og inkluderingsdepartementet", "Fafo"),
        ("h3", "Grunnleggende ferdigheter for arbeidssøkere", [
            "Arbeids- og velferdsdirektoratet har i 2084 kjøpt kurs i lesing, skriving, regning og digitale "
            "ferdigheter for 3 900 arbeidssøkere. Kursene gis i samarbeid med fylkeskommunene og studieforbundene, "
            "og kan kombineres med arbeidspraksis.",
            "Tiltaket styrker og tilpasser Navs opplæringstilbud for arbeidssøkere som trenger kvalifisering for å "
            "komme i jobb."], None, "3.5", KURS, "Arbeids- og velferdsdirektoratet",
         "fylkeskommunene, studieforbundene"),
    ]),
    ("5.4 Kompetansepluss", [
        ("h3", "Fagopplæring i Kompetansepluss arbeid", [
            "HK-dir forvalter tilskuddet og har i 2084 fordelt midler til 38 virksomheter som kombinerer opplæring i "
            "grunnleggende ferdigheter med fagopplæring fram mot fagbrev. Ordningen er utviklet i dialog med partene "
            "i arbeidslivet og Sametinget, og fem av virksomhetene ligger i samiske områder.",
            "Om lag 520 arbeidstakere var med. Departementet vil med dette stimulere til bruk av "
            "Kompetanseplussordningene."], None, "3.2", KURS, "HK-dir", "partene i arbeidslivet, Sametinget"),
    ]),
]

NEXT = ("Fra neste år innfører regjeringen «Seniorløftet», en ordning med stipend til arbeidstakere over 55 år som tar "
        "videreutdanning ved siden av jobb. Ordningen vil bli omtalt i rapporten for 2085.")
FIGURES = [("Nøkkeltall", "2083", "2084"), ("Voksne i videregående opplæring", "21 400", "22 900"),
           ("Deltakere i Kompetansepluss", "4 100", "4 650"), ("Godkjenningssaker fra utlandet", "27 800", "30 200")]


def _box(d, label, name, paras):
    t = d.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.rows[0].cells[0]
    set_cell_shading(c, "E4ECF4")
    p = c.paragraphs[0]
    add_runs(p, [(f"{label} {name}", "b")])
    for para in paras:
        c.add_paragraph(para)
    set_col_widths(t, [16.0])
    d.add_paragraph()


def build(out) -> list[dict]:
    d = base_docx(font="Georgia", size=10.5, margins_cm=2.5)
    p = d.add_paragraph()
    add_runs(p, [("Kunnskapsdepartementet – bidrag til Kompetansepolitisk råds rapport for 2084", "i")])
    d.add_heading("5 Kompetansepolitikken i 2084", level=1)
    d.add_paragraph("Dette kapitlet omtaler departementenes viktigste tiltak for å følge opp Nasjonal "
                    "kompetansepolitisk strategi i 2084. Kapitlet er skrevet av Kunnskapsdepartementet etter innspill "
                    "fra Arbeids- og inkluderingsdepartementet og Helse- og omsorgsdepartementet.")
    rows = []
    for head, items in SECTIONS:
        d.add_heading(head, level=2)
        for it in items:
            if it[0] == "lead":
                d.add_paragraph(it[1])
            elif it[0] == "box":
                _k, label, name, paras, seed, dm, ty, ans, med = it
                _box(d, label, name, paras)
                rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, ans, med, " ".join(paras)))
            else:
                _k, name, paras, seed, dm, ty, ans, med = it
                d.add_heading(name, level=3)
                for para in paras:
                    d.add_paragraph(para)
                rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, ans, med, " ".join(paras)))
        if head.startswith("5.3"):
            cap = d.add_paragraph()
            add_runs(cap, [("Tabell 5.1 Noen nøkkeltall for voksnes læring", "b")])
            t = d.add_table(rows=0, cols=3)
            t.style = "Table Grid"
            for i, r in enumerate(FIGURES):
                cells = t.add_row().cells
                for c, v in zip(cells, r):
                    add_runs(c.paragraphs[0], [(v, "b" if i == 0 else "")])
            set_col_widths(t, [8.0, 3.0, 3.0])
            src = d.add_paragraph()
            add_runs(src, [("Kilde: HK-dir og Utdanningsdirektoratet", "i")])
    d.add_heading("5.5 Veien videre", level=2)
    d.add_paragraph(NEXT)
    for p in d.paragraphs:
        if p.style.name.startswith("Heading"):
            for r in p.runs:
                r.font.name = "Georgia"
        if p.style.name == "Heading 3":
            for r in p.runs:
                r.font.size = Pt(11)
    docx_to_pdf(d, out / FILENAME, author="Kunnskapsdepartementet")
    return rows


def text(path) -> str:
    return pdf_text(path)
