"""Fagskolerådet: an ordinary Word table without a kind column; each description begins with the kind as a word and
a colon («Kurs: …», «Nettverk: …»). A joint application portal launched in August 2092 is told only in a closing
line."""
from __future__ import annotations

from .common import ARR, FOU, KURS, RAD, docx_all_text, docx_bytes, new_docx, row, ruled_table, runs

FILENAME = "Fagskolerådet – rapport 2091.docx"
MEMBER = "Fagskolerådet"
FORMAT = "DOCX (python-docx), portrait, one ruled six-column table with a shaded header row, zip normalised"
SHAPE = ("ordinary Word table with the kind as the first word of the description: title, an intro saying each "
         "description begins with the kind of measure, header Nr. / Tiltak / Omtale / Delmål / Ansvar / Partnere; "
         "Omtale cells «Rådsarbeid: …», «Kurs: …», «Nettverk: …», «Analyse: …», «Arrangement: …»; delmål as a "
         "plain code; the FSR seat «Rådsmøtene i Nasjonalt fagskoleråd»; a joint application portal launched in "
         "August 2092, told only in a closing line")
NOT_TRUTH = ("the title and intro, the header, the Nr. and Delmål cells, the kind word and colon at the start of each "
             "Omtale, the closing line on 'Den felles søknadsportalen for fagskolene' (launched in August 2092)")
SPLIT_FIELDS = ("samarbeidspartnere",)

# name, kind, text, delmål, ansvar, partners, seed
ROWS = [
    ("Rådsmøtene i Nasjonalt fagskoleråd", "Rådsarbeid",
     "Rådet hadde fire møter og ga råd om ny finansieringsmodell og om fagskoletilbud i distriktene.", "1.4",
     "Fagskolerådets sekretariat", "", "M04"),
    ("Grønn fagskole – modulene i elkraft og energi", "Kurs",
     "Ni fagskoler ga modulene i elektrifisering og energieffektivisering. 310 fagarbeidere fullførte minst én "
     "modul.", "2.4", "Fagskolerådets sekretariat", "NHO, Kompetanseforbundet", "J04"),
    ("Kvalitetsnettverket for fagskolene", "Nettverk",
     "40 kvalitetsansvarlige møttes tre ganger for å dele erfaringer med studentevalueringer.", "2.4",
     "Fagskolen Innlandet", "NOKUT", None),
    ("Undersøkelse om fagskolestudenter i jobb", "Analyse",
     "Undersøkelsen fulgte 1 800 uteksaminerte kandidater ett år etter eksamen. 92 prosent var i relevant jobb.",
     "2.2", "Fagskolerådets analyseenhet", "NIFU", None),
    ("Fagskoledagen 2091", "Arrangement",
     "Åpen dag på 50 fagskoler over hele landet i mars, med prøveforelesninger for voksne i jobb.", "2.3",
     "Fagskolerådets sekretariat", "fylkeskommunene", None),
]

KIND = {"Rådsarbeid": RAD, "Kurs": KURS, "Nettverk": RAD, "Analyse": FOU, "Arrangement": ARR}


def build(out) -> list[dict]:
    d = new_docx(font="Calibri", size=10.5, margin_cm=2.0)
    p = d.add_paragraph()
    runs(p, [("Fagskolerådet – rapport til Kompetansepolitisk råd for 2091", "bs16")])
    d.add_paragraph("Omtalen av hvert tiltak begynner med hva slags tiltak det er.")
    head = ["Nr.", "Tiltak", "Omtale", "Delmål", "Ansvar", "Partnere"]
    body = [[str(i), n, f"{k}: {t}", dm, a, s] for i, (n, k, t, dm, a, s, _seed) in enumerate(ROWS, 1)]
    ruled_table(d, head, body, [1.0, 3.8, 6.4, 1.5, 2.6, 2.6], fill="FFF2CC", size=9.5)
    d.add_paragraph()
    d.add_paragraph("Den felles søknadsportalen for fagskolene lanseres i august 2092 og blir rapportert neste år.")
    p = d.add_paragraph()
    runs(p, [("Fagskolerådet, 14. januar 2092", "i")])
    (out / FILENAME).write_bytes(docx_bytes(d, "Fagskolerådet"))
    return [row(FILENAME, MEMBER, n, seed, dm, KIND[k], a, s, t) for n, k, t, dm, a, s, seed in ROWS]


def omtale_cells(path) -> list[str]:
    import docx
    t = docx.Document(str(path)).tables[0]
    return [r_.cells[2].text for r_ in t.rows[1:]]


def text(path) -> str:
    return docx_all_text(path)
