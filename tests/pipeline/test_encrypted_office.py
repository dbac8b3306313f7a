"""An XLSX or DOCX encrypted with Excel's default password for a write-protected file opens in Excel without a prompt,
so the run reads it too; one locked with a real password is refused with a message naming --password, and read
when the run is given it."""

from __future__ import annotations

import io
import json

import openpyxl
from msoffcrypto.format.ooxml import OOXMLFile

from pipeline.batch import run
from pipeline.outputs.csv_files import read_csv
from pipeline.settings import Settings
from tests.container_files import docx_report
from tests.pipeline.small_inbox import refused, run_inbox

_ROWS = [("Lederprogram for avdelingsledere i sykehus", "2.4", "Kurs/utdanning", "Spekter", "Handelshøyskolen BI"),
         ("Lærlingkonferansen i spesialisthelsetjenesten", "2.3", "Arrangement", "Spekter", "Fagforbundet")]


def _workbook() -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Spekter – tiltak rapportert til Kompetansepolitisk råd 2087"])
    sheet.append([])
    sheet.append(["Tiltak", "Delmål", "Type", "Ansvarlig", "Samarbeidspartnere"])
    for row in _ROWS:
        sheet.append(list(row))
    data = io.BytesIO()
    book.save(data)
    return data.getvalue()


def _encrypted(package: bytes, password: str) -> bytes:
    locked = io.BytesIO()
    OOXMLFile(io.BytesIO(package)).encrypt(password, locked)
    return locked.getvalue()


def test_a_workbook_and_a_word_file_locked_with_the_default_password_are_read(tmp_path):
    report = docx_report("Spekter – rapport til Kompetansepolitisk råd 2087", _ROWS)
    found, documents = run_inbox(tmp_path, {
        "Spekter tiltak 2087.xlsx": _encrypted(_workbook(), "VelvetSweatshop"),
        "Spekter rapport 2087.docx": _encrypted(report, "VelvetSweatshop")})
    for name in ("Spekter tiltak 2087.xlsx", "Spekter rapport 2087.docx"):
        assert found[name] == [(t, d, k, "Spekter") for t, d, k, _, _ in _ROWS], name
        assert documents[name]["outcome"] == "converted", documents[name]
        assert "standardpassord" in documents[name]["converted_from"]


def test_a_workbook_locked_with_a_real_password_is_refused_and_read_when_the_run_is_given_it(tmp_path):
    locked = _encrypted(_workbook(), "Hemmelig-2087")
    (tmp_path / "uten").mkdir()
    _, documents = run_inbox(tmp_path / "uten", {"Spekter tiltak 2087.xlsx": locked})
    refused(documents["Spekter tiltak 2087.xlsx"], "Office-filen er passordbeskyttet", "--password", "encrypted")

    inbox = tmp_path / "med" / "innboks"
    inbox.mkdir(parents=True)
    (inbox / "Spekter tiltak 2087.xlsx").write_bytes(locked)
    out = tmp_path / "med" / "ut"
    run(Settings(inbox=inbox, out=out, history=tmp_path / "h.sqlite", year=2087, cache=False, jobs=1,
                 password="Hemmelig-2087"))
    assert [r["tiltak"] for r in read_csv(out / "extracted.csv")] == [r[0] for r in _ROWS]
    entry = json.loads((out / "run.json").read_text(encoding="utf-8"))["documents"][0]
    assert "passordet som ble gitt" in entry["converted_from"]
