"""LO: an ordinary Word report whose table was pasted from LO's workbook as a link: the table is the result of a LINK
field (Excel.Sheet.12, the workbook path and range in the field code), begun in the paragraph above the table and
ended in the paragraph below it. A course closed at the end of 2095 is told only in words."""
from __future__ import annotations

from .common import ARR, FOU, KURS, RAD, docx_all_text, docx_bytes, new_docx, row, ruled_table, runs

FILENAME = "LO kompetansetiltak 2096.docx"
MEMBER = "LO"
FORMAT = ("DOCX (python-docx), landscape, the table pasted from Excel as a link: a LINK field (Excel.Sheet.12 with the "
          "workbook path and an R1C1 range, \\a \\f 5 \\h) whose begin and separate stand in the paragraph above the "
          "table and whose end stands in the paragraph below it; zip normalised")
SHAPE = ("ordinary Word report around a linked table: a letter-like head, title, an intro saying the table is pasted "
         "from LO's workbook and linked to it, header Innsats / Dette gjorde LO i 2096 / Delmål / Arbeidsform / "
         "Ansvar i LO / Sammen med; delmål as a plain code; LO's kind words (Rådsplass, Aksjonsuke, Kursprogram, "
         "Samling, Utredning, Kurs); the SRY seat «Faglig råd for teknologi og industrifag – LOs representanter»; "
         "LO's own gathering for its members of the faglige råd (about SRY, not a seat); a web course closed at the "
         "end of 2095 told only in words; a signature")
NOT_TRUTH = ("the head, title and intro, the header, the Delmål and Arbeidsform cells, the "
             "row 'Nettkurs i arbeidsmiljø for lærlinger' (closed at the end of 2095), the field code, the signature")
SPLIT_FIELDS = ("samarbeidspartnere",)

LINK = (' LINK Excel.Sheet.12 "C:\\\\Users\\\\pil\\\\OneDrive - Landsorganisasjonen i Norge\\\\KPR\\\\LO tiltak '
        '2096.xlsx" "Tiltak 2096!R1C1:R8C6" \\a \\f 5 \\h  \\* MERGEFORMAT ')

# name, gjort, delmål, form, ansvar, med, seed, type
ROWS = [
    ("Faglig råd for teknologi og industrifag – LOs representanter",
     "Fellesforbundet og Industri Energi har LOs tre plasser i rådet. Rådet anbefalte i 2096 et nytt lærefag i "
     "batterifaget og ga SRY innspill om tilbudsstrukturen.",
     "2.3", "Rådsplass", "Fellesforbundet", "Industri Energi", "M05", RAD),
    ("Yrkesfagveka 2096 – LO på skolebesøk",
     "Tillitsvalgte fra tolv forbund besøkte 90 ungdomsskoler i Yrkesfagveka i mars og fortalte om læretid og "
     "fagbrev.",
     "2.3", "Aksjonsuke", "LO Ung", "fylkeskommunene, NHO", "J03", ARR),
    ("Batteriskolen",
     "Forbundene rekrutterte 180 medlemmer til kursene i celleproduksjon og sikkerhet. Tillitsvalgte i tre fabrikker "
     "fikk opplæring i å kartlegge kompetansebehov.",
     "2.4", "Kursprogram", "Industri Energi", "NHO, Fagskolen Innlandet", "J04", KURS),
    ("Samling for LOs medlemmer i de faglige rådene",
     "To dager i oktober for alle LO-representanter i SRY og de faglige rådene, om ny tilbudsstruktur og lærlingenes "
     "rettigheter. Samlingen er LOs egen og er ikke en del av rådenes arbeid.",
     "2.3", "Samling", "Utdanningsavdelingen", "", None, ARR),
    ("Utredning om betalt utdanningspermisjon",
     "Fafo utredet på oppdrag fra LO hvordan en ordning med betalt utdanningspermisjon kan finansieres i "
     "trepartssamarbeidet.",
     "2.2", "Utredning", "Samfunnspolitisk avdeling", "Fafo", None, FOU),
    ("Tillitsvalgtkurs i realkompetansevurdering",
     "Kurs i tre regioner om hvordan tillitsvalgte kan hjelpe medlemmer med å få vurdert realkompetansen sin opp mot "
     "et fagbrev. 140 deltakere.",
     "2.5", "Kurs", "Utdanningsavdelingen", "AOF Norge", None, KURS),
    ("Nettkurs i arbeidsmiljø for lærlinger",
     "Nettkurset ble lagt ned ved utgangen av 2095 og er ikke videreført.",
     "2.3", "Kurs", "LO Ung", "", "", None),
]


def _field_run(kind: str, text: str | None = None):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    r = OxmlElement("w:r")
    if kind == "instr":
        it = OxmlElement("w:instrText")
        it.set(qn("xml:space"), "preserve")
        it.text = text
        r.append(it)
    else:
        fc = OxmlElement("w:fldChar")
        fc.set(qn("w:fldCharType"), kind)
        r.append(fc)
    return r


def build(out) -> list[dict]:
    from docx.shared import Pt
    d = new_docx(font="Calibri", size=10.5, landscape=True, margin_cm=1.8)
    p = d.add_paragraph()
    runs(p, [("Landsorganisasjonen i Norge · Utdanningsavdelingen", "g")])
    p = d.add_paragraph()
    runs(p, [("LOs tiltak i kompetansestrategien – 2096", "bs15")])
    d.add_paragraph(
        "Tabellen under er limt inn fra arbeidsboken vår og er koblet til den, så tallene er de samme som i "
        "regnearket vi fører gjennom året.")
    begin = d.add_paragraph()
    begin._p.append(_field_run("begin"))
    begin._p.append(_field_run("instr", LINK))
    begin._p.append(_field_run("separate"))
    head = ["Innsats", "Dette gjorde LO i 2096", "Delmål", "Arbeidsform", "Ansvar i LO", "Sammen med"]
    body = [[n, g, dm, f, a, m] for n, g, dm, f, a, m, *_r in ROWS]
    t = ruled_table(d, head, body, [5.2, 9.0, 1.8, 2.8, 3.4, 3.6], fill="FCE4D6", size=9)
    for c in t.rows[0].cells:
        for r in c.paragraphs[0].runs:
            r.font.size = Pt(9)
    end = d.add_paragraph()
    end._p.append(_field_run("end"))
    d.add_paragraph("Med vennlig hilsen")
    d.add_paragraph("Per Ivar Lunde\nrådgiver, Utdanningsavdelingen i LO")
    (out / FILENAME).write_bytes(docx_bytes(d, "Per Ivar Lunde"))
    return [row(FILENAME, MEMBER, n, seed, dm, ty, a, m, g) for n, g, dm, _f, a, m, seed, ty in ROWS if ty]


def text(path) -> str:
    return docx_all_text(path)
