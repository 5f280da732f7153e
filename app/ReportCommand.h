#pragma once

#include "Command.h"

namespace abonent::cli {

// `abonent report economics`: one row per customer with revenue, support
// cost and margin (minor units and currency), minutes and contacts over a
// range of months — the figures the economics charts show.
class ReportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)

public:
    QString name() const override { return QStringLiteral("report"); }
    QString description() const override;
    int run(const QStringList& arguments, QTextStream& out, QTextStream& err) override;
};

} // namespace abonent::cli
