"""A video report's subtitles (SubRip «.srt», WebVTT «.vtt», YouTube's «.sbv», Aegisub's «.ass»/«.ssa») read as the
speaker's paragraphs.

The cues' timings and numbers are no text; a cue's lines and the cues of one sentence run on. A pause longer than the
speaker's breath between sentences parts paragraphs, as an empty line does in a text. What the speaker says before a
colon to open a paragraph («Tiltak nummer én: Fagbrevdagen.», «Til slutt: …») is the spoken heading: an enumerated
measure's first sentence is its title (also said «Det tredje tiltaket er …»), any other opening word the heading of
what follows.
"""

from __future__ import annotations

import re
from .content import Block, Paragraph

_STAMP = r"(?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{1,3}"
# «00:00:01,000 --> 00:00:03,500» (SubRip, WebVTT), «0:00:01.000,0:00:03.500» alone on its line (YouTube's SBV)
_TIMING = re.compile(rf"^\s*(?P<start>{_STAMP})\s*(?:-->|,(?=\d[\d:.]*\s*$))\s*(?P<end>{_STAMP})")
# «Dialogue: 0,0:00:01.00,0:00:03.50,Default,,0,0,0,,Tekst\Nmer tekst» (Advanced SubStation Alpha)
_DIALOGUE = re.compile(rf"^Dialogue:\s*[^,]*,(?P<start>{_STAMP}),(?P<end>{_STAMP}),(?:[^,]*,){{6}}(?P<text>.*)$", re.MULTILINE)
_TAG = re.compile(r"<[^>]*>|\{\\[^}]*\}")  # «<i>», «<v Kari>», «{\an8}»: styling and voices, no words
_SENTENCE_END = re.compile(r"[.!?»]\s*$")
BREATH_MS = 250  # shorter pauses fall within a sentence group however the cues are timed
JUMP = 1.5  # a pause this many times the next shorter one is of another kind: between groups, not within one
# «Tiltak nummer én:», «Tiltak nr. 2:», «Første tiltak:»: a spoken enumeration of the measures.
_ENUMERATED = re.compile(r"^\s*(?:tiltak(?:et)?\s+(?:nummer|nr\.?)?\s*(?:\d{1,2}|[^\W\d]{2,7})|(?:det\s+)?[^\W\d]{4,8}e\s+tiltak(?:et)?)\s*:\s+",
                         re.IGNORECASE)
# «Det tredje tiltaket er Læringspulsen 2089.»: the same said as a sentence, the name after its verb.
_ENUMERATED_IS = re.compile(r"^\s*(?:det\s+)?(?:[^\W\d]{4,8}e\s+tiltak(?:et)?|tiltak(?:et)?\s+(?:nummer|nr\.?)\s*"
                            r"(?:\d{1,2}|[^\W\d]{2,7}))\s+(?:er|var|heter|heiter|het|heitte)\s+", re.IGNORECASE)
_OPENER = re.compile(r"^\s*(?P<words>[^\W\d][\w ]{1,25}?)\s*:\s+(?=\S)")  # «Til slutt: …», «Avslutningsvis: …»
_FIRST_SENTENCE = re.compile(r"^(?P<first>.+?[.!?])(?:\s+(?P<rest>.*))?$", re.DOTALL)


def looks_like_subtitles(text: str) -> bool:
    """Whether a text is subtitles: a WebVTT header, or at least two cues timed «00:00:01,000 --> 00:00:03,500»."""
    head = text.lstrip("\ufeff").lstrip()
    return head.startswith("WEBVTT") or len(_DIALOGUE.findall(text)) >= 2 or sum(
        bool(_TIMING.match(line)) for line in text.splitlines()[:200]) >= 2


def _ms(stamp: str) -> int:
    parts = stamp.replace(",", ".").split(":")
    seconds = float(parts[-1]) + 60 * int(parts[-2]) + (3600 * int(parts[-3]) if len(parts) > 2 else 0)
    return round(seconds * 1000)


def _cues(text: str) -> list[tuple[int, int, str]]:
    """Each cue's start, end (ms) and words, its lines run on."""
    cues: list[tuple[int, int, str]] = []
    text = text.lstrip("\ufeff").replace("\r\n", "\n")
    for event in _DIALOGUE.finditer(text):
        words = _TAG.sub("", event["text"].replace("\\N", " ").replace("\\n", " "))
        if words.strip():
            cues.append((_ms(event["start"]), _ms(event["end"]), " ".join(words.split())))
    if cues:
        return sorted(cues)  # an ASS file lists its events in any order; the timings say which came first
    for chunk in re.split(r"\n\s*\n", text.replace("\r", "\n")):
        lines = chunk.strip().split("\n")
        timed = next(((k, m) for k, line in enumerate(lines) if (m := _TIMING.match(line))), None)
        if timed is None:
            continue  # the WEBVTT header, a NOTE or STYLE block
        k, m = timed
        words = " ".join(_TAG.sub("", line).strip() for line in lines[k + 1:])
        if words.strip():
            cues.append((_ms(m["start"]), _ms(m["end"]), " ".join(words.split())))
    return cues


def _parting_pause(gaps: list[int]) -> int:
    """The shortest pause that parts paragraphs: where the pauses, in order of length, jump most (the breaths within
    a group of sentences below, the pauses between groups from there), at least BREATH_MS."""
    lengths = sorted({max(g, 0) for g in gaps})
    jumps = [(b / max(a, 50), b) for a, b in zip(lengths, lengths[1:]) if b >= BREATH_MS]
    best = max(jumps, default=(0.0, BREATH_MS))
    return best[1] if best[0] >= JUMP else BREATH_MS


def speaker_paragraphs(text: str) -> list[str]:
    """The subtitles' words as paragraphs: a new one after a sentence's end where the pause is longer than the
    speaker's pauses within a group of sentences."""
    cues = _cues(text)
    gaps = [b[0] - a[1] for a, b in zip(cues, cues[1:])]
    parting = _parting_pause(gaps)
    paragraphs: list[list[str]] = [[]]
    for k, (_, _, words) in enumerate(cues):
        paragraphs[-1].append(words)
        if k < len(gaps) and gaps[k] >= parting and _SENTENCE_END.search(words):
            paragraphs.append([])
    return [" ".join(p) for p in paragraphs if p]


def subtitle_blocks(text: str) -> list[Block]:
    """The speaker's paragraphs as blocks, a spoken heading («Tiltak nummer to: Unios plass i KBU.») a heading."""
    blocks: list[Block] = []
    for paragraph in speaker_paragraphs(text):
        enumerated = _ENUMERATED.match(paragraph) or _ENUMERATED_IS.match(paragraph)
        opener = None if enumerated else _OPENER.match(paragraph)
        if enumerated and (m := _FIRST_SENTENCE.match(paragraph[enumerated.end():])):
            blocks.append(Paragraph(None, len(blocks) + 1, m["first"].rstrip(" ."), "heading", 2))
            paragraph = m["rest"] or ""
        elif opener and len(opener["words"].split()) <= 3:
            blocks.append(Paragraph(None, len(blocks) + 1, opener["words"], "heading", 2))
            paragraph = paragraph[opener.end():]
        if paragraph.strip():
            blocks.append(Paragraph(None, len(blocks) + 1, paragraph.strip()))
    return blocks
