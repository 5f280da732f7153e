#pragma once

#include "Money.h"

#include <QDateTime>
#include <QString>

namespace abonent {

// One thing that happened with a customer, whatever its source.
struct TimelineEntry
{
    enum class Kind { Contact, Payment, PlanPeriod, Change, Tag, Case, Letter };

    QDateTime at; // UTC
    Kind kind = Kind::Contact;
    qint64 sourceId = 0; // row id within its source (letters: the letter's id)
    QString code; // channel, payment kind or audit action code
    QString title; // what happened, in words
    QString detail; // summary, note, reason
    QString who; // operator
    int durationSeconds = -1; // contacts only
    QString conduct; // contacts: a Conduct code when not normal
    qint64 recordingId = 0; // contacts: the call's recording, if one is kept
    Money amount; // payments only
};

} // namespace abonent
