"""Not a member report: the questionnaire for next year's round of the joint survey, «Læringsbarometeret 2100 –
spørreskjema til virksomhetene», which NHO sent to the secretariat for information together with its pivot. Its
numbered questions and tick-box options name courses, networks, campaigns and a council, but it asks about 2100 and
reports nothing done; it gives no truth rows."""
from __future__ import annotations

from .common import docx_bytes, new_docx, pdf_text, runs, stable_pdf

FILENAME = "Læringsbarometeret 2100 – spørreskjema (til orientering).pdf"
MEMBER = None
FORMAT = ("PDF exported by LibreOffice Writer from a DOCX (python-docx) with numbered questions, indented ☐ answer "
          "lines and a shaded one-cell note table; dates and /ID fixed")
SHAPE = ("NOT a member report: the survey questionnaire «Læringsbarometeret 2100 – spørreskjema til virksomhetene», "
         "sent by NHO for information: a shaded note («Til orientering for Kompetansepolitisk råd …»), an intro to "
         "the respondents, then sections A–C with twelve numbered questions and ☐ options that name kinds of "
         "training, the joint campaign Voksenløftet, Batteriskolen, Praksisbanken and Kompetansebehovsutvalget as "
         "user of the results, and a closing line about the deadline in March 2100; no truth rows")
NOT_TRUTH = "everything (not a member report): the note, the questions and the answer options, the closing line"
SPLIT_FIELDS = ()

SECTIONS = [
    ("A. Om virksomheten", [
        ("Hvor mange ansatte har virksomheten?", ["1–19", "20–99", "100–249", "250 eller flere"]),
        ("Hvilken næring tilhører virksomheten?", ["Industri og bygg", "Handel og tjenester", "Reiseliv",
                                                    "Kommune eller fylkeskommune", "Annet"]),
        ("Har virksomheten en skriftlig plan for opplæring av de ansatte?", ["Ja", "Nei", "Vet ikke"]),
    ]),
    ("B. Opplæring i 2100", [
        ("Hvilke former for opplæring har de ansatte deltatt i?",
         ["Kurs i regi av virksomheten", "Kurs hos fagskole, høyskole eller universitet",
          "Opplæring på arbeidsplassen med veileder", "Nettkurs", "Konferanser og seminarer"]),
        ("Har noen ansatte tatt fagbrev som praksiskandidat?", ["Ja", "Nei", "Vet ikke"]),
        ("Kjenner virksomheten til disse tilbudene?",
         ["Voksenløftet (kampanje om fagbrev for voksne)", "Batteriskolen (kursprogram)",
          "Praksisbanken (praksisplasser for studenter)"]),
        ("Deltar virksomheten i et nettverk eller råd for kompetanse i regionen?", ["Ja", "Nei"]),
        ("Hva hindrer mer opplæring?", ["Tid", "Kostnader", "Mangel på relevante tilbud", "Lite motivasjon",
                                         "Annet"]),
    ]),
    ("C. Kompetansebehov framover", [
        ("Hvilke fagområder vil virksomheten trenge mer kompetanse i de neste tre årene?",
         ["Digitale ferdigheter", "Fagarbeiderkompetanse", "Ledelse", "Bærekraft og energi", "Språk"]),
        ("Planlegger virksomheten å ta inn lærlinger?", ["Ja", "Nei", "Vet ikke"]),
        ("Ønsker virksomheten å bli kontaktet om tilbud fra fagskoler og høyskoler?", ["Ja", "Nei"]),
        ("Har du kommentarer til undersøkelsen?", ["(fritekst)"]),
    ]),
]


def build(out) -> list[dict]:
    from docx.shared import Cm

    from .common import shade
    d = new_docx(font="Arial", size=10, margin_cm=2.2)
    note = d.add_table(rows=1, cols=1)
    c = note.rows[0].cells[0]
    shade(c, "FFF2CC")
    runs(c.paragraphs[0], [("Til orientering for Kompetansepolitisk råd: Slik ser spørreskjemaet for neste runde ut. "
                            "Skjemaet sendes ut i februar 2100. Med hilsen NHO Analyse", "i")])
    d.add_paragraph()
    p = d.add_paragraph()
    runs(p, [("Læringsbarometeret 2100 – spørreskjema til virksomhetene", "bs15")])
    d.add_paragraph("Takk for at du svarer! Undersøkelsen gjennomføres av NHO, Virke og KS, og resultatene brukes "
                    "blant annet av Kompetansebehovsutvalget. Det tar om lag ti minutter å svare.")
    n = 0
    for head, questions in SECTIONS:
        p = d.add_paragraph()
        runs(p, [(head, "b")])
        for q, options in questions:
            n += 1
            d.add_paragraph(f"{n}. {q}")
            for o in options:
                op = d.add_paragraph(f"☐ {o}")
                op.paragraph_format.left_indent = Cm(0.9)
                op.paragraph_format.space_after = Cm(0)
    d.add_paragraph()
    d.add_paragraph("Svarfrist: 15. mars 2100. Spørsmål om undersøkelsen kan rettes til NHO Analyse.")
    (out / FILENAME).write_bytes(stable_pdf(docx_bytes(d, "NHO Analyse"), ".docx"))
    return []


def text(path) -> str:
    return pdf_text(path)
