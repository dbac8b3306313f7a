"""An XML document read safely: gzipped or plain, as Gnumeric and AbiWord («.zabw») save theirs, unpacked no further
than the run's limit, and parsed without expanding entities (defusedxml refuses a file that declares any)."""

from __future__ import annotations

import gzip
import io
import zlib
from pathlib import Path
from typing import Any

import defusedxml.ElementTree as SafeTree
from defusedxml import DefusedXmlException

from tiltak_core.errors import DamagedFile, TooLarge, UnsafeContent

from .registry import ParseOptions

GZIP_MAGIC = b"\x1f\x8b"
_CHUNK = 1 << 16


def unpacked(path: Path, source_file: str, options: ParseOptions, what: str, fix: str) -> bytes:
    """The file's bytes, ungzipped when gzipped; TooLarge past `max_unpacked_bytes` (a gzip bomb unpacks 1000:1),
    DamagedFile when the gzip stream is cut off or broken. `what` names the file in messages («Gnumeric-filen»)."""
    data = Path(path).read_bytes()
    if not data.startswith(GZIP_MAGIC):
        return data
    limit = options.max_unpacked_bytes
    out = bytearray()
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as stream:
            while chunk := stream.read(_CHUNK):
                out += chunk
                if len(out) > limit:
                    raise TooLarge(source_file, f"{what} pakkes ut til mer enn {limit / 2**20:.0f} MB, over grensen",
                                   "Sjekk at dette virkelig er en rapport")
    except (OSError, EOFError, zlib.error) as exc:  # BadGzipFile is an OSError; a cut-off stream an EOFError
        raise DamagedFile(source_file, f"{what} er skadet (den pakkede filen er avkuttet eller ødelagt)", fix) from exc
    return bytes(out)


def safe_xml(data: bytes, source_file: str, what: str, damaged: str, fix: str, unsafe_fix: str = "") -> Any:
    """The root element of an XML document, or a refusal naming `what` the file is («XML-filen»): one that declares
    entities is unsafe to expand, one that is no XML is damaged (`damaged` says how)."""
    try:
        return SafeTree.fromstring(data)
    except DefusedXmlException as exc:
        raise UnsafeContent(source_file, f"{what} inneholder en DTD eller entiteter, som ikke leses av sikkerhetshensyn",
                            unsafe_fix or fix) from exc
    except SafeTree.ParseError as exc:
        raise DamagedFile(source_file, f"{what} {damaged}", fix) from exc


def local(tag: object) -> str:
    """An element's name without its namespace («{http://www.gnumeric.org/v10.dtd}Cell» → «Cell»)."""
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def packed_root(path: Path, source_file: str, options: ParseOptions, what: str, fix: str, root: str, holds: str) -> Any:
    """The root element of a gzipped or plain XML file (unpacked and parsed as above), DamagedFile unless it is
    `root`; `holds` says in the message what the file should hold («en Gnumeric-arbeidsbok»)."""
    found = safe_xml(unpacked(path, source_file, options, what, fix), source_file, what, "er skadet (den er ikke gyldig XML)", fix)
    if local(found.tag) != root:
        raise DamagedFile(source_file, f"{what} er skadet (den holder ikke {holds})", fix)
    return found
