#include "LetterRegisterCheck.h"

#include "SqlSupport.h"

#include <QCryptographicHash>
#include <QSqlQuery>

namespace abonent {

LetterRegisterCheck::LetterRegisterCheck(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<LetterRegisterCheck::Findings> LetterRegisterCheck::check() const
{
    Findings found;
    for (const auto step : {&LetterRegisterCheck::findGapsAndRepeats,
                            &LetterRegisterCheck::findCountersOff,
                            &LetterRegisterCheck::findAlteredPdfs}) {
        if (Status status = (this->*step)(found); !status) {
            return status.error();
        }
    }
    return found;
}

Result<QStringList> LetterRegisterCheck::problems() const
{
    auto found = check();
    if (!found) {
        return found.error();
    }
    return found->problems;
}

Status LetterRegisterCheck::findGapsAndRepeats(Findings& findings) const
{
    QStringList& problems = findings.problems;
    // Each number against the one before it in its year (0 before the
    // first): a step of 1 is right, more leaves numbers out, 0 repeats one.
    auto steps =
        sql::select(m_db,
                    QStringLiteral("SELECT year, sequence, step FROM (SELECT year, sequence, sequence"
                                   " - lag(sequence, 1, 0) OVER (PARTITION BY year ORDER BY sequence)"
                                   " AS step FROM letters) AS numbered WHERE step <> 1 ORDER BY year, sequence"));
    if (!steps) {
        return steps.error();
    }
    while (steps->next()) {
        const QString year = steps->value(0).toString();
        const qint64 sequence = steps->value(1).toLongLong();
        const qint64 step = steps->value(2).toLongLong();
        if (step == 0) {
            problems << tr("Letter register %1: number %2 is given to more than one letter.")
                            .arg(year, QString::number(sequence));
        } else if (step == 2) {
            problems << tr("Letter register %1: number %2 is missing.").arg(year, QString::number(sequence - 1));
        } else {
            problems << tr("Letter register %1: numbers %2 to %3 are missing.")
                            .arg(year, QString::number(sequence - step + 1), QString::number(sequence - 1));
        }
    }
    return {};
}

Status LetterRegisterCheck::findCountersOff(Findings& findings) const
{
    QStringList& problems = findings.problems;
    // Every year that has a counter or letters, with both side by side.
    auto years = sql::select(m_db,
                             QStringLiteral("SELECT year, max(counter), max(highest) FROM ("
                                            " SELECT year, last_sequence AS counter, NULL AS highest"
                                            " FROM letter_register UNION ALL"
                                            " SELECT year, NULL, max(sequence) FROM letters GROUP BY year) AS years"
                                            " GROUP BY year ORDER BY year"));
    if (!years) {
        return years.error();
    }
    while (years->next()) {
        const QString year = years->value(0).toString();
        const QVariant counter = years->value(1);
        const qint64 highest = years->value(2).toLongLong(); // NULL: no letters, 0
        if (counter.isNull()) {
            problems << tr("Letter register %1: the year has letters up to number %2 but no counter.")
                            .arg(year, QString::number(highest));
        } else if (counter.toLongLong() != highest) {
            problems << tr("Letter register %1: the counter stands at %2, but the highest number issued is %3.")
                            .arg(year, counter.toString(), QString::number(highest));
        }
    }
    return {};
}

Status LetterRegisterCheck::findAlteredPdfs(Findings& findings) const
{
    auto letters = sql::select(m_db,
                               QStringLiteral("SELECT l.number, l.pdf, l.pdf_sha256, c.erased_at, l.content"
                                              " FROM letters l JOIN customers c ON c.id = l.customer_id"
                                              " ORDER BY l.id"));
    if (!letters) {
        return letters.error();
    }
    while (letters->next()) {
        const QString number = letters->value(0).toString();
        const QByteArray pdf = letters->value(1).toByteArray();
        const bool erased = !letters->value(3).isNull();
        if (erased) {
            // Erased with its customer's data: the SHA-256 says which PDF went out.
            if (pdf.isEmpty() && letters->value(4).toString().isEmpty()) {
                findings.erased << number;
            } else {
                findings.problems
                    << tr("Letter %1: its customer's personal data was erased, but its text or PDF is still there.")
                           .arg(number);
            }
            continue;
        }
        if (pdf.isEmpty()) {
            findings.problems
                << tr("Letter %1: its PDF is missing, and its customer's data was not erased.").arg(number);
            continue;
        }
        const QByteArray digest = QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex();
        if (digest != letters->value(2).toString().toLatin1()) {
            findings.problems << tr("Letter %1: its PDF does not match the SHA-256 stored with it.").arg(number);
        }
    }
    return {};
}

} // namespace abonent
