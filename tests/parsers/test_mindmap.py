"""A mind map (FreeMind, Freeplane) read as a document: its nodes nested headings, a measure's attributes its
labelled lines and its note its description."""

from __future__ import annotations

from parsers.detect import detect
from parsers.registry import ParseOptions
from pipeline.extract import extract_document
from tiltak_core.records import Document


def _note(text: str) -> str:
    return f'<richcontent TYPE="NOTE"><html><head></head><body><p>{text}</p></body></html></richcontent>'


def _measure(name: str, note: str, **attributes: str) -> str:
    said = "".join(f'<attribute NAME="{k}" VALUE="{v}"/>' for k, v in attributes.items())
    return f'<node TEXT="{name}">{_note(note)}{said}<icon BUILTIN="button_ok"/></node>'


# As FreeMind writes it: no XML declaration, letters outside ASCII as character references, side branches for
# other years.
MAP = f"""<map version="1.0.1">
<!-- To view this file, download free mind mapping software FreeMind from http://freemind.sourceforge.net -->
<node TEXT="Virke &#x2013; kompetansepolitiske tiltak 2071">{_note("Rapportering til Kompetansepolitisk r&#xe5;d.")}
<font BOLD="true" NAME="SansSerif" SIZE="14"/>
<node POSITION="right" TEXT="L&#xe6;ring i arbeidslivet &#x2013; innsatsomr&#xe5;de 2"><edge COLOR="#00747a" WIDTH="2"/>
<node TEXT="2.1 Digital kompetanse">
{_measure("Netthandelskurs for sm&#xe5; butikker", "Tre kurs i netthandel, 120 deltakere.", Type="kurs",
          Ansvar="Virke HUB", Med="NHO Service og Handel")}
</node>
<node TEXT="2.4 Koble kompetansebehov og tilbud">
{_measure("Bransjenettverk for varehandelen", "Fire samlinger for HR-ledere i handelen.", Type="nettverk",
          Ansvar="Virke")}
</node>
</node>
<node POSITION="left" TEXT="Avsluttet i 2070"><edge COLOR="#999999"/>
{_measure("Evaluering av kompetansereformen i handelen", "Sluttrapporten kom i desember 2070.", Type="evaluering",
          Ansvar="Virke")}
</node>
</node>
</map>
"""


def test_a_mind_maps_measures_are_read_under_their_delmal_and_a_branch_for_another_year_is_set_aside(tmp_path, matchers):
    # Read as plain text it gave no tiltak: the XML came through as one paragraph.
    path = tmp_path / "Virke tiltakskart 2071.mm"
    path.write_text(MAP, encoding="ascii")
    assert detect(path) == "mindmap"
    result = extract_document(Document(path, path.name, "mindmap", "x", path.stat().st_size), matchers, ParseOptions(), 10**8)
    assert result.member == "Virke"
    assert [(r.raw.get("tiltak"), r.raw.get("delmal"), r.raw.get("type"), r.raw.get("ansvarlig"),
             r.raw.get("samarbeidspartnere"), r.raw.get("beskrivelse")) for r in result.rows] == [
        ("Netthandelskurs for små butikker", "2.1 Digital kompetanse", "kurs", "Virke HUB", "NHO Service og Handel",
         "Tre kurs i netthandel, 120 deltakere."),
        ("Bransjenettverk for varehandelen", "2.4 Koble kompetansebehov og tilbud", "nettverk", "Virke", "",
         "Fire samlinger for HR-ledere i handelen.")]
    assert ["Evaluering av kompetansereformen i handelen" in s.text for s in result.skipped] == [True]


def test_a_map_declaring_entities_is_refused(tmp_path, matchers):
    path = tmp_path / "Virke tiltakskart 2071.mm"
    path.write_text('<?xml version="1.0"?><!DOCTYPE map [<!ENTITY a "aaaa">]><map version="1.0.1"><node TEXT="&a;">'
                    '<node TEXT="b"/></node></map>', encoding="utf-8")
    assert detect(path) == "mindmap"
    result = extract_document(Document(path, path.name, "mindmap", "x", path.stat().st_size), matchers, ParseOptions(), 10**8)
    assert result.rejection.kind == "unsafe_content" and "tankekartet inneholder en DTD" in result.rejection.problem
