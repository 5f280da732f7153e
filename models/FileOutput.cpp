#include "FileOutput.h"

#include <QDir>
#include <QSaveFile>

namespace abonent {

Status FileOutput::write(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return makeError(Error::Code::Io,
                         tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return {};
}

} // namespace abonent
