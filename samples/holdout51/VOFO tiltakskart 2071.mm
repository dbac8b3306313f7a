<map version="1.0.1">
<!-- To view this file, download free mind mapping software FreeMind from http://freemind.sourceforge.net -->
<node CREATED="4108716000000" MODIFIED="4108716005000" ID="ID_1037" TEXT="VOFO &#x2013; kompetansepolitiske tiltak 2071">
<richcontent TYPE="NOTE"><html>
  <head>

  </head>
  <body>
    <p>
      Rapportering til Kompetansepolitisk r&#xe5;d. Kartet viser tiltakene VOFO har hatt ansvar for eller deltatt i i 2071. Attributtene p&#xe5; hvert tiltak viser type, ansvar og samarbeidspartnere.
    </p>
  </body>
</html>
</richcontent>
<font BOLD="true" NAME="SansSerif" SIZE="14"/>
<node CREATED="4108716060000" MODIFIED="4108716065000" ID="ID_1074" POSITION="right" TEXT="Gode valg &#x2013; innsatsomr&#xe5;de 1">
<edge COLOR="#00747a" WIDTH="2"/>
<font NAME="SansSerif" SIZE="12"/>
<node CREATED="4108716120000" MODIFIED="4108716125000" ID="ID_1111" TEXT="Karriereveiledning for alle &#x2013; helhetlig system og gode veiledere">
<node CREATED="4108716180000" MODIFIED="4108716185000" ID="ID_1148" TEXT="Nasjonalt forum for karriereveiledning">
<richcontent TYPE="NOTE"><html>
  <head>

  </head>
  <body>
    <p>
      VOFO representerer studieforbundene og frivillig sektor i forumet. Forumet hadde fire m&#xf8;ter i 2071, og VOFO la fram erfaringer fra veiledning i studieforbundene.
    </p>
  </body>
</html>
</richcontent>
<attribute NAME="Type" VALUE="forum"/>
<attribute NAME="Ansvar" VALUE="VOFO (generalsekret&#xe6;r)"/>
<icon BUILTIN="button_ok"/>
</node>
<node CREATED="4108716240000" MODIFIED="4108716245000" ID="ID_1185" TEXT="KIF &#x2013; karriereveiledning i frivilligheten">
<richcontent TYPE="NOTE"><html>
  <head>

  </head>
  <body>
    <p>
      Karriereveiledere fra karrieresenteret har faste veiledningsdager i studieforbund og frivillige lag. Piloten ble gjennomf&#xf8;rt i Vestland og evaluert h&#xf8;sten 2071.
    </p>
  </body>
</html>
</richcontent>
<attribute NAME="Type" VALUE="pilotprosjekt"/>
<attribute NAME="Ansvar" VALUE="VOFO"/>
<attribute NAME="Med" VALUE="Kompetanseforbundet, Vestland fylkeskommune"/>
<icon BUILTIN="button_ok"/>
</node>
</node>
</node>
<node CREATED="4108716300000" MODIFIED="4108716305000" ID="ID_1222" POSITION="right" TEXT="Voksne med svak tilknytning &#x2013; innsatsomr&#xe5;de 3">
<edge COLOR="#00747a" WIDTH="2"/>
<font NAME="SansSerif" SIZE="12"/>
<node CREATED="4108716360000" MODIFIED="4108716365000" ID="ID_1259" TEXT="3.2 Kompetansepluss">
<node CREATED="4108716420000" MODIFIED="4108716425000" ID="ID_1296" TEXT="L&#xe6;r for livet (Kompetansepluss frivillighet)">
<richcontent TYPE="NOTE"><html>
  <head>

  </head>
  <body>
    <p>
      Pilot som pr&#xf8;ver ut et nytt opplegg for grunnleggende ferdigheter i frivillige lag, finansiert over Kompetansepluss frivillighet. 23 lag og 410 deltakere var med i 2071.
    </p>
  </body>
</html>
</richcontent>
<attribute NAME="Type" VALUE="pilot"/>
<attribute NAME="Ansvar" VALUE="VOFO"/>
<attribute NAME="Med" VALUE="HK-dir, Kunnskapsdepartementet"/>
<icon BUILTIN="button_ok"/>
</node>
</node>
<node CREATED="4108716480000" MODIFIED="4108716485000" ID="ID_1333" TEXT="3.4 Norskoppl&#xe6;ring for innvandrere">
<node CREATED="4108716540000" MODIFIED="4108716545000" ID="ID_1370" TEXT="Spr&#xe5;kkaf&#xe9;nettverket">
<richcontent TYPE="NOTE"><html>
  <head>

  </head>
  <body>
    <p>
      Nettverk for om lag 140 spr&#xe5;kkafeer i regi av studieforbund og frivillige organisasjoner, med to nettverkssamlinger og en felles ressursbank for frivillige samtaleledere.
    </p>
  </body>
</html>
</richcontent>
<attribute NAME="Type" VALUE="nettverk"/>
<attribute NAME="Ansvar" VALUE="VOFO"/>
<attribute NAME="Med" VALUE="studieforbundene, Frivillighet Norge"/>
<icon BUILTIN="button_ok"/>
</node>
</node>
<node CREATED="4108716600000" MODIFIED="4108716605000" ID="ID_1407" TEXT="3.6 L&#xe6;ring i frivillig sektor">
<node CREATED="4108716660000" MODIFIED="4108716665000" ID="ID_1444" TEXT="Kampanjen &#xab;L&#xe6;r noe nytt i h&#xf8;st&#xbb;">
<richcontent TYPE="NOTE"><html>
  <head>

  </head>
  <body>
    <p>
      Nasjonal kampanje i sosiale medier og lokalaviser for studieforbundenes kurstilbud i august og september.
    </p>
  </body>
</html>
</richcontent>
<attribute NAME="Type" VALUE="kampanje"/>
<attribute NAME="Ansvar" VALUE="VOFO"/>
<icon BUILTIN="button_ok"/>
</node>
<node CREATED="4108716720000" MODIFIED="4108716725000" ID="ID_1481" TEXT="Kursleder 2071 &#x2013; oppl&#xe6;ring av frivillige kursledere">
<richcontent TYPE="NOTE"><html>
  <head>

  </head>
  <body>
    <p>
      Nettbasert og samlingsbasert oppl&#xe6;ring av kursledere i frivillige organisasjoner; 260 kursledere fullf&#xf8;rte.
    </p>
  </body>
</html>
</richcontent>
<attribute NAME="Type" VALUE="kurs"/>
<attribute NAME="Ansvar" VALUE="VOFO"/>
<attribute NAME="Med" VALUE="studieforbundene"/>
<icon BUILTIN="button_ok"/>
</node>
</node>
</node>
<node CREATED="4108716780000" MODIFIED="4108716785000" COLOR="#999999" ID="ID_1518" POSITION="left" TEXT="Avsluttet i 2070">
<edge COLOR="#999999"/>
<node CREATED="4108716840000" MODIFIED="4108716845000" COLOR="#999999" ID="ID_1555" TEXT="Evaluering av studiesirkelmetoden">
<richcontent TYPE="NOTE"><html>
  <head>

  </head>
  <body>
    <p>
      Sluttrapporten ble levert i desember 2070. Ikke aktivt i 2071.
    </p>
  </body>
</html>
</richcontent>
<attribute NAME="Type" VALUE="evaluering"/>
<icon BUILTIN="stop-sign"/>
</node>
</node>
<node CREATED="4108716900000" MODIFIED="4108716905000" COLOR="#999999" ID="ID_1592" POSITION="left" TEXT="Planer for 2072">
<edge COLOR="#999999"/>
<node CREATED="4108716960000" MODIFIED="4108716965000" COLOR="#999999" ID="ID_1629" TEXT="Frivillighetens l&#xe6;rings&#xe5;r 2072">
<richcontent TYPE="NOTE"><html>
  <head>

  </head>
  <body>
    <p>
      Id&#xe9; til et felles l&#xe6;rings&#xe5;r for frivilligheten. S&#xf8;knad om midler sendes v&#xe5;ren 2072.
    </p>
  </body>
</html>
</richcontent>
<icon BUILTIN="help"/>
</node>
</node>
</node>
</map>
