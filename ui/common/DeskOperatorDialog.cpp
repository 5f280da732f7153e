#include "DeskOperatorDialog.h"

#include "FormSupport.h"
#include "OperatorRepository.h"
#include "ReferenceListModels.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace abonent {

namespace {

bool hasActiveOwner(const QSqlDatabase& db)
{
    auto people = OperatorRepository(db).all();
    return people && std::any_of(people->cbegin(), people->cend(), [](const Operator& person) {
               return person.active && person.role == Role::Owner;
           });
}

} // namespace

DeskOperatorDialog::DeskOperatorDialog(const DeskContext& desk, std::optional<qint64> current, QWidget* parent)
    : QDialog(parent)
    , m_desk(desk)
    , m_operators(new OperatorListModel(desk.db, this))
{
    setObjectName(QStringLiteral("DeskOperatorDialog"));
    setWindowTitle(tr("Who Is at This Desk"));
    auto* explanation = new QLabel(
        tr("Contacts, notes and changes made here are recorded under this name until you choose another."), this);
    explanation->setWordWrap(true);
    m_operator = new QComboBox(this);
    m_operator->setObjectName(QStringLiteral("operator"));
    m_operator->setModel(m_operators);
    if (current) {
        m_operator->setCurrentIndex(m_operators->rowOf(*current));
    }

    auto* add = new QGroupBox(tr("Not in the list? Add yourself"), this);
    m_newName = new QLineEdit(add);
    m_newName->setObjectName(QStringLiteral("newName"));
    m_newRole = new QComboBox(add);
    fillWithLabels<Role>(m_newRole);
    // The first person in a new office is most likely the one who runs it,
    // and has only a name to type. Once the office has an owner, nobody
    // makes themselves one here: the owner adds people (Settings ▸ People).
    if (hasActiveOwner(desk.db)) {
        m_newRole->removeItem(m_newRole->findData(codeOf(Role::Owner)));
    } else if (m_operators->rowCount() == 0) {
        m_newRole->setCurrentIndex(m_newRole->findData(codeOf(Role::Owner)));
        m_newName->setFocus();
    }
    auto* addButton = new QPushButton(tr("A&dd"), add);
    connect(addButton, &QPushButton::clicked, this, &DeskOperatorDialog::addOperator);
    auto* addForm = new QFormLayout(add);
    addForm->addRow(tr("&Name:"), m_newName);
    addForm->addRow(tr("&Role:"), m_newRole);
    addForm->addRow(QString(), addButton);

    m_message = new FieldMessage(this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addWidget(m_operator);
    layout->addWidget(add);
    layout->addWidget(m_message);
    addDialogButtons(this, layout, QDialogButtonBox::Ok)->button(QDialogButtonBox::Ok)->setText(tr("&Choose"));
}

bool DeskOperatorDialog::addOperator()
{
    const QString name = m_newName->text().trimmed();
    if (name.isEmpty()) {
        m_message->show(tr("Type the name to add."));
        return false;
    }
    Operator person;
    person.name = name;
    person.login = name.toLower().simplified().replace(QLatin1Char(' '), QLatin1Char('.'));
    person.role = fromCode<Role>(m_newRole->currentData().toString()).value_or(Role::Operator);
    person.costPerHour = Money {0, m_desk.currency};
    auto added = OperatorRepository(m_desk.db).add(person);
    if (!added) {
        m_message->show(added.errorString());
        return false;
    }
    (void)m_operators->reload();
    m_operator->setCurrentIndex(m_operators->rowOf(added.value()));
    m_newName->clear();
    m_message->clear();
    return true;
}

void DeskOperatorDialog::accept()
{
    // A name typed and Enter pressed: that person is added and chosen.
    if (!m_newName->text().trimmed().isEmpty() && !addOperator()) {
        return;
    }
    if (m_operator->currentIndex() < 0) {
        m_message->show(tr("Choose a name, or add yours."));
        return;
    }
    m_chosen = m_operator->currentData(OperatorListModel::IdRole).toLongLong();
    QDialog::accept();
}

} // namespace abonent
