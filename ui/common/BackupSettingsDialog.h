#pragma once

#include <QDialog>

class QCheckBox;
class QLineEdit;
class QSpinBox;

namespace abonent {

// Settings → Backups…: whether this desk copies the database once a day as
// the window closes, how many copies it keeps and where.
class BackupSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit BackupSettingsDialog(QWidget* parent = nullptr);

    void accept() override;

private:
    QCheckBox* m_daily = nullptr;
    QSpinBox* m_kept = nullptr;
    QLineEdit* m_folder = nullptr;
};

} // namespace abonent
