<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
<context>
    <name>AgiCommand</name>
    <message>
        <source>Asterisk did not set %1: %2</source>
        <translation>Asterisk не встановив %1: %2</translation>
    </message>
    <message>
        <source>Routing in the dialplan: answer Asterisk&apos;s AGI with who is calling and which queue suits them.</source>
        <translation>Маршрутизація в діалплані: відповісти на AGI Asterisk, хто телефонує і яка черга йому підходить.</translation>
    </message>
    <message>
        <source>The caller %1 is routed as normal: %2</source>
        <translation>Абонента %1 спрямовано як звичайного: %2</translation>
    </message>
</context>
<context>
    <name>Authorization</name>
    <message>
        <source>Say who is at this desk first: the change is recorded under a name.</source>
        <translation>Спершу зазначте, хто за цим робочим місцем: зміна записується під іменем.</translation>
    </message>
    <message>
        <source>Operator %1 does not exist.</source>
        <translation>Оператор %1 не існує.</translation>
    </message>
    <message>
        <source>This operator no longer works here.</source>
        <translation>Цей оператор тут більше не працює.</translation>
    </message>
    <message>
        <source>Operator %1 has no known role.</source>
        <translation>Оператор %1 має невідому роль.</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>The backup file to write; it must not exist yet.</source>
        <translation>Файл резервної копії; його ще не повинно бути.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>Copy a database while it is in use, consistent as of one moment, and check the copy.</source>
        <translation>Скопіювати базу, навіть поки з нею працюють, — цілісною на одну мить, — і перевірити копію.</translation>
    </message>
    <message>
        <source>Say where the backup goes: --to FILE.</source>
        <translation>Вкажіть, куди записати копію: --to ФАЙЛ.</translation>
    </message>
</context>
<context>
    <name>CallCommand</name>
    <message>
        <source>Show an incoming call in the running Abonent (started if none runs).</source>
        <translation>Показати вхідний дзвінок у запущеному «Абоненті» (запустити, якщо він не працює).</translation>
    </message>
    <message>
        <source>The caller&apos;s number as the PBX gives it.</source>
        <translation>Номер абонента, що телефонує, у тому вигляді, як його передає АТС.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>номер</translation>
    </message>
    <message>
        <source>The extension the call rings.</source>
        <translation>Внутрішній номер, на який іде дзвінок.</translation>
    </message>
    <message>
        <source>extension</source>
        <translation>внутрішній</translation>
    </message>
    <message>
        <source>Say who is calling with --from (an empty value means a withheld number).</source>
        <translation>Зазначте, хто телефонує, у --from (порожнє значення — прихований номер).</translation>
    </message>
    <message>
        <source>Abonent is not running and could not be started.</source>
        <translation>«Абонент» не запущено, і запустити його не вдалося.</translation>
    </message>
</context>
<context>
    <name>CallDraftStore</name>
    <message>
        <source>A call draft needs its desk and the time the call started.</source>
        <translation>Чернетці дзвінка потрібні робоче місце та час початку дзвінка.</translation>
    </message>
</context>
<context>
    <name>CallHandOff</name>
    <message>
        <source>Abonent is not running (%1).</source>
        <translation>«Абонент» не запущено (%1).</translation>
    </message>
    <message>
        <source>The call could not be handed over: %1</source>
        <translation>Не вдалося передати дзвінок: %1</translation>
    </message>
    <message>
        <source>Abonent did not confirm the call: %1</source>
        <translation>«Абонент» не підтвердив дзвінок: %1</translation>
    </message>
    <message>
        <source>Abonent did not accept the request.</source>
        <translation>«Абонент» не прийняв запит.</translation>
    </message>
</context>
<context>
    <name>CallRecordings</name>
    <message>
        <source>A recording needs its file name and the call it belongs to.</source>
        <translation>Запис повинен мати ім’я файлу та дзвінок, до якого він належить.</translation>
    </message>
    <message>
        <source>Recording %1 is not on record.</source>
        <translation>Запису %1 немає в базі.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Не вдається прочитати %1: %2</translation>
    </message>
    <message>
        <source>%1 could not be read to the end: %2</source>
        <translation>%1 не вдалося прочитати до кінця: %2</translation>
    </message>
    <message>
        <source>This desk does not know where the phone system&apos;s recordings are: set the folder under Settings → Phone System.</source>
        <translation>На цьому робочому місці не вказано, де лежать записи АТС: задайте теку в меню Налаштування → Телефонія.</translation>
    </message>
    <message>
        <source>The recording is not there: %1. It may have been moved, deleted by the phone system&apos;s clean-up, or the share is not mounted.</source>
        <translation>Запису немає на місці: %1. Можливо, його перенесли, його видалило очищення АТС або мережеву теку не підключено.</translation>
    </message>
    <message>
        <source>The recording has not been fingerprinted yet: it was still being written when Abonent last looked.</source>
        <translation>Відбиток запису ще не знято: коли Abonent перевіряв востаннє, файл ще записувався.</translation>
    </message>
    <message>
        <source>The file %1 has changed since the call: its SHA-256 was %2 and is now %3. It is not the recording that was kept, and is not played as if it were.</source>
        <translation>Файл %1 змінився після дзвінка: його SHA-256 був %2, а тепер %3. Це не той запис, що був збережений, і він не відтворюється замість нього.</translation>
    </message>
    <message>
        <source>%1 is not the name of a sound file in the recordings folder; Abonent does not open it.</source>
        <translation>%1 — не ім’я звукового файлу в теці записів; Abonent його не відкриває.</translation>
    </message>
</context>
<context>
    <name>CallRouting</name>
    <message>
        <source>Only a manager or the owner decides how callers are routed and who takes difficult ones.</source>
        <translation>Як спрямовувати абонентів і хто приймає складних, вирішує лише менеджер або власник.</translation>
    </message>
</context>
<context>
    <name>CallScreenReader</name>
    <message numerus="yes">
        <source>No plan in force; %n min of support used this month.</source>
        <translation>
            <numerusform>Чинного тарифу немає; цього місяця використано %n хв підтримки.</numerusform>
            <numerusform>Чинного тарифу немає; цього місяця використано %n хв підтримки.</numerusform>
            <numerusform>Чинного тарифу немає; цього місяця використано %n хв підтримки.</numerusform>
        </translation>
    </message>
    <message>
        <source>beyond that, support is paid at %1 a minute</source>
        <translation>понад це підтримка платна, %1 за хвилину</translation>
    </message>
    <message>
        <source>beyond that, support is offered as paid work</source>
        <translation>понад це підтримка пропонується як платна робота</translation>
    </message>
    <message numerus="yes">
        <source>Plan %1 includes no support; %n min used this month; %2.</source>
        <translation>
            <numerusform>Тариф %1 не включає підтримку; цього місяця використано %n хв; %2.</numerusform>
            <numerusform>Тариф %1 не включає підтримку; цього місяця використано %n хв; %2.</numerusform>
            <numerusform>Тариф %1 не включає підтримку; цього місяця використано %n хв; %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>support is paid at %1 a minute</source>
        <translation>підтримка платна, %1 за хвилину</translation>
    </message>
    <message>
        <source>support is offered as paid work</source>
        <translation>підтримка пропонується як платна робота</translation>
    </message>
    <message numerus="yes">
        <source>Plan %1 includes %2 min a month; %n min used; %3.</source>
        <translation>
            <numerusform>Тариф %1 включає %2 хв на місяць; використано %n хв; %3.</numerusform>
            <numerusform>Тариф %1 включає %2 хв на місяць; використано %n хв; %3.</numerusform>
            <numerusform>Тариф %1 включає %2 хв на місяць; використано %n хв; %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseFile</name>
    <message>
        <source>Case file: %1 (contract %2)</source>
        <translation>Справа абонента: %1 (договір %2)</translation>
    </message>
    <message>
        <source>Internal document, prepared %1. Period of contacts and figures: %2 to %3.</source>
        <translation>Внутрішній документ, підготовлено %1. Період звернень і показників: з %2 по %3.</translation>
    </message>
    <message>
        <source>Customer and contract</source>
        <translation>Абонент і договір</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Договір</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Телефони</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Абонент з</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>діє</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n хвилина</numerusform>
            <numerusform>%n хвилини</numerusform>
            <numerusform>%n хвилин</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>немає</translation>
    </message>
    <message>
        <source>Plan history</source>
        <translation>Історія тарифів</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Тариф</translation>
    </message>
    <message>
        <source>From</source>
        <translation>З</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Monthly fee</source>
        <translation>Абонентська плата</translation>
    </message>
    <message>
        <source>Support included</source>
        <translation>Включена підтримка</translation>
    </message>
    <message>
        <source>Escalation cases</source>
        <translation>Справи</translation>
    </message>
    <message>
        <source>No case has been opened.</source>
        <translation>Справ не відкривали.</translation>
    </message>
    <message>
        <source>Opened %1 by %2: %3</source>
        <translation>Відкрито %1, %2: %3</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>пропущено</translation>
    </message>
    <message>
        <source>offered: %1</source>
        <translation>запропоновано: %1</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Крок</translation>
    </message>
    <message>
        <source>Taken on</source>
        <translation>Дата кроку</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Записано</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Хто</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробиці</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Лист</translation>
    </message>
    <message>
        <source>Closed %1 (%2): %3</source>
        <translation>Закрито %1 (%2): %3</translation>
    </message>
    <message>
        <source>removed %1 by %2: %3</source>
        <translation>знято %1, %2: %3</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>до %1</translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>безстроково</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Позначки</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Позначка</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Поставлено</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Evidence (contacts)</source>
        <translation>Підстави (звернення)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Support use and economics by month</source>
        <translation>Підтримка та економіка за місяцями</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Місяць</translation>
    </message>
    <message>
        <source>Minutes used</source>
        <translation>Використано хвилин</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>Включено</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Звернення</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Виторг</translation>
    </message>
    <message>
        <source>Support cost</source>
        <translation>Витрати на підтримку</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Маржа</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n хв</numerusform>
            <numerusform>%n хв</numerusform>
            <numerusform>%n хв</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Contacts (%n)</source>
        <translation>
            <numerusform>Звернення (%n)</numerusform>
            <numerusform>Звернення (%n)</numerusform>
            <numerusform>Звернення (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Тривалість</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Підсумок</translation>
    </message>
    <message>
        <source>Conduct</source>
        <translation>Поведінка</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Зміст</translation>
    </message>
    <message>
        <source>void: %1</source>
        <translation>анульовано: %1</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Листи</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Оформив</translation>
    </message>
    <message>
        <source>%1 · page %2 of %3</source>
        <translation>%1 · сторінка %2 з %3</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>not fingerprinted yet: the file was not complete when last looked at</source>
        <translation>відбиток ще не знято: під час останньої перевірки файл був не готовий</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 байт</translation>
    </message>
    <message numerus="yes">
        <source>Call recordings among the evidence (%n)</source>
        <translation>
            <numerusform>Записи дзвінків серед доказів (%n)</numerusform>
            <numerusform>Записи дзвінків серед доказів (%n)</numerusform>
            <numerusform>Записи дзвінків серед доказів (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Дзвінок</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Тривалість</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Розмір</translation>
    </message>
    <message>
        <source>Fingerprinted</source>
        <translation>Відбиток знято</translation>
    </message>
    <message>
        <source>%1 (recorded)</source>
        <translation>%1 (є запис)</translation>
    </message>
    <message>
        <source>no conversation</source>
        <translation>розмови не було</translation>
    </message>
    <message>
        <source>clause %1, contract ends %2, %3</source>
        <translation>пункт %1, договір припиняється %2, %3</translation>
    </message>
</context>
<context>
    <name>CaseService</name>
    <message>
        <source>Only a manager or the owner can run escalation cases.</source>
        <translation>Вести справи про ескалацію може лише менеджер або власник.</translation>
    </message>
    <message>
        <source>Say why the case is opened; it stays on record.</source>
        <translation>Зазначте, чому відкривається справа; причину буде збережено.</translation>
    </message>
    <message>
        <source>%1 is no longer a customer (%2).</source>
        <translation>%1 більше не є абонентом (%2).</translation>
    </message>
    <message>
        <source>%1 already has an open case; continue that one.</source>
        <translation>Абонент %1 уже має відкриту справу; продовжуйте її.</translation>
    </message>
    <message>
        <source>Case %1 does not exist.</source>
        <translation>Справа %1 не існує.</translation>
    </message>
    <message>
        <source>This case is closed.</source>
        <translation>Цю справу закрито.</translation>
    </message>
    <message>
        <source>Steps are taken in order: the next step is &quot;%1&quot;; skip it with a reason to go further.</source>
        <translation>Кроки виконуються по черзі: наступний крок — «%1»; щоб іти далі, пропустіть його із зазначенням причини.</translation>
    </message>
    <message>
        <source>Every step of this case has been taken.</source>
        <translation>Усі кроки цієї справи виконано.</translation>
    </message>
    <message>
        <source>The step needs a date.</source>
        <translation>Для кроку потрібна дата.</translation>
    </message>
    <message>
        <source>A step cannot be dated before the previous one (%1).</source>
        <translation>Крок не може бути датований раніше за попередній (%1).</translation>
    </message>
    <message>
        <source>Name the contract clause the termination rests on; the letter cites it.</source>
        <translation>Зазначте пункт договору, на підставі якого його розривають; лист посилається на нього.</translation>
    </message>
    <message>
        <source>The notice runs until %1; the contract can be ended on that day or later.</source>
        <translation>Строк повідомлення спливає %1; договір можна розірвати цього дня або пізніше.</translation>
    </message>
    <message>
        <source>Say why the step is skipped; it stays on record.</source>
        <translation>Зазначте, чому крок пропускається; причину буде збережено.</translation>
    </message>
    <message>
        <source>Termination is the last step and cannot be skipped; close the case as resolved instead.</source>
        <translation>Розірвання — останній крок, його не можна пропустити; натомість закрийте справу як вирішену.</translation>
    </message>
    <message>
        <source>Say how the case was resolved; it stays on record.</source>
        <translation>Зазначте, як вирішено справу; це буде збережено.</translation>
    </message>
    <message>
        <source>Only a manager or the owner can end a customer&apos;s contract.</source>
        <translation>Розірвати договір з абонентом може лише менеджер або власник.</translation>
    </message>
    <message>
        <source>Say on which day the customer leaves.</source>
        <translation>Зазначте, якого дня абонент іде.</translation>
    </message>
    <message>
        <source>A step is recorded once it is taken; %1 is still ahead.</source>
        <translation>Крок записується, коли його вже зроблено; %1 ще не настало.</translation>
    </message>
    <message>
        <source>Record the departure on the day service ends (%1), not before: until then the customer is still served.</source>
        <translation>Запишіть відхід у день завершення обслуговування (%1), не раніше: доти абонента обслуговують.</translation>
    </message>
    <message>
        <source>Notice was given until %1: end the contract with the case&apos;s last step, which settles the refund.</source>
        <translation>Повідомлення діє до %1: розірвіть договір останнім кроком справи, він розрахує повернення.</translation>
    </message>
    <message>
        <source>refund %1</source>
        <translation>повернення %1</translation>
    </message>
    <message>
        <source>owes %1</source>
        <translation>борг %1</translation>
    </message>
    <message>
        <source>settled even</source>
        <translation>розрахунок без залишку</translation>
    </message>
</context>
<context>
    <name>CaseTimelineSource</name>
    <message>
        <source>Case opened</source>
        <translation>Відкрито справу</translation>
    </message>
    <message>
        <source>Case step skipped: %1</source>
        <translation>Крок справи пропущено: %1</translation>
    </message>
    <message>
        <source>Case step: %1</source>
        <translation>Крок справи: %1</translation>
    </message>
    <message>
        <source>paid support</source>
        <translation>платна підтримка</translation>
    </message>
    <message>
        <source>%1 accepted</source>
        <translation>%1 — прийнято</translation>
    </message>
    <message>
        <source>%1 offered</source>
        <translation>%1 — запропоновано</translation>
    </message>
    <message>
        <source>Case closed: contract ended</source>
        <translation>Справу закрито: договір розірвано</translation>
    </message>
    <message>
        <source>Case closed: resolved</source>
        <translation>Справу закрито: вирішено</translation>
    </message>
    <message>
        <source>Contract ends %1: %2</source>
        <translation>Договір завершується %1: %2</translation>
    </message>
    <message>
        <source>clause %1, ends %2, %3</source>
        <translation>пункт %1, до %2, %3</translation>
    </message>
</context>
<context>
    <name>ChangeTimelineSource</name>
    <message>
        <source>Customer record created</source>
        <translation>Створено запис абонента</translation>
    </message>
    <message>
        <source>Notes saved</source>
        <translation>Нотатки збережено</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Статус: %1</translation>
    </message>
    <message>
        <source>Details edited: %1</source>
        <translation>Змінено дані: %1</translation>
    </message>
    <message>
        <source>contract number</source>
        <translation>номер договору</translation>
    </message>
    <message>
        <source>person or company</source>
        <translation>приватна особа чи організація</translation>
    </message>
    <message>
        <source>name</source>
        <translation>ім’я</translation>
    </message>
    <message>
        <source>address</source>
        <translation>адреса</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>ел. пошта</translation>
    </message>
    <message>
        <source>customer since</source>
        <translation>дата підключення</translation>
    </message>
    <message>
        <source>phones</source>
        <translation>телефони</translation>
    </message>
    <message>
        <source>Call linked from the unlinked calls</source>
        <translation>Дзвінок прив’язано зі списку неприв’язаних</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Статус змінено</translation>
    </message>
    <message>
        <source>Personal data erased at the person&apos;s request</source>
        <translation>Персональні дані видалено на прохання людини</translation>
    </message>
    <message>
        <source>Details edited</source>
        <translation>Змінено дані</translation>
    </message>
</context>
<context>
    <name>ChartSupport</name>
    <message>
        <source>The picture could not be written to %1.</source>
        <translation>Не вдалося записати зображення до %1.</translation>
    </message>
    <message>
        <source>The drawing could not be written to %1.</source>
        <translation>Не вдалося записати малюнок до %1.</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation>Не вдалося записати PDF до %1.</translation>
    </message>
    <message>
        <source>Charts are saved as PNG, SVG or PDF; &quot;%1&quot; is none of them.</source>
        <translation>Графіки зберігаються у PNG, SVG або PDF; «%1» не з їх числа.</translation>
    </message>
    <message>
        <source>so far</source>
        <translation>іде</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Verify a database: schema version, integrity, rows per table.</source>
        <translation>Перевірити базу даних: версія схеми, цілісність, кількість рядків у кожній таблиці.</translation>
    </message>
    <message>
        <source>Also print a SHA-256 digest of the whole content (same data, same digest).</source>
        <translation>Також вивести хеш SHA-256 усього вмісту (однакові дані — однаковий хеш).</translation>
    </message>
    <message>
        <source>%1 has schema version %2; this program upgrades it to %3 when it opens it.</source>
        <translation>Файл %1 має версію схеми %2; під час відкриття програма оновить його до версії %3.</translation>
    </message>
    <message>
        <source>Check failed: %1</source>
        <translation>Перевірка не вдалася: %1</translation>
    </message>
    <message>
        <source>Digest failed: %1</source>
        <translation>Не вдалося обчислити хеш: %1</translation>
    </message>
    <message>
        <source>The database is damaged: %1</source>
        <translation>Базу даних пошкоджено: %1</translation>
    </message>
    <message>
        <source>Also recount the monthly roll-ups (contacts, minutes, cost, payments) from the raw rows and compare.</source>
        <translation>Також перерахувати помісячні підсумки (звернення, хвилини, витрати, платежі) за вихідними записами й порівняти.</translation>
    </message>
    <message>
        <source>Rebuild the monthly roll-ups from the raw rows first (the only change check makes).</source>
        <translation>Спершу перебудувати помісячні підсумки за вихідними записами (єдина зміна, яку робить перевірка).</translation>
    </message>
    <message>
        <source>The roll-ups could not be rebuilt: %1</source>
        <translation>Не вдалося перебудувати помісячні підсумки: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) of the roll-ups differ from the raw rows; rebuild them with --rebuild-rollups.</source>
        <translation>
            <numerusform>%n помісячний підсумок розходиться з вихідними записами; перебудуйте підсумки з --rebuild-rollups.</numerusform>
            <numerusform>%n помісячні підсумки розходяться з вихідними записами; перебудуйте підсумки з --rebuild-rollups.</numerusform>
            <numerusform>%n помісячних підсумків розходяться з вихідними записами; перебудуйте підсумки з --rebuild-rollups.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Unknown command &quot;%1&quot;. Run &quot;abonent --help&quot; for the list.</source>
        <translation>Невідома команда «%1». Щоб побачити список команд, виконайте «abonent --help».</translation>
    </message>
    <message>
        <source>Commands (&quot;abonent COMMAND --help&quot; for their options):</source>
        <translation>Команди (їхні параметри — «abonent COMMAND --help»):</translation>
    </message>
    <message>
        <source>Abonent — customers, contact history and support economics for small service providers.</source>
        <translation>Абонент — облік абонентів, історія звернень та економіка підтримки для невеликих провайдерів.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>шлях</translation>
    </message>
    <message>
        <source>Fill the database with demo data if it is empty.</source>
        <translation>Заповнити базу даних демонстраційними даними, якщо вона порожня.</translation>
    </message>
    <message>
        <source>Open on an incoming call from this number (as &quot;abonent call&quot; does).</source>
        <translation>Відкритися на вхідному дзвінку з цього номера (як робить «abonent call»).</translation>
    </message>
    <message>
        <source>number</source>
        <translation>номер</translation>
    </message>
    <message>
        <source>The extension of that call.</source>
        <translation>Внутрішній номер цього дзвінка.</translation>
    </message>
    <message>
        <source>extension</source>
        <translation>внутрішній</translation>
    </message>
    <message>
        <source>A database file to open, as with --db.</source>
        <translation>Файл бази даних, який слід відкрити, як з --db.</translation>
    </message>
    <message>
        <source>Database to open: a file, or a server&apos;s as postgresql://user@host/database (default: %1).</source>
        <translation>База даних, яку відкрити: файл або база на сервері у вигляді postgresql://користувач@сервер/база (типово: %1).</translation>
    </message>
</context>
<context>
    <name>CommandSignIn</name>
    <message>
        <source>Login of %1 (required; the audit log names them).</source>
        <translation>Логін: %1 (обовʼязково; журнал змін записує його).</translation>
    </message>
    <message>
        <source>login</source>
        <translation>логін</translation>
    </message>
    <message>
        <source>Where people sign in: a file whose first line is the passphrase of --as (else it is asked for on the terminal).</source>
        <translation>Де працівники входять за паролем: файл, перший рядок якого — пароль для --as (інакше його запитують у терміналі).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>Say who does this: --as LOGIN.</source>
        <translation>Вкажіть, хто це робить: --as ЛОГІН.</translation>
    </message>
    <message>
        <source>The passphrase file %1 cannot be read: %2</source>
        <translation>Файл із паролем %1 не читається: %2</translation>
    </message>
    <message>
        <source>Passphrase for %1: </source>
        <translation>Пароль для %1: </translation>
    </message>
    <message>
        <source>People sign in on this database: give the passphrase of %1 with --passphrase-file, or run this on a terminal to type it.</source>
        <translation>У цій базі працівники входять за паролем: передайте пароль %1 через --passphrase-file або запустіть команду в терміналі, щоб ввести його.</translation>
    </message>
    <message>
        <source>This connection is signed in as someone else, not as %1: on a server each person acts with their own login.</source>
        <translation>Це підключення виконано від імені іншої людини, не %1: на сервері кожен працює під своїм логіном.</translation>
    </message>
</context>
<context>
    <name>CommandSupport</name>
    <message>
        <source>path</source>
        <translation>шлях</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Неочікуваний аргумент: %1</translation>
    </message>
    <message>
        <source>%1 has schema version %2; this program reads version %3. Upgrade it first: open it once in Abonent, or run a command that writes to it, such as &quot;abonent check --rebuild-rollups&quot; (a backup is made before the upgrade).</source>
        <translation>Файл %1 має версію схеми %2, а ця програма читає версію %3. Спершу оновіть його: відкрийте один раз в Абоненті або виконайте команду, яка в нього пише, наприклад «abonent check --rebuild-rollups» (перед оновленням робиться резервна копія).</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Нічого не записано.</translation>
    </message>
    <message>
        <source>Run &quot;%1 --help&quot; for the options.</source>
        <translation>Щоб побачити параметри, виконайте «%1 --help».</translation>
    </message>
    <message>
        <source>%1 is damaged: %2.</source>
        <translation>%1 пошкоджено: %2.</translation>
    </message>
    <message>
        <source>This is a PostgreSQL server, not a file: back it up with pg_dump and put a backup back with pg_restore (or psql), the server&apos;s own tools. Nothing was done.</source>
        <translation>Це сервер PostgreSQL, а не файл: резервну копію робить pg_dump, а повертає її pg_restore (або psql) — власні засоби сервера. Нічого не зроблено.</translation>
    </message>
    <message>
        <source>There is no operator with the login &quot;%1&quot;.</source>
        <translation>Немає співробітника з логіном «%1».</translation>
    </message>
    <message>
        <source>No customer has the contract number or id &quot;%1&quot;.</source>
        <translation>Немає абонента з номером договору або id «%1».</translation>
    </message>
    <message>
        <source>Database: a file, or a server&apos;s as postgresql://user@host/database (default: %1).</source>
        <translation>База даних: файл або база на сервері у вигляді postgresql://користувач@сервер/база (типово: %1).</translation>
    </message>
</context>
<context>
    <name>ContactRepository</name>
    <message>
        <source>A contact needs the time it started.</source>
        <translation>Для звернення потрібно вказати час початку.</translation>
    </message>
    <message>
        <source>A contact cannot last less than no time.</source>
        <translation>Тривалість звернення не може бути від’ємною.</translation>
    </message>
    <message>
        <source>Only a call can end before anything was said.</source>
        <translation>Закінчитися, не почавшись, може лише дзвінок.</translation>
    </message>
    <message>
        <source>Give the contact a topic, or say what happened instead (hung up, wrong number, silent line).</source>
        <translation>Вкажіть тему звернення або що сталося замість розмови (поклали слухавку, помилилися номером, тиша в слухавці).</translation>
    </message>
    <message>
        <source>A contact&apos;s date</source>
        <translation>Дата звернення</translation>
    </message>
</context>
<context>
    <name>CostRatesService</name>
    <message>
        <source>Only a manager or the owner can change the rates.</source>
        <translation>Змінювати ставки може лише менеджер або власник.</translation>
    </message>
    <message>
        <source>A rate cannot be below zero.</source>
        <translation>Ставка не може бути меншою за нуль.</translation>
    </message>
    <message>
        <source>The rates were saved, but the support cost of past months could not all be recomputed with them (%1). &quot;abonent check --rebuild-rollups&quot; recounts them.</source>
        <translation>Ставки збережено, але витрати на підтримку за минулі місяці не вдалося повністю перерахувати за ними (%1). Перерахувати їх можна командою «abonent check --rebuild-rollups».</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <source>Line</source>
        <translation>Рядок</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Стовпець</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значення</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>Не вдалося прочитати %1: %2</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>Файл %1 порожній.</translation>
    </message>
    <message>
        <source>%1 has no lines.</source>
        <translation>У файлі %1 немає рядків.</translation>
    </message>
    <message>
        <source>The mapping reads %1 from a column headed &quot;%2&quot;, which this file does not have.</source>
        <translation>За зіставленням поле «%1» береться зі стовпця «%2», а в цьому файлі такого стовпця немає.</translation>
    </message>
    <message>
        <source>The file is not text in %1: choose the encoding it was saved in.</source>
        <translation>Файл не читається як текст у кодуванні %1: виберіть кодування, в якому його збережено.</translation>
    </message>
    <message>
        <source>Say which column holds the %1: the file has no column headed so.</source>
        <translation>Вкажіть, у якому стовпці %1: стовпця з таким заголовком у файлі немає.</translation>
    </message>
    <message numerus="yes">
        <source>The row has %n column(s); the headings have %1.</source>
        <translation>
            <numerusform>У рядку %n стовпець, а в заголовку %1.</numerusform>
            <numerusform>У рядку %n стовпці, а в заголовку %1.</numerusform>
            <numerusform>У рядку %n стовпців, а в заголовку %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The value in column %1 is longer than %2 characters.</source>
        <translation>Значення у стовпці %1 довше за %2 символів.</translation>
    </message>
    <message>
        <source>A quotation mark opened in this row is never closed.</source>
        <translation>Лапки, відкриті в цьому рядку, ніде не закриті.</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Рядок %1</translation>
    </message>
    <message>
        <source>Some of the file is not text in %1: choose the encoding it was saved in.</source>
        <translation>Частина файлу не читається як текст у кодуванні %1: виберіть кодування, в якому його збережено.</translation>
    </message>
    <message>
        <source>The first line of %1 has more than %2 columns; no import reads so many. Is it the right file, and the right separator?</source>
        <translation>У першому рядку %1 понад %2 стовпців; стільки не читає жоден імпорт. Чи той це файл і чи той роздільник?</translation>
    </message>
    <message>
        <source>The row has more than %1 columns.</source>
        <translation>У рядку понад %1 стовпців.</translation>
    </message>
</context>
<context>
    <name>CustomerRepository</name>
    <message>
        <source>The contract number is required.</source>
        <translation>Потрібно вказати номер договору.</translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation>Потрібно вказати ім’я або назву.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not look like an e-mail address (name@example.com).</source>
        <translation>«%1» не схоже на адресу електронної пошти (name@example.com).</translation>
    </message>
    <message>
        <source>At least one phone number is required.</source>
        <translation>Потрібно вказати принаймні один номер телефону.</translation>
    </message>
    <message>
        <source>The phone &quot;%1&quot; has not been recognised.</source>
        <translation>Не вдалося розпізнати телефон «%1».</translation>
    </message>
    <message>
        <source>The date the customer joined is required.</source>
        <translation>Потрібно вказати дату підключення абонента.</translation>
    </message>
    <message>
        <source>The contract number %1 is already used by another customer.</source>
        <translation>Номер договору %1 уже використовує інший абонент.</translation>
    </message>
    <message>
        <source>The phone %1 is listed twice.</source>
        <translation>Телефон %1 вказано двічі.</translation>
    </message>
    <message>
        <source>Customer %1 no longer exists.</source>
        <translation>Абонента %1 більше не існує.</translation>
    </message>
    <message>
        <source>No customer matches %1.</source>
        <translation>Абонента, що відповідає %1, не знайдено.</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Дата підключення</translation>
    </message>
    <message>
        <source>%1 was changed at another desk while you were editing; nothing of yours was saved yet.</source>
        <translation>%1 змінили на іншому робочому місці, поки ви редагували; ваші зміни ще не збережено.</translation>
    </message>
    <message>
        <source>The notes on %1 were saved at another desk while you were writing; yours are not saved yet.</source>
        <translation>Нотатки про %1 зберегли на іншому робочому місці, поки ви писали; ваші ще не збережено.</translation>
    </message>
</context>
<context>
    <name>CustomerService</name>
    <message>
        <source>Say why the customer is archived; the reason stays on record.</source>
        <translation>Вкажіть, чому абонента переносять до архіву; причину буде збережено.</translation>
    </message>
    <message>
        <source>%1 is already archived.</source>
        <translation>%1 вже в архіві.</translation>
    </message>
    <message>
        <source>%1 has an open escalation case; close it or end the contract first.</source>
        <translation>Абонент %1 має відкриту справу про ескалацію; спершу закрийте її або розірвіть договір.</translation>
    </message>
    <message>
        <source>%1 already has the number %2.</source>
        <translation>Абонент %1 уже має номер %2.</translation>
    </message>
</context>
<context>
    <name>DataExport</name>
    <message>
        <source>%1 could not be given its name %2.</source>
        <translation>Не вдалося дати файлу %1 ім’я %2.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Не вдалося записати %1: %2</translation>
    </message>
    <message>
        <source>The database could not be read as of one moment</source>
        <translation>Не вдалося прочитати базу даних станом на одну мить</translation>
    </message>
    <message>
        <source>The export was stopped; nothing was kept.</source>
        <translation>Вивантаження зупинено; нічого не збережено.</translation>
    </message>
    <message>
        <source>%1 is there already; an export never replaces a file. Choose an empty folder.</source>
        <translation>%1 вже існує; вивантаження ніколи не замінює файли. Виберіть порожню теку.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>No database file was given.</source>
        <translation>Не вказано файл бази даних.</translation>
    </message>
    <message>
        <source>The Qt SQLite driver (QSQLITE) is not installed; install libqt6sql6-sqlite.</source>
        <translation>Драйвер SQLite для Qt (QSQLITE) не встановлено; встановіть пакет libqt6sql6-sqlite.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 не є файлом.</translation>
    </message>
    <message>
        <source>%1 is not an SQLite database, so it cannot be an Abonent database. It was left untouched.</source>
        <translation>%1 не є базою даних SQLite, тому не може бути базою даних програми «Абонент». Файл не змінено.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Не вдається відкрити %1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read as an SQLite database (%2). It may be damaged; it was left untouched.</source>
        <translation>Не вдається прочитати %1 як базу даних SQLite (%2). Можливо, файл пошкоджено; його не змінено.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not an Abonent database. It was left untouched.</source>
        <translation>%1 — база даних SQLite іншої програми, а не програми «Абонент». Файл не змінено.</translation>
    </message>
    <message>
        <source>%1 has schema version %2, but this Abonent understands versions up to %3. Install a newer Abonent to open it; the file was left untouched.</source>
        <translation>Файл %1 має версію схеми %2, а ця версія програми «Абонент» підтримує схеми до версії %3. Щоб відкрити файл, встановіть новішу версію програми; файл не змінено.</translation>
    </message>
    <message>
        <source>SQLite refused to enforce foreign keys on this connection.</source>
        <translation>SQLite відмовився ввімкнути перевірку зовнішніх ключів для цього з’єднання.</translation>
    </message>
    <message>
        <source>Could not back up %1 to %2 before upgrading it (%3); nothing was changed.</source>
        <translation>Не вдалося створити резервну копію %1 у %2 перед оновленням (%3); нічого не змінено.</translation>
    </message>
    <message>
        <source>%1 is in use by another program that has locked it; try again in a moment. It was left untouched.</source>
        <translation>Файл %1 заблоковано іншою програмою; спробуйте ще раз трохи згодом. Файл не змінено.</translation>
    </message>
    <message>
        <source>The schema version of %1 cannot be read (%2). It was left untouched.</source>
        <translation>Не вдається прочитати версію схеми файлу %1 (%2). Файл не змінено.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) would refer to rows that do not exist.</source>
        <translation>
            <numerusform>%n рядок посилався б на рядки, яких не існує.</numerusform>
            <numerusform>%n рядки посилалися б на рядки, яких не існує.</numerusform>
            <numerusform>%n рядків посилалися б на рядки, яких не існує.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 held a change that a program left unfinished when it stopped; it was rolled back, so the database is as its last completed save left it.</source>
        <translation>У файлі %1 лишилася зміна, яку програма не завершила, коли зупинилася; її скасовано, і база даних така, якою її залишило останнє завершене збереження.</translation>
    </message>
    <message>
        <source>Upgraded the database; the previous version is kept as %1.</source>
        <translation>Базу даних оновлено; попередню версію збережено як %1.</translation>
    </message>
    <message>
        <source>%1 is open for reading only: %2. Nothing can be recorded in it.</source>
        <translation>%1 відкрито лише для читання: %2. Записати до нього нічого не можна.</translation>
    </message>
    <message>
        <source>The database %1 does not exist; nothing was created.</source>
        <translation>Бази даних %1 немає; нічого не створено.</translation>
    </message>
    <message>
        <source>%1 is empty: it holds no Abonent data. It was left untouched.</source>
        <translation>Файл %1 порожній: у ньому немає даних програми «Абонент». Файл не змінено.</translation>
    </message>
    <message>
        <source>%1 holds no Abonent data. It was left untouched.</source>
        <translation>У файлі %1 немає даних програми «Абонент». Файл не змінено.</translation>
    </message>
    <message>
        <source>%1 has schema version %2 and needs an upgrade to version %3 before this Abonent can use it, but %4. Copy it to a folder you may write to, or ask whoever looks after this computer. It was left untouched.</source>
        <translation>Файл %1 має версію схеми %2, і, щоб ця версія програми «Абонент» могла з ним працювати, його треба оновити до версії %3, але %4. Скопіюйте його до теки, де у вас є право запису, або зверніться до того, хто обслуговує цей комп’ютер. Файл не змінено.</translation>
    </message>
    <message>
        <source>Cannot create the database %1: %2.</source>
        <translation>Не вдається створити базу даних %1: %2.</translation>
    </message>
    <message>
        <source>it was opened for reading only</source>
        <translation>її відкрито лише для читання</translation>
    </message>
    <message>
        <source>%1 holds a change that a program left unfinished when it stopped. Abonent rolls it back when it opens the file, but %2. It was left untouched.</source>
        <translation>У файлі %1 лишилася зміна, яку програма не завершила, коли зупинилася. «Абонент» скасовує такі зміни, відкриваючи файл, але %2. Файл не змінено.</translation>
    </message>
    <message>
        <source>%1 cannot be read here: its write-ahead log needs an index beside it, but %2. It was left untouched.</source>
        <translation>Файл %1 не можна прочитати тут: його журналу попереднього запису потрібен індекс поруч із файлом, але %2. Файл не змінено.</translation>
    </message>
    <message>
        <source>%1 cannot use write-ahead logging (journal mode stayed &quot;%2&quot;); is the folder on a network share?</source>
        <translation>Для %1 не можна ввімкнути журнал попереднього запису (режим журналу лишився «%2»); чи не розташована тека на мережевому диску?</translation>
    </message>
    <message>
        <source>schema version %1 (%2)</source>
        <translation>версії схеми %1 (%2)</translation>
    </message>
    <message>
        <source>the current schema</source>
        <translation>поточної схеми</translation>
    </message>
    <message>
        <source>Upgrading %1 to %2 failed: %3. Its schema version cannot be read back (%4); the copy from before the upgrade is %5.</source>
        <translation>Не вдалося оновити %1 до %2: %3. Прочитати версію схеми файлу після цього не вдається (%4); копія, зроблена перед оновленням: %5.</translation>
    </message>
    <message>
        <source>Setting up the new database %1 failed at %2: %3. It was rolled back; no Abonent data was written.</source>
        <translation>Не вдалося підготувати нову базу даних %1 на етапі %2: %3. Усе скасовано; дані програми «Абонент» не записано.</translation>
    </message>
    <message>
        <source>Upgrading %1 to %2 failed: %3. The whole upgrade was rolled back: the file is still at schema version %4, as it was. The copy taken before the upgrade is %5.</source>
        <translation>Не вдалося оновити %1 до %2: %3. Оновлення скасовано повністю: файл, як і раніше, має версію схеми %4. Копія, зроблена перед оновленням: %5.</translation>
    </message>
    <message>
        <source>Upgrading %1 to %2 failed: %3. The file is now at schema version %4 (it was at %5); the copy taken before the upgrade is %6.</source>
        <translation>Не вдалося оновити %1 до %2: %3. Тепер файл має версію схеми %4 (була %5); копія, зроблена перед оновленням: %6.</translation>
    </message>
    <message>
        <source>%1 is open for reading only: %2. Nothing can be recorded in it, and what others change in it meanwhile shows only when it is opened again.</source>
        <translation>%1 відкрито лише для читання: %2. Записати до нього нічого не можна, а те, що інші змінять у ньому тим часом, буде видно, лише коли його буде відкрито знову.</translation>
    </message>
    <message>
        <source>You may not read %1; ask whoever looks after this computer. It was left untouched.</source>
        <translation>У вас немає права читати %1; зверніться до того, хто обслуговує цей комп’ютер. Файл не змінено.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Не вдається створити %1: %2</translation>
    </message>
    <message>
        <source>%1 needs an upgrade, but another program is writing to it; try again in a moment. It was left untouched.</source>
        <translation>Файл %1 треба оновити, але до нього зараз пише інша програма; спробуйте ще раз трохи згодом. Файл не змінено.</translation>
    </message>
    <message>
        <source>%1 cannot be read here (%2): the disk it is on may be full (%3 free) or failing. It was left untouched.</source>
        <translation>Файл %1 не вдається прочитати тут (%2): диск, на якому він лежить, можливо, заповнений (вільно %3) або несправний. Файл залишено без змін.</translation>
    </message>
    <message>
        <source>Cannot create %1: the file exists.</source>
        <translation>Не вдається створити %1: такий файл уже є.</translation>
    </message>
    <message>
        <source>Cannot copy to %1: %2</source>
        <translation>Не вдається скопіювати до %1: %2</translation>
    </message>
    <message>
        <source>Upgraded the database; the previous version is kept on the server in the schema %1.</source>
        <translation>Базу даних оновлено; попередню версію збережено на сервері в схемі %1.</translation>
    </message>
    <message>
        <source>%1 is on a network file system (%2). The embedded database cannot lock a file there reliably, and desks sharing it would damage it. Keep the file on this computer&apos;s own disk, or have the office share one PostgreSQL server. The file was left untouched.</source>
        <translation>%1 розташовано в мережевій файловій системі (%2). Вбудована база даних не може там надійно блокувати файл, і робочі місця, що відкривають його разом, пошкодять його. Зберігайте файл на власному диску цього комп’ютера або підключіть офіс до одного сервера PostgreSQL. Файл не змінено.</translation>
    </message>
    <message>
        <source>%1 is on a PostgreSQL server, which Abonent does not copy into a file; the server&apos;s own tools back it up (pg_dump).</source>
        <translation>%1 розташовано на сервері PostgreSQL; Abonent не копіює його у файл — резервні копії роблять засоби самого сервера (pg_dump).</translation>
    </message>
    <message>
        <source>The Qt PostgreSQL driver (QPSQL) is not installed; install libqt6sql6-psql.</source>
        <translation>Драйвер PostgreSQL для Qt (QPSQL) не встановлено; встановіть libqt6sql6-psql.</translation>
    </message>
    <message>
        <source>%1 holds no Abonent data. Nothing was changed.</source>
        <translation>У %1 немає даних Abonent. Нічого не змінено.</translation>
    </message>
    <message>
        <source>Cannot connect to the PostgreSQL server for %1: %2. Nothing was changed.</source>
        <translation>Не вдається під’єднатися до сервера PostgreSQL для %1: %2. Нічого не змінено.</translation>
    </message>
    <message>
        <source>Setting the time zone %1 on the server</source>
        <translation>Встановлення часового поясу %1 на сервері</translation>
    </message>
    <message>
        <source>Reading what %1 holds</source>
        <translation>Читання вмісту %1</translation>
    </message>
    <message>
        <source>%1 holds the tables of another program, not an Abonent database. Nothing was changed.</source>
        <translation>У %1 таблиці іншої програми, а не база даних Abonent. Нічого не змінено.</translation>
    </message>
    <message>
        <source>%1 has schema version %2, but this Abonent understands versions up to %3. Install a newer Abonent to open it; nothing was changed.</source>
        <translation>%1 має версію схеми %2, а цей Abonent знає версії до %3. Встановіть новіший Abonent, щоб її відкрити; нічого не змінено.</translation>
    </message>
    <message>
        <source>Could not copy %1 before upgrading it (%2); nothing was changed.</source>
        <translation>Не вдалося скопіювати %1 перед оновленням (%2); нічого не змінено.</translation>
    </message>
    <message>
        <source>%1 stores text as %2, but Abonent keeps names in every alphabet and needs a UTF8 database: create it with createdb --encoding=UTF8 --template=template0. Nothing was changed.</source>
        <translation>%1 зберігає текст у кодуванні %2, а Abonent зберігає імена будь-якими абетками, і йому потрібна база даних в UTF8: створіть її командою createdb --encoding=UTF8 --template=template0. Нічого не змінено.</translation>
    </message>
    <message>
        <source>%1 has schema version %2 and needs an upgrade to version %3 before this Abonent can use it, but %4. Ask whoever looks after the server to open it once with the login that owns it. Nothing was changed.</source>
        <translation>%1 має версію схеми %2, і перш ніж цей Abonent зможе з нею працювати, її треба оновити до версії %3, але %4. Попросіть того, хто обслуговує сервер, один раз відкрити її під логіном власника. Нічого не змінено.</translation>
    </message>
    <message>
        <source>Reading what this login may do in %1</source>
        <translation>Читання прав цього логіна в %1</translation>
    </message>
    <message>
        <source>the login %1 may only read it</source>
        <translation>логіну %1 дозволено лише читання</translation>
    </message>
    <message>
        <source>Setting how long to wait for another desk</source>
        <translation>Встановлення часу очікування іншого робочого місця</translation>
    </message>
</context>
<context>
    <name>DatabaseCheck</name>
    <message>
        <source>Integrity check could not run</source>
        <translation>Не вдалося виконати перевірку цілісності</translation>
    </message>
    <message>
        <source>An erasure permit for customer %1 was left behind; nothing but an erasure in progress may hold one.</source>
        <translation>Залишився дозвіл на стирання для абонента %1; його може тримати лише стирання, що триває.</translation>
    </message>
</context>
<context>
    <name>DatabaseChooser</name>
    <message>
        <source>Cannot Open Database</source>
        <translation>Не вдається відкрити базу даних</translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation>Не вдалося відкрити базу даних.</translation>
    </message>
    <message>
        <source>Open Another…</source>
        <translation>Відкрити іншу…</translation>
    </message>
    <message>
        <source>Create New…</source>
        <translation>Створити нову…</translation>
    </message>
    <message>
        <source>Keep Current</source>
        <translation>Залишити поточну</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Вийти</translation>
    </message>
    <message>
        <source>Abonent databases (*.sqlite *.db);;All files (*)</source>
        <translation>Бази даних програми «Абонент» (*.sqlite *.db);;Усі файли (*)</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Нова база даних</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Відкрити базу даних</translation>
    </message>
    <message>
        <source>The database does not exist.</source>
        <translation>Такої бази даних немає.</translation>
    </message>
    <message>
        <source>Create It</source>
        <translation>Створити її</translation>
    </message>
    <message>
        <source>The database is empty.</source>
        <translation>База даних порожня.</translation>
    </message>
    <message>
        <source>Set It Up</source>
        <translation>Підготувати її</translation>
    </message>
</context>
<context>
    <name>DatabaseCopies</name>
    <message>
        <source>%1 exists; a backup never replaces a file. Choose another name.</source>
        <translation>%1 вже існує; резервна копія ніколи не замінює файл. Виберіть інше ім’я.</translation>
    </message>
    <message>
        <source>No backup was written: %1</source>
        <translation>Резервну копію не записано: %1</translation>
    </message>
    <message>
        <source>The copy %1 was written but does not read back whole (%2); do not rely on it.</source>
        <translation>Копію %1 записано, але під час перевірки вона прочитана не повністю (%2); не покладайтеся на неї.</translation>
    </message>
    <message>
        <source>%1 is the database itself; name a backup of it.</source>
        <translation>%1 — це сама база даних; вкажіть її резервну копію.</translation>
    </message>
    <message>
        <source>This build of Abonent cannot put a backup back while the database may be open elsewhere.</source>
        <translation>Ця збірка Abonent не може повернути резервну копію, поки база може бути відкрита деінде.</translation>
    </message>
    <message>
        <source>Nothing was restored, and nothing was changed: %1</source>
        <translation>Нічого не відновлено і нічого не змінено: %1</translation>
    </message>
    <message>
        <source>The database could not be kept before restoring (%1); nothing was changed.</source>
        <translation>Не вдалося зберегти базу даних перед відновленням (%1); нічого не змінено.</translation>
    </message>
    <message>
        <source>The backup could not be put back (%1). The database is as it was; a copy of it is in %2.</source>
        <translation>Не вдалося повернути резервну копію (%1). База даних залишилася такою, як була; її копія — у %2.</translation>
    </message>
    <message>
        <source>The backup could not be put back (%1); nothing was changed.</source>
        <translation>Не вдалося повернути резервну копію (%1); нічого не змінено.</translation>
    </message>
    <message>
        <source>The backup was put back, but the database does not open (%1); what it replaced is in %2.</source>
        <translation>Резервну копію повернуто, але база даних не відкривається (%1); те, що вона замінила, — у %2.</translation>
    </message>
    <message>
        <source>The folder for backups %1 could not be made.</source>
        <translation>Не вдалося створити теку для резервних копій %1.</translation>
    </message>
</context>
<context>
    <name>DatabaseFile</name>
    <message>
        <source>you may not write the file %1</source>
        <translation>у вас немає права запису до файлу %1</translation>
    </message>
    <message>
        <source>you may not create files in its folder %1</source>
        <translation>у вас немає права створювати файли в його теці %1</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>Не вдається відкрити %1</translation>
    </message>
</context>
<context>
    <name>DatabaseLocation</name>
    <message>
        <source>%1 is not a PostgreSQL address Abonent can use: %2. It is written postgresql://user@host:port/database.</source>
        <translation>%1 — не та адреса PostgreSQL, з якою може працювати Abonent: %2. Адреса записується так: postgresql://користувач@сервер:порт/база.</translation>
    </message>
    <message>
        <source>several servers are not supported</source>
        <translation>кілька серверів не підтримуються</translation>
    </message>
    <message>
        <source>the port is not a number from 1 to 65535</source>
        <translation>порт — не число від 1 до 65535</translation>
    </message>
    <message>
        <source>it cannot be read as an address</source>
        <translation>це неможливо прочитати як адресу</translation>
    </message>
    <message>
        <source>the database name contains &apos;/&apos;</source>
        <translation>у назві бази даних є «/»</translation>
    </message>
    <message>
        <source>the parameter %1 cannot be passed on</source>
        <translation>параметр %1 не можна передати</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Write a demo customer base (deterministic for a seed and date).</source>
        <translation>Записати демонстраційну базу абонентів (результат однозначно визначається початковим значенням і датою).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>число</translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation>Початкове значення генератора випадкових чисел (типово 1).</translation>
    </message>
    <message>
        <source>s</source>
        <translation>число</translation>
    </message>
    <message>
        <source>Language of names and texts: %1 (default %2).</source>
        <translation>Мова імен і текстів: %1 (типово %2).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>код</translation>
    </message>
    <message>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <source>Replace the content of a database that is not empty.</source>
        <translation>Замінити вміст непорожньої бази даних.</translation>
    </message>
    <message>
        <source>--seed needs a whole number, not &quot;%1&quot;.</source>
        <translation>Для --seed потрібне ціле число, а не «%1».</translation>
    </message>
    <message>
        <source>--as-of needs a date written YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>Для --as-of потрібна дата у форматі YYYY-MM-DD, а не «%1».</translation>
    </message>
    <message>
        <source>Demo data written to %1 in %2 s.</source>
        <translation>Демонстраційні дані записано до %1 за %2 с.</translation>
    </message>
    <message>
        <source>%1% of the customers written</source>
        <translation>Записано %1% абонентів</translation>
    </message>
    <message>
        <source>--lang must be one of %1, not &quot;%2&quot;.</source>
        <translation>--lang має бути одним із: %1, а не «%2».</translation>
    </message>
    <message>
        <source>Number of customers, 0 to %1 (default 2000).</source>
        <translation>Кількість абонентів, від 0 до %1 (типово 2000).</translation>
    </message>
    <message>
        <source>Number of contacts in all, up to %1 (default 50 per customer). One customer alone is the costly caller, who has only their own (about 1.3 a day).</source>
        <translation>Загальна кількість звернень, до %1 (типово 50 на абонента). Якщо абонент один, це «дорогий» абонент, і звернення в нього лише власні (близько 1,3 на день).</translation>
    </message>
    <message>
        <source>--customers needs a whole number from 0 to %1, not &quot;%2&quot;.</source>
        <translation>Для --customers потрібне ціле число від 0 до %1, а не «%2».</translation>
    </message>
    <message>
        <source>--contacts needs a whole number from 0 to %1, not &quot;%2&quot;.</source>
        <translation>Для --contacts потрібне ціле число від 0 до %1, а не «%2».</translation>
    </message>
    <message>
        <source>%1 did not exist before; it was removed again.</source>
        <translation>Файлу %1 раніше не було; його знову видалено.</translation>
    </message>
    <message>
        <source>The demo data could not be written to %1: %2. None of it was kept.</source>
        <translation>Не вдалося записати демонстраційні дані до %1: %2. Нічого з них не збережено.</translation>
    </message>
    <message>
        <source>The demo&apos;s today, YYYY-MM-DD, from %1 to %2 (default today): its history ends the day before.</source>
        <translation>«Сьогодні» демонстраційної бази, YYYY-MM-DD, від %1 до %2 (типово сьогодні): її історія закінчується напередодні.</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The database already holds customers, plans or operators; demo data is only written into an empty database (use --force to replace its content).</source>
        <translation>У базі даних уже є абоненти, тарифи або оператори; демонстраційні дані записуються лише до порожньої бази даних (щоб замінити її вміст, використайте --force).</translation>
    </message>
    <message>
        <source>The demo operator list needs agents, managers and someone who takes difficult callers.</source>
        <translation>У демонстраційному списку співробітників мають бути оператори, менеджери та хтось, хто працює з проблемними абонентами.</translation>
    </message>
    <message>
        <source>The demo phone formats for &quot;%1&quot; do not yield valid numbers.</source>
        <translation>Демонстраційні формати телефонів для «%1» не дають коректних номерів.</translation>
    </message>
    <message>
        <source>Demo generation was cancelled.</source>
        <translation>Створення демонстраційних даних скасовано.</translation>
    </message>
    <message>
        <source>People have worked in this database (its audit log has entries), so demo data will not replace it, not even with --force. Use a new file.</source>
        <translation>У цій базі вже працювали люди (у журналі змін є записи), тому демонстраційні дані її не замінять, навіть із --force. Використайте новий файл.</translation>
    </message>
    <message>
        <source>The number of customers must be between 0 and %1.</source>
        <translation>Кількість абонентів має бути від 0 до %1.</translation>
    </message>
    <message>
        <source>The demo&apos;s &quot;as of&quot; date must be between %1 and %2.</source>
        <translation>Дата, станом на яку створюються демонстраційні дані, має бути від %1 до %2.</translation>
    </message>
    <message>
        <source>Without customers nobody has contacts: ask for customers too, or for no contacts.</source>
        <translation>Без абонентів звертатися нікому: задайте також абонентів або не задавайте звернень.</translation>
    </message>
    <message>
        <source>One customer alone is the demo&apos;s costly caller, who has %1 contacts in the history up to %2 (about 1.3 a day). Ask for at most that many, or for more customers.</source>
        <translation>Єдиний абонент демонстраційної бази — «дорогий» абонент; кількість його звернень в історії до %2 — %1 (близько 1,3 на день). Задайте не більше звернень або більше абонентів.</translation>
    </message>
    <message>
        <source>At most %1 contacts can be generated.</source>
        <translation>Можна створити не більше ніж %1 звернень.</translation>
    </message>
</context>
<context>
    <name>DemoWordLists</name>
    <message>
        <source>The demo word list %1 is missing.</source>
        <translation>Не знайдено демонстраційний список слів %1.</translation>
    </message>
    <message>
        <source>%1, line %2: expected %3 fields separated by &apos;|&apos;, found %4.</source>
        <translation>%1, рядок %2: очікувана кількість полів, розділених символом «|»: %3; знайдено: %4.</translation>
    </message>
    <message>
        <source>%1 has %2 entries; at least %3 are needed.</source>
        <translation>Кількість записів у %1: %2; потрібно щонайменше %3.</translation>
    </message>
    <message>
        <source>There are no demo word lists for the language &quot;%1&quot;; choose one of %2.</source>
        <translation>Для мови «%1» немає демонстраційних списків слів; виберіть одну з мов: %2.</translation>
    </message>
    <message>
        <source>formats.txt for &quot;%1&quot; lacks the key %2.</source>
        <translation>У formats.txt для «%1» немає ключа %2.</translation>
    </message>
</context>
<context>
    <name>DeskContext</name>
    <message>
        <source>Every change is recorded under the name of whoever made it: choose who is at this desk first (Settings → Who Is at This Desk).</source>
        <translation>Кожну зміну записують під іменем того, хто її зробив: спершу вкажіть, хто за цим робочим місцем (Налаштування → Хто за цим робочим місцем).</translation>
    </message>
    <message>
        <source>The database is open for reading only: %1.</source>
        <translation>Базу даних відкрито лише для читання: %1.</translation>
    </message>
</context>
<context>
    <name>DomainTypes</name>
    <message>
        <source>Active</source>
        <translation>Активний</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Призупинений</translation>
    </message>
    <message>
        <source>Notice given</source>
        <translation>Повідомлений про розірвання</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Договір розірвано</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>В архіві</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Приватна особа</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Організація</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Власник</translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation>Вхідний дзвінок</translation>
    </message>
    <message>
        <source>Outgoing call</source>
        <translation>Вихідний дзвінок</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Заявка</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Чат</translation>
    </message>
    <message>
        <source>Site visit</source>
        <translation>Виїзд до абонента</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Лист</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Без порушень</translation>
    </message>
    <message>
        <source>Raised voice</source>
        <translation>Підвищений тон</translation>
    </message>
    <message>
        <source>Profanity</source>
        <translation>Нецензурна лайка</translation>
    </message>
    <message>
        <source>Insults</source>
        <translation>Образи</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>Погрози</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Вирішено</translation>
    </message>
    <message>
        <source>Follow-up needed</source>
        <translation>Потрібен повторний контакт</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Передано вище</translation>
    </message>
    <message>
        <source>Unresolved</source>
        <translation>Не вирішено</translation>
    </message>
    <message>
        <source>Monthly fee</source>
        <translation>Абонентська плата</translation>
    </message>
    <message>
        <source>Paid support</source>
        <translation>Платна підтримка</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Повернення коштів</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>Компенсація</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Інформація</translation>
    </message>
    <message>
        <source>Caution</source>
        <translation>Увага</translation>
    </message>
    <message>
        <source>Serious</source>
        <translation>Серйозно</translation>
    </message>
    <message>
        <source>Reminder of the support limits</source>
        <translation>Нагадування про обмеження підтримки</translation>
    </message>
    <message>
        <source>Offer of another plan or paid support</source>
        <translation>Пропозиція іншого тарифу або платної підтримки</translation>
    </message>
    <message>
        <source>Notice of termination</source>
        <translation>Повідомлення про розірвання</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>Переїзд</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Ціна</translation>
    </message>
    <message>
        <source>Quality of service</source>
        <translation>Якість послуг</translation>
    </message>
    <message>
        <source>Went to a competitor</source>
        <translation>Перейшов до конкурента</translation>
    </message>
    <message>
        <source>No longer needs the service</source>
        <translation>Послуга більше не потрібна</translation>
    </message>
    <message>
        <source>Contract terminated by us</source>
        <translation>Договір розірвано нами</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Інше</translation>
    </message>
    <message>
        <source>Confirmation of termination</source>
        <translation>Підтвердження розірвання</translation>
    </message>
    <message>
        <source>Service report</source>
        <translation>Звіт про послуги</translation>
    </message>
    <message>
        <source>Hung up before speaking</source>
        <translation>Поклали слухавку, не заговоривши</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Помилилися номером</translation>
    </message>
    <message>
        <source>Silent line</source>
        <translation>Тиша в слухавці</translation>
    </message>
    <message>
        <source>End of the contract</source>
        <translation>Розірвання договору</translation>
    </message>
</context>
<context>
    <name>EconomicsService</name>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Період закінчується раніше, ніж починається.</translation>
    </message>
    <message>
        <source>Reading the figures was cancelled.</source>
        <translation>Читання показників перервано.</translation>
    </message>
</context>
<context>
    <name>EnteredDates</name>
    <message>
        <source>%1 needs a date.</source>
        <translation>%1: потрібна дата.</translation>
    </message>
    <message>
        <source>%1 cannot be %2: dates before %3 are taken for a typing mistake.</source>
        <translation>%1 — %2? Дати, раніші за %3, вважаються помилкою введення.</translation>
    </message>
    <message>
        <source>%1 cannot be %2, which is still ahead.</source>
        <translation>%1 — %2? Ця дата ще не настала.</translation>
    </message>
    <message>
        <source>%1 cannot be %2: more than a year ahead is taken for a typing mistake.</source>
        <translation>%1 — %2? Дата більш ніж на рік уперед вважається помилкою введення.</translation>
    </message>
</context>
<context>
    <name>EraseCommand</name>
    <message>
        <source>Erase a customer&apos;s personal data on their request, keeping the anonymised payments, contacts and letter register.</source>
        <translation>Стерти персональні дані абонента на його прохання, зберігши знеособлені платежі, звернення і реєстр листів.</translation>
    </message>
    <message>
        <source>The customer&apos;s contract number.</source>
        <translation>Номер договору абонента.</translation>
    </message>
    <message>
        <source>contract</source>
        <translation>договір</translation>
    </message>
    <message>
        <source>Erase without asking for the contract number again (for scripts).</source>
        <translation>Стерти, не питаючи номер договору ще раз (для сценаріїв).</translation>
    </message>
    <message>
        <source>Say whose data: --customer CONTRACT.</source>
        <translation>Вкажіть, чиї дані: --customer ДОГОВІР.</translation>
    </message>
    <message>
        <source>Say who erases: --as LOGIN (a manager or the owner).</source>
        <translation>Вкажіть, хто стирає: --as ЛОГІН (менеджер або власник).</translation>
    </message>
    <message>
        <source>No customer has the contract number %1; nothing was erased.</source>
        <translation>Немає абонента з номером договору %1; нічого не стерто.</translation>
    </message>
    <message>
        <source>The personal data of %1 (contract %2) cannot be erased now:</source>
        <translation>Персональні дані %1 (договір %2) зараз стерти не можна:</translation>
    </message>
    <message>
        <source>Erasing the personal data of %1 (contract %2) removes:</source>
        <translation>Стирання персональних даних %1 (договір %2) видаляє:</translation>
    </message>
    <message>
        <source>It keeps:</source>
        <translation>Зберігається:</translation>
    </message>
    <message>
        <source>Nothing was erased: confirm with --yes.</source>
        <translation>Нічого не стерто: підтвердіть з --yes.</translation>
    </message>
    <message>
        <source>It cannot be undone. Type the contract number to erase: </source>
        <translation>Це не можна скасувати. Введіть номер договору, щоб стерти: </translation>
    </message>
    <message>
        <source>Nothing was erased.</source>
        <translation>Нічого не стерто.</translation>
    </message>
    <message numerus="yes">
        <source>The phone system still keeps %n recording(s) of their calls (listed above); delete them there.</source>
        <translation>
            <numerusform>На телефонній станції лишається %n запис його розмов (див. вище); видаліть його там.</numerusform>
            <numerusform>На телефонній станції лишаються %n записи його розмов (див. вище); видаліть їх там.</numerusform>
            <numerusform>На телефонній станції лишаються %n записів його розмов (див. вище); видаліть їх там.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backups, exports and letters saved before now still hold the data until they are replaced.</source>
        <translation>Резервні копії, вивантаження і збережені раніше листи містять ці дані, доки їх не замінять.</translation>
    </message>
    <message>
        <source>the manager or owner erasing</source>
        <translation>менеджера або власника, який видаляє дані</translation>
    </message>
</context>
<context>
    <name>ErasedCustomers</name>
    <message>
        <source>Erased customer #%1</source>
        <translation>Стертий абонент №%1</translation>
    </message>
    <message>
        <source>This customer&apos;s personal data was erased on %1; nothing new is recorded about them.</source>
        <translation>Персональні дані цього абонента стерто %1; про нього більше нічого не записується.</translation>
    </message>
</context>
<context>
    <name>Erasure</name>
    <message>
        <source>Only a manager or the owner can erase a person&apos;s data.</source>
        <translation>Стерти дані людини може лише менеджер або власник.</translation>
    </message>
    <message>
        <source>The personal data of %1 was erased on %2 already.</source>
        <translation>Персональні дані %1 уже стерто %2.</translation>
    </message>
    <message>
        <source>The contract is still in force (%1): the office needs the name and address while it serves the customer. Record that they left, or archive them, first.</source>
        <translation>Договір ще діє (%1): доки абонента обслуговують, офісу потрібні ім’я та адреса. Спершу позначте відхід абонента або переведіть його в архів.</translation>
    </message>
    <message>
        <source>An escalation case is open (since %1); it needs the person&apos;s data until it is closed.</source>
        <translation>Відкрито справу (з %1); до її закриття потрібні дані людини.</translation>
    </message>
    <message numerus="yes">
        <source>Letter %1 was issued on %2, and letters are kept %n year(s) (Settings → Privacy): the data can be erased from %3.</source>
        <translation>
            <numerusform>Лист %1 видано %2, а листи зберігаються %n рік (Налаштування → Конфіденційність): дані можна стерти з %3.</numerusform>
            <numerusform>Лист %1 видано %2, а листи зберігаються %n роки (Налаштування → Конфіденційність): дані можна стерти з %3.</numerusform>
            <numerusform>Лист %1 видано %2, а листи зберігаються %n років (Налаштування → Конфіденційність): дані можна стерти з %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>The search index %1 could not be merged: %2</source>
        <translation>Не вдалося злити пошуковий індекс %1: %2</translation>
    </message>
    <message>
        <source>Another desk had the database open, so earlier copies of the erased rows stay in its write-ahead log until SQLite writes over them.</source>
        <translation>Базу було відкрито на іншому робочому місці, тож попередні копії стертих рядків лишаються в журналі попереднього запису, доки SQLite їх не перезапише.</translation>
    </message>
    <message>
        <source>Nothing was erased: %1</source>
        <translation>Нічого не стерто: %1</translation>
    </message>
    <message>
        <source>the name (the record is called &quot;Erased customer&quot; and its number from now on), address, e-mail, notes and phone numbers;</source>
        <translation>ім’я (тепер запис називається «Стертий абонент» з його номером), адресу, e-mail, нотатки й телефони;</translation>
    </message>
    <message>
        <source>what operators wrote: the topics and summaries of contacts, notes of payments, reasons of tags and cases, notes of case steps and of the customer leaving;</source>
        <translation>те, що писали співробітники: теми й підсумки звернень, примітки до платежів, причини позначок і справ, нотатки до кроків справ і до відходу абонента;</translation>
    </message>
    <message>
        <source>the text and PDF of every letter to them;</source>
        <translation>текст і PDF кожного листа йому;</translation>
    </message>
    <message>
        <source>the caller ID, topic and summary of calls linked to them, and the file names of their call recordings;</source>
        <translation>номер абонента, що дзвонив, тему й підсумок прив’язаних до нього дзвінків та імена файлів записів його розмов;</translation>
    </message>
    <message>
        <source>what the audit log quoted of them (its values before and after, and its reasons);</source>
        <translation>те, що журнал аудиту наводив про нього (значення до і після та причини);</translation>
    </message>
    <message>
        <source>call notes still being written about them.</source>
        <translation>ще не завершені нотатки до дзвінків про нього.</translation>
    </message>
    <message>
        <source>the contract number, kind, status and dates of the record;</source>
        <translation>номер договору, тип, статус і дати запису;</translation>
    </message>
    <message>
        <source>payments (day, kind, amount), plan history, opening balance and monthly figures: the economics and totals stay as they are;</source>
        <translation>платежі (день, вид, сума), історію тарифів, початковий баланс і помісячні цифри: економіка й підсумки не змінюються;</translation>
    </message>
    <message>
        <source>each contact&apos;s channel, time, duration, operator, outcome and conduct;</source>
        <translation>у кожного звернення — канал, час, тривалість, співробітника, підсумок і поведінку;</translation>
    </message>
    <message>
        <source>tags, cases and their steps without their text: what was done, when and by whom;</source>
        <translation>позначки, справи та їхні кроки без тексту: що зроблено, коли і ким;</translation>
    </message>
    <message>
        <source>each letter&apos;s number, dates and the SHA-256 of its PDF: the register runs on without a gap;</source>
        <translation>номер і дати кожного листа та SHA-256 його PDF: реєстр іде без пропусків;</translation>
    </message>
    <message>
        <source>the audit log&apos;s entries (when, who, what), and one more that records this erasure.</source>
        <translation>записи журналу аудиту (коли, хто, що) і ще один — про це стирання.</translation>
    </message>
    <message>
        <source>audit log entries</source>
        <translation>записи журналу аудиту</translation>
    </message>
    <message>
        <source>letters</source>
        <translation>листи</translation>
    </message>
    <message>
        <source>case steps</source>
        <translation>кроки справ</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>справи</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>позначки</translation>
    </message>
    <message>
        <source>records of leaving</source>
        <translation>записи про відхід</translation>
    </message>
    <message>
        <source>calls linked later</source>
        <translation>дзвінки, прив’язані пізніше</translation>
    </message>
    <message>
        <source>call recordings</source>
        <translation>записи розмов</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>звернення</translation>
    </message>
    <message>
        <source>payments</source>
        <translation>платежі</translation>
    </message>
    <message>
        <source>phone numbers</source>
        <translation>телефони</translation>
    </message>
    <message>
        <source>call notes being written</source>
        <translation>незавершені нотатки до дзвінків</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Write every customer, phone, plan, payment, contact, tag, case and letter of the register to CSV files and one JSON file, as of one moment.</source>
        <translation>Записати всіх абонентів, телефони, тарифи, платежі, звернення, позначки, справи й листи реєстру у файли CSV та один файл JSON — станом на одну мить.</translation>
    </message>
    <message>
        <source>The folder to write into; it must be new or empty.</source>
        <translation>Тека для запису; вона має бути новою або порожньою.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>тека</translation>
    </message>
    <message>
        <source>Say where the files go: --out FOLDER.</source>
        <translation>Вкажіть, куди записати файли: --out ТЕКА.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder; nothing was exported.</source>
        <translation>%1 — файл, а не тека; нічого не вивантажено.</translation>
    </message>
    <message>
        <source>%1 holds files already; an export never replaces or mixes with them. Choose a new or empty folder.</source>
        <translation>У %1 уже є файли; вивантаження ніколи не замінює їх і не змішується з ними. Виберіть нову або порожню теку.</translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation>Нічого не вивантажено: %1</translation>
    </message>
</context>
<context>
    <name>ExportFile</name>
    <message>
        <source>Nothing was saved, and a file already there is as it was. Choose another place, or cancel.</source>
        <translation>Нічого не збережено; файл, який там уже був, не змінився. Виберіть інше місце або скасуйте.</translation>
    </message>
</context>
<context>
    <name>FileOutput</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Не вдалося записати %1: %2</translation>
    </message>
    <message>
        <source>Files cannot be written in %1: %2</source>
        <translation>У теку %1 не можна записувати файли: %2</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>What the file holds: customers, phones, plans, plan-periods, payments or contacts.</source>
        <translation>Що у файлі: customers, phones, plans, plan-periods, payments або contacts.</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>вид</translation>
    </message>
    <message>
        <source>A mapping saved before: which column is which field, the encoding, separator, date order and decimal mark.</source>
        <translation>Збережене зіставлення: який стовпець яке поле, кодування, роздільник, порядок у датах і десятковий знак.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>Write the mapping used (guessed or given) to this file.</source>
        <translation>Записати використане зіставлення (вгадане або задане) у цей файл.</translation>
    </message>
    <message>
        <source>Check every row and say what would be refused; write nothing.</source>
        <translation>Перевірити кожен рядок і сказати, що було б відхилено; нічого не записувати.</translation>
    </message>
    <message>
        <source>Write the refused rows to this CSV file instead of standard error.</source>
        <translation>Записати відхилені рядки в цей файл CSV, а не в стандартний потік помилок.</translation>
    </message>
    <message>
        <source>The file&apos;s encoding: utf-8, utf-16le, utf-16be, windows-1251 or windows-1252 (default: detected).</source>
        <translation>Кодування файлу: utf-8, utf-16le, utf-16be, windows-1251 або windows-1252 (типово визначається).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>ім’я</translation>
    </message>
    <message>
        <source>The field separator: &quot;,&quot;, &quot;;&quot; or &quot;tab&quot; (default: detected).</source>
        <translation>Роздільник полів: «,», «;» або «tab» (типово визначається).</translation>
    </message>
    <message>
        <source>char</source>
        <translation>символ</translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot;: say customers, phones, plans, plan-periods, payments or contacts.</source>
        <translation>Невідомий вид «%1»: вкажіть customers, phones, plans, plan-periods, payments або contacts.</translation>
    </message>
    <message>
        <source>The mapping is for %1, not %2.</source>
        <translation>Зіставлення для %1, а не для %2.</translation>
    </message>
    <message>
        <source>Say what the file holds: --kind customers (or phones, plans, plan-periods, payments, contacts).</source>
        <translation>Вкажіть, що у файлі: --kind customers (або phones, plans, plan-periods, payments, contacts).</translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot;.</source>
        <translation>Невідоме кодування «%1».</translation>
    </message>
    <message>
        <source>The separator is one character or &quot;tab&quot;.</source>
        <translation>Роздільник — один символ або «tab».</translation>
    </message>
    <message>
        <source>Bring customers, phones, plans, plan history, payments or contacts in from a CSV file, whole or not at all.</source>
        <translation>Завантажити абонентів, телефони, тарифи, історію тарифів, платежі або звернення з файлу CSV — повністю або ніяк.</translation>
    </message>
    <message>
        <source>The CSV file to import.</source>
        <translation>Файл CSV для завантаження.</translation>
    </message>
    <message>
        <source>Name the CSV file to import.</source>
        <translation>Вкажіть файл CSV для завантаження.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Нічого не завантажено: %1</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>рядок %1</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>файл</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) would be refused.</source>
        <translation>
            <numerusform>Було б відхилено %n рядок.</numerusform>
            <numerusform>Було б відхилено %n рядки.</numerusform>
            <numerusform>Було б відхилено %n рядків.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused; nothing was imported.</source>
        <translation>
            <numerusform>Відхилено %n рядок; нічого не завантажено.</numerusform>
            <numerusform>Відхилено %n рядки; нічого не завантажено.</numerusform>
            <numerusform>Відхилено %n рядків; нічого не завантажено.</numerusform>
        </translation>
    </message>
    <message>
        <source>the person importing</source>
        <translation>того, хто імпортує</translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <source>The mapping does not say what it imports (&quot;kind&quot;: customers, phones, plans, plan-periods, payments or contacts).</source>
        <translation>У зіставленні не сказано, що завантажується («kind»: customers, phones, plans, plan-periods, payments або contacts).</translation>
    </message>
    <message>
        <source>The mapping names an encoding Abonent does not read: &quot;%1&quot;.</source>
        <translation>У зіставленні вказано кодування, яке Abonent не читає: «%1».</translation>
    </message>
    <message>
        <source>The mapping&apos;s separator must be one character or &quot;tab&quot;, not &quot;%1&quot;.</source>
        <translation>Роздільник у зіставленні — один символ або «tab», а не «%1».</translation>
    </message>
    <message>
        <source>The mapping&apos;s date order must be dmy, mdy or ymd.</source>
        <translation>Порядок у датах у зіставленні — dmy, mdy або ymd.</translation>
    </message>
    <message>
        <source>The mapping&apos;s decimal mark must be &quot;,&quot; or &quot;.&quot;.</source>
        <translation>Десятковий знак у зіставленні — «,» або «.».</translation>
    </message>
    <message>
        <source>The mapping&apos;s currency must be a three-letter code such as EUR.</source>
        <translation>Валюта в зіставленні — трилітерний код, наприклад EUR.</translation>
    </message>
    <message>
        <source>The mapping&apos;s balance date must be written as 2026-12-01.</source>
        <translation>Дату балансу в зіставленні пишіть так: 2026-12-01.</translation>
    </message>
    <message>
        <source>The mapping names a field %1 does not have: &quot;%2&quot;.</source>
        <translation>У зіставленні вказано поле, якого немає в %1: «%2».</translation>
    </message>
    <message>
        <source>The mapping %1 could not be read: %2</source>
        <translation>Не вдалося прочитати зіставлення %1: %2</translation>
    </message>
    <message>
        <source>The mapping %1 is too long to be a mapping.</source>
        <translation>Файл %1 задовгий для зіставлення.</translation>
    </message>
    <message>
        <source>The mapping %1 is not a JSON object: %2</source>
        <translation>Зіставлення %1 — не об’єкт JSON: %2</translation>
    </message>
</context>
<context>
    <name>ImportRows</name>
    <message>
        <source>No customer has the contract number %1; import the customers first.</source>
        <translation>Жоден абонент не має договору %1; спершу завантажте абонентів.</translation>
    </message>
    <message>
        <source>There is no plan called &quot;%1&quot;; import the plans first or create it under Settings → Plans.</source>
        <translation>Тарифу «%1» немає; спершу завантажте тарифи або створіть його в «Налаштування → Тарифи».</translation>
    </message>
    <message>
        <source>This is not a date written as 12/31/2025 or 2025-12-31.</source>
        <translation>Це не дата у вигляді 12/31/2025 або 2025-12-31.</translation>
    </message>
    <message>
        <source>This is not a date written as 31.12.2025 or 2025-12-31.</source>
        <translation>Це не дата у вигляді 31.12.2025 або 2025-12-31.</translation>
    </message>
    <message>
        <source>This is not a phone number: %1</source>
        <translation>Це не номер телефону: %1</translation>
    </message>
    <message>
        <source>The contract number is empty.</source>
        <translation>Номер договору порожній.</translation>
    </message>
    <message>
        <source>Line %1 has this contract number already.</source>
        <translation>Цей номер договору вже є в рядку %1.</translation>
    </message>
    <message>
        <source>A new customer needs a name.</source>
        <translation>Новому абонентові потрібне ім’я.</translation>
    </message>
    <message>
        <source>Write &quot;person&quot; or &quot;company&quot;.</source>
        <translation>Напишіть «фізособа» або «компанія».</translation>
    </message>
    <message>
        <source>A new customer needs a phone number.</source>
        <translation>Новому абонентові потрібен номер телефону.</translation>
    </message>
    <message>
        <source>Write active, suspended, notice given, terminated or archived.</source>
        <translation>Напишіть: active, suspended, notice given, terminated або archived (або як у списку абонентів).</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Абонент з</translation>
    </message>
    <message>
        <source>This is not an amount in %1 (write 1234.50, or -1234.50 for money owed).</source>
        <translation>Це не сума в %1 (пишіть 1234,50, а борг — -1234,50).</translation>
    </message>
    <message>
        <source>The phone number is empty.</source>
        <translation>Номер телефону порожній.</translation>
    </message>
    <message>
        <source>The plan has no name.</source>
        <translation>Тариф не має назви.</translation>
    </message>
    <message>
        <source>Line %1 has this plan already.</source>
        <translation>Цей тариф уже є в рядку %1.</translation>
    </message>
    <message>
        <source>The monthly fee must be an amount in %1, such as 25.00.</source>
        <translation>Абонентська плата має бути сумою в %1, наприклад 25,00.</translation>
    </message>
    <message>
        <source>Write the support minutes as a whole number.</source>
        <translation>Вкажіть хвилини підтримки цілим числом.</translation>
    </message>
    <message>
        <source>This is not an amount in %1.</source>
        <translation>Це не сума в %1.</translation>
    </message>
    <message>
        <source>Write yes or no.</source>
        <translation>Напишіть «так» або «ні».</translation>
    </message>
    <message>
        <source>The plan costs %1 in Abonent; a fee is changed in Abonent, from a date, so that what was charged before stays as it was.</source>
        <translation>В Abonent тариф коштує %1; плата змінюється в самому Abonent з певної дати, щоб нараховане раніше лишилося як було.</translation>
    </message>
    <message>
        <source>This period overlaps the one from %1 on line %2.</source>
        <translation>Цей період перетинається з періодом з %1 у рядку %2.</translation>
    </message>
    <message>
        <source>The plan is empty.</source>
        <translation>Тариф не вказано.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>З</translation>
    </message>
    <message>
        <source>The period must end after it starts.</source>
        <translation>Період має закінчуватися пізніше, ніж починається.</translation>
    </message>
    <message>
        <source>Line %1 has this id already.</source>
        <translation>Цей ідентифікатор уже є в рядку %1.</translation>
    </message>
    <message>
        <source>Line %1 has the same payment (contract, date, kind and amount); give the payments an id column to import both.</source>
        <translation>У рядку %1 такий самий платіж (договір, дата, вид і сума); додайте платежам стовпець з ідентифікатором, щоб завантажити обидва.</translation>
    </message>
    <message>
        <source>The date is empty.</source>
        <translation>Дату не вказано.</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Дата оплати</translation>
    </message>
    <message>
        <source>The amount is empty.</source>
        <translation>Суму не вказано.</translation>
    </message>
    <message>
        <source>This is not an amount in %1 other than zero.</source>
        <translation>Це не ненульова сума в %1.</translation>
    </message>
    <message>
        <source>Write fee, paid support, refund or compensation.</source>
        <translation>Напишіть: абонплата, платна підтримка, повернення або компенсація.</translation>
    </message>
    <message>
        <source>A negative amount is money paid back; this row says it is a %1.</source>
        <translation>Від’ємна сума — це повернення грошей, а в цьому рядку вказано «%1».</translation>
    </message>
    <message>
        <source>Line %1 has the same contact (contract, time and channel); give the contacts an id column to import both.</source>
        <translation>У рядку %1 таке саме звернення (договір, час і канал); додайте зверненням стовпець з ідентифікатором, щоб завантажити обидва.</translation>
    </message>
    <message>
        <source>This is not a time written as 14:05 or 14:05:30.</source>
        <translation>Це не час у вигляді 14:05 або 14:05:30.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Write call, outgoing call, e-mail, ticket, chat, visit or letter.</source>
        <translation>Напишіть: дзвінок, вихідний, e-mail, заявка, чат, візит або лист.</translation>
    </message>
    <message>
        <source>Write the duration as minutes:seconds (4:30) or in seconds (270).</source>
        <translation>Вкажіть тривалість як хвилини:секунди (4:30) або в секундах (270).</translation>
    </message>
    <message>
        <source>Handled by %1 (before Abonent).</source>
        <translation>Вів (вела) %1 (до Abonent).</translation>
    </message>
    <message>
        <source>Write resolved, follow-up, escalated or unresolved.</source>
        <translation>Напишіть: вирішено, передзвонити, передано або не вирішено.</translation>
    </message>
    <message>
        <source>Write normal, raised voice, profanity, insults or threats.</source>
        <translation>Напишіть: нормально, підвищений тон, лайка, образи або погрози.</translation>
    </message>
    <message>
        <source>This period overlaps the one from %1 already recorded.</source>
        <translation>Цей період перетинається з уже записаним періодом з %1.</translation>
    </message>
    <message>
        <source>Balance as of</source>
        <translation>Дата балансу</translation>
    </message>
    <message>
        <source>The personal data of the customer with contract number %1 was erased; no import fills it in again. Leave this row out.</source>
        <translation>Персональні дані абонента з номером договору %1 стерто; імпорт їх не відновлює. Приберіть цей рядок.</translation>
    </message>
</context>
<context>
    <name>ImportSpec</name>
    <message>
        <source>Customers</source>
        <translation>Абоненти</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Номери телефонів</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Тарифи</translation>
    </message>
    <message>
        <source>Plan history</source>
        <translation>Історія тарифів</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Платежі</translation>
    </message>
    <message>
        <source>Contact history</source>
        <translation>Історія звернень</translation>
    </message>
    <message>
        <source>Contract number</source>
        <translation>Номер договору</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <source>Person or company</source>
        <translation>Фізособа чи компанія</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Second phone</source>
        <translation>Другий телефон</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Абонент з</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Тариф</translation>
    </message>
    <message>
        <source>Balance (prepaid + / owed −)</source>
        <translation>Баланс (аванс + / борг −)</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Позначка</translation>
    </message>
    <message>
        <source>Plan name</source>
        <translation>Назва тарифу</translation>
    </message>
    <message>
        <source>Monthly fee</source>
        <translation>Абонентська плата</translation>
    </message>
    <message>
        <source>Support minutes included</source>
        <translation>Включено хвилин підтримки</translation>
    </message>
    <message>
        <source>Price of an extra support minute</source>
        <translation>Ціна додаткової хвилини підтримки</translation>
    </message>
    <message>
        <source>Without support</source>
        <translation>Без підтримки</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Пропонується</translation>
    </message>
    <message>
        <source>From</source>
        <translation>З</translation>
    </message>
    <message>
        <source>Until (not included)</source>
        <translation>По (не включно)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сума</translation>
    </message>
    <message>
        <source>Kind (fee, support, refund, compensation)</source>
        <translation>Вид (абонплата, підтримка, повернення, компенсація)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
    <message>
        <source>Payment id in the old system</source>
        <translation>Номер платежу в попередній системі</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Дата і час</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Час</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Тривалість</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Суть</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Підсумок</translation>
    </message>
    <message>
        <source>Caller&apos;s conduct</source>
        <translation>Поведінка абонента</translation>
    </message>
    <message>
        <source>Contact id in the old system</source>
        <translation>Номер звернення в попередній системі</translation>
    </message>
    <message>
        <source>Balance as of</source>
        <translation>Дата балансу</translation>
    </message>
</context>
<context>
    <name>IndicatorService</name>
    <message>
        <source>Every threshold must be at least 1.</source>
        <translation>Кожен поріг має бути не менше 1.</translation>
    </message>
    <message>
        <source>%1 — consider tag &quot;%2&quot;</source>
        <translation>%1 — можливо, варто поставити позначку «%2»</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) in 30 days</source>
        <translation>
            <numerusform>%n інцидент за 30 днів</numerusform>
            <numerusform>%n інциденти за 30 днів</numerusform>
            <numerusform>%n інцидентів за 30 днів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) in 90 days</source>
        <translation>
            <numerusform>%n інцидент за 90 днів</numerusform>
            <numerusform>%n інциденти за 90 днів</numerusform>
            <numerusform>%n інцидентів за 90 днів</numerusform>
        </translation>
    </message>
    <message>
        <source>One incident in 90 days (%1, %2) — a one-off, not a pattern</source>
        <translation>Один інцидент за 90 днів (%1, %2) — поодинокий випадок, а не система</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) on %1</source>
        <translation>
            <numerusform>%n звернення %1</numerusform>
            <numerusform>%n звернення %1</numerusform>
            <numerusform>%n звернень %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) in 30 days</source>
        <translation>
            <numerusform>%n звернення за 30 днів</numerusform>
            <numerusform>%n звернення за 30 днів</numerusform>
            <numerusform>%n звернень за 30 днів</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min of support a month over the last 3 months, %2 min included</source>
        <translation>%1 хв підтримки на місяць за останні 3 місяці при %2 хв у тарифі</translation>
    </message>
    <message>
        <source>support cost %1 against revenue %2 over the last 3 months</source>
        <translation>витрати на підтримку %1 при виручці %2 за останні 3 місяці</translation>
    </message>
</context>
<context>
    <name>Invocation</name>
    <message>
        <source>Cannot open %1: there is no such file.</source>
        <translation>Не вдається відкрити %1: такого файлу немає.</translation>
    </message>
</context>
<context>
    <name>LetterFacts</name>
    <message>
        <source>The report&apos;s period begins after it ends.</source>
        <translation>Період звіту починається пізніше, ніж закінчується.</translation>
    </message>
    <message>
        <source>This letter does not belong to the case step &quot;%1&quot;.</source>
        <translation>Цей лист не стосується кроку справи «%1».</translation>
    </message>
    <message>
        <source>The case step belongs to another customer or does not exist.</source>
        <translation>Крок справи стосується іншого абонента або не існує.</translation>
    </message>
</context>
<context>
    <name>LetterOutput</name>
    <message>
        <source>Print %1</source>
        <translation>Друк: %1</translation>
    </message>
    <message>
        <source>Letter %1</source>
        <translation>Лист %1</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Зберегти в PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документи PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>LetterPdf</name>
    <message>
        <source>The letter could not be started on the printer or in the file.</source>
        <translation>Не вдалося почати виведення листа на принтер або у файл.</translation>
    </message>
    <message>
        <source>The letter could not be finished on the printer or in the file.</source>
        <translation>Не вдалося завершити виведення листа на принтер або у файл.</translation>
    </message>
</context>
<context>
    <name>LetterRegisterCheck</name>
    <message>
        <source>Letter register %1: number %2 is given to more than one letter.</source>
        <translation>Реєстр листів за %1 рік: номер %2 присвоєно кільком листам.</translation>
    </message>
    <message>
        <source>Letter register %1: number %2 is missing.</source>
        <translation>Реєстр листів за %1 рік: номер %2 пропущено.</translation>
    </message>
    <message>
        <source>Letter register %1: numbers %2 to %3 are missing.</source>
        <translation>Реєстр листів за %1 рік: номери з %2 по %3 пропущено.</translation>
    </message>
    <message>
        <source>Letter register %1: the year has letters up to number %2 but no counter.</source>
        <translation>Реєстр листів за %1 рік: листи є до номера %2, але лічильника за цей рік немає.</translation>
    </message>
    <message>
        <source>Letter register %1: the counter stands at %2, but the highest number issued is %3.</source>
        <translation>Реєстр листів за %1 рік: лічильник стоїть на %2, а найбільший виданий номер — %3.</translation>
    </message>
    <message>
        <source>Letter %1: its PDF does not match the SHA-256 stored with it.</source>
        <translation>Лист %1: його PDF не збігається зі збереженим разом із ним SHA-256.</translation>
    </message>
    <message>
        <source>Letter %1: its customer&apos;s personal data was erased, but its text or PDF is still there.</source>
        <translation>Лист %1: персональні дані абонента стерто, але текст або PDF листа лишилися.</translation>
    </message>
    <message>
        <source>Letter %1: its PDF is missing, and its customer&apos;s data was not erased.</source>
        <translation>Лист %1: немає PDF, а дані абонента не стирали.</translation>
    </message>
</context>
<context>
    <name>LetterService</name>
    <message>
        <source>Letters are written in English (en), Russian (ru) or Ukrainian (uk), not &quot;%1&quot;.</source>
        <translation>Листи пишуться англійською (en), російською (ru) або українською (uk), а не «%1».</translation>
    </message>
    <message>
        <source>The template chosen is for another kind of letter or language.</source>
        <translation>Обраний шаблон — для іншого виду листів або мови.</translation>
    </message>
    <message>
        <source>Save the template before issuing letters from it.</source>
        <translation>Збережіть шаблон, перш ніж оформлювати за ним листи.</translation>
    </message>
    <message>
        <source>Only a manager or the owner can issue letters.</source>
        <translation>Оформлювати листи може лише менеджер або власник.</translation>
    </message>
    <message>
        <source>Termination letters are issued by the owner.</source>
        <translation>Листи про розірвання оформлює власник.</translation>
    </message>
    <message>
        <source>The letter was not issued. %1
Edit the text, or issue it anyway and say why.</source>
        <translation>Лист не оформлено. %1
Виправте текст або оформіть лист як є, зазначивши причину.</translation>
    </message>
    <message>
        <source>Only a voided letter to the same customer can be replaced.</source>
        <translation>Замінити можна лише анульований лист тому самому абонентові.</translation>
    </message>
    <message>
        <source>Only a manager or the owner can void letters.</source>
        <translation>Анулювати листи може лише менеджер або власник.</translation>
    </message>
    <message>
        <source>Say why the letter is void; the reason stays in the register.</source>
        <translation>Зазначте, чому лист анулюється; причина залишиться в реєстрі.</translation>
    </message>
    <message>
        <source>Termination letters are voided by the owner.</source>
        <translation>Листи про розірвання анулює власник.</translation>
    </message>
    <message>
        <source>Letter %1 is void already.</source>
        <translation>Лист %1 уже анульовано.</translation>
    </message>
    <message>
        <source>Letter %1 is not in the register.</source>
        <translation>Листа %1 немає в реєстрі.</translation>
    </message>
    <message numerus="yes">
        <source>Other desks kept taking the next letter number while this letter was prepared, %n time(s); it was not issued and no number was used. Issue it again in a moment.</source>
        <translation>
            <numerusform>Поки лист готувався, інші робочі місця %n раз займали наступний номер; лист не оформлено, номер не витрачено. Оформіть його ще раз трохи згодом.</numerusform>
            <numerusform>Поки лист готувався, інші робочі місця %n рази займали наступний номер; лист не оформлено, номер не витрачено. Оформіть його ще раз трохи згодом.</numerusform>
            <numerusform>Поки лист готувався, інші робочі місця %n разів займали наступний номер; лист не оформлено, номер не витрачено. Оформіть його ще раз трохи згодом.</numerusform>
        </translation>
    </message>
    <message>
        <source>A letter &quot;%1&quot; follows the case step &quot;%2&quot;, which has not been taken for this customer yet: take that step first.</source>
        <translation>Лист «%1» іде після кроку справи «%2», а цей крок для абонента ще не виконано: спершу виконайте його.</translation>
    </message>
    <message>
        <source>This letter was erased with its customer&apos;s personal data: the register keeps its number, dates and the SHA-256 of its PDF, not the letter itself.</source>
        <translation>Цей лист стерто разом із персональними даними абонента: у реєстрі лишаються його номер, дати і SHA-256 PDF, але не сам лист.</translation>
    </message>
</context>
<context>
    <name>LetterTemplate</name>
    <message>
        <source>The template uses the placeholder {{%1}}, which Abonent does not know. Correct it in the template editor.</source>
        <translation>У шаблоні є поле {{%1}}, якого Abonent не знає. Виправте його в редакторі шаблонів.</translation>
    </message>
    <message>
        <source>The letter needs %1 ({{%2}}), and there is none.</source>
        <translation>Для листа потрібно: %1 ({{%2}}), а цього немає.</translation>
    </message>
    <message>
        <source>the letter&apos;s register number</source>
        <translation>реєстраційний номер листа</translation>
    </message>
    <message>
        <source>the letter&apos;s date</source>
        <translation>дата листа</translation>
    </message>
    <message>
        <source>the company&apos;s registration numbers</source>
        <translation>реєстраційні номери компанії</translation>
    </message>
    <message>
        <source>the company&apos;s phone number</source>
        <translation>телефон компанії</translation>
    </message>
    <message>
        <source>the company&apos;s e-mail address</source>
        <translation>адреса ел. пошти компанії</translation>
    </message>
    <message>
        <source>the company&apos;s logo</source>
        <translation>логотип компанії</translation>
    </message>
    <message>
        <source>the signatory&apos;s position</source>
        <translation>посада того, хто підписує</translation>
    </message>
    <message>
        <source>the customer&apos;s name</source>
        <translation>ім’я абонента</translation>
    </message>
    <message>
        <source>the customer&apos;s postal address (edit the customer)</source>
        <translation>поштова адреса абонента (змініть дані абонента)</translation>
    </message>
    <message>
        <source>the customer&apos;s e-mail address</source>
        <translation>адреса ел. пошти абонента</translation>
    </message>
    <message>
        <source>the contract number</source>
        <translation>номер договору</translation>
    </message>
    <message>
        <source>the date the contract began</source>
        <translation>дата початку договору</translation>
    </message>
    <message>
        <source>the contract clause of the notice (take the notice step first)</source>
        <translation>пункт договору для повідомлення (спочатку виконайте крок «Повідомлення»)</translation>
    </message>
    <message>
        <source>the customer&apos;s current plan</source>
        <translation>поточний тариф абонента</translation>
    </message>
    <message>
        <source>the monthly fee of the current plan</source>
        <translation>абонентська плата поточного тарифу</translation>
    </message>
    <message>
        <source>the support minutes the plan includes</source>
        <translation>хвилини підтримки, що входять до тарифу</translation>
    </message>
    <message>
        <source>the price of a minute of paid support on the current plan</source>
        <translation>ціна хвилини платної підтримки на поточному тарифі</translation>
    </message>
    <message>
        <source>the month the support use is given for</source>
        <translation>місяць, за який зазначено використання підтримки</translation>
    </message>
    <message>
        <source>the support minutes used in that month</source>
        <translation>хвилини підтримки, використані цього місяця</translation>
    </message>
    <message>
        <source>the minutes used beyond the allowance in one of the last twelve months</source>
        <translation>хвилини понад включені до тарифу за один з останніх дванадцяти місяців</translation>
    </message>
    <message>
        <source>the plan offered (record it in the offer step, or keep an active plan without support)</source>
        <translation>запропонований тариф (зазначте його в кроці «Пропозиція» або заведіть чинний тариф без підтримки)</translation>
    </message>
    <message>
        <source>the monthly fee of the plan offered</source>
        <translation>абонентська плата запропонованого тарифу</translation>
    </message>
    <message>
        <source>the date notice is given (take the notice step first)</source>
        <translation>дата повідомлення (спочатку виконайте крок «Повідомлення»)</translation>
    </message>
    <message>
        <source>the notice period (take the notice step first)</source>
        <translation>строк попередження (спочатку виконайте крок «Повідомлення»)</translation>
    </message>
    <message>
        <source>the termination date (from the notice or the termination step)</source>
        <translation>дата розірвання (з кроку «Повідомлення про розірвання» або «Договір розірвано»)</translation>
    </message>
    <message>
        <source>the fees paid</source>
        <translation>внесена абонентська плата</translation>
    </message>
    <message>
        <source>the fees due up to the termination date</source>
        <translation>плата за послуги до дати розірвання</translation>
    </message>
    <message>
        <source>the refund (from the notice or the termination step)</source>
        <translation>сума повернення (з кроку «Повідомлення про розірвання» або «Договір розірвано»)</translation>
    </message>
    <message>
        <source>the first day of the report&apos;s period</source>
        <translation>перший день періоду звіту</translation>
    </message>
    <message>
        <source>the last day of the report&apos;s period</source>
        <translation>останній день періоду звіту</translation>
    </message>
    <message>
        <source>the payments over the report&apos;s period</source>
        <translation>платежі за період звіту</translation>
    </message>
    <message>
        <source>the number of contacts in the report&apos;s period</source>
        <translation>кількість звернень за період звіту</translation>
    </message>
    <message>
        <source>the support time in the report&apos;s period</source>
        <translation>час підтримки за період звіту</translation>
    </message>
    <message>
        <source>the table of the support given</source>
        <translation>таблиця наданої підтримки</translation>
    </message>
    <message>
        <source>the paragraph written for this letter</source>
        <translation>абзац, написаний для цього листа</translation>
    </message>
    <message>
        <source>the company&apos;s letterhead (Settings ▸ Letterhead: the company name)</source>
        <translation>бланк компанії (Налаштування ▸ Бланк: назва компанії)</translation>
    </message>
    <message>
        <source>the company&apos;s name (Settings ▸ Letterhead)</source>
        <translation>назва компанії (Налаштування ▸ Бланк)</translation>
    </message>
    <message>
        <source>the company&apos;s address (Settings ▸ Letterhead)</source>
        <translation>адреса компанії (Налаштування ▸ Бланк)</translation>
    </message>
    <message>
        <source>the name of the person who signs letters (Settings ▸ Letterhead)</source>
        <translation>ім’я того, хто підписує листи (Налаштування ▸ Бланк)</translation>
    </message>
    <message>
        <source>The template has a section {{%1}}, but Abonent knows no condition &quot;%2&quot;. Correct it in the template editor.</source>
        <translation>У шаблоні є розділ {{%1}}, але умови «%2» Abonent не знає. Виправте його в редакторі шаблонів.</translation>
    </message>
    <message>
        <source>The template closes the section {{/%1}} where it is not open. Correct it in the template editor.</source>
        <translation>Шаблон закриває розділ {{/%1}} там, де його не відкрито. Виправте його в редакторі шаблонів.</translation>
    </message>
    <message>
        <source>The template opens the section {{#%1}} and never closes it. Correct it in the template editor.</source>
        <translation>Шаблон відкриває розділ {{#%1}} і ніде його не закриває. Виправте його в редакторі шаблонів.</translation>
    </message>
    <message>
        <source>what the customer still has to pay up to the termination date (from the notice or the termination step)</source>
        <translation>скільки абонентові залишилося сплатити до дати розірвання (з кроку повідомлення або розірвання)</translation>
    </message>
    <message>
        <source>a section kept when the customer gets money back</source>
        <translation>розділ, що залишається, коли абонентові повертаються кошти</translation>
    </message>
    <message>
        <source>a section kept when the customer still has to pay for the time up to the termination date</source>
        <translation>розділ, що залишається, коли абонентові ще треба сплатити час до розірвання</translation>
    </message>
    <message>
        <source>a section kept when nothing is refunded and nothing is owed</source>
        <translation>розділ, що залишається, коли немає ні повернення, ні боргу</translation>
    </message>
</context>
<context>
    <name>LetterTemplates</name>
    <message>
        <source>There is no template for &quot;%1&quot; in the language &quot;%2&quot;.</source>
        <translation>Немає шаблону «%1» мовою «%2».</translation>
    </message>
    <message>
        <source>Letter template %1 does not exist.</source>
        <translation>Шаблону листа %1 немає.</translation>
    </message>
    <message>
        <source>A template cannot be empty.</source>
        <translation>Шаблон не може бути порожнім.</translation>
    </message>
    <message>
        <source>Abonent ships no template for this kind and language.</source>
        <translation>Для цього виду листів і мови в Abonent немає готового шаблону.</translation>
    </message>
    <message>
        <source>Only a manager or the owner can change letter templates.</source>
        <translation>Змінювати шаблони листів може лише менеджер або власник.</translation>
    </message>
    <message>
        <source>Letters are written in English, Russian or Ukrainian.</source>
        <translation>Листи пишуться англійською, російською або українською.</translation>
    </message>
</context>
<context>
    <name>LetterTimelineSource</name>
    <message>
        <source>Letter %1: %2</source>
        <translation>Лист %1: %2</translation>
    </message>
    <message>
        <source>Void: %1</source>
        <translation>Анульовано: %1</translation>
    </message>
</context>
<context>
    <name>Letterhead</name>
    <message>
        <source>Only the owner can change the letterhead.</source>
        <translation>Змінювати бланк може лише власник.</translation>
    </message>
    <message>
        <source>The number prefix is 1 to 12 characters and has no slashes (it becomes part of file names).</source>
        <translation>Префікс номера — від 1 до 12 символів, без скісних рисок (він входить до імен файлів).</translation>
    </message>
    <message>
        <source>Letters are written in English, Russian or Ukrainian.</source>
        <translation>Листи пишуться англійською, російською або українською.</translation>
    </message>
    <message>
        <source>Only a manager or the owner can change the words letters avoid.</source>
        <translation>Змінювати список небажаних слів може лише менеджер або власник.</translation>
    </message>
</context>
<context>
    <name>LettersCommand</name>
    <message>
        <source>Issue letters into the register and save them as PDF: &quot;letters issue&quot;.</source>
        <translation>Оформити листи в реєстрі та зберегти їх у PDF: «letters issue».</translation>
    </message>
    <message>
        <source>The kind of letter: %1.</source>
        <translation>Вид листа: %1.</translation>
    </message>
    <message>
        <source>key</source>
        <translation>ключ</translation>
    </message>
    <message>
        <source>The customer&apos;s contract number; repeat for several. Without it, contract numbers are read from standard input, one per line.</source>
        <translation>Номер договору абонента; повторіть для кількох. Без нього номери договорів читаються зі стандартного введення, по одному в рядку.</translation>
    </message>
    <message>
        <source>contract</source>
        <translation>договір</translation>
    </message>
    <message>
        <source>The letter&apos;s language: en, ru or uk (default: the office&apos;s).</source>
        <translation>Мова листа: en, ru або uk (типово — мова офісу).</translation>
    </message>
    <message>
        <source>xx</source>
        <translation>xx</translation>
    </message>
    <message>
        <source>The folder the PDF files are written to.</source>
        <translation>Тека, до якої записуються файли PDF.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>тека</translation>
    </message>
    <message>
        <source>A paragraph written for these letters.</source>
        <translation>Абзац, написаний для цих листів.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>Service report: first day, YYYY-MM-DD (default: a year before --to).</source>
        <translation>Звіт про послуги: перший день, РРРР-ММ-ДД (типово — за рік до --to).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <source>Service report: last day, YYYY-MM-DD (default: today).</source>
        <translation>Звіт про послуги: останній день, РРРР-ММ-ДД (типово — сьогодні).</translation>
    </message>
    <message>
        <source>Issue even when the politeness check finds something, recording this reason.</source>
        <translation>Оформити, навіть якщо перевірка ввічливості щось знайшла, записавши цю причину.</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>причина</translation>
    </message>
    <message>
        <source>What to do: issue.</source>
        <translation>Що зробити: issue (оформити).</translation>
    </message>
    <message>
        <source>Say what to do: &quot;abonent letters issue&quot;.</source>
        <translation>Зазначте, що зробити: «abonent letters issue».</translation>
    </message>
    <message>
        <source>Name the template with --template: %1.</source>
        <translation>Зазначте шаблон через --template: %1.</translation>
    </message>
    <message>
        <source>Name the folder for the PDF files with --out.</source>
        <translation>Зазначте теку для файлів PDF через --out.</translation>
    </message>
    <message>
        <source>Dates are written YYYY-MM-DD, for example 2026-11-25.</source>
        <translation>Дати пишуться як РРРР-ММ-ДД, наприклад 2026-11-25.</translation>
    </message>
    <message>
        <source>Name at least one customer with --customer, or give contract numbers on standard input.</source>
        <translation>Зазначте хоча б одного абонента через --customer або передайте номери договорів на стандартне введення.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>letter %1 is issued, but its file is not (%2); save it again from the register.</source>
        <translation>лист %1 оформлено, але файлу немає (%2); збережіть його ще раз із реєстру.</translation>
    </message>
    <message>
        <source>No letter was issued.</source>
        <translation>Жодного листа не випущено.</translation>
    </message>
    <message>
        <source>%1: not issued: %2</source>
        <translation>%1: не випущено: %2</translation>
    </message>
    <message>
        <source>Stopped there, as every letter after it would fail alike; not tried: %1.</source>
        <translation>Випуск зупинено на цьому листі: з усіма наступними сталося б те саме; не випускалися: %1.</translation>
    </message>
    <message>
        <source>Issued: %1.</source>
        <translation>Випущено: %1.</translation>
    </message>
    <message>
        <source>the person issuing</source>
        <translation>того, хто видає листи</translation>
    </message>
</context>
<context>
    <name>LookupCommand</name>
    <message>
        <source>Find the customers a phone number belongs to (contract, name, status).</source>
        <translation>Знайти абонентів, яким належить номер телефону (договір, ім’я, статус).</translation>
    </message>
    <message>
        <source>The caller&apos;s number, in any format.</source>
        <translation>Номер абонента, що телефонує, у будь-якому форматі.</translation>
    </message>
    <message>
        <source>Give exactly one number to look up.</source>
        <translation>Зазначте рівно один номер для пошуку.</translation>
    </message>
    <message>
        <source>The caller ID holds no phone number (it is withheld or anonymous): nobody to look up.</source>
        <translation>Ідентифікатор абонента не містить номера телефону (номер приховано або дзвінок анонімний): шукати нікого.</translation>
    </message>
    <message>
        <source>The caller ID is longer than any phone number (%1 digits, %2 characters at most): nobody has it.</source>
        <translation>Номер того, хто телефонує, довший за будь-який телефонний номер (їх довжина — не більше %1 цифр і %2 символів): такого номера ні в кого немає.</translation>
    </message>
    <message>
        <source>Print only this field of each match: %1.</source>
        <translation>Виводити лише це поле кожного збігу: %1.</translation>
    </message>
    <message>
        <source>field</source>
        <translation>поле</translation>
    </message>
    <message>
        <source>Print only the first match (the latest contacted).</source>
        <translation>Виводити лише перший збіг (з ким спілкувалися останнім).</translation>
    </message>
    <message>
        <source>--field takes one of: %1.</source>
        <translation>--field приймає одне з: %1.</translation>
    </message>
</context>
<context>
    <name>MigrateCommand</name>
    <message>
        <source>The office&apos;s database file to copy (it is only read).</source>
        <translation>Файл бази даних офісу, який треба скопіювати (його лише читають).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>The empty server database to copy it into, as postgresql://user@host:port/database.</source>
        <translation>Порожня база даних на сервері, до якої копіювати, у вигляді postgresql://користувач@сервер:порт/база.</translation>
    </message>
    <message>
        <source>uri</source>
        <translation>uri</translation>
    </message>
    <message>
        <source>Say which file and which server database: --from FILE --to postgresql://….</source>
        <translation>Вкажіть файл і базу даних на сервері: --from ФАЙЛ --to postgresql://….</translation>
    </message>
    <message>
        <source>--from names a database file; %1 is on a server (its own tools, pg_dump and pg_restore, copy it to another server).</source>
        <translation>--from вказує файл бази даних; %1 розташовано на сервері (на інший сервер його копіюють засоби самого сервера, pg_dump і pg_restore).</translation>
    </message>
    <message>
        <source>--to names a database on a PostgreSQL server (postgresql://…), not a file: &quot;%1&quot;. To copy a file, use abonent backup.</source>
        <translation>--to вказує базу даних на сервері PostgreSQL (postgresql://…), а не файл: «%1». Щоб скопіювати файл, скористайтеся abonent backup.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 rows copied</source>
        <translation>%1: скопійовано %2 з %3 рядків</translation>
    </message>
    <message>
        <source>Copy an office&apos;s database file into an empty database on a PostgreSQL server, and check the copy.</source>
        <translation>Скопіювати файл бази даних офісу в порожню базу даних на сервері PostgreSQL і перевірити копію.</translation>
    </message>
    <message>
        <source>%1 was not copied to %2: %3</source>
        <translation>%1 не скопійовано до %2: %3</translation>
    </message>
    <message>
        <source>Copied %1 rows from %2 to %3 in %4 s; both sides have the same rows and the same content digest.</source>
        <translation>Скопійовано %1 рядків з %2 до %3 за %4 с; з обох боків однакові рядки й однаковий контрольний геш вмісту.</translation>
    </message>
</context>
<context>
    <name>OfficeSettings</name>
    <message>
        <source>&quot;%1&quot; is not a two-letter country code.</source>
        <translation>«%1» не є дволітерним кодом країни.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a three-letter currency code.</source>
        <translation>«%1» не є трилітерним кодом валюти.</translation>
    </message>
</context>
<context>
    <name>OfficeSetup</name>
    <message>
        <source>Only a manager or the owner can change the office&apos;s country and currency.</source>
        <translation>Країну й валюту офісу змінює лише менеджер або власник.</translation>
    </message>
    <message>
        <source>Plans or payments are already kept in %1, and a database keeps one currency; the currency stays %1.</source>
        <translation>Тарифи або платежі вже записано в %1, а база ведеться в одній валюті; валюта лишається %1.</translation>
    </message>
    <message>
        <source>Only a manager or the owner can set up the office.</source>
        <translation>Налаштовує офіс лише менеджер або власник.</translation>
    </message>
</context>
<context>
    <name>OperatorRepository</name>
    <message>
        <source>An operator needs a login and a name.</source>
        <translation>Для оператора потрібно вказати логін та ім’я.</translation>
    </message>
    <message>
        <source>The hourly cost needs a non-negative amount and a currency.</source>
        <translation>Для вартості години роботи потрібно вказати невід’ємну суму та валюту.</translation>
    </message>
    <message>
        <source>The login %1 is already taken.</source>
        <translation>Логін %1 уже зайнято.</translation>
    </message>
    <message>
        <source>Operator %1 does not exist.</source>
        <translation>Оператора %1 не існує.</translation>
    </message>
</context>
<context>
    <name>OperatorService</name>
    <message>
        <source>Only the owner can add people or change their roles.</source>
        <translation>Додавати співробітників і змінювати їхні ролі може лише власник.</translation>
    </message>
    <message>
        <source>The office needs an owner: make someone else the owner first.</source>
        <translation>В офісу має бути власник: спершу зробіть власником когось іншого.</translation>
    </message>
    <message>
        <source>A person needs a name.</source>
        <translation>Вкажіть ім’я співробітника.</translation>
    </message>
</context>
<context>
    <name>OutcomeChoice</name>
    <message>
        <source>No conversation: %1</source>
        <translation>Без розмови: %1</translation>
    </message>
    <message>
        <source>A call nobody spoke on needs no topic: choose what happened.</source>
        <translation>Дзвінку без розмови тема не потрібна: виберіть, що сталося.</translation>
    </message>
</context>
<context>
    <name>OwnerOnly</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Не вдається створити теку %1.</translation>
    </message>
    <message>
        <source>%1 cannot be made readable by its owner only.</source>
        <translation>Не вдається закрити %1 від усіх, крім власника.</translation>
    </message>
    <message>
        <source>%1 cannot be made readable by its owner only: %2</source>
        <translation>Не вдається закрити %1 від усіх, крім власника: %2</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message numerus="yes">
        <source>A passphrase has at least %n characters.</source>
        <translation>
            <numerusform>Пароль — щонайменше %n символ.</numerusform>
            <numerusform>Пароль — щонайменше %n символи.</numerusform>
            <numerusform>Пароль — щонайменше %n символів.</numerusform>
        </translation>
    </message>
    <message>
        <source>The passphrase library could not start.</source>
        <translation>Бібліотека паролів не запустилася.</translation>
    </message>
    <message>
        <source>There was not enough memory to protect the passphrase.</source>
        <translation>Не вистачило памʼяті, щоб захистити пароль.</translation>
    </message>
</context>
<context>
    <name>PaymentRepository</name>
    <message>
        <source>A payment needs a positive amount and a currency; its kind says which way it went.</source>
        <translation>Для платежу потрібно вказати додатну суму та валюту; напрямок платежу визначається його видом.</translation>
    </message>
    <message>
        <source>A payment&apos;s date</source>
        <translation>Дата платежу</translation>
    </message>
</context>
<context>
    <name>PersonDataCommand</name>
    <message>
        <source>Write everything held about one customer (a person&apos;s right of access) to a JSON file and a readable PDF.</source>
        <translation>Записати все, що зберігається про одного абонента (право людини на доступ), у файл JSON і читабельний PDF.</translation>
    </message>
    <message>
        <source>The customer&apos;s contract number (or their id in the database).</source>
        <translation>Номер договору абонента (або його id у базі).</translation>
    </message>
    <message>
        <source>contract</source>
        <translation>договір</translation>
    </message>
    <message>
        <source>The folder the two files go into (made if missing; files of the same name are replaced).</source>
        <translation>Тека для двох файлів (створюється, якщо її немає; файли з тими самими іменами замінюються).</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>тека</translation>
    </message>
    <message>
        <source>Say whose data: --customer CONTRACT.</source>
        <translation>Вкажіть, чиї дані: --customer ДОГОВІР.</translation>
    </message>
    <message>
        <source>Say where the files go: --out FOLDER.</source>
        <translation>Вкажіть, куди записати файли: --out ТЕКА.</translation>
    </message>
    <message>
        <source>The person&apos;s data was not written: %1</source>
        <translation>Дані людини не записано: %1</translation>
    </message>
</context>
<context>
    <name>PersonalData</name>
    <message>
        <source>Phone numbers</source>
        <translation>Телефони</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>Як записано</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Позначка</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Тарифи</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Тариф</translation>
    </message>
    <message>
        <source>From</source>
        <translation>З</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Платежі</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сума</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
    <message>
        <source>Monthly figures</source>
        <translation>Помісячні цифри</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Місяць</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Звернення</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Хвилини</translation>
    </message>
    <message>
        <source>Charged</source>
        <translation>Нараховано</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Отримано</translation>
    </message>
    <message>
        <source>Support cost</source>
        <translation>Витрати на підтримку</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Маржа</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Тривалість</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Співробітник</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Підсумок</translation>
    </message>
    <message>
        <source>Conduct</source>
        <translation>Поведінка</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Підсумок розмови</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Позначки</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Позначка</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Поставлено</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Ким</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Знято</translation>
    </message>
    <message>
        <source>Removed by</source>
        <translation>Ким знято</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Why removed</source>
        <translation>Чому знято</translation>
    </message>
    <message>
        <source>Evidence (contact numbers)</source>
        <translation>Докази (номери звернень)</translation>
    </message>
    <message>
        <source>Escalation cases</source>
        <translation>Справи</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Справа</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Відкрито</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрито</translation>
    </message>
    <message>
        <source>Closed by</source>
        <translation>Ким закрито</translation>
    </message>
    <message>
        <source>Closing note</source>
        <translation>Нотатка під час закриття</translation>
    </message>
    <message>
        <source>Case steps</source>
        <translation>Кроки справ</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Крок</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Пропущено</translation>
    </message>
    <message>
        <source>Taken on</source>
        <translation>Коли зроблено</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Пункт договору</translation>
    </message>
    <message>
        <source>Contract ends</source>
        <translation>Договір закінчується</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Повернення</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>Борг</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Лист</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Листи</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Ким видано</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Анульовано</translation>
    </message>
    <message>
        <source>Why void</source>
        <translation>Чому анульовано</translation>
    </message>
    <message>
        <source>Sent despite the politeness check because</source>
        <translation>Надіслано всупереч перевірці ввічливості, тому що</translation>
    </message>
    <message>
        <source>SHA-256 of its PDF</source>
        <translation>SHA-256 його PDF</translation>
    </message>
    <message>
        <source>Leaving</source>
        <translation>Відхід</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Дата відходу</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Ким записано</translation>
    </message>
    <message>
        <source>Calls linked to the customer later</source>
        <translation>Дзвінки, прив’язані до абонента пізніше</translation>
    </message>
    <message>
        <source>Caller ID</source>
        <translation>Номер того, хто дзвонив</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Звернення</translation>
    </message>
    <message>
        <source>Call recordings</source>
        <translation>Записи розмов</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Байтів</translation>
    </message>
    <message>
        <source>Milliseconds</source>
        <translation>Мілісекунд</translation>
    </message>
    <message>
        <source>Fingerprinted</source>
        <translation>Відбиток знято</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Call notes being written</source>
        <translation>Незавершені нотатки до дзвінків</translation>
    </message>
    <message>
        <source>Call began</source>
        <translation>Початок дзвінка</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Робоче місце</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Збережено</translation>
    </message>
    <message>
        <source>Ids in the office&apos;s previous system</source>
        <translation>Id у попередній системі офісу</translation>
    </message>
    <message>
        <source>Of a</source>
        <translation>Чого</translation>
    </message>
    <message>
        <source>Id there</source>
        <translation>Id там</translation>
    </message>
    <message>
        <source>Number here</source>
        <translation>Номер тут</translation>
    </message>
    <message>
        <source>Changes recorded in the audit log</source>
        <translation>Зміни, записані в журнал аудиту</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Хто</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Що</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>До</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Після</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Договір</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Телефони</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Абонент з</translation>
    </message>
    <message>
        <source>Plan in force</source>
        <translation>Чинний тариф</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>З</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>Початковий баланс</translation>
    </message>
    <message>
        <source>Balance on</source>
        <translation>Баланс на</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>так</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ні</translation>
    </message>
    <message>
        <source>No conversation: %1</source>
        <translation>Без розмови: %1</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>вирішено</translation>
    </message>
    <message>
        <source>terminated</source>
        <translation>розірвано</translation>
    </message>
    <message>
        <source>void</source>
        <translation>анульовано</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>видано</translation>
    </message>
    <message>
        <source>The database could not be read as of one moment</source>
        <translation>Не вдалося прочитати базу на один момент часу</translation>
    </message>
    <message>
        <source>Personal data held about %1 (contract %2)</source>
        <translation>Персональні дані про %1 (договір %2)</translation>
    </message>
    <message>
        <source>As of %1. Everything %2 holds about this person in its customer records, as the right of access provides (GDPR art. 15): the record, phone numbers, plans, payments, contacts and what was written about them, tags with their reasons (internal ones included), cases, letters, calls and the audit log&apos;s entries about them. The same data is in the JSON file beside this one.</source>
        <translation>Станом на %1. Усе, що %2 зберігає про цю людину в записах про абонентів, як передбачає право на доступ (GDPR, ст. 15): запис, телефони, тарифи, платежі, звернення і те, що про них написано, позначки з причинами (включно з внутрішніми), справи, листи, дзвінки і записи журналу аудиту про неї. Ті самі дані — у файлі JSON поруч із цим.</translation>
    </message>
    <message>
        <source>the office</source>
        <translation>офіс</translation>
    </message>
    <message>
        <source>This person&apos;s data was erased on %1 at their request; what is left is what the office must keep by law.</source>
        <translation>Дані цієї людини стерто %1 на її прохання; лишилося те, що офіс зобов’язаний зберігати за законом.</translation>
    </message>
    <message>
        <source>The customer</source>
        <translation>Абонент</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Немає.</translation>
    </message>
    <message>
        <source>Letter %1 of %2</source>
        <translation>Лист %1 від %2</translation>
    </message>
    <message>
        <source>The letters&apos; text</source>
        <translation>Текст листів</translation>
    </message>
    <message>
        <source>Personal data, contract %1</source>
        <translation>Персональні дані, договір %1</translation>
    </message>
</context>
<context>
    <name>PersonalDataActions</name>
    <message>
        <source>Folder for the Person&apos;s Data (JSON and PDF)</source>
        <translation>Тека для даних людини (JSON і PDF)</translation>
    </message>
    <message>
        <source>Gathering the person&apos;s data…</source>
        <translation>Збираємо дані людини…</translation>
    </message>
    <message>
        <source>Laying out the PDF…</source>
        <translation>Верстка PDF…</translation>
    </message>
    <message>
        <source>Writing the files…</source>
        <translation>Запис файлів…</translation>
    </message>
    <message>
        <source>Person&apos;s Data</source>
        <translation>Дані людини</translation>
    </message>
    <message>
        <source>The person&apos;s data was not saved: %1</source>
        <translation>Дані людини не збережено: %1</translation>
    </message>
    <message>
        <source>Everything held about the customer was saved:
%1
%2</source>
        <translation>Усе, що зберігається про абонента, збережено:
%1
%2</translation>
    </message>
    <message>
        <source>Erase Personal Data</source>
        <translation>Стерти персональні дані</translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <source>No phone number given.</source>
        <translation>Номер телефону не вказано.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no digits, so it is not a phone number.</source>
        <translation>«%1» не містить цифр, тому це не номер телефону.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no known country code. Write it with + and the country code, or set the default country.</source>
        <translation>У номері «%1» немає відомого коду країни. Запишіть його з + і кодом країни або задайте типову країну.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too short for a phone number.</source>
        <translation>Номер «%1» занадто короткий.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too long for a phone number.</source>
        <translation>Номер «%1» занадто довгий.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation>«%1» не є номером телефону.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a local number; add the area code so it can be dialled from anywhere.</source>
        <translation>«%1» — місцевий номер; додайте код міста, щоб на нього можна було зателефонувати звідусіль.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an unknown country code.</source>
        <translation>У номері «%1» невідомий код країни.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has too few digits for a number in this country.</source>
        <translation>У номері «%1» замало цифр для номера цієї країни.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has too many digits for a number in this country.</source>
        <translation>У номері «%1» забагато цифр для номера цієї країни.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not have a length used by numbers in this country.</source>
        <translation>Довжина номера «%1» не відповідає номерам цієї країни.</translation>
    </message>
</context>
<context>
    <name>PhoneSecret</name>
    <message>
        <source>The keychain is not available: %1</source>
        <translation>В’язка ключів недоступна: %1</translation>
    </message>
    <message>
        <source>The keychain is switched off.</source>
        <translation>В’язку ключів вимкнено.</translation>
    </message>
</context>
<context>
    <name>PlanRepository</name>
    <message>
        <source>A plan needs a name.</source>
        <translation>Для тарифу потрібно вказати назву.</translation>
    </message>
    <message>
        <source>A plan needs a non-negative fee and a currency.</source>
        <translation>Для тарифу потрібно вказати невід’ємну плату та валюту.</translation>
    </message>
    <message>
        <source>Support minutes and rates cannot be negative.</source>
        <translation>Хвилини підтримки та розцінки не можуть бути від’ємними.</translation>
    </message>
    <message>
        <source>A plan named %1 already exists.</source>
        <translation>Тариф із назвою %1 уже існує.</translation>
    </message>
    <message>
        <source>Plan %1 does not exist.</source>
        <translation>Тарифу %1 не існує.</translation>
    </message>
    <message>
        <source>The plan change needs a date.</source>
        <translation>Для зміни тарифу потрібно вказати дату.</translation>
    </message>
    <message>
        <source>The new plan must start after %1, when the current one started.</source>
        <translation>Новий тариф має починатися пізніше за %1 — дату початку поточного тарифу.</translation>
    </message>
    <message>
        <source>The plan %1 is no longer offered; choose another one.</source>
        <translation>Тариф %1 більше не пропонується; виберіть інший.</translation>
    </message>
    <message>
        <source>Customer %1 does not exist.</source>
        <translation>Абонента %1 не існує.</translation>
    </message>
    <message>
        <source>The new plan cannot start before %1, when the previous one ended.</source>
        <translation>Новий тариф не може початися раніше %1, коли закінчився попередній.</translation>
    </message>
    <message>
        <source>Ending the plan needs a date.</source>
        <translation>Для завершення тарифу потрібна дата.</translation>
    </message>
    <message>
        <source>The plan in force started on %1; it cannot end on or before that day.</source>
        <translation>Чинний тариф почався %1; він не може завершитися цього дня або раніше.</translation>
    </message>
</context>
<context>
    <name>PlanService</name>
    <message>
        <source>Only a manager or the owner can change the plans.</source>
        <translation>Тарифи змінює лише менеджер або власник.</translation>
    </message>
    <message>
        <source>Plan %1 does not exist.</source>
        <translation>Тарифу %1 немає.</translation>
    </message>
    <message>
        <source>A plan needs a name.</source>
        <translation>Вкажіть назву тарифу.</translation>
    </message>
    <message>
        <source>Support minutes and rates cannot be negative.</source>
        <translation>Хвилини й ціна підтримки не можуть бути від’ємними.</translation>
    </message>
    <message>
        <source>A plan named %1 already exists.</source>
        <translation>Тариф «%1» уже є.</translation>
    </message>
    <message>
        <source>A fee cannot be below zero.</source>
        <translation>Абонплата не може бути меншою за нуль.</translation>
    </message>
    <message>
        <source>A new fee applies from today or a later day; months already charged stay as they were.</source>
        <translation>Нова абонплата діє з сьогодні або пізніше; уже нараховані місяці не змінюються.</translation>
    </message>
    <message>
        <source>A fee that is already in force is part of the record; set a new fee from a later day instead.</source>
        <translation>Чинна абонплата вже стала частиною історії; натомість призначте нову з пізнішої дати.</translation>
    </message>
    <message>
        <source>No fee change is planned for %1.</source>
        <translation>На %1 зміну абонплати не заплановано.</translation>
    </message>
    <message>
        <source>Customers were on %1 or a letter offered it, so it stays in the records; retire it instead.</source>
        <translation>На тарифі %1 були абоненти або його пропонували в листі, тож він лишається в записах; переведіть його в архів.</translation>
    </message>
</context>
<context>
    <name>PlanTimelineSource</name>
    <message>
        <source>Plan: %1</source>
        <translation>Тариф: %1</translation>
    </message>
    <message>
        <source>Plan changed to %1</source>
        <translation>Тариф змінено на %1</translation>
    </message>
</context>
<context>
    <name>PolitenessCheck</name>
    <message>
        <source>&quot;%1&quot; is the name of a tag (%2).</source>
        <translation>«%1» — назва позначки (%2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; repeats the reason given for one of the customer&apos;s tags.</source>
        <translation>«%1» повторює причину однієї з позначок абонента.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is on the list of words letters avoid (%2).</source>
        <translation>«%1» є у списку небажаних у листах слів (%2).</translation>
    </message>
</context>
<context>
    <name>PortfolioReport</name>
    <message>
        <source>Reading the portfolio was cancelled.</source>
        <translation>Читання показників усієї бази перервано.</translation>
    </message>
</context>
<context>
    <name>PrivacySettings</name>
    <message>
        <source>Only the owner can change how long letters keep a person&apos;s data from being erased.</source>
        <translation>Строк, протягом якого листи не дають стерти дані людини, змінює лише власник.</translation>
    </message>
    <message>
        <source>Letters are kept 0 to %1 years.</source>
        <translation>Листи зберігаються від 0 до %1 років.</translation>
    </message>
</context>
<context>
    <name>ProblemSettings</name>
    <message>
        <source>Only a manager or the owner can change these settings.</source>
        <translation>Змінити ці налаштування може лише менеджер або власник.</translation>
    </message>
    <message>
        <source>The notice period is 1 to 24 months; the follow-up, 1 to 365 days.</source>
        <translation>Строк повідомлення — від 1 до 24 місяців; строк наступного кроку — від 1 до 365 днів.</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>Print a report: &quot;economics&quot; gives revenue, support cost and margin per customer.</source>
        <translation>Вивести звіт: «economics» — виторг, витрати на підтримку й маржа за кожним абонентом.</translation>
    </message>
    <message>
        <source>First month, YYYY-MM (default: eleven months before --to).</source>
        <translation>Перший місяць, РРРР-ММ (типово — за одинадцять місяців до --to).</translation>
    </message>
    <message>
        <source>month</source>
        <translation>місяць</translation>
    </message>
    <message>
        <source>Last month, YYYY-MM (default: this month).</source>
        <translation>Останній місяць, РРРР-ММ (типово — поточний).</translation>
    </message>
    <message>
        <source>csv or json (default: csv).</source>
        <translation>csv або json (типово csv).</translation>
    </message>
    <message>
        <source>format</source>
        <translation>формат</translation>
    </message>
    <message>
        <source>The report: economics.</source>
        <translation>Звіт: economics.</translation>
    </message>
    <message>
        <source>Name the report: &quot;abonent report economics&quot;.</source>
        <translation>Укажіть звіт: «abonent report economics».</translation>
    </message>
    <message>
        <source>The format is csv or json, not &quot;%1&quot;.</source>
        <translation>Формат — csv або json, а не «%1».</translation>
    </message>
    <message>
        <source>Months are written YYYY-MM, for example 2026-11.</source>
        <translation>Місяці записуються як РРРР-ММ, наприклад 2026-11.</translation>
    </message>
    <message>
        <source>The first month (%1) comes after the last (%2).</source>
        <translation>Перший місяць (%1) іде після останнього (%2).</translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <source>Put a backup back into a database, keeping what it replaces beside it.</source>
        <translation>Повернути резервну копію в базу, зберігши поруч те, що вона замінить.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>Say which backup to put back: --from FILE.</source>
        <translation>Вкажіть, яку копію повернути: --from ФАЙЛ.</translation>
    </message>
    <message>
        <source>The backup to put back (written by &quot;abonent backup&quot;).</source>
        <translation>Резервна копія, яку треба повернути (записана командою «abonent backup»).</translation>
    </message>
</context>
<context>
    <name>ServerLogins</name>
    <message>
        <source>A login is up to 63 lower-case Latin letters, digits, dots, dashes or underscores, starting with a letter.</source>
        <translation>Логін — до 63 малих латинських літер, цифр, крапок, дефісів або підкреслень, починаючи з літери.</translation>
    </message>
    <message>
        <source>Logins starting with &quot;pg_&quot; or &quot;abonent_&quot; are the server&apos;s own.</source>
        <translation>Логіни, що починаються з «pg_» або «abonent_», належать самому серверу.</translation>
    </message>
</context>
<context>
    <name>ServerTransfer</name>
    <message>
        <source>Copying %1 stopped after %2 rows</source>
        <translation>Копіювання %1 зупинилося після %2 рядків</translation>
    </message>
    <message>
        <source>The server database already holds an office&apos;s data (customers, plans, people or an audit trail); a file is only copied into an empty one. Create a new database on the server (createdb) and copy into that.</source>
        <translation>У базі даних на сервері вже є дані офісу (клієнти, тарифи, працівники або журнал дій); файл копіюється лише в порожню базу. Створіть на сервері нову базу даних (createdb) і копіюйте в неї.</translation>
    </message>
    <message>
        <source>The table %1 has the columns %2 in the file but %3 on the server; nothing was copied.</source>
        <translation>Таблиця %1 має у файлі стовпці %2, а на сервері %3; нічого не скопійовано.</translation>
    </message>
    <message>
        <source>A database is copied from a file to a PostgreSQL server.</source>
        <translation>База даних копіюється з файлу на сервер PostgreSQL.</translation>
    </message>
    <message>
        <source>The table %1 has %2 rows in the file but %3 on the server after copying; nothing was kept on the server.</source>
        <translation>У таблиці %1 у файлі %2 рядків, а на сервері після копіювання %3; на сервері нічого не збережено.</translation>
    </message>
    <message>
        <source>The copy on the server reads differently from the file (content digest %1 against %2); nothing was kept on the server.</source>
        <translation>Копія на сервері читається інакше, ніж файл (геш вмісту %1 проти %2); на сервері нічого не збережено.</translation>
    </message>
</context>
<context>
    <name>ShippedTags</name>
    <message>
        <source>Abusive language</source>
        <translation>Грубість і лайка</translation>
    </message>
    <message>
        <source>Stay calm and formal. Say once that you will help as soon as the conversation is respectful; if the abuse goes on, end the call politely and offer a callback from a senior colleague.</source>
        <translation>Зберігайте спокій і офіційний тон. Один раз скажіть, що допоможете, щойно розмова стане шанобливою; якщо грубість триває, ввічливо завершіть дзвінок і запропонуйте зворотний дзвінок від старшого колеги.</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>Погрози</translation>
    </message>
    <message>
        <source>Do not argue or promise anything. Write down the exact words, end the call politely and tell the manager on duty the same day.</source>
        <translation>Не сперечайтеся й нічого не обіцяйте. Запишіть точні слова, ввічливо завершіть дзвінок і того ж дня повідомте чергового менеджера.</translation>
    </message>
    <message>
        <source>Excessive support use</source>
        <translation>Надмірне навантаження на підтримку</translation>
    </message>
    <message>
        <source>Help with the question at hand, then mention how many support minutes the plan includes and how paid support works beyond them. The same rule for every operator.</source>
        <translation>Допоможіть із поточним питанням, потім нагадайте, скільки хвилин підтримки включено в тариф і як оплачується підтримка понад них. Правило одне для всіх операторів.</translation>
    </message>
    <message>
        <source>Repeated unfounded complaints</source>
        <translation>Повторні безпідставні скарги</translation>
    </message>
    <message>
        <source>Check the line and the history first, then explain the results plainly. Do not promise dates; offer a callback from the duty engineer when a check is needed.</source>
        <translation>Спершу перевірте лінію та історію, потім простими словами поясніть результат. Не обіцяйте строків; якщо потрібна перевірка, запропонуйте зворотний дзвінок чергового інженера.</translation>
    </message>
    <message>
        <source>Payment disputes</source>
        <translation>Суперечки щодо оплати</translation>
    </message>
    <message>
        <source>Do not discuss refunds or write-offs on the phone. Take the details and pass them to the manager, who answers in writing.</source>
        <translation>Не обговорюйте телефоном повернення та списання. Запишіть подробиці й передайте менеджеру, він відповість письмово.</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>An important customer: answer first, and tell the manager about any outage or complaint.</source>
        <translation>Важливий клієнт: відповідайте в першу чергу й повідомляйте менеджера про будь-яку аварію чи скаргу.</translation>
    </message>
    <message>
        <source>Needs patience (elderly, hard of hearing)</source>
        <translation>Потрібне терпіння (літній, погано чує)</translation>
    </message>
    <message>
        <source>Speak slowly and clearly, repeat the key steps, and confirm what was agreed at the end. Take the time it takes.</source>
        <translation>Говоріть повільно й чітко, повторюйте ключові кроки, а наприкінці підтвердьте домовленості. Не поспішайте.</translation>
    </message>
    <message>
        <source>Prefers written contact</source>
        <translation>Надає перевагу листуванню</translation>
    </message>
    <message>
        <source>Confirm by e-mail what was said on the phone.</source>
        <translation>Підтверджуйте електронною поштою те, що сказано телефоном.</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>The login or the passphrase is not right.</source>
        <translation>Логін або пароль неправильний.</translation>
    </message>
    <message>
        <source>Only the owner sets another person&apos;s passphrase.</source>
        <translation>Пароль іншої людини задає лише власник.</translation>
    </message>
    <message>
        <source>Person %1 does not exist.</source>
        <translation>Працівника %1 немає.</translation>
    </message>
    <message>
        <source>Only the owner decides whether people sign in.</source>
        <translation>Чи потрібен вхід за паролем, вирішує лише власник.</translation>
    </message>
    <message>
        <source>Set your own passphrase first: without it, nobody could sign in as the owner.</source>
        <translation>Спершу задайте свій пароль: без нього ніхто не зможе увійти як власник.</translation>
    </message>
    <message>
        <source>Only the owner decides when the window locks.</source>
        <translation>Коли вікно блокується, вирішує лише власник.</translation>
    </message>
    <message>
        <source>The window locks after 1 minute to 24 hours.</source>
        <translation>Вікно блокується через час від 1 хвилини до 24 годин.</translation>
    </message>
</context>
<context>
    <name>SqlDialect</name>
    <message>
        <source>row %1 of %2 refers to a missing row of %3</source>
        <translation>рядок %1 таблиці %2 посилається на відсутній рядок таблиці %3</translation>
    </message>
</context>
<context>
    <name>TagCatalogue</name>
    <message>
        <source>Tag %1 does not exist.</source>
        <translation>Позначка %1 не існує.</translation>
    </message>
    <message>
        <source>The catalogue has no tag &quot;%1&quot;.</source>
        <translation>У довіднику немає позначки «%1».</translation>
    </message>
</context>
<context>
    <name>TagService</name>
    <message>
        <source>A tag needs a name.</source>
        <translation>Позначка повинна мати назву.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a colour like #c62828.</source>
        <translation>«%1» — не колір вигляду #c62828.</translation>
    </message>
    <message>
        <source>A tag expires after 1 to 3,650 days, or never.</source>
        <translation>Позначка діє від 1 до 3650 днів або безстроково.</translation>
    </message>
    <message>
        <source>The catalogue already has a tag &quot;%1&quot;.</source>
        <translation>У довіднику вже є позначка «%1».</translation>
    </message>
    <message>
        <source>Only a manager or the owner can change the tag catalogue.</source>
        <translation>Змінювати довідник позначок може лише менеджер або власник.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a shipped tag.</source>
        <translation>«%1» — не стандартна позначка.</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; has been set on customers %n time(s); its history stays. Retire the tag instead: it is then no longer offered.</source>
        <translation>
            <numerusform>Позначку «%1» ставили абонентам %n раз; її історія зберігається. Виведіть позначку з ужитку: тоді її більше не пропонуватимуть.</numerusform>
            <numerusform>Позначку «%1» ставили абонентам %n рази; її історія зберігається. Виведіть позначку з ужитку: тоді її більше не пропонуватимуть.</numerusform>
            <numerusform>Позначку «%1» ставили абонентам %n разів; її історія зберігається. Виведіть позначку з ужитку: тоді її більше не пропонуватимуть.</numerusform>
        </translation>
    </message>
    <message>
        <source>Say who is at this desk before tagging a customer.</source>
        <translation>Перш ніж ставити позначку, зазначте, хто за цим робочим місцем.</translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; is retired and no longer set.</source>
        <translation>Позначку «%1» виведено з ужитку, її більше не ставлять.</translation>
    </message>
    <message>
        <source>Say why &quot;%1&quot; is set: the next operator and the manager rely on the reason.</source>
        <translation>Зазначте, чому ставиться позначка «%1»: наступний оператор і менеджер спираються на причину.</translation>
    </message>
    <message>
        <source>The tag would expire before it is set; choose a later date.</source>
        <translation>Позначка спливла б раніше, ніж поставлена; виберіть пізнішу дату.</translation>
    </message>
    <message>
        <source>This customer already carries &quot;%1&quot; (set %2).</source>
        <translation>Абонент уже має позначку «%1» (поставлена %2).</translation>
    </message>
    <message>
        <source>Contact %1 is not one of this customer&apos;s contacts and cannot be evidence.</source>
        <translation>Звернення %1 не належить цьому абонентові й не може бути підставою.</translation>
    </message>
    <message>
        <source>Say why the tag is removed; the reason stays on record.</source>
        <translation>Зазначте, чому знімається позначка; причину буде збережено.</translation>
    </message>
    <message>
        <source>Tag assignment %1 does not exist.</source>
        <translation>Позначка абонента %1 не існує.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was already removed.</source>
        <translation>Позначку «%1» уже знято.</translation>
    </message>
    <message>
        <source>Only a manager or the owner can remove &quot;%1&quot;: a problem tag stays until someone responsible decides otherwise.</source>
        <translation>Зняти позначку «%1» може лише менеджер або власник: проблемна позначка лишається, доки відповідальна особа не вирішить інакше.</translation>
    </message>
    <message>
        <source>Say who is at this desk before removing a tag.</source>
        <translation>Перш ніж знімати позначку, зазначте, хто за цим робочим місцем.</translation>
    </message>
    <message>
        <source>Tag %1 does not exist.</source>
        <translation>Позначка %1 не існує.</translation>
    </message>
</context>
<context>
    <name>TagTimelineSource</name>
    <message>
        <source>Tag set: %1</source>
        <translation>Поставлено позначку: %1</translation>
    </message>
    <message numerus="yes">
        <source>evidence: %n contact(s)</source>
        <translation>
            <numerusform>підстава: %n звернення</numerusform>
            <numerusform>підстава: %n звернення</numerusform>
            <numerusform>підстава: %n звернень</numerusform>
        </translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>до %1</translation>
    </message>
    <message>
        <source>Tag removed: %1</source>
        <translation>Знято позначку: %1</translation>
    </message>
    <message>
        <source>Tag expired: %1</source>
        <translation>Сплила позначка: %1</translation>
    </message>
</context>
<context>
    <name>TerminationCalculator</name>
    <message>
        <source>The notice needs a date.</source>
        <translation>Для повідомлення потрібна дата.</translation>
    </message>
    <message>
        <source>The notice period is 1 to 24 months.</source>
        <translation>Строк повідомлення — від 1 до 24 місяців.</translation>
    </message>
    <message>
        <source>The contract needs an end date.</source>
        <translation>Для розірвання договору потрібна дата завершення.</translation>
    </message>
    <message>
        <source>The customer has never had a plan, so there is nothing to end.</source>
        <translation>Абонент ніколи не мав тарифу, тож розривати нічого.</translation>
    </message>
</context>
<context>
    <name>TextEncodings</name>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-16 (Excel&apos;s Unicode text)</source>
        <translation>UTF-16 («Текст Юнікод» з Excel)</translation>
    </message>
    <message>
        <source>UTF-16, big-endian</source>
        <translation>UTF-16, big-endian</translation>
    </message>
    <message>
        <source>Windows-1251 (Cyrillic)</source>
        <translation>Windows-1251 (кирилиця)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (західноєвропейське)</translation>
    </message>
</context>
<context>
    <name>UnlinkedCalls</name>
    <message>
        <source>A call needs the time it started.</source>
        <translation>Дзвінок повинен мати час початку.</translation>
    </message>
    <message>
        <source>Unlinked call %1 does not exist.</source>
        <translation>Неприв’язаного дзвінка %1 немає.</translation>
    </message>
    <message>
        <source>This call was already linked or set aside at another desk.</source>
        <translation>Цей дзвінок уже прив’язали або відклали на іншому робочому місці.</translation>
    </message>
    <message>
        <source>Say why this call belongs to no customer; the reason is kept.</source>
        <translation>Вкажіть, чому дзвінок не стосується жодного абонента; причина зберігається.</translation>
    </message>
</context>
<context>
    <name>abonent::AmiClient</name>
    <message>
        <source>Phone: off</source>
        <translation>Телефонія: вимкнена</translation>
    </message>
    <message>
        <source>Phone: connecting to %1…</source>
        <translation>Телефонія: підключення до %1…</translation>
    </message>
    <message>
        <source>Phone: logging in to %1…</source>
        <translation>Телефонія: вхід на %1…</translation>
    </message>
    <message>
        <source>Phone: extension %1 on %2</source>
        <translation>Телефонія: внутрішній %1 на %2</translation>
    </message>
    <message numerus="yes">
        <source>Phone: %1 not reachable, trying again in %n s</source>
        <translation>
            <numerusform>Телефонія: %1 недоступна, нова спроба через %n с</numerusform>
            <numerusform>Телефонія: %1 недоступна, нова спроба через %n с</numerusform>
            <numerusform>Телефонія: %1 недоступна, нова спроба через %n с</numerusform>
        </translation>
    </message>
    <message>
        <source>Phone: %1 refused the login; check the user and secret</source>
        <translation>Телефонія: %1 відхилила вхід; перевірте користувача й пароль</translation>
    </message>
    <message>
        <source>Phone: %1 refused the login (%2); check the user and secret</source>
        <translation>Телефонія: %1 відхилила вхід (%2); перевірте користувача й пароль</translation>
    </message>
    <message>
        <source>Phone: %1 is not an Asterisk manager interface; check the server and port</source>
        <translation>Телефонія: %1 — не інтерфейс керування Asterisk; перевірте сервер і порт</translation>
    </message>
</context>
<context>
    <name>abonent::ArchiveDialog</name>
    <message>
        <source>Archive — %1</source>
        <translation>До архіву — %1</translation>
    </message>
    <message>
        <source>Archived customers leave the customer list but keep their whole history. Why is %1 archived?</source>
        <translation>Архівні абоненти зникають зі списку абонентів, але вся їхня історія зберігається. Чому абонента %1 переносять до архіву?</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Архівувати</translation>
    </message>
</context>
<context>
    <name>abonent::BackupSettingsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Резервні копії</translation>
    </message>
    <message>
        <source>Back up the database once a &amp;day, when the window closes</source>
        <translation>Робити резервну копію раз на &amp;день, коли вікно закривається</translation>
    </message>
    <message>
        <source> copies</source>
        <translation> копій</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Огляд…</translation>
    </message>
    <message>
        <source>&amp;Keep the newest:</source>
        <translation>&amp;Зберігати останні:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Тека:</translation>
    </message>
</context>
<context>
    <name>abonent::CallConsole</name>
    <message>
        <source>Call from %1</source>
        <translation>Дзвінок з %1</translation>
    </message>
    <message>
        <source>a withheld number</source>
        <translation>прихованого номера</translation>
    </message>
    <message>
        <source>&amp;New Customer with This Number…</source>
        <translation>&amp;Новий абонент із цим номером…</translation>
    </message>
    <message>
        <source>none</source>
        <translation>немає</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>З&amp;міст:</translation>
    </message>
    <message>
        <source>Out&amp;come:</source>
        <translation>&amp;Результат:</translation>
    </message>
    <message>
        <source>Caller&apos;s co&amp;nduct:</source>
        <translation>Поведінка &amp;абонента:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Позначки:</translation>
    </message>
    <message>
        <source>&amp;Save Contact</source>
        <translation>&amp;Зберегти звернення</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Ta&amp;g Caller…</source>
        <translation>&amp;Позначити абонента…</translation>
    </message>
    <message>
        <source>Ctrl+T: this call is the evidence</source>
        <translation>Ctrl+T: підставою буде цей дзвінок</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · contract %2 · %3 · %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · договір %2 · %3 · %4</translation>
    </message>
    <message>
        <source>no plan</source>
        <translation>без тарифу</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2&lt;br&gt;&lt;i&gt;%3&lt;/i&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2&lt;br&gt;&lt;i&gt;%3&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Open case; next step: %1</source>
        <translation>Відкрито справу; наступний крок: %1</translation>
    </message>
    <message numerus="yes">
        <source>Takes difficult callers: %1</source>
        <translation>
            <numerusform>Складних абонентів приймає: %1</numerusform>
            <numerusform>Складних абонентів приймають: %1</numerusform>
            <numerusform>Складних абонентів приймають: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Last spoke with: &lt;b&gt;%1&lt;/b&gt;, %2</source>
        <translation>Минулого разу говорив(ла) з: &lt;b&gt;%1&lt;/b&gt;, %2</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>Find the customer first: a tag belongs to a customer.</source>
        <translation>Спершу знайдіть абонента: позначка ставиться абонентові.</translation>
    </message>
    <message>
        <source>Call recorded: %1</source>
        <translation>Дзвінок записано: %1</translation>
    </message>
    <message>
        <source>This call is not recorded yet. Close it and lose what was typed?</source>
        <translation>Дзвінок ще не записано. Закрити й втратити введене?</translation>
    </message>
    <message>
        <source>&amp;Link Number to a Customer…</source>
        <translation>&amp;Прив’язати номер до абонента…</translation>
    </message>
    <message>
        <source>Link Number to a Customer</source>
        <translation>Прив’язати номер до абонента</translation>
    </message>
    <message>
        <source>Whose number is %1? Find the customer; the number is added to their phones, so the next call from it finds them.</source>
        <translation>Чий це номер: %1? Знайдіть абонента — номер додасться до його телефонів, і наступний дзвінок з нього одразу покаже абонента.</translation>
    </message>
    <message>
        <source>from a call</source>
        <translation>з дзвінка</translation>
    </message>
    <message>
        <source>The note could not be kept as a draft: %1</source>
        <translation>Не вдалося зберегти нотатку як чернетку: %1</translation>
    </message>
    <message>
        <source>tag %1</source>
        <translation>позначка %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recovered note&lt;/b&gt; of the call at %1: Abonent closed before it was saved. Save it with Ctrl+Enter, or close the console to discard it.</source>
        <translation>&lt;b&gt;Відновлено нотатку&lt;/b&gt; про дзвінок о %1: «Абонент» закрився до її збереження. Збережіть її поєднанням Ctrl+Enter або закрийте вікно, щоб відмовитися від неї.</translation>
    </message>
    <message>
        <source>The draft of this call could not be removed: %1</source>
        <translation>Не вдалося видалити чернетку цього дзвінка: %1</translation>
    </message>
    <message>
        <source>The database is open for reading only (%1): this call cannot be recorded in it.</source>
        <translation>Базу даних відкрито лише для читання (%1): цей дзвінок записати до неї не можна.</translation>
    </message>
    <message>
        <source>On the call</source>
        <translation>Триває розмова</translation>
    </message>
    <message>
        <source>Answered at another phone.</source>
        <translation>Відповіли з іншого телефону.</translation>
    </message>
    <message>
        <source>Call passed on.</source>
        <translation>Дзвінок переведено.</translation>
    </message>
    <message>
        <source>Call ended.</source>
        <translation>Дзвінок завершено.</translation>
    </message>
    <message>
        <source>The call from %1 was answered at another phone.</source>
        <translation>На дзвінок з номера %1 відповіли з іншого телефону.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;&lt;i&gt;%2&lt;/i&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;&lt;i&gt;%2&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Find the caller: name, contract, phone or address</source>
        <translation>Знайдіть абонента: ім’я, договір, телефон або адреса</translation>
    </message>
    <message>
        <source>&lt;b&gt;Withheld number.&lt;/b&gt; Ask for the contract number or name and find them below.</source>
        <translation>&lt;b&gt;Номер приховано.&lt;/b&gt; Запитайте номер договору або ім’я та знайдіть абонента нижче.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Unknown caller.&lt;/b&gt; Nobody has this number yet: find the customer below.</source>
        <translation>&lt;b&gt;Невідомий номер.&lt;/b&gt; Цей номер поки ні за ким не записано: знайдіть абонента нижче.</translation>
    </message>
    <message>
        <source>Stopped ringing here before it was answered.</source>
        <translation>Дзвінок тут припинився до відповіді.</translation>
    </message>
    <message>
        <source>The call from %1 stopped ringing here before it was answered.</source>
        <translation>Дзвінок з номера %1 тут припинився до відповіді.</translation>
    </message>
    <message>
        <source>Nobody is chosen for this call. Keep it among the unlinked calls, to link it to the customer later (Customers → Unlinked Calls)?</source>
        <translation>Для цього дзвінка нікого не вибрано. Зберегти його серед неприв’язаних, щоб прив’язати до абонента пізніше (Абоненти → Неприв’язані дзвінки)?</translation>
    </message>
    <message>
        <source>&amp;Keep Unlinked</source>
        <translation>&amp;Зберегти без абонента</translation>
    </message>
    <message>
        <source>Call kept without a customer: link it from Customers → Unlinked Calls.</source>
        <translation>Дзвінок збережено без абонента: прив’яжіть його в меню Абоненти → Неприв’язані дзвінки.</translation>
    </message>
</context>
<context>
    <name>abonent::CallListener</name>
    <message>
        <source>Another Abonent window receives the calls.</source>
        <translation>Дзвінки приймає інше вікно «Абонента».</translation>
    </message>
    <message>
        <source>No folder of this user&apos;s own is available for the call hand-off.</source>
        <translation>Для передавання дзвінків немає теки, доступної лише цьому користувачеві.</translation>
    </message>
    <message>
        <source>The lock %1 cannot be created.</source>
        <translation>Не вдається створити файл блокування %1.</translation>
    </message>
</context>
<context>
    <name>abonent::CaseStepDialog</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Step %1 of 4: %2&lt;/b&gt;</source>
        <translation>&lt;b&gt;Крок %1 з 4: %2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>Remind the customer of the support minutes the plan includes and how support beyond them is paid.</source>
        <translation>Нагадайте абонентові, скільки хвилин підтримки включено в тариф і як оплачується підтримка понад них.</translation>
    </message>
    <message>
        <source>Paid support beyond the allowance</source>
        <translation>Платна підтримка понад ліміт</translation>
    </message>
    <message>
        <source>The customer &amp;accepted</source>
        <translation>Абонент &amp;погодився</translation>
    </message>
    <message>
        <source>&amp;Offered:</source>
        <translation>&amp;Запропоновано:</translation>
    </message>
    <message>
        <source>New plan &amp;from:</source>
        <translation>Новий тариф &amp;з:</translation>
    </message>
    <message>
        <source>e.g. 7.4</source>
        <translation>наприклад, 7.4</translation>
    </message>
    <message>
        <source> month(s)</source>
        <translation> міс.</translation>
    </message>
    <message>
        <source>Contract &amp;clause:</source>
        <translation>П&amp;ункт договору:</translation>
    </message>
    <message>
        <source>Notice &amp;period:</source>
        <translation>Строк &amp;повідомлення:</translation>
    </message>
    <message>
        <source>&amp;Why the customer leaves:</source>
        <translation>При&amp;чина відходу:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Примітка:</translation>
    </message>
    <message>
        <source>&amp;End the Contract</source>
        <translation>&amp;Розірвати договір</translation>
    </message>
    <message>
        <source>&amp;Record Step</source>
        <translation>&amp;Записати крок</translation>
    </message>
    <message>
        <source>the day of the previous step</source>
        <translation>день попереднього кроку</translation>
    </message>
    <message>
        <source>the day the notice ends</source>
        <translation>день закінчення строку попередження</translation>
    </message>
    <message>
        <source>The plan ends on %1. With the payments as they are now: fees paid %2, due %3: %4</source>
        <translation>Тариф закінчується %1. За платежами на сьогодні: внесено %2, до сплати %3: %4</translation>
    </message>
    <message>
        <source>Service ends on %1. Fees paid %2, due until then %3: %4</source>
        <translation>Обслуговування закінчується %1. Внесено %2, до сплати до цієї дати %3: %4</translation>
    </message>
    <message>
        <source>%1 is refunded to the customer.</source>
        <translation>абонентові повертається %1.</translation>
    </message>
    <message>
        <source>nothing is refunded and nothing is owed.</source>
        <translation>немає ні повернення, ні боргу.</translation>
    </message>
    <message>
        <source>the customer still owes %1; the confirmation asks for it within 14 days.</source>
        <translation>абонент ще винен %1; підтвердження просить сплатити протягом 14 днів.</translation>
    </message>
    <message>
        <source>the customer still owes %1, paid with the usual fees by the end of the notice.</source>
        <translation>абонент ще винен %1 — це звичайна абонентська плата до кінця строку попередження.</translation>
    </message>
    <message>
        <source>This step can be taken from %1 (%2); until then there is nothing to record.</source>
        <translation>Цей крок можна зробити з %1 (%2); доти записувати нічого.</translation>
    </message>
    <message>
        <source>Up to today: a step is recorded once it is taken.</source>
        <translation>Не пізніше сьогоднішнього дня: крок записують, коли його зроблено.</translation>
    </message>
    <message>
        <source>From %1 (%2) to today.</source>
        <translation>З %1 (%2) до сьогоднішнього дня.</translation>
    </message>
</context>
<context>
    <name>abonent::CheckRowsPage</name>
    <message>
        <source>Check Every Row</source>
        <translation>Перевірка кожного рядка</translation>
    </message>
    <message>
        <source>Nothing is written yet. Rows that would be refused are listed with the reason; fix them in the file and check again.</source>
        <translation>Поки нічого не записано. Рядки, які було б відхилено, перелічено з причиною; виправте їх у файлі й перевірте знову.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Завантажити</translation>
    </message>
    <message>
        <source>&amp;Save List…</source>
        <translation>З&amp;берегти список…</translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation>Перевірити &amp;ще раз</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Читається %1…</translation>
    </message>
    <message>
        <source>The file could not be checked: %1</source>
        <translation>Не вдалося перевірити файл: %1</translation>
    </message>
    <message>
        <source>The check was stopped.</source>
        <translation>Перевірку зупинено.</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln row(s) can be imported. Nothing has been written yet.</source>
        <translation>
            <numerusform>Можна завантажити всі рядки: %Ln. Поки нічого не записано.</numerusform>
            <numerusform>Можна завантажити всі рядки: %Ln. Поки нічого не записано.</numerusform>
            <numerusform>Можна завантажити всі рядки: %Ln. Поки нічого не записано.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln row(s) would be refused, and then nothing would be imported. Save the list, fix the rows in the file and check again.</source>
        <translation>
            <numerusform>З %Ln рядка було б відхилено %1, і тоді нічого не завантажиться. Збережіть список, виправте рядки у файлі й перевірте знову.</numerusform>
            <numerusform>З %Ln рядків було б відхилено %1, і тоді нічого не завантажиться. Збережіть список, виправте рядки у файлі й перевірте знову.</numerusform>
            <numerusform>З %Ln рядків було б відхилено %1, і тоді нічого не завантажиться. Збережіть список, виправте рядки у файлі й перевірте знову.</numerusform>
        </translation>
    </message>
    <message>
        <source>-refused</source>
        <translation>-відхилено</translation>
    </message>
    <message>
        <source>Save the Refused Rows</source>
        <translation>Зберегти відхилені рядки</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файли CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>abonent::ColumnsPage</name>
    <message>
        <source>How the File Is Read</source>
        <translation>Як читається файл</translation>
    </message>
    <message>
        <source>Check the first rows: each column says the field it goes to. Change what was guessed wrongly.</source>
        <translation>Перевірте перші рядки: у кожного стовпця вказано, в яке поле він потрапить. Виправте те, що вгадано неправильно.</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Крапка з комою ( ; )</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Кома ( , )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Табуляція</translation>
    </message>
    <message>
        <source>Day first (31.12.2025)</source>
        <translation>Спершу день (31.12.2025)</translation>
    </message>
    <message>
        <source>Month first (12/31/2025)</source>
        <translation>Спершу місяць (12/31/2025)</translation>
    </message>
    <message>
        <source>Year first (2025-12-31)</source>
        <translation>Спершу рік (2025-12-31)</translation>
    </message>
    <message>
        <source>Comma (12,50)</source>
        <translation>Кома (12,50)</translation>
    </message>
    <message>
        <source>Point (12.50)</source>
        <translation>Крапка (12.50)</translation>
    </message>
    <message>
        <source>The day the balances in the file stand at: payments from that day on are counted on top of them.</source>
        <translation>День, на який вказано баланси у файлі: платежі з цього дня додаються до них.</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Кодування:</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Роздільник:</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>Да&amp;ти:</translation>
    </message>
    <message>
        <source>Decimal &amp;mark:</source>
        <translation>Десятковий з&amp;нак:</translation>
    </message>
    <message>
        <source>&amp;Balances as of:</source>
        <translation>&amp;Баланси на дату:</translation>
    </message>
    <message>
        <source>The file does not read as %1 text: choose the encoding it was saved in.</source>
        <translation>Файл не читається як текст у кодуванні %1: виберіть кодування, в якому його збережено.</translation>
    </message>
    <message>
        <source>Say which column holds: %1.</source>
        <translation>Вкажіть, у якому стовпці: %1.</translation>
    </message>
    <message>
        <source>— choose the column —</source>
        <translation>— виберіть стовпець —</translation>
    </message>
    <message>
        <source>— not in the file —</source>
        <translation>— немає у файлі —</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
</context>
<context>
    <name>abonent::ContactDialog</name>
    <message>
        <source>New Contact — %1</source>
        <translation>Нове звернення — %1</translation>
    </message>
    <message>
        <source>4:30 or 270 (seconds)</source>
        <translation>4:30 або 270 (у секундах)</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Канал:</translation>
    </message>
    <message>
        <source>&amp;Started:</source>
        <translation>&amp;Час початку:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Тривалість:</translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation>&amp;Оператор:</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>Т&amp;ема:</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>&amp;Зміст:</translation>
    </message>
    <message>
        <source>Out&amp;come:</source>
        <translation>&amp;Результат:</translation>
    </message>
    <message>
        <source>Caller&apos;s co&amp;nduct:</source>
        <translation>&amp;Поведінка абонента:</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Зберегти (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Write the duration as minutes:seconds (4:30) or in seconds (270).</source>
        <translation>Вкажіть тривалість у форматі хвилини:секунди (4:30) або в секундах (270).</translation>
    </message>
    <message>
        <source>Discard this contact? What was typed will be lost.</source>
        <translation>Не зберігати це звернення? Введені дані буде втрачено.</translation>
    </message>
    <message>
        <source>= %1 min:sec</source>
        <translation>= %1 хв:с</translation>
    </message>
    <message>
        <source>Choose the operator who handled the contact.</source>
        <translation>Виберіть оператора, який прийняв звернення.</translation>
    </message>
    <message>
        <source>Tag the caller, with this contact as evidence (Ctrl+T)</source>
        <translation>Поставити абонентові позначку з цим зверненням як підставою (Ctrl+T)</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Позначки:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>немає</translation>
    </message>
    <message>
        <source>%1 — set when the contact is saved</source>
        <translation>%1 — буде поставлено під час збереження звернення</translation>
    </message>
    <message>
        <source>Ta&amp;g Caller…</source>
        <translation>&amp;Позначити абонента…</translation>
    </message>
    <message>
        <source>C&amp;lear Tags</source>
        <translation>При&amp;брати позначки</translation>
    </message>
    <message>
        <source>Keep the contact, without the tags added to it</source>
        <translation>Зберегти звернення без доданих до нього позначок</translation>
    </message>
</context>
<context>
    <name>abonent::CostRatesDialog</name>
    <message>
        <source>Recomputing the support cost of the whole history with the new rates…</source>
        <translation>Перерахунок витрат на підтримку за всю історію за новими ставками…</translation>
    </message>
    <message>
        <source>Support Cost Rates</source>
        <translation>Ставки витрат на підтримку</translation>
    </message>
    <message>
        <source>The rates were not changed: %1</source>
        <translation>Ставки не змінено: %1</translation>
    </message>
    <message>
        <source>A contact costs its minutes at the hourly cost of whoever handled it — the default rate when nobody known did or they have no rate — plus the fixed cost of its channel. Saving recomputes the support cost of the whole history with these rates.</source>
        <translation>Звернення коштує його хвилин за погодинною вартістю того, хто його обробив (за типовою ставкою, якщо це невідомо або в працівника немає ставки), плюс постійні витрати його каналу. Під час збереження витрати на підтримку за всю історію перераховуються за цими ставками.</translation>
    </message>
    <message>
        <source>&amp;Default cost per hour (%1):</source>
        <translation>&amp;Типова вартість години (%1):</translation>
    </message>
    <message>
        <source>Fixed cost per contact (%1)</source>
        <translation>Постійні витрати на звернення (%1)</translation>
    </message>
    <message>
        <source>Cost per hour of each operator (empty: the default rate)</source>
        <translation>Вартість години кожного оператора (порожньо — типова ставка)</translation>
    </message>
    <message>
        <source>&amp;Save and Recompute</source>
        <translation>&amp;Зберегти й перерахувати</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in %2.</source>
        <translation>«%1» — не сума в %2.</translation>
    </message>
</context>
<context>
    <name>abonent::CsvExportDialog</name>
    <message>
        <source>Start with a &amp;byte order mark (Excel needs it to read UTF-8)</source>
        <translation>Почати з &amp;мітки порядку байтів (без неї Excel не прочитає UTF-8)</translation>
    </message>
    <message>
        <source>Export Table</source>
        <translation>Експорт таблиці</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Огляд…</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Кома ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; ), for a decimal comma</source>
        <translation>Крапка з комою ( ; ), якщо дробова частина через кому</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Роздільник:</translation>
    </message>
    <message>
        <source>Comma-separated values (*.csv)</source>
        <translation>Значення через роздільник (*.csv)</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Виберіть файл для запису.</translation>
    </message>
    <message>
        <source>%1 exists. Replace it?</source>
        <translation>Файл %1 уже є. Замінити його?</translation>
    </message>
</context>
<context>
    <name>abonent::CustomerCardView</name>
    <message>
        <source>Click a number to copy it</source>
        <translation>Клацніть номер, щоб скопіювати його</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>Скопійовано: %1</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Тариф:</translation>
    </message>
    <message>
        <source>Phones:</source>
        <translation>Телефони:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Адреса:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Ел. пошта:</translation>
    </message>
    <message>
        <source>Customer since:</source>
        <translation>Дата підключення:</translation>
    </message>
    <message>
        <source>Paid in total:</source>
        <translation>Усього сплачено:</translation>
    </message>
    <message>
        <source>Last contact:</source>
        <translation>Останнє звернення:</translation>
    </message>
    <message>
        <source>Support this month:</source>
        <translation>Підтримка цього місяця:</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Редагувати…</translation>
    </message>
    <message>
        <source>Pa&amp;yment…</source>
        <translation>&amp;Платіж…</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <source>This customer cannot be shown</source>
        <translation>Не вдається показати цього абонента</translation>
    </message>
    <message>
        <source>Contract %1 · %2 · %3</source>
        <translation>Договір %1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 a month, %n minute(s) of support included, since %3</source>
        <translation>
            <numerusform>%1 — %2 на місяць, включено %n хвилину підтримки, з %3</numerusform>
            <numerusform>%1 — %2 на місяць, включено %n хвилини підтримки, з %3</numerusform>
            <numerusform>%1 — %2 на місяць, включено %n хвилин підтримки, з %3</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 a month, support not included, since %3</source>
        <translation>%1 — %2 на місяць, підтримку не включено, з %3</translation>
    </message>
    <message>
        <source>No plan in force</source>
        <translation>Немає чинного тарифу</translation>
    </message>
    <message>
        <source>Nothing yet</source>
        <translation>Поки нічого</translation>
    </message>
    <message>
        <source>%1, with %2</source>
        <translation>%1, оператор: %2</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Ще не було</translation>
    </message>
    <message>
        <source>%1 of %2 min used — %3 min over the allowance</source>
        <translation>Використано %1 з %2 хв — ліміт перевищено на %3 хв</translation>
    </message>
    <message>
        <source>%1 of %2 min used</source>
        <translation>Використано %1 з %2 хв</translation>
    </message>
    <message>
        <source>%1 min used; the plan includes no support</source>
        <translation>Використано %1 хв; підтримка до тарифу не входить</translation>
    </message>
    <message>
        <source>Saved by %1, %2</source>
        <translation>Збережено: %1, %2</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>невідомий оператор</translation>
    </message>
    <message>
        <source>The notes were not saved: %1</source>
        <translation>Нотатки не збережено: %1</translation>
    </message>
    <message>
        <source>Notes saved</source>
        <translation>Нотатки збережено</translation>
    </message>
    <message>
        <source>Customer &amp;Leaves…</source>
        <translation>Абонент &amp;іде…</translation>
    </message>
    <message>
        <source>&amp;Write Letter…</source>
        <translation>Написати &amp;лист…</translation>
    </message>
    <message>
        <source>Everything on record about this customer&apos;s case, for the owner or a lawyer</source>
        <translation>Усе, що відомо про справу абонента, — для власника або юриста</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Друк…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Зберегти в PDF…</translation>
    </message>
    <message>
        <source>Case File</source>
        <translation>Справа абонента</translation>
    </message>
    <message>
        <source>settled</source>
        <translation>розрахунок закрито</translation>
    </message>
    <message>
        <source>%1 ahead</source>
        <translation>переплата %1</translation>
    </message>
    <message>
        <source>%1 owed</source>
        <translation>борг %1</translation>
    </message>
    <message>
        <source>%1 · last 12 months: %2</source>
        <translation>%1 · за 12 місяців: %2</translation>
    </message>
    <message>
        <source>Received less refunds and compensation since the customer began; then how the last twelve months&apos; payments stand against what was charged for them: the plan&apos;s fee for its days and paid support, less compensation.</source>
        <translation>Отримано від початку обслуговування за вирахуванням повернень і компенсацій; далі — як платежі за останні дванадцять місяців співвідносяться з нарахованим за них: абонентською платою за дні дії тарифу та платною підтримкою за вирахуванням компенсацій.</translation>
    </message>
    <message>
        <source>Charged and Support Cost</source>
        <translation>Нарахування й витрати</translation>
    </message>
    <message>
        <source>Hide the details: the timeline takes the card (Ctrl+D)</source>
        <translation>Сховати відомості: уся картка віддається історії (Ctrl+D)</translation>
    </message>
    <message>
        <source>Show the details again (Ctrl+D)</source>
        <translation>Знову показати відомості (Ctrl+D)</translation>
    </message>
    <message>
        <source>Personal &amp;Data</source>
        <translation>П&amp;ерсональні дані</translation>
    </message>
    <message>
        <source>Everything held about this person, for their right of access; or its erasure at their request</source>
        <translation>Усе, що зберігається про цю людину, — за її правом на доступ; або стирання на її прохання</translation>
    </message>
    <message>
        <source>&amp;Save Person&apos;s Data…</source>
        <translation>&amp;Зберегти дані людини…</translation>
    </message>
    <message>
        <source>&amp;Erase Personal Data…</source>
        <translation>&amp;Стерти персональні дані…</translation>
    </message>
    <message>
        <source>Contract %1 · %2 · %3 · personal data erased on %4</source>
        <translation>Договір %1 · %2 · %3 · персональні дані стерто %4</translation>
    </message>
    <message>
        <source>&amp;New Contact…</source>
        <translation>Нове з&amp;вернення…</translation>
    </message>
    <message>
        <source>Chan&amp;ge Plan…</source>
        <translation>Змінити &amp;тариф…</translation>
    </message>
    <message>
        <source>C&amp;ase File</source>
        <translation>&amp;Справа абонента</translation>
    </message>
    <message>
        <source>Arch&amp;ive…</source>
        <translation>До ар&amp;хіву…</translation>
    </message>
    <message>
        <source>Sa&amp;ve Notes</source>
        <translation>&amp;Зберегти нотатки</translation>
    </message>
    <message>
        <source>%1 — since you began writing; saving shows both.</source>
        <translation>%1 — уже після того, як ви почали писати; під час збереження буде показано обидва варіанти.</translation>
    </message>
    <message>
        <source>Your notes are not saved yet.</source>
        <translation>Ваші нотатки ще не збережено.</translation>
    </message>
    <message>
        <source>Saved by %1, %2:</source>
        <translation>Зберіг(ла) %1, %2:</translation>
    </message>
    <message>
        <source>The notes saved at the other desk are kept; your text was dropped.</source>
        <translation>Залишено нотатки, збережені на іншому робочому місці; ваш текст відкинуто.</translation>
    </message>
</context>
<context>
    <name>abonent::CustomerEconomicsChart</name>
    <message>
        <source>Revenue and support cost</source>
        <translation>Виторг і витрати на підтримку</translation>
    </message>
    <message>
        <source>Minutes against the allowance</source>
        <translation>Хвилини відносно ліміту</translation>
    </message>
    <message>
        <source>Support cost</source>
        <translation>Витрати на підтримку</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Маржа</translation>
    </message>
    <message>
        <source>Minutes of calls and chats</source>
        <translation>Хвилини дзвінків і чатів</translation>
    </message>
    <message>
        <source>Included in the plan</source>
        <translation>Включено в тариф</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>хвилини</translation>
    </message>
    <message>
        <source>The allowance counts calls and chats.</source>
        <translation>Ліміт ураховує дзвінки й чати.</translation>
    </message>
    <message>
        <source>%1
Charged: %2
Received: %3
Support cost: %4
Margin: %5
Minutes of calls and chats: %6 of %7</source>
        <translation>%1
Нараховано: %2
Отримано: %3
Витрати на підтримку: %4
Маржа: %5
Хвилин дзвінків і чатів: %6 з %7</translation>
    </message>
    <message>
        <source>Charged</source>
        <translation>Нараховано</translation>
    </message>
    <message>
        <source>settled</source>
        <translation>розрахунок закрито</translation>
    </message>
    <message>
        <source>%1 ahead</source>
        <translation>переплата %1</translation>
    </message>
    <message>
        <source>%1 owed</source>
        <translation>борг %1</translation>
    </message>
    <message>
        <source>Charged: the plan&apos;s fee for the days it was in force and paid support, less compensation. Received: the payments, less refunds and compensation.</source>
        <translation>Нараховано: абонентська плата за дні дії тарифу та платна підтримка за вирахуванням компенсацій. Отримано: платежі за вирахуванням повернень і компенсацій.</translation>
    </message>
    <message>
        <source>Received %1 of %2 charged: %3.</source>
        <translation>Отримано %1 з нарахованих %2: %3.</translation>
    </message>
</context>
<context>
    <name>abonent::CustomerEditorDialog</name>
    <message>
        <source>New Customer</source>
        <translation>Новий абонент</translation>
    </message>
    <message>
        <source>Edit Customer — %1</source>
        <translation>Редагування абонента — %1</translation>
    </message>
    <message>
        <source>&amp;Contract number:</source>
        <translation>&amp;Номер договору:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Ім’я:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Адреса:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Ел. пошта:</translation>
    </message>
    <message>
        <source>Customer &amp;since:</source>
        <translation>Дата &amp;підключення:</translation>
    </message>
    <message>
        <source>Add &amp;Phone</source>
        <translation>&amp;Додати телефон</translation>
    </message>
    <message>
        <source>Phones:</source>
        <translation>Телефони:</translation>
    </message>
    <message>
        <source>Number, as given</source>
        <translation>Номер, як його повідомили</translation>
    </message>
    <message>
        <source>Label (home, office…)</source>
        <translation>Мітка (домашній, робочий…)</translation>
    </message>
    <message>
        <source>Remove this number</source>
        <translation>Видалити цей номер</translation>
    </message>
    <message>
        <source>The contract number %1 is already used by %2.</source>
        <translation>Номер договору %1 уже використовується абонентом %2.</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>✓ %1 (not an assigned range; check it)</source>
        <translation>✓ %1 (номер поза виділеними діапазонами; перевірте його)</translation>
    </message>
    <message>
        <source>At least one phone number is required.</source>
        <translation>Потрібно вказати принаймні один номер телефону.</translation>
    </message>
    <message>
        <source>Discard the changes to this customer?</source>
        <translation>Не зберігати зміни даних абонента?</translation>
    </message>
    <message>
        <source>Not saved yet: %1</source>
        <translation>Поки не збережено: %1</translation>
    </message>
</context>
<context>
    <name>abonent::CustomerFinder</name>
    <message>
        <source>Name, contract, phone or address</source>
        <translation>Ім’я, договір, телефон або адреса</translation>
    </message>
</context>
<context>
    <name>abonent::CustomerListModel</name>
    <message>
        <source>Contract</source>
        <translation>Договір</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Тариф</translation>
    </message>
    <message>
        <source>Main phone</source>
        <translation>Основний телефон</translation>
    </message>
    <message>
        <source>Minutes of calls and chats this month, which the plan&apos;s support allowance counts</source>
        <translation>Хвилини дзвінків і чатів цього місяця, що враховуються в ліміті підтримки тарифу</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Останнє звернення</translation>
    </message>
    <message>
        <source>Support min.</source>
        <translation>Хв. підтримки</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Позначки</translation>
    </message>
    <message>
        <source>Tags in force; sorting puts customers with the most problem tags first</source>
        <translation>Чинні позначки; під час сортування першими йдуть абоненти з найбільшою кількістю проблемних позначок</translation>
    </message>
</context>
<context>
    <name>abonent::CustomerMerge</name>
    <message>
        <source>%1 (changed at both desks)</source>
        <translation>%1 (змінено на обох місцях)</translation>
    </message>
    <message>
        <source>Changed at both desks: choose which to keep.</source>
        <translation>Змінено на обох робочих місцях: виберіть, що залишити.</translation>
    </message>
    <message>
        <source>Before either change: %1</source>
        <translation>До змін: %1</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Saved at another desk</source>
        <translation>Збережено на іншому місці</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ваше</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Договір</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Клієнт з</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Телефони</translation>
    </message>
</context>
<context>
    <name>abonent::CustomerMergeDialog</name>
    <message>
        <source>Merge Changes — %1</source>
        <translation>Об’єднання змін — %1</translation>
    </message>
    <message>
        <source>While you were editing, %1 was saved at another desk. Tick what to keep in each row; where both desks changed a field, yours is ticked until you choose.</source>
        <translation>Поки ви редагували, %1 зберегли на іншому робочому місці. Позначте в кожному рядку, що залишити; де поле змінили на обох місцях, позначено ваше, доки ви не виберете.</translation>
    </message>
    <message>
        <source>&amp;Save Merged</source>
        <translation>&amp;Зберегти об’єднане</translation>
    </message>
    <message>
        <source>&amp;Back to Editing</source>
        <translation>&amp;Повернутися до редагування</translation>
    </message>
    <message>
        <source>While you were editing, %1 was saved at another desk, in other fields than yours. Each row keeps the change that was made; tick the other value to keep that instead.</source>
        <translation>Поки ви редагували, %1 зберегли на іншому робочому місці, але в інших полях. У кожному рядку залишається зроблена зміна; позначте інше значення, щоб залишити його.</translation>
    </message>
</context>
<context>
    <name>abonent::CustomerPickerDialog</name>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Вибрати</translation>
    </message>
</context>
<context>
    <name>abonent::CustomerProblemPanel</name>
    <message>
        <source>No tags</source>
        <translation>Позначок немає</translation>
    </message>
    <message>
        <source>&amp;Tag…</source>
        <translation>Позна&amp;чка…</translation>
    </message>
    <message>
        <source>Tag this customer (Ctrl+T)</source>
        <translation>Поставити абонентові позначку (Ctrl+T)</translation>
    </message>
    <message>
        <source>Ne&amp;xt Step…</source>
        <translation>Наст&amp;упний крок…</translation>
    </message>
    <message>
        <source>S&amp;kip Step…</source>
        <translation>Пр&amp;опустити крок…</translation>
    </message>
    <message>
        <source>Close as &amp;Resolved…</source>
        <translation>Закрити як вирі&amp;шену…</translation>
    </message>
    <message>
        <source>Handling — %1</source>
        <translation>Як спілкуватися — %1</translation>
    </message>
    <message>
        <source>Tag…</source>
        <translation>Позначити…</translation>
    </message>
    <message>
        <source>Suggestions: %1</source>
        <translation>Підказки: %1</translation>
    </message>
    <message>
        <source>%1
Set by %2, %3</source>
        <translation>%1
Поставив(ла) %2, %3</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>До %1</translation>
    </message>
    <message>
        <source>&amp;Remove Tag…</source>
        <translation>&amp;Зняти позначку…</translation>
    </message>
    <message>
        <source>No open case.</source>
        <translation>Відкритої справи немає.</translation>
    </message>
    <message>
        <source>%1 (skipped)</source>
        <translation>%1 (пропущено)</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>поки нічого</translation>
    </message>
    <message>
        <source>Remove Tag — %1</source>
        <translation>Зняти позначку — %1</translation>
    </message>
    <message>
        <source>Why is &quot;%1&quot; removed? It was set because: %2</source>
        <translation>Чому знімається позначка «%1»? Її поставили тому, що: %2</translation>
    </message>
    <message>
        <source>&amp;Remove Tag</source>
        <translation>&amp;Зняти позначку</translation>
    </message>
    <message>
        <source>Open Case — %1</source>
        <translation>Відкрити справу — %1</translation>
    </message>
    <message>
        <source>Why is an escalation case opened? The steps follow: reminder of the support limits, an offer of another plan or paid support, notice of termination, termination.</source>
        <translation>Чому відкривається справа про ескалацію? Далі йдуть кроки: нагадування про обмеження підтримки, пропозиція іншого тарифу або платної підтримки, повідомлення про розірвання, розірвання.</translation>
    </message>
    <message>
        <source>&amp;Open Case</source>
        <translation>&amp;Відкрити справу</translation>
    </message>
    <message>
        <source>Skip Step — %1</source>
        <translation>Пропустити крок — %1</translation>
    </message>
    <message>
        <source>Why is &quot;%1&quot; skipped? The reason stays with the case.</source>
        <translation>Чому пропускається крок «%1»? Причина збережеться у справі.</translation>
    </message>
    <message>
        <source>S&amp;kip Step</source>
        <translation>Пр&amp;опустити крок</translation>
    </message>
    <message>
        <source>Close Case — %1</source>
        <translation>Закрити справу — %1</translation>
    </message>
    <message>
        <source>How was the case resolved? A notice already given is withdrawn.</source>
        <translation>Як вирішено справу? Уже надіслане повідомлення відкликається.</translation>
    </message>
    <message>
        <source>Close &amp;Case</source>
        <translation>Закрити &amp;справу</translation>
    </message>
    <message>
        <source>&amp;Open Case…</source>
        <translation>Відкр&amp;ити справу…</translation>
    </message>
    <message>
        <source>What the pattern indicators see: facts, not labels</source>
        <translation>Що бачать індикатори: факти, а не ярлики</translation>
    </message>
    <message>
        <source>incidents %1 in 30 days, %2 in 90</source>
        <translation>інцидентів %1 за 30 днів, %2 за 90</translation>
    </message>
    <message>
        <source>contacts %1 in 30 days, at most %2 a day</source>
        <translation>звернень %1 за 30 днів, не більше %2 на день</translation>
    </message>
    <message>
        <source>no contacts in 30 days</source>
        <translation>звернень за 30 днів немає</translation>
    </message>
    <message>
        <source>support %1 min this month, %2 a month over 3 months, %3 included</source>
        <translation>підтримка %1 хв цього місяця, %2 на місяць за 3 місяці, у тарифі %3</translation>
    </message>
    <message>
        <source>support %1 min this month, %2 a month over 3 months</source>
        <translation>підтримка %1 хв цього місяця, %2 на місяць за 3 місяці</translation>
    </message>
    <message>
        <source>3 months: cost %1, revenue %2</source>
        <translation>за 3 місяці: витрати %1, виручка %2</translation>
    </message>
    <message>
        <source>Indicators: %1</source>
        <translation>Індикатори: %1</translation>
    </message>
    <message>
        <source>Write the letter that goes out with the latest step</source>
        <translation>Написати лист до останнього кроку справи</translation>
    </message>
    <message>
        <source>%1 (letter %2)</source>
        <translation>%1 (лист %2)</translation>
    </message>
    <message>
        <source>Letter for the Step</source>
        <translation>Лист до кроку</translation>
    </message>
    <message>
        <source>The step &quot;%1&quot; is recorded. Write its letter now?</source>
        <translation>Крок «%1» записано. Написати лист до нього зараз?</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>прострочено з %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>строк %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Case open&lt;/b&gt; since %1: %2&lt;br&gt;Done: %3&lt;br&gt;Next: &lt;b&gt;%4&lt;/b&gt;, %5</source>
        <translation>&lt;b&gt;Справу відкрито&lt;/b&gt; з %1: %2&lt;br&gt;Зроблено: %3&lt;br&gt;Далі: &lt;b&gt;%4&lt;/b&gt;, %5</translation>
    </message>
    <message>
        <source>Ste&amp;p Letter…</source>
        <translation>Лист до &amp;кроку…</translation>
    </message>
</context>
<context>
    <name>abonent::DepartureDialog</name>
    <message>
        <source>Customer Leaves — %1</source>
        <translation>Абонент іде — %1</translation>
    </message>
    <message>
        <source>The plan ends on this day, the customer&apos;s status becomes terminated, and the reason stays on record.</source>
        <translation>Цього дня тариф завершується, абонент отримує статус «Договір розірвано», а причина зберігається.</translation>
    </message>
    <message>
        <source>&amp;Service ends on:</source>
        <translation>Обслуговування &amp;до:</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Примітка:</translation>
    </message>
    <message>
        <source>&amp;End the Contract</source>
        <translation>&amp;Розірвати договір</translation>
    </message>
</context>
<context>
    <name>abonent::DeskOperatorDialog</name>
    <message>
        <source>Who Is at This Desk</source>
        <translation>Хто за цим робочим місцем</translation>
    </message>
    <message>
        <source>Contacts, notes and changes made here are recorded under this name until you choose another.</source>
        <translation>Звернення, нотатки та зміни, зроблені тут, записуються під цим ім’ям, доки ви не виберете інше.</translation>
    </message>
    <message>
        <source>Not in the list? Add yourself</source>
        <translation>Вас немає в списку? Додайте себе</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>&amp;Додати</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Ім’я:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>Type the name to add.</source>
        <translation>Введіть ім’я, яке потрібно додати.</translation>
    </message>
    <message>
        <source>Choose a name, or add yours.</source>
        <translation>Виберіть ім’я або додайте своє.</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Вибрати</translation>
    </message>
</context>
<context>
    <name>abonent::DeskPerson</name>
    <message>
        <source>Locked</source>
        <translation>Заблоковано</translation>
    </message>
    <message>
        <source>Signed In</source>
        <translation>Вхід виконано</translation>
    </message>
    <message>
        <source>You are signed in to the server with your own login, %1. Another person signs in with theirs: open the database again with their login.</source>
        <translation>Ви увійшли на сервер під своїм логіном, %1. Інша людина входить під своїм: відкрийте базу знову з її логіном.</translation>
    </message>
</context>
<context>
    <name>abonent::ErasureDialog</name>
    <message>
        <source>Erase Personal Data — %1</source>
        <translation>Стерти персональні дані — %1</translation>
    </message>
    <message>
        <source>The personal data of %1 (contract %2) cannot be erased now:</source>
        <translation>Персональні дані %1 (договір %2) зараз стерти не можна:</translation>
    </message>
    <message>
        <source>At their request, the personal data of %1 (contract %2) is erased. It cannot be undone.</source>
        <translation>На прохання людини персональні дані %1 (договір %2) стираються. Це не можна скасувати.</translation>
    </message>
    <message>
        <source>Removed:</source>
        <translation>Видаляється:</translation>
    </message>
    <message>
        <source>Kept:</source>
        <translation>Зберігається:</translation>
    </message>
    <message>
        <source>Copies made before now (backups, exports, letters saved or printed) still hold the data until they are replaced; recordings kept by the phone system are to be deleted there.</source>
        <translation>Зроблені раніше копії (резервні копії, вивантаження, збережені чи надруковані листи) містять ці дані, доки їх не замінять; записи розмов на телефонній станції видаляються там.</translation>
    </message>
    <message>
        <source>To erase, type the contract number %1 &amp;here:</source>
        <translation>Щоб стерти, введіть номер договору %1 &amp;тут:</translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation>&amp;Стерти</translation>
    </message>
    <message>
        <source>The personal data of contract %1 was erased.</source>
        <translation>Персональні дані за договором %1 стерто.</translation>
    </message>
    <message numerus="yes">
        <source>The personal data of contract %1 was erased. The phone system still keeps %n recording(s) of their calls; delete them there:</source>
        <translation>
            <numerusform>Персональні дані за договором %1 стерто. На телефонній станції лишається %n запис його розмов; видаліть його там:</numerusform>
            <numerusform>Персональні дані за договором %1 стерто. На телефонній станції лишаються %n записи його розмов; видаліть їх там:</numerusform>
            <numerusform>Персональні дані за договором %1 стерто. На телефонній станції лишаються %n записів його розмов; видаліть їх там:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>abonent::FileChoicePage</name>
    <message>
        <source>Choose the File</source>
        <translation>Вибір файлу</translation>
    </message>
    <message>
        <source>Import plans first, then customers, then their phones, plan history, payments and contacts: each file refers to what is already in Abonent.</source>
        <translation>Спершу завантажте тарифи, потім абонентів, далі їхні телефони, історію тарифів, платежі та звернення: кожен файл посилається на те, що вже є в Abonent.</translation>
    </message>
    <message>
        <source>A CSV or text file saved by a spreadsheet or a billing system</source>
        <translation>Файл CSV або текстовий файл з таблиці чи білінгу</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Огляд…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Завантаження</translation>
    </message>
    <message>
        <source>CSV and text files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Файли CSV і текстові (*.csv *.txt *.tsv);;Усі файли (*)</translation>
    </message>
    <message>
        <source>&amp;What it holds:</source>
        <translation>&amp;Що у файлі:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
</context>
<context>
    <name>abonent::GuiApplication</name>
    <message>
        <source>Writing demo customers…</source>
        <translation>Запис демонстраційних абонентів…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Demo Data</source>
        <translation>Демонстраційні дані</translation>
    </message>
    <message>
        <source>No demo data was written: %1</source>
        <translation>Демонстраційні дані не записано: %1</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>The new language is used from the next start of Abonent.</source>
        <translation>Нову мову буде застосовано під час наступного запуску програми «Абонент».</translation>
    </message>
    <message>
        <source>Any plan</source>
        <translation>Будь-який тариф</translation>
    </message>
    <message>
        <source>Incoming call from %1: %2</source>
        <translation>Вхідний дзвінок з %1: %2</translation>
    </message>
    <message>
        <source>Incoming call: the number is withheld.</source>
        <translation>Вхідний дзвінок: номер приховано.</translation>
    </message>
    <message>
        <source>Incoming call from %1: an unknown number.</source>
        <translation>Вхідний дзвінок з %1: невідомий номер.</translation>
    </message>
    <message numerus="yes">
        <source>Incoming call from %1: %n customers have this number.</source>
        <translation>
            <numerusform>Вхідний дзвінок з %1: цей номер має %n абонент.</numerusform>
            <numerusform>Вхідний дзвінок з %1: цей номер мають %n абоненти.</numerusform>
            <numerusform>Вхідний дзвінок з %1: цей номер мають %n абонентів.</numerusform>
        </translation>
    </message>
    <message>
        <source>Abonent is already running; its window was brought forward.</source>
        <translation>«Абонент» уже запущено; його вікно виведено на передній план.</translation>
    </message>
    <message>
        <source>Unsaved call notes could not be read: %1</source>
        <translation>Не вдалося прочитати незбережені нотатки про дзвінки: %1</translation>
    </message>
    <message numerus="yes">
        <source>Recovered %n unsaved call note(s).</source>
        <translation>
            <numerusform>Відновлено %n незбережену нотатку про дзвінок.</numerusform>
            <numerusform>Відновлено %n незбережені нотатки про дзвінки.</numerusform>
            <numerusform>Відновлено %n незбережених нотаток про дзвінки.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rates saved; the support cost of the whole history follows them.</source>
        <translation>Ставки збережено; витрати на підтримку за всю історію перераховано за ними.</translation>
    </message>
    <message>
        <source>Incoming call: the caller ID is longer than any phone number.</source>
        <translation>Вхідний дзвінок: номер того, хто телефонує, довший за будь-який телефонний номер.</translation>
    </message>
    <message>
        <source>Another Abonent window is open, but it did not answer: %1</source>
        <translation>Відкрито інше вікно «Абонента», але воно не відповіло: %1</translation>
    </message>
    <message>
        <source>Read-Only Database</source>
        <translation>База даних лише для читання</translation>
    </message>
    <message>
        <source>Call recordings could not be fingerprinted: %1</source>
        <translation>Не вдалося зняти відбитки записів дзвінків: %1</translation>
    </message>
    <message>
        <source>Export Everything</source>
        <translation>Вивантажити все</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Вивантаження…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Зупинити</translation>
    </message>
    <message>
        <source>Export stopped; nothing of it was kept.</source>
        <translation>Вивантаження зупинено; нічого з нього не збережено.</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Вивантажено в %1.</translation>
    </message>
    <message>
        <source>Back Up</source>
        <translation>Резервна копія</translation>
    </message>
    <message>
        <source>Abonent databases (*.sqlite);;All files (*)</source>
        <translation>Бази даних Abonent (*.sqlite);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Copying the database…</source>
        <translation>Копіюється база даних…</translation>
    </message>
    <message>
        <source>Backed up to %1 (%2), checked whole.</source>
        <translation>Резервну копію записано в %1 (%2) і перевірено повністю.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Відновлення</translation>
    </message>
    <message>
        <source>Checking the backup and putting it back…</source>
        <translation>Резервна копія перевіряється і повертається…</translation>
    </message>
    <message>
        <source>Restored from %1. What it replaced is kept in %2.</source>
        <translation>Відновлено з %1. Замінене збережено в %2.</translation>
    </message>
    <message>
        <source>Taking today&apos;s backup…</source>
        <translation>Робиться сьогоднішня резервна копія…</translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be taken: %1
The database itself is as it was.</source>
        <translation>Не вдалося зробити сьогоднішню резервну копію: %1
Сама база даних не змінилася.</translation>
    </message>
    <message>
        <source>Put %1 back in place of %2?

The backup was written on %3; everything recorded since then is replaced. What is there now is kept beside the database, so this can be undone.</source>
        <translation>Повернути %1 на місце %2?

Копію записано %3; усе записане після цього буде замінено. Теперішній вміст збережеться поруч із базою, тож це можна скасувати.</translation>
    </message>
    <message>
        <source>The database server does not answer; Abonent keeps trying to reconnect.</source>
        <translation>Сервер бази даних не відповідає; Abonent і далі намагається перепід’єднатися.</translation>
    </message>
    <message>
        <source>The database server answers again.</source>
        <translation>Сервер бази даних знову відповідає.</translation>
    </message>
    <message>
        <source>Changes from other desks will show only when the views are read again: %1</source>
        <translation>Зміни з інших робочих місць з’являться лише під час повторного читання: %1</translation>
    </message>
</context>
<context>
    <name>abonent::ImportPreviewModel</name>
    <message>
        <source>%1
(not imported)</source>
        <translation>%1
(не завантажується)</translation>
    </message>
</context>
<context>
    <name>abonent::ImportProblemsModel</name>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Рядок</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Стовпець</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значення</translation>
    </message>
    <message>
        <source>Why it is refused</source>
        <translation>Чому відхилено</translation>
    </message>
</context>
<context>
    <name>abonent::ImportWizard</name>
    <message>
        <source>Import</source>
        <translation>Завантаження</translation>
    </message>
</context>
<context>
    <name>abonent::LetterDialog</name>
    <message>
        <source>Letter to %1</source>
        <translation>Лист: %1</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>Optional: a paragraph written for this letter. It is checked like the rest.</source>
        <translation>Необов’язково: абзац, написаний для цього листа. Він перевіряється, як і весь текст.</translation>
    </message>
    <message>
        <source>&amp;Letter:</source>
        <translation>&amp;Лист:</translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation>&amp;Мова:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>П&amp;еріод:</translation>
    </message>
    <message>
        <source>Pa&amp;ragraph:</source>
        <translation>&amp;Абзац:</translation>
    </message>
    <message>
        <source>Why it goes out as it is (kept in the register)</source>
        <translation>Чому лист іде як є (збережеться в реєстрі)</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation>&amp;Оформити</translation>
    </message>
    <message>
        <source>Register the letter under the next number and freeze it (Ctrl+Return)</source>
        <translation>Зареєструвати лист під наступним номером і зафіксувати текст (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Друк…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Попередній &amp;перегляд…</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Зберегти PDF…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Before this letter goes out:&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;Change the paragraph, or say why it goes out as it is.</source>
        <translation>&lt;b&gt;Перш ніж лист піде:&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;Змініть абзац або зазначте, чому лист іде як є.</translation>
    </message>
    <message>
        <source>The politeness check found nothing to change.</source>
        <translation>Перевірка ввічливості не знайшла, що виправити.</translation>
    </message>
    <message>
        <source>Change the text, or say why the letter goes out as it is.</source>
        <translation>Змініть текст або зазначте, чому лист іде як є.</translation>
    </message>
    <message>
        <source>Letter %1</source>
        <translation>Лист %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Letter %1 is issued and registered.&lt;/b&gt; Print it, or save the PDF.</source>
        <translation>&lt;b&gt;Лист %1 оформлено й зареєстровано.&lt;/b&gt; Роздрукуйте його або збережіть PDF.</translation>
    </message>
</context>
<context>
    <name>abonent::LetterRegisterModel</name>
    <message>
        <source>Void since %1 (%2): %3</source>
        <translation>Анульовано %1 (%2): %3</translation>
    </message>
    <message>
        <source>SHA-256 of the PDF: %1</source>
        <translation>SHA-256 файлу PDF: %1</translation>
    </message>
    <message>
        <source>Void: %1</source>
        <translation>Анульовано: %1</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Діє</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Абонент</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Договір</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Лист</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Оформив</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Void; erased with the customer&apos;s data</source>
        <translation>Анульовано; стерто з даними абонента</translation>
    </message>
    <message>
        <source>Erased with the customer&apos;s data</source>
        <translation>Стерто з даними абонента</translation>
    </message>
</context>
<context>
    <name>abonent::LetterTemplateDialog</name>
    <message>
        <source>Letter Templates</source>
        <translation>Шаблони листів</translation>
    </message>
    <message>
        <source>Insert a placeholder…</source>
        <translation>Вставити поле…</translation>
    </message>
    <message>
        <source>&amp;Letter:</source>
        <translation>&amp;Лист:</translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation>&amp;Мова:</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Версія:</translation>
    </message>
    <message>
        <source>&amp;Save as New Version</source>
        <translation>&amp;Зберегти як нову версію</translation>
    </message>
    <message>
        <source>Letters already issued keep the version they were made from (Ctrl+S)</source>
        <translation>Оформлені листи зберігають версію, за якою зроблені (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Restore Shipped Text</source>
        <translation>&amp;Повернути початковий текст</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source> (shipped text)</source>
        <translation> (початковий текст)</translation>
    </message>
    <message>
        <source>Unsaved Template</source>
        <translation>Шаблон не збережено</translation>
    </message>
    <message>
        <source>The template has changes that are not saved. Discard them?</source>
        <translation>У шаблоні є незбережені зміни. Відкинути їх?</translation>
    </message>
    <message>
        <source>There is no customer to show the letter for.</source>
        <translation>Немає абонента, для якого показати лист.</translation>
    </message>
    <message>
        <source>(The paragraph written for a letter goes here.)</source>
        <translation>(Тут буде абзац, написаний для листа.)</translation>
    </message>
    <message>
        <source>Preview For</source>
        <translation>Перегляд для</translation>
    </message>
    <message>
        <source>Show the letter as it would be for:</source>
        <translation>Показати лист таким, яким він буде для:</translation>
    </message>
    <message>
        <source>Preview for %1 (%2)…</source>
        <translation>Перегляд для: %1 (%2)…</translation>
    </message>
    <message>
        <source>Preview for…</source>
        <translation>Перегляд для…</translation>
    </message>
    <message>
        <source>Saved as version %1. New letters use it; letters already issued keep theirs.</source>
        <translation>Збережено як версію %1. Нові листи будуть за нею; оформлені зберігають свою.</translation>
    </message>
    <message>
        <source>The shipped text is version %1 now.</source>
        <translation>Початковий текст тепер — версія %1.</translation>
    </message>
</context>
<context>
    <name>abonent::LetterheadDialog</name>
    <message>
        <source>Letterhead</source>
        <translation>Бланк</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Обрати…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>При&amp;брати</translation>
    </message>
    <message>
        <source>Letters are numbered PREFIX-YEAR-SEQUENCE, for example L-2026-0042.</source>
        <translation>Листи нумеруються як ПРЕФІКС-РІК-НОМЕР, наприклад L-2026-0042.</translation>
    </message>
    <message>
        <source>Save letters as PDF/A-1b, for archiving</source>
        <translation>Зберігати листи в PDF/A-1b для архіву</translation>
    </message>
    <message>
        <source>Company &amp;name:</source>
        <translation>&amp;Назва компанії:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Адреса:</translation>
    </message>
    <message>
        <source>&amp;Registration numbers:</source>
        <translation>&amp;Реєстраційні номери:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Ел. пошта:</translation>
    </message>
    <message>
        <source>&amp;Signed by:</source>
        <translation>&amp;Підписує:</translation>
    </message>
    <message>
        <source>Their &amp;position:</source>
        <translation>П&amp;осада:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Логотип:</translation>
    </message>
    <message>
        <source>Number p&amp;refix:</source>
        <translation>Пре&amp;фікс номера:</translation>
    </message>
    <message>
        <source>Letters are &amp;written in:</source>
        <translation>&amp;Мова листів:</translation>
    </message>
    <message>
        <source>Restore the Shipped List</source>
        <translation>Повернути початковий список</translation>
    </message>
    <message>
        <source>Words letters avoid (one per line; a * at the end matches every word that starts so). The politeness check also looks for tag names and reasons.</source>
        <translation>Слова, небажані в листах (по одному в рядку; * наприкінці знаходить усі слова, що так починаються). Перевірка ввічливості також шукає назви й причини позначок.</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Без логотипу</translation>
    </message>
    <message>
        <source>Choose the Logo</source>
        <translation>Вибір логотипу</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Зображення (%1)</translation>
    </message>
    <message>
        <source>%1 could not be read as an image: %2</source>
        <translation>Не вдалося прочитати %1 як зображення: %2</translation>
    </message>
</context>
<context>
    <name>abonent::LettersView</name>
    <message>
        <source>Find in the register: number, customer, contract, kind…</source>
        <translation>Пошук у реєстрі: номер, абонент, договір, вид…</translation>
    </message>
    <message>
        <source>&amp;New Letter…</source>
        <translation>Новий &amp;лист…</translation>
    </message>
    <message>
        <source>&amp;Remind Everyone over the Allowance…</source>
        <translation>Нагадати &amp;всім, хто перевищив ліміт…</translation>
    </message>
    <message>
        <source>&amp;Templates…</source>
        <translation>&amp;Шаблони…</translation>
    </message>
    <message>
        <source>Open C&amp;ard</source>
        <translation>Відкрити &amp;картку</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Д&amp;рук…</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Перегляд…</translation>
    </message>
    <message>
        <source>Void and Re&amp;issue…</source>
        <translation>Анулювати й пере&amp;оформити…</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) in the register.</source>
        <translation>
            <numerusform>%n лист у реєстрі.</numerusform>
            <numerusform>%n листи в реєстрі.</numerusform>
            <numerusform>%n листів у реєстрі.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, %2, template version %3, issued %4 by %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, %2, версія шаблону %3, оформлено %4, %5</translation>
    </message>
    <message>
        <source>SHA-256 of the PDF: &lt;tt&gt;%1&lt;/tt&gt;</source>
        <translation>SHA-256 файлу PDF: &lt;tt&gt;%1&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>Issued despite the politeness check: %1</source>
        <translation>Оформлено всупереч перевірці ввічливості: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Void&lt;/b&gt; since %1 (%2): %3</source>
        <translation>&lt;b&gt;Анульовано&lt;/b&gt; %1 (%2): %3</translation>
    </message>
    <message>
        <source>New Letter</source>
        <translation>Новий лист</translation>
    </message>
    <message>
        <source>Whom is the letter to?</source>
        <translation>Кому лист?</translation>
    </message>
    <message>
        <source>Support-Limit Reminders</source>
        <translation>Нагадування про ліміт підтримки</translation>
    </message>
    <message>
        <source>Nobody went over their plan&apos;s support in %1.</source>
        <translation>У періоді «%1» ніхто не перевищив підтримку за тарифом.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) went over their plan&apos;s support in %1. Issue the reminder to each, and save the PDF files in a folder you choose next?</source>
        <translation>
            <numerusform>%n абонент перевищив підтримку за тарифом у періоді «%1». Оформити нагадування кожному й зберегти файли PDF у теку, яку ви оберете?</numerusform>
            <numerusform>%n абоненти перевищили підтримку за тарифом у періоді «%1». Оформити нагадування кожному й зберегти файли PDF у теку, яку ви оберете?</numerusform>
            <numerusform>%n абонентів перевищили підтримку за тарифом у періоді «%1». Оформити нагадування кожному й зберегти файли PDF у теку, яку ви оберете?</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder for the Letters</source>
        <translation>Тека для листів</translation>
    </message>
    <message>
        <source>Issuing reminders…</source>
        <translation>Оформлення нагадувань…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Зупинити</translation>
    </message>
    <message>
        <source>Issued: %1. Stopped by the politeness check: %2. Not issued for other reasons: %3. Not reached (stopped): %4.</source>
        <translation>Оформлено: %1. Зупинено перевіркою ввічливості: %2. Не оформлено з інших причин: %3. Не дійшли (зупинено): %4.</translation>
    </message>
    <message>
        <source>The PDF files are in %1.</source>
        <translation>Файли PDF — у теці %1.</translation>
    </message>
    <message>
        <source>Void Letter %1</source>
        <translation>Анулювати лист %1</translation>
    </message>
    <message>
        <source>Why is the letter void? It stays in the register under its number, with the reason.</source>
        <translation>Чому лист анулюється? Він залишиться в реєстрі під своїм номером, із причиною.</translation>
    </message>
    <message>
        <source>&amp;Void</source>
        <translation>&amp;Анулювати</translation>
    </message>
    <message>
        <source>Letter %1 is issued, but its file is not: %2</source>
        <translation>Лист %1 оформлено, але файлу немає: %2</translation>
    </message>
    <message>
        <source>Letterhea&amp;d…</source>
        <translation>&amp;Бланк…</translation>
    </message>
    <message>
        <source>Sav&amp;e PDF…</source>
        <translation>&amp;Зберегти PDF…</translation>
    </message>
    <message>
        <source>V&amp;oid…</source>
        <translation>Ан&amp;улювати…</translation>
    </message>
</context>
<context>
    <name>abonent::LiveUpdates</name>
    <message>
        <source>The connection to the server is closed.</source>
        <translation>З’єднання із сервером закрито.</translation>
    </message>
    <message>
        <source>Listening for other desks&apos; changes</source>
        <translation>Підписка на зміни інших робочих місць</translation>
    </message>
</context>
<context>
    <name>abonent::LossMakersModel</name>
    <message>
        <source>Open</source>
        <translation>Відкрита</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Договір</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Абонент</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Тариф</translation>
    </message>
    <message>
        <source>Support cost</source>
        <translation>Витрати на підтримку</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Маржа</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Хвилини</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Звернення</translation>
    </message>
    <message>
        <source>Problem tags</source>
        <translation>Проблемні позначки</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Справа</translation>
    </message>
    <message>
        <source>Charged</source>
        <translation>Нараховано</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Отримано</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Сальдо</translation>
    </message>
</context>
<context>
    <name>abonent::MainWindow</name>
    <message>
        <source>Abonent</source>
        <translation>Абонент</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Відкрити базу даних…</translation>
    </message>
    <message>
        <source>Fill with &amp;Demo Data…</source>
        <translation>&amp;Заповнити демонстраційними даними…</translation>
    </message>
    <message>
        <source>Generate demo customers, contacts and payments in this empty database.</source>
        <translation>Створити демонстраційних абонентів, звернення та платежі в цій порожній базі даних.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Ви&amp;хід</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Налаштування</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Мова</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>Як у системі</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <source>&amp;About Abonent</source>
        <translation>&amp;Про програму «Абонент»</translation>
    </message>
    <message>
        <source>About Abonent</source>
        <translation>Про програму «Абонент»</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Abonent %1&lt;/h3&gt;&lt;p&gt;Customer records, contact history and support economics for small service providers.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Абонент %1&lt;/h3&gt;&lt;p&gt;Облік абонентів, історія звернень та економіка підтримки для невеликих провайдерів.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Про &amp;Qt</translation>
    </message>
    <message>
        <source>The database this window shows</source>
        <translation>База даних, відкрита в цьому вікні</translation>
    </message>
    <message>
        <source>Could not read customers: %1</source>
        <translation>Не вдалося прочитати список абонентів: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln абонент</numerusform>
            <numerusform>%Ln абоненти</numerusform>
            <numerusform>%Ln абонентів</numerusform>
        </translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Абоненти</translation>
    </message>
    <message>
        <source>Search: name, contract, address, e-mail, phone… (Ctrl+F)</source>
        <translation>Пошук: ім’я, договір, адреса, ел. пошта, телефон… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Current customers</source>
        <translation>Поточні абоненти</translation>
    </message>
    <message>
        <source>Everyone, archived too</source>
        <translation>Усі, разом з архівом</translation>
    </message>
    <message>
        <source>Which customers the list shows</source>
        <translation>Яких абонентів показувати у списку</translation>
    </message>
    <message>
        <source>Only customers on this plan</source>
        <translation>Лише абоненти з цим тарифом</translation>
    </message>
    <message>
        <source>New &amp;Database…</source>
        <translation>&amp;Створити базу даних…</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>&amp;Абоненти</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Пошук…</translation>
    </message>
    <message>
        <source>&amp;New Customer…</source>
        <translation>Новий &amp;абонент…</translation>
    </message>
    <message>
        <source>New &amp;Contact…</source>
        <translation>Нове з&amp;вернення…</translation>
    </message>
    <message>
        <source>&amp;Open Card</source>
        <translation>Відкрити &amp;картку</translation>
    </message>
    <message>
        <source>Enter or double-click in the list</source>
        <translation>Enter або подвійне клацання у списку</translation>
    </message>
    <message>
        <source>Close Car&amp;d</source>
        <translation>&amp;Закрити картку</translation>
    </message>
    <message>
        <source>&amp;Who Is at This Desk…</source>
        <translation>&amp;Хто за цим робочим місцем…</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;desk&quot;&gt;Who is at this desk?&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;desk&quot;&gt;Хто за цим робочим місцем?&lt;/a&gt;</translation>
    </message>
    <message>
        <source>At this desk: &lt;a href=&quot;desk&quot;&gt;%1&lt;/a&gt;</source>
        <translation>За робочим місцем: &lt;a href=&quot;desk&quot;&gt;%1&lt;/a&gt;</translation>
    </message>
    <message>
        <source>More than %1 customers match; type more to narrow the search</source>
        <translation>Знайдено понад %1 абонентів; уточніть запит</translation>
    </message>
    <message>
        <source>Unsaved Notes</source>
        <translation>Незбережені нотатки</translation>
    </message>
    <message>
        <source>The notes on %1 have changed. Save them?</source>
        <translation>Нотатки про абонента %1 змінено. Зберегти їх?</translation>
    </message>
    <message>
        <source>Choose a customer first.</source>
        <translation>Спочатку виберіть абонента.</translation>
    </message>
    <message>
        <source>Problem Clients</source>
        <translation>Проблемні абоненти</translation>
    </message>
    <message>
        <source>&amp;Tag Customer…</source>
        <translation>&amp;Позначити абонента…</translation>
    </message>
    <message>
        <source>Tag the customer with a reason and evidence</source>
        <translation>Поставити абонентові позначку з причиною та підставою</translation>
    </message>
    <message>
        <source>&amp;Problem Clients</source>
        <translation>П&amp;роблемні абоненти</translation>
    </message>
    <message>
        <source>Tag &amp;Catalogue…</source>
        <translation>Довідник &amp;позначок…</translation>
    </message>
    <message>
        <source>Problem Client &amp;Rules…</source>
        <translation>П&amp;равила для проблемних абонентів…</translation>
    </message>
    <message>
        <source>&amp;Phone System…</source>
        <translation>&amp;Телефонія…</translation>
    </message>
    <message>
        <source>Support Cost R&amp;ates…</source>
        <translation>Ставки &amp;витрат на підтримку…</translation>
    </message>
    <message>
        <source>Economics</source>
        <translation>Економіка</translation>
    </message>
    <message>
        <source>&amp;Economics</source>
        <translation>&amp;Економіка</translation>
    </message>
    <message>
        <source>Revenue against support cost for the whole customer base</source>
        <translation>Виторг і витрати на підтримку по всій базі абонентів</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Листи</translation>
    </message>
    <message>
        <source>&amp;Letters</source>
        <translation>&amp;Листи</translation>
    </message>
    <message>
        <source>The register of letters issued; new letters, templates and the letterhead</source>
        <translation>Реєстр оформлених листів; нові листи, шаблони й бланк</translation>
    </message>
    <message>
        <source>Letter&amp;head…</source>
        <translation>&amp;Бланк…</translation>
    </message>
    <message>
        <source>Letter T&amp;emplates…</source>
        <translation>&amp;Шаблони листів…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only&lt;/b&gt;</source>
        <translation>&lt;b&gt;Лише читання&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Nothing can be recorded: %1.</source>
        <translation>Записати нічого не можна: %1.</translation>
    </message>
    <message>
        <source>&amp;Unlinked Calls…</source>
        <translation>&amp;Неприв’язані дзвінки…</translation>
    </message>
    <message>
        <source>Calls kept without a customer, to link to one</source>
        <translation>Дзвінки, збережені без абонента, — щоб прив’язати їх</translation>
    </message>
    <message>
        <source>&amp;Unlinked Calls (%1)…</source>
        <translation>&amp;Неприв’язані дзвінки (%1)…</translation>
    </message>
    <message>
        <source>Every open tab</source>
        <translation>Усі відкриті вкладки</translation>
    </message>
    <message>
        <source>Close All Cards</source>
        <translation>Закрити всі картки</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No customers yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Bring them in from your old system or a spreadsheet: &lt;a href=&quot;import&quot;&gt;Import…&lt;/a&gt; (File → Import, Ctrl+Shift+I).&lt;/p&gt;&lt;p&gt;Or add the first one by hand: &lt;a href=&quot;new&quot;&gt;New Customer…&lt;/a&gt; (Ctrl+N).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Абонентів поки немає.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Завантажте їх з попередньої системи чи таблиці: &lt;a href=&quot;import&quot;&gt;Завантаження…&lt;/a&gt; (Файл → Імпорт, Ctrl+Shift+I).&lt;/p&gt;&lt;p&gt;Або додайте першого вручну: &lt;a href=&quot;new&quot;&gt;Новий абонент…&lt;/a&gt; (Ctrl+N).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Імпорт…</translation>
    </message>
    <message>
        <source>Bring customers, plans, payments and contacts in from a CSV file.</source>
        <translation>Завантажити абонентів, тарифи, платежі та звернення з файлу CSV.</translation>
    </message>
    <message>
        <source>&amp;Export Everything…</source>
        <translation>&amp;Експорт усього…</translation>
    </message>
    <message>
        <source>Write every customer, contact, payment, tag, case and letter to CSV files and one JSON file.</source>
        <translation>Записати всіх абонентів, звернення, платежі, позначки, справи й листи у файли CSV та один файл JSON.</translation>
    </message>
    <message>
        <source>&amp;Back Up…</source>
        <translation>Резервна &amp;копія…</translation>
    </message>
    <message>
        <source>Copy the database to a file while it is in use.</source>
        <translation>Скопіювати базу даних у файл, не перериваючи роботу.</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>Від&amp;новити з копії…</translation>
    </message>
    <message>
        <source>Put a backup back in place of this database; what it replaces is kept.</source>
        <translation>Повернути резервну копію на місце цієї бази; замінене збережеться.</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>Резервні &amp;копії…</translation>
    </message>
    <message>
        <source>The office is set up. Each step can be changed in Settings.</source>
        <translation>Офіс налаштовано. Будь-який крок можна змінити в меню «Налаштування».</translation>
    </message>
    <message>
        <source>O&amp;ffice…</source>
        <translation>О&amp;фіс…</translation>
    </message>
    <message>
        <source>The country phone numbers belong to and the currency money is kept in</source>
        <translation>Країна телефонних номерів і валюта, в якій ведуться гроші</translation>
    </message>
    <message>
        <source>Pe&amp;ople…</source>
        <translation>&amp;Співробітники…</translation>
    </message>
    <message>
        <source>Who works here and in which role</source>
        <translation>Хто тут працює і в якій ролі</translation>
    </message>
    <message>
        <source>Pla&amp;ns…</source>
        <translation>Тар&amp;ифи…</translation>
    </message>
    <message>
        <source>Create, edit and retire plans; change a fee from a date</source>
        <translation>Створити, змінити або перевести в архів тариф; змінити абонплату з дати</translation>
    </message>
    <message>
        <source>Person&apos;&amp;s Data…</source>
        <translation>&amp;Дані людини…</translation>
    </message>
    <message>
        <source>Save everything held about the customer as JSON and PDF, for their right of access</source>
        <translation>Зберегти все, що зберігається про абонента, у JSON і PDF — за його правом на доступ</translation>
    </message>
    <message>
        <source>E&amp;rase Personal Data…</source>
        <translation>&amp;Стерти персональні дані…</translation>
    </message>
    <message>
        <source>Erase the customer&apos;s personal data at their request, keeping the economics and the letter register</source>
        <translation>Стерти персональні дані абонента на його прохання, зберігши економіку і реєстр листів</translation>
    </message>
    <message>
        <source>Pri&amp;vacy…</source>
        <translation>Ко&amp;нфіденційність…</translation>
    </message>
    <message>
        <source>No one here matches. Former and archived customers, and other plans, are not shown.</source>
        <translation>Тут ніхто не підходить. Колишніх і архівних клієнтів, а також інші тарифи не показано.</translation>
    </message>
    <message>
        <source>Show E&amp;veryone</source>
        <translation>Показати &amp;всіх</translation>
    </message>
    <message>
        <source>&lt;b&gt;Server unreachable: reconnecting…&lt;/b&gt;</source>
        <translation>&lt;b&gt;Сервер недоступний: перепід’єднання…&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1. Nothing can be read or recorded until it answers; what you type into an open form is kept.</source>
        <translation>%1. Поки він не відповість, нічого не можна прочитати чи записати; те, що ви вводите у відкриту форму, зберігається.</translation>
    </message>
    <message>
        <source>The database is on a server: it is backed up and restored there (pg_dump, pg_restore), not from a desk.</source>
        <translation>База даних розташована на сервері: резервні копії робляться й відновлюються там (pg_dump, pg_restore), а не з робочого місця.</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>У реальному часі</translation>
    </message>
    <message>
        <source>What other desks save shows here within a second.</source>
        <translation>Те, що зберігають на інших робочих місцях, з’являється тут протягом секунди.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not live&lt;/b&gt;</source>
        <translation>&lt;b&gt;Без оновлень&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Changes from other desks do not arrive: what is shown may be out of date until the connection is back.</source>
        <translation>Зміни з інших робочих місць не надходять: показане може застаріти, доки з’єднання не відновиться.</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;desk&quot;&gt;Sign in&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;desk&quot;&gt;Увійти&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Signed in: &lt;a href=&quot;desk&quot;&gt;%1&lt;/a&gt;</source>
        <translation>Вхід: &lt;a href=&quot;desk&quot;&gt;%1&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>abonent::NotesMergeDialog</name>
    <message>
        <source>Notes Saved Elsewhere</source>
        <translation>Нотатки збережено на іншому місці</translation>
    </message>
    <message>
        <source>&amp;Yours, to be saved:</source>
        <translation>&amp;Ваші, для збереження:</translation>
    </message>
    <message>
        <source>&amp;Save Yours</source>
        <translation>&amp;Зберегти ваші</translation>
    </message>
    <message>
        <source>&amp;Keep Writing</source>
        <translation>&amp;Продовжити писати</translation>
    </message>
    <message>
        <source>Use &amp;Theirs</source>
        <translation>Залишити &amp;їхні</translation>
    </message>
    <message>
        <source>While you were writing, notes were saved at another desk. Take what you need from theirs into yours, then save yours; Use Theirs drops your text.</source>
        <translation>Поки ви писали, нотатки зберегли на іншому робочому місці. Перенесіть потрібне з їхніх нотаток у свої й збережіть свої; «Залишити їхні» відкидає ваш текст.</translation>
    </message>
</context>
<context>
    <name>abonent::OfficeDialog</name>
    <message>
        <source>Office</source>
        <translation>Офіс</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Країна:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Валюта:</translation>
    </message>
    <message>
        <source>Phone numbers typed without a country code are read as this country&apos;s. The currency is that of every plan and payment; it can change only while none is recorded in another.</source>
        <translation>Номери без коду країни вважаються номерами цієї країни. У валюті ведуться всі тарифи й платежі; змінити її можна, доки жоден не записано в іншій.</translation>
    </message>
    <message>
        <source>Choose a country and a currency from the lists.</source>
        <translation>Виберіть країну й валюту зі списків.</translation>
    </message>
</context>
<context>
    <name>abonent::OperatorRatesModel</name>
    <message>
        <source>%1 (no longer here)</source>
        <translation>%1 (більше не працює)</translation>
    </message>
    <message>
        <source>default rate</source>
        <translation>типова ставка</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Cost per hour</source>
        <translation>Вартість години</translation>
    </message>
</context>
<context>
    <name>abonent::OperatorTableModel</name>
    <message>
        <source>Yes</source>
        <translation>Так</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Працює</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Не працює</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логін</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Takes difficult callers</source>
        <translation>Приймає складних абонентів</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Стан</translation>
    </message>
</context>
<context>
    <name>abonent::ParetoChart</name>
    <message>
        <source>No support time was recorded in this period.</source>
        <translation>За цей період час підтримки не записано.</translation>
    </message>
    <message>
        <source>The top 5% of customers take %1 of all support time; half of it goes to %2 of customers.</source>
        <translation>5% найвибагливіших абонентів забирають %1 усього часу підтримки; половина його припадає на %2 абонентів.</translation>
    </message>
    <message>
        <source>Concentration of support time</source>
        <translation>Зосередженість часу підтримки</translation>
    </message>
    <message>
        <source>Customers, the most demanding first (%)</source>
        <translation>Абоненти, починаючи з найвибагливіших (%)</translation>
    </message>
    <message>
        <source>Share of all support time (%)</source>
        <translation>Частка всього часу підтримки (%)</translation>
    </message>
    <message>
        <source>Even split</source>
        <translation>Порівну</translation>
    </message>
    <message>
        <source>Support time taken</source>
        <translation>Витрачений час підтримки</translation>
    </message>
    <message>
        <source>The top 5%</source>
        <translation>Перші 5%</translation>
    </message>
</context>
<context>
    <name>abonent::PaymentDialog</name>
    <message>
        <source>Payment — %1</source>
        <translation>Платіж — %1</translation>
    </message>
    <message>
        <source>Amount in %1</source>
        <translation>Сума в %1</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>&amp;Amount (%1):</source>
        <translation>&amp;Сума (%1):</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Примітка:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in %2.</source>
        <translation>«%1» не є сумою в %2.</translation>
    </message>
</context>
<context>
    <name>abonent::PeopleDialog</name>
    <message>
        <source>People</source>
        <translation>Співробітники</translation>
    </message>
    <message>
        <source>Everyone who records calls, tags or letters here. Operators take calls; managers also run the tag catalogue, cases, plans and rates; the owner also issues termination notices and decides who is who.</source>
        <translation>Усі, хто записує тут дзвінки, позначки чи листи. Оператори приймають дзвінки; менеджери також ведуть довідник позначок, справи, тарифи й ставки; власник також видає повідомлення про розірвання і вирішує, хто є хто.</translation>
    </message>
    <message>
        <source>&amp;Add Person…</source>
        <translation>&amp;Додати…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Змінити…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрити</translation>
    </message>
    <message>
        <source>&amp;Back at Work</source>
        <translation>&amp;Знову працює</translation>
    </message>
    <message>
        <source>&amp;Has Left</source>
        <translation>&amp;Більше не працює</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Вхід за паролем</translation>
    </message>
    <message>
        <source>Everyone &amp;signs in with their passphrase (set each one with Edit…)</source>
        <translation>Усі &amp;входять за своїм паролем (пароль кожному — через «Змінити…»)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> хв</translation>
    </message>
    <message>
        <source>A passphrase guards what is done in Abonent and the names in the audit log. It does not hide the data: anyone who can copy the database file can read it.</source>
        <translation>Пароль захищає дії в Abonent та імена в журналі змін. Даних він не приховує: хто може скопіювати файл бази, той може його прочитати.</translation>
    </message>
    <message>
        <source>&amp;Lock the window after:</source>
        <translation>&amp;Блокувати вікно через:</translation>
    </message>
    <message>
        <source>From the next start, everyone signs in.</source>
        <translation>З наступного запуску всі входять за паролем.</translation>
    </message>
    <message>
        <source>From the next start, nobody needs to sign in.</source>
        <translation>З наступного запуску входити за паролем не потрібно.</translation>
    </message>
</context>
<context>
    <name>abonent::PersonDialog</name>
    <message>
        <source>Person — %1</source>
        <translation>Співробітник — %1</translation>
    </message>
    <message>
        <source>Add Person</source>
        <translation>Новий співробітник</translation>
    </message>
    <message>
        <source>Made from the name when left empty</source>
        <translation>Якщо не заповнити, складається з імені</translation>
    </message>
    <message>
        <source>&amp;Takes difficult callers (calls from tagged customers are passed to them)</source>
        <translation>&amp;Приймає складних абонентів (їм передаються дзвінки позначених абонентів)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Ім’я:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логін:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>Unchanged when left empty</source>
        <translation>Якщо порожньо — без змін</translation>
    </message>
    <message>
        <source>None when left empty</source>
        <translation>Якщо порожньо — без пароля</translation>
    </message>
    <message>
        <source>Server &amp;password:</source>
        <translation>&amp;Пароль на сервері:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>Saved, but not the passphrase: %1</source>
        <translation>Збережено, окрім пароля: %1</translation>
    </message>
</context>
<context>
    <name>abonent::PhoneLink</name>
    <message>
        <source>Phone: reading the secret from the keychain…</source>
        <translation>Телефонія: читання пароля з в’язки ключів…</translation>
    </message>
    <message>
        <source>No secret is stored for %1 yet.</source>
        <translation>Пароль для %1 ще не збережено.</translation>
    </message>
    <message>
        <source>Phone System</source>
        <translation>Телефонія</translation>
    </message>
    <message>
        <source>%1
The manager secret for %2 on %3:</source>
        <translation>%1
Пароль інтерфейсу керування для %2 на %3:</translation>
    </message>
    <message>
        <source>Phone: not connected, no secret</source>
        <translation>Телефонія: не підключена, немає пароля</translation>
    </message>
    <message>
        <source>The secret is kept until Abonent closes and asked for next time: %1.</source>
        <translation>Пароль зберігається до закриття «Абонента» і буде запитаний під час наступного запуску: %1.</translation>
    </message>
    <message>
        <source>No keychain is available on this desktop, so the secret is asked for once a session.</source>
        <translation>На цьому робочому столі немає в’язки ключів, тому пароль запитується один раз за сеанс.</translation>
    </message>
    <message>
        <source>Phone settings saved: connecting to %1:%2 for extension %3. Calls on screen stay open.</source>
        <translation>Налаштування телефонії збережено: підключення до %1:%2 для внутрішнього номера %3. Відкриті дзвінки лишаються на екрані.</translation>
    </message>
    <message>
        <source>Phone settings saved: Abonent no longer listens to the phone system. Calls on screen stay open.</source>
        <translation>Налаштування телефонії збережено: Abonent більше не слухає АТС. Відкриті дзвінки лишаються на екрані.</translation>
    </message>
    <message>
        <source>Phone: asking for the secret…</source>
        <translation>Телефонія: запитується пароль…</translation>
    </message>
</context>
<context>
    <name>abonent::PhoneSettingsDialog</name>
    <message>
        <source>Phone System</source>
        <translation>Телефонія</translation>
    </message>
    <message>
        <source>With an Asterisk phone system, Abonent listens to its manager interface and opens the call console when a call rings at this desk&apos;s extension. The secret is kept in the desktop&apos;s keychain, not in the settings.</source>
        <translation>З АТС Asterisk «Абонент» слухає її інтерфейс керування та відкриває вікно дзвінка, коли дзвінок надходить на внутрішній номер цього робочого місця. Пароль зберігається у в’язці ключів робочого столу, а не в налаштуваннях.</translation>
    </message>
    <message>
        <source>&amp;Open the call console for calls from the phone system</source>
        <translation>&amp;Відкривати вікно дзвінка для дзвінків з АТС</translation>
    </message>
    <message>
        <source>pbx.example.net or 192.0.2.10</source>
        <translation>pbx.example.net або 192.0.2.10</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>без змін</translation>
    </message>
    <message>
        <source>asked for once a session</source>
        <translation>запитується один раз за сеанс</translation>
    </message>
    <message>
        <source>e.g. 101</source>
        <translation>наприклад, 101</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Порт:</translation>
    </message>
    <message>
        <source>Manager &amp;user:</source>
        <translation>&amp;Користувач:</translation>
    </message>
    <message>
        <source>S&amp;ecret:</source>
        <translation>П&amp;ароль:</translation>
    </message>
    <message>
        <source>This desk&apos;s e&amp;xtension:</source>
        <translation>&amp;Внутрішній номер місця:</translation>
    </message>
    <message>
        <source>Fill in the server, the manager user and this desk&apos;s extension.</source>
        <translation>Укажіть сервер, користувача інтерфейсу керування та внутрішній номер цього робочого місця.</translation>
    </message>
    <message>
        <source>&amp;Save and Connect</source>
        <translation>&amp;Зберегти й підключитися</translation>
    </message>
    <message>
        <source>a folder or share, or https://pbx.example.net/recordings/</source>
        <translation>тека або мережевий ресурс, чи https://pbx.example.net/recordings/</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Огляд…</translation>
    </message>
    <message>
        <source>Folder of the Call Recordings</source>
        <translation>Тека із записами дзвінків</translation>
    </message>
    <message>
        <source>A call&apos;s recording is the file the phone system names in MIXMONITOR_FILENAME (under its own folder there, under the folder above here); otherwise the file name made from ${UNIQUEID}, ${LINKEDID}, ${CALLERID}, ${YEAR}, ${MONTH} and ${DAY}. Abonent keeps the name and, once the file is complete, its size and SHA-256.</source>
        <translation>Запис дзвінка — це файл, який АТС називає в MIXMONITOR_FILENAME (там — у своїй теці, тут — у теці вище); інакше — ім’я файлу з ${UNIQUEID}, ${LINKEDID}, ${CALLERID}, ${YEAR}, ${MONTH} і ${DAY}. Abonent зберігає ім’я, а коли файл готовий, — його розмір і SHA-256.</translation>
    </message>
    <message>
        <source>Recordings are &amp;in:</source>
        <translation>&amp;Записи лежать у:</translation>
    </message>
    <message>
        <source>Recording file &amp;name:</source>
        <translation>&amp;Ім’я файлу запису:</translation>
    </message>
    <message>
        <source>The phone system&apos;s &amp;own folder:</source>
        <translation>&amp;Тека записів на самій АТС:</translation>
    </message>
    <message>
        <source>%1 is not a folder this computer can reach. Mount the share first, or give the recordings&apos; web address.</source>
        <translation>%1 — не тека, доступна з цього комп’ютера. Спершу підключіть мережеву теку або вкажіть вебадресу записів.</translation>
    </message>
    <message>
        <source>A recording&apos;s file name needs ${UNIQUEID} or ${LINKEDID}, for example ${UNIQUEID}.wav: without them every call would point at the same file.</source>
        <translation>В імені файлу запису потрібен ${UNIQUEID} або ${LINKEDID}, наприклад ${UNIQUEID}.wav: без них усі дзвінки вказували б на той самий файл.</translation>
    </message>
</context>
<context>
    <name>abonent::PlanChangeDialog</name>
    <message>
        <source>Change Plan — %1</source>
        <translation>Зміна тарифу — %1</translation>
    </message>
    <message>
        <source>New &amp;plan:</source>
        <translation>Новий &amp;тариф:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Діє з:</translation>
    </message>
    <message>
        <source>There is no plan to choose; add plans first.</source>
        <translation>Немає тарифів для вибору; спочатку додайте тарифи.</translation>
    </message>
    <message>
        <source>&amp;Change Plan</source>
        <translation>&amp;Змінити тариф</translation>
    </message>
</context>
<context>
    <name>abonent::PlanEditorDialog</name>
    <message>
        <source>Amount in %1</source>
        <translation>Сума в %1</translation>
    </message>
    <message>
        <source>Plan — %1</source>
        <translation>Тариф — %1</translation>
    </message>
    <message>
        <source>New Plan</source>
        <translation>Новий тариф</translation>
    </message>
    <message>
        <source>&amp;Without support (a cheaper plan; calls for help are paid by the minute)</source>
        <translation>&amp;Без підтримки (тариф дешевший; допомога оплачується поквилинно)</translation>
    </message>
    <message>
        <source> min a month</source>
        <translation> хв на місяць</translation>
    </message>
    <message>
        <source>%1 a month — &lt;i&gt;Change Fee…&lt;/i&gt; in the list sets a new fee from a date</source>
        <translation>%1 на місяць — нову абонплату з дати призначає &lt;i&gt;Змінити плату…&lt;/i&gt; у списку</translation>
    </message>
    <message>
        <source>Monthly fee:</source>
        <translation>Абонплата:</translation>
    </message>
    <message>
        <source>Monthly &amp;fee (%1):</source>
        <translation>&amp;Абонплата (%1):</translation>
    </message>
    <message>
        <source>&amp;Support included:</source>
        <translation>&amp;Підтримку включено:</translation>
    </message>
    <message>
        <source>&amp;Extra minute of support (%1):</source>
        <translation>&amp;Дод. хвилина підтримки (%1):</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in %2.</source>
        <translation>«%1» — не сума в %2.</translation>
    </message>
    <message>
        <source>Plan &amp;name:</source>
        <translation>&amp;Назва:</translation>
    </message>
</context>
<context>
    <name>abonent::PlanFeeDialog</name>
    <message>
        <source>Change Fee — %1</source>
        <translation>Зміна абонплати — %1</translation>
    </message>
    <message>
        <source>Today&apos;s fee: %1 a month.</source>
        <translation>Абонплата сьогодні: %1 на місяць.</translation>
    </message>
    <message>
        <source>&amp;New fee (%1):</source>
        <translation>&amp;Нова абонплата (%1):</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Діє з:</translation>
    </message>
    <message>
        <source>Days before that stay at the fee they had; customers on the plan pay the new fee from that day.</source>
        <translation>Дні до цієї дати лишаються за попередньою абонплатою; абоненти тарифу платять нову з цього дня.</translation>
    </message>
    <message>
        <source>Planned: %1 from %2.</source>
        <translation>Заплановано: %1 з %2.</translation>
    </message>
    <message>
        <source>&amp;Withdraw Planned Fee</source>
        <translation>&amp;Скасувати заплановану</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in %2.</source>
        <translation>«%1» — не сума в %2.</translation>
    </message>
</context>
<context>
    <name>abonent::PlanListModel</name>
    <message>
        <source>%1 a month; %2</source>
        <translation>%1 на місяць; %2</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) of support included</source>
        <translation>
            <numerusform>включено %n хвилину підтримки</numerusform>
            <numerusform>включено %n хвилини підтримки</numerusform>
            <numerusform>включено %n хвилин підтримки</numerusform>
        </translation>
    </message>
    <message>
        <source>support not included</source>
        <translation>підтримку не включено</translation>
    </message>
</context>
<context>
    <name>abonent::PlanTableModel</name>
    <message>
        <source>%1 from %2</source>
        <translation>%1 з %2</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) included</source>
        <translation>
            <numerusform>включено %n хвилину</numerusform>
            <numerusform>включено %n хвилини</numerusform>
            <numerusform>включено %n хвилин</numerusform>
        </translation>
    </message>
    <message>
        <source>No support</source>
        <translation>Без підтримки</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Пропонується</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>В архіві</translation>
    </message>
    <message>
        <source>Customers on the plan pay the new fee from that day; the days before stay at today&apos;s fee.</source>
        <translation>Абоненти тарифу платять нову абонплату з цього дня; дні до нього — за сьогоднішньою.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Тариф</translation>
    </message>
    <message>
        <source>Monthly fee</source>
        <translation>Абонплата</translation>
    </message>
    <message>
        <source>Next fee</source>
        <translation>Наступна плата</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Підтримка</translation>
    </message>
    <message>
        <source>Extra minute</source>
        <translation>Дод. хвилина</translation>
    </message>
    <message>
        <source>Customers now</source>
        <translation>Абонентів зараз</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Стан</translation>
    </message>
</context>
<context>
    <name>abonent::PlansDialog</name>
    <message>
        <source>Plans</source>
        <translation>Тарифи</translation>
    </message>
    <message>
        <source>&amp;New Plan…</source>
        <translation>&amp;Новий тариф…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Змінити…</translation>
    </message>
    <message>
        <source>Change &amp;Fee…</source>
        <translation>Змінити &amp;плату…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Видалити</translation>
    </message>
    <message>
        <source>Only a plan no customer was ever on; others are retired</source>
        <translation>Лише тариф, на якому ніколи не було абонентів; решта переводяться в архів</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрити</translation>
    </message>
    <message>
        <source>&amp;Offer Again</source>
        <translation>&amp;Знову пропонувати</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>В &amp;архів</translation>
    </message>
    <message>
        <source>No longer offered to new customers; those on it keep it</source>
        <translation>Більше не пропонується новим абонентам; у тих, хто на ньому, він лишається</translation>
    </message>
    <message>
        <source>Remove the plan %1? Nobody was ever on it, so nothing else changes.</source>
        <translation>Видалити тариф «%1»? На ньому ніколи нікого не було, тож більше нічого не зміниться.</translation>
    </message>
</context>
<context>
    <name>abonent::PortfolioScatter</name>
    <message>
        <source>Revenue a month, %1</source>
        <translation>Виторг на місяць, %1</translation>
    </message>
    <message>
        <source>Support cost a month, %1</source>
        <translation>Витрати на підтримку на місяць, %1</translation>
    </message>
    <message>
        <source>Revenue and support cost of every customer</source>
        <translation>Виторг і витрати на підтримку за кожним абонентом</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Більше</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Менше</translation>
    </message>
    <message>
        <source>&amp;Export Chart…</source>
        <translation>&amp;Експорт графіка…</translation>
    </message>
    <message>
        <source>Break-even (cost = revenue)</source>
        <translation>Беззбитковість (витрати = виторг)</translation>
    </message>
    <message>
        <source>Show &amp;All Customers</source>
        <translation>Показати &amp;всіх абонентів</translation>
    </message>
    <message>
        <source>Hide the Largest &amp;Losses</source>
        <translation>Сховати найбільші &amp;збитки</translation>
    </message>
    <message>
        <source>&amp;Reset View</source>
        <translation>&amp;Початковий вигляд</translation>
    </message>
</context>
<context>
    <name>abonent::PortfolioView</name>
    <message>
        <source>Only customers on this plan at the end of the period</source>
        <translation>Лише абоненти з цим тарифом на кінець періоду</translation>
    </message>
    <message>
        <source>Colour by plan</source>
        <translation>Колір за тарифом</translation>
    </message>
    <message>
        <source>Colour by problem tag</source>
        <translation>Колір за проблемною позначкою</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Оновити</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Експорт</translation>
    </message>
    <message>
        <source>This &amp;Chart (PNG, SVG or PDF)…</source>
        <translation>Цей &amp;графік (PNG, SVG або PDF)…</translation>
    </message>
    <message>
        <source>Loss-Making Customers &amp;Table (CSV)…</source>
        <translation>&amp;Таблиця збиткових абонентів (CSV)…</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;По:</translation>
    </message>
    <message>
        <source>Co&amp;ncentration</source>
        <translation>&amp;Зосередженість</translation>
    </message>
    <message>
        <source>%1 (%2), %3
Revenue: %4
Support cost: %5
Margin: %6</source>
        <translation>%1 (%2), %3
Виторг: %4
Витрати на підтримку: %5
Маржа: %6</translation>
    </message>
    <message>
        <source>Problem tag: %1</source>
        <translation>Проблемна позначка: %1</translation>
    </message>
    <message>
        <source>Click to open the card.</source>
        <translation>Клацніть, щоб відкрити картку.</translation>
    </message>
    <message>
        <source>Open C&amp;ard</source>
        <translation>Відкрити &amp;картку</translation>
    </message>
    <message>
        <source>Opens the customer&apos;s card and starts an escalation case there</source>
        <translation>Відкриває картку абонента і заводить у ній справу</translation>
    </message>
    <message>
        <source>The period ends before it starts: choose a later &quot;To&quot; month.</source>
        <translation>Період закінчується раніше, ніж починається: виберіть пізніший місяць у полі «По».</translation>
    </message>
    <message>
        <source>Reading the figures of every customer…</source>
        <translation>Читаються показники кожного абонента…</translation>
    </message>
    <message>
        <source>Could not read the figures: %1</source>
        <translation>Не вдалося прочитати показники: %1</translation>
    </message>
    <message>
        <source>No problem tag</source>
        <translation>Без проблемної позначки</translation>
    </message>
    <message>
        <source>No plan</source>
        <translation>Без тарифу</translation>
    </message>
    <message numerus="yes">
        <source>%1 – %2, %Ln customer(s): revenue %3, support cost %4</source>
        <translation>
            <numerusform>%1 – %2, %Ln абонент: виторг %3, витрати на підтримку %4</numerusform>
            <numerusform>%1 – %2, %Ln абоненти: виторг %3, витрати на підтримку %4</numerusform>
            <numerusform>%1 – %2, %Ln абонентів: виторг %3, витрати на підтримку %4</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1 of revenue)</source>
        <translation>(%1 виторгу)</translation>
    </message>
    <message numerus="yes">
        <source>%n cost more to support than they paid.</source>
        <translation>
            <numerusform>Підтримка %n абонента коштувала більше, ніж він заплатив.</numerusform>
            <numerusform>Підтримка %n абонентів коштувала більше, ніж вони заплатили.</numerusform>
            <numerusform>Підтримка %n абонентів коштувала більше, ніж вони заплатили.</numerusform>
        </translation>
    </message>
    <message>
        <source>The chart draws one point for customers too close to tell apart; zoom in to see each of them.</source>
        <translation>Абонентів, яких на графіку не розрізнити, показано однією точкою; збільште ділянку, щоб побачити кожного.</translation>
    </message>
    <message>
        <source>&amp;Loss-making customers: %1</source>
        <translation>&amp;Збиткові абоненти: %1</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Експорт графіка</translation>
    </message>
    <message>
        <source>PNG picture (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>Зображення PNG (*.png);;Малюнок SVG (*.svg);;Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Збережено: %1</translation>
    </message>
    <message>
        <source>loss-making-customers.csv</source>
        <translation>збиткові-абоненти.csv</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Тариф</translation>
    </message>
    <message>
        <source>Colour the customers</source>
        <translation>Колір абонентів</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>Пе&amp;ріод з:</translation>
    </message>
    <message>
        <source>C&amp;ustomers</source>
        <translation>Абонент&amp;и</translation>
    </message>
    <message>
        <source>Tren&amp;d</source>
        <translation>Дина&amp;міка</translation>
    </message>
    <message>
        <source>O&amp;pen Case…</source>
        <translation>Відкрити с&amp;праву…</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) refunded or compensated beyond their fees by more than %1 a month would squeeze the chart and are left out of it; press 0 on the chart to show them.</source>
        <translation>
            <numerusform>%n абонент, якому повернули або компенсували більше сплаченого — понад %1 на місяць, — стиснув би графік і на ньому не показаний; щоб показати, натисніть 0 на графіку.</numerusform>
            <numerusform>%n абоненти, яким повернули або компенсували більше сплаченого — понад %1 на місяць, — стиснули б графік і на ньому не показані; щоб показати, натисніть 0 на графіку.</numerusform>
            <numerusform>%n абонентів, яким повернули або компенсували більше сплаченого — понад %1 на місяць, — стиснули б графік і на ньому не показані; щоб показати, натисніть 0 на графіку.</numerusform>
        </translation>
    </message>
    <message>
        <source>Support costs nothing here because no hourly cost is set for the office or its people: set it in Settings ▸ Support Cost Rates….</source>
        <translation>Підтримка тут нічого не коштує, бо для офісу та працівників не задано вартість години: укажіть її в «Налаштування ▸ Ставки витрат на підтримку…».</translation>
    </message>
</context>
<context>
    <name>abonent::PrivacySettingsDialog</name>
    <message>
        <source>Privacy</source>
        <translation>Конфіденційність</translation>
    </message>
    <message>
        <source>A person may ask for their personal data to be erased. Letters are business correspondence the law makes the office keep for some years, so while a letter to the person is younger than this, their data is not erased. Six years is the usual period for commercial letters (Germany, the United Kingdom); five for accounting documents in Russia. Ask your accountant or lawyer which applies. 0 lets letters hold nothing back.</source>
        <translation>Людина може попросити стерти її персональні дані. Листи — ділове листування, яке закон зобов’язує офіс зберігати кілька років, тож доки лист цій людині молодший за цей строк, її дані не стираються. Шість років — звичайний строк для ділових листів (Німеччина, Велика Британія); п’ять — для бухгалтерських документів у Росії. Уточніть у бухгалтера чи юриста, що діє у вас. 0 — листи нічого не утримують.</translation>
    </message>
    <message>
        <source> years</source>
        <translation> років</translation>
    </message>
    <message>
        <source>&amp;Keep letters for:</source>
        <translation>&amp;Зберігати листи:</translation>
    </message>
</context>
<context>
    <name>abonent::ProblemClientsModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Далі: %1</translation>
    </message>
    <message>
        <source>All steps taken</source>
        <translation>Усі кроки виконано</translation>
    </message>
    <message>
        <source>Contacts with conduct other than normal in the last 30 and 90 days</source>
        <translation>Звернення з поведінкою не в нормі за останні 30 і 90 днів</translation>
    </message>
    <message>
        <source>Support minutes this month as a share of what the plan includes</source>
        <translation>Хвилини підтримки цього місяця як частка від включених у тариф</translation>
    </message>
    <message>
        <source>When the next step of the case is due</source>
        <translation>Строк наступного кроку справи</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Договір</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <source>Problem tags</source>
        <translation>Проблемні позначки</translation>
    </message>
    <message>
        <source>Incidents 30/90 d</source>
        <translation>Інциденти 30/90 дн.</translation>
    </message>
    <message>
        <source>Allowance used</source>
        <translation>Ліміт використано</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Справа</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Строк</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Підказка</translation>
    </message>
    <message>
        <source>Reading the review was cancelled.</source>
        <translation>Читання списку для розгляду скасовано.</translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation>%1, прострочено</translation>
    </message>
</context>
<context>
    <name>abonent::ProblemClientsView</name>
    <message>
        <source>Search: name, contract or tag</source>
        <translation>Пошук: ім’я, договір або позначка</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Оновити</translation>
    </message>
    <message>
        <source>Could not read the problem clients: %1</source>
        <translation>Не вдалося прочитати список проблемних абонентів: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) to review</source>
        <translation>
            <numerusform>%Ln абонент для розгляду</numerusform>
            <numerusform>%Ln абоненти для розгляду</numerusform>
            <numerusform>%Ln абонентів для розгляду</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the customers to review…</source>
        <translation>Читання абонентів для розгляду…</translation>
    </message>
</context>
<context>
    <name>abonent::ProblemSettingsDialog</name>
    <message>
        <source>Problem Client Rules</source>
        <translation>Правила для проблемних абонентів</translation>
    </message>
    <message>
        <source> in 30 days</source>
        <translation> за 30 днів</translation>
    </message>
    <message>
        <source> in 90 days</source>
        <translation> за 90 днів</translation>
    </message>
    <message>
        <source> on one day</source>
        <translation> за один день</translation>
    </message>
    <message>
        <source>% of the allowance</source>
        <translation> % ліміту</translation>
    </message>
    <message>
        <source>% of revenue</source>
        <translation> % виручки</translation>
    </message>
    <message>
        <source> month(s)</source>
        <translation> міс.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>Suggest a tag when a customer has</source>
        <translation>Пропонувати позначку, коли абонент має</translation>
    </message>
    <message>
        <source>&amp;Incidents:</source>
        <translation>&amp;Інцидентів:</translation>
    </message>
    <message>
        <source>Support &amp;minutes, 3-month average:</source>
        <translation>&amp;Хвилин підтримки, у середньому за 3 місяці:</translation>
    </message>
    <message>
        <source>Escalation cases</source>
        <translation>Справи про ескалацію</translation>
    </message>
    <message>
        <source>&amp;Notice period:</source>
        <translation>Строк &amp;повідомлення:</translation>
    </message>
    <message>
        <source>Next step &amp;due after:</source>
        <translation>Строк наступного &amp;кроку:</translation>
    </message>
    <message>
        <source>… or i&amp;ncidents:</source>
        <translation>… або і&amp;нцидентів:</translation>
    </message>
    <message>
        <source>Con&amp;tacts:</source>
        <translation>&amp;Звернень:</translation>
    </message>
    <message>
        <source>… or cont&amp;acts:</source>
        <translation>… або з&amp;вернень:</translation>
    </message>
    <message>
        <source>Support c&amp;ost over 3 months:</source>
        <translation>&amp;Витрати на підтримку за 3 місяці:</translation>
    </message>
    <message>
        <source>Termination c&amp;lause of the contract:</source>
        <translation>П&amp;ункт договору про розірвання:</translation>
    </message>
    <message>
        <source>Routing before the phone rings (abonent agi)</source>
        <translation>Маршрутизація до дзвінка оператору (abonent agi)</translation>
    </message>
    <message>
        <source>&amp;Difficult callers: tags</source>
        <translation>&amp;Складні абоненти: мітки</translation>
    </message>
    <message>
        <source>&amp;VIP callers: tags</source>
        <translation>&amp;VIP-абоненти: мітки</translation>
    </message>
    <message>
        <source>Take difficult &amp;callers</source>
        <translation>Приймають &amp;складних абонентів</translation>
    </message>
</context>
<context>
    <name>abonent::RecordingPlayer</name>
    <message>
        <source>Call Recording</source>
        <translation>Запис дзвінка</translation>
    </message>
    <message>
        <source>The recording has changed since the call.</source>
        <translation>Запис змінився після дзвінка.</translation>
    </message>
    <message>
        <source>The recording cannot be played.</source>
        <translation>Запис не вдається відтворити.</translation>
    </message>
    <message>
        <source>No program on this computer opens %1.</source>
        <translation>На цьому комп’ютері немає програми, що відкриває %1.</translation>
    </message>
    <message>
        <source>Playing the recording; it is unchanged since the call.</source>
        <translation>Відтворюється запис; після дзвінка він не змінювався.</translation>
    </message>
    <message>
        <source>Fetching the recording from %1…</source>
        <translation>Запис завантажується з %1…</translation>
    </message>
    <message>
        <source>The recording could not be fetched from %1: %2</source>
        <translation>Не вдалося завантажити запис з %1: %2</translation>
    </message>
    <message>
        <source>The recording could not be kept in %1 to play it: %2</source>
        <translation>Не вдалося зберегти запис у %1, щоб відтворити його: %2</translation>
    </message>
    <message>
        <source>The recording could not be kept in %1 to play it.</source>
        <translation>Не вдалося зберегти запис у %1, щоб відтворити його.</translation>
    </message>
</context>
<context>
    <name>abonent::RemoteRecordings</name>
    <message>
        <source>the server answered %1 %2 instead of the file</source>
        <translation>сервер замість файлу відповів %1 %2</translation>
    </message>
</context>
<context>
    <name>abonent::ServerConnection</name>
    <message>
        <source>the server %1 does not answer</source>
        <translation>сервер %1 не відповідає</translation>
    </message>
</context>
<context>
    <name>abonent::SetupChecklist</name>
    <message>
        <source>Country and currency</source>
        <translation>Країна і валюта</translation>
    </message>
    <message>
        <source>Where phone numbers belong and what money is kept in.</source>
        <translation>Звідки телефонні номери і в чому ведуться гроші.</translation>
    </message>
    <message>
        <source>&amp;Office…</source>
        <translation>&amp;Офіс…</translation>
    </message>
    <message>
        <source>Company and letterhead</source>
        <translation>Компанія і бланк</translation>
    </message>
    <message>
        <source>The name, address and signatory letters carry (the owner sets it).</source>
        <translation>Назва, адреса й підписант на листах (задає власник).</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Тарифи</translation>
    </message>
    <message>
        <source>What customers pay each month and how much support is included.</source>
        <translation>Скільки абоненти платять на місяць і скільки підтримки включено.</translation>
    </message>
    <message>
        <source>&amp;Plans…</source>
        <translation>&amp;Тарифи…</translation>
    </message>
    <message>
        <source>People and roles</source>
        <translation>Співробітники і ролі</translation>
    </message>
    <message>
        <source>Operators, managers and the owner; a one-person office just confirms it.</source>
        <translation>Оператори, менеджери і власник; офісу з однієї людини досить підтвердити.</translation>
    </message>
    <message>
        <source>Peop&amp;le…</source>
        <translation>Спів&amp;робітники…</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Абоненти</translation>
    </message>
    <message>
        <source>Bring them in from the old system or a spreadsheet, or start with none.</source>
        <translation>Завантажте їх зі старої системи чи таблиці або почніть без них.</translation>
    </message>
    <message>
        <source>&amp;Import Customers…</source>
        <translation>&amp;Імпорт абонентів…</translation>
    </message>
    <message>
        <source>Start &amp;Empty</source>
        <translation>Почати з &amp;чистого аркуша</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Зроблено</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Залишилося зробити</translation>
    </message>
    <message>
        <source>&lt;b&gt;Setting up the office&lt;/b&gt; — %1 of %2 steps done. Each can be changed later in Settings.</source>
        <translation>&lt;b&gt;Налаштування офісу&lt;/b&gt; — зроблено кроків: %1 з %2. Будь-який можна змінити пізніше в «Налаштуваннях».</translation>
    </message>
    <message>
        <source>Support cost</source>
        <translation>Витрати на підтримку</translation>
    </message>
    <message>
        <source>What an hour of your people&apos;s time costs, so the economics set support against revenue.</source>
        <translation>Скільки коштує година роботи ваших співробітників — щоб економіка зіставляла підтримку з виторгом.</translation>
    </message>
    <message>
        <source>Suppor&amp;t Cost…</source>
        <translation>&amp;Ставки витрат…</translation>
    </message>
    <message>
        <source>Letterhea&amp;d…</source>
        <translation>&amp;Бланк…</translation>
    </message>
</context>
<context>
    <name>abonent::SignInDialog</name>
    <message>
        <source>Locked</source>
        <translation>Заблоковано</translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>Вхід</translation>
    </message>
    <message>
        <source>Nobody used Abonent for a while, so it locked itself. Sign in to go on; what was open stays as it was.</source>
        <translation>Abonent деякий час не використовували, і він заблокувався. Увійдіть, щоб продовжити; усе відкрите лишилося як було.</translation>
    </message>
    <message>
        <source>People sign in on this database: what you record here is recorded under your name.</source>
        <translation>У цій базі входять за паролем: усе, що ви тут запишете, записується під вашим імʼям.</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логін:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Увійти</translation>
    </message>
</context>
<context>
    <name>abonent::TagCatalogueDialog</name>
    <message>
        <source>Tag Catalogue</source>
        <translation>Довідник позначок</translation>
    </message>
    <message>
        <source>&amp;Marks a problem (needs a reason; only managers remove it)</source>
        <translation>&amp;Проблемна (потрібна причина; знімає лише менеджер)</translation>
    </message>
    <message>
        <source>What the operator should do when this customer calls</source>
        <translation>Що робити операторові, коли телефонує цей абонент</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Безстроково</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <source>C&amp;olour:</source>
        <translation>&amp;Колір:</translation>
    </message>
    <message>
        <source>&amp;Handling guidance:</source>
        <translation>&amp;Як спілкуватися:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Зберегти</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Видалити</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрити</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>&amp;Вивести з ужитку</translation>
    </message>
    <message>
        <source>Tag Colour</source>
        <translation>Колір позначки</translation>
    </message>
    <message>
        <source>Delete the tag &quot;%1&quot;? This cannot be undone.</source>
        <translation>Видалити позначку «%1»? Цю дію не можна скасувати.</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>&amp;Важливість:</translation>
    </message>
    <message>
        <source>E&amp;xpires after:</source>
        <translation>&amp;Діє:</translation>
    </message>
    <message>
        <source>New &amp;Tag</source>
        <translation>&amp;Нова позначка</translation>
    </message>
    <message>
        <source>Restore Shi&amp;pped Text</source>
        <translation>Повернути &amp;стандартний текст</translation>
    </message>
    <message>
        <source>the new tag</source>
        <translation>нову позначку</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation>Зберегти зміни: %1?</translation>
    </message>
    <message>
        <source>Reinstat&amp;e</source>
        <translation>&amp;Повернути в ужиток</translation>
    </message>
</context>
<context>
    <name>abonent::TagListModel</name>
    <message>
        <source>%1 (retired)</source>
        <translation>%1 (виведена з ужитку)</translation>
    </message>
</context>
<context>
    <name>abonent::TagPickerDialog</name>
    <message>
        <source>Tag Customer — %1</source>
        <translation>Позначка абонента — %1</translation>
    </message>
    <message>
        <source>Type to find a tag</source>
        <translation>Почніть вводити назву позначки</translation>
    </message>
    <message>
        <source>What happened, in a sentence: the next operator reads it</source>
        <translation>Що сталося, одним реченням: це прочитає наступний оператор</translation>
    </message>
    <message>
        <source>&amp;Does not expire</source>
        <translation>&amp;Безстроково</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>&amp;Позначка:</translation>
    </message>
    <message>
        <source>Handling:</source>
        <translation>Як спілкуватися:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>&amp;Підстава:</translation>
    </message>
    <message>
        <source>E&amp;xpires:</source>
        <translation>Ді&amp;є до:</translation>
    </message>
    <message>
        <source>&amp;Add to This Contact</source>
        <translation>&amp;Додати до звернення</translation>
    </message>
    <message>
        <source>&amp;Set Tag</source>
        <translation>&amp;Поставити позначку</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>This contact (being recorded)</source>
        <translation>Це звернення (записується зараз)</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>No tag matches &quot;%1&quot;.</source>
        <translation>Немає позначки, що відповідає «%1».</translation>
    </message>
    <message>
        <source>No special handling.</source>
        <translation>Особливого підходу не потрібно.</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Причина (обов’язково):</translation>
    </message>
    <message>
        <source>Choose a tag first.</source>
        <translation>Спершу виберіть позначку.</translation>
    </message>
    <message>
        <source>Say why &quot;%1&quot; is set: the next operator and the manager rely on the reason.</source>
        <translation>Зазначте, чому ставиться позначка «%1»: наступний оператор і менеджер спираються на причину.</translation>
    </message>
    <message>
        <source>recording kept</source>
        <translation>є запис</translation>
    </message>
</context>
<context>
    <name>abonent::TimelineModel</name>
    <message>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Подія</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Хто</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Тривалість</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробиці</translation>
    </message>
    <message>
        <source>recorded (Enter plays)</source>
        <translation>є запис (Enter — прослухати)</translation>
    </message>
</context>
<context>
    <name>abonent::TrendChart</name>
    <message>
        <source>%1
Revenue: %2
Support cost: %3 (%4 of revenue)
Loss-making customers: %5 of %6</source>
        <translation>%1
Виторг: %2
Витрати на підтримку: %3 (%4 виторгу)
Збиткові абоненти: %5 з %6</translation>
    </message>
    <message>
        <source>Revenue and support cost month by month</source>
        <translation>Виторг і витрати на підтримку по місяцях</translation>
    </message>
    <message>
        <source>Cost share of revenue (%)</source>
        <translation>Частка витрат у виторгу (%)</translation>
    </message>
    <message>
        <source>Loss-making customers</source>
        <translation>Збиткові абоненти</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Виторг</translation>
    </message>
    <message>
        <source>Support cost</source>
        <translation>Витрати на підтримку</translation>
    </message>
    <message>
        <source>Cost share of revenue</source>
        <translation>Частка витрат у виторгу</translation>
    </message>
    <message>
        <source>%1, up to %2</source>
        <translation>%1, до %2</translation>
    </message>
</context>
<context>
    <name>abonent::UnlinkedCallsDialog</name>
    <message>
        <source>Unlinked Calls</source>
        <translation>Неприв’язані дзвінки</translation>
    </message>
    <message>
        <source>Calls recorded before anyone knew whose they were. Choose a call, find its customer below and press Enter: it goes on their history, with its recording.</source>
        <translation>Дзвінки, записані, поки не було відомо, чиї вони. Виберіть дзвінок, знайдіть нижче абонента й натисніть Enter: дзвінок разом із записом потрапить до його історії.</translation>
    </message>
    <message>
        <source>No calls are waiting for a customer.</source>
        <translation>Дзвінків без абонента немає.</translation>
    </message>
    <message>
        <source>Whose call was it? Name, contract, phone or address</source>
        <translation>Чий це був дзвінок? Ім’я, договір, телефон або адреса</translation>
    </message>
    <message>
        <source>&amp;Link the chosen call to:</source>
        <translation>&amp;Прив’язати вибраний дзвінок до:</translation>
    </message>
    <message>
        <source>&amp;Not a Customer&apos;s Call…</source>
        <translation>&amp;Дзвінок не абонента…</translation>
    </message>
    <message>
        <source>Choose a call first, then its customer.</source>
        <translation>Спершу виберіть дзвінок, потім абонента.</translation>
    </message>
    <message>
        <source>The call is now on the customer&apos;s history.</source>
        <translation>Дзвінок додано до історії абонента.</translation>
    </message>
    <message>
        <source>Not a Customer&apos;s Call</source>
        <translation>Дзвінок не абонента</translation>
    </message>
    <message>
        <source>The call stays on record, out of this list. Say whose it was, or why it is nobody&apos;s (a sales call, a stranger&apos;s wrong number).</source>
        <translation>Дзвінок залишиться в базі, але зникне з цього списку. Вкажіть, чий він або чому він нічий (реклама, сторонній помилився номером).</translation>
    </message>
    <message>
        <source>&amp;Set Aside</source>
        <translation>&amp;Відкласти</translation>
    </message>
    <message>
        <source>The call was set aside; it stays on record.</source>
        <translation>Дзвінок відкладено; він залишається в базі.</translation>
    </message>
</context>
<context>
    <name>abonent::UnlinkedCallsModel</name>
    <message>
        <source>withheld</source>
        <translation>прихований</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Абонент</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Тривалість</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>Прийняв</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Про що</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Коротко</translation>
    </message>
</context>
<context>
    <name>abonent::WritePage</name>
    <message>
        <source>Import</source>
        <translation>Завантаження</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Зупинити</translation>
    </message>
    <message>
        <source>Stop the import; nothing of it is kept.</source>
        <translation>Зупинити завантаження; нічого з нього не збережеться.</translation>
    </message>
    <message>
        <source>Say who is at this desk first: the import is recorded under a name.</source>
        <translation>Спершу вкажіть, хто за робочим місцем: завантаження записується під іменем.</translation>
    </message>
    <message>
        <source>Importing %1… Stop keeps nothing of it.</source>
        <translation>Завантажується %1… Після зупинки нічого не збережеться.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Нічого не завантажено: %1</translation>
    </message>
    <message>
        <source>Stopped. Nothing of the file was imported.</source>
        <translation>Зупинено. Нічого з файлу не завантажено.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) were refused.</source>
        <translation>
            <numerusform>Нічого не завантажено: відхилено %n рядок.</numerusform>
            <numerusform>Нічого не завантажено: відхилено %n рядки.</numerusform>
            <numerusform>Нічого не завантажено: відхилено %n рядків.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 updated, %3 already there and unchanged.</source>
        <translation>Завантажено: додано %1, оновлено %2, уже були й не змінилися %3.</translation>
    </message>
</context>
<context>
    <name>abonent::sql</name>
    <message>
        <source>The query returned no rows: %1</source>
        <translation>Запит не повернув жодного рядка: %1</translation>
    </message>
    <message>
        <source>The database gave no id for the new row: %1</source>
        <translation>База даних не повідомила номер нового запису: %1</translation>
    </message>
    <message>
        <source>The database server cannot be reached, so nothing was read or written. What you entered is still here; Abonent reconnects by itself, so try again in a moment.</source>
        <translation>Сервер бази даних недоступний, тож нічого не прочитано й не записано. Введене вами лишилося на місці; Abonent перепід’єднається сам — спробуйте ще раз за хвилину.</translation>
    </message>
    <message>
        <source>The database server refused this: your login&apos;s role does not allow it. Nothing was written.</source>
        <translation>Сервер бази даних відмовив: роль вашого логіна цього не дозволяє. Нічого не записано.</translation>
    </message>
</context>
</TS>
