#pragma once

#include "DeskContext.h"
#include "LetterService.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;
class QTimer;

namespace abonent {

class FieldMessage;

// Writes one letter to one customer: the kind and language, the paragraph
// written for this letter where the template has one, the period of a
// service report; the letter as it will print beside them, and what the
// politeness check found. Issue registers it; then it prints, previews or
// saves as PDF from the same place.
class LetterDialog : public QDialog
{
    Q_OBJECT

public:
    LetterDialog(const DeskContext& desk,
                 qint64 customerId,
                 const QString& customerName,
                 LetterKind kind,
                 std::optional<qint64> caseStepId = std::nullopt,
                 QWidget* parent = nullptr);

    // This letter replaces a voided one.
    void setReplaces(qint64 letterId);
    void setFreeText(const QString& text);
    void setLanguage(const QString& code);

    // The letter once issued.
    const std::optional<IssuedLetter>& issued() const { return m_issued; }
    QTextBrowser* preview() const { return m_preview; }
    QLabel* checkResult() const { return m_hits; }

public slots:
    void issue();
    void printLetter();
    void previewLetter();
    void saveLetter();

private:
    LetterRequest request() const;
    void refreshPreview();
    void showIssued();

    DeskContext m_desk;
    qint64 m_customerId = 0;
    std::optional<qint64> m_caseStepId;
    std::optional<qint64> m_replaces;
    std::optional<IssuedLetter> m_issued;
    bool m_previewOk = false;
    bool m_hasHits = false;

    QComboBox* m_kind = nullptr;
    QComboBox* m_language = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QWidget* m_period = nullptr;
    QFormLayout* m_form = nullptr;
    QLabel* m_freeTextLabel = nullptr;
    QPlainTextEdit* m_freeText = nullptr;
    QTextBrowser* m_preview = nullptr;
    QLabel* m_hits = nullptr;
    QLineEdit* m_override = nullptr;
    FieldMessage* m_message = nullptr;
    QPushButton* m_issueButton = nullptr;
    QPushButton* m_printButton = nullptr;
    QPushButton* m_previewButton = nullptr;
    QPushButton* m_saveButton = nullptr;
    QTimer* m_refresh = nullptr;
};

} // namespace abonent
