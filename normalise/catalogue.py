"""Loads and validates the strategy catalogue and the report vocabulary; lists every problem at once."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from tiltak_core.errors import CatalogueError
from tiltak_core.records import FIELDS

from .strict_toml import Table, loads, unknown_keys
from .text import fold

DEFAULT_CATALOGUE = "catalogue.toml"
VOCABULARY = "vocabulary.toml"
_CODE = re.compile(r"^\d+\.\d+$")
ROLES = ("medlem", "observatør")


@dataclass(frozen=True)
class Omrade:
    id: str
    name: str
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class Delmal:
    code: str
    omrade: str
    short: str
    text: str
    nynorsk: str
    short_nynorsk: str = ""  # the short name in Nynorsk ("Karriererettleiing")

    @property
    def wordings(self) -> tuple[str, ...]:
        """Every way the catalogue words it: text, Nynorsk text, short name, Nynorsk short name."""
        return tuple(v for v in (self.text, self.nynorsk, self.short, self.short_nynorsk) if v)


@dataclass(frozen=True)
class TiltakType:
    name: str
    synonyms: tuple[str, ...]
    cues: tuple[str, ...]


@dataclass(frozen=True)
class Organisation:
    """A council member (is_member) or another known organisation, with every name it goes by."""

    name: str
    aliases: tuple[str, ...]
    is_member: bool
    kind: str = ""
    member: str = ""  # the council member an organisation belongs to, if any
    file_aliases: tuple[str, ...] = ()  # names that identify it only in a file name
    from_year: int | None = None  # a member's first year on the council, where membership has dates
    to_year: int | None = None  # its last year
    role: str = "medlem"  # or "observatør"

    def member_in(self, year: int) -> bool:
        """Whether it sat on the council in the year reported on."""
        return (self.from_year is None or year >= self.from_year) and (self.to_year is None or year <= self.to_year)


@dataclass(frozen=True)
class Council:
    """A shared council: its names, its named units, and who owns it (the register's ansvarlig)."""

    id: str
    name: str
    aliases: tuple[str, ...]
    owner: str = ""
    units: tuple[str, ...] = ()
    unit_prefixes: tuple[str, ...] = ()
    national: bool = False  # a copy of it for one region is another measure
    other_bodies: tuple[str, ...] = ()  # an institution named after it that has a council of its own, not this one
    separate_units: bool = False  # its units are bodies of their own (a faglig råd beside SRY), not parts of it


# Version marks in the order a later one replaces an earlier one; a report without a mark ranks between
# a draft and a revised version.
VERSION_RANKS = ("draft", "revised", "final")


@dataclass(frozen=True)
class Vocabulary:
    fields: dict[str, tuple[str, ...]]
    known_extra: tuple[str, ...]
    sum_rows: tuple[str, ...]
    delmal_words: tuple[str, ...]
    participation: tuple[str, ...]
    stopwords: frozenset[str]
    name_headers: tuple[str, ...] = ()
    partner_words: tuple[str, ...] = ()
    closing_words: tuple[str, ...] = ()
    delmal_links: tuple[str, ...] = ()
    versions: dict[str, tuple[str, ...]] = field(default_factory=dict)
    council_traps: tuple[str, ...] = ()
    council_doubts: tuple[str, ...] = ()
    council_trap_doubts: tuple[str, ...] = ()
    council_about: tuple[str, ...] = ()
    council_openers: tuple[str, ...] = ()
    seat_links: tuple[str, ...] = ()
    own_people_links: tuple[str, ...] = ()
    participation_idioms: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()
    phase: tuple[str, ...] = ()
    phase_news: tuple[str, ...] = ()
    phase_doubtful: tuple[str, ...] = ()
    version_words: tuple[str, ...] = ()
    moved: tuple[str, ...] = ()
    about_openers: tuple[str, ...] = ()
    scheme_words: tuple[str, ...] = ()
    scheme_fillers: tuple[str, ...] = ()
    name_tails: tuple[str, ...] = ()
    type_openers: tuple[str, ...] = ()
    auxiliaries: tuple[str, ...] = ()
    check_marks: tuple[str, ...] = ()
    other_documents: tuple[str, ...] = ()
    unanswered: tuple[str, ...] = ()
    labels: dict[str, tuple[str, ...]] = field(default_factory=dict)  # prose-only labels per field ("Med:")


@dataclass(frozen=True)
class Catalogue:
    path: str
    strategy: str
    omrader: tuple[Omrade, ...]
    delmal: tuple[Delmal, ...]
    types: tuple[TiltakType, ...]
    organisations: tuple[Organisation, ...]
    councils: tuple[Council, ...]
    vocabulary: Vocabulary
    council: str = ""  # the council the reports go to ("Kompetansepolitisk råd"): every report's title names it
    period: tuple[int, int] | None = None  # the strategy's first and last year

    @property
    def members(self) -> tuple[Organisation, ...]:
        return tuple(o for o in self.organisations if o.is_member)

    def delmal_by_code(self, code: str) -> Delmal | None:
        return next((d for d in self.delmal if d.code == code), None)

    def omrade_of(self, code: str) -> str:
        d = self.delmal_by_code(code)
        return d.omrade if d else ""

    def organisation(self, name: str) -> Organisation | None:
        return next((o for o in self.organisations if o.name == name), None)


class _Problems:
    """Collects problems while reading, so the user sees them all in one go."""

    def __init__(self) -> None:
        self.items: list[str] = []

    def add(self, text: str) -> None:
        self.items.append(text)

    def text(self, table: dict[str, Any], key: str, where: str, required: bool = True) -> str:
        value = table.get(key, "")
        if not isinstance(value, str):
            self.add(f"{where}: '{key}' må være tekst, ikke {type(value).__name__}")
            return ""
        if required and not value.strip():
            self.add(f"{where}: '{key}' mangler eller er tom")
        return value.strip()

    def year(self, table: dict[str, Any], key: str, where: str) -> int | None:
        value = table.get(key)
        if value is None:
            return None
        if not isinstance(value, int) or isinstance(value, bool) or not 1900 <= value <= 2100:
            self.add(f"{where}: '{key}' må være et årstall, ikke {value!r}")
            return None
        return value

    def texts(self, table: dict[str, Any], key: str, where: str) -> tuple[str, ...]:
        value = table.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.add(f"{where}: '{key}' må være en liste med tekster")
            return ()
        return tuple(v.strip() for v in value if v.strip())


def _table(data: dict[str, Any], key: str, problems: _Problems) -> dict[str, Any]:
    value = data.get(key, {})
    if not isinstance(value, dict):
        problems.add(f"'{key}' må være en tabell ([{key}])")
        return {}
    return value


def _tables(data: dict[str, Any], key: str, problems: _Problems) -> list[dict[str, Any]]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        problems.add(f"'{key}' må være en liste med tabeller ([[{key}]])")
        return []
    if not value:
        problems.add(f"ingen [[{key}]]-oppføringer")
    return value


def _unique(values: list[tuple[str, str]], what: str, problems: _Problems) -> None:
    """Report each folded value claimed by two different owners."""
    seen: dict[str, str] = {}
    for owner, value in values:
        key = fold(value)
        if key in seen and seen[key] != owner:
            problems.add(f"{what} '{value}' hører til både '{seen[key]}' og '{owner}'")
        seen.setdefault(key, owner)


def _read_toml(path: Path | None, default: str) -> tuple[str, str, Table]:
    """The file's label, its text, and its data with every table recording the keys read from it."""
    if path is None:
        text = resources.files(__package__).joinpath(default).read_text(encoding="utf-8")
        label = f"(built-in) {default}"
    else:
        label = str(path)
        try:
            text = Path(path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise CatalogueError(label, [f"kan ikke leses: {exc}"]) from exc
    try:
        return label, text, loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise CatalogueError(label, [f"er ikke gyldig TOML: {exc}"]) from exc


def _raise_problems(label: str, text: str, data: Table, default: str, p: _Problems) -> None:
    """Raise CatalogueError with every problem found, the keys no reader asked for among them."""
    problems = p.items + unknown_keys(data, text, default if label.startswith("(built-in)") else Path(label).name)
    if problems:
        raise CatalogueError(label, problems)


def load_vocabulary() -> Vocabulary:
    label, text, data = _read_toml(None, VOCABULARY)
    p = _Problems()
    raw_fields = _table(data, "fields", p)
    fields = {f: p.texts(raw_fields, f, "[fields]") for f in FIELDS}
    for f, names in fields.items():
        if not names:
            p.add(f"[fields]: ingen navn for feltet '{f}'")
    raw_labels = _table(data, "labels", p)  # optional: labels only prose reads ("Form:", "Med:")
    vocab = Vocabulary(
        fields=fields,
        labels={f: names for f in FIELDS if (names := p.texts(raw_labels, f, "[labels]"))},
        known_extra=p.texts(data, "known_extra", "vocabulary"),
        sum_rows=p.texts(data, "sum_rows", "vocabulary"),
        delmal_words=p.texts(data, "delmal_words", "vocabulary"),
        participation=p.texts(data, "participation", "vocabulary"),
        stopwords=frozenset(fold(w) for w in p.texts(data, "stopwords", "vocabulary")),
        name_headers=p.texts(data, "name_headers", "vocabulary"),
        partner_words=p.texts(data, "partner_words", "vocabulary"),
        closing_words=p.texts(data, "closing_words", "vocabulary"),
        delmal_links=p.texts(data, "delmal_links", "vocabulary"),
        versions={rank: p.texts(_table(data, "versions", p), rank, "[versions]") for rank in VERSION_RANKS},
        council_traps=p.texts(data, "council_traps", "vocabulary"),
        council_doubts=p.texts(data, "council_doubts", "vocabulary"),
        council_trap_doubts=p.texts(data, "council_trap_doubts", "vocabulary"),
        council_about=p.texts(data, "council_about", "vocabulary"),
        council_openers=p.texts(data, "council_openers", "vocabulary"),
        seat_links=p.texts(data, "seat_links", "vocabulary"),
        own_people_links=p.texts(data, "own_people_links", "vocabulary"),
        participation_idioms=p.texts(data, "participation_idioms", "vocabulary"),
        regions=p.texts(data, "regions", "vocabulary"),
        phase=p.texts(data, "phase", "vocabulary"),
        phase_news=p.texts(data, "phase_news", "vocabulary"),
        phase_doubtful=p.texts(data, "phase_doubtful", "vocabulary"),
        version_words=p.texts(data, "version_words", "vocabulary"),
        moved=p.texts(data, "moved", "vocabulary"),
        about_openers=p.texts(data, "about_openers", "vocabulary"),
        scheme_words=p.texts(data, "scheme_words", "vocabulary"),
        scheme_fillers=p.texts(data, "scheme_fillers", "vocabulary"),
        name_tails=p.texts(data, "name_tails", "vocabulary"),
        type_openers=p.texts(data, "type_openers", "vocabulary"),
        auxiliaries=p.texts(data, "auxiliaries", "vocabulary"),
        check_marks=p.texts(data, "check_marks", "vocabulary"),
        other_documents=p.texts(data, "other_documents", "vocabulary"),
        unanswered=p.texts(data, "unanswered", "vocabulary"),
    )
    _raise_problems(label, text, data, VOCABULARY, p)
    return vocab


def load_catalogue(path: Path | None = None) -> Catalogue:
    """Read a catalogue (the built-in one when path is None); raise CatalogueError listing every problem."""
    label, text, data = _read_toml(path, DEFAULT_CATALOGUE)
    p = _Problems()

    strategy_table = _table(data, "strategy", p)
    strategy = p.text(strategy_table, "name", "[strategy]")
    strategy_council = p.text(strategy_table, "council", "[strategy]", required=False)
    first, last = p.year(strategy_table, "fra_år", "[strategy]"), p.year(strategy_table, "til_år", "[strategy]")
    if (first is None) != (last is None) or (first and last and first > last):
        p.add("[strategy]: fra_år og til_år må stå sammen, og fra_år kan ikke være etter til_år")

    omrader = []
    for i, t in enumerate(_tables(data, "omrade", p), 1):
        where = f"omrade #{i}"
        omrader.append(Omrade(p.text(t, "id", where), p.text(t, "name", where), p.texts(t, "aliases", where)))
    omrade_ids = [o.id for o in omrader]
    for oid in {x for x in omrade_ids if omrade_ids.count(x) > 1}:
        p.add(f"område-id '{oid}' er brukt mer enn én gang")

    delmal = []
    for i, t in enumerate(_tables(data, "delmal", p), 1):
        where = f"delmal #{i} ({t.get('code', '?')})"
        d = Delmal(
            code=p.text(t, "code", where),
            omrade=p.text(t, "omrade", where),
            short=p.text(t, "short", where),
            text=p.text(t, "text", where),
            nynorsk=p.text(t, "nynorsk", where, required=False),
            short_nynorsk=p.text(t, "short_nynorsk", where, required=False),
        )
        if d.code and not _CODE.match(d.code):
            p.add(f"{where}: koden '{d.code}' er ikke på formen N.N")
        if d.omrade and d.omrade not in omrade_ids:
            p.add(f"{where}: omrade '{d.omrade}' er ikke blant [[omrade]]-id-ene {omrade_ids}")
        if d.code and d.omrade and not d.code.startswith(d.omrade + "."):
            p.add(f"{where}: koden '{d.code}' hører ikke under omrade '{d.omrade}'")
        delmal.append(d)
    codes = [d.code for d in delmal]
    for code in sorted({c for c in codes if codes.count(c) > 1}):
        p.add(f"delmål-koden '{code}' er brukt mer enn én gang")
    for o in omrader:
        if o.id and o.id not in {d.omrade for d in delmal}:
            p.add(f"område '{o.id}' har ingen delmål")

    types = []
    for i, t in enumerate(_tables(data, "type", p), 1):
        where = f"type #{i} ({t.get('name', '?')})"
        types.append(TiltakType(p.text(t, "name", where), p.texts(t, "synonyms", where), p.texts(t, "cues", where)))
    _unique([(t.name, s) for t in types for s in (t.name, *t.synonyms)], "typesynonymet", p)

    organisations = []
    for kind, is_member in (("member", True), ("organisation", False)):
        for i, t in enumerate(_tables(data, kind, p), 1):
            where = f"{kind} #{i} ({t.get('name', '?')})"
            organisations.append(
                Organisation(
                    name=p.text(t, "name", where),
                    aliases=p.texts(t, "aliases", where),
                    is_member=is_member,
                    kind=p.text(t, "kind", where, required=is_member),
                    member=p.text(t, "member", where, required=False),
                    file_aliases=p.texts(t, "file_aliases", where),
                    from_year=p.year(t, "fra_år", where),
                    to_year=p.year(t, "til_år", where),
                    role=p.text(t, "rolle", where, required=False) or "medlem",
                )
            )
            org = organisations[-1]
            if org.from_year and org.to_year and org.from_year > org.to_year:
                p.add(f"{where}: fra_år {org.from_year} er etter til_år {org.to_year}")
            if org.role not in ROLES:
                p.add(f"{where}: rolle '{org.role}' er ikke en av {', '.join(ROLES)}")
    member_names = {o.name for o in organisations if o.is_member}
    for org in organisations:
        if org.member and org.member not in member_names:
            p.add(f"organisasjon '{org.name}': member '{org.member}' er ikke et [[member]]")
    _unique([(o.name, a) for o in organisations for a in (o.name, *o.aliases)], "organisasjonsnavnet", p)

    councils = []
    org_names = {o.name for o in organisations}
    for i, t in enumerate(_tables(data, "council", p), 1):
        where = f"council #{i} ({t.get('id', '?')})"
        national, separate = t.get("national", False), t.get("separate_units", False)
        for key, value in (("national", national), ("separate_units", separate)):
            if not isinstance(value, bool):
                p.add(f"{where}: '{key}' må være true eller false")
        council = Council(p.text(t, "id", where), p.text(t, "name", where), p.texts(t, "aliases", where),
                          owner=p.text(t, "owner", where, required=False), units=p.texts(t, "units", where),
                          unit_prefixes=p.texts(t, "unit_prefixes", where), national=national is True,
                          other_bodies=p.texts(t, "other_bodies", where), separate_units=separate is True)
        if council.owner and council.owner not in org_names:
            p.add(f"{where}: owner '{council.owner}' er ikke et [[member]] eller en [[organisation]]")
        councils.append(council)
    _unique([(c.id, a) for c in councils for a in (c.name, *c.aliases, *c.units)], "rådsnavnet", p)

    _raise_problems(label, text, data, DEFAULT_CATALOGUE, p)
    return Catalogue(
        path=label,
        strategy=strategy,
        omrader=tuple(omrader),
        delmal=tuple(delmal),
        types=tuple(types),
        organisations=tuple(organisations),
        councils=tuple(councils),
        vocabulary=load_vocabulary(),
        council=strategy_council,
        period=(first, last) if first and last and first <= last else None,
    )
