"""Akademikerne: one short section per member association, each with a two-column table Tiltak / Hva vi gjorde.
The delmål and the kind are given only as hashtags on the last line of the right cell («#delmål1.4 #rådsarbeid»),
the partners on a «Med:» line; the association is the section heading."""
from __future__ import annotations

from .common import ARR, FOU, INFO, KURS, RAD, add_runs, base_docx, docx_to_pdf, pdf_text_with_cells, row, \
    set_col_widths

FILENAME = "Akademikerne bidrag fra foreningene 2080.pdf"
MEMBER = "Akademikerne"
FORMAT = "PDF exported by LibreOffice from a DOCX (python-docx), one ruled table per section; dates and /ID fixed"
SHAPE = ("sections per member association (Tekna / Den norske legeforening / Samfunnsøkonomene / Juristforbundet / "
         "Akademikerne sentralt), each a two-column table Tiltak / Hva vi gjorde; the right cell holds the text, a "
         "«Med: …» line and a hashtag line «#delmål1.4 #rådsarbeid» (delmål and kind only as tags); a tag "
         "«#avsluttet2079» or «#planlagt2081» marks other years")
NOT_TRUTH = ("the title, the intro, the section headings, the header rows, the hashtag lines, 'Lederkurs for "
             "overleger' (#avsluttet2079), 'Mentorprogram for nyutdannede jurister' (#planlagt2081), the contact line")
SPLIT_FIELDS = ("samarbeidspartnere",)

# association: [(name, text, partners, delmål, tag, seed, type)]
SECTIONS = [
    ("Tekna", [
        ("Nasjonalt råd for teknologisk utdanning", "Tekna har arbeidslivsplassen i rådet og fikk gjennomslag for "
         "en felles praksisordning i ingeniørutdanningene.", "UHR", "1.4", "rådsarbeid", "M03", RAD),
        ("RSA ved NTNU", "Tekna møtte i NTNUs råd for samarbeid med arbeidslivet og la fram medlemmenes behov for "
         "korte videreutdanningsemner.", "NTNU, NHO Trøndelag", "1.4", "rådsarbeid", "M06", RAD)]),
    ("Den norske legeforening", [
        ("Kurs i veiledning for leger i spesialisering", "Tredagers kurs for overleger som veileder LIS-leger; seks "
         "kurs med til sammen 170 deltakere.", "de regionale helseforetakene", "2.4", "kurs", None, KURS),
        ("Lederkurs for overleger", "Siste kull gikk høsten 2079.", "", "2.4", "avsluttet2079", "", None)]),
    ("Samfunnsøkonomene", [
        ("Fagdag om verdien av etterutdanning", "Fagdag i Oslo der forskere la fram nye tall for hva "
         "etterutdanning betyr for lønn og produktivitet.", "Frischsenteret", "2.2", "fagdag", None, ARR)]),
    ("Juristforbundet", [
        ("Juristforbundets EVU-katalog på nett", "Nettside som samler alle etter- og videreutdanningstilbud for "
         "jurister, med filter på tema og studiepoeng.", "", "2.4", "informasjon", None, INFO),
        ("Mentorprogram for nyutdannede jurister", "Oppstart februar 2081.", "", "1.4", "planlagt2081", "", None)]),
    ("Akademikerne sentralt", [
        ("Spørreundersøkelse om RSA-rådenes arbeid", "Undersøkelse blant de 70 medlemmene foreningene har i "
         "RSA-rådene om hvordan rådene arbeider og hva de får til.", "Ideas2evidence", "1.4", "undersøkelse", None,
         FOU)]),
]


def build(out) -> list[dict]:
    d = base_docx(size=10)
    d.add_heading("Akademikerne – bidrag fra foreningene 2080", level=1)
    d.add_paragraph("Foreningene har selv skrevet inn sine tiltak. Delmål og type står som emneknagger nederst i "
                    "hver celle, slik vi bruker dem i medlemskanalene.")
    rows = []
    for assoc, items in SECTIONS:
        d.add_heading(assoc, level=2)
        t = d.add_table(rows=1, cols=2)
        t.style = "Table Grid"
        add_runs(t.rows[0].cells[0].paragraphs[0], [("Tiltak", "b")])
        add_runs(t.rows[0].cells[1].paragraphs[0], [("Hva vi gjorde", "b")])
        for name, txt, med, dm, tag, seed, ty in items:
            cells = t.add_row().cells
            add_runs(cells[0].paragraphs[0], [(name, "b")])
            cells[1].paragraphs[0].add_run(txt)
            if med:
                add_runs(cells[1].add_paragraph(), [("Med: ", "i"), (med, "i")])
            tags = f"#delmål{dm} #{tag}" if ty else f"#{tag}"
            add_runs(cells[1].add_paragraph(), [(tags, "g")])
            if ty:
                rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, assoc, med, txt))
        set_col_widths(t, [5.5, 11.5])
    d.add_paragraph()
    d.add_paragraph("Kontakt: Akademikernes sekretariat, januar 2081")
    docx_to_pdf(d, out / FILENAME)
    return rows


def text(path) -> str:
    return pdf_text_with_cells(path)
