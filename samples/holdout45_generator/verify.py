"""Read every file of samples/holdout45 back and check it against truth.csv.

python -m samples.holdout45_generator.verify samples/holdout45
"""
import csv
import difflib
import os
import re
import subprocess
import sys
import tempfile
import zipfile
from collections import Counter, defaultdict

from .data import COUNCILS, DELMAL, FILES, MEMBERS, TYPES

HEADER = ["source_file", "member", "tiltak", "seed_row", "delmal", "type", "ansvarlig", "samarbeidspartnere",
          "beskrivelse"]


def _run(cmd, **kw):
    return subprocess.run(cmd, check=True, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, timeout=300, **kw).stdout


def _xml_text(xml, para_end):
    xml = re.sub(r"<w:tab/>|<text:tab/>|<text:s/>|<text:line-break/>|<w:br/>", " ", xml)
    xml = re.sub(para_end, "\n", xml)
    txt = re.sub(r"<[^>]+>", "", xml)
    return (txt.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&apos;", "'")
            .replace("&amp;", "&"))


def _soffice_txt(path, fmt):
    profile = os.path.join(tempfile.gettempdir(), "h45_lo_profile")
    with tempfile.TemporaryDirectory() as td:
        _run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
              "--convert-to", fmt, "--outdir", td, path])
        outs = os.listdir(td)
        if not outs:
            raise RuntimeError("soffice produced nothing for " + path)
        return open(os.path.join(td, outs[0]), encoding="utf-8", errors="replace").read()


def extract(path):
    """Return (text, is_scan)."""
    ext = os.path.splitext(path)[1].lower()
    if ext == ".pdf":
        t1 = _run(["pdftotext", "-enc", "UTF-8", path, "-"]).decode("utf-8")
        if len(t1.strip()) < 40:
            with tempfile.TemporaryDirectory() as td:
                _run(["pdftoppm", "-r", "300", "-png", path, os.path.join(td, "p")])
                txt = ""
                for f in sorted(os.listdir(td)):
                    txt += _run(["tesseract", os.path.join(td, f), "-", "-l", "nor"]).decode("utf-8") + "\n"
            return txt, True
        t2 = _run(["pdftotext", "-layout", "-enc", "UTF-8", path, "-"]).decode("utf-8")
        return t1 + "\n" + t2, False
    if ext == ".docx":
        import docx  # validity check
        docx.Document(path)
        with zipfile.ZipFile(path) as z:
            parts = [n for n in z.namelist() if re.match(r"word/(document|header\d*|footer\d*)\.xml$", n)]
            return "\n".join(_xml_text(z.read(n).decode("utf-8"), r"</w:p>") for n in parts), False
    if ext == ".xlsx":
        import openpyxl
        wb = openpyxl.load_workbook(path)
        out = []
        for ws in wb.worksheets:
            for row in ws.iter_rows(values_only=True):
                out.append("\t".join("" if v is None else str(v) for v in row))
        return "\n".join(out), False
    if ext in (".odt", ".ods"):
        with zipfile.ZipFile(path) as z:
            assert z.namelist()[0] == "mimetype", "mimetype must be first"
            own = _xml_text(z.read("content.xml").decode("utf-8"), r"</text:p>|</table:table-cell>")
        lo = _soffice_txt(path, "txt:Text (encoded):UTF8" if ext == ".odt" else "csv:Text - txt - csv (StarCalc):44,34,76")
        return own + "\n" + lo, False
    if ext == ".rtf":
        return _soffice_txt(path, "txt:Text (encoded):UTF8"), False
    raise ValueError(path)


def tokens(s):
    return re.findall(r"\w+", s.lower())


def fuzzy_in(tok, vocab):
    if tok in vocab:
        return True
    if len(tok) <= 2:
        return any(tok == v for v in vocab)
    return bool(difflib.get_close_matches(tok, vocab, n=1, cutoff=0.75))


def main(outdir):
    errors, warnings = [], []
    with open(os.path.join(outdir, "truth.csv"), encoding="utf-8", newline="") as f:
        rd = csv.reader(f)
        header = next(rd)
        rows = [dict(zip(header, r)) for r in rd]
    if header != HEADER:
        errors.append(f"bad header {header}")
    files = {fd["fname"]: fd for fd in FILES}
    present = sorted(n for n in os.listdir(outdir) if n not in ("truth.csv", "README.md"))
    if sorted(files) != present:
        errors.append(f"file set mismatch: {set(files) ^ set(present)}")
    if not 15 <= len(present) <= 18:
        errors.append(f"{len(present)} files, expected 15-18")
    if not 75 <= len(rows) <= 90:
        errors.append(f"{len(rows)} truth rows, expected 75-90")

    # --- consistency
    member_of_file, files_of_member = {}, defaultdict(set)
    ids_in_file = defaultdict(Counter)
    by_id = defaultdict(list)
    for r in rows:
        fn = r["source_file"]
        if fn not in files:
            errors.append(f"unknown file {fn}")
            continue
        if r["member"] not in MEMBERS:
            errors.append(f"{fn}: unknown member {r['member']}")
        if files[fn]["member"] != r["member"]:
            errors.append(f"{fn}: member {r['member']} != {files[fn]['member']}")
        member_of_file.setdefault(fn, set()).add(r["member"])
        files_of_member[r["member"]].add(fn)
        if r["type"] not in TYPES:
            errors.append(f"{fn}: bad type {r['type']}")
        if r["delmal"] not in DELMAL:
            errors.append(f"{fn}: bad delmål {r['delmal']}")
        sid = r["seed_row"]
        ids_in_file[fn][sid] += 1
        by_id[sid].append(r)
        if not re.fullmatch(r"M0[1-6]|J\d\d|U\d{4}", sid):
            errors.append(f"{fn}: bad seed id {sid}")
        if sid.startswith("U") and int(sid[1:3]) != files[fn]["no"]:
            errors.append(f"{fn}: {sid} does not carry file number {files[fn]['no']:02d}")
        if sid.startswith("M") and r["delmal"] != COUNCILS[sid][2]:
            errors.append(f"{fn}: {sid} delmål {r['delmal']} != {COUNCILS[sid][2]}")
        if not r["tiltak"].strip():
            errors.append(f"{fn}: empty tiltak")
    for fn, c in ids_in_file.items():
        for sid, k in c.items():
            if k > 1:
                errors.append(f"{fn}: id {sid} used {k} times")
    for m, fs in files_of_member.items():
        if len(fs) > 1:
            errors.append(f"member {m} in several files {fs}")
    for fn, fd in files.items():
        if fd["member"] is None and ids_in_file.get(fn):
            errors.append(f"{fn}: non-member file has truth rows")
        if fd["member"] is not None and not ids_in_file.get(fn):
            errors.append(f"{fn}: member file without truth rows")
    for sid, rs in by_id.items():
        if sid.startswith("U") and len(rs) != 1:
            errors.append(f"{sid} used {len(rs)} times")
        if sid[0] in "MJ":
            if len({r['member'] for r in rs}) < 2:
                errors.append(f"{sid} reported by fewer than 2 members")
            if len({r['delmal'] for r in rs}) != 1:
                errors.append(f"{sid} has differing delmål {[r['delmal'] for r in rs]}")
            if len({r['type'] for r in rs}) != 1:
                errors.append(f"{sid} has differing types {[r['type'] for r in rs]}")
    njoint = len([s for s in by_id if s.startswith("J")])
    if not 8 <= njoint <= 10:
        errors.append(f"{njoint} joint measures, expected 8-10")

    # --- read files back
    texts = {}
    for fn in present:
        try:
            texts[fn] = extract(os.path.join(outdir, fn))
        except Exception as e:  # noqa: BLE001
            errors.append(f"{fn}: could not read back: {e!r}")
    checked = 0
    for r in rows:
        fn = r["source_file"]
        if fn not in texts:
            continue
        text, scan = texts[fn]
        vocab = set(tokens(text))
        for field in ("tiltak", "ansvarlig", "samarbeidspartnere", "beskrivelse"):
            toks = tokens(r[field])
            if scan:
                miss = [t for t in toks if not fuzzy_in(t, vocab)]
                if len(miss) > max(0, len(toks) // 10):
                    errors.append(f"{fn} [{r['seed_row']}] {field}: OCR misses {miss}")
                elif miss:
                    warnings.append(f"{fn} [{r['seed_row']}] {field}: OCR fuzzy misses tolerated {miss}")
            else:
                miss = [t for t in toks if t not in vocab]
                if miss:
                    errors.append(f"{fn} [{r['seed_row']}] {field}: words not in file {miss}")
            checked += 1
        if not scan:
            norm = " ".join(text.split()).lower()
            if " ".join(r["tiltak"].split()).lower() not in norm:
                warnings.append(f"{fn} [{r['seed_row']}]: tiltak «{r['tiltak']}» not found as one string "
                                f"(wrapped in a table cell?)")
    for fn, (text, scan) in texts.items():
        if not scan and "2065" not in text:
            errors.append(f"{fn}: reporting year 2065 not mentioned")

    print(f"{len(present)} files, {len(rows)} truth rows, {len(by_id)} distinct ids, {checked} fields checked")
    print("by kind:", dict(Counter(s[0] for s in (r["seed_row"] for r in rows))))
    for w in warnings:
        print("WARN ", w)
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "samples/holdout45"))
