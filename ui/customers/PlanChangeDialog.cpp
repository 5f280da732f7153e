#include "PlanChangeDialog.h"

#include "CustomerService.h"
#include "FormSupport.h"
#include "ReferenceListModels.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace abonent {

PlanChangeDialog::PlanChangeDialog(const DeskContext& desk, const Customer& customer, QWidget* parent)
    : QDialog(parent)
    , m_desk(desk)
    , m_customerId(customer.id)
    , m_plans(new PlanListModel(desk.db, true, this))
{
    setObjectName(QStringLiteral("PlanChangeDialog"));
    setWindowTitle(tr("Change Plan — %1").arg(customer.name));
    m_plan = new QComboBox(this);
    m_plan->setModel(m_plans);
    m_from = makeDateEdit(QDate::currentDate(), this);
    m_message = new FieldMessage(this);
    auto* form = new QFormLayout;
    form->addRow(tr("New &plan:"), m_plan);
    form->addRow(tr("&From:"), m_from);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    addDialogButtons(this, layout, QDialogButtonBox::Ok)->button(QDialogButtonBox::Ok)->setText(tr("&Change Plan"));
}

void PlanChangeDialog::accept()
{
    if (m_plan->currentIndex() < 0) {
        m_message->show(tr("There is no plan to choose; add plans first."));
        return;
    }
    const auto actor = m_desk.actor();
    if (!actor) {
        m_message->show(chooseDeskOperatorFirst());
        return;
    }
    auto changed = m_desk.customers->changePlan(
        *actor, m_customerId, m_plan->currentData(PlanListModel::IdRole).toLongLong(), m_from->date());
    if (!changed) {
        m_message->show(changed.errorString());
        return;
    }
    QDialog::accept();
}

} // namespace abonent
