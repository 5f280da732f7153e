#include "FileOutput.h"

#include "OwnerOnly.h"

#include <QDir>
#include <QSaveFile>
#include <QTemporaryFile>

namespace abonent {

Status FileOutput::write(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    const auto failed = [&file, &path] {
        return makeError(Error::Code::Io,
                         tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    };
    // Unbuffered: a buffered QSaveFile keeps the bytes a full disk did not
    // take in its buffer, and committing then fails to write them yet still
    // puts the cut-short file in place (Qt 6.4).
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        return failed();
    }
    // Every file written here holds customer data. QSaveFile gives its
    // temporary file the permissions of the file it replaces, or the umask's:
    // it is restricted before the first byte, and the rename keeps that.
    if (Status restricted = OwnerOnly::restrictOpen(file); !restricted) {
        return restricted;
    }
    // A write may take only part of the bytes (the disk filled up) without
    // saying why; writing the rest then fails, and says why.
    for (qint64 done = 0; done < bytes.size();) {
        const qint64 written = file.write(bytes.constData() + done, bytes.size() - done);
        if (written <= 0) {
            return failed();
        }
        done += written;
    }
    if (!file.commit()) {
        return failed();
    }
    return {};
}

Status FileOutput::canWriteIn(const QString& folder)
{
    QTemporaryFile probe(QDir(folder).filePath(QStringLiteral(".abonent-probe-XXXXXX")));
    if (!probe.open() || probe.write("probe", 5) != 5 || !probe.flush()) {
        return makeError(
            Error::Code::Io,
            tr("Files cannot be written in %1: %2").arg(QDir::toNativeSeparators(folder), probe.errorString()));
    }
    return {};
}

} // namespace abonent
