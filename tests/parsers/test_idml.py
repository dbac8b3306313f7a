"""An InDesign package (IDML), as a designer sends the annual report: its stories read in the order their frames stand
on the spreads, heading styles as headings, a hidden layer's frame and a story no frame places left out. Read as
generic XML (round 78's Virke), each frame's geometry became a tiltak and the measures none."""

from __future__ import annotations

import zipfile
from pathlib import Path

from parsers.content import Paragraph, TableBlock
from parsers.detect import detect
from parsers.idml import parse_idml
from parsers.registry import ParseOptions
from tests.pipeline.reading import coded_rows, extracted

_PKG = 'xmlns:idPkg="http://ns.adobe.com/AdobeInDesign/idml/1.0/packaging"'


def _frame(self: str, story: str, left: float, top: float, layer: str = "l1") -> str:
    corners = [(left, top), (left, top + 200), (left + 240, top + 200), (left + 240, top)]
    points = "".join(f'<PathPointType Anchor="{x} {y}"/>' for x, y in corners)
    return (f'<TextFrame Self="{self}" ParentStory="{story}" PreviousTextFrame="n" ItemLayer="{layer}" '
            f'ItemTransform="1 0 0 1 0 0"><Properties><PathGeometry><GeometryPathType><PathPointArray>{points}'
            '</PathPointArray></GeometryPathType></PathGeometry></Properties></TextFrame>')


def _story(self: str, paragraphs: list[tuple[str, str]], table: list[list[str]] | None = None) -> str:
    ranges = "".join(f'<ParagraphStyleRange AppliedParagraphStyle="ParagraphStyle/{style}"><CharacterStyleRange>'
                     f'<Content>{text}</Content><Br/></CharacterStyleRange></ParagraphStyleRange>'
                     for style, text in paragraphs)
    if table:
        cells = "".join(f'<Cell Name="{c}:{r}"><ParagraphStyleRange AppliedParagraphStyle="ParagraphStyle/Tabell">'
                        f'<CharacterStyleRange><Content>{text}</Content></CharacterStyleRange></ParagraphStyleRange></Cell>'
                        for r, row in enumerate(table) for c, text in enumerate(row))
        ranges += f'<ParagraphStyleRange><Table>{cells}</Table></ParagraphStyleRange>'
    return f'<idPkg:Story {_PKG}><Story Self="{self}">{ranges}</Story></idPkg:Story>'


def _package(path: Path) -> Path:
    stories = {
        "u1": [("Forside_tittel", "Kompetanse i Virke 2087"), ("Ingress", "Rapport til Kompetansepolitisk råd")],
        "u2": [("Tiltak_tittel", "Kursrekke i bærekraftig innkjøp"), ("Brødtekst", "Fire kurskvelder for 170 ledere."),
               ("Faktalinje", "Delmål 2.4 · Kursrekke"), ("Faktalinje", "Ansvar: Virke Handel · Med: BI")],
        "u3": [("Tiltak_tittel", "Lærlingtorget – varehandelen er med"),
               ("Brødtekst", "210 butikker ble lærebedrifter i nettjenesten."), ("Faktalinje", "Delmål 2.3 · Nettjeneste"),
               ("Faktalinje", "Ansvar: Virke Handel")],
        "u4": [("Brødtekst", "Utkast: ikke med i trykket")],  # on the hidden layer
        "u5": [("Brødtekst", "Overført fra fjorårets mal")],  # placed by no frame
    }
    # The file lists the right-hand frame first; the page places the left one before it.
    spread = (f'<idPkg:Spread {_PKG}><Spread Self="s1"><Page Self="p1" Name="1" ItemTransform="1 0 0 1 0 0"/>'
              + _frame("f1", "u1", 40, 20) + _frame("f3", "u3", 300, 260) + _frame("f2", "u2", 40, 260)
              + _frame("f4", "u4", 40, 500, layer="l2") + "</Spread></idPkg:Spread>")
    design = (f'<Document {_PKG}><Layer Self="l1" Visible="true"/><Layer Self="l2" Visible="false"/>'
              '<idPkg:Spread src="Spreads/Spread_s1.xml"/></Document>')
    styles = ('<idPkg:Styles ' + _PKG + '><RootParagraphStyleGroup>'
              '<ParagraphStyle Self="ParagraphStyle/Forside_tittel" Name="Forside_tittel" PointSize="36"/>'
              '<ParagraphStyle Self="ParagraphStyle/Tiltak_tittel" Name="Tiltak_tittel" PointSize="14"/>'
              '<ParagraphStyle Self="ParagraphStyle/Brødtekst" Name="Brødtekst" PointSize="10"/>'
              '</RootParagraphStyleGroup></idPkg:Styles>')
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.adobe.indesign-idml-package")
        z.writestr("designmap.xml", design)
        z.writestr("Resources/Styles.xml", styles)
        z.writestr("Spreads/Spread_s1.xml", spread)
        for self, paragraphs in stories.items():
            z.writestr(f"Stories/Story_{self}.xml", _story(self, paragraphs, [["Nøkkeltall", "2087"], ["Kurs", "4"]]
                                                           if self == "u3" else None))
    return path


def test_an_idml_package_is_read_story_by_story_in_the_order_its_frames_stand(tmp_path):
    path = _package(tmp_path / "Virke_kompetanse_2087.idml")
    assert detect(path) == "idml"
    content = parse_idml(path, path.name, ParseOptions())
    paragraphs = [(b.kind, b.level, b.text) for b in content.blocks if isinstance(b, Paragraph)]
    assert paragraphs[:3] == [("heading", 1, "Kompetanse i Virke 2087"), ("text", 0, "Rapport til Kompetansepolitisk råd"),
                              ("heading", 2, "Kursrekke i bærekraftig innkjøp")]
    assert ("heading", 2, "Lærlingtorget – varehandelen er med") in paragraphs
    assert not any("Utkast" in t or "fjorårets" in t for _, _, t in paragraphs)
    assert [b.rows for b in content.blocks if isinstance(b, TableBlock)] == [(("Nøkkeltall", "2087"), ("Kurs", "4"))]


def test_an_idml_reports_measures_are_read_with_their_fact_lines(tmp_path, matchers):
    path = _package(tmp_path / "Virke_kompetanse_2087.idml")
    assert coded_rows(extracted(path, matchers), matchers) == [("Kursrekke i bærekraftig innkjøp", "2.4"),
                                                               ("Lærlingtorget - varehandelen er med", "2.3")]
