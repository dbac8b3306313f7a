"""AsciiDoc source is read as the Markdown it would be: its sections, tables, labelled terms and attributes."""

from __future__ import annotations

from parsers.asciidoc import asciidoc_to_markdown, looks_like_asciidoc

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


def test_asciidoc_source_is_known_by_its_title_and_sections():
    assert looks_like_asciidoc(REPORT)
    assert not looks_like_asciidoc("= not a title\nbut a line of text\n")
    assert not looks_like_asciidoc("# Markdown\n\n== not asciidoc\n")


def test_asciidoc_is_written_out_as_markdown():
    lines = [line for line in asciidoc_to_markdown(REPORT).splitlines() if line.strip()]
    assert lines == [
        "# Akademikernes rapport til Kompetansepolitisk råd 2081",  # the header's author and revision are no text
        "Dette er Akademikernes tiltak i 2081.",
        "## Råd og utvalg",
        "| Tiltak | Delmål | Type |",
        "| --- | --- | --- |",
        "| Akademikerne i Kompetansebehovsutvalget (KBU) | 1.1 Kompetansebehovsutvalget | Utvalg |",
        "## Egne tiltak",
        "### KI-løftet – kurs for akademikere",
        "- Delmål: 2.1",
        "- Type: kurs",
        "Seks moduler om kunstig intelligens.",
        "## Avsluttet og planlagt",
        "Merk: Lønnsundersøkelsen 2080 er ikke med.",
        "### Planer for 2082",
        "- Akademikernes EVU-konferanse"]
