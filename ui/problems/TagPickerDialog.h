#pragma once

#include "DeskContext.h"
#include "TagService.h"

#include <QDialog>
#include <QSet>

class QCheckBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QSortFilterProxyModel;
class QStandardItemModel;

namespace abonent {

class FieldMessage;
class TagListModel;

// Tags a customer in seconds, keyboard only: type a few letters of the tag,
// Enter moves on to the reason, Ctrl+Enter sets it. Shows the tag's
// handling guidance, lets the operator tick the contacts it is about, and
// sets the expiry from the tag's default. During a call (DuringContact) the
// contact being recorded is the evidence and the tag is set when it is saved.
class TagPickerDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { AssignNow, DuringContact };

    TagPickerDialog(
        const DeskContext& desk, qint64 customerId, const QString& customerName, Mode mode, QWidget* parent = nullptr);

    // Also leaves out these tags (those already added to the contact).
    void leaveOut(const QSet<qint64>& tagIds);
    // From a suggestion: this tag, these contacts.
    void preselect(qint64 tagId, const QList<qint64>& evidence);
    // What was chosen (DuringContact: to set with the contact).
    TagRequest request() const;
    QString chosenTagName() const;

    QLineEdit* filterField() const { return m_filter; }
    QListView* tagView() const { return m_tagView; }
    QPlainTextEdit* reasonField() const { return m_reason; }

public slots:
    void accept() override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void loadEvidence();
    void tagChosen();
    std::optional<Tag> currentTag() const;
    void selectFirstMatch();

    DeskContext m_desk;
    qint64 m_customerId = 0;
    QSet<qint64> m_carried;
    Mode m_mode = Mode::AssignNow;
    TagListModel* m_tags = nullptr;
    QSortFilterProxyModel* m_filtered = nullptr;
    QStandardItemModel* m_evidence = nullptr;
    QLineEdit* m_filter = nullptr;
    QListView* m_tagView = nullptr;
    QLabel* m_guidance = nullptr;
    QLabel* m_reasonLabel = nullptr;
    QPlainTextEdit* m_reason = nullptr;
    QListView* m_evidenceView = nullptr;
    QDateEdit* m_expires = nullptr;
    QCheckBox* m_never = nullptr;
    FieldMessage* m_message = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace abonent
