#include "AbonentDatabase.h"
#include "CaseService.h"
#include "CustomerCardView.h"
#include "CustomerListModel.h"
#include "CustomerProblemPanel.h"
#include "CustomerRepository.h"
#include "CustomerService.h"
#include "DemoGenerator.h"
#include "DeskSettings.h"
#include "GuiApplication.h"
#include "GuiTestSupport.h"
#include "LetterDialog.h"
#include "MainWindow.h"
#include "PhoneNumber.h"
#include "PlanRepository.h"
#include "ProblemClientsView.h"
#include "SqlSupport.h"
#include "TagChips.h"
#include "TagService.h"
#include "TestSupport.h"
#include "TimelineModel.h"
#include "Translations.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QSplitterHandle>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocumentFragment>
#include <QToolButton>

#include <functional>

using namespace abonent;

// What a person does with the window, end to end: typing, keys, dialogs, and
// what ends up in the database.
class TestWorkflows : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void typingFiltersTheListAndEnterOpensTheCard();
    void phonesShowInTheOfficesStyleAndEditAsTyped();
    void newContactFromTheKeyboard();
    void duplicateContractShowsAnInlineErrorAndWritesNothing();
    void newCustomerAppearsAndOpens();
    void archivedCustomerLeavesTheDefaultList();
    void notesAreSavedWithWhoAndWhen();
    void crossedEditsAreMergedSideBySide();
    void crossedNotesAreMergedSideBySide();
    void firstRecordingAsksWhoIsAtTheDesk();
    void openCardFollowsChanges();
    void tagTheCallerDuringTheContact();
    void managerRunsACaseFromReminderToTermination();
    void theContractEndsOnlyOnceTheNoticeHasRunOut();
    void aCardFitsASmallScreenAndKeepsItsSplit();
    void theFixedTabsStayInSightAndTheCardsSayWhereTheyStand();
    void removeATagFromItsChip();

private:
    // Runs `act` on the next modal dialog called `name` once it is the active window.
    void whenDialog(const QString& name, std::function<void(QDialog*)> act);
    void start(bool withDeskOperator = true);
    CustomerCardView* currentCard() const;
    qint64 count(const QString& statement) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<test::StuckWindowWatchdog> m_watchdog;
    QString m_path;
    qint64 m_ivanov = 0;
    qint64 m_deskOperator = 0;
    std::unique_ptr<GuiApplication> m_gui;
    bool m_dialogHandled = false;
};

void TestWorkflows::initTestCase()
{
    test::useOwnUserFolders();
    test::useOwnInstanceName();
    Translations::install(*qApp, QStringLiteral("en"));
}

void TestWorkflows::init()
{
    QSettings().clear();
    m_watchdog = std::make_unique<test::StuckWindowWatchdog>();
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = test::location(m_dir->filePath(QStringLiteral("work.sqlite")));
    auto database = test::openDatabase(m_path);
    QVERIFY(database);
    DemoOptions options;
    options.customers = 300;
    options.asOf = QDate(2026, 11, 25);
    QVERIFY(DemoGenerator(database->connection()).generate(options).ok());
    Customer ivanov;
    ivanov.contractNumber = QStringLiteral("26-77001");
    ivanov.name = QStringLiteral("Ivan Ivanov");
    ivanov.address = QStringLiteral("12 Lenin Street, Millbrook");
    ivanov.customerSince = QDate(2026, 1, 10);
    ivanov.phones = {
        CustomerPhone::from(PhoneNumber::parse(QStringLiteral("(212) 555-0147"), QStringLiteral("US")).value())};
    m_ivanov = CustomerService(database->connection()).create(Actor {}, ivanov).value();
    m_deskOperator =
        sql::scalar(database->connection(), QStringLiteral("SELECT min(id) FROM operators")).value().toLongLong();
    m_dialogHandled = false;
}

void TestWorkflows::cleanup()
{
    const QString stuck = m_watchdog->closed();
    m_watchdog.reset();
    m_gui.reset();
    m_dir.reset();
    QVERIFY2(stuck.isEmpty(), qPrintable(QStringLiteral("Left waiting for an answer: ") + stuck));
}

void TestWorkflows::start(bool withDeskOperator)
{
    if (withDeskOperator) {
        QSettings().setValue(DeskSettings::deskOperatorKey(m_path), m_deskOperator);
    }
    m_gui = std::make_unique<GuiApplication>();
    QCOMPARE(m_gui->start({QStringLiteral("abonent"), QStringLiteral("--db"), m_path}), -1);
    QVERIFY(test::waitUntilActive(m_gui->mainWindow()));
}

qint64 TestWorkflows::count(const QString& statement) const
{
    auto database = openAbonentDatabase(m_path, Database::Mode::ReadOnly);
    return database ? sql::scalar(database.value()->connection(), statement).value().toLongLong() : -1;
}

CustomerCardView* TestWorkflows::currentCard() const
{
    return qobject_cast<CustomerCardView*>(m_gui->mainWindow()->tabs()->currentWidget());
}

void TestWorkflows::whenDialog(const QString& name, std::function<void(QDialog*)> act)
{
    // Waits on the window's application: nothing is left waiting for the next test.
    test::whenActive(m_gui.get(), test::modalNamed(name), [this, act](QWidget* dialog) {
        m_dialogHandled = true;
        act(qobject_cast<QDialog*>(dialog));
    });
}

void TestWorkflows::typingFiltersTheListAndEnterOpensTheCard()
{
    start();
    MainWindow* window = m_gui->mainWindow();
    auto* model = qobject_cast<CustomerListModel*>(window->customerView()->model());
    const qint64 everyone = model->totalCount();
    QVERIFY(window->searchField()->hasFocus());
    QTest::keyClicks(window->searchField(), QStringLiteral("ivano"));
    QTRY_VERIFY(model->totalCount() < everyone);
    QCOMPARE(model->customerIdAt(0), m_ivanov);
    QTest::keyClick(window->searchField(), Qt::Key_Return);
    QVERIFY(currentCard());
    QCOMPARE(currentCard()->customerId(), m_ivanov);
    QCOMPARE(window->tabs()->tabText(window->tabs()->currentIndex()), QStringLiteral("Ivan Ivanov"));

    // Back to the list, a phone fragment and a contract number find him too.
    QTest::keyClick(window, Qt::Key_F, Qt::ControlModifier);
    QTest::keyClicks(window->searchField(), QStringLiteral("5550147"));
    QTRY_COMPARE(model->customerIdAt(0), m_ivanov);
    window->searchField()->clear();
    QTest::keyClicks(window->searchField(), QStringLiteral("26-77001"));
    QTRY_COMPARE(model->customerIdAt(0), m_ivanov);
    // Down moves into the list, Enter there opens the same card again (no second tab).
    QTest::keyClick(window->searchField(), Qt::Key_Down);
    QVERIFY(window->customerView()->hasFocus());
    const int tabs = window->tabs()->count();
    QTest::keyClick(window->customerView(), Qt::Key_Return);
    QCOMPARE(window->tabs()->count(), tabs);
    QCOMPARE(currentCard()->customerId(), m_ivanov);
}

void TestWorkflows::phonesShowInTheOfficesStyleAndEditAsTyped()
{
    // Typed in three styles; the demo office is in the United States.
    const QStringList typed {
        QStringLiteral("415.555.2671"), QStringLiteral("+1 (212) 555 0190"), QStringLiteral("011 44 20-7946-0018")};
    qint64 petrova = 0;
    {
        auto database = test::openDatabase(m_path);
        QVERIFY(database);
        Customer customer;
        customer.contractNumber = QStringLiteral("26-77002");
        customer.name = QStringLiteral("Olga Petrova");
        customer.customerSince = QDate(2026, 2, 1);
        for (const QString& number : typed) {
            const auto parsed = PhoneNumber::parse(number, QStringLiteral("US"));
            QVERIFY2(parsed, qPrintable(parsed.errorString()));
            customer.phones << CustomerPhone::from(parsed.value());
        }
        const auto created = CustomerService(database->connection()).create(Actor {}, customer);
        QVERIFY2(created, qPrintable(created.errorString()));
        petrova = created.value();
    }
    start();
    MainWindow* window = m_gui->mainWindow();
    auto* model = qobject_cast<CustomerListModel*>(window->customerView()->model());
    QTest::keyClicks(window->searchField(), QStringLiteral("26-77002"));
    QTRY_COMPARE(model->customerIdAt(0), petrova);
    // The list: the main number in the national style.
    QCOMPARE(model->index(0, CustomerListModel::PhoneColumn).data().toString(), QStringLiteral("(415) 555-2671"));
    // The card: national for the office's country, international for the others.
    window->openCard(petrova);
    QVERIFY(currentCard());
    const QString phones =
        QTextDocumentFragment::fromHtml(currentCard()->findChild<QLabel*>(QStringLiteral("phones"))->text())
            .toPlainText();
    QCOMPARE(phones, QStringLiteral("(415) 555-2671, (212) 555-0190, +44 20 7946 0018"));
    // The editor keeps what was typed.
    QStringList edited;
    whenDialog(QStringLiteral("CustomerEditorDialog"), [&edited](QDialog* dialog) {
        for (const QLineEdit* number : dialog->findChildren<QLineEdit*>(QStringLiteral("phone"))) {
            edited << number->text();
        }
        dialog->reject();
    });
    currentCard()->editCustomer();
    QVERIFY(m_dialogHandled);
    QCOMPARE(edited, typed);
}

void TestWorkflows::newContactFromTheKeyboard()
{
    start();
    MainWindow* window = m_gui->mainWindow();
    window->openCard(m_ivanov);
    const qint64 before = count(QStringLiteral("SELECT count(*) FROM contacts WHERE customer_id = %1").arg(m_ivanov));
    whenDialog(QStringLiteral("ContactDialog"), [](QDialog* dialog) {
        // Channel has the focus; Tab through to the duration, as a person would.
        QTest::keyClick(dialog->focusWidget(), Qt::Key_Tab);
        QTest::keyClick(dialog->focusWidget(), Qt::Key_Tab);
        QTest::keyClicks(dialog->focusWidget(), QStringLiteral("4:30"));
        auto* topic = dialog->findChild<QLineEdit*>(QStringLiteral("topic"));
        topic->setFocus();
        QTest::keyClicks(topic, QStringLiteral("Router keeps rebooting"));
        auto* summary = dialog->findChild<QPlainTextEdit*>(QStringLiteral("summary"));
        summary->setFocus();
        QTest::keyClicks(summary, QStringLiteral("Replaced the power adapter."));
        QTest::keyClick(summary, Qt::Key_Return, Qt::ControlModifier); // saves from the summary
    });
    QTest::keyClick(window, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(m_dialogHandled);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM contacts WHERE customer_id = %1").arg(m_ivanov)), before + 1);
    QCOMPARE(
        count(QStringLiteral("SELECT duration_s FROM contacts WHERE customer_id = %1 ORDER BY id DESC").arg(m_ivanov)),
        270);
    QCOMPARE(
        count(QStringLiteral("SELECT operator_id FROM contacts WHERE customer_id = %1 ORDER BY id DESC").arg(m_ivanov)),
        m_deskOperator);
    // On the timeline, newest first.
    QTRY_VERIFY(currentCard()
                    ->timelineView()
                    ->model()
                    ->index(0, TimelineModel::WhatColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("Router keeps rebooting")));
    QCOMPARE(currentCard()->timelineView()->model()->index(0, TimelineModel::DurationColumn).data().toString(),
             QStringLiteral("4:30"));
}

void TestWorkflows::duplicateContractShowsAnInlineErrorAndWritesNothing()
{
    start();
    const qint64 before = count(QStringLiteral("SELECT count(*) FROM customers"));
    QString message;
    bool saveEnabled = true;
    bool askedToDiscard = false;
    whenDialog(QStringLiteral("CustomerEditorDialog"), [&](QDialog* dialog) {
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("contract")), QStringLiteral("26-77001"));
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("name")), QStringLiteral("Somebody Else"));
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("phone")), QStringLiteral("(415) 555-0199"));
        for (const QLabel* label : dialog->findChildren<QLabel*>()) {
            if (label->isVisible() && label->text().contains(QStringLiteral("already used"))) {
                message = label->text();
            }
        }
        auto* buttons = dialog->findChild<QDialogButtonBox*>();
        saveEnabled = buttons->button(QDialogButtonBox::Save)->isEnabled();
        // Closing with what was typed asks first; discard.
        whenDialog(QString(), [&askedToDiscard](QDialog* question) {
            askedToDiscard = true;
            for (QAbstractButton* button : question->findChildren<QAbstractButton*>()) {
                if (button->text().contains(QStringLiteral("Discard"))) {
                    button->click();
                }
            }
        });
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    QTest::keyClick(m_gui->mainWindow(), Qt::Key_N, Qt::ControlModifier);
    QVERIFY(m_dialogHandled);
    QVERIFY2(message.contains(QStringLiteral("26-77001")), qPrintable(message));
    QVERIFY(message.contains(QStringLiteral("Ivan Ivanov")));
    QVERIFY(!saveEnabled);
    QVERIFY(askedToDiscard); // what was typed is not dropped without asking
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM customers")), before);
}

void TestWorkflows::newCustomerAppearsAndOpens()
{
    start();
    QString phoneResult;
    whenDialog(QStringLiteral("CustomerEditorDialog"), [&](QDialog* dialog) {
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("contract")), QStringLiteral("26-80000"));
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("name")), QStringLiteral("Petra Novak"));
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("phone")), QStringLiteral("1 (415) 555 2671"));
        phoneResult = dialog->findChild<QLabel*>(QStringLiteral("phoneResult"))->text();
        // "Customer since" takes no date before 1990 or more than a year ahead.
        auto* since = dialog->findChild<QDateEdit*>();
        QVERIFY(since);
        QCOMPARE(since->minimumDate(), QDate(1990, 1, 1));
        QCOMPARE(since->maximumDate(), QDate::currentDate().addYears(1));
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
    });
    QTest::keyClick(m_gui->mainWindow(), Qt::Key_N, Qt::ControlModifier);
    QVERIFY(m_dialogHandled);
    QVERIFY2(phoneResult.contains(QStringLiteral("+1 415-555-2671")), qPrintable(phoneResult)); // shown as typed
    QVERIFY(currentCard());
    QCOMPARE(currentCard()->customerName(), QStringLiteral("Petra Novak"));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM phones p JOIN customers c ON c.id = p.customer_id"
                                  " WHERE c.contract_number = '26-80000' AND p.e164 = '+14155552671'")),
             1);
    // The audit log says who created it.
    QCOMPARE(count(QStringLiteral("SELECT operator_id FROM audit_log WHERE action = 'customer.created'"
                                  " ORDER BY id DESC LIMIT 1")),
             m_deskOperator);
}

void TestWorkflows::archivedCustomerLeavesTheDefaultList()
{
    start();
    MainWindow* window = m_gui->mainWindow();
    auto* model = qobject_cast<CustomerListModel*>(window->customerView()->model());
    window->openCard(m_ivanov);
    whenDialog(QStringLiteral("ArchiveDialog"), [](QDialog* dialog) {
        auto* ok = dialog->findChild<QDialogButtonBox*>()->buttons().first();
        QVERIFY(!dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled()); // a reason first
        Q_UNUSED(ok)
        QTest::keyClicks(dialog->findChild<QPlainTextEdit*>(QStringLiteral("reason")),
                         QStringLiteral("Moved to another town"));
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    });
    currentCard()->archive();
    QVERIFY(m_dialogHandled);
    QCOMPARE(
        count(QStringLiteral("SELECT count(*) FROM customers WHERE id = %1 AND status = 'archived'").arg(m_ivanov)), 1);
    QCOMPARE(count(QStringLiteral(
                       "SELECT count(*) FROM audit_log WHERE customer_id = %1 AND reason = 'Moved to another town'")
                       .arg(m_ivanov)),
             1);
    // Gone from the default list, there under "Everyone".
    QTRY_COMPARE(model->rowOf(m_ivanov), -1);
    while (model->canFetchMore()) {
        model->fetchMore();
    }
    QCOMPARE(model->rowOf(m_ivanov), -1);
    window->statusFilter()->setCurrentIndex(window->statusFilter()->count() - 1);
    while (model->canFetchMore()) {
        model->fetchMore();
    }
    QVERIFY(model->rowOf(m_ivanov) >= 0);
    // And the card shows when and why.
    QVERIFY(currentCard()
                ->timelineView()
                ->model()
                ->index(0, TimelineModel::DetailColumn)
                .data()
                .toString()
                .contains(QStringLiteral("Moved to another town")));
}

void TestWorkflows::notesAreSavedWithWhoAndWhen()
{
    start();
    m_gui->mainWindow()->openCard(m_ivanov);
    CustomerCardView* card = currentCard();
    auto* notes = card->findChild<QPlainTextEdit*>(QStringLiteral("notes"));
    QTest::keyClicks(notes, QStringLiteral("Call after 18:00"));
    QVERIFY(card->hasUnsavedNotes());
    QPushButton* save = nullptr;
    for (QPushButton* button : card->findChildren<QPushButton*>()) {
        if (button->text() == QStringLiteral("Sa&ve Notes")) {
            save = button;
        }
    }
    QVERIFY(save && save->isEnabled());
    save->click();
    QVERIFY(!card->hasUnsavedNotes());
    QCOMPARE(count(QStringLiteral("SELECT notes_updated_by FROM customers WHERE id = %1").arg(m_ivanov)),
             m_deskOperator);
    QStringList texts;
    for (const QLabel* label : card->findChildren<QLabel*>()) {
        texts << label->text();
    }
    QVERIFY2(std::any_of(texts.begin(),
                         texts.end(),
                         [](const QString& text) { return text.startsWith(QStringLiteral("Saved by ")); }),
             qPrintable(texts.join(QLatin1String(" | "))));
}

void TestWorkflows::crossedEditsAreMergedSideBySide()
{
    start();
    m_gui->mainWindow()->openCard(m_ivanov);
    const qint64 version = count(QStringLiteral("SELECT details_version FROM customers WHERE id = %1").arg(m_ivanov));
    QStringList rows;
    whenDialog(QStringLiteral("CustomerEditorDialog"), [&](QDialog* dialog) {
        // Another desk saves the customer while this one types.
        {
            auto other = openAbonentDatabase(m_path);
            QVERIFY(other);
            Customer theirs = CustomerRepository(other.value()->connection()).find(m_ivanov).value();
            theirs.name = QStringLiteral("Ivan A. Ivanov");
            theirs.address = QStringLiteral("3 Station Road, Millbrook");
            QVERIFY(CustomerService(other.value()->connection()).update(Actor {m_deskOperator, Role::Owner}, theirs));
        }
        auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("name"));
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Ivan Ivanov-Petrov"));
        auto* email = dialog->findChild<QLineEdit*>(QStringLiteral("email"));
        email->setFocus();
        QTest::keyClicks(email, QStringLiteral("ivanov@example.org"));
        test::whenActive(m_gui.get(), test::modalNamed(QStringLiteral("CustomerMergeDialog")), [&](QWidget* merge) {
            auto* view = merge->findChild<QTableView*>(QStringLiteral("mergeView"));
            QAbstractItemModel* model = view->model();
            for (int row = 0; row < model->rowCount(); ++row) {
                const auto ticked = [&](int column) {
                    return model->index(row, column).data(Qt::CheckStateRole).value<Qt::CheckState>() == Qt::Checked
                        ? QStringLiteral("*")
                        : QString();
                };
                rows << model->index(row, 0).data().toString() + QLatin1Char('|')
                        + model->index(row, 1).data().toString() + ticked(1) + QLatin1Char('|')
                        + model->index(row, 2).data().toString() + ticked(2);
            }
            // Both changed the name: keep the other desk's, ticked with Space.
            view->setFocus();
            view->setCurrentIndex(model->index(0, 1));
            QTest::keyClick(view, Qt::Key_Space);
            merge->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
        });
        dialog->accept();
    });
    currentCard()->editCustomer();
    QVERIFY(m_dialogHandled);
    QCOMPARE(rows,
             QStringList({QStringLiteral("Name (changed at both desks)|Ivan A. Ivanov|Ivan Ivanov-Petrov*"),
                          QStringLiteral("Address|3 Station Road, Millbrook*|12 Lenin Street, Millbrook"),
                          QStringLiteral("E-mail||ivanov@example.org*")}));
    auto database = openAbonentDatabase(m_path, Database::Mode::ReadOnly);
    const Customer saved = CustomerRepository(database.value()->connection()).find(m_ivanov).value();
    QCOMPARE(saved.name, QStringLiteral("Ivan A. Ivanov"));
    QCOMPARE(saved.address, QStringLiteral("3 Station Road, Millbrook"));
    QCOMPARE(saved.email, QStringLiteral("ivanov@example.org"));
    QCOMPARE(saved.detailsVersion, version + 2); // theirs, then the merge
}

void TestWorkflows::crossedNotesAreMergedSideBySide()
{
    start();
    m_gui->mainWindow()->openCard(m_ivanov);
    CustomerCardView* card = currentCard();
    auto* notes = card->findChild<QPlainTextEdit*>(QStringLiteral("notes"));
    QTest::keyClicks(notes, QStringLiteral("Call after 18:00"));
    {
        // Another desk saves notes meanwhile.
        auto other = openAbonentDatabase(m_path);
        QVERIFY(other);
        const QSqlDatabase db = other.value()->connection();
        QVERIFY(CustomerService(db).saveNotes(Actor {m_deskOperator, Role::Owner},
                                              m_ivanov,
                                              QStringLiteral("Gate code 4711"),
                                              CustomerRepository(db).find(m_ivanov)->notesVersion));
    }
    QString shownTheirs;
    QString shownMine;
    whenDialog(QStringLiteral("NotesMergeDialog"), [&](QDialog* merge) {
        shownTheirs = merge->findChild<QPlainTextEdit*>(QStringLiteral("theirNotes"))->toPlainText();
        auto* mine = merge->findChild<QPlainTextEdit*>(QStringLiteral("yourNotes"));
        shownMine = mine->toPlainText();
        // Their line taken over into this desk's, then saved.
        mine->moveCursor(QTextCursor::Start);
        QTest::keyClicks(mine, QStringLiteral("Gate code 4711. "));
        merge->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
    });
    card->saveNotes();
    QVERIFY(m_dialogHandled);
    QCOMPARE(shownTheirs, QStringLiteral("Gate code 4711"));
    QCOMPARE(shownMine, QStringLiteral("Call after 18:00"));
    QCOMPARE(notes->toPlainText(), QStringLiteral("Gate code 4711. Call after 18:00"));
    QVERIFY(!card->hasUnsavedNotes());
    auto database = openAbonentDatabase(m_path, Database::Mode::ReadOnly);
    QCOMPARE(CustomerRepository(database.value()->connection()).find(m_ivanov)->notes,
             QStringLiteral("Gate code 4711. Call after 18:00"));
}

void TestWorkflows::firstRecordingAsksWhoIsAtTheDesk()
{
    start(false);
    m_gui->mainWindow()->openCard(m_ivanov);
    CustomerCardView* card = currentCard();
    QTest::keyClicks(card->findChild<QPlainTextEdit*>(QStringLiteral("notes")), QStringLiteral("Prefers e-mail"));
    whenDialog(QStringLiteral("DeskOperatorDialog"), [](QDialog* dialog) {
        auto* chooser = dialog->findChild<QComboBox*>(QStringLiteral("operator"));
        chooser->setCurrentIndex(0);
        dialog->accept();
    });
    card->saveNotes();
    QVERIFY(m_dialogHandled);
    QVERIFY(count(QStringLiteral("SELECT notes_updated_by FROM customers WHERE id = %1").arg(m_ivanov)) > 0);
    auto* desk = m_gui->mainWindow()->findChild<QLabel*>(QStringLiteral("deskOperator"));
    QVERIFY2(desk->text().startsWith(QStringLiteral("At this desk:")), qPrintable(desk->text()));
    // Chosen once: the next recording does not ask again.
    m_dialogHandled = false;
    QTest::keyClicks(card->findChild<QPlainTextEdit*>(QStringLiteral("notes")), QStringLiteral(" only"));
    card->saveNotes();
    QVERIFY(!m_dialogHandled);
}

void TestWorkflows::openCardFollowsChanges()
{
    start();
    m_gui->mainWindow()->openCard(m_ivanov);
    CustomerCardView* card = currentCard();
    const int rows = card->timelineView()->model()->rowCount();
    whenDialog(QStringLiteral("PaymentDialog"), [](QDialog* dialog) {
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("amount")), QStringLiteral("1,234.50"));
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
    });
    card->addPayment();
    QVERIFY(m_dialogHandled);
    QCOMPARE(count(QStringLiteral("SELECT amount_minor FROM payments WHERE customer_id = %1").arg(m_ivanov)), 123450);
    QTRY_COMPARE(card->timelineView()->model()->rowCount(), rows + 1);
    bool paidShown = false;
    const QString paid = Money {123450, QStringLiteral("USD")}.format(QLocale());
    for (const QLabel* label : card->findChildren<QLabel*>()) {
        // Ivanov has no plan, so nothing was charged: all of it is ahead.
        paidShown |= label->text() == QStringLiteral("%1 · last 12 months: %1 ahead").arg(paid);
    }
    QVERIFY2(paidShown, qPrintable(paid));
}

void TestWorkflows::tagTheCallerDuringTheContact()
{
    start();
    MainWindow* window = m_gui->mainWindow();
    window->openCard(m_ivanov);
    QString pendingText;
    whenDialog(QStringLiteral("ContactDialog"), [&pendingText, this](QDialog* dialog) {
        auto* conduct = dialog->findChild<QComboBox*>(QStringLiteral("conduct"));
        conduct->setCurrentIndex(conduct->findData(QStringLiteral("profanity")));
        auto* topic = dialog->findChild<QLineEdit*>(QStringLiteral("topic"));
        topic->setFocus();
        QTest::keyClicks(topic, QStringLiteral("Outage again"));
        // Still on the phone: Ctrl+T, a few letters of the tag, Enter, the reason, Ctrl+Enter.
        whenDialog(QStringLiteral("TagPickerDialog"), [](QDialog* picker) {
            QTest::keyClicks(picker->focusWidget(), QStringLiteral("abus"));
            QTest::keyClick(picker->focusWidget(), Qt::Key_Return);
            QTest::keyClicks(picker->focusWidget(), QStringLiteral("Swore at the operator about the outage"));
            QTest::keyClick(picker->focusWidget(), Qt::Key_Return, Qt::ControlModifier);
        });
        QTest::keyClick(topic, Qt::Key_T, Qt::ControlModifier);
        pendingText = dialog->findChild<QLabel*>(QStringLiteral("pendingTags"))->text();
        QTest::keyClick(topic, Qt::Key_Return, Qt::ControlModifier);
    });
    QTest::keyClick(window, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(m_dialogHandled);
    QVERIFY2(pendingText.contains(QStringLiteral("Abusive language")), qPrintable(pendingText));

    // Stored together: the tag, its reason, and the call as its evidence.
    const qint64 contact = count(QStringLiteral("SELECT max(id) FROM contacts WHERE customer_id = %1").arg(m_ivanov));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM tag_assignments a JOIN tags t ON t.id = a.tag_id"
                                  " WHERE a.customer_id = %1 AND t.shipped_key = 'abusive_language'"
                                  " AND a.reason = 'Swore at the operator about the outage'")
                       .arg(m_ivanov)),
             1);
    QCOMPARE(count(QStringLiteral("SELECT contact_id FROM tag_evidence e JOIN tag_assignments a"
                                  " ON a.id = e.assignment_id WHERE a.customer_id = %1")
                       .arg(m_ivanov)),
             contact);
    QCOMPARE(count(QStringLiteral("SELECT assigned_by FROM tag_assignments WHERE customer_id = %1").arg(m_ivanov)),
             m_deskOperator);

    // The card shows the chip, with the reason on hover, and the guidance.
    CustomerProblemPanel* panel = currentCard()->problemPanel();
    QTRY_COMPARE(panel->chips().size(), 1);
    auto* chip = qobject_cast<TagChip*>(panel->chips().first());
    QCOMPARE(chip->text(), QStringLiteral("Abusive language"));
    QVERIFY(chip->toolTip().contains(QStringLiteral("Swore at the operator about the outage")));
    QVERIFY(panel->guidanceLabel()->isVisible());
    QVERIFY(panel->guidanceLabel()->text().contains(QStringLiteral("Stay calm")));

    // The review page lists the customer, and its search finds them.
    QVERIFY(test::waitUntilActive(window));
    QTest::keyClick(window, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    ProblemClientsView* review = window->problemClients();
    QCOMPARE(window->tabs()->currentWidget(), review);
    QTRY_VERIFY(review->model()->rowOf(m_ivanov) >= 0);
    QTest::keyClicks(review->searchField(), QStringLiteral("ivanov"));
    QTRY_COMPARE(review->view()->model()->rowCount(), 1);
    QCOMPARE(review->view()->model()->index(0, ProblemClientsModel::NameColumn).data().toString(),
             QStringLiteral("Ivan Ivanov"));
    // The same search as the customer list: a phone number finds the customer too.
    review->searchField()->clear();
    QTest::keyClicks(review->searchField(), QStringLiteral("(212) 555-0147"));
    QTRY_COMPARE(review->view()->model()->rowCount(), 1);
    QCOMPARE(review->view()->model()->index(0, ProblemClientsModel::TagsColumn).data().toString(),
             QStringLiteral("Abusive language"));
    // Enter opens the card.
    QTest::keyClick(review->searchField(), Qt::Key_Return);
    QCOMPARE(currentCard()->customerId(), m_ivanov);
}

void TestWorkflows::managerRunsACaseFromReminderToTermination()
{
    // Ivanov has been on a plan since January and paid each month's fee.
    {
        auto database = openAbonentDatabase(m_path);
        QVERIFY(database);
        const QSqlDatabase db = database.value()->connection();
        CustomerService service(db);
        const Actor owner {m_deskOperator, Role::Owner};
        const qint64 plan = sql::scalar(db, QStringLiteral("SELECT min(id) FROM plans")).value().toLongLong();
        QVERIFY(service.changePlan(owner, m_ivanov, plan, QDate(2026, 1, 10)).ok());
        const Plan fee = PlanRepository(db).find(plan).value();
        for (QDate month(2026, 1, 10); month <= QDate::currentDate(); month = month.addMonths(1)) {
            Payment payment;
            payment.customerId = m_ivanov;
            payment.paidOn = month;
            payment.amount = fee.monthlyFee;
            QVERIFY(service.addPayment(owner, payment).ok());
        }
    }
    start(); // the desk operator of the demo is its owner
    MainWindow* window = m_gui->mainWindow();
    window->openCard(m_ivanov);
    CustomerProblemPanel* panel = currentCard()->problemPanel();
    const auto clickButton = [panel](const QString& text) {
        for (QPushButton* button : panel->findChildren<QPushButton*>()) {
            if (button->text() == text && button->isVisible()) {
                button->click();
                return true;
            }
        }
        return false;
    };
    const auto reasonThen = [](const QString& text) {
        return [text](QDialog* dialog) {
            QTest::keyClicks(dialog->findChild<QPlainTextEdit*>(QStringLiteral("reason")), text);
            dialog->accept();
        };
    };
    const QDate today = QDate::currentDate();
    const auto stepOn = [](const QDate& date, std::function<void(QDialog*)> more = {}) {
        return [date, more](QDialog* dialog) {
            dialog->findChild<QDateEdit*>(QStringLiteral("takenOn"))->setDate(date);
            if (more) {
                more(dialog);
            }
            dialog->accept();
        };
    };

    whenDialog(QStringLiteral("ReasonDialog"), reasonThen(QStringLiteral("Daily calls far beyond the plan")));
    QVERIFY(clickButton(QStringLiteral("&Open Case…")));
    QTRY_VERIFY(panel->caseLabel()->text().contains(QStringLiteral("Reminder of the support limits")));

    // Each step offers its letter; the reminder and the offer go without one here.
    const auto noLetter = [](QDialog* question) {
        auto* box = qobject_cast<QMessageBox*>(question);
        QVERIFY(box);
        box->button(QMessageBox::No)->click();
    };
    whenDialog(QStringLiteral("CaseStepDialog"), stepOn(today.addDays(-90)));
    whenDialog(QStringLiteral("letterQuestion"), noLetter);
    QVERIFY(clickButton(QStringLiteral("Ne&xt Step…")));
    whenDialog(QStringLiteral("CaseStepDialog"), stepOn(today.addDays(-80))); // the offer, declined
    whenDialog(QStringLiteral("letterQuestion"), noLetter);
    QVERIFY(clickButton(QStringLiteral("Ne&xt Step…")));
    QTRY_VERIFY(panel->caseLabel()->text().contains(QStringLiteral("Notice of termination")));

    const QDate noticeOn = today.addDays(-70);
    QString preview;
    whenDialog(QStringLiteral("CaseStepDialog"), stepOn(noticeOn, [&preview](QDialog* dialog) {
                   dialog->findChild<QLineEdit*>(QStringLiteral("clause"))->setText(QStringLiteral("7.4"));
                   preview = dialog->findChild<QLabel*>(QStringLiteral("preview"))->text();
               }));
    // The notice goes out with its letter: yes, look it over, Ctrl+Return to
    // issue, print (here into a file), close.
    const QString printed = m_dir->filePath(QStringLiteral("printed-notice.pdf"));
    QString letterPreview;
    QString issuedNumber;
    whenDialog(QStringLiteral("letterQuestion"),
               [](QDialog* question) { qobject_cast<QMessageBox*>(question)->button(QMessageBox::Yes)->click(); });
    whenDialog(QStringLiteral("LetterDialog"), [&](QDialog* dialog) {
        auto* letter = qobject_cast<LetterDialog*>(dialog);
        QTRY_VERIFY(!letter->preview()->toPlainText().isEmpty());
        letterPreview = letter->preview()->toPlainText();
        QTest::keyClick(letter, Qt::Key_Return, Qt::ControlModifier);
        QStringList shown;
        for (QLabel* label : letter->findChildren<QLabel*>()) {
            shown << label->text();
        }
        QVERIFY2(letter->issued().has_value(), qPrintable(shown.join(QLatin1Char('|'))));
        issuedNumber = letter->issued()->number;
        test::whenActive(m_gui.get(), test::modalOf<QPrintDialog>(), [&printed](QWidget* dialog) {
            test::printToFile(dialog, printed);
        });
        // Print is the default button once the letter is issued.
        QTest::keyClick(letter, Qt::Key_Return);
        letter->reject();
    });
    QVERIFY(clickButton(QStringLiteral("Ne&xt Step…")));
    QVERIFY2(letterPreview.contains(QStringLiteral("clause 7.4")), qPrintable(letterPreview));
    QVERIFY(!issuedNumber.isEmpty());
    QTRY_VERIFY(panel->caseLabel()->text().contains(issuedNumber));
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {printed, QStringLiteral("-")});
    QVERIFY(pdftotext.waitForFinished(30000));
    const QString printedText = QString::fromUtf8(pdftotext.readAllStandardOutput()).simplified();
    for (const QString& expected : {QStringLiteral("Notice of termination of contract No. 26-77001"),
                                    QStringLiteral("Dear Ivan Ivanov,"),
                                    QStringLiteral("clause 7.4"),
                                    issuedNumber}) {
        QVERIFY2(printedText.contains(expected), qPrintable(expected + QStringLiteral(" not in ") + printedText));
    }
    const QDate ends = noticeOn.addMonths(1);
    QVERIFY2(preview.contains(QLocale().toString(ends, QLocale::LongFormat)), qPrintable(preview));
    // The preview says what the settlement comes to: Ivanov paid this month's
    // fee, which runs past the end, so the difference comes back.
    {
        auto database = openAbonentDatabase(m_path, Database::Mode::ReadOnly);
        QVERIFY(database);
        const auto terms = TerminationCalculator(database.value()->connection()).settlement(m_ivanov, ends);
        QVERIFY(terms && terms->refund.minor > 0);
        QVERIFY2(
            preview.contains(QStringLiteral("%1 is refunded to the customer").arg(terms->refund.format(QLocale()))),
            qPrintable(preview));
        QVERIFY2(!preview.contains(QStringLiteral("owes")), qPrintable(preview));
    }
    QTRY_COMPARE(
        count(QStringLiteral("SELECT count(*) FROM customers WHERE id = %1 AND status = 'notice_given'").arg(m_ivanov)),
        1);

    // The end defaults to today, a day it accepts, and says which days it takes.
    whenDialog(QStringLiteral("CaseStepDialog"), [ends](QDialog* dialog) {
        auto* date = dialog->findChild<QDateEdit*>(QStringLiteral("takenOn"));
        QCOMPARE(date->date(), QDate::currentDate());
        QCOMPARE(date->minimumDate(), ends);
        const QString range = dialog->findChild<QLabel*>(QStringLiteral("dateRange"))->text();
        QVERIFY2(range.contains(QLocale().toString(ends, QLocale::ShortFormat)), qPrintable(range));
        dialog->accept();
    });
    whenDialog(QStringLiteral("letterQuestion"), noLetter);
    QVERIFY(clickButton(QStringLiteral("Ne&xt Step…")));
    QCOMPARE(
        count(QStringLiteral("SELECT count(*) FROM customers WHERE id = %1 AND status = 'terminated'").arg(m_ivanov)),
        1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM plan_periods WHERE customer_id = %1 AND ends_on = '%2'")
                       .arg(m_ivanov)
                       .arg(ends.toString(Qt::ISODate))),
             1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM customer_exits WHERE customer_id = %1"
                                  " AND reason = 'terminated_by_provider'")
                       .arg(m_ivanov)),
             1);
    // Paid to the end of the current month; due until the end date: the difference comes back.
    QVERIFY(count(QStringLiteral("SELECT refund_minor FROM case_steps WHERE step = 'terminated'")) > 0);
    QTRY_VERIFY(panel->caseLabel()->text().contains(QStringLiteral("No open case")));
}

void TestWorkflows::theFixedTabsStayInSightAndTheCardsSayWhereTheyStand()
{
    const QString longName = QStringLiteral("Northern Regional Association of Independent Bakeries, Confectioners "
                                            "and Pastry Shops Ltd");
    {
        auto database = openAbonentDatabase(m_path);
        QVERIFY(database);
        const QSqlDatabase db = database.value()->connection();
        const Actor owner {m_deskOperator, Role::Owner};
        // Ivanov: a plan of 30 minutes, two hours on the phone this month, and a
        // case whose reminder is a month old (the offer was due two weeks after).
        QSqlQuery write(db);
        QVERIFY(sql::exec(write, QStringLiteral("UPDATE customers SET name = ? WHERE id = ?"), {longName, m_ivanov}));
        const qint64 plan = sql::scalar(db,
                                        QStringLiteral("SELECT min(id) FROM plans WHERE support_included = 1 AND"
                                                       " included_support_minutes > 0"))
                                .value()
                                .toLongLong();
        QVERIFY(CustomerService(db).changePlan(owner, m_ivanov, plan, QDate::currentDate().addDays(-60)).ok());
        QVERIFY(sql::exec(write,
                          QStringLiteral("INSERT INTO contacts (customer_id, channel, started_at, duration_s, topic)"
                                         " VALUES (?, 'phone_in', ?, 7200, 'Long call')"),
                          {m_ivanov, QDateTime::currentDateTimeUtc().addSecs(-60).toSecsSinceEpoch()}));
        CaseService cases(db);
        const qint64 caseId = cases.open(owner, m_ivanov, QStringLiteral("Daily calls far beyond the plan")).value();
        StepInput reminder;
        reminder.step = CaseStep::Reminder;
        reminder.takenOn = QDate::currentDate().addDays(-30);
        QVERIFY(cases.takeStep(owner, caseId, reminder));
    }
    start();
    MainWindow* window = m_gui->mainWindow();
    window->showNormal();
    window->resize(1280, 660);
    auto* count = window->findChild<QLabel*>(QStringLiteral("customerCount"));
    QVERIFY(count && count->isVisible());
    const QList<qint64> others = [this] {
        QList<qint64> ids;
        auto database = openAbonentDatabase(m_path, Database::Mode::ReadOnly);
        auto query = sql::select(database.value()->connection(),
                                 QStringLiteral("SELECT id FROM customers WHERE id <> ? ORDER BY id LIMIT 9"),
                                 {m_ivanov});
        while (query->next()) {
            ids << query->value(0).toLongLong();
        }
        return ids;
    }();
    for (qint64 id : others) {
        window->openCard(id);
    }
    window->openCard(m_ivanov);
    CustomerCardView* ivanov = currentCard();
    QVERIFY(!count->isVisible()); // the customer count belongs to the list

    // Ten cards, one with a long name: the four fixed tabs stay whole and in sight.
    QTabBar* bar = window->tabs()->tabBar();
    QCOMPARE(bar->count(), 14);
    for (int tab = 0; tab < 4; ++tab) {
        QVERIFY2(bar->tabRect(tab).right() <= bar->width(), qPrintable(bar->tabText(tab)));
        QVERIFY2(bar->tabRect(tab).width() >= bar->fontMetrics().horizontalAdvance(bar->tabText(tab)),
                 qPrintable(bar->tabText(tab)));
    }
    const int ivanovTab = window->tabs()->indexOf(ivanov);
    QVERIFY(bar->tabText(ivanovTab).size() < longName.size());
    QCOMPARE(bar->tabToolTip(ivanovTab), longName);
    // The tab menu lists every tab by its whole name and switches to it.
    window->tabs()->setCurrentIndex(0);
    auto* menuButton = window->findChild<QToolButton*>(QStringLiteral("tabMenu"));
    QVERIFY(menuButton && menuButton->menu());
    QMetaObject::invokeMethod(menuButton->menu(), "aboutToShow");
    QAction* entry = nullptr;
    for (QAction* action : menuButton->menu()->actions()) {
        entry = action->text() == longName ? action : entry;
    }
    QVERIFY(entry);
    entry->trigger();
    QCOMPARE(currentCard(), ivanov);

    // Four times the allowance turns the meter red; the month-old reminder's next step is overdue.
    auto* meter = ivanov->findChild<QProgressBar*>(QStringLiteral("allowanceMeter"));
    QVERIFY(meter);
    QCOMPARE(meter->palette().color(QPalette::Highlight), QColor(0xc0, 0x39, 0x2b));
    QTRY_VERIFY2(ivanov->problemPanel()->caseLabel()->text().contains(QStringLiteral("overdue since")),
                 qPrintable(ivanov->problemPanel()->caseLabel()->text()));
    QVERIFY(ivanov->problemPanel()->caseLabel()->text().contains(
        QStringLiteral("Next: <b>%1</b>").arg(labelOf(CaseStep::Offer).toHtmlEscaped())));
}

void TestWorkflows::aCardFitsASmallScreenAndKeepsItsSplit()
{
    start();
    MainWindow* window = m_gui->mainWindow();
    const qint64 busiest = count(QStringLiteral("SELECT customer_id FROM contacts GROUP BY customer_id"
                                                " ORDER BY count(*) DESC LIMIT 1"));
    window->openCard(busiest);
    CustomerCardView* card = currentCard();
    // Nothing in the card asks for more than a 1280 x 720 screen leaves
    // (window frame, title bar and a taskbar: 60 pixels).
    QVERIFY2(
        window->minimumSizeHint().width() <= 1280 && window->minimumSizeHint().height() <= 660,
        qPrintable(
            QStringLiteral("%1 x %2").arg(window->minimumSizeHint().width()).arg(window->minimumSizeHint().height())));
    window->showNormal();
    window->resize(1280, 660);
    QTRY_COMPARE(window->size(), QSize(1280, 660));
    auto* split = card->findChild<QSplitter*>(QStringLiteral("cardSplit"));
    QVERIFY(split);
    // The timeline keeps most of the card's splitter, and shows many rows.
    QTRY_VERIFY2(split->sizes().size() == 2 && split->sizes().at(1) > split->sizes().at(0),
                 qPrintable(QStringLiteral("%1 / %2").arg(split->sizes().value(0)).arg(split->sizes().value(1))));
    QVERIFY2(card->timelineView()->viewport()->height()
                 >= 6 * card->timelineView()->verticalHeader()->defaultSectionSize(),
             qPrintable(QString::number(card->timelineView()->viewport()->height())));

    // The person drags the split down by 60 pixels; the next card opens with it.
    QSplitterHandle* handle = split->handle(1);
    const int before = split->sizes().at(0);
    const QPoint grip = handle->rect().center();
    QTest::mousePress(handle, Qt::LeftButton, {}, grip);
    QTest::mouseMove(handle, grip + QPoint(0, 60));
    QTest::mouseRelease(handle, Qt::LeftButton, {}, grip + QPoint(0, 60));
    QTRY_VERIFY(split->sizes().at(0) > before);
    const QList<int> chosen = split->sizes();
    window->openCard(m_ivanov);
    CustomerCardView* other = currentCard();
    QVERIFY(other != card);
    auto* otherSplit = other->findChild<QSplitter*>(QStringLiteral("cardSplit"));
    QTRY_VERIFY2(std::abs(otherSplit->sizes().value(0) - chosen.at(0)) <= 2,
                 qPrintable(QStringLiteral("%1 against %2").arg(otherSplit->sizes().value(0)).arg(chosen.at(0))));

    // Ctrl+D gives the whole card to the timeline, and the next card remembers it.
    const int timelineBefore = other->timelineView()->height();
    QTest::keyClick(other, Qt::Key_D, Qt::ControlModifier);
    QTRY_VERIFY(other->timelineView()->height() > timelineBefore);
    QVERIFY(!other->findChild<QWidget*>(QStringLiteral("cardDetails"))->isVisible());
    window->openCard(
        count(QStringLiteral("SELECT min(id) FROM customers WHERE id NOT IN (%1, %2)").arg(busiest).arg(m_ivanov)));
    QVERIFY(currentCard() != card && currentCard() != other);
    QVERIFY(!currentCard()->findChild<QWidget*>(QStringLiteral("cardDetails"))->isVisibleTo(currentCard()));
}

void TestWorkflows::theContractEndsOnlyOnceTheNoticeHasRunOut()
{
    QDate ends;
    Money owed;
    {
        auto database = openAbonentDatabase(m_path);
        QVERIFY(database);
        const QSqlDatabase db = database.value()->connection();
        const Actor owner {m_deskOperator, Role::Owner};
        const qint64 plan = sql::scalar(db, QStringLiteral("SELECT min(id) FROM plans")).value().toLongLong();
        QVERIFY(CustomerService(db).changePlan(owner, m_ivanov, plan, QDate(2026, 1, 10)).ok());
        CaseService cases(db);
        const qint64 caseId = cases.open(owner, m_ivanov, QStringLiteral("Daily calls far beyond the plan")).value();
        for (CaseStep step : {CaseStep::Reminder, CaseStep::Offer, CaseStep::Notice}) {
            StepInput input;
            input.step = step;
            input.takenOn = QDate::currentDate();
            input.clause = QStringLiteral("7.4");
            QVERIFY(cases.takeStep(owner, caseId, input));
        }
        ends = cases.find(caseId).value().stepRecord(CaseStep::Notice)->terminationOn;
        owed = TerminationCalculator(db).settlement(m_ivanov, ends).value().owed; // nothing was ever paid
    }
    start();
    m_gui->mainWindow()->openCard(m_ivanov);
    CustomerProblemPanel* panel = currentCard()->problemPanel();
    // The notice runs for another month: the dialog says from when the
    // contract can be ended, and offers nothing to press until then.
    bool shown = false;
    whenDialog(QStringLiteral("CaseStepDialog"), [&shown, ends, owed](QDialog* dialog) {
        shown = true;
        QVERIFY(owed.minor > 0);
        const QString settlement = dialog->findChild<QLabel*>(QStringLiteral("preview"))->text();
        QVERIFY2(settlement.contains(QStringLiteral("the customer still owes %1;").arg(owed.format(QLocale()))),
                 qPrintable(settlement));
        const QString range = dialog->findChild<QLabel*>(QStringLiteral("dateRange"))->text();
        QVERIFY2(range.contains(QLocale().toString(ends, QLocale::LongFormat)), qPrintable(range));
        QVERIFY(!dialog->findChild<QDateEdit*>(QStringLiteral("takenOn"))->isEnabled());
        auto* buttons = dialog->findChild<QDialogButtonBox*>();
        QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isEnabled());
        QTest::keyClick(dialog, Qt::Key_Return); // Enter does nothing either
        QVERIFY(dialog->isVisible());
        dialog->reject();
    });
    for (QPushButton* button : panel->findChildren<QPushButton*>()) {
        if (button->text() == QStringLiteral("Ne&xt Step…") && button->isVisible()) {
            button->click();
        }
    }
    QVERIFY(shown);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM case_steps WHERE step = 'terminated'")), 0);
}

void TestWorkflows::removeATagFromItsChip()
{
    {
        auto database = openAbonentDatabase(m_path);
        QVERIFY(database);
        TagService tags(database.value()->connection());
        TagRequest request;
        request.tagId = tags.shippedTag(QStringLiteral("threats")).value().id;
        request.reason = QStringLiteral("Threatened the engineer");
        QVERIFY(tags.assign(Actor {m_deskOperator, Role::Owner}, m_ivanov, request).ok());
    }
    start();
    m_gui->mainWindow()->openCard(m_ivanov);
    CustomerProblemPanel* panel = currentCard()->problemPanel();
    QCOMPARE(panel->chips().size(), 1);
    // Enter on the chip opens its menu; "Remove Tag…" asks why.
    bool menuShown = false;
    test::whenActive(m_gui.get(), test::popupMenu(), [&menuShown](QWidget* popup) {
        auto* menu = qobject_cast<QMenu*>(popup);
        menuShown = true;
        menu->setActiveAction(menu->actions().first());
        QTest::keyClick(menu, Qt::Key_Return);
    });
    whenDialog(QStringLiteral("ReasonDialog"), [](QDialog* dialog) {
        QTest::keyClicks(dialog->findChild<QPlainTextEdit*>(QStringLiteral("reason")),
                         QStringLiteral("Apologised; reviewed with the engineer"));
        dialog->accept();
    });
    QWidget* chip = panel->chips().first();
    chip->setFocus();
    QTest::keyClick(chip, Qt::Key_Return);
    QTRY_VERIFY(menuShown);
    QTRY_VERIFY(m_dialogHandled);
    QTRY_COMPARE(panel->chips().size(), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM tag_assignments WHERE customer_id = %1"
                                  " AND removed_at IS NOT NULL AND removal_reason LIKE 'Apologised%'")
                       .arg(m_ivanov)),
             1);
    // The history stays on the timeline.
    const QAbstractItemModel* timeline = currentCard()->timelineView()->model();
    QStringList titles;
    for (int row = 0; row < timeline->rowCount(); ++row) {
        titles << timeline->index(row, TimelineModel::WhatColumn).data().toString();
    }
    QVERIFY(titles.contains(QStringLiteral("Tag removed: Threats")));
    QVERIFY(titles.contains(QStringLiteral("Tag set: Threats")));
}

QTEST_MAIN(TestWorkflows)
#include "tst_workflows.moc"
