"""Shapes held-out round 78 showed the reader at its first look."""

from __future__ import annotations

import docx

from tests.pipeline.reading import rejection_beside_a_report


def test_a_cooperation_agreement_sent_for_information_is_no_report(tmp_path):
    # Rogaland (round 78) sent on its agreement with NAV on career guidance for 2099–2102: its lettered duties
    # («a) gi NAV-veiledere tilgang til …») became eleven rows.
    agreement = docx.Document()
    agreement.add_heading("Samarbeidsavtale om karriereveiledning 2099–2102", 1)
    agreement.add_paragraph("mellom Rogaland fylkeskommune og NAV Rogaland")
    agreement.add_heading("§ 3 Partenes ansvar", 3)
    agreement.add_paragraph("Fylkeskommunen skal:")
    for duty in ("a) gi NAV-veiledere tilgang til karrieresenterets verktøy,",
                 "b) ha ansvar for veiledning av voksne som vil ta fagbrev."):
        agreement.add_paragraph(duty)
    error = rejection_beside_a_report(agreement, "Samarbeidsavtale karriereveiledning Rogaland og NAV.docx", tmp_path, 2098)
    assert "begynner med «samarbeidsavtale»" in error and "avtaler" in error


def test_a_measures_delmal_and_type_in_a_margin_comment_are_read_where_the_comment_is_anchored(tmp_path, matchers):
    # Kompetanseforbundet (round 78) gave each measure's delmål and type only as a Word comment on its name
    # («Delmål 1.3 · arrangement»); none of its five measures was read.
    from tests.pipeline.reading import coded_rows, extracted

    report = docx.Document()
    report.add_heading("Kompetanseforbundet – tiltak i 2098", 1)
    report.add_paragraph("Delmål og tiltakstype står som kommentarer i margen ved hvert tiltak.")
    for name, comment, account in [
            ("Veiledningskurs for NAV-veiledere", "Delmål 3.5 · kurs", "Kurs over tre dager for 120 NAV-veiledere."),
            ("Podkasten «Veien videre»", "Delmål 1.3 · informasjon", "Åtte episoder om karriereveiledning for voksne.")]:
        title = report.add_paragraph(style="List Number")
        run = title.add_run(name)
        run.bold = True
        report.add_comment(run, text=comment, author="Kompetanseforbundet")
        told = report.add_paragraph().add_run(account)
        report.add_comment(told, text="Flyttet fra 2.1 – sjekk tallet med Kari", author="Sekretariatet")  # a remark
        report.add_paragraph("Ansvar: Kompetanseforbundet")
    report.save(tmp_path / "kf.docx")
    result = extracted(tmp_path / "kf.docx", matchers)
    assert coded_rows(result, matchers) == [("Veiledningskurs for NAV-veiledere", "3.5"),
                                            ('Podkasten "Veien videre"', "1.3")]
    assert [r.raw.get("type") for r in result.rows] == ["kurs", "informasjon"]
    assert not any("Kari" in str(r.raw) for r in result.rows)  # a reviewer's remark is no part of the report
