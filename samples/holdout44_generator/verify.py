"""Check samples/holdout44: python -m samples.holdout44_generator.verify DIR

Reads each file back (pdftotext / XML / soffice txt / tesseract for the
scan) and checks that every word of each truth tiltak occurs in its file,
plus consistency of ids, members, types and delmål codes."""
import csv
import difflib
import html
import os
import re
import subprocess
import sys
import tempfile
import zipfile
from collections import defaultdict

from .__main__ import FILES, HEADER

MEMBERS = set("""Regjeringen|LO|NHO|Unio|KS|YS|Virke|Akademikerne|Spekter|VOFO|
UHR|Fagskolerådet|Kompetanseforbundet|Sametinget|Østfold fylkeskommune|
Akershus fylkeskommune|Oslo kommune|Hedmark fylkeskommune|Oppland fylkeskommune|
Buskerud fylkeskommune|Vestfold fylkeskommune|Telemark fylkeskommune|
Aust-Agder fylkeskommune|Vest-Agder fylkeskommune|Rogaland fylkeskommune|
Hordaland fylkeskommune|Sogn og Fjordane fylkeskommune|Vestland fylkeskommune|
Møre og Romsdal fylkeskommune|Trøndelag fylkeskommune|Nordland fylkeskommune|
Troms fylkeskommune|Finnmark fylkeskommune|Viken fylkeskommune|
Innlandet fylkeskommune|Vestfold og Telemark fylkeskommune|Agder fylkeskommune|
Troms og Finnmark fylkeskommune""".replace("\n", "").split("|"))
TYPES = {"FoU", "Kurs/utdanning", "Råd/utvalg/nettverk", "Prosjekt",
         "Informasjon", "Arrangement"}
CODES = {"1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6",
         "3.1", "3.2", "3.3", "3.4", "3.5", "3.6"}


def zip_text(path):
    parts = []
    with zipfile.ZipFile(path) as z:
        for n in sorted(z.namelist()):
            if n.endswith(".xml") and ("word/document" in n or "content" in n
                                      or "sharedStrings" in n
                                      or "worksheets" in n):
                x = z.read(n).decode("utf-8")
                x = re.sub(r"</(w:p|text:p|text:h|si|c|w:tc)>", "\n", x)
                x = re.sub(r"<(w:tab|text:tab)/>", " ", x)
                x = re.sub(r"<[^>]+>", "", x)
                parts.append(html.unescape(x))
    return "\n".join(parts)


def soffice_text(path):
    with tempfile.TemporaryDirectory() as td:
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/"
                        "h44_lo_profile", "--headless", "--convert-to",
                        "txt:Text (encoded):UTF8", "--outdir", td, path],
                       check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
        f = [x for x in os.listdir(td)][0]
        return open(os.path.join(td, f), encoding="utf-8",
                    errors="replace").read()


def ocr_text(path):
    with tempfile.TemporaryDirectory() as td:
        subprocess.run(["pdftoppm", "-r", "300", "-png", path,
                        os.path.join(td, "p")], check=True)
        out = []
        for f in sorted(os.listdir(td)):
            r = subprocess.run(["tesseract", os.path.join(td, f), "-",
                                "-l", "nor"], capture_output=True, text=True)
            out.append(r.stdout)
        return "\n".join(out)


def file_text(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        t = subprocess.run(["pdftotext", path, "-"], capture_output=True,
                           text=True).stdout
        if len(t.strip()) < 20:
            return ocr_text(path), True
        return t, False
    if ext in ("docx", "odt", "ods", "xlsx"):
        return zip_text(path), False
    return soffice_text(path), False


def words(s):
    return [w.lower() for w in re.findall(r"\w+", s)]


def main(argv):
    d = argv[1] if len(argv) > 1 else "samples/holdout44"
    errors = []
    with open(os.path.join(d, "truth.csv"), encoding="utf-8") as f:
        rd = csv.reader(f)
        head = next(rd)
        rows = [dict(zip(head, r)) for r in rd]
    if head != HEADER:
        errors.append("bad header %r" % head)
    by_file = defaultdict(list)
    for r in rows:
        by_file[r["source_file"]].append(r)
        if r["member"] not in MEMBERS:
            errors.append("member %r" % r["member"])
        if r["type"] not in TYPES:
            errors.append("type %r" % r["type"])
        if r["delmal"] not in CODES:
            errors.append("delmal %r" % r["delmal"])
    seeds = defaultdict(list)
    for r in rows:
        seeds[r["seed_row"]].append(r)
    for s, rs in seeds.items():
        if s[0] == "U":
            if len(rs) != 1:
                errors.append("U id reused: %s" % s)
            if s[1:3] != rs[0]["source_file"][:2]:
                errors.append("U id %s not matching file" % s)
        else:
            if len({r["member"] for r in rs}) < 2:
                errors.append("%s reported by < 2 members" % s)
            if len({r["delmal"] for r in rs}) != 1:
                errors.append("%s has several delmål" % s)
            if len({r["type"] for r in rs}) != 1:
                errors.append("%s has several types" % s)
    names = {f[1] for f in FILES}
    for fn in by_file:
        if fn not in names:
            errors.append("unknown file %s" % fn)
    for num, fn, member, frows, *_ in FILES:
        path = os.path.join(d, fn)
        if not os.path.exists(path):
            errors.append("missing %s" % fn)
            continue
        got = by_file.get(fn, [])
        if member is None:
            if got:
                errors.append("%s is not a report but has rows" % fn)
            continue
        if not 3 <= len(got) <= 10:
            errors.append("%s has %d rows" % (fn, len(got)))
        text, ocr = file_text(path)
        vocab = set(words(text))
        vlist = sorted(vocab)
        for r in got:
            for w in words(r["tiltak"]):
                if w in vocab:
                    continue
                if ocr:
                    best = difflib.get_close_matches(w, vlist, 1, 0.75)
                    if best:
                        continue
                errors.append("%s: word %r of %r not found" % (
                    fn, w, r["tiltak"]))
        print("%-45s rows=%2d %s chars=%d" % (fn, len(got),
                                              "OCR" if ocr else "   ",
                                              len(text)))
    kinds = defaultdict(int)
    for r in rows:
        kinds[r["seed_row"][0]] += 1
    print("rows=%d M=%d J=%d U=%d distinct=%d members=%d" % (
        len(rows), kinds["M"], kinds["J"], kinds["U"], len(seeds),
        len({r["member"] for r in rows})))
    readme = open(os.path.join(d, "README.md"), encoding="utf-8").read()
    if "reporting year 2064" not in readme:
        errors.append("README lacks 'reporting year 2064'")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else "%d errors" % len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
