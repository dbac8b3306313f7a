"""Fagskolerådet: an ordinary Word table without a kind column; the kind is a tag in square brackets in front of
the measure's name («[KURS] Havvindskolen ved tre fagskoler»), as the council's case system registers it. A project
that starts in August 2090 is a row told only in words."""
from __future__ import annotations

from .common import ARR, FOU, INFO, KURS, RAD, docx_all_text, docx_bytes, new_docx, row, ruled_table, runs

FILENAME = "Fagskolerådet – KPR 2089.docx"
MEMBER = "Fagskolerådet"
FORMAT = "DOCX (python-docx), portrait, one ruled five-column table with a shaded header row, zip normalised"
SHAPE = ("ordinary Word table with the kind as a bracketed tag before the name: title, an intro saying the tag in "
         "square brackets is the kind as registered in the council's case system, header Tiltak / Beskrivelse / "
         "Delmål / Ledet av / Sammen med; name cells «[RÅD] Plenumsmøtene i Nasjonalt fagskoleråd», «[KURS] "
         "Havvindskolen ved tre fagskoler», «[ANALYSE] …», «[INFO] …», «[MØTE] …», «[PROSJEKT] …»; delmål as a plain "
         "code; the FSR seat «Plenumsmøtene i Nasjonalt fagskoleråd»; a project that starts in August 2090 told only "
         "in words; a closing line")
NOT_TRUTH = ("the title and intro, the header, the bracketed tags in front of the names, the Delmål cells, the row "
             "'[PROSJEKT] Felles opptakssystem for fagskolene' (starts in August 2090), the closing line")
SPLIT_FIELDS = ("samarbeidspartnere",)

# tag, name, text, delmål, led, with, seed, type
ROWS = [
    ("RÅD", "Plenumsmøtene i Nasjonalt fagskoleråd",
     "Rådet hadde fem plenumsmøter og ga råd om finansiering av korte fagskoletilbud og om opptak på grunnlag av "
     "realkompetanse.", "1.4", "Fagskolerådet", "", "M02", RAD),
    ("KURS", "Havvindskolen ved tre fagskoler",
     "Fagskolen Rogaland, Fagskulen Vestland og Fagskolen i Nordland ga modulene i havvind; 260 fagarbeidere "
     "fullførte minst én modul.", "2.4", "Fagskolerådet",
     "Fagskolen Rogaland, Fagskulen Vestland, Fagskolen i Nordland", "J04", KURS),
    ("ANALYSE", "Undersøkelse om fagskolestudenter over 40 år",
     "Undersøkelsen viste at en tredel av studentene er over 40 år, og at de fleste tar utdanningen ved siden av "
     "full jobb.", "2.2", "Fagskolerådet", "NIFU", None, FOU),
    ("INFO", "Nettsiden «Fagskole etter fagbrev»",
     "Ny nettside med studievalg, opptakskrav og eksempler på karriereveier for folk med fagbrev. 48 000 besøk.",
     "2.3", "Fagskolerådet", "HK-dir", None, INFO),
    ("MØTE", "Fagskoledagene i Bodø",
     "To dager om kvalitet, arbeidslivsrelevans og digital undervisning i fagskolene. 280 deltok.", "1.4",
     "Fagskolerådet", "NHO, LO, KS", None, ARR),
    ("PROSJEKT", "Felles opptakssystem for fagskolene",
     "Prosjektet er vedtatt og starter i august 2090.", "1.4", "Fagskolerådet", "HK-dir", "", None),
]


def build(out) -> list[dict]:
    d = new_docx(font="Calibri", size=10.5, margin_cm=2.0)
    p = d.add_paragraph()
    runs(p, [("Nasjonalt fagskoleråd – tiltak i 2089 (rapport til Kompetansepolitisk råd)", "bs15")])
    d.add_paragraph("Merkelappen i hakeparentes foran navnet er tiltakstypen slik den er registrert i rådets "
                    "sakssystem.")
    head = ["Tiltak", "Beskrivelse", "Delmål", "Ledet av", "Sammen med"]
    body = [[f"[{tag}] {n}", t, dm, le, w] for tag, n, t, dm, le, w, *_r in ROWS]
    ruled_table(d, head, body, [4.2, 6.0, 1.7, 2.8, 2.7], fill="FBE4D5", size=9.5)
    d.add_paragraph()
    p = d.add_paragraph()
    runs(p, [("Bergen, 12. januar 2090 – sekretariatet for Nasjonalt fagskoleråd", "i")])
    (out / FILENAME).write_bytes(docx_bytes(d, "Nasjonalt fagskoleråd"))
    return [row(FILENAME, MEMBER, n, seed, dm, ty, le, w, t) for _tag, n, t, dm, le, w, seed, ty in ROWS if ty]


TAG = {"RÅD": RAD, "KURS": KURS, "ANALYSE": FOU, "INFO": INFO, "MØTE": ARR}


def name_cells(path) -> list[str]:
    import docx
    return [r.cells[0].text for r in docx.Document(str(path)).tables[0].rows[1:]]


def text(path) -> str:
    return docx_all_text(path)
