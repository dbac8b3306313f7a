"""A page's web components as a browser shows them: each declarative shadow root with the host's content in its slots.

A page saved with its components («<template shadowrootmode=open>», as SingleFile keeps them) holds a card's frame
in the shadow root (labels, chips such as «Delmål 2.3», a slot's fallback «–») and its data in the host's own
children, each marked with the slot it goes in. Read apart, the frame is a template that is skipped and the data
loses its labels; composed, the card reads as it is seen.
"""

from __future__ import annotations

import copy

from lxml import etree

_MODES = ("shadowrootmode", "shadowroot")  # the standard attribute and Chrome's first name for it


def _shadow_template(host: etree._Element) -> etree._Element | None:
    for child in host:
        if isinstance(child.tag, str) and child.tag.lower() == "template" and any(child.get(m) for m in _MODES):
            return child
    return None


def _slot_name(node: etree._Element) -> str:
    return node.get("slot", "") if isinstance(node.tag, str) else ""


def _compose(host: etree._Element, template: etree._Element) -> None:
    """Puts the shadow root's tree in the host's place of its children, each slot filled with what is assigned to it
    (the host's children that name it; for the unnamed slot, the rest and the host's loose text), else its fallback."""
    shadow = copy.deepcopy(template)
    loose = (host.text or "") + (template.tail or "")  # the host's own text, around its shadow root
    host.remove(template)
    light = [c for c in host]
    host.text = None
    for child in light:
        host.remove(child)
    assigned: dict[str, list[etree._Element]] = {}
    for child in light:
        assigned.setdefault(_slot_name(child), []).append(child)
    for slot in [s for s in shadow.iter() if isinstance(s.tag, str) and s.tag.lower() == "slot"]:
        name = slot.get("name", "")
        nodes = assigned.pop(name, [])
        if nodes or (name == "" and loose.strip()):
            for child in list(slot):
                slot.remove(child)
            slot.text = loose if name == "" else None
            slot.extend(nodes)
        # else the slot's own children and text are its fallback, shown as they stand
        slot.tag = "span" if all(_inline(n) for n in slot) else "div"
        slot.attrib.pop("name", None)
    host.text = shadow.text
    host.extend(list(shadow))
    _title_first(host)


_HEADINGS = frozenset({f"h{n}" for n in range(1, 7)})


def _title_first(host: etree._Element) -> None:
    """A card's one heading put first: the chips its frame sets above the title («Delmål 1.3», the kind) are the
    card's own, and read after its title they stand under it, not under the card before."""
    headings = [e for e in host.iter() if isinstance(e.tag, str) and e.tag.lower() in _HEADINGS]
    if len(headings) != 1 or headings[0].getparent() is host and host.index(headings[0]) == 0:
        return
    heading = headings[0]
    tail, heading.tail = heading.tail, None
    parent = heading.getparent()
    previous = heading.getprevious()
    parent.remove(heading)
    if previous is not None:
        previous.tail = (previous.tail or "") + (tail or "")
    else:
        parent.text = (parent.text or "") + (tail or "")
    host.insert(0, heading)
    heading.tail, host.text = host.text, None


def _inline(node: etree._Element) -> bool:
    return not isinstance(node.tag, str) or node.tag.lower() in {"span", "a", "b", "strong", "i", "em", "small"}


def compose_shadow_roots(root: etree._Element) -> None:
    """Every declarative shadow root in the page composed with its host's content, innermost first, so a component
    inside another's light content is whole when the outer one takes it into its slot."""
    hosts = [t.getparent() for t in root.iter("template") if any(t.get(m) for m in _MODES)]
    for host in reversed([h for h in hosts if h is not None]):
        template = _shadow_template(host)
        if template is not None:
            _compose(host, template)
