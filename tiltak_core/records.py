"""Typed records that flow one way through the stages; every record carries its provenance.

Document -> (parser) Content -> RawRow -> ExtractedRow -> Tiltak -> RegisterEntry
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

# Canonical fields of a tiltak row, in the order of the seed's matrix, then the description a report
# may give beside the tiltak (kept apart: it is never the tiltak itself).
FIELDS = ("delmal", "tiltak", "type", "ansvarlig", "samarbeidspartnere", "beskrivelse")

# A row's status this year as a member's reporting form states it ("" where no form says it).
NEW, CONTINUED, CHANGED, ENDED = "ny", "videreført", "endret", "avsluttet"
STATUSES = (NEW, CONTINUED, CHANGED, ENDED)


@dataclass(frozen=True)
class Provenance:
    """Where a row stands: file (relative to the inbox), page, table, row or prose line, column (all 1-based)."""

    source_file: str
    page: int | None = None
    table: int | None = None
    row: int | None = None
    line: int | None = None
    column: int | None = None  # a form laid out sideways holds one tiltak per column; a second table on a sheet starts here

    # Cached: dedup and the writers ask for them millions of times in a large inbox.
    @cached_property
    def locator(self) -> str:
        parts = []
        if self.page is not None:
            parts.append(f"p{self.page}")
        if self.table is not None:
            parts.append(f"t{self.table}")
        if self.row is not None:
            parts.append(f"r{self.row}")
        if self.line is not None:
            parts.append(f"l{self.line}")
        if self.column is not None:
            parts.append(f"c{self.column}")
        return "-".join(parts)

    @cached_property
    def kilde(self) -> str:
        return f"{self.source_file}#{self.locator}"

    @property
    def table_key(self) -> tuple[int | None, int | None]:
        """(page, table): which table a row stands in, told apart across pages (each page numbers its own)."""
        return self.page, self.table


@dataclass(frozen=True)
class Document:
    """One file of the inbox, its format detected from content."""

    path: Path
    source_file: str
    format: str
    sha256: str
    size: int
    # For a file that came attached to an e-mail: the e-mail's subject, sender and text, where its sender is named.
    letter: str = ""
    # For an e-mail: the files taken out of it, each read on its own.
    attached: tuple[str, ...] = ()


@dataclass(frozen=True)
class RawRow:
    """One tiltak as a parser read it: canonical fields as written, unknown columns kept."""

    provenance: Provenance
    fields: tuple[tuple[str, str], ...]
    extra: tuple[tuple[str, str], ...] = ()
    confidence: float = 1.0
    status: str = ""  # one of STATUSES when a reporting form states it
    forrige_tiltak_id: str = ""  # last year's tiltak this row continues, when a reporting form links it
    evidence: tuple[str, ...] = ()  # how the row was read: why each column got its role, what was recovered
    doubt: str = ""  # why the reader is unsure the row is one tiltak as written: a reviewer must look

    def get(self, name: str) -> str:
        return dict(self.fields).get(name, "")


@dataclass(frozen=True)
class SkippedRow:
    """A row of a report that looked like content but was not read as a tiltak, and why."""

    locator: str
    reason: str
    text: str = ""


@dataclass(frozen=True)
class ExtractedRow:
    """A RawRow attributed to the council member whose report it stands in."""

    raw: RawRow
    member: str
    member_confidence: float

    @property
    def provenance(self) -> Provenance:
        return self.raw.provenance

    @property
    def kilde(self) -> str:
        return self.raw.provenance.kilde


@dataclass(frozen=True)
class Match:
    """A choice among catalogue values, on the 0-1 confidence scale, with its runner-up and evidence."""

    value: str
    confidence: float
    runner_up: str = ""
    runner_up_score: float = 0.0
    evidence: str = ""
    inferred: bool = False

    @property
    def gap(self) -> float:
        return round(self.confidence - self.runner_up_score, 3)


NO_MATCH = Match(value="", confidence=0.0)


@dataclass(frozen=True)
class Tiltak:
    """An extracted row matched to its delmål, type, organisations and (if any) shared council."""

    row: ExtractedRow
    delmal: Match
    type: Match
    ansvarlig: tuple[str, ...]
    samarbeidspartnere: tuple[str, ...]
    council: str = ""
    key: str = ""
    council_named: str = ""  # a shared council the text names, whether or not the row takes part in it
    council_evidence: str = ""
    council_doubt: bool = False  # the words did not settle whether the row takes part: a reviewer should look
    council_seat: bool = False  # a seat the words leave open as taking part: the council's row asks too

    @property
    def kilde(self) -> str:
        return self.row.kilde

    @property
    def member(self) -> str:
        return self.row.member

    @property
    def text(self) -> str:
        return self.row.raw.get("tiltak")


@dataclass(frozen=True)
class Merge:
    """Why two rows were taken as one measure, or (a near miss) why they were nearly taken so."""

    a: str
    b: str
    score: float
    evidence: str
    kind: str = ""  # a near miss's kind of evidence: one of NEAR_KINDS
    named: bool = False  # one row's report names the other's member: the pair is vouched for by the reports themselves
    doubt: str = ""  # a doubtful merge's (MERGE_DOUBT) question: what the words left open («hvert fylke nevner bare seg selv»)


# What a near miss rests on, which decides whether its two rows ask for review.
NEAR_TEXT = "text"  # wording alone
NEAR_COMMON_TEXT = "common text"  # wording alone, and only in words that name no measure (the strategy's, the types')
NEAR_JOINT = "joint"  # the rows name each other's member or the same programme
NEAR_OPENING = "opening"  # the rows open with the same words, which may name one scheme: always asks
NEAR_APART = "apart"  # one programme, but another region, phase or extension: decided apart
NEAR_APART_DOUBT = "apart?"  # one programme, one names a region the other does not
NEAR_LOST = "lost"  # merged but for a better pair of the same two reports
NEAR_COUNCIL = "council"  # names a shared council, and its words say why it does not take part
NEAR_COUNCIL_DOUBT = "council?"  # names a shared council, and its words do not settle whether it takes part
NEAR_COUNCIL_SEAT = "seat?"  # a seat in a shared council that may or may not count as taking part (an observer's)
NEAR_DELMAL = "delmål"  # the rows name one programme but give different delmål: never merged, always asks
MERGE_DOUBT = "doubt"  # a merge the words leave open (two counties naming one programme, each at home): always asks
NEAR_PARTNER = "partner"  # one row names the other's member as taking part, and they share a word of their own: always asks
NEAR_EVENT = "event"  # both rows name one event or programme by its topic, or a study by an acronym: always asks
NEAR_KINDS = (NEAR_TEXT, NEAR_COMMON_TEXT, NEAR_JOINT, NEAR_OPENING, NEAR_APART, NEAR_APART_DOUBT, NEAR_LOST, NEAR_COUNCIL, NEAR_COUNCIL_DOUBT,
              NEAR_COUNCIL_SEAT, NEAR_DELMAL, NEAR_PARTNER, NEAR_EVENT)


@dataclass(frozen=True)
class RegisterEntry:
    """One distinct tiltak of the consolidated register, with every row merged into it."""

    tiltak_id: str
    omrade: str
    delmal: str
    tiltak: str
    type: str
    ansvarlig: tuple[str, ...]
    samarbeidspartnere: tuple[str, ...]
    rapportert_av: tuple[str, ...]
    rows: tuple[Tiltak, ...]
    merges: tuple[Merge, ...] = ()
    confidence: float = 1.0
    needs_review: bool = False
    review_reasons: tuple[str, ...] = field(default=())
    delmal_match: Match = NO_MATCH  # the match behind `delmal` (a reviewer's correction is one too)
    type_match: Match = NO_MATCH
    reviewed: bool = False  # a reviewer marked it checked; it leaves the needs-review list
    comment: str = ""
    forrige_tiltak_id: str = ""  # last year's tiltak it continues ("" for a new one, or where that is unsure)
    status: str = ""  # NEW, CONTINUED or CHANGED; "" when last year's register is not known
    link_evidence: str = ""  # why it is taken to continue last year's tiltak

    @property
    def kilder(self) -> tuple[str, ...]:
        return tuple(t.kilde for t in self.rows)
