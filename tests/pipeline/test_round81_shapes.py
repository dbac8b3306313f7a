"""Shapes round 81 showed the reader, each read as the member meant it."""

from __future__ import annotations

from tests.pipeline.reading import extracted, word_table


def test_a_line_under_a_table_tying_its_lettered_rows_to_delmal_gives_each_row_its_delmal(tmp_path, matchers):
    # UHR lettered its rows a)–f) and tied them to delmål only in a line under the table: four rows had none.
    path = word_table(tmp_path / "uhr.docx", [
        ("", "Tiltak", "Form", "Ansvarlig"),
        ("a)", "UHR-Lærerutdanning", "Fagstrategisk enhet", "UHR-Lærerutdanning"),
        ("b)", "Nettverk for EVU-ledere", "Nettverk", "UHR-sekretariatet"),
        ("c)", "Nettsiden «Studer som voksen»", "Nettjeneste", "UHR-sekretariatet"),
        ("d)", "Konferansen om livslang læring", "Konferanse", "UHR-sekretariatet")],
        after="Kobling til strategien: Delmål 1.4 – a. Delmål 2.4 – b og d. Delmål 3.1 – c.",
        title="UHR – rapport til Kompetansepolitisk råd 2087")
    result = extracted(path, matchers)
    assert [(r.raw.get("tiltak"), r.raw.get("delmal")) for r in result.rows] == [
        ("UHR-Lærerutdanning", "1.4"), ("Nettverk for EVU-ledere", "2.4"), ('Nettsiden "Studer som voksen"', "3.1"),
        ("Konferansen om livslang læring", "2.4")]
    # a line that leaves a row untied ties none
    path = word_table(tmp_path / "uhr2.docx", [
        ("", "Tiltak", "Form"), ("a)", "UHR-Lærerutdanning", "Fagstrategisk enhet"), ("b)", "Nettverk for EVU-ledere", "Nettverk")],
        after="Kobling til strategien: Delmål 1.4 – a.", title="UHR – rapport til Kompetansepolitisk råd 2087")
    assert [r.raw.get("delmal") for r in extracted(path, matchers).rows] in ([], ["", ""])


def test_the_delmals_running_number_under_a_header_naming_the_strategy_is_its_delmal(tmp_path, matchers):
    # Regjeringen headed its running numbers «Nr. i strategien»: no delmål column, so the rows' delmål were guessed
    # from their words (two wrong).
    path = word_table(tmp_path / "regjeringen.docx", [
        ("Nr. i strategien", "Tiltak", "Departement"),
        ("1", "Departementenes observatører i Kompetansebehovsutvalget", "KD"),
        ("8", "Tilskudd til bransjeprogram for bygg og anlegg", "KD"),
        ("13", "Praksisbrua – praksisplass og fagopplæring for ledige voksne", "AID")],
        before="Første kolonne viser delmålets løpenummer i strategien: nr. 1–4 under hovedinnsatsområde 1, nr. 5–10 "
               "under hovedinnsatsområde 2 og nr. 11–16 under hovedinnsatsområde 3.",
        title="Regjeringens rapport til Kompetansepolitisk råd 2087")
    assert [r.raw.get("delmal")[:3] for r in extracted(path, matchers).rows] == ["1.1", "2.4", "3.3"]


def test_a_note_setting_the_document_apart_from_the_members_report_and_an_op_ed_are_no_report(tmp_path, matchers):
    # NHO sent a draft op-ed «til orientering», saying «Kronikken er ikke en del av NHOs rapport …»: its paragraphs
    # gave three rows.
    from normalise.vocabulary import load_vocabulary
    from parsers.content import Content, Paragraph
    from pipeline.other_documents import set_apart
    from tests.pipeline.small_inbox import run_inbox

    vocabulary = load_vocabulary()
    for text, apart in [("Kronikken er ikke en del av NHOs rapport til Kompetansepolitisk råd.", True),
                        ("Oversikten inngår ikke i rapporten.", True),
                        ("Dette er ikke rapportert før.", False),
                        ("Tiltak som ble avsluttet i 2086 er ikke en del av rapporteringen.", False)]:
        assert bool(set_apart(Content(blocks=(Paragraph(None, 1, text),), title=""), vocabulary)) is apart, text
    op_ed = word_table(tmp_path / "kronikk.docx", [("Tiltak", "Delmål"), ("Praksisbrua", "3.3")],
                       before="Ingrid Solum, direktør for kompetanse i NHO", title="KRONIKK")
    _, documents = run_inbox(tmp_path, {"Kronikk – utkast.docx": op_ed.read_bytes()})
    assert documents["Kronikk – utkast.docx"]["rejection"]["kind"] == "not_a_report"
