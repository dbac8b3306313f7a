"""Shapes found by looking ahead over a document's paragraphs: the list items and headings that open a tiltak.

«1. Kompetanseforum» / «Forumet la fram …» / «Mål: …. Kategori: nettverk.»: the item is the tiltak, the text
its description, the labels its fields, though no heading above names a delmål: the item's own labels do.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import partial
from typing import Callable, Sequence

from normalise.text import clean
from parsers.content import Paragraph

from .item_delmal import own_delmal
from .prose_lines import is_sentence

_WHO = frozenset({"ansvarlig", "samarbeidspartnere"})
_SECTION_NUMBER = re.compile(r"^\d{1,2}\.\d{1,2}\.?\s")
BLOCK_LINES = 3  # lines of text and labels that may stand between an item and its labelled line
FIGURE_ITEMS = 6  # key figures listed inside a tiltak's account; a longer list under a heading is a list of tiltak
# «• Delmål 1.4 – samarbeid mellom utdanning og arbeidsliv» under a slide's title: its delmål, with no label's colon.
# «– delmål 2.3 (karrieremuligheter i yrkesfaglige utdanninger)» under a numbered item: that item's delmål.
# «Delmål 2.4 – …», «dm. 2,4», or a code alone on its line («2.4», a card's tag).
DELMAL_LINE = re.compile(r"^\W*(?:(?:delm[åa]l(?:et)?|dm\.?)\s*\d\s?[.,]\s?\d{1,2}(?!\d)\s*(?:$|[–—:(,-]\s*\w)"
                         r"|\d[.,]\d{1,2}\s*$)", re.IGNORECASE)


def worded_delmal_line(q: Paragraph, in_words: Callable[[str], bool]) -> bool:
    """A plain line, no sentence, naming a delmål in its own or other words («Digital kompetanse i hele arbeidsstyrken»)."""
    return not q.lead and not is_sentence(q.text) and in_words(q.text)


def labelled_items(paragraphs: Sequence[Paragraph], labels: Callable[[Paragraph | None], dict]) -> frozenset[tuple]:
    """(page, line) of every list item whose own lines, before the next item or heading, name its delmål by a
    label or a line of particulars («Delmål 1.4 · Råd/utvalg · Ansvar: KS»); its own lines may be sub-items
    («1. Title: account» over «– Delmål: 1.2», «– Type: nettverk»), as Word's numbering nests them."""
    found = set()
    for n, p in enumerate(paragraphs):
        if p.kind not in ("bullet", "numbered"):
            continue
        for k, q in enumerate(paragraphs[n + 1 : n + 1 + BLOCK_LINES], n + 1):
            sub = is_sub_item(q, p)
            if q.kind != "text" and not sub:
                break
            after = paragraphs[k + 1] if k + 1 < len(paragraphs) else None
            if q.page != p.page and after is not None and after.kind == "heading":
                break  # «Delmål 2.1 | Prosjekt» over the next slide's title: that title's, not the list's last item's
            if "delmal" in labels(q) or sub and DELMAL_LINE.match(q.text):
                found.add((p.page, p.line))
                break
    return frozenset(found)


def is_sub_item(q: Paragraph, item: Paragraph) -> bool:
    """Whether `q` is a list item under `item`: a level deeper (Word's numbering), or dashes under a lettered or
    numbered item (a .doc's levels lost in conversion, its marks kept)."""
    return q.kind in ("bullet", "numbered") and (q.level > item.level or q.kind != item.kind)


def sub_item_fields(text: str, split_labels: Callable[[str], tuple[str, dict[str, str]]]) -> dict[str, str]:
    """What a block item's sub-item says of it: its labels («type: kurs»), its delmål («delmål 2.3 (…)»), or more of
    its description."""
    head, labelled = split_labels(text)
    if not head:
        return labelled
    return {"delmal": clean(text)} if DELMAL_LINE.match(text) else {"beskrivelse": clean(text)}


def labelled_headings(paragraphs: Sequence[Paragraph], labels: Callable[[Paragraph | None], dict],
                      names_omrade: Callable[[str], bool] = lambda _: False,
                      names_in_words: Callable[[str, str], bool] = lambda _h, _t: False,
                      closes_in_words: Callable[[str], bool] = lambda _: False,
                      sections: frozenset[tuple] = frozenset(),
                      note: Callable[[str], bool] = lambda _: False) -> frozenset[tuple]:
    """(page, line) of every heading over a few lines of its own that give its delmål and more by labels («Delmål:
    1.1», «Type: …», «Ansvar: …»), with a paragraph or two of text and no list: a slide's or a block's tiltak, the
    text its description, the labels its fields. One bulleted line naming the område or opening with the delmål may
    give it («• Innsatsområde 2 – læring i arbeidslivet (delmål 2.5)», «• Delmål 1.4 – …») beside a bullet or two
    of text, as a slide's do; an item titled and coded its own way («Norskkurs for … (dm 3.4)») is a tiltak, not
    such a line. So may the first line, plain and no sentence, in the delmål's own or other words («Digital kompetanse
    i hele arbeidsstyrken»), under a heading that gives no code: `names_in_words(heading, line)`; or a slide's last
    line, in words close to the delmål's own: `closes_in_words(line)`. `sections`: headings numbered by their
    chapter (section_numbered), whose number is no delmål's; `note`: a line about the report («Kontaktperson: …»),
    which may close the last heading's lines."""
    found, turned, on_page = set(), set(), 0
    for n, p in enumerate(paragraphs):
        if p.kind != "heading" or labels(p) or names_omrade(p.text):
            continue  # «II Læring i arbeidslivet» over an item and its lines: a section, not a tiltak's title
        under = _under(paragraphs, n)
        while len(under) > 1 and note(under[-1].text):
            under = under[:-1]
        item = next((q for q in under if q.kind in ("bullet", "numbered") and not labels(q)), None)
        if item is not None and any(is_sub_item(q, item) for q in under[under.index(item) + 1:]):
            continue  # «• Undersøkelse …» over «– type: …», «– ansvar: …»: the labels are the item's, not the heading's
        # The line in the delmål's words opens what stands under the heading, or, close to the delmål's own words,
        # closes a slide's few lines («Bransjeprogrammet for handel» over «3 400 deltakere …», «Løfter den digitale
        # kompetansen i hele arbeidsstyrken»).
        closing = len(under) - 1 if len(under) > 1 and _a_page_of_its_own(paragraphs, n, under) else None
        own = [labels(q) for q in under]
        coded = [q for x, q in enumerate(under) if not own[x] and (names_omrade(q.text) or DELMAL_LINE.match(q.text) or (
            x == 0 and worded_delmal_line(q, partial(names_in_words, p.text))) or (
            x == closing and worded_delmal_line(q, closes_in_words)))]
        if coded and coded[-1] is under[-1] and names_omrade(coded[-1].text) and (
                len(coded) == 2 and DELMAL_LINE.match(coded[0].text) or any("delmal" in f for f in own)):
            # «DM 1.3 · Pilot» … then «Læring i arbeidslivet» right before the next title: a roadmap's lane label, set
            # over what follows, not a second delmål of this block.
            coded = coded[:-1]
        labelled = own + [{"delmal": q.text} for q in coded[:1]]
        # What follows the last labelled line is the letter's or page's closing («Med helsing»), not the block's.
        last = max((x for x, q in enumerate(under) if own[x] or q in coded), default=len(under) - 1)
        plain = [q for x, q in enumerate(under[: last + 1]) if not own[x] and q not in coded]
        # «Delmål 1.3 – Ansvar: …» closing the title's text on its page: one line opening with the delmål, and who ran
        # it. (Not under a section numbered as a delmål is, «2.2 Nasjonal konferanse …»: numbered_titles reads those.)
        said = set(own[last]) if under else set()
        closed = bool(under) and {"delmal"} < said and bool(said & _WHO) and under[last].page == p.page and bool(
            DELMAL_LINE.match(under[last].text)) and not _SECTION_NUMBER.match(p.text)
        slide = len(coded) == 1 and len(plain) <= SLIDE_TEXT_LINES
        facts = not coded and _closed_by_facts(p, under, own, plain, (p.page, p.line) in sections)
        on_page += facts
        if not coded and not facts and _closed_by_facts(p, under, own, plain, (p.page, p.line) in sections, True):
            turned.add((p.page, p.line))
        # A «Tiltak:» label names the tiltak itself: the heading over it is the document's or a section's; so do
        # several lines giving a delmål, each its own tiltak's under a bold title that opens its paragraph.
        if (sum(map(bool, labelled)) >= 2 or closed) and sum("delmal" in f for f in labelled) == 1 and not any("tiltak" in f for f in labelled) \
                and len(coded) <= 1 and len(plain) <= BLOCK_LINES and (slide or all(q.kind == "text" for q in plain)) or facts:
            found.add((p.page, p.line))
        elif (_slide_with_code(under, labels) or _slide_closed_in_words(under, coded, labels)) and _a_page_of_its_own(
                paragraphs, n, under):
            # «Virke i Råd for samarbeid med arbeidslivet» over «Virke deltar i RSA ved …», «Vi bidrar til …» and
            # «Delmål 1.4», alone on a page: a slide's title, its lines and its delmål, though nothing is labelled.
            found.add((p.page, p.line))
    # A line of facts first on its page closes the heading on the page before where the report's other headings are
    # closed so on their own pages (round 71); in a slide deck it stands over the next title, and none closes its own.
    return frozenset(found | turned if on_page >= TURNED_AFTER else found)


TURNED_AFTER = 2  # headings closed by their facts on their own page that show the report's order


def _slide_with_code(under: Sequence[Paragraph], labels: Callable[[Paragraph | None], dict]) -> bool:
    """Whether the lines under a heading are a line or two of text, no sentence, and one line giving a delmål's code."""
    coded = [q for q in under if DELMAL_LINE.match(q.text) and set(labels(q)) <= {"delmal"}]
    text = [q for q in under if q not in coded]
    return len(coded) == 1 and 1 <= len(text) <= SLIDE_TEXT_LINES and not any(
        labels(q) or q.lead or is_sentence(q.text) for q in text)


def _slide_closed_in_words(under: Sequence[Paragraph], coded: Sequence[Paragraph],
                           labels: Callable[[Paragraph | None], dict]) -> bool:
    """Whether a slide's lines are a line or two of text, no sentence, closed by one naming a delmål in its words."""
    text = under[:-1]
    return len(coded) == 1 and bool(under) and coded[0] is under[-1] and 1 <= len(text) <= SLIDE_TEXT_LINES and not any(
        labels(q) or q.lead or is_sentence(q.text) for q in text)


def _a_page_of_its_own(paragraphs: Sequence[Paragraph], n: int, under: Sequence[Paragraph]) -> bool:
    """Whether the heading at `n` opens its page and what stands under it ends there (a slide); not in a document
    without pages."""
    page = paragraphs[n].page
    return page is not None and (n == 0 or paragraphs[n - 1].page != page) and all(q.page == page for q in under) and (
        n + 1 + len(under) >= len(paragraphs) or paragraphs[n + 1 + len(under)].page != page)


def titled_headings(paragraphs: Sequence[Paragraph], gives_delmal: Callable[[str], bool],
                    sets_section: Callable[[str], bool] = lambda _: True) -> frozenset[tuple]:
    """(page, line) of every heading that gives its own delmål in brackets («Kursbank for frivillige lag (Delmål
    II.5, prosjekt)») over sentences and no list: a tiltak's title. Over a list it heads a section of tiltak, unless
    it could not set one (a bare «[1.4]» after its words) and the list is a slide's few lines about it."""
    found = set()
    for n, p in enumerate(paragraphs):
        if p.kind == "heading" and gives_delmal(p.text) and (
                _over_sentences(paragraphs, n) or not sets_section(p.text) and _over_few_items(paragraphs, n)):
            found.add((p.page, p.line))
    return frozenset(found)


SLIDE_TEXT_LINES = 2  # bullets of text beside a slide's labelled lines
SLIDE_ITEMS = 3  # a slide says a few lines about its title; a longer list under a heading is a list of tiltak


def _over_few_items(paragraphs: Sequence[Paragraph], n: int) -> bool:
    under = _under(paragraphs, n)
    return bool(under) and len(under) <= SLIDE_ITEMS and all(q.kind in ("bullet", "numbered") for q in under)


def _under(paragraphs: Sequence[Paragraph], n: int) -> list[Paragraph]:
    """The paragraphs under the heading at `n`, up to the next heading."""
    under = []
    for q in paragraphs[n + 1 :]:
        if q.kind == "heading":
            break
        under.append(q)
    return under


def _over_sentences(paragraphs: Sequence[Paragraph], n: int) -> bool:
    """Whether the heading at `n` stands over sentences and no list, as a tiltak's title does. Short lines without
    a full stop, or paragraphs each opening with a bold title, are tiltak under a section heading."""
    under = _under(paragraphs, n)
    first = under[0].text if under else ""
    sentence = is_sentence(first) or first[:1].isdigit() and first.rstrip().endswith((".", "!", "?"))
    return bool(under) and under[0].kind == "text" and not under[0].lead and sentence and not any(
        q.kind in ("bullet", "numbered") for q in under)


def title_fields(title: str, lead: str, rest: str, codes_in: Callable[[str], list[str]]) -> dict[str, str]:
    """A block's title as the tiltak: a bold lead over plain text («**Title .** What was done.») is the tiltak and
    the `rest` after it the description; a closing «(1,3)» is its own delmål, not the heading's."""
    fields = {"tiltak": title}
    if lead:
        fields = {"tiltak": lead.rstrip(" .:"), "beskrivelse": clean(rest).lstrip(" .:–-")}
    own = own_delmal(fields["tiltak"])
    if own and not own.rest and codes_in(own.delmal):
        fields.update(tiltak=clean(own.text), delmal=own.delmal)
    return fields


# «1.4 Medlemmer i Samarbeidsrådet for yrkesopplæring»: a heading opening with a delmål's code, then a title.
NUMBERED = re.compile(r"^\s*(\d\s?[.,]\s?\d{1,2})\.?\s+(\S.*?)\s*$")
_SECTION = re.compile(r"^\d{1,2}\.?\s+[A-ZÆØÅ]")  # «1 Innledning», «3. Voksne …»: a chapter's number
NUMBERED_TITLES = 2  # headings of that shape that make it the report's way of titling its tiltak


@dataclass(frozen=True)
class NumberedTitle:
    """A heading that titles one tiltak: its code ('' when the report left it out) and its title."""

    code: str
    title: str


def numbered_titles(paragraphs: Sequence[Paragraph], codes_in: Callable[[str], list[str]],
                    worded: Callable[[str], bool], names_omrade: Callable[[str], bool]) -> dict[tuple, NumberedTitle]:
    """(page, line) of the headings under an område's heading that title a tiltak, each over sentences and no list:
    «1.4 Medlemmer i SRY» (a code, then words that are not the delmål's own), and, once a report titles two so,
    its headings of that rank with no code (a code left out; the område's heading still places them). A report
    with no such code, whose område headings its sections' numbers may open («2 Gode valg for …»), titles its
    tiltak with plain headings under them («LOs plass i Kompetansebehovsutvalget»), two or more."""
    found: list[tuple[Paragraph, str, str]] = []
    omrade: int | None = None  # the level of the område heading the headings stand under
    chapters = False  # the report numbers its sections («1 Innledning»): «2.1» may be one of them
    coded_below = False
    given_below = 0  # numbered headings whose text closes with a code of its own («Delmål 1.4 · Type: …»)
    for n, p in enumerate(paragraphs):
        if p.kind != "heading":
            continue
        chapters = chapters or bool(_SECTION.match(clean(p.text)))
        if names_omrade(p.text):
            omrade = p.level
            continue
        if omrade is None or p.level <= omrade:
            omrade = None  # «Veien videre»: the report has left its områder
            continue
        if not _over_sentences(paragraphs, n):
            continue
        m = NUMBERED.match(clean(p.text))
        codes = codes_in(m.group(1)) if m else []
        if m and codes and not worded(m.group(2)):
            found.append((p, codes[0], m.group(2).rstrip(" .")))
            given_below += any(codes_in(q.text) for q in _under(paragraphs, n))
        elif not m and not codes_in(p.text) and not worded(p.text):
            found.append((p, "", clean(p.text).rstrip(" .")))
            # «(Delmål 1.1, råd/utvalg)» under the title's text: the report gives each its code its own way.
            coded_below = coded_below or any(codes_in(q.text) for q in _under(paragraphs, n))
    coded = [p for p, code, _ in found if code]
    if coded and chapters and given_below == len(coded) >= NUMBERED_TITLES:
        # «2.1 Arbeidslivsrepresentanter i …» in a report numbered by chapters, each closed by «Delmål 1.4 · …»: the
        # number is the section's, the code below the tiltak's.
        return {(p.page, p.line): NumberedTitle("", title) for p, code, title in found if code}
    if coded:
        if chapters or len(coded) < NUMBERED_TITLES:
            return {}
        levels = {p.level for p in coded}
        return {(p.page, p.line): NumberedTitle(code, title) for p, code, title in found if p.level in levels}
    if len(found) < NUMBERED_TITLES or coded_below:
        return {}
    return {(p.page, p.line): NumberedTitle("", title) for p, _, title in found}


def fill(fields: dict[str, str], found: dict[str, str], codes_in: Callable[[str], list[str]]) -> None:
    """A block's fields filled from one of its sub-items: its labels say more than the heading it stands under, a
    delmål line counts until the block has a code, and text goes on its description."""
    for name, value in found.items():
        if name == "beskrivelse":
            fields[name] = clean(f"{fields.get(name, '')} {value}")
        elif name != "tiltak" and (name != "delmal" or not codes_in(fields.get("delmal") or "")):
            fields[name] = value


def _closed_by_facts(heading: Paragraph, under: Sequence[Paragraph], own: Sequence[dict], plain: Sequence[Paragraph],
                     section: bool = False, across_pages: bool = False) -> bool:
    """Whether the heading's paragraphs, and key figures listed between them, close with one labelled line giving its
    delmål and more («Strategien: 3.4 · Tiltakstype: prosjekt», round 63): the heading's tiltak and its account. Not a
    slide's line over the next title, first on its page, nor a card's unlabelled tags («2.4 Nettverk»), nor under a
    heading numbered as a delmål is («3.3 Title»: numbered_titles reads those), unless its number is its chapter's
    (`section`: section_numbered). `across_pages`: the lines may turn a page whatever the heading."""
    if not under or under[0].kind != "text" or ":" not in under[-1].text or (
            _SECTION_NUMBER.match(heading.text) and not section):
        return False
    last = own[-1]
    texts = sum(q.kind == "text" for q in plain)
    return "delmal" in last and len(last) >= 2 and "tiltak" not in last and not any(own[:-1]) and (
        texts <= BLOCK_LINES and len(plain) - texts <= FIGURE_ITEMS and (
            section or across_pages or all(q.page == heading.page for q in under)))  # a numbered report's section may turn a page


def unnumbered(text: str) -> str:
    """A section's heading without its number («1.2 Karrieresjekk 50+» → «Karrieresjekk 50+»)."""
    return _SECTION_NUMBER.sub("", clean(text))


def section_numbered(paragraphs: Sequence[Paragraph], names_omrade: Callable[[str], bool]) -> frozenset[tuple]:
    """(page, line) of every heading «1.2 Karrieresjekk 50+» under a chapter heading of the same number that names
    no område («1 Kunnskapsdepartementet»): the report numbers its own sections, and «1.2» is no delmål."""
    found = set()
    chapter: Paragraph | None = None
    for p in paragraphs:
        if p.kind != "heading":
            continue
        text = clean(p.text)
        if _SECTION.match(text) and not _SECTION_NUMBER.match(text):
            chapter = None if names_omrade(text) else p
        elif chapter is not None and p.level > chapter.level and _SECTION_NUMBER.match(text):
            if text.split(".")[0] == clean(chapter.text).split()[0].rstrip("."):
                found.add((p.page, p.line))
        elif chapter is not None and p.level <= chapter.level:
            chapter = None
    return frozenset(found)


def items_inside_accounts(paragraphs: Sequence[Paragraph]) -> frozenset[tuple]:
    """(page, line) of every list item standing between two paragraphs of text under one heading («… ga ut tre
    temanotater.» · «• Ingeniørbehovet …» · «Rapportene er lagt fram …»): a list inside an account, which goes on
    after it; under a heading that titles a tiltak, its items are part of that account, no tiltak of their own."""
    found: set[tuple] = set()
    run: list[Paragraph] = []
    before = False  # text stands above the run, under the same heading
    for p in paragraphs:
        if p.kind in ("bullet", "numbered"):
            run.append(p)
            continue
        if p.kind == "text" and run and before:
            found.update((q.page, q.line) for q in run)
        run = []
        before = p.kind == "text"
    return frozenset(found)


def areas_among_delmal(paragraphs: Sequence[Paragraph], names_delmal: Callable[[str], bool]) -> frozenset[tuple]:
    """(page, line) of every heading that names no delmål but stands between two of its rank that do, with headings
    under it («Læring og godkjenning i arbeidslivet» between two areas named in words like a delmål's): one of the
    report's areas in its own words, whose tiltak are titled as its siblings' are."""
    headings = [(n, p) for n, p in enumerate(paragraphs) if p.kind == "heading"]
    named = {n: names_delmal(p.text) for n, p in headings}
    found: set[tuple] = set()
    for x, (n, p) in enumerate(headings):
        if named[n]:
            continue
        before = next((m for m, q in reversed(headings[:x]) if q.level <= p.level), None)
        after = next((m for m, q in headings[x + 1:] if q.level <= p.level), None)
        deeper = x + 1 < len(headings) and headings[x + 1][1].level > p.level
        if deeper and before is not None and after is not None and named[before] and named[after] and (
                paragraphs[before].level == paragraphs[after].level == p.level):
            found.add((p.page, p.line))
    return frozenset(found)
