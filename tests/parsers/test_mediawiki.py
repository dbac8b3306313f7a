"""A wiki's pages exported as XML (MediaWiki's Special:Export): the article's last revision, its template calls
expanded with the templates the export holds, read as the page the wiki shows."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

import pytest

from parsers.detect import detect
from parsers.mediawiki import ExpansionTooLarge, expand
from parsers.registry import ParseOptions
from pipeline.extract import extract_document
from tiltak_core.records import Document

TEMPLATE = """<noinclude>Bruk: {{Tiltak|navn=|type=|ansvar=|samarbeid=|omtale=}}</noinclude><includeonly>{| class="tiltak"
! colspan=2 | {{{navn}}}
|-
! Ansvarlig
| {{{ansvar}}}
|-
! Type tiltak
| {{{type|}}}
|-
! Partnere
| {{{samarbeid|}}}
|-
| colspan=2 | {{{omtale|}}}
|}</includeonly>"""

DRAFT = "Utkast.\n\n== Tiltak ==\n* KS i SRY\n* Noe vi kanskje gjør\n"
FINAL = """Denne siden er KS' rapport til Kompetansepolitisk råd for 2076.

== Hovedinnsatsområde 2 – Læring i arbeidslivet ==
=== 2.1 Digital kompetanse ===
{{Tiltak|navn=KI-løftet – kurs for kommuneansatte|type=Kurs|ansvar=KS Digitalisering|samarbeid=[[Unio (organisasjon)|Unio]]|omtale=Nettkurs; 211 kommuner deltok.}}
=== 2.3 Yrkesfagene ===
{{Tiltak|navn=KS i Samarbeidsrådet for yrkesopplæring (SRY)|type=Råd|ansvar=KS Arbeidsgiverpolitikk|omtale=KS har to plasser i SRY.}}

[[Kategori:Kompetansepolitisk råd]]
"""


def _page(title: str, ns: int, *texts: str) -> str:
    revisions = "".join(f"<revision><id>{n}</id><timestamp>2076-1{n}-02T10:00:00Z</timestamp><model>wikitext</model>"
                        f'<text xml:space="preserve">{escape(t)}</text></revision>' for n, t in enumerate(texts))
    return f"<page><title>{escape(title)}</title><ns>{ns}</ns><id>{ns + 1}</id>{revisions}</page>"


def _export(path: Path) -> Path:
    path.write_text(
        '<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.11/" version="0.11" xml:lang="nb"><siteinfo>'
        "<sitename>KSwiki</sitename><base>https://wiki.ks.no/index.php/Forside</base><namespaces>"
        '<namespace key="0" case="first-letter" /><namespace key="10" case="first-letter">Mal</namespace>'
        '<namespace key="14" case="first-letter">Kategori</namespace></namespaces></siteinfo>'
        + _page("Mal:Tiltak", 10, TEMPLATE) + _page("Kompetansepolitisk råd/Rapport 2076", 0, DRAFT, FINAL)
        + "</mediawiki>", encoding="utf-8")
    return path


def test_a_wiki_export_gives_the_last_revision_s_template_calls_as_its_tiltak(tmp_path, matchers):
    path = _export(tmp_path / "KSwiki-20770112093015.xml")
    assert detect(path) == "mediawiki"
    result = extract_document(Document(path, path.name, "mediawiki", "x", path.stat().st_size), matchers,
                              ParseOptions(), 10**8)
    rows = [(r.raw.get("tiltak"), matchers.delmal.match(r.raw.get("delmal")).value, r.raw.get("type"),
             r.raw.get("ansvarlig"), r.raw.get("samarbeidspartnere")) for r in result.rows]
    # The draft's list is not read, nor the page's category.
    assert rows == [("KI-løftet - kurs for kommuneansatte", "2.1", "Kurs", "KS Digitalisering", "Unio"),
                    ("KS i Samarbeidsrådet for yrkesopplæring (SRY)", "2.3", "Råd", "KS Arbeidsgiverpolitikk", "")]
    assert result.member == "KS"


def test_a_template_the_export_lacks_gives_its_named_arguments_as_a_box_of_labels():
    box = expand("{{Faktaboks|navn=Kartlegging av rekrutteringsbehov|type=Kartlegging|ansvar=KS Analyse|1=x}}", {})
    assert box == ("\n{|\n|-\n| navn || Kartlegging av rekrutteringsbehov\n|-\n| type || Kartlegging\n|-\n"
                   "| ansvar || KS Analyse\n|}\n")
    assert expand("{{A|{{B|x=1}}}}", {"A": "<noinclude>doc</noinclude>[{{{1}}}]", "B": "{{{x|0}}}+{{{y|2}}}"}) == "[1+2]"


def test_templates_that_call_each_other_past_any_page_s_size_are_stopped():
    bomb = {"A": "{{B}}{{B}}{{B}}{{B}}{{B}}{{B}}{{B}}{{B}}{{B}}{{B}}", "B": "{{C}}" * 10, "C": "{{D}}" * 10,
            "D": "{{E}}" * 10, "E": "{{F}}" * 10, "F": "{{G}}" * 10, "G": "x" * 100}
    with pytest.raises(ExpansionTooLarge):
        expand("{{A}}", bomb)
