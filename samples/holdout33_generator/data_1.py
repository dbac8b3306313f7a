"""Content: Regjeringen (KD), LO, NHO, Unio, KS."""
from .common import R

KD = [
    R("Kompetansebehovsutvalget (KBU)", "M01", "1.1", "Råd/utvalg/nettverk",
      "Utvalget leverte i september 2053 sin tiende hovedrapport, med vekt på "
      "kompetansebehovene i omstillingen til et lavutslippssamfunn. Sekretariatet "
      "er lagt til Direktoratet for høyere utdanning og kompetanse.",
      ans="KD", sam="Partene i arbeidslivet, SSB, forskningsmiljøer",
      tt="Råd/utvalg", omr=1, dm="1.1 Kompetansebehovsutvalg (KBU)"),
    R("Pilotering av regionale kompetansepartnerskap (Kompetansebro)", "J01", "1.2",
      "Prosjekt",
      "Fire fylkeskommuner prøver ut forpliktende partnerskap mellom fylkeskommune, "
      "NAV, utdanningstilbydere og arbeidsliv om regionale kompetansebehov. Piloten "
      "følgeevalueres av NIFU fram til 2055.",
      ans="KD", sam="KS, fylkeskommunene", tt="Pilot", omr=1,
      dm="1.2 Regionalt folkevalgt nivås kompetansepolitiske ansvar"),
    R("Revidert kvalitetsrammeverk for karriereveiledning", "R101", "1.3",
      "Informasjon",
      "Rammeverket er oppdatert med kompetansestandarder for veiledere i NAV og "
      "fylkeskommunale karrieresentre, og gjort tilgjengelig som åpen nettressurs.",
      ans="HK-dir", sam="Fylkeskommunene, NAV", tt="Veiledningsmateriell", omr=1,
      dm="1.3 Karriereveiledning"),
    R("Tilskuddsordning for digital grunnkompetanse i små virksomheter", "R102",
      "2.1", "Kurs/utdanning",
      "Virksomheter med under 50 ansatte kan søke om tilskudd til opplæring i "
      "digitale verktøy og informasjonssikkerhet. Om lag 1 400 ansatte fikk "
      "opplæring i 2053.",
      ans="HK-dir", sam="", tt="Tilskudd til opplæring", omr=2,
      dm="2.1 Digital kompetanse i arbeidsstyrken"),
    R("Lærevilkårsmonitoren 2053", "R103", "2.2", "FoU",
      "Årlig utvalgsundersøkelse om deltakelse i formell og uformell læring i "
      "arbeidslivet, med tilleggsmodul om læring blant arbeidstakere over 55 år.",
      ans="KD", sam="SSB, Fafo", tt="Utredning", omr=2,
      dm="2.2 Kunnskapsgrunnlaget om læring i arbeidslivet"),
    R("GodkjenningsPortalen 2.0 – digital saksbehandling", "R104", "2.6", "Prosjekt",
      "Ny løsning for søknad og saksbehandling av godkjenning av utenlandsk høyere "
      "utdanning og fagutdanning. Gjennomsnittlig saksbehandlingstid er redusert "
      "fra ti til fire uker.",
      ans="HK-dir", sam="Digdir", tt="Utviklingsprosjekt", omr=2,
      dm="2.6 Godkjenning av utenlandsk utdanning"),
    R("Grunnferdighetsprogrammet for arbeidstakere", "R105", "3.2", "Kurs/utdanning",
      "Programmet gir tilskudd til opplæring i lesing, skriving, regning og "
      "digitale ferdigheter på arbeidsplassen. I 2053 ble 212 søknader innvilget.",
      ans="HK-dir", sam="Studieforbundene, arbeidsgivere", tt="Opplæring", omr=3,
      dm="3.2 Kompetanseplussordningene"),
    R("Forsøk med modulbasert norskopplæring kombinert med arbeidspraksis", "R106",
      "3.4", "Prosjekt",
      "Ti kommuner prøver ut kortere moduler i norsk knyttet til språkpraksis i "
      "bransjer med stort rekrutteringsbehov. Forsøket avsluttes i 2054.",
      ans="KD og AID", sam="IMDi, kommunene", tt="Forsøk", omr=3,
      dm="3.4 Norskopplæring og kvalifisering for innvandrere"),
]

LO = [
    R("Samarbeidsrådet for yrkesopplæring (SRY)", "M03", "2.3", "Råd/utvalg/nettverk",
      "LO har fire faste medlemmer i SRY og leder rådets arbeidsutvalg i 2053. "
      "Rådet har i år prioritert dimensjonering av tilbudsstrukturen, "
      "lærlingplasser i offentlig sektor og oppfølging av fagfornyelsen i "
      "yrkesfagene. LO har koordinert forberedelsene med forbundene før hvert "
      "rådsmøte.",
      ans="LO", sam="NHO, Virke, Spekter, KS, Unio, YS", tt="Rådsarbeid"),
    R("Skolering av LOs representanter i SRY og de faglige rådene", "R107", "2.3",
      "Kurs/utdanning",
      "Todagers samling på Sørmarka for nye og erfarne representanter i SRY og de "
      "faglige rådene. Programmet la vekt på kvalitetsvurdering av læreplaner, "
      "arbeidet med tilbudsstruktur og bruk av fagbrev som dokumentasjon av "
      "kompetanse. 46 representanter deltok.",
      ans="LO, avdeling for utdanningspolitikk", sam="", tt="Kurs"),
    R("Fagløft prosess – bransjeprogram for prosessindustrien", "J02", "3.1",
      "Kurs/utdanning",
      "Partene i prosessindustrien har utviklet korte, arbeidsplassnære moduler i "
      "automasjon, prosesskontroll og sikkerhet som kan tas ved siden av jobb. "
      "Modulene gir studiepoeng ved fagskolene og kan inngå i et senere fagbrev. "
      "Over 300 ansatte har startet i 2053.",
      ans="Fellesforbundet og Industri Energi",
      sam="NHO, Norsk Industri, fagskoler i Telemark og Nordland",
      tt="Opplæringsprogram"),
    R("Lokalt kompetanseløft – opplæring av tillitsvalgte", "R108", "2.4",
      "Kurs/utdanning",
      "Kursrekke for klubbledere og tillitsvalgte om kartlegging av kompetansebehov "
      "i egen virksomhet og om hvordan behovene kan meldes inn til fagskoler og "
      "høyskoler i regionen. Kurset er gjennomført i seks fylker.",
      ans="LO", sam="AOF Norge", tt="Kurs"),
    R("Kartlegging av etter- og videreutdanning i LO-forbundene", "R109", "2.2", "FoU",
      "Spørreundersøkelse blant 6 000 medlemmer om deltakelse i etter- og "
      "videreutdanning, hindringer for deltakelse og arbeidsgivers rolle. "
      "Rapporten ble lagt fram på LOs representantskapsmøte i november.",
      ans="LO", sam="Fafo", tt="Undersøkelse"),
    R("Informasjonskampanje om realkompetansevurdering", "R110", "2.5", "Informasjon",
      "Kampanje i forbundsblader og sosiale medier om retten til "
      "realkompetansevurdering og veien til fagbrev som praksiskandidat. "
      "Kampanjen nådde om lag 180 000 medlemmer.",
      ans="LO", sam="Forbundene", tt="Kampanje"),
]

NHO = [
    R("NHOs representant i Kompetansebehovsutvalget", "M01", "1.1",
      "Råd/utvalg/nettverk",
      "NHO har en representant i KBU og har i 2053 bidratt med data fra "
      "Kompetansebarometeret til utvalgets analyse av behov i bygg og anlegg.",
      ans="KD (sekretariat i HK-dir)", sam="", tt="Utvalg", status="Pågår"),
    R("NHOs kompetansebarometer 2053", "R111", "2.2", "FoU",
      "Årlig spørreundersøkelse blant medlemsbedriftene om kompetansebehov, "
      "rekrutteringsproblemer og bruk av fagskoleutdannede.",
      ans="NHO", sam="NIFU", tt="Spørreundersøkelse", status="Gjennomført"),
    R("Bransjeprogrammet for prosessindustrien (Fagløft prosess)", "J02", "3.1",
      "Kurs/utdanning",
      "Arbeidsplassnære moduler i automasjon og prosesskontroll, utviklet sammen med "
      "arbeidstakersiden og tilbudt av fagskoler. NHO-siden har ansvar for "
      "rekruttering av bedrifter.",
      ans="Norsk Industri", sam="LO, Fellesforbundet, Industri Energi",
      tt="Bransjeprogram", status="Pågår"),
    R("Lærlingløftet i reiselivet", "R112", "2.3", "Informasjon",
      "Kampanje rettet mot ungdomsskoleelever og foresatte om karriereveier "
      "gjennom kokk-, servitør- og resepsjonsfagene.",
      ans="NHO Reiseliv", sam="Fylkeskommunene", tt="Kampanje", status="Nytt i 2053"),
    R("Fagbrev på jobb – veileder for bedrifter", "R113", "2.5", "Informasjon",
      "Digital veileder som forklarer bedrifter hvordan ansatte kan ta fagbrev "
      "gjennom praksiskandidatordningen og fagbrev på jobb.",
      ans="NHO", sam="", tt="Veileder", status="Gjennomført"),
    R("Kompetansekobleren", "R114", "2.4", "Prosjekt",
      "Pilot for en digital tjeneste som kobler bedrifters meldte kompetansebehov "
      "med ledige studieplasser og kurs hos fagskoler og høyskoler i Rogaland og "
      "Agder.",
      ans="NHO Agder og NHO Rogaland", sam="Universitetet i Agder, Fagskolen Rogaland",
      tt="Digital tjeneste (pilot)", status="Pågår"),
]

UNIO = [
    R("Unio-forbundenes plass i RSA-ene", "M02", "1.4", "Råd/utvalg/nettverk",
      "Forbund i Unio er representert i rådene for samarbeid med arbeidslivet ved "
      "elleve universiteter og høyskoler. I 2053 har Unio samordnet forbundenes "
      "innspill til rådenes arbeid med praksis i lærer- og sykepleierutdanningene.",
      sec="1.4"),
    R("Unio i UHRs nasjonale råd for helse- og sosialfagutdanningene", "M04", "1.4",
      "Råd/utvalg/nettverk",
      "Unio oppnevner to representanter til rådet, som er en av UHRs fagstrategiske "
      "enheter. Rådet har i år arbeidet med felles læringsutbyttebeskrivelser for "
      "praksisstudier.", sec="1.4"),
    R("Innspill til Kompetansebehovsutvalgets temarapport om helse og omsorg", "R115",
      "1.1", "Informasjon",
      "Unio leverte skriftlig innspill og deltok på innspillsmøte i mars 2053. "
      "Innspillet pekte på mangelen på spesialsykepleiere og behovet for "
      "videreutdanning i kommunene.", sec="1.1"),
    R("Praksisløftet – fagbrev for ufaglærte i helse", "J04", "2.5", "Prosjekt",
      "Sammen med Spekter og kommunale arbeidsgivere har Unio-forbundene bidratt "
      "til at ufaglærte i helse og omsorg kan ta fagbrev som praksiskandidat, med "
      "veiledning fra sykepleiere og vernepleiere på arbeidsplassen.", sec="2.5"),
    R("Konferansen «Lære hele livet i velferdsstaten»", "R116", "2.2", "Arrangement",
      "Heldagskonferanse i Oslo 14. oktober 2053 med 260 deltakere, der ny "
      "forskning om kompetanseutvikling i offentlig sektor ble presentert.",
      sec="2.2"),
]

KS = [
    R("KS sin plass i Kompetansebehovsutvalget", "M01", "1.1", "Råd/utvalg/nettverk",
      "KS har en fast plass i KBU og har i 2053 spilt inn kommunesektorens behov "
      "for kompetanse innen helse, oppvekst og teknisk sektor.",
      ans="KS", sam="", tt="Utvalg"),
    R("Deltakelse i Nasjonalt forum for karriereveiledning", "M06", "1.3",
      "Råd/utvalg/nettverk",
      "KS representerer kommunesektoren i forumet og har bidratt til arbeidet med "
      "karriereveiledning i grunnskolen og i voksenopplæringen.",
      ans="KS", sam="HK-dir", tt="Nettverk"),
    R("Kompetansebro-piloten", "J01", "1.2", "Prosjekt",
      "KS koordinerer erfaringsdelingen mellom de fire pilotfylkene og kommunene "
      "som deltar i de regionale kompetansepartnerskapene.",
      ans="KD", sam="KS, Vestland fylkeskommune og tre andre pilotfylker", tt="Pilot"),
    R("Kommunenes lærlingløft i helse og oppvekst", "R117", "2.3", "Informasjon",
      "Informasjonsarbeid overfor kommunene om å ta inn flere lærlinger i helse- "
      "og oppvekstfag, med eksempelsamling og maler for lærekontrakter.",
      ans="KS", sam="Fylkeskommunene", tt="Kampanje"),
    R("Lederprogram for strategisk kompetanseplanlegging", "R118", "2.4",
      "Kurs/utdanning",
      "Program over tre samlinger for kommunaldirektører og HR-ledere om å "
      "koble kommunens kompetanseplaner til tilbud ved høyskoler og fagskoler.",
      ans="KS", sam="Høgskolen i Innlandet", tt="Kurs"),
]
