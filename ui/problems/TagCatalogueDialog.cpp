#include "TagCatalogueDialog.h"

#include "FormSupport.h"
#include "TagChips.h"
#include "TagListModel.h"
#include "TagService.h"

#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace abonent {

TagCatalogueDialog::TagCatalogueDialog(const DeskContext& desk, QWidget* parent)
    : QDialog(parent)
    , m_desk(desk)
    , m_tags(new TagListModel(desk.db, true, this))
{
    setObjectName(QStringLiteral("TagCatalogueDialog"));
    setWindowTitle(tr("Tag Catalogue"));
    m_message = new FieldMessage(this);
    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("catalogue"));
    m_list->setModel(m_tags);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("tagName"));
    m_colour = new QPushButton(this);
    m_colour->setObjectName(QStringLiteral("tagColour"));
    m_colour->setMinimumWidth(m_colour->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 8);
    connect(m_colour, &QPushButton::clicked, this, &TagCatalogueDialog::chooseColour);
    m_severity = new QComboBox(this);
    fillWithLabels<Severity>(m_severity);
    m_problem = new QCheckBox(tr("&Marks a problem (needs a reason; only managers remove it)"), this);
    m_guidance = new QPlainTextEdit(this);
    m_guidance->setObjectName(QStringLiteral("tagGuidance"));
    m_guidance->setTabChangesFocus(true);
    m_guidance->setPlaceholderText(tr("What the operator should do when this customer calls"));
    m_expiry = new QSpinBox(this);
    m_expiry->setRange(0, 3650);
    m_expiry->setSpecialValueText(tr("Never"));
    m_expiry->setSuffix(tr(" days"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("C&olour:"), m_colour);
    form->addRow(tr("Se&verity:"), m_severity);
    form->addRow(QString(), m_problem);
    form->addRow(tr("&Handling guidance:"), m_guidance);
    form->addRow(tr("E&xpires after:"), m_expiry);

    auto* newButton = new QPushButton(tr("New &Tag"), this);
    connect(newButton, &QPushButton::clicked, this, &TagCatalogueDialog::newTag);
    m_save = new QPushButton(tr("&Save"), this);
    m_save->setObjectName(QStringLiteral("saveTag"));
    connect(m_save, &QPushButton::clicked, this, &TagCatalogueDialog::save);
    m_retire = new QPushButton(this);
    connect(m_retire, &QPushButton::clicked, this, &TagCatalogueDialog::toggleRetired);
    m_delete = new QPushButton(tr("&Delete"), this);
    connect(m_delete, &QPushButton::clicked, this, &TagCatalogueDialog::deleteTag);
    m_restore = new QPushButton(tr("Restore Shi&pped Text"), this);
    connect(m_restore, &QPushButton::clicked, this, &TagCatalogueDialog::restoreText);
    auto* buttons = new QHBoxLayout;
    for (QPushButton* button : {newButton, m_save, m_retire, m_delete, m_restore}) {
        buttons->addWidget(button);
    }
    buttons->addStretch();

    auto* editor = new QVBoxLayout;
    editor->addLayout(form);
    editor->addLayout(buttons);
    editor->addWidget(m_message);
    editor->addStretch();
    auto* columns = new QHBoxLayout;
    columns->addWidget(m_list, 2);
    columns->addLayout(editor, 3);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->button(QDialogButtonBox::Close)->setText(tr("&Close"));
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(close);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        offerToSave();
        showTag();
    });
    // Edits are kept track of, so moving on or closing never drops them unasked.
    const auto edited = [this] { m_dirty = true; };
    connect(m_name, &QLineEdit::textEdited, this, edited);
    connect(m_severity, &QComboBox::activated, this, edited);
    connect(m_problem, &QCheckBox::clicked, this, edited);
    connect(m_guidance, &QPlainTextEdit::textChanged, this, [this] {
        m_dirty = m_dirty || m_guidance->toPlainText() != m_current.guidance;
    });
    connect(m_expiry, &QSpinBox::valueChanged, this, [this](int days) {
        m_dirty = m_dirty || days != m_current.defaultExpiryDays;
    });
    reloadAndSelect(0);
    resize(780, 440);
}

std::optional<Actor> TagCatalogueDialog::actor()
{
    const auto who = m_desk.actor();
    if (!who) {
        m_message->show(chooseDeskOperatorFirst());
    }
    return who;
}

void TagCatalogueDialog::reloadAndSelect(qint64 tagId)
{
    if (const Status loaded = m_tags->reload(); !loaded) {
        m_message->show(loaded.errorString());
        return;
    }
    const int row = tagId > 0 ? m_tags->rowOf(tagId) : 0;
    m_list->setCurrentIndex(m_tags->index(std::max(0, row)));
    showTag();
}

void TagCatalogueDialog::setColour(const QString& colour)
{
    m_current.colour = colour;
    // A swatch, not text: the value is shown on hover and read out by screen readers.
    m_colour->setToolTip(colour);
    m_colour->setAccessibleName(colour);
    m_colour->setStyleSheet(QStringLiteral("QPushButton { background: %1; color: %2; }")
                                .arg(colour, chipTextColour(QColor(colour)).name()));
}

void TagCatalogueDialog::offerToSave()
{
    if (!m_dirty) {
        return;
    }
    m_dirty = false;
    const QString name = m_name->text().trimmed().isEmpty() ? tr("the new tag") : m_name->text().trimmed();
    if (QMessageBox::question(this,
                              windowTitle(),
                              tr("Save the changes to %1?").arg(name),
                              QMessageBox::Save | QMessageBox::Discard,
                              QMessageBox::Save)
        == QMessageBox::Save) {
        save();
    }
}

void TagCatalogueDialog::reject()
{
    offerToSave();
    QDialog::reject();
}

void TagCatalogueDialog::showTag()
{
    const QModelIndex current = m_list->currentIndex();
    if (current.isValid()) {
        m_current = m_tags->tagAt(current.row());
    }
    m_name->setText(m_current.name);
    setColour(m_current.colour);
    m_severity->setCurrentIndex(m_severity->findData(codeOf(m_current.severity)));
    m_problem->setChecked(m_current.marksProblem);
    m_guidance->setPlainText(m_current.guidance);
    m_expiry->setValue(m_current.defaultExpiryDays);
    m_retire->setText(m_current.retired ? tr("Reinstat&e") : tr("&Retire"));
    m_retire->setEnabled(m_current.id > 0);
    m_delete->setEnabled(m_current.id > 0);
    m_restore->setEnabled(!m_current.shippedKey.isEmpty() && m_current.customText);
    m_dirty = false;
}

void TagCatalogueDialog::newTag()
{
    offerToSave();
    m_list->clearSelection();
    m_list->setCurrentIndex({});
    m_current = Tag {};
    showTag();
    m_name->setFocus();
}

void TagCatalogueDialog::chooseColour()
{
    const QColor chosen = QColorDialog::getColor(QColor(m_current.colour), this, tr("Tag Colour"));
    if (chosen.isValid() && chosen.name() != m_current.colour) {
        setColour(chosen.name());
        m_dirty = true;
    }
}

void TagCatalogueDialog::save()
{
    const auto who = actor();
    if (!who) {
        return;
    }
    Tag tag = m_current;
    tag.name = m_name->text().trimmed();
    tag.severity = fromCode<Severity>(m_severity->currentData().toString()).value_or(Severity::Info);
    tag.marksProblem = m_problem->isChecked();
    tag.guidance = m_guidance->toPlainText().trimmed();
    tag.defaultExpiryDays = m_expiry->value();
    qint64 id = tag.id;
    if (id > 0) {
        if (const Status saved = m_desk.tags->updateTag(*who, tag); !saved) {
            m_message->show(saved.errorString());
            return;
        }
    } else {
        auto added = m_desk.tags->addTag(*who, tag);
        if (!added) {
            m_message->show(added.errorString());
            return;
        }
        id = added.value();
    }
    m_message->clear();
    m_dirty = false;
    reloadAndSelect(id);
}

void TagCatalogueDialog::toggleRetired()
{
    const auto who = actor();
    if (!who || m_current.id <= 0) {
        return;
    }
    if (const Status changed = m_desk.tags->setRetired(*who, m_current.id, !m_current.retired); !changed) {
        m_message->show(changed.errorString());
        return;
    }
    reloadAndSelect(m_current.id);
}

void TagCatalogueDialog::deleteTag()
{
    const auto who = actor();
    if (!who || m_current.id <= 0) {
        return;
    }
    if (QMessageBox::question(this,
                              windowTitle(),
                              tr("Delete the tag \"%1\"? This cannot be undone.").arg(m_current.name),
                              QMessageBox::Yes | QMessageBox::Cancel,
                              QMessageBox::Cancel)
        != QMessageBox::Yes) {
        return;
    }
    if (const Status deleted = m_desk.tags->deleteTag(*who, m_current.id); !deleted) {
        m_message->show(deleted.errorString());
        return;
    }
    reloadAndSelect(0);
}

void TagCatalogueDialog::restoreText()
{
    const auto who = actor();
    if (!who || m_current.id <= 0) {
        return;
    }
    if (const Status restored = m_desk.tags->restoreShippedText(*who, m_current.id); !restored) {
        m_message->show(restored.errorString());
        return;
    }
    reloadAndSelect(m_current.id);
}

} // namespace abonent
