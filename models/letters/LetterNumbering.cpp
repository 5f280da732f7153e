#include "LetterNumbering.h"

#include "SqlDialect.h"
#include "SqlSupport.h"

#include <QSqlQuery>

namespace abonent {

LetterNumbering::LetterNumbering(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<int> LetterNumbering::expectedNext(int year) const
{
    auto last = sql::scalar(
        m_db, QStringLiteral("SELECT coalesce(max(last_sequence), 0) FROM letter_register WHERE year = ?"), {year});
    if (!last) {
        return last.error();
    }
    return last->toInt() + 1;
}

Result<int> LetterNumbering::takeNext(int year)
{
    QSqlQuery query(m_db);
    if (Status status = sql::exec(
            query,
            QStringLiteral("INSERT INTO letter_register (year, last_sequence) VALUES (?, 1)")
                + SqlDialect::of(m_db).upsertClause(
                    {QStringLiteral("year")}, QStringLiteral("last_sequence = letter_register.last_sequence + 1")),
            {year});
        !status) {
        return status.error();
    }
    auto sequence =
        sql::scalar(m_db, QStringLiteral("SELECT last_sequence FROM letter_register WHERE year = ?"), {year});
    if (!sequence) {
        return sequence.error();
    }
    return sequence->toInt();
}

QString LetterNumbering::number(const QString& prefix, int year, int sequence)
{
    return QStringLiteral("%1-%2-%3")
        .arg(prefix, QString::number(year), QStringLiteral("%1").arg(sequence, 4, 10, QLatin1Char('0')));
}

} // namespace abonent
