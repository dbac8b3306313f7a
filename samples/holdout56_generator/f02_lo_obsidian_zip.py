"""LO: the education department keeps its reporting in an Obsidian vault; the folder was zipped and sent as it is.
Each measure is its own Markdown note with YAML properties, Dataview inline fields ('Ansvar:: …') and wiki links;
the index note only lists the notes by [[link]] and a dataview query."""
from __future__ import annotations

import json
import zipfile

from .common import KURS, RAD, row, write_zip

FILENAME = "LO-KPR-hvelv.zip"
MEMBER = "LO"
FORMAT = ("ZIP of an Obsidian vault folder (as made by Windows 'Send til → Komprimert mappe' but with UTF-8 names): "
          ".obsidian/ settings (app.json, core-plugins.json, community-plugins.json listing dataview), Markdown notes "
          "with YAML front matter (Obsidian properties), [[wiki links]], Dataview inline fields and callouts; written as "
          "text, fixed zip timestamps")
SHAPE = ("vault: an index note 'KPR 2076 – oversikt' with a dataview block and [[links]] to one note per measure in "
         "Tiltak/; each measure note has properties delmål (quoted code, a [[link]] to a delmål note, or missing "
         "with the goal only in a Nynorsk sentence), type (LO's words; missing once), år, status, tags, then "
         "'Ansvar::' and 'Med::' inline fields and a '> [!info] Kort om' callout holding the description; Delmål/ "
         "notes hold the strategy's goal texts (not measures); Maler/Tiltak.md is the empty template; Arkiv/ holds a "
         "2075 note and Ideer/ a 2077 note (not truth rows)")
NOT_TRUTH = ("the .obsidian settings, the index note (links and the dataview query), the Delmål/ notes, the template "
             "Maler/Tiltak.md, Arkiv/Fafo-rapport om opplæring i permitteringsperioder.md (år 2075, avsluttet), "
             "Ideer/LO-konferansen om fagbrev 2077.md (år 2077, planlagt), tags and aliases")

ROOT = "LO-KPR-hvelv/"

# file stem, properties (ordered list of (key, yaml value)), ansvar, med (list of links or plain), kort om,
# truth (seed, delmål, type) or None, folder
NOTES = [
    ("LO i Kompetansebehovsutvalget",
     [("delmål", '"1.1"'), ("type", "rådsarbeid"), ("år", "2076"), ("status", "løpende"), ("tags", "[kpr, kbu]")],
     "LOs utdanningsavdeling", ["[[Fellesforbundet]]", "[[Fagforbundet]]"],
     "LO har to av arbeidstakersidens plasser i utvalget. I 2076 la vi særlig vekt på kompetansebehov i bygg og "
     "anlegg og i kommunal helse.", ("M01", "1.1", RAD), "Tiltak/"),
    ("LOs plass i Nasjonalt fagskoleråd",
     [("delmål", "\"[[1.4 Samarbeid mellom utdanning og arbeidsliv]]\""), ("type", "råd"), ("år", "2076"),
      ("status", "løpende"), ("tags", "[kpr, fagskole]")],
     "LOs utdanningsavdeling", ["[[El og IT Forbundet]]"],
     "LOs representant deltok på rådets fire møter og fulgte opp arbeidet med en nasjonal strategi for "
     "fagskolene.", ("M05", "1.4", RAD), "Tiltak/"),
    ("Grønn fagarbeider – etterutdanning for elektro og VVS",
     [("delmål", '"2.4"'), ("type", "kurs"), ("år", "2076"), ("status", "gjennomført"),
      ("tags", "[kpr, grønt-skifte]")],
     "El og IT Forbundet", ["[[Rørleggerbedriftene]]", "[[NHO Elektro]]", "fagskolene"],
     "Fire moduler om solceller, batterier og varmepumper for fagarbeidere i arbeid; 620 deltok i 2076.",
     ("J01", "2.4", KURS), "Tiltak/"),
    ("Språkspor – norsk på arbeidsplassen",
     [("delmål", "\"[[3.4 Kvalifisering av innvandrere]]\""), ("type", "opplæring"), ("år", "2076"),
      ("status", "gjennomført"), ("tags", "[kpr, norsk]")],
     "Fagforbundet", ["[[Spekter]]", "[[Virke]]"],
     "Norskkurs i arbeidstida for renholdere og assistenter i sykehus og kommuner, med tillitsvalgte som "
     "språkmentorer.", ("J04", "3.4", KURS), "Tiltak/"),
    ("Kompetanseplan på hver arbeidsplass – kurs for tillitsvalde",
     [("år", "2076"), ("status", "gjennomført"), ("tags", "[kpr, tillitsvalgte]")],
     "LO i Vestland", ["[[AOF Vestland]]"],
     "Tre kveldskurs der klubbleiarar lærte å krevje og følgje opp ein kompetanseplan i bedrifta. Kurset høyrer "
     "til målet om å kople kompetansebehov i verksemdene til relevante utdanningstilbod.",
     ("U", "2.4", KURS), "Tiltak/"),
    ("Forberedelseskurs for LOs nye medlemmer i de faglige rådene",
     [("delmål", '"2.3"'), ("type", "kurs"), ("år", "2076"), ("status", "gjennomført"),
      ("tags", "[kpr, sry, faglige-råd]")],
     "LOs utdanningsavdeling", [],
     "To dager for de 23 LO-medlemmene som ble oppnevnt til de faglige rådene for perioden 2076–2079: "
     "mandat, tilbudsstruktur og hvordan de samarbeider med forbundene.", ("U", "2.3", KURS), "Tiltak/"),
    ("Fafo-rapport om opplæring i permitteringsperioder",
     [("delmål", '"2.2"'), ("type", "utredning"), ("år", "2075"), ("status", "avsluttet")],
     "LOs utdanningsavdeling", ["[[Fafo]]"], "Rapporten kom i november 2075.", None, "Arkiv/"),
    ("LO-konferansen om fagbrev 2077",
     [("delmål", '"2.3"'), ("type", "konferanse"), ("år", "2077"), ("status", "planlagt")],
     "LOs utdanningsavdeling", [], "Idé til neste år – ikke meldt inn.", None, "Ideer/"),
]

DELMAL_NOTES = {
    "1.4 Samarbeid mellom utdanning og arbeidsliv":
        "Videreutvikle samarbeidet mellom opplærings- og utdanningstilbydere og arbeidslivet, for å gjøre "
        "utdanningen relevant og for å gi bedre tilgang på kvalifisert arbeidskraft i alle regioner.",
    "3.4 Kvalifisering av innvandrere":
        "Målrette og effektivisere norskopplæring, introduksjonsprogrammet og øvrige kvalifiseringstiltak for "
        "innvandrere.",
}


def _note(props, ansvar, med, kort) -> str:
    L = ["---"] + [f"{k}: {v}" for k, v in props] + ["---", ""]
    L.append(f"Ansvar:: [[{ansvar}]]")
    if med:
        L.append("Med:: " + ", ".join(med))
    L += ["", "> [!info] Kort om", f"> {kort}", ""]
    return "\n".join(L)


def _plain(links) -> str:
    return ", ".join(m.strip("[]") for m in links)


def build(out) -> list[dict]:
    entries = [(ROOT, b"", False), (ROOT + ".obsidian/", b"", False),
               (ROOT + ".obsidian/app.json", json.dumps({"alwaysUpdateLinks": True, "newFileLocation": "folder",
                                                         "newFileFolderPath": "Tiltak",
                                                         "attachmentFolderPath": "Vedlegg"}, indent=2), True),
               (ROOT + ".obsidian/core-plugins.json", json.dumps(["file-explorer", "global-search", "backlink",
                                                                   "templates", "properties"], indent=2), True),
               (ROOT + ".obsidian/community-plugins.json", json.dumps(["dataview"], indent=2), True)]
    idx = ["---", "tags: [kpr, rapport]", "aliases: [KPR-rapport 2076]", "---", "", "# KPR 2076 – oversikt", "",
           "Tiltakene LO melder inn til Kompetansepolitisk råd for 2076. Hvert tiltak er et eget notat i Tiltak/.", "",
           "```dataview", "TABLE delmål, type, status", 'FROM "Tiltak"', "WHERE år = 2076", "SORT delmål ASC", "```",
           ""]
    for stem, *_rest, folder in NOTES:
        if folder == "Tiltak/":
            idx.append(f"- [[{stem}]]")
    idx += ["", "Se også [[Arkiv/Fafo-rapport om opplæring i permitteringsperioder]] (2075).", ""]
    entries.append((ROOT + "KPR 2076 – oversikt.md", "\n".join(idx), True))
    for name, txt in DELMAL_NOTES.items():
        entries.append((ROOT + f"Delmål/{name}.md", f"# {name}\n\n{txt}\n", True))
    entries.append((ROOT + "Maler/Tiltak.md", "---\ndelmål: \ntype: \når: {{date:YYYY}}\nstatus: \ntags: [kpr]\n---\n\n"
                    "Ansvar:: \nMed:: \n\n> [!info] Kort om\n> \n", True))
    rows = []
    for stem, props, ansvar, med, kort, truth, folder in NOTES:
        entries.append((ROOT + folder + stem + ".md", _note(props, ansvar, med, kort), True))
        if truth:
            seed = None if truth[0] == "U" else truth[0]
            rows.append(row(FILENAME, MEMBER, stem, seed, truth[1], truth[2], ansvar, _plain(med), kort))
    write_zip(out / FILENAME, entries)
    return rows


def text(path) -> str:
    out = []
    with zipfile.ZipFile(path) as z:
        for n in z.namelist():
            if n.endswith(".md"):
                out.append(n.rsplit("/", 1)[-1][:-3])
                out.append(z.read(n).decode("utf-8").replace("[[", "").replace("]]", ""))
    return "\n".join(out)
