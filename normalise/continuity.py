"""Which of last year's measures each of this year's continues: the dedup's rules, applied across years.

A measure continues one of last year's:
- when a member's reporting form links its row to last year's tiltak (the form says so: sure);
- when both are the same shared council's row (participation is one measure however worded: sure);
- when they share a reporting member, delmål and given type, nothing sets them apart (another phase,
  another region) and their wording is as alike as dedup wants for one measure from text alone (or from
  its joint-measure threshold where both name one programme): sure;
- otherwise, a pair nearly that alike is a possible continuation: no link, and a reviewer is asked.
Each of last year's tiltak continues in at most one of this year's (the best-scoring pair first).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Protocol, Sequence

from tiltak_core.records import Tiltak

from .catalogue import Catalogue
from .councils import CouncilMatcher
from .dedup import COUNCIL_DOUBT, NEAR_MISS, SHARED_NAME, similarity
from .names import MeasureNames
from .orgs import OrgMatcher
from .text import stems

FORM, COUNCIL, WORDING, REVIEWER = "skjema", "råd", "tekst", "kontrollør"  # how a link was made


class LastYearRow(Protocol):
    """What linking reads of one of last year's tiltak (pipeline.history.HistoryRow has it)."""

    @property
    def tiltak_id(self) -> str: ...
    @property
    def omrade(self) -> str: ...
    @property
    def delmal(self) -> str: ...
    @property
    def tiltak(self) -> str: ...
    @property
    def type(self) -> str: ...
    @property
    def rapportert_av(self) -> tuple[str, ...]: ...


@dataclass(frozen=True)
class Link:
    """A group of this year's rows and the tiltak of last year it continues (sure) or may continue (not sure)."""

    group: int  # index into the groups linked
    previous: str  # last year's tiltak_id
    score: float
    evidence: str
    sure: bool
    how: str  # FORM, COUNCIL or WORDING
    previous_text: str = ""


@dataclass(frozen=True)
class Continuity:
    """The links of one year's groups: at most one sure link and one possible one per group."""

    sure: dict[int, Link]
    possible: dict[int, Link]  # a candidate a reviewer should look at, for groups without a sure link
    conflicts: dict[int, str]  # why a form link needs looking at (rows linked to different tiltak, one taken twice)
    previous_ids: frozenset[str] = frozenset()  # last year's tiltak_ids
    known: bool = False  # last year's register is known: a group without a link is new


def council_of_rows(last_year: Sequence[LastYearRow], catalogue: Catalogue) -> dict[str, str]:
    """Last year's tiltak_id -> the shared council the row is participation in ('' if none)."""
    matcher = CouncilMatcher(catalogue)
    return {r.tiltak_id: matcher.participation(r.tiltak, r.type)[0] for r in last_year}


def _form_links(rows: list[Tiltak], groups: Sequence[Sequence[int]]) -> tuple[dict[int, Link], dict[int, str]]:
    """The links members' reporting forms give, per group; a group whose rows link to different tiltak of last
    year takes the most common (the first on a tie) and is flagged, as is a tiltak two groups link to."""
    links: dict[int, Link] = {}
    conflicts: dict[int, str] = {}
    holder: dict[str, int] = {}
    for g, group in enumerate(groups):
        given = Counter(rows[i].row.raw.forrige_tiltak_id for i in group if rows[i].row.raw.forrige_tiltak_id)
        if not given:
            continue
        previous = max(given, key=lambda p: (given[p], -list(given).index(p)))
        kilder = [rows[i].kilde for i in group if rows[i].row.raw.forrige_tiltak_id == previous]
        links[g] = Link(g, previous, 1.0, f"skjemaet kobler {kilder[0]} til {previous}", True, FORM)
        if len(given) > 1:
            conflicts[g] = f"radene er i skjemaene koblet til ulike av fjorårets tiltak: {', '.join(sorted(given))}"
        if previous in holder:
            conflicts[g] = f"{previous} er i skjemaene også koblet til et annet av årets tiltak"
            conflicts.setdefault(holder[previous], conflicts[g])
        holder.setdefault(previous, g)
    return links, conflicts


class _Matcher:
    """Scores one of this year's groups against one of last year's tiltak."""

    def __init__(self, orgs: OrgMatcher, stop: frozenset[str], threshold: float, text_only: float) -> None:
        self.stop = stop | orgs.name_words
        self.names = MeasureNames(orgs.catalogue)
        self.threshold, self.text_only = threshold, text_only
        self._stems: dict[str, tuple[str, frozenset[str]]] = {}

    def stems(self, text: str) -> tuple[str, frozenset[str]]:
        """A text's stems, joined for the fuzzy ratio and as a set for pairing: once per text."""
        if text not in self._stems:
            own = stems(text, self.stop)
            self._stems[text] = (" ".join(own), frozenset(own))
        return self._stems[text]

    def score(self, rows: list[Tiltak], last: LastYearRow) -> tuple[float, str, bool, bool]:
        """(score, evidence, sure, same member) of the best row of the group against last year's row; rows that
        share no word with it score nothing (as dedup pairs only rows that share one)."""
        best: tuple[float, str, bool, bool] = (0.0, "", False, False)
        last_stems, last_set = self.stems(last.tiltak)
        for t in rows:
            own, own_set = self.stems(t.text)
            if not own_set & last_set:
                continue
            sim = similarity(own, last_stems)
            mine, theirs = self.names.profile(t.text, t.member), self.names.profile(last.tiltak, t.member)
            name = MeasureNames.shared(mine, theirs)
            score = round(min(1.0, sim + (SHARED_NAME if name else 0.0)), 3)
            evidence = [f"tekstlikhet {sim:.2f}"] + ([f"begge nevner «{name}»"] if name else [])
            doubts = []
            same_member = t.member in last.rapportert_av
            if not same_member:
                doubts.append(f"rapportert av {', '.join(last.rapportert_av) or 'ukjent'} i fjor")
            if t.delmal.value and last.delmal and t.delmal.value != last.delmal:
                doubts.append(f"delmål {last.delmal} i fjor")
            if t.type.value and not t.type.inferred and last.type and t.type.value != last.type:
                doubts.append(f"typen var {last.type} i fjor")
            apart, _ = MeasureNames.apart(mine, theirs)
            if apart:
                doubts.append(apart)
            # A programme named both years is not enough: a member's white paper and its evaluation name one reform.
            sure = not doubts and sim >= (self.threshold if name else self.text_only)
            text = "; ".join(evidence) + (f"; men {'; '.join(doubts)}" if doubts else "")
            if (score, sure) > (best[0], best[2]):
                best = (score, text, sure, same_member)
        return best


def link_years(rows: list[Tiltak], groups: Sequence[Sequence[int]], last_year: Sequence[LastYearRow] | None,
               orgs: OrgMatcher, stop: frozenset[str], threshold: float, text_only: float,
               near_miss: float = NEAR_MISS, near_miss_text: float = NEAR_MISS, complete: bool = True) -> Continuity:
    """Each group's link to last year's tiltak (None: not known; not `complete`: only part of the year, so a
    group without a link is not known to be new): forms' links first, then shared councils, then wording. A pair
    not sure is a possible link from `near_miss` when one member reported both, from `near_miss_text` otherwise."""
    known = last_year is not None and complete
    last_year = last_year or ()
    sure, conflicts = _form_links(rows, groups)
    by_id = {r.tiltak_id: r for r in last_year}
    for link in sure.values():
        if link.previous in by_id:
            sure[link.group] = Link(link.group, link.previous, link.score, link.evidence, True, FORM,
                                    by_id[link.previous].tiltak)
    taken = {link.previous for link in sure.values()}
    councils = council_of_rows(last_year, orgs.catalogue)
    council_rows = {c: r for r, c in reversed(list(councils.items())) if c}
    matcher = _Matcher(orgs, stop, threshold, text_only)

    candidates: list[Link] = []
    for g, group in enumerate(groups):
        if g in sure:
            continue
        members = [rows[i] for i in group]
        council = {t.council for t in members if t.council}
        if len(council) == 1 and council_rows.get(next(iter(council))):
            cid = next(iter(council))
            previous = council_rows[cid]
            candidates.append(Link(g, previous, 1.0, f"deltakelse i {cid} begge år", True, COUNCIL,
                                   by_id[previous].tiltak))
            continue
        if council:
            continue  # a council's row continues only that council's row
        doubt = next((t for t in members if t.council_doubt and council_rows.get(t.council_named)), None)
        if doubt is not None:
            # Names a council, and the words do not settle whether it takes part: it may be last year's council row.
            previous = council_rows[doubt.council_named]
            candidates.append(Link(g, previous, COUNCIL_DOUBT, doubt.council_evidence, False, COUNCIL,
                                   by_id[previous].tiltak))
        for last in last_year:
            if councils[last.tiltak_id]:
                continue
            score, evidence, is_sure, same_member = matcher.score(members, last)
            if is_sure or score >= (near_miss if same_member else near_miss_text):
                candidates.append(Link(g, last.tiltak_id, score, evidence, is_sure, WORDING, last.tiltak))

    possible: dict[int, Link] = {}
    # Sure pairs first, best first; one of last year's tiltak continues in one of this year's at most.
    for link in sorted(candidates, key=lambda c: (not c.sure, -c.score, c.group, c.previous)):
        if link.group in sure:
            continue
        if link.sure and link.previous not in taken:
            sure[link.group] = link
            taken.add(link.previous)
            continue
        if link.group not in possible:
            why = "; men det er koblet til et annet av årets tiltak" if link.previous in taken else ""
            possible[link.group] = Link(link.group, link.previous, link.score, link.evidence + why, False, link.how,
                                        link.previous_text)
    possible = {g: p for g, p in possible.items() if g not in sure}
    return Continuity(sure, possible, conflicts, frozenset(by_id), known)
