#pragma once

#include "CostRates.h"
#include "DeskContext.h"

#include <QDialog>
#include <QHash>

class QLineEdit;
class QTableView;

namespace abonent {

class FieldMessage;
class OperatorRatesModel;

// The rates behind the support cost: the default hourly rate, each channel's
// fixed cost, each operator's hourly cost. Saving recomputes the cost of the
// whole history with them (the caller does, it may take a while).
class CostRatesDialog : public QDialog
{
    Q_OBJECT

public:
    CostRatesDialog(const DeskContext& desk, const CostRates& current, QWidget* parent = nullptr);

    CostRates rates() const { return m_rates; }

public slots:
    void accept() override;

private:
    QString amountText(qint64 minor) const;

    DeskContext m_desk;
    CostRates m_rates;
    QLineEdit* m_default = nullptr;
    QHash<QString, QLineEdit*> m_channels; // by channel code
    OperatorRatesModel* m_operators = nullptr;
    QTableView* m_table = nullptr;
    FieldMessage* m_message = nullptr;
};

} // namespace abonent
