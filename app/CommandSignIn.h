#pragma once

#include "Actor.h"
#include "Result.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QSqlDatabase>

namespace abonent::cli {

// Who a command that records something acts as. The command line never
// assumes anyone: --as LOGIN is required. Where the owner has set
// passphrases, the person proves it, from --passphrase-file or typed at the
// terminal. On a server, a person's own login acts only as themselves (the
// server holds them to their role as well); the login that owns the database
// is the administrator's and may name anyone.
class CommandSignIn
{
    Q_DECLARE_TR_FUNCTIONS(CommandSignIn)

public:
    // `who` says whose login --as takes ("the manager or owner erasing").
    explicit CommandSignIn(const QString& who);

    QList<QCommandLineOption> options() const { return {m_as, m_passphraseFile}; }
    // Said before the database is opened: --as is missing.
    Status checkGiven(const QCommandLineParser& parser) const;
    Result<Actor> actor(const QSqlDatabase& db, const QCommandLineParser& parser) const;

private:
    Result<QString> passphrase(const QCommandLineParser& parser, const QString& login) const;

    QCommandLineOption m_as;
    QCommandLineOption m_passphraseFile;
};

} // namespace abonent::cli
