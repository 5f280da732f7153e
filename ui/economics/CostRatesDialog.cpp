#include "CostRatesDialog.h"

#include "AbonentDatabase.h"
#include "DomainTypes.h"
#include "FormSupport.h"
#include "InputParsing.h"
#include "Money.h"
#include "OperatorRatesModel.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QEventLoop>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableView>
#include <QThread>
#include <QVBoxLayout>

namespace abonent {

CostRatesDialog::CostRatesDialog(const DeskContext& desk, const CostRates& current, QWidget* parent)
    : QDialog(parent)
    , m_desk(desk)
    , m_rates(current)
    , m_operators(new OperatorRatesModel(desk.db, desk.currency, this))
{
    setObjectName(QStringLiteral("CostRatesDialog"));
    setWindowTitle(tr("Support Cost Rates"));
    auto* intro = new QLabel(tr("A contact costs its minutes at the hourly cost of whoever handled it — the default "
                                "rate when nobody known did or they have no rate — plus the fixed cost of its "
                                "channel. Saving recomputes the support cost of the whole history with these rates."),
                             this);
    intro->setWordWrap(true);

    m_default = new QLineEdit(amountText(current.defaultPerHourMinor), this);
    m_default->setObjectName(QStringLiteral("defaultRate"));
    m_default->selectAll(); // it has the focus first: a rate typed replaces it
    auto* form = new QFormLayout;
    form->addRow(tr("&Default cost per hour (%1):").arg(Money::symbol(desk.currency)), m_default);
    auto* channels = new QGroupBox(tr("Fixed cost per contact (%1)").arg(Money::symbol(desk.currency)), this);
    auto* channelForm = new QFormLayout(channels);
    for (const QString& code : allCodes<Channel>()) {
        auto* edit = new QLineEdit(amountText(current.channelMinor.value(code, 0)), channels);
        edit->setObjectName(QStringLiteral("channel-") + code);
        m_channels.insert(code, edit);
        channelForm->addRow(labelOf(fromCode<Channel>(code).value()) + QLatin1Char(':'), edit);
    }

    m_operators->load(current);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("operatorRates"));
    m_table->setModel(m_operators);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_table->resizeColumnsToContents();
    auto* staff = new QGroupBox(tr("Cost per hour of each operator (empty: the default rate)"), this);
    auto* staffLayout = new QVBoxLayout(staff);
    staffLayout->addWidget(m_table);

    m_message = new FieldMessage(this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Save and Recompute"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CostRatesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* columns = new QHBoxLayout;
    auto* left = new QVBoxLayout;
    left->addLayout(form);
    left->addWidget(channels);
    left->addStretch();
    columns->addLayout(left, 1);
    columns->addWidget(staff, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(columns, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(760, 480);
}

QString CostRatesDialog::amountText(qint64 minor) const
{
    // Shown without the currency sign, so it can be edited as it is (costs are never negative).
    return Money {minor, m_desk.currency}.number(QLocale());
}

void CostRatesDialog::accept()
{
    // A cost still being typed in the table counts (saved with Alt+S, say).
    if (QWidget* editor = QApplication::focusWidget(); editor && m_table->isAncestorOf(editor)) {
        QMetaObject::invokeMethod(m_table, "commitData", Qt::DirectConnection, Q_ARG(QWidget*, editor));
    }
    const auto read = [this](QLineEdit* edit) -> std::optional<qint64> {
        const QString text = edit->text().trimmed();
        const auto amount = text.isEmpty() ? std::optional<qint64>(0) : InputParsing::amount(text, m_desk.currency);
        if (!amount || *amount < 0) {
            m_message->show(tr("\"%1\" is not an amount in %2.").arg(text, Money::symbol(m_desk.currency)));
            edit->setFocus();
            edit->selectAll();
            return std::nullopt;
        }
        return amount;
    };
    CostRates rates = m_rates;
    const auto fallback = read(m_default);
    if (!fallback) {
        return;
    }
    rates.defaultPerHourMinor = *fallback;
    for (auto it = m_channels.cbegin(); it != m_channels.cend(); ++it) {
        const auto cost = read(it.value());
        if (!cost) {
            return;
        }
        rates.channelMinor.insert(it.key(), *cost);
    }
    rates.operatorPerHourMinor = m_operators->rates();
    m_rates = rates;
    QDialog::accept();
}

Result<CostRatesDialog::Outcome> CostRatesDialog::editAndSave(const DeskContext& desk, QWidget* parent)
{
    auto current = CostRates::read(desk.db);
    if (!current) {
        return current.error();
    }
    CostRatesDialog dialog(desk, current.value(), parent);
    if (dialog.exec() != QDialog::Accepted) {
        return Outcome::Cancelled;
    }
    if (dialog.rates() == current.value()) {
        return Outcome::Kept;
    }
    const auto actor = desk.actor ? desk.actor() : std::nullopt;
    if (!actor) {
        return Outcome::Cancelled;
    }
    const CostRates rates = dialog.rates();
    const QString path = desk.databasePath;
    Status saved;
    std::unique_ptr<QThread> worker(QThread::create([&saved, path, rates, actor] {
        auto database = openAbonentDatabase(path);
        saved =
            database ? CostRatesService(database.value()->connection()).save(*actor, rates) : Status(database.error());
    }));
    QProgressDialog busy(
        tr("Recomputing the support cost of the whole history with the new rates…"), QString(), 0, 0, parent);
    busy.setWindowTitle(tr("Support Cost Rates"));
    busy.setWindowModality(Qt::WindowModal);
    busy.setMinimumDuration(300);
    QEventLoop wait;
    connect(worker.get(), &QThread::finished, &wait, &QEventLoop::quit);
    worker->start();
    wait.exec();
    worker->wait();
    busy.close();
    if (!saved) {
        QMessageBox::warning(
            parent, tr("Support Cost Rates"), tr("The rates were not changed: %1").arg(saved.errorString()));
        return Outcome::Cancelled;
    }
    return Outcome::Saved;
}

} // namespace abonent
