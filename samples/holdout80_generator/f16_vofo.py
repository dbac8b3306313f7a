"""Not a member report: a selection from the study associations' course catalogue for the spring of 2090, which
VOFO sent to the secretariat for information together with its wiki page. Its courses are named like measures –
some like the joint measures – but they all start in 2090 and report nothing done; it gives no truth rows."""
from __future__ import annotations

from .common import docx_bytes, new_docx, pdf_cells, ruled_table, runs, shade, stable_pdf

FILENAME = "Kurskatalog våren 2090 – studieforbundene (til orientering).pdf"
MEMBER = None
FORMAT = ("PDF exported by LibreOffice Writer from a DOCX (python-docx) with a shaded one-cell note, a ruled "
          "six-column course table and short course texts; dates and /ID fixed")
SHAPE = ("NOT a member report: «Kurs for voksne våren 2090 – et utvalg fra studieforbundene», sent by VOFO for "
         "information: a shaded note that it is sent for information with VOFO's report, an intro, a table Kurs / "
         "Studieforbund / Sted / Oppstart / Timer / Pris with eight courses starting between January and April "
         "2090 (among them «Norsk i turnus – kveldskurs for helsearbeidere», «Havvindskolen – forkurs i matematikk "
         "og fysikk» and «Studiesirkel i privatøkonomi for unge voksne»), a paragraph per course and a closing line "
         "on how to sign up; no truth rows")
NOT_TRUTH = "everything (not a member report): the note, the course table and texts, the closing line"
SPLIT_FIELDS = ()

COURSES = [
    ("Norsk i turnus – kveldskurs for helsearbeidere", "Folkeuniversitetet", "Bergen", "3. februar 2090", "40",
     "2 900 kr", "Kveldskurs i muntlig norsk for helsearbeidere med kort botid, lagt til dager uten vakt."),
    ("Havvindskolen – forkurs i matematikk og fysikk", "Studieforbundet AOF", "Stavanger", "10. februar 2090",
     "60", "3 400 kr", "Forkurs for fagarbeidere som vil søke modulene i havvind ved fagskolene."),
    ("Studiesirkel i privatøkonomi for unge voksne", "Studieforbundet AOF", "Oslo", "6. februar 2090", "16",
     "gratis", "Studiesirkel om budsjett, lån og sparing for deltakere mellom 18 og 30 år."),
    ("Digital hverdag for seniorer", "Seniornett Norge", "Hamar", "20. januar 2090", "12", "600 kr",
     "Nettbank, helsenorge.no og videosamtaler i små grupper."),
    ("Forberedende kurs til fagprøven som praksiskandidat", "Folkeuniversitetet", "Trondheim", "15. mars 2090", "80",
     "4 800 kr", "Kurset gjennomgår teori og oppgaver for voksne som skal ta fagbrev på grunnlag av praksis."),
    ("Samisk for nybegynnere", "Studieforbundet kultur og tradisjon", "Tromsø", "27. januar 2090", "30",
     "1 500 kr", "Nordsamisk for voksne uten forkunnskaper, med vekt på samtale."),
    ("Kursledere: grunnleggende ferdigheter i praksis", "VOFO", "nett", "4. mars 2090", "10", "gratis",
     "Kurs for kursledere i hvordan lesing, skriving og regning kan trenes i vanlige kurs."),
    ("Styrearbeid i frivillige lag", "Studieforbundet Næring og Samfunn", "Bodø", "2. april 2090", "12", "900 kr",
     "Om styreansvar, økonomi og årsmøter i små lag og foreninger."),
]


def build(out) -> list[dict]:
    d = new_docx(font="Liberation Sans", size=10, margin_cm=2.0)
    note = d.add_table(rows=1, cols=1)
    note.style = "Table Grid"
    runs(note.rows[0].cells[0].paragraphs[0],
         [("Til orientering: VOFO sender dette utvalget fra kurskatalogen sammen med rapporten vår til "
           "Kompetansepolitisk råd. Katalogen er ikke en del av rapporten.", "i")])
    shade(note.rows[0].cells[0], "F2F2F2")
    d.add_paragraph()
    p = d.add_paragraph()
    runs(p, [("Kurs for voksne våren 2090 – et utvalg fra studieforbundene", "bs16")])
    d.add_paragraph("Studieforbundene tilbyr hvert halvår flere tusen kurs over hele landet. Her er et utvalg av "
                    "kurs som starter mellom januar og april 2090.")
    head = ["Kurs", "Studieforbund", "Sted", "Oppstart", "Timer", "Pris"]
    ruled_table(d, head, [list(c[:6]) for c in COURSES], [4.8, 3.6, 2.0, 2.8, 1.4, 1.8], fill="D9D9D9", size=9)
    d.add_paragraph()
    for name, *_r, about in COURSES:
        p = d.add_paragraph()
        runs(p, [(name + ". ", "b"), (about, "")])
    p = d.add_paragraph()
    runs(p, [("Påmelding skjer på nettsidene til hvert studieforbund. Katalogen gjelder januar–juni 2090.", "i")])
    (out / FILENAME).write_bytes(stable_pdf(docx_bytes(d, "VOFO"), ".docx"))
    return []


def text(path) -> str:
    return pdf_cells(path)
