"""A form's labels printed without colons («Tiltak (navn) Råd for samarbeid …», «Delmål (nr.) 1.4»): given their colons.

A form printed or flattened to a page keeps its labels as text beside the answers typed into its boxes, with no colon
between them. A label is known by its words naming a field and by the form repeating it: the same words open lines of
several of its blocks. Then each such line is the label and its answer, as «Label: answer» writes it.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from typing import Callable

from normalise.text import clean
from parsers.content import Content, Paragraph

from .prose_lines import is_sentence

LABEL_WORDS = 4  # «Tiltak (navn)», «Kort beskrivelse», «Type tiltak»: a few words
MIN_REPEATS = 2  # blocks a label opens a line in
MIN_LABELS = 3  # different fields the repeated labels name: a form's, not a list's recurring opening words
SURE_LABEL = 0.9
_TOLD_FIELDS = ("tiltak", "beskrivelse")  # fields whose words open sentences about the tiltak as often as labels


# What OCR makes of a label's colon: «Ansvar'», «Ansvar"», «Ansvar.», «Ansvar;».
_MISREAD_COLON = re.compile(r"""['"’”.;,]$""")


def _label_of(text: str, field_of: Callable[[str], tuple[str, float]]) -> str:
    """The longest few opening words of a line that name a field surely («Delmål (nr.)», «Ansvar'» as OCR reads
    «Ansvar:»), else ''. A line whose opening words end in a colon is labelled already («Hva ble gjort i 2066: …»),
    unless that colon is a later label's («Ansvar" Karriere Trøndelag Partnere: …»)."""
    tokens = clean(text).split()
    colon = next((k for k, t in enumerate(tokens[:LABEL_WORDS + 2]) if t.endswith(":")), None)
    if colon is not None:
        later_label = field_of(tokens[colon][:-1])[1] >= SURE_LABEL
        if colon == 0 or not later_label or field_of(" ".join(tokens[:colon + 1])[:-1])[1] >= SURE_LABEL:
            return ""
        tokens = tokens[:colon]
    for n in range(min(LABEL_WORDS, len(tokens)), 0, -1):
        head = " ".join(tokens[:n])
        if not re.search(r"\w", head):
            return ""
        field, score = field_of(_MISREAD_COLON.sub("", head))
        if field and score >= SURE_LABEL:
            return head
    return ""


def _colon_labels(text: str, field_of: Callable[[str], tuple[str, float]]) -> dict[str, str]:
    """The labels a line writes with colons already («… Partnere: NAV»), by field: the same form's other labels."""
    found = {}
    for before in re.findall(r"([^:]*):", text):
        words = before.split()[-LABEL_WORDS:]
        for n in range(len(words), 0, -1):
            field, score = field_of(" ".join(words[-n:]))
            if field and score >= SURE_LABEL:
                found[" ".join(words[-n:])] = field
                break
    return found


def labels_given_colons(content: Content, field_of: Callable[[str], tuple[str, float]]) -> Content:
    """The content with each line opening with a repeated field label written «Label: answer»; in a text OCR read,
    with each label whose colon OCR lost or misread («Ansvar'») given it too."""
    # A question («Hvilket delmål i strategien er tiltaket knyttet til?») is a label of its own, its answer below it.
    texts = [b for b in content.blocks if isinstance(b, Paragraph) and b.kind == "text"
             and not clean(b.text).endswith(("?", ":"))]
    labels = {id(b): _MISREAD_COLON.sub("", label) for b in texts if (label := _label_of(b.text, field_of))}
    blocks_by_id = {id(b): b for b in texts}
    repeats = Counter(labels.values())
    kept = {label for label, n in repeats.items() if n >= MIN_REPEATS}
    if not kept:
        return content
    labelled = {label: field for b in texts for label, field in _colon_labels(b.text, field_of).items()}
    if len({field_of(label)[0] for label in kept}) < MIN_LABELS:
        if content.reliability >= 1.0:
            return content
        # Fewer bare labels in a text OCR read, whose other labels kept their colons («Partnere: NAV»): the colons OCR
        # lost. A sentence opening with the word for the tiltak or its account («Tiltaket ble gjennomført …») is no
        # label line then.
        labels = {k: v for k, v in labels.items() if not (
            field_of(v)[0] in _TOLD_FIELDS and is_sentence(blocks_by_id[k].text))}
        kept = {label for label, n in Counter(labels.values()).items() if n >= MIN_REPEATS}
        if not kept or len({field_of(label)[0] for label in kept} | set(labelled.values())) < MIN_LABELS:
            return content
        # A label the form writes with its colon elsewhere («Ansvar:») is that label wherever a line opens with it.
        kept |= set(labels.values()) & set(labelled)
    # «… Forum Ansvar' Seksjon for …»: a kept label OCR read without its colon, inside the line.
    names = "|".join(re.escape(k) for k in sorted(kept | set(labelled), key=len, reverse=True))
    inside = re.compile(r"(?<=\s)(" + names + r")[:'\"’”;.]?(?=\s)")
    blocks = []
    for b in content.blocks:
        label = labels.get(id(b), "")
        if label in kept and isinstance(b, Paragraph):
            words = len(label.split())
            parts = clean(b.text).split(None, words)  # the label's words as the line has them («Ansvar'»), then the rest
            rest = inside.sub(r"\1:", parts[words]) if len(parts) > words else ""
            b = replace(b, text=f"{label}: {rest}" if rest else f"{label}:")
        blocks.append(b)
    return replace(content, blocks=tuple(blocks))
