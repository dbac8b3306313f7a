"""README.md for held-out round 52."""
from __future__ import annotations

from collections import Counter

from .common import TYPES


def _cell(s: str) -> str:
    return s.replace("|", "\\|").replace("\n", " ")


TRAPS = [
    ("Regjeringen", "Evaluering av Kompetansebehovsutvalget (an evaluation of KBU, FoU)"),
    ("LO", "Rådsskolen (training LO's own representatives in the faglige råd)"),
    ("NHO", "Frokostseminar: Hva sier KBU om behovet for fagarbeidere? (a seminar on the KBU report)"),
    ("KS", "KS' innspill til Kompetansebehovsutvalget (an analysis delivered to KBU; KS reports no seat in KBU)"),
    ("Spekter", "NRHS-anbefalingene i praksis (webinars about the recommendations of a UHR unit in which Spekter "
                "also has the seat it reports)"),
    ("UHR", "Kartlegging av RSA-arbeidet (a survey of the RSA councils; a reply thread discusses it)"),
    ("Innlandet fylkeskommune", "Seminar for styret i Fagskolen Innlandet om anbefalingene fra Nasjonalt "
                                "fagskoleråd"),
    ("Agder fylkeskommune", "Dialogmøte om KBU-rapporten 2072 for regionale kompetanseaktører"),
]


def write_readme(out, per_file, all_rows):
    lines = []
    a = lines.append
    a("# Held-out round 52 – reporting year 2072")
    a("")
    a("Regenerate with `python -m samples.holdout52_generator` (writes `samples/holdout52`); "
      "check with `python -m samples.holdout52_generator.verify`. The build is deterministic "
      "(fixed dates, metadata, seeds, keys and zip timestamps), so a rebuild gives byte-identical files.")
    a("")
    a("Every report covers the measures of 2072. Items that a file marks as finished in 2071 or "
      "planned for 2073 are not truth rows (see Notes for each file).")
    a("")
    a("| # | File | Member | Format / how made | Shape | Truth rows |")
    a("|---|------|--------|-------------------|-------|-----------:|")
    for i, (mod, rows) in enumerate(per_file, 1):
        member = mod.MEMBER or "— (not a member report)"
        a(f"| {i} | `{_cell(mod.FILENAME)}` | {_cell(member)} | {_cell(mod.FORMAT)} | "
          f"{_cell(mod.SHAPE)} | {len(rows)} |")
    a("")
    a("## Counts")
    a("")
    seeds = [r["seed_row"] for r in all_rows]
    m = [s for s in seeds if s.startswith("M")]
    j = [s for s in seeds if s.startswith("J")]
    u = [s for s in seeds if s.startswith("U")]
    members = {r["member"] for r in all_rows}
    a(f"- Files: {len(per_file)} ({len(members)} member reports from {len(members)} different "
      f"members, {sum(1 for mod, _ in per_file if mod.MEMBER is None)} document that is not a "
      "member report)")
    a(f"- Truth rows: {len(all_rows)}")
    a(f"- Shared-council seats (M): {len(m)} rows in {len(set(m))} measures "
      f"({', '.join(f'{k}×{v}' for k, v in sorted(Counter(m).items()))})")
    a(f"- Joint measures (J): {len(j)} rows in {len(set(j))} measures "
      f"({', '.join(f'{k}×{v}' for k, v in sorted(Counter(j).items()))})")
    a(f"- Single-member measures (U): {len(u)} rows, of them {len(TRAPS)} traps (see Notes)")
    tc = Counter(r["type"] for r in all_rows)
    a("- Types: " + ", ".join(f"{t} {tc.get(t, 0)}" for t in TYPES))
    dc = Counter(r["delmal"] for r in all_rows)
    a("- Delmål: " + ", ".join(f"{k} {v}" for k, v in sorted(dc.items())))
    a("")
    a("Council ids: M01 = KBU, M02 = SRY, M03 = RSA, M04 = NFK, M05 = FSR (Nasjonalt fagskoleråd), "
      "M06 = UHR-FSE (UHR's fagstrategiske enheter, e.g. NRHS, UHR-Lærerutdanning).")
    a("")
    jnames = {}
    for r in all_rows:
        if r["seed_row"].startswith("J"):
            jnames.setdefault(r["seed_row"], []).append(f"{r['member']}: «{r['tiltak']}»")
    a("Joint measures as each member names them:")
    a("")
    for k in sorted(jnames):
        a(f"- {k} – " + "; ".join(jnames[k]))
    a("")
    a("## Notes")
    a("")
    a("- `truth.csv` columns: source_file, member, tiltak, seed_row, delmal, type, ansvarlig, "
      "samarbeidspartnere, beskrivelse. `tiltak`, `ansvarlig`, `samarbeidspartnere` and "
      "`beskrivelse` are written as the file states them (line breaks inside a cell joined with "
      "a space); they are empty where the file gives none ('Med: –' counts as none).")
    a("- `type` is the secretariat's reading of the member's own word (Rådsarbeid, Opplæring, Kampanje, "
      "Podkast, Partnerskap, 'et kurstilbud' …). Delmål given only as words, by a comment's anchor "
      "(UHR), by the band a text box sits in (Innlandet) or said aloud (Spekter) are resolved to their code.")
    a("- Image-only reports: the Sametinget JPEG (pixels stored sideways, EXIF Orientation 6) and the KS "
      "table pasted as a picture have no text for the measures; the Vestland scan has an OCR text layer "
      "with misreadings (e.g. '·' and '–' read as ':' or '-'); its truth follows the page image.")
    a("- The VOFO zip's entry names are in code page 850 without the UTF-8 flag ('Følgebrev' shows as "
      "'F¢lgebrev' in a cp437 reader); all its rows belong to the .zip. The LO .msg carries most measures in "
      "the quoted replies; all its rows belong to the .msg. The Agder .asice holds a PDF; its rows belong to "
      "the .asice.")
    a("- Traps (U rows about a council that are not a seat in it):")
    for mem, t in TRAPS:
        a(f"  - {mem}: {t}")
    a("- Møre og Romsdal's own 'Yrkesopplæringsnemnda i Møre og Romsdal' is the county's own body (a U row), "
      "not a seat in SRY.")
    a("- Not truth rows, per file:")
    for mod, _rows in per_file:
        a(f"  - `{_cell(mod.FILENAME)}`: {_cell(mod.NOT_TRUTH)}")
    a("- The KBU slides (.ppt) name councils and members' measures as examples but report nothing; "
      "they have no rows.")
    a("- `.tiltakignore` keeps `truth.csv` and this README out of a run.")
    a("")
    (out / "README.md").write_bytes("\n".join(lines).encode("utf-8"))
