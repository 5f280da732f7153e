<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
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
        <source>Database file to open (default: %1).</source>
        <translation>Открываемый файл базы данных (по умолчанию: %1).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>путь</translation>
    </message>
    <message>
        <source>Fill the database with demo data if it is empty.</source>
        <translation>Заполнить базу данных демонстрационными данными, если она пуста.</translation>
    </message>
</context>
<context>
    <name>CommandSupport</name>
    <message>
        <source>Database file (default: %1).</source>
        <translation>Файл базы данных (по умолчанию: %1).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>путь</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Неожиданный аргумент: %1</translation>
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
        <source>The database %1 does not exist.</source>
        <translation>База данных %1 не существует.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 is not an SQLite database, so it cannot be an Abonent database. It was left untouched.</source>
        <translation>%1 не является базой данных SQLite, поэтому не может быть базой данных программы «Абонент». Файл не изменён.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Не удаётся создать папку %1.</translation>
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
        <source>%1 cannot use write-ahead logging (journal mode stayed &quot;%2&quot;); is the folder on a network share or read-only?</source>
        <translation>Для %1 не удаётся включить журнал упреждающей записи (режим журнала остался «%2»). Возможно, папка находится на сетевом ресурсе или доступна только для чтения?</translation>
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
        <source>Upgrading %1 to schema version %2 (%3) failed and was rolled back: %4</source>
        <translation>Не удалось обновить %1 до версии схемы %2 (%3), изменения отменены: %4</translation>
    </message>
    <message>
        <source>%1 is empty: it holds no Abonent data.</source>
        <translation>Файл %1 пуст: в нём нет данных «Абонента».</translation>
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
</context>
<context>
    <name>DatabaseCheck</name>
    <message>
        <source>Integrity check could not run</source>
        <translation>Не удалось выполнить проверку целостности</translation>
    </message>
    <message>
        <source>Foreign key check could not run</source>
        <translation>Не удалось выполнить проверку внешних ключей</translation>
    </message>
    <message>
        <source>row %1 of %2 refers to a missing row of %3</source>
        <translation>строка %1 таблицы %2 ссылается на отсутствующую строку таблицы %3</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Write a demo customer base (deterministic for a seed and date).</source>
        <translation>Записать демонстрационную базу абонентов (результат однозначно определяется начальным значением и датой).</translation>
    </message>
    <message>
        <source>Number of customers (default 2000).</source>
        <translation>Число абонентов (по умолчанию 2000).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>число</translation>
    </message>
    <message>
        <source>Number of contacts in all (default 50 per customer).</source>
        <translation>Общее число обращений (по умолчанию 50 на абонента).</translation>
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
        <source>Last day of the generated history, YYYY-MM-DD (default today).</source>
        <translation>Последний день создаваемой истории, YYYY-MM-DD (по умолчанию сегодня).</translation>
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
        <source>--customers needs a whole number of 0 or more, not &quot;%1&quot;.</source>
        <translation>Для --customers нужно целое число не меньше 0, а не «%1».</translation>
    </message>
    <message>
        <source>--contacts needs a whole number of 0 or more, not &quot;%1&quot;.</source>
        <translation>Для --contacts нужно целое число не меньше 0, а не «%1».</translation>
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
        <source>The number of customers must be between 0 and 10,000,000.</source>
        <translation>Число абонентов должно быть от 0 до 10&#xa0;000&#xa0;000.</translation>
    </message>
    <message>
        <source>At most 1,000,000,000 contacts can be generated.</source>
        <translation>Можно создать не более 1&#xa0;000&#xa0;000&#xa0;000 обращений.</translation>
    </message>
    <message>
        <source>The demo data needs a valid &quot;as of&quot; date.</source>
        <translation>Для демонстрационных данных нужна корректная дата, по состоянию на которую они создаются.</translation>
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
    <name>PaymentRepository</name>
    <message>
        <source>A payment needs a date.</source>
        <translation>Для платежа нужно указать дату.</translation>
    </message>
    <message>
        <source>A payment needs a positive amount and a currency; its kind says which way it went.</source>
        <translation>Для платежа нужно указать положительную сумму и валюту; направление платежа определяется его видом.</translation>
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
</context>
<context>
    <name>abonent::GuiApplication</name>
    <message>
        <source>Unknown command &quot;%1&quot;. Run &quot;abonent --help&quot; for the list.</source>
        <translation>Неизвестная команда «%1». Чтобы увидеть список команд, выполните «abonent --help».</translation>
    </message>
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
        <source>Upgraded the database; the previous version is kept as %1.</source>
        <translation>База данных обновлена; предыдущая версия сохранена как %1.</translation>
    </message>
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
        <source>&amp;New Database…</source>
        <translation>&amp;Создать базу данных…</translation>
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
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n абонент</numerusform>
            <numerusform>%n абонента</numerusform>
            <numerusform>%n абонентов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>abonent::sql</name>
    <message>
        <source>The query returned no rows: %1</source>
        <translation>Запрос не вернул ни одной строки: %1</translation>
    </message>
</context>
</TS>
