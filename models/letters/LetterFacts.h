#pragma once

#include "LetterLanguage.h"
#include "LetterService.h"
#include "LetterTemplate.h"
#include "Letterhead.h"

#include <QSqlDatabase>

namespace abonent {

struct CaseStepRecord;
struct EscalationCase;

// Gathers what a letter says from the database: the customer and contract,
// the plan and its support use, the offer, the notice's clause, dates and
// refund, the period of a service report, and the letterhead. Every value
// is written in the letter's language.
class LetterFacts
{
    Q_DECLARE_TR_FUNCTIONS(LetterFacts)

public:
    struct Found
    {
        LetterValues values;
        std::optional<qint64> caseStepId; // the step the letter goes out with
        std::optional<CaseStep> missingStep; // the step it follows, not taken yet
    };

    LetterFacts(QSqlDatabase db, const Letterhead& letterhead, const LetterLanguage& language);

    Result<Found> gather(const LetterRequest& request, const QString& number, const QDate& date) const;

    // The letterhead block a template places with {{letterhead}}.
    QString letterheadHtml() const;
    // The free paragraph as HTML paragraphs: blank lines separate them.
    static QString paragraphsHtml(const QString& text);

private:
    Status addCustomer(qint64 customerId, LetterValues& values) const;
    Status addPlanAndUse(qint64 customerId, const QDate& date, LetterValues& values) const;
    Status addOffer(const CaseStepRecord* offerStep, LetterValues& values) const;
    // The refund or the money still owed, and which of the letter's sections say so.
    void addSettlement(const Money& refund, const Money& owed, LetterValues& values) const;
    Status addReport(qint64 customerId, const QDate& from, const QDate& to, LetterValues& values) const;
    static Result<std::optional<CaseStepRecord>> findStep(const QList<EscalationCase>& cases,
                                                          std::optional<CaseStep> step,
                                                          std::optional<qint64> explicitId,
                                                          bool openCaseOnly);

    QSqlDatabase m_db;
    Letterhead m_letterhead;
    LetterLanguage m_language;
    mutable QString m_currency; // of the customer's plan, once read: amounts without one use it
};

} // namespace abonent
