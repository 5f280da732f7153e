#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLibraryInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

// The dependency rule as the source says it: what each part of the tree
// includes. (cmake/AbonentLayering.cmake checks what each target links.)
class TestLayering : public QObject
{
    Q_OBJECT

private slots:
    void theCoreIncludesNoWidgets();
    void onlyLettersUseQtGui();
    void onlyTelephonyUsesTheNetwork();
    void theScannerSeesABadInclude();
    void sqlSpeaksThroughTheDialect();
    void theScannerSeesSqliteText();

private:
    struct Include
    {
        QString file; // relative to the source folder
        int line = 0;
        QString header;
    };

    static QString sourcePath(const QString& relative)
    {
        return QDir(QStringLiteral(ABONENT_SOURCE_DIR)).filePath(relative);
    }
    static QList<Include> includesUnder(const QString& folder);
    static QList<Include> includesIn(const QString& relativePath, const QByteArray& text);
    // Every name a header of these Qt modules can be included by: <QWidget>,
    // <qwidget.h>, <QtWidgets/QWidget>, <QtWidgets>.
    static QSet<QString> headersOf(const QStringList& modules);
    static QStringList
    offenders(const QList<Include>& includes, const QSet<QString>& forbidden, const QString& allowedFolder = {});
    // SQLite's own words in the string literals of a source file (and its
    // driver's last insert id in the code), as "file:line: word".
    static QStringList sqliteTextIn(const QString& relativePath, const QByteArray& text);
    static QStringList filesUnder(const QString& folder);
};

QList<TestLayering::Include> TestLayering::includesIn(const QString& relativePath, const QByteArray& text)
{
    static const QRegularExpression include(QStringLiteral("^\\s*#\\s*include\\s*[<\"]([^>\"]+)[>\"]"));
    QList<Include> found;
    const QList<QByteArray> lines = text.split('\n');
    for (int index = 0; index < lines.size(); ++index) {
        const QRegularExpressionMatch match = include.match(QString::fromUtf8(lines.at(index)));
        if (match.hasMatch()) {
            found.append({relativePath, index + 1, match.captured(1)});
        }
    }
    return found;
}

QStringList TestLayering::filesUnder(const QString& folder)
{
    QStringList found;
    const QDir root(QStringLiteral(ABONENT_SOURCE_DIR));
    QDirIterator files(sourcePath(folder),
                       {QStringLiteral("*.h"), QStringLiteral("*.cpp")},
                       QDir::Files,
                       QDirIterator::Subdirectories);
    while (files.hasNext()) {
        found << root.relativeFilePath(files.next());
    }
    found.sort();
    return found;
}

static QByteArray contentsOf(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("cannot read %s", qPrintable(path));
        return {};
    }
    return file.readAll();
}

QList<TestLayering::Include> TestLayering::includesUnder(const QString& folder)
{
    QList<Include> found;
    for (const QString& relative : filesUnder(folder)) {
        found += includesIn(relative, contentsOf(sourcePath(relative)));
    }
    return found;
}

QStringList TestLayering::sqliteTextIn(const QString& relativePath, const QByteArray& text)
{
    static const QRegularExpression literal(QStringLiteral("\"((?:[^\"\\\\]|\\\\.)*)\""));
    static const QRegularExpression lineComment(QStringLiteral("^\\s*//"));
    // Functions, pragmas, catalogue tables, hints and syntax SQLite alone
    // understands; SQL keywords are matched in capitals, as the code writes them.
    static const QList<QRegularExpression> words {
        QRegularExpression(QStringLiteral("\\bjulianday\\s*\\("), QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(QStringLiteral("\\bstrftime\\s*\\("), QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(QStringLiteral("\\bunixepoch\\b"), QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(QStringLiteral("'localtime'"), QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(QStringLiteral("\\bgroup_concat\\s*\\("), QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(QStringLiteral("\\blast_insert_rowid\\b"), QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(QStringLiteral("\\bsqlite_\\w+"), QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(QStringLiteral("\\browid\\b"), QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(QStringLiteral("\\bPRAGMA\\b")),
        QRegularExpression(QStringLiteral("\\bMATCH\\b")),
        QRegularExpression(QStringLiteral("\\bNOT INDEXED\\b")),
        QRegularExpression(QStringLiteral("\\bWITHOUT ROWID\\b")),
        QRegularExpression(QStringLiteral("\\bTEMP\\b|\\btemp\\.")),
    };
    static const QRegularExpression lastInsertId(QStringLiteral("\\blastInsertId\\s*\\("));
    QStringList found;
    const QList<QByteArray> lines = text.split('\n');
    for (int index = 0; index < lines.size(); ++index) {
        const QString line = QString::fromUtf8(lines.at(index));
        if (lineComment.match(line).hasMatch() || line.trimmed().startsWith(QLatin1Char('#'))) {
            continue;
        }
        const QString where = relativePath + QLatin1Char(':') + QString::number(index + 1) + QLatin1String(": ");
        QString code = line;
        for (auto literals = literal.globalMatch(line); literals.hasNext();) {
            const QRegularExpressionMatch match = literals.next();
            code.replace(match.captured(0), QStringLiteral("\"\""));
            for (const QRegularExpression& word : words) {
                const QRegularExpressionMatch hit = word.match(match.captured(1));
                if (hit.hasMatch()) {
                    found << where + hit.captured(0);
                }
            }
        }
        code.truncate(code.indexOf(QLatin1String("//")) >= 0 ? code.indexOf(QLatin1String("//")) : code.size());
        if (const QRegularExpressionMatch hit = lastInsertId.match(code); hit.hasMatch()) {
            found << where + hit.captured(0);
        }
    }
    return found;
}

QSet<QString> TestLayering::headersOf(const QStringList& modules)
{
    QSet<QString> names;
    const QDir headers(QLibraryInfo::path(QLibraryInfo::HeadersPath));
    for (const QString& module : modules) {
        names.insert(module);
        const QDir folder(headers.filePath(module));
        for (const QString& header : folder.entryList(QDir::Files)) {
            if (header.endsWith(QLatin1String("_p.h")) || header.endsWith(QLatin1String("Depends"))) {
                continue;
            }
            names.insert(header);
            names.insert(module + QLatin1Char('/') + header);
        }
    }
    return names;
}

QStringList
TestLayering::offenders(const QList<Include>& includes, const QSet<QString>& forbidden, const QString& allowedFolder)
{
    QStringList found;
    for (const Include& include : includes) {
        if (!allowedFolder.isEmpty() && include.file.startsWith(allowedFolder)) {
            continue;
        }
        if (forbidden.contains(include.header)) {
            found << QStringLiteral("%1:%2 includes <%3>")
                         .arg(include.file, QString::number(include.line), include.header);
        }
    }
    return found;
}

void TestLayering::theCoreIncludesNoWidgets()
{
    const QSet<QString> widgets = headersOf({QStringLiteral("QtWidgets"),
                                             QStringLiteral("QtPrintSupport"),
                                             QStringLiteral("QtCharts"),
                                             QStringLiteral("QtSvgWidgets"),
                                             QStringLiteral("QtOpenGLWidgets")});
    QVERIFY2(widgets.contains(QStringLiteral("QWidget")), "the Qt Widgets headers were not found");
    const QList<Include> core = includesUnder(QStringLiteral("models"));
    QVERIFY(core.size() > 100);
    const QStringList found = offenders(core, widgets);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
}

void TestLayering::onlyLettersUseQtGui()
{
    const QSet<QString> gui = headersOf({QStringLiteral("QtGui")});
    QVERIFY(gui.contains(QStringLiteral("QImage")));
    const QStringList found =
        offenders(includesUnder(QStringLiteral("models")), gui, QStringLiteral("models/letters/"));
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
}

void TestLayering::onlyTelephonyUsesTheNetwork()
{
    const QSet<QString> network = headersOf({QStringLiteral("QtNetwork")});
    QVERIFY(network.contains(QStringLiteral("QTcpSocket")));
    const QStringList found =
        offenders(includesUnder(QStringLiteral("models")), network, QStringLiteral("models/telephony/"));
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
}

void TestLayering::theScannerSeesABadInclude()
{
    // The checks above pass on an empty scan too; this one shows they would not.
    const QByteArray text = "#include \"Money.h\"\n\n#include <QSqlQuery>\n  #  include <QtWidgets/QDialog>\n"
                            "#include <qpushbutton.h>\n";
    const QList<Include> includes = includesIn(QStringLiteral("models/domain/Example.cpp"), text);
    QCOMPARE(includes.size(), 4);
    const QStringList found = offenders(includes, headersOf({QStringLiteral("QtWidgets")}));
    QCOMPARE(found,
             QStringList({QStringLiteral("models/domain/Example.cpp:4 includes <QtWidgets/QDialog>"),
                          QStringLiteral("models/domain/Example.cpp:5 includes <qpushbutton.h>")}));
    QVERIFY(offenders(includes, headersOf({QStringLiteral("QtWidgets")}), QStringLiteral("models/domain/")).isEmpty());
}

void TestLayering::sqlSpeaksThroughTheDialect()
{
    // Engine-specific SQL lives in storage/ (the dialect) and in the released
    // SQLite migration steps; features, windows and commands speak through it.
    QStringList files =
        filesUnder(QStringLiteral("models")) + filesUnder(QStringLiteral("ui")) + filesUnder(QStringLiteral("app"));
    QVERIFY(files.size() > 200);
    QStringList found;
    for (const QString& file : files) {
        if (file.startsWith(QLatin1String("models/storage/")) || file == QLatin1String("models/core/Migrations.cpp")) {
            continue;
        }
        found += sqliteTextIn(file, contentsOf(sourcePath(file)));
    }
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
}

void TestLayering::theScannerSeesSqliteText()
{
    const QByteArray text = "// strftime() in a comment is no SQL\n"
                            "auto a = QStringLiteral(\"SELECT strftime('%Y', t, 'unixepoch') FROM x\");\n"
                            "tr(\"The words do not match\"); q.exec(\"PRAGMA user_version\");\n"
                            "const qint64 id = query.lastInsertId().toLongLong();\n"
                            "QStringLiteral(\"SELECT \\\"rowid\\\" FROM contacts k NOT INDEXED\");\n"
                            "QStringLiteral(\"SELECT id FROM contacts\"); // the lastInsertId() of old\n";
    QCOMPARE(sqliteTextIn(QStringLiteral("models/x.cpp"), text),
             QStringList({QStringLiteral("models/x.cpp:2: strftime("),
                          QStringLiteral("models/x.cpp:2: unixepoch"),
                          QStringLiteral("models/x.cpp:3: PRAGMA"),
                          QStringLiteral("models/x.cpp:4: lastInsertId("),
                          QStringLiteral("models/x.cpp:5: rowid"),
                          QStringLiteral("models/x.cpp:5: NOT INDEXED")}));
}

QTEST_GUILESS_MAIN(TestLayering)
#include "tst_layering.moc"
