"""A very small PDF writer (objects, streams, xref), enough for hand-made PDFs of this round."""
from __future__ import annotations

import hashlib
import zlib


def pdf_str(s: str) -> bytes:
    """A literal string in WinAnsi (cp1252), with the needed escapes."""
    b = s.encode("cp1252")
    b = b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    return b"(" + b + b")"


def pdf_text_utf16(s: str) -> bytes:
    """A text string (document info, titles) as UTF-16BE with BOM, hex."""
    return b"<FEFF" + s.encode("utf-16-be").hex().upper().encode() + b">"


class PDF:
    def __init__(self):
        self.objs: list[bytes | None] = []

    def reserve(self) -> int:
        self.objs.append(None)
        return len(self.objs)

    def set(self, num: int, body: bytes | str) -> int:
        if isinstance(body, str):
            body = body.encode("latin-1")
        self.objs[num - 1] = body
        return num

    def add(self, body: bytes | str) -> int:
        n = self.reserve()
        return self.set(n, body)

    def stream(self, dict_inner: bytes | str, data: bytes, compress: bool = True, num: int | None = None) -> int:
        if isinstance(dict_inner, str):
            dict_inner = dict_inner.encode("latin-1")
        if compress:
            data = zlib.compress(data, 6)
            dict_inner = b"/Filter /FlateDecode " + dict_inner
        body = b"<< " + dict_inner + b" /Length " + str(len(data)).encode() + b" >>\nstream\n" + data + b"\nendstream"
        if num is None:
            return self.add(body)
        return self.set(num, body)

    def write(self, root: int, info: int | None = None, header: bytes = b"%PDF-1.7") -> bytes:
        out = bytearray(header + b"\n%\xe2\xe3\xcf\xd3\n")
        offsets = []
        for i, body in enumerate(self.objs, start=1):
            assert body is not None, f"object {i} reserved but not set"
            offsets.append(len(out))
            out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
        xref = len(out)
        out += f"xref\n0 {len(self.objs) + 1}\n".encode()
        out += b"0000000000 65535 f \n"
        for off in offsets:
            out += f"{off:010d} 00000 n \n".encode()
        fid = hashlib.md5(bytes(out)).hexdigest().upper().encode()
        trailer = b"<< /Size " + str(len(self.objs) + 1).encode() + b" /Root " + f"{root} 0 R".encode()
        if info:
            trailer += b" /Info " + f"{info} 0 R".encode()
        trailer += b" /ID [<" + fid + b"> <" + fid + b">] >>"
        out += b"trailer\n" + trailer + b"\nstartxref\n" + str(xref).encode() + b"\n%%EOF\n"
        return bytes(out)
