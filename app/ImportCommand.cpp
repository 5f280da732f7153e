#include "ImportCommand.h"

#include "CommandSignIn.h"
#include "CommandSupport.h"
#include "CsvImport.h"
#include "Database.h"
#include "ExitCode.h"
#include "FileOutput.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

namespace abonent::cli {

namespace {

struct ImportCommandLine
{
    QCommandLineOption kind {QStringLiteral("kind"),
                             ImportCommand::tr("What the file holds: customers, phones, plans, plan-periods, payments "
                                               "or contacts."),
                             ImportCommand::tr("kind")};
    QCommandLineOption map {QStringLiteral("map"),
                            ImportCommand::tr("A mapping saved before: which column is which field, the encoding, "
                                              "separator, date order and decimal mark."),
                            ImportCommand::tr("file")};
    QCommandLineOption saveMap {QStringLiteral("save-map"),
                                ImportCommand::tr("Write the mapping used (guessed or given) to this file."),
                                ImportCommand::tr("file")};
    QCommandLineOption dryRun {QStringLiteral("dry-run"),
                               ImportCommand::tr("Check every row and say what would be refused; write nothing.")};
    QCommandLineOption report {QStringLiteral("report"),
                               ImportCommand::tr("Write the refused rows to this CSV file instead of standard error."),
                               ImportCommand::tr("file")};
    QCommandLineOption encoding {QStringLiteral("encoding"),
                                 ImportCommand::tr("The file's encoding: utf-8, utf-16le, utf-16be, windows-1251 or "
                                                   "windows-1252 (default: detected)."),
                                 ImportCommand::tr("name")};
    QCommandLineOption separator {
        QStringLiteral("separator"),
        ImportCommand::tr("The field separator: \",\", \";\" or \"tab\" (default: detected)."),
        ImportCommand::tr("char")};
};

Result<ImportMapping> mappingFrom(const QCommandLineParser& parser, const ImportCommandLine& line)
{
    ImportMapping mapping;
    if (parser.isSet(line.map)) {
        auto loaded = ImportMapping::load(parser.value(line.map));
        if (!loaded) {
            return loaded.error();
        }
        mapping = loaded.value();
    }
    if (parser.isSet(line.kind)) {
        const auto kind = ImportSpec::fromName(parser.value(line.kind));
        if (!kind) {
            return usageError(ImportCommand::tr("Unknown kind \"%1\": say customers, phones, plans, plan-periods, "
                                                "payments or contacts.")
                                  .arg(parser.value(line.kind)));
        }
        if (parser.isSet(line.map) && *kind != mapping.kind) {
            return usageError(ImportCommand::tr("The mapping is for %1, not %2.")
                                  .arg(ImportSpec::nameOf(mapping.kind), ImportSpec::nameOf(*kind)));
        }
        mapping.kind = *kind;
    } else if (!parser.isSet(line.map)) {
        return usageError(ImportCommand::tr("Say what the file holds: --kind customers (or phones, plans, "
                                            "plan-periods, payments, contacts)."));
    }
    if (parser.isSet(line.encoding)) {
        mapping.encoding = TextEncodings::fromName(parser.value(line.encoding));
        if (!mapping.encoding) {
            return usageError(ImportCommand::tr("Unknown encoding \"%1\".").arg(parser.value(line.encoding)));
        }
    }
    if (parser.isSet(line.separator)) {
        const QString separator = parser.value(line.separator);
        mapping.separator = separator == QLatin1String("tab") ? QChar(u'\t')
            : separator.size() == 1                           ? separator.front()
                                                              : QChar();
        if (mapping.separator.isNull()) {
            return usageError(ImportCommand::tr("The separator is one character or \"tab\"."));
        }
    }
    return mapping;
}

QString separatorName(QChar separator)
{
    return separator == u'\t' ? QStringLiteral("tab") : QString(separator);
}

} // namespace

QString ImportCommand::description() const
{
    return tr("Bring customers, phones, plans, plan history, payments or contacts in from a CSV file, whole or not at "
              "all.");
}

int ImportCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description());
    const ImportCommandLine line;
    parser.addOptions(
        {databaseOption(), line.kind, line.map, line.saveMap, line.dryRun, line.report, line.encoding, line.separator});
    const CommandSignIn signIn(tr("the person importing"));
    parser.addOptions(signIn.options());
    parser.addPositionalArgument(QStringLiteral("file"), tr("The CSV file to import."));
    if (const int exit = parseOrExit(parser, arguments, out, err, 1); exit >= 0) {
        return exit;
    }
    const QString usage = QStringLiteral("abonent import");
    if (parser.positionalArguments().size() != 1) {
        err << withHelpHint(tr("Name the CSV file to import."), usage) << Qt::endl;
        return Failure;
    }
    const QString file = parser.positionalArguments().first();
    auto mapping = mappingFrom(parser, line);
    if (!mapping) {
        err << withHelpHint(mapping.errorString(), usage) << Qt::endl;
        return Failure;
    }
    // A dry run writes nothing, so it needs nobody named.
    const bool dryRun = parser.isSet(line.dryRun);
    if (Status given = signIn.checkGiven(parser); !dryRun && !given) {
        err << withHelpHint(given.errorString(), usage) << Qt::endl;
        return Failure;
    }
    auto database = openDatabase(databasePath(parser), Database::Mode::ReadWrite, err);
    if (!database) {
        return Failure;
    }
    auto actor = dryRun ? Result<Actor>(Actor {}) : signIn.actor(database->connection(), parser);
    if (!actor) {
        err << actor.errorString() << Qt::endl;
        return Failure;
    }
    CsvImport import(database->connection(), file, mapping.value());
    auto preview = import.preview();
    if (!preview) {
        err << tr("Nothing was imported: %1").arg(preview.errorString()) << Qt::endl;
        return Failure;
    }
    if (parser.isSet(line.saveMap)) {
        if (Status saved = preview->mapping.save(parser.value(line.saveMap)); !saved) {
            err << saved.errorString() << Qt::endl;
            return Failure;
        }
    }
    auto report = dryRun ? import.check() : import.run(actor.value());
    if (!report) {
        err << tr("Nothing was imported: %1").arg(report.errorString()) << Qt::endl;
        return Failure;
    }
    const ImportMapping& used = preview->mapping;
    out << (dryRun ? "checked\t" : "imported\t") << ImportSpec::nameOf(used.kind) << '\n'
        << "file\t" << QDir::toNativeSeparators(QFileInfo(file).absoluteFilePath()) << '\n'
        << "encoding\t" << TextEncodings::nameOf(*used.encoding) << '\n'
        << "separator\t" << separatorName(used.separator) << '\n'
        << "rows\t" << report->rows << '\n'
        << "refused\t" << report->refusedRows() << '\n';
    if (report->imported) {
        out << "added\t" << report->added << '\n'
            << "updated\t" << report->updated << '\n'
            << "unchanged\t" << report->unchanged << '\n';
    }
    out.flush();
    if (report->problems.isEmpty()) {
        return Success;
    }
    if (parser.isSet(line.report)) {
        if (Status written = FileOutput::write(parser.value(line.report), report->problemsCsv()); !written) {
            err << written.errorString() << Qt::endl;
            return Failure;
        }
    } else {
        for (const ImportProblem& problem : std::as_const(report->problems)) {
            err << (problem.line > 0 ? tr("line %1").arg(problem.line) : tr("the file"));
            if (!problem.column.isEmpty()) {
                err << ", " << problem.column;
            }
            if (!problem.value.isEmpty()) {
                err << " \"" << problem.value << '"';
            }
            err << ": " << problem.message << '\n';
        }
    }
    err << (dryRun ? tr("%n row(s) would be refused.", nullptr, report->refusedRows())
                   : tr("%n row(s) refused; nothing was imported.", nullptr, report->refusedRows()))
        << Qt::endl;
    return NothingFound;
}

} // namespace abonent::cli
