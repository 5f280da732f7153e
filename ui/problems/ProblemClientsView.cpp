#include "ProblemClientsView.h"

#include "AbonentDatabase.h"
#include "BackgroundRead.h"
#include "ChangeNotifier.h"
#include "CustomerSearch.h"
#include "FormSupport.h"
#include "IconLoader.h"
#include "ProblemClientsModel.h"
#include "SearchText.h"
#include "TagChips.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace abonent {

namespace {

// A case step past its day in red and bold, beside the word "overdue".
class OverdueDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(ProblemClientsModel::OverdueRole).toBool()) {
            option->palette.setColor(QPalette::Text, QColor(0xc0, 0x39, 0x2b));
            option->font.setBold(true);
        }
    }
};

} // namespace

namespace {

// Keeps the rows the customer search finds (names, contracts, addresses,
// phone numbers), and rows whose tag names contain the text.
class ReviewFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setMatch(const QString& folded, std::optional<QSet<qint64>> found)
    {
        m_folded = folded;
        m_found = std::move(found);
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override
    {
        if (m_folded.isEmpty()) {
            return true;
        }
        const QModelIndex index = sourceModel()->index(row, 0, parent);
        if (m_found && m_found->contains(index.data(ProblemClientsModel::CustomerIdRole).toLongLong())) {
            return true;
        }
        return index.data(ProblemClientsModel::SearchTextRole).toString().contains(m_folded);
    }

private:
    QString m_folded;
    std::optional<QSet<qint64>> m_found;
};

} // namespace

ProblemClientsView::ProblemClientsView(QWidget* parent)
    : QWidget(parent)
    , m_read(new BackgroundRead(this))
    , m_proxy(new ReviewFilter(this))
    , m_refreshDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("ProblemClientsView"));
    m_proxy->setSortRole(ProblemClientsModel::SortRole);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("problemSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search: name, contract or tag"));
    m_search->addAction(IconLoader::icon(QStringLiteral("edit-find")), QLineEdit::LeadingPosition);
    m_search->installEventFilter(this);
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(120);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &ProblemClientsView::applySearch);
    m_refreshButton = new QPushButton(IconLoader::icon(QStringLiteral("view-refresh")), tr("&Refresh"), this);
    connect(m_refreshButton, &QPushButton::clicked, this, &ProblemClientsView::refresh);
    m_count = new QLabel(this);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("problemClients"));
    m_view->setModel(m_proxy);
    setUpReviewTable(m_view);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setItemDelegateForColumn(
        ProblemClientsModel::TagsColumn,
        new TagChipsDelegate(ProblemClientsModel::TagNamesRole, ProblemClientsModel::TagColoursRole, this));
    m_view->setItemDelegateForColumn(ProblemClientsModel::DueColumn, new OverdueDelegate(this));
    m_view->installEventFilter(this);
    connect(m_view, &QTableView::doubleClicked, this, &ProblemClientsView::openCurrent);

    m_refreshDelay->setSingleShot(true);
    m_refreshDelay->setInterval(300);
    connect(m_refreshDelay, &QTimer::timeout, this, &ProblemClientsView::refresh);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_refreshButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);
}

ProblemClientsView::~ProblemClientsView()
{
    m_read->stop(); // it checks the flag between customers
}

bool ProblemClientsView::isReading() const
{
    return m_read->isRunning();
}

void ProblemClientsView::setDesk(const DeskContext& desk)
{
    if (m_desk.notifier) {
        disconnect(m_desk.notifier, nullptr, this, nullptr);
    }
    m_read->stop(); // it reads the database being replaced
    m_readAgain = false;
    m_refreshButton->setEnabled(true);
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
    if (!m_model || m_desk.databasePath.isEmpty()) {
        return;
    }
    m_refreshDelay->stop();
    m_stale = false;
    if (m_read->isRunning()) {
        m_readAgain = true;
        return;
    }
    m_count->setText(tr("Reading the customers to review…"));
    m_refreshButton->setEnabled(false);
    const QString path = m_desk.databasePath;
    using Rows = Result<QVector<ProblemClientsModel::Row>>;
    m_read->start<Rows>(
        [path](const std::atomic<bool>& cancel) -> Rows {
            // A connection of this thread's own; it closes when the read is done.
            auto database = openAbonentDatabase(path, Database::Mode::ReadOnly);
            if (!database) {
                return database.error();
            }
            return ProblemClientsModel::read(database.value()->connection(), systemClock(), &cancel);
        },
        [this](Rows rows) { showRows(std::move(rows)); });
}

void ProblemClientsView::showRows(Result<QVector<ProblemClientsModel::Row>> rows)
{
    m_refreshButton->setEnabled(true);
    if (m_readAgain) {
        m_readAgain = false;
        refresh();
        return;
    }
    if (!rows) {
        m_count->clear();
        emit message(tr("Could not read the problem clients: %1").arg(rows.errorString()));
        return;
    }
    const qint64 selected = m_view->currentIndex().data(ProblemClientsModel::CustomerIdRole).toLongLong();
    m_model->setRows(std::move(rows).value());
    fitColumns(m_view);
    const int row = m_model->rowOf(selected);
    m_view->setCurrentIndex(row >= 0 ? m_proxy->mapFromSource(m_model->index(row, ProblemClientsModel::NameColumn))
                                     : m_proxy->index(0, ProblemClientsModel::NameColumn));
    updateCount();
}

void ProblemClientsView::applySearch()
{
    m_searchDelay->stop();
    const QString text = m_search->text().trimmed();
    std::optional<QSet<qint64>> found;
    if (CustomerSearch::isSearch(text) && m_desk.db.isOpen()) {
        auto ids = CustomerSearch::matchingIds(m_desk.db, text, m_desk.defaultCountry);
        if (ids) {
            found = std::move(ids).value();
        } else {
            emit message(ids.errorString());
        }
    }
    static_cast<ReviewFilter*>(m_proxy)->setMatch(SearchText::fold(text), std::move(found));
    updateCount();
}

void ProblemClientsView::updateCount()
{
    m_count->setText(tr("%Ln customer(s) to review", nullptr, m_proxy->rowCount()));
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
            if (m_searchDelay->isActive()) {
                applySearch(); // what was just typed decides which row opens
            }
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
