#pragma once

#include "DeskContext.h"
#include "PendingTags.h"
#include "TagService.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace abonent {

class FieldMessage;
class OperatorListModel;

// Records one contact with a customer, keyboard only: fields in the order
// they are filled, Tab between them, Ctrl+Enter saves from anywhere.
// Duration takes "4:30" or "270" (seconds).
class ContactDialog : public QDialog
{
    Q_OBJECT

public:
    ContactDialog(const DeskContext& desk, qint64 customerId, const QString& customerName, QWidget* parent = nullptr);

    qint64 contactId() const { return m_contactId; }
    // Tags chosen with Ctrl+T, set when the contact is saved with it as evidence.
    const QList<TagRequest>& pendingTags() const { return m_pending.requests(); }

public slots:
    void tagCaller();

    void accept() override;
    void reject() override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    bool validate();
    bool isDirty() const;
    void clearPendingTags();
    void showPendingTags();

    DeskContext m_desk;
    qint64 m_customerId = 0;
    QString m_customerName;
    PendingTags m_pending;
    QLabel* m_pendingLabel = nullptr;
    QPushButton* m_clearTags = nullptr;
    qint64 m_contactId = 0;
    OperatorListModel* m_operators = nullptr;
    QComboBox* m_channel = nullptr;
    QDateTimeEdit* m_started = nullptr;
    QLineEdit* m_duration = nullptr;
    FieldMessage* m_durationMessage = nullptr;
    QLabel* m_durationRead = nullptr;
    QComboBox* m_operator = nullptr;
    QLineEdit* m_topic = nullptr;
    QPlainTextEdit* m_summary = nullptr;
    QComboBox* m_outcome = nullptr;
    QComboBox* m_conduct = nullptr;
    FieldMessage* m_saveMessage = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace abonent
