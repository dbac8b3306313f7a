"""KS: an ordinary Word report whose Heading 2s are delmål in KS's own words (no codes) and whose measures are Word
«List Number» paragraphs: bold name, a colon, the description and a closing bracket «(Form: … Ansvar: … Med: …)».
The SRY seat is named by a faglig råd; the UHR-FSE seat by the unit. The trap is KS's own network for municipal
representatives in the faglige råd, right after the SRY seat. One numbered item is a programme whose last class
finished last June."""
from __future__ import annotations

from docx.shared import Pt

from .common import INFO, KURS, PROSJEKT, RAD, add_runs, base_docx, docx_text_deep, row, save_docx

FILENAME = "KS – oppfølging av kompetansestrategien 2089.docx"
MEMBER = "KS"
FORMAT = "DOCX (python-docx), portrait, Heading 2 sections and List Number paragraphs with bold and grey runs, zip normalised"
SHAPE = ("ordinary Word report: title, intro, five Heading 2s that are delmål in KS's own words («Flere velger fag- "
         "og yrkesopplæring», «Tettere samarbeid mellom utdanningene og kommunene som arbeidsgiver», «Dokumentert "
         "kompetanse for ansatte uten fagbrev», «Relevant etter- og videreutdanning», «Digitalt kompetente "
         "kommuner»); one Word-numbered paragraph per measure: bold name and colon, the description, then a grey "
         "bracket «(Form: … Ansvar: … Med: …)» with KS's kind words (Rådsplass, Arbeidslivsplass, Nettverk, "
         "Prosjekt, Videreutdanning, Veileder); the SRY seat named «Faglig råd for helse- og oppvekstfag», the "
         "UHR-FSE seat «Arbeidslivsplassen i UHR-Lærerutdanning»; a numbered item whose last class finished last June")
NOT_TRUTH = ("the title and intro, the five headings (they give the delmål), the numbers, the labels and Form values "
             "in the brackets, the item 'Lederprogram for barnehagestyrere' (last class finished in June last year), "
             "the contact line")
SPLIT_FIELDS = ("samarbeidspartnere",)

# heading, [(name, desc, form, ansvar, med, seed, dm, type)]
SECTIONS = [
    ("Flere velger fag- og yrkesopplæring", [
        ("Faglig råd for helse- og oppvekstfag",
         "KS har to plasser i rådet under SRY. Rådet foreslo endringer i læreplanen i helsearbeiderfaget og ga råd "
         "om dimensjonering av læreplasser i kommunene.", "Rådsplass", "KS Arbeidsgiverpolitikk", "", "M03", "2.3",
         RAD),
        ("Nettverk for kommunale representanter i de faglige rådene",
         "KS samlet de 24 kommunale representantene i de faglige rådene til fire digitale møter for å samordne "
         "synspunkter. Nettverket er KS' eget og er ikke en del av SRY.", "Nettverk", "KS Arbeidsgiverpolitikk",
         "", None, "2.3", RAD),
    ]),
    ("Tettere samarbeid mellom utdanningene og kommunene som arbeidsgiver", [
        ("Arbeidslivsplassen i UHR-Lærerutdanning",
         "KS har arbeidslivets plass i den fagstrategiske enheten for lærerutdanning. Vi har arbeidet for mer praksis "
         "i barnehagelærerutdanningen.", "Arbeidslivsplass", "KS Utdanning", "", "M06", "1.4", RAD),
    ]),
    ("Dokumentert kompetanse for ansatte uten fagbrev", [
        ("Helsefagarbeider nå – kommunenes del",
         "KS inngikk avtaler med 48 kommuner om deltakelse og betalte for fagprøvene. Kommunene fikk veiledning om "
         "hvordan assistentene kan få opplæring i arbeidstiden.", "Prosjekt", "KS Arbeidsgiverpolitikk",
         "Fagforbundet og Spekter", "J02", "2.5", PROSJEKT),
    ]),
    ("Relevant etter- og videreutdanning", [
        ("Kompetanseløft i barnevernet",
         "Videreutdanning på masternivå for ansatte i kommunalt barnevern. 310 studenter fordelt på fire "
         "universiteter og høgskoler.", "Videreutdanning", "KS Utdanning", "Bufdir og OsloMet", None, "2.4", KURS),
        ("Lederprogram for barnehagestyrere",
         "Siste kull fullførte i juni i fjor, og programmet er ikke videreført.", "Videreutdanning", "KS Utdanning",
         "BI", "", "", None),
    ]),
    ("Digitalt kompetente kommuner", [
        ("Veileder for digital opplæring av ansatte",
         "En nettbasert veileder som hjelper kommunene med å lage planer for digital opplæring. Lastet ned 2 600 "
         "ganger.", "Veileder", "KS Digital", "Digdir", None, "2.1", INFO),
    ]),
]


def build(out) -> list[dict]:
    d = base_docx(font="Liberation Serif", size=11)
    p = d.add_paragraph()
    add_runs(p, [("KS' tiltak i oppfølgingen av Nasjonal kompetansepolitisk strategi – 2089", "b")])
    p.runs[0].font.size = Pt(16)
    d.add_paragraph("Tiltakene er ordnet etter de målene i strategien som de bidrar til.")
    rows = []
    for head, items in SECTIONS:
        d.add_heading(head, level=2)
        for name, desc, form, ans, med, seed, dm, ty in items:
            p = d.add_paragraph(style="List Number")
            tail = f"(Form: {form}. Ansvar: {ans}." + (f" Med: {med}.)" if med else ")")
            add_runs(p, [(name + ":", "b"), (" " + desc + " ", ""), (tail, "g")])
            if ty:
                rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, ans, med.replace(" og ", ", "), desc))
    d.add_paragraph()
    d.add_paragraph("Kontakt: spesialrådgiver Åse Lindeberg, KS.")
    save_docx(d, out / FILENAME, "Åse Lindeberg")
    return rows


def text(path) -> str:
    return docx_text_deep(path)
