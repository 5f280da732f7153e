#include "TagPickerDialog.h"

#include "CallRecordings.h"
#include "ContactRepository.h"
#include "FormSupport.h"
#include "SearchText.h"
#include "TagListModel.h"
#include "TimelineModel.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace abonent {

namespace {

// How many recent contacts are offered as evidence.
constexpr int kEvidenceChoices = 15;
constexpr int kContactIdRole = Qt::UserRole + 1;
constexpr qint64 kThisContact = -1;

} // namespace

TagPickerDialog::TagPickerDialog(
    const DeskContext& desk, qint64 customerId, const QString& customerName, Mode mode, QWidget* parent)
    : QDialog(parent)
    , m_desk(desk)
    , m_customerId(customerId)
    , m_mode(mode)
    , m_tags(new TagListModel(desk.db, false, this))
    , m_filtered(new QSortFilterProxyModel(this))
    , m_evidence(new QStandardItemModel(this))
{
    setObjectName(QStringLiteral("TagPickerDialog"));
    setWindowTitle(tr("Tag Customer — %1").arg(customerName));
    m_message = new FieldMessage(this);
    // Tags the customer carries already are not offered again.
    if (auto active = m_desk.tags->activeTagsOf(customerId); active) {
        for (const ActiveTag& tag : active.value()) {
            m_carried.insert(tag.tag.id);
        }
    } else {
        m_message->show(active.errorString());
    }
    if (const Status loaded = m_tags->reload(m_carried); !loaded) {
        m_message->show(loaded.errorString());
    }
    m_filtered->setSourceModel(m_tags);
    m_filtered->setFilterRole(TagListModel::SearchRole);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("tagFilter"));
    m_filter->setPlaceholderText(tr("Type to find a tag"));
    m_filter->setClearButtonEnabled(true);
    m_tagView = new QListView(this);
    m_tagView->setObjectName(QStringLiteral("tagList"));
    m_tagView->setModel(m_filtered);
    m_tagView->setMinimumHeight(m_tagView->fontMetrics().height() * 6);
    m_tagView->setMaximumHeight(m_tagView->fontMetrics().height() * 9);
    m_guidance = new QLabel(this);
    m_guidance->setObjectName(QStringLiteral("guidance"));
    m_guidance->setWordWrap(true);
    m_guidance->setTextFormat(Qt::PlainText);
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("What happened, in a sentence: the next operator reads it"));
    m_reason->setMaximumHeight(m_reason->fontMetrics().height() * 4);
    m_evidenceView = new QListView(this);
    m_evidenceView->setObjectName(QStringLiteral("evidence"));
    m_evidenceView->setModel(m_evidence);
    m_evidenceView->setMaximumHeight(m_evidenceView->fontMetrics().height() * 7);
    m_expires = makeDateEdit(QDate::currentDate().addDays(90), this);
    m_expires->setMinimumDate(QDate::currentDate().addDays(1));
    m_never = new QCheckBox(tr("&Does not expire"), this);
    connect(m_never, &QCheckBox::toggled, m_expires, &QWidget::setDisabled);

    auto* form = new QFormLayout;
    form->addRow(tr("&Tag:"), m_filter);
    form->addRow(QString(), m_tagView);
    form->addRow(tr("Handling:"), m_guidance);
    m_reasonLabel = new QLabel(tr("&Reason:"), this);
    m_reasonLabel->setBuddy(m_reason);
    form->addRow(m_reasonLabel, m_reason);
    form->addRow(tr("&Evidence:"), m_evidenceView);
    auto* expiry = new QHBoxLayout;
    expiry->addWidget(m_expires);
    expiry->addWidget(m_never);
    expiry->addStretch();
    auto* expiresLabel = new QLabel(tr("E&xpires:"), this);
    expiresLabel->setBuddy(m_expires);
    form->addRow(expiresLabel, expiry);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    m_buttons = addDialogButtons(this, layout, QDialogButtonBox::Ok);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setText(mode == Mode::DuringContact ? tr("&Add to This Contact") : tr("&Set Tag"));
    m_buttons->button(QDialogButtonBox::Ok)->setToolTip(tr("Ctrl+Enter"));

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filtered->setFilterFixedString(SearchText::fold(text.trimmed()));
        selectFirstMatch();
    });
    connect(m_tagView->selectionModel(), &QItemSelectionModel::currentChanged, this, &TagPickerDialog::tagChosen);
    for (QWidget* field : findChildren<QWidget*>()) {
        field->installEventFilter(this);
    }
    loadEvidence();
    selectFirstMatch();
    m_filter->setFocus();
    resize(640, sizeHint().height());
}

void TagPickerDialog::loadEvidence()
{
    m_evidence->clear();
    if (m_mode == Mode::DuringContact) {
        auto* current = new QStandardItem(tr("This contact (being recorded)"));
        current->setCheckable(true);
        current->setCheckState(Qt::Checked);
        current->setEnabled(false); // it is always the evidence
        current->setData(kThisContact, kContactIdRole);
        m_evidence->appendRow(current);
    }
    auto contacts = ContactRepository(m_desk.db).contactsOf(m_customerId);
    if (!contacts) {
        m_message->show(contacts.errorString());
        return;
    }
    // A recorded call is stronger evidence: say which ones have their recording.
    QSet<qint64> recorded;
    if (auto recordings = CallRecordings(m_desk.db).ofCustomer(m_customerId)) {
        for (const CallRecording& recording : recordings.value()) {
            recorded.insert(recording.contactId);
        }
    }
    const QLocale locale;
    const QDate today = QDate::currentDate();
    for (qsizetype i = 0; i < contacts->size() && i < kEvidenceChoices; ++i) {
        const Contact& contact = contacts->at(i);
        QString text =
            tr("%1 · %2 · %3")
                .arg(locale.toString(contact.startedAt.toLocalTime(), QLocale::ShortFormat),
                     labelOf(contact.channel),
                     contact.topic.isEmpty() ? TimelineModel::formatDuration(contact.durationSeconds) : contact.topic);
        if (contact.conduct != Conduct::Normal) {
            text += QStringLiteral(" · ") + labelOf(contact.conduct);
        }
        if (recorded.contains(contact.id)) {
            text += QStringLiteral(" · ") + tr("recording kept");
        }
        auto* item = new QStandardItem(text);
        item->setToolTip(contact.summary);
        item->setCheckable(true);
        // Without a call being recorded, today's latest contact is the likely one.
        const bool likely = m_mode == Mode::AssignNow && i == 0 && contact.startedAt.toLocalTime().date() == today;
        item->setCheckState(likely ? Qt::Checked : Qt::Unchecked);
        item->setData(contact.id, kContactIdRole);
        m_evidence->appendRow(item);
    }
}

void TagPickerDialog::leaveOut(const QSet<qint64>& tagIds)
{
    if (const Status loaded = m_tags->reload(m_carried + tagIds); !loaded) {
        m_message->show(loaded.errorString());
    }
    selectFirstMatch();
}

void TagPickerDialog::preselect(qint64 tagId, const QList<qint64>& evidence)
{
    m_filter->clear();
    const int row = m_tags->rowOf(tagId);
    if (row >= 0) {
        m_tagView->setCurrentIndex(m_filtered->mapFromSource(m_tags->index(row)));
    }
    for (int i = 0; i < m_evidence->rowCount(); ++i) {
        QStandardItem* item = m_evidence->item(i);
        const qint64 id = item->data(kContactIdRole).toLongLong();
        if (id != kThisContact) {
            item->setCheckState(evidence.contains(id) ? Qt::Checked : Qt::Unchecked);
        }
    }
    m_reason->setFocus();
}

void TagPickerDialog::selectFirstMatch()
{
    if (m_filtered->rowCount() > 0 && (!m_tagView->currentIndex().isValid() || !m_filter->text().isEmpty())) {
        m_tagView->setCurrentIndex(m_filtered->index(0, 0));
    }
    tagChosen();
}

std::optional<Tag> TagPickerDialog::currentTag() const
{
    const QModelIndex current = m_tagView->currentIndex();
    if (!current.isValid()) {
        return std::nullopt;
    }
    return m_tags->tagAt(m_filtered->mapToSource(current).row());
}

void TagPickerDialog::tagChosen()
{
    const auto tag = currentTag();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(tag.has_value());
    if (!tag) {
        m_guidance->setText(m_filter->text().isEmpty() ? QString()
                                                       : tr("No tag matches \"%1\".").arg(m_filter->text()));
        return;
    }
    m_guidance->setText(tag->guidance.isEmpty() ? tr("No special handling.") : tag->guidance);
    m_reasonLabel->setText(tag->marksProblem ? tr("&Reason (required):") : tr("&Reason:"));
    m_never->setChecked(tag->defaultExpiryDays <= 0);
    m_expires->setDate(QDate::currentDate().addDays(tag->defaultExpiryDays > 0 ? tag->defaultExpiryDays : 90));
}

bool TagPickerDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto* press = static_cast<QKeyEvent*>(event);
        const bool enter = press->key() == Qt::Key_Return || press->key() == Qt::Key_Enter;
        if (enter && press->modifiers().testFlag(Qt::ControlModifier)) {
            accept();
            return true;
        }
        if (watched == m_filter) {
            // The list follows the arrows while the typing stays in the filter.
            if (press->key() == Qt::Key_Down || press->key() == Qt::Key_Up) {
                const int step = press->key() == Qt::Key_Down ? 1 : -1;
                const int row = std::clamp(m_tagView->currentIndex().row() + step, 0, m_filtered->rowCount() - 1);
                m_tagView->setCurrentIndex(m_filtered->index(row, 0));
                return true;
            }
            if (enter) {
                m_reason->setFocus();
                return true;
            }
        }
    }
    return QDialog::eventFilter(watched, event);
}

TagRequest TagPickerDialog::request() const
{
    TagRequest request;
    if (const auto tag = currentTag()) {
        request.tagId = tag->id;
    }
    request.reason = m_reason->toPlainText().trimmed();
    for (int i = 0; i < m_evidence->rowCount(); ++i) {
        const QStandardItem* item = m_evidence->item(i);
        const qint64 id = item->data(kContactIdRole).toLongLong();
        if (id != kThisContact && item->checkState() == Qt::Checked) {
            request.evidence.append(id);
        }
    }
    request.neverExpires = m_never->isChecked();
    if (!request.neverExpires) {
        request.expiresAt = m_expires->date().endOfDay().toUTC();
    }
    return request;
}

QString TagPickerDialog::chosenTagName() const
{
    const auto tag = currentTag();
    return tag ? tag->name : QString();
}

void TagPickerDialog::accept()
{
    const auto tag = currentTag();
    if (!tag) {
        m_message->show(tr("Choose a tag first."));
        m_filter->setFocus();
        return;
    }
    const TagRequest chosen = request();
    if (tag->marksProblem && chosen.reason.isEmpty()) {
        m_message->show(
            tr("Say why \"%1\" is set: the next operator and the manager rely on the reason.").arg(tag->name));
        m_reason->setFocus();
        return;
    }
    if (m_mode == Mode::AssignNow) {
        const auto actor = m_desk.actor();
        if (!actor) {
            m_message->show(chooseDeskOperatorFirst());
            return;
        }
        if (auto assigned = m_desk.tags->assign(*actor, m_customerId, chosen); !assigned) {
            m_message->show(assigned.errorString());
            return;
        }
    }
    QDialog::accept();
}

} // namespace abonent
