<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AccessibleMemberTableModel</name>
    <message>
        <location filename="../../desktop/models/members.py" line="+460"/>
        <source>{text} (deleted)</source>
        <translation>{text} (eliminado)</translation>
    </message>
</context>
<context>
    <name>AlwaysOnTab</name>
    <message>
        <location filename="../../desktop/views/sync_always_on.py" line="+91"/>
        <source>When the branch&apos;s laptops are rarely on at the same time, Syncthing can carry their changes between them, through an always-on box in the office if you have one. Only encrypted bundles travel; Syncthing never sees a name.</source>
        <extracomment>an always-on step brought changes in (refresh every view)</extracomment>
        <translation>Cuando los portátiles de la sección rara vez están encendidos a la vez, Syncthing puede llevar los cambios de uno a otro, pasando por un equipo fijo siempre encendido en el local si hay uno. Solo viajan paquetes cifrados; Syncthing nunca ve un nombre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Always-on sync</source>
        <translation>Sincronización siempre activa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Always-on status</source>
        <translation>Estado de la sincronización siempre activa</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This laptop&apos;s Syncthing ID</source>
        <translation>ID de Syncthing de este portátil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the Syncthing ID</source>
        <translation>Copiar el ID de Syncthing</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This laptop&apos;s Syncthing ID:</source>
        <translation>ID de Syncthing de este portátil:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Always-on folder</source>
        <translation>Carpeta de la sincronización siempre activa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder:</source>
        <translation>Carpeta:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last change received</source>
        <translation>Último cambio recibido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last change received:</source>
        <translation>Último cambio recibido:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bytes pending</source>
        <translation>Bytes pendientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending:</source>
        <translation>Pendiente:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Always-on peers</source>
        <translation>Equipos de la sincronización siempre activa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Laptop or box</source>
        <translation>Portátil o equipo fijo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To send</source>
        <translation>Por enviar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Laptops not on always-on yet</source>
        <translation>Portátiles que aún no están en la sincronización siempre activa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find laptops over the internet (global discovery and relays)</source>
        <translation>Buscar portátiles a través de internet (descubrimiento global y relés)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Global discovery and relays</source>
        <translation>Descubrimiento global y relés</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Box&apos;s Syncthing ID</source>
        <translation>ID de Syncthing del equipo fijo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The box&apos;s Syncthing device ID</source>
        <translation>El ID de dispositivo de Syncthing del equipo fijo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Box&apos;s address</source>
        <translation>Dirección del equipo fijo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>for example {address}</source>
        <extracomment>{address} is an example of a box&apos;s address; it stays as it is</extracomment>
        <translation>por ejemplo {address}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Box&apos;s name</source>
        <translation>Nombre del equipo fijo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office box</source>
        <translation>Equipo del local</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Add a box</source>
        <translation>Añadir un equipo fijo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Always-on error</source>
        <translation>Error de la sincronización siempre activa</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Starting Syncthing…</source>
        <translation>Iniciando Syncthing…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stopping Syncthing…</source>
        <translation>Deteniendo Syncthing…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Give the box&apos;s Syncthing ID and its address.</source>
        <translation>Indica el ID de Syncthing del equipo fijo y su dirección.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Off. Switch it on to let Syncthing carry this laptop&apos;s changes to the branch&apos;s other laptops and its box.</source>
        <translation>Desactivada. Actívala para que Syncthing lleve los cambios de este portátil a los demás portátiles de la sección y a su equipo fijo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>On: your own Syncthing is running.</source>
        <translation>Activada: tu propio Syncthing está en marcha.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On: your own Syncthing is not answering yet.</source>
        <translation>Activada: tu propio Syncthing todavía no responde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On: Caucus&apos;s own Syncthing is running.</source>
        <translation>Activada: el Syncthing propio de Caucus está en marcha.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On: Caucus&apos;s own Syncthing is not answering yet.</source>
        <translation>Activada: el Syncthing propio de Caucus todavía no responde.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>box</source>
        <translation>equipo fijo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>laptop</source>
        <translation>portátil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>connected</source>
        <translation>conectado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not connected</source>
        <translation>sin conexión</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> This laptop has changes not yet in the folder.</source>
        <translation> Este portátil tiene cambios que aún no están en la carpeta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{incoming} to receive, {outgoing} to send.</source>
        <translation>{incoming} por recibir, {outgoing} por enviar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not on always-on yet: </source>
        <translation>Aún no están en la sincronización siempre activa: </translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <location filename="../../desktop/views/attendance.py" line="+84"/>
        <source>Member</source>
        <translation>Afiliado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attended</source>
        <translation>Asistió</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apologies</source>
        <translation>Se excusó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Absent</source>
        <translation>Ausente</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <location line="+74"/>
        <source>Meeting</source>
        <extracomment>the user ticked a cell: member id, status attendance changed (the meetings list recounts)</extracomment>
        <translation>Reunión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print sign-in sheet…</source>
        <translation>Imprimir la hoja de firmas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print sign-in sheet</source>
        <translation>Imprimir la hoja de firmas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this meeting&apos;s sign-in sheet as a PDF to print: every current member, with spare lines</source>
        <translation>Guardar la hoja de firmas de esta reunión como PDF para imprimir: todos los afiliados actuales, con líneas de sobra</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Quorum count</source>
        <translation>Recuento para el quórum</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find a member to mark</source>
        <translation>Buscar a un afiliado para marcarlo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a name, then Down; A attended, P apologies, X absent</source>
        <translation>Escribe un nombre y pulsa la flecha abajo; A: asistió, P: se excusó, X: ausente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Attendance error</source>
        <translation>Error en la asistencia</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>{extra} more: type more of a name to narrow the list.</source>
        <translation>{extra} más: escribe más letras del nombre para acotar la lista.</translation>
    </message>
    <message>
        <source>{extra:,} more: type more of a name to narrow the list.</source>
        <translation type="vanished">{extra:,} más: escribe más letras del nombre para acotar la lista.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Attended: {attended}  ·  Apologies: {apologies}  ·  Absent: {absent}</source>
        <translation>Asistieron: {attended}  ·  Se excusaron: {apologies}  ·  Ausentes: {absent}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>quorate</source>
        <translation>quórum alcanzado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{value} more needed for quorum</source>
        <translation>faltan {value} para el quórum</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  ·  Quorum: {attended} of {quorum} ({state})</source>
        <translation>  ·  Quórum: {attended} de {quorum} ({state})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  ·  No quorum set</source>
        <translation>  ·  Sin quórum fijado</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save the sign-in sheet as a PDF</source>
        <translation>Guardar la hoja de firmas como PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in {value} {title}</source>
        <translation>Hoja de firmas {value} {title}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sign-in sheet</source>
        <translation>Hoja de firmas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sign-in sheet for {title}: every current member, with a column to sign and spare lines for others.</source>
        <translation>La hoja de firmas de {title}: todos los afiliados actuales, con una columna para firmar y líneas de sobra para otras personas.</translation>
    </message>
</context>
<context>
    <name>BusyBar</name>
    <message>
        <location filename="../../desktop/widgets.py" line="+68"/>
        <source>Working</source>
        <extracomment>how long work runs before :meth:`set_busy` shows the bar</extracomment>
        <translation>Procesando</translation>
    </message>
</context>
<context>
    <name>CampaignsPage</name>
    <message>
        <location filename="../../desktop/views/list_pages.py" line="+317"/>
        <source>Campaigns</source>
        <translation>Campañas</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+1"/>
        <source>New campaign name</source>
        <translation>Nombre de la nueva campaña</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Starts</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add campaign</source>
        <translation>Añadir campaña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No campaigns yet. Type a campaign&apos;s name below and press Add campaign; conversations can then be linked to it.</source>
        <translation>Aún no hay campañas. Escribe abajo el nombre de una campaña y pulsa Añadir campaña; después podrás vincular conversaciones a ella.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description</source>
        <translation>&amp;Descripción</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Starts</source>
        <translation>&amp;Inicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ends</source>
        <translation>&amp;Fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tatus</source>
        <translation>E&amp;stado</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <location filename="../../desktop/views/wall_chart.py" line="+79"/>
        <source>Wall chart</source>
        <extracomment>the answer a key records on the current card the baseline&apos;s offset in a line, for the bold (True) and the small font a person to open (their id) record this answer for this person move this person to this unit (&quot;&quot; for none)</extracomment>
        <translation>Mapa mural</translation>
    </message>
    <message>
        <location line="+235"/>
        <source>member</source>
        <extracomment>what a click on a card does: None opens the person, else records this answer measured once: texts&apos; widths (by text and font), flags elided to a width</extracomment>
        <translation>afiliado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not a member</source>
        <translation>no afiliado</translation>
    </message>
    <message>
        <source>assessment {0}</source>
        <translation type="vanished">valoración {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not assessed</source>
        <translation>sin valorar</translation>
    </message>
    <message>
        <source>point person: {0}</source>
        <translation type="vanished">referente: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no point person</source>
        <translation>sin referente</translation>
    </message>
    <message>
        <source>point person for {0}</source>
        <translation type="vanished">referente de {0}</translation>
    </message>
    <message>
        <source>Open {0}</source>
        <translation type="vanished">Abrir {0}</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>assessment {assessment}</source>
        <translation>valoración {assessment}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>point person: {point_person}</source>
        <translation>referente: {point_person}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>point person for {covers}</source>
        <translation>referente de {covers}</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Open {name}</source>
        <translation>Abrir {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asked, undecided</source>
        <translation>Preguntado, sin decidir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not asked yet</source>
        <translation>Aún sin preguntar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move to unit</source>
        <translation>Mover a la unidad</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No unit</source>
        <translation>Sin unidad</translation>
    </message>
</context>
<context>
    <name>ConflictsTab</name>
    <message>
        <location filename="../../desktop/views/conflicts.py" line="+118"/>
        <source>Two laptops changed the same thing while apart. Nothing was lost: both values are kept until you choose. The value shown elsewhere meanwhile is the newest.</source>
        <extracomment>the number of open conflicts changed (for the navigation badge) a conflict was settled (records changed: refresh the views)</extracomment>
        <translation>Dos portátiles cambiaron lo mismo mientras estaban separados. No se ha perdido nada: se guardan los dos valores hasta que elijas. Mientras tanto, en el resto de la aplicación se muestra el más reciente.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Conflict details</source>
        <translation>Detalles del conflicto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep mine</source>
        <translation>Conservar el mío</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep theirs</source>
        <translation>Conservar el suyo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a new value…</source>
        <translation>Escribe un valor nuevo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep deleted</source>
        <translation>Mantener eliminado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No conflicts on this laptop.</source>
        <translation>No hay conflictos en este portátil.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided here. The other laptops still show the conflict until they sync with this one (by USB stick or at a meeting); then they take this decision.</source>
        <translation>Decidido aquí. Los demás portátiles siguen mostrando el conflicto hasta que se sincronicen con este (con la memoria USB o en una reunión); entonces adoptan esta decisión.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decision status</source>
        <translation>Estado de la decisión</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Conflict error</source>
        <translation>Error en los conflictos</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Type a new value</source>
        <translation>Escribe un valor nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New value for {what}:</source>
        <translation>Valor nuevo para {what}:</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <location filename="../../desktop/i18n.py" line="+76"/>
        <source>%Ln changes</source>
        <translation>
            <numerusform>%Ln cambio</numerusform>
            <numerusform>%Ln cambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln laptops</source>
        <translation>
            <numerusform>%Ln portátil</numerusform>
            <numerusform>%Ln portátiles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln pages</source>
        <translation>
            <numerusform>%Ln página</numerusform>
            <numerusform>%Ln páginas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln members</source>
        <translation>
            <numerusform>%Ln afiliado</numerusform>
            <numerusform>%Ln afiliados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln labels</source>
        <translation>
            <numerusform>%Ln etiqueta</numerusform>
            <numerusform>%Ln etiquetas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln names</source>
        <translation>
            <numerusform>%Ln nombre</numerusform>
            <numerusform>%Ln nombres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln conflicts need a decision (see Conflicts).</source>
        <translation>
            <numerusform>%Ln conflicto necesita una decisión (ver Conflictos).</numerusform>
            <numerusform>%Ln conflictos necesitan una decisión (ver Conflictos).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln changes wait for earlier ones to arrive.</source>
        <translation>
            <numerusform>%Ln cambio espera a que lleguen otros anteriores.</numerusform>
            <numerusform>%Ln cambios esperan a que lleguen otros anteriores.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln rows to import.</source>
        <translation>
            <numerusform>%Ln fila que importar.</numerusform>
            <numerusform>%Ln filas que importar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln of them cannot be read as they are; Check rows lists them and why.</source>
        <translation>
            <numerusform>%Ln de ellas no se puede leer tal como está; Comprobar las filas la señala y explica por qué.</numerusform>
            <numerusform>%Ln de ellas no se pueden leer tal como están; Comprobar las filas las enumera y explica por qué.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln changes rejected.</source>
        <translation>
            <numerusform>%Ln cambio rechazado.</numerusform>
            <numerusform>%Ln cambios rechazados.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreateBranchPage</name>
    <message>
        <location filename="../../desktop/views/first_run.py" line="+173"/>
        <source>Create a branch</source>
        <translation>Crear una sección</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The passphrase encrypts everything on this laptop. Nobody can recover it for you: write it down and keep it somewhere safe.</source>
        <translation>La frase de contraseña cifra todo lo que hay en este portátil. Nadie puede recuperarla por ti: apúntala y guárdala en un lugar seguro.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>for example: Northside Tenants&apos; Union</source>
        <translation>por ejemplo: Sindicato de Inquilinas del Barrio Norte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Branch name error</source>
        <translation>Error en el nombre de la sección</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Branch name</source>
        <translation>Nombre de la &amp;sección</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Branch name</source>
        <translation>Nombre de la sección</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Creating the vault</source>
        <translation>Creando la caja fuerte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Create branch</source>
        <translation>Crear la sección</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The branch needs a name.</source>
        <translation>La sección necesita un nombre.</translation>
    </message>
</context>
<context>
    <name>DataMenu</name>
    <message>
        <location filename="../../desktop/data_menu.py" line="+34"/>
        <location line="+25"/>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Import a spreadsheet…</source>
        <translation>Importar una hoja de cálculo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the list as shown…</source>
        <translation>Exportar la lista tal como se ve…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print member list…</source>
        <translation>Imprimir la lista de afiliados…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the list as shown as a PDF to print (Ctrl+P)</source>
        <translation>Guardar la lista tal como se ve en un PDF para imprimir (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print mailing labels…</source>
        <translation>Imprimir etiquetas postales…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4 labels, 3 × 7, for the list as shown</source>
        <translation>Etiquetas A4, 3 × 7, para la lista tal como se ve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find and merge duplicates…</source>
        <translation>Buscar y fusionar duplicados…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the list&apos;s &amp;emails</source>
        <translation>Copiar los &amp;correos de la lista</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everyone in the list as shown who may be emailed, ready to paste into BCC</source>
        <translation>Todas las personas de la lista tal como se ve a las que se puede escribir un correo, listas para pegar en CCO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the list&apos;s &amp;phone numbers</source>
        <translation>Copiar los &amp;teléfonos de la lista</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everyone in the list as shown who may be phoned</source>
        <translation>Todas las personas de la lista tal como se ve a las que se puede llamar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Data: import, export, print, duplicates</source>
        <translation>Datos: importar, exportar, imprimir, duplicados</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Nobody in the list can be reached that way.</source>
        <translation>No se puede contactar así con nadie de la lista.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>emails</source>
        <translation>correos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>phone numbers</source>
        <translation>teléfonos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copied {count} {what}; {left_out} left out (not to be contacted that way), {missing} with none. The clipboard is cleared in {seconds} seconds.</source>
        <translation>Copiados: {count} {what}; {left_out} se han dejado fuera (no quieren que se les contacte así) y {missing} no tienen ninguno. El portapapeles se vacía en {seconds} segundos.</translation>
    </message>
    <message>
        <source>Copied {0} {1}; {2} left out (not to be contacted that way), {3} with none. The clipboard is cleared in {4} seconds.</source>
        <translation type="vanished">Copiados: {0} {1}; {2} se han dejado fuera (no quieren que se les contacte así) y {3} no tienen ninguno. El portapapeles se vacía en {4} segundos.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save the member list as a PDF</source>
        <translation>Guardar la lista de afiliados como PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>Member list</source>
        <translation>Lista de afiliados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The members in the list as shown, in its order.</source>
        <translation>Los afiliados de la lista tal como se ve, en el mismo orden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save mailing labels as a PDF</source>
        <translation>Guardar las etiquetas postales como PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>Mailing labels</source>
        <translation>Etiquetas postales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4 sheets of 3 × 7 labels (63.5 × 38.1 mm) for the members in the list as shown who have a postal address and may be posted to.</source>
        <translation>Hojas A4 de 3 × 7 etiquetas (63,5 × 38,1 mm) para los afiliados de la lista tal como se ve que tienen dirección postal y aceptan correo postal.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>{0} (e.g. {1})</source>
        <translation type="vanished">{0} (p. ej., {1})</translation>
    </message>
    <message>
        <source>e.g. {0} or 2031-12-31</source>
        <translation type="vanished">p. ej., {0} o 2031-12-31</translation>
    </message>
    <message>
        <location filename="../../desktop/dates.py" line="+52"/>
        <source>{placeholder} (e.g. {example})</source>
        <translation>{placeholder} (p. ej., {example})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. {example} or 2031-12-31</source>
        <translation>p. ej., {example} o 2031-12-31</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pick a date (Alt+Down)</source>
        <translation>Elegir una fecha (Alt+Flecha abajo)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
</context>
<context>
    <name>DemoPage</name>
    <message>
        <location filename="../../desktop/views/demo_page.py" line="+49"/>
        <source>Try the demo</source>
        <extracomment>the demo&apos;s session and a sentence to show with it</extracomment>
        <translation>Probar la demostración</translation>
    </message>
    <message>
        <source>Making a demo branch with {members:,} invented members…</source>
        <translation type="vanished">Creando una sección de demostración con {members:,} afiliados inventados…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+58"/>
        <source>Making a demo branch with {members} invented members…</source>
        <translation>Creando una sección de demostración con {members} afiliados inventados…</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Demo progress</source>
        <translation>Progreso de la demostración</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The demo branch is ready, in its own file: your real branch stays apart. Its passphrase is below. Close the demo from the Vault menu when you are done; Try the demo opens it again.</source>
        <translation>La sección de demostración está lista, en su propio archivo: tu sección real queda aparte. Su frase de contraseña está abajo. Cuando termines, cierra la demostración desde el menú Caja fuerte; Probar la demostración la vuelve a abrir.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Demo passphrase</source>
        <translation>Frase de contraseña de la demostración</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the demo</source>
        <translation>Cancelar la demostración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the demo</source>
        <translation>Abrir la demostración</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Opening the demo branch made earlier…</source>
        <translation>Abriendo la sección de demostración creada antes…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Done.</source>
        <translation>Hecho.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Making the demo branch was cancelled; nothing was kept.</source>
        <translation>Se canceló la creación de la sección de demostración; no se ha guardado nada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The demo branch could not be made.</source>
        <translation>No se pudo crear la sección de demostración.</translation>
    </message>
</context>
<context>
    <name>Devices</name>
    <message>
        <location filename="../../desktop/views/devices.py" line="+65"/>
        <source>a laptop no longer listed</source>
        <translation>un portátil que ya no está en la lista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>founded the branch</source>
        <translation>fundó la sección</translation>
    </message>
</context>
<context>
    <name>DevicesTab</name>
    <message>
        <location line="+33"/>
        <source>Every laptop that holds this branch. Only an admin can admit or revoke one.</source>
        <translation>Todos los portátiles que tienen esta sección. Solo un administrador puede admitir o revocar un portátil.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Branch fingerprint</source>
        <translation>Huella de la sección</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A laptop joining with a welcome file shows this before it joins: the two must be the same.</source>
        <translation>Un portátil que se une con un archivo de bienvenida muestra esta huella antes de unirse: las dos deben ser iguales.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Admit a laptop from a join request file…</source>
        <translation>Admitir un portátil desde un archivo de solicitud de ingreso…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admit a laptop</source>
        <translation>Admitir un portátil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoke…</source>
        <translation>Revocar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+87"/>
        <source>Revoke</source>
        <translation>Revocar</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Devices error</source>
        <translation>Error en los dispositivos</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Branch fingerprint: {fingerprint}</source>
        <translation>Huella de la sección: {fingerprint}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Only an admin laptop can do this.</source>
        <translation>Solo un portátil de administrador puede hacer esto.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Revoke a laptop</source>
        <translation>Revocar un portátil</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Choose the join request file</source>
        <translation>Elige el archivo de solicitud de ingreso</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save the welcome file</source>
        <translation>Guardar el archivo de bienvenida</translation>
    </message>
</context>
<context>
    <name>DuplicatesTable</name>
    <message>
        <location filename="../../desktop/dialogs/import_duplicates.py" line="+31"/>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In the file</source>
        <translation>En el archivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Same person as</source>
        <translation>Misma persona que</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Do</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rows matching existing members</source>
        <translation>Filas que coinciden con afiliados existentes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Row {row} of this file: {name} ({reason})</source>
        <extracomment>{row} is a row number of the spreadsheet, {name} who is on it, {reason} why it is the same person (the engine&apos;s words)</extracomment>
        <translation>Fila {row} de este archivo: {name} ({reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} ({reason})</source>
        <translation>{name} ({reason})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Row {row}</source>
        <translation>Fila {row}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(as chosen above)</source>
        <translation>(como se eligió arriba)</translation>
    </message>
</context>
<context>
    <name>EmptyList</name>
    <message>
        <location filename="../../desktop/views/members_keys.py" line="+86"/>
        <source>What to do next</source>
        <extracomment>the user asked to clear the search and the filters</extracomment>
        <translation>Qué hacer ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lear the search and filters</source>
        <translation>&amp;Limpiar la búsqueda y los filtros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the search and filters</source>
        <translation>Limpiar la búsqueda y los filtros</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No one matches “{search}”. Check the spelling, or clear the search.</source>
        <translation>Nadie coincide con «{search}». Revisa cómo está escrito o limpia la búsqueda.</translation>
    </message>
    <message>
        <source>No one matches “{0}”. Check the spelling, or clear the search.</source>
        <translation type="vanished">Nadie coincide con «{0}». Revisa cómo está escrito o limpia la búsqueda.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No one matches these filters.</source>
        <translation>Nadie coincide con estos filtros.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No members yet. Press New member (Ctrl+N) to add one, or bring in a spreadsheet with Data → Import.</source>
        <translation>Aún no hay afiliados. Pulsa Nuevo afiliado (Ctrl+N) para añadir uno, o trae una hoja de cálculo con Datos → Importar.</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../../desktop/dialogs/erase.py" line="+26"/>
        <source>Erase member for good</source>
        <translation>Borrar al afiliado para siempre</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This permanently erases {member_name} — their details, notes, tags, consents and history, and saved searches that name them — from this laptop, and from every laptop of the branch after sync. It cannot be undone.

Use it when someone asks to be forgotten. To take someone off the list but keep their record, use Delete instead (deleted members can be restored).</source>
        <translation>Esto borra para siempre a {member_name} —sus datos, notas, etiquetas, consentimientos e historial, y las búsquedas guardadas que lo nombran— de este portátil y, tras la sincronización, de todos los portátiles de la sección. No se puede deshacer.

Úsalo cuando alguien pida que se le olvide. Para sacar a alguien de la lista pero conservar su ficha, usa Eliminar (los afiliados eliminados se pueden restaurar).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>I understand: erase this person for good</source>
        <translation>Lo entiendo: borrar a esta persona para siempre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm erasure</source>
        <translation>Confirmar el borrado</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>Erase for good</source>
        <translation>Borrar para siempre</translation>
    </message>
</context>
<context>
    <name>ErrorLabel</name>
    <message>
        <location filename="../../desktop/widgets.py" line="-23"/>
        <source>Error message</source>
        <translation>Mensaje de error</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/dialogs/export_dialog.py" line="+80"/>
        <location line="+93"/>
        <source>Export members</source>
        <translation>Exportar afiliados</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export to file</source>
        <translation>Exportar a un archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where to save the file</source>
        <translation>Dónde guardar el archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Columns:</source>
        <translation>Columnas:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Columns to export</source>
        <translation>Columnas que exportar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export result</source>
        <translation>Resultado de la exportación</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recent exports</source>
        <translation>Exportaciones recientes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{count} members in the current list will be exported.</source>
        <translation>Se exportarán {count} afiliados de la lista actual.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{time} · {device} · {kind} · {rows} rows · {file}</source>
        <translation>{time} · {device} · {kind} · {rows} filas · {file}</translation>
    </message>
    <message>
        <source>{0} · {1} · {2} · {3} rows · {4}</source>
        <translation type="vanished">{0} · {1} · {2} · {3} filas · {4}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recent exports:</source>
        <translation>Exportaciones recientes:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Choose where to save the file.</source>
        <translation>Elige dónde guardar el archivo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose at least one column.</source>
        <translation>Elige al menos una columna.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Exported {rows} members to {path}. It is not encrypted.</source>
        <translation>Se exportaron {rows} afiliados a {path}. El archivo no está cifrado.</translation>
    </message>
</context>
<context>
    <name>ExtraFilters</name>
    <message>
        <location filename="../../desktop/views/member_filters.py" line="+36"/>
        <source>Dues unpaid before</source>
        <translation>Cuotas sin pagar antes del</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only members with dues unpaid before a date</source>
        <translation>Solo los afiliados con cuotas sin pagar antes de una fecha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dues unpaid before date</source>
        <translation>Fecha límite de las cuotas sin pagar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lowest assessment</source>
        <translation>Valoración mínima</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highest assessment</source>
        <translation>Valoración máxima</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Assessment</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>any</source>
        <translation>cualquiera</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../../desktop/files.py" line="+22"/>
        <source>PDF documents (*.pdf)</source>
        <extracomment>the ending a saved file of each kind gets when its name lacks one</extracomment>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caucus vaults (*.caucus)</source>
        <translation>Cajas fuertes de Caucus (*.caucus)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV spreadsheets (*.csv)</source>
        <translation>Hojas de cálculo CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreadsheets (*.csv *.xlsx *.txt)</source>
        <translation>Hojas de cálculo (*.csv *.xlsx *.txt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join requests (*.caucus-request)</source>
        <translation>Solicitudes de ingreso (*.caucus-request)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welcome files (*.caucus-welcome)</source>
        <translation>Archivos de bienvenida (*.caucus-welcome)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync files (*.caucus-bundle)</source>
        <translation>Archivos de sincronización (*.caucus-bundle)</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+15"/>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>FinishJoinWindow</name>
    <message>
        <location filename="../../desktop/views/join_page.py" line="+371"/>
        <source>Finish joining — Caucus</source>
        <extracomment>the joined session, and a sentence to show with it</extracomment>
        <translation>Terminar de unirse — Caucus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finish joining</source>
        <translation>Terminar de unirse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This laptop&apos;s vault is ready, but it is not yet part of a branch.</source>
        <translation>La caja fuerte de este portátil está lista, pero todavía no forma parte de ninguna sección.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Join request file</source>
        <translation>Archivo de solicitud de ingreso</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1. Take the join request to an admin. On an admin&apos;s laptop: {ADMIT_PATH}; it saves a welcome file made for this laptop only.
2. Bring the welcome file back and load it here.</source>
        <translation>1. Lleva la solicitud de ingreso a un administrador. En el portátil del administrador: {ADMIT_PATH}; así se guarda un archivo de bienvenida hecho solo para este portátil.
2. Trae el archivo de bienvenida y cárgalo aquí.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Make the request file again…</source>
        <translation>Volver a crear el archivo de solicitud…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make the request file again</source>
        <translation>Volver a crear el archivo de solicitud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load the welcome file…</source>
        <translation>Cargar el archivo de bienvenida…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load the welcome file</source>
        <translation>Cargar el archivo de bienvenida</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loading the welcome file</source>
        <translation>Cargando el archivo de bienvenida</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Joining error</source>
        <translation>Error al unirse</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Load the welcome file again to complete joining.</source>
        <translation>Vuelve a cargar el archivo de bienvenida para terminar de unirte.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Check the branch</source>
        <translation>Comprueba la sección</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This welcome file is for the branch “{branch_name}”.

Branch fingerprint:  {fingerprint}

On the admin&apos;s laptop, Sync → Devices shows the branch fingerprint. Join only if the two are the same.</source>
        <translation>Este archivo de bienvenida es de la sección «{branch_name}».

Huella de la sección:  {fingerprint}

En el portátil del administrador, Sincronización → Dispositivos muestra la huella de la sección. Únete solo si las dos son iguales.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>They match: join</source>
        <translation>Coinciden: unirme</translation>
    </message>
</context>
<context>
    <name>FirstRunWindow</name>
    <message>
        <location filename="../../desktop/views/first_run.py" line="-171"/>
        <location line="+23"/>
        <source>Welcome to Caucus</source>
        <extracomment>an unlocked session (a new branch, the demo, a joined branch or one waiting to join) the user picked an existing vault file to unlock a new branch was made (the app then asks to write the passphrase down)</extracomment>
        <translation>Te damos la bienvenida a Caucus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Caucus keeps your branch&apos;s member list on this laptop, encrypted with a passphrase only you know. Officers&apos; laptops sync with each other directly — by USB stick or at a meeting — with no server and no cloud.</source>
        <translation>Caucus guarda la lista de afiliados de tu sección en este portátil, cifrada con una frase de contraseña que solo tú conoces. Los portátiles de los responsables se sincronizan directamente entre sí —con una memoria USB o en una reunión—, sin servidor y sin nube.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create a branch</source>
        <translation>Crear una sección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new, empty branch on this laptop. You become its first admin.</source>
        <translation>Empieza una sección nueva y vacía en este portátil. Serás su primer administrador.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open an existing vault file…</source>
        <translation>Abrir un archivo de caja fuerte existente…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock a Caucus vault file that is already on this computer or a stick.</source>
        <translation>Desbloquear un archivo de caja fuerte de Caucus que ya está en este ordenador o en una memoria USB.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try the demo</source>
        <translation>Probar la demostración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a demo branch with 2,000 invented members to look around safely.</source>
        <translation>Crea una sección de demostración con 2000 afiliados inventados para curiosear sin riesgo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Join a branch</source>
        <translation>Unirse a una sección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add this laptop to a branch another officer already runs.</source>
        <translation>Añade este portátil a una sección que ya lleva otro responsable.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The vault will be kept at {vault_path}</source>
        <translation>La caja fuerte se guardará en {vault_path}</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../desktop/views/member_notes.py" line="+163"/>
        <location line="+50"/>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>(erased)</source>
        <translation>(borrado)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+6"/>
        <source>Tag added</source>
        <translation>Etiqueta añadida</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Tag removed</source>
        <translation>Etiqueta quitada</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(a workplace no longer listed)</source>
        <translation>(un centro de trabajo que ya no está en la lista)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Consent: {kind}</source>
        <translation>Consentimiento: {kind}</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../desktop/dialogs/import_wizard.py" line="+131"/>
        <location line="+126"/>
        <source>Import members</source>
        <translation>Importar afiliados</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>A .csv or .xlsx file</source>
        <translation>Un archivo .csv o .xlsx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File to import</source>
        <translation>Archivo que importar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read file</source>
        <translation>Leer el archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved mapping</source>
        <translation>Correspondencia guardada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(guess from the headings)</source>
        <translation>(deducir de los encabezados)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mapping:</source>
        <translation>Correspondencia:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name to save this mapping under (optional)</source>
        <translation>Nombre con el que guardar esta correspondencia (opcional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save mapping as</source>
        <translation>Guardar la correspondencia como</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save mapping</source>
        <translation>Guardar la correspondencia</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First value</source>
        <translation>Primer valor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import as</source>
        <translation>Importar como</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Column mapping</source>
        <translation>Correspondencia de columnas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Preview of the first rows</source>
        <translation>Vista previa de las primeras filas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When a row matches an existing member</source>
        <translation>Cuando una fila coincide con un afiliado existente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check rows</source>
        <translation>Comprobar las filas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows matching an existing member:</source>
        <translation>Filas que coinciden con un afiliado existente:</translation>
    </message>
    <message>
        <location line="+229"/>
        <source>{rows} rows: {rejected} will be rejected, {matching} match existing members or earlier rows, {flagged} have values to check (below: type a fix, then Check rows again).</source>
        <translation>{rows} filas: {rejected} se rechazarán, {matching} coinciden con afiliados existentes o con filas anteriores y {flagged} tienen valores que revisar (abajo: escribe una corrección y vuelve a pulsar Comprobar las filas).</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Row {row}: {why}</source>
        <translation>Fila {row}: {why}</translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="vanished">Fila</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation type="vanished">En el archivo</translation>
    </message>
    <message>
        <source>Same person as</source>
        <translation type="vanished">Misma persona que</translation>
    </message>
    <message>
        <source>Do</source>
        <translation type="vanished">Acción</translation>
    </message>
    <message>
        <source>Rows matching existing members</source>
        <translation type="vanished">Filas que coinciden con afiliados existentes</translation>
    </message>
    <message>
        <location line="-300"/>
        <source>&amp;Repair what spreadsheet programs damage: a lost leading 0, numbers shown as 4.47913E+11, dates shown as day numbers</source>
        <translation>&amp;Reparar lo que estropean los programas de hojas de cálculo: un 0 inicial perdido, números mostrados como 4.47913E+11, fechas mostradas como números de día</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repair damaged values</source>
        <translation>Reparar los valores dañados</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import result</source>
        <translation>Resultado de la importación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rows not imported</source>
        <translation>Filas no importadas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop import</source>
        <translation>Detener la importación</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Choose a file to import.</source>
        <translation>Elige un archivo que importar.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{kind}: {rows}</source>
        <translation>{kind}: {rows}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Import {heading} as</source>
        <translation>Importar {heading} como</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Custom field “{heading}”</source>
        <translation>Campo personalizado «{heading}»</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Custom field “{target}”</source>
        <translation>Campo personalizado «{target}»</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Give the mapping a name to save it under.</source>
        <translation>Pon un nombre para guardar la correspondencia.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved the mapping as “{name}”.</source>
        <translation>Correspondencia guardada como «{name}».</translation>
    </message>
    <message>
        <source>{count} rows: {count2} will be rejected, {count3} match existing members or earlier rows, {flagged} have values to check (below: type a fix, then Check rows again).</source>
        <translation type="vanished">{count} filas: {count2} se rechazarán, {count3} coinciden con afiliados existentes o con filas anteriores y {flagged} tienen valores que revisar (abajo: escribe una corrección y vuelve a pulsar Comprobar las filas).</translation>
    </message>
    <message>
        <source>Row {duplicate_row} of this file: </source>
        <translation type="vanished">Fila {duplicate_row} de este archivo: </translation>
    </message>
    <message>
        <source>Row {row}</source>
        <translation type="vanished">Fila {row}</translation>
    </message>
    <message>
        <source>(as chosen above)</source>
        <translation type="vanished">(como se eligió arriba)</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Stopping after the current batch…</source>
        <translation>Deteniendo después del lote actual…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Imported. Read a file again to import more.</source>
        <translation>Importado. Lee otro archivo para importar más.</translation>
    </message>
</context>
<context>
    <name>IssuesTable</name>
    <message>
        <location filename="../../desktop/dialogs/import_issues.py" line="+33"/>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the file</source>
        <translation>En el archivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What was done</source>
        <translation>Qué se hizo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your fix (type to replace)</source>
        <translation>Tu corrección (escribe para sustituir)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Values to check</source>
        <translation>Valores que revisar</translation>
    </message>
</context>
<context>
    <name>JoinPage</name>
    <message>
        <location filename="../../desktop/views/join_page.py" line="-405"/>
        <source>Where to save the join request (for example your USB stick)</source>
        <translation>Dónde guardar la solicitud de ingreso (por ejemplo, en tu memoria USB)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Join a branch</source>
        <extracomment>a session: joined (by code), or waiting for its welcome file (after the request), and a sentence to show with it</extracomment>
        <translation>Unirse a una sección</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This laptop gets its own key and its own passphrase, which encrypts everything on it (nobody can recover it for you). An admin&apos;s laptop then admits it and sends it the branch&apos;s data.</source>
        <translation>Este portátil tiene su propia clave y su propia frase de contraseña, que cifra todo lo que contiene (nadie puede recuperarla por ti). Después, el portátil de un administrador lo admite y le envía los datos de la sección.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pairing code error</source>
        <translation>Error en el código de emparejamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address error</source>
        <translation>Error en la dirección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How to join</source>
        <translation>Cómo unirse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At a meeting: pairing code</source>
        <translation>En una reunión: código de emparejamiento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>By USB stick: welcome file</source>
        <translation>Con memoria USB: archivo de bienvenida</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check string</source>
        <translation>Texto de comprobación</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Join status</source>
        <translation>Estado del ingreso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Joining</source>
        <translation>Uniéndose a la sección</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel joining</source>
        <translation>Cancelar el ingreso</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>On the admin&apos;s laptop, open Sync → Meeting (Wi-Fi) and press Pair a new laptop: it shows a one-time code to type here. Both laptops must be on the same network.</source>
        <translation>En el portátil del administrador, abre Sincronización → Reunión (Wi-Fi) y pulsa Emparejar un portátil nuevo: aparecerá un código de un solo uso para escribirlo aquí. Los dos portátiles tienen que estar en la misma red.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pairing &amp;code</source>
        <translation>&amp;Código de emparejamiento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pairing code</source>
        <translation>Código de emparejamiento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only if needed, e.g. 192.168.1.20:47300</source>
        <translation>solo si hace falta, p. ej., 192.168.1.20:47300</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only if this laptop cannot find the admin&apos;s by itself (some networks block that): the address the admin&apos;s laptop shows.</source>
        <translation>Solo si este portátil no encuentra por sí mismo el del administrador (algunas redes lo impiden): la dirección que muestra el portátil del administrador.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Admin&apos;s &amp;address</source>
        <translation>&amp;Dirección del administrador</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Admin&apos;s address</source>
        <translation>Dirección del administrador</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Join</source>
        <translation>Unirse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join by pairing code</source>
        <translation>Unirse con el código de emparejamiento</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No meeting soon? Save a join request on a USB stick and give it to an admin. On an admin&apos;s laptop: {ADMIT_PATH}; it saves a welcome file for this laptop on the stick. Then load the welcome file here (you may close Caucus in between: unlocking this laptop&apos;s vault brings you back to that step).</source>
        <translation>¿No hay una reunión pronto? Guarda una solicitud de ingreso en una memoria USB y dásela a un administrador. En el portátil del administrador: {ADMIT_PATH}; así se guarda en la memoria un archivo de bienvenida para este portátil. Después carga aquí el archivo de bienvenida (puedes cerrar Caucus entretanto: al desbloquear la caja fuerte de este portátil vuelves a ese paso).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save the join request…</source>
        <translation>Guardar la solicitud de ingreso…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the join request</source>
        <translation>Guardar la solicitud de ingreso</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Creating this laptop&apos;s vault…</source>
        <translation>Creando la caja fuerte de este portátil…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Creating this laptop&apos;s vault and its join request…</source>
        <translation>Creando la caja fuerte de este portátil y su solicitud de ingreso…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Joining was cancelled; nothing was kept on this laptop.</source>
        <translation>Se canceló el ingreso; no se ha guardado nada en este portátil.</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Load the welcome file</source>
        <translation>Cargar el archivo de bienvenida</translation>
    </message>
</context>
<context>
    <name>LanTab</name>
    <message>
        <location filename="../../desktop/views/sync_lan.py" line="+57"/>
        <source>Meeting mode on: other laptops of the branch can sync with this one.</source>
        <translation>Modo reunión activado: los demás portátiles de la sección pueden sincronizarse con este.</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>At a meeting, laptops on the same Wi-Fi sync directly. Turn meeting mode on at one laptop; the others look for it and sync. Only this branch&apos;s laptops can recognise or reach it.</source>
        <extracomment>a sync brought changes in (refresh every view) a new laptop joined (reload the roster) where meeting mode and pairing listen, and the interfaces they announce on</extracomment>
        <translation>En una reunión, los portátiles conectados a la misma Wi-Fi se sincronizan directamente. Activa el modo reunión en un portátil; los demás lo buscan y se sincronizan con él. Solo los portátiles de esta sección pueden reconocerlo o conectarse a él.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+2"/>
        <location line="+1"/>
        <source>Meeting mode</source>
        <translation>Modo reunión</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+113"/>
        <location line="+39"/>
        <location line="+36"/>
        <source>Meeting mode is off.</source>
        <translation>El modo reunión está desactivado.</translation>
    </message>
    <message>
        <location line="-187"/>
        <source>Meeting mode status</source>
        <translation>Estado del modo reunión</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last incoming sync</source>
        <translation>Última sincronización recibida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting mode error</source>
        <translation>Error del modo reunión</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+14"/>
        <source>Laptops nearby</source>
        <translation>Portátiles cercanos</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Look for laptops</source>
        <translation>Buscar portátiles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Looking for laptops</source>
        <translation>Buscando portátiles</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The other laptop&apos;s address</source>
        <translation>La dirección del otro portátil</translation>
    </message>
    <message>
        <source>Address shown on the other laptop, e.g. 192.168.1.20:{0}</source>
        <translation type="vanished">Dirección que muestra el otro portátil, p. ej., 192.168.1.20:{0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address shown on the other laptop, e.g. 192.168.1.20:{meeting_port}</source>
        <translation>Dirección que muestra el otro portátil, p. ej., 192.168.1.20:{meeting_port}</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <source>Sync with this address</source>
        <translation>Sincronizar con esta dirección</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If no laptop is found (some Wi-Fi blocks this):</source>
        <translation>Si no aparece ningún portátil (algunas redes Wi-Fi lo impiden):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync with the selected laptop</source>
        <translation>Sincronizar con el portátil seleccionado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sync with all</source>
        <translation>Sincronizar con todos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meeting sync progress</source>
        <translation>Progreso de la sincronización en la reunión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel sync</source>
        <translation>Cancelar la sincronización</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Meeting sync status</source>
        <translation>Estado de la sincronización en la reunión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meeting sync error</source>
        <translation>Error de la sincronización en la reunión</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Meeting mode: on</source>
        <translation>Modo reunión: activado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting mode: off</source>
        <translation>Modo reunión: desactivado</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Starting meeting mode…</source>
        <translation>Iniciando el modo reunión…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{meeting_on} Its address: {address}.</source>
        <translation>{meeting_on} Su dirección: {address}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (Port {port} was in use, so port {address} is used.)</source>
        <translation> (El puerto {port} estaba ocupado, así que se usa el puerto {address}.)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Meeting mode could not start: {human_message}</source>
        <translation>No se pudo iniciar el modo reunión: {human_message}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Last: {who} at {time}. {what}</source>
        <translation>Última: {who} a las {time}. {what}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Looking for this branch&apos;s laptops…</source>
        <translation>Buscando los portátiles de esta sección…</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Found %n laptops of this branch.</source>
        <translation>
            <numerusform>Se encontró %n portátil de esta sección.</numerusform>
            <numerusform>Se encontraron %n portátiles de esta sección.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No laptop of this branch answered. Is meeting mode on at the others? If the venue&apos;s Wi-Fi hides them, type an address below.</source>
        <translation>No ha respondido ningún portátil de esta sección. ¿Está activado el modo reunión en los demás? Si la Wi-Fi del local los oculta, escribe una dirección abajo.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Stopping after the current batch…</source>
        <translation>Deteniendo después del lote actual…</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../desktop/views/list_pages.py" line="-295"/>
        <source>Add</source>
        <extracomment>(placeholder, accessible name, width in characters) of the add line&apos;s fields</extracomment>
        <translation>Añadir</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>What to do next</source>
        <extracomment>what the page says while it lists nothing: what to do next the fields of the record&apos;s Details dialog (none: no such dialog) a change the page made that other pages may show (e.g. a new workplace)</extracomment>
        <translation>Qué hacer ahora</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Details…</source>
        <translation>&amp;Detalles…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the details</source>
        <translation>Editar los detalles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the details of the selected row (Enter)</source>
        <translation>Cambiar los detalles de la fila seleccionada (Enter)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{title} error</source>
        <translation>Error en {title}</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Details of {name}</source>
        <translation>Detalles de {name}</translation>
    </message>
    <message>
        <source>Details of {0}</source>
        <translation type="vanished">Detalles de {0}</translation>
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
        <translation>Buscar nombres, contactos, notas  (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search members</source>
        <translation>Buscar afiliados</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New member</source>
        <translation>Nuevo afiliado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a member (Ctrl+N)</source>
        <translation>Añadir un afiliado (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync by USB stick or at a meeting; devices, pairing and conflicts</source>
        <translation>Sincroniza con memoria USB o en una reunión; dispositivos, emparejamiento y conflictos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language, when the vault locks itself, the clipboard</source>
        <translation>Idioma, cuándo se bloquea sola la caja fuerte, el portapapeles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock the vault now (Ctrl+L)</source>
        <translation>Bloquear ahora la caja fuerte (Ctrl+L)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/main_window.py" line="+93"/>
        <source>Sections</source>
        <extracomment>the user closes the demo (Vault menu) the preferences were changed (the app re-reads the auto-lock minutes) the preferences chose another language (the app installs it and rebuilds this window)</extracomment>
        <translation>Apartados</translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="vanished">Principal</translation>
    </message>
    <message>
        <source>Search names, contacts, notes  (Ctrl+F)</source>
        <translation type="vanished">Buscar nombres, contactos, notas  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search members</source>
        <translation type="vanished">Buscar afiliados</translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="vanished">Buscar</translation>
    </message>
    <message>
        <source>New member</source>
        <translation type="vanished">Nuevo afiliado</translation>
    </message>
    <message>
        <source>Add a member (Ctrl+N)</source>
        <translation type="vanished">Añadir un afiliado (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+248"/>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <source>Sync by USB stick or at a meeting; devices, pairing and conflicts</source>
        <translation type="vanished">Sincroniza con memoria USB o en una reunión; dispositivos, emparejamiento y conflictos</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="vanished">Preferencias</translation>
    </message>
    <message>
        <source>When the vault locks itself; the clipboard</source>
        <translation type="vanished">Cuándo se bloquea sola la caja fuerte; el portapapeles</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="vanished">Bloquear</translation>
    </message>
    <message>
        <source>Lock the vault now (Ctrl+L)</source>
        <translation type="vanished">Bloquear ahora la caja fuerte (Ctrl+L)</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Branch and device</source>
        <translation>Sección y dispositivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working</source>
        <translation>Procesando</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{branch_name} — Caucus</source>
        <translation>{branch_name} — Caucus</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Branch {branch_name}; this laptop is {device_name}</source>
        <translation>Sección {branch_name}; este portátil es {device_name}</translation>
    </message>
    <message>
        <source>Branch {0}; this laptop is {1}</source>
        <translation type="vanished">Sección {0}; este portátil es {1}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Sync ({count})</source>
        <translation>Sincronización ({count})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} conflicts need a decision</source>
        <translation>Conflictos que necesitan una decisión: {count}</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <location filename="../../desktop/views/list_pages.py" line="+185"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+1"/>
        <source>New meeting title</source>
        <translation>Título de la nueva reunión</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting date</source>
        <translation>Fecha de la reunión</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Location</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Quorum</source>
        <translation>Quórum</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add meeting</source>
        <translation>Añadir reunión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No meetings yet. Type a title and a date below and press Add meeting; then mark who came.</source>
        <translation>Aún no hay reuniones. Escribe abajo un título y una fecha y pulsa Añadir reunión; después marca quién vino.</translation>
    </message>
</context>
<context>
    <name>MemberActions</name>
    <message>
        <location filename="../../desktop/views/member_actions.py" line="+32"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>The clipboard is cleared again after {0} seconds</source>
        <translation type="vanished">El portapapeles se vacía de nuevo al cabo de {0} segundos</translation>
    </message>
    <message>
        <source>Copied. The clipboard will be cleared in {0} seconds.</source>
        <translation type="vanished">Copiado. El portapapeles se vaciará en {0} segundos.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Export everything about this member</source>
        <translation>Exportar todo lo que hay sobre este afiliado</translation>
    </message>
    <message>
        <source>{0} - personal data</source>
        <translation type="vanished">{0} - datos personales</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Everything about this member</source>
        <translation>Todo sobre este afiliado</translation>
    </message>
    <message>
        <source>Everything Caucus holds about {0} — details, tags, consents, conversations, tasks, attendance and the history of changes — as a JSON file for the request and, beside it, a PDF to print. Neither file is encrypted.</source>
        <translation type="vanished">Todo lo que Caucus guarda sobre {0} —datos, etiquetas, consentimientos, conversaciones, tareas, asistencia e historial de cambios— en un archivo JSON para la solicitud y, junto a él, un PDF para imprimir. Ninguno de los dos archivos está cifrado.</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>The clipboard is cleared again after {seconds} seconds</source>
        <translation>El portapapeles se vacía de nuevo al cabo de {seconds} segundos</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Copied. The clipboard will be cleared in {seconds} seconds.</source>
        <translation>Copiado. El portapapeles se vaciará en {seconds} segundos.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{display_name} - personal data</source>
        <translation>{display_name} - datos personales</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Everything Caucus holds about {display_name} — details, tags, consents, conversations, tasks, attendance and the history of changes — as a JSON file for the request and, beside it, a PDF to print. Neither file is encrypted.</source>
        <translation>Todo lo que Caucus guarda sobre {display_name} —datos, etiquetas, consentimientos, conversaciones, tareas, asistencia e historial de cambios— en un archivo JSON para la solicitud y, junto a él, un PDF para imprimir. Ninguno de los dos archivos está cifrado.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Deleted. The member is in the Deleted list and can be restored.</source>
        <translation>Eliminado. El afiliado está en la lista de eliminados y se puede restaurar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restored.</source>
        <translation>Restaurado.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Erased with {erased} earlier records merged into it. Other laptops erase it too when they next sync.</source>
        <translation>Borrado, junto con {erased} fichas anteriores que se habían fusionado con él. Los demás portátiles también lo borran en su próxima sincronización.</translation>
    </message>
    <message>
        <source>Erased with {0} earlier records merged into it. Other laptops erase it too when they next sync.</source>
        <translation type="vanished">Borrado, junto con {0} fichas anteriores que se habían fusionado con él. Los demás portátiles también lo borran en su próxima sincronización.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Erased. Other laptops erase it too when they next sync.</source>
        <translation>Borrado. Los demás portátiles también lo borran en su próxima sincronización.</translation>
    </message>
</context>
<context>
    <name>MemberForm</name>
    <message>
        <location filename="../../desktop/views/member_form.py" line="+98"/>
        <source>Name</source>
        <translation>Nombre y apellidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preferred name</source>
        <translation>Nombre preferido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emails</source>
        <translation>Correos electrónicos</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <location line="+65"/>
        <source>commas between several</source>
        <translation>separados por comas si son varios</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Phones</source>
        <translation>Teléfonos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postcode</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+138"/>
        <source>(no workplace)</source>
        <translation>(sin centro de trabajo)</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>Workplace</source>
        <translation>Centro de trabajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job title</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Membership</source>
        <translation>Afiliación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Membership no.</source>
        <translation>N.º de afiliación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status worked out from dates</source>
        <translation>Estado calculado a partir de las fechas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status now</source>
        <translation>Estado actual</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no override)</source>
        <translation>(sin estado manual)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status override</source>
        <translation>Estado manual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Override until</source>
        <translation>Estado manual hasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joined</source>
        <translation>Fecha de alta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lapsed</source>
        <translation>Fecha de baja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dues paid until</source>
        <translation>Cuotas pagadas hasta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(not assessed)</source>
        <translation>(sin valorar)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assessment</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privacy</source>
        <translation>Privacidad</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Basis of processing</source>
        <translation>Base jurídica del tratamiento</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Contact preferences error</source>
        <translation>Error en las preferencias de contacto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact preferences</source>
        <translation>Preferencias de contacto</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Consents</source>
        <translation>Consentimientos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>name: value, one per line (e.g. shift: nights)</source>
        <translation>nombre: valor, uno por línea (p. ej., turno: noche)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom fields</source>
        <translation>Campos personalizados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form error</source>
        <translation>Error en el formulario</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>{label} error</source>
        <translation>Error en {label}</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>{kind}: given</source>
        <translation>{kind}: dado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{kind}: refused</source>
        <translation>{kind}: denegado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none recorded</source>
        <translation>ninguno registrado</translation>
    </message>
</context>
<context>
    <name>MemberPanel</name>
    <message>
        <location filename="../../desktop/views/member_panel.py" line="+86"/>
        <source>Member details</source>
        <extracomment>a member was added, edited, deleted or restored (its id) a member was erased (its id) a status message for the window the user asked to see an existing member (a likely duplicate of a new one)</extracomment>
        <translation>Datos del afiliado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select a member in the list, press New member (Ctrl+N), or bring in a spreadsheet with Data → Import.</source>
        <translation>Selecciona un afiliado en la lista, pulsa Nuevo afiliado (Ctrl+N) o trae una hoja de cálculo con Datos → Importar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Member name</source>
        <translation>Nombre del afiliado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Member status</source>
        <translation>Estado del afiliado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Member error</source>
        <translation>Error en el afiliado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Member notice</source>
        <translation>Aviso sobre el afiliado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Details</source>
        <translation>&amp;Detalles</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Con&amp;versations</source>
        <translation>Con&amp;versaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Organising</source>
        <translation>&amp;Organización</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit (F2 or Enter in the list)</source>
        <translation>Editar (F2 o Enter en la lista)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save (Ctrl+S)</source>
        <translation>Guardar (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the changes (Esc)</source>
        <translation>Cancelar los cambios (Esc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport everything…</source>
        <translation>E&amp;xportar todo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything held about this person, for a subject-access request: a JSON file and a PDF</source>
        <translation>Todo lo que se guarda sobre esta persona, para una solicitud de acceso: un archivo JSON y un PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export everything about this member</source>
        <translation>Exportar todo lo que hay sobre este afiliado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take off the list; can be restored</source>
        <translation>Sacar de la lista; se puede restaurar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase…</source>
        <translation>Borrar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase this person for good, on every laptop (GDPR)</source>
        <translation>Borrar a esta persona para siempre, en todos los portátiles (RGPD)</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>No. {membership_no}</source>
        <translation>N.º {membership_no}</translation>
    </message>
    <message>
        <source>No. {0}</source>
        <translation type="vanished">N.º {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DELETED — restore to edit</source>
        <translation>ELIMINADO — restáuralo para editarlo</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>New member</source>
        <translation>Nuevo afiliado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill in what you know; a first or last name is enough. Ctrl+S saves, Esc cancels.</source>
        <translation>Rellena lo que sepas; basta con el nombre o los apellidos. Ctrl+S guarda, Esc cancela.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Note added.</source>
        <translation>Nota añadida.</translation>
    </message>
</context>
<context>
    <name>MemberSaving</name>
    <message>
        <location filename="../../desktop/views/member_saving.py" line="+45"/>
        <source>this member</source>
        <translation>este afiliado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to {name}?</source>
        <translation>¿Guardar los cambios de {name}?</translation>
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
        <translation>Parece alguien que ya está en la lista:
{lines}

¿Guardar de todas formas como afiliado nuevo, o abrir el que ya está en la lista?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open {name}</source>
        <translation>Abrir {name}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Saved, with a warning: {message}</source>
        <translation>Guardado, con un aviso: {message}</translation>
    </message>
    <message>
        <source>Save the changes to {0}?</source>
        <translation type="vanished">¿Guardar los cambios de {0}?</translation>
    </message>
    <message>
        <source>• {0}: {1}</source>
        <translation type="vanished">• {0}: {1}</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Already on the list?</source>
        <translation>¿Ya está en la lista?</translation>
    </message>
    <message>
        <source>This looks like someone already on the list:
{0}

Save a new member anyway, or open the one on the list?</source>
        <translation type="vanished">Parece alguien que ya está en la lista:
{0}

¿Guardar de todas formas como afiliado nuevo, o abrir el que ya está en la lista?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save a new member</source>
        <translation>Guardar como afiliado nuevo</translation>
    </message>
    <message>
        <source>Open {0}</source>
        <translation type="vanished">Abrir {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Go back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Saved, with a warning: {0}</source>
        <translation type="vanished">Guardado, con un aviso: {0}</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <location filename="../../desktop/models/members.py" line="-177"/>
        <source>{text} (deleted)</source>
        <extracomment>the id query finished: number of matching members a query or fetch failed: the sentence to show</extracomment>
        <translation>{text} (eliminado)</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <location filename="../../desktop/views/members_page.py" line="+51"/>
        <source>Status filter</source>
        <extracomment>below this many characters&apos; width the panel goes under the list a saved search set the search text (the toolbar&apos;s search field shows it)</extracomment>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleted (can be restored)</source>
        <translation>Eliminados (se pueden restaurar)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workplace filter</source>
        <translation>Filtro de centro de trabajo</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+96"/>
        <source>All workplaces</source>
        <translation>Todos los centros de trabajo</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Tag filter</source>
        <translation>Filtro de etiqueta</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+92"/>
        <source>All tags</source>
        <translation>Todas las etiquetas</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Number of members shown</source>
        <translation>Número de afiliados mostrados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Searching</source>
        <translation>Buscando</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Members</source>
        <translation>Afiliados</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Member list error</source>
        <translation>Error en la lista de afiliados</translation>
    </message>
    <message>
        <source>1 member</source>
        <translation type="vanished">1 afiliado</translation>
    </message>
    <message>
        <source>{0} members</source>
        <translation type="vanished">{0} afiliados</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../desktop/dialogs/merge_dialog.py" line="+61"/>
        <source>Merge duplicate members</source>
        <extracomment>The most likely pairs listed at once (merging some and searching again shows more).</extracomment>
        <translation>Fusionar afiliados duplicados</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Likely duplicates</source>
        <translation>Posibles duplicados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pair:</source>
        <translation>Pareja:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About the pairs found</source>
        <translation>Sobre las parejas encontradas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A (kept)</source>
        <translation>A (se conserva)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>B (merged in)</source>
        <translation>B (se fusiona)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Differing fields</source>
        <translation>Campos distintos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes, tags, consents, tasks and meeting attendance of both records are kept. B stays in the deleted list, marked as merged into A, with its history.</source>
        <translation>Se conservan las notas, etiquetas, consentimientos, tareas y asistencias a reuniones de las dos fichas. B queda en la lista de eliminados, marcada como fusionada en A, con su historial.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Merge result</source>
        <translation>Resultado de la fusión</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Merge</source>
        <translation>Fusionar</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Showing the {count} most likely of {total} pairs; merge some and open this again for the rest.</source>
        <translation>Se muestran las {count} parejas más probables de {total}; fusiona algunas y vuelve a abrir esto para ver el resto.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Keep A: {a_name}, and merge B: {b_name} into it. Choose the value to keep for each detail that differs.</source>
        <translation>Conservar A: {a_name}, y fusionar en ella B: {b_name}. Elige qué valor conservar en cada dato que sea distinto.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Keep {field}</source>
        <translation>Conservar {field}</translation>
    </message>
    <message>
        <source>Showing the {count} most likely of {total:,} pairs; merge some and open this again for the rest.</source>
        <translation type="vanished">Se muestran las {count} parejas más probables de {total:,}; fusiona algunas y vuelve a abrir esto para ver el resto.</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>No likely duplicates were found.</source>
        <translation>No se encontraron posibles duplicados.</translation>
    </message>
    <message>
        <source>Keep A: {0}, and merge B: {1} into it. Choose the value to keep for each detail that differs.</source>
        <translation type="vanished">Conservar A: {0}, y fusionar en ella B: {1}. Elige qué valor conservar en cada dato que sea distinto.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>(a workplace no longer listed)</source>
        <translation>(un centro de trabajo que ya no está en la lista)</translation>
    </message>
    <message>
        <source>Keep {0}</source>
        <translation type="vanished">Conservar {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Both</source>
        <translation>Los dos</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Merging…</source>
        <translation>Fusionando…</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln conversations</source>
        <translation>
            <numerusform>%Ln conversación</numerusform>
            <numerusform>%Ln conversaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln tasks</source>
        <translation>
            <numerusform>%Ln tarea</numerusform>
            <numerusform>%Ln tareas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln consents</source>
        <translation>
            <numerusform>%Ln consentimiento</numerusform>
            <numerusform>%Ln consentimientos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln tags</source>
        <translation>
            <numerusform>%Ln etiqueta</numerusform>
            <numerusform>%Ln etiquetas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln attendance records</source>
        <translation>
            <numerusform>%Ln registro de asistencia</numerusform>
            <numerusform>%Ln registros de asistencia</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Merged.</source>
        <translation>Fusionado.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> Moved {moved}.</source>
        <translation> Se movieron: {moved}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Merged. Choose another pair above, or close.</source>
        <translation>Fusionado. Elige otra pareja arriba, o cierra.</translation>
    </message>
</context>
<context>
    <name>NewVaultFields</name>
    <message>
        <location filename="../../desktop/views/vault_fields.py" line="+58"/>
        <source>this laptop</source>
        <translation>este portátil</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Passphrase strength</source>
        <translation>Solidez de la frase de contraseña</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passphrase strength hint</source>
        <translation>Pista sobre la solidez de la frase de contraseña</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Device name error</source>
        <translation>Error en el nombre del dispositivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase error</source>
        <translation>Error en la frase de contraseña</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Repeated passphrase error</source>
        <translation>Error en la frase de contraseña repetida</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;This device</source>
        <translation>&amp;Este dispositivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device name</source>
        <translation>Nombre del dispositivo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Frase de contraseña</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Repeat it</source>
        <translation>&amp;Repítela</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat passphrase</source>
        <translation>Repite la frase de contraseña</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The two passphrases are different.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <location filename="../../desktop/views/member_notes.py" line="-148"/>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No conversations yet: write what was said below and press Add note.</source>
        <translation>Aún no hay conversaciones: escribe abajo lo que se habló y pulsa Añadir nota.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What was said? e.g. Spoke at the depot gate; keen to help with the petition.</source>
        <translation>¿Qué se habló? p. ej., Hablamos en la puerta de las cocheras; quiere ayudar con la recogida de firmas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note text</source>
        <translation>Texto de la nota</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(not said)</source>
        <translation>(no consta)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. will come to the meeting</source>
        <translation>p. ej., vendrá a la reunión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a date adds a follow-up task</source>
        <translation>una fecha añade una tarea de seguimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow up on</source>
        <translation>Seguimiento el</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+29"/>
        <source>(no campaign)</source>
        <translation>(sin campaña)</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>New &amp;note</source>
        <translation>Nueva &amp;nota</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ho&amp;w</source>
        <translation>&amp;Cómo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Outcome</source>
        <translation>&amp;Resultado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Follow up on</source>
        <translation>&amp;Seguimiento el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ca&amp;mpaign</source>
        <translation>Ca&amp;mpaña</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note error</source>
        <translation>Error en la nota</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add note</source>
        <translation>&amp;Añadir nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add note</source>
        <translation>Añadir nota</translation>
    </message>
</context>
<context>
    <name>OrganisingTab</name>
    <message>
        <location filename="../../desktop/views/organising_tab.py" line="+54"/>
        <source>What was written</source>
        <extracomment>a load was asked for while the tab was hidden: it runs when the tab shows</extracomment>
        <translation>Lo que se escribió</translation>
    </message>
</context>
<context>
    <name>OrganisingWorkplacesPage</name>
    <message>
        <location filename="../../desktop/views/organising_page.py" line="+83"/>
        <source>No workplace has a headcount yet: record one on a unit or a workplace to see density.</source>
        <extracomment>the change is shown since this many days ago unless the user picks a date</extracomment>
        <translation>Ningún centro de trabajo tiene censo todavía: registra uno en una unidad o en un centro de trabajo para ver la densidad.</translation>
    </message>
    <message>
        <source>Branch: {0} members of {1} people in the workplaces counted ({2}).</source>
        <translation type="vanished">Sección: {0} afiliados de {1} personas en los centros de trabajo con censo ({2}).</translation>
    </message>
    <message>
        <source>{0} points since {1}.</source>
        <translation type="vanished">{0} puntos desde el {1}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Branch: {members} members of {people} people in the workplaces counted ({density}).</source>
        <translation>Sección: {members} afiliados de {people} personas en los centros de trabajo con censo ({density}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{points} points since {date}.</source>
        <translation>{points} puntos desde el {date}.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Show the change in density since</source>
        <extracomment>open this person (from the chart or a list)</extracomment>
        <translation>Mostrar el cambio de densidad desde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change &amp;since:</source>
        <translation>Cambio &amp;desde:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import headcounts…</source>
        <translation>&amp;Importar censos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+83"/>
        <source>Import units and headcounts</source>
        <translation>Importar unidades y censos</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>A CSV or Excel sheet with columns workplace, unit, kind, headcount and counted on: missing units and workplaces are created</source>
        <translation>Una hoja CSV o de Excel con las columnas centro de trabajo, unidad, tipo, personas y fecha: se crean las unidades y los centros de trabajo que falten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The branch&apos;s density</source>
        <translation>La densidad de la sección</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the import did</source>
        <translation>Qué hizo la importación</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Wall chart</source>
        <translation>&amp;Mapa mural</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;oint people</source>
        <translation>&amp;Referentes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Structure &amp;tests</source>
        <translation>&amp;Pruebas de estructura</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation>Hojas de cálculo (*.csv *.xlsx);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>PairingBox</name>
    <message>
        <location filename="../../desktop/views/sync_pairing.py" line="+42"/>
        <source>Pair a new laptop</source>
        <extracomment>a new laptop joined (reload the roster) the admin asked to start pairing (the tab knows the session and where to listen)</extracomment>
        <translation>Emparejar un portátil nuevo</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The new laptop chooses “Join a branch” and types the code shown here. Compare the check string on both screens before you approve.</source>
        <translation>El portátil nuevo elige «Unirse a una sección» y escribe el código que aparece aquí. Compara el texto de comprobación en las dos pantallas antes de aprobar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Role of the new laptop</source>
        <translation>Rol del portátil nuevo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start pairing</source>
        <translation>Empezar el emparejamiento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop pairing</source>
        <translation>Detener el emparejamiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role:</source>
        <translation>Rol:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pairing code</source>
        <translation>Código de emparejamiento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time left for the code</source>
        <translation>Tiempo que le queda al código</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pairing question</source>
        <translation>Pregunta de emparejamiento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check string</source>
        <translation>Texto de comprobación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Approve the new laptop</source>
        <translation>Aprobar el portátil nuevo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decline</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decline the new laptop</source>
        <translation>Rechazar el portátil nuevo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pairing status</source>
        <translation>Estado del emparejamiento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pairing error</source>
        <translation>Error de emparejamiento</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Waiting for the new laptop to join as {role}. If it cannot find this one, it types this laptop&apos;s address: {join}.</source>
        <translation>Esperando a que el portátil nuevo se una como {role}. Si no encuentra este, que escriba la dirección de este portátil: {join}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The code works for {value}:{value2:02d} more.</source>
        <translation>Al código le quedan {value}:{value2:02d}.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>“{name}” ({device}) entered the code. Does the new laptop show {check}?</source>
        <translation>«{name}» ({device}) ha escrito el código. ¿Muestra el portátil nuevo {check}?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Approve only if “{name}” shows the same check string.</source>
        <translation>Aprueba solo si «{name}» muestra el mismo texto de comprobación.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Admitting the new laptop and sending it the branch…</source>
        <translation>Admitiendo el portátil nuevo y enviándole la sección…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Declining…</source>
        <translation>Rechazando…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pairing stopped; the code no longer works.</source>
        <translation>Emparejamiento detenido; el código ya no sirve.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>“{device_name}” joined the branch as {role}.</source>
        <translation>«{device_name}» se ha unido a la sección como {role}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> It did not confirm the end; its admission reaches it with the next sync.</source>
        <translation> No confirmó el final; su admisión le llegará con la próxima sincronización.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Declined: the new laptop was not admitted.</source>
        <translation>Rechazado: el portátil nuevo no ha sido admitido.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../desktop/vault_menu.py" line="+156"/>
        <source>Change the passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The vault is re-encrypted under the new passphrase; nothing else changes. Other laptops keep their own passphrases.</source>
        <translation>La caja fuerte se vuelve a cifrar con la nueva frase de contraseña; no cambia nada más. Los demás portátiles conservan sus propias frases de contraseña.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Repeat the new passphrase</source>
        <translation>Repite la nueva frase de contraseña</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passphrase strength hint</source>
        <translation>Pista sobre la solidez de la frase de contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New passphrase</source>
        <translation>&amp;Nueva frase de contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat it</source>
        <translation>&amp;Repítela</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Passphrase error</source>
        <translation>Error en la frase de contraseña</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Use at least {min_passphrase} characters.</source>
        <translation>Usa al menos {min_passphrase} caracteres.</translation>
    </message>
    <message>
        <source>Use at least {0} characters.</source>
        <translation type="vanished">Usa al menos {0} caracteres.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two passphrases are different.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
</context>
<context>
    <name>PointPeople</name>
    <message>
        <location filename="../../desktop/views/point_people.py" line="+73"/>
        <source>(no name)</source>
        <extracomment>members of the workplace who could be someone&apos;s point person: (id, name)</extracomment>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Point people error</source>
        <translation>Error en los referentes</translation>
    </message>
</context>
<context>
    <name>PointPeopleTab</name>
    <message>
        <location line="+5"/>
        <source>Point people</source>
        <translation>Referentes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a point person</source>
        <translation>Elige un referente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Their people</source>
        <translation>Personas a su cargo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print their list…</source>
        <translation>&amp;Imprimir su lista…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+124"/>
        <source>Print the point person&apos;s list</source>
        <translation>Imprimir la lista del referente</translation>
    </message>
    <message>
        <location line="-115"/>
        <location line="+2"/>
        <source>No point person yet</source>
        <translation>Aún sin referente</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Point person to give them</source>
        <translation>Referente que asignarles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Give them this point person</source>
        <translation>&amp;Asignarles este referente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give them this point person</source>
        <translation>Asignarles este referente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Point pe&amp;rson:</source>
        <translation>&amp;Referente:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>People per point person</source>
        <translation>Personas por referente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the t&amp;arget</source>
        <translation>Fijar el &amp;objetivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the branch&apos;s coverage target</source>
        <translation>Fijar el objetivo de cobertura de la sección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A branch setting: only an admin may change it</source>
        <translation>Un ajuste de la sección: solo un administrador puede cambiarlo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target: one point person per</source>
        <translation>Objetivo: un referente por cada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>people</source>
        <translation>personas</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The branch&apos;s target: one point person per {ratio} people</source>
        <translation>El objetivo de la sección: un referente por cada {ratio} personas</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>People {name} keeps in touch with</source>
        <translation>Personas con las que {name} mantiene el contacto</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>People for {name}</source>
        <translation>Personas de {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}&apos;s people with their phone numbers and when they were last spoken to. The PDF is not encrypted: keep it safe.</source>
        <translation>Las personas a cargo de {name}, con sus teléfonos y la última vez que se habló con ellas. El PDF no está cifrado: guárdalo en un lugar seguro.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wrote a list of {rows} people to {path}.</source>
        <translation>Se escribió una lista de {rows} personas en {path}.</translation>
    </message>
    <message>
        <source>The branch&apos;s target: one point person per {0} people</source>
        <translation type="vanished">El objetivo de la sección: un referente por cada {0} personas</translation>
    </message>
    <message>
        <source>People {0} keeps in touch with</source>
        <translation type="vanished">Personas con las que {0} mantiene el contacto</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Select people in the list first.</source>
        <translation>Primero selecciona personas en la lista.</translation>
    </message>
    <message>
        <source>People for {0}</source>
        <translation type="vanished">Personas de {0}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Point person&apos;s list</source>
        <translation>Lista del referente</translation>
    </message>
    <message>
        <source>{0}&apos;s people with their phone numbers and when they were last spoken to. The PDF is not encrypted: keep it safe.</source>
        <translation type="vanished">Las personas a cargo de {0}, con sus teléfonos y la última vez que se habló con ellas. El PDF no está cifrado: guárdalo en un lugar seguro.</translation>
    </message>
    <message>
        <source>Wrote a list of {0} people to {1}.</source>
        <translation type="vanished">Se escribió una lista de {0} personas en {1}.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="+31"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never (only Ctrl+L and sleep)</source>
        <translation>nunca (solo con Ctrl+L y al suspender)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock after this many idle minutes</source>
        <translation>Bloquear tras estos minutos de inactividad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lock after idle:</source>
        <translation>&amp;Bloquear tras inactividad:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clear a copied contact detail after seconds</source>
        <translation>Vaciar un dato de contacto copiado tras estos segundos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Clear copied details after:</source>
        <translation>&amp;Vaciar los datos copiados tras:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your name, for the tasks given to you</source>
        <translation>Tu nombre, para las tareas que te asignen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>as tasks name you, e.g. Sam</source>
        <translation>como te nombran las tareas, p. ej., Sam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your &amp;name (tasks):</source>
        <translation>Tu &amp;nombre (tareas):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Style</source>
        <translation>Estilo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The platform&apos;s</source>
        <translation>El del sistema</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Style:</source>
        <translation>&amp;Estilo:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The vault also locks when the computer goes to sleep, and with Ctrl+L. A locked window shows no member data.</source>
        <translation>La caja fuerte también se bloquea cuando el ordenador se suspende, y con Ctrl+L. Una ventana bloqueada no muestra datos de afiliados.</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <location filename="../../desktop/dialogs/print_dialog.py" line="+80"/>
        <source>Pages written</source>
        <translation>Páginas escritas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the vault…</source>
        <translation>Leyendo la caja fuerte…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export result</source>
        <translation>Resultado de la exportación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export error</source>
        <translation>Error en la exportación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the PDF</source>
        <translation>Abrir el PDF</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the export</source>
        <translation>Cancelar la exportación</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Stopping before the next page…</source>
        <translation>Deteniendo antes de la página siguiente…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Drawing page {value} of {total}…</source>
        <translation>Preparando la página {value} de {total}…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>Se canceló la exportación; no se ha escrito ningún archivo.</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../desktop/dialogs/record_dialog.py" line="+62"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>RelationshipsBox</name>
    <message>
        <location filename="../../desktop/views/relationships_box.py" line="+99"/>
        <source>Unit</source>
        <extracomment>open the other person of a relationship the person&apos;s organising details changed (a point person set)</extracomment>
        <translation>Unidad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Point person</source>
        <translation>Referente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit:</source>
        <translation>Unidad:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Point person:</source>
        <translation>Referente:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Relationships</source>
        <translation>Relaciones</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kind of relationship</source>
        <translation>Tipo de relación</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Type a name…</source>
        <translation>Escribe un nombre…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find the other person</source>
        <translation>Buscar a la otra persona</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The other person</source>
        <translation>La otra persona</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Link</source>
        <translation>&amp;Vincular</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the relationship</source>
        <translation>Añadir la relación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make &amp;point person</source>
        <translation>Hacer &amp;referente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make them this person&apos;s point person</source>
        <translation>Hacer que sea el referente de esta persona</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove link</source>
        <translation>&amp;Quitar vínculo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected relationship</source>
        <translation>Quitar la relación seleccionada</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Relationships error</source>
        <translation>Error en las relaciones</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>not in a unit</source>
        <translation>no está en ninguna unidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none yet</source>
        <translation>ninguno todavía</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <location filename="../../desktop/report_text.py" line="+20"/>
        <source>{imported} imported, {updated} updated, {skipped} skipped, {rejected} rejected.</source>
        <translation>{imported} importados, {updated} actualizados, {skipped} omitidos, {rejected} rechazados.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln rows flagged to check, {repaired} repaired.</source>
        <translation>
            <numerusform>%Ln fila marcada para revisar, {repaired} reparadas.</numerusform>
            <numerusform>%Ln filas marcadas para revisar, {repaired} reparadas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled: {summary} Rows after the last whole batch were not imported.</source>
        <translation>Cancelado: {summary} Las filas posteriores al último lote completo no se importaron.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{counted} headcounts recorded, {skipped} rows skipped; {units} units and {workplaces} workplaces created.</source>
        <translation>{counted} censos registrados, {skipped} filas omitidas; se crearon {units} unidades y {workplaces} centros de trabajo.</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <location filename="../../desktop/dialogs/role_dialog.py" line="+23"/>
        <source>&amp;Admin</source>
        <translation>&amp;Administrador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edits everything, and admits or revokes laptops. Give it only to the officers who run the branch&apos;s laptops.</source>
        <translation>Edita todo y admite o revoca portátiles. Dáselo solo a los responsables que gestionan los portátiles de la sección.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Secretary</source>
        <translation>&amp;Secretario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adds and edits members, conversations, tasks and meetings; cannot admit or revoke laptops.</source>
        <translation>Añade y edita afiliados, conversaciones, tareas y reuniones; no puede admitir ni revocar portátiles.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Viewer</source>
        <translation>&amp;Lector</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reads the list and prints from it; changes nothing.</source>
        <translation>Consulta la lista e imprime a partir de ella; no cambia nada.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Admit a laptop</source>
        <translation>Admitir un portátil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Admit “{name}”</source>
        <translation>Admitir «{name}»</translation>
    </message>
    <message>
        <source>Admit “{0}”</source>
        <translation type="vanished">Admitir «{0}»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which role does this laptop get?</source>
        <translation>¿Qué rol recibe este portátil?</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Admit and save the welcome file…</source>
        <translation>Admitir y guardar el archivo de bienvenida…</translation>
    </message>
</context>
<context>
    <name>SavedSearches</name>
    <message>
        <location filename="../../desktop/views/member_filters.py" line="+55"/>
        <source>Saved searches</source>
        <extracomment>a saved search was picked: its query</extracomment>
        <translation>Búsquedas guardadas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved searches…</source>
        <translation>Búsquedas guardadas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save search…</source>
        <translation>Guardar la búsqueda…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+79"/>
        <source>Save search</source>
        <translation>Guardar la búsqueda</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Save the current filters and search under a name</source>
        <translation>Guardar con un nombre los filtros y la búsqueda actuales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete saved search</source>
        <translation>Eliminar la búsqueda guardada</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Name for this search:</source>
        <translation>Nombre para esta búsqueda:</translation>
    </message>
</context>
<context>
    <name>StructureTests</name>
    <message>
        <location filename="../../desktop/views/structure_tests.py" line="+65"/>
        <source>Whole branch</source>
        <translation>Toda la sección</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>reached</source>
        <translation>alcanzado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not yet</source>
        <translation>todavía no</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Structure test error</source>
        <translation>Error en la prueba de estructura</translation>
    </message>
</context>
<context>
    <name>StructureTestsTab</name>
    <message>
        <location line="+5"/>
        <source>New test, e.g. Petition on staffing</source>
        <translation>Nueva prueba, p. ej., Firmas por más personal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New structure test</source>
        <translation>Nueva prueba de estructura</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind of test</source>
        <translation>Tipo de prueba</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Target share of each unit</source>
        <translation>Porcentaje objetivo en cada unidad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deadline</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add test</source>
        <translation>&amp;Añadir prueba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the structure test</source>
        <translation>Añadir la prueba de estructura</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Structure tests</source>
        <translation>Pruebas de estructura</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport the results…</source>
        <translation>E&amp;xportar los resultados…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the test&apos;s results</source>
        <translation>Exportar los resultados de la prueba</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Meeting whose attendance answers</source>
        <translation>Reunión cuya asistencia cuenta como respuesta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The answer of those who attended</source>
        <translation>La respuesta de quienes asistieron</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>said yes</source>
        <translation>dijeron que sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>said no</source>
        <translation>dijeron que no</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>were asked, undecided</source>
        <translation>se les preguntó, sin decidir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Record</source>
        <translation>&amp;Registrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the meeting&apos;s answers</source>
        <translation>Registrar las respuestas de la reunión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everyone at</source>
        <translation>Todos los asistentes a</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>{count} answers recorded.</source>
        <translation>{count} respuestas registradas.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Wrote {rows} rows to {path}. The file is not encrypted.</source>
        <translation>Se escribieron {rows} filas en {path}. El archivo no está cifrado.</translation>
    </message>
    <message>
        <source>{0} answers recorded.</source>
        <translation type="vanished">{0} respuestas registradas.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Export the results</source>
        <translation>Exportar los resultados</translation>
    </message>
    <message>
        <source>Wrote {0} rows to {1}. The file is not encrypted.</source>
        <translation type="vanished">Se escribieron {0} filas en {1}. El archivo no está cifrado.</translation>
    </message>
</context>
<context>
    <name>SyncCentre</name>
    <message>
        <location filename="../../desktop/views/sync_centre.py" line="+34"/>
        <source>Sync</source>
        <extracomment>records changed (a sync brought changes in, or a conflict was settled) open conflicts: their number</extracomment>
        <translation>Sincronización</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync centre</source>
        <translation>Centro de sincronización</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>USB stick</source>
        <translation>Memoria USB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+53"/>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Meeting (Wi-Fi)</source>
        <translation>Reunión (Wi-Fi)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always-on</source>
        <translation>Siempre activa</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Conflicts ({count})</source>
        <translation>Conflictos ({count})</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../desktop/tasks.py" line="+150"/>
        <source>The task runner has been shut down.</source>
        <extracomment>True while at least one job is queued or running (for busy indicators). A job without its own error handler failed: the sentence to show. how long background steps wait after the user&apos;s last job (a result&apos;s repaint)</extracomment>
        <translation>El ejecutor de tareas se ha cerrado.</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <location filename="../../desktop/views/list_pages.py" line="+77"/>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+1"/>
        <source>New task</source>
        <translation>Nueva tarea</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due date</source>
        <translation>Fecha de vencimiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For whom (a name)</source>
        <translation>Para quién (un nombre)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignee</source>
        <translation>Asignada a</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add task</source>
        <translation>Añadir tarea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No open tasks. Type one below and press Add task; a conversation&apos;s follow-up date adds one too.</source>
        <translation>No hay tareas pendientes. Escribe una abajo y pulsa Añadir tarea; la fecha de seguimiento de una conversación también añade una.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show done</source>
        <extracomment>whose tasks &quot;Only mine&quot; shows (the Preferences&apos; name; the laptop&apos;s by default) double-clicked a task about a member: show that member</extracomment>
        <translation>Mostrar hechas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show done tasks</source>
        <translation>Mostrar las tareas hechas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only &amp;mine</source>
        <translation>Solo las &amp;mías</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only my tasks</source>
        <translation>Solo mis tareas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tasks given to you (your name is in Preferences)</source>
        <translation>Tareas asignadas a ti (tu nombre está en Preferencias)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Give to…</source>
        <translation>&amp;Asignar a…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the task to a person</source>
        <translation>Asignar la tarea a una persona</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Give the task to</source>
        <translation>Asignar la tarea a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who does “{title}”? (empty: nobody)</source>
        <translation>¿Quién se encarga de «{title}»? (vacío: nadie)</translation>
    </message>
    <message>
        <source>Who does “{0}”? (empty: nobody)</source>
        <translation type="vanished">¿Quién se encarga de «{0}»? (vacío: nadie)</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <location filename="../../desktop/views/unlock.py" line="+42"/>
        <source>Unlock — Caucus</source>
        <extracomment>the unlocked session the user chose another vault file the user wants to start something else: &quot;create&quot;, &quot;join&quot; or &quot;demo&quot;</extracomment>
        <translation>Desbloquear — Caucus</translation>
    </message>
    <message>
        <source>Unlock {0}</source>
        <translation type="vanished">Desbloquear {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unlock {branch_name}</source>
        <translation>Desbloquear {branch_name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock your branch</source>
        <translation>Desbloquea tu sección</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The vault file</source>
        <translation>El archivo de la caja fuerte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vault file</source>
        <translation>Archivo de la caja fuerte</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unlocking</source>
        <translation>Desbloqueando</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bringing this vault up to date for this version of Caucus. This happens once, and takes up to a minute for a large branch.</source>
        <translation>Actualizando esta caja fuerte para esta versión de Caucus. Solo ocurre una vez y, en una sección grande, tarda hasta un minuto.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unlock error</source>
        <translation>Error al desbloquear</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Create a branch</source>
        <translation>&amp;Crear una sección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Join a branch</source>
        <translation>&amp;Unirse a una sección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open a vault file…</source>
        <translation>&amp;Abrir un archivo de caja fuerte…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try the &amp;demo</source>
        <translation>Probar la &amp;demostración</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open a vault file</source>
        <translation>Abrir un archivo de caja fuerte</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Type the branch&apos;s passphrase.</source>
        <translation>Escribe la frase de contraseña de la sección.</translation>
    </message>
</context>
<context>
    <name>UsbTab</name>
    <message>
        <location filename="../../desktop/views/sync_usb.py" line="+128"/>
        <source>Pass a USB stick (or a shared folder) between laptops. Sync reads every other laptop&apos;s bundle in the folder, then writes this laptop&apos;s changes there. Bundles are encrypted: a lost stick reveals nothing.</source>
        <extracomment>a sync brought changes in (refresh every view)</extracomment>
        <translation>Pasa una memoria USB (o una carpeta compartida) de un portátil a otro. La sincronización lee los paquetes de los demás portátiles que haya en la carpeta y después escribe allí los cambios de este portátil. Los paquetes están cifrados: una memoria perdida no revela nada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sync folder</source>
        <translation>Carpeta de sincronización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a folder or a USB stick</source>
        <translation>Elige una carpeta o una memoria USB</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose folder or stick…</source>
        <translation>Elegir carpeta o memoria…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose folder or stick</source>
        <translation>Elegir carpeta o memoria</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel sync</source>
        <translation>Cancelar la sincronización</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync progress</source>
        <translation>Progreso de la sincronización</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sync status</source>
        <translation>Estado de la sincronización</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync error</source>
        <translation>Error de sincronización</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync report</source>
        <translation>Informe de la sincronización</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Choose the sync folder or USB stick</source>
        <translation>Elige la carpeta de sincronización o la memoria USB</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose a folder or a USB stick first.</source>
        <translation>Primero elige una carpeta o una memoria USB.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Looking for bundles…</source>
        <translation>Buscando paquetes…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Stopping after the current batch…</source>
        <translation>Deteniendo después del lote actual…</translation>
    </message>
</context>
<context>
    <name>VaultMenu</name>
    <message>
        <location filename="../../desktop/vault_menu.py" line="-152"/>
        <source>&amp;Vault</source>
        <translation>&amp;Caja fuerte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Back up the vault…</source>
        <translation>Hacer una &amp;copia de seguridad…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An encrypted copy of the whole vault (same passphrase), on a stick or another disk</source>
        <translation>Una copia cifrada de toda la caja fuerte (con la misma frase de contraseña), en una memoria USB u otro disco</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Change the passphrase…</source>
        <translation>Cambiar la &amp;frase de contraseña…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close the &amp;demo</source>
        <translation>Cerrar la &amp;demostración</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock the demo and go back to your own branch (or make one)</source>
        <translation>Bloquear la demostración y volver a tu propia sección (o crear una)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Vault</source>
        <translation>Caja fuerte</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Back up the vault</source>
        <translation>Hacer una copia de seguridad de la caja fuerte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose another file: a backup cannot replace the vault itself.</source>
        <translation>Elige otro archivo: una copia de seguridad no puede sustituir a la propia caja fuerte.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backing up…</source>
        <translation>Haciendo la copia de seguridad…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Backed up to {dest}. Keep {sidecar} with it: the backup opens with the same passphrase.</source>
        <translation>Copia de seguridad guardada en {dest}. Guarda {sidecar} junto a ella: la copia se abre con la misma frase de contraseña.</translation>
    </message>
    <message>
        <source>Backed up to {0}. Keep {1} with it: the backup opens with the same passphrase.</source>
        <translation type="vanished">Copia de seguridad guardada en {0}. Guarda {1} junto a ella: la copia se abre con la misma frase de contraseña.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Changing the passphrase…</source>
        <translation>Cambiando la frase de contraseña…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The passphrase is changed. Use the new one from now on; old backups still open with the old one.</source>
        <translation>La frase de contraseña ha cambiado. Usa la nueva a partir de ahora; las copias de seguridad antiguas se siguen abriendo con la anterior.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write your passphrase down</source>
        <translation>Apunta tu frase de contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your branch is ready. Write the passphrase down now and keep it somewhere safe: nobody can recover it for you, and without it the vault cannot be opened.

A backup on a USB stick keeps the branch if this laptop is lost.</source>
        <translation>Tu sección está lista. Apunta ahora la frase de contraseña y guárdala en un lugar seguro: nadie puede recuperarla por ti y, sin ella, la caja fuerte no se puede abrir.

Una copia de seguridad en una memoria USB conserva la sección si se pierde este portátil.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Make a &amp;backup now…</source>
        <translation>Hacer una &amp;copia de seguridad ahora…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I have written it down</source>
        <translation>Ya la he apuntado</translation>
    </message>
</context>
<context>
    <name>WallChart</name>
    <message>
        <location filename="../../desktop/views/chart_layout.py" line="+31"/>
        <source>✓ yes</source>
        <translation>✓ sí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✗ no</source>
        <translation>✗ no</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>? undecided</source>
        <translation>? sin decidir</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>never spoken</source>
        <translation>sin conversación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{days} d</source>
        <translation>{days} d</translation>
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
        <translation>censo ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>headcount {headcount}</source>
        <translation>censo {headcount}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{members} members ({density})</source>
        <translation>{members} afiliados ({density})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{people} non-members</source>
        <translation>{people} no afiliados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{covered} with a point person ({coverage})</source>
        <translation>{covered} con referente ({coverage})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{yes} yes</source>
        <translation>{yes} sí</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{yes} yes of {target} needed</source>
        <translation>{yes} sí de {target} necesarios</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Not in a unit</source>
        <extracomment>the flag is &quot;not assessed&quot; (grey), not &quot;no point person&quot; (red) each card&apos;s top, in order (cards are placed top to bottom)</extracomment>
        <translation>Sin unidad</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no point person</source>
        <translation>sin referente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not assessed</source>
        <translation>sin valorar</translation>
    </message>
</context>
<context>
    <name>WallChartTab</name>
    <message>
        <location filename="../../desktop/views/wall_chart_tab.py" line="+47"/>
        <source>Wall chart error</source>
        <extracomment>open this person in the members page the figures changed (an answer, a move): the page&apos;s list may show them</extracomment>
        <translation>Error en el mapa mural</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Structure test shown on the cards</source>
        <translation>Prueba de estructura que se muestra en las tarjetas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What a click on a card does</source>
        <translation>Qué hace un clic en una tarjeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A click opens the person</source>
        <translation>Un clic abre la ficha de la persona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A click records yes</source>
        <translation>Un clic registra sí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A click records no</source>
        <translation>Un clic registra no</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A click records undecided</source>
        <translation>Un clic registra sin decidir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Print A3…</source>
        <translation>&amp;Imprimir en A3…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+103"/>
        <source>Print the wall chart</source>
        <translation>Imprimir el mapa mural</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the wall chart as a spreadsheet</source>
        <translation>Exportar el mapa mural como hoja de cálculo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;est:</source>
        <translation>&amp;Prueba:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Colour: assessment 5 (green) to 0 (red), white and dashed when not assessed; heavy border: member. L leader, S steward, P3 point person for 3. Red: no point person, or no conversation in 90 days. Keys: Y, N, U, 0 answer; M moves; Enter opens.</source>
        <translation>Color: valoración de 5 (verde) a 0 (rojo); blanco y con borde discontinuo si no se ha valorado; borde grueso: afiliado. L líder, D delegado, R3 referente de 3 personas. Rojo: sin referente, o sin conversación en 90 días. Teclas: Y (sí), N (no), U (sin decidir) y 0 (sin preguntar) responden; M mueve; Enter abre.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+87"/>
        <source>Wall chart</source>
        <translation>Mapa mural</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>No structure test</source>
        <translation>Sin prueba de estructura</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose a structure test above first.</source>
        <translation>Primero elige arriba una prueba de estructura.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+17"/>
        <source>Wall chart - {name}</source>
        <translation>Mapa mural - {name}</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>The wall chart of {name} on A3 pages for the meeting wall: a card per person. The PDF is not encrypted.</source>
        <translation>El mapa mural de {name} en páginas A3 para la pared de la reunión: una tarjeta por persona. El PDF no está cifrado.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Wrote {rows} people to {path}. The file is not encrypted.</source>
        <translation>Se guardaron {rows} personas en {path}. El archivo no está cifrado.</translation>
    </message>
    <message>
        <source>Wall chart - {0}</source>
        <translation type="vanished">Mapa mural - {0}</translation>
    </message>
    <message>
        <source>The wall chart of {0} on A3 pages for the meeting wall: a card per person. The PDF is not encrypted.</source>
        <translation type="vanished">El mapa mural de {0} en páginas A3 para la pared de la reunión: una tarjeta por persona. El PDF no está cifrado.</translation>
    </message>
    <message numerus="yes">
        <location line="-20"/>
        <source>Wrote %n people on {pages} to {path}.</source>
        <translation>
            <numerusform>Guardado en {path}: %n persona en {pages}.</numerusform>
            <numerusform>Guardado en {path}: %n personas en {pages}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export the wall chart</source>
        <translation>Exportar el mapa mural</translation>
    </message>
    <message>
        <source>Wrote {0} people to {1}. The file is not encrypted.</source>
        <translation type="vanished">Se guardaron {0} personas en {1}. El archivo no está cifrado.</translation>
    </message>
</context>
<context>
    <name>WorkplacesPage</name>
    <message>
        <location filename="../../desktop/views/list_pages.py" line="-297"/>
        <source>Workplaces</source>
        <translation>Centros de trabajo</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+1"/>
        <source>New workplace name</source>
        <translation>Nombre del nuevo centro de trabajo</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Employer</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add workplace</source>
        <translation>Añadir centro de trabajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No workplaces yet. Type a workplace&apos;s name below and press Add workplace; members can then be placed in it.</source>
        <translation>Aún no hay centros de trabajo. Escribe abajo el nombre de un centro de trabajo y pulsa Añadir centro de trabajo; después podrás asignarle afiliados.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Employer</source>
        <translation>&amp;Empresa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address</source>
        <translation>&amp;Dirección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sector</source>
        <translation>&amp;Sector</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otes</source>
        <translation>N&amp;otas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Double-click a workplace to list its members; Details… (or Enter) changes its address and sector</source>
        <extracomment>double-clicked: show this workplace&apos;s members</extracomment>
        <translation>Haz doble clic en un centro de trabajo para ver sus afiliados; Detalles… (o Enter) cambia su dirección y su sector</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Members</source>
        <translation>&amp;Afiliados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List this workplace&apos;s members</source>
        <translation>Ver los afiliados de este centro de trabajo</translation>
    </message>
</context>
<context>
    <name>always_on</name>
    <message>
        <location filename="../../sync/ops/always_on.py" line="+61"/>
        <source>Off, laptops find each other only on the same network (and the box at its fixed address). On, Syncthing&apos;s public discovery servers learn this laptop&apos;s Syncthing device ID and its internet (IP) address, so laptops can find each other from anywhere, and public relay servers may carry its traffic when no direct connection works: they see which devices talk and when, never what the bundles hold, which stay encrypted with the branch key.</source>
        <translation>Desactivado, los portátiles solo se encuentran entre sí en la misma red (y el equipo fijo, en su dirección fija). Activado, los servidores públicos de descubrimiento de Syncthing conocen el ID de dispositivo de Syncthing de este portátil y su dirección de internet (IP), para que los portátiles puedan encontrarse desde cualquier lugar, y los relés públicos pueden transportar su tráfico cuando no funciona ninguna conexión directa: ven qué dispositivos se comunican y cuándo, nunca lo que contienen los paquetes, que siguen cifrados con la clave de la sección.</translation>
    </message>
</context>
<context>
    <name>columns</name>
    <message>
        <location filename="../../desktop/views/conflicts.py" line="-155"/>
        <location filename="../../desktop/views/member_notes.py" line="+120"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This laptop</source>
        <translation>Este portátil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other laptops</source>
        <translation>Otros portátiles</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="-210"/>
        <location filename="../../desktop/views/member_notes.py" line="-1"/>
        <location filename="../../desktop/views/sync_lan.py" line="-426"/>
        <source>Laptop</source>
        <translation>Portátil</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last change</source>
        <translation>Último cambio</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Admitted by</source>
        <translation>Admitido por</translation>
    </message>
    <message>
        <location filename="../../desktop/views/list_pages.py" line="-37"/>
        <location filename="../../desktop/views/organising_page.py" line="-126"/>
        <source>Workplace</source>
        <translation>Centro de trabajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/views/organising_page.py" line="+1"/>
        <source>Employer</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/views/organising_page.py" line="+10"/>
        <source>Members</source>
        <translation>Afiliados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessed</source>
        <translation>Valorados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average assessment</source>
        <translation>Valoración media</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/views/point_people.py" line="-159"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/views/structure_tests.py" line="-191"/>
        <source>Starts</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attended</source>
        <translation>Asistieron</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apologies</source>
        <translation>Se excusaron</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quorum</source>
        <translation>Quórum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quorate</source>
        <translation>Con quórum</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Done</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member</source>
        <translation>Afiliado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <location filename="../../desktop/views/member_notes.py" line="-167"/>
        <source>Conversation</source>
        <extracomment>(text, method, outcome, follow-up date, campaign id) to add as a note</extracomment>
        <translation>Conversación</translation>
    </message>
    <message>
        <location line="+166"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New value</source>
        <translation>Valor nuevo</translation>
    </message>
    <message>
        <location filename="../../desktop/views/organising_page.py" line="-8"/>
        <location filename="../../desktop/views/structure_tests.py" line="+14"/>
        <source>Headcount</source>
        <translation>Censo</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../desktop/views/point_people.py" line="-9"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Density</source>
        <translation>Densidad</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change (points)</source>
        <translation>Cambio (puntos)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Covered</source>
        <translation>Con referente</translation>
    </message>
    <message>
        <location filename="../../desktop/views/point_people.py" line="-2"/>
        <source>Point person</source>
        <translation>Referente</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Over the target</source>
        <translation>Por encima del objetivo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last spoken</source>
        <translation>Última conversación</translation>
    </message>
    <message>
        <location filename="../../desktop/views/relationships_box.py" line="-117"/>
        <source>Relationship</source>
        <translation>Relación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../desktop/views/structure_tests.py" line="-13"/>
        <source>Deadline</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+26"/>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+10"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Asked</source>
        <translation>Preguntados</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undecided</source>
        <translation>Sin decidir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Share</source>
        <translation>Porcentaje</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Needed</source>
        <translation>Necesarios</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_lan.py" line="+1"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last sync</source>
        <translation>Última sincronización</translation>
    </message>
</context>
<context>
    <name>conflicts</name>
    <message>
        <location filename="../../desktop/views/conflicts.py" line="-70"/>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source> (this laptop)</source>
        <translation> (este portátil)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>edited {field} to {value}</source>
        <translation>cambió {field} a {value}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{value} — {who}, {when}</source>
        <translation>{value} — {who}, {when}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>member</source>
        <translation>afiliado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>meeting</source>
        <translation>reunión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>workplace</source>
        <translation>centro de trabajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>campaign</source>
        <translation>campaña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>conversation</source>
        <translation>conversación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>task</source>
        <translation>tarea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attendance</source>
        <translation>asistencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tag</source>
        <translation>etiqueta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>consent</source>
        <translation>consentimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>device</source>
        <translation>dispositivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>branch</source>
        <translation>sección</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{kind} “{name}”</source>
        <extracomment>{kind} is a record&apos;s kind (meeting, workplace…), {name} its name or title</extracomment>
        <translation>{kind} «{name}»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>deleted or kept</source>
        <translation>eliminado o conservado</translation>
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
        <translation>revocado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not admitted</source>
        <translation>no admitido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>clock ahead</source>
        <translation>reloj adelantado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name}  (this laptop)</source>
        <translation>{name}  (este portátil)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no. {last_seq}</source>
        <translation>n.º {last_seq}</translation>
    </message>
    <message>
        <source>no. {last_seq:,}</source>
        <translation type="vanished">n.º {last_seq:,}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none yet</source>
        <translation>ninguno todavía</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Revoke “{name}”?

From now on it gets nothing new from this branch: the branch key changes, and changes it makes after what this laptop already holds are refused everywhere.

Data already on that laptop cannot be wiped remotely. If it was lost or stolen, only its passphrase protects the member list it already holds.</source>
        <translation>¿Revocar «{name}»?

A partir de ahora no recibirá nada nuevo de esta sección: la clave de la sección cambia y los cambios que haga después de lo que este portátil ya tiene se rechazan en todas partes.

Los datos que ya están en ese portátil no se pueden borrar a distancia. Si se perdió o lo robaron, solo su frase de contraseña protege la lista de afiliados que ya contiene.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../sync/bundle.py" line="+101"/>
        <location filename="../../sync/lan/keyring.py" line="+71"/>
        <source>This device does not hold the branch key of epoch {epoch}.</source>
        <translation>Este dispositivo no tiene la clave de la sección n.º {epoch}.</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>This bundle belongs to a different branch; nothing was imported.</source>
        <translation>Este paquete pertenece a otra sección; no se importó nada.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This bundle was made by an older version of Caucus with a branch key this laptop was never given, so nothing shows who made it; nothing was imported. Import a bundle written by an up-to-date laptop instead.</source>
        <translation>Este paquete lo hizo una versión antigua de Caucus con una clave de sección que este portátil nunca recibió, así que nada indica quién lo hizo; no se importó nada. Importa un paquete escrito por un portátil actualizado.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This bundle was made after this device&apos;s access was revoked; it cannot be opened.</source>
        <translation>Este paquete se hizo después de revocar el acceso de este dispositivo; no se puede abrir.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This bundle is damaged, or it was sealed with a branch key that was never given to this device (its access was probably revoked). Nothing was imported.</source>
        <translation>Este paquete está dañado, o se selló con una clave de sección que nunca se dio a este dispositivo (probablemente se revocó su acceso). No se importó nada.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This bundle was sealed with branch key {epoch}, which was not given to this device: its access was probably revoked. Nothing was imported.</source>
        <translation>Este paquete se selló con la clave de sección n.º {epoch}, que no se dio a este dispositivo: probablemente se revocó su acceso. No se importó nada.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../../sync/bundle_format.py" line="+91"/>
        <source>The bundle file is truncated; nothing was imported from it.</source>
        <extracomment>Bounds of one record: an info record names at most MAX_ENVELOPES devices.</extracomment>
        <translation>El archivo del paquete está truncado; no se importó nada de él.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The bundle file has data after its end.</source>
        <translation>El archivo del paquete tiene datos después de su final.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>There is no bundle file at {path}.</source>
        <translation>No hay ningún archivo de paquete en {path}.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The bundle file changed while it was being imported; what was already applied is intact. Import it again.</source>
        <extracomment>(admitting author, admitted key, role) seen in the bundle, while the writer is not yet known to be a device of the branch; None once it is (or for version 1)</extracomment>
        <translation>El archivo del paquete cambió mientras se importaba; lo ya aplicado está intacto. Vuelve a importarlo.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The bundle&apos;s signature does not match its writer; nothing was imported from it.</source>
        <translation>La firma del paquete no coincide con quien lo escribió; no se importó nada de él.</translation>
    </message>
    <message>
        <location filename="../../sync/bundle_format.py" line="+10"/>
        <source>This bundle was made by a newer version of Caucus.</source>
        <translation>Este paquete lo hizo una versión más reciente de Caucus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not a Caucus bundle file.</source>
        <translation>Esto no es un archivo de paquete de Caucus.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py" line="+43"/>
        <source>Caucus could not do that.</source>
        <translation>Caucus no pudo hacer eso.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The vault could not be used.</source>
        <extracomment>the English sentence before its fields were filled (what the app translates) the values of the template&apos;s named fields</extracomment>
        <translation>No se pudo usar la caja fuerte.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no vault at that location.</source>
        <translation>No hay ninguna caja fuerte en ese lugar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A vault already exists at that location; it was left untouched.</source>
        <translation>Ya existe una caja fuerte en ese lugar; no se ha tocado.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The passphrase is wrong for this vault.</source>
        <translation>La frase de contraseña no es la de esta caja fuerte.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The vault file is damaged or is not a Caucus vault; it was left untouched.</source>
        <translation>El archivo de la caja fuerte está dañado o no es una caja fuerte de Caucus; no se ha tocado.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The vault is locked; unlock it first.</source>
        <translation>La caja fuerte está cerrada; ábrela primero.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The vault is in use by another program; close it there and try again.</source>
        <translation>Otro programa está usando la caja fuerte; ciérrala allí y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The disk is full; nothing was changed. Free some space and try again.</source>
        <translation>El disco está lleno; no se cambió nada. Libera espacio y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The disk could not be read or written; nothing was changed. Check it and try again.</source>
        <translation>No se pudo leer o escribir en el disco; no se cambió nada. Revísalo y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The passphrase is too short: use at least 8 characters.</source>
        <translation>La frase de contraseña es demasiado corta: usa al menos 8 caracteres.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A value is not valid.</source>
        <translation>Un valor no es válido.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No record has that id.</source>
        <extracomment>the key of the field the value was for (the form shows the sentence under it)</extracomment>
        <translation>Ningún registro tiene ese identificador.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That field does not exist.</source>
        <translation>Ese campo no existe.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A change set is not valid.</source>
        <translation>Un conjunto de cambios no es válido.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A change set&apos;s signature does not verify: it was altered or forged.</source>
        <translation>La firma de un conjunto de cambios no es válida: se alteró o se falsificó.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A change set could not be read: it is damaged or in an unknown format.</source>
        <translation>No se pudo leer un conjunto de cambios: está dañado o en un formato desconocido.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A change set comes from a device that is not in this branch&apos;s roster.</source>
        <translation>Un conjunto de cambios viene de un dispositivo que no está en la lista de esta sección.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A change set comes from a device whose access was revoked.</source>
        <translation>Un conjunto de cambios viene de un dispositivo cuyo acceso se revocó.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This device&apos;s role does not allow that.</source>
        <translation>El rol de este dispositivo no permite eso.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That belongs to a different branch.</source>
        <translation>Eso pertenece a otra sección.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The bundle file is damaged, truncated or was altered; nothing was imported from it.</source>
        <translation>El archivo del paquete está dañado, truncado o alterado; no se importó nada de él.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This bundle was not written by a device of this branch; nothing was imported from it.</source>
        <translation>Este paquete no lo escribió un dispositivo de esta sección; no se importó nada de él.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Always-on sync could not do that.</source>
        <translation>La sincronización siempre activa no pudo hacer eso.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Syncthing is not installed: install the Debian package &apos;syncthing&apos; first.</source>
        <translation>Syncthing no está instalado: instala primero el paquete de Debian &apos;syncthing&apos;.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Syncthing does not answer on this computer; it may have stopped.</source>
        <translation>Syncthing no responde en este equipo; puede que se haya detenido.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Syncthing refused the API key Caucus holds for it (see its Settings → GUI).</source>
        <translation>Syncthing rechazó la clave de API que Caucus tiene para él (ver sus Ajustes → GUI).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Syncthing refused a request.</source>
        <translation>Syncthing rechazó una petición.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Always-on sync is off on this laptop; switch it on first.</source>
        <translation>La sincronización siempre activa está desactivada en este portátil; actívala primero.</translation>
    </message>
    <message>
        <location filename="../../sync/exchange/errors.py" line="+11"/>
        <source>That file could not be imported; nothing was written.</source>
        <translation>No se pudo importar ese archivo; no se escribió nada.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file is empty: there is nothing to import and nothing was written.</source>
        <translation>El archivo está vacío: no hay nada que importar y no se escribió nada.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>That file is not a CSV or Excel (.xlsx) spreadsheet Caucus can read; nothing was written.</source>
        <translation>Ese archivo no es una hoja de cálculo CSV o Excel (.xlsx) que Caucus pueda leer; no se escribió nada.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>That file is too large to import at once; split it into smaller files. Nothing was written.</source>
        <translation>Ese archivo es demasiado grande para importarlo de una vez; divídelo en archivos más pequeños. No se escribió nada.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The import stopped part way; the batches before the stop were imported.</source>
        <translation>La importación se detuvo a medias; los lotes anteriores a la parada se importaron.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>That column mapping is not valid.</source>
        <translation>Esa asignación de columnas no es válida.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>Se canceló la exportación; no se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>That file is {size:.0f} MB; Caucus imports files of up to {limit} MB ({max_rows:,} rows) at a time. Split it into smaller files and import each; nothing was written.</source>
        <extracomment>The largest import: bigger files are refused before they are read. the spreadsheet row number of each data row (headings are row 1) rows that cannot be read as they are: row number → why (reported as rejected) what the reader decided that the user should know (the sheet read, rows read as Windows-1252)</extracomment>
        <translation type="vanished">Ese archivo ocupa {size:.0f} MB; Caucus importa archivos de hasta {limit} MB ({max_rows:,} filas) cada vez. Divídelo en archivos más pequeños e importa cada uno; no se escribió nada.</translation>
    </message>
    <message>
        <location filename="../../sync/exchange/importer/reading.py" line="+63"/>
        <source>That is an old Excel (.xls) file; save it as .xlsx or CSV and import that. Nothing was written.</source>
        <translation>Ese es un archivo antiguo de Excel (.xls); guárdalo como .xlsx o CSV e importa ese. No se escribió nada.</translation>
    </message>
    <message>
        <source>That file has more than {max_rows:,} rows; Caucus imports up to {max_rows:,} rows ({limit} MB) at a time. Split it into smaller files and import each; nothing was written.</source>
        <translation type="vanished">Ese archivo tiene más de {max_rows:,} filas; Caucus importa hasta {max_rows:,} filas ({limit} MB) cada vez. Divídelo en archivos más pequeños e importa cada uno; no se escribió nada.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>That file is {size:.0f} MB; Caucus imports files of up to {limit} MB ({max_rows} rows) at a time. Split it into smaller files and import each; nothing was written.</source>
        <extracomment>The largest import: bigger files are refused before they are read. the spreadsheet row number of each data row (headings are row 1) rows that cannot be read as they are: row number → why (reported as rejected) what the reader decided that the user should know (the sheet read, rows read as Windows-1252)</extracomment>
        <translation>Ese archivo ocupa {size:.0f} MB; Caucus importa archivos de hasta {limit} MB ({max_rows} filas) cada vez. Divídelo en archivos más pequeños e importa cada uno; no se escribió nada.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>That file has more than {max_rows} rows; Caucus imports up to {max_rows} rows ({limit} MB) at a time. Split it into smaller files and import each; nothing was written.</source>
        <translation>Ese archivo tiene más de {max_rows} filas; Caucus importa hasta {max_rows} filas ({limit} MB) cada vez. Divídelo en archivos más pequeños e importa cada uno; no se escribió nada.</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>The CSV file could not be read ({reason}); nothing was written.</source>
        <translation>No se pudo leer el archivo CSV ({reason}); no se escribió nada.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Reading .xlsx files needs the openpyxl package.</source>
        <extracomment>A separator no text holds: a file whose heading line has no separator is one column (its &quot;Lopez, Ana&quot; cells are names, not two values).</extracomment>
        <translation>Para leer archivos .xlsx hace falta el paquete openpyxl.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That Excel file could not be read ({name}); nothing was written.</source>
        <translation>No se pudo leer ese archivo de Excel ({name}); no se escribió nada.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>A quote (&quot;) opened in the column headings (row {head_no}) is not closed, so the file cannot be read; fix the headings and import it again. Nothing was written.</source>
        <translation>Unas comillas (&quot;) abiertas en los encabezados de columna (fila {head_no}) no se cierran, así que el archivo no se puede leer; corrige los encabezados y vuelve a importarlo. No se escribió nada.</translation>
    </message>
    <message>
        <location filename="../../sync/exchange/importer/running.py" line="+128"/>
        <source>On duplicate must be one of {choices}.</source>
        <translation>Para los duplicados elige una de estas opciones: {choices}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Row {row}: the choice must be skip, update or create.</source>
        <translation>Fila {row}: la elección debe ser skip, update o create.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The batch size must be at least 1.</source>
        <translation>El tamaño del lote debe ser al menos 1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file has column headings but no rows of data; nothing was imported.</source>
        <translation>El archivo tiene encabezados de columna pero ninguna fila de datos; no se importó nada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No column is mapped to a member field; nothing was imported.</source>
        <translation>Ninguna columna está asignada a un campo del afiliado; no se importó nada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Map a column to first name, last name or full name; nothing was imported.</source>
        <translation>Asigna una columna al nombre, los apellidos o el nombre completo; no se importó nada.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The import stopped at {span} ({why}). The batches before were imported ({summary}); nothing from row {first} on was imported.</source>
        <extracomment>{span} is &quot;row 5&quot; or &quot;rows 5–7&quot;, {why} why it stopped, {summary} what the batches before did (&quot;5 imported, 0 updated, …&quot;), {first} a row number</extracomment>
        <translation>La importación se detuvo en {span} ({why}). Los lotes anteriores se importaron ({summary}); no se importó nada desde la fila {first} en adelante.</translation>
    </message>
    <message>
        <location filename="../../sync/folder.py" line="+120"/>
        <source>This laptop has not joined a branch yet; it cannot use a sync folder.</source>
        <extracomment>the most files of one laptop&apos;s chain before it is compacted into one full bundle how many written files the vault remembers (a few folders&apos; chains) how many imported names the vault remembers for ``skip_seen`` a temp file of this laptop&apos;s that nobody wrote for this long is abandoned (seconds)</extracomment>
        <translation>Este portátil aún no se ha unido a una sección; no puede usar una carpeta de sincronización.</translation>
    </message>
    <message>
        <location line="+186"/>
        <source>{folder} is not a folder.</source>
        <translation>{folder} no es una carpeta.</translation>
    </message>
    <message>
        <location filename="../../sync/lan/boxstream.py" line="+139"/>
        <location line="+29"/>
        <source>The other laptop sent data after ending the encrypted stream.</source>
        <extracomment>Plaintext header: 2-byte body length + 16-byte body MAC. Sealed header on the wire. Largest body one frame may carry (as in pull-box-stream).</extracomment>
        <translation>El otro portátil envió datos después de cerrar el canal cifrado.</translation>
    </message>
    <message>
        <location line="+79"/>
        <location line="+10"/>
        <source>The other laptop stopped answering.</source>
        <translation>El otro portátil dejó de responder.</translation>
    </message>
    <message>
        <location filename="../../sync/lan/client.py" line="+57"/>
        <source>{label} is this laptop itself.</source>
        <translation>{label} es este mismo portátil.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The laptop at {label} ({key}) is not an active device of this branch; nothing was exchanged.</source>
        <translation>El portátil en {label} ({key}) no es un dispositivo activo de esta sección; no se intercambió nada.</translation>
    </message>
    <message>
        <location filename="../../sync/lan/discovery.py" line="+187"/>
        <source>Meeting mode cannot use the network: {reason}.</source>
        <translation>El modo reunión no puede usar la red: {reason}.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Meeting mode needs a network: this laptop has no IPv4 address.</source>
        <translation>El modo reunión necesita una red: este portátil no tiene dirección IPv4.</translation>
    </message>
    <message>
        <location filename="../../sync/lan/errors.py" line="+26"/>
        <source>The connection to the other laptop failed.</source>
        <translation>Falló la conexión con el otro portátil.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>That is not an address like 192.168.1.20:47300 (host, a colon, the port).</source>
        <translation>Esa no es una dirección como 192.168.1.20:47300 (equipo, dos puntos, puerto).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The connection to the other laptop was lost.</source>
        <translation>Se perdió la conexión con el otro portátil.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The other laptop could not be verified as a member of this branch; nothing was exchanged.</source>
        <translation>No se pudo comprobar que el otro portátil sea de esta sección; no se intercambió nada.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The other laptop sent a malformed handshake message; nothing was exchanged.</source>
        <translation>El otro portátil envió un mensaje de saludo mal formado; no se intercambió nada.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The other laptop is not on this branch&apos;s meeting network (another branch or key epoch).</source>
        <translation>El otro portátil no está en la red de reuniones de esta sección (otra sección u otra clave).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The other laptop could not prove it is the device you meant to reach.</source>
        <translation>El otro portátil no pudo demostrar que es el dispositivo al que querías llegar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The connecting laptop could not prove its identity; it was turned away.</source>
        <translation>El portátil que se conectaba no pudo demostrar su identidad; se le rechazó.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The connecting laptop is not an active device of this branch; it was turned away.</source>
        <translation>El portátil que se conectaba no es un dispositivo activo de esta sección; se le rechazó.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The other laptop hung up during the handshake: it may not recognise this device.</source>
        <translation>El otro portátil colgó durante el saludo: puede que no reconozca este dispositivo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The other laptop did not answer the handshake in time.</source>
        <translation>El otro portátil no respondió al saludo a tiempo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The encrypted stream from the other laptop was damaged or altered; it was closed.</source>
        <translation>El canal cifrado del otro portátil llegó dañado o alterado; se cerró.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A frame from the other laptop failed authentication: it was damaged or altered.</source>
        <translation>Un bloque del otro portátil no pasó la autenticación: estaba dañado o alterado.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A frame from the other laptop is larger than the protocol allows.</source>
        <translation>Un bloque del otro portátil es más grande de lo que permite el protocolo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The encrypted stream was already closed.</source>
        <translation>El canal cifrado ya estaba cerrado.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The other laptop hung up in the middle of the encrypted stream.</source>
        <translation>El otro portátil colgó en mitad del canal cifrado.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The other laptop broke the meeting-sync protocol; the connection was closed.</source>
        <translation>El otro portátil no respetó el protocolo de sincronización de reuniones; se cerró la conexión.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The other laptop announced a message larger than allowed; the connection was closed.</source>
        <translation>El otro portátil anunció un mensaje más grande de lo permitido; se cerró la conexión.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The other laptop sent a message that could not be read; the connection was closed.</source>
        <translation>El otro portátil envió un mensaje que no se pudo leer; se cerró la conexión.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The other laptop sent a message out of turn; the connection was closed.</source>
        <translation>El otro portátil envió un mensaje fuera de turno; se cerró la conexión.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The other laptop ended the connection before it was complete.</source>
        <translation>El otro portátil terminó la conexión antes de completarla.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The other laptop sent another number of change sets than it said; it was closed.</source>
        <translation>El otro portátil envió un número de conjuntos de cambios distinto del anunciado; se cerró.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The other laptop&apos;s hello names a device other than the one it proved to be.</source>
        <translation>El saludo del otro portátil nombra un dispositivo distinto del que demostró ser.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The other laptop runs a version of Caucus that cannot sync with this one; update both.</source>
        <translation>El otro portátil usa una versión de Caucus que no puede sincronizarse con esta; actualiza los dos.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The other laptop ended the sync with an error; what arrived so far is kept.</source>
        <translation>El otro portátil terminó la sincronización con un error; lo que llegó hasta ahora se conserva.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The other laptop is busy with other laptops; try again in a moment.</source>
        <translation>El otro portátil está ocupado con otros portátiles; vuelve a intentarlo en un momento.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The other laptop no longer counts this one as an active device; the sync stopped.</source>
        <translation>El otro portátil ya no cuenta a este como dispositivo activo; la sincronización se detuvo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The other laptop is busy or did not answer; try again in a moment.</source>
        <translation>El otro portátil está ocupado o no respondió; vuelve a intentarlo en un momento.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This laptop&apos;s vault failed during the meeting sync; what was stored before is kept.</source>
        <translation>La caja fuerte de este portátil falló durante la sincronización de la reunión; lo guardado antes se conserva.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The sync took longer than allowed and was stopped; what arrived so far is kept.</source>
        <translation>La sincronización tardó más de lo permitido y se detuvo; lo que llegó hasta ahora se conserva.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The other laptop stopped answering; what arrived so far is kept.</source>
        <translation>El otro portátil dejó de responder; lo que llegó hasta ahora se conserva.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The other laptop is not an active device of this branch; nothing was exchanged.</source>
        <translation>El otro portátil no es un dispositivo activo de esta sección; no se intercambió nada.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No laptop of this branch was found on the network; is meeting mode on at the others?</source>
        <translation>No se encontró ningún portátil de esta sección en la red; ¿está activado el modo reunión en los demás?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The other laptop could not be reached at that address.</source>
        <translation>No se pudo llegar al otro portátil en esa dirección.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The sync was cancelled; the changes that arrived before are kept.</source>
        <translation>Se canceló la sincronización; los cambios que llegaron antes se conservan.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This vault does not belong to a branch yet; join one first.</source>
        <translation>Esta caja fuerte aún no pertenece a ninguna sección; únete a una primero.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This laptop does not hold the branch key it needs; sync once by USB stick.</source>
        <translation>Este portátil no tiene la clave de sección que necesita; sincroniza una vez por memoria USB.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>That address is this laptop itself.</source>
        <translation>Esa dirección es este mismo portátil.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Meeting mode cannot listen for other laptops on this network.</source>
        <translation>El modo reunión no puede escuchar a otros portátiles en esta red.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Meeting mode cannot use the network: is this laptop connected?</source>
        <translation>El modo reunión no puede usar la red: ¿está conectado este portátil?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pairing the new laptop failed; nothing was shared.</source>
        <translation>Falló el emparejamiento del portátil nuevo; no se compartió nada.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The pairing code was not accepted: check it and try again.</source>
        <translation>No se aceptó el código de emparejamiento: revísalo y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The pairing code was used up (too many wrong attempts); start pairing again.</source>
        <translation>El código de emparejamiento se agotó (demasiados intentos fallidos); vuelve a empezar el emparejamiento.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The admin declined this laptop; nothing was shared.</source>
        <translation>El administrador rechazó este portátil; no se compartió nada.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The pairing code expired before a new laptop joined; start pairing again.</source>
        <translation>El código de emparejamiento caducó antes de que se uniera un portátil nuevo; vuelve a empezar el emparejamiento.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The laptop that answered does not know the code; nothing was shared.</source>
        <translation>El portátil que respondió no conoce el código; no se compartió nada.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The welcome arrived damaged; nothing was joined. Try pairing again.</source>
        <translation>La bienvenida llegó dañada; no se unió nada. Vuelve a intentar el emparejamiento.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../sync/trust.py" line="+68"/>
        <location line="+241"/>
        <location line="+202"/>
        <source>This vault already belongs to a branch.</source>
        <extracomment>meta key held while a join from a welcome file is under way: the welcome file&apos;s path</extracomment>
        <translation>Esta caja fuerte ya pertenece a una sección.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No pairing offer with that code was found on the LAN; check the code.</source>
        <translation>No se encontró en la red local ninguna oferta de emparejamiento con ese código; revisa el código.</translation>
    </message>
    <message>
        <location filename="../../sync/lan/joining.py" line="+31"/>
        <source>No pairing offer with that code was found on the LAN; check the code, or type the address the admin&apos;s laptop shows.</source>
        <translation>No se encontró en la red local ninguna oferta de emparejamiento con ese código; revisa el código o escribe la dirección que muestra el portátil del administrador.</translation>
    </message>
    <message>
        <location filename="../../sync/lan/keyring.py" line="-20"/>
        <source>This laptop does not hold the branch key of epoch {epoch}.</source>
        <extracomment>How many key epochs before the current one a laptop still accepts and tries.</extracomment>
        <translation>Este portátil no tiene la clave de la sección n.º {epoch}.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>This laptop is not an active device of its branch (it was revoked, or has not joined yet).</source>
        <translation>Este portátil no es un dispositivo activo de su sección (se revocó o aún no se ha unido).</translation>
    </message>
    <message>
        <location filename="../../sync/lan/pairing.py" line="+130"/>
        <source>The other laptop sent data before the channel was secured.</source>
        <extracomment>The largest encrypted frame: a welcome chunk and its CBOR heads.</extracomment>
        <translation>El otro portátil envió datos antes de asegurar el canal.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The other laptop hung up during pairing.</source>
        <translation>El otro portátil colgó durante el emparejamiento.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Only an admin laptop may pair new laptops.</source>
        <translation>Solo un portátil de administrador puede emparejar portátiles nuevos.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The pairing code was used up after {max_failures} wrong tries; start pairing again for a new code.</source>
        <translation>El código de emparejamiento se agotó tras {max_failures} intentos fallidos; vuelve a empezar el emparejamiento para obtener un código nuevo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pairing stopped: this laptop cannot take connections ({reason}).</source>
        <translation>El emparejamiento se detuvo: este portátil no puede aceptar conexiones ({reason}).</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>The admin&apos;s laptop could not be reached at {address}:{address2} ({reason}).</source>
        <translation>No se pudo llegar al portátil del administrador en {address}:{address2} ({reason}).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The admin&apos;s laptop hung up without confirming the code: the code is wrong or used up, or pairing was stopped there.</source>
        <translation>El portátil del administrador colgó sin confirmar el código: el código es incorrecto o se agotó, o allí se detuvo el emparejamiento.</translation>
    </message>
    <message>
        <location filename="../../sync/lan/pairing_keys.py" line="+53"/>
        <source>A pairing code is 8 digits, like 47-105-962.</source>
        <translation>Un código de emparejamiento tiene 8 cifras, como 47-105-962.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The other laptop sent an invalid key-exchange message.</source>
        <translation>El otro portátil envió un mensaje de intercambio de claves no válido.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The other laptop sent {obj!r} instead of {kind!r}; pairing stopped.</source>
        <translation>El otro portátil envió {obj!r} en lugar de {kind!r}; el emparejamiento se detuvo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The code was wrong: check it with the admin and try again (a code allows {max_failures} tries in all).</source>
        <translation>El código era incorrecto: compruébalo con el administrador y vuelve a intentarlo (un código permite {max_failures} intentos en total).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The code was wrong, and it is now used up: ask the admin to start pairing again for a new code.</source>
        <translation>El código era incorrecto y ya se agotó: pide al administrador que vuelva a empezar el emparejamiento para obtener un código nuevo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The other laptop stopped the pairing before the code was confirmed.</source>
        <translation>El otro portátil detuvo el emparejamiento antes de confirmar el código.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The other laptop stopped the pairing: {text}</source>
        <translation>El otro portátil detuvo el emparejamiento: {text}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The other laptop sent a malformed key-exchange message.</source>
        <translation>El otro portátil envió un mensaje de intercambio de claves mal formado.</translation>
    </message>
    <message>
        <location filename="../../sync/lan/pairing_machines.py" line="+113"/>
        <source>The laptop that answered does not know the code: it is not the admin&apos;s laptop you meant. Nothing was shared.</source>
        <translation>El portátil que respondió no conoce el código: no es el portátil del administrador que buscabas. No se compartió nada.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The welcome is longer than announced.</source>
        <translation>La bienvenida es más larga de lo anunciado.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The new laptop sent an invalid join request.</source>
        <translation>El portátil nuevo envió una solicitud de ingreso no válida.</translation>
    </message>
    <message>
        <location filename="../../sync/lan/server.py" line="+133"/>
        <source>Cannot listen on {bind}: {reason}.</source>
        <extracomment>Seconds a new connection has for its first 64 bytes (a shs1 hello or a probe).</extracomment>
        <translation>No se puede escuchar en {bind}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../sync/lan/session.py" line="+153"/>
        <source>This laptop&apos;s vault is busy with other laptops; try again.</source>
        <extracomment>How often a wait for the vault asks whether it was cancelled (or the server stopped).</extracomment>
        <translation>La caja fuerte de este portátil está ocupada con otros portátiles; vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>This laptop&apos;s vault failed during the meeting sync (database error: {name}); what was stored before is kept. Try again, and restart Caucus if it happens again.</source>
        <translation>La caja fuerte de este portátil falló durante la sincronización de la reunión (error de base de datos: {name}); lo guardado antes se conserva. Vuelve a intentarlo y reinicia Caucus si vuelve a ocurrir.</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>The other laptop ended the connection before the sync was complete.</source>
        <extracomment>The error&apos;s class name (``NotReachable``, ``PeerIdle``, ...), for scripts. The error itself (the window writes its sentence in the user&apos;s language)</extracomment>
        <translation>El otro portátil terminó la conexión antes de completar la sincronización.</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>The other laptop is no longer an active device of this branch (it was revoked); nothing more was sent to it.</source>
        <translation>El otro portátil ya no es un dispositivo activo de esta sección (se revocó); no se le envió nada más.</translation>
    </message>
    <message>
        <location filename="../../sync/lan/session_machine.py" line="+159"/>
        <source>The other laptop sent {event!r} while this one was {state}; the connection was closed.</source>
        <extracomment>The events that are messages of the peer&apos;s (the others are this side&apos;s own steps).</extracomment>
        <translation>El otro portátil envió {event!r} mientras este estaba en {state}; se cerró la conexión.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The other laptop interrupted a large change set; the connection was closed.</source>
        <translation>El otro portátil interrumpió un conjunto de cambios grande; se cerró la conexión.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The parts of a large change set do not agree.</source>
        <translation>Las partes de un conjunto de cambios grande no concuerdan.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The other laptop said it sent {count} change sets, but {received_items} arrived.</source>
        <translation>El otro portátil dijo que envió {count} conjuntos de cambios, pero llegaron {received_items}.</translation>
    </message>
    <message>
        <location filename="../../sync/lan/wire.py" line="+46"/>
        <source>{text!r} is not an address like 192.168.1.20:47300: the address the other laptop shows, a colon, then its port.</source>
        <extracomment>Seconds to connect, and for the identify probe&apos;s answer. Seconds a whole Secret Handshake may take.</extracomment>
        <translation>{text!r} no es una dirección como 192.168.1.20:47300: la dirección que muestra el otro portátil, dos puntos y luego su puerto.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The laptop at {address} is busy or did not answer; try again in a moment.</source>
        <translation>El portátil en {address} está ocupado o no respondió; vuelve a intentarlo en un momento.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The laptop at {address} could not be reached ({reason}).</source>
        <translation>No se pudo llegar al portátil en {address} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../sync/ops/joining.py" line="+82"/>
        <source>There is a sidecar but no vault at {path}; nothing was done.</source>
        <extracomment>how long to look on the LAN for the admin&apos;s pairing offer</extracomment>
        <translation>Hay un archivo auxiliar pero ninguna caja fuerte en {path}; no se hizo nada.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>This vault already belongs to a branch; use a new vault.</source>
        <translation>Esta caja fuerte ya pertenece a una sección; usa una caja fuerte nueva.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Compare the branch fingerprint before joining.</source>
        <translation>Compara la huella de la sección antes de unirte.</translation>
    </message>
    <message>
        <location filename="../../sync/ops/meeting.py" line="+271"/>
        <source>Cannot listen for the new laptop: {reason}.</source>
        <extracomment>The port meeting mode tries first, so a typed address may leave it out. The admin answers within this; the new laptop gives up waiting a little later. when ``port`` is taken, serve on any free one (else fail)</extracomment>
        <translation>No se puede esperar al portátil nuevo: {reason}.</translation>
    </message>
    <message>
        <location filename="../../sync/records/settings.py" line="+41"/>
        <location line="+48"/>
        <source>This vault has no branch yet.</source>
        <extracomment>the coverage target: one point person per this many people</extracomment>
        <translation>Esta caja fuerte aún no tiene sección.</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>The target is a number of people per point person, like 10, not {value}.</source>
        <translation>El objetivo es un número de personas por referente, como 10, no {value}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One point person looks after 1 to 1,000 people.</source>
        <translation>Un referente se ocupa de 1 a 1000 personas.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Only an admin may change the branch&apos;s {what}.</source>
        <translation>Solo un administrador puede cambiar {what} de la sección.</translation>
    </message>
    <message>
        <location filename="../../sync/store/packing.py" line="+46"/>
        <location line="+3"/>
        <source>A stored change set is damaged; restore a backup.</source>
        <extracomment>the largest inflated size accepted (three times a change set&apos;s largest body)</extracomment>
        <translation>Un conjunto de cambios guardado está dañado; restaura una copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../sync/store/vault.py" line="+130"/>
        <source>A vault already exists at {path}; it was left untouched.</source>
        <extracomment>the vaults unlocked in this process: where to look when an I/O error may be a full disk</extracomment>
        <translation>Ya existe una caja fuerte en {path}; no se ha tocado.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>There is no vault at {path}.</source>
        <translation>No hay ninguna caja fuerte en {path}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is not a vault file.</source>
        <translation>{path} no es un archivo de caja fuerte.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The vault file {name} is damaged (truncated) or is not a Caucus vault; it was left untouched.</source>
        <translation>El archivo de caja fuerte {name} está dañado (truncado) o no es una caja fuerte de Caucus; no se ha tocado.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The passphrase is wrong for this vault. A change of passphrase was interrupted: try both the previous and the new passphrase.</source>
        <translation>La frase de contraseña no es la de esta caja fuerte. Se interrumpió un cambio de frase de contraseña: prueba tanto la anterior como la nueva.</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>The disk is too full to change the passphrase: it needs about {megabytes:.1f} MB free for a moment. Nothing was changed; free some space and try again.</source>
        <translation>El disco está demasiado lleno para cambiar la frase de contraseña: necesita unos {megabytes:.1f} MB libres por un momento. No se cambió nada; libera espacio y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>The disk became full while the passphrase was being changed; the old passphrase still opens the vault. Free some space and try again.</source>
        <translation>El disco se llenó mientras se cambiaba la frase de contraseña; la anterior sigue abriendo la caja fuerte. Libera espacio y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The passphrase could not be changed; the old passphrase still opens the vault.</source>
        <translation>No se pudo cambiar la frase de contraseña; la anterior sigue abriendo la caja fuerte.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{dest} already exists; choose another name for the backup.</source>
        <translation>{dest} ya existe; elige otro nombre para la copia de seguridad.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The vault could not switch to write-ahead logging.</source>
        <translation>La caja fuerte no pudo pasar al registro por adelantado (WAL).</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{name} is not a Caucus vault; it was left untouched.</source>
        <translation>{name} no es una caja fuerte de Caucus; no se ha tocado.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The disk holding {name} is full, so the vault could not be opened; nothing in it was changed. Free some space and try again.</source>
        <translation>El disco que contiene {name} está lleno, así que no se pudo abrir la caja fuerte; no se cambió nada en ella. Libera espacio y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The vault file {name} is damaged or is not a Caucus vault; it was left untouched.</source>
        <translation>El archivo de caja fuerte {name} está dañado o no es una caja fuerte de Caucus; no se ha tocado.</translation>
    </message>
    <message>
        <location filename="../../sync/trust.py" line="-341"/>
        <source>Only an admin device may admit or revoke devices.</source>
        <extracomment>its Syncthing device ID, once it has switched always-on sync on</extracomment>
        <translation>Solo un dispositivo de administrador puede admitir o revocar dispositivos.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A device cannot revoke itself; ask another admin.</source>
        <translation>Un dispositivo no puede revocarse a sí mismo; pídeselo a otro administrador.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is already revoked.</source>
        <translation>{name} ya está revocado.</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>That is not a valid join-request file.</source>
        <translation>Ese no es un archivo de solicitud de ingreso válido.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>That device was revoked; it cannot be admitted again. Make a new join request from a fresh vault.</source>
        <translation>Ese dispositivo se revocó; no se puede volver a admitir. Haz una solicitud de ingreso nueva desde una caja fuerte nueva.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>This vault has no device key: make a join request from it first.</source>
        <translation>Esta caja fuerte no tiene clave de dispositivo: haz primero una solicitud de ingreso desde ella.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That is not a Caucus welcome file.</source>
        <translation>Ese no es un archivo de bienvenida de Caucus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+10"/>
        <source>That welcome file is damaged.</source>
        <translation>Ese archivo de bienvenida está dañado.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>There is no welcome file at {welcome_path}.</source>
        <translation>No hay ningún archivo de bienvenida en {welcome_path}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That welcome file was made for another device (or is damaged).</source>
        <translation>Ese archivo de bienvenida se hizo para otro dispositivo (o está dañado).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>That welcome file&apos;s branch does not match its founder.</source>
        <translation>La sección de ese archivo de bienvenida no coincide con su fundador.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>That welcome file is for another branch than the one checked; nothing was imported.</source>
        <translation>Ese archivo de bienvenida es de una sección distinta de la comprobada; no se importó nada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This vault is part-way through joining another branch (fingerprint {branch_id}); finish with that branch&apos;s welcome file. Nothing was imported.</source>
        <translation>Esta caja fuerte está a medio unirse a otra sección (huella {branch_id}); termina con el archivo de bienvenida de esa sección. No se importó nada.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The welcome file did not contain this device&apos;s admission.</source>
        <translation>El archivo de bienvenida no contenía la admisión de este dispositivo.</translation>
    </message>
    <message>
        <location filename="../../sync/exchange/importer/dates.py" line="+64"/>
        <source>{label} {value} is not a date (this column has the month first, e.g. 03/31/2024).</source>
        <extracomment>Countries where 03/04/2024 is the 4th of March (month first). 4 or 5 digits (with a fraction): an Excel date number, unless it is a yyyymmdd date</extracomment>
        <translation>{label}: {value} no es una fecha (esta columna pone el mes primero, p. ej. 03/31/2024).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{label} {value} is not a date (use e.g. 2024-03-31 or 31/03/2024).</source>
        <translation>{label}: {value} no es una fecha (usa p. ej. 2024-03-31 o 31/03/2024).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{label} {year}: a year alone is not a date; write {year}-01-01 (or the whole date).</source>
        <translation>{label}: {year} es solo un año, no una fecha; escribe {year}-01-01 (o la fecha completa).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{label} {value} is not a date.</source>
        <translation>{label}: {value} no es una fecha.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../sync/records/validation.py" line="+52"/>
        <source>{label} {value} is not a plausible date.</source>
        <translation>{label}: {value} no es una fecha plausible.</translation>
    </message>
    <message>
        <location filename="../../sync/records/batch.py" line="+75"/>
        <source>A batch&apos;s chunk must be at least 1 row.</source>
        <extracomment>Ids known to exist, remembered so a run of notes about one member asks the vault once.</extracomment>
        <translation>Cada tanda de un lote debe tener al menos 1 fila.</translation>
    </message>
    <message>
        <location line="+134"/>
        <location line="+57"/>
        <source>A member needs a first or last name.</source>
        <extracomment>new records written, by table (committed or pending) (member id, warning) for each value kept as given though it could not be checked (a phone number phonenumbers cannot validate)</extracomment>
        <translation>Un afiliado necesita nombre o apellidos.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{table} records do not belong to a member.</source>
        <translation>Los registros {table} no pertenecen a un afiliado.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>A workplace needs a name.</source>
        <translation>Un centro de trabajo necesita un nombre.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A campaign needs a name.</source>
        <translation>Una campaña necesita un nombre.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Quorum cannot be negative.</source>
        <translation>El quórum no puede ser negativo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A meeting needs a title.</source>
        <translation>Una reunión necesita un título.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>A note needs some text.</source>
        <translation>Una nota necesita algo de texto.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>A task needs a title.</source>
        <translation>Una tarea necesita un título.</translation>
    </message>
    <message>
        <location filename="../../sync/records/country.py" line="+80"/>
        <source>{value} is not a country code Caucus knows; use the two letters of ISO 3166, like GB, DE or AR.</source>
        <extracomment>Every country a branch can have: the regions phonenumbers can read numbers of. ISO 4217 currency codes in use (2024), plus the precious metals and test codes left out. The currency a new branch of a country gets (the user can change it; others: none).</extracomment>
        <translation>{value} no es un código de país que Caucus conozca; usa las dos letras de ISO 3166, como GB, DE o AR.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{value} is not a currency code; use the three letters of ISO 4217, like GBP, EUR or ARS.</source>
        <translation>{value} no es un código de moneda; usa las tres letras de ISO 4217, como GBP, EUR o ARS.</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>{value} is not a phone number.</source>
        <translation>{value} no es un número de teléfono.</translation>
    </message>
    <message>
        <location filename="../../sync/records/validation.py" line="-21"/>
        <source>{label} is too long (at most {max_len} characters).</source>
        <extracomment>the most characters a text field holds (a custom field, a value kept aside…)</extracomment>
        <translation>{label} es demasiado largo (como máximo {max_len} caracteres).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{label} must be a date like 2024-03-31, not {value}.</source>
        <translation>{label} debe ser una fecha como 2024-03-31, no {value}.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>{value} is not a valid email address: {reason}</source>
        <extracomment>Validated emails and phones, remembered (an import cleans each value twice: once to plan the row, once as the batch writes it). A cleaned value cleans to itself. {reason} says what is wrong with the address</extracomment>
        <translation>{value} no es una dirección de correo válida: {reason}</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>{label} must be yes or no, not {value}.</source>
        <translation>{label} debe ser sí o no, no {value}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{label} must be one of {choices}, not {value}.</source>
        <translation>{label} debe ser uno de {choices}, no {value}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Assessment must be a whole number 0–5, not {value}.</source>
        <translation>La valoración debe ser un número entero del 0 al 5, no {value}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Assessment must be between 0 and 5, not {number}.</source>
        <translation>La valoración debe estar entre 0 y 5, no {number}.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>A custom field needs a name, like custom.shift=nights.</source>
        <translation>Un campo personalizado necesita un nombre, como custom.shift=nights.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Members have no field called {name}.</source>
        <translation>Los afiliados no tienen ningún campo llamado {name}.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Tag {tag}… is too long (60 characters at most).</source>
        <translation>La etiqueta {tag}… es demasiado larga (60 caracteres como máximo).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Expected FIELD=VALUE, not {value}.</source>
        <translation>Se esperaba CAMPO=VALOR, no {value}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{records} have no field called {name}.</source>
        <translation>{records}: no hay ningún campo llamado {name}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{label} must be a whole number, not {value}.</source>
        <translation>{label} debe ser un número entero, no {value}.</translation>
    </message>
    <message>
        <location filename="../../sync/always_on/process.py" line="+137"/>
        <source>Syncthing could not make its home folder {home}.</source>
        <extracomment>option name (as in the REST API and config.xml) → value</extracomment>
        <translation>Syncthing no pudo crear su carpeta de inicio {home}.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Caucus&apos;s Syncthing is already running.</source>
        <translation>El Syncthing de Caucus ya está en marcha.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Syncthing stopped as it started; its log {log} says why.</source>
        <extracomment>{log} is the path of Syncthing&apos;s log file</extracomment>
        <translation>Syncthing se detuvo al arrancar; su registro {log} dice por qué.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Syncthing did not start within {timeout:.0f} seconds; its log is {log}.</source>
        <translation>Syncthing no arrancó en {timeout:.0f} segundos; su registro es {log}.</translation>
    </message>
    <message>
        <location filename="../../sync/always_on/rest.py" line="+141"/>
        <source>Syncthing refused a request ({request}: {reason}).</source>
        <extracomment>{request} is the request (&quot;GET /rest/config&quot;), {reason} Syncthing&apos;s answer</extracomment>
        <translation>Syncthing rechazó una petición ({request}: {reason}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Syncthing sent a reply Caucus cannot read ({path}).</source>
        <translation>Syncthing envió una respuesta que Caucus no puede leer ({path}).</translation>
    </message>
    <message>
        <location filename="../../sync/exchange/importer/mapping.py" line="+199"/>
        <source>Column {heading} cannot go to {target}; choose a member field, custom.NAME, or leave it out.</source>
        <extracomment>Fields that hold ids: a file names the record instead (``workplace``, ``unit``), or gives no target for it (a point person is set on the chart, not by a name in a file). Every mapping target a user can choose (besides ``custom.NAME`` and ignoring). Targets whose value may have several lines (and custom fields). Targets that take several columns, joined with &quot;, &quot; (and custom fields). {heading} is a column&apos;s heading, {target} the field typed for it</extracomment>
        <translation>La columna {heading} no puede ir a {target}; elige un campo del afiliado, custom.NOMBRE, o déjala fuera.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Columns {first} and {second} both go to {field}; choose one of them (only the address, emails, phones, tags and custom fields take several columns).</source>
        <extracomment>{first} and {second} are two columns&apos; headings, {field} a member field</extracomment>
        <translation>Las columnas {first} y {second} van las dos a {field}; elige una (solo la dirección, los correos, los teléfonos, las etiquetas y los campos propios admiten varias columnas).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A saved mapping needs a name.</source>
        <translation>Una asignación guardada necesita un nombre.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is no saved mapping called {name} ({known}).</source>
        <extracomment>{name} is the name asked for, {known} the names of the saved mappings</extracomment>
        <translation>No hay ninguna asignación guardada llamada {name} ({known}).</translation>
    </message>
    <message>
        <location filename="../../sync/ops/always_on.py" line="+158"/>
        <location line="+180"/>
        <source>This laptop has not joined a branch yet.</source>
        <translation>Este portátil aún no se ha unido a una sección.</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>This Syncthing ({version}) is too old; Caucus needs Syncthing 1.12 or later.</source>
        <extracomment>{version} is the version Syncthing gave (or &quot;unknown version&quot;)</extracomment>
        <translation>Este Syncthing ({version}) es demasiado antiguo; Caucus necesita Syncthing 1.12 o posterior.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Syncthing could not start.</source>
        <translation>Syncthing no pudo arrancar.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Using your own Syncthing needs its API key (Actions → Settings → GUI).</source>
        <translation>Para usar tu propio Syncthing hace falta su clave de API (Acciones → Ajustes → GUI).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Listen on lan, loopback or an address tcp://HOST:PORT.</source>
        <translation>Escucha en lan, loopback o una dirección tcp://HOST:PUERTO.</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>Discovery and relays are set in your own Syncthing, not here.</source>
        <extracomment>laptops of the branch that have not switched always-on sync on yet (names) this laptop holds changes its files in the folder do not carry yet this laptop may add and remove boxes</extracomment>
        <translation>El descubrimiento y los relés se configuran en tu propio Syncthing, no aquí.</translation>
    </message>
    <message>
        <location filename="../../sync/exchange/importer/cleaning.py" line="+52"/>
        <source>{label} {value} has a line break; only the address and custom fields can have several lines.</source>
        <extracomment>Text our CSV export guards with a leading &quot;&apos;&quot; (a formula, or a quote of its own).</extracomment>
        <translation>{label} {value} tiene un salto de línea; solo la dirección y los campos propios pueden tener varias líneas.</translation>
    </message>
    <message>
        <location filename="../../sync/exchange/importer/units.py" line="+132"/>
        <source>A headcount sheet needs a workplace column and a headcount column (and a unit column for the units&apos; own headcounts); this one has {headings}.</source>
        <extracomment>{headings} is the file&apos;s column headings, or &quot;no headings&quot;</extracomment>
        <translation>Una hoja de censos necesita una columna de centro de trabajo y una columna de censo (y una columna de unidad para el censo de cada unidad); esta tiene {headings}.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Nothing was imported: {why}</source>
        <extracomment>{why} is the failure&apos;s sentence</extracomment>
        <translation>No se importó nada: {why}</translation>
    </message>
    <message>
        <location filename="../../sync/records/email_words.py" line="+61"/>
        <source>{value} is not a valid email address.</source>
        <extracomment>{value} is the address as typed</extracomment>
        <translation>{value} no es una dirección de correo válida.</translation>
    </message>
</context>
<context>
    <name>export_dialog</name>
    <message>
        <location filename="../../desktop/dialogs/export_dialog.py" line="-170"/>
        <source>CSV (spreadsheet text)</source>
        <translation>CSV (texto de hoja de cálculo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Libro de Excel (.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printable member list (PDF)</source>
        <translation>Lista de afiliados para imprimir (PDF)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>CSV spreadsheet</source>
        <translation>Hoja de cálculo CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook</source>
        <translation>Libro de Excel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>printed member list</source>
        <translation>lista de afiliados impresa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sign-in sheet</source>
        <translation>hoja de firmas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mailing labels</source>
        <translation>etiquetas postales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>subject access (PDF)</source>
        <translation>solicitud de acceso (PDF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>subject access</source>
        <translation>solicitud de acceso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>subject access (JSON)</source>
        <translation>solicitud de acceso (JSON)</translation>
    </message>
</context>
<context>
    <name>exporter</name>
    <message>
        <location filename="../../sync/exchange/exporter.py" line="+29"/>
        <source>The exported file is NOT encrypted: anyone who gets it can read it. Keep it safe and delete it when done.</source>
        <translation>El archivo exportado NO está cifrado: cualquiera que lo consiga puede leerlo. Guárdalo en un lugar seguro y bórralo cuando termines.</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../sync/records/labels.py" line="+13"/>
        <source>Record number</source>
        <translation>Número de ficha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full name</source>
        <translation>Nombre y apellidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preferred name</source>
        <translation>Nombre preferido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Membership no.</source>
        <translation>N.º de afiliación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emails</source>
        <translation>Correos electrónicos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phones</source>
        <translation>Teléfonos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postcode</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Workplace</source>
        <translation>Centro de trabajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job title</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status override</source>
        <translation>Estado manual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Override until</source>
        <translation>Estado manual hasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joined</source>
        <translation>Fecha de alta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lapsed</source>
        <translation>Fecha de baja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dues paid until</source>
        <translation>Cuotas pagadas hasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessment</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basis of processing</source>
        <translation>Base jurídica del tratamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not contact</source>
        <translation>No contactar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No email</source>
        <translation>No enviar correos electrónicos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No phone calls</source>
        <translation>No llamar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No texts</source>
        <translation>No enviar SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No post</source>
        <translation>No enviar correo postal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom fields</source>
        <translation>Campos personalizados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Point person</source>
        <translation>Referente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Member</source>
        <translation>Afiliado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Prueba de estructura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employer</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headcount</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counted on</source>
        <translation>Contado el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent</source>
        <translation>Dentro de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts on</source>
        <translation>Empieza el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends on</source>
        <translation>Termina el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>Medio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow up on</source>
        <translation>Seguimiento el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author name</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due on</source>
        <translation>Vence el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignee</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quorum</source>
        <translation>Quórum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target share</source>
        <translation>Porcentaje objetivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pair</source>
        <translation>Pareja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Granted</source>
        <translation>Concedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded on</source>
        <translation>Registrado el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Founder</source>
        <translation>Fundador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nonce</source>
        <translation>Nonce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Point ratio</source>
        <translation>Personas por referente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pubkey</source>
        <translation>Clave pública</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admitted by</source>
        <translation>Admitido por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoked after</source>
        <translation>Revocado después de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoked by</source>
        <translation>Revocado por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syncthing</source>
        <translation>Syncthing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syncthing addresses</source>
        <translation>Direcciones de Syncthing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Epoch</source>
        <translation>Época de claves</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sealed</source>
        <translation>Clave sellada</translation>
    </message>
</context>
<context>
    <name>import_issues</name>
    <message>
        <location filename="../../desktop/dialogs/import_issues.py" line="-24"/>
        <source>Repaired: stored as {value}</source>
        <translation>Reparado: guardado como {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Can be repaired to {value} (tick “Repair” above)</source>
        <translation>Se puede reparar como {value} (marca «Reparar» arriba)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kept aside on the person, to check</source>
        <translation>Guardado aparte en la ficha de la persona, para revisar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept as typed, to check</source>
        <translation>Guardado tal como se escribió, para revisar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported as “(no name)”</source>
        <translation>Importado como «(sin nombre)»</translation>
    </message>
</context>
<context>
    <name>import_wizard</name>
    <message>
        <location filename="../../desktop/dialogs/import_wizard.py" line="-429"/>
        <source>(do not import)</source>
        <translation>(no importar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its columns separated by commas</source>
        <translation>con las columnas separadas por comas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its columns separated by semicolons</source>
        <translation>con las columnas separadas por punto y coma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its columns separated by tabs</source>
        <translation>con las columnas separadas por tabuladores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its columns separated by bars</source>
        <translation>con las columnas separadas por barras verticales</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Email(s)</source>
        <translation>Correo(s) electrónico(s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone(s)</source>
        <translation>Teléfono(s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>Nombre y apellidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workplace (name)</source>
        <translation>Centro de trabajo (nombre)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caucus id (match only)</source>
        <translation>ID de Caucus (solo para buscar coincidencias)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The file has column headings but no rows of data; nothing to import.</source>
        <translation>El archivo tiene encabezados de columna, pero ninguna fila de datos; no hay nada que importar.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_duplicates.py" line="-38"/>
        <source>Skip (keep the existing member)</source>
        <translation>Omitir (conservar el afiliado existente)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update the existing member</source>
        <translation>Actualizar el afiliado existente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a new member anyway</source>
        <translation>Crear un afiliado nuevo de todas formas</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard.py" line="-41"/>
        <source>Excel workbook (sheet “{sheet}”)</source>
        <translation>Libro de Excel (hoja «{sheet}»)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>with one column</source>
        <translation>con una sola columna</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its columns separated by {separator}</source>
        <translation>con las columnas separadas por {separator}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A spreadsheet saved as text (CSV), {separator}</source>
        <translation>Una hoja de cálculo guardada como texto (CSV), {separator}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, written by an older Windows program (Windows-1252 letters)</source>
        <translation>, escrita por un programa antiguo de Windows (letras Windows-1252)</translation>
    </message>
</context>
<context>
    <name>join_page</name>
    <message>
        <location filename="../../desktop/views/join_page.py" line="-394"/>
        <source>Sync → Devices → Admit a laptop from a join request file…</source>
        <translation>Sincronización → Dispositivos → Admitir un portátil desde un archivo de solicitud de ingreso…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Joining this branch was interrupted before it finished (Caucus was closed, or the computer stopped). It will be completed from the welcome file.</source>
        <translation>El ingreso en esta sección se interrumpió antes de terminar (se cerró Caucus o se apagó el ordenador). Se completará con el archivo de bienvenida.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The admin&apos;s laptop must show the same string; waiting for approval…</source>
        <translation>El portátil del administrador debe mostrar el mismo texto; esperando la aprobación…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Looking for the admin&apos;s laptop…</source>
        <extracomment>the words of the joining stages</extracomment>
        <translation>Buscando el portátil del administrador…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connecting to the admin&apos;s laptop…</source>
        <translation>Conectando con el portátil del administrador…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Joined {branch_name} as {role}.</source>
        <translation>Te has unido a {branch_name} como {role}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The join request was saved as {path}.</source>
        <translation>La solicitud de ingreso se guardó como {path}.</translation>
    </message>
</context>
<context>
    <name>list_pages</name>
    <message>
        <location filename="../../desktop/views/list_pages.py" line="-448"/>
        <source>Start date</source>
        <extracomment>the add line&apos;s fields that take a date (typed in the locale&apos;s format or ISO, or picked)</extracomment>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting date</source>
        <translation>Fecha de la reunión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due date</source>
        <translation>Fecha de vencimiento</translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <location filename="../../desktop/main_window.py" line="-306"/>
        <source>Members</source>
        <extracomment>the sections: (title, icon, key); the members page first</extracomment>
        <translation>Afiliados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workplaces</source>
        <translation>Centros de trabajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaigns</source>
        <translation>Campañas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
</context>
<context>
    <name>member_form</name>
    <message>
        <location filename="../../desktop/views/member_form.py" line="-289"/>
        <source>Member</source>
        <translation>Afiliado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Former member</source>
        <translation>Antiguo afiliado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regular contact</source>
        <translation>Contacto habitual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other (with consent)</source>
        <translation>Otro (con consentimiento)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do not contact</source>
        <translation>No contactar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No email</source>
        <translation>No enviar correos electrónicos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No phone calls</source>
        <translation>No llamar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No texts</source>
        <translation>No enviar SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No post</source>
        <translation>No enviar correo postal</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Line {number} of the custom fields needs the form &apos;name: value&apos;.</source>
        <translation>La línea {number} de los campos personalizados debe tener la forma «nombre: valor».</translation>
    </message>
</context>
<context>
    <name>member_notes</name>
    <message>
        <location filename="../../desktop/views/member_notes.py" line="-198"/>
        <source>by {author_name}</source>
        <translation>por {author_name}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Outcome: {outcome}</source>
        <translation>Resultado: {outcome}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Follow up on {follow_up_on}</source>
        <translation>Seguimiento el {follow_up_on}</translation>
    </message>
</context>
<context>
    <name>members</name>
    <message>
        <location filename="../../desktop/models/members.py" line="-243"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Membership no.</source>
        <translation>N.º de afiliación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workplace</source>
        <translation>Centro de trabajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessment</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dues paid until</source>
        <translation>Cuotas pagadas hasta</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
</context>
<context>
    <name>organising_tab</name>
    <message>
        <location filename="../../desktop/views/organising_tab.py" line="-25"/>
        <source>CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
        <translation>Archivos CSV (*.csv);;Libros de Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>passphrase</name>
    <message>
        <location filename="../../desktop/passphrase.py" line="+42"/>
        <source>Choose a passphrase: four or more unrelated words work well.</source>
        <translation>Elige una frase de contraseña: cuatro o más palabras sin relación entre sí funcionan bien.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Too short: use at least {MIN_PASSPHRASE} characters.</source>
        <translation>Demasiado corta: usa al menos {MIN_PASSPHRASE} caracteres.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Weak: add more words or characters.</source>
        <translation>Débil: añade más palabras o caracteres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fair: another word or two would make it much stronger.</source>
        <translation>Aceptable: una o dos palabras más la harían mucho más fuerte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Good.</source>
        <translation>Buena.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strong.</source>
        <translation>Fuerte.</translation>
    </message>
</context>
<context>
    <name>phrases</name>
    <message>
        <location filename="../../sync/exchange/importer/cleaning.py" line="+189"/>
        <source>{message} It is {length} characters long: its first {kept} are kept aside, the most a field holds.</source>
        <extracomment>{message} says why the value is kept aside; {length} and {kept} count characters</extracomment>
        <translation>{message} Tiene {length} caracteres: se guardan aparte los primeros {kept}, lo máximo que cabe en un campo.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>{value} is an Excel date number: read as {day}.</source>
        <extracomment>{value} is a number in the file, {day} the date it stands for</extracomment>
        <translation>{value} es un número de fecha de Excel: se leyó como {day}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{value} looks like an Excel date number; it can be read as {day}.</source>
        <translation>{value} parece un número de fecha de Excel; se puede leer como {day}.</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Not imported: the row holds no person (no name, email, phone, membership number or address).</source>
        <translation>No se importó: la fila no contiene a ninguna persona (ni nombre, ni correo, ni teléfono, ni número de afiliado, ni dirección).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The row has no name; the person was imported as {name}. Add their name.</source>
        <extracomment>{name} is what the person is imported as, &apos;(no name)&apos;</extracomment>
        <translation>La fila no tiene nombre; la persona se importó como {name}. Añade su nombre.</translation>
    </message>
    <message>
        <location filename="../../sync/exchange/importer/mapping.py" line="-2"/>
        <source>none saved yet</source>
        <translation>aún no hay ninguna guardada</translation>
    </message>
    <message>
        <location filename="../../sync/exchange/importer/planning.py" line="+56"/>
        <source>same id</source>
        <translation>mismo id</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>same email {email}</source>
        <translation>mismo correo {email}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>same name and phone</source>
        <translation>mismo nombre y teléfono</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it repeats row {row} of this file ({reason})</source>
        <extracomment>{row} is a row number of the spreadsheet, {reason} e.g. &quot;same email …&quot;</extracomment>
        <translation>repite la fila {row} de este archivo ({reason})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it matches the existing member {name} ({reason})</source>
        <extracomment>{name} is the member&apos;s name, {reason} e.g. &quot;same email …&quot;</extracomment>
        <translation>coincide con el afiliado existente {name} ({reason})</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>as its dates show</source>
        <extracomment>rows that cannot be read as they are (they will be rejected), and reading notes the spreadsheet row number of each previewed row (headings are row 1)</extracomment>
        <translation>como muestran sus fechas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>as in {region}</source>
        <extracomment>{region} is a country&apos;s two-letter code, e.g. US</extracomment>
        <translation>como en {region}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>as most countries write them</source>
        <translation>como las escribe la mayoría de los países</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dates in “{heading}” are read month first ({how}).</source>
        <extracomment>{heading} is a column&apos;s heading, {how} why (e.g. &quot;as its dates show&quot;)</extracomment>
        <translation>Las fechas de «{heading}» se leen con el mes primero ({how}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dates in “{heading}” are read day first ({how}).</source>
        <translation>Las fechas de «{heading}» se leen con el día primero ({how}).</translation>
    </message>
    <message>
        <location filename="../../sync/exchange/importer/reading.py" line="-189"/>
        <source>A quote (&quot;) opened in this row is never closed</source>
        <translation>Unas comillas (&quot;) abiertas en esta fila no se cierran nunca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the rest of the file</source>
        <translation>el resto del archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A quote (&quot;) opened in this row is not closed where its cell ends</source>
        <translation>Unas comillas (&quot;) abiertas en esta fila no se cierran donde acaba su celda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the lines after it</source>
        <translation>las líneas que la siguen</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Not imported: this line was read into row {row}, whose quote is not closed.</source>
        <extracomment>{row} is the number of the row whose quote swallowed this line</extracomment>
        <translation>No se importó: esta línea se leyó dentro de la fila {row}, cuyas comillas no se cierran.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{what}. Fix the quotes and import this row again.</source>
        <translation>{what}. Corrige las comillas e importa esta fila de nuevo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 line</source>
        <translation>1 línea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} lines</source>
        <translation>{n} líneas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what}, so it swallowed {swallowed} ({lines}). Fix the quotes and import this row again.</source>
        <extracomment>{what} is what is wrong with the quote, {swallowed} which lines it took in (e.g. &quot;the lines after it&quot;), {lines} how many (&quot;3 lines&quot;)</extracomment>
        <translation>{what}, así que se tragó {swallowed} ({lines}). Corrige las comillas e importa esta fila de nuevo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Read as Windows-1252, not UTF-8 like the rest of the file (check the accented letters there): row {rows}.</source>
        <translation>Leída como Windows-1252, no como UTF-8 igual que el resto del archivo (revisa allí las letras con tilde): fila {rows}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read as Windows-1252, not UTF-8 like the rest of the file (check the accented letters there): rows {rows}.</source>
        <translation>Leídas como Windows-1252, no como UTF-8 igual que el resto del archivo (revisa allí las letras con tilde): filas {rows}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read as Windows-1252, not UTF-8 like the rest of the file (check the accented letters there): rows {rows} and {more} more.</source>
        <extracomment>{rows} are the first 20 row numbers, {more} how many more rows there are</extracomment>
        <translation>Leídas como Windows-1252, no como UTF-8 igual que el resto del archivo (revisa allí las letras con tilde): filas {rows} y {more} más.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Read the sheet “{title}”; the other sheets ({others}) were not read.</source>
        <extracomment>{title} is the name of the sheet read, {others} those of the other sheets</extracomment>
        <translation>Se leyó la hoja «{title}»; las demás hojas ({others}) no se leyeron.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The row has {used} values but the file has {width} column headings, so its values cannot be matched to the columns (is there a comma in a value that is not in quotes?). Fix the row and import it again.</source>
        <extracomment>{used} and {width} are counts of values and of column headings</extracomment>
        <translation>La fila tiene {used} valores pero el archivo tiene {width} encabezados de columna, así que sus valores no se pueden asignar a las columnas (¿hay una coma en un valor que no está entre comillas?). Corrige la fila e impórtala de nuevo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The row has {used} values but the file has {width} column headings, so its values cannot be matched to the columns. Fix the row and import it again.</source>
        <translation>La fila tiene {used} valores pero el archivo tiene {width} encabezados de columna, así que sus valores no se pueden asignar a las columnas. Corrige la fila e impórtala de nuevo.</translation>
    </message>
    <message>
        <location filename="../../sync/exchange/importer/running.py" line="-122"/>
        <source>Cancelled: {figures}. Rows after the last whole batch were not imported.</source>
        <extracomment>{figures} is what the import did, e.g. &quot;5 imported, 0 updated, 1 skipped, 0 rejected&quot;</extracomment>
        <translation>Cancelado: {figures}. Las filas posteriores al último lote completo no se importaron.</translation>
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
        <translation>{imported} importados, {updated} actualizados, {skipped} omitidos, {rejected} rechazados</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{counts}. {flagged} row flagged to check, {repaired} repaired</source>
        <extracomment>{counts} is &quot;5 imported, 0 updated, 1 skipped, 0 rejected&quot;</extracomment>
        <translation>{counts}. {flagged} fila marcada para revisar, {repaired} reparadas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{counts}. {flagged} rows flagged to check, {repaired} repaired</source>
        <translation>{counts}. {flagged} filas marcadas para revisar, {repaired} reparadas</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>row {row}</source>
        <translation>la fila {row}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rows {first}–{last}</source>
        <translation>las filas {first}–{last}</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Skipped: {reason}.</source>
        <extracomment>{reason} is whom the row is the same person as, and why</extracomment>
        <translation>Omitida: {reason}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The unit {unit} needs a workplace; it was kept as {field}.</source>
        <extracomment>{unit} is a unit&apos;s name, {field} the custom field it was kept in</extracomment>
        <translation>La unidad {unit} necesita un centro de trabajo; se guardó como {field}.</translation>
    </message>
    <message>
        <location filename="../../sync/ops/always_on.py" line="-295"/>
        <source>unknown version</source>
        <translation>versión desconocida</translation>
    </message>
    <message>
        <location filename="../../sync/replica/delivery.py" line="+70"/>
        <source>change set {seq} of device {device}</source>
        <extracomment>{seq} is a change set&apos;s number, {device} the start of a device&apos;s key</extracomment>
        <translation>conjunto de cambios {seq} del dispositivo {device}</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>a change set</source>
        <translation>un conjunto de cambios</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It belongs to a different branch.</source>
        <translation>Pertenece a otra sección.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Another change set with the same number exists from this device: its vault was copied or forked; kept the first one.</source>
        <translation>Ya existe otro conjunto de cambios con el mismo número de este dispositivo: su caja fuerte se copió o se bifurcó; se conservó el primero.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>It was made after the device&apos;s access was revoked.</source>
        <translation>Se hizo después de que se revocara el acceso del dispositivo.</translation>
    </message>
    <message>
        <location filename="../../sync/replica/roster.py" line="+195"/>
        <source>It names an unknown table {table}.</source>
        <translation>Nombra una tabla desconocida {table}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Only an admin may change the branch or its keys.</source>
        <translation>Solo un administrador puede cambiar la sección o sus claves.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only an admin may admit or revoke devices.</source>
        <translation>Solo un administrador puede admitir o revocar dispositivos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The device is a viewer: it may not change records.</source>
        <translation>El dispositivo es lector: no puede cambiar registros.</translation>
    </message>
    <message>
        <location filename="../../sync/store/schema.py" line="+400"/>
        <source>It holds fields this version of Caucus does not know (a newer version wrote it); update Caucus and it is applied.</source>
        <extracomment>the name and table of each of :data:`INDEXES`, in order those on the replicated tables: the ones a bulk load builds after the rows why a change set naming a field this build does not know is set aside (rejected): a newer Caucus wrote it. After an upgrade that knows the field, the state is recomputed and such change sets apply (see :func:`upgrade` and ``Replica``&apos;s start).</extracomment>
        <translation>Contiene campos que esta versión de Caucus no conoce (lo escribió una versión más nueva); actualiza Caucus y se aplicará.</translation>
    </message>
    <message>
        <location filename="../../sync/exchange/importer/phone_words.py" line="+17"/>
        <source>The phone number {original}: its leading 0 was lost; read as {value}.</source>
        <extracomment>{original} is the phone number as the file has it, {value} how it is read</extracomment>
        <translation>El teléfono {original}: perdió su 0 inicial; se leyó como {value}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The phone number {original}: its leading 0 was lost; it can be read as {value}.</source>
        <translation>El teléfono {original}: perdió su 0 inicial; se puede leer como {value}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The phone number {original}: its + was lost; read as {value}.</source>
        <translation>El teléfono {original}: perdió su +; se leyó como {value}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The phone number {original}: its + was lost; it can be read as {value}.</source>
        <translation>El teléfono {original}: perdió su +; se puede leer como {value}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The phone number {original}: written in scientific notation and its leading 0 was lost; read as {value}.</source>
        <translation>El teléfono {original}: estaba en notación científica y perdió su 0 inicial; se leyó como {value}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The phone number {original}: written in scientific notation and its leading 0 was lost; it can be read as {value}.</source>
        <translation>El teléfono {original}: estaba en notación científica y perdió su 0 inicial; se puede leer como {value}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The phone number {original}: written in scientific notation and its + was lost; read as {value}.</source>
        <translation>El teléfono {original}: estaba en notación científica y perdió su +; se leyó como {value}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The phone number {original}: written in scientific notation and its + was lost; it can be read as {value}.</source>
        <translation>El teléfono {original}: estaba en notación científica y perdió su +; se puede leer como {value}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The phone number {original} was written in scientific notation; read as {value}.</source>
        <translation>El teléfono {original} estaba en notación científica; se leyó como {value}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The phone number {original} was written in scientific notation; it can be read as {value}.</source>
        <translation>El teléfono {original} estaba en notación científica; se puede leer como {value}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The phone number {original} is in scientific notation, so the spreadsheet has lost its last digits (it reads as {whole}); type the number again.</source>
        <extracomment>{original} is the phone number as the file has it, {whole} what it reads as</extracomment>
        <translation>El teléfono {original} está en notación científica, así que la hoja de cálculo perdió sus últimas cifras (se lee como {whole}); vuelve a escribir el número.</translation>
    </message>
    <message>
        <location filename="../../sync/exchange/importer/units.py" line="-75"/>
        <source>{counted} headcounts recorded, {skipped} rows skipped; {units} units and {workplaces} workplaces created.</source>
        <extracomment>{counted}, {skipped}, {units} and {workplaces} are counts</extracomment>
        <translation>{counted} censos registrados, {skipped} filas omitidas; se crearon {units} unidades y {workplaces} centros de trabajo.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>no headings</source>
        <translation>ningún encabezado</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No workplace named.</source>
        <translation>No se indica ningún centro de trabajo.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No headcount given.</source>
        <translation>No se indica ningún censo.</translation>
    </message>
    <message>
        <location filename="../../sync/records/country.py" line="+14"/>
        <source>The phone number {value} was kept as typed: the branch has no country to read national numbers by. Check it.</source>
        <extracomment>{value} is the phone number as typed, {region} a country&apos;s two-letter code</extracomment>
        <translation>El teléfono {value} se guardó tal como se escribió: la sección no tiene un país con el que leer los números nacionales. Revísalo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The phone number {value} was kept as typed: it is not a valid number for {region}. Check it.</source>
        <translation>El teléfono {value} se guardó tal como se escribió: no es un número válido para {region}. Revísalo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The phone number {value} was kept as typed: it is not a valid number. Check it.</source>
        <translation>El teléfono {value} se guardó tal como se escribió: no es un número válido. Revísalo.</translation>
    </message>
    <message>
        <location filename="../../sync/records/email_words.py" line="-44"/>
        <source>An email address must have an @-sign.</source>
        <translation>Una dirección de correo debe tener una @.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There must be something before the @-sign.</source>
        <translation>Tiene que haber algo antes de la @.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There must be something after the @-sign.</source>
        <translation>Tiene que haber algo después de la @.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There can&apos;t be anything after the email address.</source>
        <translation>No puede haber nada después de la dirección de correo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An email address cannot have two periods in a row.</source>
        <translation>Una dirección de correo no puede tener dos puntos seguidos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An email address cannot start with a period.</source>
        <translation>Una dirección de correo no puede empezar por un punto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An email address cannot end with a period.</source>
        <translation>Una dirección de correo no puede terminar en un punto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An email address cannot have a period immediately before the @-sign.</source>
        <translation>Una dirección de correo no puede tener un punto justo antes de la @.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An email address cannot have a period immediately after the @-sign.</source>
        <translation>Una dirección de correo no puede tener un punto justo después de la @.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An email address cannot have a hyphen immediately after the @-sign.</source>
        <translation>Una dirección de correo no puede tener un guion justo después de la @.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An email address cannot end with a hyphen.</source>
        <translation>Una dirección de correo no puede terminar en un guion.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An email address cannot have a period and a hyphen next to each other.</source>
        <translation>Una dirección de correo no puede tener un punto y un guion juntos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The part after the @-sign is not valid. It should have a period.</source>
        <translation>La parte después de la @ no es válida: debería tener un punto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The part after the @-sign is not valid. It is not within a valid top-level domain.</source>
        <translation>La parte después de la @ no es válida: no está en un dominio de primer nivel válido.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The part after the @-sign is a special-use or reserved name that cannot be used with email.</source>
        <translation>La parte después de la @ es un nombre reservado o de uso especial que no se puede usar para el correo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The email address contains invalid characters before the @-sign: SPACE.</source>
        <translation>La dirección de correo tiene un espacio antes de la @.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The part after the @-sign contains invalid characters: SPACE.</source>
        <translation>La parte después de la @ tiene un espacio.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The email address contains invalid characters before the @-sign: {chars}.</source>
        <extracomment>{chars} lists the characters, each in quotes: &apos;(&apos;, &apos;)&apos;</extracomment>
        <translation>La dirección de correo tiene caracteres no válidos antes de la @: {chars}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The part after the @-sign contains invalid characters: {chars}.</source>
        <extracomment>{chars} lists the characters, each in quotes: &apos;@&apos;, &apos;_&apos;</extracomment>
        <translation>La parte después de la @ tiene caracteres no válidos: {chars}.</translation>
    </message>
</context>
<context>
    <name>print_dialog</name>
    <message>
        <location filename="../../desktop/dialogs/print_dialog.py" line="-130"/>
        <source>PDF documents (*.pdf)</source>
        <extracomment>job(progress, cancel) -&gt; what it printed: an operation of sync.ops.documents the sentence that says what a job wrote</extracomment>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>Wrote {members} on {pages} to {path}.</source>
        <translation>Guardado en {path}: {members} en {pages}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Wrote {labels} on {pages} to {path}.</source>
        <translation>Guardado en {path}: {labels} en {pages}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{members} without a postal address or not to be posted to left out.</source>
        <translation>Se han dejado fuera {members} sin dirección postal o que no quieren recibir correo postal.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wrote a sign-in sheet of {names} on {pages} to {path}.</source>
        <translation>Guardado en {path}: una hoja de firmas de {names} en {pages}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wrote everything held about {name} to {data} (data) and {pdf} beside it ({pages} to print).</source>
        <translation>Todo lo que se guarda sobre {name} está en {data} (datos) y, junto a él, en {pdf} ({pages} para imprimir).</translation>
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
        <translation>Derivando la clave a partir de la frase de contraseña…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Creating the vault…</source>
        <translation>Creando la caja fuerte…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looking…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connecting to {subject}…</source>
        <translation>Conectando con {subject}…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check string: {subject}</source>
        <translation>Texto de comprobación: {subject}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The other laptop must show the same string; waiting for approval…</source>
        <translation>El otro portátil debe mostrar el mismo texto; esperando la aprobación…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking {subject}…</source>
        <translation>Comprobando {subject}…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Importing {subject}: {megabytes} of {megabytes2}</source>
        <translation>Importando {subject}: {megabytes} de {megabytes2}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Importing {subject}…</source>
        <translation>Importando {subject}…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sending to {laptop}: {done} of {total} changes</source>
        <translation>Enviando a {laptop}: {done} de {total} cambios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending to {laptop}: {done} changes</source>
        <translation>Enviando a {laptop}: {done} cambios</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Receiving from {laptop}: {done} of {total} changes</source>
        <translation>Recibiendo de {laptop}: {done} de {total} cambios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receiving from {laptop}: {done} changes</source>
        <translation>Recibiendo de {laptop}: {done} cambios</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Writing {what}…</source>
        <translation>Escribiendo {what}…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the file…</source>
        <translation>Escribiendo el archivo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row {done} of {total}</source>
        <translation>Fila {done} de {total}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Page {done} of {total}</source>
        <translation>Página {done} de {total}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Creating members: {done} of {total}</source>
        <translation>Creando afiliados: {done} de {total}</translation>
    </message>
</context>
<context>
    <name>relationships_box</name>
    <message>
        <location filename="../../desktop/views/relationships_box.py" line="-42"/>
        <source>works with</source>
        <extracomment>how a relationship reads from this person&apos;s side</extracomment>
        <translation>trabaja con</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>family of</source>
        <translation>familiar de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>neighbour of</source>
        <translation>vecino de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>influences</source>
        <translation>influye en</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is influenced by</source>
        <translation>recibe la influencia de</translation>
    </message>
</context>
<context>
    <name>sync_always_on</name>
    <message>
        <source>{n:,} bytes</source>
        <translation type="vanished">{n:,} bytes</translation>
    </message>
    <message>
        <source>{value:,.1f} MB</source>
        <translation type="vanished">{value:,.1f} MB</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_always_on.py" line="-305"/>
        <source>{n} bytes</source>
        <translation>{n} bytes</translation>
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
        <translation>recibidos: {received}; enviados: {sent}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Received {received} from {who}, sent {sent}.</source>
        <translation>Recibidos de {who}: {received}; enviados: {sent}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sync with {who} cancelled: {kept} before it stopped, kept whole. Sync again for the rest.</source>
        <translation>Se canceló la sincronización con {who}. Lo que se intercambió antes de detenerse ({kept}) se conserva entero. Vuelve a sincronizar para el resto.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not sync with {who}: {error}</source>
        <translation>No se pudo sincronizar con {who}: {error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync with {who} did not finish ({error}); {kept}, which are kept.</source>
        <translation>La sincronización con {who} no terminó ({error}); se conserva lo intercambiado ({kept}).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{time}: it synced with this laptop, {kept}</source>
        <translation>{time}: se sincronizó con este portátil ({kept})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{time}: synced, {kept}</source>
        <translation>{time}: sincronizado ({kept})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{time}: cancelled</source>
        <translation>{time}: cancelada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{time}: failed</source>
        <translation>{time}: falló</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was synced.</source>
        <translation>No se sincronizó nada.</translation>
    </message>
</context>
<context>
    <name>sync_pairing</name>
    <message>
        <location filename="../../desktop/views/sync_pairing.py" line="-214"/>
        <source>Only an admin laptop can pair a new laptop: ask the branch&apos;s admin.</source>
        <translation>Solo un portátil de administrador puede emparejar un portátil nuevo: pídeselo al administrador de la sección.</translation>
    </message>
</context>
<context>
    <name>sync_usb</name>
    <message>
        <location filename="../../desktop/views/sync_usb.py" line="-206"/>
        <location line="+3"/>
        <source>Importing {subject}</source>
        <extracomment>the words of the stages whose meaning depends on a folder sync</extracomment>
        <translation>Importando {subject}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writing this laptop&apos;s bundle to the folder</source>
        <translation>Escribiendo en la carpeta el paquete de este portátil</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Sync cancelled. {changes} brought in before it stopped were kept whole; sync again to fetch the rest.</source>
        <translation>Sincronización cancelada. Lo que se trajo antes de detenerse ({changes}) se conserva entero; vuelve a sincronizar para traer el resto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No other laptop&apos;s bundle was in the folder. This laptop&apos;s changes were written there for the next person.</source>
        <translation>No había en la carpeta ningún paquete de otro portátil. Los cambios de este portátil se escribieron allí para la siguiente persona.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Brought in {changes} from {laptops}; this laptop&apos;s changes were written to the folder.</source>
        <translation>Traído desde {laptops}: {changes}; los cambios de este portátil se escribieron en la carpeta.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Applied: {changes}</source>
        <translation>Aplicados: {changes}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already here: {changes}</source>
        <translation>Ya estaban aquí: {changes}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Held back until earlier changes arrive: {changes}</source>
        <translation>Retenidos hasta que lleguen cambios anteriores: {changes}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rejected: {changes}</source>
        <translation>Rechazados: {changes}</translation>
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
        <translation>Detenido a medias (cancelado); el resto llegará con la próxima sincronización.</translation>
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
        <translation>Archivos no importados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Written</source>
        <translation>Escrito</translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <location filename="../../desktop/tasks.py" line="-98"/>
        <source>The computer ran out of memory; close other programs and try again.</source>
        <translation>El ordenador se quedó sin memoria; cierra otros programas y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file could not be used: {value}.</source>
        <translation>No se pudo usar el archivo: {value}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Caucus hit an unexpected problem ({name__}). Nothing was changed by the failed step; please report this.</source>
        <translation>Caucus se encontró con un problema inesperado ({name__}). El paso que falló no cambió nada; por favor, informa de ello.</translation>
    </message>
</context>
<context>
    <name>values</name>
    <message>
        <location filename="../../desktop/value_words.py" line="+20"/>
        <source>Prospect</source>
        <translation>Posible afiliado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member</source>
        <translation>Afiliado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrears</source>
        <translation>Con cuotas atrasadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lapsed</source>
        <translation>Baja por impago</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resigned</source>
        <translation>Baja voluntaria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deceased</source>
        <translation>Fallecido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worker</source>
        <translation>Trabajador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenant</source>
        <translation>Inquilino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned</source>
        <translation>Prevista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Won</source>
        <translation>Ganada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost</source>
        <translation>Perdida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sms</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post</source>
        <translation>Correo postal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data processing</source>
        <translation>Tratamiento de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Former member</source>
        <translation>Antiguo afiliado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regular contact</source>
        <translation>Contacto habitual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attended</source>
        <translation>Asistió</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apologies</source>
        <translation>Se excusó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Absent</source>
        <translation>Ausente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift</source>
        <translation>Turno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site</source>
        <translation>Sede</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Floor</source>
        <translation>Planta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Building</source>
        <translation>Edificio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stairwell</source>
        <translation>Escalera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block</source>
        <translation>Bloque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Petition</source>
        <translation>Recogida de firmas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card</source>
        <translation>Tarjeta de apoyo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey</source>
        <translation>Encuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turnout</source>
        <translation>Participación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strike vote pledge</source>
        <translation>Compromiso de voto a favor de la huelga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In person</source>
        <translation>En persona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Mensaje de texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video</source>
        <translation>Videollamada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admin</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secretary</source>
        <translation>Secretario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Viewer</source>
        <translation>Lector</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Works with</source>
        <translation>Trabaja con</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Influences</source>
        <translation>Influye en</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neighbour</source>
        <translation>Vecino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asked undecided</source>
        <translation>Preguntado, sin decidir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not asked</source>
        <translation>Sin preguntar</translation>
    </message>
</context>
<context>
    <name>vault_fields</name>
    <message>
        <location filename="../../desktop/views/vault_fields.py" line="-128"/>
        <source>This device needs a name (for example &apos;Ana&apos;s laptop&apos;).</source>
        <translation>Este dispositivo necesita un nombre (por ejemplo, «Portátil de Ana»).</translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <location filename="../../desktop/widgets.py" line="+128"/>
        <source>Open a Caucus vault</source>
        <translation>Abrir una caja fuerte de Caucus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Caucus vaults (*.caucus);;All files (*)</source>
        <translation>Cajas fuertes de Caucus (*.caucus);;Todos los archivos (*)</translation>
    </message>
</context>
</TS>
