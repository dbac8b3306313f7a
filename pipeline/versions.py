"""One member, several reports in the inbox: versions of one report, of which the newest counts, or
genuinely different reports (two departments), which all count.

Two reports of one member are versions of one report when their file names or titles are the same but
for version marks ("v2", "revidert", "endelig", a date), or when they share most of their tiltak. The
newest of a set replaces the others: a later version mark, then a later date in the name, then a later
date in the document's own properties. An older version gets the outcome «erstattet av …» and none of its
rows are counted; a set whose newest cannot be told is kept whole and flagged.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime
from pathlib import PurePath
from typing import Callable

from rapidfuzz import fuzz

from normalise.vocabulary import VERSION_RANKS, Vocabulary
from normalise.text import fold
from tiltak_core.outcomes import FileOutcome
from tiltak_core.years import RUN_YEAR
from tiltak_core.records import Document

from .extract import DUPLICATE, REJECTED, SUPERSEDED, DocumentResult
from .work import Processed

SAME_TILTAK = 85  # rapidfuzz token-set ratio at which two reports' tiltak texts are the same tiltak
SHARED = 0.5  # of the smaller report's tiltak that must stand in the other for both to be one report
_SPLIT = re.compile(r"[\s_\-.,()]+")
_NUMBERED = re.compile(r"^(?:v|ver|versjon|version|rev)(\d{1,2})(?:p\d{1,2})?$")
# «v0.3»: one version mark, which the split at the full stop would part in two.
_MINOR = re.compile(r"(?<![a-z0-9])(v|ver|versjon|version|rev)(\d{1,2})[.,](\d{1,2})(?![0-9])")
# «07_Virke_rapport»: the number a secretariat sorts its inbox by is no part of the report's name.
_ORDINAL = re.compile(r"^\d{1,3}$")
_DATE_IN_NAME = re.compile(rf"(?<!\d)({RUN_YEAR})[-_.]?([01]\d)[-_.]?([0-3]\d)(?!\d)|(?<!\d)([0-3]\d)[-_.]([01]\d)[-_.]({RUN_YEAR})(?!\d)")

_DENIED = frozenset({"ikke", "ikkje", "not", "ennå", "enno"})
# draft, revised, final (VERSION_RANKS) against 1 for a report with no mark.
_RANK_OF_MARK = (0, 2, 3)

Dated = Callable[[Document], "datetime | None"]


class _Marks:
    """Version marks in names and titles, from the vocabulary."""

    def __init__(self, vocabulary: Vocabulary) -> None:
        self.rank = {fold(w): VERSION_RANKS.index(r) for r in VERSION_RANKS for w in vocabulary.versions.get(r, ())}
        self.phrases = sorted((w for w in self.rank if " " in w), key=len, reverse=True)

    def tokens(self, text: str) -> list[str]:
        text = fold(text)
        for phrase in self.phrases:
            text = text.replace(phrase, phrase.replace(" ", "~"))
        text = _MINOR.sub(r"\1\2p\3", _DATE_IN_NAME.sub(" ", text))
        return [t.replace("~", " ") for t in _SPLIT.split(text) if t]

    def stem(self, text: str) -> str:
        """The text without its version marks: what two versions of one report have in common."""
        tokens = self.tokens(text)
        if len(tokens) > 1 and _ORDINAL.match(tokens[0]):
            tokens = tokens[1:]
        return " ".join(t for t in tokens if t not in self.rank and not _NUMBERED.match(t) and t != "kopi")

    def version(self, name: str, title: str) -> tuple[int, int, tuple[int, ...]]:
        """(rank of the mark, version number, date in the name) of a report; unmarked ranks after a draft."""
        tokens = self.tokens(name) + self.tokens(title)
        # «UTKAST – ikke ferdig behandlet»: a mark denied is no mark.
        ranks = [self.rank[t] for before, t in zip(["", *tokens], tokens) if t in self.rank and before not in _DENIED]
        numbers = [int(m.group(1)) for t in tokens if (m := _NUMBERED.match(t))]
        dates = []
        for m in _DATE_IN_NAME.finditer(fold(name)):
            y, mo, d = (m.group(1), m.group(2), m.group(3)) if m.group(1) else (m.group(6), m.group(5), m.group(4))
            dates.append((int(y), int(mo), int(d)))
        # No mark: a plain report, newer than a draft, older than one marked revised or final.
        rank = _RANK_OF_MARK[max(ranks)] if ranks else 1
        return rank, max(numbers, default=1), max(dates, default=())


def _texts(result: DocumentResult) -> list[str]:
    return [fold(r.raw.get("tiltak")) for r in result.rows]


def _shared(a: DocumentResult, b: DocumentResult) -> float:
    ta, tb = _texts(a), _texts(b)
    if not ta or not tb:
        return 0.0
    small, large = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    same = sum(1 for t in small if any(fuzz.token_set_ratio(t, u) >= SAME_TILTAK for u in large))
    return same / len(small)


def _one_report(a: DocumentResult, b: DocumentResult, marks: _Marks) -> bool:
    stem_a, stem_b = marks.stem(PurePath(a.document.source_file).stem), marks.stem(PurePath(b.document.source_file).stem)
    if stem_a and stem_a == stem_b:
        return True
    if a.title and marks.stem(a.title) and marks.stem(a.title) == marks.stem(b.title):
        return _shared(a, b) > 0 or not (a.rows and b.rows)
    return _shared(a, b) >= SHARED


def _groups(indices: list[int], same: Callable[[int, int], bool]) -> list[list[int]]:
    """Connected sets of reports that are versions of one another."""
    parent = {i: i for i in indices}

    def root(i: int) -> int:
        while parent[i] != i:
            i = parent[i]
        return i

    for k, i in enumerate(indices):
        for j in indices[k + 1 :]:
            if root(i) != root(j) and same(i, j):
                parent[root(j)] = root(i)
    out: dict[int, list[int]] = {}
    for i in indices:
        out.setdefault(root(i), []).append(i)
    return list(out.values())


def settle_versions(processed: list[Processed], vocabulary: Vocabulary, dated: Dated) -> list[Processed]:
    """Each member's reports: older versions replaced by the newest; different reports kept, with a note."""
    marks = _Marks(vocabulary)
    by_member: dict[str, list[int]] = {}
    for n, p in enumerate(processed):
        r = p.result
        if r.member and r.outcome not in (REJECTED, DUPLICATE, SUPERSEDED, FileOutcome.COVER_LETTER):
            by_member.setdefault(r.member, []).append(n)
    out = list(processed)
    for member, indices in by_member.items():
        if len(indices) < 2:
            continue
        results = {n: processed[n].result for n in indices}
        # _groups calls it before the loop moves on, so the loop's results are the ones meant.
        groups = _groups(indices, lambda i, j: _one_report(results[i], results[j], marks))  # noqa: B023
        for group in groups:
            if len(group) > 1:
                _supersede(out, group, results, marks, dated)
        if len(groups) > 1:
            for group in groups:
                n = group[-1] if len(group) == 1 else _newest_of(out, group)
                note = f"én av {len(groups)} ulike rapporter fra {member}; alle er tatt med"
                out[n] = replace(out[n], result=replace(out[n].result, version_note=note))
    return out


def _newest_of(out: list[Processed], group: list[int]) -> int:
    return next(n for n in group if out[n].result.outcome != SUPERSEDED)


def _supersede(out: list[Processed], group: list[int], results: dict[int, DocumentResult], marks: _Marks,
               dated: Dated) -> None:
    keys = {n: (*marks.version(results[n].document.source_file, results[n].title),
                dated(results[n].document) or datetime.min) for n in group}
    ranked = sorted(group, key=lambda n: keys[n], reverse=True)
    newest = ranked[0]
    names = ", ".join(results[n].document.source_file for n in group)
    if keys[ranked[0]] == keys[ranked[1]]:
        # Nothing tells which is newer: both stay, and the reviewers are asked.
        for n in group:
            warning = (f"{results[n].document.source_file}: ser ut som en av flere versjoner av samme rapport "
                       f"({names}), men det går ikke fram hvilken som er nyest; alle er tatt med, fjern de gamle")
            out[n] = replace(out[n], result=replace(results[n], warnings=results[n].warnings + (warning,)))
        return
    newer = results[newest].document.source_file
    for n in ranked[1:]:
        old = replace(results[n], outcome=SUPERSEDED, superseded_by=newer, rows=(), ended=())
        out[n] = Processed(old, (), out[n].cached)
    replaced = ", ".join(results[n].document.source_file for n in ranked[1:])
    out[newest] = replace(out[newest], result=replace(results[newest], version_note=f"erstatter {replaced}"))
