#pragma once

#include "DeskContext.h"

#include <QDialog>

class QSpinBox;

namespace abonent {

class FieldMessage;

// Settings → Privacy: how many years a letter holds its customer's personal
// data back from erasure (PrivacySettings), the owner's to change.
class PrivacySettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PrivacySettingsDialog(const DeskContext& desk, QWidget* parent = nullptr);

    QSpinBox* yearsField() const { return m_years; }

public slots:
    void accept() override;

private:
    DeskContext m_desk;
    QSpinBox* m_years = nullptr;
    FieldMessage* m_message = nullptr;
};

} // namespace abonent
