#pragma once

#include "Command.h"

namespace abonent::cli {

// `abonent person-data --db PATH --customer CONTRACT_OR_ID --out DIR`:
// everything held about one customer, for their right of access
// (PersonalData), as a JSON file and a readable PDF in DIR. Prints
// "json<TAB>file" and "pdf<TAB>file". Exit 0 written, 1 no such customer,
// 2 an error.
class PersonDataCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(PersonDataCommand)

public:
    QString name() const override { return QStringLiteral("person-data"); }
    QString description() const override;
    int run(const QStringList& arguments, QTextStream& out, QTextStream& err) override;
};

} // namespace abonent::cli
