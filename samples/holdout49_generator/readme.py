"""Writes samples/holdout49/README.md from the builders' results."""
import collections
import os

COUNCILS = {
    "M01": "Kompetansebehovsutvalget (KBU)",
    "M02": "Samarbeidsrådet for yrkesopplæring (SRY)",
    "M03": "Råd for samarbeid med arbeidslivet (RSA)",
    "M04": "UHRs fagstrategiske enheter (UHR-FSE)",
    "M05": "Nasjonalt fagskoleråd (FSR)",
    "M06": "Nasjonalt forum for karriereveiledning (NFK)",
}
JOINT = {
    "J01": "Bransjeprogram for handel og logistikk (partsstyrt EVU)",
    "J02": "Seniorveiledning 55+ – pilot med gruppeveiledning i Innlandet (Karriere Innlandet og studieforbund)",
    "J03": "Digitalt kompetanseløft i helse og omsorg (KS, Spekter og Unio)",
    "J04": "Nasjonal modell for realkompetansevurdering i høyere utdanning (pilot, KD/HK-dir og UHR)",
    "J05": "Informasjon om godkjenning av utenlandsk utdanning (kampanje KD/HK-dir, NHO til medlemsbedrifter)",
    "J06": "Lese- og skrivesirkler i Nordland under Kompetansepluss frivillighet",
    "J07": "Yrkesmessa i Ålesund 2069",
    "J08": "Fagnorsk – norskopplæring knyttet til fagopplæring (Vestland og Rogaland)",
    "J09": "Kompetansepartnerskap Nord (Nordland fylkeskommune og KS Nordland)",
    "J10": "LÆRA – forskningsprosjekt om læring i arbeidslivet",
    "J11": "Kurs i grunnleggende ferdigheter for arbeidssøkere (NAV kjøper fra studieforbundene)",
}


def _md(s):
    return s.replace("|", "\\|")


def write_readme(outdir, results):
    allrows = [r for res in results for r in res["rows"]]
    n = len(allrows)
    kinds = collections.Counter(r["seed_row"][0] for r in allrows)
    m_ids = sorted({r["seed_row"] for r in allrows if r["seed_row"].startswith("M")})
    j_ids = sorted({r["seed_row"] for r in allrows if r["seed_row"].startswith("J")})
    reports = [res for res in results if res["rows"]]
    L = []
    L.append("# Held-out round 48 — reporting year 2069 (samples/holdout49)")
    L.append("")
    L.append("Held-out test data for reporting year 2069: %d files as they would sit in the inbox of the "
             "secretariat of Kompetansepolitisk råd – %d member reports and %d document that is not a member "
             "report – with a hand-checked truth table `truth.csv` (%d rows, one per tiltak as the file states "
             "it). The files were written from the domain brief only, without reading the program under test; "
             "the shapes were chosen to differ from the earlier rounds' shapes."
             % (len(results), len(reports), len(results) - len(reports), n))
    L.append("")
    L.append("## Files")
    L.append("")
    L.append("| # | File | Member | Format / how made | Shape | Truth rows |")
    L.append("|---|------|--------|-------------------|-------|-----------:|")
    for res in results:
        L.append("| %s | `%s` | %s | %s | %s | %d |" % (res["file"][:2], res["file"], _md(res["member"]),
                                                       _md(res["format"]), _md(res["shape"]), len(res["rows"])))
    L.append("")
    L.append("## Counts")
    L.append("")
    L.append("- Files: %d (%d member reports, %d not a member report: `%s`)." % (
        len(results), len(reports), len(results) - len(reports),
        ", ".join(res["file"] for res in results if not res["rows"])))
    L.append("- Truth rows: %d." % n)
    L.append("- Council seats (M ids): %d rows over %d shared councils." % (kinds["M"], len(m_ids)))
    L.append("- Joint measures (J ids): %d rows over %d joint measures." % (kinds["J"], len(j_ids)))
    L.append("- Single-member measures (U ids): %d rows." % kinds["U"])
    tc = collections.Counter(r["type"] for r in allrows)
    L.append("- Types: " + ", ".join("%s %d" % (t, tc[t]) for t in
                                     ["FoU", "Kurs/utdanning", "Råd/utvalg/nettverk", "Prosjekt", "Informasjon",
                                      "Arrangement"]) + ".")
    dc = collections.Counter(r["delmal"] for r in allrows)
    L.append("- Delmål used: " + ", ".join("%s ×%d" % (k, dc[k]) for k in sorted(dc)) + ".")
    L.append("")
    L.append("## Shared councils (M ids, type Råd/utvalg/nettverk)")
    L.append("")
    L.append("| Id | Council | Member | Wording in the file (tiltak) | Delmål | File |")
    L.append("|----|---------|--------|------------------------------|--------|------|")
    for mid in m_ids:
        for r in allrows:
            if r["seed_row"] == mid:
                L.append("| %s | %s | %s | %s | %s | %s |" % (mid, COUNCILS[mid], r["member"], _md(r["tiltak"]),
                                                           r["delmal"], r["source_file"][:2]))
    L.append("")
    L.append("## Joint measures (J ids, same delmål and type in every row)")
    L.append("")
    L.append("| Id | Measure | Delmål | Type | Member | Wording in the file (tiltak) | File |")
    L.append("|----|---------|--------|------|--------|------------------------------|------|")
    for jid in j_ids:
        for r in allrows:
            if r["seed_row"] == jid:
                L.append("| %s | %s | %s | %s | %s | %s | %s |" % (jid, _md(JOINT[jid]), r["delmal"], r["type"],
                                                                r["member"], _md(r["tiltak"]),
                                                                r["source_file"][:2]))
    L.append("")
    L.append("## What must not become a tiltak (per file)")
    L.append("")
    for res in results:
        L.append("- **%s** – %s" % (res["file"][:2], res["traps"]))
    L.append("")
    L.append("## Truth conventions")
    L.append("")
    L.append("- `tiltak`, `ansvarlig`, `samarbeidspartnere`, `beskrivelse` are copied as the file writes them "
             "(empty when the file gives none). A field that the layout splits over several physical lines, "
             "cells or pages (08 hyphenated line ends, 10 wrapped box cells, 05 columns printed on a second "
             "page) is given as one string with single spaces and without the line-end hyphen; ligature glyphs "
             "in 08 are written as plain letters; the footnote marker «*)» in 10 and «¹» in 08 are left out.")
    L.append("- Where a file carries the same measure twice by construction (02: text/plain and text/html "
             "parts), it is one truth row. In 01 the description is the speaker-notes text after «Name:»; in "
             "07 it is the cell comment; in 14 every value is the text of a FreeText annotation.")
    L.append("- `delmal` is the code the file gives (also when given as a drop-down label «1.4 – …» or with "
             "words); `type` is one of the six names – where the file uses its own word, a form option such as "
             "«Annet», or nothing, it is the type a careful reader would assign.")
    L.append("- `seed_row`: `M01`–`M06` seats in shared councils, `J01`–`J11` joint measures (2–3 members, "
             "different wording), `Unnxx` single-member measures (`nn` = file number). Measures *about* a "
             "council (training one's own representatives, an internal working group on the KBU report, a "
             "webinar on the KBU report, a survey of RSA members) and regional copies of national councils "
             "(Vestland kompetansebehovsutval, Rogaland karriereforum) are the member's own U measures.")
    L.append("")
    L.append("## Regenerate and verify")
    L.append("")
    L.append("```sh")
    L.append(".venv/bin/python -m samples.holdout49_generator samples/holdout49")
    L.append(".venv/bin/python samples/holdout49_generator/verify.py samples/holdout49")
    L.append("```")
    L.append("")
    L.append("The generator is deterministic (reportlab invariant mode, fixed document dates, fixed zip "
             "timestamps, seeded noise for the scanned pages; the two files made by LibreOffice – the .xls and "
             "the Calc PDF – get their save times and PDF /ID fixed after conversion). `verify.py` reads every "
             "file back with independent readers (PresentationML XML incl. notes, the e-mail package for the "
             ".eml, LibreOffice for the .xls, WordprocessingML, ODF XML incl. annotations, pdftotext plus a raw "
             "read of the FreeText annotations, openpyxl, HTML/Markdown/UTF-16 text, the iCalendar unfolding, "
             "tesseract for the scan) and checks that every word of each truth row's tiltak / ansvarlig / "
             "samarbeidspartnere / beskrivelse occurs in its file, plus id/member/type/delmål consistency.")
    L.append("")
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(L))
