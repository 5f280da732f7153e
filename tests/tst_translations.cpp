#include "DeskSettings.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>

using abonent::DeskSetting;
using abonent::DeskSettings;
using abonent::Translations;

// Every shipped catalogue loads and really translates what people see first.
class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void catalogueTranslatesTheWindow_data();
    void catalogueTranslatesTheWindow();
    void settingOverridesTheSystem();
    void unknownLanguageFallsBackToEnglish();
};

void TestTranslations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestTranslations::catalogueTranslatesTheWindow_data()
{
    QTest::addColumn<QString>("language");
    for (const QString& language : Translations::available()) {
        QTest::newRow(qPrintable(language)) << language;
    }
}

void TestTranslations::catalogueTranslatesTheWindow()
{
    QFETCH(QString, language);
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/abonent_%1.qm").arg(language)));
    QCOMPARE(translator.language().left(2), language);
    const QList<QPair<const char*, const char*>> seen {
        {"abonent::MainWindow", "Abonent"},
        {"abonent::MainWindow", "&File"},
        {"abonent::MainWindow", "&Open Database…"},
        {"abonent::MainWindow", "&Quit"},
        {"abonent::MainWindow", "&Help"},
        {"abonent::CustomerListModel", "Contract"},
        {"abonent::CustomerListModel", "Name"},
        {"DomainTypes", "Active"},
        {"Database", "No database file was given."},
        {"CheckCommand", "Verify a database: schema version, integrity, rows per table."},
    };
    for (const auto& [context, source] : seen) {
        const QString translated = translator.translate(context, source);
        QVERIFY2(!translated.isEmpty(), source);
        QVERIFY2(translated != QString::fromUtf8(source), source);
    }
    // Plurals: Russian and Ukrainian have three forms.
    const QString few = translator.translate("abonent::MainWindow", "%Ln customer(s)", nullptr, 3);
    const QString many = translator.translate("abonent::MainWindow", "%Ln customer(s)", nullptr, 5);
    QVERIFY(!few.isEmpty() && !many.isEmpty());
    QVERIFY2(few != many, qPrintable(few + QLatin1String(" / ") + many));
}

void TestTranslations::settingOverridesTheSystem()
{
    QSettings().setValue(DeskSettings::key(DeskSetting::Language), QStringLiteral("uk"));
    QCOMPARE(Translations::chosenLanguage(), QStringLiteral("uk"));
    QCOMPARE(Translations::install(*QCoreApplication::instance(), QStringLiteral("uk")), QStringLiteral("uk"));
    QCOMPARE(QCoreApplication::translate("abonent::MainWindow", "&File"), QStringLiteral("&Файл"));
    QSettings().setValue(DeskSettings::key(DeskSetting::Language), QStringLiteral("system"));
    QCOMPARE(Translations::chosenLanguage(), QStringLiteral("en")); // the tests run in the C locale
}

void TestTranslations::unknownLanguageFallsBackToEnglish()
{
    QCOMPARE(Translations::install(*QCoreApplication::instance(), QStringLiteral("xx")), QStringLiteral("en"));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
