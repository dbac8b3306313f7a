"""Loads and validates the strategy catalogue and the report vocabulary; lists every problem at once."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .data_file import Problems, check_unique, raise_problems, read_table, read_tables, read_toml
from .vocabulary import Vocabulary, load_vocabulary

DEFAULT_CATALOGUE = "catalogue.toml"
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
    members_words: tuple[str, ...] = ()  # how members name it in their own words («fag- og yrkesopplæring»): meaning only

    @property
    def wordings(self) -> tuple[str, ...]:
        """Every way the catalogue words it: text, Nynorsk text, short name, Nynorsk short name."""
        return tuple(v for v in (self.text, self.nynorsk, self.short, self.short_nynorsk) if v)


@dataclass(frozen=True)
class TiltakType:
    name: str
    synonyms: tuple[str, ...]
    cues: tuple[str, ...]
    english: tuple[str, ...] = ()  # the type's words in English: given types only, nothing the type model learns


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
    county_bodies: tuple[str, ...] = ()  # names of the body each county has of its own (a county's Y-nemnd)
    # Words that together describe it without its name («utvalget som sammenstiller kunnskap om Norges
    # kompetansebehov»): each entry's stems, space-separated, «$» closing one that ends its word (inflected).
    described_by: tuple[str, ...] = ()


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


def load_catalogue(path: Path | None = None) -> Catalogue:
    """Read a catalogue (the built-in one when path is None); raise CatalogueError listing every problem."""
    label, text, data = read_toml(path, DEFAULT_CATALOGUE)
    p = Problems()

    strategy_table = read_table(data, "strategy", p)
    strategy = p.text(strategy_table, "name", "[strategy]")
    strategy_council = p.text(strategy_table, "council", "[strategy]", required=False)
    first, last = p.year(strategy_table, "fra_år", "[strategy]"), p.year(strategy_table, "til_år", "[strategy]")
    if (first is None) != (last is None) or (first and last and first > last):
        p.add("[strategy]: fra_år og til_år må stå sammen, og fra_år kan ikke være etter til_år")

    omrader = []
    for i, t in enumerate(read_tables(data, "omrade", p), 1):
        where = f"omrade #{i}"
        omrader.append(Omrade(p.text(t, "id", where), p.text(t, "name", where), p.texts(t, "aliases", where)))
    omrade_ids = [o.id for o in omrader]
    for oid in {x for x in omrade_ids if omrade_ids.count(x) > 1}:
        p.add(f"område-id '{oid}' er brukt mer enn én gang")

    delmal = []
    for i, t in enumerate(read_tables(data, "delmal", p), 1):
        where = f"delmal #{i} ({t.get('code', '?')})"
        d = Delmal(
            code=p.text(t, "code", where),
            omrade=p.text(t, "omrade", where),
            short=p.text(t, "short", where),
            text=p.text(t, "text", where),
            nynorsk=p.text(t, "nynorsk", where, required=False),
            short_nynorsk=p.text(t, "short_nynorsk", where, required=False),
            members_words=p.texts(t, "members_words", where),
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
    for i, t in enumerate(read_tables(data, "type", p), 1):
        where = f"type #{i} ({t.get('name', '?')})"
        types.append(TiltakType(p.text(t, "name", where), p.texts(t, "synonyms", where), p.texts(t, "cues", where),
                                p.texts(t, "english", where)))
    check_unique([(t.name, s) for t in types for s in (t.name, *t.synonyms, *t.english)], "typesynonymet", p)

    organisations = []
    for kind, is_member in (("member", True), ("organisation", False)):
        for i, t in enumerate(read_tables(data, kind, p), 1):
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
    check_unique([(o.name, a) for o in organisations for a in (o.name, *o.aliases)], "organisasjonsnavnet", p)

    councils = []
    org_names = {o.name for o in organisations}
    for i, t in enumerate(read_tables(data, "council", p), 1):
        where = f"council #{i} ({t.get('id', '?')})"
        national, separate = t.get("national", False), t.get("separate_units", False)
        for key, value in (("national", national), ("separate_units", separate)):
            if not isinstance(value, bool):
                p.add(f"{where}: '{key}' må være true eller false")
        council = Council(p.text(t, "id", where), p.text(t, "name", where), p.texts(t, "aliases", where),
                          owner=p.text(t, "owner", where, required=False), units=p.texts(t, "units", where),
                          unit_prefixes=p.texts(t, "unit_prefixes", where), national=national is True,
                          other_bodies=p.texts(t, "other_bodies", where), separate_units=separate is True,
                          county_bodies=p.texts(t, "county_bodies", where),
                          described_by=p.texts(t, "described_by", where))
        if council.owner and council.owner not in org_names:
            p.add(f"{where}: owner '{council.owner}' er ikke et [[member]] eller en [[organisation]]")
        councils.append(council)
    check_unique([(c.id, a) for c in councils for a in (c.name, *c.aliases, *c.units)], "rådsnavnet", p)

    raise_problems(label, text, data, DEFAULT_CATALOGUE, p)
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
