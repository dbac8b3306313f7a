"""Files packed in another: the members of a ZIP archive and the attachments of a saved e-mail or a PDF, taken out
whole.

A member may send its report zipped, or the secretariat may save the e-mail the report came attached to. Each
file taken out is read on its own, as if it lay in the inbox; this module only unpacks, within the archive limits
(archive.py), and says what it left and why.
"""

from __future__ import annotations

import csv
import email
import io
import mimetypes
import re
import zipfile
from dataclasses import dataclass
from email import policy
from email.message import EmailMessage
from pathlib import Path, PurePosixPath

from tiltak_core.errors import DamagedFile, TooLarge

from .archive import check_zip
from .registry import ParseOptions
from .slack import WORKSPACE_FILES
from .smime import opened

# What an archiving program or a mail client adds beside the files: never reports.
_JUNK = re.compile(r"^(?:__MACOSX|Thumbs\.db|desktop\.ini|~\$.*|\..*)$", re.IGNORECASE)
# Parts of an e-mail that are no document: its signature, a contact card, Outlook's wrapper of rich text.
_NOT_DOCUMENTS = ("application/pkcs7-signature", "application/x-pkcs7-signature", "application/pgp-signature",
                  "text/vcard", "text/x-vcard")
_TNEF = ("application/ms-tnef", "application/vnd.ms-tnef")  # winmail.dat: Outlook's wrapper of a rich-text message
_CID = re.compile(r"""cid:([^"'\s>)]+)""", re.IGNORECASE)


@dataclass(frozen=True)
class Packed:
    """One file taken out: its name inside the archive or e-mail, and its bytes."""

    name: str
    data: bytes


@dataclass(frozen=True)
class Unpacked:
    """The files taken out, what was left in (each with why), and, for an e-mail, its subject and own text."""

    files: tuple[Packed, ...]
    left: tuple[str, ...] = ()
    letter: str = ""


def _member_name(info: zipfile.ZipInfo) -> str:
    # Without the UTF-8 flag a name is in the packing machine's code page: Windows writes CP850 («Å» in a
    # Norwegian name), which Python reads as CP437; macOS and 7-Zip write UTF-8 without saying so.
    name = info.filename
    if not info.flag_bits & 0x800:
        raw = name.encode("cp437", errors="replace")
        try:
            name = raw.decode("utf-8")
        except UnicodeDecodeError:
            name = raw.decode("cp850", errors="replace")
    return safe_name(name)


def is_junk(name: str) -> bool:
    """Whether a packed file is what an archiving program or a mail client added beside the files (or lies in such)."""
    return any(_JUNK.match(p) for p in name.split("/"))


def safe_name(name: str) -> str:
    """A packed file's name as a relative path that stays where it is put: no root, no «..»."""
    return "/".join(p for p in PurePosixPath(name.replace("\\", "/")).parts if p not in ("", ".", "..", "/"))


def zip_files(path: Path, source_file: str, options: ParseOptions, signed: bool = False) -> Unpacked:
    """Every file in a ZIP archive, within the archive limits; encrypted members are left, with why. Of a `signed`
    container (ASiC-E), the documents signed, not its type mark or its signatures."""
    check_zip(path, source_file, options, "zip")
    files, left = [], []
    try:
        with zipfile.ZipFile(path) as z:
            for info in z.infolist():
                name = _member_name(info)
                if info.is_dir() or not name or is_junk(name):
                    continue
                if signed and (name == "mimetype" or name.startswith("META-INF/")):
                    continue
                if info.flag_bits & 0x1:
                    left.append(f"«{name}» (kryptert med passord)")
                    continue
                files.append(Packed(name, z.read(info)))
    except Exception as exc:  # noqa: BLE001 -- zipfile and zlib raise many kinds on a damaged member
        raise DamagedFile(source_file, "ZIP-arkivet kan ikke pakkes ut (skadet, eller pakket på en måte som ikke "
                          "støttes)", "Pakk det ut selv og legg filene i innboksen, eller be medlemmet sende "
                          "rapporten på nytt uten å pakke den") from exc
    return read_together(files, left)


def read_together(files: list[Packed], left: list[str]) -> Unpacked:
    """An archive's files as they are read: a LaTeX project as its main file, a Slack or Notion export without the
    files that only list what the others hold."""
    if any(f.name.lower().endswith(".tex") for f in files):
        from .latex import project  # a LaTeX project is one document: its main file with its parts in place

        found = project({f.name: f.data for f in files})
        if found is not None:
            main, text, own = found
            files = [Packed(main, text), *(f for f in files if f.name not in own)]
    workspace = slack_workspace(files)
    if workspace:
        # A Slack export: the channels' days beside the workspace's lists of channels and users.
        left += [f"«{name}» (Slack-arbeidsområdets oversikt, ikke meldinger)" for name in workspace]
        files = [f for f in files if f.name not in workspace]
    pages = notion_pages(files)
    if pages:
        # A Notion export: a database's CSV beside a page per row («Name <id>.md», its properties and its text). The
        # pages say all the CSV does and more; read once, as pages.
        left += [f"«{name}» (tabellen over sidene som er lest hver for seg)" for name in pages]
        files = [f for f in files if f.name not in pages]
    return Unpacked(tuple(files), tuple(left))


_SLACK_DAY = re.compile(r"^[^/]+/\d{4}-\d{2}-\d{2}\.json$")


def slack_workspace(files: list[Packed]) -> set[str]:
    """The names of a Slack export's workspace files («channels.json», «users.json»), where days of channels
    («kpr-rapportering/2077-01-08.json») stand beside them; none else."""
    names = {f.name for f in files}
    if "channels.json" not in names or not any(_SLACK_DAY.match(n) for n in names):
        return set()
    return {n for n in names if n in WORKSPACE_FILES}


_NOTION_ID = re.compile(r"\s[0-9a-f]{32}$")


def notion_pages(files: list[Packed]) -> set[str]:
    """The names of a Notion export's database CSVs whose every row has a page of its own beside them."""
    pages = {PurePosixPath(f.name).parent / _NOTION_ID.sub("", PurePosixPath(f.name).stem)
             for f in files if f.name.endswith(".md") and _NOTION_ID.search(PurePosixPath(f.name).stem)}
    found = set()
    for f in files:
        path = PurePosixPath(f.name)
        if path.suffix.lower() != ".csv" or not _NOTION_ID.search(path.stem):
            continue
        folder = path.parent / _NOTION_ID.sub("", path.stem)
        try:
            rows = list(csv.reader(io.StringIO(f.data.decode("utf-8-sig"))))[1:]
        except (UnicodeDecodeError, csv.Error):
            continue
        names = [row[0].strip() for row in rows if row and row[0].strip()]
        if names and all(folder / name in pages for name in names):
            found.add(f.name)
    return found


def read_message(path: Path, damaged: DamagedFile) -> EmailMessage:
    """A saved e-mail (or a web page saved as one file) as the message it is; `damaged` when it cannot be read."""
    try:
        message = email.message_from_bytes(Path(path).read_bytes(), policy=policy.default)
    except (LookupError, ValueError) as exc:
        raise damaged from exc
    if not isinstance(message, EmailMessage):
        raise damaged
    return opened(message, damaged.source_file)  # an opaque-signed message: the one inside its signature


def _letter(message: EmailMessage) -> tuple[str, set[str]]:
    """The subject, sender and own text of an e-mail, and the content ids its HTML shows inline."""
    body = message.get_body(preferencelist=("plain", "html"))
    text = ""
    try:
        text = body.get_content() if body is not None else ""
    except (LookupError, ValueError):
        pass
    html = message.get_body(preferencelist=("html",))
    shown: set[str] = set()
    try:
        if html is not None:
            shown = {c.strip("<>") for c in _CID.findall(html.get_content())}
    except (LookupError, ValueError):
        pass
    sender = str(message.get("from") or "")
    return "\n".join((str(message.get("subject") or ""), sender, text)), shown


def _name(part: EmailMessage, n: int) -> str:
    name = safe_name(part.get_filename() or "")
    if name:
        return name
    ext = mimetypes.guess_extension(part.get_content_type()) or ".bin"
    return f"vedlegg {n}{ext}"


def mail_attachments(path: Path, source_file: str, options: ParseOptions) -> Unpacked:
    """The files attached to a saved e-mail, a forwarded e-mail among them; logos shown in its text are left."""
    message = read_message(path, DamagedFile(
        source_file, "e-posten kan ikke leses: innholdet er skadet eller i en ukjent tegnkoding",
        "Åpne e-posten og lagre teksten eller vedlegget som PDF eller Word"))
    letter, shown = _letter(message)
    files: list[Packed] = []
    left: list[str] = []
    total = 0
    for n, part in enumerate(message.iter_attachments(), 1):
        assert isinstance(part, EmailMessage)
        kind = part.get_content_type()
        if kind in _NOT_DOCUMENTS:
            continue
        if part.get_content_maintype() == "image" and str(part.get("content-id") or "").strip("<> ") in shown:
            continue  # the sender's logo in the signature
        name = _name(part, n)
        if kind in _TNEF or name.lower() == "winmail.dat":
            # The files Outlook packed inside it, when sent as rich text: the report itself, often.
            wrapped, wrapped_left = _tnef_files(part.get_payload(decode=True), name)
            files.extend(wrapped)
            left.extend(wrapped_left)
            total = _within_limit(total + sum(len(f.data) for f in wrapped), options, source_file, "vedleggene")
            continue
        if kind == "message/rfc822":
            inner = part.get_content()
            data = inner.as_bytes(policy=policy.SMTP) if isinstance(inner, EmailMessage) else b""
            if not name.lower().endswith(".eml"):
                name += ".eml"
        else:
            payload = part.get_payload(decode=True)
            data = payload if isinstance(payload, bytes) else b""
        if not data:
            left.append(f"«{name}» (tomt vedlegg)")
            continue
        total = _within_limit(total + len(data), options, source_file, "vedleggene")
        files.append(Packed(name, data))
    return Unpacked(tuple(files), tuple(left), letter)


def _within_limit(total: int, options: ParseOptions, source_file: str, what: str) -> int:
    """The bytes taken out so far, or TooLarge when they pass the limit on what one file may unpack to."""
    if total > options.max_unpacked_bytes:
        raise TooLarge(source_file, f"{what} er til sammen over grensen på {options.max_unpacked_bytes // 2**20} MB",
                       "Sjekk at dette virkelig er en rapport")
    return total


def _tnef_files(data: object, name: str) -> tuple[list[Packed], list[str]]:
    """The files inside Outlook's winmail.dat, and a note where it could not be read or held none."""
    import tnefparse  # only when such a mail comes

    try:
        wrapper = tnefparse.TNEF(data if isinstance(data, bytes) else b"")
        files = [Packed(safe_name(a.long_filename() or a.name or f"{name} vedlegg {k}"), bytes(a.data))
                 for k, a in enumerate(wrapper.attachments, 1) if a.data]
    except Exception:  # noqa: BLE001 -- tnefparse raises many kinds on a damaged wrapper
        return [], [f"«{name}» (Outlooks innpakning av vedlegg kunne ikke leses; be om vedleggene sendt på nytt)"]
    return files, [] if files else [f"«{name}» (Outlooks innpakning uten vedlegg)"]


_EMBEDDED = b"/EmbeddedFile"
_CHUNK = 1 << 20


def has_attachments(path: Path) -> bool:
    """Whether a PDF holds a file attached: an embedded file's stream says «/Type /EmbeddedFile» in plain bytes (a
    stream is never inside a compressed object stream), so a look at the bytes tells it without opening the PDF."""
    try:
        with open(path, "rb") as f:
            tail = b""
            while chunk := f.read(_CHUNK):
                if _EMBEDDED in tail + chunk:
                    return True
                tail = chunk[-len(_EMBEDDED):]
    except OSError:
        return False
    return False


def pdf_attachments(path: Path, source_file: str, options: ParseOptions) -> Unpacked:
    """The files attached to a PDF (a workbook the member attached to its cover letter, «Vedlegg» in Acrobat); none
    where the PDF cannot be opened here: its reader says why."""
    import pypdfium2 as pdfium  # only when a PDF comes

    try:
        document = pdfium.PdfDocument(str(path), password=options.password)
    except Exception:  # noqa: BLE001 -- pdfium's errors on a damaged or locked file: the PDF reader reports them
        return Unpacked(())
    try:
        files: list[Packed] = []
        left: list[str] = []
        total = 0
        for n in range(document.count_attachments()):
            attachment = document.get_attachment(n)
            name = safe_name(attachment.get_name() or "") or f"vedlegg {n + 1}"
            try:
                data = bytes(attachment.get_data())
            except Exception:  # noqa: BLE001 -- an attachment whose stream pdfium cannot read
                data = b""
            if not data:
                left.append(f"«{name}» (tomt eller skadet vedlegg)")
                continue
            total = _within_limit(total + len(data), options, source_file, "vedleggene i PDF-en")
            files.append(Packed(name, data))
        return Unpacked(tuple(files), tuple(left))
    finally:
        document.close()
