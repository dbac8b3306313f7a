"""Small registers built in code, for the summary, history and publication tests."""

from __future__ import annotations

import itertools
import shutil
from pathlib import Path
from typing import Callable, Iterable

import pytest

from tiltak_core.records import ExtractedRow, Match, Provenance, RawRow, RegisterEntry, Tiltak

_numbers = itertools.count(1)


def make_entry(
    tiltak: str,
    delmal: str,
    type_: str,
    ansvarlig: tuple[str, ...] = (),
    partners: tuple[str, ...] = (),
    reporters: tuple[str, ...] = (),
    *,
    council: str = "",
    needs_review: bool = False,
) -> RegisterEntry:
    """A register entry with one minimal source row per reporting member."""
    n = next(_numbers)
    rows = tuple(
        Tiltak(
            row=ExtractedRow(RawRow(Provenance(f"{member or 'ukjent'}.docx", table=1, row=n), (("tiltak", tiltak),)), member, 1.0),
            delmal=Match(delmal, 1.0),
            type=Match(type_, 1.0),
            ansvarlig=ansvarlig,
            samarbeidspartnere=partners,
            council=council,
            key=f"k{n}-{member}",
        )
        for member in (reporters or ("",))
    )
    return RegisterEntry(
        tiltak_id=f"T{n:08d}",
        omrade=delmal.split(".")[0] if delmal else "",
        delmal=delmal,
        tiltak=tiltak,
        type=type_,
        ansvarlig=ansvarlig,
        samarbeidspartnere=partners,
        rapportert_av=reporters,
        rows=rows,
        needs_review=needs_review,
        review_reasons=("usikkert delmål (0.50)",) if needs_review else (),
    )


def small_register() -> list[RegisterEntry]:
    """Ten tiltak: område 1/2/3 have 4/4/2; LO and NHO share three, Regjeringen and LO two."""
    return [
        make_entry("Kompetansebehovsutvalget", "1.1", "Råd/utvalg/nettverk", ("Regjeringen",), ("KMD", "ASD", "LO", "NHO"),
                   ("Regjeringen", "LO", "NHO"), council="KBU"),
        make_entry("Regional kompetanseallianse", "1.2", "Råd/utvalg/nettverk", ("Møre og Romsdal fylkeskommune",),
                   ("NHO", "Høgskolen i Molde"), ("Møre og Romsdal fylkeskommune",)),
        make_entry("Overføring av oppgaver til fylkeskommunene", "1.2", "Råd/utvalg/nettverk", ("Regjeringen",),
                   ("KD", "Fylkeskommunene"), ("Regjeringen",)),
        make_entry("Samarbeid med UiO om kunnskapsøkonomien", "1.4", "Prosjekt", ("LO",), ("NHO", "UiO"), ("LO",)),
        make_entry("Tilskudd til fleksible videreutdanningstilbud", "2.1", "Kurs/utdanning", ("Regjeringen",),
                   ("KD", "LO", "NHO", "KS"), ("Regjeringen",), needs_review=True),
        make_entry("Notat om tariffavtalenes betydning", "2.2", "FoU", ("LO",), ("Fafo",), ("LO",)),
        make_entry("Forstudie om avkastning av kompetanseinvesteringer", "2.2", "FoU", ("Regjeringen",), ("KD", "NIFU"),
                   ("Regjeringen",)),
        make_entry("Konferanse om yrkesfagene", "2.3", "Arrangement", ("Spekter",), ("LO",), ("Spekter",)),
        make_entry("Promotering av Kompetanseplussordningene", "3.6", "Informasjon", ("VOFO",), (), ("VOFO",)),
        make_entry("Forskningsprosjekt om studieforbundene", "3.6", "FoU", ("VOFO",), ("Fafo",), ("VOFO",)),
    ]


@pytest.fixture
def entry():
    return make_entry


@pytest.fixture
def register() -> list[RegisterEntry]:
    return small_register()


SAMPLES_2018 = Path(__file__).resolve().parents[2] / "samples" / "2018"


def copy_reports(folder: Path, names: Iterable[str]) -> Path:
    """An inbox folder holding copies of these reports of the 2018 sample round."""
    folder.mkdir(parents=True)
    for name in names:
        shutil.copy(SAMPLES_2018 / name, folder / name)
    return folder


@pytest.fixture(scope="session")
def reports() -> Callable[[Path, Iterable[str]], Path]:
    return copy_reports


@pytest.fixture(scope="session")
def round_2018(tmp_path_factory) -> Path:
    """samples/2018 run once into a history (`h.sqlite`) and a cache (`cache`) in the folder returned; a test that
    runs a later year copies the history, so no test sees another's years."""
    from pipeline.batch import run
    from pipeline.settings import Settings

    folder = tmp_path_factory.mktemp("round-2018")
    result = run(Settings(inbox=SAMPLES_2018, out=folder / "2018", history=folder / "h.sqlite",
                          cache_dir=folder / "cache", jobs=2))
    assert result.exit_code == 0
    return folder


@pytest.fixture
def history_after_2018(round_2018, tmp_path) -> Path:
    """A copy of the history holding the 2018 sample round."""
    path = tmp_path / "h.sqlite"
    shutil.copy(round_2018 / "h.sqlite", path)
    return path
