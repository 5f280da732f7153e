#include "Letterhead.h"

#include "AuditLog.h"
#include "Authorization.h"
#include "OfficeSettings.h"
#include "ShippedLetters.h"
#include "Transaction.h"

#include <QJsonObject>

namespace abonent {

namespace {

QString key(const char* name)
{
    return QStringLiteral("letters.") + QLatin1String(name);
}

QString avoidKey(const QString& language)
{
    return QStringLiteral("letters.avoid.") + language;
}

} // namespace

Result<Letterhead> Letterhead::load(const QSqlDatabase& db)
{
    OfficeSettings settings(db);
    Letterhead letterhead;
    const auto read = [&settings](const char* name, QString& field) -> Status {
        auto value = settings.text(key(name), field);
        if (!value) {
            return value.error();
        }
        field = value.value();
        return {};
    };
    QString logo;
    QString pdfA = QStringLiteral("0");
    for (Status status : {read("company.name", letterhead.companyName),
                          read("company.address", letterhead.address),
                          read("company.registration", letterhead.registration),
                          read("company.phone", letterhead.phone),
                          read("company.email", letterhead.email),
                          read("company.signatory", letterhead.signatory),
                          read("company.signatory_title", letterhead.signatoryTitle),
                          read("company.logo", logo),
                          read("number_prefix", letterhead.numberPrefix),
                          read("pdfa", pdfA),
                          read("default_language", letterhead.defaultLanguage)}) {
        if (!status) {
            return status.error();
        }
    }
    letterhead.logoPng = QByteArray::fromBase64(logo.toLatin1());
    letterhead.pdfA = pdfA == QLatin1String("1");
    return letterhead;
}

Status Letterhead::save(const QSqlDatabase& db, const Actor& actor, const Letterhead& letterhead)
{
    if (Status allowed =
            Authorization(db).requireOwner(actor, LetterheadTexts::tr("Only the owner can change the letterhead."));
        !allowed) {
        return allowed;
    }
    const QString prefix = letterhead.numberPrefix.trimmed();
    if (prefix.isEmpty() || prefix.size() > 12 || prefix.contains(QLatin1Char('/'))
        || prefix.contains(QLatin1Char('\\'))) {
        return makeError(Error::Code::Invalid,
                         LetterheadTexts::tr("The number prefix is 1 to 12 characters and has no slashes "
                                             "(it becomes part of file names)."));
    }
    if (!ShippedLetters::languages().contains(letterhead.defaultLanguage)) {
        return makeError(Error::Code::Invalid,
                         LetterheadTexts::tr("Letters are written in English, Russian or Ukrainian."));
    }
    OfficeSettings settings(db);
    return inTransaction(db, [&]() -> Status {
        const QList<std::pair<const char*, QString>> values {
            {"company.name", letterhead.companyName.trimmed()},
            {"company.address", letterhead.address.trimmed()},
            {"company.registration", letterhead.registration.trimmed()},
            {"company.phone", letterhead.phone.trimmed()},
            {"company.email", letterhead.email.trimmed()},
            {"company.signatory", letterhead.signatory.trimmed()},
            {"company.signatory_title", letterhead.signatoryTitle.trimmed()},
            {"company.logo", QString::fromLatin1(letterhead.logoPng.toBase64())},
            {"number_prefix", prefix},
            {"pdfa", letterhead.pdfA ? QStringLiteral("1") : QStringLiteral("0")},
            {"default_language", letterhead.defaultLanguage},
        };
        QJsonObject after;
        for (const auto& [name, value] : values) {
            if (Status status = settings.setText(key(name), value); !status) {
                return status;
            }
            if (qstrcmp(name, "company.logo") != 0) {
                after.insert(key(name), value);
            }
        }
        after.insert(key("company.logo"),
                     letterhead.logoPng.isEmpty() ? QStringLiteral("none") : QStringLiteral("set"));
        return AuditLog(db).record(actor, 0, AuditLog::settingsChanged(), {}, after);
    });
}

Result<QString> Letterhead::wordsToAvoid(const QSqlDatabase& db, const QString& language)
{
    return OfficeSettings(db).text(avoidKey(language), ShippedLetters::wordsToAvoid(language));
}

Status
Letterhead::setWordsToAvoid(const QSqlDatabase& db, const Actor& actor, const QString& language, const QString& words)
{
    if (Status allowed = Authorization(db).requireManager(
            actor, LetterheadTexts::tr("Only a manager or the owner can change the words letters avoid."));
        !allowed) {
        return allowed;
    }
    return inTransaction(db, [&]() -> Status {
        if (Status status = OfficeSettings(db).setText(avoidKey(language), words); !status) {
            return status;
        }
        return AuditLog(db).record(actor, 0, AuditLog::settingsChanged(), {}, {{avoidKey(language), words}});
    });
}

} // namespace abonent
