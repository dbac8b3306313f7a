"""DOC, XLS, PPT, ODT, ODS, ODP and RTF through LibreOffice: inputs made here (python-docx/openpyxl/python-pptx, then
LibreOffice)."""

from __future__ import annotations

import sys
import tempfile
import time
import zipfile
from pathlib import Path

import docx
import olefile
import openpyxl
import pytest
from pptx import Presentation
from pptx.util import Cm

import parsers  # noqa: F401  (fills the registry)
from parsers.content import COVERED
from parsers.convert import parse_doc, parse_odp, parse_ods, parse_odt, parse_rtf, parse_xlsb
from parsers.detect import detect
from parsers.registry import ParseOptions, parser_for
from tiltak_core.errors import DamagedFile, EncryptedFile, InternalError, TooHeavy, ToolMissing
from pipeline.extract import CONVERTED, extract_document
from tiltak_core.records import Document

ROWS = [
    ("Delmål", "Tiltak", "Type tiltak", "Ansvarlig"),
    ("2.2 Styrke kunnskapsgrunnlaget", "Forstudie om avkastning av kompetanseinvesteringer", "FoU", "KD"),
    (None, "Ekspertutvalg om etter- og videreutdanning", "Råd/utvalg/nettverk", "KD"),
    ("2.3", "Yrkesfagenes år", "Informasjon", "LO"),
]


def _word(path: Path) -> Path:
    d = docx.Document()
    d.add_paragraph("Rapportering 2018 – LO", style="Title")
    t = d.add_table(rows=len(ROWS), cols=4)
    for r, row in enumerate(ROWS):
        for c, text in enumerate(row):
            if text:
                t.cell(r, c).text = text
    t.cell(1, 0).merge(t.cell(2, 0))
    d.add_paragraph("Første punkt i lista", style="List Bullet")
    d.save(path)
    return path


def _workbook(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in ROWS:
        ws.append(list(row))
    ws.append(["3.1", "Kurs", "Kurs", 4.0])
    ws.merge_cells("A2:A3")
    wb.save(path)
    return path


@pytest.fixture(scope="module")
def word_inputs(lo_convert, tmp_path_factory):
    source = _word(tmp_path_factory.mktemp("word") / "lo_2018.docx")
    return {fmt: lo_convert(source, fmt) for fmt in ("doc", "odt", "rtf", "fodt")}


@pytest.fixture(scope="module")
def sheet_inputs(calc, lo_convert, tmp_path_factory):
    source = _workbook(tmp_path_factory.mktemp("sheet") / "virke_2018.xlsx")
    return {fmt: lo_convert(source, fmt) for fmt in ("xls", "ods", "fods")}


@pytest.mark.parametrize("fmt, detected, what", [("doc", "doc", "eldre Word (DOC)"), ("odt", "odt", "ODT"),
                                                  ("rtf", "rtf", "RTF"), ("fodt", "fodt", "flat ODT (FODT)")])
def test_word_processor_files_read_as_docx(word_inputs, fmt, detected, what):
    path = word_inputs[fmt]
    assert detect(path) == detected
    content = parser_for(detected).parse(path, path.name, ParseOptions())
    assert content.converted_from == f"{what} via LibreOffice"
    (table,) = content.tables
    assert table.rows == tuple(tuple(c if c is not None else COVERED for c in row) for row in ROWS)
    assert content.title == "Rapportering 2018 – LO"
    assert [(p.kind, p.text) for p in content.paragraphs][-1] == ("bullet", "Første punkt i lista")


@pytest.mark.parametrize("fmt, detected, what", [("xls", "doc", "eldre Excel (XLS)"), ("ods", "ods", "ODS"),
                                                  ("fods", "fods", "flat ODS (FODS)")])
def test_spreadsheets_read_as_xlsx(sheet_inputs, fmt, detected, what):
    path = sheet_inputs[fmt]
    assert detect(path) == detected
    content = parser_for(detected).parse(path, path.name, ParseOptions())
    assert content.converted_from == f"{what} via LibreOffice"
    (table,) = content.tables
    assert table.rows[:4] == tuple(tuple(c if c is not None else COVERED for c in row) for row in ROWS)
    assert table.rows[4] == ("3.1", "Kurs", "Kurs", "4")


def test_handwritten_rtf(soffice, tmp_path):
    path = tmp_path / "ys_2018.rtf"
    path.write_bytes(rb"{\rtf1\ansi\ansicpg1252{\fonttbl{\f0 Arial;}}\f0"
                     rb"{\b Rapport fra YS}\par Tiltak: Kurs i grunnleggende ferdigheter for ansatte i {\'e5}r\par}")
    content = parse_rtf(path, path.name, ParseOptions())
    assert [p.text for p in content.paragraphs] == ["Rapport fra YS", "Tiltak: Kurs i grunnleggende ferdigheter for ansatte i år"]
    assert content.converted_from == "RTF via LibreOffice"


def _wordml_cell(text: str | None, merge: str = "") -> str:
    merged = f'<w:tcPr><w:vmerge{f" w:val={merge!r}" if merge else ""}/></w:tcPr>' if merge or text is None else ""
    return f"<w:tc>{merged}<w:p>{f'<w:r><w:t>{text}</w:t></w:r>' if text else ''}</w:p></w:tc>"


def _wordml(rows: list[tuple[str | None, ...]]) -> str:
    """A report as Word 2003 saves «Word XML-dokument» (.xml), written as text; the first column's cell merged down
    over the row under it."""
    body = "".join("<w:tr>" + "".join(_wordml_cell(c, "restart" if (r, k) == (1, 0) else "") for k, c in enumerate(row))
                   + "</w:tr>" for r, row in enumerate(rows))
    grid = '<w:gridCol w:w="2000"/>' * 4
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<?mso-application progid="Word.Document"?>\n'
            '<w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml" '
            'xmlns:wx="http://schemas.microsoft.com/office/word/2003/auxHint" xml:space="preserve"><w:body><wx:sect>'
            '<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>Rapportering 2018 – LO</w:t></w:r></w:p>'
            f"<w:tbl><w:tblGrid>{grid}</w:tblGrid>{body}</w:tbl><w:p/></wx:sect></w:body>"
            '</w:wordDocument>')


def _spreadsheetml(rows: list[tuple[str | None, ...]]) -> str:
    """A workbook as Excel 2003 saves «XML-regneark 2003», written as text; the first column's cell merged down."""
    def cell(r: int, k: int, text: str | None) -> str:
        if text is None:
            return ""
        merge = ' ss:MergeDown="1"' if (r, k) == (1, 0) else ""
        index = f' ss:Index="{k + 1}"' if k and rows[r][0] is None else ""
        return f'<Cell{index}{merge}><Data ss:Type="String">{text}</Data></Cell>'
    body = "".join(f"<Row>{''.join(cell(r, k, c) for k, c in enumerate(row))}</Row>" for r, row in enumerate(rows))
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<?mso-application progid="Excel.Sheet"?>\n'
            '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" '
            'xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="Tiltak">'
            f"<Table>{body}</Table></Worksheet></Workbook>")


def _extract(path: Path, matchers):
    return extract_document(Document(path, path.name, detect(path), "x", path.stat().st_size), matchers, ParseOptions(),
                            10**8)


@pytest.mark.parametrize("detected, what, target", [("wordml", "Word 2003 XML", "docx"),
                                                    ("spreadsheetml", "Excel 2003 XML", "xlsx")])
def test_word_and_excel_2003_xml_read_as_docx_and_xlsx(soffice, request, tmp_path, matchers, detected, what, target):
    # Read as a system's XML export, their markup came out as tables of style names and no tiltak.
    if target == "xlsx":
        request.getfixturevalue("calc")
    path = tmp_path / "lo_2018.xml"
    path.write_text((_wordml if detected == "wordml" else _spreadsheetml)(ROWS), encoding="utf-8")
    assert detect(path) == detected
    result = _extract(path, matchers)
    assert result.outcome == CONVERTED and result.converted_from == f"{what} via LibreOffice"
    # LibreOffice's Word 2003 import leaves a merged cell's lower part empty; the delmål above applies all the same.
    assert [(r.raw.get("tiltak"), r.raw.get("delmal"), r.raw.get("type"), r.raw.get("ansvarlig")) for r in result.rows] == [
        (tiltak, delmal or ROWS[1][0], kind, owner) for delmal, tiltak, kind, owner in ROWS[1:]]


def _flat_odf(kind: str, body: str, doctype: str = "") -> str:
    return (f'<?xml version="1.0" encoding="UTF-8"?>{doctype}<office:document '
            'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
            'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
            f'office:mimetype="application/vnd.oasis.opendocument.{kind}"><office:body><office:{kind}>{body}'
            f"</office:{kind}></office:body></office:document>")


@pytest.mark.parametrize("name, document, kind, problem", [
    ("lo_2018.fodt", _flat_odf("text", "&a;", '<!DOCTYPE d [<!ENTITY a SYSTEM "file:///etc/passwd">]>'),
     "unsafe_content", "FODT-filen inneholder en DTD"),
    ("virke_2018.fods", _flat_odf("spreadsheet", '<table:table table:name="Tiltak"><table:table-row '
                                  'table:number-rows-repeated="2000"><table:table-cell table:number-columns-repeated="1000">'
                                  "<text:p>x</text:p></table:table-cell></table:table-row></table:table>"),
     "too_large", "arket «Tiltak» spenner over 2000 rader")])
def test_a_flat_opendocument_with_entities_or_too_many_cells_is_refused_before_libreoffice_reads_it(tmp_path, matchers, name,
                                                                                                     document, kind, problem):
    path = tmp_path / name
    path.write_text(document, encoding="utf-8")
    rejection = _extract(path, matchers).rejection
    assert rejection.kind == kind and problem in rejection.problem


def test_outcome_is_converted_and_says_from_what(word_inputs, matchers):
    path = word_inputs["odt"]
    document = Document(path=path, source_file="lo_2018.odt", format="odt", sha256="x", size=path.stat().st_size)
    result = extract_document(document, matchers, ParseOptions(), 10**8)
    assert result.outcome == CONVERTED and result.converted_from == "ODT via LibreOffice"
    assert [dict(r.raw.fields)["tiltak"] for r in result.rows] == [row[1] for row in ROWS[1:]]


def test_the_inbox_is_only_read_and_temporary_files_go(word_inputs, tmp_path, monkeypatch):
    inbox = word_inputs["rtf"].parent
    before = sorted(p.name for p in inbox.iterdir())
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    parse_rtf(word_inputs["rtf"], "lo_2018.rtf", ParseOptions())
    assert sorted(p.name for p in inbox.iterdir()) == before
    assert list(scratch.iterdir()) == []


# ---------------------------------------------------------------------------------------------
# Damaged and protected legacy files


def test_truncated_doc_is_damaged(word_inputs, tmp_path):
    whole = word_inputs["doc"].read_bytes()
    cut = tmp_path / "avkortet.doc"
    cut.write_bytes(whole[: len(whole) // 3])
    with pytest.raises(DamagedFile, match="avkortet.doc: den eldre Office-filen er skadet"):
        parse_doc(cut, cut.name, ParseOptions())


def test_word_97_with_its_encrypted_flag_is_encrypted(word_inputs, tmp_path):
    data = bytearray(word_inputs["doc"].read_bytes())
    with olefile.OleFileIO(str(word_inputs["doc"])) as ole:
        fib = ole.openstream("WordDocument").read(64)
    at = data.index(fib)  # the stream's first sector, where the FIB stands
    data[at + 11] |= 0x01  # fEncrypted: bit 8 of the flags word at offset 10
    path = tmp_path / "hemmelig.doc"
    path.write_bytes(bytes(data))
    with pytest.raises(EncryptedFile, match="hemmelig.doc: Office-filen er passordbeskyttet"):
        parse_doc(path, path.name, ParseOptions())


def test_excel_97_with_a_filepass_record_is_encrypted(sheet_inputs, tmp_path):
    data = bytearray(sheet_inputs["xls"].read_bytes())
    with olefile.OleFileIO(str(sheet_inputs["xls"])) as ole:
        head = ole.openstream("Workbook").read(64)
    at = data.index(head)
    bof_size = int.from_bytes(head[2:4], "little")
    data[at + 4 + bof_size : at + 6 + bof_size] = (0x002F).to_bytes(2, "little")  # the record after BOF -> FILEPASS
    path = tmp_path / "hemmelig.xls"
    path.write_bytes(bytes(data))
    with pytest.raises(EncryptedFile):
        parse_doc(path, path.name, ParseOptions())


# ---------------------------------------------------------------------------------------------
# LibreOffice missing, failing or too slow (fake tools: these run everywhere)


# A child process that hangs (found without PATH, which these tests empty).
SLEEP = f'"{sys.executable}" -c "import time; time.sleep(30)"'


def _rtf(tmp_path) -> Path:
    path = tmp_path / "nho_2018.rtf"
    path.write_bytes(rb"{\rtf1\ansi Tiltak\par}")
    return path


def test_without_libreoffice_the_message_says_how_to_convert_by_hand(tmp_path, monkeypatch):
    empty = tmp_path / "tom-path"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    with pytest.raises(ToolMissing) as err:
        parse_rtf(_rtf(tmp_path), "nho_2018.rtf", ParseOptions())
    assert str(err.value) == (
        "nho_2018.rtf: filen må gjøres om til DOCX med LibreOffice, som ikke er installert. Åpne filen i "
        "Word/LibreOffice og lagre som DOCX, eller installer LibreOffice (Debian: apt install libreoffice-writer-nogui)"
    )


def test_libreoffice_without_calc_is_a_missing_tool(tmp_path, monkeypatch, fake_tool):
    folder = fake_tool("soffice", "exit 0\n")
    for library in ("libmergedlo.so", "libswlo.so"):  # Writer's program folder, without Calc's libsclo.so
        (folder / library).write_bytes(b"")
    monkeypatch.setenv("PATH", str(folder))
    ods = tmp_path / "virke_2018.ods"
    with zipfile.ZipFile(ods, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
    with pytest.raises(ToolMissing, match=r"LibreOffice Calc.*apt install libreoffice-calc-nogui"):
        parse_ods(ods, ods.name, ParseOptions())


def test_a_file_libreoffice_cannot_load_is_damaged_in_norwegian(tmp_path, monkeypatch, fake_tool):
    monkeypatch.setenv("PATH", str(fake_tool("soffice", 'echo "Error: source file could not be loaded"\nexit 0\n')))
    with pytest.raises(DamagedFile) as err:
        parse_rtf(_rtf(tmp_path), "nho_2018.rtf", ParseOptions())
    assert str(err.value).startswith("nho_2018.rtf: LibreOffice kunne ikke åpne filen som RTF; den er trolig skadet")
    assert "source file" not in str(err.value)


def test_an_unknown_libreoffice_failure_is_an_internal_error_with_its_detail_in_the_log(tmp_path, monkeypatch, fake_tool):
    monkeypatch.setenv("PATH", str(fake_tool("soffice", 'echo "Error: no export filter for input.docx found"\nexit 1\n')))
    with pytest.raises(InternalError) as err:
        parse_rtf(_rtf(tmp_path), "nho_2018.rtf", ParseOptions())
    message = str(err.value)
    assert message.startswith("nho_2018.rtf: filen kunne ikke leses (intern feil i LibreOffice-omgjøringen); "
                              "detaljene står i ")
    assert "export filter" not in message and err.value.kind == "internal_error"
    log = Path(message.split("detaljene står i ", 1)[1].split(". ", 1)[0])
    assert "no export filter for input.docx found" in log.read_text(encoding="utf-8")


def test_conversion_that_hangs_is_stopped(tmp_path, monkeypatch, fake_tool):
    # A child that sleeps, as soffice.bin runs under the soffice script: the kill must reach it too.
    monkeypatch.setenv("PATH", str(fake_tool("soffice", f"{SLEEP}\n")))
    started = time.perf_counter()
    with pytest.raises(TooHeavy, match="for tung å lese: LibreOffice brukte mer enn 0.5 sekunder"):
        parse_rtf(_rtf(tmp_path), "nho_2018.rtf", ParseOptions(convert_timeout=0.5))
    assert time.perf_counter() - started < 5


def _deck(path: Path) -> Path:
    deck = Presentation()
    slide = deck.slides.add_slide(deck.slide_layouts[6])
    slide.shapes.add_textbox(Cm(1), Cm(1), Cm(20), Cm(2)).text_frame.text = "Spekter – tiltak 2071, område 2"
    for n, lines in enumerate((["Lederprogram for sykehusene", "Delmål 2.3 · Kurs", "Ansvar: Spekter"],
                               ["Partssamarbeid om heltid", "Delmål 2.1 · Prosjekt", "Ansvar: Spekter og LO"])):
        frame = slide.shapes.add_textbox(Cm(1 + 12 * n), Cm(4), Cm(11), Cm(8)).text_frame
        frame.text = lines[0]
        for line in lines[1:]:
            frame.add_paragraph().text = line
    deck.save(path)
    return path


@pytest.mark.parametrize("fmt, detected, what", [("ppt", "doc", "eldre PowerPoint (PPT)"), ("odp", "odp", "ODP"),
                                                  ("fodp", "fodp", "flat ODP (FODP)")])
def test_a_slide_deck_saved_by_an_older_powerpoint_or_impress_is_read_as_pptx(lo_convert, tmp_path, matchers, fmt,
                                                                               detected, what):
    # A member's deck saved as PowerPoint 97-2003 or from LibreOffice Impress was rejected as a format not read.
    path = lo_convert(_deck(tmp_path / "spekter_2071.pptx"), fmt)
    assert detect(path) == detected
    result = extract_document(Document(path, path.name, detected, "x", path.stat().st_size), matchers, ParseOptions(), 10**8)
    assert result.outcome == CONVERTED and result.converted_from == f"{what} via LibreOffice"
    assert [(r.raw.get("tiltak"), r.raw.get("delmal"), r.raw.get("type")) for r in result.rows] == [
        ("Lederprogram for sykehusene", "Delmål 2.3", "Kurs"), ("Partssamarbeid om heltid", "Delmål 2.1", "Prosjekt")]


def test_registered_formats():
    for fmt, fn in (("doc", parse_doc), ("odt", parse_odt), ("ods", parse_ods), ("odp", parse_odp), ("xlsb", parse_xlsb),
                    ("rtf", parse_rtf)):
        assert parser_for(fmt).parse is fn
