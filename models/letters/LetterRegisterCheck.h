#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

namespace abonent {

// Whether the letter register is as it was issued: each year's numbers run
// 1, 2, … n with none missing or given twice, the year's counter stands at
// the highest number, and every stored PDF still has the SHA-256 stored with
// it. The schema keeps letters append-only; this finds what was changed
// around it (by hand, or by a tool that dropped the triggers).
//
// A letter to a customer whose personal data was erased (GDPR art. 17) keeps
// its number, dates and SHA-256 but neither its text nor its PDF: it is
// whole as such, and said to be erased. A PDF missing from any other letter,
// or left in an erased one, is a problem.
class LetterRegisterCheck
{
    Q_DECLARE_TR_FUNCTIONS(LetterRegisterCheck)

public:
    struct Findings
    {
        QStringList problems; // one sentence per problem; empty when the register is whole
        QStringList erased; // the numbers of the letters erased with their customer's data
    };

    explicit LetterRegisterCheck(QSqlDatabase db);

    Result<Findings> check() const;
    // The problems alone.
    Result<QStringList> problems() const;

private:
    Status findGapsAndRepeats(Findings& findings) const;
    Status findCountersOff(Findings& findings) const;
    Status findAlteredPdfs(Findings& findings) const;

    QSqlDatabase m_db;
};

} // namespace abonent
