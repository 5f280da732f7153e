#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace abonent {

// Something in a letter that should not be there.
struct PolitenessHit
{
    enum class Source { TagName, TagReason, Word };
    Source source = Source::Word;
    QString rule; // the tag name, the reason or the listed word that matched
    QString found; // the words as they stand in the letter

    QString describe() const;
};

// Checks a letter's text before it goes out, for what must never reach a
// customer: the names of the tag catalogue (in every language Abonent
// speaks), what operators wrote as reasons for this customer's tags, and the
// office's list of words to avoid. Matching ignores case and ё/е.
class PolitenessCheck
{
    Q_DECLARE_TR_FUNCTIONS(PolitenessCheck)

public:
    // The rules for a letter to `customerId` in `language`.
    static Result<PolitenessCheck> forCustomer(const QSqlDatabase& db, qint64 customerId, const QString& language);

    PolitenessCheck(const QStringList& tagNames, const QStringList& tagReasons, const QString& wordsToAvoid);

    QList<PolitenessHit> check(const QString& plainText) const;
    // One line per hit, for a message or the register.
    static QString summary(const QList<PolitenessHit>& hits);

private:
    struct Rule
    {
        PolitenessHit::Source source;
        QString text;
        QRegularExpression pattern;
    };
    PolitenessCheck() = default;
    void addTagNamesAndWords(const QStringList& tagNames, const QString& wordsToAvoid);
    void addReasons(const QStringList& tagReasons);
    void addPhrase(PolitenessHit::Source source, const QString& text, bool prefix);

    QList<Rule> m_rules;
};

} // namespace abonent
