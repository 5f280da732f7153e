#include "ErasedCustomers.h"

#include "SqlSupport.h"

#include <QLocale>

namespace abonent {

QString ErasedCustomers::placeholderName(qint64 customerId)
{
    return tr("Erased customer #%1").arg(customerId);
}

Status ErasedCustomers::refuseIfErased(const QSqlDatabase& db, qint64 customerId)
{
    auto erased = sql::select(db, QStringLiteral("SELECT erased_at FROM customers WHERE id = ?"), {customerId});
    if (!erased) {
        return erased.error();
    }
    if (erased->next() && !erased->value(0).isNull()) {
        return refusal(sql::fromEpoch(erased->value(0).toLongLong()));
    }
    return {};
}

Error ErasedCustomers::refusal(const QDateTime& erasedAt)
{
    return makeError(Error::Code::Invalid,
                     tr("This customer's personal data was erased on %1; nothing new is recorded about them.")
                         .arg(QLocale().toString(erasedAt.toLocalTime().date(), QLocale::ShortFormat)));
}

} // namespace abonent
