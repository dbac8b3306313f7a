"""Reviewers' decisions (read from an edited review.xlsx by decisions_file), applied to the clusters and the register.

Decisions are keyed by stable ids (tiltak_id for a register row, the row key for a source row), so
they survive re-runs and new reports. One that matches nothing is reported, never dropped silently.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Sequence

from normalise.catalogue import Catalogue
from normalise.dedup import Clusters

from tiltak_core.records import Match, Merge, RegisterEntry, Tiltak
from .continuation import POSSIBLE_CONTINUATION, status_of
from .register import possible_duplicate_reason, tiltak_id

# The workbook's sheets and the headers decisions are read from (review_xlsx writes them).
ENTRY_SHEET, ROW_SHEET, PAIR_SHEET = "Tiltak", "Kilderader", "Mulige duplikater"
ID, KEYS, DELMAL, TYPE, MERGE, REVIEWED, COMMENT = (
    "Tiltak-ID", "Radnøkler", "Delmål (rettet)", "Type (rettet)", "Slå sammen med", "Kontrollert", "Kommentar",
)
WORDING, ANSVARLIG = "Tiltak (rettet)", "Ansvarlig (rettet)"
FORRIGE = "Forrige tiltak-ID (rettet)"  # last year's tiltak it continues, or NO_LINK
NO_LINK = "ny"
ROW_KEY, KILDE, SPLIT, MOVE = "Radnøkkel", "Kilde", "Skill ut", "Flytt til tiltak-ID"
OTHER_ID, OTHER_KEYS, DECISION = "Mulig samme som", "Radnøkler (kandidat)", "Beslutning"
ENTRY_HEADERS = (ID, KEYS, DELMAL, TYPE, MERGE, REVIEWED, COMMENT)
ENTRY_OPTIONAL = (WORDING, ANSVARLIG, FORRIGE)  # added later: a workbook of an earlier version has no such column
ROW_HEADERS = (ROW_KEY, KILDE, SPLIT, MOVE, COMMENT)
PAIR_HEADERS = (ID, KEYS, OTHER_ID, OTHER_KEYS, DECISION, COMMENT)
YES, NO = "ja", "nei"
MERGE_PAIR, KEEP_APART = "slå sammen", "hold adskilt"
BY_REVIEWER = "rettet av kontrollør"


@dataclass(frozen=True)
class EntryDecision:
    cell: str  # where it stands, for messages ("Tiltak!A7")
    tiltak_id: str
    row_keys: tuple[str, ...]
    delmal: str = ""
    type: str = ""
    merge_into: str = ""
    reviewed: bool = False
    comment: str = ""
    wording: str = ""  # the register's tiltak text, as the reviewer writes it
    ansvarlig: tuple[str, ...] = ()
    forrige: str = ""  # last year's tiltak_id it continues, or NO_LINK: a new tiltak


@dataclass(frozen=True)
class PairDecision:
    """A reviewer's answer to a possible duplicate: merge the two tiltak, or keep them apart."""

    cell: str
    tiltak_id: str
    row_keys: tuple[str, ...]
    other_id: str
    other_keys: tuple[str, ...]
    merge: bool
    comment: str = ""


@dataclass(frozen=True)
class RowDecision:
    cell: str
    row_key: str
    kilde: str
    split: bool = False
    move_to: str = ""
    comment: str = ""


@dataclass(frozen=True)
class Decisions:
    path: str
    entries: tuple[EntryDecision, ...] = ()
    rows: tuple[RowDecision, ...] = ()
    pairs: tuple[PairDecision, ...] = ()


@dataclass(frozen=True)
class Outcome:
    """What became of the decisions in this run."""

    applied: tuple[str, ...] = ()
    stale: tuple[str, ...] = ()


# ---------------------------------------------------------------------------------------- applying
def _most_keys(groups: list[list[Tiltak]], keys: tuple[str, ...]) -> int | None:
    """The group holding most of a decision's row keys (first such group on a tie); None if none."""
    counts = [sum(t.key in keys for t in g) for g in groups]
    best = max(counts, default=0)
    return counts.index(best) if best else None


def _split_id(row: Tiltak, ids: list[str]) -> str:
    """A split-out row's id: from its own key, unless that names a tiltak already (the row whose key named the
    tiltak it leaves): then one only it can have, so no decision on that tiltak follows the row."""
    own = tiltak_id([row], by_council=False)
    return own if own not in ids else tiltak_id([replace(row, key=f"skilt ut:{row.key}")], by_council=False)


def _find_group(groups: list[list[int]], ids: list[str], rows: list[Tiltak], tid: str, keys: tuple[str, ...]) -> int | None:
    """The group a decision means: by its tiltak_id, else the group holding most of its row keys."""
    if tid in ids and groups[ids.index(tid)]:
        return ids.index(tid)
    return _most_keys([[rows[i] for i in g] for g in groups], keys)


def restructure(rows: list[Tiltak], clusters: Clusters, decisions: Decisions,
                known: Sequence[str] = ()) -> tuple[Clusters, dict[int, str], Outcome]:
    """Splits, moves and merges the reviewers asked for; ids of changed groups stay as reviewers know them
    (`known`: each group's id in the register they saw, where it is not the group's own, e.g. kept from last year)."""
    groups = [list(g) for g in clusters.groups]
    ids = list(known) or [tiltak_id([rows[i] for i in g]) for g in groups]
    applied, stale = [], []

    for d in decisions.rows:
        members = [i for i, t in enumerate(rows) if t.key == d.row_key]
        if not members:
            stale.append(f"{d.cell}: radnøkkel {d.row_key} ({d.kilde}) finnes ikke lenger")
            continue
        target = None
        if d.move_to:
            target = ids.index(d.move_to) if d.move_to in ids else None
            if target is None:
                stale.append(f"{d.cell}: «flytt til» {d.move_to} finnes ikke lenger")
                continue
        for i in members:
            g = next(n for n, grp in enumerate(groups) if i in grp)
            if target is None and len(groups[g]) == 1:
                continue  # already on its own
            groups[g].remove(i)
            if target is None:
                groups.append([i])
                ids.append(_split_id(rows[i], ids))
            else:
                groups[target].append(i)
        applied.append(f"{d.cell}: {d.kilde} {'skilt ut' if d.split else f'flyttet til {d.move_to}'}")

    # "Slå sammen med" on a tiltak, and «slå sammen» on a possible duplicate: the first into the second.
    wanted: list[tuple[str, str, tuple[str, ...], str, tuple[str, ...]]] = [
        (d.cell, d.tiltak_id, d.row_keys, d.merge_into, ()) for d in decisions.entries if d.merge_into]
    wanted += [(d.cell, d.tiltak_id, d.row_keys, d.other_id, d.other_keys) for d in decisions.pairs if d.merge]
    joined = []
    for cell, tid, keys, into, into_keys in wanted:
        source = _find_group(groups, ids, rows, tid, keys)
        target = _find_group(groups, ids, rows, into, into_keys) if into_keys else (
            ids.index(into) if into in ids else None)
        if source is None or target is None:
            missing = tid if source is None else into
            stale.append(f"{cell}: sammenslåing av {tid} med {into}: {missing} finnes ikke lenger")
            continue
        if source != target:
            groups[target].extend(groups[source])
            groups[source] = []
            applied.append(f"{cell}: {tid} slått sammen med {into}")
        joined.append(ids[target])

    kept = [(sorted(g), tid) for g, tid in zip(groups, ids) if g]
    where = {i: n for n, (g, _) in enumerate(kept) for i in g}
    merges = [(i, j, m) for i, j, m in clusters.merges if where[i] == where[j]]
    for members, tid in kept:
        if tid in joined:
            first, last = members[0], members[-1]
            merges.append((first, last, Merge(rows[first].kilde, rows[last].kilde, 1.0, BY_REVIEWER)))
    # A group a decision changed keeps the id reviewers know it by.
    ids_out = {g[0]: tid for g, tid in kept if tiltak_id([rows[i] for i in g]) != tid}
    new = Clusters(groups=tuple(tuple(g) for g, _ in sorted(kept)), merges=tuple(merges), near_misses=clusters.near_misses)
    return new, ids_out, Outcome(tuple(applied), tuple(stale))


def _locate(entries: list[RegisterEntry], by_id: dict[str, int], tid: str, keys: tuple[str, ...]) -> int | None:
    """The entry a decision names: by its id, else (a report added a row, so the id changed) by its rows."""
    n = by_id.get(tid)
    return n if n is not None else _most_keys([list(e.rows) for e in entries], keys)


def match_entries(register: Sequence[RegisterEntry], decisions: Decisions) -> tuple[dict[int, EntryDecision], list[EntryDecision]]:
    """The register entry each entry decision means, at most one decision per entry: by its tiltak_id, else (a
    tiltak that got a new id when a report added a row to it) the entry holding most of its rows. A merged-away
    tiltak's decision is not looked for: its rows stand in another tiltak now. Returns the matches and the rest."""
    by_id = {e.tiltak_id: n for n, e in enumerate(register)}
    matched: dict[int, EntryDecision] = {}
    left = []
    for d in decisions.entries:
        n = by_id.get(d.tiltak_id)
        if n is not None and n not in matched:
            matched[n] = d
        else:
            left.append(d)
    unmatched = []
    for d in left:
        free = [list(e.rows) if n not in matched else [] for n, e in enumerate(register)]
        n = None if d.merge_into or d.tiltak_id in by_id else _most_keys(free, d.row_keys)
        if n is None:
            unmatched.append(d)
        else:
            matched[n] = d
    return matched, unmatched


def _unseen_rows(entry: RegisterEntry, d: EntryDecision) -> list[str]:
    """The entry's source rows the reviewer did not have before them (rows that joined it since)."""
    if not d.row_keys:
        return []
    return [t.kilde for t in entry.rows if t.key not in d.row_keys]


def _gives(d: EntryDecision) -> bool:
    return bool(d.delmal or d.type or d.reviewed or d.comment or d.wording or d.ansvarlig or d.forrige)


def correct(register: list[RegisterEntry], decisions: Decisions, catalogue: Catalogue,
            last_year: frozenset[str] = frozenset(), known: bool = False) -> tuple[list[RegisterEntry], Outcome]:
    """Delmål, type, wording, ansvarlig and last year's link corrections, reviewed marks and comments, on the entries
    they name (`last_year`: the tiltak_ids a link may name). A correction settles the doubts about its field;
    'Kontrollert' settles the rest, for the rows the reviewer saw only. Possible duplicates a reviewer kept apart
    lose that doubt."""
    by_id = {e.tiltak_id: n for n, e in enumerate(register)}
    matched, unmatched = match_entries(register, decisions)
    out = list(register)
    applied = []
    stale = [f"{d.cell}: {d.tiltak_id} finnes ikke lenger" for d in unmatched
             if not d.merge_into and _gives(d)]
    order = {d.cell: k for k, d in enumerate(decisions.entries)}
    for n, d in sorted(matched.items(), key=lambda m: order[m[1].cell]):
        if not _gives(d):
            continue
        e = out[n]
        if d.tiltak_id != e.tiltak_id:
            applied.append(f"{d.cell}: {d.tiltak_id} funnet igjen som {e.tiltak_id}")
        reasons = list(e.review_reasons)
        changes: dict = {}
        if d.delmal:
            changes.update(delmal=d.delmal, omrade=catalogue.omrade_of(d.delmal),
                           delmal_match=Match(d.delmal, 1.0, evidence=BY_REVIEWER))
            reasons = [r for r in reasons if "delmål" not in r]
        if d.type:
            changes.update(type=d.type, type_match=Match(d.type, 1.0, evidence=BY_REVIEWER))
            reasons = [r for r in reasons if "type" not in r]
        if d.wording:
            changes.update(tiltak=d.wording)
        if d.ansvarlig:
            changes.update(ansvarlig=d.ansvarlig,
                           samarbeidspartnere=tuple(p for p in e.samarbeidspartnere if p not in d.ansvarlig))
        if d.forrige and d.forrige != NO_LINK and d.forrige not in last_year:
            stale.append(f"{d.cell}: {d.forrige} står ikke i fjorårets register; koblingen er ikke endret")
        elif d.forrige:
            link = "" if d.forrige == NO_LINK else d.forrige
            changes.update(forrige_tiltak_id=link, link_evidence=BY_REVIEWER if link else "",
                           status=status_of(e, bool(link), known))
            reasons = [r for r in reasons if not r.startswith(POSSIBLE_CONTINUATION)]
        unseen = _unseen_rows(e, d)
        if d.reviewed and unseen:
            reasons.append(f"kontrollert før disse kilderadene kom til: {', '.join(unseen)}")
        reviewed = (d.reviewed and not unseen) or e.reviewed
        changes.update(review_reasons=tuple(reasons), needs_review=bool(reasons) and not reviewed, reviewed=reviewed)
        if d.comment:
            changes.update(comment=d.comment)
        out[n] = replace(e, **changes)
        applied.append(f"{d.cell}: {e.tiltak_id} rettet")
    for pair in decisions.pairs:
        if pair.merge:
            continue  # applied when the clusters were restructured
        a, b = _locate(out, by_id, pair.tiltak_id, pair.row_keys), _locate(out, by_id, pair.other_id, pair.other_keys)
        if a is None or b is None or a == b:
            stale.append(f"{pair.cell}: {pair.tiltak_id} og {pair.other_id} finnes ikke lenger som to tiltak")
            continue
        for this, other in ((a, out[b].tiltak_id), (b, out[a].tiltak_id)):
            e = out[this]
            remaining = tuple(r for r in e.review_reasons if not r.startswith(possible_duplicate_reason(other) + " "))
            out[this] = replace(e, review_reasons=remaining, needs_review=bool(remaining) and not e.reviewed)
        applied.append(f"{pair.cell}: {pair.tiltak_id} og {pair.other_id} holdt adskilt")
    return out, Outcome(tuple(applied), tuple(stale))
