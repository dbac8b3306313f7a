"""Shapes held-out round 56 showed the reader after its first look."""

from __future__ import annotations

import io
import json
import zipfile

from parsers.frontmatter import note_text
from pipeline.batch import run
from pipeline.outputs.csv_files import read_csv
from pipeline.settings import Settings


def _note(properties: str, fields: str, account: str) -> str:
    return f"---\n{properties}---\n\n{fields}\n> [!info] Kort om\n> {account}\n"


def test_a_notes_properties_and_fields_are_lines_under_its_name():
    title, text = note_text(_note('delmål: "1.1"\ntype: rådsarbeid\ntags: [kpr, kbu]\n',
                                  "Ansvar:: [[LOs utdanningsavdeling]]\nMed:: [[Fellesforbundet]], [[Org/Fafo|Fafo]]\n",
                                  "LO har to plasser."), "LO i Kompetansebehovsutvalget")
    assert title is None  # named by its file: a measure, not a report with a title to take a member or year from
    assert text.splitlines()[:4] == ["# LO i Kompetansebehovsutvalget", "", "delmål: 1.1", ""]
    assert "Ansvar: LOs utdanningsavdeling" in text and "Med: Fellesforbundet, Fafo" in text
    assert "[!info]" not in text and "tags" not in text


def test_a_note_without_properties_keeps_its_own_title():
    assert note_text("---\ntitle: LOs rapport 2076\ntags: [kpr]\n---\n# Rapport\n", "x") == ("LOs rapport 2076",
                                                                                          "# Rapport\n")


def test_a_vault_of_notes_gives_a_tiltak_per_note_and_sets_aside_other_years(tmp_path):
    # LO's Obsidian vault (round 56): a note per measure, its delmål and type as properties; every note was «lest, men
    # fant ingen tiltak». Its archive's note of 2075 («år: 2075») and its idea for 2077 are not the year's.
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("LO-hvelv/.obsidian/app.json", "{}")
        z.writestr("LO-hvelv/Tiltak/LO i Kompetansebehovsutvalget.md", _note(
            'delmål: "1.1"\ntype: rådsarbeid\når: 2081\nstatus: løpende\n', "Ansvar:: [[LOs utdanningsavdeling]]\n",
            "LO har to av arbeidstakersidens plasser i utvalget."))
        z.writestr("LO-hvelv/Tiltak/Språkspor – norsk på arbeidsplassen.md", _note(
            'delmål: "3.4"\ntype: kurs\når: 2081\n', "Ansvar:: [[Fagforbundet]]\nMed:: [[Spekter]], [[Virke]]\n",
            "Norskkurs i arbeidstida for renholdere."))
        z.writestr("LO-hvelv/Tiltak/LOs plass i Nasjonalt fagskoleråd.md", _note(
            'delmål: "1.4"\ntype: rådsarbeid\når: 2081\n', "", "LOs representant deltok på rådets fire møter."))
        z.writestr("LO-hvelv/Arkiv/Fafo-rapport om opplæring i permitteringer.md", _note(
            'delmål: "2.2"\ntype: utredning\når: 2080\nstatus: avsluttet\n', "Med:: [[Fafo]]\n",
            "Rapporten kom i november 2080."))
        z.writestr("LO-hvelv/Ideer/LO-konferansen om fagbrev 2082.md", _note(
            'delmål: "2.3"\ntype: konferanse\når: 2082\nstatus: planlagt\n', "", "Idé til neste år."))
        z.writestr("LO-hvelv/Maler/Tiltak.md", _note("delmål: \ntype: \når: {{date:YYYY}}\n", "Ansvar:: \n", ""))
    inbox = tmp_path / "innboks"
    inbox.mkdir()
    (inbox / "LO-KPR-hvelv.zip").write_bytes(buffer.getvalue())
    run(Settings(inbox=inbox, out=tmp_path / "ut", history=tmp_path / "h.sqlite", year=2081, cache=False))
    # Each note is LO's, the sender of the vault, though a note's name names another member («Nasjonalt fagskoleråd»).
    assert {r["member"] for r in read_csv(tmp_path / "ut" / "extracted.csv")} == {"LO"}
    register = {r["tiltak"]: r for r in read_csv(tmp_path / "ut" / "register.csv")}
    assert {name: (r["delmal"], r["type"]) for name, r in register.items()} == {
        "Nasjonalt fagskoleråd": ("1.4", "Råd/utvalg/nettverk"),
        "Kompetansebehovsutvalget (KBU)": ("1.1", "Råd/utvalg/nettverk"),  # the council in its own name
        "Språkspor - norsk på arbeidsplassen": ("3.4", "Kurs/utdanning")}
    report = json.loads((tmp_path / "ut" / "run.json").read_text(encoding="utf-8"))
    # The idea says in words it is for next year (round 63 taught the reader «neste år»): set aside, and said.
    idea = next(d for d in report["documents"] if d["file"].endswith("fagbrev 2082.md"))
    assert idea["outcome"] == "parsed_no_tiltak"
    assert [s["reason"] for s in idea["skipped_rows"]] == [
        "radens status sier at den gjelder et annet år enn rapportens («Idé til neste år.»)"]
    archived = next(d for d in report["documents"] if d["file"].endswith("permitteringer.md"))
    assert archived["outcome"] == "parsed_no_tiltak"
    assert [s["reason"] for s in archived["skipped_rows"]] == [
        "radens status sier at den gjelder et annet år enn rapportens («år: 2080»)"]


def _newsletter(intro: str) -> str:
    def item(title: str, tags: str, text: str, who: str) -> str:
        return (f'<tr><td style="padding:16px"><h2>{title}</h2><p style="color:#777">{tags}</p><p>{text}</p>'
                f'<p>Ansvar: {who}</p><p><a href="https://example.org">Les mer</a></p></td></tr>')
    items = "".join((
        item("Språkspor i varehandelen", "Delmål 3.4 Kvalifisering av innvandrere · Kurs",
             "Norskopplæring i arbeidstiden for butikkansatte.", "Virke HR"),
        item("Praksisbrevet i butikk", "Samarbeid mellom utdanning og arbeidsliv · Pilot",
             "Ungdom får en toårig praksisbasert opplæring i butikk.", "Virke Kompetanse")))
    return (f'<html><head><title>Kompetansebrevet – desember 2081</title></head><body>'
            f'<table role="presentation" width="100%"><tr><td><table role="presentation" width="600">'
            f'<tr><td><h1>Kompetansebrevet – desember 2081</h1><p>{intro}</p></td></tr>{items}'
            f'</table></td></tr></table></body></html>')


def test_a_newsletter_laid_out_in_tables_that_says_it_is_its_senders_report_is_read(tmp_path):
    # Virke's «Kompetansebrevet» (round 56): an e-mail newsletter saved as .htm, its layout tables read as one table of
    # its blocks, and its sender named only in its text: rejected as no member's.
    inbox = tmp_path / "innboks"
    inbox.mkdir()
    (inbox / "Kompetansebrevet desember 2081.htm").write_text(_newsletter(
        "Her er det Virke har gjort for kompetanse i 2081. Den samme oversikten sender vi som vår rapport til "
        "Kompetansepolitisk råd."), encoding="utf-8")
    run(Settings(inbox=inbox, out=tmp_path / "ut", history=tmp_path / "h.sqlite", year=2081, cache=False))
    rows = read_csv(tmp_path / "ut" / "extracted.csv")
    assert [(r["tiltak"], r["delmal"], r["type"], r["ansvarlig"]) for r in rows] == [
        ("Språkspor i varehandelen", "3.4", "Kurs/utdanning", "Virke HR"),
        ("Praksisbrevet i butikk", "1.4", "Prosjekt", "Virke Kompetanse")]
    report = json.loads((tmp_path / "ut" / "run.json").read_text(encoding="utf-8"))
    assert report["documents"][0]["member"] == "Virke"


def test_a_page_naming_several_members_beside_the_council_is_still_no_ones_report(tmp_path):
    inbox = tmp_path / "innboks"
    inbox.mkdir()
    (inbox / "Kompetansebrevet desember 2081.htm").write_text(_newsletter(
        "Her er det Virke og NHO har gjort i 2081, som de melder i sin rapport til Kompetansepolitisk råd."),
        encoding="utf-8")
    run(Settings(inbox=inbox, out=tmp_path / "ut", history=tmp_path / "h.sqlite", year=2081, cache=False))
    report = json.loads((tmp_path / "ut" / "run.json").read_text(encoding="utf-8"))
    assert report["documents"][0]["outcome"] == "rejected"


def test_an_asciidoc_reports_table_and_labelled_terms_are_its_tiltak(tmp_path):
    # Akademikerne's «kpr-rapport-2076.adoc» (round 56): read as plain text it was no one's report; said to be its
    # report in its title, its table's cells («|Råd») were read as tiltak, one to a line.
    from tests.parsers.test_markup import REPORT

    inbox = tmp_path / "innboks"
    inbox.mkdir()
    (inbox / "kpr-rapport-2081.adoc").write_text(REPORT, encoding="utf-8")
    run(Settings(inbox=inbox, out=tmp_path / "ut", history=tmp_path / "h.sqlite", year=2081, cache=False))
    rows = read_csv(tmp_path / "ut" / "extracted.csv")
    assert [(r["tiltak"], r["delmal"], r["type"], r["beskrivelse"]) for r in rows] == [
        ("Akademikerne i Kompetansebehovsutvalget (KBU)", "1.1", "Råd/utvalg/nettverk", ""),
        ("KI-løftet - kurs for akademikere", "2.1", "Kurs/utdanning", "Seks moduler om kunstig intelligens.")]
    assert {r["member"] for r in rows} == {"Akademikerne"}


def test_a_blocks_labels_set_as_a_list_under_its_title_leave_the_text_under_them_its_account(matchers):
    # «### Title» over «- Delmål: 2.1», «- Type: …» and a paragraph: the paragraph was lost, or read as a tiltak
    # named by a word in it («KI-verktøy»).
    from parsers.content import Content
    from parsers.text import markdown_blocks
    from pipeline.rows import content_to_rows

    _, blocks = markdown_blocks("# Rapport 2081\n\n## Egne tiltak\n\n### Undersøkelse om bruk av KI blant akademikere\n\n"
                                "- Delmål: 2.1\n- Type: undersøkelse\n\nUndersøkelsen viser at halvparten bruker "
                                "KI-verktøy i jobben.\n\n### EVU-stipend\n\n- Delmål: 2.4\n\nForbundet delte ut 260 "
                                "stipender.\n")
    read = content_to_rows(Content(blocks=tuple(blocks)), "akademikerne.md", matchers)
    assert [(r.get("tiltak"), r.get("delmal"), r.get("beskrivelse")) for r in read.rows] == [
        ("Undersøkelse om bruk av KI blant akademikere", "2.1",
         "Undersøkelsen viser at halvparten bruker KI-verktøy i jobben."),
        ("EVU-stipend", "2.4", "Forbundet delte ut 260 stipender.")]
