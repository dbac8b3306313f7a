"""A Slack export's day of a channel («kpr-rapportering/2077-01-08.json») read as the messages people wrote.

Each message's own text is read, line by line, in Slack's markup: a line set in bold («*Spekter i SRY*») is a
title and a bold opening its line's title, a «•» or «-» line a list item, a link «<https://…|tekst>» its words, a
mention or an emoji nothing. The message's «blocks» say the same again and are not read; joins, leaves and bots'
posts are no one's words. Read as any JSON, each message's blocks and profile were rows of their own.
"""

from __future__ import annotations

import re
from typing import Any

from .content import Block, Content, Paragraph

# Events in a channel that no one wrote: someone joined or left, the topic changed, a bot or an app posted.
_NOT_WRITTEN = frozenset({"channel_join", "channel_leave", "channel_topic", "channel_purpose", "channel_name",
                          "bot_message", "bot_add", "bot_remove", "pinned_item", "tombstone"})
_LINK = re.compile(r"<(?:https?://|mailto:)[^|>]*\|([^>]*)>|<((?:https?://|mailto:)[^>]*)>")
_MENTION = re.compile(r"<[@#!][^>]*>")
_EMOJI = re.compile(r"(?<!\w):[a-z0-9_+-]+:(?!\w)")
_BOLD_LINE = re.compile(r"^\*([^*]+)\*$")
_BOLD_OPENING = re.compile(r"^\*([^*]+)\*(?=\s|[(.,:;–-])")  # «*Title* (2.2, kartlegging). Ansvar: …»: its bold title
_ITEM = re.compile(r"^(?:[•◦▪-]|\*(?=\s))\s+")
# What Slack's own export writes beside the channels' folders: the workspace's lists, no one's report.
WORKSPACE_FILES = frozenset({"channels.json", "users.json", "integration_logs.json", "dms.json", "groups.json",
                             "mpims.json", "canvases.json", "huddles.json"})


def is_messages(tree: Any) -> bool:
    """Whether a JSON document is a day of a channel: a list of messages, each with its type and time stamp."""
    return isinstance(tree, list) and bool(tree) and all(
        isinstance(m, dict) and m.get("type") == "message" and "ts" in m for m in tree)


def _plain(text: str) -> str:
    text = _LINK.sub(lambda m: m.group(1) or m.group(2), text)
    text = _EMOJI.sub("", _MENTION.sub("", text))
    return " ".join(text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").split())


def _lines(text: str) -> list[Paragraph]:
    said = []
    for raw in text.split("\n"):
        line = raw.strip()
        if bold := _BOLD_LINE.match(line):
            said.append(Paragraph(None, 0, _plain(bold.group(1)), "heading", 3))
        elif item := _ITEM.match(line):
            said.append(Paragraph(None, 0, _plain(line[item.end():]), "bullet"))
        elif plain := _plain(line.replace("*", "")):
            opening = _BOLD_OPENING.match(line)
            said.append(Paragraph(None, 0, plain, lead=_plain(opening.group(1)) if opening else ""))
    return [p for p in said if p.text]


def content_of_messages(messages: list[dict[str, Any]]) -> Content:
    """The day's messages in the order they were sent, each line of each a paragraph."""
    written = [m for m in messages if m.get("subtype") not in _NOT_WRITTEN and isinstance(m.get("text"), str)]
    written.sort(key=lambda m: float(m.get("ts") or 0))
    blocks: list[Block] = [p for m in written for p in _lines(m["text"])]
    numbered = [Paragraph(None, n, b.text, b.kind, b.level, b.lead) for n, b in enumerate(blocks, start=1)
                if isinstance(b, Paragraph)]
    warnings = () if numbered else ("dagen i kanalen har ingen meldinger med tekst",)
    return Content(blocks=tuple(numbered), title="", warnings=warnings)
