#include "CommandSignIn.h"

#include "CommandSupport.h"
#include "ServerLogins.h"
#include "SignIn.h"
#include "TerminalInput.h"

#include <QDir>
#include <QFile>

namespace abonent::cli {

CommandSignIn::CommandSignIn(const QString& who)
    : m_as(QStringLiteral("as"), tr("Login of %1 (required; the audit log names them).").arg(who), tr("login"))
    , m_passphraseFile(QStringLiteral("passphrase-file"),
                       tr("Where people sign in: a file whose first line is the passphrase of --as (else it is "
                          "asked for on the terminal)."),
                       tr("file"))
{
}

Status CommandSignIn::checkGiven(const QCommandLineParser& parser) const
{
    if (parser.value(m_as).trimmed().isEmpty()) {
        return usageError(tr("Say who does this: --as LOGIN."));
    }
    return {};
}

Result<QString> CommandSignIn::passphrase(const QCommandLineParser& parser, const QString& login) const
{
    if (parser.isSet(m_passphraseFile)) {
        const QString path = parser.value(m_passphraseFile);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return makeError(Error::Code::Io,
                             tr("The passphrase file %1 cannot be read: %2")
                                 .arg(QDir::toNativeSeparators(path), file.errorString()));
        }
        // The first line, without its line break.
        return QString::fromUtf8(file.readLine()).remove(QLatin1Char('\n')).remove(QLatin1Char('\r'));
    }
    if (auto typed = readHiddenLine(tr("Passphrase for %1: ").arg(login))) {
        return *typed;
    }
    return makeError(Error::Code::Invalid,
                     tr("People sign in on this database: give the passphrase of %1 with --passphrase-file, or run "
                        "this on a terminal to type it.")
                         .arg(login));
}

Result<Actor> CommandSignIn::actor(const QSqlDatabase& db, const QCommandLineParser& parser) const
{
    if (Status given = checkGiven(parser); !given) {
        return given.error();
    }
    const QString login = parser.value(m_as).trimmed();
    if (ServerLogins::apply(db)) {
        auto signedIn = ServerLogins(db).sessionPerson();
        if (!signedIn) {
            return signedIn.error();
        }
        auto named = operatorByLogin(db, login);
        if (!named) {
            return named.error();
        }
        if (signedIn.value() && signedIn.value()->operatorId != named->operatorId) {
            return makeError(Error::Code::Invalid,
                             tr("This connection is signed in as someone else, not as %1: on a server each person "
                                "acts with their own login.")
                                 .arg(login));
        }
        return named;
    }
    SignIn signIn(db);
    auto required = signIn.required();
    if (!required) {
        return required.error();
    }
    if (!required.value()) {
        return operatorByLogin(db, login);
    }
    auto secret = passphrase(parser, login);
    if (!secret) {
        return secret.error();
    }
    return signIn.signIn(login, secret.value());
}

} // namespace abonent::cli
