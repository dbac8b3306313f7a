"""An S/MIME e-mail signed opaquely («application/pkcs7-mime; smime-type=signed-data», a file «smime.p7m») or in the
clear (multipart/signed): the message inside its signature, taken out so that it is read as an unsigned e-mail is.

The signed message is the encapsulated content of a CMS SignedData structure (RFC 5652), read here with a small DER
reader: ContentInfo → SignedData → encapContentInfo → eContent, an OCTET STRING that some signers write in chunks
(constructed, of indefinite length). The signature is not verified: the secretariat cannot check its members'
certificates, and what it reads is the content, signed or not. An encrypted message (enveloped-data) cannot be read.
"""

from __future__ import annotations

import email
from email import policy
from email.message import EmailMessage
from pathlib import Path, PurePosixPath

from tiltak_core.errors import DamagedFile, EncryptedFile

# The DER of the content types' object identifiers (1.2.840.113549.1.7.2 and .3, 1.2.840.113549.1.9.16.1.23).
_SIGNED = bytes.fromhex("06092a864886f70d010702")
_ENCRYPTED = (bytes.fromhex("06092a864886f70d010703"), bytes.fromhex("060b2a864886f70d0109100117"))
_PKCS7 = ("application/pkcs7-mime", "application/x-pkcs7-mime")
_MAX_DEPTH = 64  # nested chunks of an OCTET STRING: a signer writes one or two levels
_MAX_LAYERS = 3  # a message signed, then signed again by a gateway
_FIX_DAMAGED = "Be medlemmet sende e-posten på nytt, eller lagre teksten og vedleggene som PDF eller Word"
_FIX_ENCRYPTED = "Be medlemmet sende rapporten på nytt uten kryptering (signert går fint), eller som vedlegg i en vanlig e-post"


class _Malformed(ValueError):
    """The DER is cut off or not the structure it should be."""


def _header(data: bytes, at: int) -> tuple[int, int, int | None]:
    """(tag byte, where the content starts, its length or None for indefinite) of the element at `at`."""
    if at + 2 > len(data):
        raise _Malformed("cut off")
    tag, first = data[at], data[at + 1]
    if tag & 0x1F == 0x1F:
        raise _Malformed("high tag numbers are in no structure read here")
    at += 2
    if first < 0x80:
        return tag, at, first
    if first == 0x80:
        if not tag & 0x20:
            raise _Malformed("indefinite length of a primitive")
        return tag, at, None
    count = first & 0x7F
    if count > 8 or at + count > len(data):
        raise _Malformed("bad length")
    return tag, at + count, int.from_bytes(data[at:at + count], "big")


def _end(data: bytes, at: int, depth: int = 0) -> int:
    """Where the element at `at` ends (past its end-of-contents octets if of indefinite length)."""
    if depth > _MAX_DEPTH:
        raise _Malformed("nested too deep")
    _, start, length = _header(data, at)
    if length is not None:
        if start + length > len(data):
            raise _Malformed("cut off")
        return start + length
    at = start
    while data[at:at + 2] != b"\x00\x00":
        at = _end(data, at, depth + 1)
    return at + 2


def _children(data: bytes, at: int) -> list[int]:
    """Where each element inside the constructed element at `at` starts."""
    tag, start, length = _header(data, at)
    if not tag & 0x20:
        raise _Malformed("not constructed")
    stop = _end(data, at) - (2 if length is None else 0)
    found, at = [], start
    while at < stop:
        found.append(at)
        at = _end(data, at)
    return found


def _octets(data: bytes, at: int, depth: int = 0) -> bytes:
    """The bytes of an OCTET STRING, primitive or constructed of chunks."""
    if depth > _MAX_DEPTH:
        raise _Malformed("nested too deep")
    tag, start, length = _header(data, at)
    if tag == 0x04 and length is not None:
        return data[start:start + length]
    if tag == 0x24:
        return b"".join(_octets(data, child, depth + 1) for child in _children(data, at))
    raise _Malformed("not an OCTET STRING")


def encrypted(data: bytes) -> bool:
    """Whether DER data is a CMS message encrypted for its receivers (enveloped or auth-enveloped data)."""
    return any(oid in data[:32] for oid in _ENCRYPTED)


def signed(data: bytes) -> bool:
    """Whether DER data opens as a CMS SignedData ContentInfo."""
    return data[:1] == b"\x30" and _SIGNED in data[:16]


def signed_content(data: bytes) -> bytes:
    """The encapsulated content (eContent) of a CMS SignedData; _Malformed when there is none to take out."""
    top = _children(data, 0)
    if len(top) < 2 or data[top[0]:top[0] + len(_SIGNED)] != _SIGNED or data[top[1]] != 0xA0:
        raise _Malformed("not signed data")
    fields = _children(data, _children(data, top[1])[0])  # SignedData: version, digests, encapContentInfo, …
    if len(fields) < 3:
        raise _Malformed("no encapsulated content")
    encapsulated = _children(data, fields[2])
    if len(encapsulated) < 2 or data[encapsulated[1]] != 0xA0:
        raise _Malformed("detached: the content is not inside")
    return _octets(data, _children(data, encapsulated[1])[0])


def _payload(message: EmailMessage) -> bytes | None:
    """The DER of an opaque-signed or encrypted message's body; None for any other message."""
    kind = message.get_content_type()
    named = str(message.get_filename() or "").lower().endswith(".p7m")
    if kind not in _PKCS7 and not (kind == "application/octet-stream" and named):
        return None
    payload = message.get_payload(decode=True)
    return payload if isinstance(payload, bytes) else b""


def opened(message: EmailMessage, source_file: str) -> EmailMessage:
    """The message an opaque-signed e-mail carries, with the outer message's own headers (From, Subject, Date …);
    any other message as it is. DamagedFile when it is encrypted, or its signed part cannot be read."""
    for _ in range(_MAX_LAYERS):
        data = _payload(message)
        if data is None and message.get_content_type() == "multipart/signed" and message.is_multipart():
            # Clear-signed: the message is its first part, whose attachments the e-mail's own list does not show.
            first = next(iter(message.iter_parts()), None)
            if not isinstance(first, EmailMessage):
                return message
            message = _with_headers(first, message)
            continue
        if data is None:
            return message
        if "enveloped" in str(message.get_param("smime-type", "", header="content-type")).lower() or encrypted(data):
            raise EncryptedFile(source_file, "e-posten er kryptert (S/MIME), så innholdet kan ikke leses", _FIX_ENCRYPTED)
        try:
            inner = email.message_from_bytes(signed_content(data), policy=policy.default)
        except (_Malformed, LookupError, ValueError) as exc:
            raise DamagedFile(source_file, "e-posten er signert (S/MIME), men den signerte delen er skadet og kan "
                              "ikke leses", _FIX_DAMAGED) from exc
        if not isinstance(inner, EmailMessage):
            raise DamagedFile(source_file, "e-posten er signert (S/MIME), men den signerte delen er tom", _FIX_DAMAGED)
        message = _with_headers(inner, message)
    return message


def _with_headers(inner: EmailMessage, outer: EmailMessage) -> EmailMessage:
    """The signed entity with the headers of the message it came in (From, To, Subject, Date …), not its MIME ones."""
    for name in {n.lower() for n in outer.keys()}:
        if not name.startswith("content-") and name != "mime-version":
            del inner[name]
            for value in outer.get_all(name, []):
                inner[name] = value
    return inner


def p7m_content(path: Path, source_file: str) -> tuple[str, bytes]:
    """(name, bytes) of the file a signed .p7m file holds: «rapport.pdf.p7m» → «rapport.pdf»; a signed message
    («smime.p7m») named .eml. DamagedFile when it is encrypted or cannot be read."""
    data = Path(path).read_bytes()
    if encrypted(data):
        raise EncryptedFile(source_file, "filen er kryptert (S/MIME), så innholdet kan ikke leses", _FIX_ENCRYPTED)
    try:
        content = signed_content(data)
    except _Malformed as exc:
        raise DamagedFile(source_file, "den signerte filen (P7M) er skadet og kan ikke leses", _FIX_DAMAGED) from exc
    name = PurePosixPath(source_file).name
    name = name[:-4] if name.lower().endswith(".p7m") else name
    if content.lstrip()[:13].lower() in (b"content-type:", b"mime-version:") and not name.lower().endswith(".eml"):
        # A signed message without the envelope it came in: its headers say only what it holds.
        content = b"Subject: " + PurePosixPath(name).stem.encode("utf-8") + b"\r\n" + content
        name = f"{PurePosixPath(name).stem or 'melding'}.eml"
    return name, content
