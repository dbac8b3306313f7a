"""`tiltak skjema` and a round of returned forms: the 2018 sample round's history gives every member a form,
members fill them in (one returned unchanged, one reshaped, one Excel and one Word form saved through
LibreOffice), and the 2019 run reads every row, every link and every ended row."""

from __future__ import annotations

import csv
import json
import shutil
import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest
from typer.testing import CliRunner

from parsers import tools
from parsers.form_spec import SIGNATURE
from pipeline.batch import run
from pipeline.cli import app
from pipeline.extract import extract_document
from pipeline.forms.write import file_stem
from pipeline.history import History, HistoryRow
from pipeline.inbox import sha256_of
from pipeline.settings import Settings
from tests.parsers.conftest import require
from tiltak_core.records import Document

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # `samples` is not an installed package
    sys.path.insert(0, str(ROOT))

from samples.generator.forms_round import NEW_MEMBERS, RESHAPED, THROUGH_LIBREOFFICE, UNCHANGED, fill_round  # noqa: E402
from samples.generator.forms_score import score  # noqa: E402

pytestmark = pytest.mark.long  # run first: see tests/conftest.py

runner = CliRunner()
LAST_YEAR = [
    HistoryRow("T1", "2", "2.2", "Notat om tariffavtalenes betydning", "FoU", ("LO",), ("Fafo",), ("LO",)),
    HistoryRow("T2", "1", "1.1", "Deltakelse i Kompetansebehovsutvalget", "Råd/utvalg/nettverk", ("Regjeringen",), (),
               ("Regjeringen", "LO")),
]


def _history(folder: Path) -> Path:
    path = folder / "h.sqlite"
    with History(path) as h:
        h.store(2018, LAST_YEAR)
    return path


def _forms(out: Path, history: Path, *more: str):
    return runner.invoke(app, ["skjema", "--year", "2019", "--out", str(out), "--history", str(history), *more])


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    """Forms for 2019 from a two-tiltak 2018, written into a folder that already holds a file of someone else's."""
    tmp = tmp_path_factory.mktemp("skjema")
    history = _history(tmp)
    (tmp / "out").mkdir()
    (tmp / "out" / "notat.txt").write_text("ikke vår", encoding="utf-8")
    result = _forms(tmp / "out", history, "--deadline", "1. februar 2020", "--contact", "Kari, kari@example.no")
    return tmp, result


def test_every_member_gets_a_form_in_excel_and_word_with_last_years_rows(written, catalogue):
    tmp_path, result = written
    assert result.exit_code == 0, result.output
    assert f"{len(catalogue.members)} skjemaer for 2019 (Excel og Word)" in result.output
    assert "med 3 rader fra 2018 fylt inn" in result.output  # LO two, Regjeringen one
    names = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert names == sorted(["notat.txt", *(f"{file_stem(m.name, 2019)}.{s}" for m in catalogue.members for s in ("xlsx", "docx"))])
    assert "skjema_2019_more_og_romsdal_fylkeskommune.xlsx" in names

    wb = openpyxl.load_workbook(tmp_path / "out" / "skjema_2019_lo.xlsx")
    ws = wb["Tiltak 2019"]
    instructions = ws["B1"].value
    assert instructions.startswith("Rapportering av tiltak 2019 – LO\n") and SIGNATURE.search(instructions)
    assert [ws["B2"].value, ws["D2"].value, ws["E2"].value, ws["G2"].value] == [
        "Frist for innsending:", "1. februar 2020", "Spørsmål om skjemaet:", "Kari, kari@example.no"]
    assert ws.column_dimensions["A"].hidden and wb["Lister"].sheet_state == "hidden"
    rows = [[c.value for c in r] for r in ws.iter_rows(min_row=4, max_col=9)]
    assert rows[0][:5] == ["forrige:T1", "1", "2.2 Kunnskapsgrunnlaget om læring i arbeidslivet",
                           "Notat om tariffavtalenes betydning", "FoU"]
    assert rows[1][0] == "forrige:T2"
    offered = [r[3] for r in rows if r[0].startswith("råd:")]
    # Every shared council of the catalogue LO did not report last year (it reported KBU).
    assert offered[:3] == ["Deltakelse i Råd for samarbeid med arbeidslivet (RSA)",
                           "Deltakelse i Samarbeidsrådet for yrkesopplæring (SRY)", "Deltakelse i UHRs fagstrategiske enheter"]
    assert offered == [f"Deltakelse i {c.name}" for c in catalogue.councils if c.id != "KBU"]
    assert [r[7] for r in rows if r[0] == "ny"] == ["ny"] * 10
    lists = {str(dv.sqref): dv.formula1 for dv in ws.data_validations.dataValidation}
    assert lists["H4:H5"] == "=skjema_status" and lists[f"H6:H{5 + len(offered)}"] == "=skjema_rad"
    assert {p.name: p.value for p in wb.custom_doc_props}["tiltak.forrige.002"] == "T2"

    word = zipfile.ZipFile(tmp_path / "out" / "skjema_2019_lo.docx").read("word/document.xml").decode()
    assert "Frist for innsending: </w:t></w:r><w:r><w:t>1. februar 2020" in word
    # delmål and type in every row (two of last year, the councils offered, ten blank); status in all but the blank
    assert word.count("<w:dropDownList>") == 2 * (2 + len(offered) + 10) + 2 + len(offered)
    regjeringen = openpyxl.load_workbook(tmp_path / "out" / "skjema_2019_regjeringen.xlsx")["Tiltak 2019"]
    assert [c.value for c in regjeringen["A"][3:5]] == ["forrige:T2", "råd:RSA"]  # KBU: taken part in, not offered


def test_the_forms_are_the_same_bytes_every_time(written, tmp_path):
    first = written[0] / "out"
    again = _forms(tmp_path / "again", written[0] / "h.sqlite", "--deadline", "1. februar 2020", "--contact",
                   "Kari, kari@example.no")
    assert again.exit_code == 0
    for path in (tmp_path / "again").iterdir():
        assert path.read_bytes() == (first / path.name).read_bytes(), path.name


def test_without_last_year_the_forms_have_no_prefilled_rows_and_say_so(tmp_path):
    result = _forms(tmp_path / "out", tmp_path / "finnes-ikke.sqlite")
    assert result.exit_code == 0, result.output
    assert "har ikke registeret for 2018, så skjemaene har ingen rader fra i fjor" in result.output
    assert "ingen frist oppgitt (--deadline)" in result.output
    assert not (tmp_path / "finnes-ikke.sqlite").exists()  # looked at, not created


# ------------------------------------------------------------------------------------------------ the round
@pytest.fixture(scope="module")
def round_2019(tmp_path_factory, round_2018):
    """The 2018 samples run into a history, 2019 forms written from it, filled in, and the 2019 run over them."""
    tmp = tmp_path_factory.mktemp("forms-round")
    history, cache = tmp / "h.sqlite", round_2018 / "cache"
    shutil.copy(round_2018 / "h.sqlite", history)
    assert _forms(tmp / "forms", history).exit_code == 0
    soffice = tools.which("soffice", "libreoffice")
    expected = fill_round(tmp / "forms", tmp / "2019", soffice)
    result = run(Settings(inbox=tmp / "2019", out=tmp / "out", history=history, cache_dir=cache, jobs=2))
    return expected, result, tmp / "out", soffice


def test_every_returned_form_reads_back_exactly(round_2019):
    expected, result, out, soffice = round_2019
    require(soffice is not None, "LibreOffice (soffice) is not installed: the forms saved through it were not made")
    found = score(expected, out)
    assert found.misses == []
    assert all(v == 1.0 for k, v in found.figures.items() if k not in ("forms", "expected_rows", "expected_ended"))
    assert found.figures["expected_ended"] >= 10 and result.exit_code == 0
    members = {e.member for e in expected}
    assert {UNCHANGED, RESHAPED, *THROUGH_LIBREOFFICE, *NEW_MEMBERS} <= members


def test_ended_rows_are_counted_and_listed_but_not_in_the_register(round_2019):
    expected, result, out, _ = round_2019
    report = json.loads((out / "run.json").read_text(encoding="utf-8"))
    ended = [e for e in expected if e.exact and e.status == "avsluttet"]
    assert report["ended_rows"] == len(ended) == len(result.ended)
    with open(out / "register.csv", encoding="utf-8", newline="") as f:
        kilder = {k for r in csv.DictReader(f) for k in r["kilder"].split("; ")}
    assert not kilder & {e["kilde"] for e in report["ended"]}
    lo = next(n for n in result.notes if n.startswith("LO meldte "))
    assert all(e.forrige_tiltak_id in lo for e in ended if e.member == "LO")
    by_file = {d["file"]: d for d in report["documents"]}
    assert sum(d["ended"] for d in by_file.values()) == len(ended)
    reshaped = {e.source_file for e in expected if not e.exact}
    assert {f: d["form_year"] for f, d in by_file.items() if f in reshaped} == dict.fromkeys(reshaped)
    assert {d["form_year"] for f, d in by_file.items() if f not in reshaped} == {2019}


def test_extracted_csv_carries_each_rows_status_and_link(round_2019):
    expected, _, out, _ = round_2019
    with open(out / "extracted.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert list(rows[0])[-2:] == ["status", "forrige_tiltak_id"]
    unchanged = [r for r in rows if r["member"] == UNCHANGED]
    assert unchanged and all(r["status"] == "" and r["forrige_tiltak_id"] for r in unchanged)
    reshaped = [r for r in rows if r["member"] == RESHAPED]
    assert reshaped and all(r["status"] == r["forrige_tiltak_id"] == "" for r in reshaped)


def test_a_form_saved_as_pdf_is_read_the_ordinary_way_with_a_warning(round_2019, matchers, tmp_path):
    _, _, _, soffice = round_2019
    require(soffice is not None, "LibreOffice (soffice) is not installed")
    form = next((round_2019[2].parent / "forms").glob("skjema_2019_lo.docx"))
    done = tools.run([soffice, "--headless", "--norestore", f"-env:UserInstallation={(tmp_path / 'p').as_uri()}",
                      "--convert-to", "pdf", "--outdir", str(tmp_path), str(form)], timeout=180)
    pdf = tmp_path / "skjema_2019_lo.pdf"
    assert done.returncode == 0 and pdf.is_file()
    document = Document(pdf, pdf.name, "pdf", sha256_of(pdf), pdf.stat().st_size)
    result = extract_document(document, matchers, Settings(inbox=tmp_path).parse_options(), 10**8)
    assert result.member == "LO" and result.rows and result.form_year is None
    assert any(w.startswith("skjema_2019_lo.pdf: er et rapporteringsskjema, men skjemaets skjulte opplysninger mangler")
               for w in result.warnings)


def test_a_form_says_its_year_so_a_run_of_another_year_points_it_out(round_2019):
    from pipeline.year import RunYear, disagreeing

    _, result, _, _ = round_2019
    claims = [(d.document.source_file, d.year_claim) for d in result.documents if d.form_year]
    assert {(c.year, c.kind, c.evidence) for _, c in claims} == {(2019, "tittel", "rapporteringsskjemaet for 2019")}
    said = disagreeing(RunYear(2020, "option", "oppgitt med --year 2020"), claims)
    assert said.startswith(f"rapporteringsåret er 2020 (oppgitt med --year 2020), men {len(claims)} rapport(er) sier "
                           "selv et annet år")


def _csv(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def test_a_forms_link_is_the_registers_link_and_keeps_last_years_id(round_2019):
    expected, _, out, _ = round_2019
    linked = {r["kilde"]: r for r in _csv(out / "extracted.csv") if r["forrige_tiltak_id"]}
    assert len(linked) >= 20
    register = _csv(out / "register.csv")
    assert len({r["tiltak_id"] for r in register}) == len(register)
    checked = 0
    for row in register:
        links = {linked[k]["forrige_tiltak_id"] for k in row["kilder"].split("; ") if k in linked}
        if not links:
            continue
        checked += 1
        # The form's link wins over any wording match, and last year's id goes on (in one tiltak only: two
        # forms may link one of last year's tiltak to two of this year's, which then ask for review).
        assert row["forrige_tiltak_id"] in links, row
        twice = sum(r["forrige_tiltak_id"] == row["forrige_tiltak_id"] for r in register) > 1
        assert row["tiltak_id"] == row["forrige_tiltak_id"] or twice, row
        assert not twice or (row["needs_review"] == "ja" and "også koblet til et annet" in row["merknader"]), row
        statuses = {linked[k]["status"] for k in row["kilder"].split("; ") if k in linked}
        assert row["status"] == ("endret" if "endret" in statuses else "videreført"), row
    assert checked >= 15
    new_rows = {e.tiltak for e in expected if e.exact and e.status == "ny" and not e.tiltak.startswith("Deltakelse")}
    new = [r for r in register if r["tiltak"] in new_rows]
    assert new and all(r["forrige_tiltak_id"] == "" and r["status"] == "ny" for r in new)


def test_the_summary_counts_new_continued_and_ended_from_the_forms(round_2019):
    from pipeline.outputs.oppsummering import stor, tall

    _, _, out, _ = round_2019
    import docx

    register = _csv(out / "register.csv")
    report = json.loads((out / "run.json").read_text(encoding="utf-8"))
    with History(out.parent / "h.sqlite") as h:
        last_year = {r.tiltak_id for r in h.load(2018)}
    continued = {r["forrige_tiltak_id"] for r in register if r["forrige_tiltak_id"]}
    ended = {e["forrige_tiltak_id"] for e in report["ended"]} - continued
    not_reported = last_year - continued - ended
    new = sum(r["status"] == "ny" for r in register)
    changed = sum(r["status"] == "endret" for r in register)
    assert new and changed and ended and not_reported
    text = "\n".join(p.text for p in docx.Document(str(out / "oppsummering.docx")).paragraphs)
    assert (f"Av de {tall(len(register))} tiltakene i 2019 er {tall(new)} nye og {tall(len(register) - new)} videreført "
            f"fra 2018 ({tall(changed)} av dem endret, ifølge rådsmedlemmenes skjemaer). {stor(tall(len(ended)))} av "
            f"tiltakene fra 2018 er meldt avsluttet i rapporteringsskjemaene, og {tall(len(not_reported))} er ikke "
            "rapportert i år.") in text
    assert report["continuity"]["linked"] == sum(bool(r["forrige_tiltak_id"]) for r in register)
    # register.xlsx names them: those marked ended first, then those not reported, each once.
    sheet = openpyxl.load_workbook(out / "register.xlsx")["Avsluttet 2018"]
    listed = [(r[0], r[4]) for r in sheet.iter_rows(min_row=3, values_only=True)]
    assert listed == [(i, "meldt avsluttet i skjema") for i, _ in listed[:len(ended)]] + [
        (i, "ikke rapportert i 2019") for i, _ in listed[len(ended):]]
    assert {i for i, _ in listed[:len(ended)]} == ended and {i for i, _ in listed[len(ended):]} == not_reported
