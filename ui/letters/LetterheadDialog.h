#pragma once

#include "DeskContext.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace abonent {

class FieldMessage;

// Who letters come from (name, address, registration numbers, contacts,
// logo, signatory), how they are numbered and saved, and the words the
// politeness check looks for in each language. The owner's settings.
class LetterheadDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LetterheadDialog(const DeskContext& desk, QWidget* parent = nullptr);

    QLineEdit* companyName() const { return m_name; }

public slots:
    void accept() override;
    void chooseLogo();

private:
    void showLogo();

    DeskContext m_desk;
    QByteArray m_logo;
    QLineEdit* m_name = nullptr;
    QPlainTextEdit* m_address = nullptr;
    QPlainTextEdit* m_registration = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_signatory = nullptr;
    QLineEdit* m_title = nullptr;
    QLabel* m_logoPreview = nullptr;
    QLineEdit* m_prefix = nullptr;
    QComboBox* m_language = nullptr;
    QCheckBox* m_pdfA = nullptr;
    QList<QPair<QString, QPlainTextEdit*>> m_words; // per language
    FieldMessage* m_message = nullptr;
};

} // namespace abonent
