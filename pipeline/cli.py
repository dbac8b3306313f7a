"""The `tiltak` command: a thin layer over `pipeline.run(settings)` and the single-file parse."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from normalise.matchers import Matchers
from parsers.registry import formats

from tiltak_core.errors import TiltakError
from .extract import DocumentResult, problems_first
from .history import default_history_path, open_history
from .history_files import KINDS, import_file
from .inbox import document_of
from .locks import history_lock
from .batch import EXIT_INTERRUPTED, EXIT_OK, EXIT_REJECTED, EXIT_UNUSABLE, run
from .settings import DECISIONS_SUFFIX, DEFAULT_AUTHOR, Limits, Settings
from .work import Processed, read_one
from .cli_args import (
    AuthorOption, CatalogueOption, HistoryOption, NorwegianCommand, NorwegianGroup, PasswordOption, PdfTablesOption,
    a_path, at_least, existing_file, existing_folder, one_of, year_option, year_value,
)
from .run_table import Column, run_table
from .year import RunYear

EXIT_CODES_HELP = (
    f"Avslutningskoder: {EXIT_OK} alle rapportene ble lest (merknader tillatt); {EXIT_REJECTED} minst én fil ble "
    "avvist, ga ingen tiltak, hadde rader som ikke ble lest eller ble ikke brukt (de andre ble lest og utdataene "
    f"skrevet); {EXIT_UNUSABLE} ingenting kunne kjøres (feil i kommandoen, katalogen, beslutningsfilen, historikken "
    f"eller utdatamappen; full disk; en annen kjøring pågår); {EXIT_INTERRUPTED} avbrutt med Ctrl-C."
)

app = typer.Typer(
    cls=NorwegianGroup,
    help="Leser rapportene fra medlemmene i Kompetansepolitisk råd og lager det samlede tiltaksregisteret. "
    + EXIT_CODES_HELP,
    no_args_is_help=True,
    add_completion=False,
)
history_app = typer.Typer(cls=NorwegianGroup, no_args_is_help=True,
                          help="Tidligere års registre eller tall, som oppsummeringen sammenligner med.")
app.add_typer(history_app, name="history")
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


# Left out on a narrow terminal, the highest `keep` first: the problems are told below the table anyway.
_COLUMNS = {"file": Column("Fil", 12, 0), "member": Column("Rådsmedlem", 8, 3), "outcome": Column("Utfall", 10, 1),
            "rows": Column("Tiltak", 6, 0, "right"), "year": Column("År", 4, 2), "notes": Column("Merknader", 9, 5)}


def _summary_table(documents: tuple[DocumentResult, ...], year: RunYear | None, width: int) -> tuple[Table, bool]:
    """One line per file, the files to look at first, with its number of warnings (they are told in run.json);
    when the year came from the reports, what each says of its year. Fitted to `width`; True if shortened."""
    by_reports = year is not None and year.source == "reports"
    columns = [c for k, c in _COLUMNS.items() if k != "year" or by_reports]
    rows = []
    for d in problems_first(documents):
        notes = len(d.warnings) + bool(d.error)
        stated = [_stated_year(d)] if by_reports else []
        rows.append([_printable(d.document.source_file), d.member, _printable(d.outcome_text), str(len(d.rows)),
                     *stated, str(notes) if notes else ""])
    return run_table(columns, rows, width, "Rapporter")


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
        try:  # read as text: typer's own check of a number would answer in English
            return year_value(typer.prompt("Hvilket år gjelder rapportene"))
        except typer.BadParameter:
            _show("Oppgi et årstall mellom 2000 og 2099, for eksempel 2019.", "yellow")


@app.command("run", cls=NorwegianCommand, short_help="Les alle rapportene i INNBOKS og skriv registeret til --out.",
             help="Les alle rapportene i INNBOKS og skriv registeret og det som hører til, til --out. " + EXIT_CODES_HELP)
def run_command(
    inbox: Annotated[Path, typer.Argument(parser=existing_folder, metavar="INNBOKS", show_default=False,
                                          help="Mappen med medlemmenes rapporter (den endres aldri).")],
    out: Annotated[Path, typer.Option("--out", parser=a_path, metavar="MAPPE",
                                      help="Mappen utdataene skrives til.")] = Path("output"),
    catalogue: CatalogueOption = None,
    exclude: Annotated[list[str], typer.Option("--exclude", metavar="MØNSTER",
                                               help="Filnavnmønster som skal holdes utenfor (kan gis flere ganger).")] = [],  # noqa: B006 -- typer copies it
    password: PasswordOption = None,
    pdf_tables: PdfTablesOption = "auto",
    year: Annotated[Optional[int], year_option(
        "Året rapportene gjelder; standard er året i innboksens navn, ellers i filnavnene, ellers det rapportene "
        "selv oppgir (spørres om når de er uenige).")] = None,
    history: HistoryOption = None,
    decisions: Annotated[Optional[Path], typer.Option(
        "--decisions", parser=existing_file, metavar="FIL",
        help=f"Kontrollørenes utfylte review.xlsx som skal brukes; standard er INNBOKS{DECISIONS_SUFFIX} ved siden "
        "av innboksen, om den finnes.")] = None,
    jobs: Annotated[int, typer.Option("--jobs", parser=at_least(0), metavar="ANTALL",
                                      help="Hvor mange dokumenter som leses samtidig, hvert i sin prosess; 0 = alle "
                                      "kjernene.")] = 0,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Les alle dokumentene på nytt i stedet for å bruke "
                                           "tidligere resultater.")] = False,
    cache_dir: Annotated[Optional[Path], typer.Option(
        "--cache-dir", parser=a_path, metavar="MAPPE",
        help="Hvor leste dokumenter mellomlagres (standard: brukerens hurtigbuffermappe); en mappe med annet "
        "innhold brukes ikke.")] = None,
    author: AuthorOption = DEFAULT_AUTHOR,
    store_history: Annotated[bool, typer.Option(
        "--lagre-historikk", help="Lagre årets register i historikken selv om en annen innboks (eller en import) "
        "har lagret året.")] = False,
    max_seconds: Annotated[float, typer.Option(
        "--max-seconds", parser=at_least(1, float), metavar="SEKUNDER",
        help="Hvor mange sekunder ett dokument kan ta å lese før det avvises som for tungt.")] = Limits.document_seconds,
    max_memory: Annotated[int, typer.Option(
        "--max-memory", parser=at_least(64), metavar="MB",
        help="Hvor mange megabyte minne ett dokument kan bruke før det avvises som for tungt.")]
        = Limits.document_memory // 2**20,
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
    table, shortened = _summary_table(result.documents, result.year, console.width)
    console.print(table)
    if shortened:
        _show(f"Tabellen er forkortet for å passe i vinduet; fullstendige filnavn og utfall står over og i {out / 'run.json'}.")
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


@app.command("parse", cls=NorwegianCommand,
             help="Vis hva én rapport gir: rådsmedlemmet og hver tiltaksrad, slik kjøringen ville lese dem.")
def parse_command(
    file: Annotated[Path, typer.Argument(parser=existing_file, metavar="FIL", show_default=False,
                                         help="Rapporten som skal leses (den endres ikke).")],
    catalogue: CatalogueOption = None,
    password: PasswordOption = None,
    pdf_tables: PdfTablesOption = "auto",
) -> None:
    try:
        matchers = Matchers.load(catalogue)
    except TiltakError as exc:
        _show(str(exc), "red", stderr=True)
        raise typer.Exit(EXIT_UNUSABLE) from exc
    settings = Settings(inbox=file.parent, password=password, pdf_tables=pdf_tables, jobs=1)
    document = document_of(file, file.name, settings.limits.max_file_bytes)
    result = read_one(document, matchers, settings).result
    _show(f"{file.name}: {result.outcome_text}; format {document.format} "
                  f"(programmet leser {', '.join(formats())}); rådsmedlem: {result.member or '?'} ({result.member_evidence})")
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


@app.command("skjema", cls=NorwegianCommand,
             help="Skriv neste rundes rapporteringsskjemaer: ett per rådsmedlem for --year, som Excel og Word, "
             "fylt ut med tiltakene hvert medlem rapporterte året før (fra historikken).")
def forms_command(
    year: Annotated[int, year_option("Året medlemmene skal rapportere for.")],
    out: Annotated[Path, typer.Option("--out", parser=a_path, metavar="MAPPE",
                                      help="Mappen skjemaene skrives til (andre filer der får være).")],
    history: HistoryOption = None,
    catalogue: CatalogueOption = None,
    deadline: Annotated[str, typer.Option("--deadline", metavar="FRIST",
                                          help="Fristen skjemaene oppgir, for eksempel «1. februar 2020».")] = "",
    contact: Annotated[str, typer.Option("--contact", metavar="KONTAKT",
                                         help="Hvem medlemmene spør om skjemaet (navn, e-post).")] = "",
    author: AuthorOption = DEFAULT_AUTHOR,
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


@history_app.command("list", cls=NorwegianCommand,
                     help="Årene i historikken: hva hvert år har, hvor det kom fra og når det ble lagret.")
def history_list(history: HistoryOption = None) -> None:
    try:
        with open_history(history) as h:
            years = h.describe()
    except TiltakError as exc:
        _show(str(exc), "red", stderr=True)
        raise typer.Exit(EXIT_UNUSABLE) from exc
    _show(f"Historikken {h.path}" + ("" if years else " er tom."))
    for y in years:
        _show(f"  {y.describe()}")


@history_app.command("import", cls=NorwegianCommand,
                     help="Legg et år til i historikken (erstatter bare det året) fra en register.csv, en matrise "
                     "(matrix.docx eller en CSV delmal,tiltak,type,ansvarlig,samarbeidspartnere) eller en CSV med "
                     "antall (scope,key,count). Ett medlems egen rapport avvises som et helt år, med mindre --delvis.")
def history_import(
    file: Annotated[Path, typer.Argument(parser=existing_file, metavar="FIL", show_default=False,
                                         help="Registeret, matrisen eller tallene som skal lagres.")],
    year: Annotated[int, year_option("Året filen gjelder.")],
    kind: Annotated[Optional[str], typer.Option(
        "--kind", parser=one_of(*KINDS), metavar="SLAG",
        help=f"Et av {', '.join(KINDS)}; gjettes ut fra filen om det utelates.")] = None,
    history: HistoryOption = None,
    partial: Annotated[bool, typer.Option("--delvis", help="Lagre filen bare som en del av et år (for eksempel ett "
                                          "medlems rapport).")] = False,
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
