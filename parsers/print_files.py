"""Reports printed to a file instead of to PDF: an XPS print (Windows' «Microsoft XPS Document Writer») and a PostScript
print («print to file»), each made a PDF by the Debian tool that reads it and read as one.

Both hold the pages as drawn, glyph by glyph, as a PDF does; the PDF reader's tables, columns and OCR then apply.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path

from tiltak_core.errors import DamagedFile, TooHeavy, ToolMissing

from . import tools
from .archive import check_zip
from .content import Content
from .pdf import parse_pdf
from .registry import ParseOptions, register


@dataclass(frozen=True)
class _Printer:
    """How one kind of print file becomes a PDF: the tool, its Debian package, and what the secretariat calls it."""

    what: str
    program: str
    package: str
    suffix: str

    def args(self, program: str, source: Path, target: Path) -> list[str]:
        if self.program == "xpstopdf":
            return [program, str(source), str(target)]
        # Ghostscript without its own fonts or files outside the job: -dSAFER, and no display.
        return [program, "-dSAFER", "-dBATCH", "-dNOPAUSE", "-dQUIET", "-sDEVICE=pdfwrite", f"-sOutputFile={target}",
                str(source)]


_XPS = _Printer("XPS-utskriften", "xpstopdf", "libgxps-utils", ".xps")
_PS = _Printer("PostScript-utskriften", "gs", "ghostscript", ".ps")
_SAVE_AS_PDF = "Be medlemmet skrive rapporten ut til PDF i stedet (Skriv ut > Microsoft Print to PDF), eller send den som Word"


def _as_pdf(path: Path, source_file: str, options: ParseOptions, printer: _Printer, tmp: Path) -> Path:
    """The print file made a PDF in tmp, or a ReportError saying why not."""
    program = tools.which(printer.program)
    if program is None:
        raise ToolMissing(source_file, f"{printer.what} må gjøres om til PDF med {printer.program}, som ikke er "
                          f"installert", f"{_SAVE_AS_PDF}, eller installer det (Debian: apt install {printer.package})")
    source, target = tmp / f"input{printer.suffix}", tmp / "output.pdf"
    shutil.copyfile(path, source)  # a plain name: the tools read options from names starting with '-'
    try:
        done = tools.run(printer.args(program, source, target), timeout=options.convert_timeout, cwd=tmp,
                         env={"HOME": str(tmp)}, memory=options.tool_memory)
    except subprocess.TimeoutExpired as exc:
        raise TooHeavy(source_file, f"filen er for tung å lese: {printer.program} brukte mer enn "
                       f"{options.convert_timeout:g} sekunder og ble stoppet", _SAVE_AS_PDF) from exc
    except OSError as exc:
        raise ToolMissing(source_file, f"{printer.program} kunne ikke startes", _SAVE_AS_PDF) from exc
    if done.returncode != 0 or not target.is_file() or target.stat().st_size == 0:
        # The tools say why on stderr in English; the secretariat is told what it means for the file.
        raise DamagedFile(source_file, f"{printer.what} kan ikke gjøres om til PDF; den er trolig skadet eller "
                          "ufullstendig", _SAVE_AS_PDF)
    return target


def _read_print(path: Path, source_file: str, options: ParseOptions, printer: _Printer) -> Content:
    with tempfile.TemporaryDirectory(prefix="tiltak-print-", ignore_cleanup_errors=True) as tmp:
        pdf = _as_pdf(Path(path), source_file, options, printer, Path(tmp))
        content = parse_pdf(pdf, source_file, replace(options, password=None))
    return replace(content, converted_from=f"{printer.what.removesuffix('en')} via {printer.program}")


@register("xps")
def parse_xps(path: Path, source_file: str, options: ParseOptions) -> Content:
    """An XPS print, made a PDF by xpstopdf."""
    check_zip(Path(path), source_file, options, "xps")
    return _read_print(path, source_file, options, _XPS)


@register("ps")
def parse_ps(path: Path, source_file: str, options: ParseOptions) -> Content:
    """A PostScript print, made a PDF by Ghostscript."""
    return _read_print(path, source_file, options, _PS)
