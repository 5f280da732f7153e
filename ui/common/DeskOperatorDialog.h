#pragma once

#include "DeskContext.h"
#include "Entities.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLineEdit;

namespace abonent {

class FieldMessage;
class OperatorListModel;

// "Who is at this desk": picks the operator whose name goes on what is
// recorded here, or adds one (a new database has none).
class DeskOperatorDialog : public QDialog
{
    Q_OBJECT

public:
    DeskOperatorDialog(const DeskContext& desk, std::optional<qint64> current, QWidget* parent = nullptr);

    std::optional<qint64> chosenOperator() const { return m_chosen; }

public slots:
    void accept() override;

private:
    bool addOperator();

    DeskContext m_desk;
    OperatorListModel* m_operators = nullptr;
    QComboBox* m_operator = nullptr;
    QLineEdit* m_newName = nullptr;
    QComboBox* m_newRole = nullptr;
    FieldMessage* m_message = nullptr;
    std::optional<qint64> m_chosen;
};

} // namespace abonent
