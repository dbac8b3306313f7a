"""An e-mail saved as a file (.eml), or a mail folder (.mbox): its own message, read as a web page or a plain text is,
without the quoted one. A web page saved as one file (.mht) is such a message too, read by parsers.mhtml.

A member may answer the secretariat's request by e-mail, the tiltak in a table in the message. The HTML part holds
the table (the plain part a copy of it in words), so it is read first. The request it answers, quoted under «Fra: …
Sendt: …», is the secretariat's own text, no part of the report. Attachments are files of their own: the run takes
them out (parsers.bundle) and reads each as it reads the inbox's files.
"""

from __future__ import annotations

import email
import re
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from email import policy
from email.message import EmailMessage
from pathlib import Path


from tiltak_core.errors import DamagedFile

from .content import Block, Content, Paragraph
from .bundle import read_message
from .html import blocks_of_html
from .registry import ParseOptions, register
from .text import blocks_of_text

_AUTOMATIC = re.compile(r"auto-(?:replied|generated)", re.IGNORECASE)
# The line that opens each message of a mail folder: «From sender date» at the start, or after a blank line.
_MBOX_FROM = re.compile(rb"(?:\A|\r?\n\r?\n)From [^\r\n]*\r?\n")
_MBOX_QUOTED = re.compile(rb"(?m)^>(>*From )")  # «>From » in a message's text: a line that opened with «From »

# The header of a quoted message: «Fra: …» over «Sendt: …» (Outlook), «-----Opprinnelig melding-----», «Den … skrev:».
_QUOTED_FROM = re.compile(r"^(?:fra|from)\s*:", re.IGNORECASE)
_QUOTED_SENT = re.compile(r"^(?:sendt|sent|dato|date)\s*:", re.IGNORECASE)
_QUOTED_RULE = re.compile(r"^-{2,}\s*(?:opprinnelig melding|original message|videresendt melding|forwarded message)",
                          re.IGNORECASE)
_WROTE = re.compile(r"\b(?:skrev|wrote)\s*:\s*$", re.IGNORECASE)


_QUOTED_HEADER = re.compile(r"^(?:fra|from|sendt|sent|dato|date|til|to|kopi|cc|emne|subject)\s*:", re.IGNORECASE)


def _marks_a_quote(text: str) -> bool:
    """A rule over a quoted message («-----Opprinnelig melding-----») or the line that introduces it («… skrev:»)."""
    return bool(_QUOTED_RULE.match(text) or _WROTE.search(text) and len(text) < 200)


def _quote_starts(blocks: list[Block]) -> list[int]:
    """Where each quoted message of the e-mail begins: its header («Fra: …» over «Sendt: …», a rule, «… skrev:»)."""
    starts: list[int] = []
    for n, b in enumerate(blocks):
        if not isinstance(b, Paragraph):
            continue
        after = blocks[n + 1] if n + 1 < len(blocks) else None
        if _marks_a_quote(b.text) or _QUOTED_FROM.match(b.text) and (
                _QUOTED_SENT.search(b.text) or isinstance(after, Paragraph) and _QUOTED_SENT.match(after.text)):
            if not starts or n > starts[-1] + 1 or not _QUOTED_FROM.match(b.text):
                starts.append(n)  # «Fra:» right under a rule is the same quoted message's header
    return starts


def own_message(blocks: list[Block]) -> list[Block]:
    """The blocks the e-mail's sender wrote or forwards, not the request that started the thread: the quoted
    message at the bottom. The replies quoted above it (a member's colleagues sending their part, «Resten står i
    mailene under») are kept, without their headers."""
    starts = _quote_starts(blocks)
    if not starts:
        return blocks
    kept = list(blocks[: starts[0]])
    for begin, end in zip(starts, starts[1:]):
        kept.extend(b for b in blocks[begin:end]
                    if not (isinstance(b, Paragraph) and (_QUOTED_HEADER.match(b.text) or _marks_a_quote(b.text))))
    return kept


@contextmanager
def eml_file(message: bytes, prefix: str) -> Iterator[Path]:
    """A message another program kept in its own wrapping (Outlook's .msg, Apple Mail's .emlx), written as the saved
    e-mail it is, in a temporary folder removed afterwards."""
    with tempfile.TemporaryDirectory(prefix=prefix, ignore_cleanup_errors=True) as tmp:
        eml = Path(tmp) / "melding.eml"
        eml.write_bytes(message)
        yield eml


@register("eml")
def parse_eml(path: Path, source_file: str, options: ParseOptions) -> Content:
    """The message's own text (its HTML part, else its plain text) with the subject for its title."""
    damaged = DamagedFile(source_file, "e-posten kan ikke leses: innholdet er skadet eller i en ukjent tegnkoding",
                          "Åpne e-posten og lagre teksten eller vedlegget som PDF eller Word")
    return _message_content(read_message(path, damaged), damaged)


def _message_content(message: EmailMessage, damaged: DamagedFile) -> Content:
    try:
        body = message.get_body(preferencelist=("html", "plain"))
        subject = str(message.get("subject") or "")
        text = body.get_content() if body is not None else ""
    except (LookupError, ValueError) as exc:
        raise damaged from exc
    if body is not None and body.get_content_type() == "text/html":
        blocks = blocks_of_html(text)[1] if text.strip() else []
    else:
        blocks = blocks_of_text("\n".join(ln for ln in text.splitlines() if not ln.startswith(">")))
    return Content(blocks=tuple(own_message(blocks)), title=subject)


@register("mbox")
def parse_mbox(path: Path, source_file: str, options: ParseOptions) -> Content:
    """A mail folder (Thunderbird's, an mbox export): each message's own text in the folder's order, an automatic
    reply («Auto-Submitted: auto-replied») left out; the first subject is the title."""
    damaged = DamagedFile(source_file, "e-postmappen kan ikke leses: den er skadet eller i en ukjent tegnkoding",
                          "Eksporter meldingene med rapporten som PDF, eller lagre vedleggene i innboksen")
    blocks: list[Block] = []
    title, attached = "", 0
    # Split here, not by the mailbox module, which opens the folder for writing: the inbox is only ever read.
    chunks = _MBOX_FROM.split(Path(path).read_bytes())[1:]
    try:
        messages = [email.message_from_bytes(_MBOX_QUOTED.sub(rb"\1", chunk), policy=policy.default) for chunk in chunks]
    except (LookupError, ValueError) as exc:
        raise damaged from exc
    for message in messages:
        if not isinstance(message, EmailMessage) or _AUTOMATIC.search(str(message.get("auto-submitted") or "")):
            continue
        content = _message_content(message, damaged)
        title = title or content.title
        attached += sum(1 for _ in message.iter_attachments())
        blocks.extend(content.blocks)
    lines = [Paragraph(b.page, n, b.text, b.kind, b.level, b.lead) if isinstance(b, Paragraph) else b
             for n, b in enumerate(blocks, 1)]
    warnings = (f"{source_file}: meldingene i mappen har {attached} vedlegg, som ikke ble lest; lagre dem i innboksen "
                "for seg om de hører til rapporten",) if attached else ()
    return Content(blocks=tuple(lines), title=title, warnings=warnings)
