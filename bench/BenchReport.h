#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace abonent::bench {

// Percentile of a set of samples (nearest rank), in the samples' unit.
double percentile(QList<double> samples, double fraction);

// Facts about the machine and libraries, attached to every result line.
QJsonObject machine();

// Prints one measurement as a single JSON line on stdout.
void print(QJsonObject result);

} // namespace abonent::bench
