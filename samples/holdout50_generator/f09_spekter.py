"""09 – Spekter: fixed-width text printout from a case system (Windows-1252, CRLF, form feeds)."""
from __future__ import annotations

import textwrap
from pathlib import Path

from .common import R

FILE = "Spekter_tiltaksliste_2070.txt"
MEMBER = "Spekter"
HOW = "Plain text, Windows-1252, CRLF line ends, form feed between pages (written as text)"
SHAPE = ("Line-printer style report: columns separated only by spaces, cell text wrapped onto "
         "continuation lines inside its own column, header and underline repeated after a form feed, "
         "STATUS column where 'Avsl. 2069' and 'Plan 2071' rows are not this year's; totals line")

ROWS = [
    R("Spekters deltakelse i SRY", "M02", "1.4", "Råd/utvalg/nettverk", "Spekter, arbeidsgiverpolitikk",
      "", "Spekter har fast plass i rådet og har fulgt opp tilbudsstrukturen for helsefagene.",
      art="Råd", lnr="001"),
    R("Spekter i RSA (Råd for samarbeid med arbeidslivet)", "M05", "1.4", "Råd/utvalg/nettverk",
      "Spekter", "", "Spekter representerer arbeidsgiverne i helseforetakene i rådet ved OsloMet.",
      art="Råd", lnr="002"),
    R("Realkompetansevurdering i spesialsykepleie - felles modell", "J04", "2.5", "Prosjekt",
      "Spekter helse", "NSF/Unio, helseforetakene",
      "Felles modell for dokumentasjon og vurdering av realkompetanse i intensiv- og operasjonssykepleie.",
      art="Prosjekt", lnr="003"),
    R("Kompetanseløft for ledere i helseforetak", "U20", "2.4", "Kurs/utdanning", "Spekter",
      "Handelshøyskolen BI, helseforetakene",
      "Videreutdanning i ledelse (30 studiepoeng) for 120 mellomledere.", art="Utdanning", lnr="004"),
    R("Analyse av kompetansebehov i spesialisthelsetjenesten", "U21", "2.2", "FoU", "Spekter", "Fafo",
      "Rapport om bemanning og kompetansebehov fram mot 2080.", art="Analyse", lnr="005"),
]

EXTRA = [
    ("006", "Lærlingkampanje helsefag", "2.3", "Kampanje", "Spekter", "", "Avsl. 2069",
     "Kampanjen ble avsluttet i 2069."),
    ("007", "Digitaliseringskurs for tillitsvalgte", "2.1", "Kurs", "Spekter", "Akademikerne",
     "Plan 2071", "Planlagt oppstart høsten 2071."),
]

COLS = [("LNR", 3), ("TILTAK", 26), ("DM", 4), ("ART", 9), ("ANSVAR", 20), ("SAMARBEID", 18),
        ("STATUS", 10), ("BESKRIVELSE", 32)]


def _record(vals):
    wrapped = [textwrap.wrap(v, w, break_long_words=False) or [""] for v, (_, w) in zip(vals, COLS)]
    n = max(len(w) for w in wrapped)
    out = []
    for i in range(n):
        out.append("  ".join((w[i] if i < len(w) else "").ljust(cw) for w, (_, cw) in zip(wrapped, COLS)).rstrip())
    return out


def _header(page, npages):
    width = sum(w for _, w in COLS) + 2 * (len(COLS) - 1)
    top = "SPEKTER" + " " * 20 + "RAPPORT: TILTAK KOMPETANSEPOLITISK RÅD 2070"
    top = top.ljust(width - 12) + f"Side {page} av {npages}"
    return [top, "Utskrift: 30.01.2071 14:05    Bruker: SPK\\MHE    Rapport: SAK-R117", "=" * width,
            "  ".join(h.ljust(w) for h, w in COLS).rstrip(),
            "  ".join("-" * w for _, w in COLS)]


def build(out: Path) -> Path:
    recs = [(r.x("lnr"), r.tiltak, r.delmal, r.x("art"), r.ansvarlig, r.samarbeidspartnere, "Pågår",
             r.beskrivelse) for r in ROWS] + EXTRA
    pages = [recs[:4], recs[4:]]
    lines: list[str] = []
    for i, pg in enumerate(pages, 1):
        if i > 1:
            lines.append("\f")
        lines += _header(i, len(pages))
        for rec in pg:
            lines += _record(list(rec))
            lines.append("")
    lines += ["-" * 40, f"Antall linjer: {len(recs)}   herav status Pågår: {len(ROWS)}",
              "*** SLUTT PÅ RAPPORT ***", ""]
    text = "\r\n".join(lines).replace("\r\n\f\r\n", "\r\n\f")
    path = out / FILE
    path.write_bytes(text.encode("cp1252"))
    return path
