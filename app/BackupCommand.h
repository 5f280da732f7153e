#pragma once

#include "Command.h"

namespace abonent::cli {

// `abonent backup --db PATH --to FILE`: a consistent copy of the database,
// taken by SQLite while other desks may be writing, and checked before it is
// called a backup.
class BackupCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(BackupCommand)

public:
    QString name() const override { return QStringLiteral("backup"); }
    QString description() const override;
    int run(const QStringList& arguments, QTextStream& out, QTextStream& err) override;
};

} // namespace abonent::cli
