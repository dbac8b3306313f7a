"""Tiltak told a paragraph each in running prose: named by the council, the subject or the name the sentence gives,
marked for review, and a paragraph that gives a delmål but names nothing listed as not read."""

from __future__ import annotations

import json

import docx
import pytest
from typer.testing import CliRunner

from normalise.matchers import Matchers
from pipeline.cli import app
from pipeline.outputs.csv_files import read_csv
from pipeline.prose_names import ProseNames
from pipeline.prose_paragraphs import UNREAD


@pytest.fixture(scope="module")
def names() -> ProseNames:
    return ProseNames.of(Matchers.load())


@pytest.mark.parametrize("sentence, name", [
    ("YS har i år hatt ein representant i Samarbeidsrådet for yrkesopplæring (SRY).",
     "Samarbeidsrådet for yrkesopplæring (SRY)"),
    # The member's own title for its seat before a dash names it, the council's name and where inside it (round 53).
    ("Rådet for samarbeid med arbeidslivet ved Høgskulen på Vestlandet (RSA) – fylkesdirektøren er fast medlem.",
     "Rådet for samarbeid med arbeidslivet ved Høgskulen på Vestlandet (RSA)"),
    ("Fylkeskommunen sin plass i Nasjonalt fagskuleråd – Vestland har ein representant, oppnemnd av fylka.",
     "Fylkeskommunen sin plass i Nasjonalt fagskuleråd"),
    ("Sommarskule i digital sakshandsaming vart halden for tillitsvalde i juni.",
     "Sommarskule i digital sakshandsaming"),
    ("Saman med NHO har vi prøvd ut LÆREVEG, ein modell for lærlingar over 25 år.", "LÆREVEG"),
    ("I mai arrangerte vi Yrkesdagane 2041 i Bodø med 900 elevar.", "Yrkesdagane 2041"),
    ("Vidare har forbundet laga ei rettleiing om kompetanseplanar i november.", "Rettleiing om kompetanseplanar"),
    # A name in quotes, or defined by its short form, wins over a council or an acronym standing before it.
    ("For å styrke folka våre i SRY heldt YS kurset «Partsrepresentant i yrkesfag» for 40 tillitsvalde.",
     "Partsrepresentant i yrkesfag"),
    ("YS deltek i utviklingsprosjektet Vurderingsmodellen for arbeidslivet (VMA), som HK-dir leier.",
     "Vurderingsmodellen for arbeidslivet (VMA)"),
    # One capitalised word names a measure after the word for its kind.
    ("Saman med NHO har YS stått bak informasjonskampanjen Fagløftet i heile landet.", "informasjonskampanjen Fagløftet"),
    # A word with a capital inside it is a name; so is a capitalised word right after a verb, up to its comma.
    ("YS har koordinert deltakinga i DigiFag for tilsette utan fagbrev.", "DigiFag"),
    ("Saman med Virke har YS vidareført Norsk på arbeidsplassen, som gir opplæring på jobb.", "Norsk på arbeidsplassen"),
    # One long capitalised word names one, as subject or after the verb.
    ("Fagskulebarometeret er vår årlege undersøking blant studentar og arbeidsgjevarar.", "Fagskulebarometeret"),
    ("Saman med LO har vi prøvd ut Vurderingsmodellen ved fire fagskular.", "Vurderingsmodellen"),
    # A short verbless title opened by the article of a definite adjective (round 42's scanned letter).
    ("Den nasjonale EVU-portalen.", "Den nasjonale EVU-portalen"),
    # Round 43's e-mail: a name after the verb up to its bracketed code, a subtitle after a dash inside it; a name
    # closed by its year after an inverted verb; a title before a dash after the letter's «Til slutt:».
    ("Det største arbeidet har vært Lær i frivilligheten – studieforbundene i samarbeid (delmål 3.6), som vi leder.",
     "Lær i frivilligheten – studieforbundene i samarbeid"),
    ("Som vanlig arrangerte vi Voksnes læringsuke 2064 sammen med VOFO og bibliotekene.", "Voksnes læringsuke 2064"),
    ("Til slutt: Studieforbundenes digitale kursplattform – Felles plattform der studieforbundene kan tilby kurs.",
     "Studieforbundenes digitale kursplattform"),
    # … but a subtitle in lower case after the dash is part of the name (round 39's ministry report).
    ("Kompetansepluss frivillighet – digitalt medborgerskap er en ny satsing der studieforbund gir kurs.",
     "Kompetansepluss frivillighet - digitalt medborgerskap"),
])
def test_the_measure_a_sentence_names(names, sentence, name):
    assert names.name(sentence).name == name


@pytest.mark.parametrize("sentence", [
    "Kurset vart halde i Bergen med 30 deltakarar.",  # «Kurset», «Bergen»: the measure above, a place
    "Vi ser fram til vidare samarbeid i rådet.",
    "380 tilsette tok 30 studiepoeng ved sida av jobb.",
    "Samlinga vart halden i Bodø sentrum, med 30 deltakarar frå heile fylket.",
    "Undersøkinga viser at fire av fem arbeidsgjevarar er nøgde med utdanninga.",  # the measure above, again
    "Kurset vart halde i Kristiansundsregionen med 30 deltakarar.",  # a long place after «i»
])
def test_a_sentence_that_names_no_measure(names, sentence):
    assert names.name(sentence) is None


def _run(tmp_path, paragraphs):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    d = docx.Document()
    d.add_paragraph("YS – årsmelding om kompetansearbeidet 2041", style="Title")
    for kind, text in paragraphs:
        if kind == "heading":
            d.add_heading(text, level=1)
        else:
            d.add_paragraph(text)
    d.save(inbox / "YS_aarsmelding_2041.docx")
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["run", str(inbox), "--out", str(out), "--history", str(tmp_path / "h.sqlite"),
                                      "--year", "2041", "--no-cache", "--jobs", "1"])
    return result, out


def test_tiltak_told_in_paragraphs_are_read_and_marked_for_review(tmp_path):
    result, out = _run(tmp_path, [
        ("heading", "Yrkesfag"),
        ("text", "YS har i år hatt ein representant i Samarbeidsrådet for yrkesopplæring (SRY). Der har vi arbeidd "
                 "for fleire læreplassar i offentleg sektor (delmål 2.3)."),
        ("text", "I mai arrangerte vi Yrkesdagane 2041 i Bodø med 900 elevar frå heile Nordland."),
        ("heading", "Læring i arbeidslivet"),
        ("text", "Saman med NHO har vi prøvd ut LÆREVEG, ein modell for lærlingar over 25 år. Arbeidet høyrer "
                 "til delmål 3.1."),
        ("text", "Sommarskule i digital sakshandsaming vart halden for tillitsvalde i juni, og 60 tok del."),
    ])
    assert result.exit_code == 0, result.output
    extracted = {r["tiltak"]: r["delmal"] for r in read_csv(out / "extracted.csv")}
    # The heading over a text closed by its code is a tiltak (an older rule); a paragraph after it takes its code,
    # a paragraph giving its own code takes that, and the one after it in the section takes it too.
    assert extracted == {"Yrkesfag": "2.3", "Yrkesdagane 2041": "2.3", "LÆREVEG": "3.1",
                         "Sommarskule i digital sakshandsaming": "3.1"}
    register = read_csv(out / "register.csv")
    assert {r["tiltak"]: r["needs_review"] for r in register if r["tiltak"] != "Yrkesfag"} == {
        "Yrkesdagane 2041": "ja", "LÆREVEG": "ja", "Sommarskule i digital sakshandsaming": "ja"}


def test_a_paragraph_giving_a_delmal_but_naming_no_measure_is_listed_as_not_read(tmp_path):
    result, out = _run(tmp_path, [
        ("heading", "Digital kompetanse"),
        ("text", "Sommarskule i digital sakshandsaming vart halden for tillitsvalde i juni (delmål 2.1)."),
        ("heading", "Vaksne"),
        ("text", "Vi har lagt vekt på at fleire vaksne skal få fullføre vidaregåande, jf. delmål 3.1 i strategien."),
    ])
    assert result.exit_code == 1
    doc = json.loads((out / "run.json").read_text(encoding="utf-8"))["documents"][0]
    assert [(s["kilde"], s["reason"]) for s in doc["skipped_rows"]] == [("YS_aarsmelding_2041.docx#l5", UNREAD)]
    assert [r["tiltak"] for r in read_csv(out / "extracted.csv")] == ["Digital kompetanse"]


def test_a_chapter_heading_over_paragraphs_each_giving_its_code_is_no_tiltak_its_paragraphs_are(tmp_path):
    # «4.2 Yrkesfag» in an annual report's chapter: each paragraph under it tells a tiltak and closes with its code;
    # the heading is the chapter's, and the first paragraph is named as the others are.
    result, out = _run(tmp_path, [
        ("heading", "4 Kompetanse og utdanning"),
        ("text", "Kapitlet er også YS' rapportering til Kompetansepolitisk råd for 2041."),
        ("heading", "4.2 Yrkesfag"),
        # Text over the first tiltak's paragraph introduces the section: the paragraph closing the heading's text
        # names its tiltak.
        ("text", "Yrkesfaga har vore eit hovudområde for forbunda i år, og mykje av arbeidet har gått gjennom råda."),
        ("text", "YS har to medlemmer i Samarbeidsrådet for yrkesopplæring (SRY). Vi har særlig arbeidet med "
                 "læreplassar i helse (delmål 2.3)."),
        ("text", "For å styrke folka våre i SRY heldt YS kurset «Partsrepresentant i yrkesfag» for 40 tillitsvalde "
                 "(delmål 2.3)."),
        ("text", "Saman med NHO har YS stått bak informasjonskampanjen Fagløftet, som viser vegar til fagbrev i heile "
                 "landet (delmål 2.3)."),
    ])
    assert result.exit_code == 0, result.output
    assert [(r["tiltak"], r["delmal"]) for r in read_csv(out / "extracted.csv")] == [
        ("Samarbeidsrådet for yrkesopplæring (SRY)", "2.3"), ("Partsrepresentant i yrkesfag", "2.3"),
        ("informasjonskampanjen Fagløftet", "2.3")]


def test_ocr_lines_running_a_title_into_its_code_with_colons_read_as_stops_give_each_tiltak():
    # What Tesseract made of two held-out scans: the title and «Delmål: 1.3  Type: …» run into one line, the colons
    # read as stops, the code's separator lost; the labelled line under it. Each title is a tiltak with its code.
    from parsers.content import Content, Paragraph
    from pipeline.rows import content_to_rows

    lines = ["Sametinget rapporterer her tiltak i 2041 som bidrar til strategien.",
             "Veiledningsløftet i nord Delmål. 1 3 Tiltakstype. Prosjekt",
             "Ansvarlig. Opplæringsavdelingen Samarbeid. Nordland fylkeskommune",
             "Kompetansepluss i samiske områder Delmål. 3.2", "Type: Kurs/utdanning",
             "Ansvarlig: Opplæringsavdelingen"]
    content = Content(blocks=tuple(Paragraph(1, n, t) for n, t in enumerate(lines, 1)), reliability=0.8)
    read = content_to_rows(content, "sametinget_2041.pdf", Matchers.load())
    m = Matchers.load().delmal
    assert [(r.get("tiltak"), m.match(r.get("delmal") or "").value, r.get("type"), r.get("ansvarlig")) for r in read.rows] == [
        ("Veiledningsløftet i nord", "1.3", "Prosjekt", "Opplæringsavdelingen"),
        ("Kompetansepluss i samiske områder", "3.2", "Kurs/utdanning", "Opplæringsavdelingen")]


def test_a_code_whose_stop_ocr_lost_closing_a_scanned_paragraph_is_its_delmal():
    # Round 42's scanned letter: «(delmål 2 5)» closed a paragraph; the row took 1.4 from the paragraph above.
    from parsers.content import Content, Paragraph
    from pipeline.rows import content_to_rows

    lines = ["Fagskolerådet rapporterer her tiltakene for 2063.",
             "1 Fagskolekonferansen 2063. Bergen, 14.-15. mars, 310 deltakere. (delmål 1.4)",
             "2 VURK-prosjektet. Fagskolerådet deltar i referansegruppen og har prøvd ut modellen for vurdering av "
             "realkompetanse ved opptak til tre fagskoler. (delmål 2 5)"]
    content = Content(blocks=tuple(Paragraph(1, n, t) for n, t in enumerate(lines, 1)), reliability=0.8)
    read = content_to_rows(content, "fagskoleradet_2063.pdf", Matchers.load())
    m = Matchers.load().delmal
    assert [(r.get("tiltak"), m.match(r.get("delmal") or "").value) for r in read.rows] == [
        ("Fagskolekonferansen 2063", "1.4"), ("VURK-prosjektet", "2.5")]


def test_a_heading_that_is_a_kind_of_measure_is_named_from_the_text_under_it(tmp_path):
    # «Etter- og vidareutdanning» names a type, not a measure: the subject of the paragraph under it is the tiltak.
    result, out = _run(tmp_path, [
        ("heading", "Kompetansebehovsutvalet"),
        ("text", "YS har ein representant i Kompetansebehovsutvalet (KBU) og har lagt vekt på behovet i distrikta "
                 "(delmål 1.1)."),
        ("heading", "Etter- og vidareutdanning"),
        ("text", "Vidareutdanning i kommunehelse for sjukepleiarar vart tilbydd i samarbeid med KS og fire høgskular. "
                 "380 sjukepleiarar tok 30 studiepoeng ved sida av jobb (delmål 2.4)."),
    ])
    assert result.exit_code == 0, result.output
    assert [(r["tiltak"], r["delmal"]) for r in read_csv(out / "extracted.csv")] == [
        ("Kompetansebehovsutvalet", "1.1"), ("Vidareutdanning i kommunehelse for sjukepleiarar", "2.4")]
    register = {r["tiltak"]: r["needs_review"] for r in read_csv(out / "register.csv")}
    assert register["Vidareutdanning i kommunehelse for sjukepleiarar"] == "ja"

