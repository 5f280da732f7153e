#include "AbonentDatabase.h"
#include "CallConsole.h"
#include "CaseFile.h"
#include "CaseService.h"
#include "CostRatesDialog.h"
#include "CustomerCardView.h"
#include "CustomerFinder.h"
#include "CustomerProblemPanel.h"
#include "CustomerRepository.h"
#include "DemoGenerator.h"
#include "DeskSettings.h"
#include "GuiApplication.h"
#include "GuiTestSupport.h"
#include "LetterDialog.h"
#include "LetterRegisterModel.h"
#include "LetterService.h"
#include "LettersView.h"
#include "LossMakersModel.h"
#include "MainWindow.h"
#include "PhoneSettingsDialog.h"
#include "PortfolioView.h"
#include "ProblemClientsView.h"
#include "ProblemSettingsDialog.h"
#include "ShippedTags.h"
#include "SqlSupport.h"
#include "TagPickerDialog.h"
#include "TestSupport.h"
#include "Translations.h"
#include "UnlinkedCalls.h"
#include "UnlinkedCallsDialog.h"

#include <QApplication>
#include <QDir>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

#include <set>

using namespace abonent;

// The window and a card rendered for real, in the language asked for
// (ABONENT_SCREENSHOT_LANG, default English). Each picture must hold a real
// interface, not an empty frame; with ABONENT_SCREENSHOT_DIR set they are
// saved there (that is how docs/screenshots is made).
class TestScreenshots : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void mainWindowAndCard();

private:
    void keep(const QImage& image, const QString& name) const;
    // `mustShow`: a column that must be in sight without scrolling.
    static void verifyHeadingsFit(QTableView* view, int mustShow = -1);
    static int distinctColours(const QImage& image);

    QString m_language;
    QTemporaryDir m_dir;
};

void TestScreenshots::initTestCase()
{
    test::useOwnUserFolders();
    test::useOwnInstanceName();
    QSettings().clear();
    m_language = qEnvironmentVariable("ABONENT_SCREENSHOT_LANG", QStringLiteral("en"));
    Translations::install(*qApp, m_language);
    QLocale::setDefault(QLocale(m_language == QLatin1String("en") ? QStringLiteral("en_US") : m_language));
}

int TestScreenshots::distinctColours(const QImage& image)
{
    std::set<QRgb> colours;
    for (int y = 0; y < image.height(); y += 4) {
        for (int x = 0; x < image.width(); x += 4) {
            colours.insert(image.pixel(x, y));
        }
    }
    return static_cast<int>(colours.size());
}

void TestScreenshots::verifyHeadingsFit(QTableView* view, int mustShow)
{
    // At 1366 pixels, in this language: every heading whole, and the last,
    // stretched column wide enough to read a few words.
    QVERIFY(view);
    const QHeaderView* header = view->horizontalHeader();
    for (int section = 0; section < header->count(); ++section) {
        if (!header->isSectionHidden(section)) {
            const QString heading = view->model()->headerData(section, Qt::Horizontal).toString();
            QVERIFY2(header->sectionSize(section) >= header->sectionSizeHint(section),
                     qPrintable(QStringLiteral("%1: %2 of %3 px")
                                    .arg(heading)
                                    .arg(header->sectionSize(section))
                                    .arg(header->sectionSizeHint(section))));
        }
    }
    if (header->stretchLastSection()) {
        QVERIFY2(header->sectionSize(header->count() - 1) >= 120, qPrintable(view->objectName()));
    }
    if (mustShow >= 0) {
        QVERIFY2(header->sectionViewportPosition(mustShow) + header->sectionSize(mustShow) <= view->viewport()->width(),
                 qPrintable(QStringLiteral("%1: column %2 ends at %3 of %4 px")
                                .arg(view->objectName())
                                .arg(mustShow)
                                .arg(header->sectionViewportPosition(mustShow) + header->sectionSize(mustShow))
                                .arg(view->viewport()->width())));
    }
}

void TestScreenshots::keep(const QImage& image, const QString& name) const
{
    const QString folder = qEnvironmentVariable("ABONENT_SCREENSHOT_DIR");
    if (folder.isEmpty()) {
        return;
    }
    const QString suffix = m_language == QLatin1String("en") ? QString() : QLatin1Char('-') + m_language;
    QVERIFY(image.save(QDir(folder).filePath(name + suffix + QStringLiteral(".png"))));
}

void TestScreenshots::mainWindowAndCard()
{
    const QString path = test::location(m_dir.filePath(QStringLiteral("shots.sqlite")));
    QString costly;
    {
        auto database = test::openDatabase(path);
        DemoOptions options;
        options.language = m_language;
        options.asOf = QDate::currentDate();
        auto summary = DemoGenerator(database->connection()).generate(options);
        QVERIFY(summary.ok());
        costly = summary->costlyCallerContract;
        QSettings().setValue(
            DeskSettings::deskOperatorKey(path),
            sql::scalar(database->connection(), QStringLiteral("SELECT min(id) FROM operators")).value());
    }
    {
        // As on a desk that has run Abonent before: the offscreen platform's
        // small screen would otherwise open the window maximized to it.
        QWidget placed;
        placed.resize(1366, 768);
        DeskSettings::setValue(DeskSetting::WindowGeometry, placed.saveGeometry());
    }
    GuiApplication gui;
    QCOMPARE(gui.start({QStringLiteral("abonent"), QStringLiteral("--db"), path}), -1);
    MainWindow* window = gui.mainWindow();
    // An office laptop's screen.
    window->resize(1366, 768);
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QTRY_COMPARE(window->size(), QSize(1366, 768));
    QApplication::processEvents();
    const QImage list = window->grab().toImage();
    QCOMPARE(list.size(), QSize(1366, 768));
    QVERIFY(distinctColours(list) > 20);
    keep(list, QStringLiteral("main-window"));
    verifyHeadingsFit(window->findChild<QTableView*>(QStringLiteral("customerView")));

    auto database = openAbonentDatabase(path, Database::Mode::ReadOnly);
    const qint64 customer = CustomerRepository(database.value()->connection()).findByContract(costly).value().id;
    window->openCard(customer);
    QApplication::processEvents();
    auto* card = qobject_cast<CustomerCardView*>(window->tabs()->currentWidget());
    QVERIFY(card);
    QVERIFY(card->timelineView()->model()->rowCount() > 100);
    const QImage cardImage = window->grab().toImage();
    QVERIFY(distinctColours(cardImage) > 20);
    QVERIFY(cardImage != list);
    keep(cardImage, QStringLiteral("customer-card"));

    // The weekly review, and the card of a customer given notice, with its tags and case.
    window->tabs()->setCurrentWidget(window->problemClients());
    QApplication::processEvents();
    QTRY_VERIFY(!window->problemClients()->isReading() && window->problemClients()->model()->rowCount() > 0);
    keep(window->grab().toImage(), QStringLiteral("problem-clients"));
    verifyHeadingsFit(window->problemClients()->findChild<QTableView*>(QStringLiteral("problemClients")));
    const qint64 noticed = sql::scalar(database.value()->connection(),
                                       QStringLiteral("SELECT c.customer_id FROM cases c JOIN case_steps s"
                                                      " ON s.case_id = c.id WHERE s.step = 'notice'"))
                               .value()
                               .toLongLong();
    QVERIFY(noticed > 0);
    window->openCard(noticed);
    QApplication::processEvents();
    auto* problemCard = qobject_cast<CustomerCardView*>(window->tabs()->currentWidget());
    QVERIFY(problemCard && !problemCard->problemPanel()->chips().isEmpty());
    keep(window->grab().toImage(), QStringLiteral("problem-card"));

    TagPickerDialog picker(
        window->deskContext(), noticed, problemCard->customerName(), TagPickerDialog::Mode::DuringContact, window);
    picker.show();
    QVERIFY(test::waitUntilActive(&picker)); // keys go to the active window
    // The first letters of the tag as this language names it (keyClicks types ASCII only).
    const QString tagName = ShippedTags::name(*ShippedTags::find(QStringLiteral("excessive_support")));
    picker.filterField()->insert(tagName.left(4));
    QTest::keyClick(picker.filterField(), Qt::Key_Return);
    QCOMPARE(picker.chosenTagName(), tagName);
    picker.reasonField()->insertPlainText(m_language == QLatin1String("ru")
                                              ? QStringLiteral("Четвёртый звонок за день об одном и том же роутере")
                                              : QStringLiteral("Fourth call today about the same router"));
    keep(picker.grab().toImage(), QStringLiteral("tag-picker"));
    picker.reject();

    // A call from the customer given notice, and one from a number nobody has.
    const QString phone = sql::scalar(database.value()->connection(),
                                      QStringLiteral("SELECT raw FROM phones WHERE customer_id = ? ORDER BY position"),
                                      {noticed})
                              .value()
                              .toString();
    gui.showCall({phone, QString()});
    QTRY_VERIFY(gui.callConsole() && gui.callConsole()->isVisible());
    QCOMPARE(gui.callConsole()->customerId(), noticed);
    QVERIFY(gui.callConsole()->bannerLabel()->isVisible());
    keep(gui.callConsole()->grab().toImage(), QStringLiteral("call-console"));
    gui.callConsole()->close();
    gui.showCall({QStringLiteral("+1 999 555 0000"), QString()});
    QTRY_VERIFY(gui.callConsole() && gui.callConsole()->isVisible());
    QCOMPARE(gui.callConsole()->customerId(), 0);
    keep(gui.callConsole()->grab().toImage(), QStringLiteral("call-console-unknown"));
    gui.callConsole()->close();
    // A caller with only a friendly tag (needs patience, or VIP): what to keep in mind, not a warning.
    const qint64 friendly =
        sql::scalar(database.value()->connection(),
                    QStringLiteral("SELECT a.customer_id FROM tag_assignments a JOIN tags t ON t.id = a.tag_id"
                                   " WHERE a.removed_at IS NULL AND t.marks_problem = 0 AND a.customer_id NOT IN"
                                   " (SELECT b.customer_id FROM tag_assignments b JOIN tags u ON u.id = b.tag_id"
                                   "  WHERE b.removed_at IS NULL AND u.marks_problem = 1)"
                                   " ORDER BY a.customer_id LIMIT 1"))
            .value()
            .toLongLong();
    QVERIFY(friendly > 0);
    const QString friendlyPhone =
        sql::scalar(database.value()->connection(),
                    QStringLiteral("SELECT raw FROM phones WHERE customer_id = ? ORDER BY position"),
                    {friendly})
            .value()
            .toString();
    gui.showCall({friendlyPhone, QString()});
    QTRY_VERIFY(gui.callConsole() && gui.callConsole()->isVisible());
    QCOMPARE(gui.callConsole()->customerId(), friendly);
    QVERIFY(gui.callConsole()->bannerLabel()->isVisible());
    keep(gui.callConsole()->grab().toImage(), QStringLiteral("call-console-friendly-tag"));
    gui.callConsole()->close();
    // A withheld number: the caller is found from the console.
    gui.showCall({QStringLiteral("anonymous"), QString()});
    QTRY_VERIFY(gui.callConsole() && gui.callConsole()->isVisible());
    CallConsole* withheld = gui.callConsole();
    QVERIFY(test::waitUntilActive(withheld));
    withheld->finder()->searchField()->insert(sql::scalar(database.value()->connection(),
                                                          QStringLiteral("SELECT name FROM customers WHERE id = ?"),
                                                          {friendly})
                                                  .value()
                                                  .toString()
                                                  .section(QLatin1Char(' '), 0, 0));
    QTRY_VERIFY(withheld->finder()->selectedCustomer() > 0);
    keep(withheld->grab().toImage(), QStringLiteral("call-console-search"));
    withheld->close();

    // Where the phone system is, for the console to pop by itself.
    AmiSettings pbx;
    pbx.enabled = true;
    pbx.host = QStringLiteral("pbx.office.lan");
    pbx.user = QStringLiteral("abonent");
    pbx.extension = QStringLiteral("101");
    RecordingPlace recordings;
    recordings.where = QStringLiteral("/mnt/pbx/monitor");
    PhoneSettingsDialog phoneSettings(pbx, true, recordings, window);
    phoneSettings.show();
    keep(phoneSettings.grab().toImage(), QStringLiteral("phone-settings"));
    phoneSettings.close();

    // Which tags route a caller before a phone rings, and who takes the difficult ones.
    ProblemSettingsDialog rules(window->deskContext(), window);
    rules.show();
    keep(rules.grab().toImage(), QStringLiteral("problem-rules"));
    rules.close();

    // A call kept without a customer, waiting to be linked.
    {
        const DeskContext& desk = window->deskContext();
        Contact note;
        note.startedAt = QDateTime::currentDateTimeUtc().addSecs(-3 * 3600);
        note.durationSeconds = 184;
        note.topic = m_language == QLatin1String("ru")
            ? QStringLiteral("Спрашивал, закончилась ли авария на севере")
            : QStringLiteral("Asked whether the outage in the north is over");
        const qint64 deskOperator = desk.knownOperator ? desk.knownOperator().value_or(0) : 0;
        QVERIFY(UnlinkedCalls(desk.db).keep(Actor {deskOperator, Role::Owner}, QString(), note));
        UnlinkedCallsDialog unlinked(desk, window);
        unlinked.show();
        QVERIFY(unlinked.callsView()->model()->rowCount() == 1);
        keep(unlinked.grab().toImage(), QStringLiteral("unlinked-calls"));
        unlinked.close();
    }

    // The rates behind the support cost.
    CostRatesDialog rates(window->deskContext(), CostRates::read(window->deskContext().db).value(), window);
    rates.show();
    keep(rates.grab().toImage(), QStringLiteral("cost-rates"));
    rates.close();

    // The economics of the whole base: the scatter coloured by problem tag, concentration, trend.
    window->tabs()->setCurrentWidget(window->portfolio());
    QTRY_VERIFY_WITH_TIMEOUT(
        !window->portfolio()->isReading() && !window->portfolio()->report().portfolio.customers.isEmpty(), 20000);
    window->portfolio()->setColouring(PortfolioView::Colouring::ByProblemTag);
    QApplication::processEvents();
    const QStringList names {QStringLiteral("economics-customers"),
                             QStringLiteral("economics-concentration"),
                             QStringLiteral("economics-trend")};
    for (int tab = 0; tab < names.size(); ++tab) {
        window->portfolio()->charts()->setCurrentIndex(tab);
        QApplication::processEvents();
        const QImage page = window->grab().toImage();
        QVERIFY(distinctColours(page) > 20);
        keep(page, names.at(tab));
    }
    verifyHeadingsFit(window->portfolio()->findChild<QTableView*>(QStringLiteral("lossMakers")),
                      LossMakersModel::MarginColumn);

    // Letters: the notice of the customer given notice, in the letter dialog,
    // issued; the register; the PDF itself and the case file, as pictures.
    const DeskContext desk = window->deskContext();
    auto escalations = CaseService(desk.db).casesOf(noticed);
    QVERIFY(escalations && !escalations->isEmpty());
    const CaseStepRecord* noticeStep = escalations->first().stepRecord(CaseStep::Notice);
    QVERIFY(noticeStep);
    const QString noticedName = CustomerRepository(desk.db).find(noticed).value().name;
    LetterDialog letter(desk, noticed, noticedName, LetterKind::TerminationNotice, noticeStep->id, window);
    letter.resize(1180, 800);
    letter.show();
    QVERIFY(QTest::qWaitForWindowExposed(&letter));
    QTRY_VERIFY(!letter.preview()->toPlainText().isEmpty());
    keep(letter.grab().toImage(), QStringLiteral("letter-dialog"));
    letter.issue();
    QVERIFY(letter.issued().has_value());
    letter.close();

    window->tabs()->setCurrentWidget(window->letters());
    QTRY_VERIFY(window->letters()->model()->rowCount() > 0);
    window->letters()->table()->selectRow(0);
    QApplication::processEvents();
    keep(window->grab().toImage(), QStringLiteral("letters-page"));

    const auto pdfPicture = [this](const QByteArray& pdf, const QString& name) {
        const QString file = m_dir.filePath(name + QStringLiteral(".pdf"));
        test::writeFile(file, pdf);
        QProcess render;
        render.start(QStringLiteral("pdftoppm"),
                     {QStringLiteral("-png"),
                      QStringLiteral("-r"),
                      QStringLiteral("80"),
                      QStringLiteral("-f"),
                      QStringLiteral("1"),
                      QStringLiteral("-l"),
                      QStringLiteral("1"),
                      QStringLiteral("-singlefile"),
                      file,
                      m_dir.filePath(name)});
        QVERIFY(render.waitForFinished(30000));
        const QImage page(m_dir.filePath(name + QStringLiteral(".png")));
        QVERIFY2(!page.isNull() && distinctColours(page) > 2, qPrintable(name));
        keep(page, name);
    };
    pdfPicture(LetterService(desk.db).pdfOf(letter.issued()->id).value(), QStringLiteral("letter-notice"));
    pdfPicture(CaseFile(desk.db).pdf(noticed, QDate::currentDate().addMonths(-4)).value(), QStringLiteral("case-file"));
}

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
