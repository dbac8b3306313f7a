"""Property tests: no input makes a parser fail with anything but a documented ReportError.

Random bytes and real reports with bytes flipped, inserted, deleted or cut off go to
`parsers.detect.detect` (which never raises) and to the parser registered for the format it detects,
which may only raise the `ReportError` family (DamagedFile, EncryptedFile, TooLarge,
UnsupportedFormat, ToolMissing). The parsers are called directly: `extract_document` would turn any
other exception into a rejection too, and so hide it.

Each kind of failure these found is pinned as one deterministic file (DAMAGED_WORD_FILES, DAMAGED_ZIPS),
so it stays fixed. A new one found in a file these tests do not own goes there as
`xfail(strict=True)` with the reason until it is fixed (a strict xfail that passes fails the suite).
"""

from __future__ import annotations

import copy
import io
import struct
import tempfile
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree
from openpyxl import Workbook

import parsers  # noqa: F401  (fills the registry)
from parsers.detect import LABELS, detect
from parsers.registry import ParseOptions, parser_for
from tiltak_core.errors import ReportError

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples" / "2018"
PDFS = ("vestland_fk_2018.pdf", "hedmark_fk_2018.pdf", "sogn_og_fjordane_fk_2018.pdf")
DOCXS = ("telemark_fk_2018.docx",)
SAMPLE = {name: (SAMPLES / name).read_bytes() for name in PDFS + DOCXS}
# Parsers that run in this process; the others start LibreOffice or Tesseract (seconds per file).
IN_PROCESS = ("pdf", "docx", "xlsx")

BOUNDED = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def parse_bytes(data: bytes, suffix: str = ".bin", formats=None, as_format: str | None = None) -> str:
    """Write the bytes to a file, detect its format and parse it with that format's parser (or with
    `as_format`'s, whatever was detected).

    Returns the format detected; raises whatever detect or the parser let through, except ReportError."""
    with tempfile.TemporaryDirectory(prefix="tiltak-prop-") as tmp:
        path = Path(tmp) / f"rapport{suffix}"
        path.write_bytes(data)
        fmt = detect(path)  # must never raise
        assert fmt in LABELS, fmt
        parser = parser_for(as_format or fmt)
        if parser is not None and (formats is None or fmt in formats):
            try:
                content = parser.parse(path, path.name, ParseOptions())
            except ReportError as exc:
                assert exc.message.startswith(path.name), exc.message  # names the file
            else:
                assert content.pages is None or content.pages >= 0
        return fmt


# ------------------------------------------------------------------------------------------ mutations
PDF_TOKENS = (b"(", b")", b"<", b">", b"<<", b">>", b"[", b"]", b"/", b" 0 R ", b"-1", b"99999999999", b"1e308",
              b"obj", b"endobj", b"stream\n", b"endstream", b"xref", b"trailer", b"/Length 999999", b"/Count -5",
              b"BT", b"ET", b"Tj", b"TJ", b"Tf", b"Td", b"Tm", b"re", b"cm", b"q", b"Q", b"\x00", b"\n")
ZIP_TOKENS = (b"PK\x03\x04", b"PK\x01\x02", b"PK\x05\x06", b"\xff\xff\xff\xff", b"\x00\x00\x00\x00")

op = st.one_of(
    st.tuples(st.just("flip"), st.integers(min_value=0), st.integers(min_value=0, max_value=7)),
    st.tuples(st.just("set"), st.integers(min_value=0), st.integers(min_value=0, max_value=255)),
    st.tuples(st.just("insert"), st.integers(min_value=0),
              st.one_of(st.binary(min_size=1, max_size=16), st.sampled_from(PDF_TOKENS + ZIP_TOKENS))),
    st.tuples(st.just("delete"), st.integers(min_value=0), st.integers(min_value=1, max_value=512)),
    st.tuples(st.just("truncate"), st.integers(min_value=0)),
    st.tuples(st.just("copy"), st.integers(min_value=0), st.integers(min_value=0), st.integers(min_value=1, max_value=64)),
)


def mutate(data: bytes, ops) -> bytes:
    """Apply flips, overwrites, insertions, deletions, truncations and copied stretches; positions wrap."""
    out = bytearray(data)
    for kind, *args in ops:
        if not out:
            break
        at = args[0] % len(out)
        if kind == "flip":
            out[at] ^= 1 << args[1]
        elif kind == "set":
            out[at] = args[1]
        elif kind == "insert":
            out[at:at] = args[1]
        elif kind == "delete":
            del out[at : at + args[1]]
        elif kind == "truncate":
            del out[at:]
        else:  # copy a stretch from elsewhere over this one (a duplicated header, an offset pointing astray)
            src = args[1] % len(out)
            out[at : at + args[2]] = out[src : src + args[2]]
    return bytes(out)


mutations = st.lists(op, min_size=1, max_size=6)


# --------------------------------------------------------------------------------------- random bytes
MAGIC = (b"", b"%PDF-1.4\n", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<", b"PK\x03\x04", b"PK\x03\x04\x14\x00\x00\x00\x08\x00",
         b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", b"{\\rtf1", b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF89a", b"II*\x00",
         b"<html>", b"<?xml version='1.0'?>", b"\xef\xbb\xbf", b"Rapport fra LO 2018\n")


@BOUNDED
@given(data=st.binary(max_size=4096))
def test_detect_never_raises_on_random_bytes(data):
    with tempfile.TemporaryDirectory(prefix="tiltak-prop-") as tmp:
        path = Path(tmp) / "x"
        path.write_bytes(data)
        assert detect(path) in LABELS


@BOUNDED
@given(magic=st.sampled_from(MAGIC), rest=st.binary(max_size=4096), suffix=st.sampled_from([".pdf", ".docx", ".bin", ""]))
def test_random_bytes_with_a_format_header_raise_only_report_errors(magic, rest, suffix):
    """Random bytes behind each format's magic number, parsed in-process (PDF, DOCX, XLSX)."""
    parse_bytes(magic + rest, suffix, IN_PROCESS)


@settings(BOUNDED, max_examples=4)
@given(magic=st.sampled_from([b"{\\rtf1", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", b"\x89PNG\r\n\x1a\n"]),
       rest=st.binary(max_size=512))
def test_random_bytes_for_the_external_tools_raise_only_report_errors(magic, rest):
    """The formats read through LibreOffice or Tesseract: few examples, each starts a program."""
    parse_bytes(magic + rest)


# ---------------------------------------------------------------------------------------- mutated PDFs
@BOUNDED
@given(name=st.sampled_from(PDFS), ops=mutations)
def test_mutated_pdfs_raise_only_report_errors(name, ops):
    parse_bytes(mutate(SAMPLE[name], ops), ".pdf")


@BOUNDED
@given(name=st.sampled_from(PDFS), ops=mutations)
def test_mutated_pdf_bodies_raise_only_report_errors(name, ops):
    """The header kept, so every example reaches the PDF parser."""
    data = SAMPLE[name]
    assert data.startswith(b"%PDF-")
    parse_bytes(data[:9] + mutate(data[9:], ops), ".pdf")


# --------------------------------------------------------------------------------------- mutated DOCX
@BOUNDED
@given(ops=mutations)
def test_mutated_docx_bytes_raise_only_report_errors(ops):
    """Found zlib.error, OSError (EINVAL) and NotImplementedError escaping (now DAMAGED_WORD_FILES)."""
    parse_bytes(mutate(SAMPLE["telemark_fk_2018.docx"], ops), ".docx")


def _rezip(parts: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return buf.getvalue()


def _parts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return {i.filename: z.read(i) for i in z.infolist()}


DOCX_PARTS = _parts(SAMPLE["telemark_fk_2018.docx"])
# Edits of the parsed XML: attribute values replaced, elements dropped or repeated; the parts that tell
# python-docx what each part is, and the ones the parser reads, are picked the most.
XML_PARTS = ("[Content_Types].xml", "[Content_Types].xml", "word/document.xml", "word/document.xml",
             "word/_rels/document.xml.rels", "_rels/.rels", "word/numbering.xml", "word/styles.xml", "docProps/core.xml")
XML_VALUES = ("", "x", "-1", "0", "2", "99999", "1.5", "true", "application/xml", "/word/document.xml",
              "/word/finnes-ikke.xml", "/xl/workbook.xml", "rId1", "../../etc/passwd", "Heading1", "Finnes-ikke",
              "A1:XFD1048576", "XFD1048576", "s", "str", "n", "e", "b", "inlineStr", "=1+1")


def xml_part_edits(parts: dict[str, bytes], choices: tuple[str, ...]):
    """(part, its XML edited) for one of `choices` of an Office file's `parts`."""

    @st.composite
    def edits(draw) -> tuple[str, bytes]:
        part = draw(st.sampled_from(choices))
        root = etree.fromstring(parts[part])
        elements = [e for e in root.iter() if e.attrib] or list(root.iter())
        for _ in range(draw(st.integers(min_value=1, max_value=3))):
            el = elements[draw(st.integers(min_value=0, max_value=len(elements) - 1))]
            kind = draw(st.sampled_from(["attr", "attr", "drop", "repeat", "text"]))
            parent = el.getparent()
            value = draw(st.one_of(st.sampled_from(XML_VALUES), st.text(alphabet="abc019-./:_ ", max_size=6)))
            if kind == "attr" and el.attrib:
                el.set(draw(st.sampled_from(sorted(el.attrib))), value)
            elif kind == "text":
                el.text = value
            elif parent is not None and kind == "drop":
                parent.remove(el)
            elif parent is not None:
                parent.insert(parent.index(el) if el in parent else len(parent), copy.deepcopy(el))
        return part, etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)

    return edits()


@settings(BOUNDED, max_examples=100)
@given(edit=xml_part_edits(DOCX_PARTS, XML_PARTS))
def test_docx_with_edited_xml_parts_raises_only_report_errors(edit):
    """The ZIP kept intact and the XML of one part edited, so every example reaches the XML readers.
    Found AttributeError, ValueError and RecursionError escaping (now DAMAGED_WORD_FILES)."""
    part, xml = edit
    parse_bytes(_rezip({**DOCX_PARTS, part: xml}), ".docx")


# --------------------------------------------------------------------------------------- mutated XLSX
def _workbook() -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = "Tiltak"
    ws.append(["Rapport fra LO 2018"])
    ws.append(["Delmål", "Tiltak", "Type tiltak", "Ansvarlig"])
    ws.append(["2.1", "Kurs for tillitsvalgte", "Kurs", "LO"])
    ws.append([None, "Seminar om kompetanse", "Arrangement", "LO"])
    ws.merge_cells("A3:A4")
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


XLSX = _workbook()
XLSX_PARTS = _parts(XLSX)


def _central_directory_at(data: bytes) -> int:
    end = data.rfind(b"PK\x05\x06")
    return struct.unpack("<I", data[end + 16 : end + 20])[0]


@BOUNDED
@given(ops=mutations)
def test_mutated_xlsx_bytes_raise_only_report_errors(ops):
    parse_bytes(mutate(XLSX, ops), ".xlsx")


@BOUNDED
@given(ops=mutations)
def test_mutated_xlsx_members_raise_only_report_errors(ops):
    """The ZIP's directory kept, so more examples get past it to openpyxl."""
    at = _central_directory_at(XLSX)
    parse_bytes(mutate(XLSX[:at], ops) + XLSX[at:], ".xlsx")


@BOUNDED
@given(edit=xml_part_edits(XLSX_PARTS, tuple(n for n in XLSX_PARTS if n.endswith((".xml", ".rels")))))
def test_xlsx_with_edited_xml_parts_raises_only_report_errors(edit):
    part, xml = edit
    parse_bytes(_rezip({**XLSX_PARTS, part: xml}), ".xlsx")


def test_the_workbook_the_mutated_ones_come_from_is_read():
    assert parse_bytes(XLSX, ".xlsx") == "xlsx"


# --------------------------------------------------------------------- one damaged Word file per kind
def _word_file(change=None) -> bytes:
    """A small report (heading, list, a table) with `change(document)` applied to its XML before saving."""
    d = docx.Document()
    d.add_heading("Rapport fra LO 2018", 1)
    d.add_paragraph("Første punkt", style="List Number")
    t = d.add_table(rows=2, cols=2)
    for c, (head, value) in enumerate((("Tiltak", "Kurs for tillitsvalgte"), ("Delmål", "2.1"))):
        t.cell(0, c).text, t.cell(1, c).text = head, value
    if change:
        change(d)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _grid_span(value: str):
    def change(d):
        span = OxmlElement("w:gridSpan")
        span.set(qn("w:val"), value)
        d.tables[0].rows[1].cells[0]._tc.get_or_add_tcPr().append(span)
    return change


def _ilvl(value: str):
    def change(d):
        p = d.paragraphs[1]._p
        num = p.get_or_add_pPr().get_or_add_numPr()
        num.get_or_add_ilvl().set(qn("w:val"), value)
        num.get_or_add_numId().set(qn("w:val"), "1")
    return change


def _member_data_offset(data: bytes, name: str) -> int:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        info = z.getinfo(name)
    n, extra = struct.unpack("<HH", data[info.header_offset + 26 : info.header_offset + 30])
    return info.header_offset + 30 + n + extra


def _broken_deflate(data: bytes, name: str = "word/document.xml") -> bytes:
    out = bytearray(data)
    at = _member_data_offset(data, name)
    out[at] = 0xFF  # a final deflate block of the reserved type 3: "invalid block type"
    return bytes(out)


def _central_field(data: bytes, offset: int, value: int) -> bytes:
    """Set a 16-bit field of every central directory entry."""
    out = bytearray(data)
    at = out.find(b"PK\x01\x02")
    while at >= 0:
        out[at + offset : at + offset + 2] = struct.pack("<H", value)
        at = out.find(b"PK\x01\x02", at + 4)
    return bytes(out)


def _set_part(name: str, text: bytes):
    def change(data: bytes) -> bytes:
        parts = _parts(data)
        parts[name] = text
        return _rezip(parts)
    return change


def _content_type(part: str, new: str):
    def change(data: bytes) -> bytes:
        parts = _parts(data)
        xml = parts["[Content_Types].xml"]
        at = xml.index(f'PartName="{part}"'.encode())
        start = xml.index(b'ContentType="', at) + len(b'ContentType="')
        end = xml.index(b'"', start)
        parts["[Content_Types].xml"] = xml[:start] + new.encode() + xml[end:]
        return _rezip(parts)
    return change


def _set_rel_target(rels: str, old: str, new: str):
    def change(data: bytes) -> bytes:
        parts = _parts(data)
        parts[rels] = parts[rels].replace(f'Target="{old}"'.encode(), f'Target="{new}"'.encode())
        assert parts[rels] != _parts(data)[rels]
        return _rezip(parts)
    return change


def _cut_before_central_directory(data: bytes) -> bytes:
    """100 bytes gone from the middle of the first member: every offset in the directory now points past."""
    at = _member_data_offset(data, "[Content_Types].xml") + 20
    return data[:at] + data[at + 100 :]


GOOD = _word_file()
DAMAGED_WORD_FILES = {
    "deflate data broken (zlib.error)": _broken_deflate(GOOD),
    "member offsets negative (OSError EINVAL)": _cut_before_central_directory(GOOD),
    "zip 'version needed' 14.8 (NotImplementedError)": _central_field(GOOD, 6, 148),
    "unknown compression method (NotImplementedError)": _central_field(GOOD, 10, 99),
    "[Content_Types] Override without PartName (AttributeError)": _set_part(
        "[Content_Types].xml",
        b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        b'<Override ContentType="application/xml"/></Types>')(GOOD),
    "numbering part of another content type (AttributeError)": _content_type("/word/numbering.xml", "application/xml")(GOOD),
    "styles part of another content type (AttributeError)": _content_type("/word/styles.xml", "application/xml")(GOOD),
    "non-numeric w:gridSpan (ValueError)": _word_file(_grid_span("to")),
    "non-numeric w:ilvl (ValueError)": _word_file(_ilvl("a")),
    "core-properties relationship pointing at the document (RecursionError)": _set_rel_target(
        "_rels/.rels", "docProps/core.xml", "/word/document.xml")(GOOD),
    "styles relationship pointing at the document (RecursionError)": _set_rel_target(
        "word/_rels/document.xml.rels", "styles.xml", "/word/document.xml")(GOOD),
}


@pytest.mark.parametrize("case", list(DAMAGED_WORD_FILES))
def test_damaged_word_files(case):
    """One Word file per kind of damage the property tests above found escaping as a non-ReportError;
    each goes to the Word parser, whatever detect makes of it."""
    parse_bytes(DAMAGED_WORD_FILES[case], ".docx", as_format="docx")


def test_the_word_file_the_damaged_ones_come_from_is_read():
    """So the cases above fail for their damage, not for the file they start from."""
    assert GOOD.startswith(b"PK\x03\x04")
    for name, data in DAMAGED_WORD_FILES.items():
        assert data != GOOD and data.startswith(b"PK"), name
    assert parse_bytes(GOOD, ".docx") == "docx"


def test_a_huge_grid_span_does_not_blow_up_the_table():
    """A cell spanning 200,000 columns (Word's limit is 63): a few bytes must not ask for gigabytes."""
    data = _word_file(_grid_span("200000"))
    with tempfile.TemporaryDirectory(prefix="tiltak-prop-") as tmp:
        path = Path(tmp) / "rapport.docx"
        path.write_bytes(data)
        try:
            content = parser_for("docx").parse(path, path.name, ParseOptions())
        except ReportError:
            return
    assert all(len(row) <= 63 for t in content.tables for row in t.rows)


# ------------------------------------------------------------------------- detect on damaged ZIPs
def _odt(deflated_mimetype: bool) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("mimetype", b"application/vnd.oasis.opendocument.text",
                   compress_type=zipfile.ZIP_DEFLATED if deflated_mimetype else zipfile.ZIP_STORED)
        z.writestr("content.xml", b"<office:document-content/>", compress_type=zipfile.ZIP_DEFLATED)
    return buf.getvalue()


def test_detect_reads_a_sound_odt():
    with tempfile.TemporaryDirectory(prefix="tiltak-prop-") as tmp:
        path = Path(tmp) / "rapport.odt"
        path.write_bytes(_odt(deflated_mimetype=True))
        assert detect(path) == "odt"


def _bad_utf8_name(data: bytes) -> bytes:
    """The first directory entry flagged as a UTF-8 name (bit 11) whose first byte is no UTF-8."""
    out = bytearray(data)
    at = out.find(b"PK\x01\x02")
    (flags,) = struct.unpack("<H", out[at + 8 : at + 10])
    out[at + 8 : at + 10] = struct.pack("<H", flags | 0x800)
    out[at + 46] = 0x9B
    return bytes(out)


DAMAGED_ZIPS = {
    "ODT whose deflated mimetype is broken (zlib.error)": _broken_deflate(_odt(True), "mimetype"),
    "Word file with zip 'version needed' 14.8 (NotImplementedError)": _central_field(GOOD, 6, 148),
    "ODT whose mimetype uses an unknown compression method (NotImplementedError)": _central_field(_odt(True), 10, 99),
    "ZIP whose directory marks a name UTF-8 that is not (UnicodeDecodeError)": _bad_utf8_name(_odt(False)),
}


@pytest.mark.parametrize("case", list(DAMAGED_ZIPS))
def test_detect_never_raises_on_damaged_zips(case):
    """detect runs while the inbox is listed, outside extract_document: one such file would stop the run."""
    with tempfile.TemporaryDirectory(prefix="tiltak-prop-") as tmp:
        path = Path(tmp) / "rapport.odt"
        path.write_bytes(DAMAGED_ZIPS[case])
        assert detect(path) in LABELS
