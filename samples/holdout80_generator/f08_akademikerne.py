"""Akademikerne: the Quarto source file of the report (.qmd), sent instead of the document rendered from it. The
measures exist only as string literals in an R code chunk – a tibble::tribble() with one line per measure – which
later chunks turn into a table and into one section per measure. A cancelled course is a commented-out line in the
tribble; a mentoring scheme starting in February 2090 is told in the prose."""
from __future__ import annotations

from .common import ARR, KURS, PROSJEKT, RAD, row

FILENAME = "akademikerne_kpr_2089.qmd"
MEMBER = "Akademikerne"
FORMAT = ("Quarto document source (.qmd, UTF-8, LF, written as text): YAML front matter (title, subtitle, author "
          "with affiliation, date, lang, docx and html formats, execute options), Markdown prose and R code chunks "
          "with «#|» chunk options")
SHAPE = ("report as code: front matter, a set-up chunk loading tibble, dplyr and knitr, an intro paragraph, then "
         "the chunk «tiltak» holding «tiltak <- tribble(~navn, ~delmal, ~form, ~ansvar, ~med, ~omtale, …)» with one "
         "line of quoted strings per measure (NA for no partner), a chunk that selects and renames the columns into "
         "a kable() table, a chunk that writes one section per measure with cat(), and a prose section «Planlagt "
         "for 2090»; Akademikerne's kind words in the form column (rådsarbeid, utviklingsarbeid, etterutdanning, "
         "karrieredag); the UHR-FSE seat «Teknas observatørplass i UHR-MNT» and the RSA seat «Samfunnsøkonomenes "
         "plass i RSA ved Universitetet i Bergen»; a cancelled course left in the tribble as a commented-out line; "
         "a mentoring scheme starting in February 2090 told only in words")
NOT_TRUTH = ("the front matter, the chunk options and R code around the data (library calls, select/rename, kable, "
             "the cat() loop), the column names, the form strings, the commented-out line 'Lederkurs for psykologer "
             "i kommunene' (cancelled), the section «Planlagt for 2090» with 'Mentorordning for nyutdannede "
             "tannleger' (starts in February 2090)")
SPLIT_FIELDS = ("samarbeidspartnere",)

# name, delmål, form, ansvar, med, omtale, seed, type
ROWS = [
    ("Teknas observatørplass i UHR-MNT", "1.4", "rådsarbeid", "Tekna", "",
     "Tekna fulgte møtene i den fagstrategiske enheten for matematikk, naturvitenskap og teknologi og ga innspill "
     "om praksis i ingeniørutdanningene.", "M03", RAD),
    ("Samfunnsøkonomenes plass i RSA ved Universitetet i Bergen", "1.4", "rådsarbeid", "Samfunnsøkonomene", "",
     "Foreningen deltok i rådets fire møter om arbeidslivsrelevans i økonomistudiene og om en ny master i "
     "dataanalyse.", "M04", RAD),
    ("Kompetansepasset – mal for høyere utdanning og etterutdanning", "2.5", "utviklingsarbeid", "Akademikerne",
     "HK-dir, Virke",
     "Akademikerne laget malen som viser hvordan etterutdanning, sertifiseringer og oppdrag kan føres inn i "
     "Kompetansepasset. Malen ble tatt i bruk i november.", "J06", PROSJEKT),
    ("Etterutdanningskurs i kunstig intelligens for leger", "2.1", "etterutdanning", "Den norske legeforening",
     "Universitetet i Oslo",
     "Kurs over tre dager om bruk av kunstig intelligens i diagnostikk og journalføring. 520 leger fullførte.",
     None, KURS),
    ("Karrieredag for jusstudenter i Tromsø", "1.3", "karrieredag", "Juristforbundet",
     "UiT Norges arktiske universitet",
     "Karrieredag med veiledning om arbeid i offentlig sektor og i distriktene. 240 studenter deltok.", None, ARR),
]
CANCELLED = ("Lederkurs for psykologer i kommunene", "2.4", "kurs", "Psykologforeningen", "",
             "Avlyst i oktober – for få påmeldte.")


def _r(s: str) -> str:
    return "NA" if not s else '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _line(vals) -> str:
    name, dm, form, ans, med, txt = vals
    return f"  {_r(name)}, {_r(dm)}, {_r(form)}, {_r(ans)}, {_r(med)},\n    {_r(txt)},"


def source() -> str:
    lines = [_line(r[:6]) for r in ROWS]
    lines.insert(4, "\n".join("  # " + ln.strip() for ln in _line(CANCELLED).split("\n")))
    data = "\n".join(lines).rstrip(",")
    return f"""---
title: "Akademikernes rapport til Kompetansepolitisk råd 2089"
subtitle: "Tiltak i oppfølgingen av Nasjonal kompetansepolitisk strategi"
author:
  - name: Eirik Bakken
    affiliation: Samfunnsøkonomene, for Akademikerne
date: 2090-01-14
lang: nb
format:
  docx:
    toc: false
  html:
    embed-resources: true
execute:
  echo: false
  warning: false
---

```{{r}}
#| label: oppsett
library(tibble)
library(dplyr)
library(knitr)
```

Akademikerne og foreningene rapporterer her tiltakene i 2089. Tabellen og omtalene under er laget fra listen i
kodeblokken `tiltak`: `delmal` er delmålet i strategien, `form` er vår egen betegnelse på typen tiltak, `ansvar` er
foreningen som har ansvaret og `med` er samarbeidspartnerne.

```{{r}}
#| label: tiltak
tiltak <- tribble(
  ~navn, ~delmal, ~form, ~ansvar, ~med, ~omtale,
{data}
)
```

```{{r}}
#| label: tbl-tiltak
#| tbl-cap: "Akademikernes tiltak i 2089"
tiltak |>
  select(Tiltak = navn, Delmål = delmal, Form = form, Ansvar = ansvar, Med = med) |>
  kable()
```

## Omtale av tiltakene

```{{r}}
#| results: asis
for (i in seq_len(nrow(tiltak))) {{
  cat("### ", tiltak$navn[i], "\\n\\n", tiltak$omtale[i], "\\n\\n", sep = "")
}}
```

## Planlagt for 2090

Mentorordning for nyutdannede tannleger er klar og starter i februar 2090. Den kommer med i rapporten for neste år.

<!-- Kontakt: eirik.bakken@samfunnsokonomene.no -->
"""


def build(out) -> list[dict]:
    (out / FILENAME).write_bytes(source().encode("utf-8"))
    return [row(FILENAME, MEMBER, n, seed, dm, ty, a, m, t) for n, dm, _f, a, m, t, seed, ty in ROWS]


def tribble_lines(path) -> tuple[list[str], list[str]]:
    """The live and the commented-out first lines of the tribble's rows."""
    src = path.read_text(encoding="utf-8")
    body = src.split("tiltak <- tribble(\n", 1)[1].split("\n)\n", 1)[0].split("\n")[1:]
    live = [ln for ln in body if ln.startswith('  "')]
    dead = [ln for ln in body if ln.startswith('  # "') and '", "' in ln]
    return live, dead


def text(path) -> str:
    return path.read_text(encoding="utf-8")
