"""README.md for held-out round 78."""
from __future__ import annotations

from collections import Counter, OrderedDict
from pathlib import Path

from .common import COUNCIL_NAMES, COUNCILS, JOINT, TYPES

TRAPS = [
    ("Regjeringen", "Analyse av regionale kompetansebehov som grunnlag for KBU",
     "about KBU, not a seat in it: KD's own commission to NIFU, listed right under the ministries' KBU seat with the "
     "same ordinal «det første»; «Analysen er KDs eget oppdrag og er ikke en del av utvalgets arbeid» (økonomisk "
     "(utredning) → FoU, 1.1)"),
    ("LO", "Erfaringssamling for LO-folk i faglige råd",
     "about SRY, not a seat in it: LO's own two-day gathering for its members of the faglige råd, the row right under "
     "LO's SRY seat with the same bold main goal 2.3; «Samlingen var LOs egen og ikke en del av rådenes arbeid» "
     "(Samling → Arrangement, 2.3)"),
    ("KS", "Tilleggsanalyse av Kompetansetermometeret for fylkeskommunene",
     "KS' own extension of J02, the row right under KS' J02 row with the same code «LA2»; «Tilleggsanalysen er KS' "
     "egen og inngår ikke i fellesundersøkelsen» (Analyse → FoU, 2.2)"),
    ("Rogaland fylkeskommune", "Fagbrevsjansen Rogaland – egen veiledningsbuss",
     "the county's own version of J01 named like it, the row right under the county's J01 row with the same regional "
     "goal and delmål «3.1»; «Veiledningsbussen er fylkeskommunens eget tiltak og er ikke en del av den nasjonale "
     "kampanjen» (Turné → Arrangement, 3.1)"),
    ("UHR", "Kartlegging av hvordan RSA-rådene fungerer",
     "about RSA, not a seat in it: UHR's own survey of the institutions' councils; «Kartleggingen er UHRs egen; UHR "
     "har ikke plass i rådene» (Kartlegging → FoU, 1.4)"),
    ("Fagskolerådet", "Hydrogenskolen fase 2 – forprosjekt",
     "the council's own pre-project for a next phase of J04, right after its J04 measure in the same chapter (header "
     "«Delmål 2.4 – Behov og tilbud»); «Forprosjektet er Fagskolerådets eget og er ikke en del av kursprogrammet» "
     "(Forprosjekt → Prosjekt, 2.4)"),
]

DESCRIPTIONS = (
    "Descriptions: Regjeringen's paragraph under the numbered name (not the grey line); LO's «Mer om innsatsen»; NHO's "
    "fourth card line (after «Ansvar: … · Med: …»); KS' «Kort om 2098»; Unio's «Omtale»; YS' «Dette gjorde vi»; "
    "Virke's body paragraph in the measure's story; Akademikerne's paragraph under the heading; Spekter's «Hva ble "
    "gjort»; VOFO's «Kort om»; Rogaland's «Beskrivelse»; UHR's «Hva ble gjort i 2098»; Fagskolerådet's paragraph under "
    "the heading; Kompetanseforbundet's paragraph under the numbered name; Sametinget's Norwegian paragraph (the "
    "second paragraph of the right-hand cell). Names are as the file states them; for Sametinget the Norwegian name "
    "in the right-hand column.")

NOTES = [
    "`truth.csv` columns: source_file, member, tiltak, seed_row, delmal, type, ansvarlig, samarbeidspartnere, "
    "beskrivelse. `tiltak`, `ansvarlig`, `samarbeidspartnere` and `beskrivelse` are written as the file states them "
    "(line breaks inside a cell joined with a space); `samarbeidspartnere` is empty where the file names no partner "
    "(an empty cell, a missing «Med:»/«Partnere:»/«Samarbeid:» part, «Med: –») and otherwise lists the partners "
    "comma-separated as the file names them. " + DESCRIPTIONS,
    "`seed_row`: M01–M06 = the shared councils (one id per council, the same for every member reporting a seat in "
    "it; the ids are assigned differently from earlier rounds), J01–J06 = joint measures reported by two or three "
    "members in their own words, U01.. = a member's own measure, numbered in file order.",
    "`type` is the secretariat's reading of the member's own word: organisatorisk (observatørplass) / organisatorisk "
    "(nettverk) / Rådsplasser / Nettverk / utvalgsarbeid / rådsplass / Rådsarbeid / «Vi deltok i utvalget» / "
    "Wingdings writing hand (råd, utvalg og nettverk) / Rådsplass / #rådsarbeid / Observatør / Forumdeltakelse / "
    "Forumarbeid / Enhetsarbeid / råd/utvalg → Råd/utvalg/nettverk; økonomisk (utredning) / Utredning / "
    "spørreundersøkelse / Undersøkelse / Analyse / «Vi utredet» / glasses (utredning og analyse) / #analyse / "
    "Kartlegging / Evaluering / Rapport / FoU → FoU; økonomisk (tilskudd til kurs) / Kurs / kurs / Lederutdanning / "
    "open book (kurs og opplæring) / Kursrekke / #kurs / Lederutvikling / Studiesirkel / Utdanningstilbud → "
    "Kurs/utdanning; organisatorisk (forsøk) / pilotprosjekt / Prosjekt / «Vi drev prosjekt» / Forprosjekt → "
    "Prosjekt; pedagogisk (kampanje) / Kampanje / informasjonsbesøk / «Vi informerte» / envelope (informasjon) / "
    "Nettjeneste / #veileder / informasjon → Informasjon; Samling / «Vi arrangerte» / bell (møter og arrangementer) / "
    "Frokostmøter / #møteplass / Konferanse / Åpen dag / Turné / arrangement / Messe → Arrangement. A seat in a "
    "council is always Råd/utvalg/nettverk; a joint measure has the same type in every member's row.",
    "Delmål given otherwise than as a plain code: Regjeringen as an ordinal word within the innsatsområde heading the "
    "measure stands under («Delmål: det fjerde (kobling av behov og tilbud)» under «Innsatsområde 2» = 2.4); LO as "
    "the bold code among several in the goal cell («1.4, **2.3**» = 2.3; «2.1, **2.2**» = 2.2); NHO as the head of "
    "the board column the card stands in («2.4 Behov og tilbud»); KS as its own letter code (GV/LA/SV + the number "
    "within the area: «LA3» = 2.3, «SV4» = 3.4, «GV2» = 1.2), explained in a key line; Unio only in the appendix "
    "table that maps the measure numbers to delmål; Virke as «Delmål x.y» in a story's fact line; Akademikerne as a "
    "hashtag with an underscore for the dot («#delmål1_4»); Rogaland in the column «Delmål (nasjonal strategi)», next "
    "to the county's own plan goals that are numbered the same way («1.2 Kunnskapsgrunnlag» beside 2.2, «2.1 Flere "
    "voksne med fagbrev» beside 3.1); Fagskolerådet only in the running header of the section the measure stands in; "
    "Kompetanseforbundet only in the Word comment on the measure's name; Sametinget as «Delmål x.y» in the Norwegian "
    "cell and «Oassemihttu x.y» in the Sámi cell. YS, Spekter, VOFO (in the photo) and UHR (in the ODT) give a plain "
    "code.",
    "Reporting year, told only in words: Regjeringen «Den trer i kraft 1. februar 2099.» (item 5); LO «… er utsatt og "
    "starter i mars 2099.»; NHO «… er flyttet og holdes i februar 2099.» (on the card in column 1.4); KS «Studioet ble "
    "lagt ned ved utgangen av 2097 …»; Unio «… er flyttet til april 2099.» (row 6, also numbered in the appendix); YS "
    "«Programmet ble avsluttet i 2097 …»; Virke «… starter i mars 2099 …» (side box «Neste år»); Akademikerne «… "
    "starter i februar 2099.» (under «Andre saker»); Spekter «Kurset ble lagt ned i 2097 …»; VOFO «… starter i mars "
    "2099.» (under the table in the photo); Rogaland «Senteret er vedtatt og åpner i august 2099.»; UHR «… lanseres "
    "høsten 2099 …» (after the table in the ODT); Fagskolerådet «… er flyttet til mai 2099 …» (in the chapter for "
    "2.3); Kompetanseforbundet «… starter opp i 2099.» (under «Til orientering»); Sametinget «… lyses ut i februar "
    "2099 …» (under the table, in both languages). No file has a year column. The reports are dated January 2099.",
    "Containers and how made: Regjeringen's, Unio's, Akademikerne's, Fagskolerådet's and the non-report's PDFs are "
    "LibreOffice Writer exports of python-docx documents; KS' DOCX carries a Purview sensitivity label (custom "
    "properties and docMetadata/LabelInfo.xml) and its footer marking; YS' kind cells are Wingdings w:sym runs; "
    "Virke's file is an InDesign IDML package whose reading order comes from the spreads; Spekter's workbook is "
    "encrypted with Excel's default password «VelvetSweatshop» (agile encryption in a compound file), which Excel and "
    "LibreOffice open without asking; VOFO's report is an iPhone HEIC photo with no text layer; UHR's report is an "
    "ODT inside a .tar.gz folder archive; Fagskolerådet's delmål stand in unlinked section headers; "
    "Kompetanseforbundet's delmål and kinds stand in a comments part. verify checks each of these facts "
    "(LibreOffice opens the encrypted workbook without a password; tesseract reads the photo).",
    "Responsible and partners: Regjeringen – «Ansvar:» / «Med:» in the grey line; LO – LO-ledd / Med hvem; NHO – "
    "«Ansvar:» / «Med:» on the card; KS – KS-område / Samarbeid; Unio – Forbund / Med hvem; YS – YS-forbund / "
    "Partnere; Virke – «Ansvar:» / «Med:» in the story; Akademikerne – «Ansvar:» / «Med:»; Spekter – Ansvar / "
    "Partnere; VOFO – Ansvarlig / Samarbeid; Rogaland – Ansvar / Samarbeid; UHR – Enhet / Samarbeid; Fagskolerådet – "
    "«Ansvar:» / «Samarbeid:» in the grey line; Kompetanseforbundet – «Ansvar:» / «Partnere:»; Sametinget – «Ansvar:» "
    "/ «Samarbeid:» in the Norwegian cell.",
]

DOUBTS = (
    "Doubts a reviewer may weigh: Regjeringen's KBU row is the ministries' observers, counted as the seat M01; the "
    "ministry's virkemiddel words are a fourfold scheme and the type is read from the bracket («økonomisk (tilskudd "
    "til kurs)» → Kurs/utdanning, «økonomisk (utredning)» → FoU), so «økonomisk» alone says nothing; LO's, KS' and "
    "Sametinget's seats are in SRY and its faglige råd (LO names both, KS the faglig råd for helse- og oppvekstfag, "
    "Sametinget an observer in SRY), counted as M02; Akademikerne's «Legeforeningen i UHR-Medisin og helse», "
    "Spekter's «Spekters observatørplass i UHR-Helse og sosial» and UHR's own «UHR-Helse og sosial – "
    "arbeidsutvalget» are two different fagstrategiske enheter, counted under the one id M04 as earlier rounds count "
    "UHR's units (UHR's row names the unit itself as responsible); NHO's and YS' RSA seats are at two institutions "
    "(Universitetet i Stavanger, Nord universitet) and counted as M06; Rogaland's «Kompetanseforum Rogaland» is the "
    "county's own network (1.2), not a shared council; Rogaland's first goal column is the county's regional plan, "
    "whose numbers are not delmål even where they look like one; Virke's designmap lists the stories in the order "
    "they were made, so a reader that follows it reads the measures out of order (the rows do not depend on order); "
    "YS' symbols come out as private-use characters (U+F0xx) or not at all in most text extractions, and only the "
    "legend ties them to a kind; NHO's «Med: –» means no partner; Unio's appendix also numbers the postponed course; "
    "Fagskolerådet's first page header has no delmål; Kompetanseforbundet's comments are dated January 2099 and made "
    "by the daily leader; VOFO's photo has no text layer and its file name says nothing about the member.")


def _esc(s: str) -> str:
    return s.replace("|", "\\|")


def write_readme(out: Path, per_file, rows) -> None:
    lines = ["# Held-out round 78 – reporting year 2098", "",
             "Regenerate with `python -m samples.holdout78_generator` (writes `samples/holdout78`); check with "
             "`python -m samples.holdout78_generator.verify`. The build is deterministic (fixed dates, metadata and "
             "zip timestamps; the LibreOffice exports with dates and /ID fixed and the ODT's rsids fixed; the "
             "encrypted workbook's salts, key and verifier drawn from a seeded stream; the photo's noise seeded and "
             "its HEVC coding repeatable; the tar and gzip headers fixed), so a rebuild gives byte-identical files; "
             "`verify` rebuilds into a temporary folder and compares.", "",
             "Every report covers the measures of 2098 and is dated January 2099. Items that a file places in 2097 or "
             "earlier, or in 2099, are not truth rows (see Notes for each file); this is said only in words inside "
             "the text («trer i kraft 1. februar 2099», «lagt ned ved utgangen av 2097», «flyttet til april 2099»), "
             "never in a year column. Most of the fifteen reports are ordinary Word, Excel and PDF reports whose "
             "difficulty is in the details a member brings: the delmål as an ordinal word within the area heading, "
             "as the bold code among several, as the head of a board column, as a letter code of the member's own, "
             "only in an appendix keyed by number, as a hashtag, next to a regional plan's look-alike numbers, only "
             "in the running header of a section, or only in a Word comment; the kind as a policy-instrument class "
             "with the particular kind in brackets, as a «Vi …» sentence, or as a Wingdings symbol; a parallel "
             "Sámi–Norwegian table. The rest are ways of making files not used before: an InDesign IDML package, an "
             "Excel workbook encrypted with the default password, an iPhone HEIC photo and a .tar.gz folder archive. "
             "The sixteenth file, not a member report, is a cooperation agreement between Rogaland fylkeskommune and "
             "NAV Rogaland for 2099–2102, sent for information.", "",
             "| # | File | Member | Format / how made | Shape | Truth rows |",
             "|---|------|--------|-------------------|-------|-----------:|"]
    for i, (mod, rs) in enumerate(per_file, 1):
        member = mod.MEMBER or "— (not a member report)"
        lines.append(f"| {i} | `{mod.FILENAME}` | {member} | {_esc(mod.FORMAT)} | {_esc(mod.SHAPE)} | {len(rs)} |")
    members = [m.MEMBER for m, _ in per_file if m.MEMBER]
    seeds = Counter(r["seed_row"] for r in rows)
    m_ids = sorted(k for k in seeds if k.startswith("M"))
    j_ids = sorted(k for k in seeds if k.startswith("J"))
    u = [r for r in rows if r["seed_row"].startswith("U")]
    types = Counter(r["type"] for r in rows)
    dm = Counter(r["delmal"] for r in rows)
    n_other = len(per_file) - len(members)
    lines += ["", "## Counts", "",
              f"- Files: {len(per_file)} ({len(members)} member reports from {len(set(members))} different members, "
              f"{n_other} document that is not a member report)",
              f"- Truth rows: {len(rows)}",
              f"- Shared-council seats (M): {sum(seeds[k] for k in m_ids)} rows in {len(m_ids)} councils ("
              + ", ".join(f"{k}×{seeds[k]}" for k in m_ids) + ")",
              f"- Joint measures (J): {sum(seeds[k] for k in j_ids)} rows in {len(j_ids)} measures ("
              + ", ".join(f"{k}×{seeds[k]}" for k in j_ids) + ")",
              f"- Single-member measures (U): {len(u)} rows, of them {len(TRAPS)} traps (see Notes)",
              "- Types: " + ", ".join(f"{t} {types[t]}" for t in TYPES),
              "- Delmål: " + ", ".join(f"{k} {dm[k]}" for k in sorted(dm, key=lambda c: tuple(map(int, c.split("."))))),
              "", "Council ids: " + ", ".join(f"{k} = {v}" for k, v in COUNCILS.items()) + " ("
              + "; ".join(f"{k} = {v}" for k, v in COUNCIL_NAMES.items()) + ").",
              "", "Joint measure ids: " + "; ".join(f"{k} = {v}" for k, v in JOINT.items()) + ".", "",
              "Shared councils as each member names them:", ""]
    for k in m_ids:
        names = OrderedDict((r["member"], r["tiltak"]) for r in rows if r["seed_row"] == k)
        lines.append(f"- {k} ({COUNCILS[k]}) – " + "; ".join(f"{m}: «{n}»" for m, n in names.items()))
    lines += ["", "Joint measures as each member names them:", ""]
    for k in j_ids:
        names = OrderedDict((r["member"], r["tiltak"]) for r in rows if r["seed_row"] == k)
        lines.append(f"- {k} – " + "; ".join(f"{m}: «{n}»" for m, n in names.items()))
    lines += ["", "## Notes", ""]
    lines += [f"- {n}" for n in NOTES]
    lines.append("- Traps (U rows about a council or a joint measure rather than a seat or a share in it, or a "
                 "member's own phase or version of a joint measure named like it):")
    lines += [f"  - {m}: {t} ({why})" for m, t, why in TRAPS]
    lines.append("- Not truth rows, per file:")
    lines += [f"  - `{mod.FILENAME}`: {mod.NOT_TRUTH}" for mod, _rs in per_file]
    lines.append("- The sixteenth file is the cooperation agreement on careers guidance between Rogaland "
                 "fylkeskommune and NAV Rogaland for 2099–2102, signed in December 2098 and sent by the county for "
                 "information with its report (file 11). Its lettered duties and joint tasks read like measures, but "
                 "it agrees what the parties will do from 2099, reports nothing done in 2098 and has no rows.")
    lines.append("- " + DOUBTS)
    lines.append("- The sixteen files: five PDFs (LibreOffice Writer exports of DOCX), five DOCX, three XLSX (one of "
                 "them encrypted in a compound file), one IDML package, one HEIC photo and one .tar.gz archive "
                 "holding an ODT.")
    lines.append("- `.tiltakignore` keeps `truth.csv` and this README out of a run.")
    (out / "README.md").write_bytes(("\n".join(lines) + "\n").encode("utf-8"))
