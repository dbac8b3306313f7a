"""The command line's Norwegian face: the options several commands share (defined once, with their help), values
checked with Norwegian messages, help pages in Norwegian, and usage errors said in Norwegian with exit code 2."""

from __future__ import annotations

import re
import sys
from difflib import get_close_matches
from pathlib import Path
from typing import Annotated, Any, Callable, Optional

import typer
from typer.core import TyperCommand, TyperGroup

try:  # typer carries its own copy of click since 0.22; before, it used click itself
    from typer._click.exceptions import BadOptionUsage, MissingParameter, NoArgsIsHelpError, NoSuchOption, UsageError
except ImportError:  # pragma: no cover
    from click.exceptions import (  # type: ignore[assignment]  # the same classes, from click itself
        BadOptionUsage, MissingParameter, NoArgsIsHelpError, NoSuchOption, UsageError)

from parsers.registry import PDF_TABLE_ENGINES

from .history import default_history_path

EXIT_USAGE = 2  # a command written wrong, as every command-line tool says it

# The words typer's help pages use around the texts below.
HELP_WORDS = {
    "ARGUMENTS_PANEL_TITLE": "Argumenter",
    "OPTIONS_PANEL_TITLE": "Valg",
    "COMMANDS_PANEL_TITLE": "Kommandoer",
    "DEFAULT_STRING": "[standard: {}]",
    "REQUIRED_LONG_STRING": "[påkrevd]",
    "ENVVAR_STRING": "[miljøvariabel: {}]",
    "DEPRECATED_STRING": "(utgått) ",
}
HELP_OPTION_HELP = "Vis denne hjelpen og avslutt."
USAGE = "Bruk: "


def _without_type_label(param: Any) -> None:
    """No English type name («<Path>», «<bool>») beside an argument or a flag: its name and help say it."""
    if getattr(param, "param_type_name", "") == "argument" or getattr(param, "is_flag", False):
        param.display_type_rich = lambda ctx: None


class _Norwegian:
    """The help page's own words and the usage line in Norwegian (for a command and a group alike)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs["options_metavar"] = "[VALG]"
        super().__init__(*args, **kwargs)
        for param in self.params:  # type: ignore[attr-defined]
            _without_type_label(param)

    def get_help_option(self, ctx):
        option = super().get_help_option(ctx)
        if option is not None:
            option.help = HELP_OPTION_HELP
            _without_type_label(option)
        return option

    def format_help(self, ctx, formatter) -> None:
        # typer loads its help formatter (rich's markdown with it) only for a help page; so do its words here,
        # not on every run.
        from typer import rich_utils

        for name, word in HELP_WORDS.items():
            setattr(rich_utils, name, word)
        super().format_help(ctx, formatter)  # type: ignore[misc]  # from the click command it is mixed into

    def format_usage(self, ctx, formatter) -> None:
        pieces = self.collect_usage_pieces(ctx)  # type: ignore[attr-defined]  # from the click command it is mixed into
        formatter.write_usage(ctx.command_path, " ".join(pieces), prefix=USAGE)


class NorwegianCommand(_Norwegian, TyperCommand):
    """A command whose help page and usage line are in Norwegian."""


class NorwegianGroup(_Norwegian, TyperGroup):
    """The `tiltak` command and its subgroups: Norwegian help, and every usage error told in Norwegian (exit 2)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs["subcommand_metavar"] = "KOMMANDO [ARGUMENTER]..."
        super().__init__(*args, **kwargs)

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):
        try:
            code = super().main(args=args, prog_name=prog_name, complete_var=complete_var, standalone_mode=False, **extra)
        except NoArgsIsHelpError as exc:
            exc.show()  # `tiltak` alone: the help page
            code = EXIT_USAGE
        except UsageError as exc:
            typer.echo(usage_message(exc), err=True)
            code = EXIT_USAGE
        except typer.Abort:
            if not standalone_mode:
                raise
            typer.echo("Avbrutt.", err=True)
            code = 1
        code = code if isinstance(code, int) else 0
        if standalone_mode:
            sys.exit(code)
        return code


def _name(param: Any) -> str:
    if param is None:
        return ""
    if getattr(param, "param_type_name", "") == "argument":
        return param.metavar or param.name.upper()
    return max(param.opts, key=len)


def usage_message(exc: UsageError) -> str:
    """A usage error in Norwegian: what is wrong, and where to read how the command is written."""
    ctx = exc.ctx
    command = ctx.command_path if ctx is not None else "tiltak"
    param = getattr(exc, "param", None)
    help_text = (getattr(param, "help", "") or "").rstrip(".")
    if isinstance(exc, MissingParameter):
        what = f"mangler {_name(param)}" + (f": {help_text[:1].lower()}{help_text[1:]}" if help_text else "")
    elif isinstance(exc, NoSuchOption):
        what = f"ukjent valg «{exc.option_name}»"
        if exc.possibilities:
            what += f"; mente du {' eller '.join(sorted(exc.possibilities))}?"
    elif isinstance(exc, BadOptionUsage):
        takes_none = "does not take a value" in exc.message
        what = f"valget {exc.option_name} " + ("tar ingen verdi" if takes_none else "trenger en verdi etter seg")
    elif isinstance(exc, typer.BadParameter):
        # The values are checked by the parsers below, whose messages are Norwegian.
        what = f"ugyldig verdi for {_name(param)}: {exc.message}" if param is not None else exc.message
    elif (m := re.search(r"No such command '([^']*)'", exc.message)) is not None:
        names = sorted(getattr(ctx.command, "commands", {})) if ctx is not None else []
        close = get_close_matches(m.group(1), names, n=1)
        what = f"ukjent kommando «{m.group(1)}»" + (f"; mente du {close[0]}?" if close else "") + \
            (f" Kommandoene er {', '.join(names)}" if names else "")
    elif (m := re.search(r"unexpected extra argument(?:\(s\)|s)? \((.*)\)", exc.message)) is not None:
        what = f"for mange argumenter: «{m.group(1)}» hører ikke hjemme her (står et valg uten -- foran?)"
    else:
        what = "kommandoen er ikke skrevet riktig"
    end = "" if what.endswith(("?", ".")) else "."
    return f"Feil i kommandoen: {what}{end}\nSe «{command} --help» for hvordan den skrives."


# ---------------------------------------------------------------------------------------- values
def _number(text: Any, kind: Callable[[str], Any], what: str, low: float, high: float | None) -> Any:
    if not isinstance(text, str):
        return text  # the default, given as a number
    try:
        value = kind(text.strip().replace(",", "."))
    except ValueError:
        raise typer.BadParameter(f"«{text}» er ikke {what}") from None
    if value < low or (high is not None and value > high):
        span = f"mellom {low:g} og {high:g}" if high is not None else f"minst {low:g}"
        raise typer.BadParameter(f"{text} er utenfor det tillatte, som er {span}")
    return value


def year_value(text: str) -> int:
    """An ordinary year, 2000-2099."""
    return _number(text, int, "et årstall (for eksempel 2019)", 2000, 2099)


def at_least(low: float, kind: Callable[[str], Any] = int) -> Callable[[str], Any]:
    what = "et helt tall" if kind is int else "et tall"
    return lambda text: _number(text, kind, what, low, None)


def one_of(*choices: str) -> Callable[[str], str]:
    def choice(text: str) -> str:
        if not isinstance(text, str):
            return text  # the default
        if text.strip().lower() in choices:
            return text.strip().lower()
        raise typer.BadParameter(f"«{text}» er ikke et av valgene; skriv {', '.join(choices[:-1])} eller {choices[-1]}")
    return choice


def _existing(text: Any, folder: bool) -> Path:
    text = str(text)
    path, what = Path(text).expanduser(), "mappen" if folder else "filen"
    if not path.exists():
        raise typer.BadParameter(f"{what} {text} finnes ikke; sjekk navnet og stien (en sti med mellomrom skrives i "
                                 "anførselstegn)")
    if path.is_dir() != folder:
        raise typer.BadParameter(f"{text} er en fil, ikke en mappe; gi mappen filene ligger i" if folder else
                                 f"{text} er en mappe, ikke en fil; gi filen")
    return path


def existing_folder(text: Any) -> Path:
    return _existing(text, folder=True)


def existing_file(text: Any) -> Path:
    return _existing(text, folder=False)


def a_path(text: Any) -> Path:
    return Path(str(text)).expanduser()


# ---------------------------------------------------------------------------------------- shared options
PDF_ENGINES = PDF_TABLE_ENGINES  # the PDF parser's own list, so the option offers what it reads
CatalogueOption = Annotated[Optional[Path], typer.Option(
    "--catalogue", parser=existing_file, metavar="FIL",
    help="Strategikatalog (TOML) å kjøre mot i stedet for den innebygde.")]
PasswordOption = Annotated[Optional[str], typer.Option(
    "--password", metavar="PASSORD", help="Passord til krypterte PDF-rapporter og Office-filer.")]
PdfTablesOption = Annotated[str, typer.Option(
    "--pdf-tables", parser=one_of(*PDF_ENGINES), metavar="MOTOR",
    help=f"Hvordan tabeller med linjer i PDF leses: {', '.join(PDF_ENGINES)}.")]
HistoryOption = Annotated[Optional[Path], typer.Option(
    "--history", parser=a_path, metavar="FIL",
    help=f"Historikkfilen (SQLite) med tidligere år; standard er {default_history_path()}.")]
AuthorOption = Annotated[str, typer.Option(
    "--author", metavar="NAVN", help="Forfatter og virksomhet i egenskapene til Word- og Excel-filene.")]


def year_option(help: str) -> Any:
    """--year with this command's meaning of it (required where the command gives it no default)."""
    return typer.Option("--year", parser=year_value, metavar="ÅR", help=help)
