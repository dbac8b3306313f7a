"""What the run that wrote DIR wrote: whether a run would write exactly that again (so it need not write
anything), and which outputs a person has changed since (so they are kept, never overwritten).

The outputs are a function of the inputs (tested byte for byte), so a run whose inputs are those of
the run that wrote DIR, and whose outputs are untouched since, only reports that nothing changed.
"""

from __future__ import annotations

import hashlib
import json
import time
from pathlib import Path
from typing import Sequence

from .cache import fingerprint
from .codehash import PROJECT, code_fingerprint
from .extract import DocumentResult
from .inbox import Listing, sha256_of
from .settings import Settings
from .year import RunYear

STATE_FILE = ".tiltak-state.json"


def _file_hash(path: Path | None) -> str:
    return sha256_of(path) if path is not None and path.is_file() else "-"


def run_state(settings: Settings, listing: Listing, decided: Sequence[DocumentResult], decisions: Path | None,
              year: RunYear, previous_year: str, cache_root: Path | None = None) -> str:
    """A digest of everything the outputs depend on (the year with its evidence, which run.json shows);
    `previous_year` is the history's digest of the year the summary compares with."""
    digest = hashlib.sha256(fingerprint(settings, cache_root).encode())
    digest.update(code_fingerprint(PROJECT, memo=cache_root).encode())
    digest.update(repr((settings.thresholds, settings.limits, sorted(settings.exclude), year, settings.author)).encode())
    for d in listing.documents:
        digest.update(f"{d.source_file}\0{d.sha256 or d.size}\0{listing.copies.get(d.source_file, '')}\n".encode())
    for r in decided:
        digest.update(f"{r.document.source_file}\0{r.outcome}\0{r.error}\n".encode())
    digest.update(_file_hash(decisions).encode() + previous_year.encode())
    return digest.hexdigest()


def _recorded(out: Path) -> dict:
    try:
        recorded = json.loads((out / STATE_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return recorded if isinstance(recorded, dict) else {}


def _outputs(folder: Path, names: list[str]) -> dict[str, str]:
    return {name: _file_hash(folder / name) for name in names}


def unchanged(out: Path, state: str) -> list[str] | None:
    """The notes of the run that wrote DIR, if it had this state and none of its outputs has been changed
    or removed since; None when the outputs must be written."""
    recorded = _recorded(out)
    outputs = recorded.get("outputs", {})
    if recorded.get("state") == state and outputs and _outputs(out, list(outputs)) == outputs:
        return list(recorded.get("notes", []))
    return None


def _kept_name(out: Path, name: str, when: float) -> str:
    stem, dot, suffix = name.rpartition(".") if "." in name else (name, "", "")
    stamp = time.strftime("%Y-%m-%d %H.%M", time.localtime(when))
    kept, n = f"{stem} (endret {stamp}){dot}{suffix}", 1
    while (out / kept).exists() or (out / kept).is_symlink():
        n += 1
        kept = f"{stem} (endret {stamp}) {n}{dot}{suffix}"
    return kept


def edited_outputs(out: Path, names: Sequence[str]) -> dict[str, str]:
    """The outputs in DIR a person has changed since a run wrote them (or that no run recorded writing), each
    with the name it is kept under: `NAME (endret YYYY-MM-DD HH.MM).ext`, the time of the change."""
    recorded = _recorded(out).get("outputs", {})
    kept: dict[str, str] = {}
    for name in names:
        path = out / name
        if path.is_file() and (path.is_symlink() or recorded.get(name) != sha256_of(path)):
            kept[name] = _kept_name(out, name, path.lstat().st_mtime)
    return kept


def write_state(path: Path, state: str, names: list[str], notes: list[str]) -> None:
    """The state file for the outputs staged beside `path`, written into the staging folder to go with them."""
    text = json.dumps({"state": state, "outputs": _outputs(path.parent, names), "notes": notes}, indent=1, ensure_ascii=False)
    path.write_text(text, encoding="utf-8")
