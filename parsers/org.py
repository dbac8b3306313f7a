"""Emacs Org-mode outlines as Markdown, so the Markdown reader reads them: headings, properties, tags, states.

An Org heading «** GJENNOMFØRT Name   :kurs:» carries its workflow state and tags beside the name, its property
drawer holds labelled values («:DELMÅL: 2.4»), and a subtree tagged «:noexport:» or marked COMMENT is never
part of what the author publishes. Each of these becomes what a Markdown report would write in its place.
"""

from __future__ import annotations

import re

_KEYWORD = re.compile(r"^#\+(?P<key>[A-Za-z_]+):[ \t]*(?P<value>.*)$")
_BLOCK = re.compile(r"^\s*#\+(?P<end>BEGIN|END)_(?P<kind>\w+)", re.IGNORECASE)
_HEADING = re.compile(r"^(?P<stars>\*+)[ \t]+(?P<rest>.*?)[ \t]*$")
_TAGS = re.compile(r"[ \t]+(?P<tags>:(?:[\w@#%]+:)+)$")
_PRIORITY = re.compile(r"^\[#[A-Za-z0-9]\][ \t]+")
_PLANNING = re.compile(r"^\s*(?:(?:CLOSED|SCHEDULED|DEADLINE):\s*[\[<][^\]>]*[\]>]\s*)+$")
_CLOSED = re.compile(r"CLOSED:\s*\[(?P<year>\d{4})-")
_DRAWER = re.compile(r"^\s*:(?P<name>[\w-]+):\s*$")
_PROPERTY = re.compile(r"^\s*:(?P<key>[^:\s]+?)\+?:[ \t]+(?P<value>\S.*?)\s*$")
_LINK = re.compile(r"\[\[(?P<target>[^\]]+)\](?:\[(?P<label>[^\]]+)\])?\]")
_VERBATIM = re.compile(r"(?<!\w)[=~](?P<text>[^=~\n]+?)[=~](?!\w)")
_HLINE = re.compile(r"^\s*\|-[-+|]*\s*$")
_COMMENT = re.compile(r"^\s*#(?:\s|$)")

# Subtrees the author keeps out of every export; their text is notes, not the report.
_UNEXPORTED_TAGS = {"noexport", "archive"}
# Properties Org itself keeps (ids, clocks, counters): bookkeeping, not what the report says.
_BOOKKEEPING = {"id", "custom_id", "created", "effort", "clock", "ordered", "cookie_data", "category", "visibility",
                "logging", "archive_time", "archive_file", "archive_olpath", "archive_category", "archive_todo"}
_DEFAULT_STATES = ("TODO", "DONE")


def looks_like_org(text: str) -> bool:
    """Whether a plain text file is written in Org-mode: its keywords, or headings with property drawers."""
    keywords = sum(1 for line in text.splitlines()[:40] if _KEYWORD.match(line))
    headings = sum(1 for line in text.splitlines() if _HEADING.match(line))
    return keywords >= 2 and headings >= 1 or headings >= 2 and ":PROPERTIES:" in text


def _states(text: str) -> set[str]:
    """The workflow keywords the file declares (#+TODO: PLANLAGT | GJENNOMFØRT), else Org's own."""
    states: set[str] = set()
    for line in text.splitlines():
        said = _KEYWORD.match(line)
        if said and said["key"].upper() in ("TODO", "SEQ_TODO", "TYP_TODO"):
            states.update(re.sub(r"\(.*?\)", "", word) for word in said["value"].split() if word != "|")
    return states or set(_DEFAULT_STATES)


def _inline(line: str) -> str:
    """Links as their label, =verbatim= and ~code~ as their text."""
    line = _LINK.sub(lambda m: m["label"] or m["target"], line)
    return _VERBATIM.sub(lambda m: m["text"], line)


def _heading(rest: str, states: set[str]) -> tuple[str, str, list[str]]:
    """A heading's state, title and tags."""
    tags: list[str] = []
    said = _TAGS.search(rest)
    if said:
        tags = [t for t in said["tags"].strip(":").split(":") if t]
        rest = rest[:said.start()]
    state, _, after = rest.partition(" ")
    if state not in states:
        state, after = "", rest
    return state, _PRIORITY.sub("", after.strip()), tags


def org_to_markdown(text: str) -> str:
    """The outline as Markdown: title as front matter, each heading's state, tags and properties as labelled lines."""
    states = _states(text)
    out: list[str] = []
    skip_below = 0  # inside an unexported subtree: the level of its heading
    drawer = ""  # the drawer being read («PROPERTIES», «LOGBOOK»)
    in_block = ""  # the #+BEGIN_ block being read, dropped when it is a comment
    state, status_at, title = "", -1, ""
    for line in text.splitlines():
        heading = _HEADING.match(line)
        if heading:
            level = len(heading["stars"])
            if skip_below and level > skip_below:
                continue
            skip_below, drawer = 0, ""
            state, name, tags = _heading(heading["rest"], states)
            if name.startswith("COMMENT") or _UNEXPORTED_TAGS & {t.lower() for t in tags}:
                skip_below = level
                continue
            out += ["", f"{'#' * min(level, 6)} {_inline(name)}", ""]
            if tags:
                out += [" ".join(f"[{t.replace('_', ' ')}]" for t in tags), ""]
            status_at = len(out) if state else -1
            if state:
                out += [f"Status: {state.capitalize()}", ""]
            continue
        if skip_below:
            continue
        block = _BLOCK.match(line)
        if block:
            in_block = "" if block["end"].upper() == "END" else block["kind"].upper()
            continue
        if in_block == "COMMENT" or _COMMENT.match(line):
            continue
        keyword = _KEYWORD.match(line)
        if keyword:
            if keyword["key"].upper() == "TITLE" and not title:
                title = keyword["value"].strip()
            continue
        if _PLANNING.match(line):
            closed = _CLOSED.search(line)
            if closed and status_at >= 0:
                # «AVSLUTTET» closed in 2073 says which year the item belongs to; the state alone does not.
                out[status_at] = f"{out[status_at]} {closed['year']}"
            continue
        opened = _DRAWER.match(line)
        if opened:
            drawer = "" if opened["name"].upper() == "END" else opened["name"].upper()
            continue
        if drawer:
            prop = _PROPERTY.match(line)
            if drawer == "PROPERTIES" and prop and prop["key"].lower() not in _BOOKKEEPING:
                out += [f"{prop['key'].replace('_', ' ').capitalize()}: {_inline(prop['value'])}", ""]
            continue
        out.append(_inline(line.strip()))
    front = ["---", f"title: {title}", "---", ""] if title else []
    return "\n".join(front + _tables(out)).strip() + "\n"


def _tables(lines: list[str]) -> list[str]:
    """Org tables as Markdown's: rules dropped, one separator under the first row."""
    out: list[str] = []
    for line in lines:
        if _HLINE.match(line):
            continue
        is_row = line.startswith("|")
        if is_row and out and out[-1].startswith("|") and not any(o.startswith("|---") for o in _table_above(out)):
            out.append("|" + "---|" * max(1, out[-1].strip().strip("|").count("|") + 1))
        out.append(line)
    return out


def _table_above(out: list[str]) -> list[str]:
    """The rows of the table the last line belongs to."""
    rows: list[str] = []
    for line in reversed(out):
        if not line.startswith("|"):
            break
        rows.append(line)
    return rows
