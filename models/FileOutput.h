#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace abonent {

// Files the program hands to people (letters, exports) are written whole or
// not at all: a half-written PDF or CSV never replaces a good one. They hold
// customer data, so they are readable by their owner only (OwnerOnly).
class FileOutput
{
    Q_DECLARE_TR_FUNCTIONS(FileOutput)

public:
    // The error names the file and why.
    static Status write(const QString& path, const QByteArray& bytes);
};

} // namespace abonent
