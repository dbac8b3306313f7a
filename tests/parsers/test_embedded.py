"""A Word memo whose tiltak lie in an Excel workbook inserted as an object, built here: Word shows only the object's
preview picture, so the text holds no tiltak and the picture was read with OCR, one garbled row for a table."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import openpyxl
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from PIL import Image

from parsers.registry import ParseOptions
from pipeline.extract import NO_TILTAK, extract_document
from pipeline.match import match_rows
from tiltak_core.records import Document

_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:v="urn:schemas-microsoft-com:vml" '
       'xmlns:o="urn:schemas-microsoft-com:office:office" '
       'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')
ROWS = [("Tiltak", "Delmål", "Type", "Ansvarlig"),
        ("Bransjeskolen for reiseliv", "2.4", "Kurs", "Virke HR"),
        ("Lærlingtorget", "2.3", "Arrangement", "Virke"),
        ("Handelsbarometeret", "2.2", "Undersøkelse", "Virke analyse")]


def _workbook(rows: list[tuple[str, ...]]) -> bytes:
    wb = openpyxl.Workbook()
    for row in rows:
        wb.active.append(row)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _memo(path: Path, workbook: bytes) -> Document:
    """A memo in prose with the workbook inserted as an object: its package, and a picture Word shows for it."""
    d = docx.Document()
    d.add_paragraph("Notat fra Virke", style="Title")
    d.add_paragraph("Rapportering til Kompetansepolitisk råd for 2071. Tiltakene står i regnearket under; dobbeltklikk "
                    "for å åpne det i Excel.")
    preview = io.BytesIO()
    Image.new("RGB", (900, 200), "white").save(preview, format="PNG")  # a table's size: big enough to be read by OCR
    picture, _ = d.part.get_or_add_image(preview)
    package = Part(PackURI("/word/embeddings/Microsoft_Excel_Worksheet.xlsx"), _XLSX, workbook, d.part.package)
    embedded = d.part.relate_to(package, RT.PACKAGE)
    run = d.add_paragraph().add_run()
    run._r.append(parse_xml(
        f'<w:object {_NS} w:dxaOrig="9000" w:dyaOrig="2000"><v:shape id="_x0000_i1025" style="width:450pt;height:100pt" '
        f'o:ole=""><v:imagedata r:id="{picture}" o:title=""/></v:shape><o:OLEObject Type="Embed" ProgID="Excel.Sheet.12" '
        f'ShapeID="_x0000_i1025" DrawAspect="Content" ObjectID="_1" r:id="{embedded}"/></w:object>'))
    d.add_paragraph("Med vennlig hilsen Virke")
    d.save(path)
    return Document(path, path.name, "docx", "x", path.stat().st_size)


def test_a_workbook_inserted_in_a_word_memo_gives_its_rows_and_its_preview_is_not_read(matchers, tmp_path):
    memo = _memo(tmp_path / "Virke notat 2071.docx", _workbook(ROWS))
    result = extract_document(memo, matchers, ParseOptions(), 10**8)
    rows = match_rows(list(result.rows), matchers)
    assert [(t.text, t.delmal.value, t.type.value, t.ansvarlig) for t in rows] == [
        ("Bransjeskolen for reiseliv", "2.4", "Kurs/utdanning", ("Virke HR",)),
        ("Lærlingtorget", "2.3", "Arrangement", ("Virke",)),
        ("Handelsbarometeret", "2.2", "FoU", ("Virke analyse",))]
    assert result.member == "Virke" and not result.skipped
    assert any("«Microsoft_Excel_Worksheet.xlsx», som er innebygd i filen, er lest" in w for w in result.warnings)
    assert not any("OCR" in w for w in result.warnings)


def test_an_inserted_workbook_over_the_archive_limits_is_not_read_and_the_memo_says_why(matchers, tmp_path):
    # Filler that packs small: the memo is within the limit, the workbook in it unpacks beyond it.
    memo = _memo(tmp_path / "Virke notat 2071.docx", _workbook(ROWS + [("fyll " * 40,) * 4] * 4000))
    limit = 2 * 2**20
    assert memo.path.stat().st_size < limit / 4
    result = extract_document(memo, matchers, ParseOptions(max_unpacked_bytes=limit), 10**8)
    assert result.outcome == NO_TILTAK and not result.rows
    (note,) = [w for w in result.warnings if "innebygd" in w]
    assert note.startswith("Virke notat 2071.docx: regnearket «Microsoft_Excel_Worksheet.xlsx», som er innebygd i filen, "
                           "ble ikke lest: Excel-filen pakkes ut til ")
    assert "over grensen på 2 MB" in note
