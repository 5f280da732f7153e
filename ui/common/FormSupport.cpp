#include "FormSupport.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QFormLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLocale>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace abonent {

namespace {
struct OutcomeTexts
{
    Q_DECLARE_TR_FUNCTIONS(OutcomeChoice)
};
} // namespace

void fillWithOutcomes(QComboBox* combo)
{
    fillWithLabels<Outcome>(combo);
    combo->insertSeparator(combo->count());
    for (const QString& code : allCodes<NoConversation>()) {
        const NoConversation what = fromCode<NoConversation>(code).value();
        combo->addItem(OutcomeTexts::tr("No conversation: %1").arg(labelOf(what)), outcomeChoiceOf(what));
    }
    combo->setToolTip(OutcomeTexts::tr("A call nobody spoke on needs no topic: choose what happened."));
}

void readOutcome(const QComboBox* combo, Contact& contact)
{
    const QString chosen = combo->currentData().toString();
    contact.noConversation = noConversationOfChoice(chosen);
    contact.outcome = contact.noConversation ? outcomeOf(*contact.noConversation)
                                             : fromCode<Outcome>(chosen).value_or(Outcome::Resolved);
}

FieldMessage::FieldMessage(QWidget* parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setVisible(false);
}

void FieldMessage::show(const QString& message)
{
    if (message.isEmpty()) {
        clear();
        return;
    }
    setText(QStringLiteral("⚠ ") + message);
    setToolTip(message);
    setVisible(true);
}

void FieldMessage::clear()
{
    QLabel::clear();
    setVisible(false);
}

namespace {

struct DeskTexts
{
    Q_DECLARE_TR_FUNCTIONS(DeskContext)
};

} // namespace

QLabel* richTextLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    return label;
}

QString chooseDeskOperatorFirst()
{
    return DeskTexts::tr("Every change is recorded under the name of whoever made it: choose who is at this desk "
                         "first (Settings → Who Is at This Desk).");
}

namespace {

// The tooltip a control had before it was disabled for reading only, kept on
// the control so it comes back when a writable database is opened.
const char* const kWritableToolTip = "abonentWritableToolTip";

template <typename Control>
void enableControlForWriting(Control* control, const DeskContext& desk, bool enabled)
{
    if (!control->property(kWritableToolTip).isValid()) {
        control->setProperty(kWritableToolTip, control->toolTip());
    }
    control->setEnabled(enabled && !desk.isReadOnly());
    control->setToolTip(desk.isReadOnly()
                            ? DeskTexts::tr("The database is open for reading only: %1.").arg(desk.readOnlyReason)
                            : control->property(kWritableToolTip).toString());
}

} // namespace

void enableForWriting(QWidget* control, const DeskContext& desk, bool enabled)
{
    enableControlForWriting(control, desk, enabled);
}

void enableForWriting(QAction* action, const DeskContext& desk, bool enabled)
{
    enableControlForWriting(action, desk, enabled);
}

QDialogButtonBox* addDialogButtons(QDialog* dialog, QVBoxLayout* layout, QDialogButtonBox::StandardButton ok)
{
    auto* buttons = new QDialogButtonBox(ok | QDialogButtonBox::Cancel, dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    return buttons;
}

QDateEdit* makeDateEdit(const QDate& date, QWidget* parent)
{
    auto* edit = new QDateEdit(date, parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    return edit;
}

void addRowFor(QFormLayout* form, const QString& label, QLayout* row, QWidget* field)
{
    auto* text = new QLabel(label, form->parentWidget());
    text->setBuddy(field);
    form->addRow(text, row);
}

void limitToSensibleDates(QDateTimeEdit* edit, EnteredDates::Kind kind, const QDate& kept)
{
    QDate earliest = EnteredDates::earliest();
    QDate latest = EnteredDates::latest(kind);
    if (kept.isValid()) {
        earliest = std::min(earliest, kept);
        latest = std::max(latest, kept);
    }
    edit->setDateRange(earliest, latest);
}

void fitColumns(QTableView* view, bool keepWidths)
{
    QHeaderView* header = view->horizontalHeader();
    if (!keepWidths) {
        view->resizeColumnsToContents();
    }
    // In letters, not pixels of a view that may not be laid out yet.
    const int widest = view->fontMetrics().averageCharWidth() * 36;
    for (int section = 0; section < header->count(); ++section) {
        if (header->isSectionHidden(section) || section == header->count() - 1) {
            continue;
        }
        const int heading = header->sectionSizeHint(section);
        const int width = keepWidths ? header->sectionSize(section) : std::min(header->sectionSize(section), widest);
        header->resizeSection(section, std::max(heading, width));
    }
}

void setUpReviewTable(QTableView* view)
{
    view->setSortingEnabled(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
}

namespace {

class EnterOpensRow : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        auto* view = qobject_cast<QAbstractItemView*>(watched);
        // Not while a cell's editor has the focus: Enter is the editor's then.
        if (view && event->type() == QEvent::KeyPress && view->window()->focusWidget() == view) {
            const auto* key = static_cast<QKeyEvent*>(event);
            const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
            const bool plain = (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
            if (enter && plain && view->currentIndex().isValid()) {
                emit view->activated(view->currentIndex());
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

void openRowsWithEnter(QAbstractItemView* view)
{
    view->installEventFilter(new EnterOpensRow(view));
}

void fillWithLetterLanguages(QComboBox* combo, const QString& current)
{
    combo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    combo->addItem(QStringLiteral("Русский"), QStringLiteral("ru"));
    combo->addItem(QStringLiteral("Українська"), QStringLiteral("uk"));
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
}

} // namespace abonent
