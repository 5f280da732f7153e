#pragma once

#include "DeskContext.h"
#include "Entities.h"

#include <QList>
#include <QWidget>

#include <optional>

class QAction;
class QLabel;
class QScrollArea;
class QSplitter;
class QTabWidget;
class QToolButton;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace abonent {

struct CustomerCard;
class CustomerEconomicsChart;

class CustomerProblemPanel;
class TimelineModel;

// One customer at a glance: who they are, their plan and this month's
// support use against it, everything that happened (one timeline, newest
// first), and the notes. Re-reads itself whenever the customer changes.
class CustomerCardView : public QWidget
{
    Q_OBJECT

public:
    CustomerCardView(const DeskContext& desk, qint64 customerId, QWidget* parent = nullptr);
    ~CustomerCardView() override;

    qint64 customerId() const { return m_customerId; }
    QString customerName() const { return m_name; }
    bool hasUnsavedNotes() const;
    QTableView* timelineView() const { return m_timelineView; }
    CustomerProblemPanel* problemPanel() const { return m_problems; }
    CustomerEconomicsChart* economicsChart() const { return m_economics; }

public slots:
    void reload();
    void editCustomer();
    void newContact();
    void changePlan();
    void addPayment();
    void archive();
    void tagCustomer();
    void customerLeaves();
    void writeLetter();
    // The case file, printed or saved as PDF.
    void caseFileOut(bool print);
    void saveNotes();

signals:
    void titleChanged(const QString& title);
    void message(const QString& text);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void showDetails(bool shown);
    // "$240.00 · $36.00 owed": what came in, and how it stands against what was charged.
    static QString paidText(const CustomerCard& card, const QLocale& locale);
    void build();
    // "Saved by …, when:" over the notes another desk saved.
    QString notesSavedBy(const Customer& customer) const;
    std::optional<Customer> freshCustomer();

    DeskContext m_desk;
    CustomerEconomicsChart* m_economics = nullptr;
    qint64 m_customerId = 0;
    QString m_name;
    // The notes as stored when this desk's writing began, and their version:
    // what a save is checked against (another desk may save meanwhile).
    QString m_savedNotes;
    qint64 m_notesVersion = 0;
    TimelineModel* m_timeline = nullptr;

    QLabel* m_title = nullptr;
    QLabel* m_subtitle = nullptr;
    QLabel* m_plan = nullptr;
    QLabel* m_phones = nullptr;
    QLabel* m_address = nullptr;
    QLabel* m_email = nullptr;
    QLabel* m_since = nullptr;
    QLabel* m_paid = nullptr;
    QScrollArea* m_details = nullptr;
    QSplitter* m_split = nullptr;
    QTabWidget* m_side = nullptr;
    QToolButton* m_detailsToggle = nullptr;
    bool m_splitPlaced = false;
    QLabel* m_lastContact = nullptr;
    QProgressBar* m_meter = nullptr;
    QLabel* m_meterText = nullptr;
    QTableView* m_timelineView = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QLabel* m_notesSaved = nullptr;
    QPushButton* m_saveNotes = nullptr;
    QPushButton* m_archive = nullptr;
    QPushButton* m_leaves = nullptr;
    // What records something new about the person: off once their data is erased.
    QList<QPushButton*> m_personal;
    QAction* m_erase = nullptr;
    CustomerProblemPanel* m_problems = nullptr;
    CustomerStatus m_status = CustomerStatus::Active;
};

} // namespace abonent
