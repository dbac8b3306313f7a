"""Fagskolerådet: a report printed to PDF by LibreOffice with one chapter per delmål, each chapter a section of its
own that starts on a new page and has its own page header «… · Delmål 2.4 – Behov og tilbud». The delmål stands only
in those running headers; the chapter headings in the text are the council's own themes. A conference moved to May
2099 is told only in words."""
from __future__ import annotations

from .common import FOU, INFO, KURS, PROSJEKT, RAD, docx_bytes, new_docx, pdf_text, row, runs, stable_pdf

FILENAME = "Fagskolerådet – rapport til KPR 2098.pdf"
MEMBER = "Fagskolerådet"
FORMAT = ("PDF exported by LibreOffice Writer from a DOCX (python-docx) with five next-page sections, each with its "
          "own unlinked page header; dates and /ID fixed")
SHAPE = ("report whose delmål stand only in the running headers: a first section with the title, an intro that says "
         "there is one chapter per delmål and that the delmål is printed at the top of the page, then four sections "
         "on new pages whose header reads «Fagskolerådet · Rapport 2098 · Delmål 1.4 – Samarbeid mellom utdanning og "
         "arbeidsliv» (2.4 – Behov og tilbud, 2.3 – Yrkesfag og fagskole, 2.5 – Dokumentasjon av kompetanse); in the "
         "text each chapter has the council's own theme as Heading 1 («Rådsarbeidet», «Nye tilbud», «Synlighet», "
         "«Kunnskap om realkompetanse»), then per measure a Heading 2, a paragraph and a grey line «Type: … · Ansvar: "
         "… · Samarbeid: …» in the council's words (Rådsarbeid, Utdanningstilbud, Forprosjekt, Kampanje, "
         "Kartlegging); the FSR seat «Rådsmøtene i Nasjonalt fagskoleråd»; the council's own pre-project for a second "
         "phase of the joint course programme (its own phase, not the joint measure); a conference moved to May 2099 "
         "told only in words")
NOT_TRUTH = ("the title and intro, the running headers (the delmål), the theme headings, the grey Type lines and their "
             "labels, the paragraph on 'Fagskolekonferansen 2098' (moved to May 2099), the closing line")
SPLIT_FIELDS = ("samarbeidspartnere",)

CHAPTERS = [("1.4", "Samarbeid mellom utdanning og arbeidsliv", "Rådsarbeidet"),
            ("2.4", "Behov og tilbud", "Nye tilbud"),
            ("2.3", "Yrkesfag og fagskole", "Synlighet"),
            ("2.5", "Dokumentasjon av kompetanse", "Kunnskap om realkompetanse")]

# delmål, name, text, type word, ansvar, samarbeid, seed, type
ROWS = [
    ("1.4", "Rådsmøtene i Nasjonalt fagskoleråd",
     "Rådet hadde fem møter i 2098. Det ga råd til departementet om finansieringen av fagskolene og om nye "
     "tilbud i grønn industri, og arbeidsutvalget forberedte sakene.", "Rådsarbeid", "Fagskolerådet", "", "M05", RAD),
    ("2.4", "Hydrogenskolen: tre fagskoler med moduler",
     "Fagskolene i Rogaland, Vestland og Viken holdt til sammen ni moduler i hydrogen- og ammoniakkproduksjon for "
     "fagarbeidere fra 31 bedrifter.", "Utdanningstilbud", "Fagskolerådet",
     "Fagskolen Rogaland, Fagskulen Vestland, Fagskolen i Viken", "J04", KURS),
    ("2.4", "Hydrogenskolen fase 2 – forprosjekt",
     "Forprosjektet kartla behovet for moduler i lagring og transport av hydrogen. Forprosjektet er Fagskolerådets "
     "eget og er ikke en del av kursprogrammet.", "Forprosjekt", "Fagskolerådet", "Norsk Industri", None, PROSJEKT),
    ("2.3", "Kampanjen «Fagskole – neste steg etter fagbrevet»",
     "Filmer og annonser i sosiale medier rettet mot unge fagarbeidere. Kampanjen nådde 410 000 personer, og "
     "søkningen til tekniske fagskoler økte med 9 prosent.", "Kampanje", "Fagskolerådet", "fylkeskommunene", None,
     INFO),
    ("2.5", "Kartlegging av realkompetansevurdering ved fagskolene",
     "Kartleggingen viste hvordan fagskolene vurderer søkere uten formell kompetanse, og hvor lang tid det tar. "
     "Rapporten kom i oktober.", "Kartlegging", "Fagskolerådet", "HK-dir", None, FOU),
]
POSTPONED = ("Fagskolekonferansen 2098 var planlagt i november, men er flyttet til mai 2099 på grunn av "
             "ombyggingen av konferansesenteret.")


def _header(section, text: str) -> None:
    from docx.shared import Pt, RGBColor
    section.header.is_linked_to_previous = False
    p = section.header.paragraphs[0]
    p.text = ""
    r = p.add_run(text)
    r.font.size = Pt(9)
    r.font.color.rgb = RGBColor(0x40, 0x40, 0x40)


def build(out) -> list[dict]:
    from docx.enum.section import WD_SECTION
    d = new_docx(font="Calibri", size=11, margin_cm=2.3)
    _header(d.sections[0], "Fagskolerådet · Rapport til Kompetansepolitisk råd 2098")
    p = d.add_paragraph()
    runs(p, [("Fagskolerådet – rapport til Kompetansepolitisk råd for 2098", "bs16")])
    d.add_paragraph(
        "Rapporten har ett kapittel for hvert delmål i strategien som rådet har arbeidet med i 2098. Hvert kapittel "
        "begynner på ny side, og delmålet står øverst på siden.")
    d.add_paragraph("Oslo, 12. januar 2099 · Fagskolerådet, sekretariatet")
    for dm, words, theme in CHAPTERS:
        sec = d.add_section(WD_SECTION.NEW_PAGE)
        _header(sec, f"Fagskolerådet · Rapport 2098 · Delmål {dm} – {words}")
        d.add_heading(theme, level=1)
        for rdm, name, txt, word, ansvar, sam, _s, _t in ROWS:
            if rdm != dm:
                continue
            d.add_heading(name, level=2)
            d.add_paragraph(txt)
            p = d.add_paragraph()
            runs(p, [(f"Type: {word} · Ansvar: {ansvar}" + (f" · Samarbeid: {sam}" if sam else ""), "g")])
        if dm == "2.3":
            d.add_paragraph(POSTPONED)
    (out / FILENAME).write_bytes(stable_pdf(docx_bytes(d, "Fagskolerådet"), ".docx"))
    return [row(FILENAME, MEMBER, n, seed, dm, ty, a, s, t) for dm, n, t, _w, a, s, seed, ty in ROWS]


def page_headers(path) -> list[tuple[str, str]]:
    """(first line of the page, the rest) for each page (for verify)."""
    import pdfplumber
    out = []
    with pdfplumber.open(str(path)) as pdf:
        for pg in pdf.pages:
            lines = (pg.extract_text() or "").split("\n")
            out.append((lines[0], "\n".join(lines[1:])))
    return out


def text(path) -> str:
    return pdf_text(path)
