"""Shapes held-out round 71 and sentence set 70 showed the reader at their first look."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from pipeline.batch import run
from pipeline.other_years import OTHER_STATUS
from pipeline.outputs.csv_files import read_csv
from pipeline.settings import Settings
from tests.conftest import word_table_report
from tests.normalise.test_dedup import _groups, _row
from tests.pipeline.reading import extracted

ROUND71 = Path(__file__).resolve().parents[2] / "samples" / "holdout71"


def test_a_line_of_facts_that_turned_the_page_closes_the_title_on_the_page_before(matchers):
    # Regjeringen (round 71, a LibreOffice PDF): each title's text closes with «Delmål i strategien: 2.1 | Virkemiddel:
    # analyse»; one such line fell to the top of page 2, right over the chapter heading «2 Arbeids- og
    # inkluderingsdepartementet». It was read as that heading's particulars: the chapter became a tiltak and
    # «Kartlegging av voksnes digitale ferdigheter» was lost without a word.
    result = extracted(ROUND71 / "Regjeringen – rapportering til Kompetansepolitisk råd 2091.pdf", matchers)
    assert [(r.raw.get("tiltak"), matchers.delmal.match(r.raw.get("delmal")).value) for r in result.rows] == [
        ("Kompetansebehovsutvalget - rapport om offentlig sektor", "1.1"), ("EVU-portalen", "2.4"),
        ("Fleksible fagskoletilbud for voksne i arbeid", "2.4"), ("Kartlegging av voksnes digitale ferdigheter", "2.1"),
        ("Språkløftet på arbeidsplassen", "3.4"), ("Korte yrkeskurs for arbeidssøkjarar", "3.5"),
        ("Bransjeprogram for sjømatindustrien", "2.4")]
    # The chapter heading names who is responsible, without its number; the contact line closing the report is a
    # note kept beside the last tiltak, no tiltak of its own.
    assert [r.raw.get("ansvarlig") for r in result.rows] == [
        *["Kunnskapsdepartementet"] * 4, *["Arbeids- og inkluderingsdepartementet"] * 2,
        "Nærings- og fiskeridepartementet"]
    assert dict(result.rows[-1].raw.extra) == {
        "Kontaktperson i Kunnskapsdepartementet": "seniorrådgiver Jon Arne Vik, avdeling for høyere utdanning og kompetanse."}


def test_a_council_s_report_under_its_name_is_the_council_from_its_owner_and_asked_from_others(matchers):
    # Regjeringen (round 71): «Kompetansebehovsutvalget – rapport om offentlig sektor» was «about KBU» and sure, so
    # the government's row stood apart from the members' seats, unflagged.
    title = "Kompetansebehovsutvalget – rapport om offentlig sektor"
    owner = matchers.councils.decide(title, "", "Regjeringen")
    assert (owner.council, owner.doubtful) == ("KBU", True)
    other = matchers.councils.decide(title, "", "Unio")
    assert (other.council, other.named, other.doubtful) == ("", "KBU", True)
    # A report about the council, from anyone, is still about it.
    about = matchers.councils.decide("Rapport om Kompetansebehovsutvalget", "", "Regjeringen")
    assert (about.council, about.doubtful) == ("", False)


def test_a_member_s_own_council_named_by_the_shared_one_s_common_noun_stays_its_own(matchers):
    # Virke (round 71): «Virkes arbeidslivsråd for handelsutdanningene», a body Virke set up with three business
    # schools, was merged, sure, into the RSA row.
    own = matchers.councils.decide("Virkes arbeidslivsråd for handelsutdanningene", "", "Virke")
    assert (own.council, own.named, own.doubtful) == ("", "RSA", True)
    # Another member's genitive, or the institution's, is no sign of the member's own body.
    for text in ("Virke har en plass i NHHs arbeidslivsråd", "Virkes plass i arbeidslivsrådet ved Høgskulen på Vestlandet"):
        assert matchers.councils.decide(text, "", "Virke").council == "RSA", text


def test_the_member_that_is_the_council_reports_its_own_work_when_taking_part_is_said_in_another_clause(matchers):
    # Fagskolerådet (set 70): «… koordinerer prosjektet Sjøvegen til fagskulen, der sjøfolk får fartstid godkjend som
    # del av …» and «… har laga ei nettside som forklarer kva Nasjonalt fagskoleråd gjer og kven som sit der» were
    # merged, sure, into the Nasjonalt fagskoleråd row.
    for text in ("Fagskulerådet koordinerer prosjektet Sjøvegen til fagskulen, der sjøfolk får fartstid godkjend som "
                 "del av maritim fagskuleutdanning.",
                 "Fagskulerådet har laga ei nettside som forklarer kva Nasjonalt fagskoleråd gjer og kven som sit der."):
        d = matchers.councils.decide(text, "", "Fagskolerådet")
        assert (d.council, d.named, d.doubtful) == ("", "FSR", True), text
    seat = matchers.councils.decide("Styreleiaren i Fagskulerådet er nestleiar i Nasjonalt fagskoleråd denne perioden.",
                                    "", "Fagskolerådet")
    assert (seat.council, seat.doubtful) == ("FSR", False)


def test_a_faglig_rad_named_by_its_education_programme_alone_is_a_seat_in_sry(matchers):
    # LO (set 70): «Fellesforbundet har to medlemmer i rådet for bygg- og anleggsteknikk» named no council.
    d = matchers.councils.decide("Fellesforbundet har to medlemmer i rådet for bygg- og anleggsteknikk, og den ene av "
                                 "dem er nestleder.", "Råd/utvalg/nettverk", "LO")
    assert d.council == "SRY"


def test_descriptions_that_place_the_row_in_another_year_in_more_words_set_it_aside(tmp_path, matchers):
    # LO, NHO, Virke, Spekter (round 71): «Planlagt sammen med …. Det første kurset holdes … neste år», «Prisen ble
    # ikke delt ut i 2091», «avsluttet forrige vinter», «faset ut ved forrige årsskifte» were read as 2091's measures.
    path = word_table_report(tmp_path / "LO 2091.docx", "LO – tiltak 2091", [
        ("Tiltak", "Delmål", "Kort om gjennomføringen i 2091"),
        ("Bransjekurs i grønn industri", "2.4",
         "Planlagt sammen med Fellesforbundet. Det første kurset holdes etter vinterferien neste år."),
        ("Næringslivets lærlingpris", "2.3",
         "Prisen ble ikke delt ut i 2091. Neste utdeling er lagt til årskonferansen neste år."),
        ("Frokostmøter om frivillighet", "2.4", "Møteserien ble avsluttet forrige vinter og er ikke videreført."),
        ("E-læring i smittevern", "2.1", "Kurset ble faset ut ved forrige årsskifte og er erstattet av nasjonale kurs."),
        ("Kurs for tillitsvalgte", "2.4", "Planlagt og gjennomført sammen med NAV. Neste kurs holdes neste år."),
        ("Lærlingprisen i Nordland", "2.3", "Prisen ble delt ut i juni.")])
    result = extracted(path, matchers)
    assert [s.text for s in result.skipped] == ["Bransjekurs i grønn industri", "Næringslivets lærlingpris",
                                                "Frokostmøter om frivillighet", "E-læring i smittevern"]
    assert all(OTHER_STATUS in s.reason for s in result.skipped)
    assert [r.raw.get("tiltak") for r in result.rows] == ["Kurs for tillitsvalgte", "Lærlingprisen i Nordland"]


_FILTERED_PAGE = """<html><head><meta http-equiv=Content-Type content="text/html; charset=windows-1252">
<meta name=Generator content="Microsoft Word 15 (filtered)"></head><body lang=NO-BOK>
<h1>Akademikernes rapportering til Kompetansepolitisk råd 2091</h1>
<p class=MsoNormal>Akademikerne og foreningene har i 2091 arbeidet med tiltakene nedenfor.</p>
<h2>Andre tiltak i 2091</h2>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt'><span style='font-family:Symbol'>&#183;<span
style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span><b>Mentorprogram for
leger utdannet utenfor EØS</b> (delmål 2.6, prosjekt): Legeforeningen koblet 60 leger med erfarne kolleger.</p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt'><span style='font-family:Symbol'>&#183;<span
style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span><b>Karriereråd for
realister</b> (delmål 1.3, arrangement): Tekna holdt fire kvelder om karriere for realister.</p>
<p class=MsoNormal>Kontakt: Sigrid Mæland, fagsjef i Akademikerne, januar 2092.</p>
</body></html>
"""


def test_word_s_filtered_web_page_gives_its_list_paragraphs_as_bullets_and_its_contact_line_as_no_tiltak(tmp_path):
    # Akademikerne (round 71, Word's «Webside, filtrert»): list paragraphs carry their bullet as a Symbol «·» in a
    # span, so «· Mentorprogram …» was the tiltak's name; «Kontakt: Sigrid Mæland, …» closing the page was a tiltak.
    inbox = tmp_path / "inn"
    inbox.mkdir()
    (inbox / "Akademikerne – tiltak 2091.htm").write_bytes(_FILTERED_PAGE.encode("cp1252"))
    run(Settings(inbox=inbox, out=tmp_path / "ut", history=tmp_path / "h.sqlite", year=2091, cache=False))
    assert [(r["tiltak"], r["delmal"]) for r in read_csv(tmp_path / "ut" / "extracted.csv")] == [
        ("Mentorprogram for leger utdannet utenfor EØS", "2.6"), ("Karriereråd for realister", "1.3")]


def test_a_delmal_cell_that_refers_to_the_comment_column_takes_the_delmal_from_there(tmp_path):
    # YS (round 71): «Se kommentar» in the delmål column, the delmål in words in «Kommentar»: the rows were placed
    # by their names (1.1 for the Nasjonalt fagskoleråd's meetings) or nowhere.
    inbox = tmp_path / "inn"
    inbox.mkdir()
    book = Workbook()
    sheet = book.active
    sheet.title = "YS 2091"
    sheet.append(["YS – tiltak i oppfølgingen av kompetansestrategien 2091"])
    sheet.append(["Tiltak", "Delmål (velg fra liste)", "Type", "Hva ble gjort", "Kommentar"])
    sheet.append(["Nasjonalt fagskoleråd – vårmøtet og høstmøtet", "Se kommentar", "Plass i råd",
                  "YS har en av arbeidstakerplassene i rådet.", "Fagskolene – etter- og videreutdanning som arbeidslivet trenger"])
    sheet.append(["Realkompetanse i bank", "Se kommentar", "Pilot", "Parat har prøvd ut en ordning for realkompetanse.",
                  "Hører best hjemme under delmålet om å dokumentere og verdsette kompetanse fra arbeidslivet."])
    sheet.append(["Kurs i digital sikkerhet", "2.1 – Digital kompetanse", "Kurs", "Et nettkurs for tillitsvalgte.", ""])
    book.save(inbox / "YS – tiltaksoversikt 2091.xlsx")
    run(Settings(inbox=inbox, out=tmp_path / "ut", history=tmp_path / "h.sqlite", year=2091, cache=False))
    rows = read_csv(tmp_path / "ut" / "extracted.csv")
    assert [(r["tiltak"], r["delmal"]) for r in rows] == [
        ("Nasjonalt fagskoleråd - vårmøtet og høstmøtet", "2.4"), ("Realkompetanse i bank", "2.5"),
        ("Kurs i digital sikkerhet", "2.1")]


def test_a_type_word_for_developing_a_model_is_a_project(matchers):
    # KS (round 71): «Modellutvikling» in the type column named no type and was guessed Informasjon.
    for word in ("Modellutvikling", "Metodeutvikling"):
        given = matchers.types.given(word)
        assert given is not None and (given.value, given.confidence) == ("Prosjekt", 1.0)


def test_one_event_named_in_bokmal_and_in_nynorsk_is_one_measure(matchers):
    # Fagskolerådet and Vestland (round 71): «Fagskolenes åpne dag 2091» and «Fagskulane si opne dag 2091» stood
    # apart, each asking about the other.
    groups, _ = _groups(matchers, [_row("fsr.xlsx", "Fagskolerådet", "Fagskolenes åpne dag 2091", "2.4", ""),
                                   _row("vestland.xlsx", "Vestland fylkeskommune", "Fagskulane si opne dag 2091", "2.4", "")])
    assert groups == [["Fagskolerådet", "Vestland fylkeskommune"]]
