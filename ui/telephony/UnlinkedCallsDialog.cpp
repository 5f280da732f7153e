#include "UnlinkedCallsDialog.h"

#include "ChangeNotifier.h"
#include "CustomerFinder.h"
#include "FormSupport.h"
#include "ReasonDialog.h"
#include "UnlinkedCalls.h"
#include "UnlinkedCallsModel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace abonent {

UnlinkedCallsDialog::UnlinkedCallsDialog(const DeskContext& desk, QWidget* parent)
    : QDialog(parent)
    , m_desk(desk)
    , m_model(new UnlinkedCallsModel(desk.db, this))
{
    setObjectName(QStringLiteral("UnlinkedCallsDialog"));
    setWindowTitle(tr("Unlinked Calls"));
    auto* intro = new QLabel(tr("Calls recorded before anyone knew whose they were. Choose a call, find its customer "
                                "below and press Enter: it goes on their history, with its recording."),
                             this);
    intro->setWordWrap(true);
    m_calls = new QTableView(this);
    m_calls->setObjectName(QStringLiteral("calls"));
    m_calls->setModel(m_model);
    m_calls->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_calls->setSelectionMode(QAbstractItemView::SingleSelection);
    m_calls->setWordWrap(false);
    m_calls->verticalHeader()->hide();
    m_calls->horizontalHeader()->setStretchLastSection(true);
    m_empty = new QLabel(tr("No calls are waiting for a customer."), this);
    m_empty->setObjectName(QStringLiteral("empty"));

    m_finder = new CustomerFinder(desk, this);
    m_finder->searchField()->setPlaceholderText(tr("Whose call was it? Name, contract, phone or address"));
    connect(m_finder, &CustomerFinder::chosen, this, &UnlinkedCallsDialog::linkTo);
    m_findLabel = new QLabel(tr("&Link the chosen call to:"), this);
    m_findLabel->setBuddy(m_finder->searchField());
    m_message = new FieldMessage(this);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_setAside = buttons->addButton(tr("&Not a Customer's Call…"), QDialogButtonBox::ActionRole);
    m_setAside->setObjectName(QStringLiteral("setAside"));
    enableForWriting(m_setAside, m_desk);
    connect(m_setAside, &QPushButton::clicked, this, &UnlinkedCallsDialog::setAside);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_calls, 1);
    layout->addWidget(m_empty);
    layout->addWidget(m_findLabel);
    layout->addWidget(m_finder, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    if (m_desk.notifier) {
        connect(m_desk.notifier, &ChangeNotifier::unlinkedCallsChanged, this, &UnlinkedCallsDialog::reload);
    }
    reload();
    resize(820, 560);
    m_finder->searchField()->setFocus();
}

void UnlinkedCallsDialog::reload()
{
    const qint64 selected = selectedCall();
    if (Status loaded = m_model->reload(); !loaded) {
        m_message->show(loaded.errorString());
    }
    m_calls->resizeColumnsToContents();
    const bool any = m_model->rowCount() > 0;
    m_empty->setVisible(!any);
    // Nothing left to link: no search to type into.
    m_findLabel->setVisible(any);
    m_finder->setVisible(any);
    m_finder->setEnabled(!m_desk.isReadOnly());
    m_setAside->setEnabled(any && !m_desk.isReadOnly());
    // Keep the choice where it was; else the oldest call waits first.
    int row = 0;
    for (int each = 0; each < m_model->rowCount(); ++each) {
        if (m_model->callAt(each).id == selected) {
            row = each;
        }
    }
    if (any) {
        m_calls->selectRow(row);
    }
}

qint64 UnlinkedCallsDialog::selectedCall() const
{
    const QModelIndexList rows =
        m_calls->selectionModel() ? m_calls->selectionModel()->selectedRows() : QModelIndexList {};
    return rows.isEmpty() ? 0 : rows.first().data(UnlinkedCallsModel::CallIdRole).toLongLong();
}

void UnlinkedCallsDialog::linkTo(qint64 customerId)
{
    const qint64 call = selectedCall();
    if (call <= 0 || customerId <= 0) {
        m_message->show(tr("Choose a call first, then its customer."));
        return;
    }
    const auto actor = m_desk.actor();
    if (!actor) {
        m_message->show(chooseDeskOperatorFirst());
        return;
    }
    auto linked = UnlinkedCalls(m_desk.db, m_desk.notifier).link(*actor, call, customerId);
    if (!linked) {
        m_message->show(linked.errorString());
        reload(); // another desk may have taken it
        return;
    }
    m_message->clear();
    m_finder->reset(); // a second Enter must not link the next call to this customer
    reload();
    emit message(tr("The call is now on the customer's history."));
}

void UnlinkedCallsDialog::setAside()
{
    const qint64 call = selectedCall();
    if (call <= 0) {
        return;
    }
    const auto actor = m_desk.actor();
    if (!actor) {
        m_message->show(chooseDeskOperatorFirst());
        return;
    }
    ReasonDialog ask(
        tr("Not a Customer's Call"),
        tr("The call stays on record, out of this list. Say whose it was, or why it is nobody's "
           "(a sales call, a stranger's wrong number)."),
        tr("&Set Aside"),
        [this, call, actor](const QString& reason) {
            return UnlinkedCalls(m_desk.db, m_desk.notifier).dismiss(*actor, call, reason);
        },
        this);
    if (ask.exec() == QDialog::Accepted) {
        reload();
        emit message(tr("The call was set aside; it stays on record."));
    }
}

} // namespace abonent
