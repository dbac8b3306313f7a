"""The hostile corpus: small broken and hostile documents, built by this script, kept in documents/hostile/.

`python -m tests.parsers.hostile_corpus` rewrites the folder; tests/parsers/test_hostile.py checks the
committed files are what this builds and runs `tiltak run` over all of them. Every builder takes the
base URL that linked content points at (a loopback listener in the tests; port 9, where nothing
listens, in the committed files) and returns the file's bytes, the same on every run.
PDF cases go in PDF_CASES, built with `_pdf`.
"""

from __future__ import annotations

import hashlib
import re
import struct
import sys
import zipfile
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from typing import Callable

FOLDER = Path(__file__).resolve().parent / "documents" / "hostile"
COMMITTED_URL = "http://127.0.0.1:9"
MAX_BYTES = 50 * 1024


@dataclass(frozen=True)
class Case:
    name: str  # the file name: what the case shows
    build: Callable[[str], bytes]
    outcome: str  # run.json's outcome
    kind: str | None  # run.json's rejection kind
    says: str  # a phrase the rejection (or, for a file read, its converted_from) contains
    tool: str = ""  # the system tool reading it needs: "soffice", "calc"


# ---------------------------------------------------------------------------------------------
# Containers: ZIP with fixed times, a PDF from its objects, an OLE2 compound file


def _zip(members: dict[str, bytes | str]) -> bytes:
    out = BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, data in members.items():
            info = zipfile.ZipInfo(name, date_time=(2018, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            z.writestr(info, data.encode("utf-8") if isinstance(data, str) else data, compresslevel=9)
    return out.getvalue()


def _pdf(objects: list[bytes]) -> bytes:
    """A PDF of the given objects (numbered from 1; object 1 is the catalogue), with a correct xref table."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % at for at in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def _ole(streams: dict[str, bytes]) -> bytes:
    """An OLE2 compound file (version 3) holding streams of exactly 4096 bytes each (so no mini stream)."""
    end, free, fat_sector, none = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD, 0xFFFFFFFF
    assert 0 < len(streams) <= 3 and all(len(d) == 4096 for d in streams.values())
    fat = [fat_sector, end]  # sector 0: the FAT, sector 1: the directory
    starts = []
    for _ in streams:
        starts.append(len(fat))
        fat += [len(fat) + k + 1 for k in range(7)] + [end]
    fat += [free] * (128 - len(fat))

    def entry(name: str, kind: int, child: int, right: int, start: int, size: int) -> bytes:
        encoded = (name + "\0").encode("utf-16-le") if name else b""
        return (encoded.ljust(64, b"\0") + struct.pack("<HBBIII", len(encoded), kind, 1, none, right, child)
                + b"\0" * 16 + b"\0" * 4 + b"\0" * 16 + struct.pack("<IQ", start, size))

    # Siblings ordered by name length, then name: a right-leaning chain of black nodes is a valid tree.
    names = sorted(streams, key=lambda n: (len(n), n.upper()))
    directory = entry("Root Entry", 5, 1, none, end, 0)
    for k, name in enumerate(names, start=1):
        directory += entry(name, 2, none, k + 1 if k < len(names) else none, starts[list(streams).index(name)], 4096)
    directory = directory.ljust(512, b"\0")
    header = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 16 + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
              + b"\0" * 6 + struct.pack("<IIIIIIIII", 0, 1, 1, 0, 4096, end, 0, end, 0)
              + struct.pack("<I", 0) + struct.pack("<I", free) * 108)
    return header + struct.pack("<128I", *fat) + directory + b"".join(streams.values())


def _noise(seed: str, size: int) -> bytes:
    """Bytes that look like ciphertext, the same every time."""
    out, block = b"", seed.encode()
    while len(out) < size:
        block = hashlib.sha256(block).digest()
        out += block
    return out[:size]


# ---------------------------------------------------------------------------------------------
# Word, Excel and OpenDocument files written part by part

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
ROWS = (("Delmål", "Tiltak", "Type tiltak"), ("1.1", "Kompetansebehovsutvalget", "Råd/utvalg/nettverk"),
        ("2.3", "Kurs i grunnleggende ferdigheter", "Kurs/utdanning"))
_PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"


def _document_xml(text_after: str = "") -> str:
    cells = "".join(
        "<w:tr>" + "".join(f"<w:tc><w:p><w:r><w:t>{c}</w:t></w:r></w:p></w:tc>" for c in row) + "</w:tr>" for row in ROWS
    )
    grid = "<w:tblGrid>" + '<w:gridCol w:w="3000"/>' * 3 + "</w:tblGrid>"
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<w:document xmlns:w="{W}" xmlns:r="{R}"><w:body><w:p><w:r><w:t>Rapport fra LO 2018{text_after}</w:t>'
            f"</w:r></w:p><w:tbl>{grid}{cells}</w:tbl></w:body></w:document>")


def _docx(document: str | None = None, extra_rels: str = "", extra: dict[str, bytes | str] | None = None) -> dict:
    return {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
        'package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/'
        'document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        "</Types>",
        "_rels/.rels": f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{_PKG_RELS}"><Relationship '
        f'Id="rId1" Type="{R}/officeDocument" Target="word/document.xml"/></Relationships>',
        "word/_rels/document.xml.rels": f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{_PKG_RELS}">'
        f"{extra_rels}</Relationships>",
        "word/document.xml": document or _document_xml(),
        **(extra or {}),
    }


def _xlsx(cells: dict[str, str] | None = None, dtd: str = "") -> dict:
    cells = cells or {f"{'ABC'[c]}{r + 1}": text for r, row in enumerate(ROWS) for c, text in enumerate(row)}
    by_row: dict[int, list[str]] = {}
    for ref, text in cells.items():
        by_row.setdefault(int(re.sub(r"\D", "", ref)), []).append(
            f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>')
    rows = "".join(f'<row r="{n}">{"".join(cs)}</row>' for n, cs in sorted(by_row.items()))
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    return {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
        'package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/'
        'workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.'
        'spreadsheetml.worksheet+xml"/></Types>',
        "_rels/.rels": f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{_PKG_RELS}"><Relationship '
        f'Id="rId1" Type="{R}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{main}" xmlns:r="{R}"><sheets>'
        '<sheet name="Tiltak" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{_PKG_RELS}">'
        f'<Relationship Id="rId1" Type="{R}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": f'<?xml version="1.0" encoding="UTF-8"?>{dtd}<worksheet xmlns="{main}">'
        f"<sheetData>{rows}</sheetData></worksheet>",
    }


_STRICT_NAMES = {"extended-properties": "extendedProperties", "custom-properties": "customProperties"}
_TRANSITIONAL = re.compile(r"http://schemas\.openxmlformats\.org/(officeDocument|wordprocessingml|spreadsheetml|"
                           r"drawingml|presentationml)/2006/([A-Za-z-]+)")


def _strict(members: dict) -> dict:
    """The same package as Word's and Excel's "Strict Open XML" format writes it: other namespaces, conformance set."""
    def rename(m: re.Match) -> str:
        return f"http://purl.oclc.org/ooxml/{m.group(1)}/{_STRICT_NAMES.get(m.group(2), m.group(2))}"

    out = {}
    for name, data in members.items():
        data = _TRANSITIONAL.sub(rename, data)
        out[name] = data.replace("<w:document ", '<w:document w:conformance="strict" ', 1).replace(
            "<workbook ", '<workbook conformance="strict" ', 1)
    return out


ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
          'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:xlink="http://www.w3.org/1999/xlink"')
_MANIFEST_NS = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"


def _odf(kind: str, body: str, prologue: str = "", encrypted: bool = False) -> bytes:
    mime = f"application/vnd.oasis.opendocument.{kind}"
    part = "text" if kind == "text" else "spreadsheet" if kind == "spreadsheet" else "presentation"
    content = (f'<?xml version="1.0" encoding="UTF-8"?>{prologue}<office:document-content {ODF_NS} office:version="1.2">'
               f"<office:body><office:{part}>{body}</office:{part}></office:body></office:document-content>")
    secret = ""
    if encrypted:
        # What LibreOffice writes for a password-protected file: the parts are ciphertext, the manifest says how.
        secret = ('<manifest:encryption-data manifest:checksum-type="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0#'
                  'sha256-1k" manifest:checksum="AAAA"><manifest:algorithm manifest:algorithm-name="http://www.w3.org/'
                  '2001/04/xmlenc#aes256-cbc" manifest:initialisation-vector="AAAA"/><manifest:key-derivation '
                  'manifest:key-derivation-name="PBKDF2" manifest:key-size="32" manifest:iteration-count="100000" '
                  'manifest:salt="AAAA"/></manifest:encryption-data>')
        content = _noise(kind, 600)
    manifest = (f'<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="{_MANIFEST_NS}" '
                f'manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="{mime}"/>'
                f'<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml">{secret}'
                "</manifest:file-entry></manifest:manifest>")
    return _zip({"mimetype": mime, "content.xml": content, "META-INF/manifest.xml": manifest})


def _odt_text() -> str:
    return "<text:p>Rapport fra LO 2018</text:p>"


def _dtd(root: str, laughs: bool = False) -> str:
    """A DTD declaring a SYSTEM entity that would read a local file, and a billion laughs (10^6 'lol's expanded)."""
    lol = ['<!ENTITY lol0 "lol">'] + [f'<!ENTITY lol{i} "{("&lol%d;" % (i - 1)) * 10}">' for i in range(1, 7)]
    return f'<!DOCTYPE {root} [{"".join(lol) if laughs else ""}<!ENTITY ext SYSTEM "file:///etc/hostname">]>'


# ---------------------------------------------------------------------------------------------
# The cases


def odt_image_linked_by_url(url: str) -> bytes:
    frame = (f'<text:p><draw:frame draw:name="logo" svg:width="2cm" svg:height="2cm" text:anchor-type="paragraph">'
             f'<draw:image xlink:href="{url}/sporing.png" xlink:type="simple" xlink:show="embed" '
             'xlink:actuate="onLoad"/></draw:frame></text:p>')
    return _odf("text", _odt_text() + frame)


def rtf_includepicture_field(url: str) -> bytes:
    return (r"{\rtf1\ansi{\b Rapport fra LO 2018}\par{\field{\*\fldinst { INCLUDEPICTURE \\d "
            + f'"{url}/sporing.png"' + r" \\* MERGEFORMATINET }}{\fldrslt {bilde}}}\par Tiltak\par}").encode()


def docx_external_image(url: str) -> bytes:
    rel = (f'<Relationship Id="rId9" Type="{R}/image" Target="{url}/sporing.png" TargetMode="External"/>')
    return _zip(_docx(extra_rels=rel))


def ods_billion_cells(url: str) -> bytes:
    table = ('<table:table table:name="Ark1"><table:table-row table:number-rows-repeated="1000000">'
             '<table:table-cell table:number-columns-repeated="1000" office:value-type="string"><text:p>Tiltak</text:p>'
             "</table:table-cell></table:table-row></table:table>")
    return _odf("spreadsheet", table)


def xlsx_cells_far_apart(url: str) -> bytes:
    return _zip(_xlsx({"A1": "Tiltak", "XFD1048576": "x"}))


def ods_password(url: str) -> bytes:
    return _odf("spreadsheet", "", encrypted=True)


def odt_password(url: str) -> bytes:
    return _odf("text", "", encrypted=True)


def docx_password(url: str) -> bytes:
    # A password-protected DOCX is an OLE2 file holding the encryption header and the encrypted package.
    info = (b"\x04\x00\x04\x00\x40\x00\x00\x00" + b'<?xml version="1.0" encoding="UTF-8"?><encryption xmlns='
            b'"http://schemas.microsoft.com/office/2006/encryption"/>').ljust(4096, b"\0")
    return _ole({"EncryptionInfo": info, "EncryptedPackage": _noise("pakke", 4096)})


def docx_dtd_system_entity(url: str) -> bytes:
    # Read with the entity left unexpanded, "ETTER" would silently vanish from the text.
    return _zip(_docx(_document_xml(" &ext; ETTER").replace("?>\n", "?>\n" + _dtd("w:document"), 1)))


def docx_billion_laughs(url: str) -> bytes:
    return _zip(_docx(_document_xml("&lol6;").replace("?>\n", "?>\n" + _dtd("w:document", laughs=True), 1)))


def xlsx_dtd_entity(url: str) -> bytes:
    return _zip(_xlsx({"A1": "Tiltak &ext; etter"}, dtd=_dtd("worksheet")))


def odt_dtd_entity(url: str) -> bytes:
    return _odf("text", "<text:p>Rapport &ext; etter</text:p>", prologue=_dtd("office:document-content"))


def docx_strict(url: str) -> bytes:
    return _zip(_strict(_docx()))


def xlsx_strict(url: str) -> bytes:
    return _zip(_strict(_xlsx()))


def xlsb_workbook(url: str) -> bytes:
    return _zip({"[Content_Types].xml": "<Types/>", "xl/workbook.bin": b"\x83\x01\x00" + _noise("xlsb", 200)})


def pptx_presentation(url: str) -> bytes:
    return _zip({"[Content_Types].xml": "<Types/>", "ppt/presentation.xml": "<p:presentation/>"})


def odp_presentation(url: str) -> bytes:
    return _odf("presentation", "<draw:page/>")


def docx_zip_bomb(url: str) -> bytes:
    return _zip(_docx(extra={"word/media/image1.png": b"\0" * (11 * 1024 * 1024)}))


def docx_truncated(url: str) -> bytes:
    whole = _zip(_docx())
    return whole[: len(whole) // 2]


def docx_broken_xml(url: str) -> bytes:
    document = _document_xml()
    return _zip(_docx(document[: len(document) // 2]))


def doc_broken_ole(url: str) -> bytes:
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + _noise("ole", 3000)


CASES = [
    # Read, but they hold no tiltak: not «lest» (issue 12, never a quiet zero).
    Case("odt-image-linked-by-url.odt", odt_image_linked_by_url, "parsed_no_tiltak", None, "ODT via LibreOffice",
         "soffice"),
    Case("rtf-includepicture-field.rtf", rtf_includepicture_field, "parsed_no_tiltak", None, "RTF via LibreOffice",
         "soffice"),
    Case("docx-external-image.docx", docx_external_image, "parsed", None, ""),
    Case("ods-billion-cells.ods", ods_billion_cells, "rejected", "too_large", "spenner over 1000000 rader og 1000 kolonner"),
    Case("xlsx-cells-far-apart.xlsx", xlsx_cells_far_apart, "rejected", "too_large", "spenner over 1048576 rader"),
    Case("ods-password.ods", ods_password, "rejected", "encrypted", "ODS-filen er passordbeskyttet"),
    Case("odt-password.odt", odt_password, "rejected", "encrypted", "ODT-filen er passordbeskyttet"),
    Case("docx-password.docx", docx_password, "rejected", "encrypted", "passordbeskyttet"),
    Case("docx-dtd-system-entity.docx", docx_dtd_system_entity, "rejected", "unsafe_content", "Word-filen inneholder en DTD"),
    Case("docx-billion-laughs.docx", docx_billion_laughs, "rejected", "unsafe_content", "Word-filen inneholder en DTD"),
    Case("xlsx-dtd-entity.xlsx", xlsx_dtd_entity, "rejected", "unsafe_content", "Excel-filen inneholder en DTD"),
    Case("odt-dtd-entity.odt", odt_dtd_entity, "rejected", "unsafe_content", "ODT-filen inneholder en DTD"),
    Case("docx-strict.docx", docx_strict, "converted", None, "Word (Strict Open XML) via LibreOffice", "soffice"),
    Case("xlsx-strict.xlsx", xlsx_strict, "converted", None, "Excel (Strict Open XML) via LibreOffice", "calc"),
    # Read through LibreOffice like the other formats a member may save in; this one's workbook part is noise.
    Case("xlsb-workbook.xlsb", xlsb_workbook, "rejected", "damaged", "LibreOffice kunne ikke åpne filen som binær Excel (XLSB)",
         "calc"),
    Case("pptx-presentation.pptx", pptx_presentation, "rejected", "damaged", "presentasjonen (PPTX) kan ikke åpnes"),
    # Read through LibreOffice as PPTX: a deck of one empty slide names no member and holds no tiltak.
    Case("odp-presentation.odp", odp_presentation, "rejected", "not_a_report", "ikke en rapport", "soffice"),
    Case("docx-zip-bomb.docx", docx_zip_bomb, "rejected", "too_large", "ligner en ZIP-bombe"),
    Case("docx-truncated.docx", docx_truncated, "rejected", "damaged", "Word-filen er skadet"),
    Case("docx-broken-xml.docx", docx_broken_xml, "rejected", "damaged", "Word-filen er skadet (XML-en i den er ødelagt)"),
    Case("doc-broken-ole.doc", doc_broken_ole, "rejected", "damaged", "den eldre Office-filen er skadet"),
]


# PDF cases: the PDF reader's hostile inputs, each a handful of objects given to _pdf.
def pdf_javascript_open_action(url: str) -> bytes:
    stream = b"BT /F1 12 Tf 72 720 Td (Rapport fra LO 2018) Tj ET"
    return _pdf([
        b"<< /Type /Catalog /Pages 2 0 R /OpenAction << /S /JavaScript /JS (app.launchURL\\('%s/js'\\);) >> >>"
        % url.encode(),
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ])


PDF_CASES = [
    Case("pdf-javascript-open-action.pdf", pdf_javascript_open_action, "parsed_no_tiltak", None, ""),
]

ALL_CASES = CASES + PDF_CASES


def build_all(folder: Path, url: str = COMMITTED_URL) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for case in ALL_CASES:
        path = folder / case.name
        path.write_bytes(case.build(url))
        written.append(path)
    return written


if __name__ == "__main__":
    for path in build_all(Path(sys.argv[1]) if len(sys.argv) > 1 else FOLDER):
        print(f"{path.stat().st_size:>7} {path}")
