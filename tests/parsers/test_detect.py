"""Formats come from content, never names; a name that disagrees with the content is explained when rejected."""

from __future__ import annotations

import io
import zipfile

import docx
import openpyxl
import pytest
from PIL import Image

import parsers  # noqa: F401  (fills the registry)
from parsers.detect import LABELS, detect, name_mismatch
from parsers.registry import ParseOptions, formats, readable_formats
from pipeline.extract import REJECTED, extract_document
from tiltak_core.outcomes import FileOutcome
from tiltak_core.records import Document


def _docx_bytes():
    buf = io.BytesIO()
    d = docx.Document()
    d.add_paragraph("Rapport")
    d.save(buf)
    return buf.getvalue()


def _xlsx_bytes():
    buf = io.BytesIO()
    openpyxl.Workbook().save(buf)
    return buf.getvalue()


def _zip_bytes(members):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in members.items():
            z.writestr(name, data)
    return buf.getvalue()


def _image_bytes(fmt):
    buf = io.BytesIO()
    Image.new("L", (20, 20), 255).save(buf, fmt)
    return buf.getvalue()


CASES = {
    "pdf": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n",
    "docx": _docx_bytes(),
    "xlsx": _xlsx_bytes(),
    "odt": _zip_bytes({"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": b"<x/>"}),
    "ods": _zip_bytes({"mimetype": b"application/vnd.oasis.opendocument.spreadsheet", "content.xml": b"<x/>"}),
    "doc": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504,
    "rtf": rb"{\rtf1\ansi Tiltak\par}",
    "png": _image_bytes("PNG"),
    "jpeg": _image_bytes("JPEG"),
    "tiff": _image_bytes("TIFF"),
    "html": b"<!DOCTYPE html><html><body>Siden finnes ikke</body></html>",
    "text": "Tiltak;Ansvarlig\nKurs i norsk;LO\n".encode(),
    "zip": _zip_bytes({"rapport.pdf": b"%PDF-1.4"}),
    "empty": b"",
    "unknown": bytes(range(256)) * 4,
}
EXPECTED = {"png": "image", "jpeg": "image", "tiff": "image"}


@pytest.mark.parametrize("case", sorted(CASES))
def test_format_from_content(case, tmp_path):
    path = tmp_path / "fil.bin"  # the name says nothing
    path.write_bytes(CASES[case])
    assert detect(path) == EXPECTED.get(case, case)


def test_truncated_office_files_keep_their_kind(tmp_path):
    for fmt, data in (("docx", CASES["docx"]), ("xlsx", CASES["xlsx"])):
        path = tmp_path / f"avkortet.{fmt}"
        path.write_bytes(data[: len(data) // 2])
        assert detect(path) == fmt  # so the Word/Excel parser reports the damage


def test_every_parsed_format_has_a_label():
    assert set(formats()) <= set(LABELS)
    assert set(formats()) >= {"pdf", "docx", "xlsx", "doc", "odt", "ods", "rtf", "image"}


@pytest.mark.parametrize(
    "name, fmt, expected",
    [
        ("rapport.pdf", "html", "filen heter .pdf, men er en nettside (HTML)"),
        ("x.docx", "zip", "filen heter .docx, men er et ZIP-arkiv, ikke Word (DOCX)"),
        ("x.DOCX", "pdf", "filen heter .docx, men er PDF"),
        ("x.xls", "doc", ""),  # an Excel 97 file is an OLE2 file like a Word 97 one
        ("x.pdf", "pdf", ""),
        ("x.dat", "html", ""),  # a name that promises nothing known
        ("tom.pdf", "empty", ""),  # an empty file has its own message
    ],
)
def test_name_mismatch(name, fmt, expected, tmp_path):
    assert name_mismatch(tmp_path / name, fmt) == expected


# ---------------------------------------------------------------------------------------------
# What the secretariat reads for a file that is not a report


def _reject(tmp_path, matchers, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    document = Document(path=path, source_file=name, format=detect(path), sha256="x", size=len(data))
    result = extract_document(document, matchers, ParseOptions(), 10**8)
    assert result.outcome == REJECTED
    return result.error


def _read(tmp_path, matchers, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    document = Document(path=path, source_file=name, format=detect(path), sha256="x", size=len(data))
    return extract_document(document, matchers, ParseOptions(), 10**8)


def test_a_web_page_named_pdf_is_read_as_the_web_page_it_is(tmp_path, matchers):
    # A page saved from a browser under a report's name: read by its content, and it holds no tiltak, which is said.
    result = _read(tmp_path, matchers, "lo_2018.pdf", CASES["html"])
    assert result.outcome == FileOutcome.NO_TILTAK and result.document.format == "html"
    # The list of what is read comes from the registry: the new formats are in it.
    for label in ("Excel (XLSX)", "RTF", "OpenDocument-tekst (ODT)", "bilde (PNG, JPEG, TIFF, WebP, AVIF, HEIC)",
                  "eldre Word/Excel/PowerPoint (DOC/XLS/PPT)", "nettside (HTML)", "e-post (EML)", "PowerPoint (PPTX)",
                  "OpenDocument-presentasjon (ODP)", "XML-eksport (XML)", "JSON-eksport (JSON)"):
        assert label in readable_formats()


def test_a_plain_zip_named_docx(tmp_path, matchers):
    error = _reject(tmp_path, matchers, "ks_2018.docx", CASES["zip"])
    assert error.startswith("ks_2018.docx: filen heter .docx, men er et ZIP-arkiv, ikke Word (DOCX), som ikke er")


def test_an_empty_file(tmp_path, matchers):
    error = _reject(tmp_path, matchers, "nho_2018.pdf", b"")
    assert error.startswith("nho_2018.pdf: filen er tom (0 byte). Be medlemmet om en ny kopi")


def test_a_plain_text_note_is_read_and_its_lack_of_tiltak_said(tmp_path, matchers):
    assert _read(tmp_path, matchers, "notat.txt", CASES["text"]).outcome == FileOutcome.NO_TILTAK


def test_a_truncated_word_file_is_damaged_not_unsupported(tmp_path, matchers):
    error = _reject(tmp_path, matchers, "unio_2018.docx", CASES["docx"][:2000])
    assert error.startswith("unio_2018.docx: Word-filen er skadet")
