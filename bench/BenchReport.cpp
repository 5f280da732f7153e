#include "BenchReport.h"

#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <cmath>

namespace abonent::bench {

double percentile(QList<double> samples, double fraction)
{
    if (samples.isEmpty()) {
        return 0.0;
    }
    std::sort(samples.begin(), samples.end());
    const auto rank = static_cast<qsizetype>(std::ceil(fraction * double(samples.size())));
    return samples.at(std::clamp<qsizetype>(rank - 1, 0, samples.size() - 1));
}

QJsonObject machine()
{
    QString sqliteVersion;
    {
        QSqlDatabase probe = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench-probe"));
        probe.setDatabaseName(QStringLiteral(":memory:"));
        if (probe.open()) {
            QSqlQuery version(probe);
            if (version.exec(QStringLiteral("SELECT sqlite_version()")) && version.next()) {
                sqliteVersion = version.value(0).toString();
            }
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-probe"));
    return QJsonObject {
        {QStringLiteral("cores"), QThread::idealThreadCount()},
        {QStringLiteral("os"), QSysInfo::prettyProductName()},
        {QStringLiteral("cpu_arch"), QSysInfo::currentCpuArchitecture()},
        {QStringLiteral("qt"), QString::fromLatin1(qVersion())},
        {QStringLiteral("sqlite"), sqliteVersion},
    };
}

void print(QJsonObject result)
{
    static const QJsonObject host = machine();
    result.insert(QStringLiteral("machine"), host);
    QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Compact) << Qt::endl;
}

} // namespace abonent::bench
