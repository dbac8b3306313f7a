"""The measures of the held-out round for reporting year 2029.

Each file's rows are dicts; `dm`/`ty` are the truth (delmål code, one of the six types),
`dmw`/`tyw` are what the report itself writes (notation varies per file; "" = not given).
Ids M01.. are shared between members only when the secretariat would merge the rows.
"""

RF = "Råd/utvalg/nettverk"
KU = "Kurs/utdanning"
PR = "Prosjekt"
IN = "Informasjon"
AR = "Arrangement"
FO = "FoU"


def r(id, t, dm, ty, ans="", par="", bes="", dmw="", tyw=""):
    return dict(id=id, t=t, dm=dm, ty=ty, ans=ans, par=par, bes=bes, dmw=dmw, tyw=tyw)


# --- Regjeringen: long prose report (Word -> PDF) ---------------------------------
REGJERINGEN = [
    r("M01", "Kompetansebehovsutvalget", "1.1", RF, "KD", "ASD, hovedorganisasjonene, HK-dir",
      "Utvalget la fram sin sjette hovedrapport i juni 2029. Departementet har oppnevnt to nye forskermedlemmer for perioden 2029–2032."),
    r("M02", "Forsøk med karriereveiledning i arbeidslivet (KIA)", "1.3", PR, "KD",
      "HK-dir, Vestland fylkeskommune, Nordland fylkeskommune, partene",
      "Ansatte uten fullført videregående opplæring får tilbud om veiledning på arbeidsplassen. Forsøket går i to fylker ut 2030."),
    r("M03", "Kompetansetoppmøtet 2029", "1.2", AR, "KD", "Vestland fylkeskommune, NHO, KS",
      "Toppmøtet ble holdt i Bergen 17. oktober med rundt 400 deltakere fra fylkeskommuner, partene og utdanningssektoren."),
    r("M13", "Evaluering av de regionale kompetanseforaene", "1.2", FO, "KD", "KDD, NIFU",
      "NIFU har fått i oppdrag å vurdere hvordan foraene fungerer etter at fylkeskommunene overtok ansvaret. Sluttrapport kommer høsten 2030."),
    r("M04", "Bransjeprogram for varehandelen", "2.1", KU, "KD", "HK-dir, Virke, HK Norge, NHO Service og Handel",
      "Programmet ble utvidet med 600 nye studieplasser i digital handel og logistikk."),
    r("M14", "Ny modell for vurdering av realkompetanse fra arbeidslivet", "2.5", FO, "KD", "HK-dir, partene",
      "En arbeidsgruppe har levert forslag til felles kriterier som kan brukes både av fagskoler og fylkeskommuner."),
    r("M15", "Raskere godkjenning av utenlandsk fagutdanning", "2.6", PR, "KD", "HK-dir, NOKUT",
      "Saksbehandlingstiden er redusert fra fem til to måneder gjennom en ny digital søknadsløsning."),
    r("M09", "Kompetansepluss frivillighet – ny tilskuddsrunde", "3.2", KU, "KD", "HK-dir, VOFO",
      "Ordningen fikk 45 millioner kroner i 2029, og studieforbundene kunne søke om midler til kurs i norsk og digitale ferdigheter."),
    r("M16", "Modulstrukturert fag- og yrkesopplæring for voksne gjort permanent", "3.1", KU, "KD",
      "fylkeskommunene, Utdanningsdirektoratet",
      "Alle fylkeskommuner tilbyr nå modulstrukturert opplæring i minst fem lærefag."),
    r("M12", "Norskopplæring på arbeidsplassen (NOA)", "3.4", PR, "AID", "IMDi, NHO, LO",
      "Partsprogrammet gir ansatte med svake norskferdigheter opplæring i arbeidstiden. 140 virksomheter deltok i 2029."),
    r("M17", "Toårig yrkesrettet opplæringstiltak i NAV utvidet til flere fylker", "3.5", KU, "AID",
      "Arbeids- og velferdsdirektoratet, fylkeskommunene",
      "Tiltaket tilbys nå i ni fylker, og deltakerne tar fagbrev mens de får tiltakspenger."),
]

# --- LO: Word table, odd headings, area rows, header repeated mid-table ----------------
LO = [
    r("M01", "Plass i Kompetansebehovsutvalget", "1.1", RF, "LO", "", dmw="dm 1.1"),
    r("M05", "LOs representanter i SRY", "1.4", RF, "LO", "", dmw="dm 1.4"),
    r("M18", "Samling for LOs medlemmer i faglige råd og SRY", "1.4", KU, "LO", "Fagforbundet, Fellesforbundet", dmw="dm 1.4"),
    r("M11", "Læringsbarometeret 2029", "2.2", FO, "LO og NHO", "Fafo", dmw="dm 2.2"),
    r("M04", "Bransjeprogrammet i varehandel", "2.1", KU, "HK Norge", "Virke, KD", dmw="dm 2.1"),
    r("M19", "Digitalt kompetanseløft for tillitsvalgte", "2.1", KU, "LO", "AOF", dmw="dm 2.1"),
    r("M12", "Arbeidsplassbasert norskopplæring (NOA)", "3.4", PR, "LO", "NHO, AID, IMDi", dmw="dm 3.4"),
    r("M20", "Kartlegging av fagbrev blant voksne i industrien", "3.1", FO, "Fellesforbundet", "Norsk Industri", dmw="dm 3.1"),
]

# --- NHO: spreadsheet, several sheets, header row further down --------------------------
NHO = [
    r("M01", "Representant i KBU", "1.1", RF, "NHO", "", "NHOs sjeføkonom sitter i utvalget.", dmw=1.1, tyw="Utvalg"),
    r("M03", "Kompetansetoppmøtet", "1.2", AR, "KD", "NHO Vestland, Vestland fylkeskommune",
      "Medarrangør på toppmøtet i Bergen i oktober.", dmw=1.2, tyw="Arrangement"),
    r("M05", "NHO leder Samarbeidsrådet for yrkesopplæring", "1.4", RF, "NHO", "LO, KS, Virke, Spekter, Unio, YS",
      "Ledervervet gikk over til NHO fra 1. januar 2029.", dmw=1.4, tyw="Råd"),
    r("M11", "Læringsbarometeret", "2.2", FO, "NHO/LO", "Fafo",
      "Fjerde måling av hvor mye og hvordan ansatte lærer i jobben.", dmw="2,2", tyw="Analyse"),
    r("M21", "Yrkesfagkampanjen «Fagfolk først»", "2.3", IN, "NHO", "fylkeskommunene",
      "Kampanje i sosiale medier rettet mot elever i 10. trinn og foreldre.", dmw="2,3", tyw="Kampanje"),
    r("M22", "Kompetansepiloter i klyngene", "2.4", PR, "NHO", "Innovasjon Norge, fem næringsklynger",
      "Små bedrifter i klyngene får hjelp til å beskrive kompetansebehov og bestille kurs fra fagskolene.", dmw=2.4, tyw="Prosjekt"),
    r("M23", "Bransjestandard for dokumentasjon av bedriftsintern opplæring", "2.5", PR, "NHO Byggenæringen", "Fellesforbundet",
      "Felles mal for kursbevis som kan brukes ved senere realkompetansevurdering.", dmw=2.5, tyw="Utviklingsarbeid"),
    r("M12", "NOA – norsk på arbeidsplassen", "3.4", PR, "NHO", "LO, IMDi",
      "NHO rekrutterer bedrifter til programmet.", dmw=3.4, tyw="Prosjekt"),
]

# --- Unio: letter (Word -> PDF), numbered items, delmål only in words ---------------------
UNIO = [
    r("M01", "Unios medlem i Kompetansebehovsutvalget", "1.1", RF, "", "",
      "Unio oppnevnte i 2029 et nytt medlem til utvalget fra Utdanningsforbundet.",
      dmw="bedre kunnskap om Norges kompetansebehov"),
    r("M07", "Representanter i rådene for samarbeid med arbeidslivet (RSA)", "1.4", RF, "", "",
      "Forbundene i Unio har representanter i RSA ved de fleste universiteter og høyskoler.",
      dmw="tettere samarbeid mellom utdanningstilbyderne og arbeidslivet"),
    r("M08", "Observatør i UHR-Helse og velferd", "1.4", RF, "", "Norsk Sykepleierforbund, Fysioterapeutforbundet",
      "Unio følger arbeidet med nye retningslinjer for helseutdanningene.",
      dmw="tettere samarbeid mellom utdanningstilbyderne og arbeidslivet"),
    r("M06", "Plass i Faglig råd for helse- og oppvekstfag", "1.4", RF, "", "",
      "Sykepleierforbundet representerer Unio i rådet.",
      dmw="tettere samarbeid mellom utdanningstilbyderne og arbeidslivet"),
    r("M10", "Lære for livet (LFL)", "2.4", PR, "", "KS, YS, LO Kommune, Akademikerne kommune",
      "Partssamarbeidet i kommunal sektor har i 2029 gitt 35 kommuner støtte til å lage kompetanseplaner.",
      dmw="å koble virksomhetenes kompetansebehov til utdanningstilbyderne"),
    r("M24", "Konferansen «Kompetanse i velferdsstaten»", "2.2", AR, "", "OsloMet",
      "Om 250 deltakere drøftet hva etter- og videreutdanning betyr for kvaliteten i tjenestene.",
      dmw="mer kunnskap om verdien av å investere i kompetanse"),
]

# --- KS: ODT with labelled blocks -----------------------------------------------------
KS = [
    r("M25", "KS' vurdering av KBUs hovedrapport 2029", "1.1", IN, "KS", "",
      "Et notat som oppsummerer funnene for kommunesektoren ble sendt til alle kommuner og fylkeskommuner i september.",
      dmw="Delmål 1.1", tyw="Notat"),
    r("M05", "Representasjon i SRY", "1.4", RF, "KS", "",
      "KS har ett fast medlem og en vara i Samarbeidsrådet for yrkesopplæring.",
      dmw="Delmål 1.4", tyw="Råd"),
    r("M06", "Ledelse av Faglig råd for helse- og oppvekstfag", "1.4", RF, "KS", "Spekter, Fagforbundet, Unio",
      "KS har ledervervet i rådet i perioden 2028–2031.", dmw="Delmål 1.4", tyw="Råd"),
    r("M26", "Nye e-læringskurs i digital saksbehandling på KS Læring", "2.1", KU, "KS", "Digdir",
      "Seks nye kurs ble lagt ut, og over 9 000 kommuneansatte har fullført minst ett av dem.",
      dmw="Delmål 2.1", tyw="E-læring"),
    r("M27", "Lærlingløftet i kommunene", "2.3", IN, "KS", "fylkeskommunene",
      "Informasjonsmateriell og besøk som skal få flere kommuner til å ta inn lærlinger i helsearbeiderfaget.",
      dmw="Delmål 2.3", tyw="Kampanje"),
    r("M10", "Lære for livet i kommunesektoren (LFL)", "2.4", PR, "KS", "Unio, YS, LO Kommune, Akademikerne kommune",
      "KS leder partsprosjektet som støtter kommuner i å kartlegge kompetansebehov og lage kompetanseplaner.",
      dmw="Delmål 2.4", tyw="Partsprosjekt"),
    r("M28", "Lære for livet – forprosjekt til fase 2", "2.4", PR, "KS", "Unio, YS",
      "Et forprosjekt skal avklare innretning og finansiering av en ny periode fra 2031.",
      dmw="Delmål 2.4", tyw="Forprosjekt"),
]

# --- YS: memo (RTF), typed dashes, type in brackets --------------------------------------
YS = [
    r("M29", "Innspill til Kompetansebehovsutvalgets neste rapport", "1.1", IN, "YS", "Negotia, Parat",
      "YS har levert skriftlige innspill om kompetansebehov i privat tjenesteyting.", dmw="delmål 1.1", tyw="Innspill"),
    r("M30", "Tillitsvalgtskolering om karriereveiledning", "1.3", KU, "YS", "",
      "To kurs for tillitsvalgte om hvordan de kan støtte kolleger som vil ta ny utdanning.", dmw="delmål 1.3", tyw="Kurs"),
    r("M31", "Digitale grunnkurs for medlemmer i varehandel og finans", "2.1", KU, "YS", "Negotia, Finansforbundet",
      "Kursene er gratis for medlemmer og tas på nett.", dmw="delmål 2.1", tyw="Kurs"),
    r("M32", "Seniorpolitisk barometer – kompetansedelen", "2.2", FO, "YS", "Senter for seniorpolitikk",
      "YS finansierer spørsmålene om etter- og videreutdanning blant arbeidstakere over 55 år.", dmw="delmål 2.2", tyw="Undersøkelse"),
    r("M10", "Deltakelse i Lære for livet", "2.4", PR, "YS Kommune", "KS, Unio",
      "YS Kommune sitter i styringsgruppen og deltar på regionale samlinger.", dmw="delmål 2.4", tyw="Prosjekt"),
]

# --- Virke: .doc, two-row header (Tiltaket: Navn | Innhold) -------------------------------
VIRKE = [
    r("M05", "Faste plasser i SRY", "1.4", RF, "Virke", "", "Virke har to faste medlemmer og to vara i rådet.", dmw="1.4", tyw="Råd"),
    r("M08", "UHR-Økonomi og administrasjon", "1.4", RF, "Virke", "",
      "Virke deltar som arbeidslivsrepresentant i UHRs fagstrategiske enhet for økonomisk-administrative fag.", dmw="1.4", tyw="Nettverk"),
    r("M04", "Bransjeprogrammet for handel", "2.1", KU, "Virke", "HK Norge, KD, HK-dir",
      "Virke har rekruttert medlemsbedrifter og bidratt til innholdet i kursene om netthandel.", dmw="2.1", tyw="Kurs"),
    r("M33", "Virkes kompetansebarometer 2029", "2.2", FO, "Virke", "Opinion",
      "Spørreundersøkelse blant 1 200 ledere om kompetansebehov og investering i opplæring.", dmw="2.2", tyw="Undersøkelse"),
    r("M34", "Lederutvikling i små ideelle virksomheter", "2.4", KU, "Virke", "BI",
      "Program over seks samlinger for daglige ledere i ideell sektor.", dmw="2.4", tyw="Kurs"),
    r("M35", "Frivillighetens lederskole", "3.6", KU, "Virke", "Frivillighet Norge",
      "Kurs for tillitsvalgte i frivillige organisasjoner, også åpent for personer utenfor arbeidslivet.", dmw="3.6", tyw="Kurs"),
]

# --- Akademikerne: scanned page -------------------------------------------------------
AKADEMIKERNE = [
    r("M01", "Medlem av Kompetansebehovsutvalget", "1.1", RF, "Akademikerne", "", dmw="1,1"),
    r("M07", "RSA-deltakelse ved fem universiteter", "1.4", RF, "Akademikerne", "Tekna, Legeforeningen", dmw="1,4"),
    r("M36", "Kartlegging av videreutdanning blant medlemmene", "2.2", FO, "Akademikerne", "Samfunnsøkonomisk analyse", dmw="2,2"),
    r("M37", "Veileder om godkjenning av utenlandske profesjonsutdanninger", "2.6", IN, "Akademikerne",
      "Legeforeningen, Tannlegeforeningen", dmw="2,6"),
]

# --- Spekter: slide deck exported to PDF --------------------------------------------------
SPEKTER = [
    r("M06", "Faglig råd for helse- og oppvekstfag", "1.4", RF, "", "",
      "To representanter fra helseforetakene", dmw="dm 1.4"),
    r("M08", "Observatørplass i UHR-Helse og velferd", "1.4", RF, "", "",
      "Spekter følger arbeidet med praksis i helseutdanningene", dmw="dm 1.4"),
    r("M38", "Heltid og kompetanse i sykehusene", "2.2", FO, "", "Fafo, de regionale helseforetakene",
      "Følgeforskning på om heltidsstillinger gir mer læring i jobben", dmw="dm 2.2"),
    r("M39", "Lærlingløft i helseforetakene", "2.3", PR, "", "fylkeskommunene",
      "Mål om 500 nye læreplasser i helsearbeiderfaget innen 2030", dmw="dm 2.3"),
    r("M40", "Norskkurs for helsefagarbeidere med utdanning fra utlandet", "3.4", KU, "", "Oslo universitetssykehus",
      "Kurs i fagspråk kombinert med praksis på avdelingene", dmw="dm 3.4"),
]

# --- VOFO: two versions; only the revised one counts ---------------------------------------
VOFO = [
    r("M09", "Kompetansepluss frivillighet i studieforbundene", "3.2", KU, "VOFO", "studieforbundene, HK-dir",
      "Studieforbundene gjennomførte 410 kurs i norsk, regning og digitale ferdigheter med midler fra ordningen.",
      dmw="Delmål III.2", tyw="kurs"),
    r("M41", "Læringsfestivalen «Lær for livet»", "3.6", AR, "VOFO", "studieforbundene, bibliotekene",
      "En uke med åpne kurs og læringsaktiviteter i 60 kommuner i september.", dmw="Delmål III.6", tyw="arrangement"),
    r("M42", "Regionale VOFO-nettverk for karriereveiledere", "1.3", RF, "VOFO", "karrieresentrene",
      "Nettverkene gjør studieforbundenes kurstilbud kjent for veilederne i fylkene.", dmw="Delmål I.3", tyw="nettverk"),
    r("M43", "Studieforbundenes plass i de regionale kompetanseforaene", "1.2", RF, "VOFO", "fylkeskommunene",
      "VOFO-regionene er nå fast med i kompetanseforaene i ti fylker.", dmw="Delmål I.2", tyw=""),
    r("M44", "Felles kursbevis for læring i frivillig sektor", "2.5", PR, "VOFO", "studieforbundene, HK-dir",
      "Et felles kursbevis skal gjøre det lettere å få læring i frivilligheten vurdert senere.", dmw="Delmål II.5", tyw="prosjekt"),
    r("M45", "Opplæring av frivillige språkverter", "3.4", KU, "VOFO", "Røde Kors, Norsk Folkehjelp",
      "Kurs for frivillige som driver språkkafeer og leksehjelp for innvandrere.", dmw="Delmål III.4", tyw="kurs"),
]
# the draft (superseded; no truth rows)
VOFO_DRAFT = [
    ("Kompetansepluss frivillighet", "Delmål III.2", "kurs",
     "Studieforbundene gjennomførte om lag 400 kurs med midler fra ordningen (tall ikke endelige)."),
    ("Læringsfestivalen", "Delmål III.6", "arrangement", "Planlagt for september; tall kommer."),
    ("Regionale nettverk for karriereveiledere", "Delmål I.3", "nettverk", "Nettverk i åtte fylker."),
    ("Studieforbundene i kompetanseforaene", "Delmål I.2", "", "Fast plass i ni fylker."),
    ("Kursbevis for frivillig sektor", "Delmål II.5", "prosjekt", "Forprosjekt startet."),
]

# --- Vestland fylkeskommune: Nynorsk, two-column PDF ----------------------------------------
VESTLAND = [
    r("M03", "Kompetansetoppmøtet 2029 i Bergen", "1.2", AR, "Vestland fylkeskommune", "KD, NHO Vestland, LO i Vestland, HVL",
      "Fylkeskommunen var vertskap for det nasjonale toppmøtet og hadde ansvar for programmet den andre dagen.",
      dmw="1.2", tyw="Arrangement"),
    r("M46", "Kompetanseforum Vestland", "1.2", RF, "Vestland fylkeskommune", "NAV Vestland, partane, HVL, UiB, fagskulen",
      "Forumet møttest fire gonger og vedtok ein ny regional kompetansestrategi.", dmw="1.2", tyw="Nettverk"),
    r("M02", "Karriererettleiing i arbeidslivet (KIA) – forsøksfylke", "1.3", PR, "Karriere Vestland", "KD, HK-dir, partane",
      "Rettleiarar frå karrieresentera har hatt samtalar med tilsette i 30 verksemder.", dmw="1.3", tyw="Prosjekt"),
    r("M47", "Hospitering for yrkesfaglærarar i bedrift", "1.4", KU, "Vestland fylkeskommune", "lærebedrifter, opplæringskontor",
      "45 lærarar var ute i bedrift i ei veke eller meir.", dmw="1.4", tyw="Kurs"),
    r("M48", "Fagskuletilbod i havvind og elektrifisering", "2.4", KU, "Fagskulen Vestland", "næringsklyngene i fylket",
      "To nye deltidsstudium starta hausten 2029.", dmw="2.4", tyw="Utdanning"),
    r("M49", "Vaksenopplæring på vidaregåande nivå i Sogn", "3.1", KU, "Vestland fylkeskommune", "kommunane i Sogn, NAV",
      "Tilbodet vert gitt desentralisert med samlingar og nettundervisning.", dmw="3.1", tyw="Kurs"),
]

# --- Trøndelag fylkeskommune: form with one small table per tiltak ------------------------
TRONDELAG = [
    r("M50", "KIA Trøndelag – regional utprøving av karriereveiledning i bedrift", "1.3", PR, "Karrieresenteret Trøndelag",
      "NHO Trøndelag, LO Trøndelag",
      "Egen regional variant finansiert av fylkeskommunen, med vekt på industribedrifter i Innherred.",
      dmw="1.3 Karriereveiledning", tyw="Prosjekt"),
    r("M51", "Nettverk for karrieresentrene i Midt-Norge", "1.3", RF, "Trøndelag fylkeskommune",
      "Møre og Romsdal fylkeskommune", "Felles fagdager og kompetanseheving for veilederne.",
      dmw="1.3 Karriereveiledning", tyw="Nettverk"),
    r("M52", "Regionalt kompetansetoppmøte i Steinkjer", "1.2", AR, "Trøndelag fylkeskommune", "kommunene, partene, NTNU",
      "Oppfølging av det nasjonale toppmøtet med trønderske aktører.",
      dmw="1.2 Regionalt folkevalgt nivå", tyw="Konferanse"),
    r("M53", "Desentralisert fagskoleutdanning i akvakultur", "2.4", KU, "Trøndelag fagskole", "Sjømat Norge, havbruksbedrifter",
      "Studiet tilbys på Hitra og Frøya med samlinger i bedriftene.", dmw="2.4 Kobling mot næringsliv", tyw="Utdanning"),
    r("M54", "Fagbrev på jobb for assistenter i barnehage", "3.3", KU, "Trøndelag fylkeskommune", "kommunene, NAV Trøndelag",
      "Assistenter tar fagbrev i barne- og ungdomsarbeiderfaget mens de er i jobb.",
      dmw="3.3 Arbeidslivet som læringsarena", tyw="Kurs/utdanning"),
]

# --- UHR: Word -> PDF, title and description in one cell, delmål last ------------------------
UHR = [
    r("M08", "Fagstrategiske enheter i UHR", "1.4", RF, "UHR", "Unio, Virke, Spekter, NHO, LO",
      "Enhetene, blant dem UHR-Helse og velferd, UHR-Lærerutdanning og UHR-Økonomi og administrasjon, har faste plasser for arbeidslivets parter.",
      dmw="1.4", tyw="Råd/nettverk"),
    r("M07", "Råd for samarbeid med arbeidslivet (RSA)", "1.4", RF, "Institusjonene", "partene, regionalt arbeidsliv",
      "Alle medlemsinstitusjonene har nå RSA, og UHR har laget en felles mal for rådenes årsrapport.",
      dmw="1.4", tyw="Råd/nettverk"),
    r("M55", "Kartlegging av praksis i profesjonsutdanningene", "1.4", FO, "UHR", "KD, KS, Spekter",
      "Undersøkelse av omfang og kvalitet på praksis i 14 profesjonsutdanninger.", dmw="1.4", tyw="Utredning"),
    r("M56", "Nasjonal modell for etter- og videreutdanning i moduler", "2.4", KU, "UHR", "HK-dir, institusjonene",
      "Felles standard for små emner som kan bygges sammen til grader.", dmw="2.4", tyw="Utdanning"),
    r("M57", "Kompletterende utdanning for flyktninger med høyere utdanning", "2.6", KU, "Institusjonene", "HK-dir, IMDi",
      "Tilbudet ble gitt ved sju institusjoner i 2029.", dmw="2.6", tyw="Utdanning"),
]
