#include "CustomerListModel.h"
#include "GuiApplication.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "Translations.h"

#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace abonent;

// The program's start as a person meets it: a refused file explains itself
// and offers a way out; a good one opens; --demo fills a new one.
class TestGuiApplication : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void refusedFileShowsWhyAndStaysUntouched();
    void opensAGoodDatabase();
    void demoFillsANewDatabase();

private:
    // Clicks the button labelled `label` on the next message box that appears,
    // and remembers what the box said.
    void answerNextMessageBox(const QString& label, int attemptsLeft = 500);

    QTemporaryDir m_dir;
    QString m_seenMessage;
};

void TestGuiApplication::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    Translations::install(*qApp, QStringLiteral("en"));
}

void TestGuiApplication::answerNextMessageBox(const QString& label, int attemptsLeft)
{
    QTimer::singleShot(10, this, [this, label, attemptsLeft] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box) {
            if (attemptsLeft > 0) {
                answerNextMessageBox(label, attemptsLeft - 1); // not up yet
            }
            return;
        }
        m_seenMessage = box->informativeText();
        for (QAbstractButton* button : box->buttons()) {
            if (button->text() == label) {
                button->click();
                return;
            }
        }
    });
}

void TestGuiApplication::refusedFileShowsWhyAndStaysUntouched()
{
    const QString path = m_dir.filePath(QStringLiteral("notes.txt"));
    test::writeFile(path, "Call Ivanov back on Monday\n");
    const QByteArray before = test::fileDigest(path);

    GuiApplication gui;
    m_seenMessage.clear();
    answerNextMessageBox(QStringLiteral("Quit"));
    const int exit = gui.start({QStringLiteral("abonent"), QStringLiteral("--db"), path});
    QCOMPARE(exit, 2);
    QVERIFY2(m_seenMessage.contains(QStringLiteral("not an SQLite database")), qPrintable(m_seenMessage));
    QVERIFY(m_seenMessage.contains(QStringLiteral("notes.txt")));
    QCOMPARE(test::fileDigest(path), before);
    QVERIFY(!gui.mainWindow()->isVisible());
}

void TestGuiApplication::opensAGoodDatabase()
{
    const QString path = m_dir.filePath(QStringLiteral("good.sqlite"));
    GuiApplication gui;
    QCOMPARE(gui.start({QStringLiteral("abonent"), QStringLiteral("--db"), path}), -1);
    QVERIFY(gui.mainWindow()->isVisible());
    QVERIFY(gui.mainWindow()->customerView()->model());
    QCOMPARE(gui.mainWindow()->customerView()->model()->rowCount(), 0);
}

void TestGuiApplication::demoFillsANewDatabase()
{
    const QString path = m_dir.filePath(QStringLiteral("demo.sqlite"));
    GuiApplication gui;
    QCOMPARE(gui.start({QStringLiteral("abonent"), QStringLiteral("--db"), path, QStringLiteral("--demo")}), -1);
    auto* model = qobject_cast<CustomerListModel*>(gui.mainWindow()->customerView()->model());
    QVERIFY(model);
    QCOMPARE(model->totalCount(), 2000);
    QCOMPARE(model->rowCount(), CustomerListModel::kPageSize);
}

QTEST_MAIN(TestGuiApplication)
#include "tst_guiapplication.moc"
