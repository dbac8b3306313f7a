"""Every measure of the round once: its register id, the delmål and type the secretariat gives it, its kind."""

from .model import Measure

RAD, KURS, FOU = "Råd/utvalg/nettverk", "Kurs/utdanning", "FoU"
PROSJEKT, INFO, ARR = "Prosjekt", "Informasjon", "Arrangement"

# Shared councils and joint projects: reported by several members, each in their own words.
KBU = Measure("H01", "1.1", RAD, "shared")
SRY = Measure("H02", "1.4", RAD, "shared")
RSA = Measure("H03", "1.4", RAD, "shared")
UHR_UNITS = Measure("H04", "1.4", RAD, "shared")
FAGSKOLERAD = Measure("H05", "1.4", RAD, "shared")
KARRIEREFORUM = Measure("H06", "1.3", RAD, "shared")
INDUSTRILOFT = Measure("H07", "2.4", PROSJEKT, "shared")
TURNUS = Measure("H08", "3.1", PROSJEKT, "shared")
HANDELSLOFT = Measure("H09", "2.1", KURS, "shared")
NORSK_TRENING = Measure("H10", "3.4", KURS, "shared")
INNPASSING = Measure("H11", "2.4", PROSJEKT, "shared")
MEKLAR = Measure("H12", "1.2", PROSJEKT, "shared")

# Traps: they name a council but are not participation in it.
KBU_BREAKFAST = Measure("H20", "1.1", ARR, "trap")  # a seminar about the council's report
REP_TRAINING = Measure("H21", "1.4", KURS, "trap")  # training one's own representatives
FORUM_EVALUATION = Measure("H22", "1.3", FOU, "trap")  # evaluating a council
REGIONAL_KBU = Measure("H23", "1.2", RAD, "trap")  # a regional copy of a national council
KBU_INPUT = Measure("H24", "1.1", INFO, "trap")  # written input to the council's report
FAGSKULE_COUNCILS = Measure("H25", "1.4", RAD, "trap")  # the schools' own councils, not RSA
RSA_WEBINAR = Measure("H26", "1.4", ARR, "trap")  # a webinar about how to use RSA

# Near-misses: pairs that share most words but are two measures.
REISELIV_NETTKURS = Measure("H30", "2.4", KURS, "near-miss")
HANDEL_NETTKURS = Measure("H31", "2.4", KURS, "near-miss")
TV_PLANLEGGING = Measure("H32", "2.4", KURS, "near-miss")
TV_KARTLEGGING = Measure("H33", "2.4", KURS, "near-miss")
KOMMUNE_KARTLEGGING = Measure("H34", "2.2", FOU, "near-miss")
STAT_KARTLEGGING = Measure("H35", "2.2", FOU, "near-miss")
BYGGLOFT = Measure("H36", "2.4", PROSJEKT, "near-miss")  # close to INDUSTRILOFT

# One member each.
KD_GRONN_EVU = Measure("H40", "2.4", KURS)
KD_FORSKRIFT = Measure("H41", "2.6", RAD)
KD_KI_STAT = Measure("H42", "2.1", KURS)
KD_NORSK_ARBEID = Measure("H43", "3.4", PROSJEKT)
LO_KI = Measure("H44", "2.1", KURS)
LO_PERMISJON = Measure("H45", "2.2", FOU)
UNIO_SYKEPLEIE = Measure("H46", "2.2", FOU)
UNIO_MENTOR = Measure("H47", "2.6", PROSJEKT)
UNIO_FILM = Measure("H48", "2.3", INFO)
KS_VELFERDSTEK = Measure("H49", "2.1", KURS)
YS_BAROMETER = Measure("H50", "2.2", FOU)
VIRKE_LEDER = Measure("H51", "2.4", KURS)
VIRKE_FILM = Measure("H52", "2.3", INFO)
SPEKTER_JOBBMATCH = Measure("H53", "3.3", PROSJEKT)
VOFO_SENIOR = Measure("H54", "2.1", KURS)
VOFO_DELTAKER = Measure("H55", "2.2", FOU)
VOFO_LAERINGSUKA = Measure("H56", "3.6", ARR)
UHR_MASTER = Measure("H57", "1.4", PROSJEKT)
UHR_EVU = Measure("H58", "2.2", FOU)
FSR_DIGITAL = Measure("H59", "2.1", KURS)
VL_HAVBRUK = Measure("H60", "3.1", KURS)
VL_VERFT = Measure("H61", "1.3", PROSJEKT)
MR_ALLIANSE = Measure("H62", "1.2", RAD)
MR_BIO = Measure("H63", "2.4", KURS)
KD_INDIKATOR = Measure("H64", "2.2", FOU)
KD_NAV_KURS = Measure("H65", "3.5", KURS)
KS_SPRAKPRAKSIS = Measure("H66", "3.3", PROSJEKT)
NHO_BEDRIFTSKLAR = Measure("H67", "3.3", PROSJEKT)
LO_GRUNNLEGGENDE = Measure("H68", "3.2", PROSJEKT)
VIRKE_SERTIFIKAT = Measure("H69", "2.5", KURS)
YS_VEILEDER = Measure("H70", "2.6", INFO)
UHR_NORDISK = Measure("H71", "2.6", RAD)
VL_NAV = Measure("H72", "3.5", RAD)
FSR_REALKOMPETANSE = Measure("H73", "2.5", FOU)
MR_NETTSKULE = Measure("H74", "3.1", KURS)
KS_LAERLING = Measure("H75", "2.3", INFO)
