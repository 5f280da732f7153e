#include "ShippedLetters.h"

#include "SqlSupport.h"

#include <QDateTime>
#include <QFile>
#include <QSqlQuery>

namespace abonent {

namespace {

QString resourceText(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QString::fromUtf8(file.readAll());
}

} // namespace

QStringList ShippedLetters::languages()
{
    return {QStringLiteral("en"), QStringLiteral("ru"), QStringLiteral("uk")};
}

QString ShippedLetters::body(LetterKind kind, const QString& language)
{
    return resourceText(QStringLiteral(":/letters/%1.%2.html").arg(codeOf(kind), language));
}

QString ShippedLetters::wordsToAvoid(const QString& language)
{
    return resourceText(QStringLiteral(":/letters/avoid.%1.txt").arg(language));
}

Status ShippedLetters::insertInto(const QSqlDatabase& db)
{
    QSqlQuery insert(db);
    if (!insert.prepare(QStringLiteral("INSERT INTO letter_templates (kind, language, version, body, shipped,"
                                       " created_at) VALUES (?, ?, 1, ?, 1, ?)"))) {
        return sql::queryError(insert);
    }
    const qint64 now = sql::toEpoch(QDateTime::currentDateTimeUtc());
    for (const QString& kind : allCodes<LetterKind>()) {
        for (const QString& language : languages()) {
            const QString text = body(*fromCode<LetterKind>(kind), language);
            if (text.isEmpty()) {
                return makeError(Error::Code::Io,
                                 QStringLiteral("The shipped letter template %1.%2 is missing from this build.")
                                     .arg(kind, language));
            }
            if (Status status = sql::execPrepared(insert, {kind, language, text, now}); !status) {
                return status;
            }
        }
    }
    return {};
}

} // namespace abonent
