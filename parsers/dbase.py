"""A dBase table (.dbf: a county's old case system or a GIS layer's attributes) read as the one table it is.

The format is a header of typed fields and fixed-width records; a record marked deleted («*») is no longer part of
the table, though its bytes stay in the file until the table is packed. Text is in the code page the header's
language driver names (Nordic DOS 865 in a Norwegian system), else guessed between DOS 850 and Windows 1252.
"""

from __future__ import annotations

import struct
from pathlib import Path

from tiltak_core.errors import DamagedFile

from .content import Content, TableBlock
from .registry import ParseOptions, register

_VERSIONS = frozenset({0x02, 0x03, 0x04, 0x05, 0x30, 0x31, 0x32, 0x43, 0x63, 0x83, 0x8B, 0x8E, 0xCB, 0xF5, 0xFB})
# Language driver byte → code page (Microsoft's table; the Nordic and Norwegian drivers first).
_CODE_PAGES = {0x01: "cp437", 0x02: "cp850", 0x03: "cp1252", 0x08: "cp865", 0x57: "cp1252", 0x58: "cp1252",
               0x59: "cp1252", 0x64: "cp852", 0x65: "cp865", 0x66: "cp866", 0xC8: "cp1250", 0xC9: "cp1251"}
_FIX = "Be om tabellen som Excel- eller CSV-eksport fra systemet den kommer fra"


def is_dbase(head: bytes, size: int) -> bool:
    """Whether a file's first bytes are a dBase header that agrees with the file's size."""
    if len(head) < 32 or head[0] not in _VERSIONS or not (1 <= head[2] <= 12 and 1 <= head[3] <= 31):
        return False
    records, header, length = struct.unpack("<IHH", head[4:12])
    return header >= 65 and length >= 2 and header + records * length in (size, size - 1)


def _code_page(driver: int, data: bytes) -> str:
    if driver in _CODE_PAGES:
        return _CODE_PAGES[driver]
    # Bytes 0x80–0x9F are DOS letters («å» 0x86, «ø» 0x9B) and rare typographic marks in Windows 1252.
    return "cp850" if any(0x80 <= b <= 0x9F for b in data) else "cp1252"


def _value(kind: str, raw: bytes, code_page: str) -> str | None:
    text = raw.decode(code_page, "replace").strip()
    if kind == "D" and len(text) == 8 and text.isdigit():
        return f"{text[:4]}-{text[4:6]}-{text[6:]}"
    if kind == "L":
        return {"T": "ja", "Y": "ja", "J": "ja", "F": "nei", "N": "nei"}.get(text.upper()[:1])
    return text or None


@register("dbase")
def parse_dbase(path: Path, source_file: str, options: ParseOptions) -> Content:
    """A dBase table: its fields the header row, each record not marked deleted a row."""
    data = Path(path).read_bytes()
    if not is_dbase(data[:32], len(data)):
        raise DamagedFile(source_file, "dBase-tabellen er skadet (hodet stemmer ikke med filens lengde)", _FIX)
    records, header, length = struct.unpack("<IHH", data[4:12])
    fields: list[tuple[str, str, int]] = []
    at = 32
    while at + 32 <= header and data[at] != 0x0D:
        name = data[at:at + 11].split(b"\0", 1)[0].decode("ascii", "replace").strip()
        fields.append((name, chr(data[at + 11]), data[at + 16]))
        at += 32
    if not fields or 1 + sum(width for *_, width in fields) > length:
        raise DamagedFile(source_file, "dBase-tabellen er skadet (feltene stemmer ikke med postene)", _FIX)
    body = data[header:header + records * length]
    code_page = _code_page(data[29], body)
    rows: list[tuple[str | None, ...]] = [tuple(name for name, *_ in fields)]
    deleted = 0
    for n in range(records):
        record = body[n * length:(n + 1) * length]
        if record[:1] == b"*":
            deleted += 1  # deleted, its bytes left until the table is packed: no longer the table's
            continue
        at, row = 1, []
        for _, kind, width in fields:
            row.append(None if kind == "M" else _value(kind, record[at:at + width], code_page))
            at += width
        rows.append(tuple(row))
    warnings = (f"{source_file}: {deleted} {'post' if deleted == 1 else 'poster'} er merket som slettet i tabellen og "
                "ble ikke lest",) if deleted else ()
    return Content(blocks=(TableBlock(None, 1, tuple(rows), caption=Path(source_file).stem),), warnings=warnings)
