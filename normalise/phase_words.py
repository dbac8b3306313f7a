"""Which phase, round, extension or version words a tiltak uses, and how sure each is to name another measure.

«Fagbrev på jobb – fase 2» is another measure than «Fagbrev på jobb»; «regionale» may say which version
(«regional samling») or only who takes part («med regionale partar»).
"""

from __future__ import annotations

from dataclasses import dataclass

from .vocabulary import Vocabulary
from .phrases import MIN_HEAD, Hit, Phrase, PhraseSet, Token
from .name_text import coined
from .text import fold


@dataclass(frozen=True)
class PhaseWords:
    phases: frozenset[str]  # the phase words it uses, each by its shortest vocabulary entry
    loose: frozenset[str]  # those of them that may say who rather than which
    news: frozenset[str]  # words saying the programme grew, without naming into what
    regional: frozenset[str] = frozenset()  # those of them that may say only where it is («regionalt forum»)
    editions: frozenset[str] = frozenset()  # those that name a region's edition («regional utgave»)


# «10. trinn» is a school grade; «2. trinn» may as well be a programme's second step, so low numbers stay phases.
FIRST_GRADE, LAST_GRADE = 4, 13
FIRST = "1"  # the first phase is the programme as it started
_LATER = frozenset("23456789")  # a digit after a coined name numbers its phase
_ROMAN = {"II": "2", "III": "3", "IV": "4"}  # not «V»: an initial as often as a fifth phase


def _after_grade(toks: list[Token], at: int) -> bool:
    """Whether the word at `at` follows a school grade's number («10. trinn»)."""
    before = toks[at - 1].folded if at > 0 else ""
    return before.isdigit() and FIRST_GRADE <= int(before) <= LAST_GRADE


def _step_by_step(toks: list[Token], h: Hit) -> bool:
    """A word said twice around «for» («forklarer trinn for trinn», «fase for fase»): an idiom, no phase."""
    word = toks[h.first].folded
    before = h.first >= 2 and toks[h.first - 1].folded == "for" and toks[h.first - 2].folded == word
    after = h.last + 2 < len(toks) and toks[h.last + 1].folded == "for" and toks[h.last + 2].folded == word
    return h.first == h.last and (before or after)


class PhaseReader:
    def __init__(self, vocab: Vocabulary, kinds: frozenset[str]) -> None:
        self._phases = PhraseSet(vocab.phase)
        self._news = PhraseSet(vocab.phase_news)
        self._loose = frozenset(vocab.phase_doubtful)
        self._versions = kinds | frozenset(fold(w) for w in vocab.version_words)
        self._grades = frozenset(fold(w) for w in vocab.phase_grades)
        self._exceptions = tuple(fold(w) for w in vocab.phase_exceptions)
        self._current = frozenset(fold(w).split()[-1] for w in vocab.phase_current)
        self._numbers = {fold(w): number for number, ws in vocab.phase_numbers.items() for w in ws}

    def read(self, toks: list[Token]) -> PhaseWords:
        # One word, one phase: «regionale» is found as «regional» and as «regionale»; the shortest entry names it.
        spans: dict[tuple[int, int], tuple[Hit, Phrase]] = {}
        for h, p in self._phases.find_all(toks):
            if p.entry in self._grades and _after_grade(toks, h.first):
                continue
            if h.first == h.last and toks[h.first].folded.startswith(self._exceptions):
                continue  # «tilskuddsrunde»: the scheme's yearly round
            if h.first and toks[h.first - 1].folded in self._current:
                continue  # «årets runde av Læringsmonitoren»: this year's turn of it, the measure itself
            if _step_by_step(toks, h):
                continue  # «trinn for trinn», «steg for steg»: how, not which phase
            if (h.first, h.last) not in spans or len(p.entry) < len(spans[h.first, h.last][1].entry):
                spans[h.first, h.last] = (h, p)
        # Each phase by its number when it has one («fase 2»); a first phase is none.
        numbered = [(h, p, n) for h, p in spans.values() if (n := self._numbered(h, toks)) is not None]
        in_phase = frozenset(i for h, _, _ in numbered for i in range(h.first, h.last + 1))
        # «DigiKomm II», «Grunnmur III»: a name numbered in capitals, as «fase 2» numbers it.
        named = {f"fase {_ROMAN[t.text]}" for i, t in enumerate(toks) if t.text in _ROMAN and i and toks[i - 1].text[:1].isupper()}
        # «KOMPHELSE 2»: a coined name's second, not a count (a count follows no such name).
        named |= {f"fase {t.text}" for i, t in enumerate(toks) if t.text in _LATER and i and coined(toks[i - 1].text)}
        phases = frozenset(n or p.entry for _, p, n in numbered) | named
        sure = {n or p.entry for h, p, n in numbered if self._sure(h, p, toks)} | named
        editions = frozenset(p for p in phases if len(ws := set(p.split())) > 1 and ws & self._loose and ws & self._versions)
        return PhaseWords(phases, phases - sure,
                          frozenset(p.entry for h, p in self._news.find_all(toks) if h.first not in in_phase),
                          phases & self._loose, editions)

    def _numbered(self, hit: Hit, toks: list[Token]) -> str | None:
        """A phase word with its number («fase 2», «andre fase»); '' when it has none; None for the first phase
        («fase 1», «første fase»), which is the programme itself."""
        if hit.first != hit.last:
            return ""
        before = toks[hit.first - 1].folded if hit.first > 0 else ""
        after = toks[hit.last + 1].folded if hit.last + 1 < len(toks) else ""
        number = after if after.isdigit() else self._numbers.get(after) or self._numbers.get(before, "")
        if number == FIRST:
            return None
        return f"{toks[hit.first].folded} {number}" if number else ""

    def _sure(self, hit: Hit, phrase: Phrase, toks: list[Token]) -> bool:
        """Whether a phase word names another measure: any but a loose one, and a loose one before a kind of
        measure or version («regional samling», «regionalt nettverk», «regional variant»)."""
        if phrase.entry not in self._loose:
            return True
        after = toks[hit.last + 1].folded if hit.last + 1 < len(toks) else ""
        # A kind inflected («samlinga») or as a compound's head («kompetansekonferansen»).
        return any(k in after if len(k) >= MIN_HEAD else after.startswith(k) and len(after) <= len(k) + 3
                   for k in self._versions)
