"""Stage: ExtractedRow -> Tiltak. Matches each row to its delmål, type, organisations and council."""

from __future__ import annotations

import hashlib
import re
from dataclasses import replace

from normalise.councils import COUNCIL_TYPE
from normalise.tiltakstype import SURE_INFERRED
from normalise.matchers import Matchers
from normalise.name_text import DEFINITE_ENDINGS
from normalise.text import clean, fold, words

from tiltak_core.records import ExtractedRow, Match, Tiltak

COUNCIL_TYPE_CONFIDENCE = 0.9  # taking part in a council is a council-type measure, whatever the words
# «Strategimål 1.2 Forum», «2.4 · Kurs»: a card's tags, the delmål's code and the type's word on one line.
_CODE_THEN_TYPE = re.compile(r"^\W*(?:[^\W\d_]+\s+){0,2}?(?P<a>\d)\s?[.,]\s?(?P<b>\d{1,2})(?!\d)\s*[–—:,·|/-]?\s*"
                             r"(?P<type>[^\W\d_][\w/-]*(?:\s[\w/-]+)?)\W*$")
# «2.3 råd» in a type column whose header OCR ran together with the delmål's («Måli strategien Art»): the code opens it.
_CITED = re.compile(r"\bdelm[aå]l(?:a|et)?\s+(?P<a>[1-3])\s?[.,]\s?(?P<b>[1-6])(?![\d])", re.IGNORECASE)
_CODE_OPENS = re.compile(r"^\W*\d\s?[.,]\s?\d{1,2}(?![\d%])")
SURE_TAG = 0.85  # a tag names the type as surely as a type cell would
# «Godkjenningsveiviseren er en ny nettjeneste der …»: the account opens by saying what the tiltak is.
_DEFINES = re.compile(r"^(?P<subject>[\w-]+(?:\s+[\w-]+){0,5}?)\s+(?:er|var|blir|vert)\s+(?:en|et|ei|ein|eit)\s+"
                      r"(?P<kind>[\w-]+(?:\s+[\w-]+){0,2})", re.IGNORECASE)
_SENTENCE = re.compile(r"(?<=[.!?])\s+")
# «Programgruppen for sykepleierutdanning i UHR-Helse og velferd»: a group named as standing in a body (the council).
_IN_A_BODY = re.compile(r"\s(?:i|ved|under)\s+\S", re.IGNORECASE)


# «Se kommentar», «Sjå merknad», «jf. beskrivelsen» in the delmål's cell: the delmål is told in another column.
_SEE = re.compile(r"^\W*(?:se|sjå|sja|jf\.?|viser til)\s+(?P<word>[^\W\d]{4,})\W*$", re.IGNORECASE)
_STEM = 5  # «kommentar», «kommentaren», «kommentarfeltet»: one column, however the reference bends its name


def _referred(raw: str, row: ExtractedRow) -> tuple[str, str] | None:
    """(column, text) of the column a delmål cell refers the reader to («Se kommentar»), when it is filled."""
    see = _SEE.match(raw or "")
    if see is None:
        return None
    stem = fold(see["word"])[:_STEM]
    columns = [*row.raw.extra, *(("beskrivelse", v) for k, v in row.raw.fields if k == "beskrivelse")]
    return next(((label, value) for label, value in columns
                 if clean(value) and fold(label).startswith(stem) and not _SEE.match(value)), None)


def row_key(member: str, tiltak: str) -> str:
    """A row's identity that survives re-runs, re-ordered reports and new reports beside it."""
    return hashlib.sha1(f"{fold(member)}|{fold(tiltak)}".encode()).hexdigest()[:12]


class RowMatcher:
    def __init__(self, matchers: Matchers) -> None:
        self.m = matchers
        self.councils = matchers.councils  # built once per process: its phrase sets take long to make
        self._council_names = {c.id: c.name for c in matchers.catalogue.councils}
        self._citations = tuple(fold(w) for w in matchers.catalogue.vocabulary.goal_citations)
        self._citations_after = tuple(fold(w) for w in matchers.catalogue.vocabulary.goal_citations_after)

    def delmal(self, row: ExtractedRow, council: str = "") -> Match:
        """The delmål the row gives, else guessed from its words; a council it names by «RSA» is guessed by its name."""
        raw, text = row.raw.get("delmal"), row.raw.get("tiltak")
        text = f"{text} {self._council_names.get(council, '')}".strip() if council else text
        referred = _referred(raw, row)
        if referred:
            via = self.delmal(replace(row, raw=replace(row.raw, fields=(*row.raw.fields, ("delmal", referred[1])))),
                              council)
            return replace(via, evidence=f"«{clean(raw)}»: delmålet er lest fra «{referred[0]}»; {via.evidence}")
        if raw:
            omrade = self.m.delmal.omrade_named(raw)
            # An område's name («Læring i arbeidslivet») is worded like its delmål, but names none of them.
            coded = bool(self.m.delmal.codes_in(raw))
            found = self.m.delmal.match(raw) if coded or not omrade else None
            goal = None if coded else self._cited_goal(row.raw.get("beskrivelse") or "")
            if goal is not None and (found is None or not found.value or goal.confidence > found.confidence):
                # «Kunnskap og veiledning for gode valg» over a measure whose account says «… strategiens mål om et
                # felles kunnskapsgrunnlag …»: the goal the account names says more than a heading in the member's words.
                return goal
            if found is not None and found.value:
                return found
            # «Innsatsområde 2: …» over a tiltak that gives no code: its delmål is one of that område's.
            guess = self.m.delmal.infer(f"{text} {row.raw.get('beskrivelse') or ''}" if omrade else text, omrade)
            said = f"«{raw[:60]}» nevner bare hovedinnsatsområde {omrade}" if omrade else f"«{raw[:60]}» nevner ikke noe delmål"
            return Match(guess.value, guess.confidence, guess.runner_up, guess.runner_up_score,
                         f"{said}; {guess.evidence}", inferred=True)
        cited = {f"{m['a']}.{m['b']}" for m in _CITED.finditer(row.raw.get("beskrivelse") or "")}
        said_code = self.m.delmal.match(cited.pop()) if len(cited) == 1 else None
        if said_code is not None and said_code.value:
            # «… i offentlig sektor (jf. delmål 2.3).» in a case's account: the one delmål the measure says it serves.
            return replace(said_code, evidence=f"beskrivelsen viser til delmål {said_code.value}")
        typed = row.raw.get("type")
        if typed and _CODE_OPENS.match(typed):
            found = self.m.delmal.match(typed)
            if found is not None and found.value:
                return replace(found, evidence=f"koden står først i typecellen: {found.evidence}")
        return self.m.delmal.infer(text)

    def _cited_goal(self, described: str) -> Match | None:
        """The delmål an account names by the strategy's goal in words («Den følger opp strategiens mål om enklere og
        raskere godkjenning …»): the best match of the words after such a phrase, else None."""
        said = fold(described)
        found_words = [(phrase, m["words"]) for phrase in self._citations
                       for m in re.finditer(rf"(?<!\w){re.escape(phrase)}\s+(?P<words>[^.;:!?]{{8,160}})", said)]
        # «… å ta ansvaret for den regionale kompetansepolitikken, slik strategien ber om»: the words before.
        found_words += [(phrase, m["words"]) for phrase in self._citations_after
                        for m in re.finditer(rf"(?P<words>[^.;:!?,]{{8,160}}),?\s+{re.escape(phrase)}(?!\w)", said)]
        best = None
        for phrase, goal in found_words:
            found = self.m.delmal.match(goal)
            if found.value and (best is None or found.confidence > best.confidence):
                best = replace(found, evidence=f"beskrivelsen sier «{goal[:60]}» ({phrase}): {found.evidence}")
        return best

    def _defined(self, tiltak: str, described: str, inferred: Match) -> Match | None:
        """The type an account's opening sentence says the tiltak is («Godkjenningsveiviseren er en ny nettjeneste …»),
        when its words name a type surely and the title's did not; else None."""
        opening = _SENTENCE.split(clean(described))[0]
        title = words(tiltak)
        said = _DEFINES.match(opening)
        if said is None and clean(tiltak):
            # «Virke leder arbeidet med KI-lappen, et nettkurs i …»: the name, then what it is, set off by a comma.
            said = re.search(rf"(?P<subject>{re.escape(clean(tiltak))}),\s+(?:en|et|ei|ein|eit)\s+(?P<kind>[\w-]+(?:\s+[\w-]+){{0,2}})",
                             clean(described), re.IGNORECASE)
        if not title or said is None or fold(said["subject"]).split()[0] != title[0]:
            return None
        kind = self.m.types.infer(said["kind"])
        if kind.confidence < SURE_INFERRED or kind.confidence <= inferred.confidence:
            return None
        return replace(kind, evidence=f"beskrivelsen sier at tiltaket er «{said['kind']}»; {kind.evidence}")

    def _tagged_type(self, delmal: str) -> str:
        """The type's word after the delmål's code on its line («1.2 Forum»), when it names a type surely; else ''."""
        tagged = _CODE_THEN_TYPE.match(delmal or "")
        if tagged is None or self._delmal_words(tagged["type"], f"{tagged['a']}.{tagged['b']}"):
            return ""  # «Delmål 1.1 – Kompetansebehovsutvalg»: the delmål's own short name, no type
        named = self.m.types.given(tagged["type"])
        if named is not None and named.confidence < 1.0 and tagged["type"][:1].isupper() and " " not in tagged["type"] \
                and fold(tagged["type"]).endswith(DEFINITE_ENDINGS):
            return ""  # «Delmål 3.2 – Kompetanseprogrammet»: a programme's name in its definite form, no type word
        return tagged["type"] if named is not None and named.confidence >= SURE_TAG else ""

    def _delmal_words(self, words: str, code: str) -> bool:
        """Whether the words stand in the delmål's own short name or text."""
        said, d = fold(words), self.m.catalogue.delmal_by_code(code)
        return d is not None and any(said in fold(text) for text in (d.short, d.text, d.nynorsk, d.short_nynorsk))

    def match(self, row: ExtractedRow) -> Tiltak:
        text, raw_type = row.raw.get("tiltak"), row.raw.get("type") or self._tagged_type(row.raw.get("delmal"))
        described = row.raw.get("beskrivelse")
        written = self.m.types.written(raw_type, text) or (
            self.m.types.told_apart(described) if described and not raw_type.strip() else None)
        council = self.councils.decide(text, written.value if written else "", row.member)
        if written and written.value != COUNCIL_TYPE and written.confidence < 1.0 and not council.council and (
                seat := self.councils.decide(text, "", row.member)).council:
            # «Profesjonsutdanning» in the type cell beside «… representerer Unio i profesjonsrådet …» (set 62): a
            # topic read as a type, beside a seat the text states; the seat, asked.
            council = replace(seat, doubtful=True, evidence=f"{seat.evidence}; men typecellen sier «{raw_type}»")
            written = None
        if council.silent and described:
            # «Helseforetakene i RSA-ene» over «Helseforetakene er representert i rådene for samarbeid med arbeidslivet
            # …»: a title that only names the council, and an account that says the member sits in it.
            said = self.councils.decide(described, written.value if written else "", row.member)
            if not said.named and _IN_A_BODY.search(text):
                # «Programgruppen for sykepleierutdanning i UHR-Helse og velferd» over «NSF har arbeidslivets plass i
                # programgruppen, …» (round 65): the account's first sentence says who sits in what the title named.
                opening = _SENTENCE.split(clean(described), maxsplit=1)[0]
                said = self.councils.decide(f"{text}: {opening}", written.value if written else "", row.member)
            if said.council == council.named and not said.doubtful:
                council = replace(said, evidence=f"beskrivelsen: {said.evidence}")
        if written and council.council and written.value == COUNCIL_TYPE and written.confidence < COUNCIL_TYPE_CONFIDENCE:
            # «Partssamarbeid» beside a seat in KBU: a loose word, but taking part in a council says the kind.
            type_ = replace(written, confidence=COUNCIL_TYPE_CONFIDENCE, evidence=f"{written.evidence}; {council.evidence}")
        elif written:
            type_ = written
        elif council.council:
            type_ = Match(COUNCIL_TYPE, COUNCIL_TYPE_CONFIDENCE, evidence=f"ingen type oppgitt; {council.evidence}",
                          inferred=True)
        else:
            type_ = self.m.types.match(raw_type, text)
            if type_.inferred and described and (defined := self._defined(text, described, type_)) is not None:
                type_ = defined
        ansvarlig = self.m.orgs.normalise(row.raw.get("ansvarlig")) or ((row.member,) if row.member else ())
        return Tiltak(
            row=row,
            delmal=self.delmal(row, council.named),
            type=type_,
            ansvarlig=ansvarlig,
            samarbeidspartnere=self.m.orgs.normalise(row.raw.get("samarbeidspartnere")),
            council=council.council,
            key=row_key(row.member, text),
            council_named=council.named,
            council_evidence=council.evidence,
            council_doubt=council.doubtful,
            council_seat=council.seat,
        )


def match_rows(rows: list[ExtractedRow], matchers: Matchers) -> list[Tiltak]:
    """Every extracted row matched, in the same order."""
    matcher = RowMatcher(matchers)
    return [matcher.match(r) for r in rows]
