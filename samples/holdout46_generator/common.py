"""Shared helpers for the held-out round 45 generator (reporting year 2066).

Everything here is deterministic: fixed timestamps, fixed metadata, sorted
zip entries, and patched PDF dates/IDs for LibreOffice exports.
"""
from __future__ import annotations

import datetime as _dt
import os
import re
import shutil
import subprocess
import tempfile
import zipfile
from dataclasses import dataclass, field
from xml.sax.saxutils import escape as _xml_escape

FIXED_DT = _dt.datetime(2067, 1, 15, 9, 30, 0)
FIXED_ZIP_DT = (2067, 1, 15, 9, 30, 0)
YEAR = 2066

TYPES = (
    "FoU",
    "Kurs/utdanning",
    "Råd/utvalg/nettverk",
    "Prosjekt",
    "Informasjon",
    "Arrangement",
)

DELMAL = (
    "1.1", "1.2", "1.3", "1.4",
    "2.1", "2.2", "2.3", "2.4", "2.5", "2.6",
    "3.1", "3.2", "3.3", "3.4", "3.5", "3.6",
)

MEMBERS = (
    "Regjeringen", "LO", "NHO", "Unio", "KS", "YS", "Virke", "Akademikerne",
    "Spekter", "VOFO", "UHR", "Fagskolerådet", "Kompetanseforbundet",
    "Sametinget", "Østfold fylkeskommune", "Akershus fylkeskommune",
    "Oslo kommune", "Hedmark fylkeskommune", "Oppland fylkeskommune",
    "Buskerud fylkeskommune", "Vestfold fylkeskommune", "Telemark fylkeskommune",
    "Aust-Agder fylkeskommune", "Vest-Agder fylkeskommune",
    "Rogaland fylkeskommune", "Hordaland fylkeskommune",
    "Sogn og Fjordane fylkeskommune", "Vestland fylkeskommune",
    "Møre og Romsdal fylkeskommune", "Trøndelag fylkeskommune",
    "Nordland fylkeskommune", "Troms fylkeskommune", "Finnmark fylkeskommune",
    "Viken fylkeskommune", "Innlandet fylkeskommune",
    "Vestfold og Telemark fylkeskommune", "Agder fylkeskommune",
    "Troms og Finnmark fylkeskommune",
)

# Shared councils -> seed id (one id per council, same across members)
COUNCIL_IDS = {
    "KBU": "M01",
    "SRY": "M02",
    "RSA": "M03",
    "UHR-FSE": "M04",
    "FSR": "M05",
    "NFK": "M06",
}
# The delmål the secretariat files each council under (kept consistent).
COUNCIL_DELMAL = {
    "M01": "1.1",
    "M02": "1.4",
    "M03": "1.4",
    "M04": "1.4",
    "M05": "1.4",
    "M06": "1.3",
}


@dataclass
class T:
    """One truth row (one measure as reported by one member in one file)."""

    tiltak: str
    seed: str
    delmal: str
    type: str
    ansvarlig: str = ""
    partnere: str = ""
    beskrivelse: str = ""


@dataclass
class FileResult:
    filename: str
    member: str | None  # None = not a member report
    fmt: str  # format / how made
    shape: str
    rows: list[T] = field(default_factory=list)
    note: str = ""


def esc(s: str) -> str:
    return _xml_escape(s, {'"': "&quot;"})


# ---------------------------------------------------------------- zip utils
def rezip(path: str, first: str | None = None, stored: tuple[str, ...] = ()) -> None:
    """Rewrite a zip container with fixed timestamps and sorted entries."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    names = sorted(n for n, _ in items)
    if first and first in names:
        names.remove(first)
        names.insert(0, first)
    data = dict(items)
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w") as zout:
        for n in names:
            zi = zipfile.ZipInfo(n, date_time=FIXED_ZIP_DT)
            zi.create_system = 0
            zi.external_attr = 0o644 << 16
            if n in stored:
                zi.compress_type = zipfile.ZIP_STORED
            else:
                zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data[n], compresslevel=9 if n not in stored else None)
    os.replace(tmp, path)


def write_zip(path: str, entries: list[tuple[str, bytes | str]], stored: tuple[str, ...] = ()) -> None:
    with zipfile.ZipFile(path, "w") as z:
        for name, blob in entries:
            if isinstance(blob, str):
                blob = blob.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_DT)
            zi.create_system = 0
            zi.external_attr = 0o644 << 16
            zi.compress_type = zipfile.ZIP_STORED if name in stored else zipfile.ZIP_DEFLATED
            z.writestr(zi, blob)


# ---------------------------------------------------------------- docx utils
def docx_fix_props(doc, author: str, title: str) -> None:
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 3
    cp.comments = ""
    cp.keywords = ""
    cp.subject = ""
    cp.category = ""


def save_docx(doc, path: str, author: str, title: str) -> None:
    docx_fix_props(doc, author, title)
    doc.save(path)
    rezip(path, first="[Content_Types].xml")


def save_xlsx(wb, path: str, author: str, title: str) -> None:
    p = wb.properties
    p.creator = author
    p.lastModifiedBy = author
    p.title = title
    p.created = FIXED_DT
    p.modified = FIXED_DT
    wb.save(path)
    rezip(path, first="[Content_Types].xml")
    # openpyxl stamps "modified" at save time; patch it inside docProps/core.xml
    _patch_zip_member(path, "docProps/core.xml",
                      lambda s: re.sub(r"(<dcterms:modified[^>]*>)[^<]*(<)",
                                       r"\g<1>2067-01-15T09:30:00Z\2", s))


def _patch_zip_member(path: str, member: str, fn) -> None:
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    out = []
    for n, b in items:
        if n == member:
            b = fn(b.decode("utf-8")).encode("utf-8")
        out.append((n, b))
    write_zip(path, out)


# ---------------------------------------------------------------- LibreOffice
def soffice_convert(src: str, out_dir: str, target: str = "pdf") -> str:
    """Convert with headless LibreOffice using a private profile; return output path."""
    profile = os.path.join(tempfile.gettempdir(), "h46_lo_profile")
    with tempfile.TemporaryDirectory() as td:
        cmd = [
            "soffice", f"-env:UserInstallation=file://{profile}", "--headless",
            "--convert-to", target, "--outdir", td, src,
        ]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=240)
        base = os.path.splitext(os.path.basename(src))[0]
        ext = target.split(":")[0]
        produced = os.path.join(td, base + "." + ext)
        if not os.path.exists(produced):
            raise RuntimeError(f"soffice produced nothing for {src}")
        dst = os.path.join(out_dir, base + "." + ext)
        shutil.copyfile(produced, dst)
    return dst


def stabilise_pdf(path: str) -> None:
    """Replace creation dates and document IDs with fixed same-length values."""
    with open(path, "rb") as fh:
        data = fh.read()

    def fix_date(m):
        orig = m.group(2)
        fixed = b"D:20670115093000+01'00'"
        if len(fixed) >= len(orig):
            fixed = fixed[: len(orig)]
        else:
            fixed = fixed.ljust(len(orig), b" ")
        return m.group(1) + fixed + m.group(3)

    data = re.sub(rb"(/(?:CreationDate|ModDate)\s*\()([^)]*)(\))", fix_date, data)

    def fix_ids(m):
        return re.sub(rb"<([0-9A-Fa-f]+)>", lambda k: b"<" + b"7" * len(k.group(1)) + b">", m.group(0))

    data = re.sub(rb"/ID\s*\[\s*<[0-9A-Fa-f]+>\s*<[0-9A-Fa-f]+>\s*\]", fix_ids, data)
    data = re.sub(rb"(/DocChecksum\s*/)([0-9A-Fa-f]+)", lambda m: m.group(1) + b"7" * len(m.group(2)), data)
    with open(path, "wb") as fh:
        fh.write(data)


# ---------------------------------------------------------------- ODF writer
ODF_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
    'xmlns:xlink="http://www.w3.org/1999/xlink" '
    'office:version="1.2"'
)


def odf_package(path: str, mimetype: str, content_body: str, auto_styles: str,
                styles_xml_inner: str, title: str, author: str,
                master_styles: str = "", lang: str = "nb") -> None:
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f"<office:document-content {ODF_NS}>"
        '<office:font-face-decls xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>'
        f"<office:automatic-styles>{auto_styles}</office:automatic-styles>"
        f"<office:body>{content_body}</office:body></office:document-content>"
    )
    styles = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f"<office:document-styles {ODF_NS}>"
        f"<office:styles>{styles_xml_inner}</office:styles>"
        f"{master_styles}"
        "</office:document-styles>"
    )
    meta = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f"<office:document-meta {ODF_NS}><office:meta>"
        f"<dc:title>{esc(title)}</dc:title>"
        f"<meta:initial-creator>{esc(author)}</meta:initial-creator>"
        f"<dc:creator>{esc(author)}</dc:creator>"
        f"<dc:language>{lang}-NO</dc:language>"
        "<meta:creation-date>2067-01-15T09:30:00</meta:creation-date>"
        "<dc:date>2067-01-15T09:30:00</dc:date>"
        "<meta:generator>Kontorstøtte/2066</meta:generator>"
        "</office:meta></office:document-meta>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
        f'<manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="{mimetype}"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
        '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    write_zip(path, [
        ("mimetype", mimetype),
        ("content.xml", content),
        ("styles.xml", styles),
        ("meta.xml", meta),
        ("META-INF/manifest.xml", manifest),
    ], stored=("mimetype",))


ODT_BASE_STYLES = (
    '<style:default-style style:family="paragraph">'
    '<style:paragraph-properties fo:margin-bottom="0.18cm"/>'
    '<style:text-properties style:font-name="Liberation Serif" fo:font-family="\'Liberation Serif\'" fo:font-size="11pt" fo:language="nb" fo:country="NO"/>'
    "</style:default-style>"
    '<style:style style:name="Standard" style:family="paragraph" style:class="text"/>'
    '<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="1">'
    '<style:paragraph-properties fo:margin-top="0.5cm" fo:margin-bottom="0.25cm"/>'
    '<style:text-properties fo:font-size="16pt" fo:font-weight="bold"/></style:style>'
    '<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="2">'
    '<style:paragraph-properties fo:margin-top="0.4cm" fo:margin-bottom="0.2cm"/>'
    '<style:text-properties fo:font-size="13pt" fo:font-weight="bold"/></style:style>'
    '<style:style style:name="Heading_20_3" style:display-name="Heading 3" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="3">'
    '<style:text-properties fo:font-size="11.5pt" fo:font-weight="bold" fo:font-style="italic"/></style:style>'
    '<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard">'
    '<style:text-properties fo:font-size="20pt" fo:font-weight="bold"/></style:style>'
)

ODT_AUTO_STYLES = (
    '<style:style style:name="Tb" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>'
    '<style:style style:name="Ti" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>'
    '<style:style style:name="Psmall" style:family="paragraph" style:parent-style-name="Standard">'
    '<style:text-properties fo:font-size="9pt" fo:color="#555555"/></style:style>'
    '<style:style style:name="Pind" style:family="paragraph" style:parent-style-name="Standard">'
    '<style:paragraph-properties fo:margin-left="0.8cm" fo:text-indent="-0.8cm"/></style:style>'
    '<style:style style:name="Pright" style:family="paragraph" style:parent-style-name="Standard">'
    '<style:paragraph-properties fo:text-align="end"/></style:style>'
)


def odt_p(text: str, style: str = "Standard") -> str:
    return f'<text:p text:style-name="{style}">{odt_inline(text)}</text:p>'


def odt_h(text: str, level: int = 1) -> str:
    return (f'<text:h text:style-name="Heading_20_{level}" text:outline-level="{level}">'
            f"{odt_inline(text)}</text:h>")


def odt_inline(text: str) -> str:
    """Very small markup: **bold**, //italic//, tabs as \t, line breaks as \n."""
    out = []
    pos = 0
    for m in re.finditer(r"\*\*(.+?)\*\*|//(.+?)//", text):
        out.append(_odt_plain(text[pos:m.start()]))
        if m.group(1) is not None:
            out.append(f'<text:span text:style-name="Tb">{_odt_plain(m.group(1))}</text:span>')
        else:
            out.append(f'<text:span text:style-name="Ti">{_odt_plain(m.group(2))}</text:span>')
        pos = m.end()
    out.append(_odt_plain(text[pos:]))
    return "".join(out)


def _odt_plain(s: str) -> str:
    s = esc(s)
    s = s.replace("\t", "<text:tab/>").replace("\n", "<text:line-break/>")
    # preserve runs of spaces
    s = re.sub(r"  +", lambda m: " " + f'<text:s text:c="{len(m.group(0)) - 1}"/>', s)
    return s
