#pragma once

#include "DeskContext.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace abonent {

class CustomerFinder;
class FieldMessage;
class UnlinkedCallsModel;

// The calls kept without a customer. Choose a call, find its customer with
// the same search as the list and press Enter: the call goes on their
// history with its recording. A call that is nobody's (a sales call, a
// stranger's wrong number) is set aside with a reason.
class UnlinkedCallsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit UnlinkedCallsDialog(const DeskContext& desk, QWidget* parent = nullptr);

    QTableView* callsView() const { return m_calls; }
    CustomerFinder* finder() const { return m_finder; }

public slots:
    void linkTo(qint64 customerId);
    void setAside();

signals:
    void message(const QString& text);

private:
    void reload();
    qint64 selectedCall() const;

    DeskContext m_desk;
    UnlinkedCallsModel* m_model = nullptr;
    QTableView* m_calls = nullptr;
    CustomerFinder* m_finder = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_findLabel = nullptr;
    QPushButton* m_setAside = nullptr;
    FieldMessage* m_message = nullptr;
};

} // namespace abonent
