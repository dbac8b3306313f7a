"""Shapes held-out round 73 showed the reader at its first look."""

from __future__ import annotations

import quopri
from pathlib import Path

import docx
import openpyxl
from PIL import Image

from parsers.detect import detect
from parsers.pdf_geometry import unshifted
from pipeline.batch import run
from pipeline.outputs.csv_files import read_csv
from pipeline.settings import Settings
from tests.pipeline.reading import extracted

ROUND73 = Path(__file__).resolve().parents[2] / "samples" / "holdout73"


def _read(result, matchers):
    return [(r.raw.get("tiltak"), matchers.delmal.match(r.raw.get("delmal")).value) for r in result.rows]


def _headed_accounts(path: Path, facts: list[tuple[str, str, str]]) -> Path:
    report = docx.Document()
    report.add_heading("Unio – rapportering for 2093", 1)
    for title, account, line in facts:
        report.add_heading(title, 2)
        report.add_paragraph(account)
        report.add_paragraph(line)
    report.save(path)
    return path


def test_a_line_of_labels_naming_the_delmal_by_omrade_and_number_closes_its_heading(tmp_path, matchers):
    # Unio (round 73): «Forbund: … · Strategien: innsatsområde 1, delmål 4 · Form: … · Med: …» under each heading's
    # text. The line was taken for a section naming a delmål, so no row got its fields; «Forbund» was no label.
    path = _headed_accounts(tmp_path / "unio.docx", [
        ("Unios medlem i KBU", "Forskerforbundets leder er Unios medlem i utvalget.",
         "Forbund: Forskerforbundet · Strategien: innsatsområde 1, delmål 1 · Form: utvalgsplass"),
        ("Etterutdanning i praksisveiledning", "Utdanningsforbundet og OsloMet tilbød et kurs for lærere.",
         "Forbund: Utdanningsforbundet · Strategien: innsatsområde 1, delmål 4 · Form: etterutdanningskurs · Med: OsloMet")])
    result = extracted(path, matchers)
    assert _read(result, matchers) == [("Unios medlem i KBU", "1.1"), ("Etterutdanning i praksisveiledning", "1.4")]
    assert [r.raw.get("ansvarlig") for r in result.rows] == ["Forskerforbundet", "Utdanningsforbundet"]
    assert result.rows[1].raw.get("samarbeidspartnere") == "OsloMet"


def test_the_round_s_union_report_is_read_by_its_headings(matchers):
    result = extracted(ROUND73 / "Unio – rapportering til KPR for 2093.pdf", matchers)
    assert _read(result, matchers)[:5] == [
        ("Unios medlem i KBU", "1.1"), ("Nasjonalt råd for lærerutdanning (UHR-Lærerutdanning)", "1.4"),
        ("Godkjenningsveiviseren - sykepleie og undervisning", "2.6"), ("Etterutdanning i praksisveiledning", "1.4"),
        ("Medlemsundersøkelse om videreutdanning i sykepleie", "2.2")]


def _cards(path: Path) -> Path:
    report = docx.Document()
    report.add_heading("Akademikerne – tiltak 2093", 1)
    for name, code, kind, who, partners, account in [
            ("Akademikernes plass i KBU", "1.1", "Utvalgsmedlemskap", "Akademikernes sekretariat", "–",
             "Akademikerne har en av arbeidstakerplassene i utvalget."),
            ("Analyse av etterspørselen etter økonomer", "1.1", "Analyse", "Samfunnsøkonomene", "Oslo Economics",
             "Analysen viser at halvparten av arbeidsgiverne mangler økonomer.")]:
        table = report.add_table(rows=4, cols=4)
        table.cell(0, 0).merge(table.cell(0, 3)).text = name
        for cell, text in zip(table.rows[1].cells, ("Delmål", code, "Form", kind)):
            cell.text = text
        for cell, text in zip(table.rows[2].cells, ("Ansvar", who, "Partnere", partners)):
            cell.text = text
        table.cell(3, 0).merge(table.cell(3, 3)).text = account
        report.add_paragraph()
    report.add_paragraph("Akademikerne, 13. januar 2094 – spørsmål kan rettes til sekretariatet.")
    report.save(path)
    return path


def test_a_card_table_per_tiltak_with_two_label_pairs_a_row(tmp_path, matchers):
    # Akademikerne (round 73): the name merged across the top row, «Delmål | 1.1 | Form | Analyse» and «Ansvar | … |
    # Partnere | …» below it, the account merged across the bottom row. No table had a header: all six rows lost.
    result = extracted(_cards(tmp_path / "ak.docx"), matchers)
    assert _read(result, matchers) == [("Akademikernes plass i KBU", "1.1"),
                                       ("Analyse av etterspørselen etter økonomer", "1.1")]
    assert [(r.raw.get("type"), r.raw.get("ansvarlig")) for r in result.rows] == [
        ("Utvalgsmedlemskap", "Akademikernes sekretariat"), ("Analyse", "Samfunnsøkonomene")]
    assert result.rows[1].raw.get("samarbeidspartnere") == "Oslo Economics"
    # The closing line after the last card is no part of its account, and nothing is listed as unread.
    assert result.rows[1].raw.get("beskrivelse") == "Analysen viser at halvparten av arbeidsgiverne mangler økonomer."
    assert result.skipped == () or list(result.skipped) == []


def _mhtml(path: Path, body: str) -> Path:
    html = (f'<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>'
            f"<body>{body}</body></html>").encode("utf-8")
    path.write_bytes(b"From: <Saved by Blink>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n"
                     b'\ttype="text/html";\r\n\tboundary="----B----"\r\n\r\n\r\n------B----\r\n'
                     b"Content-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\n"
                     b"Content-Location: https://intranett.example/tiltak\r\n\r\n" + quopri.encodestring(html)
                     + b"\r\n------B------\r\n")
    return path


def test_a_page_chrome_saved_without_a_charset_is_read_in_the_charset_it_declares(tmp_path, matchers):
    # UHR (round 73): Chrome writes «Content-Type: text/html» with no charset; the UTF-8 page was read as ASCII, every
    # «å» lost, and «Delmål:» was no label: five rows unread.
    path = _mhtml(tmp_path / "uhr.mhtml", "<h1>UHRs tiltak 2093</h1><h2>Felles nettportal for etter- og videreutdanning"
                  "</h2><p>Portalen viser tilbudene på ett sted.</p><dl><dt>Delmål</dt><dd>2.4 Relevante tilbud</dd>"
                  "<dt>Type</dt><dd>Nettportal</dd><dt>Ansvar</dt><dd>UHR</dd></dl>")
    result = extracted(path, matchers)
    assert _read(result, matchers) == [("Felles nettportal for etter- og videreutdanning", "2.4")]
    assert result.rows[0].raw.get("beskrivelse") == "Portalen viser tilbudene på ett sted."


def test_a_pdf_shrunk_by_ghostscript_keeps_its_body_text_plain_and_its_ligatures(matchers):
    # Sametinget (round 73): Ghostscript drops the fonts' weight, and pdfium took the regular serif for bold, so some
    # accounts became headings; «fi» came out as «昀椀». The facts close each heading: «Jf. delmål 1.4 i strategien.
    # Virkemiddel: rådsplass. Ansvar: Sametinget, opplæringsavdelingen.»
    result = extracted(ROUND73 / "Sametinget – rapport til Kompetansepolitisk råd 2093.pdf", matchers)
    assert _read(result, matchers)[:5] == [
        ("Rådet for samarbeid med arbeidslivet ved Sámi allaskuvla", "1.4"), ("Samisk kompetansebehovsutvalg", "1.1"),
        ("Samisk karriereveiledning i Finnmark", "1.3"), ("Kurs i reindriftsforvaltning for voksne", "3.1"),
        ("Kompetansepluss i samiske områder", "3.2")]
    assert result.rows[0].raw.get("ansvarlig") == "Sametinget, opplæringsavdelingen"
    assert "Sju prosjekter fikk støtte" in result.rows[4].raw.get("beskrivelse")


def test_letters_shifted_into_a_two_byte_code_are_put_back_only_beside_letters():
    assert unshifted("prosjekter \u6600\u6900kk støtte") == "prosjekter fikk støtte"
    assert unshifted("\u6600\u6900") == "\u6600\u6900"  # nothing beside it says it is a word
    assert unshifted("\u6f22\u5b57 kanji") == "\u6f22\u5b57 kanji"


def test_a_line_that_links_the_delmal_before_its_labels(tmp_path, matchers):
    path = _headed_accounts(tmp_path / "sametinget.docx", [
        ("Kurs i reindriftsforvaltning for voksne", "Samlingsbasert kurs for voksne reineiere, med 40 deltakere.",
         "Jf. delmål 3.1 i strategien. Virkemiddel: kurs. Ansvar: Sametinget, næringsavdelingen.")])
    result = extracted(path, matchers)
    assert _read(result, matchers) == [("Kurs i reindriftsforvaltning for voksne", "3.1")]
    assert (result.rows[0].raw.get("type"), result.rows[0].raw.get("ansvarlig")) == (
        "kurs", "Sametinget, næringsavdelingen")


def test_a_photo_saved_as_webp_is_an_image_to_read(tmp_path):
    # VOFO (round 73): a phone photo a browser saved as WebP was «ukjente binærdata» and rejected.
    Image.new("RGB", (40, 20), "white").save(tmp_path / "VOFO tiltak (bilde).webp", "WEBP")
    assert detect(tmp_path / "VOFO tiltak (bilde).webp") == "image"


def _keyed_workbook(path: Path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Tiltak"
    sheet.append(["Tiltak", "Delmål (stikkord)", "Type", "Hvem i Virke"])
    sheet.append(["Læringsbarometeret for handel", "Læring på jobben", "Undersøkelse", "Virke Analyse"])
    sheet.append(["Norsk i praksis i butikk", "Norsk og integrering", "Kurs", "Virke HR"])
    sheet.append(["Frokostseminarer om læring", "Læring på jobben", "Seminar", "Virke HR"])
    key = book.create_sheet("Delmålene")
    key.append(["Nr.", "Delmål i strategien (kort)", "Virkes stikkord"])
    for code, text, word in [("1.1", "Kunnskap om kompetansebehov", "Kompetansebehov"),
                             ("1.3", "Tilgang til karriereveiledning", "Karriereveiledning"),
                             ("2.1", "Digital kompetanse i hele arbeidsstyrken", "Digital kompetanse"),
                             ("2.2", "Kunnskapsgrunnlaget om læring i arbeidslivet", "Læring på jobben"),
                             ("2.3", "Karrieremulighetene i yrkesfag", "Yrkesfag og karriere"),
                             ("2.4", "Etter- og videreutdanning", "EVU-tilbud"),
                             ("3.4", "Kvalifisering av innvandrere", "Norsk og integrering")]:
        key.append([code, text, word])
    book.save(path)
    return path


def test_a_sheet_that_keys_the_member_s_catchwords_to_the_delmal_gives_their_codes(tmp_path, matchers):
    # Virke (round 73): the delmål only as Virke's catchword, a second sheet «Delmålene» giving each its code. The
    # catchwords were matched by their words (three of seven wrong) and the key sheet was listed as 7 rows unread.
    result = extracted(_keyed_workbook(tmp_path / "virke.xlsx"), matchers)
    assert _read(result, matchers) == [("Læringsbarometeret for handel", "2.2"), ("Norsk i praksis i butikk", "3.4"),
                                       ("Frokostseminarer om læring", "2.2")]
    assert not list(result.skipped)
    assert any("nøkkel til rapportens egne ord for delmålene" in w for w in result.warnings)


def test_round_73_s_rows_of_other_years_and_a_committee_of_its_own_are_asked(tmp_path):
    # Rows said in words to be of 2092 or 2094 («engangstiltak i 2092», «vert halden i januar 2094», «tek til i januar
    # 2094», «vedtok … De første lærlingene tas inn fra august 2094») were counted unasked; Sametinget's own «Samisk
    # kompetansebehovsutvalg» was merged into KBU, sure: it is its own row.
    inbox = tmp_path / "inn"
    inbox.mkdir()
    for name in ("Vestland fylkeskommune – tiltak 2093.xlsx", "Sametinget – rapport til Kompetansepolitisk råd 2093.pdf",
                 "Virke_KPR_2093.xlsx"):
        (inbox / name).write_bytes((ROUND73 / name).read_bytes())
    run(Settings(inbox=inbox, out=tmp_path / "ut", history=tmp_path / "h.sqlite", year=2093, cache=False))
    register = {r["tiltak"]: r for r in read_csv(tmp_path / "ut" / "register.csv")}
    for name in ("Yrkesmessa i Bergen", "Vaksenopplæring på Stord", "Lærlingløftet i handelen"):
        assert register[name]["needs_review"] == "ja" and "2094" in register[name]["merknader"]
    assert "Samisk kompetansebehovsutvalg" in register and "Kompetansebehovsutvalget (KBU)" not in register


def test_a_label_whose_bold_answer_is_the_title_and_its_plain_text_the_account(tmp_path, matchers):
    # Vestland (round 47): «**Tiltak: NM i yrkesfag 2067.** Vestland stilte med 34 deltakarar …»; the whole paragraph
    # was the tiltak, so it shared too little with Innlandet's «Yrkes-NM 2067» for the joint event to be asked about.
    report = docx.Document()
    report.add_heading("Vestland fylkeskommune – rapportering 2067", 1)
    report.add_heading("Delmål 2.3 – karrieremoglegheiter i yrkesfag", 3)
    item = report.add_paragraph()
    item.add_run("Tiltak: NM i yrkesfag 2067.").bold = True
    item.add_run(" Vestland stilte med 34 deltakarar under NM i yrkesfag i Bodø i april.")
    report.add_paragraph("Ansvarleg: Seksjon for opplæring. Type: arrangement.")
    report.save(tmp_path / "vestland.docx")
    result = extracted(tmp_path / "vestland.docx", matchers)
    assert _read(result, matchers) == [("NM i yrkesfag 2067", "2.3")]
    assert result.rows[0].raw.get("beskrivelse") == "Vestland stilte med 34 deltakarar under NM i yrkesfag i Bodø i april."
    assert result.rows[0].raw.get("ansvarlig") == "Seksjon for opplæring"


def test_a_label_without_a_field_in_a_line_of_labels_is_no_title_and_is_kept(tmp_path, matchers):
    # Round 73's «Forbund: Forskerforbundet · Strategien: …» became the tiltak, its heading lost, while «Forbund» was
    # no label; any label the reader has no field for («Målgruppe», «Avdeling») did the same. It stays in the account.
    path = _headed_accounts(tmp_path / "ks.docx", [
        ("Kurs for ledere", "Ledere i kommunene fikk kurs.",
         "Avdeling: KS Læring · Strategien: innsatsområde 2, delmål 1 · Form: kurs"),
        ("Karrieresjekk", "Veiledning for voksne.", "Målgruppe: voksne over 50 år · Delmål: 1.3 · Ansvar: KS")])
    result = extracted(path, matchers)
    assert _read(result, matchers) == [("Kurs for ledere", "2.1"), ("Karrieresjekk", "1.3")]
    assert [r.raw.get("beskrivelse") for r in result.rows] == [
        "Ledere i kommunene fikk kurs. Avdeling: KS Læring.", "Veiledning for voksne. Målgruppe: voksne over 50 år."]
