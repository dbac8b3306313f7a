"""Fagskolerådet (Nynorsk): the year told as a timeline. Month headings (Heading 2) carry dated entries; each entry
is one paragraph that starts with the date in bold, names the measure in italics and ends with a bracket of facts
«(Delmål 1.4. Slag: rådsarbeid. Ansvarleg: … Saman med: …)». A look back at December 2079 opens the timeline and a
«Framover» section closes it."""
from __future__ import annotations

from .common import ARR, FOU, PROSJEKT, RAD, add_runs, base_docx, docx_text_deep, row, save_docx

FILENAME = "Fagskolerådet – året 2080 månad for månad.docx"
MEMBER = "Fagskolerådet"
FORMAT = "DOCX (python-docx), Nynorsk, month headings as Heading 2, zip normalised"
SHAPE = ("Nynorsk timeline: headings «Desember 2079 (tilbakeblikk)», «Januar», «Mars», «Juni», «September», "
         "«November», «Framover – 2081»; under them dated entries «14. januar – *Name* text (Delmål 1.4. Slag: "
         "rådsarbeid. Ansvarleg: … Saman med: …)»; the name is in italics inside the paragraph, the facts in a "
         "bracket at its end")
NOT_TRUTH = ("the title, the intro, the month headings, the dates, the fact brackets, the entry under «Desember 2079 "
             "(tilbakeblikk)» (Avslutningsseminar for Fagskulelyftet), the entry under «Framover – 2081» "
             "(Studentbarometer for fagskular), a second entry on the council seat in November (the same seat, one "
             "row), the closing line")

# month: [(date, name, text, delmål, slag, ansvar, med, seed, type)]
MONTHS = [
    ("Desember 2079 (tilbakeblikk)", [
        ("12. desember 2079", "Avslutningsseminar for Fagskulelyftet",
         "Seminaret runda av satsinga som gjekk 2076–2079.", "1.4", "seminar", "dagleg leiar", "", "", None)]),
    ("Januar", [
        ("14. januar", "Nasjonalt fagskuleråd – Fagskolerådet sin plass",
         "Fagskolerådet møtte i rådet gjennom heile året og fremja krav om betre finansiering av helsefaglege "
         "fagskuletilbod.", "1.4", "rådsarbeid", "styreleiar", "", "M01", RAD)]),
    ("Mars", [
        ("3. mars", "Kompetansebroen",
         "Fagskulane utvikla saman med bedrifter korte modular i automasjon, havbruk og logistikk; 640 studentar "
         "tok modulane.", "2.4", "utviklingsprosjekt", "fagleg rådgjevar", "NHO, Vestland fylkeskommune", "J01",
         PROSJEKT)]),
    ("Juni", [
        ("2. juni", "Kompetansebroen fase 2 – Nord-Noreg",
         "Ein ny fase der tre fagskular i nord lagar eigne modular for reiseliv og sjømat; styrt av Fagskolerådet "
         "åleine.", "2.4", "utviklingsprosjekt", "fagleg rådgjevar", "Fagskolen i Nord", None, PROSJEKT)]),
    ("September", [
        ("22. september", "Karrieremessa for fagskulestudentar",
         "Messe i Lillestrøm der 70 arbeidsgivarar møtte 1 900 fagskulestudentar.", "2.3", "messe",
         "kommunikasjonsansvarleg", "Fagskolen Innlandet", None, ARR)]),
    ("November", [
        ("8. november", "Kartlegging av praksisplassar i fagskulane",
         "Spørjeundersøking til alle fagskular om kor mange studentar som får praksis i bedrift, og kva som "
         "hindrar det.", "1.4", "kartlegging", "analyseansvarleg", "NOKUT", None, FOU),
        ("27. november", "Siste møte i Nasjonalt fagskuleråd",
         "Rådet vedtok handlingsplanen for 2081.", "1.4", "rådsarbeid", "styreleiar", "", "", None)]),
    ("Framover – 2081", [
        ("Våren 2081", "Studentbarometer for fagskular",
         "Planlagt saman med NOKUT.", "1.4", "undersøking", "analyseansvarleg", "NOKUT", "", None)]),
]


def build(out) -> list[dict]:
    d = base_docx(font="Cambria", size=11)
    d.add_heading("Året 2080 månad for månad", level=1)
    d.add_paragraph("Fagskolerådet rapporterer til Kompetansepolitisk råd. Her er tiltaka våre i den rekkjefølgja "
                    "dei skjedde. Fakta om kvart tiltak står i parentes til slutt.")
    rows = []
    for month, items in MONTHS:
        d.add_heading(month, level=2)
        for date, name, txt, dm, slag, ans, med, seed, ty in items:
            facts = f"(Delmål {dm}. Slag: {slag}. Ansvarleg: {ans}." + (f" Saman med: {med}.)" if med else ")")
            p = d.add_paragraph()
            add_runs(p, [(date + " – ", "b"), (name, "i"), (" " + txt + " ", ""), (facts, "g")])
            if ty:
                rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, ans, med, txt))
    d.add_paragraph("Fagskolerådet, Oslo, januar 2081")
    save_docx(d, out / FILENAME, "Fagskolerådet")
    return rows


def text(path) -> str:
    return docx_text_deep(path)
