"""An encrypted DOCX, XLSX or PPTX (an OLE2 wrapper round the package) that opens with Excel's default password for
a write-protected file, or with the password the run was given: decrypted to a temporary copy, which is read."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import msoffcrypto
from msoffcrypto.exceptions import DecryptionError, InvalidKeyError

from .detect import detect

# Excel encrypts a workbook saved with only a password to modify, or as read-only recommended, with this password,
# and opens it without asking: the member never set a password to open it.
DEFAULT_PASSWORD = "VelvetSweatshop"


@dataclass(frozen=True)
class Decrypted:
    path: Path  # the package, named with its format's suffix (openpyxl reads no other)
    format: str  # "docx", "xlsx" or "pptx"
    how: str  # how it was opened, in the secretariat's words


def decrypted(path: Path, folder: Path, password: str | None) -> Decrypted | None:
    """The decrypted package, in `folder`, or None when neither password opens it or it holds no Word, Excel or
    PowerPoint package."""
    tried = [(password, "med passordet som ble gitt")] if password else []
    tried.append((DEFAULT_PASSWORD, "med Excels standardpassord for skrivebeskyttede filer"))
    try:
        with open(path, "rb") as f:
            office = msoffcrypto.OfficeFile(f)
            if not office.is_encrypted():
                return None
            for secret, how in tried:
                try:
                    office.load_key(password=secret, verify_password=True)
                    target = folder / "dekryptert"
                    with open(target, "wb") as out:
                        office.decrypt(out)
                except (InvalidKeyError, DecryptionError):
                    continue
                format = detect(target)
                if format not in ("docx", "xlsx", "pptx"):
                    return None
                return Decrypted(target.rename(target.with_suffix(f".{format}")), format, f"kryptert Office-fil, åpnet {how}")
    except Exception:  # noqa: BLE001 -- msoffcrypto raises many kinds on a cipher it does not know or a broken wrapper
        # The file stays what it was: a locked one, which the caller rejects with its own message.
        return None
    return None
