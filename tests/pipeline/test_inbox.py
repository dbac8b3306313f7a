"""The inbox: every entry gets an outcome, a copy never hides its original, and one file's trouble is that
file's outcome, never the batch's."""

from __future__ import annotations

import builtins
import json
import os
import shutil
from pathlib import Path

import pytest

from pipeline.batch import run
from pipeline.inbox import list_documents
from pipeline.settings import Limits, Settings

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples" / "2018"


def _settings(inbox: Path, tmp_path: Path, **kw) -> Settings:
    return Settings(inbox=inbox, out=tmp_path / "out", history=tmp_path / "h.sqlite", cache_dir=tmp_path / "cache",
                    jobs=1, **kw)


def _outcomes(result) -> dict[str, str]:
    return {d.document.source_file: d.outcome.value for d in result.documents}


# ---------------------------------------------------------------------------- 2. copies decided by the inbox
def test_a_deleted_copy_never_takes_its_original_with_it(reports, tmp_path):
    inbox = reports(tmp_path / "2018", ("lo_2018.docx", "telemark_fk_2018.docx"))
    copy = inbox / "lo_2018 - Kopi.docx"
    shutil.copy(inbox / "lo_2018.docx", copy)

    both = run(_settings(inbox, tmp_path))
    assert _outcomes(both)["lo_2018.docx"] == "parsed" and _outcomes(both)[copy.name] == "duplicate"
    assert next(d for d in both.documents if d.document.source_file == copy.name).duplicate_of == "lo_2018.docx"

    copy.unlink()
    alone = run(_settings(inbox, tmp_path))
    lo = next(d for d in alone.documents if d.document.source_file == "lo_2018.docx")
    assert lo.outcome == "parsed" and len(lo.rows) == 14
    assert alone.exit_code == 0 and sum("LO" in e.rapportert_av for e in alone.register) >= 14

    shutil.copy(SAMPLES / "lo_2018.docx", copy)
    (inbox / "lo_2018.docx").unlink()
    renamed = run(_settings(inbox, tmp_path))
    assert _outcomes(renamed)[copy.name] == "parsed"
    assert len(renamed.register) == len(alone.register)


@pytest.mark.parametrize("copy_name", ("Kopi av lo_2018.docx", "lo_2018 (1).docx", "VS videresendt lo_2018.docx",
                                       "lo_2018 - Copy.docx", "kopi_lo_2018.docx"))
def test_the_file_that_looks_like_the_original_is_read(reports, tmp_path, copy_name):
    inbox = reports(tmp_path / "2018", ("lo_2018.docx",))
    shutil.copy(inbox / "lo_2018.docx", inbox / copy_name)
    os.utime(inbox / "lo_2018.docx", (2_000_000_000, 2_000_000_000))  # the original is even the newer one
    listing = list_documents(_settings(inbox, tmp_path))
    assert listing.copies == {copy_name: "lo_2018.docx"}


def test_of_two_plain_names_the_older_is_read_else_the_first_by_name(reports, tmp_path):
    inbox = reports(tmp_path / "2018", ("lo_2018.docx",))
    for name in ("a_lo.docx", "b_lo.docx"):
        shutil.copy(inbox / "lo_2018.docx", inbox / name)
    for name, when in (("lo_2018.docx", 1_600_000_000), ("a_lo.docx", 1_700_000_000), ("b_lo.docx", 1_500_000_000)):
        os.utime(inbox / name, (when, when))
    assert list_documents(_settings(inbox, tmp_path)).copies == {"a_lo.docx": "b_lo.docx", "lo_2018.docx": "b_lo.docx"}
    for name in ("lo_2018.docx", "a_lo.docx", "b_lo.docx"):
        os.utime(inbox / name, (1_600_000_000, 1_600_000_000))
    assert list_documents(_settings(inbox, tmp_path)).copies == {"b_lo.docx": "a_lo.docx", "lo_2018.docx": "a_lo.docx"}


# ---------------------------------------------------------------------------- 11.4 one file's trouble
def _deny(monkeypatch, *paths: Path) -> None:
    """Take read access away. Root reads anyway, so for root the calls a reader makes answer as the
    system answers anyone else: permission denied."""
    for path in paths:
        path.chmod(0)
    if os.geteuid() != 0:
        return
    denied = {str(p) for p in paths}
    real_open, real_scandir, real_os_open = builtins.open, os.scandir, os.open

    def refuse(path) -> None:
        if isinstance(path, (str, os.PathLike)) and os.fspath(path) in denied:
            raise PermissionError(13, "Permission denied", os.fspath(path))

    monkeypatch.setattr(builtins, "open", lambda file, *a, **k: (refuse(file), real_open(file, *a, **k))[1])
    monkeypatch.setattr(os, "scandir", lambda path=".": (refuse(path), real_scandir(path))[1])
    monkeypatch.setattr(os, "open", lambda path, *a, **k: (refuse(path), real_os_open(path, *a, **k))[1])


def test_every_troubled_entry_gets_its_own_outcome_and_the_batch_goes_on(reports, tmp_path, monkeypatch):
    inbox = reports(tmp_path / "2018", ("telemark_fk_2018.docx", "vestland_fk_2018.pdf"))
    outside = tmp_path / "utenfor"
    outside.mkdir()
    shutil.copy(SAMPLES / "nho_2018.pdf", outside / "nho_2018.pdf")
    (inbox / "nho_2018.pdf").symlink_to(outside / "nho_2018.pdf")  # a link out of the inbox
    (inbox / "arkiv").symlink_to(outside, target_is_directory=True)  # a folder link out of it
    (inbox / "ks_2018.pdf").symlink_to(tmp_path / "finnes-ikke.pdf")  # a broken link
    os.mkfifo(inbox / "rør_2018.pdf")  # would block whoever opens it
    shutil.copy(SAMPLES / "ks_2018.pdf", inbox / "laast_2018.pdf")
    (inbox / "stengt").mkdir()
    shutil.copy(SAMPLES / "vofo_2018.pdf", inbox / "stengt" / "vofo_2018.pdf")
    odd = os.fsencode(inbox) + b"/unio_\xff\xfe_2018.docx"  # not UTF-8: as a Windows share or old ZIP leaves it
    shutil.copy(SAMPLES / "unio_2018.docx", os.fsdecode(odd))
    (inbox / "stor_2018.pdf").write_bytes(b"%PDF-1.4\n" + b"0" * (2 * 2**20))
    _deny(monkeypatch, inbox / "laast_2018.pdf", inbox / "stengt")
    try:
        result = run(_settings(inbox, tmp_path, limits=Limits(max_file_bytes=2**20)))
    finally:
        (inbox / "laast_2018.pdf").chmod(0o644)
        (inbox / "stengt").chmod(0o755)

    report = json.loads((tmp_path / "out" / "run.json").read_text(encoding="utf-8"))
    documents = {d["file"]: d for d in report["documents"]}
    assert documents["telemark_fk_2018.docx"]["outcome"] == documents["vestland_fk_2018.pdf"]["outcome"] == "parsed"
    assert documents["nho_2018.pdf"]["outcome"] == documents["arkiv"]["outcome"] == "outside_inbox"
    assert documents["nho_2018.pdf"]["utfall"] == "peker ut av innboksen"
    assert not any(d["member"] == "NHO" for d in report["documents"])
    for name, kind, words in (("ks_2018.pdf", "broken_link", "finnes ikke"), ("rør_2018.pdf", "special_file", "ikke en vanlig fil"),
                              ("laast_2018.pdf", "unreadable", "tilgang"), ("stengt", "unreadable", "mappen"),
                              ("stor_2018.pdf", "too_large", "over grensen")):
        assert documents[name]["outcome"] == "rejected", name
        assert documents[name]["rejection"]["kind"] == kind and words in documents[name]["error"], documents[name]
        assert documents[name]["rejection"]["fix"], name
    assert not documents["stor_2018.pdf"]["sha256"]  # refused by its size before a byte of it was hashed
    (unio,) = [d for name, d in documents.items() if name.startswith("unio_")]
    assert unio["file"] == "unio_\ufffd\ufffd_2018.docx" and unio["outcome"] == "parsed" and unio["rows"] > 0
    assert result.exit_code == 1
