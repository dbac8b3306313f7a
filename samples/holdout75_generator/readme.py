"""README.md for held-out round 75."""
from __future__ import annotations

from collections import Counter, OrderedDict
from pathlib import Path

from .common import COUNCILS, JOINT

TYPES_ORDER = ["FoU", "Kurs/utdanning", "Råd/utvalg/nettverk", "Prosjekt", "Informasjon", "Arrangement"]

TRAPS = [
    ("Regjeringen", "Evaluering av Nasjonalt forum for karriereveiledning",
     "about a council, not a seat in it: KD's own commission to Oxford Research to evaluate the forum; «Evalueringen "
     "er departementets eget oppdrag, og departementet har ingen plass i forumet» (Oppdrag (evaluering) → FoU, «kap. "
     "4.3» = 1.3)"),
    ("NHO", "Havvindskolen Nord – NHO Arktis' egen kursrekke",
     "NHO Arktis' own course series named after J02, table row 3 right under NHO's J02 row with the same code; "
     "«Kursrekken er NHO Arktis' egen og er ikke en del av Havvindskolen» (Regional kursrekke → Kurs/utdanning, 2.4)"),
    ("Virke", "Virkes innspill til SRYs rapport om tilbudsstrukturen",
     "about a council, not a seat in it: Virke's own input note to SRY; «Notatet er Virkes eget innspill og er ikke en "
     "del av rådets arbeid» (F-01 → FoU, «B3» = 2.3)"),
    ("Spekter", "Sykehusdelen av Læringsbarometeret – egen oppfølging",
     "Spekter's own follow-up analysis of the hospital answers in J05, the row right under Spekter's J05 row with the "
     "same goal link; «Oppfølgingen er Spekters egen og er ikke en del av Læringsbarometeret» (Undersøkelse → FoU, "
     "2.2)"),
    ("Vestland fylkeskommune", "Karrierekompasset på nynorsk – eige chattilbod i Sogn",
     "the county's own Nynorsk chat offer named after J01, right under the county's J01 row with the same «13»; "
     "«Tilbodet er fylkeskommunen sitt eige og er ikkje ein del av Karrierekompasset» (Pilot → Prosjekt, 1.3)"),
    ("UHR", "Evaluering av de fagstrategiske enhetene",
     "about the councils, not a seat in one: UHR's own review of all the fagstrategiske enheter; «Evalueringen er "
     "UHRs egen gjennomgang og er ikke en del av enhetenes arbeid» (Evaluering → FoU, «1.4 (40 %), 2.2 (60 %)» = "
     "2.2)"),
    ("Sametinget", "Samisk språkløype – lulesamisk på jobben",
     "Sametinget's own Lule Sámi language path named like J04 (which Sametinget does not report); «Prosjektet er "
     "Sametingets eget og er ikke en del av Språkløypa» (Prosjekt, 3.4)"),
]

NOTES = [
    "`truth.csv` columns: source_file, member, tiltak, seed_row, delmal, type, ansvarlig, samarbeidspartnere, "
    "beskrivelse. `tiltak`, `ansvarlig`, `samarbeidspartnere` and `beskrivelse` are written as the file states them "
    "(line breaks inside a cell joined with a space); `samarbeidspartnere` is empty where the file names no partner "
    "(empty cells, a dash and a missing «Partnere»/«Samarbeid» part are not partners) and otherwise lists the "
    "partners comma-separated as the file names them (NHO's « / » becomes a comma). `tiltak` is the name without "
    "LO's kind word and colon in front of it and without Sametinget's «(delmål x.y)» after it. Descriptions: "
    "Regjeringen's «Hva som er gjort i 2095»; LO's «Hva LO gjorde»; NHO's numbered paragraph on page 2 (the name "
    "that opens it is not description); KS's «Beskrivelse»; Unio's «Dette er gjort»; YS' «Om aktiviteten»; Virke's "
    "«Virkes rolle og resultat»; Akademikerne's paragraph under the fact line; Spekter's «Hva ble gjort i 2095»; "
    "VOFO's «Om tiltaket»; Vestland's «Kva vart gjort i 2095»; UHR's «Resultat 2095»; Fagskolerådet's "
    "«Beskrivelse»; Kompetanseforbundet's second definition; Sametinget's text after the name in the bullet (the "
    "italic line is not description).",
    "`seed_row`: M01–M06 = the shared councils (one id per council, the same for every member reporting a seat in "
    "it; the ids are assigned differently from earlier rounds), J01–J06 = joint measures reported by two or three "
    "members in their own words, U01.. = a member's own measure, numbered in file order.",
    "`type` is the secretariat's reading of the member's own word: Oppnevnt organ / Utvalgsplass / Nettverk / "
    "Partsplass / code 3 «Råd, utvalg og nettverk» / the round-table pictogram «Råd og utvalg» / Rådsplass / R- / "
    "Representasjon / Forumplass / Partnarskap / Fagstrategisk enhet / «-R» → Råd/utvalg/nettverk; Oppdrag "
    "(evaluering) / Utredning / Kartlegging / code 1 «FoU og utredning» / the magnifier «Undersøkelse» / F- / Analyse "
    "/ Undersøkelse / Evaluering / «-F» → FoU; Tilskudd (studieplasser) / Kursrekke / Kursprogram / Regional "
    "kursrekke / code 2 «Kurs og utdanning» / the book «Kurs» / Kurs / K- / Lederprogram / Språkkafé / Kursrekkje / "
    "Nettkurs / «-K» → Kurs/utdanning; Forsøksordning / Prosjekt / P- / Prosjektkurs / Pilot / Forprosjekt → "
    "Prosjekt; Digital tjeneste / Veileder / I- / Nettressurs / Film / Nettveiledning / Nettenest / «-I» / Podkast → "
    "Informasjon; Nasjonal konferanse / Konferanse / Bransjedag / code 6 «Arrangement» / the speech bubble «Fagdag» / "
    "Samling / A- / Fagdag / Markering / «-A» / Fagsamling → Arrangement. A seat in a council is always "
    "Råd/utvalg/nettverk. VOFO's «Språkkafé» (language cafés with volunteer conversation leaders) is read as "
    "Kurs/utdanning and «Prosjektkurs» under Kompetansepluss frivillighet as Prosjekt.",
    "Delmål given otherwise than as a plain code: Regjeringen as chapter and section of the strategy document («kap. "
    "4.1» = 1.1, «kap. 4.3» = 1.3, «kap. 5.4» = 2.4, «kap. 6.1» = 3.1, «kap. 5.5» = 2.5; chapter 4/5/6 = "
    "hovedinnsatsområde 1/2/3, explained in the key paragraph); LO as one or more codes with the main one in bold "
    "(«**1.1**, 2.2», «2.3, **2.4**», «**2.2**, 2.4», «1.4, **2.3**»); Virke as a letter for the area and the "
    "delmål's number («B3» = 2.3, «C4» = 3.4, «B1» = 2.1, «B2» = 2.2, «B4» = 2.4); Spekter as a hyperlink whose "
    "shown text is Spekter's short label and whose target ends in «#delmal-2-2» («Samarbeid med utdanningene» = 1.4, "
    "«Yrkesfag og lærlinger» = 2.3, «Kunnskap om læring» = 2.2, «Relevant etter- og videreutdanning» = 2.4); VOFO as "
    "a digit in the column of the area («3» under Gode valg = 1.3; «4», «2», «6» under Svak tilknytning = 3.4, 3.2, "
    "3.6); Vestland fylkeskommune as two digits without a point («13», «12», «31», «14»); UHR as codes with per-cent "
    "shares, the largest share being the delmål («2.2 (80 %), 1.4 (20 %)» = 2.2, «1.4 (40 %), 2.2 (60 %)» = 2.2, "
    "«2.1 (60 %), 2.4 (40 %)» = 2.1, «1.4 (30 %), 2.4 (70 %)» = 2.4); Fagskolerådet joined with a kind letter («2.4-R», "
    "«2.4-K», «1.3-I», «2.2-F», «1.4-A»); Akademikerne and Kompetanseforbundet as «Delmål 1.3» in a fact line; "
    "Sametinget as «(delmål 1.4)» after the name.",
    "Reporting year, told only in words: Regjeringen «Forsøket er vedtatt og starter 1. august 2096.»; LO «Kurset ble "
    "holdt siste gang i november 2094 og er erstattet av forbundenes egne kurs.»; NHO «Utdelingen er utsatt og holdes "
    "under NHOs årskonferanse i februar 2096.»; KS «Prisen deles ut på KS' kommunalpolitiske toppmøte, som er flyttet "
    "til februar 2096.»; Unio «Kurset er ferdig utviklet og starter i mars 2096.»; Virke «Kurset ble avlyst i 2095 "
    "og er flyttet til høsten 2096.»; Akademikerne «Programmet er klart og starter i april 2096.»; Spekter «Kurset "
    "er planlagt og starter i 2096.»; VOFO «Møtet holdes i Tromsø i juni 2096.»; Vestland «Tilbodet er vedteke og "
    "startar i januar 2096.»; UHR «Portalen ble lagt ned i 2094, og tilbudene vises nå på utdanning.no.»; "
    "Fagskolerådet «Piloten ble avsluttet i 2094, …»; Kompetanseforbundet «Ordningen er utsatt til 2096 i påvente av "
    "forprosjektet.»; Sametinget «Tilbudet er utsatt til 2096 fordi det ikke var nok søkere.» YS has no such item in "
    "its 2095 sheet; its sheet «2094 (fjorårets)» is last year's list, kept for reference and said so in the letter. "
    "The reports themselves are dated January 2096.",
    "Containers and how made: NHO's PDF is made with matplotlib (Producer «Matplotlib pdf backend», TrueType text; "
    "verify checks the producer and the two pages). KS's XLSX was last saved by LibreOffice Calc from an openpyxl "
    "workbook with VLOOKUP formulas, so the kind's words are cached formula values (verify checks that the Type cells "
    "are formulas and that their cached values are the words). YS' file is a ZIP shaped like a OneDrive folder "
    "download holding a letter (DOCX) and a workbook (XLSX) under the folder name (verify checks the two entries and "
    "the 2094 sheet). Akademikerne's DOCX was made by LibreOffice's PDF import (every line a positioned text frame, "
    "no body paragraph with text; verify checks that). Kompetanseforbundet's ODT was made by pandoc (verify checks "
    "the generator «Pandoc» in meta.xml). Unio's pictograms carry the kind only in their alternative text (verify "
    "checks the ten descr attributes, six in the table and four in the legend). Spekter's goal cells are hyperlinks (verify checks the targets). Regjeringen's, "
    "Vestland's, UHR's and the mandate's PDFs are LibreOffice Writer exports of python-docx documents.",
    "Responsible and partners: Regjeringen – Departement / Involverte aktører; LO – LO-enhet / I samarbeid med; NHO "
    "– Eier / Partnere (« / »); KS – Ansvarlig i KS / Samarbeid; Unio – Forbund / Partnere; YS – Forbund / Partnere; "
    "Virke – Ansvarlig / Partnere; Akademikerne – «Ansvar:» / «Partnere:» in the fact line; Spekter – "
    "Helseforetak/enhet / Samarbeid; VOFO – Studieforbund / Samarbeid; Vestland – Avdeling / Partnarar; UHR – Ledes "
    "av / Med; Fagskolerådet – Ansvarlig fagskole/enhet / Samarbeidspartnere; Kompetanseforbundet – «Ansvar:» / "
    "«Partnere:» in the fact definition; Sametinget – «Ovddasvástádus / Ansvar:» / «Ovttasbargu / Samarbeid:».",
]


def _esc(s: str) -> str:
    return s.replace("|", "\\|")


def write_readme(out: Path, per_file, rows) -> None:
    lines = ["# Held-out round 75 – reporting year 2095", "",
             "Regenerate with `python -m samples.holdout75_generator` (writes `samples/holdout75`); check with "
             "`python -m samples.holdout75_generator.verify`. The build is deterministic (fixed dates, metadata and "
             "zip timestamps; the LibreOffice exports and conversions with dates and /ID fixed; matplotlib's creation "
             "date fixed; pandoc run with SOURCE_DATE_EPOCH), so a rebuild gives byte-identical files; `verify` "
             "rebuilds into a temporary folder and compares.", "",
             "Every report covers the measures of 2095 and is dated January 2096. Items that a file places in 2094 or "
             "earlier, or in 2096, are not truth rows (see Notes for each file); this is said only in words inside "
             "the text («starter 1. august 2096», «holdt siste gang i november 2094», «utsatt til 2096», «lagt ned i "
             "2094»), never in a year column; YS' workbook also keeps last year's list on a sheet of its own. Most of "
             "the fifteen reports are ordinary Word, Excel and PDF reports whose difficulty is in the details a member "
             "brings: the delmål as chapter and section of the strategy document, as several codes with the main one "
             "in bold or with the largest per-cent share, as a letter for the area and a digit, only in a hyperlink's "
             "target, as a digit in the column of its area, as two digits without a point, or joined with a kind "
             "letter; the kind as a word before a colon, as a pictogram with alternative text, as the letter of an "
             "id, or as a code looked up by a formula; councils named by a faglig råd's abbreviation, by a member "
             "union or by a unit's seat. The rest are ways of making files not used before: a PDF made with "
             "matplotlib, a ZIP shaped like a OneDrive folder download, a DOCX made by LibreOffice's PDF import "
             "(every line a text frame) and an ODT made by pandoc; the sixteenth file, not a member report, is the "
             "ministry's mandate for the skills-needs committee, sent for information.", "",
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
              f"{n_other} document{'s' if n_other != 1 else ''} that {'are' if n_other != 1 else 'is'} not a member "
              f"report)",
              f"- Truth rows: {len(rows)}",
              f"- Shared-council seats (M): {sum(seeds[k] for k in m_ids)} rows in {len(m_ids)} councils ("
              + ", ".join(f"{k}×{seeds[k]}" for k in m_ids) + ")",
              f"- Joint measures (J): {sum(seeds[k] for k in j_ids)} rows in {len(j_ids)} measures ("
              + ", ".join(f"{k}×{seeds[k]}" for k in j_ids) + ")",
              f"- Single-member measures (U): {len(u)} rows, of them {len(TRAPS)} traps (see Notes)",
              "- Types: " + ", ".join(f"{t} {types[t]}" for t in TYPES_ORDER),
              "- Delmål: " + ", ".join(f"{k} {dm[k]}" for k in sorted(dm, key=lambda c: tuple(map(int, c.split("."))))),
              "", "Council ids: " + ", ".join(f"{k} = {v}" for k, v in COUNCILS.items())
              + " (KBU = Kompetansebehovsutvalget; SRY = Samarbeidsrådet for yrkesopplæring and its faglige råd; NFK = "
                "Nasjonalt forum for karriereveiledning; RSA = Råd for samarbeid med arbeidslivet, one per university "
                "or college; FSR = Nasjonalt fagskoleråd; UHR-FSE = UHR's fagstrategiske enheter, such as "
                "UHR-Lærerutdanning and UHR-MNT).",
              "", "Joint measure ids: " + "; ".join(f"{k} = {v}" for k, v in JOINT.items()) + ".", "",
              "Shared councils as each member names them:", ""]
    for k in m_ids:
        names = OrderedDict()
        for r in rows:
            if r["seed_row"] == k:
                names[r["member"]] = r["tiltak"]
        lines.append(f"- {k} ({COUNCILS[k]}) – " + "; ".join(f"{m}: «{n}»" for m, n in names.items()))
    lines += ["", "Joint measures as each member names them:", ""]
    for k in j_ids:
        names = OrderedDict()
        for r in rows:
            if r["seed_row"] == k:
                names[r["member"]] = r["tiltak"]
        lines.append(f"- {k} – " + "; ".join(f"{m}: «{n}»" for m, n in names.items()))
    lines += ["", "## Notes", ""]
    lines += [f"- {n}" for n in NOTES]
    lines.append("- Traps (U rows about a council rather than a seat in it, or a member's own phase or version of a "
                 "joint measure named like it):")
    lines += [f"  - {m}: {t} ({why})" for m, t, why in TRAPS]
    lines.append("- Not truth rows, per file:")
    for mod, _rs in per_file:
        lines.append(f"  - `{mod.FILENAME}`: {mod.NOT_TRUTH}")
    lines.append("- The mandate is the ministry's document for the skills-needs committee's next period (2096–2099), "
                 "sent to the council «til orientering». It names KBU, the organisations that have a seat, NFK and "
                 "SRY, and mentions Karrierekompasset and Læringsbarometeret as sources of knowledge, but reports no "
                 "measure of 2095 and has no rows; the members that report the KBU seat are Regjeringen, LO, NHO and "
                 "Akademikerne (files 1, 2, 3 and 8).")
    lines.append("- Doubts a reviewer may weigh: Regjeringen's KBU row is the ministries' observers in KBU, counted as "
                 "the seat M01; UHR's and Unio's seats are in the same unit family (UHR-Lærerutdanning), counted once "
                 "each under M06; UHR's seat row names Utdanningsforbundet and KS under «Med»; LO's «Regionale "
                 "kompetanseforum – LOs distriktskontorer» is LO's own network (1.2), not one of the six shared "
                 "councils, and so is Vestland's «Partnarskap for kompetanse i Vestland»; YS' letter names the FSR "
                 "and faglig råd seats in passing, which are reported once, in the workbook; the bar chart in NHO's "
                 "PDF counts categories, its labels are not measures; Akademikerne's converted DOCX breaks "
                 "descriptions into line frames, which the truth joins with spaces.")
    lines.append("- The sixteen files: five PDFs (four exported by LibreOffice Writer from DOCX, one of them the "
                 "non-report, and NHO's made with matplotlib), six DOCX (five made with python-docx, Akademikerne's "
                 "by LibreOffice's PDF import), three XLSX (two made with openpyxl, KS's saved by LibreOffice Calc), "
                 "one ODT made by pandoc and one ZIP holding a DOCX and an XLSX.")
    lines.append("- `.tiltakignore` keeps `truth.csv` and this README out of a run.")
    (out / "README.md").write_bytes(("\n".join(lines) + "\n").encode("utf-8"))
