"""A Word document or PowerPoint deck saved as one XML file (Flat OPC: Word's «Word XML-dokument»), unpacked into the
package its parts list and read as that package.

LibreOffice opens such a file as plain text, so the parts are put back into a ZIP here: each `pkg:part` holds its
XML inline (`pkg:xmlData`) or its bytes in base64 (`pkg:binaryData`), and names its content type, from which the
package's `[Content_Types].xml` is written again.
"""

from __future__ import annotations

import base64
import binascii
import posixpath
import tempfile
import zipfile
from dataclasses import replace
from pathlib import Path, PurePosixPath
from xml.sax.saxutils import quoteattr

from lxml import etree

from tiltak_core.errors import DamagedFile

from .archive import check_flat_xml
from .content import Content
from .docx import parse_docx
from .office_package import DECK_MAIN_TYPES, WORD_MAIN_TYPES
from .pptx import parse_pptx
from .registry import ParseOptions, register
from .xlsx import parse_xlsx

_PKG = "{http://schemas.microsoft.com/office/2006/xmlPackage}"
# The main part's content type says which package the parts make (Word writes Flat OPC, PowerPoint too).
_MAIN_PARTS = {
    **{t.decode(): "docx" for t in WORD_MAIN_TYPES},
    **{t.decode(): "pptx" for t in DECK_MAIN_TYPES},
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml": "xlsx",
}
_PARSERS = {"docx": parse_docx, "pptx": parse_pptx, "xlsx": parse_xlsx}
_SAVED_AS = {"docx": "Word XML-dokument (Flat OPC)", "pptx": "PowerPoint XML-presentasjon (Flat OPC)",
             "xlsx": "Excel XML (Flat OPC)"}
_AGAIN = "Åpne den i Word og lagre den som Word-dokument (DOCX), eller be medlemmet om en ny kopi"


def _parts(path: Path, source_file: str) -> list[tuple[str, str, bytes]]:
    """(part name without its leading slash, content type, bytes) for every part the package lists."""
    damaged = DamagedFile(source_file, "Word XML-dokumentet er skadet (XML-en i det er ødelagt)", _AGAIN)
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, remove_blank_text=False)
    try:
        root = etree.parse(str(path), parser).getroot()
    except etree.XMLSyntaxError as exc:
        raise damaged from exc
    parts = []
    for part in root.iter(f"{_PKG}part"):
        name, kind = part.get(f"{_PKG}name", "").lstrip("/"), part.get(f"{_PKG}contentType", "")
        xml, binary = part.find(f"{_PKG}xmlData"), part.find(f"{_PKG}binaryData")
        if not name:
            continue
        if xml is not None and len(xml):
            data = etree.tostring(xml[0], xml_declaration=True, encoding="UTF-8", standalone=True)
        elif binary is not None:
            try:
                data = base64.b64decode("".join((binary.text or "").split()), validate=True)
            except (binascii.Error, ValueError) as exc:
                raise damaged from exc
        else:
            continue
        parts.append((name, kind, data))
    return parts


_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"


def _without_missing(name: str, data: bytes, names: set[str]) -> bytes:
    """A relationships part without the relationships to parts the file left out (Word leaves out the thumbnail)."""
    try:
        root = etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True))
    except etree.XMLSyntaxError:
        return data  # the package's reader says it is damaged
    base = PurePosixPath(name).parent.parent  # «word/_rels/document.xml.rels» relates from «word/»
    dropped = False
    for rel in list(root.iter(_RELS)):
        target = rel.get("Target", "")
        if rel.get("TargetMode") == "External" or not target:
            continue
        resolved = posixpath.normpath(target.lstrip("/") if target.startswith("/") else str(base / target))
        if resolved not in names:
            root.remove(rel)
            dropped = True
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True) if dropped else data


def _package(parts: list[tuple[str, str, bytes]], target: Path) -> None:
    """Write the parts as an Open XML package, its content types listed part by part."""
    overrides = "".join(f"<Override PartName={quoteattr('/' + name)} ContentType={quoteattr(kind)}/>"
                        for name, kind, _ in parts if kind)
    types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
             '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
             '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
             f'<Default Extension="xml" ContentType="application/xml"/>{overrides}</Types>')
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", types)
        names = {name for name, _, _ in parts}
        for name, _, data in parts:
            z.writestr(name, _without_missing(name, data, names) if name.endswith(".rels") else data)


@register("flatopc")
def parse_flat_opc(path: Path, source_file: str, options: ParseOptions) -> Content:
    """Unpack the parts into a package in a temporary folder and read it as the Word, PowerPoint or Excel file it is."""
    check_flat_xml(Path(path), source_file, "Word XML-dokumentet", "Word")
    parts = _parts(Path(path), source_file)
    formats = [_MAIN_PARTS[kind] for _, kind, _ in parts if kind in _MAIN_PARTS]
    if not formats:
        raise DamagedFile(source_file, "XML-filen er en Office-pakke (Flat OPC) uten noe dokument i seg", _AGAIN)
    with tempfile.TemporaryDirectory(prefix="tiltak-opc-", ignore_cleanup_errors=True) as tmp:
        package = Path(tmp) / f"input.{formats[0]}"
        _package(parts, package)
        content = _PARSERS[formats[0]](package, source_file, options)
    return replace(content, converted_from=_SAVED_AS[formats[0]])
