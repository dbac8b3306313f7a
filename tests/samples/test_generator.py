"""The sample generator: complete truth, deterministic bytes, variants that differ only in stamps,
and documents that really contain the tiltak truth.csv claims (what the pipeline is scored on)."""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # `samples` is not an installed package; plain `pytest` needs the repo root
    sys.path.insert(0, str(ROOT))

from samples.generator import build_round  # noqa: E402
from samples.generator.seed import TYPES, load_seed  # noqa: E402

MEMBERS = {"Regjeringen", "LO", "NHO", "Unio", "KS", "YS", "Virke", "Akademikerne", "Spekter", "VOFO",
           "Møre og Romsdal fylkeskommune", "Vestland fylkeskommune", "Vestfold fylkeskommune",
           "Hedmark fylkeskommune", "Telemark fylkeskommune", "Sogn og Fjordane fylkeskommune",
           "Trøndelag fylkeskommune"}


def _truth(folder: Path) -> list[dict[str, str]]:
    with open(folder / "truth.csv", encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _nows(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def round0(tmp_path_factory) -> tuple[Path, list[Path]]:
    out = tmp_path_factory.mktemp("round0")
    return out, build_round(2018, out)


def test_every_seed_row_in_truth_with_seed_coding(round0):
    out, paths = round0
    truth = _truth(out)
    seed = load_seed()
    assert {int(r["seed_row"]) for r in truth} == set(seed)
    for r in truth:
        s = seed[int(r["seed_row"])]
        assert (r["delmal"], r["type"]) == (s.delmal, s.type)
        assert r["type"] in TYPES and r["member"] in MEMBERS
        assert r["tiltak"] == " ".join(r["tiltak"].split())
    assert {r["source_file"] for r in truth} == {p.name for p in paths}
    assert {r["member"] for r in truth} == MEMBERS


def test_build_is_deterministic(round0, tmp_path):
    out, paths = round0
    again = build_round(2018, tmp_path)
    for a, b in zip(paths, again):
        assert a.read_bytes() == b.read_bytes(), a.name
    assert (out / "truth.csv").read_bytes() == (tmp_path / "truth.csv").read_bytes()


def test_variant_changes_bytes_not_truth(round0, tmp_path):
    out, paths = round0
    variant = build_round(2018, tmp_path, variant=1)
    for a, b in zip(paths, variant):
        assert a.name == b.name
        assert a.read_bytes() != b.read_bytes(), f"{a.name} identical in variant 1"
    assert (out / "truth.csv").read_bytes() == (tmp_path / "truth.csv").read_bytes()


def test_committed_sample_truth_is_current(round0):
    committed = ROOT / "samples" / "2018" / "truth.csv"
    if not committed.exists():
        pytest.skip("samples/2018 not built")
    assert committed.read_bytes() == (round0[0] / "truth.csv").read_bytes()


def test_files_are_small_and_named_lowercase_ascii(round0):
    for p in round0[1]:
        assert p.stat().st_size < 200_000, p.name
        assert re.fullmatch(r"[a-z0-9_]+\.(pdf|docx)", p.name), p.name


def _docx_texts(path: Path) -> tuple[list[str], list[str]]:
    import docx

    doc = docx.Document(path)
    cells = [c.text for t in doc.tables for row in t.rows for c in row.cells]
    return cells, [p.text for p in doc.paragraphs]


def _pdf_words(path: Path) -> list[str]:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        return [w for page in pdf.pages for w in (page.extract_text() or "").split()]


def _is_subsequence(needle: list[str], hay: list[str]) -> bool:
    it = iter(hay)
    return all(any(w == h for h in it) for w in needle)


def test_truth_tiltak_stand_in_their_documents(round0):
    out, _ = round0
    by_file: dict[str, list[str]] = {}
    for r in _truth(out):
        by_file.setdefault(r["source_file"], []).append(r["tiltak"])
    for name, texts in by_file.items():
        path = out / name
        if name.endswith(".docx"):
            cells, paras = _docx_texts(path)
            for t in texts:
                assert t in cells or any(p.startswith(t + " Type tiltak:") for p in paras), (name, t)
        else:
            # Table columns interleave line by line in page text, so a tiltak's words appear in order
            # but not contiguously; prose reports must contain the text itself.
            words = _pdf_words(path)
            for t in texts:
                assert _is_subsequence(t.split(), words), (name, t)
            if name in ("vofo_2018.pdf", "sogn_og_fjordane_fk_2018.pdf"):
                joined = _nows("".join(words))
                assert all(_nows(t) in joined for t in texts), name


def _column_per_page(path: Path, label: str, next_label: str) -> list[str]:
    """The text of one table column on each page, below the (repeated) header row."""
    import pdfplumber

    pages = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            words = page.extract_words()
            pair = next(((h, n) for h in words if h["text"] == label for n in words
                         if n["text"] == next_label and abs(n["top"] - h["top"]) < 2 and n["x0"] > h["x0"]), None)
            if pair is None:
                pages.append("")
                continue
            h, n = pair
            body = [w for w in words if w["top"] > h["bottom"] + 1 and h["x0"] - 2 <= w["x0"] < n["x0"] - 2
                    and w["top"] < page.height - 50]
            body.sort(key=lambda w: (round(w["top"]), w["x0"]))
            pages.append(" ".join(w["text"] for w in body))
    return pages


@pytest.mark.parametrize("name,label,next_label,at_least",
                         [("regjeringen_2018.pdf", "Tiltak", "Type", 2),
                          ("ks_2018.pdf", "Beskrivelse", "Kategori", 1)])
def test_rows_split_across_page_breaks(round0, name, label, next_label, at_least):
    out, _ = round0
    pages = _column_per_page(out / name, label, next_label)
    joined = _nows("".join(pages))
    texts = [r["tiltak"] for r in _truth(out) if r["source_file"] == name]
    assert all(_nows(t) in joined for t in texts)
    straddling = [t for t in texts if not any(_nows(t) in _nows(p) for p in pages)]
    assert len(straddling) >= at_least, straddling


def test_ys_report_does_not_name_its_member_up_front(round0):
    import docx

    doc = docx.Document(round0[0] / "ys_rapport_2018.docx")
    front = " ".join(p.text for p in doc.paragraphs[:6])
    front += doc.sections[0].header.paragraphs[0].text + doc.core_properties.title + doc.core_properties.author
    assert not re.search(r"\bYS\b|Yrkesorganisasjon", front)
