"""Build (or verify) held-out round 38, reporting year 2059.

    python -m samples.holdout39_generator --out samples/holdout39
    python -m samples.holdout39_generator --verify /tmp/h39_check
"""
import argparse
import csv
import hashlib
import io
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict

from . import builders as B

COLUMNS = ["source_file", "member", "tiltak", "seed_row", "delmal", "type", "ansvarlig",
           "samarbeidspartnere", "beskrivelse"]
TYPES = {"FoU", "Kurs/utdanning", "Råd/utvalg/nettverk", "Prosjekt", "Informasjon", "Arrangement"}


def build(out):
    os.makedirs(out, exist_ok=True)
    tmp = tempfile.mkdtemp(prefix="h39_build_")
    results = []
    try:
        results.append(B.b01_lo(out))
        results.append(B.b02_nho(out))
        results.append(B.b03_vestland(out))
        results.append(B.b04_ks(out))
        results.append(B.b05_unio(out, tmp))
        results.append(B.b06_akademikerne(out, tmp))
        results.append(B.b07_innlandet(out))
        results.append(B.b08_virke(out))
        results.append(B.b09_trondelag(out))
        results.append(B.b10_uhr(out, tmp))
        results.extend(B.b11_12_agder(out, tmp))
        results.append(B.b13_fagskoleradet(out))
        results.append(B.b14_invitasjon(out))
        results.append(B.b15_ys_notat(out))
        results.append(B.b16_spekter(out))
        results.append(B.b17_sametinget(out))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    rows = []
    for fn, member, recs, _ in results:
        for r in recs:
            assert r["type"] in TYPES, r
            rows.append([fn, member, r["tiltak"], r["seed"], r["delmal"], r["type"], r["ansvarlig"],
                         "; ".join(r["partners"]), r["beskrivelse"]])
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(COLUMNS)
    w.writerows(rows)
    with open(os.path.join(out, "truth.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme(results, rows))
    return results, rows


SHAPES = {
    "01": "DOCX annual-report prose grouped by hovedinnsatsområde; delmål only as paraphrased H2 headings; each tiltak an H3 heading + description + italic 'Ansvar/Samarbeid med' line",
    "02": "XLSX transposed: tiltak are columns (Tiltak 1..6), attributes are rows; merged innsatsområde header band above; types in NHO's own words; extra guidance sheet",
    "03": "PDF (reportlab), Nynorsk table with unusual column order (Nr, Tiltak, Ansvarleg eining, Delmål, Kva type, Samarbeid med, Omtale), own type words, running header/footer on every page, superscript footnotes",
    "04": "PDF (reportlab) formal letter with letterhead, refs, numbered list of tiltak with '(delmål x.y)' inline; one item is acronym-only (NPJ 2.0); types not given",
    "05": "ODT (LibreOffice from DOCX) labelled blocks 'Tiltak:/Delmål:/Kategori:/Ansvarlig:/Partnere:/Beskrivelse:' separated by dash rules",
    "06": "RTF (LibreOffice from DOCX) landscape table sorted by delmål with one cell listing two tiltak as bullets; 'Ansvar / samarbeid' combined in one cell",
    "07": "Image-only scanned PDF (PIL render, rotation, seeded speckle noise, blur, received-stamp) of a hand-filled table",
    "08": "PDF slide deck (16:9 pages): title slide, agenda slide listing the tiltak, one slide per tiltak with a type tag in own words and delmål by code or by paraphrase",
    "09": "DOCX form, one two-column form table per tiltak on separate pages, delmål and type given by ticked boxes (☒/☐) among all options",
    "10": "DOC (Word 97 via LibreOffice) annual-report chapter 'Kapittel 3' with sections numbered 3.1–3.5 (section numbers, not delmål); tiltak embedded in running prose, delmål only paraphrased",
    "11": "DOCX draft (UTKAST) of Agder's report – superseded, no truth rows",
    "12": "PDF (LibreOffice from DOCX) final version of Agder's landscape table (Innsatsområde, Delmål, Tiltak, Beskrivelse, Kategori, Eier, Partnere)",
    "13": "PDF (reportlab) two-column magazine layout, title frame, each tiltak a heading with a 'Delmål · type · Ansvar · Partnere' meta line",
    "14": "PDF invitation to a council meeting (agenda mentions KBU, SRY, Nasjonalt fagskoleråd) – not a member report, no truth rows",
    "15": "DOCX policy paper from YS with numbered sections '1.2 …', '2.3 …' that look like delmål codes – proposals, not measures; no truth rows",
    "16": "XLSX checklist matrix with two-row merged header ('Koblet til handlingsplanen' → Delmål/Stikkord; 'Type (sett x)' → six type columns marked with x)",
    "17": "DOCX bilingual Northern Sámi/Norwegian column headers; no type column (type inferred)",
}


def readme(results, rows):
    files = [r[0] for r in results]
    seeds = defaultdict(list)
    for row in rows:
        seeds[row[3]].append(row[1])
    multi = {s: m for s, m in seeds.items() if len(set(m)) >= 2}
    names = {"M01": "Kompetansebehovsutvalget (KBU) – membership/seat",
             "M02": "Samarbeidsrådet for yrkesopplæring (SRY) – participation/representatives",
             "M03": "Råd for samarbeid med arbeidslivet (RSA) – seat",
             "M04": "UHRs fagstrategiske enheter – representation / leading a working group",
             "M05": "Nasjonalt fagskoleråd – seat/appointed member/secretariat",
             "M06": "Nasjonalt forum for karriereveiledning (NFK) – participation",
             "J01": "Kompetanseløftet Grønn Industri (KGI)",
             "J02": "Yrkesfagdagen 2059 (national vocational day)",
             "J03": "DigiKomp – digitalt kompetanseløft for kommuneansatte",
             "J04": "LÆRVERD research project",
             "J05": "Senior career-guidance network (Innlandet/Agder)",
             "J06": "Lær i laget",
             "J07": "Testing of Godkjenningsportalen",
             "J08": "Fagskolematch",
             "J09": "Bálggis career-guidance conference",
             "J10": "Norsk på jobb 2.0 (NPJ 2.0)",
             "J11": "RealKomp – realkompetanse model trial"}
    lines = ["# Held-out round 38 (reporting year 2059)", "",
             "Documents written for a held-out test of the tiltak extraction program, for reporting year 2059. "
             "They were written from the briefing only (delmål list, six types, member names, shared councils), "
             "without reading the program, its tests, vocabularies or earlier sample rounds.", "",
             "## Files", ""]
    for fn in files:
        n = sum(1 for r in rows if r[0] == fn)
        lines.append(f"- `{fn}` – {n} truth rows. {SHAPES[fn[:2]]}.")
    lines += ["", "## Counts", "",
              f"- files: {len(files)} (2 are not member reports: the invitation and the YS policy paper; "
              "1 is a superseded draft: Agder's UTKAST, whose final version is file 12)",
              f"- truth rows: {len(rows)}",
              f"- distinct measures (seed_row labels): {len(seeds)}",
              f"- measures reported by 2+ members: {len(multi)}", ""]
    for s in sorted(multi):
        lines.append(f"  - {s} {names.get(s, '')}: {', '.join(dict.fromkeys(multi[s]))}")
    lines += ["",
              "Traps (separate measures with their own seed_row): skolering of LO's SRY representatives "
              "(T-LO-SRY), Virke's breakfast seminar about the KBU report (T-VIRKE-KBU), KS' survey of "
              "fylkeskommunenes experience with NFK (T-KS-NFK), UHR's survey of the RSA councils (T-UHR-RSA); "
              "near misses: KGI Vestland regional pilot (U-VL-KGI) vs KGI, Norsk på jobb Innlandet (U-INN-NPJ) "
              "vs Norsk på jobb 2.0, Bálggis digital webinar series (U-SAM-1) vs the Bálggis conference.", "",
              "## truth.csv", "",
              "Columns: `source_file,member,tiltak,seed_row,delmal,type,ansvarlig,samarbeidspartnere,beskrivelse`. "
              "One row per tiltak as a careful secretariat would extract it; `tiltak` is the text as written "
              "in the file; `beskrivelse` is the description given in the file (empty when none, or when one "
              "comment covers several tiltak); partners are `; `-separated; `delmal` is inferred from paraphrase "
              "or heading where the file gives no code; `type` is mapped from the member's own words or, where "
              "absent, inferred. Seeds `M..` are council participations, `J..` joint measures, `T-..` traps "
              "about a council, `U-..` single-member measures.", "",
              "## How the files were made and pinned", "",
              "- DOCX: python-docx; core properties (created/modified/last printed) fixed to 2060-01-15 and the "
              "zip rewritten with fixed entry timestamps (2060-01-15 09:30) and fixed attributes.",
              "- XLSX: openpyxl; created/modified pinned, `docProps/core.xml` dates rewritten, zip timestamps fixed.",
              "- PDF (reportlab): `invariant=1`, embedded DejaVu fonts.",
              "- ODT, RTF, DOC and the Agder PDF: LibreOffice headless (`soffice --convert-to`) from a pinned DOCX, "
              "with a throw-away user profile; then meta.xml dates/zip timestamps (ODT), `\\creatim/\\revtim/\\rsid` "
              "(RTF), OLE SummaryInformation FILETIMEs (DOC, via olefile) and PDF dates/XMP/`/ID` "
              "(same-length byte replacement) are pinned.",
              "- Scanned PDF: text rendered with PIL, rotated 0.6°, speckle noise from `random.Random(3905)`, "
              "Gaussian blur, embedded as one image with reportlab (`invariant=1`); it has no text layer.",
              "", "## Rebuild", "",
              "```",
              "python -m samples.holdout39_generator --out samples/holdout39",
              "python -m samples.holdout39_generator --verify /tmp/h39_verify",
              "```", "",
              "`--verify DIR` rebuilds everything into DIR, checks that every truth row's tiltak words occur in "
              "the text read back from its file (python-docx, openpyxl, pdfplumber, LibreOffice text export for "
              "ODT/RTF/DOC; for the image-only scan, the rendered source lines), that the non-report files and "
              "the draft have no rows, and reports whether the rebuilt files are byte-identical to "
              "`samples/holdout39`.", ""]
    return "\n".join(lines)


# ----------------------------------------------------------------- verification
def text_of(path):
    ext = path.rsplit(".", 1)[1].lower()
    if ext == "docx":
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]

        def tables(ts):
            for t in ts:
                for row in t.rows:
                    for c in row.cells:
                        parts.append(c.text)
                        tables(c.tables)
        tables(d.tables)
        for s in d.sections:
            parts += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
        return "\n".join(parts)
    if ext == "xlsx":
        import openpyxl
        wb = openpyxl.load_workbook(path)
        return "\n".join(str(c.value) for ws in wb for row in ws.iter_rows() for c in row if c.value is not None)
    if ext == "pdf":
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return "\n".join((p.extract_text() or "") for p in pdf.pages)
    if ext in ("odt", "rtf", "doc"):
        tmp = tempfile.mkdtemp(prefix="h39_txt_")
        prof = tempfile.mkdtemp(prefix="lo_h39v_")
        try:
            subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless",
                            "--convert-to", "txt:Text (encoded):UTF8", "--outdir", tmp, path],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
            base = os.path.splitext(os.path.basename(path))[0]
            return open(os.path.join(tmp, base + ".txt"), encoding="utf-8-sig").read()
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
            shutil.rmtree(prof, ignore_errors=True)
    raise ValueError(path)


def words(s):
    return re.findall(r"\w+", s.casefold())


def norm(s):
    return " ".join(s.casefold().split())


def verify(dest):
    results, rows = build(dest)
    ok = True
    for fn, member, recs, scan_lines in results:
        path = os.path.join(dest, fn)
        txt = text_of(path)
        if scan_lines is not None:
            if txt.strip():
                print(f"WARN {fn}: scanned PDF has a text layer")
            txt = "\n".join(scan_lines)
        wset = set(words(txt))
        ntxt = norm(txt)
        exact = 0
        fok = True
        for r in recs:
            missing = [w for w in words(r["tiltak"]) if w not in wset]
            if missing:
                ok = fok = False
                print(f"FAIL {fn}: '{r['tiltak']}' missing words {missing}")
            if norm(r["tiltak"]) in ntxt:
                exact += 1
        print(f"{'ok  ' if fok else 'BAD '}{fn}: {len(recs)} rows, {exact} as exact phrase, {len(txt)} chars")
    ref = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "holdout39")
    if os.path.isdir(ref) and os.path.abspath(ref) != os.path.abspath(dest):
        same = diff = 0
        for fn in sorted(os.listdir(dest)):
            a = os.path.join(dest, fn)
            b = os.path.join(ref, fn)
            if os.path.exists(b) and open(a, "rb").read() == open(b, "rb").read():
                same += 1
            else:
                diff += 1
                print(f"differs from samples/holdout39: {fn}")
        print(f"byte-identical to samples/holdout39: {same}, different: {diff}")
    print("VERIFY OK" if ok else "VERIFY FAILED")
    return ok


def main(argv=None):
    ap = argparse.ArgumentParser(prog="python -m samples.holdout39_generator")
    ap.add_argument("--out", default="samples/holdout39")
    ap.add_argument("--verify", metavar="DIR")
    a = ap.parse_args(argv)
    if a.verify:
        sys.exit(0 if verify(a.verify) else 1)
    results, rows = build(a.out)
    print(f"{len(results)} files, {len(rows)} truth rows -> {a.out}")


if __name__ == "__main__":
    main()
