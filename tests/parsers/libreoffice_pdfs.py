"""Regression PDFs as members make them: tiny Word reports exported by LibreOffice, kept in documents/.

`python -m tests.parsers.libreoffice_pdfs` rewrites them (it needs LibreOffice); the tests read the
committed files, so they need no LibreOffice. Each case builds its DOCX with python-docx and names what
the export must show (a line that ends where the bug is), checked on the PDF before it is kept, so a
LibreOffice that lays the page out otherwise cannot leave a file that no longer shows its case.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from docx import Document
from docx.document import Document as DocumentObject
from docx.shared import Cm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

FOLDER = Path(__file__).resolve().parent / "documents"
HEADER = ("Delmål", "Tiltak", "Type tiltak", "Ansvarlig", "Partnere")


@dataclass(frozen=True)
class Case:
    name: str  # the PDF's file name: what it shows
    build: Callable[[], DocumentObject | Workbook]  # a Word document, or a workbook exported as Calc prints it
    line_ends: tuple[str, ...]  # lines of the exported page that must end so, to show the case


def _report(title: str) -> DocumentObject:
    doc = Document()
    doc.add_heading(title, level=1)
    doc.add_paragraph("Tiltakene er ordnet etter delmålene i strategien.")
    return doc


def _hyphens() -> DocumentObject:
    """A table whose narrow cells break compounds at their hyphen, and a word at its soft hyphen."""
    doc = _report("LO – rapportering til Kompetansepolitisk råd 2019")
    table = doc.add_table(rows=1, cols=len(HEADER))
    table.style = "Table Grid"
    widths = (Cm(1.8), Cm(3.6), Cm(2.9), Cm(2.3), Cm(3.0))
    rows = [
        HEADER,
        ("2.4", "Seminar om kompetanse i klyngesamarbeid", "Arrangement", "LO", "NHO, Eyde-klyngen"),
        ("1.4", "Plass i enheten for økonomisk-administrative fag", "Råd/utvalg/nettverk", "LO", "UHR"),
        ("2.2", "Kartlegging av kompetanse\u00adutviklingsbehov i industrien", "FoU", "LO", "Fafo"),
        ("2.1", "Kartlegging av behov for etter- og videreutdanning", "FoU", "LO", "Fafo"),
    ]
    for k, values in enumerate(rows):
        cells = table.rows[0].cells if k == 0 else table.add_row().cells
        for column, cell, value, width in zip(table.columns, cells, values, widths):
            column.width = cell.width = width
            cell.paragraphs[0].add_run(value).font.size = Pt(10)
    return doc


def _long_heading() -> DocumentObject:
    """A sub-goal's whole wording as a heading over three lines, a bullet with its labels under it."""
    doc = _report("Vestland fylkeskommune – rapportering til Kompetansepolitisk råd 2019")
    doc.add_heading("Styrkje det kompetansepolitiske ansvaret og samordningsrolla til regionalt folkevalt nivå, og "
                    "leggje betre til rette for regionalt samarbeid mellom ulike kompetanseaktørar", level=2)
    doc.add_paragraph("Kompetanseforum Vestland for partane i arbeidslivet og utdanningsinstitusjonane. Type tiltak: "
                      "Råd/utval/nettverk. Ansvarleg: Vestland fylkeskommune. Samarbeidspartnarar: NAV.",
                      style="List Bullet")
    return doc


def _typed_bullet() -> DocumentObject:
    """A bullet typed as "-" and a tab, its second line back at the margin where its labels stand."""
    doc = _report("Akademikerne – rapportering til Kompetansepolitisk råd 2020")
    # Full lines above, so the item's first line, which stops short where the long next word did not fit,
    # is not taken for a full one.
    doc.add_paragraph("Akademikerne rapporterer her sine tiltak for 2020, ordnet etter delmålene i strategien. "
                      "Rapporten er oversendt sekretariatet i Kompetanse Norge 22. februar 2021, og tiltakene "
                      "er drøftet med medlemsforeningene før rapporten ble sendt.")
    doc.add_heading("Delmål 2.2 Styrke kunnskapsgrunnlaget om læring i arbeidslivet", level=2)
    doc.add_paragraph("-\tUndersøkelse blant medlemmene om behovet for etter- og videreutdanning etter koronapandemien "
                      "Type tiltak: Kartlegging. Samarbeidspartnere: Ideas2evidence.")
    return doc


def _bold_titles() -> DocumentObject:
    """Delmål headings in the report's own words; under each, tiltak as a bold title (its type in plain brackets,
    on the title's line or wrapped onto the next), a description paragraph and an italic «Samarbeid:» line."""
    doc = _report("YS – rapportering til Kompetansepolitisk råd 2021")
    doc.add_heading("Tettere kobling mellom utdanning og arbeidsliv", level=2)
    for title, kind, text, partners in (
        ("Medlemskap i det faglige rådet for salg, service og sikkerhet", "", "Forbundet har to medlemmer i rådet.",
         "Virke"),
        ("Arbeidsgruppe for ny læreplan i salgsfaget og for lærlingordningen i butikk", "råd/utvalg",
         "Gruppen leverte sitt forslag i juni.", "Virke, NHO Service"),
    ):
        title_line = doc.add_paragraph()
        title_line.add_run(title).bold = True
        if kind:
            title_line.add_run(f" ({kind})")
        doc.add_paragraph(text)
        doc.add_paragraph().add_run(f"Samarbeid: {partners}").italic = True
    doc.add_heading("Digital kompetanse for alle i arbeidslivet", level=2)
    title_line = doc.add_paragraph()
    title_line.add_run("Nettkurs i kundedata").bold = True
    title_line.add_run(" (kurs)")
    doc.add_paragraph("Kurset er tatt av 300 ansatte i butikk.")
    doc.add_paragraph().add_run("Samarbeid: AOF").italic = True
    return doc


def _bold_list_titles() -> DocumentObject:
    """Numbered and bulleted items that open with a bold title and a colon, their delmål in brackets at the end."""
    doc = _report("Troms fylkeskommune – tiltak i 2022")
    doc.add_paragraph("Delmålet i strategien står i parentes etter hvert tiltak.")
    for style, bold, rest in (
        ("List Number", "Lærlingløftet i Troms:", " Fylket og NHO Troms har skaffet 40 nye læreplasser i små og "
                                                  "mellomstore bedrifter i hele fylket (delmål 2.3)"),
        ("List Number", "Karrieresenter på hjul", ": Veiledningsbussen besøkte elleve kommuner (delmål 1.3)"),
        ("List Bullet", "Fagskoletilbud i havbruk:", " Nytt deltidsstudium med samlinger i Tromsø (delmål 3.1)"),
    ):
        item = doc.add_paragraph(style=style)
        item.add_run(bold).bold = True
        item.add_run(rest)
    return doc


def _run(paragraph, text: str, font: str, size: float, bold: bool = False, italic: bool = False) -> None:
    run = paragraph.add_run(text)
    run.font.name, run.font.size, run.bold, run.italic = font, Pt(size), bold, italic


def _particulars_lines() -> DocumentObject:
    """A narrow page: bold sans titles set tight over serif text, each with a small italic line of particulars
    («Delmål 2.4 · Prosjekt · Ansvar: …») under its text, or over it straight under the title."""
    doc = _report("Virke – rapportering til Kompetansepolitisk råd 2023")
    section = doc.sections[0]
    section.page_width, section.left_margin, section.right_margin = Cm(12), Cm(1.5), Cm(1.5)
    doc.add_heading("Arbeidet i 2023", level=2)
    tight = Pt(0)
    for title, first, text, then in (
        ("Opplæringsplaner i verksteder og butikker", "",
         "Tolv verksteder har laget en plan for hva de ansatte skal lære de neste to årene.",
         "Delmål 2.4 · Prosjekt · Ansvar: Avdeling for fag · Samarbeid: Fafo, NTNU"),
        ("Studiedager om ny teknologi for lærlinger", "Delmål 1.3 | Kurs | Sammen med Nav, OsloMet",
         "Seks studiedager med 140 deltakere fordelt på tre byer i løpet av høsten.", ""),
    ):
        heading = doc.add_paragraph()
        _run(heading, title, "Liberation Sans", 10, bold=True)
        for line, size, italic in ((first, 9, True), (text, 10, False), (then, 9, True)):
            if line:
                paragraph = doc.add_paragraph()
                _run(paragraph, line, "Liberation Sans" if italic else "Liberation Serif", size, italic=italic)
                paragraph.paragraph_format.space_before = paragraph.paragraph_format.space_after = tight
        heading.paragraph_format.space_after = tight
    return doc


def _name_rows_over_records() -> DocumentObject:
    """A landscape table whose header names the cells under each measure's name only: a shaded row with the name merged
    across the table, then its account, delmål, kind, owner and partners (one per line)."""
    doc = _report("Spekter – kompetansetiltak i 2087")
    section = doc.sections[0]
    section.page_width, section.page_height = section.page_height, section.page_width
    table = doc.add_table(rows=1, cols=5)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, ("Omtale", "Delmål", "Type", "Ansvar", "Partnere")):
        cell.text = text
    for name, account, code, kind, owner, partners in (
        ("Lederløft i helseforetakene", "Et program på 30 studiepoeng for avdelingsledere. 95 fullførte.", "delmål 2.4",
         "Lederutvikling", "Helse Vest RHF", "Universitetet i Bergen"),
        ("Analyse av behovet for spesialsykepleiere", "Analysen fremskriver behovet fram mot 2100.", "delmål 1.1",
         "Analyse", "Spekter", "Helse Nord RHF\nSINTEF"),
        ("Bli helsefagarbeider", "Kampanje i sosiale medier og på skoler.", "delmål 2.3", "Kampanje",
         "Helse Sør-Øst RHF", "fylkeskommunene")):
        merged = table.add_row().cells
        merged[0].merge(merged[-1]).text = name
        for cell, text in zip(table.add_row().cells, (account, code, kind, owner, partners)):
            cell.text = text
    return doc


def _facts_above_text() -> DocumentObject:
    """A ministry's report: a heading per measure, then a grey line of its facts set apart by «·» (ministry, own kind
    word, delmål, «med» partners), then its account."""
    doc = _report("Regjeringens rapport til Kompetansepolitisk råd 2088")
    doc.add_heading("1 Gode valg for den enkelte og for samfunnet", level=2)
    for name, facts, text in (
        ("Kompetansebehovsutvalget", "KD · Utvalg · delmål 1.1 · med AID og partene i arbeidslivet",
         "Utvalget la i september fram sin sjette hovedrapport."),
        ("Utredning av fylkeskommunenes ansvar for voksnes læring", "KD · Utredning · delmål 1.2 · med KDD og KS",
         "Departementet har utredet om fylkeskommunene bør få et lovfestet ansvar."),
        ("Forsøk med fagopplæring i arbeidsmarkedstiltak", "AID · Forsøksordning · delmål 3.5 · med Nav",
         "Arbeidssøkere tar fagbrev mens de er i tiltak.")):
        doc.add_heading(name, level=3)
        facts_line = doc.add_paragraph()
        run = facts_line.add_run(facts)
        run.font.size = Pt(8.5)
        run.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
        doc.add_paragraph(text)
    return doc


def _numbered_sections() -> DocumentObject:
    """A ministry's report numbered by its own chapters («1 Kunnskapsdepartementet» over «1.2 Title»), the numbers no
    delmål's; each section closes with a grey line giving the goal in words, the kind and the partners."""
    doc = _report("Regjeringens oppfølging av kompetansestrategien")
    for chapter, sections in (
        ("1 Kunnskapsdepartementet", (
            ("1.1 Nettbasert karriereverktøy for seniorer", "Verktøyet ble tatt i bruk av 12 000 personer.",
             "Strategien: karriereveiledning for voksne · Virkemiddel: Digitalt verktøy · I samarbeid med: Nav"),
            ("1.2 Fagskoletilbud for erfarne fagarbeidere", "To fagskoler vurderte kompetansen til 90 fagarbeidere.",
             "Strategien: at kompetanse fra arbeidslivet blir dokumentert · Virkemiddel: Studietilbud"))),
        ("2 Arbeids- og inkluderingsdepartementet", (
            ("2.1 Norsk på arbeidsplassen", "Tilskudd til 40 arbeidsplasser som gir norskopplæring i arbeidstiden.",
             "Strategien: bedre norskopplæring for innvandrere · Virkemiddel: Tilskudd · I samarbeid med: VOFO"),))):
        doc.add_heading(chapter, level=2)
        for title, text, facts in sections:
            doc.add_heading(title, level=3)
            doc.add_paragraph(text)
            run = doc.add_paragraph().add_run(facts)
            run.font.size = Pt(8)
            run.font.color.rgb = RGBColor(0x70, 0x70, 0x70)
    doc.add_paragraph("Kontaktperson: seniorrådgiver Kari Lie, Kunnskapsdepartementet.")
    return doc


def _name_rows_over_merged_accounts() -> Workbook:
    """A list printed from Calc: each measure a ruled row of its cells, and under it its account merged across every
    column, unruled, the pairs parted by a thicker rule."""
    book = Workbook()
    sheet = book.active
    sheet.title = "Tiltak"
    thin, thick = Side(style="thin"), Side(style="medium")
    sheet.append(["Tiltak", "Delmål", "Arbeidsform", "Ansvarlig", "Partnere"])
    for cell in sheet[1]:
        cell.font, cell.border = Font(bold=True), Border(left=thin, right=thin, top=thick, bottom=thick)
        cell.fill = PatternFill("solid", fgColor="DDEBF7")
    for name, code, kind, who, partners, account in (
        ("Tillitsvalgtkurs om ny teknologi", "2.1 Digital kompetanse", "Kurs", "Negotia", "Virke",
         "Tre kurs om hvordan tillitsvalgte kan være med når arbeidsplassen tar i bruk ny teknologi."),
        ("Undersøkelse om læring i butikkene", "2.2 Kunnskap om læring", "Spørreundersøkelse", "Handel og Kontor",
         "Fafo", "1 200 ansatte i varehandelen svarte på hvor mye opplæring de får på jobben."),
        ("Karrierelinjen for medlemmer", "1.3 Karriereveiledning", "Rådgivning", "Delta", "",
         "Medlemmer kan ringe en karriererådgiver, og 700 gjorde det i år.")):
        sheet.append([name, code, kind, who, partners])
        for cell in sheet[sheet.max_row]:
            cell.font, cell.border = Font(bold=True), Border(left=thin, right=thin, top=thick)
        sheet.append([account])
        row = sheet.max_row
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=5)
        sheet.cell(row, 1).font = Font(italic=True)
        sheet.cell(row, 1).alignment = Alignment(wrap_text=True, vertical="top")
    for column, width in zip("ABCDE", (42, 24, 20, 20, 16)):
        sheet.column_dimensions[column].width = width
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    return book


def _kickers() -> DocumentObject:
    """A magazine-style report: over each measure's heading a kicker typed in lower case, set in small capitals and
    letter-spaced («rådsarbeid · delmål 2.3»), giving the kind and the delmål of the heading under it."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    doc = _report("KS' rapport til Kompetansepolitisk råd")
    for kicker, title, text, facts in (
            ("rådsarbeid · delmål 2.3", "Samarbeidsrådet for yrkesopplæring – KS' to plasser",
             "KS har to av arbeidsgiverplassene i rådet.", "Ansvarlig i KS: Arbeidsgiverpolitisk avdeling – Samarbeid: –"),
            ("kartlegging · delmål 2.2", "Kommuneutvalget i Læringsbarometeret",
             "212 kommuner svarte på spørsmål om opplæring.", "Ansvarlig i KS: KS Analyse – Samarbeid: NHO, Virke"),
            ("lederopplæring · delmål 2.1", "Lederprogram i digital transformasjon",
             "95 ledere fullførte programmet.", "Ansvarlig i KS: KS Læring – Samarbeid: Universitetet i Agder")):
        run = doc.add_paragraph().add_run(kicker)
        run.font.small_caps, run.font.bold, run.font.size = True, True, Pt(8.5)
        spacing = OxmlElement("w:spacing")
        spacing.set(qn("w:val"), "20")  # a point between the letters
        run._r.get_or_add_rPr().append(spacing)
        doc.add_heading(title, level=2)
        doc.add_paragraph(text)
        doc.add_paragraph().add_run(facts).italic = True
    return doc


CASES = (
    Case("pdf-hyphen-at-line-end-in-compound.pdf", _hyphens, ("Eyde-", "økonomisk-", "kompetanse-", "etter-")),
    Case("pdf-delmal-heading-over-three-lines.pdf", _long_heading, ("leggje", "kompetanseaktørar")),
    Case("pdf-bullet-second-line-not-indented.pdf", _typed_bullet, ("og", "Kartlegging.")),
    Case("pdf-bold-titles-with-type-under-delmal-in-own-words.pdf", _bold_titles, ("i", "(råd/utvalg)", "(kurs)")),
    Case("pdf-list-items-with-bold-title-before-colon.pdf", _bold_list_titles, ("nye", "2.3)", "1.3)", "3.1)")),
    Case("pdf-sans-titles-over-serif-text-with-a-line-of-particulars.pdf", _particulars_lines, ("butikker", "lærlinger")),
    Case("pdf-name-rows-merged-across-over-each-records-cells.pdf", _name_rows_over_records,
         ("helseforetakene", "spesialsykepleiere", "helsefagarbeider")),
    Case("pdf-headings-with-a-grey-line-of-facts-above-the-text.pdf", _facts_above_text,
         ("arbeidslivet", "KS", "Nav")),
    Case("pdf-sections-numbered-by-chapter-closed-by-a-line-of-facts.pdf", _numbered_sections,
         ("seniorer", "Nav", "Studietilbud")),
    Case("pdf-calc-name-rows-each-over-its-account-merged-across.pdf", _name_rows_over_merged_accounts,
         ("Virke", "Fafo", "teknologi.")),
    Case("pdf-small-caps-kicker-over-each-heading.pdf", _kickers, ("2.3", "2.2", "Agder")),
)


def _line_ends(pdf: Path) -> list[str]:
    """The words of the PDF's first page that end a line, as pdfplumber cuts its words (at each line's end)."""
    import pdfplumber  # slow to load; only the builder needs it

    with pdfplumber.open(pdf) as document:
        words = document.pages[0].extract_words()
    # A word ends its line when no word of the same line starts a space to its right (a cell's line ends
    # where the next cell's text starts further on).
    return [w["text"] for w in words if not any(abs(o["top"] - w["top"]) <= 1 and 0 <= o["x0"] - w["x1"] <= 6
                                                for o in words)]


def build(soffice: str, folder: Path = FOLDER, names: tuple[str, ...] = ()) -> None:
    """Exports every case, or those named (the others' committed files stay byte for byte)."""
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        for case in CASES:
            if names and case.name not in names:
                continue
            made = case.build()
            source = work / f"{Path(case.name).stem}.{'xlsx' if isinstance(made, Workbook) else 'docx'}"
            made.save(str(source))
            subprocess.run([soffice, "--headless", "--norestore", f"-env:UserInstallation={(work / 'profile').as_uri()}",
                            "--convert-to", "pdf", "--outdir", str(work), str(source)],
                           check=True, capture_output=True, timeout=180)
            exported = work / case.name
            ends = _line_ends(exported)
            missing = [end for end in case.line_ends if end not in ends]
            if missing:
                raise SystemExit(f"{case.name}: no line ends in {missing} (line ends: {ends})")
            shutil.copyfile(exported, folder / case.name)


if __name__ == "__main__":
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if not found:
        sys.exit("LibreOffice (soffice) is needed to build these PDFs")
    build(found, names=tuple(sys.argv[1:]))
