<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AccessibleMemberTableModel</name>
    <message>
        <location filename="../../desktop/models/members.py" line="+460"/>
        <source>{text} (deleted)</source>
        <translation>{text} (محذوف)</translation>
    </message>
</context>
<context>
    <name>AlwaysOnTab</name>
    <message>
        <location filename="../../desktop/views/sync_always_on.py" line="+91"/>
        <source>When the branch&apos;s laptops are rarely on at the same time, Syncthing can carry their changes between them, through an always-on box in the office if you have one. Only encrypted bundles travel; Syncthing never sees a name.</source>
        <extracomment>an always-on step brought changes in (refresh every view)</extracomment>
        <translation>عندما نادرًا ما تكون حواسيب الفرع مشغّلة في الوقت نفسه، يستطيع Syncthing أن ينقل تغييراتها فيما بينها، عبر جهاز دائم التشغيل في المكتب إن كان لديك واحد. لا تنتقل إلا حزم مشفّرة؛ ولا يرى Syncthing أي اسم.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Always-on sync</source>
        <translation>المزامنة الدائمة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Always-on status</source>
        <translation>حالة المزامنة الدائمة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This laptop&apos;s Syncthing ID</source>
        <translation>معرّف Syncthing لهذا الحاسوب</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the Syncthing ID</source>
        <translation>نسخ معرّف Syncthing</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This laptop&apos;s Syncthing ID:</source>
        <translation>معرّف Syncthing لهذا الحاسوب:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Always-on folder</source>
        <translation>مجلد المزامنة الدائمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder:</source>
        <translation>المجلد:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last change received</source>
        <translation>آخر تغيير وصل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last change received:</source>
        <translation>آخر تغيير وصل:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bytes pending</source>
        <translation>البيانات بانتظار النقل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending:</source>
        <translation>بانتظار النقل:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Always-on peers</source>
        <translation>الأطراف في المزامنة الدائمة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Laptop or box</source>
        <translation>حاسوب أو جهاز دائم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To send</source>
        <translation>للإرسال</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Laptops not on always-on yet</source>
        <translation>حواسيب لم تنضم إلى المزامنة الدائمة بعد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find laptops over the internet (global discovery and relays)</source>
        <translation>العثور على الحواسيب عبر الإنترنت (الاكتشاف العام والمُرحِّلات)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Global discovery and relays</source>
        <translation>الاكتشاف العام والمُرحِّلات</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Box&apos;s Syncthing ID</source>
        <translation>معرّف Syncthing للجهاز الدائم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The box&apos;s Syncthing device ID</source>
        <translation>معرّف جهاز Syncthing للجهاز الدائم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Box&apos;s address</source>
        <translation>عنوان الجهاز الدائم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>for example {address}</source>
        <extracomment>{address} is an example of a box&apos;s address; it stays as it is</extracomment>
        <translation>مثلًا {address}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Box&apos;s name</source>
        <translation>اسم الجهاز الدائم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office box</source>
        <translation>جهاز المكتب</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Add a box</source>
        <translation>إضافة جهاز دائم</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Always-on error</source>
        <translation>خطأ في المزامنة الدائمة</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Starting Syncthing…</source>
        <translation>جارٍ تشغيل Syncthing…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stopping Syncthing…</source>
        <translation>جارٍ إيقاف Syncthing…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Give the box&apos;s Syncthing ID and its address.</source>
        <translation>أدخل معرّف Syncthing للجهاز الدائم وعنوانه.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Off. Switch it on to let Syncthing carry this laptop&apos;s changes to the branch&apos;s other laptops and its box.</source>
        <translation>متوقفة. شغّلها ليتولى Syncthing نقل تغييرات هذا الحاسوب إلى حواسيب الفرع الأخرى وإلى جهازه الدائم.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>On: your own Syncthing is running.</source>
        <translation>تعمل: نسخة Syncthing الخاصة بك قيد التشغيل.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On: your own Syncthing is not answering yet.</source>
        <translation>تعمل: نسخة Syncthing الخاصة بك لا تستجيب بعد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On: Caucus&apos;s own Syncthing is running.</source>
        <translation>تعمل: نسخة Syncthing الخاصة بـCaucus قيد التشغيل.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On: Caucus&apos;s own Syncthing is not answering yet.</source>
        <translation>تعمل: نسخة Syncthing الخاصة بـCaucus لا تستجيب بعد.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>box</source>
        <translation>جهاز دائم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>laptop</source>
        <translation>حاسوب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>connected</source>
        <translation>متصل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not connected</source>
        <translation>غير متصل</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> This laptop has changes not yet in the folder.</source>
        <translation> لدى هذا الحاسوب تغييرات لم تصل إلى المجلد بعد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{incoming} to receive, {outgoing} to send.</source>
        <translation>للاستلام: {incoming}، للإرسال: {outgoing}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not on always-on yet: </source>
        <translation>لم تنضم إلى المزامنة الدائمة بعد: </translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <location filename="../../desktop/views/attendance.py" line="+84"/>
        <source>Member</source>
        <translation>العضو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attended</source>
        <translation>حاضر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apologies</source>
        <translation>معتذر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Absent</source>
        <translation>غائب</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <location line="+74"/>
        <source>Meeting</source>
        <extracomment>the user ticked a cell: member id, status attendance changed (the meetings list recounts)</extracomment>
        <translation>الاجتماع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print sign-in sheet…</source>
        <translation>طباعة كشف الحضور…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print sign-in sheet</source>
        <translation>طباعة كشف الحضور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this meeting&apos;s sign-in sheet as a PDF to print: every current member, with spare lines</source>
        <translation>حفظ كشف الحضور لهذا الاجتماع بصيغة PDF للطباعة: جميع الأعضاء الحاليين، مع أسطر إضافية</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Quorum count</source>
        <translation>عدد النصاب</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find a member to mark</source>
        <translation>البحث عن عضو لتسجيل حضوره</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a name, then Down; A attended, P apologies, X absent</source>
        <translation>اكتب اسمًا ثم اضغط Down؛ A حاضر، P معتذر، X غائب</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Attendance</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Attendance error</source>
        <translation>خطأ في الحضور</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>{extra} more: type more of a name to narrow the list.</source>
        <translation>هناك المزيد ({extra}): اكتب جزءًا أطول من الاسم لتضييق القائمة.</translation>
    </message>
    <message>
        <source>{extra:,} more: type more of a name to narrow the list.</source>
        <translation type="vanished">هناك المزيد ({extra:,}): اكتب جزءًا أطول من الاسم لتضييق القائمة.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Attended: {attended}  ·  Apologies: {apologies}  ·  Absent: {absent}</source>
        <translation>الحاضرون: {attended}  ·  المعتذرون: {apologies}  ·  الغائبون: {absent}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>quorate</source>
        <translation>مكتمل النصاب</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{value} more needed for quorum</source>
        <translation>يلزم حضور {value} آخرين لاكتمال النصاب</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  ·  Quorum: {attended} of {quorum} ({state})</source>
        <translation>  ·  النصاب: {attended} من {quorum} ({state})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  ·  No quorum set</source>
        <translation>  ·  لم يُحدَّد نصاب</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save the sign-in sheet as a PDF</source>
        <translation>حفظ كشف الحضور بصيغة PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in {value} {title}</source>
        <translation>كشف الحضور {value} {title}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sign-in sheet</source>
        <translation>كشف الحضور</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sign-in sheet for {title}: every current member, with a column to sign and spare lines for others.</source>
        <translation>كشف الحضور لاجتماع «{title}»: جميع الأعضاء الحاليين، مع عمود للتوقيع وأسطر إضافية لغيرهم.</translation>
    </message>
</context>
<context>
    <name>BusyBar</name>
    <message>
        <location filename="../../desktop/widgets.py" line="+68"/>
        <source>Working</source>
        <extracomment>how long work runs before :meth:`set_busy` shows the bar</extracomment>
        <translation>جارٍ العمل</translation>
    </message>
</context>
<context>
    <name>CampaignsPage</name>
    <message>
        <location filename="../../desktop/views/list_pages.py" line="+317"/>
        <source>Campaigns</source>
        <translation>الحملات</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+1"/>
        <source>New campaign name</source>
        <translation>اسم الحملة الجديدة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Starts</source>
        <translation>البداية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start date</source>
        <translation>تاريخ البداية</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add campaign</source>
        <translation>إضافة حملة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No campaigns yet. Type a campaign&apos;s name below and press Add campaign; conversations can then be linked to it.</source>
        <translation>لا توجد حملات بعد. اكتب اسم الحملة أدناه واضغط «إضافة حملة»؛ بعدها يمكن ربط المحادثات بها.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name</source>
        <translation>ال&amp;اسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description</source>
        <translation>ال&amp;وصف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Starts</source>
        <translation>ال&amp;بداية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ends</source>
        <translation>ال&amp;نهاية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tatus</source>
        <translation>ال&amp;حالة</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <location filename="../../desktop/views/wall_chart.py" line="+79"/>
        <source>Wall chart</source>
        <extracomment>the answer a key records on the current card the baseline&apos;s offset in a line, for the bold (True) and the small font a person to open (their id) record this answer for this person move this person to this unit (&quot;&quot; for none)</extracomment>
        <translation>اللوحة الجدارية</translation>
    </message>
    <message>
        <location line="+235"/>
        <source>member</source>
        <extracomment>what a click on a card does: None opens the person, else records this answer measured once: texts&apos; widths (by text and font), flags elided to a width</extracomment>
        <translation>عضو</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not a member</source>
        <translation>غير عضو</translation>
    </message>
    <message>
        <source>assessment {0}</source>
        <translation type="vanished">التقييم {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not assessed</source>
        <translation>غير مُقيَّم</translation>
    </message>
    <message>
        <source>point person: {0}</source>
        <translation type="vanished">مسؤول التواصل: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no point person</source>
        <translation>بلا مسؤول تواصل</translation>
    </message>
    <message>
        <source>point person for {0}</source>
        <translation type="vanished">مسؤول تواصل عن {0}</translation>
    </message>
    <message>
        <source>Open {0}</source>
        <translation type="vanished">فتح {0}</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>assessment {assessment}</source>
        <translation>التقييم {assessment}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>point person: {point_person}</source>
        <translation>مسؤول التواصل: {point_person}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>point person for {covers}</source>
        <translation>مسؤول تواصل عن {covers}</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Open {name}</source>
        <translation>فتح {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answer</source>
        <translation>الإجابة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asked, undecided</source>
        <translation>سُئل ولم يقرّر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not asked yet</source>
        <translation>لم يُسأل بعد</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move to unit</source>
        <translation>نقل إلى وحدة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No unit</source>
        <translation>بلا وحدة</translation>
    </message>
</context>
<context>
    <name>ConflictsTab</name>
    <message>
        <location filename="../../desktop/views/conflicts.py" line="+118"/>
        <source>Two laptops changed the same thing while apart. Nothing was lost: both values are kept until you choose. The value shown elsewhere meanwhile is the newest.</source>
        <extracomment>the number of open conflicts changed (for the navigation badge) a conflict was settled (records changed: refresh the views)</extracomment>
        <translation>غيّر حاسوبان الشيء نفسه وهما غير متصلين. لم يضِع شيء: تُحفظ القيمتان إلى أن تختار. وإلى ذلك الحين تُعرض القيمة الأحدث في بقية الأماكن.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Conflicts</source>
        <translation>التعارضات</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Conflict details</source>
        <translation>تفاصيل التعارض</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep mine</source>
        <translation>الإبقاء على قيمتي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep theirs</source>
        <translation>الإبقاء على قيمتهم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a new value…</source>
        <translation>اكتب قيمة جديدة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep deleted</source>
        <translation>الإبقاء عليه محذوفًا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No conflicts on this laptop.</source>
        <translation>لا توجد تعارضات على هذا الحاسوب.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided here. The other laptops still show the conflict until they sync with this one (by USB stick or at a meeting); then they take this decision.</source>
        <translation>حُسم الأمر هنا. تظل الحواسيب الأخرى تعرض التعارض إلى أن تُزامن مع هذا الحاسوب (بذاكرة USB أو في اجتماع)؛ عندها تأخذ بهذا القرار.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decision status</source>
        <translation>حالة القرار</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Conflict error</source>
        <translation>خطأ في التعارض</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Type a new value</source>
        <translation>اكتب قيمة جديدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New value for {what}:</source>
        <translation>القيمة الجديدة لـ«{what}»:</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <location filename="../../desktop/i18n.py" line="+76"/>
        <source>%Ln changes</source>
        <translation>
            <numerusform>%Ln تغيير</numerusform>
            <numerusform>تغيير واحد</numerusform>
            <numerusform>تغييران</numerusform>
            <numerusform>%Ln تغييرات</numerusform>
            <numerusform>%Ln تغييرًا</numerusform>
            <numerusform>%Ln تغيير</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln laptops</source>
        <translation>
            <numerusform>%Ln حاسوب</numerusform>
            <numerusform>حاسوب واحد</numerusform>
            <numerusform>حاسوبان</numerusform>
            <numerusform>%Ln حواسيب</numerusform>
            <numerusform>%Ln حاسوبًا</numerusform>
            <numerusform>%Ln حاسوب</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln pages</source>
        <translation>
            <numerusform>%Ln صفحة</numerusform>
            <numerusform>صفحة واحدة</numerusform>
            <numerusform>صفحتان</numerusform>
            <numerusform>%Ln صفحات</numerusform>
            <numerusform>%Ln صفحةً</numerusform>
            <numerusform>%Ln صفحة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln members</source>
        <translation>
            <numerusform>%Ln عضو</numerusform>
            <numerusform>عضو واحد</numerusform>
            <numerusform>عضوان</numerusform>
            <numerusform>%Ln أعضاء</numerusform>
            <numerusform>%Ln عضوًا</numerusform>
            <numerusform>%Ln عضو</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln labels</source>
        <translation>
            <numerusform>%Ln ملصق</numerusform>
            <numerusform>ملصق واحد</numerusform>
            <numerusform>ملصقان</numerusform>
            <numerusform>%Ln ملصقات</numerusform>
            <numerusform>%Ln ملصقًا</numerusform>
            <numerusform>%Ln ملصق</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln names</source>
        <translation>
            <numerusform>%Ln اسم</numerusform>
            <numerusform>اسم واحد</numerusform>
            <numerusform>اسمان</numerusform>
            <numerusform>%Ln أسماء</numerusform>
            <numerusform>%Ln اسمًا</numerusform>
            <numerusform>%Ln اسم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln conflicts need a decision (see Conflicts).</source>
        <translation>
            <numerusform>%Ln تعارض يحتاج إلى قرار (انظر «التعارضات»).</numerusform>
            <numerusform>تعارض واحد يحتاج إلى قرار (انظر «التعارضات»).</numerusform>
            <numerusform>تعارضان يحتاجان إلى قرار (انظر «التعارضات»).</numerusform>
            <numerusform>%Ln تعارضات تحتاج إلى قرار (انظر «التعارضات»).</numerusform>
            <numerusform>%Ln تعارضًا يحتاج إلى قرار (انظر «التعارضات»).</numerusform>
            <numerusform>%Ln تعارض يحتاج إلى قرار (انظر «التعارضات»).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln changes wait for earlier ones to arrive.</source>
        <translation>
            <numerusform>%Ln تغيير ينتظر وصول تغييرات سابقة.</numerusform>
            <numerusform>تغيير واحد ينتظر وصول تغييرات سابقة.</numerusform>
            <numerusform>تغييران ينتظران وصول تغييرات سابقة.</numerusform>
            <numerusform>%Ln تغييرات تنتظر وصول تغييرات سابقة.</numerusform>
            <numerusform>%Ln تغييرًا ينتظر وصول تغييرات سابقة.</numerusform>
            <numerusform>%Ln تغيير ينتظر وصول تغييرات سابقة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln rows to import.</source>
        <translation>
            <numerusform>%Ln صف للاستيراد.</numerusform>
            <numerusform>صف واحد للاستيراد.</numerusform>
            <numerusform>صفّان للاستيراد.</numerusform>
            <numerusform>%Ln صفوف للاستيراد.</numerusform>
            <numerusform>%Ln صفًّا للاستيراد.</numerusform>
            <numerusform>%Ln صف للاستيراد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln of them cannot be read as they are; Check rows lists them and why.</source>
        <translation>
            <numerusform>تتعذّر قراءة %Ln صف منها كما هي؛ يسردها «فحص الصفوف» مع السبب.</numerusform>
            <numerusform>تتعذّر قراءة صف واحد منها كما هو؛ يبيّنه «فحص الصفوف» مع السبب.</numerusform>
            <numerusform>تتعذّر قراءة صفّين منها كما هما؛ يسردهما «فحص الصفوف» مع السبب.</numerusform>
            <numerusform>تتعذّر قراءة %Ln صفوف منها كما هي؛ يسردها «فحص الصفوف» مع السبب.</numerusform>
            <numerusform>تتعذّر قراءة %Ln صفًّا منها كما هي؛ يسردها «فحص الصفوف» مع السبب.</numerusform>
            <numerusform>تتعذّر قراءة %Ln صف منها كما هي؛ يسردها «فحص الصفوف» مع السبب.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln changes rejected.</source>
        <translation>
            <numerusform>رُفض %Ln تغيير.</numerusform>
            <numerusform>رُفض تغيير واحد.</numerusform>
            <numerusform>رُفض تغييران.</numerusform>
            <numerusform>رُفضت %Ln تغييرات.</numerusform>
            <numerusform>رُفض %Ln تغييرًا.</numerusform>
            <numerusform>رُفض %Ln تغيير.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreateBranchPage</name>
    <message>
        <location filename="../../desktop/views/first_run.py" line="+173"/>
        <source>Create a branch</source>
        <translation>إنشاء فرع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The passphrase encrypts everything on this laptop. Nobody can recover it for you: write it down and keep it somewhere safe.</source>
        <translation>عبارة المرور تشفّر كل شيء على هذا الحاسوب. لا أحد يستطيع استعادتها لك: اكتبها واحفظها في مكان آمن.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>for example: Northside Tenants&apos; Union</source>
        <translation>مثال: نقابة مستأجري الحي الشمالي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Branch name error</source>
        <translation>خطأ في اسم الفرع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Branch name</source>
        <translation>ا&amp;سم الفرع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Branch name</source>
        <translation>اسم الفرع</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Creating the vault</source>
        <translation>جارٍ إنشاء الخزنة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Create branch</source>
        <translation>إنشاء الفرع</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The branch needs a name.</source>
        <translation>يحتاج الفرع إلى اسم.</translation>
    </message>
</context>
<context>
    <name>DataMenu</name>
    <message>
        <location filename="../../desktop/data_menu.py" line="+34"/>
        <location line="+25"/>
        <source>Data</source>
        <translation>البيانات</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Import a spreadsheet…</source>
        <translation>استيراد جدول بيانات…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the list as shown…</source>
        <translation>تصدير القائمة كما تظهر…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print member list…</source>
        <translation>طباعة قائمة الأعضاء…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the list as shown as a PDF to print (Ctrl+P)</source>
        <translation>حفظ القائمة كما تظهر بصيغة PDF للطباعة (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print mailing labels…</source>
        <translation>طباعة ملصقات بريدية…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4 labels, 3 × 7, for the list as shown</source>
        <translation>ملصقات A4، ‏3 × 7، للقائمة كما تظهر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find and merge duplicates…</source>
        <translation>البحث عن السجلات المكرّرة ودمجها…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the list&apos;s &amp;emails</source>
        <translation>نسخ &amp;عناوين البريد الإلكتروني في القائمة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everyone in the list as shown who may be emailed, ready to paste into BCC</source>
        <translation>كل من في القائمة كما تظهر ممن يجوز مراسلتهم بالبريد الإلكتروني، جاهزة للصق في خانة النسخة المخفية (BCC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the list&apos;s &amp;phone numbers</source>
        <translation>نسخ أ&amp;رقام الهواتف في القائمة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everyone in the list as shown who may be phoned</source>
        <translation>كل من في القائمة كما تظهر ممن يجوز الاتصال بهم هاتفيًا</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Data: import, export, print, duplicates</source>
        <translation>البيانات: الاستيراد والتصدير والطباعة والسجلات المكرّرة</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Nobody in the list can be reached that way.</source>
        <translation>لا يمكن الوصول إلى أحد في القائمة بهذه الطريقة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>emails</source>
        <translation>عناوين البريد الإلكتروني</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>phone numbers</source>
        <translation>أرقام الهواتف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copied {count} {what}; {left_out} left out (not to be contacted that way), {missing} with none. The clipboard is cleared in {seconds} seconds.</source>
        <translation>نُسخت {what}: {count}؛ واستُبعد {left_out} (لا يُتواصل معهم بهذه الطريقة)، و{missing} ليس لديهم أي منها. تُمسح الحافظة بعد {seconds} ثانية.</translation>
    </message>
    <message>
        <source>Copied {0} {1}; {2} left out (not to be contacted that way), {3} with none. The clipboard is cleared in {4} seconds.</source>
        <translation type="vanished">نُسخت {1}: {0}؛ واستُبعد {2} (لا يُتواصل معهم بهذه الطريقة)، و{3} ليس لديهم أي منها. تُمسح الحافظة بعد {4} ثانية.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save the member list as a PDF</source>
        <translation>حفظ قائمة الأعضاء بصيغة PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>Member list</source>
        <translation>قائمة الأعضاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The members in the list as shown, in its order.</source>
        <translation>أعضاء القائمة كما تظهر، بترتيبها نفسه.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save mailing labels as a PDF</source>
        <translation>حفظ الملصقات البريدية بصيغة PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>Mailing labels</source>
        <translation>الملصقات البريدية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4 sheets of 3 × 7 labels (63.5 × 38.1 mm) for the members in the list as shown who have a postal address and may be posted to.</source>
        <translation>أوراق A4 من 3 × 7 ملصقات (63.5 × 38.1 مم) لأعضاء القائمة كما تظهر ممن لديهم عنوان بريدي ويجوز مراسلتهم بالبريد.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>{0} (e.g. {1})</source>
        <translation type="vanished">{0} (مثال: {1})</translation>
    </message>
    <message>
        <source>e.g. {0} or 2031-12-31</source>
        <translation type="vanished">مثال: {0} أو 2031-12-31</translation>
    </message>
    <message>
        <location filename="../../desktop/dates.py" line="+52"/>
        <source>{placeholder} (e.g. {example})</source>
        <translation>{placeholder} (مثال: {example})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. {example} or 2031-12-31</source>
        <translation>مثال: {example} أو 2031-12-31</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pick a date (Alt+Down)</source>
        <translation>اختيار تاريخ (Alt+Down)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Calendar</source>
        <translation>التقويم</translation>
    </message>
</context>
<context>
    <name>DemoPage</name>
    <message>
        <location filename="../../desktop/views/demo_page.py" line="+49"/>
        <source>Try the demo</source>
        <extracomment>the demo&apos;s session and a sentence to show with it</extracomment>
        <translation>جرّب العرض التجريبي</translation>
    </message>
    <message>
        <source>Making a demo branch with {members:,} invented members…</source>
        <translation type="vanished">جارٍ إنشاء فرع تجريبي فيه {members:,} من الأعضاء الوهميين…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+58"/>
        <source>Making a demo branch with {members} invented members…</source>
        <translation>جارٍ إنشاء فرع تجريبي فيه {members} من الأعضاء الوهميين…</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Demo progress</source>
        <translation>تقدّم العرض التجريبي</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The demo branch is ready, in its own file: your real branch stays apart. Its passphrase is below. Close the demo from the Vault menu when you are done; Try the demo opens it again.</source>
        <translation>الفرع التجريبي جاهز، في ملف مستقل: يبقى فرعك الحقيقي بمعزل عنه. عبارة مروره أدناه. أغلق العرض التجريبي من قائمة «الخزنة» عند الانتهاء؛ ويعيد «جرّب العرض التجريبي» فتحه.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Demo passphrase</source>
        <translation>عبارة مرور العرض التجريبي</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the demo</source>
        <translation>إلغاء العرض التجريبي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the demo</source>
        <translation>فتح العرض التجريبي</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Opening the demo branch made earlier…</source>
        <translation>جارٍ فتح الفرع التجريبي الذي أُنشئ سابقًا…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Done.</source>
        <translation>تم.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Making the demo branch was cancelled; nothing was kept.</source>
        <translation>أُلغي إنشاء الفرع التجريبي؛ لم يُحتفظ بشيء.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The demo branch could not be made.</source>
        <translation>تعذّر إنشاء الفرع التجريبي.</translation>
    </message>
</context>
<context>
    <name>Devices</name>
    <message>
        <location filename="../../desktop/views/devices.py" line="+65"/>
        <source>a laptop no longer listed</source>
        <translation>حاسوب لم يعد مُدرجًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>founded the branch</source>
        <translation>أسّس الفرع</translation>
    </message>
</context>
<context>
    <name>DevicesTab</name>
    <message>
        <location line="+33"/>
        <source>Every laptop that holds this branch. Only an admin can admit or revoke one.</source>
        <translation>كل حاسوب يحمل هذا الفرع. وحده المدير يستطيع قبول حاسوب أو إبطاله.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Branch fingerprint</source>
        <translation>بصمة الفرع</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A laptop joining with a welcome file shows this before it joins: the two must be the same.</source>
        <translation>الحاسوب الذي ينضم بملف ترحيب يعرض هذه البصمة قبل أن ينضم: يجب أن تتطابق البصمتان.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Devices</source>
        <translation>الأجهزة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Admit a laptop from a join request file…</source>
        <translation>قبول حاسوب من ملف طلب انضمام…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admit a laptop</source>
        <translation>قبول حاسوب</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoke…</source>
        <translation>إبطال…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+87"/>
        <source>Revoke</source>
        <translation>إبطال</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Devices error</source>
        <translation>خطأ في الأجهزة</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Branch fingerprint: {fingerprint}</source>
        <translation>بصمة الفرع: {fingerprint}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Only an admin laptop can do this.</source>
        <translation>وحده حاسوب المدير يستطيع القيام بهذا.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Revoke a laptop</source>
        <translation>إبطال حاسوب</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Choose the join request file</source>
        <translation>اختيار ملف طلب الانضمام</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save the welcome file</source>
        <translation>حفظ ملف الترحيب</translation>
    </message>
</context>
<context>
    <name>DuplicatesTable</name>
    <message>
        <location filename="../../desktop/dialogs/import_duplicates.py" line="+31"/>
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In the file</source>
        <translation>في الملف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Same person as</source>
        <translation>يطابق الشخص</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Do</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rows matching existing members</source>
        <translation>صفوف تطابق أعضاء موجودين</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Row {row} of this file: {name} ({reason})</source>
        <extracomment>{row} is a row number of the spreadsheet, {name} who is on it, {reason} why it is the same person (the engine&apos;s words)</extracomment>
        <translation>الصف {row} من هذا الملف: {name} ({reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} ({reason})</source>
        <translation>{name} ({reason})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Row {row}</source>
        <translation>الصف {row}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(as chosen above)</source>
        <translation>(كما اختير أعلاه)</translation>
    </message>
</context>
<context>
    <name>EmptyList</name>
    <message>
        <location filename="../../desktop/views/members_keys.py" line="+86"/>
        <source>What to do next</source>
        <extracomment>the user asked to clear the search and the filters</extracomment>
        <translation>الخطوة التالية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lear the search and filters</source>
        <translation>&amp;مسح البحث وعوامل التصفية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the search and filters</source>
        <translation>مسح البحث وعوامل التصفية</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No one matches “{search}”. Check the spelling, or clear the search.</source>
        <translation>لا أحد يطابق «{search}». تحقّق من الإملاء، أو امسح البحث.</translation>
    </message>
    <message>
        <source>No one matches “{0}”. Check the spelling, or clear the search.</source>
        <translation type="vanished">لا أحد يطابق «{0}». تحقّق من الإملاء، أو امسح البحث.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No one matches these filters.</source>
        <translation>لا أحد يطابق عوامل التصفية هذه.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No members yet. Press New member (Ctrl+N) to add one, or bring in a spreadsheet with Data → Import.</source>
        <translation>لا يوجد أعضاء بعد. اضغط «عضو جديد» (Ctrl+N) لإضافة عضو، أو استورد جدول بيانات من البيانات ← استيراد.</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../../desktop/dialogs/erase.py" line="+26"/>
        <source>Erase member for good</source>
        <translation>محو العضو نهائيًا</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This permanently erases {member_name} — their details, notes, tags, consents and history, and saved searches that name them — from this laptop, and from every laptop of the branch after sync. It cannot be undone.

Use it when someone asks to be forgotten. To take someone off the list but keep their record, use Delete instead (deleted members can be restored).</source>
        <translation>يمحو هذا الإجراء {member_name} نهائيًا — بياناته وملاحظاته ووسومه وموافقاته وسجل تغييراته، وعمليات البحث المحفوظة التي تذكره — من هذا الحاسوب، ومن كل حواسيب الفرع بعد المزامنة. لا يمكن التراجع عنه.

استخدمه حين يطلب شخص أن تُمحى بياناته. ولإخراج شخص من القائمة مع الإبقاء على سجله، استخدم «حذف» بدلًا منه (يمكن استعادة الأعضاء المحذوفين).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>I understand: erase this person for good</source>
        <translation>أفهم ذلك: امحُ هذا الشخص نهائيًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm erasure</source>
        <translation>تأكيد المحو</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>Erase for good</source>
        <translation>محو نهائي</translation>
    </message>
</context>
<context>
    <name>ErrorLabel</name>
    <message>
        <location filename="../../desktop/widgets.py" line="-23"/>
        <source>Error message</source>
        <translation>رسالة الخطأ</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/dialogs/export_dialog.py" line="+80"/>
        <location line="+93"/>
        <source>Export members</source>
        <translation>تصدير الأعضاء</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Format:</source>
        <translation>الصيغة:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export to file</source>
        <translation>التصدير إلى ملف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where to save the file</source>
        <translation>مكان حفظ الملف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File:</source>
        <translation>الملف:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Columns:</source>
        <translation>الأعمدة:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Columns to export</source>
        <translation>الأعمدة المراد تصديرها</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Warning</source>
        <translation>تحذير</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export result</source>
        <translation>نتيجة التصدير</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recent exports</source>
        <translation>عمليات التصدير الأخيرة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{count} members in the current list will be exported.</source>
        <translation>سيُصدَّر أعضاء القائمة الحالية ({count}).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{time} · {device} · {kind} · {rows} rows · {file}</source>
        <translation>{time} · {device} · {kind} · الصفوف: {rows} · {file}</translation>
    </message>
    <message>
        <source>{0} · {1} · {2} · {3} rows · {4}</source>
        <translation type="vanished">{0} · {1} · {2} · الصفوف: {3} · {4}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recent exports:</source>
        <translation>عمليات التصدير الأخيرة:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Choose where to save the file.</source>
        <translation>اختر مكان حفظ الملف.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose at least one column.</source>
        <translation>اختر عمودًا واحدًا على الأقل.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Exported {rows} members to {path}. It is not encrypted.</source>
        <translation>صُدِّر الأعضاء ({rows}) إلى {path}. الملف غير مشفّر.</translation>
    </message>
</context>
<context>
    <name>ExtraFilters</name>
    <message>
        <location filename="../../desktop/views/member_filters.py" line="+36"/>
        <source>Dues unpaid before</source>
        <translation>اشتراكات غير مدفوعة قبل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only members with dues unpaid before a date</source>
        <translation>الأعضاء الذين لم تُدفع اشتراكاتهم قبل تاريخ معيّن فقط</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dues unpaid before date</source>
        <translation>تاريخ الاشتراكات غير المدفوعة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lowest assessment</source>
        <translation>أدنى تقييم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highest assessment</source>
        <translation>أعلى تقييم</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Assessment</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>any</source>
        <translation>أي قيمة</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../../desktop/files.py" line="+22"/>
        <source>PDF documents (*.pdf)</source>
        <extracomment>the ending a saved file of each kind gets when its name lacks one</extracomment>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON files (*.json)</source>
        <translation>ملفات JSON (*.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caucus vaults (*.caucus)</source>
        <translation>خزائن Caucus (*.caucus)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV spreadsheets (*.csv)</source>
        <translation>جداول بيانات CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>مصنّفات Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreadsheets (*.csv *.xlsx *.txt)</source>
        <translation>جداول البيانات (*.csv *.xlsx *.txt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join requests (*.caucus-request)</source>
        <translation>طلبات الانضمام (*.caucus-request)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welcome files (*.caucus-welcome)</source>
        <translation>ملفات الترحيب (*.caucus-welcome)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync files (*.caucus-bundle)</source>
        <translation>ملفات المزامنة (*.caucus-bundle)</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+15"/>
        <source>All files (*)</source>
        <translation>كل الملفات (*)</translation>
    </message>
</context>
<context>
    <name>FinishJoinWindow</name>
    <message>
        <location filename="../../desktop/views/join_page.py" line="+371"/>
        <source>Finish joining — Caucus</source>
        <extracomment>the joined session, and a sentence to show with it</extracomment>
        <translation>إتمام الانضمام — Caucus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finish joining</source>
        <translation>إتمام الانضمام</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This laptop&apos;s vault is ready, but it is not yet part of a branch.</source>
        <translation>خزنة هذا الحاسوب جاهزة، لكنه ليس جزءًا من فرع بعد.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Join request file</source>
        <translation>ملف طلب الانضمام</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1. Take the join request to an admin. On an admin&apos;s laptop: {ADMIT_PATH}; it saves a welcome file made for this laptop only.
2. Bring the welcome file back and load it here.</source>
        <translation>1. خذ طلب الانضمام إلى أحد المديرين. على حاسوب المدير: {ADMIT_PATH}؛ فيحفظ ملف ترحيب مُعدًّا لهذا الحاسوب وحده.
2. أعد ملف الترحيب إلى هنا وحمّله.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Make the request file again…</source>
        <translation>إعادة إنشاء ملف الطلب…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make the request file again</source>
        <translation>إعادة إنشاء ملف الطلب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load the welcome file…</source>
        <translation>تحميل ملف الترحيب…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load the welcome file</source>
        <translation>تحميل ملف الترحيب</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loading the welcome file</source>
        <translation>جارٍ تحميل ملف الترحيب</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Joining error</source>
        <translation>خطأ في الانضمام</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Lock</source>
        <translation>قفل</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Load the welcome file again to complete joining.</source>
        <translation>حمّل ملف الترحيب مرة أخرى لإتمام الانضمام.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Check the branch</source>
        <translation>التحقق من الفرع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This welcome file is for the branch “{branch_name}”.

Branch fingerprint:  {fingerprint}

On the admin&apos;s laptop, Sync → Devices shows the branch fingerprint. Join only if the two are the same.</source>
        <translation>ملف الترحيب هذا خاص بالفرع «{branch_name}».

بصمة الفرع:  {fingerprint}

على حاسوب المدير، تعرض «المزامنة ← الأجهزة» بصمة الفرع. لا تنضم إلا إذا تطابقت البصمتان.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>They match: join</source>
        <translation>متطابقتان: انضمام</translation>
    </message>
</context>
<context>
    <name>FirstRunWindow</name>
    <message>
        <location filename="../../desktop/views/first_run.py" line="-171"/>
        <location line="+23"/>
        <source>Welcome to Caucus</source>
        <extracomment>an unlocked session (a new branch, the demo, a joined branch or one waiting to join) the user picked an existing vault file to unlock a new branch was made (the app then asks to write the passphrase down)</extracomment>
        <translation>مرحبًا بك في Caucus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Caucus keeps your branch&apos;s member list on this laptop, encrypted with a passphrase only you know. Officers&apos; laptops sync with each other directly — by USB stick or at a meeting — with no server and no cloud.</source>
        <translation>يحفظ Caucus قائمة أعضاء فرعك على هذا الحاسوب، مشفّرة بعبارة مرور لا يعرفها سواك. تتزامن حواسيب مسؤولي الفرع فيما بينها مباشرة — بذاكرة USB أو في اجتماع — دون خادم ودون سحابة.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create a branch</source>
        <translation>إنشاء فرع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new, empty branch on this laptop. You become its first admin.</source>
        <translation>ابدأ فرعًا جديدًا فارغًا على هذا الحاسوب. ستكون أول مدير له.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open an existing vault file…</source>
        <translation>فتح ملف خزنة موجود…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock a Caucus vault file that is already on this computer or a stick.</source>
        <translation>افتح قفل ملف خزنة Caucus موجود أصلًا على هذا الحاسوب أو على ذاكرة USB.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try the demo</source>
        <translation>جرّب العرض التجريبي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a demo branch with 2,000 invented members to look around safely.</source>
        <translation>أنشئ فرعًا تجريبيًا فيه 2,000 عضو وهمي لتستكشف التطبيق بأمان.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Join a branch</source>
        <translation>الانضمام إلى فرع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add this laptop to a branch another officer already runs.</source>
        <translation>أضف هذا الحاسوب إلى فرع يديره مسؤول آخر بالفعل.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The vault will be kept at {vault_path}</source>
        <translation>ستُحفظ الخزنة في {vault_path}</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../desktop/views/member_notes.py" line="+163"/>
        <location line="+50"/>
        <source>(empty)</source>
        <translation>(فارغ)</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>(erased)</source>
        <translation>(ممحو)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+6"/>
        <source>Tag added</source>
        <translation>أُضيف وسم</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Tag removed</source>
        <translation>أُزيل وسم</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(a workplace no longer listed)</source>
        <translation>(مكان عمل لم يعد مُدرجًا)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Consent: {kind}</source>
        <translation>الموافقة: {kind}</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../desktop/dialogs/import_wizard.py" line="+131"/>
        <location line="+126"/>
        <source>Import members</source>
        <translation>استيراد الأعضاء</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>A .csv or .xlsx file</source>
        <translation>ملف CSV أو XLSX</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File to import</source>
        <translation>الملف المراد استيراده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read file</source>
        <translation>قراءة الملف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File:</source>
        <translation>الملف:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved mapping</source>
        <translation>مطابقة محفوظة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(guess from the headings)</source>
        <translation>(تخمين من عناوين الأعمدة)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mapping:</source>
        <translation>المطابقة:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name to save this mapping under (optional)</source>
        <translation>اسم تُحفظ به هذه المطابقة (اختياري)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save mapping as</source>
        <translation>حفظ المطابقة باسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save mapping</source>
        <translation>حفظ المطابقة</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First value</source>
        <translation>القيمة الأولى</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import as</source>
        <translation>يُستورد إلى</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Column mapping</source>
        <translation>مطابقة الأعمدة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Preview of the first rows</source>
        <translation>معاينة الصفوف الأولى</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When a row matches an existing member</source>
        <translation>عندما يطابق صفٌّ عضوًا موجودًا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check rows</source>
        <translation>فحص الصفوف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows matching an existing member:</source>
        <translation>صفوف تطابق عضوًا موجودًا:</translation>
    </message>
    <message>
        <location line="+229"/>
        <source>{rows} rows: {rejected} will be rejected, {matching} match existing members or earlier rows, {flagged} have values to check (below: type a fix, then Check rows again).</source>
        <translation>عدد الصفوف {rows}: سيُرفض منها {rejected}، ويطابق {matching} منها أعضاء موجودين أو صفوفًا سابقة، وفي {flagged} منها قيم تحتاج إلى فحص (أدناه: اكتب التصحيح، ثم اضغط «فحص الصفوف» مرة أخرى).</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Row {row}: {why}</source>
        <translation>الصف {row}: {why}</translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="vanished">الصف</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation type="vanished">في الملف</translation>
    </message>
    <message>
        <source>Same person as</source>
        <translation type="vanished">يطابق الشخص</translation>
    </message>
    <message>
        <source>Do</source>
        <translation type="vanished">الإجراء</translation>
    </message>
    <message>
        <source>Rows matching existing members</source>
        <translation type="vanished">صفوف تطابق أعضاء موجودين</translation>
    </message>
    <message>
        <location line="-300"/>
        <source>&amp;Repair what spreadsheet programs damage: a lost leading 0, numbers shown as 4.47913E+11, dates shown as day numbers</source>
        <translation>إ&amp;صلاح ما تُفسده برامج جداول البيانات: صفر بادئ مفقود، وأرقام تظهر هكذا 4.47913E+11، وتواريخ تظهر كأرقام أيام</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repair damaged values</source>
        <translation>إصلاح القيم التالفة</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import result</source>
        <translation>نتيجة الاستيراد</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rows not imported</source>
        <translation>صفوف لم تُستورد</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop import</source>
        <translation>إيقاف الاستيراد</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Choose a file to import.</source>
        <translation>اختر ملفًا لاستيراده.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{kind}: {rows}</source>
        <translation>{kind}: {rows}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Import {heading} as</source>
        <translation>استيراد «{heading}» إلى</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Custom field “{heading}”</source>
        <translation>حقل مخصّص «{heading}»</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Custom field “{target}”</source>
        <translation>حقل مخصّص «{target}»</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Give the mapping a name to save it under.</source>
        <translation>أعطِ المطابقة اسمًا لتُحفظ به.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved the mapping as “{name}”.</source>
        <translation>حُفظت المطابقة باسم «{name}».</translation>
    </message>
    <message>
        <source>{count} rows: {count2} will be rejected, {count3} match existing members or earlier rows, {flagged} have values to check (below: type a fix, then Check rows again).</source>
        <translation type="vanished">عدد الصفوف {count}: سيُرفض منها {count2}، ويطابق {count3} منها أعضاء موجودين أو صفوفًا سابقة، وفي {flagged} منها قيم تحتاج إلى فحص (أدناه: اكتب التصحيح، ثم اضغط «فحص الصفوف» مرة أخرى).</translation>
    </message>
    <message>
        <source>Row {duplicate_row} of this file: </source>
        <translation type="vanished">الصف {duplicate_row} من هذا الملف: </translation>
    </message>
    <message>
        <source>Row {row}</source>
        <translation type="vanished">الصف {row}</translation>
    </message>
    <message>
        <source>(as chosen above)</source>
        <translation type="vanished">(كما اختير أعلاه)</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Stopping after the current batch…</source>
        <translation>جارٍ الإيقاف بعد الدفعة الحالية…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Imported. Read a file again to import more.</source>
        <translation>اكتمل الاستيراد. اقرأ ملفًا آخر لاستيراد المزيد.</translation>
    </message>
</context>
<context>
    <name>IssuesTable</name>
    <message>
        <location filename="../../desktop/dialogs/import_issues.py" line="+33"/>
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the file</source>
        <translation>في الملف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What was done</source>
        <translation>ما الذي فُعل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your fix (type to replace)</source>
        <translation>تصحيحك (اكتب للاستبدال)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Values to check</source>
        <translation>قيم تحتاج إلى فحص</translation>
    </message>
</context>
<context>
    <name>JoinPage</name>
    <message>
        <location filename="../../desktop/views/join_page.py" line="-405"/>
        <source>Where to save the join request (for example your USB stick)</source>
        <translation>مكان حفظ طلب الانضمام (مثلًا ذاكرة USB الخاصة بك)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Join a branch</source>
        <extracomment>a session: joined (by code), or waiting for its welcome file (after the request), and a sentence to show with it</extracomment>
        <translation>الانضمام إلى فرع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This laptop gets its own key and its own passphrase, which encrypts everything on it (nobody can recover it for you). An admin&apos;s laptop then admits it and sends it the branch&apos;s data.</source>
        <translation>يحصل هذا الحاسوب على مفتاحه الخاص وعبارة مروره الخاصة التي تشفّر كل شيء عليه (لا أحد يستطيع استعادتها لك). ثم يقبله حاسوب أحد المديرين ويرسل إليه بيانات الفرع.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pairing code error</source>
        <translation>خطأ في رمز الاقتران</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address error</source>
        <translation>خطأ في العنوان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How to join</source>
        <translation>طريقة الانضمام</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At a meeting: pairing code</source>
        <translation>في اجتماع: رمز الاقتران</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>By USB stick: welcome file</source>
        <translation>بذاكرة USB: ملف الترحيب</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check string</source>
        <translation>سلسلة التحقق</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Join status</source>
        <translation>حالة الانضمام</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Joining</source>
        <translation>جارٍ الانضمام</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel joining</source>
        <translation>إلغاء الانضمام</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>On the admin&apos;s laptop, open Sync → Meeting (Wi-Fi) and press Pair a new laptop: it shows a one-time code to type here. Both laptops must be on the same network.</source>
        <translation>على حاسوب المدير، افتح «المزامنة ← الاجتماع (Wi-Fi)» واضغط «اقتران حاسوب جديد»: سيعرض رمزًا صالحًا لمرة واحدة تكتبه هنا. يجب أن يكون الحاسوبان على الشبكة نفسها.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pairing &amp;code</source>
        <translation>&amp;رمز الاقتران</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pairing code</source>
        <translation>رمز الاقتران</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only if needed, e.g. 192.168.1.20:47300</source>
        <translation>عند الحاجة فقط، مثال: 192.168.1.20:47300</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only if this laptop cannot find the admin&apos;s by itself (some networks block that): the address the admin&apos;s laptop shows.</source>
        <translation>فقط إذا لم يستطع هذا الحاسوب أن يعثر على حاسوب المدير بنفسه (بعض الشبكات تمنع ذلك): العنوان الذي يعرضه حاسوب المدير.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Admin&apos;s &amp;address</source>
        <translation>&amp;عنوان المدير</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Admin&apos;s address</source>
        <translation>عنوان المدير</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Join</source>
        <translation>انضمام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join by pairing code</source>
        <translation>الانضمام برمز الاقتران</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No meeting soon? Save a join request on a USB stick and give it to an admin. On an admin&apos;s laptop: {ADMIT_PATH}; it saves a welcome file for this laptop on the stick. Then load the welcome file here (you may close Caucus in between: unlocking this laptop&apos;s vault brings you back to that step).</source>
        <translation>لا يوجد اجتماع قريب؟ احفظ طلب انضمام على ذاكرة USB وسلّمه إلى أحد المديرين. على حاسوب المدير: {ADMIT_PATH}؛ فيحفظ على الذاكرة ملف ترحيب لهذا الحاسوب. ثم حمّل ملف الترحيب هنا (يمكنك إغلاق Caucus في الأثناء: فتح قفل خزنة هذا الحاسوب يعيدك إلى هذه الخطوة).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save the join request…</source>
        <translation>حفظ طلب الانضمام…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the join request</source>
        <translation>حفظ طلب الانضمام</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Creating this laptop&apos;s vault…</source>
        <translation>جارٍ إنشاء خزنة هذا الحاسوب…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Creating this laptop&apos;s vault and its join request…</source>
        <translation>جارٍ إنشاء خزنة هذا الحاسوب وطلب انضمامه…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Joining was cancelled; nothing was kept on this laptop.</source>
        <translation>أُلغي الانضمام؛ لم يُحتفظ بشيء على هذا الحاسوب.</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Load the welcome file</source>
        <translation>تحميل ملف الترحيب</translation>
    </message>
</context>
<context>
    <name>LanTab</name>
    <message>
        <location filename="../../desktop/views/sync_lan.py" line="+57"/>
        <source>Meeting mode on: other laptops of the branch can sync with this one.</source>
        <translation>وضع الاجتماع مُفعَّل: يمكن لحواسيب الفرع الأخرى أن تُزامن مع هذا الحاسوب.</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>At a meeting, laptops on the same Wi-Fi sync directly. Turn meeting mode on at one laptop; the others look for it and sync. Only this branch&apos;s laptops can recognise or reach it.</source>
        <extracomment>a sync brought changes in (refresh every view) a new laptop joined (reload the roster) where meeting mode and pairing listen, and the interfaces they announce on</extracomment>
        <translation>في الاجتماع، تتزامن الحواسيب المتصلة بشبكة Wi-Fi نفسها مباشرة. فعّل وضع الاجتماع على حاسوب واحد؛ فتبحث عنه الحواسيب الأخرى وتُزامن معه. لا تستطيع التعرّف عليه أو الوصول إليه إلا حواسيب هذا الفرع.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+2"/>
        <location line="+1"/>
        <source>Meeting mode</source>
        <translation>وضع الاجتماع</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+113"/>
        <location line="+39"/>
        <location line="+36"/>
        <source>Meeting mode is off.</source>
        <translation>وضع الاجتماع متوقف.</translation>
    </message>
    <message>
        <location line="-187"/>
        <source>Meeting mode status</source>
        <translation>حالة وضع الاجتماع</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last incoming sync</source>
        <translation>آخر مزامنة واردة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting mode error</source>
        <translation>خطأ في وضع الاجتماع</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+14"/>
        <source>Laptops nearby</source>
        <translation>حواسيب قريبة</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Look for laptops</source>
        <translation>البحث عن الحواسيب</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Looking for laptops</source>
        <translation>جارٍ البحث عن الحواسيب</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The other laptop&apos;s address</source>
        <translation>عنوان الحاسوب الآخر</translation>
    </message>
    <message>
        <source>Address shown on the other laptop, e.g. 192.168.1.20:{0}</source>
        <translation type="vanished">العنوان المعروض على الحاسوب الآخر، مثال: 192.168.1.20:{0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address shown on the other laptop, e.g. 192.168.1.20:{meeting_port}</source>
        <translation>العنوان المعروض على الحاسوب الآخر، مثال: 192.168.1.20:{meeting_port}</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <source>Sync with this address</source>
        <translation>المزامنة مع هذا العنوان</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If no laptop is found (some Wi-Fi blocks this):</source>
        <translation>إذا لم يُعثر على أي حاسوب (بعض شبكات Wi-Fi تمنع ذلك):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sync now</source>
        <translation>زامِن الآن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync with the selected laptop</source>
        <translation>المزامنة مع الحاسوب المحدَّد</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sync with all</source>
        <translation>المزامنة مع الجميع</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meeting sync progress</source>
        <translation>تقدّم المزامنة في الاجتماع</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel sync</source>
        <translation>إلغاء المزامنة</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Meeting sync status</source>
        <translation>حالة المزامنة في الاجتماع</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meeting sync error</source>
        <translation>خطأ في المزامنة في الاجتماع</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Meeting mode: on</source>
        <translation>وضع الاجتماع: مُفعَّل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting mode: off</source>
        <translation>وضع الاجتماع: متوقف</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Starting meeting mode…</source>
        <translation>جارٍ تشغيل وضع الاجتماع…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{meeting_on} Its address: {address}.</source>
        <translation>{meeting_on} عنوانه: {address}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (Port {port} was in use, so port {address} is used.)</source>
        <translation> (كان المنفذ {port} مشغولًا، لذا يُستخدم المنفذ {address}.)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Meeting mode could not start: {human_message}</source>
        <translation>تعذّر تشغيل وضع الاجتماع: {human_message}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Last: {who} at {time}. {what}</source>
        <translation>آخر مزامنة: {who} الساعة {time}. {what}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Looking for this branch&apos;s laptops…</source>
        <translation>جارٍ البحث عن حواسيب هذا الفرع…</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Found %n laptops of this branch.</source>
        <translation>
            <numerusform>لم يُعثر على أي حاسوب من هذا الفرع.</numerusform>
            <numerusform>عُثر على حاسوب واحد من هذا الفرع.</numerusform>
            <numerusform>عُثر على حاسوبين من هذا الفرع.</numerusform>
            <numerusform>عُثر على %n حواسيب من هذا الفرع.</numerusform>
            <numerusform>عُثر على %n حاسوبًا من هذا الفرع.</numerusform>
            <numerusform>عُثر على %n حاسوب من هذا الفرع.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No laptop of this branch answered. Is meeting mode on at the others? If the venue&apos;s Wi-Fi hides them, type an address below.</source>
        <translation>لم يستجب أي حاسوب من هذا الفرع. هل وضع الاجتماع مُفعَّل على الحواسيب الأخرى؟ إذا كانت شبكة Wi-Fi في المكان تخفيها، فاكتب عنوانًا أدناه.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Connecting…</source>
        <translation>جارٍ الاتصال…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Stopping after the current batch…</source>
        <translation>جارٍ الإيقاف بعد الدفعة الحالية…</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../desktop/views/list_pages.py" line="-295"/>
        <source>Add</source>
        <extracomment>(placeholder, accessible name, width in characters) of the add line&apos;s fields</extracomment>
        <translation>إضافة</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>What to do next</source>
        <extracomment>what the page says while it lists nothing: what to do next the fields of the record&apos;s Details dialog (none: no such dialog) a change the page made that other pages may show (e.g. a new workplace)</extracomment>
        <translation>الخطوة التالية</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Details…</source>
        <translation>ال&amp;تفاصيل…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the details</source>
        <translation>تعديل التفاصيل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the details of the selected row (Enter)</source>
        <translation>تغيير تفاصيل الصف المحدَّد (Enter)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{title} error</source>
        <translation>خطأ في {title}</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Details of {name}</source>
        <translation>تفاصيل {name}</translation>
    </message>
    <message>
        <source>Details of {0}</source>
        <translation type="vanished">تفاصيل {0}</translation>
    </message>
</context>
<context>
    <name>MainToolbar</name>
    <message>
        <location filename="../../desktop/main_toolbar.py" line="+37"/>
        <source>Main</source>
        <translation>الرئيسية</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Search names, contacts, notes  (Ctrl+F)</source>
        <translation>ابحث في الأسماء وبيانات الاتصال والملاحظات  (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search members</source>
        <translation>البحث في الأعضاء</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Find</source>
        <translation>بحث</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New member</source>
        <translation>عضو جديد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a member (Ctrl+N)</source>
        <translation>إضافة عضو (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sync</source>
        <translation>المزامنة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync by USB stick or at a meeting; devices, pairing and conflicts</source>
        <translation>المزامنة بذاكرة USB أو في اجتماع؛ الأجهزة والاقتران والتعارضات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language, when the vault locks itself, the clipboard</source>
        <translation>اللغة، ومتى تُقفل الخزنة تلقائيًا، والحافظة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock</source>
        <translation>قفل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock the vault now (Ctrl+L)</source>
        <translation>قفل الخزنة الآن (Ctrl+L)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/main_window.py" line="+93"/>
        <source>Sections</source>
        <extracomment>the user closes the demo (Vault menu) the preferences were changed (the app re-reads the auto-lock minutes) the preferences chose another language (the app installs it and rebuilds this window)</extracomment>
        <translation>الأقسام</translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="vanished">الرئيسية</translation>
    </message>
    <message>
        <source>Search names, contacts, notes  (Ctrl+F)</source>
        <translation type="vanished">ابحث في الأسماء وبيانات الاتصال والملاحظات  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search members</source>
        <translation type="vanished">البحث في الأعضاء</translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="vanished">بحث</translation>
    </message>
    <message>
        <source>New member</source>
        <translation type="vanished">عضو جديد</translation>
    </message>
    <message>
        <source>Add a member (Ctrl+N)</source>
        <translation type="vanished">إضافة عضو (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+248"/>
        <source>Sync</source>
        <translation>المزامنة</translation>
    </message>
    <message>
        <source>Sync by USB stick or at a meeting; devices, pairing and conflicts</source>
        <translation type="vanished">المزامنة بذاكرة USB أو في اجتماع؛ الأجهزة والاقتران والتعارضات</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="vanished">التفضيلات</translation>
    </message>
    <message>
        <source>When the vault locks itself; the clipboard</source>
        <translation type="vanished">متى تُقفل الخزنة تلقائيًا؛ الحافظة</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="vanished">قفل</translation>
    </message>
    <message>
        <source>Lock the vault now (Ctrl+L)</source>
        <translation type="vanished">قفل الخزنة الآن (Ctrl+L)</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Branch and device</source>
        <translation>الفرع والجهاز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working</source>
        <translation>جارٍ العمل</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{branch_name} — Caucus</source>
        <translation>{branch_name} — Caucus</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Branch {branch_name}; this laptop is {device_name}</source>
        <translation>الفرع {branch_name}؛ هذا الحاسوب هو {device_name}</translation>
    </message>
    <message>
        <source>Branch {0}; this laptop is {1}</source>
        <translation type="vanished">الفرع {0}؛ هذا الحاسوب هو {1}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Sync ({count})</source>
        <translation>المزامنة ({count})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} conflicts need a decision</source>
        <translation>تعارضات تحتاج إلى قرار: {count}</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <location filename="../../desktop/views/list_pages.py" line="+185"/>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Meetings</source>
        <translation>الاجتماعات</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+1"/>
        <source>New meeting title</source>
        <translation>عنوان الاجتماع الجديد</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting date</source>
        <translation>تاريخ الاجتماع</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Location</source>
        <translation>المكان</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Quorum</source>
        <translation>النصاب</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add meeting</source>
        <translation>إضافة اجتماع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No meetings yet. Type a title and a date below and press Add meeting; then mark who came.</source>
        <translation>لا توجد اجتماعات بعد. اكتب عنوانًا وتاريخًا أدناه واضغط «إضافة اجتماع»؛ ثم سجّل من حضر.</translation>
    </message>
</context>
<context>
    <name>MemberActions</name>
    <message>
        <location filename="../../desktop/views/member_actions.py" line="+32"/>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>The clipboard is cleared again after {0} seconds</source>
        <translation type="vanished">تُمسح الحافظة مجددًا بعد {0} ثانية</translation>
    </message>
    <message>
        <source>Copied. The clipboard will be cleared in {0} seconds.</source>
        <translation type="vanished">نُسخ. ستُمسح الحافظة بعد {0} ثانية.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Export everything about this member</source>
        <translation>تصدير كل ما يخص هذا العضو</translation>
    </message>
    <message>
        <source>{0} - personal data</source>
        <translation type="vanished">{0} - البيانات الشخصية</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Everything about this member</source>
        <translation>كل ما يخص هذا العضو</translation>
    </message>
    <message>
        <source>Everything Caucus holds about {0} — details, tags, consents, conversations, tasks, attendance and the history of changes — as a JSON file for the request and, beside it, a PDF to print. Neither file is encrypted.</source>
        <translation type="vanished">كل ما يحتفظ به Caucus عن {0} — البيانات والوسوم والموافقات والمحادثات والمهام والحضور وسجل التغييرات — في ملف JSON للطلب، وبجانبه ملف PDF للطباعة. كلا الملفين غير مشفّر.</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>The clipboard is cleared again after {seconds} seconds</source>
        <translation>تُمسح الحافظة مجددًا بعد {seconds} ثانية</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Copied. The clipboard will be cleared in {seconds} seconds.</source>
        <translation>نُسخ. ستُمسح الحافظة بعد {seconds} ثانية.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{display_name} - personal data</source>
        <translation>{display_name} - البيانات الشخصية</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Everything Caucus holds about {display_name} — details, tags, consents, conversations, tasks, attendance and the history of changes — as a JSON file for the request and, beside it, a PDF to print. Neither file is encrypted.</source>
        <translation>كل ما يحتفظ به Caucus عن {display_name} — البيانات والوسوم والموافقات والمحادثات والمهام والحضور وسجل التغييرات — في ملف JSON للطلب، وبجانبه ملف PDF للطباعة. كلا الملفين غير مشفّر.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Deleted. The member is in the Deleted list and can be restored.</source>
        <translation>حُذف. العضو موجود في قائمة المحذوفين ويمكن استعادته.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restored.</source>
        <translation>استُعيد.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Erased with {erased} earlier records merged into it. Other laptops erase it too when they next sync.</source>
        <translation>مُحي، ومعه السجلات السابقة المدموجة فيه ({erased}). ستمحوه الحواسيب الأخرى أيضًا عند مزامنتها التالية.</translation>
    </message>
    <message>
        <source>Erased with {0} earlier records merged into it. Other laptops erase it too when they next sync.</source>
        <translation type="vanished">مُحي، ومعه السجلات السابقة المدموجة فيه ({0}). ستمحوه الحواسيب الأخرى أيضًا عند مزامنتها التالية.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Erased. Other laptops erase it too when they next sync.</source>
        <translation>مُحي. ستمحوه الحواسيب الأخرى أيضًا عند مزامنتها التالية.</translation>
    </message>
</context>
<context>
    <name>MemberForm</name>
    <message>
        <location filename="../../desktop/views/member_form.py" line="+98"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preferred name</source>
        <translation>الاسم المفضّل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>بيانات الاتصال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emails</source>
        <translation>عناوين البريد الإلكتروني</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <location line="+65"/>
        <source>commas between several</source>
        <translation>افصل بين القيم المتعددة بفواصل</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Phones</source>
        <translation>الهواتف</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postcode</source>
        <translation>الرمز البريدي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work</source>
        <translation>العمل</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+138"/>
        <source>(no workplace)</source>
        <translation>(بلا مكان عمل)</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>Workplace</source>
        <translation>مكان العمل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation>القسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job title</source>
        <translation>المسمّى الوظيفي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Membership</source>
        <translation>العضوية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Membership no.</source>
        <translation>رقم العضوية</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status worked out from dates</source>
        <translation>الحالة المستنتجة من التواريخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status now</source>
        <translation>الحالة الآن</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no override)</source>
        <translation>(بلا تعديل يدوي)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status override</source>
        <translation>تعديل الحالة يدويًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Override until</source>
        <translation>التعديل اليدوي ساري حتى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joined</source>
        <translation>تاريخ الانتساب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lapsed</source>
        <translation>تاريخ انقطاع العضوية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dues paid until</source>
        <translation>الاشتراكات مدفوعة حتى</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(not assessed)</source>
        <translation>(غير مُقيَّم)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assessment</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privacy</source>
        <translation>الخصوصية</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Basis of processing</source>
        <translation>الأساس القانوني للمعالجة</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Contact preferences error</source>
        <translation>خطأ في تفضيلات الاتصال</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact preferences</source>
        <translation>تفضيلات الاتصال</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Consents</source>
        <translation>الموافقات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>name: value, one per line (e.g. shift: nights)</source>
        <translation>الاسم: القيمة، واحد في كل سطر (مثال: الوردية: ليلية)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom fields</source>
        <translation>الحقول المخصّصة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form error</source>
        <translation>خطأ في النموذج</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>{label} error</source>
        <translation>خطأ في {label}</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>{kind}: given</source>
        <translation>{kind}: ممنوحة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{kind}: refused</source>
        <translation>{kind}: مرفوضة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none recorded</source>
        <translation>لم يُسجَّل شيء</translation>
    </message>
</context>
<context>
    <name>MemberPanel</name>
    <message>
        <location filename="../../desktop/views/member_panel.py" line="+86"/>
        <source>Member details</source>
        <extracomment>a member was added, edited, deleted or restored (its id) a member was erased (its id) a status message for the window the user asked to see an existing member (a likely duplicate of a new one)</extracomment>
        <translation>تفاصيل العضو</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select a member in the list, press New member (Ctrl+N), or bring in a spreadsheet with Data → Import.</source>
        <translation>اختر عضوًا من القائمة، أو اضغط «عضو جديد» (Ctrl+N)، أو استورد جدول بيانات من البيانات ← استيراد.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Member name</source>
        <translation>اسم العضو</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Member status</source>
        <translation>حالة العضو</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Member error</source>
        <translation>خطأ في العضو</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Member notice</source>
        <translation>تنبيه بشأن العضو</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Details</source>
        <translation>ال&amp;تفاصيل</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Con&amp;versations</source>
        <translation>ال&amp;محادثات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;History</source>
        <translation>ال&amp;سجل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Organising</source>
        <translation>التن&amp;ظيم</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Edit</source>
        <translation>تع&amp;ديل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit (F2 or Enter in the list)</source>
        <translation>تعديل (F2 أو Enter في القائمة)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save (Ctrl+S)</source>
        <translation>حفظ (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the changes (Esc)</source>
        <translation>إلغاء التغييرات (Esc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport everything…</source>
        <translation>تصدير &amp;كل شيء…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything held about this person, for a subject-access request: a JSON file and a PDF</source>
        <translation>كل ما يُحتفظ به عن هذا الشخص، لطلب الاطلاع على البيانات الشخصية: ملف JSON وملف PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export everything about this member</source>
        <translation>تصدير كل ما يخص هذا العضو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take off the list; can be restored</source>
        <translation>إخراجه من القائمة؛ يمكن استعادته</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore</source>
        <translation>است&amp;عادة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase…</source>
        <translation>محو…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase this person for good, on every laptop (GDPR)</source>
        <translation>محو هذا الشخص نهائيًا، على كل الحواسيب (GDPR)</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>No. {membership_no}</source>
        <translation>رقم {membership_no}</translation>
    </message>
    <message>
        <source>No. {0}</source>
        <translation type="vanished">رقم {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DELETED — restore to edit</source>
        <translation>محذوف — استعِده لتعديله</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>New member</source>
        <translation>عضو جديد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill in what you know; a first or last name is enough. Ctrl+S saves, Esc cancels.</source>
        <translation>املأ ما تعرفه؛ يكفي الاسم الأول أو اسم العائلة. Ctrl+S للحفظ، وEsc للإلغاء.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Note added.</source>
        <translation>أُضيفت الملاحظة.</translation>
    </message>
</context>
<context>
    <name>MemberSaving</name>
    <message>
        <location filename="../../desktop/views/member_saving.py" line="+45"/>
        <source>this member</source>
        <translation>هذا العضو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to {name}?</source>
        <translation>حفظ التغييرات على {name}؟</translation>
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
        <translation>يبدو أن هذا شخص موجود في القائمة أصلًا:
{lines}

هل تحفظ عضوًا جديدًا على أي حال، أم تفتح الموجود في القائمة؟</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open {name}</source>
        <translation>فتح {name}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Saved, with a warning: {message}</source>
        <translation>حُفظ، مع تحذير: {message}</translation>
    </message>
    <message>
        <source>Save the changes to {0}?</source>
        <translation type="vanished">حفظ التغييرات على {0}؟</translation>
    </message>
    <message>
        <source>• {0}: {1}</source>
        <translation type="vanished">• {0}: {1}</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Already on the list?</source>
        <translation>موجود في القائمة أصلًا؟</translation>
    </message>
    <message>
        <source>This looks like someone already on the list:
{0}

Save a new member anyway, or open the one on the list?</source>
        <translation type="vanished">يبدو أن هذا شخص موجود في القائمة أصلًا:
{0}

هل تحفظ عضوًا جديدًا على أي حال، أم تفتح الموجود في القائمة؟</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save a new member</source>
        <translation>حفظ عضو جديد</translation>
    </message>
    <message>
        <source>Open {0}</source>
        <translation type="vanished">فتح {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Go back</source>
        <translation>العودة</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Saved.</source>
        <translation>حُفظ.</translation>
    </message>
    <message>
        <source>Saved, with a warning: {0}</source>
        <translation type="vanished">حُفظ، مع تحذير: {0}</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <location filename="../../desktop/models/members.py" line="-177"/>
        <source>{text} (deleted)</source>
        <extracomment>the id query finished: number of matching members a query or fetch failed: the sentence to show</extracomment>
        <translation>{text} (محذوف)</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <location filename="../../desktop/views/members_page.py" line="+51"/>
        <source>Status filter</source>
        <extracomment>below this many characters&apos; width the panel goes under the list a saved search set the search text (the toolbar&apos;s search field shows it)</extracomment>
        <translation>تصفية حسب الحالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All statuses</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleted (can be restored)</source>
        <translation>المحذوفون (يمكن استعادتهم)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workplace filter</source>
        <translation>تصفية حسب مكان العمل</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+96"/>
        <source>All workplaces</source>
        <translation>كل أماكن العمل</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Tag filter</source>
        <translation>تصفية حسب الوسم</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+92"/>
        <source>All tags</source>
        <translation>كل الوسوم</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Number of members shown</source>
        <translation>عدد الأعضاء المعروضين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Searching</source>
        <translation>جارٍ البحث</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Members</source>
        <translation>الأعضاء</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Member list error</source>
        <translation>خطأ في قائمة الأعضاء</translation>
    </message>
    <message>
        <source>1 member</source>
        <translation type="vanished">عضو واحد</translation>
    </message>
    <message>
        <source>{0} members</source>
        <translation type="vanished">الأعضاء: {0}</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../desktop/dialogs/merge_dialog.py" line="+61"/>
        <source>Merge duplicate members</source>
        <extracomment>The most likely pairs listed at once (merging some and searching again shows more).</extracomment>
        <translation>دمج الأعضاء المكرّرين</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Likely duplicates</source>
        <translation>تكرارات محتملة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pair:</source>
        <translation>الزوج:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About the pairs found</source>
        <translation>عن الأزواج التي عُثر عليها</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A (kept)</source>
        <translation>أ (يُحتفظ به)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>B (merged in)</source>
        <translation>ب (يُدمج فيه)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep</source>
        <translation>ما يُحتفظ به</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Differing fields</source>
        <translation>الحقول المختلفة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes, tags, consents, tasks and meeting attendance of both records are kept. B stays in the deleted list, marked as merged into A, with its history.</source>
        <translation>تُحفظ الملاحظات والوسوم والموافقات والمهام وحضور الاجتماعات للسجلّين كليهما. يبقى «ب» في قائمة المحذوفين، مع إشارة إلى أنه دُمج في «أ»، ومعه سجل تغييراته.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Merge result</source>
        <translation>نتيجة الدمج</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Merge</source>
        <translation>دمج</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Showing the {count} most likely of {total} pairs; merge some and open this again for the rest.</source>
        <translation>تُعرض الأزواج الأرجح ({count}) من أصل {total}؛ ادمج بعضها ثم افتح هذه النافذة مجددًا لعرض الباقي.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Keep A: {a_name}, and merge B: {b_name} into it. Choose the value to keep for each detail that differs.</source>
        <translation>الإبقاء على «أ»: {a_name}، ودمج «ب»: {b_name} فيه. اختر القيمة التي تبقى لكل تفصيل مختلف.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Keep {field}</source>
        <translation>الإبقاء على {field}</translation>
    </message>
    <message>
        <source>Showing the {count} most likely of {total:,} pairs; merge some and open this again for the rest.</source>
        <translation type="vanished">تُعرض الأزواج الأرجح ({count}) من أصل {total:,}؛ ادمج بعضها ثم افتح هذه النافذة مجددًا لعرض الباقي.</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>No likely duplicates were found.</source>
        <translation>لم يُعثر على تكرارات محتملة.</translation>
    </message>
    <message>
        <source>Keep A: {0}, and merge B: {1} into it. Choose the value to keep for each detail that differs.</source>
        <translation type="vanished">الإبقاء على «أ»: {0}، ودمج «ب»: {1} فيه. اختر القيمة التي تبقى لكل تفصيل مختلف.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>(a workplace no longer listed)</source>
        <translation>(مكان عمل لم يعد مُدرجًا)</translation>
    </message>
    <message>
        <source>Keep {0}</source>
        <translation type="vanished">الإبقاء على {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Both</source>
        <translation>كلاهما</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Merging…</source>
        <translation>جارٍ الدمج…</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln conversations</source>
        <translation>
            <numerusform>لا محادثات</numerusform>
            <numerusform>محادثة واحدة</numerusform>
            <numerusform>محادثتان</numerusform>
            <numerusform>%Ln محادثات</numerusform>
            <numerusform>%Ln محادثة</numerusform>
            <numerusform>%Ln محادثة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln tasks</source>
        <translation>
            <numerusform>لا مهام</numerusform>
            <numerusform>مهمة واحدة</numerusform>
            <numerusform>مهمتان</numerusform>
            <numerusform>%Ln مهام</numerusform>
            <numerusform>%Ln مهمة</numerusform>
            <numerusform>%Ln مهمة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln consents</source>
        <translation>
            <numerusform>لا موافقات</numerusform>
            <numerusform>موافقة واحدة</numerusform>
            <numerusform>موافقتان</numerusform>
            <numerusform>%Ln موافقات</numerusform>
            <numerusform>%Ln موافقة</numerusform>
            <numerusform>%Ln موافقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln tags</source>
        <translation>
            <numerusform>لا وسوم</numerusform>
            <numerusform>وسم واحد</numerusform>
            <numerusform>وسمان</numerusform>
            <numerusform>%Ln وسوم</numerusform>
            <numerusform>%Ln وسمًا</numerusform>
            <numerusform>%Ln وسم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln attendance records</source>
        <translation>
            <numerusform>لا سجلات حضور</numerusform>
            <numerusform>سجل حضور واحد</numerusform>
            <numerusform>سجلا حضور</numerusform>
            <numerusform>%Ln سجلات حضور</numerusform>
            <numerusform>%Ln سجل حضور</numerusform>
            <numerusform>%Ln سجل حضور</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Merged.</source>
        <translation>دُمج.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> Moved {moved}.</source>
        <translation> نُقل: {moved}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Merged. Choose another pair above, or close.</source>
        <translation>دُمج. اختر زوجًا آخر أعلاه، أو أغلق النافذة.</translation>
    </message>
</context>
<context>
    <name>NewVaultFields</name>
    <message>
        <location filename="../../desktop/views/vault_fields.py" line="+58"/>
        <source>this laptop</source>
        <translation>هذا الحاسوب</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Passphrase strength</source>
        <translation>قوة عبارة المرور</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passphrase strength hint</source>
        <translation>تلميح عن قوة عبارة المرور</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Device name error</source>
        <translation>خطأ في اسم الجهاز</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase error</source>
        <translation>خطأ في عبارة المرور</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Repeated passphrase error</source>
        <translation>خطأ في تكرار عبارة المرور</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;This device</source>
        <translation>&amp;هذا الجهاز</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device name</source>
        <translation>اسم الجهاز</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;عبارة المرور</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Repeat it</source>
        <translation>&amp;كرّرها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat passphrase</source>
        <translation>تكرار عبارة المرور</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The two passphrases are different.</source>
        <translation>عبارتا المرور مختلفتان.</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <location filename="../../desktop/views/member_notes.py" line="-148"/>
        <source>Conversations</source>
        <translation>المحادثات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No conversations yet: write what was said below and press Add note.</source>
        <translation>لا توجد محادثات بعد: اكتب ما قيل أدناه واضغط «إضافة ملاحظة».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What was said? e.g. Spoke at the depot gate; keen to help with the petition.</source>
        <translation>ماذا قيل؟ مثال: تحدّثنا عند بوابة المستودع؛ متحمّس للمساعدة في العريضة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note text</source>
        <translation>نص الملاحظة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(not said)</source>
        <translation>(لم يُذكر)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How</source>
        <translation>الطريقة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. will come to the meeting</source>
        <translation>مثال: سيحضر الاجتماع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a date adds a follow-up task</source>
        <translation>إدخال تاريخ يُضيف مهمة متابعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow up on</source>
        <translation>المتابعة في</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Campaign</source>
        <translation>الحملة</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+29"/>
        <source>(no campaign)</source>
        <translation>(بلا حملة)</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>New &amp;note</source>
        <translation>ملاحظة &amp;جديدة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ho&amp;w</source>
        <translation>ال&amp;طريقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Outcome</source>
        <translation>ال&amp;نتيجة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Follow up on</source>
        <translation>ال&amp;متابعة في</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ca&amp;mpaign</source>
        <translation>ال&amp;حملة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note error</source>
        <translation>خطأ في الملاحظة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add note</source>
        <translation>إ&amp;ضافة ملاحظة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add note</source>
        <translation>إضافة ملاحظة</translation>
    </message>
</context>
<context>
    <name>OrganisingTab</name>
    <message>
        <location filename="../../desktop/views/organising_tab.py" line="+54"/>
        <source>What was written</source>
        <extracomment>a load was asked for while the tab was hidden: it runs when the tab shows</extracomment>
        <translation>ما كُتب</translation>
    </message>
</context>
<context>
    <name>OrganisingWorkplacesPage</name>
    <message>
        <location filename="../../desktop/views/organising_page.py" line="+83"/>
        <source>No workplace has a headcount yet: record one on a unit or a workplace to see density.</source>
        <extracomment>the change is shown since this many days ago unless the user picks a date</extracomment>
        <translation>لم يُسجَّل العدد الكلي لأي مكان عمل بعد: سجّله لوحدة أو لمكان عمل لترى كثافة العضوية.</translation>
    </message>
    <message>
        <source>Branch: {0} members of {1} people in the workplaces counted ({2}).</source>
        <translation type="vanished">الفرع: الأعضاء {0} من أصل {1} شخص في أماكن العمل المحصاة ({2}).</translation>
    </message>
    <message>
        <source>{0} points since {1}.</source>
        <translation type="vanished">{0} نقطة مئوية منذ {1}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Branch: {members} members of {people} people in the workplaces counted ({density}).</source>
        <translation>الفرع: الأعضاء {members} من أصل {people} شخص في أماكن العمل المحصاة ({density}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{points} points since {date}.</source>
        <translation>{points} نقطة مئوية منذ {date}.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Show the change in density since</source>
        <extracomment>open this person (from the chart or a list)</extracomment>
        <translation>عرض التغيّر في كثافة العضوية منذ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change &amp;since:</source>
        <translation>التغيّر &amp;منذ:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import headcounts…</source>
        <translation>است&amp;يراد الأعداد الكلية…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+83"/>
        <source>Import units and headcounts</source>
        <translation>استيراد الوحدات والأعداد الكلية</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>A CSV or Excel sheet with columns workplace, unit, kind, headcount and counted on: missing units and workplaces are created</source>
        <translation>ورقة CSV أو Excel فيها الأعمدة workplace (مكان العمل) وunit (الوحدة) وkind (النوع) وheadcount (العدد الكلي) وcounted on (تاريخ العدّ): تُنشأ الوحدات وأماكن العمل غير الموجودة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The branch&apos;s density</source>
        <translation>كثافة العضوية في الفرع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the import did</source>
        <translation>ما الذي فعله الاستيراد</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Wall chart</source>
        <translation>ال&amp;لوحة الجدارية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;oint people</source>
        <translation>مس&amp;ؤولو التواصل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Structure &amp;tests</source>
        <translation>اختبارات ال&amp;بنية</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation>جداول البيانات (*.csv *.xlsx);;كل الملفات (*)</translation>
    </message>
</context>
<context>
    <name>PairingBox</name>
    <message>
        <location filename="../../desktop/views/sync_pairing.py" line="+42"/>
        <source>Pair a new laptop</source>
        <extracomment>a new laptop joined (reload the roster) the admin asked to start pairing (the tab knows the session and where to listen)</extracomment>
        <translation>اقتران حاسوب جديد</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The new laptop chooses “Join a branch” and types the code shown here. Compare the check string on both screens before you approve.</source>
        <translation>يختار الحاسوب الجديد «الانضمام إلى فرع» ويكتب الرمز المعروض هنا. قارن سلسلة التحقق على الشاشتين قبل أن توافق.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Role of the new laptop</source>
        <translation>دور الحاسوب الجديد</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start pairing</source>
        <translation>بدء الاقتران</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop pairing</source>
        <translation>إيقاف الاقتران</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role:</source>
        <translation>الدور:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pairing code</source>
        <translation>رمز الاقتران</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time left for the code</source>
        <translation>الوقت المتبقي للرمز</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pairing question</source>
        <translation>سؤال الاقتران</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check string</source>
        <translation>سلسلة التحقق</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approve</source>
        <translation>موافقة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Approve the new laptop</source>
        <translation>الموافقة على الحاسوب الجديد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decline</source>
        <translation>رفض</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decline the new laptop</source>
        <translation>رفض الحاسوب الجديد</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pairing status</source>
        <translation>حالة الاقتران</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pairing error</source>
        <translation>خطأ في الاقتران</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Waiting for the new laptop to join as {role}. If it cannot find this one, it types this laptop&apos;s address: {join}.</source>
        <translation>بانتظار انضمام الحاسوب الجديد بدور {role}. إذا لم يستطع العثور على هذا الحاسوب، فليكتب عنوانه: {join}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The code works for {value}:{value2:02d} more.</source>
        <translation>يبقى الرمز صالحًا لمدة {value}:{value2:02d} أخرى.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>“{name}” ({device}) entered the code. Does the new laptop show {check}?</source>
        <translation>أدخل «{name}» ({device}) الرمز. هل يعرض الحاسوب الجديد {check}؟</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Approve only if “{name}” shows the same check string.</source>
        <translation>لا توافق إلا إذا عرض «{name}» سلسلة التحقق نفسها.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Admitting the new laptop and sending it the branch…</source>
        <translation>جارٍ قبول الحاسوب الجديد وإرسال بيانات الفرع إليه…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Declining…</source>
        <translation>جارٍ الرفض…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pairing stopped; the code no longer works.</source>
        <translation>توقف الاقتران؛ لم يعد الرمز صالحًا.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>“{device_name}” joined the branch as {role}.</source>
        <translation>انضم «{device_name}» إلى الفرع بدور {role}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> It did not confirm the end; its admission reaches it with the next sync.</source>
        <translation> لم يؤكّد الانتهاء؛ سيصله قبوله مع المزامنة التالية.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Declined: the new laptop was not admitted.</source>
        <translation>رُفض: لم يُقبل الحاسوب الجديد.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../desktop/vault_menu.py" line="+156"/>
        <source>Change the passphrase</source>
        <translation>تغيير عبارة المرور</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The vault is re-encrypted under the new passphrase; nothing else changes. Other laptops keep their own passphrases.</source>
        <translation>يُعاد تشفير الخزنة بعبارة المرور الجديدة؛ ولا يتغيّر شيء آخر. تحتفظ الحواسيب الأخرى بعبارات مرورها الخاصة.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New passphrase</source>
        <translation>عبارة المرور الجديدة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Repeat the new passphrase</source>
        <translation>تكرار عبارة المرور الجديدة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passphrase strength hint</source>
        <translation>تلميح عن قوة عبارة المرور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New passphrase</source>
        <translation>عبارة المرور ال&amp;جديدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat it</source>
        <translation>&amp;كرّرها</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Passphrase error</source>
        <translation>خطأ في عبارة المرور</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Use at least {min_passphrase} characters.</source>
        <translation>استخدم ما لا يقل عن {min_passphrase} من الأحرف.</translation>
    </message>
    <message>
        <source>Use at least {0} characters.</source>
        <translation type="vanished">استخدم ما لا يقل عن {0} من الأحرف.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two passphrases are different.</source>
        <translation>عبارتا المرور مختلفتان.</translation>
    </message>
</context>
<context>
    <name>PointPeople</name>
    <message>
        <location filename="../../desktop/views/point_people.py" line="+73"/>
        <source>(no name)</source>
        <extracomment>members of the workplace who could be someone&apos;s point person: (id, name)</extracomment>
        <translation>(بلا اسم)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Point people error</source>
        <translation>خطأ في مسؤولي التواصل</translation>
    </message>
</context>
<context>
    <name>PointPeopleTab</name>
    <message>
        <location line="+5"/>
        <source>Point people</source>
        <translation>مسؤولو التواصل</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a point person</source>
        <translation>اختيار مسؤول تواصل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Their people</source>
        <translation>الأشخاص التابعون له</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print their list…</source>
        <translation>&amp;طباعة قائمته…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+124"/>
        <source>Print the point person&apos;s list</source>
        <translation>طباعة قائمة مسؤول التواصل</translation>
    </message>
    <message>
        <location line="-115"/>
        <location line="+2"/>
        <source>No point person yet</source>
        <translation>لا يوجد مسؤول تواصل بعد</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Point person to give them</source>
        <translation>مسؤول التواصل المراد تعيينه لهم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Give them this point person</source>
        <translation>&amp;تعيين مسؤول التواصل هذا لهم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give them this point person</source>
        <translation>تعيين مسؤول التواصل هذا لهم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Point pe&amp;rson:</source>
        <translation>&amp;مسؤول التواصل:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>People per point person</source>
        <translation>عدد الأشخاص لكل مسؤول تواصل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the t&amp;arget</source>
        <translation>تحديد ال&amp;هدف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the branch&apos;s coverage target</source>
        <translation>تحديد هدف التغطية للفرع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A branch setting: only an admin may change it</source>
        <translation>إعداد على مستوى الفرع: وحده المدير يستطيع تغييره</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target: one point person per</source>
        <translation>الهدف: مسؤول تواصل واحد لكل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>people</source>
        <translation>أشخاص</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The branch&apos;s target: one point person per {ratio} people</source>
        <translation>هدف الفرع: مسؤول تواصل واحد لكل {ratio} من الأشخاص</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>People {name} keeps in touch with</source>
        <translation>الأشخاص الذين يبقى {name} على تواصل معهم</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>People for {name}</source>
        <translation>الأشخاص التابعون لـ{name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}&apos;s people with their phone numbers and when they were last spoken to. The PDF is not encrypted: keep it safe.</source>
        <translation>الأشخاص التابعون لـ{name} مع أرقام هواتفهم وآخر مرة تُحدِّث معهم. ملف PDF غير مشفّر: احفظه في مكان آمن.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wrote a list of {rows} people to {path}.</source>
        <translation>حُفظت في {path} قائمة بالأشخاص ({rows}).</translation>
    </message>
    <message>
        <source>The branch&apos;s target: one point person per {0} people</source>
        <translation type="vanished">هدف الفرع: مسؤول تواصل واحد لكل {0} من الأشخاص</translation>
    </message>
    <message>
        <source>People {0} keeps in touch with</source>
        <translation type="vanished">الأشخاص الذين يبقى {0} على تواصل معهم</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Select people in the list first.</source>
        <translation>حدّد أشخاصًا في القائمة أولًا.</translation>
    </message>
    <message>
        <source>People for {0}</source>
        <translation type="vanished">الأشخاص التابعون لـ{0}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Point person&apos;s list</source>
        <translation>قائمة مسؤول التواصل</translation>
    </message>
    <message>
        <source>{0}&apos;s people with their phone numbers and when they were last spoken to. The PDF is not encrypted: keep it safe.</source>
        <translation type="vanished">الأشخاص التابعون لـ{0} مع أرقام هواتفهم وآخر مرة تُحدِّث معهم. ملف PDF غير مشفّر: احفظه في مكان آمن.</translation>
    </message>
    <message>
        <source>Wrote a list of {0} people to {1}.</source>
        <translation type="vanished">حُفظت في {1} قائمة بالأشخاص ({0}).</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="+31"/>
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never (only Ctrl+L and sleep)</source>
        <translation>أبدًا (فقط بـCtrl+L وعند السكون)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock after this many idle minutes</source>
        <translation>القفل بعد هذا العدد من دقائق الخمول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lock after idle:</source>
        <translation>ال&amp;قفل بعد الخمول:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clear a copied contact detail after seconds</source>
        <translation>مسح بيانات الاتصال المنسوخة بعد عدد من الثواني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Clear copied details after:</source>
        <translation>&amp;مسح البيانات المنسوخة بعد:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your name, for the tasks given to you</source>
        <translation>اسمك، للمهام المسندة إليك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>as tasks name you, e.g. Sam</source>
        <translation>كما يرد في المهام، مثال: سامي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your &amp;name (tasks):</source>
        <translation>اسم&amp;ك (المهام):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Theme</source>
        <translation>السمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As the system</source>
        <translation>مثل النظام</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Light</source>
        <translation>فاتحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>داكنة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Theme:</source>
        <translation>ال&amp;سمة:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Style</source>
        <translation>النمط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The platform&apos;s</source>
        <translation>نمط المنصّة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Style:</source>
        <translation>ال&amp;نمط:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System default</source>
        <translation>لغة النظام الافتراضية</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lan&amp;guage:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The vault also locks when the computer goes to sleep, and with Ctrl+L. A locked window shows no member data.</source>
        <translation>تُقفل الخزنة أيضًا عندما يدخل الحاسوب في وضع السكون، وعند الضغط على Ctrl+L. النافذة المقفلة لا تعرض أي بيانات عن الأعضاء.</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <location filename="../../desktop/dialogs/print_dialog.py" line="+80"/>
        <source>Pages written</source>
        <translation>الصفحات المكتوبة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Warning</source>
        <translation>تحذير</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the vault…</source>
        <translation>جارٍ قراءة الخزنة…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export result</source>
        <translation>نتيجة التصدير</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export error</source>
        <translation>خطأ في التصدير</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the PDF</source>
        <translation>فتح ملف PDF</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the export</source>
        <translation>إلغاء التصدير</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Stopping before the next page…</source>
        <translation>جارٍ الإيقاف قبل الصفحة التالية…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Drawing page {value} of {total}…</source>
        <translation>جارٍ رسم الصفحة {value} من {total}…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>أُلغي التصدير؛ لم يُكتب أي ملف.</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../desktop/dialogs/record_dialog.py" line="+62"/>
        <source>Error</source>
        <translation>خطأ</translation>
    </message>
</context>
<context>
    <name>RelationshipsBox</name>
    <message>
        <location filename="../../desktop/views/relationships_box.py" line="+99"/>
        <source>Unit</source>
        <extracomment>open the other person of a relationship the person&apos;s organising details changed (a point person set)</extracomment>
        <translation>الوحدة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Point person</source>
        <translation>مسؤول التواصل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit:</source>
        <translation>الوحدة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Point person:</source>
        <translation>مسؤول التواصل:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Relationships</source>
        <translation>العلاقات</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kind of relationship</source>
        <translation>نوع العلاقة</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Type a name…</source>
        <translation>اكتب اسمًا…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find the other person</source>
        <translation>البحث عن الشخص الآخر</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The other person</source>
        <translation>الشخص الآخر</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Link</source>
        <translation>&amp;ربط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the relationship</source>
        <translation>إضافة العلاقة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make &amp;point person</source>
        <translation>تعيينه م&amp;سؤول تواصل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make them this person&apos;s point person</source>
        <translation>جعله مسؤول التواصل لهذا الشخص</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove link</source>
        <translation>إ&amp;زالة الربط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected relationship</source>
        <translation>إزالة العلاقة المحدّدة</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Relationships error</source>
        <translation>خطأ في العلاقات</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>not in a unit</source>
        <translation>ليس في وحدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none yet</source>
        <translation>لا شيء بعد</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <location filename="../../desktop/report_text.py" line="+20"/>
        <source>{imported} imported, {updated} updated, {skipped} skipped, {rejected} rejected.</source>
        <translation>استُورد {imported}، وحُدِّث {updated}، وتُخطّي {skipped}، ورُفض {rejected}.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln rows flagged to check, {repaired} repaired.</source>
        <translation>
            <numerusform>لم يُعلَّم أي صف للمراجعة، وأُصلح {repaired}.</numerusform>
            <numerusform>عُلِّم صف واحد للمراجعة، وأُصلح {repaired}.</numerusform>
            <numerusform>عُلِّم صفّان للمراجعة، وأُصلح {repaired}.</numerusform>
            <numerusform>عُلِّمت %Ln صفوف للمراجعة، وأُصلح {repaired}.</numerusform>
            <numerusform>عُلِّم %Ln صفًّا للمراجعة، وأُصلح {repaired}.</numerusform>
            <numerusform>عُلِّم %Ln صف للمراجعة، وأُصلح {repaired}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled: {summary} Rows after the last whole batch were not imported.</source>
        <translation>أُلغي: {summary} لم تُستورد الصفوف التي تلي آخر دفعة كاملة.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{counted} headcounts recorded, {skipped} rows skipped; {units} units and {workplaces} workplaces created.</source>
        <translation>سُجِّل {counted} من الأعداد الكلية، وتُخطّي {skipped} صف؛ وأُنشئ {units} وحدة و{workplaces} مكان عمل.</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <location filename="../../desktop/dialogs/role_dialog.py" line="+23"/>
        <source>&amp;Admin</source>
        <translation>&amp;مدير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edits everything, and admits or revokes laptops. Give it only to the officers who run the branch&apos;s laptops.</source>
        <translation>يعدّل كل شيء، ويقبل الحواسيب أو يبطلها. لا تمنح هذا الدور إلا للمسؤولين الذين يديرون حواسيب الفرع.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Secretary</source>
        <translation>&amp;أمين السر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adds and edits members, conversations, tasks and meetings; cannot admit or revoke laptops.</source>
        <translation>يضيف الأعضاء والمحادثات والمهام والاجتماعات ويعدّلها؛ ولا يستطيع قبول الحواسيب أو إبطالها.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Viewer</source>
        <translation>م&amp;شاهد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reads the list and prints from it; changes nothing.</source>
        <translation>يقرأ القائمة ويطبع منها؛ ولا يغيّر شيئًا.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Admit a laptop</source>
        <translation>قبول حاسوب</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Admit “{name}”</source>
        <translation>قبول «{name}»</translation>
    </message>
    <message>
        <source>Admit “{0}”</source>
        <translation type="vanished">قبول «{0}»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which role does this laptop get?</source>
        <translation>ما الدور الذي يحصل عليه هذا الحاسوب؟</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Admit and save the welcome file…</source>
        <translation>القبول وحفظ ملف الترحيب…</translation>
    </message>
</context>
<context>
    <name>SavedSearches</name>
    <message>
        <location filename="../../desktop/views/member_filters.py" line="+55"/>
        <source>Saved searches</source>
        <extracomment>a saved search was picked: its query</extracomment>
        <translation>عمليات البحث المحفوظة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved searches…</source>
        <translation>عمليات البحث المحفوظة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save search…</source>
        <translation>حفظ البحث…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+79"/>
        <source>Save search</source>
        <translation>حفظ البحث</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Save the current filters and search under a name</source>
        <translation>حفظ عوامل التصفية والبحث الحاليين باسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete saved search</source>
        <translation>حذف البحث المحفوظ</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Name for this search:</source>
        <translation>اسم لهذا البحث:</translation>
    </message>
</context>
<context>
    <name>StructureTests</name>
    <message>
        <location filename="../../desktop/views/structure_tests.py" line="+65"/>
        <source>Whole branch</source>
        <translation>الفرع كله</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>reached</source>
        <translation>تحقّق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not yet</source>
        <translation>ليس بعد</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Structure test error</source>
        <translation>خطأ في اختبار البنية</translation>
    </message>
</context>
<context>
    <name>StructureTestsTab</name>
    <message>
        <location line="+5"/>
        <source>New test, e.g. Petition on staffing</source>
        <translation>اختبار جديد، مثال: عريضة بشأن نقص الموظفين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New structure test</source>
        <translation>اختبار بنية جديد</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind of test</source>
        <translation>نوع الاختبار</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Target share of each unit</source>
        <translation>النسبة المستهدفة من كل وحدة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deadline</source>
        <translation>الموعد النهائي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add test</source>
        <translation>إ&amp;ضافة اختبار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the structure test</source>
        <translation>إضافة اختبار البنية</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Structure tests</source>
        <translation>اختبارات البنية</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Progress</source>
        <translation>التقدّم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport the results…</source>
        <translation>&amp;تصدير النتائج…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the test&apos;s results</source>
        <translation>تصدير نتائج الاختبار</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Meeting whose attendance answers</source>
        <translation>الاجتماع الذي تُسجَّل إجابات حاضريه</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The answer of those who attended</source>
        <translation>إجابة من حضروا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>said yes</source>
        <translation>قالوا نعم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>said no</source>
        <translation>قالوا لا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>were asked, undecided</source>
        <translation>سُئلوا ولم يقرّروا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Record</source>
        <translation>ت&amp;سجيل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the meeting&apos;s answers</source>
        <translation>تسجيل إجابات الاجتماع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everyone at</source>
        <translation>كل من حضر</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>{count} answers recorded.</source>
        <translation>سُجّلت الإجابات ({count}).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Wrote {rows} rows to {path}. The file is not encrypted.</source>
        <translation>حُفظت الصفوف ({rows}) في {path}. الملف غير مشفّر.</translation>
    </message>
    <message>
        <source>{0} answers recorded.</source>
        <translation type="vanished">سُجّلت الإجابات ({0}).</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Export the results</source>
        <translation>تصدير النتائج</translation>
    </message>
    <message>
        <source>Wrote {0} rows to {1}. The file is not encrypted.</source>
        <translation type="vanished">حُفظت الصفوف ({0}) في {1}. الملف غير مشفّر.</translation>
    </message>
</context>
<context>
    <name>SyncCentre</name>
    <message>
        <location filename="../../desktop/views/sync_centre.py" line="+34"/>
        <source>Sync</source>
        <extracomment>records changed (a sync brought changes in, or a conflict was settled) open conflicts: their number</extracomment>
        <translation>المزامنة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync centre</source>
        <translation>مركز المزامنة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>USB stick</source>
        <translation>ذاكرة USB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Devices</source>
        <translation>الأجهزة</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+53"/>
        <source>Conflicts</source>
        <translation>التعارضات</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Meeting (Wi-Fi)</source>
        <translation>الاجتماع (Wi-Fi)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always-on</source>
        <translation>المزامنة الدائمة</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Conflicts ({count})</source>
        <translation>التعارضات ({count})</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../desktop/tasks.py" line="+150"/>
        <source>The task runner has been shut down.</source>
        <extracomment>True while at least one job is queued or running (for busy indicators). A job without its own error handler failed: the sentence to show. how long background steps wait after the user&apos;s last job (a result&apos;s repaint)</extracomment>
        <translation>توقّف منفّذ المهام.</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <location filename="../../desktop/views/list_pages.py" line="+77"/>
        <source>Tasks</source>
        <translation>المهام</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+1"/>
        <source>New task</source>
        <translation>مهمة جديدة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Due</source>
        <translation>الموعد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due date</source>
        <translation>موعد الإنجاز</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For whom (a name)</source>
        <translation>لمن (اسم)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignee</source>
        <translation>المكلَّف</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add task</source>
        <translation>إضافة مهمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No open tasks. Type one below and press Add task; a conversation&apos;s follow-up date adds one too.</source>
        <translation>لا توجد مهام مفتوحة. اكتب مهمة أدناه واضغط «إضافة مهمة»؛ كما أن تاريخ المتابعة في محادثةٍ يضيف مهمة أيضًا.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show done</source>
        <extracomment>whose tasks &quot;Only mine&quot; shows (the Preferences&apos; name; the laptop&apos;s by default) double-clicked a task about a member: show that member</extracomment>
        <translation>إظهار المنجزة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show done tasks</source>
        <translation>إظهار المهام المنجزة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only &amp;mine</source>
        <translation>مهامي &amp;فقط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only my tasks</source>
        <translation>مهامي فقط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tasks given to you (your name is in Preferences)</source>
        <translation>المهام المسندة إليك (اسمك في التفضيلات)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Give to…</source>
        <translation>إ&amp;سناد إلى…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the task to a person</source>
        <translation>إسناد المهمة إلى شخص</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Give the task to</source>
        <translation>إسناد المهمة إلى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who does “{title}”? (empty: nobody)</source>
        <translation>من يتولّى «{title}»؟ (فارغ: لا أحد)</translation>
    </message>
    <message>
        <source>Who does “{0}”? (empty: nobody)</source>
        <translation type="vanished">من يتولّى «{0}»؟ (فارغ: لا أحد)</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <location filename="../../desktop/views/unlock.py" line="+42"/>
        <source>Unlock — Caucus</source>
        <extracomment>the unlocked session the user chose another vault file the user wants to start something else: &quot;create&quot;, &quot;join&quot; or &quot;demo&quot;</extracomment>
        <translation>فتح القفل — Caucus</translation>
    </message>
    <message>
        <source>Unlock {0}</source>
        <translation type="vanished">فتح قفل {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unlock {branch_name}</source>
        <translation>فتح قفل {branch_name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock your branch</source>
        <translation>افتح قفل فرعك</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The vault file</source>
        <translation>ملف الخزنة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vault file</source>
        <translation>ملف الخزنة</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Unlock</source>
        <translation>فتح القفل</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unlocking</source>
        <translation>جارٍ فتح القفل</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bringing this vault up to date for this version of Caucus. This happens once, and takes up to a minute for a large branch.</source>
        <translation>جارٍ تحديث هذه الخزنة لتلائم هذا الإصدار من Caucus. يحدث هذا مرة واحدة فقط، وقد يستغرق دقيقة في الفرع الكبير.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unlock error</source>
        <translation>خطأ في فتح القفل</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Create a branch</source>
        <translation>إ&amp;نشاء فرع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Join a branch</source>
        <translation>الان&amp;ضمام إلى فرع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open a vault file…</source>
        <translation>&amp;فتح ملف خزنة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try the &amp;demo</source>
        <translation>جرّب العرض ال&amp;تجريبي</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open a vault file</source>
        <translation>فتح ملف خزنة</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Type the branch&apos;s passphrase.</source>
        <translation>اكتب عبارة مرور الفرع.</translation>
    </message>
</context>
<context>
    <name>UsbTab</name>
    <message>
        <location filename="../../desktop/views/sync_usb.py" line="+128"/>
        <source>Pass a USB stick (or a shared folder) between laptops. Sync reads every other laptop&apos;s bundle in the folder, then writes this laptop&apos;s changes there. Bundles are encrypted: a lost stick reveals nothing.</source>
        <extracomment>a sync brought changes in (refresh every view)</extracomment>
        <translation>مرّر ذاكرة USB (أو مجلدًا مشتركًا) بين الحواسيب. تقرأ المزامنة حزمة كل حاسوب آخر في المجلد، ثم تكتب فيه تغييرات هذا الحاسوب. الحزم مشفّرة: الذاكرة الضائعة لا تكشف شيئًا.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sync folder</source>
        <translation>مجلد المزامنة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a folder or a USB stick</source>
        <translation>اختيار مجلد أو ذاكرة USB</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose folder or stick…</source>
        <translation>اختيار مجلد أو ذاكرة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose folder or stick</source>
        <translation>اختيار مجلد أو ذاكرة</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Sync now</source>
        <translation>زامِن الآن</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel sync</source>
        <translation>إلغاء المزامنة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync progress</source>
        <translation>تقدّم المزامنة</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sync status</source>
        <translation>حالة المزامنة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync error</source>
        <translation>خطأ في المزامنة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync report</source>
        <translation>تقرير المزامنة</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Choose the sync folder or USB stick</source>
        <translation>اختيار مجلد المزامنة أو ذاكرة USB</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose a folder or a USB stick first.</source>
        <translation>اختر مجلدًا أو ذاكرة USB أولًا.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Looking for bundles…</source>
        <translation>جارٍ البحث عن الحزم…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Stopping after the current batch…</source>
        <translation>جارٍ الإيقاف بعد الدفعة الحالية…</translation>
    </message>
</context>
<context>
    <name>VaultMenu</name>
    <message>
        <location filename="../../desktop/vault_menu.py" line="-152"/>
        <source>&amp;Vault</source>
        <translation>ال&amp;خزنة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Back up the vault…</source>
        <translation>&amp;نسخ الخزنة احتياطيًا…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An encrypted copy of the whole vault (same passphrase), on a stick or another disk</source>
        <translation>نسخة مشفّرة من الخزنة كلها (بعبارة المرور نفسها)، على ذاكرة USB أو قرص آخر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Change the passphrase…</source>
        <translation>&amp;تغيير عبارة المرور…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close the &amp;demo</source>
        <translation>إغلاق ال&amp;عرض التجريبي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock the demo and go back to your own branch (or make one)</source>
        <translation>قفل العرض التجريبي والعودة إلى فرعك (أو إنشاء فرع)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Vault</source>
        <translation>الخزنة</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Back up the vault</source>
        <translation>النسخ الاحتياطي للخزنة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose another file: a backup cannot replace the vault itself.</source>
        <translation>اختر ملفًا آخر: لا يمكن للنسخة الاحتياطية أن تحلّ محل الخزنة نفسها.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backing up…</source>
        <translation>جارٍ النسخ الاحتياطي…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Backed up to {dest}. Keep {sidecar} with it: the backup opens with the same passphrase.</source>
        <translation>حُفظت النسخة الاحتياطية في {dest}. احتفظ بالملف {sidecar} معها: النسخة الاحتياطية تُفتح بعبارة المرور نفسها.</translation>
    </message>
    <message>
        <source>Backed up to {0}. Keep {1} with it: the backup opens with the same passphrase.</source>
        <translation type="vanished">حُفظت النسخة الاحتياطية في {0}. احتفظ بالملف {1} معها: النسخة الاحتياطية تُفتح بعبارة المرور نفسها.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Changing the passphrase…</source>
        <translation>جارٍ تغيير عبارة المرور…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The passphrase is changed. Use the new one from now on; old backups still open with the old one.</source>
        <translation>تغيّرت عبارة المرور. استخدم الجديدة من الآن فصاعدًا؛ النسخ الاحتياطية القديمة لا تزال تُفتح بالقديمة.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write your passphrase down</source>
        <translation>اكتب عبارة مرورك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your branch is ready. Write the passphrase down now and keep it somewhere safe: nobody can recover it for you, and without it the vault cannot be opened.

A backup on a USB stick keeps the branch if this laptop is lost.</source>
        <translation>فرعك جاهز. اكتب عبارة المرور الآن واحفظها في مكان آمن: لا أحد يستطيع استعادتها لك، ومن دونها لا يمكن فتح الخزنة.

النسخة الاحتياطية على ذاكرة USB تحفظ الفرع إذا ضاع هذا الحاسوب.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Make a &amp;backup now…</source>
        <translation>إنشاء نسخة احتياطية ا&amp;لآن…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I have written it down</source>
        <translation>كتبتُها</translation>
    </message>
</context>
<context>
    <name>WallChart</name>
    <message>
        <location filename="../../desktop/views/chart_layout.py" line="+31"/>
        <source>✓ yes</source>
        <translation>✓ نعم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✗ no</source>
        <translation>✗ لا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>? undecided</source>
        <translation>؟ لم يقرّر</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>never spoken</source>
        <translation>لم يُتحدَّث معه قط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{days} d</source>
        <translation>{days} يوم</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>L</source>
        <translation>ق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S</source>
        <translation>م</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>P{covers}</source>
        <translation>ت{covers}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>headcount ?</source>
        <translation>العدد الكلي ؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>headcount {headcount}</source>
        <translation>العدد الكلي {headcount}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{members} members ({density})</source>
        <translation>الأعضاء: {members} ({density})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{people} non-members</source>
        <translation>غير الأعضاء: {people}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{covered} with a point person ({coverage})</source>
        <translation>لهم مسؤول تواصل: {covered} ({coverage})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{yes} yes</source>
        <translation>نعم: {yes}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{yes} yes of {target} needed</source>
        <translation>نعم: {yes} من {target} مطلوبة</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Not in a unit</source>
        <extracomment>the flag is &quot;not assessed&quot; (grey), not &quot;no point person&quot; (red) each card&apos;s top, in order (cards are placed top to bottom)</extracomment>
        <translation>خارج الوحدات</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no point person</source>
        <translation>بلا مسؤول تواصل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not assessed</source>
        <translation>غير مُقيَّم</translation>
    </message>
</context>
<context>
    <name>WallChartTab</name>
    <message>
        <location filename="../../desktop/views/wall_chart_tab.py" line="+47"/>
        <source>Wall chart error</source>
        <extracomment>open this person in the members page the figures changed (an answer, a move): the page&apos;s list may show them</extracomment>
        <translation>خطأ في اللوحة الجدارية</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Structure test shown on the cards</source>
        <translation>اختبار البنية المعروض على البطاقات</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What a click on a card does</source>
        <translation>ماذا تفعل النقرة على البطاقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A click opens the person</source>
        <translation>النقرة تفتح الشخص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A click records yes</source>
        <translation>النقرة تسجّل «نعم»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A click records no</source>
        <translation>النقرة تسجّل «لا»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A click records undecided</source>
        <translation>النقرة تسجّل «لم يقرّر»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Print A3…</source>
        <translation>&amp;طباعة A3…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+103"/>
        <source>Print the wall chart</source>
        <translation>طباعة اللوحة الجدارية</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>E&amp;xport…</source>
        <translation>ت&amp;صدير…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the wall chart as a spreadsheet</source>
        <translation>تصدير اللوحة الجدارية كجدول بيانات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;est:</source>
        <translation>الا&amp;ختبار:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Colour: assessment 5 (green) to 0 (red), white and dashed when not assessed; heavy border: member. L leader, S steward, P3 point person for 3. Red: no point person, or no conversation in 90 days. Keys: Y, N, U, 0 answer; M moves; Enter opens.</source>
        <translation>اللون: التقييم من 5 (أخضر) إلى 0 (أحمر)، وأبيض بإطار متقطع لمن لم يُقيَّم؛ الإطار السميك: عضو. ق قائد، م مندوب، ت3 مسؤول تواصل عن 3. الأحمر: بلا مسؤول تواصل، أو بلا محادثة منذ 90 يومًا. المفاتيح: Y وN وU و0 للإجابة؛ M للنقل؛ Enter للفتح.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+87"/>
        <source>Wall chart</source>
        <translation>اللوحة الجدارية</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>No structure test</source>
        <translation>لا يوجد اختبار بنية</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose a structure test above first.</source>
        <translation>اختر اختبار بنية أعلاه أولًا.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+17"/>
        <source>Wall chart - {name}</source>
        <translation>اللوحة الجدارية - {name}</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>The wall chart of {name} on A3 pages for the meeting wall: a card per person. The PDF is not encrypted.</source>
        <translation>اللوحة الجدارية لـ{name} على صفحات A3 لحائط الاجتماع: بطاقة لكل شخص. ملف PDF غير مشفّر.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Wrote {rows} people to {path}. The file is not encrypted.</source>
        <translation>حُفظ الأشخاص ({rows}) في {path}. الملف غير مشفّر.</translation>
    </message>
    <message>
        <source>Wall chart - {0}</source>
        <translation type="vanished">اللوحة الجدارية - {0}</translation>
    </message>
    <message>
        <source>The wall chart of {0} on A3 pages for the meeting wall: a card per person. The PDF is not encrypted.</source>
        <translation type="vanished">اللوحة الجدارية لـ{0} على صفحات A3 لحائط الاجتماع: بطاقة لكل شخص. ملف PDF غير مشفّر.</translation>
    </message>
    <message numerus="yes">
        <location line="-20"/>
        <source>Wrote %n people on {pages} to {path}.</source>
        <translation>
            <numerusform>حُفظ في {path}: %n شخص، {pages}.</numerusform>
            <numerusform>حُفظ في {path}: شخص واحد، {pages}.</numerusform>
            <numerusform>حُفظ في {path}: شخصان، {pages}.</numerusform>
            <numerusform>حُفظ في {path}: %n أشخاص، {pages}.</numerusform>
            <numerusform>حُفظ في {path}: %n شخصًا، {pages}.</numerusform>
            <numerusform>حُفظ في {path}: %n شخص، {pages}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export the wall chart</source>
        <translation>تصدير اللوحة الجدارية</translation>
    </message>
    <message>
        <source>Wrote {0} people to {1}. The file is not encrypted.</source>
        <translation type="vanished">حُفظ الأشخاص ({0}) في {1}. الملف غير مشفّر.</translation>
    </message>
</context>
<context>
    <name>WorkplacesPage</name>
    <message>
        <location filename="../../desktop/views/list_pages.py" line="-297"/>
        <source>Workplaces</source>
        <translation>أماكن العمل</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+1"/>
        <source>New workplace name</source>
        <translation>اسم مكان العمل الجديد</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Employer</source>
        <translation>صاحب العمل</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add workplace</source>
        <translation>إضافة مكان عمل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No workplaces yet. Type a workplace&apos;s name below and press Add workplace; members can then be placed in it.</source>
        <translation>لا توجد أماكن عمل بعد. اكتب اسم مكان العمل أدناه واضغط «إضافة مكان عمل»؛ بعدها يمكن إلحاق الأعضاء به.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name</source>
        <translation>ال&amp;اسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Employer</source>
        <translation>&amp;صاحب العمل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address</source>
        <translation>ال&amp;عنوان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sector</source>
        <translation>ال&amp;قطاع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otes</source>
        <translation>ال&amp;ملاحظات</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Double-click a workplace to list its members; Details… (or Enter) changes its address and sector</source>
        <extracomment>double-clicked: show this workplace&apos;s members</extracomment>
        <translation>انقر مرتين على مكان عمل لعرض أعضائه؛ «التفاصيل…» (أو Enter) تغيّر عنوانه وقطاعه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Members</source>
        <translation>الأع&amp;ضاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List this workplace&apos;s members</source>
        <translation>عرض أعضاء مكان العمل هذا</translation>
    </message>
</context>
<context>
    <name>always_on</name>
    <message>
        <location filename="../../sync/ops/always_on.py" line="+61"/>
        <source>Off, laptops find each other only on the same network (and the box at its fixed address). On, Syncthing&apos;s public discovery servers learn this laptop&apos;s Syncthing device ID and its internet (IP) address, so laptops can find each other from anywhere, and public relay servers may carry its traffic when no direct connection works: they see which devices talk and when, never what the bundles hold, which stay encrypted with the branch key.</source>
        <translation>عند الإيقاف، لا تجد الحواسيب بعضها بعضًا إلا على الشبكة نفسها (وتجد الجهاز الدائم في عنوانه الثابت). وعند التشغيل، تعرف خوادم الاكتشاف العامة التابعة لـSyncthing معرّفَ جهاز Syncthing لهذا الحاسوب وعنوانه على الإنترنت (IP)، فتستطيع الحواسيب أن تجد بعضها من أي مكان، وقد تنقل المُرحِّلات العامة حركة بياناته عندما لا ينجح أي اتصال مباشر: فهي ترى أي الأجهزة تتواصل ومتى، ولا ترى أبدًا محتوى الحزم، إذ تبقى مشفّرة بمفتاح الفرع.</translation>
    </message>
</context>
<context>
    <name>columns</name>
    <message>
        <location filename="../../desktop/views/conflicts.py" line="-155"/>
        <location filename="../../desktop/views/member_notes.py" line="+120"/>
        <source>What</source>
        <translation>البند</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This laptop</source>
        <translation>هذا الحاسوب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other laptops</source>
        <translation>الحواسيب الأخرى</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="-210"/>
        <location filename="../../desktop/views/member_notes.py" line="-1"/>
        <location filename="../../desktop/views/sync_lan.py" line="-426"/>
        <source>Laptop</source>
        <translation>الحاسوب</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last change</source>
        <translation>آخر تغيير</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Admitted by</source>
        <translation>قَبِله</translation>
    </message>
    <message>
        <location filename="../../desktop/views/list_pages.py" line="-37"/>
        <location filename="../../desktop/views/organising_page.py" line="-126"/>
        <source>Workplace</source>
        <translation>مكان العمل</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/views/organising_page.py" line="+1"/>
        <source>Employer</source>
        <translation>صاحب العمل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sector</source>
        <translation>القطاع</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/views/organising_page.py" line="+10"/>
        <source>Members</source>
        <translation>الأعضاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessed</source>
        <translation>المُقيَّمون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average assessment</source>
        <translation>متوسط التقييم</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Campaign</source>
        <translation>الحملة</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/views/point_people.py" line="-159"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/views/structure_tests.py" line="-191"/>
        <source>Starts</source>
        <translation>البداية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversations</source>
        <translation>المحادثات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>الاجتماع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>المكان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attended</source>
        <translation>الحاضرون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apologies</source>
        <translation>المعتذرون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quorum</source>
        <translation>النصاب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quorate</source>
        <translation>مكتمل النصاب</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Done</source>
        <translation>منجزة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>الموعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task</source>
        <translation>المهمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member</source>
        <translation>العضو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For</source>
        <translation>لمن</translation>
    </message>
    <message>
        <location filename="../../desktop/views/member_notes.py" line="-167"/>
        <source>Conversation</source>
        <extracomment>(text, method, outcome, follow-up date, campaign id) to add as a note</extracomment>
        <translation>المحادثة</translation>
    </message>
    <message>
        <location line="+166"/>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New value</source>
        <translation>القيمة الجديدة</translation>
    </message>
    <message>
        <location filename="../../desktop/views/organising_page.py" line="-8"/>
        <location filename="../../desktop/views/structure_tests.py" line="+14"/>
        <source>Headcount</source>
        <translation>العدد الكلي</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../desktop/views/point_people.py" line="-9"/>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Density</source>
        <translation>كثافة العضوية</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change (points)</source>
        <translation>التغيّر (نقاط مئوية)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Covered</source>
        <translation>المغطَّون</translation>
    </message>
    <message>
        <location filename="../../desktop/views/point_people.py" line="-2"/>
        <source>Point person</source>
        <translation>مسؤول التواصل</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Over the target</source>
        <translation>فوق الهدف</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last spoken</source>
        <translation>آخر محادثة</translation>
    </message>
    <message>
        <location filename="../../desktop/views/relationships_box.py" line="-117"/>
        <source>Relationship</source>
        <translation>العلاقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <location filename="../../desktop/views/structure_tests.py" line="-13"/>
        <source>Deadline</source>
        <translation>الموعد النهائي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test</source>
        <translation>الاختبار</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+26"/>
        <source>Target</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+10"/>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Asked</source>
        <translation>سُئلوا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where</source>
        <translation>أين</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undecided</source>
        <translation>لم يقرّروا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Share</source>
        <translation>النسبة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Needed</source>
        <translation>المطلوب</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_lan.py" line="+1"/>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last sync</source>
        <translation>آخر مزامنة</translation>
    </message>
</context>
<context>
    <name>conflicts</name>
    <message>
        <location filename="../../desktop/views/conflicts.py" line="-70"/>
        <source>(empty)</source>
        <translation>(فارغ)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source> (this laptop)</source>
        <translation> (هذا الحاسوب)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>edited {field} to {value}</source>
        <translation>عدّل {field} إلى {value}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{value} — {who}, {when}</source>
        <translation>{value} — {who}، {when}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>member</source>
        <translation>العضو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>meeting</source>
        <translation>الاجتماع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>workplace</source>
        <translation>مكان العمل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>campaign</source>
        <translation>الحملة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>conversation</source>
        <translation>المحادثة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>task</source>
        <translation>المهمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attendance</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tag</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>consent</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>device</source>
        <translation>الجهاز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>branch</source>
        <translation>الفرع</translation>
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
        <translation>حذف أو إبقاء</translation>
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
        <translation>مُبطَل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not admitted</source>
        <translation>غير مقبول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>clock ahead</source>
        <translation>الساعة متقدّمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name}  (this laptop)</source>
        <translation>{name}  (هذا الحاسوب)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no. {last_seq}</source>
        <translation>رقم {last_seq}</translation>
    </message>
    <message>
        <source>no. {last_seq:,}</source>
        <translation type="vanished">رقم {last_seq:,}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none yet</source>
        <translation>لا شيء بعد</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Revoke “{name}”?

From now on it gets nothing new from this branch: the branch key changes, and changes it makes after what this laptop already holds are refused everywhere.

Data already on that laptop cannot be wiped remotely. If it was lost or stolen, only its passphrase protects the member list it already holds.</source>
        <translation>إبطال «{name}»؟

من الآن فصاعدًا لن يتلقى شيئًا جديدًا من هذا الفرع: يتغيّر مفتاح الفرع، وتُرفض في كل مكان التغييرات التي يجريها بعد ما يحمله هذا الحاسوب أصلًا.

لا يمكن مسح البيانات الموجودة أصلًا على ذلك الحاسوب عن بُعد. إذا ضاع أو سُرق، فوحدها عبارة مروره تحمي قائمة الأعضاء التي يحملها.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../sync/bundle.py" line="+101"/>
        <location filename="../../sync/lan/keyring.py" line="+71"/>
        <source>This device does not hold the branch key of epoch {epoch}.</source>
        <translation>لا يحمل هذا الجهاز مفتاح الفرع رقم {epoch}.</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>This bundle belongs to a different branch; nothing was imported.</source>
        <translation>تعود هذه الحزمة إلى فرع آخر؛ لم يُستورد شيء.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This bundle was made by an older version of Caucus with a branch key this laptop was never given, so nothing shows who made it; nothing was imported. Import a bundle written by an up-to-date laptop instead.</source>
        <translation>صُنعت هذه الحزمة بإصدار قديم من Caucus بمفتاح فرع لم يُعطَ لهذا الحاسوب قط، فلا شيء يبيّن من صنعها؛ لم يُستورد شيء. استورد بدلًا منها حزمة كتبها حاسوب محدَّث.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This bundle was made after this device&apos;s access was revoked; it cannot be opened.</source>
        <translation>صُنعت هذه الحزمة بعد إبطال وصول هذا الجهاز؛ لا يمكن فتحها.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This bundle is damaged, or it was sealed with a branch key that was never given to this device (its access was probably revoked). Nothing was imported.</source>
        <translation>هذه الحزمة تالفة، أو خُتمت بمفتاح فرع لم يُعطَ لهذا الجهاز قط (ربما أُبطل وصوله). لم يُستورد شيء.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This bundle was sealed with branch key {epoch}, which was not given to this device: its access was probably revoked. Nothing was imported.</source>
        <translation>خُتمت هذه الحزمة بمفتاح الفرع رقم {epoch}، الذي لم يُعطَ لهذا الجهاز: ربما أُبطل وصوله. لم يُستورد شيء.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../../sync/bundle_format.py" line="+91"/>
        <source>The bundle file is truncated; nothing was imported from it.</source>
        <extracomment>Bounds of one record: an info record names at most MAX_ENVELOPES devices.</extracomment>
        <translation>ملف الحزمة مبتور؛ لم يُستورد منه شيء.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The bundle file has data after its end.</source>
        <translation>في ملف الحزمة بيانات بعد نهايته.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>There is no bundle file at {path}.</source>
        <translation>لا يوجد ملف حزمة في {path}.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The bundle file changed while it was being imported; what was already applied is intact. Import it again.</source>
        <extracomment>(admitting author, admitted key, role) seen in the bundle, while the writer is not yet known to be a device of the branch; None once it is (or for version 1)</extracomment>
        <translation>تغيّر ملف الحزمة أثناء استيراده؛ ما طُبِّق منه سليم. استورده مرة أخرى.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The bundle&apos;s signature does not match its writer; nothing was imported from it.</source>
        <translation>توقيع الحزمة لا يطابق كاتبها؛ لم يُستورد منها شيء.</translation>
    </message>
    <message>
        <location filename="../../sync/bundle_format.py" line="+10"/>
        <source>This bundle was made by a newer version of Caucus.</source>
        <translation>صُنعت هذه الحزمة بإصدار أحدث من Caucus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not a Caucus bundle file.</source>
        <translation>هذا ليس ملف حزمة من Caucus.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py" line="+43"/>
        <source>Caucus could not do that.</source>
        <translation>تعذّر على Caucus فعل ذلك.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The vault could not be used.</source>
        <extracomment>the English sentence before its fields were filled (what the app translates) the values of the template&apos;s named fields</extracomment>
        <translation>تعذّر استخدام الخزنة.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no vault at that location.</source>
        <translation>لا توجد خزنة في ذلك المكان.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A vault already exists at that location; it was left untouched.</source>
        <translation>توجد خزنة في ذلك المكان من قبل؛ تُركت كما هي.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The passphrase is wrong for this vault.</source>
        <translation>عبارة المرور خاطئة لهذه الخزنة.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The vault file is damaged or is not a Caucus vault; it was left untouched.</source>
        <translation>ملف الخزنة تالف أو ليس خزنة Caucus؛ تُرك كما هو.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The vault is locked; unlock it first.</source>
        <translation>الخزنة مقفلة؛ افتحها أولًا.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The vault is in use by another program; close it there and try again.</source>
        <translation>الخزنة قيد الاستخدام في برنامج آخر؛ أغلقها هناك وحاول مرة أخرى.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The disk is full; nothing was changed. Free some space and try again.</source>
        <translation>القرص ممتلئ؛ لم يتغيّر شيء. حرِّر بعض المساحة وحاول مرة أخرى.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The disk could not be read or written; nothing was changed. Check it and try again.</source>
        <translation>تعذّرت القراءة من القرص أو الكتابة عليه؛ لم يتغيّر شيء. افحصه وحاول مرة أخرى.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The passphrase is too short: use at least 8 characters.</source>
        <translation>عبارة المرور قصيرة جدًا: استخدم 8 أحرف على الأقل.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A value is not valid.</source>
        <translation>إحدى القيم غير صالحة.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No record has that id.</source>
        <extracomment>the key of the field the value was for (the form shows the sentence under it)</extracomment>
        <translation>لا يوجد سجل بهذا المعرّف.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That field does not exist.</source>
        <translation>هذا الحقل غير موجود.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A change set is not valid.</source>
        <translation>مجموعة تغييرات غير صالحة.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A change set&apos;s signature does not verify: it was altered or forged.</source>
        <translation>توقيع مجموعة تغييرات لا يصح: لقد عُدِّلت أو زُوِّرت.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A change set could not be read: it is damaged or in an unknown format.</source>
        <translation>تعذّرت قراءة مجموعة تغييرات: إنها تالفة أو بصيغة غير معروفة.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A change set comes from a device that is not in this branch&apos;s roster.</source>
        <translation>مجموعة تغييرات آتية من جهاز ليس في قائمة أجهزة هذا الفرع.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A change set comes from a device whose access was revoked.</source>
        <translation>مجموعة تغييرات آتية من جهاز أُبطل وصوله.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This device&apos;s role does not allow that.</source>
        <translation>دور هذا الجهاز لا يسمح بذلك.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That belongs to a different branch.</source>
        <translation>هذا يعود إلى فرع آخر.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The bundle file is damaged, truncated or was altered; nothing was imported from it.</source>
        <translation>ملف الحزمة تالف أو مبتور أو معدَّل؛ لم يُستورد منه شيء.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This bundle was not written by a device of this branch; nothing was imported from it.</source>
        <translation>لم يكتب هذه الحزمة جهاز من هذا الفرع؛ لم يُستورد منها شيء.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Always-on sync could not do that.</source>
        <translation>تعذّر على المزامنة الدائمة فعل ذلك.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Syncthing is not installed: install the Debian package &apos;syncthing&apos; first.</source>
        <translation>Syncthing غير مثبَّت: ثبِّت حزمة دبيان &apos;syncthing&apos; أولًا.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Syncthing does not answer on this computer; it may have stopped.</source>
        <translation>لا يستجيب Syncthing على هذا الحاسوب؛ ربما توقّف.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Syncthing refused the API key Caucus holds for it (see its Settings → GUI).</source>
        <translation>رفض Syncthing مفتاح API الذي يحمله Caucus له (انظر إعداداته ← GUI).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Syncthing refused a request.</source>
        <translation>رفض Syncthing طلبًا.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Always-on sync is off on this laptop; switch it on first.</source>
        <translation>المزامنة الدائمة متوقفة على هذا الحاسوب؛ شغِّلها أولًا.</translation>
    </message>
    <message>
        <location filename="../../sync/exchange/errors.py" line="+11"/>
        <source>That file could not be imported; nothing was written.</source>
        <translation>تعذّر استيراد ذلك الملف؛ لم يُكتب شيء.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file is empty: there is nothing to import and nothing was written.</source>
        <translation>الملف فارغ: لا شيء لاستيراده ولم يُكتب شيء.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>That file is not a CSV or Excel (.xlsx) spreadsheet Caucus can read; nothing was written.</source>
        <translation>ذلك الملف ليس جدول بيانات CSV أو Excel (.xlsx) يستطيع Caucus قراءته؛ لم يُكتب شيء.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>That file is too large to import at once; split it into smaller files. Nothing was written.</source>
        <translation>ذلك الملف أكبر من أن يُستورد دفعة واحدة؛ قسِّمه إلى ملفات أصغر. لم يُكتب شيء.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The import stopped part way; the batches before the stop were imported.</source>
        <translation>توقّف الاستيراد في منتصفه؛ استُوردت الدفعات السابقة للتوقّف.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>That column mapping is not valid.</source>
        <translation>ربط الأعمدة هذا غير صالح.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>أُلغي التصدير؛ لم يُكتب أي ملف.</translation>
    </message>
    <message>
        <source>That file is {size:.0f} MB; Caucus imports files of up to {limit} MB ({max_rows:,} rows) at a time. Split it into smaller files and import each; nothing was written.</source>
        <extracomment>The largest import: bigger files are refused before they are read. the spreadsheet row number of each data row (headings are row 1) rows that cannot be read as they are: row number → why (reported as rejected) what the reader decided that the user should know (the sheet read, rows read as Windows-1252)</extracomment>
        <translation type="vanished">حجم ذلك الملف {size:.0f} م.ب؛ يستورد Caucus ملفات حتى {limit} م.ب ({max_rows:,} صف) في كل مرة. قسِّمه إلى ملفات أصغر واستورد كلًّا منها؛ لم يُكتب شيء.</translation>
    </message>
    <message>
        <location filename="../../sync/exchange/importer/reading.py" line="+63"/>
        <source>That is an old Excel (.xls) file; save it as .xlsx or CSV and import that. Nothing was written.</source>
        <translation>هذا ملف Excel قديم (.xls)؛ احفظه بصيغة .xlsx أو CSV واستورد ذلك. لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>That file has more than {max_rows:,} rows; Caucus imports up to {max_rows:,} rows ({limit} MB) at a time. Split it into smaller files and import each; nothing was written.</source>
        <translation type="vanished">في ذلك الملف أكثر من {max_rows:,} صف؛ يستورد Caucus حتى {max_rows:,} صف ({limit} م.ب) في كل مرة. قسِّمه إلى ملفات أصغر واستورد كلًّا منها؛ لم يُكتب شيء.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>That file is {size:.0f} MB; Caucus imports files of up to {limit} MB ({max_rows} rows) at a time. Split it into smaller files and import each; nothing was written.</source>
        <extracomment>The largest import: bigger files are refused before they are read. the spreadsheet row number of each data row (headings are row 1) rows that cannot be read as they are: row number → why (reported as rejected) what the reader decided that the user should know (the sheet read, rows read as Windows-1252)</extracomment>
        <translation>حجم ذلك الملف {size:.0f} م.ب؛ يستورد Caucus ملفات حتى {limit} م.ب ({max_rows} صف) في كل مرة. قسِّمه إلى ملفات أصغر واستورد كلًّا منها؛ لم يُكتب شيء.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>That file has more than {max_rows} rows; Caucus imports up to {max_rows} rows ({limit} MB) at a time. Split it into smaller files and import each; nothing was written.</source>
        <translation>في ذلك الملف أكثر من {max_rows} صف؛ يستورد Caucus حتى {max_rows} صف ({limit} م.ب) في كل مرة. قسِّمه إلى ملفات أصغر واستورد كلًّا منها؛ لم يُكتب شيء.</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>The CSV file could not be read ({reason}); nothing was written.</source>
        <translation>تعذّرت قراءة ملف CSV ({reason})؛ لم يُكتب شيء.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Reading .xlsx files needs the openpyxl package.</source>
        <extracomment>A separator no text holds: a file whose heading line has no separator is one column (its &quot;Lopez, Ana&quot; cells are names, not two values).</extracomment>
        <translation>قراءة ملفات .xlsx تحتاج إلى حزمة openpyxl.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That Excel file could not be read ({name}); nothing was written.</source>
        <translation>تعذّرت قراءة ملف Excel هذا ({name})؛ لم يُكتب شيء.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>A quote (&quot;) opened in the column headings (row {head_no}) is not closed, so the file cannot be read; fix the headings and import it again. Nothing was written.</source>
        <translation>علامة تنصيص (&quot;) فُتحت في عناوين الأعمدة (الصف {head_no}) ولم تُغلق، فلا يمكن قراءة الملف؛ صحِّح العناوين واستورده مرة أخرى. لم يُكتب شيء.</translation>
    </message>
    <message>
        <location filename="../../sync/exchange/importer/running.py" line="+128"/>
        <source>On duplicate must be one of {choices}.</source>
        <translation>يجب أن يكون التصرف مع المكرر واحدًا من: {choices}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Row {row}: the choice must be skip, update or create.</source>
        <translation>الصف {row}: يجب أن يكون الاختيار skip أو update أو create.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The batch size must be at least 1.</source>
        <translation>يجب ألا يقل حجم الدفعة عن 1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file has column headings but no rows of data; nothing was imported.</source>
        <translation>في الملف عناوين أعمدة ولكن لا صفوف بيانات؛ لم يُستورد شيء.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No column is mapped to a member field; nothing was imported.</source>
        <translation>لم يُربط أي عمود بحقل من حقول العضو؛ لم يُستورد شيء.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Map a column to first name, last name or full name; nothing was imported.</source>
        <translation>اربط عمودًا بالاسم الأول أو اسم العائلة أو الاسم الكامل؛ لم يُستورد شيء.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The import stopped at {span} ({why}). The batches before were imported ({summary}); nothing from row {first} on was imported.</source>
        <extracomment>{span} is &quot;row 5&quot; or &quot;rows 5–7&quot;, {why} why it stopped, {summary} what the batches before did (&quot;5 imported, 0 updated, …&quot;), {first} a row number</extracomment>
        <translation>توقّف الاستيراد عند {span} ({why}). استُوردت الدفعات السابقة ({summary})؛ ولم يُستورد شيء ابتداءً من الصف {first}.</translation>
    </message>
    <message>
        <location filename="../../sync/folder.py" line="+120"/>
        <source>This laptop has not joined a branch yet; it cannot use a sync folder.</source>
        <extracomment>the most files of one laptop&apos;s chain before it is compacted into one full bundle how many written files the vault remembers (a few folders&apos; chains) how many imported names the vault remembers for ``skip_seen`` a temp file of this laptop&apos;s that nobody wrote for this long is abandoned (seconds)</extracomment>
        <translation>لم ينضمّ هذا الحاسوب إلى فرع بعد؛ لا يمكنه استخدام مجلد مزامنة.</translation>
    </message>
    <message>
        <location line="+186"/>
        <source>{folder} is not a folder.</source>
        <translation>{folder} ليس مجلدًا.</translation>
    </message>
    <message>
        <location filename="../../sync/lan/boxstream.py" line="+139"/>
        <location line="+29"/>
        <source>The other laptop sent data after ending the encrypted stream.</source>
        <extracomment>Plaintext header: 2-byte body length + 16-byte body MAC. Sealed header on the wire. Largest body one frame may carry (as in pull-box-stream).</extracomment>
        <translation>أرسل الحاسوب الآخر بيانات بعد إنهاء التدفق المشفَّر.</translation>
    </message>
    <message>
        <location line="+79"/>
        <location line="+10"/>
        <source>The other laptop stopped answering.</source>
        <translation>توقّف الحاسوب الآخر عن الاستجابة.</translation>
    </message>
    <message>
        <location filename="../../sync/lan/client.py" line="+57"/>
        <source>{label} is this laptop itself.</source>
        <translation>{label} هو هذا الحاسوب نفسه.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The laptop at {label} ({key}) is not an active device of this branch; nothing was exchanged.</source>
        <translation>الحاسوب في {label} ({key}) ليس جهازًا نشطًا في هذا الفرع؛ لم يُتبادل شيء.</translation>
    </message>
    <message>
        <location filename="../../sync/lan/discovery.py" line="+187"/>
        <source>Meeting mode cannot use the network: {reason}.</source>
        <translation>لا يستطيع وضع الاجتماع استخدام الشبكة: {reason}.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Meeting mode needs a network: this laptop has no IPv4 address.</source>
        <translation>يحتاج وضع الاجتماع إلى شبكة: ليس لهذا الحاسوب عنوان IPv4.</translation>
    </message>
    <message>
        <location filename="../../sync/lan/errors.py" line="+26"/>
        <source>The connection to the other laptop failed.</source>
        <translation>فشل الاتصال بالحاسوب الآخر.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>That is not an address like 192.168.1.20:47300 (host, a colon, the port).</source>
        <translation>هذا ليس عنوانًا مثل 192.168.1.20:47300 (المضيف، ثم نقطتان، ثم المنفذ).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The connection to the other laptop was lost.</source>
        <translation>انقطع الاتصال بالحاسوب الآخر.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The other laptop could not be verified as a member of this branch; nothing was exchanged.</source>
        <translation>تعذّر التحقق من أن الحاسوب الآخر من هذا الفرع؛ لم يُتبادل شيء.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The other laptop sent a malformed handshake message; nothing was exchanged.</source>
        <translation>أرسل الحاسوب الآخر رسالة مصافحة مشوَّهة؛ لم يُتبادل شيء.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The other laptop is not on this branch&apos;s meeting network (another branch or key epoch).</source>
        <translation>الحاسوب الآخر ليس على شبكة اجتماعات هذا الفرع (فرع آخر أو مفتاح آخر).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The other laptop could not prove it is the device you meant to reach.</source>
        <translation>لم يستطع الحاسوب الآخر أن يثبت أنه الجهاز الذي أردت الوصول إليه.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The connecting laptop could not prove its identity; it was turned away.</source>
        <translation>لم يستطع الحاسوب المتصل إثبات هويته؛ فرُفض.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The connecting laptop is not an active device of this branch; it was turned away.</source>
        <translation>الحاسوب المتصل ليس جهازًا نشطًا في هذا الفرع؛ فرُفض.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The other laptop hung up during the handshake: it may not recognise this device.</source>
        <translation>أنهى الحاسوب الآخر الاتصال أثناء المصافحة: ربما لا يتعرّف على هذا الجهاز.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The other laptop did not answer the handshake in time.</source>
        <translation>لم يردّ الحاسوب الآخر على المصافحة في الوقت المحدد.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The encrypted stream from the other laptop was damaged or altered; it was closed.</source>
        <translation>التدفق المشفَّر من الحاسوب الآخر تالف أو معدَّل؛ فأُغلق.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A frame from the other laptop failed authentication: it was damaged or altered.</source>
        <translation>فشلت كتلة من الحاسوب الآخر في المصادقة: كانت تالفة أو معدَّلة.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A frame from the other laptop is larger than the protocol allows.</source>
        <translation>كتلة من الحاسوب الآخر أكبر مما يسمح به البروتوكول.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The encrypted stream was already closed.</source>
        <translation>كان التدفق المشفَّر مغلقًا من قبل.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The other laptop hung up in the middle of the encrypted stream.</source>
        <translation>أنهى الحاسوب الآخر الاتصال في منتصف التدفق المشفَّر.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The other laptop broke the meeting-sync protocol; the connection was closed.</source>
        <translation>خالف الحاسوب الآخر بروتوكول مزامنة الاجتماع؛ أُغلق الاتصال.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The other laptop announced a message larger than allowed; the connection was closed.</source>
        <translation>أعلن الحاسوب الآخر عن رسالة أكبر من المسموح؛ أُغلق الاتصال.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The other laptop sent a message that could not be read; the connection was closed.</source>
        <translation>أرسل الحاسوب الآخر رسالة تعذّرت قراءتها؛ أُغلق الاتصال.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The other laptop sent a message out of turn; the connection was closed.</source>
        <translation>أرسل الحاسوب الآخر رسالة في غير دورها؛ أُغلق الاتصال.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The other laptop ended the connection before it was complete.</source>
        <translation>أنهى الحاسوب الآخر الاتصال قبل اكتماله.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The other laptop sent another number of change sets than it said; it was closed.</source>
        <translation>أرسل الحاسوب الآخر عددًا من مجموعات التغييرات غير الذي أعلنه؛ أُغلق الاتصال.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The other laptop&apos;s hello names a device other than the one it proved to be.</source>
        <translation>تذكر تحية الحاسوب الآخر جهازًا غير الذي أثبت أنه هو.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The other laptop runs a version of Caucus that cannot sync with this one; update both.</source>
        <translation>يعمل على الحاسوب الآخر إصدار من Caucus لا يمكنه المزامنة مع هذا الإصدار؛ حدِّث الاثنين.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The other laptop ended the sync with an error; what arrived so far is kept.</source>
        <translation>أنهى الحاسوب الآخر المزامنة بخطأ؛ ما وصل حتى الآن محفوظ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The other laptop is busy with other laptops; try again in a moment.</source>
        <translation>الحاسوب الآخر مشغول بحواسيب أخرى؛ حاول مرة أخرى بعد قليل.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The other laptop no longer counts this one as an active device; the sync stopped.</source>
        <translation>لم يعد الحاسوب الآخر يعدّ هذا الحاسوب جهازًا نشطًا؛ توقّفت المزامنة.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The other laptop is busy or did not answer; try again in a moment.</source>
        <translation>الحاسوب الآخر مشغول أو لم يستجب؛ حاول مرة أخرى بعد قليل.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This laptop&apos;s vault failed during the meeting sync; what was stored before is kept.</source>
        <translation>فشلت خزنة هذا الحاسوب أثناء مزامنة الاجتماع؛ ما حُفظ قبل ذلك باقٍ.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The sync took longer than allowed and was stopped; what arrived so far is kept.</source>
        <translation>استغرقت المزامنة أطول من المسموح فأُوقفت؛ ما وصل حتى الآن محفوظ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The other laptop stopped answering; what arrived so far is kept.</source>
        <translation>توقّف الحاسوب الآخر عن الاستجابة؛ ما وصل حتى الآن محفوظ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The other laptop is not an active device of this branch; nothing was exchanged.</source>
        <translation>الحاسوب الآخر ليس جهازًا نشطًا في هذا الفرع؛ لم يُتبادل شيء.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No laptop of this branch was found on the network; is meeting mode on at the others?</source>
        <translation>لم يُعثر على أي حاسوب من هذا الفرع على الشبكة؛ هل وضع الاجتماع مفعَّل على الحواسيب الأخرى؟</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The other laptop could not be reached at that address.</source>
        <translation>تعذّر الوصول إلى الحاسوب الآخر على ذلك العنوان.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The sync was cancelled; the changes that arrived before are kept.</source>
        <translation>أُلغيت المزامنة؛ التغييرات التي وصلت قبل ذلك محفوظة.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This vault does not belong to a branch yet; join one first.</source>
        <translation>لا تنتمي هذه الخزنة إلى فرع بعد؛ انضمّ إلى فرع أولًا.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This laptop does not hold the branch key it needs; sync once by USB stick.</source>
        <translation>لا يحمل هذا الحاسوب مفتاح الفرع الذي يحتاجه؛ زامِن مرة واحدة بذاكرة USB.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>That address is this laptop itself.</source>
        <translation>ذلك العنوان هو هذا الحاسوب نفسه.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Meeting mode cannot listen for other laptops on this network.</source>
        <translation>لا يستطيع وضع الاجتماع انتظار الحواسيب الأخرى على هذه الشبكة.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Meeting mode cannot use the network: is this laptop connected?</source>
        <translation>لا يستطيع وضع الاجتماع استخدام الشبكة: هل هذا الحاسوب متصل؟</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pairing the new laptop failed; nothing was shared.</source>
        <translation>فشل اقتران الحاسوب الجديد؛ لم يُشارَك شيء.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The pairing code was not accepted: check it and try again.</source>
        <translation>لم يُقبل رمز الاقتران: تحقّق منه وحاول مرة أخرى.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The pairing code was used up (too many wrong attempts); start pairing again.</source>
        <translation>استُنفد رمز الاقتران (محاولات خاطئة كثيرة)؛ ابدأ الاقتران من جديد.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The admin declined this laptop; nothing was shared.</source>
        <translation>رفض المدير هذا الحاسوب؛ لم يُشارَك شيء.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The pairing code expired before a new laptop joined; start pairing again.</source>
        <translation>انتهت صلاحية رمز الاقتران قبل انضمام حاسوب جديد؛ ابدأ الاقتران من جديد.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The laptop that answered does not know the code; nothing was shared.</source>
        <translation>الحاسوب الذي ردّ لا يعرف الرمز؛ لم يُشارَك شيء.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The welcome arrived damaged; nothing was joined. Try pairing again.</source>
        <translation>وصل الترحيب تالفًا؛ لم يتم الانضمام. حاول الاقتران مرة أخرى.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../sync/trust.py" line="+68"/>
        <location line="+241"/>
        <location line="+202"/>
        <source>This vault already belongs to a branch.</source>
        <extracomment>meta key held while a join from a welcome file is under way: the welcome file&apos;s path</extracomment>
        <translation>هذه الخزنة تنتمي إلى فرع من قبل.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No pairing offer with that code was found on the LAN; check the code.</source>
        <translation>لم يُعثر على عرض اقتران بذلك الرمز على الشبكة المحلية؛ تحقّق من الرمز.</translation>
    </message>
    <message>
        <location filename="../../sync/lan/joining.py" line="+31"/>
        <source>No pairing offer with that code was found on the LAN; check the code, or type the address the admin&apos;s laptop shows.</source>
        <translation>لم يُعثر على عرض اقتران بذلك الرمز على الشبكة المحلية؛ تحقّق من الرمز، أو اكتب العنوان الذي يعرضه حاسوب المدير.</translation>
    </message>
    <message>
        <location filename="../../sync/lan/keyring.py" line="-20"/>
        <source>This laptop does not hold the branch key of epoch {epoch}.</source>
        <extracomment>How many key epochs before the current one a laptop still accepts and tries.</extracomment>
        <translation>لا يحمل هذا الحاسوب مفتاح الفرع رقم {epoch}.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>This laptop is not an active device of its branch (it was revoked, or has not joined yet).</source>
        <translation>هذا الحاسوب ليس جهازًا نشطًا في فرعه (أُبطل، أو لم ينضمّ بعد).</translation>
    </message>
    <message>
        <location filename="../../sync/lan/pairing.py" line="+130"/>
        <source>The other laptop sent data before the channel was secured.</source>
        <extracomment>The largest encrypted frame: a welcome chunk and its CBOR heads.</extracomment>
        <translation>أرسل الحاسوب الآخر بيانات قبل تأمين القناة.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The other laptop hung up during pairing.</source>
        <translation>أنهى الحاسوب الآخر الاتصال أثناء الاقتران.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Only an admin laptop may pair new laptops.</source>
        <translation>وحده حاسوب المدير يستطيع إقران حواسيب جديدة.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The pairing code was used up after {max_failures} wrong tries; start pairing again for a new code.</source>
        <translation>استُنفد رمز الاقتران بعد {max_failures} محاولات خاطئة؛ ابدأ الاقتران من جديد للحصول على رمز جديد.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pairing stopped: this laptop cannot take connections ({reason}).</source>
        <translation>توقّف الاقتران: لا يستطيع هذا الحاسوب قبول الاتصالات ({reason}).</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>The admin&apos;s laptop could not be reached at {address}:{address2} ({reason}).</source>
        <translation>تعذّر الوصول إلى حاسوب المدير على {address}:{address2} ({reason}).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The admin&apos;s laptop hung up without confirming the code: the code is wrong or used up, or pairing was stopped there.</source>
        <translation>أنهى حاسوب المدير الاتصال دون تأكيد الرمز: الرمز خاطئ أو مستنفد، أو أُوقف الاقتران هناك.</translation>
    </message>
    <message>
        <location filename="../../sync/lan/pairing_keys.py" line="+53"/>
        <source>A pairing code is 8 digits, like 47-105-962.</source>
        <translation>رمز الاقتران 8 أرقام، مثل 47-105-962.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The other laptop sent an invalid key-exchange message.</source>
        <translation>أرسل الحاسوب الآخر رسالة تبادل مفاتيح غير صالحة.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The other laptop sent {obj!r} instead of {kind!r}; pairing stopped.</source>
        <translation>أرسل الحاسوب الآخر {obj!r} بدلًا من {kind!r}؛ توقّف الاقتران.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The code was wrong: check it with the admin and try again (a code allows {max_failures} tries in all).</source>
        <translation>الرمز خاطئ: تحقّق منه مع المدير وحاول مرة أخرى (يسمح الرمز بـ {max_failures} محاولات إجمالًا).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The code was wrong, and it is now used up: ask the admin to start pairing again for a new code.</source>
        <translation>الرمز خاطئ وقد استُنفد الآن: اطلب من المدير أن يبدأ الاقتران من جديد برمز جديد.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The other laptop stopped the pairing before the code was confirmed.</source>
        <translation>أوقف الحاسوب الآخر الاقتران قبل تأكيد الرمز.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The other laptop stopped the pairing: {text}</source>
        <translation>أوقف الحاسوب الآخر الاقتران: {text}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The other laptop sent a malformed key-exchange message.</source>
        <translation>أرسل الحاسوب الآخر رسالة تبادل مفاتيح مشوَّهة.</translation>
    </message>
    <message>
        <location filename="../../sync/lan/pairing_machines.py" line="+113"/>
        <source>The laptop that answered does not know the code: it is not the admin&apos;s laptop you meant. Nothing was shared.</source>
        <translation>الحاسوب الذي ردّ لا يعرف الرمز: ليس حاسوب المدير الذي قصدته. لم يُشارَك شيء.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The welcome is longer than announced.</source>
        <translation>الترحيب أطول مما أُعلن.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The new laptop sent an invalid join request.</source>
        <translation>أرسل الحاسوب الجديد طلب انضمام غير صالح.</translation>
    </message>
    <message>
        <location filename="../../sync/lan/server.py" line="+133"/>
        <source>Cannot listen on {bind}: {reason}.</source>
        <extracomment>Seconds a new connection has for its first 64 bytes (a shs1 hello or a probe).</extracomment>
        <translation>لا يمكن الانتظار على {bind}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../sync/lan/session.py" line="+153"/>
        <source>This laptop&apos;s vault is busy with other laptops; try again.</source>
        <extracomment>How often a wait for the vault asks whether it was cancelled (or the server stopped).</extracomment>
        <translation>خزنة هذا الحاسوب مشغولة بحواسيب أخرى؛ حاول مرة أخرى.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>This laptop&apos;s vault failed during the meeting sync (database error: {name}); what was stored before is kept. Try again, and restart Caucus if it happens again.</source>
        <translation>فشلت خزنة هذا الحاسوب أثناء مزامنة الاجتماع (خطأ في قاعدة البيانات: {name})؛ ما حُفظ قبل ذلك باقٍ. حاول مرة أخرى، وأعد تشغيل Caucus إن تكرّر ذلك.</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>The other laptop ended the connection before the sync was complete.</source>
        <extracomment>The error&apos;s class name (``NotReachable``, ``PeerIdle``, ...), for scripts. The error itself (the window writes its sentence in the user&apos;s language)</extracomment>
        <translation>أنهى الحاسوب الآخر الاتصال قبل اكتمال المزامنة.</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>The other laptop is no longer an active device of this branch (it was revoked); nothing more was sent to it.</source>
        <translation>لم يعد الحاسوب الآخر جهازًا نشطًا في هذا الفرع (أُبطل)؛ لم يُرسل إليه شيء بعد ذلك.</translation>
    </message>
    <message>
        <location filename="../../sync/lan/session_machine.py" line="+159"/>
        <source>The other laptop sent {event!r} while this one was {state}; the connection was closed.</source>
        <extracomment>The events that are messages of the peer&apos;s (the others are this side&apos;s own steps).</extracomment>
        <translation>أرسل الحاسوب الآخر {event!r} بينما كان هذا في {state}؛ أُغلق الاتصال.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The other laptop interrupted a large change set; the connection was closed.</source>
        <translation>قطع الحاسوب الآخر مجموعة تغييرات كبيرة؛ أُغلق الاتصال.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The parts of a large change set do not agree.</source>
        <translation>أجزاء مجموعة تغييرات كبيرة غير متطابقة.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The other laptop said it sent {count} change sets, but {received_items} arrived.</source>
        <translation>قال الحاسوب الآخر إنه أرسل {count} من مجموعات التغييرات، لكن وصل {received_items}.</translation>
    </message>
    <message>
        <location filename="../../sync/lan/wire.py" line="+46"/>
        <source>{text!r} is not an address like 192.168.1.20:47300: the address the other laptop shows, a colon, then its port.</source>
        <extracomment>Seconds to connect, and for the identify probe&apos;s answer. Seconds a whole Secret Handshake may take.</extracomment>
        <translation>{text!r} ليس عنوانًا مثل 192.168.1.20:47300: العنوان الذي يعرضه الحاسوب الآخر، ثم نقطتان، ثم منفذه.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The laptop at {address} is busy or did not answer; try again in a moment.</source>
        <translation>الحاسوب في {address} مشغول أو لم يستجب؛ حاول مرة أخرى بعد قليل.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The laptop at {address} could not be reached ({reason}).</source>
        <translation>تعذّر الوصول إلى الحاسوب في {address} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../sync/ops/joining.py" line="+82"/>
        <source>There is a sidecar but no vault at {path}; nothing was done.</source>
        <extracomment>how long to look on the LAN for the admin&apos;s pairing offer</extracomment>
        <translation>يوجد ملف مرافق ولكن لا خزنة في {path}؛ لم يُفعل شيء.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>This vault already belongs to a branch; use a new vault.</source>
        <translation>هذه الخزنة تنتمي إلى فرع من قبل؛ استخدم خزنة جديدة.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Compare the branch fingerprint before joining.</source>
        <translation>قارن بصمة الفرع قبل الانضمام.</translation>
    </message>
    <message>
        <location filename="../../sync/ops/meeting.py" line="+271"/>
        <source>Cannot listen for the new laptop: {reason}.</source>
        <extracomment>The port meeting mode tries first, so a typed address may leave it out. The admin answers within this; the new laptop gives up waiting a little later. when ``port`` is taken, serve on any free one (else fail)</extracomment>
        <translation>لا يمكن انتظار الحاسوب الجديد: {reason}.</translation>
    </message>
    <message>
        <location filename="../../sync/records/settings.py" line="+41"/>
        <location line="+48"/>
        <source>This vault has no branch yet.</source>
        <extracomment>the coverage target: one point person per this many people</extracomment>
        <translation>ليس لهذه الخزنة فرع بعد.</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>The target is a number of people per point person, like 10, not {value}.</source>
        <translation>الهدف عدد من الأشخاص لكل مسؤول تواصل، مثل 10، وليس {value}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One point person looks after 1 to 1,000 people.</source>
        <translation>يتابع مسؤول التواصل الواحد من 1 إلى 1000 شخص.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Only an admin may change the branch&apos;s {what}.</source>
        <translation>وحده المدير يستطيع تغيير {what} للفرع.</translation>
    </message>
    <message>
        <location filename="../../sync/store/packing.py" line="+46"/>
        <location line="+3"/>
        <source>A stored change set is damaged; restore a backup.</source>
        <extracomment>the largest inflated size accepted (three times a change set&apos;s largest body)</extracomment>
        <translation>مجموعة تغييرات محفوظة تالفة؛ استعد نسخة احتياطية.</translation>
    </message>
    <message>
        <location filename="../../sync/store/vault.py" line="+130"/>
        <source>A vault already exists at {path}; it was left untouched.</source>
        <extracomment>the vaults unlocked in this process: where to look when an I/O error may be a full disk</extracomment>
        <translation>توجد خزنة في {path} من قبل؛ تُركت كما هي.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>There is no vault at {path}.</source>
        <translation>لا توجد خزنة في {path}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is not a vault file.</source>
        <translation>{path} ليس ملف خزنة.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The vault file {name} is damaged (truncated) or is not a Caucus vault; it was left untouched.</source>
        <translation>ملف الخزنة {name} تالف (مبتور) أو ليس خزنة Caucus؛ تُرك كما هو.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The passphrase is wrong for this vault. A change of passphrase was interrupted: try both the previous and the new passphrase.</source>
        <translation>عبارة المرور خاطئة لهذه الخزنة. انقطع تغيير لعبارة المرور: جرّب العبارة السابقة والجديدة كلتيهما.</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>The disk is too full to change the passphrase: it needs about {megabytes:.1f} MB free for a moment. Nothing was changed; free some space and try again.</source>
        <translation>القرص ممتلئ أكثر من أن تُغيَّر عبارة المرور: يلزم نحو {megabytes:.1f} م.ب فارغة لبرهة. لم يتغيّر شيء؛ حرِّر بعض المساحة وحاول مرة أخرى.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>The disk became full while the passphrase was being changed; the old passphrase still opens the vault. Free some space and try again.</source>
        <translation>امتلأ القرص أثناء تغيير عبارة المرور؛ ما زالت العبارة القديمة تفتح الخزنة. حرِّر بعض المساحة وحاول مرة أخرى.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The passphrase could not be changed; the old passphrase still opens the vault.</source>
        <translation>تعذّر تغيير عبارة المرور؛ ما زالت العبارة القديمة تفتح الخزنة.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{dest} already exists; choose another name for the backup.</source>
        <translation>{dest} موجود من قبل؛ اختر اسمًا آخر للنسخة الاحتياطية.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The vault could not switch to write-ahead logging.</source>
        <translation>تعذّر على الخزنة التحوّل إلى التسجيل المسبق (WAL).</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{name} is not a Caucus vault; it was left untouched.</source>
        <translation>{name} ليس خزنة Caucus؛ تُرك كما هو.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The disk holding {name} is full, so the vault could not be opened; nothing in it was changed. Free some space and try again.</source>
        <translation>القرص الذي يحمل {name} ممتلئ، فتعذّر فتح الخزنة؛ لم يتغيّر فيها شيء. حرِّر بعض المساحة وحاول مرة أخرى.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The vault file {name} is damaged or is not a Caucus vault; it was left untouched.</source>
        <translation>ملف الخزنة {name} تالف أو ليس خزنة Caucus؛ تُرك كما هو.</translation>
    </message>
    <message>
        <location filename="../../sync/trust.py" line="-341"/>
        <source>Only an admin device may admit or revoke devices.</source>
        <extracomment>its Syncthing device ID, once it has switched always-on sync on</extracomment>
        <translation>وحده جهاز المدير يستطيع قبول الأجهزة أو إبطالها.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A device cannot revoke itself; ask another admin.</source>
        <translation>لا يستطيع جهاز أن يُبطل نفسه؛ اطلب ذلك من مدير آخر.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is already revoked.</source>
        <translation>{name} مُبطَل من قبل.</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>That is not a valid join-request file.</source>
        <translation>هذا ليس ملف طلب انضمام صالحًا.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>That device was revoked; it cannot be admitted again. Make a new join request from a fresh vault.</source>
        <translation>أُبطل ذلك الجهاز؛ لا يمكن قبوله مرة أخرى. قدِّم طلب انضمام جديدًا من خزنة جديدة.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>This vault has no device key: make a join request from it first.</source>
        <translation>ليس لهذه الخزنة مفتاح جهاز: قدِّم منها طلب انضمام أولًا.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That is not a Caucus welcome file.</source>
        <translation>هذا ليس ملف ترحيب من Caucus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+10"/>
        <source>That welcome file is damaged.</source>
        <translation>ملف الترحيب هذا تالف.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>There is no welcome file at {welcome_path}.</source>
        <translation>لا يوجد ملف ترحيب في {welcome_path}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That welcome file was made for another device (or is damaged).</source>
        <translation>صُنع ملف الترحيب هذا لجهاز آخر (أو أنه تالف).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>That welcome file&apos;s branch does not match its founder.</source>
        <translation>فرع ملف الترحيب هذا لا يطابق مؤسِّسه.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>That welcome file is for another branch than the one checked; nothing was imported.</source>
        <translation>ملف الترحيب هذا لفرع غير الذي تم التحقق منه؛ لم يُستورد شيء.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This vault is part-way through joining another branch (fingerprint {branch_id}); finish with that branch&apos;s welcome file. Nothing was imported.</source>
        <translation>هذه الخزنة في منتصف الانضمام إلى فرع آخر (البصمة {branch_id})؛ أكمِل بملف ترحيب ذلك الفرع. لم يُستورد شيء.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The welcome file did not contain this device&apos;s admission.</source>
        <translation>لم يتضمّن ملف الترحيب قبول هذا الجهاز.</translation>
    </message>
    <message>
        <location filename="../../sync/exchange/importer/dates.py" line="+64"/>
        <source>{label} {value} is not a date (this column has the month first, e.g. 03/31/2024).</source>
        <extracomment>Countries where 03/04/2024 is the 4th of March (month first). 4 or 5 digits (with a fraction): an Excel date number, unless it is a yyyymmdd date</extracomment>
        <translation>{label}: {value} ليس تاريخًا (في هذا العمود يأتي الشهر أولًا، مثل 03/31/2024).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{label} {value} is not a date (use e.g. 2024-03-31 or 31/03/2024).</source>
        <translation>{label}: {value} ليس تاريخًا (استخدم مثلًا 2024-03-31 أو 31/03/2024).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{label} {year}: a year alone is not a date; write {year}-01-01 (or the whole date).</source>
        <translation>{label}: {year} سنة فقط وليس تاريخًا؛ اكتب {year}-01-01 (أو التاريخ كاملًا).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{label} {value} is not a date.</source>
        <translation>{label}: {value} ليس تاريخًا.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../sync/records/validation.py" line="+52"/>
        <source>{label} {value} is not a plausible date.</source>
        <translation>{label}: {value} ليس تاريخًا معقولًا.</translation>
    </message>
    <message>
        <location filename="../../sync/records/batch.py" line="+75"/>
        <source>A batch&apos;s chunk must be at least 1 row.</source>
        <extracomment>Ids known to exist, remembered so a run of notes about one member asks the vault once.</extracomment>
        <translation>يجب أن يضم كل جزء من الدفعة صفًا واحدًا على الأقل.</translation>
    </message>
    <message>
        <location line="+134"/>
        <location line="+57"/>
        <source>A member needs a first or last name.</source>
        <extracomment>new records written, by table (committed or pending) (member id, warning) for each value kept as given though it could not be checked (a phone number phonenumbers cannot validate)</extracomment>
        <translation>يحتاج العضو إلى اسم أول أو اسم عائلة.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{table} records do not belong to a member.</source>
        <translation>سجلات {table} لا تخص عضوًا.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>A workplace needs a name.</source>
        <translation>يحتاج مكان العمل إلى اسم.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A campaign needs a name.</source>
        <translation>تحتاج الحملة إلى اسم.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Quorum cannot be negative.</source>
        <translation>لا يمكن أن يكون النصاب سالبًا.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A meeting needs a title.</source>
        <translation>يحتاج الاجتماع إلى عنوان.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>A note needs some text.</source>
        <translation>تحتاج الملاحظة إلى بعض النص.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>A task needs a title.</source>
        <translation>تحتاج المهمة إلى عنوان.</translation>
    </message>
    <message>
        <location filename="../../sync/records/country.py" line="+80"/>
        <source>{value} is not a country code Caucus knows; use the two letters of ISO 3166, like GB, DE or AR.</source>
        <extracomment>Every country a branch can have: the regions phonenumbers can read numbers of. ISO 4217 currency codes in use (2024), plus the precious metals and test codes left out. The currency a new branch of a country gets (the user can change it; others: none).</extracomment>
        <translation>{value} ليس رمز بلد يعرفه Caucus؛ استخدم الحرفين وفق ISO 3166، مثل GB أو DE أو AR.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{value} is not a currency code; use the three letters of ISO 4217, like GBP, EUR or ARS.</source>
        <translation>{value} ليس رمز عملة؛ استخدم الأحرف الثلاثة وفق ISO 4217، مثل GBP أو EUR أو ARS.</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>{value} is not a phone number.</source>
        <translation>{value} ليس رقم هاتف.</translation>
    </message>
    <message>
        <location filename="../../sync/records/validation.py" line="-21"/>
        <source>{label} is too long (at most {max_len} characters).</source>
        <extracomment>the most characters a text field holds (a custom field, a value kept aside…)</extracomment>
        <translation>{label} طويل جدًا (الحد الأقصى {max_len} حرفًا).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{label} must be a date like 2024-03-31, not {value}.</source>
        <translation>يجب أن يكون {label} تاريخًا مثل 2024-03-31، وليس {value}.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>{value} is not a valid email address: {reason}</source>
        <extracomment>Validated emails and phones, remembered (an import cleans each value twice: once to plan the row, once as the batch writes it). A cleaned value cleans to itself. {reason} says what is wrong with the address</extracomment>
        <translation>{value} ليس عنوان بريد إلكتروني صالحًا: {reason}</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>{label} must be yes or no, not {value}.</source>
        <translation>يجب أن يكون {label} نعم أو لا، وليس {value}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{label} must be one of {choices}, not {value}.</source>
        <translation>يجب أن يكون {label} واحدًا من {choices}، وليس {value}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Assessment must be a whole number 0–5, not {value}.</source>
        <translation>يجب أن يكون التقييم عددًا صحيحًا من 0 إلى 5، وليس {value}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Assessment must be between 0 and 5, not {number}.</source>
        <translation>يجب أن يكون التقييم بين 0 و5، وليس {number}.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>A custom field needs a name, like custom.shift=nights.</source>
        <translation>يحتاج الحقل المخصّص إلى اسم، مثل custom.shift=nights.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Members have no field called {name}.</source>
        <translation>لا يوجد لدى الأعضاء حقل باسم {name}.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Tag {tag}… is too long (60 characters at most).</source>
        <translation>الوسم {tag}… طويل جدًا (60 حرفًا على الأكثر).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Expected FIELD=VALUE, not {value}.</source>
        <translation>المتوقع الصيغة FIELD=VALUE، وليس {value}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{records} have no field called {name}.</source>
        <translation>{records}: لا يوجد حقل باسم {name}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{label} must be a whole number, not {value}.</source>
        <translation>يجب أن يكون {label} عددًا صحيحًا، وليس {value}.</translation>
    </message>
    <message>
        <location filename="../../sync/always_on/process.py" line="+137"/>
        <source>Syncthing could not make its home folder {home}.</source>
        <extracomment>option name (as in the REST API and config.xml) → value</extracomment>
        <translation>تعذّر على Syncthing إنشاء مجلده الأساسي {home}.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Caucus&apos;s Syncthing is already running.</source>
        <translation>Syncthing الخاص بـ Caucus يعمل بالفعل.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Syncthing stopped as it started; its log {log} says why.</source>
        <extracomment>{log} is the path of Syncthing&apos;s log file</extracomment>
        <translation>توقّف Syncthing عند بدء تشغيله؛ يبيّن سجلّه {log} السبب.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Syncthing did not start within {timeout:.0f} seconds; its log is {log}.</source>
        <translation>لم يبدأ Syncthing خلال {timeout:.0f} ثانية؛ سجلّه هو {log}.</translation>
    </message>
    <message>
        <location filename="../../sync/always_on/rest.py" line="+141"/>
        <source>Syncthing refused a request ({request}: {reason}).</source>
        <extracomment>{request} is the request (&quot;GET /rest/config&quot;), {reason} Syncthing&apos;s answer</extracomment>
        <translation>رفض Syncthing طلبًا ({request}: {reason}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Syncthing sent a reply Caucus cannot read ({path}).</source>
        <translation>أرسل Syncthing ردًّا لا يستطيع Caucus قراءته ({path}).</translation>
    </message>
    <message>
        <location filename="../../sync/exchange/importer/mapping.py" line="+199"/>
        <source>Column {heading} cannot go to {target}; choose a member field, custom.NAME, or leave it out.</source>
        <extracomment>Fields that hold ids: a file names the record instead (``workplace``, ``unit``), or gives no target for it (a point person is set on the chart, not by a name in a file). Every mapping target a user can choose (besides ``custom.NAME`` and ignoring). Targets whose value may have several lines (and custom fields). Targets that take several columns, joined with &quot;, &quot; (and custom fields). {heading} is a column&apos;s heading, {target} the field typed for it</extracomment>
        <translation>لا يمكن أن يذهب العمود {heading} إلى {target}؛ اختر حقلًا من حقول العضو أو custom.NAME أو اتركه.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Columns {first} and {second} both go to {field}; choose one of them (only the address, emails, phones, tags and custom fields take several columns).</source>
        <extracomment>{first} and {second} are two columns&apos; headings, {field} a member field</extracomment>
        <translation>العمودان {first} و{second} يذهبان كلاهما إلى {field}؛ اختر أحدهما (العنوان والبريد الإلكتروني والهواتف والوسوم والحقول المخصّصة وحدها تقبل عدة أعمدة).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A saved mapping needs a name.</source>
        <translation>يحتاج الربط المحفوظ إلى اسم.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is no saved mapping called {name} ({known}).</source>
        <extracomment>{name} is the name asked for, {known} the names of the saved mappings</extracomment>
        <translation>لا يوجد ربط محفوظ باسم {name} ({known}).</translation>
    </message>
    <message>
        <location filename="../../sync/ops/always_on.py" line="+158"/>
        <location line="+180"/>
        <source>This laptop has not joined a branch yet.</source>
        <translation>لم ينضم هذا الحاسوب إلى فرع بعد.</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>This Syncthing ({version}) is too old; Caucus needs Syncthing 1.12 or later.</source>
        <extracomment>{version} is the version Syncthing gave (or &quot;unknown version&quot;)</extracomment>
        <translation>إصدار Syncthing هذا ({version}) قديم جدًا؛ يحتاج Caucus إلى Syncthing 1.12 أو أحدث.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Syncthing could not start.</source>
        <translation>تعذّر بدء تشغيل Syncthing.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Using your own Syncthing needs its API key (Actions → Settings → GUI).</source>
        <translation>يتطلب استخدام Syncthing الخاص بك مفتاح واجهته البرمجية (الإجراءات ← الإعدادات ← الواجهة).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Listen on lan, loopback or an address tcp://HOST:PORT.</source>
        <translation>استمع على lan أو loopback أو عنوان tcp://HOST:PORT.</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>Discovery and relays are set in your own Syncthing, not here.</source>
        <extracomment>laptops of the branch that have not switched always-on sync on yet (names) this laptop holds changes its files in the folder do not carry yet this laptop may add and remove boxes</extracomment>
        <translation>يُضبط الاكتشاف والمرحّلات في Syncthing الخاص بك، لا هنا.</translation>
    </message>
    <message>
        <location filename="../../sync/exchange/importer/cleaning.py" line="+52"/>
        <source>{label} {value} has a line break; only the address and custom fields can have several lines.</source>
        <extracomment>Text our CSV export guards with a leading &quot;&apos;&quot; (a formula, or a quote of its own).</extracomment>
        <translation>في {label} {value} فاصل أسطر؛ لا يجوز تعدد الأسطر إلا في العنوان والحقول المخصّصة.</translation>
    </message>
    <message>
        <location filename="../../sync/exchange/importer/units.py" line="+132"/>
        <source>A headcount sheet needs a workplace column and a headcount column (and a unit column for the units&apos; own headcounts); this one has {headings}.</source>
        <extracomment>{headings} is the file&apos;s column headings, or &quot;no headings&quot;</extracomment>
        <translation>يحتاج جدول الأعداد الكلية إلى عمود لمكان العمل وعمود للعدد الكلي (وعمود للوحدة من أجل العدد الكلي لكل وحدة)؛ وهذا الجدول فيه {headings}.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Nothing was imported: {why}</source>
        <extracomment>{why} is the failure&apos;s sentence</extracomment>
        <translation>لم يُستورد شيء: {why}</translation>
    </message>
    <message>
        <location filename="../../sync/records/email_words.py" line="+61"/>
        <source>{value} is not a valid email address.</source>
        <extracomment>{value} is the address as typed</extracomment>
        <translation>{value} ليس عنوان بريد إلكتروني صالحًا.</translation>
    </message>
</context>
<context>
    <name>export_dialog</name>
    <message>
        <location filename="../../desktop/dialogs/export_dialog.py" line="-170"/>
        <source>CSV (spreadsheet text)</source>
        <translation>CSV (نص جدول بيانات)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>مصنّف Excel (.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printable member list (PDF)</source>
        <translation>قائمة أعضاء للطباعة (PDF)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>CSV spreadsheet</source>
        <translation>جدول بيانات CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook</source>
        <translation>مصنّف Excel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>printed member list</source>
        <translation>قائمة أعضاء مطبوعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sign-in sheet</source>
        <translation>كشف الحضور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mailing labels</source>
        <translation>الملصقات البريدية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>subject access (PDF)</source>
        <translation>الاطلاع على البيانات الشخصية (PDF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>subject access</source>
        <translation>الاطلاع على البيانات الشخصية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>subject access (JSON)</source>
        <translation>الاطلاع على البيانات الشخصية (JSON)</translation>
    </message>
</context>
<context>
    <name>exporter</name>
    <message>
        <location filename="../../sync/exchange/exporter.py" line="+29"/>
        <source>The exported file is NOT encrypted: anyone who gets it can read it. Keep it safe and delete it when done.</source>
        <translation>الملف المُصدَّر غير مشفّر: يستطيع أي شخص يحصل عليه أن يقرأه. احفظه في مكان آمن واحذفه عند الانتهاء منه.</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../sync/records/labels.py" line="+13"/>
        <source>Record number</source>
        <translation>رقم السجل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preferred name</source>
        <translation>الاسم المفضّل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Membership no.</source>
        <translation>رقم العضوية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emails</source>
        <translation>عناوين البريد الإلكتروني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phones</source>
        <translation>الهواتف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postcode</source>
        <translation>الرمز البريدي</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Workplace</source>
        <translation>مكان العمل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation>القسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job title</source>
        <translation>المسمّى الوظيفي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status override</source>
        <translation>تعديل الحالة يدويًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Override until</source>
        <translation>التعديل اليدوي ساري حتى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joined</source>
        <translation>تاريخ الانتساب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lapsed</source>
        <translation>تاريخ انقطاع العضوية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dues paid until</source>
        <translation>الاشتراكات مدفوعة حتى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessment</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basis of processing</source>
        <translation>الأساس القانوني للمعالجة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not contact</source>
        <translation>لا يُتواصل معه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No email</source>
        <translation>لا بريد إلكتروني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No phone calls</source>
        <translation>لا مكالمات هاتفية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No texts</source>
        <translation>لا رسائل نصية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No post</source>
        <translation>لا بريد ورقي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom fields</source>
        <translation>الحقول المخصّصة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>محذوف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Point person</source>
        <translation>مسؤول التواصل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Member</source>
        <translation>العضو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>اختبار البنية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer</source>
        <translation>الإجابة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employer</source>
        <translation>صاحب العمل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sector</source>
        <translation>القطاع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headcount</source>
        <translation>عدد العاملين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counted on</source>
        <translation>تاريخ العدّ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent</source>
        <translation>يتبع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts on</source>
        <translation>يبدأ في</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends on</source>
        <translation>ينتهي في</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign</source>
        <translation>الحملة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>الوسيلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow up on</source>
        <translation>المتابعة في</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author name</source>
        <translation>الكاتب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due on</source>
        <translation>موعد الاستحقاق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>منجزة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignee</source>
        <translation>المكلَّف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>المكان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quorum</source>
        <translation>النصاب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>الاجتماع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target share</source>
        <translation>النسبة المستهدفة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>الموعد النهائي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pair</source>
        <translation>الزوج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side</source>
        <translation>الطرف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Granted</source>
        <translation>ممنوح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded on</source>
        <translation>تاريخ التسجيل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Founder</source>
        <translation>المؤسِّس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nonce</source>
        <translation>الرقم العشوائي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Point ratio</source>
        <translation>عدد الأشخاص لكل مسؤول تواصل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pubkey</source>
        <translation>المفتاح العام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admitted by</source>
        <translation>قُبل من</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoked after</source>
        <translation>أُبطل بعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoked by</source>
        <translation>أُبطل من</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syncthing</source>
        <translation>Syncthing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syncthing addresses</source>
        <translation>عناوين Syncthing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Epoch</source>
        <translation>حقبة المفاتيح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device</source>
        <translation>الجهاز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sealed</source>
        <translation>المفتاح المختوم</translation>
    </message>
</context>
<context>
    <name>import_issues</name>
    <message>
        <location filename="../../desktop/dialogs/import_issues.py" line="-24"/>
        <source>Repaired: stored as {value}</source>
        <translation>أُصلح: خُزّن بالقيمة {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Can be repaired to {value} (tick “Repair” above)</source>
        <translation>يمكن إصلاحه إلى {value} (فعّل «إصلاح» أعلاه)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kept aside on the person, to check</source>
        <translation>حُفظ جانبًا في سجل الشخص، للفحص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept as typed, to check</source>
        <translation>حُفظ كما كُتب، للفحص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported as “(no name)”</source>
        <translation>استُورد باسم «(بلا اسم)»</translation>
    </message>
</context>
<context>
    <name>import_wizard</name>
    <message>
        <location filename="../../desktop/dialogs/import_wizard.py" line="-429"/>
        <source>(do not import)</source>
        <translation>(لا يُستورد)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its columns separated by commas</source>
        <translation>أعمدته مفصولة بفواصل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its columns separated by semicolons</source>
        <translation>أعمدته مفصولة بفواصل منقوطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its columns separated by tabs</source>
        <translation>أعمدته مفصولة بمسافات جدولة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its columns separated by bars</source>
        <translation>أعمدته مفصولة بخطوط عمودية</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Email(s)</source>
        <translation>البريد الإلكتروني (واحد أو أكثر)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone(s)</source>
        <translation>الهاتف (واحد أو أكثر)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workplace (name)</source>
        <translation>مكان العمل (الاسم)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caucus id (match only)</source>
        <translation>معرّف Caucus (للمطابقة فقط)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The file has column headings but no rows of data; nothing to import.</source>
        <translation>في الملف عناوين أعمدة لكن لا توجد فيه صفوف بيانات؛ لا شيء للاستيراد.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_duplicates.py" line="-38"/>
        <source>Skip (keep the existing member)</source>
        <translation>تخطٍّ (الإبقاء على العضو الموجود)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update the existing member</source>
        <translation>تحديث العضو الموجود</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a new member anyway</source>
        <translation>إنشاء عضو جديد على أي حال</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard.py" line="-41"/>
        <source>Excel workbook (sheet “{sheet}”)</source>
        <translation>مصنّف Excel (الورقة «{sheet}»)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>with one column</source>
        <translation>بعمود واحد</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its columns separated by {separator}</source>
        <translation>أعمدته مفصولة بـ{separator}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A spreadsheet saved as text (CSV), {separator}</source>
        <translation>جدول بيانات محفوظ كنص (CSV)، {separator}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, written by an older Windows program (Windows-1252 letters)</source>
        <translation>، كتبه برنامج Windows قديم (أحرف Windows-1252)</translation>
    </message>
</context>
<context>
    <name>join_page</name>
    <message>
        <location filename="../../desktop/views/join_page.py" line="-394"/>
        <source>Sync → Devices → Admit a laptop from a join request file…</source>
        <translation>المزامنة ← الأجهزة ← قبول حاسوب من ملف طلب انضمام…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Joining this branch was interrupted before it finished (Caucus was closed, or the computer stopped). It will be completed from the welcome file.</source>
        <translation>انقطع الانضمام إلى هذا الفرع قبل أن يكتمل (أُغلق Caucus، أو توقف الحاسوب). سيُستكمل من ملف الترحيب.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The admin&apos;s laptop must show the same string; waiting for approval…</source>
        <translation>يجب أن يعرض حاسوب المدير السلسلة نفسها؛ بانتظار الموافقة…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Looking for the admin&apos;s laptop…</source>
        <extracomment>the words of the joining stages</extracomment>
        <translation>جارٍ البحث عن حاسوب المدير…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connecting to the admin&apos;s laptop…</source>
        <translation>جارٍ الاتصال بحاسوب المدير…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Joined {branch_name} as {role}.</source>
        <translation>انضممتَ إلى {branch_name} بدور {role}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The join request was saved as {path}.</source>
        <translation>حُفظ طلب الانضمام في {path}.</translation>
    </message>
</context>
<context>
    <name>list_pages</name>
    <message>
        <location filename="../../desktop/views/list_pages.py" line="-448"/>
        <source>Start date</source>
        <extracomment>the add line&apos;s fields that take a date (typed in the locale&apos;s format or ISO, or picked)</extracomment>
        <translation>تاريخ البداية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting date</source>
        <translation>تاريخ الاجتماع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due date</source>
        <translation>موعد الإنجاز</translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <location filename="../../desktop/main_window.py" line="-306"/>
        <source>Members</source>
        <extracomment>the sections: (title, icon, key); the members page first</extracomment>
        <translation>الأعضاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workplaces</source>
        <translation>أماكن العمل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaigns</source>
        <translation>الحملات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tasks</source>
        <translation>المهام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings</source>
        <translation>الاجتماعات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync</source>
        <translation>المزامنة</translation>
    </message>
</context>
<context>
    <name>member_form</name>
    <message>
        <location filename="../../desktop/views/member_form.py" line="-289"/>
        <source>Member</source>
        <translation>عضو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Former member</source>
        <translation>عضو سابق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regular contact</source>
        <translation>جهة اتصال منتظمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other (with consent)</source>
        <translation>أخرى (بموافقة)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do not contact</source>
        <translation>لا يُتواصل معه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No email</source>
        <translation>لا بريد إلكتروني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No phone calls</source>
        <translation>لا مكالمات هاتفية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No texts</source>
        <translation>لا رسائل نصية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No post</source>
        <translation>لا بريد ورقي</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Line {number} of the custom fields needs the form &apos;name: value&apos;.</source>
        <translation>السطر {number} من الحقول المخصّصة يجب أن يكون بالشكل «الاسم: القيمة».</translation>
    </message>
</context>
<context>
    <name>member_notes</name>
    <message>
        <location filename="../../desktop/views/member_notes.py" line="-198"/>
        <source>by {author_name}</source>
        <translation>كتبها {author_name}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Outcome: {outcome}</source>
        <translation>النتيجة: {outcome}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Follow up on {follow_up_on}</source>
        <translation>المتابعة في {follow_up_on}</translation>
    </message>
</context>
<context>
    <name>members</name>
    <message>
        <location filename="../../desktop/models/members.py" line="-243"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Membership no.</source>
        <translation>رقم العضوية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workplace</source>
        <translation>مكان العمل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessment</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dues paid until</source>
        <translation>الاشتراكات مدفوعة حتى</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(no name)</source>
        <translation>(بلا اسم)</translation>
    </message>
</context>
<context>
    <name>organising_tab</name>
    <message>
        <location filename="../../desktop/views/organising_tab.py" line="-25"/>
        <source>CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
        <translation>ملفات CSV (*.csv);;مصنّفات Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>passphrase</name>
    <message>
        <location filename="../../desktop/passphrase.py" line="+42"/>
        <source>Choose a passphrase: four or more unrelated words work well.</source>
        <translation>اختر عبارة مرور: أربع كلمات أو أكثر لا رابط بينها تفي بالغرض.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Too short: use at least {MIN_PASSPHRASE} characters.</source>
        <translation>قصيرة جدًا: استخدم ما لا يقل عن {MIN_PASSPHRASE} من الأحرف.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Weak: add more words or characters.</source>
        <translation>ضعيفة: أضف مزيدًا من الكلمات أو الأحرف.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fair: another word or two would make it much stronger.</source>
        <translation>مقبولة: كلمة أو كلمتان إضافيتان تجعلانها أقوى بكثير.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Good.</source>
        <translation>جيدة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strong.</source>
        <translation>قوية.</translation>
    </message>
</context>
<context>
    <name>phrases</name>
    <message>
        <location filename="../../sync/exchange/importer/cleaning.py" line="+189"/>
        <source>{message} It is {length} characters long: its first {kept} are kept aside, the most a field holds.</source>
        <extracomment>{message} says why the value is kept aside; {length} and {kept} count characters</extracomment>
        <translation>{message} عدد حروفه {length}، فاحتُفظ جانبًا ببدايته فقط ({kept})، وهي أقصى ما يتسع له الحقل.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>{value} is an Excel date number: read as {day}.</source>
        <extracomment>{value} is a number in the file, {day} the date it stands for</extracomment>
        <translation>{value} رقم تاريخ من Excel: قُرئ على أنه {day}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{value} looks like an Excel date number; it can be read as {day}.</source>
        <translation>يبدو {value} رقم تاريخ من Excel؛ يمكن قراءته على أنه {day}.</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Not imported: the row holds no person (no name, email, phone, membership number or address).</source>
        <translation>لم يُستورد: لا يحمل الصف أي شخص (لا اسم ولا بريد إلكتروني ولا هاتف ولا رقم عضوية ولا عنوان).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The row has no name; the person was imported as {name}. Add their name.</source>
        <extracomment>{name} is what the person is imported as, &apos;(no name)&apos;</extracomment>
        <translation>لا اسم في الصف؛ استُورد الشخص باسم {name}. أضف اسمه.</translation>
    </message>
    <message>
        <location filename="../../sync/exchange/importer/mapping.py" line="-2"/>
        <source>none saved yet</source>
        <translation>لا شيء محفوظ بعد</translation>
    </message>
    <message>
        <location filename="../../sync/exchange/importer/planning.py" line="+56"/>
        <source>same id</source>
        <translation>المعرّف نفسه</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>same email {email}</source>
        <translation>البريد الإلكتروني نفسه {email}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>same name and phone</source>
        <translation>الاسم والهاتف نفسهما</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it repeats row {row} of this file ({reason})</source>
        <extracomment>{row} is a row number of the spreadsheet, {reason} e.g. &quot;same email …&quot;</extracomment>
        <translation>يكرّر الصف {row} من هذا الملف ({reason})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it matches the existing member {name} ({reason})</source>
        <extracomment>{name} is the member&apos;s name, {reason} e.g. &quot;same email …&quot;</extracomment>
        <translation>يطابق العضو الموجود {name} ({reason})</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>as its dates show</source>
        <extracomment>rows that cannot be read as they are (they will be rejected), and reading notes the spreadsheet row number of each previewed row (headings are row 1)</extracomment>
        <translation>كما تُظهر تواريخه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>as in {region}</source>
        <extracomment>{region} is a country&apos;s two-letter code, e.g. US</extracomment>
        <translation>كما في {region}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>as most countries write them</source>
        <translation>كما تكتبها معظم البلدان</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dates in “{heading}” are read month first ({how}).</source>
        <extracomment>{heading} is a column&apos;s heading, {how} why (e.g. &quot;as its dates show&quot;)</extracomment>
        <translation>تُقرأ التواريخ في «{heading}» بالشهر أولًا ({how}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dates in “{heading}” are read day first ({how}).</source>
        <translation>تُقرأ التواريخ في «{heading}» باليوم أولًا ({how}).</translation>
    </message>
    <message>
        <location filename="../../sync/exchange/importer/reading.py" line="-189"/>
        <source>A quote (&quot;) opened in this row is never closed</source>
        <translation>علامة اقتباس (&quot;) فُتحت في هذا الصف لا تُغلق أبدًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the rest of the file</source>
        <translation>بقية الملف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A quote (&quot;) opened in this row is not closed where its cell ends</source>
        <translation>علامة اقتباس (&quot;) فُتحت في هذا الصف لا تُغلق حيث تنتهي خليّتها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the lines after it</source>
        <translation>الأسطر التي تليه</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Not imported: this line was read into row {row}, whose quote is not closed.</source>
        <extracomment>{row} is the number of the row whose quote swallowed this line</extracomment>
        <translation>لم يُستورد: قُرئ هذا السطر ضمن الصف {row} الذي لم تُغلق علامة اقتباسه.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{what}. Fix the quotes and import this row again.</source>
        <translation>{what}. صحّح علامات الاقتباس واستورد هذا الصف مجددًا.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 line</source>
        <translation>سطر واحد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} lines</source>
        <translation>عدد الأسطر: {n}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what}, so it swallowed {swallowed} ({lines}). Fix the quotes and import this row again.</source>
        <extracomment>{what} is what is wrong with the quote, {swallowed} which lines it took in (e.g. &quot;the lines after it&quot;), {lines} how many (&quot;3 lines&quot;)</extracomment>
        <translation>{what}، فابتلع {swallowed} ({lines}). صحّح علامات الاقتباس واستورد هذا الصف مجددًا.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Read as Windows-1252, not UTF-8 like the rest of the file (check the accented letters there): row {rows}.</source>
        <translation>قُرئ بترميز Windows-1252 لا UTF-8 مثل بقية الملف (تحقّق من الحروف المشكولة والخاصة فيه): الصف {rows}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read as Windows-1252, not UTF-8 like the rest of the file (check the accented letters there): rows {rows}.</source>
        <translation>قُرئت بترميز Windows-1252 لا UTF-8 مثل بقية الملف (تحقّق من الحروف المشكولة والخاصة فيها): الصفوف {rows}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read as Windows-1252, not UTF-8 like the rest of the file (check the accented letters there): rows {rows} and {more} more.</source>
        <extracomment>{rows} are the first 20 row numbers, {more} how many more rows there are</extracomment>
        <translation>قُرئت بترميز Windows-1252 لا UTF-8 مثل بقية الملف (تحقّق من الحروف المشكولة والخاصة فيها): الصفوف {rows} و{more} غيرها.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Read the sheet “{title}”; the other sheets ({others}) were not read.</source>
        <extracomment>{title} is the name of the sheet read, {others} those of the other sheets</extracomment>
        <translation>قُرئت الورقة «{title}»؛ ولم تُقرأ الأوراق الأخرى ({others}).</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The row has {used} values but the file has {width} column headings, so its values cannot be matched to the columns (is there a comma in a value that is not in quotes?). Fix the row and import it again.</source>
        <extracomment>{used} and {width} are counts of values and of column headings</extracomment>
        <translation>في الصف {used} قيمة لكن في الملف {width} عنوان عمود، فلا يمكن مطابقة قيمه مع الأعمدة (هل في قيمة فاصلة ليست بين علامتي اقتباس؟). صحّح الصف واستورده مجددًا.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The row has {used} values but the file has {width} column headings, so its values cannot be matched to the columns. Fix the row and import it again.</source>
        <translation>في الصف {used} قيمة لكن في الملف {width} عنوان عمود، فلا يمكن مطابقة قيمه مع الأعمدة. صحّح الصف واستورده مجددًا.</translation>
    </message>
    <message>
        <location filename="../../sync/exchange/importer/running.py" line="-122"/>
        <source>Cancelled: {figures}. Rows after the last whole batch were not imported.</source>
        <extracomment>{figures} is what the import did, e.g. &quot;5 imported, 0 updated, 1 skipped, 0 rejected&quot;</extracomment>
        <translation>أُلغي: {figures}. لم تُستورد الصفوف التي تلي آخر دفعة كاملة.</translation>
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
        <translation>استُورد {imported}، وحُدِّث {updated}، وتُخطّي {skipped}، ورُفض {rejected}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{counts}. {flagged} row flagged to check, {repaired} repaired</source>
        <extracomment>{counts} is &quot;5 imported, 0 updated, 1 skipped, 0 rejected&quot;</extracomment>
        <translation>{counts}. عُلِّم {flagged} صف للمراجعة، وأُصلح {repaired}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{counts}. {flagged} rows flagged to check, {repaired} repaired</source>
        <translation>{counts}. عُلِّم {flagged} صفوف للمراجعة، وأُصلح {repaired}</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>row {row}</source>
        <translation>الصف {row}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rows {first}–{last}</source>
        <translation>الصفوف {first}–{last}</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Skipped: {reason}.</source>
        <extracomment>{reason} is whom the row is the same person as, and why</extracomment>
        <translation>تُخطّي: {reason}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The unit {unit} needs a workplace; it was kept as {field}.</source>
        <extracomment>{unit} is a unit&apos;s name, {field} the custom field it was kept in</extracomment>
        <translation>تحتاج الوحدة {unit} إلى مكان عمل؛ حُفظت في {field}.</translation>
    </message>
    <message>
        <location filename="../../sync/ops/always_on.py" line="-295"/>
        <source>unknown version</source>
        <translation>إصدار غير معروف</translation>
    </message>
    <message>
        <location filename="../../sync/replica/delivery.py" line="+70"/>
        <source>change set {seq} of device {device}</source>
        <extracomment>{seq} is a change set&apos;s number, {device} the start of a device&apos;s key</extracomment>
        <translation>مجموعة التغييرات {seq} من الجهاز {device}</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>a change set</source>
        <translation>مجموعة تغييرات</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It belongs to a different branch.</source>
        <translation>إنها تخص فرعًا آخر.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Another change set with the same number exists from this device: its vault was copied or forked; kept the first one.</source>
        <translation>توجد مجموعة تغييرات أخرى بالرقم نفسه من هذا الجهاز: نُسخت خزنته أو تفرّعت؛ أُبقيت الأولى.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>It was made after the device&apos;s access was revoked.</source>
        <translation>أُنشئت بعد إبطال وصول الجهاز.</translation>
    </message>
    <message>
        <location filename="../../sync/replica/roster.py" line="+195"/>
        <source>It names an unknown table {table}.</source>
        <translation>تذكر جدولًا غير معروف {table}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Only an admin may change the branch or its keys.</source>
        <translation>لا يغيّر الفرع أو مفاتيحه إلا مدير.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only an admin may admit or revoke devices.</source>
        <translation>لا يقبل الأجهزة أو يبطلها إلا مدير.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The device is a viewer: it may not change records.</source>
        <translation>الجهاز مشاهد: لا يجوز له تغيير السجلات.</translation>
    </message>
    <message>
        <location filename="../../sync/store/schema.py" line="+400"/>
        <source>It holds fields this version of Caucus does not know (a newer version wrote it); update Caucus and it is applied.</source>
        <extracomment>the name and table of each of :data:`INDEXES`, in order those on the replicated tables: the ones a bulk load builds after the rows why a change set naming a field this build does not know is set aside (rejected): a newer Caucus wrote it. After an upgrade that knows the field, the state is recomputed and such change sets apply (see :func:`upgrade` and ``Replica``&apos;s start).</extracomment>
        <translation>تحتوي حقولًا لا يعرفها هذا الإصدار من Caucus (كتبها إصدار أحدث)؛ حدّث Caucus فتُطبَّق.</translation>
    </message>
    <message>
        <location filename="../../sync/exchange/importer/phone_words.py" line="+17"/>
        <source>The phone number {original}: its leading 0 was lost; read as {value}.</source>
        <extracomment>{original} is the phone number as the file has it, {value} how it is read</extracomment>
        <translation>رقم الهاتف {original}: فُقد الصفر في أوله؛ قُرئ على أنه {value}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The phone number {original}: its leading 0 was lost; it can be read as {value}.</source>
        <translation>رقم الهاتف {original}: فُقد الصفر في أوله؛ يمكن قراءته على أنه {value}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The phone number {original}: its + was lost; read as {value}.</source>
        <translation>رقم الهاتف {original}: فُقدت علامة + منه؛ قُرئ على أنه {value}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The phone number {original}: its + was lost; it can be read as {value}.</source>
        <translation>رقم الهاتف {original}: فُقدت علامة + منه؛ يمكن قراءته على أنه {value}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The phone number {original}: written in scientific notation and its leading 0 was lost; read as {value}.</source>
        <translation>رقم الهاتف {original}: كُتب بالصيغة العلمية وفُقد الصفر في أوله؛ قُرئ على أنه {value}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The phone number {original}: written in scientific notation and its leading 0 was lost; it can be read as {value}.</source>
        <translation>رقم الهاتف {original}: كُتب بالصيغة العلمية وفُقد الصفر في أوله؛ يمكن قراءته على أنه {value}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The phone number {original}: written in scientific notation and its + was lost; read as {value}.</source>
        <translation>رقم الهاتف {original}: كُتب بالصيغة العلمية وفُقدت علامة + منه؛ قُرئ على أنه {value}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The phone number {original}: written in scientific notation and its + was lost; it can be read as {value}.</source>
        <translation>رقم الهاتف {original}: كُتب بالصيغة العلمية وفُقدت علامة + منه؛ يمكن قراءته على أنه {value}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The phone number {original} was written in scientific notation; read as {value}.</source>
        <translation>رقم الهاتف {original} كُتب بالصيغة العلمية؛ قُرئ على أنه {value}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The phone number {original} was written in scientific notation; it can be read as {value}.</source>
        <translation>رقم الهاتف {original} كُتب بالصيغة العلمية؛ يمكن قراءته على أنه {value}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The phone number {original} is in scientific notation, so the spreadsheet has lost its last digits (it reads as {whole}); type the number again.</source>
        <extracomment>{original} is the phone number as the file has it, {whole} what it reads as</extracomment>
        <translation>رقم الهاتف {original} مكتوب بالصيغة العلمية، لذلك فقد جدول البيانات آخر أرقامه (يُقرأ {whole})؛ اكتب الرقم من جديد.</translation>
    </message>
    <message>
        <location filename="../../sync/exchange/importer/units.py" line="-75"/>
        <source>{counted} headcounts recorded, {skipped} rows skipped; {units} units and {workplaces} workplaces created.</source>
        <extracomment>{counted}, {skipped}, {units} and {workplaces} are counts</extracomment>
        <translation>سُجِّل {counted} من الأعداد الكلية، وتُخطّي {skipped} صف؛ وأُنشئ {units} وحدة و{workplaces} مكان عمل.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>no headings</source>
        <translation>لا عناوين أعمدة</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No workplace named.</source>
        <translation>لم يُذكر مكان عمل.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No headcount given.</source>
        <translation>لم يُذكر عدد كلي.</translation>
    </message>
    <message>
        <location filename="../../sync/records/country.py" line="+14"/>
        <source>The phone number {value} was kept as typed: the branch has no country to read national numbers by. Check it.</source>
        <extracomment>{value} is the phone number as typed, {region} a country&apos;s two-letter code</extracomment>
        <translation>حُفظ رقم الهاتف {value} كما كُتب: ليس للفرع بلد تُقرأ به الأرقام الوطنية. تحقّق منه.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The phone number {value} was kept as typed: it is not a valid number for {region}. Check it.</source>
        <translation>حُفظ رقم الهاتف {value} كما كُتب: ليس رقمًا صالحًا في {region}. تحقّق منه.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The phone number {value} was kept as typed: it is not a valid number. Check it.</source>
        <translation>حُفظ رقم الهاتف {value} كما كُتب: ليس رقمًا صالحًا. تحقّق منه.</translation>
    </message>
    <message>
        <location filename="../../sync/records/email_words.py" line="-44"/>
        <source>An email address must have an @-sign.</source>
        <translation>يجب أن يحتوي عنوان البريد الإلكتروني على العلامة @.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There must be something before the @-sign.</source>
        <translation>يجب أن يكون هناك شيء قبل العلامة @.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There must be something after the @-sign.</source>
        <translation>يجب أن يكون هناك شيء بعد العلامة @.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There can&apos;t be anything after the email address.</source>
        <translation>لا يجوز أن يأتي شيء بعد عنوان البريد الإلكتروني.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An email address cannot have two periods in a row.</source>
        <translation>لا يجوز أن يحتوي عنوان البريد الإلكتروني على نقطتين متتاليتين.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An email address cannot start with a period.</source>
        <translation>لا يجوز أن يبدأ عنوان البريد الإلكتروني بنقطة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An email address cannot end with a period.</source>
        <translation>لا يجوز أن ينتهي عنوان البريد الإلكتروني بنقطة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An email address cannot have a period immediately before the @-sign.</source>
        <translation>لا يجوز أن تأتي نقطة مباشرة قبل العلامة @.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An email address cannot have a period immediately after the @-sign.</source>
        <translation>لا يجوز أن تأتي نقطة مباشرة بعد العلامة @.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An email address cannot have a hyphen immediately after the @-sign.</source>
        <translation>لا يجوز أن تأتي شرطة مباشرة بعد العلامة @.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An email address cannot end with a hyphen.</source>
        <translation>لا يجوز أن ينتهي عنوان البريد الإلكتروني بشرطة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An email address cannot have a period and a hyphen next to each other.</source>
        <translation>لا يجوز أن تتجاور نقطة وشرطة في عنوان البريد الإلكتروني.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The part after the @-sign is not valid. It should have a period.</source>
        <translation>الجزء الذي بعد العلامة @ غير صالح: يجب أن يحتوي على نقطة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The part after the @-sign is not valid. It is not within a valid top-level domain.</source>
        <translation>الجزء الذي بعد العلامة @ غير صالح: ليس ضمن نطاق علوي صالح.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The part after the @-sign is a special-use or reserved name that cannot be used with email.</source>
        <translation>الجزء الذي بعد العلامة @ اسم محجوز أو مخصّص لاستعمال خاص، ولا يصلح للبريد الإلكتروني.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The email address contains invalid characters before the @-sign: SPACE.</source>
        <translation>يحتوي عنوان البريد الإلكتروني على مسافة قبل العلامة @.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The part after the @-sign contains invalid characters: SPACE.</source>
        <translation>يحتوي الجزء الذي بعد العلامة @ على مسافة.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The email address contains invalid characters before the @-sign: {chars}.</source>
        <extracomment>{chars} lists the characters, each in quotes: &apos;(&apos;, &apos;)&apos;</extracomment>
        <translation>يحتوي عنوان البريد الإلكتروني على محارف غير صالحة قبل العلامة @: {chars}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The part after the @-sign contains invalid characters: {chars}.</source>
        <extracomment>{chars} lists the characters, each in quotes: &apos;@&apos;, &apos;_&apos;</extracomment>
        <translation>يحتوي الجزء الذي بعد العلامة @ على محارف غير صالحة: {chars}.</translation>
    </message>
</context>
<context>
    <name>print_dialog</name>
    <message>
        <location filename="../../desktop/dialogs/print_dialog.py" line="-130"/>
        <source>PDF documents (*.pdf)</source>
        <extracomment>job(progress, cancel) -&gt; what it printed: an operation of sync.ops.documents the sentence that says what a job wrote</extracomment>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON files (*.json)</source>
        <translation>ملفات JSON (*.json)</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>Wrote {members} on {pages} to {path}.</source>
        <translation>حُفظ في {path}: {members}، {pages}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Wrote {labels} on {pages} to {path}.</source>
        <translation>حُفظ في {path}: {labels}، {pages}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{members} without a postal address or not to be posted to left out.</source>
        <translation>استُبعد من ليس لديهم عنوان بريدي أو لا يُراسَلون بالبريد: {members}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wrote a sign-in sheet of {names} on {pages} to {path}.</source>
        <translation>حُفظ كشف الحضور في {path}: {names}، {pages}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wrote everything held about {name} to {data} (data) and {pdf} beside it ({pages} to print).</source>
        <translation>حُفظ كل ما يُحتفظ به عن {name} في {data} (البيانات) وفي {pdf} بجانبه (للطباعة: {pages}).</translation>
    </message>
</context>
<context>
    <name>progress</name>
    <message>
        <source>{value:,.1f} MB</source>
        <translation type="vanished">{value:,.1f} ميغابايت</translation>
    </message>
    <message>
        <location filename="../../desktop/progress.py" line="+45"/>
        <source>{value} MB</source>
        <translation>{value} ميغابايت</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deriving the key from the passphrase…</source>
        <translation>جارٍ اشتقاق المفتاح من عبارة المرور…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Creating the vault…</source>
        <translation>جارٍ إنشاء الخزنة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looking…</source>
        <translation>جارٍ البحث…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connecting to {subject}…</source>
        <translation>جارٍ الاتصال بـ{subject}…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check string: {subject}</source>
        <translation>سلسلة التحقق: {subject}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The other laptop must show the same string; waiting for approval…</source>
        <translation>يجب أن يعرض الحاسوب الآخر السلسلة نفسها؛ بانتظار الموافقة…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking {subject}…</source>
        <translation>جارٍ فحص {subject}…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Importing {subject}: {megabytes} of {megabytes2}</source>
        <translation>جارٍ استيراد {subject}: {megabytes} من {megabytes2}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Importing {subject}…</source>
        <translation>جارٍ استيراد {subject}…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sending to {laptop}: {done} of {total} changes</source>
        <translation>جارٍ الإرسال إلى {laptop}: {done} من {total} من التغييرات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending to {laptop}: {done} changes</source>
        <translation>جارٍ الإرسال إلى {laptop}: {done} من التغييرات</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Receiving from {laptop}: {done} of {total} changes</source>
        <translation>جارٍ الاستلام من {laptop}: {done} من {total} من التغييرات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receiving from {laptop}: {done} changes</source>
        <translation>جارٍ الاستلام من {laptop}: {done} من التغييرات</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Writing {what}…</source>
        <translation>جارٍ كتابة {what}…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the file…</source>
        <translation>جارٍ كتابة الملف…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row {done} of {total}</source>
        <translation>الصف {done} من {total}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Page {done} of {total}</source>
        <translation>الصفحة {done} من {total}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Creating members: {done} of {total}</source>
        <translation>جارٍ إنشاء الأعضاء: {done} من {total}</translation>
    </message>
</context>
<context>
    <name>relationships_box</name>
    <message>
        <location filename="../../desktop/views/relationships_box.py" line="-42"/>
        <source>works with</source>
        <extracomment>how a relationship reads from this person&apos;s side</extracomment>
        <translation>يعمل مع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>family of</source>
        <translation>من أقارب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>neighbour of</source>
        <translation>جار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>influences</source>
        <translation>يؤثّر في</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is influenced by</source>
        <translation>يتأثّر بـ</translation>
    </message>
</context>
<context>
    <name>sync_always_on</name>
    <message>
        <source>{n:,} bytes</source>
        <translation type="vanished">{n:,} بايت</translation>
    </message>
    <message>
        <source>{value:,.1f} MB</source>
        <translation type="vanished">{value:,.1f} ميغابايت</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_always_on.py" line="-305"/>
        <source>{n} bytes</source>
        <translation>{n} بايت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{value} MB</source>
        <translation>{value} ميغابايت</translation>
    </message>
</context>
<context>
    <name>sync_lan</name>
    <message>
        <location filename="../../desktop/views/sync_lan.py" line="+5"/>
        <source>received {received} and sent {sent}</source>
        <translation>استُلم: {received}، وأُرسل: {sent}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Received {received} from {who}, sent {sent}.</source>
        <translation>استُلم من {who}: {received}؛ وأُرسل: {sent}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sync with {who} cancelled: {kept} before it stopped, kept whole. Sync again for the rest.</source>
        <translation>أُلغيت المزامنة مع {who}: حُفظ ما تم قبل التوقف ({kept}) كاملًا. زامِن مرة أخرى لإتمام الباقي.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not sync with {who}: {error}</source>
        <translation>تعذّرت المزامنة مع {who}: {error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync with {who} did not finish ({error}); {kept}, which are kept.</source>
        <translation>لم تكتمل المزامنة مع {who} ({error})؛ وحُفظ ما تم: {kept}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{time}: it synced with this laptop, {kept}</source>
        <translation>{time}: زامَن مع هذا الحاسوب، {kept}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{time}: synced, {kept}</source>
        <translation>{time}: تمت المزامنة، {kept}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{time}: cancelled</source>
        <translation>{time}: أُلغيت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{time}: failed</source>
        <translation>{time}: فشلت</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was synced.</source>
        <translation>لم تتم مزامنة أي شيء.</translation>
    </message>
</context>
<context>
    <name>sync_pairing</name>
    <message>
        <location filename="../../desktop/views/sync_pairing.py" line="-214"/>
        <source>Only an admin laptop can pair a new laptop: ask the branch&apos;s admin.</source>
        <translation>وحده حاسوب المدير يستطيع اقتران حاسوب جديد: اطلب ذلك من مدير الفرع.</translation>
    </message>
</context>
<context>
    <name>sync_usb</name>
    <message>
        <location filename="../../desktop/views/sync_usb.py" line="-206"/>
        <location line="+3"/>
        <source>Importing {subject}</source>
        <extracomment>the words of the stages whose meaning depends on a folder sync</extracomment>
        <translation>جارٍ استيراد {subject}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writing this laptop&apos;s bundle to the folder</source>
        <translation>جارٍ كتابة حزمة هذا الحاسوب في المجلد</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Sync cancelled. {changes} brought in before it stopped were kept whole; sync again to fetch the rest.</source>
        <translation>أُلغيت المزامنة. ما جُلب قبل التوقف ({changes}) حُفظ كاملًا؛ زامِن مرة أخرى لجلب الباقي.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No other laptop&apos;s bundle was in the folder. This laptop&apos;s changes were written there for the next person.</source>
        <translation>لم تكن في المجلد حزمة لأي حاسوب آخر. كُتبت تغييرات هذا الحاسوب فيه للشخص التالي.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Brought in {changes} from {laptops}; this laptop&apos;s changes were written to the folder.</source>
        <translation>جُلبت التغييرات ({changes}) من الحواسيب الأخرى ({laptops})؛ وكُتبت تغييرات هذا الحاسوب في المجلد.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Applied: {changes}</source>
        <translation>مُطبَّقة: {changes}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already here: {changes}</source>
        <translation>موجودة هنا أصلًا: {changes}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Held back until earlier changes arrive: {changes}</source>
        <translation>مؤجَّلة حتى تصل تغييرات سابقة: {changes}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rejected: {changes}</source>
        <translation>مرفوضة: {changes}</translation>
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
        <translation>توقفت في منتصف الطريق (أُلغيت)؛ يأتي الباقي مع المزامنة التالية.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From {who} ({name})</source>
        <translation>من {who} ({name})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From {name}</source>
        <translation>من {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Files not imported</source>
        <translation>ملفات لم تُستورد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Written</source>
        <translation>كُتب</translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <location filename="../../desktop/tasks.py" line="-98"/>
        <source>The computer ran out of memory; close other programs and try again.</source>
        <translation>نفدت ذاكرة الحاسوب؛ أغلق برامج أخرى وحاول مجددًا.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file could not be used: {value}.</source>
        <translation>تعذّر استخدام الملف: {value}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Caucus hit an unexpected problem ({name__}). Nothing was changed by the failed step; please report this.</source>
        <translation>واجه Caucus مشكلة غير متوقعة ({name__}). لم تغيّر الخطوة الفاشلة شيئًا؛ يُرجى الإبلاغ عن ذلك.</translation>
    </message>
</context>
<context>
    <name>values</name>
    <message>
        <location filename="../../desktop/value_words.py" line="+20"/>
        <source>Prospect</source>
        <translation>عضو محتمل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member</source>
        <translation>عضو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrears</source>
        <translation>متأخر في الاشتراكات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lapsed</source>
        <translation>منقطع العضوية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resigned</source>
        <translation>مستقيل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deceased</source>
        <translation>متوفى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worker</source>
        <translation>عامل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenant</source>
        <translation>مستأجر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>جهة اتصال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned</source>
        <translation>مُخطَّط لها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>نشطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Won</source>
        <translation>ناجحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost</source>
        <translation>خاسرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>مغلقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sms</source>
        <translation>الرسائل النصية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post</source>
        <translation>البريد الورقي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data processing</source>
        <translation>معالجة البيانات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Former member</source>
        <translation>عضو سابق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regular contact</source>
        <translation>جهة اتصال منتظمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attended</source>
        <translation>حاضر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apologies</source>
        <translation>معتذر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Absent</source>
        <translation>غائب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation>قسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift</source>
        <translation>وردية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site</source>
        <translation>موقع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Floor</source>
        <translation>طابق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team</source>
        <translation>فريق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Building</source>
        <translation>مبنى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stairwell</source>
        <translation>مدخل درج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block</source>
        <translation>مجمّع سكني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Petition</source>
        <translation>عريضة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card</source>
        <translation>توقيع بطاقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey</source>
        <translation>استبيان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turnout</source>
        <translation>المشاركة في تحرّك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strike vote pledge</source>
        <translation>تعهّد بالتصويت على الإضراب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In person</source>
        <translation>وجهًا لوجه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>رسالة نصية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video</source>
        <translation>مكالمة فيديو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>اجتماع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admin</source>
        <translation>مدير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secretary</source>
        <translation>أمين السر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Viewer</source>
        <translation>مشاهد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Works with</source>
        <translation>يعمل مع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Influences</source>
        <translation>يؤثّر في</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family</source>
        <translation>عائلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neighbour</source>
        <translation>جار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asked undecided</source>
        <translation>سُئل ولم يقرّر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not asked</source>
        <translation>لم يُسأل</translation>
    </message>
</context>
<context>
    <name>vault_fields</name>
    <message>
        <location filename="../../desktop/views/vault_fields.py" line="-128"/>
        <source>This device needs a name (for example &apos;Ana&apos;s laptop&apos;).</source>
        <translation>يحتاج هذا الجهاز إلى اسم (مثلًا «حاسوب آنا»).</translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <location filename="../../desktop/widgets.py" line="+128"/>
        <source>Open a Caucus vault</source>
        <translation>فتح خزنة Caucus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Caucus vaults (*.caucus);;All files (*)</source>
        <translation>خزائن Caucus (*.caucus);;كل الملفات (*)</translation>
    </message>
</context>
</TS>
