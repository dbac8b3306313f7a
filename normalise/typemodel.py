"""A small naive Bayes model of a tiltak's type from its own words, trained when it is built.

Training data: typed example tiltak kept in the repo (normalise/data/type_examples.csv, the seed's
matrix) and the catalogue's type synonyms and cue words, each a one-word example of its type.
Features: word stems, compound heads, and which type's cue words stand in the text and at its start
(the first words name the activity: "Seminar om ...", "Forskningsrapport ..."). Nothing is
downloaded; the model is rebuilt from these files in milliseconds.
"""

from __future__ import annotations

import csv
import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Iterable

from .catalogue import Catalogue
from .text import fold, stem, words

EXAMPLES = "data/type_examples.csv"
LEAD_WORDS = 2  # content words that count as the text's opening
MAX_SUBJECT_WORDS = 3  # a subject before its verb ("Parat og Delta har ...") is at most this long
CUE_WEIGHT = 2  # a cue word stands for several ordinary words
LEAD_WEIGHT = 3  # and one that opens the text for several more
SMOOTHING = 0.5
_SUFFIXES = (5, 6, 7)  # compound heads: "forskningsrapport" shares "rapport" with "rapport"
_ENDINGS = ("ene", "ane", "ar", "er", "en", "et", "a", "e", "n", "r", "s")
_SERIES = ("serie", "serien", "rekke", "rekka", "rekkje", "runde", "runden")
# A title before a colon or a dash, a few words long: what follows it says what the measure is.
_TITLE = re.compile(r"^[^:–]{3,60}?(?::|\s[–-])\s")
_QUOTED = re.compile(r"[«\"“”].{3,}?[»\"“”]")  # a quoted title: a report's or an event's name


@dataclass(frozen=True)
class Guess:
    type: str
    probability: float
    runner_up: str
    runner_up_probability: float
    lead_cue: str  # the type a cue word at the text's start names ("" if none)
    cue_words: tuple[str, ...]  # the cue words behind the guess


def read_examples(text: str | None = None) -> list[tuple[str, str]]:
    """(tiltak, type) pairs from the examples file (the packaged one when text is None)."""
    if text is None:
        text = resources.files(__package__).joinpath(EXAMPLES).read_text(encoding="utf-8")
    return [(r["tiltak"], r["type"]) for r in csv.DictReader(text.splitlines()) if r.get("tiltak") and r.get("type")]


class CueIndex:
    """Which type a word is a cue for: the word itself (inflected), or a compound whose head is a cue."""

    def __init__(self, catalogue: Catalogue) -> None:
        # A cache of its own, which goes with the instance (one on the method would keep every instance alive).
        self.type_of = lru_cache(maxsize=65536)(self._type_of)
        heads: dict[str, str] = {}
        for t in catalogue.types:
            for entry in t.cues:
                ws = words(entry)
                if len(ws) == 1 and len(ws[0]) >= 3:
                    heads.setdefault(ws[0], t.name)
        # Longest first: "forskningsprosjekt" is FoU before it is a "prosjekt".
        self._heads = sorted(((h, n) for h, n in heads.items() if len(h) >= 4), key=lambda kv: -len(kv[0]))
        self._exact = heads

    def _type_of(self, word: str) -> str:
        if word in self._exact:
            return self._exact[word]  # a cue written with a hyphen ("e-læring") is one word
        for part in reversed(word.split("-")):
            for base in _bases(part):
                if base in self._exact:
                    return self._exact[base]
            for base in _bases(part):
                for head, name in self._heads:
                    if base.endswith(head) and len(base) - len(head) >= 3:
                        return name
        # "Kursrekke", "Seminarserie": a series of the thing its first part names.
        for head, name in self._heads:
            rest = word[len(head):] if word.startswith(head) else ""
            if rest.removeprefix("s") in _SERIES or rest in _SERIES:
                return name
        return ""


def _bases(word: str) -> list[str]:
    """The word and what it may be with an inflection ending taken off ("alliansen" -> "allianse",
    "programmet" -> "program")."""
    out = [word]
    for e in _ENDINGS:
        if word.endswith(e) and len(word) - len(e) >= 3:
            base = word[: -len(e)]
            out.append(base)
            if len(base) > 3 and base[-1] == base[-2] and base[-1] not in "aeiouyæøå":
                out.append(base[:-1])
    return out


class TypeFeatures:
    """What the model sees of a text, computed once per text (a model is rebuilt per fold, the text is not)."""

    def __init__(self, catalogue: Catalogue) -> None:
        # A cache of its own, which goes with the instance (one on the method would keep every instance alive).
        self.of = lru_cache(maxsize=16384)(self._of)
        self._stop = catalogue.vocabulary.stopwords
        self._openers = frozenset(fold(w) for w in catalogue.vocabulary.type_openers)
        self._auxiliaries = frozenset(fold(w) for w in catalogue.vocabulary.auxiliaries)
        self._names = {fold(a) for o in catalogue.organisations for a in (o.name, *o.aliases)}
        # A council named at the text's start is what the tiltak is about, not what kind of tiltak it is; only a
        # name's first word is left out of the opening ("utdanning" in a unit's name is still a word of its own).
        self._councils = {words(a)[0] for c in catalogue.councils for a in (c.name, *c.aliases, *c.units) if words(a)}
        self.cues = CueIndex(catalogue)

    def content(self, text: str) -> list[str]:
        return self._content(words(text))

    def _content(self, ws: list[str]) -> list[str]:
        return [w for w in ws if w not in self._stop and w not in self._names and not w.isdigit()]

    def _predicate(self, ws: list[str]) -> list[str]:
        """The words after a subject that names no activity and its verb ("Rogaland har etablert et forum",
        "HK-dir har laget en nettside": the forum and the site are the measure); else all of them."""
        k = next((i for i, w in enumerate(ws[: MAX_SUBJECT_WORDS + 1]) if w in self._auxiliaries), 0)
        if k and not any(self.cues.type_of(w) for w in ws[:k]):
            return ws[k + 2 :]  # the auxiliary and the participle after it
        return ws

    def _of(self, text: str) -> tuple[str, ...]:
        out = []
        for w in self.content(text):
            out.append("w:" + stem(w))
            if len(w) > 7:
                out += ["s:" + w[-k:] for k in _SUFFIXES]
            cue = self.cues.type_of(w)
            if cue:
                out += ["cue:" + cue] * CUE_WEIGHT
        lead, _ = self.lead_cue(text)
        if lead:
            out += ["lead:" + lead] * LEAD_WEIGHT
        if _QUOTED.search(text):
            out.append("quoted")
        return tuple(out) or ("(tom)",)

    def _lead(self, text: str) -> list[str]:
        """The text's opening content words, after openers that name no activity ("Utvikling av en ...")."""
        ws = words(text)
        predicate = self._predicate(ws)
        # A council named after a verb is the object itself ("har skipa eit samarbeidsråd for ..."): its words
        # stay, so that the words of its name do not pass for the activity.
        content = [w for w in self._content(predicate) if predicate is not ws or w not in self._councils]
        start = next((i for i, w in enumerate(content) if w not in self._openers), len(content))
        return content[start : start + LEAD_WORDS]

    def lead_cue(self, text: str) -> tuple[str, str]:
        """(type, word) of the first cue word among the text's opening words, else among the words that open what
        follows a title ("Kompetansedagen Nord – regional konferanse …", "Menn i helse: prosjekt om …")."""
        title = _TITLE.match(text)
        for lead in (self._lead(text), self._lead(text[title.end():]) if title else []):
            for w in lead:
                cue = self.cues.type_of(w)
                if cue:
                    return cue, w
        return "", ""


class TypeModel:
    def __init__(self, catalogue: Catalogue, examples: Iterable[tuple[str, str]],
                 features: TypeFeatures | None = None) -> None:
        self.features = features or TypeFeatures(catalogue)
        self.order = [t.name for t in catalogue.types]
        docs = [(self.features.of(text), type_) for text, type_ in examples if type_ in self.order]
        docs += [(self.features.of(entry), t.name) for t in catalogue.types for entry in (*t.synonyms, *t.cues)]
        self._prior = Counter(type_ for _, type_ in docs)
        self._counts: dict[str, Counter[str]] = {name: Counter() for name in self.order}
        for feats, type_ in docs:
            self._counts[type_].update(feats)
        self._vocab = {f for c in self._counts.values() for f in c}
        self._totals = {name: sum(c.values()) for name, c in self._counts.items()}

    def guess(self, text: str) -> Guess:
        feats = [f for f in self.features.of(text) if f in self._vocab]
        n, v = sum(self._prior.values()), len(self._vocab)
        logp = {}
        for name in self.order:
            s = math.log(self._prior[name] / n) if self._prior[name] else -math.inf
            for f in feats:
                s += math.log((self._counts[name][f] + SMOOTHING) / (self._totals[name] + SMOOTHING * v))
            logp[name] = s
        top = max(logp.values())
        weights = {k: math.exp(s - top) for k, s in logp.items()}
        total = sum(weights.values())
        ranked = sorted(weights, key=lambda k: (-weights[k], self.order.index(k)))
        best, runner = ranked[0], ranked[1]
        cues = self.features.cues
        cue_words = tuple(dict.fromkeys(w for w in self.features.content(text) if cues.type_of(w) == best))
        return Guess(best, weights[best] / total, runner, weights[runner] / total, self.features.lead_cue(text)[0],
                     cue_words)
