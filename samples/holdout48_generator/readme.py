"""Writes samples/holdout48/README.md from the builders' results."""
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
    "J01": "Yrkesfagløftet i Troms og Finnmark (YLTF) – læreplasser og karriereveier i yrkesfag",
    "J02": "DigiKom – digitalt kompetanseløft i kommunene",
    "J03": "Samiske lese- og språksirkler under Kompetansepluss frivillighet",
    "J04": "Felles modell for realkompetansevurdering ved opptak til helsefag i fagskolen (pilot i Agder)",
    "J05": "Nasjonal konferanse for karriereveiledere 2068 (Oslo, mars)",
    "J06": "Norsk på arbeidsplassen – norskkurs i arbeidstida med partene",
    "J07": "Læring i arbeidslivet – nasjonal kartlegging 2068 (LIA), KD/SSB med UHR-forskere",
    "J08": "Bransjeprogram for sirkulær industri (EVU)",
    "J09": "Kompetanseforum Trøndelag (regionalt forum ledet av fylkeskommunen)",
    "J10": "Læringsfestivalen 2068 (VOFO og Deichman)",
}
TRAPS = {
    "01": "grey «Planlagt 2069» pilot box; closing note on measures finished in 2067; contact paragraph",
    "02": "tracked-deleted row «LO-skolens digitale grunnkurs» (moved to 2069) and a deleted intro sentence; "
          "deleted «190» next to inserted «212»; comments; «Videre arbeid» 2069 plans; training LO's own "
          "representatives in faglige råd/SRY is LO's own course (U0201)",
    "03": "cards in «Planlagt 2069» and «Avsluttet før 2068»; legend sheet; «Innspill til KBU» is NHO's own "
          "note to the council (U0303), not a seat",
    "04": "pull-quote text box; every box stored twice (DrawingML + VML fallback); «Fremover» 2069 plans",
    "05": "instructions listing the six types; empty block «Tiltak 7» with «- velg -»; comment field with a 2069 "
          "plan; header fields (medlem, kontakt, dato)",
    "06": "«Ingen tiltak»/«Ikke relevant» under empty delmål; mentorprogram considered for 2069; the KBU "
          "members' meeting is Akademikerne's own event (U0604)",
    "07": "metadata record VOFO-2068-00; record 07 «Planlagt 2069»; record 08 «Avsluttet 2067»",
    "08": "dashed leaf 7 / key note: KI-skole planned for 2069; delmål only from the figure",
    "09": "administrative budget lines (salaries, rent, board meetings), sum rows, reserve, a zero line "
          "«Digital fagskolemesse» planned for 2069; post numbers 2.1–2.6 are not delmål",
    "10": "letterhead and address rows, closing with a 2069 plan (samisk karrieresenter), signature",
    "11": "row 1.1 quotes the strategy text about KBU but says «Ikke aktuelt»; Voksenløftet Oslo planned for "
          "2069 in the closing note",
    "12": "«Planar for 2069» (Vaksenopplæringsløftet); Kompetanseforum Vestland is the county's own forum, not "
          "Kompetanseforum Trøndelag",
    "13": "overview sheet repeats the names (links only); empty «Mal» sheet; «2067 (arkiv)» sheet",
    "14": "cover page with table of contents; «Andre opplysninger» with a budget decision and a 2069 plan",
    "15": "letterhead, signature block; the survey about NFK is the county's own measure (U1503)",
    "16": "whole file: secretariat's intake log naming members, measures and councils – 0 rows",
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
    L.append("# Held-out round 47 — reporting year 2068 (samples/holdout48)")
    L.append("")
    L.append("Held-out test data for reporting year 2068: %d files as they would sit in the inbox of the "
             "secretariat of Kompetansepolitisk råd – %d member reports and %d document that is not a member report – "
             "with a hand-checked truth table `truth.csv` (%d rows, one per tiltak as the file states it). "
             "The files were written from the domain brief only, without reading the program under test; "
             "the shapes were chosen to differ from the earlier rounds' shapes."
             % (len(results), len(reports), len(results) - len(reports), n))
    L.append("")
    L.append("## Files")
    L.append("")
    L.append("| # | File | Member | Format / how made | Shape | Truth rows |")
    L.append("|---|------|--------|-------------------|-------|-----------:|")
    for res in results:
        num = res["file"][:2]
        L.append("| %s | `%s` | %s | %s | %s | %d |" % (num, res["file"], _md(res["member"]),
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
        L.append("- **%s** – %s" % (res["file"][:2], TRAPS[res["file"][:2]]))
    L.append("")
    L.append("## Truth conventions")
    L.append("")
    L.append("- `tiltak`, `ansvarlig`, `samarbeidspartnere`, `beskrivelse` are copied as the file writes them "
             "(empty when the file gives none). Where a measure's text is split over several cells or rows "
             "(file 10), `beskrivelse` joins them with single spaces. In file 02 the text is the text after "
             "the tracked changes (deletions left out, insertions kept).")
    L.append("- `delmal` is the code the file gives; where it gives only words, a heading number (06) or a "
             "position in a figure (08), it is the code a careful reader would assign.")
    L.append("- `type` is one of the six names; where the file uses its own word or none, it is the type a "
             "careful reader would assign.")
    L.append("- `seed_row`: `M01`–`M06` seats in shared councils, `J01`–`J10` joint measures (2–3 members, "
             "different wording), `Unnxx` single-member measures (`nn` = file number). Measures *about* a "
             "council (training one's own representatives, a note to KBU, a survey about NFK, a members' "
             "meeting on the KBU report) are the member's own U measures.")
    L.append("")
    L.append("## Regenerate and verify")
    L.append("")
    L.append("```sh")
    L.append(".venv/bin/python -m samples.holdout48_generator samples/holdout48")
    L.append(".venv/bin/python samples/holdout48_generator/verify.py samples/holdout48")
    L.append("```")
    L.append("")
    L.append("The generator is byte-for-byte deterministic (reportlab invariant mode, fixed document dates, "
             "fixed zip timestamps, seeded noise for the photographed page). `verify.py` reads every file back "
             "(pdftotext, AcroForm appearance text, WordprocessingML incl. text boxes, ODF XML, openpyxl, "
             "Windows-1252 CSV, tesseract for the photo) and checks that every word of each truth row's "
             "tiltak/ansvarlig/samarbeidspartnere/beskrivelse occurs in its file, plus id/member/type/delmål "
             "consistency.")
    L.append("")
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(L))
