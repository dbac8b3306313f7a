"""The run's year: from --year, the inbox's name, the file names, or what the reports say of themselves."""

import json
import shutil
from datetime import datetime
from pathlib import Path

import docx
import pytest
from typer.testing import CliRunner

from parsers.detect import detect
from parsers.docx import parse_docx
from parsers.registry import ParseOptions
from pipeline.cli import app
from pipeline.inbox import sha256_of
from pipeline.settings import Settings
from pipeline.year import (DATED, PROPERTIES, TEXT, TITLE, YearClaim, claim_year, named_year, year_from_names,
                           year_from_reports)
from tiltak_core.errors import YearUnknown
from tiltak_core.records import Document

ROOT = Path(__file__).resolve().parents[2]
runner = CliRunner()


def _named(name: str) -> Document:
    return Document(Path(name), name, "docx", "0" * 64, 1)


def test_year_from_the_option_the_folder_or_every_file_name(tmp_path):
    assert year_from_names(Settings(inbox=tmp_path, year=2016), []).year == 2016
    inbox = tmp_path / "rapporter-2019"
    inbox.mkdir()
    folder = year_from_names(Settings(inbox=inbox), [_named("lo_2018.docx")])
    assert (folder.year, folder.source, folder.evidence) == (2019, "folder", "fra mappenavnet «rapporter-2019»")
    plain = tmp_path / "innboks"
    plain.mkdir()
    files = year_from_names(Settings(inbox=plain), [_named("lo_2018.docx"), _named("nho-2018.pdf")])
    assert (files.year, files.source) == (2018, "file names")
    for documents in ([], [_named("lo_2018.docx"), _named("nho_2017.pdf")], [_named("lo.docx")]):
        assert year_from_names(Settings(inbox=plain), documents) is None


def test_a_full_date_in_a_file_name_is_when_it_was_made_not_the_year_reported():
    # VOFO's WordPress export made 16 January 2076 holds its 2075 posts and a draft for 2076: its rows are held
    # against 2075, and a file name's date in November is that year's own.
    files = [_named("vofo.WordPress.2076-01-16.xml"), _named("Agder eksport 16.01.2076.docx")]
    assert year_from_names(Settings(inbox=Path("innboks")), files).year == 2075
    assert named_year("nho_status_2075-11-03.pdf") == 2075


def _report(path: Path, title: str, lines: tuple[str, ...] = (), saved: datetime | None = None) -> Path:
    """A member's Word report: a title, some lines of text, one tiltak; `saved` as its last-saved date."""
    document = docx.Document()
    document.add_heading(title, 1)
    for line in lines:
        document.add_paragraph(line)
    table = document.add_table(rows=2, cols=3)
    for cell, text in zip(table.rows[0].cells + table.rows[1].cells,
                          ("Delmål", "Tiltak", "Type tiltak", "2.2", "Rapport om kompetanse i arbeidslivet", "FoU")):
        cell.text = text
    document.core_properties.title = ""
    document.core_properties.modified = saved or datetime(2000, 1, 1)  # 1 January, midnight: no date
    document.save(str(path))
    return path


def _claim(path: Path) -> YearClaim | None:
    document = Document(path, path.name, detect(path), sha256_of(path), path.stat().st_size)
    return claim_year(parse_docx(path, path.name, ParseOptions()), document)


@pytest.mark.parametrize("title, lines, saved, expected", [
    ("LOs rapportering til Kompetansepolitisk råd for 2019", ("Dato: 14. februar 2020",), None, (2019, TITLE)),
    # A period is not a year; the phrase on the first page says it.
    ("Oppfølging av strategien 2017–2021", ("Her følger rapportering for 2018 fra NHO.",), None, (2018, TEXT)),
    ("Rapport fra Unio", ("Unio har i 2019 arbeidet med etter- og videreutdanning.",), None, (2019, TEXT)),
    # Written in the first half of a year: about the year before.
    ("Rapport fra Virke", ("Oslo, 15. februar 2020", "Vi viser til brev fra sekretariatet."), None, (2019, DATED)),
    ("Rapport fra Virke", ("Dato: 03.03.2019",), None, (2018, DATED)),
    ("Rapport fra KS", ("Vi viser til brev fra sekretariatet.",), datetime(2021, 2, 26, 14, 5), (2020, PROPERTIES)),
])
def test_what_a_report_says_of_its_year(tmp_path, title, lines, saved, expected):
    claim = _claim(_report(tmp_path / "r.docx", title, lines, saved))
    assert (claim.year, claim.kind) == expected
    assert claim.evidence


@pytest.mark.parametrize("title, lines, saved", [
    ("Rapport fra KS", ("Vi viser til brev fra sekretariatet.",), None),  # a placeholder date says nothing
    ("Rapport fra KS", ("Skrevet 15. oktober 2019",), datetime(2019, 10, 15, 9, 30)),  # autumn: which year?
    ("Rapport fra LO", ("Tiltak for 2019 og planer for 2020",), None),  # two years: not clear
])
def test_a_report_that_says_nothing_clear_claims_no_year(tmp_path, title, lines, saved):
    assert _claim(_report(tmp_path / "r.docx", title, lines, saved)) is None


def test_the_reports_agree_and_stated_years_outrank_dates(tmp_path):
    claims = [("lo.docx", YearClaim(2019, TITLE, "«LO 2019»")), ("ks.pdf", YearClaim(2019, TEXT, "«for 2019»")),
              ("virke.pdf", YearClaim(2018, DATED, "skrevet 1. mars 2019")), ("ys.docx", None)]
    year = year_from_reports(tmp_path, claims)
    assert (year.year, year.source, year.weak) == (2019, "reports", False)
    assert year.evidence.startswith("fra rapportene selv: 2 av 4 sier selv 2019, f.eks. lo.docx (tittel: «LO 2019»)")
    dated = year_from_reports(tmp_path, [("a.pdf", YearClaim(2018, DATED, "skrevet 1. mars 2019")), ("b.pdf", None)])
    assert (dated.year, dated.weak) == (2018, True)


def test_the_pages_of_one_sending_say_its_year_together(tmp_path):
    # Round 53's UHR sent a wiki's export: the report's pages say 2073, one page is last year's finished measure
    # («… (avsluttet 2072)»), one next year's plan. The run stopped, asking for --year; the member sent one report.
    wiki = "Confluence-export-UHR-2073.html.zip/UHRKPR"
    claims = [(f"{wiki}/rapport.html", YearClaim(2073, TITLE, "«KPR-rapportering 2073»")),
              (f"{wiki}/tiltak-1.html", YearClaim(2073, TITLE, "«Nettverk (2073)»")),
              (f"{wiki}/mikroemner.html", YearClaim(2072, TITLE, "«Mikroemner (avsluttet 2072)»")),
              ("lo.docx", YearClaim(2073, TITLE, "«LO 2073»"))]
    assert year_from_reports(tmp_path, claims).year == 2073
    # Split evenly, a sending's files are no majority: they are named as any reports that disagree are.
    with pytest.raises(YearUnknown, match="mikroemner.html"):
        year_from_reports(tmp_path, [claims[0], claims[2]])


def test_reports_that_disagree_are_named_with_what_they_say(tmp_path):
    claims = [("lo.docx", YearClaim(2019, TITLE, "«LO 2019»")), ("nho.pdf", YearClaim(2019, TITLE, "«NHO 2019»")),
              ("ks_gammel.pdf", YearClaim(2018, TITLE, "«KS 2018»"))]
    with pytest.raises(YearUnknown) as caught:
        year_from_reports(tmp_path, claims)
    message = str(caught.value)
    assert "rapportene sier ulike år — 2019: lo.docx (tittel: «LO 2019»); nho.pdf" in message
    assert "2018: ks_gammel.pdf (tittel: «KS 2018»)" in message and "--year 2019" in message
    with pytest.raises(YearUnknown, match="oppgi det med --year"):
        year_from_reports(tmp_path, [("a.docx", None)])


def _run(inbox: Path, out: Path, **kwargs):
    return runner.invoke(app, ["run", str(inbox), "--out", str(out), "--history", str(out.parent / "h.sqlite")], **kwargs)


def test_the_run_takes_the_year_from_the_reports_and_shows_why(tmp_path):
    inbox = tmp_path / "rapporter"
    inbox.mkdir()
    shutil.copy(ROOT / "samples" / "2019" / "lo_2019.docx", inbox / "lo.docx")
    shutil.copy(ROOT / "samples" / "2019" / "nho_2019.pdf", inbox / "nho.pdf")
    result = _run(inbox, tmp_path / "out")
    assert result.exit_code == 0, result.output
    assert "Rapporteringsår 2019: fra rapportene selv: 2 av 2 sier selv 2019" in result.output
    report = json.loads((tmp_path / "out" / "run.json").read_text(encoding="utf-8"))
    assert report["year"]["year"] == 2019 and report["year"]["source"] == "reports"
    stated = {d["file"]: d["stated_year"] for d in report["documents"]}
    assert stated["lo.docx"] == {"year": 2019, "kind": "tittel",
                                 "evidence": "«LOs rapportering til Kompetansepolitisk råd for 2019»"}
    assert "rapporteringen for 2019" in (tmp_path / "out" / "oppsummering.md").read_text(encoding="utf-8")


def test_reports_that_disagree_stop_the_run_or_are_asked_about_once(tmp_path, monkeypatch):
    inbox = tmp_path / "rapporter"
    inbox.mkdir()
    shutil.copy(ROOT / "samples" / "2019" / "lo_2019.docx", inbox / "lo.docx")
    shutil.copy(ROOT / "samples" / "2018" / "lo_2018.docx", inbox / "lo_i_fjor.docx")
    refused = _run(inbox, tmp_path / "out")
    assert refused.exit_code == 2
    assert "rapportene sier ulike år" in refused.output and "lo_i_fjor.docx" in refused.output
    assert not (tmp_path / "out" / "register.csv").exists()

    monkeypatch.setattr("pipeline.cli._interactive", lambda: True)
    asked = _run(inbox, tmp_path / "out", input="19\n2019\n")
    assert asked.exit_code == 0, asked.output
    assert "Hvilket år gjelder rapportene" in asked.output and "mellom 2000 og 2099" in asked.output
    assert asked.output.count("[1/2]") == 1  # the answer does not read the reports again
    assert "Rapporteringsår 2019: oppgitt da programmet spurte" in asked.output


def test_a_report_that_says_no_year_is_asked_about(tmp_path, monkeypatch):
    inbox = tmp_path / "rapporter"
    inbox.mkdir()
    _report(inbox / "ks.docx", "Rapport fra KS", ("Vi viser til brev fra sekretariatet.",))
    refused = _run(inbox, tmp_path / "out")
    assert refused.exit_code == 2 and "oppgi det med --year" in refused.output
    monkeypatch.setattr("pipeline.cli._interactive", lambda: True)
    asked = _run(inbox, tmp_path / "out", input="2018\n")
    assert asked.exit_code == 0, asked.output
    assert "rapporteringen for 2018" in (tmp_path / "out" / "oppsummering.md").read_text(encoding="utf-8")


def test_a_report_stating_another_year_than_the_folder_is_pointed_out(tmp_path):
    inbox = tmp_path / "2020"
    inbox.mkdir()
    shutil.copy(ROOT / "samples" / "2019" / "lo_2019.docx", inbox / "lo.docx")
    result = _run(inbox, tmp_path / "out")
    assert result.exit_code == 0, result.output
    assert "Rapporteringsår 2020: fra mappenavnet «2020»." in result.output
    assert "rapporteringsåret er 2020 (fra mappenavnet «2020»), men 1 rapport(er) sier selv et annet år: lo.docx " \
           "(tittel: «LOs rapportering til Kompetansepolitisk råd for 2019»)" in result.output
