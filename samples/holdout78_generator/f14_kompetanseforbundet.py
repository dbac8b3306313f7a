"""Kompetanseforbundet: a short Word report in which the delmål and the kind of each measure stand only in Word
comments anchored to the measure's name («Delmål 1.3 · arrangement»), put there by the secretary because the text
itself has no place for them. A reader that skips the comments part gets neither. A certification scheme that
starts in 2099 is told only in words."""
from __future__ import annotations

from .common import ARR, FOU, INFO, KURS, RAD, docx_bytes, new_docx, repack, row, runs

FILENAME = "Kompetanseforbundet – tiltak 2098.docx"
MEMBER = "Kompetanseforbundet"
FORMAT = ("DOCX (python-docx) with a comments part: word/comments.xml holding one comment per measure (author "
          "«Mona Eide», initials ME, fixed dates), commentRangeStart/End around the bold name and a "
          "commentReference run; zip normalised")
SHAPE = ("report with the delmål and the kind only in margin comments: title, an intro saying that the delmål and the "
         "type are given as comments in the margin, then per measure a numbered bold name (List Number), a "
         "paragraph and a line «Ansvar: … · Partnere: …»; each name carries a comment «Delmål 1.3 · arrangement», "
         "«Delmål 3.5 · kurs» – neither stands in the body text; the federation's kind words in lower case "
         "(råd/utvalg, arrangement, kurs, informasjon, FoU); the NFK seat «Kompetanseforbundets sete i Nasjonalt forum "
         "for karriereveiledning»; a certification scheme that starts in 2099 told only in words; a signature")
NOT_TRUTH = ("the title and intro, the comments (delmål and kind), the labels «Ansvar:» and «Partnere:», the paragraph "
             "«Til orientering» on 'Sertifiseringsordning for karriereveiledere' (starts in 2099), the signature")
SPLIT_FIELDS = ("samarbeidspartnere",)

# name, text, delmål, kind word, ansvar, partnere, seed, type
ROWS = [
    ("Kompetanseforbundets sete i Nasjonalt forum for karriereveiledning",
     "Vi deltok på fire forummøter og la fram medlemmenes erfaringer med veiledning av voksne i omstilling.", "1.3",
     "råd/utvalg", "Kompetanseforbundet", "", "M03", RAD),
    ("Veiviserdagen 2098 – 40 veiledere i sving",
     "40 av medlemmene våre ga gratis veiledningssamtaler på biblioteker og kjøpesentre i 18 byer på Veiviserdagen "
     "i september.", "1.3", "arrangement", "Kompetanseforbundet", "VOFO, UHR, karrieresentrene", "J03", ARR),
    ("Veiledningskurs for NAV-veiledere",
     "Kurs over tre dager i karriereveiledning for arbeidssøkere med hull i CV-en. 120 NAV-veiledere deltok.", "3.5",
     "kurs", "Kompetanseforbundet", "NAV", None, KURS),
    ("Podkasten «Veien videre»",
     "Ti episoder om yrkesvalg og omstilling i voksen alder, med gjester fra arbeidslivet. Episodene ble lyttet til "
     "38 000 ganger.", "1.3", "informasjon", "Kompetanseforbundet", "", None, INFO),
    ("Undersøkelse om veiledernes arbeidsvilkår",
     "Spørreundersøkelse blant 900 karriereveiledere om arbeidstid, veiledning og kompetanseutvikling. Resultatene "
     "kom i november.", "1.3", "FoU", "Kompetanseforbundet", "OsloMet", None, FOU),
]
NOTE = ("Sertifiseringsordning for karriereveiledere er vedtatt av landsmøtet og starter opp i 2099. Den er derfor "
        "ikke tatt med som tiltak for 2098.")


def _fix_dates(b: bytes) -> bytes:
    import re
    return re.sub(rb'w:date="[^"]*"', b'w:date="2099-01-12T14:05:00Z"', b)


def build(out) -> list[dict]:
    d = new_docx(font="Calibri", size=11, margin_cm=2.5)
    p = d.add_paragraph()
    runs(p, [("Kompetanseforbundet – tiltak i 2098", "bs16")])
    d.add_paragraph(
        "Her er tiltakene våre i 2098. Sekretariatet ba oss oppgi delmål og tiltakstype for hvert tiltak; det har vi "
        "gjort som kommentarer i margen ved navnet på tiltaket.")
    for name, txt, dm, kind, ansvar, partnere, _s, _t in ROWS:
        p = d.add_paragraph(style="List Number")
        r = p.add_run(name)
        r.bold = True
        d.add_comment(r, text=f"Delmål {dm} · {kind}", author="Mona Eide", initials="ME")
        d.add_paragraph(txt)
        d.add_paragraph(f"Ansvar: {ansvar}" + (f" · Partnere: {partnere}" if partnere else ""))
    p = d.add_paragraph()
    runs(p, [("Til orientering", "b")])
    d.add_paragraph(NOTE)
    d.add_paragraph("Bergen, 11. januar 2099\nMona Eide, daglig leder")
    data = docx_bytes(d, "Mona Eide")
    (out / FILENAME).write_bytes(repack(data, iso="2099-01-14T13:40:00Z", patch={"word/comments.xml": _fix_dates}))
    return [row(FILENAME, MEMBER, n, seed, dm, ty, a, p_, t) for n, t, dm, _k, a, p_, seed, ty in ROWS]


def comments(path) -> list[str]:
    """The comment texts in order (for verify)."""
    import docx
    return [c.text for c in docx.Document(str(path)).comments]


def text(path) -> str:
    from .common import docx_all_text
    return docx_all_text(path)
