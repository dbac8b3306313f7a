"""Not a member report: HK-dir's dataset catalogue in DCAT-AP-NO, as harvested to data.norge.no and downloaded in
Turtle. A member forwarded it 'for information' with its report; it describes datasets and names councils and
programmes, but reports no measures."""
from __future__ import annotations

FILENAME = "hkdir-datasettkatalog-kompetanse.ttl"
MEMBER = None
FORMAT = ("RDF Turtle (.ttl, UTF-8) in the DCAT-AP-NO 2 profile as downloaded from data.norge.no: @prefix lines "
          "(dcat, dct, foaf, vcard, adms, xsd, dcatno), one dcat:Catalog with dcat:dataset links, dcat:Dataset "
          "nodes with language-tagged dct:title / dct:description, dct:publisher, dcat:contactPoint, dcat:theme, "
          "dcat:keyword, dct:temporal and dcat:distribution blank nodes; written as text")
SHAPE = ("NOT a member report: the directorate's catalogue of open data about skills – datasets on KBU's "
         "analyses, SRY's tilbudsstruktur, apprenticeships, Realkompetanseportalen statistics, Grønn fagarbeider "
         "participants and Yrkesfaguka 2076 visitors; descriptions in Bokmål and Nynorsk and English; no truth rows")
NOT_TRUTH = "everything (not a member report): titles, descriptions, keywords, publishers, contact points, URLs"


def build(out) -> list[dict]:
    ttl = """@prefix adms:   <http://www.w3.org/ns/adms#> .
@prefix dcat:   <http://www.w3.org/ns/dcat#> .
@prefix dct:    <http://purl.org/dc/terms/> .
@prefix foaf:   <http://xmlns.com/foaf/0.1/> .
@prefix vcard:  <http://www.w3.org/2006/vcard/ns#> .
@prefix xsd:    <http://www.w3.org/2001/XMLSchema#> .
@prefix dcatno: <https://data.norge.no/vocabulary/dcatno#> .

<https://data.hkdir.no/katalog>
    a               dcat:Catalog ;
    dct:title       "HK-dirs datasettkatalog – kompetanse og arbeidsliv"@nb , "HK-dir dataset catalogue – skills"@en ;
    dct:publisher   <https://data.brreg.no/enhetsregisteret/api/enheter/821911572> ;
    dct:modified    "2077-01-05"^^xsd:date ;
    dcat:dataset    <https://data.hkdir.no/datasett/kbu-analyser> ,
                    <https://data.hkdir.no/datasett/tilbudsstruktur-sry> ,
                    <https://data.hkdir.no/datasett/realkompetanseportalen> ,
                    <https://data.hkdir.no/datasett/gronn-fagarbeider> ,
                    <https://data.hkdir.no/datasett/yrkesfaguka> .

<https://data.hkdir.no/datasett/kbu-analyser>
    a                   dcat:Dataset ;
    dct:title           "Kompetansebehovsutvalgets analyser og datagrunnlag"@nb , "Skills needs committee – analyses"@en ;
    dct:description     "Tabellar og figurdata frå rapportane til Kompetansebehovsutvalget (KBU), mellom anna temarapporten om helse og omsorg frå 2076."@nn ;
    dct:publisher       <https://data.brreg.no/enhetsregisteret/api/enheter/821911572> ;
    dcat:theme          <http://publications.europa.eu/resource/authority/data-theme/EDUC> ;
    dcat:keyword        "kompetansebehov"@nb , "KBU"@nb , "arbeidsmarknad"@nn ;
    dct:temporal        [ a dct:PeriodOfTime ; dcat:startDate "2018-01-01"^^xsd:date ; dcat:endDate "2076-12-31"^^xsd:date ] ;
    dct:accessRights    <http://publications.europa.eu/resource/authority/access-right/PUBLIC> ;
    dcat:contactPoint   [ a vcard:Organization ; vcard:hasEmail <mailto:data@hkdir.no> ; vcard:organization-unit "Analyseavdelingen"@nb ] ;
    dcat:distribution   [ a dcat:Distribution ; dct:format <http://publications.europa.eu/resource/authority/file-type/CSV> ;
                          dcat:accessURL <https://data.hkdir.no/kbu/csv> ; dct:title "CSV-filer"@nb ] .

<https://data.hkdir.no/datasett/tilbudsstruktur-sry>
    a                   dcat:Dataset ;
    dct:title           "Tilbudsstruktur i fag- og yrkesopplæringen"@nb ;
    dct:description     "Oversikt over lærefag og utdanningsprogram med endringer som Samarbeidsrådet for yrkesopplæring (SRY) og de faglige rådene har gitt råd om."@nb ;
    dct:publisher       <https://data.brreg.no/enhetsregisteret/api/enheter/970018131> ;
    dcat:keyword        "SRY"@nb , "faglige råd"@nb , "lærefag"@nb ;
    dcat:theme          <http://publications.europa.eu/resource/authority/data-theme/EDUC> ;
    dcat:distribution   [ a dcat:Distribution ; dct:format <http://publications.europa.eu/resource/authority/file-type/JSON> ;
                          dcat:accessURL <https://data.udir.no/tilbudsstruktur> ] .

<https://data.hkdir.no/datasett/realkompetanseportalen>
    a                   dcat:Dataset ;
    dct:title           "Statistikk fra Realkompetanseportalen (RKP)"@nb ;
    dct:description     "Antall søknader om realkompetansevurdering behandlet i Realkompetanseportalen per institusjon og måned, fra høsten 2076."@nb ;
    dct:publisher       <https://data.brreg.no/enhetsregisteret/api/enheter/821911572> ;
    dcat:keyword        "realkompetanse"@nb , "RKP"@nb ;
    dct:temporal        [ a dct:PeriodOfTime ; dcat:startDate "2076-09-01"^^xsd:date ] ;
    adms:status         <http://purl.org/adms/status/UnderDevelopment> .

<https://data.hkdir.no/datasett/gronn-fagarbeider>
    a                   dcat:Dataset ;
    dct:title           "Deltakere i Grønn fagarbeider"@nb ;
    dct:description     "Aggregerte deltakertall for etterutdanningen Grønn fagarbeider (elektro og VVS), fordelt på fylke og modul. Oppdateres årlig."@nb ;
    dct:publisher       <https://data.brreg.no/enhetsregisteret/api/enheter/821911572> ;
    dcat:keyword        "etterutdanning"@nb , "grønt skifte"@nb .

<https://data.hkdir.no/datasett/yrkesfaguka>
    a                   dcat:Dataset ;
    dct:title           "Besøkstall Yrkesfaguka 2076"@nb ;
    dct:description     "Talet på elevar som vitja opne verkstader og lærebedrifter under Yrkesfaguka 2076, per kommune."@nn ;
    dct:publisher       <https://data.brreg.no/enhetsregisteret/api/enheter/821911572> ;
    dcat:keyword        "yrkesfag"@nb ;
    dct:temporal        [ a dct:PeriodOfTime ; dcat:startDate "2076-11-02"^^xsd:date ; dcat:endDate "2076-11-08"^^xsd:date ] .
"""
    (out / FILENAME).write_bytes(ttl.encode("utf-8"))
    return []


def text(path) -> str:
    return path.read_bytes().decode("utf-8")
