"""A diagrams.net (draw.io) drawing read as a document: swimlanes the delmål headings, shapes the measures, a legend's
words the shapes' types or statuses."""

from __future__ import annotations

import base64
import html
import urllib.parse
import zlib

from parsers.detect import detect
from parsers.registry import ParseOptions
from pipeline.extract import extract_document
from tiltak_core.records import Document

HEXAGON = "shape=hexagon;perimeter=hexagonPerimeter2;whiteSpace=wrap;html=1;fillColor=#dae8fc;strokeColor=#6c8ebf;"
ROUNDED = "rounded=1;whiteSpace=wrap;html=1;fillColor=#d5e8d4;strokeColor=#82b366;"
GREY = "rounded=1;whiteSpace=wrap;html=1;fillColor=#f5f5f5;strokeColor=#cccccc;fontColor=#999999;"
TEXT = "text;html=1;align=left;"


def _cell(id: str, value: str, style: str, parent: str, x: int, y: int, w: int = 400, h: int = 120) -> str:
    return (f'<mxCell id="{id}" value="{html.escape(value)}" style="{style}" vertex="1" parent="{parent}">'
            f'<mxGeometry x="{x}" y="{y}" width="{w}" height="{h}" as="geometry"/></mxCell>')


def _label(name: str, text: str, who: str) -> str:
    return f"<b>{name}</b><br>{text}<br><i>{who}</i>"


def _model(cells: str) -> str:
    return f'<mxGraphModel><root><mxCell id="0"/><mxCell id="1" parent="0"/>{cells}</root></mxGraphModel>'


def _packed(xml: str) -> str:
    """As draw.io saves a page by default: URI-encoded, raw deflate, base64."""
    deflater = zlib.compressobj(9, zlib.DEFLATED, -15)
    return base64.b64encode(deflater.compress(urllib.parse.quote(xml).encode()) + deflater.flush()).decode()


# Drawn on page 1 in the order the member added the shapes; the legend on page 2 says what each look means.
MEASURES = _model(
    _cell("title", "<b>Virke – tiltak 2071</b>", TEXT, "1", 40, 10, 600, 40)
    + _cell("lane24", "2.4 Koble behov og tilbud", "swimlane;horizontal=0;html=1;startSize=60;", "1", 40, 300, 1200, 200)
    + _cell("lane21", "2.1 Digital kompetanse", "swimlane;horizontal=0;html=1;startSize=60;", "1", 40, 80, 1200, 200)
    + _cell("m2", _label("Bransjenettverk for varehandelen", "Fire samlinger for HR-ledere.", "Ansvar: Virke"),
            HEXAGON, "lane24", 90, 20)
    + _cell("m1", _label("Netthandelskurs for små butikker", "Tre kurs, 120 deltakere.",
                         "Ansvar: Virke HUB · Med: NHO Service og Handel"), ROUNDED, "lane21", 560, 20)
    + _cell("o1", _label("Handelsdagen 2070", "Gjennomført i 2070.", "Ansvar: Virke"), GREY, "lane21", 90, 20)
    + '<mxCell id="e1" edge="1" parent="1" source="m1" target="m2"><mxGeometry relative="1" as="geometry"/></mxCell>')
LEGEND = _model(
    _cell("k1", "", HEXAGON, "1", 40, 70, 80, 44) + _cell("t1", "Nettverk", TEXT, "1", 140, 70, 300, 44)
    + _cell("k2", "", ROUNDED, "1", 40, 130, 80, 44) + _cell("t2", "Kurs", TEXT, "1", 140, 130, 300, 44)
    + _cell("k3", "", GREY, "1", 40, 190, 80, 44) + _cell("t3", "Avsluttet (ikke 2071)", TEXT, "1", 140, 190, 300, 44))


def _drawing(tmp_path, first_page: str):
    path = tmp_path / "Virke tiltak 2071.drawio"
    path.write_text(f'<mxfile host="Electron" pages="2"><diagram name="Tiltak 2071" id="a">{first_page}</diagram>'
                    f'<diagram name="Forklaring" id="b">{_packed(LEGEND)}</diagram></mxfile>', encoding="utf-8")
    return path


def _read(path, matchers):
    assert detect(path) == "drawio"
    return extract_document(Document(path, path.name, "drawio", "x", path.stat().st_size), matchers, ParseOptions(), 10**8)


def test_a_drawings_measures_are_read_by_lane_with_the_legends_words(tmp_path, matchers):
    # Read as XML before, the drawing gave no tiltak: its pages are compressed text inside the file.
    result = _read(_drawing(tmp_path, _packed(MEASURES)), matchers)
    assert result.member == "Virke"
    assert [(r.raw.get("tiltak"), r.raw.get("delmal"), r.raw.get("type"), r.raw.get("ansvarlig"),
             r.raw.get("samarbeidspartnere"), r.raw.get("beskrivelse")) for r in result.rows] == [
        ("Netthandelskurs for små butikker", "2.1 Digital kompetanse", "[Kurs]", "Virke HUB", "NHO Service og Handel",
         "Tre kurs, 120 deltakere."),
        ("Bransjenettverk for varehandelen", "2.4 Koble behov og tilbud", "[Nettverk]", "Virke", "",
         "Fire samlinger for HR-ledere.")]
    # The grey shape is the legend's «Avsluttet (ikke 2071)»: set aside and announced, not counted.
    assert [(s.text, "Avsluttet (ikke 2071)" in s.reason) for s in result.skipped] == [("Handelsdagen 2070", True)]


def test_a_page_saved_uncompressed_reads_the_same(tmp_path, matchers):
    result = _read(_drawing(tmp_path, MEASURES), matchers)
    assert [r.raw.get("tiltak") for r in result.rows] == ["Netthandelskurs for små butikker",
                                                          "Bransjenettverk for varehandelen"]


def test_a_damaged_page_is_refused_with_a_message_saying_what_to_do(tmp_path, matchers):
    result = _read(_drawing(tmp_path, "bm90IGRlZmxhdGUgZGF0YQ=="), matchers)
    assert result.rejection.kind == "damaged"
    assert "en side i tegningen er skadet" in result.rejection.problem
    assert "diagrams.net" in result.rejection.fix


def test_a_shapes_own_data_fields_are_its_labelled_lines(tmp_path, matchers):
    # «Rediger data» in draw.io stores fields on a UserObject around the cell, not in its label.
    shape = ('<UserObject label="&lt;b&gt;Netthandelskurs for små butikker&lt;/b&gt;&lt;br&gt;Tre kurs." id="m1" '
             'Ansvar="Virke HUB" Med="NHO Service og Handel" tooltip="intern">'
             f'<mxCell style="{ROUNDED}" vertex="1" parent="lane21"><mxGeometry x="90" y="20" width="400" height="120" '
             'as="geometry"/></mxCell></UserObject>')
    page = _model(_cell("lane21", "2.1 Digital kompetanse", "swimlane;html=1;", "1", 40, 80, 1200, 200) + shape)
    result = _read(_drawing(tmp_path, page), matchers)
    assert [(r.raw.get("tiltak"), r.raw.get("ansvarlig"), r.raw.get("samarbeidspartnere")) for r in result.rows] == [
        ("Netthandelskurs for små butikker", "Virke HUB", "NHO Service og Handel")]


def test_cells_that_are_each_others_parent_are_read_once_and_the_rest_still_read(tmp_path, matchers):
    # A damaged (or hostile) drawing: «a» inside «b» inside «a». Read, it must neither loop nor lose the lane.
    loop = (_cell("a", "Løkke A", ROUNDED, "b", 0, 0) + _cell("b", "Løkke B", ROUNDED, "a", 0, 0))
    page = _model(_cell("lane21", "2.1 Digital kompetanse", "swimlane;html=1;", "1", 40, 80, 1200, 200)
                  + _cell("m1", _label("Netthandelskurs for små butikker", "Tre kurs.", "Ansvar: Virke"), ROUNDED,
                          "lane21", 90, 20) + loop)
    result = _read(_drawing(tmp_path, page), matchers)
    assert [r.raw.get("tiltak") for r in result.rows] == ["Netthandelskurs for små butikker"]


def test_a_page_that_inflates_past_the_limit_is_refused_as_too_large(tmp_path, matchers):
    # A deflate bomb: 4 MB of zeros packed into a few kilobytes, against a 1 MB limit.
    deflater = zlib.compressobj(9, zlib.DEFLATED, -15)
    bomb = base64.b64encode(deflater.compress(b"0" * 4_000_000) + deflater.flush()).decode()
    path = _drawing(tmp_path, bomb)
    result = extract_document(Document(path, path.name, "drawio", "x", path.stat().st_size), matchers,
                              ParseOptions(max_unpacked_bytes=1_000_000), 10**8)
    assert result.rejection.kind == "too_large" and "tegningen pakkes ut" in result.rejection.problem
