<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AgiCommand</name>
    <message>
        <source>Asterisk did not set %1: %2</source>
        <translation>Asterisk не установил %1: %2</translation>
    </message>
    <message>
        <source>Routing in the dialplan: answer Asterisk&apos;s AGI with who is calling and which queue suits them.</source>
        <translation>Маршрутизация в диалплане: ответить на AGI Asterisk, кто звонит и какая очередь ему подходит.</translation>
    </message>
    <message>
        <source>The caller %1 is routed as normal: %2</source>
        <translation>Звонящий %1 направлен как обычный: %2</translation>
    </message>
</context>
<context>
    <name>Authorization</name>
    <message>
        <source>Say who is at this desk first: the change is recorded under a name.</source>
        <translation>Сначала укажите, кто за этим рабочим местом: изменение записывается под именем.</translation>
    </message>
    <message>
        <source>Operator %1 does not exist.</source>
        <translation>Оператор %1 не существует.</translation>
    </message>
    <message>
        <source>This operator no longer works here.</source>
        <translation>Этот оператор здесь больше не работает.</translation>
    </message>
    <message>
        <source>Operator %1 has no known role.</source>
        <translation>У оператора %1 неизвестная роль.</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>The backup file to write; it must not exist yet.</source>
        <translation>Файл резервной копии; его ещё не должно быть.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>Copy a database while it is in use, consistent as of one moment, and check the copy.</source>
        <translation>Скопировать базу, даже пока с ней работают, — целостной на один момент, — и проверить копию.</translation>
    </message>
    <message>
        <source>Say where the backup goes: --to FILE.</source>
        <translation>Укажите, куда записать копию: --to ФАЙЛ.</translation>
    </message>
</context>
<context>
    <name>CallCommand</name>
    <message>
        <source>Show an incoming call in the running Abonent (started if none runs).</source>
        <translation>Показать входящий звонок в запущенном «Абоненте» (запустить, если он не работает).</translation>
    </message>
    <message>
        <source>The caller&apos;s number as the PBX gives it.</source>
        <translation>Номер звонящего в том виде, в каком его передаёт АТС.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>номер</translation>
    </message>
    <message>
        <source>The extension the call rings.</source>
        <translation>Внутренний номер, на который идёт звонок.</translation>
    </message>
    <message>
        <source>extension</source>
        <translation>внутренний</translation>
    </message>
    <message>
        <source>Say who is calling with --from (an empty value means a withheld number).</source>
        <translation>Укажите, кто звонит, в --from (пустое значение — скрытый номер).</translation>
    </message>
    <message>
        <source>Abonent is not running and could not be started.</source>
        <translation>«Абонент» не запущен, и запустить его не удалось.</translation>
    </message>
</context>
<context>
    <name>CallDraftStore</name>
    <message>
        <source>A call draft needs its desk and the time the call started.</source>
        <translation>Черновику звонка нужны рабочее место и время начала звонка.</translation>
    </message>
</context>
<context>
    <name>CallHandOff</name>
    <message>
        <source>Abonent is not running (%1).</source>
        <translation>«Абонент» не запущен (%1).</translation>
    </message>
    <message>
        <source>The call could not be handed over: %1</source>
        <translation>Не удалось передать звонок: %1</translation>
    </message>
    <message>
        <source>Abonent did not confirm the call: %1</source>
        <translation>«Абонент» не подтвердил звонок: %1</translation>
    </message>
    <message>
        <source>Abonent did not accept the request.</source>
        <translation>«Абонент» не принял запрос.</translation>
    </message>
</context>
<context>
    <name>CallRecordings</name>
    <message>
        <source>A recording needs its file name and the call it belongs to.</source>
        <translation>У записи должны быть имя файла и звонок, к которому она относится.</translation>
    </message>
    <message>
        <source>Recording %1 is not on record.</source>
        <translation>Записи %1 нет в базе.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 could not be read to the end: %2</source>
        <translation>%1 не удалось прочитать до конца: %2</translation>
    </message>
    <message>
        <source>This desk does not know where the phone system&apos;s recordings are: set the folder under Settings → Phone System.</source>
        <translation>На этом рабочем месте не указано, где лежат записи АТС: задайте папку в меню Настройки → Телефония.</translation>
    </message>
    <message>
        <source>The recording is not there: %1. It may have been moved, deleted by the phone system&apos;s clean-up, or the share is not mounted.</source>
        <translation>Записи нет на месте: %1. Возможно, её перенесли, её удалила очистка АТС или сетевая папка не подключена.</translation>
    </message>
    <message>
        <source>The recording has not been fingerprinted yet: it was still being written when Abonent last looked.</source>
        <translation>Отпечаток записи ещё не снят: когда Abonent проверял в последний раз, файл ещё записывался.</translation>
    </message>
    <message>
        <source>The file %1 has changed since the call: its SHA-256 was %2 and is now %3. It is not the recording that was kept, and is not played as if it were.</source>
        <translation>Файл %1 изменился после звонка: его SHA-256 был %2, а теперь %3. Это не та запись, что была сохранена, и она не воспроизводится вместо неё.</translation>
    </message>
    <message>
        <source>%1 is not the name of a sound file in the recordings folder; Abonent does not open it.</source>
        <translation>%1 — не имя звукового файла в папке записей; Abonent его не открывает.</translation>
    </message>
</context>
<context>
    <name>CallRouting</name>
    <message>
        <source>Only a manager or the owner decides how callers are routed and who takes difficult ones.</source>
        <translation>Как направлять звонящих и кто принимает трудных, решает только менеджер или владелец.</translation>
    </message>
</context>
<context>
    <name>CallScreenReader</name>
    <message numerus="yes">
        <source>No plan in force; %n min of support used this month.</source>
        <translation>
            <numerusform>Действующего тарифа нет; в этом месяце использована %n мин поддержки.</numerusform>
            <numerusform>Действующего тарифа нет; в этом месяце использовано %n мин поддержки.</numerusform>
            <numerusform>Действующего тарифа нет; в этом месяце использовано %n мин поддержки.</numerusform>
        </translation>
    </message>
    <message>
        <source>beyond that, support is paid at %1 a minute</source>
        <translation>сверх этого поддержка платная, %1 за минуту</translation>
    </message>
    <message>
        <source>beyond that, support is offered as paid work</source>
        <translation>сверх этого поддержка предлагается как платная работа</translation>
    </message>
    <message numerus="yes">
        <source>Plan %1 includes no support; %n min used this month; %2.</source>
        <translation>
            <numerusform>Тариф %1 не включает поддержку; в этом месяце использована %n мин; %2.</numerusform>
            <numerusform>Тариф %1 не включает поддержку; в этом месяце использовано %n мин; %2.</numerusform>
            <numerusform>Тариф %1 не включает поддержку; в этом месяце использовано %n мин; %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>support is paid at %1 a minute</source>
        <translation>поддержка платная, %1 за минуту</translation>
    </message>
    <message>
        <source>support is offered as paid work</source>
        <translation>поддержка предлагается как платная работа</translation>
    </message>
    <message numerus="yes">
        <source>Plan %1 includes %2 min a month; %n min used; %3.</source>
        <translation>
            <numerusform>Тариф %1 включает %2 мин в месяц; использована %n мин; %3.</numerusform>
            <numerusform>Тариф %1 включает %2 мин в месяц; использовано %n мин; %3.</numerusform>
            <numerusform>Тариф %1 включает %2 мин в месяц; использовано %n мин; %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseFile</name>
    <message>
        <source>Case file: %1 (contract %2)</source>
        <translation>Дело абонента: %1 (договор %2)</translation>
    </message>
    <message>
        <source>Internal document, prepared %1. Period of contacts and figures: %2 to %3.</source>
        <translation>Внутренний документ, подготовлен %1. Период обращений и показателей: с %2 по %3.</translation>
    </message>
    <message>
        <source>Customer and contract</source>
        <translation>Абонент и договор</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Договор</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Телефоны</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Абонент с</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>действует</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n минута</numerusform>
            <numerusform>%n минуты</numerusform>
            <numerusform>%n минут</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Plan history</source>
        <translation>История тарифов</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Тариф</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Monthly fee</source>
        <translation>Абонентская плата</translation>
    </message>
    <message>
        <source>Support included</source>
        <translation>Включённая поддержка</translation>
    </message>
    <message>
        <source>Escalation cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <source>No case has been opened.</source>
        <translation>Дел не открывали.</translation>
    </message>
    <message>
        <source>Opened %1 by %2: %3</source>
        <translation>Открыто %1, %2: %3</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>пропущен</translation>
    </message>
    <message>
        <source>offered: %1</source>
        <translation>предложено: %1</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Шаг</translation>
    </message>
    <message>
        <source>Taken on</source>
        <translation>Дата шага</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Записан</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <source>Closed %1 (%2): %3</source>
        <translation>Закрыто %1 (%2): %3</translation>
    </message>
    <message>
        <source>removed %1 by %2: %3</source>
        <translation>снята %1, %2: %3</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>до %1</translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>бессрочно</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Отметки</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Отметка</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Поставлена</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Evidence (contacts)</source>
        <translation>Основания (обращения)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Support use and economics by month</source>
        <translation>Поддержка и экономика по месяцам</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Minutes used</source>
        <translation>Использовано минут</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>Включено</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <source>Support cost</source>
        <translation>Затраты на поддержку</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Маржа</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Contacts (%n)</source>
        <translation>
            <numerusform>Обращения (%n)</numerusform>
            <numerusform>Обращения (%n)</numerusform>
            <numerusform>Обращения (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Длительность</translation>
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
        <translation>Итог</translation>
    </message>
    <message>
        <source>Conduct</source>
        <translation>Поведение</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <source>void: %1</source>
        <translation>аннулировано: %1</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Письма</translation>
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
        <translation>Оформил</translation>
    </message>
    <message>
        <source>%1 · page %2 of %3</source>
        <translation>%1 · страница %2 из %3</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>not fingerprinted yet: the file was not complete when last looked at</source>
        <translation>отпечаток ещё не снят: при последней проверке файл был не готов</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 байт</translation>
    </message>
    <message numerus="yes">
        <source>Call recordings among the evidence (%n)</source>
        <translation>
            <numerusform>Записи звонков среди доказательств (%n)</numerusform>
            <numerusform>Записи звонков среди доказательств (%n)</numerusform>
            <numerusform>Записи звонков среди доказательств (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Fingerprinted</source>
        <translation>Отпечаток снят</translation>
    </message>
    <message>
        <source>%1 (recorded)</source>
        <translation>%1 (есть запись)</translation>
    </message>
    <message>
        <source>no conversation</source>
        <translation>разговора не было</translation>
    </message>
    <message>
        <source>clause %1, contract ends %2, %3</source>
        <translation>пункт %1, договор прекращается %2, %3</translation>
    </message>
</context>
<context>
    <name>CaseService</name>
    <message>
        <source>Only a manager or the owner can run escalation cases.</source>
        <translation>Вести дела об эскалации может только менеджер или владелец.</translation>
    </message>
    <message>
        <source>Say why the case is opened; it stays on record.</source>
        <translation>Укажите, почему открывается дело; причина будет сохранена.</translation>
    </message>
    <message>
        <source>%1 is no longer a customer (%2).</source>
        <translation>%1 больше не является абонентом (%2).</translation>
    </message>
    <message>
        <source>%1 already has an open case; continue that one.</source>
        <translation>У абонента %1 уже есть открытое дело; продолжите его.</translation>
    </message>
    <message>
        <source>Case %1 does not exist.</source>
        <translation>Дело %1 не существует.</translation>
    </message>
    <message>
        <source>This case is closed.</source>
        <translation>Это дело закрыто.</translation>
    </message>
    <message>
        <source>Steps are taken in order: the next step is &quot;%1&quot;; skip it with a reason to go further.</source>
        <translation>Шаги выполняются по порядку: следующий шаг — «%1»; чтобы идти дальше, пропустите его с указанием причины.</translation>
    </message>
    <message>
        <source>Every step of this case has been taken.</source>
        <translation>Все шаги этого дела выполнены.</translation>
    </message>
    <message>
        <source>The step needs a date.</source>
        <translation>Для шага нужна дата.</translation>
    </message>
    <message>
        <source>A step cannot be dated before the previous one (%1).</source>
        <translation>Шаг не может быть датирован раньше предыдущего (%1).</translation>
    </message>
    <message>
        <source>Name the contract clause the termination rests on; the letter cites it.</source>
        <translation>Укажите пункт договора, на основании которого он расторгается; письмо ссылается на него.</translation>
    </message>
    <message>
        <source>The notice runs until %1; the contract can be ended on that day or later.</source>
        <translation>Срок уведомления истекает %1; договор можно расторгнуть в этот день или позже.</translation>
    </message>
    <message>
        <source>Say why the step is skipped; it stays on record.</source>
        <translation>Укажите, почему шаг пропускается; причина будет сохранена.</translation>
    </message>
    <message>
        <source>Termination is the last step and cannot be skipped; close the case as resolved instead.</source>
        <translation>Расторжение — последний шаг, его нельзя пропустить; вместо этого закройте дело как решённое.</translation>
    </message>
    <message>
        <source>Say how the case was resolved; it stays on record.</source>
        <translation>Укажите, как решено дело; это будет сохранено.</translation>
    </message>
    <message>
        <source>Only a manager or the owner can end a customer&apos;s contract.</source>
        <translation>Расторгнуть договор с абонентом может только менеджер или владелец.</translation>
    </message>
    <message>
        <source>Say on which day the customer leaves.</source>
        <translation>Укажите, в какой день абонент уходит.</translation>
    </message>
    <message>
        <source>A step is recorded once it is taken; %1 is still ahead.</source>
        <translation>Шаг записывается, когда он уже сделан; %1 ещё не наступило.</translation>
    </message>
    <message>
        <source>Record the departure on the day service ends (%1), not before: until then the customer is still served.</source>
        <translation>Запишите уход в день окончания обслуживания (%1), не раньше: до тех пор абонента обслуживают.</translation>
    </message>
    <message>
        <source>Notice was given until %1: end the contract with the case&apos;s last step, which settles the refund.</source>
        <translation>Уведомление действует до %1: расторгните договор последним шагом дела, он рассчитает возврат.</translation>
    </message>
    <message>
        <source>refund %1</source>
        <translation>возврат %1</translation>
    </message>
    <message>
        <source>owes %1</source>
        <translation>долг %1</translation>
    </message>
    <message>
        <source>settled even</source>
        <translation>расчёт без остатка</translation>
    </message>
</context>
<context>
    <name>CaseTimelineSource</name>
    <message>
        <source>Case opened</source>
        <translation>Открыто дело</translation>
    </message>
    <message>
        <source>Case step skipped: %1</source>
        <translation>Шаг дела пропущен: %1</translation>
    </message>
    <message>
        <source>Case step: %1</source>
        <translation>Шаг дела: %1</translation>
    </message>
    <message>
        <source>paid support</source>
        <translation>платная поддержка</translation>
    </message>
    <message>
        <source>%1 accepted</source>
        <translation>%1 — принято</translation>
    </message>
    <message>
        <source>%1 offered</source>
        <translation>%1 — предложено</translation>
    </message>
    <message>
        <source>Case closed: contract ended</source>
        <translation>Дело закрыто: договор расторгнут</translation>
    </message>
    <message>
        <source>Case closed: resolved</source>
        <translation>Дело закрыто: решено</translation>
    </message>
    <message>
        <source>Contract ends %1: %2</source>
        <translation>Договор завершается %1: %2</translation>
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
        <translation>Создана запись абонента</translation>
    </message>
    <message>
        <source>Notes saved</source>
        <translation>Заметки сохранены</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Статус: %1</translation>
    </message>
    <message>
        <source>Details edited: %1</source>
        <translation>Изменены данные: %1</translation>
    </message>
    <message>
        <source>contract number</source>
        <translation>номер договора</translation>
    </message>
    <message>
        <source>person or company</source>
        <translation>частное лицо или организация</translation>
    </message>
    <message>
        <source>name</source>
        <translation>имя</translation>
    </message>
    <message>
        <source>address</source>
        <translation>адрес</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>эл. почта</translation>
    </message>
    <message>
        <source>customer since</source>
        <translation>дата подключения</translation>
    </message>
    <message>
        <source>phones</source>
        <translation>телефоны</translation>
    </message>
    <message>
        <source>Call linked from the unlinked calls</source>
        <translation>Звонок привязан из списка непривязанных</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Статус изменён</translation>
    </message>
    <message>
        <source>Personal data erased at the person&apos;s request</source>
        <translation>Персональные данные удалены по просьбе человека</translation>
    </message>
    <message>
        <source>Details edited</source>
        <translation>Изменены данные</translation>
    </message>
</context>
<context>
    <name>ChartSupport</name>
    <message>
        <source>The picture could not be written to %1.</source>
        <translation>Не удалось записать изображение в %1.</translation>
    </message>
    <message>
        <source>The drawing could not be written to %1.</source>
        <translation>Не удалось записать рисунок в %1.</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation>Не удалось записать PDF в %1.</translation>
    </message>
    <message>
        <source>Charts are saved as PNG, SVG or PDF; &quot;%1&quot; is none of them.</source>
        <translation>Графики сохраняются в PNG, SVG или PDF; «%1» не из их числа.</translation>
    </message>
    <message>
        <source>so far</source>
        <translation>идёт</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Verify a database: schema version, integrity, rows per table.</source>
        <translation>Проверить базу данных: версия схемы, целостность, число строк в каждой таблице.</translation>
    </message>
    <message>
        <source>Also print a SHA-256 digest of the whole content (same data, same digest).</source>
        <translation>Также вывести хеш SHA-256 всего содержимого (одинаковые данные — одинаковый хеш).</translation>
    </message>
    <message>
        <source>%1 has schema version %2; this program upgrades it to %3 when it opens it.</source>
        <translation>Файл %1 имеет версию схемы %2; при открытии программа обновит его до версии %3.</translation>
    </message>
    <message>
        <source>Check failed: %1</source>
        <translation>Проверка не удалась: %1</translation>
    </message>
    <message>
        <source>Digest failed: %1</source>
        <translation>Не удалось вычислить хеш: %1</translation>
    </message>
    <message>
        <source>The database is damaged: %1</source>
        <translation>База данных повреждена: %1</translation>
    </message>
    <message>
        <source>Also recount the monthly roll-ups (contacts, minutes, cost, payments) from the raw rows and compare.</source>
        <translation>Также пересчитать помесячные итоги (обращения, минуты, затраты, платежи) по исходным записям и сравнить.</translation>
    </message>
    <message>
        <source>Rebuild the monthly roll-ups from the raw rows first (the only change check makes).</source>
        <translation>Сначала пересобрать помесячные итоги по исходным записям (единственное изменение, которое делает проверка).</translation>
    </message>
    <message>
        <source>The roll-ups could not be rebuilt: %1</source>
        <translation>Не удалось пересобрать помесячные итоги: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) of the roll-ups differ from the raw rows; rebuild them with --rebuild-rollups.</source>
        <translation>
            <numerusform>%n помесячный итог расходится с исходными записями; пересоберите итоги с --rebuild-rollups.</numerusform>
            <numerusform>%n помесячных итога расходятся с исходными записями; пересоберите итоги с --rebuild-rollups.</numerusform>
            <numerusform>%n помесячных итогов расходятся с исходными записями; пересоберите итоги с --rebuild-rollups.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Unknown command &quot;%1&quot;. Run &quot;abonent --help&quot; for the list.</source>
        <translation>Неизвестная команда «%1». Чтобы увидеть список команд, выполните «abonent --help».</translation>
    </message>
    <message>
        <source>Commands (&quot;abonent COMMAND --help&quot; for their options):</source>
        <translation>Команды (их параметры — «abonent COMMAND --help»):</translation>
    </message>
    <message>
        <source>Abonent — customers, contact history and support economics for small service providers.</source>
        <translation>Абонент — учёт абонентов, история обращений и экономика поддержки для небольших провайдеров.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>путь</translation>
    </message>
    <message>
        <source>Fill the database with demo data if it is empty.</source>
        <translation>Заполнить базу данных демонстрационными данными, если она пуста.</translation>
    </message>
    <message>
        <source>Open on an incoming call from this number (as &quot;abonent call&quot; does).</source>
        <translation>Открыться на входящем звонке с этого номера (как делает «abonent call»).</translation>
    </message>
    <message>
        <source>number</source>
        <translation>номер</translation>
    </message>
    <message>
        <source>The extension of that call.</source>
        <translation>Внутренний номер этого звонка.</translation>
    </message>
    <message>
        <source>extension</source>
        <translation>внутренний</translation>
    </message>
    <message>
        <source>A database file to open, as with --db.</source>
        <translation>Открываемый файл базы данных, как с --db.</translation>
    </message>
    <message>
        <source>Database to open: a file, or a server&apos;s as postgresql://user@host/database (default: %1).</source>
        <translation>Открываемая база данных: файл или база на сервере в виде postgresql://пользователь@сервер/база (по умолчанию: %1).</translation>
    </message>
</context>
<context>
    <name>CommandSignIn</name>
    <message>
        <source>Login of %1 (required; the audit log names them).</source>
        <translation>Логин: %1 (обязательно; журнал изменений записывает его).</translation>
    </message>
    <message>
        <source>login</source>
        <translation>логин</translation>
    </message>
    <message>
        <source>Where people sign in: a file whose first line is the passphrase of --as (else it is asked for on the terminal).</source>
        <translation>Где сотрудники входят по паролю: файл, первая строка которого — пароль для --as (иначе он спрашивается в терминале).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>Say who does this: --as LOGIN.</source>
        <translation>Укажите, кто это делает: --as ЛОГИН.</translation>
    </message>
    <message>
        <source>The passphrase file %1 cannot be read: %2</source>
        <translation>Файл с паролем %1 не читается: %2</translation>
    </message>
    <message>
        <source>Passphrase for %1: </source>
        <translation>Пароль для %1: </translation>
    </message>
    <message>
        <source>People sign in on this database: give the passphrase of %1 with --passphrase-file, or run this on a terminal to type it.</source>
        <translation>В этой базе сотрудники входят по паролю: передайте пароль %1 через --passphrase-file или запустите команду в терминале, чтобы ввести его.</translation>
    </message>
    <message>
        <source>This connection is signed in as someone else, not as %1: on a server each person acts with their own login.</source>
        <translation>Это подключение выполнено от имени другого человека, не %1: на сервере каждый работает под своим логином.</translation>
    </message>
</context>
<context>
    <name>CommandSupport</name>
    <message>
        <source>path</source>
        <translation>путь</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Неожиданный аргумент: %1</translation>
    </message>
    <message>
        <source>%1 has schema version %2; this program reads version %3. Upgrade it first: open it once in Abonent, or run a command that writes to it, such as &quot;abonent check --rebuild-rollups&quot; (a backup is made before the upgrade).</source>
        <translation>Файл %1 имеет версию схемы %2, а эта программа читает версию %3. Сначала обновите его: откройте один раз в Абоненте или выполните команду, которая в него пишет, например «abonent check --rebuild-rollups» (перед обновлением делается резервная копия).</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Ничего не записано.</translation>
    </message>
    <message>
        <source>Run &quot;%1 --help&quot; for the options.</source>
        <translation>Чтобы увидеть параметры, выполните «%1 --help».</translation>
    </message>
    <message>
        <source>%1 is damaged: %2.</source>
        <translation>%1 повреждён: %2.</translation>
    </message>
    <message>
        <source>This is a PostgreSQL server, not a file: back it up with pg_dump and put a backup back with pg_restore (or psql), the server&apos;s own tools. Nothing was done.</source>
        <translation>Это сервер PostgreSQL, а не файл: резервную копию делает pg_dump, а возвращает её pg_restore (или psql) — собственные средства сервера. Ничего не сделано.</translation>
    </message>
    <message>
        <source>There is no operator with the login &quot;%1&quot;.</source>
        <translation>Нет сотрудника с логином «%1».</translation>
    </message>
    <message>
        <source>No customer has the contract number or id &quot;%1&quot;.</source>
        <translation>Нет абонента с номером договора или id «%1».</translation>
    </message>
    <message>
        <source>Database: a file, or a server&apos;s as postgresql://user@host/database (default: %1).</source>
        <translation>База данных: файл или база на сервере в виде postgresql://пользователь@сервер/база (по умолчанию: %1).</translation>
    </message>
</context>
<context>
    <name>ContactRepository</name>
    <message>
        <source>A contact needs the time it started.</source>
        <translation>Для обращения нужно указать время начала.</translation>
    </message>
    <message>
        <source>A contact cannot last less than no time.</source>
        <translation>Длительность обращения не может быть отрицательной.</translation>
    </message>
    <message>
        <source>Only a call can end before anything was said.</source>
        <translation>Закончиться, не начавшись, может только звонок.</translation>
    </message>
    <message>
        <source>Give the contact a topic, or say what happened instead (hung up, wrong number, silent line).</source>
        <translation>Укажите тему обращения или что произошло вместо разговора (положили трубку, ошиблись номером, тишина в трубке).</translation>
    </message>
    <message>
        <source>A contact&apos;s date</source>
        <translation>Дата обращения</translation>
    </message>
</context>
<context>
    <name>CostRatesService</name>
    <message>
        <source>Only a manager or the owner can change the rates.</source>
        <translation>Изменять ставки может только менеджер или владелец.</translation>
    </message>
    <message>
        <source>A rate cannot be below zero.</source>
        <translation>Ставка не может быть меньше нуля.</translation>
    </message>
    <message>
        <source>The rates were saved, but the support cost of past months could not all be recomputed with them (%1). &quot;abonent check --rebuild-rollups&quot; recounts them.</source>
        <translation>Ставки сохранены, но затраты на поддержку за прошлые месяцы не удалось пересчитать по ним полностью (%1). Пересчитать их можно командой «abonent check --rebuild-rollups».</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>Не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>Файл %1 пуст.</translation>
    </message>
    <message>
        <source>%1 has no lines.</source>
        <translation>В файле %1 нет строк.</translation>
    </message>
    <message>
        <source>The mapping reads %1 from a column headed &quot;%2&quot;, which this file does not have.</source>
        <translation>По сопоставлению поле «%1» берётся из столбца «%2», а в этом файле такого столбца нет.</translation>
    </message>
    <message>
        <source>The file is not text in %1: choose the encoding it was saved in.</source>
        <translation>Файл не читается как текст в кодировке %1: выберите кодировку, в которой он сохранён.</translation>
    </message>
    <message>
        <source>Say which column holds the %1: the file has no column headed so.</source>
        <translation>Укажите, в каком столбце %1: столбца с таким заголовком в файле нет.</translation>
    </message>
    <message numerus="yes">
        <source>The row has %n column(s); the headings have %1.</source>
        <translation>
            <numerusform>В строке %n столбец, а в заголовке %1.</numerusform>
            <numerusform>В строке %n столбца, а в заголовке %1.</numerusform>
            <numerusform>В строке %n столбцов, а в заголовке %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The value in column %1 is longer than %2 characters.</source>
        <translation>Значение в столбце %1 длиннее %2 символов.</translation>
    </message>
    <message>
        <source>A quotation mark opened in this row is never closed.</source>
        <translation>Кавычка, открытая в этой строке, нигде не закрыта.</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Строка %1</translation>
    </message>
    <message>
        <source>Some of the file is not text in %1: choose the encoding it was saved in.</source>
        <translation>Часть файла не читается как текст в кодировке %1: выберите кодировку, в которой он сохранён.</translation>
    </message>
    <message>
        <source>The first line of %1 has more than %2 columns; no import reads so many. Is it the right file, and the right separator?</source>
        <translation>В первой строке %1 больше %2 столбцов; столько не читает ни один импорт. Тот ли это файл и тот ли разделитель?</translation>
    </message>
    <message>
        <source>The row has more than %1 columns.</source>
        <translation>В строке больше %1 столбцов.</translation>
    </message>
</context>
<context>
    <name>CustomerRepository</name>
    <message>
        <source>The contract number is required.</source>
        <translation>Необходимо указать номер договора.</translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation>Необходимо указать имя или название.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not look like an e-mail address (name@example.com).</source>
        <translation>«%1» не похоже на адрес электронной почты (name@example.com).</translation>
    </message>
    <message>
        <source>At least one phone number is required.</source>
        <translation>Необходимо указать хотя бы один номер телефона.</translation>
    </message>
    <message>
        <source>The phone &quot;%1&quot; has not been recognised.</source>
        <translation>Не удалось распознать телефон «%1».</translation>
    </message>
    <message>
        <source>The date the customer joined is required.</source>
        <translation>Необходимо указать дату подключения абонента.</translation>
    </message>
    <message>
        <source>The contract number %1 is already used by another customer.</source>
        <translation>Номер договора %1 уже используется другим абонентом.</translation>
    </message>
    <message>
        <source>The phone %1 is listed twice.</source>
        <translation>Телефон %1 указан дважды.</translation>
    </message>
    <message>
        <source>Customer %1 no longer exists.</source>
        <translation>Абонент %1 больше не существует.</translation>
    </message>
    <message>
        <source>No customer matches %1.</source>
        <translation>Абонент, соответствующий %1, не найден.</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Дата подключения</translation>
    </message>
    <message>
        <source>%1 was changed at another desk while you were editing; nothing of yours was saved yet.</source>
        <translation>%1 изменили на другом рабочем месте, пока вы редактировали; ваши изменения ещё не сохранены.</translation>
    </message>
    <message>
        <source>The notes on %1 were saved at another desk while you were writing; yours are not saved yet.</source>
        <translation>Заметки о %1 сохранили на другом рабочем месте, пока вы писали; ваши ещё не сохранены.</translation>
    </message>
</context>
<context>
    <name>CustomerService</name>
    <message>
        <source>Say why the customer is archived; the reason stays on record.</source>
        <translation>Укажите, почему абонент переносится в архив; причина будет сохранена.</translation>
    </message>
    <message>
        <source>%1 is already archived.</source>
        <translation>%1 уже в архиве.</translation>
    </message>
    <message>
        <source>%1 has an open escalation case; close it or end the contract first.</source>
        <translation>У абонента %1 есть открытое дело об эскалации; сначала закройте его или расторгните договор.</translation>
    </message>
    <message>
        <source>%1 already has the number %2.</source>
        <translation>У абонента %1 уже есть номер %2.</translation>
    </message>
</context>
<context>
    <name>DataExport</name>
    <message>
        <source>%1 could not be given its name %2.</source>
        <translation>Не удалось дать файлу %1 имя %2.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>The database could not be read as of one moment</source>
        <translation>Не удалось прочитать базу данных по состоянию на один момент</translation>
    </message>
    <message>
        <source>The export was stopped; nothing was kept.</source>
        <translation>Выгрузка остановлена; ничего не сохранено.</translation>
    </message>
    <message>
        <source>%1 is there already; an export never replaces a file. Choose an empty folder.</source>
        <translation>%1 уже существует; выгрузка никогда не заменяет файлы. Выберите пустую папку.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>No database file was given.</source>
        <translation>Не указан файл базы данных.</translation>
    </message>
    <message>
        <source>The Qt SQLite driver (QSQLITE) is not installed; install libqt6sql6-sqlite.</source>
        <translation>Драйвер SQLite для Qt (QSQLITE) не установлен; установите пакет libqt6sql6-sqlite.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 не является файлом.</translation>
    </message>
    <message>
        <source>%1 is not an SQLite database, so it cannot be an Abonent database. It was left untouched.</source>
        <translation>%1 не является базой данных SQLite, поэтому не может быть базой данных программы «Абонент». Файл не изменён.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Не удаётся открыть %1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read as an SQLite database (%2). It may be damaged; it was left untouched.</source>
        <translation>Не удаётся прочитать %1 как базу данных SQLite (%2). Возможно, файл повреждён; он не изменён.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not an Abonent database. It was left untouched.</source>
        <translation>%1 — база данных SQLite другой программы, а не программы «Абонент». Файл не изменён.</translation>
    </message>
    <message>
        <source>%1 has schema version %2, but this Abonent understands versions up to %3. Install a newer Abonent to open it; the file was left untouched.</source>
        <translation>Файл %1 имеет версию схемы %2, а эта версия программы «Абонент» поддерживает схемы до версии %3. Чтобы открыть файл, установите более новую версию программы; файл не изменён.</translation>
    </message>
    <message>
        <source>SQLite refused to enforce foreign keys on this connection.</source>
        <translation>SQLite отказался включить проверку внешних ключей для этого соединения.</translation>
    </message>
    <message>
        <source>Could not back up %1 to %2 before upgrading it (%3); nothing was changed.</source>
        <translation>Не удалось создать резервную копию %1 в %2 перед обновлением (%3); ничего не изменено.</translation>
    </message>
    <message>
        <source>%1 is in use by another program that has locked it; try again in a moment. It was left untouched.</source>
        <translation>Файл %1 заблокирован другой программой; попробуйте ещё раз чуть позже. Файл не изменён.</translation>
    </message>
    <message>
        <source>The schema version of %1 cannot be read (%2). It was left untouched.</source>
        <translation>Не удаётся прочитать версию схемы файла %1 (%2). Файл не изменён.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) would refer to rows that do not exist.</source>
        <translation>
            <numerusform>%n строка ссылалась бы на несуществующие строки.</numerusform>
            <numerusform>%n строки ссылались бы на несуществующие строки.</numerusform>
            <numerusform>%n строк ссылались бы на несуществующие строки.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 held a change that a program left unfinished when it stopped; it was rolled back, so the database is as its last completed save left it.</source>
        <translation>В файле %1 осталось изменение, которое программа не завершила, когда остановилась; оно отменено, и база данных такая, какой её оставило последнее завершённое сохранение.</translation>
    </message>
    <message>
        <source>Upgraded the database; the previous version is kept as %1.</source>
        <translation>База данных обновлена; предыдущая версия сохранена как %1.</translation>
    </message>
    <message>
        <source>%1 is open for reading only: %2. Nothing can be recorded in it.</source>
        <translation>%1 открыт только для чтения: %2. Записать в него ничего нельзя.</translation>
    </message>
    <message>
        <source>The database %1 does not exist; nothing was created.</source>
        <translation>Базы данных %1 нет; ничего не создано.</translation>
    </message>
    <message>
        <source>%1 is empty: it holds no Abonent data. It was left untouched.</source>
        <translation>Файл %1 пуст: в нём нет данных программы «Абонент». Файл не изменён.</translation>
    </message>
    <message>
        <source>%1 holds no Abonent data. It was left untouched.</source>
        <translation>В файле %1 нет данных программы «Абонент». Файл не изменён.</translation>
    </message>
    <message>
        <source>%1 has schema version %2 and needs an upgrade to version %3 before this Abonent can use it, but %4. Copy it to a folder you may write to, or ask whoever looks after this computer. It was left untouched.</source>
        <translation>Файл %1 имеет версию схемы %2, и, чтобы эта версия программы «Абонент» могла с ним работать, его нужно обновить до версии %3, но %4. Скопируйте его в папку, где у вас есть право записи, или обратитесь к тому, кто обслуживает этот компьютер. Файл не изменён.</translation>
    </message>
    <message>
        <source>Cannot create the database %1: %2.</source>
        <translation>Не удаётся создать базу данных %1: %2.</translation>
    </message>
    <message>
        <source>it was opened for reading only</source>
        <translation>она открыта только для чтения</translation>
    </message>
    <message>
        <source>%1 holds a change that a program left unfinished when it stopped. Abonent rolls it back when it opens the file, but %2. It was left untouched.</source>
        <translation>В файле %1 осталось изменение, которое программа не завершила, когда остановилась. «Абонент» отменяет такие изменения, открывая файл, но %2. Файл не изменён.</translation>
    </message>
    <message>
        <source>%1 cannot be read here: its write-ahead log needs an index beside it, but %2. It was left untouched.</source>
        <translation>Файл %1 нельзя прочитать здесь: его журналу упреждающей записи нужен индекс рядом с файлом, но %2. Файл не изменён.</translation>
    </message>
    <message>
        <source>%1 cannot use write-ahead logging (journal mode stayed &quot;%2&quot;); is the folder on a network share?</source>
        <translation>Для %1 нельзя включить журнал упреждающей записи (режим журнала остался «%2»); не находится ли папка на сетевом диске?</translation>
    </message>
    <message>
        <source>schema version %1 (%2)</source>
        <translation>версии схемы %1 (%2)</translation>
    </message>
    <message>
        <source>the current schema</source>
        <translation>текущей схемы</translation>
    </message>
    <message>
        <source>Upgrading %1 to %2 failed: %3. Its schema version cannot be read back (%4); the copy from before the upgrade is %5.</source>
        <translation>Не удалось обновить %1 до %2: %3. Прочитать версию схемы файла после этого не удаётся (%4); копия, сделанная перед обновлением: %5.</translation>
    </message>
    <message>
        <source>Setting up the new database %1 failed at %2: %3. It was rolled back; no Abonent data was written.</source>
        <translation>Не удалось подготовить новую базу данных %1 на этапе %2: %3. Всё отменено; данные программы «Абонент» не записаны.</translation>
    </message>
    <message>
        <source>Upgrading %1 to %2 failed: %3. The whole upgrade was rolled back: the file is still at schema version %4, as it was. The copy taken before the upgrade is %5.</source>
        <translation>Не удалось обновить %1 до %2: %3. Обновление отменено целиком: у файла, как и прежде, версия схемы %4. Копия, сделанная перед обновлением: %5.</translation>
    </message>
    <message>
        <source>Upgrading %1 to %2 failed: %3. The file is now at schema version %4 (it was at %5); the copy taken before the upgrade is %6.</source>
        <translation>Не удалось обновить %1 до %2: %3. Теперь у файла версия схемы %4 (была %5); копия, сделанная перед обновлением: %6.</translation>
    </message>
    <message>
        <source>%1 is open for reading only: %2. Nothing can be recorded in it, and what others change in it meanwhile shows only when it is opened again.</source>
        <translation>%1 открыт только для чтения: %2. Записать в него ничего нельзя, а то, что другие изменят в нём тем временем, будет видно, только когда он будет открыт снова.</translation>
    </message>
    <message>
        <source>You may not read %1; ask whoever looks after this computer. It was left untouched.</source>
        <translation>У вас нет права читать %1; обратитесь к тому, кто обслуживает этот компьютер. Файл не изменён.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Не удаётся создать %1: %2</translation>
    </message>
    <message>
        <source>%1 needs an upgrade, but another program is writing to it; try again in a moment. It was left untouched.</source>
        <translation>Файл %1 нужно обновить, но в него сейчас пишет другая программа; попробуйте ещё раз чуть позже. Файл не изменён.</translation>
    </message>
    <message>
        <source>%1 cannot be read here (%2): the disk it is on may be full (%3 free) or failing. It was left untouched.</source>
        <translation>Файл %1 не удаётся прочитать здесь (%2): диск, на котором он лежит, возможно, заполнен (свободно %3) или неисправен. Файл оставлен без изменений.</translation>
    </message>
    <message>
        <source>Cannot create %1: the file exists.</source>
        <translation>Не удаётся создать %1: такой файл уже есть.</translation>
    </message>
    <message>
        <source>Cannot copy to %1: %2</source>
        <translation>Не удаётся скопировать в %1: %2</translation>
    </message>
    <message>
        <source>Upgraded the database; the previous version is kept on the server in the schema %1.</source>
        <translation>База данных обновлена; прежняя версия сохранена на сервере в схеме %1.</translation>
    </message>
    <message>
        <source>%1 is on a network file system (%2). The embedded database cannot lock a file there reliably, and desks sharing it would damage it. Keep the file on this computer&apos;s own disk, or have the office share one PostgreSQL server. The file was left untouched.</source>
        <translation>%1 находится в сетевой файловой системе (%2). Встроенная база данных не может надёжно блокировать файл там, и рабочие места, открывающие его вместе, повредят его. Храните файл на собственном диске этого компьютера или подключите офис к одному серверу PostgreSQL. Файл не тронут.</translation>
    </message>
    <message>
        <source>%1 is on a PostgreSQL server, which Abonent does not copy into a file; the server&apos;s own tools back it up (pg_dump).</source>
        <translation>%1 находится на сервере PostgreSQL; Abonent не копирует его в файл — резервные копии делают средства самого сервера (pg_dump).</translation>
    </message>
    <message>
        <source>The Qt PostgreSQL driver (QPSQL) is not installed; install libqt6sql6-psql.</source>
        <translation>Драйвер PostgreSQL для Qt (QPSQL) не установлен; установите libqt6sql6-psql.</translation>
    </message>
    <message>
        <source>%1 holds no Abonent data. Nothing was changed.</source>
        <translation>В %1 нет данных Abonent. Ничего не изменено.</translation>
    </message>
    <message>
        <source>Cannot connect to the PostgreSQL server for %1: %2. Nothing was changed.</source>
        <translation>Не удаётся подключиться к серверу PostgreSQL для %1: %2. Ничего не изменено.</translation>
    </message>
    <message>
        <source>Setting the time zone %1 on the server</source>
        <translation>Установка часового пояса %1 на сервере</translation>
    </message>
    <message>
        <source>Reading what %1 holds</source>
        <translation>Чтение содержимого %1</translation>
    </message>
    <message>
        <source>%1 holds the tables of another program, not an Abonent database. Nothing was changed.</source>
        <translation>В %1 таблицы другой программы, а не база данных Abonent. Ничего не изменено.</translation>
    </message>
    <message>
        <source>%1 has schema version %2, but this Abonent understands versions up to %3. Install a newer Abonent to open it; nothing was changed.</source>
        <translation>У %1 версия схемы %2, а этот Abonent знает версии до %3. Установите более новый Abonent, чтобы открыть её; ничего не изменено.</translation>
    </message>
    <message>
        <source>Could not copy %1 before upgrading it (%2); nothing was changed.</source>
        <translation>Не удалось скопировать %1 перед обновлением (%2); ничего не изменено.</translation>
    </message>
    <message>
        <source>%1 stores text as %2, but Abonent keeps names in every alphabet and needs a UTF8 database: create it with createdb --encoding=UTF8 --template=template0. Nothing was changed.</source>
        <translation>%1 хранит текст в кодировке %2, а Abonent хранит имена на любых алфавитах, и ему нужна база данных в UTF8: создайте её командой createdb --encoding=UTF8 --template=template0. Ничего не изменено.</translation>
    </message>
    <message>
        <source>%1 has schema version %2 and needs an upgrade to version %3 before this Abonent can use it, but %4. Ask whoever looks after the server to open it once with the login that owns it. Nothing was changed.</source>
        <translation>У %1 версия схемы %2, и прежде чем этот Abonent сможет с ней работать, её нужно обновить до версии %3, но %4. Попросите того, кто обслуживает сервер, один раз открыть её под логином владельца. Ничего не изменено.</translation>
    </message>
    <message>
        <source>Reading what this login may do in %1</source>
        <translation>Чтение прав этого логина в %1</translation>
    </message>
    <message>
        <source>the login %1 may only read it</source>
        <translation>логину %1 разрешено только чтение</translation>
    </message>
    <message>
        <source>Setting how long to wait for another desk</source>
        <translation>Установка времени ожидания другого рабочего места</translation>
    </message>
</context>
<context>
    <name>DatabaseCheck</name>
    <message>
        <source>Integrity check could not run</source>
        <translation>Не удалось выполнить проверку целостности</translation>
    </message>
    <message>
        <source>An erasure permit for customer %1 was left behind; nothing but an erasure in progress may hold one.</source>
        <translation>Осталось разрешение на стирание для абонента %1; его может держать только идущее стирание.</translation>
    </message>
</context>
<context>
    <name>DatabaseChooser</name>
    <message>
        <source>Cannot Open Database</source>
        <translation>Не удаётся открыть базу данных</translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation>Не удалось открыть базу данных.</translation>
    </message>
    <message>
        <source>Open Another…</source>
        <translation>Открыть другую…</translation>
    </message>
    <message>
        <source>Create New…</source>
        <translation>Создать новую…</translation>
    </message>
    <message>
        <source>Keep Current</source>
        <translation>Оставить текущую</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <source>Abonent databases (*.sqlite *.db);;All files (*)</source>
        <translation>Базы данных программы «Абонент» (*.sqlite *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Новая база данных</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Открыть базу данных</translation>
    </message>
    <message>
        <source>The database does not exist.</source>
        <translation>Такой базы данных нет.</translation>
    </message>
    <message>
        <source>Create It</source>
        <translation>Создать её</translation>
    </message>
    <message>
        <source>The database is empty.</source>
        <translation>База данных пуста.</translation>
    </message>
    <message>
        <source>Set It Up</source>
        <translation>Подготовить её</translation>
    </message>
</context>
<context>
    <name>DatabaseCopies</name>
    <message>
        <source>%1 exists; a backup never replaces a file. Choose another name.</source>
        <translation>%1 уже существует; резервная копия никогда не заменяет файл. Выберите другое имя.</translation>
    </message>
    <message>
        <source>No backup was written: %1</source>
        <translation>Резервная копия не записана: %1</translation>
    </message>
    <message>
        <source>The copy %1 was written but does not read back whole (%2); do not rely on it.</source>
        <translation>Копия %1 записана, но при проверке прочитана не целиком (%2); не полагайтесь на неё.</translation>
    </message>
    <message>
        <source>%1 is the database itself; name a backup of it.</source>
        <translation>%1 — это сама база данных; укажите её резервную копию.</translation>
    </message>
    <message>
        <source>This build of Abonent cannot put a backup back while the database may be open elsewhere.</source>
        <translation>Эта сборка Abonent не может вернуть резервную копию, пока база может быть открыта где-то ещё.</translation>
    </message>
    <message>
        <source>Nothing was restored, and nothing was changed: %1</source>
        <translation>Ничего не восстановлено и ничего не изменено: %1</translation>
    </message>
    <message>
        <source>The database could not be kept before restoring (%1); nothing was changed.</source>
        <translation>Не удалось сохранить базу данных перед восстановлением (%1); ничего не изменено.</translation>
    </message>
    <message>
        <source>The backup could not be put back (%1). The database is as it was; a copy of it is in %2.</source>
        <translation>Не удалось вернуть резервную копию (%1). База данных осталась прежней; её копия — в %2.</translation>
    </message>
    <message>
        <source>The backup could not be put back (%1); nothing was changed.</source>
        <translation>Не удалось вернуть резервную копию (%1); ничего не изменено.</translation>
    </message>
    <message>
        <source>The backup was put back, but the database does not open (%1); what it replaced is in %2.</source>
        <translation>Резервная копия возвращена, но база данных не открывается (%1); то, что она заменила, — в %2.</translation>
    </message>
    <message>
        <source>The folder for backups %1 could not be made.</source>
        <translation>Не удалось создать папку для резервных копий %1.</translation>
    </message>
</context>
<context>
    <name>DatabaseFile</name>
    <message>
        <source>you may not write the file %1</source>
        <translation>у вас нет права записи в файл %1</translation>
    </message>
    <message>
        <source>you may not create files in its folder %1</source>
        <translation>у вас нет права создавать файлы в его папке %1</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>Не удаётся открыть %1</translation>
    </message>
</context>
<context>
    <name>DatabaseLocation</name>
    <message>
        <source>%1 is not a PostgreSQL address Abonent can use: %2. It is written postgresql://user@host:port/database.</source>
        <translation>%1 — не тот адрес PostgreSQL, с которым может работать Abonent: %2. Адрес записывается так: postgresql://пользователь@сервер:порт/база.</translation>
    </message>
    <message>
        <source>several servers are not supported</source>
        <translation>несколько серверов не поддерживаются</translation>
    </message>
    <message>
        <source>the port is not a number from 1 to 65535</source>
        <translation>порт — не число от 1 до 65535</translation>
    </message>
    <message>
        <source>it cannot be read as an address</source>
        <translation>это нельзя прочитать как адрес</translation>
    </message>
    <message>
        <source>the database name contains &apos;/&apos;</source>
        <translation>в имени базы данных есть «/»</translation>
    </message>
    <message>
        <source>the parameter %1 cannot be passed on</source>
        <translation>параметр %1 нельзя передать</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Write a demo customer base (deterministic for a seed and date).</source>
        <translation>Записать демонстрационную базу абонентов (результат однозначно определяется начальным значением и датой).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>число</translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation>Начальное значение генератора случайных чисел (по умолчанию 1).</translation>
    </message>
    <message>
        <source>s</source>
        <translation>число</translation>
    </message>
    <message>
        <source>Language of names and texts: %1 (default %2).</source>
        <translation>Язык имён и текстов: %1 (по умолчанию %2).</translation>
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
        <translation>Заменить содержимое непустой базы данных.</translation>
    </message>
    <message>
        <source>--seed needs a whole number, not &quot;%1&quot;.</source>
        <translation>Для --seed нужно целое число, а не «%1».</translation>
    </message>
    <message>
        <source>--as-of needs a date written YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>Для --as-of нужна дата в формате YYYY-MM-DD, а не «%1».</translation>
    </message>
    <message>
        <source>Demo data written to %1 in %2 s.</source>
        <translation>Демонстрационные данные записаны в %1 за %2 с.</translation>
    </message>
    <message>
        <source>%1% of the customers written</source>
        <translation>Записано %1% абонентов</translation>
    </message>
    <message>
        <source>--lang must be one of %1, not &quot;%2&quot;.</source>
        <translation>--lang должен быть одним из: %1, а не «%2».</translation>
    </message>
    <message>
        <source>Number of customers, 0 to %1 (default 2000).</source>
        <translation>Число абонентов, от 0 до %1 (по умолчанию 2000).</translation>
    </message>
    <message>
        <source>Number of contacts in all, up to %1 (default 50 per customer). One customer alone is the costly caller, who has only their own (about 1.3 a day).</source>
        <translation>Общее число обращений, до %1 (по умолчанию 50 на абонента). Если абонент один, это «дорогой» абонент, и обращения у него только свои (около 1,3 в день).</translation>
    </message>
    <message>
        <source>--customers needs a whole number from 0 to %1, not &quot;%2&quot;.</source>
        <translation>Для --customers нужно целое число от 0 до %1, а не «%2».</translation>
    </message>
    <message>
        <source>--contacts needs a whole number from 0 to %1, not &quot;%2&quot;.</source>
        <translation>Для --contacts нужно целое число от 0 до %1, а не «%2».</translation>
    </message>
    <message>
        <source>%1 did not exist before; it was removed again.</source>
        <translation>Файла %1 раньше не было; он снова удалён.</translation>
    </message>
    <message>
        <source>The demo data could not be written to %1: %2. None of it was kept.</source>
        <translation>Не удалось записать демонстрационные данные в %1: %2. Ничего из них не сохранено.</translation>
    </message>
    <message>
        <source>The demo&apos;s today, YYYY-MM-DD, from %1 to %2 (default today): its history ends the day before.</source>
        <translation>«Сегодня» демонстрационной базы, YYYY-MM-DD, от %1 до %2 (по умолчанию сегодня): её история заканчивается накануне.</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The database already holds customers, plans or operators; demo data is only written into an empty database (use --force to replace its content).</source>
        <translation>В базе данных уже есть абоненты, тарифы или операторы; демонстрационные данные записываются только в пустую базу данных (чтобы заменить её содержимое, используйте --force).</translation>
    </message>
    <message>
        <source>The demo operator list needs agents, managers and someone who takes difficult callers.</source>
        <translation>В демонстрационном списке сотрудников должны быть операторы, менеджеры и кто-то, кто работает с проблемными абонентами.</translation>
    </message>
    <message>
        <source>The demo phone formats for &quot;%1&quot; do not yield valid numbers.</source>
        <translation>Демонстрационные форматы телефонов для «%1» не дают допустимых номеров.</translation>
    </message>
    <message>
        <source>Demo generation was cancelled.</source>
        <translation>Создание демонстрационных данных отменено.</translation>
    </message>
    <message>
        <source>People have worked in this database (its audit log has entries), so demo data will not replace it, not even with --force. Use a new file.</source>
        <translation>В этой базе уже работали люди (в журнале изменений есть записи), поэтому демонстрационные данные её не заменят, даже с --force. Используйте новый файл.</translation>
    </message>
    <message>
        <source>The number of customers must be between 0 and %1.</source>
        <translation>Число абонентов должно быть от 0 до %1.</translation>
    </message>
    <message>
        <source>The demo&apos;s &quot;as of&quot; date must be between %1 and %2.</source>
        <translation>Дата, по состоянию на которую создаются демонстрационные данные, должна быть от %1 до %2.</translation>
    </message>
    <message>
        <source>Without customers nobody has contacts: ask for customers too, or for no contacts.</source>
        <translation>Без абонентов обращаться некому: задайте также абонентов или не задавайте обращений.</translation>
    </message>
    <message>
        <source>One customer alone is the demo&apos;s costly caller, who has %1 contacts in the history up to %2 (about 1.3 a day). Ask for at most that many, or for more customers.</source>
        <translation>Единственный абонент демонстрационной базы — «дорогой» абонент; число его обращений в истории до %2 — %1 (около 1,3 в день). Задайте не больше обращений или больше абонентов.</translation>
    </message>
    <message>
        <source>At most %1 contacts can be generated.</source>
        <translation>Можно создать не более %1 обращений.</translation>
    </message>
</context>
<context>
    <name>DemoWordLists</name>
    <message>
        <source>The demo word list %1 is missing.</source>
        <translation>Не найден демонстрационный список слов %1.</translation>
    </message>
    <message>
        <source>%1, line %2: expected %3 fields separated by &apos;|&apos;, found %4.</source>
        <translation>%1, строка %2: ожидаемое число полей, разделённых символом «|»: %3; найдено: %4.</translation>
    </message>
    <message>
        <source>%1 has %2 entries; at least %3 are needed.</source>
        <translation>Число записей в %1: %2; нужно не менее %3.</translation>
    </message>
    <message>
        <source>There are no demo word lists for the language &quot;%1&quot;; choose one of %2.</source>
        <translation>Для языка «%1» нет демонстрационных списков слов; выберите один из языков: %2.</translation>
    </message>
    <message>
        <source>formats.txt for &quot;%1&quot; lacks the key %2.</source>
        <translation>В formats.txt для «%1» нет ключа %2.</translation>
    </message>
</context>
<context>
    <name>DeskContext</name>
    <message>
        <source>Every change is recorded under the name of whoever made it: choose who is at this desk first (Settings → Who Is at This Desk).</source>
        <translation>Каждое изменение записывается под именем того, кто его сделал: сначала укажите, кто за этим рабочим местом (Настройки → Кто за этим рабочим местом).</translation>
    </message>
    <message>
        <source>The database is open for reading only: %1.</source>
        <translation>База данных открыта только для чтения: %1.</translation>
    </message>
</context>
<context>
    <name>DomainTypes</name>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Приостановлен</translation>
    </message>
    <message>
        <source>Notice given</source>
        <translation>Уведомлён о расторжении</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Договор расторгнут</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>В архиве</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Частное лицо</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Организация</translation>
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
        <translation>Владелец</translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation>Входящий звонок</translation>
    </message>
    <message>
        <source>Outgoing call</source>
        <translation>Исходящий звонок</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
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
        <translation>Выезд к абоненту</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Без нарушений</translation>
    </message>
    <message>
        <source>Raised voice</source>
        <translation>Повышенный тон</translation>
    </message>
    <message>
        <source>Profanity</source>
        <translation>Нецензурная брань</translation>
    </message>
    <message>
        <source>Insults</source>
        <translation>Оскорбления</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>Угрозы</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Решено</translation>
    </message>
    <message>
        <source>Follow-up needed</source>
        <translation>Нужен повторный контакт</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Передано выше</translation>
    </message>
    <message>
        <source>Unresolved</source>
        <translation>Не решено</translation>
    </message>
    <message>
        <source>Monthly fee</source>
        <translation>Абонентская плата</translation>
    </message>
    <message>
        <source>Paid support</source>
        <translation>Платная поддержка</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Возврат</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>Компенсация</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Информация</translation>
    </message>
    <message>
        <source>Caution</source>
        <translation>Внимание</translation>
    </message>
    <message>
        <source>Serious</source>
        <translation>Серьёзно</translation>
    </message>
    <message>
        <source>Reminder of the support limits</source>
        <translation>Напоминание об ограничениях поддержки</translation>
    </message>
    <message>
        <source>Offer of another plan or paid support</source>
        <translation>Предложение другого тарифа или платной поддержки</translation>
    </message>
    <message>
        <source>Notice of termination</source>
        <translation>Уведомление о расторжении</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>Переезд</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>Quality of service</source>
        <translation>Качество услуг</translation>
    </message>
    <message>
        <source>Went to a competitor</source>
        <translation>Ушёл к конкуренту</translation>
    </message>
    <message>
        <source>No longer needs the service</source>
        <translation>Услуга больше не нужна</translation>
    </message>
    <message>
        <source>Contract terminated by us</source>
        <translation>Договор расторгнут нами</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Confirmation of termination</source>
        <translation>Подтверждение расторжения</translation>
    </message>
    <message>
        <source>Service report</source>
        <translation>Отчёт об услугах</translation>
    </message>
    <message>
        <source>Hung up before speaking</source>
        <translation>Положили трубку, не заговорив</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Ошиблись номером</translation>
    </message>
    <message>
        <source>Silent line</source>
        <translation>Тишина в трубке</translation>
    </message>
    <message>
        <source>End of the contract</source>
        <translation>Расторжение договора</translation>
    </message>
</context>
<context>
    <name>EconomicsService</name>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Период заканчивается раньше, чем начинается.</translation>
    </message>
    <message>
        <source>Reading the figures was cancelled.</source>
        <translation>Чтение показателей прервано.</translation>
    </message>
</context>
<context>
    <name>EnteredDates</name>
    <message>
        <source>%1 needs a date.</source>
        <translation>%1: нужна дата.</translation>
    </message>
    <message>
        <source>%1 cannot be %2: dates before %3 are taken for a typing mistake.</source>
        <translation>%1 — %2? Даты раньше %3 считаются опечаткой.</translation>
    </message>
    <message>
        <source>%1 cannot be %2, which is still ahead.</source>
        <translation>%1 — %2? Эта дата ещё не наступила.</translation>
    </message>
    <message>
        <source>%1 cannot be %2: more than a year ahead is taken for a typing mistake.</source>
        <translation>%1 — %2? Дата больше чем на год вперёд считается опечаткой.</translation>
    </message>
</context>
<context>
    <name>EraseCommand</name>
    <message>
        <source>Erase a customer&apos;s personal data on their request, keeping the anonymised payments, contacts and letter register.</source>
        <translation>Стереть персональные данные абонента по его просьбе, сохранив обезличенные платежи, обращения и реестр писем.</translation>
    </message>
    <message>
        <source>The customer&apos;s contract number.</source>
        <translation>Номер договора абонента.</translation>
    </message>
    <message>
        <source>contract</source>
        <translation>договор</translation>
    </message>
    <message>
        <source>Erase without asking for the contract number again (for scripts).</source>
        <translation>Стереть, не спрашивая номер договора ещё раз (для сценариев).</translation>
    </message>
    <message>
        <source>Say whose data: --customer CONTRACT.</source>
        <translation>Укажите, чьи данные: --customer ДОГОВОР.</translation>
    </message>
    <message>
        <source>Say who erases: --as LOGIN (a manager or the owner).</source>
        <translation>Укажите, кто стирает: --as ЛОГИН (менеджер или владелец).</translation>
    </message>
    <message>
        <source>No customer has the contract number %1; nothing was erased.</source>
        <translation>Нет абонента с номером договора %1; ничего не стёрто.</translation>
    </message>
    <message>
        <source>The personal data of %1 (contract %2) cannot be erased now:</source>
        <translation>Персональные данные %1 (договор %2) сейчас стереть нельзя:</translation>
    </message>
    <message>
        <source>Erasing the personal data of %1 (contract %2) removes:</source>
        <translation>Стирание персональных данных %1 (договор %2) удаляет:</translation>
    </message>
    <message>
        <source>It keeps:</source>
        <translation>Сохраняется:</translation>
    </message>
    <message>
        <source>Nothing was erased: confirm with --yes.</source>
        <translation>Ничего не стёрто: подтвердите с --yes.</translation>
    </message>
    <message>
        <source>It cannot be undone. Type the contract number to erase: </source>
        <translation>Это нельзя отменить. Введите номер договора, чтобы стереть: </translation>
    </message>
    <message>
        <source>Nothing was erased.</source>
        <translation>Ничего не стёрто.</translation>
    </message>
    <message numerus="yes">
        <source>The phone system still keeps %n recording(s) of their calls (listed above); delete them there.</source>
        <translation>
            <numerusform>На телефонной станции остаётся %n запись его разговоров (см. выше); удалите её там.</numerusform>
            <numerusform>На телефонной станции остаются %n записи его разговоров (см. выше); удалите их там.</numerusform>
            <numerusform>На телефонной станции остаются %n записей его разговоров (см. выше); удалите их там.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backups, exports and letters saved before now still hold the data until they are replaced.</source>
        <translation>Резервные копии, выгрузки и сохранённые раньше письма содержат эти данные, пока их не заменят.</translation>
    </message>
    <message>
        <source>the manager or owner erasing</source>
        <translation>менеджера или владельца, который удаляет данные</translation>
    </message>
</context>
<context>
    <name>ErasedCustomers</name>
    <message>
        <source>Erased customer #%1</source>
        <translation>Стёртый абонент №%1</translation>
    </message>
    <message>
        <source>This customer&apos;s personal data was erased on %1; nothing new is recorded about them.</source>
        <translation>Персональные данные этого абонента стёрты %1; о нём больше ничего не записывается.</translation>
    </message>
</context>
<context>
    <name>Erasure</name>
    <message>
        <source>Only a manager or the owner can erase a person&apos;s data.</source>
        <translation>Стереть данные человека может только менеджер или владелец.</translation>
    </message>
    <message>
        <source>The personal data of %1 was erased on %2 already.</source>
        <translation>Персональные данные %1 уже стёрты %2.</translation>
    </message>
    <message>
        <source>The contract is still in force (%1): the office needs the name and address while it serves the customer. Record that they left, or archive them, first.</source>
        <translation>Договор ещё действует (%1): пока абонент обслуживается, офису нужны имя и адрес. Сначала отметьте уход абонента или переведите его в архив.</translation>
    </message>
    <message>
        <source>An escalation case is open (since %1); it needs the person&apos;s data until it is closed.</source>
        <translation>Открыто дело (с %1); до его закрытия нужны данные человека.</translation>
    </message>
    <message numerus="yes">
        <source>Letter %1 was issued on %2, and letters are kept %n year(s) (Settings → Privacy): the data can be erased from %3.</source>
        <translation>
            <numerusform>Письмо %1 выпущено %2, а письма хранятся %n год (Настройки → Конфиденциальность): данные можно стереть с %3.</numerusform>
            <numerusform>Письмо %1 выпущено %2, а письма хранятся %n года (Настройки → Конфиденциальность): данные можно стереть с %3.</numerusform>
            <numerusform>Письмо %1 выпущено %2, а письма хранятся %n лет (Настройки → Конфиденциальность): данные можно стереть с %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>The search index %1 could not be merged: %2</source>
        <translation>Не удалось слить поисковый индекс %1: %2</translation>
    </message>
    <message>
        <source>Another desk had the database open, so earlier copies of the erased rows stay in its write-ahead log until SQLite writes over them.</source>
        <translation>База была открыта на другом рабочем месте, поэтому прежние копии стёртых строк остаются в журнале предзаписи, пока SQLite их не перезапишет.</translation>
    </message>
    <message>
        <source>Nothing was erased: %1</source>
        <translation>Ничего не стёрто: %1</translation>
    </message>
    <message>
        <source>the name (the record is called &quot;Erased customer&quot; and its number from now on), address, e-mail, notes and phone numbers;</source>
        <translation>имя (теперь запись называется «Стёртый абонент» с её номером), адрес, e-mail, заметки и телефоны;</translation>
    </message>
    <message>
        <source>what operators wrote: the topics and summaries of contacts, notes of payments, reasons of tags and cases, notes of case steps and of the customer leaving;</source>
        <translation>то, что писали сотрудники: темы и итоги обращений, примечания к платежам, причины отметок и дел, заметки к шагам дел и к уходу абонента;</translation>
    </message>
    <message>
        <source>the text and PDF of every letter to them;</source>
        <translation>текст и PDF каждого письма ему;</translation>
    </message>
    <message>
        <source>the caller ID, topic and summary of calls linked to them, and the file names of their call recordings;</source>
        <translation>номер звонящего, тему и итог привязанных к нему звонков и имена файлов записей его разговоров;</translation>
    </message>
    <message>
        <source>what the audit log quoted of them (its values before and after, and its reasons);</source>
        <translation>то, что журнал аудита приводил о нём (значения до и после и причины);</translation>
    </message>
    <message>
        <source>call notes still being written about them.</source>
        <translation>ещё не законченные заметки к звонкам о нём.</translation>
    </message>
    <message>
        <source>the contract number, kind, status and dates of the record;</source>
        <translation>номер договора, тип, статус и даты записи;</translation>
    </message>
    <message>
        <source>payments (day, kind, amount), plan history, opening balance and monthly figures: the economics and totals stay as they are;</source>
        <translation>платежи (день, вид, сумма), историю тарифов, начальный баланс и помесячные цифры: экономика и итоги не меняются;</translation>
    </message>
    <message>
        <source>each contact&apos;s channel, time, duration, operator, outcome and conduct;</source>
        <translation>у каждого обращения — канал, время, длительность, сотрудника, итог и поведение;</translation>
    </message>
    <message>
        <source>tags, cases and their steps without their text: what was done, when and by whom;</source>
        <translation>отметки, дела и их шаги без текста: что сделано, когда и кем;</translation>
    </message>
    <message>
        <source>each letter&apos;s number, dates and the SHA-256 of its PDF: the register runs on without a gap;</source>
        <translation>номер и даты каждого письма и SHA-256 его PDF: реестр идёт без пропусков;</translation>
    </message>
    <message>
        <source>the audit log&apos;s entries (when, who, what), and one more that records this erasure.</source>
        <translation>записи журнала аудита (когда, кто, что) и ещё одну — об этом стирании.</translation>
    </message>
    <message>
        <source>audit log entries</source>
        <translation>записи журнала аудита</translation>
    </message>
    <message>
        <source>letters</source>
        <translation>письма</translation>
    </message>
    <message>
        <source>case steps</source>
        <translation>шаги дел</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>дела</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>отметки</translation>
    </message>
    <message>
        <source>records of leaving</source>
        <translation>записи об уходе</translation>
    </message>
    <message>
        <source>calls linked later</source>
        <translation>звонки, привязанные позже</translation>
    </message>
    <message>
        <source>call recordings</source>
        <translation>записи разговоров</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>обращения</translation>
    </message>
    <message>
        <source>payments</source>
        <translation>платежи</translation>
    </message>
    <message>
        <source>phone numbers</source>
        <translation>телефоны</translation>
    </message>
    <message>
        <source>call notes being written</source>
        <translation>незаконченные заметки к звонкам</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Write every customer, phone, plan, payment, contact, tag, case and letter of the register to CSV files and one JSON file, as of one moment.</source>
        <translation>Записать всех абонентов, телефоны, тарифы, платежи, обращения, отметки, дела и письма реестра в файлы CSV и один файл JSON — по состоянию на один момент.</translation>
    </message>
    <message>
        <source>The folder to write into; it must be new or empty.</source>
        <translation>Папка для записи; она должна быть новой или пустой.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>папка</translation>
    </message>
    <message>
        <source>Say where the files go: --out FOLDER.</source>
        <translation>Укажите, куда записать файлы: --out ПАПКА.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder; nothing was exported.</source>
        <translation>%1 — файл, а не папка; ничего не выгружено.</translation>
    </message>
    <message>
        <source>%1 holds files already; an export never replaces or mixes with them. Choose a new or empty folder.</source>
        <translation>В %1 уже есть файлы; выгрузка никогда не заменяет их и не смешивается с ними. Выберите новую или пустую папку.</translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation>Ничего не выгружено: %1</translation>
    </message>
</context>
<context>
    <name>ExportFile</name>
    <message>
        <source>Nothing was saved, and a file already there is as it was. Choose another place, or cancel.</source>
        <translation>Ничего не сохранено; файл, который там уже был, не изменился. Выберите другое место или отмените.</translation>
    </message>
</context>
<context>
    <name>FileOutput</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>Files cannot be written in %1: %2</source>
        <translation>В папку %1 нельзя записывать файлы: %2</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>What the file holds: customers, phones, plans, plan-periods, payments or contacts.</source>
        <translation>Что в файле: customers, phones, plans, plan-periods, payments или contacts.</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>вид</translation>
    </message>
    <message>
        <source>A mapping saved before: which column is which field, the encoding, separator, date order and decimal mark.</source>
        <translation>Сохранённое сопоставление: какой столбец какое поле, кодировка, разделитель, порядок в датах и десятичный знак.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>Write the mapping used (guessed or given) to this file.</source>
        <translation>Записать использованное сопоставление (угаданное или заданное) в этот файл.</translation>
    </message>
    <message>
        <source>Check every row and say what would be refused; write nothing.</source>
        <translation>Проверить каждую строку и сказать, что было бы отклонено; ничего не записывать.</translation>
    </message>
    <message>
        <source>Write the refused rows to this CSV file instead of standard error.</source>
        <translation>Записать отклонённые строки в этот файл CSV, а не в стандартный поток ошибок.</translation>
    </message>
    <message>
        <source>The file&apos;s encoding: utf-8, utf-16le, utf-16be, windows-1251 or windows-1252 (default: detected).</source>
        <translation>Кодировка файла: utf-8, utf-16le, utf-16be, windows-1251 или windows-1252 (по умолчанию определяется).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>имя</translation>
    </message>
    <message>
        <source>The field separator: &quot;,&quot;, &quot;;&quot; or &quot;tab&quot; (default: detected).</source>
        <translation>Разделитель полей: «,», «;» или «tab» (по умолчанию определяется).</translation>
    </message>
    <message>
        <source>char</source>
        <translation>символ</translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot;: say customers, phones, plans, plan-periods, payments or contacts.</source>
        <translation>Неизвестный вид «%1»: укажите customers, phones, plans, plan-periods, payments или contacts.</translation>
    </message>
    <message>
        <source>The mapping is for %1, not %2.</source>
        <translation>Сопоставление для %1, а не для %2.</translation>
    </message>
    <message>
        <source>Say what the file holds: --kind customers (or phones, plans, plan-periods, payments, contacts).</source>
        <translation>Укажите, что в файле: --kind customers (или phones, plans, plan-periods, payments, contacts).</translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot;.</source>
        <translation>Неизвестная кодировка «%1».</translation>
    </message>
    <message>
        <source>The separator is one character or &quot;tab&quot;.</source>
        <translation>Разделитель — один символ или «tab».</translation>
    </message>
    <message>
        <source>Bring customers, phones, plans, plan history, payments or contacts in from a CSV file, whole or not at all.</source>
        <translation>Загрузить абонентов, телефоны, тарифы, историю тарифов, платежи или обращения из файла CSV — целиком или никак.</translation>
    </message>
    <message>
        <source>The CSV file to import.</source>
        <translation>Файл CSV для загрузки.</translation>
    </message>
    <message>
        <source>Name the CSV file to import.</source>
        <translation>Укажите файл CSV для загрузки.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Ничего не загружено: %1</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>строка %1</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>файл</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) would be refused.</source>
        <translation>
            <numerusform>Была бы отклонена %n строка.</numerusform>
            <numerusform>Были бы отклонены %n строки.</numerusform>
            <numerusform>Были бы отклонены %n строк.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused; nothing was imported.</source>
        <translation>
            <numerusform>Отклонена %n строка; ничего не загружено.</numerusform>
            <numerusform>Отклонены %n строки; ничего не загружено.</numerusform>
            <numerusform>Отклонено %n строк; ничего не загружено.</numerusform>
        </translation>
    </message>
    <message>
        <source>the person importing</source>
        <translation>того, кто импортирует</translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <source>The mapping does not say what it imports (&quot;kind&quot;: customers, phones, plans, plan-periods, payments or contacts).</source>
        <translation>В сопоставлении не сказано, что загружается («kind»: customers, phones, plans, plan-periods, payments или contacts).</translation>
    </message>
    <message>
        <source>The mapping names an encoding Abonent does not read: &quot;%1&quot;.</source>
        <translation>В сопоставлении указана кодировка, которую Abonent не читает: «%1».</translation>
    </message>
    <message>
        <source>The mapping&apos;s separator must be one character or &quot;tab&quot;, not &quot;%1&quot;.</source>
        <translation>Разделитель в сопоставлении — один символ или «tab», а не «%1».</translation>
    </message>
    <message>
        <source>The mapping&apos;s date order must be dmy, mdy or ymd.</source>
        <translation>Порядок в датах в сопоставлении — dmy, mdy или ymd.</translation>
    </message>
    <message>
        <source>The mapping&apos;s decimal mark must be &quot;,&quot; or &quot;.&quot;.</source>
        <translation>Десятичный знак в сопоставлении — «,» или «.».</translation>
    </message>
    <message>
        <source>The mapping&apos;s currency must be a three-letter code such as EUR.</source>
        <translation>Валюта в сопоставлении — трёхбуквенный код, например EUR.</translation>
    </message>
    <message>
        <source>The mapping&apos;s balance date must be written as 2026-12-01.</source>
        <translation>Дату баланса в сопоставлении пишите так: 2026-12-01.</translation>
    </message>
    <message>
        <source>The mapping names a field %1 does not have: &quot;%2&quot;.</source>
        <translation>В сопоставлении указано поле, которого нет у %1: «%2».</translation>
    </message>
    <message>
        <source>The mapping %1 could not be read: %2</source>
        <translation>Не удалось прочитать сопоставление %1: %2</translation>
    </message>
    <message>
        <source>The mapping %1 is too long to be a mapping.</source>
        <translation>Файл %1 слишком длинный для сопоставления.</translation>
    </message>
    <message>
        <source>The mapping %1 is not a JSON object: %2</source>
        <translation>Сопоставление %1 — не объект JSON: %2</translation>
    </message>
</context>
<context>
    <name>ImportRows</name>
    <message>
        <source>No customer has the contract number %1; import the customers first.</source>
        <translation>Ни у одного абонента нет договора %1; сначала загрузите абонентов.</translation>
    </message>
    <message>
        <source>There is no plan called &quot;%1&quot;; import the plans first or create it under Settings → Plans.</source>
        <translation>Тарифа «%1» нет; сначала загрузите тарифы или создайте его в «Настройки → Тарифы».</translation>
    </message>
    <message>
        <source>This is not a date written as 12/31/2025 or 2025-12-31.</source>
        <translation>Это не дата в виде 12/31/2025 или 2025-12-31.</translation>
    </message>
    <message>
        <source>This is not a date written as 31.12.2025 or 2025-12-31.</source>
        <translation>Это не дата в виде 31.12.2025 или 2025-12-31.</translation>
    </message>
    <message>
        <source>This is not a phone number: %1</source>
        <translation>Это не номер телефона: %1</translation>
    </message>
    <message>
        <source>The contract number is empty.</source>
        <translation>Номер договора пуст.</translation>
    </message>
    <message>
        <source>Line %1 has this contract number already.</source>
        <translation>Этот номер договора уже есть в строке %1.</translation>
    </message>
    <message>
        <source>A new customer needs a name.</source>
        <translation>Новому абоненту нужно имя.</translation>
    </message>
    <message>
        <source>Write &quot;person&quot; or &quot;company&quot;.</source>
        <translation>Напишите «физлицо» или «компания».</translation>
    </message>
    <message>
        <source>A new customer needs a phone number.</source>
        <translation>Новому абоненту нужен номер телефона.</translation>
    </message>
    <message>
        <source>Write active, suspended, notice given, terminated or archived.</source>
        <translation>Напишите: active, suspended, notice given, terminated или archived (или как в списке абонентов).</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Абонент с</translation>
    </message>
    <message>
        <source>This is not an amount in %1 (write 1234.50, or -1234.50 for money owed).</source>
        <translation>Это не сумма в %1 (пишите 1234,50, а долг — -1234,50).</translation>
    </message>
    <message>
        <source>The phone number is empty.</source>
        <translation>Номер телефона пуст.</translation>
    </message>
    <message>
        <source>The plan has no name.</source>
        <translation>У тарифа нет названия.</translation>
    </message>
    <message>
        <source>Line %1 has this plan already.</source>
        <translation>Этот тариф уже есть в строке %1.</translation>
    </message>
    <message>
        <source>The monthly fee must be an amount in %1, such as 25.00.</source>
        <translation>Абонентская плата должна быть суммой в %1, например 25,00.</translation>
    </message>
    <message>
        <source>Write the support minutes as a whole number.</source>
        <translation>Укажите минуты поддержки целым числом.</translation>
    </message>
    <message>
        <source>This is not an amount in %1.</source>
        <translation>Это не сумма в %1.</translation>
    </message>
    <message>
        <source>Write yes or no.</source>
        <translation>Напишите «да» или «нет».</translation>
    </message>
    <message>
        <source>The plan costs %1 in Abonent; a fee is changed in Abonent, from a date, so that what was charged before stays as it was.</source>
        <translation>В Abonent тариф стоит %1; плата меняется в самом Abonent с определённой даты, чтобы начисленное раньше осталось прежним.</translation>
    </message>
    <message>
        <source>This period overlaps the one from %1 on line %2.</source>
        <translation>Этот период пересекается с периодом с %1 в строке %2.</translation>
    </message>
    <message>
        <source>The plan is empty.</source>
        <translation>Тариф не указан.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>The period must end after it starts.</source>
        <translation>Период должен заканчиваться позже, чем начинается.</translation>
    </message>
    <message>
        <source>Line %1 has this id already.</source>
        <translation>Этот идентификатор уже есть в строке %1.</translation>
    </message>
    <message>
        <source>Line %1 has the same payment (contract, date, kind and amount); give the payments an id column to import both.</source>
        <translation>В строке %1 такой же платёж (договор, дата, вид и сумма); добавьте платежам столбец с идентификатором, чтобы загрузить оба.</translation>
    </message>
    <message>
        <source>The date is empty.</source>
        <translation>Дата не указана.</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Дата оплаты</translation>
    </message>
    <message>
        <source>The amount is empty.</source>
        <translation>Сумма не указана.</translation>
    </message>
    <message>
        <source>This is not an amount in %1 other than zero.</source>
        <translation>Это не ненулевая сумма в %1.</translation>
    </message>
    <message>
        <source>Write fee, paid support, refund or compensation.</source>
        <translation>Напишите: абонплата, платная поддержка, возврат или компенсация.</translation>
    </message>
    <message>
        <source>A negative amount is money paid back; this row says it is a %1.</source>
        <translation>Отрицательная сумма — это возврат денег, а в этой строке указано «%1».</translation>
    </message>
    <message>
        <source>Line %1 has the same contact (contract, time and channel); give the contacts an id column to import both.</source>
        <translation>В строке %1 такое же обращение (договор, время и канал); добавьте обращениям столбец с идентификатором, чтобы загрузить оба.</translation>
    </message>
    <message>
        <source>This is not a time written as 14:05 or 14:05:30.</source>
        <translation>Это не время в виде 14:05 или 14:05:30.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Write call, outgoing call, e-mail, ticket, chat, visit or letter.</source>
        <translation>Напишите: звонок, исходящий, e-mail, заявка, чат, визит или письмо.</translation>
    </message>
    <message>
        <source>Write the duration as minutes:seconds (4:30) or in seconds (270).</source>
        <translation>Укажите длительность как минуты:секунды (4:30) или в секундах (270).</translation>
    </message>
    <message>
        <source>Handled by %1 (before Abonent).</source>
        <translation>Вёл(а) %1 (до Abonent).</translation>
    </message>
    <message>
        <source>Write resolved, follow-up, escalated or unresolved.</source>
        <translation>Напишите: решено, перезвонить, передано или не решено.</translation>
    </message>
    <message>
        <source>Write normal, raised voice, profanity, insults or threats.</source>
        <translation>Напишите: нормально, повышенный тон, мат, оскорбления или угрозы.</translation>
    </message>
    <message>
        <source>This period overlaps the one from %1 already recorded.</source>
        <translation>Этот период пересекается с уже записанным периодом с %1.</translation>
    </message>
    <message>
        <source>Balance as of</source>
        <translation>Дата баланса</translation>
    </message>
    <message>
        <source>The personal data of the customer with contract number %1 was erased; no import fills it in again. Leave this row out.</source>
        <translation>Персональные данные абонента с номером договора %1 стёрты; импорт их не восстанавливает. Уберите эту строку.</translation>
    </message>
</context>
<context>
    <name>ImportSpec</name>
    <message>
        <source>Customers</source>
        <translation>Абоненты</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Номера телефонов</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Тарифы</translation>
    </message>
    <message>
        <source>Plan history</source>
        <translation>История тарифов</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Платежи</translation>
    </message>
    <message>
        <source>Contact history</source>
        <translation>История обращений</translation>
    </message>
    <message>
        <source>Contract number</source>
        <translation>Номер договора</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Person or company</source>
        <translation>Физлицо или компания</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Second phone</source>
        <translation>Второй телефон</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Абонент с</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Тариф</translation>
    </message>
    <message>
        <source>Balance (prepaid + / owed −)</source>
        <translation>Баланс (аванс + / долг −)</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Пометка</translation>
    </message>
    <message>
        <source>Plan name</source>
        <translation>Название тарифа</translation>
    </message>
    <message>
        <source>Monthly fee</source>
        <translation>Абонентская плата</translation>
    </message>
    <message>
        <source>Support minutes included</source>
        <translation>Включено минут поддержки</translation>
    </message>
    <message>
        <source>Price of an extra support minute</source>
        <translation>Цена дополнительной минуты поддержки</translation>
    </message>
    <message>
        <source>Without support</source>
        <translation>Без поддержки</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Предлагается</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>Until (not included)</source>
        <translation>По (не включая)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Kind (fee, support, refund, compensation)</source>
        <translation>Вид (абонплата, поддержка, возврат, компенсация)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Payment id in the old system</source>
        <translation>Номер платежа в прежней системе</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Дата и время</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Длительность</translation>
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
        <translation>Итог</translation>
    </message>
    <message>
        <source>Caller&apos;s conduct</source>
        <translation>Поведение звонящего</translation>
    </message>
    <message>
        <source>Contact id in the old system</source>
        <translation>Номер обращения в прежней системе</translation>
    </message>
    <message>
        <source>Balance as of</source>
        <translation>Дата баланса</translation>
    </message>
</context>
<context>
    <name>IndicatorService</name>
    <message>
        <source>Every threshold must be at least 1.</source>
        <translation>Каждый порог должен быть не меньше 1.</translation>
    </message>
    <message>
        <source>%1 — consider tag &quot;%2&quot;</source>
        <translation>%1 — возможно, стоит поставить отметку «%2»</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) in 30 days</source>
        <translation>
            <numerusform>%n инцидент за 30 дней</numerusform>
            <numerusform>%n инцидента за 30 дней</numerusform>
            <numerusform>%n инцидентов за 30 дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) in 90 days</source>
        <translation>
            <numerusform>%n инцидент за 90 дней</numerusform>
            <numerusform>%n инцидента за 90 дней</numerusform>
            <numerusform>%n инцидентов за 90 дней</numerusform>
        </translation>
    </message>
    <message>
        <source>One incident in 90 days (%1, %2) — a one-off, not a pattern</source>
        <translation>Один инцидент за 90 дней (%1, %2) — единичный случай, а не система</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) on %1</source>
        <translation>
            <numerusform>%n обращение %1</numerusform>
            <numerusform>%n обращения %1</numerusform>
            <numerusform>%n обращений %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) in 30 days</source>
        <translation>
            <numerusform>%n обращение за 30 дней</numerusform>
            <numerusform>%n обращения за 30 дней</numerusform>
            <numerusform>%n обращений за 30 дней</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min of support a month over the last 3 months, %2 min included</source>
        <translation>%1 мин поддержки в месяц за последние 3 месяца при %2 мин в тарифе</translation>
    </message>
    <message>
        <source>support cost %1 against revenue %2 over the last 3 months</source>
        <translation>затраты на поддержку %1 при выручке %2 за последние 3 месяца</translation>
    </message>
</context>
<context>
    <name>Invocation</name>
    <message>
        <source>Cannot open %1: there is no such file.</source>
        <translation>Не удаётся открыть %1: такого файла нет.</translation>
    </message>
</context>
<context>
    <name>LetterFacts</name>
    <message>
        <source>The report&apos;s period begins after it ends.</source>
        <translation>Период отчёта начинается позже, чем заканчивается.</translation>
    </message>
    <message>
        <source>This letter does not belong to the case step &quot;%1&quot;.</source>
        <translation>Это письмо не относится к шагу дела «%1».</translation>
    </message>
    <message>
        <source>The case step belongs to another customer or does not exist.</source>
        <translation>Шаг дела относится к другому абоненту или не существует.</translation>
    </message>
</context>
<context>
    <name>LetterOutput</name>
    <message>
        <source>Print %1</source>
        <translation>Печать: %1</translation>
    </message>
    <message>
        <source>Letter %1</source>
        <translation>Письмо %1</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Сохранить в PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>LetterPdf</name>
    <message>
        <source>The letter could not be started on the printer or in the file.</source>
        <translation>Не удалось начать вывод письма на принтер или в файл.</translation>
    </message>
    <message>
        <source>The letter could not be finished on the printer or in the file.</source>
        <translation>Не удалось завершить вывод письма на принтер или в файл.</translation>
    </message>
</context>
<context>
    <name>LetterRegisterCheck</name>
    <message>
        <source>Letter register %1: number %2 is given to more than one letter.</source>
        <translation>Реестр писем за %1 год: номер %2 присвоен нескольким письмам.</translation>
    </message>
    <message>
        <source>Letter register %1: number %2 is missing.</source>
        <translation>Реестр писем за %1 год: номер %2 пропущен.</translation>
    </message>
    <message>
        <source>Letter register %1: numbers %2 to %3 are missing.</source>
        <translation>Реестр писем за %1 год: номера с %2 по %3 пропущены.</translation>
    </message>
    <message>
        <source>Letter register %1: the year has letters up to number %2 but no counter.</source>
        <translation>Реестр писем за %1 год: письма есть до номера %2, но счётчика за этот год нет.</translation>
    </message>
    <message>
        <source>Letter register %1: the counter stands at %2, but the highest number issued is %3.</source>
        <translation>Реестр писем за %1 год: счётчик стоит на %2, а наибольший выданный номер — %3.</translation>
    </message>
    <message>
        <source>Letter %1: its PDF does not match the SHA-256 stored with it.</source>
        <translation>Письмо %1: его PDF не совпадает с сохранённым вместе с ним SHA-256.</translation>
    </message>
    <message>
        <source>Letter %1: its customer&apos;s personal data was erased, but its text or PDF is still there.</source>
        <translation>Письмо %1: персональные данные абонента стёрты, но текст или PDF письма остались.</translation>
    </message>
    <message>
        <source>Letter %1: its PDF is missing, and its customer&apos;s data was not erased.</source>
        <translation>Письмо %1: нет PDF, а данные абонента не стирались.</translation>
    </message>
</context>
<context>
    <name>LetterService</name>
    <message>
        <source>Letters are written in English (en), Russian (ru) or Ukrainian (uk), not &quot;%1&quot;.</source>
        <translation>Письма пишутся на английском (en), русском (ru) или украинском (uk), а не на «%1».</translation>
    </message>
    <message>
        <source>The template chosen is for another kind of letter or language.</source>
        <translation>Выбранный шаблон — для другого вида писем или языка.</translation>
    </message>
    <message>
        <source>Save the template before issuing letters from it.</source>
        <translation>Сохраните шаблон, прежде чем оформлять по нему письма.</translation>
    </message>
    <message>
        <source>Only a manager or the owner can issue letters.</source>
        <translation>Оформлять письма может только менеджер или владелец.</translation>
    </message>
    <message>
        <source>Termination letters are issued by the owner.</source>
        <translation>Письма о расторжении оформляет владелец.</translation>
    </message>
    <message>
        <source>The letter was not issued. %1
Edit the text, or issue it anyway and say why.</source>
        <translation>Письмо не оформлено. %1
Исправьте текст или оформите письмо как есть, указав причину.</translation>
    </message>
    <message>
        <source>Only a voided letter to the same customer can be replaced.</source>
        <translation>Заменить можно только аннулированное письмо тому же абоненту.</translation>
    </message>
    <message>
        <source>Only a manager or the owner can void letters.</source>
        <translation>Аннулировать письма может только менеджер или владелец.</translation>
    </message>
    <message>
        <source>Say why the letter is void; the reason stays in the register.</source>
        <translation>Укажите, почему письмо аннулируется; причина останется в реестре.</translation>
    </message>
    <message>
        <source>Termination letters are voided by the owner.</source>
        <translation>Письма о расторжении аннулирует владелец.</translation>
    </message>
    <message>
        <source>Letter %1 is void already.</source>
        <translation>Письмо %1 уже аннулировано.</translation>
    </message>
    <message>
        <source>Letter %1 is not in the register.</source>
        <translation>Письма %1 нет в реестре.</translation>
    </message>
    <message numerus="yes">
        <source>Other desks kept taking the next letter number while this letter was prepared, %n time(s); it was not issued and no number was used. Issue it again in a moment.</source>
        <translation>
            <numerusform>Пока письмо готовилось, другие рабочие места %n раз занимали следующий номер; письмо не оформлено, номер не израсходован. Оформите его ещё раз чуть позже.</numerusform>
            <numerusform>Пока письмо готовилось, другие рабочие места %n раза занимали следующий номер; письмо не оформлено, номер не израсходован. Оформите его ещё раз чуть позже.</numerusform>
            <numerusform>Пока письмо готовилось, другие рабочие места %n раз занимали следующий номер; письмо не оформлено, номер не израсходован. Оформите его ещё раз чуть позже.</numerusform>
        </translation>
    </message>
    <message>
        <source>A letter &quot;%1&quot; follows the case step &quot;%2&quot;, which has not been taken for this customer yet: take that step first.</source>
        <translation>Письмо «%1» следует за шагом дела «%2», а этот шаг для абонента ещё не выполнен: сначала выполните его.</translation>
    </message>
    <message>
        <source>This letter was erased with its customer&apos;s personal data: the register keeps its number, dates and the SHA-256 of its PDF, not the letter itself.</source>
        <translation>Это письмо стёрто вместе с персональными данными абонента: в реестре остаются его номер, даты и SHA-256 PDF, но не само письмо.</translation>
    </message>
</context>
<context>
    <name>LetterTemplate</name>
    <message>
        <source>The template uses the placeholder {{%1}}, which Abonent does not know. Correct it in the template editor.</source>
        <translation>В шаблоне есть поле {{%1}}, которого Abonent не знает. Исправьте его в редакторе шаблонов.</translation>
    </message>
    <message>
        <source>The letter needs %1 ({{%2}}), and there is none.</source>
        <translation>Для письма нужно: %1 ({{%2}}), а этого нет.</translation>
    </message>
    <message>
        <source>the letter&apos;s register number</source>
        <translation>регистрационный номер письма</translation>
    </message>
    <message>
        <source>the letter&apos;s date</source>
        <translation>дата письма</translation>
    </message>
    <message>
        <source>the company&apos;s registration numbers</source>
        <translation>регистрационные номера компании</translation>
    </message>
    <message>
        <source>the company&apos;s phone number</source>
        <translation>телефон компании</translation>
    </message>
    <message>
        <source>the company&apos;s e-mail address</source>
        <translation>адрес эл. почты компании</translation>
    </message>
    <message>
        <source>the company&apos;s logo</source>
        <translation>логотип компании</translation>
    </message>
    <message>
        <source>the signatory&apos;s position</source>
        <translation>должность подписывающего</translation>
    </message>
    <message>
        <source>the customer&apos;s name</source>
        <translation>имя абонента</translation>
    </message>
    <message>
        <source>the customer&apos;s postal address (edit the customer)</source>
        <translation>почтовый адрес абонента (измените данные абонента)</translation>
    </message>
    <message>
        <source>the customer&apos;s e-mail address</source>
        <translation>адрес эл. почты абонента</translation>
    </message>
    <message>
        <source>the contract number</source>
        <translation>номер договора</translation>
    </message>
    <message>
        <source>the date the contract began</source>
        <translation>дата начала договора</translation>
    </message>
    <message>
        <source>the contract clause of the notice (take the notice step first)</source>
        <translation>пункт договора для уведомления (сначала выполните шаг «Уведомление»)</translation>
    </message>
    <message>
        <source>the customer&apos;s current plan</source>
        <translation>текущий тариф абонента</translation>
    </message>
    <message>
        <source>the monthly fee of the current plan</source>
        <translation>абонентская плата текущего тарифа</translation>
    </message>
    <message>
        <source>the support minutes the plan includes</source>
        <translation>минуты поддержки, включённые в тариф</translation>
    </message>
    <message>
        <source>the price of a minute of paid support on the current plan</source>
        <translation>цена минуты платной поддержки на текущем тарифе</translation>
    </message>
    <message>
        <source>the month the support use is given for</source>
        <translation>месяц, за который указано использование поддержки</translation>
    </message>
    <message>
        <source>the support minutes used in that month</source>
        <translation>минуты поддержки, использованные в этом месяце</translation>
    </message>
    <message>
        <source>the minutes used beyond the allowance in one of the last twelve months</source>
        <translation>минуты сверх включённых в тариф за один из последних двенадцати месяцев</translation>
    </message>
    <message>
        <source>the plan offered (record it in the offer step, or keep an active plan without support)</source>
        <translation>предлагаемый тариф (укажите его в шаге «Предложение» или заведите действующий тариф без поддержки)</translation>
    </message>
    <message>
        <source>the monthly fee of the plan offered</source>
        <translation>абонентская плата предлагаемого тарифа</translation>
    </message>
    <message>
        <source>the date notice is given (take the notice step first)</source>
        <translation>дата уведомления (сначала выполните шаг «Уведомление»)</translation>
    </message>
    <message>
        <source>the notice period (take the notice step first)</source>
        <translation>срок уведомления (сначала выполните шаг «Уведомление»)</translation>
    </message>
    <message>
        <source>the termination date (from the notice or the termination step)</source>
        <translation>дата расторжения (из шага «Уведомление о расторжении» или «Договор расторгнут»)</translation>
    </message>
    <message>
        <source>the fees paid</source>
        <translation>внесённая абонентская плата</translation>
    </message>
    <message>
        <source>the fees due up to the termination date</source>
        <translation>плата за услуги до даты расторжения</translation>
    </message>
    <message>
        <source>the refund (from the notice or the termination step)</source>
        <translation>сумма возврата (из шага «Уведомление о расторжении» или «Договор расторгнут»)</translation>
    </message>
    <message>
        <source>the first day of the report&apos;s period</source>
        <translation>первый день периода отчёта</translation>
    </message>
    <message>
        <source>the last day of the report&apos;s period</source>
        <translation>последний день периода отчёта</translation>
    </message>
    <message>
        <source>the payments over the report&apos;s period</source>
        <translation>платежи за период отчёта</translation>
    </message>
    <message>
        <source>the number of contacts in the report&apos;s period</source>
        <translation>число обращений за период отчёта</translation>
    </message>
    <message>
        <source>the support time in the report&apos;s period</source>
        <translation>время поддержки за период отчёта</translation>
    </message>
    <message>
        <source>the table of the support given</source>
        <translation>таблица оказанной поддержки</translation>
    </message>
    <message>
        <source>the paragraph written for this letter</source>
        <translation>абзац, написанный для этого письма</translation>
    </message>
    <message>
        <source>the company&apos;s letterhead (Settings ▸ Letterhead: the company name)</source>
        <translation>бланк компании (Настройки ▸ Бланк: название компании)</translation>
    </message>
    <message>
        <source>the company&apos;s name (Settings ▸ Letterhead)</source>
        <translation>название компании (Настройки ▸ Бланк)</translation>
    </message>
    <message>
        <source>the company&apos;s address (Settings ▸ Letterhead)</source>
        <translation>адрес компании (Настройки ▸ Бланк)</translation>
    </message>
    <message>
        <source>the name of the person who signs letters (Settings ▸ Letterhead)</source>
        <translation>имя того, кто подписывает письма (Настройки ▸ Бланк)</translation>
    </message>
    <message>
        <source>The template has a section {{%1}}, but Abonent knows no condition &quot;%2&quot;. Correct it in the template editor.</source>
        <translation>В шаблоне есть раздел {{%1}}, но условия «%2» Abonent не знает. Исправьте его в редакторе шаблонов.</translation>
    </message>
    <message>
        <source>The template closes the section {{/%1}} where it is not open. Correct it in the template editor.</source>
        <translation>Шаблон закрывает раздел {{/%1}} там, где он не открыт. Исправьте его в редакторе шаблонов.</translation>
    </message>
    <message>
        <source>The template opens the section {{#%1}} and never closes it. Correct it in the template editor.</source>
        <translation>Шаблон открывает раздел {{#%1}} и нигде его не закрывает. Исправьте его в редакторе шаблонов.</translation>
    </message>
    <message>
        <source>what the customer still has to pay up to the termination date (from the notice or the termination step)</source>
        <translation>сколько абоненту осталось оплатить по дату расторжения (из шага уведомления или расторжения)</translation>
    </message>
    <message>
        <source>a section kept when the customer gets money back</source>
        <translation>раздел, который остаётся, когда абоненту возвращаются деньги</translation>
    </message>
    <message>
        <source>a section kept when the customer still has to pay for the time up to the termination date</source>
        <translation>раздел, который остаётся, когда абоненту ещё нужно оплатить время до расторжения</translation>
    </message>
    <message>
        <source>a section kept when nothing is refunded and nothing is owed</source>
        <translation>раздел, который остаётся, когда ни возврата, ни долга нет</translation>
    </message>
</context>
<context>
    <name>LetterTemplates</name>
    <message>
        <source>There is no template for &quot;%1&quot; in the language &quot;%2&quot;.</source>
        <translation>Нет шаблона «%1» на языке «%2».</translation>
    </message>
    <message>
        <source>Letter template %1 does not exist.</source>
        <translation>Шаблона письма %1 нет.</translation>
    </message>
    <message>
        <source>A template cannot be empty.</source>
        <translation>Шаблон не может быть пустым.</translation>
    </message>
    <message>
        <source>Abonent ships no template for this kind and language.</source>
        <translation>Для этого вида писем и языка в Abonent нет готового шаблона.</translation>
    </message>
    <message>
        <source>Only a manager or the owner can change letter templates.</source>
        <translation>Менять шаблоны писем может только менеджер или владелец.</translation>
    </message>
    <message>
        <source>Letters are written in English, Russian or Ukrainian.</source>
        <translation>Письма пишутся на английском, русском или украинском.</translation>
    </message>
</context>
<context>
    <name>LetterTimelineSource</name>
    <message>
        <source>Letter %1: %2</source>
        <translation>Письмо %1: %2</translation>
    </message>
    <message>
        <source>Void: %1</source>
        <translation>Аннулировано: %1</translation>
    </message>
</context>
<context>
    <name>Letterhead</name>
    <message>
        <source>Only the owner can change the letterhead.</source>
        <translation>Менять бланк может только владелец.</translation>
    </message>
    <message>
        <source>The number prefix is 1 to 12 characters and has no slashes (it becomes part of file names).</source>
        <translation>Префикс номера — от 1 до 12 символов, без косых черт (он входит в имена файлов).</translation>
    </message>
    <message>
        <source>Letters are written in English, Russian or Ukrainian.</source>
        <translation>Письма пишутся на английском, русском или украинском.</translation>
    </message>
    <message>
        <source>Only a manager or the owner can change the words letters avoid.</source>
        <translation>Менять список нежелательных слов может только менеджер или владелец.</translation>
    </message>
</context>
<context>
    <name>LettersCommand</name>
    <message>
        <source>Issue letters into the register and save them as PDF: &quot;letters issue&quot;.</source>
        <translation>Оформить письма в реестре и сохранить их в PDF: «letters issue».</translation>
    </message>
    <message>
        <source>The kind of letter: %1.</source>
        <translation>Вид письма: %1.</translation>
    </message>
    <message>
        <source>key</source>
        <translation>ключ</translation>
    </message>
    <message>
        <source>The customer&apos;s contract number; repeat for several. Without it, contract numbers are read from standard input, one per line.</source>
        <translation>Номер договора абонента; повторите для нескольких. Без него номера договоров читаются со стандартного ввода, по одному в строке.</translation>
    </message>
    <message>
        <source>contract</source>
        <translation>договор</translation>
    </message>
    <message>
        <source>The letter&apos;s language: en, ru or uk (default: the office&apos;s).</source>
        <translation>Язык письма: en, ru или uk (по умолчанию — язык офиса).</translation>
    </message>
    <message>
        <source>xx</source>
        <translation>xx</translation>
    </message>
    <message>
        <source>The folder the PDF files are written to.</source>
        <translation>Папка, в которую записываются файлы PDF.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>папка</translation>
    </message>
    <message>
        <source>A paragraph written for these letters.</source>
        <translation>Абзац, написанный для этих писем.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>Service report: first day, YYYY-MM-DD (default: a year before --to).</source>
        <translation>Отчёт об услугах: первый день, ГГГГ-ММ-ДД (по умолчанию — за год до --to).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <source>Service report: last day, YYYY-MM-DD (default: today).</source>
        <translation>Отчёт об услугах: последний день, ГГГГ-ММ-ДД (по умолчанию — сегодня).</translation>
    </message>
    <message>
        <source>Issue even when the politeness check finds something, recording this reason.</source>
        <translation>Оформить, даже если проверка вежливости что-то нашла, записав эту причину.</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>причина</translation>
    </message>
    <message>
        <source>What to do: issue.</source>
        <translation>Что сделать: issue (оформить).</translation>
    </message>
    <message>
        <source>Say what to do: &quot;abonent letters issue&quot;.</source>
        <translation>Укажите, что сделать: «abonent letters issue».</translation>
    </message>
    <message>
        <source>Name the template with --template: %1.</source>
        <translation>Укажите шаблон через --template: %1.</translation>
    </message>
    <message>
        <source>Name the folder for the PDF files with --out.</source>
        <translation>Укажите папку для файлов PDF через --out.</translation>
    </message>
    <message>
        <source>Dates are written YYYY-MM-DD, for example 2026-11-25.</source>
        <translation>Даты пишутся как ГГГГ-ММ-ДД, например 2026-11-25.</translation>
    </message>
    <message>
        <source>Name at least one customer with --customer, or give contract numbers on standard input.</source>
        <translation>Укажите хотя бы одного абонента через --customer или передайте номера договоров на стандартный ввод.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>letter %1 is issued, but its file is not (%2); save it again from the register.</source>
        <translation>письмо %1 оформлено, но файла нет (%2); сохраните его ещё раз из реестра.</translation>
    </message>
    <message>
        <source>No letter was issued.</source>
        <translation>Ни одно письмо не выпущено.</translation>
    </message>
    <message>
        <source>%1: not issued: %2</source>
        <translation>%1: не выпущено: %2</translation>
    </message>
    <message>
        <source>Stopped there, as every letter after it would fail alike; not tried: %1.</source>
        <translation>Выпуск остановлен на этом письме: со всеми следующими случилось бы то же самое; не выпускались: %1.</translation>
    </message>
    <message>
        <source>Issued: %1.</source>
        <translation>Выпущены: %1.</translation>
    </message>
    <message>
        <source>the person issuing</source>
        <translation>того, кто выпускает письма</translation>
    </message>
</context>
<context>
    <name>LookupCommand</name>
    <message>
        <source>Find the customers a phone number belongs to (contract, name, status).</source>
        <translation>Найти абонентов, которым принадлежит номер телефона (договор, имя, статус).</translation>
    </message>
    <message>
        <source>The caller&apos;s number, in any format.</source>
        <translation>Номер звонящего в любом формате.</translation>
    </message>
    <message>
        <source>Give exactly one number to look up.</source>
        <translation>Укажите ровно один номер для поиска.</translation>
    </message>
    <message>
        <source>The caller ID holds no phone number (it is withheld or anonymous): nobody to look up.</source>
        <translation>Идентификатор звонящего не содержит номера телефона (номер скрыт или звонок анонимный): искать некого.</translation>
    </message>
    <message>
        <source>The caller ID is longer than any phone number (%1 digits, %2 characters at most): nobody has it.</source>
        <translation>Номер звонящего длиннее любого телефонного номера (их длина — не более %1 цифр и %2 знаков): такого номера ни у кого нет.</translation>
    </message>
    <message>
        <source>Print only this field of each match: %1.</source>
        <translation>Выводить только это поле каждого совпадения: %1.</translation>
    </message>
    <message>
        <source>field</source>
        <translation>поле</translation>
    </message>
    <message>
        <source>Print only the first match (the latest contacted).</source>
        <translation>Выводить только первое совпадение (с кем общались последним).</translation>
    </message>
    <message>
        <source>--field takes one of: %1.</source>
        <translation>--field принимает одно из: %1.</translation>
    </message>
</context>
<context>
    <name>MigrateCommand</name>
    <message>
        <source>The office&apos;s database file to copy (it is only read).</source>
        <translation>Файл базы данных офиса, который нужно скопировать (он только читается).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>The empty server database to copy it into, as postgresql://user@host:port/database.</source>
        <translation>Пустая база данных на сервере, в которую копировать, в виде postgresql://пользователь@сервер:порт/база.</translation>
    </message>
    <message>
        <source>uri</source>
        <translation>uri</translation>
    </message>
    <message>
        <source>Say which file and which server database: --from FILE --to postgresql://….</source>
        <translation>Укажите файл и базу данных на сервере: --from ФАЙЛ --to postgresql://….</translation>
    </message>
    <message>
        <source>--from names a database file; %1 is on a server (its own tools, pg_dump and pg_restore, copy it to another server).</source>
        <translation>--from указывает файл базы данных; %1 находится на сервере (на другой сервер его копируют средства самого сервера, pg_dump и pg_restore).</translation>
    </message>
    <message>
        <source>--to names a database on a PostgreSQL server (postgresql://…), not a file: &quot;%1&quot;. To copy a file, use abonent backup.</source>
        <translation>--to указывает базу данных на сервере PostgreSQL (postgresql://…), а не файл: «%1». Чтобы скопировать файл, используйте abonent backup.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 rows copied</source>
        <translation>%1: скопировано %2 из %3 строк</translation>
    </message>
    <message>
        <source>Copy an office&apos;s database file into an empty database on a PostgreSQL server, and check the copy.</source>
        <translation>Скопировать файл базы данных офиса в пустую базу данных на сервере PostgreSQL и проверить копию.</translation>
    </message>
    <message>
        <source>%1 was not copied to %2: %3</source>
        <translation>%1 не скопирован в %2: %3</translation>
    </message>
    <message>
        <source>Copied %1 rows from %2 to %3 in %4 s; both sides have the same rows and the same content digest.</source>
        <translation>Скопировано %1 строк из %2 в %3 за %4 с; на обеих сторонах одинаковые строки и одинаковый контрольный хеш содержимого.</translation>
    </message>
</context>
<context>
    <name>OfficeSettings</name>
    <message>
        <source>&quot;%1&quot; is not a two-letter country code.</source>
        <translation>«%1» не является двухбуквенным кодом страны.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a three-letter currency code.</source>
        <translation>«%1» не является трёхбуквенным кодом валюты.</translation>
    </message>
</context>
<context>
    <name>OfficeSetup</name>
    <message>
        <source>Only a manager or the owner can change the office&apos;s country and currency.</source>
        <translation>Страну и валюту офиса меняет только менеджер или владелец.</translation>
    </message>
    <message>
        <source>Plans or payments are already kept in %1, and a database keeps one currency; the currency stays %1.</source>
        <translation>Тарифы или платежи уже записаны в %1, а база ведётся в одной валюте; валюта остаётся %1.</translation>
    </message>
    <message>
        <source>Only a manager or the owner can set up the office.</source>
        <translation>Настраивает офис только менеджер или владелец.</translation>
    </message>
</context>
<context>
    <name>OperatorRepository</name>
    <message>
        <source>An operator needs a login and a name.</source>
        <translation>Для оператора нужно указать логин и имя.</translation>
    </message>
    <message>
        <source>The hourly cost needs a non-negative amount and a currency.</source>
        <translation>Для стоимости часа работы нужно указать неотрицательную сумму и валюту.</translation>
    </message>
    <message>
        <source>The login %1 is already taken.</source>
        <translation>Логин %1 уже занят.</translation>
    </message>
    <message>
        <source>Operator %1 does not exist.</source>
        <translation>Оператора %1 не существует.</translation>
    </message>
</context>
<context>
    <name>OperatorService</name>
    <message>
        <source>Only the owner can add people or change their roles.</source>
        <translation>Добавлять сотрудников и менять их роли может только владелец.</translation>
    </message>
    <message>
        <source>The office needs an owner: make someone else the owner first.</source>
        <translation>У офиса должен быть владелец: сначала сделайте владельцем кого-то другого.</translation>
    </message>
    <message>
        <source>A person needs a name.</source>
        <translation>Укажите имя сотрудника.</translation>
    </message>
</context>
<context>
    <name>OutcomeChoice</name>
    <message>
        <source>No conversation: %1</source>
        <translation>Без разговора: %1</translation>
    </message>
    <message>
        <source>A call nobody spoke on needs no topic: choose what happened.</source>
        <translation>Звонку без разговора тема не нужна: выберите, что произошло.</translation>
    </message>
</context>
<context>
    <name>OwnerOnly</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Не удаётся создать папку %1.</translation>
    </message>
    <message>
        <source>%1 cannot be made readable by its owner only.</source>
        <translation>Не удаётся закрыть %1 от всех, кроме владельца.</translation>
    </message>
    <message>
        <source>%1 cannot be made readable by its owner only: %2</source>
        <translation>Не удаётся закрыть %1 от всех, кроме владельца: %2</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message numerus="yes">
        <source>A passphrase has at least %n characters.</source>
        <translation>
            <numerusform>Пароль — не меньше %n символа.</numerusform>
            <numerusform>Пароль — не меньше %n символов.</numerusform>
            <numerusform>Пароль — не меньше %n символов.</numerusform>
        </translation>
    </message>
    <message>
        <source>The passphrase library could not start.</source>
        <translation>Библиотека паролей не запустилась.</translation>
    </message>
    <message>
        <source>There was not enough memory to protect the passphrase.</source>
        <translation>Не хватило памяти, чтобы защитить пароль.</translation>
    </message>
</context>
<context>
    <name>PaymentRepository</name>
    <message>
        <source>A payment needs a positive amount and a currency; its kind says which way it went.</source>
        <translation>Для платежа нужно указать положительную сумму и валюту; направление платежа определяется его видом.</translation>
    </message>
    <message>
        <source>A payment&apos;s date</source>
        <translation>Дата платежа</translation>
    </message>
</context>
<context>
    <name>PersonDataCommand</name>
    <message>
        <source>Write everything held about one customer (a person&apos;s right of access) to a JSON file and a readable PDF.</source>
        <translation>Записать всё, что хранится об одном абоненте (право человека на доступ), в файл JSON и читаемый PDF.</translation>
    </message>
    <message>
        <source>The customer&apos;s contract number (or their id in the database).</source>
        <translation>Номер договора абонента (или его id в базе).</translation>
    </message>
    <message>
        <source>contract</source>
        <translation>договор</translation>
    </message>
    <message>
        <source>The folder the two files go into (made if missing; files of the same name are replaced).</source>
        <translation>Папка для двух файлов (создаётся, если её нет; файлы с теми же именами заменяются).</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>папка</translation>
    </message>
    <message>
        <source>Say whose data: --customer CONTRACT.</source>
        <translation>Укажите, чьи данные: --customer ДОГОВОР.</translation>
    </message>
    <message>
        <source>Say where the files go: --out FOLDER.</source>
        <translation>Укажите, куда записать файлы: --out ПАПКА.</translation>
    </message>
    <message>
        <source>The person&apos;s data was not written: %1</source>
        <translation>Данные человека не записаны: %1</translation>
    </message>
</context>
<context>
    <name>PersonalData</name>
    <message>
        <source>Phone numbers</source>
        <translation>Телефоны</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>Как записан</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Пометка</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Тарифы</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Тариф</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Платежи</translation>
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
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Monthly figures</source>
        <translation>Помесячные цифры</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Минуты</translation>
    </message>
    <message>
        <source>Charged</source>
        <translation>Начислено</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <source>Support cost</source>
        <translation>Затраты на поддержку</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Маржа</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Conduct</source>
        <translation>Поведение</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Итог разговора</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Отметки</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Отметка</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Поставлена</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кем</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Снята</translation>
    </message>
    <message>
        <source>Removed by</source>
        <translation>Кем снята</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Why removed</source>
        <translation>Почему снята</translation>
    </message>
    <message>
        <source>Evidence (contact numbers)</source>
        <translation>Доказательства (номера обращений)</translation>
    </message>
    <message>
        <source>Escalation cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <source>Closed by</source>
        <translation>Кем закрыто</translation>
    </message>
    <message>
        <source>Closing note</source>
        <translation>Заметка при закрытии</translation>
    </message>
    <message>
        <source>Case steps</source>
        <translation>Шаги дел</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Шаг</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Пропущен</translation>
    </message>
    <message>
        <source>Taken on</source>
        <translation>Когда сделан</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Пункт договора</translation>
    </message>
    <message>
        <source>Contract ends</source>
        <translation>Договор заканчивается</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Возврат</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>Долг</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Письма</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Кем выпущено</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Аннулировано</translation>
    </message>
    <message>
        <source>Why void</source>
        <translation>Почему аннулировано</translation>
    </message>
    <message>
        <source>Sent despite the politeness check because</source>
        <translation>Отправлено вопреки проверке вежливости, потому что</translation>
    </message>
    <message>
        <source>SHA-256 of its PDF</source>
        <translation>SHA-256 его PDF</translation>
    </message>
    <message>
        <source>Leaving</source>
        <translation>Уход</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Дата ухода</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Кем записано</translation>
    </message>
    <message>
        <source>Calls linked to the customer later</source>
        <translation>Звонки, привязанные к абоненту позже</translation>
    </message>
    <message>
        <source>Caller ID</source>
        <translation>Номер звонящего</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <source>Call recordings</source>
        <translation>Записи разговоров</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Байт</translation>
    </message>
    <message>
        <source>Milliseconds</source>
        <translation>Миллисекунд</translation>
    </message>
    <message>
        <source>Fingerprinted</source>
        <translation>Отпечаток снят</translation>
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
        <translation>Незаконченные заметки к звонкам</translation>
    </message>
    <message>
        <source>Call began</source>
        <translation>Начало звонка</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Рабочее место</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Сохранено</translation>
    </message>
    <message>
        <source>Ids in the office&apos;s previous system</source>
        <translation>Id в прежней системе офиса</translation>
    </message>
    <message>
        <source>Of a</source>
        <translation>Чего</translation>
    </message>
    <message>
        <source>Id there</source>
        <translation>Id там</translation>
    </message>
    <message>
        <source>Number here</source>
        <translation>Номер здесь</translation>
    </message>
    <message>
        <source>Changes recorded in the audit log</source>
        <translation>Изменения, записанные в журнал аудита</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>До</translation>
    </message>
    <message>
        <source>After</source>
        <translation>После</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Договор</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Телефоны</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Абонент с</translation>
    </message>
    <message>
        <source>Plan in force</source>
        <translation>Действующий тариф</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>С</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>Начальный баланс</translation>
    </message>
    <message>
        <source>Balance on</source>
        <translation>Баланс на</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>No conversation: %1</source>
        <translation>Без разговора: %1</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>решено</translation>
    </message>
    <message>
        <source>terminated</source>
        <translation>расторгнут</translation>
    </message>
    <message>
        <source>void</source>
        <translation>аннулировано</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>выпущено</translation>
    </message>
    <message>
        <source>The database could not be read as of one moment</source>
        <translation>Не удалось прочитать базу на один момент времени</translation>
    </message>
    <message>
        <source>Personal data held about %1 (contract %2)</source>
        <translation>Персональные данные о %1 (договор %2)</translation>
    </message>
    <message>
        <source>As of %1. Everything %2 holds about this person in its customer records, as the right of access provides (GDPR art. 15): the record, phone numbers, plans, payments, contacts and what was written about them, tags with their reasons (internal ones included), cases, letters, calls and the audit log&apos;s entries about them. The same data is in the JSON file beside this one.</source>
        <translation>На %1. Всё, что %2 хранит об этом человеке в записях об абонентах, как предусматривает право на доступ (GDPR, ст. 15): запись, телефоны, тарифы, платежи, обращения и то, что о них написано, отметки с причинами (включая внутренние), дела, письма, звонки и записи журнала аудита о нём. Те же данные — в файле JSON рядом с этим.</translation>
    </message>
    <message>
        <source>the office</source>
        <translation>офис</translation>
    </message>
    <message>
        <source>This person&apos;s data was erased on %1 at their request; what is left is what the office must keep by law.</source>
        <translation>Данные этого человека стёрты %1 по его просьбе; осталось то, что офис обязан хранить по закону.</translation>
    </message>
    <message>
        <source>The customer</source>
        <translation>Абонент</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Нет.</translation>
    </message>
    <message>
        <source>Letter %1 of %2</source>
        <translation>Письмо %1 от %2</translation>
    </message>
    <message>
        <source>The letters&apos; text</source>
        <translation>Текст писем</translation>
    </message>
    <message>
        <source>Personal data, contract %1</source>
        <translation>Персональные данные, договор %1</translation>
    </message>
</context>
<context>
    <name>PersonalDataActions</name>
    <message>
        <source>Folder for the Person&apos;s Data (JSON and PDF)</source>
        <translation>Папка для данных человека (JSON и PDF)</translation>
    </message>
    <message>
        <source>Gathering the person&apos;s data…</source>
        <translation>Собираем данные человека…</translation>
    </message>
    <message>
        <source>Laying out the PDF…</source>
        <translation>Вёрстка PDF…</translation>
    </message>
    <message>
        <source>Writing the files…</source>
        <translation>Запись файлов…</translation>
    </message>
    <message>
        <source>Person&apos;s Data</source>
        <translation>Данные человека</translation>
    </message>
    <message>
        <source>The person&apos;s data was not saved: %1</source>
        <translation>Данные человека не сохранены: %1</translation>
    </message>
    <message>
        <source>Everything held about the customer was saved:
%1
%2</source>
        <translation>Всё, что хранится об абоненте, сохранено:
%1
%2</translation>
    </message>
    <message>
        <source>Erase Personal Data</source>
        <translation>Стереть персональные данные</translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <source>No phone number given.</source>
        <translation>Номер телефона не указан.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no digits, so it is not a phone number.</source>
        <translation>«%1» не содержит цифр, поэтому это не номер телефона.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no known country code. Write it with + and the country code, or set the default country.</source>
        <translation>В номере «%1» нет известного кода страны. Запишите его с + и кодом страны или задайте страну по умолчанию.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too short for a phone number.</source>
        <translation>Номер «%1» слишком короткий.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too long for a phone number.</source>
        <translation>Номер «%1» слишком длинный.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation>«%1» не является номером телефона.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a local number; add the area code so it can be dialled from anywhere.</source>
        <translation>«%1» — местный номер; добавьте код города, чтобы на него можно было позвонить откуда угодно.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an unknown country code.</source>
        <translation>В номере «%1» неизвестный код страны.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has too few digits for a number in this country.</source>
        <translation>В номере «%1» слишком мало цифр для номера этой страны.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has too many digits for a number in this country.</source>
        <translation>В номере «%1» слишком много цифр для номера этой страны.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not have a length used by numbers in this country.</source>
        <translation>Длина номера «%1» не соответствует номерам этой страны.</translation>
    </message>
</context>
<context>
    <name>PhoneSecret</name>
    <message>
        <source>The keychain is not available: %1</source>
        <translation>Связка ключей недоступна: %1</translation>
    </message>
    <message>
        <source>The keychain is switched off.</source>
        <translation>Связка ключей отключена.</translation>
    </message>
</context>
<context>
    <name>PlanRepository</name>
    <message>
        <source>A plan needs a name.</source>
        <translation>Для тарифа нужно указать название.</translation>
    </message>
    <message>
        <source>A plan needs a non-negative fee and a currency.</source>
        <translation>Для тарифа нужно указать неотрицательную плату и валюту.</translation>
    </message>
    <message>
        <source>Support minutes and rates cannot be negative.</source>
        <translation>Минуты поддержки и расценки не могут быть отрицательными.</translation>
    </message>
    <message>
        <source>A plan named %1 already exists.</source>
        <translation>Тариф с названием %1 уже существует.</translation>
    </message>
    <message>
        <source>Plan %1 does not exist.</source>
        <translation>Тарифа %1 не существует.</translation>
    </message>
    <message>
        <source>The plan change needs a date.</source>
        <translation>Для смены тарифа нужно указать дату.</translation>
    </message>
    <message>
        <source>The new plan must start after %1, when the current one started.</source>
        <translation>Новый тариф должен начинаться позже %1 — даты начала текущего тарифа.</translation>
    </message>
    <message>
        <source>The plan %1 is no longer offered; choose another one.</source>
        <translation>Тариф %1 больше не предлагается; выберите другой.</translation>
    </message>
    <message>
        <source>Customer %1 does not exist.</source>
        <translation>Абонент %1 не существует.</translation>
    </message>
    <message>
        <source>The new plan cannot start before %1, when the previous one ended.</source>
        <translation>Новый тариф не может начаться раньше %1, когда закончился предыдущий.</translation>
    </message>
    <message>
        <source>Ending the plan needs a date.</source>
        <translation>Для завершения тарифа нужна дата.</translation>
    </message>
    <message>
        <source>The plan in force started on %1; it cannot end on or before that day.</source>
        <translation>Действующий тариф начался %1; он не может закончиться в этот день или раньше.</translation>
    </message>
</context>
<context>
    <name>PlanService</name>
    <message>
        <source>Only a manager or the owner can change the plans.</source>
        <translation>Тарифы меняет только менеджер или владелец.</translation>
    </message>
    <message>
        <source>Plan %1 does not exist.</source>
        <translation>Тарифа %1 нет.</translation>
    </message>
    <message>
        <source>A plan needs a name.</source>
        <translation>Укажите название тарифа.</translation>
    </message>
    <message>
        <source>Support minutes and rates cannot be negative.</source>
        <translation>Минуты и цена поддержки не могут быть отрицательными.</translation>
    </message>
    <message>
        <source>A plan named %1 already exists.</source>
        <translation>Тариф «%1» уже есть.</translation>
    </message>
    <message>
        <source>A fee cannot be below zero.</source>
        <translation>Абонплата не может быть меньше нуля.</translation>
    </message>
    <message>
        <source>A new fee applies from today or a later day; months already charged stay as they were.</source>
        <translation>Новая абонплата действует с сегодняшнего дня или позже; уже начисленные месяцы не меняются.</translation>
    </message>
    <message>
        <source>A fee that is already in force is part of the record; set a new fee from a later day instead.</source>
        <translation>Действующая абонплата уже вошла в историю; вместо этого назначьте новую с более поздней даты.</translation>
    </message>
    <message>
        <source>No fee change is planned for %1.</source>
        <translation>На %1 изменение абонплаты не запланировано.</translation>
    </message>
    <message>
        <source>Customers were on %1 or a letter offered it, so it stays in the records; retire it instead.</source>
        <translation>На тарифе %1 были абоненты или его предлагали в письме, поэтому он остаётся в записях; уберите его в архив.</translation>
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
        <translation>Тариф изменён на %1</translation>
    </message>
</context>
<context>
    <name>PolitenessCheck</name>
    <message>
        <source>&quot;%1&quot; is the name of a tag (%2).</source>
        <translation>«%1» — название отметки (%2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; repeats the reason given for one of the customer&apos;s tags.</source>
        <translation>«%1» повторяет причину одной из отметок абонента.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is on the list of words letters avoid (%2).</source>
        <translation>«%1» есть в списке нежелательных в письмах слов (%2).</translation>
    </message>
</context>
<context>
    <name>PortfolioReport</name>
    <message>
        <source>Reading the portfolio was cancelled.</source>
        <translation>Чтение показателей по всей базе прервано.</translation>
    </message>
</context>
<context>
    <name>PrivacySettings</name>
    <message>
        <source>Only the owner can change how long letters keep a person&apos;s data from being erased.</source>
        <translation>Срок, в течение которого письма не дают стереть данные человека, меняет только владелец.</translation>
    </message>
    <message>
        <source>Letters are kept 0 to %1 years.</source>
        <translation>Письма хранятся от 0 до %1 лет.</translation>
    </message>
</context>
<context>
    <name>ProblemSettings</name>
    <message>
        <source>Only a manager or the owner can change these settings.</source>
        <translation>Изменить эти настройки может только менеджер или владелец.</translation>
    </message>
    <message>
        <source>The notice period is 1 to 24 months; the follow-up, 1 to 365 days.</source>
        <translation>Срок уведомления — от 1 до 24 месяцев; срок следующего шага — от 1 до 365 дней.</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>Print a report: &quot;economics&quot; gives revenue, support cost and margin per customer.</source>
        <translation>Вывести отчёт: «economics» — выручка, затраты на поддержку и маржа по каждому абоненту.</translation>
    </message>
    <message>
        <source>First month, YYYY-MM (default: eleven months before --to).</source>
        <translation>Первый месяц, ГГГГ-ММ (по умолчанию — за одиннадцать месяцев до --to).</translation>
    </message>
    <message>
        <source>month</source>
        <translation>месяц</translation>
    </message>
    <message>
        <source>Last month, YYYY-MM (default: this month).</source>
        <translation>Последний месяц, ГГГГ-ММ (по умолчанию — текущий).</translation>
    </message>
    <message>
        <source>csv or json (default: csv).</source>
        <translation>csv или json (по умолчанию csv).</translation>
    </message>
    <message>
        <source>format</source>
        <translation>формат</translation>
    </message>
    <message>
        <source>The report: economics.</source>
        <translation>Отчёт: economics.</translation>
    </message>
    <message>
        <source>Name the report: &quot;abonent report economics&quot;.</source>
        <translation>Укажите отчёт: «abonent report economics».</translation>
    </message>
    <message>
        <source>The format is csv or json, not &quot;%1&quot;.</source>
        <translation>Формат — csv или json, а не «%1».</translation>
    </message>
    <message>
        <source>Months are written YYYY-MM, for example 2026-11.</source>
        <translation>Месяцы записываются как ГГГГ-ММ, например 2026-11.</translation>
    </message>
    <message>
        <source>The first month (%1) comes after the last (%2).</source>
        <translation>Первый месяц (%1) идёт после последнего (%2).</translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <source>Put a backup back into a database, keeping what it replaces beside it.</source>
        <translation>Вернуть резервную копию в базу, сохранив рядом то, что она заменит.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>Say which backup to put back: --from FILE.</source>
        <translation>Укажите, какую копию вернуть: --from ФАЙЛ.</translation>
    </message>
    <message>
        <source>The backup to put back (written by &quot;abonent backup&quot;).</source>
        <translation>Резервная копия, которую нужно вернуть (записанная командой «abonent backup»).</translation>
    </message>
</context>
<context>
    <name>ServerLogins</name>
    <message>
        <source>A login is up to 63 lower-case Latin letters, digits, dots, dashes or underscores, starting with a letter.</source>
        <translation>Логин — до 63 строчных латинских букв, цифр, точек, дефисов или подчёркиваний, начиная с буквы.</translation>
    </message>
    <message>
        <source>Logins starting with &quot;pg_&quot; or &quot;abonent_&quot; are the server&apos;s own.</source>
        <translation>Логины, начинающиеся с «pg_» или «abonent_», принадлежат самому серверу.</translation>
    </message>
</context>
<context>
    <name>ServerTransfer</name>
    <message>
        <source>Copying %1 stopped after %2 rows</source>
        <translation>Копирование %1 остановилось после %2 строк</translation>
    </message>
    <message>
        <source>The server database already holds an office&apos;s data (customers, plans, people or an audit trail); a file is only copied into an empty one. Create a new database on the server (createdb) and copy into that.</source>
        <translation>В базе данных на сервере уже есть данные офиса (клиенты, тарифы, сотрудники или журнал действий); файл копируется только в пустую базу. Создайте на сервере новую базу данных (createdb) и копируйте в неё.</translation>
    </message>
    <message>
        <source>The table %1 has the columns %2 in the file but %3 on the server; nothing was copied.</source>
        <translation>У таблицы %1 в файле столбцы %2, а на сервере %3; ничего не скопировано.</translation>
    </message>
    <message>
        <source>A database is copied from a file to a PostgreSQL server.</source>
        <translation>База данных копируется из файла на сервер PostgreSQL.</translation>
    </message>
    <message>
        <source>The table %1 has %2 rows in the file but %3 on the server after copying; nothing was kept on the server.</source>
        <translation>В таблице %1 в файле %2 строк, а на сервере после копирования %3; на сервере ничего не сохранено.</translation>
    </message>
    <message>
        <source>The copy on the server reads differently from the file (content digest %1 against %2); nothing was kept on the server.</source>
        <translation>Копия на сервере читается иначе, чем файл (хеш содержимого %1 против %2); на сервере ничего не сохранено.</translation>
    </message>
</context>
<context>
    <name>ShippedTags</name>
    <message>
        <source>Abusive language</source>
        <translation>Грубость и брань</translation>
    </message>
    <message>
        <source>Stay calm and formal. Say once that you will help as soon as the conversation is respectful; if the abuse goes on, end the call politely and offer a callback from a senior colleague.</source>
        <translation>Сохраняйте спокойствие и официальный тон. Один раз скажите, что поможете, как только разговор станет уважительным; если грубость продолжается, вежливо завершите звонок и предложите обратный звонок от старшего коллеги.</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>Угрозы</translation>
    </message>
    <message>
        <source>Do not argue or promise anything. Write down the exact words, end the call politely and tell the manager on duty the same day.</source>
        <translation>Не спорьте и ничего не обещайте. Запишите точные слова, вежливо завершите звонок и в тот же день сообщите дежурному менеджеру.</translation>
    </message>
    <message>
        <source>Excessive support use</source>
        <translation>Чрезмерная нагрузка на поддержку</translation>
    </message>
    <message>
        <source>Help with the question at hand, then mention how many support minutes the plan includes and how paid support works beyond them. The same rule for every operator.</source>
        <translation>Помогите с текущим вопросом, затем напомните, сколько минут поддержки включено в тариф и как оплачивается поддержка сверх них. Правило одно для всех операторов.</translation>
    </message>
    <message>
        <source>Repeated unfounded complaints</source>
        <translation>Повторные необоснованные жалобы</translation>
    </message>
    <message>
        <source>Check the line and the history first, then explain the results plainly. Do not promise dates; offer a callback from the duty engineer when a check is needed.</source>
        <translation>Сначала проверьте линию и историю, затем простыми словами объясните результат. Не обещайте сроков; если нужна проверка, предложите обратный звонок дежурного инженера.</translation>
    </message>
    <message>
        <source>Payment disputes</source>
        <translation>Споры об оплате</translation>
    </message>
    <message>
        <source>Do not discuss refunds or write-offs on the phone. Take the details and pass them to the manager, who answers in writing.</source>
        <translation>Не обсуждайте по телефону возвраты и списания. Запишите подробности и передайте менеджеру, он ответит письменно.</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>An important customer: answer first, and tell the manager about any outage or complaint.</source>
        <translation>Важный клиент: отвечайте в первую очередь и сообщайте менеджеру о любой аварии или жалобе.</translation>
    </message>
    <message>
        <source>Needs patience (elderly, hard of hearing)</source>
        <translation>Нужно терпение (пожилой, плохо слышит)</translation>
    </message>
    <message>
        <source>Speak slowly and clearly, repeat the key steps, and confirm what was agreed at the end. Take the time it takes.</source>
        <translation>Говорите медленно и чётко, повторяйте ключевые шаги и в конце подтвердите, о чём договорились. Не торопитесь.</translation>
    </message>
    <message>
        <source>Prefers written contact</source>
        <translation>Предпочитает переписку</translation>
    </message>
    <message>
        <source>Confirm by e-mail what was said on the phone.</source>
        <translation>Подтверждайте по электронной почте то, что сказано по телефону.</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>The login or the passphrase is not right.</source>
        <translation>Логин или пароль неверен.</translation>
    </message>
    <message>
        <source>Only the owner sets another person&apos;s passphrase.</source>
        <translation>Пароль другого человека задаёт только владелец.</translation>
    </message>
    <message>
        <source>Person %1 does not exist.</source>
        <translation>Сотрудника %1 нет.</translation>
    </message>
    <message>
        <source>Only the owner decides whether people sign in.</source>
        <translation>Нужен ли вход по паролю, решает только владелец.</translation>
    </message>
    <message>
        <source>Set your own passphrase first: without it, nobody could sign in as the owner.</source>
        <translation>Сначала задайте свой пароль: без него никто не сможет войти как владелец.</translation>
    </message>
    <message>
        <source>Only the owner decides when the window locks.</source>
        <translation>Когда окно блокируется, решает только владелец.</translation>
    </message>
    <message>
        <source>The window locks after 1 minute to 24 hours.</source>
        <translation>Окно блокируется через время от 1 минуты до 24 часов.</translation>
    </message>
</context>
<context>
    <name>SqlDialect</name>
    <message>
        <source>row %1 of %2 refers to a missing row of %3</source>
        <translation>строка %1 таблицы %2 ссылается на отсутствующую строку таблицы %3</translation>
    </message>
</context>
<context>
    <name>TagCatalogue</name>
    <message>
        <source>Tag %1 does not exist.</source>
        <translation>Отметка %1 не существует.</translation>
    </message>
    <message>
        <source>The catalogue has no tag &quot;%1&quot;.</source>
        <translation>В справочнике нет отметки «%1».</translation>
    </message>
</context>
<context>
    <name>TagService</name>
    <message>
        <source>A tag needs a name.</source>
        <translation>У отметки должно быть название.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a colour like #c62828.</source>
        <translation>«%1» — не цвет вида #c62828.</translation>
    </message>
    <message>
        <source>A tag expires after 1 to 3,650 days, or never.</source>
        <translation>Отметка действует от 1 до 3650 дней или бессрочно.</translation>
    </message>
    <message>
        <source>The catalogue already has a tag &quot;%1&quot;.</source>
        <translation>В справочнике уже есть отметка «%1».</translation>
    </message>
    <message>
        <source>Only a manager or the owner can change the tag catalogue.</source>
        <translation>Изменять справочник отметок может только менеджер или владелец.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a shipped tag.</source>
        <translation>«%1» — не стандартная отметка.</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; has been set on customers %n time(s); its history stays. Retire the tag instead: it is then no longer offered.</source>
        <translation>
            <numerusform>Отметка «%1» ставилась абонентам %n раз; её история сохраняется. Выведите отметку из употребления: тогда её больше не будут предлагать.</numerusform>
            <numerusform>Отметка «%1» ставилась абонентам %n раза; её история сохраняется. Выведите отметку из употребления: тогда её больше не будут предлагать.</numerusform>
            <numerusform>Отметка «%1» ставилась абонентам %n раз; её история сохраняется. Выведите отметку из употребления: тогда её больше не будут предлагать.</numerusform>
        </translation>
    </message>
    <message>
        <source>Say who is at this desk before tagging a customer.</source>
        <translation>Прежде чем ставить отметку, укажите, кто за этим рабочим местом.</translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; is retired and no longer set.</source>
        <translation>Отметка «%1» выведена из употребления и больше не ставится.</translation>
    </message>
    <message>
        <source>Say why &quot;%1&quot; is set: the next operator and the manager rely on the reason.</source>
        <translation>Укажите, почему ставится отметка «%1»: следующий оператор и менеджер опираются на причину.</translation>
    </message>
    <message>
        <source>The tag would expire before it is set; choose a later date.</source>
        <translation>Отметка истекла бы раньше, чем поставлена; выберите более позднюю дату.</translation>
    </message>
    <message>
        <source>This customer already carries &quot;%1&quot; (set %2).</source>
        <translation>У абонента уже есть отметка «%1» (поставлена %2).</translation>
    </message>
    <message>
        <source>Contact %1 is not one of this customer&apos;s contacts and cannot be evidence.</source>
        <translation>Обращение %1 не относится к этому абоненту и не может быть основанием.</translation>
    </message>
    <message>
        <source>Say why the tag is removed; the reason stays on record.</source>
        <translation>Укажите, почему снимается отметка; причина будет сохранена.</translation>
    </message>
    <message>
        <source>Tag assignment %1 does not exist.</source>
        <translation>Отметка абонента %1 не существует.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was already removed.</source>
        <translation>Отметка «%1» уже снята.</translation>
    </message>
    <message>
        <source>Only a manager or the owner can remove &quot;%1&quot;: a problem tag stays until someone responsible decides otherwise.</source>
        <translation>Снять отметку «%1» может только менеджер или владелец: проблемная отметка остаётся, пока ответственный не решит иначе.</translation>
    </message>
    <message>
        <source>Say who is at this desk before removing a tag.</source>
        <translation>Прежде чем снимать отметку, укажите, кто за этим рабочим местом.</translation>
    </message>
    <message>
        <source>Tag %1 does not exist.</source>
        <translation>Отметка %1 не существует.</translation>
    </message>
</context>
<context>
    <name>TagTimelineSource</name>
    <message>
        <source>Tag set: %1</source>
        <translation>Поставлена отметка: %1</translation>
    </message>
    <message numerus="yes">
        <source>evidence: %n contact(s)</source>
        <translation>
            <numerusform>основание: %n обращение</numerusform>
            <numerusform>основание: %n обращения</numerusform>
            <numerusform>основание: %n обращений</numerusform>
        </translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>до %1</translation>
    </message>
    <message>
        <source>Tag removed: %1</source>
        <translation>Снята отметка: %1</translation>
    </message>
    <message>
        <source>Tag expired: %1</source>
        <translation>Истекла отметка: %1</translation>
    </message>
</context>
<context>
    <name>TerminationCalculator</name>
    <message>
        <source>The notice needs a date.</source>
        <translation>Для уведомления нужна дата.</translation>
    </message>
    <message>
        <source>The notice period is 1 to 24 months.</source>
        <translation>Срок уведомления — от 1 до 24 месяцев.</translation>
    </message>
    <message>
        <source>The contract needs an end date.</source>
        <translation>Для расторжения договора нужна дата окончания.</translation>
    </message>
    <message>
        <source>The customer has never had a plan, so there is nothing to end.</source>
        <translation>У абонента никогда не было тарифа, поэтому расторгать нечего.</translation>
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
        <translation>UTF-16 («Текст Юникод» из Excel)</translation>
    </message>
    <message>
        <source>UTF-16, big-endian</source>
        <translation>UTF-16, big-endian</translation>
    </message>
    <message>
        <source>Windows-1251 (Cyrillic)</source>
        <translation>Windows-1251 (кириллица)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (западноевропейская)</translation>
    </message>
</context>
<context>
    <name>UnlinkedCalls</name>
    <message>
        <source>A call needs the time it started.</source>
        <translation>У звонка должно быть время начала.</translation>
    </message>
    <message>
        <source>Unlinked call %1 does not exist.</source>
        <translation>Непривязанного звонка %1 нет.</translation>
    </message>
    <message>
        <source>This call was already linked or set aside at another desk.</source>
        <translation>Этот звонок уже привязали или отложили на другом рабочем месте.</translation>
    </message>
    <message>
        <source>Say why this call belongs to no customer; the reason is kept.</source>
        <translation>Укажите, почему звонок не относится ни к одному абоненту; причина сохраняется.</translation>
    </message>
</context>
<context>
    <name>abonent::AmiClient</name>
    <message>
        <source>Phone: off</source>
        <translation>Телефония: выключена</translation>
    </message>
    <message>
        <source>Phone: connecting to %1…</source>
        <translation>Телефония: подключение к %1…</translation>
    </message>
    <message>
        <source>Phone: logging in to %1…</source>
        <translation>Телефония: вход на %1…</translation>
    </message>
    <message>
        <source>Phone: extension %1 on %2</source>
        <translation>Телефония: внутренний %1 на %2</translation>
    </message>
    <message numerus="yes">
        <source>Phone: %1 not reachable, trying again in %n s</source>
        <translation>
            <numerusform>Телефония: %1 недоступна, новая попытка через %n с</numerusform>
            <numerusform>Телефония: %1 недоступна, новая попытка через %n с</numerusform>
            <numerusform>Телефония: %1 недоступна, новая попытка через %n с</numerusform>
        </translation>
    </message>
    <message>
        <source>Phone: %1 refused the login; check the user and secret</source>
        <translation>Телефония: %1 отклонила вход; проверьте пользователя и пароль</translation>
    </message>
    <message>
        <source>Phone: %1 refused the login (%2); check the user and secret</source>
        <translation>Телефония: %1 отклонила вход (%2); проверьте пользователя и пароль</translation>
    </message>
    <message>
        <source>Phone: %1 is not an Asterisk manager interface; check the server and port</source>
        <translation>Телефония: %1 — не интерфейс управления Asterisk; проверьте сервер и порт</translation>
    </message>
</context>
<context>
    <name>abonent::ArchiveDialog</name>
    <message>
        <source>Archive — %1</source>
        <translation>В архив — %1</translation>
    </message>
    <message>
        <source>Archived customers leave the customer list but keep their whole history. Why is %1 archived?</source>
        <translation>Архивные абоненты исчезают из списка абонентов, но вся их история сохраняется. Почему абонент %1 переносится в архив?</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Архивировать</translation>
    </message>
</context>
<context>
    <name>abonent::BackupSettingsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <source>Back up the database once a &amp;day, when the window closes</source>
        <translation>Делать резервную копию раз в &amp;день, при закрытии окна</translation>
    </message>
    <message>
        <source> copies</source>
        <translation> копий</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>&amp;Keep the newest:</source>
        <translation>&amp;Хранить последние:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Папка:</translation>
    </message>
</context>
<context>
    <name>abonent::CallConsole</name>
    <message>
        <source>Call from %1</source>
        <translation>Звонок с %1</translation>
    </message>
    <message>
        <source>a withheld number</source>
        <translation>скрытого номера</translation>
    </message>
    <message>
        <source>&amp;New Customer with This Number…</source>
        <translation>&amp;Новый абонент с этим номером…</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>Сод&amp;ержание:</translation>
    </message>
    <message>
        <source>Out&amp;come:</source>
        <translation>&amp;Результат:</translation>
    </message>
    <message>
        <source>Caller&apos;s co&amp;nduct:</source>
        <translation>Поведение або&amp;нента:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Отметки:</translation>
    </message>
    <message>
        <source>&amp;Save Contact</source>
        <translation>&amp;Сохранить обращение</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Ta&amp;g Caller…</source>
        <translation>&amp;Отметить звонящего…</translation>
    </message>
    <message>
        <source>Ctrl+T: this call is the evidence</source>
        <translation>Ctrl+T: основанием будет этот звонок</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · contract %2 · %3 · %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · договор %2 · %3 · %4</translation>
    </message>
    <message>
        <source>no plan</source>
        <translation>без тарифа</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2&lt;br&gt;&lt;i&gt;%3&lt;/i&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2&lt;br&gt;&lt;i&gt;%3&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Open case; next step: %1</source>
        <translation>Открыто дело; следующий шаг: %1</translation>
    </message>
    <message numerus="yes">
        <source>Takes difficult callers: %1</source>
        <translation>
            <numerusform>Трудных абонентов принимает: %1</numerusform>
            <numerusform>Трудных абонентов принимают: %1</numerusform>
            <numerusform>Трудных абонентов принимают: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Last spoke with: &lt;b&gt;%1&lt;/b&gt;, %2</source>
        <translation>В прошлый раз говорил(а) с: &lt;b&gt;%1&lt;/b&gt;, %2</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>Find the customer first: a tag belongs to a customer.</source>
        <translation>Сначала найдите абонента: отметка ставится абоненту.</translation>
    </message>
    <message>
        <source>Call recorded: %1</source>
        <translation>Звонок записан: %1</translation>
    </message>
    <message>
        <source>This call is not recorded yet. Close it and lose what was typed?</source>
        <translation>Звонок ещё не записан. Закрыть и потерять введённое?</translation>
    </message>
    <message>
        <source>&amp;Link Number to a Customer…</source>
        <translation>&amp;Привязать номер к абоненту…</translation>
    </message>
    <message>
        <source>Link Number to a Customer</source>
        <translation>Привязать номер к абоненту</translation>
    </message>
    <message>
        <source>Whose number is %1? Find the customer; the number is added to their phones, so the next call from it finds them.</source>
        <translation>Чей это номер: %1? Найдите абонента — номер добавится к его телефонам, и следующий звонок с него сразу покажет абонента.</translation>
    </message>
    <message>
        <source>from a call</source>
        <translation>из звонка</translation>
    </message>
    <message>
        <source>The note could not be kept as a draft: %1</source>
        <translation>Не удалось сохранить заметку как черновик: %1</translation>
    </message>
    <message>
        <source>tag %1</source>
        <translation>отметка %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recovered note&lt;/b&gt; of the call at %1: Abonent closed before it was saved. Save it with Ctrl+Enter, or close the console to discard it.</source>
        <translation>&lt;b&gt;Восстановлена заметка&lt;/b&gt; о звонке в %1: «Абонент» закрылся до её сохранения. Сохраните её сочетанием Ctrl+Enter или закройте окно, чтобы отказаться от неё.</translation>
    </message>
    <message>
        <source>The draft of this call could not be removed: %1</source>
        <translation>Не удалось удалить черновик этого звонка: %1</translation>
    </message>
    <message>
        <source>The database is open for reading only (%1): this call cannot be recorded in it.</source>
        <translation>База данных открыта только для чтения (%1): этот звонок записать в неё нельзя.</translation>
    </message>
    <message>
        <source>On the call</source>
        <translation>Идёт разговор</translation>
    </message>
    <message>
        <source>Answered at another phone.</source>
        <translation>Ответили с другого телефона.</translation>
    </message>
    <message>
        <source>Call passed on.</source>
        <translation>Звонок переведён.</translation>
    </message>
    <message>
        <source>Call ended.</source>
        <translation>Звонок завершён.</translation>
    </message>
    <message>
        <source>The call from %1 was answered at another phone.</source>
        <translation>На звонок с номера %1 ответили с другого телефона.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;&lt;i&gt;%2&lt;/i&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;&lt;i&gt;%2&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Find the caller: name, contract, phone or address</source>
        <translation>Найдите звонящего: имя, договор, телефон или адрес</translation>
    </message>
    <message>
        <source>&lt;b&gt;Withheld number.&lt;/b&gt; Ask for the contract number or name and find them below.</source>
        <translation>&lt;b&gt;Номер скрыт.&lt;/b&gt; Спросите номер договора или имя и найдите абонента ниже.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Unknown caller.&lt;/b&gt; Nobody has this number yet: find the customer below.</source>
        <translation>&lt;b&gt;Неизвестный номер.&lt;/b&gt; Этот номер пока ни за кем не записан: найдите абонента ниже.</translation>
    </message>
    <message>
        <source>Stopped ringing here before it was answered.</source>
        <translation>Звонок здесь прекратился до ответа.</translation>
    </message>
    <message>
        <source>The call from %1 stopped ringing here before it was answered.</source>
        <translation>Звонок с номера %1 здесь прекратился до ответа.</translation>
    </message>
    <message>
        <source>Nobody is chosen for this call. Keep it among the unlinked calls, to link it to the customer later (Customers → Unlinked Calls)?</source>
        <translation>Для этого звонка никто не выбран. Сохранить его среди непривязанных, чтобы привязать к абоненту позже (Абоненты → Непривязанные звонки)?</translation>
    </message>
    <message>
        <source>&amp;Keep Unlinked</source>
        <translation>&amp;Сохранить без абонента</translation>
    </message>
    <message>
        <source>Call kept without a customer: link it from Customers → Unlinked Calls.</source>
        <translation>Звонок сохранён без абонента: привяжите его в меню Абоненты → Непривязанные звонки.</translation>
    </message>
</context>
<context>
    <name>abonent::CallListener</name>
    <message>
        <source>Another Abonent window receives the calls.</source>
        <translation>Звонки принимает другое окно «Абонента».</translation>
    </message>
    <message>
        <source>No folder of this user&apos;s own is available for the call hand-off.</source>
        <translation>Для передачи звонков нет папки, доступной только этому пользователю.</translation>
    </message>
    <message>
        <source>The lock %1 cannot be created.</source>
        <translation>Не удаётся создать файл блокировки %1.</translation>
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
        <translation>&lt;b&gt;Шаг %1 из 4: %2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>Remind the customer of the support minutes the plan includes and how support beyond them is paid.</source>
        <translation>Напомните абоненту, сколько минут поддержки включено в тариф и как оплачивается поддержка сверх них.</translation>
    </message>
    <message>
        <source>Paid support beyond the allowance</source>
        <translation>Платная поддержка сверх лимита</translation>
    </message>
    <message>
        <source>The customer &amp;accepted</source>
        <translation>Абонент &amp;согласился</translation>
    </message>
    <message>
        <source>&amp;Offered:</source>
        <translation>&amp;Предложено:</translation>
    </message>
    <message>
        <source>New plan &amp;from:</source>
        <translation>Новый тариф &amp;с:</translation>
    </message>
    <message>
        <source>e.g. 7.4</source>
        <translation>например, 7.4</translation>
    </message>
    <message>
        <source> month(s)</source>
        <translation> мес.</translation>
    </message>
    <message>
        <source>Contract &amp;clause:</source>
        <translation>П&amp;ункт договора:</translation>
    </message>
    <message>
        <source>Notice &amp;period:</source>
        <translation>Срок &amp;уведомления:</translation>
    </message>
    <message>
        <source>&amp;Why the customer leaves:</source>
        <translation>Пр&amp;ичина ухода:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Примечание:</translation>
    </message>
    <message>
        <source>&amp;End the Contract</source>
        <translation>&amp;Расторгнуть договор</translation>
    </message>
    <message>
        <source>&amp;Record Step</source>
        <translation>&amp;Записать шаг</translation>
    </message>
    <message>
        <source>the day of the previous step</source>
        <translation>день предыдущего шага</translation>
    </message>
    <message>
        <source>the day the notice ends</source>
        <translation>день окончания срока уведомления</translation>
    </message>
    <message>
        <source>The plan ends on %1. With the payments as they are now: fees paid %2, due %3: %4</source>
        <translation>Тариф заканчивается %1. По платежам на сегодня: внесено %2, к оплате %3: %4</translation>
    </message>
    <message>
        <source>Service ends on %1. Fees paid %2, due until then %3: %4</source>
        <translation>Обслуживание заканчивается %1. Внесено %2, к оплате по эту дату %3: %4</translation>
    </message>
    <message>
        <source>%1 is refunded to the customer.</source>
        <translation>абоненту возвращается %1.</translation>
    </message>
    <message>
        <source>nothing is refunded and nothing is owed.</source>
        <translation>ни возврата, ни долга нет.</translation>
    </message>
    <message>
        <source>the customer still owes %1; the confirmation asks for it within 14 days.</source>
        <translation>абонент ещё должен %1; подтверждение просит оплатить в течение 14 дней.</translation>
    </message>
    <message>
        <source>the customer still owes %1, paid with the usual fees by the end of the notice.</source>
        <translation>абонент ещё должен %1 — это обычная абонентская плата до конца срока уведомления.</translation>
    </message>
    <message>
        <source>This step can be taken from %1 (%2); until then there is nothing to record.</source>
        <translation>Этот шаг можно сделать с %1 (%2); до тех пор записывать нечего.</translation>
    </message>
    <message>
        <source>Up to today: a step is recorded once it is taken.</source>
        <translation>Не позже сегодняшнего дня: шаг записывают, когда он сделан.</translation>
    </message>
    <message>
        <source>From %1 (%2) to today.</source>
        <translation>С %1 (%2) по сегодняшний день.</translation>
    </message>
</context>
<context>
    <name>abonent::CheckRowsPage</name>
    <message>
        <source>Check Every Row</source>
        <translation>Проверка каждой строки</translation>
    </message>
    <message>
        <source>Nothing is written yet. Rows that would be refused are listed with the reason; fix them in the file and check again.</source>
        <translation>Пока ничего не записано. Строки, которые были бы отклонены, перечислены с причиной; исправьте их в файле и проверьте снова.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Загрузить</translation>
    </message>
    <message>
        <source>&amp;Save List…</source>
        <translation>&amp;Сохранить список…</translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation>Проверить &amp;ещё раз</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Читается %1…</translation>
    </message>
    <message>
        <source>The file could not be checked: %1</source>
        <translation>Не удалось проверить файл: %1</translation>
    </message>
    <message>
        <source>The check was stopped.</source>
        <translation>Проверка остановлена.</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln row(s) can be imported. Nothing has been written yet.</source>
        <translation>
            <numerusform>Можно загрузить все строки: %Ln. Пока ничего не записано.</numerusform>
            <numerusform>Можно загрузить все строки: %Ln. Пока ничего не записано.</numerusform>
            <numerusform>Можно загрузить все строки: %Ln. Пока ничего не записано.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln row(s) would be refused, and then nothing would be imported. Save the list, fix the rows in the file and check again.</source>
        <translation>
            <numerusform>Из %Ln строки были бы отклонены %1, и тогда ничего не загрузится. Сохраните список, исправьте строки в файле и проверьте снова.</numerusform>
            <numerusform>Из %Ln строк были бы отклонены %1, и тогда ничего не загрузится. Сохраните список, исправьте строки в файле и проверьте снова.</numerusform>
            <numerusform>Из %Ln строк были бы отклонены %1, и тогда ничего не загрузится. Сохраните список, исправьте строки в файле и проверьте снова.</numerusform>
        </translation>
    </message>
    <message>
        <source>-refused</source>
        <translation>-отклонено</translation>
    </message>
    <message>
        <source>Save the Refused Rows</source>
        <translation>Сохранить отклонённые строки</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>abonent::ColumnsPage</name>
    <message>
        <source>How the File Is Read</source>
        <translation>Как читается файл</translation>
    </message>
    <message>
        <source>Check the first rows: each column says the field it goes to. Change what was guessed wrongly.</source>
        <translation>Проверьте первые строки: у каждого столбца указано, в какое поле он попадёт. Исправьте то, что угадано неверно.</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Точка с запятой ( ; )</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Запятая ( , )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Табуляция</translation>
    </message>
    <message>
        <source>Day first (31.12.2025)</source>
        <translation>Сначала день (31.12.2025)</translation>
    </message>
    <message>
        <source>Month first (12/31/2025)</source>
        <translation>Сначала месяц (12/31/2025)</translation>
    </message>
    <message>
        <source>Year first (2025-12-31)</source>
        <translation>Сначала год (2025-12-31)</translation>
    </message>
    <message>
        <source>Comma (12,50)</source>
        <translation>Запятая (12,50)</translation>
    </message>
    <message>
        <source>Point (12.50)</source>
        <translation>Точка (12.50)</translation>
    </message>
    <message>
        <source>The day the balances in the file stand at: payments from that day on are counted on top of them.</source>
        <translation>День, на который указаны балансы в файле: платежи с этого дня прибавляются к ним.</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Кодировка:</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Разделитель:</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>Да&amp;ты:</translation>
    </message>
    <message>
        <source>Decimal &amp;mark:</source>
        <translation>Десятичный &amp;знак:</translation>
    </message>
    <message>
        <source>&amp;Balances as of:</source>
        <translation>&amp;Балансы на дату:</translation>
    </message>
    <message>
        <source>The file does not read as %1 text: choose the encoding it was saved in.</source>
        <translation>Файл не читается как текст в кодировке %1: выберите кодировку, в которой он сохранён.</translation>
    </message>
    <message>
        <source>Say which column holds: %1.</source>
        <translation>Укажите, в каком столбце: %1.</translation>
    </message>
    <message>
        <source>— choose the column —</source>
        <translation>— выберите столбец —</translation>
    </message>
    <message>
        <source>— not in the file —</source>
        <translation>— нет в файле —</translation>
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
        <translation>Новое обращение — %1</translation>
    </message>
    <message>
        <source>4:30 or 270 (seconds)</source>
        <translation>4:30 или 270 (в секундах)</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Канал:</translation>
    </message>
    <message>
        <source>&amp;Started:</source>
        <translation>&amp;Начало:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Длительность:</translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation>&amp;Оператор:</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>&amp;Содержание:</translation>
    </message>
    <message>
        <source>Out&amp;come:</source>
        <translation>&amp;Результат:</translation>
    </message>
    <message>
        <source>Caller&apos;s co&amp;nduct:</source>
        <translation>&amp;Поведение абонента:</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Сохранить (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Write the duration as minutes:seconds (4:30) or in seconds (270).</source>
        <translation>Укажите длительность в формате минуты:секунды (4:30) или в секундах (270).</translation>
    </message>
    <message>
        <source>Discard this contact? What was typed will be lost.</source>
        <translation>Не сохранять это обращение? Введённые данные будут потеряны.</translation>
    </message>
    <message>
        <source>= %1 min:sec</source>
        <translation>= %1 мин:сек</translation>
    </message>
    <message>
        <source>Choose the operator who handled the contact.</source>
        <translation>Выберите оператора, который принял обращение.</translation>
    </message>
    <message>
        <source>Tag the caller, with this contact as evidence (Ctrl+T)</source>
        <translation>Поставить звонящему отметку с этим обращением в качестве основания (Ctrl+T)</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Отметки:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>%1 — set when the contact is saved</source>
        <translation>%1 — будет поставлено при сохранении обращения</translation>
    </message>
    <message>
        <source>Ta&amp;g Caller…</source>
        <translation>&amp;Отметить звонящего…</translation>
    </message>
    <message>
        <source>C&amp;lear Tags</source>
        <translation>&amp;Убрать отметки</translation>
    </message>
    <message>
        <source>Keep the contact, without the tags added to it</source>
        <translation>Сохранить обращение без добавленных к нему отметок</translation>
    </message>
</context>
<context>
    <name>abonent::CostRatesDialog</name>
    <message>
        <source>Recomputing the support cost of the whole history with the new rates…</source>
        <translation>Пересчёт затрат на поддержку за всю историю по новым ставкам…</translation>
    </message>
    <message>
        <source>Support Cost Rates</source>
        <translation>Ставки затрат на поддержку</translation>
    </message>
    <message>
        <source>The rates were not changed: %1</source>
        <translation>Ставки не изменены: %1</translation>
    </message>
    <message>
        <source>A contact costs its minutes at the hourly cost of whoever handled it — the default rate when nobody known did or they have no rate — plus the fixed cost of its channel. Saving recomputes the support cost of the whole history with these rates.</source>
        <translation>Обращение стоит его минут по часовой стоимости того, кто его обработал (по ставке по умолчанию, если это неизвестно или у сотрудника нет ставки), плюс постоянные затраты его канала. При сохранении затраты на поддержку за всю историю пересчитываются по этим ставкам.</translation>
    </message>
    <message>
        <source>&amp;Default cost per hour (%1):</source>
        <translation>Стоимость часа по &amp;умолчанию (%1):</translation>
    </message>
    <message>
        <source>Fixed cost per contact (%1)</source>
        <translation>Постоянные затраты на обращение (%1)</translation>
    </message>
    <message>
        <source>Cost per hour of each operator (empty: the default rate)</source>
        <translation>Стоимость часа каждого оператора (пусто — ставка по умолчанию)</translation>
    </message>
    <message>
        <source>&amp;Save and Recompute</source>
        <translation>&amp;Сохранить и пересчитать</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in %2.</source>
        <translation>«%1» — не сумма в %2.</translation>
    </message>
</context>
<context>
    <name>abonent::CsvExportDialog</name>
    <message>
        <source>Start with a &amp;byte order mark (Excel needs it to read UTF-8)</source>
        <translation>Начать с &amp;метки порядка байтов (без неё Excel не прочтёт UTF-8)</translation>
    </message>
    <message>
        <source>Export Table</source>
        <translation>Экспорт таблицы</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Запятая ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; ), for a decimal comma</source>
        <translation>Точка с запятой ( ; ), если дробная часть через запятую</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Разделитель:</translation>
    </message>
    <message>
        <source>Comma-separated values (*.csv)</source>
        <translation>Значения через разделитель (*.csv)</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Выберите файл для записи.</translation>
    </message>
    <message>
        <source>%1 exists. Replace it?</source>
        <translation>Файл %1 уже есть. Заменить его?</translation>
    </message>
</context>
<context>
    <name>abonent::CustomerCardView</name>
    <message>
        <source>Click a number to copy it</source>
        <translation>Щёлкните номер, чтобы скопировать его</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>Скопировано: %1</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Тариф:</translation>
    </message>
    <message>
        <source>Phones:</source>
        <translation>Телефоны:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Адрес:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Эл. почта:</translation>
    </message>
    <message>
        <source>Customer since:</source>
        <translation>Дата подключения:</translation>
    </message>
    <message>
        <source>Paid in total:</source>
        <translation>Всего оплачено:</translation>
    </message>
    <message>
        <source>Last contact:</source>
        <translation>Последнее обращение:</translation>
    </message>
    <message>
        <source>Support this month:</source>
        <translation>Поддержка в этом месяце:</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Pa&amp;yment…</source>
        <translation>&amp;Платёж…</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>This customer cannot be shown</source>
        <translation>Не удаётся показать этого абонента</translation>
    </message>
    <message>
        <source>Contract %1 · %2 · %3</source>
        <translation>Договор %1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 a month, %n minute(s) of support included, since %3</source>
        <translation>
            <numerusform>%1 — %2 в месяц, включена %n минута поддержки, с %3</numerusform>
            <numerusform>%1 — %2 в месяц, включены %n минуты поддержки, с %3</numerusform>
            <numerusform>%1 — %2 в месяц, включено %n минут поддержки, с %3</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 a month, support not included, since %3</source>
        <translation>%1 — %2 в месяц, поддержка не включена, с %3</translation>
    </message>
    <message>
        <source>No plan in force</source>
        <translation>Нет действующего тарифа</translation>
    </message>
    <message>
        <source>Nothing yet</source>
        <translation>Пока ничего</translation>
    </message>
    <message>
        <source>%1, with %2</source>
        <translation>%1, оператор: %2</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Пока не было</translation>
    </message>
    <message>
        <source>%1 of %2 min used — %3 min over the allowance</source>
        <translation>Использовано %1 из %2 мин — лимит превышен на %3 мин</translation>
    </message>
    <message>
        <source>%1 of %2 min used</source>
        <translation>Использовано %1 из %2 мин</translation>
    </message>
    <message>
        <source>%1 min used; the plan includes no support</source>
        <translation>Использовано %1 мин; поддержка в тариф не входит</translation>
    </message>
    <message>
        <source>Saved by %1, %2</source>
        <translation>Сохранено: %1, %2</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>неизвестный оператор</translation>
    </message>
    <message>
        <source>The notes were not saved: %1</source>
        <translation>Заметки не сохранены: %1</translation>
    </message>
    <message>
        <source>Notes saved</source>
        <translation>Заметки сохранены</translation>
    </message>
    <message>
        <source>Customer &amp;Leaves…</source>
        <translation>Абонент &amp;уходит…</translation>
    </message>
    <message>
        <source>&amp;Write Letter…</source>
        <translation>Написать пись&amp;мо…</translation>
    </message>
    <message>
        <source>Everything on record about this customer&apos;s case, for the owner or a lawyer</source>
        <translation>Всё, что известно о деле абонента, — для владельца или юриста</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Сохранить в PDF…</translation>
    </message>
    <message>
        <source>Case File</source>
        <translation>Дело абонента</translation>
    </message>
    <message>
        <source>settled</source>
        <translation>расчёт закрыт</translation>
    </message>
    <message>
        <source>%1 ahead</source>
        <translation>переплата %1</translation>
    </message>
    <message>
        <source>%1 owed</source>
        <translation>долг %1</translation>
    </message>
    <message>
        <source>%1 · last 12 months: %2</source>
        <translation>%1 · за 12 месяцев: %2</translation>
    </message>
    <message>
        <source>Received less refunds and compensation since the customer began; then how the last twelve months&apos; payments stand against what was charged for them: the plan&apos;s fee for its days and paid support, less compensation.</source>
        <translation>Получено с начала обслуживания за вычетом возвратов и компенсаций; затем — как платежи за последние двенадцать месяцев соотносятся с начисленным за них: абонентской платой за дни действия тарифа и платной поддержкой за вычетом компенсаций.</translation>
    </message>
    <message>
        <source>Charged and Support Cost</source>
        <translation>Начисления и затраты</translation>
    </message>
    <message>
        <source>Hide the details: the timeline takes the card (Ctrl+D)</source>
        <translation>Скрыть сведения: вся карточка отдаётся истории (Ctrl+D)</translation>
    </message>
    <message>
        <source>Show the details again (Ctrl+D)</source>
        <translation>Снова показать сведения (Ctrl+D)</translation>
    </message>
    <message>
        <source>Personal &amp;Data</source>
        <translation>П&amp;ерсональные данные</translation>
    </message>
    <message>
        <source>Everything held about this person, for their right of access; or its erasure at their request</source>
        <translation>Всё, что хранится об этом человеке, — по его праву на доступ; или стирание по его просьбе</translation>
    </message>
    <message>
        <source>&amp;Save Person&apos;s Data…</source>
        <translation>&amp;Сохранить данные человека…</translation>
    </message>
    <message>
        <source>&amp;Erase Personal Data…</source>
        <translation>С&amp;тереть персональные данные…</translation>
    </message>
    <message>
        <source>Contract %1 · %2 · %3 · personal data erased on %4</source>
        <translation>Договор %1 · %2 · %3 · персональные данные стёрты %4</translation>
    </message>
    <message>
        <source>&amp;New Contact…</source>
        <translation>Новое &amp;обращение…</translation>
    </message>
    <message>
        <source>Chan&amp;ge Plan…</source>
        <translation>Сменить &amp;тариф…</translation>
    </message>
    <message>
        <source>C&amp;ase File</source>
        <translation>&amp;Дело абонента</translation>
    </message>
    <message>
        <source>Arch&amp;ive…</source>
        <translation>В ар&amp;хив…</translation>
    </message>
    <message>
        <source>Sa&amp;ve Notes</source>
        <translation>Сохранить &amp;заметки</translation>
    </message>
    <message>
        <source>%1 — since you began writing; saving shows both.</source>
        <translation>%1 — уже после того, как вы начали писать; при сохранении будут показаны оба варианта.</translation>
    </message>
    <message>
        <source>Your notes are not saved yet.</source>
        <translation>Ваши заметки ещё не сохранены.</translation>
    </message>
    <message>
        <source>Saved by %1, %2:</source>
        <translation>Сохранил(а) %1, %2:</translation>
    </message>
    <message>
        <source>The notes saved at the other desk are kept; your text was dropped.</source>
        <translation>Оставлены заметки, сохранённые на другом рабочем месте; ваш текст отброшен.</translation>
    </message>
</context>
<context>
    <name>abonent::CustomerEconomicsChart</name>
    <message>
        <source>Revenue and support cost</source>
        <translation>Выручка и затраты на поддержку</translation>
    </message>
    <message>
        <source>Minutes against the allowance</source>
        <translation>Минуты относительно лимита</translation>
    </message>
    <message>
        <source>Support cost</source>
        <translation>Затраты на поддержку</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Маржа</translation>
    </message>
    <message>
        <source>Minutes of calls and chats</source>
        <translation>Минуты звонков и чатов</translation>
    </message>
    <message>
        <source>Included in the plan</source>
        <translation>Включено в тариф</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>минуты</translation>
    </message>
    <message>
        <source>The allowance counts calls and chats.</source>
        <translation>Лимит учитывает звонки и чаты.</translation>
    </message>
    <message>
        <source>%1
Charged: %2
Received: %3
Support cost: %4
Margin: %5
Minutes of calls and chats: %6 of %7</source>
        <translation>%1
Начислено: %2
Получено: %3
Затраты на поддержку: %4
Маржа: %5
Минут звонков и чатов: %6 из %7</translation>
    </message>
    <message>
        <source>Charged</source>
        <translation>Начислено</translation>
    </message>
    <message>
        <source>settled</source>
        <translation>расчёт закрыт</translation>
    </message>
    <message>
        <source>%1 ahead</source>
        <translation>переплата %1</translation>
    </message>
    <message>
        <source>%1 owed</source>
        <translation>долг %1</translation>
    </message>
    <message>
        <source>Charged: the plan&apos;s fee for the days it was in force and paid support, less compensation. Received: the payments, less refunds and compensation.</source>
        <translation>Начислено: абонентская плата за дни действия тарифа и платная поддержка за вычетом компенсаций. Получено: платежи за вычетом возвратов и компенсаций.</translation>
    </message>
    <message>
        <source>Received %1 of %2 charged: %3.</source>
        <translation>Получено %1 из начисленных %2: %3.</translation>
    </message>
</context>
<context>
    <name>abonent::CustomerEditorDialog</name>
    <message>
        <source>New Customer</source>
        <translation>Новый абонент</translation>
    </message>
    <message>
        <source>Edit Customer — %1</source>
        <translation>Изменение абонента — %1</translation>
    </message>
    <message>
        <source>&amp;Contract number:</source>
        <translation>&amp;Номер договора:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <source>Customer &amp;since:</source>
        <translation>Дата &amp;подключения:</translation>
    </message>
    <message>
        <source>Add &amp;Phone</source>
        <translation>&amp;Добавить телефон</translation>
    </message>
    <message>
        <source>Phones:</source>
        <translation>Телефоны:</translation>
    </message>
    <message>
        <source>Number, as given</source>
        <translation>Номер, как его сообщили</translation>
    </message>
    <message>
        <source>Label (home, office…)</source>
        <translation>Метка (домашний, рабочий…)</translation>
    </message>
    <message>
        <source>Remove this number</source>
        <translation>Удалить этот номер</translation>
    </message>
    <message>
        <source>The contract number %1 is already used by %2.</source>
        <translation>Номер договора %1 уже используется абонентом %2.</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>✓ %1 (not an assigned range; check it)</source>
        <translation>✓ %1 (номер вне выделенных диапазонов; проверьте его)</translation>
    </message>
    <message>
        <source>At least one phone number is required.</source>
        <translation>Необходимо указать хотя бы один номер телефона.</translation>
    </message>
    <message>
        <source>Discard the changes to this customer?</source>
        <translation>Не сохранять изменения данных абонента?</translation>
    </message>
    <message>
        <source>Not saved yet: %1</source>
        <translation>Пока не сохранено: %1</translation>
    </message>
</context>
<context>
    <name>abonent::CustomerFinder</name>
    <message>
        <source>Name, contract, phone or address</source>
        <translation>Имя, договор, телефон или адрес</translation>
    </message>
</context>
<context>
    <name>abonent::CustomerListModel</name>
    <message>
        <source>Contract</source>
        <translation>Договор</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
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
        <translation>Основной телефон</translation>
    </message>
    <message>
        <source>Minutes of calls and chats this month, which the plan&apos;s support allowance counts</source>
        <translation>Минуты звонков и чатов в этом месяце, которые учитываются в лимите поддержки тарифа</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Последнее обращение</translation>
    </message>
    <message>
        <source>Support min.</source>
        <translation>Мин. поддержки</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Отметки</translation>
    </message>
    <message>
        <source>Tags in force; sorting puts customers with the most problem tags first</source>
        <translation>Действующие отметки; при сортировке первыми идут абоненты с наибольшим числом проблемных отметок</translation>
    </message>
</context>
<context>
    <name>abonent::CustomerMerge</name>
    <message>
        <source>%1 (changed at both desks)</source>
        <translation>%1 (изменено на обоих местах)</translation>
    </message>
    <message>
        <source>Changed at both desks: choose which to keep.</source>
        <translation>Изменено на обоих рабочих местах: выберите, что оставить.</translation>
    </message>
    <message>
        <source>Before either change: %1</source>
        <translation>До изменений: %1</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Saved at another desk</source>
        <translation>Сохранено на другом месте</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ваше</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Договор</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Клиент с</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Телефоны</translation>
    </message>
</context>
<context>
    <name>abonent::CustomerMergeDialog</name>
    <message>
        <source>Merge Changes — %1</source>
        <translation>Объединение изменений — %1</translation>
    </message>
    <message>
        <source>While you were editing, %1 was saved at another desk. Tick what to keep in each row; where both desks changed a field, yours is ticked until you choose.</source>
        <translation>Пока вы редактировали, %1 сохранили на другом рабочем месте. Отметьте в каждой строке, что оставить; где поле изменили на обоих местах, отмечено ваше, пока вы не выберете.</translation>
    </message>
    <message>
        <source>&amp;Save Merged</source>
        <translation>&amp;Сохранить объединённое</translation>
    </message>
    <message>
        <source>&amp;Back to Editing</source>
        <translation>&amp;Вернуться к редактированию</translation>
    </message>
    <message>
        <source>While you were editing, %1 was saved at another desk, in other fields than yours. Each row keeps the change that was made; tick the other value to keep that instead.</source>
        <translation>Пока вы редактировали, %1 сохранили на другом рабочем месте, но в других полях. В каждой строке остаётся сделанное изменение; отметьте другое значение, чтобы оставить его.</translation>
    </message>
</context>
<context>
    <name>abonent::CustomerPickerDialog</name>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Выбрать</translation>
    </message>
</context>
<context>
    <name>abonent::CustomerProblemPanel</name>
    <message>
        <source>No tags</source>
        <translation>Отметок нет</translation>
    </message>
    <message>
        <source>&amp;Tag…</source>
        <translation>Отмет&amp;ка…</translation>
    </message>
    <message>
        <source>Tag this customer (Ctrl+T)</source>
        <translation>Поставить абоненту отметку (Ctrl+T)</translation>
    </message>
    <message>
        <source>Ne&amp;xt Step…</source>
        <translation>С&amp;ледующий шаг…</translation>
    </message>
    <message>
        <source>S&amp;kip Step…</source>
        <translation>Пропустить &amp;шаг…</translation>
    </message>
    <message>
        <source>Close as &amp;Resolved…</source>
        <translation>Закрыть как &amp;решённое…</translation>
    </message>
    <message>
        <source>Handling — %1</source>
        <translation>Как общаться — %1</translation>
    </message>
    <message>
        <source>Tag…</source>
        <translation>Отметить…</translation>
    </message>
    <message>
        <source>Suggestions: %1</source>
        <translation>Подсказки: %1</translation>
    </message>
    <message>
        <source>%1
Set by %2, %3</source>
        <translation>%1
Поставил(а) %2, %3</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>До %1</translation>
    </message>
    <message>
        <source>&amp;Remove Tag…</source>
        <translation>&amp;Снять отметку…</translation>
    </message>
    <message>
        <source>No open case.</source>
        <translation>Открытого дела нет.</translation>
    </message>
    <message>
        <source>%1 (skipped)</source>
        <translation>%1 (пропущено)</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>пока ничего</translation>
    </message>
    <message>
        <source>Remove Tag — %1</source>
        <translation>Снять отметку — %1</translation>
    </message>
    <message>
        <source>Why is &quot;%1&quot; removed? It was set because: %2</source>
        <translation>Почему снимается отметка «%1»? Она была поставлена потому, что: %2</translation>
    </message>
    <message>
        <source>&amp;Remove Tag</source>
        <translation>&amp;Снять отметку</translation>
    </message>
    <message>
        <source>Open Case — %1</source>
        <translation>Открыть дело — %1</translation>
    </message>
    <message>
        <source>Why is an escalation case opened? The steps follow: reminder of the support limits, an offer of another plan or paid support, notice of termination, termination.</source>
        <translation>Почему открывается дело об эскалации? Далее идут шаги: напоминание об ограничениях поддержки, предложение другого тарифа или платной поддержки, уведомление о расторжении, расторжение.</translation>
    </message>
    <message>
        <source>&amp;Open Case</source>
        <translation>&amp;Открыть дело</translation>
    </message>
    <message>
        <source>Skip Step — %1</source>
        <translation>Пропустить шаг — %1</translation>
    </message>
    <message>
        <source>Why is &quot;%1&quot; skipped? The reason stays with the case.</source>
        <translation>Почему пропускается шаг «%1»? Причина сохранится в деле.</translation>
    </message>
    <message>
        <source>S&amp;kip Step</source>
        <translation>Пр&amp;опустить шаг</translation>
    </message>
    <message>
        <source>Close Case — %1</source>
        <translation>Закрыть дело — %1</translation>
    </message>
    <message>
        <source>How was the case resolved? A notice already given is withdrawn.</source>
        <translation>Как решено дело? Уже направленное уведомление отзывается.</translation>
    </message>
    <message>
        <source>Close &amp;Case</source>
        <translation>Закрыть &amp;дело</translation>
    </message>
    <message>
        <source>&amp;Open Case…</source>
        <translation>Откр&amp;ыть дело…</translation>
    </message>
    <message>
        <source>What the pattern indicators see: facts, not labels</source>
        <translation>Что видят индикаторы: факты, а не ярлыки</translation>
    </message>
    <message>
        <source>incidents %1 in 30 days, %2 in 90</source>
        <translation>инцидентов %1 за 30 дней, %2 за 90</translation>
    </message>
    <message>
        <source>contacts %1 in 30 days, at most %2 a day</source>
        <translation>обращений %1 за 30 дней, не больше %2 в день</translation>
    </message>
    <message>
        <source>no contacts in 30 days</source>
        <translation>обращений за 30 дней нет</translation>
    </message>
    <message>
        <source>support %1 min this month, %2 a month over 3 months, %3 included</source>
        <translation>поддержка %1 мин в этом месяце, %2 в месяц за 3 месяца, в тарифе %3</translation>
    </message>
    <message>
        <source>support %1 min this month, %2 a month over 3 months</source>
        <translation>поддержка %1 мин в этом месяце, %2 в месяц за 3 месяца</translation>
    </message>
    <message>
        <source>3 months: cost %1, revenue %2</source>
        <translation>за 3 месяца: затраты %1, выручка %2</translation>
    </message>
    <message>
        <source>Indicators: %1</source>
        <translation>Индикаторы: %1</translation>
    </message>
    <message>
        <source>Write the letter that goes out with the latest step</source>
        <translation>Написать письмо к последнему шагу дела</translation>
    </message>
    <message>
        <source>%1 (letter %2)</source>
        <translation>%1 (письмо %2)</translation>
    </message>
    <message>
        <source>Letter for the Step</source>
        <translation>Письмо к шагу</translation>
    </message>
    <message>
        <source>The step &quot;%1&quot; is recorded. Write its letter now?</source>
        <translation>Шаг «%1» записан. Написать письмо к нему сейчас?</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>просрочен с %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>срок %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Case open&lt;/b&gt; since %1: %2&lt;br&gt;Done: %3&lt;br&gt;Next: &lt;b&gt;%4&lt;/b&gt;, %5</source>
        <translation>&lt;b&gt;Дело открыто&lt;/b&gt; с %1: %2&lt;br&gt;Сделано: %3&lt;br&gt;Далее: &lt;b&gt;%4&lt;/b&gt;, %5</translation>
    </message>
    <message>
        <source>Ste&amp;p Letter…</source>
        <translation>Письмо к ша&amp;гу…</translation>
    </message>
</context>
<context>
    <name>abonent::DepartureDialog</name>
    <message>
        <source>Customer Leaves — %1</source>
        <translation>Абонент уходит — %1</translation>
    </message>
    <message>
        <source>The plan ends on this day, the customer&apos;s status becomes terminated, and the reason stays on record.</source>
        <translation>В этот день тариф завершается, абонент получает статус «Договор расторгнут», а причина сохраняется.</translation>
    </message>
    <message>
        <source>&amp;Service ends on:</source>
        <translation>Обслуживание &amp;до:</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Примечание:</translation>
    </message>
    <message>
        <source>&amp;End the Contract</source>
        <translation>&amp;Расторгнуть договор</translation>
    </message>
</context>
<context>
    <name>abonent::DeskOperatorDialog</name>
    <message>
        <source>Who Is at This Desk</source>
        <translation>Кто за этим рабочим местом</translation>
    </message>
    <message>
        <source>Contacts, notes and changes made here are recorded under this name until you choose another.</source>
        <translation>Обращения, заметки и изменения, сделанные здесь, записываются под этим именем, пока вы не выберете другое.</translation>
    </message>
    <message>
        <source>Not in the list? Add yourself</source>
        <translation>Вас нет в списке? Добавьте себя</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>Type the name to add.</source>
        <translation>Введите имя, которое нужно добавить.</translation>
    </message>
    <message>
        <source>Choose a name, or add yours.</source>
        <translation>Выберите имя или добавьте своё.</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Выбрать</translation>
    </message>
</context>
<context>
    <name>abonent::DeskPerson</name>
    <message>
        <source>Locked</source>
        <translation>Заблокировано</translation>
    </message>
    <message>
        <source>Signed In</source>
        <translation>Вход выполнен</translation>
    </message>
    <message>
        <source>You are signed in to the server with your own login, %1. Another person signs in with theirs: open the database again with their login.</source>
        <translation>Вы вошли на сервер под своим логином, %1. Другой человек входит под своим: откройте базу заново с его логином.</translation>
    </message>
</context>
<context>
    <name>abonent::ErasureDialog</name>
    <message>
        <source>Erase Personal Data — %1</source>
        <translation>Стереть персональные данные — %1</translation>
    </message>
    <message>
        <source>The personal data of %1 (contract %2) cannot be erased now:</source>
        <translation>Персональные данные %1 (договор %2) сейчас стереть нельзя:</translation>
    </message>
    <message>
        <source>At their request, the personal data of %1 (contract %2) is erased. It cannot be undone.</source>
        <translation>По просьбе человека персональные данные %1 (договор %2) стираются. Это нельзя отменить.</translation>
    </message>
    <message>
        <source>Removed:</source>
        <translation>Удаляется:</translation>
    </message>
    <message>
        <source>Kept:</source>
        <translation>Сохраняется:</translation>
    </message>
    <message>
        <source>Copies made before now (backups, exports, letters saved or printed) still hold the data until they are replaced; recordings kept by the phone system are to be deleted there.</source>
        <translation>Сделанные раньше копии (резервные копии, выгрузки, сохранённые или напечатанные письма) содержат эти данные, пока их не заменят; записи разговоров на телефонной станции удаляются там.</translation>
    </message>
    <message>
        <source>To erase, type the contract number %1 &amp;here:</source>
        <translation>Чтобы стереть, введите номер договора %1 &amp;здесь:</translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation>&amp;Стереть</translation>
    </message>
    <message>
        <source>The personal data of contract %1 was erased.</source>
        <translation>Персональные данные по договору %1 стёрты.</translation>
    </message>
    <message numerus="yes">
        <source>The personal data of contract %1 was erased. The phone system still keeps %n recording(s) of their calls; delete them there:</source>
        <translation>
            <numerusform>Персональные данные по договору %1 стёрты. На телефонной станции остаётся %n запись его разговоров; удалите её там:</numerusform>
            <numerusform>Персональные данные по договору %1 стёрты. На телефонной станции остаются %n записи его разговоров; удалите их там:</numerusform>
            <numerusform>Персональные данные по договору %1 стёрты. На телефонной станции остаются %n записей его разговоров; удалите их там:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>abonent::FileChoicePage</name>
    <message>
        <source>Choose the File</source>
        <translation>Выбор файла</translation>
    </message>
    <message>
        <source>Import plans first, then customers, then their phones, plan history, payments and contacts: each file refers to what is already in Abonent.</source>
        <translation>Сначала загрузите тарифы, затем абонентов, потом их телефоны, историю тарифов, платежи и обращения: каждый файл ссылается на то, что уже есть в Abonent.</translation>
    </message>
    <message>
        <source>A CSV or text file saved by a spreadsheet or a billing system</source>
        <translation>Файл CSV или текстовый файл из таблицы или биллинга</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Загрузка</translation>
    </message>
    <message>
        <source>CSV and text files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Файлы CSV и текстовые (*.csv *.txt *.tsv);;Все файлы (*)</translation>
    </message>
    <message>
        <source>&amp;What it holds:</source>
        <translation>&amp;Что в файле:</translation>
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
        <translation>Запись демонстрационных абонентов…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Demo Data</source>
        <translation>Демонстрационные данные</translation>
    </message>
    <message>
        <source>No demo data was written: %1</source>
        <translation>Демонстрационные данные не записаны: %1</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>The new language is used from the next start of Abonent.</source>
        <translation>Новый язык будет применён при следующем запуске программы «Абонент».</translation>
    </message>
    <message>
        <source>Any plan</source>
        <translation>Любой тариф</translation>
    </message>
    <message>
        <source>Incoming call from %1: %2</source>
        <translation>Входящий звонок с %1: %2</translation>
    </message>
    <message>
        <source>Incoming call: the number is withheld.</source>
        <translation>Входящий звонок: номер скрыт.</translation>
    </message>
    <message>
        <source>Incoming call from %1: an unknown number.</source>
        <translation>Входящий звонок с %1: неизвестный номер.</translation>
    </message>
    <message numerus="yes">
        <source>Incoming call from %1: %n customers have this number.</source>
        <translation>
            <numerusform>Входящий звонок с %1: этот номер у %n абонента.</numerusform>
            <numerusform>Входящий звонок с %1: этот номер у %n абонентов.</numerusform>
            <numerusform>Входящий звонок с %1: этот номер у %n абонентов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Abonent is already running; its window was brought forward.</source>
        <translation>«Абонент» уже запущен; его окно выведено на передний план.</translation>
    </message>
    <message>
        <source>Unsaved call notes could not be read: %1</source>
        <translation>Не удалось прочитать несохранённые заметки о звонках: %1</translation>
    </message>
    <message numerus="yes">
        <source>Recovered %n unsaved call note(s).</source>
        <translation>
            <numerusform>Восстановлена %n несохранённая заметка о звонке.</numerusform>
            <numerusform>Восстановлены %n несохранённые заметки о звонках.</numerusform>
            <numerusform>Восстановлено %n несохранённых заметок о звонках.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rates saved; the support cost of the whole history follows them.</source>
        <translation>Ставки сохранены; затраты на поддержку за всю историю пересчитаны по ним.</translation>
    </message>
    <message>
        <source>Incoming call: the caller ID is longer than any phone number.</source>
        <translation>Входящий звонок: номер звонящего длиннее любого телефонного номера.</translation>
    </message>
    <message>
        <source>Another Abonent window is open, but it did not answer: %1</source>
        <translation>Открыто другое окно «Абонента», но оно не ответило: %1</translation>
    </message>
    <message>
        <source>Read-Only Database</source>
        <translation>База данных только для чтения</translation>
    </message>
    <message>
        <source>Call recordings could not be fingerprinted: %1</source>
        <translation>Не удалось снять отпечатки записей звонков: %1</translation>
    </message>
    <message>
        <source>Export Everything</source>
        <translation>Выгрузить всё</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Выгрузка…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Остановить</translation>
    </message>
    <message>
        <source>Export stopped; nothing of it was kept.</source>
        <translation>Выгрузка остановлена; ничего из неё не сохранено.</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Выгружено в %1.</translation>
    </message>
    <message>
        <source>Back Up</source>
        <translation>Резервная копия</translation>
    </message>
    <message>
        <source>Abonent databases (*.sqlite);;All files (*)</source>
        <translation>Базы данных Abonent (*.sqlite);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Copying the database…</source>
        <translation>Копируется база данных…</translation>
    </message>
    <message>
        <source>Backed up to %1 (%2), checked whole.</source>
        <translation>Резервная копия записана в %1 (%2) и проверена целиком.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановление</translation>
    </message>
    <message>
        <source>Checking the backup and putting it back…</source>
        <translation>Резервная копия проверяется и возвращается…</translation>
    </message>
    <message>
        <source>Restored from %1. What it replaced is kept in %2.</source>
        <translation>Восстановлено из %1. Заменённое сохранено в %2.</translation>
    </message>
    <message>
        <source>Taking today&apos;s backup…</source>
        <translation>Делается сегодняшняя резервная копия…</translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be taken: %1
The database itself is as it was.</source>
        <translation>Не удалось сделать сегодняшнюю резервную копию: %1
Сама база данных не изменилась.</translation>
    </message>
    <message>
        <source>Put %1 back in place of %2?

The backup was written on %3; everything recorded since then is replaced. What is there now is kept beside the database, so this can be undone.</source>
        <translation>Вернуть %1 на место %2?

Копия записана %3; всё записанное после этого будет заменено. Нынешнее содержимое сохранится рядом с базой, так что это можно отменить.</translation>
    </message>
    <message>
        <source>The database server does not answer; Abonent keeps trying to reconnect.</source>
        <translation>Сервер базы данных не отвечает; Abonent продолжает попытки переподключиться.</translation>
    </message>
    <message>
        <source>The database server answers again.</source>
        <translation>Сервер базы данных снова отвечает.</translation>
    </message>
    <message>
        <source>Changes from other desks will show only when the views are read again: %1</source>
        <translation>Изменения с других рабочих мест появятся только при повторном чтении: %1</translation>
    </message>
</context>
<context>
    <name>abonent::ImportPreviewModel</name>
    <message>
        <source>%1
(not imported)</source>
        <translation>%1
(не загружается)</translation>
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
        <translation>Строка</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Why it is refused</source>
        <translation>Почему отклонено</translation>
    </message>
</context>
<context>
    <name>abonent::ImportWizard</name>
    <message>
        <source>Import</source>
        <translation>Загрузка</translation>
    </message>
</context>
<context>
    <name>abonent::LetterDialog</name>
    <message>
        <source>Letter to %1</source>
        <translation>Письмо: %1</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>Optional: a paragraph written for this letter. It is checked like the rest.</source>
        <translation>Необязательно: абзац, написанный для этого письма. Он проверяется, как и весь текст.</translation>
    </message>
    <message>
        <source>&amp;Letter:</source>
        <translation>&amp;Письмо:</translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>П&amp;ериод:</translation>
    </message>
    <message>
        <source>Pa&amp;ragraph:</source>
        <translation>&amp;Абзац:</translation>
    </message>
    <message>
        <source>Why it goes out as it is (kept in the register)</source>
        <translation>Почему письмо уходит как есть (сохранится в реестре)</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation>&amp;Оформить</translation>
    </message>
    <message>
        <source>Register the letter under the next number and freeze it (Ctrl+Return)</source>
        <translation>Зарегистрировать письмо под следующим номером и зафиксировать текст (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Пред&amp;просмотр…</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Сохранить PDF…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Before this letter goes out:&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;Change the paragraph, or say why it goes out as it is.</source>
        <translation>&lt;b&gt;Прежде чем письмо уйдёт:&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;Измените абзац или укажите, почему письмо уходит как есть.</translation>
    </message>
    <message>
        <source>The politeness check found nothing to change.</source>
        <translation>Проверка вежливости не нашла, что исправить.</translation>
    </message>
    <message>
        <source>Change the text, or say why the letter goes out as it is.</source>
        <translation>Измените текст или укажите, почему письмо уходит как есть.</translation>
    </message>
    <message>
        <source>Letter %1</source>
        <translation>Письмо %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Letter %1 is issued and registered.&lt;/b&gt; Print it, or save the PDF.</source>
        <translation>&lt;b&gt;Письмо %1 оформлено и зарегистрировано.&lt;/b&gt; Распечатайте его или сохраните PDF.</translation>
    </message>
</context>
<context>
    <name>abonent::LetterRegisterModel</name>
    <message>
        <source>Void since %1 (%2): %3</source>
        <translation>Аннулировано %1 (%2): %3</translation>
    </message>
    <message>
        <source>SHA-256 of the PDF: %1</source>
        <translation>SHA-256 файла PDF: %1</translation>
    </message>
    <message>
        <source>Void: %1</source>
        <translation>Аннулировано: %1</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Действует</translation>
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
        <translation>Договор</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Оформил</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Void; erased with the customer&apos;s data</source>
        <translation>Аннулировано; стёрто с данными абонента</translation>
    </message>
    <message>
        <source>Erased with the customer&apos;s data</source>
        <translation>Стёрто с данными абонента</translation>
    </message>
</context>
<context>
    <name>abonent::LetterTemplateDialog</name>
    <message>
        <source>Letter Templates</source>
        <translation>Шаблоны писем</translation>
    </message>
    <message>
        <source>Insert a placeholder…</source>
        <translation>Вставить поле…</translation>
    </message>
    <message>
        <source>&amp;Letter:</source>
        <translation>&amp;Письмо:</translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Версия:</translation>
    </message>
    <message>
        <source>&amp;Save as New Version</source>
        <translation>&amp;Сохранить как новую версию</translation>
    </message>
    <message>
        <source>Letters already issued keep the version they were made from (Ctrl+S)</source>
        <translation>Оформленные письма сохраняют версию, по которой сделаны (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Restore Shipped Text</source>
        <translation>&amp;Вернуть исходный текст</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source> (shipped text)</source>
        <translation> (исходный текст)</translation>
    </message>
    <message>
        <source>Unsaved Template</source>
        <translation>Шаблон не сохранён</translation>
    </message>
    <message>
        <source>The template has changes that are not saved. Discard them?</source>
        <translation>В шаблоне есть несохранённые изменения. Отбросить их?</translation>
    </message>
    <message>
        <source>There is no customer to show the letter for.</source>
        <translation>Нет абонента, для которого показать письмо.</translation>
    </message>
    <message>
        <source>(The paragraph written for a letter goes here.)</source>
        <translation>(Здесь будет абзац, написанный для письма.)</translation>
    </message>
    <message>
        <source>Preview For</source>
        <translation>Просмотр для</translation>
    </message>
    <message>
        <source>Show the letter as it would be for:</source>
        <translation>Показать письмо таким, каким оно будет для:</translation>
    </message>
    <message>
        <source>Preview for %1 (%2)…</source>
        <translation>Просмотр для: %1 (%2)…</translation>
    </message>
    <message>
        <source>Preview for…</source>
        <translation>Просмотр для…</translation>
    </message>
    <message>
        <source>Saved as version %1. New letters use it; letters already issued keep theirs.</source>
        <translation>Сохранено как версия %1. Новые письма будут по ней; оформленные сохраняют свою.</translation>
    </message>
    <message>
        <source>The shipped text is version %1 now.</source>
        <translation>Исходный текст теперь — версия %1.</translation>
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
        <translation>В&amp;ыбрать…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Убрать</translation>
    </message>
    <message>
        <source>Letters are numbered PREFIX-YEAR-SEQUENCE, for example L-2026-0042.</source>
        <translation>Письма нумеруются как ПРЕФИКС-ГОД-НОМЕР, например L-2026-0042.</translation>
    </message>
    <message>
        <source>Save letters as PDF/A-1b, for archiving</source>
        <translation>Сохранять письма в PDF/A-1b для архива</translation>
    </message>
    <message>
        <source>Company &amp;name:</source>
        <translation>&amp;Название компании:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <source>&amp;Registration numbers:</source>
        <translation>&amp;Регистрационные номера:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <source>&amp;Signed by:</source>
        <translation>&amp;Подписывает:</translation>
    </message>
    <message>
        <source>Their &amp;position:</source>
        <translation>&amp;Должность:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Логотип:</translation>
    </message>
    <message>
        <source>Number p&amp;refix:</source>
        <translation>Пре&amp;фикс номера:</translation>
    </message>
    <message>
        <source>Letters are &amp;written in:</source>
        <translation>&amp;Язык писем:</translation>
    </message>
    <message>
        <source>Restore the Shipped List</source>
        <translation>Вернуть исходный список</translation>
    </message>
    <message>
        <source>Words letters avoid (one per line; a * at the end matches every word that starts so). The politeness check also looks for tag names and reasons.</source>
        <translation>Слова, нежелательные в письмах (по одному в строке; * в конце находит все слова, начинающиеся так). Проверка вежливости также ищет названия и причины отметок.</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Без логотипа</translation>
    </message>
    <message>
        <source>Choose the Logo</source>
        <translation>Выбор логотипа</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Изображения (%1)</translation>
    </message>
    <message>
        <source>%1 could not be read as an image: %2</source>
        <translation>Не удалось прочитать %1 как изображение: %2</translation>
    </message>
</context>
<context>
    <name>abonent::LettersView</name>
    <message>
        <source>Find in the register: number, customer, contract, kind…</source>
        <translation>Поиск в реестре: номер, абонент, договор, вид…</translation>
    </message>
    <message>
        <source>&amp;New Letter…</source>
        <translation>Новое п&amp;исьмо…</translation>
    </message>
    <message>
        <source>&amp;Remind Everyone over the Allowance…</source>
        <translation>Напомнить &amp;всем, кто превысил лимит…</translation>
    </message>
    <message>
        <source>&amp;Templates…</source>
        <translation>&amp;Шаблоны…</translation>
    </message>
    <message>
        <source>Open C&amp;ard</source>
        <translation>Открыть &amp;карточку</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>Предпр&amp;осмотр…</translation>
    </message>
    <message>
        <source>Void and Re&amp;issue…</source>
        <translation>Аннулировать и пе&amp;реоформить…</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) in the register.</source>
        <translation>
            <numerusform>%n письмо в реестре.</numerusform>
            <numerusform>%n письма в реестре.</numerusform>
            <numerusform>%n писем в реестре.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, %2, template version %3, issued %4 by %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, %2, версия шаблона %3, оформлено %4, %5</translation>
    </message>
    <message>
        <source>SHA-256 of the PDF: &lt;tt&gt;%1&lt;/tt&gt;</source>
        <translation>SHA-256 файла PDF: &lt;tt&gt;%1&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>Issued despite the politeness check: %1</source>
        <translation>Оформлено вопреки проверке вежливости: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Void&lt;/b&gt; since %1 (%2): %3</source>
        <translation>&lt;b&gt;Аннулировано&lt;/b&gt; %1 (%2): %3</translation>
    </message>
    <message>
        <source>New Letter</source>
        <translation>Новое письмо</translation>
    </message>
    <message>
        <source>Whom is the letter to?</source>
        <translation>Кому письмо?</translation>
    </message>
    <message>
        <source>Support-Limit Reminders</source>
        <translation>Напоминания о лимите поддержки</translation>
    </message>
    <message>
        <source>Nobody went over their plan&apos;s support in %1.</source>
        <translation>В периоде «%1» никто не превысил поддержку по тарифу.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) went over their plan&apos;s support in %1. Issue the reminder to each, and save the PDF files in a folder you choose next?</source>
        <translation>
            <numerusform>%n абонент превысил поддержку по тарифу в периоде «%1». Оформить напоминание каждому и сохранить файлы PDF в папку, которую вы выберете?</numerusform>
            <numerusform>%n абонента превысили поддержку по тарифу в периоде «%1». Оформить напоминание каждому и сохранить файлы PDF в папку, которую вы выберете?</numerusform>
            <numerusform>%n абонентов превысили поддержку по тарифу в периоде «%1». Оформить напоминание каждому и сохранить файлы PDF в папку, которую вы выберете?</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder for the Letters</source>
        <translation>Папка для писем</translation>
    </message>
    <message>
        <source>Issuing reminders…</source>
        <translation>Оформление напоминаний…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Остановить</translation>
    </message>
    <message>
        <source>Issued: %1. Stopped by the politeness check: %2. Not issued for other reasons: %3. Not reached (stopped): %4.</source>
        <translation>Оформлено: %1. Остановлено проверкой вежливости: %2. Не оформлено по другим причинам: %3. Не дошли (остановлено): %4.</translation>
    </message>
    <message>
        <source>The PDF files are in %1.</source>
        <translation>Файлы PDF — в папке %1.</translation>
    </message>
    <message>
        <source>Void Letter %1</source>
        <translation>Аннулировать письмо %1</translation>
    </message>
    <message>
        <source>Why is the letter void? It stays in the register under its number, with the reason.</source>
        <translation>Почему письмо аннулируется? Оно останется в реестре под своим номером, с причиной.</translation>
    </message>
    <message>
        <source>&amp;Void</source>
        <translation>&amp;Аннулировать</translation>
    </message>
    <message>
        <source>Letter %1 is issued, but its file is not: %2</source>
        <translation>Письмо %1 оформлено, но файла нет: %2</translation>
    </message>
    <message>
        <source>Letterhea&amp;d…</source>
        <translation>&amp;Бланк…</translation>
    </message>
    <message>
        <source>Sav&amp;e PDF…</source>
        <translation>Со&amp;хранить PDF…</translation>
    </message>
    <message>
        <source>V&amp;oid…</source>
        <translation>Анну&amp;лировать…</translation>
    </message>
</context>
<context>
    <name>abonent::LiveUpdates</name>
    <message>
        <source>The connection to the server is closed.</source>
        <translation>Соединение с сервером закрыто.</translation>
    </message>
    <message>
        <source>Listening for other desks&apos; changes</source>
        <translation>Подписка на изменения других рабочих мест</translation>
    </message>
</context>
<context>
    <name>abonent::LossMakersModel</name>
    <message>
        <source>Open</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Договор</translation>
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
        <translation>Затраты на поддержку</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Маржа</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Минуты</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <source>Problem tags</source>
        <translation>Проблемные отметки</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Charged</source>
        <translation>Начислено</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получено</translation>
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
        <translation>&amp;Открыть базу данных…</translation>
    </message>
    <message>
        <source>Fill with &amp;Demo Data…</source>
        <translation>&amp;Заполнить демонстрационными данными…</translation>
    </message>
    <message>
        <source>Generate demo customers, contacts and payments in this empty database.</source>
        <translation>Создать демонстрационных абонентов, обращения и платежи в этой пустой базе данных.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About Abonent</source>
        <translation>&amp;О программе «Абонент»</translation>
    </message>
    <message>
        <source>About Abonent</source>
        <translation>О программе «Абонент»</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Abonent %1&lt;/h3&gt;&lt;p&gt;Customer records, contact history and support economics for small service providers.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Абонент %1&lt;/h3&gt;&lt;p&gt;Учёт абонентов, история обращений и экономика поддержки для небольших провайдеров.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
    <message>
        <source>The database this window shows</source>
        <translation>База данных, открытая в этом окне</translation>
    </message>
    <message>
        <source>Could not read customers: %1</source>
        <translation>Не удалось прочитать список абонентов: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln абонент</numerusform>
            <numerusform>%Ln абонента</numerusform>
            <numerusform>%Ln абонентов</numerusform>
        </translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Абоненты</translation>
    </message>
    <message>
        <source>Search: name, contract, address, e-mail, phone… (Ctrl+F)</source>
        <translation>Поиск: имя, договор, адрес, эл. почта, телефон… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Current customers</source>
        <translation>Текущие абоненты</translation>
    </message>
    <message>
        <source>Everyone, archived too</source>
        <translation>Все, включая архив</translation>
    </message>
    <message>
        <source>Which customers the list shows</source>
        <translation>Каких абонентов показывать в списке</translation>
    </message>
    <message>
        <source>Only customers on this plan</source>
        <translation>Только абоненты с этим тарифом</translation>
    </message>
    <message>
        <source>New &amp;Database…</source>
        <translation>&amp;Создать базу данных…</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>&amp;Абоненты</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Поиск…</translation>
    </message>
    <message>
        <source>&amp;New Customer…</source>
        <translation>Новый &amp;абонент…</translation>
    </message>
    <message>
        <source>New &amp;Contact…</source>
        <translation>Новое &amp;обращение…</translation>
    </message>
    <message>
        <source>&amp;Open Card</source>
        <translation>Открыть &amp;карточку</translation>
    </message>
    <message>
        <source>Enter or double-click in the list</source>
        <translation>Enter или двойной щелчок в списке</translation>
    </message>
    <message>
        <source>Close Car&amp;d</source>
        <translation>&amp;Закрыть карточку</translation>
    </message>
    <message>
        <source>&amp;Who Is at This Desk…</source>
        <translation>&amp;Кто за этим рабочим местом…</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;desk&quot;&gt;Who is at this desk?&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;desk&quot;&gt;Кто за этим рабочим местом?&lt;/a&gt;</translation>
    </message>
    <message>
        <source>At this desk: &lt;a href=&quot;desk&quot;&gt;%1&lt;/a&gt;</source>
        <translation>За рабочим местом: &lt;a href=&quot;desk&quot;&gt;%1&lt;/a&gt;</translation>
    </message>
    <message>
        <source>More than %1 customers match; type more to narrow the search</source>
        <translation>Найдено более %1 абонентов; уточните запрос</translation>
    </message>
    <message>
        <source>Unsaved Notes</source>
        <translation>Несохранённые заметки</translation>
    </message>
    <message>
        <source>The notes on %1 have changed. Save them?</source>
        <translation>Заметки об абоненте %1 изменены. Сохранить их?</translation>
    </message>
    <message>
        <source>Choose a customer first.</source>
        <translation>Сначала выберите абонента.</translation>
    </message>
    <message>
        <source>Problem Clients</source>
        <translation>Проблемные абоненты</translation>
    </message>
    <message>
        <source>&amp;Tag Customer…</source>
        <translation>&amp;Отметить абонента…</translation>
    </message>
    <message>
        <source>Tag the customer with a reason and evidence</source>
        <translation>Поставить абоненту отметку с причиной и основанием</translation>
    </message>
    <message>
        <source>&amp;Problem Clients</source>
        <translation>&amp;Проблемные абоненты</translation>
    </message>
    <message>
        <source>Tag &amp;Catalogue…</source>
        <translation>Справочник &amp;отметок…</translation>
    </message>
    <message>
        <source>Problem Client &amp;Rules…</source>
        <translation>&amp;Правила для проблемных абонентов…</translation>
    </message>
    <message>
        <source>&amp;Phone System…</source>
        <translation>&amp;Телефония…</translation>
    </message>
    <message>
        <source>Support Cost R&amp;ates…</source>
        <translation>Ставки &amp;затрат на поддержку…</translation>
    </message>
    <message>
        <source>Economics</source>
        <translation>Экономика</translation>
    </message>
    <message>
        <source>&amp;Economics</source>
        <translation>&amp;Экономика</translation>
    </message>
    <message>
        <source>Revenue against support cost for the whole customer base</source>
        <translation>Выручка и затраты на поддержку по всей базе абонентов</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Письма</translation>
    </message>
    <message>
        <source>&amp;Letters</source>
        <translation>&amp;Письма</translation>
    </message>
    <message>
        <source>The register of letters issued; new letters, templates and the letterhead</source>
        <translation>Реестр оформленных писем; новые письма, шаблоны и бланк</translation>
    </message>
    <message>
        <source>Letter&amp;head…</source>
        <translation>&amp;Бланк…</translation>
    </message>
    <message>
        <source>Letter T&amp;emplates…</source>
        <translation>&amp;Шаблоны писем…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only&lt;/b&gt;</source>
        <translation>&lt;b&gt;Только чтение&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Nothing can be recorded: %1.</source>
        <translation>Записать ничего нельзя: %1.</translation>
    </message>
    <message>
        <source>&amp;Unlinked Calls…</source>
        <translation>&amp;Непривязанные звонки…</translation>
    </message>
    <message>
        <source>Calls kept without a customer, to link to one</source>
        <translation>Звонки, сохранённые без абонента, — чтобы привязать их</translation>
    </message>
    <message>
        <source>&amp;Unlinked Calls (%1)…</source>
        <translation>&amp;Непривязанные звонки (%1)…</translation>
    </message>
    <message>
        <source>Every open tab</source>
        <translation>Все открытые вкладки</translation>
    </message>
    <message>
        <source>Close All Cards</source>
        <translation>Закрыть все карточки</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No customers yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Bring them in from your old system or a spreadsheet: &lt;a href=&quot;import&quot;&gt;Import…&lt;/a&gt; (File → Import, Ctrl+Shift+I).&lt;/p&gt;&lt;p&gt;Or add the first one by hand: &lt;a href=&quot;new&quot;&gt;New Customer…&lt;/a&gt; (Ctrl+N).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Абонентов пока нет.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Загрузите их из прежней системы или таблицы: &lt;a href=&quot;import&quot;&gt;Загрузка…&lt;/a&gt; (Файл → Импорт, Ctrl+Shift+I).&lt;/p&gt;&lt;p&gt;Или добавьте первого вручную: &lt;a href=&quot;new&quot;&gt;Новый абонент…&lt;/a&gt; (Ctrl+N).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <source>Bring customers, plans, payments and contacts in from a CSV file.</source>
        <translation>Загрузить абонентов, тарифы, платежи и обращения из файла CSV.</translation>
    </message>
    <message>
        <source>&amp;Export Everything…</source>
        <translation>&amp;Экспорт всего…</translation>
    </message>
    <message>
        <source>Write every customer, contact, payment, tag, case and letter to CSV files and one JSON file.</source>
        <translation>Записать всех абонентов, обращения, платежи, отметки, дела и письма в файлы CSV и один файл JSON.</translation>
    </message>
    <message>
        <source>&amp;Back Up…</source>
        <translation>Резервная &amp;копия…</translation>
    </message>
    <message>
        <source>Copy the database to a file while it is in use.</source>
        <translation>Скопировать базу данных в файл, не прерывая работу.</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Восстановить из копии…</translation>
    </message>
    <message>
        <source>Put a backup back in place of this database; what it replaces is kept.</source>
        <translation>Вернуть резервную копию на место этой базы; заменённое сохранится.</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Резервные копии…</translation>
    </message>
    <message>
        <source>The office is set up. Each step can be changed in Settings.</source>
        <translation>Офис настроен. Любой шаг можно изменить в меню «Настройки».</translation>
    </message>
    <message>
        <source>O&amp;ffice…</source>
        <translation>О&amp;фис…</translation>
    </message>
    <message>
        <source>The country phone numbers belong to and the currency money is kept in</source>
        <translation>Страна телефонных номеров и валюта, в которой ведутся деньги</translation>
    </message>
    <message>
        <source>Pe&amp;ople…</source>
        <translation>&amp;Сотрудники…</translation>
    </message>
    <message>
        <source>Who works here and in which role</source>
        <translation>Кто здесь работает и в какой роли</translation>
    </message>
    <message>
        <source>Pla&amp;ns…</source>
        <translation>Тар&amp;ифы…</translation>
    </message>
    <message>
        <source>Create, edit and retire plans; change a fee from a date</source>
        <translation>Создать, изменить или убрать в архив тариф; сменить абонплату с даты</translation>
    </message>
    <message>
        <source>Person&apos;&amp;s Data…</source>
        <translation>&amp;Данные человека…</translation>
    </message>
    <message>
        <source>Save everything held about the customer as JSON and PDF, for their right of access</source>
        <translation>Сохранить всё, что хранится об абоненте, в JSON и PDF — по его праву на доступ</translation>
    </message>
    <message>
        <source>E&amp;rase Personal Data…</source>
        <translation>&amp;Стереть персональные данные…</translation>
    </message>
    <message>
        <source>Erase the customer&apos;s personal data at their request, keeping the economics and the letter register</source>
        <translation>Стереть персональные данные абонента по его просьбе, сохранив экономику и реестр писем</translation>
    </message>
    <message>
        <source>Pri&amp;vacy…</source>
        <translation>Ко&amp;нфиденциальность…</translation>
    </message>
    <message>
        <source>No one here matches. Former and archived customers, and other plans, are not shown.</source>
        <translation>Здесь никто не подходит. Бывшие и архивные клиенты, а также другие тарифы не показаны.</translation>
    </message>
    <message>
        <source>Show E&amp;veryone</source>
        <translation>Показать &amp;всех</translation>
    </message>
    <message>
        <source>&lt;b&gt;Server unreachable: reconnecting…&lt;/b&gt;</source>
        <translation>&lt;b&gt;Сервер недоступен: переподключение…&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1. Nothing can be read or recorded until it answers; what you type into an open form is kept.</source>
        <translation>%1. Пока он не ответит, ничего нельзя прочитать или записать; то, что вы вводите в открытую форму, сохраняется.</translation>
    </message>
    <message>
        <source>The database is on a server: it is backed up and restored there (pg_dump, pg_restore), not from a desk.</source>
        <translation>База данных находится на сервере: резервные копии делаются и восстанавливаются там (pg_dump, pg_restore), а не с рабочего места.</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>В реальном времени</translation>
    </message>
    <message>
        <source>What other desks save shows here within a second.</source>
        <translation>То, что сохраняют на других рабочих местах, появляется здесь в течение секунды.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not live&lt;/b&gt;</source>
        <translation>&lt;b&gt;Без обновлений&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Changes from other desks do not arrive: what is shown may be out of date until the connection is back.</source>
        <translation>Изменения с других рабочих мест не поступают: показанное может устареть, пока соединение не восстановится.</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;desk&quot;&gt;Sign in&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;desk&quot;&gt;Войти&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Signed in: &lt;a href=&quot;desk&quot;&gt;%1&lt;/a&gt;</source>
        <translation>Вход: &lt;a href=&quot;desk&quot;&gt;%1&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>abonent::NotesMergeDialog</name>
    <message>
        <source>Notes Saved Elsewhere</source>
        <translation>Заметки сохранены на другом месте</translation>
    </message>
    <message>
        <source>&amp;Yours, to be saved:</source>
        <translation>&amp;Ваши, для сохранения:</translation>
    </message>
    <message>
        <source>&amp;Save Yours</source>
        <translation>&amp;Сохранить ваши</translation>
    </message>
    <message>
        <source>&amp;Keep Writing</source>
        <translation>&amp;Продолжить писать</translation>
    </message>
    <message>
        <source>Use &amp;Theirs</source>
        <translation>Оставить &amp;их</translation>
    </message>
    <message>
        <source>While you were writing, notes were saved at another desk. Take what you need from theirs into yours, then save yours; Use Theirs drops your text.</source>
        <translation>Пока вы писали, заметки сохранили на другом рабочем месте. Перенесите нужное из их заметок в свои и сохраните свои; «Оставить их» отбрасывает ваш текст.</translation>
    </message>
</context>
<context>
    <name>abonent::OfficeDialog</name>
    <message>
        <source>Office</source>
        <translation>Офис</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Страна:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Валюта:</translation>
    </message>
    <message>
        <source>Phone numbers typed without a country code are read as this country&apos;s. The currency is that of every plan and payment; it can change only while none is recorded in another.</source>
        <translation>Номера без кода страны считаются номерами этой страны. В валюте ведутся все тарифы и платежи; сменить её можно, пока ни один не записан в другой.</translation>
    </message>
    <message>
        <source>Choose a country and a currency from the lists.</source>
        <translation>Выберите страну и валюту из списков.</translation>
    </message>
</context>
<context>
    <name>abonent::OperatorRatesModel</name>
    <message>
        <source>%1 (no longer here)</source>
        <translation>%1 (больше не работает)</translation>
    </message>
    <message>
        <source>default rate</source>
        <translation>ставка по умолчанию</translation>
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
        <translation>Стоимость часа</translation>
    </message>
</context>
<context>
    <name>abonent::OperatorTableModel</name>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Работает</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Не работает</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Takes difficult callers</source>
        <translation>Принимает трудных абонентов</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
</context>
<context>
    <name>abonent::ParetoChart</name>
    <message>
        <source>No support time was recorded in this period.</source>
        <translation>За этот период время поддержки не записано.</translation>
    </message>
    <message>
        <source>The top 5% of customers take %1 of all support time; half of it goes to %2 of customers.</source>
        <translation>5% самых требовательных абонентов занимают %1 всего времени поддержки; половина его приходится на %2 абонентов.</translation>
    </message>
    <message>
        <source>Concentration of support time</source>
        <translation>Сосредоточенность времени поддержки</translation>
    </message>
    <message>
        <source>Customers, the most demanding first (%)</source>
        <translation>Абоненты, начиная с самых требовательных (%)</translation>
    </message>
    <message>
        <source>Share of all support time (%)</source>
        <translation>Доля всего времени поддержки (%)</translation>
    </message>
    <message>
        <source>Even split</source>
        <translation>Поровну</translation>
    </message>
    <message>
        <source>Support time taken</source>
        <translation>Занятое время поддержки</translation>
    </message>
    <message>
        <source>The top 5%</source>
        <translation>Первые 5%</translation>
    </message>
</context>
<context>
    <name>abonent::PaymentDialog</name>
    <message>
        <source>Payment — %1</source>
        <translation>Платёж — %1</translation>
    </message>
    <message>
        <source>Amount in %1</source>
        <translation>Сумма в %1</translation>
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
        <translation>&amp;Сумма (%1):</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Примечание:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in %2.</source>
        <translation>«%1» не является суммой в %2.</translation>
    </message>
</context>
<context>
    <name>abonent::PeopleDialog</name>
    <message>
        <source>People</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <source>Everyone who records calls, tags or letters here. Operators take calls; managers also run the tag catalogue, cases, plans and rates; the owner also issues termination notices and decides who is who.</source>
        <translation>Все, кто записывает здесь звонки, отметки или письма. Операторы принимают звонки; менеджеры также ведут справочник отметок, дела, тарифы и ставки; владелец также выпускает уведомления о расторжении и решает, кто есть кто.</translation>
    </message>
    <message>
        <source>&amp;Add Person…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>&amp;Back at Work</source>
        <translation>&amp;Снова работает</translation>
    </message>
    <message>
        <source>&amp;Has Left</source>
        <translation>&amp;Больше не работает</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Вход по паролю</translation>
    </message>
    <message>
        <source>Everyone &amp;signs in with their passphrase (set each one with Edit…)</source>
        <translation>Все &amp;входят по своему паролю (пароль каждому — через «Изменить…»)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>A passphrase guards what is done in Abonent and the names in the audit log. It does not hide the data: anyone who can copy the database file can read it.</source>
        <translation>Пароль защищает действия в Abonent и имена в журнале изменений. Данные он не скрывает: кто может скопировать файл базы, тот может его прочитать.</translation>
    </message>
    <message>
        <source>&amp;Lock the window after:</source>
        <translation>&amp;Блокировать окно через:</translation>
    </message>
    <message>
        <source>From the next start, everyone signs in.</source>
        <translation>Со следующего запуска все входят по паролю.</translation>
    </message>
    <message>
        <source>From the next start, nobody needs to sign in.</source>
        <translation>Со следующего запуска входить по паролю не нужно.</translation>
    </message>
</context>
<context>
    <name>abonent::PersonDialog</name>
    <message>
        <source>Person — %1</source>
        <translation>Сотрудник — %1</translation>
    </message>
    <message>
        <source>Add Person</source>
        <translation>Новый сотрудник</translation>
    </message>
    <message>
        <source>Made from the name when left empty</source>
        <translation>Если не заполнить, составляется из имени</translation>
    </message>
    <message>
        <source>&amp;Takes difficult callers (calls from tagged customers are passed to them)</source>
        <translation>&amp;Принимает трудных абонентов (им передаются звонки отмеченных абонентов)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>Unchanged when left empty</source>
        <translation>Если пусто — без изменений</translation>
    </message>
    <message>
        <source>None when left empty</source>
        <translation>Если пусто — без пароля</translation>
    </message>
    <message>
        <source>Server &amp;password:</source>
        <translation>&amp;Пароль на сервере:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>Saved, but not the passphrase: %1</source>
        <translation>Сохранено, кроме пароля: %1</translation>
    </message>
</context>
<context>
    <name>abonent::PhoneLink</name>
    <message>
        <source>Phone: reading the secret from the keychain…</source>
        <translation>Телефония: чтение пароля из связки ключей…</translation>
    </message>
    <message>
        <source>No secret is stored for %1 yet.</source>
        <translation>Пароль для %1 ещё не сохранён.</translation>
    </message>
    <message>
        <source>Phone System</source>
        <translation>Телефония</translation>
    </message>
    <message>
        <source>%1
The manager secret for %2 on %3:</source>
        <translation>%1
Пароль интерфейса управления для %2 на %3:</translation>
    </message>
    <message>
        <source>Phone: not connected, no secret</source>
        <translation>Телефония: не подключена, нет пароля</translation>
    </message>
    <message>
        <source>The secret is kept until Abonent closes and asked for next time: %1.</source>
        <translation>Пароль хранится до закрытия «Абонента» и будет запрошен при следующем запуске: %1.</translation>
    </message>
    <message>
        <source>No keychain is available on this desktop, so the secret is asked for once a session.</source>
        <translation>На этом рабочем столе нет связки ключей, поэтому пароль запрашивается один раз за сеанс.</translation>
    </message>
    <message>
        <source>Phone settings saved: connecting to %1:%2 for extension %3. Calls on screen stay open.</source>
        <translation>Настройки телефонии сохранены: подключение к %1:%2 для внутреннего номера %3. Открытые звонки остаются на экране.</translation>
    </message>
    <message>
        <source>Phone settings saved: Abonent no longer listens to the phone system. Calls on screen stay open.</source>
        <translation>Настройки телефонии сохранены: Abonent больше не слушает АТС. Открытые звонки остаются на экране.</translation>
    </message>
    <message>
        <source>Phone: asking for the secret…</source>
        <translation>Телефония: запрашивается пароль…</translation>
    </message>
</context>
<context>
    <name>abonent::PhoneSettingsDialog</name>
    <message>
        <source>Phone System</source>
        <translation>Телефония</translation>
    </message>
    <message>
        <source>With an Asterisk phone system, Abonent listens to its manager interface and opens the call console when a call rings at this desk&apos;s extension. The secret is kept in the desktop&apos;s keychain, not in the settings.</source>
        <translation>С АТС Asterisk «Абонент» слушает её интерфейс управления и открывает окно звонка, когда звонок поступает на внутренний номер этого рабочего места. Пароль хранится в связке ключей рабочего стола, а не в настройках.</translation>
    </message>
    <message>
        <source>&amp;Open the call console for calls from the phone system</source>
        <translation>&amp;Открывать окно звонка для звонков с АТС</translation>
    </message>
    <message>
        <source>pbx.example.net or 192.0.2.10</source>
        <translation>pbx.example.net или 192.0.2.10</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>без изменений</translation>
    </message>
    <message>
        <source>asked for once a session</source>
        <translation>запрашивается один раз за сеанс</translation>
    </message>
    <message>
        <source>e.g. 101</source>
        <translation>например, 101</translation>
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
        <translation>&amp;Пользователь:</translation>
    </message>
    <message>
        <source>S&amp;ecret:</source>
        <translation>П&amp;ароль:</translation>
    </message>
    <message>
        <source>This desk&apos;s e&amp;xtension:</source>
        <translation>&amp;Внутренний номер места:</translation>
    </message>
    <message>
        <source>Fill in the server, the manager user and this desk&apos;s extension.</source>
        <translation>Укажите сервер, пользователя интерфейса управления и внутренний номер этого рабочего места.</translation>
    </message>
    <message>
        <source>&amp;Save and Connect</source>
        <translation>&amp;Сохранить и подключиться</translation>
    </message>
    <message>
        <source>a folder or share, or https://pbx.example.net/recordings/</source>
        <translation>папка или сетевой ресурс, либо https://pbx.example.net/recordings/</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>Folder of the Call Recordings</source>
        <translation>Папка с записями звонков</translation>
    </message>
    <message>
        <source>A call&apos;s recording is the file the phone system names in MIXMONITOR_FILENAME (under its own folder there, under the folder above here); otherwise the file name made from ${UNIQUEID}, ${LINKEDID}, ${CALLERID}, ${YEAR}, ${MONTH} and ${DAY}. Abonent keeps the name and, once the file is complete, its size and SHA-256.</source>
        <translation>Запись звонка — это файл, который АТС называет в MIXMONITOR_FILENAME (там — в своей папке, здесь — в папке выше); иначе — имя файла из ${UNIQUEID}, ${LINKEDID}, ${CALLERID}, ${YEAR}, ${MONTH} и ${DAY}. Abonent хранит имя, а когда файл готов, — его размер и SHA-256.</translation>
    </message>
    <message>
        <source>Recordings are &amp;in:</source>
        <translation>&amp;Записи лежат в:</translation>
    </message>
    <message>
        <source>Recording file &amp;name:</source>
        <translation>&amp;Имя файла записи:</translation>
    </message>
    <message>
        <source>The phone system&apos;s &amp;own folder:</source>
        <translation>&amp;Папка записей на самой АТС:</translation>
    </message>
    <message>
        <source>%1 is not a folder this computer can reach. Mount the share first, or give the recordings&apos; web address.</source>
        <translation>%1 — не папка, доступная с этого компьютера. Сначала подключите сетевую папку или укажите веб-адрес записей.</translation>
    </message>
    <message>
        <source>A recording&apos;s file name needs ${UNIQUEID} or ${LINKEDID}, for example ${UNIQUEID}.wav: without them every call would point at the same file.</source>
        <translation>В имени файла записи нужен ${UNIQUEID} или ${LINKEDID}, например ${UNIQUEID}.wav: без них все звонки указывали бы на один и тот же файл.</translation>
    </message>
</context>
<context>
    <name>abonent::PlanChangeDialog</name>
    <message>
        <source>Change Plan — %1</source>
        <translation>Смена тарифа — %1</translation>
    </message>
    <message>
        <source>New &amp;plan:</source>
        <translation>Новый &amp;тариф:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Действует с:</translation>
    </message>
    <message>
        <source>There is no plan to choose; add plans first.</source>
        <translation>Нет тарифов для выбора; сначала добавьте тарифы.</translation>
    </message>
    <message>
        <source>&amp;Change Plan</source>
        <translation>&amp;Сменить тариф</translation>
    </message>
</context>
<context>
    <name>abonent::PlanEditorDialog</name>
    <message>
        <source>Amount in %1</source>
        <translation>Сумма в %1</translation>
    </message>
    <message>
        <source>Plan — %1</source>
        <translation>Тариф — %1</translation>
    </message>
    <message>
        <source>New Plan</source>
        <translation>Новый тариф</translation>
    </message>
    <message>
        <source>&amp;Without support (a cheaper plan; calls for help are paid by the minute)</source>
        <translation>&amp;Без поддержки (тариф дешевле; помощь оплачивается поминутно)</translation>
    </message>
    <message>
        <source> min a month</source>
        <translation> мин в месяц</translation>
    </message>
    <message>
        <source>%1 a month — &lt;i&gt;Change Fee…&lt;/i&gt; in the list sets a new fee from a date</source>
        <translation>%1 в месяц — новую абонплату с даты назначает &lt;i&gt;Сменить плату…&lt;/i&gt; в списке</translation>
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
        <translation>&amp;Поддержка включена:</translation>
    </message>
    <message>
        <source>&amp;Extra minute of support (%1):</source>
        <translation>&amp;Доп. минута поддержки (%1):</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in %2.</source>
        <translation>«%1» — не сумма в %2.</translation>
    </message>
    <message>
        <source>Plan &amp;name:</source>
        <translation>&amp;Название:</translation>
    </message>
</context>
<context>
    <name>abonent::PlanFeeDialog</name>
    <message>
        <source>Change Fee — %1</source>
        <translation>Смена абонплаты — %1</translation>
    </message>
    <message>
        <source>Today&apos;s fee: %1 a month.</source>
        <translation>Абонплата сегодня: %1 в месяц.</translation>
    </message>
    <message>
        <source>&amp;New fee (%1):</source>
        <translation>&amp;Новая абонплата (%1):</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Действует с:</translation>
    </message>
    <message>
        <source>Days before that stay at the fee they had; customers on the plan pay the new fee from that day.</source>
        <translation>Дни до этой даты остаются по прежней абонплате; абоненты тарифа платят новую с этого дня.</translation>
    </message>
    <message>
        <source>Planned: %1 from %2.</source>
        <translation>Запланировано: %1 с %2.</translation>
    </message>
    <message>
        <source>&amp;Withdraw Planned Fee</source>
        <translation>&amp;Отменить запланированную</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in %2.</source>
        <translation>«%1» — не сумма в %2.</translation>
    </message>
</context>
<context>
    <name>abonent::PlanListModel</name>
    <message>
        <source>%1 a month; %2</source>
        <translation>%1 в месяц; %2</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) of support included</source>
        <translation>
            <numerusform>включена %n минута поддержки</numerusform>
            <numerusform>включены %n минуты поддержки</numerusform>
            <numerusform>включено %n минут поддержки</numerusform>
        </translation>
    </message>
    <message>
        <source>support not included</source>
        <translation>поддержка не включена</translation>
    </message>
</context>
<context>
    <name>abonent::PlanTableModel</name>
    <message>
        <source>%1 from %2</source>
        <translation>%1 с %2</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) included</source>
        <translation>
            <numerusform>включена %n минута</numerusform>
            <numerusform>включены %n минуты</numerusform>
            <numerusform>включено %n минут</numerusform>
        </translation>
    </message>
    <message>
        <source>No support</source>
        <translation>Без поддержки</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Предлагается</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>В архиве</translation>
    </message>
    <message>
        <source>Customers on the plan pay the new fee from that day; the days before stay at today&apos;s fee.</source>
        <translation>Абоненты тарифа платят новую абонплату с этого дня; дни до него — по сегодняшней.</translation>
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
        <translation>Следующая плата</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Поддержка</translation>
    </message>
    <message>
        <source>Extra minute</source>
        <translation>Доп. минута</translation>
    </message>
    <message>
        <source>Customers now</source>
        <translation>Абонентов сейчас</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
</context>
<context>
    <name>abonent::PlansDialog</name>
    <message>
        <source>Plans</source>
        <translation>Тарифы</translation>
    </message>
    <message>
        <source>&amp;New Plan…</source>
        <translation>&amp;Новый тариф…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Change &amp;Fee…</source>
        <translation>Сменить &amp;плату…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Only a plan no customer was ever on; others are retired</source>
        <translation>Только тариф, на котором никогда не было абонентов; остальные убираются в архив</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>&amp;Offer Again</source>
        <translation>&amp;Снова предлагать</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>В &amp;архив</translation>
    </message>
    <message>
        <source>No longer offered to new customers; those on it keep it</source>
        <translation>Больше не предлагается новым абонентам; у тех, кто на нём, он остаётся</translation>
    </message>
    <message>
        <source>Remove the plan %1? Nobody was ever on it, so nothing else changes.</source>
        <translation>Удалить тариф «%1»? На нём никогда никого не было, так что больше ничего не изменится.</translation>
    </message>
</context>
<context>
    <name>abonent::PortfolioScatter</name>
    <message>
        <source>Revenue a month, %1</source>
        <translation>Выручка в месяц, %1</translation>
    </message>
    <message>
        <source>Support cost a month, %1</source>
        <translation>Затраты на поддержку в месяц, %1</translation>
    </message>
    <message>
        <source>Revenue and support cost of every customer</source>
        <translation>Выручка и затраты на поддержку по каждому абоненту</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Крупнее</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Мельче</translation>
    </message>
    <message>
        <source>&amp;Export Chart…</source>
        <translation>&amp;Экспорт графика…</translation>
    </message>
    <message>
        <source>Break-even (cost = revenue)</source>
        <translation>Безубыточность (затраты = выручка)</translation>
    </message>
    <message>
        <source>Show &amp;All Customers</source>
        <translation>Показать &amp;всех абонентов</translation>
    </message>
    <message>
        <source>Hide the Largest &amp;Losses</source>
        <translation>Скрыть крупнейшие &amp;убытки</translation>
    </message>
    <message>
        <source>&amp;Reset View</source>
        <translation>&amp;Исходный вид</translation>
    </message>
</context>
<context>
    <name>abonent::PortfolioView</name>
    <message>
        <source>Only customers on this plan at the end of the period</source>
        <translation>Только абоненты с этим тарифом на конец периода</translation>
    </message>
    <message>
        <source>Colour by plan</source>
        <translation>Цвет по тарифу</translation>
    </message>
    <message>
        <source>Colour by problem tag</source>
        <translation>Цвет по проблемной отметке</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Экспорт</translation>
    </message>
    <message>
        <source>This &amp;Chart (PNG, SVG or PDF)…</source>
        <translation>Этот &amp;график (PNG, SVG или PDF)…</translation>
    </message>
    <message>
        <source>Loss-Making Customers &amp;Table (CSV)…</source>
        <translation>&amp;Таблица убыточных абонентов (CSV)…</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;По:</translation>
    </message>
    <message>
        <source>Co&amp;ncentration</source>
        <translation>&amp;Сосредоточенность</translation>
    </message>
    <message>
        <source>%1 (%2), %3
Revenue: %4
Support cost: %5
Margin: %6</source>
        <translation>%1 (%2), %3
Выручка: %4
Затраты на поддержку: %5
Маржа: %6</translation>
    </message>
    <message>
        <source>Problem tag: %1</source>
        <translation>Проблемная отметка: %1</translation>
    </message>
    <message>
        <source>Click to open the card.</source>
        <translation>Щёлкните, чтобы открыть карточку.</translation>
    </message>
    <message>
        <source>Open C&amp;ard</source>
        <translation>Открыть &amp;карточку</translation>
    </message>
    <message>
        <source>Opens the customer&apos;s card and starts an escalation case there</source>
        <translation>Открывает карточку абонента и заводит в ней дело</translation>
    </message>
    <message>
        <source>The period ends before it starts: choose a later &quot;To&quot; month.</source>
        <translation>Период кончается раньше, чем начинается: выберите более поздний месяц в поле «По».</translation>
    </message>
    <message>
        <source>Reading the figures of every customer…</source>
        <translation>Читаются показатели каждого абонента…</translation>
    </message>
    <message>
        <source>Could not read the figures: %1</source>
        <translation>Не удалось прочитать показатели: %1</translation>
    </message>
    <message>
        <source>No problem tag</source>
        <translation>Без проблемной отметки</translation>
    </message>
    <message>
        <source>No plan</source>
        <translation>Без тарифа</translation>
    </message>
    <message numerus="yes">
        <source>%1 – %2, %Ln customer(s): revenue %3, support cost %4</source>
        <translation>
            <numerusform>%1 – %2, %Ln абонент: выручка %3, затраты на поддержку %4</numerusform>
            <numerusform>%1 – %2, %Ln абонента: выручка %3, затраты на поддержку %4</numerusform>
            <numerusform>%1 – %2, %Ln абонентов: выручка %3, затраты на поддержку %4</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1 of revenue)</source>
        <translation>(%1 выручки)</translation>
    </message>
    <message numerus="yes">
        <source>%n cost more to support than they paid.</source>
        <translation>
            <numerusform>Поддержка %n абонента обошлась дороже, чем он заплатил.</numerusform>
            <numerusform>Поддержка %n абонентов обошлась дороже, чем они заплатили.</numerusform>
            <numerusform>Поддержка %n абонентов обошлась дороже, чем они заплатили.</numerusform>
        </translation>
    </message>
    <message>
        <source>The chart draws one point for customers too close to tell apart; zoom in to see each of them.</source>
        <translation>Абоненты, которых на графике не различить, показаны одной точкой; увеличьте участок, чтобы увидеть каждого.</translation>
    </message>
    <message>
        <source>&amp;Loss-making customers: %1</source>
        <translation>&amp;Убыточные абоненты: %1</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Экспорт графика</translation>
    </message>
    <message>
        <source>PNG picture (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>Изображение PNG (*.png);;Рисунок SVG (*.svg);;Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <source>loss-making-customers.csv</source>
        <translation>убыточные-абоненты.csv</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Тариф</translation>
    </message>
    <message>
        <source>Colour the customers</source>
        <translation>Цвет абонентов</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>Пе&amp;риод с:</translation>
    </message>
    <message>
        <source>C&amp;ustomers</source>
        <translation>Абонент&amp;ы</translation>
    </message>
    <message>
        <source>Tren&amp;d</source>
        <translation>Дина&amp;мика</translation>
    </message>
    <message>
        <source>O&amp;pen Case…</source>
        <translation>Открыть д&amp;ело…</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) refunded or compensated beyond their fees by more than %1 a month would squeeze the chart and are left out of it; press 0 on the chart to show them.</source>
        <translation>
            <numerusform>%n абонент, которому вернули или компенсировали больше оплаченного — более чем на %1 в месяц, — сжал бы график и на нём не показан; чтобы показать, нажмите 0 на графике.</numerusform>
            <numerusform>%n абонента, которым вернули или компенсировали больше оплаченного — более чем на %1 в месяц, — сжали бы график и на нём не показаны; чтобы показать, нажмите 0 на графике.</numerusform>
            <numerusform>%n абонентов, которым вернули или компенсировали больше оплаченного — более чем на %1 в месяц, — сжали бы график и на нём не показаны; чтобы показать, нажмите 0 на графике.</numerusform>
        </translation>
    </message>
    <message>
        <source>Support costs nothing here because no hourly cost is set for the office or its people: set it in Settings ▸ Support Cost Rates….</source>
        <translation>Поддержка здесь ничего не стоит, потому что для офиса и сотрудников не задана стоимость часа: укажите её в «Настройки ▸ Ставки затрат на поддержку…».</translation>
    </message>
</context>
<context>
    <name>abonent::PrivacySettingsDialog</name>
    <message>
        <source>Privacy</source>
        <translation>Конфиденциальность</translation>
    </message>
    <message>
        <source>A person may ask for their personal data to be erased. Letters are business correspondence the law makes the office keep for some years, so while a letter to the person is younger than this, their data is not erased. Six years is the usual period for commercial letters (Germany, the United Kingdom); five for accounting documents in Russia. Ask your accountant or lawyer which applies. 0 lets letters hold nothing back.</source>
        <translation>Человек может попросить стереть его персональные данные. Письма — деловая переписка, которую закон обязывает офис хранить несколько лет, поэтому пока письмо этому человеку моложе этого срока, его данные не стираются. Шесть лет — обычный срок для деловых писем (Германия, Великобритания); пять — для бухгалтерских документов в России. Уточните у бухгалтера или юриста, что действует у вас. 0 — письма ничего не удерживают.</translation>
    </message>
    <message>
        <source> years</source>
        <translation> лет</translation>
    </message>
    <message>
        <source>&amp;Keep letters for:</source>
        <translation>&amp;Хранить письма:</translation>
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
        <translation>Далее: %1</translation>
    </message>
    <message>
        <source>All steps taken</source>
        <translation>Все шаги выполнены</translation>
    </message>
    <message>
        <source>Contacts with conduct other than normal in the last 30 and 90 days</source>
        <translation>Обращения с поведением не в норме за последние 30 и 90 дней</translation>
    </message>
    <message>
        <source>Support minutes this month as a share of what the plan includes</source>
        <translation>Минуты поддержки в этом месяце как доля от включённых в тариф</translation>
    </message>
    <message>
        <source>When the next step of the case is due</source>
        <translation>Срок следующего шага дела</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Договор</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Problem tags</source>
        <translation>Проблемные отметки</translation>
    </message>
    <message>
        <source>Incidents 30/90 d</source>
        <translation>Инциденты 30/90 дн.</translation>
    </message>
    <message>
        <source>Allowance used</source>
        <translation>Лимит использован</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Подсказка</translation>
    </message>
    <message>
        <source>Reading the review was cancelled.</source>
        <translation>Чтение списка для рассмотрения отменено.</translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation>%1, просрочен</translation>
    </message>
</context>
<context>
    <name>abonent::ProblemClientsView</name>
    <message>
        <source>Search: name, contract or tag</source>
        <translation>Поиск: имя, договор или отметка</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>Could not read the problem clients: %1</source>
        <translation>Не удалось прочитать список проблемных абонентов: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) to review</source>
        <translation>
            <numerusform>%Ln абонент для рассмотрения</numerusform>
            <numerusform>%Ln абонента для рассмотрения</numerusform>
            <numerusform>%Ln абонентов для рассмотрения</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the customers to review…</source>
        <translation>Чтение абонентов для рассмотрения…</translation>
    </message>
</context>
<context>
    <name>abonent::ProblemSettingsDialog</name>
    <message>
        <source>Problem Client Rules</source>
        <translation>Правила для проблемных абонентов</translation>
    </message>
    <message>
        <source> in 30 days</source>
        <translation> за 30 дней</translation>
    </message>
    <message>
        <source> in 90 days</source>
        <translation> за 90 дней</translation>
    </message>
    <message>
        <source> on one day</source>
        <translation> за один день</translation>
    </message>
    <message>
        <source>% of the allowance</source>
        <translation> % лимита</translation>
    </message>
    <message>
        <source>% of revenue</source>
        <translation> % выручки</translation>
    </message>
    <message>
        <source> month(s)</source>
        <translation> мес.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>Suggest a tag when a customer has</source>
        <translation>Предлагать отметку, когда у абонента</translation>
    </message>
    <message>
        <source>&amp;Incidents:</source>
        <translation>&amp;Инцидентов:</translation>
    </message>
    <message>
        <source>Support &amp;minutes, 3-month average:</source>
        <translation>&amp;Минут поддержки, в среднем за 3 месяца:</translation>
    </message>
    <message>
        <source>Escalation cases</source>
        <translation>Дела об эскалации</translation>
    </message>
    <message>
        <source>&amp;Notice period:</source>
        <translation>Срок &amp;уведомления:</translation>
    </message>
    <message>
        <source>Next step &amp;due after:</source>
        <translation>Срок следующего &amp;шага:</translation>
    </message>
    <message>
        <source>… or i&amp;ncidents:</source>
        <translation>… или и&amp;нцидентов:</translation>
    </message>
    <message>
        <source>Con&amp;tacts:</source>
        <translation>&amp;Обращений:</translation>
    </message>
    <message>
        <source>… or cont&amp;acts:</source>
        <translation>… или о&amp;бращений:</translation>
    </message>
    <message>
        <source>Support c&amp;ost over 3 months:</source>
        <translation>&amp;Затраты на поддержку за 3 месяца:</translation>
    </message>
    <message>
        <source>Termination c&amp;lause of the contract:</source>
        <translation>П&amp;ункт договора о расторжении:</translation>
    </message>
    <message>
        <source>Routing before the phone rings (abonent agi)</source>
        <translation>Маршрутизация до звонка оператору (abonent agi)</translation>
    </message>
    <message>
        <source>&amp;Difficult callers: tags</source>
        <translation>&amp;Трудные абоненты: метки</translation>
    </message>
    <message>
        <source>&amp;VIP callers: tags</source>
        <translation>&amp;VIP-абоненты: метки</translation>
    </message>
    <message>
        <source>Take difficult &amp;callers</source>
        <translation>Принимают &amp;трудных абонентов</translation>
    </message>
</context>
<context>
    <name>abonent::RecordingPlayer</name>
    <message>
        <source>Call Recording</source>
        <translation>Запись звонка</translation>
    </message>
    <message>
        <source>The recording has changed since the call.</source>
        <translation>Запись изменилась после звонка.</translation>
    </message>
    <message>
        <source>The recording cannot be played.</source>
        <translation>Запись не удаётся воспроизвести.</translation>
    </message>
    <message>
        <source>No program on this computer opens %1.</source>
        <translation>На этом компьютере нет программы, которая открывает %1.</translation>
    </message>
    <message>
        <source>Playing the recording; it is unchanged since the call.</source>
        <translation>Воспроизводится запись; после звонка она не менялась.</translation>
    </message>
    <message>
        <source>Fetching the recording from %1…</source>
        <translation>Запись загружается с %1…</translation>
    </message>
    <message>
        <source>The recording could not be fetched from %1: %2</source>
        <translation>Не удалось загрузить запись с %1: %2</translation>
    </message>
    <message>
        <source>The recording could not be kept in %1 to play it: %2</source>
        <translation>Не удалось сохранить запись в %1, чтобы воспроизвести её: %2</translation>
    </message>
    <message>
        <source>The recording could not be kept in %1 to play it.</source>
        <translation>Не удалось сохранить запись в %1, чтобы воспроизвести её.</translation>
    </message>
</context>
<context>
    <name>abonent::RemoteRecordings</name>
    <message>
        <source>the server answered %1 %2 instead of the file</source>
        <translation>сервер вместо файла ответил %1 %2</translation>
    </message>
</context>
<context>
    <name>abonent::ServerConnection</name>
    <message>
        <source>the server %1 does not answer</source>
        <translation>сервер %1 не отвечает</translation>
    </message>
</context>
<context>
    <name>abonent::SetupChecklist</name>
    <message>
        <source>Country and currency</source>
        <translation>Страна и валюта</translation>
    </message>
    <message>
        <source>Where phone numbers belong and what money is kept in.</source>
        <translation>Откуда телефонные номера и в чём ведутся деньги.</translation>
    </message>
    <message>
        <source>&amp;Office…</source>
        <translation>&amp;Офис…</translation>
    </message>
    <message>
        <source>Company and letterhead</source>
        <translation>Компания и бланк</translation>
    </message>
    <message>
        <source>The name, address and signatory letters carry (the owner sets it).</source>
        <translation>Название, адрес и подписант на письмах (задаёт владелец).</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Тарифы</translation>
    </message>
    <message>
        <source>What customers pay each month and how much support is included.</source>
        <translation>Сколько абоненты платят в месяц и сколько поддержки включено.</translation>
    </message>
    <message>
        <source>&amp;Plans…</source>
        <translation>&amp;Тарифы…</translation>
    </message>
    <message>
        <source>People and roles</source>
        <translation>Сотрудники и роли</translation>
    </message>
    <message>
        <source>Operators, managers and the owner; a one-person office just confirms it.</source>
        <translation>Операторы, менеджеры и владелец; офису из одного человека достаточно подтвердить.</translation>
    </message>
    <message>
        <source>Peop&amp;le…</source>
        <translation>Сотр&amp;удники…</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Абоненты</translation>
    </message>
    <message>
        <source>Bring them in from the old system or a spreadsheet, or start with none.</source>
        <translation>Загрузите их из прежней системы или таблицы либо начните без них.</translation>
    </message>
    <message>
        <source>&amp;Import Customers…</source>
        <translation>&amp;Импорт абонентов…</translation>
    </message>
    <message>
        <source>Start &amp;Empty</source>
        <translation>Начать с &amp;чистого листа</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Сделано</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Осталось сделать</translation>
    </message>
    <message>
        <source>&lt;b&gt;Setting up the office&lt;/b&gt; — %1 of %2 steps done. Each can be changed later in Settings.</source>
        <translation>&lt;b&gt;Настройка офиса&lt;/b&gt; — сделано шагов: %1 из %2. Любой можно изменить позже в «Настройках».</translation>
    </message>
    <message>
        <source>Support cost</source>
        <translation>Затраты на поддержку</translation>
    </message>
    <message>
        <source>What an hour of your people&apos;s time costs, so the economics set support against revenue.</source>
        <translation>Сколько стоит час работы ваших сотрудников — чтобы экономика сопоставляла поддержку с выручкой.</translation>
    </message>
    <message>
        <source>Suppor&amp;t Cost…</source>
        <translation>Ставки &amp;затрат…</translation>
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
        <translation>Заблокировано</translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>Вход</translation>
    </message>
    <message>
        <source>Nobody used Abonent for a while, so it locked itself. Sign in to go on; what was open stays as it was.</source>
        <translation>Abonent какое-то время не использовали, и он заблокировался. Войдите, чтобы продолжить; всё открытое осталось как было.</translation>
    </message>
    <message>
        <source>People sign in on this database: what you record here is recorded under your name.</source>
        <translation>В этой базе входят по паролю: всё, что вы здесь запишете, записывается под вашим именем.</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Войти</translation>
    </message>
</context>
<context>
    <name>abonent::TagCatalogueDialog</name>
    <message>
        <source>Tag Catalogue</source>
        <translation>Справочник отметок</translation>
    </message>
    <message>
        <source>&amp;Marks a problem (needs a reason; only managers remove it)</source>
        <translation>&amp;Проблемная (нужна причина; снимает только менеджер)</translation>
    </message>
    <message>
        <source>What the operator should do when this customer calls</source>
        <translation>Что делать оператору, когда звонит этот абонент</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Бессрочно</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>C&amp;olour:</source>
        <translation>&amp;Цвет:</translation>
    </message>
    <message>
        <source>&amp;Handling guidance:</source>
        <translation>&amp;Как общаться:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>&amp;Вывести из употребления</translation>
    </message>
    <message>
        <source>Tag Colour</source>
        <translation>Цвет отметки</translation>
    </message>
    <message>
        <source>Delete the tag &quot;%1&quot;? This cannot be undone.</source>
        <translation>Удалить отметку «%1»? Это действие нельзя отменить.</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>&amp;Важность:</translation>
    </message>
    <message>
        <source>E&amp;xpires after:</source>
        <translation>&amp;Действует:</translation>
    </message>
    <message>
        <source>New &amp;Tag</source>
        <translation>&amp;Новая отметка</translation>
    </message>
    <message>
        <source>Restore Shi&amp;pped Text</source>
        <translation>Вернуть &amp;стандартный текст</translation>
    </message>
    <message>
        <source>the new tag</source>
        <translation>новую отметку</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation>Сохранить изменения: %1?</translation>
    </message>
    <message>
        <source>Reinstat&amp;e</source>
        <translation>&amp;Вернуть в употребление</translation>
    </message>
</context>
<context>
    <name>abonent::TagListModel</name>
    <message>
        <source>%1 (retired)</source>
        <translation>%1 (выведена из употребления)</translation>
    </message>
</context>
<context>
    <name>abonent::TagPickerDialog</name>
    <message>
        <source>Tag Customer — %1</source>
        <translation>Отметка абонента — %1</translation>
    </message>
    <message>
        <source>Type to find a tag</source>
        <translation>Начните вводить название отметки</translation>
    </message>
    <message>
        <source>What happened, in a sentence: the next operator reads it</source>
        <translation>Что случилось, одним предложением: это прочтёт следующий оператор</translation>
    </message>
    <message>
        <source>&amp;Does not expire</source>
        <translation>&amp;Бессрочно</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>&amp;Отметка:</translation>
    </message>
    <message>
        <source>Handling:</source>
        <translation>Как общаться:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>&amp;Основание:</translation>
    </message>
    <message>
        <source>E&amp;xpires:</source>
        <translation>Дей&amp;ствует до:</translation>
    </message>
    <message>
        <source>&amp;Add to This Contact</source>
        <translation>&amp;Добавить к обращению</translation>
    </message>
    <message>
        <source>&amp;Set Tag</source>
        <translation>&amp;Поставить отметку</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>This contact (being recorded)</source>
        <translation>Это обращение (записывается сейчас)</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>No tag matches &quot;%1&quot;.</source>
        <translation>Нет отметки, подходящей под «%1».</translation>
    </message>
    <message>
        <source>No special handling.</source>
        <translation>Особого подхода не требуется.</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Причина (обязательно):</translation>
    </message>
    <message>
        <source>Choose a tag first.</source>
        <translation>Сначала выберите отметку.</translation>
    </message>
    <message>
        <source>Say why &quot;%1&quot; is set: the next operator and the manager rely on the reason.</source>
        <translation>Укажите, почему ставится отметка «%1»: следующий оператор и менеджер опираются на причину.</translation>
    </message>
    <message>
        <source>recording kept</source>
        <translation>есть запись</translation>
    </message>
</context>
<context>
    <name>abonent::TimelineModel</name>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>recorded (Enter plays)</source>
        <translation>есть запись (Enter — прослушать)</translation>
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
Выручка: %2
Затраты на поддержку: %3 (%4 выручки)
Убыточные абоненты: %5 из %6</translation>
    </message>
    <message>
        <source>Revenue and support cost month by month</source>
        <translation>Выручка и затраты на поддержку по месяцам</translation>
    </message>
    <message>
        <source>Cost share of revenue (%)</source>
        <translation>Доля затрат в выручке (%)</translation>
    </message>
    <message>
        <source>Loss-making customers</source>
        <translation>Убыточные абоненты</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <source>Support cost</source>
        <translation>Затраты на поддержку</translation>
    </message>
    <message>
        <source>Cost share of revenue</source>
        <translation>Доля затрат в выручке</translation>
    </message>
    <message>
        <source>%1, up to %2</source>
        <translation>%1, по %2</translation>
    </message>
</context>
<context>
    <name>abonent::UnlinkedCallsDialog</name>
    <message>
        <source>Unlinked Calls</source>
        <translation>Непривязанные звонки</translation>
    </message>
    <message>
        <source>Calls recorded before anyone knew whose they were. Choose a call, find its customer below and press Enter: it goes on their history, with its recording.</source>
        <translation>Звонки, записанные, пока не было известно, чьи они. Выберите звонок, найдите ниже абонента и нажмите Enter: звонок вместе с записью попадёт в его историю.</translation>
    </message>
    <message>
        <source>No calls are waiting for a customer.</source>
        <translation>Звонков без абонента нет.</translation>
    </message>
    <message>
        <source>Whose call was it? Name, contract, phone or address</source>
        <translation>Чей это был звонок? Имя, договор, телефон или адрес</translation>
    </message>
    <message>
        <source>&amp;Link the chosen call to:</source>
        <translation>&amp;Привязать выбранный звонок к:</translation>
    </message>
    <message>
        <source>&amp;Not a Customer&apos;s Call…</source>
        <translation>&amp;Звонок не абонента…</translation>
    </message>
    <message>
        <source>Choose a call first, then its customer.</source>
        <translation>Сначала выберите звонок, затем абонента.</translation>
    </message>
    <message>
        <source>The call is now on the customer&apos;s history.</source>
        <translation>Звонок добавлен в историю абонента.</translation>
    </message>
    <message>
        <source>Not a Customer&apos;s Call</source>
        <translation>Звонок не абонента</translation>
    </message>
    <message>
        <source>The call stays on record, out of this list. Say whose it was, or why it is nobody&apos;s (a sales call, a stranger&apos;s wrong number).</source>
        <translation>Звонок останется в базе, но уйдёт из этого списка. Укажите, чей он или почему он ничей (реклама, посторонний ошибся номером).</translation>
    </message>
    <message>
        <source>&amp;Set Aside</source>
        <translation>&amp;Отложить</translation>
    </message>
    <message>
        <source>The call was set aside; it stays on record.</source>
        <translation>Звонок отложен; он остаётся в базе.</translation>
    </message>
</context>
<context>
    <name>abonent::UnlinkedCallsModel</name>
    <message>
        <source>withheld</source>
        <translation>скрыт</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Звонивший</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>Принял</translation>
    </message>
    <message>
        <source>About</source>
        <translation>О чём</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Кратко</translation>
    </message>
</context>
<context>
    <name>abonent::WritePage</name>
    <message>
        <source>Import</source>
        <translation>Загрузка</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Остановить</translation>
    </message>
    <message>
        <source>Stop the import; nothing of it is kept.</source>
        <translation>Остановить загрузку; ничего из неё не сохранится.</translation>
    </message>
    <message>
        <source>Say who is at this desk first: the import is recorded under a name.</source>
        <translation>Сначала укажите, кто за рабочим местом: загрузка записывается под именем.</translation>
    </message>
    <message>
        <source>Importing %1… Stop keeps nothing of it.</source>
        <translation>Загружается %1… При остановке ничего не сохранится.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Ничего не загружено: %1</translation>
    </message>
    <message>
        <source>Stopped. Nothing of the file was imported.</source>
        <translation>Остановлено. Ничего из файла не загружено.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) were refused.</source>
        <translation>
            <numerusform>Ничего не загружено: отклонена %n строка.</numerusform>
            <numerusform>Ничего не загружено: отклонены %n строки.</numerusform>
            <numerusform>Ничего не загружено: отклонено %n строк.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 updated, %3 already there and unchanged.</source>
        <translation>Загружено: добавлено %1, обновлено %2, уже были и не изменились %3.</translation>
    </message>
</context>
<context>
    <name>abonent::sql</name>
    <message>
        <source>The query returned no rows: %1</source>
        <translation>Запрос не вернул ни одной строки: %1</translation>
    </message>
    <message>
        <source>The database gave no id for the new row: %1</source>
        <translation>База данных не сообщила номер новой записи: %1</translation>
    </message>
    <message>
        <source>The database server cannot be reached, so nothing was read or written. What you entered is still here; Abonent reconnects by itself, so try again in a moment.</source>
        <translation>Сервер базы данных недоступен, поэтому ничего не прочитано и не записано. Введённое вами осталось на месте; Abonent переподключится сам — повторите через минуту.</translation>
    </message>
    <message>
        <source>The database server refused this: your login&apos;s role does not allow it. Nothing was written.</source>
        <translation>Сервер базы данных отказал: роль вашего логина этого не разрешает. Ничего не записано.</translation>
    </message>
</context>
</TS>
