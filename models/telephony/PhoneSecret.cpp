#include "PhoneSecret.h"

#include <QTimer>
#include <qt6keychain/keychain.h>

namespace abonent {

namespace {

const QString kService = QStringLiteral("Abonent");

} // namespace

bool PhoneSecret::keychainOff()
{
    return qEnvironmentVariable("ABONENT_KEYCHAIN") == QLatin1String("off");
}

void PhoneSecret::read(const QString& key, ReadDone done)
{
    if (keychainOff()) {
        QTimer::singleShot(0, [done = std::move(done)] { done(std::nullopt, tr("The keychain is switched off.")); });
        return;
    }
    auto* job = new QKeychain::ReadPasswordJob(kService);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never written to a file in clear text
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, job, [job, done = std::move(done)] {
        switch (job->error()) {
        case QKeychain::NoError:
            done(job->textData(), QString());
            return;
        case QKeychain::EntryNotFound:
            done(std::nullopt, QString());
            return;
        default:
            done(std::nullopt, tr("The keychain is not available: %1").arg(job->errorString()));
        }
    });
    job->start();
}

void PhoneSecret::write(const QString& key, const QString& secret, WriteDone done)
{
    if (keychainOff()) {
        QTimer::singleShot(0, [done = std::move(done)] { done(false, tr("The keychain is switched off.")); });
        return;
    }
    auto* job = new QKeychain::WritePasswordJob(kService);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setTextData(secret);
    QObject::connect(job, &QKeychain::Job::finished, job, [job, done = std::move(done)] {
        if (job->error() == QKeychain::NoError) {
            done(true, QString());
        } else {
            done(false, tr("The keychain is not available: %1").arg(job->errorString()));
        }
    });
    job->start();
}

} // namespace abonent
