#pragma once

#include "Command.h"

namespace abonent::cli {

// `abonent erase --db PATH --customer CONTRACT --as LOGIN [--yes]`: erases
// the customer's personal data on their request (Erasure), keeping the
// anonymised economics and the register. Without --yes it asks for the
// contract number on a terminal, and erases nothing otherwise. Prints
// "erased<TAB>contract", "name<TAB>placeholder", "<table><TAB>rows" for
// each table it changed and "recording<TAB>file" for each call recording
// the phone system keeps. Exit 0 erased, 1 refused (the reasons on stderr)
// or not found or not confirmed, 2 an error.
class EraseCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(EraseCommand)

public:
    QString name() const override { return QStringLiteral("erase"); }
    QString description() const override;
    int run(const QStringList& arguments, QTextStream& out, QTextStream& err) override;
};

} // namespace abonent::cli
