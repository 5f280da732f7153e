#pragma once

#include "DeskContext.h"
#include "Entities.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace abonent {

class FieldMessage;
class TagListModel;

// The tag catalogue for managers: name, colour, severity, whether a tag
// marks a problem, the handling guidance operators see, default expiry.
// A tag in use is retired, never deleted; shipped text can be restored.
class TagCatalogueDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TagCatalogueDialog(const DeskContext& desk, QWidget* parent = nullptr);

public slots:
    void reject() override;

    QListView* tagView() const { return m_list; }

private:
    void showTag();
    void offerToSave();
    void newTag();
    void save();
    void toggleRetired();
    void deleteTag();
    void restoreText();
    void chooseColour();
    void setColour(const QString& colour);
    void reloadAndSelect(qint64 tagId);
    std::optional<Actor> actor();

    DeskContext m_desk;
    TagListModel* m_tags = nullptr;
    Tag m_current;
    bool m_dirty = false;
    QListView* m_list = nullptr;
    QLineEdit* m_name = nullptr;
    QPushButton* m_colour = nullptr;
    QComboBox* m_severity = nullptr;
    QCheckBox* m_problem = nullptr;
    QPlainTextEdit* m_guidance = nullptr;
    QSpinBox* m_expiry = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_retire = nullptr;
    QPushButton* m_delete = nullptr;
    QPushButton* m_restore = nullptr;
    FieldMessage* m_message = nullptr;
};

} // namespace abonent
