#pragma once

#include <QString>

namespace abonent::bench {

struct Settings
{
    QString database;
    int customers = 100000;
    qint64 contacts = 5000000;
    quint64 seed = 1;
    int repeat = 1;
    bool replace = false;
    // multiseat: how many desks, for how long; `seat` is set in a desk's own process.
    int seats = 20;
    int seconds = 60;
    int seat = -1;
};

// Each prints its JSON line(s) and returns a process exit code.
int demoGeneration(const Settings& settings);
int searchKeystroke(const Settings& settings);
int cardLoad(const Settings& settings);
int memoryResident(const Settings& settings);
int problemReview(const Settings& settings);
int agiRoute(const Settings& settings);
int callerLookup(const Settings& settings);
int lookupOverlong(const Settings& settings);
int screenPop(const Settings& settings);
int portfolio(const Settings& settings);
int cardChart(const Settings& settings);
int rollupMaintenance(const Settings& settings);
int lettersBatch(const Settings& settings);
int lettersContactWait(const Settings& settings);
int lettersTwoDesks(const Settings& settings);
int ratesContactWait(const Settings& settings);
int importCustomers(const Settings& settings);
// Several desks on one PostgreSQL server (MultiSeat.cpp).
int multiSeat(const Settings& settings);

} // namespace abonent::bench
