#pragma once

#include "DeskContext.h"

#include <QDialog>

class QLineEdit;
class QSpinBox;

namespace abonent {

class FieldMessage;

// Where the pattern indicators see a pattern, and what a notice of
// termination starts from (clause, notice period, follow-up of case steps).
class ProblemSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ProblemSettingsDialog(const DeskContext& desk, QWidget* parent = nullptr);

public slots:
    void accept() override;

private:
    QSpinBox* spin(int minimum, int maximum, const QString& suffix);

    DeskContext m_desk;
    QSpinBox* m_incidents30 = nullptr;
    QSpinBox* m_incidents90 = nullptr;
    QSpinBox* m_peak = nullptr;
    QSpinBox* m_contacts30 = nullptr;
    QSpinBox* m_allowance = nullptr;
    QSpinBox* m_cost = nullptr;
    QLineEdit* m_clause = nullptr;
    QSpinBox* m_noticeMonths = nullptr;
    QSpinBox* m_followUp = nullptr;
    FieldMessage* m_message = nullptr;
};

} // namespace abonent
