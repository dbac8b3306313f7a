"""The catalogue: the built-in one is complete, and a broken one is rejected with every problem listed."""

from pathlib import Path

import pytest

from normalise.catalogue import load_catalogue
from normalise.strict_toml import loads, unknown_keys
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


def test_unknown_keys_are_listed_with_their_line_and_the_key_meant(tmp_path):
    """A misspelt key would leave a member without its aliases, silently: every one is an error instead."""
    text = ROOT_CATALOGUE.read_text(encoding="utf-8")
    text = text.replace('[[member]]\nname = "LO"\nkind = "partene"\naliases =',
                        '[[member]]\nname = "LO"\nkind = "partene"\nalises =', 1)
    text = text.replace("[strategy]\n", "[strategy]\nnavn = \"x\"\n", 1) + '\n[[councl]]\nid = "X"\n'
    assert "alises =" in text
    bad = tmp_path / "catalogue.toml"
    bad.write_text(text, encoding="utf-8")
    lines = text.splitlines()
    line = next(i for i, s in enumerate(lines, 1) if s.startswith("alises ="))
    with pytest.raises(CatalogueError) as err:
        load_catalogue(bad)
    problems = err.value.problems
    assert f"ukjent nøkkel «alises» på linje {line} i catalogue.toml — mente du «aliases»?" in problems
    navn = lines.index('navn = "x"') + 1
    assert f"ukjent nøkkel «navn» på linje {navn} i catalogue.toml — mente du «name»?" in problems
    councl = lines.index("[[councl]]") + 1
    assert f"ukjent nøkkel «councl» på linje {councl} i catalogue.toml — mente du «council»?" in problems
    assert len(problems) == 3  # the table under the unknown key is not reported key by key


def test_a_key_nothing_resembles_is_listed_with_the_keys_known_there(tmp_path):
    text = ROOT_CATALOGUE.read_text(encoding="utf-8").replace("[[delmal]]\n", "[[delmal]]\nfarge = \"blå\"\n", 1)
    bad = tmp_path / "min-katalog.toml"
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(CatalogueError) as err:
        load_catalogue(bad)
    [problem] = err.value.problems
    assert problem.startswith("ukjent nøkkel «farge» på linje ") and " i min-katalog.toml — kjente nøkler her er " in problem
    known = problem.rpartition("kjente nøkler her er ")[2].split(", ")
    assert {"code", "omrade", "short", "text"} <= set(known) and known == sorted(known)


def test_keys_are_found_past_multiline_strings_and_in_named_tables():
    """The line finder skips a multi-line string that looks like keys; a nested table's path is its header."""
    text = 'note = """\nversions = 1\n"""\n\n[versions]\ndraft = ["utkast"]\nfinall = ["endelig"]\n'
    data = loads(text)
    data.get("note"), data.get("versions")
    versions = data["versions"]
    assert isinstance(versions, dict)
    versions.get("draft"), versions.get("final")
    assert unknown_keys(data, text, "vocabulary.toml") == [
        "ukjent nøkkel «finall» på linje 7 i vocabulary.toml — mente du «final»?"]


def test_a_section_that_is_not_a_table_is_a_problem_not_a_crash(tmp_path):
    text = ROOT_CATALOGUE.read_text(encoding="utf-8").replace(
        '[strategy]\nname = "Nasjonal kompetansepolitisk strategi 2017–2021"\ncouncil = "Kompetansepolitisk råd"\n',
        'strategy = "Kompetansestrategien"\n', 1)
    assert text.count("strategy = ") == 1
    bad = tmp_path / "katalog.toml"
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(CatalogueError) as err:
        load_catalogue(bad)
    assert "'strategy' må være en tabell ([strategy])" in err.value.problems
