"""Vocabulary phrases found in running text the way reports inflect them."""

from __future__ import annotations

from normalise.phrases import PhraseSet, tokens


def test_an_adjective_before_a_noun_is_found_in_its_definite_form_and_a_short_word_is_not():
    names = PhraseSet(["Nasjonalt råd for lærerutdanning", "fast plass"])
    assert names.first(tokens("Unio sit i det nasjonale rådet for lærerutdanning")) is not None
    assert names.first(tokens("Nasjonalt råd for lærerutdanning")) is not None
    assert names.first(tokens("ein fase plass")) is None
    # Only a word before the noun: the noun itself keeps its own endings.
    assert PhraseSet(["kompetansebehovsutvalget"]).first(tokens("kompetansebehovsutvalge")) is None
