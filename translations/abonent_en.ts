<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CallScreenReader</name>
    <message numerus="yes">
        <source>No plan in force; %n min of support used this month.</source>
        <translation>
            <numerusform>No plan in force; %n min of support used this month.</numerusform>
            <numerusform>No plan in force; %n min of support used this month.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Plan %1 includes no support; %n min used this month; %2.</source>
        <translation>
            <numerusform>Plan %1 includes no support; %n min used this month; %2.</numerusform>
            <numerusform>Plan %1 includes no support; %n min used this month; %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Plan %1 includes %2 min a month; %n min used; %3.</source>
        <translation>
            <numerusform>Plan %1 includes %2 min a month; %n min used; %3.</numerusform>
            <numerusform>Plan %1 includes %2 min a month; %n min used; %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseFile</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Contacts (%n)</source>
        <translation>
            <numerusform>Contacts (%n)</numerusform>
            <numerusform>Contacts (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Call recordings among the evidence (%n)</source>
        <translation>
            <numerusform>Call recordings among the evidence (%n)</numerusform>
            <numerusform>Call recordings among the evidence (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message numerus="yes">
        <source>%n month(s) of the roll-ups differ from the raw rows; rebuild them with --rebuild-rollups.</source>
        <translation>
            <numerusform>%n month of the roll-ups differs from the raw rows; rebuild them with --rebuild-rollups.</numerusform>
            <numerusform>%n months of the roll-ups differ from the raw rows; rebuild them with --rebuild-rollups.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message numerus="yes">
        <source>The row has %n column(s); the headings have %1.</source>
        <translation>
            <numerusform>The row has %n column; the headings have %1.</numerusform>
            <numerusform>The row has %n columns; the headings have %1.</numerusform>
        </translation>
    </message>
</context>
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
    <name>EraseCommand</name>
    <message numerus="yes">
        <source>The phone system still keeps %n recording(s) of their calls (listed above); delete them there.</source>
        <translation>
            <numerusform>The phone system still keeps %n recording of their calls (listed above); delete it there.</numerusform>
            <numerusform>The phone system still keeps %n recordings of their calls (listed above); delete them there.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Erasure</name>
    <message numerus="yes">
        <source>Letter %1 was issued on %2, and letters are kept %n year(s) (Settings → Privacy): the data can be erased from %3.</source>
        <translation>
            <numerusform>Letter %1 was issued on %2, and letters are kept %n year (Settings → Privacy): the data can be erased from %3.</numerusform>
            <numerusform>Letter %1 was issued on %2, and letters are kept %n years (Settings → Privacy): the data can be erased from %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message numerus="yes">
        <source>%n row(s) would be refused.</source>
        <translation>
            <numerusform>%n row would be refused.</numerusform>
            <numerusform>%n rows would be refused.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused; nothing was imported.</source>
        <translation>
            <numerusform>%n row refused; nothing was imported.</numerusform>
            <numerusform>%n rows refused; nothing was imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IndicatorService</name>
    <message numerus="yes">
        <source>%n incident(s) in 30 days</source>
        <translation>
            <numerusform>%n incident in 30 days</numerusform>
            <numerusform>%n incidents in 30 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) in 90 days</source>
        <translation>
            <numerusform>%n incident in 90 days</numerusform>
            <numerusform>%n incidents in 90 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) on %1</source>
        <translation>
            <numerusform>%n contact on %1</numerusform>
            <numerusform>%n contacts on %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) in 30 days</source>
        <translation>
            <numerusform>%n contact in 30 days</numerusform>
            <numerusform>%n contacts in 30 days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LetterService</name>
    <message numerus="yes">
        <source>Other desks kept taking the next letter number while this letter was prepared, %n time(s); it was not issued and no number was used. Issue it again in a moment.</source>
        <translation>
            <numerusform>Other desks kept taking the next letter number while this letter was prepared, %n time; it was not issued and no number was used. Issue it again in a moment.</numerusform>
            <numerusform>Other desks kept taking the next letter number while this letter was prepared, %n times; it was not issued and no number was used. Issue it again in a moment.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message numerus="yes">
        <source>A passphrase has at least %n characters.</source>
        <translation>
            <numerusform>A passphrase has at least %n character.</numerusform>
            <numerusform>A passphrase has at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagService</name>
    <message numerus="yes">
        <source>&quot;%1&quot; has been set on customers %n time(s); its history stays. Retire the tag instead: it is then no longer offered.</source>
        <translation>
            <numerusform>&quot;%1&quot; has been set on customers once; its history stays. Retire the tag instead: it is then no longer offered.</numerusform>
            <numerusform>&quot;%1&quot; has been set on customers %n times; its history stays. Retire the tag instead: it is then no longer offered.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagTimelineSource</name>
    <message numerus="yes">
        <source>evidence: %n contact(s)</source>
        <translation>
            <numerusform>evidence: %n contact</numerusform>
            <numerusform>evidence: %n contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>abonent::AmiClient</name>
    <message numerus="yes">
        <source>Phone: %1 not reachable, trying again in %n s</source>
        <translation>
            <numerusform>Phone: %1 not reachable, trying again in %n s</numerusform>
            <numerusform>Phone: %1 not reachable, trying again in %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>abonent::CallConsole</name>
    <message numerus="yes">
        <source>Takes difficult callers: %1</source>
        <translation>
            <numerusform>Takes difficult callers: %1</numerusform>
            <numerusform>Take difficult callers: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>abonent::CheckRowsPage</name>
    <message numerus="yes">
        <source>All %Ln row(s) can be imported. Nothing has been written yet.</source>
        <translation>
            <numerusform>The %Ln row can be imported. Nothing has been written yet.</numerusform>
            <numerusform>All %Ln rows can be imported. Nothing has been written yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln row(s) would be refused, and then nothing would be imported. Save the list, fix the rows in the file and check again.</source>
        <translation>
            <numerusform>%1 of %Ln row would be refused, and then nothing would be imported. Save the list, fix the rows in the file and check again.</numerusform>
            <numerusform>%1 of %Ln rows would be refused, and then nothing would be imported. Save the list, fix the rows in the file and check again.</numerusform>
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
    <name>abonent::ErasureDialog</name>
    <message numerus="yes">
        <source>The personal data of contract %1 was erased. The phone system still keeps %n recording(s) of their calls; delete them there:</source>
        <translation>
            <numerusform>The personal data of contract %1 was erased. The phone system still keeps %n recording of their calls; delete it there:</numerusform>
            <numerusform>The personal data of contract %1 was erased. The phone system still keeps %n recordings of their calls; delete them there:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>abonent::GuiApplication</name>
    <message numerus="yes">
        <source>Incoming call from %1: %n customers have this number.</source>
        <translation>
            <numerusform>Incoming call from %1: %n customer has this number.</numerusform>
            <numerusform>Incoming call from %1: %n customers have this number.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recovered %n unsaved call note(s).</source>
        <translation>
            <numerusform>Recovered %n unsaved call note.</numerusform>
            <numerusform>Recovered %n unsaved call notes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>abonent::LettersView</name>
    <message numerus="yes">
        <source>%n letter(s) in the register.</source>
        <translation>
            <numerusform>%n letter in the register.</numerusform>
            <numerusform>%n letters in the register.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) went over their plan&apos;s support in %1. Issue the reminder to each, and save the PDF files in a folder you choose next?</source>
        <translation>
            <numerusform>%n customer went over their plan&apos;s support in %1. Issue the reminder to them, and save the PDF file in a folder you choose next?</numerusform>
            <numerusform>%n customers went over their plan&apos;s support in %1. Issue the reminder to each, and save the PDF files in a folder you choose next?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>abonent::MainWindow</name>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln customer</numerusform>
            <numerusform>%Ln customers</numerusform>
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
<context>
    <name>abonent::PlanTableModel</name>
    <message numerus="yes">
        <source>%n minute(s) included</source>
        <translation>
            <numerusform>%n minute included</numerusform>
            <numerusform>%n minutes included</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>abonent::PortfolioView</name>
    <message numerus="yes">
        <source>%1 – %2, %Ln customer(s): revenue %3, support cost %4</source>
        <translation>
            <numerusform>%1 – %2, %Ln customer: revenue %3, support cost %4</numerusform>
            <numerusform>%1 – %2, %Ln customers: revenue %3, support cost %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cost more to support than they paid.</source>
        <translation>
            <numerusform>%n customer cost more to support than they paid.</numerusform>
            <numerusform>%n customers cost more to support than they paid.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) refunded or compensated beyond their fees by more than %1 a month would squeeze the chart and are left out of it; press 0 on the chart to show them.</source>
        <translation>
            <numerusform>%n customer refunded or compensated beyond their fees by more than %1 a month would squeeze the chart and is left out of it; press 0 on the chart to show it.</numerusform>
            <numerusform>%n customers refunded or compensated beyond their fees by more than %1 a month would squeeze the chart and are left out of it; press 0 on the chart to show them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>abonent::ProblemClientsView</name>
    <message numerus="yes">
        <source>%Ln customer(s) to review</source>
        <translation>
            <numerusform>%Ln customer to review</numerusform>
            <numerusform>%Ln customers to review</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>abonent::WritePage</name>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) were refused.</source>
        <translation>
            <numerusform>Nothing was imported: %n row was refused.</numerusform>
            <numerusform>Nothing was imported: %n rows were refused.</numerusform>
        </translation>
    </message>
</context>
</TS>
