"""A letter's numbered measures: a name, its account and a line of particulars set straight under the account
(«Delmål 1.3 – Kurs – Ansvar: …»), read as one tiltak each; an item the reader makes nothing of is said, not dropped."""

from __future__ import annotations

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import ListFlowable, ListItem, Paragraph, SimpleDocTemplate

from parsers.content import Paragraph as Block
from parsers.registry import ParseOptions
from pipeline.coverage import UNREAD_ITEM, numbered_lists
from pipeline.extract import extract_document
from tiltak_core.records import Document

BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13, spaceAfter=8)
NAME = ParagraphStyle("name", parent=BODY, fontName="Helvetica-Bold", spaceAfter=3)
HEADING = ParagraphStyle("heading", fontName="Helvetica-Bold", fontSize=14, leading=18, spaceAfter=8)

ITEMS = [
    ("Observatørplass i Nasjonalt forum for karriereveiledning",
     "Sametinget la i 2071 fram innspill om karriereveiledning på samisk i forumet.",
     "Delmål 1.3 – Ansvar: Opplærings- og språkavdelingen"),
    ("Duodjiløftet – fagbrev i duodji for voksne",
     "Modulbasert opplæring fram mot fagbrev i duodji; 22 voksne deltakere startet i 2071.",
     "Delmål 3.1 – Opplæring – Ansvar: Sametinget – Samarbeid: Samisk videregående skole"),
    ("Kartlegging av kompetansebehov i reindriften",
     "Spørreundersøkelse og intervjuer om behovet for etter- og videreutdanning i reindriften.",
     "Delmål 2.2 – Kartlegging – Ansvar: Sametinget"),
]


def _letter(path, items):
    # The account and its particulars are one paragraph's lines, as a word processor sets a line break (no space).
    story = [Paragraph("Sametingets rapportering til Kompetansepolitisk råd for 2071", HEADING),
             ListFlowable([ListItem([Paragraph(name, NAME), Paragraph(f"{text}<br/>{particulars}", BODY)])
                           for name, text, particulars in items], bulletType="1", bulletFormat="%s.", leftIndent=18)]
    SimpleDocTemplate(str(path), pagesize=A4, leftMargin=2.5 * cm, rightMargin=2.5 * cm).build(story)
    return path


def _read(path, matchers):
    return extract_document(Document(path, path.name, "pdf", "x", path.stat().st_size), matchers, ParseOptions(), 10**8)


def test_a_line_of_particulars_under_an_account_gives_the_items_delmal_and_who(tmp_path, matchers):
    # Before, a full line of account ran on into its particulars, and particulars parted by dashes were read as the
    # delmål alone or not at all: the letter gave no tiltak.
    result = _read(_letter(tmp_path / "Sametinget rapport 2071.pdf", ITEMS), matchers)
    assert [(r.raw.get("tiltak"), r.raw.get("delmal"), r.raw.get("ansvarlig")) for r in result.rows] == [
        ("Observatørplass i Nasjonalt forum for karriereveiledning", "Delmål 1.3", "Opplærings- og språkavdelingen"),
        ("Duodjiløftet - fagbrev i duodji for voksne", "Delmål 3.1", "Sametinget"),
        ("Kartlegging av kompetansebehov i reindriften", "Delmål 2.2", "Sametinget")]
    assert [(r.raw.get("type"), r.raw.get("samarbeidspartnere")) for r in result.rows][1:] == [
        ("Opplæring", "Samisk videregående skole"), ("Kartlegging", "")]


def test_an_item_of_a_numbered_list_read_into_no_row_is_listed_as_not_read(tmp_path, matchers):
    # Before, the second item was dropped quietly: «lest», exit code 0.
    path = tmp_path / "Sametinget brev 2071.txt"
    path.write_text("Sametingets rapportering til Kompetansepolitisk råd for 2071\n\n"
                    "1. Kurs i samisk for ansatte i helsesektoren (delmål 3.4, kurs)\n\n"
                    "2. Vi takker for et godt samarbeid med fylkeskommunene gjennom året.\n\n"
                    "3. Nettverk for samiske karriereveiledere (delmål 1.3, nettverk)\n", encoding="utf-8")
    result = extract_document(Document(path, path.name, "text", "x", path.stat().st_size), matchers, ParseOptions(),
                              10**8)
    assert [r.raw.get("tiltak") for r in result.rows] == ["Kurs i samisk for ansatte i helsesektoren",
                                                          "Nettverk for samiske karriereveiledere"]
    assert [(s.reason, s.text) for s in result.skipped] == [
        (UNREAD_ITEM, "Vi takker for et godt samarbeid med fylkeskommunene gjennom året.")]
    assert result.outcome.value == "parsed_rows_skipped"


def test_an_item_at_another_level_ends_a_numbered_list_and_opens_its_own():
    one, two, sub_a, sub_b, three = (Block(None, n, t, "numbered", level) for n, (t, level) in enumerate(
        [("Første", 0), ("Andre", 0), ("a", 1), ("b", 1), ("Tredje", 0)]))
    account = Block(None, 9, "Tekst om det andre punktet.")
    assert numbered_lists([one, account, two, sub_a, sub_b, three]) == [[one, two], [sub_a, sub_b]]
