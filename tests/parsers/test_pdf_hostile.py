"""Hostile and broken PDFs (tests/parsers/documents/hostile/pdf, built by its build.py): each gets an
outcome in the secretariat's words, in bounded time, through pdfium and through the pdfminer fallback."""

from __future__ import annotations

import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

import parsers  # noqa: F401  (fills the registry)
from parsers.pdf import parse_pdf
from parsers.pdf_reader import read_text_pdf
from parsers.registry import ParseOptions
from tiltak_core.errors import ReportError

HOSTILE = Path(__file__).parent / "documents" / "hostile" / "pdf"
# A reader that has not answered by then is hanging (each of these files reads in well under a second).
HANG = 120
# What a library says about a broken file; none of it may reach the secretariat.
LIBRARY_WORDS = ("filter", "ascii85", "pdfobjref", "water", "nonetype", "decode", "error", "exception", "[/")


def _outcome(name: str, source: str) -> tuple:
    """("read", pages, texts, warnings) or ("rejected", kind, message), from a child process."""
    options = ParseOptions()
    path = HOSTILE / name
    try:
        content = parse_pdf(path, name, options) if source == "parse" else read_text_pdf(path, name, options, source)
    except ReportError as exc:
        return ("rejected", type(exc).__name__, f"{exc.problem}. {exc.fix}")  # without the file's name
    texts = [b.text for b in content.paragraphs]
    return ("read", content.pages, texts, content.warnings)


def read(name: str, source: str = "parse") -> tuple:
    """The outcome of reading a hostile file, failing the test (not hanging it) if the reader hangs."""
    context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
    pool = ProcessPoolExecutor(1, mp_context=context)
    try:
        return pool.submit(_outcome, name, source).result(timeout=HANG)
    finally:
        for process in list(getattr(pool, "_processes", {}).values()):
            process.kill()  # a hung reader must not outlive the test
        pool.shutdown(wait=False, cancel_futures=True)


def assert_plain(*texts: str) -> None:
    for text in texts:
        assert not any(word in text.lower() for word in LIBRARY_WORDS), text


@pytest.mark.parametrize("source", ["parse", "pdfminer"])
def test_reference_loop_in_page_count_reads_the_page(source):
    assert read("count_loop.pdf", source) == ("read", 1, ["Tiltak i en fil med en referansesløyfe"], ())


@pytest.mark.parametrize("source", ["parse", "pdfminer"])
def test_fuzzed_page_count_is_the_pages_there_are(source):
    outcome = read("page_count_fuzzed.pdf", source)
    assert outcome[:3] == ("read", 1, ["Den eneste siden"])


def test_page_tree_that_lists_itself_reads_the_real_page_and_says_what_was_skipped():
    kind, pages, texts, warnings = read("kids_loop.pdf")
    assert kind == "read" and texts == ["Siden i et sidetre som peker på seg selv"]
    assert all("side 2" in w for w in warnings) and len(warnings) == pages - 1
    assert_plain(*warnings)


def test_form_that_draws_itself_does_not_nest_forever():
    assert read("form_loop.pdf") == ("read", 1, ["Et skjema som tegner seg selv"], ())


def test_flood_of_characters_is_refused_as_too_heavy_at_once():
    kind, error, message = read("text_flood.pdf")
    assert (kind, error) == ("rejected", "TooLarge")
    assert "for tung å lese" in message and "side 1" in message and "tegn" in message


@pytest.mark.parametrize("name", ["unknown_filter.pdf", "bad_ascii85.pdf"])
@pytest.mark.parametrize("source", ["parse", "pdfminer"])
def test_undecodable_content_is_told_without_library_text(name, source):
    outcome = read(name, source)
    said = outcome[2:3] if outcome[0] == "rejected" else outcome[3]
    assert said, outcome  # the empty page is announced, not passed over
    assert_plain(*said)


@pytest.mark.parametrize("source", ["parse", "pdfminer"])
def test_media_box_of_names_reads_or_is_damaged_in_plain_words(source):
    outcome = read("media_box_of_names.pdf", source)
    if outcome[0] == "read":
        assert outcome[2] == ["Tekst på en side uten gyldig størrelse"]
    else:
        assert outcome[1] == "DamagedFile"
        assert_plain(outcome[2])


def test_scan_that_pdfminer_finds_no_pages_in_is_read_with_ocr(tesseract_nor):
    assert read("scan_without_page_type.pdf", "pdfminer")[:2] == ("rejected", "DamagedFile")
    kind, pages, texts, _ = read("scan_without_page_type.pdf")
    assert (kind, pages) == ("read", 1)
    assert "Kompetansereform 2018" in " ".join(texts)


def test_every_file_is_small_and_built_by_the_builder():
    from tests.parsers.documents.hostile.pdf import build

    assert sorted(p.name for p in HOSTILE.glob("*.pdf")) == sorted(build.BUILDERS)
    for name, make in build.BUILDERS.items():
        assert (HOSTILE / name).stat().st_size < 50_000
        if name != "scan_without_page_type.pdf":  # its picture depends on the installed Pillow's font
            assert make() == (HOSTILE / name).read_bytes(), name


def test_a_failure_no_rule_foresaw_is_told_as_an_internal_error_with_its_detail_in_the_log(monkeypatch, tmp_path):
    import platformdirs

    from parsers import pdf_pdfium

    def broken(runs):
        raise ZeroDivisionError("float division by zero in a layout rule")

    monkeypatch.setattr(pdf_pdfium, "words_from_runs", broken)
    monkeypatch.setattr(platformdirs, "user_log_path", lambda app: tmp_path / "log")
    with pytest.raises(ReportError) as caught:
        parse_pdf(HOSTILE / "count_loop.pdf", "count_loop.pdf", ParseOptions())
    assert caught.value.problem.startswith("filen kunne ikke leses (intern feil i PDF-leseren)")
    assert "ZeroDivisionError" in (tmp_path / "log" / "feil.log").read_text()
    assert "ZeroDivisionError" not in caught.value.problem and "division" not in caught.value.fix
