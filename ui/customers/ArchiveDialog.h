#pragma once

#include "DeskContext.h"
#include "Entities.h"

#include <QDialog>

class QDialogButtonBox;
class QPlainTextEdit;

namespace abonent {

class FieldMessage;

// Archives a customer; the reason is required and kept in the audit log.
class ArchiveDialog : public QDialog
{
    Q_OBJECT

public:
    ArchiveDialog(const DeskContext& desk, const Customer& customer, QWidget* parent = nullptr);

public slots:
    void accept() override;

private:
    DeskContext m_desk;
    qint64 m_customerId = 0;
    QPlainTextEdit* m_reason = nullptr;
    FieldMessage* m_message = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace abonent
