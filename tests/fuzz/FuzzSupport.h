#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

// Shared by the fuzz targets: the application object some of Qt needs (SQL
// drivers are plugins), the input split into parts, and how a target says
// that the code broke a promise (it aborts, which libFuzzer reports as a
// crash with the input that caused it).
namespace abonent::fuzz {

inline QCoreApplication& application()
{
    static int argc = 1;
    static char name[] = "abonent-fuzz";
    static char* argv[] = {name, nullptr};
    static QCoreApplication* app = new QCoreApplication(argc, argv); // lives until exit, as libFuzzer runs
    return *app;
}

// A broken invariant: print what and stop, so the input is kept.
[[noreturn]] inline void fail(const char* what, const QString& detail = {})
{
    std::fprintf(stderr, "fuzz invariant broken: %s %s\n", what, qUtf8Printable(detail));
    std::abort();
}

inline void check(bool condition, const char* what, const QString& detail = {})
{
    if (!condition) {
        fail(what, detail);
    }
}

// The input as parts separated by a byte (seeds stay readable as text
// files: lines, or NUL-separated fields). Missing parts are empty.
class Parts
{
public:
    Parts(const uint8_t* data, size_t size, char separator)
        : m_parts(QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size)).split(separator))
    {
    }

    QByteArray bytes(qsizetype i) const { return m_parts.value(i); }
    QString text(qsizetype i) const { return QString::fromUtf8(m_parts.value(i)); }
    qsizetype count() const { return m_parts.size(); }

private:
    QList<QByteArray> m_parts;
};

inline QByteArray bytesOf(const uint8_t* data, size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
}

} // namespace abonent::fuzz
