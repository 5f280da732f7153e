#pragma once

#include "DeskContext.h"
#include "OfficeSetup.h"

#include <QFrame>

class QGridLayout;
class QLabel;
class QPushButton;

namespace abonent {

// The steps a new office takes before it works here, above the empty
// customer list until each is done: office, letterhead, plans, people, what
// support costs, then customers imported or "start empty". Every step stays in Settings after.
class FieldMessage;

class SetupChecklist : public QFrame
{
    Q_OBJECT

public:
    enum class Step { Office, Letterhead, Plans, People, SupportCost, Import };

    explicit SetupChecklist(QWidget* parent = nullptr);

    void setDesk(const DeskContext& desk);
    // Re-reads what is done; shows or hides itself. The first time it shows
    // on an empty database it remembers that a set-up began, so importing
    // customers does not hide the steps still open; once all are done it
    // says so and stays away.
    void refresh();

signals:
    void stepRequested(abonent::SetupChecklist::Step step);
    void finished();

private:
    struct Row
    {
        QLabel* mark = nullptr;
        QLabel* text = nullptr;
        QPushButton* button = nullptr;
    };
    Row addRow(QGridLayout* grid, int row, const QString& title, const QString& detail, const QString& button);
    static void showDone(const Row& row, bool done);
    void startEmpty();

    DeskContext m_desk;
    QLabel* m_title = nullptr;
    Row m_office;
    Row m_letterhead;
    Row m_plans;
    Row m_people;
    Row m_supportCost;
    Row m_customers;
    QPushButton* m_startEmpty = nullptr;
    FieldMessage* m_message = nullptr;
    bool m_finished = false;
};

} // namespace abonent
