#pragma once

#include "Result.h"

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QPlainTextEdit;

namespace abonent {

class FieldMessage;

// Asks for the reason a step is taken (removing a tag, skipping a case step,
// closing a case, opening one) and runs the action with it. The action's
// error is shown in place, and the dialog stays open to correct the text.
class ReasonDialog : public QDialog
{
    Q_OBJECT

public:
    using Action = std::function<Status(const QString& reason)>;

    ReasonDialog(const QString& title,
                 const QString& explanation,
                 const QString& confirmText,
                 Action action,
                 QWidget* parent = nullptr);

    QPlainTextEdit* reasonField() const { return m_reason; }

public slots:
    void accept() override;

private:
    Action m_action;
    QPlainTextEdit* m_reason = nullptr;
    FieldMessage* m_message = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace abonent
