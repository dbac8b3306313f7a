"""Shared councils: participation is recognised however a member words it; mere mentions are not."""

import pytest


@pytest.mark.parametrize(
    "tiltak, council",
    [
        ("Kompetansebehovsutvalget", "KBU"),
        ("LO deltar i Kompetansebehovsutvalget (KBU)", "KBU"),
        ("Akademikerne er medlem av kompetansebehovsutvalget og bidrar med kunnskap om behovet for arbeidskraft", "KBU"),
        ("YS er representert i KBU", "KBU"),
        ("Deltakelse i Råd for samarbeid med arbeidslivet (RSA)", "RSA"),
        ("Virke deltar i rådene for samarbeid med arbeidslivet ved universiteter og høgskoler", "RSA"),
        ("Deltakelse i yrkesopplæringsnemndene (SRY)", "SRY"),
        ("KS er representert i yrkesopplæringsnemndene og de faglige rådene", "SRY"),
        ("Deltek i Samarbeidsrådet for yrkesopplæring", "SRY"),
        ("Deltakelse i universitets- og høyskolerådets (UHR) fagstrategiske enheter", "UHR-FSE"),
    ],
)
def test_participation_in_a_shared_council(matchers, tiltak, council):
    from normalise.councils import CouncilMatcher

    assert CouncilMatcher(matchers.catalogue).participation(tiltak, "Råd/utvalg/nettverk")[0] == council


@pytest.mark.parametrize(
    "tiltak, type_",
    [
        ("Tiltak for å styrke Råd for samarbeid med arbeidslivet (RSA) i egne rekker", "Råd/utvalg/nettverk"),
        ("Dialogmøte med Spekters representanter i faglige råd (SRY)", "Arrangement"),
        ("Dialogmøte med Spekters representanter i faglige råd (SRY)", ""),
        ("Observatørplass i Universitets- og høyskolerådets fagstrategiske enheter. Posisjonen brukes aktivt.", "Råd/utvalg/nettverk"),
        ("Kartlegging av hvordan rsa-modellen brukes i kommunene", ""),
    ],
)
def test_measures_that_only_mention_a_council_stay_apart(matchers, tiltak, type_):
    from normalise.councils import CouncilMatcher

    council, reason = CouncilMatcher(matchers.catalogue).participation(tiltak, type_)
    assert council == ""
