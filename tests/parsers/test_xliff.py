"""A translator's XLIFF file is read as the report it translates: each unit's translation in order, the original
where it has none, notes and inline codes left out."""

from __future__ import annotations

from parsers.detect import detect
from parsers.registry import ParseOptions
from parsers.xliff import parse_xliff
from pipeline.other_years import set_aside
from pipeline.rows import content_to_rows

XLIFF_12 = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
 <file original="raporta.docx" source-language="se-NO" target-language="nb-NO" datatype="x-docx">
  <header><note>Oversetter: N.N.</note></header>
  <body>
   <trans-unit id="1"><source>Sámedikki raporta 2081</source><target>Sametingets rapport 2081</target></trans-unit>
   <group id="g1">
    <trans-unit id="2"><source>Sámi giellakursa</source>
      <target state="translated">Samisk <bpt id="1">&lt;w:b&gt;</bpt>språkkurs<ept id="1">&lt;/w:b&gt;</ept> for lærere</target>
      <note>sjekk navnet</note></trans-unit>
    <trans-unit id="3"><source>Ulbmil: 3.1</source><target>Delmål: 3.1</target></trans-unit>
    <trans-unit id="4"><source>Doaibmabidjoslája: kursa</source><target>Type: kurs</target></trans-unit>
    <trans-unit id="5"><source>Ovttasbargoguoimmit: Sámi allaskuvla</source><target/></trans-unit>
   </group>
  </body>
 </file>
</xliff>"""

XLIFF_20 = """<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="se" trgLang="nb">
 <file id="f1"><notes><note>Merknad</note></notes>
  <unit id="u1"><segment><source>Vuosttaš.</source><target>Første setning.</target></segment>
   <ignorable><source> </source></ignorable>
   <segment><source>Nubbi.</source><target>Andre <ph id="1" disp="{1}"/>setning.</target></segment></unit>
 </file>
</xliff>"""


def test_a_translators_file_gives_the_translated_measures_with_their_labelled_lines(tmp_path, matchers):
    path = tmp_path / "Sametinget_KPR_2081_se-nb.xlf"
    path.write_text(XLIFF_12, encoding="utf-8")
    assert detect(path) == "xliff"
    content = parse_xliff(path, path.name, ParseOptions())
    assert content.title == "Sametingets rapport 2081"
    # the untranslated unit keeps its original; the note and the bold code's markup are not words of the report
    assert [b.text for b in content.blocks] == [
        "Sametingets rapport 2081", "Samisk språkkurs for lærere", "Delmål: 3.1", "Type: kurs",
        "Ovttasbargoguoimmit: Sámi allaskuvla"]
    read = set_aside(content_to_rows(content, path.name, matchers), content.blocks, path.name, 2081,
                     matchers.catalogue.vocabulary)
    assert [(r.get("tiltak"), r.get("delmal"), r.get("type")) for r in read.rows] == [
        ("Samisk språkkurs for lærere", "3.1", "kurs")]


def test_xliff_2_segments_of_a_unit_make_one_paragraph(tmp_path):
    path = tmp_path / "rapport.xliff"
    path.write_text(XLIFF_20, encoding="utf-8")
    assert detect(path) == "xliff"
    assert [b.text for b in parse_xliff(path, path.name, ParseOptions()).blocks] == ["Første setning. Andre setning."]
