"""Shapes held-out round 64 showed the reader after its first look."""

from __future__ import annotations

import json
import zipfile

import docx
import openpyxl

from parsers.content import Paragraph
from pipeline.batch import run
from pipeline.match import match_rows
from pipeline.not_tiltak import GUIDANCE
from pipeline.other_years import OTHER_STATUS
from pipeline.outputs.csv_files import read_csv
from pipeline.retitle import PROSE_DOUBT
from pipeline.settings import Settings
from tests.conftest import word_table_report
from tests.pipeline.reading import extracted, read_blocks

_MACRO_MAIN = "application/vnd.ms-word.document.macroEnabled.main+xml"



def _as_docm(plain, docm):
    """A copy of a Word document typed as Word saves a macro-enabled one (.docm), no macros in it."""
    with zipfile.ZipFile(plain) as z, zipfile.ZipFile(docm, "w", zipfile.ZIP_DEFLATED) as out:
        for info in z.infolist():
            data = z.read(info)
            if info.filename == "[Content_Types].xml":
                data = data.replace(b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                                    _MACRO_MAIN.encode())
            out.writestr(info, data)


def test_a_macro_enabled_word_report_is_read_and_its_templates_placeholder_row_is_not(tmp_path):
    # Akademikerne (round 64) sent a .docm from its own template: the run called it damaged and read nothing; the
    # template's last row of bracketed prompts is no measure.
    word_table_report(tmp_path / "plain.docx", "Akademikerne – tiltaksoversikt 2084", [
        ("Tiltak", "Forening", "Mål i strategien", "Virkemiddel"),
        ("KBU – Akademikernes representant", "Akademikerne sentralt", "Delmål 1.1", "Utvalgsplass"),
        ("Juristenes etterutdanningsdager", "Juristforbundet", "Delmål 2.4", "Fagdager"),
        ("[Skriv tiltakets navn]", "[Velg forening]", "[Delmål]", "[Velg virkemiddel]")])
    inbox = tmp_path / "inn"
    inbox.mkdir()
    _as_docm(tmp_path / "plain.docx", inbox / "Akademikerne tiltak 2084.docm")
    run(Settings(inbox=inbox, out=tmp_path / "ut", history=tmp_path / "h.sqlite", year=2084, cache=False))
    rows = read_csv(tmp_path / "ut" / "extracted.csv")
    assert [(r["tiltak"], r["delmal"], r["ansvarlig"]) for r in rows] == [
        ("KBU - Akademikernes representant", "1.1", "Akademikerne sentralt"),
        ("Juristenes etterutdanningsdager", "2.4", "Juristforbundet")]
    report = json.loads((tmp_path / "ut" / "run.json").read_text(encoding="utf-8"))
    skipped = [s for doc in report["documents"] for s in doc.get("skipped_rows", [])]
    assert [s["text"] for s in skipped if s["reason"] == GUIDANCE] == ["[Skriv tiltakets navn]"]


def test_a_templates_guidance_row_is_skipped_and_two_owners_parts_of_one_name_stay_two(tmp_path, matchers):
    # NHO (round 64): the template's grey guidance row was read as a measure; «Hvem leder?» / «Hvem deltar?» were
    # not the responsible and the partners; «Kompetanseveien – reiselivssidene», NHO Reiseliv's own pages, was
    # joined into «Kompetanseveien – nettportal …» above it as if a part of one measure.
    book = openpyxl.Workbook()
    sheet = book.active
    for row in [("NHO – aktiviteter 2084",),
                ("Navn på aktivitet", "Hvilket mål i strategien?", "Type aktivitet", "Hvem leder?", "Hvem deltar?", "Kort beskrivelse"),
                ("Skriv navnet slik det brukes utad", "Velg mål fra strategien", "F.eks. rapport, kurs", "Organisasjon/enhet",
                 "Andre som er med", "Maks 500 tegn"),
                ("Kompetanseveien – nettportal for EVU", "Etter- og videreutdanning (2.4)", "Nettsted", "NHO Kompetanse",
                 "Virke, HK-dir", "Felles portal for fleksible kurs."),
                ("Kompetanseveien – reiselivssidene", "Etter- og videreutdanning (2.4)", "Nettsted", "NHO Reiseliv", "",
                 "NHO Reiselivs egne bransjesider med kurs.")]:
        sheet.append(row)
    book.save(tmp_path / "NHO 2084.xlsx")
    result = extracted(tmp_path / "NHO 2084.xlsx", matchers)
    assert [(r.raw.get("tiltak"), r.raw.get("ansvarlig"), r.raw.get("samarbeidspartnere")) for r in result.rows] == [
        ("Kompetanseveien - nettportal for EVU", "NHO Kompetanse", "Virke, HK-dir"),
        ("Kompetanseveien - reiselivssidene", "NHO Reiseliv", "")]
    assert [(s.text, s.reason) for s in result.skipped] == [("Skriv navnet slik det brukes utad", GUIDANCE)]
    assert any("malens veiledning" in w for w in result.warnings)


def test_a_decks_repeated_theme_under_each_slide_title_is_no_name(matchers):
    # Spekter (round 64): each slide's title, then a theme line in bold («Rekruttering av fagarbeidere», on three
    # slides), the account and a line of particulars; the theme was read as the measure's name.
    slides = [("Spekters plass i Faglig råd for helse- og oppvekstfag", "Rekruttering av fagarbeidere",
               "Spekter representerer sykehusene i det faglige rådet under SRY.", "Strategien: 2.3 Form: Rådsplass Eier: Spekter"),
              ("Fagbrevløftet 50+ i helseforetakene", "Rekruttering av fagarbeidere",
               "Ansatte over 50 år uten fagbrev får veiledning og fagprøve.", "Strategien: 2.5 Form: Prosjekt Eier: Spekter"),
              ("Kompetanseløft i intensivsykepleie", "Spesialkompetanse i sykehusene",
               "Deltidsvidereutdanning for sykepleiere i jobb.", "Strategien: 2.4 Form: Videreutdanning Eier: Helse Sør-Øst RHF")]
    blocks = []
    for page, (title, theme, text, facts) in enumerate(slides, start=2):
        blocks += [Paragraph(page, 1, title, "heading", 2), Paragraph(page, 2, theme, "heading", 4),
                   Paragraph(page, 3, text, "text", 0), Paragraph(page, 4, facts, "text", 0)]
    result = read_blocks(blocks, matchers, "spekter.pdf")
    assert [(r.get("tiltak"), r.get("delmal")) for r in result.rows] == [
        ("Spekters plass i Faglig råd for helse- og oppvekstfag", "2.3"), ("Fagbrevløftet 50+ i helseforetakene", "2.5"),
        ("Kompetanseløft i intensivsykepleie", "2.4")]


def test_a_forms_one_label_under_each_numbered_entry_is_no_theme(matchers):
    # Round 61's web-form receipt, after the round 64 tuning: «Navn på tiltaket» under each «Tiltak 1 av 3» made the
    # entry's number a measure's name.
    blocks = []
    for page, (name, code) in enumerate([("Råd for samarbeid med arbeidslivet ved UiB", "1.4"),
                                         ("Nasjonal EVU-konferanse 2081", "2.4"), ("Ledersamling for RSA-sekretariatene", "1.4")],
                                        start=1):
        blocks += [Paragraph(page, 1, f"Tiltak {page} av 3", "heading", 3), Paragraph(page, 2, "Navn på tiltaket", "heading", 5),
                   Paragraph(page, 3, name, "text", 0), Paragraph(page, 4, "Hvilket delmål bidrar tiltaket mest til?", "heading", 5),
                   Paragraph(page, 5, code, "text", 0)]
    names = [r.get("tiltak") for r in read_blocks(blocks, matchers, "nettskjema.pdf").rows]
    assert not any(n.startswith("Tiltak ") for n in names)


def _chapter(path, sections, title="Kunnskapsdepartementet – bidrag til rapporten for 2084",
             chapter=("5 Kompetansepolitikken i 2084", "Dette kapitlet omtaler departementenes viktigste tiltak i 2084.")):
    d = docx.Document()
    d.add_paragraph(title)
    d.add_heading(chapter[0], 1)
    d.add_paragraph(chapter[1])
    for section, measures in sections:
        d.add_heading(section, 2)
        for title, paragraphs in measures:
            d.add_heading(title, 4)
            for text in paragraphs:
                d.add_paragraph(text)
    d.save(path)
    return path


def test_a_white_papers_sub_headings_over_accounts_naming_the_strategys_goal_are_measures_asked_about(tmp_path, matchers):
    # Regjeringen (round 64): a chapter with numbered sections; each measure a sub-heading (one a «Boks») over
    # paragraphs that say in words which goal it serves; no code anywhere. Nothing was read but stray sentences.
    path = _chapter(tmp_path / "KD 2084.docx", [
        ("5.2 Godkjenning av kompetanse fra utlandet", [
            ("Hurtigløp for godkjenning av sykepleiere", [
                "Helsedirektoratet har prøvd ut et hurtigløp for sykepleiere med utdanning fra land utenfor EØS.",
                "Utprøvingen følger opp strategiens mål om enklere og bedre ordninger for godkjenning og vurdering av "
                "utdanning og yrkeskvalifikasjoner fra utlandet."])]),
        ("5.3 Norskopplæring og kvalifisering", [
            ("Boks 5.2 Norsk på vakt", [
                "Norsk på vakt gir ansatte i sykehjem norskopplæring i arbeidstiden.",
                "Prosjektet er en del av arbeidet med mer målrettet norskopplæring og kvalifisering for innvandrere."]),
            ("Grunnleggende ferdigheter for arbeidssøkere", [
                "Arbeids- og velferdsdirektoratet har kjøpt kurs i lesing og regning for 3 900 arbeidssøkere.",
                "Tiltaket styrker og tilpasser Navs opplæringstilbud for arbeidssøkere som trenger kvalifisering."])])])
    result = extracted(path, matchers)
    assert [r.raw.get("tiltak") for r in result.rows] == [
        "Hurtigløp for godkjenning av sykepleiere", "Norsk på vakt", "Grunnleggende ferdigheter for arbeidssøkere"]
    assert all(r.raw.doubt == PROSE_DOUBT for r in result.rows)
    assert "Helsedirektoratet har prøvd ut" in result.rows[0].raw.get("beskrivelse")
    matched = match_rows([row.__class__(row.raw, "Regjeringen", row.member_confidence) for row in result.rows], matchers)
    assert [t.delmal.value for t in matched] == ["2.6", "3.4", "3.5"]


def test_one_sub_heading_over_text_that_sounds_like_a_goal_is_no_measure(tmp_path, matchers):
    # A chapter's one sub-heading whose text happens to sound like a delmål is chance, not a report's measures.
    path = _chapter(tmp_path / "notat.docx", [("2 Bakgrunn", [("Om norskopplæringen", [
        "Mange kommuner ønsker mer målrettet norskopplæring og kvalifisering for innvandrere."])])])
    assert not extracted(path, matchers).rows


def test_last_years_report_and_next_springs_survey_told_in_words_are_set_aside(tmp_path, matchers):
    # LO, Fagskolerådet and Virke (round 64): «lagt fram … i fjor», «gikk våren i fjor», «skal sendes ut neste vår».
    path = word_table_report(tmp_path / "LO 2084.docx", "LO – rapportering til KPR 2084", [
                ("Tiltak", "Delmål", "Beskrivelse"),
                ("Kartlegging av tillitsvalgtes kompetansebehov", "2.2",
                 "Rapporten ble lagt fram i november i fjor. Det er ikke gjort mer arbeid med kartleggingen i år."),
                ("Fagskolekampanjen", "2.3", "Kampanjen gikk våren i fjor og er ikke gjentatt."),
                ("Lederundersøkelsen om kompetanse", "2.2", "Undersøkelsen blant ledere skal sendes ut neste vår."),
                ("Studiesirkler om KI", "2.1", "Forbundene holdt 40 studiesirkler i år.")])
    result = extracted(path, matchers)
    assert [r.raw.get("tiltak") for r in result.rows] == ["Studiesirkler om KI"]
    assert [s.text for s in result.skipped] == ["Kartlegging av tillitsvalgtes kompetansebehov", "Fagskolekampanjen",
                                                "Lederundersøkelsen om kompetanse"]
    assert all(OTHER_STATUS in s.reason for s in result.skipped)


def test_a_kind_in_another_language_glossed_in_norwegian_is_given(matchers):
    # Sametinget (round 64): «Prošeakta (prosjekt)», «Kursa (kurs)» in a column headed «Tiltaksslag (sámegillii)».
    written = {w: matchers.types.written(w, "") for w in ("Prošeakta (prosjekt)", "Kursa (kurs)", "Dáhpáhus (arrangement)")}
    assert {w: (m.value, m.confidence) for w, m in written.items() if m} == {
        "Prošeakta (prosjekt)": ("Prosjekt", 1.0), "Kursa (kurs)": ("Kurs/utdanning", 1.0),
        "Dáhpáhus (arrangement)": ("Arrangement", 1.0)}
    assert "Tiltaksslag" in matchers.columns.vocabulary.fields["type"]


def test_a_goal_asked_as_a_question_or_in_a_members_words_names_its_delmal(matchers):
    # Virke's question headings and NHO's goal column (round 64).
    said = {t: matchers.delmal.match(t).value for t in (
        "Hvordan har vi bidratt til at flere velger og fullfører yrkesfag?",
        "Hva vet vi mer om læring i arbeidslivet?",
        "Etter- og videreutdanning tilpasset bedriftene")}
    assert said == {"Hvordan har vi bidratt til at flere velger og fullfører yrkesfag?": "2.3",
                    "Hva vet vi mer om læring i arbeidslivet?": "2.2",
                    "Etter- og videreutdanning tilpasset bedriftene": "2.4"}
    assert matchers.delmal.match("Etter- og videreutdanning tilpasset bedriftene").confidence < 0.5  # asked


def test_a_name_set_off_by_a_comma_and_what_it_is_gives_the_kind(tmp_path, matchers):
    # Virke (round 64): «Virke leder arbeidet med KI-lappen, et nettkurs i …» with no kind word: «leder» made it a
    # council seat.
    path = word_table_report(tmp_path / "Virke.docx", "Virke – tiltak 2084", [
        ("Tiltak", "Delmål", "Beskrivelse"),
        ("KI-lappen", "2.1", "Virke leder arbeidet med KI-lappen, et nettkurs i grunnleggende bruk av kunstig intelligens "
                             "på jobben.")])
    result = extracted(path, matchers)
    matched = match_rows([row.__class__(row.raw, "Virke", row.member_confidence) for row in result.rows], matchers)
    assert [(t.type.value, t.type.inferred) for t in matched] == [("Kurs/utdanning", True)]
    assert "nettkurs" in matched[0].type.evidence


def test_a_cell_giving_delmal_and_kind_apart_by_a_slash_gives_both_even_as_a_scan_misread_it(tmp_path, matchers):
    # Kompetanseforbundet (round 64): «Delmål og type» cells «1.3 / forum»; the scan read one as «|1.37/ veiledningstjeneste».
    path = word_table_report(tmp_path / "Kompetanseforbundet.docx", "Kompetanseforbundet – rapport 2084", [
        ("Tiltak", "Hva vi gjorde", "Delmål og type"),
        ("Forummøtene i NFK", "Vi deltok på fire forummøter.", "1.3 / forum"),
        ("Kompetanseklinikken", "Gratis veiledning på nett og telefon for voksne.", "|1.37/ veiledningstjeneste")])
    result = extracted(path, matchers)
    matched = match_rows([row.__class__(row.raw, "Kompetanseforbundet", row.member_confidence) for row in result.rows], matchers)
    assert [(t.delmal.value, t.type.value, t.type.inferred) for t in matched] == [
        ("1.3", "Råd/utvalg/nettverk", False), ("1.3", "Informasjon", False)]


def test_a_research_overview_whose_sub_headings_sound_like_goals_is_still_no_report(tmp_path):
    # The headed accounts a white paper tells measures by must not make an article about the strategy's themes a report.
    inbox = tmp_path / "inn"
    inbox.mkdir()
    _chapter(inbox / "forskningsoversikt_voksnes_laering.docx", [("3 Funn", [
        ("Karriereveiledning for voksne", ["Studier viser at tilgang til karriereveiledning og et helhetlig system for "
                                           "karriereveiledning gir bedre valg."]),
        ("Norskopplæring på arbeidsplassen", ["Flere studier tyder på at mer målrettet norskopplæring og kvalifisering "
                                              "for innvandrere gir raskere overgang til arbeid."])])],
             title="Voksnes læring i Norden – en forskningsoversikt",
             chapter=("2 Metode", "Artikkelen drøfter nordisk forskning om voksnes læring."))
    run(Settings(inbox=inbox, out=tmp_path / "ut", history=tmp_path / "h.sqlite", year=2084, cache=False))
    assert not read_csv(tmp_path / "ut" / "extracted.csv")
    report = json.loads((tmp_path / "ut" / "run.json").read_text(encoding="utf-8"))
    assert [(doc["utfall"], "ikke en rapport" in doc["error"]) for doc in report["documents"]] == [("avvist", True)]
