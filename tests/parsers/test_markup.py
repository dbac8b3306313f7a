"""A report in a writer's markup (AsciiDoc, reStructuredText) is read as the document pandoc makes of it: its sections,
tables, labelled terms and fields, its attributes filled in, its comments and header lines left out."""

from __future__ import annotations

from parsers.content import Paragraph
from parsers.markup import looks_like_asciidoc, looks_like_rst, markup_reader
from parsers.registry import ParseOptions
from parsers.text import parse_text

REPORT = """= Akademikernes rapport til Kompetansepolitisk råd 2081
Akademikerne sekretariatet <post@akademikerne.no>
v1.3, 2082-01-11: Klar for innsending
:dm-kbu: 1.1 Kompetansebehovsutvalget
:rapportaar: 2081

// Bygges med asciidoctor-pdf

Dette er Akademikernes tiltak i {rapportaar}.

== Råd og utvalg

[cols="3,1,1",options="header"]
|===
|Tiltak |Delmål |Type

|Akademikerne i Kompetansebehovsutvalget (KBU)
|{dm-kbu}
|Utvalg
|===

== Egne tiltak

KI-løftet – kurs for akademikere::
* Delmål: 2.1
* Type: kurs
+
Seks moduler om kunstig intelligens.

== Avsluttet og planlagt

NOTE: Lønnsundersøkelsen 2080 er ikke med.

[TIP]
.Planer for 2082
====
* Akademikernes EVU-konferanse
====
"""


RST_REPORT = """.. Rapport til Kompetansepolitisk råd, bygd med sphinx-build

=========================================
Kompetanseforbundet – rapport for |aar|
=========================================

.. |aar| replace:: 2081

Delmål 1.3 – Karriereveiledning
===============================

VeiViser-piloten
~~~~~~~~~~~~~~~~

:Type: Prosjekt
:Ansvar: Kompetanseforbundet
:Med: AID, NAV

Forbundet utviklet opplegget for veiledningssamtaler.

.. todo::

   Ny medlemsundersøkelse – planlagt 2082.
"""


def _lines(tmp_path, name: str, text: str) -> tuple[str, list]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    content = parse_text(path, name, ParseOptions())
    return content.title, [b.text if isinstance(b, Paragraph) else b.rows for b in content.blocks]


def test_markup_is_known_by_its_name_or_its_first_lines():
    assert looks_like_asciidoc(REPORT) and not looks_like_rst(REPORT)
    assert looks_like_rst(RST_REPORT) and not looks_like_asciidoc(RST_REPORT)
    assert not looks_like_asciidoc("= not a title\nbut a line of text\n")
    assert not looks_like_rst("Overskrift\n==========\n\nBare tekst.\n")  # underlined, but no mark of the language
    assert markup_reader(".adoc", "") == "asciidoc" and markup_reader(".md", "# Rapport\n") is None


def test_asciidoc_is_read_as_the_document_it_makes(tmp_path):
    title, lines = _lines(tmp_path, "kpr-rapport-2081.adoc", REPORT)
    assert title == "Akademikernes rapport til Kompetansepolitisk råd 2081"
    assert "Dette er Akademikernes tiltak i 2081." in lines  # the attribute filled in
    assert ("Tiltak", "Delmål", "Type") in lines[lines.index("Råd og utvalg") + 1]  # the table, its header first
    at = lines.index("KI-løftet – kurs for akademikere")
    assert lines[at + 1 : at + 4] == ["Delmål: 2.1", "Type: kurs", "Seks moduler om kunstig intelligens."]
    assert not any("sekretariatet" in str(x) or "Bygges med" in str(x) for x in lines)  # header and comments


def test_restructured_text_is_read_as_the_document_it_makes(tmp_path):
    title, lines = _lines(tmp_path, "kpr-rapport-2081.rst", RST_REPORT)
    assert title == "Kompetanseforbundet – rapport for 2081"
    at = lines.index("VeiViser-piloten")
    assert lines[at + 1 : at + 5] == ["Type: Prosjekt", "Ansvar: Kompetanseforbundet", "Med: AID, NAV",
                                      "Forbundet utviklet opplegget for veiledningssamtaler."]
