"""An Outlook message saved as a file (.msg): made the e-mail it is (RFC 5322) and read as a saved e-mail is, its
text and its attachments, a forwarded message among them.

A .msg is an OLE2 compound file of MAPI properties, one stream each (MS-OXMSG): «__substg1.0_0037001F» is the subject
in UTF-16, «…_1000001F» the plain text, «…_10130102» the HTML; each attachment a storage of its own.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from dataclasses import replace
from email import policy
from email.message import EmailMessage
from pathlib import Path

import olefile

from tiltak_core.errors import DamagedFile

from .content import Content
from .detect import is_outlook_message
from .mail import eml_file, parse_eml
from .registry import ParseOptions, register

_SUBJECT, _SENDER_NAME, _SENDER_ADDRESS, _SENDER_SMTP = "0037", "0C1A", "0C1F", "5D01"
_BODY, _HTML = "1000", "1013"
_ATTACH_LONG_NAME, _ATTACH_NAME, _ATTACH_DATA, _ATTACH_MIME = "3707", "3704", "3701", "370E"
_MAX_DEPTH = 5  # a message forwarded in a message forwarded …: deeper than this is left
_AGAIN = "Åpne e-posten i Outlook og lagre vedlegget eller teksten som PDF eller Word, eller lagre e-posten som EML"


def _text(ole: olefile.OleFileIO, folder: list[str], tag: str) -> str:
    """A string property: UTF-16 («001F») or the sender's code page («001E»); '' when the message has none."""
    for kind, encoding in (("001F", "utf-16-le"), ("001E", "cp1252")):
        name = [*folder, f"__substg1.0_{tag}{kind}"]
        if ole.exists("/".join(name)):
            data: bytes = ole.openstream(name).read()
            return data.decode(encoding, errors="replace").rstrip("\x00")
    return ""


def _binary(ole: olefile.OleFileIO, folder: list[str], tag: str) -> bytes:
    name = "/".join([*folder, f"__substg1.0_{tag}0102"])
    return ole.openstream(name).read() if ole.exists(name) else b""


def _message(ole: olefile.OleFileIO, folder: list[str], depth: int = 0) -> EmailMessage:
    """The message stored at `folder` (the root, or an attached message's storage) as an e-mail."""
    message = EmailMessage(policy=policy.default)
    message["Subject"] = _text(ole, folder, _SUBJECT).replace("\r", " ").replace("\n", " ")
    sender = _text(ole, folder, _SENDER_NAME)
    address = _text(ole, folder, _SENDER_SMTP) or _text(ole, folder, _SENDER_ADDRESS)
    if sender or "@" in address:
        message["From"] = f"{sender} <{address}>" if "@" in address else sender
    body, html = _text(ole, folder, _BODY), _binary(ole, folder, _HTML)
    message.set_content(body or " ")
    if html:
        message.add_alternative(html.decode("utf-8", errors="replace"), subtype="html")
    attachments = sorted({entry[len(folder)] for entry in ole.listdir(streams=True, storages=True)
                          if entry[: len(folder)] == folder and len(entry) > len(folder)
                          and entry[len(folder)].startswith("__attach_version1.0_#")})
    for storage in attachments:
        place = [*folder, storage]
        name = _text(ole, place, _ATTACH_LONG_NAME) or _text(ole, place, _ATTACH_NAME) or storage
        inner = [*place, f"__substg1.0_{_ATTACH_DATA}000D"]
        if ole.exists("/".join(inner)) and depth < _MAX_DEPTH:
            message.add_attachment(_message(ole, inner, depth + 1))  # a forwarded message: message/rfc822
            continue
        data = _binary(ole, place, _ATTACH_DATA)
        if data:
            maintype, _, subtype = (_text(ole, place, _ATTACH_MIME) or "application/octet-stream").partition("/")
            message.add_attachment(data, maintype=maintype, subtype=subtype or "octet-stream", filename=name)
    return message


def msg_as_eml(path: Path, source_file: str) -> bytes:
    """The saved Outlook message as the bytes of the e-mail it is."""
    damaged = DamagedFile(source_file, "Outlook-e-posten (MSG) kan ikke leses: filen er skadet", _AGAIN)
    try:
        with olefile.OleFileIO(str(path)) as ole:
            if not is_outlook_message(ole):
                raise damaged
            return _message(ole, []).as_bytes(policy=policy.SMTP)
    except DamagedFile:
        raise
    except Exception as exc:  # olefile raises OSError and, on broken sector chains, many other kinds
        raise damaged from exc


def as_eml(path: Path, source_file: str) -> AbstractContextManager[Path]:
    """The saved Outlook message written as the e-mail it is, in a temporary folder removed afterwards."""
    return eml_file(msg_as_eml(Path(path), source_file), "tiltak-msg-")


@register("msg")
def parse_msg(path: Path, source_file: str, options: ParseOptions) -> Content:
    """An Outlook message: its text read as a saved e-mail's (its attachments are taken out as an e-mail's are)."""
    with as_eml(path, source_file) as eml:
        content = parse_eml(eml, source_file, options)
    return replace(content, converted_from="Outlook-e-post (MSG)")
