"""Content for the first half of the members (held-out round, year 2054)."""
from .common import R

REGJERINGEN = [
    R("Kompetansebehovsutvalget (KBU)", "M01", "1.1", "Råd/utvalg/nettverk", "Utvalg",
      "KD", "Partene i arbeidslivet, KS, Statistisk sentralbyrå",
      "KBU la i juni 2054 fram sin niende hovedrapport, om kompetansebehov i det grønne "
      "skiftet i industrien. Utvalget hadde seks møter i 2054 og publiserte to temanotater "
      "om helse- og omsorgssektoren."),
    R("Nasjonalt forum for karriereveiledning", "M06", "1.3", "Råd/utvalg/nettverk", "Nettverk/forum",
      "HK-dir på oppdrag fra KD", "Fylkeskommunene, NAV, partene i arbeidslivet",
      "Forumet samler de sentrale aktørene på karriereveiledningsfeltet. Tema for 2054 var "
      "veiledning av voksne i omstilling; det ble holdt to fysiske samlinger og ett digitalt seminar."),
    R("Nasjonal kartlegging av etter- og videreutdanning i akademiske yrker", "J04", "2.2", "FoU",
      "Forskning og utredning", "KD", "UHR, Akademikerne, NIFU",
      "Spørreundersøkelse til om lag 14 000 arbeidstakere med høyere utdanning om deltakelse i og "
      "behov for etter- og videreutdanning. Datainnsamlingen ble gjennomført høsten 2054, og "
      "rapporten kommer våren 2055."),
    R("Kompetanseprogrammet – fleksible videreutdanningstilbud", "R101", "3.1", "Kurs/utdanning",
      "Utdanningstilbud", "HK-dir", "Universiteter, høyskoler og fagskoler",
      "I 2054 fikk 41 tilbud ved universiteter, høyskoler og fagskoler tilskudd, til sammen "
      "212 mill. kroner. Tilbudene er nett- eller samlingsbaserte og rettet mot voksne i arbeid."),
    R("Kompetanseporten.no – digital grunnkompetanse for voksne", "R102", "2.1", "Informasjon",
      "Informasjonstiltak", "HK-dir", "Digitaliseringsdirektoratet",
      "Nettressurs med selvtester og korte kurs i digital grunnkompetanse. Ressursen hadde "
      "310 000 besøk i 2054 og ble utvidet med moduler om personvern og kunstig intelligens."),
    R("Forsøk med modulstrukturert fag- og yrkesopplæring for voksne", "R103", "3.1", "Prosjekt",
      "Forsøk", "Utdanningsdirektoratet", "Fylkeskommunene",
      "Forsøket ble utvidet til ti nye fylkeskommuner og omfatter nå helsearbeiderfaget, barne- og "
      "ungdomsarbeiderfaget, industrimekanikerfaget og logistikkfaget."),
    R("Nettverk for godkjenning av utenlandsk fag- og yrkesopplæring", "R104", "2.6",
      "Råd/utvalg/nettverk", "Nettverk", "HK-dir", "Fylkeskommunene",
      "Nettverket for saksbehandlere i fylkeskommunene og HK-dir skal gi raskere og mer lik "
      "behandling av søknader om godkjenning av utenlandsk fagutdanning. Tre nettverksmøter i 2054."),
    R("Kompetansepluss arbeid og frivillighet – utlysning 2054", "R105", "3.2", "Kurs/utdanning",
      "Tilskudd til opplæring", "HK-dir", "",
      "Tilskudd til opplæring i lesing, skriving, regning, muntlige og digitale ferdigheter for "
      "voksne i arbeid og i frivillige organisasjoner. 9 400 deltakere fikk opplæring i 2054."),
    R("Konferansen «Voksne i yrkesfag» 2054", "R106", "2.3", "Arrangement", "Konferanse",
      "KD", "Fylkeskommunene, SRY",
      "Nasjonal konferanse i Bodø 23.–24. april 2054 om fag- og svennebrev for voksne, med 380 "
      "deltakere fra fylkeskommuner, bransjer og opplæringskontor."),
]

# LO: prose under paraphrased delmål headings; type in brackets after the lead-in.
LO = [
    R("Deltakelse i Kompetansebehovsutvalget", "M01", "1.1", "Råd/utvalg/nettverk", "utvalgsarbeid",
      "LOs samfunnspolitiske avdeling", "",
      "LO har ett medlem i utvalget og har i 2054 særlig gitt innspill om behovet for fagarbeidere "
      "i bygg og anlegg og i helse- og omsorgssektoren."),
    R("Digital handel 2054 – partssamarbeid om kompetanse i varehandelen", "J01", "2.1", "Prosjekt",
      "prosjekt", "LO og Handel og Kontor i Norge", "Virke",
      "Treårig prosjekt der ansatte i butikk og på lager får opplæring i digitale verktøy, netthandel "
      "og automatiserte lagersystemer. I 2054 deltok 1 150 ansatte fra 64 virksomheter."),
    R("Tillitsvalgtkurset «Kompetanse på arbeidsplassen»", "R201", "2.4", "Kurs/utdanning", "kurs",
      "LOs kursavdeling", "AOF Norge",
      "Todagerskurs for tillitsvalgte om kompetansekartlegging, lokale kompetanseplaner og samarbeid "
      "med lokale utdanningstilbydere. 26 kurs med til sammen 540 deltakere."),
    R("Kampanjen «Fagbrev – også for deg over 30»", "R202", "2.5", "Informasjon",
      "informasjonskampanje", "LOs kommunikasjonsavdeling", "Fellesforbundet, Fagforbundet",
      "Kampanje i sosiale medier og på arbeidsplassbesøk om praksiskandidatordningen og fagbrev på "
      "jobb. Kampanjen nådde om lag 200 000 personer."),
    R("Norsk på jobben", "R203", "3.4", "Kurs/utdanning", "kurs", "AOF Norge",
      "Fellesforbundet, NNN",
      "Norskkurs på arbeidsplassen for ansatte med innvandrerbakgrunn i renhold og "
      "næringsmiddelindustri, gjennomført i arbeidstiden. 18 kurs i 2054."),
    R("Frokostseminar: Hvem lærer på jobben?", "R204", "2.2", "Arrangement", "arrangement", "", "Fafo",
      "Lansering av en ny Fafo-rapport om hvem som får opplæring på arbeidsplassen, med debatt mellom "
      "partene og Kunnskapsdepartementet. 140 deltakere i salen og 600 på strømming."),
]
LO_HEADINGS = {
    "1.1": "Kunnskap om framtidens kompetansebehov",
    "2.1": "Digitale ferdigheter for alle arbeidstakere",
    "2.2": "Bedre kunnskap om hvem som lærer i arbeidslivet",
    "2.4": "Når virksomhetenes behov skal møte utdanningstilbudet",
    "2.5": "Synliggjøre kompetanse fra arbeidslivet",
    "3.4": "Norskopplæring og kvalifisering for innvandrere",
}

NHO = [
    R("KBU – NHOs representasjon", "M01", "1.1", "Råd/utvalg/nettverk", "Deltakelse i utvalg",
      "Avdeling for kompetanse og inkludering", "",
      "NHO er representert i Kompetansebehovsutvalget og har i 2054 bidratt særlig til temanotatet "
      "om kompetansebehov i havbruksnæringen."),
    R("NHO Kompetanseuka 2054", "R304", "1.4", "Arrangement", "Konferanse", "NHO",
      "UHR, Fagskolerådet",
      "Ukelang serie med møter i alle regioner mellom bedrifter og universiteter, høyskoler og "
      "fagskoler. 1 900 deltakere totalt."),
    R("NHOs kompetansebarometer 2054", "R305", "2.2", "FoU", "Forskning/analyse",
      "Avdeling for kompetanse og inkludering", "NIFU",
      "Årlig spørreundersøkelse blant medlemsbedriftene om udekkede kompetansebehov. 6 800 bedrifter "
      "svarte; 59 prosent oppga at de har udekkede behov."),
    R("Veileder: Fra fagbrev til fagskole – karriereveier i industrien", "R303", "2.3", "Informasjon",
      "Nettside/veileder", "Norsk Industri", "",
      "Digital veileder for elever, lærlinger og rådgivere som viser karriereveier fra fagbrev via "
      "fagskole til ingeniørutdanning. Lansert i september 2054."),
    R("NHOs kompetansepolitiske utvalg", "R301", "2.4", "Råd/utvalg/nettverk", "Internt utvalg",
      "Avdeling for kompetanse og inkludering", "Medlemsbedrifter",
      "Internt utvalg med ledere fra tolv medlemsbedrifter som gir råd til NHOs ledelse om "
      "kompetansepolitikk og om samarbeid med utdanningssektoren. Fire møter i 2054."),
    R("Kompetansepiloten – bedriftsnettverk for læring", "R302", "2.4", "Prosjekt", "Pilotprosjekt",
      "NHO Innlandet og NHO Agder", "Fagskolen Innlandet, Fagskolen i Agder",
      "Nettverk av 30 små og mellomstore bedrifter som sammen kartlegger kompetansebehov og bestiller "
      "korte utdanningsmoduler fra fagskolene."),
    R("Bransjeprogram reiseliv og servering", "J02", "3.1", "Kurs/utdanning", "Opplæring",
      "NHO Reiseliv", "YS, Fellesforbundet, HK-dir",
      "Bransjeprogrammet gir ansatte i hotell, restaurant og servering tilbud om fagbrevløp og korte "
      "moduler i matsikkerhet og vertskap. 420 deltakere startet i 2054."),
]

UNIO_V2 = [
    R("Representasjon i råd for samarbeid med arbeidslivet (RSA)", "M03", "1.4",
      "Råd/utvalg/nettverk", "Råd", "Unio-forbundene lokalt", "Universiteter og høyskoler",
      "Unio-forbundene har representanter i RSA ved 14 universiteter og høyskoler og har bidratt til "
      "å styrke praksisdelen i sykepleier- og lærerutdanningene."),
    R("Deltakelse i UHRs fagstrategiske enheter", "M04", "1.4", "Råd/utvalg/nettverk", "Råd/utvalg",
      "Unio", "UHR",
      "Unio deltar i nasjonale råd for lærerutdanning og for helse- og sosialfagutdanning, der "
      "forbundene har gitt innspill til nye nasjonale retningslinjer."),
    R("Kompetanseløft for spesialsykepleiere", "J05", "1.4", "Prosjekt", "Prosjekt",
      "Norsk Sykepleierforbund", "Spekter, de regionale helseforetakene",
      "Prosjektet skal øke antallet utdanningsstillinger for spesialsykepleiere og gi bedre samordning "
      "mellom helseforetak og utdanningsinstitusjoner. I 2054 ble 160 nye utdanningsstillinger opprettet."),
    R("Unio-konferansen 2054: Livslang læring i velferdsstaten", "R401", "2.2", "Arrangement",
      "Konferanse", "Unio", "",
      "Konferanse 7. oktober 2054 med presentasjon av ny forskning om etter- og videreutdanning blant "
      "ansatte i skole, helse og politi."),
    R("Veileder om dokumentasjon av realkompetanse for helsepersonell", "R402", "2.5", "Informasjon",
      "Informasjon", "Norsk Sykepleierforbund og Norsk Fysioterapeutforbund", "",
      "Digital veileder for medlemmer og arbeidsgivere om hvordan kompetanse fra arbeidslivet kan "
      "dokumenteres og godskrives i videreutdanning."),
]
# The draft (superseded; no truth rows): fewer rows, older wording.
UNIO_DRAFT = [
    R("RSA – Unio-representanter", "M03", "1.4", "Råd/utvalg/nettverk", "Råd", "Unio", "",
      "Unio-forbundene er representert i RSA ved flere institusjoner. Tall kommer."),
    R("UHRs nasjonale råd", "M04", "1.4", "Råd/utvalg/nettverk", "Råd", "Unio", "",
      "Deltakelse i nasjonale råd for lærerutdanning og helse- og sosialfag."),
    R("Unio-konferansen 2054", "R401", "2.2", "Arrangement", "Konferanse", "Unio", "",
      "Konferanse om livslang læring i oktober. [Sjekk deltakertall]"),
    R("Medlemskurs i digitale verktøy", "R499", "2.1", "Kurs/utdanning", "Kurs", "Unio", "",
      "Nettkurs for medlemmer. (Tas ut? Avklares med forbundene.)"),
]
