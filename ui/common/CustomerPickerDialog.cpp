#include "CustomerPickerDialog.h"

#include "CustomerListModel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace abonent {

CustomerPickerDialog::CustomerPickerDialog(const DeskContext& desk,
                                           const QString& title,
                                           const QString& prompt,
                                           QWidget* parent)
    : QDialog(parent)
    , m_model(new CustomerListModel(desk.db, this))
    , m_search(new QLineEdit(this))
    , m_results(new QTableView(this))
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("CustomerPickerDialog"));
    setWindowTitle(title);
    m_model->setDefaultCountry(desk.defaultCountry);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Name, contract, phone or address"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_results->setObjectName(QStringLiteral("results"));
    m_results->setModel(m_model);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->verticalHeader()->hide();
    m_results->horizontalHeader()->setStretchLastSection(true);
    for (int column = CustomerListModel::PlanColumn; column < m_model->columnCount(); ++column) {
        if (column != CustomerListModel::PhoneColumn) {
            m_results->hideColumn(column);
        }
    }
    connect(m_results, &QTableView::activated, this, &CustomerPickerDialog::accept);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_debounce, &QTimer::timeout, this, &CustomerPickerDialog::search);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Choose"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CustomerPickerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* promptLabel = new QLabel(prompt, this);
    promptLabel->setWordWrap(true);
    promptLabel->setBuddy(m_search);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(promptLabel);
    layout->addWidget(m_search);
    layout->addWidget(m_results);
    layout->addWidget(buttons);
    resize(560, 380);
    m_search->setFocus();
}

void CustomerPickerDialog::search()
{
    CustomerFilter filter;
    filter.search = m_search->text();
    m_model->setFilter(filter);
    if (m_model->rowCount() > 0) {
        m_results->selectRow(0);
    }
}

bool CustomerPickerDialog::eventFilter(QObject* watched, QEvent* event)
{
    // From the search field, Down and Up move through the results and Enter
    // takes the selected one, so the hands stay on the keyboard.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto* press = static_cast<QKeyEvent*>(event);
        if (press->key() == Qt::Key_Down || press->key() == Qt::Key_Up) {
            if (m_debounce->isActive()) {
                m_debounce->stop();
                search();
            }
            const int row = m_results->currentIndex().row() + (press->key() == Qt::Key_Down ? 1 : -1);
            if (row >= 0 && row < m_model->rowCount()) {
                m_results->selectRow(row);
            }
            return true;
        }
        if (press->key() == Qt::Key_Return || press->key() == Qt::Key_Enter) {
            if (m_debounce->isActive()) {
                m_debounce->stop();
                search();
            }
            accept();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void CustomerPickerDialog::accept()
{
    const QModelIndex current = m_results->currentIndex();
    if (!current.isValid()) {
        return; // nothing chosen yet: stay open
    }
    m_chosen = m_model->customerIdAt(current.row());
    QDialog::accept();
}

} // namespace abonent
