"""Akademikerne: an ordinary table printed to PDF without a partner column; each measure's partners stand in a Word
footnote on its name, printed at the foot of the page, and a measure without a footnote had none. A mentoring
programme that starts in March 2092 is told only in words under the table."""
from __future__ import annotations

from .common import FOU, INFO, KURS, RAD, add_footnote_ref, attach_footnotes, docx_bytes, new_docx, pdf_cells, row, \
    ruled_table, runs, stable_pdf

FILENAME = "Akademikerne – rapport til Kompetansepolitisk råd 2091.pdf"
MEMBER = "Akademikerne"
FORMAT = ("PDF exported by LibreOffice Writer from a portrait DOCX (python-docx) with one ruled five-column table and "
          "a hand-added footnotes part (word/footnotes.xml with separator notes, superscript footnoteReference runs "
          "in the name cells); dates and /ID fixed")
SHAPE = ("ordinary table with the partners only in footnotes: title, an intro saying the partners stand in a "
         "footnote to the measure's name and a name without a footnote had none, header Tiltak / Hva vi gjorde / "
         "Delmål / Type / Ansvarlig; names 3–6 carry footnote numbers 1–4, printed at the foot of the page («Sammen "
         "med YS, Virke og Respons Analyse.», «Sammen med NTNU.», …); Akademikerne's kind words (Verv, "
         "Undersøkelse, Kurs, Veiledning); the KBU seat «Akademikernes plass i Kompetansebehovsutvalget» and the "
         "UHR-FSE seat «Legeforeningens observatør i UHR-Medisin og helse»; Tekna's own add-on sample named like "
         "the joint survey (its own version); a mentoring programme starting in March 2092, told only in words")
NOT_TRUTH = ("the title and intro, the header, the Delmål and Type cells, the footnote numbers and the words «Sammen "
             "med» in the footnotes, the paragraph on 'Mentorprogrammet for nye ledere i helsetjenesten' (starts in "
             "March 2092), the signature")
SPLIT_FIELDS = ("samarbeidspartnere",)

# name, text, delmål, kind, ansvarlig, partners (as the footnote says them), seed, type
ROWS = [
    ("Akademikernes plass i Kompetansebehovsutvalget",
     "Akademikernes medlem deltok i utvalgets fem møter og ledet arbeidet med kapittelet om behovet for leger og "
     "psykologer.", "1.1", "Verv", "Akademikerne", [], "M03", RAD),
    ("Legeforeningens observatør i UHR-Medisin og helse",
     "Legeforeningen fulgte den fagstrategiske enhetens møter og ga innspill om praksis i allmennmedisin i "
     "medisinstudiet.", "1.4", "Verv", "Den norske legeforening", [], "M06", RAD),
    ("Kompetansebarometeret 2091",
     "Medlemmer i Akademikerne-foreningene var med i den felles undersøkelsen, og 3 200 svarte. Svarene viser at få "
     "får videreutdanning i arbeidstiden.", "2.2", "Undersøkelse", "Akademikerne",
     ["YS", "Virke", "Respons Analyse"], "J02", FOU),
    ("Kompetansebarometeret – Teknas tilleggsutvalg",
     "Tekna spurte i tillegg 1 100 medlemmer i industrien om etterutdanning i kunstig intelligens. "
     "Tilleggsutvalget var Teknas eget og inngår ikke i den felles undersøkelsen.", "2.2", "Undersøkelse", "Tekna",
     ["NTNU"], None, FOU),
    ("Etterutdanning i kunstig intelligens for jurister",
     "Juristforbundet holdt et kurs over seks kvelder om kunstig intelligens i juridisk arbeid. 280 jurister "
     "fullførte.", "2.1", "Kurs", "Juristforbundet", ["Universitetet i Oslo"], None, KURS),
    ("Karrieresamtaler for nyutdannede",
     "Samfunnsøkonomene og Econa tilbød gratis karrieresamtaler til nyutdannede medlemmer. 420 samtaler ble "
     "gjennomført.", "1.3", "Veiledning", "Samfunnsøkonomene", ["Econa"], None, INFO),
]

KIND = {"Verv": RAD, "Undersøkelse": FOU, "Kurs": KURS, "Veiledning": INFO}


def _said(partners: list[str]) -> str:
    return partners[0] if len(partners) == 1 else ", ".join(partners[:-1]) + " og " + partners[-1]


def build(out) -> list[dict]:
    d = new_docx(font="Liberation Sans", size=10, margin_cm=2.0)
    p = d.add_paragraph()
    runs(p, [("Akademikerne – rapport til Kompetansepolitisk råd for 2091", "bs15")])
    d.add_paragraph("Her er tiltakene Akademikerne og medlemsforeningene gjennomførte i 2091. Samarbeidspartnerne "
                    "står i en fotnote til tiltaksnavnet. Tiltak uten fotnote hadde ingen samarbeidspartnere.")
    head = ["Tiltak", "Hva vi gjorde", "Delmål", "Type", "Ansvarlig"]
    body = [[n, t, dm, k, a] for n, t, dm, k, a, *_r in ROWS]
    table = ruled_table(d, head, body, [4.6, 7.0, 1.5, 2.2, 3.0], fill="E7E6E6", size=9.5)
    notes = []
    for r_, (*_x, partners, _seed, _ty) in zip(table.rows[1:], ROWS):
        if partners:
            notes.append(f"Sammen med {_said(partners)}.")
            add_footnote_ref(r_.cells[0].paragraphs[0], len(notes))
    attach_footnotes(d, notes)
    d.add_paragraph()
    d.add_paragraph("Mentorprogrammet for nye ledere i helsetjenesten starter i mars 2092 og er derfor ikke med i "
                    "tabellen.")
    d.add_paragraph()
    p = d.add_paragraph()
    runs(p, [("Oslo, 13. januar 2092 – Sigrid Mo, fagsjef i Akademikerne", "i")])
    (out / FILENAME).write_bytes(stable_pdf(docx_bytes(d, "Sigrid Mo"), ".docx"))
    rows = []
    for n, t, dm, k, a, partners, seed, ty in ROWS:
        assert KIND[k] == ty
        rows.append(row(FILENAME, MEMBER, n, seed, dm, ty, a, ", ".join(partners), t))
    return rows


def text(path) -> str:
    return pdf_cells(path)
