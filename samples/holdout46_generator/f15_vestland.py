"""15 Vestland fylkeskommune: Nynorsk meeting minutes (møteprotokoll), written
as ODT and exported to PDF with LibreOffice. The measures are lettered
paragraphs a)–e) in the case presentation; the measure name sits inside the
sentence; delmål as '(delmål 1.3)' at the end; no type."""
import os
import tempfile

from .common import (T, FileResult, odf_package, odt_p, odt_h, ODT_BASE_STYLES, ODT_AUTO_STYLES,
                     soffice_convert, stabilise_pdf)

FILENAME = "15_Vestland_fk_moteprotokoll_sak_4_67.pdf"
MEMBER = "Vestland fylkeskommune"

# (lettered sentence with {name} placeholder, name, description (as written), delmål tag, truth)
ITEMS = [
    ("Fylkeskommunen er representert i {name} ved leiaren for Karriere Vestland. {desc}",
     "Nasjonalt forum for karriererettleiing",
     "Forumet har i år drøfta korleis karrieresentera kan nå fleire vaksne utan fullført vidaregåande "
     "opplæring.",
     "(delmål 1.3)", "Karriere Vestland", "",
     T("Nasjonalt forum for karriererettleiing", "M06", "1.3", "Råd/utvalg/nettverk")),
    ("Saman med Agder fylkeskommune og Kompetanse Noreg var vi medarrangør av {name} i Kristiansand i "
     "mai. {desc}",
     "Karriererettleiarkonferansen 2066",
     "Om lag 60 rettleiarar frå Vestland deltok, og Vestland hadde ansvaret for programmet den andre "
     "dagen.",
     "(delmål 1.3)", "", "Agder fylkeskommune, Kompetanse Noreg",
     T("Karriererettleiarkonferansen 2066", "J03", "1.3", "Arrangement")),
    ("{name} er eit regionalt partnarskapsråd med partane i arbeidslivet, NAV, universiteta og "
     "fagskulane, bygd opp etter mønster av Samarbeidsrådet for yrkesopplæring. {desc}",
     "Kompetanserådet i Vestland",
     "Rådet hadde fire møte i 2066 og la fram ein regional kompetanseplan.",
     "(delmål 1.2)", "", "partane i arbeidslivet, NAV, universiteta, fagskulane",
     T("Kompetanserådet i Vestland", "U1501", "1.2", "Råd/utvalg/nettverk")),
    ("{name} gav etterutdanning for tilsette i havbruksnæringa i samarbeid med Fagskulen Vestland og "
     "Sjømat Norge. {desc}",
     "Havbruksskulen",
     "240 deltakarar fullførte modular i fiskehelse og digital styring av anlegg.",
     "(delmål 2.4)", "", "Fagskulen Vestland, Sjømat Norge",
     T("Havbruksskulen", "U1502", "2.4", "Kurs/utdanning")),
    ("{name} vart skipa til saman med VOFO og studieforbunda. {desc}",
     "Læringsveka 2066",
     "Det vart halde 85 arrangement i Vestland, mellom anna på biblioteka.",
     "(delmål 3.6)", "", "VOFO, studieforbunda",
     T("Læringsveka 2066", "J09", "3.6", "Arrangement")),
]


def build(out_dir: str) -> FileResult:
    body = [
        odt_p("VESTLAND FYLKESKOMMUNE", "Psmall"),
        odt_p("Møteprotokoll", "Title"),
        odt_p("**Utval:** Hovudutval for opplæring og kompetanse\n**Møtedato:** 27.01.2067\n"
              "**Stad:** Fylkeshuset, Bergen\n**Frå – til:** 09:00 – 14:15"),
        odt_p("**Til stades:** 11 medlemer. **Forfall:** 2. **Frå administrasjonen:** fylkesdirektør for "
              "opplæring og kompetanse."),
        odt_h("Sak 3/67 Godkjenning av protokoll frå førre møte", 2),
        odt_p("Protokollen vart godkjend utan merknader."),
        odt_h("Sak 4/67 Rapportering til Kompetansepolitisk råd for 2066", 2),
        odt_h("Saksopplysingar", 3),
        odt_p("Vestland fylkeskommune er medlem av Kompetansepolitisk råd og rapporterer kvart år om "
              "tiltak som følgjer opp Nasjonal kompetansepolitisk strategi. Fylkesdirektøren har sett "
              "opp desse tiltaka for 2066:"),
    ]
    rows = []
    for letter, (tmpl, name, desc, tag, ansv, partn, truth) in zip("abcde", ITEMS):
        sentence = tmpl.format(name=name, desc=desc)
        sentence = sentence[0].upper() + sentence[1:]
        body.append(odt_p(f"{letter})\t{sentence} {tag}", "Pind"))
        truth.ansvarlig, truth.partnere, truth.beskrivelse = ansv, partn, desc
        rows.append(truth)
    body += [
        odt_h("Framlegg til vedtak", 3),
        odt_p("Hovudutvalet tek rapporteringa til Kompetansepolitisk råd for 2066 til vitande."),
        odt_h("Handsaming", 3),
        odt_p("Representanten frå Senterpartiet bad om at Havbruksskulen blir vidareført i 2067. "
              "Framlegget vart samrøystes vedteke."),
        odt_h("Vedtak", 3),
        odt_p("Hovudutvalet tek rapporteringa til Kompetansepolitisk råd for 2066 til vitande."),
        odt_h("Sak 5/67 Eventuelt", 2),
        odt_p("Ingen saker."),
        odt_p("Rett utskrift: utvalssekretær", "Pright"),
    ]
    content = "<office:text>" + "".join(body) + "</office:text>"
    with tempfile.TemporaryDirectory() as td:
        src = os.path.join(td, FILENAME.replace(".pdf", ".odt"))
        odf_package(src, "application/vnd.oasis.opendocument.text", content, ODT_AUTO_STYLES,
                    ODT_BASE_STYLES, "Møteprotokoll hovudutval for opplæring og kompetanse 27.01.2067",
                    "Vestland fylkeskommune", lang="nn")
        pdf = soffice_convert(src, out_dir)
    stabilise_pdf(pdf)
    return FileResult(FILENAME, MEMBER, "PDF exported from ODT (hand-written ODF → soffice)",
                      "Nynorsk meeting minutes; measures are lettered paragraphs a)–e) in the case "
                      "presentation, name inside the sentence, '(delmål 1.3)' at the end; no type", rows)
