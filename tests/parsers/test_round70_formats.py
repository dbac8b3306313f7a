"""Formats held-out round 70 brought."""

from __future__ import annotations

import quopri
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import pdfplumber
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from parsers.content import Paragraph, TableBlock
from parsers.detect import detect
from parsers.pdf import parse_pdf
from parsers.registry import ParseOptions, parser_for
from pipeline.extract import extract_document
from tests.pipeline.reading import extracted
from tiltak_core.records import Document

# Excel's «Webside med én fil»: a frameset page listing the sheets, each sheet a page of its own among the parts.
_BOUNDARY = "----=_NextPart_01DF3B7A.5C2E1D90"
_AT = "file:///C:/7A3F21C9/YS-kompetansetiltak2090"
_FRAMESET = """<html xmlns:x="urn:schemas-microsoft-com:office:excel" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta name="Excel Workbook Frameset">
<meta http-equiv=Content-Type content="text/html; charset=windows-1252">
<meta name=ProgId content=Excel.Sheet>
<meta name=Generator content="Microsoft Excel 15">
<!--[if gte mso 9]><xml>
 <x:ExcelWorkbook>
  <x:ExcelWorksheets>
   <x:ExcelWorksheet>
    <x:Name>Tiltak 2090</x:Name>
    <x:WorksheetSource HRef="YS-kompetansetiltak2090_files/sheet001.htm"/>
   </x:ExcelWorksheet>
   <x:ExcelWorksheet>
    <x:Name>Utkast</x:Name>
    <x:WorksheetSource HRef="YS-kompetansetiltak2090_files/sheet002.htm"/>
    <x:WorksheetOptions><x:Visible>SheetHidden</x:Visible></x:WorksheetOptions>
   </x:ExcelWorksheet>
  </x:ExcelWorksheets>
 </x:ExcelWorkbook>
</xml><![endif]-->
</head>
<frameset rows="*,39" border=0 width=0 frameborder=no framespacing=0>
 <frame src="YS-kompetansetiltak2090_files/sheet001.htm" name="frSheet">
 <frame src="YS-kompetansetiltak2090_files/tabstrip.htm" name="frTabs" marginwidth=0 marginheight=0>
</frameset>
</html>
"""
_TABSTRIP = """<html><body><table border=0 cellspacing=1><tr>
<td><a href="sheet001.htm" target="frSheet">Tiltak 2090</a></td></tr></table></body></html>
"""
_HEADER = ("Tiltak", "Beskrivelse", "Delmål", "Type", "Ansvarlig forbund")
_SHOWN = [("Lærlingløftet i handel og kontor", "Parat og Negotia rekrutterte 64 nye lærebedrifter.", "2,3", "Prosjekt",
           "Parat"),
          ("Tillitsvalgtkurs om kompetanseplaner", "Seks kurs med 140 tillitsvalgte.", "2,4", "Kurs", "Delta")]
_HIDDEN = [("Kladd: seminar om lønn og læring", "Ikke avklart.", "2,2", "Seminar", "Finansforbundet")]


def _sheet(rows) -> str:
    cells = "".join("<tr>" + "".join(f"<td class=xl69>{escape(c)}</td>" for c in row) + "</tr>\n" for row in rows)
    return f"""<html xmlns:x="urn:schemas-microsoft-com:office:excel" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv=Content-Type content="text/html; charset=windows-1252"><meta name=ProgId content=Excel.Sheet>
<link id=Main-File rel=Main-File href="../YS-kompetansetiltak2090.htm"></head>
<body><table border=0 cellpadding=0 cellspacing=0>
<tr><td colspan=5 class=xl66>YS – kompetansetiltak 2090</td></tr>
{cells}</table></body></html>
"""


def _part(location: str, markup: str) -> str:
    body = quopri.encodestring(markup.replace("\n", "\r\n").encode("windows-1252")).decode("ascii")
    return (f"--{_BOUNDARY}\r\nContent-Location: {location}\r\nContent-Transfer-Encoding: quoted-printable\r\n"
            f'Content-Type: text/html; charset="windows-1252"\r\n\r\n{body}\r\n\r\n')


def _excel_web_page(path: Path) -> Path:
    path.write_bytes(("MIME-Version: 1.0\r\nX-Document-Type: Workbook\r\n"
                      f'Content-Type: multipart/related; boundary="{_BOUNDARY}"\r\n\r\n'
                      "This document is a Single File Web Page, also known as a Web Archive file.\r\n\r\n"
                      + _part(f"{_AT}.htm", _FRAMESET) + _part(f"{_AT}_files/tabstrip.htm", _TABSTRIP)
                      + _part(f"{_AT}_files/sheet001.htm", _sheet([_HEADER, *_SHOWN]))
                      + _part(f"{_AT}_files/sheet002.htm", _sheet([_HEADER, *_HIDDEN]))
                      + f"--{_BOUNDARY}--\r\n").encode("ascii"))
    return path


def test_an_excel_web_page_in_one_file_gives_its_visible_sheets_tables_named_by_the_sheet(tmp_path, matchers):
    # YS (round 70): Excel's «Webside med én fil» keeps its cells in a page per sheet; the main page is a frameset with
    # no text, and the file was read as a page with nothing in it. A hidden sheet is no part of what the member sent.
    path = _excel_web_page(tmp_path / "YS – kompetansetiltak 2090.mht")
    reader = parser_for("mhtml")  # parsers.mhtml.parse_mhtml
    assert reader is not None
    content = reader.parse(path, path.name, ParseOptions())
    tables = [b for b in content.blocks if isinstance(b, TableBlock)]
    assert [t.caption for t in tables] == ["Tiltak 2090"]
    assert tables[0].rows[1:] == (_HEADER, *_SHOWN)
    assert not any("Kladd" in str(b) for b in content.blocks)
    # The format from the file's content, as the run finds it (.mht is «mhtml»).
    assert detect(path) == "mhtml"
    result = extract_document(Document(path, path.name, detect(path), "x", path.stat().st_size), matchers,
                              ParseOptions(), 10**8)
    assert [(r.raw.get("tiltak"), r.raw.get("ansvarlig")) for r in result.rows] == [
        ("Lærlingløftet i handel og kontor", "Parat"), ("Tillitsvalgtkurs om kompetanseplaner", "Delta")]
    assert [matchers.delmal.match(r.raw.get("delmal")).value for r in result.rows] == ["2.3", "2.4"]


def test_a_frameset_page_that_says_not_where_it_lies_finds_its_sheets_by_their_addresses_ending(tmp_path):
    # A web archive whose main page has no Content-Location: the frames' relative addresses cannot be resolved, but
    # each names the end of one part's place.
    body = quopri.encodestring(_FRAMESET.replace("\n", "\r\n").encode("windows-1252")).decode("ascii")
    root = (f"--{_BOUNDARY}\r\nContent-Transfer-Encoding: quoted-printable\r\n"
            f'Content-Type: text/html; charset="windows-1252"\r\n\r\n{body}\r\n\r\n')
    path = tmp_path / "YS.mht"
    path.write_bytes(("MIME-Version: 1.0\r\n" f'Content-Type: multipart/related; boundary="{_BOUNDARY}"\r\n\r\n'
                      + root + _part(f"{_AT}_files/sheet001.htm", _sheet([_HEADER, *_SHOWN]))
                      + f"--{_BOUNDARY}--\r\n").encode("ascii"))
    reader = parser_for("mhtml")
    assert reader is not None
    tables = [b for b in reader.parse(path, path.name, ParseOptions()).blocks if isinstance(b, TableBlock)]
    assert [t.caption for t in tables] == ["Tiltak 2090"] and tables[0].rows[1:] == (_HEADER, *_SHOWN)


_MASTER = "application/vnd.oasis.opendocument.text-master"
_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
       'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
       'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
       'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:xlink="http://www.w3.org/1999/xlink"')


def _odf_table(rows) -> str:
    cells = "".join("<table:table-row>" + "".join(
        f'<table:table-cell office:value-type="string"><text:p>{escape(c)}</text:p></table:table-cell>' for c in row)
        + "</table:table-row>" for row in rows)
    return (f'<table:table table:name="Tiltak"><table:table-column table:number-columns-repeated="{len(rows[0])}"/>'
            f"{cells}</table:table>")


def _linked_section(name: str, inner: str) -> str:
    """A master document's section as Writer saves it: the link to the part's own file, and the part's text as last
    read from it."""
    return (f'<text:section text:name="{name}" text:protected="true"><text:section-source xlink:type="simple" '
            f'xlink:href="../Del/{name}" text:filter-name="writer8"/>{inner}</text:section>')


def _master_document(path: Path) -> Path:
    body = ("<office:text><text:p>Sametingets rapport til Kompetansepolitisk råd 2090</text:p>"
            + _linked_section("A.odt", '<text:h text:outline-level="2">Opplæringsavdelingen</text:h>' + _odf_table([
                ("Tiltak", "Delmål", "Type"), ("Samisk veiledningsnettverk", "1.3", "Nettverk"),
                ("Nettkurs i nordsamisk for helsepersonell", "2.4", "Kurs")]))
            + _linked_section("B.odt", '<text:h text:outline-level="2">Næringsavdelingen</text:h><text:p>Avdelingen '
                              "deltok i arbeidet med reindriftsstudien.</text:p>")
            + "</office:text>")
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_NS} office:version="1.3">'
               f"<office:body>{body}</office:body></office:document-content>")
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
                'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                f'<manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="{_MASTER}"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                "</manifest:manifest>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("mimetype"), _MASTER, zipfile.ZIP_STORED)
        z.writestr("content.xml", content)
        z.writestr("META-INF/manifest.xml", manifest)
    return path


def test_a_master_documents_linked_sections_are_read_as_last_saved_in_it(soffice, tmp_path, matchers):
    # Sametinget (round 70): a Writer master document (.odm), each department's part a linked section; the file was
    # taken for an unknown zip. The links point to files the member did not send: the copies saved in it are read.
    path = _master_document(tmp_path / "Sametinget – rapport KPR 2090 (hoveddokument).odm")
    assert detect(path) == "odm"
    result = extracted(path, matchers)
    assert [(r.raw.get("tiltak"), r.raw.get("delmal"), r.raw.get("type")) for r in result.rows] == [
        ("Samisk veiledningsnettverk", "1.3", "Nettverk"), ("Nettkurs i nordsamisk for helsepersonell", "2.4", "Kurs")]
    assert result.converted_from == "ODM via LibreOffice"


_FORM = [("Navn på tiltaket", "navn", "Yrkesfagløftet i Vestland"), ("Delmål i strategien", "delmal", "2.3"),
         ("Type tiltak", "type", "Prosjekt"),
         ("Hva er gjort i 2090", "gjort", "Fylket fikk 85 nye lærebedrifter i industrien.")]


def _form_with_pictures(path: Path) -> Path:
    """The secretariat's form filled in, as reportlab writes one: the labels drawn on the page in ruled boxes, each
    answer a field's value with its picture (/AP) beside it."""
    page = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    _, height = A4
    page.setFont("Helvetica-Bold", 14)
    page.drawString(60, height - 70, "Rapporteringsskjema – Kompetansepolitisk råd 2090")
    page.setFont("Helvetica", 10)
    y = height - 140
    for label, name, value in _FORM:
        page.rect(55, y - 4, 490, 28, stroke=1, fill=0)
        page.line(215, y - 4, 215, y + 24)
        page.drawString(60, y + 6, label)
        page.acroForm.textfield(name=name, value=value, x=220, y=y, width=320, height=20, borderWidth=0,
                                fontName="Helvetica", fontSize=10)
        y -= 28
    page.showPage()
    page.save()
    return path


def _form_without_pictures(path: Path) -> Path:
    """The same form as LibreOffice exports it: each answer only a field's value (/V), no picture of it, and
    NeedAppearances asking the viewer to draw them. Written by hand, as no library at hand writes a field so."""
    ops, widgets, y = [b"BT /F1 14 Tf 60 772 Td (Rapporteringsskjema - Kompetansepolitisk r\\345d 2090) Tj ET"], [], 702
    for label, name, value in _FORM:
        ops.append(f"55 {y - 4} 490 28 re S 215 {y - 4} m 215 {y + 24} l S".encode())
        ops.append(f"BT /F1 10 Tf 60 {y + 6} Td (".encode() + label.encode("cp1252") + b") Tj ET")
        widgets.append(f"<< /Type /Annot /Subtype /Widget /FT /Tx /T ({name}) /V <FEFF{value.encode('utf-16-be').hex()}> "
                       f"/F 4 /P 3 0 R /Rect [220 {y} 540 {y + 20}] /DA (/Helv 10 Tf 0 g) >>".encode())
        y -= 28
    stream = b"\n".join(ops)
    fields = " ".join(f"{6 + k} 0 R" for k in range(len(widgets)))
    objects = [f"<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [{fields}] /NeedAppearances true "
               "/DA (/Helv 10 Tf 0 g) /DR << /Font << /Helv 5 0 R >> >> >> >>".encode(),
               b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> "
               f"/Contents 4 0 R /Annots [{fields}] >>".encode(),
               f"<< /Length {len(stream)} >>\nstream\n".encode() + stream + b"\nendstream",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>", *widgets]
    out, offsets = bytearray(b"%PDF-1.7\n"), []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{n} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    path.write_bytes(bytes(out))
    return path


@pytest.mark.parametrize("build", [_form_without_pictures, _form_with_pictures], ids=["values-only", "with-pictures"])
def test_a_filled_pdf_forms_answers_are_read_from_its_fields(tmp_path, matchers, build):
    # Vestland fylkeskommune (round 70): LibreOffice's fillable PDF keeps the answers only as the fields' values, with
    # no picture of them to flatten onto the page; the form was read as a form left empty and rejected. Where a picture
    # was there, the account «Hva er gjort i 2090» was read as a second tiltak.
    path = build(tmp_path / "Vestland fylkeskommune – rapporteringsskjema 2090 (utfylt).pdf")
    with pdfplumber.open(path) as pdf:
        page_text = pdf.pages[0].extract_text()
    assert "Navn på tiltaket" in page_text and "Yrkesfagløftet" not in page_text  # what a text reader sees
    content = parse_pdf(path, path.name, ParseOptions())
    assert "Navn på tiltaket | Yrkesfagløftet i Vestland" in [
        " | ".join(c or "" for c in row) for b in content.blocks if isinstance(b, TableBlock) for row in b.rows]
    result = extracted(path, matchers)
    assert [(r.raw.get("tiltak"), r.raw.get("delmal"), r.raw.get("type"), r.raw.get("beskrivelse"))
            for r in result.rows] == [
        ("Yrkesfagløftet i Vestland", "2.3", "Prosjekt", "Fylket fikk 85 nye lærebedrifter i industrien.")]


_RUNNING = ["Virke har i år fått 420 ansatte i butikk og lager", "gjennom kortere studietilbud i bransjeprogrammet.",
            "Modulene er laget sammen med fagskolene og gir", "studiepoeng som kan bygges videre på senere.",
            "Deltakerne fikk fri med lønn for å ta modulene,", "og de fleste fullførte alle fire moduler."]
_BOX = ["Fakta", "Strategimål: 2.4", "Ansvarlig: Virke HUB", "Med: Handel og Kontor"]


def _article_with_a_box(path: Path, box_baseline: float) -> Path:
    """A printed web article: a measure's heading, six lines of text, and a grey box floated at their right whose
    first line stands `box_baseline` points under the page's top (the text's first line at 125)."""
    page = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    _, height = A4
    page.setFont("Helvetica-Bold", 16)
    page.drawString(60, height - 70, "Slik jobbet vi med kompetanse i 2090")
    page.setFont("Helvetica-Bold", 15)
    page.drawString(60, height - 105, "Bransjeprogram for varehandelen")
    page.setFont("Helvetica", 10)
    for n, line in enumerate(_RUNNING):
        page.drawString(60, height - 125 - 14 * n, line)
    page.setFillGray(0.88)
    page.rect(350, height - 195, 180, 84, fill=1, stroke=0)
    page.setFillGray(0)
    for n, line in enumerate(_BOX):
        page.setFont("Helvetica-Bold" if n == 0 else "Helvetica", 10)
        page.drawString(360, height - box_baseline - 16 * n, line)
    page.showPage()
    page.save()
    return path


def _mixed(text: str) -> bool:
    """Whether a paragraph holds words of both the box and the running text."""
    return any(word in text for word in ("Fakta", "Strategimål", "Virke HUB", "Handel og Kontor")) and any(
        word in text for word in ("butikk", "studietilbud", "fagskolene", "studiepoeng", "lønn", "moduler"))


def test_a_box_floated_beside_running_text_is_read_apart_from_it(tmp_path, matchers):
    # Virke (round 70): the browser's print of a web article, a grey «Fakta» box beside each measure's paragraphs;
    # read across the page, each line of the text ran into the box's line beside it.
    path = _article_with_a_box(tmp_path / "Virke – Slik jobbet vi med kompetanse i 2090.pdf", box_baseline=123)
    paragraphs = [b.text for b in parse_pdf(path, path.name, ParseOptions()).blocks if isinstance(b, Paragraph)]
    assert not any(_mixed(p) for p in paragraphs)
    assert " ".join(_RUNNING) in paragraphs
    result = extracted(path, matchers)
    assert [(r.raw.get("tiltak"), r.raw.get("delmal"), r.raw.get("ansvarlig"), r.raw.get("samarbeidspartnere"),
             r.raw.get("beskrivelse")) for r in result.rows] == [
        ("Bransjeprogram for varehandelen", "2.4", "Virke HUB", "Handel og Kontor", " ".join(_RUNNING))]


def test_a_box_whose_first_line_stands_level_with_the_texts_leaves_the_text_whole(tmp_path, matchers):
    # As the test above, with the box's «Fakta» on the text's first line: the text's first line was read as the tiltak.
    path = _article_with_a_box(tmp_path / "Virke 2090.pdf", box_baseline=125)
    paragraphs = [b.text for b in parse_pdf(path, path.name, ParseOptions()).blocks if isinstance(b, Paragraph)]
    assert " ".join(_RUNNING) in paragraphs
    assert [r.raw.get("tiltak") for r in extracted(path, matchers).rows] == ["Bransjeprogram for varehandelen"]


_LEFT = ["Kompetansebehovsutvalget la fram sin årlige rapport", "i juni, denne gangen med særlig vekt på behovet",
         "for kompetanse i helse og omsorg i kommunene.", "Utvalget møttes seks ganger i løpet av året, og",
         "KD har hatt både ledelsen og sekretariatet for", "utvalget gjennom hele perioden som rapporten",
         "gjelder, med bidrag fra forskere og analytikere."]
_RIGHT = ["Forsøket med modulstrukturert opplæring ble i år", "utvidet til tolv fylkeskommuner, og om lag 900",
          "voksne deltok i forsøket i løpet av året. Flere", "fylker har søkt om å bli med i neste runde, og",
          "departementet vurderer å gjøre ordningen fast.", "Evalueringen av forsøket kommer neste år, og den",
          "blir lagt fram for rådet når den er ferdig."]


def _two_columns_with_boxes(path: Path) -> Path:
    """A page in two columns, each measure's particulars in a grey box at the top of its column, its text under it."""
    page = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    _, height = A4
    for x, title, box, text in ((50, "Kompetansebehovsutvalget", ("Delmål: 1.1", "Virkemiddel: Utvalg", "Ansvar: KD",
                                                                "Med: partene"), _LEFT),
                                (310, "Forsøk med moduler", ("Delmål: 3.1", "Virkemiddel: Forsøk", "Ansvar: KD",
                                                             "Med: fylkeskommunene"), _RIGHT)):
        page.setFont("Helvetica-Bold", 13)
        page.drawString(x, height - 90, title)
        page.setFillGray(0.9)
        page.rect(x, height - 178, 230, 74, fill=1, stroke=0)
        page.setFillGray(0)
        page.setFont("Helvetica", 10)
        for n, line in enumerate(box):
            page.drawString(x + 8, height - 118 - 16 * n, line)
        for n, line in enumerate(text):
            page.drawString(x, height - 200 - 14 * n, line)
    page.showPage()
    page.save()
    return path


def test_boxes_at_the_top_of_two_columns_leave_the_columns_read_as_columns(tmp_path):
    # Each column's measure with its particulars in a grey box at the top: the columns are read as columns.
    path = _two_columns_with_boxes(tmp_path / "Regjeringen 2068.pdf")
    paragraphs = [b.text for b in parse_pdf(path, path.name, ParseOptions()).blocks if isinstance(b, Paragraph)]
    assert " ".join(_LEFT) in paragraphs and " ".join(_RIGHT) in paragraphs


def test_boxes_in_both_columns_beside_the_other_columns_text_are_no_floats():
    # Regjeringen (round 48, its generator's PDF): the grey boxes of particulars stand in both columns, each beside
    # text of the other column; taken for boxes floated beside the text, the page was read across and three measures
    # were lost without a word. A float's column holds nothing but boxes.
    path = Path(__file__).resolve().parents[2] / "samples" / "holdout48" / "01_Regjeringen_KD_rapport_kompetansepolitisk_rad_2068.pdf"
    texts = [b.text for b in parse_pdf(path, path.name, ParseOptions()).blocks if isinstance(b, Paragraph)]
    assert "Forsøk med modulstrukturert fag- og yrkesopplæring for voksne" in texts
    assert "Læring i arbeidslivet – kartlegging 2068 (LIA 2068)" in texts
