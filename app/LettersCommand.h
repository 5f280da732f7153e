#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace abonent::cli {

// `abonent letters issue`: issues one letter per customer into the
// register and writes each PDF to a folder, printing "number<TAB>file".
// Contracts come from --customer (repeatable) or, without it, from stdin.
class LettersCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(LettersCommand)

public:
    QString name() const override { return QStringLiteral("letters"); }
    QString description() const override;
    int run(const QStringList& arguments, QTextStream& out, QTextStream& err) override;
};

} // namespace abonent::cli
