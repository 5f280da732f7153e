#pragma once

#include "Clock.h"
#include "LetterPdf.h"
#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>

namespace abonent {

// Everything on record about a customer's escalation, in one document for
// the owner or a lawyer: the customer and contract, plan history, the
// contacts of the period with the caller's conduct, tags with reasons and
// evidence, support use against the allowance and cost against revenue by
// month, each case step with who and when, and the letters with their
// numbers and digests. An internal document, in the desk's language.
class CaseFile
{
    Q_DECLARE_TR_FUNCTIONS(CaseFile)

public:
    explicit CaseFile(QSqlDatabase db, Clock clock = systemClock());

    // The contacts and months shown are those from `from` to today.
    Result<QString> html(qint64 customerId, const QDate& from) const;
    Result<QByteArray> pdf(qint64 customerId, const QDate& from) const;
    // The title it prints under.
    Result<QString> title(qint64 customerId) const;
    // How it is laid out: titled, each page numbered in its footer.
    static LetterPdf::Options pdfOptions(const QString& title);

private:
    QSqlDatabase m_db;
    Clock m_clock;
};

} // namespace abonent
