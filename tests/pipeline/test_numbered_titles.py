"""Headings «1.4 Title» under an område's heading, each over the text that describes it: one tiltak each."""

from __future__ import annotations

import docx
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.outputs.csv_files import read_csv


def _report(path, sections):
    d = docx.Document()
    d.add_heading("Forbundets rapportering til Kompetansepolitisk råd for 2033", level=1)
    d.add_paragraph("Forbundet legger med dette fram sin rapport for året.")
    for heading, level, text in sections:
        d.add_heading(heading, level=level)
        if text:
            d.add_paragraph(text)
    d.save(path)


def _run(tmp_path, sections):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    _report(inbox / "LO_rapport_2033.docx", sections)
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["run", str(inbox), "--out", str(out), "--history", str(tmp_path / "h.sqlite"),
                                      "--year", "2033", "--no-cache", "--jobs", "1"])
    return result, read_csv(out / "register.csv")


def test_numbered_title_headings_under_an_omrade_are_tiltak_and_one_without_its_code_is_placed_and_flagged(tmp_path):
    result, register = _run(tmp_path, [
        ("Innsatsområde 1: Gode valg for den enkelte og for samfunnet", 1, ""),
        ("1.1 LOs plass i Kompetansebehovsutvalget", 2, "LO har ett av partenes medlemmer i utvalget."),
        ("1.4 Observatør i et råd for lærerutdanning", 2, "Plassen brukes til å løfte praksis i bedrift."),
        ("Innsatsområde 2: Læring i arbeidslivet", 1, ""),
        ("2.2 Skolering av tillitsvalgte om kompetanseklausuler", 2, "Tre regionale kurs for tillitsvalgte."),
        # The code left out: the område's heading places it among its own delmål, and a reviewer is asked.
        ("Frokostmøte om karriereveiledning for voksne", 2,
         "Vi drøftet hvordan virksomhetene kan lage kompetanseplaner for de ansatte."),
        ("Veien videre", 1, "LO vil i 2034 følge arbeidet med en ny stortingsmelding."),
    ])
    assert result.exit_code == 0, result.output
    rows = {r["tiltak"]: r for r in register}
    assert [(r["delmal"], r["beskrivelse"][:20]) for r in (
        rows["Observatør i et råd for lærerutdanning"], rows["Skolering av tillitsvalgte om kompetanseklausuler"])] == [
        ("1.4", "Plassen brukes til å"), ("2.2", "Tre regionale kurs f")]
    guessed = rows["Frokostmøte om karriereveiledning for voksne"]
    assert guessed["omrade"] == "2" and guessed["delmal"].startswith("2.") and guessed["needs_review"] == "ja"
    assert not any("stortingsmelding" in r["tiltak"] for r in register) and len(register) == 4


def test_numbered_sections_of_a_report_are_no_tiltak_even_under_an_omrades_name(tmp_path):
    # Chapters numbered «1 Innledning», «3 Voksne med svak tilknytning …» (an område's name): «3.2 Kompetansepluss»
    # is a section of the text, not a tiltak titled with its delmål.
    result, register = _run(tmp_path, [
        ("1 Innledning", 1, ""),
        ("1.1 Bakgrunn", 2, "Rapporten beskriver arbeidet i forbundet gjennom året."),
        ("3 Voksne med svak tilknytning til arbeidslivet", 1, ""),
        ("3.1 Modulstrukturert opplæring", 2, "Forsøket skal gjøre det lettere for voksne å ta fagbrev."),
        ("3.2 Kompetansepluss", 2, "Ordningen gir tilskudd til opplæring i grunnleggende ferdigheter."),
    ])
    assert register == []
