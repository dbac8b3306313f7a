"""The files in a tar archive, plain or compressed (.tar.gz, .tgz, .tar.bz2, .tar.xz), taken out whole within the
archive limits, as a ZIP archive's are.

A tar archive, as a Mac or Linux user packs a folder, is read as a stream: member by member, each size counted
against the limits before its bytes are read, so a bomb stops at the limit. Links, devices and folders are no files.
"""

from __future__ import annotations

import tarfile
from pathlib import Path

from tiltak_core.errors import DamagedFile, ReportError, TooLarge

from .archive import MAX_MEMBERS, check_ratio, check_unpacked
from .bundle import Packed, Unpacked, is_junk, read_together, safe_name
from .registry import ParseOptions

_AGAIN = "Pakk det ut selv og legg filene i innboksen, eller be medlemmet sende rapporten på nytt uten å pakke den"


def tar_files(path: Path, source_file: str, options: ParseOptions) -> Unpacked:
    """Every regular file in a tar archive, junk left out; TooLarge past the limits, DamagedFile when broken."""
    files: list[Packed] = []
    members = total = 0
    packed = max(path.stat().st_size, 1)
    try:
        with tarfile.open(path, mode="r|*") as archive:
            for member in archive:
                members += 1
                if members > MAX_MEMBERS:
                    raise TooLarge(source_file, f"tar-arkivet består av over {MAX_MEMBERS} filer",
                                   "Sjekk at dette virkelig er en rapport")
                name = safe_name(member.name)
                if not member.isfile() or not name or is_junk(name):  # «._Rapport.docx»: a Mac's resource fork
                    continue
                total += member.size
                check_unpacked(source_file, "tar-arkivet", total, options)
                check_ratio(source_file, "tar-arkivet", packed, total, so_far=True)
                data = archive.extractfile(member)
                if data is not None:
                    files.append(Packed(name, data.read(member.size)))
    except ReportError:
        raise
    except Exception as exc:  # noqa: BLE001 -- tarfile and its codecs (zlib, bz2, lzma) raise many kinds on a damaged archive
        raise DamagedFile(source_file, "tar-arkivet er skadet eller avkuttet og kan ikke pakkes ut", _AGAIN) from exc
    return read_together(files, [])

