"""Vocabulary phrases found in running text the way reports inflect them."""

from __future__ import annotations

from normalise.phrases import Phrase, PhraseSet, tokens


def test_an_adjective_before_a_noun_is_found_in_its_definite_form_and_a_short_word_is_not():
    names = PhraseSet(["Nasjonalt råd for lærerutdanning", "fast plass"])
    assert names.first(tokens("Unio sit i det nasjonale rådet for lærerutdanning")) is not None
    assert names.first(tokens("Nasjonalt råd for lærerutdanning")) is not None
    assert names.first(tokens("ein fase plass")) is None
    # Only a word before the noun: the noun itself keeps its own endings.
    assert PhraseSet(["kompetansebehovsutvalget"]).first(tokens("kompetansebehovsutvalge")) is None


def test_a_misspelt_long_word_is_found_only_where_the_phrase_allows_it():
    # One letter missing, wrong or extra after a long word's first letters; never in a short word or the opening.
    strict, lenient = Phrase("Kompetansebehovsutvalget"), Phrase("Kompetansebehovsutvalget", typos=True)
    assert strict.find(tokens("medlem i kompetansebehovutvalget")) == []
    assert len(lenient.find(tokens("medlem i kompetansebehovutvalget"))) == 1
    assert len(lenient.find(tokens("medlem i kompetansebehovsutvalgets arbeid"))) == 1
    assert lenient.find(tokens("medlem i kompatansebehovsutvalget")) == []  # the first letters are kept
    assert lenient.find(tokens("kompetansebehovsanalysen")) == []
    assert Phrase("forum", typos=True).find(tokens("forun")) == []
