"""A heading that names no delmål over text closing with its delmål: one tiltak, titled by the heading."""

from __future__ import annotations

import docx

from parsers.docx import parse_docx
from parsers.registry import ParseOptions
from pipeline.rows import content_to_rows


def _read(matchers, path, sections):
    d = docx.Document()
    d.add_heading("Rapport til Kompetansepolitisk råd 2052", level=1)
    d.add_paragraph("Vi rapporterer her de tiltakene vi har hatt ansvar for i 2052.")
    for heading, *texts in sections:
        d.add_heading(heading, level=3)
        for text in texts:
            d.add_paragraph(text)
    d.save(path)
    read = content_to_rows(parse_docx(path, path.name, ParseOptions()), path.name, matchers)
    return read, [(r.get("tiltak"), matchers.delmal.match(r.get("delmal")).value, r.get("beskrivelse"))
                  for r in read.rows]


def test_text_whose_last_sentence_is_the_delmals_code_closes_the_title_above_it(matchers, tmp_path):
    # «… og praksisplasser. Delmål 1.4.» closing the text under a bold title, a column's paragraph split in two: no
    # brackets, so nothing was read and the file said it found no tiltak.
    read, got = _read(matchers, tmp_path / "siste_setning.docx", [
        ("Plass i UHRs enhet for medisin og helse", "Legeforeningen representerer oss i enheten. Delmål 1.4."),
        ("Frokostseminar om godkjenning", "Seminar 9. oktober med innledere fra HK-dir. 85", "deltakere. Delmål 2.6."),
        ("Om organisasjonen", "Vi arbeider for faglig oppdatering gjennom hele yrkeslivet.")])
    assert got == [
        ("Plass i UHRs enhet for medisin og helse", "1.4", "Legeforeningen representerer oss i enheten."),
        ("Frokostseminar om godkjenning", "2.6", "Seminar 9. oktober med innledere fra HK-dir. 85 deltakere.")]


def test_a_code_inside_a_sentence_does_not_close_the_title(matchers, tmp_path):
    # Only a sentence that is the code alone gives the title its delmål; a code the text mentions does not.
    read, got = _read(matchers, tmp_path / "kode_i_setning.docx", [
        ("Om arbeidet i rådet", "Rådet drøftet delmål 1.4 på to møter i år.")])
    assert got == []


def test_a_bold_titled_paragraph_after_a_titled_tiltaks_account_is_the_next_tiltak(matchers, tmp_path):
    # Round 32's first look (Akademikerne): under a section naming a delmål in words, «Plass i UHRs enheter» over its
    # account, then «**Arbeidslivsdagen for masterstudenter** Akademikerne arrangerte …». The bold-titled paragraph
    # was read as more of the account above: a tiltak lost, and nothing said.
    d = docx.Document()
    d.add_heading("Akademikernes rapport for 2053", level=1)
    d.add_paragraph("Vi rapporterer her de tiltakene vi har hatt ansvar for i 2053.")
    d.add_heading("Samarbeid mellom utdanning og arbeidsliv", level=2)
    d.add_heading("Plass i UHRs fagstrategiske enheter", level=3)
    d.add_paragraph("Foreningene har faste plasser i de nasjonale rådene.")
    p = d.add_paragraph()
    p.add_run("Arbeidslivsdagen for masterstudenter").bold = True
    p.add_run(" Vi arrangerte arbeidslivsdager ved fire universiteter.")
    path = tmp_path / "uthevet_etter_tittel.docx"
    d.save(path)
    read = content_to_rows(parse_docx(path, path.name, ParseOptions()), path.name, matchers)
    assert [(r.get("tiltak"), matchers.delmal.match(r.get("delmal")).value, r.get("beskrivelse")) for r in read.rows] == [
        ("Plass i UHRs fagstrategiske enheter", "1.4", "Foreningene har faste plasser i de nasjonale rådene."),
        ("Arbeidslivsdagen for masterstudenter", "1.4", "Vi arrangerte arbeidslivsdager ved fire universiteter.")]


def _report(path, intro: str, blocks: list[tuple[str, str, str]]):
    d = docx.Document()
    d.add_heading("Fagskolerådet – årsrapport 2057", 1)
    d.add_heading("Tiltak under Nasjonal kompetansepolitisk strategi", 2)
    d.add_paragraph(intro)
    for title, body, labels in blocks:
        p = d.add_paragraph()
        p.add_run(title).bold = True
        p.add_run(f" {body}")
        d.add_paragraph(labels)
    d.save(path)
    return path


def test_bold_run_in_titles_over_labelled_lines_are_each_a_tiltak_however_long_the_account(tmp_path, matchers):
    # Held-out round 36, Fagskolerådet's report: the first block, its account longer than a title line, was lost
    # quietly; with a short intro the section's heading took the first block's labels and became a tiltak.
    blocks = [("Medlemskap i Nasjonalt fagskuleråd.", "Fagskolerådet har to faste medlemer i rådet og har i 2057 særleg "
               "arbeidd for betre finansiering av fagskuletilbod innan helse og teknikk.", "Delmål: 2.4 · Type: Råd"),
              ("Fagskuledagen 2057.", "Seminar om arbeidet, skipa for fagskuleleiarar i Bergen.", "Delmål: 2.4 · Type: Seminar")]
    for intro in ("Fagskolerådet representerer fagskulane i landet. I 2057 har vi prioritert arbeidet med finansiering, "
                  "kvalitet og fleksible tilbod. Nedanfor omtaler vi dei tiltaka vi rapporterer.",
                  "Nedanfor omtaler vi tiltaka."):
        path = _report(tmp_path / "fagskoleradet.docx", intro, blocks)
        rows = content_to_rows(parse_docx(path, path.name, ParseOptions()), path.name, matchers).rows
        assert [(r.get("tiltak"), r.get("delmal")) for r in rows] == [
            ("Medlemskap i Nasjonalt fagskuleråd", "2.4"), ("Fagskuledagen 2057", "2.4")]
