"""Shapes held-out round 54 showed the reader after its first look."""

from __future__ import annotations

from parsers.text import markdown_blocks
from parsers.content import Content
from pipeline.rows import content_to_rows


def test_a_status_line_among_a_headings_labelled_lines_is_neither_its_title_nor_lost(matchers):
    # «Status: Pågår» over «Delmål: 2.1» under a heading became the tiltak's name, the heading's own lost.
    _, blocks = markdown_blocks("# Plan\n\n## Sertifisering for kuldeteknikk\n\nStatus: Pågår\n\nDelmål: 2.1\n\n"
                                "Tre kurs i nye kuldemedier.\n\n## Bransjeskule\n\n[kurs]\n\nStatus: Ferdig\n\n"
                                "Delmål: 2.4\n\nAnsvarleg: Fagforbundet Teknikk\n\nTekst her.\n")
    read = content_to_rows(Content(blocks=tuple(blocks)), "teknikk.md", matchers)
    assert [(r.get("tiltak"), r.get("delmal"), r.get("type"), dict(r.extra).get("Status")) for r in read.rows] == [
        ("Sertifisering for kuldeteknikk", "2.1", "", "Pågår"), ("Bransjeskule", "2.4", "[kurs]", "Ferdig")]


def test_a_box_of_labels_beside_their_answers_under_each_title_gives_the_titles_fields(tmp_path, matchers):
    # Akademikerne's LaTeX macro set each measure's particulars in a two-column tabular («Strategien: | Delmål 1.4»,
    # «Ansvar: | Econa»): each box was read as a table with no tiltak column, and every measure was lost.
    import docx

    from parsers.registry import ParseOptions
    from pipeline.extract import extract_document
    from tiltak_core.records import Document

    report = docx.Document()
    report.add_heading("Forskerforbundets tiltak 2081", 1)
    for name, code, who, text in (("Skrivekurs for forskere", "Delmål 2.2", "Forskerforbundet", "Tre kurs i 2081."),
                                  ("Mentorordning for stipendiater", "Delmål 1.3", "Forskerforbundet", "Førti par.")):
        report.add_heading(name, 2)
        table = report.add_table(rows=0, cols=2)
        for label, value in (("Strategien:", code), ("Form:", "kurs"), ("Ansvar:", who), ("Med:", "NIFU")):
            cells = table.add_row().cells
            cells[0].text, cells[1].text = label, value
        report.add_paragraph(text)
    path = tmp_path / "forskerforbundet_2081.docx"
    report.save(path)
    result = extract_document(Document(path, path.name, "docx", "x", path.stat().st_size), matchers, ParseOptions(),
                              10**8)
    assert [(r.raw.get("tiltak"), r.raw.get("delmal"), r.raw.get("ansvarlig"), r.raw.get("beskrivelse"))
            for r in result.rows] == [
        ("Skrivekurs for forskere", "Delmål 2.2", "Forskerforbundet", "Tre kurs i 2081."),
        ("Mentorordning for stipendiater", "Delmål 1.3", "Forskerforbundet", "Førti par.")]
