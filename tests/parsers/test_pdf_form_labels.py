"""A filled PDF form whose labels are printed beside its fields, two to a line where the form puts them so."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from parsers.content import TableBlock
from parsers.pdf import parse_pdf
from parsers.registry import ParseOptions
from tests.pipeline.reading import extracted

_BLOCKS = [("Plass i Samarbeidsrådet for yrkesopplæring", "2.3", "Råd/utvalg/nettverk", "YS Samfunnspolitisk avdeling", ""),
           ("Kurs i digital kompetanse for ansatte i kommunene", "2.1", "Kurs/utdanning", "Delta og Parat", "KS"),
           ("", "", "- velg -", "", "")]  # a block left empty but for the drop-down's prompt


def _form(path: Path) -> Path:
    """The secretariat's fillable form as YS filled it in (round 48): no table, each label left of its field,
    «Delmål» and «Type tiltak» on one line, a comment field after the blocks."""
    page = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    _, height = A4
    page.setFont("Helvetica-Bold", 14)
    page.drawString(60, height - 60, "Rapporteringsskjema for medlemmene – rapporteringsår 2068")
    page.setFont("Helvetica", 9)
    y = height - 110

    def field(label: str, name: str, value: str, x: float, label_x: float, width: float) -> None:
        page.drawString(label_x, y + 5, label)
        page.acroForm.textfield(name=name, value=value, x=x, y=y, width=width, height=16, borderWidth=0,
                                fontName="Helvetica", fontSize=9)

    field("Medlemsorganisasjon", "medlem", "YS - Yrkesorganisasjonenes Sentralforbund", 190, 60, 350)
    for n, (name, delmal, kind, owner, partners) in enumerate(_BLOCKS, 1):
        y -= 40
        page.drawString(60, y + 22, f"Tiltak {n}")
        field("Navn på tiltaket", f"t{n}_navn", name, 190, 60, 350)
        y -= 24
        field("Delmål (nr. 1.1–3.6)", f"t{n}_delmal", delmal, 190, 60, 50)
        field("Type tiltak", f"t{n}_type", kind, 320, 250, 220)
        y -= 24
        field("Ansvarlig", f"t{n}_ansvar", owner, 190, 60, 350)
        y -= 24
        field("Samarbeidspartnere", f"t{n}_partnere", partners, 190, 60, 350)
    y -= 40
    field("Andre kommentarer", "kommentar", "Vi planlegger en ny seminarserie om seniorer i 2069.", 190, 60, 350)
    page.showPage()
    page.save()
    return path


def test_a_forms_labels_beside_its_fields_head_a_table_of_its_blocks(tmp_path, matchers):
    # Flattened, «Delmål (nr. 1.1–3.6) 2.3 Type tiltak Råd/utvalg/nettverk» was one line of text and no block was read.
    path = _form(tmp_path / "YS_rapporteringsskjema_utfylt_2068.pdf")
    content = parse_pdf(path, path.name, ParseOptions())
    (table,) = [b for b in content.blocks if isinstance(b, TableBlock)]
    assert table.rows[0] == ("Navn på tiltaket", "Delmål (nr. 1.1–3.6)", "Type tiltak", "Ansvarlig", "Samarbeidspartnere")
    assert len(table.rows) == 3  # the empty block is no record
    result = extracted(path, matchers)
    assert [(r.raw.get("tiltak"), r.raw.get("delmal"), r.raw.get("type"), r.raw.get("ansvarlig"),
             r.raw.get("samarbeidspartnere")) for r in result.rows] == [b for b in _BLOCKS[:2]]
    assert result.member == "YS"
