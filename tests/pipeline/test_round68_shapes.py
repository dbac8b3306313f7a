"""Shapes held-out round 68 showed the reader at its first look."""

from __future__ import annotations

from pathlib import Path

import docx

from pipeline.other_years import OTHER_STATUS
from tests.conftest import word_table_report
from tests.pipeline.reading import extracted

DOCUMENTS = Path(__file__).resolve().parents[1] / "parsers" / "documents"


def test_headings_over_a_grey_line_of_owner_kind_delmal_and_partners_give_each_measure(matchers):
    # Regjeringen (round 68): «KD · Utvalg · delmål 1.1 · med AID og partene i arbeidslivet» between each heading and
    # its account; a line of facts was read only when it opened with the code, and the report gave no measure. The PDF
    # is LibreOffice's export (tests/parsers/libreoffice_pdfs.py).
    rows = [r.raw for r in extracted(DOCUMENTS / "pdf-headings-with-a-grey-line-of-facts-above-the-text.pdf", matchers).rows]
    assert [(r.get("tiltak"), r.get("delmal"), r.get("type"), r.get("ansvarlig"), r.get("samarbeidspartnere"))
            for r in rows] == [
        ("Kompetansebehovsutvalget", "delmål 1.1", "Utvalg", "KD", "AID og partene i arbeidslivet"),
        ("Utredning av fylkeskommunenes ansvar for voksnes læring", "delmål 1.2", "Utredning", "KD", "KDD og KS"),
        ("Forsøk med fagopplæring i arbeidsmarkedstiltak", "delmål 3.5", "Forsøksordning", "AID", "Nav")]
    assert rows[0].get("beskrivelse") == "Utvalget la i september fram sin sjette hovedrapport."


def test_accounts_naming_only_another_year_outright_are_asked_and_one_held_every_other_year_set_aside(tmp_path, matchers):
    # Round 68: «Ble holdt i mars 2087», «Kampanjen gikk høsten 2087», «Starter opp i februar 2089» named the years as
    # figures, not as «i fjor», and were kept as the year's with nothing asked. Such a row is asked about, not dropped
    # (as round 48's «avviklet i desember 2069»); one «sist holdt i 2087, neste gang i 2089» is no year's but those.
    path = word_table_report(tmp_path / "KS 2088.docx", "KS – rapportering til Kompetansepolitisk råd 2088", [
        ("Tiltak", "Delmål", "Om tiltaket"),
        ("Kommunenes lederkonferanse", "2.2", "Ble holdt i mars 2087. Neste konferanse er ikke fastsatt."),
        ("Kampanjen Fag for framtida", "2.3", "Kampanjen gikk høsten 2087 og er tatt med fordi den ble omtalt i rådet."),
        ("Fagskolekonferansen", "2.4", "Konferansen holdes annethvert år; den ble sist holdt i 2087, neste gang i 2089."),
        ("Nettverk for unge tillitsvalgte", "2.3", "Starter opp i februar 2089. Forberedelsene er gjort i 2088."),
        ("Lederprogram i kommunene", "2.4", "Startet i 2086 og har nå 40 deltakere.")])
    result = extracted(path, matchers)
    assert [s.text for s in result.skipped] == ["Fagskolekonferansen"]
    assert all(OTHER_STATUS in s.reason for s in result.skipped)
    assert [(r.raw.get("tiltak"), "kontroller at tiltaket gjelder 2088" in r.raw.doubt) for r in result.rows] == [
        ("Kommunenes lederkonferanse", True), ("Kampanjen Fag for framtida", True),
        ("Nettverk for unge tillitsvalgte", True), ("Lederprogram i kommunene", False)]


def test_who_among_the_members_own_people_names_the_one_responsible(tmp_path, matchers):
    # LO's «Hvem i LO-familien» (round 68) was read as no field: no one responsible was given.
    for name, header in (("LO 2088.docx", "Hvem i LO-familien"), ("NHO 2088.docx", "Hvem i NHO")):
        path = word_table_report(tmp_path / name, "Tiltak 2088", [
            ("Tiltak", "Hva skjedde", "Delmål", header, "Sammen med"),
            ("Tillitsvalgtkurs i kompetanseplanlegging", "Tre kurs.", "2.4", "LOs utdanningsavdeling", "AOF Norge"),
            ("Fagbrev på jobb for renholdere", "20 tok fagbrev.", "2.5", "Fagforbundet", "NHO Service og Handel")])
        assert [r.raw.get("ansvarlig") for r in extracted(path, matchers).rows] == ["LOs utdanningsavdeling", "Fagforbundet"]
    # «Hvem» alone may ask who the measure is for: no field.
    assert matchers.columns.field_of("Hvem er målgruppen")[0] != "ansvarlig"


def test_an_overview_tables_measures_told_again_under_headings_take_their_account_owner_and_partners(tmp_path, matchers):
    # YS (round 68): «Oversikt» (Tiltak / Delmål / Type), then «Omtale av tiltakene» with each measure's heading, its
    # account and «Ansvar: … – Partnere: …»; the accounts were announced as unread and the rows had no owner.
    d = docx.Document()
    d.add_heading("YS – rapport til Kompetansepolitisk råd", 1)
    d.add_heading("Oversikt", 2)
    table = d.add_table(rows=0, cols=3)
    for row in [("Tiltak", "Delmål", "Type"), ("Læringsbarometer 2088", "2.2", "Undersøkelse"),
                ("Kurspakke om KI for tillitsvalgte", "2.1", "Kurs")]:
        for cell, text in zip(table.add_row().cells, row):
            cell.text = text
    d.add_heading("Omtale av tiltakene", 2)
    for name, account, who in [("Læringsbarometer 2088", "4 800 ansatte svarte på undersøkelsen.",
                                "Ansvar: YS-sekretariatet – Partnere: KS, Virke, Fafo"),
                               ("Kurspakke om KI for tillitsvalgte", "22 kurs med 530 deltakere.",
                                "Ansvar: YS Stat – Partnere: ingen")]:
        d.add_heading(name, 3)
        d.add_paragraph(account)
        d.add_paragraph(who)
    d.save(tmp_path / "YS 2088.docx")
    result = extracted(tmp_path / "YS 2088.docx", matchers)
    assert [(r.raw.get("tiltak"), r.raw.get("beskrivelse"), r.raw.get("ansvarlig"), r.raw.get("samarbeidspartnere"))
            for r in result.rows] == [
        ("Læringsbarometer 2088", "4 800 ansatte svarte på undersøkelsen.", "YS-sekretariatet", "KS, Virke, Fafo"),
        ("Kurspakke om KI for tillitsvalgte", "22 kurs med 530 deltakere.", "YS Stat", "")]
    assert not result.skipped and not any("ble ikke lest" in w for w in result.warnings)


def test_a_key_of_letters_in_the_members_own_words_gives_each_letter_its_type(tmp_path, matchers):
    # Unio (round 68): «I = informasjon og veiledning», «K = kunnskap og analyse» under the table named no type by its
    # exact name; the rows' letters were guessed from their text, one of them wrong.
    d = docx.Document()
    d.add_heading("Unios tiltak i 2088", 3)
    table = d.add_table(rows=0, cols=3)
    for row in [("Tiltak", "Strategimål", "Form"), ("Veiledning for lærere med utdanning fra utlandet", "2.6", "I"),
                ("Undersøkelse om kompetanseutvikling i politiet", "2.2", "K"), ("Rådsplass i UHR-Lærerutdanning", "1.4", "R")]:
        for cell, text in zip(table.add_row().cells, row):
            cell.text = text
    d.add_paragraph("Forklaring til Form: R = rådsarbeid, O = opplæring, K = kunnskap og analyse, "
                    "I = informasjon og veiledning, M = møteplass.")
    d.save(tmp_path / "Unio 2088.docx")
    result = extracted(tmp_path / "Unio 2088.docx", matchers)
    assert [(r.raw.get("type"), matchers.types.given(r.raw.get("type")).value) for r in result.rows] == [
        ("informasjon og veiledning", "Informasjon"), ("kunnskap og analyse", "FoU"), ("rådsarbeid", "Råd/utvalg/nettverk")]
