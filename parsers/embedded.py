"""Workbooks and documents embedded in a Word, PowerPoint or Excel file, read with their own parsers.

A member may insert its table of tiltak as an object (Word's «Sett inn objekt», or an Excel range pasted as one):
the file then shows only the object's preview picture, and its text holds none of the table. The object's package
lies whole inside the file (`word/embeddings/Microsoft_Excel_Worksheet.xlsx`) and is read as the workbook or Word
document it is, checked against the archive limits as a file of its own. At most MAX_PACKAGES are read, in the
order the package stores them.
"""

from __future__ import annotations

import re
import shutil
import tempfile
import traceback
import zipfile
from dataclasses import dataclass, replace
from pathlib import Path, PurePosixPath

from tiltak_core.errors import ReportError
from tiltak_core.faultlog import record

from .archive import in_order
from .content import Block, Content, Paragraph, TableBlock
from .detect import detect
from .registry import ParseOptions, parser_for

MAX_PACKAGES = 10
_EMBEDDED = re.compile(r"^(?:word|ppt|xl)/embeddings/[^/]+\.(?:xlsx|xlsm|docx|docm)$", re.IGNORECASE)
# The formats read here as they are; one another program must convert first (Strict Open XML) is left.
_READ = {"xlsx": "regnearket", "docx": "Word-dokumentet"}


def _unpacked(path: Path, folder: Path, options: ParseOptions) -> list[tuple[str, Path]]:
    """The embedded packages copied out to `folder`, each with its name in the file; [] when the file has none."""
    found = []
    with zipfile.ZipFile(path) as z:
        members = sorted((i for i in z.infolist() if _EMBEDDED.match(i.filename)
                          and i.file_size <= options.max_unpacked_bytes), key=lambda i: in_order(i.filename))
        for n, info in enumerate(members[:MAX_PACKAGES]):
            target = folder / f"{n}{PurePosixPath(info.filename).suffix.lower()}"
            # zipfile unpacks no more than the size declared, which the file's own archive check has bounded.
            with z.open(info) as source, open(target, "wb") as out:
                shutil.copyfileobj(source, out)
            found.append((PurePosixPath(info.filename).name, target))
    return found


@dataclass(frozen=True)
class Embedded:
    """What the packages embedded in a file gave: their blocks and notes, and the ones not read with why."""

    blocks: tuple[Block, ...] = ()
    notes: tuple[str, ...] = ()
    refused: tuple[str, ...] = ()


def embedded_read(path: Path, source_file: str, options: ParseOptions) -> Embedded:
    """The blocks of the workbooks and Word documents embedded in an Office file, each read with its own parser."""
    blocks: list[Block] = []
    notes: list[str] = []
    refused: list[str] = []
    with tempfile.TemporaryDirectory(prefix="tiltak-innebygd-") as tmp:
        try:
            packages = _unpacked(path, Path(tmp), options)
        except Exception:  # noqa: BLE001 -- the file was read already; an object zipfile cannot give is left unread
            return Embedded()
        for name, package in packages:
            format = detect(package)
            if format not in _READ:
                continue
            what = f"{_READ[format]} «{name}», som er innebygd i filen,"
            inner = f"{source_file}/{name}"
            try:
                read = _parse(format, package, inner, options)
            except ReportError as exc:
                refused.append(f"{source_file}: {what} ble ikke lest: {exc.problem}")
                continue
            except MemoryError:
                raise
            except Exception:  # noqa: BLE001 -- a library tripping on the object must not cost the report it sits in
                log = record(inner, traceback.format_exc())
                refused.append(f"{source_file}: {what} ble ikke lest (intern feil){f'; detaljene står i {log}' if log else ''}")
                continue
            if read.blocks:
                blocks.extend(read.blocks)
                notes.extend(read.warnings)
                notes.append(f"{source_file}: teksten har ingen tiltak, så {what} er lest; tiltakene står bare der, "
                             "ikke i dokumentets tekst")
    return Embedded(tuple(blocks), tuple(notes), tuple(refused))


def _parse(format: str, package: Path, inner: str, options: ParseOptions) -> Content:
    parser = parser_for(format)
    assert parser is not None  # both formats in _READ have a parser
    return parser.parse(package, inner, options)


def with_embedded(content: Content, embedded: Embedded) -> Content:
    """The file's own blocks, then the embedded ones numbered after them (tables and paragraphs each), so that a row's
    place never names one of the file's own."""
    tables = max((b.index for b in content.blocks if isinstance(b, TableBlock)), default=0)
    lines = max((b.line for b in content.blocks if isinstance(b, Paragraph)), default=0)
    moved = [replace(b, index=b.index + tables) if isinstance(b, TableBlock) else replace(b, line=b.line + lines)
             for b in embedded.blocks]
    return replace(content, blocks=(*content.blocks, *moved),
                   warnings=(*content.warnings, *embedded.refused, *embedded.notes))
