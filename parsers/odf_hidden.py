"""Sections an OpenDocument text hides (`text:section text:display="none"`): they neither show nor print, so they are
no part of the report, but LibreOffice's DOCX export writes them out as ordinary text («Tiltak i 2091 – skjult, til
intern sammenligning»). They are taken out of a copy of the file before it is converted, and the user is told.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from lxml import etree

TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_SECTION = f"{{{TEXT}}}section"
_DISPLAY = f"{{{TEXT}}}display"
_NAME = f"{{{TEXT}}}name"


def without_hidden_sections(path: Path, folder: Path) -> tuple[Path, list[str]]:
    """`path`, or a copy in `folder` with its hidden sections taken out; and what each hidden section opened with (or
    its name). The file is returned as it is when it hides none."""
    with zipfile.ZipFile(path) as z:
        content = z.read("content.xml") if "content.xml" in z.NameToInfo else b""
        if b'display="none"' not in content:
            return path, []
        root = etree.fromstring(content, etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False))
        hidden = [s for s in root.iter(_SECTION) if s.get(_DISPLAY) == "none"]
        if not hidden:
            return path, []
        said = []
        for section in hidden:
            lines = (" ".join("".join(p.itertext()).split()) for p in section.iter(f"{{{TEXT}}}h", f"{{{TEXT}}}p"))
            said.append(next((t[:80] for t in lines if t), "") or section.get(_NAME, ""))
            parent = section.getparent()
            if parent is not None:
                parent.remove(section)
        copy = folder / f"uten-skjulte{path.suffix}"
        with zipfile.ZipFile(copy, "w") as out:
            for info in z.infolist():
                data = etree.tostring(root, xml_declaration=True, encoding="UTF-8") if info.filename == "content.xml" \
                    else z.read(info)
                # «mimetype» stays first and stored, as ODF asks
                out.writestr(info, data, compress_type=zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED)
    return copy, said


def hidden_note(said: list[str]) -> str:
    return (f"dokumentet har {len(said)} {'skjult del' if len(said) == 1 else 'skjulte deler'} som verken vises eller "
            f"skrives ut ({'; '.join(f'«{s}»' for s in said)}); {'den' if len(said) == 1 else 'de'} er ikke lest")

