#pragma once

#include "Command.h"

namespace abonent::cli {

// `abonent import --db PATH --kind KIND FILE [--map MAPFILE] [--dry-run]
// [--report FILE]`: one CSV file brought in whole, or nothing of it. Exit 0
// imported (or a dry run found nothing to refuse), 1 rows refused and
// nothing imported, 2 an error.
class ImportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    QString name() const override { return QStringLiteral("import"); }
    QString description() const override;
    int run(const QStringList& arguments, QTextStream& out, QTextStream& err) override;
};

} // namespace abonent::cli
