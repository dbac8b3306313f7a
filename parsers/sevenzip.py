"""The files in a 7z archive (7-Zip's own format), taken out whole within the archive limits, as a ZIP archive's are.

The limits are checked on the sizes the archive's header states before anything is unpacked; py7zr then stops at
the limit too, so a header that understates its sizes gains nothing. Compressed and plain headers (7-Zip's «-mhc»),
solid LZMA/LZMA2 blocks and the BCJ filters for programs are py7zr's to unpack.
"""

from __future__ import annotations

from pathlib import Path

from tiltak_core.errors import DamagedFile, EncryptedFile, ReportError, TooLarge

from .archive import MAX_MEMBERS, check_ratio, check_unpacked
from .bundle import Packed, Unpacked, is_junk, read_together, safe_name
from .registry import ParseOptions

_AGAIN = "Pakk det ut selv og legg filene i innboksen, eller be medlemmet sende rapporten på nytt uten å pakke den"
_LOCKED = "Be medlemmet sende filene uten passord, eller pakk dem ut selv og legg dem i innboksen"


def sevenzip_files(path: Path, source_file: str, options: ParseOptions) -> Unpacked:
    """Every file in a 7z archive, junk left out; TooLarge past the limits, DamagedFile when locked or broken."""
    import py7zr  # only when a 7z archive comes
    from py7zr.exceptions import PasswordRequired

    locked = EncryptedFile(source_file, "arkivet er passordbeskyttet, så filene i det kan ikke leses", _LOCKED)
    encrypted = False
    factory = _Memory()
    try:
        with py7zr.SevenZipFile(path, "r", password=options.password,
                                max_extract_size=options.max_unpacked_bytes) as archive:
            encrypted = bool(archive.needs_password())
            if encrypted and options.password is None:
                raise locked
            listed = [f for f in archive.list() if f.is_file and not f.is_symlink]
            _check_sizes(path, source_file, options, [f.uncompressed for f in listed])
            archive.extractall(factory=factory)  # py7zr asks its factory only for create()
    except PasswordRequired as exc:  # the names too are encrypted (7-Zip's «-mhe=on»)
        raise locked from exc
    except ReportError:
        raise
    except Exception as exc:  # noqa: BLE001 -- py7zr and its codecs (lzma, zlib, bz2, ppmd, zstd) raise many kinds
        # on a damaged or cut-off archive; with a password, a wrong one reads so too.
        if encrypted:
            raise EncryptedFile(source_file, "arkivet er passordbeskyttet, og passordet som ble gitt stemmer ikke",
                              _LOCKED) from exc
        raise DamagedFile(source_file, "7z-arkivet er skadet eller avkuttet og kan ikke pakkes ut", _AGAIN) from exc
    order = {safe_name(f.filename): n for n, f in enumerate(listed)}
    files: list[Packed] = []
    for taken, data in sorted(factory.taken.items(), key=lambda item: order.get(safe_name(item[0]), len(order))):
        name = safe_name(taken)
        if name and not is_junk(name) and name in order:
            files.append(Packed(name, data))
    return read_together(files, [])


def _check_sizes(path: Path, source_file: str, options: ParseOptions, sizes: list[int]) -> None:
    """TooLarge when the header's sizes pass the limits on members, unpacked bytes and compression ratio."""
    if len(sizes) > MAX_MEMBERS:
        raise TooLarge(source_file, f"7z-arkivet består av {len(sizes)} filer, over grensen på {MAX_MEMBERS}",
                       "Sjekk at dette virkelig er en rapport")
    total = sum(sizes)
    check_unpacked(source_file, "7z-arkivet", total, options)
    packed = max(path.stat().st_size, 1)
    # A solid archive packs all its files in one stream: the whole archive's ratio is what a member's is in a ZIP.
    check_ratio(source_file, "7z-arkivet", packed, total)


class _Memory:
    """py7zr's writer factory: each file unpacked into memory (py7zr stops all of them at the unpacked limit)."""

    def __init__(self) -> None:
        self.taken: dict[str, bytes] = {}

    def create(self, filename: str) -> _Member:
        return _Member(self, filename)


class _Member:
    """One file being unpacked; what it holds goes to the factory's `taken` when py7zr closes it."""

    def __init__(self, factory: _Memory, filename: str) -> None:
        self.factory, self.filename = factory, filename
        self.buffer = bytearray()

    def write(self, s: bytes | bytearray) -> int:
        self.buffer += s
        return len(s)

    def read(self, size: int | None = None) -> bytes:
        return b""

    def seek(self, offset: int, whence: int = 0) -> int:
        return 0

    def flush(self) -> None:
        return None

    def size(self) -> int:
        return len(self.buffer)

    def close(self) -> None:
        self.factory.taken[self.filename] = bytes(self.buffer)
