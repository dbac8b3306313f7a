"""Whether a run would write exactly what DIR already holds, so it need not write anything.

The outputs are a function of the inputs (tested byte for byte), so a run whose inputs are those of
the run that wrote DIR, and whose outputs are untouched since, only reports that nothing changed.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from .cache import code_fingerprint, fingerprint
from .inbox import sha256_of
from tiltak_core.records import Document
from .settings import Settings
from .year import RunYear

STATE_FILE = ".tiltak-state.json"


def _file_hash(path: Path | None) -> str:
    return sha256_of(path) if path is not None and path.is_file() else "-"


def run_state(settings: Settings, documents: list[Document], decisions: Path | None, year: RunYear, history: Path) -> str:
    """A digest of everything the outputs depend on (the year with its evidence, which run.json shows)."""
    digest = hashlib.sha256(fingerprint(settings).encode())
    digest.update(code_fingerprint(("tiltak_core", "parsers", "normalise", "pipeline"), ()).encode())
    digest.update(repr((settings.thresholds, settings.limits, sorted(settings.exclude), year, settings.author)).encode())
    for d in documents:
        digest.update(f"{d.source_file}\0{d.sha256}\n".encode())
    digest.update(_file_hash(decisions).encode() + _file_hash(history).encode())
    return digest.hexdigest()


def _outputs(out: Path, names: list[str]) -> dict[str, str]:
    return {name: _file_hash(out / name) for name in names}


def unchanged(out: Path, state: str) -> list[str] | None:
    """The notes of the run that wrote DIR, if it had this state and none of its outputs has been changed
    or removed since; None when the outputs must be written."""
    try:
        recorded = json.loads((out / STATE_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    outputs = recorded.get("outputs", {})
    if recorded.get("state") == state and outputs and _outputs(out, list(outputs)) == outputs:
        return list(recorded.get("notes", []))
    return None


def record(out: Path, state: str, names: list[str], notes: list[str]) -> None:
    tmp = out / f"{STATE_FILE}.tmp"
    text = json.dumps({"state": state, "outputs": _outputs(out, names), "notes": notes}, indent=1, ensure_ascii=False)
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, out / STATE_FILE)
