"""An Apple Mail message as Mail keeps it on disk (.emlx): the message's byte count on the first line, the message, then
Mail's own property list (flags, dates) after it. Read as the e-mail it holds, its attachments taken out as an
e-mail's are."""

from __future__ import annotations

from contextlib import AbstractContextManager
from dataclasses import replace
from pathlib import Path

from tiltak_core.errors import DamagedFile

from .content import Content
from .detect import EMLX_COUNT
from .mail import eml_file, parse_eml
from .registry import ParseOptions, register


def message_bytes(data: bytes, source_file: str) -> bytes:
    """The e-mail inside an .emlx file; DamagedFile when the file is cut short of the byte count its first line gives."""
    counted = EMLX_COUNT.match(data)
    if counted is None or len(data) - counted.end() < int(counted[1]):
        raise DamagedFile(source_file, "Apple Mail-meldingen er avkuttet (den er kortere enn den selv sier)",
                          "Eksporter e-posten på nytt fra Mail (Arkiv → Arkiver som, «Rå meldingskilde»), eller lagre "
                          "vedlegget for seg")
    return data[counted.end() : counted.end() + int(counted[1])]


def as_eml(path: Path, source_file: str) -> AbstractContextManager[Path]:
    """The message written as the e-mail it is, in a temporary folder removed afterwards."""
    return eml_file(message_bytes(Path(path).read_bytes(), source_file), "tiltak-emlx-")


@register("emlx")
def parse_emlx(path: Path, source_file: str, options: ParseOptions) -> Content:
    """An Apple Mail message: its text read as a saved e-mail's."""
    with as_eml(path, source_file) as eml:
        content = parse_eml(eml, source_file, options)
    return replace(content, converted_from="Apple Mail-melding (EMLX)")
