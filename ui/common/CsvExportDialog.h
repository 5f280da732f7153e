#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace abonent {

// Where a table goes and in which dialect: comma or semicolon (Excel in
// locales with a decimal comma wants the latter), and whether the file
// starts with a byte order mark (Excel needs one to read UTF-8). The
// choices are remembered.
class CsvExportDialog : public QDialog
{
    Q_OBJECT

public:
    CsvExportDialog(const QString& suggestedName, QWidget* parent = nullptr);

    QString path() const;
    QChar separator() const;
    bool byteOrderMark() const;

    void accept() override;

private:
    void browse();

    QLineEdit* m_path = nullptr;
    QComboBox* m_separator = nullptr;
    QCheckBox* m_bom = nullptr;
};

} // namespace abonent
