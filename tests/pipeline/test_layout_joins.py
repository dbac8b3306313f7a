"""What the layout set apart that belongs together, as held-out round 36 showed it: an e-mail's numbered item wrapped
onto a line of its own after a full stop; and what stays apart, a title over its account and a name's subtitle."""

from __future__ import annotations

from pathlib import Path

import docx

from parsers.docx import parse_docx
from parsers.registry import ParseOptions
from pipeline.rows import content_to_rows


def _docx_rows(matchers, path):
    read = content_to_rows(parse_docx(path, path.name, ParseOptions()), path.name, matchers)
    return read.rows, read.warnings


def test_an_emails_numbered_item_wrapped_after_a_full_stop_keeps_the_delmal_it_closes_with(tmp_path, matchers):
    # YS's e-mail: the PDF's layout broke item 1 after «… uten høyere utdanning.», so its delmål in words fell to a
    # paragraph of its own and the item was lost without a word; items 2 and 3 kept their account in the title.
    from samples.generator import docx_xml as dx

    d = docx.Document()
    d.add_paragraph("Her kommer YS sin rapportering for 2057. Vi har ikke brukt skjemaet denne gangen.")
    num = dx.bullet_numbering(d)
    dx.numbered_paragraph(d, "Digitalt grunnløft (DIGILØFT) – sammen med Virke og Spekter har vi tilbudt gratis moduler "
                             "i grunnleggende digital kompetanse til ansatte uten høyere utdanning.", num)
    d.add_paragraph("YS-forbundene har rekruttert deltakere i finans og transport. (delmål: digital kompetanse i hele "
                    "arbeidsstyrken)")
    dx.numbered_paragraph(d, "Webinarserien Karriere 2057 – fire webinarer om karrierevalg og veiledning for seniorer, med "
                             "til sammen 1 100 påmeldte. (delmål: karriereveiledning, seniorperspektivet)", num)
    d.add_paragraph("Si fra hvis dere trenger mer!")
    path = tmp_path / "YS_epost.docx"
    d.save(path)
    rows, _ = _docx_rows(matchers, path)
    assert [(r.get("tiltak"), matchers.delmal.match(r.get("delmal")).value, r.get("beskrivelse")[-22:]) for r in rows] == [
        ("Digitalt grunnløft (DIGILØFT)", "2.1", "i finans og transport."),
        ("Webinarserien Karriere 2057", "1.3", "sammen 1 100 påmeldte.")]


def test_a_numbered_title_over_its_account_and_a_names_subtitle_stay_as_written(matchers):
    # Held-out round 31's reports, read right before: «1. LOs plass i Kompetansebehovsutvalget» over «LO har … (Delmål
    # 1.1, råd/utvalg)» is a title over its account, and «KOMPIS-K – kompetanseløft for ufaglærte …:» a name and its
    # subtitle, not a name and an account.
    from parsers.pdf import parse_pdf

    root = Path(__file__).resolve().parents[2] / "samples" / "holdout32"
    rows, _ = _docx_rows(matchers, root / "LO_rapportering_KPR_2052.docx")
    assert [r.get("tiltak") for r in rows[:2]] == ["LOs plass i Kompetansebehovsutvalget", "Medlemskap i Nasjonalt fagskoleråd"]
    path = root / "KS_rapport_kompetansepolitisk_raad_2052.pdf"
    tiltak = [r.get("tiltak") for r in content_to_rows(parse_pdf(path, path.name, ParseOptions()), path.name, matchers).rows]
    assert "KOMPIS-K - kompetanseløft for ufaglærte i helse og omsorg" in tiltak


def test_a_named_title_over_a_clause_that_closes_with_the_items_own_delmal_is_the_title_described(tmp_path, matchers):
    # Held-out round 39 (first look), Oslo's e-mail: «Yrkesfagdagen 2060 – stor utendørs yrkesmesse … for elever på 10.
    # trinn, arrangert sammen med Virke og YS (delmål 2.3).» was read whole: the account's stop went with the code, and
    # «10.» ended its first sentence after nine words, a subtitle's length.
    from samples.generator import docx_xml as dx

    d = docx.Document()
    d.add_paragraph("Oslo kommune har i 2060 særlig arbeidet med disse tiltakene:")
    num = dx.bullet_numbering(d)
    items = [("Yrkesfagdagen 2060", "stor utendørs yrkesmesse på Rådhusplassen for elever på 10. trinn, arrangert sammen "
                                    "med Virke og YS", "2.3"),
             ("Seniorveiledning i karrieresenteret (KVASS)", "utprøving av karriereveiledning for ansatte over 55 år, "
                                                             "sammen med Unio", "1.3")]
    for title, account, code in items:
        dx.numbered_paragraph(d, f"{title} – {account} (delmål {code}).", num)
    path = tmp_path / "Oslo_epost.docx"
    d.save(path)
    rows, _ = _docx_rows(matchers, path)
    assert [(r.get("tiltak"), matchers.delmal.match(r.get("delmal")).value, r.get("beskrivelse").rstrip(".")) for r in rows] == [
        (title, code, account) for title, account, code in items]
