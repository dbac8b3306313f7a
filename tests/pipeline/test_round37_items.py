"""Items held-out round 37 showed the reader: a closing sentence linking an item to its delmål with a subject before
the link, and names of one word or with their kind before a colon."""

from __future__ import annotations

import docx

from parsers.docx import parse_docx
from parsers.registry import ParseOptions
from pipeline.rows import content_to_rows
from samples.generator import docx_xml as dx


def _rows(matchers, d, path):
    d.save(path)
    return content_to_rows(parse_docx(path, path.name, ParseOptions()), path.name, matchers).rows


def test_an_item_closed_by_a_sentence_linking_it_to_its_delmal_with_a_subject_gives_that_delmal(matchers, tmp_path):
    # Akademikerne's letter: «… Dette følger opp delmål 1.4.», «… Også dette hører til delmål 1.4.»; both items were
    # lost without a word.
    d = docx.Document()
    d.add_paragraph("Vi viser til sekretariatets henvendelse og sender en kort oversikt over hva vi har gjort i 2058.")
    num = dx.bullet_numbering(d)
    dx.numbered_paragraph(d, "Vi har sete i Råd for samarbeid med arbeidslivet (RSA) ved seks universiteter. "
                             "Representantene kommer fra foreningene. Dette følger opp delmål 1.4.", num)
    dx.numbered_paragraph(d, "Gjennom Legeforeningen deltar Akademikerne i UHR-Medisin og helse. Enheten har arbeidet med "
                             "praksisplasser. Også dette hører til delmål 1.4.", num)
    rows = _rows(matchers, d, tmp_path / "brev.docx")
    assert [matchers.delmal.match(r.get("delmal")).value for r in rows] == ["1.4", "1.4"]


def test_a_one_word_name_and_a_name_with_its_kind_before_a_colon_are_split_from_their_account(matchers, tmp_path):
    # KS's report: «Yrkesfagsuka. Sammen med …» and «Ny veileder: Lærlinger i kommunal sektor. Digital veileder …» were
    # read whole; «Kurs. Vi holdt …» stays whole, a type's word being no name.
    d = docx.Document()
    num = dx.bullet_numbering(d)
    for text in ("Yrkesfagsuka. Sammen med fylkeskommunene arrangerer KS en uke der lærlinger viser fram fagene. (Delmål 2.3)",
                 "Ny veileder: Lærlinger i kommunal sektor. Digital veileder for kommunale ledere om inntak av lærlinger. "
                 "(Delmål 2.3)",
                 "Kurs. Vi holdt fire kurs for tillitsvalgte om kompetanseplaner i kommunene. (Delmål 2.2)"):
        dx.numbered_paragraph(d, text, num)
    rows = _rows(matchers, d, tmp_path / "ks.docx")
    assert [r.get("tiltak") for r in rows] == [
        "Yrkesfagsuka", "Ny veileder: Lærlinger i kommunal sektor",
        "Kurs. Vi holdt fire kurs for tillitsvalgte om kompetanseplaner i kommunene"]
