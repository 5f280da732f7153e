#include "ImportSpec.h"

#include <algorithm>

namespace abonent {

namespace {

// Headings shared by several kinds.
QStringList contractHeadings()
{
    return {QStringLiteral("contract"),
            QStringLiteral("contract number"),
            QStringLiteral("contract no"),
            QStringLiteral("account"),
            QStringLiteral("account number"),
            QStringLiteral("договор"),
            QStringLiteral("номер договора"),
            QStringLiteral("№ договора"),
            QStringLiteral("лицевой счет"),
            QStringLiteral("лицевой счёт"),
            QStringLiteral("договір"),
            QStringLiteral("номер договору"),
            QStringLiteral("№ договору"),
            QStringLiteral("особовий рахунок")};
}

QStringList noteHeadings()
{
    return {QStringLiteral("note"),
            QStringLiteral("notes"),
            QStringLiteral("comment"),
            QStringLiteral("remarks"),
            QStringLiteral("примечание"),
            QStringLiteral("комментарий"),
            QStringLiteral("примітка"),
            QStringLiteral("коментар")};
}

QStringList planHeadings()
{
    return {QStringLiteral("plan"),
            QStringLiteral("tariff"),
            QStringLiteral("plan name"),
            QStringLiteral("тариф"),
            QStringLiteral("тарифный план"),
            QStringLiteral("тарифний план")};
}

} // namespace

QList<ImportKind> ImportSpec::kinds()
{
    return {ImportKind::Customers,
            ImportKind::Phones,
            ImportKind::Plans,
            ImportKind::PlanPeriods,
            ImportKind::Payments,
            ImportKind::Contacts};
}

QString ImportSpec::nameOf(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Customers:
        return QStringLiteral("customers");
    case ImportKind::Phones:
        return QStringLiteral("phones");
    case ImportKind::Plans:
        return QStringLiteral("plans");
    case ImportKind::PlanPeriods:
        return QStringLiteral("plan-periods");
    case ImportKind::Payments:
        return QStringLiteral("payments");
    case ImportKind::Contacts:
        return QStringLiteral("contacts");
    }
    return {};
}

std::optional<ImportKind> ImportSpec::fromName(const QString& name)
{
    for (ImportKind kind : kinds()) {
        if (nameOf(kind) == name.trimmed().toLower()) {
            return kind;
        }
    }
    return std::nullopt;
}

QString ImportSpec::labelOf(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Customers:
        return tr("Customers");
    case ImportKind::Phones:
        return tr("Phone numbers");
    case ImportKind::Plans:
        return tr("Plans");
    case ImportKind::PlanPeriods:
        return tr("Plan history");
    case ImportKind::Payments:
        return tr("Payments");
    case ImportKind::Contacts:
        return tr("Contact history");
    }
    return {};
}

QList<ImportField> ImportSpec::fieldsOf(ImportKind kind)
{
    const ImportField contract {QStringLiteral("contract"), tr("Contract number"), true, contractHeadings()};
    switch (kind) {
    case ImportKind::Customers:
        return {
            contract,
            {QStringLiteral("name"),
             tr("Name"),
             true,
             {QStringLiteral("name"),
              QStringLiteral("customer"),
              QStringLiteral("customer name"),
              QStringLiteral("full name"),
              QStringLiteral("client"),
              QStringLiteral("фио"),
              QStringLiteral("ф.и.о."),
              QStringLiteral("имя"),
              QStringLiteral("клиент"),
              QStringLiteral("абонент"),
              QStringLiteral("наименование"),
              QStringLiteral("піб"),
              QStringLiteral("ім'я"),
              QStringLiteral("клієнт"),
              QStringLiteral("найменування")}},
            {QStringLiteral("kind"),
             tr("Person or company"),
             false,
             {QStringLiteral("kind"),
              QStringLiteral("type"),
              QStringLiteral("customer type"),
              QStringLiteral("тип"),
              QStringLiteral("тип клиента"),
              QStringLiteral("тип клієнта")}},
            {QStringLiteral("phone"),
             tr("Phone"),
             false,
             {QStringLiteral("phone"),
              QStringLiteral("telephone"),
              QStringLiteral("phone number"),
              QStringLiteral("mobile"),
              QStringLiteral("tel"),
              QStringLiteral("телефон"),
              QStringLiteral("номер телефона"),
              QStringLiteral("номер телефону"),
              QStringLiteral("мобильный"),
              QStringLiteral("мобільний")}},
            {QStringLiteral("phone2"),
             tr("Second phone"),
             false,
             {QStringLiteral("phone 2"),
              QStringLiteral("second phone"),
              QStringLiteral("other phone"),
              QStringLiteral("телефон 2"),
              QStringLiteral("доп. телефон"),
              QStringLiteral("дополнительный телефон"),
              QStringLiteral("додатковий телефон")}},
            {QStringLiteral("address"),
             tr("Address"),
             false,
             {QStringLiteral("address"), QStringLiteral("адрес"), QStringLiteral("адреса")}},
            {QStringLiteral("email"),
             tr("E-mail"),
             false,
             {QStringLiteral("email"),
              QStringLiteral("e-mail"),
              QStringLiteral("mail"),
              QStringLiteral("почта"),
              QStringLiteral("эл. почта"),
              QStringLiteral("электронная почта"),
              QStringLiteral("пошта"),
              QStringLiteral("ел. пошта"),
              QStringLiteral("електронна пошта")}},
            {QStringLiteral("notes"), tr("Notes"), false, noteHeadings()},
            {QStringLiteral("status"),
             tr("Status"),
             false,
             {QStringLiteral("status"), QStringLiteral("state"), QStringLiteral("статус"), QStringLiteral("стан")}},
            {QStringLiteral("since"),
             tr("Customer since"),
             false,
             {QStringLiteral("customer since"),
              QStringLiteral("since"),
              QStringLiteral("connected"),
              QStringLiteral("connected on"),
              QStringLiteral("start date"),
              QStringLiteral("дата подключения"),
              QStringLiteral("подключен"),
              QStringLiteral("дата договора"),
              QStringLiteral("дата підключення"),
              QStringLiteral("підключено"),
              QStringLiteral("дата договору")}},
            {QStringLiteral("plan"), tr("Plan"), false, planHeadings()},
            {QStringLiteral("balance"),
             tr("Balance (prepaid + / owed −)"),
             false,
             {QStringLiteral("balance"),
              QStringLiteral("opening balance"),
              QStringLiteral("баланс"),
              QStringLiteral("сальдо"),
              QStringLiteral("остаток"),
              QStringLiteral("залишок")}},
            // Per customer, where a file has it (Abonent's own export does);
            // otherwise the one date the import is told the balances stand at.
            {QStringLiteral("balance_on"),
             tr("Balance as of"),
             false,
             {QStringLiteral("opening balance on"),
              QStringLiteral("balance on"),
              QStringLiteral("balance date"),
              QStringLiteral("balance as of"),
              QStringLiteral("дата баланса"),
              QStringLiteral("дата сальдо"),
              QStringLiteral("дата остатка"),
              QStringLiteral("дата балансу"),
              QStringLiteral("дата залишку")}},
        };
    case ImportKind::Phones:
        return {contract,
                {QStringLiteral("phone"),
                 tr("Phone"),
                 true,
                 {QStringLiteral("phone"),
                  QStringLiteral("telephone"),
                  QStringLiteral("number"),
                  QStringLiteral("phone number"),
                  QStringLiteral("телефон"),
                  QStringLiteral("номер"),
                  QStringLiteral("номер телефона"),
                  QStringLiteral("номер телефону")}},
                {QStringLiteral("label"),
                 tr("Label"),
                 false,
                 {QStringLiteral("label"),
                  QStringLiteral("type"),
                  QStringLiteral("description"),
                  QStringLiteral("тип"),
                  QStringLiteral("описание"),
                  QStringLiteral("опис")}}};
    case ImportKind::Plans:
        return {{QStringLiteral("name"),
                 tr("Plan name"),
                 true,
                 planHeadings()
                     + QStringList {QStringLiteral("name"), QStringLiteral("название"), QStringLiteral("назва")}},
                {QStringLiteral("fee"),
                 tr("Monthly fee"),
                 true,
                 {QStringLiteral("fee"),
                  QStringLiteral("monthly fee"),
                  QStringLiteral("price"),
                  QStringLiteral("абонплата"),
                  QStringLiteral("абонентская плата"),
                  QStringLiteral("стоимость"),
                  QStringLiteral("цена"),
                  QStringLiteral("абонентська плата"),
                  QStringLiteral("вартість"),
                  QStringLiteral("ціна")}},
                {QStringLiteral("minutes"),
                 tr("Support minutes included"),
                 false,
                 {QStringLiteral("support minutes"),
                  QStringLiteral("included minutes"),
                  QStringLiteral("minutes"),
                  QStringLiteral("минуты поддержки"),
                  QStringLiteral("минуты"),
                  QStringLiteral("хвилини підтримки"),
                  QStringLiteral("хвилини")}},
                {QStringLiteral("rate"),
                 tr("Price of an extra support minute"),
                 false,
                 {QStringLiteral("extra rate"),
                  QStringLiteral("price per minute"),
                  QStringLiteral("extra minute"),
                  QStringLiteral("цена минуты"),
                  QStringLiteral("ціна хвилини")}},
                {QStringLiteral("no_support"),
                 tr("Without support"),
                 false,
                 {QStringLiteral("no support"),
                  QStringLiteral("without support"),
                  QStringLiteral("без поддержки"),
                  QStringLiteral("без підтримки")}},
                {QStringLiteral("active"),
                 tr("Offered"),
                 false,
                 {QStringLiteral("active"),
                  QStringLiteral("offered"),
                  QStringLiteral("активен"),
                  QStringLiteral("активний"),
                  QStringLiteral("в продаже"),
                  QStringLiteral("у продажу")}}};
    case ImportKind::PlanPeriods:
        return {contract,
                {QStringLiteral("plan"), tr("Plan"), true, planHeadings()},
                {QStringLiteral("from"),
                 tr("From"),
                 true,
                 {QStringLiteral("from"),
                  QStringLiteral("start"),
                  QStringLiteral("starts on"),
                  QStringLiteral("date from"),
                  QStringLiteral("с"),
                  QStringLiteral("начало"),
                  QStringLiteral("дата начала"),
                  QStringLiteral("з"),
                  QStringLiteral("початок"),
                  QStringLiteral("дата початку")}},
                {QStringLiteral("until"),
                 tr("Until (not included)"),
                 false,
                 {QStringLiteral("until"),
                  QStringLiteral("to"),
                  QStringLiteral("end"),
                  QStringLiteral("ends on"),
                  QStringLiteral("date to"),
                  QStringLiteral("по"),
                  QStringLiteral("до"),
                  QStringLiteral("конец"),
                  QStringLiteral("дата окончания"),
                  QStringLiteral("кінець"),
                  QStringLiteral("дата закінчення")}}};
    case ImportKind::Payments:
        return {contract,
                {QStringLiteral("date"),
                 tr("Date"),
                 true,
                 {QStringLiteral("date"),
                  QStringLiteral("paid on"),
                  QStringLiteral("payment date"),
                  QStringLiteral("дата"),
                  QStringLiteral("дата платежа"),
                  QStringLiteral("дата оплаты"),
                  QStringLiteral("дата платежу"),
                  QStringLiteral("дата оплати")}},
                {QStringLiteral("amount"),
                 tr("Amount"),
                 true,
                 {QStringLiteral("amount"),
                  QStringLiteral("sum"),
                  QStringLiteral("paid"),
                  QStringLiteral("сумма"),
                  QStringLiteral("сума")}},
                {QStringLiteral("kind"),
                 tr("Kind (fee, support, refund, compensation)"),
                 false,
                 {QStringLiteral("kind"),
                  QStringLiteral("type"),
                  QStringLiteral("purpose"),
                  QStringLiteral("вид"),
                  QStringLiteral("тип"),
                  QStringLiteral("назначение"),
                  QStringLiteral("призначення")}},
                {QStringLiteral("note"), tr("Note"), false, noteHeadings()},
                {QStringLiteral("id"),
                 tr("Payment id in the old system"),
                 false,
                 {QStringLiteral("id"),
                  QStringLiteral("payment id"),
                  QStringLiteral("transaction"),
                  QStringLiteral("transaction id"),
                  QStringLiteral("reference"),
                  QStringLiteral("номер платежа"),
                  QStringLiteral("квитанция"),
                  QStringLiteral("номер платежу"),
                  QStringLiteral("квитанція")}}};
    case ImportKind::Contacts:
        return {contract,
                {QStringLiteral("started"),
                 tr("Date and time"),
                 true,
                 {QStringLiteral("date"),
                  QStringLiteral("started"),
                  QStringLiteral("started at"),
                  QStringLiteral("date time"),
                  QStringLiteral("when"),
                  QStringLiteral("дата"),
                  QStringLiteral("дата и время"),
                  QStringLiteral("дата і час")}},
                {QStringLiteral("time"),
                 tr("Time"),
                 false,
                 {QStringLiteral("time"), QStringLiteral("время"), QStringLiteral("час")}},
                {QStringLiteral("channel"),
                 tr("Channel"),
                 false,
                 {QStringLiteral("channel"),
                  QStringLiteral("type"),
                  QStringLiteral("канал"),
                  QStringLiteral("тип"),
                  QStringLiteral("вид")}},
                {QStringLiteral("duration"),
                 tr("Duration"),
                 false,
                 {QStringLiteral("duration"),
                  QStringLiteral("length"),
                  QStringLiteral("длительность"),
                  QStringLiteral("продолжительность"),
                  QStringLiteral("тривалість")}},
                {QStringLiteral("operator"),
                 tr("Operator"),
                 false,
                 {QStringLiteral("operator"),
                  QStringLiteral("agent"),
                  QStringLiteral("handled by"),
                  QStringLiteral("оператор"),
                  QStringLiteral("сотрудник"),
                  QStringLiteral("співробітник")}},
                {QStringLiteral("topic"),
                 tr("Topic"),
                 false,
                 {QStringLiteral("topic"), QStringLiteral("subject"), QStringLiteral("тема")}},
                {QStringLiteral("summary"),
                 tr("Summary"),
                 false,
                 {QStringLiteral("summary"),
                  QStringLiteral("description"),
                  QStringLiteral("text"),
                  QStringLiteral("details"),
                  QStringLiteral("описание"),
                  QStringLiteral("текст"),
                  QStringLiteral("опис")}},
                {QStringLiteral("outcome"),
                 tr("Outcome"),
                 false,
                 {QStringLiteral("outcome"),
                  QStringLiteral("result"),
                  QStringLiteral("результат"),
                  QStringLiteral("итог"),
                  QStringLiteral("підсумок")}},
                {QStringLiteral("conduct"),
                 tr("Caller's conduct"),
                 false,
                 {QStringLiteral("conduct"),
                  QStringLiteral("behaviour"),
                  QStringLiteral("behavior"),
                  QStringLiteral("поведение"),
                  QStringLiteral("поведінка")}},
                {QStringLiteral("id"),
                 tr("Contact id in the old system"),
                 false,
                 {QStringLiteral("id"),
                  QStringLiteral("ticket"),
                  QStringLiteral("ticket id"),
                  QStringLiteral("call id"),
                  QStringLiteral("номер обращения"),
                  QStringLiteral("номер звернення")}}};
    }
    return {};
}

std::optional<ImportField> ImportSpec::field(ImportKind kind, const QString& key)
{
    for (const ImportField& field : fieldsOf(kind)) {
        if (field.key == key) {
            return field;
        }
    }
    return std::nullopt;
}

QString ImportSpec::comparable(const QString& heading)
{
    QString letters;
    for (const QChar c : heading.toLower()) {
        if (c.isLetterOrNumber() || c == u'№') {
            letters.append(c == u'ё' ? u'е' : c);
        }
    }
    return letters;
}

QStringList ImportSpec::guessFields(ImportKind kind, const QStringList& headings)
{
    QStringList guessed(headings.size());
    QStringList taken;
    const QList<ImportField> fields = fieldsOf(kind);
    for (qsizetype column = 0; column < headings.size(); ++column) {
        const QString heading = comparable(headings.at(column));
        if (heading.isEmpty()) {
            continue;
        }
        for (const ImportField& field : fields) {
            if (taken.contains(field.key)) {
                continue;
            }
            const bool named = std::any_of(field.headings.cbegin(), field.headings.cend(), [&](const QString& known) {
                return comparable(known) == heading;
            });
            if (named || comparable(field.key) == heading) {
                guessed[column] = field.key;
                taken.append(field.key);
                break;
            }
        }
    }
    return guessed;
}

std::optional<ImportKind> ImportSpec::guessKind(const QStringList& headings)
{
    std::optional<ImportKind> best;
    qsizetype bestCount = 0;
    bool tied = false;
    for (ImportKind kind : kinds()) {
        const QStringList fields = guessFields(kind, headings);
        const qsizetype known = std::count_if(fields.cbegin(), fields.cend(), [](const QString& key) {
            return !key.isEmpty() && key != QLatin1String("contract");
        });
        if (known > bestCount) {
            best = kind;
            bestCount = known;
            tied = false;
        } else if (known == bestCount && known > 0) {
            tied = true;
        }
    }
    return tied ? std::nullopt : best;
}

} // namespace abonent
