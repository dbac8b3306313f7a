"""Unio: an ordinary Word table whose first column is Unio's internal short name for each measure («RSA OsloMet»,
«NSF-pakken»), as used in the federation's own plans; the full name stands in the second column «Tiltak», which is
the name the secretariat uses. A course postponed to the autumn of 2098 is told only in words."""
from __future__ import annotations

from .common import FOU, INFO, KURS, RAD, docx_all_text, docx_bytes, new_docx, row, ruled_table, runs

FILENAME = "Unio rapport KPR 2097.docx"
MEMBER = "Unio"
FORMAT = "DOCX (python-docx), landscape, one ruled seven-column table with a shaded header row, zip normalised"
SHAPE = ("ordinary Word table with two name columns: title, an intro saying that the first column is Unio's short "
         "name from its own action plan and the second the full name, header Kortnavn / Tiltak / Forbund / Hva vi "
         "gjorde / Delmål / Arbeidsform / Samarbeid; short names «RSA OsloMet», «UHR-LU», «NSF-pakken», «PF-EVU», "
         "«Barnehageturné», «Lederkurs helse»; delmål as a plain code; Unio's kind words (Rådsplass, Representasjon, "
         "Videreutdanning, Rapport, Informasjonsturné); the RSA seat «RSA ved OsloMet – Unios representant» and the "
         "UHR-FSE seat «Utdanningsforbundet i UHR-Lærerutdanning»; a course postponed to the autumn of 2098 told only "
         "in words; a contact line")
NOT_TRUTH = ("the title and intro, the header, the Kortnavn cells, the Delmål and Arbeidsform cells, the row "
             "'Lederkurs for tillitsvalgte i helse' (postponed to the autumn of 2098), the contact line")
SPLIT_FIELDS = ("samarbeidspartnere",)

# short name, name, forbund, gjort, delmål, arbeidsform, samarbeid, seed, type
ROWS = [
    ("RSA OsloMet", "RSA ved OsloMet – Unios representant", "Unio",
     "Unio har én plass i rådet for samarbeid med arbeidslivet ved OsloMet. Rådet drøftet i 2097 praksis i "
     "lærer- og sykepleierutdanningene og nye videreutdanningstilbud.", "1.4", "Rådsplass", "", "M02", RAD),
    ("UHR-LU", "Utdanningsforbundet i UHR-Lærerutdanning", "Utdanningsforbundet",
     "Utdanningsforbundet deltar i UHRs fagstrategiske enhet for lærerutdanning og var med på å revidere "
     "retningslinjene for praksis i barnehagelærerutdanningen.", "1.4", "Representasjon", "",
     "M03", RAD),
    ("NSF-pakken", "Kompetansepakke for sykepleiere i kommunene", "Norsk Sykepleierforbund",
     "Videreutdanning på 15 studiepoeng i geriatri og legemiddelhåndtering, tilpasset turnusarbeid. 410 sykepleiere "
     "fullførte.", "2.4", "Videreutdanning", "KS, OsloMet", None, KURS),
    ("PF-EVU", "Rapport om etter- og videreutdanning i politiet", "Politiets Fellesforbund",
     "Kartlegging blant 2 300 medlemmer av hvilken videreutdanning politiansatte får, og hva som hindrer dem. "
     "Rapporten kom i oktober.", "2.2", "Rapport", "Politihøgskolen", None, FOU),
    ("Barnehageturné", "Informasjonsturné om videreutdanning i barnehagene", "Utdanningsforbundet",
     "Turné til 40 barnehager der tillitsvalgte informerte om videreutdanningstilbud og stipendordninger for "
     "barnehagelærere og fagarbeidere.", "2.4", "Informasjonsturné", "", None, INFO),
    ("Lederkurs helse", "Lederkurs for tillitsvalgte i helse", "Norsk Sykepleierforbund",
     "Kurset var planlagt i november, men er utsatt til høsten 2098.", "2.4", "Kurs", "", "", None),
]


def build(out) -> list[dict]:
    d = new_docx(font="Calibri", size=10.5, landscape=True, margin_cm=1.8)
    p = d.add_paragraph()
    runs(p, [("Unio – rapport til Kompetansepolitisk råd for 2097", "bs15")])
    d.add_paragraph(
        "Tabellen viser tiltakene Unio og forbundene gjennomførte i 2097. Første kolonne er kortnavnet vi bruker i "
        "Unios handlingsplan; det fulle navnet på tiltaket står i kolonnen «Tiltak».")
    head = ["Kortnavn", "Tiltak", "Forbund", "Hva vi gjorde", "Delmål", "Arbeidsform", "Samarbeid"]
    body = [[k, n, f, g, dm, a, s] for k, n, f, g, dm, a, s, *_r in ROWS]
    ruled_table(d, head, body, [2.4, 4.6, 3.0, 7.6, 1.6, 3.2, 3.6], fill="E4DFEC", size=9)
    d.add_paragraph()
    p = d.add_paragraph()
    runs(p, [("Kontaktperson: Siri Haugen, seniorrådgiver, Unio", "i")])
    (out / FILENAME).write_bytes(docx_bytes(d, "Siri Haugen"))
    return [row(FILENAME, MEMBER, n, seed, dm, ty, f, s, g) for _k, n, f, g, dm, _a, s, seed, ty in ROWS if ty]


def text(path) -> str:
    return docx_all_text(path)
