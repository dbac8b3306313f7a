"""The `tiltak` command: a thin layer over `pipeline.run(settings)` and the single-file parse."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from normalise.matchers import Matchers
from parsers.detect import detect
from parsers.registry import formats

from tiltak_core.errors import TiltakError
from .extract import DocumentResult, problems_first
from .history import default_history_path, open_history
from .history_files import KINDS, import_file
from .inbox import sha256_of
from .locks import history_lock
from tiltak_core.records import Document
from .batch import EXIT_INTERRUPTED, EXIT_OK, EXIT_REJECTED, EXIT_UNUSABLE, run
from .settings import DECISIONS_SUFFIX, DEFAULT_AUTHOR, Limits, Settings
from .work import Processed, read_one
from .year import RunYear

EXIT_CODES_HELP = (
    f"Exit codes: {EXIT_OK} every report was read (warnings allowed); {EXIT_REJECTED} at least one file was "
    "rejected, gave no tiltak, left rows unread or was not used (the others were processed and the outputs "
    f"written); {EXIT_UNUSABLE} nothing could be run (bad catalogue, decisions file, history or output folder; "
    f"a full disk; another run at work); {EXIT_INTERRUPTED} stopped with Ctrl-C."
)

app = typer.Typer(
    help="Reads the Skills Policy Council members' reports and builds the consolidated tiltak register. "
    + EXIT_CODES_HELP,
    no_args_is_help=True,
    add_completion=False,
)
history_app = typer.Typer(help="Earlier years' registers or counts, which the summary compares with.", no_args_is_help=True)
app.add_typer(history_app, name="history")
HISTORY_HELP = f"History file (SQLite) of earlier years; default {default_history_path()}."
console = Console(soft_wrap=True)  # never break a message or a file name at the terminal's edge
err = Console(stderr=True, soft_wrap=True)


def _show(text: str, style: str = "", stderr: bool = False) -> None:
    """Print as plain text: report names and error messages may hold [brackets] rich would eat."""
    (err if stderr else console).print(Text(text, style=style))


# C0/C1 controls (newline, escape sequences) and bidirectional overrides: in a file name they could
# forge a progress line or hide part of the name.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _printable(text: str) -> str:
    """The text with every control character shown as its escape (a newline as \\n)."""
    return _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def _interactive() -> bool:
    return sys.stdin.isatty()


def _row(table: Table, *cells: str) -> None:
    table.add_row(*(Text(c) for c in cells))


def _progress(processed: Processed, n: int, total: int) -> None:
    result = processed.result
    colour = "red" if result.outcome.is_problem else "yellow" if result.warnings else "green"
    line = Text(f"[{n}/{total}] {_printable(result.document.source_file)}: ")
    line.append(result.outcome_text, style=colour)
    line.append(f", {len(result.rows)} tiltak" + (" (fra hurtigbuffer)" if processed.cached else ""))
    console.print(line)


def _stated_year(d: DocumentResult) -> str:
    return f"{d.year_claim.year} ({d.year_claim.kind})" if d.year_claim else "–"


def _summary_table(documents: tuple[DocumentResult, ...], year: RunYear | None) -> Table:
    """One line per file, the files to look at first, with its number of warnings (they are told in run.json);
    when the year came from the reports, what each says of its year."""
    by_reports = year is not None and year.source == "reports"
    table = Table(title="Rapporter")
    for column in ("Fil", "Rådsmedlem", "Utfall", "Tiltak", *(("År",) if by_reports else ()), "Merknader"):
        table.add_column(column, overflow="fold")
    for d in problems_first(documents):
        notes = len(d.warnings) + bool(d.error)
        stated = (_stated_year(d),) if by_reports else ()
        _row(table, _printable(d.document.source_file), d.member, d.outcome_text, str(len(d.rows)), *stated,
             str(notes) if notes else "")
    return table


def _problem_lines(documents: tuple[DocumentResult, ...]) -> list[str]:
    """What each file to look at needs, once: its rejection, or its first warning."""
    out = []
    for d in problems_first(documents):
        if not d.outcome.is_problem:
            break
        out.append(d.error or next(iter(d.warnings), f"{d.document.source_file}: {d.outcome_text}"))
    return out


def _ask_year(why: str) -> int:
    """Asked, as a person at the keyboard would expect, rather than refused."""
    _show(_printable(why), "yellow")
    while True:
        year = typer.prompt("Hvilket år gjelder rapportene", type=int)
        if 2000 <= year <= 2099:
            return year
        _show("Oppgi et årstall mellom 2000 og 2099, for eksempel 2019.", "yellow")


@app.command("run", help="Read every report in INBOX and write the register and its companions to --out. " + EXIT_CODES_HELP)
def run_command(
    inbox: Path = typer.Argument(..., exists=True, file_okay=False, readable=True, help="Folder of member reports (never modified)."),
    out: Path = typer.Option(Path("output"), "--out", help="Folder the outputs are written to."),
    catalogue: Optional[Path] = typer.Option(None, "--catalogue", help="Strategy catalogue (TOML) to run against instead of the built-in one."),
    exclude: list[str] = typer.Option([], "--exclude", help="File name pattern to leave out of the inbox (repeatable)."),
    password: Optional[str] = typer.Option(None, "--password", help="Password for encrypted PDF reports."),
    pdf_tables: str = typer.Option("auto", "--pdf-tables", help="Table engine for ruled PDF tables: auto, pdfplumber or camelot."),
    year: Optional[int] = typer.Option(None, "--year", min=2000, max=2099, help="The year reported on; by default the year in INBOX's name (asked for when it has none)."),
    history: Optional[Path] = typer.Option(None, "--history", help=HISTORY_HELP),
    decisions: Optional[Path] = typer.Option(
        None, "--decisions", exists=True, dir_okay=False,
        help=f"Reviewers' edited review.xlsx to apply; by default INBOX{DECISIONS_SUFFIX} beside the inbox, if there.",
    ),
    jobs: int = typer.Option(0, "--jobs", min=0, help="Documents parsed at once, each in its own process; 0 = all cores."),
    no_cache: bool = typer.Option(False, "--no-cache", help="Parse every document again instead of reusing earlier results."),
    cache_dir: Optional[Path] = typer.Option(None, "--cache-dir", help="Where parsed documents are cached (default: the user cache folder); a folder with other content is not used."),
    author: str = typer.Option(DEFAULT_AUTHOR, "--author", help="Author and company in the Word and Excel files' properties."),
    store_history: bool = typer.Option(False, "--lagre-historikk", help="Store this run's year in the history even if another inbox (or an import) stored it."),
    max_seconds: float = typer.Option(Limits.document_seconds, "--max-seconds", min=1, help="Seconds one document may take to read before it is rejected as too heavy."),
    max_memory: int = typer.Option(Limits.document_memory // 2**20, "--max-memory", min=64, help="Megabytes of memory one document may take to read before it is rejected as too heavy."),
) -> None:
    limits = Limits(document_seconds=max_seconds, document_memory=max_memory * 2**20)
    settings = Settings(inbox=inbox, out=out, catalogue=catalogue, exclude=tuple(exclude), password=password,
                        pdf_tables=pdf_tables, year=year, history=history, decisions=decisions, jobs=jobs,
                        cache=not no_cache, cache_dir=cache_dir, author=author, store_history=store_history,
                        limits=limits)
    try:
        result = run(settings, progress=_progress, ask_year=_ask_year if _interactive() else None)
    except TiltakError as exc:
        _show(str(exc), "red", stderr=True)
        raise typer.Exit(EXIT_UNUSABLE) from exc
    console.print(_summary_table(result.documents, result.year))
    if result.year:
        _show(f"Rapporteringsår {result.year.year}: {_printable(result.year.evidence)}.")
    review = sum(e.needs_review for e in result.register)
    written = f" Skrevet til {out}: {', '.join(result.outputs)}" if result.outputs else ""
    _show(f"{len(result.tiltak)} tiltak-rader lest, {len(result.register)} tiltak i registeret "
          f"({review} bør kontrolleres).{written}")
    if result.decisions.applied:
        _show(f"{len(result.decisions.applied)} beslutning(er) fra kontrollørene brukt.")
    for note in result.notes:
        _show(_printable(note), "yellow")
    for line in _problem_lines(result.documents):
        _show(_printable(line), "red")
    if result.problems:
        _show(f"{len(result.problems)} fil(er) må sjekkes (avvist, ikke brukt, ingen tiltak funnet eller rader som "
              f"ikke ble lest); alle merknader står i {out / 'run.json'} og {out / 'review.html'}.", "red", stderr=True)
    raise typer.Exit(result.exit_code)


@app.command("parse", help="Show what one report yields: its member and every tiltak row, as the run would read them.")
def parse_command(
    file: Path = typer.Argument(..., exists=True, dir_okay=False, readable=True),
    catalogue: Optional[Path] = typer.Option(None, "--catalogue"),
    password: Optional[str] = typer.Option(None, "--password"),
    pdf_tables: str = typer.Option("auto", "--pdf-tables"),
) -> None:
    try:
        matchers = Matchers.load(catalogue)
    except TiltakError as exc:
        _show(str(exc), "red", stderr=True)
        raise typer.Exit(EXIT_UNUSABLE) from exc
    settings = Settings(inbox=file.parent, password=password, pdf_tables=pdf_tables, jobs=1)
    document = Document(file, file.name, detect(file), sha256_of(file), file.stat().st_size)
    result = read_one(document, matchers, settings).result
    _show(f"{file.name}: {result.outcome_text}; format {document.format} "
                  f"(readable: {', '.join(formats())}); rådsmedlem: {result.member or '?'} ({result.member_evidence})")
    if result.error:
        _show(result.error, "red", stderr=True)
    for warning in result.warnings:
        _show(warning, "yellow")
    table = Table()
    for column in ("Kilde", "Delmål", "Tiltak", "Type", "Ansvarlig", "Samarbeidspartnere"):
        table.add_column(column, overflow="fold")
    for row in result.rows:
        raw = row.raw
        _row(table, raw.provenance.locator, raw.get("delmal")[:40], raw.get("tiltak"), raw.get("type"),
                      raw.get("ansvarlig"), raw.get("samarbeidspartnere"))
    console.print(table)
    _show(f"{len(result.rows)} tiltak")
    raise typer.Exit(EXIT_REJECTED if result.outcome.is_problem else EXIT_OK)


@app.command("skjema", help="Write next round's reporting forms: one per council member for --year, as Excel and "
             "Word, prefilled with the tiltak each reported the year before (from the history).")
def forms_command(
    year: int = typer.Option(..., "--year", min=2000, max=2099, help="The year the members will report on."),
    out: Path = typer.Option(..., "--out", help="Folder the forms are written to (other files in it are left alone)."),
    history: Optional[Path] = typer.Option(None, "--history", help=HISTORY_HELP),
    catalogue: Optional[Path] = typer.Option(None, "--catalogue", help="Strategy catalogue (TOML) instead of the built-in one."),
    deadline: str = typer.Option("", "--deadline", help="The deadline the forms state, e.g. «1. februar 2020»."),
    contact: str = typer.Option("", "--contact", help="Whom members ask about the form (name, e-mail)."),
    author: str = typer.Option(DEFAULT_AUTHOR, "--author", help="Author and company in the forms' properties."),
) -> None:
    from .forms.write import write_forms

    try:
        result = write_forms(year, out, history, catalogue, deadline, contact, author)
    except TiltakError as exc:
        _show(str(exc), "red", stderr=True)
        raise typer.Exit(EXIT_UNUSABLE) from exc
    prefilled = sum(len(f.previous) for f in result.forms)
    _show(f"{len(result.forms)} skjemaer for {year} (Excel og Word) skrevet til {out}, med {prefilled} rader "
          f"fra {year - 1} fylt inn.")
    for note in result.notes:
        _show(note, "yellow")


@history_app.command("list", help="The years in the history: what each holds, where it came from and when.")
def history_list(history: Optional[Path] = typer.Option(None, "--history", help=HISTORY_HELP)) -> None:
    try:
        with open_history(history) as h:
            years = h.describe()
    except TiltakError as exc:
        _show(str(exc), "red", stderr=True)
        raise typer.Exit(EXIT_UNUSABLE) from exc
    _show(f"Historikken {h.path}" + ("" if years else " er tom."))
    for y in years:
        _show(f"  {y.describe()}")


@history_app.command("import", help="Add a year to the history (replacing that year only) from a register.csv, "
                     "a matrix (matrix.docx or a CSV delmal,tiltak,type,ansvarlig,samarbeidspartnere) or a "
                     "counts CSV (scope,key,count). One member's own report is refused as a year unless --delvis.")
def history_import(
    file: Path = typer.Argument(..., exists=True, dir_okay=False, readable=True),
    year: int = typer.Option(..., "--year", min=2000, max=2099, help="The year the file reports on."),
    kind: Optional[str] = typer.Option(None, "--kind", help=f"One of {', '.join(KINDS)}; guessed from the file if left out."),
    history: Optional[Path] = typer.Option(None, "--history", help=HISTORY_HELP),
    partial: bool = typer.Option(False, "--delvis", help="Store the file as part of a year only (e.g. one member's report)."),
) -> None:
    path = history or default_history_path()
    try:
        orgs = Matchers.load(None).orgs
        with history_lock(path), open_history(path) as h:
            info, replaced = import_file(h, file, year, orgs, kind, partial)
    except TiltakError as exc:
        _show(str(exc), "red", stderr=True)
        raise typer.Exit(EXIT_UNUSABLE) from exc
    _show(f"Lagret i {path}: {info.describe()}.")
    if replaced is not None:
        _show(f"Dette erstattet {replaced.describe()}.", "yellow")


def main() -> None:
    app()


if __name__ == "__main__":
    main()
