#pragma once

#include "Command.h"

namespace abonent::cli {

// `abonent lookup NUMBER`: who is calling, for PBX scripts. One match a line
// as contract, name and status (tab-separated), most recently contacted
// first; exit 0 with matches, 1 without (a withheld number included, and one
// longer than any phone number, answered without opening the database), 2 on error.
class LookupCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(LookupCommand)

public:
    QString name() const override { return QStringLiteral("lookup"); }
    QString description() const override;
    int run(const QStringList& arguments, QTextStream& out, QTextStream& err) override;
};

} // namespace abonent::cli
