"""Sametinget: an ordinary Word report with one Heading 2 per department of the Sámi Parliament's administration and a
bullet list under each. Every bullet is one paragraph: the bold name, the kind in brackets in Sametinget's own words
(«(observatørplass)», «(nettjeneste)», «(fagdag)»), an en dash, the description, and an italic tail «Strategimål: …
Samarbeid: … og …» where the goal is a paraphrase and the partners are running text. The responsible is the
department heading. One bullet is a fair held every second year, last in 2084 and next in 2086: it has no italic
tail."""
from __future__ import annotations

from docx.shared import Pt

from .common import ARR, FOU, INFO, KURS, PROSJEKT, RAD, add_runs, base_docx, docx_text_deep, row, save_docx

FILENAME = "Sametinget – kompetansetiltak 2085.docx"
MEMBER = "Sametinget"
FORMAT = "DOCX (python-docx) with Heading 2 sections and List Bullet paragraphs with bold and italic runs, zip normalised"
SHAPE = ("ordinary Word report: a letter-like head («Sámediggi – Sametinget», place and date), an intro, one Heading 2 "
         "per department (Opplæringsavdelingen / Språkavdelingen / Næringsavdelingen / Analyseenheten) and a bullet "
         "list under each; one bullet per measure: bold name, the kind in brackets in Sametinget's words "
         "(observatørplass, nettjeneste, kurs, prosjekt, fagdag, utredning, messe), an en dash, the description and "
         "an italic tail «Strategimål: <paraphrase>. Samarbeid: X og Y.»; the responsible only as the department "
         "heading; one bullet outside 2085 by its text")
NOT_TRUTH = ("the head and intro, the department headings (they give the responsible), the kind words in brackets, "
             "the italic Strategimål text and labels, the bullet 'Samisk yrkesmesse i Kautokeino' (every second year: "
             "last in 2084, next in the autumn of 2086), the closing lines")
SPLIT_FIELDS = ("samarbeidspartnere",)

G13 = "karriereveiledning med samisk perspektiv"

# (department, items); item = (name, kind word, description, strategimål, partners, seed, dm, type)
DEPARTMENTS = [
    ("Opplæringsavdelingen", [
        ("Nasjonalt forum for karriereveiledning", "observatørplass",
         "Sametinget deltok på forumets tre møter og la fram en oversikt over karriereveiledning på samisk.", G13, [],
         "M06", "1.3", RAD),
        ("Samisk karriereveiledning på nett", "nettjeneste",
         "Nettsidene med veiledning på nordsamisk, lulesamisk og sørsamisk fikk 14 000 besøk, og veilederne hadde 300 "
         "samtaler på video.", G13, ["Karriere Finnmark", "Karriere Nordland"], None, "1.3", INFO),
    ]),
    ("Språkavdelingen", [
        ("Kurs i nordsamisk for ansatte i helse og omsorg", "kurs",
         "Kveldskurs på to nivåer for ansatte i kommunene i forvaltningsområdet for samisk språk. 190 deltakere.",
         "etter- og videreutdanning tilpasset behovene i samiske kommuner", ["Sámi allaskuvla"], None, "2.4", KURS),
    ]),
    ("Næringsavdelingen", [
        ("Lærlingløft i samiske næringer", "prosjekt",
         "Prosjektet hjelper reindriftsbedrifter og duodjiutøvere med å ta inn lærlinger. 27 nye læreplasser ble "
         "opprettet.", "flere velger yrkesfag i samiske næringer", ["Troms fylkeskommune", "Finnmark fylkeskommune"],
         None, "2.3", PROSJEKT),
        ("Fagdag om realkompetanse i duodji", "fagdag",
         "Fagdag i Karasjok om hvordan duodjiutøvere kan få dokumentert det de kan. 85 deltok.",
         "dokumentasjon av kompetanse fra arbeidslivet", ["Duojáriid ealáhussearvi"], None, "2.5", ARR),
        ("Samisk yrkesmesse i Kautokeino", "messe",
         "Messen holdes annethvert år og ble sist holdt i 2084. Neste gang er høsten 2086.", "", [], "", "", None),
    ]),
    ("Analyseenheten", [
        ("Utredning av kompetansebehov i samiske lokalsamfunn", "utredning",
         "Utredningen kartlegger hvilken kompetanse kommunene, næringslivet og de samiske institusjonene trenger de "
         "neste ti årene. Den ble lagt fram i november.", "kunnskap om kompetansebehov, også regionalt",
         ["Nordlandsforskning"], None, "1.1", FOU),
    ]),
]


def _and(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " og " + items[-1]


def build(out) -> list[dict]:
    d = base_docx(font="Calibri", size=10.5, margins_cm=2.2)
    p = d.add_paragraph()
    add_runs(p, [("Sámediggi – Sametinget", "b")])
    p.runs[0].font.size = Pt(13)
    d.add_paragraph("Kárášjohka/Karasjok, 15.01.2086")
    p = d.add_paragraph()
    add_runs(p, [("Sametingets kompetansetiltak 2085", "b")])
    p.runs[0].font.size = Pt(15)
    d.add_paragraph("Sametinget rapporterer her tiltakene i 2085, ordnet etter avdelingen som har ansvaret. I "
                    "parentes står hva slags tiltak det er.")
    rows = []
    for dep, items in DEPARTMENTS:
        d.add_heading(dep, level=2)
        for name, kind, desc, goal, med, seed, dm, ty in items:
            p = d.add_paragraph(style="List Bullet")
            parts = [(name, "b"), (f" ({kind}) – {desc}", "")]
            if ty:
                tail = f" Strategimål: {goal}."
                if med:
                    tail += f" Samarbeid: {_and(med)}."
                parts.append((tail, "i"))
                rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, dep, ", ".join(med), desc))
            add_runs(p, parts)
    d.add_paragraph()
    d.add_paragraph("Dearvvuođat / Vennlig hilsen")
    d.add_paragraph("Máret Ánne Sara, seniorrådgiver, Opplæringsavdelingen")
    save_docx(d, out / FILENAME, "Máret Ánne Sara")
    return rows


def text(path) -> str:
    return docx_text_deep(path)
