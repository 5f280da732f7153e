#include "ContactDialog.h"

#include "CustomerService.h"
#include "FormSupport.h"
#include "IconLoader.h"
#include "InputParsing.h"
#include "ReferenceListModels.h"
#include "TagPickerDialog.h"
#include "TimelineModel.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace abonent {

ContactDialog::ContactDialog(const DeskContext& desk, qint64 customerId, const QString& customerName, QWidget* parent)
    : QDialog(parent)
    , m_desk(desk)
    , m_customerId(customerId)
    , m_customerName(customerName)
    , m_operators(new OperatorListModel(desk.db, this))
{
    setObjectName(QStringLiteral("ContactDialog"));
    setWindowTitle(tr("New Contact — %1").arg(customerName));

    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("channel"));
    fillWithLabels<Channel>(m_channel);
    m_started = new QDateTimeEdit(QDateTime::currentDateTime(), this);
    m_started->setCalendarPopup(true);
    m_started->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    limitToSensibleDates(m_started, EnteredDates::Kind::Happened);
    m_duration = new QLineEdit(this);
    m_duration->setObjectName(QStringLiteral("duration"));
    m_duration->setPlaceholderText(tr("4:30 or 270 (seconds)"));
    m_durationMessage = new FieldMessage(this);
    // How the duration was read, so "15" meant as minutes is caught at once.
    m_durationRead = new QLabel(this);
    m_durationRead->setObjectName(QStringLiteral("durationRead"));
    m_operator = new QComboBox(this);
    m_operator->setObjectName(QStringLiteral("operator"));
    m_operator->setModel(m_operators);
    // The operator at this desk handled it, unless said otherwise; nobody is
    // preselected when the desk is unknown.
    const auto me = m_desk.knownOperator ? m_desk.knownOperator() : std::nullopt;
    m_operator->setCurrentIndex(me ? m_operators->rowOf(*me) : -1);
    m_topic = new QLineEdit(this);
    m_topic->setObjectName(QStringLiteral("topic"));
    m_summary = new QPlainTextEdit(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setTabChangesFocus(true);
    m_outcome = new QComboBox(this);
    fillWithOutcomes(m_outcome);
    m_conduct = new QComboBox(this);
    m_conduct->setObjectName(QStringLiteral("conduct"));
    fillWithLabels<Conduct>(m_conduct);

    auto* form = new QFormLayout;
    form->addRow(tr("C&hannel:"), m_channel);
    form->addRow(tr("&Started:"), m_started);
    auto* duration = new QHBoxLayout;
    duration->addWidget(m_duration, 1);
    duration->addWidget(m_durationRead);
    addRowFor(form, tr("&Duration:"), duration, m_duration);
    form->addRow(QString(), m_durationMessage);
    form->addRow(tr("&Operator:"), m_operator);
    form->addRow(tr("&Topic:"), m_topic);
    form->addRow(tr("S&ummary:"), m_summary);
    form->addRow(tr("Out&come:"), m_outcome);
    form->addRow(tr("Caller's co&nduct:"), m_conduct);

    m_pendingLabel = new QLabel(this);
    m_pendingLabel->setObjectName(QStringLiteral("pendingTags"));
    m_pendingLabel->setWordWrap(true);
    auto* tagButton = new QPushButton(IconLoader::icon(QStringLiteral("tag")), tr("Ta&g Caller…"), this);
    tagButton->setToolTip(tr("Tag the caller, with this contact as evidence (Ctrl+T)"));
    connect(tagButton, &QPushButton::clicked, this, &ContactDialog::tagCaller);
    m_clearTags = new QPushButton(tr("C&lear Tags"), this);
    m_clearTags->setToolTip(tr("Keep the contact, without the tags added to it"));
    connect(m_clearTags, &QPushButton::clicked, this, &ContactDialog::clearPendingTags);
    auto* tagRow = new QHBoxLayout;
    tagRow->addWidget(m_pendingLabel, 1);
    tagRow->addWidget(m_clearTags);
    tagRow->addWidget(tagButton);
    form->addRow(tr("Tags:"), tagRow);
    showPendingTags();

    m_saveMessage = new FieldMessage(this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Save)->setToolTip(tr("Save (Ctrl+Enter)"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ContactDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ContactDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_saveMessage);
    layout->addWidget(m_buttons);

    connect(m_duration, &QLineEdit::textChanged, this, &ContactDialog::validate);
    // Ctrl+Enter (either Enter key) saves from any field, the summary
    // included: every field passes its keys by the dialog first.
    for (QWidget* field : findChildren<QWidget*>()) {
        field->installEventFilter(this);
    }
    m_channel->setFocus();
    resize(520, sizeHint().height());
}

bool ContactDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto* press = static_cast<QKeyEvent*>(event);
        const int key = press->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && press->modifiers().testFlag(Qt::ControlModifier)) {
            accept();
            return true;
        }
        // Tagging the caller while still on the phone.
        if (key == Qt::Key_T && press->modifiers() == Qt::ControlModifier) {
            tagCaller();
            return true;
        }
        // Tab leaves the start time for the next field instead of walking
        // its sections (the arrow keys do that): the start is usually right.
        if (watched == m_started && (key == Qt::Key_Tab || key == Qt::Key_Backtab)) {
            key == Qt::Key_Tab ? focusNextChild() : focusPreviousChild();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

bool ContactDialog::validate()
{
    const QString text = m_duration->text().trimmed();
    const auto seconds = InputParsing::duration(text);
    if (!text.isEmpty() && !seconds) {
        m_durationRead->clear();
        m_durationMessage->show(tr("Write the duration as minutes:seconds (4:30) or in seconds (270)."));
        return false;
    }
    m_durationRead->setText(seconds ? tr("= %1 min:sec").arg(TimelineModel::formatDuration(*seconds)) : QString());
    m_durationMessage->clear();
    return true;
}

bool ContactDialog::isDirty() const
{
    return !m_duration->text().isEmpty() || !m_topic->text().isEmpty() || !m_summary->toPlainText().isEmpty()
        || !m_pending.isEmpty();
}

void ContactDialog::accept()
{
    if (!validate()) {
        m_duration->setFocus();
        return;
    }
    if (m_operator->currentIndex() < 0) {
        m_saveMessage->show(tr("Choose the operator who handled the contact."));
        m_operator->setFocus();
        return;
    }
    const auto actor = m_desk.actor();
    if (!actor) {
        m_saveMessage->show(chooseDeskOperatorFirst());
        return;
    }
    Contact contact;
    contact.customerId = m_customerId;
    contact.channel = fromCode<Channel>(m_channel->currentData().toString()).value_or(Channel::PhoneIn);
    contact.startedAt = m_started->dateTime().toUTC();
    contact.durationSeconds = InputParsing::duration(m_duration->text()).value_or(0);
    contact.operatorId = m_operator->currentData(OperatorListModel::IdRole).toLongLong();
    contact.topic = m_topic->text().trimmed();
    contact.summary = m_summary->toPlainText().trimmed();
    readOutcome(m_outcome, contact);
    contact.conduct = fromCode<Conduct>(m_conduct->currentData().toString()).value_or(Conduct::Normal);
    auto saved = m_pending.record(m_desk, *actor, contact);
    if (!saved) {
        m_saveMessage->show(saved.errorString());
        return;
    }
    m_contactId = saved.value();
    QDialog::accept();
}

void ContactDialog::tagCaller()
{
    if (m_pending.pick(m_desk, m_customerId, m_customerName, this)) {
        showPendingTags();
    }
}

void ContactDialog::clearPendingTags()
{
    m_pending.clear();
    showPendingTags();
}

void ContactDialog::showPendingTags()
{
    m_pendingLabel->setText(
        m_pending.isEmpty()
            ? tr("none")
            : tr("%1 — set when the contact is saved").arg(m_pending.names().join(QLatin1String(", "))));
    m_clearTags->setVisible(!m_pending.isEmpty());
}

void ContactDialog::reject()
{
    if (isDirty()
        && QMessageBox::question(this,
                                 windowTitle(),
                                 tr("Discard this contact? What was typed will be lost."),
                                 QMessageBox::Discard | QMessageBox::Cancel,
                                 QMessageBox::Cancel)
            != QMessageBox::Discard) {
        return;
    }
    QDialog::reject();
}

} // namespace abonent
