#pragma once

#include "Command.h"

namespace abonent::cli {

// `abonent call --from NUMBER [--to EXTENSION]`: a PBX hook. Hands the call
// to the running Abonent of this user, or starts one that opens on it.
class CallCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CallCommand)

public:
    QString name() const override { return QStringLiteral("call"); }
    QString description() const override;
    int run(const QStringList& arguments, QTextStream& out, QTextStream& err) override;
};

} // namespace abonent::cli
