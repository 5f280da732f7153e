#pragma once

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace abonent {

// Where a table goes and in which dialect: comma or semicolon (Excel in
// locales with a decimal comma wants the latter), and whether the file
// starts with a byte order mark (Excel needs one to read UTF-8). The
// choices are remembered. Saving writes the file; when that fails the
// dialog stays open and says why, so another place can be chosen.
class CsvExportDialog : public QDialog
{
    Q_OBJECT

public:
    // Writes the table; returns what went wrong, or nothing.
    using Writer = std::function<QString(const QString& path, QChar separator, bool byteOrderMark)>;

    CsvExportDialog(const QString& suggestedName, Writer write, QWidget* parent = nullptr);

    QString path() const;
    QChar separator() const;
    bool byteOrderMark() const;

    void accept() override;

private:
    void browse();

    QLineEdit* m_path = nullptr;
    QComboBox* m_separator = nullptr;
    QCheckBox* m_bom = nullptr;
    Writer m_write;
};

} // namespace abonent
