<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Counts</name>
    <message numerus="yes">
        <location filename="../../desktop/i18n.py" line="+76"/>
        <source>%Ln changes</source>
        <translation>
            <numerusform>%Ln change</numerusform>
            <numerusform>%Ln changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln laptops</source>
        <translation>
            <numerusform>%Ln laptop</numerusform>
            <numerusform>%Ln laptops</numerusform>
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
            <numerusform>%Ln member</numerusform>
            <numerusform>%Ln members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln labels</source>
        <translation>
            <numerusform>%Ln label</numerusform>
            <numerusform>%Ln labels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln names</source>
        <translation>
            <numerusform>%Ln name</numerusform>
            <numerusform>%Ln names</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln conflicts need a decision (see Conflicts).</source>
        <translation>
            <numerusform>%Ln conflict needs a decision (see Conflicts).</numerusform>
            <numerusform>%Ln conflicts need a decision (see Conflicts).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln changes wait for earlier ones to arrive.</source>
        <translation>
            <numerusform>%Ln change waits for earlier ones to arrive.</numerusform>
            <numerusform>%Ln changes wait for earlier ones to arrive.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln rows to import.</source>
        <translation>
            <numerusform>%Ln row to import.</numerusform>
            <numerusform>%Ln rows to import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln of them cannot be read as they are; Check rows lists them and why.</source>
        <translation>
            <numerusform>%Ln of them cannot be read as it is; Check rows lists it and why.</numerusform>
            <numerusform>%Ln of them cannot be read as they are; Check rows lists them and why.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln changes rejected.</source>
        <translation>
            <numerusform>%Ln change rejected.</numerusform>
            <numerusform>%Ln changes rejected.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanTab</name>
    <message numerus="yes">
        <location filename="../../desktop/views/sync_lan.py" line="+430"/>
        <source>Found %n laptops of this branch.</source>
        <translation>
            <numerusform>Found %n laptop of this branch.</numerusform>
            <numerusform>Found %n laptops of this branch.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/dialogs/merge_dialog.py" line="+208"/>
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
            <numerusform>%Ln task</numerusform>
            <numerusform>%Ln tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln consents</source>
        <translation>
            <numerusform>%Ln consent</numerusform>
            <numerusform>%Ln consents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln tags</source>
        <translation>
            <numerusform>%Ln tag</numerusform>
            <numerusform>%Ln tags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln attendance records</source>
        <translation>
            <numerusform>%Ln attendance record</numerusform>
            <numerusform>%Ln attendance records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message numerus="yes">
        <location filename="../../desktop/report_text.py" line="+27"/>
        <source>%Ln rows flagged to check, {repaired} repaired.</source>
        <translation>
            <numerusform>%Ln row flagged to check, {repaired} repaired.</numerusform>
            <numerusform>%Ln rows flagged to check, {repaired} repaired.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WallChartTab</name>
    <message numerus="yes">
        <location filename="../../desktop/views/wall_chart_tab.py" line="+179"/>
        <source>Wrote %n people on {pages} to {path}.</source>
        <translation>
            <numerusform>Wrote %n person on {pages} to {path}.</numerusform>
            <numerusform>Wrote %n people on {pages} to {path}.</numerusform>
        </translation>
    </message>
</context>
</TS>
