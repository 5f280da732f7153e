#include "DocumentHtml.h"

namespace abonent::DocumentHtml {

QString cell(const QString& text)
{
    return QStringLiteral("<td>%1</td>").arg(text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>")));
}

QString table(const QStringList& headings, const QStringList& rows)
{
    QString html = QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\""
                                  " style=\"border-collapse: collapse; border-color: #808080;\">");
    if (!headings.isEmpty()) {
        // A header row: printed again at the top of each page the table runs on to.
        html += QStringLiteral("<thead><tr>");
        for (const QString& heading : headings) {
            html += QStringLiteral("<th align=\"left\">%1</th>").arg(heading.toHtmlEscaped());
        }
        html += QStringLiteral("</tr></thead>");
    }
    for (const QString& row : rows) {
        html += QStringLiteral("<tr>%1</tr>").arg(row);
    }
    return html + QStringLiteral("</table>\n");
}

QString section(const QString& title)
{
    return QStringLiteral("<h3>%1</h3>\n").arg(title.toHtmlEscaped());
}

} // namespace abonent::DocumentHtml
