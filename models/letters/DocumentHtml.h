#pragma once

#include <QString>
#include <QStringList>

namespace abonent::DocumentHtml {

// Small HTML writers for the internal documents LetterPdf prints (the case
// file, a person's data on request): every value escaped, line breaks kept,
// tables ruled and with a header row that each page repeats.
QString cell(const QString& text);
QString table(const QStringList& headings, const QStringList& rows);
QString section(const QString& title);

} // namespace abonent::DocumentHtml
