#include "BackupSettingsDialog.h"

#include "DeskSettings.h"
#include "FormSupport.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace abonent {

BackupSettingsDialog::BackupSettingsDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("BackupSettingsDialog"));
    setWindowTitle(tr("Backups"));
    m_daily = new QCheckBox(tr("Back up the database once a &day, when the window closes"), this);
    m_daily->setObjectName(QStringLiteral("daily"));
    m_daily->setChecked(DeskSettings::value(DeskSetting::DailyBackup).toBool());
    m_kept = new QSpinBox(this);
    m_kept->setObjectName(QStringLiteral("kept"));
    m_kept->setRange(1, 365);
    m_kept->setSuffix(tr(" copies"));
    m_kept->setValue(DeskSettings::value(DeskSetting::DailyBackupsKept).toInt());
    m_folder =
        new QLineEdit(QDir::toNativeSeparators(DeskSettings::value(DeskSetting::DailyBackupFolder).toString()), this);
    m_folder->setObjectName(QStringLiteral("folder"));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getExistingDirectory(this, tr("Backups"), m_folder->text());
        if (!chosen.isEmpty()) {
            m_folder->setText(QDir::toNativeSeparators(chosen));
        }
    });
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    auto* form = new QFormLayout;
    form->addRow(m_daily);
    form->addRow(tr("&Keep the newest:"), m_kept);
    addRowFor(form, tr("&Folder:"), folderRow, m_folder);
    for (QWidget* field : {static_cast<QWidget*>(m_kept), static_cast<QWidget*>(m_folder)}) {
        connect(m_daily, &QCheckBox::toggled, field, &QWidget::setEnabled);
        field->setEnabled(m_daily->isChecked());
    }
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    addDialogButtons(this, layout, QDialogButtonBox::Ok);
}

void BackupSettingsDialog::accept()
{
    DeskSettings::setValue(DeskSetting::DailyBackup, m_daily->isChecked());
    DeskSettings::setValue(DeskSetting::DailyBackupsKept, m_kept->value());
    DeskSettings::setValue(DeskSetting::DailyBackupFolder, QDir::fromNativeSeparators(m_folder->text().trimmed()));
    QDialog::accept();
}

} // namespace abonent
