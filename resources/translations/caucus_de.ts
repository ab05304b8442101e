<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AccessibleMemberTableModel</name>
    <message>
        <location filename="../../desktop/models/members.py" line="+460"/>
        <source>{text} (deleted)</source>
        <translation>{text} (gelöscht)</translation>
    </message>
</context>
<context>
    <name>AlwaysOnTab</name>
    <message>
        <location filename="../../desktop/views/sync_always_on.py" line="+91"/>
        <source>When the branch&apos;s laptops are rarely on at the same time, Syncthing can carry their changes between them, through an always-on box in the office if you have one. Only encrypted bundles travel; Syncthing never sees a name.</source>
        <extracomment>an always-on step brought changes in (refresh every view)</extracomment>
        <translation>Wenn die Laptops der Ortsgruppe selten gleichzeitig an sind, kann Syncthing ihre Änderungen zwischen ihnen weitertragen – über eine ständig laufende Box im Büro, falls ihr eine habt. Es werden nur verschlüsselte Pakete übertragen; Syncthing sieht keinen einzigen Namen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Always-on sync</source>
        <translation>Dauerabgleich</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Always-on status</source>
        <translation>Status des Dauerabgleichs</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This laptop&apos;s Syncthing ID</source>
        <translation>Syncthing-ID dieses Laptops</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the Syncthing ID</source>
        <translation>Syncthing-ID kopieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This laptop&apos;s Syncthing ID:</source>
        <translation>Syncthing-ID dieses Laptops:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Always-on folder</source>
        <translation>Ordner für den Dauerabgleich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last change received</source>
        <translation>Letzte empfangene Änderung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last change received:</source>
        <translation>Letzte empfangene Änderung:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bytes pending</source>
        <translation>Ausstehende Bytes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending:</source>
        <translation>Ausstehend:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Always-on peers</source>
        <translation>Geräte im Dauerabgleich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Laptop or box</source>
        <translation>Laptop oder Box</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To send</source>
        <translation>Zu senden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Laptops not on always-on yet</source>
        <translation>Laptops noch ohne Dauerabgleich</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find laptops over the internet (global discovery and relays)</source>
        <translation>Laptops über das Internet finden (globale Gerätesuche und Relays)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Global discovery and relays</source>
        <translation>Globale Gerätesuche und Relays</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Box&apos;s Syncthing ID</source>
        <translation>Syncthing-ID der Box</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The box&apos;s Syncthing device ID</source>
        <translation>Die Syncthing-Geräte-ID der Box</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Box&apos;s address</source>
        <translation>Adresse der Box</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>for example {address}</source>
        <extracomment>{address} is an example of a box&apos;s address; it stays as it is</extracomment>
        <translation>zum Beispiel {address}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Box&apos;s name</source>
        <translation>Name der Box</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office box</source>
        <translation>Box im Büro</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Add a box</source>
        <translation>Box hinzufügen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Always-on error</source>
        <translation>Fehler beim Dauerabgleich</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Starting Syncthing…</source>
        <translation>Syncthing wird gestartet…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stopping Syncthing…</source>
        <translation>Syncthing wird beendet…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Give the box&apos;s Syncthing ID and its address.</source>
        <translation>Gib die Syncthing-ID der Box und ihre Adresse ein.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Off. Switch it on to let Syncthing carry this laptop&apos;s changes to the branch&apos;s other laptops and its box.</source>
        <translation>Aus. Schalte ihn ein, damit Syncthing die Änderungen dieses Laptops zu den anderen Laptops der Ortsgruppe und zu ihrer Box trägt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>On: your own Syncthing is running.</source>
        <translation>An: Dein eigenes Syncthing läuft.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On: your own Syncthing is not answering yet.</source>
        <translation>An: Dein eigenes Syncthing antwortet noch nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On: Caucus&apos;s own Syncthing is running.</source>
        <translation>An: Das Syncthing von Caucus läuft.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On: Caucus&apos;s own Syncthing is not answering yet.</source>
        <translation>An: Das Syncthing von Caucus antwortet noch nicht.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>box</source>
        <translation>Box</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>laptop</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> This laptop has changes not yet in the folder.</source>
        <translation> Dieser Laptop hat Änderungen, die noch nicht im Ordner sind.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{incoming} to receive, {outgoing} to send.</source>
        <translation>{incoming} zu empfangen, {outgoing} zu senden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not on always-on yet: </source>
        <translation>Noch ohne Dauerabgleich: </translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <location filename="../../desktop/views/attendance.py" line="+84"/>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attended</source>
        <translation>Anwesend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apologies</source>
        <translation>Entschuldigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Absent</source>
        <translation>Abwesend</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <location line="+74"/>
        <source>Meeting</source>
        <extracomment>the user ticked a cell: member id, status attendance changed (the meetings list recounts)</extracomment>
        <translation>Versammlung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print sign-in sheet…</source>
        <translation>Anwesenheitsliste drucken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print sign-in sheet</source>
        <translation>Anwesenheitsliste drucken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this meeting&apos;s sign-in sheet as a PDF to print: every current member, with spare lines</source>
        <translation>Die Anwesenheitsliste dieser Versammlung als PDF zum Ausdrucken speichern: alle aktuellen Mitglieder, mit freien Zeilen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Quorum count</source>
        <translation>Stand der Beschlussfähigkeit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find a member to mark</source>
        <translation>Mitglied zum Abhaken suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a name, then Down; A attended, P apologies, X absent</source>
        <translation>Namen eintippen, dann Pfeil nach unten; A anwesend, P entschuldigt, X abwesend</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Attendance</source>
        <translation>Anwesenheit</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Attendance error</source>
        <translation>Fehler bei der Anwesenheit</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>{extra} more: type more of a name to narrow the list.</source>
        <translation>{extra} weitere: Tippe mehr vom Namen ein, um die Liste einzugrenzen.</translation>
    </message>
    <message>
        <source>{extra:,} more: type more of a name to narrow the list.</source>
        <translation type="vanished">{extra:,} weitere: Tippe mehr vom Namen ein, um die Liste einzugrenzen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Attended: {attended}  ·  Apologies: {apologies}  ·  Absent: {absent}</source>
        <translation>Anwesend: {attended}  ·  Entschuldigt: {apologies}  ·  Abwesend: {absent}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>quorate</source>
        <translation>beschlussfähig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{value} more needed for quorum</source>
        <translation>noch {value} bis zur Beschlussfähigkeit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  ·  Quorum: {attended} of {quorum} ({state})</source>
        <translation>  ·  Quorum: {attended} von {quorum} ({state})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  ·  No quorum set</source>
        <translation>  ·  Kein Quorum festgelegt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save the sign-in sheet as a PDF</source>
        <translation>Anwesenheitsliste als PDF speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in {value} {title}</source>
        <translation>Anwesenheitsliste {value} {title}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sign-in sheet</source>
        <translation>Anwesenheitsliste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sign-in sheet for {title}: every current member, with a column to sign and spare lines for others.</source>
        <translation>Die Anwesenheitsliste für {title}: alle aktuellen Mitglieder, mit einer Spalte für die Unterschrift und freien Zeilen für weitere Personen.</translation>
    </message>
</context>
<context>
    <name>BusyBar</name>
    <message>
        <location filename="../../desktop/widgets.py" line="+68"/>
        <source>Working</source>
        <extracomment>how long work runs before :meth:`set_busy` shows the bar</extracomment>
        <translation>Wird bearbeitet</translation>
    </message>
</context>
<context>
    <name>CampaignsPage</name>
    <message>
        <location filename="../../desktop/views/list_pages.py" line="+317"/>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+1"/>
        <source>New campaign name</source>
        <translation>Name der neuen Kampagne</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Starts</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start date</source>
        <translation>Anfangsdatum</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add campaign</source>
        <translation>Kampagne hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No campaigns yet. Type a campaign&apos;s name below and press Add campaign; conversations can then be linked to it.</source>
        <translation>Noch keine Kampagnen. Gib unten den Namen einer Kampagne ein und drück „Kampagne hinzufügen“; danach lassen sich Gespräche mit ihr verknüpfen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Starts</source>
        <translation>Be&amp;ginn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ends</source>
        <translation>&amp;Ende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatus</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <location filename="../../desktop/views/wall_chart.py" line="+79"/>
        <source>Wall chart</source>
        <extracomment>the answer a key records on the current card the baseline&apos;s offset in a line, for the bold (True) and the small font a person to open (their id) record this answer for this person move this person to this unit (&quot;&quot; for none)</extracomment>
        <translation>Wandkarte</translation>
    </message>
    <message>
        <location line="+235"/>
        <source>member</source>
        <extracomment>what a click on a card does: None opens the person, else records this answer measured once: texts&apos; widths (by text and font), flags elided to a width</extracomment>
        <translation>Mitglied</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not a member</source>
        <translation>kein Mitglied</translation>
    </message>
    <message>
        <source>assessment {0}</source>
        <translation type="vanished">Einschätzung {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not assessed</source>
        <translation>nicht eingeschätzt</translation>
    </message>
    <message>
        <source>point person: {0}</source>
        <translation type="vanished">Ansprechperson: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no point person</source>
        <translation>keine Ansprechperson</translation>
    </message>
    <message>
        <source>point person for {0}</source>
        <translation type="vanished">Ansprechperson für {0}</translation>
    </message>
    <message>
        <source>Open {0}</source>
        <translation type="vanished">{0} öffnen</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>assessment {assessment}</source>
        <translation>Einschätzung {assessment}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>point person: {point_person}</source>
        <translation>Ansprechperson: {point_person}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>point person for {covers}</source>
        <translation>Ansprechperson für {covers}</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Open {name}</source>
        <translation>{name} öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asked, undecided</source>
        <translation>Gefragt, unentschieden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not asked yet</source>
        <translation>Noch nicht gefragt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move to unit</source>
        <translation>In einen Bereich verschieben</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No unit</source>
        <translation>Kein Bereich</translation>
    </message>
</context>
<context>
    <name>ConflictsTab</name>
    <message>
        <location filename="../../desktop/views/conflicts.py" line="+118"/>
        <source>Two laptops changed the same thing while apart. Nothing was lost: both values are kept until you choose. The value shown elsewhere meanwhile is the newest.</source>
        <extracomment>the number of open conflicts changed (for the navigation badge) a conflict was settled (records changed: refresh the views)</extracomment>
        <translation>Zwei Laptops haben getrennt voneinander dasselbe geändert. Nichts ist verloren: Beide Werte bleiben erhalten, bis du dich entscheidest. Bis dahin wird überall der neuere Wert angezeigt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Conflict details</source>
        <translation>Einzelheiten zum Konflikt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep mine</source>
        <translation>Meinen Wert behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep theirs</source>
        <translation>Den anderen Wert behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a new value…</source>
        <translation>Neuen Wert eingeben…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep deleted</source>
        <translation>Gelöscht lassen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No conflicts on this laptop.</source>
        <translation>Keine Konflikte auf diesem Laptop.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided here. The other laptops still show the conflict until they sync with this one (by USB stick or at a meeting); then they take this decision.</source>
        <translation>Hier entschieden. Die anderen Laptops zeigen den Konflikt noch an, bis sie mit diesem abgleichen (per USB-Stick oder bei einer Versammlung); dann übernehmen sie diese Entscheidung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decision status</source>
        <translation>Stand der Entscheidung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Conflict error</source>
        <translation>Fehler beim Konflikt</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Type a new value</source>
        <translation>Neuen Wert eingeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New value for {what}:</source>
        <translation>Neuer Wert für {what}:</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <location filename="../../desktop/i18n.py" line="+76"/>
        <source>%Ln changes</source>
        <translation>
            <numerusform>%Ln Änderung</numerusform>
            <numerusform>%Ln Änderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln laptops</source>
        <translation>
            <numerusform>%Ln Laptop</numerusform>
            <numerusform>%Ln Laptops</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln pages</source>
        <translation>
            <numerusform>%Ln Seite</numerusform>
            <numerusform>%Ln Seiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln members</source>
        <translation>
            <numerusform>%Ln Mitglied</numerusform>
            <numerusform>%Ln Mitglieder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln labels</source>
        <translation>
            <numerusform>%Ln Etikett</numerusform>
            <numerusform>%Ln Etiketten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln names</source>
        <translation>
            <numerusform>%Ln Name</numerusform>
            <numerusform>%Ln Namen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln conflicts need a decision (see Conflicts).</source>
        <translation>
            <numerusform>%Ln Konflikt muss entschieden werden (siehe Konflikte).</numerusform>
            <numerusform>%Ln Konflikte müssen entschieden werden (siehe Konflikte).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln changes wait for earlier ones to arrive.</source>
        <translation>
            <numerusform>%Ln Änderung wartet auf frühere, die noch nicht angekommen sind.</numerusform>
            <numerusform>%Ln Änderungen warten auf frühere, die noch nicht angekommen sind.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln rows to import.</source>
        <translation>
            <numerusform>%Ln Zeile zum Importieren.</numerusform>
            <numerusform>%Ln Zeilen zum Importieren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln of them cannot be read as they are; Check rows lists them and why.</source>
        <translation>
            <numerusform>%Ln davon lässt sich so nicht lesen; „Zeilen prüfen“ zeigt sie und den Grund.</numerusform>
            <numerusform>%Ln davon lassen sich so nicht lesen; „Zeilen prüfen“ listet sie mit den Gründen auf.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln changes rejected.</source>
        <translation>
            <numerusform>%Ln Änderung abgelehnt.</numerusform>
            <numerusform>%Ln Änderungen abgelehnt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreateBranchPage</name>
    <message>
        <location filename="../../desktop/views/first_run.py" line="+173"/>
        <source>Create a branch</source>
        <translation>Ortsgruppe anlegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The passphrase encrypts everything on this laptop. Nobody can recover it for you: write it down and keep it somewhere safe.</source>
        <translation>Die Passphrase verschlüsselt alles auf diesem Laptop. Niemand kann sie für dich wiederherstellen: Schreib sie auf und bewahre sie an einem sicheren Ort auf.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>for example: Northside Tenants&apos; Union</source>
        <translation>zum Beispiel: Mieter*innengewerkschaft Nordstadt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Branch name error</source>
        <translation>Fehler beim Namen der Ortsgruppe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Branch name</source>
        <translation>&amp;Name der Ortsgruppe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Branch name</source>
        <translation>Name der Ortsgruppe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Creating the vault</source>
        <translation>Tresor wird angelegt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Create branch</source>
        <translation>Ortsgruppe anlegen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The branch needs a name.</source>
        <translation>Die Ortsgruppe braucht einen Namen.</translation>
    </message>
</context>
<context>
    <name>DataMenu</name>
    <message>
        <location filename="../../desktop/data_menu.py" line="+34"/>
        <location line="+25"/>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Import a spreadsheet…</source>
        <translation>Tabelle importieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the list as shown…</source>
        <translation>Liste wie angezeigt exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print member list…</source>
        <translation>Mitgliederliste drucken…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the list as shown as a PDF to print (Ctrl+P)</source>
        <translation>Die Liste wie angezeigt als PDF zum Ausdrucken speichern (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print mailing labels…</source>
        <translation>Adressetiketten drucken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4 labels, 3 × 7, for the list as shown</source>
        <translation>A4-Etiketten, 3 × 7, für die Liste wie angezeigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find and merge duplicates…</source>
        <translation>Doppelte Einträge finden und zusammenführen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the list&apos;s &amp;emails</source>
        <translation>&amp;E-Mail-Adressen der Liste kopieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everyone in the list as shown who may be emailed, ready to paste into BCC</source>
        <translation>Alle in der angezeigten Liste, die per E-Mail angeschrieben werden dürfen – fertig zum Einfügen ins BCC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the list&apos;s &amp;phone numbers</source>
        <translation>&amp;Telefonnummern der Liste kopieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everyone in the list as shown who may be phoned</source>
        <translation>Alle in der angezeigten Liste, die angerufen werden dürfen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Data: import, export, print, duplicates</source>
        <translation>Daten: Import, Export, Drucken, doppelte Einträge</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Nobody in the list can be reached that way.</source>
        <translation>Niemand in der Liste ist auf diesem Weg erreichbar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>emails</source>
        <translation>E-Mail-Adressen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>phone numbers</source>
        <translation>Telefonnummern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copied {count} {what}; {left_out} left out (not to be contacted that way), {missing} with none. The clipboard is cleared in {seconds} seconds.</source>
        <translation>{count} {what} kopiert; {left_out} ausgelassen (nicht auf diesem Weg zu kontaktieren), {missing} ohne Angabe. Die Zwischenablage wird in {seconds} Sekunden geleert.</translation>
    </message>
    <message>
        <source>Copied {0} {1}; {2} left out (not to be contacted that way), {3} with none. The clipboard is cleared in {4} seconds.</source>
        <translation type="vanished">{0} {1} kopiert; {2} ausgelassen (nicht auf diesem Weg zu kontaktieren), {3} ohne Angabe. Die Zwischenablage wird in {4} Sekunden geleert.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save the member list as a PDF</source>
        <translation>Mitgliederliste als PDF speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>Member list</source>
        <translation>Mitgliederliste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The members in the list as shown, in its order.</source>
        <translation>Die Mitglieder der angezeigten Liste, in ihrer Reihenfolge.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save mailing labels as a PDF</source>
        <translation>Adressetiketten als PDF speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>Mailing labels</source>
        <translation>Adressetiketten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4 sheets of 3 × 7 labels (63.5 × 38.1 mm) for the members in the list as shown who have a postal address and may be posted to.</source>
        <translation>A4-Bögen mit 3 × 7 Etiketten (63,5 × 38,1 mm) für die Mitglieder der angezeigten Liste, die eine Postanschrift haben und Post bekommen dürfen.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>{0} (e.g. {1})</source>
        <translation type="vanished">{0} (z. B. {1})</translation>
    </message>
    <message>
        <source>e.g. {0} or 2031-12-31</source>
        <translation type="vanished">z. B. {0} oder 2031-12-31</translation>
    </message>
    <message>
        <location filename="../../desktop/dates.py" line="+52"/>
        <source>{placeholder} (e.g. {example})</source>
        <translation>{placeholder} (z. B. {example})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. {example} or 2031-12-31</source>
        <translation>z. B. {example} oder 2031-12-31</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pick a date (Alt+Down)</source>
        <translation>Datum auswählen (Alt+Down)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
</context>
<context>
    <name>DemoPage</name>
    <message>
        <location filename="../../desktop/views/demo_page.py" line="+49"/>
        <source>Try the demo</source>
        <extracomment>the demo&apos;s session and a sentence to show with it</extracomment>
        <translation>Demo ausprobieren</translation>
    </message>
    <message>
        <source>Making a demo branch with {members:,} invented members…</source>
        <translation type="vanished">Demo-Ortsgruppe mit {members:,} erfundenen Mitgliedern wird angelegt…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+58"/>
        <source>Making a demo branch with {members} invented members…</source>
        <translation>Demo-Ortsgruppe mit {members} erfundenen Mitgliedern wird angelegt…</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Demo progress</source>
        <translation>Fortschritt der Demo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The demo branch is ready, in its own file: your real branch stays apart. Its passphrase is below. Close the demo from the Vault menu when you are done; Try the demo opens it again.</source>
        <translation>Die Demo-Ortsgruppe ist fertig, in einer eigenen Datei: Deine echte Ortsgruppe bleibt davon getrennt. Ihre Passphrase steht unten. Schließ die Demo über das Menü „Tresor“, wenn du fertig bist; „Demo ausprobieren“ öffnet sie wieder.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Demo passphrase</source>
        <translation>Passphrase der Demo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the demo</source>
        <translation>Demo abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the demo</source>
        <translation>Demo öffnen</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Opening the demo branch made earlier…</source>
        <translation>Die früher angelegte Demo-Ortsgruppe wird geöffnet…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Making the demo branch was cancelled; nothing was kept.</source>
        <translation>Das Anlegen der Demo-Ortsgruppe wurde abgebrochen; nichts wurde behalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The demo branch could not be made.</source>
        <translation>Die Demo-Ortsgruppe konnte nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>Devices</name>
    <message>
        <location filename="../../desktop/views/devices.py" line="+65"/>
        <source>a laptop no longer listed</source>
        <translation>ein Laptop, der nicht mehr aufgeführt ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>founded the branch</source>
        <translation>hat die Ortsgruppe angelegt</translation>
    </message>
</context>
<context>
    <name>DevicesTab</name>
    <message>
        <location line="+33"/>
        <source>Every laptop that holds this branch. Only an admin can admit or revoke one.</source>
        <translation>Alle Laptops, auf denen diese Ortsgruppe liegt. Nur ein Admin kann Laptops aufnehmen oder ihnen den Zugang entziehen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Branch fingerprint</source>
        <translation>Fingerabdruck der Ortsgruppe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A laptop joining with a welcome file shows this before it joins: the two must be the same.</source>
        <translation>Ein Laptop, der mit einer Willkommensdatei beitritt, zeigt diesen vor dem Beitritt an: Die beiden müssen gleich sein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Admit a laptop from a join request file…</source>
        <translation>Laptop aus einer Beitrittsanfrage aufnehmen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admit a laptop</source>
        <translation>Laptop aufnehmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoke…</source>
        <translation>Zugang entziehen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+87"/>
        <source>Revoke</source>
        <translation>Zugang entziehen</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Devices error</source>
        <translation>Fehler bei den Geräten</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Branch fingerprint: {fingerprint}</source>
        <translation>Fingerabdruck der Ortsgruppe: {fingerprint}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Only an admin laptop can do this.</source>
        <translation>Das kann nur ein Admin-Laptop.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Revoke a laptop</source>
        <translation>Einem Laptop den Zugang entziehen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Choose the join request file</source>
        <translation>Beitrittsanfrage auswählen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save the welcome file</source>
        <translation>Willkommensdatei speichern</translation>
    </message>
</context>
<context>
    <name>DuplicatesTable</name>
    <message>
        <location filename="../../desktop/dialogs/import_duplicates.py" line="+31"/>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In the file</source>
        <translation>In der Datei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Same person as</source>
        <translation>Dieselbe Person wie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Do</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rows matching existing members</source>
        <translation>Zeilen, die zu vorhandenen Mitgliedern passen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Row {row} of this file: {name} ({reason})</source>
        <extracomment>{row} is a row number of the spreadsheet, {name} who is on it, {reason} why it is the same person (the engine&apos;s words)</extracomment>
        <translation>Zeile {row} dieser Datei: {name} ({reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} ({reason})</source>
        <translation>{name} ({reason})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Row {row}</source>
        <translation>Zeile {row}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(as chosen above)</source>
        <translation>(wie oben gewählt)</translation>
    </message>
</context>
<context>
    <name>EmptyList</name>
    <message>
        <location filename="../../desktop/views/members_keys.py" line="+86"/>
        <source>What to do next</source>
        <extracomment>the user asked to clear the search and the filters</extracomment>
        <translation>Wie es weitergeht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lear the search and filters</source>
        <translation>Suche und Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the search and filters</source>
        <translation>Suche und Filter zurücksetzen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No one matches “{search}”. Check the spelling, or clear the search.</source>
        <translation>Niemand passt zu „{search}“. Prüf die Schreibweise oder setz die Suche zurück.</translation>
    </message>
    <message>
        <source>No one matches “{0}”. Check the spelling, or clear the search.</source>
        <translation type="vanished">Niemand passt zu „{0}“. Prüf die Schreibweise oder setz die Suche zurück.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No one matches these filters.</source>
        <translation>Niemand passt zu diesen Filtern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No members yet. Press New member (Ctrl+N) to add one, or bring in a spreadsheet with Data → Import.</source>
        <translation>Noch keine Mitglieder. Drück „Neues Mitglied“ (Ctrl+N), um eins hinzuzufügen, oder hol eine Tabelle über Daten → Import herein.</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../../desktop/dialogs/erase.py" line="+26"/>
        <source>Erase member for good</source>
        <translation>Mitglied endgültig löschen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This permanently erases {member_name} — their details, notes, tags, consents and history, and saved searches that name them — from this laptop, and from every laptop of the branch after sync. It cannot be undone.

Use it when someone asks to be forgotten. To take someone off the list but keep their record, use Delete instead (deleted members can be restored).</source>
        <translation>Damit wird {member_name} endgültig gelöscht – Angaben, Notizen, Schlagwörter, Einwilligungen und Verlauf sowie gespeicherte Suchen, die die Person nennen – auf diesem Laptop und nach dem Abgleich auf allen Laptops der Ortsgruppe. Das lässt sich nicht rückgängig machen.

Nutze das, wenn jemand verlangt, vergessen zu werden. Um jemanden von der Liste zu nehmen, den Eintrag aber zu behalten, nimm stattdessen „Löschen“ (gelöschte Mitglieder lassen sich wiederherstellen).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>I understand: erase this person for good</source>
        <translation>Ich habe verstanden: diese Person endgültig löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm erasure</source>
        <translation>Endgültiges Löschen bestätigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>Erase for good</source>
        <translation>Endgültig löschen</translation>
    </message>
</context>
<context>
    <name>ErrorLabel</name>
    <message>
        <location filename="../../desktop/widgets.py" line="-23"/>
        <source>Error message</source>
        <translation>Fehlermeldung</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/dialogs/export_dialog.py" line="+80"/>
        <location line="+93"/>
        <source>Export members</source>
        <translation>Mitglieder exportieren</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export to file</source>
        <translation>In eine Datei exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where to save the file</source>
        <translation>Wo die Datei gespeichert wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Columns:</source>
        <translation>Spalten:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Columns to export</source>
        <translation>Zu exportierende Spalten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export result</source>
        <translation>Ergebnis des Exports</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recent exports</source>
        <translation>Letzte Exporte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{count} members in the current list will be exported.</source>
        <translation>{count} Mitglieder der aktuellen Liste werden exportiert.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{time} · {device} · {kind} · {rows} rows · {file}</source>
        <translation>{time} · {device} · {kind} · {rows} Zeilen · {file}</translation>
    </message>
    <message>
        <source>{0} · {1} · {2} · {3} rows · {4}</source>
        <translation type="vanished">{0} · {1} · {2} · {3} Zeilen · {4}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recent exports:</source>
        <translation>Letzte Exporte:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Choose where to save the file.</source>
        <translation>Wähle aus, wo die Datei gespeichert werden soll.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose at least one column.</source>
        <translation>Wähle mindestens eine Spalte aus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Exported {rows} members to {path}. It is not encrypted.</source>
        <translation>{rows} Mitglieder nach {path} exportiert. Die Datei ist nicht verschlüsselt.</translation>
    </message>
</context>
<context>
    <name>ExtraFilters</name>
    <message>
        <location filename="../../desktop/views/member_filters.py" line="+36"/>
        <source>Dues unpaid before</source>
        <translation>Beitrag offen vor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only members with dues unpaid before a date</source>
        <translation>Nur Mitglieder, deren Beitrag vor einem Datum offen ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dues unpaid before date</source>
        <translation>Datum für offene Beiträge</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lowest assessment</source>
        <translation>Niedrigste Einschätzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highest assessment</source>
        <translation>Höchste Einschätzung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Assessment</source>
        <translation>Einschätzung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../../desktop/files.py" line="+22"/>
        <source>PDF documents (*.pdf)</source>
        <extracomment>the ending a saved file of each kind gets when its name lacks one</extracomment>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caucus vaults (*.caucus)</source>
        <translation>Caucus-Tresore (*.caucus)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV spreadsheets (*.csv)</source>
        <translation>CSV-Tabellen (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreadsheets (*.csv *.xlsx *.txt)</source>
        <translation>Tabellen (*.csv *.xlsx *.txt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join requests (*.caucus-request)</source>
        <translation>Beitrittsanfragen (*.caucus-request)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welcome files (*.caucus-welcome)</source>
        <translation>Willkommensdateien (*.caucus-welcome)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync files (*.caucus-bundle)</source>
        <translation>Abgleichdateien (*.caucus-bundle)</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+15"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>FinishJoinWindow</name>
    <message>
        <location filename="../../desktop/views/join_page.py" line="+371"/>
        <source>Finish joining — Caucus</source>
        <extracomment>the joined session, and a sentence to show with it</extracomment>
        <translation>Beitritt abschließen — Caucus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finish joining</source>
        <translation>Beitritt abschließen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This laptop&apos;s vault is ready, but it is not yet part of a branch.</source>
        <translation>Der Tresor dieses Laptops ist fertig, gehört aber noch zu keiner Ortsgruppe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Join request file</source>
        <translation>Beitrittsanfrage</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1. Take the join request to an admin. On an admin&apos;s laptop: {ADMIT_PATH}; it saves a welcome file made for this laptop only.
2. Bring the welcome file back and load it here.</source>
        <translation>1. Bring die Beitrittsanfrage zu einem Admin. Auf dem Laptop des Admins: {ADMIT_PATH}; dabei wird eine Willkommensdatei nur für diesen Laptop gespeichert.
2. Bring die Willkommensdatei zurück und lade sie hier.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Make the request file again…</source>
        <translation>Beitrittsanfrage neu erstellen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make the request file again</source>
        <translation>Beitrittsanfrage neu erstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load the welcome file…</source>
        <translation>Willkommensdatei laden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load the welcome file</source>
        <translation>Willkommensdatei laden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loading the welcome file</source>
        <translation>Willkommensdatei wird geladen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Joining error</source>
        <translation>Fehler beim Beitritt</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Lock</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Load the welcome file again to complete joining.</source>
        <translation>Lade die Willkommensdatei noch einmal, um den Beitritt abzuschließen.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Check the branch</source>
        <translation>Ortsgruppe prüfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This welcome file is for the branch “{branch_name}”.

Branch fingerprint:  {fingerprint}

On the admin&apos;s laptop, Sync → Devices shows the branch fingerprint. Join only if the two are the same.</source>
        <translation>Diese Willkommensdatei gehört zur Ortsgruppe „{branch_name}“.

Fingerabdruck der Ortsgruppe:  {fingerprint}

Auf dem Laptop des Admins zeigt Abgleich → Geräte den Fingerabdruck der Ortsgruppe. Tritt nur bei, wenn beide gleich sind.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>They match: join</source>
        <translation>Sie stimmen überein: beitreten</translation>
    </message>
</context>
<context>
    <name>FirstRunWindow</name>
    <message>
        <location filename="../../desktop/views/first_run.py" line="-171"/>
        <location line="+23"/>
        <source>Welcome to Caucus</source>
        <extracomment>an unlocked session (a new branch, the demo, a joined branch or one waiting to join) the user picked an existing vault file to unlock a new branch was made (the app then asks to write the passphrase down)</extracomment>
        <translation>Willkommen bei Caucus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Caucus keeps your branch&apos;s member list on this laptop, encrypted with a passphrase only you know. Officers&apos; laptops sync with each other directly — by USB stick or at a meeting — with no server and no cloud.</source>
        <translation>Caucus bewahrt die Mitgliederliste deiner Ortsgruppe auf diesem Laptop auf, verschlüsselt mit einer Passphrase, die nur du kennst. Die Laptops des Vorstands gleichen sich direkt miteinander ab – per USB-Stick oder bei einer Versammlung –, ohne Server und ohne Cloud.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create a branch</source>
        <translation>Ortsgruppe anlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new, empty branch on this laptop. You become its first admin.</source>
        <translation>Eine neue, leere Ortsgruppe auf diesem Laptop anlegen. Du wirst ihr erster Admin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open an existing vault file…</source>
        <translation>Vorhandene Tresordatei öffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock a Caucus vault file that is already on this computer or a stick.</source>
        <translation>Eine Caucus-Tresordatei entsperren, die schon auf diesem Computer oder auf einem Stick liegt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try the demo</source>
        <translation>Demo ausprobieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a demo branch with 2,000 invented members to look around safely.</source>
        <translation>Eine Demo-Ortsgruppe mit 2.000 erfundenen Mitgliedern anlegen, um dich gefahrlos umzusehen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Join a branch</source>
        <translation>Einer Ortsgruppe beitreten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add this laptop to a branch another officer already runs.</source>
        <translation>Diesen Laptop zu einer Ortsgruppe hinzufügen, die schon ein anderes Vorstandsmitglied führt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The vault will be kept at {vault_path}</source>
        <translation>Der Tresor wird hier gespeichert: {vault_path}</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../desktop/views/member_notes.py" line="+163"/>
        <location line="+50"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>(erased)</source>
        <translation>(endgültig gelöscht)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+6"/>
        <source>Tag added</source>
        <translation>Schlagwort hinzugefügt</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Tag removed</source>
        <translation>Schlagwort entfernt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(a workplace no longer listed)</source>
        <translation>(ein Betrieb, der nicht mehr aufgeführt ist)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Consent: {kind}</source>
        <translation>Einwilligung: {kind}</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../desktop/dialogs/import_wizard.py" line="+131"/>
        <location line="+126"/>
        <source>Import members</source>
        <translation>Mitglieder importieren</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>A .csv or .xlsx file</source>
        <translation>Eine .csv- oder .xlsx-Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File to import</source>
        <translation>Zu importierende Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read file</source>
        <translation>Datei lesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved mapping</source>
        <translation>Gespeicherte Zuordnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(guess from the headings)</source>
        <translation>(aus den Überschriften erraten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mapping:</source>
        <translation>Zuordnung:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name to save this mapping under (optional)</source>
        <translation>Name, unter dem diese Zuordnung gespeichert wird (freiwillig)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save mapping as</source>
        <translation>Zuordnung speichern als</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save mapping</source>
        <translation>Zuordnung speichern</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First value</source>
        <translation>Erster Wert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import as</source>
        <translation>Importieren als</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Column mapping</source>
        <translation>Zuordnung der Spalten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Preview of the first rows</source>
        <translation>Vorschau der ersten Zeilen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When a row matches an existing member</source>
        <translation>Wenn eine Zeile zu einem vorhandenen Mitglied passt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check rows</source>
        <translation>Zeilen prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows matching an existing member:</source>
        <translation>Zeilen, die zu einem vorhandenen Mitglied passen:</translation>
    </message>
    <message>
        <location line="+229"/>
        <source>{rows} rows: {rejected} will be rejected, {matching} match existing members or earlier rows, {flagged} have values to check (below: type a fix, then Check rows again).</source>
        <translation>{rows} Zeilen: {rejected} werden abgelehnt, {matching} passen zu vorhandenen Mitgliedern oder früheren Zeilen, bei {flagged} sind Werte zu prüfen (unten: Korrektur eintippen, dann noch einmal „Zeilen prüfen“).</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Row {row}: {why}</source>
        <translation>Zeile {row}: {why}</translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="vanished">Zeile</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation type="vanished">In der Datei</translation>
    </message>
    <message>
        <source>Same person as</source>
        <translation type="vanished">Dieselbe Person wie</translation>
    </message>
    <message>
        <source>Do</source>
        <translation type="vanished">Aktion</translation>
    </message>
    <message>
        <source>Rows matching existing members</source>
        <translation type="vanished">Zeilen, die zu vorhandenen Mitgliedern passen</translation>
    </message>
    <message>
        <location line="-300"/>
        <source>&amp;Repair what spreadsheet programs damage: a lost leading 0, numbers shown as 4.47913E+11, dates shown as day numbers</source>
        <translation>&amp;Reparieren, was Tabellenprogramme beschädigen: eine verlorene führende 0, Zahlen wie 4,47913E+11, Datumsangaben als Tageszahlen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repair damaged values</source>
        <translation>Beschädigte Werte reparieren</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import result</source>
        <translation>Ergebnis des Imports</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rows not imported</source>
        <translation>Nicht importierte Zeilen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop import</source>
        <translation>Import anhalten</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Choose a file to import.</source>
        <translation>Wähle eine Datei zum Importieren aus.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{kind}: {rows}</source>
        <translation>{kind}: {rows}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Import {heading} as</source>
        <translation>{heading} importieren als</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Custom field “{heading}”</source>
        <translation>Eigenes Feld „{heading}“</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Custom field “{target}”</source>
        <translation>Eigenes Feld „{target}“</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Give the mapping a name to save it under.</source>
        <translation>Gib der Zuordnung einen Namen, unter dem sie gespeichert wird.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved the mapping as “{name}”.</source>
        <translation>Zuordnung als „{name}“ gespeichert.</translation>
    </message>
    <message>
        <source>{count} rows: {count2} will be rejected, {count3} match existing members or earlier rows, {flagged} have values to check (below: type a fix, then Check rows again).</source>
        <translation type="vanished">{count} Zeilen: {count2} werden abgelehnt, {count3} passen zu vorhandenen Mitgliedern oder früheren Zeilen, bei {flagged} sind Werte zu prüfen (unten: Korrektur eintippen, dann noch einmal „Zeilen prüfen“).</translation>
    </message>
    <message>
        <source>Row {duplicate_row} of this file: </source>
        <translation type="vanished">Zeile {duplicate_row} dieser Datei: </translation>
    </message>
    <message>
        <source>Row {row}</source>
        <translation type="vanished">Zeile {row}</translation>
    </message>
    <message>
        <source>(as chosen above)</source>
        <translation type="vanished">(wie oben gewählt)</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Stopping after the current batch…</source>
        <translation>Wird nach dem laufenden Abschnitt angehalten…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Imported. Read a file again to import more.</source>
        <translation>Importiert. Lies noch eine Datei ein, um mehr zu importieren.</translation>
    </message>
</context>
<context>
    <name>IssuesTable</name>
    <message>
        <location filename="../../desktop/dialogs/import_issues.py" line="+33"/>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the file</source>
        <translation>In der Datei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What was done</source>
        <translation>Was gemacht wurde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your fix (type to replace)</source>
        <translation>Deine Korrektur (zum Ersetzen eintippen)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Values to check</source>
        <translation>Zu prüfende Werte</translation>
    </message>
</context>
<context>
    <name>JoinPage</name>
    <message>
        <location filename="../../desktop/views/join_page.py" line="-405"/>
        <source>Where to save the join request (for example your USB stick)</source>
        <translation>Wo die Beitrittsanfrage gespeichert wird (zum Beispiel auf deinem USB-Stick)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Join a branch</source>
        <extracomment>a session: joined (by code), or waiting for its welcome file (after the request), and a sentence to show with it</extracomment>
        <translation>Einer Ortsgruppe beitreten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This laptop gets its own key and its own passphrase, which encrypts everything on it (nobody can recover it for you). An admin&apos;s laptop then admits it and sends it the branch&apos;s data.</source>
        <translation>Dieser Laptop bekommt einen eigenen Schlüssel und eine eigene Passphrase, die alles auf ihm verschlüsselt (niemand kann sie für dich wiederherstellen). Danach nimmt ihn der Laptop eines Admins auf und schickt ihm die Daten der Ortsgruppe.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pairing code error</source>
        <translation>Fehler beim Kopplungscode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address error</source>
        <translation>Fehler bei der Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How to join</source>
        <translation>So trittst du bei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At a meeting: pairing code</source>
        <translation>Bei einer Versammlung: Kopplungscode</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>By USB stick: welcome file</source>
        <translation>Per USB-Stick: Willkommensdatei</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check string</source>
        <translation>Prüfzahl</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Join status</source>
        <translation>Stand des Beitritts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Joining</source>
        <translation>Beitritt läuft</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel joining</source>
        <translation>Beitritt abbrechen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>On the admin&apos;s laptop, open Sync → Meeting (Wi-Fi) and press Pair a new laptop: it shows a one-time code to type here. Both laptops must be on the same network.</source>
        <translation>Öffne auf dem Laptop des Admins Abgleich → Versammlung (WLAN) und drück „Neuen Laptop koppeln“: Dort erscheint ein einmaliger Code, den du hier eingibst. Beide Laptops müssen im selben Netzwerk sein.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pairing &amp;code</source>
        <translation>&amp;Kopplungscode</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pairing code</source>
        <translation>Kopplungscode</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only if needed, e.g. 192.168.1.20:47300</source>
        <translation>nur falls nötig, z. B. 192.168.1.20:47300</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only if this laptop cannot find the admin&apos;s by itself (some networks block that): the address the admin&apos;s laptop shows.</source>
        <translation>Nur falls dieser Laptop den des Admins nicht von selbst findet (manche Netzwerke verhindern das): die Adresse, die der Laptop des Admins anzeigt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Admin&apos;s &amp;address</source>
        <translation>&amp;Adresse des Admins</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Admin&apos;s address</source>
        <translation>Adresse des Admins</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Join</source>
        <translation>Beitreten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join by pairing code</source>
        <translation>Mit Kopplungscode beitreten</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No meeting soon? Save a join request on a USB stick and give it to an admin. On an admin&apos;s laptop: {ADMIT_PATH}; it saves a welcome file for this laptop on the stick. Then load the welcome file here (you may close Caucus in between: unlocking this laptop&apos;s vault brings you back to that step).</source>
        <translation>Keine Versammlung in Sicht? Speichere eine Beitrittsanfrage auf einem USB-Stick und gib sie einem Admin. Auf dem Laptop des Admins: {ADMIT_PATH}; dabei wird eine Willkommensdatei für diesen Laptop auf dem Stick gespeichert. Lade dann die Willkommensdatei hier (du kannst Caucus zwischendurch schließen: Wenn du den Tresor dieses Laptops entsperrst, kommst du wieder zu diesem Schritt).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save the join request…</source>
        <translation>Beitrittsanfrage speichern…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the join request</source>
        <translation>Beitrittsanfrage speichern</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Creating this laptop&apos;s vault…</source>
        <translation>Der Tresor dieses Laptops wird angelegt…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Creating this laptop&apos;s vault and its join request…</source>
        <translation>Der Tresor dieses Laptops und seine Beitrittsanfrage werden angelegt…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Joining was cancelled; nothing was kept on this laptop.</source>
        <translation>Der Beitritt wurde abgebrochen; auf diesem Laptop wurde nichts behalten.</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Load the welcome file</source>
        <translation>Willkommensdatei laden</translation>
    </message>
</context>
<context>
    <name>LanTab</name>
    <message>
        <location filename="../../desktop/views/sync_lan.py" line="+57"/>
        <source>Meeting mode on: other laptops of the branch can sync with this one.</source>
        <translation>Versammlungsmodus an: Andere Laptops der Ortsgruppe können mit diesem abgleichen.</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>At a meeting, laptops on the same Wi-Fi sync directly. Turn meeting mode on at one laptop; the others look for it and sync. Only this branch&apos;s laptops can recognise or reach it.</source>
        <extracomment>a sync brought changes in (refresh every view) a new laptop joined (reload the roster) where meeting mode and pairing listen, and the interfaces they announce on</extracomment>
        <translation>Bei einer Versammlung gleichen sich Laptops im selben WLAN direkt ab. Schalte den Versammlungsmodus an einem Laptop ein; die anderen suchen ihn und gleichen ab. Nur die Laptops dieser Ortsgruppe können ihn erkennen oder erreichen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+2"/>
        <location line="+1"/>
        <source>Meeting mode</source>
        <translation>Versammlungsmodus</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+113"/>
        <location line="+39"/>
        <location line="+36"/>
        <source>Meeting mode is off.</source>
        <translation>Der Versammlungsmodus ist aus.</translation>
    </message>
    <message>
        <location line="-187"/>
        <source>Meeting mode status</source>
        <translation>Stand des Versammlungsmodus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last incoming sync</source>
        <translation>Letzter eingehender Abgleich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting mode error</source>
        <translation>Fehler im Versammlungsmodus</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+14"/>
        <source>Laptops nearby</source>
        <translation>Laptops in der Nähe</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Look for laptops</source>
        <translation>Nach Laptops suchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Looking for laptops</source>
        <translation>Suche nach Laptops</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The other laptop&apos;s address</source>
        <translation>Die Adresse des anderen Laptops</translation>
    </message>
    <message>
        <source>Address shown on the other laptop, e.g. 192.168.1.20:{0}</source>
        <translation type="vanished">Adresse, die der andere Laptop anzeigt, z. B. 192.168.1.20:{0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address shown on the other laptop, e.g. 192.168.1.20:{meeting_port}</source>
        <translation>Adresse, die der andere Laptop anzeigt, z. B. 192.168.1.20:{meeting_port}</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <source>Sync with this address</source>
        <translation>Mit dieser Adresse abgleichen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If no laptop is found (some Wi-Fi blocks this):</source>
        <translation>Falls kein Laptop gefunden wird (manche WLANs verhindern das):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sync now</source>
        <translation>Jetzt abgleichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync with the selected laptop</source>
        <translation>Mit dem ausgewählten Laptop abgleichen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sync with all</source>
        <translation>Mit allen abgleichen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meeting sync progress</source>
        <translation>Fortschritt des Abgleichs bei der Versammlung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel sync</source>
        <translation>Abgleich abbrechen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Meeting sync status</source>
        <translation>Stand des Abgleichs bei der Versammlung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meeting sync error</source>
        <translation>Fehler beim Abgleich bei der Versammlung</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Meeting mode: on</source>
        <translation>Versammlungsmodus: an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting mode: off</source>
        <translation>Versammlungsmodus: aus</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Starting meeting mode…</source>
        <translation>Versammlungsmodus wird gestartet…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{meeting_on} Its address: {address}.</source>
        <translation>{meeting_on} Adresse dieses Laptops: {address}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (Port {port} was in use, so port {address} is used.)</source>
        <translation> (Port {port} war belegt, deshalb wird Port {address} verwendet.)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Meeting mode could not start: {human_message}</source>
        <translation>Der Versammlungsmodus konnte nicht starten: {human_message}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Last: {who} at {time}. {what}</source>
        <translation>Zuletzt: {who} um {time}. {what}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Looking for this branch&apos;s laptops…</source>
        <translation>Suche nach den Laptops dieser Ortsgruppe…</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Found %n laptops of this branch.</source>
        <translation>
            <numerusform>%n Laptop dieser Ortsgruppe gefunden.</numerusform>
            <numerusform>%n Laptops dieser Ortsgruppe gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No laptop of this branch answered. Is meeting mode on at the others? If the venue&apos;s Wi-Fi hides them, type an address below.</source>
        <translation>Kein Laptop dieser Ortsgruppe hat geantwortet. Ist der Versammlungsmodus bei den anderen an? Falls das WLAN vor Ort sie verbirgt, gib unten eine Adresse ein.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Stopping after the current batch…</source>
        <translation>Wird nach dem laufenden Abschnitt angehalten…</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../desktop/views/list_pages.py" line="-295"/>
        <source>Add</source>
        <extracomment>(placeholder, accessible name, width in characters) of the add line&apos;s fields</extracomment>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>What to do next</source>
        <extracomment>what the page says while it lists nothing: what to do next the fields of the record&apos;s Details dialog (none: no such dialog) a change the page made that other pages may show (e.g. a new workplace)</extracomment>
        <translation>Wie es weitergeht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Details…</source>
        <translation>&amp;Details…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the details</source>
        <translation>Details bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the details of the selected row (Enter)</source>
        <translation>Die Details der ausgewählten Zeile ändern (Enter)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{title} error</source>
        <translation>Fehler: {title}</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Details of {name}</source>
        <translation>Details zu {name}</translation>
    </message>
    <message>
        <source>Details of {0}</source>
        <translation type="vanished">Details zu {0}</translation>
    </message>
</context>
<context>
    <name>MainToolbar</name>
    <message>
        <location filename="../../desktop/main_toolbar.py" line="+37"/>
        <source>Main</source>
        <translation>Hauptfenster</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Search names, contacts, notes  (Ctrl+F)</source>
        <translation>Namen, Kontakte, Notizen durchsuchen  (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search members</source>
        <translation>Mitglieder durchsuchen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New member</source>
        <translation>Neues Mitglied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a member (Ctrl+N)</source>
        <translation>Ein Mitglied hinzufügen (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sync</source>
        <translation>Abgleich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync by USB stick or at a meeting; devices, pairing and conflicts</source>
        <translation>Abgleich per USB-Stick oder bei einer Versammlung; Geräte, Kopplung und Konflikte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language, when the vault locks itself, the clipboard</source>
        <translation>Sprache, wann sich der Tresor von selbst sperrt, die Zwischenablage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock the vault now (Ctrl+L)</source>
        <translation>Den Tresor jetzt sperren (Ctrl+L)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/main_window.py" line="+93"/>
        <source>Sections</source>
        <extracomment>the user closes the demo (Vault menu) the preferences were changed (the app re-reads the auto-lock minutes) the preferences chose another language (the app installs it and rebuilds this window)</extracomment>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="vanished">Hauptfenster</translation>
    </message>
    <message>
        <source>Search names, contacts, notes  (Ctrl+F)</source>
        <translation type="vanished">Namen, Kontakte, Notizen durchsuchen  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search members</source>
        <translation type="vanished">Mitglieder durchsuchen</translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="vanished">Suchen</translation>
    </message>
    <message>
        <source>New member</source>
        <translation type="vanished">Neues Mitglied</translation>
    </message>
    <message>
        <source>Add a member (Ctrl+N)</source>
        <translation type="vanished">Ein Mitglied hinzufügen (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+248"/>
        <source>Sync</source>
        <translation>Abgleich</translation>
    </message>
    <message>
        <source>Sync by USB stick or at a meeting; devices, pairing and conflicts</source>
        <translation type="vanished">Abgleich per USB-Stick oder bei einer Versammlung; Geräte, Kopplung und Konflikte</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="vanished">Einstellungen</translation>
    </message>
    <message>
        <source>When the vault locks itself; the clipboard</source>
        <translation type="vanished">Wann sich der Tresor von selbst sperrt; die Zwischenablage</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="vanished">Sperren</translation>
    </message>
    <message>
        <source>Lock the vault now (Ctrl+L)</source>
        <translation type="vanished">Den Tresor jetzt sperren (Ctrl+L)</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Branch and device</source>
        <translation>Ortsgruppe und Gerät</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working</source>
        <translation>Wird bearbeitet</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{branch_name} — Caucus</source>
        <translation>{branch_name} — Caucus</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Branch {branch_name}; this laptop is {device_name}</source>
        <translation>Ortsgruppe {branch_name}; dieser Laptop heißt {device_name}</translation>
    </message>
    <message>
        <source>Branch {0}; this laptop is {1}</source>
        <translation type="vanished">Ortsgruppe {0}; dieser Laptop heißt {1}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Sync ({count})</source>
        <translation>Abgleich ({count})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} conflicts need a decision</source>
        <translation>{count} Konflikte müssen entschieden werden</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <location filename="../../desktop/views/list_pages.py" line="+185"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Meetings</source>
        <translation>Versammlungen</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+1"/>
        <source>New meeting title</source>
        <translation>Titel der neuen Versammlung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting date</source>
        <translation>Datum der Versammlung</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Quorum</source>
        <translation>Quorum</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add meeting</source>
        <translation>Versammlung hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No meetings yet. Type a title and a date below and press Add meeting; then mark who came.</source>
        <translation>Noch keine Versammlungen. Gib unten einen Titel und ein Datum ein und drück „Versammlung hinzufügen“; danach hakst du ab, wer da war.</translation>
    </message>
</context>
<context>
    <name>MemberActions</name>
    <message>
        <location filename="../../desktop/views/member_actions.py" line="+32"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>The clipboard is cleared again after {0} seconds</source>
        <translation type="vanished">Die Zwischenablage wird nach {0} Sekunden wieder geleert</translation>
    </message>
    <message>
        <source>Copied. The clipboard will be cleared in {0} seconds.</source>
        <translation type="vanished">Kopiert. Die Zwischenablage wird in {0} Sekunden geleert.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Export everything about this member</source>
        <translation>Alles über dieses Mitglied exportieren</translation>
    </message>
    <message>
        <source>{0} - personal data</source>
        <translation type="vanished">{0} - persönliche Daten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Everything about this member</source>
        <translation>Alles über dieses Mitglied</translation>
    </message>
    <message>
        <source>Everything Caucus holds about {0} — details, tags, consents, conversations, tasks, attendance and the history of changes — as a JSON file for the request and, beside it, a PDF to print. Neither file is encrypted.</source>
        <translation type="vanished">Alles, was Caucus über {0} gespeichert hat – Angaben, Schlagwörter, Einwilligungen, Gespräche, Aufgaben, Anwesenheit und der Verlauf der Änderungen –, als JSON-Datei für die Auskunftsanfrage und daneben als PDF zum Ausdrucken. Keine der beiden Dateien ist verschlüsselt.</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>The clipboard is cleared again after {seconds} seconds</source>
        <translation>Die Zwischenablage wird nach {seconds} Sekunden wieder geleert</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Copied. The clipboard will be cleared in {seconds} seconds.</source>
        <translation>Kopiert. Die Zwischenablage wird in {seconds} Sekunden geleert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{display_name} - personal data</source>
        <translation>{display_name} - persönliche Daten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Everything Caucus holds about {display_name} — details, tags, consents, conversations, tasks, attendance and the history of changes — as a JSON file for the request and, beside it, a PDF to print. Neither file is encrypted.</source>
        <translation>Alles, was Caucus über {display_name} gespeichert hat – Angaben, Schlagwörter, Einwilligungen, Gespräche, Aufgaben, Anwesenheit und der Verlauf der Änderungen –, als JSON-Datei für die Auskunftsanfrage und daneben als PDF zum Ausdrucken. Keine der beiden Dateien ist verschlüsselt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Deleted. The member is in the Deleted list and can be restored.</source>
        <translation>Gelöscht. Das Mitglied steht in der Liste „Gelöscht“ und lässt sich wiederherstellen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restored.</source>
        <translation>Wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Erased with {erased} earlier records merged into it. Other laptops erase it too when they next sync.</source>
        <translation>Endgültig gelöscht, zusammen mit {erased} früheren Einträgen, die darin zusammengeführt waren. Die anderen Laptops löschen es beim nächsten Abgleich ebenfalls.</translation>
    </message>
    <message>
        <source>Erased with {0} earlier records merged into it. Other laptops erase it too when they next sync.</source>
        <translation type="vanished">Endgültig gelöscht, zusammen mit {0} früheren Einträgen, die darin zusammengeführt waren. Die anderen Laptops löschen es beim nächsten Abgleich ebenfalls.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Erased. Other laptops erase it too when they next sync.</source>
        <translation>Endgültig gelöscht. Die anderen Laptops löschen es beim nächsten Abgleich ebenfalls.</translation>
    </message>
</context>
<context>
    <name>MemberForm</name>
    <message>
        <location filename="../../desktop/views/member_form.py" line="+98"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preferred name</source>
        <translation>Rufname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emails</source>
        <translation>E-Mail-Adressen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <location line="+65"/>
        <source>commas between several</source>
        <translation>mehrere durch Kommas trennen</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Phones</source>
        <translation>Telefonnummern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postcode</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work</source>
        <translation>Arbeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+138"/>
        <source>(no workplace)</source>
        <translation>(kein Betrieb)</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>Workplace</source>
        <translation>Betrieb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job title</source>
        <translation>Tätigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Membership</source>
        <translation>Mitgliedschaft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Membership no.</source>
        <translation>Mitgliedsnr.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status worked out from dates</source>
        <translation>Aus den Datumsangaben ermittelter Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status now</source>
        <translation>Aktueller Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no override)</source>
        <translation>(kein manueller Status)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status override</source>
        <translation>Manueller Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Override until</source>
        <translation>Manuell gesetzt bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joined</source>
        <translation>Eingetreten am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lapsed</source>
        <translation>Erloschen am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dues paid until</source>
        <translation>Beitrag bezahlt bis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(not assessed)</source>
        <translation>(nicht eingeschätzt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assessment</source>
        <translation>Einschätzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privacy</source>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Basis of processing</source>
        <translation>Rechtsgrundlage der Verarbeitung</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Contact preferences error</source>
        <translation>Fehler bei den Kontaktwünschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact preferences</source>
        <translation>Kontaktwünsche</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Consents</source>
        <translation>Einwilligungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>name: value, one per line (e.g. shift: nights)</source>
        <translation>Name: Wert, eins pro Zeile (z. B. Schicht: Nacht)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom fields</source>
        <translation>Eigene Felder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form error</source>
        <translation>Fehler im Formular</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>{label} error</source>
        <translation>Fehler: {label}</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>{kind}: given</source>
        <translation>{kind}: erteilt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{kind}: refused</source>
        <translation>{kind}: verweigert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none recorded</source>
        <translation>keine erfasst</translation>
    </message>
</context>
<context>
    <name>MemberPanel</name>
    <message>
        <location filename="../../desktop/views/member_panel.py" line="+86"/>
        <source>Member details</source>
        <extracomment>a member was added, edited, deleted or restored (its id) a member was erased (its id) a status message for the window the user asked to see an existing member (a likely duplicate of a new one)</extracomment>
        <translation>Angaben zum Mitglied</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select a member in the list, press New member (Ctrl+N), or bring in a spreadsheet with Data → Import.</source>
        <translation>Wähle ein Mitglied in der Liste aus, drück „Neues Mitglied“ (Ctrl+N) oder hol eine Tabelle über Daten → Import herein.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Member name</source>
        <translation>Name des Mitglieds</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Member status</source>
        <translation>Status des Mitglieds</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Member error</source>
        <translation>Fehler beim Mitglied</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Member notice</source>
        <translation>Hinweis zum Mitglied</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Con&amp;versations</source>
        <translation>&amp;Gespräche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Organising</source>
        <translation>&amp;Organisieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit (F2 or Enter in the list)</source>
        <translation>Bearbeiten (F2 oder Enter in der Liste)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save (Ctrl+S)</source>
        <translation>Speichern (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the changes (Esc)</source>
        <translation>Die Änderungen verwerfen (Esc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport everything…</source>
        <translation>Alles e&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything held about this person, for a subject-access request: a JSON file and a PDF</source>
        <translation>Alles, was über diese Person gespeichert ist, für eine Auskunftsanfrage nach DSGVO: eine JSON-Datei und ein PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export everything about this member</source>
        <translation>Alles über dieses Mitglied exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take off the list; can be restored</source>
        <translation>Von der Liste nehmen; lässt sich wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase…</source>
        <translation>Endgültig löschen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase this person for good, on every laptop (GDPR)</source>
        <translation>Diese Person endgültig löschen, auf allen Laptops (DSGVO)</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>No. {membership_no}</source>
        <translation>Nr. {membership_no}</translation>
    </message>
    <message>
        <source>No. {0}</source>
        <translation type="vanished">Nr. {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DELETED — restore to edit</source>
        <translation>GELÖSCHT – zum Bearbeiten wiederherstellen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>New member</source>
        <translation>Neues Mitglied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill in what you know; a first or last name is enough. Ctrl+S saves, Esc cancels.</source>
        <translation>Trag ein, was du weißt; ein Vor- oder Nachname reicht. Ctrl+S speichert, Esc bricht ab.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Note added.</source>
        <translation>Notiz hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>MemberSaving</name>
    <message>
        <location filename="../../desktop/views/member_saving.py" line="+45"/>
        <source>this member</source>
        <translation>dieses Mitglied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to {name}?</source>
        <translation>Änderungen an {name} speichern?</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>• {name}: {reason}</source>
        <translation>• {name}: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This looks like someone already on the list:
{lines}

Save a new member anyway, or open the one on the list?</source>
        <translation>Das sieht aus wie jemand, der schon auf der Liste steht:
{lines}

Trotzdem als neues Mitglied speichern oder den Eintrag auf der Liste öffnen?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open {name}</source>
        <translation>{name} öffnen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Saved, with a warning: {message}</source>
        <translation>Gespeichert, mit einer Warnung: {message}</translation>
    </message>
    <message>
        <source>Save the changes to {0}?</source>
        <translation type="vanished">Änderungen an {0} speichern?</translation>
    </message>
    <message>
        <source>• {0}: {1}</source>
        <translation type="vanished">• {0}: {1}</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Already on the list?</source>
        <translation>Schon auf der Liste?</translation>
    </message>
    <message>
        <source>This looks like someone already on the list:
{0}

Save a new member anyway, or open the one on the list?</source>
        <translation type="vanished">Das sieht aus wie jemand, der schon auf der Liste steht:
{0}

Trotzdem als neues Mitglied speichern oder den Eintrag auf der Liste öffnen?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save a new member</source>
        <translation>Als neues Mitglied speichern</translation>
    </message>
    <message>
        <source>Open {0}</source>
        <translation type="vanished">{0} öffnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Go back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Saved, with a warning: {0}</source>
        <translation type="vanished">Gespeichert, mit einer Warnung: {0}</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <location filename="../../desktop/models/members.py" line="-177"/>
        <source>{text} (deleted)</source>
        <extracomment>the id query finished: number of matching members a query or fetch failed: the sentence to show</extracomment>
        <translation>{text} (gelöscht)</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <location filename="../../desktop/views/members_page.py" line="+51"/>
        <source>Status filter</source>
        <extracomment>below this many characters&apos; width the panel goes under the list a saved search set the search text (the toolbar&apos;s search field shows it)</extracomment>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleted (can be restored)</source>
        <translation>Gelöscht (wiederherstellbar)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workplace filter</source>
        <translation>Betriebsfilter</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+96"/>
        <source>All workplaces</source>
        <translation>Alle Betriebe</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Tag filter</source>
        <translation>Schlagwortfilter</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+92"/>
        <source>All tags</source>
        <translation>Alle Schlagwörter</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Number of members shown</source>
        <translation>Anzahl der angezeigten Mitglieder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Searching</source>
        <translation>Suche läuft</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Member list error</source>
        <translation>Fehler in der Mitgliederliste</translation>
    </message>
    <message>
        <source>1 member</source>
        <translation type="vanished">1 Mitglied</translation>
    </message>
    <message>
        <source>{0} members</source>
        <translation type="vanished">{0} Mitglieder</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../desktop/dialogs/merge_dialog.py" line="+61"/>
        <source>Merge duplicate members</source>
        <extracomment>The most likely pairs listed at once (merging some and searching again shows more).</extracomment>
        <translation>Doppelte Mitglieder zusammenführen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Likely duplicates</source>
        <translation>Wahrscheinlich doppelt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pair:</source>
        <translation>Paar:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About the pairs found</source>
        <translation>Zu den gefundenen Paaren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A (kept)</source>
        <translation>A (bleibt)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>B (merged in)</source>
        <translation>B (wird übernommen)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Differing fields</source>
        <translation>Abweichende Felder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes, tags, consents, tasks and meeting attendance of both records are kept. B stays in the deleted list, marked as merged into A, with its history.</source>
        <translation>Notizen, Schlagwörter, Einwilligungen, Aufgaben und Anwesenheiten beider Einträge bleiben erhalten. B bleibt mit seinem Verlauf in der Liste der Gelöschten, als „in A zusammengeführt“ markiert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Merge result</source>
        <translation>Ergebnis der Zusammenführung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Showing the {count} most likely of {total} pairs; merge some and open this again for the rest.</source>
        <translation>Angezeigt werden die {count} wahrscheinlichsten von {total} Paaren; führe einige zusammen und öffne das Fenster dann erneut für den Rest.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Keep A: {a_name}, and merge B: {b_name} into it. Choose the value to keep for each detail that differs.</source>
        <translation>A behalten: {a_name}, und B: {b_name} darin zusammenführen. Wähle für jede abweichende Angabe den Wert, der bleiben soll.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Keep {field}</source>
        <translation>{field} behalten</translation>
    </message>
    <message>
        <source>Showing the {count} most likely of {total:,} pairs; merge some and open this again for the rest.</source>
        <translation type="vanished">Angezeigt werden die {count} wahrscheinlichsten von {total:,} Paaren; führe einige zusammen und öffne das Fenster dann erneut für den Rest.</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>No likely duplicates were found.</source>
        <translation>Keine wahrscheinlich doppelten Einträge gefunden.</translation>
    </message>
    <message>
        <source>Keep A: {0}, and merge B: {1} into it. Choose the value to keep for each detail that differs.</source>
        <translation type="vanished">A behalten: {0}, und B: {1} darin zusammenführen. Wähle für jede abweichende Angabe den Wert, der bleiben soll.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>(a workplace no longer listed)</source>
        <translation>(ein Betrieb, der nicht mehr aufgeführt ist)</translation>
    </message>
    <message>
        <source>Keep {0}</source>
        <translation type="vanished">{0} behalten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Both</source>
        <translation>Beide</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Merging…</source>
        <translation>Wird zusammengeführt…</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln conversations</source>
        <translation>
            <numerusform>%Ln Gespräch</numerusform>
            <numerusform>%Ln Gespräche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln tasks</source>
        <translation>
            <numerusform>%Ln Aufgabe</numerusform>
            <numerusform>%Ln Aufgaben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln consents</source>
        <translation>
            <numerusform>%Ln Einwilligung</numerusform>
            <numerusform>%Ln Einwilligungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln tags</source>
        <translation>
            <numerusform>%Ln Schlagwort</numerusform>
            <numerusform>%Ln Schlagwörter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln attendance records</source>
        <translation>
            <numerusform>%Ln Anwesenheitseintrag</numerusform>
            <numerusform>%Ln Anwesenheitseinträge</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Merged.</source>
        <translation>Zusammengeführt.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> Moved {moved}.</source>
        <translation> Verschoben: {moved}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Merged. Choose another pair above, or close.</source>
        <translation>Zusammengeführt. Wähle oben ein weiteres Paar oder schließ das Fenster.</translation>
    </message>
</context>
<context>
    <name>NewVaultFields</name>
    <message>
        <location filename="../../desktop/views/vault_fields.py" line="+58"/>
        <source>this laptop</source>
        <translation>dieser Laptop</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Passphrase strength</source>
        <translation>Stärke der Passphrase</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passphrase strength hint</source>
        <translation>Hinweis zur Stärke der Passphrase</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Device name error</source>
        <translation>Fehler beim Gerätenamen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase error</source>
        <translation>Fehler bei der Passphrase</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Repeated passphrase error</source>
        <translation>Fehler bei der wiederholten Passphrase</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;This device</source>
        <translation>&amp;Dieses Gerät</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device name</source>
        <translation>Gerätename</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Repeat it</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat passphrase</source>
        <translation>Passphrase wiederholen</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The two passphrases are different.</source>
        <translation>Die beiden Passphrasen sind verschieden.</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <location filename="../../desktop/views/member_notes.py" line="-148"/>
        <source>Conversations</source>
        <translation>Gespräche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No conversations yet: write what was said below and press Add note.</source>
        <translation>Noch keine Gespräche: Schreib unten auf, was gesagt wurde, und drück „Notiz hinzufügen“.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What was said? e.g. Spoke at the depot gate; keen to help with the petition.</source>
        <translation>Was wurde gesagt? z. B. Am Depottor gesprochen; will bei der Petition helfen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note text</source>
        <translation>Text der Notiz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(not said)</source>
        <translation>(nicht angegeben)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. will come to the meeting</source>
        <translation>z. B. kommt zur Versammlung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a date adds a follow-up task</source>
        <translation>ein Datum legt eine Aufgabe zum Nachfassen an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow up on</source>
        <translation>Nachfassen am</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+29"/>
        <source>(no campaign)</source>
        <translation>(keine Kampagne)</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>New &amp;note</source>
        <translation>Neue &amp;Notiz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ho&amp;w</source>
        <translation>&amp;Wie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Outcome</source>
        <translation>&amp;Ergebnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Follow up on</source>
        <translation>Nach&amp;fassen am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ca&amp;mpaign</source>
        <translation>&amp;Kampagne</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note error</source>
        <translation>Fehler bei der Notiz</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add note</source>
        <translation>Notiz &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
</context>
<context>
    <name>OrganisingTab</name>
    <message>
        <location filename="../../desktop/views/organising_tab.py" line="+54"/>
        <source>What was written</source>
        <extracomment>a load was asked for while the tab was hidden: it runs when the tab shows</extracomment>
        <translation>Was geschrieben wurde</translation>
    </message>
</context>
<context>
    <name>OrganisingWorkplacesPage</name>
    <message>
        <location filename="../../desktop/views/organising_page.py" line="+83"/>
        <source>No workplace has a headcount yet: record one on a unit or a workplace to see density.</source>
        <extracomment>the change is shown since this many days ago unless the user picks a date</extracomment>
        <translation>Noch kein Betrieb hat eine Personenzahl: Trag eine bei einem Bereich oder einem Betrieb ein, um den Organisationsgrad zu sehen.</translation>
    </message>
    <message>
        <source>Branch: {0} members of {1} people in the workplaces counted ({2}).</source>
        <translation type="vanished">Ortsgruppe: {0} Mitglieder von {1} Personen in den gezählten Betrieben ({2}).</translation>
    </message>
    <message>
        <source>{0} points since {1}.</source>
        <translation type="vanished">{0} Prozentpunkte seit {1}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Branch: {members} members of {people} people in the workplaces counted ({density}).</source>
        <translation>Ortsgruppe: {members} Mitglieder von {people} Personen in den gezählten Betrieben ({density}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{points} points since {date}.</source>
        <translation>{points} Prozentpunkte seit {date}.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Show the change in density since</source>
        <extracomment>open this person (from the chart or a list)</extracomment>
        <translation>Veränderung des Organisationsgrads anzeigen seit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change &amp;since:</source>
        <translation>Veränderung &amp;seit:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import headcounts…</source>
        <translation>Personenzahlen &amp;importieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+83"/>
        <source>Import units and headcounts</source>
        <translation>Bereiche und Personenzahlen importieren</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>A CSV or Excel sheet with columns workplace, unit, kind, headcount and counted on: missing units and workplaces are created</source>
        <translation>Eine CSV- oder Excel-Tabelle mit den Spalten Betrieb, Abteilung, Art, Anzahl und Stand (Datum der Zählung): Fehlende Bereiche und Betriebe werden angelegt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The branch&apos;s density</source>
        <translation>Der Organisationsgrad der Ortsgruppe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the import did</source>
        <translation>Was der Import gemacht hat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Wall chart</source>
        <translation>&amp;Wandkarte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;oint people</source>
        <translation>&amp;Ansprechpersonen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Structure &amp;tests</source>
        <translation>S&amp;trukturtests</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation>Tabellen (*.csv *.xlsx);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>PairingBox</name>
    <message>
        <location filename="../../desktop/views/sync_pairing.py" line="+42"/>
        <source>Pair a new laptop</source>
        <extracomment>a new laptop joined (reload the roster) the admin asked to start pairing (the tab knows the session and where to listen)</extracomment>
        <translation>Neuen Laptop koppeln</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The new laptop chooses “Join a branch” and types the code shown here. Compare the check string on both screens before you approve.</source>
        <translation>Der neue Laptop wählt „Einer Ortsgruppe beitreten“ und gibt den hier angezeigten Code ein. Vergleiche die Prüfzahl auf beiden Bildschirmen, bevor du bestätigst.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Role of the new laptop</source>
        <translation>Rolle des neuen Laptops</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start pairing</source>
        <translation>Kopplung starten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop pairing</source>
        <translation>Kopplung beenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role:</source>
        <translation>Rolle:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pairing code</source>
        <translation>Kopplungscode</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time left for the code</source>
        <translation>Verbleibende Zeit für den Code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pairing question</source>
        <translation>Rückfrage zur Kopplung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check string</source>
        <translation>Prüfzahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approve</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Approve the new laptop</source>
        <translation>Neuen Laptop bestätigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decline</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decline the new laptop</source>
        <translation>Neuen Laptop ablehnen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pairing status</source>
        <translation>Stand der Kopplung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pairing error</source>
        <translation>Fehler bei der Kopplung</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Waiting for the new laptop to join as {role}. If it cannot find this one, it types this laptop&apos;s address: {join}.</source>
        <translation>Warte darauf, dass der neue Laptop als {role} beitritt. Falls er diesen Laptop nicht findet, gibt er dessen Adresse ein: {join}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The code works for {value}:{value2:02d} more.</source>
        <translation>Der Code gilt noch {value}:{value2:02d}.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>“{name}” ({device}) entered the code. Does the new laptop show {check}?</source>
        <translation>„{name}“ ({device}) hat den Code eingegeben. Zeigt der neue Laptop {check}?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Approve only if “{name}” shows the same check string.</source>
        <translation>Bestätige nur, wenn „{name}“ dieselbe Prüfzahl zeigt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Admitting the new laptop and sending it the branch…</source>
        <translation>Der neue Laptop wird aufgenommen und bekommt die Daten der Ortsgruppe…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Declining…</source>
        <translation>Wird abgelehnt…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pairing stopped; the code no longer works.</source>
        <translation>Kopplung beendet; der Code gilt nicht mehr.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>“{device_name}” joined the branch as {role}.</source>
        <translation>„{device_name}“ ist der Ortsgruppe als {role} beigetreten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> It did not confirm the end; its admission reaches it with the next sync.</source>
        <translation> Er hat den Abschluss nicht bestätigt; seine Aufnahme erreicht ihn beim nächsten Abgleich.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Declined: the new laptop was not admitted.</source>
        <translation>Abgelehnt: Der neue Laptop wurde nicht aufgenommen.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../desktop/vault_menu.py" line="+156"/>
        <source>Change the passphrase</source>
        <translation>Passphrase ändern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The vault is re-encrypted under the new passphrase; nothing else changes. Other laptops keep their own passphrases.</source>
        <translation>Der Tresor wird mit der neuen Passphrase neu verschlüsselt; sonst ändert sich nichts. Die anderen Laptops behalten ihre eigenen Passphrasen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Repeat the new passphrase</source>
        <translation>Neue Passphrase wiederholen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passphrase strength hint</source>
        <translation>Hinweis zur Stärke der Passphrase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New passphrase</source>
        <translation>&amp;Neue Passphrase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat it</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Passphrase error</source>
        <translation>Fehler bei der Passphrase</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Use at least {min_passphrase} characters.</source>
        <translation>Verwende mindestens {min_passphrase} Zeichen.</translation>
    </message>
    <message>
        <source>Use at least {0} characters.</source>
        <translation type="vanished">Verwende mindestens {0} Zeichen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two passphrases are different.</source>
        <translation>Die beiden Passphrasen sind verschieden.</translation>
    </message>
</context>
<context>
    <name>PointPeople</name>
    <message>
        <location filename="../../desktop/views/point_people.py" line="+73"/>
        <source>(no name)</source>
        <extracomment>members of the workplace who could be someone&apos;s point person: (id, name)</extracomment>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Point people error</source>
        <translation>Fehler bei den Ansprechpersonen</translation>
    </message>
</context>
<context>
    <name>PointPeopleTab</name>
    <message>
        <location line="+5"/>
        <source>Point people</source>
        <translation>Ansprechpersonen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a point person</source>
        <translation>Ansprechperson auswählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Their people</source>
        <translation>Ihre Leute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print their list…</source>
        <translation>Ihre Liste &amp;drucken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+124"/>
        <source>Print the point person&apos;s list</source>
        <translation>Liste der Ansprechperson drucken</translation>
    </message>
    <message>
        <location line="-115"/>
        <location line="+2"/>
        <source>No point person yet</source>
        <translation>Noch keine Ansprechperson</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Point person to give them</source>
        <translation>Ansprechperson, die sie bekommen sollen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Give them this point person</source>
        <translation>Diese Ansprechperson &amp;zuweisen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give them this point person</source>
        <translation>Diese Ansprechperson zuweisen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Point pe&amp;rson:</source>
        <translation>Ansprech&amp;person:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>People per point person</source>
        <translation>Personen pro Ansprechperson</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the t&amp;arget</source>
        <translation>Zielwert &amp;festlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the branch&apos;s coverage target</source>
        <translation>Abdeckungsziel der Ortsgruppe festlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A branch setting: only an admin may change it</source>
        <translation>Eine Einstellung der Ortsgruppe: Nur ein Admin darf sie ändern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target: one point person per</source>
        <translation>Ziel: eine Ansprechperson pro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>people</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The branch&apos;s target: one point person per {ratio} people</source>
        <translation>Ziel der Ortsgruppe: eine Ansprechperson pro {ratio} Personen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>People {name} keeps in touch with</source>
        <translation>Personen, mit denen {name} in Kontakt bleibt</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>People for {name}</source>
        <translation>Personen für {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}&apos;s people with their phone numbers and when they were last spoken to. The PDF is not encrypted: keep it safe.</source>
        <translation>Die Leute von {name} mit ihren Telefonnummern und dem Datum des letzten Gesprächs. Das PDF ist nicht verschlüsselt: Bewahre es sicher auf.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wrote a list of {rows} people to {path}.</source>
        <translation>Liste mit {rows} Personen in {path} gespeichert.</translation>
    </message>
    <message>
        <source>The branch&apos;s target: one point person per {0} people</source>
        <translation type="vanished">Ziel der Ortsgruppe: eine Ansprechperson pro {0} Personen</translation>
    </message>
    <message>
        <source>People {0} keeps in touch with</source>
        <translation type="vanished">Personen, mit denen {0} in Kontakt bleibt</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Select people in the list first.</source>
        <translation>Wähle zuerst Personen in der Liste aus.</translation>
    </message>
    <message>
        <source>People for {0}</source>
        <translation type="vanished">Personen für {0}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Point person&apos;s list</source>
        <translation>Liste der Ansprechperson</translation>
    </message>
    <message>
        <source>{0}&apos;s people with their phone numbers and when they were last spoken to. The PDF is not encrypted: keep it safe.</source>
        <translation type="vanished">Die Leute von {0} mit ihren Telefonnummern und dem Datum des letzten Gesprächs. Das PDF ist nicht verschlüsselt: Bewahre es sicher auf.</translation>
    </message>
    <message>
        <source>Wrote a list of {0} people to {1}.</source>
        <translation type="vanished">Liste mit {0} Personen in {1} gespeichert.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="+31"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never (only Ctrl+L and sleep)</source>
        <translation>nie (nur mit Ctrl+L und im Ruhezustand)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock after this many idle minutes</source>
        <translation>Nach so vielen Minuten ohne Benutzung sperren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lock after idle:</source>
        <translation>&amp;Sperren nach Leerlauf:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clear a copied contact detail after seconds</source>
        <translation>Kopierte Kontaktangabe nach so vielen Sekunden löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Clear copied details after:</source>
        <translation>Kopierte Angaben &amp;löschen nach:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your name, for the tasks given to you</source>
        <translation>Dein Name, für die Aufgaben, die dir zugewiesen sind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>as tasks name you, e.g. Sam</source>
        <translation>so, wie Aufgaben dich nennen, z. B. Sam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your &amp;name (tasks):</source>
        <translation>Dein &amp;Name (Aufgaben):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Style</source>
        <translation>Stil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The platform&apos;s</source>
        <translation>Standard des Systems</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Style:</source>
        <translation>S&amp;til:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System default</source>
        <translation>Standard des Systems</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lan&amp;guage:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The vault also locks when the computer goes to sleep, and with Ctrl+L. A locked window shows no member data.</source>
        <translation>Der Tresor sperrt sich auch, wenn der Computer in den Ruhezustand geht, und mit Ctrl+L. Ein gesperrtes Fenster zeigt keine Mitgliederdaten.</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <location filename="../../desktop/dialogs/print_dialog.py" line="+80"/>
        <source>Pages written</source>
        <translation>Geschriebene Seiten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the vault…</source>
        <translation>Tresor wird gelesen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export result</source>
        <translation>Ergebnis des Exports</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export error</source>
        <translation>Fehler beim Export</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the PDF</source>
        <translation>PDF öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Stopping before the next page…</source>
        <translation>Wird vor der nächsten Seite angehalten…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Drawing page {value} of {total}…</source>
        <translation>Seite {value} von {total} wird erstellt…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>Der Export wurde abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../desktop/dialogs/record_dialog.py" line="+62"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>RelationshipsBox</name>
    <message>
        <location filename="../../desktop/views/relationships_box.py" line="+99"/>
        <source>Unit</source>
        <extracomment>open the other person of a relationship the person&apos;s organising details changed (a point person set)</extracomment>
        <translation>Bereich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Point person</source>
        <translation>Ansprechperson</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit:</source>
        <translation>Bereich:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Point person:</source>
        <translation>Ansprechperson:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Relationships</source>
        <translation>Beziehungen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kind of relationship</source>
        <translation>Art der Beziehung</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Type a name…</source>
        <translation>Namen eingeben…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find the other person</source>
        <translation>Die andere Person suchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The other person</source>
        <translation>Die andere Person</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Link</source>
        <translation>&amp;Verknüpfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the relationship</source>
        <translation>Beziehung hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make &amp;point person</source>
        <translation>Zur &amp;Ansprechperson machen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make them this person&apos;s point person</source>
        <translation>Die andere Person zur Ansprechperson dieser Person machen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove link</source>
        <translation>Verknüpfung &amp;entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected relationship</source>
        <translation>Ausgewählte Beziehung entfernen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Relationships error</source>
        <translation>Fehler bei den Beziehungen</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>not in a unit</source>
        <translation>in keinem Bereich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <location filename="../../desktop/report_text.py" line="+20"/>
        <source>{imported} imported, {updated} updated, {skipped} skipped, {rejected} rejected.</source>
        <translation>{imported} importiert, {updated} aktualisiert, {skipped} übersprungen, {rejected} abgelehnt.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln rows flagged to check, {repaired} repaired.</source>
        <translation>
            <numerusform>%Ln Zeile zum Prüfen markiert, {repaired} repariert.</numerusform>
            <numerusform>%Ln Zeilen zum Prüfen markiert, {repaired} repariert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled: {summary} Rows after the last whole batch were not imported.</source>
        <translation>Abgebrochen: {summary} Die Zeilen nach dem letzten vollständigen Teil wurden nicht importiert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{counted} headcounts recorded, {skipped} rows skipped; {units} units and {workplaces} workplaces created.</source>
        <translation>{counted} Personenzahlen erfasst, {skipped} Zeilen übersprungen; {units} Bereiche und {workplaces} Betriebe angelegt.</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <location filename="../../desktop/dialogs/role_dialog.py" line="+23"/>
        <source>&amp;Admin</source>
        <translation>&amp;Admin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edits everything, and admits or revokes laptops. Give it only to the officers who run the branch&apos;s laptops.</source>
        <translation>Bearbeitet alles und nimmt Laptops auf oder entzieht ihnen den Zugang. Nur an die Vorstandsmitglieder vergeben, die die Laptops der Ortsgruppe betreuen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Secretary</source>
        <translation>&amp;Schriftführer*in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adds and edits members, conversations, tasks and meetings; cannot admit or revoke laptops.</source>
        <translation>Fügt Mitglieder, Gespräche, Aufgaben und Versammlungen hinzu und bearbeitet sie; kann keine Laptops aufnehmen und ihnen keinen Zugang entziehen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Viewer</source>
        <translation>&amp;Leser*in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reads the list and prints from it; changes nothing.</source>
        <translation>Liest die Liste und druckt aus ihr; ändert nichts.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Admit a laptop</source>
        <translation>Laptop aufnehmen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Admit “{name}”</source>
        <translation>„{name}“ aufnehmen</translation>
    </message>
    <message>
        <source>Admit “{0}”</source>
        <translation type="vanished">„{0}“ aufnehmen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which role does this laptop get?</source>
        <translation>Welche Rolle bekommt dieser Laptop?</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Admit and save the welcome file…</source>
        <translation>Aufnehmen und Willkommensdatei speichern…</translation>
    </message>
</context>
<context>
    <name>SavedSearches</name>
    <message>
        <location filename="../../desktop/views/member_filters.py" line="+55"/>
        <source>Saved searches</source>
        <extracomment>a saved search was picked: its query</extracomment>
        <translation>Gespeicherte Suchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved searches…</source>
        <translation>Gespeicherte Suchen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save search…</source>
        <translation>Suche speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+79"/>
        <source>Save search</source>
        <translation>Suche speichern</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Save the current filters and search under a name</source>
        <translation>Die aktuellen Filter und die Suche unter einem Namen speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete saved search</source>
        <translation>Gespeicherte Suche löschen</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Name for this search:</source>
        <translation>Name für diese Suche:</translation>
    </message>
</context>
<context>
    <name>StructureTests</name>
    <message>
        <location filename="../../desktop/views/structure_tests.py" line="+65"/>
        <source>Whole branch</source>
        <translation>Ganze Ortsgruppe</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>reached</source>
        <translation>erreicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Structure test error</source>
        <translation>Fehler beim Strukturtest</translation>
    </message>
</context>
<context>
    <name>StructureTestsTab</name>
    <message>
        <location line="+5"/>
        <source>New test, e.g. Petition on staffing</source>
        <translation>Neuer Test, z. B. Petition zur Personalbemessung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New structure test</source>
        <translation>Neuer Strukturtest</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind of test</source>
        <translation>Art des Tests</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Target share of each unit</source>
        <translation>Zielanteil je Bereich</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add test</source>
        <translation>Test &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the structure test</source>
        <translation>Strukturtest hinzufügen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Structure tests</source>
        <translation>Strukturtests</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport the results…</source>
        <translation>Ergebnisse e&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the test&apos;s results</source>
        <translation>Ergebnisse des Tests exportieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Meeting whose attendance answers</source>
        <translation>Versammlung, deren Anwesende antworten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The answer of those who attended</source>
        <translation>Die Antwort der Anwesenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>said yes</source>
        <translation>haben Ja gesagt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>said no</source>
        <translation>haben Nein gesagt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>were asked, undecided</source>
        <translation>wurden gefragt, unentschieden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Record</source>
        <translation>&amp;Eintragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the meeting&apos;s answers</source>
        <translation>Die Antworten der Versammlung eintragen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everyone at</source>
        <translation>Alle bei</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>{count} answers recorded.</source>
        <translation>{count} Antworten eingetragen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Wrote {rows} rows to {path}. The file is not encrypted.</source>
        <translation>{rows} Zeilen in {path} gespeichert. Die Datei ist nicht verschlüsselt.</translation>
    </message>
    <message>
        <source>{0} answers recorded.</source>
        <translation type="vanished">{0} Antworten eingetragen.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Export the results</source>
        <translation>Ergebnisse exportieren</translation>
    </message>
    <message>
        <source>Wrote {0} rows to {1}. The file is not encrypted.</source>
        <translation type="vanished">{0} Zeilen in {1} gespeichert. Die Datei ist nicht verschlüsselt.</translation>
    </message>
</context>
<context>
    <name>SyncCentre</name>
    <message>
        <location filename="../../desktop/views/sync_centre.py" line="+34"/>
        <source>Sync</source>
        <extracomment>records changed (a sync brought changes in, or a conflict was settled) open conflicts: their number</extracomment>
        <translation>Abgleich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync centre</source>
        <translation>Abgleich-Zentrale</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>USB stick</source>
        <translation>USB-Stick</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+53"/>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Meeting (Wi-Fi)</source>
        <translation>Versammlung (WLAN)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always-on</source>
        <translation>Dauerabgleich</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Conflicts ({count})</source>
        <translation>Konflikte ({count})</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../desktop/tasks.py" line="+150"/>
        <source>The task runner has been shut down.</source>
        <extracomment>True while at least one job is queued or running (for busy indicators). A job without its own error handler failed: the sentence to show. how long background steps wait after the user&apos;s last job (a result&apos;s repaint)</extracomment>
        <translation>Die Hintergrundverarbeitung wurde beendet.</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <location filename="../../desktop/views/list_pages.py" line="+77"/>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+1"/>
        <source>New task</source>
        <translation>Neue Aufgabe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For whom (a name)</source>
        <translation>Für wen (ein Name)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignee</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add task</source>
        <translation>Aufgabe hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No open tasks. Type one below and press Add task; a conversation&apos;s follow-up date adds one too.</source>
        <translation>Keine offenen Aufgaben. Gib unten eine ein und drück „Aufgabe hinzufügen“; auch das Nachfassdatum eines Gesprächs legt eine an.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show done</source>
        <extracomment>whose tasks &quot;Only mine&quot; shows (the Preferences&apos; name; the laptop&apos;s by default) double-clicked a task about a member: show that member</extracomment>
        <translation>Erledigte zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show done tasks</source>
        <translation>Erledigte Aufgaben zeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only &amp;mine</source>
        <translation>Nur &amp;meine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only my tasks</source>
        <translation>Nur meine Aufgaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tasks given to you (your name is in Preferences)</source>
        <translation>Aufgaben, die dir zugewiesen sind (dein Name steht in den Einstellungen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Give to…</source>
        <translation>&amp;Zuweisen an…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the task to a person</source>
        <translation>Aufgabe einer Person zuweisen</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Give the task to</source>
        <translation>Aufgabe zuweisen an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who does “{title}”? (empty: nobody)</source>
        <translation>Wer erledigt „{title}“? (leer: niemand)</translation>
    </message>
    <message>
        <source>Who does “{0}”? (empty: nobody)</source>
        <translation type="vanished">Wer erledigt „{0}“? (leer: niemand)</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <location filename="../../desktop/views/unlock.py" line="+42"/>
        <source>Unlock — Caucus</source>
        <extracomment>the unlocked session the user chose another vault file the user wants to start something else: &quot;create&quot;, &quot;join&quot; or &quot;demo&quot;</extracomment>
        <translation>Entsperren — Caucus</translation>
    </message>
    <message>
        <source>Unlock {0}</source>
        <translation type="vanished">{0} entsperren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unlock {branch_name}</source>
        <translation>{branch_name} entsperren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock your branch</source>
        <translation>Deine Ortsgruppe entsperren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The vault file</source>
        <translation>Die Tresordatei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vault file</source>
        <translation>Tresordatei</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unlocking</source>
        <translation>Wird entsperrt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bringing this vault up to date for this version of Caucus. This happens once, and takes up to a minute for a large branch.</source>
        <translation>Dieser Tresor wird für diese Version von Caucus aktualisiert. Das geschieht nur einmal und dauert bei einer großen Ortsgruppe bis zu einer Minute.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unlock error</source>
        <translation>Fehler beim Entsperren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Create a branch</source>
        <translation>&amp;Neue Ortsgruppe anlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Join a branch</source>
        <translation>Einer Ortsgruppe &amp;beitreten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open a vault file…</source>
        <translation>Tresordatei ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try the &amp;demo</source>
        <translation>&amp;Demo ausprobieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open a vault file</source>
        <translation>Tresordatei öffnen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Type the branch&apos;s passphrase.</source>
        <translation>Gib die Passphrase der Ortsgruppe ein.</translation>
    </message>
</context>
<context>
    <name>UsbTab</name>
    <message>
        <location filename="../../desktop/views/sync_usb.py" line="+128"/>
        <source>Pass a USB stick (or a shared folder) between laptops. Sync reads every other laptop&apos;s bundle in the folder, then writes this laptop&apos;s changes there. Bundles are encrypted: a lost stick reveals nothing.</source>
        <extracomment>a sync brought changes in (refresh every view)</extracomment>
        <translation>Gebt einen USB-Stick (oder einen geteilten Ordner) von Laptop zu Laptop weiter. Beim Abgleich werden zuerst die Pakete aller anderen Laptops im Ordner gelesen, dann die Änderungen dieses Laptops hineingeschrieben. Die Pakete sind verschlüsselt: Ein verlorener Stick verrät nichts.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sync folder</source>
        <translation>Abgleichordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a folder or a USB stick</source>
        <translation>Ordner oder USB-Stick auswählen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose folder or stick…</source>
        <translation>Ordner oder Stick auswählen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose folder or stick</source>
        <translation>Ordner oder Stick auswählen</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Sync now</source>
        <translation>Jetzt abgleichen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel sync</source>
        <translation>Abgleich abbrechen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync progress</source>
        <translation>Fortschritt des Abgleichs</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sync status</source>
        <translation>Stand des Abgleichs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync error</source>
        <translation>Fehler beim Abgleich</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync report</source>
        <translation>Bericht zum Abgleich</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Choose the sync folder or USB stick</source>
        <translation>Abgleichordner oder USB-Stick auswählen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose a folder or a USB stick first.</source>
        <translation>Wähle zuerst einen Ordner oder einen USB-Stick aus.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Looking for bundles…</source>
        <translation>Suche nach Paketen…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Stopping after the current batch…</source>
        <translation>Wird nach dem laufenden Abschnitt angehalten…</translation>
    </message>
</context>
<context>
    <name>VaultMenu</name>
    <message>
        <location filename="../../desktop/vault_menu.py" line="-152"/>
        <source>&amp;Vault</source>
        <translation>&amp;Tresor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Back up the vault…</source>
        <translation>Tresor &amp;sichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An encrypted copy of the whole vault (same passphrase), on a stick or another disk</source>
        <translation>Eine verschlüsselte Kopie des ganzen Tresors (gleiche Passphrase), auf einem Stick oder einer anderen Festplatte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Change the passphrase…</source>
        <translation>&amp;Passphrase ändern…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close the &amp;demo</source>
        <translation>&amp;Demo schließen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock the demo and go back to your own branch (or make one)</source>
        <translation>Die Demo sperren und zu deiner eigenen Ortsgruppe zurückkehren (oder eine anlegen)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Vault</source>
        <translation>Tresor</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Back up the vault</source>
        <translation>Tresor sichern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose another file: a backup cannot replace the vault itself.</source>
        <translation>Wähle eine andere Datei: Eine Sicherung kann nicht den Tresor selbst ersetzen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backing up…</source>
        <translation>Wird gesichert…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Backed up to {dest}. Keep {sidecar} with it: the backup opens with the same passphrase.</source>
        <translation>Gesichert in {dest}. Bewahre {sidecar} zusammen damit auf: Die Sicherung öffnet sich mit derselben Passphrase.</translation>
    </message>
    <message>
        <source>Backed up to {0}. Keep {1} with it: the backup opens with the same passphrase.</source>
        <translation type="vanished">Gesichert in {0}. Bewahre {1} zusammen damit auf: Die Sicherung öffnet sich mit derselben Passphrase.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Changing the passphrase…</source>
        <translation>Passphrase wird geändert…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The passphrase is changed. Use the new one from now on; old backups still open with the old one.</source>
        <translation>Die Passphrase ist geändert. Nutze ab jetzt die neue; alte Sicherungen öffnen sich weiterhin mit der alten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write your passphrase down</source>
        <translation>Schreib deine Passphrase auf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your branch is ready. Write the passphrase down now and keep it somewhere safe: nobody can recover it for you, and without it the vault cannot be opened.

A backup on a USB stick keeps the branch if this laptop is lost.</source>
        <translation>Deine Ortsgruppe ist fertig. Schreib die Passphrase jetzt auf und bewahre sie an einem sicheren Ort auf: Niemand kann sie für dich wiederherstellen, und ohne sie lässt sich der Tresor nicht öffnen.

Eine Sicherung auf einem USB-Stick bewahrt die Ortsgruppe, falls dieser Laptop verloren geht.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Make a &amp;backup now…</source>
        <translation>Jetzt eine &amp;Sicherung machen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I have written it down</source>
        <translation>Ich habe sie aufgeschrieben</translation>
    </message>
</context>
<context>
    <name>WallChart</name>
    <message>
        <location filename="../../desktop/views/chart_layout.py" line="+31"/>
        <source>✓ yes</source>
        <translation>✓ ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✗ no</source>
        <translation>✗ nein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>? undecided</source>
        <translation>? unentschieden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>never spoken</source>
        <translation>nie gesprochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{days} d</source>
        <translation>{days} T.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>L</source>
        <translation>F</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S</source>
        <translation>V</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>P{covers}</source>
        <translation>A{covers}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>headcount ?</source>
        <translation>Personenzahl ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>headcount {headcount}</source>
        <translation>Personenzahl {headcount}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{members} members ({density})</source>
        <translation>{members} Mitglieder ({density})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{people} non-members</source>
        <translation>{people} Nichtmitglieder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{covered} with a point person ({coverage})</source>
        <translation>{covered} mit Ansprechperson ({coverage})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{yes} yes</source>
        <translation>{yes} Ja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{yes} yes of {target} needed</source>
        <translation>{yes} Ja von {target} nötigen</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Not in a unit</source>
        <extracomment>the flag is &quot;not assessed&quot; (grey), not &quot;no point person&quot; (red) each card&apos;s top, in order (cards are placed top to bottom)</extracomment>
        <translation>Ohne Bereich</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no point person</source>
        <translation>keine Ansprechperson</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not assessed</source>
        <translation>nicht eingeschätzt</translation>
    </message>
</context>
<context>
    <name>WallChartTab</name>
    <message>
        <location filename="../../desktop/views/wall_chart_tab.py" line="+47"/>
        <source>Wall chart error</source>
        <extracomment>open this person in the members page the figures changed (an answer, a move): the page&apos;s list may show them</extracomment>
        <translation>Fehler bei der Wandkarte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Structure test shown on the cards</source>
        <translation>Strukturtest, der auf den Karten gezeigt wird</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What a click on a card does</source>
        <translation>Was ein Klick auf eine Karte bewirkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A click opens the person</source>
        <translation>Ein Klick öffnet die Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A click records yes</source>
        <translation>Ein Klick trägt Ja ein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A click records no</source>
        <translation>Ein Klick trägt Nein ein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A click records undecided</source>
        <translation>Ein Klick trägt „unentschieden“ ein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Print A3…</source>
        <translation>A3 &amp;drucken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+103"/>
        <source>Print the wall chart</source>
        <translation>Wandkarte drucken</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the wall chart as a spreadsheet</source>
        <translation>Wandkarte als Tabelle exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;est:</source>
        <translation>&amp;Test:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Colour: assessment 5 (green) to 0 (red), white and dashed when not assessed; heavy border: member. L leader, S steward, P3 point person for 3. Red: no point person, or no conversation in 90 days. Keys: Y, N, U, 0 answer; M moves; Enter opens.</source>
        <translation>Farbe: Einschätzung 5 (grün) bis 0 (rot), weiß und gestrichelt, wenn nicht eingeschätzt; dicker Rahmen: Mitglied. F Führungsperson, V Vertrauensperson, A3 Ansprechperson für 3. Rot: keine Ansprechperson oder seit 90 Tagen kein Gespräch. Tasten: Y (ja), N (nein), U (unentschieden), 0 (nicht gefragt) tragen die Antwort ein; M verschiebt; Enter öffnet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+87"/>
        <source>Wall chart</source>
        <translation>Wandkarte</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>No structure test</source>
        <translation>Kein Strukturtest</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose a structure test above first.</source>
        <translation>Wähle oben zuerst einen Strukturtest aus.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+17"/>
        <source>Wall chart - {name}</source>
        <translation>Wandkarte - {name}</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>The wall chart of {name} on A3 pages for the meeting wall: a card per person. The PDF is not encrypted.</source>
        <translation>Die Wandkarte von {name} auf A3-Seiten für die Wand bei der Versammlung: eine Karte pro Person. Das PDF ist nicht verschlüsselt.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Wrote {rows} people to {path}. The file is not encrypted.</source>
        <translation>{rows} Personen in {path} gespeichert. Die Datei ist nicht verschlüsselt.</translation>
    </message>
    <message>
        <source>Wall chart - {0}</source>
        <translation type="vanished">Wandkarte - {0}</translation>
    </message>
    <message>
        <source>The wall chart of {0} on A3 pages for the meeting wall: a card per person. The PDF is not encrypted.</source>
        <translation type="vanished">Die Wandkarte von {0} auf A3-Seiten für die Wand bei der Versammlung: eine Karte pro Person. Das PDF ist nicht verschlüsselt.</translation>
    </message>
    <message numerus="yes">
        <location line="-20"/>
        <source>Wrote %n people on {pages} to {path}.</source>
        <translation>
            <numerusform>%n Person auf {pages} in {path} gespeichert.</numerusform>
            <numerusform>%n Personen auf {pages} in {path} gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export the wall chart</source>
        <translation>Wandkarte exportieren</translation>
    </message>
    <message>
        <source>Wrote {0} people to {1}. The file is not encrypted.</source>
        <translation type="vanished">{0} Personen in {1} gespeichert. Die Datei ist nicht verschlüsselt.</translation>
    </message>
</context>
<context>
    <name>WorkplacesPage</name>
    <message>
        <location filename="../../desktop/views/list_pages.py" line="-297"/>
        <source>Workplaces</source>
        <translation>Betriebe</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+1"/>
        <source>New workplace name</source>
        <translation>Name des neuen Betriebs</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Employer</source>
        <translation>Arbeitgeber</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add workplace</source>
        <translation>Betrieb hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No workplaces yet. Type a workplace&apos;s name below and press Add workplace; members can then be placed in it.</source>
        <translation>Noch keine Betriebe. Gib unten den Namen eines Betriebs ein und drück „Betrieb hinzufügen“; danach lassen sich Mitglieder ihm zuordnen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Employer</source>
        <translation>&amp;Arbeitgeber</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address</source>
        <translation>A&amp;dresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sector</source>
        <translation>&amp;Branche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otes</source>
        <translation>N&amp;otizen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Double-click a workplace to list its members; Details… (or Enter) changes its address and sector</source>
        <extracomment>double-clicked: show this workplace&apos;s members</extracomment>
        <translation>Doppelklick auf einen Betrieb zeigt seine Mitglieder; Details… (oder Enter) ändert Adresse und Branche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Members</source>
        <translation>&amp;Mitglieder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List this workplace&apos;s members</source>
        <translation>Mitglieder dieses Betriebs anzeigen</translation>
    </message>
</context>
<context>
    <name>always_on</name>
    <message>
        <location filename="../../sync/ops/always_on.py" line="+61"/>
        <source>Off, laptops find each other only on the same network (and the box at its fixed address). On, Syncthing&apos;s public discovery servers learn this laptop&apos;s Syncthing device ID and its internet (IP) address, so laptops can find each other from anywhere, and public relay servers may carry its traffic when no direct connection works: they see which devices talk and when, never what the bundles hold, which stay encrypted with the branch key.</source>
        <translation>Aus: Die Laptops finden einander nur im selben Netzwerk (und die Box unter ihrer festen Adresse). An: Die öffentlichen Server für die globale Gerätesuche von Syncthing erfahren die Syncthing-Geräte-ID dieses Laptops und seine Internetadresse (IP-Adresse), damit sich die Laptops von überall aus finden können, und öffentliche Relay-Server können seinen Datenverkehr weiterleiten, wenn keine direkte Verbindung klappt: Sie sehen, welche Geräte wann miteinander sprechen, aber nie, was in den Paketen steht – die bleiben mit dem Schlüssel der Ortsgruppe verschlüsselt.</translation>
    </message>
</context>
<context>
    <name>columns</name>
    <message>
        <location filename="../../desktop/views/conflicts.py" line="-155"/>
        <location filename="../../desktop/views/member_notes.py" line="+120"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This laptop</source>
        <translation>Dieser Laptop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other laptops</source>
        <translation>Andere Laptops</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="-210"/>
        <location filename="../../desktop/views/member_notes.py" line="-1"/>
        <location filename="../../desktop/views/sync_lan.py" line="-426"/>
        <source>Laptop</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Admitted by</source>
        <translation>Aufgenommen von</translation>
    </message>
    <message>
        <location filename="../../desktop/views/list_pages.py" line="-37"/>
        <location filename="../../desktop/views/organising_page.py" line="-126"/>
        <source>Workplace</source>
        <translation>Betrieb</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/views/organising_page.py" line="+1"/>
        <source>Employer</source>
        <translation>Arbeitgeber</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sector</source>
        <translation>Branche</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/views/organising_page.py" line="+10"/>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessed</source>
        <translation>Eingeschätzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average assessment</source>
        <translation>Durchschnittliche Einschätzung</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/views/point_people.py" line="-159"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/views/structure_tests.py" line="-191"/>
        <source>Starts</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversations</source>
        <translation>Gespräche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>Versammlung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attended</source>
        <translation>Anwesend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apologies</source>
        <translation>Entschuldigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quorum</source>
        <translation>Quorum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quorate</source>
        <translation>Beschlussfähig</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <location filename="../../desktop/views/member_notes.py" line="-167"/>
        <source>Conversation</source>
        <extracomment>(text, method, outcome, follow-up date, campaign id) to add as a note</extracomment>
        <translation>Gespräch</translation>
    </message>
    <message>
        <location line="+166"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New value</source>
        <translation>Neuer Wert</translation>
    </message>
    <message>
        <location filename="../../desktop/views/organising_page.py" line="-8"/>
        <location filename="../../desktop/views/structure_tests.py" line="+14"/>
        <source>Headcount</source>
        <translation>Personenzahl</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../desktop/views/point_people.py" line="-9"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Density</source>
        <translation>Organisationsgrad</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change (points)</source>
        <translation>Veränderung (Prozentpunkte)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Covered</source>
        <translation>Abgedeckt</translation>
    </message>
    <message>
        <location filename="../../desktop/views/point_people.py" line="-2"/>
        <source>Point person</source>
        <translation>Ansprechperson</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Unit</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Over the target</source>
        <translation>Über dem Ziel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last spoken</source>
        <translation>Zuletzt gesprochen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/relationships_box.py" line="-117"/>
        <source>Relationship</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../desktop/views/structure_tests.py" line="-13"/>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+26"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+10"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Asked</source>
        <translation>Gefragt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undecided</source>
        <translation>Unentschieden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Needed</source>
        <translation>Nötig</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_lan.py" line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last sync</source>
        <translation>Letzter Abgleich</translation>
    </message>
</context>
<context>
    <name>conflicts</name>
    <message>
        <location filename="../../desktop/views/conflicts.py" line="-70"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source> (this laptop)</source>
        <translation> (dieser Laptop)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>edited {field} to {value}</source>
        <translation>hat {field} auf {value} geändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{value} — {who}, {when}</source>
        <translation>{value} — {who}, {when}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>meeting</source>
        <translation>Versammlung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>workplace</source>
        <translation>Betrieb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>conversation</source>
        <translation>Gespräch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attendance</source>
        <translation>Anwesenheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>branch</source>
        <translation>Ortsgruppe</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{kind} “{name}”</source>
        <extracomment>{kind} is a record&apos;s kind (meeting, workplace…), {name} its name or title</extracomment>
        <translation>{kind} „{name}“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>deleted or kept</source>
        <translation>gelöscht oder behalten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{record} — {field}</source>
        <extracomment>{record} is what the conflict is on, {field} the field of it</extracomment>
        <translation>{record} — {field}</translation>
    </message>
</context>
<context>
    <name>devices</name>
    <message>
        <location filename="../../desktop/views/devices.py" line="-26"/>
        <source>revoked</source>
        <translation>Zugang entzogen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not admitted</source>
        <translation>nicht aufgenommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>clock ahead</source>
        <translation>Uhr geht vor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name}  (this laptop)</source>
        <translation>{name}  (dieser Laptop)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no. {last_seq}</source>
        <translation>Nr. {last_seq}</translation>
    </message>
    <message>
        <source>no. {last_seq:,}</source>
        <translation type="vanished">Nr. {last_seq:,}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Revoke “{name}”?

From now on it gets nothing new from this branch: the branch key changes, and changes it makes after what this laptop already holds are refused everywhere.

Data already on that laptop cannot be wiped remotely. If it was lost or stolen, only its passphrase protects the member list it already holds.</source>
        <translation>„{name}“ den Zugang entziehen?

Ab jetzt bekommt dieser Laptop nichts Neues mehr aus der Ortsgruppe: Der Schlüssel der Ortsgruppe wird gewechselt, und Änderungen, die er nach dem Stand macht, den dieser Laptop schon von ihm hat, werden überall abgelehnt.

Daten, die schon auf dem Laptop liegen, lassen sich nicht aus der Ferne löschen. Wenn er verloren gegangen ist oder gestohlen wurde, schützt nur seine Passphrase die Mitgliederliste, die er schon enthält.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../sync/bundle.py" line="+101"/>
        <location filename="../../sync/lan/keyring.py" line="+71"/>
        <source>This device does not hold the branch key of epoch {epoch}.</source>
        <translation>Dieses Gerät hat den Ortsgruppenschlüssel Nr. {epoch} nicht.</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>This bundle belongs to a different branch; nothing was imported.</source>
        <translation>Dieses Paket gehört zu einer anderen Ortsgruppe; es wurde nichts importiert.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This bundle was made by an older version of Caucus with a branch key this laptop was never given, so nothing shows who made it; nothing was imported. Import a bundle written by an up-to-date laptop instead.</source>
        <translation>Dieses Paket stammt von einer älteren Caucus-Version mit einem Ortsgruppenschlüssel, den dieser Laptop nie erhalten hat; daher ist nicht erkennbar, wer es erstellt hat. Es wurde nichts importiert. Importiere stattdessen ein Paket von einem aktuellen Laptop.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This bundle was made after this device&apos;s access was revoked; it cannot be opened.</source>
        <translation>Dieses Paket wurde erstellt, nachdem diesem Gerät der Zugang entzogen wurde; es kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This bundle is damaged, or it was sealed with a branch key that was never given to this device (its access was probably revoked). Nothing was imported.</source>
        <translation>Dieses Paket ist beschädigt oder wurde mit einem Ortsgruppenschlüssel versiegelt, den dieses Gerät nie erhalten hat (wahrscheinlich wurde ihm der Zugang entzogen). Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This bundle was sealed with branch key {epoch}, which was not given to this device: its access was probably revoked. Nothing was imported.</source>
        <translation>Dieses Paket wurde mit dem Ortsgruppenschlüssel Nr. {epoch} versiegelt, den dieses Gerät nicht erhalten hat: Wahrscheinlich wurde ihm der Zugang entzogen. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../../sync/bundle_format.py" line="+91"/>
        <source>The bundle file is truncated; nothing was imported from it.</source>
        <extracomment>Bounds of one record: an info record names at most MAX_ENVELOPES devices.</extracomment>
        <translation>Die Paketdatei ist abgeschnitten; es wurde nichts daraus importiert.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The bundle file has data after its end.</source>
        <translation>Die Paketdatei enthält Daten nach ihrem Ende.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>There is no bundle file at {path}.</source>
        <translation>Unter {path} gibt es keine Paketdatei.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The bundle file changed while it was being imported; what was already applied is intact. Import it again.</source>
        <extracomment>(admitting author, admitted key, role) seen in the bundle, while the writer is not yet known to be a device of the branch; None once it is (or for version 1)</extracomment>
        <translation>Die Paketdatei hat sich während des Imports geändert; was bereits übernommen wurde, ist unversehrt. Importiere sie noch einmal.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The bundle&apos;s signature does not match its writer; nothing was imported from it.</source>
        <translation>Die Signatur des Pakets passt nicht zu seinem Ersteller; es wurde nichts daraus importiert.</translation>
    </message>
    <message>
        <location filename="../../sync/bundle_format.py" line="+10"/>
        <source>This bundle was made by a newer version of Caucus.</source>
        <translation>Dieses Paket stammt von einer neueren Caucus-Version.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not a Caucus bundle file.</source>
        <translation>Das ist keine Caucus-Paketdatei.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py" line="+43"/>
        <source>Caucus could not do that.</source>
        <translation>Caucus konnte das nicht tun.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The vault could not be used.</source>
        <extracomment>the English sentence before its fields were filled (what the app translates) the values of the template&apos;s named fields</extracomment>
        <translation>Der Tresor konnte nicht verwendet werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no vault at that location.</source>
        <translation>An diesem Ort gibt es keinen Tresor.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A vault already exists at that location; it was left untouched.</source>
        <translation>An diesem Ort gibt es bereits einen Tresor; er wurde nicht angetastet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The passphrase is wrong for this vault.</source>
        <translation>Die Passphrase passt nicht zu diesem Tresor.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The vault file is damaged or is not a Caucus vault; it was left untouched.</source>
        <translation>Die Tresordatei ist beschädigt oder kein Caucus-Tresor; sie wurde nicht angetastet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The vault is locked; unlock it first.</source>
        <translation>Der Tresor ist gesperrt; entsperre ihn zuerst.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The vault is in use by another program; close it there and try again.</source>
        <translation>Der Tresor wird von einem anderen Programm verwendet; schließe ihn dort und versuche es erneut.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The disk is full; nothing was changed. Free some space and try again.</source>
        <translation>Der Datenträger ist voll; es wurde nichts geändert. Schaffe etwas Platz und versuche es erneut.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The disk could not be read or written; nothing was changed. Check it and try again.</source>
        <translation>Der Datenträger konnte nicht gelesen oder beschrieben werden; es wurde nichts geändert. Prüfe ihn und versuche es erneut.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The passphrase is too short: use at least 8 characters.</source>
        <translation>Die Passphrase ist zu kurz: Verwende mindestens 8 Zeichen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A value is not valid.</source>
        <translation>Ein Wert ist ungültig.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No record has that id.</source>
        <extracomment>the key of the field the value was for (the form shows the sentence under it)</extracomment>
        <translation>Kein Eintrag hat diese Kennung.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That field does not exist.</source>
        <translation>Dieses Feld gibt es nicht.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A change set is not valid.</source>
        <translation>Ein Änderungssatz ist ungültig.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A change set&apos;s signature does not verify: it was altered or forged.</source>
        <translation>Die Signatur eines Änderungssatzes ist ungültig: Er wurde verändert oder gefälscht.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A change set could not be read: it is damaged or in an unknown format.</source>
        <translation>Ein Änderungssatz konnte nicht gelesen werden: Er ist beschädigt oder in einem unbekannten Format.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A change set comes from a device that is not in this branch&apos;s roster.</source>
        <translation>Ein Änderungssatz stammt von einem Gerät, das nicht im Verzeichnis dieser Ortsgruppe steht.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A change set comes from a device whose access was revoked.</source>
        <translation>Ein Änderungssatz stammt von einem Gerät, dem der Zugang entzogen wurde.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This device&apos;s role does not allow that.</source>
        <translation>Die Rolle dieses Geräts erlaubt das nicht.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That belongs to a different branch.</source>
        <translation>Das gehört zu einer anderen Ortsgruppe.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The bundle file is damaged, truncated or was altered; nothing was imported from it.</source>
        <translation>Die Paketdatei ist beschädigt, abgeschnitten oder verändert; es wurde nichts daraus importiert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This bundle was not written by a device of this branch; nothing was imported from it.</source>
        <translation>Dieses Paket wurde nicht von einem Gerät dieser Ortsgruppe geschrieben; es wurde nichts daraus importiert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Always-on sync could not do that.</source>
        <translation>Der Dauerabgleich konnte das nicht tun.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Syncthing is not installed: install the Debian package &apos;syncthing&apos; first.</source>
        <translation>Syncthing ist nicht installiert: Installiere zuerst das Debian-Paket &apos;syncthing&apos;.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Syncthing does not answer on this computer; it may have stopped.</source>
        <translation>Syncthing antwortet auf diesem Computer nicht; es wurde vielleicht beendet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Syncthing refused the API key Caucus holds for it (see its Settings → GUI).</source>
        <translation>Syncthing hat den API-Schlüssel abgelehnt, den Caucus dafür hat (siehe dessen Einstellungen → GUI).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Syncthing refused a request.</source>
        <translation>Syncthing hat eine Anfrage abgelehnt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Always-on sync is off on this laptop; switch it on first.</source>
        <translation>Der Dauerabgleich ist auf diesem Laptop aus; schalte ihn zuerst ein.</translation>
    </message>
    <message>
        <location filename="../../sync/exchange/errors.py" line="+11"/>
        <source>That file could not be imported; nothing was written.</source>
        <translation>Diese Datei konnte nicht importiert werden; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file is empty: there is nothing to import and nothing was written.</source>
        <translation>Die Datei ist leer: Es gibt nichts zu importieren, und es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>That file is not a CSV or Excel (.xlsx) spreadsheet Caucus can read; nothing was written.</source>
        <translation>Diese Datei ist keine CSV- oder Excel-Tabelle (.xlsx), die Caucus lesen kann; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>That file is too large to import at once; split it into smaller files. Nothing was written.</source>
        <translation>Diese Datei ist zu groß, um sie auf einmal zu importieren; teile sie in kleinere Dateien auf. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The import stopped part way; the batches before the stop were imported.</source>
        <translation>Der Import wurde mittendrin beendet; die Teile vor dem Abbruch wurden importiert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>That column mapping is not valid.</source>
        <translation>Diese Spaltenzuordnung ist ungültig.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>Der Export wurde abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>That file is {size:.0f} MB; Caucus imports files of up to {limit} MB ({max_rows:,} rows) at a time. Split it into smaller files and import each; nothing was written.</source>
        <extracomment>The largest import: bigger files are refused before they are read. the spreadsheet row number of each data row (headings are row 1) rows that cannot be read as they are: row number → why (reported as rejected) what the reader decided that the user should know (the sheet read, rows read as Windows-1252)</extracomment>
        <translation type="vanished">Diese Datei ist {size:.0f} MB groß; Caucus importiert Dateien bis {limit} MB ({max_rows:,} Zeilen) auf einmal. Teile sie in kleinere Dateien auf und importiere jede einzeln; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../../sync/exchange/importer/reading.py" line="+63"/>
        <source>That is an old Excel (.xls) file; save it as .xlsx or CSV and import that. Nothing was written.</source>
        <translation>Das ist eine alte Excel-Datei (.xls); speichere sie als .xlsx oder CSV und importiere diese. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>That file has more than {max_rows:,} rows; Caucus imports up to {max_rows:,} rows ({limit} MB) at a time. Split it into smaller files and import each; nothing was written.</source>
        <translation type="vanished">Diese Datei hat mehr als {max_rows:,} Zeilen; Caucus importiert bis {max_rows:,} Zeilen ({limit} MB) auf einmal. Teile sie in kleinere Dateien auf und importiere jede einzeln; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>That file is {size:.0f} MB; Caucus imports files of up to {limit} MB ({max_rows} rows) at a time. Split it into smaller files and import each; nothing was written.</source>
        <extracomment>The largest import: bigger files are refused before they are read. the spreadsheet row number of each data row (headings are row 1) rows that cannot be read as they are: row number → why (reported as rejected) what the reader decided that the user should know (the sheet read, rows read as Windows-1252)</extracomment>
        <translation>Diese Datei ist {size:.0f} MB groß; Caucus importiert Dateien bis {limit} MB ({max_rows} Zeilen) auf einmal. Teile sie in kleinere Dateien auf und importiere jede einzeln; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>That file has more than {max_rows} rows; Caucus imports up to {max_rows} rows ({limit} MB) at a time. Split it into smaller files and import each; nothing was written.</source>
        <translation>Diese Datei hat mehr als {max_rows} Zeilen; Caucus importiert bis {max_rows} Zeilen ({limit} MB) auf einmal. Teile sie in kleinere Dateien auf und importiere jede einzeln; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>The CSV file could not be read ({reason}); nothing was written.</source>
        <translation>Die CSV-Datei konnte nicht gelesen werden ({reason}); es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Reading .xlsx files needs the openpyxl package.</source>
        <extracomment>A separator no text holds: a file whose heading line has no separator is one column (its &quot;Lopez, Ana&quot; cells are names, not two values).</extracomment>
        <translation>Zum Lesen von .xlsx-Dateien wird das Paket openpyxl benötigt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That Excel file could not be read ({name}); nothing was written.</source>
        <translation>Diese Excel-Datei konnte nicht gelesen werden ({name}); es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>A quote (&quot;) opened in the column headings (row {head_no}) is not closed, so the file cannot be read; fix the headings and import it again. Nothing was written.</source>
        <translation>Ein Anführungszeichen (&quot;) in den Spaltenüberschriften (Zeile {head_no}) wird nicht geschlossen, daher kann die Datei nicht gelesen werden; korrigiere die Überschriften und importiere sie erneut. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../../sync/exchange/importer/running.py" line="+128"/>
        <source>On duplicate must be one of {choices}.</source>
        <translation>Bei Duplikaten muss es eines davon sein: {choices}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Row {row}: the choice must be skip, update or create.</source>
        <translation>Zeile {row}: Die Wahl muss skip, update oder create sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The batch size must be at least 1.</source>
        <translation>Die Stapelgröße muss mindestens 1 sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file has column headings but no rows of data; nothing was imported.</source>
        <translation>Die Datei hat Spaltenüberschriften, aber keine Datenzeilen; es wurde nichts importiert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No column is mapped to a member field; nothing was imported.</source>
        <translation>Keine Spalte ist einem Feld des Mitglieds zugeordnet; es wurde nichts importiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Map a column to first name, last name or full name; nothing was imported.</source>
        <translation>Ordne eine Spalte dem Vornamen, Nachnamen oder vollständigen Namen zu; es wurde nichts importiert.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The import stopped at {span} ({why}). The batches before were imported ({summary}); nothing from row {first} on was imported.</source>
        <extracomment>{span} is &quot;row 5&quot; or &quot;rows 5–7&quot;, {why} why it stopped, {summary} what the batches before did (&quot;5 imported, 0 updated, …&quot;), {first} a row number</extracomment>
        <translation>Der Import wurde bei {span} beendet ({why}). Die Teile davor wurden importiert ({summary}); ab Zeile {first} wurde nichts importiert.</translation>
    </message>
    <message>
        <location filename="../../sync/folder.py" line="+120"/>
        <source>This laptop has not joined a branch yet; it cannot use a sync folder.</source>
        <extracomment>the most files of one laptop&apos;s chain before it is compacted into one full bundle how many written files the vault remembers (a few folders&apos; chains) how many imported names the vault remembers for ``skip_seen`` a temp file of this laptop&apos;s that nobody wrote for this long is abandoned (seconds)</extracomment>
        <translation>Dieser Laptop ist noch keiner Ortsgruppe beigetreten; er kann keinen Abgleichordner verwenden.</translation>
    </message>
    <message>
        <location line="+186"/>
        <source>{folder} is not a folder.</source>
        <translation>{folder} ist kein Ordner.</translation>
    </message>
    <message>
        <location filename="../../sync/lan/boxstream.py" line="+139"/>
        <location line="+29"/>
        <source>The other laptop sent data after ending the encrypted stream.</source>
        <extracomment>Plaintext header: 2-byte body length + 16-byte body MAC. Sealed header on the wire. Largest body one frame may carry (as in pull-box-stream).</extracomment>
        <translation>Der andere Laptop hat nach dem Ende des verschlüsselten Datenstroms noch Daten gesendet.</translation>
    </message>
    <message>
        <location line="+79"/>
        <location line="+10"/>
        <source>The other laptop stopped answering.</source>
        <translation>Der andere Laptop antwortet nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../sync/lan/client.py" line="+57"/>
        <source>{label} is this laptop itself.</source>
        <translation>{label} ist dieser Laptop selbst.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The laptop at {label} ({key}) is not an active device of this branch; nothing was exchanged.</source>
        <translation>Der Laptop unter {label} ({key}) ist kein aktives Gerät dieser Ortsgruppe; es wurde nichts ausgetauscht.</translation>
    </message>
    <message>
        <location filename="../../sync/lan/discovery.py" line="+187"/>
        <source>Meeting mode cannot use the network: {reason}.</source>
        <translation>Der Versammlungsmodus kann das Netzwerk nicht nutzen: {reason}.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Meeting mode needs a network: this laptop has no IPv4 address.</source>
        <translation>Der Versammlungsmodus braucht ein Netzwerk: Dieser Laptop hat keine IPv4-Adresse.</translation>
    </message>
    <message>
        <location filename="../../sync/lan/errors.py" line="+26"/>
        <source>The connection to the other laptop failed.</source>
        <translation>Die Verbindung zum anderen Laptop ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>That is not an address like 192.168.1.20:47300 (host, a colon, the port).</source>
        <translation>Das ist keine Adresse wie 192.168.1.20:47300 (Rechner, Doppelpunkt, Port).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The connection to the other laptop was lost.</source>
        <translation>Die Verbindung zum anderen Laptop ist abgebrochen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The other laptop could not be verified as a member of this branch; nothing was exchanged.</source>
        <translation>Der andere Laptop konnte nicht als Gerät dieser Ortsgruppe bestätigt werden; es wurde nichts ausgetauscht.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The other laptop sent a malformed handshake message; nothing was exchanged.</source>
        <translation>Der andere Laptop hat eine fehlerhafte Begrüßungsnachricht gesendet; es wurde nichts ausgetauscht.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The other laptop is not on this branch&apos;s meeting network (another branch or key epoch).</source>
        <translation>Der andere Laptop ist nicht im Versammlungsnetz dieser Ortsgruppe (andere Ortsgruppe oder anderer Schlüssel).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The other laptop could not prove it is the device you meant to reach.</source>
        <translation>Der andere Laptop konnte nicht beweisen, dass er das Gerät ist, das du erreichen wolltest.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The connecting laptop could not prove its identity; it was turned away.</source>
        <translation>Der verbindende Laptop konnte seine Identität nicht beweisen; er wurde abgewiesen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The connecting laptop is not an active device of this branch; it was turned away.</source>
        <translation>Der verbindende Laptop ist kein aktives Gerät dieser Ortsgruppe; er wurde abgewiesen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The other laptop hung up during the handshake: it may not recognise this device.</source>
        <translation>Der andere Laptop hat während der Begrüßung aufgelegt: Vielleicht erkennt er dieses Gerät nicht.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The other laptop did not answer the handshake in time.</source>
        <translation>Der andere Laptop hat nicht rechtzeitig auf die Begrüßung geantwortet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The encrypted stream from the other laptop was damaged or altered; it was closed.</source>
        <translation>Der verschlüsselte Datenstrom vom anderen Laptop war beschädigt oder verändert; er wurde geschlossen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A frame from the other laptop failed authentication: it was damaged or altered.</source>
        <translation>Ein Datenblock vom anderen Laptop hat die Prüfung nicht bestanden: Er war beschädigt oder verändert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A frame from the other laptop is larger than the protocol allows.</source>
        <translation>Ein Datenblock vom anderen Laptop ist größer, als das Protokoll erlaubt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The encrypted stream was already closed.</source>
        <translation>Der verschlüsselte Datenstrom war bereits geschlossen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The other laptop hung up in the middle of the encrypted stream.</source>
        <translation>Der andere Laptop hat mitten im verschlüsselten Datenstrom aufgelegt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The other laptop broke the meeting-sync protocol; the connection was closed.</source>
        <translation>Der andere Laptop hat gegen das Abgleichprotokoll der Versammlung verstoßen; die Verbindung wurde geschlossen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The other laptop announced a message larger than allowed; the connection was closed.</source>
        <translation>Der andere Laptop hat eine zu große Nachricht angekündigt; die Verbindung wurde geschlossen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The other laptop sent a message that could not be read; the connection was closed.</source>
        <translation>Der andere Laptop hat eine unlesbare Nachricht gesendet; die Verbindung wurde geschlossen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The other laptop sent a message out of turn; the connection was closed.</source>
        <translation>Der andere Laptop hat eine Nachricht zur falschen Zeit gesendet; die Verbindung wurde geschlossen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The other laptop ended the connection before it was complete.</source>
        <translation>Der andere Laptop hat die Verbindung beendet, bevor sie abgeschlossen war.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The other laptop sent another number of change sets than it said; it was closed.</source>
        <translation>Der andere Laptop hat eine andere Zahl von Änderungssätzen gesendet als angekündigt; die Verbindung wurde geschlossen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The other laptop&apos;s hello names a device other than the one it proved to be.</source>
        <translation>Die Begrüßung des anderen Laptops nennt ein anderes Gerät als das, als das er sich ausgewiesen hat.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The other laptop runs a version of Caucus that cannot sync with this one; update both.</source>
        <translation>Auf dem anderen Laptop läuft eine Caucus-Version, die nicht mit dieser abgleichen kann; aktualisiere beide.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The other laptop ended the sync with an error; what arrived so far is kept.</source>
        <translation>Der andere Laptop hat den Abgleich mit einem Fehler beendet; was bisher angekommen ist, bleibt erhalten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The other laptop is busy with other laptops; try again in a moment.</source>
        <translation>Der andere Laptop ist mit anderen Laptops beschäftigt; versuche es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The other laptop no longer counts this one as an active device; the sync stopped.</source>
        <translation>Der andere Laptop zählt diesen nicht mehr als aktives Gerät; der Abgleich wurde beendet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The other laptop is busy or did not answer; try again in a moment.</source>
        <translation>Der andere Laptop ist beschäftigt oder hat nicht geantwortet; versuche es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This laptop&apos;s vault failed during the meeting sync; what was stored before is kept.</source>
        <translation>Der Tresor dieses Laptops ist während des Versammlungsabgleichs ausgefallen; was vorher gespeichert war, bleibt erhalten.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The sync took longer than allowed and was stopped; what arrived so far is kept.</source>
        <translation>Der Abgleich hat länger gedauert als erlaubt und wurde beendet; was bisher angekommen ist, bleibt erhalten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The other laptop stopped answering; what arrived so far is kept.</source>
        <translation>Der andere Laptop antwortet nicht mehr; was bisher angekommen ist, bleibt erhalten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The other laptop is not an active device of this branch; nothing was exchanged.</source>
        <translation>Der andere Laptop ist kein aktives Gerät dieser Ortsgruppe; es wurde nichts ausgetauscht.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No laptop of this branch was found on the network; is meeting mode on at the others?</source>
        <translation>Im Netzwerk wurde kein Laptop dieser Ortsgruppe gefunden; ist der Versammlungsmodus auf den anderen an?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The other laptop could not be reached at that address.</source>
        <translation>Der andere Laptop war unter dieser Adresse nicht erreichbar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The sync was cancelled; the changes that arrived before are kept.</source>
        <translation>Der Abgleich wurde abgebrochen; die Änderungen, die vorher angekommen sind, bleiben erhalten.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This vault does not belong to a branch yet; join one first.</source>
        <translation>Dieser Tresor gehört noch zu keiner Ortsgruppe; tritt zuerst einer bei.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This laptop does not hold the branch key it needs; sync once by USB stick.</source>
        <translation>Diesem Laptop fehlt der nötige Ortsgruppenschlüssel; gleiche einmal per USB-Stick ab.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>That address is this laptop itself.</source>
        <translation>Diese Adresse ist dieser Laptop selbst.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Meeting mode cannot listen for other laptops on this network.</source>
        <translation>Der Versammlungsmodus kann in diesem Netzwerk nicht auf andere Laptops warten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Meeting mode cannot use the network: is this laptop connected?</source>
        <translation>Der Versammlungsmodus kann das Netzwerk nicht nutzen: Ist dieser Laptop verbunden?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pairing the new laptop failed; nothing was shared.</source>
        <translation>Das Koppeln des neuen Laptops ist fehlgeschlagen; es wurde nichts geteilt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The pairing code was not accepted: check it and try again.</source>
        <translation>Der Kopplungscode wurde nicht angenommen: Prüfe ihn und versuche es erneut.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The pairing code was used up (too many wrong attempts); start pairing again.</source>
        <translation>Der Kopplungscode ist verbraucht (zu viele Fehlversuche); starte das Koppeln neu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The admin declined this laptop; nothing was shared.</source>
        <translation>Der Admin hat diesen Laptop abgelehnt; es wurde nichts geteilt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The pairing code expired before a new laptop joined; start pairing again.</source>
        <translation>Der Kopplungscode ist abgelaufen, bevor ein neuer Laptop beigetreten ist; starte das Koppeln neu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The laptop that answered does not know the code; nothing was shared.</source>
        <translation>Der Laptop, der geantwortet hat, kennt den Code nicht; es wurde nichts geteilt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The welcome arrived damaged; nothing was joined. Try pairing again.</source>
        <translation>Die Willkommensnachricht kam beschädigt an; es wurde nicht beigetreten. Versuche das Koppeln erneut.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../sync/trust.py" line="+68"/>
        <location line="+241"/>
        <location line="+202"/>
        <source>This vault already belongs to a branch.</source>
        <extracomment>meta key held while a join from a welcome file is under way: the welcome file&apos;s path</extracomment>
        <translation>Dieser Tresor gehört bereits zu einer Ortsgruppe.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No pairing offer with that code was found on the LAN; check the code.</source>
        <translation>Im lokalen Netzwerk wurde kein Kopplungsangebot mit diesem Code gefunden; prüfe den Code.</translation>
    </message>
    <message>
        <location filename="../../sync/lan/joining.py" line="+31"/>
        <source>No pairing offer with that code was found on the LAN; check the code, or type the address the admin&apos;s laptop shows.</source>
        <translation>Im lokalen Netzwerk wurde kein Kopplungsangebot mit diesem Code gefunden; prüfe den Code oder gib die Adresse ein, die der Laptop des Admins anzeigt.</translation>
    </message>
    <message>
        <location filename="../../sync/lan/keyring.py" line="-20"/>
        <source>This laptop does not hold the branch key of epoch {epoch}.</source>
        <extracomment>How many key epochs before the current one a laptop still accepts and tries.</extracomment>
        <translation>Dieser Laptop hat den Ortsgruppenschlüssel Nr. {epoch} nicht.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>This laptop is not an active device of its branch (it was revoked, or has not joined yet).</source>
        <translation>Dieser Laptop ist kein aktives Gerät seiner Ortsgruppe (ihm wurde der Zugang entzogen, oder er ist noch nicht beigetreten).</translation>
    </message>
    <message>
        <location filename="../../sync/lan/pairing.py" line="+130"/>
        <source>The other laptop sent data before the channel was secured.</source>
        <extracomment>The largest encrypted frame: a welcome chunk and its CBOR heads.</extracomment>
        <translation>Der andere Laptop hat Daten gesendet, bevor der Kanal gesichert war.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The other laptop hung up during pairing.</source>
        <translation>Der andere Laptop hat während des Koppelns aufgelegt.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Only an admin laptop may pair new laptops.</source>
        <translation>Nur ein Admin-Laptop darf neue Laptops koppeln.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The pairing code was used up after {max_failures} wrong tries; start pairing again for a new code.</source>
        <translation>Der Kopplungscode ist nach {max_failures} Fehlversuchen verbraucht; starte das Koppeln neu, um einen neuen Code zu erhalten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pairing stopped: this laptop cannot take connections ({reason}).</source>
        <translation>Das Koppeln wurde beendet: Dieser Laptop kann keine Verbindungen annehmen ({reason}).</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>The admin&apos;s laptop could not be reached at {address}:{address2} ({reason}).</source>
        <translation>Der Laptop des Admins war unter {address}:{address2} nicht erreichbar ({reason}).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The admin&apos;s laptop hung up without confirming the code: the code is wrong or used up, or pairing was stopped there.</source>
        <translation>Der Laptop des Admins hat aufgelegt, ohne den Code zu bestätigen: Der Code ist falsch oder verbraucht, oder das Koppeln wurde dort beendet.</translation>
    </message>
    <message>
        <location filename="../../sync/lan/pairing_keys.py" line="+53"/>
        <source>A pairing code is 8 digits, like 47-105-962.</source>
        <translation>Ein Kopplungscode hat 8 Ziffern, etwa 47-105-962.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The other laptop sent an invalid key-exchange message.</source>
        <translation>Der andere Laptop hat eine ungültige Schlüsselaustausch-Nachricht gesendet.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The other laptop sent {obj!r} instead of {kind!r}; pairing stopped.</source>
        <translation>Der andere Laptop hat {obj!r} statt {kind!r} gesendet; das Koppeln wurde beendet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The code was wrong: check it with the admin and try again (a code allows {max_failures} tries in all).</source>
        <translation>Der Code war falsch: Prüfe ihn mit dem Admin und versuche es erneut (ein Code erlaubt insgesamt {max_failures} Versuche).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The code was wrong, and it is now used up: ask the admin to start pairing again for a new code.</source>
        <translation>Der Code war falsch und ist jetzt verbraucht: Bitte den Admin, das Koppeln für einen neuen Code neu zu starten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The other laptop stopped the pairing before the code was confirmed.</source>
        <translation>Der andere Laptop hat das Koppeln beendet, bevor der Code bestätigt war.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The other laptop stopped the pairing: {text}</source>
        <translation>Der andere Laptop hat das Koppeln beendet: {text}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The other laptop sent a malformed key-exchange message.</source>
        <translation>Der andere Laptop hat eine fehlerhafte Schlüsselaustausch-Nachricht gesendet.</translation>
    </message>
    <message>
        <location filename="../../sync/lan/pairing_machines.py" line="+113"/>
        <source>The laptop that answered does not know the code: it is not the admin&apos;s laptop you meant. Nothing was shared.</source>
        <translation>Der Laptop, der geantwortet hat, kennt den Code nicht: Es ist nicht der Laptop des Admins, den du meintest. Es wurde nichts geteilt.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The welcome is longer than announced.</source>
        <translation>Die Willkommensnachricht ist länger als angekündigt.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The new laptop sent an invalid join request.</source>
        <translation>Der neue Laptop hat eine ungültige Beitrittsanfrage gesendet.</translation>
    </message>
    <message>
        <location filename="../../sync/lan/server.py" line="+133"/>
        <source>Cannot listen on {bind}: {reason}.</source>
        <extracomment>Seconds a new connection has for its first 64 bytes (a shs1 hello or a probe).</extracomment>
        <translation>Kann nicht auf {bind} warten: {reason}.</translation>
    </message>
    <message>
        <location filename="../../sync/lan/session.py" line="+153"/>
        <source>This laptop&apos;s vault is busy with other laptops; try again.</source>
        <extracomment>How often a wait for the vault asks whether it was cancelled (or the server stopped).</extracomment>
        <translation>Der Tresor dieses Laptops ist mit anderen Laptops beschäftigt; versuche es erneut.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>This laptop&apos;s vault failed during the meeting sync (database error: {name}); what was stored before is kept. Try again, and restart Caucus if it happens again.</source>
        <translation>Der Tresor dieses Laptops ist während des Versammlungsabgleichs ausgefallen (Datenbankfehler: {name}); was vorher gespeichert war, bleibt erhalten. Versuche es erneut und starte Caucus neu, wenn es wieder passiert.</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>The other laptop ended the connection before the sync was complete.</source>
        <extracomment>The error&apos;s class name (``NotReachable``, ``PeerIdle``, ...), for scripts. The error itself (the window writes its sentence in the user&apos;s language)</extracomment>
        <translation>Der andere Laptop hat die Verbindung beendet, bevor der Abgleich abgeschlossen war.</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>The other laptop is no longer an active device of this branch (it was revoked); nothing more was sent to it.</source>
        <translation>Der andere Laptop ist kein aktives Gerät dieser Ortsgruppe mehr (ihm wurde der Zugang entzogen); ihm wurde nichts mehr gesendet.</translation>
    </message>
    <message>
        <location filename="../../sync/lan/session_machine.py" line="+159"/>
        <source>The other laptop sent {event!r} while this one was {state}; the connection was closed.</source>
        <extracomment>The events that are messages of the peer&apos;s (the others are this side&apos;s own steps).</extracomment>
        <translation>Der andere Laptop hat {event!r} gesendet, während dieser in {state} war; die Verbindung wurde geschlossen.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The other laptop interrupted a large change set; the connection was closed.</source>
        <translation>Der andere Laptop hat einen großen Änderungssatz unterbrochen; die Verbindung wurde geschlossen.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The parts of a large change set do not agree.</source>
        <translation>Die Teile eines großen Änderungssatzes passen nicht zusammen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The other laptop said it sent {count} change sets, but {received_items} arrived.</source>
        <translation>Der andere Laptop hat {count} Änderungssätze angekündigt, aber {received_items} sind angekommen.</translation>
    </message>
    <message>
        <location filename="../../sync/lan/wire.py" line="+46"/>
        <source>{text!r} is not an address like 192.168.1.20:47300: the address the other laptop shows, a colon, then its port.</source>
        <extracomment>Seconds to connect, and for the identify probe&apos;s answer. Seconds a whole Secret Handshake may take.</extracomment>
        <translation>{text!r} ist keine Adresse wie 192.168.1.20:47300: die Adresse, die der andere Laptop anzeigt, ein Doppelpunkt, dann sein Port.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The laptop at {address} is busy or did not answer; try again in a moment.</source>
        <translation>Der Laptop unter {address} ist beschäftigt oder hat nicht geantwortet; versuche es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The laptop at {address} could not be reached ({reason}).</source>
        <translation>Der Laptop unter {address} war nicht erreichbar ({reason}).</translation>
    </message>
    <message>
        <location filename="../../sync/ops/joining.py" line="+82"/>
        <source>There is a sidecar but no vault at {path}; nothing was done.</source>
        <extracomment>how long to look on the LAN for the admin&apos;s pairing offer</extracomment>
        <translation>Es gibt eine Begleitdatei, aber keinen Tresor unter {path}; es wurde nichts getan.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>This vault already belongs to a branch; use a new vault.</source>
        <translation>Dieser Tresor gehört bereits zu einer Ortsgruppe; verwende einen neuen Tresor.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Compare the branch fingerprint before joining.</source>
        <translation>Vergleiche den Fingerabdruck der Ortsgruppe vor dem Beitritt.</translation>
    </message>
    <message>
        <location filename="../../sync/ops/meeting.py" line="+271"/>
        <source>Cannot listen for the new laptop: {reason}.</source>
        <extracomment>The port meeting mode tries first, so a typed address may leave it out. The admin answers within this; the new laptop gives up waiting a little later. when ``port`` is taken, serve on any free one (else fail)</extracomment>
        <translation>Kann nicht auf den neuen Laptop warten: {reason}.</translation>
    </message>
    <message>
        <location filename="../../sync/records/settings.py" line="+41"/>
        <location line="+48"/>
        <source>This vault has no branch yet.</source>
        <extracomment>the coverage target: one point person per this many people</extracomment>
        <translation>Dieser Tresor hat noch keine Ortsgruppe.</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>The target is a number of people per point person, like 10, not {value}.</source>
        <translation>Das Ziel ist eine Zahl von Personen pro Ansprechperson, etwa 10, nicht {value}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One point person looks after 1 to 1,000 people.</source>
        <translation>Eine Ansprechperson betreut 1 bis 1.000 Personen.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Only an admin may change the branch&apos;s {what}.</source>
        <translation>Nur ein Admin darf {what} der Ortsgruppe ändern.</translation>
    </message>
    <message>
        <location filename="../../sync/store/packing.py" line="+46"/>
        <location line="+3"/>
        <source>A stored change set is damaged; restore a backup.</source>
        <extracomment>the largest inflated size accepted (three times a change set&apos;s largest body)</extracomment>
        <translation>Ein gespeicherter Änderungssatz ist beschädigt; stelle eine Sicherung wieder her.</translation>
    </message>
    <message>
        <location filename="../../sync/store/vault.py" line="+130"/>
        <source>A vault already exists at {path}; it was left untouched.</source>
        <extracomment>the vaults unlocked in this process: where to look when an I/O error may be a full disk</extracomment>
        <translation>Unter {path} gibt es bereits einen Tresor; er wurde nicht angetastet.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>There is no vault at {path}.</source>
        <translation>Unter {path} gibt es keinen Tresor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is not a vault file.</source>
        <translation>{path} ist keine Tresordatei.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The vault file {name} is damaged (truncated) or is not a Caucus vault; it was left untouched.</source>
        <translation>Die Tresordatei {name} ist beschädigt (abgeschnitten) oder kein Caucus-Tresor; sie wurde nicht angetastet.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The passphrase is wrong for this vault. A change of passphrase was interrupted: try both the previous and the new passphrase.</source>
        <translation>Die Passphrase passt nicht zu diesem Tresor. Eine Änderung der Passphrase wurde unterbrochen: Versuche sowohl die bisherige als auch die neue Passphrase.</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>The disk is too full to change the passphrase: it needs about {megabytes:.1f} MB free for a moment. Nothing was changed; free some space and try again.</source>
        <translation>Der Datenträger ist zu voll, um die Passphrase zu ändern: Kurzzeitig werden etwa {megabytes:.1f} MB freier Platz benötigt. Es wurde nichts geändert; schaffe etwas Platz und versuche es erneut.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>The disk became full while the passphrase was being changed; the old passphrase still opens the vault. Free some space and try again.</source>
        <translation>Der Datenträger wurde voll, während die Passphrase geändert wurde; die bisherige Passphrase öffnet den Tresor weiterhin. Schaffe etwas Platz und versuche es erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The passphrase could not be changed; the old passphrase still opens the vault.</source>
        <translation>Die Passphrase konnte nicht geändert werden; die bisherige öffnet den Tresor weiterhin.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{dest} already exists; choose another name for the backup.</source>
        <translation>{dest} gibt es bereits; wähle einen anderen Namen für die Sicherung.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The vault could not switch to write-ahead logging.</source>
        <translation>Der Tresor konnte nicht auf Write-Ahead-Logging (WAL) umstellen.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{name} is not a Caucus vault; it was left untouched.</source>
        <translation>{name} ist kein Caucus-Tresor; er wurde nicht angetastet.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The disk holding {name} is full, so the vault could not be opened; nothing in it was changed. Free some space and try again.</source>
        <translation>Der Datenträger mit {name} ist voll, daher konnte der Tresor nicht geöffnet werden; darin wurde nichts geändert. Schaffe etwas Platz und versuche es erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The vault file {name} is damaged or is not a Caucus vault; it was left untouched.</source>
        <translation>Die Tresordatei {name} ist beschädigt oder kein Caucus-Tresor; sie wurde nicht angetastet.</translation>
    </message>
    <message>
        <location filename="../../sync/trust.py" line="-341"/>
        <source>Only an admin device may admit or revoke devices.</source>
        <extracomment>its Syncthing device ID, once it has switched always-on sync on</extracomment>
        <translation>Nur ein Admin-Gerät darf Geräte aufnehmen oder ihnen den Zugang entziehen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A device cannot revoke itself; ask another admin.</source>
        <translation>Ein Gerät kann sich nicht selbst den Zugang entziehen; bitte einen anderen Admin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is already revoked.</source>
        <translation>{name} wurde bereits der Zugang entzogen.</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>That is not a valid join-request file.</source>
        <translation>Das ist keine gültige Beitrittsanfrage-Datei.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>That device was revoked; it cannot be admitted again. Make a new join request from a fresh vault.</source>
        <translation>Diesem Gerät wurde der Zugang entzogen; es kann nicht wieder aufgenommen werden. Erstelle eine neue Beitrittsanfrage aus einem neuen Tresor.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>This vault has no device key: make a join request from it first.</source>
        <translation>Dieser Tresor hat keinen Geräteschlüssel: Erstelle zuerst eine Beitrittsanfrage aus ihm.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That is not a Caucus welcome file.</source>
        <translation>Das ist keine Caucus-Willkommensdatei.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+10"/>
        <source>That welcome file is damaged.</source>
        <translation>Diese Willkommensdatei ist beschädigt.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>There is no welcome file at {welcome_path}.</source>
        <translation>Unter {welcome_path} gibt es keine Willkommensdatei.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That welcome file was made for another device (or is damaged).</source>
        <translation>Diese Willkommensdatei wurde für ein anderes Gerät erstellt (oder ist beschädigt).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>That welcome file&apos;s branch does not match its founder.</source>
        <translation>Die Ortsgruppe dieser Willkommensdatei passt nicht zu ihrem Gründer.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>That welcome file is for another branch than the one checked; nothing was imported.</source>
        <translation>Diese Willkommensdatei gehört zu einer anderen Ortsgruppe als der geprüften; es wurde nichts importiert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This vault is part-way through joining another branch (fingerprint {branch_id}); finish with that branch&apos;s welcome file. Nothing was imported.</source>
        <translation>Dieser Tresor ist mitten im Beitritt zu einer anderen Ortsgruppe (Fingerabdruck {branch_id}); schließe ihn mit der Willkommensdatei dieser Ortsgruppe ab. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The welcome file did not contain this device&apos;s admission.</source>
        <translation>Die Willkommensdatei enthielt keine Aufnahme dieses Geräts.</translation>
    </message>
    <message>
        <location filename="../../sync/exchange/importer/dates.py" line="+64"/>
        <source>{label} {value} is not a date (this column has the month first, e.g. 03/31/2024).</source>
        <extracomment>Countries where 03/04/2024 is the 4th of March (month first). 4 or 5 digits (with a fraction): an Excel date number, unless it is a yyyymmdd date</extracomment>
        <translation>{label}: {value} ist kein Datum (in dieser Spalte steht der Monat zuerst, z. B. 03/31/2024).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{label} {value} is not a date (use e.g. 2024-03-31 or 31/03/2024).</source>
        <translation>{label}: {value} ist kein Datum (schreib z. B. 2024-03-31 oder 31/03/2024).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{label} {year}: a year alone is not a date; write {year}-01-01 (or the whole date).</source>
        <translation>{label}: {year} ist nur ein Jahr, kein Datum; schreib {year}-01-01 (oder das ganze Datum).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{label} {value} is not a date.</source>
        <translation>{label}: {value} ist kein Datum.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../sync/records/validation.py" line="+52"/>
        <source>{label} {value} is not a plausible date.</source>
        <translation>{label}: {value} ist kein plausibles Datum.</translation>
    </message>
    <message>
        <location filename="../../sync/records/batch.py" line="+75"/>
        <source>A batch&apos;s chunk must be at least 1 row.</source>
        <extracomment>Ids known to exist, remembered so a run of notes about one member asks the vault once.</extracomment>
        <translation>Ein Teil eines Stapels muss mindestens 1 Zeile haben.</translation>
    </message>
    <message>
        <location line="+134"/>
        <location line="+57"/>
        <source>A member needs a first or last name.</source>
        <extracomment>new records written, by table (committed or pending) (member id, warning) for each value kept as given though it could not be checked (a phone number phonenumbers cannot validate)</extracomment>
        <translation>Ein Mitglied braucht einen Vor- oder Nachnamen.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{table} records do not belong to a member.</source>
        <translation>{table}-Einträge gehören zu keinem Mitglied.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>A workplace needs a name.</source>
        <translation>Ein Betrieb braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A campaign needs a name.</source>
        <translation>Eine Kampagne braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Quorum cannot be negative.</source>
        <translation>Das Quorum darf nicht negativ sein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A meeting needs a title.</source>
        <translation>Eine Versammlung braucht einen Titel.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>A note needs some text.</source>
        <translation>Eine Notiz braucht etwas Text.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>A task needs a title.</source>
        <translation>Eine Aufgabe braucht einen Titel.</translation>
    </message>
    <message>
        <location filename="../../sync/records/country.py" line="+80"/>
        <source>{value} is not a country code Caucus knows; use the two letters of ISO 3166, like GB, DE or AR.</source>
        <extracomment>Every country a branch can have: the regions phonenumbers can read numbers of. ISO 4217 currency codes in use (2024), plus the precious metals and test codes left out. The currency a new branch of a country gets (the user can change it; others: none).</extracomment>
        <translation>{value} ist kein Ländercode, den Caucus kennt; nimm die zwei Buchstaben nach ISO 3166, etwa GB, DE oder AR.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{value} is not a currency code; use the three letters of ISO 4217, like GBP, EUR or ARS.</source>
        <translation>{value} ist kein Währungscode; nimm die drei Buchstaben nach ISO 4217, etwa GBP, EUR oder ARS.</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>{value} is not a phone number.</source>
        <translation>{value} ist keine Telefonnummer.</translation>
    </message>
    <message>
        <location filename="../../sync/records/validation.py" line="-21"/>
        <source>{label} is too long (at most {max_len} characters).</source>
        <extracomment>the most characters a text field holds (a custom field, a value kept aside…)</extracomment>
        <translation>{label} ist zu lang (höchstens {max_len} Zeichen).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{label} must be a date like 2024-03-31, not {value}.</source>
        <translation>{label} muss ein Datum wie 2024-03-31 sein, nicht {value}.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>{value} is not a valid email address: {reason}</source>
        <extracomment>Validated emails and phones, remembered (an import cleans each value twice: once to plan the row, once as the batch writes it). A cleaned value cleans to itself. {reason} says what is wrong with the address</extracomment>
        <translation>{value} ist keine gültige E-Mail-Adresse: {reason}</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>{label} must be yes or no, not {value}.</source>
        <translation>{label} muss ja oder nein sein, nicht {value}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{label} must be one of {choices}, not {value}.</source>
        <translation>{label} muss eines von {choices} sein, nicht {value}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Assessment must be a whole number 0–5, not {value}.</source>
        <translation>Die Einschätzung muss eine ganze Zahl von 0 bis 5 sein, nicht {value}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Assessment must be between 0 and 5, not {number}.</source>
        <translation>Die Einschätzung muss zwischen 0 und 5 liegen, nicht {number}.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>A custom field needs a name, like custom.shift=nights.</source>
        <translation>Ein eigenes Feld braucht einen Namen, etwa custom.shift=nights.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Members have no field called {name}.</source>
        <translation>Mitglieder haben kein Feld namens {name}.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Tag {tag}… is too long (60 characters at most).</source>
        <translation>Das Schlagwort {tag}… ist zu lang (höchstens 60 Zeichen).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Expected FIELD=VALUE, not {value}.</source>
        <translation>Erwartet wird FELD=WERT, nicht {value}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{records} have no field called {name}.</source>
        <translation>{records}: Es gibt kein Feld namens {name}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{label} must be a whole number, not {value}.</source>
        <translation>{label} muss eine ganze Zahl sein, nicht {value}.</translation>
    </message>
    <message>
        <location filename="../../sync/always_on/process.py" line="+137"/>
        <source>Syncthing could not make its home folder {home}.</source>
        <extracomment>option name (as in the REST API and config.xml) → value</extracomment>
        <translation>Syncthing konnte seinen Basisordner {home} nicht anlegen.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Caucus&apos;s Syncthing is already running.</source>
        <translation>Das Syncthing von Caucus läuft bereits.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Syncthing stopped as it started; its log {log} says why.</source>
        <extracomment>{log} is the path of Syncthing&apos;s log file</extracomment>
        <translation>Syncthing hat sich beim Start beendet; sein Protokoll {log} sagt, warum.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Syncthing did not start within {timeout:.0f} seconds; its log is {log}.</source>
        <translation>Syncthing ist nicht innerhalb von {timeout:.0f} Sekunden gestartet; sein Protokoll ist {log}.</translation>
    </message>
    <message>
        <location filename="../../sync/always_on/rest.py" line="+141"/>
        <source>Syncthing refused a request ({request}: {reason}).</source>
        <extracomment>{request} is the request (&quot;GET /rest/config&quot;), {reason} Syncthing&apos;s answer</extracomment>
        <translation>Syncthing hat eine Anfrage abgelehnt ({request}: {reason}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Syncthing sent a reply Caucus cannot read ({path}).</source>
        <translation>Syncthing hat eine Antwort geschickt, die Caucus nicht lesen kann ({path}).</translation>
    </message>
    <message>
        <location filename="../../sync/exchange/importer/mapping.py" line="+199"/>
        <source>Column {heading} cannot go to {target}; choose a member field, custom.NAME, or leave it out.</source>
        <extracomment>Fields that hold ids: a file names the record instead (``workplace``, ``unit``), or gives no target for it (a point person is set on the chart, not by a name in a file). Every mapping target a user can choose (besides ``custom.NAME`` and ignoring). Targets whose value may have several lines (and custom fields). Targets that take several columns, joined with &quot;, &quot; (and custom fields). {heading} is a column&apos;s heading, {target} the field typed for it</extracomment>
        <translation>Die Spalte {heading} kann nicht zu {target}; wähle ein Feld des Mitglieds, custom.NAME, oder lass sie weg.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Columns {first} and {second} both go to {field}; choose one of them (only the address, emails, phones, tags and custom fields take several columns).</source>
        <extracomment>{first} and {second} are two columns&apos; headings, {field} a member field</extracomment>
        <translation>Die Spalten {first} und {second} gehen beide zu {field}; wähle eine davon (nur Adresse, E-Mails, Telefonnummern, Schlagwörter und eigene Felder nehmen mehrere Spalten).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A saved mapping needs a name.</source>
        <translation>Eine gespeicherte Zuordnung braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is no saved mapping called {name} ({known}).</source>
        <extracomment>{name} is the name asked for, {known} the names of the saved mappings</extracomment>
        <translation>Es gibt keine gespeicherte Zuordnung namens {name} ({known}).</translation>
    </message>
    <message>
        <location filename="../../sync/ops/always_on.py" line="+158"/>
        <location line="+180"/>
        <source>This laptop has not joined a branch yet.</source>
        <translation>Dieser Laptop ist noch keiner Ortsgruppe beigetreten.</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>This Syncthing ({version}) is too old; Caucus needs Syncthing 1.12 or later.</source>
        <extracomment>{version} is the version Syncthing gave (or &quot;unknown version&quot;)</extracomment>
        <translation>Dieses Syncthing ({version}) ist zu alt; Caucus braucht Syncthing 1.12 oder neuer.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Syncthing could not start.</source>
        <translation>Syncthing konnte nicht starten.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Using your own Syncthing needs its API key (Actions → Settings → GUI).</source>
        <translation>Für dein eigenes Syncthing braucht es seinen API-Schlüssel (Aktionen → Einstellungen → GUI).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Listen on lan, loopback or an address tcp://HOST:PORT.</source>
        <translation>Lausche auf lan, loopback oder einer Adresse tcp://HOST:PORT.</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>Discovery and relays are set in your own Syncthing, not here.</source>
        <extracomment>laptops of the branch that have not switched always-on sync on yet (names) this laptop holds changes its files in the folder do not carry yet this laptop may add and remove boxes</extracomment>
        <translation>Erkennung und Relays stellst du in deinem eigenen Syncthing ein, nicht hier.</translation>
    </message>
    <message>
        <location filename="../../sync/exchange/importer/cleaning.py" line="+52"/>
        <source>{label} {value} has a line break; only the address and custom fields can have several lines.</source>
        <extracomment>Text our CSV export guards with a leading &quot;&apos;&quot; (a formula, or a quote of its own).</extracomment>
        <translation>{label} {value} hat einen Zeilenumbruch; nur die Adresse und eigene Felder dürfen mehrere Zeilen haben.</translation>
    </message>
    <message>
        <location filename="../../sync/exchange/importer/units.py" line="+132"/>
        <source>A headcount sheet needs a workplace column and a headcount column (and a unit column for the units&apos; own headcounts); this one has {headings}.</source>
        <extracomment>{headings} is the file&apos;s column headings, or &quot;no headings&quot;</extracomment>
        <translation>Eine Tabelle mit Personenzahlen braucht eine Spalte für den Betrieb und eine für die Personenzahl (und eine Spalte für den Bereich, wenn Bereiche eigene Zahlen haben); diese hat {headings}.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Nothing was imported: {why}</source>
        <extracomment>{why} is the failure&apos;s sentence</extracomment>
        <translation>Es wurde nichts importiert: {why}</translation>
    </message>
    <message>
        <location filename="../../sync/records/email_words.py" line="+61"/>
        <source>{value} is not a valid email address.</source>
        <extracomment>{value} is the address as typed</extracomment>
        <translation>{value} ist keine gültige E-Mail-Adresse.</translation>
    </message>
</context>
<context>
    <name>export_dialog</name>
    <message>
        <location filename="../../desktop/dialogs/export_dialog.py" line="-170"/>
        <source>CSV (spreadsheet text)</source>
        <translation>CSV (Tabelle als Text)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel-Arbeitsmappe (.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printable member list (PDF)</source>
        <translation>Druckbare Mitgliederliste (PDF)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>CSV spreadsheet</source>
        <translation>CSV-Tabelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook</source>
        <translation>Excel-Arbeitsmappe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>printed member list</source>
        <translation>gedruckte Mitgliederliste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sign-in sheet</source>
        <translation>Anwesenheitsliste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mailing labels</source>
        <translation>Adressetiketten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>subject access (PDF)</source>
        <translation>Datenauskunft (PDF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>subject access</source>
        <translation>Datenauskunft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>subject access (JSON)</source>
        <translation>Datenauskunft (JSON)</translation>
    </message>
</context>
<context>
    <name>exporter</name>
    <message>
        <location filename="../../sync/exchange/exporter.py" line="+29"/>
        <source>The exported file is NOT encrypted: anyone who gets it can read it. Keep it safe and delete it when done.</source>
        <translation>Die exportierte Datei ist NICHT verschlüsselt: Wer sie bekommt, kann sie lesen. Bewahre sie sicher auf und lösche sie, wenn du fertig bist.</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../sync/records/labels.py" line="+13"/>
        <source>Record number</source>
        <translation>Eintragsnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preferred name</source>
        <translation>Rufname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Membership no.</source>
        <translation>Mitgliedsnr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emails</source>
        <translation>E-Mail-Adressen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phones</source>
        <translation>Telefonnummern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postcode</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Workplace</source>
        <translation>Betrieb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job title</source>
        <translation>Tätigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status override</source>
        <translation>Manueller Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Override until</source>
        <translation>Manuell gesetzt bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joined</source>
        <translation>Eingetreten am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lapsed</source>
        <translation>Erloschen am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dues paid until</source>
        <translation>Beitrag bezahlt bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessment</source>
        <translation>Einschätzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basis of processing</source>
        <translation>Rechtsgrundlage der Verarbeitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not contact</source>
        <translation>Nicht kontaktieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No email</source>
        <translation>Keine E-Mails</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No phone calls</source>
        <translation>Keine Anrufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No texts</source>
        <translation>Keine SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No post</source>
        <translation>Keine Post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom fields</source>
        <translation>Eigene Felder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Point person</source>
        <translation>Ansprechperson</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Strukturtest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employer</source>
        <translation>Arbeitgeber</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sector</source>
        <translation>Branche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headcount</source>
        <translation>Belegschaft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counted on</source>
        <translation>Gezählt am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent</source>
        <translation>Teil von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts on</source>
        <translation>Beginnt am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends on</source>
        <translation>Endet am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>Weg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow up on</source>
        <translation>Nachfassen am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author name</source>
        <translation>Verfasst von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due on</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignee</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quorum</source>
        <translation>Beschlussfähigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>Versammlung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target share</source>
        <translation>Zielanteil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pair</source>
        <translation>Paar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Granted</source>
        <translation>Erteilt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded on</source>
        <translation>Erfasst am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Founder</source>
        <translation>Gründer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nonce</source>
        <translation>Nonce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Point ratio</source>
        <translation>Personen pro Ansprechperson</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pubkey</source>
        <translation>Öffentlicher Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admitted by</source>
        <translation>Aufgenommen von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoked after</source>
        <translation>Entzogen nach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoked by</source>
        <translation>Entzogen von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syncthing</source>
        <translation>Syncthing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syncthing addresses</source>
        <translation>Syncthing-Adressen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Epoch</source>
        <translation>Schlüsselepoche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sealed</source>
        <translation>Versiegelter Schlüssel</translation>
    </message>
</context>
<context>
    <name>import_issues</name>
    <message>
        <location filename="../../desktop/dialogs/import_issues.py" line="-24"/>
        <source>Repaired: stored as {value}</source>
        <translation>Repariert: gespeichert als {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Can be repaired to {value} (tick “Repair” above)</source>
        <translation>Lässt sich zu {value} reparieren (oben „Reparieren“ ankreuzen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kept aside on the person, to check</source>
        <translation>Zur Prüfung bei der Person beiseitegelegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept as typed, to check</source>
        <translation>Wie eingegeben behalten, zur Prüfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported as “(no name)”</source>
        <translation>Als „(ohne Namen)“ importiert</translation>
    </message>
</context>
<context>
    <name>import_wizard</name>
    <message>
        <location filename="../../desktop/dialogs/import_wizard.py" line="-429"/>
        <source>(do not import)</source>
        <translation>(nicht importieren)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its columns separated by commas</source>
        <translation>Spalten durch Kommas getrennt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its columns separated by semicolons</source>
        <translation>Spalten durch Semikolons getrennt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its columns separated by tabs</source>
        <translation>Spalten durch Tabulatoren getrennt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its columns separated by bars</source>
        <translation>Spalten durch senkrechte Striche getrennt</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Email(s)</source>
        <translation>E-Mail-Adresse(n)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone(s)</source>
        <translation>Telefonnummer(n)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workplace (name)</source>
        <translation>Betrieb (Name)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caucus id (match only)</source>
        <translation>Caucus-ID (nur zur Zuordnung)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The file has column headings but no rows of data; nothing to import.</source>
        <translation>Die Datei hat Spaltenüberschriften, aber keine Datenzeilen; es gibt nichts zu importieren.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_duplicates.py" line="-38"/>
        <source>Skip (keep the existing member)</source>
        <translation>Überspringen (vorhandenes Mitglied behalten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update the existing member</source>
        <translation>Vorhandenes Mitglied aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a new member anyway</source>
        <translation>Trotzdem ein neues Mitglied anlegen</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard.py" line="-41"/>
        <source>Excel workbook (sheet “{sheet}”)</source>
        <translation>Excel-Arbeitsmappe (Blatt „{sheet}“)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>with one column</source>
        <translation>mit einer Spalte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its columns separated by {separator}</source>
        <translation>Spalten durch {separator} getrennt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A spreadsheet saved as text (CSV), {separator}</source>
        <translation>Eine als Text gespeicherte Tabelle (CSV), {separator}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, written by an older Windows program (Windows-1252 letters)</source>
        <translation>, von einem älteren Windows-Programm geschrieben (Zeichensatz Windows-1252)</translation>
    </message>
</context>
<context>
    <name>join_page</name>
    <message>
        <location filename="../../desktop/views/join_page.py" line="-394"/>
        <source>Sync → Devices → Admit a laptop from a join request file…</source>
        <translation>Abgleich → Geräte → Laptop aus einer Beitrittsanfrage aufnehmen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Joining this branch was interrupted before it finished (Caucus was closed, or the computer stopped). It will be completed from the welcome file.</source>
        <translation>Der Beitritt zu dieser Ortsgruppe wurde unterbrochen, bevor er fertig war (Caucus wurde geschlossen oder der Computer ist ausgegangen). Er wird mit der Willkommensdatei abgeschlossen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The admin&apos;s laptop must show the same string; waiting for approval…</source>
        <translation>Der Laptop des Admins muss dieselbe Prüfzahl zeigen; warte auf Bestätigung…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Looking for the admin&apos;s laptop…</source>
        <extracomment>the words of the joining stages</extracomment>
        <translation>Suche nach dem Laptop des Admins…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connecting to the admin&apos;s laptop…</source>
        <translation>Verbindung zum Laptop des Admins wird hergestellt…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Joined {branch_name} as {role}.</source>
        <translation>Der Ortsgruppe {branch_name} als {role} beigetreten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The join request was saved as {path}.</source>
        <translation>Die Beitrittsanfrage wurde als {path} gespeichert.</translation>
    </message>
</context>
<context>
    <name>list_pages</name>
    <message>
        <location filename="../../desktop/views/list_pages.py" line="-448"/>
        <source>Start date</source>
        <extracomment>the add line&apos;s fields that take a date (typed in the locale&apos;s format or ISO, or picked)</extracomment>
        <translation>Anfangsdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting date</source>
        <translation>Datum der Versammlung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <location filename="../../desktop/main_window.py" line="-306"/>
        <source>Members</source>
        <extracomment>the sections: (title, icon, key); the members page first</extracomment>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workplaces</source>
        <translation>Betriebe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings</source>
        <translation>Versammlungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync</source>
        <translation>Abgleich</translation>
    </message>
</context>
<context>
    <name>member_form</name>
    <message>
        <location filename="../../desktop/views/member_form.py" line="-289"/>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Former member</source>
        <translation>Ehemaliges Mitglied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regular contact</source>
        <translation>Regelmäßiger Kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other (with consent)</source>
        <translation>Sonstiges (mit Einwilligung)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do not contact</source>
        <translation>Nicht kontaktieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No email</source>
        <translation>Keine E-Mails</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No phone calls</source>
        <translation>Keine Anrufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No texts</source>
        <translation>Keine SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No post</source>
        <translation>Keine Post</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Line {number} of the custom fields needs the form &apos;name: value&apos;.</source>
        <translation>Zeile {number} der eigenen Felder braucht die Form &apos;Name: Wert&apos;.</translation>
    </message>
</context>
<context>
    <name>member_notes</name>
    <message>
        <location filename="../../desktop/views/member_notes.py" line="-198"/>
        <source>by {author_name}</source>
        <translation>von {author_name}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Outcome: {outcome}</source>
        <translation>Ergebnis: {outcome}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Follow up on {follow_up_on}</source>
        <translation>Nachfassen am {follow_up_on}</translation>
    </message>
</context>
<context>
    <name>members</name>
    <message>
        <location filename="../../desktop/models/members.py" line="-243"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Membership no.</source>
        <translation>Mitgliedsnr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workplace</source>
        <translation>Betrieb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessment</source>
        <translation>Einschätzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dues paid until</source>
        <translation>Beitrag bezahlt bis</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
</context>
<context>
    <name>organising_tab</name>
    <message>
        <location filename="../../desktop/views/organising_tab.py" line="-25"/>
        <source>CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
        <translation>CSV-Dateien (*.csv);;Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>passphrase</name>
    <message>
        <location filename="../../desktop/passphrase.py" line="+42"/>
        <source>Choose a passphrase: four or more unrelated words work well.</source>
        <translation>Wähle eine Passphrase: Vier oder mehr Wörter, die nichts miteinander zu tun haben, eignen sich gut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Too short: use at least {MIN_PASSPHRASE} characters.</source>
        <translation>Zu kurz: Verwende mindestens {MIN_PASSPHRASE} Zeichen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Weak: add more words or characters.</source>
        <translation>Schwach: Füge mehr Wörter oder Zeichen hinzu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fair: another word or two would make it much stronger.</source>
        <translation>Mittel: Ein oder zwei weitere Wörter machen sie viel stärker.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Good.</source>
        <translation>Gut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strong.</source>
        <translation>Stark.</translation>
    </message>
</context>
<context>
    <name>phrases</name>
    <message>
        <location filename="../../sync/exchange/importer/cleaning.py" line="+189"/>
        <source>{message} It is {length} characters long: its first {kept} are kept aside, the most a field holds.</source>
        <extracomment>{message} says why the value is kept aside; {length} and {kept} count characters</extracomment>
        <translation>{message} Der Wert ist {length} Zeichen lang: Die ersten {kept} werden beiseitegelegt, mehr fasst ein Feld nicht.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>{value} is an Excel date number: read as {day}.</source>
        <extracomment>{value} is a number in the file, {day} the date it stands for</extracomment>
        <translation>{value} ist eine Excel-Datumszahl: gelesen als {day}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{value} looks like an Excel date number; it can be read as {day}.</source>
        <translation>{value} sieht aus wie eine Excel-Datumszahl; sie kann als {day} gelesen werden.</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Not imported: the row holds no person (no name, email, phone, membership number or address).</source>
        <translation>Nicht importiert: Die Zeile enthält keine Person (keinen Namen, keine E-Mail, kein Telefon, keine Mitgliedsnummer, keine Adresse).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The row has no name; the person was imported as {name}. Add their name.</source>
        <extracomment>{name} is what the person is imported as, &apos;(no name)&apos;</extracomment>
        <translation>Die Zeile hat keinen Namen; die Person wurde als {name} importiert. Ergänze ihren Namen.</translation>
    </message>
    <message>
        <location filename="../../sync/exchange/importer/mapping.py" line="-2"/>
        <source>none saved yet</source>
        <translation>noch keine gespeichert</translation>
    </message>
    <message>
        <location filename="../../sync/exchange/importer/planning.py" line="+56"/>
        <source>same id</source>
        <translation>gleiche ID</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>same email {email}</source>
        <translation>gleiche E-Mail {email}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>same name and phone</source>
        <translation>gleicher Name und gleiches Telefon</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it repeats row {row} of this file ({reason})</source>
        <extracomment>{row} is a row number of the spreadsheet, {reason} e.g. &quot;same email …&quot;</extracomment>
        <translation>sie wiederholt Zeile {row} dieser Datei ({reason})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it matches the existing member {name} ({reason})</source>
        <extracomment>{name} is the member&apos;s name, {reason} e.g. &quot;same email …&quot;</extracomment>
        <translation>sie passt zum vorhandenen Mitglied {name} ({reason})</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>as its dates show</source>
        <extracomment>rows that cannot be read as they are (they will be rejected), and reading notes the spreadsheet row number of each previewed row (headings are row 1)</extracomment>
        <translation>wie seine Daten zeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>as in {region}</source>
        <extracomment>{region} is a country&apos;s two-letter code, e.g. US</extracomment>
        <translation>wie in {region}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>as most countries write them</source>
        <translation>wie die meisten Länder sie schreiben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dates in “{heading}” are read month first ({how}).</source>
        <extracomment>{heading} is a column&apos;s heading, {how} why (e.g. &quot;as its dates show&quot;)</extracomment>
        <translation>Daten in „{heading}“ werden mit dem Monat zuerst gelesen ({how}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dates in “{heading}” are read day first ({how}).</source>
        <translation>Daten in „{heading}“ werden mit dem Tag zuerst gelesen ({how}).</translation>
    </message>
    <message>
        <location filename="../../sync/exchange/importer/reading.py" line="-189"/>
        <source>A quote (&quot;) opened in this row is never closed</source>
        <translation>Ein in dieser Zeile geöffnetes Anführungszeichen (&quot;) wird nie geschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the rest of the file</source>
        <translation>den Rest der Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A quote (&quot;) opened in this row is not closed where its cell ends</source>
        <translation>Ein in dieser Zeile geöffnetes Anführungszeichen (&quot;) wird am Ende seiner Zelle nicht geschlossen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the lines after it</source>
        <translation>die Zeilen danach</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Not imported: this line was read into row {row}, whose quote is not closed.</source>
        <extracomment>{row} is the number of the row whose quote swallowed this line</extracomment>
        <translation>Nicht importiert: Diese Zeile wurde in Zeile {row} gelesen, deren Anführungszeichen nicht geschlossen ist.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{what}. Fix the quotes and import this row again.</source>
        <translation>{what}. Korrigiere die Anführungszeichen und importiere diese Zeile erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 line</source>
        <translation>1 Zeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} lines</source>
        <translation>{n} Zeilen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what}, so it swallowed {swallowed} ({lines}). Fix the quotes and import this row again.</source>
        <extracomment>{what} is what is wrong with the quote, {swallowed} which lines it took in (e.g. &quot;the lines after it&quot;), {lines} how many (&quot;3 lines&quot;)</extracomment>
        <translation>{what}, daher hat sie {swallowed} verschluckt ({lines}). Korrigiere die Anführungszeichen und importiere diese Zeile erneut.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Read as Windows-1252, not UTF-8 like the rest of the file (check the accented letters there): row {rows}.</source>
        <translation>Als Windows-1252 gelesen, nicht als UTF-8 wie der Rest der Datei (prüfe dort die Umlaute und Akzente): Zeile {rows}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read as Windows-1252, not UTF-8 like the rest of the file (check the accented letters there): rows {rows}.</source>
        <translation>Als Windows-1252 gelesen, nicht als UTF-8 wie der Rest der Datei (prüfe dort die Umlaute und Akzente): Zeilen {rows}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read as Windows-1252, not UTF-8 like the rest of the file (check the accented letters there): rows {rows} and {more} more.</source>
        <extracomment>{rows} are the first 20 row numbers, {more} how many more rows there are</extracomment>
        <translation>Als Windows-1252 gelesen, nicht als UTF-8 wie der Rest der Datei (prüfe dort die Umlaute und Akzente): Zeilen {rows} und {more} weitere.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Read the sheet “{title}”; the other sheets ({others}) were not read.</source>
        <extracomment>{title} is the name of the sheet read, {others} those of the other sheets</extracomment>
        <translation>Das Blatt „{title}“ wurde gelesen; die anderen Blätter ({others}) nicht.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The row has {used} values but the file has {width} column headings, so its values cannot be matched to the columns (is there a comma in a value that is not in quotes?). Fix the row and import it again.</source>
        <extracomment>{used} and {width} are counts of values and of column headings</extracomment>
        <translation>Die Zeile hat {used} Werte, die Datei aber {width} Spaltenüberschriften, daher lassen sich ihre Werte den Spalten nicht zuordnen (steht ein Komma in einem Wert ohne Anführungszeichen?). Korrigiere die Zeile und importiere sie erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The row has {used} values but the file has {width} column headings, so its values cannot be matched to the columns. Fix the row and import it again.</source>
        <translation>Die Zeile hat {used} Werte, die Datei aber {width} Spaltenüberschriften, daher lassen sich ihre Werte den Spalten nicht zuordnen. Korrigiere die Zeile und importiere sie erneut.</translation>
    </message>
    <message>
        <location filename="../../sync/exchange/importer/running.py" line="-122"/>
        <source>Cancelled: {figures}. Rows after the last whole batch were not imported.</source>
        <extracomment>{figures} is what the import did, e.g. &quot;5 imported, 0 updated, 1 skipped, 0 rejected&quot;</extracomment>
        <translation>Abgebrochen: {figures}. Die Zeilen nach dem letzten vollständigen Teil wurden nicht importiert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{figures}.</source>
        <extracomment>{figures} is what the import did, e.g. &quot;5 imported, 0 updated, 1 skipped, 0 rejected&quot;</extracomment>
        <translation>{figures}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{imported} imported, {updated} updated, {skipped} skipped, {rejected} rejected</source>
        <translation>{imported} importiert, {updated} aktualisiert, {skipped} übersprungen, {rejected} abgelehnt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{counts}. {flagged} row flagged to check, {repaired} repaired</source>
        <extracomment>{counts} is &quot;5 imported, 0 updated, 1 skipped, 0 rejected&quot;</extracomment>
        <translation>{counts}. {flagged} Zeile zum Prüfen markiert, {repaired} repariert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{counts}. {flagged} rows flagged to check, {repaired} repaired</source>
        <translation>{counts}. {flagged} Zeilen zum Prüfen markiert, {repaired} repariert</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>row {row}</source>
        <translation>Zeile {row}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rows {first}–{last}</source>
        <translation>den Zeilen {first}–{last}</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Skipped: {reason}.</source>
        <extracomment>{reason} is whom the row is the same person as, and why</extracomment>
        <translation>Übersprungen: {reason}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The unit {unit} needs a workplace; it was kept as {field}.</source>
        <extracomment>{unit} is a unit&apos;s name, {field} the custom field it was kept in</extracomment>
        <translation>Die Einheit {unit} braucht einen Betrieb; sie wurde als {field} aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../../sync/ops/always_on.py" line="-295"/>
        <source>unknown version</source>
        <translation>unbekannte Version</translation>
    </message>
    <message>
        <location filename="../../sync/replica/delivery.py" line="+70"/>
        <source>change set {seq} of device {device}</source>
        <extracomment>{seq} is a change set&apos;s number, {device} the start of a device&apos;s key</extracomment>
        <translation>Änderungssatz {seq} von Gerät {device}</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>a change set</source>
        <translation>ein Änderungssatz</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It belongs to a different branch.</source>
        <translation>Er gehört zu einer anderen Ortsgruppe.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Another change set with the same number exists from this device: its vault was copied or forked; kept the first one.</source>
        <translation>Von diesem Gerät gibt es schon einen Änderungssatz mit derselben Nummer: Sein Tresor wurde kopiert oder abgezweigt; der erste wurde behalten.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>It was made after the device&apos;s access was revoked.</source>
        <translation>Er wurde erstellt, nachdem dem Gerät der Zugang entzogen wurde.</translation>
    </message>
    <message>
        <location filename="../../sync/replica/roster.py" line="+195"/>
        <source>It names an unknown table {table}.</source>
        <translation>Er nennt eine unbekannte Tabelle {table}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Only an admin may change the branch or its keys.</source>
        <translation>Nur eine Admin-Person darf die Ortsgruppe oder ihre Schlüssel ändern.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only an admin may admit or revoke devices.</source>
        <translation>Nur eine Admin-Person darf Geräte aufnehmen oder entziehen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The device is a viewer: it may not change records.</source>
        <translation>Das Gerät ist Leser*in: Es darf keine Einträge ändern.</translation>
    </message>
    <message>
        <location filename="../../sync/store/schema.py" line="+400"/>
        <source>It holds fields this version of Caucus does not know (a newer version wrote it); update Caucus and it is applied.</source>
        <extracomment>the name and table of each of :data:`INDEXES`, in order those on the replicated tables: the ones a bulk load builds after the rows why a change set naming a field this build does not know is set aside (rejected): a newer Caucus wrote it. After an upgrade that knows the field, the state is recomputed and such change sets apply (see :func:`upgrade` and ``Replica``&apos;s start).</extracomment>
        <translation>Er enthält Felder, die diese Caucus-Version nicht kennt (eine neuere Version hat ihn geschrieben); aktualisiere Caucus, dann wird er angewendet.</translation>
    </message>
    <message>
        <location filename="../../sync/exchange/importer/phone_words.py" line="+17"/>
        <source>The phone number {original}: its leading 0 was lost; read as {value}.</source>
        <extracomment>{original} is the phone number as the file has it, {value} how it is read</extracomment>
        <translation>Die Telefonnummer {original}: ihre führende 0 ging verloren; gelesen als {value}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The phone number {original}: its leading 0 was lost; it can be read as {value}.</source>
        <translation>Die Telefonnummer {original}: ihre führende 0 ging verloren; sie kann als {value} gelesen werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The phone number {original}: its + was lost; read as {value}.</source>
        <translation>Die Telefonnummer {original}: ihr + ging verloren; gelesen als {value}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The phone number {original}: its + was lost; it can be read as {value}.</source>
        <translation>Die Telefonnummer {original}: ihr + ging verloren; sie kann als {value} gelesen werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The phone number {original}: written in scientific notation and its leading 0 was lost; read as {value}.</source>
        <translation>Die Telefonnummer {original}: sie stand in wissenschaftlicher Schreibweise und ihre führende 0 ging verloren; gelesen als {value}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The phone number {original}: written in scientific notation and its leading 0 was lost; it can be read as {value}.</source>
        <translation>Die Telefonnummer {original}: sie stand in wissenschaftlicher Schreibweise und ihre führende 0 ging verloren; sie kann als {value} gelesen werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The phone number {original}: written in scientific notation and its + was lost; read as {value}.</source>
        <translation>Die Telefonnummer {original}: sie stand in wissenschaftlicher Schreibweise und ihr + ging verloren; gelesen als {value}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The phone number {original}: written in scientific notation and its + was lost; it can be read as {value}.</source>
        <translation>Die Telefonnummer {original}: sie stand in wissenschaftlicher Schreibweise und ihr + ging verloren; sie kann als {value} gelesen werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The phone number {original} was written in scientific notation; read as {value}.</source>
        <translation>Die Telefonnummer {original} stand in wissenschaftlicher Schreibweise; gelesen als {value}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The phone number {original} was written in scientific notation; it can be read as {value}.</source>
        <translation>Die Telefonnummer {original} stand in wissenschaftlicher Schreibweise; sie kann als {value} gelesen werden.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The phone number {original} is in scientific notation, so the spreadsheet has lost its last digits (it reads as {whole}); type the number again.</source>
        <extracomment>{original} is the phone number as the file has it, {whole} what it reads as</extracomment>
        <translation>Die Telefonnummer {original} steht in wissenschaftlicher Schreibweise, daher hat die Tabellenkalkulation ihre letzten Ziffern verloren (sie lautet {whole}); gib die Nummer neu ein.</translation>
    </message>
    <message>
        <location filename="../../sync/exchange/importer/units.py" line="-75"/>
        <source>{counted} headcounts recorded, {skipped} rows skipped; {units} units and {workplaces} workplaces created.</source>
        <extracomment>{counted}, {skipped}, {units} and {workplaces} are counts</extracomment>
        <translation>{counted} Personenzahlen erfasst, {skipped} Zeilen übersprungen; {units} Bereiche und {workplaces} Betriebe angelegt.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>no headings</source>
        <translation>keine Überschriften</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No workplace named.</source>
        <translation>Kein Betrieb angegeben.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No headcount given.</source>
        <translation>Keine Personenzahl angegeben.</translation>
    </message>
    <message>
        <location filename="../../sync/records/country.py" line="+14"/>
        <source>The phone number {value} was kept as typed: the branch has no country to read national numbers by. Check it.</source>
        <extracomment>{value} is the phone number as typed, {region} a country&apos;s two-letter code</extracomment>
        <translation>Die Telefonnummer {value} wurde so behalten, wie sie eingegeben wurde: Die Ortsgruppe hat kein Land, nach dem sich nationale Nummern lesen lassen. Prüfe sie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The phone number {value} was kept as typed: it is not a valid number for {region}. Check it.</source>
        <translation>Die Telefonnummer {value} wurde so behalten, wie sie eingegeben wurde: sie ist keine gültige Nummer für {region}. Prüfe sie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The phone number {value} was kept as typed: it is not a valid number. Check it.</source>
        <translation>Die Telefonnummer {value} wurde so behalten, wie sie eingegeben wurde: sie ist keine gültige Nummer. Prüfe sie.</translation>
    </message>
    <message>
        <location filename="../../sync/records/email_words.py" line="-44"/>
        <source>An email address must have an @-sign.</source>
        <translation>Eine E-Mail-Adresse braucht ein @-Zeichen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There must be something before the @-sign.</source>
        <translation>Vor dem @-Zeichen muss etwas stehen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There must be something after the @-sign.</source>
        <translation>Nach dem @-Zeichen muss etwas stehen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There can&apos;t be anything after the email address.</source>
        <translation>Nach der E-Mail-Adresse darf nichts mehr stehen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An email address cannot have two periods in a row.</source>
        <translation>Eine E-Mail-Adresse darf nicht zwei Punkte hintereinander haben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An email address cannot start with a period.</source>
        <translation>Eine E-Mail-Adresse darf nicht mit einem Punkt beginnen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An email address cannot end with a period.</source>
        <translation>Eine E-Mail-Adresse darf nicht mit einem Punkt enden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An email address cannot have a period immediately before the @-sign.</source>
        <translation>Eine E-Mail-Adresse darf keinen Punkt direkt vor dem @-Zeichen haben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An email address cannot have a period immediately after the @-sign.</source>
        <translation>Eine E-Mail-Adresse darf keinen Punkt direkt nach dem @-Zeichen haben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An email address cannot have a hyphen immediately after the @-sign.</source>
        <translation>Eine E-Mail-Adresse darf keinen Bindestrich direkt nach dem @-Zeichen haben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An email address cannot end with a hyphen.</source>
        <translation>Eine E-Mail-Adresse darf nicht mit einem Bindestrich enden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An email address cannot have a period and a hyphen next to each other.</source>
        <translation>Eine E-Mail-Adresse darf keinen Punkt direkt neben einem Bindestrich haben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The part after the @-sign is not valid. It should have a period.</source>
        <translation>Der Teil nach dem @-Zeichen ist ungültig: Er sollte einen Punkt enthalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The part after the @-sign is not valid. It is not within a valid top-level domain.</source>
        <translation>Der Teil nach dem @-Zeichen ist ungültig: Er liegt in keiner gültigen Top-Level-Domain.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The part after the @-sign is a special-use or reserved name that cannot be used with email.</source>
        <translation>Der Teil nach dem @-Zeichen ist ein reservierter oder besonderer Name, der für E-Mail nicht verwendet werden kann.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The email address contains invalid characters before the @-sign: SPACE.</source>
        <translation>Die E-Mail-Adresse enthält ein Leerzeichen vor dem @-Zeichen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The part after the @-sign contains invalid characters: SPACE.</source>
        <translation>Der Teil nach dem @-Zeichen enthält ein Leerzeichen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The email address contains invalid characters before the @-sign: {chars}.</source>
        <extracomment>{chars} lists the characters, each in quotes: &apos;(&apos;, &apos;)&apos;</extracomment>
        <translation>Die E-Mail-Adresse enthält ungültige Zeichen vor dem @-Zeichen: {chars}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The part after the @-sign contains invalid characters: {chars}.</source>
        <extracomment>{chars} lists the characters, each in quotes: &apos;@&apos;, &apos;_&apos;</extracomment>
        <translation>Der Teil nach dem @-Zeichen enthält ungültige Zeichen: {chars}.</translation>
    </message>
</context>
<context>
    <name>print_dialog</name>
    <message>
        <location filename="../../desktop/dialogs/print_dialog.py" line="-130"/>
        <source>PDF documents (*.pdf)</source>
        <extracomment>job(progress, cancel) -&gt; what it printed: an operation of sync.ops.documents the sentence that says what a job wrote</extracomment>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>Wrote {members} on {pages} to {path}.</source>
        <translation>{members} auf {pages} in {path} gespeichert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Wrote {labels} on {pages} to {path}.</source>
        <translation>{labels} auf {pages} in {path} gespeichert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{members} without a postal address or not to be posted to left out.</source>
        <translation>Ausgelassen: {members} ohne Postanschrift oder mit dem Wunsch „Keine Post“.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wrote a sign-in sheet of {names} on {pages} to {path}.</source>
        <translation>Anwesenheitsliste mit {names} auf {pages} in {path} gespeichert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wrote everything held about {name} to {data} (data) and {pdf} beside it ({pages} to print).</source>
        <translation>Alles, was über {name} gespeichert ist, in {data} (Daten) und daneben in {pdf} ({pages} zum Ausdrucken) gespeichert.</translation>
    </message>
</context>
<context>
    <name>progress</name>
    <message>
        <source>{value:,.1f} MB</source>
        <translation type="vanished">{value:,.1f} MB</translation>
    </message>
    <message>
        <location filename="../../desktop/progress.py" line="+45"/>
        <source>{value} MB</source>
        <translation>{value} MB</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deriving the key from the passphrase…</source>
        <translation>Schlüssel wird aus der Passphrase abgeleitet…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Creating the vault…</source>
        <translation>Tresor wird angelegt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looking…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connecting to {subject}…</source>
        <translation>Verbindung zu {subject} wird hergestellt…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check string: {subject}</source>
        <translation>Prüfzahl: {subject}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The other laptop must show the same string; waiting for approval…</source>
        <translation>Der andere Laptop muss dieselbe Prüfzahl zeigen; warte auf Bestätigung…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking {subject}…</source>
        <translation>Prüfung von {subject}…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Importing {subject}: {megabytes} of {megabytes2}</source>
        <translation>Import von {subject}: {megabytes} von {megabytes2}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Importing {subject}…</source>
        <translation>Import von {subject}…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sending to {laptop}: {done} of {total} changes</source>
        <translation>Senden an {laptop}: {done} von {total} Änderungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending to {laptop}: {done} changes</source>
        <translation>Senden an {laptop}: {done} Änderungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Receiving from {laptop}: {done} of {total} changes</source>
        <translation>Empfangen von {laptop}: {done} von {total} Änderungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receiving from {laptop}: {done} changes</source>
        <translation>Empfangen von {laptop}: {done} Änderungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Writing {what}…</source>
        <translation>Wird geschrieben: {what}…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the file…</source>
        <translation>Datei wird geschrieben…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row {done} of {total}</source>
        <translation>Zeile {done} von {total}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Page {done} of {total}</source>
        <translation>Seite {done} von {total}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Creating members: {done} of {total}</source>
        <translation>Mitglieder werden angelegt: {done} von {total}</translation>
    </message>
</context>
<context>
    <name>relationships_box</name>
    <message>
        <location filename="../../desktop/views/relationships_box.py" line="-42"/>
        <source>works with</source>
        <extracomment>how a relationship reads from this person&apos;s side</extracomment>
        <translation>arbeitet mit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>family of</source>
        <translation>verwandt mit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>neighbour of</source>
        <translation>Nachbar*in von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>influences</source>
        <translation>beeinflusst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is influenced by</source>
        <translation>wird beeinflusst von</translation>
    </message>
</context>
<context>
    <name>sync_always_on</name>
    <message>
        <source>{n:,} bytes</source>
        <translation type="vanished">{n:,} Bytes</translation>
    </message>
    <message>
        <source>{value:,.1f} MB</source>
        <translation type="vanished">{value:,.1f} MB</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_always_on.py" line="-305"/>
        <source>{n} bytes</source>
        <translation>{n} Bytes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{value} MB</source>
        <translation>{value} MB</translation>
    </message>
</context>
<context>
    <name>sync_lan</name>
    <message>
        <location filename="../../desktop/views/sync_lan.py" line="+5"/>
        <source>received {received} and sent {sent}</source>
        <translation>{received} empfangen und {sent} gesendet</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Received {received} from {who}, sent {sent}.</source>
        <translation>{received} von {who} empfangen, {sent} gesendet.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sync with {who} cancelled: {kept} before it stopped, kept whole. Sync again for the rest.</source>
        <translation>Abgleich mit {who} abgebrochen: bis dahin {kept}, vollständig erhalten. Starte den Abgleich noch einmal für den Rest.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not sync with {who}: {error}</source>
        <translation>Abgleich mit {who} nicht möglich: {error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync with {who} did not finish ({error}); {kept}, which are kept.</source>
        <translation>Abgleich mit {who} nicht abgeschlossen ({error}); {kept}, das bleibt erhalten.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{time}: it synced with this laptop, {kept}</source>
        <translation>{time}: hat mit diesem Laptop abgeglichen, {kept}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{time}: synced, {kept}</source>
        <translation>{time}: abgeglichen, {kept}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{time}: cancelled</source>
        <translation>{time}: abgebrochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{time}: failed</source>
        <translation>{time}: fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was synced.</source>
        <translation>Es wurde nichts abgeglichen.</translation>
    </message>
</context>
<context>
    <name>sync_pairing</name>
    <message>
        <location filename="../../desktop/views/sync_pairing.py" line="-214"/>
        <source>Only an admin laptop can pair a new laptop: ask the branch&apos;s admin.</source>
        <translation>Nur ein Admin-Laptop kann einen neuen Laptop koppeln: Frag den Admin der Ortsgruppe.</translation>
    </message>
</context>
<context>
    <name>sync_usb</name>
    <message>
        <location filename="../../desktop/views/sync_usb.py" line="-206"/>
        <location line="+3"/>
        <source>Importing {subject}</source>
        <extracomment>the words of the stages whose meaning depends on a folder sync</extracomment>
        <translation>Import von {subject}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writing this laptop&apos;s bundle to the folder</source>
        <translation>Das Paket dieses Laptops wird in den Ordner geschrieben</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Sync cancelled. {changes} brought in before it stopped were kept whole; sync again to fetch the rest.</source>
        <translation>Abgleich abgebrochen. Bis dahin übernommen und vollständig erhalten: {changes}. Starte den Abgleich noch einmal, um den Rest zu holen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No other laptop&apos;s bundle was in the folder. This laptop&apos;s changes were written there for the next person.</source>
        <translation>Im Ordner lag kein Paket eines anderen Laptops. Die Änderungen dieses Laptops wurden für die nächste Person dort hineingeschrieben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Brought in {changes} from {laptops}; this laptop&apos;s changes were written to the folder.</source>
        <translation>{changes} von {laptops} übernommen; die Änderungen dieses Laptops wurden in den Ordner geschrieben.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Applied: {changes}</source>
        <translation>Übernommen: {changes}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already here: {changes}</source>
        <translation>Schon vorhanden: {changes}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Held back until earlier changes arrive: {changes}</source>
        <translation>Zurückgehalten, bis frühere Änderungen ankommen: {changes}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rejected: {changes}</source>
        <translation>Abgelehnt: {changes}</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>{what}: {reason}</source>
        <extracomment>{what} is which change set (&quot;change set 4 of device 1a2b3c4d&quot;), {reason} why</extracomment>
        <translation>{what}: {reason}</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Stopped part-way (cancelled); the rest comes with the next sync.</source>
        <translation>Mittendrin angehalten (abgebrochen); der Rest kommt mit dem nächsten Abgleich.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From {who} ({name})</source>
        <translation>Von {who} ({name})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From {name}</source>
        <translation>Von {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Files not imported</source>
        <translation>Nicht importierte Dateien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Written</source>
        <translation>Geschrieben</translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <location filename="../../desktop/tasks.py" line="-98"/>
        <source>The computer ran out of memory; close other programs and try again.</source>
        <translation>Der Computer hat keinen Arbeitsspeicher mehr frei; schließ andere Programme und versuch es noch einmal.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file could not be used: {value}.</source>
        <translation>Die Datei ließ sich nicht verwenden: {value}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Caucus hit an unexpected problem ({name__}). Nothing was changed by the failed step; please report this.</source>
        <translation>Caucus ist auf ein unerwartetes Problem gestoßen ({name__}). Der fehlgeschlagene Schritt hat nichts verändert; bitte melde das.</translation>
    </message>
</context>
<context>
    <name>values</name>
    <message>
        <location filename="../../desktop/value_words.py" line="+20"/>
        <source>Prospect</source>
        <translation>Interessent*in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrears</source>
        <translation>Im Beitragsrückstand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lapsed</source>
        <translation>Erloschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resigned</source>
        <translation>Ausgetreten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deceased</source>
        <translation>Verstorben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worker</source>
        <translation>Beschäftigte*r</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenant</source>
        <translation>Mieter*in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sms</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data processing</source>
        <translation>Datenverarbeitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Former member</source>
        <translation>Ehemaliges Mitglied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regular contact</source>
        <translation>Regelmäßiger Kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attended</source>
        <translation>Anwesend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apologies</source>
        <translation>Entschuldigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Absent</source>
        <translation>Abwesend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Floor</source>
        <translation>Etage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Building</source>
        <translation>Gebäude</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stairwell</source>
        <translation>Treppenhaus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block</source>
        <translation>Block</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Petition</source>
        <translation>Petition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card</source>
        <translation>Zusagekarte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey</source>
        <translation>Umfrage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turnout</source>
        <translation>Teilnahme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strike vote pledge</source>
        <translation>Zusage zur Streikabstimmung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In person</source>
        <translation>Persönlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Textnachricht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>Versammlung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secretary</source>
        <translation>Schriftführer*in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Viewer</source>
        <translation>Leser*in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Works with</source>
        <translation>Arbeitet mit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Influences</source>
        <translation>Beeinflusst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neighbour</source>
        <translation>Nachbarschaft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asked undecided</source>
        <translation>Gefragt, unentschieden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not asked</source>
        <translation>Nicht gefragt</translation>
    </message>
</context>
<context>
    <name>vault_fields</name>
    <message>
        <location filename="../../desktop/views/vault_fields.py" line="-128"/>
        <source>This device needs a name (for example &apos;Ana&apos;s laptop&apos;).</source>
        <translation>Dieses Gerät braucht einen Namen (zum Beispiel &apos;Anas Laptop&apos;).</translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <location filename="../../desktop/widgets.py" line="+128"/>
        <source>Open a Caucus vault</source>
        <translation>Caucus-Tresor öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Caucus vaults (*.caucus);;All files (*)</source>
        <translation>Caucus-Tresore (*.caucus);;Alle Dateien (*)</translation>
    </message>
</context>
</TS>
