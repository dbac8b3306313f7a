"""Truth data for files 01-07 (texts are also what the renderers print)."""
from .common import R

RV = "Råd/utvalg/nettverk"
KU = "Kurs/utdanning"

LO = [
    R("M01", "Kompetansebehovsutvalget (KBU)", "1.1", RV,
      "LO-sekretariatet, avd. for samfunnspolitikk", "",
      "LO har én fast representant i KBU og bidro i 2064 med innspill til "
      "utvalgets temarapport om grønn omstilling.",
      own="Deltakelse i utvalg", dmt="kunnskap om kompetansebehov"),
    R("M02", "Samarbeidsrådet for yrkesopplæring (SRY)", "2.3", RV,
      "LO Stat", "NHO, KS, Virke, Spekter, KD",
      "LO oppnevner to medlemmer til SRY. Rådet behandlet i 2064 blant annet "
      "tilbudsstrukturen og lærlingsituasjonen.",
      own="Rådsarbeid", dmt="karrieremuligheter i yrkesfag"),
    R("U0101", "Kurs for LOs representanter i SRY og de faglige rådene", "2.3",
      KU, "LO-skolen", "LO Stat",
      "Todagers samling for nyoppnevnte representanter om rollen i "
      "partssamarbeidet i fag- og yrkesopplæringen.",
      own="Kurs", dmt="karrieremuligheter i yrkesfag"),
    R("J01", "Bransjeprogrammet i elektro", "2.4", "Prosjekt",
      "EL og IT Forbundet", "NHO Elektro, KD",
      "Partene har utviklet korte, modulbaserte videreutdanningstilbud for "
      "elektrofagarbeidere. 410 deltakere i 2064.",
      own="Bransjeprogram", dmt="relevant etter- og videreutdanning"),
    R("J06", "Digitalt grunnløft", "2.1", KU,
      "LO-sekretariatet", "Virke, KS, HK-dir",
      "LO deltar i styringsgruppen og har bidratt til rekruttering av "
      "deltakere fra forbundene.",
      own="Opplæring", dmt="digital kompetanse"),
    R("U0102", "Tillitsvalgt for kompetanse", "2.2", KU,
      "LO-skolen", "Forbundene i LO",
      "Opplæringsprogram for tillitsvalgte om hvordan kompetanseutvikling "
      "kan tas opp i lokale forhandlinger.",
      own="Skolering", dmt="kunnskap om læring i arbeidslivet"),
    R("U0103", "Kartlegging av kompetanseutvikling i LO-forbundene", "2.2",
      "FoU", "LO-sekretariatet", "Fafo",
      "Undersøkelse blant 3 000 medlemmer om deltakelse i etter- og "
      "videreutdanning, hindringer og ønsker. Rapport publiseres våren 2065.",
      own="Utredning", dmt="kunnskap om læring i arbeidslivet"),
]

NHO = [
    R("M01", "Kompetansebehovsutvalget", "1.1", RV,
      "NHO Kompetanse og innovasjon", "",
      "NHO har ett medlem i utvalget og deltar i referansegruppen for den "
      "årlige rapporten.", cell="Medlem av Kompetansebehovsutvalget"),
    R("M02", "SRY", "2.3", RV,
      "NHO Kompetanse og innovasjon", "LO, KS, Virke, Spekter",
      "NHO leder rådet i perioden 2063–2065 og har sekretariatsstøtte fra "
      "NHO Kompetanse.", cell="NHOs plass i SRY"),
    R("M05", "Nasjonalt fagskoleråd", "2.4", RV,
      "NHO Kompetanse og innovasjon", "",
      "NHO er representert med to medlemmer og har fremmet forslag om flere "
      "bransjerettede fagskoletilbud.",
      cell="Representasjon i Nasjonalt fagskoleråd"),
    R("J01", "BKE", "2.4", "Prosjekt",
      "NHO Elektro", "EL og IT Forbundet, fagskolene",
      "NHO Elektro koordinerer arbeidsgiversiden i programmet. Nye moduler i "
      "automasjon og ekom ble lyst ut i 2064.", cell="BKE"),
    R("J02", "Yrkesfagløftet", "2.3", "Informasjon",
      "NHO Kommunikasjon", "Virke, fylkeskommunene",
      "Felles kampanje for å vise frem karriereveier i yrkesfagene, med film, "
      "skolebesøk og sosiale medier.", cell="Yrkesfagløftet"),
    R("U0201", "Høringsinnspill til KBUs rapport 2064", "1.1", "Informasjon",
      "NHO Kompetanse og innovasjon", "",
      "NHO avga høringsinnspill til utvalgets hovedrapport med vekt på "
      "behovet for fagarbeidere i industrien.",
      cell="Høringsinnspill til KBUs rapport 2064"),
    R("U0202", "NHOs kompetansebarometer 2064", "2.4", "FoU",
      "NHO Kompetanse og innovasjon", "NIFU",
      "Årlig spørreundersøkelse blant medlemsbedriftene om udekket "
      "kompetansebehov; 5 600 bedrifter svarte.",
      cell="NHOs kompetansebarometer 2064"),
]

VESTLAND = [
    R("M06", "Nasjonalt forum for karriererettleiing", "1.3", RV,
      "Seksjon for kompetanse og næring", "Karriere Vestland",
      "Fylkeskommunen har ein representant i forumet og la i 2064 fram "
      "erfaringar frå karriererettleiing for vaksne på Vestlandet.",
      own="nettverk"),
    R("U0301", "Fråsegn til rapporten frå Nasjonalt forum for karriererettleiing",
      "1.3", "Informasjon", "Fylkesutvalet", "",
      "Fylkesutvalet vedtok ei fråsegn til forumet sin rapport om kvalitet i "
      "karriererettleiinga, med vekt på tilbodet i distrikta.",
      own="fråsegn"),
    R("J03", "Karrierekonferansen 2064", "1.3", "Arrangement",
      "Karriere Vestland", "Trøndelag fylkeskommune",
      "Vestland stilte med seks rettleiarar og heldt eit innlegg i "
      "parallellsesjonen om digital rettleiing.", own="konferanse"),
    R("M03", "Råd for samarbeid med arbeidslivet ved Høgskulen på Vestlandet",
      "1.4", RV, "Fylkesdirektør for opplæring og kompetanse", "HVL, UiB",
      "Fylkesdirektøren sit i rådet (RSA) ved HVL og har teke opp behovet for "
      "fleire deltidsstudium for sjukepleiarar.", own=""),
    R("U0302", "Kompetanseforum Vestland", "1.2", RV,
      "Seksjon for kompetanse og næring", "NAV Vestland, LO, NHO, HVL, UiB",
      "Regionalt partnarskap med partane, NAV, universitet og fagskular. Fire "
      "møte i 2064 og revidert handlingsplan.", own="partnarskap"),
    R("U0303", "Fagbrev for vaksne i Sogn", "3.1", KU,
      "Opplæringsavdelinga", "NAV Sogn, lokale bedrifter",
      "Modulstrukturert opplæring for vaksne i helsearbeidarfaget og "
      "industrimekanikarfaget, gitt på kveldstid ved Sogndal vidaregåande "
      "skule.", own="opplæringstilbod"),
    R("J10", "Vaksnes læringsveke 2064", "3.6", "Arrangement",
      "Fylkesbiblioteket", "Studieforbunda i Vestland",
      "Fylkesbiblioteket og studieforbunda arrangerte opne kurs og "
      "temakveldar i 14 kommunar under læringsveka.", own="arrangement"),
]

TRONDELAG = [
    R("U0402", "Regional kompetanseplan 2064–2068", "1.2", "Prosjekt",
      "Avdeling for utdanning, seksjon kompetanse",
      "NAV Trøndelag, NTNU, partene i arbeidslivet",
      "Planen ble vedtatt av fylkestinget i juni 2064 og følges opp med "
      "årlige handlingsprogram.", own="Planarbeid",
      plan="Handlingsprogram 2065 vedtas i februar."),
    R("M06", "Nasjonalt forum for karriereveiledning", "1.3", RV,
      "Karriere Trøndelag", "",
      "Leder av Karriere Trøndelag er fylkeskommunenes representant i forumet "
      "og deltok på fire møter.", own="Nettverk/forum",
      plan="Fortsetter."),
    R("J03", "Nasjonal konferanse for karriereveiledning 2064 "
      "(Karrierekonferansen)", "1.3", "Arrangement",
      "Karriere Trøndelag",
      "HK-dir, Vestland fylkeskommune, Innlandet fylkeskommune",
      "Trøndelag var vertskap for konferansen i Trondheim 12.–13. mars med "
      "430 deltakere.", own="Konferanse",
      plan="Stafettpinnen går videre til Nordland."),
    R("U0401", "Chat-veiledning for voksne", "1.3", "Prosjekt",
      "Karriere Trøndelag", "NAV Trøndelag",
      "Pilot med digital karriereveiledning på kveldstid for voksne "
      "arbeidstakere; 1 150 samtaler i 2064.", own="Utviklingsprosjekt",
      plan="Evalueres våren 2065."),
    R("J02", "Yrkesfagløftet", "2.3", "Informasjon",
      "Seksjon videregående opplæring", "NHO Trøndelag, Virke",
      "Kampanjen ble brukt i ungdomsskolene før søknadsfristen; 38 "
      "skolebesøk med lærlinger som rollemodeller.", own="Kampanje",
      plan="Videreføres."),
    R("U0404", "Kompetanseløft havbruk", "2.4", "Prosjekt",
      "Seksjon kompetanse", "Sjømat Norge, NTNU, Fagskolen i Trøndelag",
      "Nye nettbaserte moduler i fiskehelse og automasjon for ansatte i "
      "havbruksnæringen.", own="Utviklingsprosjekt",
      plan="To nye moduler høsten 2065."),
    R("U0403", "Trøndelagsmodellen for voksenopplæring", "3.1", KU,
      "Seksjon videregående opplæring", "Kommunene, NAV Trøndelag",
      "Helhetlig løp for voksne fra grunnskole til fagbrev, med individuell "
      "kartlegging og fleksibel progresjon.", own="Opplæringstilbud",
      plan="Utvides til alle regioner."),
]

UHR = [
    R("M04", "UHRs fagstrategiske enheter", "1.4", RV, "UHR-sekretariatet", "",
      "De fagstrategiske enhetene har i 2064 hatt arbeidslivsrelevans som "
      "fast sak og invitert KS og partene til dialogmøter.",
      area="samarbeid mellom utdanning og arbeidsliv"),
    R("M03", "Råd for samarbeid med arbeidslivet (RSA)", "1.4", RV,
      "Institusjonene", "",
      "Alle universiteter og høyskoler har et RSA. UHR har samlet "
      "erfaringene fra rådene i en felles oversikt.",
      area="samarbeid mellom utdanning og arbeidsliv"),
    R("J08", "Hurtigsporet", "2.6", "Prosjekt", "UHR", "Akademikerne, HK-dir",
      "UHR bidrar med faglige vurderinger slik at personer med utenlandsk "
      "høyere utdanning raskere får godkjenning.",
      area="godkjenning av utenlandsk utdanning"),
    R("U0501", "Nasjonal EVU-kartlegging i UH-sektoren", "2.4", "FoU",
      "UHR-sekretariatet", "NIFU",
      "Kartlegging av etter- og videreutdanningstilbudet ved 21 "
      "institusjoner.", area="relevante etter- og videreutdanningstilbud"),
    R("U0502", "Arbeidslivsrelevans i praksis", "1.4", "Arrangement", "UHR",
      "NHO, LO",
      "Seminar i Oslo 3. oktober for ledere og studieprogramansvarlige.",
      area="samarbeid mellom utdanning og arbeidsliv"),
]

SAMETINGET = [
    R("M06", "Nasjonalt forum for karriereveiledning", "1.3", RV,
      "Sametingets opplæringsavdeling", "",
      "Sametinget har en fast plass i forumet og har løftet behovet for "
      "karriereveiledning på samisk."),
    R("J04", "Kompetansepluss Sápmi – grunnleggende ferdigheter i samiske "
      "områder", "3.2", "Prosjekt", "Sametingets næringsavdeling",
      "Kompetanseforbundet, HK-dir, lokale bedrifter",
      "Opplæring i lesing, skriving og digitale ferdigheter for ansatte i "
      "reindrift, duodji og reiseliv, med samisk som opplæringsspråk der det "
      "er mulig."),
    R("U0601", "Kompetanseheving for rådgivere om samisk kultur- og "
      "næringsliv", "1.3", KU, "Sametingets opplæringsavdeling",
      "Samisk høgskole",
      "Nettbasert kurs på 7,5 studiepoeng for karriereveiledere og rådgivere "
      "i skolen."),
    R("U0602", "Nettverk for samiske lærebedrifter", "1.4", RV,
      "Sametingets opplæringsavdeling",
      "Opplæringskontorene i Troms og Finnmark og Nordland",
      "Nettverket samler lærebedrifter i duodji og reindrift to ganger i "
      "året."),
    R("U0603", "Kartlegging av kompetansebehov i samiske næringer", "2.2",
      "FoU", "Sametingets næringsavdeling", "Nordland forskning",
      "Kartleggingen ferdigstilles i 2065 og skal gi grunnlag for nye "
      "opplæringstilbud."),
]

KOMPETANSEFORBUNDET = [
    R("J05", "Lær i frivilligheten – studieforbundene i samarbeid", "3.6",
      "Prosjekt", "Kompetanseforbundet",
      "studieforbundene, Innlandet fylkeskommune",
      "Pilot med korte kurs i frivillige lag og foreninger, der deltakerne "
      "får kursbevis som kan brukes videre i arbeidslivet."),
    R("J04", "Kompetansepluss Sápmi", "3.2", "Prosjekt", "Sametinget", "",
      "Studieforbundene har stått for deler av opplæringen i grunnleggende "
      "ferdigheter lokalt."),
    R("J10", "Voksnes læringsuke 2064", "3.6", "Arrangement",
      "Kompetanseforbundet", "VOFO, bibliotekene",
      "Over 300 åpne arrangementer over hele landet i uke 41."),
    R("U0701", "Studieforbundenes digitale kursplattform", "3.6", "Prosjekt",
      "Kompetanseforbundet", "VOFO",
      "Felles plattform der studieforbundene kan tilby nettbaserte kurs; "
      "lansert i august 2064."),
]
