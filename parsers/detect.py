"""Decides a file's format from its bytes (magic numbers, ZIP contents), never from its name."""

from __future__ import annotations

import bz2
import lzma
import re
import zipfile
import zlib
from pathlib import Path

import olefile

from .dbase import is_dbase
from .dif import DIF_HEAD
from .packed_xml import GZIP_MAGIC
from .smime import encrypted, signed

# Formats a file can be detected as; only some of them have a parser (see registry).
# Labels are what the secretariat reads in messages, so they are Norwegian.
LABELS = {
    "pdf": "PDF",
    "docx": "Word (DOCX)",
    "xlsx": "Excel (XLSX)",
    "docx_strict": "Word (Strict Open XML)",
    "xlsx_strict": "Excel (Strict Open XML)",
    "xlsb": "en binær Excel-arbeidsbok (XLSB)",
    "vsdx": "en Visio-tegning (VSDX)",
    "mediawiki": "en wikieksport (MediaWiki XML)",
    "pptx": "en PowerPoint-presentasjon (PPTX)",
    "odp": "en OpenDocument-presentasjon (ODP)",
    "odg": "en OpenDocument-tegning (ODG)",
    "odb": "en LibreOffice Base-database (ODB)",
    "odt": "OpenDocument-tekst (ODT)",
    "odm": "et OpenDocument-hoveddokument (ODM)",
    "ods": "OpenDocument-regneark (ODS)",
    "doc": "eldre Word/Excel/PowerPoint (DOC/XLS/PPT)",
    "rtf": "RTF",
    "wordml": "et Word 2003 XML-dokument",
    "flatopc": "et Word XML-dokument (Flat OPC)",
    "spreadsheetml": "en Excel 2003 XML-arbeidsbok",
    "fodt": "flat OpenDocument-tekst (FODT)",
    "fods": "flatt OpenDocument-regneark (FODS)",
    "fodp": "en flat OpenDocument-presentasjon (FODP)",
    "image": "et bilde",
    "html": "en nettside (HTML)",
    "mhtml": "en nettside i én fil (MHT)",
    "webarchive": "et nettarkiv fra Safari (WEBARCHIVE)",
    "mindmap": "et tankekart (FreeMind/Freeplane)",
    "drawio": "et diagram (diagrams.net/draw.io)",
    "sqlite": "en SQLite-database",
    "dbase": "en dBase-tabell (DBF)",
    "dif": "en DIF-eksport (DIF)",
    "gnumeric": "et Gnumeric-regneark",
    "abiword": "et AbiWord-dokument (ABW)",
    "slk": "et SYLK-regneark (SLK)",
    "yaml": "en YAML-datafil",
    "mbox": "en e-postmappe (MBOX)",
    "opml": "en disposisjon (OPML)",
    "xliff": "en oversettelsesfil (XLIFF)",
    "feed": "en nyhetsstrøm (Atom/RSS)",
    "scribus": "en Scribus-layout (SLA)",
    "xmind": "et tankekart (XMind)",
    "idml": "en InDesign-pakke (IDML)",
    "sxw": "et OpenOffice.org 1-dokument (SXW)",
    "sxc": "et OpenOffice.org 1-regneark (SXC)",
    "sxi": "en OpenOffice.org 1-presentasjon (SXI)",
    "latex": "LaTeX-kildetekst",
    "notebook": "en Jupyter-notatbok (IPYNB)",
    "text": "ren tekst",
    "eml": "en e-post (EML)",
    "xml": "en XML-eksport",
    "json": "en JSON-eksport",
    "datapackage": "en datapakke (Frictionless Data Package)",
    "csv": "CSV-eksport (CSV)",
    "zip": "et ZIP-arkiv",
    "sevenzip": "et 7z-arkiv",
    "tar": "et tar-arkiv",
    "asic": "en signert pakke (ASiC-E)",
    "p7m": "en signert fil (P7M)",
    "epub": "en e-bok (EPUB)",
    "xps": "en XPS-utskrift",
    "ps": "en PostScript-utskrift",
    "svg": "et SVG-bilde",
    "msg": "en Outlook-e-post (MSG)",
    "emlx": "en Apple Mail-melding (EMLX)",
    "empty": "tom (0 byte)",
    "unknown": "ukjente binærdata",
}

# The ISO media file's major brand: a still AVIF picture or a sequence; HEIC, the iPhone's photo (and its burst).
_PHOTO_BRANDS = (b"avif", b"avis", b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"mif1", b"msf1")
_IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"II*\x00", b"MM\x00*", b"BM")
# An e-mail, or a web page saved as one file, opens with its headers («Received: …», «From: …», «MIME-Version: 1.0»).
_MAIL_HEADER = re.compile(
    rb"^(?:Received|Return-Path|From|To|Subject|Date|Message-ID|MIME-Version|Content-Type|Delivered-To|X-[\w-]+):",
    re.IGNORECASE)
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# «2158»: the byte count Apple Mail writes on the first line of an .emlx file, over the message
EMLX_COUNT = re.compile(rb"^\s*(\d{1,12})[ \t]*\r?\n")
_SEVENZIP = b"7z\xbc\xaf\x27\x1c"
_ODF_MIME = {
    b"application/vnd.oasis.opendocument.text": "odt",
    b"application/vnd.oasis.opendocument.text-template": "odt",
    b"application/vnd.oasis.opendocument.text-master": "odm",
    b"application/vnd.oasis.opendocument.text-master-template": "odm",
    b"application/vnd.oasis.opendocument.spreadsheet": "ods",
    b"application/vnd.oasis.opendocument.spreadsheet-template": "ods",
    b"application/vnd.oasis.opendocument.presentation": "odp",
    b"application/vnd.oasis.opendocument.presentation-template": "odp",
    b"application/vnd.oasis.opendocument.graphics": "odg",
    b"application/vnd.oasis.opendocument.base": "odb",
}
# Packages a «mimetype» member names: an OpenDocument file, an e-book, a signed container of documents.
_PACKAGE_MIME = {**_ODF_MIME, b"application/vnd.sun.xml.writer": "sxw", b"application/vnd.sun.xml.calc": "sxc",
                 b"application/vnd.sun.xml.impress": "sxi", b"application/epub+zip": "epub", b"application/vnd.etsi.asic-e+zip": "asic",
                 b"application/vnd.etsi.asic-s+zip": "asic", b"application/vnd.adobe.indesign-idml-package": "idml"}
# An OpenDocument saved flat (one XML file, «.fodt»): its root names the same MIME type, else its body says the kind.
_FLAT_ODF = {b"text": "fodt", b"spreadsheet": "fods", b"presentation": "fodp", b"graphics": "odg", b"drawing": "odg"}
_ROOT = re.compile(rb"<(?![?!])([\w.:-]+)([^>]*)>")
# Enough of a file to tell a tab-separated text by its first rows, or an XML file by its root element (past the
# prolog and the namespaces it declares).
_SAMPLE = 1 << 16
# Formats no parser reads but a member may well send: how to save them as one that is read.
HOW_TO_SAVE = {
    "odg": "Åpne den i LibreOffice Draw og eksporter den som PDF (Fil > Eksporter som PDF)",
}
# A Strict Open XML package names its main part with this relationship type (Transitional: openxmlformats.org).
_STRICT_MAIN = b"http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument"


# The format a file's name promises; a file is still read by its content, this only explains a mismatch.
FORMAT_OF_SUFFIX = {
    ".pdf": "pdf", ".docx": "docx", ".docm": "docx", ".dotx": "docx", ".dotm": "docx", ".xlsx": "xlsx", ".xlsm": "xlsx",
    ".doc": "doc", ".xls": "doc", ".odt": "odt", ".ods": "ods", ".rtf": "rtf",
    ".png": "image", ".jpg": "image", ".jpeg": "image", ".tif": "image", ".tiff": "image",
    ".gif": "image", ".bmp": "image", ".webp": "image", ".avif": "image", ".heic": "image", ".heif": "image", ".html": "html", ".htm": "html", ".txt": "text", ".md": "text", ".org": "text", ".eml": "eml", ".emlx": "emlx", ".xml": "xml", ".json": "json", ".jsonld": "json", ".jsonl": "json", ".ndjson": "json", ".csv": "csv", ".tsv": "csv", ".zip": "zip", ".7z": "sevenzip", ".tar": "tar", ".tgz": "tar",
    ".xlsb": "xlsb", ".vsdx": "vsdx", ".vsdm": "vsdx", ".pptx": "pptx", ".ppt": "doc", ".odp": "odp", ".odg": "odg", ".odb": "odb", ".ott": "odt", ".ots": "ods",
    ".odm": "odm", ".otm": "odm",
    ".fodt": "fodt", ".fods": "fods", ".fodp": "fodp", ".mht": "mhtml", ".mhtml": "mhtml", ".webarchive": "webarchive", ".mm": "mindmap",
    ".drawio": "drawio", ".dio": "drawio", ".tex": "latex", ".sqlite": "sqlite", ".dbf": "dbase", ".dif": "dif", ".gnumeric": "gnumeric", ".abw": "abiword", ".zabw": "abiword", ".awt": "abiword", ".slk": "slk", ".mbox": "mbox", ".opml": "opml", ".xlf": "xliff", ".atom": "feed", ".sla": "scribus", ".rss": "feed", ".xliff": "xliff", ".sdlxliff": "xliff", ".mqxliff": "xliff", ".xmind": "xmind", ".idml": "idml", ".yaml": "yaml", ".yml": "yaml", ".sxw": "sxw", ".sxc": "sxc", ".sxi": "sxi", ".sqlite3": "sqlite", ".db": "sqlite", ".ipynb": "notebook",
    ".asice": "asic", ".p7m": "p7m", ".sce": "asic", ".epub": "epub", ".xps": "xps", ".oxps": "xps", ".ps": "ps", ".msg": "msg", ".svg": "svg",
}
# Formats whose files are XML all the same: a name «.xml» promises none of them more than another.
_XML_FORMATS = {"webarchive", "wordml", "flatopc", "spreadsheetml", "fodt", "fods", "fodp", "mindmap", "drawio", "opml", "xliff", "feed", "scribus",
                "gnumeric", "abiword", "mediawiki"}
_OFFICE_ZIPS = {"docx", "xlsx", "odt", "odm", "ods", "xlsb", "pptx", "odp", "odg", "vsdx"}
_BROKEN_ZIP_MARKERS = (
    *((m, "docx") for m in (b"word/document.xml", b"word/_rels/", b"word/styles.xml", b"word/theme/")),
    *((m, "xlsx") for m in (b"xl/workbook.xml", b"xl/worksheets/", b"xl/styles.xml", b"xl/theme/")),
    (b"mimetypeapplication/vnd.oasis.opendocument.text", "odt"),
    (b"mimetypeapplication/vnd.oasis.opendocument.spreadsheet", "ods"),
)


def name_mismatch(path: Path, format: str) -> str:
    """'filen heter .pdf, men er en nettside (HTML)' when name and content disagree, else ''."""
    suffix = path.suffix.lower()
    named = FORMAT_OF_SUFFIX.get(suffix)
    if named is None or format.removesuffix("_strict") == named or format == "empty":
        return ""
    if named == "xml" and format in _XML_FORMATS or named == "text" and format == "csv" or named == "json" and (
            format in ("notebook", "datapackage")) or named == "zip" and format == "datapackage":
        return ""
    if format == "zip" and named in _OFFICE_ZIPS:
        return f"filen heter {suffix}, men er et ZIP-arkiv, ikke {LABELS[named]}"
    return f"filen heter {suffix}, men er {LABELS.get(format, format)}"


def _zip_format(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as z:
            names = set(z.namelist())
            if "word/document.xml" in names:
                return "docx_strict" if _strict(z) else "docx"
            if "xl/workbook.xml" in names:
                return "xlsx_strict" if _strict(z) else "xlsx"
            if "xl/workbook.bin" in names:
                return "xlsb"
            if "ppt/presentation.xml" in names:
                return "pptx"
            if "visio/document.xml" in names:
                return "vsdx"
            if "content.json" in names and ("metadata.json" in names or "manifest.json" in names) or (
                    "content.xml" in names and "meta.xml" in names and "mimetype" not in names):
                return "xmind"  # an XMind map: its topics as JSON (XMind 2020 on) or XML (XMind 8)
            if any(n.count("/") <= 1 and n.rsplit("/", 1)[-1] == "datapackage.json" for n in names):
                return "datapackage"  # open data: the descriptor and its CSV files are one report
            if "FixedDocSeq.fdseq" in names or any(n.endswith(".fdseq") for n in names):
                return "xps"  # a print to XPS: its pages are XML, but it is one document, not an archive of them
            if "mimetype" in names:
                with z.open("mimetype") as f:  # at most a line: a huge member must not fill memory here
                    return _PACKAGE_MIME.get(f.read(100).strip(), "zip")
    except Exception:  # noqa: BLE001 -- zipfile raises zlib, unsupported-method and other errors on damage; detect never raises
        # A PK header with a broken directory: most likely a truncated Office file, whose first
        # members' names still say which kind; its parser then reports the damage.
        return _broken_zip_format(path)
    return "zip"


def is_outlook_message(ole: olefile.OleFileIO) -> bool:
    """Whether an OLE2 file is a saved Outlook message: MAPI properties, and a subject or a body among them."""
    return ole.exists("__properties_version1.0") and any(
        ole.exists(f"__substg1.0_{tag}{kind}") for tag in ("0037", "1000") for kind in ("001F", "001E"))


def _ole_format(path: Path) -> str:
    """«msg» for a saved Outlook message, else «doc»: an old Word, Excel or PowerPoint file, whose reader tells which."""
    try:
        with olefile.OleFileIO(str(path)) as ole:
            return "msg" if is_outlook_message(ole) else "doc"
    except Exception:  # noqa: BLE001 -- a damaged OLE file is the old-Office reader's to report; detect never raises
        return "doc"


def _strict(z: zipfile.ZipFile) -> bool:
    """Whether the package's root relationships name its main part the Strict Open XML way."""
    try:
        info = z.getinfo("_rels/.rels")
        if info.file_size > 1 << 20:
            return False
        return _STRICT_MAIN in z.read(info)
    except KeyError:
        return False


def _broken_zip_format(path: Path) -> str:
    with open(path, "rb") as f:
        head = f.read(1 << 16)
    for marker, format in _BROKEN_ZIP_MARKERS:
        if marker in head:
            return format
    return "zip"


def _is_text(head: bytes) -> bool:
    """UTF-8, or a Windows code page's letters («ø» as one byte, as Excel writes a CSV export) with no control bytes."""
    try:
        head.decode("utf-8")
        return True
    except UnicodeDecodeError as exc:
        if exc.start >= len(head) - 3:
            return True  # a multi-byte character cut at the end of the sample is still text
    return not any(b < 0x20 and b not in b"\t\r\n\x0c" or b == 0x7F for b in head)


def utf16(data: bytes) -> str:
    """The codec of UTF-16 text: 'utf-16' with a byte order mark; without one, as Windows may write «Unicode» text,
    'utf-16-le' or 'utf-16-be' when every other byte is NUL (the high byte of Latin letters) and the others are not;
    else ''."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    sample = data[: min(len(data), 4096) // 2 * 2]
    pairs = len(sample) // 2
    if pairs < 8:
        return ""
    low, high = sample[0::2].count(0), sample[1::2].count(0)
    if high >= pairs * 0.4 and low <= pairs * 0.02:
        return "utf-16-le"
    if low >= pairs * 0.4 and high <= pairs * 0.02:
        return "utf-16-be"
    return ""


def _tab_separated(text: str, cut: bool) -> bool:
    """Whether lines are a table's rows with tabs between their cells, as Excel saves «Tekst (tabulatordelt)» and
    «Unicode-tekst»: most lines hold tabs after text, at least three of them the same number (two or more: three
    columns), so that a text aligning «Delmål:<tab>1.3» or indenting with tabs is no table."""
    lines = [ln for ln in text.splitlines()[: -1 if cut else None] if ln.strip()]  # a sample's last line may be cut
    tabbed = [ln.count("\t") for ln in lines if re.search(r"\S\t", ln)]
    if len(tabbed) < 3 or len(tabbed) * 2 < len(lines):
        return False
    common = max(set(tabbed), key=tabbed.count)
    return common >= 2 and tabbed.count(common) >= 3


def _xml_kind(sample: bytes) -> str:
    """The office format an XML file is saved in, known by its root element in the file's opening `sample`: Word or
    Excel 2003 XML, a flat OpenDocument file, a FreeMind/Freeplane mind map, a draw.io diagram, an SVG picture; '' for any other XML."""
    head = re.sub(rb"<!--.*?-->|<\?.*?\?>", b"", sample, flags=re.DOTALL)
    root = _ROOT.search(head)
    if root is None:
        return ""
    name, attributes = root.group(1).rsplit(b":", 1)[-1], root.group(2)
    if name == b"wordDocument" and b"schemas.microsoft.com/office/word/2003/wordml" in attributes:
        return "wordml"
    if name == b"Workbook" and b"urn:schemas-microsoft-com:office:spreadsheet" in attributes:
        return "spreadsheetml"
    if name == b"package" and b"schemas.microsoft.com/office/2006/xmlPackage" in attributes:
        return "flatopc"  # Word 2007+ saved as one XML file («Word XML-dokument»): the package's parts inline
    if name == b"document" and b"urn:oasis:names:tc:opendocument:xmlns:office:1.0" in attributes:
        said = re.search(rb"mimetype=[\"']application/vnd\.oasis\.opendocument\.(\w+)", attributes)
        body = said or re.search(rb"<office:(text|spreadsheet|presentation|drawing)[\s>/]", head)
        return _FLAT_ODF.get(body.group(1), "") if body else ""
    if name == b"map" and b"version=" in attributes and b"<node" in head:
        return "mindmap"
    if name in (b"mxfile", b"mxGraphModel"):
        return "drawio"
    if name == b"opml":
        return "opml"  # an outliner's export (Workflowy, Dynalist)
    if name == b"feed" and b"http://www.w3.org/2005/Atom" in attributes or name == b"rss" and (
            b"wordpress.org/export" not in attributes):
        return "feed"  # a website's news feed; a WordPress export is RSS of posts with their fields, read as XML
    if name.startswith(b"SCRIBUS"):
        return "scribus"  # a Scribus layout (SCRIBUSUTF8NEW): a brochure's text frames
    if name == b"xliff":
        return "xliff"  # a translator's file (memoQ, Trados): the original's paragraphs beside their translation
    if name == b"svg":
        return "svg"  # a picture, often an infographic exported from a design tool
    if name == b"Workbook" and re.search(rb"gnumeric", attributes, re.IGNORECASE):
        return "gnumeric"  # Gnumeric's workbook (gnm: namespace «www.gnumeric.org/v10.dtd»), saved without gzip
    if name == b"abiword":
        return "abiword"  # an AbiWord document (AWML)
    if name == b"mediawiki" and b"mediawiki.org/xml/export" in attributes:
        return "mediawiki"  # a wiki's pages exported with their revisions (Special:Export)
    if name == b"plist" and b"<key>WebMainResource</key>" in sample:
        return "webarchive"  # a Safari web archive saved as XML (as plutil converts one)
    return ""


def _gzip_format(sample: bytes) -> str:
    """The format of a gzipped file by the XML its opening unpacks to: a Gnumeric workbook or an AbiWord document
    («.zabw»); any other gzipped file is of no kind read."""
    try:
        inflated = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(sample, _SAMPLE)
    except zlib.error:
        return "unknown"
    if _is_tar(inflated):
        return "tar"  # «.tar.gz», «.tgz»: a folder packed on a Mac or Linux
    kind = _xml_kind(inflated) if inflated.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<") else ""
    return kind if kind in ("gnumeric", "abiword") else "unknown"


def _is_tar(head: bytes) -> bool:
    """Whether bytes open a tar archive: the POSIX or GNU magic in its first header."""
    return head[257:262] == b"ustar"


def _compressed_tar(sample: bytes) -> bool:
    """Whether a bzip2 or xz stream unpacks to a tar archive («.tar.bz2», «.tar.xz»)."""
    try:
        opener = bz2.BZ2Decompressor() if sample.startswith(b"BZh") else lzma.LZMADecompressor(lzma.FORMAT_XZ)
        return _is_tar(opener.decompress(sample, max_length=1024))
    except (OSError, EOFError, ValueError, lzma.LZMAError):
        return False


def _mhtml(head: bytes) -> bool:
    """Whether MIME headers open a web page saved as one file (Word's «Enkeltfil-webside», a browser's .mht): a
    multipart/related message sent to no one (an e-mail says whom it went to)."""
    headers = re.split(rb"\r?\n\r?\n", head, maxsplit=1)[0]
    return (re.search(rb"^Content-Type:\s*multipart/related", headers, re.MULTILINE | re.IGNORECASE) is not None
            and re.search(rb"^(?:To|Cc|Received|Delivered-To):", headers, re.MULTILINE | re.IGNORECASE) is None)


_TEX_COMMENT = re.compile(r"(?<!\\)%.*$", re.MULTILINE)


def is_latex(text: str) -> bool:
    """Whether plain text is a LaTeX document: a document class (not one commented out) and a document body."""
    return "\\documentclass" in _TEX_COMMENT.sub("", text[:20000]) and "\\begin{document}" in text


def _text_format(path: Path, text: str, cut: bool) -> str:
    if re.match(r"From \S+ .*\d{4}\s*\n(?:[\w-]+:.*\n)+", text):
        return "mbox"  # a mail folder: each message opened by a «From sender date» line over its headers
    if path.suffix.lower() in (".yaml", ".yml") or text.startswith("%YAML"):
        return "yaml"
    if DIF_HEAD.match(text) and re.search(r"^DATA\r?$", text, re.MULTILINE):
        return "dif"  # a DIF export (Calc, Excel, an old register): a TABLE header, then «-1,0 / BOT» rows
    if re.match(r"ID;(?:P|N|E)", text) and re.search(r"^C;(?:Y\d+;)?X\d+", text, re.MULTILINE):
        return "slk"  # a SYLK spreadsheet (Multiplan's, still exported by old systems): records «C;Y1;X1;K"…"»
    if path.suffix.lower() in (".tex", ".latex") or is_latex(text):
        return "latex"
    return "csv" if path.suffix.lower() in (".csv", ".tsv") or _tab_separated(text, cut) else "text"


def detect(path: Path) -> str:
    """The format key of a file (see LABELS)."""
    with open(path, "rb") as f:
        head = f.read(2048)
        sample = head + f.read(_SAMPLE - len(head))
    if not head:
        return "empty"
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return _zip_format(path)
    if head.startswith(_OLE):
        return _ole_format(path)
    if head.startswith(b"bplist00") and b"WebMainResource" in sample:
        return "webarchive"  # a page Safari saved: a binary property list round the page's bytes
    if signed(head) or head[:1] == b"\x30" and encrypted(head):
        return "p7m"  # a signed (or encrypted) file, as an e-mail's «smime.p7m»: the file inside is what is read
    if head.startswith(_SEVENZIP):
        return "sevenzip"  # a 7-Zip archive: unpacked as a ZIP archive is
    if head.startswith(b"SQLite format 3\x00"):
        return "sqlite"
    if head.startswith(GZIP_MAGIC):
        return _gzip_format(sample)
    if _is_tar(head) or head.startswith((b"BZh", b"\xfd7zXZ\x00")) and _compressed_tar(sample):
        return "tar"
    if is_dbase(head, Path(path).stat().st_size):
        return "dbase"
    if head.startswith(b"{\\rtf"):
        return "rtf"
    if head.startswith(b"%!PS"):
        return "ps"  # a print to file; an EPS picture opens so too
    if head.startswith(_IMAGE_MAGIC) or head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image"  # WebP: what a browser saves a photo sent in a chat as (round 73)
    if head[4:8] == b"ftyp" and head[8:12] in _PHOTO_BRANDS:
        return "image"  # AVIF or HEIC: what newer phones and chat apps save a photo as (round 74)
    # A PDF may have junk before its header; searched only now, since a ZIP or OLE file may hold
    # a PDF's bytes near its start.
    if b"%PDF-" in head[:1024]:
        return "pdf"
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if stripped.startswith(b"<") and (kind := _xml_kind(sample)):
        return kind
    if stripped.startswith(b"<?xml") and b"<html" not in stripped and b"<!doctype html" not in stripped:
        return "xml"  # a system's export; XHTML declares itself XML too, and is a web page
    if stripped.startswith((b"<!doctype html", b"<html", b"<?xml", b"<head", b"<body")):
        return "html"
    if stripped[:1] in (b"{", b"[") and (path.suffix.lower() in (".json", ".ipynb") or re.match(rb"[{\[]\s*[\"{\[]", stripped)):
        # A Jupyter notebook is JSON that names its format and holds cells.
        if b'"nbformat"' in sample and b'"cells"' in sample:
            return "notebook"
        return "datapackage" if path.name.lower() == "datapackage.json" and b'"resources"' in sample else "json"
    if codec := utf16(head):
        # A printout or a sheet saved as «Unicode» text: text, its NULs the encoding's.
        text = sample[: len(sample) // 2 * 2].decode(codec, errors="replace")
        if text.count("\ufffd") > 1 or codec != "utf-16" and any(ord(c) < 0x20 and c not in "\t\r\n\x0c" for c in text):
            return "unknown"  # no text, or NULs in every other byte of something else (a character cut at the end is let be)
        return _text_format(path, text, len(sample) == _SAMPLE) if text.isprintable() or "\n" in text else "unknown"
    if b"\x00" in head or not _is_text(head):
        return "unknown"
    if _MAIL_HEADER.match(head) and _mhtml(sample):
        return "mhtml"
    if _MAIL_HEADER.match(head) and re.search(rb"^(?:From|Subject|Date):", head, re.MULTILINE | re.IGNORECASE):
        return "eml"
    if (counted := EMLX_COUNT.match(head)) and _MAIL_HEADER.match(head[counted.end() :]):
        return "emlx"  # Apple Mail's file of one message: its byte count on a line of its own, then the message
    return _text_format(path, sample.decode("utf-8", errors="replace"), len(sample) == _SAMPLE)
