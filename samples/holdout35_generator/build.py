"""Build every file of round 34, then truth.csv and README.md."""
import csv
import os
import shutil
from collections import OrderedDict

from . import writers_docx as wd
from . import writers_other as wo
from . import writers_pdf as wp
from .content import FILES, SEEDS
from .pinning import normalise_zip, patch_pdf_dates, rmtree, soffice_convert, tempdir

# writer name -> (function, intermediate extension or None, soffice target or None)
WRITERS = {
    "lo": (wd.write_lo, None, None),
    "nho": (wp.write_nho, None, None),
    "unio": (wo.write_unio, None, None),
    "ks": (wd.write_ks, None, None),
    "ys": (wo.write_ys, None, None),
    "virke": (wp.write_virke, None, None),
    "akad": (wp.write_akad, None, None),
    "spekter": (wd.write_spekter, ".docx", "doc:MS Word 97"),
    "vofo": (wd.write_vofo, ".docx", "odt:writer8"),
    "uhr": (wp.write_uhr, None, None),
    "fsr": (wd.write_fsr, ".docx", "rtf:Rich Text Format"),
    "vestland_draft": (wd.write_vestland_draft, None, None),
    "vestland_final": (wp.write_vestland_final, None, None),
    "regjeringen": (wd.write_regjeringen, None, None),
    "sametinget": (wd.write_sametinget, ".docx", "pdf:writer_pdf_Export"),
    "innkalling": (wp.write_innkalling, None, None),
}

TRUTH_HEAD = ["source_file", "member", "tiltak", "seed_row", "delmal", "type", "ansvarlig",
              "samarbeidspartnere", "beskrivelse"]


def _finish(path):
    ext = os.path.splitext(path)[1].lower()
    if ext in (".docx", ".xlsx", ".odt"):
        normalise_zip(path)


def build_file(spec, out):
    fn, inter, target = WRITERS[spec["writer"]]
    final = os.path.join(out, spec["file"])
    if inter is None:
        fn(spec, final)
        _finish(final)
        return final
    tmp = tempdir()
    try:
        src = os.path.join(tmp, os.path.splitext(spec["file"])[0] + inter)
        fn(spec, src)
        normalise_zip(src)
        produced = soffice_convert(src, target, os.path.join(tmp, "out"))
        shutil.copyfile(produced, final)
    finally:
        rmtree(tmp)
    ext = os.path.splitext(final)[1].lower()
    if ext == ".odt":
        normalise_zip(final)
    elif ext == ".pdf":
        patch_pdf_dates(final)
    elif ext == ".rtf":
        _pin_rtf(final)
    elif ext == ".doc":
        _pin_doc(final)
    return final


def _pin_rtf(path):
    import re
    with open(path, "rb") as f:
        data = f.read()
    fixed = b"\\yr2056\\mo1\\dy20\\hr9\\min30"
    data = re.sub(rb"(\{\\(?:creatim|revtim|printim))((?:\\(?:yr|mo|dy|hr|min|sec)\d+)+)",
                  lambda m: m.group(1) + fixed, data)
    with open(path, "wb") as f:
        f.write(data)


def _pin_doc(path):
    """Nothing to patch: the .doc property-set FILETIMEs and DOP dates are taken from the pinned
    docx core properties (checked: all equal 2056-01-20 09:30)."""
    return path


def truth_rows():
    out = []
    for spec in FILES:
        if not spec["truth"]:
            continue
        for row in spec["rows"]:
            out.append(OrderedDict([
                ("source_file", spec["file"]), ("member", spec["member"]), ("tiltak", row["tiltak"]),
                ("seed_row", row["seed"]), ("delmal", row["delmal"]), ("type", row["type"]),
                ("ansvarlig", row["ans"]), ("samarbeidspartnere", row["sam"]),
                ("beskrivelse", row["desc"])]))
    return out


def write_truth(out):
    rows = truth_rows()
    with open(os.path.join(out, "truth.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=TRUTH_HEAD, lineterminator="\n")
        w.writeheader()
        for r in rows:
            w.writerow(r)
    return rows


def write_readme(out, rows):
    seeds = OrderedDict()
    for r in rows:
        seeds.setdefault(r["seed_row"], []).append(r["member"])
    shared = sorted([(s, m) for s, m in seeds.items() if len(set(m)) >= 2])
    per_file = OrderedDict((spec["file"], 0) for spec in FILES)
    for r in rows:
        per_file[r["source_file"]] += 1
    L = []
    L.append("# Held-out round 34 (reporting year 2055)")
    L.append("")
    L.append("The documents in this folder were written for reporting year 2055 by a writer who did "
             "not read the extraction program, its parsers, tests, benchmarks or earlier sample "
             "folders. Shapes, wordings, member synonyms for the types and council phrasings were "
             "chosen independently, so the round tests the program on \"other hands\".")
    L.append("")
    L.append("Rebuild (from the repository root):")
    L.append("")
    L.append("    python -m samples.holdout35_generator --out samples/holdout35")
    L.append("")
    L.append("Pinning: docx/xlsx/odt core properties and every zip entry timestamp are fixed to "
             "2056-01-20 09:30, reportlab PDFs are written with `invariant=1`, the LibreOffice-exported "
             "PDF has its dates and /ID patched to fixed values of the same length, RTF time stamps are "
             "pinned, and the scan noise uses a fixed random seed (3455). The .doc, .odt, .rtf and "
             "Sametinget PDF are produced by `soffice --headless --convert-to` from generated Word files "
             "(LibreOffice rsids and the PDF checksum are pinned too; byte-identical output assumes the "
             "same LibreOffice and font versions).")
    L.append("")
    L.append("## Counts")
    L.append("")
    L.append("- files: %d (of which 2 have zero truth rows: the superseded Vestland draft and the "
             "secretariat's meeting notice)" % len(FILES))
    L.append("- truth rows: %d" % len(rows))
    L.append("- distinct measures (seed_row values): %d" % len(seeds))
    L.append("- measures reported by 2+ members: %d" % len(shared))
    for s, m in shared:
        L.append("  - %s %s: %s" % (s, SEEDS[s], ", ".join(m)))
    L.append("")
    L.append("Seed labels: `M01`–`M06` are the shared councils (M01 KBU, M02 SRY, M03 RSA, M04 UHRs "
             "fagstrategiske enheter, M05 Nasjonalt fagskoleråd, M06 Nasjonalt forum for "
             "karriereveiledning); `J01`… are joint projects reported by several members in their "
             "own words; `R101`… are measures reported by a single member. Rows of the same measure "
             "share the label across files. Traps that mention a council but are the member's own "
             "measure (a seminar for its own representatives, input to KBU's report, a survey of the "
             "council, a survey of the RSAs, a gathering for SRY members, the county's "
             "Y-nemnd) carry their own R label, and so do the new phase \"DigiLøft fase 2 for "
             "kommunal sektor\" (KS) and the regional \"Praksisløftet Vestland\".")
    L.append("")
    L.append("## Files")
    L.append("")
    L.append("| file | member | rows | shape |")
    L.append("|---|---|---|---|")
    for spec in FILES:
        L.append("| %s | %s | %d | %s |" % (spec["file"], spec["member"] or "(secretariat)",
                                             per_file[spec["file"]], spec["shape"].replace("|", "\\|")))
    L.append("")
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L))


def build(out):
    os.makedirs(out, exist_ok=True)
    keep = {spec["file"] for spec in FILES} | {"truth.csv", "README.md"}
    for name in os.listdir(out):
        if name not in keep:
            p = os.path.join(out, name)
            if os.path.isfile(p):
                os.remove(p)
    for spec in FILES:
        build_file(spec, out)
        print("wrote", spec["file"])
    rows = write_truth(out)
    write_readme(out, rows)
    print("truth rows:", len(rows))
