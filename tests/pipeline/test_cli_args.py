"""The command line in Norwegian: every command and option has a Norwegian help text, the help pages' own
words are Norwegian, and a command written wrong is told so in Norwegian with exit code 2, never a traceback."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
import typer
from typer.testing import CliRunner

from pipeline.cli import app

runner = CliRunner()
# Words that would give English away in a help text; and words no Norwegian sentence of some length lacks.
ENGLISH = {"the", "of", "and", "to", "is", "which", "with", "from", "when", "this", "that", "file", "folder",
           "default", "show", "message", "exit", "options", "usage", "required", "arguments", "commands"}
NORWEGIAN = {"og", "i", "til", "av", "som", "er", "en", "et", "med", "for", "på", "det", "den", "om", "fra", "ikke",
             "de", "hva", "hvor", "denne", "år", "året", "filen", "mappen"}


def _commands(command, path=("tiltak",)):
    yield path, command
    for name, sub in getattr(command, "commands", {}).items():
        yield from _commands(sub, (*path, name))


def _is_norwegian(text: str) -> bool:
    words = set(re.findall(r"[a-zæøå]+", text.lower()))
    return bool(words & NORWEGIAN) and not words & ENGLISH


def test_commands_have_help():
    root = typer.main.get_command(app)
    seen = 0
    for path, command in _commands(root):
        ctx = command.make_context(path[-1], [], resilient_parsing=True)
        assert command.help and _is_norwegian(command.help), path
        for param in command.get_params(ctx):
            seen += 1
            assert param.help and _is_norwegian(param.help), (path, param.name, param.help)
    assert seen > 30  # every option of every command was looked at


@pytest.mark.parametrize("args", [["--help"], ["run", "--help"], ["parse", "--help"], ["skjema", "--help"],
                                  ["history", "--help"], ["history", "import", "--help"], ["history", "list", "--help"]])
def test_help_pages_speak_norwegian(args):
    result = runner.invoke(app, args)
    assert result.exit_code == 0
    words = set(re.findall(r"[A-Za-zæøåÆØÅ]+", result.output))
    assert "Bruk" in words and "Valg" in words
    assert not words & {"Usage", "Options", "Arguments", "Commands", "required", "default", "Show", "OPTIONS"}


@pytest.mark.parametrize("args, said", [
    (["run"], "mangler INNBOKS: mappen med medlemmenes rapporter"),
    (["run", "{missing}"], "ugyldig verdi for INNBOKS: mappen {missing} finnes ikke"),
    (["run", "{file}"], "er en fil, ikke en mappe"),
    (["run", "{inbox}", "--bogus"], "ukjent valg «--bogus»"),
    (["run", "{inbox}", "--outt", "x"], "ukjent valg «--outt»; mente du --out?"),
    (["run", "{inbox}", "--year", "abc"], "ugyldig verdi for --year: «abc» er ikke et årstall"),
    (["run", "{inbox}", "--year", "1999"], "1999 er utenfor det tillatte, som er mellom 2000 og 2099"),
    (["run", "{inbox}", "--jobs", "-1"], "-1 er utenfor det tillatte, som er minst 0"),
    (["run", "{inbox}", "--pdf-tables", "foo"], "«foo» er ikke et av valgene; skriv auto, pdfplumber eller camelot"),
    (["run", "{inbox}", "--out"], "valget --out trenger en verdi"),
    (["run", "{inbox}", "ekstra"], "for mange argumenter: «ekstra»"),
    (["runn"], "ukjent kommando «runn»; mente du run?"),
    (["parse", "{inbox}"], "er en mappe, ikke en fil"),
    (["skjema", "--year", "2020"], "mangler --out: mappen skjemaene skrives til"),
    (["history", "import", "{file}"], "mangler --year: året filen gjelder"),
    (["history", "import", "{file}", "--year", "2019", "--kind", "x"], "skriv register, matrix eller counts"),
])
def test_usage_errors_are_told_in_norwegian(args, said, tmp_path):
    (tmp_path / "innboks").mkdir()
    (tmp_path / "notat.txt").write_text("x", encoding="utf-8")
    names = {"missing": str(tmp_path / "finnes_ikke"), "file": str(tmp_path / "notat.txt"), "inbox": str(tmp_path / "innboks")}
    result = runner.invoke(app, [a.format(**names) for a in args])
    assert result.exit_code == 2, result.output
    output = " ".join(result.output.split())
    assert output.startswith("Feil i kommandoen: ") and said.format(**names) in output
    assert "--help» for hvordan den skrives" in output
    assert "Traceback" not in output and not set(re.findall(r"[A-Za-z]+", output)) & {"Error", "Invalid", "Missing", "Usage"}
    assert not (tmp_path / "output").exists()


def test_the_installed_command_tells_usage_errors_in_norwegian(tmp_path):
    # The console script goes through pipeline.entry, which runs the command without click's own error handling.
    result = subprocess.run([sys.executable, "-c", "from pipeline.entry import main; main()", "run", str(tmp_path),
                             "--bogus"], capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert result.returncode == 2
    assert "Feil i kommandoen: ukjent valg «--bogus»" in result.stderr and "Traceback" not in result.stderr
