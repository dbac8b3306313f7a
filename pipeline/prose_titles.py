"""A heading that names no delmål over text that closes with its delmål in brackets: one tiltak, titled by the heading.

«KOMPIS – kompetanseløft i SMB» over «Felles prosjekt med LO … (Delmål 2.4)», as a newsletter writes what a
report puts in a table: the heading is the tiltak, the text its description, the bracket its delmål.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable

from normalise.delmal import arabic
from normalise.text import clean
from parsers.content import Paragraph
from tiltak_core.records import Provenance

from .draft_row import PROSE_CONFIDENCE, DraftRow

# "(Delmål 2.3 – karrieremuligheter i yrkesfag)" closing a text: its delmål, and maybe the delmål's words; or a
# last sentence that is the code alone («… og praksisplasser. Delmål 1.4.»).
# So does a last sentence saying which delmål it is («Det hører til delmål 2.5, å få dokumentert kompetanse.», «…, og
# det er delmål 1.3.»), a speaker's «(pause)» after it; not one that mentions a code («Rådet drøftet delmål 1.4 …»).
_CODED = r"delm[åa]l(?:et)?\s*\d\s?[.,]\s?\d{1,2}"  # «delmål 2.3», «Delmålet 1,4»
_CLOSING_DELMAL = re.compile(rf"\(\s*(?P<code>{_CODED})(?![\d.,]\d)(?P<rest>[^()]{{0,80}})\)[\s.]*$"
                             rf"|(?:^|(?<=[.!?])\s)\s*(?P<last>{_CODED})\s*\.?\s*$"
                             rf"|(?:^|(?<=[.!?])\s|,\s*og\s)\s*(?:det|dette|tiltaket)\s+(?:er|hører|høyrer|gjeld|gjelder)"
                             rf"(?:\s+(?:inn|til|under|på))*\s+(?P<said>{_CODED})(?![\d.,]\d)"
                             rf"[^.!?()]{{0,80}}[.!]\s*(?:\([^()]{{1,20}}\)\s*)?$",
                             re.IGNORECASE)
TITLE_WORDS = 15  # a tiltak's title; a longer heading is a sentence
_TEXTS = 3  # paragraphs of description a title carries before its bracket; more is a section's prose


@dataclass(frozen=True)
class Titled:
    title: Paragraph
    delmal: str
    beskrivelse: str
    particulars: tuple[str, ...] = ()  # what the bracket says after the code («(delmål 3.4; nettverk; ansvar: X)»)
    how: str = ("overskrift over tekst som slutter med delmålet (i parentes eller som siste setning): overskriften er "
                "tiltaket, teksten beskrivelsen")

    def row(self, source_file: str, tiltak: str) -> DraftRow:
        fields = {"delmal": self.delmal, "tiltak": tiltak, "beskrivelse": self.beskrivelse}
        return DraftRow(Provenance(source_file, page=self.title.page, line=self.title.line), fields, {}, PROSE_CONFIDENCE,
                        [self.how])


@dataclass
class TitleOverText:
    """Follows a heading that named no delmål through the text under it, until a bracket gives the delmål."""

    title: Paragraph | None = None
    texts: list[str] = field(default_factory=list)

    def open(self, heading: Paragraph | None) -> None:
        short = heading is not None and len(heading.text.split()) <= TITLE_WORDS
        self.title, self.texts = (heading if short else None), []

    def add(self, p: Paragraph) -> Titled | None:
        """The tiltak the title over this text makes, once the text closes with a delmål; None until then."""
        if self.title is None or p.kind != "text" or p.lead or len(self.texts) >= _TEXTS:
            self.open(None)
            return None
        own = _CLOSING_DELMAL.search(p.text)
        if own is None:
            self.texts.append(p.text)
            return None
        rest = tuple(part for x in re.split(r"[;,]", own["rest"] or "") if (part := clean(x).strip(" –-")))
        found = Titled(self.title, own["code"] or own["last"] or own["said"],
                       clean(" ".join([*self.texts, p.text[: own.start()]])), rest)
        self.open(None)
        return found

    def takes(self, particulars: dict[str, str], following: Paragraph | None, item_above: bool, bare: bool,
              item_coded: bool = False) -> bool:
        """Whether a line of particulars closes the open title, or (more than a code) fills the item above. A code
        alone («Delmål 2.1») may head a list instead: it closes only a title straight above it (open here, or the
        item above, still `bare` of text), with text under it, or, when a heading follows, a title and its text or
        an item above that is not `item_coded`."""
        if len(particulars) >= 2:
            return self.title is not None or item_above
        if (following is None or following.kind == "heading") and (
                self.title is not None and self.texts or item_above and not item_coded):
            # Under a title or an item and its text, the next heading after it: it heads no list. (Under an item
            # that has a code of its own, it heads a section left empty.)
            return True
        return (self.title is not None and not self.texts or bare) and following is not None and (
            following.kind == "text" and not following.lead)

    def open_lead(self, p: Paragraph, lead: str, rest: str) -> None:
        """«**Råd for samarbeid med arbeidslivet.** Helseforetakene sitter …» under no delmål: the bold title and
        its text, which a line naming the delmål may close."""
        self.title, self.texts = Paragraph(p.page, p.line, lead, "heading", p.level), ([rest] if rest else [])

    def close(self, delmal: str) -> Titled | None:
        """The tiltak the open title makes when a line of particulars naming its delmål follows it or its text."""
        found = Titled(self.title, delmal, clean(" ".join(self.texts)),
                       how="overskrift over en linje som oppgir delmålet: overskriften er tiltaket") if self.title is not None else None
        self.open(None)
        return found


def titles_text_below(p: Paragraph, following: Paragraph | None) -> bool:
    """A short line ending in a colon over text that closes with its delmål in brackets: that text's title
    («Språkkafénettverket:» over «Nettverk av 60 språkkafeer … (delmål 3.4; nettverk)»), not a list's lead-in."""
    text = clean(p.text)
    return p.kind == "text" and not p.lead and text.endswith(":") and len(text.split()) <= TITLE_WORDS and (
        following is not None and following.kind == "text" and not following.lead
        and _CLOSING_DELMAL.search(following.text) is not None)


@dataclass(frozen=True)
class Linked:
    text: str  # what stands before the sentence that links the delmål
    sentence: str  # «Tiltaket hører til strategiens mål om …», «Knyttes til delmålet om …»


SENTENCES = re.compile(r"(?<=[.!?])\s+(?=[A-ZÆØÅ])")
_CLOSING_BRACKET = re.compile(r"\s*\((?P<inner>[^()]{5,200})\)\s*\.?\s*$")


def linked_delmal(text: str, links: tuple[str, ...]) -> Linked | None:
    """The sentence closing a text that links it to a delmål, opening as such a line does («Knyttes til delmålet
    om …», «Tiltaket hører til strategiens mål om …»); the whole text when it is that line alone."""
    bracket = _CLOSING_BRACKET.search(clean(text))
    if bracket and any(bracket["inner"].casefold().startswith(w) for w in links):
        return Linked(clean(text)[: bracket.start()], bracket["inner"])  # «… deltok. (bidrar til bruk av …)»
    sentences = SENTENCES.split(clean(text))
    last = sentences[-1]
    # A line of its own that opens with what the tiltak is («Undersøkelsen hører inn under delmål 1.3.», «Prosjektet
    # bidrar til delmål 1.3.» under a memo's numbered titles): its subject, then the link.
    subject, _, rest = last.partition(" ")
    alone = len(sentences) == 1 and subject[:1].isupper() and subject.isalpha()
    if not any(last.casefold().startswith(w) or alone and rest.casefold().startswith(w) for w in links):
        return None
    return Linked(" ".join(sentences[:-1]), last)


# «Delmål I.1 – Akademikerne har en plass i KBU», «Delmål 2.2: Tillitsvalgtkurs …»: a code, then a title.
_SQUARE_CODE = re.compile(r"\s*\[\s*([^\[\]]{1,30}?)\s*\]\s*$")
_CODED_TITLE = re.compile(r"^\s*(?:delm[åa]l(?:et)?|dm\.?)\s*(?P<code>I{1,3}\s?\.\s?\d{1,2}|\d\s?[.,]\s?\d{1,2})"
                          r"\s*[–—:-]\s*(?P<title>\S.*?)\s*$", re.IGNORECASE)


# «Tiltak under delmål 2.1»: words that lead up to the code are a heading over the delmål's tiltak, not a title.
_LINKED_TO_CODE = re.compile(r"\b(?:under|for|til|i|om|med|på|av|og|innen|innan)\s*$", re.IGNORECASE)
# «Medlem i SRY Delmål 2.3»: a slide's title with its code set to the right on the same line.
_TITLE_CODED = re.compile(r"^\s*(?P<title>[^:]*?[^:\s])\s*[–—-]?\s+(?:delm[åa]l(?:et)?|dm\.?)\s*"
                          r"(?P<code>I{1,3}\s?\.\s?\d{1,2}|\d\s?[.,]\s?\d{1,2})\s*$", re.IGNORECASE)
# «1.4 | Rådsplass | Sametingets medlem i RSA …»: a heading of fields between bars, the code, the kind and the title.
_BARRED = re.compile(r"^\s*(?P<code>\d[.,]\d{1,2})\s*\|\s*(?P<kind>[^|]{2,40}?)\s*\|\s*(?P<title>[^|]*[^|\s])\s*$")


def coded_title(p: Paragraph, following: Paragraph | None, worded: Callable[[str], bool]) -> dict[str, str]:
    """The delmål and tiltak of a line «Delmål I.1 – Title» (or «Title Delmål 2.3») over text that describes it; {}
    for a delmål's own heading («Delmål 1.1 – Bedre kunnskap om …», its own words: `worded`) or a line with no
    text under it."""
    m = _CODED_TITLE.match(p.text) or (_TITLE_CODED.match(p.text) if p.kind == "heading" else None)
    if m is None and (barred := _BARRED.match(clean(p.text))) and following is not None and following.kind == "text":
        # The kind between code and title makes it a tiltak's heading: a delmål's own says no kind.
        code = barred["code"].replace(",", ".")
        return {"delmal": code, "tiltak": barred["title"].rstrip(" ."), "type": barred["kind"]}
    if m is None:
        return {}
    # «Delmål 2.1: Digital kompetanse 55+ [3]»: a type or its code in square brackets closes a tiltak's title; a
    # delmål's heading carries none, so words like the delmål's do not make it one.
    typed = _SQUARE_CODE.search(m["title"])
    title = m["title"][: typed.start()] if typed else m["title"]
    if _LINKED_TO_CODE.search(title) or following is None or following.kind != "text" or following.lead or (
            worded(title) and not typed) or len(title.split()) > TITLE_WORDS:
        return {}
    fields = {"delmal": arabic(f"Delmål {m['code'].replace(' ', '')}"), "tiltak": title.rstrip(" .")}  # «II.2» is 2.2
    return fields | ({"type": typed.group(1)} if typed else {})


def heads_title_below(p: Paragraph, following: Paragraph | None, previous: Paragraph | None,
                      previous_labelled: bool = False) -> bool:
    """«Delmål 2.1 · Arrangement» first on its page, straight over a heading: a slide's line over its title, giving
    that title's particulars, not the last slide's. (A line that closes a title stands under it, on its page.) So
    too a card's tags over its title, after the line of labels closing the card before («Ansvar: … · Med: …»)."""
    first_on_page = p.page is not None and (previous is None or previous.page != p.page)
    after_card = previous is not None and previous.page == p.page and previous_labelled
    return (first_on_page or after_card) and following is not None and following.kind == "heading" and (
        following.page == p.page)
