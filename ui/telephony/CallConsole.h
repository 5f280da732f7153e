#pragma once

#include "AmiCallTracker.h"
#include "CallDrafts.h"
#include "CallRecordings.h"
#include "CallScreen.h"
#include "CallerLookup.h"
#include "DeskContext.h"
#include "PendingTags.h"
#include "TagService.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace abonent {

class CustomerFinder;
class FieldMessage;

// What the operator sees while answering a call: who is calling, the
// warnings with their handling guidance, the allowance in one sentence,
// whom the caller last spoke with, who takes difficult callers; a running
// timer and the contact form. Keyboard first: the topic has the focus,
// Ctrl+T tags the caller with this call as evidence, Ctrl+Enter saves the
// contact with the timed duration. What is typed goes to the database every
// few seconds as a draft, which the next start offers back after a crash.
class CallConsole : public QWidget
{
    Q_OBJECT

public:
    // `found`: the lookup of `callerId`, done once by whoever pops the console.
    CallConsole(const DeskContext& desk,
                const QString& callerId,
                const Result<CallerLookupResult>& found,
                QWidget* parent = nullptr);

    // Takes up a note a previous run left unsaved: its fields, its customer
    // and the duration timed before it stopped.
    void resume(const CallDraft& draft);

    qint64 customerId() const { return m_customerId; }
    QLabel* bannerLabel() const { return m_banner; }
    QLabel* timerLabel() const { return m_timer; }
    QLineEdit* topicField() const { return m_topic; }
    QComboBox* matchesBox() const { return m_matches; }
    // The search for the caller when the number finds nobody (or is withheld).
    CustomerFinder* finder() const { return m_finder; }
    QLabel* callStateLabel() const { return m_callState; }
    qint64 savedContactId() const { return m_savedContact; }
    // The phone system's call this console is for; empty when it came
    // without one (`abonent call`, a recovered note).
    QString callKey() const { return m_callKey; }
    void setCallKey(const QString& key) { m_callKey = key; }
    // The phone system's names for the call, as far as they are known.
    const CallIdentity& identity() const { return m_identity; }
    qint64 savedUnlinkedCall() const { return m_savedUnlinked; }
    QComboBox* outcomeBox() const { return m_outcome; }
    // Whether anything was typed, tagged or chosen that closing would lose.
    bool hasNote() const;
    qint64 draftId() const { return m_draftId; }
    int elapsedSeconds() const;

    // How often a changed note is written as a draft.
    static constexpr int kDraftIntervalMs = 3000;

public slots:
    void save();
    void tagCaller();
    // Writes what is typed so far, if anything changed since the last time.
    void saveDraft();
    void linkNumber();
    void newCustomer();

    // News of the call from the phone system, shown in place. Answering
    // starts the timer again (the talk is what is timed); the end stops it.
    void callAnswered();
    void callEnded(abonent::AmiCallEvent::Ending ending);
    // The number on the line now (after a transfer, or once the phone system
    // says): the caller is looked up again unless a customer was chosen or
    // something typed.
    void callerKnown(const QString& callerId, const Result<CallerLookupResult>& found);
    // The phone system named the call or its recording's file.
    void callIdentified(const abonent::AmiCallEvent& event);

signals:
    void message(const QString& text);
    // A customer was created or given this number from the console.
    void customerOpened(qint64 customerId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void showFound(const Result<CallerLookupResult>& found);
    void showCaller(qint64 customerId);
    // The operator found the caller: the call is theirs.
    void chooseCustomer(qint64 customerId);
    // Looks the number up again after it was given to a customer.
    void lookUpAgain(qint64 preferred);
    void tick();
    // The timed duration, kept and no longer running.
    void stopTimer();
    void markChanged();
    void discardDraft();
    // The note as typed; an empty optional when it says nothing yet.
    std::optional<Contact> noteAsTyped();
    // Records the call on the chosen customer, or with nobody chosen keeps
    // it for linking later; with its recording, if any. Returns the row's id.
    Result<qint64> writeCall(const Contact& note, const Actor& actor, const QString& recording);
    // The recording's file name when the phone system records this call.
    QString recordingFileName() const;
    void showPendingTags();
    QString callerText() const;

    DeskContext m_desk;
    QString m_callerId;
    QString m_callKey;
    bool m_customerChosen = false; // by the operator, not by the lookup
    bool m_answered = false; // the phone system said so
    qint64 m_customerId = 0;
    qint64 m_savedContact = 0;
    qint64 m_savedUnlinked = 0;
    CallIdentity m_identity;
    qint64 m_draftId = 0;
    bool m_changed = false;
    CallerLookupResult m_found;
    QDateTime m_started;
    QElapsedTimer m_elapsed;
    int m_secondsBefore = 0; // timed by an earlier run, for a resumed note
    PendingTags m_pending;

    QComboBox* m_matches = nullptr;
    CustomerFinder* m_finder = nullptr;
    QLabel* m_who = nullptr;
    QLabel* m_resumed = nullptr;
    QLabel* m_banner = nullptr;
    QLabel* m_facts = nullptr;
    QLabel* m_timer = nullptr;
    QLabel* m_callState = nullptr;
    QLineEdit* m_topic = nullptr;
    QPlainTextEdit* m_summary = nullptr;
    QComboBox* m_outcome = nullptr;
    QComboBox* m_conduct = nullptr;
    QLabel* m_pendingLabel = nullptr;
    FieldMessage* m_saveMessage = nullptr;
    QPushButton* m_newCustomer = nullptr;
    QPushButton* m_link = nullptr;
    QTimer* m_ticker = nullptr;
    QTimer* m_draftTimer = nullptr;
};

} // namespace abonent
