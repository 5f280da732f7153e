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

QList<TestLayering::Include> TestLayering::includesUnder(const QString& folder)
{
    QList<Include> found;
    const QDir root(QStringLiteral(ABONENT_SOURCE_DIR));
    QDirIterator files(sourcePath(folder),
                       {QStringLiteral("*.h"), QStringLiteral("*.cpp")},
                       QDir::Files,
                       QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            qWarning("cannot read %s", qPrintable(path));
            continue;
        }
        found += includesIn(root.relativeFilePath(path), file.readAll());
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

QTEST_GUILESS_MAIN(TestLayering)
#include "tst_layering.moc"
