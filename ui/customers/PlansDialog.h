#pragma once

#include "DeskContext.h"

#include <QDialog>

#include <optional>

class QPushButton;
class QTableView;

namespace abonent {

class FieldMessage;
class PlanTableModel;
struct PlanOverview;

// Settings ▸ Plans: the office's plans, with what each costs today and from
// when a new fee applies. New, edit, change the fee from a date, retire (a
// plan someone was on is never removed), or remove one nobody ever had.
class PlansDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PlansDialog(const DeskContext& desk, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }

private:
    const PlanOverview* current() const;
    std::optional<Actor> actor();
    void newPlan();
    void editPlan();
    void changeFee();
    void toggleRetired();
    void removePlan();
    void updateButtons();
    // After a change was saved: re-read, keep `planId` chosen, tell the desk.
    void saved(qint64 planId);

    DeskContext m_desk;
    PlanTableModel* m_plans = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_fee = nullptr;
    QPushButton* m_retire = nullptr;
    QPushButton* m_remove = nullptr;
    FieldMessage* m_message = nullptr;
};

} // namespace abonent
