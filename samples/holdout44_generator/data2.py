"""Truth data for files 08-14."""
from .common import R

RV = "Råd/utvalg/nettverk"
KU = "Kurs/utdanning"

AGDER = [
    R("M06", "Nasjonalt forum for karriereveiledning (NFK)", "1.3", RV,
      "Karriere Agder", "", "Fast representant, fire møter i 2064.",
      own="Nettverk"),
    R("J09", "Norsk på jobb", "3.4", KU, "Kompetanse og integrering",
      "NAV Agder, bedrifter", "Norskopplæring i arbeidstiden i ni bedrifter.",
      own="Kurs"),
    R("U0801", "Agder kompetanseforum", "1.2", RV, "Fylkesdirektør kompetanse",
      "UiA, NHO, LO, NAV", "Regionalt partnerskap; ny handlingsplan vedtatt.",
      own="Råd"),
    R("U0802", "Modulstrukturert fagopplæring for voksne", "3.1", KU,
      "Voksenopplæringen", "Kristiansand kommune",
      "120 deltakere i helse og oppvekst.", own="Kurs"),
]

VIRKE = [
    R("J06", "Digitalt grunnløft for arbeidslivet (DigiGrunn)", "2.1", KU,
      "Virke HR og kompetanse", "LO, KS, HK-dir",
      "Gratis nettkurs i grunnleggende digitale ferdigheter for ansatte i "
      "handel og tjenesteyting; 2 300 fullførte i 2064.", own="Kurstilbud"),
    R("M02", "Samarbeidsrådet for yrkesopplæring", "2.3", RV,
      "Virke Næringspolitikk", "",
      "Virke har ett medlem og ett varamedlem i rådet og har prioritert "
      "varehandelens lærlingbehov.", own="Rådsarbeid",
      title="Virkes representant i Samarbeidsrådet for yrkesopplæring"),
    R("J02", "Yrkesfagløftet", "2.3", "Informasjon", "Virke Kommunikasjon",
      "NHO, fylkeskommunene",
      "Virke har laget filmer om karriereveier fra salgsfag til butikksjef "
      "og innkjøper.", own="Kampanje", title="Kampanjen Yrkesfagløftet"),
    R("U0901", "Virkes HR-nettverk for kompetanseutvikling", "2.2", RV,
      "Virke HR og kompetanse", "Medlemsvirksomheter",
      "Fire nettverkssamlinger om måling av effekt av kompetansetiltak.",
      own="Nettverk"),
    R("U0902", "Kompetansedagen i handel 2064", "2.4", "Arrangement",
      "Virke Handel", "BI, Fagskolen Kristiania",
      "Møteplass mellom handelsbedrifter og utdanningstilbydere om nye "
      "etter- og videreutdanningstilbud; 260 deltakere.", own="Arrangement"),
]

KS = [
    R("M02", "SRYs arbeidsutvalg", "2.3", RV, "KS Arbeidsgiverpolitikk (KS-AGP)",
      "", "KS er fast medlem av arbeidsutvalget og har fremmet "
      "kommunesektorens behov for helsefagarbeidere.", status="Pågår",
      cell="KS' deltakelse i SRYs arbeidsutvalg"),
    R("M04", "UHR-Helse og sosial", "1.4", RV, "KS-AGP", "Spekter",
      "KS møter den fagstrategiske enheten i UHR to ganger årlig om praksis "
      "og relevans i helse- og sosialfagutdanningene.", status="Pågår",
      cell="Dialog med UHR-Helse og sosial"),
    R("J06", "DigiGrunn", "2.1", KU, "KS Digitalisering (KS-D)", "Virke, LO",
      "Kommunale arbeidsgivere kan melde på ansatte uten kostnad; 74 "
      "kommuner deltok i 2064.", status="Pågår", cell="DigiGrunn"),
    R("U1001", "Lærlingløftet i kommunesektoren", "1.4", "Prosjekt", "KS-AGP",
      "Fagforbundet, Delta, fylkeskommunene",
      "Målet er at alle kommuner skal ta inn minst én lærling per 1 000 "
      "innbyggere. KS har i 2064 gitt råd og veiledning til 112 kommuner om "
      "rekruttering, opplæringsplaner og bruk av opplæringskontor. Det er "
      "utviklet et digitalt verktøy for oversikt over lærlingbehov i de "
      "kommunale tjenestene, og det er holdt regionale samlinger for "
      "fagansvarlige i helse, oppvekst og teknisk drift. Erfaringene viser at "
      "samarbeidet med fylkeskommunene om formidling er avgjørende, og at "
      "kommuner som har en egen lærlingkoordinator lykkes best. I 2065 "
      "videreføres arbeidet med vekt på voksne lærlinger og praksiskandidater, "
      "og det skal gjennomføres en spørreundersøkelse blant alle kommunene.",
      status="Pågår", cell="Lærlingløftet i kommunesektoren"),
    R("U1002", "KS Læring – kurskatalog for ansatte", "2.1", KU, "KS Læring",
      "", "Over 90 nettkurs for kommuneansatte, blant annet i "
      "informasjonssikkerhet og bruk av KI.", status="Gjennomført",
      cell="KS Læring – kurskatalog for ansatte"),
    R("U1003", "Veileder for introduksjonsprogrammet i kommunene", "3.4",
      "Informasjon", "KS-AGP", "IMDi",
      "Veilederen beskriver hvordan kommunene kan bruke egne arbeidsplasser "
      "som språkpraksis i introduksjonsprogrammet.", status="Avsluttet",
      cell="Veileder for introduksjonsprogrammet i kommunene"),
]

FAGSKOLERADET = [
    R("M05", "Nasjonalt fagskoleråd", "2.4", RV, "Styreleder", "",
      "Fagskolerådet er representert ved styreleder og har bidratt til "
      "rådets innspill om finansiering av korte fagskoletilbud.",
      own="Deltakelse i råd",
      dmt="etter- og videreutdanning tilpasset næringslivet"),
    R("J07", "Kompetansebevis-prosjektet", "2.5", "Prosjekt",
      "Fagskolerådets sekretariat", "KD, HK-dir, LO",
      "Fagskolene prøver ut modellen for vurdering av kompetanse ervervet i "
      "arbeidslivet i tre fagområder.", own="Utviklingsprosjekt",
      dmt="dokumentasjon av kompetanse fra arbeidslivet"),
    R("U1101", "Evaluering av Nasjonalt fagskoleråd", "2.4", "FoU",
      "Fagskolerådets styre", "Oxford Research",
      "Fagskolerådet har bestilt en ekstern evaluering av hvordan Nasjonalt "
      "fagskoleråd fungerer som arena for fagskolene. Rapport våren 2065.",
      own="Evaluering",
      dmt="etter- og videreutdanning tilpasset næringslivet"),
    R("U1102", "Fagskoledagen 2064", "2.3", "Arrangement",
      "Fagskolerådets sekretariat", "Fagskolene",
      "Åpen dag ved 40 fagskoler for å vise fram karriereveier etter "
      "fagbrev.", own="Arrangement",
      dmt="karrieremuligheter i yrkesfaglige utdanninger"),
    R("U1103", "Nettbaserte fagskoletilbud for industrien", "2.4", KU,
      "Fagskolen Vestfold og Telemark, Fagskolen Innlandet",
      "Norsk Industri",
      "Tre nye nettbaserte tilbud på 15 studiepoeng i automasjon, "
      "vedlikehold og kvalitet.", own="Utdanningstilbud",
      dmt="etter- og videreutdanning tilpasset næringslivet"),
]

INNLANDET = [
    R("U1202", "Regionale kompetanseråd i Innlandet", "1.2", RV,
      "Kompetanse og folkehelse", "Regionrådene, NAV Innlandet",
      "Alle åtte regioner har kompetanseråd; felles samling på Hamar i "
      "november.", own="Råd", y62="Etablert i fire regioner",
      y63="Seks regioner"),
    R("M03", "RSA ved Høgskolen i Innlandet", "1.4", RV, "Fylkesdirektør",
      "HINN", "Fylkeskommunen er fast medlem og har foreslått nytt "
      "EVU-tilbud i logistikk.", own="Råd/nettverk", y62="Medlem",
      y63="Medlem"),
    R("J03", "Karrierekonferansen", "1.3", "Arrangement", "Karriere Innlandet",
      "Trøndelag fylkeskommune",
      "Åtte veiledere deltok; Innlandet ledet en workshop om veiledning av "
      "seniorer.", own="Konferanse", y62="–", y63="Deltok (Bergen)"),
    R("J05", "Lær i frivilligheten", "3.6", "Prosjekt",
      "Kompetanse og folkehelse", "Kompetanseforbundet, studieforbundene",
      "Pilot i Gjøvik og Lillehammer med 22 kurs i frivillige lag.",
      own="Prosjekt", y62="–", y63="Forprosjekt"),
    R("J09", "Norsk på jobb", "3.4", KU, "Integrering",
      "NAV Innlandet, kommunene",
      "Norskopplæring på arbeidsplassen i 11 virksomheter; 140 deltakere.",
      own="Kurs", y62="–", y63="Planlagt"),
    R("U1201", "Innlandsløftet – kompetansemegling for SMB", "2.4",
      "Prosjekt", "Næring og kompetanse",
      "Innovasjon Norge, HINN, Fagskolen Innlandet",
      "Kompetansemeglere har besøkt 160 små og mellomstore bedrifter og "
      "formidlet 45 skreddersydde kurs.", own="Prosjekt", y62="Oppstart",
      y63="80 bedriftsbesøk"),
]

REGJERINGEN = [
    R("M01", "Kompetansebehovsutvalget (KBU)", "1.1", RV,
      "Kunnskapsdepartementet", "HK-dir (sekretariat)",
      "Utvalget leverte sin årlige rapport i juni 2064. KD har oppnevnt nytt "
      "utvalg for perioden 2064–2068."),
    R("J01", "Bransjeprogram for kompetanseutvikling i elektrofag (BKE)",
      "2.4", "Prosjekt", "KD", "NHO Elektro, EL og IT Forbundet",
      "Programmet finansierer korte moduler i elektrofag utviklet av "
      "fagskoler og universiteter etter behov meldt av partene."),
    R("M05", "Nasjonalt fagskoleråd", "2.4", RV, "KD", "",
      "Rådet ledes av KD og hadde tre møter; hovedtema var fleksible "
      "fagskoletilbud."),
    R("J07", "Kompetansebevis for arbeidslivet", "2.5", "Prosjekt", "KD",
      "HK-dir, Fagskolerådet, partene i arbeidslivet",
      "Utvikling av en modell for vurdering og dokumentasjon av kompetanse "
      "ervervet i arbeidslivet; utprøving i fagskolene."),
    R("J04", "Kompetansepluss arbeid i samiske områder (Kompetansepluss "
      "Sápmi)", "3.2", "Prosjekt", "KD", "Sametinget, HK-dir",
      "Egen tilskuddsramme for opplæring i grunnleggende ferdigheter i "
      "samiske områder; 14 virksomheter fikk tilskudd i 2064."),
    R("U1302", "Forsøk med digital norskopplæring for arbeidsinnvandrere",
      "3.4", "Prosjekt", "Arbeids- og inkluderingsdepartementet",
      "HK-dir, kommunene",
      "Forsøk med nettbasert norskopplæring som kan kombineres med arbeid; "
      "1 800 deltakere."),
    R("U1301", "Toårig yrkesrettet opplæringstiltak i NAV", "3.5", KU,
      "Arbeids- og inkluderingsdepartementet",
      "Arbeids- og velferdsdirektoratet",
      "Tiltaket gir arbeidssøkere mulighet til å ta fag- eller svennebrev "
      "med oppfølging fra NAV."),
]

AKADEMIKERNE = [
    R("M01", "Kompetansebehovsutvalgets arbeid", "1.1", RV,
      "Akademikerne sentralt", "",
      "Akademikerne har én representant i KBU og har bidratt med data om "
      "akademikeres etter- og videreutdanning.", own=RV),
    R("U1401", "Frokostseminar om KBU-rapporten 2064", "1.1", "Arrangement",
      "Akademikerne sentralt", "Tekna, Samfunnsøkonomene",
      "Seminar der utvalgets leder presenterte hovedfunnene, med kommentarer "
      "fra medlemsforeningene.", own="Arrangement"),
    R("M03", "RSA-ene", "1.4", RV, "Foreningene i Akademikerne",
      "Universitetene og høyskolene",
      "Medlemsforeningene oppnevner representanter til rådene for samarbeid "
      "med arbeidslivet ved ni institusjoner.", own=RV,
      cell="Akademikernes representanter i RSA-ene"),
    R("J08", "Hurtigspor for godkjenning av utenlandsk utdanning "
      "(Hurtigsporet)", "2.6", "Prosjekt", "Akademikerne sentralt",
      "UHR, HK-dir",
      "Akademikerne har bidratt til å utvikle et raskere løp for godkjenning "
      "av utenlandsk profesjonsutdanning for leger, ingeniører og jurister.",
      own="Prosjekt"),
    R("U1402", "Akademikernes EVU-undersøkelse 2064", "2.2", "FoU",
      "Akademikerne sentralt", "Respons Analyse",
      "Undersøkelse blant 6 000 medlemmer om tid og ressurser til etter- og "
      "videreutdanning.", own="Undersøkelse"),
]
