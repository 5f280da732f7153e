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

Status ShippedLetters::reviseIn(const QSqlDatabase& db)
{
    QSqlQuery latest(db);
    if (!latest.prepare(QStringLiteral("SELECT version, body, shipped FROM letter_templates"
                                       " WHERE kind = ? AND language = ? ORDER BY version DESC LIMIT 1"))) {
        return sql::queryError(latest);
    }
    QSqlQuery insert(db);
    if (!insert.prepare(QStringLiteral("INSERT INTO letter_templates (kind, language, version, body, shipped,"
                                       " created_at) VALUES (?, ?, ?, ?, 1, ?)"))) {
        return sql::queryError(insert);
    }
    const qint64 now = sql::toEpoch(QDateTime::currentDateTimeUtc());
    for (const QString& kind : allCodes<LetterKind>()) {
        for (const QString& language : languages()) {
            const QString text = body(*fromCode<LetterKind>(kind), language);
            if (Status status = sql::execPrepared(latest, {kind, language}); !status) {
                return status;
            }
            if (!latest.next()) {
                continue; // a kind added later arrives with its own step
            }
            const int version = latest.value(0).toInt();
            const bool unchanged = latest.value(1).toString() == text;
            const bool shipped = latest.value(2).toBool();
            latest.finish();
            if (unchanged || !shipped || text.isEmpty()) {
                continue;
            }
            if (Status status = sql::execPrepared(insert, {kind, language, version + 1, text, now}); !status) {
                return status;
            }
        }
    }
    return {};
}

} // namespace abonent
