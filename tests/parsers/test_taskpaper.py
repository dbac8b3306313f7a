"""A TaskPaper outline is read as projects over items with their tags as labelled lines; read as Markdown its
tab-indented items were code, and no tiltak was read."""

from __future__ import annotations

from parsers.registry import ParseOptions
from parsers.text import parse_text
from pipeline.other_years import set_aside
from pipeline.rows import content_to_rows

OUTLINE = """Rapport til Kompetansepolitisk råd 2081:
\tEtt punkt per tiltak.

\t2.4 Kompetansebehov i virksomhetene:
\t\t- Kompetanseplanlegging i små bedrifter @type(kurs) @ansvar(Kompetanseforbundet) @med(NHO, Virke) @done(2081-10-01)
\t\t\tTre kurs for daglige ledere om å lage en kompetanseplan.

\tKunnskap om læring i arbeidslivet:
\t\t- Undersøkelse om voksne fagskolestudenter @type(undersøkelse) @ansvar(Kompetanseforbundet) @med(Fafo) @done(2081-10-15)
\t\t\tSpørreundersøkelse blant 1 600 studenter over 30 år om hvorfor de tok fagskole, og hva arbeidsgiver bidro med.

\t3.6:
\t\t- Webinarserie om læringsglede @ansvar(Kompetanseforbundet) @med(VOFO)
\t\t\tSeks webinarer for ansatte i studieforbund.

2082:
\t- Konferanse om voksnes læring @type(konferanse) @due(2082-04-20)
"""


def test_a_taskpaper_outlines_items_are_tiltak_with_their_tags_as_fields(tmp_path, matchers):
    path = tmp_path / "Kompetanseforbundet KPR 2081.taskpaper"
    path.write_text(OUTLINE, encoding="utf-8")
    content = parse_text(path, path.name, ParseOptions())
    read = set_aside(content_to_rows(content, path.name, matchers), content.blocks, path.name, 2081,
                     matchers.catalogue.vocabulary)
    # the item under a project named by the delmål's words is the tiltak, not the project over it; next year's is none
    assert [(r.get("tiltak"), r.get("delmal")[:3], r.get("type"), r.get("ansvarlig"), r.get("samarbeidspartnere"))
            for r in read.rows] == [
        ("Kompetanseplanlegging i små bedrifter", "2.4", "kurs", "Kompetanseforbundet", "NHO, Virke"),
        ("Undersøkelse om voksne fagskolestudenter", "Kun", "undersøkelse", "Kompetanseforbundet", "Fafo"),
        ("Webinarserie om læringsglede", "3.6", "", "Kompetanseforbundet", "VOFO")]
