"""Decides whether a tiltak is a member's participation in a shared council (KBU, RSA, SRY, ...).

Participation in the same council is one tiltak however each member words it: being a member,
having a seat, being represented, appointing members, contributing, leading, or the council as the
sentence's subject. A measure about the council ("Dialogmøte med representantene i faglige råd",
"Tiltak for å styrke RSA i egne rekker", a regional copy of a national council) stays the member's
own. The names and the words are data (catalogue.toml, vocabulary.toml); a decision the words do not
settle is marked doubtful, so the row goes to review.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .catalogue import Catalogue, Council
from .council_clauses import genitive_of, has_stem, in_plain_order, inverted_order, part_in_own_clause
from .phrases import Hit, Phrase, PhraseSet, Token, tokens
from .text import clean, fold


COUNCIL_TYPE = "Råd/utvalg/nettverk"
COUNTY_KIND = "fylkeskommune"
# A text this short once the council's name and the member's name are gone is the council itself
# ("Kompetansebehovsutvalget", "Medlem av SRY", "Plass i Faglig råd for helse- og oppvekstfag").
MAX_RESIDUAL_WORDS = 1
UNIT_WORDS = 2  # «NHO Rogaland», «LO Stat Oslo»: a member's unit named by its member and a word or two
_REGION_REACH = 4  # a region this many words after a national council's name makes it a regional copy
# «… representert i Nasjonalt fagskoleråd, og Trøndelag har plassen», «… representerte i Nasjonalt fagskoleråd ved
# Trøndelag»: a region past a clause break, or after «ved»/«gjennom» (by whom), is who takes the seat, not where a copy
# of the council stands.
# «Nasjonalt fagskoleråd – Trøndelag fylkeskommune deltar …»: a dash closes the council's name as a heading does.
_CLAUSE_BREAK = re.compile(r"[,;:.]|\s[–-]\s|\b(?:og|men|mens|der|ved|gjennom)\b", re.IGNORECASE)
_RELATIVE = frozenset({"som"})
_COUNTS = frozenset({"en", "én", "ein", "éin", "ei", "ett", "eitt", "to", "tre", "fire", "fem", "seks", "sju", "syv", "åtte", "ni", "ti",
                     "begge", "flere", "fleire", "noen", "nokre"})  # «én av …», «to av …»: how many of theirs
_SEAT_GAP = 1  # «sit i RSA», «har plass i KBU»: the verb of sitting, a preposition, then the council
_PASSIVE = frozenset({"ble", "blei", "blir", "vart", "vert"})  # «… ble fulgt av LOs representant»: «av» names the doer
_PASSIVE_REACH = 4
_TITLE_SEAT_GAP = 3  # «… møter for fylkeskommunane i SRY»: a title's holder sits for whom, then in the council
_FROM = frozenset({"fra", "frå"})  # «orientering fra LOs medlem»: an account from someone, who may sit in the council
_TOGETHER = frozenset({"sammen", "saman"})
_HOLDER_FIELD = _FROM | {"for"}  # «rådgjevar frå fagopplæringa», «direktøren for opplæring»: whose post it is
_FROM_REACH = 3  # «fra LOs medlem»: the word of taking part a few words after «fra»
_HEADING = re.compile(r"^\s*\)?\s*(?::|[-–]\s)")


@dataclass(frozen=True)
class CouncilDecision:
    """What a row's text says about a shared council."""

    council: str = ""  # the council the row takes part in
    named: str = ""  # the council the text names, taking part or not
    evidence: str = ""
    doubtful: bool = False  # the words do not settle it: a reviewer should look
    seat: bool = False  # a seat that may or may not count as taking part: the council's row is in doubt too
    silent: bool = False  # the words name the council and nothing else: what the row is, its account may say

    @property
    def mention_only(self) -> bool:
        return bool(self.named) and not self.council


NOT_NAMED = CouncilDecision()


class CouncilMatcher:
    def __init__(self, catalogue: Catalogue) -> None:
        vocab = catalogue.vocabulary
        self._councils: list[tuple[Council, PhraseSet, list[str]]] = [
            (c, PhraseSet((*c.aliases, c.name, *c.units), typos=True), list(c.unit_prefixes))
            for c in catalogue.councils
        ]
        self._participation = PhraseSet(vocab.participation)
        self._owner_runs = PhraseSet(vocab.owner_runs)
        self._part_words = tuple(fold(w) for w in vocab.participation if " " not in w.strip())
        self._traps = PhraseSet(vocab.council_traps, head=True)
        self._weak_traps = PhraseSet(vocab.council_trap_doubts, head=True)
        self._doubts = PhraseSet(vocab.council_doubts, head=True)
        self._trap_fields = tuple(fold(w) for w in vocab.council_trap_fields)
        self._auxiliaries = frozenset(w.casefold() for w in vocab.auxiliaries if " " not in w)
        self._about = frozenset(w.casefold() for w in vocab.council_about)
        self._about_weak = frozenset(w.casefold() for w in vocab.council_about_weak)
        self._openers = frozenset(w.casefold() for entry in vocab.council_openers for w in entry.split())
        self._links = frozenset(w.casefold() for w in vocab.seat_links)
        self._own_people = frozenset(w.casefold() for w in vocab.own_people_links)
        self._people = frozenset(w.casefold() for w in vocab.council_people)
        self._possessives = frozenset(w.casefold() for w in vocab.own_possessives)
        self._compound_heads = PhraseSet(vocab.compound_participation)
        # Words that name a body of the council's kind («råd», «utvalg», «forum»): the type's cues.
        self._body_words = PhraseSet([c for t in catalogue.types if t.name == COUNCIL_TYPE for c in t.cues], head=True)
        self._idioms = PhraseSet(vocab.participation_idioms)
        # A member that is itself a shared council ("Fagskolerådet"): its own rows naming it are its own measures.
        self._is_council = {o.name: c.id for o in catalogue.members for c, names, _ in self._councils
                            if any(names.find_all(tokens(a)) for a in (o.name, *o.aliases))}
        # Its own short names («Fagskolerådet», «Fagskulerådet»), not the council's («Nasjonalt fagskoleråd»).
        council_names = {c.id: fold(c.name) for c in catalogue.councils}
        self._own_names = {o.name: frozenset(fold(a) for a in (o.name, *o.aliases))
                           - {council_names.get(self._is_council[o.name], "")}
                           for o in catalogue.members if o.name in self._is_council}
        regions = {a for o in catalogue.organisations for a in o.file_aliases} | set(vocab.regions)
        self._regions = PhraseSet(sorted(regions))
        self._copies = PhraseSet(sorted(vocab.council_copies))
        self._names = PhraseSet(sorted({a for o in catalogue.organisations for a in (o.name, *o.aliases)}))
        self._stop = vocab.stopwords
        self._counties = frozenset(m.name for m in catalogue.members if m.kind == COUNTY_KIND)
        self._county_bodies = {c.id: frozenset(fold(b) for b in c.county_bodies) for c in catalogue.councils}
        self._described_by = [(c, [tuple(fold(w) for w in entry.split()) for entry in c.described_by])
                              for c in catalogue.councils if c.described_by]
        self._inverted = inverted_order([*(a for m in catalogue.members for a in (m.name, *m.aliases)
                                           if len(a.split()) <= 2), *vocab.we_words], vocab.inverted_verbs)

    def _mentions(self, text: str, toks: list[Token]) -> list[tuple[Council, Hit]]:
        """Every council the text names, by where it stands."""
        found = []
        for council, names, prefixes in self._councils:
            hits = [h for h, _ in names.find_all(toks)]
            for prefix in prefixes:
                # "UHR-Humaniora": a unit by its own name, the prefix followed by a capitalised word.
                for m in re.finditer(rf"(?<!\w){re.escape(prefix)}(?=[A-ZÆØÅ])", text):
                    i = next((k for k, t in enumerate(toks) if t.start >= m.start()), None)
                    if i is not None:
                        hits.append(Hit(i, min(i + 1, len(toks) - 1), False))
            found += [(council, h) for h in hits]
        return sorted(found, key=lambda ch: (ch[1].first, -(ch[1].last - ch[1].first)))

    def opening_council(self, text: str) -> str:
        """The id of the shared council whose name opens the text («SRY», «RSA – NTNU»); '' if none does."""
        return next((council.id for council, hit in self._mentions(text, tokens(text)) if hit.first == 0), "")

    def written_name(self, text: str, council_id: str) -> str:
        """The council's name as the text writes it («Nasjonalt forum for karriererettleiing», «Kompetansebehovsutvalet
        (KBU)»), with the short name in brackets after it; '' when the text does not name that council."""
        toks = tokens(text)
        hits = [h for c, h in self._mentions(text, toks) if c.id == council_id]
        if not hits:
            return ""
        hit = max(hits, key=lambda h: h.last - h.first)
        written = clean(text)
        end = toks[hit.last].end
        if written[toks[hit.first].start: end].count("(") > written[toks[hit.first].start: end].count(")"):
            end = written.find(")", end) + 1 or end  # «… yrkesopplæring (SRY»: the alias holds its short name
        short = re.match(r"\s*\([A-ZÆØÅ][\w-]{1,15}\)", written[end:])
        return written[toks[hit.first].start: end + (short.end() if short else 0)]

    def _seated(self, toks: list[Token], hit: Hit) -> tuple[Hit, Phrase] | None:
        """"KS i SRY …": an organisation's name (or one of its units') opening the text, a seat word, then the council:
        a seat in it."""
        link = hit.first - 1
        if link < 1 or toks[link].folded not in self._links:
            return None
        # «NHO Rogaland i RSA», «YS Stat i RSA»: the name may go on with a unit's capitalised words.
        if any(h.first == 0 and h.last < link and link - h.last - 1 <= UNIT_WORDS and all(
                t.text[:1].isupper() for t in toks[h.last + 1 : link]) for h, _ in self._names.find_all(toks)):
            return Hit(link, link, False), Phrase(toks[link].text)
        return None

    def _worked_in(self, text: str, toks: list[Token], hit: Hit) -> tuple[Hit, Phrase] | None:
        """«I KBU har Spekter i år koordinert delarbeidet …» (set 65): the council opening the text as where the member
        did what the sentence tells; its work there is its seat."""
        after = hit.last + 1
        if hit.first != 1 or toks[0].folded not in self._links or after >= len(toks) \
                or toks[after].folded not in self._auxiliaries or text[toks[hit.last].end : toks[after].start].strip():
            return None
        return Hit(0, 0, False), Phrase(f"{toks[0].text} … {toks[after].text}")

    def _for_own_people(self, toks: list[Token], part: Hit, entry: str = "") -> tuple[Hit, Phrase] | None:
        """«Grunnkurs for LOs nye medlemmer i …»: a member's people in the council, after a word such as «for» or
        «av», are who a measure is for; the word stands as the trap before the participation word."""
        together = part.first > 1 and toks[part.first - 2].folded in _TOGETHER
        # «… er ein av representantane KS har i Fagleg råd» (set 61): one of them, who sits, not an audience
        counted = part.first > 1 and (toks[part.first - 2].folded in _COUNTS or toks[part.first - 2].text.isdigit())
        if part.first > 0 and entry.casefold() in self._people and toks[part.first - 1].folded in self._own_people \
                and not together and not counted:  # «møter … sammen med representanter for arbeidsgiverne»: in company
            link = part.first - 1  # «Nettverk for ledere av RSA»: whoever's people, the measure is for them
            return Hit(link, link, False), Phrase(f"{toks[link].text} {toks[part.first].text}")
        owner = next((h for h, _ in self._names.find_all(toks) if h.genitive and part.first - 3 <= h.last < part.first),
                     None)
        if owner is None or owner.first == 0 or toks[owner.first - 1].folded not in self._own_people:
            return None
        if owner.first >= 2 and (toks[owner.first - 2].folded in _COUNTS or toks[owner.first - 2].text.isdigit()):
            return None  # «har én av fylkeskommunenes plasser i SRY»: one of their seats, not a measure for their people
        between = toks[owner.last + 1 : part.first]
        if any(t.text[:1].isupper() for t in between):
            return None  # another name stands between: the organisation is not the one whose people they are
        link = owner.first - 1
        if toks[link].folded == "av" and any(t.folded in _PASSIVE for t in toks[max(0, link - _PASSIVE_REACH) : link]):
            return None  # «Rådets møter ble fulgt av LOs representant» (set 57): who did it, the member's seat
        return Hit(link, link, False), Phrase(f"{toks[link].text} {toks[owner.first].text}")

    def _compound_part(self, toks: list[Token], hit: Hit) -> bool:
        """«RSA-deltakelse», «KBU-medlemskap»: the council hyphened to a word for taking part is taking part in
        it («KBU-medlemmene» are still the council's own people)."""
        at = hit.last + 1
        return toks[hit.last].hyphen_after and any(h.first == at for h, _ in self._compound_heads.find_all(toks))

    def _glossed(self, text: str, toks: list[Token], mentions: list[tuple[Council, Hit]]) -> Council | None:
        """The council whose name alone, in brackets, closes a text that names a body of its kind, if any."""
        for council, hit in mentions:
            before = text[: toks[hit.first].start].rstrip()
            after = text[toks[hit.last].end :].strip()
            if before.endswith("(") and after.rstrip(".") == ")" and not hit.genitive \
                    and self._body_words.first(tokens(before[:-1])) is not None:
                return council
        return None

    def _residual(self, toks: list[Token], spans: list[tuple[int, int]]) -> list[str]:
        """Words that are neither the council's name, an organisation's, a participation word nor a stopword."""
        covered = {i for a, b in spans for i in range(a, b + 1)}
        return [t.folded for i, t in enumerate(toks) if i not in covered and t.folded not in self._stop
                and not t.folded.isdigit()]

    def _in_participation_word(self, word: str, trap: str) -> bool:
        """Whether a trap found as a compound's head ends a longer participation word the compound ends with."""
        return any(len(w) > len(trap) and w.endswith(fold(trap)) and word.endswith(w) for w in self._part_words)

    def decide(self, tiltak: str, given_type: str = "", member: str = "") -> CouncilDecision:
        """Whether the row takes part in a shared council; `given_type` is the type the report wrote, if any,
        and `member` the council member that reports it."""
        decision = self._decide(tiltak or "", given_type, member)
        if decision.silent and (plain := in_plain_order(self._inverted, tiltak or "")) != tiltak:
            # Nothing said of taking part: perhaps it is, the verb before the member («… er YS med i …»).
            again = self._decide(plain, given_type, member)
            return again if again.council else decision
        return decision

    def _decide(self, text: str, given_type: str, member: str) -> CouncilDecision:
        toks = tokens(text)
        mentions = self._mentions(text, toks)
        if not mentions:
            return self._described(text, toks)
        # The council's own name says nothing about taking part ("Samarbeidsrådet for yrkesopplæring").
        names = frozenset(i for _, h in mentions for i in range(h.first, h.last + 1))
        itself = self._is_council.get(member)
        if itself and any(c.id != itself for c, _ in mentions):
            # «Fagskolerådet er medlem av Nasjonalt forum for karriereveiledning» from Fagskolerådet: the member
            # names itself, and the other council is the one it takes part in.
            mentions = [(c, h) for c, h in mentions if c.id != itself]
        council, hit = mentions[0]
        cid = council.id
        others = sorted({c.id for c, _ in mentions} - {cid})
        # «Utvalget som analyserer Norges kompetansebehov»: a verb after «som» says what the council does.
        trap = next(((h, ph) for h, ph in self._traps.find_all(toks, names)
                     if not (h.first and toks[h.first - 1].folded in _RELATIVE)), None)
        weak = self._weak_traps.first(toks, names) if trap is None else None
        trap = trap or weak  # a clear trap word anywhere says more than a weak one
        if trap and self._in_participation_word(toks[trap[0].first].folded, trap[1].entry):
            trap = None  # «arbeidsgiverrepresentasjon» holds «presentasjon», but says it takes part
        if trap and toks[trap[0].first].folded.startswith(self._trap_fields):
            trap = None  # «voksenopplæringen» is the field a member speaks for, no course for its people
        if hit.first and toks[hit.first - 1].folded in self._about and (trap is None or trap[0].first >= hit.first):
            # "en episode om Kompetansebehovsutvalgets rapport", "artikkel om KBU": the row is about the council.
            trap = (Hit(hit.first - 1, hit.first - 1, False), Phrase(toks[hit.first - 1].text))
            if toks[hit.first - 1].folded in self._about_weak and not council.national:
                # «et eget råd for samarbeid med arbeidslivet»: a council each institution has of its own is the
                # council itself, or another of the member's: asked. (An own «kompetansebehovsutval» is a copy.)
                weak = trap
        idioms = frozenset(i for h, _ in self._idioms.find_all(toks) for i in range(h.first, h.last + 1))
        part = self._participation.first(toks, names | idioms)
        if part and trap is None:
            trap = self._for_own_people(toks, part[0], part[1].entry)
        if part and trap and trap[0].first > hit.last and part[1].entry.casefold().startswith(tuple(self._people)) and \
                part[0].last + 1 < len(toks) and toks[part[0].last + 1].folded in self._possessives and \
                not _CLAUSE_BREAK.search(text[toks[hit.last].end : toks[trap[0].first].start]):
            # «har gitt medlemmene sine i RSA-ene en egen opplæring» (set 73): the member's own people in the council,
            # then what it gave them: likely a measure for them, not the seat; asked on both sides.
            return CouncilDecision("", cid, f"«{trap[1].entry}» for medlemmets egne folk i {cid}: kan være noe annet "
                                   "enn å delta i det", doubtful=True, seat=True)
        if part and hit.genitive and part[0].first == hit.last + 1 and not self._compound_part(toks, hit):
            # "Kompetansebehovsutvalgets leder", "KBUs medlemmer": the council's own people, not a seat; what is said
            # of them may be one («Fire av SRYs medlemmer er oppnevnt etter forslag fra NHO»).
            own_people = part[0].last
            part = next(((h, ph) for h, ph in self._participation.find_all(toks, names | idioms) if h.first > own_people),
                        None)
        if part is None and not hit.genitive:
            part = self._seated(toks, hit) or self._worked_in(text, toks, hit)
        if trap and part and trap[0].first >= 2 and toks[trap[0].first - 1].folded in _HOLDER_FIELD and \
                part[0].first > trap[0].last and 0 <= hit.first - part[0].last - 1 <= _TITLE_SEAT_GAP and not any(
                t.folded in _RELATIVE for t in toks[trap[0].first : part[0].first]):
            # «Fylkesdirektøren for opplæring sit i RSA», «… møter for fylkeskommunane i SRY» (set 56): the trap's word is
            # the field of the title that sits, and the sentence says that person sits in the council; so is «Ein
            # rådgjevar frå fagopplæringa … er oppnemnd til Fagleg råd …» (set 59). («Kurs for
            # representantene i RSA», «Opplæring av dei som sit i SRY»: the course is the measure, for those who sit.)
            trap = None
        if trap and part and part[0].first < trap[0].first < hit.first - 1 and toks[hit.first - 1].folded in self._about:
            # «Representantar deltok på kurs om SRY»: taking part in something about the council, or a seat: asked.
            return CouncilDecision("", cid, f"«{trap[1].entry}» om {cid}: kan være noe annet enn å delta i det",
                                   doubtful=True, seat=True)
        doubt = self._doubts.first(toks, names)
        trap_at = trap[0].first if trap else len(toks)
        part_at = part[0].first if part else len(toks)
        doubt_at = doubt[0].first if doubt else len(toks)
        lead = [t.folded for t in toks[: hit.first]]
        opens = not hit.genitive and all(w in self._openers for w in lead)
        # "KBU: NHO er fast medlem", "UHR-MNT: Akademikerne har en observatør": a heading, and the words
        # after it say what the row is; "Kompetansebehovsutvalget la fram ...": the council is the subject.
        after = text[toks[hit.last].end : toks[hit.last + 1].start] if hit.last + 1 < len(toks) else ""
        heading = opens and bool(_HEADING.search(after))
        subject = opens and not heading
        named = " ".join(t.text for t in toks[hit.first : hit.last + 1])
        if trap and part and 2 <= trap_at < part_at and toks[trap_at - 1].folded in _HOLDER_FIELD and not (
                (subject or heading) and trap_at > hit.last):
            # «I kompetansebehovsutvalet er det KS si avdeling for analyse … som fører ordet» (set 62): the trap's word
            # may be the field of those who take part, whatever the order: asked. (Under the council as a heading,
            # «RSA ved HVL: fylkesdirektør for opplæring er medlem», the words after it say what the row is.)
            return CouncilDecision("", cid, f"«{trap[1].entry}» kan være feltet til dem som deltar i {cid}",
                                   doubtful=True, seat=True)

        if given_type and given_type != COUNCIL_TYPE:
            # "Utredning av RSA-ordningen" typed FoU: something of the council, and the report says what kind.
            of_it = hit.genitive and part is None
            return CouncilDecision("", cid, f"nevner {cid}, men typen er {given_type}", doubtful=trap is None and not of_it)
        written = text[toks[hit.first].start : toks[hit.last].end]
        if hit.first and member and written[:1].islower() and genitive_of(toks[hit.first - 1].folded, member):
            # «Virkes arbeidslivsråd for handelsutdanningene» (round 71): the member's own council, in the shared
            # one's common noun; asked.
            return CouncilDecision("", cid, f"«{toks[hit.first - 1].text} {written}» er medlemmets eget råd, ikke {cid}",
                                   doubtful=True)
        if member in self._counties and fold(written) in self._county_bodies[cid]:
            # «Yrkesopplæringsnemnda (Y-nemnda)» from a county council: the county's own body, not the national council;
            # a part in it («har sekretariatet for yrkesopplæringsnemnda») is asked, as readers have counted it SRY's.
            return CouncilDecision("", cid, f"«{written}» er fylkets eget organ, ikke {cid}", doubtful=part is not None)
        if council.national:
            # «… for Trøndelag» after the council's name, «Trøndersk kompetansebehovsutval» right before it.
            region = next((h for h, _ in self._regions.find_all(toks)
                           if (hit.last < h.first <= hit.last + _REGION_REACH
                               and not _CLAUSE_BREAK.search(text[toks[hit.last].end : toks[h.first].start]))
                           or h.last == hit.first - 1), None) or next(
                (h for h, _ in self._copies.find_all(toks) if h.last == hit.first - 1), None)
            if region is not None:
                place = " ".join(t.text for t in toks[region.first : region.last + 1])
                return CouncilDecision("", cid, f"en regional utgave av {cid} ({place})", doubtful=trap is None)
        body = next((t.text for t in toks[hit.last + 1 : hit.last + 1 + _REGION_REACH]
                     if t.folded in {b.casefold() for b in council.other_bodies}), "")
        if body:
            return CouncilDecision("", cid, f"rådet ved «{body}» er institusjonens eget, ikke {cid}", doubtful=True)
        also = f"; nevner også {', '.join(others)}" if others else ""
        runs = self._owner_runs.first(toks, names) if member and member == council.owner and not part else None
        # «Oppfølging av Kompetansebehovsutvalget», «Videreføring av KBU med nytt mandat» from the council's owner:
        # running the council is the council itself, as the secretariat registers it; a reviewer checks.
        owned = CouncilDecision(cid, cid, f"{member} eier {cid}: «{runs[1].entry}» av det er rådet selv{also}", True) \
            if runs else None
        if owned and runs and trap is not None and trap[0].first == runs[0].first:
            return owned
        if trap and heading and trap_at > hit.last and toks[trap[0].last].folded in self._about:
            # «Kompetansebehovsutvalget – rapport om offentlig sektor» (round 71): under the council's name, a report
            # about something else is likely the council's own; from its owner the council's row, a reviewer checks.
            mine = member == council.owner
            return CouncilDecision(cid if mine else "", cid, f"«{trap[1].entry}» under {cid}: kan være rådets eget arbeid",
                                   doubtful=True, seat=not mine)
        if trap and trap_at < min(part_at, doubt_at) and not (subject and trap_at > hit.last):
            if trap is weak or part and trap[0].last + 1 < len(toks) and toks[trap[0].last + 1].folded in _FROM and \
                    part[0].first - trap[0].last <= _FROM_REACH:
                # «KBU – orientering fra LOs medlem» (round 59): an account from the member's own seat, or about the
                # council: asked either way.
                return CouncilDecision("", cid, f"«{trap[1].entry}» ved {cid}: kan være noe annet enn å delta i det",
                                       doubtful=True, seat=True)
            return CouncilDecision("", cid, f"handler om {cid} («{trap[1].entry}»), ikke om å delta i det")
        if doubt and (doubt_at < part_at or doubt_at < hit.first):
            return CouncilDecision("", cid, f"«{doubt[1].entry}» i {cid}: usikkert om det regnes som å delta i det",
                                   doubtful=True, seat=True)
        # Asked only of a row that names no participation: a seat decides the row before it would matter.
        only_name = not part and not hit.genitive and len(self._residual(toks, [
            *((h.first, h.last) for _, h in mentions), *((h.first, h.last) for h, _ in self._names.find_all(toks))
        ])) <= MAX_RESIDUAL_WORDS
        if self._is_council.get(member) == cid and not part and not only_name:
            # "Fagskolerådet har gitt ut ...", reported by Fagskolerådet: the council's own work, not a seat in it;
            # its row that is its name alone reports the council itself. Naming itself and the council too
            # («Fagskulerådet sitt arbeid i Nasjonalt fagskoleråd») may be either: asked, on the council's side too.
            twice = len({h.first for c, h in mentions if c.id == cid}) > 1
            return CouncilDecision("", cid, f"{member} rapporterer sitt eget arbeid som {cid}", doubtful=twice, seat=twice)
        if part and self._is_council.get(member) == cid and {
                fold(text[toks[h.first].start : toks[h.last].end]) for c, h in mentions if c.id == cid} <= self._own_names[member]:
            # «Fagskolerådet har bidratt med innhold … til HK-dirs nye side» (set 76): the member that is the council
            # names only itself, by its own name; what it took part in is something else, likely. Asked.
            return CouncilDecision("", cid, f"{member} rapporterer trolig sitt eget arbeid: «{named}» er medlemmet selv",
                                   doubtful=True, seat=True)
        if part and self._is_council.get(member) == cid and part_in_own_clause(
                text, toks, [h for c, h in mentions if c.id == cid], part[0]):
            # «Fagskulerådet koordinerer prosjektet …, der sjøfolk får fartstid godkjend som del av …» (set 70): the
            # member that is the council names itself, and the word of taking part stands in a clause of its own; its
            # own work, likely, but asked.
            return CouncilDecision("", cid, f"{member} rapporterer trolig sitt eget arbeid: «{part[1].entry}» står i en "
                                   f"annen setningsdel enn {cid}", doubtful=True, seat=True)
        if part:
            return CouncilDecision(cid, cid, f"deltakelse i {cid}: «{part[1].entry}» «{named}»{also}", bool(others))
        if subject or heading:
            # What follows the council may still be about it rather than part of it ("KBU-seminaret ...").
            unsure = bool(others) or trap is not None or heading
            return CouncilDecision(cid, cid, f"{cid} er tiltaket selv: «{named}» innleder teksten{also}", unsure)
        if only_name:
            return CouncilDecision(cid, cid, f"deltakelse i {cid}: teksten er rådets navn «{named}»{also}", bool(others))
        if owned:
            return owned
        glossed = self._glossed(text, toks, mentions)
        if glossed is not None:
            # «Nasjonale råd for profesjonsutdanningene (fagstrategiske enheter)»: the words before are the
            # council described, its name given in brackets; likely the council itself, but a reviewer checks.
            return CouncilDecision(glossed.id, glossed.id, f"{glossed.id} er tiltaket selv: navnet står i parentes "
                                   f"etter en beskrivelse av det{also}", doubtful=True)
        # Nothing in the words says what the row is ("Alle universiteter og høgskoler har etablert RSA"): it may
        # well be a seat they do not name, and the council's row may then lack a member, so it asks too.
        return CouncilDecision("", cid, f"nevner {cid}, men sier ikke at medlemmet deltar", doubtful=True, seat=True,
                               silent=True)

    def _described(self, text: str, toks: list[Token]) -> CouncilDecision:
        """A seat in a council the text describes in other words than its names («sitter i karriereforumet», «er med i
        rådet som Universitetet i Stavanger har for samarbeid med arbeidslivet»): taken as one, and asked."""
        words = [t.folded for t in toks]
        for council, stems in self._described_by:
            if not any(all(any(has_stem(w, stem) for w in words) for stem in entry) for entry in stems):
                continue
            part = self._participation.first(toks)
            if any(t.folded in self._about_weak for t in toks):
                return NOT_NAMED  # «Sametinget har oppnevnt et eget utvalg som skal kartlegge …» (set 54): its own
            # «utvalget som analyserer Norges kompetansebehov» (set 65): a verb after «som» says what the body does;
            # «…, og har i år fulgt opp temaet bransjeskifte»: a clause after the seat's tells what the member did there.
            end = text.find(",", toks[part[0].last].end) if part else -1
            # «utvalget som hvert år legger fram analyser av …» (set 78): a trap's word anywhere in the clause that
            # «som» opens after the seat still says what the body does.
            traps = [h for h, _ in self._traps.find_all(toks) if not (h.first and toks[h.first - 1].folded in _RELATIVE)
                     and (end < 0 or toks[h.first].start < end) and not (part and any(
                         t.folded in _RELATIVE for t in toks[part[0].last + 1 : h.first]))]
            if part is None or traps:
                return NOT_NAMED
            return CouncilDecision(council.id, council.id, f"«{part[1].entry}» i et organ beskrevet som {council.id}, "
                                   "uten navnet: kontroller at det er en plass i det", doubtful=True)
        return NOT_NAMED

    def participation(self, tiltak: str, type_name: str, member: str = "") -> tuple[str, str]:
        """(council id, evidence) when the row is taking part in a shared council, else ('', reason)."""
        d = self.decide(tiltak, type_name, member)
        return d.council, d.evidence
