"""Shapes round 80 showed the reader, each read as the member meant it."""

from __future__ import annotations

from tests.pipeline.small_inbox import run_inbox

WIKI_PAGE = """~~NOTOC~~
====== VOFOs rapport til Kompetansepolitisk råd 2087 ======

//Sist endret 14.01.2088 av [[user:heidi|Heidi Moe]].//

Tabellen er sortert etter delmål; en delmålscelle slått sammen med cellen over er skrevet «:::».

===== Tiltak =====

^ Delmål ^ Tiltak ^ Form ^ Ansvar ^ Med ^ Hva skjedde i 2087 ^
| 1.3 | VOFOs plass i Nasjonalt forum for karriereveiledning | Forumplass | VOFO |  | VOFO deltok i forumets tre møter. |
| ::: | Veiledningsbussen – studieforbundene om bord | Informasjonsarbeid | VOFO | Sametinget | Veiledere var med på 22 turer. |
| 3.6 | Studie av læringsutbytte i studiesirkler | Utredning | VOFO | Fafo | Fafo spurte 2 000 deltakere.\\\\ Rapporten kom i desember. |
| ::: | <del>Studiesirkel i privatøkonomi</del> | <del>Kursvirksomhet</del> | <del>AOF</del> |  | <del>Flyttet til 2088.</del> |

{{tag>kpr rapportering 2087}}
"""


def test_a_dokuwiki_pages_source_gives_its_tables_rows_with_merged_delmal_cells_and_struck_rows_left_out(tmp_path):
    # VOFO sent its wiki page as DokuWiki's «export_raw» gives it, a .txt: read as plain text, the table was no table.
    found, documents = run_inbox(tmp_path, {"kpr_2087.txt": WIKI_PAGE.encode()})
    assert found["kpr_2087.txt"] == [
        ("VOFOs plass i Nasjonalt forum for karriereveiledning", "1.3", "Råd/utvalg/nettverk", "VOFO"),
        ("Veiledningsbussen - studieforbundene om bord", "1.3", "Informasjon", "VOFO"),
        ("Studie av læringsutbytte i studiesirkler", "3.6", "FoU", "VOFO")]
    assert documents["kpr_2087.txt"]["format"] == "text"


def test_a_table_with_two_measures_to_a_row_gives_each_its_row(tmp_path, matchers):
    # UHR set two measures side by side to fit its overview on one page: only the left one of each row was read.
    from tests.pipeline.reading import extracted, word_table

    path = word_table(tmp_path / "uhr.docx", [
        ("Tiltak", "Delmål", "Form", "Tiltak", "Delmål", "Form"),
        ("UHR-Helse og sosial", "1.4", "Fagstrategisk enhet", "Seminar for nye medlemmer i RSA-rådene", "1.4", "Seminar"),
        ("Felles emnekatalog for korte kurs", "2.4", "Nettjeneste", "Kartlegging av praksis i profesjonsutdanningene",
         "1.4", "Kartlegging"),
        ("Nettverk for karriereveiledere", "1.3", "Nettverk", "", "", "")],
        before="Oversikten har to tiltak på hver linje.", title="UHR – rapport til Kompetansepolitisk råd 2087")
    assert [(r.raw.get("tiltak"), r.raw.get("delmal"), r.raw.get("type")) for r in extracted(path, matchers).rows] == [
        ("UHR-Helse og sosial", "1.4", "Fagstrategisk enhet"), ("Seminar for nye medlemmer i RSA-rådene", "1.4", "Seminar"),
        ("Felles emnekatalog for korte kurs", "2.4", "Nettjeneste"),
        ("Kartlegging av praksis i profesjonsutdanningene", "1.4", "Kartlegging"),
        ("Nettverk for karriereveiledere", "1.3", "Nettverk")]


QUARTO = '''---
title: "Akademikernes rapport til Kompetansepolitisk råd 2087"
lang: nb
---

```{r}
#| label: oppsett
library(tibble)
```

Tabellen er laget fra listen i kodeblokken `tiltak`.

```{r}
#| label: tiltak
tiltak <- tribble(
  ~navn, ~delmal, ~form, ~ansvar, ~omtale,
  "Teknas plass i RSA ved NTNU", "1.4", "rådsarbeid", "Tekna", "Tekna deltok i rådets møter.",
  # "Lederkurs for psykologer", "2.4", "kurs", "Psykologforeningen", "Avlyst.",
  "Etterutdanning i kunstig intelligens for leger", "2.1", "etterutdanning", "Legeforeningen",
    "Kurs over tre dager. 520 \\"leger\\" fullførte."
)
```

```{r}
tiltak |> knitr::kable()
```
'''


def test_a_quarto_sources_table_written_as_data_is_read_and_its_other_code_is_not(tmp_path):
    # Akademikerne sent the .qmd its report is rendered from: the measures stood only in a tribble in a code chunk.
    found, documents = run_inbox(tmp_path, {"akademikerne_kpr_2087.qmd": QUARTO.encode()})
    assert found["akademikerne_kpr_2087.qmd"] == [
        ("Teknas plass i RSA ved NTNU", "1.4", "Råd/utvalg/nettverk", "Akademikerne"),
        ("Etterutdanning i kunstig intelligens for leger", "2.1", "Kurs/utdanning", "Akademikerne")]
    assert documents["akademikerne_kpr_2087.qmd"]["outcome"] == "parsed", documents["akademikerne_kpr_2087.qmd"]


def test_a_link_sheet_with_several_delmal_per_measure_gives_the_one_marked_main(tmp_path, matchers):
    # Virke kept the measures on one sheet under a title, and the delmål on another, several lines per measure with
    # «Hovedmål: Ja» on one: the sheets were not joined, and every delmål read empty.
    import openpyxl

    from tests.pipeline.reading import extracted

    book = openpyxl.Workbook()
    measures = book.active
    measures.title = "Tiltak"
    measures.append(["Virke – tiltak rapportert til Kompetansepolitisk råd 2087"])
    measures.append(["Koblingen til delmålene står i arket «Delmål»; hovedmålet er merket Ja."])
    measures.append(["ID", "Tiltak", "Hva ble gjort", "Tiltaksform", "Ansvarlig i Virke"])
    measures.append(["V-01", "Fagbrevdagen i handel", "85 butikker åpnet dørene.", "Møteplass", "Virke Handel"])
    measures.append(["V-02", "Kompetansepasset i varehandelen", "Tolv kjeder prøvde det ut.", "Utviklingsprosjekt", "Virke"])
    links = book.create_sheet("Delmål")
    links.append(["ID", "Delmål", "Hovedmål"])
    for line in (["V-02", "2.2", "Nei"], ["V-01", "2.3", "Ja"], ["V-02", "2.5", "Ja"], ["V-01", "3.1", "Nei"]):
        links.append(line)
    book.save(tmp_path / "virke.xlsx")
    assert [(r.raw.get("tiltak"), r.raw.get("delmal")) for r in extracted(tmp_path / "virke.xlsx", matchers).rows] == [
        ("Fagbrevdagen i handel", "2.3"), ("Kompetansepasset i varehandelen", "2.5")]


def test_a_measure_made_in_the_year_and_started_the_next_is_asked_about(tmp_path, matchers):
    # Virke: «Programmet ble utviklet i 2089 og tar opp de første deltakerne i september 2090» named the report's year,
    # so no year doubt was raised; the truth leaves the row out as next year's. Asked now, not set aside.
    from tests.pipeline.reading import extracted, word_table

    path = word_table(tmp_path / "virke.docx", [
        ("Tiltak", "Delmål", "Beskrivelse"),
        ("Mentorordning for nye butikksjefer", "2.4",
         "Programmet ble utviklet i 2087 og tar opp de første deltakerne i september 2088."),
        ("Netthandelsløftet for ansatte i butikk", "2.1", "Kurset gikk i 2087, og et nytt kull følger i 2088.")],
        title="Virke – rapport til Kompetansepolitisk råd 2087")
    rows = extracted(path, matchers).rows
    assert "kontroller at tiltaket gjelder 2087" in rows[0].raw.doubt
    assert "kontroller at tiltaket gjelder" not in rows[1].raw.doubt


def _subtitles(groups: list[list[str]], kind: str = "srt") -> bytes:
    """Subtitles of spoken groups of sentences, as an editor times them: a cue per line pair, 120 ms between cues
    of a group and 520 ms between groups; SubRip with a BOM and CRLF, WebVTT, YouTube's SBV or Aegisub's ASS."""
    cues, at = [], 600
    for group in groups:
        for k, line in enumerate(group):
            end = at + 60 * len(line)
            cues.append((at, end, line))
            at = end + (120 if k < len(group) - 1 else 520)

    def stamp(ms: int, sep: str) -> str:
        return f"{ms // 3600000:02}:{ms // 60000 % 60:02}:{ms // 1000 % 60:02}{sep}{ms % 1000:03}"

    if kind == "vtt":
        body = "".join(f"{stamp(a, '.')} --> {stamp(b, '.')}\n<v Kari>{t}\n\n" for a, b, t in cues)
        return ("WEBVTT\n\n" + body).encode()
    if kind == "sbv":
        return "".join(f"{stamp(a, '.')[1:]},{stamp(b, '.')[1:]}\n{t}\n\n" for a, b, t in cues).encode()
    if kind == "ass":
        events = "".join(f"Dialogue: 0,{stamp(a, '.')[1:-1]},{stamp(b, '.')[1:-1]},Default,,0,0,0,,{{\\i1}}{t}\n"
                         for a, b, t in reversed(cues))  # in any order: the timings say which came first
        return ("[Script Info]\nTitle: Unio\n\n[Events]\nFormat: Layer, Start, End, Style, Name, MarginL, MarginR, "
                "MarginV, Effect, Text\n" + events).encode()
    body = "".join(f"{n}\r\n{stamp(a, ',')} --> {stamp(b, ',')}\r\n{t}\r\n\r\n" for n, (a, b, t) in enumerate(cues, 1))
    return "\ufeff".encode() + body.encode()


SPOKEN = [
    ["Hei, dette er Unios rapport til", "Kompetansepolitisk råd for 2087."],
    ["Tiltak nummer én: Unios plass i", "Kompetansebehovsutvalget. Det er", "rådsarbeid, under delmål 1.1."],
    ["Ansvarlig var Unio-sekretariatet. Her", "hadde vi ingen samarbeidspartnere."],
    ["Unios medlem deltok i utvalgets", "seks møter."],
    ["Tiltak nummer to: Videreutdanning i", "språkarbeid. Det er et kurs, under", "delmål 2.4."],
    ["Ansvarlig var Utdanningsforbundet. Vi", "samarbeidet med OsloMet og NTNU."],
    ["Studiet på 15 studiepoeng handler om", "flerspråklige barn."],
    ["Det tredje tiltaket er Læringspulsen", "2087. Det er en undersøkelse, under", "delmål 2.2."],
    ["Ansvarlig var Unio-sekretariatet. Vi", "samarbeidet med LO og YS."],
    ["4 200 medlemmer svarte."],
    ["Til slutt: konferansen vår er flyttet", "til mars 2088. Takk for at dere så på!"]]


def test_a_video_reports_subtitles_give_the_spoken_measures_with_their_fields(tmp_path):
    # Unio sent the subtitles of its video report: read as plain text, every cue's timing was a line of text.
    files = {f"Unio – video 2087.{kind}": _subtitles(SPOKEN, kind) for kind in ("srt", "vtt", "sbv", "ass")}
    found, documents = run_inbox(tmp_path, files)
    for name in files:
        assert found[name] == [("Unios plass i Kompetansebehovsutvalget", "1.1", "Råd/utvalg/nettverk", "Unio"),
                               ("Videreutdanning i språkarbeid", "2.4", "Kurs/utdanning", "Unio"),
                               ("Læringspulsen 2087", "2.2", "FoU", "Unio")], name
        assert documents[name]["format"] == "text"
    from pipeline.outputs.csv_files import read_csv
    rows = {r["tiltak"]: r for r in read_csv(tmp_path / "ut" / "extracted.csv") if r["source_file"].endswith(".ass")}
    course = rows["Videreutdanning i språkarbeid"]
    assert (course["ansvarlig"], course["samarbeidspartnere"], course["beskrivelse"]) == (
        "Utdanningsforbundet", "OsloMet, NTNU", "Studiet på 15 studiepoeng handler om flerspråklige barn.")
    seat = rows["Unios plass i Kompetansebehovsutvalget"]
    assert (seat["ansvarlig"], seat["samarbeidspartnere"], seat["beskrivelse"]) == (
        "Unio-sekretariatet", "", "Unios medlem deltok i utvalgets seks møter.")


def test_a_document_that_says_it_is_no_part_of_the_report_is_set_aside(tmp_path):
    # VOFO sent a course catalogue for information with its report; its courses were read as VOFO's measures.
    from tests.pipeline.reading import word_table

    catalogue = word_table(tmp_path / "katalog.docx", [
        ("Kurs", "Studieforbund", "Sted", "Oppstart"),
        ("Digital hverdag for seniorer", "Seniornett Norge", "Hamar", "20. januar 2088"),
        ("Samisk for nybegynnere", "Studieforbundet kultur og tradisjon", "Tromsø", "27. januar 2088")],
        before="Til orientering: VOFO sender dette utvalget fra kurskatalogen sammen med rapporten vår. "
               "Katalogen er ikke en del av rapporten.", title="Kurs for voksne våren 2088")
    # Round 56: a report that sets apart some of its rows in such words is a report still.
    report = word_table(tmp_path / "rapport.docx", [
        ("Tiltak", "Delmål", "Ansvarlig"), ("Akademikerne i Kompetansebehovsutvalget (KBU)", "1.1", "Akademikerne")],
        before="Tiltak som ble avsluttet i 2086 eller som er planlagt for 2088, er omtalt til slutt og er ikke en del "
               "av rapporteringen.", title="Akademikernes rapport til Kompetansepolitisk råd 2087")
    found, documents = run_inbox(tmp_path, {"Kurskatalog VOFO.docx": catalogue.read_bytes(),
                                            "Akademikerne 2087.docx": report.read_bytes()})
    entry = documents["Kurskatalog VOFO.docx"]
    assert "Kurskatalog VOFO.docx" not in found
    assert entry["outcome"] == "rejected" and entry["rejection"]["kind"] == "not_a_report"
    assert "«Katalogen er ikke en del av rapporten.»" in entry["error"]
    assert [r[0] for r in found["Akademikerne 2087.docx"]] == ["Akademikerne i Kompetansebehovsutvalget (KBU)"]


def test_a_sheet_of_the_files_particulars_headed_field_and_value_is_no_table_of_measures(tmp_path, matchers):
    # Regjeringen's extract had a second sheet «om_uttrekket» (felt | verdi): its values were read as measures.
    from openpyxl import Workbook

    from tests.pipeline.reading import extracted

    book = Workbook()
    measures = book.active
    measures.title = "tiltak"
    for row in [("delmaal", "tiltak", "omtale"),
                ("1.1", "Departementenes observatørplasser i Kompetansebehovsutvalget", "KD fulgte utvalgets møter."),
                ("2.5", "Kompetansepasset", "HK-dir utviklet første versjon.")]:
        measures.append(row)
    about = book.create_sheet("om_uttrekket")
    for row in [("felt", "verdi"), ("kilde", "KDs oppfølgingsregister for kompetansestrategien"),
                ("laget av", "Avdeling for kompetansepolitikk, KD"),
                ("merknad", "Til Kompetansepolitisk råd. Rader med samme departement står under hverandre.")]:
        about.append(row)
    path = tmp_path / "Regjeringen – uttrekk 2087.xlsx"
    book.save(path)
    result = extracted(path, matchers)
    assert [r.raw.get("tiltak") for r in result.rows] == [
        "Departementenes observatørplasser i Kompetansebehovsutvalget", "Kompetansepasset"]
    assert any("opplysninger om filen («felt | verdi»)" in w for w in result.warnings)


def test_a_measure_moved_from_the_year_or_called_off_and_held_next_year_is_set_aside(tmp_path, matchers):
    # Round 80: «Kurset ble flyttet fra november og holdes i mars 2090», «Konferansen ble avlyst i november og holdes i
    # stedet i april 2090» were read as the year's and only asked about. One called off and held later in the year is
    # the year's.
    from tests.pipeline.reading import extracted, word_table

    path = word_table(tmp_path / "ys.docx", [
        ("Tiltak", "Hva ble gjort", "Delmål", "Ansvar"),
        ("Lederkurs i kompetanseplanlegging", "Kurset ble flyttet fra november og holdes i mars 2088.", "2.4", "YS"),
        ("YS-konferansen om kompetanse", "Konferansen ble avlyst i november og holdes i stedet i april 2088.", "1.2", "YS"),
        ("Tillitsvalgtsamlingen", "Samlingen ble avlyst i mars, men holdt i juni med 80 deltakere.", "2.1", "YS"),
        # round 81
        ("Studiesirkel om privatøkonomi", "Studiesirkelen fikk for få påmeldte. Den flyttes til februar 2088.", "3.6",
         "YS")],
        title="YS – rapport til Kompetansepolitisk råd 2087")
    result = extracted(path, matchers)
    assert [r.raw.get("tiltak") for r in result.rows] == ["Tillitsvalgtsamlingen"]
    assert [s.text for s in result.skipped] == ["Lederkurs i kompetanseplanlegging", "YS-konferansen om kompetanse",
                                                "Studiesirkel om privatøkonomi"]


def test_a_type_tagged_in_square_brackets_before_the_name_is_the_given_type(tmp_path, matchers):
    # Fagskolerådet's names opened with the kind as its case system registers it («[KURS] Havvindskolen …»): the
    # tag stood in the name and the type was inferred. A tag that names no type stays in the name.
    from tests.pipeline.reading import extracted, word_table

    path = word_table(tmp_path / "fsr.docx", [
        ("Tiltak", "Beskrivelse", "Delmål"),
        ("[KURS] Havvindskolen ved tre fagskoler", "Moduler for fagarbeidere.", "2.4"),
        ("[ANALYSE] Undersøkelse om fagskolestudenter over 40 år", "NIFU spurte 900 studenter.", "2.2"),
        ("[NY] Fagskoledagene i Bodø", "To dager med 300 deltakere.", "1.4")],
        title="Fagskolerådet – KPR 2087")
    assert [(r.raw.get("tiltak"), r.raw.get("type")) for r in extracted(path, matchers).rows] == [
        ("Havvindskolen ved tre fagskoler", "KURS"), ("Undersøkelse om fagskolestudenter over 40 år", "ANALYSE"),
        ("[NY] Fagskoledagene i Bodø", "")]
