"""Generator for held-out round 45 (reporting year 2066) -> samples/holdout46.

Written from the briefing only. Run:  python -m samples.holdout46_generator samples/holdout46
"""
from __future__ import annotations

import csv
import io
import os
from collections import defaultdict, OrderedDict

from . import (f01_regjeringen, f02_lo, f03_nho, f04_unio, f05_ks, f06_ys, f07_virke, f08_vofo,
               f09_uhr, f10_fagskoleradet, f11_sametinget, f12_agder, f13_innlandet,
               f14_vestfold_telemark, f15_vestland, n16_program, n17_stilling)
from .common import FileResult

BUILDERS = [f01_regjeringen, f02_lo, f03_nho, f04_unio, f05_ks, f06_ys, f07_virke, f08_vofo,
            f09_uhr, f10_fagskoleradet, f11_sametinget, f12_agder, f13_innlandet,
            f14_vestfold_telemark, f15_vestland, n16_program, n17_stilling]

HEADER = ["source_file", "member", "tiltak", "seed_row", "delmal", "type", "ansvarlig",
          "samarbeidspartnere", "beskrivelse"]

COUNCIL_NAMES = OrderedDict([
    ("M01", "Kompetansebehovsutvalget (KBU)"),
    ("M02", "Samarbeidsrådet for yrkesopplæring (SRY)"),
    ("M03", "Råd for samarbeid med arbeidslivet (RSA)"),
    ("M04", "UHRs fagstrategiske enheter (UHR-FSE)"),
    ("M05", "Nasjonalt fagskoleråd"),
    ("M06", "Nasjonalt forum for karriereveiledning"),
])

JOINT_NAMES = OrderedDict([
    ("J01", "Kompetansepluss arbeid koblet med fagopplæring (forsøk)"),
    ("J02", "Bransjeprogrammet for varehandel"),
    ("J03", "Nasjonal karriereveilederkonferanse 2066 (Kristiansand)"),
    ("J04", "DigiKomm – digital kompetanse for kommuneansatte"),
    ("J05", "Lærelivsundersøkelsen 2066"),
    ("J06", "Kompetansekartet – modell for dokumentasjon av kompetanse fra arbeidslivet"),
    ("J07", "Yrkes-NM 2066 i Skien"),
    ("J08", "Norsk i arbeid (treparts pilot)"),
    ("J09", "Frivillighetens læringsuke 2066"),
])

TRAPS = OrderedDict([
    ("U0101", "Regjeringen: «Evaluering av Nasjonalt fagskoleråd» — an evaluation OF the council "
              "(FoU), not a seat in it; Regjeringen reports no FSR seat. Not M05."),
    ("U0201", "LO: «Skolering av LOs medlemmer i SRY og de faglige rådene» — training LO's own "
              "representatives (Kurs/utdanning); LO's actual SRY seat is a separate M02 row in the same file."),
    ("U0401", "Unio: «Frokostseminar om KBU-rapporten» — a seminar about the KBU report "
              "(Arrangement); Unio's KBU seat is a separate M01 row in the same file."),
    ("U0901", "UHR: «Innspill til KBUs temarapport om høyere utdanning» — input to a council's "
              "report (Informasjon), UHR has no KBU seat. Not M01."),
    ("U1501", "Vestland: «Kompetanserådet i Vestland» — a regional council explicitly modelled on "
              "SRY ('bygd opp etter mønster av Samarbeidsrådet for yrkesopplæring'). Not M02."),
])

NEAR_MISSES = OrderedDict([
    ("U0202", "LO: «Bransjeprogrammet for renhold» — the bransjeprogram model extended to another "
              "sector (renhold), 'etter modell av bransjeprogrammet for varehandel'. Not J02."),
    ("U1201", "Agder: «Regional karrieresamling for rådgivere» — a regional gathering in Agder, "
              "listed in the same sheet as the national Karriereveilederkonferansen 2066 (J03). Not J03."),
    ("U1301", "Innlandet: «Regionalt uttak til Yrkes-NM» — the regional qualifying competition on "
              "Gjøvik, not the national Yrkes-NM in Skien. Not J07."),
    ("U1401", "Vestfold og Telemark: «DigiKomm II» — a second phase run by the county for its "
              "municipalities, 'med utgangspunkt i erfaringene fra DigiKomm'. Not J04."),
])

MENTIONS = [
    ("07_Virke_kompetanserapport_2066.docx", "Kompetansekartet",
     "Virke says it follows the project but does not take part in 2066 — no Virke row (J06 is "
     "reported by Regjeringen, NHO, YS)."),
    ("10_Fagskoleradet_rapport_2066.pdf", "Evaluering av Nasjonalt fagskoleråd",
     "Fagskolerådet notes it is the ministry's measure — no Fagskolerådet row (it is U0101 for "
     "Regjeringen)."),
    ("13_Innlandet_fk_statusbrev_2066.pdf", "DigiKomm",
     "Innlandet's 2.1 row only refers to KS' programme — no Innlandet row."),
    ("15_Vestland_fk_moteprotokoll_sak_4_67.pdf", "Samarbeidsrådet for yrkesopplæring",
     "Named only as the model for Kompetanserådet i Vestland — no Vestland M02 row."),
    ("16_HKdir_Kompetansedagene_2066_program.pdf", "(whole file)",
     "Conference programme by a non-member; session titles name KBU, DigiKomm, Kompetansekartet, "
     "Yrkes-NM and members as speakers — no rows."),
    ("17_Trondelag_fk_stillingsannonse_radgiver_kompetanse.docx", "(whole file)",
     "Job advert by a member organisation, not a report; mentions Nasjonalt forum for "
     "karriereveiledning, KBU, Yrkes-NM 2068 — no rows."),
]


def build_all(out_dir: str) -> list[FileResult]:
    os.makedirs(out_dir, exist_ok=True)
    results = [b.build(out_dir) for b in BUILDERS]
    write_truth(out_dir, results)
    write_readme(out_dir, results)
    return results


def truth_rows(results):
    for r in results:
        for t in r.rows:
            yield [r.filename, r.member, t.tiltak, t.seed, t.delmal, t.type, t.ansvarlig, t.partnere,
                   t.beskrivelse]


def write_truth(out_dir: str, results) -> None:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(HEADER)
    for row in truth_rows(results):
        w.writerow(row)
    with open(os.path.join(out_dir, "truth.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())


def _md(s: str) -> str:
    return s.replace("|", "\\|")


def write_readme(out_dir: str, results) -> None:
    rows = list(truth_rows(results))
    by_kind = defaultdict(int)
    for r in rows:
        by_kind[r[3][0]] += 1
    seeds = {r[3] for r in rows}
    by_seed = defaultdict(list)
    for r in rows:
        by_seed[r[3]].append(r)
    L = []
    a = L.append
    a("# Held-out round 45 — reporting year 2066 (samples/holdout46)")
    a("")
    a("Held-out test data for the tiltak extractor: yearly reports that members of "
      "Kompetansepolitisk råd send to the secretariat, for **reporting year 2066**. "
      "The data was written from the briefing only (delmål list, the six types, member names and "
      "the shared councils); no program code, parser, test, benchmark or earlier sample was read. "
      "Shapes, wordings, organisations' internal units and all measures are invented.")
    a("")
    a("## Regenerate and verify")
    a("")
    a("```sh")
    a(".venv/bin/python -m samples.holdout46_generator samples/holdout46")
    a(".venv/bin/python -m samples.holdout46_generator.verify samples/holdout46")
    a("```")
    a("")
    a("The generator is deterministic: reportlab runs in invariant mode, DOCX/XLSX/ODF containers "
      "get fixed timestamps and metadata (2067-01-15), and the PDFs exported by LibreOffice "
      "(`soffice --headless --convert-to pdf`) have their CreationDate/ModDate and /ID patched to "
      "fixed same-length values. The scan is rendered with Pillow from a seeded RNG. "
      "`verify.py` reads every file back (pdftotext, the XML inside DOCX/XLSX/ODT/ODS, "
      "`soffice --convert-to txt` for the RTF, `pdftoppm` + `tesseract -l nor` for the scan) and "
      "checks that every word of each truth row's tiltak, ansvarlig, samarbeidspartnere and "
      "beskrivelse occurs in its file (fuzzy for the scan), and that ids, members, types and "
      "delmål are consistent.")
    a("")
    a("## Files")
    a("")
    a("| # | file | member | format / how made | shape | truth rows |")
    a("|---|---|---|---|---|---|")
    for i, r in enumerate(results, start=1):
        a(f"| {i} | `{r.filename}` | {r.member or '— (not a member report)'} | {_md(r.fmt)} | "
          f"{_md(r.shape)} | {len(r.rows)} |")
    a("")
    a("## Counts")
    a("")
    a(f"- Files: {len(results)} ({sum(1 for r in results if r.member)} member reports, "
      f"{sum(1 for r in results if not r.member)} non-member documents)")
    a(f"- Truth rows: {len(rows)} — M (shared council seats): {by_kind['M']}, "
      f"J (joint measures): {by_kind['J']}, U (unique, incl. traps and near misses): {by_kind['U']}")
    a(f"- Distinct measures (distinct seed_row): {len(seeds)} — "
      f"{len([s for s in seeds if s[0] == 'M'])} councils, {len([s for s in seeds if s[0] == 'J'])} joint, "
      f"{len([s for s in seeds if s[0] == 'U'])} unique")
    a("- Types in truth: " + ", ".join(
        f"{t} {sum(1 for r in rows if r[5] == t)}" for t in
        ("FoU", "Kurs/utdanning", "Råd/utvalg/nettverk", "Prosjekt", "Informasjon", "Arrangement")))
    a("")
    a("## Multi-member measures and each member's wording")
    a("")
    a("Shared councils (one id per council; delmål fixed per council: KBU 1.1, SRY/RSA/UHR-FSE/FSR "
      "1.4, forum for karriereveiledning 1.3; type always Råd/utvalg/nettverk):")
    a("")
    a("| id | council | member → tiltak as written |")
    a("|---|---|---|")
    for sid, name in COUNCIL_NAMES.items():
        words = "; ".join(f"{r[1]}: «{_md(r[2])}»" for r in by_seed[sid])
        a(f"| {sid} | {name} | {words} |")
    a("")
    a("Joint measures:")
    a("")
    a("| id | measure | delmål / type | member → tiltak as written |")
    a("|---|---|---|---|")
    for sid, name in JOINT_NAMES.items():
        rs = by_seed[sid]
        words = "; ".join(f"{r[1]}: «{_md(r[2])}»" for r in rs)
        a(f"| {sid} | {name} | {rs[0][4]} / {rs[0][5]} | {words} |")
    a("")
    a("## Traps (measures ABOUT a council, own U id)")
    a("")
    for sid, text in TRAPS.items():
        a(f"- **{sid}** — {text}")
    a("")
    a("## Near misses (similar to a joint measure, but a different measure, own U id)")
    a("")
    for sid, text in NEAR_MISSES.items():
        a(f"- **{sid}** — {text}")
    a("")
    a("## Mentions that are deliberately NOT rows")
    a("")
    for fn, what, why in MENTIONS:
        a(f"- `{fn}` — {what}: {why}")
    a("")
    a("## Notes and decisions")
    a("")
    a("- `member` uses the briefing's exact names; county councils use their current names "
      "(Agder, Innlandet, Vestfold og Telemark, Vestland fylkeskommune).")
    a("- `tiltak` is the name as the member words it in the file. For council seats it is the "
      "council's name as written (e.g. «Kompetansebehovsutvalget» when the cell reads «LOs representant "
      "i Kompetansebehovsutvalget», «UHR-Helse og sosial» when Unio writes «Deltakelse i UHR-Helse og "
      "sosial», «SRY» for Virke's «SRY – Virkes plass»). For measures told inside a sentence "
      "(Vestland's minutes) it is the name as said there.")
    a("- A measure mentioned by a member that it does not itself run or take part in is not counted "
      "for that member (see the list above).")
    a("- `delmal`: the code as given (normalised from «DM1.3», «delmål 2.1», «2,4», checkbox ☒, "
      "symbol legend ▲●■◆★, WBS prefix «1.4.2»), or, where only paraphrased (Sametinget, Vestfold og "
      "Telemark headings, VOFO item 3, NHO's council table), the code the secretariat would assign.")
    a("- `type`: one of the six; where the file uses own words («Forsøk», «Pilot», «Nettverk», "
      "«Seminar», «Undersøkelse», «Kortkurs», «Rådsarbeid», «Innspill», «Utviklingsprosjekt», numeric "
      "codes on Agder's «Koder» sheet) or nothing, it is the type the secretariat would assign. "
      "Input to a council's report (U0901) is filed as Informasjon.")
    a("- `ansvarlig` and `samarbeidspartnere` are as written in the file (units inside the member "
      "organisation where given); empty when the file does not state them. Partners are "
      "comma-separated.")
    a("- `beskrivelse` is the description as written (the text after the name for bold-lead "
      "paragraphs; for LO the «Resultat 2066» sub-row, not «Plan 2067»; for Unio the numbered note; "
      "for NHO's council table the «Kommentar» cell; for Vestland the sentence(s) after the one "
      "carrying the name).")
    a("- The scan (`08_VOFO_…_skannet.pdf`) has no text layer; verify uses tesseract with a fuzzy "
      "word match.")
    a("")
    with open(os.path.join(out_dir, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(L))
