#include "CustomerFinder.h"

#include "CustomerListModel.h"
#include "FormSupport.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace abonent {

CustomerFinder::CustomerFinder(const DeskContext& desk, QWidget* parent)
    : QWidget(parent)
    , m_desk(desk)
    , m_search(new QLineEdit(this))
    , m_results(new QTableView(this))
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("CustomerFinder"));
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Name, contract, phone or address"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_results->setObjectName(QStringLiteral("results"));
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->verticalHeader()->hide();
    m_results->horizontalHeader()->setStretchLastSection(true);
    openRowsWithEnter(m_results);
    connect(m_results, &QTableView::activated, this, &CustomerFinder::choose);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_debounce, &QTimer::timeout, this, &CustomerFinder::search);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_results);
    setFocusProxy(m_search);
}

qint64 CustomerFinder::selectedCustomer() const
{
    const QModelIndex current = m_results->currentIndex();
    return current.isValid() && m_model ? m_model->customerIdAt(current.row()) : 0;
}

CustomerListModel* CustomerFinder::model()
{
    if (!m_model) {
        m_model = new CustomerListModel(m_desk.db, this);
        m_model->setDefaultCountry(m_desk.defaultCountry);
        m_results->setModel(m_model);
        for (int column = CustomerListModel::PlanColumn; column < m_model->columnCount(); ++column) {
            if (column != CustomerListModel::PhoneColumn) {
                m_results->hideColumn(column);
            }
        }
    }
    return m_model;
}

void CustomerFinder::search()
{
    CustomerFilter filter;
    filter.search = m_search->text();
    filter.includeErased = false; // a customer is found here to record something about
    model()->setFilter(filter);
    if (m_model->rowCount() > 0) {
        m_results->selectRow(0);
    }
}

void CustomerFinder::reset()
{
    // As before the first search: no text, no results, nothing Enter could choose.
    m_debounce->stop();
    const QSignalBlocker quiet(m_search);
    m_search->clear();
    m_results->setModel(nullptr);
    delete m_model;
    m_model = nullptr;
}

void CustomerFinder::searchNowIfPending()
{
    // Keys typed faster than the pause before a search still search first.
    if (m_debounce->isActive()) {
        m_debounce->stop();
        search();
    }
}

void CustomerFinder::choose()
{
    if (const qint64 customer = selectedCustomer(); customer > 0) {
        emit chosen(customer);
    }
}

bool CustomerFinder::eventFilter(QObject* watched, QEvent* event)
{
    // From the search field, Down and Up move through the results and Enter
    // takes the selected one, so the hands stay on the keyboard.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto* press = static_cast<QKeyEvent*>(event);
        if (press->modifiers() & ~Qt::KeypadModifier) {
            return QWidget::eventFilter(watched, event); // Ctrl+Enter and the like belong to the window
        }
        if (press->key() == Qt::Key_Down || press->key() == Qt::Key_Up) {
            searchNowIfPending();
            const int row = m_results->currentIndex().row() + (press->key() == Qt::Key_Down ? 1 : -1);
            if (row >= 0 && row < model()->rowCount()) {
                m_results->selectRow(row);
            }
            return true;
        }
        if (press->key() == Qt::Key_Return || press->key() == Qt::Key_Enter) {
            searchNowIfPending();
            choose();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace abonent
