#include "CsvExportDialog.h"

#include "DeskSettings.h"
#include "ExportFile.h"
#include "ExportFolder.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>

namespace abonent {

CsvExportDialog::CsvExportDialog(const QString& suggestedName, Writer write, QWidget* parent)
    : QDialog(parent)
    , m_path(new QLineEdit(this))
    , m_separator(new QComboBox(this))
    , m_bom(new QCheckBox(tr("Start with a &byte order mark (Excel needs it to read UTF-8)"), this))
    , m_write(std::move(write))
{
    setObjectName(QStringLiteral("CsvExportDialog"));
    setWindowTitle(tr("Export Table"));
    const QSettings settings;
    m_path->setObjectName(QStringLiteral("csvPath"));
    m_path->setText(QDir(ExportFolder::folder()).filePath(suggestedName));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &CsvExportDialog::browse);
    m_separator->setObjectName(QStringLiteral("csvSeparator"));
    m_separator->addItem(tr("Comma ( , )"), QStringLiteral(","));
    m_separator->addItem(tr("Semicolon ( ; ), for a decimal comma"), QStringLiteral(";"));
    m_separator->setCurrentIndex(
        std::max(0, m_separator->findData(DeskSettings::value(settings, DeskSetting::CsvSeparator).toString())));
    m_bom->setObjectName(QStringLiteral("csvBom"));
    m_bom->setChecked(DeskSettings::value(settings, DeskSetting::CsvByteOrderMark).toBool());

    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto* form = new QFormLayout;
    form->addRow(tr("&File:"), pathRow);
    form->addRow(tr("&Separator:"), m_separator);
    form->addRow(QString(), m_bom);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    if (auto* label = qobject_cast<QLabel*>(form->labelForField(pathRow))) {
        label->setBuddy(m_path);
    }
    resize(560, sizeHint().height());
}

QString CsvExportDialog::path() const
{
    return m_path->text().trimmed();
}

QChar CsvExportDialog::separator() const
{
    return m_separator->currentData().toString().at(0);
}

bool CsvExportDialog::byteOrderMark() const
{
    return m_bom->isChecked();
}

void CsvExportDialog::browse()
{
    const QString chosen =
        QFileDialog::getSaveFileName(this, tr("Export Table"), path(), tr("Comma-separated values (*.csv)"));
    if (!chosen.isEmpty()) {
        m_path->setText(QDir::toNativeSeparators(chosen));
    }
}

void CsvExportDialog::accept()
{
    QString chosen = path();
    if (chosen.isEmpty()) {
        QMessageBox::warning(this, windowTitle(), tr("Choose the file to write."));
        return;
    }
    if (QFileInfo(chosen).suffix().isEmpty()) {
        chosen += QStringLiteral(".csv");
        m_path->setText(chosen);
    }
    if (QFileInfo::exists(chosen)
        && QMessageBox::question(
               this, windowTitle(), tr("%1 exists. Replace it?").arg(QDir::toNativeSeparators(chosen)))
            != QMessageBox::Yes) {
        return;
    }
    if (const QString problem = m_write(chosen, separator(), byteOrderMark()); !problem.isEmpty()) {
        ExportFile::showFailure(this, windowTitle(), problem);
        return;
    }
    QSettings settings;
    DeskSettings::setValue(settings, DeskSetting::CsvSeparator, QString(separator()));
    DeskSettings::setValue(settings, DeskSetting::CsvByteOrderMark, byteOrderMark());
    ExportFolder::remember(chosen);
    QDialog::accept();
}

} // namespace abonent
