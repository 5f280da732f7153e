#include "CallConsole.h"

#include "CustomerService.h"
#include "FormSupport.h"
#include "TagPickerDialog.h"
#include "TimelineModel.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace abonent {

namespace {

QLabel* wrapped(const QString& name, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    return label;
}

} // namespace

CallConsole::CallConsole(const DeskContext& desk,
                         const QString& callerId,
                         const Result<CallerLookupResult>& found,
                         QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_desk(desk)
    , m_callerId(callerId)
    , m_started(QDateTime::currentDateTimeUtc())
    , m_ticker(new QTimer(this))
{
    setObjectName(QStringLiteral("CallConsole"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Call from %1").arg(CallerLookup::isWithheld(callerId) ? tr("a withheld number") : callerId));
    m_elapsed.start();

    m_matches = new QComboBox(this);
    m_matches->setObjectName(QStringLiteral("matches"));
    m_who = wrapped(QStringLiteral("caller"), this);
    m_banner = wrapped(QStringLiteral("banner"), this);
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setMargin(6);
    m_facts = wrapped(QStringLiteral("facts"), this);
    m_timer = new QLabel(this);
    m_timer->setObjectName(QStringLiteral("timer"));
    QFont big = m_timer->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_timer->setFont(big);
    m_newCustomer = new QPushButton(tr("&New Customer with This Number…"), this);
    connect(m_newCustomer, &QPushButton::clicked, this, [this] { emit newCustomerRequested(m_callerId); });

    m_topic = new QLineEdit(this);
    m_topic->setObjectName(QStringLiteral("topic"));
    m_summary = new QPlainTextEdit(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setTabChangesFocus(true);
    m_outcome = new QComboBox(this);
    fillWithLabels<Outcome>(m_outcome);
    m_conduct = new QComboBox(this);
    m_conduct->setObjectName(QStringLiteral("conduct"));
    fillWithLabels<Conduct>(m_conduct);
    m_pendingLabel = new QLabel(tr("none"), this);
    m_saveMessage = new FieldMessage(this);

    auto* form = new QFormLayout;
    form->addRow(tr("&Topic:"), m_topic);
    form->addRow(tr("S&ummary:"), m_summary);
    form->addRow(tr("Out&come:"), m_outcome);
    form->addRow(tr("Caller's co&nduct:"), m_conduct);
    form->addRow(tr("Tags:"), m_pendingLabel);

    auto* save = new QPushButton(tr("&Save Contact"), this);
    save->setToolTip(tr("Ctrl+Enter"));
    connect(save, &QPushButton::clicked, this, &CallConsole::save);
    auto* tag = new QPushButton(tr("Ta&g Caller…"), this);
    tag->setToolTip(tr("Ctrl+T: this call is the evidence"));
    connect(tag, &QPushButton::clicked, this, &CallConsole::tagCaller);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_timer);
    buttons->addStretch();
    buttons->addWidget(tag);
    buttons->addWidget(save);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_matches);
    layout->addWidget(m_who);
    layout->addWidget(m_banner);
    layout->addWidget(m_facts);
    layout->addWidget(m_newCustomer);
    layout->addLayout(form);
    layout->addWidget(m_saveMessage);
    layout->addLayout(buttons);

    connect(m_ticker, &QTimer::timeout, this, &CallConsole::tick);
    m_ticker->start(1000);
    tick();

    if (!found) {
        m_who->setText(found.errorString().toHtmlEscaped());
    } else {
        m_found = found.value();
    }
    m_matches->setVisible(m_found.matches.size() > 1);
    for (const CallerMatch& match : std::as_const(m_found.matches)) {
        m_matches->addItem(tr("%1 — %2, %3").arg(match.name, match.contract, labelOf(match.status)), match.customerId);
    }
    connect(m_matches, &QComboBox::currentIndexChanged, this, [this] {
        showCaller(m_matches->currentData().toLongLong());
    });
    m_newCustomer->setVisible(m_found.matches.isEmpty() && !m_found.unknownCaller);
    if (m_found.matches.isEmpty()) {
        m_who->setText(m_found.unknownCaller ? tr("<b>Withheld number.</b> Ask for the contract number or name.")
                                             : tr("<b>Unknown caller.</b> Nobody has this number yet."));
        m_banner->hide();
    } else {
        showCaller(m_found.matches.first().customerId);
    }
    for (QWidget* field : findChildren<QWidget*>()) {
        field->installEventFilter(this);
    }
    (m_found.matches.size() > 1 ? static_cast<QWidget*>(m_matches) : m_topic)->setFocus();
    resize(640, sizeHint().height());
}

void CallConsole::showCaller(qint64 customerId)
{
    m_customerId = customerId;
    auto read =
        CallScreenReader(m_desk.db).read(customerId, m_desk.knownOperator ? m_desk.knownOperator() : std::nullopt);
    if (!read) {
        m_who->setText(read.errorString().toHtmlEscaped());
        return;
    }
    const CallScreen& screen = read.value();
    const Customer& customer = screen.card.customer;
    const QLocale locale;
    m_who->setText(tr("<b>%1</b> · contract %2 · %3 · %4")
                       .arg(customer.name.toHtmlEscaped(),
                            customer.contractNumber.toHtmlEscaped(),
                            labelOf(customer.status),
                            screen.card.plan ? screen.card.plan->name.toHtmlEscaped() : tr("no plan")));
    QStringList warnings;
    for (const ActiveTag& tag : screen.warnings) {
        warnings << tr("<b>%1</b>: %2<br><i>%3</i>")
                        .arg(tag.tag.name.toHtmlEscaped(),
                             tag.assignment.reason.toHtmlEscaped(),
                             tag.tag.guidance.toHtmlEscaped());
    }
    if (screen.problems.openCase && screen.problems.openCase->nextStep()) {
        warnings << tr("Open case; next step: %1").arg(labelOf(*screen.problems.openCase->nextStep()));
    }
    if (!screen.difficultCallerOperators.isEmpty()) {
        warnings << tr("Takes difficult callers: %1")
                        .arg(screen.difficultCallerOperators.join(QLatin1String(", ")).toHtmlEscaped());
    }
    m_banner->setVisible(!warnings.isEmpty());
    m_banner->setText(warnings.join(QLatin1String("<br>")));

    QStringList facts {screen.allowanceRule.toHtmlEscaped()};
    if (screen.lastSpokeAt.isValid()) {
        facts << tr("Last spoke with: <b>%1</b>, %2")
                     .arg(screen.lastSpokeWith.toHtmlEscaped(),
                          locale.toString(screen.lastSpokeAt.toLocalTime(), QLocale::ShortFormat));
    }
    for (const RecentContact& contact : screen.recent) {
        facts << tr("%1 · %2 · %3 · %4")
                     .arg(locale.toString(contact.at.toLocalTime(), QLocale::ShortFormat),
                          labelOf(contact.channel),
                          contact.operatorName.toHtmlEscaped(),
                          labelOf(contact.outcome));
    }
    for (const Suggestion& suggestion : screen.problems.suggestions) {
        facts << suggestion.text.toHtmlEscaped();
    }
    m_facts->setText(facts.join(QLatin1String("<br>")));
}

void CallConsole::tick()
{
    m_timer->setText(TimelineModel::formatDuration(static_cast<int>(m_elapsed.elapsed() / 1000)));
}

bool CallConsole::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto* press = static_cast<QKeyEvent*>(event);
        const bool enter = press->key() == Qt::Key_Return || press->key() == Qt::Key_Enter;
        if (enter && press->modifiers().testFlag(Qt::ControlModifier)) {
            save();
            return true;
        }
        if (press->key() == Qt::Key_T && press->modifiers() == Qt::ControlModifier) {
            tagCaller();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CallConsole::tagCaller()
{
    if (m_customerId <= 0) {
        m_saveMessage->show(tr("Find the customer first: a tag belongs to a customer."));
        return;
    }
    TagPickerDialog picker(m_desk, m_customerId, windowTitle(), TagPickerDialog::Mode::DuringContact, this);
    // Tags already added to this call are not offered twice (the save would refuse them).
    QSet<qint64> added;
    for (const TagRequest& pending : std::as_const(m_pendingTags)) {
        added.insert(pending.tagId);
    }
    picker.leaveOut(added);
    if (picker.exec() == QDialog::Accepted) {
        m_pendingTags.append(picker.request());
        m_pendingLabel->setText(m_pendingLabel->text() == tr("none")
                                    ? picker.chosenTagName()
                                    : m_pendingLabel->text() + QLatin1String(", ") + picker.chosenTagName());
    }
}

void CallConsole::save()
{
    if (m_customerId <= 0) {
        m_saveMessage->show(tr("Find the customer first: the contact is recorded on their history."));
        return;
    }
    const auto actor = m_desk.actor();
    if (!actor) {
        m_saveMessage->show(chooseDeskOperatorFirst());
        return;
    }
    Contact contact;
    contact.customerId = m_customerId;
    contact.channel = Channel::PhoneIn;
    contact.startedAt = m_started;
    contact.durationSeconds = static_cast<int>(m_elapsed.elapsed() / 1000);
    contact.operatorId = actor->operatorId;
    contact.topic = m_topic->text().trimmed();
    contact.summary = m_summary->toPlainText().trimmed();
    contact.outcome = fromCode<Outcome>(m_outcome->currentData().toString()).value_or(Outcome::Resolved);
    contact.conduct = fromCode<Conduct>(m_conduct->currentData().toString()).value_or(Conduct::Normal);
    auto saved = m_pendingTags.isEmpty() ? m_desk.customers->addContact(*actor, contact)
                                         : m_desk.tags->recordContactWithTags(*actor, contact, m_pendingTags);
    if (!saved) {
        m_saveMessage->show(saved.errorString());
        return;
    }
    m_savedContact = saved.value();
    m_ticker->stop();
    emit message(tr("Call recorded: %1").arg(TimelineModel::formatDuration(contact.durationSeconds)));
    close();
}

void CallConsole::closeEvent(QCloseEvent* event)
{
    const bool typed = !m_topic->text().trimmed().isEmpty() || !m_summary->toPlainText().trimmed().isEmpty();
    if (m_savedContact == 0 && typed
        && QMessageBox::question(this,
                                 windowTitle(),
                                 tr("This call is not recorded yet. Close it and lose what was typed?"),
                                 QMessageBox::Discard | QMessageBox::Cancel,
                                 QMessageBox::Cancel)
            != QMessageBox::Discard) {
        event->ignore();
        return;
    }
    QWidget::closeEvent(event);
}

} // namespace abonent
