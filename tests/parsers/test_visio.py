"""A Visio drawing (.vsdx) read as a document: lanes the headings, boxes the measures, Shape Data their fields."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from parsers.detect import detect
from parsers.registry import ParseOptions
from parsers.visio import parse_vsdx
from pipeline.extract import extract_document
from tiltak_core.errors import DamagedFile, TooLarge
from tiltak_core.records import Document

_NS = 'xmlns="http://schemas.microsoft.com/office/visio/2012/main" ' \
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
_REL = "http://schemas.openxmlformats.org/package/2006/relationships"


def _shape(id: int, x: float, y: float, w: float, h: float, text: str = "", data: dict[str, str] | None = None,
           extra: str = "", invisible: set[str] = frozenset()) -> str:
    rows = "".join(f'<Row N="R{n}"><Cell N="Value" V="{v}" U="STR"/><Cell N="Label" V="{k}"/>'
                   f'<Cell N="Invisible" V="{1 if k in invisible else 0}"/></Row>'
                   for n, (k, v) in enumerate((data or {}).items()))
    section = f'<Section N="Property">{rows}</Section>' if rows else ""
    return (f'<Shape ID="{id}" Type="Shape"><Cell N="PinX" V="{x + w / 2}"/><Cell N="PinY" V="{y + h / 2}"/>'
            f'<Cell N="Width" V="{w}"/><Cell N="Height" V="{h}"/>{extra}{section}<Text>{text}</Text></Shape>')


def _vsdx(path: Path, shapes: list[str], background: list[str] = ()) -> Path:
    """A drawing as Visio saves one: the pages' index and its relationships, each page's shapes."""
    def page(shapes: list[str]) -> str:
        return f'<?xml version="1.0" encoding="utf-8"?><PageContents {_NS}><Shapes>{"".join(shapes)}</Shapes></PageContents>'

    pages = '<Page ID="0" Name="Tiltak"><Rel r:id="rId1"/></Page>'
    if background:
        pages += '<Page ID="1" Name="Bakgrunn" Background="1"><Rel r:id="rId2"/></Page>'
    rels = (f'<Relationships xmlns="{_REL}"><Relationship Id="rId1" Type="page" Target="page1.xml"/>'
            f'<Relationship Id="rId2" Type="page" Target="page2.xml"/></Relationships>')
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
        z.writestr("visio/document.xml", f"<VisioDocument {_NS}/>")
        z.writestr("visio/pages/pages.xml", f'<?xml version="1.0"?><Pages {_NS}>{pages}</Pages>')
        z.writestr("visio/pages/_rels/pages.xml.rels", rels)
        z.writestr("visio/pages/page1.xml", page(shapes))
        z.writestr("visio/pages/page2.xml", page(list(background)))
    return path


def _chart(tmp_path: Path) -> Path:
    # Two lanes, each named by a title band on its left edge; boxes in them hold only a name, the rest in Shape Data.
    return _vsdx(tmp_path / "Nordland 2096.vsdx", [
        _shape(1, 0, 10, 16, 0.8, "Kompetansetiltak i Nordland fylkeskommune 2096"),
        _shape(2, 0, 5, 16, 4), _shape(3, 0, 5, 2.5, 4, "Karriere Nordland"),
        _shape(4, 0, 0, 16, 4.5), _shape(5, 0, 0, 2.5, 4.5, "Avdeling for utdanning"),
        _shape(6, 3, 6, 3, 1.5, "Veiledning for permitterte",
               {"Delmål": "1.3", "Tiltakstype": "Informasjon", "Samarbeidspartnere": "NAV Nordland",
                "Beskrivelse": "Veiledere på ni fiskebruk.", "Intern id": "X-17"}, invisible={"Intern id"}),
        _shape(7, 3, 1, 3, 1.5, "Fagskoletilbud i havbruk",
               {"Delmål": "1.4", "Tiltakstype": "Kurs/utdanning", "Samarbeidspartnere": ""}),
        # a connector between the boxes: a line, no content
        '<Shape ID="8" Type="Shape"><Cell N="BeginX" V="4"/><Cell N="EndX" V="4"/><Text>fører til</Text></Shape>',
    ], background=[_shape(1, 0, 0, 16, 0.5, "Konfidensielt – utkast")])


def test_a_visio_chart_gives_each_box_with_its_shape_data_under_its_lane(tmp_path):
    path = _chart(tmp_path)
    assert detect(path) == "vsdx"
    blocks = [(b.kind, b.text) for b in parse_vsdx(path, path.name, ParseOptions()).blocks]
    assert blocks == [
        ("text", "Kompetansetiltak i Nordland fylkeskommune 2096"),
        ("heading", "Karriere Nordland"), ("heading", "Veiledning for permitterte"), ("text", "Delmål: 1.3"),
        ("text", "Tiltakstype: Informasjon"), ("text", "Samarbeidspartnere: NAV Nordland"),
        ("text", "Beskrivelse: Veiledere på ni fiskebruk."),
        ("heading", "Avdeling for utdanning"), ("heading", "Fagskoletilbud i havbruk"), ("text", "Delmål: 1.4"),
        ("text", "Tiltakstype: Kurs/utdanning")]


def test_a_visio_chart_s_boxes_are_the_tiltak_with_their_delmal_type_and_lane(tmp_path, matchers):
    path = _chart(tmp_path)
    result = extract_document(Document(path, path.name, "vsdx", "x", path.stat().st_size), matchers, ParseOptions(), 10**8)
    rows = [(r.raw.get("tiltak"), r.raw.get("delmal"), r.raw.get("type"), r.raw.get("samarbeidspartnere"))
            for r in result.rows]
    assert rows == [("Veiledning for permitterte", "1.3", "Informasjon", "NAV Nordland"),
                    ("Fagskoletilbud i havbruk", "1.4", "Kurs/utdanning", "")]


def test_a_damaged_visio_drawing_is_reported_in_norwegian(tmp_path):
    path = tmp_path / "skadet.vsdx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("visio/document.xml", "<VisioDocument/>")
        z.writestr("visio/pages/pages.xml", "<Pages><Page")
    assert detect(path) == "vsdx"
    with pytest.raises(DamagedFile, match="Visio-tegningen er skadet"):
        parse_vsdx(path, path.name, ParseOptions())


def test_a_box_in_a_group_is_placed_by_the_group_and_takes_its_master_s_shape_data(tmp_path):
    # A lane drawn as a group (its band and its boxes inside, in the group's own coordinates); a box dropped from a
    # stencil keeps the master's Shape Data rows where it sets none of its own, and its own text.
    master = _shape(1, 0, 0, 3, 1.5, "Tiltak", {"Delmål": "2.4", "Tiltakstype": "Kurs/utdanning"})
    box = ('<Shape ID="12" Type="Shape" Master="2"><Cell N="PinX" V="4.5"/><Cell N="PinY" V="1.75"/>'
           '<Cell N="Width" V="3"/><Cell N="Height" V="1.5"/><Text>Nettkurs i havbruk</Text></Shape>')
    group = ('<Shape ID="10" Type="Group"><Cell N="PinX" V="8"/><Cell N="PinY" V="7"/><Cell N="Width" V="16"/>'
             '<Cell N="Height" V="4"/><Shapes>' + _shape(11, 0, 0, 2.5, 4, "Fagskolen i Nordland") + box +
             '</Shapes></Shape>')
    path = _vsdx(tmp_path / "gruppe.vsdx", [_shape(1, 0, 5, 16, 4), group])
    with zipfile.ZipFile(path, "a") as z:
        z.writestr("visio/masters/masters.xml", f'<Masters {_NS}><Master ID="2" Name="Tiltak"><Rel r:id="rId1"/></Master></Masters>')
        z.writestr("visio/masters/_rels/masters.xml.rels", f'<Relationships xmlns="{_REL}"><Relationship Id="rId1" '
                   'Type="master" Target="master1.xml"/></Relationships>')
        z.writestr("visio/masters/master1.xml", f'<MasterContents {_NS}><Shapes>{master}</Shapes></MasterContents>')
    blocks = [(b.kind, b.text) for b in parse_vsdx(path, path.name, ParseOptions()).blocks]
    assert blocks == [("heading", "Fagskolen i Nordland"), ("heading", "Nettkurs i havbruk"), ("text", "Delmål: 2.4"),
                      ("text", "Tiltakstype: Kurs/utdanning")]


def test_a_drawing_of_more_shapes_than_any_chart_of_measures_is_refused(tmp_path, monkeypatch):
    import parsers.visio

    monkeypatch.setattr(parsers.visio, "MAX_SHAPES", 3)
    path = _vsdx(tmp_path / "mange.vsdx", [_shape(n, n, 0, 1, 1, f"Boks {n}") for n in range(1, 5)])
    with pytest.raises(TooLarge, match="4 figurer, over grensen på 3"):
        parse_vsdx(path, path.name, ParseOptions())
