"""Structured data in JSON-LD with schema.org's words (a website's «application/ld+json»), read as one table: each
activity (a Course, an Event, a Report, a role in a body …) a row of its name, kind, goal, who ran it and with whom.

The graph names its nodes by «@id» and links them so: a course's goal («about») is a DefinedTerm elsewhere in the
graph, its provider an organisation. Read as any JSON, the links were ids and the organisations and terms rows of
their own. Here a link shows the node it names (a term as its code and name), and a node another links to is a
value, no row.
"""

from __future__ import annotations

from typing import Any

from .content import Content, TableBlock

MAX_NODES = 20000  # nodes walked in one graph: an export of measures has dozens
# What is no activity of the member's: who and where, and the terms and lists an activity refers to.
_NOT_ACTIVITIES = frozenset({"Organization", "NGO", "GovernmentOrganization", "Corporation", "EducationalOrganization",
                             "CollegeOrUniversity", "Person", "DefinedTermSet", "DefinedTerm", "CategoryCode",
                             "CategoryCodeSet", "WebSite", "WebPage", "Place", "PostalAddress", "ImageObject",
                             "ContactPoint", "Country", "City", "AdministrativeArea"})
# schema.org's properties under the table's headers, in the report's words (the order is the table's).
_COLUMNS = (
    ("Tiltak", ("name", "headline")),
    ("Type", ("additionalType", "genre", "courseMode")),
    ("Delmål", ("about", "keywords")),
    ("Ansvarlig", ("provider", "organizer", "author", "creator", "publisher", "member")),
    ("Samarbeidspartnere", ("contributor", "funder", "sponsor", "partner", "memberOf")),
    ("Startdato", ("startDate",)),
    ("Sluttdato", ("endDate",)),
    ("Status", ("eventStatus", "creativeWorkStatus")),
    ("Beskrivelse", ("description", "abstract")),
)
_COURSE_DATES = ("startDate", "endDate")  # a course's own dates stand in its instance


def is_linked_data(tree: Any) -> bool:
    """Whether a JSON document is JSON-LD in schema.org's words: a context naming schema.org, and a graph or a type."""
    if not isinstance(tree, dict) or "@context" not in tree:
        return False
    return "schema.org" in str(tree["@context"]) and ("@graph" in tree or "@type" in tree)


def _types(node: dict[str, Any]) -> set[str]:
    said = node.get("@type", [])
    return {str(t).rsplit("/", 1)[-1] for t in (said if isinstance(said, list) else [said])}


class _Graph:
    def __init__(self, tree: dict[str, Any]) -> None:
        top = tree.get("@graph", [tree])
        self.top = [n for n in (top if isinstance(top, list) else [top]) if isinstance(n, dict)]
        self.by_id: dict[str, dict[str, Any]] = {}
        self.linked: set[str] = set()
        self.budget = MAX_NODES
        for node in self.top:
            self._index(node, top_level=True)

    def _index(self, value: Any, top_level: bool = False) -> None:
        self.budget -= 1
        if self.budget < 0:
            return
        if isinstance(value, list):
            for v in value:
                self._index(v)
        elif isinstance(value, dict):
            if "@id" in value and len(value) > 1:
                self.by_id.setdefault(str(value["@id"]), value)
            if "@id" in value and len(value) == 1:
                self.linked.add(str(value["@id"]))  # a link: the node it names is a value here
            for key, v in value.items():
                if not key.startswith("@"):
                    self._index(v)

    def text(self, value: Any, depth: int = 0) -> str:
        """A value as the report would write it: a link as the node it names, a term as its code and name, an
        organisation as its name, a schema.org constant («https://schema.org/EventScheduled») as its last word."""
        if depth > 5:
            return ""
        if isinstance(value, list):
            return ", ".join(t for v in value if (t := self.text(v, depth + 1)))
        if isinstance(value, dict):
            node = self.by_id.get(str(value.get("@id")), value) if set(value) == {"@id"} else value
            code, name = node.get("termCode") or node.get("codeValue"), node.get("name") or node.get("@value")
            return " ".join(str(p) for p in (code, name) if p) if (code or name) else ""
        said = " ".join(str(value).split()) if value is not None else ""
        return said.rsplit("/", 1)[-1] if said.startswith(("http://schema.org/", "https://schema.org/")) else said

    def rows(self) -> list[tuple[str | None, ...]]:
        activities = [n for n in self.top if not _types(n) & _NOT_ACTIVITIES and str(n.get("@id")) not in self.linked]
        rows: list[tuple[str | None, ...]] = []
        for node in activities:
            instance = node.get("hasCourseInstance")
            instance = instance[0] if isinstance(instance, list) and instance else instance
            values = {k: v for k, v in (instance.items() if isinstance(instance, dict) else ())
                      if k in _COURSE_DATES}
            values.update(node)
            rows.append(tuple(next((t for key in keys if (t := self.text(values.get(key)))), "")
                              for _, keys in _COLUMNS))
        return [r for r in rows if r[0]]


def content_of_graph(tree: dict[str, Any]) -> Content:
    """The graph's activities as one table; what the graph names as its publisher or subject is the title."""
    graph = _Graph(tree)
    rows = graph.rows()
    owners = [graph.text(n) for n in graph.top if _types(n) & {"Organization", "NGO", "GovernmentOrganization"}]
    title = owners[0] if owners else ""
    header: tuple[str | None, ...] = tuple(name for name, _ in _COLUMNS)
    blocks = (TableBlock(None, 1, (header, *rows), caption=title, records=True),) if rows else ()
    warnings = () if graph.budget >= 0 else (f"grafen har mer enn {MAX_NODES} noder; bare de første er lest",)
    return Content(blocks=blocks, title=title, warnings=warnings)
