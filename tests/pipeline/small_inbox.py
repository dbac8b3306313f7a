"""A small inbox of a few files run through the whole pipeline, and what extracted.csv and run.json say of each."""

from __future__ import annotations

import json

from pipeline.batch import run
from pipeline.outputs.csv_files import read_csv
from pipeline.settings import Settings


def run_inbox(tmp_path, files: dict[str, bytes], year: int = 2087,
              ) -> tuple[dict[str, list[tuple[str, str, str, str]]], dict[str, dict]]:
    """Each file's rows (tiltak, delmål, type, member) in extracted.csv, and each file's entry in run.json."""
    inbox = tmp_path / "innboks"
    inbox.mkdir()
    for name, data in files.items():
        (inbox / name).write_bytes(data)
    run(Settings(inbox=inbox, out=tmp_path / "ut", history=tmp_path / "h.sqlite", year=year, cache=False, jobs=1))
    rows: dict[str, list[tuple[str, str, str, str]]] = {}
    for r in read_csv(tmp_path / "ut" / "extracted.csv"):
        rows.setdefault(r["source_file"], []).append((r["tiltak"], r["delmal"], r["type"], r["member"]))
    report = json.loads((tmp_path / "ut" / "run.json").read_text(encoding="utf-8"))
    return rows, {d["file"]: d for d in report["documents"]}


def refused(entry: dict, problem: str, fix: str, kind: str = "damaged") -> None:
    """Asserts that a file was refused as `kind` (damaged) with a message saying `problem` and a fix saying `fix`."""
    assert entry["outcome"] == "rejected" and entry["rejection"]["kind"] == kind, entry
    assert problem in entry["error"] and fix in entry["rejection"]["fix"], entry
