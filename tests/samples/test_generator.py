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


# ====================================================================== the invented 2019 round
# Measures no matrix holds (plan_2019), in shapes 2018 never used. truth.csv's seed_row is the
# measure id ("M01" …), equal on every report line of the same measure.

from samples.generator import plan_2019  # noqa: E402

MEMBERS_2019 = {"Regjeringen", "LO", "NHO", "KS", "YS", "Virke", "Spekter", "Akademikerne", "VOFO",
                "Vestland fylkeskommune", "Innlandet fylkeskommune", "Agder fylkeskommune"}


@pytest.fixture(scope="module")
def round2019(tmp_path_factory) -> tuple[Path, list[Path]]:
    out = tmp_path_factory.mktemp("round2019")
    return out, build_round(2019, out)


def test_2019_truth_covers_every_measure(round2019):
    out, paths = round2019
    truth = _truth(out)
    assert {r["seed_row"] for r in truth} == set(plan_2019.MEASURES)
    for r in truth:
        m = plan_2019.MEASURES[r["seed_row"]]
        assert (r["delmal"], r["type"]) == (m.delmal, m.type)
        assert r["type"] in TYPES and r["member"] in MEMBERS_2019
        assert r["tiltak"] == " ".join(r["tiltak"].split())
    assert {r["source_file"] for r in truth} == {p.name for p in paths}
    assert {r["member"] for r in truth} == MEMBERS_2019
    # The brief: about 40 measures over all 3 områder, at least 12 of 16 delmål, all 6 types.
    measures = plan_2019.MEASURES.values()
    assert 38 <= len(plan_2019.MEASURES) <= 50
    assert len({m.delmal for m in measures}) >= 12
    assert {m.delmal.split(".")[0] for m in measures} == {"1", "2", "3"}
    assert {m.type for m in measures} == set(TYPES)
    assert 10 <= len(paths) <= 12
    assert len({p.suffix for p in paths}) == 2


def test_2019_build_is_deterministic(round2019, tmp_path):
    out, paths = round2019
    again = build_round(2019, tmp_path)
    for a, b in zip(paths, again):
        assert a.read_bytes() == b.read_bytes(), a.name
    assert (out / "truth.csv").read_bytes() == (tmp_path / "truth.csv").read_bytes()
    assert (tmp_path / ".tiltakignore").read_text(encoding="utf-8").splitlines()[-1] == "truth.csv"


def test_2019_variant_changes_bytes_not_truth(round2019, tmp_path):
    out, paths = round2019
    variant = build_round(2019, tmp_path, variant=2)
    for a, b in zip(paths, variant):
        assert a.name == b.name
        assert a.read_bytes() != b.read_bytes(), f"{a.name} identical in variant 2"
    assert (out / "truth.csv").read_bytes() == (tmp_path / "truth.csv").read_bytes()


def test_2019_committed_sample_truth_is_current(round2019):
    committed = ROOT / "samples" / "2019" / "truth.csv"
    if not committed.exists():
        pytest.skip("samples/2019 not built")
    assert committed.read_bytes() == (round2019[0] / "truth.csv").read_bytes()


def test_2019_files_are_small_and_named_lowercase_ascii(round2019):
    for p in round2019[1]:
        assert p.stat().st_size < 200_000, p.name
        assert re.fullmatch(r"[a-z0-9_]+_2019\.(pdf|docx)", p.name), p.name


def test_2019_shared_councils_in_several_reports_in_own_words(round2019):
    truth = _truth(round2019[0])
    for council, mid in plan_2019.COUNCILS.items():
        rows = [r for r in truth if r["seed_row"] == mid]
        files = {r["source_file"] for r in rows}
        assert len(files) == len(rows) >= plan_2019.COUNCIL_MIN_REPORTS[council], council
        assert len({r["tiltak"] for r in rows}) == len(rows), f"{council} worded alike twice"


def test_2019_joint_measures_name_each_other(round2019):
    truth = _truth(round2019[0])
    assert 3 <= len(plan_2019.JOINT) <= 4
    for mid, members in plan_2019.JOINT.items():
        rows = [r for r in truth if r["seed_row"] == mid]
        assert sorted(r["member"] for r in rows) == sorted(members), mid
        assert rows[0]["tiltak"] != rows[1]["tiltak"]
        for r in rows:
            other = next(m for m in members if m != r["member"]).split()[0]
            assert re.search(rf"\b{other}\b", r["ansvarlig"] + " " + r["samarbeidspartnere"]), (mid, r)


def test_2019_near_misses_are_different_measures(round2019):
    truth = _truth(round2019[0])
    by_id: dict[str, list[dict]] = {}
    for r in truth:
        by_id.setdefault(r["seed_row"], []).append(r)
    for a, b in plan_2019.NEAR_MISSES:
        assert a != b and a in by_id and b in by_id
        assert by_id[a][0]["delmal"] == by_id[b][0]["delmal"], (a, b)
    # (a) a member's own measure that names a council without taking part in it
    mentions = {"M24": "faglige råd", "M11": "RSA"}
    for mid, word in mentions.items():
        (row,) = by_id[mid]
        assert word in row["tiltak"] and plan_2019.MEASURES[mid].kind == "own"
    # (b) two members, same delmål and type, neither naming the other
    for a, b in [("M29", "M35"), ("M40", "M45")]:
        (ra,), (rb,) = by_id[a], by_id[b]
        assert ra["member"] != rb["member"] and ra["type"] == rb["type"]
        for r, other in ((ra, rb["member"]), (rb, ra["member"])):
            text = " ".join((r["tiltak"], r["ansvarlig"], r["samarbeidspartnere"]))
            assert other.split()[0] not in text


def test_2019_not_copied_from_the_2018_seed(round2019):
    from rapidfuzz import fuzz

    seed_texts = [s.tiltak.lower() for s in load_seed().values()]
    for r in _truth(round2019[0]):
        best = max(fuzz.ratio(r["tiltak"].lower(), s) for s in seed_texts)
        assert best < 75, (r["tiltak"], best)


def test_2019_truth_tiltak_stand_in_their_documents(round2019):
    out, _ = round2019
    by_file: dict[str, list[str]] = {}
    for r in _truth(out):
        by_file.setdefault(r["source_file"], []).append(r["tiltak"])
    for name, texts in by_file.items():
        path = out / name
        if name.endswith(".docx"):
            cells, paras = _docx_texts(path)
            for t in texts:
                assert t in cells or any(p.startswith((t + " Type tiltak:", t + ". Type tiltak:")) for p in paras), \
                    (name, t)
        else:
            words = _pdf_words(path)
            assert words, f"{name}: no extractable text"
            for t in texts:
                assert _is_subsequence(t.split(), words), (name, t)
            if name in ("vofo_2019.pdf", "ks_2019.pdf", "innlandet_fk_2019.pdf"):
                joined = _nows("".join(words))
                assert all(_nows(t) in joined for t in texts), name


def test_2019_pdf_shapes(round2019):
    import pdfplumber

    out, _ = round2019
    truth = _truth(out)
    # Regjeringen: section rows per område, the header repeated on page 2.
    with pdfplumber.open(out / "regjeringen_2019.pdf") as pdf:
        pages = [p.extract_text() for p in pdf.pages]
    assert len(pages) >= 2 and all("Delmål Tiltak Type tiltak" in p for p in pages)
    assert sum(p.count("Hovedinnsatsområde ") for p in pages) >= 3
    # Spekter: "Mål 2.3" codes, a sum row, one row straddling the page break.
    spekter = _column_per_page(out / "spekter_2019.pdf", "Tiltak", "Type")
    texts = [r["tiltak"] for r in truth if r["source_file"] == "spekter_2019.pdf"]
    assert len(spekter) == 2 and all(_nows(t) in _nows("".join(spekter)) for t in texts)
    assert [t for t in texts if not any(_nows(t) in _nows(p) for p in spekter)]
    words = _pdf_words(out / "spekter_2019.pdf")
    assert "Sum" in words and words.count("Mål") >= len(texts)
    # NHO: the delmål column names the delmål without a code.
    (nho,) = _column_per_page(out / "nho_2019.pdf", "Delmål", "Tiltak")
    assert nho and not re.search(r"\b[1-3]\.[1-6]\b", nho)


def test_2019_docx_shapes(round2019):
    import docx

    out, _ = round2019
    lo = docx.Document(out / "lo_2019.docx")
    headings = [p.text for p in lo.paragraphs if p.style.name.startswith("Heading")]
    assert len(lo.tables) == len(headings) >= 4 and all(h.startswith("Delmål ") for h in headings)
    assert all(t.rows[0].cells[0].text == "Tiltak" for t in lo.tables)
    (akad,) = docx.Document(out / "akademikerne_2019.docx").tables
    assert not any("type" in c.text.lower() for c in akad.rows[0].cells)
    (virke,) = docx.Document(out / "virke_2019.docx").tables
    assert {r.cells[2].text for r in virke.rows[1:]} == {"Utgreiing", "Kampanje", "Samling", "Pilot", "Nettverk",
                                                         "Opplæring"}
    vestland = docx.Document(out / "vestland_fk_2019.docx")
    heads = [p.text for p in vestland.paragraphs if p.style.name.startswith("Heading")]
    assert heads and not any(re.search(r"\d", h) for h in heads)
    bullets = [p.text for p in vestland.paragraphs if p.style.name == "List Bullet"]
    assert bullets and all("Ansvarleg:" in b for b in bullets)
    ys = docx.Document(out / "ys_2019.docx")
    paras = [p.text for p in ys.paragraphs]
    after = paras[paras.index("Andre tiltak"):]
    assert any(p.startswith("Under delmål ") for p in after) and len(ys.tables) == 1


def test_2019_only_one_report_hides_its_member(round2019):
    import docx
    import pdfplumber

    out, paths = round2019
    member_of = {r["source_file"]: r["member"] for r in _truth(out)}
    hidden = []
    for p in paths:
        if p.suffix == ".pdf":
            with pdfplumber.open(p) as pdf:
                front = pdf.pages[0].extract_text() + " " + (pdf.metadata.get("Title") or "")
        else:
            d = docx.Document(p)
            front = " ".join(x.text for x in d.paragraphs[:6]) + d.sections[0].header.paragraphs[0].text
        name = member_of[p.name].split()[0]
        if not re.search(rf"\b{name}", front):
            hidden.append(p.name)
    assert hidden == ["innlandet_fk_2019.pdf"]
    with pdfplumber.open(out / "innlandet_fk_2019.pdf") as pdf:
        assert "Innlandet" not in " ".join(p.extract_text() for p in pdf.pages)
        assert "Innlandet" not in str(pdf.metadata)


# ====================================================================== the 2020 round
# Reports as members really write them, one document per case of issue 12 (plan_2020). Two of its PDFs are
# Word files exported through LibreOffice, which writes embedded fonts in no fixed order: those two are
# compared by what their pages show, every other file byte for byte.

from samples.generator import plan_2020  # noqa: E402

LIBREOFFICE_PDFS = {"unio_2020.pdf", "fagskoleradet_2020.pdf"}


@pytest.fixture(scope="module")
def round2020(tmp_path_factory, soffice) -> tuple[Path, list[Path]]:
    out = tmp_path_factory.mktemp("round2020")
    return out, build_round(2020, out)


def _page_words(path: Path) -> list[tuple]:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        return [(w["text"], round(w["x0"], 1), round(w["top"], 1)) for p in pdf.pages for w in p.extract_words()]


def test_2020_build_is_the_committed_sample(round2020):
    out, paths = round2020
    committed = ROOT / "samples" / "2020"
    assert sorted(p.name for p in committed.iterdir()) == sorted([p.name for p in paths] + ["truth.csv",
                                                                                          ".tiltakignore"])
    for p in paths:
        if p.name in LIBREOFFICE_PDFS:
            assert _page_words(p) == _page_words(committed / p.name), p.name
        else:
            assert p.read_bytes() == (committed / p.name).read_bytes(), p.name
    assert (out / "truth.csv").read_bytes() == (committed / "truth.csv").read_bytes()


def test_2020_truth_covers_every_measure_and_counts_no_superseded_or_foreign_file(round2020):
    out, paths = round2020
    truth = _truth(out)
    assert {r["seed_row"] for r in truth} == set(plan_2020.MEASURES)
    uncounted = {r.file_name for r in plan_2020.reports() if not r.counted}
    assert uncounted == {"viken_fk_2020.docx", "agder_fk_2020.pdf", "forelesningsnotater_kompetanse.pdf",
                         "kommuneplan_samfunnsdel_2020.docx", "forskningsartikkel_evu.pdf"}
    assert not uncounted & {r["source_file"] for r in truth}
    assert {"UHR", "Fagskolerådet", "Kompetanseforbundet", "Sametinget"} <= {r["member"] for r in truth}
    assert {p.suffix for p in paths} == {".pdf", ".docx", ".xlsx"}


def test_2020_pdfs_exported_through_libreoffice(round2020):
    import pdfplumber

    out, _ = round2020
    for name in LIBREOFFICE_PDFS:
        with pdfplumber.open(out / name) as pdf:
            assert pdf.metadata["Producer"].startswith("LibreOffice"), name


def _xml(path: Path, part: str = "word/document.xml") -> str:
    import zipfile

    with zipfile.ZipFile(path) as z:
        return z.read(part).decode("utf-8")


def test_2020_word_reports_carry_the_structures_they_stand_for(round2020):
    out, _ = round2020
    numbered = _xml(out / "akademikerne_2020.docx")
    assert numbered.count("<w:numPr>") >= 3 and "List Bullet" not in numbered  # direct numbering, no list style
    assert "<w:sdt>" in _xml(out / "ks_2020.docx") and "<w:del " in _xml(out / "ks_2020.docx")
    spekter = _xml(out / "spekter_2020.docx")
    assert spekter.count("<w:txbxContent>") == 2  # the text box and its fallback copy
    assert spekter.count("<w:tbl>") == 2  # a table in a table
    ys = _xml(out / "ys_2020.docx")
    assert ys.index(">Navn<") > ys.index(">Tiltak<") and "w:gridSpan" in ys


def test_2020_other_shapes(round2020, matchers):
    import openpyxl
    import pdfplumber

    out, _ = round2020
    wb = openpyxl.load_workbook(out / "virke_2020.xlsx")
    assert [ws.sheet_state for ws in wb] == ["visible", "hidden", "visible", "visible", "visible"]
    assert any(d.hidden for d in wb["Område 1"].row_dimensions.values())
    with pdfplumber.open(out / "innlandet_fk_2020.pdf") as pdf:
        assert not pdf.pages[0].extract_words() and pdf.pages[0].images  # a picture, nothing else
    with pdfplumber.open(out / "unio_2020.pdf") as pdf:
        words = pdf.pages[0].extract_words()
    middle = pdf.pages[0].width / 2
    assert {round(w["top"]) for w in words if w["x1"] < middle} & {round(w["top"]) for w in words if w["x0"] > middle}
    # The tiltak column of LO's and UHR's tables is headed by words the vocabulary does not know.
    import docx

    for name, header in (("lo_2020.docx", "Årets innsats"), ("uhr_2020.docx", "Gjennomført i 2020")):
        (table,) = docx.Document(out / name).tables
        assert table.rows[0].cells[1].text == header and matchers.columns.field_of(header) == ("", 0.0)
