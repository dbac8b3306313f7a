"""The OpenDocument objects embedded in an ODF document, copied out as files of their own to be read by their parsers.

LibreOffice keeps a Calc table inserted in a Writer report (Sett inn > OLE-objekt) as a document of its own: in a
package, the folder «Object 1/» (its content.xml and styles.xml; its type in the manifest) that a frame in the body
names by «./Object 1»; in a flat file (.fodt), an `office:document` inside the frame's `draw:object`. Each spreadsheet
or text object is written here as an .ods/.odt (.fods/.fodt), in the order the frames stand, each object once: one
nested in another is written on its own, and left out of the one it stands in. Charts, formulas, drawings and the
preview pictures in «ObjectReplacements/» are not read.
"""

from __future__ import annotations

import posixpath
import shutil
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Iterator
from xml.sax.saxutils import quoteattr

from lxml import etree

from .archive import size_text
from .cellcount import drop
from .registry import ParseOptions

_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_DRAW_OBJECT = "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}object"
_DRAW_NAME = "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}name"
_HREF = "{http://www.w3.org/1999/xlink}href"
_MANIFEST = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"
_ODF = "application/vnd.oasis.opendocument."
# The objects that may hold a table of tiltak or its text: media type -> format written (package, flat).
_KINDS = {f"{_ODF}spreadsheet": ("ods", "fods"), f"{_ODF}text": ("odt", "fodt")}
# An object's body element says its kind where no manifest does.
_BODIES = {f"{{{_OFFICE}}}spreadsheet": f"{_ODF}spreadsheet", f"{{{_OFFICE}}}text": f"{_ODF}text"}
FLAT_FORMATS = ("fodt", "fods", "fodp")
# A damaged object is gone once LibreOffice saves the file again: only the member has it whole.
_AGAIN = "be medlemmet om en ny kopi av filen, eller om tabellen satt inn i selve dokumentet"
MAX_DEPTH = 3  # objects in objects in objects: deeper ones are left


@dataclass(frozen=True)
class Packed:
    """One embedded object: its name in the file, the format it was written as, and the file; no file when it is
    broken, `problem` then saying how (in Norwegian)."""

    name: str
    format: str
    path: Path | None
    problem: str = ""


def odf_objects(path: Path, format: str, folder: Path, options: ParseOptions, limit: int) -> list[Packed]:
    """At most `limit` spreadsheet and text objects of an ODF document, written to `folder`, in the body's order."""
    if format in FLAT_FORMATS:
        return _inline(path, folder, limit)
    with zipfile.ZipFile(path) as z:
        return _Package(z, folder, options, limit).objects()


def _parser_events(stream: IO[bytes], events: tuple[str, ...]) -> Iterator[tuple[str, etree._Element]]:
    found: Iterator[tuple[str, etree._Element]] = etree.iterparse(
        stream, events=events, resolve_entities=False, load_dtd=False, no_network=True, huge_tree=False)
    return found


def _hrefs(stream: IO[bytes]) -> list[str]:
    """The objects a content.xml's frames name, in order, read streaming: a big sheet must not fill memory."""
    found = []
    for _, element in _parser_events(stream, ("end",)):
        if element.tag == _DRAW_OBJECT and (href := element.get(_HREF)):
            found.append(href)
        drop(element)
    return found


def _storage(base: str, href: str) -> str:
    """The folder in the package a frame's «./Object 1» names, seen from its document's folder; '' for a link out of
    the package (another file, a web address), which is never followed."""
    if not href or ":" in href or href.startswith(("/", "#")):
        return ""
    path = posixpath.normpath(posixpath.join(base, href.removeprefix("./"))).strip("/")
    return "" if path in ("", ".") or path.startswith("..") else path


class _Package:
    """An ODF package's objects, found from its body's frames and its manifest."""

    def __init__(self, z: zipfile.ZipFile, folder: Path, options: ParseOptions, limit: int) -> None:
        self.z, self.folder, self.options, self.limit = z, folder, options, limit
        self.names = {i.filename for i in z.infolist()}
        self.types = self._manifest()
        self.found: list[Packed] = []
        self.seen: set[str] = set()

    def _manifest(self) -> dict[str, str]:
        """Each folder and file's media type as the manifest lists it (folders with their «/»)."""
        info = self.z.NameToInfo.get("META-INF/manifest.xml")
        if info is None or info.file_size > self.options.max_unpacked_bytes:
            return {}
        try:
            with self.z.open(info) as stream:
                return {e.get(f"{{{_MANIFEST}}}full-path", ""): e.get(f"{{{_MANIFEST}}}media-type", "")
                        for _, e in _parser_events(stream, ("end",)) if e.tag == f"{{{_MANIFEST}}}file-entry"}
        except (etree.XMLSyntaxError, zipfile.BadZipFile, OSError, EOFError):
            return {}  # the document was read without it; objects are then found by their frames alone

    def objects(self) -> list[Packed]:
        self._walk()
        # Objects the manifest lists that no frame names, as a hand-made file may have them.
        for path, kind in sorted(self.types.items()):
            if path.endswith("/") and path != "/" and kind in _KINDS and path.count("/") <= MAX_DEPTH:
                self._object(path.rstrip("/"), 1)
        return self.found

    def _walk(self) -> None:
        """Each object the frames of the file's own content.xml name, and theirs in turn."""
        info = self.z.NameToInfo.get("content.xml")
        if info is None or info.file_size > self.options.max_unpacked_bytes:
            return
        try:
            with self.z.open(info) as stream:
                hrefs = _hrefs(stream)
        except (etree.XMLSyntaxError, zipfile.BadZipFile, OSError, EOFError):
            return  # the file's own was read already
        self._follow("", hrefs, 0)

    def _follow(self, base: str, hrefs: list[str], depth: int) -> None:
        """The objects the frames of the document at `base` name (`hrefs`), and theirs in turn."""
        for href in hrefs:
            if storage := _storage(base, href):
                self._object(storage, depth + 1)

    def _object(self, storage: str, depth: int) -> None:
        if storage in self.seen or depth > MAX_DEPTH or len(self.found) >= self.limit:
            return
        self.seen.add(storage)
        kind = self.types.get(f"{storage}/") or self._body_kind(storage)
        if kind not in _KINDS:
            return  # a chart, a formula, a picture or a link: no table of tiltak
        format = _KINDS[kind][0]
        content = f"{storage}/content.xml"
        if content not in self.names:
            self.found.append(Packed(storage, format, None, f"innholdet (content.xml) mangler i objektet; {_AGAIN}"))
            return
        size, most = self.z.getinfo(content).file_size, self.options.max_unpacked_bytes
        if size > most:
            self.found.append(Packed(storage, format, None, f"innholdet (content.xml) pakkes ut til {size_text(size)}, "
                                     f"over grensen på {size_text(most)}"))
            return
        try:
            with self.z.open(content) as stream:
                hrefs = _hrefs(stream)  # read once: for the objects nested here, left out below and followed after
        except (etree.XMLSyntaxError, zipfile.BadZipFile, OSError, EOFError):
            self.found.append(Packed(storage, format, None,
                                     f"innholdet er skadet (content.xml er ikke gyldig XML); {_AGAIN}"))
            return
        inner = {s for h in hrefs if (s := _storage(storage, h))}
        inner |= {p.rstrip("/") for p in self.types if p.startswith(f"{storage}/") and p.endswith("/")
                  and p != f"{storage}/"}
        target = self.folder / f"{len(self.found)}.{format}"
        self._write(storage, kind, inner, target)
        self.found.append(Packed(storage, format, target))
        self._follow(storage, hrefs, depth)

    def _body_kind(self, storage: str) -> str:
        """The media type an object's own «mimetype» or body element says, for a package whose manifest does not."""
        name = f"{storage}/mimetype"
        if name in self.names:
            with self.z.open(name) as f:
                return f.read(100).decode("ascii", errors="replace").strip()
        if f"{storage}/content.xml" not in self.names:
            return ""
        try:
            with self.z.open(f"{storage}/content.xml") as stream:
                for _, element in _parser_events(stream, ("start",)):
                    if element.tag in _BODIES:
                        return _BODIES[element.tag]
        except (etree.XMLSyntaxError, zipfile.BadZipFile, OSError, EOFError):
            return ""
        return ""

    def _write(self, storage: str, kind: str, nested: set[str], target: Path) -> None:
        """The object's files as a package of its own, its «mimetype» first and stored, as ODF has it; the objects
        nested in it are left out (each is written on its own)."""
        prefix = f"{storage}/"
        parts = [i for i in self.z.infolist() if i.filename.startswith(prefix) and not i.is_dir()
                 and not any(i.filename.startswith(f"{n}/") for n in nested)
                 and i.filename[len(prefix):] not in ("mimetype", "META-INF/manifest.xml")
                 and i.file_size <= self.options.max_unpacked_bytes]
        entries = "".join(f'<manifest:file-entry manifest:full-path={quoteattr(i.filename[len(prefix):])} '
                          f'manifest:media-type={quoteattr(self.types.get(i.filename, ""))}/>' for i in parts)
        manifest = (f'<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="{_MANIFEST}" '
                    f'manifest:version="1.2"><manifest:file-entry manifest:full-path="/" '
                    f'manifest:media-type={quoteattr(kind)}/>{entries}</manifest:manifest>')
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
            out.writestr(zipfile.ZipInfo("mimetype"), kind, zipfile.ZIP_STORED)
            for info in parts:
                # zipfile unpacks no more than the size declared, which the file's own archive check has bounded.
                with self.z.open(info) as source, out.open(info.filename[len(prefix):], "w") as copy:
                    shutil.copyfileobj(source, copy)
            out.writestr("META-INF/manifest.xml", manifest)


def _inline(path: Path, folder: Path, limit: int) -> list[Packed]:
    """The documents a flat file holds inside its frames, each written as a flat file of its own; a nested one is
    taken out of the one it stands in."""
    found: list[tuple[int, Packed]] = []
    opened: list[int] = []  # the order each open draw:object started in
    starts = 0
    with open(path, "rb") as stream:
        for event, element in _parser_events(stream, ("start", "end")):
            if element.tag != _DRAW_OBJECT:
                if event == "end" and not opened:
                    drop(element)  # outside every object: the file's own text, read already
                continue
            if event == "start":
                opened.append(starts)
                starts += 1
                continue
            order = opened.pop()
            document = element.find(f"{{{_OFFICE}}}document")
            kind = document.get(f"{{{_OFFICE}}}mimetype", "") if document is not None else ""
            if document is not None and kind in _KINDS and len(found) < limit:
                frame = element.getparent()
                name = frame.get(_DRAW_NAME, "") if frame is not None else ""
                target = folder / f"{len(found)}.{_KINDS[kind][1]}"
                target.write_bytes(etree.tostring(document, xml_declaration=True, encoding="UTF-8"))
                found.append((order, Packed(name or f"objekt {order + 1}", _KINDS[kind][1], target)))
            if document is not None:
                element.remove(document)  # read once: the document it stands in is written without it
    return [packed for _, packed in sorted(found, key=lambda f: f[0])]
