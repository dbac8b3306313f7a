"""Minimal TNEF (winmail.dat) writer and reader, after [MS-OXTNEF]."""
from __future__ import annotations

import struct

SIGNATURE = 0x223E9F78
LVL_MESSAGE, LVL_ATTACHMENT = 0x01, 0x02

ATT_TNEF_VERSION = 0x00089006
ATT_OEM_CODEPAGE = 0x00069007
ATT_MESSAGE_CLASS = 0x00078008
ATT_MSG_PROPS = 0x00069003
ATT_SUBJECT = 0x00018004
ATT_DATE_SENT = 0x00038005
ATT_ATTACH_REND_DATA = 0x00069002
ATT_ATTACH_TITLE = 0x00018010
ATT_ATTACH_CREATE_DATE = 0x00038012
ATT_ATTACH_MODIFY_DATE = 0x00038013
ATT_ATTACH_DATA = 0x0006800F
ATT_ATTACHMENT = 0x00069005

PT_LONG, PT_BOOLEAN, PT_STRING8, PT_UNICODE, PT_BINARY = 0x0003, 0x000B, 0x001E, 0x001F, 0x0102


def _attr(level: int, attr_id: int, data: bytes) -> bytes:
    return struct.pack("<BII", level, attr_id, len(data)) + data + struct.pack("<H", sum(data) & 0xFFFF)


def _pad4(b: bytes) -> bytes:
    return b + b"\0" * ((4 - len(b) % 4) % 4)


def mapi_props(props: list[tuple[int, int, object]]) -> bytes:
    """props: (type, id, value)."""
    out = struct.pack("<I", len(props))
    for typ, pid, val in props:
        out += struct.pack("<HH", typ, pid)
        if typ in (PT_LONG, PT_BOOLEAN):
            out += struct.pack("<I", int(val))
        elif typ == PT_STRING8:
            b = val.encode("cp1252") + b"\0"
            out += struct.pack("<II", 1, len(b)) + _pad4(b)
        elif typ == PT_UNICODE:
            b = val.encode("utf-16-le") + b"\0\0"
            out += struct.pack("<II", 1, len(b)) + _pad4(b)
        elif typ == PT_BINARY:
            out += struct.pack("<II", 1, len(val)) + _pad4(val)
        else:
            raise ValueError(typ)
    return out


def dtr(y, mo, d, h, mi, s, dow) -> bytes:
    return struct.pack("<7H", y, mo, d, h, mi, s, dow)


def compressed_rtf_uncompressed(rtf: bytes) -> bytes:
    """PR_RTF_COMPRESSED in its uncompressed form ('MELA'), which readers must accept."""
    return struct.pack("<IIII", len(rtf) + 12, len(rtf), 0x414C454D, 0) + rtf


def write(subject: str, sent: bytes, msg_props: list, attachments: list[dict], key: int = 0x4A21) -> bytes:
    out = struct.pack("<IH", SIGNATURE, key)
    out += _attr(LVL_MESSAGE, ATT_TNEF_VERSION, struct.pack("<I", 0x00010000))
    out += _attr(LVL_MESSAGE, ATT_OEM_CODEPAGE, struct.pack("<II", 1252, 0))
    out += _attr(LVL_MESSAGE, ATT_MESSAGE_CLASS, b"IPM.Microsoft Mail.Note\0")
    out += _attr(LVL_MESSAGE, ATT_SUBJECT, subject.encode("cp1252") + b"\0")
    out += _attr(LVL_MESSAGE, ATT_DATE_SENT, sent)
    out += _attr(LVL_MESSAGE, ATT_MSG_PROPS, mapi_props(msg_props))
    for a in attachments:
        out += _attr(LVL_ATTACHMENT, ATT_ATTACH_REND_DATA, struct.pack("<HIHHI", 1, 0xFFFFFFFF, 0, 0, 0))
        out += _attr(LVL_ATTACHMENT, ATT_ATTACH_TITLE, a["short_name"].encode("cp1252") + b"\0")
        out += _attr(LVL_ATTACHMENT, ATT_ATTACH_CREATE_DATE, a["date"])
        out += _attr(LVL_ATTACHMENT, ATT_ATTACH_MODIFY_DATE, a["date"])
        out += _attr(LVL_ATTACHMENT, ATT_ATTACH_DATA, a["data"])
        out += _attr(LVL_ATTACHMENT, ATT_ATTACHMENT, mapi_props([
            (PT_LONG, 0x0E20, len(a["data"])),           # PR_ATTACH_SIZE
            (PT_UNICODE, 0x3001, a["long_name"]),        # PR_DISPLAY_NAME
            (PT_LONG, 0x3705, 1),                        # PR_ATTACH_METHOD = by value
            (PT_UNICODE, 0x3703, "." + a["long_name"].rsplit(".", 1)[1]),  # PR_ATTACH_EXTENSION
            (PT_UNICODE, 0x3707, a["long_name"]),        # PR_ATTACH_LONG_FILENAME
            (PT_UNICODE, 0x370E, a["mime"]),             # PR_ATTACH_MIME_TAG
            (PT_LONG, 0x370B, 0xFFFFFFFF),               # PR_RENDERING_POSITION
        ]))
    return out


# ---------------------------------------------------------------- reader (for verify)
def read(data: bytes) -> dict:
    sig, _key = struct.unpack_from("<IH", data, 0)
    if sig != SIGNATURE:
        raise ValueError("not TNEF")
    pos = 6
    res = {"attachments": [], "rtf": b""}
    cur = None
    while pos < len(data):
        level, aid, ln = struct.unpack_from("<BII", data, pos)
        pos += 9
        body = data[pos:pos + ln]
        pos += ln
        (chk,) = struct.unpack_from("<H", data, pos)
        pos += 2
        if chk != sum(body) & 0xFFFF:
            raise ValueError("bad checksum")
        if aid == ATT_ATTACH_REND_DATA:
            cur = {"data": b"", "name": ""}
            res["attachments"].append(cur)
        elif aid == ATT_ATTACH_DATA and cur is not None:
            cur["data"] = body
        elif aid == ATT_ATTACH_TITLE and cur is not None:
            cur["name"] = body.rstrip(b"\0").decode("cp1252")
        elif aid == ATT_MSG_PROPS:
            for typ, pid, val in parse_props(body):
                if pid == 0x1009:
                    comp, raw, magic, _crc = struct.unpack_from("<IIII", val, 0)
                    if magic == 0x414C454D:
                        res["rtf"] = val[16:16 + raw]
        elif aid == ATT_ATTACHMENT and cur is not None:
            for typ, pid, val in parse_props(body):
                if pid == 0x3707:
                    cur["name"] = val
    return res


def parse_props(b: bytes):
    (n,) = struct.unpack_from("<I", b, 0)
    pos = 4
    for _ in range(n):
        typ, pid = struct.unpack_from("<HH", b, pos)
        pos += 4
        if typ in (PT_LONG, PT_BOOLEAN):
            (v,) = struct.unpack_from("<I", b, pos)
            pos += 4
        elif typ in (PT_STRING8, PT_UNICODE, PT_BINARY):
            cnt, size = struct.unpack_from("<II", b, pos)
            pos += 8
            raw = b[pos:pos + size]
            pos += size + (4 - size % 4) % 4
            if typ == PT_UNICODE:
                v = raw.decode("utf-16-le").rstrip("\0")
            elif typ == PT_STRING8:
                v = raw.decode("cp1252").rstrip("\0")
            else:
                v = raw
        else:
            raise ValueError(hex(typ))
        yield typ, pid, v
