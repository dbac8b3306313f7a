"""The catalogue: the built-in one is complete, and a broken one is rejected with every problem listed."""

import pytest

from normalise.catalogue import load_catalogue
from tiltak_core.errors import CatalogueError


def test_builtin_catalogue_has_the_strategy(catalogue):
    assert [o.id for o in catalogue.omrader] == ["1", "2", "3"]
    assert [d.code for d in catalogue.delmal] == [
        "1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "3.1", "3.2", "3.3", "3.4", "3.5", "3.6",
    ]
    assert [t.name for t in catalogue.types] == [
        "FoU", "Kurs/utdanning", "Råd/utvalg/nettverk", "Prosjekt", "Informasjon", "Arrangement",
    ]
    assert {"Regjeringen", "LO", "NHO", "Unio", "KS", "YS", "Virke", "Akademikerne", "Spekter", "VOFO"} <= {
        m.name for m in catalogue.members
    }
    assert {c.id for c in catalogue.councils} == {"KBU", "RSA", "SRY", "UHR-FSE"}


def test_every_problem_is_listed(tmp_path):
    bad = tmp_path / "strategi.toml"
    bad.write_text(
        """
[strategy]
name = "Test"

[[omrade]]
id = "1"
name = "Område 1"

[[delmal]]
code = "1.1"
omrade = "1"
short = "A"
text = "Første delmål"

[[delmal]]
code = "1.1"
omrade = "2"
short = "B"
text = "Andre delmål"

[[delmal]]
code = "x"
omrade = "1"
short = "C"

[[type]]
name = "FoU"
synonyms = ["Utredning"]

[[type]]
name = "Kurs"
synonyms = ["Utredning"]

[[member]]
name = "LO"
kind = "partene"
aliases = ["LO"]

[[organisation]]
name = "Fagforbundet"
member = "Ukjent"

[[council]]
id = "KBU"
name = "Kompetansebehovsutvalget"
""",
        encoding="utf-8",
    )
    with pytest.raises(CatalogueError) as info:
        load_catalogue(bad)
    problems = "\n".join(info.value.problems)
    assert str(bad) in str(info.value)
    assert "delmål-koden '1.1' er brukt mer enn én gang" in problems
    assert "omrade '2' er ikke blant [[omrade]]-id-ene" in problems
    assert "koden 'x' er ikke på formen N.N" in problems
    assert "'text' mangler eller er tom" in problems
    assert "typesynonymet 'Utredning' hører til både 'FoU' og 'Kurs'" in problems
    assert "member 'Ukjent' er ikke et [[member]]" in problems
    assert len(info.value.problems) >= 6


def test_not_toml_is_a_clear_error(tmp_path):
    bad = tmp_path / "strategi.toml"
    bad.write_text("[[delmal]\ncode = ", encoding="utf-8")
    with pytest.raises(CatalogueError, match="er ikke gyldig TOML"):
        load_catalogue(bad)
