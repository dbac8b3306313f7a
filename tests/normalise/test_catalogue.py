"""The catalogue: the built-in one is complete, and a broken one is rejected with every problem listed."""

from pathlib import Path

import pytest

from normalise.catalogue import load_catalogue
from tiltak_core.errors import CatalogueError

ROOT_CATALOGUE = Path(__file__).resolve().parents[2] / "normalise" / "catalogue.toml"


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
    assert {"KBU", "RSA", "SRY", "UHR-FSE"} <= {c.id for c in catalogue.councils}
    owners = {o.name for o in catalogue.organisations}
    assert all(c.owner in owners for c in catalogue.councils)


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


def test_the_council_as_it_grows_members_with_years_and_an_observer(catalogue):
    by_name = {m.name: m for m in catalogue.members}
    for name in ("UHR", "Fagskolerådet", "Kompetanseforbundet", "Sametinget"):
        assert by_name[name].from_year == 2020 and by_name[name].member_in(2020)
        assert not by_name[name].member_in(2019)
    assert by_name["Sametinget"].role == "observatør" and by_name["UHR"].role == "medlem"
    assert by_name["Hedmark fylkeskommune"].member_in(2019) and not by_name["Hedmark fylkeskommune"].member_in(2020)
    assert by_name["LO"].member_in(2018) and by_name["LO"].member_in(2030)


def test_membership_years_and_roles_are_checked(tmp_path):
    text = (ROOT_CATALOGUE.read_text(encoding="utf-8")
            .replace('name = "UHR"\nkind = "utdanning"\n"fra_år" = 2020',
                     'name = "UHR"\nkind = "utdanning"\n"fra_år" = 2021\n"til_år" = 2019\nrolle = "gjest"'))
    bad = tmp_path / "katalog.toml"
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(CatalogueError) as err:
        load_catalogue(bad)
    assert err.value.problems == [
        "member #11 (UHR): fra_år 2021 er etter til_år 2019",
        "member #11 (UHR): rolle 'gjest' er ikke en av medlem, observatør",
    ]
