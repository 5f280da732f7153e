#pragma once

#include "Command.h"

namespace abonent::cli {

// `abonent export --db PATH --out DIR`: every table as a CSV file and all of
// them in abonent.json (DataExport), into a folder that is new or empty.
// Prints "exported<TAB>folder" and "file<TAB>rows" for each file. Exit 0
// exported, 2 an error (nothing is left behind).
class ExportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    QString name() const override { return QStringLiteral("export"); }
    QString description() const override;
    int run(const QStringList& arguments, QTextStream& out, QTextStream& err) override;
};

} // namespace abonent::cli
