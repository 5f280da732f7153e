#pragma once

#include "Command.h"

namespace abonent::cli {

// `abonent restore --db PATH --from BACKUP`: the backup is checked (an
// Abonent database, a schema this program knows, whole), the content it
// replaces is kept beside the database, and only then is it put back.
class RestoreCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RestoreCommand)

public:
    QString name() const override { return QStringLiteral("restore"); }
    QString description() const override;
    int run(const QStringList& arguments, QTextStream& out, QTextStream& err) override;
};

} // namespace abonent::cli
