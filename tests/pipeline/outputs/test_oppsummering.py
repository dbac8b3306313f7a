"""The Norwegian draft: its sections as in the secretariat's summary, every number from the register."""

import docx
import pytest

from pipeline.outputs.charts import write_delmal_chart, write_samarbeid_chart
from pipeline.outputs.oppsummering import compose, liste, render_markdown, tall, write_oppsummering
from pipeline.summary import YearCounts, summarise

SECTIONS = ["Innledning", "Hvilke typer tiltak er rapportert inn?", "Grad av samarbeid",
            "Tiltakenes spredning på hovedinnsatsområder og delmål", "Delmål med færre enn fem tiltak",
            "Spørsmål til diskusjon"]


@pytest.fixture
def previous():
    return YearCounts(2017, {"1": 3, "2": 6, "3": 2}, {"1.2": 4, "2.2": 2}, complete=False)


@pytest.fixture
def markdown(register, catalogue, matchers, previous):
    return render_markdown(compose(summarise(register, catalogue, matchers.orgs, 2018, previous), catalogue))


def test_number_words():
    assert [tall(n) for n in (0, 1, 4, 6, 10, 11, 46)] == ["null", "ett", "fire", "seks", "ti", "11", "46"]
    assert liste(["a"]) == "a" and liste(["a", "b", "c"]) == "a, b og c" and liste([]) == ""


def test_sections_in_the_seeds_order(markdown):
    headings = [line.lstrip("# ") for line in markdown.splitlines() if line.startswith("## ")]
    assert [h for h in headings if h in SECTIONS] == SECTIONS


def test_introduction_names_the_members_and_the_total(markdown):
    assert "- Regjeringen\n" in markdown
    assert "- Frivilligheten representert ved VOFO" in markdown
    assert "Det er innrapportert totalt ti tiltak fordelt på de tre hovedinnsatsområdene. I 2017 ble det rapportert inn 11 tiltak." in markdown
    assert "Ett av tiltakene er merket «Bør kontrolleres»" in markdown


def test_type_table(markdown):
    assert "| Kategori | Totalt | Område 1 | Område 2 | Område 3 |" in markdown
    assert "| FoU | 3 | 0 | 2 | 1 |" in markdown
    assert "| **Sum** | **10** | **4** | **4** | **2** |" in markdown
    assert "Dette gjelder Kompetansebehovsutvalget (KBU)." in markdown


def test_collaboration(markdown):
    assert "9 av 10 tiltak (90 prosent) oppgir minst én samarbeidspartner." in markdown
    assert "I fem tiltak deltar flere rådsmedlemmer" in markdown
    assert "- LO og NHO: tre tiltak" in markdown


def test_spread_compares_with_last_year(markdown):
    assert "Hovedinnsatsområde 1 har fire delmål og fire tiltak, mens det i 2017 ble rapportert inn tre tiltak." in markdown
    assert "Hovedinnsatsområde 2 har seks delmål og fire tiltak, mens det i 2017 ble rapportert inn seks tiltak." in markdown
    assert "![Tiltak per delmål, 2018 og 2017](delmal.png)" in markdown
    assert "Ni delmål har ingen tiltak: 1.3, 2.4, 2.5, 2.6, 3.1, 3.2, 3.3, 3.4 og 3.5." in markdown


def test_few_tiltak(markdown):
    assert "På hovedinnsatsområde 1 har alle de fire delmålene færre enn fem tiltak." in markdown
    assert "Delmål 1.2 «Styrke regionalt folkevalgt nivås" in markdown
    assert "kompetanseaktører» har to tiltak, mot fire tiltak i 2017." in markdown
    assert "Delmål 2.2 «Styrke kunnskapsgrunnlaget" in markdown and "har to tiltak, det samme som i 2017." in markdown
    assert "Delmål 1.3 «Sørge for tilgang til karriereveiledning" in markdown and "har ingen tiltak." in markdown


def test_without_last_year_there_is_no_comparison(register, catalogue, matchers):
    text = render_markdown(compose(summarise(register, catalogue, matchers.orgs, 2018), catalogue))
    assert "2017" not in text.replace("2017–2021", "")
    assert "Hovedinnsatsområde 3 har seks delmål og to tiltak." in text


def test_threshold_changes_the_section(register, catalogue, matchers):
    text = render_markdown(compose(summarise(register, catalogue, matchers.orgs, 2018, threshold=2), catalogue))
    assert "## Delmål med færre enn to tiltak" in text
    assert "Delmål 1.2 «Styrke regionalt" in text.split("## Delmål med færre enn to tiltak")[0]  # now among the many


@pytest.fixture
def word(tmp_path, register, catalogue, matchers, previous):
    s = summarise(register, catalogue, matchers.orgs, 2018, previous)
    write_delmal_chart(tmp_path / "delmal.png", tmp_path / "delmal.svg", s, catalogue)
    write_samarbeid_chart(tmp_path / "samarbeid.png", s)
    write_oppsummering(tmp_path / "oppsummering.md", tmp_path / "oppsummering.docx", s, catalogue, tmp_path)
    return tmp_path / "oppsummering.docx"


def test_docx_has_the_text_the_table_and_the_charts(word):
    document = docx.Document(str(word))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert [h for h in headings if h in SECTIONS] == SECTIONS
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Hovedinnsatsområde 1 har fire delmål og fire tiltak, mens det i 2017 ble rapportert inn tre tiltak." in text
    table = document.tables[0]
    assert [c.text for c in table.rows[0].cells] == ["Kategori", "Totalt", "Område 1", "Område 2", "Område 3"]
    assert [c.text for c in table.rows[-1].cells] == ["Sum", "10", "4", "4", "2"]
    assert len(document.inline_shapes) == 2  # samarbeid.png and delmal.png
    assert (word.parent / "oppsummering.md").read_text(encoding="utf-8").startswith("# Oppsummering av tiltak")


def test_libreoffice_shows_a4_portrait_bokmal_and_the_sections_as_headings(word, to_pdf, read_pdf):
    pdf = read_pdf(to_pdf(word))
    assert 3 <= len(pdf.sizes) <= 12
    assert set(pdf.sizes) == {(595, 842)}  # A4 portrait, not US Letter (612 x 792)
    assert pdf.language == "nb-NO"
    top = [title for level, title in pdf.outline if level == 1]
    assert [t for t in top if t in SECTIONS] == SECTIONS
