"""Rows held against the run's year once it is known: a report that says no year has its rows' own years read, and
the rows of one only its file's name places in another year are asked.

A knowledge base's notes («år: 2075», «status: avsluttet») or a system's export named without a year carry each row's
year but not the report's; at extraction nothing stood to hold them against, so the rows wait for the run's year.
"""

from __future__ import annotations

from dataclasses import replace

from normalise.text import fold
from normalise.vocabulary import Vocabulary
from tiltak_core.records import SkippedRow, Tiltak

from .extract import NO_TILTAK, ROWS_SKIPPED
from .not_tiltak import some
from .other_years import OTHER_STATUS, status_elsewhere
from .work import Processed
from .year import named_year


def held_against_run_year(processed: list[Processed], year: int, vocabulary: Vocabulary) -> list[Processed]:
    """Each report without a year of its own less the rows whose own status or year column places them in another
    year than `year`; those are listed as not read, and the report warned."""
    statuses = tuple(fold(w) for w in vocabulary.other_year_statuses)
    year_columns = frozenset(fold(w) for w in vocabulary.year_columns)
    out = []
    for p in processed:
        result = p.result
        claim, named = result.year_claim, named_year(result.document.source_file)
        if claim is None and named is not None and named != year and p.tiltak:
            # «LO-konferansen om fagbrev 2077.md» in a vault: a file named by another year, which nothing in it
            # gainsays, is asked row by row. (A report's own words about a year are often of the next one's plans:
            # the run's table warns of those, the rows stay.)
            doubt = f"filnavnet sier {named}: kontroller at tiltaket gjelder {year}"
            out.append(replace(p, tiltak=tuple(_doubted(t, doubt) for t in p.tiltak)))
            continue
        if claim is not None or named is not None or not p.tiltak:
            out.append(p)  # held against its own year when it was read
            continue
        placed = {t.kilde: status_elsewhere(t.row.raw, year, vocabulary, statuses, year_columns) for t in p.tiltak}
        gone = {k for k, s in placed.items() if s}
        if not gone:
            out.append(p)
            continue
        skipped = tuple(SkippedRow(t.row.raw.provenance.locator, f"{OTHER_STATUS} («{placed[t.kilde]}»)", t.text)
                        for t in p.tiltak if t.kilde in gone)
        rows = tuple(r for r in result.rows if r.kilde not in gone)
        warning = (f"{result.document.source_file}: {len(skipped)} {'rad' if len(skipped) == 1 else 'rader'} har en "
                   f"status eller et år som gjelder et annet år enn {year} (avsluttet før eller planlagt senere), og ble "
                   f"ikke tatt med ({some([s.locator for s in skipped])}); se dem i rapporten")
        result = replace(result, rows=rows, skipped=(*result.skipped, *skipped), warnings=(*result.warnings, warning),
                         outcome=NO_TILTAK if not rows else ROWS_SKIPPED)
        out.append(replace(p, result=result, tiltak=tuple(t for t in p.tiltak if t.kilde not in gone)))
    return out


def _doubted(t: Tiltak, doubt: str) -> Tiltak:
    raw = t.row.raw
    return replace(t, row=replace(t.row, raw=replace(raw, doubt="; ".join(d for d in (raw.doubt, doubt) if d))))
