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


def test_an_account_opening_with_a_figure_describes_the_title_above_it(tmp_path, matchers):
    # Kompetanseforbundet (round 78): «Veiviserdagen 2098 – 40 veiledere i sving» was cut at its dash, and the account
    # under it, «40 av medlemmene våre ga …», became a measure of its own, with no delmål.
    from tests.pipeline.reading import coded_rows, extracted

    report = docx.Document()
    report.add_heading("Kompetanseforbundet – tiltak i 2098", 1)
    for name, account, labels in [
            ("Veiviserdagen 2098 – 40 veiledere i sving (Delmål 1.3 · arrangement)",
             "40 av medlemmene våre ga gratis veiledningssamtaler på biblioteker i 18 byer.",
             "Ansvar: Kompetanseforbundet · Partnere: VOFO, UHR"),
            ("Veiledningskurs for NAV-veiledere (Delmål 3.5 · kurs)",
             "Kurs over tre dager i karriereveiledning. 120 NAV-veiledere deltok.", "Ansvar: Kompetanseforbundet")]:
        report.add_paragraph(name, style="List Number")
        report.add_paragraph(account)
        report.add_paragraph(labels)
    report.save(tmp_path / "kf.docx")
    result = extracted(tmp_path / "kf.docx", matchers)
    assert coded_rows(result, matchers) == [("Veiviserdagen 2098 - 40 veiledere i sving", "1.3"),
                                            ("Veiledningskurs for NAV-veiledere", "3.5")]
    assert result.rows[0].raw.get("beskrivelse").startswith("40 av medlemmene")
    assert result.rows[0].raw.get("samarbeidspartnere") == "VOFO, UHR"


def test_a_chapter_per_delmal_named_only_in_the_running_header_places_its_measures(tmp_path, matchers):
    # Fagskolerådet (round 78) printed each chapter's delmål only in its pages' header, over a theme heading
    # («Rådsarbeidet», «Nye tilbud») and the measures' titles; four of its five measures were left unread.
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from tests.pipeline.reading import coded_rows, extracted

    path = tmp_path / "Fagskolerådet – rapport 2087.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    _, height = A4

    def lines(spec: list[tuple[str, int, str]]) -> None:
        y = height - 110
        for font, size, text in spec:
            pdf.setFont(font, size)
            pdf.drawString(72, y, text)
            y -= size * 2.2 + 12  # a paragraph's space after it

    lines([("Helvetica-Bold", 20, "Fagskolerådet – rapport til Kompetansepolitisk råd for 2087"),
           ("Helvetica", 10, "Rapporten har ett kapittel for hvert delmål; delmålet står øverst på siden.")])
    for code, theme, measures in [
            ("Delmål 1.4 – Samarbeid mellom utdanning og arbeidsliv", "Rådsarbeidet",
             [("Rådsmøtene i Nasjonalt fagskoleråd", "Rådet hadde fem møter i 2087.", "Type: Rådsarbeid · Ansvar: Fagskolerådet")]),
            ("Delmål 2.4 – Behov og tilbud", "Nye tilbud",
             [("Hydrogenskolen: tre fagskoler med moduler", "Fagskolene holdt ni moduler for fagarbeidere.",
               "Type: Utdanningstilbud · Ansvar: Fagskolerådet"),
              ("Hydrogenskolen fase 2 – forprosjekt", "Forprosjektet kartla behovet for nye moduler.",
               "Type: Forprosjekt · Ansvar: Fagskolerådet")])]:
        pdf.showPage()
        pdf.setFont("Helvetica", 8)
        pdf.drawString(72, height - 30, f"Fagskolerådet · Rapport 2087 · {code}")
        spec = [("Helvetica-Bold", 16, theme)]
        for title, account, labels in measures:
            spec += [("Helvetica-Bold", 13, title), ("Helvetica", 10, account), ("Helvetica", 10, labels)]
        lines(spec)
    pdf.save()
    result = extracted(path, matchers)
    assert coded_rows(result, matchers) == [("Rådsmøtene i Nasjonalt fagskoleråd", "1.4"),
                                            ("Hydrogenskolen: tre fagskoler med moduler", "2.4"),
                                            ("Hydrogenskolen fase 2 - forprosjekt", "2.4")]
