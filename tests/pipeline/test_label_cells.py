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
