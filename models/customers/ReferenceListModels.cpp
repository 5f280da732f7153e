#include "ReferenceListModels.h"

#include "OperatorRepository.h"
#include "PlanRepository.h"

#include <QLocale>

namespace abonent {

OperatorListModel::OperatorListModel(QSqlDatabase db, QObject* parent)
    : QAbstractListModel(parent)
    , m_db(std::move(db))
{
    (void)reload();
}

Status OperatorListModel::reload()
{
    auto all = OperatorRepository(m_db).all();
    beginResetModel();
    m_operators.clear();
    if (all) {
        for (const Operator& person : all.value()) {
            if (person.active) {
                m_operators.append(person);
            }
        }
    }
    endResetModel();
    return all ? Status() : Status(all.error());
}

int OperatorListModel::rowOf(qint64 operatorId) const
{
    for (int row = 0; row < m_operators.size(); ++row) {
        if (m_operators.at(row).id == operatorId) {
            return row;
        }
    }
    return -1;
}

int OperatorListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_operators.size());
}

QVariant OperatorListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_operators.size()) {
        return {};
    }
    const Operator& person = m_operators.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return person.role == abonent::Role::Operator
            ? person.name
            : QStringLiteral("%1 (%2)").arg(person.name, labelOf(person.role));
    case IdRole:
        return person.id;
    case RoleCodeRole:
        return codeOf(person.role);
    case TakesDifficultCallersRole:
        return person.takesDifficultCallers;
    default:
        return {};
    }
}

PlanListModel::PlanListModel(QSqlDatabase db, bool activeOnly, QObject* parent, QString anyRowText)
    : QAbstractListModel(parent)
    , m_db(std::move(db))
    , m_activeOnly(activeOnly)
    , m_anyRowText(std::move(anyRowText))
{
    (void)reload();
}

Status PlanListModel::reload()
{
    auto all = PlanRepository(m_db).all();
    beginResetModel();
    m_plans.clear();
    if (!m_anyRowText.isEmpty()) {
        Plan any;
        any.name = m_anyRowText;
        m_plans.append(any);
    }
    if (all) {
        for (const Plan& plan : all.value()) {
            if (plan.active || !m_activeOnly) {
                m_plans.append(plan);
            }
        }
    }
    endResetModel();
    return all ? Status() : Status(all.error());
}

int PlanListModel::rowOf(qint64 planId) const
{
    for (int row = 0; row < m_plans.size(); ++row) {
        if (m_plans.at(row).id == planId) {
            return row;
        }
    }
    return -1;
}

int PlanListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_plans.size());
}

QVariant PlanListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_plans.size()) {
        return {};
    }
    const Plan& plan = m_plans.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return plan.name;
    case Qt::ToolTipRole:
        if (plan.id == 0) {
            return {};
        }
        return tr("%1 a month; %2")
            .arg(plan.monthlyFee.format(QLocale()),
                 plan.supportIncluded ? tr("%n minute(s) of support included", nullptr, plan.includedSupportMinutes)
                                      : tr("support not included"));
    case IdRole:
        return plan.id;
    default:
        return {};
    }
}

} // namespace abonent
