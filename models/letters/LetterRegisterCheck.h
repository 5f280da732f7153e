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
class LetterRegisterCheck
{
    Q_DECLARE_TR_FUNCTIONS(LetterRegisterCheck)

public:
    explicit LetterRegisterCheck(QSqlDatabase db);

    // One sentence per problem; empty when the register is whole.
    Result<QStringList> problems() const;

private:
    Status findGapsAndRepeats(QStringList& problems) const;
    Status findCountersOff(QStringList& problems) const;
    Status findAlteredPdfs(QStringList& problems) const;

    QSqlDatabase m_db;
};

} // namespace abonent
