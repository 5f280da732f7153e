#pragma once

#include "Actor.h"
#include "Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace abonent {

// How far a new office has got with setting itself up. Each step is done
// when the office has what it needs, or when someone said so where nothing
// can tell (the country and currency start as the computer's own; a
// one-person office has nobody to add).
struct SetupProgress
{
    bool office = false; // country and currency confirmed
    bool letterhead = false; // letters say who they come from
    bool plans = false; // at least one plan on offer
    bool people = false; // more than one person, or confirmed
    bool supportCost = false; // an hourly or channel cost set, or none confirmed
    bool customers = false; // customers brought in, or "start empty"
    bool hasCustomers = false;
    bool started = false; // the list was shown on an empty database
    bool finished = false; // every step was done once

    bool allDone() const { return office && letterhead && plans && people && supportCost && customers; }
    static constexpr int kSteps = 6;
    int doneCount() const;
    // The list is shown while a set-up that began on an empty database is
    // not finished; a database that came with customers never shows it.
    bool shows() const { return !finished && (started || !hasCustomers); }
};

class OfficeSetup
{
    Q_DECLARE_TR_FUNCTIONS(OfficeSetup)

public:
    explicit OfficeSetup(QSqlDatabase db);

    Result<SetupProgress> progress() const;

    // The country phone numbers are read in and the currency money is kept
    // in (managers and owners; audited). The currency changes only while no
    // plan or payment is in another one: a database keeps one currency.
    Status setCountryAndCurrency(const Actor& actor, const QString& country, const QString& currency);
    Status confirmPeople(const Actor& actor);
    // An office whose support truly costs nothing says so once.
    Status confirmSupportCost(const Actor& actor);
    Status startEmpty(const Actor& actor);
    Status markStarted();
    Status markFinished();

private:
    Status confirm(const Actor& actor, const QString& key);

    QSqlDatabase m_db;
};

} // namespace abonent
