"""Legacy Office (DOC/XLS/PPT), ODF (ODT/ODS/ODP, also saved flat as one XML file), Word and Excel 2003 XML, RTF, XLSB
and Strict Open XML: converted with LibreOffice, then read as DOCX, XLSX or PPTX; an SVG picture made a PDF by
LibreOffice Draw and read as one, its text where it stands.

LibreOffice runs headless with a private profile in a temporary folder that also holds a copy of
the input and the converted file; the inbox is only read. It runs offline and under a memory cap
(parsers.tools), and its profile forbids what a document could make it do on its own: fetch linked
images, update links to other files, run macros. One file may take `convert_timeout` seconds
(default 120) and `tool_memory` bytes of address space (default 2 GB). A spreadsheet's cell span
is checked before conversion (parsers.cellcount), an encrypted ODF file is told by its manifest.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
import zipfile
from dataclasses import replace
from pathlib import Path
from typing import Callable

import olefile
from lxml import etree

from tiltak_core.errors import DamagedFile, EncryptedFile, TooHeavy, ToolMissing, UnsupportedFormat
from tiltak_core.faultlog import internal_error

from . import tools
from .archive import check_flat_xml, check_zip
from .cellcount import check_fods, check_ods, check_xlsx
from .content import Content
from .docx import parse_docx
from .office_crypto import decrypted
from .odf_hidden import hidden_note, without_hidden_sections
from .pdf import parse_pdf
from .pptx import parse_pptx
from .registry import ParseFn, ParseOptions, readable_formats, register
from .xlsx import parse_xlsx

_WORD_FLAG_ENCRYPTED = 0x0100  # FIB flags word at offset 10 of the WordDocument stream
_XLS_FILEPASS = 0x002F  # BIFF record that says the workbook is encrypted

# The profile's settings: no linked image fetched (BlockUntrustedRefererLinks, "stealth mode"),
# no link to another file updated on load (Writer 0 = never, Calc 1 = never), no macro run.
_PROFILE_SETTINGS = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema">
<item oor:path="/org.openoffice.Office.Common/Security/Scripting"><prop oor:name="BlockUntrustedRefererLinks" oor:op="fuse"><value>true</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Security/Scripting"><prop oor:name="DisableMacrosExecution" oor:op="fuse"><value>true</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Security/Scripting"><prop oor:name="MacroSecurityLevel" oor:op="fuse"><value>3</value></prop></item>
<item oor:path="/org.openoffice.Office.Writer/Content/Update"><prop oor:name="Link" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Content/Update"><prop oor:name="Link" oor:op="fuse"><value>1</value></prop></item>
</oor:items>
"""


def _kind_of_ole(path: Path, source_file: str) -> str:
    """'word' or 'excel' for an OLE2 file, from its streams."""
    try:
        with olefile.OleFileIO(str(path)) as ole:
            if ole.exists("EncryptionInfo") or ole.exists("EncryptedPackage"):
                kind = "encrypted"  # a password-protected DOCX/XLSX: an OLE2 wrapper around it
            elif ole.exists("WordDocument"):
                fib = ole.openstream("WordDocument").read(12)
                flags = int.from_bytes(fib[10:12], "little") if len(fib) == 12 else 0
                kind = "encrypted" if flags & _WORD_FLAG_ENCRYPTED else "word"
            elif ole.exists("Workbook") or ole.exists("Book"):
                head = ole.openstream("Workbook" if ole.exists("Workbook") else "Book").read(4096)
                kind = "encrypted" if _xls_encrypted(head) else "excel"
            elif ole.exists("PowerPoint Document"):
                kind = "powerpoint"
            else:
                kind = "other"
    except Exception as exc:  # olefile raises OSError and, on broken sector chains, many other kinds
        raise DamagedFile(source_file, "den eldre Office-filen er skadet (strukturen i den kan ikke leses)",
                          "Åpne den i Word eller Excel og lagre den på nytt, eller be medlemmet om en ny kopi") from exc
    if kind == "encrypted":
        raise EncryptedFile(source_file, "Office-filen er passordbeskyttet",
                            "Be om en kopi uten passord (Word/Excel: Fil > Info > Beskytt dokument), eller gi passordet med --password")
    if kind == "other":
        raise UnsupportedFormat(source_file, "filen er en eldre Office-fil som verken er Word, Excel eller PowerPoint, "
                                f"som ikke er et rapportformat tiltak leser (det leser {readable_formats()})",
                                "Be medlemmet om rapporten som PDF eller Word (DOCX)")
    return kind


def _xls_encrypted(head: bytes) -> bool:
    """Whether a FILEPASS record stands among the first BIFF records of the workbook globals."""
    at = 0
    for _ in range(64):
        if at + 4 > len(head):
            return False
        kind, size = int.from_bytes(head[at : at + 2], "little"), int.from_bytes(head[at + 2 : at + 4], "little")
        if kind == _XLS_FILEPASS:
            return True
        if kind == 0x0085:  # BOUNDSHEET: past the place FILEPASS would stand
            return False
        at += 4 + size
    return False


def _has_component(soffice: str, name: str) -> bool:
    """Whether LibreOffice has its Writer ('sw') or Calc ('sc') library; True when that cannot be told.

    Debian splits LibreOffice into packages: without Calc, soffice says only "source file could
    not be loaded" for a spreadsheet.
    """
    program = Path(os.path.realpath(soffice)).parent
    libraries = {p.name for p in program.glob("*lo.*")} if program.is_dir() else set()
    if not any(n.startswith("libmergedlo") or n.startswith("mergedlo") for n in libraries):
        return True  # not a program folder we know the layout of
    return any(n.split(".")[0] in (f"lib{name}lo", f"{name}lo") for n in libraries)


# target -> LibreOffice's library for it, the part's name, its Debian package, the programs a member may save with.
_PARTS = {"docx": ("sw", "Writer", "libreoffice-writer-nogui", "Word/LibreOffice"),
          "xlsx": ("sc", "Calc", "libreoffice-calc-nogui", "Excel/LibreOffice"),
          "pptx": ("sd", "Impress", "libreoffice-impress-nogui", "PowerPoint/LibreOffice"),
          "pdf": ("sd", "Draw", "libreoffice-draw-nogui", "Inkscape/Illustrator/LibreOffice Draw")}


def _soffice(source_file: str, target: str) -> str:
    """LibreOffice's program with the part (Writer, Calc, Impress) the conversion needs, or ToolMissing saying how to get it."""
    soffice = tools.which("soffice", "libreoffice")
    library, part, package, app = _PARTS[target]
    if soffice is None:
        raise ToolMissing(source_file, f"filen må gjøres om til {target.upper()} med LibreOffice, som ikke er installert",
                          f"Åpne filen i {app} og lagre som {target.upper()}, eller installer LibreOffice "
                          f"(Debian: apt install {package})")
    if not _has_component(soffice, library):
        raise ToolMissing(source_file, f"filen må gjøres om til {target.upper()} med LibreOffice {part}, som ikke er "
                          "installert (LibreOffice er det, men uten den delen)",
                          f"Åpne filen i {app} og lagre som {target.upper()}, eller installer LibreOffice {part} "
                          f"(Debian: apt install {package})")
    return soffice


def _convert(path: Path, source_file: str, options: ParseOptions, suffix: str, target: str, what: str, tmp: Path,
             infilter: str, export: str = "") -> Path:
    """Run LibreOffice, confined, on a copy of the file; the converted file, or a ReportError saying why not. `export`
    names the filter where LibreOffice's choice for the document's kind has none for the target."""
    soffice = _soffice(source_file, target)
    # A plain copy name: LibreOffice reads options from names starting with '-', and the copy's
    # suffix helps it choose a filter.
    source = tmp / f"input{suffix}"
    shutil.copyfile(path, source)
    outdir = tmp / "out"
    profile = tmp / "profile"
    (profile / "user").mkdir(parents=True)
    (profile / "user" / "registrymodifications.xcu").write_text(_PROFILE_SETTINGS, encoding="utf-8")
    args = [soffice, "--headless", "--norestore", f"-env:UserInstallation={profile.as_uri()}",
            *([f"--infilter={infilter}"] if infilter else []), "--convert-to", f"{target}:{export}" if export else target, "--outdir", str(outdir), str(source)]
    redo = f"Åpne filen i {_PARTS[target][3].replace('/', ' eller ')} og lagre som {target.upper()}"
    budget = f"{options.convert_timeout:g} sekunder og {options.tool_memory / 2**30:g} GB minne"
    try:
        done = tools.run(args, timeout=options.convert_timeout, cwd=tmp, env={"HOME": str(tmp)},
                         memory=options.tool_memory)
    except subprocess.TimeoutExpired as exc:
        raise TooHeavy(source_file, f"filen er for tung å lese: LibreOffice brukte mer enn {options.convert_timeout:g} "
                       f"sekunder på å gjøre den om til {target.upper()} og ble stoppet", redo) from exc
    except OSError as exc:
        raise ToolMissing(source_file, f"LibreOffice ({soffice}) kunne ikke startes", redo) from exc
    result = outdir / f"input.{target}"
    if done.returncode == 0 and result.is_file() and result.stat().st_size > 0:
        return result
    said = tools.last_line(done.stdout, done.stderr)
    if done.returncode < 0:  # killed by a signal: a crash, most often memory running out under the cap
        raise TooHeavy(source_file, f"filen er for tung å lese: LibreOffice stoppet under omgjøringen (grensen er "
                       f"{budget})", f"{redo}, eller be medlemmet om en ny kopi")
    if "could not be loaded" in said:
        raise DamagedFile(source_file, f"LibreOffice kunne ikke åpne filen som {what}; den er trolig skadet (eller for "
                          f"tung: grensen er {budget})", f"{redo}, eller be medlemmet om en ny kopi")
    raise internal_error(source_file, "LibreOffice-omgjøringen",
                         f"{' '.join(args)}\nexit {done.returncode}\n{done.stdout.decode(errors='replace')}"
                         f"{done.stderr.decode(errors='replace')}")


def _via_libreoffice(path: Path, source_file: str, options: ParseOptions, suffix: str, target: str, what: str,
                     infilter: str = "", export: str = "") -> Content:
    with tempfile.TemporaryDirectory(prefix="tiltak-lo-", ignore_cleanup_errors=True) as tmp:
        converted = _convert(Path(path), source_file, options, suffix, target, what, Path(tmp), infilter, export)
        parse = {"docx": parse_docx, "xlsx": parse_xlsx, "pptx": parse_pptx}[target]
        content = parse(converted, source_file, options)
    return replace(content, converted_from=f"{what} via LibreOffice")


# «<!ENTITY x SYSTEM "file:///etc/passwd">»: an entity that fetches a file or page; LibreOffice is not asked to.
_EXTERNAL_ENTITY = re.compile(rb"<!ENTITY[^>]*\s(?:SYSTEM|PUBLIC)\s", re.IGNORECASE)
_SVG_HEAD = 1 << 16


@register("svg")
def parse_svg(path: Path, source_file: str, options: ParseOptions) -> Content:
    """An SVG picture (an infographic from a design tool): a PDF by LibreOffice Draw, read as one."""
    with open(path, "rb") as f:
        head = f.read(_SVG_HEAD)
    if _EXTERNAL_ENTITY.search(head):
        raise DamagedFile(source_file, "SVG-bildet viser til andre filer gjennom XML-entiteter, som ikke leses av "
                          "sikkerhetshensyn", "Be medlemmet sende bildet som PDF eller PNG")
    with tempfile.TemporaryDirectory(prefix="tiltak-lo-", ignore_cleanup_errors=True) as tmp:
        converted = _convert(Path(path), source_file, options, ".svg", "pdf", "SVG-bilde", Path(tmp), "")
        content = parse_pdf(converted, source_file, replace(options, password=None))
    return replace(content, converted_from="SVG-bilde via LibreOffice")


@register("doc")
def parse_doc(path: Path, source_file: str, options: ParseOptions) -> Content:
    """Word 97-2003 to DOCX, Excel 97-2003 to XLSX, PowerPoint 97-2003 to PPTX, told apart by the OLE2 streams."""
    try:
        kind = _kind_of_ole(Path(path), source_file)
    except EncryptedFile:
        with tempfile.TemporaryDirectory(prefix="tiltak-crypt-", ignore_cleanup_errors=True) as tmp:
            opened = decrypted(Path(path), Path(tmp), options.password)
            if opened is None:
                raise
            parse = {"docx": parse_docx, "xlsx": parse_xlsx, "pptx": parse_pptx}[opened.format]
            return replace(parse(opened.path, source_file, options), converted_from=opened.how)
    if kind == "word":
        return _via_libreoffice(path, source_file, options, ".doc", "docx", "eldre Word (DOC)")
    if kind == "powerpoint":
        return _via_libreoffice(path, source_file, options, ".ppt", "pptx", "eldre PowerPoint (PPT)")
    return _via_libreoffice(path, source_file, options, ".xls", "xlsx", "eldre Excel (XLS)")


def _check_odf(path: Path, source_file: str, options: ParseOptions, format: str) -> None:
    """ZIP limits and DTDs, then password protection, which the manifest tells (the parts themselves are ciphertext)."""
    check_zip(path, source_file, options, format)
    try:
        with zipfile.ZipFile(path) as z:
            info = z.getinfo("META-INF/manifest.xml")
            encrypted = info.file_size < 1 << 22 and b"encryption-data" in z.read(info)
    except KeyError:
        encrypted = False  # no manifest: LibreOffice reads such files all the same
    except Exception as exc:  # noqa: BLE001 -- zipfile and zlib raise many kinds on a damaged member
        raise DamagedFile(source_file, f"{format.upper()}-filen er skadet (manifestet i den kan ikke leses)",
                          "Åpne den i LibreOffice og lagre den på nytt, eller be medlemmet om en ny kopi") from exc
    if encrypted:
        raise EncryptedFile(source_file, f"{format.upper()}-filen er passordbeskyttet",
                            "Be om en kopi uten passord (LibreOffice: Fil > Lagre som, uten «Lagre med passord»)")


@register("odt")
def parse_odt(path: Path, source_file: str, options: ParseOptions) -> Content:
    _check_odf(Path(path), source_file, options, "odt")
    with tempfile.TemporaryDirectory(prefix="tiltak-odt-", ignore_cleanup_errors=True) as tmp:
        try:
            shown, hidden = without_hidden_sections(Path(path), Path(tmp))
        except (etree.XMLSyntaxError, zipfile.BadZipFile, OSError):  # LibreOffice tells what is wrong with the file
            shown, hidden = Path(path), []
        content = _via_libreoffice(shown, source_file, options, ".odt", "docx", "ODT")
    return replace(content, warnings=(*content.warnings, hidden_note(hidden))) if hidden else content


@register("odm")
def parse_odm(path: Path, source_file: str, options: ParseOptions) -> Content:
    """A Writer master document: its linked sections as last saved in it (links are never followed), as DOCX."""
    _check_odf(Path(path), source_file, options, "odm")
    # A master document's own kind has no DOCX filter; Writer's is named. The profile keeps links from updating, so a
    # section is read from its saved copy, not from a file it points to.
    return _via_libreoffice(path, source_file, options, ".odm", "docx", "ODM", export="MS Word 2007 XML")


@register("ods")
def parse_ods(path: Path, source_file: str, options: ParseOptions) -> Content:
    _check_odf(Path(path), source_file, options, "ods")
    check_ods(Path(path), source_file)
    return _via_libreoffice(path, source_file, options, ".ods", "xlsx", "ODS")


@register("odp")
def parse_odp(path: Path, source_file: str, options: ParseOptions) -> Content:
    _check_odf(Path(path), source_file, options, "odp")
    return _via_libreoffice(path, source_file, options, ".odp", "pptx", "ODP")


@register("slk")
def parse_slk(path: Path, source_file: str, options: ParseOptions) -> Content:
    """A SYLK spreadsheet (text records, cell by cell), as an old system or Multiplan exports one."""
    return _via_libreoffice(path, source_file, options, ".slk", "xlsx", "SYLK-regneark")


# OpenOffice.org 1's formats (2002–2005), ODF's forerunners: a zip with a «mimetype» as ODF has, which LibreOffice
# still opens. format -> (what LibreOffice makes of it, what the messages call it)
_OPENOFFICE_1 = {"sxw": ("docx", "OpenOffice.org 1-tekst (SXW)"), "sxc": ("xlsx", "OpenOffice.org 1-regneark (SXC)"),
                 "sxi": ("pptx", "OpenOffice.org 1-presentasjon (SXI)")}


def _openoffice_1(format: str, target: str, what: str) -> ParseFn:
    def parse(path: Path, source_file: str, options: ParseOptions) -> Content:
        check_zip(Path(path), source_file, options, format)
        return _via_libreoffice(path, source_file, options, f".{format}", target, what)

    return parse


for _format, (_target, _what) in _OPENOFFICE_1.items():
    register(_format)(_openoffice_1(_format, _target, _what))


@register("xlsb")
def parse_xlsb(path: Path, source_file: str, options: ParseOptions) -> Content:
    check_zip(Path(path), source_file, options, "xlsb")
    return _via_libreoffice(path, source_file, options, ".xlsb", "xlsx", "binær Excel (XLSB)")


@register("rtf")
def parse_rtf(path: Path, source_file: str, options: ParseOptions) -> Content:
    return _via_libreoffice(path, source_file, options, ".rtf", "docx", "RTF")


# Strict Open XML (Word and Excel's "Strict Open XML" format) names its parts and relationships in
# other namespaces than the Transitional format python-docx and openpyxl read; LibreOffice reads both.
@register("docx_strict")
def parse_docx_strict(path: Path, source_file: str, options: ParseOptions) -> Content:
    check_zip(Path(path), source_file, options, "docx")
    return _via_libreoffice(path, source_file, options, ".docx", "docx", "Word (Strict Open XML)")


@register("xlsx_strict")
def parse_xlsx_strict(path: Path, source_file: str, options: ParseOptions) -> Content:
    check_zip(Path(path), source_file, options, "xlsx")
    check_xlsx(Path(path), source_file)
    return _via_libreoffice(path, source_file, options, ".xlsx", "xlsx", "Excel (Strict Open XML)")


# Office documents saved as one XML file: format -> (suffix of the copy LibreOffice reads, target, what it was,
# LibreOffice's import filter (its API name), what a message calls the file, the program that saves it again).
# LibreOffice is named the filter rather than left to guess from an «.xml» file's content.
_FLAT_XML = {
    "wordml": (".xml", "docx", "Word 2003 XML", "MS Word 2003 XML", "Word-dokumentet (Word 2003 XML)", "Word"),
    "spreadsheetml": (".xml", "xlsx", "Excel 2003 XML", "MS Excel 2003 XML", "Excel-arbeidsboken (Excel 2003 XML)",
                      "Excel"),
    "fodt": (".fodt", "docx", "flat ODT (FODT)", "OpenDocument Text Flat XML", "FODT-filen", "LibreOffice"),
    "fods": (".fods", "xlsx", "flat ODS (FODS)", "OpenDocument Spreadsheet Flat XML", "FODS-filen", "LibreOffice"),
    "fodp": (".fodp", "pptx", "flat ODP (FODP)", "OpenDocument Presentation Flat XML", "FODP-filen", "LibreOffice"),
}


def _flat_xml_parser(format: str) -> Callable[[Path, str, ParseOptions], Content]:
    suffix, target, what, infilter, name, program = _FLAT_XML[format]

    def parse(path: Path, source_file: str, options: ParseOptions) -> Content:
        # A DTD is refused first, as in a ZIP-based file's parts; a flat sheet's span is checked as an ODS's is.
        check_flat_xml(Path(path), source_file, name, program)
        if format == "fods":
            check_fods(Path(path), source_file)
        return _via_libreoffice(path, source_file, options, suffix, target, what, infilter)

    return parse


for _format in _FLAT_XML:
    register(_format)(_flat_xml_parser(_format))
