#pragma once

#include "Command.h"

namespace abonent::cli {

// `abonent migrate --from FILE --to postgresql://…`: moves an office from its
// database file onto a PostgreSQL server (ServerTransfer). Prints each
// table's rows on both sides and both content digests; the copy is kept
// only when they agree.
class MigrateCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(MigrateCommand)

public:
    QString name() const override { return QStringLiteral("migrate"); }
    QString description() const override;
    int run(const QStringList& arguments, QTextStream& out, QTextStream& err) override;
};

} // namespace abonent::cli
