#pragma once

#include "Command.h"

namespace abonent::cli {

// `abonent agi --db PATH`: routing in the dialplan. Speaks Asterisk's AGI on
// standard input and output: reads the channel's agi_* lines, looks the
// caller up, and sets ABONENT_ROUTE (difficult, vip or normal),
// ABONENT_MATCHES and, for a known caller, ABONENT_CONTRACT, ABONENT_NAME,
// ABONENT_STATUS, ABONENT_OPERATOR (the login of the operator they last
// spoke with) and the caller ID name. It never holds up a call: on any error
// it sets ABONENT_ROUTE=normal, says why on standard error and exits 0.
class AgiCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(AgiCommand)

public:
    QString name() const override { return QStringLiteral("agi"); }
    QString description() const override;
    int run(const QStringList& arguments, QTextStream& out, QTextStream& err) override;
};

} // namespace abonent::cli
