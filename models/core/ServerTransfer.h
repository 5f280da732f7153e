#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

namespace abonent {

// Moves an office from its database file onto a PostgreSQL server
// (`abonent migrate`): every data table copied row for row into a server
// database that holds nothing yet, then both sides counted and digested
// (DatabaseCheck::contentDigest, Scope::BothEngines) before the copy is
// committed. All of it is one transaction on the server, so a copy that
// fails or differs leaves the server database as it was; the file is only
// read, in one snapshot, so desks may go on working in it meanwhile (what
// they write after the snapshot is not in the copy).
class ServerTransfer
{
    Q_DECLARE_TR_FUNCTIONS(ServerTransfer)

public:
    struct TableRows
    {
        QString table;
        qint64 inFile = 0;
        qint64 onServer = 0;
    };
    struct Outcome
    {
        QList<TableRows> tables;
        QByteArray fileDigest;
        QByteArray serverDigest;
        // Contacts the file had not yet folded into its monthly roll-ups,
        // queued on the server so its next fold takes them in.
        qint64 contactsQueuedForRollups = 0;
    };
    // Rows of `table` copied so far, of `total`; called after every batch.
    using Progress = std::function<void(const QString& table, qint64 copied, qint64 total)>;

    // `file` is an Abonent database file, `server` an Abonent database on a
    // server, both at the program's schema version.
    ServerTransfer(QSqlDatabase file, QSqlDatabase server);

    void setProgress(Progress progress) { m_progress = std::move(progress); }

    // Conflict when the server database already holds an office's data
    // (customers, plans, people or an audit trail); Integrity-style Sql
    // errors when a table's columns or the copy's counts or digest differ.
    Result<Outcome> run();

private:
    // Clears what a new server database was seeded with and copies every
    // table, indexes and triggers set aside meanwhile.
    Status copy(const QStringList& tables, Outcome& outcome);
    // Queues the contacts above the file's roll-up mark; how many.
    Result<qint64> queueUnfoldedContacts();
    // Row counts and content digests on both sides, equal or an error.
    Status verify(Outcome& outcome) const;

    QSqlDatabase m_file;
    QSqlDatabase m_server;
    Progress m_progress;
};

} // namespace abonent
