#include "PlansDialog.h"

#include "ChangeNotifier.h"
#include "FormSupport.h"
#include "PlanEditorDialog.h"
#include "PlanTableModel.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace abonent {

PlansDialog::PlansDialog(const DeskContext& desk, QWidget* parent)
    : QDialog(parent)
    , m_desk(desk)
    , m_plans(new PlanTableModel(desk.db, this))
{
    setObjectName(QStringLiteral("PlansDialog"));
    setWindowTitle(tr("Plans"));
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("plans"));
    m_table->setModel(m_plans);
    setUpReviewTable(m_table);
    m_table->setSortingEnabled(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_message = new FieldMessage(this);

    m_new = new QPushButton(tr("&New Plan…"), this);
    m_new->setObjectName(QStringLiteral("newPlan"));
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setObjectName(QStringLiteral("editPlan"));
    m_fee = new QPushButton(tr("Change &Fee…"), this);
    m_fee->setObjectName(QStringLiteral("changeFee"));
    m_retire = new QPushButton(this);
    m_retire->setObjectName(QStringLiteral("retirePlan"));
    m_remove = new QPushButton(tr("Re&move"), this);
    m_remove->setObjectName(QStringLiteral("removePlan"));
    m_remove->setToolTip(tr("Only a plan no customer was ever on; others are retired"));
    connect(m_new, &QPushButton::clicked, this, &PlansDialog::newPlan);
    connect(m_edit, &QPushButton::clicked, this, &PlansDialog::editPlan);
    connect(m_fee, &QPushButton::clicked, this, &PlansDialog::changeFee);
    connect(m_retire, &QPushButton::clicked, this, &PlansDialog::toggleRetired);
    connect(m_remove, &QPushButton::clicked, this, &PlansDialog::removePlan);
    openRowsWithEnter(m_table);
    connect(m_table, &QTableView::activated, this, &PlansDialog::editPlan);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &PlansDialog::updateButtons);

    auto* buttons = new QHBoxLayout;
    for (QPushButton* button : {m_new, m_edit, m_fee, m_retire, m_remove}) {
        buttons->addWidget(button);
    }
    buttons->addStretch();
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->button(QDialogButtonBox::Close)->setText(tr("&Close"));
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(close);
    saved(0);
    resize(860, 380);
}

const PlanOverview* PlansDialog::current() const
{
    return m_plans->planAt(m_table->currentIndex().row());
}

std::optional<Actor> PlansDialog::actor()
{
    const auto who = m_desk.actor();
    if (!who) {
        m_message->show(chooseDeskOperatorFirst());
    }
    return who;
}

void PlansDialog::updateButtons()
{
    const PlanOverview* plan = current();
    enableForWriting(m_new, m_desk);
    enableForWriting(m_edit, m_desk, plan != nullptr);
    enableForWriting(m_fee, m_desk, plan != nullptr);
    enableForWriting(m_retire, m_desk, plan != nullptr);
    enableForWriting(m_remove, m_desk, plan && !plan->everUsed);
    m_retire->setText(plan && !plan->plan.active ? tr("&Offer Again") : tr("&Retire"));
    m_retire->setToolTip(plan && plan->plan.active ? tr("No longer offered to new customers; those on it keep it")
                                                   : QString());
}

void PlansDialog::saved(qint64 planId)
{
    if (Status loaded = m_plans->reload(); !loaded) {
        m_message->show(loaded.errorString());
    } else {
        m_message->clear();
    }
    fitColumns(m_table);
    const int row = planId > 0 ? m_plans->rowOf(planId) : 0;
    if (m_plans->rowCount() > 0) {
        m_table->setCurrentIndex(m_plans->index(std::max(0, row), 0));
    }
    updateButtons();
    if (planId > 0 && m_desk.notifier) {
        emit m_desk.notifier->catalogueChanged(); // lists, cards and figures re-read the plans
    }
}

void PlansDialog::newPlan()
{
    PlanEditorDialog editor(m_desk, nullptr, this);
    if (editor.exec() == QDialog::Accepted) {
        saved(editor.planId());
    }
}

void PlansDialog::editPlan()
{
    if (const PlanOverview* plan = current(); plan && !m_desk.isReadOnly()) {
        PlanEditorDialog editor(m_desk, plan, this);
        if (editor.exec() == QDialog::Accepted) {
            saved(editor.planId());
        }
    }
}

void PlansDialog::changeFee()
{
    if (const PlanOverview* plan = current()) {
        const qint64 id = plan->plan.id;
        PlanFeeDialog dialog(m_desk, *plan, this);
        if (dialog.exec() == QDialog::Accepted) {
            saved(id);
        }
    }
}

void PlansDialog::toggleRetired()
{
    const PlanOverview* plan = current();
    const auto who = plan ? actor() : std::nullopt;
    if (!who) {
        return;
    }
    const qint64 id = plan->plan.id;
    if (Status changed = PlanService(m_desk.db).setRetired(*who, id, plan->plan.active); !changed) {
        m_message->show(changed.errorString());
        return;
    }
    saved(id);
}

void PlansDialog::removePlan()
{
    const PlanOverview* plan = current();
    if (!plan) {
        return;
    }
    if (QMessageBox::question(
            this,
            windowTitle(),
            tr("Remove the plan %1? Nobody was ever on it, so nothing else changes.").arg(plan->plan.name),
            QMessageBox::Yes | QMessageBox::Cancel,
            QMessageBox::Cancel)
        != QMessageBox::Yes) {
        return;
    }
    const auto who = actor();
    if (!who) {
        return;
    }
    if (Status removed = PlanService(m_desk.db).remove(*who, plan->plan.id); !removed) {
        m_message->show(removed.errorString());
        return;
    }
    saved(0);
    if (m_desk.notifier) {
        emit m_desk.notifier->catalogueChanged();
    }
}

} // namespace abonent
