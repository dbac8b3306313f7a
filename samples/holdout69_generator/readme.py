"""README.md for held-out round 69."""
from __future__ import annotations

from collections import Counter, OrderedDict
from pathlib import Path

from .common import COUNCILS, JOINT

TYPES_ORDER = ["FoU", "Kurs/utdanning", "Råd/utvalg/nettverk", "Prosjekt", "Informasjon", "Arrangement"]

TRAPS = [
    ("Regjeringen", "Tilskudd til regionale kompetansebehovsanalyser",
     "a grant scheme for four counties' own analyses of skills needs, section 2.2, modelled on KBU; «Ordningen er et "
     "forsøk som departementet eier, og er ikke en del av Kompetansebehovsutvalgets arbeid» (Forsøksordning → "
     "Prosjekt, «et sterkere regionalt ansvar for kompetansepolitikken» = 1.2)"),
    ("LO", "Helsefagarbeider nå – Trøndelag",
     "a regional version of J02 that LO Trøndelag runs alone for private care firms, the row right under J02 and "
     "named like it; «Den trønderske varianten er LO Trøndelags egen og er ikke en del av det nasjonale prosjektet» "
     "(Prosjektdeltakelse → Prosjekt, the same strategy words as J02 = 2.5)"),
    ("NHO", "Innspill til KBU fra NHO Sjømat",
     "NHO Sjømat's own analysis sent to KBU as input, the row right under the KBU seat; «Analysen er NHO Sjømats egen "
     "og er ikke en del av utvalgets arbeid» (code U = utredning og analyse → FoU, 1.1)"),
    ("KS", "Nettverk for kommunale representanter i de faglige rådene",
     "KS' own network of the municipal representatives in the faglige råd, right after the SRY seat under the same "
     "heading; «Nettverket er KS' eget og er ikke en del av SRY» (Nettverk → Råd/utvalg/nettverk, the heading «Flere "
     "velger fag- og yrkesopplæring» = 2.3)"),
    ("YS", "Oppfølgingsstudie i finans etter Læringsvaneundersøkelsen",
     "Finansforbundet's own follow-up interviews after J03, a new phase it runs alone, the pair right under J03; "
     "«Studien er Finansforbundets egen og er ikke en del av den felles undersøkelsen» (Oppfølgingsstudie → FoU, "
     "the same delmål 2.2)"),
    ("Virke", "Digital grunnmur 2 – påbygging for varehandelen",
     "a paid second stage of J05 that Virke offers alone, the row right under J05; «Påbyggingen er Virkes eget "
     "betalingskurs og er ikke en del av Digital grunnmur» (Påbyggingskurs → Kurs/utdanning, the same delmål 2.1)"),
    ("Spekter", "Samarbeidsrådet Helse Nord – Nord universitet",
     "a hospital trust's own council with a university, right after the RSA seat; «Rådet er helseforetakets og "
     "universitetets eget samarbeidsorgan og er ikke et RSA» (Samarbeidsråd → Råd/utvalg/nettverk, 1.4)"),
    ("Vestland fylkeskommune", "Regionalt forum for karriererettleiing i Vestland",
     "the county's own forum, right after the NFK seat and named like it; «Forumet er fylkeskommunen sitt eige og er "
     "ikkje ein del av det nasjonale forumet» (Regionalt forum → Råd/utvalg/nettverk, «karriererettleiing for alle» "
     "= 1.3)"),
    ("UHR", "Evaluering av RSA-ordningen",
     "an evaluation about the RSA councils that UHR ordered from NIFU, right after the RSA seat in the embedded "
     "sheet; «Evalueringen handler om rådene, men er UHRs eget oppdrag og ikke en del av rådenes arbeid» (Evaluering "
     "→ FoU, 1.4)"),
    ("Fagskolerådet", "Rapport om fagskolene i karriereveiledningen",
     "Fagskolerådet's own report presented to NFK, the row right under the NFK seat; «Den ble lagt fram for "
     "Nasjonalt forum for karriereveiledning, men er Fagskolerådets egen og er ikke en del av forumets arbeid» "
     "(Rapport → FoU, 1.3)"),
    ("VOFO", "Språkvenn på jobb i Agder",
     "a regional version of J06 that Studieforbundet AOF runs alone for seasonal workers, right under J06; "
     "«Agder-varianten er AOFs eget prosjekt og er ikke en del av Språkvenn på jobb» (Regionalt prosjekt → Prosjekt, "
     "the same delmål 3.4)"),
]

NOTES = [
    "`truth.csv` columns: source_file, member, tiltak, seed_row, delmal, type, ansvarlig, samarbeidspartnere, "
    "beskrivelse. `tiltak`, `ansvarlig`, `samarbeidspartnere` and `beskrivelse` are written as the file states them "
    "(line breaks inside a cell or paragraph joined with a space; Regjeringen's and VOFO's names without the section "
    "number or the template's «Tiltak N:» for Kompetanseforbundet); `samarbeidspartnere` is empty where the file "
    "names no partner and otherwise lists the partners comma-separated as the file names them («KS og Spekter», "
    "«YS; Virke; Fafo», «NHO / YS / Fafo» all become a plain list), except that a name that itself holds «og» stays "
    "whole (Sametinget's «Samisk videregående skole og reindriftsskole» is one school). Descriptions: Regjeringen's "
    "the paragraphs under the Heading 2 (two for KBU); LO's «Hva skjedde i 2089»; NHO's «Status 31.12.2089»; KS' the "
    "text between the name's colon and the grey bracket; YS' the merged italic row under the name row; Virke's "
    "«Beskrivelse»; Unio's the text after the line break in the first cell; Akademikerne's «What was done in 2089»; "
    "Spekter's «Omtale»; Vestland's the paragraph under the heading; UHR's the embedded sheet's «Beskrivelse»; "
    "Fagskolerådet's «Omtale»; Kompetanseforbundet's «Beskrivelse:»; Sametinget's «Čilgehus / Beskrivelse»; VOFO's "
    "the paragraph under the <h2>.",
    "`seed_row`: M01–M06 = the shared councils (one id per council, the same for every member reporting a seat in "
    "it; the ids are assigned differently from earlier rounds), J01–J06 = joint measures reported by two or three "
    "members in their own words, U01.. = a member's own measure, numbered in file order.",
    "`type` is the secretariat's reading of the member's own word: Utvalg / Plass i utvalg / Rådsplass / NHO's code R "
    "/ Nettverk / Arbeidslivsplass / Programgruppe / Council seat / Samarbeidsråd / Forumplass / Regionalt forum / "
    "Rådsdeltakelse / Arbeidslivsutvalg / Observatørplass → Råd/utvalg/nettverk; NHO's code U / Spørreundersøkelse / "
    "Oppfølgingsstudie / Undersøkelse / Rapport / Survey / Kartlegging / Evaluering / Statistikk → FoU; Studietilbud / "
    "Tillitsvalgtkurs / code K / Videreutdanning / Kurs / Nettkurs / Påbyggingskurs / Course / Lesegrupper → "
    "Kurs/utdanning; Tilskudd til prosjekter / Forsøksordning / Prosjektdeltakelse / Prosjekt / Mentoring programme / "
    "Utviklingsprosjekt / Regionalt prosjekt → Prosjekt; Digitalt verktøy / Digital teneste / Digital tjeneste / "
    "Veiledningstjeneste / code I / Veileder / Rådgivningstjeneste / Nettside / Nettjeneste / Veiledningshefte → "
    "Informasjon; Konferanse / Temadag / Frokostmøter / Karrieredag / Fagskoledag / Webinar → Arrangement. A seat in a "
    "council is always Råd/utvalg/nettverk.",
    "Delmål given otherwise than as a plain code: Regjeringen only in the grey «Strategien:» line («et felles "
    "kunnskapsgrunnlag om hvilken kompetanse Norge trenger» = 1.1, «karriereveiledning for voksne, også seniorer» = "
    "1.3, «at kompetanse fra arbeidslivet blir dokumentert og verdsatt» = 2.5, «bedre norskopplæring for "
    "innvandrere, i samarbeid med partene» = 3.4, «et sterkere regionalt ansvar for kompetansepolitikken» = 1.2, "
    "«enklere godkjenning av utdanning fra utlandet» = 2.6), while the hand-typed section numbers «1.1»–«3.2» in the "
    "headings are not delmål (section 1.2 is delmål 1.3, 1.3 is 2.5, 2.1 is 3.4, 2.2 is 1.2, 3.1 is 2.6); LO as the "
    "opening words of the strategy's own delmål text ending in «…» (1.1, 2.5, 2.2, 2.3); KS only by the Heading 2 "
    "(«Flere velger fag- og yrkesopplæring» = 2.3, «Tettere samarbeid mellom utdanningene og kommunene som "
    "arbeidsgiver» = 1.4, «Dokumentert kompetanse for ansatte uten fagbrev» = 2.5, «Relevant etter- og "
    "videreutdanning» = 2.4, «Digitalt kompetente kommuner» = 2.1); YS «2.2 Kunnskap om læring»; Virke «Delmål 2.1: "
    "digital kompetanse»; Akademikerne «1.1 Skills needs (KBU)», «2.2 Learning at work – evidence»; Vestland in "
    "Nynorsk words only («karriererettleiing for alle» = 1.3, «at fleire vel yrkesfag» = 2.3, «dokumentert "
    "kompetanse for tilsette utan fagbrev» = 2.5, «opplæringstilbodet til arbeidssøkjarar i Nav» = 3.5); "
    "Kompetanseforbundet «2.5 – dokumentasjon av realkompetanse»; VOFO «Delmål 3.6 | …»; Unio, Spekter, UHR, "
    "Fagskolerådet and Sametinget as a plain code (Unio's explained in an appendix list).",
    "Reporting year, told only in words: Regjeringen «ble avsluttet ved utgangen av fjoråret» (section 1.4) and "
    "«trer i kraft fra skoleåret 2090–91» (section 3.2); LO «starter våren 2090»; NHO «Rapportert i fjor, ingen "
    "aktivitet i 2089»; KS «Siste kull fullførte i juni i fjor»; YS «ikke holdt i 2089 og er flyttet til februar 2090»; "
    "Virke «etableres høsten 2090»; Unio «lansert først i 2090»; Akademikerne «Utsatt til 2090»; Spekter «ikke holdt i "
    "2089. Neste konferanse er i april 2090»; Vestland «vart ikkje halden i 2089. Neste messe er hausten 2090» (a "
    "heading with no facts list); UHR «Starter høsten 2090»; Fagskolerådet «Holdes annethvert år; sist i 2088 og "
    "neste gang i 2090»; Kompetanseforbundet «fullført i 2088 og er rapportert før»; Sametinget «holdt i 2088 og "
    "holdes neste gang i 2090»; VOFO «ble ikke holdt i 2089. Neste konferanse er i april 2090».",
    "Containers and hidden places: UHR's measures stand only inside an embedded Calc object in the ODT («Object 1/» "
    "with its own content.xml; the body shows a PNG replacement image; verify checks the object, the manifest entry "
    "and that no measure is in the body); Fagskolerådet's file is OpenOffice.org 1.x Calc (.sxc, "
    "http://openoffice.org/2000/* namespaces, DOCTYPE'd parts; verify checks the stored mimetype and the namespace); "
    "Kompetanseforbundet's is an OpenDocument text template (.ott) with an unfilled template block left in; "
    "Sametinget's .doc is RTF inside (LibreOffice's RTF export; verify checks «{\\rtf1», LibreOffice and a \\trowd "
    "table); VOFO's .htm is Writer's HTML export; the four PDFs are Writer or Calc exports (verify checks the "
    "Creator).",
    "Responsible and partners: Regjeringen – the chapter's ministry / «I samarbeid med:»; LO – Hvem i LO-familien / "
    "Sammen med; NHO – Landsforening eller region / Partnere; KS – «Ansvar:» / «Med:» in the grey bracket; YS – "
    "Ansvarlig forbund / Partnere; Virke – Ansvarlig i Virke / Partnere; Unio – Forbund / Samarbeid; Akademikerne – "
    "Lead association / Partners; Spekter – Leder / Deltakere; Vestland – «Ansvarleg:» / «Samarbeid:»; UHR – "
    "Ansvarlig / Partnere; Fagskolerådet – Ansvar / Partnere; Kompetanseforbundet – «Ansvarlig:» / "
    "«Samarbeidspartnere:»; Sametinget – Ovddasvástádus / Ansvar and Ovttasbargu / Samarbeid; VOFO – «Ansvar:» / "
    "«Med:».",
]


def _esc(s: str) -> str:
    return s.replace("|", "\\|")


def write_readme(out: Path, per_file, rows) -> None:
    lines = ["# Held-out round 69 – reporting year 2089", "",
             "Regenerate with `python -m samples.holdout69_generator` (writes `samples/holdout69`); check with "
             "`python -m samples.holdout69_generator.verify`. The build is deterministic (fixed dates, metadata, ids "
             "and zip timestamps; LibreOffice exports from Writer and Calc with dates and /ID fixed; LibreOffice's RTF "
             "and HTML exports take their dates from the fixed DOCX properties), so a rebuild gives byte-identical "
             "files; `verify` rebuilds into a temporary folder and compares.", "",
             "Every report covers the measures of 2089. Items that a file marks as finished earlier or planned for "
             "later are not truth rows (see Notes for each file); this is said in words inside the text («ved "
             "utgangen av fjoråret», «Rapportert i fjor», «Utsatt til 2090», «vart ikkje halden i 2089») rather than "
             "in a year column. Ten of the fifteen reports are ordinary Word, Excel and PDF reports whose difficulty "
             "is in the details: hand-typed section numbers that look like delmål codes, the strategy's own delmål "
             "text quoted without a code, one-letter kind codes explained only in a legend, headings that are delmål "
             "in the member's words, a name row and a merged description row per measure, sector band rows, name and "
             "description in one cell, English column names, two header rows, Nynorsk fact lists. The other five are "
             "containers not used before: an ODT whose measures are only in an embedded spreadsheet object, an "
             "OpenOffice.org 1.x Calc file, a filled-in OpenDocument template, RTF under a .doc name and Writer's HTML "
             "export; the sixteenth file is a sign-up list.", "",
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
              + " (SRY = Samarbeidsrådet for yrkesopplæring and its faglige råd; RSA = Råd for samarbeid med "
                "arbeidslivet, one per university or college; FSR = Nasjonalt fagskoleråd; KBU = "
                "Kompetansebehovsutvalget; UHR-FSE = UHR's fagstrategiske enheter, such as UHR-Helse og velferd, "
                "UHR-MNT and UHR-Økonomi og administrasjon; NFK = Nasjonalt forum for karriereveiledning).",
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
    lines.append("- Traps (U rows about a council or a joint measure, or modelled on one, that are not a seat in it "
                 "or the same measure):")
    lines += [f"  - {m}: {t} ({why})" for m, t, why in TRAPS]
    lines.append("- Not truth rows, per file:")
    for mod, _rs in per_file:
        lines.append(f"  - `{mod.FILENAME}`: {mod.NOT_TRUTH}")
    lines.append("- The sign-up list is the export of registrations for a planning workshop after Yrkesfagdagen "
                 "2089. Its workshop titles and organisations read like measures and members (a joint measure, the "
                 "faglige råd, Karrieresjekk 50+), but it reports nothing and has no rows.")
    lines.append("- The sixteen files: four PDFs (three exported by LibreOffice Writer – two from DOCX, one from a "
                 "hand-written Nynorsk ODT – and one by Calc from an XLSX), four DOCX, three XLSX (one the sign-up "
                 "list), one ODT with an embedded spreadsheet object, one OpenOffice.org 1.x .sxc, one .ott template, "
                 "one RTF named .doc and one .htm.")
    lines.append("- `.tiltakignore` keeps `truth.csv` and this README out of a run.")
    (out / "README.md").write_bytes(("\n".join(lines) + "\n").encode("utf-8"))
