"""A column whose cells open with labelled lines («Ansvar: …», «Med: …») over an account holds no names: read as the
tiltak column, its rows name no tiltak and are listed as not read, never a tiltak called «Ansvar: Fagskolerådet»."""

from __future__ import annotations

from parsers.delimited import parse_csv
from parsers.registry import ParseOptions
from pipeline.rows import content_to_rows

# A to-do app's CSV export (Todoist, round 56): English headers, the task's name in «CONTENT», its note in «DESCRIPTION».
EXPORT = '''TYPE,CONTENT,DESCRIPTION,PRIORITY,INDENT,AUTHOR
section,Delmål 1.4 – samarbeid utdanning og arbeidsliv,,,,
task,Nasjonalt fagskoleråd – rådsmøter @råd,"Ansvar: Fagskolerådet
Med: KD, HK-dir

Rådet hadde fire møter i 2081 og ga råd om finansieringssystemet for fagskolene.",4,1,Tone Lie (41822190)
task,Fagskolekonferansen 2081 @arrangement,"Ansvar: Fagskolerådet

To dager i Stavanger med 420 deltakere om fagskolenes rolle i det grønne skiftet.",4,1,Tone Lie (41822190)
'''


def test_a_cell_of_labelled_lines_and_an_account_names_no_tiltak_and_is_listed(tmp_path, matchers):
    path = tmp_path / "Fagskolerådet – KPR 2081.csv"
    path.write_text(EXPORT, encoding="utf-8")
    read = content_to_rows(parse_csv(path, path.name, ParseOptions()), path.name, matchers)
    assert not any(r.get("tiltak").startswith("Ansvar") for r in read.rows)
    assert len(read.skipped) >= 2 and any("ble ikke lest" in w for w in read.warnings)


# A wall's CSV export (Padlet, round 56): each post's title in «Subject», its body as the HTML it was written in.
WALL = '''Subject,Body,Author,Section
Velkomen til tavla!,<p>Skriv eitt innlegg per tiltak i riktig kolonne.</p>,Ingrid Bøe,Om tavla
Kompetanseforum Vestland,"<p><strong>Type:</strong> forum</p><p><strong>Ansvarleg:</strong> Seksjon for kompetanse</p><p>Forumet samla partane fire gonger i 2081 og la fram ein ny regional strategi.</p>",Lars Nes,1.2 Regionale kompetansebehov
Lærlingløftet i Sunnfjord,"<p><strong>Type:</strong> prosjekt</p><p>Fleire læreplassar i kommunane i Sunnfjord gjennom felles rekruttering.</p>",Lars Nes,2.3 Yrkesfag
Karriererettleiing på arbeidsplassen – pilot,"<p><strong>Type:</strong> pilot</p><p>Rettleiarar frå karrieresenteret møtte tilsette i fem verksemder i Sogn.</p>",Lars Nes,1.3 Karriererettleiing
Grøn fagarbeidar – etterutdanning i Vestland,"<p><strong>Type:</strong> kurs</p><p>Korte kurs i elektrifisering for fagarbeidarar i industrien.</p>",Lars Nes,2.4 Kompetansebehov
Yrkesfagveka 2081,"<p><strong>Type:</strong> arrangement</p><p><strong>Ansvarleg:</strong> Seksjon for fagopplæring</p><p><strong>Partnarar:</strong> NHO Vestland</p><p>Ei veke med opne verkstader for elevar i 9. og 10. trinn i heile fylket.</p>",Lars Nes,2.3 Yrkesfag
'''


def test_a_walls_posts_are_named_by_their_titles_and_their_html_bodies_give_the_fields(tmp_path, matchers):
    path = tmp_path / "padlet-kompetansetiltak-vestland-2081.csv"
    path.write_text(WALL, encoding="utf-8")
    read = content_to_rows(parse_csv(path, path.name, ParseOptions()), path.name, matchers)
    named = {r.get("tiltak"): r for r in read.rows}
    assert {"Kompetanseforum Vestland", "Yrkesfagveka 2081"} <= set(named)
    fair = named["Yrkesfagveka 2081"]
    assert (fair.get("type"), fair.get("ansvarlig"), fair.get("samarbeidspartnere")) == (
        "arrangement", "Seksjon for fagopplæring", "NHO Vestland")
    assert fair.get("beskrivelse").startswith("Ei veke med opne verkstader") and "<p>" not in fair.get("beskrivelse")
