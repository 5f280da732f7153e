#include "ProblemSettingsDialog.h"

#include "ChangeNotifier.h"
#include "FormSupport.h"
#include "ProblemSettings.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace abonent {

ProblemSettingsDialog::ProblemSettingsDialog(const DeskContext& desk, QWidget* parent)
    : QDialog(parent)
    , m_desk(desk)
{
    setObjectName(QStringLiteral("ProblemSettingsDialog"));
    setWindowTitle(tr("Problem Client Rules"));
    m_message = new FieldMessage(this);
    m_incidents30 = spin(1, 100, tr(" in 30 days"));
    m_incidents90 = spin(1, 300, tr(" in 90 days"));
    m_peak = spin(1, 100, tr(" on one day"));
    m_contacts30 = spin(1, 1000, tr(" in 30 days"));
    m_allowance = spin(100, 1000, tr("% of the allowance"));
    m_cost = spin(10, 1000, tr("% of revenue"));
    m_clause = new QLineEdit(this);
    m_noticeMonths = spin(1, 24, tr(" month(s)"));
    m_followUp = spin(1, 365, tr(" days"));

    auto* indicators = new QGroupBox(tr("Suggest a tag when a customer has"), this);
    auto* indicatorForm = new QFormLayout(indicators);
    indicatorForm->addRow(tr("&Incidents:"), m_incidents30);
    indicatorForm->addRow(tr("… or i&ncidents:"), m_incidents90);
    indicatorForm->addRow(tr("Con&tacts:"), m_peak);
    indicatorForm->addRow(tr("… or cont&acts:"), m_contacts30);
    indicatorForm->addRow(tr("Support &minutes, 3-month average:"), m_allowance);
    indicatorForm->addRow(tr("Support c&ost over 3 months:"), m_cost);
    auto* cases = new QGroupBox(tr("Escalation cases"), this);
    auto* caseForm = new QFormLayout(cases);
    caseForm->addRow(tr("Termination c&lause of the contract:"), m_clause);
    caseForm->addRow(tr("&Notice period:"), m_noticeMonths);
    caseForm->addRow(tr("Next step &due after:"), m_followUp);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(indicators);
    layout->addWidget(cases);
    layout->addWidget(m_message);
    addDialogButtons(this, layout, QDialogButtonBox::Save);

    auto settings = ProblemSettings::load(desk.db);
    if (!settings) {
        m_message->show(settings.errorString());
        return;
    }
    const IndicatorThresholds& thresholds = settings->thresholds;
    m_incidents30->setValue(thresholds.incidents30);
    m_incidents90->setValue(thresholds.incidents90);
    m_peak->setValue(thresholds.peakContactsPerDay);
    m_contacts30->setValue(thresholds.contacts30);
    m_allowance->setValue(thresholds.allowancePercent);
    m_cost->setValue(thresholds.costPercent);
    m_clause->setText(settings->terminationClause);
    m_noticeMonths->setValue(settings->noticeMonths);
    m_followUp->setValue(settings->followUpDays);
}

QSpinBox* ProblemSettingsDialog::spin(int minimum, int maximum, const QString& suffix)
{
    auto* box = new QSpinBox(this);
    box->setRange(minimum, maximum);
    box->setSuffix(suffix);
    return box;
}

void ProblemSettingsDialog::accept()
{
    const auto actor = m_desk.actor();
    if (!actor) {
        m_message->show(chooseDeskOperatorFirst());
        return;
    }
    ProblemSettings settings;
    settings.thresholds.incidents30 = m_incidents30->value();
    settings.thresholds.incidents90 = m_incidents90->value();
    settings.thresholds.peakContactsPerDay = m_peak->value();
    settings.thresholds.contacts30 = m_contacts30->value();
    settings.thresholds.allowancePercent = m_allowance->value();
    settings.thresholds.costPercent = m_cost->value();
    settings.terminationClause = m_clause->text();
    settings.noticeMonths = m_noticeMonths->value();
    settings.followUpDays = m_followUp->value();
    if (const Status saved = settings.save(*actor, m_desk.db); !saved) {
        m_message->show(saved.errorString());
        return;
    }
    if (m_desk.notifier) {
        emit m_desk.notifier->catalogueChanged(); // cards and the review re-read their suggestions
    }
    QDialog::accept();
}

} // namespace abonent
