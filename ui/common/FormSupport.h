#pragma once

#include "DeskContext.h"
#include "DomainTypes.h"
#include "EnteredDates.h"
#include "Entities.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QString>

class QAbstractItemView;
class QAction;
class QDateEdit;
class QDateTimeEdit;
class QDialog;
class QFormLayout;
class QLayout;
class QTableView;
class QVBoxLayout;

namespace abonent {

// A line under a form field that says what is wrong with it, or nothing.
// It uses the style's warning icon, not a hard-coded colour, so it reads on
// dark themes too.
class FieldMessage : public QLabel
{
    Q_OBJECT

public:
    explicit FieldMessage(QWidget* parent = nullptr);
    void show(const QString& message);
    void clear();
    bool hasMessage() const { return !text().isEmpty(); }
};

// Said when a change cannot be recorded because nobody said who is at the desk.
QString chooseDeskOperatorFirst();

// A control that changes the database: enabled when `enabled` and the desk's
// database may be written; otherwise disabled, its tooltip saying why.
void enableForWriting(QWidget* control, const DeskContext& desk, bool enabled = true);
void enableForWriting(QAction* action, const DeskContext& desk, bool enabled = true);

// A word-wrapped rich-text label with an object name (for tests and styling).
QLabel* richTextLabel(const QString& objectName, QWidget* parent);
// A review table: one row selected at a time, sortable, compact rows, no row numbers.
void setUpReviewTable(QTableView* view);
// Enter on a row emits the view's activated() and goes no further: a view
// in a dialog otherwise passes the key on to the dialog's default button as
// well, so a row opened with Enter was followed by "New…" or "Close".
void openRowsWithEnter(QAbstractItemView* view);

// Fills a combo box with an enum's labels, its stable codes as item data.
template <typename Enum>
void fillWithLabels(QComboBox* combo)
{
    for (const QString& code : allCodes<Enum>()) {
        combo->addItem(labelOf(fromCode<Enum>(code).value()), code);
    }
}

// The outcomes of a contact, then, for calls, what happened when nobody
// spoke ("No conversation: Wrong number"); item data is the outcome choice.
void fillWithOutcomes(QComboBox* combo);
// Sets the contact's outcome and no-conversation from the chosen item.
void readOutcome(const QComboBox* combo, Contact& contact);

// The languages letters are written in, each named in itself (the reader's
// language, not the desk's), the code as item data; `current` chosen.
void fillWithLetterLanguages(QComboBox* combo, const QString& current);

// OK-or-Save and Cancel under a dialog's fields, wired to accept and reject.
QDialogButtonBox* addDialogButtons(QDialog* dialog, QVBoxLayout* layout, QDialogButtonBox::StandardButton ok);
// A form row of several widgets whose label's mnemonic jumps to `field`
// (QFormLayout gives a row made of a layout no buddy, so "&" would show).
void addRowFor(QFormLayout* form, const QString& label, QLayout* row, QWidget* field);

// A date field with a calendar, in the locale's short format.
QDateEdit* makeDateEdit(const QDate& date, QWidget* parent);
// Keeps a date field to dates that make sense (EnteredDates), widened to
// `kept` so a date already on record is never changed by opening a form.
// Sizes a table's columns to their contents in whatever language the
// headers are in: no heading is cut, and no column takes more than about
// three dozen letters, so the last (stretched) one keeps room to be read.
// With `keepWidths`, widths a person chose stay where they fit.
void fitColumns(QTableView* view, bool keepWidths = false);

void limitToSensibleDates(QDateTimeEdit* edit, EnteredDates::Kind kind, const QDate& kept = {});

} // namespace abonent
