<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AccessibleMemberTableModel</name>
    <message>
        <location filename="../../desktop/models/members.py" line="+460"/>
        <source>{text} (deleted)</source>
        <translation>{text} (supprimé)</translation>
    </message>
</context>
<context>
    <name>AlwaysOnTab</name>
    <message>
        <location filename="../../desktop/views/sync_always_on.py" line="+91"/>
        <source>When the branch&apos;s laptops are rarely on at the same time, Syncthing can carry their changes between them, through an always-on box in the office if you have one. Only encrypted bundles travel; Syncthing never sees a name.</source>
        <extracomment>an always-on step brought changes in (refresh every view)</extracomment>
        <translation>Quand les ordinateurs de la section sont rarement allumés en même temps, Syncthing peut transporter leurs modifications de l’un à l’autre, en passant par un boîtier allumé en permanence au local si vous en avez un. Seuls des paquets chiffrés circulent&#xa0;: Syncthing ne voit jamais aucun nom.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Always-on sync</source>
        <translation>Synchronisation en continu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Always-on status</source>
        <translation>État de la synchronisation en continu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This laptop&apos;s Syncthing ID</source>
        <translation>Identifiant Syncthing de cet ordinateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the Syncthing ID</source>
        <translation>Copier l’identifiant Syncthing</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This laptop&apos;s Syncthing ID:</source>
        <translation>Identifiant Syncthing de cet ordinateur&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Always-on folder</source>
        <translation>Dossier de synchronisation en continu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder:</source>
        <translation>Dossier&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last change received</source>
        <translation>Dernière modification reçue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last change received:</source>
        <translation>Dernière modification reçue&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bytes pending</source>
        <translation>Octets en attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending:</source>
        <translation>En attente&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Always-on peers</source>
        <translation>Appareils en synchronisation continue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Laptop or box</source>
        <translation>Ordinateur ou boîtier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To send</source>
        <translation>À envoyer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Laptops not on always-on yet</source>
        <translation>Ordinateurs pas encore en synchronisation continue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find laptops over the internet (global discovery and relays)</source>
        <translation>Trouver les ordinateurs par Internet (découverte globale et relais)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Global discovery and relays</source>
        <translation>Découverte globale et relais</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Box&apos;s Syncthing ID</source>
        <translation>Identifiant Syncthing du boîtier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The box&apos;s Syncthing device ID</source>
        <translation>L’identifiant d’appareil Syncthing du boîtier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Box&apos;s address</source>
        <translation>Adresse du boîtier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>for example {address}</source>
        <extracomment>{address} is an example of a box&apos;s address; it stays as it is</extracomment>
        <translation>par exemple {address}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Box&apos;s name</source>
        <translation>Nom du boîtier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office box</source>
        <translation>Boîtier du local</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Add a box</source>
        <translation>Ajouter un boîtier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Always-on error</source>
        <translation>Erreur de synchronisation en continu</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Starting Syncthing…</source>
        <translation>Démarrage de Syncthing…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stopping Syncthing…</source>
        <translation>Arrêt de Syncthing…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Give the box&apos;s Syncthing ID and its address.</source>
        <translation>Indiquez l’identifiant Syncthing du boîtier et son adresse.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Off. Switch it on to let Syncthing carry this laptop&apos;s changes to the branch&apos;s other laptops and its box.</source>
        <translation>Désactivée. Activez-la pour que Syncthing transporte les modifications de cet ordinateur vers les autres ordinateurs de la section et vers son boîtier.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>On: your own Syncthing is running.</source>
        <translation>Activée&#xa0;: votre propre Syncthing fonctionne.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On: your own Syncthing is not answering yet.</source>
        <translation>Activée&#xa0;: votre propre Syncthing ne répond pas encore.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On: Caucus&apos;s own Syncthing is running.</source>
        <translation>Activée&#xa0;: le Syncthing intégré à Caucus fonctionne.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On: Caucus&apos;s own Syncthing is not answering yet.</source>
        <translation>Activée&#xa0;: le Syncthing intégré à Caucus ne répond pas encore.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>box</source>
        <translation>boîtier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>laptop</source>
        <translation>ordinateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>connected</source>
        <translation>connecté</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not connected</source>
        <translation>non connecté</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> This laptop has changes not yet in the folder.</source>
        <translation> Cet ordinateur a des modifications qui ne sont pas encore dans le dossier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{incoming} to receive, {outgoing} to send.</source>
        <translation>{incoming} à recevoir, {outgoing} à envoyer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not on always-on yet: </source>
        <translation>Pas encore en synchronisation continue&#xa0;: </translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <location filename="../../desktop/views/attendance.py" line="+84"/>
        <source>Member</source>
        <translation>Adhérent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attended</source>
        <translation>Présent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apologies</source>
        <translation>Excusé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <location line="+74"/>
        <source>Meeting</source>
        <extracomment>the user ticked a cell: member id, status attendance changed (the meetings list recounts)</extracomment>
        <translation>Réunion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print sign-in sheet…</source>
        <translation>Imprimer la feuille d’émargement…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print sign-in sheet</source>
        <translation>Imprimer la feuille d’émargement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this meeting&apos;s sign-in sheet as a PDF to print: every current member, with spare lines</source>
        <translation>Enregistrer la feuille d’émargement de cette réunion en PDF pour l’imprimer&#xa0;: tous les adhérents actuels, avec des lignes libres</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Quorum count</source>
        <translation>Décompte du quorum</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find a member to mark</source>
        <translation>Chercher un adhérent à pointer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a name, then Down; A attended, P apologies, X absent</source>
        <translation>Tapez un nom, puis ↓ (Down)&#xa0;; A présent, P excusé, X absent</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Attendance</source>
        <translation>Présences</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Attendance error</source>
        <translation>Erreur de présences</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>{extra} more: type more of a name to narrow the list.</source>
        <translation>{extra} de plus&#xa0;: tapez davantage du nom pour réduire la liste.</translation>
    </message>
    <message>
        <source>{extra:,} more: type more of a name to narrow the list.</source>
        <translation type="vanished">{extra:,} de plus&#xa0;: tapez davantage du nom pour réduire la liste.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Attended: {attended}  ·  Apologies: {apologies}  ·  Absent: {absent}</source>
        <translation>Présents&#xa0;: {attended}  ·  Excusés&#xa0;: {apologies}  ·  Absents&#xa0;: {absent}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>quorate</source>
        <translation>quorum atteint</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{value} more needed for quorum</source>
        <translation>encore {value} pour atteindre le quorum</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  ·  Quorum: {attended} of {quorum} ({state})</source>
        <translation>  ·  Quorum&#xa0;: {attended} sur {quorum} ({state})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  ·  No quorum set</source>
        <translation>  ·  Aucun quorum fixé</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save the sign-in sheet as a PDF</source>
        <translation>Enregistrer la feuille d’émargement en PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in {value} {title}</source>
        <translation>Émargement {value} {title}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sign-in sheet</source>
        <translation>Feuille d’émargement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sign-in sheet for {title}: every current member, with a column to sign and spare lines for others.</source>
        <translation>La feuille d’émargement de {title}&#xa0;: tous les adhérents actuels, avec une colonne pour signer et des lignes libres pour les autres personnes présentes.</translation>
    </message>
</context>
<context>
    <name>BusyBar</name>
    <message>
        <location filename="../../desktop/widgets.py" line="+68"/>
        <source>Working</source>
        <extracomment>how long work runs before :meth:`set_busy` shows the bar</extracomment>
        <translation>Traitement en cours</translation>
    </message>
</context>
<context>
    <name>CampaignsPage</name>
    <message>
        <location filename="../../desktop/views/list_pages.py" line="+317"/>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+1"/>
        <source>New campaign name</source>
        <translation>Nom de la nouvelle campagne</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add campaign</source>
        <translation>Ajouter la campagne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No campaigns yet. Type a campaign&apos;s name below and press Add campaign; conversations can then be linked to it.</source>
        <translation>Aucune campagne pour l’instant. Tapez le nom d’une campagne ci-dessous et appuyez sur Ajouter la campagne&#xa0;; vous pourrez ensuite y rattacher des conversations.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Starts</source>
        <translation>Dé&amp;but</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ends</source>
        <translation>&amp;Fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tatus</source>
        <translation>&amp;Statut</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <location filename="../../desktop/views/wall_chart.py" line="+79"/>
        <source>Wall chart</source>
        <extracomment>the answer a key records on the current card the baseline&apos;s offset in a line, for the bold (True) and the small font a person to open (their id) record this answer for this person move this person to this unit (&quot;&quot; for none)</extracomment>
        <translation>Tableau mural</translation>
    </message>
    <message>
        <location line="+235"/>
        <source>member</source>
        <extracomment>what a click on a card does: None opens the person, else records this answer measured once: texts&apos; widths (by text and font), flags elided to a width</extracomment>
        <translation>adhérent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not a member</source>
        <translation>non adhérent</translation>
    </message>
    <message>
        <source>assessment {0}</source>
        <translation type="vanished">évaluation {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not assessed</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <source>point person: {0}</source>
        <translation type="vanished">référent&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no point person</source>
        <translation>pas de référent</translation>
    </message>
    <message>
        <source>point person for {0}</source>
        <translation type="vanished">référent de {0}</translation>
    </message>
    <message>
        <source>Open {0}</source>
        <translation type="vanished">Ouvrir {0}</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>assessment {assessment}</source>
        <translation>évaluation {assessment}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>point person: {point_person}</source>
        <translation>référent&#xa0;: {point_person}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>point person for {covers}</source>
        <translation>référent de {covers}</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Open {name}</source>
        <translation>Ouvrir {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asked, undecided</source>
        <translation>Sollicité, indécis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not asked yet</source>
        <translation>Pas encore sollicité</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move to unit</source>
        <translation>Déplacer vers l’unité</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No unit</source>
        <translation>Aucune unité</translation>
    </message>
</context>
<context>
    <name>ConflictsTab</name>
    <message>
        <location filename="../../desktop/views/conflicts.py" line="+118"/>
        <source>Two laptops changed the same thing while apart. Nothing was lost: both values are kept until you choose. The value shown elsewhere meanwhile is the newest.</source>
        <extracomment>the number of open conflicts changed (for the navigation badge) a conflict was settled (records changed: refresh the views)</extracomment>
        <translation>Deux ordinateurs ont modifié la même chose pendant qu’ils étaient séparés. Rien n’est perdu&#xa0;: les deux valeurs sont gardées jusqu’à ce que vous choisissiez. En attendant, c’est la plus récente qui s’affiche ailleurs.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Conflict details</source>
        <translation>Détail du conflit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep mine</source>
        <translation>Garder la mienne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep theirs</source>
        <translation>Garder la leur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a new value…</source>
        <translation>Saisir une nouvelle valeur…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep deleted</source>
        <translation>Laisser supprimé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No conflicts on this laptop.</source>
        <translation>Aucun conflit sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided here. The other laptops still show the conflict until they sync with this one (by USB stick or at a meeting); then they take this decision.</source>
        <translation>Décidé ici. Les autres ordinateurs affichent encore le conflit jusqu’à ce qu’ils se synchronisent avec celui-ci (par clé USB ou en réunion)&#xa0;; ils reprennent alors cette décision.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decision status</source>
        <translation>État de la décision</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Conflict error</source>
        <translation>Erreur de conflit</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Type a new value</source>
        <translation>Saisir une nouvelle valeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New value for {what}:</source>
        <translation>Nouvelle valeur pour {what}&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <location filename="../../desktop/i18n.py" line="+76"/>
        <source>%Ln changes</source>
        <translation>
            <numerusform>%Ln modification</numerusform>
            <numerusform>%Ln modifications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln laptops</source>
        <translation>
            <numerusform>%Ln ordinateur</numerusform>
            <numerusform>%Ln ordinateurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln pages</source>
        <translation>
            <numerusform>%Ln page</numerusform>
            <numerusform>%Ln pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln members</source>
        <translation>
            <numerusform>%Ln adhérent</numerusform>
            <numerusform>%Ln adhérents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln labels</source>
        <translation>
            <numerusform>%Ln étiquette</numerusform>
            <numerusform>%Ln étiquettes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln names</source>
        <translation>
            <numerusform>%Ln nom</numerusform>
            <numerusform>%Ln noms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln conflicts need a decision (see Conflicts).</source>
        <translation>
            <numerusform>%Ln conflit attend une décision (voir Conflits).</numerusform>
            <numerusform>%Ln conflits attendent une décision (voir Conflits).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln changes wait for earlier ones to arrive.</source>
        <translation>
            <numerusform>%Ln modification attend l’arrivée des précédentes.</numerusform>
            <numerusform>%Ln modifications attendent l’arrivée des précédentes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln rows to import.</source>
        <translation>
            <numerusform>%Ln ligne à importer.</numerusform>
            <numerusform>%Ln lignes à importer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln of them cannot be read as they are; Check rows lists them and why.</source>
        <translation>
            <numerusform>%Ln d’entre elles ne peut pas être lue telle quelle&#xa0;; Vérifier les lignes l’indique et dit pourquoi.</numerusform>
            <numerusform>%Ln d’entre elles ne peuvent pas être lues telles quelles&#xa0;; Vérifier les lignes les liste et dit pourquoi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln changes rejected.</source>
        <translation>
            <numerusform>%Ln modification refusée.</numerusform>
            <numerusform>%Ln modifications refusées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreateBranchPage</name>
    <message>
        <location filename="../../desktop/views/first_run.py" line="+173"/>
        <source>Create a branch</source>
        <translation>Créer une section</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The passphrase encrypts everything on this laptop. Nobody can recover it for you: write it down and keep it somewhere safe.</source>
        <translation>La phrase secrète chiffre tout ce qui se trouve sur cet ordinateur. Personne ne pourra la retrouver pour vous&#xa0;: notez-la et gardez-la en lieu sûr.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>for example: Northside Tenants&apos; Union</source>
        <translation>par exemple&#xa0;: Union des locataires du quartier Nord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Branch name error</source>
        <translation>Erreur dans le nom de la section</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Branch name</source>
        <translation>Nom de la &amp;section</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Branch name</source>
        <translation>Nom de la section</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Creating the vault</source>
        <translation>Création du coffre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Create branch</source>
        <translation>Créer la section</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The branch needs a name.</source>
        <translation>La section a besoin d’un nom.</translation>
    </message>
</context>
<context>
    <name>DataMenu</name>
    <message>
        <location filename="../../desktop/data_menu.py" line="+34"/>
        <location line="+25"/>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Import a spreadsheet…</source>
        <translation>Importer un tableur…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the list as shown…</source>
        <translation>Exporter la liste affichée…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print member list…</source>
        <translation>Imprimer la liste des adhérents…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the list as shown as a PDF to print (Ctrl+P)</source>
        <translation>Enregistrer la liste affichée en PDF pour l’imprimer (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print mailing labels…</source>
        <translation>Imprimer des étiquettes d’adresse…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4 labels, 3 × 7, for the list as shown</source>
        <translation>Étiquettes A4, 3 × 7, pour la liste affichée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find and merge duplicates…</source>
        <translation>Trouver et fusionner les doublons…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the list&apos;s &amp;emails</source>
        <translation>Copier les &amp;e-mails de la liste</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everyone in the list as shown who may be emailed, ready to paste into BCC</source>
        <translation>Toutes les personnes de la liste affichée qu’on peut contacter par e-mail, prêtes à coller en Cci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the list&apos;s &amp;phone numbers</source>
        <translation>Copier les numéros de &amp;téléphone de la liste</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everyone in the list as shown who may be phoned</source>
        <translation>Toutes les personnes de la liste affichée qu’on peut appeler</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Data: import, export, print, duplicates</source>
        <translation>Données&#xa0;: import, export, impression, doublons</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Nobody in the list can be reached that way.</source>
        <translation>Personne dans la liste ne peut être joint de cette façon.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>emails</source>
        <translation>adresses e-mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>phone numbers</source>
        <translation>numéros de téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copied {count} {what}; {left_out} left out (not to be contacted that way), {missing} with none. The clipboard is cleared in {seconds} seconds.</source>
        <translation>Copié&#xa0;: {count} {what}&#xa0;; {left_out} personnes laissées de côté (à ne pas contacter de cette façon), {missing} sans coordonnée de ce type. Le presse-papiers sera vidé dans {seconds} secondes.</translation>
    </message>
    <message>
        <source>Copied {0} {1}; {2} left out (not to be contacted that way), {3} with none. The clipboard is cleared in {4} seconds.</source>
        <translation type="vanished">Copié&#xa0;: {0} {1}&#xa0;; {2} personnes laissées de côté (à ne pas contacter de cette façon), {3} sans coordonnée de ce type. Le presse-papiers sera vidé dans {4} secondes.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save the member list as a PDF</source>
        <translation>Enregistrer la liste des adhérents en PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>Member list</source>
        <translation>Liste des adhérents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The members in the list as shown, in its order.</source>
        <translation>Les adhérents de la liste affichée, dans le même ordre.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save mailing labels as a PDF</source>
        <translation>Enregistrer les étiquettes d’adresse en PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>Mailing labels</source>
        <translation>Étiquettes d’adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4 sheets of 3 × 7 labels (63.5 × 38.1 mm) for the members in the list as shown who have a postal address and may be posted to.</source>
        <translation>Feuilles A4 de 3 × 7 étiquettes (63,5 × 38,1 mm) pour les adhérents de la liste affichée qui ont une adresse postale et acceptent le courrier.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>{0} (e.g. {1})</source>
        <translation type="vanished">{0} (ex.&#xa0;: {1})</translation>
    </message>
    <message>
        <source>e.g. {0} or 2031-12-31</source>
        <translation type="vanished">ex.&#xa0;: {0} ou 2031-12-31</translation>
    </message>
    <message>
        <location filename="../../desktop/dates.py" line="+52"/>
        <source>{placeholder} (e.g. {example})</source>
        <translation>{placeholder} (ex.&#xa0;: {example})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. {example} or 2031-12-31</source>
        <translation>ex.&#xa0;: {example} ou 2031-12-31</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pick a date (Alt+Down)</source>
        <translation>Choisir une date (Alt+Down)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
</context>
<context>
    <name>DemoPage</name>
    <message>
        <location filename="../../desktop/views/demo_page.py" line="+49"/>
        <source>Try the demo</source>
        <extracomment>the demo&apos;s session and a sentence to show with it</extracomment>
        <translation>Essayer la démo</translation>
    </message>
    <message>
        <source>Making a demo branch with {members:,} invented members…</source>
        <translation type="vanished">Création d’une section de démonstration avec {members:,} adhérents fictifs…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+58"/>
        <source>Making a demo branch with {members} invented members…</source>
        <translation>Création d’une section de démonstration avec {members} adhérents fictifs…</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Demo progress</source>
        <translation>Progression de la démo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The demo branch is ready, in its own file: your real branch stays apart. Its passphrase is below. Close the demo from the Vault menu when you are done; Try the demo opens it again.</source>
        <translation>La section de démonstration est prête, dans son propre fichier&#xa0;: votre vraie section reste à part. Sa phrase secrète figure ci-dessous. Fermez la démo depuis le menu Coffre quand vous avez terminé&#xa0;; Essayer la démo la rouvre.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Demo passphrase</source>
        <translation>Phrase secrète de la démo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the demo</source>
        <translation>Annuler la démo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the demo</source>
        <translation>Ouvrir la démo</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Opening the demo branch made earlier…</source>
        <translation>Ouverture de la section de démonstration créée précédemment…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Making the demo branch was cancelled; nothing was kept.</source>
        <translation>La création de la section de démonstration a été annulée&#xa0;; rien n’a été conservé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The demo branch could not be made.</source>
        <translation>La section de démonstration n’a pas pu être créée.</translation>
    </message>
</context>
<context>
    <name>Devices</name>
    <message>
        <location filename="../../desktop/views/devices.py" line="+65"/>
        <source>a laptop no longer listed</source>
        <translation>un ordinateur qui n’est plus dans la liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>founded the branch</source>
        <translation>a fondé la section</translation>
    </message>
</context>
<context>
    <name>DevicesTab</name>
    <message>
        <location line="+33"/>
        <source>Every laptop that holds this branch. Only an admin can admit or revoke one.</source>
        <translation>Tous les ordinateurs qui détiennent cette section. Seul un administrateur peut en accepter ou en révoquer un.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Branch fingerprint</source>
        <translation>Empreinte de la section</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A laptop joining with a welcome file shows this before it joins: the two must be the same.</source>
        <translation>Un ordinateur qui rejoint la section avec un fichier d’accueil affiche ceci avant de la rejoindre&#xa0;: les deux doivent être identiques.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Admit a laptop from a join request file…</source>
        <translation>Accepter un ordinateur à partir d’un fichier de demande de rattachement…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admit a laptop</source>
        <translation>Accepter un ordinateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoke…</source>
        <translation>Révoquer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+87"/>
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Devices error</source>
        <translation>Erreur d’appareils</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Branch fingerprint: {fingerprint}</source>
        <translation>Empreinte de la section&#xa0;: {fingerprint}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Only an admin laptop can do this.</source>
        <translation>Seul un ordinateur administrateur peut faire cela.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Revoke a laptop</source>
        <translation>Révoquer un ordinateur</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Choose the join request file</source>
        <translation>Choisir le fichier de demande de rattachement</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save the welcome file</source>
        <translation>Enregistrer le fichier d’accueil</translation>
    </message>
</context>
<context>
    <name>DuplicatesTable</name>
    <message>
        <location filename="../../desktop/dialogs/import_duplicates.py" line="+31"/>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In the file</source>
        <translation>Dans le fichier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Same person as</source>
        <translation>Même personne que</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Do</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rows matching existing members</source>
        <translation>Lignes correspondant à des adhérents existants</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Row {row} of this file: {name} ({reason})</source>
        <extracomment>{row} is a row number of the spreadsheet, {name} who is on it, {reason} why it is the same person (the engine&apos;s words)</extracomment>
        <translation>Ligne {row} de ce fichier&#xa0;: {name} ({reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} ({reason})</source>
        <translation>{name} ({reason})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Row {row}</source>
        <translation>Ligne {row}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(as chosen above)</source>
        <translation>(comme choisi ci-dessus)</translation>
    </message>
</context>
<context>
    <name>EmptyList</name>
    <message>
        <location filename="../../desktop/views/members_keys.py" line="+86"/>
        <source>What to do next</source>
        <extracomment>the user asked to clear the search and the filters</extracomment>
        <translation>Que faire ensuite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lear the search and filters</source>
        <translation>Effacer &amp;la recherche et les filtres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the search and filters</source>
        <translation>Effacer la recherche et les filtres</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No one matches “{search}”. Check the spelling, or clear the search.</source>
        <translation>Personne ne correspond à «&#xa0;{search}&#xa0;». Vérifiez l’orthographe ou effacez la recherche.</translation>
    </message>
    <message>
        <source>No one matches “{0}”. Check the spelling, or clear the search.</source>
        <translation type="vanished">Personne ne correspond à «&#xa0;{0}&#xa0;». Vérifiez l’orthographe ou effacez la recherche.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No one matches these filters.</source>
        <translation>Personne ne correspond à ces filtres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No members yet. Press New member (Ctrl+N) to add one, or bring in a spreadsheet with Data → Import.</source>
        <translation>Aucun adhérent pour l’instant. Appuyez sur Nouvel adhérent (Ctrl+N) pour en ajouter un, ou importez un tableur avec Données → Importer un tableur.</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../../desktop/dialogs/erase.py" line="+26"/>
        <source>Erase member for good</source>
        <translation>Effacer définitivement l’adhérent</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This permanently erases {member_name} — their details, notes, tags, consents and history, and saved searches that name them — from this laptop, and from every laptop of the branch after sync. It cannot be undone.

Use it when someone asks to be forgotten. To take someone off the list but keep their record, use Delete instead (deleted members can be restored).</source>
        <translation>Cette action efface définitivement {member_name} — ses coordonnées, notes, mots-clés, consentements et historique, ainsi que les recherches enregistrées qui le nomment — de cet ordinateur, puis de tous les ordinateurs de la section après synchronisation. Elle est irréversible.

Utilisez-la quand quelqu’un demande à être oublié. Pour retirer quelqu’un de la liste tout en gardant sa fiche, utilisez plutôt Supprimer (les adhérents supprimés peuvent être restaurés).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>I understand: erase this person for good</source>
        <translation>J’ai compris&#xa0;: effacer définitivement cette personne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm erasure</source>
        <translation>Confirmer l’effacement</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>Erase for good</source>
        <translation>Effacer définitivement</translation>
    </message>
</context>
<context>
    <name>ErrorLabel</name>
    <message>
        <location filename="../../desktop/widgets.py" line="-23"/>
        <source>Error message</source>
        <translation>Message d’erreur</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/dialogs/export_dialog.py" line="+80"/>
        <location line="+93"/>
        <source>Export members</source>
        <translation>Exporter des adhérents</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Format:</source>
        <translation>Format&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export to file</source>
        <translation>Exporter vers un fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where to save the file</source>
        <translation>Où enregistrer le fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File:</source>
        <translation>Fichier&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Columns:</source>
        <translation>Colonnes&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Columns to export</source>
        <translation>Colonnes à exporter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export result</source>
        <translation>Résultat de l’export</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recent exports</source>
        <translation>Exports récents</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{count} members in the current list will be exported.</source>
        <translation>{count} adhérents de la liste actuelle seront exportés.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{time} · {device} · {kind} · {rows} rows · {file}</source>
        <translation>{time} · {device} · {kind} · {rows} lignes · {file}</translation>
    </message>
    <message>
        <source>{0} · {1} · {2} · {3} rows · {4}</source>
        <translation type="vanished">{0} · {1} · {2} · {3} lignes · {4}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recent exports:</source>
        <translation>Exports récents&#xa0;:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Choose where to save the file.</source>
        <translation>Choisissez où enregistrer le fichier.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose at least one column.</source>
        <translation>Choisissez au moins une colonne.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Exported {rows} members to {path}. It is not encrypted.</source>
        <translation>{rows} adhérents exportés vers {path}. Ce fichier n’est pas chiffré.</translation>
    </message>
</context>
<context>
    <name>ExtraFilters</name>
    <message>
        <location filename="../../desktop/views/member_filters.py" line="+36"/>
        <source>Dues unpaid before</source>
        <translation>Cotisations impayées avant le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only members with dues unpaid before a date</source>
        <translation>Seulement les adhérents qui ont des cotisations impayées avant une date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dues unpaid before date</source>
        <translation>Date limite des cotisations impayées</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lowest assessment</source>
        <translation>Évaluation minimale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highest assessment</source>
        <translation>Évaluation maximale</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>any</source>
        <translation>indifférent</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../../desktop/files.py" line="+22"/>
        <source>PDF documents (*.pdf)</source>
        <extracomment>the ending a saved file of each kind gets when its name lacks one</extracomment>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caucus vaults (*.caucus)</source>
        <translation>Coffres Caucus (*.caucus)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV spreadsheets (*.csv)</source>
        <translation>Tableurs CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreadsheets (*.csv *.xlsx *.txt)</source>
        <translation>Tableurs (*.csv *.xlsx *.txt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join requests (*.caucus-request)</source>
        <translation>Demandes de rattachement (*.caucus-request)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welcome files (*.caucus-welcome)</source>
        <translation>Fichiers d’accueil (*.caucus-welcome)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync files (*.caucus-bundle)</source>
        <translation>Fichiers de synchronisation (*.caucus-bundle)</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+15"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>FinishJoinWindow</name>
    <message>
        <location filename="../../desktop/views/join_page.py" line="+371"/>
        <source>Finish joining — Caucus</source>
        <extracomment>the joined session, and a sentence to show with it</extracomment>
        <translation>Terminer le rattachement — Caucus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finish joining</source>
        <translation>Terminer le rattachement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This laptop&apos;s vault is ready, but it is not yet part of a branch.</source>
        <translation>Le coffre de cet ordinateur est prêt, mais il ne fait pas encore partie d’une section.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Join request file</source>
        <translation>Fichier de demande de rattachement</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1. Take the join request to an admin. On an admin&apos;s laptop: {ADMIT_PATH}; it saves a welcome file made for this laptop only.
2. Bring the welcome file back and load it here.</source>
        <translation>1. Apportez la demande de rattachement à un administrateur. Sur l’ordinateur d’un administrateur&#xa0;: {ADMIT_PATH}&#xa0;; cela enregistre un fichier d’accueil fait pour cet ordinateur uniquement.
2. Rapportez le fichier d’accueil et chargez-le ici.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Make the request file again…</source>
        <translation>Refaire le fichier de demande…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make the request file again</source>
        <translation>Refaire le fichier de demande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load the welcome file…</source>
        <translation>Charger le fichier d’accueil…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load the welcome file</source>
        <translation>Charger le fichier d’accueil</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loading the welcome file</source>
        <translation>Chargement du fichier d’accueil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Joining error</source>
        <translation>Erreur de rattachement</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Load the welcome file again to complete joining.</source>
        <translation>Chargez à nouveau le fichier d’accueil pour terminer le rattachement.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Check the branch</source>
        <translation>Vérifier la section</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This welcome file is for the branch “{branch_name}”.

Branch fingerprint:  {fingerprint}

On the admin&apos;s laptop, Sync → Devices shows the branch fingerprint. Join only if the two are the same.</source>
        <translation>Ce fichier d’accueil est destiné à la section «&#xa0;{branch_name}&#xa0;».

Empreinte de la section&#xa0;:  {fingerprint}

Sur l’ordinateur de l’administrateur, Synchro → Appareils affiche l’empreinte de la section. Ne rejoignez la section que si les deux sont identiques.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>They match: join</source>
        <translation>Elles sont identiques&#xa0;: rejoindre</translation>
    </message>
</context>
<context>
    <name>FirstRunWindow</name>
    <message>
        <location filename="../../desktop/views/first_run.py" line="-171"/>
        <location line="+23"/>
        <source>Welcome to Caucus</source>
        <extracomment>an unlocked session (a new branch, the demo, a joined branch or one waiting to join) the user picked an existing vault file to unlock a new branch was made (the app then asks to write the passphrase down)</extracomment>
        <translation>Bienvenue dans Caucus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Caucus keeps your branch&apos;s member list on this laptop, encrypted with a passphrase only you know. Officers&apos; laptops sync with each other directly — by USB stick or at a meeting — with no server and no cloud.</source>
        <translation>Caucus garde la liste des adhérents de votre section sur cet ordinateur, chiffrée avec une phrase secrète que personne d’autre que vous ne connaît. Les ordinateurs des responsables se synchronisent directement entre eux — par clé USB ou en réunion — sans serveur ni cloud.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create a branch</source>
        <translation>Créer une section</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new, empty branch on this laptop. You become its first admin.</source>
        <translation>Démarrer une nouvelle section, vide, sur cet ordinateur. Vous en devenez le premier administrateur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open an existing vault file…</source>
        <translation>Ouvrir un fichier coffre existant…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock a Caucus vault file that is already on this computer or a stick.</source>
        <translation>Déverrouiller un fichier coffre Caucus qui se trouve déjà sur cet ordinateur ou sur une clé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try the demo</source>
        <translation>Essayer la démo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a demo branch with 2,000 invented members to look around safely.</source>
        <translation>Créer une section de démonstration avec 2 000 adhérents fictifs pour faire le tour sans risque.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Join a branch</source>
        <translation>Rejoindre une section</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add this laptop to a branch another officer already runs.</source>
        <translation>Ajouter cet ordinateur à une section qu’un autre responsable gère déjà.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The vault will be kept at {vault_path}</source>
        <translation>Le coffre sera conservé dans {vault_path}</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../desktop/views/member_notes.py" line="+163"/>
        <location line="+50"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>(erased)</source>
        <translation>(effacé)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+6"/>
        <source>Tag added</source>
        <translation>Mot-clé ajouté</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Tag removed</source>
        <translation>Mot-clé retiré</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(a workplace no longer listed)</source>
        <translation>(un lieu de travail qui n’est plus dans la liste)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Consent: {kind}</source>
        <translation>Consentement&#xa0;: {kind}</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../desktop/dialogs/import_wizard.py" line="+131"/>
        <location line="+126"/>
        <source>Import members</source>
        <translation>Importer des adhérents</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>A .csv or .xlsx file</source>
        <translation>Un fichier .csv ou .xlsx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File to import</source>
        <translation>Fichier à importer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read file</source>
        <translation>Lire le fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File:</source>
        <translation>Fichier&#xa0;:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved mapping</source>
        <translation>Correspondance enregistrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(guess from the headings)</source>
        <translation>(deviner d’après les en-têtes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mapping:</source>
        <translation>Correspondance&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name to save this mapping under (optional)</source>
        <translation>Nom sous lequel enregistrer cette correspondance (facultatif)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save mapping as</source>
        <translation>Enregistrer la correspondance sous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save mapping</source>
        <translation>Enregistrer la correspondance</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First value</source>
        <translation>Première valeur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import as</source>
        <translation>Importer comme</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Column mapping</source>
        <translation>Correspondance des colonnes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Preview of the first rows</source>
        <translation>Aperçu des premières lignes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When a row matches an existing member</source>
        <translation>Quand une ligne correspond à un adhérent existant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check rows</source>
        <translation>Vérifier les lignes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows matching an existing member:</source>
        <translation>Lignes correspondant à un adhérent existant&#xa0;:</translation>
    </message>
    <message>
        <location line="+229"/>
        <source>{rows} rows: {rejected} will be rejected, {matching} match existing members or earlier rows, {flagged} have values to check (below: type a fix, then Check rows again).</source>
        <translation>{rows} lignes&#xa0;: {rejected} seront refusées, {matching} correspondent à des adhérents existants ou à des lignes précédentes, {flagged} ont des valeurs à vérifier (ci-dessous&#xa0;: tapez une correction, puis relancez Vérifier les lignes).</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Row {row}: {why}</source>
        <translation>Ligne {row}&#xa0;: {why}</translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="vanished">Ligne</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation type="vanished">Dans le fichier</translation>
    </message>
    <message>
        <source>Same person as</source>
        <translation type="vanished">Même personne que</translation>
    </message>
    <message>
        <source>Do</source>
        <translation type="vanished">Action</translation>
    </message>
    <message>
        <source>Rows matching existing members</source>
        <translation type="vanished">Lignes correspondant à des adhérents existants</translation>
    </message>
    <message>
        <location line="-300"/>
        <source>&amp;Repair what spreadsheet programs damage: a lost leading 0, numbers shown as 4.47913E+11, dates shown as day numbers</source>
        <translation>&amp;Réparer ce que les tableurs abîment&#xa0;: un 0 initial perdu, des nombres affichés comme 4,47913E+11, des dates affichées comme des numéros de jour</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repair damaged values</source>
        <translation>Réparer les valeurs abîmées</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import result</source>
        <translation>Résultat de l’import</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rows not imported</source>
        <translation>Lignes non importées</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop import</source>
        <translation>Arrêter l’import</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Choose a file to import.</source>
        <translation>Choisissez un fichier à importer.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{kind}: {rows}</source>
        <translation>{kind}&#xa0;: {rows}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Import {heading} as</source>
        <translation>Importer {heading} comme</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Custom field “{heading}”</source>
        <translation>Champ personnalisé «&#xa0;{heading}&#xa0;»</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Custom field “{target}”</source>
        <translation>Champ personnalisé «&#xa0;{target}&#xa0;»</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Give the mapping a name to save it under.</source>
        <translation>Donnez un nom à la correspondance pour l’enregistrer.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved the mapping as “{name}”.</source>
        <translation>Correspondance enregistrée sous «&#xa0;{name}&#xa0;».</translation>
    </message>
    <message>
        <source>{count} rows: {count2} will be rejected, {count3} match existing members or earlier rows, {flagged} have values to check (below: type a fix, then Check rows again).</source>
        <translation type="vanished">{count} lignes&#xa0;: {count2} seront refusées, {count3} correspondent à des adhérents existants ou à des lignes précédentes, {flagged} ont des valeurs à vérifier (ci-dessous&#xa0;: tapez une correction, puis relancez Vérifier les lignes).</translation>
    </message>
    <message>
        <source>Row {duplicate_row} of this file: </source>
        <translation type="vanished">Ligne {duplicate_row} de ce fichier&#xa0;: </translation>
    </message>
    <message>
        <source>Row {row}</source>
        <translation type="vanished">Ligne {row}</translation>
    </message>
    <message>
        <source>(as chosen above)</source>
        <translation type="vanished">(comme choisi ci-dessus)</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Stopping after the current batch…</source>
        <translation>Arrêt après le lot en cours…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Imported. Read a file again to import more.</source>
        <translation>Import terminé. Lisez un autre fichier pour en importer davantage.</translation>
    </message>
</context>
<context>
    <name>IssuesTable</name>
    <message>
        <location filename="../../desktop/dialogs/import_issues.py" line="+33"/>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the file</source>
        <translation>Dans le fichier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What was done</source>
        <translation>Ce qui a été fait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your fix (type to replace)</source>
        <translation>Votre correction (tapez pour remplacer)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Values to check</source>
        <translation>Valeurs à vérifier</translation>
    </message>
</context>
<context>
    <name>JoinPage</name>
    <message>
        <location filename="../../desktop/views/join_page.py" line="-405"/>
        <source>Where to save the join request (for example your USB stick)</source>
        <translation>Où enregistrer la demande de rattachement (par exemple sur votre clé USB)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Join a branch</source>
        <extracomment>a session: joined (by code), or waiting for its welcome file (after the request), and a sentence to show with it</extracomment>
        <translation>Rejoindre une section</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This laptop gets its own key and its own passphrase, which encrypts everything on it (nobody can recover it for you). An admin&apos;s laptop then admits it and sends it the branch&apos;s data.</source>
        <translation>Cet ordinateur reçoit sa propre clé et sa propre phrase secrète, qui chiffre tout ce qu’il contient (personne ne pourra la retrouver pour vous). L’ordinateur d’un administrateur l’accepte ensuite et lui envoie les données de la section.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pairing code error</source>
        <translation>Erreur de code d’appairage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address error</source>
        <translation>Erreur d’adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How to join</source>
        <translation>Comment rejoindre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At a meeting: pairing code</source>
        <translation>En réunion&#xa0;: code d’appairage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>By USB stick: welcome file</source>
        <translation>Par clé USB&#xa0;: fichier d’accueil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check string</source>
        <translation>Chaîne de contrôle</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Join status</source>
        <translation>État du rattachement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Joining</source>
        <translation>Rattachement en cours</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel joining</source>
        <translation>Annuler le rattachement</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>On the admin&apos;s laptop, open Sync → Meeting (Wi-Fi) and press Pair a new laptop: it shows a one-time code to type here. Both laptops must be on the same network.</source>
        <translation>Sur l’ordinateur de l’administrateur, ouvrez Synchro → Réunion (Wi-Fi) et appuyez sur Appairer un nouvel ordinateur&#xa0;: il affiche un code à usage unique, à taper ici. Les deux ordinateurs doivent être sur le même réseau.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pairing &amp;code</source>
        <translation>&amp;Code d’appairage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pairing code</source>
        <translation>Code d’appairage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only if needed, e.g. 192.168.1.20:47300</source>
        <translation>seulement si nécessaire, ex.&#xa0;: 192.168.1.20:47300</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only if this laptop cannot find the admin&apos;s by itself (some networks block that): the address the admin&apos;s laptop shows.</source>
        <translation>Seulement si cet ordinateur ne trouve pas tout seul celui de l’administrateur (certains réseaux l’empêchent)&#xa0;: l’adresse qu’affiche l’ordinateur de l’administrateur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Admin&apos;s &amp;address</source>
        <translation>&amp;Adresse de l’administrateur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Admin&apos;s address</source>
        <translation>Adresse de l’administrateur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Join</source>
        <translation>Rejoindre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join by pairing code</source>
        <translation>Rejoindre avec un code d’appairage</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No meeting soon? Save a join request on a USB stick and give it to an admin. On an admin&apos;s laptop: {ADMIT_PATH}; it saves a welcome file for this laptop on the stick. Then load the welcome file here (you may close Caucus in between: unlocking this laptop&apos;s vault brings you back to that step).</source>
        <translation>Pas de réunion prévue bientôt&#xa0;? Enregistrez une demande de rattachement sur une clé USB et donnez-la à un administrateur. Sur l’ordinateur d’un administrateur&#xa0;: {ADMIT_PATH}&#xa0;; cela enregistre sur la clé un fichier d’accueil pour cet ordinateur. Chargez ensuite ce fichier d’accueil ici (vous pouvez fermer Caucus entre-temps&#xa0;: déverrouiller le coffre de cet ordinateur vous ramène à cette étape).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save the join request…</source>
        <translation>Enregistrer la demande de rattachement…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the join request</source>
        <translation>Enregistrer la demande de rattachement</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Creating this laptop&apos;s vault…</source>
        <translation>Création du coffre de cet ordinateur…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Creating this laptop&apos;s vault and its join request…</source>
        <translation>Création du coffre de cet ordinateur et de sa demande de rattachement…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Joining was cancelled; nothing was kept on this laptop.</source>
        <translation>Le rattachement a été annulé&#xa0;; rien n’a été conservé sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Load the welcome file</source>
        <translation>Charger le fichier d’accueil</translation>
    </message>
</context>
<context>
    <name>LanTab</name>
    <message>
        <location filename="../../desktop/views/sync_lan.py" line="+57"/>
        <source>Meeting mode on: other laptops of the branch can sync with this one.</source>
        <translation>Mode réunion activé&#xa0;: les autres ordinateurs de la section peuvent se synchroniser avec celui-ci.</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>At a meeting, laptops on the same Wi-Fi sync directly. Turn meeting mode on at one laptop; the others look for it and sync. Only this branch&apos;s laptops can recognise or reach it.</source>
        <extracomment>a sync brought changes in (refresh every view) a new laptop joined (reload the roster) where meeting mode and pairing listen, and the interfaces they announce on</extracomment>
        <translation>En réunion, les ordinateurs connectés au même Wi-Fi se synchronisent directement. Activez le mode réunion sur un ordinateur&#xa0;; les autres le cherchent et se synchronisent avec lui. Seuls les ordinateurs de cette section peuvent le reconnaître ou l’atteindre.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+2"/>
        <location line="+1"/>
        <source>Meeting mode</source>
        <translation>Mode réunion</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+113"/>
        <location line="+39"/>
        <location line="+36"/>
        <source>Meeting mode is off.</source>
        <translation>Le mode réunion est désactivé.</translation>
    </message>
    <message>
        <location line="-187"/>
        <source>Meeting mode status</source>
        <translation>État du mode réunion</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last incoming sync</source>
        <translation>Dernière synchronisation reçue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting mode error</source>
        <translation>Erreur du mode réunion</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+14"/>
        <source>Laptops nearby</source>
        <translation>Ordinateurs à proximité</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Look for laptops</source>
        <translation>Chercher des ordinateurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Looking for laptops</source>
        <translation>Recherche d’ordinateurs</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The other laptop&apos;s address</source>
        <translation>Adresse de l’autre ordinateur</translation>
    </message>
    <message>
        <source>Address shown on the other laptop, e.g. 192.168.1.20:{0}</source>
        <translation type="vanished">Adresse affichée sur l’autre ordinateur, ex.&#xa0;: 192.168.1.20:{0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address shown on the other laptop, e.g. 192.168.1.20:{meeting_port}</source>
        <translation>Adresse affichée sur l’autre ordinateur, ex.&#xa0;: 192.168.1.20:{meeting_port}</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <source>Sync with this address</source>
        <translation>Se synchroniser avec cette adresse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If no laptop is found (some Wi-Fi blocks this):</source>
        <translation>Si aucun ordinateur n’est trouvé (certains Wi-Fi l’empêchent)&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync with the selected laptop</source>
        <translation>Se synchroniser avec l’ordinateur sélectionné</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sync with all</source>
        <translation>Se synchroniser avec tous</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meeting sync progress</source>
        <translation>Progression de la synchronisation en réunion</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel sync</source>
        <translation>Annuler la synchronisation</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Meeting sync status</source>
        <translation>État de la synchronisation en réunion</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meeting sync error</source>
        <translation>Erreur de synchronisation en réunion</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Meeting mode: on</source>
        <translation>Mode réunion&#xa0;: activé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting mode: off</source>
        <translation>Mode réunion&#xa0;: désactivé</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Starting meeting mode…</source>
        <translation>Démarrage du mode réunion…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{meeting_on} Its address: {address}.</source>
        <translation>{meeting_on} Son adresse&#xa0;: {address}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (Port {port} was in use, so port {address} is used.)</source>
        <translation> (Le port {port} était occupé&#xa0;: c’est le port {address} qui est utilisé.)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Meeting mode could not start: {human_message}</source>
        <translation>Le mode réunion n’a pas pu démarrer&#xa0;: {human_message}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Last: {who} at {time}. {what}</source>
        <translation>Dernière&#xa0;: {who} à {time}. {what}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Looking for this branch&apos;s laptops…</source>
        <translation>Recherche des ordinateurs de cette section…</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Found %n laptops of this branch.</source>
        <translation>
            <numerusform>%n ordinateur de cette section trouvé.</numerusform>
            <numerusform>%n ordinateurs de cette section trouvés.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No laptop of this branch answered. Is meeting mode on at the others? If the venue&apos;s Wi-Fi hides them, type an address below.</source>
        <translation>Aucun ordinateur de cette section n’a répondu. Le mode réunion est-il activé sur les autres&#xa0;? Si le Wi-Fi du lieu les masque, tapez une adresse ci-dessous.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Stopping after the current batch…</source>
        <translation>Arrêt après le lot en cours…</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../desktop/views/list_pages.py" line="-295"/>
        <source>Add</source>
        <extracomment>(placeholder, accessible name, width in characters) of the add line&apos;s fields</extracomment>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>What to do next</source>
        <extracomment>what the page says while it lists nothing: what to do next the fields of the record&apos;s Details dialog (none: no such dialog) a change the page made that other pages may show (e.g. a new workplace)</extracomment>
        <translation>Que faire ensuite</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Details…</source>
        <translation>&amp;Détails…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the details</source>
        <translation>Modifier les détails</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the details of the selected row (Enter)</source>
        <translation>Modifier les détails de la ligne sélectionnée (Enter)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{title} error</source>
        <translation>Erreur&#xa0;: {title}</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Details of {name}</source>
        <translation>Détails de {name}</translation>
    </message>
    <message>
        <source>Details of {0}</source>
        <translation type="vanished">Détails de {0}</translation>
    </message>
</context>
<context>
    <name>MainToolbar</name>
    <message>
        <location filename="../../desktop/main_toolbar.py" line="+37"/>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Search names, contacts, notes  (Ctrl+F)</source>
        <translation>Rechercher noms, coordonnées, notes  (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search members</source>
        <translation>Rechercher des adhérents</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New member</source>
        <translation>Nouvel adhérent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a member (Ctrl+N)</source>
        <translation>Ajouter un adhérent (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sync</source>
        <translation>Synchro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync by USB stick or at a meeting; devices, pairing and conflicts</source>
        <translation>Synchroniser par clé USB ou en réunion&#xa0;; appareils, appairage et conflits</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language, when the vault locks itself, the clipboard</source>
        <translation>Langue, quand le coffre se verrouille tout seul, le presse-papiers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock the vault now (Ctrl+L)</source>
        <translation>Verrouiller le coffre maintenant (Ctrl+L)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/main_window.py" line="+93"/>
        <source>Sections</source>
        <extracomment>the user closes the demo (Vault menu) the preferences were changed (the app re-reads the auto-lock minutes) the preferences chose another language (the app installs it and rebuilds this window)</extracomment>
        <translation>Rubriques</translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="vanished">Principal</translation>
    </message>
    <message>
        <source>Search names, contacts, notes  (Ctrl+F)</source>
        <translation type="vanished">Rechercher noms, coordonnées, notes  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search members</source>
        <translation type="vanished">Rechercher des adhérents</translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="vanished">Rechercher</translation>
    </message>
    <message>
        <source>New member</source>
        <translation type="vanished">Nouvel adhérent</translation>
    </message>
    <message>
        <source>Add a member (Ctrl+N)</source>
        <translation type="vanished">Ajouter un adhérent (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+248"/>
        <source>Sync</source>
        <translation>Synchro</translation>
    </message>
    <message>
        <source>Sync by USB stick or at a meeting; devices, pairing and conflicts</source>
        <translation type="vanished">Synchroniser par clé USB ou en réunion&#xa0;; appareils, appairage et conflits</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="vanished">Préférences</translation>
    </message>
    <message>
        <source>When the vault locks itself; the clipboard</source>
        <translation type="vanished">Quand le coffre se verrouille tout seul&#xa0;; le presse-papiers</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="vanished">Verrouiller</translation>
    </message>
    <message>
        <source>Lock the vault now (Ctrl+L)</source>
        <translation type="vanished">Verrouiller le coffre maintenant (Ctrl+L)</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Branch and device</source>
        <translation>Section et appareil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working</source>
        <translation>Traitement en cours</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{branch_name} — Caucus</source>
        <translation>{branch_name} — Caucus</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Branch {branch_name}; this laptop is {device_name}</source>
        <translation>Section {branch_name}&#xa0;; cet ordinateur&#xa0;: {device_name}</translation>
    </message>
    <message>
        <source>Branch {0}; this laptop is {1}</source>
        <translation type="vanished">Section {0}&#xa0;; cet ordinateur&#xa0;: {1}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Sync ({count})</source>
        <translation>Synchro ({count})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} conflicts need a decision</source>
        <translation>{count} conflits attendent une décision</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <location filename="../../desktop/views/list_pages.py" line="+185"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+1"/>
        <source>New meeting title</source>
        <translation>Titre de la nouvelle réunion</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting date</source>
        <translation>Date de la réunion</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Location</source>
        <translation>Lieu</translation>
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
        <translation>Ajouter la réunion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No meetings yet. Type a title and a date below and press Add meeting; then mark who came.</source>
        <translation>Aucune réunion pour l’instant. Tapez un titre et une date ci-dessous et appuyez sur Ajouter la réunion&#xa0;; pointez ensuite qui est venu.</translation>
    </message>
</context>
<context>
    <name>MemberActions</name>
    <message>
        <location filename="../../desktop/views/member_actions.py" line="+32"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>The clipboard is cleared again after {0} seconds</source>
        <translation type="vanished">Le presse-papiers est de nouveau vidé au bout de {0} secondes</translation>
    </message>
    <message>
        <source>Copied. The clipboard will be cleared in {0} seconds.</source>
        <translation type="vanished">Copié. Le presse-papiers sera vidé dans {0} secondes.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Export everything about this member</source>
        <translation>Exporter tout ce qui concerne cet adhérent</translation>
    </message>
    <message>
        <source>{0} - personal data</source>
        <translation type="vanished">{0} - données personnelles</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Everything about this member</source>
        <translation>Tout ce qui concerne cet adhérent</translation>
    </message>
    <message>
        <source>Everything Caucus holds about {0} — details, tags, consents, conversations, tasks, attendance and the history of changes — as a JSON file for the request and, beside it, a PDF to print. Neither file is encrypted.</source>
        <translation type="vanished">Tout ce que Caucus détient sur {0} — coordonnées, mots-clés, consentements, conversations, tâches, présences et historique des modifications — dans un fichier JSON pour répondre à la demande et, à côté, un PDF à imprimer. Aucun des deux fichiers n’est chiffré.</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>The clipboard is cleared again after {seconds} seconds</source>
        <translation>Le presse-papiers est de nouveau vidé au bout de {seconds} secondes</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Copied. The clipboard will be cleared in {seconds} seconds.</source>
        <translation>Copié. Le presse-papiers sera vidé dans {seconds} secondes.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{display_name} - personal data</source>
        <translation>{display_name} - données personnelles</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Everything Caucus holds about {display_name} — details, tags, consents, conversations, tasks, attendance and the history of changes — as a JSON file for the request and, beside it, a PDF to print. Neither file is encrypted.</source>
        <translation>Tout ce que Caucus détient sur {display_name} — coordonnées, mots-clés, consentements, conversations, tâches, présences et historique des modifications — dans un fichier JSON pour répondre à la demande et, à côté, un PDF à imprimer. Aucun des deux fichiers n’est chiffré.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Deleted. The member is in the Deleted list and can be restored.</source>
        <translation>Supprimé. L’adhérent se trouve dans la liste des supprimés et peut être restauré.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restored.</source>
        <translation>Restauré.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Erased with {erased} earlier records merged into it. Other laptops erase it too when they next sync.</source>
        <translation>Effacé, avec les {erased} fiches antérieures qui y avaient été fusionnées. Les autres ordinateurs l’effacent aussi à leur prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Erased with {0} earlier records merged into it. Other laptops erase it too when they next sync.</source>
        <translation type="vanished">Effacé, avec les {0} fiches antérieures qui y avaient été fusionnées. Les autres ordinateurs l’effacent aussi à leur prochaine synchronisation.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Erased. Other laptops erase it too when they next sync.</source>
        <translation>Effacé. Les autres ordinateurs l’effacent aussi à leur prochaine synchronisation.</translation>
    </message>
</context>
<context>
    <name>MemberForm</name>
    <message>
        <location filename="../../desktop/views/member_form.py" line="+98"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preferred name</source>
        <translation>Prénom d’usage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emails</source>
        <translation>E-mails</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <location line="+65"/>
        <source>commas between several</source>
        <translation>séparés par des virgules s’il y en a plusieurs</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Phones</source>
        <translation>Téléphones</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work</source>
        <translation>Travail</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+138"/>
        <source>(no workplace)</source>
        <translation>(aucun lieu de travail)</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>Workplace</source>
        <translation>Lieu de travail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Membership</source>
        <translation>Adhésion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Membership no.</source>
        <translation>N° d’adhérent</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status worked out from dates</source>
        <translation>Statut déduit des dates</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status now</source>
        <translation>Statut actuel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no override)</source>
        <translation>(non imposé)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status override</source>
        <translation>Statut imposé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Override until</source>
        <translation>Imposé jusqu’au</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joined</source>
        <translation>Date d’adhésion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lapsed</source>
        <translation>Date de fin d’adhésion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dues paid until</source>
        <translation>Cotisations payées jusqu’au</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(not assessed)</source>
        <translation>(non évalué)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privacy</source>
        <translation>Confidentialité</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Basis of processing</source>
        <translation>Base légale du traitement</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Contact preferences error</source>
        <translation>Erreur dans les préférences de contact</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact preferences</source>
        <translation>Préférences de contact</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Consents</source>
        <translation>Consentements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>name: value, one per line (e.g. shift: nights)</source>
        <translation>nom&#xa0;: valeur, un par ligne (ex.&#xa0;: équipe&#xa0;: nuit)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom fields</source>
        <translation>Champs personnalisés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form error</source>
        <translation>Erreur dans le formulaire</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>{label} error</source>
        <translation>Erreur&#xa0;: {label}</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>{kind}: given</source>
        <translation>{kind}&#xa0;: donné</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{kind}: refused</source>
        <translation>{kind}&#xa0;: refusé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none recorded</source>
        <translation>aucun enregistré</translation>
    </message>
</context>
<context>
    <name>MemberPanel</name>
    <message>
        <location filename="../../desktop/views/member_panel.py" line="+86"/>
        <source>Member details</source>
        <extracomment>a member was added, edited, deleted or restored (its id) a member was erased (its id) a status message for the window the user asked to see an existing member (a likely duplicate of a new one)</extracomment>
        <translation>Fiche de l’adhérent</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select a member in the list, press New member (Ctrl+N), or bring in a spreadsheet with Data → Import.</source>
        <translation>Sélectionnez un adhérent dans la liste, appuyez sur Nouvel adhérent (Ctrl+N) ou importez un tableur avec Données → Importer un tableur.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Member name</source>
        <translation>Nom de l’adhérent</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Member status</source>
        <translation>Statut de l’adhérent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Member error</source>
        <translation>Erreur concernant l’adhérent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Member notice</source>
        <translation>Message concernant l’adhérent</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Con&amp;versations</source>
        <translation>Con&amp;versations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Organising</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Edit</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit (F2 or Enter in the list)</source>
        <translation>Modifier (F2 ou Enter dans la liste)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save (Ctrl+S)</source>
        <translation>Enregistrer (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the changes (Esc)</source>
        <translation>Annuler les modifications (Esc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport everything…</source>
        <translation>E&amp;xporter tout…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything held about this person, for a subject-access request: a JSON file and a PDF</source>
        <translation>Tout ce qui est détenu sur cette personne, pour une demande d’accès (RGPD)&#xa0;: un fichier JSON et un PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export everything about this member</source>
        <translation>Exporter tout ce qui concerne cet adhérent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take off the list; can be restored</source>
        <translation>Retirer de la liste&#xa0;; peut être restauré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase…</source>
        <translation>Effacer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase this person for good, on every laptop (GDPR)</source>
        <translation>Effacer définitivement cette personne, sur tous les ordinateurs (RGPD)</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>No. {membership_no}</source>
        <translation>N° {membership_no}</translation>
    </message>
    <message>
        <source>No. {0}</source>
        <translation type="vanished">N° {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DELETED — restore to edit</source>
        <translation>SUPPRIMÉ — restaurez-le pour le modifier</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>New member</source>
        <translation>Nouvel adhérent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill in what you know; a first or last name is enough. Ctrl+S saves, Esc cancels.</source>
        <translation>Remplissez ce que vous savez&#xa0;; un prénom ou un nom suffit. Ctrl+S enregistre, Esc annule.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Note added.</source>
        <translation>Note ajoutée.</translation>
    </message>
</context>
<context>
    <name>MemberSaving</name>
    <message>
        <location filename="../../desktop/views/member_saving.py" line="+45"/>
        <source>this member</source>
        <translation>cet adhérent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to {name}?</source>
        <translation>Enregistrer les modifications de {name}&#xa0;?</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>• {name}: {reason}</source>
        <translation>• {name}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This looks like someone already on the list:
{lines}

Save a new member anyway, or open the one on the list?</source>
        <translation>Cette personne semble déjà être dans la liste&#xa0;:
{lines}

Enregistrer quand même un nouvel adhérent, ou ouvrir celui de la liste&#xa0;?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open {name}</source>
        <translation>Ouvrir {name}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Saved, with a warning: {message}</source>
        <translation>Enregistré, avec un avertissement&#xa0;: {message}</translation>
    </message>
    <message>
        <source>Save the changes to {0}?</source>
        <translation type="vanished">Enregistrer les modifications de {0}&#xa0;?</translation>
    </message>
    <message>
        <source>• {0}: {1}</source>
        <translation type="vanished">• {0}&#xa0;: {1}</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Already on the list?</source>
        <translation>Déjà dans la liste&#xa0;?</translation>
    </message>
    <message>
        <source>This looks like someone already on the list:
{0}

Save a new member anyway, or open the one on the list?</source>
        <translation type="vanished">Cette personne semble déjà être dans la liste&#xa0;:
{0}

Enregistrer quand même un nouvel adhérent, ou ouvrir celui de la liste&#xa0;?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save a new member</source>
        <translation>Enregistrer un nouvel adhérent</translation>
    </message>
    <message>
        <source>Open {0}</source>
        <translation type="vanished">Ouvrir {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Go back</source>
        <translation>Revenir</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Saved, with a warning: {0}</source>
        <translation type="vanished">Enregistré, avec un avertissement&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <location filename="../../desktop/models/members.py" line="-177"/>
        <source>{text} (deleted)</source>
        <extracomment>the id query finished: number of matching members a query or fetch failed: the sentence to show</extracomment>
        <translation>{text} (supprimé)</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <location filename="../../desktop/views/members_page.py" line="+51"/>
        <source>Status filter</source>
        <extracomment>below this many characters&apos; width the panel goes under the list a saved search set the search text (the toolbar&apos;s search field shows it)</extracomment>
        <translation>Filtre de statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleted (can be restored)</source>
        <translation>Supprimés (restaurables)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workplace filter</source>
        <translation>Filtre de lieu de travail</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+96"/>
        <source>All workplaces</source>
        <translation>Tous les lieux de travail</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Tag filter</source>
        <translation>Filtre de mot-clé</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+92"/>
        <source>All tags</source>
        <translation>Tous les mots-clés</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Number of members shown</source>
        <translation>Nombre d’adhérents affichés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Searching</source>
        <translation>Recherche en cours</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Members</source>
        <translation>Adhérents</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Member list error</source>
        <translation>Erreur de la liste des adhérents</translation>
    </message>
    <message>
        <source>1 member</source>
        <translation type="vanished">1 adhérent</translation>
    </message>
    <message>
        <source>{0} members</source>
        <translation type="vanished">{0} adhérents</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../desktop/dialogs/merge_dialog.py" line="+61"/>
        <source>Merge duplicate members</source>
        <extracomment>The most likely pairs listed at once (merging some and searching again shows more).</extracomment>
        <translation>Fusionner des adhérents en double</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Likely duplicates</source>
        <translation>Doublons probables</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pair:</source>
        <translation>Paire&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About the pairs found</source>
        <translation>À propos des paires trouvées</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A (kept)</source>
        <translation>A (conservé)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>B (merged in)</source>
        <translation>B (fusionné dans A)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Differing fields</source>
        <translation>Champs qui diffèrent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes, tags, consents, tasks and meeting attendance of both records are kept. B stays in the deleted list, marked as merged into A, with its history.</source>
        <translation>Les notes, mots-clés, consentements, tâches et présences aux réunions des deux fiches sont conservés. B reste dans la liste des supprimés, marqué comme fusionné dans A, avec son historique.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Merge result</source>
        <translation>Résultat de la fusion</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Showing the {count} most likely of {total} pairs; merge some and open this again for the rest.</source>
        <translation>Affichage des {count} paires les plus probables sur {total}&#xa0;; fusionnez-en quelques-unes puis rouvrez cette fenêtre pour voir les autres.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Keep A: {a_name}, and merge B: {b_name} into it. Choose the value to keep for each detail that differs.</source>
        <translation>Garder A&#xa0;: {a_name}, et y fusionner B&#xa0;: {b_name}. Choisissez la valeur à garder pour chaque information qui diffère.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Keep {field}</source>
        <translation>Garder {field}</translation>
    </message>
    <message>
        <source>Showing the {count} most likely of {total:,} pairs; merge some and open this again for the rest.</source>
        <translation type="vanished">Affichage des {count} paires les plus probables sur {total:,}&#xa0;; fusionnez-en quelques-unes puis rouvrez cette fenêtre pour voir les autres.</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>No likely duplicates were found.</source>
        <translation>Aucun doublon probable n’a été trouvé.</translation>
    </message>
    <message>
        <source>Keep A: {0}, and merge B: {1} into it. Choose the value to keep for each detail that differs.</source>
        <translation type="vanished">Garder A&#xa0;: {0}, et y fusionner B&#xa0;: {1}. Choisissez la valeur à garder pour chaque information qui diffère.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>(a workplace no longer listed)</source>
        <translation>(un lieu de travail qui n’est plus dans la liste)</translation>
    </message>
    <message>
        <source>Keep {0}</source>
        <translation type="vanished">Garder {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Both</source>
        <translation>Les deux</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Merging…</source>
        <translation>Fusion en cours…</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln conversations</source>
        <translation>
            <numerusform>%Ln conversation</numerusform>
            <numerusform>%Ln conversations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln tasks</source>
        <translation>
            <numerusform>%Ln tâche</numerusform>
            <numerusform>%Ln tâches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln consents</source>
        <translation>
            <numerusform>%Ln consentement</numerusform>
            <numerusform>%Ln consentements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln tags</source>
        <translation>
            <numerusform>%Ln mot-clé</numerusform>
            <numerusform>%Ln mots-clés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln attendance records</source>
        <translation>
            <numerusform>%Ln présence enregistrée</numerusform>
            <numerusform>%Ln présences enregistrées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Merged.</source>
        <translation>Fusionné.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> Moved {moved}.</source>
        <translation> Déplacé&#xa0;: {moved}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Merged. Choose another pair above, or close.</source>
        <translation>Fusionné. Choisissez une autre paire ci-dessus, ou fermez.</translation>
    </message>
</context>
<context>
    <name>NewVaultFields</name>
    <message>
        <location filename="../../desktop/views/vault_fields.py" line="+58"/>
        <source>this laptop</source>
        <translation>cet ordinateur</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Passphrase strength</source>
        <translation>Solidité de la phrase secrète</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passphrase strength hint</source>
        <translation>Conseil sur la solidité de la phrase secrète</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Device name error</source>
        <translation>Erreur dans le nom de l’appareil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase error</source>
        <translation>Erreur de phrase secrète</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Repeated passphrase error</source>
        <translation>Erreur dans la phrase secrète répétée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;This device</source>
        <translation>Ce&amp;t appareil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device name</source>
        <translation>Nom de l’appareil</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Phrase secrète</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Repeat it</source>
        <translation>&amp;Répétez-la</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat passphrase</source>
        <translation>Répéter la phrase secrète</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The two passphrases are different.</source>
        <translation>Les deux phrases secrètes sont différentes.</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <location filename="../../desktop/views/member_notes.py" line="-148"/>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No conversations yet: write what was said below and press Add note.</source>
        <translation>Aucune conversation pour l’instant&#xa0;: écrivez ci-dessous ce qui s’est dit et appuyez sur Ajouter la note.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What was said? e.g. Spoke at the depot gate; keen to help with the petition.</source>
        <translation>Qu’est-ce qui s’est dit&#xa0;? ex.&#xa0;: Discuté à l’entrée du dépôt&#xa0;; partant pour aider sur la pétition.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note text</source>
        <translation>Texte de la note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(not said)</source>
        <translation>(non précisé)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. will come to the meeting</source>
        <translation>ex.&#xa0;: viendra à la réunion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a date adds a follow-up task</source>
        <translation>une date ajoute une tâche de relance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow up on</source>
        <translation>Relancer le</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+29"/>
        <source>(no campaign)</source>
        <translation>(aucune campagne)</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>New &amp;note</source>
        <translation>Nouvelle &amp;note</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ho&amp;w</source>
        <translation>&amp;Comment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Outcome</source>
        <translation>Résul&amp;tat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Follow up on</source>
        <translation>Re&amp;lancer le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ca&amp;mpaign</source>
        <translation>Cam&amp;pagne</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note error</source>
        <translation>Erreur de note</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add note</source>
        <translation>&amp;Ajouter la note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add note</source>
        <translation>Ajouter la note</translation>
    </message>
</context>
<context>
    <name>OrganisingTab</name>
    <message>
        <location filename="../../desktop/views/organising_tab.py" line="+54"/>
        <source>What was written</source>
        <extracomment>a load was asked for while the tab was hidden: it runs when the tab shows</extracomment>
        <translation>Ce qui a été écrit</translation>
    </message>
</context>
<context>
    <name>OrganisingWorkplacesPage</name>
    <message>
        <location filename="../../desktop/views/organising_page.py" line="+83"/>
        <source>No workplace has a headcount yet: record one on a unit or a workplace to see density.</source>
        <extracomment>the change is shown since this many days ago unless the user picks a date</extracomment>
        <translation>Aucun lieu de travail n’a encore d’effectif&#xa0;: saisissez-en un sur une unité ou un lieu de travail pour voir le taux d’adhésion.</translation>
    </message>
    <message>
        <source>Branch: {0} members of {1} people in the workplaces counted ({2}).</source>
        <translation type="vanished">Section&#xa0;: {0} adhérents sur {1} personnes dans les lieux de travail comptés ({2}).</translation>
    </message>
    <message>
        <source>{0} points since {1}.</source>
        <translation type="vanished">{0} points depuis le {1}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Branch: {members} members of {people} people in the workplaces counted ({density}).</source>
        <translation>Section&#xa0;: {members} adhérents sur {people} personnes dans les lieux de travail comptés ({density}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{points} points since {date}.</source>
        <translation>{points} points depuis le {date}.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Show the change in density since</source>
        <extracomment>open this person (from the chart or a list)</extracomment>
        <translation>Afficher l’évolution du taux d’adhésion depuis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change &amp;since:</source>
        <translation>Évolution de&amp;puis&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import headcounts…</source>
        <translation>&amp;Importer des effectifs…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+83"/>
        <source>Import units and headcounts</source>
        <translation>Importer des unités et des effectifs</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>A CSV or Excel sheet with columns workplace, unit, kind, headcount and counted on: missing units and workplaces are created</source>
        <translation>Un tableur CSV ou Excel avec les colonnes workplace, unit, kind, headcount et counted on (lieu de travail, unité, type, effectif, date du comptage)&#xa0;: les unités et lieux de travail manquants sont créés</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The branch&apos;s density</source>
        <translation>Taux d’adhésion de la section</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the import did</source>
        <translation>Ce qu’a fait l’import</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Wall chart</source>
        <translation>&amp;Tableau mural</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;oint people</source>
        <translation>Ré&amp;férents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Structure &amp;tests</source>
        <translation>Tests de &amp;structure</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation>Tableurs (*.csv *.xlsx);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>PairingBox</name>
    <message>
        <location filename="../../desktop/views/sync_pairing.py" line="+42"/>
        <source>Pair a new laptop</source>
        <extracomment>a new laptop joined (reload the roster) the admin asked to start pairing (the tab knows the session and where to listen)</extracomment>
        <translation>Appairer un nouvel ordinateur</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The new laptop chooses “Join a branch” and types the code shown here. Compare the check string on both screens before you approve.</source>
        <translation>Le nouvel ordinateur choisit «&#xa0;Rejoindre une section&#xa0;» et tape le code affiché ici. Comparez la chaîne de contrôle sur les deux écrans avant d’approuver.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Role of the new laptop</source>
        <translation>Rôle du nouvel ordinateur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start pairing</source>
        <translation>Démarrer l’appairage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop pairing</source>
        <translation>Arrêter l’appairage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role:</source>
        <translation>Rôle&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pairing code</source>
        <translation>Code d’appairage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time left for the code</source>
        <translation>Temps restant pour le code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pairing question</source>
        <translation>Question d’appairage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check string</source>
        <translation>Chaîne de contrôle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Approve the new laptop</source>
        <translation>Approuver le nouvel ordinateur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decline</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decline the new laptop</source>
        <translation>Refuser le nouvel ordinateur</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pairing status</source>
        <translation>État de l’appairage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pairing error</source>
        <translation>Erreur d’appairage</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Waiting for the new laptop to join as {role}. If it cannot find this one, it types this laptop&apos;s address: {join}.</source>
        <translation>En attente du nouvel ordinateur, qui rejoindra la section en tant que {role}. S’il ne trouve pas celui-ci, il tape l’adresse de cet ordinateur&#xa0;: {join}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The code works for {value}:{value2:02d} more.</source>
        <translation>Le code reste valable encore {value}:{value2:02d}.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>“{name}” ({device}) entered the code. Does the new laptop show {check}?</source>
        <translation>«&#xa0;{name}&#xa0;» ({device}) a saisi le code. Le nouvel ordinateur affiche-t-il {check}&#xa0;?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Approve only if “{name}” shows the same check string.</source>
        <translation>N’approuvez que si «&#xa0;{name}&#xa0;» affiche la même chaîne de contrôle.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Admitting the new laptop and sending it the branch…</source>
        <translation>Acceptation du nouvel ordinateur et envoi de la section…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Declining…</source>
        <translation>Refus en cours…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pairing stopped; the code no longer works.</source>
        <translation>Appairage arrêté&#xa0;; le code ne fonctionne plus.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>“{device_name}” joined the branch as {role}.</source>
        <translation>«&#xa0;{device_name}&#xa0;» a rejoint la section en tant que {role}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> It did not confirm the end; its admission reaches it with the next sync.</source>
        <translation> Il n’a pas confirmé la fin&#xa0;; son acceptation lui parviendra à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Declined: the new laptop was not admitted.</source>
        <translation>Refusé&#xa0;: le nouvel ordinateur n’a pas été accepté.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../desktop/vault_menu.py" line="+156"/>
        <source>Change the passphrase</source>
        <translation>Changer la phrase secrète</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The vault is re-encrypted under the new passphrase; nothing else changes. Other laptops keep their own passphrases.</source>
        <translation>Le coffre est rechiffré avec la nouvelle phrase secrète&#xa0;; rien d’autre ne change. Les autres ordinateurs gardent leur propre phrase secrète.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Repeat the new passphrase</source>
        <translation>Répéter la nouvelle phrase secrète</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passphrase strength hint</source>
        <translation>Conseil sur la solidité de la phrase secrète</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New passphrase</source>
        <translation>&amp;Nouvelle phrase secrète</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat it</source>
        <translation>&amp;Répétez-la</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Passphrase error</source>
        <translation>Erreur de phrase secrète</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Use at least {min_passphrase} characters.</source>
        <translation>Utilisez au moins {min_passphrase} caractères.</translation>
    </message>
    <message>
        <source>Use at least {0} characters.</source>
        <translation type="vanished">Utilisez au moins {0} caractères.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two passphrases are different.</source>
        <translation>Les deux phrases secrètes sont différentes.</translation>
    </message>
</context>
<context>
    <name>PointPeople</name>
    <message>
        <location filename="../../desktop/views/point_people.py" line="+73"/>
        <source>(no name)</source>
        <extracomment>members of the workplace who could be someone&apos;s point person: (id, name)</extracomment>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Point people error</source>
        <translation>Erreur des référents</translation>
    </message>
</context>
<context>
    <name>PointPeopleTab</name>
    <message>
        <location line="+5"/>
        <source>Point people</source>
        <translation>Référents</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a point person</source>
        <translation>Choisir un référent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Their people</source>
        <translation>Personnes suivies</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print their list…</source>
        <translation>Im&amp;primer sa liste…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+124"/>
        <source>Print the point person&apos;s list</source>
        <translation>Imprimer la liste du référent</translation>
    </message>
    <message>
        <location line="-115"/>
        <location line="+2"/>
        <source>No point person yet</source>
        <translation>Pas encore de référent</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Point person to give them</source>
        <translation>Référent à leur attribuer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Give them this point person</source>
        <translation>&amp;Leur attribuer ce référent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give them this point person</source>
        <translation>Leur attribuer ce référent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Point pe&amp;rson:</source>
        <translation>&amp;Référent&#xa0;:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>People per point person</source>
        <translation>Personnes par référent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the t&amp;arget</source>
        <translation>Fixer l’&amp;objectif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the branch&apos;s coverage target</source>
        <translation>Fixer l’objectif de couverture de la section</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A branch setting: only an admin may change it</source>
        <translation>Un réglage de la section&#xa0;: seul un administrateur peut le modifier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target: one point person per</source>
        <translation>Objectif&#xa0;: un référent pour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>people</source>
        <translation>personnes</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The branch&apos;s target: one point person per {ratio} people</source>
        <translation>Objectif de la section&#xa0;: un référent pour {ratio} personnes</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>People {name} keeps in touch with</source>
        <translation>Personnes avec qui {name} garde le contact</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>People for {name}</source>
        <translation>Personnes suivies par {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}&apos;s people with their phone numbers and when they were last spoken to. The PDF is not encrypted: keep it safe.</source>
        <translation>Les personnes suivies par {name}, avec leur numéro de téléphone et la date de leur dernière conversation. Le PDF n’est pas chiffré&#xa0;: gardez-le en lieu sûr.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wrote a list of {rows} people to {path}.</source>
        <translation>Liste de {rows} personnes enregistrée dans {path}.</translation>
    </message>
    <message>
        <source>The branch&apos;s target: one point person per {0} people</source>
        <translation type="vanished">Objectif de la section&#xa0;: un référent pour {0} personnes</translation>
    </message>
    <message>
        <source>People {0} keeps in touch with</source>
        <translation type="vanished">Personnes avec qui {0} garde le contact</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Select people in the list first.</source>
        <translation>Sélectionnez d’abord des personnes dans la liste.</translation>
    </message>
    <message>
        <source>People for {0}</source>
        <translation type="vanished">Personnes suivies par {0}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Point person&apos;s list</source>
        <translation>Liste du référent</translation>
    </message>
    <message>
        <source>{0}&apos;s people with their phone numbers and when they were last spoken to. The PDF is not encrypted: keep it safe.</source>
        <translation type="vanished">Les personnes suivies par {0}, avec leur numéro de téléphone et la date de leur dernière conversation. Le PDF n’est pas chiffré&#xa0;: gardez-le en lieu sûr.</translation>
    </message>
    <message>
        <source>Wrote a list of {0} people to {1}.</source>
        <translation type="vanished">Liste de {0} personnes enregistrée dans {1}.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="+31"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never (only Ctrl+L and sleep)</source>
        <translation>jamais (seulement Ctrl+L et la mise en veille)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock after this many idle minutes</source>
        <translation>Verrouiller après ce nombre de minutes d’inactivité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lock after idle:</source>
        <translation>&amp;Verrouiller après inactivité&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clear a copied contact detail after seconds</source>
        <translation>Effacer une coordonnée copiée au bout de ce nombre de secondes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Clear copied details after:</source>
        <translation>&amp;Effacer les coordonnées copiées après&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your name, for the tasks given to you</source>
        <translation>Votre nom, pour les tâches qui vous sont confiées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>as tasks name you, e.g. Sam</source>
        <translation>tel que les tâches vous nomment, ex.&#xa0;: Sam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your &amp;name (tasks):</source>
        <translation>Votre &amp;nom (tâches)&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Style</source>
        <translation>Style</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The platform&apos;s</source>
        <translation>Celui de la plateforme</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Style:</source>
        <translation>&amp;Style&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The vault also locks when the computer goes to sleep, and with Ctrl+L. A locked window shows no member data.</source>
        <translation>Le coffre se verrouille aussi quand l’ordinateur se met en veille, et avec Ctrl+L. Une fenêtre verrouillée n’affiche aucune donnée d’adhérent.</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <location filename="../../desktop/dialogs/print_dialog.py" line="+80"/>
        <source>Pages written</source>
        <translation>Pages écrites</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the vault…</source>
        <translation>Lecture du coffre…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export result</source>
        <translation>Résultat de l’export</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export error</source>
        <translation>Erreur d’export</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the PDF</source>
        <translation>Ouvrir le PDF</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the export</source>
        <translation>Annuler l’export</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Stopping before the next page…</source>
        <translation>Arrêt avant la page suivante…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Drawing page {value} of {total}…</source>
        <translation>Préparation de la page {value} sur {total}…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>L’export a été annulé&#xa0;; aucun fichier n’a été écrit.</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../desktop/dialogs/record_dialog.py" line="+62"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
</context>
<context>
    <name>RelationshipsBox</name>
    <message>
        <location filename="../../desktop/views/relationships_box.py" line="+99"/>
        <source>Unit</source>
        <extracomment>open the other person of a relationship the person&apos;s organising details changed (a point person set)</extracomment>
        <translation>Unité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Point person</source>
        <translation>Référent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit:</source>
        <translation>Unité&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Point person:</source>
        <translation>Référent&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Relationships</source>
        <translation>Relations</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kind of relationship</source>
        <translation>Type de relation</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Type a name…</source>
        <translation>Tapez un nom…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find the other person</source>
        <translation>Trouver l’autre personne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The other person</source>
        <translation>L’autre personne</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Link</source>
        <translation>&amp;Lier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the relationship</source>
        <translation>Ajouter la relation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make &amp;point person</source>
        <translation>En faire le &amp;référent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make them this person&apos;s point person</source>
        <translation>En faire le référent de cette personne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove link</source>
        <translation>&amp;Supprimer le lien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected relationship</source>
        <translation>Supprimer la relation sélectionnée</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Relationships error</source>
        <translation>Erreur de relations</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>not in a unit</source>
        <translation>dans aucune unité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none yet</source>
        <translation>aucune pour l’instant</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <location filename="../../desktop/report_text.py" line="+20"/>
        <source>{imported} imported, {updated} updated, {skipped} skipped, {rejected} rejected.</source>
        <translation>{imported} importés, {updated} mis à jour, {skipped} ignorés, {rejected} refusés.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln rows flagged to check, {repaired} repaired.</source>
        <translation>
            <numerusform>%Ln ligne signalée à vérifier, {repaired} réparées.</numerusform>
            <numerusform>%Ln lignes signalées à vérifier, {repaired} réparées.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled: {summary} Rows after the last whole batch were not imported.</source>
        <translation>Annulé : {summary} Les lignes après le dernier lot complet n’ont pas été importées.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{counted} headcounts recorded, {skipped} rows skipped; {units} units and {workplaces} workplaces created.</source>
        <translation>{counted} effectifs enregistrés, {skipped} lignes ignorées ; {units} unités et {workplaces} lieux de travail créés.</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <location filename="../../desktop/dialogs/role_dialog.py" line="+23"/>
        <source>&amp;Admin</source>
        <translation>&amp;Administrateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edits everything, and admits or revokes laptops. Give it only to the officers who run the branch&apos;s laptops.</source>
        <translation>Modifie tout, et accepte ou révoque des ordinateurs. À ne donner qu’aux responsables qui gèrent les ordinateurs de la section.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Secretary</source>
        <translation>&amp;Secrétaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adds and edits members, conversations, tasks and meetings; cannot admit or revoke laptops.</source>
        <translation>Ajoute et modifie les adhérents, conversations, tâches et réunions&#xa0;; ne peut ni accepter ni révoquer d’ordinateurs.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Viewer</source>
        <translation>&amp;Lecteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reads the list and prints from it; changes nothing.</source>
        <translation>Consulte la liste et l’imprime&#xa0;; ne modifie rien.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Admit a laptop</source>
        <translation>Accepter un ordinateur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Admit “{name}”</source>
        <translation>Accepter «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Admit “{0}”</source>
        <translation type="vanished">Accepter «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which role does this laptop get?</source>
        <translation>Quel rôle donner à cet ordinateur&#xa0;?</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Admit and save the welcome file…</source>
        <translation>Accepter et enregistrer le fichier d’accueil…</translation>
    </message>
</context>
<context>
    <name>SavedSearches</name>
    <message>
        <location filename="../../desktop/views/member_filters.py" line="+55"/>
        <source>Saved searches</source>
        <extracomment>a saved search was picked: its query</extracomment>
        <translation>Recherches enregistrées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved searches…</source>
        <translation>Recherches enregistrées…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save search…</source>
        <translation>Enregistrer la recherche…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+79"/>
        <source>Save search</source>
        <translation>Enregistrer la recherche</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Save the current filters and search under a name</source>
        <translation>Enregistrer les filtres et la recherche actuels sous un nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete saved search</source>
        <translation>Supprimer la recherche enregistrée</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Name for this search:</source>
        <translation>Nom de cette recherche&#xa0;:</translation>
    </message>
</context>
<context>
    <name>StructureTests</name>
    <message>
        <location filename="../../desktop/views/structure_tests.py" line="+65"/>
        <source>Whole branch</source>
        <translation>Toute la section</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>reached</source>
        <translation>atteint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Structure test error</source>
        <translation>Erreur de test de structure</translation>
    </message>
</context>
<context>
    <name>StructureTestsTab</name>
    <message>
        <location line="+5"/>
        <source>New test, e.g. Petition on staffing</source>
        <translation>Nouveau test, ex.&#xa0;: Pétition pour plus de personnel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New structure test</source>
        <translation>Nouveau test de structure</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind of test</source>
        <translation>Type de test</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Target share of each unit</source>
        <translation>Part visée dans chaque unité</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add test</source>
        <translation>&amp;Ajouter le test</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the structure test</source>
        <translation>Ajouter le test de structure</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Structure tests</source>
        <translation>Tests de structure</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport the results…</source>
        <translation>E&amp;xporter les résultats…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the test&apos;s results</source>
        <translation>Exporter les résultats du test</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Meeting whose attendance answers</source>
        <translation>Réunion dont les présences servent de réponses</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The answer of those who attended</source>
        <translation>La réponse des présents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>said yes</source>
        <translation>ont dit oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>said no</source>
        <translation>ont dit non</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>were asked, undecided</source>
        <translation>ont été sollicités, indécis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Record</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the meeting&apos;s answers</source>
        <translation>Enregistrer les réponses de la réunion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everyone at</source>
        <translation>Tous les présents à</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>{count} answers recorded.</source>
        <translation>{count} réponses enregistrées.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Wrote {rows} rows to {path}. The file is not encrypted.</source>
        <translation>{rows} lignes enregistrées dans {path}. Ce fichier n’est pas chiffré.</translation>
    </message>
    <message>
        <source>{0} answers recorded.</source>
        <translation type="vanished">{0} réponses enregistrées.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Export the results</source>
        <translation>Exporter les résultats</translation>
    </message>
    <message>
        <source>Wrote {0} rows to {1}. The file is not encrypted.</source>
        <translation type="vanished">{0} lignes enregistrées dans {1}. Ce fichier n’est pas chiffré.</translation>
    </message>
</context>
<context>
    <name>SyncCentre</name>
    <message>
        <location filename="../../desktop/views/sync_centre.py" line="+34"/>
        <source>Sync</source>
        <extracomment>records changed (a sync brought changes in, or a conflict was settled) open conflicts: their number</extracomment>
        <translation>Synchro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync centre</source>
        <translation>Centre de synchronisation</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>USB stick</source>
        <translation>Clé USB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+53"/>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Meeting (Wi-Fi)</source>
        <translation>Réunion (Wi-Fi)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always-on</source>
        <translation>En continu</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Conflicts ({count})</source>
        <translation>Conflits ({count})</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../desktop/tasks.py" line="+150"/>
        <source>The task runner has been shut down.</source>
        <extracomment>True while at least one job is queued or running (for busy indicators). A job without its own error handler failed: the sentence to show. how long background steps wait after the user&apos;s last job (a result&apos;s repaint)</extracomment>
        <translation>Le moteur des traitements en arrière-plan a été arrêté.</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <location filename="../../desktop/views/list_pages.py" line="+77"/>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+1"/>
        <source>New task</source>
        <translation>Nouvelle tâche</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due date</source>
        <translation>Date d’échéance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For whom (a name)</source>
        <translation>Pour qui (un nom)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignee</source>
        <translation>Confiée à</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add task</source>
        <translation>Ajouter la tâche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No open tasks. Type one below and press Add task; a conversation&apos;s follow-up date adds one too.</source>
        <translation>Aucune tâche en cours. Tapez-en une ci-dessous et appuyez sur Ajouter la tâche&#xa0;; une date de relance sur une conversation en ajoute une aussi.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show done</source>
        <extracomment>whose tasks &quot;Only mine&quot; shows (the Preferences&apos; name; the laptop&apos;s by default) double-clicked a task about a member: show that member</extracomment>
        <translation>Voir les tâches faites</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show done tasks</source>
        <translation>Afficher les tâches faites</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only &amp;mine</source>
        <translation>Seulement les &amp;miennes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only my tasks</source>
        <translation>Seulement mes tâches</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tasks given to you (your name is in Preferences)</source>
        <translation>Les tâches qui vous sont confiées (votre nom est dans les Préférences)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Give to…</source>
        <translation>&amp;Confier à…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the task to a person</source>
        <translation>Confier la tâche à une personne</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Give the task to</source>
        <translation>Confier la tâche à</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who does “{title}”? (empty: nobody)</source>
        <translation>Qui s’occupe de «&#xa0;{title}&#xa0;»&#xa0;? (vide&#xa0;: personne)</translation>
    </message>
    <message>
        <source>Who does “{0}”? (empty: nobody)</source>
        <translation type="vanished">Qui s’occupe de «&#xa0;{0}&#xa0;»&#xa0;? (vide&#xa0;: personne)</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <location filename="../../desktop/views/unlock.py" line="+42"/>
        <source>Unlock — Caucus</source>
        <extracomment>the unlocked session the user chose another vault file the user wants to start something else: &quot;create&quot;, &quot;join&quot; or &quot;demo&quot;</extracomment>
        <translation>Déverrouiller — Caucus</translation>
    </message>
    <message>
        <source>Unlock {0}</source>
        <translation type="vanished">Déverrouiller {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unlock {branch_name}</source>
        <translation>Déverrouiller {branch_name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock your branch</source>
        <translation>Déverrouiller votre section</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The vault file</source>
        <translation>Le fichier coffre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vault file</source>
        <translation>Fichier coffre</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unlocking</source>
        <translation>Déverrouillage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bringing this vault up to date for this version of Caucus. This happens once, and takes up to a minute for a large branch.</source>
        <translation>Mise à jour de ce coffre pour cette version de Caucus. Cela n’arrive qu’une fois et prend jusqu’à une minute pour une grande section.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unlock error</source>
        <translation>Erreur de déverrouillage</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Create a branch</source>
        <translation>&amp;Créer une section</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Join a branch</source>
        <translation>&amp;Rejoindre une section</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open a vault file…</source>
        <translation>&amp;Ouvrir un fichier coffre…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try the &amp;demo</source>
        <translation>Essayer la &amp;démo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open a vault file</source>
        <translation>Ouvrir un fichier coffre</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Type the branch&apos;s passphrase.</source>
        <translation>Tapez la phrase secrète de la section.</translation>
    </message>
</context>
<context>
    <name>UsbTab</name>
    <message>
        <location filename="../../desktop/views/sync_usb.py" line="+128"/>
        <source>Pass a USB stick (or a shared folder) between laptops. Sync reads every other laptop&apos;s bundle in the folder, then writes this laptop&apos;s changes there. Bundles are encrypted: a lost stick reveals nothing.</source>
        <extracomment>a sync brought changes in (refresh every view)</extracomment>
        <translation>Faites passer une clé USB (ou un dossier partagé) d’un ordinateur à l’autre. La synchronisation lit le paquet de chacun des autres ordinateurs présent dans le dossier, puis y écrit les modifications de cet ordinateur. Les paquets sont chiffrés&#xa0;: une clé perdue ne révèle rien.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sync folder</source>
        <translation>Dossier de synchronisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a folder or a USB stick</source>
        <translation>Choisir un dossier ou une clé USB</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose folder or stick…</source>
        <translation>Choisir un dossier ou une clé…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose folder or stick</source>
        <translation>Choisir un dossier ou une clé</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel sync</source>
        <translation>Annuler la synchronisation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync progress</source>
        <translation>Progression de la synchronisation</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sync status</source>
        <translation>État de la synchronisation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync error</source>
        <translation>Erreur de synchronisation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync report</source>
        <translation>Compte rendu de synchronisation</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Choose the sync folder or USB stick</source>
        <translation>Choisir le dossier de synchronisation ou la clé USB</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose a folder or a USB stick first.</source>
        <translation>Choisissez d’abord un dossier ou une clé USB.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Looking for bundles…</source>
        <translation>Recherche des paquets…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Stopping after the current batch…</source>
        <translation>Arrêt après le lot en cours…</translation>
    </message>
</context>
<context>
    <name>VaultMenu</name>
    <message>
        <location filename="../../desktop/vault_menu.py" line="-152"/>
        <source>&amp;Vault</source>
        <translation>&amp;Coffre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Back up the vault…</source>
        <translation>&amp;Sauvegarder le coffre…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An encrypted copy of the whole vault (same passphrase), on a stick or another disk</source>
        <translation>Une copie chiffrée du coffre entier (même phrase secrète), sur une clé ou un autre disque</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Change the passphrase…</source>
        <translation>C&amp;hanger la phrase secrète…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close the &amp;demo</source>
        <translation>Fermer la &amp;démo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock the demo and go back to your own branch (or make one)</source>
        <translation>Verrouiller la démo et revenir à votre propre section (ou en créer une)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Vault</source>
        <translation>Coffre</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Back up the vault</source>
        <translation>Sauvegarder le coffre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose another file: a backup cannot replace the vault itself.</source>
        <translation>Choisissez un autre fichier&#xa0;: une sauvegarde ne peut pas remplacer le coffre lui-même.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backing up…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Backed up to {dest}. Keep {sidecar} with it: the backup opens with the same passphrase.</source>
        <translation>Sauvegardé dans {dest}. Gardez {sidecar} avec la sauvegarde&#xa0;: elle s’ouvre avec la même phrase secrète.</translation>
    </message>
    <message>
        <source>Backed up to {0}. Keep {1} with it: the backup opens with the same passphrase.</source>
        <translation type="vanished">Sauvegardé dans {0}. Gardez {1} avec la sauvegarde&#xa0;: elle s’ouvre avec la même phrase secrète.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Changing the passphrase…</source>
        <translation>Changement de la phrase secrète…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The passphrase is changed. Use the new one from now on; old backups still open with the old one.</source>
        <translation>La phrase secrète est changée. Utilisez désormais la nouvelle&#xa0;; les anciennes sauvegardes s’ouvrent toujours avec l’ancienne.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write your passphrase down</source>
        <translation>Notez votre phrase secrète</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your branch is ready. Write the passphrase down now and keep it somewhere safe: nobody can recover it for you, and without it the vault cannot be opened.

A backup on a USB stick keeps the branch if this laptop is lost.</source>
        <translation>Votre section est prête. Notez la phrase secrète dès maintenant et gardez-la en lieu sûr&#xa0;: personne ne pourra la retrouver pour vous, et sans elle le coffre ne peut pas être ouvert.

Une sauvegarde sur clé USB préserve la section si cet ordinateur est perdu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Make a &amp;backup now…</source>
        <translation>&amp;Faire une sauvegarde maintenant…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I have written it down</source>
        <translation>Je l’ai notée</translation>
    </message>
</context>
<context>
    <name>WallChart</name>
    <message>
        <location filename="../../desktop/views/chart_layout.py" line="+31"/>
        <source>✓ yes</source>
        <translation>✓ oui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✗ no</source>
        <translation>✗ non</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>? undecided</source>
        <translation>? indécis</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>never spoken</source>
        <translation>aucune conversation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{days} d</source>
        <translation>{days} j</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S</source>
        <translation>D</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>P{covers}</source>
        <translation>R{covers}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>headcount ?</source>
        <translation>effectif&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>headcount {headcount}</source>
        <translation>effectif {headcount}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{members} members ({density})</source>
        <translation>{members} adhérents ({density})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{people} non-members</source>
        <translation>{people} non-adhérents</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{covered} with a point person ({coverage})</source>
        <translation>{covered} avec un référent ({coverage})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{yes} yes</source>
        <translation>{yes} oui</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{yes} yes of {target} needed</source>
        <translation>{yes} oui sur {target} nécessaires</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Not in a unit</source>
        <extracomment>the flag is &quot;not assessed&quot; (grey), not &quot;no point person&quot; (red) each card&apos;s top, in order (cards are placed top to bottom)</extracomment>
        <translation>Dans aucune unité</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no point person</source>
        <translation>pas de référent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not assessed</source>
        <translation>non évalué</translation>
    </message>
</context>
<context>
    <name>WallChartTab</name>
    <message>
        <location filename="../../desktop/views/wall_chart_tab.py" line="+47"/>
        <source>Wall chart error</source>
        <extracomment>open this person in the members page the figures changed (an answer, a move): the page&apos;s list may show them</extracomment>
        <translation>Erreur du tableau mural</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Structure test shown on the cards</source>
        <translation>Test de structure affiché sur les cartes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What a click on a card does</source>
        <translation>Ce que fait un clic sur une carte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A click opens the person</source>
        <translation>Un clic ouvre la fiche de la personne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A click records yes</source>
        <translation>Un clic enregistre oui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A click records no</source>
        <translation>Un clic enregistre non</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A click records undecided</source>
        <translation>Un clic enregistre indécis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Print A3…</source>
        <translation>Im&amp;primer en A3…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+103"/>
        <source>Print the wall chart</source>
        <translation>Imprimer le tableau mural</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the wall chart as a spreadsheet</source>
        <translation>Exporter le tableau mural en tableur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;est:</source>
        <translation>T&amp;est&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Colour: assessment 5 (green) to 0 (red), white and dashed when not assessed; heavy border: member. L leader, S steward, P3 point person for 3. Red: no point person, or no conversation in 90 days. Keys: Y, N, U, 0 answer; M moves; Enter opens.</source>
        <translation>Couleur&#xa0;: évaluation de 5 (vert) à 0 (rouge), blanc et en pointillés si non évalué&#xa0;; bordure épaisse&#xa0;: adhérent. L leader, D délégué, R3 référent de 3 personnes. Rouge&#xa0;: pas de référent, ou aucune conversation depuis 90 jours. Touches&#xa0;: Y oui, N non, U indécis, 0 pas encore sollicité&#xa0;; M déplace&#xa0;; Enter ouvre.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+87"/>
        <source>Wall chart</source>
        <translation>Tableau mural</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>No structure test</source>
        <translation>Aucun test de structure</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose a structure test above first.</source>
        <translation>Choisissez d’abord un test de structure ci-dessus.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+17"/>
        <source>Wall chart - {name}</source>
        <translation>Tableau mural - {name}</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>The wall chart of {name} on A3 pages for the meeting wall: a card per person. The PDF is not encrypted.</source>
        <translation>Le tableau mural de {name} sur des pages A3 pour le mur de la réunion&#xa0;: une carte par personne. Le PDF n’est pas chiffré.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Wrote {rows} people to {path}. The file is not encrypted.</source>
        <translation>{rows} personnes enregistrées dans {path}. Ce fichier n’est pas chiffré.</translation>
    </message>
    <message>
        <source>Wall chart - {0}</source>
        <translation type="vanished">Tableau mural - {0}</translation>
    </message>
    <message>
        <source>The wall chart of {0} on A3 pages for the meeting wall: a card per person. The PDF is not encrypted.</source>
        <translation type="vanished">Le tableau mural de {0} sur des pages A3 pour le mur de la réunion&#xa0;: une carte par personne. Le PDF n’est pas chiffré.</translation>
    </message>
    <message numerus="yes">
        <location line="-20"/>
        <source>Wrote %n people on {pages} to {path}.</source>
        <translation>
            <numerusform>Enregistré dans {path}&#xa0;: %n personne sur {pages}.</numerusform>
            <numerusform>Enregistré dans {path}&#xa0;: %n personnes sur {pages}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export the wall chart</source>
        <translation>Exporter le tableau mural</translation>
    </message>
    <message>
        <source>Wrote {0} people to {1}. The file is not encrypted.</source>
        <translation type="vanished">{0} personnes enregistrées dans {1}. Ce fichier n’est pas chiffré.</translation>
    </message>
</context>
<context>
    <name>WorkplacesPage</name>
    <message>
        <location filename="../../desktop/views/list_pages.py" line="-297"/>
        <source>Workplaces</source>
        <translation>Lieux de travail</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+1"/>
        <source>New workplace name</source>
        <translation>Nom du nouveau lieu de travail</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Employer</source>
        <translation>Employeur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add workplace</source>
        <translation>Ajouter le lieu de travail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No workplaces yet. Type a workplace&apos;s name below and press Add workplace; members can then be placed in it.</source>
        <translation>Aucun lieu de travail pour l’instant. Tapez le nom d’un lieu de travail ci-dessous et appuyez sur Ajouter le lieu de travail&#xa0;; vous pourrez ensuite y placer des adhérents.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Employer</source>
        <translation>&amp;Employeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sector</source>
        <translation>Se&amp;cteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Double-click a workplace to list its members; Details… (or Enter) changes its address and sector</source>
        <extracomment>double-clicked: show this workplace&apos;s members</extracomment>
        <translation>Double-cliquez sur un lieu de travail pour voir ses adhérents&#xa0;; Détails… (ou Enter) modifie son adresse et son secteur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Members</source>
        <translation>Ad&amp;hérents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List this workplace&apos;s members</source>
        <translation>Voir les adhérents de ce lieu de travail</translation>
    </message>
</context>
<context>
    <name>always_on</name>
    <message>
        <location filename="../../sync/ops/always_on.py" line="+61"/>
        <source>Off, laptops find each other only on the same network (and the box at its fixed address). On, Syncthing&apos;s public discovery servers learn this laptop&apos;s Syncthing device ID and its internet (IP) address, so laptops can find each other from anywhere, and public relay servers may carry its traffic when no direct connection works: they see which devices talk and when, never what the bundles hold, which stay encrypted with the branch key.</source>
        <translation>Désactivée, les ordinateurs ne se trouvent que sur le même réseau (et le boîtier à son adresse fixe). Activée, les serveurs publics de découverte de Syncthing apprennent l’identifiant d’appareil Syncthing de cet ordinateur et son adresse Internet (IP), pour que les ordinateurs puissent se trouver de n’importe où, et des serveurs relais publics peuvent transporter son trafic quand aucune connexion directe ne fonctionne&#xa0;: ils voient quels appareils communiquent et quand, jamais ce que contiennent les paquets, qui restent chiffrés avec la clé de la section.</translation>
    </message>
</context>
<context>
    <name>columns</name>
    <message>
        <location filename="../../desktop/views/conflicts.py" line="-155"/>
        <location filename="../../desktop/views/member_notes.py" line="+120"/>
        <source>What</source>
        <translation>Élément</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This laptop</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other laptops</source>
        <translation>Autres ordinateurs</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="-210"/>
        <location filename="../../desktop/views/member_notes.py" line="-1"/>
        <location filename="../../desktop/views/sync_lan.py" line="-426"/>
        <source>Laptop</source>
        <translation>Ordinateur</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Admitted by</source>
        <translation>Accepté par</translation>
    </message>
    <message>
        <location filename="../../desktop/views/list_pages.py" line="-37"/>
        <location filename="../../desktop/views/organising_page.py" line="-126"/>
        <source>Workplace</source>
        <translation>Lieu de travail</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/views/organising_page.py" line="+1"/>
        <source>Employer</source>
        <translation>Employeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/views/organising_page.py" line="+10"/>
        <source>Members</source>
        <translation>Adhérents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessed</source>
        <translation>Évalués</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average assessment</source>
        <translation>Évaluation moyenne</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/views/point_people.py" line="-159"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/views/structure_tests.py" line="-191"/>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attended</source>
        <translation>Présents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apologies</source>
        <translation>Excusés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quorum</source>
        <translation>Quorum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quorate</source>
        <translation>Quorum atteint</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Done</source>
        <translation>Faite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member</source>
        <translation>Adhérent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <location filename="../../desktop/views/member_notes.py" line="-167"/>
        <source>Conversation</source>
        <extracomment>(text, method, outcome, follow-up date, campaign id) to add as a note</extracomment>
        <translation>Conversation</translation>
    </message>
    <message>
        <location line="+166"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New value</source>
        <translation>Nouvelle valeur</translation>
    </message>
    <message>
        <location filename="../../desktop/views/organising_page.py" line="-8"/>
        <location filename="../../desktop/views/structure_tests.py" line="+14"/>
        <source>Headcount</source>
        <translation>Effectif</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../desktop/views/point_people.py" line="-9"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Density</source>
        <translation>Taux d’adhésion</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change (points)</source>
        <translation>Évolution (points)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Covered</source>
        <translation>Couverts</translation>
    </message>
    <message>
        <location filename="../../desktop/views/point_people.py" line="-2"/>
        <source>Point person</source>
        <translation>Référent</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Over the target</source>
        <translation>Au-dessus de l’objectif</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last spoken</source>
        <translation>Dernière conversation</translation>
    </message>
    <message>
        <location filename="../../desktop/views/relationships_box.py" line="-117"/>
        <source>Relationship</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../desktop/views/structure_tests.py" line="-13"/>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Type</translation>
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
        <translation>Objectif</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+10"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Asked</source>
        <translation>Sollicités</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undecided</source>
        <translation>Indécis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Needed</source>
        <translation>Nécessaires</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_lan.py" line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last sync</source>
        <translation>Dernière synchro</translation>
    </message>
</context>
<context>
    <name>conflicts</name>
    <message>
        <location filename="../../desktop/views/conflicts.py" line="-70"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source> (this laptop)</source>
        <translation> (cet ordinateur)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>edited {field} to {value}</source>
        <translation>a changé {field} en {value}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{value} — {who}, {when}</source>
        <translation>{value} — {who}, {when}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>member</source>
        <translation>adhérent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>meeting</source>
        <translation>réunion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>workplace</source>
        <translation>lieu de travail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>campaign</source>
        <translation>campagne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>conversation</source>
        <translation>conversation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>task</source>
        <translation>tâche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attendance</source>
        <translation>présence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tag</source>
        <translation>mot-clé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>consent</source>
        <translation>consentement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>device</source>
        <translation>appareil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>branch</source>
        <translation>section</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{kind} “{name}”</source>
        <extracomment>{kind} is a record&apos;s kind (meeting, workplace…), {name} its name or title</extracomment>
        <translation>{kind} « {name} »</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>deleted or kept</source>
        <translation>supprimé ou conservé</translation>
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
        <translation>révoqué</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not admitted</source>
        <translation>non accepté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>clock ahead</source>
        <translation>horloge en avance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name}  (this laptop)</source>
        <translation>{name}  (cet ordinateur)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no. {last_seq}</source>
        <translation>n° {last_seq}</translation>
    </message>
    <message>
        <source>no. {last_seq:,}</source>
        <translation type="vanished">n° {last_seq:,}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none yet</source>
        <translation>rien pour l’instant</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Revoke “{name}”?

From now on it gets nothing new from this branch: the branch key changes, and changes it makes after what this laptop already holds are refused everywhere.

Data already on that laptop cannot be wiped remotely. If it was lost or stolen, only its passphrase protects the member list it already holds.</source>
        <translation>Révoquer «&#xa0;{name}&#xa0;»&#xa0;?

À partir de maintenant, il ne reçoit plus rien de nouveau de cette section&#xa0;: la clé de la section change, et les modifications qu’il fera au-delà de ce que cet ordinateur-ci détient déjà seront refusées partout.

Les données déjà présentes sur cet ordinateur-là ne peuvent pas être effacées à distance. S’il a été perdu ou volé, seule sa phrase secrète protège la liste des adhérents qu’il contient déjà.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../sync/bundle.py" line="+101"/>
        <location filename="../../sync/lan/keyring.py" line="+71"/>
        <source>This device does not hold the branch key of epoch {epoch}.</source>
        <translation>Cet appareil ne détient pas la clé de section n° {epoch}.</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>This bundle belongs to a different branch; nothing was imported.</source>
        <translation>Ce paquet appartient à une autre section ; rien n’a été importé.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This bundle was made by an older version of Caucus with a branch key this laptop was never given, so nothing shows who made it; nothing was imported. Import a bundle written by an up-to-date laptop instead.</source>
        <translation>Ce paquet a été fait par une ancienne version de Caucus avec une clé de section que cet ordinateur n’a jamais reçue : rien ne montre qui l’a fait ; rien n’a été importé. Importez plutôt un paquet écrit par un ordinateur à jour.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This bundle was made after this device&apos;s access was revoked; it cannot be opened.</source>
        <translation>Ce paquet a été fait après la révocation de l’accès de cet appareil ; il ne peut pas être ouvert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This bundle is damaged, or it was sealed with a branch key that was never given to this device (its access was probably revoked). Nothing was imported.</source>
        <translation>Ce paquet est endommagé, ou il a été scellé avec une clé de section jamais donnée à cet appareil (son accès a probablement été révoqué). Rien n’a été importé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This bundle was sealed with branch key {epoch}, which was not given to this device: its access was probably revoked. Nothing was imported.</source>
        <translation>Ce paquet a été scellé avec la clé de section n° {epoch}, qui n’a pas été donnée à cet appareil : son accès a probablement été révoqué. Rien n’a été importé.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../../sync/bundle_format.py" line="+91"/>
        <source>The bundle file is truncated; nothing was imported from it.</source>
        <extracomment>Bounds of one record: an info record names at most MAX_ENVELOPES devices.</extracomment>
        <translation>Le fichier du paquet est tronqué ; rien n’en a été importé.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The bundle file has data after its end.</source>
        <translation>Le fichier du paquet contient des données après sa fin.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>There is no bundle file at {path}.</source>
        <translation>Il n’y a pas de fichier de paquet à {path}.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The bundle file changed while it was being imported; what was already applied is intact. Import it again.</source>
        <extracomment>(admitting author, admitted key, role) seen in the bundle, while the writer is not yet known to be a device of the branch; None once it is (or for version 1)</extracomment>
        <translation>Le fichier du paquet a changé pendant l’importation ; ce qui était déjà appliqué est intact. Importez-le de nouveau.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The bundle&apos;s signature does not match its writer; nothing was imported from it.</source>
        <translation>La signature du paquet ne correspond pas à son auteur ; rien n’en a été importé.</translation>
    </message>
    <message>
        <location filename="../../sync/bundle_format.py" line="+10"/>
        <source>This bundle was made by a newer version of Caucus.</source>
        <translation>Ce paquet a été fait par une version plus récente de Caucus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not a Caucus bundle file.</source>
        <translation>Ce n’est pas un fichier de paquet Caucus.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py" line="+43"/>
        <source>Caucus could not do that.</source>
        <translation>Caucus n’a pas pu faire cela.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The vault could not be used.</source>
        <extracomment>the English sentence before its fields were filled (what the app translates) the values of the template&apos;s named fields</extracomment>
        <translation>Le coffre n’a pas pu être utilisé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no vault at that location.</source>
        <translation>Il n’y a pas de coffre à cet emplacement.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A vault already exists at that location; it was left untouched.</source>
        <translation>Un coffre existe déjà à cet emplacement ; il n’a pas été touché.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The passphrase is wrong for this vault.</source>
        <translation>La phrase secrète n’est pas celle de ce coffre.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The vault file is damaged or is not a Caucus vault; it was left untouched.</source>
        <translation>Le fichier du coffre est endommagé ou n’est pas un coffre Caucus ; il n’a pas été touché.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The vault is locked; unlock it first.</source>
        <translation>Le coffre est verrouillé ; déverrouillez-le d’abord.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The vault is in use by another program; close it there and try again.</source>
        <translation>Le coffre est utilisé par un autre programme ; fermez-le là-bas et réessayez.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The disk is full; nothing was changed. Free some space and try again.</source>
        <translation>Le disque est plein ; rien n’a été modifié. Libérez de l’espace et réessayez.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The disk could not be read or written; nothing was changed. Check it and try again.</source>
        <translation>Le disque n’a pas pu être lu ou écrit ; rien n’a été modifié. Vérifiez-le et réessayez.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The passphrase is too short: use at least 8 characters.</source>
        <translation>La phrase secrète est trop courte : utilisez au moins 8 caractères.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A value is not valid.</source>
        <translation>Une valeur n’est pas valide.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No record has that id.</source>
        <extracomment>the key of the field the value was for (the form shows the sentence under it)</extracomment>
        <translation>Aucun enregistrement n’a cet identifiant.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That field does not exist.</source>
        <translation>Ce champ n’existe pas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A change set is not valid.</source>
        <translation>Un lot de modifications n’est pas valide.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A change set&apos;s signature does not verify: it was altered or forged.</source>
        <translation>La signature d’un lot de modifications n’est pas valide : il a été altéré ou falsifié.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A change set could not be read: it is damaged or in an unknown format.</source>
        <translation>Un lot de modifications n’a pas pu être lu : il est endommagé ou dans un format inconnu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A change set comes from a device that is not in this branch&apos;s roster.</source>
        <translation>Un lot de modifications vient d’un appareil qui n’est pas dans la liste de cette section.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A change set comes from a device whose access was revoked.</source>
        <translation>Un lot de modifications vient d’un appareil dont l’accès a été révoqué.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This device&apos;s role does not allow that.</source>
        <translation>Le rôle de cet appareil ne permet pas cela.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That belongs to a different branch.</source>
        <translation>Cela appartient à une autre section.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The bundle file is damaged, truncated or was altered; nothing was imported from it.</source>
        <translation>Le fichier du paquet est endommagé, tronqué ou altéré ; rien n’en a été importé.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This bundle was not written by a device of this branch; nothing was imported from it.</source>
        <translation>Ce paquet n’a pas été écrit par un appareil de cette section ; rien n’en a été importé.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Always-on sync could not do that.</source>
        <translation>La synchronisation en continu n’a pas pu faire cela.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Syncthing is not installed: install the Debian package &apos;syncthing&apos; first.</source>
        <translation>Syncthing n’est pas installé : installez d’abord le paquet Debian &apos;syncthing&apos;.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Syncthing does not answer on this computer; it may have stopped.</source>
        <translation>Syncthing ne répond pas sur cet ordinateur ; il s’est peut-être arrêté.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Syncthing refused the API key Caucus holds for it (see its Settings → GUI).</source>
        <translation>Syncthing a refusé la clé d’API que Caucus détient pour lui (voir ses Paramètres → GUI).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Syncthing refused a request.</source>
        <translation>Syncthing a refusé une requête.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Always-on sync is off on this laptop; switch it on first.</source>
        <translation>La synchronisation en continu est désactivée sur cet ordinateur ; activez-la d’abord.</translation>
    </message>
    <message>
        <location filename="../../sync/exchange/errors.py" line="+11"/>
        <source>That file could not be imported; nothing was written.</source>
        <translation>Ce fichier n’a pas pu être importé ; rien n’a été écrit.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file is empty: there is nothing to import and nothing was written.</source>
        <translation>Le fichier est vide : il n’y a rien à importer et rien n’a été écrit.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>That file is not a CSV or Excel (.xlsx) spreadsheet Caucus can read; nothing was written.</source>
        <translation>Ce fichier n’est pas un tableur CSV ou Excel (.xlsx) que Caucus sait lire ; rien n’a été écrit.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>That file is too large to import at once; split it into smaller files. Nothing was written.</source>
        <translation>Ce fichier est trop volumineux pour être importé d’un coup ; divisez-le en fichiers plus petits. Rien n’a été écrit.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The import stopped part way; the batches before the stop were imported.</source>
        <translation>L’importation s’est arrêtée en cours de route ; les lots d’avant l’arrêt ont été importés.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>That column mapping is not valid.</source>
        <translation>Cette correspondance de colonnes n’est pas valide.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>L’exportation a été annulée ; aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>That file is {size:.0f} MB; Caucus imports files of up to {limit} MB ({max_rows:,} rows) at a time. Split it into smaller files and import each; nothing was written.</source>
        <extracomment>The largest import: bigger files are refused before they are read. the spreadsheet row number of each data row (headings are row 1) rows that cannot be read as they are: row number → why (reported as rejected) what the reader decided that the user should know (the sheet read, rows read as Windows-1252)</extracomment>
        <translation type="vanished">Ce fichier fait {size:.0f} Mo ; Caucus importe des fichiers de {limit} Mo au plus ({max_rows:,} lignes) à la fois. Divisez-le en fichiers plus petits et importez chacun ; rien n’a été écrit.</translation>
    </message>
    <message>
        <location filename="../../sync/exchange/importer/reading.py" line="+63"/>
        <source>That is an old Excel (.xls) file; save it as .xlsx or CSV and import that. Nothing was written.</source>
        <translation>C’est un ancien fichier Excel (.xls) ; enregistrez-le en .xlsx ou en CSV et importez celui-ci. Rien n’a été écrit.</translation>
    </message>
    <message>
        <source>That file has more than {max_rows:,} rows; Caucus imports up to {max_rows:,} rows ({limit} MB) at a time. Split it into smaller files and import each; nothing was written.</source>
        <translation type="vanished">Ce fichier a plus de {max_rows:,} lignes ; Caucus importe {max_rows:,} lignes au plus ({limit} Mo) à la fois. Divisez-le en fichiers plus petits et importez chacun ; rien n’a été écrit.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>That file is {size:.0f} MB; Caucus imports files of up to {limit} MB ({max_rows} rows) at a time. Split it into smaller files and import each; nothing was written.</source>
        <extracomment>The largest import: bigger files are refused before they are read. the spreadsheet row number of each data row (headings are row 1) rows that cannot be read as they are: row number → why (reported as rejected) what the reader decided that the user should know (the sheet read, rows read as Windows-1252)</extracomment>
        <translation>Ce fichier fait {size:.0f} Mo ; Caucus importe des fichiers de {limit} Mo au plus ({max_rows} lignes) à la fois. Divisez-le en fichiers plus petits et importez chacun ; rien n’a été écrit.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>That file has more than {max_rows} rows; Caucus imports up to {max_rows} rows ({limit} MB) at a time. Split it into smaller files and import each; nothing was written.</source>
        <translation>Ce fichier a plus de {max_rows} lignes ; Caucus importe {max_rows} lignes au plus ({limit} Mo) à la fois. Divisez-le en fichiers plus petits et importez chacun ; rien n’a été écrit.</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>The CSV file could not be read ({reason}); nothing was written.</source>
        <translation>Le fichier CSV n’a pas pu être lu ({reason}) ; rien n’a été écrit.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Reading .xlsx files needs the openpyxl package.</source>
        <extracomment>A separator no text holds: a file whose heading line has no separator is one column (its &quot;Lopez, Ana&quot; cells are names, not two values).</extracomment>
        <translation>La lecture des fichiers .xlsx nécessite le paquet openpyxl.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That Excel file could not be read ({name}); nothing was written.</source>
        <translation>Ce fichier Excel n’a pas pu être lu ({name}) ; rien n’a été écrit.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>A quote (&quot;) opened in the column headings (row {head_no}) is not closed, so the file cannot be read; fix the headings and import it again. Nothing was written.</source>
        <translation>Un guillemet (&quot;) ouvert dans les en-têtes de colonnes (ligne {head_no}) n’est pas fermé, le fichier ne peut donc pas être lu ; corrigez les en-têtes et importez-le de nouveau. Rien n’a été écrit.</translation>
    </message>
    <message>
        <location filename="../../sync/exchange/importer/running.py" line="+128"/>
        <source>On duplicate must be one of {choices}.</source>
        <translation>Pour les doublons, choisissez parmi : {choices}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Row {row}: the choice must be skip, update or create.</source>
        <translation>Ligne {row} : le choix doit être skip, update ou create.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The batch size must be at least 1.</source>
        <translation>La taille du lot doit être d’au moins 1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file has column headings but no rows of data; nothing was imported.</source>
        <translation>Le fichier a des en-têtes de colonnes mais aucune ligne de données ; rien n’a été importé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No column is mapped to a member field; nothing was imported.</source>
        <translation>Aucune colonne n’est associée à un champ de l’adhérent ; rien n’a été importé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Map a column to first name, last name or full name; nothing was imported.</source>
        <translation>Associez une colonne au prénom, au nom ou au nom complet ; rien n’a été importé.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The import stopped at {span} ({why}). The batches before were imported ({summary}); nothing from row {first} on was imported.</source>
        <extracomment>{span} is &quot;row 5&quot; or &quot;rows 5–7&quot;, {why} why it stopped, {summary} what the batches before did (&quot;5 imported, 0 updated, …&quot;), {first} a row number</extracomment>
        <translation>L’importation s’est arrêtée à {span} ({why}). Les lots précédents ont été importés ({summary})&#xa0;; rien n’a été importé à partir de la ligne {first}.</translation>
    </message>
    <message>
        <location filename="../../sync/folder.py" line="+120"/>
        <source>This laptop has not joined a branch yet; it cannot use a sync folder.</source>
        <extracomment>the most files of one laptop&apos;s chain before it is compacted into one full bundle how many written files the vault remembers (a few folders&apos; chains) how many imported names the vault remembers for ``skip_seen`` a temp file of this laptop&apos;s that nobody wrote for this long is abandoned (seconds)</extracomment>
        <translation>Cet ordinateur n’a encore rejoint aucune section ; il ne peut pas utiliser de dossier de synchronisation.</translation>
    </message>
    <message>
        <location line="+186"/>
        <source>{folder} is not a folder.</source>
        <translation>{folder} n’est pas un dossier.</translation>
    </message>
    <message>
        <location filename="../../sync/lan/boxstream.py" line="+139"/>
        <location line="+29"/>
        <source>The other laptop sent data after ending the encrypted stream.</source>
        <extracomment>Plaintext header: 2-byte body length + 16-byte body MAC. Sealed header on the wire. Largest body one frame may carry (as in pull-box-stream).</extracomment>
        <translation>L’autre ordinateur a envoyé des données après avoir terminé le flux chiffré.</translation>
    </message>
    <message>
        <location line="+79"/>
        <location line="+10"/>
        <source>The other laptop stopped answering.</source>
        <translation>L’autre ordinateur a cessé de répondre.</translation>
    </message>
    <message>
        <location filename="../../sync/lan/client.py" line="+57"/>
        <source>{label} is this laptop itself.</source>
        <translation>{label} est cet ordinateur lui-même.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The laptop at {label} ({key}) is not an active device of this branch; nothing was exchanged.</source>
        <translation>L’ordinateur à {label} ({key}) n’est pas un appareil actif de cette section ; rien n’a été échangé.</translation>
    </message>
    <message>
        <location filename="../../sync/lan/discovery.py" line="+187"/>
        <source>Meeting mode cannot use the network: {reason}.</source>
        <translation>Le mode réunion ne peut pas utiliser le réseau : {reason}.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Meeting mode needs a network: this laptop has no IPv4 address.</source>
        <translation>Le mode réunion a besoin d’un réseau : cet ordinateur n’a pas d’adresse IPv4.</translation>
    </message>
    <message>
        <location filename="../../sync/lan/errors.py" line="+26"/>
        <source>The connection to the other laptop failed.</source>
        <translation>La connexion avec l’autre ordinateur a échoué.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>That is not an address like 192.168.1.20:47300 (host, a colon, the port).</source>
        <translation>Ce n’est pas une adresse comme 192.168.1.20:47300 (hôte, deux-points, port).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The connection to the other laptop was lost.</source>
        <translation>La connexion avec l’autre ordinateur a été perdue.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The other laptop could not be verified as a member of this branch; nothing was exchanged.</source>
        <translation>L’autre ordinateur n’a pas pu être vérifié comme membre de cette section ; rien n’a été échangé.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The other laptop sent a malformed handshake message; nothing was exchanged.</source>
        <translation>L’autre ordinateur a envoyé un message de poignée de main mal formé ; rien n’a été échangé.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The other laptop is not on this branch&apos;s meeting network (another branch or key epoch).</source>
        <translation>L’autre ordinateur n’est pas sur le réseau de réunion de cette section (autre section ou autre clé).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The other laptop could not prove it is the device you meant to reach.</source>
        <translation>L’autre ordinateur n’a pas pu prouver qu’il est l’appareil que vous vouliez joindre.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The connecting laptop could not prove its identity; it was turned away.</source>
        <translation>L’ordinateur qui se connectait n’a pas pu prouver son identité ; il a été refusé.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The connecting laptop is not an active device of this branch; it was turned away.</source>
        <translation>L’ordinateur qui se connectait n’est pas un appareil actif de cette section ; il a été refusé.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The other laptop hung up during the handshake: it may not recognise this device.</source>
        <translation>L’autre ordinateur a raccroché pendant la poignée de main : il ne reconnaît peut-être pas cet appareil.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The other laptop did not answer the handshake in time.</source>
        <translation>L’autre ordinateur n’a pas répondu à la poignée de main à temps.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The encrypted stream from the other laptop was damaged or altered; it was closed.</source>
        <translation>Le flux chiffré de l’autre ordinateur était endommagé ou altéré ; il a été fermé.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A frame from the other laptop failed authentication: it was damaged or altered.</source>
        <translation>Un bloc de l’autre ordinateur a échoué à l’authentification : il était endommagé ou altéré.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A frame from the other laptop is larger than the protocol allows.</source>
        <translation>Un bloc de l’autre ordinateur est plus grand que ce que permet le protocole.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The encrypted stream was already closed.</source>
        <translation>Le flux chiffré était déjà fermé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The other laptop hung up in the middle of the encrypted stream.</source>
        <translation>L’autre ordinateur a raccroché au milieu du flux chiffré.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The other laptop broke the meeting-sync protocol; the connection was closed.</source>
        <translation>L’autre ordinateur n’a pas respecté le protocole de synchronisation en réunion ; la connexion a été fermée.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The other laptop announced a message larger than allowed; the connection was closed.</source>
        <translation>L’autre ordinateur a annoncé un message plus grand que permis ; la connexion a été fermée.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The other laptop sent a message that could not be read; the connection was closed.</source>
        <translation>L’autre ordinateur a envoyé un message illisible ; la connexion a été fermée.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The other laptop sent a message out of turn; the connection was closed.</source>
        <translation>L’autre ordinateur a envoyé un message hors de son tour ; la connexion a été fermée.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The other laptop ended the connection before it was complete.</source>
        <translation>L’autre ordinateur a mis fin à la connexion avant qu’elle soit complète.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The other laptop sent another number of change sets than it said; it was closed.</source>
        <translation>L’autre ordinateur a envoyé un autre nombre de lots de modifications que celui annoncé ; la connexion a été fermée.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The other laptop&apos;s hello names a device other than the one it proved to be.</source>
        <translation>Le message d’accueil de l’autre ordinateur nomme un autre appareil que celui qu’il a prouvé être.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The other laptop runs a version of Caucus that cannot sync with this one; update both.</source>
        <translation>L’autre ordinateur utilise une version de Caucus qui ne peut pas se synchroniser avec celle-ci ; mettez les deux à jour.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The other laptop ended the sync with an error; what arrived so far is kept.</source>
        <translation>L’autre ordinateur a terminé la synchronisation sur une erreur ; ce qui est arrivé jusqu’ici est conservé.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The other laptop is busy with other laptops; try again in a moment.</source>
        <translation>L’autre ordinateur est occupé avec d’autres ordinateurs ; réessayez dans un instant.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The other laptop no longer counts this one as an active device; the sync stopped.</source>
        <translation>L’autre ordinateur ne compte plus celui-ci comme appareil actif ; la synchronisation s’est arrêtée.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The other laptop is busy or did not answer; try again in a moment.</source>
        <translation>L’autre ordinateur est occupé ou n’a pas répondu ; réessayez dans un instant.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This laptop&apos;s vault failed during the meeting sync; what was stored before is kept.</source>
        <translation>Le coffre de cet ordinateur a échoué pendant la synchronisation en réunion ; ce qui était enregistré avant est conservé.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The sync took longer than allowed and was stopped; what arrived so far is kept.</source>
        <translation>La synchronisation a duré plus longtemps que permis et a été arrêtée ; ce qui est arrivé jusqu’ici est conservé.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The other laptop stopped answering; what arrived so far is kept.</source>
        <translation>L’autre ordinateur a cessé de répondre ; ce qui est arrivé jusqu’ici est conservé.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The other laptop is not an active device of this branch; nothing was exchanged.</source>
        <translation>L’autre ordinateur n’est pas un appareil actif de cette section ; rien n’a été échangé.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No laptop of this branch was found on the network; is meeting mode on at the others?</source>
        <translation>Aucun ordinateur de cette section n’a été trouvé sur le réseau ; le mode réunion est-il activé sur les autres ?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The other laptop could not be reached at that address.</source>
        <translation>L’autre ordinateur n’a pas pu être joint à cette adresse.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The sync was cancelled; the changes that arrived before are kept.</source>
        <translation>La synchronisation a été annulée ; les modifications arrivées avant sont conservées.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This vault does not belong to a branch yet; join one first.</source>
        <translation>Ce coffre n’appartient encore à aucune section ; rejoignez-en une d’abord.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This laptop does not hold the branch key it needs; sync once by USB stick.</source>
        <translation>Cet ordinateur ne détient pas la clé de section nécessaire ; synchronisez une fois par clé USB.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>That address is this laptop itself.</source>
        <translation>Cette adresse est celle de cet ordinateur.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Meeting mode cannot listen for other laptops on this network.</source>
        <translation>Le mode réunion ne peut pas écouter les autres ordinateurs sur ce réseau.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Meeting mode cannot use the network: is this laptop connected?</source>
        <translation>Le mode réunion ne peut pas utiliser le réseau : cet ordinateur est-il connecté ?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pairing the new laptop failed; nothing was shared.</source>
        <translation>L’appairage du nouvel ordinateur a échoué ; rien n’a été partagé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The pairing code was not accepted: check it and try again.</source>
        <translation>Le code d’appairage n’a pas été accepté : vérifiez-le et réessayez.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The pairing code was used up (too many wrong attempts); start pairing again.</source>
        <translation>Le code d’appairage est épuisé (trop d’essais erronés) ; recommencez l’appairage.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The admin declined this laptop; nothing was shared.</source>
        <translation>L’administrateur a refusé cet ordinateur ; rien n’a été partagé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The pairing code expired before a new laptop joined; start pairing again.</source>
        <translation>Le code d’appairage a expiré avant qu’un nouvel ordinateur ne rejoigne ; recommencez l’appairage.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The laptop that answered does not know the code; nothing was shared.</source>
        <translation>L’ordinateur qui a répondu ne connaît pas le code ; rien n’a été partagé.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The welcome arrived damaged; nothing was joined. Try pairing again.</source>
        <translation>L’accueil est arrivé endommagé ; rien n’a été rejoint. Réessayez l’appairage.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../sync/trust.py" line="+68"/>
        <location line="+241"/>
        <location line="+202"/>
        <source>This vault already belongs to a branch.</source>
        <extracomment>meta key held while a join from a welcome file is under way: the welcome file&apos;s path</extracomment>
        <translation>Ce coffre appartient déjà à une section.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No pairing offer with that code was found on the LAN; check the code.</source>
        <translation>Aucune offre d’appairage avec ce code n’a été trouvée sur le réseau local ; vérifiez le code.</translation>
    </message>
    <message>
        <location filename="../../sync/lan/joining.py" line="+31"/>
        <source>No pairing offer with that code was found on the LAN; check the code, or type the address the admin&apos;s laptop shows.</source>
        <translation>Aucune offre d’appairage avec ce code n’a été trouvée sur le réseau local ; vérifiez le code, ou saisissez l’adresse qu’affiche l’ordinateur de l’administrateur.</translation>
    </message>
    <message>
        <location filename="../../sync/lan/keyring.py" line="-20"/>
        <source>This laptop does not hold the branch key of epoch {epoch}.</source>
        <extracomment>How many key epochs before the current one a laptop still accepts and tries.</extracomment>
        <translation>Cet ordinateur ne détient pas la clé de section n° {epoch}.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>This laptop is not an active device of its branch (it was revoked, or has not joined yet).</source>
        <translation>Cet ordinateur n’est pas un appareil actif de sa section (il a été révoqué, ou ne l’a pas encore rejointe).</translation>
    </message>
    <message>
        <location filename="../../sync/lan/pairing.py" line="+130"/>
        <source>The other laptop sent data before the channel was secured.</source>
        <extracomment>The largest encrypted frame: a welcome chunk and its CBOR heads.</extracomment>
        <translation>L’autre ordinateur a envoyé des données avant que le canal soit sécurisé.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The other laptop hung up during pairing.</source>
        <translation>L’autre ordinateur a raccroché pendant l’appairage.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Only an admin laptop may pair new laptops.</source>
        <translation>Seul un ordinateur administrateur peut appairer de nouveaux ordinateurs.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The pairing code was used up after {max_failures} wrong tries; start pairing again for a new code.</source>
        <translation>Le code d’appairage est épuisé après {max_failures} essais erronés ; recommencez l’appairage pour obtenir un nouveau code.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pairing stopped: this laptop cannot take connections ({reason}).</source>
        <translation>L’appairage s’est arrêté : cet ordinateur ne peut pas accepter de connexions ({reason}).</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>The admin&apos;s laptop could not be reached at {address}:{address2} ({reason}).</source>
        <translation>L’ordinateur de l’administrateur n’a pas pu être joint à {address}:{address2} ({reason}).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The admin&apos;s laptop hung up without confirming the code: the code is wrong or used up, or pairing was stopped there.</source>
        <translation>L’ordinateur de l’administrateur a raccroché sans confirmer le code : le code est faux ou épuisé, ou l’appairage y a été arrêté.</translation>
    </message>
    <message>
        <location filename="../../sync/lan/pairing_keys.py" line="+53"/>
        <source>A pairing code is 8 digits, like 47-105-962.</source>
        <translation>Un code d’appairage compte 8 chiffres, comme 47-105-962.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The other laptop sent an invalid key-exchange message.</source>
        <translation>L’autre ordinateur a envoyé un message d’échange de clés non valide.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The other laptop sent {obj!r} instead of {kind!r}; pairing stopped.</source>
        <translation>L’autre ordinateur a envoyé {obj!r} au lieu de {kind!r} ; l’appairage s’est arrêté.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The code was wrong: check it with the admin and try again (a code allows {max_failures} tries in all).</source>
        <translation>Le code était faux : vérifiez-le avec l’administrateur et réessayez (un code permet {max_failures} essais en tout).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The code was wrong, and it is now used up: ask the admin to start pairing again for a new code.</source>
        <translation>Le code était faux et il est maintenant épuisé : demandez à l’administrateur de recommencer l’appairage pour un nouveau code.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The other laptop stopped the pairing before the code was confirmed.</source>
        <translation>L’autre ordinateur a arrêté l’appairage avant que le code soit confirmé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The other laptop stopped the pairing: {text}</source>
        <translation>L’autre ordinateur a arrêté l’appairage : {text}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The other laptop sent a malformed key-exchange message.</source>
        <translation>L’autre ordinateur a envoyé un message d’échange de clés mal formé.</translation>
    </message>
    <message>
        <location filename="../../sync/lan/pairing_machines.py" line="+113"/>
        <source>The laptop that answered does not know the code: it is not the admin&apos;s laptop you meant. Nothing was shared.</source>
        <translation>L’ordinateur qui a répondu ne connaît pas le code : ce n’est pas l’ordinateur de l’administrateur que vous vouliez. Rien n’a été partagé.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The welcome is longer than announced.</source>
        <translation>L’accueil est plus long que ce qui était annoncé.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The new laptop sent an invalid join request.</source>
        <translation>Le nouvel ordinateur a envoyé une demande de rattachement non valide.</translation>
    </message>
    <message>
        <location filename="../../sync/lan/server.py" line="+133"/>
        <source>Cannot listen on {bind}: {reason}.</source>
        <extracomment>Seconds a new connection has for its first 64 bytes (a shs1 hello or a probe).</extracomment>
        <translation>Impossible d’écouter sur {bind} : {reason}.</translation>
    </message>
    <message>
        <location filename="../../sync/lan/session.py" line="+153"/>
        <source>This laptop&apos;s vault is busy with other laptops; try again.</source>
        <extracomment>How often a wait for the vault asks whether it was cancelled (or the server stopped).</extracomment>
        <translation>Le coffre de cet ordinateur est occupé avec d’autres ordinateurs ; réessayez.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>This laptop&apos;s vault failed during the meeting sync (database error: {name}); what was stored before is kept. Try again, and restart Caucus if it happens again.</source>
        <translation>Le coffre de cet ordinateur a échoué pendant la synchronisation en réunion (erreur de base de données : {name}) ; ce qui était enregistré avant est conservé. Réessayez, et redémarrez Caucus si cela se reproduit.</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>The other laptop ended the connection before the sync was complete.</source>
        <extracomment>The error&apos;s class name (``NotReachable``, ``PeerIdle``, ...), for scripts. The error itself (the window writes its sentence in the user&apos;s language)</extracomment>
        <translation>L’autre ordinateur a mis fin à la connexion avant la fin de la synchronisation.</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>The other laptop is no longer an active device of this branch (it was revoked); nothing more was sent to it.</source>
        <translation>L’autre ordinateur n’est plus un appareil actif de cette section (il a été révoqué) ; plus rien ne lui a été envoyé.</translation>
    </message>
    <message>
        <location filename="../../sync/lan/session_machine.py" line="+159"/>
        <source>The other laptop sent {event!r} while this one was {state}; the connection was closed.</source>
        <extracomment>The events that are messages of the peer&apos;s (the others are this side&apos;s own steps).</extracomment>
        <translation>L’autre ordinateur a envoyé {event!r} alors que celui-ci était en {state} ; la connexion a été fermée.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The other laptop interrupted a large change set; the connection was closed.</source>
        <translation>L’autre ordinateur a interrompu un gros lot de modifications ; la connexion a été fermée.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The parts of a large change set do not agree.</source>
        <translation>Les parties d’un gros lot de modifications ne concordent pas.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The other laptop said it sent {count} change sets, but {received_items} arrived.</source>
        <translation>L’autre ordinateur a dit avoir envoyé {count} lots de modifications, mais {received_items} sont arrivés.</translation>
    </message>
    <message>
        <location filename="../../sync/lan/wire.py" line="+46"/>
        <source>{text!r} is not an address like 192.168.1.20:47300: the address the other laptop shows, a colon, then its port.</source>
        <extracomment>Seconds to connect, and for the identify probe&apos;s answer. Seconds a whole Secret Handshake may take.</extracomment>
        <translation>{text!r} n’est pas une adresse comme 192.168.1.20:47300 : l’adresse qu’affiche l’autre ordinateur, deux-points, puis son port.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The laptop at {address} is busy or did not answer; try again in a moment.</source>
        <translation>L’ordinateur à {address} est occupé ou n’a pas répondu ; réessayez dans un instant.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The laptop at {address} could not be reached ({reason}).</source>
        <translation>L’ordinateur à {address} n’a pas pu être joint ({reason}).</translation>
    </message>
    <message>
        <location filename="../../sync/ops/joining.py" line="+82"/>
        <source>There is a sidecar but no vault at {path}; nothing was done.</source>
        <extracomment>how long to look on the LAN for the admin&apos;s pairing offer</extracomment>
        <translation>Il y a un fichier compagnon mais pas de coffre à {path} ; rien n’a été fait.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>This vault already belongs to a branch; use a new vault.</source>
        <translation>Ce coffre appartient déjà à une section ; utilisez un nouveau coffre.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Compare the branch fingerprint before joining.</source>
        <translation>Comparez l’empreinte de la section avant de la rejoindre.</translation>
    </message>
    <message>
        <location filename="../../sync/ops/meeting.py" line="+271"/>
        <source>Cannot listen for the new laptop: {reason}.</source>
        <extracomment>The port meeting mode tries first, so a typed address may leave it out. The admin answers within this; the new laptop gives up waiting a little later. when ``port`` is taken, serve on any free one (else fail)</extracomment>
        <translation>Impossible d’attendre le nouvel ordinateur : {reason}.</translation>
    </message>
    <message>
        <location filename="../../sync/records/settings.py" line="+41"/>
        <location line="+48"/>
        <source>This vault has no branch yet.</source>
        <extracomment>the coverage target: one point person per this many people</extracomment>
        <translation>Ce coffre n’a pas encore de section.</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>The target is a number of people per point person, like 10, not {value}.</source>
        <translation>L’objectif est un nombre de personnes par référent, par exemple 10, et non {value}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One point person looks after 1 to 1,000 people.</source>
        <translation>Un référent suit de 1 à 1 000 personnes.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Only an admin may change the branch&apos;s {what}.</source>
        <translation>Seul un administrateur peut modifier {what} de la section.</translation>
    </message>
    <message>
        <location filename="../../sync/store/packing.py" line="+46"/>
        <location line="+3"/>
        <source>A stored change set is damaged; restore a backup.</source>
        <extracomment>the largest inflated size accepted (three times a change set&apos;s largest body)</extracomment>
        <translation>Un lot de modifications enregistré est endommagé ; restaurez une sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../sync/store/vault.py" line="+130"/>
        <source>A vault already exists at {path}; it was left untouched.</source>
        <extracomment>the vaults unlocked in this process: where to look when an I/O error may be a full disk</extracomment>
        <translation>Un coffre existe déjà à {path} ; il n’a pas été touché.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>There is no vault at {path}.</source>
        <translation>Il n’y a pas de coffre à {path}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is not a vault file.</source>
        <translation>{path} n’est pas un fichier de coffre.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The vault file {name} is damaged (truncated) or is not a Caucus vault; it was left untouched.</source>
        <translation>Le fichier de coffre {name} est endommagé (tronqué) ou n’est pas un coffre Caucus ; il n’a pas été touché.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The passphrase is wrong for this vault. A change of passphrase was interrupted: try both the previous and the new passphrase.</source>
        <translation>La phrase secrète n’est pas celle de ce coffre. Un changement de phrase secrète a été interrompu : essayez l’ancienne et la nouvelle.</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>The disk is too full to change the passphrase: it needs about {megabytes:.1f} MB free for a moment. Nothing was changed; free some space and try again.</source>
        <translation>Le disque est trop plein pour changer la phrase secrète : il faut environ {megabytes:.1f} Mo libres pendant un instant. Rien n’a été modifié ; libérez de l’espace et réessayez.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>The disk became full while the passphrase was being changed; the old passphrase still opens the vault. Free some space and try again.</source>
        <translation>Le disque s’est rempli pendant le changement de phrase secrète ; l’ancienne ouvre toujours le coffre. Libérez de l’espace et réessayez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The passphrase could not be changed; the old passphrase still opens the vault.</source>
        <translation>La phrase secrète n’a pas pu être changée ; l’ancienne ouvre toujours le coffre.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{dest} already exists; choose another name for the backup.</source>
        <translation>{dest} existe déjà ; choisissez un autre nom pour la sauvegarde.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The vault could not switch to write-ahead logging.</source>
        <translation>Le coffre n’a pas pu passer à la journalisation anticipée (WAL).</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{name} is not a Caucus vault; it was left untouched.</source>
        <translation>{name} n’est pas un coffre Caucus ; il n’a pas été touché.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The disk holding {name} is full, so the vault could not be opened; nothing in it was changed. Free some space and try again.</source>
        <translation>Le disque qui contient {name} est plein, le coffre n’a donc pas pu être ouvert ; rien n’y a été modifié. Libérez de l’espace et réessayez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The vault file {name} is damaged or is not a Caucus vault; it was left untouched.</source>
        <translation>Le fichier de coffre {name} est endommagé ou n’est pas un coffre Caucus ; il n’a pas été touché.</translation>
    </message>
    <message>
        <location filename="../../sync/trust.py" line="-341"/>
        <source>Only an admin device may admit or revoke devices.</source>
        <extracomment>its Syncthing device ID, once it has switched always-on sync on</extracomment>
        <translation>Seul un appareil administrateur peut accepter ou révoquer des appareils.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A device cannot revoke itself; ask another admin.</source>
        <translation>Un appareil ne peut pas se révoquer lui-même ; demandez à un autre administrateur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is already revoked.</source>
        <translation>{name} est déjà révoqué.</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>That is not a valid join-request file.</source>
        <translation>Ce n’est pas un fichier de demande de rattachement valide.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>That device was revoked; it cannot be admitted again. Make a new join request from a fresh vault.</source>
        <translation>Cet appareil a été révoqué ; il ne peut pas être accepté de nouveau. Faites une nouvelle demande de rattachement depuis un nouveau coffre.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>This vault has no device key: make a join request from it first.</source>
        <translation>Ce coffre n’a pas de clé d’appareil : faites d’abord une demande de rattachement depuis celui-ci.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That is not a Caucus welcome file.</source>
        <translation>Ce n’est pas un fichier d’accueil Caucus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+10"/>
        <source>That welcome file is damaged.</source>
        <translation>Ce fichier d’accueil est endommagé.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>There is no welcome file at {welcome_path}.</source>
        <translation>Il n’y a pas de fichier d’accueil à {welcome_path}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That welcome file was made for another device (or is damaged).</source>
        <translation>Ce fichier d’accueil a été fait pour un autre appareil (ou est endommagé).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>That welcome file&apos;s branch does not match its founder.</source>
        <translation>La section de ce fichier d’accueil ne correspond pas à son fondateur.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>That welcome file is for another branch than the one checked; nothing was imported.</source>
        <translation>Ce fichier d’accueil est pour une autre section que celle vérifiée ; rien n’a été importé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This vault is part-way through joining another branch (fingerprint {branch_id}); finish with that branch&apos;s welcome file. Nothing was imported.</source>
        <translation>Ce coffre est en train de rejoindre une autre section (empreinte {branch_id}) ; terminez avec le fichier d’accueil de cette section. Rien n’a été importé.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The welcome file did not contain this device&apos;s admission.</source>
        <translation>Le fichier d’accueil ne contenait pas l’acceptation de cet appareil.</translation>
    </message>
    <message>
        <location filename="../../sync/exchange/importer/dates.py" line="+64"/>
        <source>{label} {value} is not a date (this column has the month first, e.g. 03/31/2024).</source>
        <extracomment>Countries where 03/04/2024 is the 4th of March (month first). 4 or 5 digits (with a fraction): an Excel date number, unless it is a yyyymmdd date</extracomment>
        <translation>{label} : {value} n’est pas une date (dans cette colonne, le mois vient en premier, par ex. 03/31/2024).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{label} {value} is not a date (use e.g. 2024-03-31 or 31/03/2024).</source>
        <translation>{label} : {value} n’est pas une date (utilisez par ex. 2024-03-31 ou 31/03/2024).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{label} {year}: a year alone is not a date; write {year}-01-01 (or the whole date).</source>
        <translation>{label} : {year} est une année seule, pas une date ; écrivez {year}-01-01 (ou la date complète).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{label} {value} is not a date.</source>
        <translation>{label} : {value} n’est pas une date.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../sync/records/validation.py" line="+52"/>
        <source>{label} {value} is not a plausible date.</source>
        <translation>{label} : {value} n’est pas une date plausible.</translation>
    </message>
    <message>
        <location filename="../../sync/records/batch.py" line="+75"/>
        <source>A batch&apos;s chunk must be at least 1 row.</source>
        <extracomment>Ids known to exist, remembered so a run of notes about one member asks the vault once.</extracomment>
        <translation>Chaque tranche d’un lot doit compter au moins 1 ligne.</translation>
    </message>
    <message>
        <location line="+134"/>
        <location line="+57"/>
        <source>A member needs a first or last name.</source>
        <extracomment>new records written, by table (committed or pending) (member id, warning) for each value kept as given though it could not be checked (a phone number phonenumbers cannot validate)</extracomment>
        <translation>Un adhérent a besoin d’un prénom ou d’un nom.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{table} records do not belong to a member.</source>
        <translation>Les fiches {table} n’appartiennent pas à un adhérent.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>A workplace needs a name.</source>
        <translation>Un lieu de travail a besoin d’un nom.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A campaign needs a name.</source>
        <translation>Une campagne a besoin d’un nom.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Quorum cannot be negative.</source>
        <translation>Le quorum ne peut pas être négatif.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A meeting needs a title.</source>
        <translation>Une réunion a besoin d’un titre.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>A note needs some text.</source>
        <translation>Une note a besoin d’un peu de texte.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>A task needs a title.</source>
        <translation>Une tâche a besoin d’un titre.</translation>
    </message>
    <message>
        <location filename="../../sync/records/country.py" line="+80"/>
        <source>{value} is not a country code Caucus knows; use the two letters of ISO 3166, like GB, DE or AR.</source>
        <extracomment>Every country a branch can have: the regions phonenumbers can read numbers of. ISO 4217 currency codes in use (2024), plus the precious metals and test codes left out. The currency a new branch of a country gets (the user can change it; others: none).</extracomment>
        <translation>{value} n’est pas un code de pays connu de Caucus ; utilisez les deux lettres de l’ISO 3166, comme GB, DE ou AR.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{value} is not a currency code; use the three letters of ISO 4217, like GBP, EUR or ARS.</source>
        <translation>{value} n’est pas un code de devise ; utilisez les trois lettres de l’ISO 4217, comme GBP, EUR ou ARS.</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>{value} is not a phone number.</source>
        <translation>{value} n’est pas un numéro de téléphone.</translation>
    </message>
    <message>
        <location filename="../../sync/records/validation.py" line="-21"/>
        <source>{label} is too long (at most {max_len} characters).</source>
        <extracomment>the most characters a text field holds (a custom field, a value kept aside…)</extracomment>
        <translation>{label} est trop long ({max_len} caractères au maximum).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{label} must be a date like 2024-03-31, not {value}.</source>
        <translation>{label} doit être une date comme 2024-03-31, et non {value}.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>{value} is not a valid email address: {reason}</source>
        <extracomment>Validated emails and phones, remembered (an import cleans each value twice: once to plan the row, once as the batch writes it). A cleaned value cleans to itself. {reason} says what is wrong with the address</extracomment>
        <translation>{value} n’est pas une adresse e-mail valide : {reason}</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>{label} must be yes or no, not {value}.</source>
        <translation>{label} doit être oui ou non, et non {value}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{label} must be one of {choices}, not {value}.</source>
        <translation>{label} doit être l’une des valeurs {choices}, et non {value}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Assessment must be a whole number 0–5, not {value}.</source>
        <translation>L’évaluation doit être un nombre entier de 0 à 5, et non {value}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Assessment must be between 0 and 5, not {number}.</source>
        <translation>L’évaluation doit être comprise entre 0 et 5, et non {number}.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>A custom field needs a name, like custom.shift=nights.</source>
        <translation>Un champ personnalisé a besoin d’un nom, comme custom.shift=nights.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Members have no field called {name}.</source>
        <translation>Les adhérents n’ont aucun champ nommé {name}.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Tag {tag}… is too long (60 characters at most).</source>
        <translation>Le mot-clé {tag}… est trop long (60 caractères au maximum).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Expected FIELD=VALUE, not {value}.</source>
        <translation>CHAMP=VALEUR attendu, et non {value}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{records} have no field called {name}.</source>
        <translation>{records} : aucun champ nommé {name}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{label} must be a whole number, not {value}.</source>
        <translation>{label} doit être un nombre entier, et non {value}.</translation>
    </message>
    <message>
        <location filename="../../sync/always_on/process.py" line="+137"/>
        <source>Syncthing could not make its home folder {home}.</source>
        <extracomment>option name (as in the REST API and config.xml) → value</extracomment>
        <translation>Syncthing n’a pas pu créer son dossier de base {home}.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Caucus&apos;s Syncthing is already running.</source>
        <translation>Le Syncthing de Caucus est déjà en marche.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Syncthing stopped as it started; its log {log} says why.</source>
        <extracomment>{log} is the path of Syncthing&apos;s log file</extracomment>
        <translation>Syncthing s’est arrêté au démarrage ; son journal {log} dit pourquoi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Syncthing did not start within {timeout:.0f} seconds; its log is {log}.</source>
        <translation>Syncthing n’a pas démarré en {timeout:.0f} secondes ; son journal est {log}.</translation>
    </message>
    <message>
        <location filename="../../sync/always_on/rest.py" line="+141"/>
        <source>Syncthing refused a request ({request}: {reason}).</source>
        <extracomment>{request} is the request (&quot;GET /rest/config&quot;), {reason} Syncthing&apos;s answer</extracomment>
        <translation>Syncthing a refusé une requête ({request} : {reason}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Syncthing sent a reply Caucus cannot read ({path}).</source>
        <translation>Syncthing a envoyé une réponse que Caucus ne peut pas lire ({path}).</translation>
    </message>
    <message>
        <location filename="../../sync/exchange/importer/mapping.py" line="+199"/>
        <source>Column {heading} cannot go to {target}; choose a member field, custom.NAME, or leave it out.</source>
        <extracomment>Fields that hold ids: a file names the record instead (``workplace``, ``unit``), or gives no target for it (a point person is set on the chart, not by a name in a file). Every mapping target a user can choose (besides ``custom.NAME`` and ignoring). Targets whose value may have several lines (and custom fields). Targets that take several columns, joined with &quot;, &quot; (and custom fields). {heading} is a column&apos;s heading, {target} the field typed for it</extracomment>
        <translation>La colonne {heading} ne peut pas aller dans {target} ; choisissez un champ de l’adhérent, custom.NOM, ou laissez-la de côté.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Columns {first} and {second} both go to {field}; choose one of them (only the address, emails, phones, tags and custom fields take several columns).</source>
        <extracomment>{first} and {second} are two columns&apos; headings, {field} a member field</extracomment>
        <translation>Les colonnes {first} et {second} vont toutes deux dans {field} ; choisissez-en une (seuls l’adresse, les e-mails, les téléphones, les mots-clés et les champs personnalisés acceptent plusieurs colonnes).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A saved mapping needs a name.</source>
        <translation>Une correspondance enregistrée a besoin d’un nom.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is no saved mapping called {name} ({known}).</source>
        <extracomment>{name} is the name asked for, {known} the names of the saved mappings</extracomment>
        <translation>Aucune correspondance enregistrée ne s’appelle {name} ({known}).</translation>
    </message>
    <message>
        <location filename="../../sync/ops/always_on.py" line="+158"/>
        <location line="+180"/>
        <source>This laptop has not joined a branch yet.</source>
        <translation>Cet ordinateur n’a encore rejoint aucune section.</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>This Syncthing ({version}) is too old; Caucus needs Syncthing 1.12 or later.</source>
        <extracomment>{version} is the version Syncthing gave (or &quot;unknown version&quot;)</extracomment>
        <translation>Ce Syncthing ({version}) est trop ancien ; Caucus a besoin de Syncthing 1.12 ou plus récent.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Syncthing could not start.</source>
        <translation>Syncthing n’a pas pu démarrer.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Using your own Syncthing needs its API key (Actions → Settings → GUI).</source>
        <translation>Utiliser votre propre Syncthing demande sa clé d’API (Actions → Paramètres → GUI).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Listen on lan, loopback or an address tcp://HOST:PORT.</source>
        <translation>Écoutez sur lan, loopback ou une adresse tcp://HÔTE:PORT.</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>Discovery and relays are set in your own Syncthing, not here.</source>
        <extracomment>laptops of the branch that have not switched always-on sync on yet (names) this laptop holds changes its files in the folder do not carry yet this laptop may add and remove boxes</extracomment>
        <translation>La découverte et les relais se règlent dans votre propre Syncthing, pas ici.</translation>
    </message>
    <message>
        <location filename="../../sync/exchange/importer/cleaning.py" line="+52"/>
        <source>{label} {value} has a line break; only the address and custom fields can have several lines.</source>
        <extracomment>Text our CSV export guards with a leading &quot;&apos;&quot; (a formula, or a quote of its own).</extracomment>
        <translation>{label} {value} contient un saut de ligne ; seuls l’adresse et les champs personnalisés peuvent avoir plusieurs lignes.</translation>
    </message>
    <message>
        <location filename="../../sync/exchange/importer/units.py" line="+132"/>
        <source>A headcount sheet needs a workplace column and a headcount column (and a unit column for the units&apos; own headcounts); this one has {headings}.</source>
        <extracomment>{headings} is the file&apos;s column headings, or &quot;no headings&quot;</extracomment>
        <translation>Une feuille d’effectifs a besoin d’une colonne de lieu de travail et d’une colonne d’effectif (et d’une colonne d’unité pour l’effectif propre à chaque unité)&#xa0;; celle-ci a {headings}.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Nothing was imported: {why}</source>
        <extracomment>{why} is the failure&apos;s sentence</extracomment>
        <translation>Rien n’a été importé&#xa0;: {why}</translation>
    </message>
    <message>
        <location filename="../../sync/records/email_words.py" line="+61"/>
        <source>{value} is not a valid email address.</source>
        <extracomment>{value} is the address as typed</extracomment>
        <translation>{value} n’est pas une adresse e-mail valide.</translation>
    </message>
</context>
<context>
    <name>export_dialog</name>
    <message>
        <location filename="../../desktop/dialogs/export_dialog.py" line="-170"/>
        <source>CSV (spreadsheet text)</source>
        <translation>CSV (texte de tableur)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Classeur Excel (.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printable member list (PDF)</source>
        <translation>Liste des adhérents à imprimer (PDF)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>CSV spreadsheet</source>
        <translation>Tableur CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook</source>
        <translation>Classeur Excel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>printed member list</source>
        <translation>liste des adhérents imprimée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sign-in sheet</source>
        <translation>feuille d’émargement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mailing labels</source>
        <translation>étiquettes d’adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>subject access (PDF)</source>
        <translation>demande d’accès (PDF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>subject access</source>
        <translation>demande d’accès</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>subject access (JSON)</source>
        <translation>demande d’accès (JSON)</translation>
    </message>
</context>
<context>
    <name>exporter</name>
    <message>
        <location filename="../../sync/exchange/exporter.py" line="+29"/>
        <source>The exported file is NOT encrypted: anyone who gets it can read it. Keep it safe and delete it when done.</source>
        <translation>Le fichier exporté n’est PAS chiffré&#xa0;: toute personne qui l’obtient peut le lire. Conservez-le en lieu sûr et supprimez-le quand vous n’en avez plus besoin.</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../sync/records/labels.py" line="+13"/>
        <source>Record number</source>
        <translation>Numéro de fiche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preferred name</source>
        <translation>Prénom d’usage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Membership no.</source>
        <translation>N° d’adhérent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emails</source>
        <translation>E-mails</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phones</source>
        <translation>Téléphones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Workplace</source>
        <translation>Lieu de travail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status override</source>
        <translation>Statut imposé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Override until</source>
        <translation>Imposé jusqu’au</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joined</source>
        <translation>Date d’adhésion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lapsed</source>
        <translation>Date de fin d’adhésion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dues paid until</source>
        <translation>Cotisations payées jusqu’au</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basis of processing</source>
        <translation>Base légale du traitement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not contact</source>
        <translation>Ne pas contacter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No email</source>
        <translation>Pas d’e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No phone calls</source>
        <translation>Pas d’appel téléphonique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No texts</source>
        <translation>Pas de SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No post</source>
        <translation>Pas de courrier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom fields</source>
        <translation>Champs personnalisés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag</source>
        <translation>Mot-clé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Point person</source>
        <translation>Référent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Member</source>
        <translation>Adhérent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Test de structure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employer</source>
        <translation>Employeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headcount</source>
        <translation>Effectif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counted on</source>
        <translation>Compté le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent</source>
        <translation>Fait partie de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts on</source>
        <translation>Commence le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends on</source>
        <translation>Se termine le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow up on</source>
        <translation>Relancer le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author name</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due on</source>
        <translation>À faire pour le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignee</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quorum</source>
        <translation>Quorum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target share</source>
        <translation>Part visée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pair</source>
        <translation>Paire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side</source>
        <translation>Côté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Granted</source>
        <translation>Accordé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded on</source>
        <translation>Enregistré le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Founder</source>
        <translation>Fondateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nonce</source>
        <translation>Nonce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Point ratio</source>
        <translation>Personnes par référent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pubkey</source>
        <translation>Clé publique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admitted by</source>
        <translation>Admis par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoked after</source>
        <translation>Révoqué après</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoked by</source>
        <translation>Révoqué par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syncthing</source>
        <translation>Syncthing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syncthing addresses</source>
        <translation>Adresses Syncthing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Epoch</source>
        <translation>Époque des clés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sealed</source>
        <translation>Clé scellée</translation>
    </message>
</context>
<context>
    <name>import_issues</name>
    <message>
        <location filename="../../desktop/dialogs/import_issues.py" line="-24"/>
        <source>Repaired: stored as {value}</source>
        <translation>Réparé&#xa0;: enregistré comme {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Can be repaired to {value} (tick “Repair” above)</source>
        <translation>Peut être réparé en {value} (cochez «&#xa0;Réparer&#xa0;» ci-dessus)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kept aside on the person, to check</source>
        <translation>Mis de côté sur la fiche de la personne, à vérifier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept as typed, to check</source>
        <translation>Gardé tel que saisi, à vérifier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported as “(no name)”</source>
        <translation>Importé comme «&#xa0;(sans nom)&#xa0;»</translation>
    </message>
</context>
<context>
    <name>import_wizard</name>
    <message>
        <location filename="../../desktop/dialogs/import_wizard.py" line="-429"/>
        <source>(do not import)</source>
        <translation>(ne pas importer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its columns separated by commas</source>
        <translation>ses colonnes séparées par des virgules</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its columns separated by semicolons</source>
        <translation>ses colonnes séparées par des points-virgules</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its columns separated by tabs</source>
        <translation>ses colonnes séparées par des tabulations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its columns separated by bars</source>
        <translation>ses colonnes séparées par des barres verticales</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Email(s)</source>
        <translation>E-mail(s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone(s)</source>
        <translation>Téléphone(s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workplace (name)</source>
        <translation>Lieu de travail (nom)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caucus id (match only)</source>
        <translation>Identifiant Caucus (correspondance uniquement)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The file has column headings but no rows of data; nothing to import.</source>
        <translation>Le fichier a des en-têtes de colonnes mais aucune ligne de données&#xa0;; rien à importer.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_duplicates.py" line="-38"/>
        <source>Skip (keep the existing member)</source>
        <translation>Ignorer (garder l’adhérent existant)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update the existing member</source>
        <translation>Mettre à jour l’adhérent existant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a new member anyway</source>
        <translation>Créer quand même un nouvel adhérent</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard.py" line="-41"/>
        <source>Excel workbook (sheet “{sheet}”)</source>
        <translation>Classeur Excel (feuille «&#xa0;{sheet}&#xa0;»)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>with one column</source>
        <translation>avec une seule colonne</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its columns separated by {separator}</source>
        <translation>ses colonnes séparées par {separator}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A spreadsheet saved as text (CSV), {separator}</source>
        <translation>Un tableur enregistré en texte (CSV), {separator}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, written by an older Windows program (Windows-1252 letters)</source>
        <translation>, écrit par un ancien programme Windows (caractères Windows-1252)</translation>
    </message>
</context>
<context>
    <name>join_page</name>
    <message>
        <location filename="../../desktop/views/join_page.py" line="-394"/>
        <source>Sync → Devices → Admit a laptop from a join request file…</source>
        <translation>Synchro → Appareils → Accepter un ordinateur à partir d’un fichier de demande de rattachement…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Joining this branch was interrupted before it finished (Caucus was closed, or the computer stopped). It will be completed from the welcome file.</source>
        <translation>Le rattachement à cette section a été interrompu avant la fin (Caucus a été fermé, ou l’ordinateur s’est arrêté). Il sera terminé à partir du fichier d’accueil.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The admin&apos;s laptop must show the same string; waiting for approval…</source>
        <translation>L’ordinateur de l’administrateur doit afficher la même chaîne&#xa0;; en attente d’approbation…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Looking for the admin&apos;s laptop…</source>
        <extracomment>the words of the joining stages</extracomment>
        <translation>Recherche de l’ordinateur de l’administrateur…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connecting to the admin&apos;s laptop…</source>
        <translation>Connexion à l’ordinateur de l’administrateur…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Joined {branch_name} as {role}.</source>
        <translation>Section {branch_name} rejointe en tant que {role}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The join request was saved as {path}.</source>
        <translation>La demande de rattachement a été enregistrée sous {path}.</translation>
    </message>
</context>
<context>
    <name>list_pages</name>
    <message>
        <location filename="../../desktop/views/list_pages.py" line="-448"/>
        <source>Start date</source>
        <extracomment>the add line&apos;s fields that take a date (typed in the locale&apos;s format or ISO, or picked)</extracomment>
        <translation>Date de début</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting date</source>
        <translation>Date de la réunion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due date</source>
        <translation>Date d’échéance</translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <location filename="../../desktop/main_window.py" line="-306"/>
        <source>Members</source>
        <extracomment>the sections: (title, icon, key); the members page first</extracomment>
        <translation>Adhérents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workplaces</source>
        <translation>Lieux de travail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync</source>
        <translation>Synchro</translation>
    </message>
</context>
<context>
    <name>member_form</name>
    <message>
        <location filename="../../desktop/views/member_form.py" line="-289"/>
        <source>Member</source>
        <translation>Adhérent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Former member</source>
        <translation>Ancien adhérent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regular contact</source>
        <translation>Contact régulier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other (with consent)</source>
        <translation>Autre (avec consentement)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do not contact</source>
        <translation>Ne pas contacter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No email</source>
        <translation>Pas d’e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No phone calls</source>
        <translation>Pas d’appel téléphonique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No texts</source>
        <translation>Pas de SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No post</source>
        <translation>Pas de courrier</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Line {number} of the custom fields needs the form &apos;name: value&apos;.</source>
        <translation>La ligne {number} des champs personnalisés doit être de la forme «&#xa0;nom&#xa0;: valeur&#xa0;».</translation>
    </message>
</context>
<context>
    <name>member_notes</name>
    <message>
        <location filename="../../desktop/views/member_notes.py" line="-198"/>
        <source>by {author_name}</source>
        <translation>par {author_name}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Outcome: {outcome}</source>
        <translation>Résultat&#xa0;: {outcome}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Follow up on {follow_up_on}</source>
        <translation>Relancer le {follow_up_on}</translation>
    </message>
</context>
<context>
    <name>members</name>
    <message>
        <location filename="../../desktop/models/members.py" line="-243"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Membership no.</source>
        <translation>N° d’adhérent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workplace</source>
        <translation>Lieu de travail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dues paid until</source>
        <translation>Cotisations payées jusqu’au</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
</context>
<context>
    <name>organising_tab</name>
    <message>
        <location filename="../../desktop/views/organising_tab.py" line="-25"/>
        <source>CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
        <translation>Fichiers CSV (*.csv);;Classeurs Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>passphrase</name>
    <message>
        <location filename="../../desktop/passphrase.py" line="+42"/>
        <source>Choose a passphrase: four or more unrelated words work well.</source>
        <translation>Choisissez une phrase secrète&#xa0;: quatre mots ou plus, sans lien entre eux, font très bien l’affaire.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Too short: use at least {MIN_PASSPHRASE} characters.</source>
        <translation>Trop courte&#xa0;: utilisez au moins {MIN_PASSPHRASE} caractères.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Weak: add more words or characters.</source>
        <translation>Faible&#xa0;: ajoutez des mots ou des caractères.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fair: another word or two would make it much stronger.</source>
        <translation>Moyenne&#xa0;: un ou deux mots de plus la rendraient bien plus solide.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Good.</source>
        <translation>Bonne.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strong.</source>
        <translation>Solide.</translation>
    </message>
</context>
<context>
    <name>phrases</name>
    <message>
        <location filename="../../sync/exchange/importer/cleaning.py" line="+189"/>
        <source>{message} It is {length} characters long: its first {kept} are kept aside, the most a field holds.</source>
        <extracomment>{message} says why the value is kept aside; {length} and {kept} count characters</extracomment>
        <translation>{message} Elle compte {length} caractères : les {kept} premiers sont mis de côté, le maximum qu’un champ peut contenir.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>{value} is an Excel date number: read as {day}.</source>
        <extracomment>{value} is a number in the file, {day} the date it stands for</extracomment>
        <translation>{value} est un numéro de date Excel : lu comme {day}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{value} looks like an Excel date number; it can be read as {day}.</source>
        <translation>{value} ressemble à un numéro de date Excel ; il peut être lu comme {day}.</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Not imported: the row holds no person (no name, email, phone, membership number or address).</source>
        <translation>Non importée : la ligne ne contient personne (ni nom, ni e-mail, ni téléphone, ni numéro d’adhérent, ni adresse).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The row has no name; the person was imported as {name}. Add their name.</source>
        <extracomment>{name} is what the person is imported as, &apos;(no name)&apos;</extracomment>
        <translation>La ligne n’a pas de nom ; la personne a été importée comme {name}. Ajoutez son nom.</translation>
    </message>
    <message>
        <location filename="../../sync/exchange/importer/mapping.py" line="-2"/>
        <source>none saved yet</source>
        <translation>aucune enregistrée pour l’instant</translation>
    </message>
    <message>
        <location filename="../../sync/exchange/importer/planning.py" line="+56"/>
        <source>same id</source>
        <translation>même identifiant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>same email {email}</source>
        <translation>même e-mail {email}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>same name and phone</source>
        <translation>même nom et même téléphone</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it repeats row {row} of this file ({reason})</source>
        <extracomment>{row} is a row number of the spreadsheet, {reason} e.g. &quot;same email …&quot;</extracomment>
        <translation>elle répète la ligne {row} de ce fichier ({reason})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it matches the existing member {name} ({reason})</source>
        <extracomment>{name} is the member&apos;s name, {reason} e.g. &quot;same email …&quot;</extracomment>
        <translation>elle correspond à l’adhérent existant {name} ({reason})</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>as its dates show</source>
        <extracomment>rows that cannot be read as they are (they will be rejected), and reading notes the spreadsheet row number of each previewed row (headings are row 1)</extracomment>
        <translation>comme le montrent ses dates</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>as in {region}</source>
        <extracomment>{region} is a country&apos;s two-letter code, e.g. US</extracomment>
        <translation>comme en {region}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>as most countries write them</source>
        <translation>comme la plupart des pays les écrivent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dates in “{heading}” are read month first ({how}).</source>
        <extracomment>{heading} is a column&apos;s heading, {how} why (e.g. &quot;as its dates show&quot;)</extracomment>
        <translation>Les dates de «&#xa0;{heading}&#xa0;» sont lues mois d’abord ({how}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dates in “{heading}” are read day first ({how}).</source>
        <translation>Les dates de «&#xa0;{heading}&#xa0;» sont lues jour d’abord ({how}).</translation>
    </message>
    <message>
        <location filename="../../sync/exchange/importer/reading.py" line="-189"/>
        <source>A quote (&quot;) opened in this row is never closed</source>
        <translation>Un guillemet (&quot;) ouvert dans cette ligne n’est jamais fermé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the rest of the file</source>
        <translation>le reste du fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A quote (&quot;) opened in this row is not closed where its cell ends</source>
        <translation>Un guillemet (&quot;) ouvert dans cette ligne n’est pas fermé là où sa cellule se termine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the lines after it</source>
        <translation>les lignes qui la suivent</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Not imported: this line was read into row {row}, whose quote is not closed.</source>
        <extracomment>{row} is the number of the row whose quote swallowed this line</extracomment>
        <translation>Non importée : cette ligne a été lue dans la ligne {row}, dont le guillemet n’est pas fermé.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{what}. Fix the quotes and import this row again.</source>
        <translation>{what}. Corrigez les guillemets et importez de nouveau cette ligne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 line</source>
        <translation>1 ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} lines</source>
        <translation>{n} lignes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what}, so it swallowed {swallowed} ({lines}). Fix the quotes and import this row again.</source>
        <extracomment>{what} is what is wrong with the quote, {swallowed} which lines it took in (e.g. &quot;the lines after it&quot;), {lines} how many (&quot;3 lines&quot;)</extracomment>
        <translation>{what}, elle a donc avalé {swallowed} ({lines}). Corrigez les guillemets et importez de nouveau cette ligne.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Read as Windows-1252, not UTF-8 like the rest of the file (check the accented letters there): row {rows}.</source>
        <translation>Lue en Windows-1252, pas en UTF-8 comme le reste du fichier (vérifiez-y les lettres accentuées) : ligne {rows}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read as Windows-1252, not UTF-8 like the rest of the file (check the accented letters there): rows {rows}.</source>
        <translation>Lues en Windows-1252, pas en UTF-8 comme le reste du fichier (vérifiez-y les lettres accentuées) : lignes {rows}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read as Windows-1252, not UTF-8 like the rest of the file (check the accented letters there): rows {rows} and {more} more.</source>
        <extracomment>{rows} are the first 20 row numbers, {more} how many more rows there are</extracomment>
        <translation>Lues en Windows-1252, pas en UTF-8 comme le reste du fichier (vérifiez-y les lettres accentuées) : lignes {rows} et {more} autres.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Read the sheet “{title}”; the other sheets ({others}) were not read.</source>
        <extracomment>{title} is the name of the sheet read, {others} those of the other sheets</extracomment>
        <translation>La feuille «&#xa0;{title}&#xa0;» a été lue ; les autres feuilles ({others}) ne l’ont pas été.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The row has {used} values but the file has {width} column headings, so its values cannot be matched to the columns (is there a comma in a value that is not in quotes?). Fix the row and import it again.</source>
        <extracomment>{used} and {width} are counts of values and of column headings</extracomment>
        <translation>La ligne a {used} valeurs mais le fichier a {width} en-têtes de colonne, ses valeurs ne peuvent donc pas être associées aux colonnes (y a-t-il une virgule dans une valeur qui n’est pas entre guillemets ?). Corrigez la ligne et importez-la de nouveau.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The row has {used} values but the file has {width} column headings, so its values cannot be matched to the columns. Fix the row and import it again.</source>
        <translation>La ligne a {used} valeurs mais le fichier a {width} en-têtes de colonne, ses valeurs ne peuvent donc pas être associées aux colonnes. Corrigez la ligne et importez-la de nouveau.</translation>
    </message>
    <message>
        <location filename="../../sync/exchange/importer/running.py" line="-122"/>
        <source>Cancelled: {figures}. Rows after the last whole batch were not imported.</source>
        <extracomment>{figures} is what the import did, e.g. &quot;5 imported, 0 updated, 1 skipped, 0 rejected&quot;</extracomment>
        <translation>Annulé&#xa0;: {figures}. Les lignes après le dernier lot complet n’ont pas été importées.</translation>
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
        <translation>{imported} importés, {updated} mis à jour, {skipped} ignorés, {rejected} refusés</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{counts}. {flagged} row flagged to check, {repaired} repaired</source>
        <extracomment>{counts} is &quot;5 imported, 0 updated, 1 skipped, 0 rejected&quot;</extracomment>
        <translation>{counts}. {flagged} ligne signalée à vérifier, {repaired} réparées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{counts}. {flagged} rows flagged to check, {repaired} repaired</source>
        <translation>{counts}. {flagged} lignes signalées à vérifier, {repaired} réparées</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>row {row}</source>
        <translation>la ligne {row}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rows {first}–{last}</source>
        <translation>les lignes {first}–{last}</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Skipped: {reason}.</source>
        <extracomment>{reason} is whom the row is the same person as, and why</extracomment>
        <translation>Ignorée : {reason}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The unit {unit} needs a workplace; it was kept as {field}.</source>
        <extracomment>{unit} is a unit&apos;s name, {field} the custom field it was kept in</extracomment>
        <translation>L’unité {unit} a besoin d’un lieu de travail ; elle a été gardée comme {field}.</translation>
    </message>
    <message>
        <location filename="../../sync/ops/always_on.py" line="-295"/>
        <source>unknown version</source>
        <translation>version inconnue</translation>
    </message>
    <message>
        <location filename="../../sync/replica/delivery.py" line="+70"/>
        <source>change set {seq} of device {device}</source>
        <extracomment>{seq} is a change set&apos;s number, {device} the start of a device&apos;s key</extracomment>
        <translation>lot de modifications {seq} de l’appareil {device}</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>a change set</source>
        <translation>un lot de modifications</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It belongs to a different branch.</source>
        <translation>Il appartient à une autre section.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Another change set with the same number exists from this device: its vault was copied or forked; kept the first one.</source>
        <translation>Un autre lot de modifications portant le même numéro existe pour cet appareil : son coffre a été copié ou dupliqué ; le premier a été gardé.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>It was made after the device&apos;s access was revoked.</source>
        <translation>Il a été fait après la révocation de l’accès de l’appareil.</translation>
    </message>
    <message>
        <location filename="../../sync/replica/roster.py" line="+195"/>
        <source>It names an unknown table {table}.</source>
        <translation>Il nomme une table inconnue {table}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Only an admin may change the branch or its keys.</source>
        <translation>Seul un administrateur peut modifier la section ou ses clés.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only an admin may admit or revoke devices.</source>
        <translation>Seul un administrateur peut admettre ou révoquer des appareils.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The device is a viewer: it may not change records.</source>
        <translation>L’appareil est lecteur : il ne peut pas modifier de fiches.</translation>
    </message>
    <message>
        <location filename="../../sync/store/schema.py" line="+400"/>
        <source>It holds fields this version of Caucus does not know (a newer version wrote it); update Caucus and it is applied.</source>
        <extracomment>the name and table of each of :data:`INDEXES`, in order those on the replicated tables: the ones a bulk load builds after the rows why a change set naming a field this build does not know is set aside (rejected): a newer Caucus wrote it. After an upgrade that knows the field, the state is recomputed and such change sets apply (see :func:`upgrade` and ``Replica``&apos;s start).</extracomment>
        <translation>Il contient des champs que cette version de Caucus ne connaît pas (une version plus récente l’a écrit) ; mettez Caucus à jour et il sera appliqué.</translation>
    </message>
    <message>
        <location filename="../../sync/exchange/importer/phone_words.py" line="+17"/>
        <source>The phone number {original}: its leading 0 was lost; read as {value}.</source>
        <extracomment>{original} is the phone number as the file has it, {value} how it is read</extracomment>
        <translation>Le numéro de téléphone {original}&#xa0;: son 0 initial a été perdu&#xa0;; lu comme {value}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The phone number {original}: its leading 0 was lost; it can be read as {value}.</source>
        <translation>Le numéro de téléphone {original}&#xa0;: son 0 initial a été perdu&#xa0;; il peut être lu comme {value}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The phone number {original}: its + was lost; read as {value}.</source>
        <translation>Le numéro de téléphone {original}&#xa0;: son + a été perdu&#xa0;; lu comme {value}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The phone number {original}: its + was lost; it can be read as {value}.</source>
        <translation>Le numéro de téléphone {original}&#xa0;: son + a été perdu&#xa0;; il peut être lu comme {value}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The phone number {original}: written in scientific notation and its leading 0 was lost; read as {value}.</source>
        <translation>Le numéro de téléphone {original}&#xa0;: écrit en notation scientifique, il a perdu son 0 initial&#xa0;; lu comme {value}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The phone number {original}: written in scientific notation and its leading 0 was lost; it can be read as {value}.</source>
        <translation>Le numéro de téléphone {original}&#xa0;: écrit en notation scientifique, il a perdu son 0 initial&#xa0;; il peut être lu comme {value}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The phone number {original}: written in scientific notation and its + was lost; read as {value}.</source>
        <translation>Le numéro de téléphone {original}&#xa0;: écrit en notation scientifique, il a perdu son +&#xa0;; lu comme {value}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The phone number {original}: written in scientific notation and its + was lost; it can be read as {value}.</source>
        <translation>Le numéro de téléphone {original}&#xa0;: écrit en notation scientifique, il a perdu son +&#xa0;; il peut être lu comme {value}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The phone number {original} was written in scientific notation; read as {value}.</source>
        <translation>Le numéro de téléphone {original} était écrit en notation scientifique&#xa0;; lu comme {value}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The phone number {original} was written in scientific notation; it can be read as {value}.</source>
        <translation>Le numéro de téléphone {original} était écrit en notation scientifique&#xa0;; il peut être lu comme {value}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The phone number {original} is in scientific notation, so the spreadsheet has lost its last digits (it reads as {whole}); type the number again.</source>
        <extracomment>{original} is the phone number as the file has it, {whole} what it reads as</extracomment>
        <translation>Le numéro de téléphone {original} est en notation scientifique, donc le tableur a perdu ses derniers chiffres (il se lit {whole})&#xa0;; saisissez de nouveau le numéro.</translation>
    </message>
    <message>
        <location filename="../../sync/exchange/importer/units.py" line="-75"/>
        <source>{counted} headcounts recorded, {skipped} rows skipped; {units} units and {workplaces} workplaces created.</source>
        <extracomment>{counted}, {skipped}, {units} and {workplaces} are counts</extracomment>
        <translation>{counted} effectifs enregistrés, {skipped} lignes ignorées&#xa0;; {units} unités et {workplaces} lieux de travail créés.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>no headings</source>
        <translation>aucun en-tête</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No workplace named.</source>
        <translation>Aucun lieu de travail indiqué.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No headcount given.</source>
        <translation>Aucun effectif indiqué.</translation>
    </message>
    <message>
        <location filename="../../sync/records/country.py" line="+14"/>
        <source>The phone number {value} was kept as typed: the branch has no country to read national numbers by. Check it.</source>
        <extracomment>{value} is the phone number as typed, {region} a country&apos;s two-letter code</extracomment>
        <translation>Le numéro de téléphone {value} a été gardé tel que saisi&#xa0;: la section n’a pas de pays pour lire les numéros nationaux. Vérifiez-le.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The phone number {value} was kept as typed: it is not a valid number for {region}. Check it.</source>
        <translation>Le numéro de téléphone {value} a été gardé tel que saisi&#xa0;: ce n’est pas un numéro valide pour {region}. Vérifiez-le.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The phone number {value} was kept as typed: it is not a valid number. Check it.</source>
        <translation>Le numéro de téléphone {value} a été gardé tel que saisi&#xa0;: ce n’est pas un numéro valide. Vérifiez-le.</translation>
    </message>
    <message>
        <location filename="../../sync/records/email_words.py" line="-44"/>
        <source>An email address must have an @-sign.</source>
        <translation>Une adresse e-mail doit avoir un @.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There must be something before the @-sign.</source>
        <translation>Il doit y avoir quelque chose avant le @.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There must be something after the @-sign.</source>
        <translation>Il doit y avoir quelque chose après le @.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There can&apos;t be anything after the email address.</source>
        <translation>Il ne peut rien y avoir après l’adresse e-mail.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An email address cannot have two periods in a row.</source>
        <translation>Une adresse e-mail ne peut pas avoir deux points de suite.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An email address cannot start with a period.</source>
        <translation>Une adresse e-mail ne peut pas commencer par un point.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An email address cannot end with a period.</source>
        <translation>Une adresse e-mail ne peut pas finir par un point.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An email address cannot have a period immediately before the @-sign.</source>
        <translation>Une adresse e-mail ne peut pas avoir de point juste avant le @.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An email address cannot have a period immediately after the @-sign.</source>
        <translation>Une adresse e-mail ne peut pas avoir de point juste après le @.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An email address cannot have a hyphen immediately after the @-sign.</source>
        <translation>Une adresse e-mail ne peut pas avoir de trait d’union juste après le @.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An email address cannot end with a hyphen.</source>
        <translation>Une adresse e-mail ne peut pas finir par un trait d’union.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An email address cannot have a period and a hyphen next to each other.</source>
        <translation>Une adresse e-mail ne peut pas avoir un point et un trait d’union côte à côte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The part after the @-sign is not valid. It should have a period.</source>
        <translation>La partie après le @ n’est pas valide&#xa0;: elle devrait contenir un point.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The part after the @-sign is not valid. It is not within a valid top-level domain.</source>
        <translation>La partie après le @ n’est pas valide&#xa0;: elle n’est pas dans un domaine de premier niveau valide.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The part after the @-sign is a special-use or reserved name that cannot be used with email.</source>
        <translation>La partie après le @ est un nom réservé ou à usage spécial qui ne peut pas servir pour l’e-mail.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The email address contains invalid characters before the @-sign: SPACE.</source>
        <translation>L’adresse e-mail contient une espace avant le @.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The part after the @-sign contains invalid characters: SPACE.</source>
        <translation>La partie après le @ contient une espace.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The email address contains invalid characters before the @-sign: {chars}.</source>
        <extracomment>{chars} lists the characters, each in quotes: &apos;(&apos;, &apos;)&apos;</extracomment>
        <translation>L’adresse e-mail contient des caractères non valides avant le @&#xa0;: {chars}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The part after the @-sign contains invalid characters: {chars}.</source>
        <extracomment>{chars} lists the characters, each in quotes: &apos;@&apos;, &apos;_&apos;</extracomment>
        <translation>La partie après le @ contient des caractères non valides&#xa0;: {chars}.</translation>
    </message>
</context>
<context>
    <name>print_dialog</name>
    <message>
        <location filename="../../desktop/dialogs/print_dialog.py" line="-130"/>
        <source>PDF documents (*.pdf)</source>
        <extracomment>job(progress, cancel) -&gt; what it printed: an operation of sync.ops.documents the sentence that says what a job wrote</extracomment>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>Wrote {members} on {pages} to {path}.</source>
        <translation>Enregistré dans {path}&#xa0;: {members} sur {pages}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Wrote {labels} on {pages} to {path}.</source>
        <translation>Enregistré dans {path}&#xa0;: {labels} sur {pages}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{members} without a postal address or not to be posted to left out.</source>
        <translation>Non inclus&#xa0;: {members} sans adresse postale ou à ne pas contacter par courrier.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wrote a sign-in sheet of {names} on {pages} to {path}.</source>
        <translation>Feuille d’émargement de {names} sur {pages} enregistrée dans {path}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wrote everything held about {name} to {data} (data) and {pdf} beside it ({pages} to print).</source>
        <translation>Tout ce qui est détenu sur {name} a été enregistré dans {data} (données) et, à côté, dans {pdf} ({pages} à imprimer).</translation>
    </message>
</context>
<context>
    <name>progress</name>
    <message>
        <source>{value:,.1f} MB</source>
        <translation type="vanished">{value:,.1f} Mo</translation>
    </message>
    <message>
        <location filename="../../desktop/progress.py" line="+45"/>
        <source>{value} MB</source>
        <translation>{value} Mo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deriving the key from the passphrase…</source>
        <translation>Calcul de la clé à partir de la phrase secrète…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Creating the vault…</source>
        <translation>Création du coffre…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looking…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connecting to {subject}…</source>
        <translation>Connexion à {subject}…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check string: {subject}</source>
        <translation>Chaîne de contrôle&#xa0;: {subject}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The other laptop must show the same string; waiting for approval…</source>
        <translation>L’autre ordinateur doit afficher la même chaîne&#xa0;; en attente d’approbation…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking {subject}…</source>
        <translation>Vérification de {subject}…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Importing {subject}: {megabytes} of {megabytes2}</source>
        <translation>Import de {subject}&#xa0;: {megabytes} sur {megabytes2}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Importing {subject}…</source>
        <translation>Import de {subject}…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sending to {laptop}: {done} of {total} changes</source>
        <translation>Envoi vers {laptop}&#xa0;: {done} modifications sur {total}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending to {laptop}: {done} changes</source>
        <translation>Envoi vers {laptop}&#xa0;: {done} modifications</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Receiving from {laptop}: {done} of {total} changes</source>
        <translation>Réception depuis {laptop}&#xa0;: {done} modifications sur {total}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receiving from {laptop}: {done} changes</source>
        <translation>Réception depuis {laptop}&#xa0;: {done} modifications</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Writing {what}…</source>
        <translation>Écriture en cours&#xa0;: {what}…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the file…</source>
        <translation>Écriture du fichier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row {done} of {total}</source>
        <translation>Ligne {done} sur {total}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Page {done} of {total}</source>
        <translation>Page {done} sur {total}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Creating members: {done} of {total}</source>
        <translation>Création des adhérents&#xa0;: {done} sur {total}</translation>
    </message>
</context>
<context>
    <name>relationships_box</name>
    <message>
        <location filename="../../desktop/views/relationships_box.py" line="-42"/>
        <source>works with</source>
        <extracomment>how a relationship reads from this person&apos;s side</extracomment>
        <translation>travaille avec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>family of</source>
        <translation>de la famille de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>neighbour of</source>
        <translation>voisin de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>influences</source>
        <translation>influence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is influenced by</source>
        <translation>est influencé par</translation>
    </message>
</context>
<context>
    <name>sync_always_on</name>
    <message>
        <source>{n:,} bytes</source>
        <translation type="vanished">{n:,} octets</translation>
    </message>
    <message>
        <source>{value:,.1f} MB</source>
        <translation type="vanished">{value:,.1f} Mo</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_always_on.py" line="-305"/>
        <source>{n} bytes</source>
        <translation>{n} octets</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{value} MB</source>
        <translation>{value} Mo</translation>
    </message>
</context>
<context>
    <name>sync_lan</name>
    <message>
        <location filename="../../desktop/views/sync_lan.py" line="+5"/>
        <source>received {received} and sent {sent}</source>
        <translation>réception de {received}, envoi de {sent}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Received {received} from {who}, sent {sent}.</source>
        <translation>Reçu de {who}&#xa0;: {received}&#xa0;; envoyé&#xa0;: {sent}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sync with {who} cancelled: {kept} before it stopped, kept whole. Sync again for the rest.</source>
        <translation>Synchronisation avec {who} annulée&#xa0;: {kept} avant l’arrêt, sans rien perdre. Synchronisez à nouveau pour le reste.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not sync with {who}: {error}</source>
        <translation>Impossible de se synchroniser avec {who}&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync with {who} did not finish ({error}); {kept}, which are kept.</source>
        <translation>La synchronisation avec {who} n’est pas allée jusqu’au bout ({error})&#xa0;; {kept}, et tout cela est conservé.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{time}: it synced with this laptop, {kept}</source>
        <translation>{time}&#xa0;: il s’est synchronisé avec cet ordinateur, {kept}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{time}: synced, {kept}</source>
        <translation>{time}&#xa0;: synchronisé, {kept}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{time}: cancelled</source>
        <translation>{time}&#xa0;: annulée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{time}: failed</source>
        <translation>{time}&#xa0;: échec</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was synced.</source>
        <translation>Rien n’a été synchronisé.</translation>
    </message>
</context>
<context>
    <name>sync_pairing</name>
    <message>
        <location filename="../../desktop/views/sync_pairing.py" line="-214"/>
        <source>Only an admin laptop can pair a new laptop: ask the branch&apos;s admin.</source>
        <translation>Seul un ordinateur administrateur peut appairer un nouvel ordinateur&#xa0;: demandez à l’administrateur de la section.</translation>
    </message>
</context>
<context>
    <name>sync_usb</name>
    <message>
        <location filename="../../desktop/views/sync_usb.py" line="-206"/>
        <location line="+3"/>
        <source>Importing {subject}</source>
        <extracomment>the words of the stages whose meaning depends on a folder sync</extracomment>
        <translation>Import de {subject}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writing this laptop&apos;s bundle to the folder</source>
        <translation>Écriture du paquet de cet ordinateur dans le dossier</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Sync cancelled. {changes} brought in before it stopped were kept whole; sync again to fetch the rest.</source>
        <translation>Synchronisation annulée. Ce qui était arrivé avant l’arrêt ({changes}) a été conservé intact&#xa0;; synchronisez à nouveau pour récupérer le reste.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No other laptop&apos;s bundle was in the folder. This laptop&apos;s changes were written there for the next person.</source>
        <translation>Aucun paquet d’un autre ordinateur dans le dossier. Les modifications de cet ordinateur y ont été écrites pour la personne suivante.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Brought in {changes} from {laptops}; this laptop&apos;s changes were written to the folder.</source>
        <translation>Reçu de {laptops}&#xa0;: {changes}&#xa0;; les modifications de cet ordinateur ont été écrites dans le dossier.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Applied: {changes}</source>
        <translation>Appliquées&#xa0;: {changes}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already here: {changes}</source>
        <translation>Déjà présentes&#xa0;: {changes}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Held back until earlier changes arrive: {changes}</source>
        <translation>En attente de modifications antérieures&#xa0;: {changes}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rejected: {changes}</source>
        <translation>Refusées&#xa0;: {changes}</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>{what}: {reason}</source>
        <extracomment>{what} is which change set (&quot;change set 4 of device 1a2b3c4d&quot;), {reason} why</extracomment>
        <translation>{what} : {reason}</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Stopped part-way (cancelled); the rest comes with the next sync.</source>
        <translation>Arrêté en cours de route (annulé)&#xa0;; le reste viendra avec la prochaine synchronisation.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From {who} ({name})</source>
        <translation>De {who} ({name})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From {name}</source>
        <translation>De {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Files not imported</source>
        <translation>Fichiers non importés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Written</source>
        <translation>Écrit</translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <location filename="../../desktop/tasks.py" line="-98"/>
        <source>The computer ran out of memory; close other programs and try again.</source>
        <translation>L’ordinateur n’a plus assez de mémoire&#xa0;; fermez d’autres programmes et réessayez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file could not be used: {value}.</source>
        <translation>Le fichier n’a pas pu être utilisé&#xa0;: {value}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Caucus hit an unexpected problem ({name__}). Nothing was changed by the failed step; please report this.</source>
        <translation>Caucus a rencontré un problème inattendu ({name__}). L’étape qui a échoué n’a rien modifié&#xa0;; merci de signaler ce problème.</translation>
    </message>
</context>
<context>
    <name>values</name>
    <message>
        <location filename="../../desktop/value_words.py" line="+20"/>
        <source>Prospect</source>
        <translation>Adhérent potentiel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member</source>
        <translation>Adhérent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrears</source>
        <translation>En retard de cotisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lapsed</source>
        <translation>Adhésion expirée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resigned</source>
        <translation>Démissionnaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deceased</source>
        <translation>Décédé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worker</source>
        <translation>Travailleur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Won</source>
        <translation>Gagnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost</source>
        <translation>Perdue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Clôturée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sms</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data processing</source>
        <translation>Traitement des données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Former member</source>
        <translation>Ancien adhérent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regular contact</source>
        <translation>Contact régulier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attended</source>
        <translation>Présent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apologies</source>
        <translation>Excusé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift</source>
        <translation>Équipe horaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Floor</source>
        <translation>Étage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Building</source>
        <translation>Bâtiment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stairwell</source>
        <translation>Cage d’escalier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block</source>
        <translation>Résidence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Petition</source>
        <translation>Pétition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card</source>
        <translation>Carte signée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey</source>
        <translation>Enquête</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turnout</source>
        <translation>Participation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strike vote pledge</source>
        <translation>Engagement à voter la grève</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In person</source>
        <translation>En personne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video</source>
        <translation>Visio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admin</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secretary</source>
        <translation>Secrétaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Viewer</source>
        <translation>Lecteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Works with</source>
        <translation>Travaille avec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Influences</source>
        <translation>Influence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neighbour</source>
        <translation>Voisin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asked undecided</source>
        <translation>Sollicité, indécis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not asked</source>
        <translation>Non sollicité</translation>
    </message>
</context>
<context>
    <name>vault_fields</name>
    <message>
        <location filename="../../desktop/views/vault_fields.py" line="-128"/>
        <source>This device needs a name (for example &apos;Ana&apos;s laptop&apos;).</source>
        <translation>Cet appareil a besoin d’un nom (par exemple «&#xa0;Ordinateur d’Ana&#xa0;»).</translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <location filename="../../desktop/widgets.py" line="+128"/>
        <source>Open a Caucus vault</source>
        <translation>Ouvrir un coffre Caucus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Caucus vaults (*.caucus);;All files (*)</source>
        <translation>Coffres Caucus (*.caucus);;Tous les fichiers (*)</translation>
    </message>
</context>
</TS>
