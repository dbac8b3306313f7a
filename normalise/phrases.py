"""Finds vocabulary words and phrases in running text the way reports inflect them (Bokmål and Nynorsk).

A vocabulary entry is written in its base form; the text may add a definite, plural or genitive
ending ("råd" -> "rådet", "råda", "rådenes"), split a compound with a hyphen ("KBU-arbeidet"), or,
where the entry allows it, use the word as the head of a compound ("seminar" -> "frokostseminar").
An entry in capitals is an abbreviation and is found only as written ("RSA", not "rsa").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz.distance import Levenshtein

from .text import clean

_TOKEN = re.compile(r"[0-9A-Za-zÆØÅæøåÄÖÜäöüÉéÈèÁáÀàÓóÒòÊêÔôÇçŠš]+(?:\.[0-9]+)*")
# Endings a Norwegian noun, adjective or name takes in running text.
ENDINGS = ("", "s", "e", "es", "en", "ens", "et", "ets", "a", "as", "ar", "er", "ers", "ene", "enes", "ane", "anes",
           "ne", "nes", "n", "ns", "r", "rs")
_GENITIVE = ("s", "es", "ens", "ets", "as", "anes", "enes", "nes", "ns", "rs", "ers", "ts")
# A neuter noun ending in -e takes only -t in the definite ("sete" -> "setet", "møte" -> "møtet"); other words
# do not ("sit" -> "sitt" is a possessive, not a seat).
_AFTER_E = ("t", "ts")
_POSSESSIVE = ("sin", "sitt", "sine")  # Nynorsk genitive: "KBU sin rapport"
# An abbreviation takes its endings after a hyphen («RSA-er», «RSA-ene», «KBU-en»): still the thing itself, where a
# word after the hyphen («KBU-rapporten») or a genitive ending («RSA-enes») makes it something of it.
_HYPHEN_ENDINGS = ("en", "er", "ene", "et", "a", "ar", "ane")
MIN_HEAD = 5  # a word shorter than this is not looked for as the head of a compound
_MIN_ADJECTIVE = 6  # «nasjonalt» -> «nasjonale»; a short word ending in -t («fast») is left as written
# «kompetansebehovutvalget», «karrierveiledning»: a long word of a name, written with one letter wrong, missing or
# extra after its first letters, is the name where a phrase allows it (the councils' names).
MIN_TYPO_WORD = 12
_TYPO_KEY = 5
MIN_SHORTENED = 4  # letters a word shortened with a stop keeps («Nasj.», «fagl.»)
SHORTENED = "."  # what a shortened word «adds»: found, but only beside a word of the name written out
# A compound naming a series of the thing its first part names ("artikkelserie", "seminarrekke").
_SERIES = ("serie", "serien", "seriar", "rekke", "rekka", "rekkje", "runde", "runden")


@dataclass(frozen=True)
class Token:
    text: str  # as written
    folded: str
    start: int
    end: int
    hyphen_after: bool  # "KBU-arbeidet": the word modifies the next one
    stopped: bool = False  # a full stop right after it: «Nasj.», an abbreviated word (or a sentence's last)


@dataclass(frozen=True)
class Hit:
    first: int  # token indices, inclusive
    last: int
    genitive: bool  # "KBUs", "KBU-rapporten", "KBU sin": something of it, not it


def tokens(text: str | None) -> list[Token]:
    """The words of a text with where they stand; a hyphenated compound gives each of its parts."""
    text = clean(text)
    out = []
    for m in _TOKEN.finditer(text):
        after = text[m.end():m.end() + 1]
        out.append(Token(m.group(0), m.group(0).casefold(), m.start(), m.end(), after == "-", after == "."))
    return out


def _definite_adjective(word: str) -> str:
    """The -e form of a neuter adjective («nasjonalt» -> «nasjonale»); '' for a word that is none or too short."""
    return word[:-1] + "e" if len(word) >= _MIN_ADJECTIVE and word.endswith("t") else ""


def _misspelt(word: str, folded: str) -> str | None:
    """The ending a token adds to a long word it misspells by one letter (after its first letters), or None."""
    if len(word) < MIN_TYPO_WORD or folded[:_TYPO_KEY] != word[:_TYPO_KEY]:
        return None
    for ending in ENDINGS:
        stem = folded[: len(folded) - len(ending)] if ending else folded
        if folded.endswith(ending) and Levenshtein.distance(stem, word, score_cutoff=1) <= 1:
            return ending
    return None


def _word_matches(word: str, token: Token, abbreviation: bool, head: bool, before_noun: bool = False,
                  typos: bool = False) -> str | None:
    """The ending the token adds to the word, or None when it is another word."""
    if abbreviation:
        if token.text == word:
            return ""
        return "s" if token.text == word + "s" else None
    folded = token.folded
    if before_noun and folded == _definite_adjective(word) != "":
        return ""  # «Nasjonalt råd for …» written «UHRs nasjonale råd for …»: the adjective's definite form
    if folded.startswith(word) and (folded[len(word):] in ENDINGS or (word.endswith("e") and folded[len(word):] in _AFTER_E)):
        return folded[len(word):]
    if head and len(word) >= MIN_HEAD and len(folded) > len(word) + 2:
        for ending in ENDINGS:
            if folded.endswith(word + ending) and len(folded) - len(word + ending) >= 3:
                return ending
        rest = folded[len(word):] if folded.startswith(word) else ""
        if rest in _SERIES or (rest[:1] == "s" and rest[1:] in _SERIES):
            return ""
    if typos and token.stopped and len(folded) >= MIN_SHORTENED and len(word) > len(folded) and word.startswith(folded):
        return SHORTENED  # «Nasj. forum for karriereveil.»: a word shortened to its first letters and a stop
    return _misspelt(word, folded) if typos else None


class Phrase:
    """One vocabulary entry, ready to be found in tokenised text."""

    def __init__(self, entry: str, head: bool = False, typos: bool = False) -> None:
        self.entry = entry
        parts = [t.text for t in tokens(entry)]
        self.abbreviation = len(parts) == 1 and parts[0].isupper() and len(parts[0]) >= 2
        self.words = tuple(p if self.abbreviation else p.casefold() for p in parts)
        self.head = head and len(self.words) == 1
        # Any word it matches holds its first word (as the start, the head of a compound or the abbreviation).
        self.key = self.words[0].casefold() if self.words else ""
        if len(self.words) > 1 and _definite_adjective(self.key):
            self.key = self.key[:-1]  # also found in its definite form («nasjonale»)
        self.typos = typos and not self.abbreviation
        if self.typos:
            self.key = self.key[:MIN_SHORTENED]  # a word misspelt or shortened («Nasj.») keeps its first letters

    def find(self, toks: list[Token]) -> list[Hit]:
        hits = []
        n = len(self.words)
        for i in range(len(toks) - n + 1):
            ending, shortened = "", 0
            for k, word in enumerate(self.words):
                found = _word_matches(word, toks[i + k], self.abbreviation, self.head and k == n - 1, k < n - 1,
                                      self.typos)
                if found is None:
                    break
                ending, shortened = ("", shortened + 1) if found == SHORTENED else (found, shortened)
            else:
                if shortened and shortened == n:
                    continue  # «… og kompetanse.»: a word at a sentence's end is no name shortened
                last = i + n - 1
                possessive = last + 1 < len(toks) and toks[last + 1].folded in _POSSESSIVE
                inflected = last + 1 < len(toks) and toks[last + 1].folded in _HYPHEN_ENDINGS
                genitive = ending in _GENITIVE or toks[last].hyphen_after and not inflected or possessive
                hits.append(Hit(i, last, genitive))
        return hits


class PhraseSet:
    """Several entries; finds the first, or every, place one of them stands."""

    def __init__(self, entries: tuple[str, ...] | list[str], head: bool = False, typos: bool = False) -> None:
        self.phrases = [Phrase(e, head, typos) for e in entries if e.strip()]
        self.phrases = [p for p in self.phrases if p.words]

    def find_all(self, toks: list[Token], skip: frozenset[int] = frozenset()) -> list[tuple[Hit, Phrase]]:
        """Every place an entry stands, leaving out hits on the token indices in `skip`."""
        # Only entries whose first word stands somewhere in the text can be found in it: most are passed over.
        text = "\0".join(t.folded for t in toks)
        found = [(h, p) for p in self.phrases if p.key in text for h in p.find(toks)
                 if not skip.intersection(range(h.first, h.last + 1))]
        # Longest phrase first where two start at one word ("fast plass" over "plass").
        return sorted(found, key=lambda hp: (hp[0].first, -(hp[0].last - hp[0].first)))

    def first(self, toks: list[Token], skip: frozenset[int] = frozenset()) -> tuple[Hit, Phrase] | None:
        found = self.find_all(toks, skip)
        return found[0] if found else None
