"""What the ministry, VOFO, UHR, Fagskolerådet and two county councils wrote about 2023 (much of it in Nynorsk)."""

from . import measures as m
from .model import Entry as E  # noqa: N817 - the plan reads as a table

KD = (
    E(m.KBU, "Kompetansebehovsutvalet (KBU) la fram ein ny hovudrapport om kompetansebehov i det grøne skiftet "
             "og fekk forlengt mandatet", "KD", "AID, NFD, KDD, hovudorganisasjonane i arbeidslivet"),
    E(m.MEKLAR, "Forsøk med kompetansemeklarar i fire fylkeskommunar", "KD",
      "HK-dir, Vestland, Møre og Romsdal, Nordland og Agder fylkeskommune"),
    E(m.FORUM_EVALUATION, "Evaluering av Nasjonalt forum for karriererettleiing", "HK-dir", "Oxford Research"),
    E(m.FAGSKOLERAD, "KD leiar Nasjonalt fagskuleråd, der partane, fagskulane og studentane møtest fire gonger i året",
      "KD", "Fagskulerådet, partane i arbeidslivet, ONF"),
    E(m.KD_KI_STAT, "Kurspakke i kunstig intelligens for statstilsette", "KDD", "Digdir"),
    E(m.STAT_KARTLEGGING, "Kartlegging av kompetansebehov i statleg sektor", "KDD", "DFØ, hovudsamanslutningane"),
    E(m.KD_INDIKATOR, "Indikatorrapport om vaksne si deltaking i læring 2023", "HK-dir", "SSB"),
    E(m.KD_GRONN_EVU, "Tilskot til fleksible vidareutdanningstilbod i grøn teknologi ved fagskular og høgskular",
      "KD", "HK-dir, partane i arbeidslivet"),
    E(m.KD_FORSKRIFT, "Ny forskrift om godkjenning av utanlandsk fagskuleutdanning", "KD", "HK-dir"),
    E(m.KD_NORSK_ARBEID, "Tilskot til norskopplæring på arbeidsplassen for tilsette med kort butid", "KD",
      "HK-dir, kommunane"),
    E(m.KD_NAV_KURS, "Fleire plassar på arbeidsmarknadskurs i grunnleggjande ferdigheiter", "AID", "NAV"),
)

VOFO = (
    E(m.VOFO_SENIOR, "Studiesirkler om digital sikkerhet for seniorer", "Studieforbundene", "Seniornett"),
    E(m.VOFO_DELTAKER, "Kartlegging av kursdeltakere uten fullført videregående", "VOFO", "NIFU"),
    E(m.NORSK_TRENING, "Norsk på trening – språktrening i idrettslag", "VOFO",
      "Møre og Romsdal fylkeskommune, idrettskretsen"),
    E(m.VOFO_LAERINGSUKA, "Læringsuka 2023 – åpne kursdager i studieforbundene", "VOFO", "Studieforbundene"),
)

UHR = (
    E(m.RSA, "Rådene for samarbeid med arbeidslivet ved medlemsinstitusjonene", "Institusjonene",
      "Partene i arbeidslivet, KS"),
    E(m.UHR_UNITS, "Arbeidet i de fagstrategiske enhetene (UHR-Lærerutdanning, UHR-Helse og velferd, UHR-MNT m.fl.)",
      "UHR", "Partene, Spekter, KS"),
    E(m.UHR_MASTER, "Prosjekt om arbeidslivsrelevante masteroppgaver", "UHR", "NHO, Virke, Akademikerne"),
    E(m.UHR_EVU, "Rapport om etter- og videreutdanning ved universiteter og høyskoler 2023", "UHR", "NIFU"),
    E(m.INNPASSING, "Innpassing av fagskolegrader i bachelorløp – felles rammeverk med Fagskolerådet", "UHR",
      "Fagskolerådet, HK-dir"),
    E(m.UHR_NORDISK, "Arbeidsgruppe om automatisk godkjenning av nordiske grader", "UHR",
      "NOKUT, de nordiske rektorkonferansene"),
)

FAGSKOLERADET = (
    E(m.FAGSKOLERAD, "Fagskulerådet sin plass i Nasjonalt fagskuleråd", "KD",
      beskrivelse="Fagskulerådet har to faste plassar i rådet og har i 2023 særleg teke opp finansieringa av "
                  "fagskulane."),
    E(m.FAGSKULE_COUNCILS, "Eigne råd for samarbeid med arbeidslivet ved fagskulane", "Fagskulerådet", "Fagskulane",
      "Fleire fagskular har oppretta eigne arbeidslivsråd. Fagskulerådet har samla leiarane av desse råda to gonger "
      "for å dele erfaringar."),
    E(m.FSR_DIGITAL, "Kurs i digital undervisning for fagskulelærarar", "Fagskulerådet", "HK-dir",
      "Tre nettbaserte kurs med om lag 200 deltakarar frå 40 fagskular."),
    E(m.INNPASSING, "Overgang frå fagskule til bachelor – felles rammeverk saman med UHR", "Fagskulerådet", "UHR",
      "Rammeverket skal gjere det lettare å få godskrive fagskulepoeng i ein bachelorgrad."),
    E(m.FSR_REALKOMPETANSE, "Kartlegging av korleis fagskulane vurderer realkompetanse", "Fagskulerådet", "NOKUT",
      "Kartlegginga viser stor skilnad mellom fagskulane i korleis søkjarar utan formell utdanning blir vurderte."),
)

VESTLAND = (
    E(m.MEKLAR, "Vestland er med i forsøket med kompetansemeklarar", "Vestland fylkeskommune",
      "KD, HK-dir, næringshagane"),
    E(m.REGIONAL_KBU, "Kompetansebehovsutval for Vestland", "Vestland fylkeskommune",
      "Partane i arbeidslivet, NAV Vestland, HVL, UiB"),
    E(m.KARRIEREFORUM, "Fylkeskommunen representerer karrieresentera i Nasjonalt forum for karriererettleiing",
      "HK-dir", "Karriere Vestland"),
    E(m.VL_VERFT, "Karriererettleiing for tilsette i omstilling ved verfta", "Karriere Vestland",
      "NAV, verfta i Sunnhordland"),
    E(m.VL_HAVBRUK, "Modulbasert fagbrev i havbruk for vaksne tilsette", "Vestland fylkeskommune",
      "Sjømat Norge, Fellesforbundet"),
    E(m.VL_NAV, "Samarbeidsavtale med NAV Vestland om opplæring for arbeidssøkjarar", "Vestland fylkeskommune",
      "NAV Vestland"),
)

MORE_OG_ROMSDAL = (
    E(m.MEKLAR, "Kompetansemeklar i Møre og Romsdal", "Møre og Romsdal fylkeskommune",
      "HK-dir, Ålesund kunnskapspark",
      "Fylkeskommunen er eitt av fire fylke i det nasjonale forsøket. Meklaren hjelper små verksemder å finne "
      "rett etter- og vidareutdanning."),
    E(m.MR_ALLIANSE, "Maritim kompetanseallianse Nordvest", "Møre og Romsdal fylkeskommune",
      "NTNU i Ålesund, Fagskulen i Ålesund, Maritimt Forum Nordvest",
      "Alliansen samlar reiarlag, verft og utdanningstilbydarar om kva kompetanse den maritime klynga treng."),
    E(m.MR_BIO, "Tilskot til bedriftsintern opplæring (BIO)", "Møre og Romsdal fylkeskommune",
      "NAV Møre og Romsdal", "34 verksemder fekk tilskot til opplæring av tilsette i omstilling."),
    E(m.MR_NETTSKULE, "Nettskulen Møre – vidaregåande opplæring for vaksne på nett", "Møre og Romsdal fylkeskommune",
      "Kommunane", "Vaksne kan ta fag frå vidaregåande på kveldstid og i eige tempo, med samlingar i Molde."),
    E(m.NORSK_TRENING, "Språktrening i idrettslag saman med VOFO", "VOFO", "Møre og Romsdal idrettskrins",
      "Frivillige trenarar og kursleiarar tilbyr norsktrening i samband med treningane i tolv lag."),
)
