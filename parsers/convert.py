"""Legacy Word/Excel (DOC/XLS), ODT, ODS and RTF: converted with LibreOffice, then read as DOCX or XLSX.

LibreOffice runs headless with a private profile in a temporary folder that also holds a copy of
the input and the converted file; the inbox is only read. One file may take `convert_timeout`
seconds (default 120).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from dataclasses import replace
from pathlib import Path

import olefile

from tiltak_core.errors import DamagedFile, EncryptedFile, ToolMissing, UnsupportedFormat

from . import tools
from .archive import check_zip
from .content import Content
from .docx import parse_docx
from .registry import ParseOptions, readable_formats, register
from .xlsx import parse_xlsx

_WORD_FLAG_ENCRYPTED = 0x0100  # FIB flags word at offset 10 of the WordDocument stream
_XLS_FILEPASS = 0x002F  # BIFF record that says the workbook is encrypted


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
        raise DamagedFile(source_file, f"den eldre Office-filen er skadet ({str(exc) or type(exc).__name__})",
                          "Åpne den i Word eller Excel og lagre den på nytt, eller be medlemmet om en ny kopi") from exc
    if kind == "encrypted":
        raise EncryptedFile(source_file, "Office-filen er passordbeskyttet",
                            "Be om en kopi uten passord (Word/Excel: Fil > Info > Beskytt dokument)")
    if kind in ("powerpoint", "other"):
        what = ("en PowerPoint-presentasjon (PPT)" if kind == "powerpoint"
                else "en eldre Office-fil som verken er Word eller Excel")
        raise UnsupportedFormat(source_file, f"filen er {what}, som ikke er et rapportformat tiltak leser "
                                f"(det leser {readable_formats()})", "Be medlemmet om rapporten som PDF eller Word (DOCX)")
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


def _convert(path: Path, source_file: str, options: ParseOptions, suffix: str, target: str, tmp: Path) -> Path:
    """Run LibreOffice on a copy of the file; the converted file, or DamagedFile/ToolMissing."""
    soffice = tools.which("soffice", "libreoffice")
    app = "Word/LibreOffice" if target == "docx" else "Excel/LibreOffice"
    if soffice is None:
        package = "libreoffice-writer-nogui" if target == "docx" else "libreoffice-calc-nogui"
        raise ToolMissing(source_file, f"filen må gjøres om til {target.upper()} med LibreOffice, som ikke er installert",
                          f"Åpne filen i {app} og lagre som {target.upper()}, eller installer LibreOffice "
                          f"(Debian: apt install {package})")
    if not _has_component(soffice, "sw" if target == "docx" else "sc"):
        part, package = ("Writer", "libreoffice-writer-nogui") if target == "docx" else ("Calc", "libreoffice-calc-nogui")
        raise ToolMissing(source_file, f"filen må gjøres om til {target.upper()} med LibreOffice {part}, som ikke er "
                          "installert (LibreOffice er det, men uten den delen)",
                          f"Åpne filen i {app} og lagre som {target.upper()}, eller installer LibreOffice {part} "
                          f"(Debian: apt install {package})")
    # A plain copy name: LibreOffice reads options from names starting with '-', and the copy's
    # suffix helps it choose a filter.
    source = tmp / f"input{suffix}"
    shutil.copyfile(path, source)
    outdir = tmp / "out"
    args = [soffice, "--headless", "--norestore", f"-env:UserInstallation={(tmp / 'profile').as_uri()}",
            "--convert-to", target, "--outdir", str(outdir), str(source)]
    redo = f"Åpne filen i {'Word' if target == 'docx' else 'Excel'} eller LibreOffice og lagre som {target.upper()}"
    try:
        done = tools.run(args, timeout=options.convert_timeout, cwd=tmp, env={"HOME": str(tmp)})
    except subprocess.TimeoutExpired as exc:
        raise DamagedFile(source_file, f"LibreOffice brukte mer enn {options.convert_timeout:g} sekunder på å "
                          f"gjøre om filen til {target.upper()} og ble stoppet", redo) from exc
    except OSError as exc:
        raise ToolMissing(source_file, f"LibreOffice ({soffice}) kunne ikke startes ({exc})", redo) from exc
    result = outdir / f"input.{target}"
    if done.returncode != 0 or not result.is_file() or result.stat().st_size == 0:
        reason = tools.last_line(done.stdout, done.stderr) or f"avslutningskode {done.returncode}"
        raise DamagedFile(source_file, f"LibreOffice kunne ikke gjøre om filen til {target.upper()} ({reason})",
                          f"{redo}, eller be medlemmet om en ny kopi")
    return result


def _via_libreoffice(path: Path, source_file: str, options: ParseOptions, suffix: str, target: str, what: str) -> Content:
    with tempfile.TemporaryDirectory(prefix="tiltak-lo-", ignore_cleanup_errors=True) as tmp:
        converted = _convert(Path(path), source_file, options, suffix, target, Path(tmp))
        parse = parse_docx if target == "docx" else parse_xlsx
        content = parse(converted, source_file, options)
    return replace(content, converted_from=f"{what} via LibreOffice")


@register("doc", "eldre Word/Excel (DOC/XLS)")
def parse_doc(path: Path, source_file: str, options: ParseOptions) -> Content:
    """Word 97-2003 to DOCX, Excel 97-2003 to XLSX, told apart by the OLE2 streams."""
    if _kind_of_ole(Path(path), source_file) == "word":
        return _via_libreoffice(path, source_file, options, ".doc", "docx", "eldre Word (DOC)")
    return _via_libreoffice(path, source_file, options, ".xls", "xlsx", "eldre Excel (XLS)")


@register("odt", "OpenDocument-tekst (ODT)")
def parse_odt(path: Path, source_file: str, options: ParseOptions) -> Content:
    check_zip(Path(path), source_file, options, "odt")
    return _via_libreoffice(path, source_file, options, ".odt", "docx", "ODT")


@register("ods", "OpenDocument-regneark (ODS)")
def parse_ods(path: Path, source_file: str, options: ParseOptions) -> Content:
    check_zip(Path(path), source_file, options, "ods")
    return _via_libreoffice(path, source_file, options, ".ods", "xlsx", "ODS")


@register("rtf", "RTF")
def parse_rtf(path: Path, source_file: str, options: ParseOptions) -> Content:
    return _via_libreoffice(path, source_file, options, ".rtf", "docx", "RTF")
