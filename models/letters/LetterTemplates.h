#pragma once

#include "Actor.h"
#include "DomainTypes.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

namespace abonent {

// One saved version of a template. Versions are never changed: an edit is
// a new version, and a letter points at the version it was made from.
struct LetterTemplateVersion
{
    qint64 id = 0;
    LetterKind kind = LetterKind::SupportReminder;
    QString language;
    int version = 0;
    QString body;
    bool shipped = false; // the text Abonent ships, as shipped
    QDateTime createdAt;
    QString createdByName;
};

class LetterTemplates
{
    Q_DECLARE_TR_FUNCTIONS(LetterTemplates)

public:
    explicit LetterTemplates(QSqlDatabase db);

    // The newest version: what new letters are made from.
    Result<LetterTemplateVersion> current(LetterKind kind, const QString& language) const;
    Result<LetterTemplateVersion> find(qint64 id) const;
    // Newest first.
    Result<QList<LetterTemplateVersion>> versions(LetterKind kind, const QString& language) const;

    // Saves `body` as the next version after checking its placeholders.
    // Managers and owners only.
    Result<LetterTemplateVersion>
    save(const Actor& actor, LetterKind kind, const QString& language, const QString& body);
    // The shipped text as the next version.
    Result<LetterTemplateVersion> restoreShipped(const Actor& actor, LetterKind kind, const QString& language);

private:
    Result<LetterTemplateVersion>
    insert(const Actor& actor, LetterKind kind, const QString& language, const QString& body, bool shipped);
    Result<QList<LetterTemplateVersion>> select(const QString& condition, const QVariantList& values) const;

    QSqlDatabase m_db;
};

} // namespace abonent
