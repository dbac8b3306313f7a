"""Sametinget: the report as an XLIFF 1.2 file from the translation agency – North Sámi source segments with Norwegian
targets, one trans-unit per field, grouped per measure."""
from __future__ import annotations

from lxml import etree

from .common import FOU, INFO, KURS, RAD, row, xml_esc

FILENAME = "Sametinget_KPR_2074_se-nb.xlf"
MEMBER = "Sametinget"
FORMAT = ("XLIFF 1.2 bilingual file (urn:oasis:names:tc:xliff:document:1.2) as exported from a CAT tool, source "
          "se-NO, target nb-NO, datatype x-docx; written as text")
SHAPE = ("translation file instead of a report: every paragraph of the Sámi original is a trans-unit with the "
         "Sámi <source> and the Norwegian <target>; each measure is a <group> of six units (name, 'Ulbmil:/Delmål:', "
         "'Doaibmabidjoslája:/Type:' in own words, 'Ovddasvástideaddji:/Ansvarlig:', 'Ovttasbargoguoimmit:/"
         "Samarbeid:', description); states 'translated' / 'needs-review-translation', translator's <note>s; "
         "introduction, a 2073 item, 2075 plans and an untranslated greeting (not truth rows)")
NOT_TRUTH = ("the title and introduction units, the translator's notes, 'Avsluttet i 2073' (stipendordningen for "
             "voksne samiskstudenter), 'Planer for 2075' (karriereveiledning på skoltesamisk), the untranslated "
             "greeting and signature units; the Sámi source text")

# each: name (se, nb), goal (se, nb), type (se, nb), resp (se, nb), partners (se, nb), desc (se, nb), truth
MEASURES = [
    (("Sámi perspektiiva Nasjonalt forum for karriereveiledning -forumis",
      "Samisk perspektiv i Nasjonalt forum for karriereveiledning"),
     ("1.3 Gárrierebagadallan", "1.3 Karriereveiledning"), ("ráđđebargu", "rådsarbeid"),
     ("Sámediggi", "Sametinget"), ("HK-dir", "HK-dir"),
     ("Sámediggi searvá forumii áicin ja lea deattuhan gárrierebagadallama sámegillii ja máhtu sámi ealáhusaid "
      "birra.",
      "Sametinget deltar som observatør i forumet og har lagt vekt på karriereveiledning på samisk og kunnskap om "
      "samiske næringer."), ("M06", "1.3", RAD)),
    (("Gárrierebagadallan sámegillii – digitála bálvalus", "Karriereveiledning på samisk – digital tjeneste"),
     ("1.3", "1.3"), ("digitála bálvalus", "digital tjeneste"), ("Sámediggi", "Sametinget"),
     ("Romssa ja Finnmárkku fylkkasuohkan, HK-dir", "Troms og Finnmark fylkeskommune, HK-dir"),
     ("Čátta ja videobagadallan davvisámegillii, julevsámegillii ja lullisámegillii rahpojuvvui njukčamánus "
      "2074.",
      "Chat og videoveiledning på nordsamisk, lulesamisk og sørsamisk ble åpnet i mars 2074."),
     (None, "1.3", INFO)),
    (("Doarjja oahpahusfitnodagaide sámi fágain", "Tilskudd til lærebedrifter i samiske fag"),
     ("2.3 Fidnofágalaš oahpu vejolašvuođat", "2.3 Karrieremuligheter i yrkesfag"),
     ("doarjjaortnet", "tilskuddsordning"), ("Sámediggi", "Sametinget"), ("fylkkasuohkanat", "fylkeskommunene"),
     ("Lassedoarjja oahppiide duojis, boazodoalus ja sámegielas; 46 oahppi ožžo doarjaga 2074:s.",
      "Ekstra tilskudd for lærlinger i duodji, reindrift og samisk språk; 46 lærlinger fikk støtte i 2074."),
     (None, "2.3", KURS)),
    (("Sámegielkursa gielddaid bargiide", "Samiskkurs for ansatte i kommunene"),
     ("Nearvagis oahpahus rávisolbmuid eavttuid vuođul", "Fleksibel opplæring på voksnes premisser"),
     ("kursa", "kurs"), ("Sámediggi", "Sametinget"), ("Sámi allaskuvla", "Sámi allaskuvla"),
     ("Nearvagis kursa davvisámegielas neahtas ja čoahkkimiin mánáidgárddiid ja dearvvašvuođabálvalusaid "
      "bargiide hálddašanguovllus.",
      "Fleksibelt kurs i nordsamisk på nett og samlinger for ansatte i barnehager og helsetjenester i "
      "forvaltningsområdet."), (None, "3.1", KURS)),
    (("Sámi ealáhusaid gelbbolašvuođadárbbuid kárten", "Kartlegging av kompetansebehov i samiske næringer"),
     ("2.2", "2.2"), ("kárten", "kartlegging"), ("Sámediggi", "Sametinget"),
     ("Nordlánda fylkkasuohkan, Trøndelága fylkkasuohkan", "Nordland fylkeskommune, Trøndelag fylkeskommune"),
     ("Kártema gokčá boazodoalu, duoji, turismma ja kulturealáhusaid lulli- ja julevsámi guovlluin.",
      "Kartleggingen dekker reindrift, duodji, reiseliv og kulturnæringer i sør- og lulesamiske områder."),
     (None, "2.2", FOU)),
]

LABELS = [("Ulbmil", "Delmål"), ("Doaibmabidjoslája", "Type"), ("Ovddasvástideaddji", "Ansvarlig"),
          ("Ovttasbargoguoimmit", "Samarbeid")]


def _tu(uid, se, nb, state="translated", note=None, resname=None) -> str:
    rn = f" resname=\"{resname}\"" if resname else ""
    s = [f"        <trans-unit id=\"{uid}\"{rn} xml:space=\"preserve\">",
         f"          <source xml:lang=\"se-NO\">{xml_esc(se)}</source>"]
    if nb is not None:
        s.append(f"          <target xml:lang=\"nb-NO\" state=\"{state}\">{xml_esc(nb)}</target>")
    if note:
        s.append(f"          <note from=\"oversetter\">{xml_esc(note)}</note>")
    s.append("        </trans-unit>")
    return "\n".join(s)


def build(out) -> list[dict]:
    L = ["<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
         "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\" "
         "xmlns:mq=\"MQXliff\">",
         "  <file original=\"KPR_raporta_2074_Samediggi.docx\" source-language=\"se-NO\" target-language=\"nb-NO\" "
         "datatype=\"x-docx\" date=\"2075-01-20T13:12:00Z\">",
         "    <header>",
         "      <tool tool-id=\"memoQ\" tool-name=\"memoQ\" tool-version=\"11.4.8\" tool-company=\"memoQ Zrt.\"/>",
         "      <note>Prosjekt: SD-2075-014 · Oversetter: Máret Gaup · Korrektur: ikke utført</note>",
         "    </header>",
         "    <body>"]
    L.append(_tu("p1", "Sámedikki raporta Gealbopolitihkalaš ráđđái 2074",
                 "Sametingets rapport til Kompetansepolitisk råd 2074"))
    L.append(_tu("p2", "Sámediggi lea jagi 2074 bargan gealbopolitihkain sámi servodagaid várás. Dás leat min "
                       "doaibmabijut.",
                 "Sametinget har i 2074 arbeidet med kompetansepolitikk for samiske samfunn. Her er tiltakene våre."))
    rows = []
    for k, (name, goal, typ, resp, partners, desc, truth) in enumerate(MEASURES, 1):
        L.append(f"      <group id=\"g{k}\" resname=\"doaibmabidju-{k}\">")
        L.append(_tu(f"t{k}-namn", name[0], name[1], resname="namma"))
        for j, ((lse, lnb), (vse, vnb)) in enumerate(zip(LABELS, (goal, typ, resp, partners))):
            state = "needs-review-translation" if (k == 3 and j == 1) else "translated"
            note = "«doarjjaortnet» = tilskuddsordning" if (k == 3 and j == 1) else None
            L.append(_tu(f"t{k}-{j + 1}", f"{lse}: {vse}", f"{lnb}: {vnb}", state=state, note=note))
        note = "Stedsnavn beholdt på norsk etter avtale." if k == 5 else None
        L.append(_tu(f"t{k}-omtale", desc[0], desc[1], note=note, resname="čilgehus"))
        L.append("      </group>")
        seed, dm, t = truth
        rows.append(row(FILENAME, MEMBER, name[1], seed, dm, t, resp[1], partners[1], desc[1]))
    L.append(_tu("p90", "Loahpahuvvon 2073: Stipendaortnet rávisolbmuid sámegieloahppiide loahpahuvvui 2073:s.",
                 "Avsluttet i 2073: Stipendordningen for voksne samiskstudenter ble avsluttet i 2073."))
    L.append(_tu("p91", "Plánat 2075: Sámediggi áigu viiddidit gárrierebagadallama nuortalašgillii.",
                 "Planer for 2075: Sametinget vil utvide karriereveiledningen til skoltesamisk."))
    L.append(_tu("p92", "Dearvvuođaiguin", None))
    L.append(_tu("p93", "Inga Máret Hætta, ossodatjođiheaddji", None))
    L += ["    </body>", "  </file>", "</xliff>", ""]
    (out / FILENAME).write_bytes("\n".join(L).encode("utf-8"))
    return rows


def text(path) -> str:
    root = etree.fromstring(path.read_bytes())
    return "\n".join(el.text for el in root.iter() if isinstance(el.tag, str) and el.text and el.text.strip())
