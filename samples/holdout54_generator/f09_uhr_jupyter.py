"""UHR: a Jupyter notebook (nbformat 4) – the facts of every measure are a list of dicts in a code cell, shown as
a filtered pandas DataFrame in the saved output; the descriptions are markdown cells keyed by a short name."""
from __future__ import annotations

import json

from lxml import html as lhtml

from .common import ARR, INFO, KURS, RAD, row, xml_esc

FILENAME = "UHR_KPR_rapportering_2074.ipynb"
MEMBER = "UHR"
FORMAT = ("Jupyter notebook (.ipynb, nbformat 4.5, JSON with indent 1 and sorted keys as Jupyter writes it), saved "
          "with outputs: execute_result with text/html and text/plain; written with json.dumps")
SHAPE = ("analysis notebook: a code cell holds the measures as a Python list of dicts (kort / Tiltak / Delmål / "
         "Type in UHR's words / Ansvarlig / Samarbeid / År), the next cell filters År == 2074 and its saved output "
         "is the DataFrame as an HTML table (and a truncated text/plain repr); the descriptions are only in "
         "markdown cells '### <kort>' further down, joined to the table by the short key; rows with År 2073 and "
         "2075 in the list and a markdown list 'Ikke med i rapporten' (not truth rows)")
NOT_TRUTH = ("the title and introduction cells, the import cell, the list entries with År 2073 (Evaluering av "
             "praksisløftet) and 2075 (Nasjonalt EVU-nettverk), the markdown 'Ikke med i rapporten', the export "
             "cell, kernel metadata")

# kort, Tiltak, Delmål, Type, Ansvarlig, Samarbeid, År, omtale, truth
ITEMS = [
    ("RSA", "Råd for samarbeid med arbeidslivet (RSA) ved universiteter og høgskoler", "1.4", "Rådsarbeid",
     "UH-institusjonene", "partene i arbeidslivet, fylkeskommunene", 2074,
     "Alle 21 UHR-institusjoner har RSA. UHR samlet i 2074 erfaringer fra rådene om dimensjonering og "
     "arbeidslivsrelevans.", ("M03", "1.4", RAD)),
    ("NPR-helse", "Nasjonale profesjonsråd i UHR-Helse og velferd", "1.4 Samarbeid med arbeidslivet",
     "Rådsarbeid", "UHR", "KS, Spekter", 2074,
     "Profesjonsrådene for sykepleie, vernepleie og sosialt arbeid har fast plass for arbeidsgiverne og arbeidet i "
     "2074 med felles krav til praksisstudier.", ("M04", "1.4", RAD)),
    ("praksis-eval", "Evaluering av praksisløftet", "1.4", "Evaluering", "UHR", "NIFU", 2073,
     "Ferdig i 2073.", None),
    ("Mikroemner", "Nasjonal katalog over mikroemner", "2.4", "Nettportal", "UHR", "HK-dir", 2074,
     "Katalogen samler korte emner på 2,5–15 studiepoeng fra universiteter og høgskoler, søkbar etter bransje; "
     "1 340 emner ved utgangen av 2074.", (None, "2.4", INFO)),
    ("EVU-konf", "EVU-konferansen 2074", "2.4 Koble kompetansebehov til utdanningstilbud", "Konferanse", "UHR",
     "NHO, LO", 2074,
     "Nasjonal konferanse i Trondheim om etter- og videreutdanning i samarbeid med arbeidslivet; 420 "
     "deltakere.", (None, "2.4", ARR)),
    ("RSA-veileder", "Veileder for RSA-arbeidet", "1.4", "Veileder", "UHR", "", 2074,
     "Veilederen gir råd om sammensetning, mandat og møteform i rådene for samarbeid med arbeidslivet, basert på "
     "erfaringer fra institusjonene.", (None, "1.4", INFO)),
    ("Komplettering", "Kompletterende utdanning for innvandrere med høyere utdanning", "2.6", "Utdanningstilbud",
     "UH-institusjonene", "HK-dir", 2074,
     "Ni institusjoner tilbød kompletterende utdanning for lærere, sykepleiere og ingeniører med utdanning fra "
     "utlandet.", (None, "2.6", KURS)),
    ("EVU-nettverk", "Nasjonalt EVU-nettverk", "2.4", "Nettverk", "UHR", "", 2075, "Oppstart 2075.", None),
]

KEYS = ["kort", "Tiltak", "Delmål", "Type", "Ansvarlig", "Samarbeid", "År"]
SHOWN = ["Tiltak", "Delmål", "Type", "Ansvarlig", "Samarbeid"]


def _src(text: str) -> list[str]:
    lines = text.split("\n")
    return [ln + "\n" for ln in lines[:-1]] + [lines[-1]]


def _pyrepr(s) -> str:
    return json.dumps(s, ensure_ascii=False) if isinstance(s, str) else str(s)


def _code_list() -> str:
    L = ["tiltak = ["]
    for it in ITEMS:
        L.append("    {")
        for k, v in zip(KEYS, it[:7]):
            L.append(f"        {_pyrepr(k)}: {_pyrepr(v)},")
        L.append("    },")
    L.append("]")
    L.append("len(tiltak)")
    return "\n".join(L)


def _html_table(rows) -> str:
    h = ["<div>", "<style scoped>", "    .dataframe tbody tr th:only-of-type {", "        vertical-align: middle;",
         "    }", "", "    .dataframe tbody tr th {", "        vertical-align: top;", "    }", "",
         "    .dataframe thead th {", "        text-align: right;", "    }", "</style>",
         "<table border=\"1\" class=\"dataframe\">", "  <thead>", "    <tr style=\"text-align: right;\">",
         "      <th></th>"]
    h += [f"      <th>{xml_esc(c)}</th>" for c in SHOWN]
    h += ["    </tr>", "  </thead>", "  <tbody>"]
    for idx, it in rows:
        h.append("    <tr>")
        h.append(f"      <th>{idx}</th>")
        vals = dict(zip(KEYS, it[:7]))
        h += [f"      <td>{xml_esc(str(vals[c]))}</td>" for c in SHOWN]
        h.append("    </tr>")
    h += ["  </tbody>", "</table>", "</div>"]
    return "\n".join(h)


def _plain(rows) -> str:
    def cut(s, n):
        return s if len(s) <= n else s[: n - 3] + "..."
    L = ["                                              Tiltak  ...                                Samarbeid"]
    for idx, it in rows:
        L.append(f"{idx:<2}  {cut(it[1], 50):>50}  ...  {cut(it[5], 40):>40}")
    L.append("")
    L.append(f"[{len(rows)} rows x {len(SHOWN)} columns]")
    return "\n".join(L)


def _cell_md(cid, text):
    return {"cell_type": "markdown", "id": cid, "metadata": {}, "source": _src(text)}


def _cell_code(cid, n, text, outputs):
    return {"cell_type": "code", "execution_count": n, "id": cid, "metadata": {}, "outputs": outputs,
            "source": _src(text)}


def build(out) -> list[dict]:
    rows2074 = [(i, it) for i, it in enumerate(ITEMS) if it[6] == 2074]
    cells = [
        _cell_md("a1f0c3d2", "# UHR – rapportering til Kompetansepolitisk råd 2074\n\nNotatboken henter tiltakene "
                 "fra UHRs oversikt og lager tabellen som sendes sekretariatet. Omtalen av hvert tiltak står i egne "
                 "tekstceller nederst, under kortnavnet."),
        _cell_code("b27e91aa", 1, "import pandas as pd\npd.set_option(\"display.max_colwidth\", 60)", []),
        _cell_code("c3d4e5f6", 2, _code_list(),
                   [{"data": {"text/plain": [str(len(ITEMS))]}, "execution_count": 2, "metadata": {},
                     "output_type": "execute_result"}]),
        _cell_code("d9e8f7a6", 3, "df = pd.DataFrame(tiltak)\nrapport = df[df[\"År\"] == 2074].drop(columns=[\"kort\", "
                   "\"År\"])\nrapport",
                   [{"data": {"text/html": _src(_html_table(rows2074)), "text/plain": _src(_plain(rows2074))},
                     "execution_count": 3, "metadata": {}, "output_type": "execute_result"}]),
        _cell_md("e0f1a2b3", "## Omtale av tiltakene\n\nKortnavnet i overskriften er nøkkelen `kort` i listen over."),
    ]
    for i, (kort, *_rest) in enumerate(ITEMS):
        it = ITEMS[i]
        if it[6] != 2074:
            continue
        cells.append(_cell_md(f"f{i:03d}aa{i:02d}", f"### {kort}\n\n{it[7]}"))
    cells.append(_cell_md("f9e8d7c6", "## Ikke med i rapporten\n\n- *Evaluering av praksisløftet* – ferdig i 2073.\n"
                          "- *Nasjonalt EVU-nettverk* – starter opp i 2075."))
    cells.append(_cell_code("aa0b1c2d", 4, "rapport.to_excel(\"UHR_KPR_2074.xlsx\", index=False)", []))
    nb = {"cells": cells,
          "metadata": {"kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"},
                       "language_info": {"codemirror_mode": {"name": "ipython", "version": 3},
                                         "file_extension": ".py", "mimetype": "text/x-python", "name": "python",
                                         "nbconvert_exporter": "python", "pygments_lexer": "ipython3",
                                         "version": "3.14.2"}},
          "nbformat": 4, "nbformat_minor": 5}
    (out / FILENAME).write_bytes((json.dumps(nb, ensure_ascii=False, indent=1, sort_keys=True) + "\n")
                                 .encode("utf-8"))
    rows = []
    for it in ITEMS:
        if it[8]:
            seed, dm, typ = it[8]
            rows.append(row(FILENAME, MEMBER, it[1], seed, dm, typ, it[4], it[5], it[7]))
    return rows


def text(path) -> str:
    nb = json.loads(path.read_text(encoding="utf-8"))
    out = []
    for c in nb["cells"]:
        out.append("".join(c["source"]))
        for o in c.get("outputs", []):
            data = o.get("data", {})
            if "text/html" in data:
                frag = lhtml.fromstring("".join(data["text/html"]))
                out.extend(td.text_content() for td in frag.iter("td", "th"))
            if "text/plain" in data:
                out.append("".join(data["text/plain"]))
    return "\n".join(out)
