#pragma once

#include "CostRates.h"
#include "DeskContext.h"
#include "Result.h"

#include <QDialog>
#include <QHash>

class QLineEdit;
class QTableView;

namespace abonent {

class FieldMessage;
class OperatorRatesModel;

// The rates behind the support cost: the default hourly rate, each channel's
// fixed cost, each operator's hourly cost. Saving recomputes the cost of the
// whole history with them, which may take a while: editAndSave() does it.
class CostRatesDialog : public QDialog
{
    Q_OBJECT

public:
    CostRatesDialog(const DeskContext& desk, const CostRates& current, QWidget* parent = nullptr);

    CostRates rates() const { return m_rates; }

    enum class Outcome { Cancelled, Kept, Saved };
    // Settings ▸ Support Cost Rates: shows the current rates and, when they
    // change, saves them on a worker thread with its own connection behind a
    // progress dialog. Kept: accepted as they were; Cancelled also when the
    // save failed, which is shown here. Rates that cannot be read are returned.
    static Result<Outcome> editAndSave(const DeskContext& desk, QWidget* parent);

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
