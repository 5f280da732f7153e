#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace abonent {

// The words demo data is made of, in one language (resources/demo/<lang>/).
// Every file is UTF-8, one entry a line, fields separated by '|', '#' starts a comment.
struct DemoWordLists
{
    Q_DECLARE_TR_FUNCTIONS(DemoWordLists)

public:
    struct Surname
    {
        QString male;
        QString female;
    };
    struct Topic
    {
        QString subject;
        QStringList summaries;
    };
    struct Incident
    {
        QString conduct; // a Conduct code
        QString summary;
    };
    struct PlanSpec
    {
        QString name;
        qint64 feeMajor = 0;
        int includedMinutes = 0;
        qint64 ratePerMinuteMajor = 0;
        bool supportIncluded = true;
    };
    struct OperatorSpec
    {
        QString firstName;
        QString surname;
        QString role;
        qint64 costPerHourMajor = 0;
        bool takesDifficultCallers = false;
    };

    // Languages with a full set of lists.
    static QStringList languages();
    // The demo language closest to a locale: its own when lists exist, else English.
    static QString languageFor(const QLocale& locale);
    static Result<DemoWordLists> load(const QString& language);

    QString language;
    QStringList maleFirstNames;
    QStringList femaleFirstNames;
    QList<Surname> surnames;
    QStringList streets;
    QStringList towns;
    QList<QPair<QString, QString>> companies; // legal form, name
    QList<Topic> topics;
    QList<Incident> incidents;
    QStringList emailDomains;
    QStringList notes;
    QStringList phoneFormats;
    QList<PlanSpec> plans;
    QList<OperatorSpec> operators;
    QHash<QString, QString> formats;
    // Tag reasons, case reasons and step notes by kind (problem_clients.txt).
    QHash<QString, QStringList> problemTexts;

    QString format(const QString& key) const { return formats.value(key); }
};

} // namespace abonent
