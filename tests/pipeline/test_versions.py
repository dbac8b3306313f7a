"""One member, several reports: the newest version replaces older ones, different reports all count."""

from __future__ import annotations

import json
import shutil
from datetime import datetime
from pathlib import Path

import docx
import pytest

from pipeline.batch import run
from pipeline.outputs.csv_files import read_csv
from pipeline.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples" / "2020"


@pytest.fixture(scope="module")
def versions_run(tmp_path_factory):
    inbox = tmp_path_factory.mktemp("inbox") / "2020"
    inbox.mkdir()
    for name in ("viken_fk_2020.docx", "viken_fk_2020_revidert.docx", "agder_fk_2020.pdf", "agder_fk_2020_v2.pdf",
                 "regjeringen_kd_2020.pdf", "regjeringen_asd_2020.docx"):
        shutil.copy(SAMPLES / name, inbox / name)
    out = inbox.parent / "out"
    result = run(Settings(inbox=inbox, out=out, cache=False, jobs=1, history=inbox.parent / "h.sqlite"))
    report = json.loads((out / "run.json").read_text(encoding="utf-8"))
    return result, {d["file"]: d for d in report["documents"]}, out


def test_the_newest_version_replaces_the_older_one(versions_run):
    result, documents, out = versions_run
    for old, new in (("viken_fk_2020.docx", "viken_fk_2020_revidert.docx"),
                     ("agder_fk_2020.pdf", "agder_fk_2020_v2.pdf")):
        assert documents[old]["outcome"] == "superseded" and documents[old]["superseded_by"] == new
        assert documents[old]["utfall"] == f"erstattet av {new}" and documents[old]["rows"] == 0
        assert documents[new]["outcome"] == "parsed" and documents[new]["versions"] == f"erstatter {old}"
    sources = {r["source_file"] for r in read_csv(out / "extracted.csv")}
    assert not {"viken_fk_2020.docx", "agder_fk_2020.pdf"} & sources
    assert result.exit_code == 0  # a replaced version is no problem


def test_two_different_reports_of_one_member_both_count(versions_run):
    _, documents, out = versions_run
    for name in ("regjeringen_kd_2020.pdf", "regjeringen_asd_2020.docx"):
        assert documents[name]["outcome"] == "parsed"
        assert documents[name]["versions"] == "én av 2 ulike rapporter fra Regjeringen; alle er tatt med"
    sources = [r["source_file"] for r in read_csv(out / "extracted.csv")]
    assert sources.count("regjeringen_kd_2020.pdf") == 4 and sources.count("regjeringen_asd_2020.docx") == 3


def _report(path: Path, title: str, tiltak: list[str], saved: datetime) -> Path:
    d = docx.Document()
    d.add_paragraph(title, style="Title")
    t = d.add_table(rows=1 + len(tiltak), cols=3)
    for c, head in enumerate(("Delmål", "Tiltak", "Type tiltak")):
        t.cell(0, c).text = head
    for r, text in enumerate(tiltak, start=1):
        t.cell(r, 0).text, t.cell(r, 1).text, t.cell(r, 2).text = "2.1", text, "Kurs"
    d.core_properties.modified = saved
    d.save(path)
    return path


def test_a_later_save_date_decides_between_versions_named_alike(tmp_path):
    inbox = tmp_path / "2020"
    inbox.mkdir()
    common = ["Kurs i digitale verktøy for tillitsvalgte", "Kurs i regneark for ansatte i butikk"]
    _report(inbox / "lo_rapport.docx", "LO – rapportering 2020", common, datetime(2021, 2, 1))
    _report(inbox / "lo_tiltak_2020.docx", "LO – rapportering 2020", common + ["Kurs i netthandel for små butikker"],
            datetime(2021, 3, 1))
    result = run(Settings(inbox=inbox, out=tmp_path / "out", cache=False, jobs=1, history=tmp_path / "h.sqlite"))
    outcome = {d.document.source_file: d for d in result.documents}
    assert outcome["lo_rapport.docx"].outcome_text == "erstattet av lo_tiltak_2020.docx"
    assert len(result.tiltak) == 3


def test_a_report_from_a_member_outside_its_years_is_flagged(tmp_path):
    inbox = tmp_path / "2018"
    inbox.mkdir()
    _report(inbox / "uhr_2018.docx", "UHR – rapportering 2018", ["Kurs i digitale verktøy for studenter"],
            datetime(2019, 2, 1))
    result = run(Settings(inbox=inbox, out=tmp_path / "out", cache=False, jobs=1, history=tmp_path / "h.sqlite"))
    (document,) = result.documents
    assert document.warnings[-1] == ("uhr_2018.docx: UHR var ikke medlem av rådet i 2018 (medlem fra 2020); "
                                     "tiltakene er tatt med, men sjekk året og katalogen")
    assert len(result.tiltak) == 1


def test_a_draft_saying_it_is_not_final_is_replaced_by_the_final_version(tmp_path):
    inbox = tmp_path / "2020"
    inbox.mkdir()
    common = ["Kurs i digitale verktøy for tillitsvalgte", "Kurs i regneark for ansatte i butikk"]
    # «ikke ferdig»: the draft's word for final, denied; the draft was even saved after the final version.
    _report(inbox / "lo_rapport_2020_utkast.docx", "UTKAST – ikke ferdig behandlet", common, datetime(2021, 3, 1))
    _report(inbox / "lo_rapport_2020_endelig.docx", "LO – rapportering 2020", common, datetime(2021, 2, 1))
    result = run(Settings(inbox=inbox, out=tmp_path / "out", cache=False, jobs=1, history=tmp_path / "h.sqlite"))
    outcome = {d.document.source_file: d for d in result.documents}
    assert outcome["lo_rapport_2020_utkast.docx"].outcome_text == "erstattet av lo_rapport_2020_endelig.docx"
    assert len(result.tiltak) == 2


def test_an_inbox_number_and_a_minor_version_mark_do_not_make_a_draft_another_report(tmp_path):
    # «07_…_UTKAST_v0.3.docx» beside «08_…_endelig.docx»: the sorting number and the «.3» left the names apart, so
    # the draft's rows were counted beside the final report's.
    inbox = tmp_path / "2045"
    inbox.mkdir()
    saved = datetime(2046, 2, 1)
    _report(inbox / "07_NHO_rapport_2045_UTKAST_v0.3.docx", "Arbeidsnotat", ["Kurs i sveising for lærlinger"], saved)
    _report(inbox / "08_NHO_rapport_2045_endelig.docx", "NHOs rapportering",
            ["Opplæring i robotstyring for industrifagarbeidere", "Lederkurs om kompetanseplanlegging"], saved)
    result = run(Settings(inbox=inbox, out=tmp_path / "out", cache=False, jobs=1, history=tmp_path / "h.sqlite"))
    outcome = {d.document.source_file: d for d in result.documents}
    assert outcome["07_NHO_rapport_2045_UTKAST_v0.3.docx"].outcome_text == "erstattet av 08_NHO_rapport_2045_endelig.docx"
    assert len(result.tiltak) == 2
