#pragma once

#include "CaseService.h"
#include "DeskContext.h"
#include "IndicatorService.h"
#include "ReasonDialog.h"
#include "TagService.h"

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace abonent {

// The part of a customer card about difficult customers: tags in force as
// chips (reason on hover, click to remove), the handling guidance of problem
// tags, the indicators' suggestions with the evidence behind them, and the
// escalation case with its next step.
class CustomerProblemPanel : public QWidget
{
    Q_OBJECT

public:
    CustomerProblemPanel(const DeskContext& desk, qint64 customerId, QWidget* parent = nullptr);

    // `erased`: the person's data was erased, so nothing new is recorded
    // about them (no tag, no case), as the services also refuse.
    void reload(const QString& customerName, bool erased);
    QList<QWidget*> chips() const;
    QLabel* guidanceLabel() const { return m_guidance; }
    QLabel* suggestionsLabel() const { return m_suggestions; }
    QLabel* caseLabel() const { return m_case; }

public slots:
    void tagCustomer();
    void openCase();
    void nextStep();
    void skipStep();
    void closeCase();
    // The letter of the latest step taken, if it has none yet.
    void stepLetter();

signals:
    void message(const QString& text);

private:
    void showTags(const QList<ActiveTag>& tags);
    void showFacts(const CustomerIndicators& facts);
    void showCase(const QDate& due);
    // Offers the letter that goes with a step just taken.
    void offerLetter(const EscalationCase& escalation, const CaseStepRecord& step);
    static const CaseStepRecord* stepWithoutLetter(const EscalationCase& escalation);
    void removeTag(const ActiveTag& tag);
    void tagFromSuggestion(int index);
    // A dialog action that runs as the person at this desk (asked if unknown).
    ReasonDialog::Action asDesk(std::function<Status(const Actor&, const QString&)> work) const;

    DeskContext m_desk;
    qint64 m_customerId = 0;
    QString m_customerName;
    bool m_erased = false;
    QList<Suggestion> m_currentSuggestions;
    std::optional<EscalationCase> m_openCase;

    QHBoxLayout* m_chipRow = nullptr;
    QPushButton* m_tagButton = nullptr;
    QList<QWidget*> m_chips;
    QLabel* m_noTags = nullptr;
    QLabel* m_guidance = nullptr;
    QLabel* m_facts = nullptr;
    QLabel* m_suggestions = nullptr;
    QLabel* m_case = nullptr;
    QPushButton* m_openCaseButton = nullptr;
    QPushButton* m_nextStepButton = nullptr;
    QPushButton* m_skipStepButton = nullptr;
    QPushButton* m_closeCaseButton = nullptr;
    QPushButton* m_letterButton = nullptr;
};

} // namespace abonent
