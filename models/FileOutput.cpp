#include "FileOutput.h"

#include "OwnerOnly.h"

#include <QDir>
#include <QSaveFile>

namespace abonent {

Status FileOutput::write(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    const auto failed = [&file, &path] {
        return makeError(Error::Code::Io,
                         tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    };
    if (!file.open(QIODevice::WriteOnly)) {
        return failed();
    }
    // Every file written here holds customer data. QSaveFile gives its
    // temporary file the permissions of the file it replaces, or the umask's:
    // it is restricted before the first byte, and the rename keeps that.
    if (Status restricted = OwnerOnly::restrictOpen(file); !restricted) {
        return restricted;
    }
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        return failed();
    }
    return {};
}

} // namespace abonent
