#pragma once

#include <QObject>

namespace abonent {

// Announces committed changes so every open view of the same data (the list,
// each open customer card) re-reads it. Services emit after their
// transaction commits, never before.
class ChangeNotifier : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

signals:
    void customerChanged(qint64 customerId);
    // Many customers at once (demo data, imports): re-read everything.
    void customersReset();
    // The tag catalogue, the plans or office settings changed: re-read names,
    // colours and figures.
    void catalogueChanged();
    // A call was kept without a customer, or such a call was linked or set aside.
    void unlinkedCallsChanged();
};

} // namespace abonent
