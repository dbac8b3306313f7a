"""Put a LibreOffice PDF's objects in one order.

LibreOffice writes the embedded fonts of a PDF in an order that changes from run to run (the objects themselves are
the same). To build the same bytes every time, the objects are renumbered in the order they are reached from the
document catalogue and the info dictionary, references rewritten, and the cross-reference table rebuilt. Only the
classic layout LibreOffice writes is handled (no object streams, one xref table); anything else is returned as is."""
from __future__ import annotations

import re

_HEADER = re.compile(rb"(\d+) 0 obj\r?\n")
_REF = re.compile(rb"(?<![\d.])(\d+) 0 R(?![A-Za-z])")


def _split(data: bytes) -> tuple[bytes, dict[int, tuple[bytes, bytes]], bytes] | None:
    first = _HEADER.search(data)
    if not first:
        return None
    head, pos, objects = data[: first.start()], first.start(), {}
    while True:
        m = _HEADER.match(data, pos)
        if not m:
            break
        num = int(m.group(1))
        body_start = m.end()
        end_obj = data.find(b"endobj", body_start)
        stream_at = data.find(b"stream", body_start)
        if stream_at != -1 and stream_at < end_obj and data[stream_at - 1: stream_at] != b"d":
            end = data.find(b"endstream", stream_at)
            end_obj = data.find(b"endobj", end)
            meta, rest = data[body_start:stream_at], data[stream_at:end_obj]
        else:
            meta, rest = data[body_start:end_obj], b""
        if num in objects or end_obj == -1:
            return None
        objects[num] = (meta, rest)
        pos = end_obj + len(b"endobj")
        while data[pos: pos + 1] in (b"\n", b"\r"):
            pos += 1
    tail = data[pos:]
    if not tail.startswith(b"xref"):
        return None
    return head, objects, tail


def canonical(data: bytes) -> bytes:
    parts = _split(data)
    if parts is None:
        return data
    head, objects, tail = parts
    trailer = tail[tail.find(b"trailer"):]
    root = re.search(rb"/Root (\d+) 0 R", trailer)
    info = re.search(rb"/Info (\d+) 0 R", trailer)
    if not root:
        return data
    order: list[int] = []
    seen: set[int] = set()

    def visit(num: int) -> None:
        stack = [num]
        while stack:
            n = stack.pop()
            if n in seen or n not in objects:
                continue
            seen.add(n)
            order.append(n)
            refs = [int(r) for r in _REF.findall(objects[n][0])]
            stack.extend(reversed(refs))

    visit(int(root.group(1)))
    if info:
        visit(int(info.group(1)))
    order += sorted(n for n in objects if n not in seen)
    new = {old: i + 1 for i, old in enumerate(order)}

    def renumber(text: bytes) -> bytes:
        return _REF.sub(lambda m: b"%d 0 R" % new.get(int(m.group(1)), int(m.group(1))), text)

    out = bytearray(head)
    offsets = []
    for old in order:
        meta, rest = objects[old]
        offsets.append(len(out))
        out += b"%d 0 obj\n" % new[old] + renumber(meta) + rest + b"endobj\n\n"
    xref_at = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(order) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    rest_of_trailer = re.sub(rb"/Size \d+", b"/Size %d" % (len(order) + 1), trailer.split(b"startxref")[0])
    out += renumber(rest_of_trailer) + b"startxref\n%d\n%%%%EOF\n" % xref_at
    return bytes(out)
