#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace abonent {

// The values a letter's placeholders are filled with. Text is escaped when it
// is put in; the few values Abonent builds as HTML itself (the letterhead, a
// table of the support given) say so.
class LetterValues
{
public:
    void setText(const QString& name, const QString& text);
    void setHtml(const QString& name, const QString& html);
    bool contains(const QString& name) const { return m_values.contains(name); }
    // The HTML to put in place of {{name}}; empty when there is none.
    QString html(const QString& name) const { return m_values.value(name); }
    // Text that is empty counts as missing, except for these.
    bool isEmpty(const QString& name) const { return m_values.value(name).trimmed().isEmpty(); }
    // Conditions decide which {{#name}}…{{/name}} sections a letter keeps.
    void setCondition(const QString& name, bool holds);
    bool holds(const QString& name) const { return m_conditions.contains(name); }

private:
    QHash<QString, QString> m_values;
    QSet<QString> m_conditions;
};

// A letter template: HTML that QTextDocument renders, with {{name}}
// placeholders. Filling it in is all or nothing: a placeholder Abonent does
// not know, or one it has no value for, stops the letter with its name, so
// no letter goes out with a gap or with "{{...}}" in it. A section
// {{#condition}}…{{/condition}} stays only where its condition holds (a
// refund to make, money still owed), so one template says the right thing
// in each case; placeholders inside a dropped section are not needed.
class LetterTemplate
{
    Q_DECLARE_TR_FUNCTIONS(LetterTemplate)

public:
    explicit LetterTemplate(QString html);

    // Every name the template uses, in order of first use; an unknown name
    // or condition, or a section left open, is an error.
    Result<QStringList> placeholders() const;
    // The template with the sections whose conditions do not hold taken out,
    // and the markers of the others.
    Result<QString> shownFor(const LetterValues& values) const;
    // The template with every placeholder replaced. Values are not searched
    // for placeholders again, so a customer named "{{refund.amount}}" stays so.
    // With `missing` (a preview), placeholders without a value stay in the
    // text, highlighted, and are listed there instead of stopping the fill.
    Result<QString> fill(const LetterValues& values, QStringList* missing = nullptr) const;

    // Every placeholder a template may use, and those that may be left empty
    // (the free paragraph, the logo, parts of the letterhead).
    static const QStringList& knownNames();
    static bool isOptional(const QString& name);
    // The conditions sections may depend on.
    static const QStringList& knownConditions();
    // What a placeholder stands for, to say what is missing.
    static QString describe(const QString& name);
    static QString missingMessage(const QString& name);

private:
    QString m_html;
};

} // namespace abonent
