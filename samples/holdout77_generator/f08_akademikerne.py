"""Akademikerne: an ordinary Word table, but the file is a Word 97–2003 binary document (OLE2 compound file with a
WordDocument stream) that carries a .docx name, as the federation's member system saves «Word» exports. Word opens it
without complaint; a reader that trusts the extension and expects a zip package does not. A mentoring scheme that
starts in April 2098 is told only in words."""
from __future__ import annotations

from .common import ARR, FOU, INFO, KURS, RAD, docx_bytes, lo_plain_text, new_docx, row, ruled_table, runs, soffice

FILENAME = "Akademikerne – kompetansetiltak 2097.docx"
MEMBER = "Akademikerne"
FORMAT = ("DOC with a .docx name: a DOCX (python-docx) converted by LibreOffice to Word 97–2003 («MS Word 97», an "
          "OLE2 compound file starting D0 CF 11 E0 with WordDocument, 1Table and SummaryInformation streams) and "
          "saved under a .docx file name; document dates fixed through the DOCX properties")
SHAPE = ("ordinary Word table in a binary file under the wrong extension: title, an intro naming the member "
         "associations, header Tiltak / Forening / Dette er gjort / Delmål / Form / Samarbeid med; delmål as «Delmål "
         "1.4», «Delmål 2.4» …; Akademikerne's kind words (Representasjon, Nettportal, Etterutdanningskurs, Analyse, "
         "Møteplass); the UHR-FSE seat «Tekna i UHR-MNT»; a mentoring scheme that starts in April 2098 told only in "
         "words; a closing line with the contact")
NOT_TRUTH = ("the title and intro, the header, the Delmål and Form cells, the row 'Mentorordning for unge tannleger' "
             "(starts in April 2098), the closing line")
SPLIT_FIELDS = ("samarbeidspartnere",)

# name, forening, gjort, delmål, form, samarbeid, seed, type
ROWS = [
    ("Tekna i UHR-MNT", "Tekna",
     "Tekna har en plass i UHRs fagstrategiske enhet for matematikk, naturvitenskap og teknologi. Enheten arbeidet i "
     "2097 med felles rammer for praksis i ingeniørutdanningene.", "1.4", "Representasjon", "", "M03", RAD),
    ("Praksisportalen – akademikerprofesjonene", "Akademikerne",
     "Akademikerne fikk praksisplasser for jurister, økonomer og ingeniører inn i den felles portalen. 1 400 plasser "
     "ble lagt ut i 2097.", "1.4", "Nettportal", "UHR, Spekter", "J06", INFO),
    ("Etterutdanning i klinisk etikk", "Den norske legeforening",
     "Kurs på to dager for leger i spesialisthelsetjenesten og kommunene, holdt fire ganger med 320 deltakere.",
     "2.4", "Etterutdanningskurs", "", None, KURS),
    ("Analyse av lønnsomheten i etter- og videreutdanning", "Samfunnsøkonomene",
     "Analysen beregnet hva videreutdanning gir i lønn og produktivitet for akademikere i offentlig sektor. Den ble "
     "lagt fram på et frokostseminar i november.", "2.2", "Analyse", "Samfunnsøkonomisk analyse", None, FOU),
    ("Jusdagen – møteplass for studenter og arbeidsgivere", "Juristforbundet",
     "Karrieremøteplass i Bergen og Tromsø der jusstudenter møtte arbeidsgivere og fikk råd om valg av "
     "spesialisering. 900 studenter deltok.", "1.3", "Møteplass", "Universitetet i Bergen, UiT", None, ARR),
    ("Mentorordning for unge tannleger", "Den norske tannlegeforening",
     "Ordningen er ferdig utviklet og starter i april 2098.", "2.4", "Mentorordning", "", "", None),
]


def build(out) -> list[dict]:
    d = new_docx(font="Arial", size=10, landscape=True, margin_cm=2.0)
    p = d.add_paragraph()
    runs(p, [("Akademikerne – kompetansetiltak 2097", "bs15")])
    d.add_paragraph(
        "Rapporten omfatter tiltak i Akademikerne sentralt og i foreningene Tekna, Den norske legeforening, "
        "Samfunnsøkonomene, Juristforbundet og Den norske tannlegeforening.")
    head = ["Tiltak", "Forening", "Dette er gjort", "Delmål", "Form", "Samarbeid med"]
    body = [[n, f, g, f"Delmål {dm}", fo, s] for n, f, g, dm, fo, s, *_r in ROWS]
    ruled_table(d, head, body, [5.0, 3.4, 8.8, 2.0, 3.2, 3.3], fill="DEEAF6", size=9)
    d.add_paragraph()
    p = d.add_paragraph()
    runs(p, [("Spørsmål om rapporten: Per Egil Sunde, rådgiver, Akademikerne", "i")])
    src = docx_bytes(d, "Per Egil Sunde")
    (out / FILENAME).write_bytes(soffice(src, ".docx", "doc:MS Word 97", "doc"))
    return [row(FILENAME, MEMBER, n, seed, dm, ty, f, s, g) for n, f, g, dm, _fo, s, seed, ty in ROWS if ty]


def text(path) -> str:
    """The text as LibreOffice reads the binary document."""
    return lo_plain_text(path, ".doc")
