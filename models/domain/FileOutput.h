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
    // Whether files can be written in `folder` (an existing one), found out
    // by creating one and removing it again: permissions, a read-only mount
    // or a full disk all say no. For work that must not begin unless its
    // files can be saved. The error names the folder and why.
    static Status canWriteIn(const QString& folder);
};

} // namespace abonent
