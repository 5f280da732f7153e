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

struct ReportCommandLine
{
    QCommandLineOption from {QStringLiteral("from"),
                             ReportCommand::tr("First month, YYYY-MM (default: eleven months before --to)."),
                             ReportCommand::tr("month")};
    QCommandLineOption to {QStringLiteral("to"),
                           ReportCommand::tr("Last month, YYYY-MM (default: this month)."),
                           ReportCommand::tr("month")};
    QCommandLineOption format {QStringLiteral("format"),
                               ReportCommand::tr("csv or json (default: csv)."),
                               ReportCommand::tr("format"),
                               QStringLiteral("csv")};
};

// "2026-11" → its first day; invalid otherwise.
QDate monthFrom(const QString& text)
{
    return QDate::fromString(text + QLatin1String("-01"), Qt::ISODate);
}

// The months --from and --to name, twelve up to this one by default.
Result<EconomicsRange> monthsFrom(const QCommandLineParser& parser, const ReportCommandLine& commandLine)
{
    const QDate last = parser.isSet(commandLine.to) ? monthFrom(parser.value(commandLine.to))
                                                    : EconomicsService::monthStart(QDate::currentDate());
    const QDate first = parser.isSet(commandLine.from) ? monthFrom(parser.value(commandLine.from))
                                                       : EconomicsRange::lastTwelve(last).firstMonth;
    if (!first.isValid() || !last.isValid()) {
        return usageError(ReportCommand::tr("Months are written YYYY-MM, for example 2026-11."));
    }
    if (first > last) {
        return usageError(ReportCommand::tr("The first month (%1) comes after the last (%2).")
                              .arg(EconomicsService::monthKey(first), EconomicsService::monthKey(last)));
    }
    return EconomicsRange {first, last, 0};
}

// Every customer's figures over `range`, described, in the order of their contracts.
Result<Portfolio> reportRows(const QSqlDatabase& db, const EconomicsRange& range)
{
    const EconomicsService economics(db);
    auto portfolio = economics.portfolio(range);
    if (!portfolio) {
        return portfolio;
    }
    if (Status described = economics.describe(portfolio->customers); !described) {
        return described.error();
    }
    std::sort(portfolio->customers.begin(),
              portfolio->customers.end(),
              [](const CustomerFigures& a, const CustomerFigures& b) { return a.contract < b.contract; });
    return portfolio;
}

// Both formats give the same figures; minutes are whole minutes of phone and
// chat, as the allowance counts them (CustomerFigures::conversationMinutes).
// Revenue is what the customer was charged (MonthFigures::revenueMinor);
// received is the money that came in less what went back, and the balance
// the one less the other (new columns go last, for scripts that count them).
void writeJson(const Portfolio& portfolio, QTextStream& out)
{
    QJsonArray rows;
    for (const CustomerFigures& customer : portfolio.customers) {
        rows.append(QJsonObject {{QStringLiteral("contract"), customer.contract},
                                 {QStringLiteral("name"), customer.name},
                                 {QStringLiteral("plan"), customer.plan},
                                 {QStringLiteral("revenue_minor"), customer.revenueMinor},
                                 {QStringLiteral("cost_minor"), customer.costMinor},
                                 {QStringLiteral("margin_minor"), customer.marginMinor()},
                                 {QStringLiteral("currency"), portfolio.currency},
                                 {QStringLiteral("minutes"), customer.conversationMinutes()},
                                 {QStringLiteral("contacts"), customer.contacts},
                                 {QStringLiteral("received_minor"), customer.cashMinor},
                                 {QStringLiteral("balance_minor"), customer.balanceMinor()},
                                 {QStringLiteral("months"), customer.months}});
    }
    const QJsonObject report {{QStringLiteral("from"), EconomicsService::monthKey(portfolio.firstMonth)},
                              {QStringLiteral("to"), EconomicsService::monthKey(portfolio.lastMonth)},
                              {QStringLiteral("currency"), portfolio.currency},
                              {QStringLiteral("customers"), rows}};
    out << QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Indented));
}

void writeCsv(const Portfolio& portfolio, QTextStream& out)
{
    out << Csv::line({QStringLiteral("contract"),
                      QStringLiteral("name"),
                      QStringLiteral("plan"),
                      QStringLiteral("revenue_minor"),
                      QStringLiteral("cost_minor"),
                      QStringLiteral("margin_minor"),
                      QStringLiteral("currency"),
                      QStringLiteral("minutes"),
                      QStringLiteral("contacts"),
                      QStringLiteral("received_minor"),
                      QStringLiteral("balance_minor")},
                     QLatin1Char(','));
    for (const CustomerFigures& customer : portfolio.customers) {
        out << Csv::line({customer.contract,
                          customer.name,
                          customer.plan,
                          QString::number(customer.revenueMinor),
                          QString::number(customer.costMinor),
                          QString::number(customer.marginMinor()),
                          portfolio.currency,
                          QString::number(customer.conversationMinutes()),
                          QString::number(customer.contacts),
                          QString::number(customer.cashMinor),
                          QString::number(customer.balanceMinor())},
                         QLatin1Char(','));
    }
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
    const ReportCommandLine commandLine;
    parser.addOptions({databaseOption(), commandLine.from, commandLine.to, commandLine.format});
    parser.addPositionalArgument(QStringLiteral("report"), tr("The report: economics."));
    if (const int exit = parseOrExit(parser, arguments, out, err, 1); exit >= 0) {
        return exit;
    }
    if (parser.positionalArguments() != QStringList {QStringLiteral("economics")}) {
        err << tr("Name the report: \"abonent report economics\".") << Qt::endl;
        return Failure;
    }
    const QString format = parser.value(commandLine.format);
    if (format != QLatin1String("csv") && format != QLatin1String("json")) {
        err << tr("The format is csv or json, not \"%1\".").arg(format) << Qt::endl;
        return Failure;
    }
    const auto range = monthsFrom(parser, commandLine);
    if (!range) {
        err << range.errorString() << Qt::endl;
        return Failure;
    }
    const auto database = openForReading(databasePath(parser), err);
    if (!database) {
        return Failure;
    }
    const auto portfolio = reportRows(database->connection(), range.value());
    if (!portfolio) {
        err << portfolio.errorString() << Qt::endl;
        return Failure;
    }
    if (format == QLatin1String("json")) {
        writeJson(portfolio.value(), out);
    } else {
        writeCsv(portfolio.value(), out);
    }
    out.flush();
    return portfolio->customers.isEmpty() ? NothingFound : Success;
}

} // namespace abonent::cli
