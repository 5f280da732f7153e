#pragma once

#include "DeskContext.h"
#include "LetterTemplates.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;
class QTimer;

namespace abonent {

class FieldMessage;

// Edits letter templates: the HTML source beside the letter it makes for a
// chosen customer, refreshed as one types. Saving makes a new version
// (letters already issued keep theirs); the shipped text can be restored,
// also as a new version; older versions can be looked at.
class LetterTemplateDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LetterTemplateDialog(const DeskContext& desk, QWidget* parent = nullptr);

    QPlainTextEdit* source() const { return m_source; }
    QTextBrowser* preview() const { return m_preview; }
    QComboBox* versionChoice() const { return m_versions; }

public slots:
    // Asks before unsaved changes are lost.
    void reject() override;
    void saveVersion();
    void restoreShipped();
    void choosePreviewCustomer();

private:
    LetterKind kind() const;
    QString language() const;
    void loadVersions();
    void showVersion();
    void refreshPreview();
    bool confirmDiscard();

    DeskContext m_desk;
    QList<LetterTemplateVersion> m_loaded;
    QString m_savedBody; // what the editor held when loaded or saved
    qint64 m_previewCustomer = 0;

    QComboBox* m_kind = nullptr;
    QComboBox* m_language = nullptr;
    QComboBox* m_versions = nullptr;
    QComboBox* m_insert = nullptr;
    QPlainTextEdit* m_source = nullptr;
    QTextBrowser* m_preview = nullptr;
    QPushButton* m_customerButton = nullptr;
    FieldMessage* m_message = nullptr;
    QTimer* m_refresh = nullptr;
};

} // namespace abonent
