#pragma once

#include "LetterService.h"

#include <functional>

namespace abonent {

// What became of one customer's letter in a batch.
struct LetterOutcome
{
    qint64 customerId = 0;
    std::optional<IssuedLetter> letter; // issued
    Error error; // why not (Blocked: the politeness check), or why the PDF was not delivered
    bool delivered = false; // the PDF reached its file or printer

    bool issued() const { return letter.has_value(); }
    bool blocked() const { return !issued() && error.code == Error::Code::Blocked; }
};

// The same letter to many customers, one after another, each in its own
// transaction: one customer's problem (a missing address, a politeness hit)
// stops only that letter, and the summary says which and why. A letter that
// could not be stored or delivered for want of room or rights (a full disk, a
// folder that cannot be written) stops the batch there: every letter after
// it would fail alike, each rendered in vain and, once stored, without its
// file. Each letter holds the write lock only while it is stored; the next
// one is rendered with the lock free, so other desks' writes get in between.
class LetterBatch
{
public:
    // Called with each issued letter's PDF: saves or prints it.
    using Deliver = std::function<Status(const IssuedLetter&, const QByteArray&)>;
    // Called before each letter with how many are done; false stops the batch.
    using Progress = std::function<bool(int done, int total)>;

    LetterBatch(LetterService& letters, Actor actor);

    // `request` is the letter for everyone; its customer is set in turn.
    // Fewer outcomes than customers: the batch was stopped (by `progress`, or
    // by the last outcome's error), and the rest were not tried.
    QList<LetterOutcome> run(const LetterRequest& request,
                             const QList<qint64>& customerIds,
                             const Deliver& deliver,
                             const Progress& progress = {}) const;

    // Customers still with us whose phone and chat time in `month` went over
    // what their plan includes: whom the support-limit reminder is for.
    static Result<QList<qint64>> customersOverAllowance(const QSqlDatabase& db, const QDate& month);

    static int issuedCount(const QList<LetterOutcome>& outcomes);
    static int blockedCount(const QList<LetterOutcome>& outcomes);

private:
    LetterService& m_letters;
    Actor m_actor;
};

} // namespace abonent
