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
