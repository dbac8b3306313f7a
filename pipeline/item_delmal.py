"""The delmål a list item gives itself: a code in brackets after its title or at its end, a closing sentence linking it,
or its words in a closing bracket.

«Title (delmål 2,1; kurs) – account», «… Jf. delmål 2,4.», «… (I.4)»: the code, and the type or fields beside it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from normalise.delmal import DelmalMatcher, arabic, written_as_code
from normalise.text import clean

from .prose_titles import linked_delmal

TYPE_WORDS = 2  # «Kurs:», «Nettkurs:», «(… ) – forskning.»: a type is named in a word or two, not a phrase


# "(delmål 1.3, arrangement)." or "[Arrangement, delmål 1.3]" closing an item: its own delmål and, before or
# after it past a comma, its type; «(dm 2.2)» and a bare «[2.4]» too.
# «dm 2.2», «delmål 1,3», «2.4», «jf. delmål 3.6» (a bracket that refers the item to its delmål)
# «Strategipunkt 1.4», «punkt 2.2», «strategimål 2.1»: a member's own word for the code, ending in «punkt» or «mål».
CODE_PATTERN = r"((?:(?:jf|jfr|jamfør)\.?\s+)?(?:delm[åa]l(?:et)?|dm\.?|(?:strategi)?(?:punkt|mål)(?:et)?)?\s*\d\s?[.,]\s?\d{1,2})"
_REFERRING = re.compile(r"^(?:jf|jfr|jamfør)\.?\s+", re.IGNORECASE)
# «delmål 1 3»: a scan's code whose full stop OCR lost, told by the word before it.
_LOST_STOP = re.compile(r"\b(delm[åa]l(?:et)?|dm\.?)\s*(\d)\s(\d)(?![\d.,])", re.IGNORECASE)
# «(Delmål 1.4. Slag: seminar. Ansvarleg: …)»: the particulars after the code may go on as sentences of labels.
_OWN_DELMAL = re.compile(r"[(\[]\s*(?:([^()\[\]]{1,40}?)\s*[,;·|–]\s*)?" + CODE_PATTERN +
                         r"\s*(?:(?:[,;·|–]|\.(?=\s+[^\W\d_]+\s*:))\s*([^()\[\]]{1,240}?))?\s*[)\]][\s.]*$", re.IGNORECASE)
# «Title (2.4): What was done.», «Title (1.1). What was done.», «Title (2.4) – what was done», «Title (kurs, delmål
# 2.4). What was done.», «Title (dm 2.2)
# [FoU]. What was done.», «Title [1.4] What was done.», «Title (delmål 2,1; kurs) – …»: the delmål in brackets after
# the title (its type beside it or in square ones), before the colon, full stop or dash that ends it, or before the
# capital that opens the account.
_OWN_DELMAL_AFTER_TITLE = re.compile(r"^(?P<title>(?:[^():]|:(?=\s)|\([^()\d]*\)){3,150}?)\s*[(\[]\s*"
                                     r"(?:(?P<before>[^()\[\]:,;\d]{2,30}?)\s*[,;·|]\s*(?=(?:delm[åa]l|dm)))?(?P<code>" + CODE_PATTERN + ")" +
                                     r"(?:\s*[,;·|–]\s*(?P<beside>[^()\[\]:]{2,30}?))?\s*[)\]]\s*"
                                     r"(?:\[(?P<type>[^\[\]]{2,30})\]\s*)?(?:(?::|\.|[–—-])\s+|\s(?=(?-i:[A-ZÆØÅ])))(?P<rest>\S.*)$",
                                     re.IGNORECASE | re.DOTALL)
# «Title – delmål 1.4, råd/utvalg/nettverk. Ansvarlig: … », «Title, delmål 1.4: account», «Title – delmål 1.3, forum;
# ansvar: …; med: …»: the delmål named by its word after a dash or a comma, the type past a comma, then the account.
_OWN_DELMAL_AFTER_DASH = re.compile(r"^(?P<title>[^–—]{3,150}?)(?:\s+[–—-]|,)\s+(?:delm[åa]l(?:et)?|dm\.?)\s*"
                                    r"(?P<code>\d\s?[.,]\s?\d{1,2})(?:\s*[,;]\s*(?P<type>[^.,;:]{2,40}?))?\s*(?:[.:;]\s*(?P<rest>.*))?$",
                                    re.IGNORECASE | re.DOTALL)
# «(I.4)», «[II.2]»: a delmål in brackets numbered by its område in roman numerals.
_ROMAN_IN_BRACKETS = re.compile(r"(?<=[(\[])(\s*)(I{1,3})\s?\.\s?(\d{1,2})(?=\s*[)\],;·|–])")


# «… [2.2] – forskning.», «… (delmål 2.2) Type: kurs.»: a type after the brackets that close an item with its code.
_TYPE_AFTER_BRACKET = re.compile(r"(?P<close>[)\]])\s*(?:[–—-]\s*|type\s*:\s*)(?P<type>[^.()\[\]:]{2,30}?)\s*\.?\s*$",
                                 re.IGNORECASE)
# «… Jf. delmål 2,4.»: the code an item refers itself to in its last words.
_SEE_DELMAL = re.compile(r"\s*\b(?:jf\.?|jamfør|se)\s+delm[åa]l(?:et)?\s+(\d\s?[.,]\s?\d{1,2})\s*\.?\s*$", re.IGNORECASE)
# «… fire møter hver. Dm 1.4»: the code as a closing sentence of its own, as a note in a phone is typed.
# «… alle møtene. Delmål 1.1, rådsarbeid. Sammen med AOF Norge.»: so with its type after a comma, and a short sentence
# after it, as a colleague's reply lists its measures.
_CLOSING_DELMAL = re.compile(r"(?<=[.!?])\s+(?:delm[åa]l(?:et)?|dm\.?)\s*(\d\s?[.,]\s?\d{1,2})(?:\s*,\s*(?P<type>[^.,;:]{2,40}?))?"
                             r"\s*(?:\.\s*(?P<after>[^.!?]{2,80}[.!?])?)?\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class OwnDelmal:
    text: str  # the item without its delmål (and the type beside it)
    delmal: str
    type: str = ""
    rest: str = ""  # what follows the title when the delmål stands between them


def own_delmal(text: str) -> OwnDelmal | None:
    """The delmål a list item gives itself in brackets, at its end or right after its title; None if it gives none."""
    # «(Delmål III.2, kurs)», «(I.4)», «(innsatsområde II, delmål 4)»
    text = _LOST_STOP.sub(r"\1 \2.\3", _ROMAN_IN_BRACKETS.sub(lambda m: f"{m[1]}{len(m[2])}.{m[3]}",
                                                              arabic(written_as_code(text))))
    typed = _TYPE_AFTER_BRACKET.search(text)
    if typed and len(typed["type"].split()) <= TYPE_WORDS:
        # «… [2.2] – forskning.», «… (delmål 2.2) Type: kurs.»: the type after the brackets that give the code.
        inner = own_delmal(text[: typed.end("close")])
        if inner is not None and not inner.type and not inner.rest:
            return replace(inner, type=clean(typed["type"]))
    see = _SEE_DELMAL.search(text)
    if see:
        return OwnDelmal(text[: see.start()], see.group(1), "", "")  # «… er prioritert. Jf. delmål 2,4.»
    closing = _CLOSING_DELMAL.search(text)
    if closing and len((closing["type"] or "").split()) <= TYPE_WORDS:
        # The sentence after it («Sammen med AOF Norge.») says more of the account the delmål closed.
        return OwnDelmal(clean(f"{text[: closing.start()]} {closing['after'] or ''}"), closing.group(1),
                         clean(closing["type"] or ""))
    end = _OWN_DELMAL.search(text)
    if end:
        # «(delmål 2.1; samarbeid: Virke)»: a labelled part beside the code is a field, not the type; «(dm 2.3,
        # informasjon, sammen med LO)»: the type, then fields the reader knows without a colon.
        beside = clean(end.group(3) or end.group(1) or "")
        first, _, more = re.sub(r"\s*[|·–]\s*", ", ", beside).partition(",")  # «[dm 2.1 | prosjekt | Samarbeid: …]»
        if ":" in first:
            return OwnDelmal(text[: end.start()], _REFERRING.sub("", end.group(2)), "", beside)
        return OwnDelmal(text[: end.start()], _REFERRING.sub("", end.group(2)), first.strip(), more.strip())
    dashed = _OWN_DELMAL_AFTER_DASH.match(clean(text))
    if dashed:
        return OwnDelmal(dashed["title"], dashed["code"], clean(dashed["type"] or ""), rest=clean(dashed["rest"] or ""))
    after = _OWN_DELMAL_AFTER_TITLE.match(clean(text))
    if after:
        # «Title (delmål 2,1; kurs) – account»: the word beside the code is the type, as square brackets give it.
        return OwnDelmal(after["title"], _REFERRING.sub("", after["code"]), clean(after["type"] or after["beside"] or after["before"] or ""),
                         rest=clean(after["rest"]))
    return None


CLOSING_BRACKET = re.compile(r"\((?P<inner>[^()]{8,240})\)[\s.]*$")


def worded_delmal(text: str, delmal_words: tuple[str, ...]) -> OwnDelmal | None:
    """«… (målet om fleksibel opplæring på voksnes premisser; samarbeid: HK)»: a closing bracket that names the
    item's delmål in words first (`delmal_words` folded), and labels after a semicolon; None otherwise."""
    found = CLOSING_BRACKET.search(clean(text))
    if not found:
        return None
    first, *rest = (part.strip() for part in found["inner"].split(";"))
    opening = first.casefold().split(" ", 1)[0].rstrip(":")
    if opening not in delmal_words:
        return None
    return OwnDelmal(clean(text)[: found.start()], first, rest="; ".join(rest))


def item_delmal(text: str, links: tuple[str, ...], delmal_words: tuple[str, ...], delmal: DelmalMatcher) -> OwnDelmal | None:
    """The delmål an item gives itself, that the strategy has: a code in brackets or at its end, a closing sentence
    linking it («Tiltaket hører til strategiens mål om …»), or its words in a closing bracket; None otherwise."""
    own = own_delmal(text)
    if own is not None:
        return own if delmal.codes_in(own.delmal) else None
    linked = linked_delmal(text, links)
    if linked and linked.text and delmal.match(linked.sentence).value:
        return OwnDelmal(linked.text, linked.sentence)
    worded = worded_delmal(text, delmal_words)  # «Title – Account. (målet om fleksibel opplæring; samarbeid: HK)»
    return worded if worded and delmal.match(worded.delmal).value else None
