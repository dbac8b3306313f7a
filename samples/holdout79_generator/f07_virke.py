"""Virke: an ordinary Word table in which the kind is a category path copied from Virke's project database
(«Kompetanse › Kurs › Nettkurs»): the main category, a sub-category and the particular kind, so the secretariat's
type is read from the path as a whole. A trainee programme that takes in its first trainees in August 2100 is told
only in words."""
from __future__ import annotations

from .common import ARR, FOU, KURS, PROSJEKT, RAD, docx_all_text, docx_bytes, new_docx, row, ruled_table, runs

FILENAME = "Virke – KPR-rapport 2099.docx"
MEMBER = "Virke"
FORMAT = "DOCX (python-docx), landscape, one ruled six-column table with a shaded header row, zip normalised"
SHAPE = ("ordinary Word table with the kind as a database path: title, an intro saying the category is taken from "
         "Virke's project database and written as a path from main category to sub-category, header Prosjekt / "
         "Resultat 2099 / Delmål / Kategori (prosjektdatabasen) / Prosjekteier / Partnere; category cells such as "
         "«Innflytelse › Råd og utvalg › Faglig råd», «Kunnskap › Undersøkelser › Medlemsundersøkelse», «Kompetanse "
         "› Kurs › Nettkurs», «Aktivitet › Møteplass › Frokostseminar», «Utvikling › Prosjekter › Pilotprosjekt»; "
         "delmål as a plain code; the SRY seat «Virkes medlemmer i faglig råd for salg, service og reiseliv»; a "
         "trainee programme starting in August 2100 told only in words; a signature")
NOT_TRUTH = ("the title and intro, the header, the Delmål cells, the category paths, the row 'Traineeprogram for "
             "ledere i ideell sektor' (first trainees in August 2100), the signature")
SPLIT_FIELDS = ("samarbeidspartnere",)

# name, result, delmål, path, owner, partners, seed, type
ROWS = [
    ("Virkes medlemmer i faglig råd for salg, service og reiseliv",
     "Virke har to medlemmer og en vara i rådet. Rådet arbeidet med ny læreplan i salgsfaget og med hvordan flere "
     "nettbutikker kan bli lærebedrifter.", "2.3", "Innflytelse › Råd og utvalg › Faglig råd", "Virke Handel", "",
     "M01", RAD),
    ("Læringsbarometeret: handel og tjenester",
     "Virke sto for utvalget fra handel og tjenesteytende næringer. 1 240 virksomheter svarte, og resultatene ble "
     "presentert på Virkes kompetansedag.", "2.2", "Kunnskap › Undersøkelser › Medlemsundersøkelse",
     "Virke Analyse", "NHO, KS", "J01", FOU),
    ("Nettkurs i digital kundeservice for butikkansatte",
     "Kurs på fire timer om chat, netthandel og reklamasjoner i digitale kanaler. 3 400 ansatte fullførte.", "2.1",
     "Kompetanse › Kurs › Nettkurs", "Virke Handel", "Handel og Kontor", None, KURS),
    ("Frokostseminarer om seniorer og omstilling",
     "Fire frokostseminarer om hvordan virksomheter kan gi eldre arbeidstakere ny kompetanse. 380 deltok.", "2.4",
     "Aktivitet › Møteplass › Frokostseminar", "Virke", "Senter for seniorpolitikk", None, ARR),
    ("Pilot med lærlinger i netthandelslagre",
     "Seks netthandelsbedrifter tok inn lærlinger i logistikkfaget for første gang, med en felles veileder fra "
     "Virke.", "2.3", "Utvikling › Prosjekter › Pilotprosjekt", "Virke Handel", "Akershus fylkeskommune", None,
     PROSJEKT),
    ("Traineeprogram for ledere i ideell sektor",
     "Programmet er vedtatt og tar opp de første traineene i august 2100.", "2.4",
     "Kompetanse › Program › Traineeprogram", "Virke Ideell", "", "", None),
]


def build(out) -> list[dict]:
    d = new_docx(font="Calibri", size=10.5, landscape=True, margin_cm=1.9)
    p = d.add_paragraph()
    runs(p, [("Virkes rapport til Kompetansepolitisk råd 2099", "bs16")])
    d.add_paragraph(
        "Tabellen viser Virkes kompetansetiltak i 2099. Kategorien er hentet fra Virkes prosjektdatabase og står som "
        "en sti fra hovedkategori til underkategori.")
    head = ["Prosjekt", "Resultat 2099", "Delmål", "Kategori (prosjektdatabasen)", "Prosjekteier", "Partnere"]
    body = [[n, r_, dm, pth, o, pa] for n, r_, dm, pth, o, pa, *_r in ROWS]
    ruled_table(d, head, body, [5.0, 8.4, 1.8, 4.9, 2.8, 3.0], fill="E4DFEC", size=9.5)
    d.add_paragraph()
    p = d.add_paragraph()
    runs(p, [("Oslo, 14. januar 2100\nLene Berntsen\nfagsjef kompetanse, Virke", "")])
    (out / FILENAME).write_bytes(docx_bytes(d, "Lene Berntsen"))
    return [row(FILENAME, MEMBER, n, seed, dm, ty, o, pa, r_) for n, r_, dm, _p, o, pa, seed, ty in ROWS if ty]


def paths(path) -> list[str]:
    import docx
    t = docx.Document(str(path)).tables[0]
    return [r.cells[3].text for r in t.rows[1:]]


def text(path) -> str:
    return docx_all_text(path)
