<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>AccessibleMemberTableModel</name>
    <message>
        <location filename="../../desktop/models/members.py" line="+460"/>
        <source>{text} (deleted)</source>
        <translation>{text} (excluído)</translation>
    </message>
</context>
<context>
    <name>AlwaysOnTab</name>
    <message>
        <location filename="../../desktop/views/sync_always_on.py" line="+91"/>
        <source>When the branch&apos;s laptops are rarely on at the same time, Syncthing can carry their changes between them, through an always-on box in the office if you have one. Only encrypted bundles travel; Syncthing never sees a name.</source>
        <extracomment>an always-on step brought changes in (refresh every view)</extracomment>
        <translation>Quando os notebooks do núcleo raramente estão ligados ao mesmo tempo, o Syncthing pode levar as alterações de um para outro, passando por uma máquina sempre ligada na sede, se vocês tiverem uma. Só circulam pacotes criptografados; o Syncthing nunca vê um nome.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Always-on sync</source>
        <translation>Sincronização sempre ligada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Always-on status</source>
        <translation>Situação da sincronização sempre ligada</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This laptop&apos;s Syncthing ID</source>
        <translation>ID do Syncthing deste notebook</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the Syncthing ID</source>
        <translation>Copiar o ID do Syncthing</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This laptop&apos;s Syncthing ID:</source>
        <translation>ID do Syncthing deste notebook:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Always-on folder</source>
        <translation>Pasta da sincronização sempre ligada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder:</source>
        <translation>Pasta:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last change received</source>
        <translation>Última alteração recebida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last change received:</source>
        <translation>Última alteração recebida:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bytes pending</source>
        <translation>Bytes pendentes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending:</source>
        <translation>Pendente:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Always-on peers</source>
        <translation>Participantes da sincronização sempre ligada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Laptop or box</source>
        <translation>Notebook ou máquina</translation>
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
        <translation>A enviar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Laptops not on always-on yet</source>
        <translation>Notebooks ainda fora da sincronização sempre ligada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find laptops over the internet (global discovery and relays)</source>
        <translation>Encontrar notebooks pela internet (descoberta global e retransmissores)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Global discovery and relays</source>
        <translation>Descoberta global e retransmissores</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Box&apos;s Syncthing ID</source>
        <translation>ID do Syncthing da máquina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The box&apos;s Syncthing device ID</source>
        <translation>O ID de dispositivo Syncthing da máquina</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Box&apos;s address</source>
        <translation>Endereço da máquina</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>for example {address}</source>
        <extracomment>{address} is an example of a box&apos;s address; it stays as it is</extracomment>
        <translation>por exemplo {address}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Box&apos;s name</source>
        <translation>Nome da máquina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office box</source>
        <translation>Máquina da sede</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Add a box</source>
        <translation>Adicionar uma máquina</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Always-on error</source>
        <translation>Erro na sincronização sempre ligada</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Starting Syncthing…</source>
        <translation>Iniciando o Syncthing…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stopping Syncthing…</source>
        <translation>Parando o Syncthing…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Give the box&apos;s Syncthing ID and its address.</source>
        <translation>Informe o ID do Syncthing da máquina e o endereço dela.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Off. Switch it on to let Syncthing carry this laptop&apos;s changes to the branch&apos;s other laptops and its box.</source>
        <translation>Desligada. Ligue para que o Syncthing leve as alterações deste notebook aos outros notebooks do núcleo e à máquina dele.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>On: your own Syncthing is running.</source>
        <translation>Ligada: o seu próprio Syncthing está funcionando.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On: your own Syncthing is not answering yet.</source>
        <translation>Ligada: o seu próprio Syncthing ainda não está respondendo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On: Caucus&apos;s own Syncthing is running.</source>
        <translation>Ligada: o Syncthing do próprio Caucus está funcionando.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On: Caucus&apos;s own Syncthing is not answering yet.</source>
        <translation>Ligada: o Syncthing do próprio Caucus ainda não está respondendo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>box</source>
        <translation>máquina</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>laptop</source>
        <translation>notebook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>connected</source>
        <translation>conectado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not connected</source>
        <translation>não conectado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> This laptop has changes not yet in the folder.</source>
        <translation> Este notebook tem alterações que ainda não estão na pasta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{incoming} to receive, {outgoing} to send.</source>
        <translation>{incoming} a receber, {outgoing} a enviar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not on always-on yet: </source>
        <translation>Ainda fora da sincronização sempre ligada: </translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <location filename="../../desktop/views/attendance.py" line="+84"/>
        <source>Member</source>
        <translation>Filiado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attended</source>
        <translation>Presente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apologies</source>
        <translation>Ausência justificada</translation>
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
        <translation>Reunião</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print sign-in sheet…</source>
        <translation>Imprimir lista de presença…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print sign-in sheet</source>
        <translation>Imprimir lista de presença</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this meeting&apos;s sign-in sheet as a PDF to print: every current member, with spare lines</source>
        <translation>Salvar a lista de presença desta reunião como PDF para imprimir: todos os filiados atuais, com linhas em branco</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Quorum count</source>
        <translation>Contagem do quórum</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find a member to mark</source>
        <translation>Encontrar um filiado para marcar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a name, then Down; A attended, P apologies, X absent</source>
        <translation>Digite um nome e depois Down (↓); A: presente, P: ausência justificada, X: ausente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Attendance</source>
        <translation>Presença</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Attendance error</source>
        <translation>Erro na lista de presença</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>{extra} more: type more of a name to narrow the list.</source>
        <translation>Mais {extra}: digite mais letras do nome para filtrar a lista.</translation>
    </message>
    <message>
        <source>{extra:,} more: type more of a name to narrow the list.</source>
        <translation type="vanished">Mais {extra:,}: digite mais letras do nome para filtrar a lista.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Attended: {attended}  ·  Apologies: {apologies}  ·  Absent: {absent}</source>
        <translation>Presentes: {attended}  ·  Ausências justificadas: {apologies}  ·  Ausentes: {absent}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>quorate</source>
        <translation>com quórum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{value} more needed for quorum</source>
        <translation>Faltam {value} para o quórum</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  ·  Quorum: {attended} of {quorum} ({state})</source>
        <translation>  ·  Quórum: {attended} de {quorum} ({state})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  ·  No quorum set</source>
        <translation>  ·  Sem quórum definido</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save the sign-in sheet as a PDF</source>
        <translation>Salvar a lista de presença como PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in {value} {title}</source>
        <translation>Lista de presença {value} {title}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sign-in sheet</source>
        <translation>Lista de presença</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sign-in sheet for {title}: every current member, with a column to sign and spare lines for others.</source>
        <translation>A lista de presença de {title}: todos os filiados atuais, com uma coluna para assinar e linhas em branco para outras pessoas.</translation>
    </message>
</context>
<context>
    <name>BusyBar</name>
    <message>
        <location filename="../../desktop/widgets.py" line="+68"/>
        <source>Working</source>
        <extracomment>how long work runs before :meth:`set_busy` shows the bar</extracomment>
        <translation>Processando</translation>
    </message>
</context>
<context>
    <name>CampaignsPage</name>
    <message>
        <location filename="../../desktop/views/list_pages.py" line="+317"/>
        <source>Campaigns</source>
        <translation>Campanhas</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+1"/>
        <source>New campaign name</source>
        <translation>Nome da nova campanha</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Starts</source>
        <translation>Início</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start date</source>
        <translation>Data de início</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add campaign</source>
        <translation>Adicionar campanha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No campaigns yet. Type a campaign&apos;s name below and press Add campaign; conversations can then be linked to it.</source>
        <translation>Nenhuma campanha ainda. Digite o nome de uma campanha abaixo e clique em Adicionar campanha; depois as conversas podem ser vinculadas a ela.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description</source>
        <translation>&amp;Descrição</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Starts</source>
        <translation>&amp;Início</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ends</source>
        <translation>&amp;Término</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tatus</source>
        <translation>&amp;Situação</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <location filename="../../desktop/views/wall_chart.py" line="+79"/>
        <source>Wall chart</source>
        <extracomment>the answer a key records on the current card the baseline&apos;s offset in a line, for the bold (True) and the small font a person to open (their id) record this answer for this person move this person to this unit (&quot;&quot; for none)</extracomment>
        <translation>Mapa de parede</translation>
    </message>
    <message>
        <location line="+235"/>
        <source>member</source>
        <extracomment>what a click on a card does: None opens the person, else records this answer measured once: texts&apos; widths (by text and font), flags elided to a width</extracomment>
        <translation>filiado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not a member</source>
        <translation>não filiado</translation>
    </message>
    <message>
        <source>assessment {0}</source>
        <translation type="vanished">avaliação {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not assessed</source>
        <translation>sem avaliação</translation>
    </message>
    <message>
        <source>point person: {0}</source>
        <translation type="vanished">pessoa de referência: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no point person</source>
        <translation>sem pessoa de referência</translation>
    </message>
    <message>
        <source>point person for {0}</source>
        <translation type="vanished">pessoa de referência de {0}</translation>
    </message>
    <message>
        <source>Open {0}</source>
        <translation type="vanished">Abrir {0}</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>assessment {assessment}</source>
        <translation>avaliação {assessment}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>point person: {point_person}</source>
        <translation>pessoa de referência: {point_person}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>point person for {covers}</source>
        <translation>pessoa de referência de {covers}</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Open {name}</source>
        <translation>Abrir {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answer</source>
        <translation>Resposta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asked, undecided</source>
        <translation>Perguntado, indeciso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not asked yet</source>
        <translation>Ainda não perguntado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move to unit</source>
        <translation>Mover para a unidade</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No unit</source>
        <translation>Sem unidade</translation>
    </message>
</context>
<context>
    <name>ConflictsTab</name>
    <message>
        <location filename="../../desktop/views/conflicts.py" line="+118"/>
        <source>Two laptops changed the same thing while apart. Nothing was lost: both values are kept until you choose. The value shown elsewhere meanwhile is the newest.</source>
        <extracomment>the number of open conflicts changed (for the navigation badge) a conflict was settled (records changed: refresh the views)</extracomment>
        <translation>Dois notebooks alteraram a mesma coisa enquanto estavam separados. Nada se perdeu: os dois valores ficam guardados até você escolher. Enquanto isso, o valor mostrado no resto do programa é o mais recente.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Conflicts</source>
        <translation>Conflitos</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Conflict details</source>
        <translation>Detalhes do conflito</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep mine</source>
        <translation>Manter o meu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep theirs</source>
        <translation>Manter o do outro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a new value…</source>
        <translation>Digite um novo valor…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep deleted</source>
        <translation>Manter excluído</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No conflicts on this laptop.</source>
        <translation>Nenhum conflito neste notebook.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided here. The other laptops still show the conflict until they sync with this one (by USB stick or at a meeting); then they take this decision.</source>
        <translation>Decidido aqui. Os outros notebooks continuam mostrando o conflito até sincronizarem com este (por pendrive ou numa reunião); aí eles adotam esta decisão.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decision status</source>
        <translation>Situação da decisão</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Conflict error</source>
        <translation>Erro no conflito</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Type a new value</source>
        <translation>Digite um novo valor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New value for {what}:</source>
        <translation>Novo valor para {what}:</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <location filename="../../desktop/i18n.py" line="+76"/>
        <source>%Ln changes</source>
        <translation>
            <numerusform>%Ln alteração</numerusform>
            <numerusform>%Ln alterações</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln laptops</source>
        <translation>
            <numerusform>%Ln notebook</numerusform>
            <numerusform>%Ln notebooks</numerusform>
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
            <numerusform>%Ln filiado</numerusform>
            <numerusform>%Ln filiados</numerusform>
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
            <numerusform>%Ln nome</numerusform>
            <numerusform>%Ln nomes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln conflicts need a decision (see Conflicts).</source>
        <translation>
            <numerusform>%Ln conflito precisa de uma decisão (veja Conflitos).</numerusform>
            <numerusform>%Ln conflitos precisam de uma decisão (veja Conflitos).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln changes wait for earlier ones to arrive.</source>
        <translation>
            <numerusform>%Ln alteração aguarda a chegada das anteriores.</numerusform>
            <numerusform>%Ln alterações aguardam a chegada das anteriores.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln rows to import.</source>
        <translation>
            <numerusform>%Ln linha para importar.</numerusform>
            <numerusform>%Ln linhas para importar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln of them cannot be read as they are; Check rows lists them and why.</source>
        <translation>
            <numerusform>%Ln delas não pode ser lida como está; Verificar linhas mostra qual é e por quê.</numerusform>
            <numerusform>%Ln delas não podem ser lidas como estão; Verificar linhas lista quais são e por quê.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln changes rejected.</source>
        <translation>
            <numerusform>%Ln alteração rejeitada.</numerusform>
            <numerusform>%Ln alterações rejeitadas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreateBranchPage</name>
    <message>
        <location filename="../../desktop/views/first_run.py" line="+173"/>
        <source>Create a branch</source>
        <translation>Criar um núcleo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The passphrase encrypts everything on this laptop. Nobody can recover it for you: write it down and keep it somewhere safe.</source>
        <translation>A frase-senha criptografa tudo neste notebook. Ninguém consegue recuperá-la para você: anote-a e guarde-a num lugar seguro.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>for example: Northside Tenants&apos; Union</source>
        <translation>por exemplo: Sindicato dos Inquilinos da Zona Norte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Branch name error</source>
        <translation>Erro no nome do núcleo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Branch name</source>
        <translation>&amp;Nome do núcleo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Branch name</source>
        <translation>Nome do núcleo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Creating the vault</source>
        <translation>Criando o cofre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Create branch</source>
        <translation>Criar núcleo</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The branch needs a name.</source>
        <translation>O núcleo precisa de um nome.</translation>
    </message>
</context>
<context>
    <name>DataMenu</name>
    <message>
        <location filename="../../desktop/data_menu.py" line="+34"/>
        <location line="+25"/>
        <source>Data</source>
        <translation>Dados</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Import a spreadsheet…</source>
        <translation>Importar uma planilha…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the list as shown…</source>
        <translation>Exportar a lista como exibida…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print member list…</source>
        <translation>Imprimir lista de filiados…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the list as shown as a PDF to print (Ctrl+P)</source>
        <translation>Salvar a lista como exibida em PDF para imprimir (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print mailing labels…</source>
        <translation>Imprimir etiquetas de endereçamento…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4 labels, 3 × 7, for the list as shown</source>
        <translation>Etiquetas A4, 3 × 7, para a lista como exibida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find and merge duplicates…</source>
        <translation>Encontrar e mesclar duplicados…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the list&apos;s &amp;emails</source>
        <translation>Copiar os &amp;e-mails da lista</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everyone in the list as shown who may be emailed, ready to paste into BCC</source>
        <translation>Todas as pessoas da lista exibida que aceitam receber e-mail, prontas para colar no campo Cco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the list&apos;s &amp;phone numbers</source>
        <translation>Copiar os &amp;telefones da lista</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everyone in the list as shown who may be phoned</source>
        <translation>Todas as pessoas da lista exibida que aceitam receber ligações</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Data: import, export, print, duplicates</source>
        <translation>Dados: importar, exportar, imprimir, duplicados</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Nobody in the list can be reached that way.</source>
        <translation>Ninguém na lista pode ser contatado desse jeito.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>emails</source>
        <translation>e-mails</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>phone numbers</source>
        <translation>telefones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copied {count} {what}; {left_out} left out (not to be contacted that way), {missing} with none. The clipboard is cleared in {seconds} seconds.</source>
        <translation>Copiados: {count} {what}; {left_out} deixados de fora (não querem ser contatados desse jeito), {missing} sem nenhum. A área de transferência será limpa em {seconds} segundos.</translation>
    </message>
    <message>
        <source>Copied {0} {1}; {2} left out (not to be contacted that way), {3} with none. The clipboard is cleared in {4} seconds.</source>
        <translation type="vanished">Copiados: {0} {1}; {2} deixados de fora (não querem ser contatados desse jeito), {3} sem nenhum. A área de transferência será limpa em {4} segundos.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save the member list as a PDF</source>
        <translation>Salvar a lista de filiados como PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>Member list</source>
        <translation>Lista de filiados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The members in the list as shown, in its order.</source>
        <translation>Os filiados da lista como exibida, na mesma ordem.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save mailing labels as a PDF</source>
        <translation>Salvar etiquetas de endereçamento como PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>Mailing labels</source>
        <translation>Etiquetas de endereçamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4 sheets of 3 × 7 labels (63.5 × 38.1 mm) for the members in the list as shown who have a postal address and may be posted to.</source>
        <translation>Folhas A4 com 3 × 7 etiquetas (63,5 × 38,1 mm) para os filiados da lista exibida que têm endereço postal e aceitam receber correspondência.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>{0} (e.g. {1})</source>
        <translation type="vanished">{0} (ex.: {1})</translation>
    </message>
    <message>
        <source>e.g. {0} or 2031-12-31</source>
        <translation type="vanished">ex.: {0} ou 2031-12-31</translation>
    </message>
    <message>
        <location filename="../../desktop/dates.py" line="+52"/>
        <source>{placeholder} (e.g. {example})</source>
        <translation>{placeholder} (ex.: {example})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. {example} or 2031-12-31</source>
        <translation>ex.: {example} ou 2031-12-31</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pick a date (Alt+Down)</source>
        <translation>Escolher uma data (Alt+Down)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Calendar</source>
        <translation>Calendário</translation>
    </message>
</context>
<context>
    <name>DemoPage</name>
    <message>
        <location filename="../../desktop/views/demo_page.py" line="+49"/>
        <source>Try the demo</source>
        <extracomment>the demo&apos;s session and a sentence to show with it</extracomment>
        <translation>Experimentar a demonstração</translation>
    </message>
    <message>
        <source>Making a demo branch with {members:,} invented members…</source>
        <translation type="vanished">Criando um núcleo de demonstração com {members:,} filiados inventados…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+58"/>
        <source>Making a demo branch with {members} invented members…</source>
        <translation>Criando um núcleo de demonstração com {members} filiados inventados…</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Demo progress</source>
        <translation>Andamento da demonstração</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The demo branch is ready, in its own file: your real branch stays apart. Its passphrase is below. Close the demo from the Vault menu when you are done; Try the demo opens it again.</source>
        <translation>O núcleo de demonstração está pronto, num arquivo próprio: o seu núcleo de verdade fica separado. A frase-senha dele está abaixo. Feche a demonstração pelo menu Cofre quando terminar; Experimentar a demonstração abre-a de novo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Demo passphrase</source>
        <translation>Frase-senha da demonstração</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the demo</source>
        <translation>Cancelar a demonstração</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the demo</source>
        <translation>Abrir a demonstração</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Opening the demo branch made earlier…</source>
        <translation>Abrindo o núcleo de demonstração criado antes…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Done.</source>
        <translation>Pronto.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Making the demo branch was cancelled; nothing was kept.</source>
        <translation>A criação do núcleo de demonstração foi cancelada; nada foi guardado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The demo branch could not be made.</source>
        <translation>Não foi possível criar o núcleo de demonstração.</translation>
    </message>
</context>
<context>
    <name>Devices</name>
    <message>
        <location filename="../../desktop/views/devices.py" line="+65"/>
        <source>a laptop no longer listed</source>
        <translation>um notebook que não está mais na lista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>founded the branch</source>
        <translation>fundou o núcleo</translation>
    </message>
</context>
<context>
    <name>DevicesTab</name>
    <message>
        <location line="+33"/>
        <source>Every laptop that holds this branch. Only an admin can admit or revoke one.</source>
        <translation>Todos os notebooks que guardam este núcleo. Só um administrador pode admitir ou revogar um notebook.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Branch fingerprint</source>
        <translation>Impressão digital do núcleo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A laptop joining with a welcome file shows this before it joins: the two must be the same.</source>
        <translation>Um notebook que entra com um arquivo de boas-vindas mostra isto antes de entrar: as duas precisam ser iguais.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Admit a laptop from a join request file…</source>
        <translation>Admitir um notebook a partir de um arquivo de pedido de entrada…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admit a laptop</source>
        <translation>Admitir um notebook</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoke…</source>
        <translation>Revogar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+87"/>
        <source>Revoke</source>
        <translation>Revogar</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Devices error</source>
        <translation>Erro nos dispositivos</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Branch fingerprint: {fingerprint}</source>
        <translation>Impressão digital do núcleo: {fingerprint}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Only an admin laptop can do this.</source>
        <translation>Só um notebook administrador pode fazer isso.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Revoke a laptop</source>
        <translation>Revogar um notebook</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Choose the join request file</source>
        <translation>Escolha o arquivo de pedido de entrada</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save the welcome file</source>
        <translation>Salvar o arquivo de boas-vindas</translation>
    </message>
</context>
<context>
    <name>DuplicatesTable</name>
    <message>
        <location filename="../../desktop/dialogs/import_duplicates.py" line="+31"/>
        <source>Row</source>
        <translation>Linha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In the file</source>
        <translation>No arquivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Same person as</source>
        <translation>Mesma pessoa que</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Do</source>
        <translation>Ação</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rows matching existing members</source>
        <translation>Linhas que correspondem a filiados existentes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Row {row} of this file: {name} ({reason})</source>
        <extracomment>{row} is a row number of the spreadsheet, {name} who is on it, {reason} why it is the same person (the engine&apos;s words)</extracomment>
        <translation>Linha {row} deste arquivo: {name} ({reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} ({reason})</source>
        <translation>{name} ({reason})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Row {row}</source>
        <translation>Linha {row}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(as chosen above)</source>
        <translation>(como escolhido acima)</translation>
    </message>
</context>
<context>
    <name>EmptyList</name>
    <message>
        <location filename="../../desktop/views/members_keys.py" line="+86"/>
        <source>What to do next</source>
        <extracomment>the user asked to clear the search and the filters</extracomment>
        <translation>O que fazer agora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lear the search and filters</source>
        <translation>&amp;Limpar a busca e os filtros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the search and filters</source>
        <translation>Limpar a busca e os filtros</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No one matches “{search}”. Check the spelling, or clear the search.</source>
        <translation>Ninguém corresponde a “{search}”. Confira a grafia ou limpe a busca.</translation>
    </message>
    <message>
        <source>No one matches “{0}”. Check the spelling, or clear the search.</source>
        <translation type="vanished">Ninguém corresponde a “{0}”. Confira a grafia ou limpe a busca.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No one matches these filters.</source>
        <translation>Ninguém corresponde a estes filtros.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No members yet. Press New member (Ctrl+N) to add one, or bring in a spreadsheet with Data → Import.</source>
        <translation>Nenhum filiado ainda. Clique em Novo filiado (Ctrl+N) para adicionar um, ou traga uma planilha com Dados → Importar.</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../../desktop/dialogs/erase.py" line="+26"/>
        <source>Erase member for good</source>
        <translation>Apagar filiado definitivamente</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This permanently erases {member_name} — their details, notes, tags, consents and history, and saved searches that name them — from this laptop, and from every laptop of the branch after sync. It cannot be undone.

Use it when someone asks to be forgotten. To take someone off the list but keep their record, use Delete instead (deleted members can be restored).</source>
        <translation>Isto apaga definitivamente {member_name} — dados, anotações, marcadores, consentimentos e histórico, além das buscas salvas que citam essa pessoa — deste notebook e, depois da sincronização, de todos os notebooks do núcleo. Não pode ser desfeito.

Use quando alguém pedir para ser esquecido. Para tirar alguém da lista mas manter o registro, use Excluir (filiados excluídos podem ser restaurados).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>I understand: erase this person for good</source>
        <translation>Entendo: apagar esta pessoa definitivamente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm erasure</source>
        <translation>Confirmar o apagamento</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>Erase for good</source>
        <translation>Apagar definitivamente</translation>
    </message>
</context>
<context>
    <name>ErrorLabel</name>
    <message>
        <location filename="../../desktop/widgets.py" line="-23"/>
        <source>Error message</source>
        <translation>Mensagem de erro</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/dialogs/export_dialog.py" line="+80"/>
        <location line="+93"/>
        <source>Export members</source>
        <translation>Exportar filiados</translation>
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
        <translation>Exportar para arquivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where to save the file</source>
        <translation>Onde salvar o arquivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File:</source>
        <translation>Arquivo:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Columns:</source>
        <translation>Colunas:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Columns to export</source>
        <translation>Colunas a exportar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export result</source>
        <translation>Resultado da exportação</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recent exports</source>
        <translation>Exportações recentes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{count} members in the current list will be exported.</source>
        <translation>{count} filiados da lista atual serão exportados.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{time} · {device} · {kind} · {rows} rows · {file}</source>
        <translation>{time} · {device} · {kind} · {rows} linhas · {file}</translation>
    </message>
    <message>
        <source>{0} · {1} · {2} · {3} rows · {4}</source>
        <translation type="vanished">{0} · {1} · {2} · {3} linhas · {4}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recent exports:</source>
        <translation>Exportações recentes:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Choose where to save the file.</source>
        <translation>Escolha onde salvar o arquivo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose at least one column.</source>
        <translation>Escolha pelo menos uma coluna.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Exported {rows} members to {path}. It is not encrypted.</source>
        <translation>{rows} filiados exportados para {path}. O arquivo não está criptografado.</translation>
    </message>
</context>
<context>
    <name>ExtraFilters</name>
    <message>
        <location filename="../../desktop/views/member_filters.py" line="+36"/>
        <source>Dues unpaid before</source>
        <translation>Mensalidade em aberto antes de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only members with dues unpaid before a date</source>
        <translation>Só filiados com mensalidade em aberto antes de uma data</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dues unpaid before date</source>
        <translation>Data limite da mensalidade em aberto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lowest assessment</source>
        <translation>Avaliação mínima</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highest assessment</source>
        <translation>Avaliação máxima</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Assessment</source>
        <translation>Avaliação</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>até</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>any</source>
        <translation>qualquer</translation>
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
        <translation>Arquivos JSON (*.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caucus vaults (*.caucus)</source>
        <translation>Cofres do Caucus (*.caucus)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV spreadsheets (*.csv)</source>
        <translation>Planilhas CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Pastas de trabalho do Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreadsheets (*.csv *.xlsx *.txt)</source>
        <translation>Planilhas (*.csv *.xlsx *.txt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join requests (*.caucus-request)</source>
        <translation>Pedidos de entrada (*.caucus-request)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welcome files (*.caucus-welcome)</source>
        <translation>Arquivos de boas-vindas (*.caucus-welcome)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync files (*.caucus-bundle)</source>
        <translation>Arquivos de sincronização (*.caucus-bundle)</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+15"/>
        <source>All files (*)</source>
        <translation>Todos os arquivos (*)</translation>
    </message>
</context>
<context>
    <name>FinishJoinWindow</name>
    <message>
        <location filename="../../desktop/views/join_page.py" line="+371"/>
        <source>Finish joining — Caucus</source>
        <extracomment>the joined session, and a sentence to show with it</extracomment>
        <translation>Concluir a entrada — Caucus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finish joining</source>
        <translation>Concluir a entrada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This laptop&apos;s vault is ready, but it is not yet part of a branch.</source>
        <translation>O cofre deste notebook está pronto, mas ele ainda não faz parte de um núcleo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Join request file</source>
        <translation>Arquivo de pedido de entrada</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1. Take the join request to an admin. On an admin&apos;s laptop: {ADMIT_PATH}; it saves a welcome file made for this laptop only.
2. Bring the welcome file back and load it here.</source>
        <translation>1. Leve o pedido de entrada a um administrador. No notebook de um administrador: {ADMIT_PATH}; isso salva um arquivo de boas-vindas feito só para este notebook.
2. Traga o arquivo de boas-vindas de volta e carregue-o aqui.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Make the request file again…</source>
        <translation>Gerar o arquivo de pedido de novo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make the request file again</source>
        <translation>Gerar o arquivo de pedido de novo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load the welcome file…</source>
        <translation>Carregar o arquivo de boas-vindas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load the welcome file</source>
        <translation>Carregar o arquivo de boas-vindas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loading the welcome file</source>
        <translation>Carregando o arquivo de boas-vindas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Joining error</source>
        <translation>Erro ao entrar no núcleo</translation>
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
        <translation>Carregue o arquivo de boas-vindas de novo para concluir a entrada.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Check the branch</source>
        <translation>Confira o núcleo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This welcome file is for the branch “{branch_name}”.

Branch fingerprint:  {fingerprint}

On the admin&apos;s laptop, Sync → Devices shows the branch fingerprint. Join only if the two are the same.</source>
        <translation>Este arquivo de boas-vindas é do núcleo “{branch_name}”.

Impressão digital do núcleo:  {fingerprint}

No notebook do administrador, Sincronização → Dispositivos mostra a impressão digital do núcleo. Só entre se as duas forem iguais.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>They match: join</source>
        <translation>São iguais: entrar</translation>
    </message>
</context>
<context>
    <name>FirstRunWindow</name>
    <message>
        <location filename="../../desktop/views/first_run.py" line="-171"/>
        <location line="+23"/>
        <source>Welcome to Caucus</source>
        <extracomment>an unlocked session (a new branch, the demo, a joined branch or one waiting to join) the user picked an existing vault file to unlock a new branch was made (the app then asks to write the passphrase down)</extracomment>
        <translation>Boas-vindas ao Caucus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Caucus keeps your branch&apos;s member list on this laptop, encrypted with a passphrase only you know. Officers&apos; laptops sync with each other directly — by USB stick or at a meeting — with no server and no cloud.</source>
        <translation>O Caucus guarda a lista de filiados do seu núcleo neste notebook, criptografada com uma frase-senha que só você conhece. Os notebooks dos dirigentes sincronizam diretamente entre si — por pendrive ou numa reunião — sem servidor e sem nuvem.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create a branch</source>
        <translation>Criar um núcleo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new, empty branch on this laptop. You become its first admin.</source>
        <translation>Comece um núcleo novo e vazio neste notebook. Você será o primeiro administrador.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open an existing vault file…</source>
        <translation>Abrir um arquivo de cofre existente…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock a Caucus vault file that is already on this computer or a stick.</source>
        <translation>Desbloquear um arquivo de cofre do Caucus que já está neste computador ou num pendrive.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try the demo</source>
        <translation>Experimentar a demonstração</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a demo branch with 2,000 invented members to look around safely.</source>
        <translation>Crie um núcleo de demonstração com 2.000 filiados inventados para explorar sem riscos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Join a branch</source>
        <translation>Entrar em um núcleo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add this laptop to a branch another officer already runs.</source>
        <translation>Adicionar este notebook a um núcleo que outro dirigente já mantém.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The vault will be kept at {vault_path}</source>
        <translation>O cofre ficará em {vault_path}</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../desktop/views/member_notes.py" line="+163"/>
        <location line="+50"/>
        <source>(empty)</source>
        <translation>(vazio)</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>(erased)</source>
        <translation>(apagado)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+6"/>
        <source>Tag added</source>
        <translation>Marcador adicionado</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Tag removed</source>
        <translation>Marcador removido</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(a workplace no longer listed)</source>
        <translation>(um local de trabalho que não está mais na lista)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Consent: {kind}</source>
        <translation>Consentimento: {kind}</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../desktop/dialogs/import_wizard.py" line="+131"/>
        <location line="+126"/>
        <source>Import members</source>
        <translation>Importar filiados</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>A .csv or .xlsx file</source>
        <translation>Um arquivo .csv ou .xlsx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File to import</source>
        <translation>Arquivo a importar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read file</source>
        <translation>Ler arquivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File:</source>
        <translation>Arquivo:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved mapping</source>
        <translation>Mapeamento salvo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(guess from the headings)</source>
        <translation>(deduzir pelos cabeçalhos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mapping:</source>
        <translation>Mapeamento:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name to save this mapping under (optional)</source>
        <translation>Nome para salvar este mapeamento (opcional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save mapping as</source>
        <translation>Salvar mapeamento como</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save mapping</source>
        <translation>Salvar mapeamento</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Column</source>
        <translation>Coluna</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First value</source>
        <translation>Primeiro valor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import as</source>
        <translation>Importar como</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Column mapping</source>
        <translation>Mapeamento de colunas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Preview of the first rows</source>
        <translation>Prévia das primeiras linhas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When a row matches an existing member</source>
        <translation>Quando uma linha corresponde a um filiado existente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check rows</source>
        <translation>Verificar linhas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows matching an existing member:</source>
        <translation>Linhas que correspondem a um filiado existente:</translation>
    </message>
    <message>
        <location line="+229"/>
        <source>{rows} rows: {rejected} will be rejected, {matching} match existing members or earlier rows, {flagged} have values to check (below: type a fix, then Check rows again).</source>
        <translation>{rows} linhas: {rejected} serão rejeitadas, {matching} correspondem a filiados existentes ou a linhas anteriores, {flagged} têm valores a conferir (abaixo: digite uma correção e clique em Verificar linhas de novo).</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Row {row}: {why}</source>
        <translation>Linha {row}: {why}</translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="vanished">Linha</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation type="vanished">No arquivo</translation>
    </message>
    <message>
        <source>Same person as</source>
        <translation type="vanished">Mesma pessoa que</translation>
    </message>
    <message>
        <source>Do</source>
        <translation type="vanished">Ação</translation>
    </message>
    <message>
        <source>Rows matching existing members</source>
        <translation type="vanished">Linhas que correspondem a filiados existentes</translation>
    </message>
    <message>
        <location line="-300"/>
        <source>&amp;Repair what spreadsheet programs damage: a lost leading 0, numbers shown as 4.47913E+11, dates shown as day numbers</source>
        <translation>&amp;Consertar o que os programas de planilha estragam: um 0 inicial perdido, números exibidos como 4,47913E+11, datas exibidas como números de dias</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repair damaged values</source>
        <translation>Consertar valores danificados</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import result</source>
        <translation>Resultado da importação</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rows not imported</source>
        <translation>Linhas não importadas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop import</source>
        <translation>Parar a importação</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Choose a file to import.</source>
        <translation>Escolha um arquivo para importar.</translation>
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
        <translation>Campo personalizado “{heading}”</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Custom field “{target}”</source>
        <translation>Campo personalizado “{target}”</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Give the mapping a name to save it under.</source>
        <translation>Dê um nome para salvar o mapeamento.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved the mapping as “{name}”.</source>
        <translation>Mapeamento salvo como “{name}”.</translation>
    </message>
    <message>
        <source>{count} rows: {count2} will be rejected, {count3} match existing members or earlier rows, {flagged} have values to check (below: type a fix, then Check rows again).</source>
        <translation type="vanished">{count} linhas: {count2} serão rejeitadas, {count3} correspondem a filiados existentes ou a linhas anteriores, {flagged} têm valores a conferir (abaixo: digite uma correção e clique em Verificar linhas de novo).</translation>
    </message>
    <message>
        <source>Row {duplicate_row} of this file: </source>
        <translation type="vanished">Linha {duplicate_row} deste arquivo: </translation>
    </message>
    <message>
        <source>Row {row}</source>
        <translation type="vanished">Linha {row}</translation>
    </message>
    <message>
        <source>(as chosen above)</source>
        <translation type="vanished">(como escolhido acima)</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Stopping after the current batch…</source>
        <translation>Parando depois do lote atual…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Imported. Read a file again to import more.</source>
        <translation>Importado. Leia um arquivo de novo para importar mais.</translation>
    </message>
</context>
<context>
    <name>IssuesTable</name>
    <message>
        <location filename="../../desktop/dialogs/import_issues.py" line="+33"/>
        <source>Row</source>
        <translation>Linha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column</source>
        <translation>Coluna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the file</source>
        <translation>No arquivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What was done</source>
        <translation>O que foi feito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your fix (type to replace)</source>
        <translation>Sua correção (digite para substituir)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Values to check</source>
        <translation>Valores a conferir</translation>
    </message>
</context>
<context>
    <name>JoinPage</name>
    <message>
        <location filename="../../desktop/views/join_page.py" line="-405"/>
        <source>Where to save the join request (for example your USB stick)</source>
        <translation>Onde salvar o pedido de entrada (por exemplo, no seu pendrive)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Join a branch</source>
        <extracomment>a session: joined (by code), or waiting for its welcome file (after the request), and a sentence to show with it</extracomment>
        <translation>Entrar em um núcleo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This laptop gets its own key and its own passphrase, which encrypts everything on it (nobody can recover it for you). An admin&apos;s laptop then admits it and sends it the branch&apos;s data.</source>
        <translation>Este notebook recebe uma chave própria e uma frase-senha própria, que criptografa tudo nele (ninguém consegue recuperá-la para você). Depois, o notebook de um administrador o admite e envia para ele os dados do núcleo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pairing code error</source>
        <translation>Erro no código de pareamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address error</source>
        <translation>Erro no endereço</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How to join</source>
        <translation>Como entrar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At a meeting: pairing code</source>
        <translation>Numa reunião: código de pareamento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>By USB stick: welcome file</source>
        <translation>Por pendrive: arquivo de boas-vindas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check string</source>
        <translation>Sequência de verificação</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Join status</source>
        <translation>Situação da entrada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Joining</source>
        <translation>Entrando no núcleo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel joining</source>
        <translation>Cancelar a entrada</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>On the admin&apos;s laptop, open Sync → Meeting (Wi-Fi) and press Pair a new laptop: it shows a one-time code to type here. Both laptops must be on the same network.</source>
        <translation>No notebook do administrador, abra Sincronização → Reunião (Wi-Fi) e clique em Parear um novo notebook: aparece um código de uso único para digitar aqui. Os dois notebooks precisam estar na mesma rede.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pairing &amp;code</source>
        <translation>&amp;Código de pareamento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pairing code</source>
        <translation>Código de pareamento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only if needed, e.g. 192.168.1.20:47300</source>
        <translation>só se precisar, ex.: 192.168.1.20:47300</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only if this laptop cannot find the admin&apos;s by itself (some networks block that): the address the admin&apos;s laptop shows.</source>
        <translation>Só se este notebook não conseguir encontrar sozinho o do administrador (algumas redes bloqueiam isso): o endereço que o notebook do administrador mostra.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Admin&apos;s &amp;address</source>
        <translation>&amp;Endereço do administrador</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Admin&apos;s address</source>
        <translation>Endereço do administrador</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Join</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join by pairing code</source>
        <translation>Entrar com código de pareamento</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No meeting soon? Save a join request on a USB stick and give it to an admin. On an admin&apos;s laptop: {ADMIT_PATH}; it saves a welcome file for this laptop on the stick. Then load the welcome file here (you may close Caucus in between: unlocking this laptop&apos;s vault brings you back to that step).</source>
        <translation>Sem reunião à vista? Salve um pedido de entrada num pendrive e entregue-o a um administrador. No notebook de um administrador: {ADMIT_PATH}; isso salva no pendrive um arquivo de boas-vindas para este notebook. Depois, carregue o arquivo de boas-vindas aqui (você pode fechar o Caucus nesse meio-tempo: ao desbloquear o cofre deste notebook, você volta a essa etapa).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save the join request…</source>
        <translation>Salvar o pedido de entrada…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the join request</source>
        <translation>Salvar o pedido de entrada</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Creating this laptop&apos;s vault…</source>
        <translation>Criando o cofre deste notebook…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Creating this laptop&apos;s vault and its join request…</source>
        <translation>Criando o cofre deste notebook e o pedido de entrada…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Joining was cancelled; nothing was kept on this laptop.</source>
        <translation>A entrada foi cancelada; nada foi guardado neste notebook.</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Load the welcome file</source>
        <translation>Carregar o arquivo de boas-vindas</translation>
    </message>
</context>
<context>
    <name>LanTab</name>
    <message>
        <location filename="../../desktop/views/sync_lan.py" line="+57"/>
        <source>Meeting mode on: other laptops of the branch can sync with this one.</source>
        <translation>Modo reunião ligado: outros notebooks do núcleo podem sincronizar com este.</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>At a meeting, laptops on the same Wi-Fi sync directly. Turn meeting mode on at one laptop; the others look for it and sync. Only this branch&apos;s laptops can recognise or reach it.</source>
        <extracomment>a sync brought changes in (refresh every view) a new laptop joined (reload the roster) where meeting mode and pairing listen, and the interfaces they announce on</extracomment>
        <translation>Numa reunião, os notebooks na mesma rede Wi-Fi sincronizam diretamente. Ligue o modo reunião em um notebook; os outros o procuram e sincronizam. Só os notebooks deste núcleo conseguem reconhecê-lo ou alcançá-lo.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+2"/>
        <location line="+1"/>
        <source>Meeting mode</source>
        <translation>Modo reunião</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+113"/>
        <location line="+39"/>
        <location line="+36"/>
        <source>Meeting mode is off.</source>
        <translation>O modo reunião está desligado.</translation>
    </message>
    <message>
        <location line="-187"/>
        <source>Meeting mode status</source>
        <translation>Situação do modo reunião</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last incoming sync</source>
        <translation>Última sincronização recebida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting mode error</source>
        <translation>Erro no modo reunião</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+14"/>
        <source>Laptops nearby</source>
        <translation>Notebooks por perto</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Look for laptops</source>
        <translation>Procurar notebooks</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Looking for laptops</source>
        <translation>Procurando notebooks</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The other laptop&apos;s address</source>
        <translation>Endereço do outro notebook</translation>
    </message>
    <message>
        <source>Address shown on the other laptop, e.g. 192.168.1.20:{0}</source>
        <translation type="vanished">Endereço mostrado no outro notebook, ex.: 192.168.1.20:{0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address shown on the other laptop, e.g. 192.168.1.20:{meeting_port}</source>
        <translation>Endereço mostrado no outro notebook, ex.: 192.168.1.20:{meeting_port}</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <source>Sync with this address</source>
        <translation>Sincronizar com este endereço</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If no laptop is found (some Wi-Fi blocks this):</source>
        <translation>Se nenhum notebook for encontrado (algumas redes Wi-Fi bloqueiam isso):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sync now</source>
        <translation>Sincronizar agora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync with the selected laptop</source>
        <translation>Sincronizar com o notebook selecionado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sync with all</source>
        <translation>Sincronizar com todos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meeting sync progress</source>
        <translation>Andamento da sincronização na reunião</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel sync</source>
        <translation>Cancelar a sincronização</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Meeting sync status</source>
        <translation>Situação da sincronização na reunião</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meeting sync error</source>
        <translation>Erro na sincronização na reunião</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Meeting mode: on</source>
        <translation>Modo reunião: ligado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting mode: off</source>
        <translation>Modo reunião: desligado</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Starting meeting mode…</source>
        <translation>Ligando o modo reunião…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{meeting_on} Its address: {address}.</source>
        <translation>{meeting_on} Endereço dele: {address}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (Port {port} was in use, so port {address} is used.)</source>
        <translation> (A porta {port} estava em uso, então está sendo usada a porta {address}.)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Meeting mode could not start: {human_message}</source>
        <translation>Não foi possível ligar o modo reunião: {human_message}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Last: {who} at {time}. {what}</source>
        <translation>Última: {who} às {time}. {what}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Looking for this branch&apos;s laptops…</source>
        <translation>Procurando os notebooks deste núcleo…</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Found %n laptops of this branch.</source>
        <translation>
            <numerusform>%n notebook deste núcleo encontrado.</numerusform>
            <numerusform>%n notebooks deste núcleo encontrados.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No laptop of this branch answered. Is meeting mode on at the others? If the venue&apos;s Wi-Fi hides them, type an address below.</source>
        <translation>Nenhum notebook deste núcleo respondeu. O modo reunião está ligado nos outros? Se a rede Wi-Fi do local os esconde, digite um endereço abaixo.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Stopping after the current batch…</source>
        <translation>Parando depois do lote atual…</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../desktop/views/list_pages.py" line="-295"/>
        <source>Add</source>
        <extracomment>(placeholder, accessible name, width in characters) of the add line&apos;s fields</extracomment>
        <translation>Adicionar</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>What to do next</source>
        <extracomment>what the page says while it lists nothing: what to do next the fields of the record&apos;s Details dialog (none: no such dialog) a change the page made that other pages may show (e.g. a new workplace)</extracomment>
        <translation>O que fazer agora</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Details…</source>
        <translation>&amp;Detalhes…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the details</source>
        <translation>Editar os detalhes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the details of the selected row (Enter)</source>
        <translation>Alterar os detalhes da linha selecionada (Enter)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{title} error</source>
        <translation>Erro em {title}</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Details of {name}</source>
        <translation>Detalhes de {name}</translation>
    </message>
    <message>
        <source>Details of {0}</source>
        <translation type="vanished">Detalhes de {0}</translation>
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
        <translation>Buscar nomes, contatos, anotações  (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search members</source>
        <translation>Buscar filiados</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New member</source>
        <translation>Novo filiado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a member (Ctrl+N)</source>
        <translation>Adicionar um filiado (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sync</source>
        <translation>Sincronizar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync by USB stick or at a meeting; devices, pairing and conflicts</source>
        <translation>Sincronizar por pendrive ou numa reunião; dispositivos, pareamento e conflitos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preferences</source>
        <translation>Preferências</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language, when the vault locks itself, the clipboard</source>
        <translation>Idioma, quando o cofre se bloqueia sozinho, a área de transferência</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock the vault now (Ctrl+L)</source>
        <translation>Bloquear o cofre agora (Ctrl+L)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/main_window.py" line="+93"/>
        <source>Sections</source>
        <extracomment>the user closes the demo (Vault menu) the preferences were changed (the app re-reads the auto-lock minutes) the preferences chose another language (the app installs it and rebuilds this window)</extracomment>
        <translation>Seções</translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="vanished">Principal</translation>
    </message>
    <message>
        <source>Search names, contacts, notes  (Ctrl+F)</source>
        <translation type="vanished">Buscar nomes, contatos, anotações  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search members</source>
        <translation type="vanished">Buscar filiados</translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="vanished">Buscar</translation>
    </message>
    <message>
        <source>New member</source>
        <translation type="vanished">Novo filiado</translation>
    </message>
    <message>
        <source>Add a member (Ctrl+N)</source>
        <translation type="vanished">Adicionar um filiado (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+248"/>
        <source>Sync</source>
        <translation>Sincronizar</translation>
    </message>
    <message>
        <source>Sync by USB stick or at a meeting; devices, pairing and conflicts</source>
        <translation type="vanished">Sincronizar por pendrive ou numa reunião; dispositivos, pareamento e conflitos</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="vanished">Preferências</translation>
    </message>
    <message>
        <source>When the vault locks itself; the clipboard</source>
        <translation type="vanished">Quando o cofre se bloqueia sozinho; a área de transferência</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="vanished">Bloquear</translation>
    </message>
    <message>
        <source>Lock the vault now (Ctrl+L)</source>
        <translation type="vanished">Bloquear o cofre agora (Ctrl+L)</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Branch and device</source>
        <translation>Núcleo e dispositivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working</source>
        <translation>Processando</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{branch_name} — Caucus</source>
        <translation>{branch_name} — Caucus</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Branch {branch_name}; this laptop is {device_name}</source>
        <translation>Núcleo {branch_name}; este notebook é {device_name}</translation>
    </message>
    <message>
        <source>Branch {0}; this laptop is {1}</source>
        <translation type="vanished">Núcleo {0}; este notebook é {1}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Sync ({count})</source>
        <translation>Sincronizar ({count})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} conflicts need a decision</source>
        <translation>{count} conflitos precisam de uma decisão</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <location filename="../../desktop/views/list_pages.py" line="+185"/>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Meetings</source>
        <translation>Reuniões</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+1"/>
        <source>New meeting title</source>
        <translation>Título da nova reunião</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting date</source>
        <translation>Data da reunião</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Location</source>
        <translation>Local</translation>
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
        <translation>Adicionar reunião</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No meetings yet. Type a title and a date below and press Add meeting; then mark who came.</source>
        <translation>Nenhuma reunião ainda. Digite um título e uma data abaixo e clique em Adicionar reunião; depois marque quem compareceu.</translation>
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
        <translation type="vanished">A área de transferência é limpa de novo depois de {0} segundos</translation>
    </message>
    <message>
        <source>Copied. The clipboard will be cleared in {0} seconds.</source>
        <translation type="vanished">Copiado. A área de transferência será limpa em {0} segundos.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Export everything about this member</source>
        <translation>Exportar tudo sobre este filiado</translation>
    </message>
    <message>
        <source>{0} - personal data</source>
        <translation type="vanished">{0} - dados pessoais</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Everything about this member</source>
        <translation>Tudo sobre este filiado</translation>
    </message>
    <message>
        <source>Everything Caucus holds about {0} — details, tags, consents, conversations, tasks, attendance and the history of changes — as a JSON file for the request and, beside it, a PDF to print. Neither file is encrypted.</source>
        <translation type="vanished">Tudo o que o Caucus guarda sobre {0} — dados, marcadores, consentimentos, conversas, tarefas, presenças e o histórico de alterações — como um arquivo JSON para atender ao pedido e, ao lado, um PDF para imprimir. Nenhum dos dois arquivos é criptografado.</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>The clipboard is cleared again after {seconds} seconds</source>
        <translation>A área de transferência é limpa de novo depois de {seconds} segundos</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Copied. The clipboard will be cleared in {seconds} seconds.</source>
        <translation>Copiado. A área de transferência será limpa em {seconds} segundos.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{display_name} - personal data</source>
        <translation>{display_name} - dados pessoais</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Everything Caucus holds about {display_name} — details, tags, consents, conversations, tasks, attendance and the history of changes — as a JSON file for the request and, beside it, a PDF to print. Neither file is encrypted.</source>
        <translation>Tudo o que o Caucus guarda sobre {display_name} — dados, marcadores, consentimentos, conversas, tarefas, presenças e o histórico de alterações — como um arquivo JSON para atender ao pedido e, ao lado, um PDF para imprimir. Nenhum dos dois arquivos é criptografado.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Deleted. The member is in the Deleted list and can be restored.</source>
        <translation>Excluído. O filiado está na lista de excluídos e pode ser restaurado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restored.</source>
        <translation>Restaurado.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Erased with {erased} earlier records merged into it. Other laptops erase it too when they next sync.</source>
        <translation>Apagado, junto com {erased} registros anteriores mesclados nele. Os outros notebooks também o apagam na próxima sincronização.</translation>
    </message>
    <message>
        <source>Erased with {0} earlier records merged into it. Other laptops erase it too when they next sync.</source>
        <translation type="vanished">Apagado, junto com {0} registros anteriores mesclados nele. Os outros notebooks também o apagam na próxima sincronização.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Erased. Other laptops erase it too when they next sync.</source>
        <translation>Apagado. Os outros notebooks também o apagam na próxima sincronização.</translation>
    </message>
</context>
<context>
    <name>MemberForm</name>
    <message>
        <location filename="../../desktop/views/member_form.py" line="+98"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>Primeiro nome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Sobrenome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preferred name</source>
        <translation>Nome de tratamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Contato</translation>
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
        <translation>separe vários com vírgulas</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Phones</source>
        <translation>Telefones</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postcode</source>
        <translation>CEP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work</source>
        <translation>Trabalho</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+138"/>
        <source>(no workplace)</source>
        <translation>(sem local de trabalho)</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>Workplace</source>
        <translation>Local de trabalho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Membership</source>
        <translation>Filiação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Membership no.</source>
        <translation>Nº de filiação</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status worked out from dates</source>
        <translation>Situação calculada pelas datas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status now</source>
        <translation>Situação atual</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no override)</source>
        <translation>(sem ajuste manual)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status override</source>
        <translation>Ajuste manual da situação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Override until</source>
        <translation>Ajuste válido até</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joined</source>
        <translation>Filiou-se em</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lapsed</source>
        <translation>Filiação venceu em</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dues paid until</source>
        <translation>Mensalidade paga até</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(not assessed)</source>
        <translation>(sem avaliação)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assessment</source>
        <translation>Avaliação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privacy</source>
        <translation>Privacidade</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Basis of processing</source>
        <translation>Base legal do tratamento</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Contact preferences error</source>
        <translation>Erro nas preferências de contato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact preferences</source>
        <translation>Preferências de contato</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Consents</source>
        <translation>Consentimentos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Outros</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>name: value, one per line (e.g. shift: nights)</source>
        <translation>nome: valor, um por linha (ex.: turno: noite)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom fields</source>
        <translation>Campos personalizados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Marcadores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form error</source>
        <translation>Erro no formulário</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>{label} error</source>
        <translation>Erro em {label}</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>{kind}: given</source>
        <translation>{kind}: dado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{kind}: refused</source>
        <translation>{kind}: recusado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none recorded</source>
        <translation>nenhum registrado</translation>
    </message>
</context>
<context>
    <name>MemberPanel</name>
    <message>
        <location filename="../../desktop/views/member_panel.py" line="+86"/>
        <source>Member details</source>
        <extracomment>a member was added, edited, deleted or restored (its id) a member was erased (its id) a status message for the window the user asked to see an existing member (a likely duplicate of a new one)</extracomment>
        <translation>Detalhes do filiado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select a member in the list, press New member (Ctrl+N), or bring in a spreadsheet with Data → Import.</source>
        <translation>Selecione um filiado na lista, clique em Novo filiado (Ctrl+N) ou traga uma planilha com Dados → Importar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Member name</source>
        <translation>Nome do filiado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Member status</source>
        <translation>Situação do filiado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Member error</source>
        <translation>Erro no filiado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Member notice</source>
        <translation>Aviso sobre o filiado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Details</source>
        <translation>&amp;Detalhes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Con&amp;versations</source>
        <translation>&amp;Conversas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;History</source>
        <translation>&amp;Histórico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Organising</source>
        <translation>&amp;Organização</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit (F2 or Enter in the list)</source>
        <translation>Editar (F2 ou Enter na lista)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save (Ctrl+S)</source>
        <translation>Salvar (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the changes (Esc)</source>
        <translation>Cancelar as alterações (Esc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport everything…</source>
        <translation>E&amp;xportar tudo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything held about this person, for a subject-access request: a JSON file and a PDF</source>
        <translation>Tudo o que está guardado sobre esta pessoa, para um pedido de acesso do titular aos dados (LGPD): um arquivo JSON e um PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export everything about this member</source>
        <translation>Exportar tudo sobre este filiado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take off the list; can be restored</source>
        <translation>Tirar da lista; pode ser restaurado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase…</source>
        <translation>Apagar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase this person for good, on every laptop (GDPR)</source>
        <translation>Apagar esta pessoa definitivamente, em todos os notebooks (LGPD)</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>No. {membership_no}</source>
        <translation>Nº {membership_no}</translation>
    </message>
    <message>
        <source>No. {0}</source>
        <translation type="vanished">Nº {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DELETED — restore to edit</source>
        <translation>EXCLUÍDO — restaure para editar</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>New member</source>
        <translation>Novo filiado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill in what you know; a first or last name is enough. Ctrl+S saves, Esc cancels.</source>
        <translation>Preencha o que souber; basta o primeiro nome ou o sobrenome. Ctrl+S salva, Esc cancela.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Note added.</source>
        <translation>Anotação adicionada.</translation>
    </message>
</context>
<context>
    <name>MemberSaving</name>
    <message>
        <location filename="../../desktop/views/member_saving.py" line="+45"/>
        <source>this member</source>
        <translation>este filiado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsaved changes</source>
        <translation>Alterações não salvas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to {name}?</source>
        <translation>Salvar as alterações em {name}?</translation>
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
        <translation>Parece ser alguém que já está na lista:
{lines}

Salvar como novo filiado mesmo assim, ou abrir o que já está na lista?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open {name}</source>
        <translation>Abrir {name}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Saved, with a warning: {message}</source>
        <translation>Salvo, com um aviso: {message}</translation>
    </message>
    <message>
        <source>Save the changes to {0}?</source>
        <translation type="vanished">Salvar as alterações em {0}?</translation>
    </message>
    <message>
        <source>• {0}: {1}</source>
        <translation type="vanished">• {0}: {1}</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Already on the list?</source>
        <translation>Já está na lista?</translation>
    </message>
    <message>
        <source>This looks like someone already on the list:
{0}

Save a new member anyway, or open the one on the list?</source>
        <translation type="vanished">Parece ser alguém que já está na lista:
{0}

Salvar como novo filiado mesmo assim, ou abrir o que já está na lista?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save a new member</source>
        <translation>Salvar como novo filiado</translation>
    </message>
    <message>
        <source>Open {0}</source>
        <translation type="vanished">Abrir {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Go back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Saved.</source>
        <translation>Salvo.</translation>
    </message>
    <message>
        <source>Saved, with a warning: {0}</source>
        <translation type="vanished">Salvo, com um aviso: {0}</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <location filename="../../desktop/models/members.py" line="-177"/>
        <source>{text} (deleted)</source>
        <extracomment>the id query finished: number of matching members a query or fetch failed: the sentence to show</extracomment>
        <translation>{text} (excluído)</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <location filename="../../desktop/views/members_page.py" line="+51"/>
        <source>Status filter</source>
        <extracomment>below this many characters&apos; width the panel goes under the list a saved search set the search text (the toolbar&apos;s search field shows it)</extracomment>
        <translation>Filtro de situação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All statuses</source>
        <translation>Todas as situações</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleted (can be restored)</source>
        <translation>Excluídos (podem ser restaurados)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workplace filter</source>
        <translation>Filtro de local de trabalho</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+96"/>
        <source>All workplaces</source>
        <translation>Todos os locais de trabalho</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Tag filter</source>
        <translation>Filtro de marcador</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+92"/>
        <source>All tags</source>
        <translation>Todos os marcadores</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Number of members shown</source>
        <translation>Número de filiados exibidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Searching</source>
        <translation>Buscando</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Members</source>
        <translation>Filiados</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Member list error</source>
        <translation>Erro na lista de filiados</translation>
    </message>
    <message>
        <source>1 member</source>
        <translation type="vanished">1 filiado</translation>
    </message>
    <message>
        <source>{0} members</source>
        <translation type="vanished">{0} filiados</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../desktop/dialogs/merge_dialog.py" line="+61"/>
        <source>Merge duplicate members</source>
        <extracomment>The most likely pairs listed at once (merging some and searching again shows more).</extracomment>
        <translation>Mesclar filiados duplicados</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Likely duplicates</source>
        <translation>Prováveis duplicados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pair:</source>
        <translation>Par:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About the pairs found</source>
        <translation>Sobre os pares encontrados</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A (kept)</source>
        <translation>A (mantido)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>B (merged in)</source>
        <translation>B (mesclado)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep</source>
        <translation>Manter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Differing fields</source>
        <translation>Campos diferentes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes, tags, consents, tasks and meeting attendance of both records are kept. B stays in the deleted list, marked as merged into A, with its history.</source>
        <translation>Anotações, marcadores, consentimentos, tarefas e presenças em reuniões dos dois registros são mantidos. B fica na lista de excluídos, marcado como mesclado em A, com o seu histórico.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Merge result</source>
        <translation>Resultado da mesclagem</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Merge</source>
        <translation>Mesclar</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Showing the {count} most likely of {total} pairs; merge some and open this again for the rest.</source>
        <translation>Mostrando os {count} pares mais prováveis de {total}; mescle alguns e abra isto de novo para ver o resto.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Keep A: {a_name}, and merge B: {b_name} into it. Choose the value to keep for each detail that differs.</source>
        <translation>Manter A: {a_name}, e mesclar B: {b_name} nele. Escolha o valor a manter em cada dado diferente.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Keep {field}</source>
        <translation>Manter {field}</translation>
    </message>
    <message>
        <source>Showing the {count} most likely of {total:,} pairs; merge some and open this again for the rest.</source>
        <translation type="vanished">Mostrando os {count} pares mais prováveis de {total:,}; mescle alguns e abra isto de novo para ver o resto.</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>No likely duplicates were found.</source>
        <translation>Nenhum provável duplicado encontrado.</translation>
    </message>
    <message>
        <source>Keep A: {0}, and merge B: {1} into it. Choose the value to keep for each detail that differs.</source>
        <translation type="vanished">Manter A: {0}, e mesclar B: {1} nele. Escolha o valor a manter em cada dado diferente.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>(a workplace no longer listed)</source>
        <translation>(um local de trabalho que não está mais na lista)</translation>
    </message>
    <message>
        <source>Keep {0}</source>
        <translation type="vanished">Manter {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Both</source>
        <translation>Os dois</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Merging…</source>
        <translation>Mesclando…</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln conversations</source>
        <translation>
            <numerusform>%Ln conversa</numerusform>
            <numerusform>%Ln conversas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln tasks</source>
        <translation>
            <numerusform>%Ln tarefa</numerusform>
            <numerusform>%Ln tarefas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln consents</source>
        <translation>
            <numerusform>%Ln consentimento</numerusform>
            <numerusform>%Ln consentimentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln tags</source>
        <translation>
            <numerusform>%Ln marcador</numerusform>
            <numerusform>%Ln marcadores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln attendance records</source>
        <translation>
            <numerusform>%Ln registro de presença</numerusform>
            <numerusform>%Ln registros de presença</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Merged.</source>
        <translation>Mesclado.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> Moved {moved}.</source>
        <translation> Movidos: {moved}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Merged. Choose another pair above, or close.</source>
        <translation>Mesclado. Escolha outro par acima, ou feche.</translation>
    </message>
</context>
<context>
    <name>NewVaultFields</name>
    <message>
        <location filename="../../desktop/views/vault_fields.py" line="+58"/>
        <source>this laptop</source>
        <translation>este notebook</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Passphrase strength</source>
        <translation>Força da frase-senha</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passphrase strength hint</source>
        <translation>Dica sobre a força da frase-senha</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Device name error</source>
        <translation>Erro no nome do dispositivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase error</source>
        <translation>Erro na frase-senha</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Repeated passphrase error</source>
        <translation>Erro na repetição da frase-senha</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;This device</source>
        <translation>Este &amp;dispositivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device name</source>
        <translation>Nome do dispositivo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Frase-senha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passphrase</source>
        <translation>Frase-senha</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Repeat it</source>
        <translation>&amp;Repita-a</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat passphrase</source>
        <translation>Repetir a frase-senha</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The two passphrases are different.</source>
        <translation>As duas frases-senha são diferentes.</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <location filename="../../desktop/views/member_notes.py" line="-148"/>
        <source>Conversations</source>
        <translation>Conversas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No conversations yet: write what was said below and press Add note.</source>
        <translation>Nenhuma conversa ainda: escreva abaixo o que foi dito e clique em Adicionar anotação.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What was said? e.g. Spoke at the depot gate; keen to help with the petition.</source>
        <translation>O que foi dito? ex.: Conversamos no portão da garagem; quer ajudar com o abaixo-assinado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note text</source>
        <translation>Texto da anotação</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(not said)</source>
        <translation>(não informado)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How</source>
        <translation>Como</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. will come to the meeting</source>
        <translation>ex.: vai à reunião</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a date adds a follow-up task</source>
        <translation>uma data cria uma tarefa de retorno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow up on</source>
        <translation>Retorno em</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Campaign</source>
        <translation>Campanha</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+29"/>
        <source>(no campaign)</source>
        <translation>(sem campanha)</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>New &amp;note</source>
        <translation>Nova a&amp;notação</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ho&amp;w</source>
        <translation>&amp;Como</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Outcome</source>
        <translation>&amp;Resultado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Follow up on</source>
        <translation>Re&amp;torno em</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ca&amp;mpaign</source>
        <translation>Ca&amp;mpanha</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note error</source>
        <translation>Erro na anotação</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add note</source>
        <translation>&amp;Adicionar anotação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add note</source>
        <translation>Adicionar anotação</translation>
    </message>
</context>
<context>
    <name>OrganisingTab</name>
    <message>
        <location filename="../../desktop/views/organising_tab.py" line="+54"/>
        <source>What was written</source>
        <extracomment>a load was asked for while the tab was hidden: it runs when the tab shows</extracomment>
        <translation>O que foi escrito</translation>
    </message>
</context>
<context>
    <name>OrganisingWorkplacesPage</name>
    <message>
        <location filename="../../desktop/views/organising_page.py" line="+83"/>
        <source>No workplace has a headcount yet: record one on a unit or a workplace to see density.</source>
        <extracomment>the change is shown since this many days ago unless the user picks a date</extracomment>
        <translation>Nenhum local de trabalho tem total de pessoas ainda: registre um numa unidade ou num local de trabalho para ver a densidade.</translation>
    </message>
    <message>
        <source>Branch: {0} members of {1} people in the workplaces counted ({2}).</source>
        <translation type="vanished">Núcleo: {0} filiados de {1} pessoas nos locais de trabalho contados ({2}).</translation>
    </message>
    <message>
        <source>{0} points since {1}.</source>
        <translation type="vanished">{0} pontos desde {1}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Branch: {members} members of {people} people in the workplaces counted ({density}).</source>
        <translation>Núcleo: {members} filiados de {people} pessoas nos locais de trabalho contados ({density}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{points} points since {date}.</source>
        <translation>{points} pontos desde {date}.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Show the change in density since</source>
        <extracomment>open this person (from the chart or a list)</extracomment>
        <translation>Mostrar a variação da densidade desde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change &amp;since:</source>
        <translation>Variação &amp;desde:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import headcounts…</source>
        <translation>&amp;Importar totais de pessoas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+83"/>
        <source>Import units and headcounts</source>
        <translation>Importar unidades e totais de pessoas</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>A CSV or Excel sheet with columns workplace, unit, kind, headcount and counted on: missing units and workplaces are created</source>
        <translation>Uma planilha CSV ou Excel com as colunas workplace, unit, kind, headcount e counted on (local de trabalho, unidade, tipo, total de pessoas e data da contagem): unidades e locais de trabalho que faltarem são criados</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The branch&apos;s density</source>
        <translation>A densidade do núcleo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the import did</source>
        <translation>O que a importação fez</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Wall chart</source>
        <translation>&amp;Mapa de parede</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;oint people</source>
        <translation>&amp;Pessoas de referência</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Structure &amp;tests</source>
        <translation>&amp;Testes de estrutura</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation>Planilhas (*.csv *.xlsx);;Todos os arquivos (*)</translation>
    </message>
</context>
<context>
    <name>PairingBox</name>
    <message>
        <location filename="../../desktop/views/sync_pairing.py" line="+42"/>
        <source>Pair a new laptop</source>
        <extracomment>a new laptop joined (reload the roster) the admin asked to start pairing (the tab knows the session and where to listen)</extracomment>
        <translation>Parear um novo notebook</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The new laptop chooses “Join a branch” and types the code shown here. Compare the check string on both screens before you approve.</source>
        <translation>O novo notebook escolhe “Entrar em um núcleo” e digita o código mostrado aqui. Compare a sequência de verificação nas duas telas antes de aprovar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Role of the new laptop</source>
        <translation>Função do novo notebook</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start pairing</source>
        <translation>Iniciar o pareamento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop pairing</source>
        <translation>Parar o pareamento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role:</source>
        <translation>Função:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pairing code</source>
        <translation>Código de pareamento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time left for the code</source>
        <translation>Tempo restante do código</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pairing question</source>
        <translation>Pergunta do pareamento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check string</source>
        <translation>Sequência de verificação</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approve</source>
        <translation>Aprovar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Approve the new laptop</source>
        <translation>Aprovar o novo notebook</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decline</source>
        <translation>Recusar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decline the new laptop</source>
        <translation>Recusar o novo notebook</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pairing status</source>
        <translation>Situação do pareamento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pairing error</source>
        <translation>Erro no pareamento</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Waiting for the new laptop to join as {role}. If it cannot find this one, it types this laptop&apos;s address: {join}.</source>
        <translation>Aguardando o novo notebook entrar como {role}. Se ele não encontrar este, basta digitar nele o endereço deste notebook: {join}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The code works for {value}:{value2:02d} more.</source>
        <translation>O código vale por mais {value}:{value2:02d}.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>“{name}” ({device}) entered the code. Does the new laptop show {check}?</source>
        <translation>“{name}” ({device}) digitou o código. O novo notebook mostra {check}?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Approve only if “{name}” shows the same check string.</source>
        <translation>Aprove só se “{name}” mostrar a mesma sequência de verificação.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Admitting the new laptop and sending it the branch…</source>
        <translation>Admitindo o novo notebook e enviando o núcleo para ele…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Declining…</source>
        <translation>Recusando…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pairing stopped; the code no longer works.</source>
        <translation>Pareamento encerrado; o código não vale mais.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>“{device_name}” joined the branch as {role}.</source>
        <translation>“{device_name}” entrou no núcleo como {role}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> It did not confirm the end; its admission reaches it with the next sync.</source>
        <translation> Ele não confirmou o final; a admissão chega a ele na próxima sincronização.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Declined: the new laptop was not admitted.</source>
        <translation>Recusado: o novo notebook não foi admitido.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../desktop/vault_menu.py" line="+156"/>
        <source>Change the passphrase</source>
        <translation>Trocar a frase-senha</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The vault is re-encrypted under the new passphrase; nothing else changes. Other laptops keep their own passphrases.</source>
        <translation>O cofre é criptografado de novo com a nova frase-senha; nada mais muda. Os outros notebooks mantêm as próprias frases-senha.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New passphrase</source>
        <translation>Nova frase-senha</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Repeat the new passphrase</source>
        <translation>Repita a nova frase-senha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passphrase strength hint</source>
        <translation>Dica sobre a força da frase-senha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New passphrase</source>
        <translation>&amp;Nova frase-senha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat it</source>
        <translation>&amp;Repita-a</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Passphrase error</source>
        <translation>Erro na frase-senha</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Use at least {min_passphrase} characters.</source>
        <translation>Use pelo menos {min_passphrase} caracteres.</translation>
    </message>
    <message>
        <source>Use at least {0} characters.</source>
        <translation type="vanished">Use pelo menos {0} caracteres.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two passphrases are different.</source>
        <translation>As duas frases-senha são diferentes.</translation>
    </message>
</context>
<context>
    <name>PointPeople</name>
    <message>
        <location filename="../../desktop/views/point_people.py" line="+73"/>
        <source>(no name)</source>
        <extracomment>members of the workplace who could be someone&apos;s point person: (id, name)</extracomment>
        <translation>(sem nome)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Point people error</source>
        <translation>Erro nas pessoas de referência</translation>
    </message>
</context>
<context>
    <name>PointPeopleTab</name>
    <message>
        <location line="+5"/>
        <source>Point people</source>
        <translation>Pessoas de referência</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a point person</source>
        <translation>Escolha uma pessoa de referência</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Their people</source>
        <translation>As pessoas dela</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print their list…</source>
        <translation>&amp;Imprimir a lista dela…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+124"/>
        <source>Print the point person&apos;s list</source>
        <translation>Imprimir a lista da pessoa de referência</translation>
    </message>
    <message>
        <location line="-115"/>
        <location line="+2"/>
        <source>No point person yet</source>
        <translation>Ainda sem pessoa de referência</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Point person to give them</source>
        <translation>Pessoa de referência a atribuir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Give them this point person</source>
        <translation>&amp;Atribuir esta pessoa de referência</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give them this point person</source>
        <translation>Atribuir esta pessoa de referência</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Point pe&amp;rson:</source>
        <translation>Pessoa de &amp;referência:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>People per point person</source>
        <translation>Pessoas por pessoa de referência</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the t&amp;arget</source>
        <translation>Definir a &amp;meta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the branch&apos;s coverage target</source>
        <translation>Definir a meta de cobertura do núcleo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A branch setting: only an admin may change it</source>
        <translation>Uma configuração do núcleo: só um administrador pode alterá-la</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target: one point person per</source>
        <translation>Meta: uma pessoa de referência para cada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>people</source>
        <translation>pessoas</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The branch&apos;s target: one point person per {ratio} people</source>
        <translation>A meta do núcleo: uma pessoa de referência para cada {ratio} pessoas</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>People {name} keeps in touch with</source>
        <translation>Pessoas com quem {name} mantém contato</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>People for {name}</source>
        <translation>Pessoas de {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}&apos;s people with their phone numbers and when they were last spoken to. The PDF is not encrypted: keep it safe.</source>
        <translation>As pessoas de {name}, com os telefones e a data da última conversa. O PDF não é criptografado: guarde-o em segurança.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wrote a list of {rows} people to {path}.</source>
        <translation>Lista de {rows} pessoas gravada em {path}.</translation>
    </message>
    <message>
        <source>The branch&apos;s target: one point person per {0} people</source>
        <translation type="vanished">A meta do núcleo: uma pessoa de referência para cada {0} pessoas</translation>
    </message>
    <message>
        <source>People {0} keeps in touch with</source>
        <translation type="vanished">Pessoas com quem {0} mantém contato</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Select people in the list first.</source>
        <translation>Selecione pessoas na lista primeiro.</translation>
    </message>
    <message>
        <source>People for {0}</source>
        <translation type="vanished">Pessoas de {0}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Point person&apos;s list</source>
        <translation>Lista da pessoa de referência</translation>
    </message>
    <message>
        <source>{0}&apos;s people with their phone numbers and when they were last spoken to. The PDF is not encrypted: keep it safe.</source>
        <translation type="vanished">As pessoas de {0}, com os telefones e a data da última conversa. O PDF não é criptografado: guarde-o em segurança.</translation>
    </message>
    <message>
        <source>Wrote a list of {0} people to {1}.</source>
        <translation type="vanished">Lista de {0} pessoas gravada em {1}.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="+31"/>
        <source>Preferences</source>
        <translation>Preferências</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never (only Ctrl+L and sleep)</source>
        <translation>nunca (só Ctrl+L e suspensão)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock after this many idle minutes</source>
        <translation>Bloquear após estes minutos sem uso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lock after idle:</source>
        <translation>&amp;Bloquear após inatividade:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clear a copied contact detail after seconds</source>
        <translation>Segundos até limpar um dado de contato copiado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Clear copied details after:</source>
        <translation>&amp;Limpar dados copiados após:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your name, for the tasks given to you</source>
        <translation>Seu nome, para as tarefas atribuídas a você</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>as tasks name you, e.g. Sam</source>
        <translation>como você aparece nas tarefas, ex.: Ana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your &amp;name (tasks):</source>
        <translation>Seu &amp;nome (tarefas):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As the system</source>
        <translation>Igual ao sistema</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Escuro</translation>
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
        <translation>Padrão da plataforma</translation>
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
        <translation>Padrão do sistema</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The vault also locks when the computer goes to sleep, and with Ctrl+L. A locked window shows no member data.</source>
        <translation>O cofre também se bloqueia quando o computador entra em suspensão, e com Ctrl+L. Uma janela bloqueada não mostra nenhum dado de filiados.</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <location filename="../../desktop/dialogs/print_dialog.py" line="+80"/>
        <source>Pages written</source>
        <translation>Páginas gravadas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the vault…</source>
        <translation>Lendo o cofre…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export result</source>
        <translation>Resultado da exportação</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export error</source>
        <translation>Erro na exportação</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the PDF</source>
        <translation>Abrir o PDF</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the export</source>
        <translation>Cancelar a exportação</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Stopping before the next page…</source>
        <translation>Parando antes da próxima página…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Drawing page {value} of {total}…</source>
        <translation>Desenhando a página {value} de {total}…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>A exportação foi cancelada; nenhum arquivo foi gravado.</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../desktop/dialogs/record_dialog.py" line="+62"/>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
</context>
<context>
    <name>RelationshipsBox</name>
    <message>
        <location filename="../../desktop/views/relationships_box.py" line="+99"/>
        <source>Unit</source>
        <extracomment>open the other person of a relationship the person&apos;s organising details changed (a point person set)</extracomment>
        <translation>Unidade</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Point person</source>
        <translation>Pessoa de referência</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit:</source>
        <translation>Unidade:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Point person:</source>
        <translation>Pessoa de referência:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Relationships</source>
        <translation>Vínculos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kind of relationship</source>
        <translation>Tipo de vínculo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Type a name…</source>
        <translation>Digite um nome…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find the other person</source>
        <translation>Encontrar a outra pessoa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The other person</source>
        <translation>A outra pessoa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Link</source>
        <translation>&amp;Vincular</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the relationship</source>
        <translation>Adicionar o vínculo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make &amp;point person</source>
        <translation>Tornar pessoa de &amp;referência</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make them this person&apos;s point person</source>
        <translation>Fazer dela a pessoa de referência desta pessoa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove link</source>
        <translation>Re&amp;mover vínculo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected relationship</source>
        <translation>Remover o vínculo selecionado</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Relationships error</source>
        <translation>Erro nos vínculos</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>not in a unit</source>
        <translation>sem unidade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none yet</source>
        <translation>nenhuma ainda</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <location filename="../../desktop/report_text.py" line="+20"/>
        <source>{imported} imported, {updated} updated, {skipped} skipped, {rejected} rejected.</source>
        <translation>{imported} importados, {updated} atualizados, {skipped} ignorados, {rejected} rejeitados.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln rows flagged to check, {repaired} repaired.</source>
        <translation>
            <numerusform>%Ln linha marcada para conferir, {repaired} reparadas.</numerusform>
            <numerusform>%Ln linhas marcadas para conferir, {repaired} reparadas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled: {summary} Rows after the last whole batch were not imported.</source>
        <translation>Cancelado: {summary} As linhas depois do último lote completo não foram importadas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{counted} headcounts recorded, {skipped} rows skipped; {units} units and {workplaces} workplaces created.</source>
        <translation>{counted} totais de pessoas registrados, {skipped} linhas ignoradas; {units} unidades e {workplaces} locais de trabalho criados.</translation>
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
        <translation>Edita tudo e admite ou revoga notebooks. Dê esta função só aos dirigentes que cuidam dos notebooks do núcleo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Secretary</source>
        <translation>&amp;Secretário</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adds and edits members, conversations, tasks and meetings; cannot admit or revoke laptops.</source>
        <translation>Adiciona e edita filiados, conversas, tarefas e reuniões; não pode admitir nem revogar notebooks.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Viewer</source>
        <translation>&amp;Leitor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reads the list and prints from it; changes nothing.</source>
        <translation>Lê a lista e imprime a partir dela; não altera nada.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Admit a laptop</source>
        <translation>Admitir um notebook</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Admit “{name}”</source>
        <translation>Admitir “{name}”</translation>
    </message>
    <message>
        <source>Admit “{0}”</source>
        <translation type="vanished">Admitir “{0}”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which role does this laptop get?</source>
        <translation>Que função este notebook recebe?</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Admit and save the welcome file…</source>
        <translation>Admitir e salvar o arquivo de boas-vindas…</translation>
    </message>
</context>
<context>
    <name>SavedSearches</name>
    <message>
        <location filename="../../desktop/views/member_filters.py" line="+55"/>
        <source>Saved searches</source>
        <extracomment>a saved search was picked: its query</extracomment>
        <translation>Buscas salvas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved searches…</source>
        <translation>Buscas salvas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save search…</source>
        <translation>Salvar busca…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+79"/>
        <source>Save search</source>
        <translation>Salvar busca</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Save the current filters and search under a name</source>
        <translation>Salvar os filtros e a busca atuais com um nome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete saved search</source>
        <translation>Excluir a busca salva</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Name for this search:</source>
        <translation>Nome desta busca:</translation>
    </message>
</context>
<context>
    <name>StructureTests</name>
    <message>
        <location filename="../../desktop/views/structure_tests.py" line="+65"/>
        <source>Whole branch</source>
        <translation>Núcleo inteiro</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>reached</source>
        <translation>atingido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not yet</source>
        <translation>ainda não</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Structure test error</source>
        <translation>Erro no teste de estrutura</translation>
    </message>
</context>
<context>
    <name>StructureTestsTab</name>
    <message>
        <location line="+5"/>
        <source>New test, e.g. Petition on staffing</source>
        <translation>Novo teste, ex.: Abaixo-assinado por mais funcionários</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New structure test</source>
        <translation>Novo teste de estrutura</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind of test</source>
        <translation>Tipo de teste</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Target share of each unit</source>
        <translation>Percentual-alvo em cada unidade</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deadline</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add test</source>
        <translation>&amp;Adicionar teste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the structure test</source>
        <translation>Adicionar o teste de estrutura</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Structure tests</source>
        <translation>Testes de estrutura</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Progress</source>
        <translation>Andamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport the results…</source>
        <translation>E&amp;xportar os resultados…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the test&apos;s results</source>
        <translation>Exportar os resultados do teste</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Meeting whose attendance answers</source>
        <translation>Reunião cujas presenças valem como resposta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The answer of those who attended</source>
        <translation>A resposta de quem compareceu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>said yes</source>
        <translation>disseram sim</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>said no</source>
        <translation>disseram não</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>were asked, undecided</source>
        <translation>foram perguntados, indecisos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Record</source>
        <translation>&amp;Registrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the meeting&apos;s answers</source>
        <translation>Registrar as respostas da reunião</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everyone at</source>
        <translation>Todos que estiveram em</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>{count} answers recorded.</source>
        <translation>{count} respostas registradas.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Wrote {rows} rows to {path}. The file is not encrypted.</source>
        <translation>{rows} linhas gravadas em {path}. O arquivo não está criptografado.</translation>
    </message>
    <message>
        <source>{0} answers recorded.</source>
        <translation type="vanished">{0} respostas registradas.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Export the results</source>
        <translation>Exportar os resultados</translation>
    </message>
    <message>
        <source>Wrote {0} rows to {1}. The file is not encrypted.</source>
        <translation type="vanished">{0} linhas gravadas em {1}. O arquivo não está criptografado.</translation>
    </message>
</context>
<context>
    <name>SyncCentre</name>
    <message>
        <location filename="../../desktop/views/sync_centre.py" line="+34"/>
        <source>Sync</source>
        <extracomment>records changed (a sync brought changes in, or a conflict was settled) open conflicts: their number</extracomment>
        <translation>Sincronização</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync centre</source>
        <translation>Central de sincronização</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>USB stick</source>
        <translation>Pendrive</translation>
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
        <translation>Conflitos</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Meeting (Wi-Fi)</source>
        <translation>Reunião (Wi-Fi)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always-on</source>
        <translation>Sempre ligada</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Conflicts ({count})</source>
        <translation>Conflitos ({count})</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../desktop/tasks.py" line="+150"/>
        <source>The task runner has been shut down.</source>
        <extracomment>True while at least one job is queued or running (for busy indicators). A job without its own error handler failed: the sentence to show. how long background steps wait after the user&apos;s last job (a result&apos;s repaint)</extracomment>
        <translation>O processador de tarefas em segundo plano foi encerrado.</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <location filename="../../desktop/views/list_pages.py" line="+77"/>
        <source>Tasks</source>
        <translation>Tarefas</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+1"/>
        <source>New task</source>
        <translation>Nova tarefa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Due</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due date</source>
        <translation>Data limite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For whom (a name)</source>
        <translation>Para quem (um nome)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignee</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add task</source>
        <translation>Adicionar tarefa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No open tasks. Type one below and press Add task; a conversation&apos;s follow-up date adds one too.</source>
        <translation>Nenhuma tarefa em aberto. Digite uma abaixo e clique em Adicionar tarefa; a data de retorno de uma conversa também cria uma.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show done</source>
        <extracomment>whose tasks &quot;Only mine&quot; shows (the Preferences&apos; name; the laptop&apos;s by default) double-clicked a task about a member: show that member</extracomment>
        <translation>Mostrar concluídas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show done tasks</source>
        <translation>Mostrar tarefas concluídas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only &amp;mine</source>
        <translation>Só as &amp;minhas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only my tasks</source>
        <translation>Só as minhas tarefas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tasks given to you (your name is in Preferences)</source>
        <translation>Tarefas atribuídas a você (o seu nome fica nas Preferências)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Give to…</source>
        <translation>&amp;Atribuir a…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the task to a person</source>
        <translation>Atribuir a tarefa a uma pessoa</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Give the task to</source>
        <translation>Atribuir a tarefa a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who does “{title}”? (empty: nobody)</source>
        <translation>Quem faz “{title}”? (vazio: ninguém)</translation>
    </message>
    <message>
        <source>Who does “{0}”? (empty: nobody)</source>
        <translation type="vanished">Quem faz “{0}”? (vazio: ninguém)</translation>
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
        <translation>Desbloqueie o seu núcleo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The vault file</source>
        <translation>O arquivo do cofre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vault file</source>
        <translation>Arquivo do cofre</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Passphrase</source>
        <translation>Frase-senha</translation>
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
        <translation>Atualizando este cofre para esta versão do Caucus. Isso acontece uma só vez e leva até um minuto em um núcleo grande.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unlock error</source>
        <translation>Erro ao desbloquear</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Create a branch</source>
        <translation>&amp;Criar um núcleo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Join a branch</source>
        <translation>&amp;Entrar em um núcleo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open a vault file…</source>
        <translation>&amp;Abrir um arquivo de cofre…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try the &amp;demo</source>
        <translation>Experimentar a &amp;demonstração</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open a vault file</source>
        <translation>Abrir um arquivo de cofre</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Type the branch&apos;s passphrase.</source>
        <translation>Digite a frase-senha do núcleo.</translation>
    </message>
</context>
<context>
    <name>UsbTab</name>
    <message>
        <location filename="../../desktop/views/sync_usb.py" line="+128"/>
        <source>Pass a USB stick (or a shared folder) between laptops. Sync reads every other laptop&apos;s bundle in the folder, then writes this laptop&apos;s changes there. Bundles are encrypted: a lost stick reveals nothing.</source>
        <extracomment>a sync brought changes in (refresh every view)</extracomment>
        <translation>Passe um pendrive (ou uma pasta compartilhada) de um notebook para outro. A sincronização lê o pacote de cada um dos outros notebooks na pasta e depois grava ali as alterações deste notebook. Os pacotes são criptografados: um pendrive perdido não revela nada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sync folder</source>
        <translation>Pasta de sincronização</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a folder or a USB stick</source>
        <translation>Escolha uma pasta ou um pendrive</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose folder or stick…</source>
        <translation>Escolher pasta ou pendrive…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose folder or stick</source>
        <translation>Escolher pasta ou pendrive</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Sync now</source>
        <translation>Sincronizar agora</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel sync</source>
        <translation>Cancelar a sincronização</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync progress</source>
        <translation>Andamento da sincronização</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sync status</source>
        <translation>Situação da sincronização</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync error</source>
        <translation>Erro na sincronização</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync report</source>
        <translation>Relatório da sincronização</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Choose the sync folder or USB stick</source>
        <translation>Escolha a pasta de sincronização ou o pendrive</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose a folder or a USB stick first.</source>
        <translation>Escolha uma pasta ou um pendrive primeiro.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Looking for bundles…</source>
        <translation>Procurando pacotes…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Stopping after the current batch…</source>
        <translation>Parando depois do lote atual…</translation>
    </message>
</context>
<context>
    <name>VaultMenu</name>
    <message>
        <location filename="../../desktop/vault_menu.py" line="-152"/>
        <source>&amp;Vault</source>
        <translation>&amp;Cofre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Back up the vault…</source>
        <translation>Fazer &amp;backup do cofre…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An encrypted copy of the whole vault (same passphrase), on a stick or another disk</source>
        <translation>Uma cópia criptografada do cofre inteiro (mesma frase-senha), num pendrive ou em outro disco</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Change the passphrase…</source>
        <translation>&amp;Trocar a frase-senha…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close the &amp;demo</source>
        <translation>Fechar a &amp;demonstração</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock the demo and go back to your own branch (or make one)</source>
        <translation>Bloquear a demonstração e voltar ao seu próprio núcleo (ou criar um)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Vault</source>
        <translation>Cofre</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Back up the vault</source>
        <translation>Fazer backup do cofre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose another file: a backup cannot replace the vault itself.</source>
        <translation>Escolha outro arquivo: um backup não pode substituir o próprio cofre.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backing up…</source>
        <translation>Fazendo backup…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Backed up to {dest}. Keep {sidecar} with it: the backup opens with the same passphrase.</source>
        <translation>Backup salvo em {dest}. Guarde {sidecar} junto com ele: o backup abre com a mesma frase-senha.</translation>
    </message>
    <message>
        <source>Backed up to {0}. Keep {1} with it: the backup opens with the same passphrase.</source>
        <translation type="vanished">Backup salvo em {0}. Guarde {1} junto com ele: o backup abre com a mesma frase-senha.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Changing the passphrase…</source>
        <translation>Trocando a frase-senha…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The passphrase is changed. Use the new one from now on; old backups still open with the old one.</source>
        <translation>A frase-senha foi trocada. Use a nova daqui em diante; backups antigos continuam abrindo com a antiga.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write your passphrase down</source>
        <translation>Anote a sua frase-senha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your branch is ready. Write the passphrase down now and keep it somewhere safe: nobody can recover it for you, and without it the vault cannot be opened.

A backup on a USB stick keeps the branch if this laptop is lost.</source>
        <translation>O seu núcleo está pronto. Anote a frase-senha agora e guarde-a num lugar seguro: ninguém consegue recuperá-la para você, e sem ela o cofre não pode ser aberto.

Um backup num pendrive preserva o núcleo se este notebook for perdido.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Make a &amp;backup now…</source>
        <translation>Fazer um &amp;backup agora…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I have written it down</source>
        <translation>Já anotei</translation>
    </message>
</context>
<context>
    <name>WallChart</name>
    <message>
        <location filename="../../desktop/views/chart_layout.py" line="+31"/>
        <source>✓ yes</source>
        <translation>✓ sim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✗ no</source>
        <translation>✗ não</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>? undecided</source>
        <translation>? indeciso</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>never spoken</source>
        <translation>nenhuma conversa</translation>
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
        <translation>total de pessoas ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>headcount {headcount}</source>
        <translation>total de pessoas {headcount}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{members} members ({density})</source>
        <translation>{members} filiados ({density})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{people} non-members</source>
        <translation>{people} não filiados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{covered} with a point person ({coverage})</source>
        <translation>{covered} com pessoa de referência ({coverage})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{yes} yes</source>
        <translation>{yes} sim</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{yes} yes of {target} needed</source>
        <translation>{yes} sim de {target} necessários</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Not in a unit</source>
        <extracomment>the flag is &quot;not assessed&quot; (grey), not &quot;no point person&quot; (red) each card&apos;s top, in order (cards are placed top to bottom)</extracomment>
        <translation>Sem unidade</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no point person</source>
        <translation>sem pessoa de referência</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not assessed</source>
        <translation>sem avaliação</translation>
    </message>
</context>
<context>
    <name>WallChartTab</name>
    <message>
        <location filename="../../desktop/views/wall_chart_tab.py" line="+47"/>
        <source>Wall chart error</source>
        <extracomment>open this person in the members page the figures changed (an answer, a move): the page&apos;s list may show them</extracomment>
        <translation>Erro no mapa de parede</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Structure test shown on the cards</source>
        <translation>Teste de estrutura mostrado nos cartões</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What a click on a card does</source>
        <translation>O que um clique num cartão faz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A click opens the person</source>
        <translation>Um clique abre a pessoa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A click records yes</source>
        <translation>Um clique registra sim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A click records no</source>
        <translation>Um clique registra não</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A click records undecided</source>
        <translation>Um clique registra indeciso</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Print A3…</source>
        <translation>&amp;Imprimir em A3…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+103"/>
        <source>Print the wall chart</source>
        <translation>Imprimir o mapa de parede</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the wall chart as a spreadsheet</source>
        <translation>Exportar o mapa de parede como planilha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;est:</source>
        <translation>&amp;Teste:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Colour: assessment 5 (green) to 0 (red), white and dashed when not assessed; heavy border: member. L leader, S steward, P3 point person for 3. Red: no point person, or no conversation in 90 days. Keys: Y, N, U, 0 answer; M moves; Enter opens.</source>
        <translation>Cores: avaliação de 5 (verde) a 0 (vermelho), branco e tracejado quando sem avaliação; borda grossa: filiado. L liderança, D delegado sindical, R3 pessoa de referência de 3. Vermelho: sem pessoa de referência, ou sem conversa há 90 dias. Teclas: Y (sim), N (não), U (indeciso) e 0 (não perguntado) respondem; M move; Enter abre.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+87"/>
        <source>Wall chart</source>
        <translation>Mapa de parede</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>No structure test</source>
        <translation>Nenhum teste de estrutura</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose a structure test above first.</source>
        <translation>Escolha um teste de estrutura acima primeiro.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+17"/>
        <source>Wall chart - {name}</source>
        <translation>Mapa de parede - {name}</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>The wall chart of {name} on A3 pages for the meeting wall: a card per person. The PDF is not encrypted.</source>
        <translation>O mapa de parede de {name} em páginas A3 para a parede da reunião: um cartão por pessoa. O PDF não é criptografado.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Wrote {rows} people to {path}. The file is not encrypted.</source>
        <translation>{rows} pessoas gravadas em {path}. O arquivo não está criptografado.</translation>
    </message>
    <message>
        <source>Wall chart - {0}</source>
        <translation type="vanished">Mapa de parede - {0}</translation>
    </message>
    <message>
        <source>The wall chart of {0} on A3 pages for the meeting wall: a card per person. The PDF is not encrypted.</source>
        <translation type="vanished">O mapa de parede de {0} em páginas A3 para a parede da reunião: um cartão por pessoa. O PDF não é criptografado.</translation>
    </message>
    <message numerus="yes">
        <location line="-20"/>
        <source>Wrote %n people on {pages} to {path}.</source>
        <translation>
            <numerusform>%n pessoa, em {pages}, gravada em {path}.</numerusform>
            <numerusform>%n pessoas, em {pages}, gravadas em {path}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export the wall chart</source>
        <translation>Exportar o mapa de parede</translation>
    </message>
    <message>
        <source>Wrote {0} people to {1}. The file is not encrypted.</source>
        <translation type="vanished">{0} pessoas gravadas em {1}. O arquivo não está criptografado.</translation>
    </message>
</context>
<context>
    <name>WorkplacesPage</name>
    <message>
        <location filename="../../desktop/views/list_pages.py" line="-297"/>
        <source>Workplaces</source>
        <translation>Locais de trabalho</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+1"/>
        <source>New workplace name</source>
        <translation>Nome do novo local de trabalho</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Employer</source>
        <translation>Empregador</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add workplace</source>
        <translation>Adicionar local de trabalho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No workplaces yet. Type a workplace&apos;s name below and press Add workplace; members can then be placed in it.</source>
        <translation>Nenhum local de trabalho ainda. Digite o nome de um local de trabalho abaixo e clique em Adicionar local de trabalho; depois os filiados podem ser colocados nele.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Employer</source>
        <translation>Empre&amp;gador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address</source>
        <translation>&amp;Endereço</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sector</source>
        <translation>&amp;Setor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otes</source>
        <translation>&amp;Observações</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Double-click a workplace to list its members; Details… (or Enter) changes its address and sector</source>
        <extracomment>double-clicked: show this workplace&apos;s members</extracomment>
        <translation>Clique duas vezes num local de trabalho para listar os filiados dele; Detalhes… (ou Enter) altera o endereço e o setor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Members</source>
        <translation>&amp;Filiados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List this workplace&apos;s members</source>
        <translation>Listar os filiados deste local de trabalho</translation>
    </message>
</context>
<context>
    <name>always_on</name>
    <message>
        <location filename="../../sync/ops/always_on.py" line="+61"/>
        <source>Off, laptops find each other only on the same network (and the box at its fixed address). On, Syncthing&apos;s public discovery servers learn this laptop&apos;s Syncthing device ID and its internet (IP) address, so laptops can find each other from anywhere, and public relay servers may carry its traffic when no direct connection works: they see which devices talk and when, never what the bundles hold, which stay encrypted with the branch key.</source>
        <translation>Desligada, os notebooks só se encontram na mesma rede (e a máquina no endereço fixo dela). Ligada, os servidores públicos de descoberta do Syncthing ficam sabendo o ID de dispositivo Syncthing deste notebook e o endereço de internet (IP) dele, para que os notebooks possam se encontrar de qualquer lugar, e retransmissores públicos podem levar o tráfego dele quando nenhuma conexão direta funciona: eles veem quais dispositivos se comunicam e quando, nunca o que há nos pacotes, que continuam criptografados com a chave do núcleo.</translation>
    </message>
</context>
<context>
    <name>columns</name>
    <message>
        <location filename="../../desktop/views/conflicts.py" line="-155"/>
        <location filename="../../desktop/views/member_notes.py" line="+120"/>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This laptop</source>
        <translation>Este notebook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other laptops</source>
        <translation>Outros notebooks</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="-210"/>
        <location filename="../../desktop/views/member_notes.py" line="-1"/>
        <location filename="../../desktop/views/sync_lan.py" line="-426"/>
        <source>Laptop</source>
        <translation>Notebook</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Role</source>
        <translation>Função</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last change</source>
        <translation>Última alteração</translation>
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
        <translation>Local de trabalho</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/views/organising_page.py" line="+1"/>
        <source>Employer</source>
        <translation>Empregador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sector</source>
        <translation>Setor</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/views/organising_page.py" line="+10"/>
        <source>Members</source>
        <translation>Filiados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessed</source>
        <translation>Avaliados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average assessment</source>
        <translation>Avaliação média</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Campaign</source>
        <translation>Campanha</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/views/point_people.py" line="-159"/>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/views/structure_tests.py" line="-191"/>
        <source>Starts</source>
        <translation>Início</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends</source>
        <translation>Término</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversations</source>
        <translation>Conversas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>Reunião</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Local</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attended</source>
        <translation>Presentes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apologies</source>
        <translation>Ausências justificadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quorum</source>
        <translation>Quórum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quorate</source>
        <translation>Com quórum</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Done</source>
        <translation>Concluída</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task</source>
        <translation>Tarefa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member</source>
        <translation>Filiado</translation>
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
        <translation>Conversa</translation>
    </message>
    <message>
        <location line="+166"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New value</source>
        <translation>Novo valor</translation>
    </message>
    <message>
        <location filename="../../desktop/views/organising_page.py" line="-8"/>
        <location filename="../../desktop/views/structure_tests.py" line="+14"/>
        <source>Headcount</source>
        <translation>Total de pessoas</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../desktop/views/point_people.py" line="-9"/>
        <source>People</source>
        <translation>Pessoas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Density</source>
        <translation>Densidade</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change (points)</source>
        <translation>Variação (pontos)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Covered</source>
        <translation>Cobertos</translation>
    </message>
    <message>
        <location filename="../../desktop/views/point_people.py" line="-2"/>
        <source>Point person</source>
        <translation>Pessoa de referência</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Unit</source>
        <translation>Unidade</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Over the target</source>
        <translation>Acima da meta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last spoken</source>
        <translation>Última conversa</translation>
    </message>
    <message>
        <location filename="../../desktop/views/relationships_box.py" line="-117"/>
        <source>Relationship</source>
        <translation>Vínculo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Pessoa</translation>
    </message>
    <message>
        <location filename="../../desktop/views/structure_tests.py" line="-13"/>
        <source>Deadline</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test</source>
        <translation>Teste</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+26"/>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+10"/>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Asked</source>
        <translation>Perguntados</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where</source>
        <translation>Onde</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undecided</source>
        <translation>Indecisos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Share</source>
        <translation>Percentual</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Needed</source>
        <translation>Necessários</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_lan.py" line="+1"/>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last sync</source>
        <translation>Última sincronização</translation>
    </message>
</context>
<context>
    <name>conflicts</name>
    <message>
        <location filename="../../desktop/views/conflicts.py" line="-70"/>
        <source>(empty)</source>
        <translation>(vazio)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source> (this laptop)</source>
        <translation> (este notebook)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>edited {field} to {value}</source>
        <translation>alterou {field} para {value}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{value} — {who}, {when}</source>
        <translation>{value} — {who}, {when}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>member</source>
        <translation>filiado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>meeting</source>
        <translation>reunião</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>workplace</source>
        <translation>local de trabalho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>campaign</source>
        <translation>campanha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>conversation</source>
        <translation>conversa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>task</source>
        <translation>tarefa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attendance</source>
        <translation>presença</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tag</source>
        <translation>marcador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>consent</source>
        <translation>consentimento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>device</source>
        <translation>dispositivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>branch</source>
        <translation>núcleo</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{kind} “{name}”</source>
        <extracomment>{kind} is a record&apos;s kind (meeting, workplace…), {name} its name or title</extracomment>
        <translation>{kind} “{name}”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>deleted or kept</source>
        <translation>excluído ou mantido</translation>
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
        <translation>revogado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not admitted</source>
        <translation>não admitido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>clock ahead</source>
        <translation>relógio adiantado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>active</source>
        <translation>ativo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name}  (this laptop)</source>
        <translation>{name}  (este notebook)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no. {last_seq}</source>
        <translation>nº {last_seq}</translation>
    </message>
    <message>
        <source>no. {last_seq:,}</source>
        <translation type="vanished">nº {last_seq:,}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none yet</source>
        <translation>nenhuma ainda</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Revoke “{name}”?

From now on it gets nothing new from this branch: the branch key changes, and changes it makes after what this laptop already holds are refused everywhere.

Data already on that laptop cannot be wiped remotely. If it was lost or stolen, only its passphrase protects the member list it already holds.</source>
        <translation>Revogar “{name}”?

A partir de agora ele não recebe nada de novo deste núcleo: a chave do núcleo muda, e as alterações que ele fizer depois do que este notebook já tem são recusadas em todos os notebooks.

Os dados que já estão naquele notebook não podem ser apagados a distância. Se ele foi perdido ou roubado, só a frase-senha dele protege a lista de filiados que ele já guarda.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../sync/bundle.py" line="+101"/>
        <location filename="../../sync/lan/keyring.py" line="+71"/>
        <source>This device does not hold the branch key of epoch {epoch}.</source>
        <translation>Este dispositivo não tem a chave do núcleo nº {epoch}.</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>This bundle belongs to a different branch; nothing was imported.</source>
        <translation>Este pacote pertence a outro núcleo; nada foi importado.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This bundle was made by an older version of Caucus with a branch key this laptop was never given, so nothing shows who made it; nothing was imported. Import a bundle written by an up-to-date laptop instead.</source>
        <translation>Este pacote foi feito por uma versão antiga do Caucus com uma chave do núcleo que este notebook nunca recebeu, então nada mostra quem o fez; nada foi importado. Importe um pacote gravado por um notebook atualizado.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This bundle was made after this device&apos;s access was revoked; it cannot be opened.</source>
        <translation>Este pacote foi feito depois que o acesso deste dispositivo foi revogado; não pode ser aberto.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This bundle is damaged, or it was sealed with a branch key that was never given to this device (its access was probably revoked). Nothing was imported.</source>
        <translation>Este pacote está danificado, ou foi selado com uma chave do núcleo que nunca foi dada a este dispositivo (provavelmente o acesso dele foi revogado). Nada foi importado.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This bundle was sealed with branch key {epoch}, which was not given to this device: its access was probably revoked. Nothing was imported.</source>
        <translation>Este pacote foi selado com a chave do núcleo nº {epoch}, que não foi dada a este dispositivo: provavelmente o acesso dele foi revogado. Nada foi importado.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../../sync/bundle_format.py" line="+91"/>
        <source>The bundle file is truncated; nothing was imported from it.</source>
        <extracomment>Bounds of one record: an info record names at most MAX_ENVELOPES devices.</extracomment>
        <translation>O arquivo do pacote está truncado; nada foi importado dele.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The bundle file has data after its end.</source>
        <translation>O arquivo do pacote tem dados depois do fim.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>There is no bundle file at {path}.</source>
        <translation>Não há arquivo de pacote em {path}.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The bundle file changed while it was being imported; what was already applied is intact. Import it again.</source>
        <extracomment>(admitting author, admitted key, role) seen in the bundle, while the writer is not yet known to be a device of the branch; None once it is (or for version 1)</extracomment>
        <translation>O arquivo do pacote mudou enquanto era importado; o que já foi aplicado está intacto. Importe-o de novo.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The bundle&apos;s signature does not match its writer; nothing was imported from it.</source>
        <translation>A assinatura do pacote não corresponde a quem o gravou; nada foi importado dele.</translation>
    </message>
    <message>
        <location filename="../../sync/bundle_format.py" line="+10"/>
        <source>This bundle was made by a newer version of Caucus.</source>
        <translation>Este pacote foi feito por uma versão mais nova do Caucus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not a Caucus bundle file.</source>
        <translation>Este não é um arquivo de pacote do Caucus.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py" line="+43"/>
        <source>Caucus could not do that.</source>
        <translation>O Caucus não conseguiu fazer isso.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The vault could not be used.</source>
        <extracomment>the English sentence before its fields were filled (what the app translates) the values of the template&apos;s named fields</extracomment>
        <translation>Não foi possível usar o cofre.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no vault at that location.</source>
        <translation>Não há cofre nesse local.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A vault already exists at that location; it was left untouched.</source>
        <translation>Já existe um cofre nesse local; ele não foi alterado.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The passphrase is wrong for this vault.</source>
        <translation>A frase-senha está errada para este cofre.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The vault file is damaged or is not a Caucus vault; it was left untouched.</source>
        <translation>O arquivo do cofre está danificado ou não é um cofre do Caucus; ele não foi alterado.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The vault is locked; unlock it first.</source>
        <translation>O cofre está trancado; destranque-o primeiro.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The vault is in use by another program; close it there and try again.</source>
        <translation>O cofre está em uso por outro programa; feche-o lá e tente de novo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The disk is full; nothing was changed. Free some space and try again.</source>
        <translation>O disco está cheio; nada foi alterado. Libere espaço e tente de novo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The disk could not be read or written; nothing was changed. Check it and try again.</source>
        <translation>Não foi possível ler ou gravar no disco; nada foi alterado. Verifique-o e tente de novo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The passphrase is too short: use at least 8 characters.</source>
        <translation>A frase-senha é curta demais: use pelo menos 8 caracteres.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A value is not valid.</source>
        <translation>Um valor não é válido.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No record has that id.</source>
        <extracomment>the key of the field the value was for (the form shows the sentence under it)</extracomment>
        <translation>Nenhum registro tem esse identificador.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That field does not exist.</source>
        <translation>Esse campo não existe.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A change set is not valid.</source>
        <translation>Um conjunto de alterações não é válido.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A change set&apos;s signature does not verify: it was altered or forged.</source>
        <translation>A assinatura de um conjunto de alterações não confere: ele foi alterado ou forjado.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A change set could not be read: it is damaged or in an unknown format.</source>
        <translation>Não foi possível ler um conjunto de alterações: ele está danificado ou em formato desconhecido.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A change set comes from a device that is not in this branch&apos;s roster.</source>
        <translation>Um conjunto de alterações vem de um dispositivo que não está na lista deste núcleo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A change set comes from a device whose access was revoked.</source>
        <translation>Um conjunto de alterações vem de um dispositivo cujo acesso foi revogado.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This device&apos;s role does not allow that.</source>
        <translation>A função deste dispositivo não permite isso.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That belongs to a different branch.</source>
        <translation>Isso pertence a outro núcleo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The bundle file is damaged, truncated or was altered; nothing was imported from it.</source>
        <translation>O arquivo do pacote está danificado, truncado ou foi alterado; nada foi importado dele.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This bundle was not written by a device of this branch; nothing was imported from it.</source>
        <translation>Este pacote não foi gravado por um dispositivo deste núcleo; nada foi importado dele.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Always-on sync could not do that.</source>
        <translation>A sincronização sempre ligada não conseguiu fazer isso.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Syncthing is not installed: install the Debian package &apos;syncthing&apos; first.</source>
        <translation>O Syncthing não está instalado: instale primeiro o pacote Debian &apos;syncthing&apos;.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Syncthing does not answer on this computer; it may have stopped.</source>
        <translation>O Syncthing não responde neste computador; talvez tenha parado.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Syncthing refused the API key Caucus holds for it (see its Settings → GUI).</source>
        <translation>O Syncthing recusou a chave de API que o Caucus tem para ele (veja as Configurações → GUI dele).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Syncthing refused a request.</source>
        <translation>O Syncthing recusou uma solicitação.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Always-on sync is off on this laptop; switch it on first.</source>
        <translation>A sincronização sempre ligada está desligada neste notebook; ligue-a primeiro.</translation>
    </message>
    <message>
        <location filename="../../sync/exchange/errors.py" line="+11"/>
        <source>That file could not be imported; nothing was written.</source>
        <translation>Não foi possível importar esse arquivo; nada foi gravado.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file is empty: there is nothing to import and nothing was written.</source>
        <translation>O arquivo está vazio: não há nada para importar e nada foi gravado.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>That file is not a CSV or Excel (.xlsx) spreadsheet Caucus can read; nothing was written.</source>
        <translation>Esse arquivo não é uma planilha CSV ou Excel (.xlsx) que o Caucus consiga ler; nada foi gravado.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>That file is too large to import at once; split it into smaller files. Nothing was written.</source>
        <translation>Esse arquivo é grande demais para importar de uma vez; divida-o em arquivos menores. Nada foi gravado.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The import stopped part way; the batches before the stop were imported.</source>
        <translation>A importação parou no meio; os lotes anteriores à parada foram importados.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>That column mapping is not valid.</source>
        <translation>Esse mapeamento de colunas não é válido.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>A exportação foi cancelada; nenhum arquivo foi gravado.</translation>
    </message>
    <message>
        <source>That file is {size:.0f} MB; Caucus imports files of up to {limit} MB ({max_rows:,} rows) at a time. Split it into smaller files and import each; nothing was written.</source>
        <extracomment>The largest import: bigger files are refused before they are read. the spreadsheet row number of each data row (headings are row 1) rows that cannot be read as they are: row number → why (reported as rejected) what the reader decided that the user should know (the sheet read, rows read as Windows-1252)</extracomment>
        <translation type="vanished">Esse arquivo tem {size:.0f} MB; o Caucus importa arquivos de até {limit} MB ({max_rows:,} linhas) por vez. Divida-o em arquivos menores e importe cada um; nada foi gravado.</translation>
    </message>
    <message>
        <location filename="../../sync/exchange/importer/reading.py" line="+63"/>
        <source>That is an old Excel (.xls) file; save it as .xlsx or CSV and import that. Nothing was written.</source>
        <translation>Esse é um arquivo antigo do Excel (.xls); salve-o como .xlsx ou CSV e importe esse. Nada foi gravado.</translation>
    </message>
    <message>
        <source>That file has more than {max_rows:,} rows; Caucus imports up to {max_rows:,} rows ({limit} MB) at a time. Split it into smaller files and import each; nothing was written.</source>
        <translation type="vanished">Esse arquivo tem mais de {max_rows:,} linhas; o Caucus importa até {max_rows:,} linhas ({limit} MB) por vez. Divida-o em arquivos menores e importe cada um; nada foi gravado.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>That file is {size:.0f} MB; Caucus imports files of up to {limit} MB ({max_rows} rows) at a time. Split it into smaller files and import each; nothing was written.</source>
        <extracomment>The largest import: bigger files are refused before they are read. the spreadsheet row number of each data row (headings are row 1) rows that cannot be read as they are: row number → why (reported as rejected) what the reader decided that the user should know (the sheet read, rows read as Windows-1252)</extracomment>
        <translation>Esse arquivo tem {size:.0f} MB; o Caucus importa arquivos de até {limit} MB ({max_rows} linhas) por vez. Divida-o em arquivos menores e importe cada um; nada foi gravado.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>That file has more than {max_rows} rows; Caucus imports up to {max_rows} rows ({limit} MB) at a time. Split it into smaller files and import each; nothing was written.</source>
        <translation>Esse arquivo tem mais de {max_rows} linhas; o Caucus importa até {max_rows} linhas ({limit} MB) por vez. Divida-o em arquivos menores e importe cada um; nada foi gravado.</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>The CSV file could not be read ({reason}); nothing was written.</source>
        <translation>Não foi possível ler o arquivo CSV ({reason}); nada foi gravado.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Reading .xlsx files needs the openpyxl package.</source>
        <extracomment>A separator no text holds: a file whose heading line has no separator is one column (its &quot;Lopez, Ana&quot; cells are names, not two values).</extracomment>
        <translation>Para ler arquivos .xlsx é preciso o pacote openpyxl.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That Excel file could not be read ({name}); nothing was written.</source>
        <translation>Não foi possível ler esse arquivo do Excel ({name}); nada foi gravado.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>A quote (&quot;) opened in the column headings (row {head_no}) is not closed, so the file cannot be read; fix the headings and import it again. Nothing was written.</source>
        <translation>Uma aspa (&quot;) aberta nos cabeçalhos das colunas (linha {head_no}) não foi fechada, então o arquivo não pode ser lido; corrija os cabeçalhos e importe-o de novo. Nada foi gravado.</translation>
    </message>
    <message>
        <location filename="../../sync/exchange/importer/running.py" line="+128"/>
        <source>On duplicate must be one of {choices}.</source>
        <translation>Para duplicados, escolha uma destas opções: {choices}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Row {row}: the choice must be skip, update or create.</source>
        <translation>Linha {row}: a escolha deve ser skip, update ou create.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The batch size must be at least 1.</source>
        <translation>O tamanho do lote deve ser pelo menos 1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file has column headings but no rows of data; nothing was imported.</source>
        <translation>O arquivo tem cabeçalhos de coluna, mas nenhuma linha de dados; nada foi importado.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No column is mapped to a member field; nothing was imported.</source>
        <translation>Nenhuma coluna está mapeada para um campo do filiado; nada foi importado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Map a column to first name, last name or full name; nothing was imported.</source>
        <translation>Mapeie uma coluna para o nome, o sobrenome ou o nome completo; nada foi importado.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The import stopped at {span} ({why}). The batches before were imported ({summary}); nothing from row {first} on was imported.</source>
        <extracomment>{span} is &quot;row 5&quot; or &quot;rows 5–7&quot;, {why} why it stopped, {summary} what the batches before did (&quot;5 imported, 0 updated, …&quot;), {first} a row number</extracomment>
        <translation>A importação parou em {span} ({why}). Os lotes anteriores foram importados ({summary}); nada foi importado a partir da linha {first}.</translation>
    </message>
    <message>
        <location filename="../../sync/folder.py" line="+120"/>
        <source>This laptop has not joined a branch yet; it cannot use a sync folder.</source>
        <extracomment>the most files of one laptop&apos;s chain before it is compacted into one full bundle how many written files the vault remembers (a few folders&apos; chains) how many imported names the vault remembers for ``skip_seen`` a temp file of this laptop&apos;s that nobody wrote for this long is abandoned (seconds)</extracomment>
        <translation>Este notebook ainda não entrou em um núcleo; não pode usar uma pasta de sincronização.</translation>
    </message>
    <message>
        <location line="+186"/>
        <source>{folder} is not a folder.</source>
        <translation>{folder} não é uma pasta.</translation>
    </message>
    <message>
        <location filename="../../sync/lan/boxstream.py" line="+139"/>
        <location line="+29"/>
        <source>The other laptop sent data after ending the encrypted stream.</source>
        <extracomment>Plaintext header: 2-byte body length + 16-byte body MAC. Sealed header on the wire. Largest body one frame may carry (as in pull-box-stream).</extracomment>
        <translation>O outro notebook enviou dados depois de encerrar o canal criptografado.</translation>
    </message>
    <message>
        <location line="+79"/>
        <location line="+10"/>
        <source>The other laptop stopped answering.</source>
        <translation>O outro notebook parou de responder.</translation>
    </message>
    <message>
        <location filename="../../sync/lan/client.py" line="+57"/>
        <source>{label} is this laptop itself.</source>
        <translation>{label} é este próprio notebook.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The laptop at {label} ({key}) is not an active device of this branch; nothing was exchanged.</source>
        <translation>O notebook em {label} ({key}) não é um dispositivo ativo deste núcleo; nada foi trocado.</translation>
    </message>
    <message>
        <location filename="../../sync/lan/discovery.py" line="+187"/>
        <source>Meeting mode cannot use the network: {reason}.</source>
        <translation>O modo reunião não consegue usar a rede: {reason}.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Meeting mode needs a network: this laptop has no IPv4 address.</source>
        <translation>O modo reunião precisa de uma rede: este notebook não tem endereço IPv4.</translation>
    </message>
    <message>
        <location filename="../../sync/lan/errors.py" line="+26"/>
        <source>The connection to the other laptop failed.</source>
        <translation>A conexão com o outro notebook falhou.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>That is not an address like 192.168.1.20:47300 (host, a colon, the port).</source>
        <translation>Esse não é um endereço como 192.168.1.20:47300 (host, dois-pontos, porta).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The connection to the other laptop was lost.</source>
        <translation>A conexão com o outro notebook foi perdida.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The other laptop could not be verified as a member of this branch; nothing was exchanged.</source>
        <translation>Não foi possível verificar que o outro notebook é deste núcleo; nada foi trocado.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The other laptop sent a malformed handshake message; nothing was exchanged.</source>
        <translation>O outro notebook enviou uma mensagem de apresentação malformada; nada foi trocado.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The other laptop is not on this branch&apos;s meeting network (another branch or key epoch).</source>
        <translation>O outro notebook não está na rede de reuniões deste núcleo (outro núcleo ou outra chave).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The other laptop could not prove it is the device you meant to reach.</source>
        <translation>O outro notebook não conseguiu provar que é o dispositivo que você queria alcançar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The connecting laptop could not prove its identity; it was turned away.</source>
        <translation>O notebook que se conectava não conseguiu provar sua identidade; foi recusado.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The connecting laptop is not an active device of this branch; it was turned away.</source>
        <translation>O notebook que se conectava não é um dispositivo ativo deste núcleo; foi recusado.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The other laptop hung up during the handshake: it may not recognise this device.</source>
        <translation>O outro notebook desligou durante a apresentação: talvez não reconheça este dispositivo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The other laptop did not answer the handshake in time.</source>
        <translation>O outro notebook não respondeu à apresentação a tempo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The encrypted stream from the other laptop was damaged or altered; it was closed.</source>
        <translation>O canal criptografado do outro notebook estava danificado ou alterado; foi fechado.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A frame from the other laptop failed authentication: it was damaged or altered.</source>
        <translation>Um bloco do outro notebook falhou na autenticação: estava danificado ou alterado.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A frame from the other laptop is larger than the protocol allows.</source>
        <translation>Um bloco do outro notebook é maior do que o protocolo permite.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The encrypted stream was already closed.</source>
        <translation>O canal criptografado já estava fechado.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The other laptop hung up in the middle of the encrypted stream.</source>
        <translation>O outro notebook desligou no meio do canal criptografado.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The other laptop broke the meeting-sync protocol; the connection was closed.</source>
        <translation>O outro notebook violou o protocolo de sincronização em reunião; a conexão foi fechada.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The other laptop announced a message larger than allowed; the connection was closed.</source>
        <translation>O outro notebook anunciou uma mensagem maior que o permitido; a conexão foi fechada.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The other laptop sent a message that could not be read; the connection was closed.</source>
        <translation>O outro notebook enviou uma mensagem que não pôde ser lida; a conexão foi fechada.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The other laptop sent a message out of turn; the connection was closed.</source>
        <translation>O outro notebook enviou uma mensagem fora de hora; a conexão foi fechada.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The other laptop ended the connection before it was complete.</source>
        <translation>O outro notebook encerrou a conexão antes de ela terminar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The other laptop sent another number of change sets than it said; it was closed.</source>
        <translation>O outro notebook enviou um número de conjuntos de alterações diferente do anunciado; a conexão foi fechada.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The other laptop&apos;s hello names a device other than the one it proved to be.</source>
        <translation>A apresentação do outro notebook cita um dispositivo diferente daquele que ele provou ser.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The other laptop runs a version of Caucus that cannot sync with this one; update both.</source>
        <translation>O outro notebook usa uma versão do Caucus que não sincroniza com esta; atualize os dois.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The other laptop ended the sync with an error; what arrived so far is kept.</source>
        <translation>O outro notebook encerrou a sincronização com um erro; o que chegou até agora fica guardado.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The other laptop is busy with other laptops; try again in a moment.</source>
        <translation>O outro notebook está ocupado com outros notebooks; tente de novo daqui a pouco.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The other laptop no longer counts this one as an active device; the sync stopped.</source>
        <translation>O outro notebook não considera mais este um dispositivo ativo; a sincronização parou.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The other laptop is busy or did not answer; try again in a moment.</source>
        <translation>O outro notebook está ocupado ou não respondeu; tente de novo daqui a pouco.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This laptop&apos;s vault failed during the meeting sync; what was stored before is kept.</source>
        <translation>O cofre deste notebook falhou durante a sincronização da reunião; o que estava guardado antes foi mantido.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The sync took longer than allowed and was stopped; what arrived so far is kept.</source>
        <translation>A sincronização demorou mais que o permitido e foi interrompida; o que chegou até agora fica guardado.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The other laptop stopped answering; what arrived so far is kept.</source>
        <translation>O outro notebook parou de responder; o que chegou até agora fica guardado.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The other laptop is not an active device of this branch; nothing was exchanged.</source>
        <translation>O outro notebook não é um dispositivo ativo deste núcleo; nada foi trocado.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No laptop of this branch was found on the network; is meeting mode on at the others?</source>
        <translation>Nenhum notebook deste núcleo foi encontrado na rede; o modo reunião está ligado nos outros?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The other laptop could not be reached at that address.</source>
        <translation>Não foi possível alcançar o outro notebook nesse endereço.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The sync was cancelled; the changes that arrived before are kept.</source>
        <translation>A sincronização foi cancelada; as alterações que chegaram antes ficam guardadas.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This vault does not belong to a branch yet; join one first.</source>
        <translation>Este cofre ainda não pertence a um núcleo; entre em um primeiro.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This laptop does not hold the branch key it needs; sync once by USB stick.</source>
        <translation>Este notebook não tem a chave do núcleo de que precisa; sincronize uma vez por pendrive.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>That address is this laptop itself.</source>
        <translation>Esse endereço é este próprio notebook.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Meeting mode cannot listen for other laptops on this network.</source>
        <translation>O modo reunião não consegue escutar outros notebooks nesta rede.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Meeting mode cannot use the network: is this laptop connected?</source>
        <translation>O modo reunião não consegue usar a rede: este notebook está conectado?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pairing the new laptop failed; nothing was shared.</source>
        <translation>O pareamento do novo notebook falhou; nada foi compartilhado.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The pairing code was not accepted: check it and try again.</source>
        <translation>O código de pareamento não foi aceito: confira-o e tente de novo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The pairing code was used up (too many wrong attempts); start pairing again.</source>
        <translation>O código de pareamento se esgotou (tentativas erradas demais); comece o pareamento de novo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The admin declined this laptop; nothing was shared.</source>
        <translation>O administrador recusou este notebook; nada foi compartilhado.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The pairing code expired before a new laptop joined; start pairing again.</source>
        <translation>O código de pareamento expirou antes que um novo notebook entrasse; comece o pareamento de novo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The laptop that answered does not know the code; nothing was shared.</source>
        <translation>O notebook que respondeu não conhece o código; nada foi compartilhado.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The welcome arrived damaged; nothing was joined. Try pairing again.</source>
        <translation>As boas-vindas chegaram danificadas; nada foi unido. Tente o pareamento de novo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../sync/trust.py" line="+68"/>
        <location line="+241"/>
        <location line="+202"/>
        <source>This vault already belongs to a branch.</source>
        <extracomment>meta key held while a join from a welcome file is under way: the welcome file&apos;s path</extracomment>
        <translation>Este cofre já pertence a um núcleo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No pairing offer with that code was found on the LAN; check the code.</source>
        <translation>Nenhuma oferta de pareamento com esse código foi encontrada na rede local; confira o código.</translation>
    </message>
    <message>
        <location filename="../../sync/lan/joining.py" line="+31"/>
        <source>No pairing offer with that code was found on the LAN; check the code, or type the address the admin&apos;s laptop shows.</source>
        <translation>Nenhuma oferta de pareamento com esse código foi encontrada na rede local; confira o código ou digite o endereço que o notebook do administrador mostra.</translation>
    </message>
    <message>
        <location filename="../../sync/lan/keyring.py" line="-20"/>
        <source>This laptop does not hold the branch key of epoch {epoch}.</source>
        <extracomment>How many key epochs before the current one a laptop still accepts and tries.</extracomment>
        <translation>Este notebook não tem a chave do núcleo nº {epoch}.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>This laptop is not an active device of its branch (it was revoked, or has not joined yet).</source>
        <translation>Este notebook não é um dispositivo ativo do seu núcleo (foi revogado ou ainda não entrou).</translation>
    </message>
    <message>
        <location filename="../../sync/lan/pairing.py" line="+130"/>
        <source>The other laptop sent data before the channel was secured.</source>
        <extracomment>The largest encrypted frame: a welcome chunk and its CBOR heads.</extracomment>
        <translation>O outro notebook enviou dados antes de o canal ser protegido.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The other laptop hung up during pairing.</source>
        <translation>O outro notebook desligou durante o pareamento.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Only an admin laptop may pair new laptops.</source>
        <translation>Só um notebook de administrador pode parear notebooks novos.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The pairing code was used up after {max_failures} wrong tries; start pairing again for a new code.</source>
        <translation>O código de pareamento se esgotou depois de {max_failures} tentativas erradas; comece o pareamento de novo para ter um código novo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pairing stopped: this laptop cannot take connections ({reason}).</source>
        <translation>O pareamento parou: este notebook não consegue aceitar conexões ({reason}).</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>The admin&apos;s laptop could not be reached at {address}:{address2} ({reason}).</source>
        <translation>Não foi possível alcançar o notebook do administrador em {address}:{address2} ({reason}).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The admin&apos;s laptop hung up without confirming the code: the code is wrong or used up, or pairing was stopped there.</source>
        <translation>O notebook do administrador desligou sem confirmar o código: o código está errado ou esgotado, ou o pareamento foi interrompido lá.</translation>
    </message>
    <message>
        <location filename="../../sync/lan/pairing_keys.py" line="+53"/>
        <source>A pairing code is 8 digits, like 47-105-962.</source>
        <translation>Um código de pareamento tem 8 dígitos, como 47-105-962.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The other laptop sent an invalid key-exchange message.</source>
        <translation>O outro notebook enviou uma mensagem de troca de chaves inválida.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The other laptop sent {obj!r} instead of {kind!r}; pairing stopped.</source>
        <translation>O outro notebook enviou {obj!r} em vez de {kind!r}; o pareamento parou.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The code was wrong: check it with the admin and try again (a code allows {max_failures} tries in all).</source>
        <translation>O código estava errado: confira-o com o administrador e tente de novo (um código permite {max_failures} tentativas no total).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The code was wrong, and it is now used up: ask the admin to start pairing again for a new code.</source>
        <translation>O código estava errado e agora se esgotou: peça ao administrador para começar o pareamento de novo com um código novo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The other laptop stopped the pairing before the code was confirmed.</source>
        <translation>O outro notebook interrompeu o pareamento antes de o código ser confirmado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The other laptop stopped the pairing: {text}</source>
        <translation>O outro notebook interrompeu o pareamento: {text}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The other laptop sent a malformed key-exchange message.</source>
        <translation>O outro notebook enviou uma mensagem de troca de chaves malformada.</translation>
    </message>
    <message>
        <location filename="../../sync/lan/pairing_machines.py" line="+113"/>
        <source>The laptop that answered does not know the code: it is not the admin&apos;s laptop you meant. Nothing was shared.</source>
        <translation>O notebook que respondeu não conhece o código: não é o notebook do administrador que você queria. Nada foi compartilhado.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The welcome is longer than announced.</source>
        <translation>As boas-vindas são mais longas do que o anunciado.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The new laptop sent an invalid join request.</source>
        <translation>O novo notebook enviou um pedido de entrada inválido.</translation>
    </message>
    <message>
        <location filename="../../sync/lan/server.py" line="+133"/>
        <source>Cannot listen on {bind}: {reason}.</source>
        <extracomment>Seconds a new connection has for its first 64 bytes (a shs1 hello or a probe).</extracomment>
        <translation>Não é possível escutar em {bind}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../sync/lan/session.py" line="+153"/>
        <source>This laptop&apos;s vault is busy with other laptops; try again.</source>
        <extracomment>How often a wait for the vault asks whether it was cancelled (or the server stopped).</extracomment>
        <translation>O cofre deste notebook está ocupado com outros notebooks; tente de novo.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>This laptop&apos;s vault failed during the meeting sync (database error: {name}); what was stored before is kept. Try again, and restart Caucus if it happens again.</source>
        <translation>O cofre deste notebook falhou durante a sincronização da reunião (erro de banco de dados: {name}); o que estava guardado antes foi mantido. Tente de novo e reinicie o Caucus se acontecer outra vez.</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>The other laptop ended the connection before the sync was complete.</source>
        <extracomment>The error&apos;s class name (``NotReachable``, ``PeerIdle``, ...), for scripts. The error itself (the window writes its sentence in the user&apos;s language)</extracomment>
        <translation>O outro notebook encerrou a conexão antes de a sincronização terminar.</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>The other laptop is no longer an active device of this branch (it was revoked); nothing more was sent to it.</source>
        <translation>O outro notebook não é mais um dispositivo ativo deste núcleo (foi revogado); nada mais foi enviado a ele.</translation>
    </message>
    <message>
        <location filename="../../sync/lan/session_machine.py" line="+159"/>
        <source>The other laptop sent {event!r} while this one was {state}; the connection was closed.</source>
        <extracomment>The events that are messages of the peer&apos;s (the others are this side&apos;s own steps).</extracomment>
        <translation>O outro notebook enviou {event!r} enquanto este estava em {state}; a conexão foi fechada.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The other laptop interrupted a large change set; the connection was closed.</source>
        <translation>O outro notebook interrompeu um conjunto de alterações grande; a conexão foi fechada.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The parts of a large change set do not agree.</source>
        <translation>As partes de um conjunto de alterações grande não batem.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The other laptop said it sent {count} change sets, but {received_items} arrived.</source>
        <translation>O outro notebook disse que enviou {count} conjuntos de alterações, mas chegaram {received_items}.</translation>
    </message>
    <message>
        <location filename="../../sync/lan/wire.py" line="+46"/>
        <source>{text!r} is not an address like 192.168.1.20:47300: the address the other laptop shows, a colon, then its port.</source>
        <extracomment>Seconds to connect, and for the identify probe&apos;s answer. Seconds a whole Secret Handshake may take.</extracomment>
        <translation>{text!r} não é um endereço como 192.168.1.20:47300: o endereço que o outro notebook mostra, dois-pontos e depois a porta.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The laptop at {address} is busy or did not answer; try again in a moment.</source>
        <translation>O notebook em {address} está ocupado ou não respondeu; tente de novo daqui a pouco.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The laptop at {address} could not be reached ({reason}).</source>
        <translation>Não foi possível alcançar o notebook em {address} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../sync/ops/joining.py" line="+82"/>
        <source>There is a sidecar but no vault at {path}; nothing was done.</source>
        <extracomment>how long to look on the LAN for the admin&apos;s pairing offer</extracomment>
        <translation>Há um arquivo auxiliar, mas nenhum cofre em {path}; nada foi feito.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>This vault already belongs to a branch; use a new vault.</source>
        <translation>Este cofre já pertence a um núcleo; use um cofre novo.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Compare the branch fingerprint before joining.</source>
        <translation>Compare a impressão digital do núcleo antes de entrar.</translation>
    </message>
    <message>
        <location filename="../../sync/ops/meeting.py" line="+271"/>
        <source>Cannot listen for the new laptop: {reason}.</source>
        <extracomment>The port meeting mode tries first, so a typed address may leave it out. The admin answers within this; the new laptop gives up waiting a little later. when ``port`` is taken, serve on any free one (else fail)</extracomment>
        <translation>Não é possível esperar pelo novo notebook: {reason}.</translation>
    </message>
    <message>
        <location filename="../../sync/records/settings.py" line="+41"/>
        <location line="+48"/>
        <source>This vault has no branch yet.</source>
        <extracomment>the coverage target: one point person per this many people</extracomment>
        <translation>Este cofre ainda não tem núcleo.</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>The target is a number of people per point person, like 10, not {value}.</source>
        <translation>A meta é um número de pessoas por pessoa de referência, como 10, não {value}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One point person looks after 1 to 1,000 people.</source>
        <translation>Uma pessoa de referência acompanha de 1 a 1.000 pessoas.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Only an admin may change the branch&apos;s {what}.</source>
        <translation>Só um administrador pode mudar {what} do núcleo.</translation>
    </message>
    <message>
        <location filename="../../sync/store/packing.py" line="+46"/>
        <location line="+3"/>
        <source>A stored change set is damaged; restore a backup.</source>
        <extracomment>the largest inflated size accepted (three times a change set&apos;s largest body)</extracomment>
        <translation>Um conjunto de alterações guardado está danificado; restaure um backup.</translation>
    </message>
    <message>
        <location filename="../../sync/store/vault.py" line="+130"/>
        <source>A vault already exists at {path}; it was left untouched.</source>
        <extracomment>the vaults unlocked in this process: where to look when an I/O error may be a full disk</extracomment>
        <translation>Já existe um cofre em {path}; ele não foi alterado.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>There is no vault at {path}.</source>
        <translation>Não há cofre em {path}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is not a vault file.</source>
        <translation>{path} não é um arquivo de cofre.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The vault file {name} is damaged (truncated) or is not a Caucus vault; it was left untouched.</source>
        <translation>O arquivo de cofre {name} está danificado (truncado) ou não é um cofre do Caucus; ele não foi alterado.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The passphrase is wrong for this vault. A change of passphrase was interrupted: try both the previous and the new passphrase.</source>
        <translation>A frase-senha está errada para este cofre. Uma troca de frase-senha foi interrompida: tente a anterior e a nova.</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>The disk is too full to change the passphrase: it needs about {megabytes:.1f} MB free for a moment. Nothing was changed; free some space and try again.</source>
        <translation>O disco está cheio demais para trocar a frase-senha: são precisos uns {megabytes:.1f} MB livres por um momento. Nada foi alterado; libere espaço e tente de novo.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>The disk became full while the passphrase was being changed; the old passphrase still opens the vault. Free some space and try again.</source>
        <translation>O disco encheu enquanto a frase-senha era trocada; a anterior ainda abre o cofre. Libere espaço e tente de novo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The passphrase could not be changed; the old passphrase still opens the vault.</source>
        <translation>Não foi possível trocar a frase-senha; a anterior ainda abre o cofre.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{dest} already exists; choose another name for the backup.</source>
        <translation>{dest} já existe; escolha outro nome para o backup.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The vault could not switch to write-ahead logging.</source>
        <translation>O cofre não conseguiu passar para o registro antecipado (WAL).</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{name} is not a Caucus vault; it was left untouched.</source>
        <translation>{name} não é um cofre do Caucus; ele não foi alterado.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The disk holding {name} is full, so the vault could not be opened; nothing in it was changed. Free some space and try again.</source>
        <translation>O disco que guarda {name} está cheio, então o cofre não pôde ser aberto; nada nele foi alterado. Libere espaço e tente de novo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The vault file {name} is damaged or is not a Caucus vault; it was left untouched.</source>
        <translation>O arquivo de cofre {name} está danificado ou não é um cofre do Caucus; ele não foi alterado.</translation>
    </message>
    <message>
        <location filename="../../sync/trust.py" line="-341"/>
        <source>Only an admin device may admit or revoke devices.</source>
        <extracomment>its Syncthing device ID, once it has switched always-on sync on</extracomment>
        <translation>Só um dispositivo de administrador pode admitir ou revogar dispositivos.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A device cannot revoke itself; ask another admin.</source>
        <translation>Um dispositivo não pode revogar a si mesmo; peça a outro administrador.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is already revoked.</source>
        <translation>{name} já está revogado.</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>That is not a valid join-request file.</source>
        <translation>Esse não é um arquivo de pedido de entrada válido.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>That device was revoked; it cannot be admitted again. Make a new join request from a fresh vault.</source>
        <translation>Esse dispositivo foi revogado; não pode ser admitido de novo. Faça um novo pedido de entrada a partir de um cofre novo.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>This vault has no device key: make a join request from it first.</source>
        <translation>Este cofre não tem chave de dispositivo: faça primeiro um pedido de entrada a partir dele.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That is not a Caucus welcome file.</source>
        <translation>Esse não é um arquivo de boas-vindas do Caucus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+10"/>
        <source>That welcome file is damaged.</source>
        <translation>Esse arquivo de boas-vindas está danificado.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>There is no welcome file at {welcome_path}.</source>
        <translation>Não há arquivo de boas-vindas em {welcome_path}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That welcome file was made for another device (or is damaged).</source>
        <translation>Esse arquivo de boas-vindas foi feito para outro dispositivo (ou está danificado).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>That welcome file&apos;s branch does not match its founder.</source>
        <translation>O núcleo desse arquivo de boas-vindas não corresponde ao fundador.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>That welcome file is for another branch than the one checked; nothing was imported.</source>
        <translation>Esse arquivo de boas-vindas é de um núcleo diferente do conferido; nada foi importado.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This vault is part-way through joining another branch (fingerprint {branch_id}); finish with that branch&apos;s welcome file. Nothing was imported.</source>
        <translation>Este cofre está no meio da entrada em outro núcleo (impressão digital {branch_id}); termine com o arquivo de boas-vindas desse núcleo. Nada foi importado.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The welcome file did not contain this device&apos;s admission.</source>
        <translation>O arquivo de boas-vindas não continha a admissão deste dispositivo.</translation>
    </message>
    <message>
        <location filename="../../sync/exchange/importer/dates.py" line="+64"/>
        <source>{label} {value} is not a date (this column has the month first, e.g. 03/31/2024).</source>
        <extracomment>Countries where 03/04/2024 is the 4th of March (month first). 4 or 5 digits (with a fraction): an Excel date number, unless it is a yyyymmdd date</extracomment>
        <translation>{label}: {value} não é uma data (esta coluna traz o mês primeiro, p. ex. 03/31/2024).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{label} {value} is not a date (use e.g. 2024-03-31 or 31/03/2024).</source>
        <translation>{label}: {value} não é uma data (use p. ex. 2024-03-31 ou 31/03/2024).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{label} {year}: a year alone is not a date; write {year}-01-01 (or the whole date).</source>
        <translation>{label}: {year} é só um ano, não uma data; escreva {year}-01-01 (ou a data completa).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{label} {value} is not a date.</source>
        <translation>{label}: {value} não é uma data.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../sync/records/validation.py" line="+52"/>
        <source>{label} {value} is not a plausible date.</source>
        <translation>{label}: {value} não é uma data plausível.</translation>
    </message>
    <message>
        <location filename="../../sync/records/batch.py" line="+75"/>
        <source>A batch&apos;s chunk must be at least 1 row.</source>
        <extracomment>Ids known to exist, remembered so a run of notes about one member asks the vault once.</extracomment>
        <translation>Cada parte de um lote precisa ter pelo menos 1 linha.</translation>
    </message>
    <message>
        <location line="+134"/>
        <location line="+57"/>
        <source>A member needs a first or last name.</source>
        <extracomment>new records written, by table (committed or pending) (member id, warning) for each value kept as given though it could not be checked (a phone number phonenumbers cannot validate)</extracomment>
        <translation>Um filiado precisa de nome ou sobrenome.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{table} records do not belong to a member.</source>
        <translation>Registros {table} não pertencem a um filiado.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>A workplace needs a name.</source>
        <translation>Um local de trabalho precisa de um nome.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A campaign needs a name.</source>
        <translation>Uma campanha precisa de um nome.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Quorum cannot be negative.</source>
        <translation>O quórum não pode ser negativo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A meeting needs a title.</source>
        <translation>Uma reunião precisa de um título.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>A note needs some text.</source>
        <translation>Uma anotação precisa de algum texto.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>A task needs a title.</source>
        <translation>Uma tarefa precisa de um título.</translation>
    </message>
    <message>
        <location filename="../../sync/records/country.py" line="+80"/>
        <source>{value} is not a country code Caucus knows; use the two letters of ISO 3166, like GB, DE or AR.</source>
        <extracomment>Every country a branch can have: the regions phonenumbers can read numbers of. ISO 4217 currency codes in use (2024), plus the precious metals and test codes left out. The currency a new branch of a country gets (the user can change it; others: none).</extracomment>
        <translation>{value} não é um código de país que o Caucus conheça; use as duas letras da ISO 3166, como GB, DE ou AR.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{value} is not a currency code; use the three letters of ISO 4217, like GBP, EUR or ARS.</source>
        <translation>{value} não é um código de moeda; use as três letras da ISO 4217, como GBP, EUR ou ARS.</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>{value} is not a phone number.</source>
        <translation>{value} não é um número de telefone.</translation>
    </message>
    <message>
        <location filename="../../sync/records/validation.py" line="-21"/>
        <source>{label} is too long (at most {max_len} characters).</source>
        <extracomment>the most characters a text field holds (a custom field, a value kept aside…)</extracomment>
        <translation>{label} é longo demais (no máximo {max_len} caracteres).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{label} must be a date like 2024-03-31, not {value}.</source>
        <translation>{label} precisa ser uma data como 2024-03-31, não {value}.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>{value} is not a valid email address: {reason}</source>
        <extracomment>Validated emails and phones, remembered (an import cleans each value twice: once to plan the row, once as the batch writes it). A cleaned value cleans to itself. {reason} says what is wrong with the address</extracomment>
        <translation>{value} não é um endereço de e-mail válido: {reason}</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>{label} must be yes or no, not {value}.</source>
        <translation>{label} precisa ser sim ou não, não {value}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{label} must be one of {choices}, not {value}.</source>
        <translation>{label} precisa ser um de {choices}, não {value}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Assessment must be a whole number 0–5, not {value}.</source>
        <translation>A avaliação precisa ser um número inteiro de 0 a 5, não {value}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Assessment must be between 0 and 5, not {number}.</source>
        <translation>A avaliação precisa estar entre 0 e 5, não {number}.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>A custom field needs a name, like custom.shift=nights.</source>
        <translation>Um campo personalizado precisa de um nome, como custom.shift=nights.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Members have no field called {name}.</source>
        <translation>Filiados não têm nenhum campo chamado {name}.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Tag {tag}… is too long (60 characters at most).</source>
        <translation>O marcador {tag}… é longo demais (no máximo 60 caracteres).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Expected FIELD=VALUE, not {value}.</source>
        <translation>Esperava-se CAMPO=VALOR, não {value}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{records} have no field called {name}.</source>
        <translation>{records}: não há nenhum campo chamado {name}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{label} must be a whole number, not {value}.</source>
        <translation>{label} precisa ser um número inteiro, não {value}.</translation>
    </message>
    <message>
        <location filename="../../sync/always_on/process.py" line="+137"/>
        <source>Syncthing could not make its home folder {home}.</source>
        <extracomment>option name (as in the REST API and config.xml) → value</extracomment>
        <translation>O Syncthing não conseguiu criar sua pasta base {home}.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Caucus&apos;s Syncthing is already running.</source>
        <translation>O Syncthing do Caucus já está em execução.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Syncthing stopped as it started; its log {log} says why.</source>
        <extracomment>{log} is the path of Syncthing&apos;s log file</extracomment>
        <translation>O Syncthing parou ao iniciar; o registro dele, {log}, diz por quê.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Syncthing did not start within {timeout:.0f} seconds; its log is {log}.</source>
        <translation>O Syncthing não iniciou em {timeout:.0f} segundos; o registro dele é {log}.</translation>
    </message>
    <message>
        <location filename="../../sync/always_on/rest.py" line="+141"/>
        <source>Syncthing refused a request ({request}: {reason}).</source>
        <extracomment>{request} is the request (&quot;GET /rest/config&quot;), {reason} Syncthing&apos;s answer</extracomment>
        <translation>O Syncthing recusou uma solicitação ({request}: {reason}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Syncthing sent a reply Caucus cannot read ({path}).</source>
        <translation>O Syncthing enviou uma resposta que o Caucus não consegue ler ({path}).</translation>
    </message>
    <message>
        <location filename="../../sync/exchange/importer/mapping.py" line="+199"/>
        <source>Column {heading} cannot go to {target}; choose a member field, custom.NAME, or leave it out.</source>
        <extracomment>Fields that hold ids: a file names the record instead (``workplace``, ``unit``), or gives no target for it (a point person is set on the chart, not by a name in a file). Every mapping target a user can choose (besides ``custom.NAME`` and ignoring). Targets whose value may have several lines (and custom fields). Targets that take several columns, joined with &quot;, &quot; (and custom fields). {heading} is a column&apos;s heading, {target} the field typed for it</extracomment>
        <translation>A coluna {heading} não pode ir para {target}; escolha um campo do filiado, custom.NOME, ou deixe-a de fora.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Columns {first} and {second} both go to {field}; choose one of them (only the address, emails, phones, tags and custom fields take several columns).</source>
        <extracomment>{first} and {second} are two columns&apos; headings, {field} a member field</extracomment>
        <translation>As colunas {first} e {second} vão ambas para {field}; escolha uma delas (só o endereço, os e-mails, os telefones, os marcadores e os campos personalizados aceitam várias colunas).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A saved mapping needs a name.</source>
        <translation>Um mapeamento salvo precisa de um nome.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is no saved mapping called {name} ({known}).</source>
        <extracomment>{name} is the name asked for, {known} the names of the saved mappings</extracomment>
        <translation>Não há mapeamento salvo chamado {name} ({known}).</translation>
    </message>
    <message>
        <location filename="../../sync/ops/always_on.py" line="+158"/>
        <location line="+180"/>
        <source>This laptop has not joined a branch yet.</source>
        <translation>Este notebook ainda não entrou em um núcleo.</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>This Syncthing ({version}) is too old; Caucus needs Syncthing 1.12 or later.</source>
        <extracomment>{version} is the version Syncthing gave (or &quot;unknown version&quot;)</extracomment>
        <translation>Este Syncthing ({version}) é antigo demais; o Caucus precisa do Syncthing 1.12 ou mais recente.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Syncthing could not start.</source>
        <translation>O Syncthing não conseguiu iniciar.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Using your own Syncthing needs its API key (Actions → Settings → GUI).</source>
        <translation>Usar o seu próprio Syncthing exige a chave de API dele (Ações → Configurações → GUI).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Listen on lan, loopback or an address tcp://HOST:PORT.</source>
        <translation>Escute em lan, loopback ou um endereço tcp://HOST:PORTA.</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>Discovery and relays are set in your own Syncthing, not here.</source>
        <extracomment>laptops of the branch that have not switched always-on sync on yet (names) this laptop holds changes its files in the folder do not carry yet this laptop may add and remove boxes</extracomment>
        <translation>A descoberta e os relays são configurados no seu próprio Syncthing, não aqui.</translation>
    </message>
    <message>
        <location filename="../../sync/exchange/importer/cleaning.py" line="+52"/>
        <source>{label} {value} has a line break; only the address and custom fields can have several lines.</source>
        <extracomment>Text our CSV export guards with a leading &quot;&apos;&quot; (a formula, or a quote of its own).</extracomment>
        <translation>{label} {value} tem uma quebra de linha; só o endereço e os campos personalizados podem ter várias linhas.</translation>
    </message>
    <message>
        <location filename="../../sync/exchange/importer/units.py" line="+132"/>
        <source>A headcount sheet needs a workplace column and a headcount column (and a unit column for the units&apos; own headcounts); this one has {headings}.</source>
        <extracomment>{headings} is the file&apos;s column headings, or &quot;no headings&quot;</extracomment>
        <translation>Uma planilha de totais de pessoas precisa de uma coluna de local de trabalho e de uma coluna de total de pessoas (e de uma coluna de unidade para o total de cada unidade); esta tem {headings}.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Nothing was imported: {why}</source>
        <extracomment>{why} is the failure&apos;s sentence</extracomment>
        <translation>Nada foi importado: {why}</translation>
    </message>
    <message>
        <location filename="../../sync/records/email_words.py" line="+61"/>
        <source>{value} is not a valid email address.</source>
        <extracomment>{value} is the address as typed</extracomment>
        <translation>{value} não é um endereço de e-mail válido.</translation>
    </message>
</context>
<context>
    <name>export_dialog</name>
    <message>
        <location filename="../../desktop/dialogs/export_dialog.py" line="-170"/>
        <source>CSV (spreadsheet text)</source>
        <translation>CSV (texto de planilha)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Pasta de trabalho do Excel (.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printable member list (PDF)</source>
        <translation>Lista de filiados para imprimir (PDF)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>CSV spreadsheet</source>
        <translation>Planilha CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook</source>
        <translation>Pasta de trabalho do Excel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>printed member list</source>
        <translation>lista de filiados impressa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sign-in sheet</source>
        <translation>lista de presença</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mailing labels</source>
        <translation>etiquetas de endereçamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>subject access (PDF)</source>
        <translation>acesso do titular (PDF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>subject access</source>
        <translation>acesso do titular</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>subject access (JSON)</source>
        <translation>acesso do titular (JSON)</translation>
    </message>
</context>
<context>
    <name>exporter</name>
    <message>
        <location filename="../../sync/exchange/exporter.py" line="+29"/>
        <source>The exported file is NOT encrypted: anyone who gets it can read it. Keep it safe and delete it when done.</source>
        <translation>O arquivo exportado NÃO está criptografado: qualquer pessoa que o obtiver poderá lê-lo. Guarde-o em local seguro e apague-o quando terminar.</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../sync/records/labels.py" line="+13"/>
        <source>Record number</source>
        <translation>Nº do registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>Primeiro nome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Sobrenome</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full name</source>
        <translation>Nome completo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preferred name</source>
        <translation>Nome de tratamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Membership no.</source>
        <translation>Nº de filiação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emails</source>
        <translation>E-mails</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phones</source>
        <translation>Telefones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postcode</source>
        <translation>CEP</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Workplace</source>
        <translation>Local de trabalho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status override</source>
        <translation>Ajuste manual da situação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Override until</source>
        <translation>Ajuste válido até</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joined</source>
        <translation>Filiou-se em</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lapsed</source>
        <translation>Filiação venceu em</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dues paid until</source>
        <translation>Mensalidade paga até</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessment</source>
        <translation>Avaliação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basis of processing</source>
        <translation>Base legal do tratamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not contact</source>
        <translation>Não contatar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No email</source>
        <translation>Sem e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No phone calls</source>
        <translation>Sem ligações</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No texts</source>
        <translation>Sem SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No post</source>
        <translation>Sem correspondência</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom fields</source>
        <translation>Campos personalizados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Marcadores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag</source>
        <translation>Marcador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>Excluído</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Point person</source>
        <translation>Pessoa de referência</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Unidade</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Member</source>
        <translation>Filiado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Teste de estrutura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer</source>
        <translation>Resposta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employer</source>
        <translation>Empregador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sector</source>
        <translation>Setor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headcount</source>
        <translation>Efetivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counted on</source>
        <translation>Contado em</translation>
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
        <translation>Descrição</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts on</source>
        <translation>Começa em</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends on</source>
        <translation>Termina em</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign</source>
        <translation>Campanha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>Meio</translation>
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
        <translation>Retomar em</translation>
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
        <translation>Prazo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Feita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignee</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Local</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quorum</source>
        <translation>Quórum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>Reunião</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target share</source>
        <translation>Meta percentual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>Prazo final</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pair</source>
        <translation>Par</translation>
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
        <translation>Registrado em</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Origem</translation>
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
        <translation>Moeda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Point ratio</source>
        <translation>Pessoas por pessoa de referência</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pubkey</source>
        <translation>Chave pública</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Função</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admitted by</source>
        <translation>Admitido por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoked after</source>
        <translation>Revogado após</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoked by</source>
        <translation>Revogado por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syncthing</source>
        <translation>Syncthing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syncthing addresses</source>
        <translation>Endereços do Syncthing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Epoch</source>
        <translation>Época das chaves</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sealed</source>
        <translation>Chave selada</translation>
    </message>
</context>
<context>
    <name>import_issues</name>
    <message>
        <location filename="../../desktop/dialogs/import_issues.py" line="-24"/>
        <source>Repaired: stored as {value}</source>
        <translation>Consertado: gravado como {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Can be repaired to {value} (tick “Repair” above)</source>
        <translation>Pode ser consertado para {value} (marque “Consertar” acima)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kept aside on the person, to check</source>
        <translation>Guardado à parte na ficha da pessoa, para conferir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept as typed, to check</source>
        <translation>Mantido como digitado, para conferir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported as “(no name)”</source>
        <translation>Importado como “(sem nome)”</translation>
    </message>
</context>
<context>
    <name>import_wizard</name>
    <message>
        <location filename="../../desktop/dialogs/import_wizard.py" line="-429"/>
        <source>(do not import)</source>
        <translation>(não importar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its columns separated by commas</source>
        <translation>com colunas separadas por vírgulas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its columns separated by semicolons</source>
        <translation>com colunas separadas por ponto e vírgula</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its columns separated by tabs</source>
        <translation>com colunas separadas por tabulações</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its columns separated by bars</source>
        <translation>com colunas separadas por barras verticais</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Email(s)</source>
        <translation>E-mail(s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone(s)</source>
        <translation>Telefone(s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>Nome completo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workplace (name)</source>
        <translation>Local de trabalho (nome)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caucus id (match only)</source>
        <translation>ID do Caucus (só para correspondência)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The file has column headings but no rows of data; nothing to import.</source>
        <translation>O arquivo tem cabeçalhos de coluna, mas nenhuma linha de dados; não há nada para importar.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_duplicates.py" line="-38"/>
        <source>Skip (keep the existing member)</source>
        <translation>Pular (manter o filiado existente)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update the existing member</source>
        <translation>Atualizar o filiado existente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a new member anyway</source>
        <translation>Criar um novo filiado mesmo assim</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard.py" line="-41"/>
        <source>Excel workbook (sheet “{sheet}”)</source>
        <translation>Pasta de trabalho do Excel (planilha “{sheet}”)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>with one column</source>
        <translation>com uma coluna só</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its columns separated by {separator}</source>
        <translation>com colunas separadas por {separator}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A spreadsheet saved as text (CSV), {separator}</source>
        <translation>Uma planilha salva como texto (CSV), {separator}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, written by an older Windows program (Windows-1252 letters)</source>
        <translation>, gravada por um programa antigo do Windows (letras Windows-1252)</translation>
    </message>
</context>
<context>
    <name>join_page</name>
    <message>
        <location filename="../../desktop/views/join_page.py" line="-394"/>
        <source>Sync → Devices → Admit a laptop from a join request file…</source>
        <translation>Sincronização → Dispositivos → Admitir um notebook a partir de um arquivo de pedido de entrada…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Joining this branch was interrupted before it finished (Caucus was closed, or the computer stopped). It will be completed from the welcome file.</source>
        <translation>A entrada neste núcleo foi interrompida antes de terminar (o Caucus foi fechado, ou o computador desligou). Ela será concluída a partir do arquivo de boas-vindas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The admin&apos;s laptop must show the same string; waiting for approval…</source>
        <translation>O notebook do administrador precisa mostrar a mesma sequência; aguardando a aprovação…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Looking for the admin&apos;s laptop…</source>
        <extracomment>the words of the joining stages</extracomment>
        <translation>Procurando o notebook do administrador…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connecting to the admin&apos;s laptop…</source>
        <translation>Conectando ao notebook do administrador…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Joined {branch_name} as {role}.</source>
        <translation>Você entrou em {branch_name} como {role}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The join request was saved as {path}.</source>
        <translation>O pedido de entrada foi salvo como {path}.</translation>
    </message>
</context>
<context>
    <name>list_pages</name>
    <message>
        <location filename="../../desktop/views/list_pages.py" line="-448"/>
        <source>Start date</source>
        <extracomment>the add line&apos;s fields that take a date (typed in the locale&apos;s format or ISO, or picked)</extracomment>
        <translation>Data de início</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting date</source>
        <translation>Data da reunião</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due date</source>
        <translation>Data limite</translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <location filename="../../desktop/main_window.py" line="-306"/>
        <source>Members</source>
        <extracomment>the sections: (title, icon, key); the members page first</extracomment>
        <translation>Filiados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workplaces</source>
        <translation>Locais de trabalho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaigns</source>
        <translation>Campanhas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tasks</source>
        <translation>Tarefas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings</source>
        <translation>Reuniões</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync</source>
        <translation>Sincronização</translation>
    </message>
</context>
<context>
    <name>member_form</name>
    <message>
        <location filename="../../desktop/views/member_form.py" line="-289"/>
        <source>Member</source>
        <translation>Filiado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Former member</source>
        <translation>Ex-filiado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regular contact</source>
        <translation>Contato regular</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other (with consent)</source>
        <translation>Outro (com consentimento)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do not contact</source>
        <translation>Não contatar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No email</source>
        <translation>Sem e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No phone calls</source>
        <translation>Sem ligações</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No texts</source>
        <translation>Sem SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No post</source>
        <translation>Sem correspondência</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Line {number} of the custom fields needs the form &apos;name: value&apos;.</source>
        <translation>A linha {number} dos campos personalizados precisa estar no formato &apos;nome: valor&apos;.</translation>
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
        <translation>Retorno em {follow_up_on}</translation>
    </message>
</context>
<context>
    <name>members</name>
    <message>
        <location filename="../../desktop/models/members.py" line="-243"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Membership no.</source>
        <translation>Nº de filiação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workplace</source>
        <translation>Local de trabalho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessment</source>
        <translation>Avaliação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dues paid until</source>
        <translation>Mensalidade paga até</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(no name)</source>
        <translation>(sem nome)</translation>
    </message>
</context>
<context>
    <name>organising_tab</name>
    <message>
        <location filename="../../desktop/views/organising_tab.py" line="-25"/>
        <source>CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
        <translation>Arquivos CSV (*.csv);;Pastas de trabalho do Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>passphrase</name>
    <message>
        <location filename="../../desktop/passphrase.py" line="+42"/>
        <source>Choose a passphrase: four or more unrelated words work well.</source>
        <translation>Escolha uma frase-senha: quatro ou mais palavras sem relação entre si funcionam bem.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Too short: use at least {MIN_PASSPHRASE} characters.</source>
        <translation>Curta demais: use pelo menos {MIN_PASSPHRASE} caracteres.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Weak: add more words or characters.</source>
        <translation>Fraca: acrescente mais palavras ou caracteres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fair: another word or two would make it much stronger.</source>
        <translation>Razoável: mais uma ou duas palavras a deixariam muito mais forte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Good.</source>
        <translation>Boa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strong.</source>
        <translation>Forte.</translation>
    </message>
</context>
<context>
    <name>phrases</name>
    <message>
        <location filename="../../sync/exchange/importer/cleaning.py" line="+189"/>
        <source>{message} It is {length} characters long: its first {kept} are kept aside, the most a field holds.</source>
        <extracomment>{message} says why the value is kept aside; {length} and {kept} count characters</extracomment>
        <translation>{message} Tem {length} caracteres: os primeiros {kept} são guardados à parte, o máximo que cabe em um campo.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>{value} is an Excel date number: read as {day}.</source>
        <extracomment>{value} is a number in the file, {day} the date it stands for</extracomment>
        <translation>{value} é um número de data do Excel: lido como {day}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{value} looks like an Excel date number; it can be read as {day}.</source>
        <translation>{value} parece um número de data do Excel; pode ser lido como {day}.</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Not imported: the row holds no person (no name, email, phone, membership number or address).</source>
        <translation>Não importada: a linha não contém nenhuma pessoa (nem nome, nem e-mail, nem telefone, nem número de filiado, nem endereço).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The row has no name; the person was imported as {name}. Add their name.</source>
        <extracomment>{name} is what the person is imported as, &apos;(no name)&apos;</extracomment>
        <translation>A linha não tem nome; a pessoa foi importada como {name}. Adicione o nome dela.</translation>
    </message>
    <message>
        <location filename="../../sync/exchange/importer/mapping.py" line="-2"/>
        <source>none saved yet</source>
        <translation>nenhum salvo ainda</translation>
    </message>
    <message>
        <location filename="../../sync/exchange/importer/planning.py" line="+56"/>
        <source>same id</source>
        <translation>mesmo id</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>same email {email}</source>
        <translation>mesmo e-mail {email}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>same name and phone</source>
        <translation>mesmo nome e telefone</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it repeats row {row} of this file ({reason})</source>
        <extracomment>{row} is a row number of the spreadsheet, {reason} e.g. &quot;same email …&quot;</extracomment>
        <translation>ela repete a linha {row} deste arquivo ({reason})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it matches the existing member {name} ({reason})</source>
        <extracomment>{name} is the member&apos;s name, {reason} e.g. &quot;same email …&quot;</extracomment>
        <translation>ela corresponde ao filiado existente {name} ({reason})</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>as its dates show</source>
        <extracomment>rows that cannot be read as they are (they will be rejected), and reading notes the spreadsheet row number of each previewed row (headings are row 1)</extracomment>
        <translation>como mostram as datas dela</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>as in {region}</source>
        <extracomment>{region} is a country&apos;s two-letter code, e.g. US</extracomment>
        <translation>como em {region}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>as most countries write them</source>
        <translation>como a maioria dos países as escreve</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dates in “{heading}” are read month first ({how}).</source>
        <extracomment>{heading} is a column&apos;s heading, {how} why (e.g. &quot;as its dates show&quot;)</extracomment>
        <translation>As datas em “{heading}” são lidas com o mês primeiro ({how}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dates in “{heading}” are read day first ({how}).</source>
        <translation>As datas em “{heading}” são lidas com o dia primeiro ({how}).</translation>
    </message>
    <message>
        <location filename="../../sync/exchange/importer/reading.py" line="-189"/>
        <source>A quote (&quot;) opened in this row is never closed</source>
        <translation>Uma aspa (&quot;) aberta nesta linha nunca é fechada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the rest of the file</source>
        <translation>o resto do arquivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A quote (&quot;) opened in this row is not closed where its cell ends</source>
        <translation>Uma aspa (&quot;) aberta nesta linha não é fechada onde a célula termina</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the lines after it</source>
        <translation>as linhas seguintes</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Not imported: this line was read into row {row}, whose quote is not closed.</source>
        <extracomment>{row} is the number of the row whose quote swallowed this line</extracomment>
        <translation>Não importada: esta linha foi lida dentro da linha {row}, cuja aspa não foi fechada.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{what}. Fix the quotes and import this row again.</source>
        <translation>{what}. Corrija as aspas e importe esta linha de novo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 line</source>
        <translation>1 linha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} lines</source>
        <translation>{n} linhas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what}, so it swallowed {swallowed} ({lines}). Fix the quotes and import this row again.</source>
        <extracomment>{what} is what is wrong with the quote, {swallowed} which lines it took in (e.g. &quot;the lines after it&quot;), {lines} how many (&quot;3 lines&quot;)</extracomment>
        <translation>{what}, por isso engoliu {swallowed} ({lines}). Corrija as aspas e importe esta linha de novo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Read as Windows-1252, not UTF-8 like the rest of the file (check the accented letters there): row {rows}.</source>
        <translation>Lida como Windows-1252, não como UTF-8 como o resto do arquivo (confira ali as letras acentuadas): linha {rows}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read as Windows-1252, not UTF-8 like the rest of the file (check the accented letters there): rows {rows}.</source>
        <translation>Lidas como Windows-1252, não como UTF-8 como o resto do arquivo (confira ali as letras acentuadas): linhas {rows}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read as Windows-1252, not UTF-8 like the rest of the file (check the accented letters there): rows {rows} and {more} more.</source>
        <extracomment>{rows} are the first 20 row numbers, {more} how many more rows there are</extracomment>
        <translation>Lidas como Windows-1252, não como UTF-8 como o resto do arquivo (confira ali as letras acentuadas): linhas {rows} e mais {more}.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Read the sheet “{title}”; the other sheets ({others}) were not read.</source>
        <extracomment>{title} is the name of the sheet read, {others} those of the other sheets</extracomment>
        <translation>A planilha “{title}” foi lida; as outras planilhas ({others}) não foram lidas.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The row has {used} values but the file has {width} column headings, so its values cannot be matched to the columns (is there a comma in a value that is not in quotes?). Fix the row and import it again.</source>
        <extracomment>{used} and {width} are counts of values and of column headings</extracomment>
        <translation>A linha tem {used} valores, mas o arquivo tem {width} cabeçalhos de coluna, então os valores dela não podem ser associados às colunas (há uma vírgula num valor que não está entre aspas?). Corrija a linha e importe-a de novo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The row has {used} values but the file has {width} column headings, so its values cannot be matched to the columns. Fix the row and import it again.</source>
        <translation>A linha tem {used} valores, mas o arquivo tem {width} cabeçalhos de coluna, então os valores dela não podem ser associados às colunas. Corrija a linha e importe-a de novo.</translation>
    </message>
    <message>
        <location filename="../../sync/exchange/importer/running.py" line="-122"/>
        <source>Cancelled: {figures}. Rows after the last whole batch were not imported.</source>
        <extracomment>{figures} is what the import did, e.g. &quot;5 imported, 0 updated, 1 skipped, 0 rejected&quot;</extracomment>
        <translation>Cancelado: {figures}. As linhas depois do último lote completo não foram importadas.</translation>
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
        <translation>{imported} importados, {updated} atualizados, {skipped} ignorados, {rejected} rejeitados</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{counts}. {flagged} row flagged to check, {repaired} repaired</source>
        <extracomment>{counts} is &quot;5 imported, 0 updated, 1 skipped, 0 rejected&quot;</extracomment>
        <translation>{counts}. {flagged} linha marcada para conferir, {repaired} reparadas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{counts}. {flagged} rows flagged to check, {repaired} repaired</source>
        <translation>{counts}. {flagged} linhas marcadas para conferir, {repaired} reparadas</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>row {row}</source>
        <translation>a linha {row}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rows {first}–{last}</source>
        <translation>as linhas {first}–{last}</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Skipped: {reason}.</source>
        <extracomment>{reason} is whom the row is the same person as, and why</extracomment>
        <translation>Ignorada: {reason}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The unit {unit} needs a workplace; it was kept as {field}.</source>
        <extracomment>{unit} is a unit&apos;s name, {field} the custom field it was kept in</extracomment>
        <translation>A unidade {unit} precisa de um local de trabalho; foi guardada como {field}.</translation>
    </message>
    <message>
        <location filename="../../sync/ops/always_on.py" line="-295"/>
        <source>unknown version</source>
        <translation>versão desconhecida</translation>
    </message>
    <message>
        <location filename="../../sync/replica/delivery.py" line="+70"/>
        <source>change set {seq} of device {device}</source>
        <extracomment>{seq} is a change set&apos;s number, {device} the start of a device&apos;s key</extracomment>
        <translation>conjunto de alterações {seq} do dispositivo {device}</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>a change set</source>
        <translation>um conjunto de alterações</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It belongs to a different branch.</source>
        <translation>Pertence a outro núcleo.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Another change set with the same number exists from this device: its vault was copied or forked; kept the first one.</source>
        <translation>Já existe outro conjunto de alterações com o mesmo número deste dispositivo: o cofre dele foi copiado ou bifurcado; o primeiro foi mantido.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>It was made after the device&apos;s access was revoked.</source>
        <translation>Foi feito depois que o acesso do dispositivo foi revogado.</translation>
    </message>
    <message>
        <location filename="../../sync/replica/roster.py" line="+195"/>
        <source>It names an unknown table {table}.</source>
        <translation>Ele cita uma tabela desconhecida {table}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Only an admin may change the branch or its keys.</source>
        <translation>Só um administrador pode mudar o núcleo ou as chaves dele.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only an admin may admit or revoke devices.</source>
        <translation>Só um administrador pode admitir ou revogar dispositivos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The device is a viewer: it may not change records.</source>
        <translation>O dispositivo é leitor: não pode mudar registros.</translation>
    </message>
    <message>
        <location filename="../../sync/store/schema.py" line="+400"/>
        <source>It holds fields this version of Caucus does not know (a newer version wrote it); update Caucus and it is applied.</source>
        <extracomment>the name and table of each of :data:`INDEXES`, in order those on the replicated tables: the ones a bulk load builds after the rows why a change set naming a field this build does not know is set aside (rejected): a newer Caucus wrote it. After an upgrade that knows the field, the state is recomputed and such change sets apply (see :func:`upgrade` and ``Replica``&apos;s start).</extracomment>
        <translation>Contém campos que esta versão do Caucus não conhece (uma versão mais nova o escreveu); atualize o Caucus e ele será aplicado.</translation>
    </message>
    <message>
        <location filename="../../sync/exchange/importer/phone_words.py" line="+17"/>
        <source>The phone number {original}: its leading 0 was lost; read as {value}.</source>
        <extracomment>{original} is the phone number as the file has it, {value} how it is read</extracomment>
        <translation>O telefone {original}: perdeu o 0 inicial; lido como {value}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The phone number {original}: its leading 0 was lost; it can be read as {value}.</source>
        <translation>O telefone {original}: perdeu o 0 inicial; pode ser lido como {value}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The phone number {original}: its + was lost; read as {value}.</source>
        <translation>O telefone {original}: perdeu o +; lido como {value}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The phone number {original}: its + was lost; it can be read as {value}.</source>
        <translation>O telefone {original}: perdeu o +; pode ser lido como {value}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The phone number {original}: written in scientific notation and its leading 0 was lost; read as {value}.</source>
        <translation>O telefone {original}: estava em notação científica e perdeu o 0 inicial; lido como {value}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The phone number {original}: written in scientific notation and its leading 0 was lost; it can be read as {value}.</source>
        <translation>O telefone {original}: estava em notação científica e perdeu o 0 inicial; pode ser lido como {value}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The phone number {original}: written in scientific notation and its + was lost; read as {value}.</source>
        <translation>O telefone {original}: estava em notação científica e perdeu o +; lido como {value}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The phone number {original}: written in scientific notation and its + was lost; it can be read as {value}.</source>
        <translation>O telefone {original}: estava em notação científica e perdeu o +; pode ser lido como {value}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The phone number {original} was written in scientific notation; read as {value}.</source>
        <translation>O telefone {original} estava em notação científica; lido como {value}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The phone number {original} was written in scientific notation; it can be read as {value}.</source>
        <translation>O telefone {original} estava em notação científica; pode ser lido como {value}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The phone number {original} is in scientific notation, so the spreadsheet has lost its last digits (it reads as {whole}); type the number again.</source>
        <extracomment>{original} is the phone number as the file has it, {whole} what it reads as</extracomment>
        <translation>O telefone {original} está em notação científica, então a planilha perdeu os últimos dígitos (ele aparece como {whole}); digite o número de novo.</translation>
    </message>
    <message>
        <location filename="../../sync/exchange/importer/units.py" line="-75"/>
        <source>{counted} headcounts recorded, {skipped} rows skipped; {units} units and {workplaces} workplaces created.</source>
        <extracomment>{counted}, {skipped}, {units} and {workplaces} are counts</extracomment>
        <translation>{counted} totais de pessoas registrados, {skipped} linhas ignoradas; {units} unidades e {workplaces} locais de trabalho criados.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>no headings</source>
        <translation>nenhum cabeçalho</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No workplace named.</source>
        <translation>Nenhum local de trabalho informado.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No headcount given.</source>
        <translation>Nenhum total de pessoas informado.</translation>
    </message>
    <message>
        <location filename="../../sync/records/country.py" line="+14"/>
        <source>The phone number {value} was kept as typed: the branch has no country to read national numbers by. Check it.</source>
        <extracomment>{value} is the phone number as typed, {region} a country&apos;s two-letter code</extracomment>
        <translation>O telefone {value} foi mantido como digitado: o núcleo não tem um país para ler números nacionais. Confira-o.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The phone number {value} was kept as typed: it is not a valid number for {region}. Check it.</source>
        <translation>O telefone {value} foi mantido como digitado: não é um número válido para {region}. Confira-o.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The phone number {value} was kept as typed: it is not a valid number. Check it.</source>
        <translation>O telefone {value} foi mantido como digitado: não é um número válido. Confira-o.</translation>
    </message>
    <message>
        <location filename="../../sync/records/email_words.py" line="-44"/>
        <source>An email address must have an @-sign.</source>
        <translation>Um endereço de e-mail precisa ter um @.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There must be something before the @-sign.</source>
        <translation>Precisa haver algo antes do @.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There must be something after the @-sign.</source>
        <translation>Precisa haver algo depois do @.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There can&apos;t be anything after the email address.</source>
        <translation>Não pode haver nada depois do endereço de e-mail.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An email address cannot have two periods in a row.</source>
        <translation>Um endereço de e-mail não pode ter dois pontos seguidos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An email address cannot start with a period.</source>
        <translation>Um endereço de e-mail não pode começar com um ponto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An email address cannot end with a period.</source>
        <translation>Um endereço de e-mail não pode terminar com um ponto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An email address cannot have a period immediately before the @-sign.</source>
        <translation>Um endereço de e-mail não pode ter um ponto logo antes do @.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An email address cannot have a period immediately after the @-sign.</source>
        <translation>Um endereço de e-mail não pode ter um ponto logo depois do @.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An email address cannot have a hyphen immediately after the @-sign.</source>
        <translation>Um endereço de e-mail não pode ter um hífen logo depois do @.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An email address cannot end with a hyphen.</source>
        <translation>Um endereço de e-mail não pode terminar com um hífen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An email address cannot have a period and a hyphen next to each other.</source>
        <translation>Um endereço de e-mail não pode ter um ponto e um hífen juntos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The part after the @-sign is not valid. It should have a period.</source>
        <translation>A parte depois do @ não é válida: ela deveria ter um ponto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The part after the @-sign is not valid. It is not within a valid top-level domain.</source>
        <translation>A parte depois do @ não é válida: não está em um domínio de primeiro nível válido.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The part after the @-sign is a special-use or reserved name that cannot be used with email.</source>
        <translation>A parte depois do @ é um nome reservado ou de uso especial que não pode ser usado para e-mail.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The email address contains invalid characters before the @-sign: SPACE.</source>
        <translation>O endereço de e-mail tem um espaço antes do @.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The part after the @-sign contains invalid characters: SPACE.</source>
        <translation>A parte depois do @ tem um espaço.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The email address contains invalid characters before the @-sign: {chars}.</source>
        <extracomment>{chars} lists the characters, each in quotes: &apos;(&apos;, &apos;)&apos;</extracomment>
        <translation>O endereço de e-mail tem caracteres inválidos antes do @: {chars}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The part after the @-sign contains invalid characters: {chars}.</source>
        <extracomment>{chars} lists the characters, each in quotes: &apos;@&apos;, &apos;_&apos;</extracomment>
        <translation>A parte depois do @ tem caracteres inválidos: {chars}.</translation>
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
        <translation>Arquivos JSON (*.json)</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>Wrote {members} on {pages} to {path}.</source>
        <translation>Gravado em {path}: {members} em {pages}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Wrote {labels} on {pages} to {path}.</source>
        <translation>Gravado em {path}: {labels} em {pages}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{members} without a postal address or not to be posted to left out.</source>
        <translation>Deixados de fora (sem endereço postal ou sem aceitar correspondência): {members}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wrote a sign-in sheet of {names} on {pages} to {path}.</source>
        <translation>Gravada em {path} uma lista de presença com {names} em {pages}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wrote everything held about {name} to {data} (data) and {pdf} beside it ({pages} to print).</source>
        <translation>Tudo o que está guardado sobre {name} foi gravado em {data} (dados) e em {pdf}, ao lado ({pages} para imprimir).</translation>
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
        <translation>Gerando a chave a partir da frase-senha…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Creating the vault…</source>
        <translation>Criando o cofre…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looking…</source>
        <translation>Procurando…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connecting to {subject}…</source>
        <translation>Conectando a {subject}…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check string: {subject}</source>
        <translation>Sequência de verificação: {subject}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The other laptop must show the same string; waiting for approval…</source>
        <translation>O outro notebook precisa mostrar a mesma sequência; aguardando a aprovação…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking {subject}…</source>
        <translation>Verificando {subject}…</translation>
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
        <translation>Enviando para {laptop}: {done} de {total} alterações</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending to {laptop}: {done} changes</source>
        <translation>Enviando para {laptop}: {done} alterações</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Receiving from {laptop}: {done} of {total} changes</source>
        <translation>Recebendo de {laptop}: {done} de {total} alterações</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receiving from {laptop}: {done} changes</source>
        <translation>Recebendo de {laptop}: {done} alterações</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Writing {what}…</source>
        <translation>Gravando {what}…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the file…</source>
        <translation>Gravando o arquivo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row {done} of {total}</source>
        <translation>Linha {done} de {total}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Page {done} of {total}</source>
        <translation>Página {done} de {total}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Creating members: {done} of {total}</source>
        <translation>Criando filiados: {done} de {total}</translation>
    </message>
</context>
<context>
    <name>relationships_box</name>
    <message>
        <location filename="../../desktop/views/relationships_box.py" line="-42"/>
        <source>works with</source>
        <extracomment>how a relationship reads from this person&apos;s side</extracomment>
        <translation>trabalha com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>family of</source>
        <translation>é da família de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>neighbour of</source>
        <translation>é vizinho de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>influences</source>
        <translation>influencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is influenced by</source>
        <translation>é influenciado por</translation>
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
        <translation>recebido: {received}, enviado: {sent}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Received {received} from {who}, sent {sent}.</source>
        <translation>Recebidas de {who}: {received}; enviadas: {sent}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sync with {who} cancelled: {kept} before it stopped, kept whole. Sync again for the rest.</source>
        <translation>Sincronização com {who} cancelada ({kept} antes de parar), tudo preservado por inteiro. Sincronize de novo para o resto.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not sync with {who}: {error}</source>
        <translation>Não foi possível sincronizar com {who}: {error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync with {who} did not finish ({error}); {kept}, which are kept.</source>
        <translation>A sincronização com {who} não terminou ({error}); {kept} — tudo isso foi preservado.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{time}: it synced with this laptop, {kept}</source>
        <translation>{time}: sincronizou com este notebook; {kept}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{time}: synced, {kept}</source>
        <translation>{time}: sincronizado; {kept}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{time}: cancelled</source>
        <translation>{time}: cancelada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{time}: failed</source>
        <translation>{time}: falhou</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was synced.</source>
        <translation>Nada foi sincronizado.</translation>
    </message>
</context>
<context>
    <name>sync_pairing</name>
    <message>
        <location filename="../../desktop/views/sync_pairing.py" line="-214"/>
        <source>Only an admin laptop can pair a new laptop: ask the branch&apos;s admin.</source>
        <translation>Só um notebook administrador pode parear um novo notebook: peça ao administrador do núcleo.</translation>
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
        <translation>Gravando o pacote deste notebook na pasta</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Sync cancelled. {changes} brought in before it stopped were kept whole; sync again to fetch the rest.</source>
        <translation>Sincronização cancelada. Trazidas antes de parar: {changes}, preservadas por inteiro; sincronize de novo para buscar o resto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No other laptop&apos;s bundle was in the folder. This laptop&apos;s changes were written there for the next person.</source>
        <translation>Não havia na pasta pacote de nenhum outro notebook. As alterações deste notebook foram gravadas lá para a próxima pessoa.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Brought in {changes} from {laptops}; this laptop&apos;s changes were written to the folder.</source>
        <translation>Recebido de {laptops}: {changes}; as alterações deste notebook foram gravadas na pasta.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Applied: {changes}</source>
        <translation>Aplicadas: {changes}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already here: {changes}</source>
        <translation>Já estavam aqui: {changes}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Held back until earlier changes arrive: {changes}</source>
        <translation>Retidas até chegarem alterações anteriores: {changes}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rejected: {changes}</source>
        <translation>Rejeitadas: {changes}</translation>
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
        <translation>Parou no meio do caminho (cancelada); o resto vem na próxima sincronização.</translation>
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
        <translation>Arquivos não importados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Written</source>
        <translation>Gravado</translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <location filename="../../desktop/tasks.py" line="-98"/>
        <source>The computer ran out of memory; close other programs and try again.</source>
        <translation>O computador ficou sem memória; feche outros programas e tente de novo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file could not be used: {value}.</source>
        <translation>Não foi possível usar o arquivo: {value}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Caucus hit an unexpected problem ({name__}). Nothing was changed by the failed step; please report this.</source>
        <translation>O Caucus encontrou um problema inesperado ({name__}). A etapa que falhou não alterou nada; por favor, comunique este erro.</translation>
    </message>
</context>
<context>
    <name>values</name>
    <message>
        <location filename="../../desktop/value_words.py" line="+20"/>
        <source>Prospect</source>
        <translation>Potencial filiado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member</source>
        <translation>Filiado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrears</source>
        <translation>Em atraso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lapsed</source>
        <translation>Filiação vencida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resigned</source>
        <translation>Desfiliado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deceased</source>
        <translation>Falecido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worker</source>
        <translation>Trabalhador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenant</source>
        <translation>Inquilino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Contato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned</source>
        <translation>Planejada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Ativa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Won</source>
        <translation>Vitoriosa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost</source>
        <translation>Derrotada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Encerrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sms</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post</source>
        <translation>Correio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data processing</source>
        <translation>Tratamento de dados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Former member</source>
        <translation>Ex-filiado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regular contact</source>
        <translation>Contato regular</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Outro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attended</source>
        <translation>Presente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apologies</source>
        <translation>Ausência justificada</translation>
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
        <translation>Estabelecimento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Floor</source>
        <translation>Andar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team</source>
        <translation>Equipe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Building</source>
        <translation>Prédio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stairwell</source>
        <translation>Escadaria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block</source>
        <translation>Bloco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Petition</source>
        <translation>Abaixo-assinado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card</source>
        <translation>Assinatura de ficha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey</source>
        <translation>Pesquisa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turnout</source>
        <translation>Comparecimento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strike vote pledge</source>
        <translation>Compromisso de voto pela greve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In person</source>
        <translation>Pessoalmente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Mensagem de texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>Reunião</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admin</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secretary</source>
        <translation>Secretário</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Viewer</source>
        <translation>Leitor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Works with</source>
        <translation>Trabalha com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Influences</source>
        <translation>Influencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family</source>
        <translation>Família</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neighbour</source>
        <translation>Vizinho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asked undecided</source>
        <translation>Perguntado, indeciso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not asked</source>
        <translation>Não perguntado</translation>
    </message>
</context>
<context>
    <name>vault_fields</name>
    <message>
        <location filename="../../desktop/views/vault_fields.py" line="-128"/>
        <source>This device needs a name (for example &apos;Ana&apos;s laptop&apos;).</source>
        <translation>Este dispositivo precisa de um nome (por exemplo, &apos;Notebook da Ana&apos;).</translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <location filename="../../desktop/widgets.py" line="+128"/>
        <source>Open a Caucus vault</source>
        <translation>Abrir um cofre do Caucus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Caucus vaults (*.caucus);;All files (*)</source>
        <translation>Cofres do Caucus (*.caucus);;Todos os arquivos (*)</translation>
    </message>
</context>
</TS>
