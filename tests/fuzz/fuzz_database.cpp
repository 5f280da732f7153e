// The database file itself, as a crash, a bad disk or another program may
// leave it: any bytes, opened for writing and for reading. Refusing is fine
// (with a message); crashing or a sanitizer report is a finding. A file it
// accepts for writing is at the current schema; one it reads stays read-only.
#include "AbonentDatabase.h"
#include "FuzzSupport.h"
#include "Migrations.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace abonent;

namespace {

// A folder in memory where the machine has one: a million opens write a
// lot. Removed at exit.
QTemporaryDir& folder()
{
    static QTemporaryDir dir(QDir(QStringLiteral("/dev/shm")).exists()
                                 ? QStringLiteral("/dev/shm/abonent-fuzz-XXXXXX")
                                 : QDir::tempPath() + QStringLiteral("/abonent-fuzz-XXXXXX"));
    fuzz::check(dir.isValid(), "no temporary folder");
    return dir;
}

void emptyFolder()
{
    QDir dir(folder().path());
    for (const QString& name : dir.entryList(QDir::Files | QDir::Hidden)) {
        dir.remove(name);
    }
}

QString writeDatabase(const QByteArray& bytes)
{
    emptyFolder();
    const QString path = folder().filePath(QStringLiteral("fuzz.sqlite"));
    QFile file(path);
    fuzz::check(file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size(), "cannot write the input");
    return path;
}

void open(const QByteArray& bytes, Database::Mode mode)
{
    const auto opened = openAbonentDatabase(writeDatabase(bytes), mode);
    if (qEnvironmentVariableIsSet("ABONENT_FUZZ_VERBOSE")) {
        std::fprintf(stderr,
                     "  %s: %s\n",
                     mode == Database::Mode::ReadOnly ? "read-only" : "read-write",
                     opened ? "opened" : qUtf8Printable(opened.errorString()));
    }
    if (!opened) {
        fuzz::check(!opened.errorString().isEmpty(), "a refusal without a message");
        return;
    }
    const Database& database = *opened.value();
    if (mode == Database::Mode::ReadOnly) {
        fuzz::check(database.isReadOnly(), "opened for reading, yet writable");
    } else {
        fuzz::check(database.schemaVersion() == latestSchemaVersion(), "opened for writing below the current schema");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzz::application();
    const QByteArray bytes = fuzz::bytesOf(data, size);
    open(bytes, Database::Mode::ReadWrite);
    open(bytes, Database::Mode::ReadOnly);
    emptyFolder();
    return 0;
}
