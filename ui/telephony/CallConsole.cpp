#include "CallConsole.h"

#include "ChangeNotifier.h"
#include "ContactRepository.h"
#include "CustomerEditorDialog.h"
#include "CustomerFinder.h"
#include "CustomerPickerDialog.h"
#include "CustomerService.h"
#include "FormSupport.h"
#include "PhoneNumber.h"
#include "TimelineModel.h"
#include "Transaction.h"
#include "UnlinkedCalls.h"

#include <QCloseEvent>
#include <QColor>
#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTimer>
#include <QVBoxLayout>

namespace abonent {

namespace {

void selectCode(QComboBox* box, const QString& code)
{
    const int index = box->findData(code);
    if (index >= 0) {
        box->setCurrentIndex(index);
    }
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
    , m_draftTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("CallConsole"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Call from %1").arg(callerText()));
    m_elapsed.start();

    m_matches = new QComboBox(this);
    m_matches->setObjectName(QStringLiteral("matches"));
    m_who = richTextLabel(QStringLiteral("caller"), this);
    m_finder = new CustomerFinder(m_desk, this);
    m_finder->searchField()->setPlaceholderText(tr("Find the caller: name, contract, phone or address"));
    connect(m_finder, &CustomerFinder::chosen, this, &CallConsole::chooseCustomer);
    m_resumed = richTextLabel(QStringLiteral("resumed"), this);
    m_resumed->hide();
    m_banner = richTextLabel(QStringLiteral("banner"), this);
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setMargin(6);
    m_facts = richTextLabel(QStringLiteral("facts"), this);
    m_timer = new QLabel(this);
    m_timer->setObjectName(QStringLiteral("timer"));
    QFont big = m_timer->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_timer->setFont(big);
    m_callState = new QLabel(this);
    m_callState->setObjectName(QStringLiteral("callState"));
    m_newCustomer = new QPushButton(tr("&New Customer with This Number…"), this);
    m_newCustomer->setObjectName(QStringLiteral("newCustomer"));
    connect(m_newCustomer, &QPushButton::clicked, this, &CallConsole::newCustomer);
    m_link = new QPushButton(tr("&Link Number to a Customer…"), this);
    m_link->setObjectName(QStringLiteral("linkNumber"));
    connect(m_link, &QPushButton::clicked, this, &CallConsole::linkNumber);
    auto* unknownActions = new QHBoxLayout;
    unknownActions->addWidget(m_newCustomer);
    unknownActions->addWidget(m_link);
    unknownActions->addStretch();

    m_topic = new QLineEdit(this);
    m_topic->setObjectName(QStringLiteral("topic"));
    m_summary = new QPlainTextEdit(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setTabChangesFocus(true);
    m_outcome = new QComboBox(this);
    m_outcome->setObjectName(QStringLiteral("outcome"));
    fillWithOutcomes(m_outcome);
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
    for (QPushButton* writing : {m_newCustomer, m_link, tag, save}) {
        enableForWriting(writing, m_desk);
    }
    if (m_desk.isReadOnly()) {
        // The operator may still take notes to copy elsewhere; say at once that they stay here.
        m_saveMessage->show(tr("The database is open for reading only (%1): this call cannot be recorded in it.")
                                .arg(m_desk.readOnlyReason));
    }
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_timer);
    buttons->addWidget(m_callState);
    buttons->addStretch();
    buttons->addWidget(tag);
    buttons->addWidget(save);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_matches);
    layout->addWidget(m_who);
    layout->addWidget(m_finder);
    layout->addWidget(m_resumed);
    layout->addWidget(m_banner);
    layout->addWidget(m_facts);
    layout->addLayout(unknownActions);
    layout->addLayout(form);
    layout->addWidget(m_saveMessage);
    layout->addLayout(buttons);

    connect(m_ticker, &QTimer::timeout, this, &CallConsole::tick);
    m_ticker->start(1000);
    tick();

    connect(m_matches, &QComboBox::currentIndexChanged, this, [this] {
        if (m_matches->currentIndex() >= 0) {
            showCaller(m_matches->currentData().toLongLong());
            m_customerChosen = true;
            markChanged();
        }
    });
    showFound(found);

    // Every change to the note is written as a draft a few seconds later.
    m_draftTimer->setInterval(kDraftIntervalMs);
    connect(m_draftTimer, &QTimer::timeout, this, &CallConsole::saveDraft);
    m_draftTimer->start();
    connect(m_topic, &QLineEdit::textChanged, this, &CallConsole::markChanged);
    connect(m_summary, &QPlainTextEdit::textChanged, this, &CallConsole::markChanged);
    connect(m_outcome, &QComboBox::currentIndexChanged, this, &CallConsole::markChanged);
    connect(m_conduct, &QComboBox::currentIndexChanged, this, &CallConsole::markChanged);

    for (QWidget* field : findChildren<QWidget*>()) {
        field->installEventFilter(this);
    }
    if (m_finder->isVisibleTo(this)) {
        m_finder->searchField()->setFocus(); // "Who am I speaking to?"
    } else {
        (m_found.matches.size() > 1 ? static_cast<QWidget*>(m_matches) : m_topic)->setFocus();
    }
    resize(640, sizeHint().height());
}

void CallConsole::showFound(const Result<CallerLookupResult>& found)
{
    m_found = found ? found.value() : CallerLookupResult {};
    const QSignalBlocker quiet(m_matches);
    m_matches->clear();
    for (const CallerMatch& match : std::as_const(m_found.matches)) {
        m_matches->addItem(tr("%1 — %2, %3").arg(match.name, match.contract, labelOf(match.status)), match.customerId);
    }
    m_matches->setVisible(m_found.matches.size() > 1);
    const bool unknown = m_found.matches.isEmpty();
    m_finder->setVisible(unknown && found);
    m_newCustomer->setVisible(unknown && !m_found.unknownCaller && found);
    m_link->setVisible(unknown && !m_found.unknownCaller && found);
    if (!found) {
        m_customerId = 0; // nobody known: a save must not go to whoever was shown before
        m_who->setText(found.errorString().toHtmlEscaped());
        m_banner->hide();
    } else if (unknown) {
        m_customerId = 0;
        m_who->setText(m_found.unknownCaller
                           ? tr("<b>Withheld number.</b> Ask for the contract number or name and find them below.")
                           : tr("<b>Unknown caller.</b> Nobody has this number yet: find the customer below."));
        m_banner->hide();
        m_facts->clear();
    } else {
        showCaller(m_found.matches.first().customerId);
    }
}

void CallConsole::chooseCustomer(qint64 customerId)
{
    m_customerChosen = true;
    m_finder->hide();
    m_newCustomer->hide();
    m_link->hide();
    m_saveMessage->clear();
    showCaller(customerId);
    markChanged();
    m_topic->setFocus();
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
    // Every tag in force with what to do about it: the problems first.
    for (const ActiveTag& tag : screen.warnings + screen.otherTags) {
        // The tag's own colour as a swatch, the same as its chip on the card.
        const QColor colour(tag.tag.colour);
        const QString swatch = QStringLiteral("<span style=\"color:%1\">&#9632;</span> ")
                                   .arg((colour.isValid() ? colour : QColor(Qt::gray)).name());
        warnings << swatch
                + (tag.assignment.reason.trimmed().isEmpty()
                       ? tr("<b>%1</b><br><i>%2</i>")
                             .arg(tag.tag.name.toHtmlEscaped(), tag.tag.guidance.toHtmlEscaped())
                       : tr("<b>%1</b>: %2<br><i>%3</i>")
                             .arg(tag.tag.name.toHtmlEscaped(),
                                  tag.assignment.reason.toHtmlEscaped(),
                                  tag.tag.guidance.toHtmlEscaped()));
    }
    if (screen.problems.openCase && screen.problems.openCase->nextStep()) {
        warnings << tr("Open case; next step: %1").arg(labelOf(*screen.problems.openCase->nextStep()));
    }
    if (!screen.difficultCallerOperators.isEmpty()) {
        // The count picks the verb's number in Russian and Ukrainian.
        warnings << tr("Takes difficult callers: %1", nullptr, static_cast<int>(screen.difficultCallerOperators.size()))
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

int CallConsole::elapsedSeconds() const
{
    return m_secondsBefore + (m_ticker->isActive() ? static_cast<int>(m_elapsed.elapsed() / 1000) : 0);
}

void CallConsole::tick()
{
    m_timer->setText(TimelineModel::formatDuration(elapsedSeconds()));
}

void CallConsole::stopTimer()
{
    if (m_ticker->isActive()) {
        m_secondsBefore = elapsedSeconds();
        m_ticker->stop();
    }
    tick();
}

bool CallConsole::hasNote() const
{
    return !m_topic->text().trimmed().isEmpty() || !m_summary->toPlainText().trimmed().isEmpty() || !m_pending.isEmpty()
        || m_customerChosen || m_outcome->currentIndex() > 0 || m_conduct->currentIndex() > 0;
}

void CallConsole::callAnswered()
{
    if (m_savedContact > 0 || !m_ticker->isActive()) {
        return;
    }
    // The contact lasts from the answer: the ringing was nobody's time.
    m_answered = true;
    m_started = QDateTime::currentDateTimeUtc();
    m_secondsBefore = 0;
    m_elapsed.restart();
    tick();
    m_callState->setText(tr("On the call"));
}

void CallConsole::callEnded(AmiCallEvent::Ending ending)
{
    if (m_savedContact > 0) {
        return;
    }
    const bool notTaken = ending == AmiCallEvent::Ending::Missed || ending == AmiCallEvent::Ending::AnsweredElsewhere;
    stopTimer();
    if (notTaken && !m_answered) {
        // Nobody spoke here: a note kept for it records no talk time.
        m_secondsBefore = 0;
        tick();
    }
    switch (ending) {
    case AmiCallEvent::Ending::Missed:
        m_callState->setText(tr("Stopped ringing here before it was answered."));
        break;
    case AmiCallEvent::Ending::AnsweredElsewhere:
        m_callState->setText(tr("Answered at another phone."));
        break;
    case AmiCallEvent::Ending::TransferredAway:
        m_callState->setText(tr("Call passed on."));
        break;
    case AmiCallEvent::Ending::HungUp:
    case AmiCallEvent::Ending::None:
        m_callState->setText(tr("Call ended."));
        break;
    }
    if (notTaken && !hasNote()) {
        // Nothing to record at this desk: the console goes, the status bar says why.
        emit message(ending == AmiCallEvent::Ending::Missed
                         ? tr("The call from %1 stopped ringing here before it was answered.").arg(callerText())
                         : tr("The call from %1 was answered at another phone.").arg(callerText()));
        close();
    }
}

void CallConsole::callerKnown(const QString& callerId, const Result<CallerLookupResult>& found)
{
    if (callerId == m_callerId || m_savedContact > 0) {
        return;
    }
    m_callerId = callerId;
    setWindowTitle(tr("Call from %1").arg(callerText()));
    if (m_customerChosen || hasNote()) {
        return; // what the operator chose or wrote is about the call as it was
    }
    showFound(found);
}

QString CallConsole::callerText() const
{
    return CallerLookup::isWithheld(m_callerId)
        ? tr("a withheld number")
        : PhoneNumber::shown(CallerLookup::numberIn(m_callerId), m_desk.defaultCountry);
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
        if (press->key() == Qt::Key_Escape && press->modifiers() == Qt::NoModifier) {
            close(); // asks first when a note would be lost
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
    if (m_pending.pick(m_desk, m_customerId, windowTitle(), this)) {
        showPendingTags();
        markChanged();
    }
}

void CallConsole::showPendingTags()
{
    m_pendingLabel->setText(m_pending.isEmpty() ? tr("none") : m_pending.names().join(QLatin1String(", ")));
}

void CallConsole::newCustomer()
{
    CustomerEditorDialog editor(m_desk, m_callerId, this);
    if (editor.exec() == QDialog::Accepted) {
        lookUpAgain(editor.customerId());
        emit customerOpened(editor.customerId());
    }
}

void CallConsole::linkNumber()
{
    CustomerPickerDialog picker(m_desk,
                                tr("Link Number to a Customer"),
                                tr("Whose number is %1? Find the customer; the number is added to their phones, so "
                                   "the next call from it finds them.")
                                    .arg(callerText()),
                                this);
    if (picker.exec() != QDialog::Accepted) {
        return;
    }
    const auto actor = m_desk.actor();
    if (!actor) {
        m_saveMessage->show(chooseDeskOperatorFirst());
        return;
    }
    const Status linked = m_desk.customers->linkPhone(
        *actor, picker.chosenCustomer(), m_callerId, m_desk.defaultCountry, tr("from a call"));
    if (!linked) {
        m_saveMessage->show(linked.errorString());
        return;
    }
    lookUpAgain(picker.chosenCustomer());
    emit customerOpened(picker.chosenCustomer());
}

void CallConsole::lookUpAgain(qint64 preferred)
{
    m_customerChosen = true;
    showFound(CallerLookup(m_desk.db, m_desk.defaultCountry).lookup(m_callerId));
    // The number may not be the customer's (the editor can change it): show them anyway.
    const int index = m_matches->findData(preferred);
    if (index > 0) {
        m_matches->setCurrentIndex(index);
    } else if (index < 0 && preferred > 0) {
        m_newCustomer->hide();
        m_link->hide();
        showCaller(preferred);
    }
    markChanged();
    m_topic->setFocus();
}

void CallConsole::markChanged()
{
    m_changed = true;
}

void CallConsole::saveDraft()
{
    if (!m_changed || m_savedContact > 0 || m_desk.deskId.isEmpty() || m_desk.isReadOnly()) {
        return;
    }
    CallDraft draft;
    draft.id = m_draftId;
    draft.desk = m_desk.deskId;
    draft.callerId = m_callerId;
    draft.customerId = m_customerId;
    draft.operatorId = m_desk.knownOperator ? m_desk.knownOperator() : std::nullopt;
    draft.startedAt = m_started;
    draft.durationSeconds = elapsedSeconds();
    draft.topic = m_topic->text();
    draft.summary = m_summary->toPlainText();
    draft.outcome = m_outcome->currentData().toString();
    draft.conduct = m_conduct->currentData().toString();
    draft.pendingTags = m_pending.requests();
    if (!draft.hasContent()) {
        discardDraft(); // everything typed was deleted again
        m_changed = false;
        return;
    }
    auto saved = CallDraftStore(m_desk.db).save(draft);
    if (!saved) {
        // Typing goes on; the next tick tries again.
        m_saveMessage->show(tr("The note could not be kept as a draft: %1").arg(saved.errorString()));
        return;
    }
    m_draftId = saved.value();
    m_changed = false;
}

void CallConsole::discardDraft()
{
    if (m_draftId <= 0) {
        return;
    }
    if (Status gone = CallDraftStore(m_desk.db).discard(m_draftId); !gone) {
        // Kept, then: it is offered again at the next start rather than lost.
        emit message(tr("The draft of this call could not be removed: %1").arg(gone.errorString()));
        return;
    }
    m_draftId = 0;
}

void CallConsole::resume(const CallDraft& draft)
{
    m_draftId = draft.id;
    m_customerChosen = draft.customerId > 0;
    m_started = draft.startedAt;
    // The call ended with the previous run: its duration is what was timed then.
    m_secondsBefore = draft.durationSeconds;
    m_ticker->stop();
    tick();
    const int index = m_matches->findData(draft.customerId);
    if (index >= 0) {
        m_matches->setCurrentIndex(index);
    } else if (draft.customerId > 0) {
        m_newCustomer->hide();
        m_link->hide();
        showCaller(draft.customerId);
    }
    m_topic->setText(draft.topic);
    m_summary->setPlainText(draft.summary);
    selectCode(m_outcome, draft.outcome);
    selectCode(m_conduct, draft.conduct);
    m_pending.clear();
    for (const TagRequest& pending : std::as_const(draft.pendingTags)) {
        auto tag = m_desk.tags ? m_desk.tags->tag(pending.tagId) : Result<Tag>(makeError(Error::Code::NotFound, {}));
        m_pending.add(pending, tag ? tag->name : tr("tag %1").arg(pending.tagId));
    }
    showPendingTags();
    const QLocale locale;
    m_resumed->setText(tr("<b>Recovered note</b> of the call at %1: Abonent closed before it was saved. "
                          "Save it with Ctrl+Enter, or close the console to discard it.")
                           .arg(locale.toString(m_started.toLocalTime(), QLocale::ShortFormat)));
    m_resumed->show();
    m_changed = false;
}

std::optional<Contact> CallConsole::noteAsTyped()
{
    Contact note;
    note.customerId = m_customerId;
    note.channel = Channel::PhoneIn;
    note.startedAt = m_started;
    note.durationSeconds = elapsedSeconds();
    note.topic = m_topic->text().trimmed();
    note.summary = m_summary->toPlainText().trimmed();
    readOutcome(m_outcome, note);
    note.conduct = fromCode<Conduct>(m_conduct->currentData().toString()).value_or(Conduct::Normal);
    if (Status described = ContactRepository::checkDescribed(note); !described) {
        m_saveMessage->show(described.errorString());
        m_topic->setFocus();
        return std::nullopt;
    }
    return note;
}

QString CallConsole::recordingFileName() const
{
    if (m_callKey.isEmpty()) {
        return {}; // not a call the phone system told of
    }
    const RecordingPlace place = RecordingPlace::ofDesk(QSettings());
    // A file the phone system named is kept even before this desk knows
    // where the recordings are: it can be found once that is set.
    if (!place.isSet() && m_identity.announcedFile.isEmpty()) {
        return {};
    }
    CallIdentity call = m_identity;
    call.callerId = m_callerId;
    call.startedAt = m_started;
    const QString name = place.fileNameFor(call);
    if (name.isEmpty() || !call.announcedFile.isEmpty()) {
        return name;
    }
    // Named by the pattern only: a file that is not there means the call was
    // not recorded, and one behind a URL cannot be seen to be there.
    return !place.isUrl() && QFileInfo::exists(place.locationOf(name)) ? name : QString();
}

void CallConsole::save()
{
    std::optional<Contact> note = noteAsTyped();
    if (!note) {
        return;
    }
    // Who records it is asked first, while this console is the active
    // window: the question opens over it, not over the main window.
    const auto actor = m_desk.actor();
    if (!actor) {
        m_saveMessage->show(chooseDeskOperatorFirst());
        return;
    }
    if (m_customerId <= 0) {
        QMessageBox ask(QMessageBox::Question,
                        windowTitle(),
                        tr("Nobody is chosen for this call. Keep it among the unlinked calls, to link it to the "
                           "customer later (Customers → Unlinked Calls)?"),
                        QMessageBox::Cancel,
                        this);
        ask.setObjectName(QStringLiteral("keepUnlinked"));
        QPushButton* keep = ask.addButton(tr("&Keep Unlinked"), QMessageBox::AcceptRole);
        ask.setDefaultButton(keep);
        ask.exec();
        if (ask.clickedButton() != keep) {
            m_finder->searchField()->setFocus();
            return;
        }
    }
    note->operatorId = actor->operatorId;
    const bool unlinked = m_customerId <= 0;
    const QString recording = recordingFileName();
    auto saved = writeCall(*note, *actor, recording);
    if (m_desk.notifier && !unlinked && (!saved || !recording.isEmpty())) {
        // The service announced the contact inside the transaction: before
        // its recording was written, or before it was all taken back.
        emit m_desk.notifier->customerChanged(m_customerId);
    }
    if (!saved) {
        m_saveMessage->show(saved.errorString());
        return;
    }
    m_draftId = 0;
    (unlinked ? m_savedUnlinked : m_savedContact) = saved.value();
    stopTimer();
    m_draftTimer->stop();
    if (unlinked && m_desk.notifier) {
        emit m_desk.notifier->unlinkedCallsChanged();
    }
    emit message(unlinked ? tr("Call kept without a customer: link it from Customers → Unlinked Calls.")
                          : tr("Call recorded: %1").arg(TimelineModel::formatDuration(note->durationSeconds)));
    close();
}

Result<qint64> CallConsole::writeCall(const Contact& note, const Actor& actor, const QString& recording)
{
    const bool unlinked = m_customerId <= 0;
    // The call, its recording and the end of its draft are one transaction:
    // a draft left behind would be offered again and recorded twice.
    return inTransaction(m_desk.db, [&]() -> Result<qint64> {
        auto written =
            unlinked ? UnlinkedCalls(m_desk.db).keep(actor, m_callerId, note) : m_pending.record(m_desk, actor, note);
        if (written && !recording.isEmpty()) {
            if (auto attached = CallRecordings(m_desk.db).attach(
                    unlinked ? 0 : written.value(), unlinked ? written.value() : 0, m_identity.uniqueId, recording);
                !attached) {
                return attached.error();
            }
        }
        if (written && m_draftId > 0) {
            if (Status gone = CallDraftStore(m_desk.db).discard(m_draftId); !gone) {
                return gone.error();
            }
        }
        return written;
    });
}

void CallConsole::callIdentified(const AmiCallEvent& event)
{
    if (!event.uniqueId.isEmpty()) {
        m_identity.uniqueId = event.uniqueId;
    }
    if (!event.linkedId.isEmpty()) {
        m_identity.linkedId = event.linkedId;
    }
    if (!event.recordingFile.isEmpty()) {
        m_identity.announcedFile = event.recordingFile;
    }
}

void CallConsole::closeEvent(QCloseEvent* event)
{
    if (m_savedContact == 0 && m_savedUnlinked == 0 && hasNote()
        && QMessageBox::question(this,
                                 windowTitle(),
                                 tr("This call is not recorded yet. Close it and lose what was typed?"),
                                 QMessageBox::Discard | QMessageBox::Cancel,
                                 QMessageBox::Cancel)
            != QMessageBox::Discard) {
        event->ignore();
        return;
    }
    m_draftTimer->stop();
    discardDraft();
    QWidget::closeEvent(event);
}

} // namespace abonent
