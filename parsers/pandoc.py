"""Source text a writer's markup language makes into a document (LaTeX, AsciiDoc, reStructuredText) as HTML, by pandoc.

pandoc runs sandboxed (it reads only the file it is given, never a file the source names) and confined like every
other tool; a source it cannot read is the member's to send again as the document it makes.
"""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

from tiltak_core.errors import DamagedFile, ToolMissing, TooHeavy

from . import tools
from .registry import ParseOptions

REDO = "Be om rapporten som PDF eller som Word-fil"


def pandoc() -> str | None:
    """The pandoc program: the one pypandoc_binary brings, else one on PATH."""
    try:
        import pypandoc

        return str(pypandoc.get_pandoc_path())
    except (ImportError, OSError):
        return tools.which("pandoc")


def to_html(source: str, source_file: str, options: ParseOptions, reader: str, redo: str = REDO) -> str:
    """`source` (LaTeX, AsciiDoc, …: pandoc's `reader`) as a standalone HTML page by pandoc, sandboxed and confined."""
    exe = pandoc()
    if exe is None:
        raise ToolMissing(source_file, "filen må gjøres om med pandoc, som ikke er installert",
                          f"{redo}, eller installer pandoc (pip install pypandoc_binary, Debian: apt install pandoc)")
    with tempfile.TemporaryDirectory(prefix="tiltak-pandoc-", ignore_cleanup_errors=True) as tmp:
        src = Path(tmp) / "input.txt"
        src.write_text(source, encoding="utf-8")
        # --wrap=none: a long title on one line, as the source has it, not broken where pandoc wraps its output.
        args = [exe, "--sandbox", "-f", reader, "-t", "html5", "-s", "--wrap=none", str(src)]
        try:
            done = tools.run(args, timeout=options.convert_timeout, cwd=Path(tmp), memory=options.tool_memory)
        except subprocess.TimeoutExpired as exc:
            raise TooHeavy(source_file, f"filen er for tung å lese: pandoc brukte mer enn {options.convert_timeout:g} "
                           "sekunder og ble stoppet", redo) from exc
        except OSError as exc:
            raise ToolMissing(source_file, f"pandoc ({exe}) kunne ikke startes", redo) from exc
    if done.returncode != 0:
        raise DamagedFile(source_file, "kildeteksten kan ikke leses (pandoc fant feil i den)", redo)
    # A source without a title of its own: pandoc names the page after its input file, which is ours, not the report's.
    return done.stdout.decode("utf-8", "replace").replace(f"<title>{src.stem}</title>", "<title></title>", 1)
