#include "ProblemClientsView.h"

#include "ChangeNotifier.h"
#include "IconLoader.h"
#include "ProblemClientsModel.h"
#include "SearchText.h"
#include "TagChips.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace abonent {

ProblemClientsView::ProblemClientsView(QWidget* parent)
    : QWidget(parent)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_refreshDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("ProblemClientsView"));
    m_proxy->setSortRole(ProblemClientsModel::SortRole);
    m_proxy->setFilterRole(ProblemClientsModel::SearchTextRole);
    m_proxy->setFilterKeyColumn(ProblemClientsModel::ContractColumn);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("problemSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search: name, contract or tag"));
    m_search->addAction(IconLoader::icon(QStringLiteral("edit-find")), QLineEdit::LeadingPosition);
    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterFixedString(SearchText::fold(text.trimmed()));
        updateCount();
    });
    auto* refreshButton = new QPushButton(IconLoader::icon(QStringLiteral("view-refresh")), tr("&Refresh"), this);
    connect(refreshButton, &QPushButton::clicked, this, &ProblemClientsView::refresh);
    m_count = new QLabel(this);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("problemClients"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setItemDelegateForColumn(
        ProblemClientsModel::TagsColumn,
        new TagChipsDelegate(ProblemClientsModel::TagNamesRole, ProblemClientsModel::TagColoursRole, this));
    m_view->installEventFilter(this);
    connect(m_view, &QTableView::doubleClicked, this, &ProblemClientsView::openCurrent);

    m_refreshDelay->setSingleShot(true);
    m_refreshDelay->setInterval(300);
    connect(m_refreshDelay, &QTimer::timeout, this, &ProblemClientsView::refresh);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(refreshButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);
}

ProblemClientsView::~ProblemClientsView() = default;

void ProblemClientsView::setDesk(const DeskContext& desk)
{
    if (m_desk.notifier) {
        disconnect(m_desk.notifier, nullptr, this, nullptr);
    }
    m_desk = desk;
    auto* model = new ProblemClientsModel(desk.db, this);
    m_proxy->setSourceModel(model);
    // The model's own order (what needs a decision first) until a column is clicked.
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_proxy->sort(-1);
    delete m_model;
    m_model = model;
    if (m_desk.notifier) {
        connect(m_desk.notifier, &ChangeNotifier::customerChanged, this, &ProblemClientsView::markStale);
        connect(m_desk.notifier, &ChangeNotifier::customersReset, this, &ProblemClientsView::markStale);
        connect(m_desk.notifier, &ChangeNotifier::catalogueChanged, this, &ProblemClientsView::markStale);
    }
    m_stale = true;
    if (isVisible()) {
        refresh();
    }
}

void ProblemClientsView::markStale()
{
    m_stale = true;
    if (isVisible()) {
        m_refreshDelay->start(); // a burst of changes, one re-read
    }
}

void ProblemClientsView::refresh()
{
    if (!m_model) {
        return;
    }
    m_refreshDelay->stop();
    const qint64 selected = m_view->currentIndex().data(ProblemClientsModel::CustomerIdRole).toLongLong();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status loaded = m_model->reload();
    QApplication::restoreOverrideCursor();
    m_stale = false;
    if (!loaded) {
        emit message(tr("Could not read the problem clients: %1").arg(loaded.errorString()));
        return;
    }
    m_view->resizeColumnsToContents();
    const int row = m_model->rowOf(selected);
    m_view->setCurrentIndex(row >= 0 ? m_proxy->mapFromSource(m_model->index(row, ProblemClientsModel::NameColumn))
                                     : m_proxy->index(0, ProblemClientsModel::NameColumn));
    updateCount();
}

void ProblemClientsView::updateCount()
{
    m_count->setText(tr("%n customer(s) to review", nullptr, m_proxy->rowCount()));
}

void ProblemClientsView::openCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid()) {
        emit openCardRequested(current.data(ProblemClientsModel::CustomerIdRole).toLongLong());
    }
}

void ProblemClientsView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        refresh();
    }
}

bool ProblemClientsView::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto* press = static_cast<QKeyEvent*>(event);
        const bool enter = press->key() == Qt::Key_Return || press->key() == Qt::Key_Enter;
        if (enter && (watched == m_view || watched == m_search)) {
            openCurrent();
            return true;
        }
        if (watched == m_search && press->key() == Qt::Key_Down) {
            m_view->setFocus();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace abonent
