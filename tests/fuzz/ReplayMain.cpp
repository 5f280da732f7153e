// Runs a fuzz target's LLVMFuzzerTestOneInput over files, without libFuzzer:
// the seed corpus and the inputs of past findings, in the normal build's
// test suite. Arguments are files or folders (every file in them).
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace {

QStringList inputsIn(const QString& argument)
{
    const QFileInfo info(argument);
    if (info.isFile()) {
        return {argument};
    }
    QStringList files;
    QDirIterator it(argument, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        files.append(it.next());
    }
    files.sort();
    return files;
}

} // namespace

int main(int argc, char** argv)
{
    int replayed = 0;
    for (int i = 1; i < argc; ++i) {
        const QString argument = QString::fromLocal8Bit(argv[i]);
        if (!QFileInfo::exists(argument)) {
            std::fprintf(stderr, "%s does not exist\n", argv[i]);
            return 2;
        }
        for (const QString& path : inputsIn(argument)) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "cannot read %s\n", qUtf8Printable(path));
                return 2;
            }
            const QByteArray bytes = file.readAll();
            std::printf("%s (%lld bytes)\n", qUtf8Printable(path), static_cast<long long>(bytes.size()));
            std::fflush(stdout);
            LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(bytes.constData()),
                                   static_cast<size_t>(bytes.size()));
            ++replayed;
        }
    }
    std::printf("replayed %d inputs\n", replayed);
    // A target given nothing to replay tests nothing.
    return replayed > 0 ? 0 : 1;
}
