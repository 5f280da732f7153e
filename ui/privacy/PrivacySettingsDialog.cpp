#include "PrivacySettingsDialog.h"

#include "FormSupport.h"
#include "PrivacySettings.h"

#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace abonent {

PrivacySettingsDialog::PrivacySettingsDialog(const DeskContext& desk, QWidget* parent)
    : QDialog(parent)
    , m_desk(desk)
{
    setObjectName(QStringLiteral("PrivacySettingsDialog"));
    setWindowTitle(tr("Privacy"));
    auto* explanation = richTextLabel(QStringLiteral("explanation"), this);
    explanation->setText(
        tr("A person may ask for their personal data to be erased. Letters are business correspondence the law "
           "makes the office keep for some years, so while a letter to the person is younger than this, their data "
           "is not erased. Six years is the usual period for commercial letters (Germany, the United Kingdom); "
           "five for accounting documents in Russia. Ask your accountant or lawyer which applies. 0 lets letters "
           "hold nothing back.")
            .toHtmlEscaped());
    m_years = new QSpinBox(this);
    m_years->setObjectName(QStringLiteral("letterRetentionYears"));
    m_years->setRange(0, PrivacySettings::kMaxLetterRetentionYears);
    m_years->setSuffix(tr(" years"));
    auto settings = PrivacySettings::load(m_desk.db);
    m_years->setValue(settings ? settings->letterRetentionYears : PrivacySettings::kDefaultLetterRetentionYears);
    auto* form = new QFormLayout;
    form->addRow(tr("&Keep letters for:"), m_years);
    m_message = new FieldMessage(this);
    if (!settings) {
        m_message->show(settings.errorString());
    }
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(m_message);
    addDialogButtons(this, layout, QDialogButtonBox::Save);
    enableForWriting(m_years, m_desk);
    m_years->setFocus();
}

void PrivacySettingsDialog::accept()
{
    const auto actor = m_desk.actor();
    if (!actor) {
        m_message->show(chooseDeskOperatorFirst());
        return;
    }
    PrivacySettings settings;
    settings.letterRetentionYears = m_years->value();
    if (const Status saved = settings.save(*actor, m_desk.db); !saved) {
        m_message->show(saved.errorString());
        return;
    }
    QDialog::accept();
}

} // namespace abonent
