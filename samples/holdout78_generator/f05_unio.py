"""Unio: a table printed to PDF by LibreOffice in which the kind of each measure is a short sentence starting with
«Vi …» («Vi utredet», «Vi arrangerte»), and the delmål stand only in an appendix table at the end that maps the
measure numbers to the strategy. A course moved to April 2099 is told only in words."""
from __future__ import annotations

from .common import ARR, FOU, INFO, PROSJEKT, RAD, docx_bytes, new_docx, pdf_cells, row, ruled_table, runs, \
    stable_pdf

FILENAME = "Unio – rapportering til KPR for 2098.pdf"
MEMBER = "Unio"
FORMAT = ("PDF exported by LibreOffice Writer from a landscape DOCX (python-docx) with two ruled tables (the "
          "measures, and an appendix after a page break); dates and /ID fixed")
SHAPE = ("measures table without a goal column and an appendix that maps numbers to delmål: title, intro saying "
         "that the delmål stand in the appendix, header Nr. / Tiltak / Hva gjorde vi? / Forbund / Med hvem / "
         "Omtale; the kind only as a «Vi …» sentence (Vi deltok i utvalget / Vi drev prosjekt / Vi utredet / Vi "
         "arrangerte / Vi informerte / Vi underviste); on the last page «Vedlegg: Tiltakene og strategien», a table "
         "Nr. / Delmål / Stikkord («1 | 1.1 | Kompetansebehovsutvalget») – the delmål of a measure is found by its "
         "number; the KBU seat «Unios medlem av Kompetansebehovsutvalget»; a course moved to April 2099 told only in "
         "words (its number also in the appendix); a contact line")
NOT_TRUTH = ("the title and intro, the header, the Nr. cells, the «Vi …» cells, row 6 'Lederkurs for "
             "hovedtillitsvalgte i helse' (moved to April 2099), the contact line, the whole appendix (numbers, codes, "
             "key words)")
SPLIT_FIELDS = ("samarbeidspartnere",)

# name, vi, forbund, med, omtale, delmål, stikkord, seed, type
ROWS = [
    ("Unios medlem av Kompetansebehovsutvalget", "Vi deltok i utvalget", "Unio", "",
     "Unios medlem deltok på alle utvalgsmøtene og bidro særlig til kapitlet om behovet for sykepleiere og lærere i "
     "temarapporten som kom i juni.", "1.1", "Kompetansebehovsutvalget", "M01", RAD),
    ("Sykepleierforbundets språkmentorer i Språkvakta", "Vi drev prosjekt", "Norsk Sykepleierforbund",
     "KS, Spekter",
     "NSF lærte opp 40 sykepleiere til språkmentorer på sykehjem og sykehus i prosjektet, og fulgte dem opp med "
     "digitale veiledningsmøter.", "3.4", "Norskopplæring", "J05", PROSJEKT),
    ("Utredning om etter- og videreutdanning i skolen", "Vi utredet", "Utdanningsforbundet", "NIFU",
     "NIFU kartla hvordan lærere og skoleledere bruker videreutdanningsordningene, og hva som hindrer dem. "
     "Utredningen kom i september.", "2.2", "Kunnskapsgrunnlaget", None, FOU),
    ("Fagdag om praksis i lærerutdanningen", "Vi arrangerte", "Utdanningsforbundet", "OsloMet",
     "Fagdag for praksislærere, studenter og lærerutdannere om hvordan praksisperiodene kan bli bedre. 280 deltok.",
     "1.4", "Samarbeid utdanning og arbeidsliv", None, ARR),
    ("Videreutdanningsveileder på nett for politiansatte", "Vi informerte", "Politiets Fellesforbund",
     "Politihøgskolen",
     "Nettsider og en kortfilm som forklarer hvilke videreutdanninger politiansatte kan søke, og hvordan de søker "
     "permisjon og stipend.", "2.4", "Behov og tilbud", None, INFO),
    ("Lederkurs for hovedtillitsvalgte i helse", "Vi underviste", "Norsk Sykepleierforbund", "",
     "Kurset var planlagt i november, men er flyttet til april 2099.", "2.4", "Behov og tilbud", "", None),
]


def build(out) -> list[dict]:
    from docx.enum.text import WD_BREAK
    d = new_docx(font="Calibri", size=10.5, landscape=True, margin_cm=1.8)
    p = d.add_paragraph()
    runs(p, [("Unio – rapportering til Kompetansepolitisk råd for 2098", "bs15")])
    d.add_paragraph(
        "Tabellen viser hva Unio og forbundene gjorde i 2098. Hvilket delmål i strategien hvert tiltak hører til, står "
        "i vedlegget bakerst, etter tiltaksnummeret.")
    head = ["Nr.", "Tiltak", "Hva gjorde vi?", "Forbund", "Med hvem", "Omtale"]
    body = [[str(i), n, v, f, m, o] for i, (n, v, f, m, o, *_r) in enumerate(ROWS, 1)]
    ruled_table(d, head, body, [1.0, 5.2, 3.0, 3.6, 3.0, 10.0], fill="E2EFDA", size=9.5)
    d.add_paragraph()
    p = d.add_paragraph()
    runs(p, [("Kontakt: Eirik Sandvik, seniorrådgiver i Unio", "i")])
    p.add_run().add_break(WD_BREAK.PAGE)
    p = d.add_paragraph()
    runs(p, [("Vedlegg: Tiltakene og strategien", "bs13")])
    ruled_table(d, ["Nr.", "Delmål", "Stikkord"], [[str(i), r[5], r[6]] for i, r in enumerate(ROWS, 1)],
                [1.2, 2.0, 7.0], fill="E2EFDA", size=9.5)
    (out / FILENAME).write_bytes(stable_pdf(docx_bytes(d, "Eirik Sandvik"), ".docx"))
    return [row(FILENAME, MEMBER, n, seed, dm, ty, f, m, o) for n, _v, f, m, o, dm, _k, seed, ty in ROWS if ty]


def text(path) -> str:
    return pdf_cells(path)
