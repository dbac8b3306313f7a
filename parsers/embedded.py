"""Workbooks and documents embedded in a Word, PowerPoint, Excel or OpenDocument file, read with their own parsers.

A member may insert its table of tiltak as an object (Word's «Sett inn objekt», or an Excel range pasted as one):
the file then shows only the object's preview picture, and its text holds none of the table. The object's package
lies whole inside the file (`word/embeddings/Microsoft_Excel_Worksheet.xlsx`) and is read as the workbook or Word
document it is, checked against the archive limits as a file of its own. An ODF document's objects (a Calc table in
a Writer report) are copied out as the .ods or .odt they are by parsers.odf_objects, in the order their frames stand.
At most MAX_PACKAGES are read, in the order the package stores them.
"""

from __future__ import annotations

import re
import shutil
import tempfile
import traceback
import zipfile
from dataclasses import dataclass, replace
from pathlib import Path, PurePosixPath
from typing import Sequence

from tiltak_core.errors import ReportError
from tiltak_core.faultlog import record

from .archive import in_order
from .content import Block, Content, Paragraph, TableBlock
from .detect import detect
from .odf_objects import Packed, odf_objects
from .ole_package import ole_payload
from .registry import ParseOptions, parser_for

MAX_PACKAGES = 10
_EMBEDDED = re.compile(r"^(?:word|ppt|xl)/embeddings/[^/]+\.(?:xlsx|xlsm|docx|docm|bin)$", re.IGNORECASE)
# The formats read here, by what a note calls the object; one another program must convert first (Strict Open XML)
# is left, as is a chart.
_READ = {"xlsx": "regnearket", "docx": "Word-dokumentet", "ods": "regnearket", "fods": "regnearket",
         "odt": "tekstdokumentet", "fodt": "tekstdokumentet", "pdf": "PDF-filen"}
# The OpenDocument formats whose objects parsers.odf_objects finds (a template is read as its document).
ODF_FORMATS = ("odt", "ods", "odp", "fodt", "fods", "fodp")
# The formats whose embedded objects are read: Word, PowerPoint and Excel's, and ODF's.
OBJECT_FORMATS = ("docx", "pptx", "xlsx", *ODF_FORMATS)


def _unpacked(path: Path, format: str, folder: Path, options: ParseOptions) -> list[Packed]:
    """The embedded packages of a file of `format` copied out to `folder`, each with its name in the file and its
    format; [] when the file has none."""
    if format in ODF_FORMATS:
        return odf_objects(path, format, folder, options, MAX_PACKAGES)
    found = []
    with zipfile.ZipFile(path) as z:
        members = sorted((i for i in z.infolist() if _EMBEDDED.match(i.filename)
                          and i.file_size <= options.max_unpacked_bytes), key=lambda i: in_order(i.filename))
        for n, info in enumerate(members[:MAX_PACKAGES]):
            target = folder / f"{n}{PurePosixPath(info.filename).suffix.lower()}"
            # zipfile unpacks no more than the size declared, which the file's own archive check has bounded.
            with z.open(info) as source, open(target, "wb") as out:
                shutil.copyfileobj(source, out)
            if target.suffix == ".bin":
                found.extend(_inserted(target, folder / str(n)))  # a file inserted as an icon (an OLE «Package»)
            else:
                found.append(Packed(PurePosixPath(info.filename).name, detect(target), target))
    return found


def _inserted(ole: Path, folder: Path) -> list[Packed]:
    """The file an OLE object holds, copied out under its own name; [] when it holds none or is no OLE object."""
    try:
        payload = ole_payload(ole)
    except (OSError, ValueError):  # olefile's «not an OLE2 structured storage file», a stream laid out otherwise
        return []
    if payload is None:
        return []
    folder.mkdir()
    target = folder / (re.sub(r"[^\w. ()–-]", "_", payload.name).strip(". ") or "objekt")
    target.write_bytes(payload.data)
    return [Packed(payload.name, detect(target), target)]


@dataclass(frozen=True)
class Embedded:
    """What the packages embedded in a file gave: their blocks and notes, and the ones not read with why."""

    blocks: tuple[Block, ...] = ()
    notes: tuple[str, ...] = ()
    refused: tuple[str, ...] = ()


def embedded_read(path: Path, format: str, source_file: str, options: ParseOptions) -> Embedded:
    """The blocks of the workbooks and documents embedded in an Office or ODF file of `format`, each read with its
    own parser."""
    blocks: list[Block] = []
    notes: list[str] = []
    refused: list[str] = []
    with tempfile.TemporaryDirectory(prefix="tiltak-innebygd-") as tmp:
        try:
            packages = _unpacked(path, format, Path(tmp), options)
        except Exception:  # noqa: BLE001 -- the file was read already; an object zipfile cannot give is left unread
            return Embedded()
        for packed in packages:
            if packed.format not in _READ:
                continue
            what = f"{_READ[packed.format]} «{packed.name}», som er innebygd i filen,"
            inner = f"{source_file}/{packed.name}"
            if packed.path is None:
                refused.append(f"{source_file}: {what} ble ikke lest: {packed.problem}")
                continue
            try:
                read = _parse(packed.format, packed.path, inner, options)
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
                blocks.extend(_after(blocks, read.blocks))  # two objects' first tables are two tables
                notes.extend(read.warnings)
                notes.append(f"{source_file}: teksten har ingen tiltak, så {what} er lest; tiltakene står bare der, "
                             "ikke i dokumentets tekst")
    return Embedded(tuple(blocks), tuple(notes), tuple(refused))


def _parse(format: str, package: Path, inner: str, options: ParseOptions) -> Content:
    parser = parser_for(format)
    assert parser is not None  # every format in _READ has a parser
    return parser.parse(package, inner, options)


def _after(before: Sequence[Block], blocks: Sequence[Block]) -> list[Block]:
    """`blocks` numbered after `before` (tables and paragraphs each)."""
    tables = max((b.index for b in before if isinstance(b, TableBlock)), default=0)
    lines = max((b.line for b in before if isinstance(b, Paragraph)), default=0)
    return [replace(b, index=b.index + tables) if isinstance(b, TableBlock) else replace(b, line=b.line + lines)
            for b in blocks]


def with_embedded(content: Content, embedded: Embedded) -> Content:
    """The file's own blocks, then the embedded ones numbered after them, so that a row's place never names one of
    the file's own."""
    return replace(content, blocks=(*content.blocks, *_after(content.blocks, embedded.blocks)),
                   warnings=(*content.warnings, *embedded.refused, *embedded.notes))
