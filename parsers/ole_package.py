"""The file inside an OLE object a Word, PowerPoint or Excel file embeds (`word/embeddings/oleObject1.bin`): a PDF or
another report inserted as an icon («Sett inn objekt → Opprett fra fil»), which the document's text does not hold.

Windows wraps a file inserted so in a «Package» object: a Compound File whose `\\x01Ole10Native` stream holds the
file's label, its original path and its bytes. Acrobat's own object keeps the PDF in a `CONTENTS` stream instead, and
an Office document inserted as an object keeps its package in a `Package` stream.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

import olefile

_HEADER = struct.Struct("<IH")  # the stream's size, then a flag word: the label follows
_SIZE = struct.Struct("<I")


@dataclass(frozen=True)
class OlePayload:
    """The file an OLE object holds: its name (as the label shows it) and its bytes."""

    name: str
    data: bytes


def _cstring(data: bytes, at: int) -> tuple[str, int]:
    end = data.index(b"\0", at)
    return data[at:end].decode("cp1252", errors="replace"), end + 1


def native_payload(native: bytes) -> OlePayload:
    """The file in an `\\x01Ole10Native` stream: size, flags, label, path, then (after a word and the temporary path)
    the data's length and the data. Raises ValueError when the stream is not so laid out."""
    try:
        label, at = _cstring(native, _HEADER.size)
        _, at = _cstring(native, at)  # the path it was inserted from, on the sender's machine
        at += 4  # a word that marks the kind of link
        (length,) = _SIZE.unpack_from(native, at)
        at += _SIZE.size + length  # the temporary path it was copied to
        (size,) = _SIZE.unpack_from(native, at)
        at += _SIZE.size
    except (struct.error, ValueError) as exc:
        raise ValueError("not an Ole10Native stream") from exc
    if size > len(native) - at:
        raise ValueError("the stream is shorter than the file it announces")
    return OlePayload(Path(label.replace("\\", "/")).name or "objekt", native[at:at + size])


def ole_payload(path: Path) -> OlePayload | None:
    """The file the OLE object at `path` holds; None when it holds none this module knows (a chart, an equation)."""
    with olefile.OleFileIO(str(path)) as ole:
        if ole.exists("\x01Ole10Native"):
            return native_payload(ole.openstream("\x01Ole10Native").read())
        for stream, suffix in (("CONTENTS", ".pdf"), ("Package", "")):
            if ole.exists(stream):
                data = ole.openstream(stream).read()
                if suffix == ".pdf" and not data.startswith(b"%PDF"):
                    continue
                return OlePayload(f"{path.stem}{suffix}", data)
    return None
