#include "ReportCommand.h"

#include "CommandSupport.h"
#include "Csv.h"
#include "Database.h"
#include "Economics.h"
#include "ExitCode.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace abonent::cli {

namespace {

// "2026-11" → its first day; invalid otherwise.
QDate monthFrom(const QString& text)
{
    return QDate::fromString(text + QLatin1String("-01"), Qt::ISODate);
}

} // namespace

QString ReportCommand::description() const
{
    return tr("Print a report: \"economics\" gives revenue, support cost and margin per customer.");
}

int ReportCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description());
    const QCommandLineOption from(
        QStringLiteral("from"), tr("First month, YYYY-MM (default: eleven months before --to)."), tr("month"));
    const QCommandLineOption to(QStringLiteral("to"), tr("Last month, YYYY-MM (default: this month)."), tr("month"));
    const QCommandLineOption format(
        QStringLiteral("format"), tr("csv or json (default: csv)."), tr("format"), QStringLiteral("csv"));
    parser.addOptions({databaseOption(), from, to, format});
    parser.addPositionalArgument(QStringLiteral("report"), tr("The report: economics."));
    if (const int exit = parseOrExit(parser, arguments, out, err, 1); exit >= 0) {
        return exit;
    }
    if (parser.positionalArguments() != QStringList {QStringLiteral("economics")}) {
        err << tr("Name the report: \"abonent report economics\".") << Qt::endl;
        return Failure;
    }
    const QString chosenFormat = parser.value(format);
    if (chosenFormat != QLatin1String("csv") && chosenFormat != QLatin1String("json")) {
        err << tr("The format is csv or json, not \"%1\".").arg(chosenFormat) << Qt::endl;
        return Failure;
    }
    const QDate last =
        parser.isSet(to) ? monthFrom(parser.value(to)) : EconomicsService::monthStart(QDate::currentDate());
    const QDate first = parser.isSet(from) ? monthFrom(parser.value(from)) : last.addMonths(-11);
    if (!first.isValid() || !last.isValid()) {
        err << tr("Months are written YYYY-MM, for example 2026-11.") << Qt::endl;
        return Failure;
    }
    if (first > last) {
        err << tr("The first month (%1) comes after the last (%2).")
                   .arg(EconomicsService::monthKey(first), EconomicsService::monthKey(last))
            << Qt::endl;
        return Failure;
    }

    auto database = openDatabase(databasePath(parser), Database::Mode::ReadOnly, err);
    if (!database) {
        return Failure;
    }
    if (const QString older = olderSchemaMessage(*database); !older.isEmpty()) {
        err << older << Qt::endl;
        return Failure;
    }
    const EconomicsService economics(database->connection());
    auto portfolio = economics.portfolio({first, last, 0});
    if (!portfolio) {
        err << portfolio.errorString() << Qt::endl;
        return Failure;
    }
    if (Status described = economics.describe(portfolio->customers); !described) {
        err << described.errorString() << Qt::endl;
        return Failure;
    }
    std::sort(portfolio->customers.begin(),
              portfolio->customers.end(),
              [](const CustomerFigures& a, const CustomerFigures& b) { return a.contract < b.contract; });
    const QString currency = portfolio->currency;
    // Minutes of phone and chat, rounded to the nearest minute.

    if (chosenFormat == QLatin1String("json")) {
        QJsonArray rows;
        for (const CustomerFigures& customer : std::as_const(portfolio->customers)) {
            rows.append(QJsonObject {{QStringLiteral("contract"), customer.contract},
                                     {QStringLiteral("name"), customer.name},
                                     {QStringLiteral("plan"), customer.plan},
                                     {QStringLiteral("revenue_minor"), customer.revenueMinor},
                                     {QStringLiteral("cost_minor"), customer.costMinor},
                                     {QStringLiteral("margin_minor"), customer.marginMinor()},
                                     {QStringLiteral("currency"), currency},
                                     {QStringLiteral("minutes"), customer.conversationMinutes()},
                                     {QStringLiteral("contacts"), customer.contacts},
                                     {QStringLiteral("months_from_payments"), customer.monthsFromPayments},
                                     {QStringLiteral("months_from_plan_fee"), customer.monthsFromFees}});
        }
        const QJsonObject report {{QStringLiteral("from"), EconomicsService::monthKey(first)},
                                  {QStringLiteral("to"), EconomicsService::monthKey(last)},
                                  {QStringLiteral("currency"), currency},
                                  {QStringLiteral("customers"), rows}};
        out << QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Indented));
    } else {
        out << Csv::line({QStringLiteral("contract"),
                          QStringLiteral("name"),
                          QStringLiteral("plan"),
                          QStringLiteral("revenue_minor"),
                          QStringLiteral("cost_minor"),
                          QStringLiteral("margin_minor"),
                          QStringLiteral("currency"),
                          QStringLiteral("minutes"),
                          QStringLiteral("contacts")},
                         QLatin1Char(','));
        for (const CustomerFigures& customer : std::as_const(portfolio->customers)) {
            out << Csv::line({customer.contract,
                              customer.name,
                              customer.plan,
                              QString::number(customer.revenueMinor),
                              QString::number(customer.costMinor),
                              QString::number(customer.marginMinor()),
                              currency,
                              QString::number(customer.conversationMinutes()),
                              QString::number(customer.contacts)},
                             QLatin1Char(','));
        }
    }
    out.flush();
    return portfolio->customers.isEmpty() ? NothingFound : Success;
}

} // namespace abonent::cli
