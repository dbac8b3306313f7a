"""Whether two rows name the same programme, project or event, and which name they share."""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from .name_profile import NameProfile
from .name_text import NAME_ENDINGS, NAME_IN_TEXT_CHARS, in_sequence, inflected_in, kind_spelled, name_stem, same_schemes, stem_seq

SAME_BASE = 95  # a title found in a text whose words had a kind joined on: all but a letter of it
TITLE_AS_NAME_CHARS = 5  # a lead title this long that the other row writes as a proper noun is a shared name
CONTAINED = 90  # a title stands in another text when it matches a stretch of it this well
SAME_WORD = 75  # … and each of its longer words one of the text's, in another inflection or spelling at most


_DEFINITE = ("en", "et", "a")  # «Læringsmonitoren», «Barnehageløftet», «Lærlingløfta»
# «Virkes kompetansebarometer», «kommunenes kompetansebarometer»: a genitive right before the word names whose own it
# is, another than the one the other row names; «årets læringsmonitor» names when, not whose.
_OWNED = re.compile(r"(?<!\w)([\w-]+(?:s|'))\s+$")
_FOR_WHOM = re.compile(r"\s+for\s+\w")  # «kompetansebarometer for spesialisthelsetjenesten»: one made for a sector
_WHEN = frozenset({"årets", "fjorårets", "dagens", "ukens", "ukas", "vekas", "månedens", "månadens", "høstens",
                   "haustens", "vårens", "sommerens", "sommarens", "vinterens"})


def shared_name(a: NameProfile, b: NameProfile) -> str:
    """The name two rows share ('' if none): the same proper noun or acronym, or one's title in the other."""
    # «Vestland kompetanseforum» and «det regionale kompetanseforumet i Vestland»: one region's body.
    # «Helsekompetanse 2028» and «Helsekompetansekonferansen 2028»: one name, once with its kind joined on.
    # «Veilederakademiet» and «Rettleiarakademiet»: one name in Bokmål and Nynorsk, one stem.
    common = sorted(a.names & b.names) or sorted(a.name_stems & b.name_stems) or sorted(
        a.regional_bodies & b.regional_bodies) or same_schemes(
        a.schemes, b.schemes) or same_schemes(a.schemes, b.short_schemes) or same_schemes(
        a.short_schemes, b.schemes) or sorted((a.name_stems & b.bases) | (b.name_stems & a.bases)) or sorted(
        # «Bálggis – utvikling av …» beside «… med i Bálggis-prosjektet»: one's title, the other's proper noun.
        n for n in (a.names & set(b.titles)) | (b.names & set(a.titles)) if len(n) >= TITLE_AS_NAME_CHARS)
    if common:
        # A stem («realkompetan») shown as the shortest name written that it opens («realkompetanse.no»).
        written = sorted((n for n in a.names | b.names if n.startswith(common[0])), key=lambda n: (len(n), n))
        return written[0] if written else common[0]
    # «Nasjonal karrierekonferanse 2019», «karrierekonferansen i 2019»: the event as written, before its stem.
    events = sorted(a.events & b.events, key=lambda e: (-len(e), e))
    if events:
        return events[0]
    for x, y in ((a, b), (b, a)):
        # "DVL – LO deltok" and «Dagen for vaksnes læring»: one names the programme by its initials.
        spelled = sorted(x.acronyms & y.spelled)
        if spelled:
            return spelled[0]
        # «IA-avtalen» and «avtalen om et inkluderende arbeidsliv»: its kind, then the words its initials spell.
        kind = next((f"{acr}-{k}" for acr, k in sorted(x.acronym_kinds) if kind_spelled(k, acr, y.stem_seq)), "")
        if kind:
            return kind
        # A name one row gives that the other uses where it is no proper noun to us (opening the sentence,
        # after "i"): "Kompetansekartet.no viser …" and "… lagt inn i Kompetansekartet".
        for name in sorted(x.names):
            # «NorskPåJobb» written as words: «Norsk på jobb».
            spaced = r"[\s-]?".join(map(re.escape, name))
            if len(name) >= NAME_IN_TEXT_CHARS and re.search(rf"(?<!\w){spaced}{NAME_ENDINGS}(?!\w)", y.text):
                return name
            # «Læringsmonitoren» and «i årets læringsmonitor»: a name made of a noun in its definite form, written
            # indefinite and in lower case, spelt alike. («Digitaliseringens påvirkning», a genitive, names nothing so;
            # «Sjukepleiarforbundet» and «Sykepleierforbund» are an organisation in two spellings, no measure's name.)
            ending = next((e for e in _DEFINITE if name.endswith(e)), "")
            base = name[: -len(ending)] if ending else ""
            found = re.search(rf"(?<!\w){re.escape(base)}{re.escape(base[-1])}?{NAME_ENDINGS}(?!\w)", y.text) if (
                " " not in name and len(base) >= NAME_IN_TEXT_CHARS) else None
            owner = _OWNED.search(y.text[: found.start()]) if found else None
            if found and not (owner and owner[1] not in _WHEN) and not _FOR_WHOM.match(y.text[found.end():]):
                return name
        # «Prøvenemndskolen» and «Prøvenemndskulen, digital opplæring»: one word, spelt in Bokmål and in Nynorsk.
        for name in sorted(x.names):
            if " " not in name and len(name) >= NAME_IN_TEXT_CHARS and name_stem(name) in y.nynorsk_stems:
                return name
        for title in x.titles:
            # The title stands in the other text, or is that text in other words; a shorter text merely fitting
            # inside the title is not («KS' kompetansebarometer» in «kompetansebarometer blant NHOs …»).
            fits = len(title) <= len(y.text)
            alike = fuzz.partial_ratio(title, y.text) if fits else fuzz.ratio(title, y.text)
            if len(title) >= 8 and (alike >= CONTAINED and _words_stand(title, y.text) or inflected_in(title, y.text)
                                    or in_sequence(stem_seq(title), y.stem_seq)
                                    or y.untailed != y.text and len(title) <= len(y.untailed)
                                    and fuzz.partial_ratio(title, y.untailed) >= SAME_BASE):
                return title
    return ""

def _words_stand(title: str, text: str) -> bool:
    """Every longer word of the title stands in the text, spelt all but alike: «fagskoletilbud i helse» is no stretch of
    «fagskoletilbud i havbruk», however few letters the two differ by."""
    words = re.findall(r"\w+", text)
    return all(any(fuzz.ratio(w, x) >= SAME_WORD for x in words) for w in re.findall(r"\w{4,}", title))


def same_opening(a: NameProfile, b: NameProfile) -> str:
    """The opening words two rows share ('' if none)."""
    return a.opening if a.opening and a.opening == b.opening else ""
