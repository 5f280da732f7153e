#include "CustomerCardView.h"
#include "CustomerProblemPanel.h"
#include "CustomerRepository.h"
#include "Database.h"
#include "DemoGenerator.h"
#include "DeskSettings.h"
#include "ErasureDialog.h"
#include "GuiApplication.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "PrivacySettings.h"
#include "PrivacySettingsDialog.h"
#include "SqlSupport.h"
#include "TestSupport.h"
#include "TimelineModel.h"
#include "Translations.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <functional>

using namespace abonent;

// A person's data on request at the desk: saved from the card as JSON and
// PDF, erased from the Customers menu after the contract number is typed
// again (or refused, with the reasons, before anything is typed), and how
// long letters keep the data under Settings → Privacy.
class TestErasureUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void theCardSavesThePersonsData();
    void erasingTakesTheContractNumberTypedAgain();
    void aCustomerStillServedIsRefusedWithTheReason();
    void anOperatorIsToldBeforeTyping();
    void privacySettingsKeepLettersForYears();

private:
    void whenModal(test::WindowFinder find, std::function<void(QWidget*)> act);
    QSqlDatabase db() const { return m_gui->mainWindow()->deskContext().db; }
    CustomerCardView* openCard(qint64 customerId);
    // Selects the customer in the list, everyone shown, as typing their
    // contract and ↓ do.
    void selectInList(const QString& contract);

    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_left = 0; // a customer who left, with no case open
    QString m_leftContract;
    QString m_leftName;
    qint64 m_active = 0; // a customer still served
    std::unique_ptr<GuiApplication> m_gui;
};

void TestErasureUi::initTestCase()
{
    test::useOwnUserFolders();
    QSettings::setDefaultFormat(QSettings::IniFormat);
    test::useOwnInstanceName();
    Translations::install(*qApp, QStringLiteral("en"));
    QLocale::setDefault(QLocale(QStringLiteral("en_US")));
    DeskSettings::setValue(DeskSetting::ExportFolder, m_dir.path());
}

void TestErasureUi::init()
{
    m_path = test::location(
        m_dir.filePath(QStringLiteral("erasure-%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction()))));
    {
        auto database = test::openDatabase(m_path);
        QVERIFY(database);
        DemoOptions options;
        options.customers = 80;
        options.asOf = QDate::currentDate();
        QVERIFY(DemoGenerator(database->connection()).generate(options).ok());
        const QSqlDatabase connection = database->connection();
        auto left = sql::scalar(connection,
                                QStringLiteral("SELECT min(id) FROM customers WHERE status = 'terminated' AND id NOT IN"
                                               " (SELECT customer_id FROM cases WHERE closed_at IS NULL)"));
        QVERIFY(left && !left->isNull());
        m_left = left->toLongLong();
        const Customer customer = CustomerRepository(connection).find(m_left).value();
        QVERIFY(!customer.phones.isEmpty());
        m_leftContract = customer.contractNumber;
        m_leftName = customer.name;
        m_active = sql::scalar(connection,
                               QStringLiteral("SELECT min(id) FROM customers WHERE status = 'active' AND id NOT IN"
                                              " (SELECT customer_id FROM cases WHERE closed_at IS NULL)"))
                       ->toLongLong();
        // The desk is the owner's, or an operator's where that is the point.
        const QString role = QTest::currentTestFunction() == QByteArrayLiteral("anOperatorIsToldBeforeTyping")
            ? QStringLiteral("operator")
            : QStringLiteral("owner");
        QSettings().setValue(
            DeskSettings::deskOperatorKey(m_path),
            sql::scalar(connection, QStringLiteral("SELECT min(id) FROM operators WHERE role = ?"), {role}).value());
    }
    m_gui = std::make_unique<GuiApplication>();
    QCOMPARE(m_gui->start({QStringLiteral("abonent"), QStringLiteral("--db"), m_path}), -1);
    MainWindow* window = m_gui->mainWindow();
    window->resize(1280, 800);
    QVERIFY(test::waitUntilActive(window));
}

void TestErasureUi::cleanup()
{
    m_gui.reset();
}

void TestErasureUi::whenModal(test::WindowFinder find, std::function<void(QWidget*)> act)
{
    test::whenActive(m_gui.get(), std::move(find), std::move(act));
}

CustomerCardView* TestErasureUi::openCard(qint64 customerId)
{
    MainWindow* window = m_gui->mainWindow();
    window->openCard(customerId);
    return qobject_cast<CustomerCardView*>(window->tabs()->currentWidget());
}

void TestErasureUi::selectInList(const QString& contract)
{
    MainWindow* window = m_gui->mainWindow();
    // Former customers too: the list shows current ones unless asked.
    window->statusFilter()->setCurrentIndex(window->statusFilter()->count() - 1);
    QTest::keyClick(window, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(window->searchField()->hasFocus());
    QTest::keyClicks(window->searchField(), contract);
    QTRY_VERIFY(window->customerView()->model()->rowCount() >= 1);
    QTest::keyClick(window->searchField(), Qt::Key_Down);
    QTRY_VERIFY(window->customerView()->hasFocus());
}

void TestErasureUi::theCardSavesThePersonsData()
{
    CustomerCardView* card = openCard(m_left);
    QVERIFY(card);
    auto* personal = card->findChild<QPushButton*>(QStringLiteral("personalData"));
    QVERIFY(personal && personal->menu());
    QAction* save = personal->menu()->actions().value(0);
    QVERIFY(save);
    QCOMPARE(save->text(), QStringLiteral("&Save Person's Data…"));
    const QString folder = m_dir.filePath(QStringLiteral("requests"));
    QVERIFY(QDir().mkpath(folder));
    QString said;
    whenModal(test::modalOf<QFileDialog>(), [this, folder, &said](QWidget* modal) {
        auto* files = qobject_cast<QFileDialog*>(modal);
        auto* name = files->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
        QVERIFY(name);
        name->setText(folder);
        whenModal(test::modalOf<QMessageBox>(), [&said](QWidget* next) {
            auto* box = qobject_cast<QMessageBox*>(next);
            said = box->text();
            box->accept();
        });
        static_cast<QDialog*>(files)->accept(); // as Choose does
    });
    save->trigger();
    QVERIFY2(said.startsWith(QStringLiteral("Everything held about the customer was saved")), qPrintable(said));
    const QStringList written = QDir(folder).entryList(QDir::Files, QDir::Name);
    QCOMPARE(written.size(), 2);
    QVERIFY(written.at(0).endsWith(QStringLiteral(".json")) && written.at(1).endsWith(QStringLiteral(".pdf")));
    QVERIFY(said.contains(written.at(0)) && said.contains(written.at(1)));
    const QJsonObject report = QJsonDocument::fromJson(test::fileBytes(QDir(folder).filePath(written.at(0)))).object();
    QCOMPARE(report.value(QStringLiteral("customer")).toObject().value(QStringLiteral("contract")).toString(),
             m_leftContract);
    QVERIFY(test::fileBytes(QDir(folder).filePath(written.at(1))).startsWith("%PDF"));
}

void TestErasureUi::erasingTakesTheContractNumberTypedAgain()
{
    MainWindow* window = m_gui->mainWindow();
    CustomerCardView* card = openCard(m_left);
    QVERIFY(card);
    QCOMPARE(card->customerName(), m_leftName);
    selectInList(m_leftContract);
    QCOMPARE(window->currentCustomerId(), m_left);
    auto* erase = window->findChild<QAction*>(QStringLiteral("eraseAction"));
    QVERIFY(erase && erase->isEnabled());
    QCOMPARE(erase->text(), QStringLiteral("E&rase Personal Data…"));

    QString summary;
    bool typedFirst = false;
    whenModal(test::modalNamed(QStringLiteral("ErasureDialog")), [&](QWidget* modal) {
        auto* dialog = qobject_cast<ErasureDialog*>(modal);
        QVERIFY(dialog && dialog->refusals().isEmpty());
        auto* explanation = dialog->findChild<QLabel*>(QStringLiteral("explanation"));
        QVERIFY(explanation);
        QVERIFY2(explanation->text().contains(QStringLiteral("Removed:"))
                     && explanation->text().contains(QStringLiteral("Kept:"))
                     && explanation->text().contains(QStringLiteral("backups")),
                 qPrintable(explanation->text()));
        auto* confirmation = dialog->findChild<QLineEdit*>(QStringLiteral("confirmation"));
        auto* eraseButton = dialog->findChild<QPushButton*>(QStringLiteral("erase"));
        QVERIFY(confirmation && eraseButton);
        QVERIFY(confirmation->hasFocus());
        QVERIFY(!eraseButton->isEnabled());
        // Almost the number: nothing to erase with, and Enter would cancel.
        QTest::keyClicks(confirmation, m_leftContract.chopped(1));
        QVERIFY(!eraseButton->isEnabled());
        QVERIFY(!eraseButton->isDefault());
        QTest::keyClicks(confirmation, m_leftContract.right(1));
        QVERIFY(eraseButton->isEnabled());
        QVERIFY(eraseButton->isDefault());
        typedFirst = true;
        whenModal(test::modalOf<QMessageBox>(), [&summary](QWidget* next) {
            auto* box = qobject_cast<QMessageBox*>(next);
            summary = box->text();
            box->accept();
        });
        QTest::keyClick(confirmation, Qt::Key_Return);
    });
    erase->trigger();
    QVERIFY(typedFirst);
    QVERIFY2(summary.contains(QStringLiteral("was erased")), qPrintable(summary));

    // The card follows at once: the placeholder, no phones, nothing new to record.
    const Customer erased = CustomerRepository(db()).find(m_left).value();
    QVERIFY(erased.isErased());
    QCOMPARE(erased.name, QStringLiteral("Erased customer #%1").arg(m_left));
    QVERIFY(erased.phones.isEmpty());
    QTRY_COMPARE(card->customerName(), erased.name);
    auto* phones = card->findChild<QLabel*>(QStringLiteral("phones"));
    QVERIFY(phones && phones->text().isEmpty());
    bool newContactEnabled = true;
    for (QPushButton* button : card->findChildren<QPushButton*>()) {
        if (button->text() == QStringLiteral("&New Contact…")) {
            newContactEnabled = button->isEnabled();
        }
    }
    QVERIFY(!newContactEnabled);
    auto* again = card->findChild<QAction*>(QStringLiteral("erasePersonalData"));
    QVERIFY(again && !again->isEnabled());
    // Nor a tag or a case, which the services would refuse.
    auto* tagButton = card->findChild<QPushButton*>(QStringLiteral("tagButton"));
    QVERIFY(tagButton && !tagButton->isEnabled());
    for (QPushButton* button : card->problemPanel()->findChildren<QPushButton*>()) {
        QVERIFY2(!button->isEnabled() || button->isHidden(), qPrintable(button->text()));
    }
    QTest::keySequence(window, QKeySequence(Qt::CTRL | Qt::Key_T));
    QVERIFY(!QApplication::activeModalWidget());
    // The timeline says what happened in words, though the log's values are gone.
    QStringList said;
    QAbstractItemModel* timeline = card->timelineView()->model();
    for (int row = 0; row < timeline->rowCount(); ++row) {
        said << timeline->index(row, TimelineModel::WhatColumn).data().toString();
    }
    QVERIFY2(said.contains(QStringLiteral("Personal data erased at the person's request")),
             qPrintable(said.join(QLatin1String(" | "))));
    for (const QString& what : std::as_const(said)) {
        QVERIFY2(!what.endsWith(QLatin1Char(':')) && !what.contains(QStringLiteral("erased_at")), qPrintable(what));
    }
    // The list, still showing the contract searched for, shows the placeholder too.
    QAbstractItemModel* list = window->customerView()->model();
    const auto listed = [list, &erased] {
        for (int row = 0; row < list->rowCount(); ++row) {
            for (int column = 0; column < list->columnCount(); ++column) {
                if (list->index(row, column).data().toString() == erased.name) {
                    return true;
                }
            }
        }
        return false;
    };
    QTRY_VERIFY(listed());
}

void TestErasureUi::aCustomerStillServedIsRefusedWithTheReason()
{
    CustomerCardView* card = openCard(m_active);
    QVERIFY(card);
    auto* personal = card->findChild<QPushButton*>(QStringLiteral("personalData"));
    QVERIFY(personal && personal->menu());
    auto* erase = card->findChild<QAction*>(QStringLiteral("erasePersonalData"));
    QVERIFY(erase && erase->isEnabled());
    bool shown = false;
    whenModal(test::modalNamed(QStringLiteral("ErasureDialog")), [&shown](QWidget* modal) {
        auto* dialog = qobject_cast<ErasureDialog*>(modal);
        QVERIFY(dialog);
        QCOMPARE(dialog->refusals().size(), 1);
        QVERIFY2(dialog->refusals().first().contains(QStringLiteral("still in force")),
                 qPrintable(dialog->refusals().first()));
        auto* explanation = dialog->findChild<QLabel*>(QStringLiteral("explanation"));
        QVERIFY(explanation->text().contains(QStringLiteral("cannot be erased now")));
        QVERIFY(!dialog->findChild<QLineEdit*>(QStringLiteral("confirmation")));
        QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("erase")));
        shown = true;
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    erase->trigger();
    QVERIFY(shown);
    QVERIFY(!CustomerRepository(db()).find(m_active)->isErased());
}

void TestErasureUi::anOperatorIsToldBeforeTyping()
{
    selectInList(m_leftContract);
    auto* erase = m_gui->mainWindow()->findChild<QAction*>(QStringLiteral("eraseAction"));
    QVERIFY(erase);
    bool shown = false;
    whenModal(test::modalNamed(QStringLiteral("ErasureDialog")), [&shown](QWidget* modal) {
        auto* dialog = qobject_cast<ErasureDialog*>(modal);
        QVERIFY(dialog);
        QCOMPARE(dialog->refusals(),
                 QStringList {QStringLiteral("Only a manager or the owner can erase a person's data.")});
        shown = true;
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    erase->trigger();
    QVERIFY(shown);
    QVERIFY(!CustomerRepository(db()).find(m_left)->isErased());
}

void TestErasureUi::privacySettingsKeepLettersForYears()
{
    MainWindow* window = m_gui->mainWindow();
    auto* privacy = window->findChild<QAction*>(QStringLiteral("privacySettingsAction"));
    QVERIFY(privacy && privacy->isEnabled());
    bool saved = false;
    whenModal(test::modalNamed(QStringLiteral("PrivacySettingsDialog")), [&saved](QWidget* modal) {
        auto* dialog = qobject_cast<PrivacySettingsDialog*>(modal);
        QVERIFY(dialog);
        QSpinBox* years = dialog->yearsField();
        QCOMPARE(years->value(), PrivacySettings::kDefaultLetterRetentionYears);
        QVERIFY(years->hasFocus());
        years->selectAll();
        QTest::keyClicks(years, QStringLiteral("10"));
        QCOMPARE(years->value(), 10);
        saved = true;
        QTest::keyClick(years, Qt::Key_Return);
    });
    privacy->trigger();
    QVERIFY(saved);
    QCOMPARE(PrivacySettings::load(db())->letterRetentionYears, 10);
}

QTEST_MAIN(TestErasureUi)
#include "tst_erasureui.moc"
