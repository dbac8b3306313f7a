"""Shapes held-out round 55 showed the reader after its first look."""

from __future__ import annotations

from parsers.content import Content
from parsers.text import markdown_blocks
from pipeline.rows import content_to_rows


def test_a_bilingual_headings_number_in_both_languages_is_not_the_tiltaks_name(matchers):
    # Sametinget's headings «Doaibmabidju 1 / Tiltak 1: …»: the Sámi and the Norwegian number stood in every name.
    _, blocks = markdown_blocks("# Doaibmabijut 2081 / Tiltak 2081\n\n"
                                "## Doaibmabidju 1 / Tiltak 1: Samisk rådgivernettverk\n\nTo samlinger i Kautokeino.\n\n"
                                "Delmål: 1.3 Type: nettverk Ansvar: Sametinget\n")
    read = content_to_rows(Content(blocks=tuple(blocks)), "samediggi.md", matchers)
    assert [(r.get("tiltak"), r.get("delmal")) for r in read.rows] == [("Samisk rådgivernettverk", "1.3")]


def test_a_bold_title_with_its_particulars_in_brackets_gives_its_fields_and_its_account(tmp_path, matchers):
    # KD's report (round 55): «**Kompetansebehovsutvalget (KBU)** (Delmål 1.1; Virkemiddel: utvalg; Ansvar: KD;
    # Samarbeid: ASD) Utvalget la …». «Delmål 1.1» without its colon was not read as a label, so the row was lost;
    # where it was («Delmål: …»), the partners ran on into the account.
    import docx

    from parsers.registry import ParseOptions
    from pipeline.extract import extract_document
    from tiltak_core.records import Document

    report = docx.Document()
    report.add_heading("Kunnskapsdepartementets rapport til Kompetansepolitisk råd 2081", 1)
    report.add_heading("2 Tiltak i 2081", 2)
    for title, particulars, account in (
            ("Kompetansebehovsutvalget (KBU)", "Delmål 1.1; Virkemiddel: utvalg; Ansvar: KD; Samarbeid: ASD, KDD",
             "Utvalget la fram sin hovedrapport."),
            ("Kompetansepluss arbeid", "Delmål: 3.2; Virkemiddel: tilskudd (opplæring); Ansvar: HK-dir; Samarbeid: –",
             "310 virksomheter fikk tilskudd.")):
        paragraph = report.add_paragraph()
        paragraph.add_run(title).bold = True
        paragraph.add_run(f" ({particulars}) {account}")
    path = tmp_path / "KD rapport 2081.docx"
    report.save(path)
    result = extract_document(Document(path, path.name, "docx", "x", path.stat().st_size), matchers, ParseOptions(),
                              10**8)
    assert [(r.raw.get("tiltak"), r.raw.get("delmal"), r.raw.get("type"), r.raw.get("ansvarlig"),
             r.raw.get("samarbeidspartnere"), r.raw.get("beskrivelse")) for r in result.rows] == [
        ("Kompetansebehovsutvalget (KBU)", "1.1", "utvalg", "KD", "ASD, KDD", "Utvalget la fram sin hovedrapport."),
        ("Kompetansepluss arbeid", "3.2", "tilskudd (opplæring)", "HK-dir", "", "310 virksomheter fikk tilskudd.")]


def test_a_notion_exports_pages_are_read_once_and_its_dates_are_no_tiltak(tmp_path):
    # Virke's Notion export (round 55): the database CSV («Name | … | Sist endret») beside a page per row. The CSV's
    # «Name» was not known as the names' column, so its dates («10. januar 2076 09:00») were read as the tiltak, sure
    # ones; and every measure was read twice, once from the CSV and once from its page.
    import io
    import zipfile

    from pipeline.batch import run
    from pipeline.outputs.csv_files import read_csv
    from pipeline.settings import Settings

    pages = {"Kystskolen i Tromsø": ("2.4", "Kurs", "Gjennomført", "Tre kurs for voksne i havbruk."),
             "Fiskeriforum Troms": ("1.2", "Nettverk", "Gjennomført", "Forumet møttes fire ganger."),
             "Havbruksdag for elever": ("2.3", "Arrangement", "Idé 2082", "Ideen drøftes i 2082.")}
    base = "KPR-rapport 2081 93d9244a2db5bfa8c7ef563ff5bdc062"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr(f"{base}.md", "# KPR-rapport 2081\n\nTroms fylkeskommunes tiltak i 2081.\n")
        z.writestr(f"{base}/Tiltak 2081 8058a876395bfdb1eb808b85b16b5a56.csv",
                   "\ufeffName,Delmål,Type,Status,Sist endret\n" + "".join(
                       f"{name},{code},{kind},{status},{n + 10}. januar 2082 09:00\n"
                       for n, (name, (code, kind, status, _)) in enumerate(pages.items())))
        for n, (name, (code, kind, status, text)) in enumerate(pages.items()):
            z.writestr(f"{base}/Tiltak 2081/{name} {n:032x}.md",
                       f"# {name}\n\nDelmål: {code}\nType: {kind}\nAnsvarlig: Troms fylkeskommune\nStatus: {status}\n\n"
                       f"{text}\n")
    inbox = tmp_path / "innboks"
    inbox.mkdir()
    (inbox / "Export-7c2e91d4-troms-fylkeskommune-kpr-2081.zip").write_bytes(buffer.getvalue())
    run(Settings(inbox=inbox, out=tmp_path / "ut", history=tmp_path / "h.sqlite", year=2081, cache=False))
    rows = [(r["tiltak"], r["delmal"], r["beskrivelse"]) for r in read_csv(tmp_path / "ut" / "extracted.csv")]
    assert sorted(rows) == [("Fiskeriforum Troms", "1.2", "Forumet møttes fire ganger."),
                            ("Kystskolen i Tromsø", "2.4", "Tre kurs for voksne i havbruk.")]


def test_a_name_whose_brackets_name_only_a_later_year_is_asked_about(matchers):
    # Spekter's «Nasjonal bemanningsmodell for helse (fra 2076)» in a report for 2075 was a sure row of the year.
    from pipeline.other_years import year_doubt
    from tiltak_core.records import Provenance, RawRow

    def row(name):
        return RawRow(Provenance("spekter.pdf", table=1, row=2), (("tiltak", name), ("beskrivelse", "")))

    vocabulary = matchers.catalogue.vocabulary
    assert year_doubt(row("Nasjonal bemanningsmodell for helse (fra 2076)"), 2075, vocabulary) == (
        "navnet sier «(fra 2076)»: kontroller at tiltaket gjelder 2075")
    assert year_doubt(row("Kompetanseløftet (2074–2076)"), 2075, vocabulary) == ""
    assert year_doubt(row("Lederkurs (pilot)"), 2075, vocabulary) == ""


def test_an_event_to_be_held_in_a_later_year_only_is_asked_about(matchers):
    # VOFO's WordPress draft «Studieforbundskonferansen 2076 – Konferansen holdes i april 2076.» in a report for
    # 2075 was a sure row of the year.
    from pipeline.other_years import year_doubt
    from tiltak_core.records import Provenance, RawRow

    row = RawRow(Provenance("vofo.xml", table=1, row=8), (("tiltak", "Studieforbundskonferansen 2076"),
                                                          ("beskrivelse", "Konferansen holdes i april 2076.")))
    assert year_doubt(row, 2075, matchers.catalogue.vocabulary) == (
        "beskrivelsen sier «holdes» og nevner bare 2076: kontroller at tiltaket gjelder 2075")
    held = RawRow(Provenance("vofo.xml", table=1, row=9), (("tiltak", "Studieforbundskonferansen"),
                                                           ("beskrivelse", "Konferansen holdes hvert år; i 2075 i Bergen.")))
    assert year_doubt(held, 2075, matchers.catalogue.vocabulary) == ""
