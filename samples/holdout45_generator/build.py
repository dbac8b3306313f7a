"""Write all files of round 44 into the output folder, plus truth.csv and README.md."""
import csv
import io
import os
from collections import OrderedDict

from . import writers_docx as wd
from . import writers_misc as wm
from . import writers_odf as wo
from . import writers_pdf as wp
from .data import COUNCILS, FILES, JOINT, NEAR_MISSES, TRAPS, YEAR, ROUND

WRITERS = {
    1: wp.write_regjeringen, 2: wd.write_lo, 3: wm.write_nho, 4: wd.write_ks, 5: wo.write_vofo,
    6: wp.write_uhr, 7: wm.write_fagskoleradet, 8: wd.write_vestland, 9: wo.write_viken,
    10: wp.write_nordland_scan, 11: wd.write_troms_finnmark, 12: wo.write_rogaland, 13: wp.write_more,
    14: wd.write_akademikerne, 15: wd.write_sametinget, 16: wp.write_referat, 17: wd.write_pressemelding,
}

HEADER = ["source_file", "member", "tiltak", "seed_row", "delmal", "type", "ansvarlig", "samarbeidspartnere",
          "beskrivelse"]


def truth_rows():
    out = []
    for fd in FILES:
        for r in fd["rows"]:
            out.append([fd["fname"], fd["member"], r["tiltak"], r["id"], r["dm"], r["type"], r["ansv"],
                        r["partners"], r["desc"]])
    return out


def write_truth(outdir):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(HEADER)
    w.writerows(truth_rows())
    with open(os.path.join(outdir, "truth.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def readme():
    rows = truth_rows()
    n = len(rows)
    by = {k: sum(1 for r in rows if r[3].startswith(k)) for k in "MJU"}
    distinct = len({r[3] for r in rows})
    L = [f"# Held-out round {ROUND} — reporting year {YEAR} (samples/holdout45)", "",
         "Held-out test data for the tiltak extractor. It was written **from the secretariat brief only** "
         "(delmål list, the six types, member names, shared councils); no program code, parser, test or earlier "
         "sample data was read. Shapes, wordings and organisations' phrasing were chosen freely for this round.", "",
         "## Regenerate and verify", "",
         "```", "python -m samples.holdout45_generator samples/holdout45",
         "python -m samples.holdout45_generator.verify samples/holdout45", "```", "",
         "Generation is deterministic: reportlab runs in invariant mode, zip containers (DOCX/XLSX/ODT/ODS) get "
         "fixed timestamps and core dates, LibreOffice-exported PDFs get their dates, /ID and uuids overwritten "
         "(same length), and the scan uses a seeded noise generator. `verify` reads every file back "
         "(pdftotext, DOCX/ODF XML, openpyxl, `soffice --convert-to txt` for RTF, `tesseract -l nor` for the scan) "
         "and checks that every word of each truth row's tiltak/ansvarlig/samarbeidspartnere/beskrivelse occurs "
         "in its file (fuzzy for the scan), and that ids, members, types and delmål are consistent.", "",
         "## Files", "",
         "| # | file | member | format / how made | shape | truth rows |",
         "|---|------|--------|-------------------|-------|-----------:|"]
    for fd in FILES:
        shape = fd["shape"].replace("|", "\\|")
        L.append(f"| {fd['no']:02d} | `{fd['fname']}` | {fd['member'] or '— (not a member report)'} | {fd['fmt']} | "
                 f"{shape} | {len(fd['rows'])} |")
    L += ["", "## Counts", "",
          f"- Truth rows: **{n}** in {sum(1 for f in FILES if f['rows'])} member reports "
          f"(+ {sum(1 for f in FILES if not f['rows'])} non-member documents without rows)",
          f"- By seed kind: M (shared council seats) = {by['M']}, J (joint measures) = {by['J']}, "
          f"U (unique, incl. traps and near misses) = {by['U']}",
          f"- Distinct measures (distinct seed_row ids): {distinct}", "",
          "## Multi-member measures", "",
          "Shared councils (same M id for every member that reports a seat):", ""]
    groups = OrderedDict()
    for r in rows:
        groups.setdefault(r[3], []).append(r)
    for sid, (short, full, dm) in COUNCILS.items():
        ws = groups.get(sid, [])
        L.append(f"- **{sid} {full}** (delmål {dm}): " + "; ".join(f"{r[1]} «{r[2]}»" for r in ws))
    L += ["", "Joint programmes / projects / events (same J id, each member's own wording):", ""]
    for sid, name in JOINT.items():
        ws = groups.get(sid, [])
        L.append(f"- **{sid} {name}** (delmål {ws[0][4]}, {ws[0][5]}): " + "; ".join(f"{r[1]} «{r[2]}»" for r in ws))
    L += ["", "## Traps (measures ABOUT a council, not a seat in it — own U ids)", ""]
    L += [f"- {k}: {v}" for k, v in TRAPS.items()]
    L += ["", "## Near misses (look like a joint measure but are separate — own U ids)", ""]
    L += [f"- {k}: {v}" for k, v in NEAR_MISSES.items()]
    L += ["", "## Notes and decisions", "",
          "- Only measures carried out in reporting year 2065 are truth rows. In "
          "`Troms_og_Finnmark_fk_tiltak_2065.docx` the sections «Tiltak fra 2064 som er avsluttet» and "
          "«Planlagt for 2066» are **not** 2065 measures and have no truth rows. The same goes for the closing "
          "«Vidare arbeid: I 2066 planlegg vi …» paragraph in the Vestland letter and LO's answer to Spørsmål 6.",
          "- Regjeringen's rows with status «Gul» or «Rød» (delayed) were still carried out in 2065 and are truth rows; "
          "the colour word and the short delay comment in the Status cell are not part of `beskrivelse`.",
          "- Administrative entries in the Møre og Romsdal årshjul (reporting deadline, county council meeting, "
          "budget work, evaluation of the calendar itself; marked «–» in the delmål column) are not measures.",
          "- Page headers/footers (Regjeringen, Møre og Romsdal), the status legend (Regjeringen), the footnotes "
          "(UHR), the key-figures table (Rogaland 4.4) and the delmål code-list sheet «Delmål» (Viken) are not measures.",
          "- Rogaland's section numbers 4.1–4.4 are chapter numbers in the county's annual report, not delmål codes; "
          "the delmål of each Rogaland measure is only paraphrased in words.",
          "- Sametinget gives no type; the type in truth is the one the secretariat would assign. Where members use "
          "their own type words (NHO «Utvalg», «Rådsarbeid», «Kampanje»; KS «Seminar», «Digitalt verktøy»; UHR "
          "«Veileder», «Kartlegging»; Vestland «tilskotsordning»; Viken «Utvikling», «Opplæring»; Troms og Finnmark "
          "«Strategi», «Forum»; VOFO «undersøkelse», «kampanje»; Akademikerne «Høringsinnspill») truth maps them to one "
          "of the six types.",
          "- Council rows: `tiltak` is the council's name as that member words it (e.g. «KBU», «Samarbeidsrådet for "
          "yrkesopplæring», «Nasjonalt forum for karriererettleiing», «Rådet for samarbeid med arbeidslivet ved UiS», "
          "«UHR-Helse og velferd»). Every seat in any UHR fagstrategisk enhet is M04; every institution's RSA seat is M03.",
          "- Regjeringen (owner of KBU) reports KBU itself; it is given the same M01 id as the members' seats.",
          "- `ansvarlig`, `samarbeidspartnere` and `beskrivelse` are copied as written in the file and left empty "
          "when the file does not state them. In prose shapes (LO, Fagskolerådet, Rogaland) `beskrivelse` is the "
          "describing sentence(s) only, without the lead sentence that names the measure or the delmål sentence.",
          "- NHO writes delmål with a decimal comma («2,4») and Viken as «DM2.4»; truth always uses «2.4».",
          "- The Nordland file is an image-only scan (no text layer); expect OCR noise.",
          "- Non-member documents: `Referat_KPR_moete_november_2065.pdf` (council minutes) and "
          "`Pressemelding_HK-dir_fagbrev_paa_jobb_2065.docx` (HK-dir press release) have no truth rows.",
          ""]
    return "\n".join(L)


def main(outdir):
    os.makedirs(outdir, exist_ok=True)
    for fd in FILES:
        WRITERS[fd["no"]](fd, os.path.join(outdir, fd["fname"]))
        print("wrote", fd["fname"])
    write_truth(outdir)
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme())
    print("wrote truth.csv and README.md:", len(truth_rows()), "rows")
