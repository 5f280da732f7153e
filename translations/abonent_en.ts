<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Database</name>
    <message numerus="yes">
        <source>%n row(s) would refer to rows that do not exist.</source>
        <translation>
            <numerusform>%n row would refer to rows that do not exist.</numerusform>
            <numerusform>%n rows would refer to rows that do not exist.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>abonent::CustomerCardView</name>
    <message numerus="yes">
        <source>%1 — %2 a month, %n minute(s) of support included, since %3</source>
        <translation>
            <numerusform>%1 — %2 a month, %n minute of support included, since %3</numerusform>
            <numerusform>%1 — %2 a month, %n minutes of support included, since %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>abonent::MainWindow</name>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>abonent::PlanListModel</name>
    <message numerus="yes">
        <source>%n minute(s) of support included</source>
        <translation>
            <numerusform>%n minute of support included</numerusform>
            <numerusform>%n minutes of support included</numerusform>
        </translation>
    </message>
</context>
</TS>
