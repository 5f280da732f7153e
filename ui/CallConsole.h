#pragma once

#include "CallScreen.h"
#include "CallerLookup.h"
#include "DeskContext.h"
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

class FieldMessage;

// What the operator sees while answering a call: who is calling, the
// warnings with their handling guidance, the allowance in one sentence,
// whom the caller last spoke with, who takes difficult callers; a running
// timer and the contact form. Keyboard first: the topic has the focus,
// Ctrl+T tags the caller with this call as evidence, Ctrl+Enter saves the
// contact with the timed duration.
class CallConsole : public QWidget
{
    Q_OBJECT

public:
    // `found`: the lookup of `callerId`, done once by whoever pops the console.
    CallConsole(const DeskContext& desk,
                const QString& callerId,
                const Result<CallerLookupResult>& found,
                QWidget* parent = nullptr);

    qint64 customerId() const { return m_customerId; }
    QLabel* bannerLabel() const { return m_banner; }
    QLabel* timerLabel() const { return m_timer; }
    QLineEdit* topicField() const { return m_topic; }
    qint64 savedContactId() const { return m_savedContact; }

public slots:
    void save();
    void tagCaller();

signals:
    void newCustomerRequested(const QString& phone);
    void message(const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void showCaller(qint64 customerId);
    void tick();

    DeskContext m_desk;
    QString m_callerId;
    qint64 m_customerId = 0;
    qint64 m_savedContact = 0;
    CallerLookupResult m_found;
    QDateTime m_started;
    QElapsedTimer m_elapsed;
    QList<TagRequest> m_pendingTags;

    QComboBox* m_matches = nullptr;
    QLabel* m_who = nullptr;
    QLabel* m_banner = nullptr;
    QLabel* m_facts = nullptr;
    QLabel* m_timer = nullptr;
    QLineEdit* m_topic = nullptr;
    QPlainTextEdit* m_summary = nullptr;
    QComboBox* m_outcome = nullptr;
    QComboBox* m_conduct = nullptr;
    QLabel* m_pendingLabel = nullptr;
    FieldMessage* m_saveMessage = nullptr;
    QPushButton* m_newCustomer = nullptr;
    QTimer* m_ticker = nullptr;
};

} // namespace abonent
