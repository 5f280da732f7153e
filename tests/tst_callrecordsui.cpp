#include "CallConsole.h"
#include "CallRecordings.h"
#include "CallRouting.h"
#include "CallTestSupport.h"
#include "CaseFile.h"
#include "ChangeNotifier.h"
#include "ContactRepository.h"
#include "CustomerCardView.h"
#include "CustomerFinder.h"
#include "DeskSettings.h"
#include "FakeAmiServer.h"
#include "FakeHttpServer.h"
#include "GuiApplication.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "ProblemSettingsDialog.h"
#include "ShippedTags.h"
#include "SqlSupport.h"
#include "TagService.h"
#include "TestSupport.h"
#include "TimelineModel.h"
#include "Translations.h"
#include "UnlinkedCalls.h"
#include "UnlinkedCallsDialog.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QProcess>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

using namespace abonent;

// Stands in for the desktop's media player: QDesktopServices hands it the
// recordings it is asked to open.
class Player : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public slots:
    void open(const QUrl& url) { opened.append(url); }
};

// The timeline row that plays `recording`; -1 when there is none.
static int rowOfRecording(const QTableView* timeline, qint64 recording)
{
    for (int row = 0; row < timeline->model()->rowCount(); ++row) {
        if (timeline->model()->index(row, 0).data(TimelineModel::RecordingRole).toLongLong() == recording) {
            return row;
        }
    }
    return -1;
}

// What an operator and a manager do with calls beyond the note: a call
// nobody spoke on, a withheld caller linked later, a recorded call kept as
// evidence.
class TestCallRecordsUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void aCallNobodySpokeOnNeedsNoTopic();
    void aWithheldCallWaitsUnlinkedUntilItsCustomerIsFound();
    void aRecordedCallIsFingerprintedPlayedAndListedInTheCaseFile();
    void routingRulesAreSavedOnlyWhenChanged();
    void aRecordingOnTheWebServerIsCheckedBeforeItPlays();

private:
    QTemporaryDir m_dir;
};

void TestCallRecordsUi::initTestCase()
{
    test::useOwnUserFolders();
    QSettings::setDefaultFormat(QSettings::IniFormat);
    qputenv("ABONENT_KEYCHAIN", "off");
    Translations::install(*qApp, QStringLiteral("en"));
}

void TestCallRecordsUi::init()
{
    test::useOwnInstanceName();
    QSettings().clear();
}

void TestCallRecordsUi::aCallNobodySpokeOnNeedsNoTopic()
{
    const QString path = test::location(m_dir.filePath(QStringLiteral("silent.sqlite")));
    const QList<qint64> ids = test::prepareOffice(
        path,
        {test::caller(QStringLiteral("S-1"), QStringLiteral("Silvia Silent"), QStringLiteral("+1 212 555 0161"))});
    QCOMPARE(ids.size(), 1);
    GuiApplication gui;
    QCOMPARE(gui.start({QStringLiteral("abonent"), QStringLiteral("--db"), path}), -1);
    gui.showCall({QStringLiteral("2125550161"), QString()});
    CallConsole* console = gui.callConsole();
    QVERIFY(console);
    QVERIFY(test::waitUntilActive(console));
    QCOMPARE(QApplication::focusWidget(), console->topicField());
    // Nothing typed: not recorded, and the console says what it needs.
    QTest::keyClick(console->topicField(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(console->savedContactId(), 0);
    QVERIFY(console->isVisible());
    const auto messages = console->findChildren<QLabel*>();
    QVERIFY(std::any_of(messages.cbegin(), messages.cend(), [](QLabel* label) {
        return label->isVisible() && label->text().contains(QStringLiteral("wrong number"));
    }));
    QCOMPARE(QApplication::focusWidget(), console->topicField());
    // The caller hung up before a word: that is what the outcome says.
    QComboBox* outcome = console->outcomeBox();
    outcome->setFocus();
    QTest::keyClick(outcome, Qt::Key_End);
    QCOMPARE(outcome->currentText(), QStringLiteral("No conversation: Silent line"));
    // That choice is a note too: Escape asks before it is lost.
    QObject context;
    bool asked = false;
    test::whenActive(&context,
                     test::modalWhere([](QWidget* modal) { return qobject_cast<QMessageBox*>(modal); }),
                     [&asked](QWidget* question) {
                         asked = true;
                         QTest::keyClick(question, Qt::Key_Escape); // Cancel: keep the console
                     });
    QTest::keyClick(outcome, Qt::Key_Escape);
    QVERIFY(asked);
    QVERIFY(console->isVisible());
    QTest::keyClick(outcome, Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(console->savedContactId() > 0);
    const Contact saved = ContactRepository(gui.mainWindow()->deskContext().db).contactsOf(ids.first())->first();
    QCOMPARE(saved.noConversation, std::optional<NoConversation>(NoConversation::SilentLine));
    QVERIFY(saved.topic.isEmpty());
}

void TestCallRecordsUi::aWithheldCallWaitsUnlinkedUntilItsCustomerIsFound()
{
    const QString path = test::location(m_dir.filePath(QStringLiteral("unlinked.sqlite")));
    const QList<qint64> ids = test::prepareOffice(
        path,
        {test::caller(QStringLiteral("U-4"), QStringLiteral("Ulrika Unnamed"), QStringLiteral("+1 212 555 0164"))});
    QCOMPARE(ids.size(), 1);
    GuiApplication gui;
    QCOMPARE(gui.start({QStringLiteral("abonent"), QStringLiteral("--db"), path}), -1);
    QAction* unlinkedCalls = gui.mainWindow()->findChild<QAction*>(QStringLiteral("unlinkedCalls"));
    QVERIFY(unlinkedCalls);
    QCOMPARE(unlinkedCalls->text(), QStringLiteral("&Unlinked Calls…"));
    gui.showCall({QStringLiteral("anonymous"), QString()});
    CallConsole* console = gui.callConsole();
    QVERIFY(console);
    QVERIFY(test::waitUntilActive(console));
    // The caller would not say who they are; the operator notes the call anyway.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QWidget* field = QApplication::focusWidget();
    while (field != console->topicField() && field) {
        QTest::keyClick(field, Qt::Key_Tab);
        field = QApplication::focusWidget() == field ? nullptr : QApplication::focusWidget();
    }
    QCOMPARE(QApplication::focusWidget(), console->topicField());
    QTest::keyClicks(console->topicField(), QStringLiteral("Asked for a static address"));
    QObject context;
    bool asked = false;
    test::whenActive(&context, test::modalNamed(QStringLiteral("keepUnlinked")), [&asked](QWidget* question) {
        asked = true;
        QTest::keyClick(question, Qt::Key_Return); // "Keep Unlinked" is the default
    });
    QPointer<CallConsole> closing = console;
    QTest::keyClick(console->topicField(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(asked);
    QTRY_VERIFY(!closing);
    const QSqlDatabase db = gui.mainWindow()->deskContext().db;
    QCOMPARE(UnlinkedCalls(db).waitingCount().value(), 1);
    QCOMPARE(unlinkedCalls->text(), QStringLiteral("&Unlinked Calls (1)…"));

    // Another call waits too, from later in the day.
    Contact later;
    later.startedAt = QDateTime::currentDateTimeUtc().addSecs(60);
    later.noConversation = NoConversation::SilentLine;
    QVERIFY(UnlinkedCalls(db).keep(*gui.mainWindow()->deskContext().actor(), QString(), later));
    emit gui.mainWindow()->deskContext().notifier->unlinkedCallsChanged(); // as the console does
    QCOMPARE(unlinkedCalls->text(), QStringLiteral("&Unlinked Calls (2)…"));

    // Later the manager finds whose the first call was: type, Enter. A
    // second Enter (a key held a moment too long) links nothing more.
    bool linked = false;
    test::whenActive(&context, test::modalOf<UnlinkedCallsDialog>(), [&linked, &ids, db](QWidget* window) {
        auto* dialog = qobject_cast<UnlinkedCallsDialog*>(window);
        QCOMPARE(dialog->callsView()->model()->rowCount(), 2);
        QCOMPARE(QApplication::focusWidget(), dialog->finder()->searchField());
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Ulrika"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        linked = ContactRepository(db).contactsOf(ids.first())->size() == 1;
        QCOMPARE(dialog->callsView()->model()->rowCount(), 1);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(dialog->callsView()->model()->rowCount(), 1);
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    unlinkedCalls->trigger();
    QVERIFY(linked);
    const QList<Contact> history = ContactRepository(db).contactsOf(ids.first()).value();
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.first().topic, QStringLiteral("Asked for a static address"));
    QCOMPARE(UnlinkedCalls(db).waitingCount().value(), 1);
    QCOMPARE(unlinkedCalls->text(), QStringLiteral("&Unlinked Calls (1)…"));
}

void TestCallRecordsUi::aRecordedCallIsFingerprintedPlayedAndListedInTheCaseFile()
{
    const QString path = test::location(m_dir.filePath(QStringLiteral("recorded.sqlite")));
    const QList<qint64> ids = test::prepareOffice(
        path,
        {test::caller(QStringLiteral("R-8"), QStringLiteral("Rowan Recorded"), QStringLiteral("+1 212 555 0188"))});
    QCOMPARE(ids.size(), 1);
    // The phone system's monitor folder, as this desk reaches it; MixMonitor
    // names the file in its dated folders (tests/data/ami/recorded-calls.ami).
    const QString monitor = m_dir.filePath(QStringLiteral("monitor"));
    const QString file = QStringLiteral("2026/12/06/in-101-2125550188-20261206-101500-1764120000.50.wav");
    QVERIFY(QDir().mkpath(monitor + QStringLiteral("/2026/12/06")));
    const QString wav = QDir(monitor).filePath(file);
    test::writeFile(wav, test::wavBytes(3000, 5));
    {
        QSettings settings;
        RecordingPlace place;
        place.where = monitor;
        place.saveToDesk(settings);
    }
    test::FakeAmiServer pbx(QStringLiteral("s3cret"));
    pbx.addSession({test::FakeAmiServer::fixture(QStringLiteral("recorded-calls.ami"))
                        + test::FakeAmiServer::fixture(QStringLiteral("sip-newstate.ami")),
                    false});
    QVERIFY(pbx.listen());
    GuiApplication gui;
    QCOMPARE(gui.start({QStringLiteral("abonent"), QStringLiteral("--db"), path}), -1);
    QSignalSpy shown(&gui, &GuiApplication::callShown);
    gui.connectPhone(test::listeningAt(pbx.port()), QStringLiteral("s3cret"));
    QTRY_COMPARE(shown.count(), 3); // the last still rings: every event before it was read
    CallConsole* console = gui.openConsoles().first();
    QCOMPARE(console->customerId(), ids.first());
    QCOMPARE(console->identity().uniqueId, QStringLiteral("1764120000.50"));
    // Each console is shown and takes the keyboard in one step as it pops:
    // once all are shown, none will take it again, and the operator goes
    // back to the first.
    const auto allShown = [&gui] {
        const QList<CallConsole*> consoles = gui.openConsoles();
        return std::all_of(consoles.cbegin(), consoles.cend(), [](CallConsole* each) { return each->isVisible(); });
    };
    QTRY_VERIFY(allShown());
    QVERIFY(test::waitUntilActive(console));
    console->topicField()->setFocus();
    QTest::keyClicks(console->topicField(), QStringLiteral("Threatened to come to the office"));
    QTest::keyClick(console->topicField(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(console->savedContactId() > 0);
    const QSqlDatabase db = gui.mainWindow()->deskContext().db;
    const qint64 contact = sql::scalar(db, QStringLiteral("SELECT max(id) FROM contacts")).value().toLongLong();
    QList<CallRecording> kept = CallRecordings(db).ofCustomer(ids.first()).value();
    QCOMPARE(kept.size(), 1);
    QCOMPARE(kept.first().contactId, contact);
    QCOMPARE(kept.first().fileName, file);
    QCOMPARE(kept.first().callId, QStringLiteral("1764120000.50"));
    QVERIFY(!kept.first().fingerprint);

    // Looked at every half minute: unchanged since the last look for longer
    // than the phone system pauses, the file is finished and fingerprinted.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QCOMPARE(gui.fingerprintRecordings(now), 0);
    QCOMPARE(gui.fingerprintRecordings(now.addSecs(30)), 1);
    kept = CallRecordings(db).ofCustomer(ids.first()).value();
    QVERIFY(kept.first().fingerprint);
    const QString sha256 = kept.first().fingerprint->sha256;
    QCOMPARE(sha256, QString::fromLatin1(test::fileDigest(wav).toHex()));

    // Played from the card's timeline with Enter.
    Player player;
    QDesktopServices::setUrlHandler(QStringLiteral("file"), &player, "open");
    const auto unregister = qScopeGuard([] { QDesktopServices::unsetUrlHandler(QStringLiteral("file")); });
    gui.mainWindow()->openCard(ids.first());
    CustomerCardView* card = gui.mainWindow()->cardFor(ids.first());
    QVERIFY(card);
    QTableView* timeline = card->timelineView();
    const int row = rowOfRecording(timeline, kept.first().id);
    QVERIFY(row >= 0);
    QVERIFY(timeline->model()
                ->index(row, TimelineModel::WhatColumn)
                .data()
                .toString()
                .contains(QStringLiteral("recorded")));
    // The other calls' consoles (nothing written in them) are closed first,
    // as the operator would before turning to the card.
    for (CallConsole* other : gui.openConsoles()) {
        QVERIFY(other->close());
    }
    QVERIFY(test::waitUntilActive(gui.mainWindow()));
    timeline->setFocus();
    timeline->setCurrentIndex(timeline->model()->index(row, 0));
    QTest::keyClick(timeline, Qt::Key_Return);
    QCOMPARE(player.opened, QList<QUrl> {QUrl::fromLocalFile(wav)});
    QVERIFY(gui.mainWindow()->statusBar()->currentMessage().contains(QStringLiteral("unchanged")));

    // Altered since: said, with both digests, and not played.
    QByteArray altered = test::fileBytes(wav);
    altered[100] = static_cast<char>(altered.at(100) ^ 0x10);
    test::writeFile(wav, altered);
    QObject context;
    QString said;
    test::whenActive(&context, test::modalNamed(QStringLiteral("recordingProblem")), [&said](QWidget* box) {
        said = qobject_cast<QMessageBox*>(box)->text();
        QTest::keyClick(box, Qt::Key_Return);
    });
    QTest::keyClick(timeline, Qt::Key_Return);
    QTRY_VERIFY(!said.isEmpty());
    QVERIFY2(said.contains(QStringLiteral("has changed since the call")), qPrintable(said));
    QVERIFY(said.contains(sha256));
    QCOMPARE(player.opened.size(), 1);

    // Given as a tag's evidence, the recording is in the case file with its fingerprint.
    const qint64 owner = sql::scalar(db, QStringLiteral("SELECT min(id) FROM operators")).value().toLongLong();
    TagRequest threats;
    threats.tagId = TagService(db).shippedTag(QLatin1String(ShippedTags::threats)).value().id;
    threats.reason = QStringLiteral("Said he would come and settle it in person");
    threats.evidence = {contact};
    QVERIFY(TagService(db).assign(Actor {owner, Role::Owner}, ids.first(), threats));
    const auto pdf = CaseFile(db).pdf(ids.first(), QDate(2026, 1, 1));
    QVERIFY2(pdf, qPrintable(pdf.errorString()));
    const QString pdfPath = m_dir.filePath(QStringLiteral("case.pdf"));
    test::writeFile(pdfPath, pdf.value());
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdfPath, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(30000));
    const QString content = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY2(content.contains(QStringLiteral("Call recordings among the evidence (1)")),
             qPrintable(content.left(2000)));
    // The digest and the name whole, so they can be compared with the file handed over.
    QVERIFY2(content.contains(QStringLiteral("SHA-256 ") + sha256), qPrintable(content.left(3000)));
    QVERIFY(content.contains(file));
    QVERIFY(content.contains(QStringLiteral("(recorded)"))); // the tag's evidence says so too
    QVERIFY(content.contains(QStringLiteral("%1 bytes").arg(QLocale().toString(QFileInfo(wav).size()))));
    QVERIFY(content.contains(QStringLiteral("0:03"))); // three seconds, from the file itself
}

void TestCallRecordsUi::routingRulesAreSavedOnlyWhenChanged()
{
    const QString path = test::location(m_dir.filePath(QStringLiteral("rules.sqlite")));
    QVERIFY(
        !test::prepareOffice(
             path,
             {test::caller(QStringLiteral("Q-1"), QStringLiteral("Quinn Rules"), QStringLiteral("+1 212 555 0171"))})
             .isEmpty());
    GuiApplication gui;
    QCOMPARE(gui.start({QStringLiteral("abonent"), QStringLiteral("--db"), path}), -1);
    const QSqlDatabase db = gui.mainWindow()->deskContext().db;
    const auto routingSetting = [db] {
        return sql::scalar(db,
                           QStringLiteral("SELECT count(*) FROM office_settings WHERE key = ?"),
                           {QString::fromLatin1(CallRouting::kDifficultTagsKey)})
            .value()
            .toInt();
    };
    QCOMPARE(routingSetting(), 0); // never decided: every problem tag routes as difficult
    // A threshold changed and saved: the routing stays undecided, so a problem
    // tag added later still routes as difficult.
    {
        ProblemSettingsDialog rules(gui.mainWindow()->deskContext(), gui.mainWindow());
        rules.findChildren<QSpinBox*>().first()->setValue(4);
        rules.accept();
        QCOMPARE(rules.result(), int(QDialog::Accepted));
    }
    QCOMPARE(routingSetting(), 0);
    // A tag unchecked in the list is a decision, kept and audited.
    {
        ProblemSettingsDialog rules(gui.mainWindow()->deskContext(), gui.mainWindow());
        auto* difficult = rules.findChild<QListView*>(QStringLiteral("difficultTags"));
        QVERIFY(difficult);
        auto* model = qobject_cast<QStandardItemModel*>(difficult->model());
        int checked = -1;
        for (int row = 0; row < model->rowCount() && checked < 0; ++row) {
            if (model->item(row)->checkState() == Qt::Checked) {
                checked = row;
            }
        }
        QVERIFY(checked >= 0);
        model->item(checked)->setCheckState(Qt::Unchecked);
        rules.accept();
        QCOMPARE(rules.result(), int(QDialog::Accepted));
        const auto saved = CallRouting::rules(db);
        QVERIFY(saved && saved->difficultTags);
        QVERIFY(!saved->difficultTags->contains(model->item(checked)->data().toLongLong()));
    }
    QCOMPARE(routingSetting(), 1);
}

void TestCallRecordsUi::aRecordingOnTheWebServerIsCheckedBeforeItPlays()
{
    const QString path = test::location(m_dir.filePath(QStringLiteral("web.sqlite")));
    const QList<qint64> ids = test::prepareOffice(
        path, {test::caller(QStringLiteral("H-1"), QStringLiteral("Harper Http"), QStringLiteral("+1 212 555 0181"))});
    QCOMPARE(ids.size(), 1);
    test::FakeHttpServer pbx;
    QVERIFY(pbx.listen());
    const QByteArray bytes = test::wavBytes(1200, 9);
    pbx.put(QStringLiteral("/monitor/1764.90.wav"), {bytes});
    {
        QSettings settings;
        RecordingPlace place;
        place.where = pbx.baseUrl();
        place.saveToDesk(settings);
    }
    GuiApplication gui;
    QCOMPARE(gui.start({QStringLiteral("abonent"), QStringLiteral("--db"), path}), -1);
    const QSqlDatabase db = gui.mainWindow()->deskContext().db;
    // A recorded call of this customer, fingerprinted when it was finished.
    Contact call;
    call.customerId = ids.first();
    call.startedAt = QDateTime::currentDateTimeUtc().addSecs(-600);
    call.durationSeconds = 72;
    call.topic = QStringLiteral("Shouted at the engineer");
    const qint64 contact = ContactRepository(db).add(call).value();
    const qint64 recording =
        CallRecordings(db).attach(contact, 0, QStringLiteral("1764.90"), QStringLiteral("1764.90.wav")).value();
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    QVERIFY(CallRecordings(db).keepFingerprint(recording, CallRecordings::fingerprintOf(buffer).value()));

    Player player;
    QDesktopServices::setUrlHandler(QStringLiteral("file"), &player, "open");
    const auto unregister = qScopeGuard([] { QDesktopServices::unsetUrlHandler(QStringLiteral("file")); });
    gui.mainWindow()->openCard(ids.first());
    QTableView* timeline = gui.mainWindow()->cardFor(ids.first())->timelineView();
    const int row = rowOfRecording(timeline, recording);
    QVERIFY(row >= 0);
    QVERIFY(test::waitUntilActive(gui.mainWindow()));
    timeline->setFocus();
    timeline->setCurrentIndex(timeline->model()->index(row, 0));
    // Fetched, checked, and played from this desk's copy of those very bytes.
    QTest::keyClick(timeline, Qt::Key_Return);
    QTRY_COMPARE(player.opened.size(), 1);
    QVERIFY(player.opened.first().isLocalFile());
    QCOMPARE(test::fileBytes(player.opened.first().toLocalFile()), bytes);
    QVERIFY(gui.mainWindow()->statusBar()->currentMessage().contains(QStringLiteral("unchanged")));

    // Replaced on the server since: said, and not played.
    QByteArray altered = bytes;
    altered[60] = static_cast<char>(altered.at(60) ^ 0x20);
    pbx.put(QStringLiteral("/monitor/1764.90.wav"), {altered});
    QObject context;
    QString said;
    test::whenActive(&context, test::modalNamed(QStringLiteral("recordingProblem")), [&said](QWidget* box) {
        said = qobject_cast<QMessageBox*>(box)->text();
        QTest::keyClick(box, Qt::Key_Return);
    });
    QTest::keyClick(timeline, Qt::Key_Return);
    QTRY_VERIFY(!said.isEmpty());
    QVERIFY2(said.contains(QStringLiteral("has changed since the call")), qPrintable(said));
    QCOMPARE(player.opened.size(), 1);
}

QTEST_MAIN(TestCallRecordsUi)
#include "tst_callrecordsui.moc"
