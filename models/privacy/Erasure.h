#pragma once

#include "Actor.h"
#include "Clock.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QPointer>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>
#include <utility>

namespace abonent {

class ChangeNotifier;

// What one erasure did.
struct ErasureReport
{
    qint64 customerId = 0;
    QString contractNumber;
    QString placeholderName; // the name the record goes by now
    QDateTime erasedAt; // UTC
    // The tables whose rows about the person lost their personal data (or
    // went, for phones and call drafts), with how many rows: the same counts
    // the audit entry keeps.
    QList<std::pair<QString, qint64>> rows;
    // The file names the phone system gave the person's call recordings, as
    // they were: the recordings are the phone system's, to be deleted there.
    QStringList recordings;
    // What could not be cleared from the file itself after the erasure
    // committed (an index not merged, a log another desk held open).
    QStringList leftInTheFile;
};

// Erasing a person's data on request (GDPR art. 17 and similar laws), in one
// short transaction with its audit entry; refused, with the reasons, while
// the office still needs the data. Table by table, what goes and what stays:
//
//   customers        the name becomes "Erased customer #<id>"; address,
//                    e-mail, notes, who saved the notes and the search text
//                    go (the search text is made again from what is left, so
//                    neither search index finds the old name, address or
//                    numbers). Kept: the id and contract number (the key of
//                    the accounting records kept by law), kind, status, the
//                    dates; erased_at and erased_by are set.
//   phones           deleted: a number identifies the person, and a caller
//                    is no longer matched to the record.
//   plan_periods     kept: which plan from when to when (the revenue).
//   payments         the note goes; day, kind, amount and currency stay
//                    (accounting kept by law; the portfolio's totals and the
//                    roll-ups do not change).
//   opening_balances kept: an amount on a day.
//   contacts         topic and summary go; channel, time, duration,
//                    operator, outcome, conduct and the no-conversation code
//                    stay (support cost, allowance and incident counts).
//   customer_months  kept: monthly sums with nothing of the person in them.
//   tag_assignments  the reasons for setting and removing go; which tag,
//                    when, by whom, until when, and its removal stay.
//   tag_evidence     kept: pairs of ids (which contacts a tag rested on).
//   cases            the reason and the closing note go; dates, people and
//                    outcome stay.
//   case_steps       the note goes; the step, dates, people, clause, plan
//                    offered, refund, amount owed and letter stay (what the
//                    office did and when).
//   customer_exits   the note goes; the day and the reason code stay.
//   letters          the text, the PDF, the politeness check's hits and its
//                    override, and a void's reason go; number, year,
//                    sequence, template, date, issue and void (who, when) and
//                    the PDF's SHA-256 stay, so the register runs on without
//                    a gap and still shows which PDF went out (`check` says
//                    the letter was erased).
//   unlinked_calls   of the calls later linked to the person: caller ID,
//                    topic and summary go; times, operator, outcome and
//                    conduct stay.
//   call_recordings  the file name and the phone system's call id go (they
//                    may carry the number); size, length and SHA-256 stay.
//                    The recordings themselves are kept by the phone system:
//                    the report names them so they can be deleted there.
//   call_drafts      deleted: the half-written note of a call.
//   audit_log        of the entries about the person, the values before and
//                    after and the reason go (they quote the name, phones,
//                    notes); when, who and what was done stay. One new entry
//                    records the erasure: who and when, and how many rows of
//                    each table it changed; ids and counts, nothing personal.
//   import_keys      kept: an old system's ids of payments and contacts name
//                    a transaction, not a person, and keep a re-import from
//                    adding the kept economics twice (an import refuses rows
//                    about an erased customer).
//   letter_templates, tags, plans and their fee changes, operators, office
//                    settings, channel costs, the roll-up mark and the letter
//                    counters are about the office, not the person.
//
// What the erasure blanks or deletes is overwritten in the database file
// too, not left in its free space; the search indexes are merged afterwards
// so that their entries for the old name and numbers are gone rather than
// marked deleted, and the write-ahead log is emptied (SqlDialect). Not
// reached: copies of a row as it was before earlier changes, which SQLite
// may have left in a page's free space (Abonent runs with secure_delete off
// for speed, MEASURED §1) until the file is compacted (VACUUM, which needs
// the file to itself). Copies made before (backups, exports, letters saved
// or printed) still hold the data until they are replaced; the confirmation
// says so.
//
// The schema lets these append-only rows change only while the erasure holds
// a permit for the customer, which it takes after writing its audit entry
// and gives back before the commit (see Migrations, version 14).
class Erasure
{
    Q_DECLARE_TR_FUNCTIONS(Erasure)

public:
    explicit Erasure(QSqlDatabase db, ChangeNotifier* notifier = nullptr, Clock clock = systemClock());

    // Why the customer's data cannot be erased now, one sentence each: the
    // contract is in force, an escalation case is open, a letter was issued
    // within the period letters are kept (PrivacySettings), or it was erased
    // already; with `actor`, also that they are not a manager or the owner.
    // Empty when it can be.
    Result<QStringList> refusals(qint64 customerId, const std::optional<Actor>& actor = std::nullopt) const;

    // A manager or the owner only. Refused (Error::Code::Blocked, the
    // reasons in the message) as refusals() says.
    Result<ErasureReport> erase(const Actor& actor, qint64 customerId);

    // What an erasure removes and what it keeps, for the person about to
    // confirm one: a sentence each.
    static QStringList removedItems();
    static QStringList keptItems();
    // The human name of a table of ErasureReport::rows.
    static QString tableLabel(const QString& table);

private:
    Result<ErasureReport> eraseInTransaction(const Actor& actor, qint64 customerId);
    // After the commit: the search indexes merged, the write-ahead log emptied.
    void clearFromTheFile(ErasureReport& report);

    QSqlDatabase m_db;
    QPointer<ChangeNotifier> m_notifier;
    Clock m_clock;
};

} // namespace abonent
