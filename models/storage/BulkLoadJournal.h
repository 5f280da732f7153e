#pragma once

#include <QSqlDatabase>

namespace abonent {

// While it lives, an empty SQLite database uses a rollback journal instead of
// the write-ahead log. Loading into an empty database then writes every page
// once: a rollback journal only keeps pages that existed before, whereas the
// WAL holds every new page and copies it into the file again at the
// checkpoint (about 9 of 54 seconds for 5M contacts). It needs the only
// connection to the file; with others open (the window) it stays in WAL mode,
// which is merely slower. A database with content keeps its WAL, so other
// readers are never locked out of data they could read before. Other engines
// have no such mode: there it does nothing.
class BulkLoadJournal
{
public:
    explicit BulkLoadJournal(QSqlDatabase db);
    ~BulkLoadJournal();

    BulkLoadJournal(const BulkLoadJournal&) = delete;
    BulkLoadJournal& operator=(const BulkLoadJournal&) = delete;

private:
    QSqlDatabase m_db;
    bool m_switched = false;
};

} // namespace abonent
