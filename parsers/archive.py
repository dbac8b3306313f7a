"""Checks a ZIP-based document (DOCX, XLSX, ODT, ODS) before anything unpacks it, and an office document saved as
one XML file (flat ODF, Word 2003 XML) for a DTD.

Limits, each refused with TooLarge:
  - unpacked size of all members together over `ParseOptions.max_unpacked_bytes` (default 200 MB);
  - a member that unpacks to more than 10 MB at a compression ratio over 100:1 (a ZIP bomb);
  - more than 10,000 members.
A file whose ZIP structure cannot be read is DamagedFile. An XML part with a document type
declaration (DTD) is UnsafeContent: Word, Excel and LibreOffice never write one, and a DTD is how
entities (a "billion laughs", a SYSTEM entity reading a local file) get in; a reader that leaves an
entity unexpanded would also silently drop the text after it. The one DTD an office program wrote,
OpenOffice.org's plain reference in an ODF manifest, declares nothing and is let through.

Python's zipfile never unpacks more than a member's declared size, so checking the declared
sizes bounds what python-docx and openpyxl read. The member count is read from the end record
before zipfile builds its (memory-hungry) list of members.
"""

from __future__ import annotations

import re
import struct
import zipfile
from pathlib import Path
from typing import IO

from lxml import etree

from tiltak_core.errors import DamagedFile, TooLarge, UnsafeContent

from .registry import ParseOptions

MAX_MEMBERS = 10_000
MAX_RATIO = 100
RATIO_MIN_BYTES = 10 * 1024 * 1024

# format -> (what the message calls the file, the program that can save it again)
_NAMES = {
    "docx": ("Word-filen", "Word"),
    "xlsx": ("Excel-filen", "Excel"),
    "odt": ("ODT-filen", "LibreOffice"),
    "odm": ("hoveddokumentet (ODM)", "LibreOffice"),
    "ods": ("ODS-filen", "LibreOffice"),
    "pptx": ("presentasjonen (PPTX)", "PowerPoint"),
    "odp": ("presentasjonen (ODP)", "LibreOffice"),
    "xlsb": ("Excel-filen (XLSB)", "Excel"),
    "vsdx": ("Visio-tegningen (VSDX)", "Visio"),
    "zip": ("ZIP-arkivet", "arkivprogrammet"),
    "xps": ("XPS-utskriften", "programmet den ble skrevet ut fra"),
    "epub": ("e-boka (EPUB)", "programmet den ble laget i"),
    "asic": ("den signerte pakken (ASiC-E)", "signeringstjenesten"),
    "xmind": ("XMind-kartet", "XMind"),
    "idml": ("InDesign-pakken", "InDesign"),
    "sxw": ("OpenOffice.org-filen (SXW)", "LibreOffice"),
    "sxc": ("OpenOffice.org-filen (SXC)", "LibreOffice"),
    "sxi": ("OpenOffice.org-filen (SXI)", "LibreOffice"),
    "odb": ("Base-filen (ODB)", "LibreOffice Base"),
}
_EOCD, _EOCD64_LOCATOR, _EOCD64 = b"PK\x05\x06", b"PK\x06\x07", b"PK\x06\x06"
_XML_STARTS = (b"<", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\x00<")
# Pictures keep their own DTDs (Illustrator's SVGs declare entities); no reader here parses them.
_PICTURES = (".svg", ".svgz")
_DOCTYPE_MARKS = (b"<!DOCTYPE", "<!DOCTYPE".encode("utf-16-le"), "<!DOCTYPE".encode("utf-16-be"))


_NUMBER = re.compile(r"(\d+)")


def in_order(name: str) -> tuple[object, ...]:
    """A package's numbered parts in the order they were added: «image10.png» after «image9.png»."""
    return tuple(int(p) if p.isdigit() else p for p in _NUMBER.split(name))


def size_text(n: int) -> str:
    """A size as a message gives it: «12 MB», «40 KB»."""
    return f"{n / 2**20:.0f} MB" if n >= 2**20 else f"{max(n, 1) / 1024:.0f} KB"


def declared_members(path: Path) -> int | None:
    """The member count the ZIP's end record states, or None if there is no readable end record."""
    size = path.stat().st_size
    with open(path, "rb") as f:
        # The end record (22 bytes) is followed by a comment of at most 65535 bytes.
        tail_len = min(size, 22 + 65535)
        f.seek(size - tail_len)
        tail = f.read(tail_len)
        at = tail.rfind(_EOCD)
        if at < 0 or at + 22 > len(tail):
            return None
        (count,) = struct.unpack("<H", tail[at + 10 : at + 12])
        if count != 0xFFFF:
            return int(count)
        # ZIP64: the real count is in the ZIP64 end record the locator points at.
        loc = tail.rfind(_EOCD64_LOCATOR, 0, at)
        if loc < 0 or loc + 20 > len(tail):
            return None
        (offset,) = struct.unpack("<Q", tail[loc + 8 : loc + 16])
        f.seek(offset)
        record = f.read(56)
        if len(record) < 56 or not record.startswith(_EOCD64):
            return None
        return int(struct.unpack("<Q", record[32:40])[0])


def check_zip(path: Path, source_file: str, options: ParseOptions, format: str) -> None:
    """Raise TooLarge or DamagedFile unless the ZIP is within the limits and readable."""
    name, program = _NAMES.get(format, ("filen", "programmet den ble laget i"))
    again = f"Åpne den i {program} og lagre den på nytt, eller be medlemmet om en ny kopi"
    damaged = DamagedFile(source_file, f"{name} er skadet (ZIP-strukturen kan ikke leses)", again)
    try:
        count = declared_members(path)
    except OSError as exc:
        raise damaged from exc
    if count is not None and count > MAX_MEMBERS:
        raise TooLarge(source_file, f"{name} består av {count} deler, over grensen på {MAX_MEMBERS}",
                       "Sjekk at dette virkelig er en rapport")
    try:
        with zipfile.ZipFile(path) as z:
            members = z.infolist()
    except Exception as exc:  # BadZipFile, and on odd directories unsupported-method and decoding errors too
        raise damaged from exc
    if len(members) > MAX_MEMBERS:  # an end record that understates the count
        raise TooLarge(source_file, f"{name} består av {len(members)} deler, over grensen på {MAX_MEMBERS}",
                       "Sjekk at dette virkelig er en rapport")
    for m in members:
        if m.file_size > RATIO_MIN_BYTES and m.file_size > MAX_RATIO * max(m.compress_size, 1):
            raise TooLarge(
                source_file,
                f"{name} har en del ({m.filename}) som pakkes ut fra {size_text(m.compress_size)} til {size_text(m.file_size)}, "
                f"mer enn {MAX_RATIO} ganger større; det ligner en ZIP-bombe",
                "Filen ble ikke lest. Be medlemmet om en ny kopi av rapporten",
            )
    check_unpacked(source_file, name, sum(m.file_size for m in members), options)
    # An archive of reports holds whole files: each is checked by its own reader once unpacked.
    part = "" if format == "zip" else _part_with_dtd(path, members, odf=format in ("odt", "odm", "ods"),
                                                     legacy=format in ("sxw", "sxc", "sxi"))
    if part:
        raise UnsafeContent(source_file, f"{name} inneholder en DTD (en XML-dokumenttypedeklarasjon) i delen {part}, "
                            "som ikke leses av sikkerhetshensyn", again)


def check_unpacked(source_file: str, name: str, unpacked: int, options: ParseOptions) -> None:
    """TooLarge when an archive's files unpack to more than the limit together; `name` is the archive as a message
    names it («ZIP-arkivet»)."""
    if unpacked > options.max_unpacked_bytes:
        raise TooLarge(source_file, f"{name} pakkes ut til {size_text(unpacked)}, over grensen på "
                       f"{size_text(options.max_unpacked_bytes)}", "Sjekk at dette virkelig er en rapport")


def check_ratio(source_file: str, name: str, packed: int, unpacked: int, so_far: bool = False) -> None:
    """TooLarge when a solid or streamed archive (`name`, «7z-arkivet») unpacks to past MAX_RATIO times its size, as a
    bomb does; `so_far` when `unpacked` is what it has given until now, not its whole."""
    if unpacked > RATIO_MIN_BYTES and unpacked > MAX_RATIO * packed:
        raise TooLarge(source_file, f"{name} pakkes ut fra {size_text(packed)} til {'over ' if so_far else ''}"
                       f"{size_text(unpacked)}, mer enn {MAX_RATIO} ganger større; det ligner en arkivbombe",
                       "Filen ble ikke lest. Be medlemmet om en ny kopi")


def check_flat_xml(path: Path, source_file: str, name: str, program: str) -> None:
    """Raise UnsafeContent if a document saved as one XML file (flat OpenDocument, Word 2003 XML) declares a DTD,
    before LibreOffice, which would expand its entities, reads it."""
    with open(path, "rb") as f:
        if _declares_dtd(f, f.read(4), plain_allowed=False):
            raise UnsafeContent(source_file, f"{name} inneholder en DTD (en XML-dokumenttypedeklarasjon), som ikke "
                                "leses av sikkerhetshensyn",
                                f"Åpne den i {program} og lagre den på nytt, eller be medlemmet om en ny kopi")


def _part_with_dtd(path: Path, members: list[zipfile.ZipInfo], odf: bool, legacy: bool = False) -> str:
    """The name of the first XML part that declares a DTD ('' if none); broken parts are left to their reader.
    `legacy`: an OpenOffice.org 1 file, every part of which names its DTD plainly."""
    try:
        with zipfile.ZipFile(path) as z:
            for m in members:
                if m.is_dir() or m.filename.lower().endswith(_PICTURES):
                    continue
                with z.open(m) as f:
                    head = f.read(4)
                    if not head.lstrip(b" \t\r\n").startswith(_XML_STARTS):
                        continue
                    # OpenOffice.org 2 wrote a plain DTD reference in every ODF manifest; an e-book's every page, and
                    # the HTML a system imports into a Word file (altChunk), open with «<!DOCTYPE html>», which
                    # declares no entities.
                    # OpenOffice.org 1 did so in every part («<!DOCTYPE office:document-content PUBLIC … "office.dtd">»).
                    plain = legacy or odf and m.filename == "META-INF/manifest.xml" or m.filename.lower().endswith(
                        (".xhtml", ".html", ".htm"))
                    if _declares_dtd(f, head, plain_allowed=plain):
                        return m.filename
    except Exception:  # noqa: BLE001 -- zipfile and zlib raise many kinds on a damaged member
        return ""  # encrypted or broken members: their reader says what is wrong
    return ""


_INTERNAL_SUBSET = re.compile(rb"<!ENTITY|<!DOCTYPE[^>]*\[", re.IGNORECASE)


def _declares_dtd(f: IO[bytes], head: bytes, plain_allowed: bool) -> bool:
    """Whether an XML stream has a DOCTYPE before its root element (read no further than that)."""
    parser = etree.XMLPullParser(events=("start",), resolve_entities=False, load_dtd=False, no_network=True)
    seen, chunk = b"", head
    size = 1 << 12  # the root element mostly starts within the first kilobytes: inflate no more than needed
    while chunk:
        seen += chunk
        try:
            parser.feed(chunk)
            for _, element in parser.read_events():
                info = element.getroottree().docinfo
                plain = info.internalDTD is None or not list(info.internalDTD.iterentities())
                return bool(info.doctype) and not (plain_allowed and plain)
        except etree.XMLSyntaxError:
            if plain_allowed and not _INTERNAL_SUBSET.search(seen):
                return False  # HTML that is no XML («<meta …>» unclosed) under a plain «<!DOCTYPE html>»
            # libxml2 gives up on some DTDs (entity amplification) before the root element: still a DTD.
            return any(mark in seen for mark in _DOCTYPE_MARKS)
        chunk = f.read(size)
        size = min(size * 2, 1 << 16)
    return False
