#include "CustomerCardView.h"
#include "CustomerRepository.h"
#include "Database.h"
#include "DemoGenerator.h"
#include "DeskSettings.h"
#include "GuiApplication.h"
#include "GuiTestSupport.h"
#include "LetterBatch.h"
#include "LetterDialog.h"
#include "LetterRegisterModel.h"
#include "LetterService.h"
#include "LetterTemplateDialog.h"
#include "Letterhead.h"
#include "LetterheadDialog.h"
#include "LettersView.h"
#include "MainWindow.h"
#include "SqlSupport.h"
#include "TestSupport.h"
#include "Translations.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

#include <functional>

using namespace abonent;

// The letters as a manager and the owner use them at the desk: the register
// page, voiding and reissuing, the politeness check in the letter dialog, the
// template editor, the letterhead, and the batch of reminders.
class TestLettersUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void registerVoidsAndReissues();
    void politenessHitNeedsAReasonInTheDialog();
    void templateEditorPreviewsAndSavesVersions();
    void letterheadChangesTheLetters();
    void batchRemindsEveryoneOverTheAllowance();
    void caseFilePrintsFromTheCard();
    void aFailedSaveOffersTheChoiceAgain();

private:
    // Acts on the next modal window `find` recognises once it is the active window.
    void whenModal(test::WindowFinder find, std::function<void(QWidget*)> act);
    QPushButton* button(QWidget* parent, const QString& text) const;
    QSqlDatabase db() const { return m_gui->mainWindow()->deskContext().db; }
    qint64 issueReminder(qint64 customerId);

    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_customer = 0; // over the allowance last month
    std::unique_ptr<GuiApplication> m_gui;
    LettersView* m_page = nullptr;
};

void TestLettersUi::initTestCase()
{
    test::useOwnUserFolders();
    QSettings::setDefaultFormat(QSettings::IniFormat);
    test::useOwnInstanceName();
    Translations::install(*qApp, QStringLiteral("en"));
    QLocale::setDefault(QLocale(QStringLiteral("en_US")));
    // Files are offered here, not in the documents folder of whoever runs the tests.
    DeskSettings::setValue(DeskSetting::ExportFolder, m_dir.path());
}

void TestLettersUi::init()
{
    m_path = test::location(
        m_dir.filePath(QStringLiteral("letters-%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction()))));
    {
        auto database = test::openDatabase(m_path);
        QVERIFY(database);
        DemoOptions options;
        options.customers = 300;
        options.asOf = QDate::currentDate();
        auto summary = DemoGenerator(database->connection()).generate(options);
        QVERIFY(summary.ok());
        m_customer =
            CustomerRepository(database->connection()).findByContract(summary->costlyCallerContract).value().id;
        // The desk is the owner's: termination letters and the letterhead are theirs.
        QSettings().setValue(
            DeskSettings::deskOperatorKey(m_path),
            sql::scalar(database->connection(), QStringLiteral("SELECT min(id) FROM operators WHERE role = 'owner'"))
                .value());
    }
    m_gui = std::make_unique<GuiApplication>();
    QCOMPARE(m_gui->start({QStringLiteral("abonent"), QStringLiteral("--db"), m_path}), -1);
    MainWindow* window = m_gui->mainWindow();
    window->resize(1280, 800);
    QVERIFY(test::waitUntilActive(window));
    // Ctrl+Shift+L, as the menu says.
    QTest::keyClick(window, Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    m_page = window->letters();
    QCOMPARE(window->tabs()->currentWidget(), m_page);
    QVERIFY(m_page->searchField()->hasFocus());
}

void TestLettersUi::cleanup()
{
    m_page = nullptr;
    m_gui.reset();
}

void TestLettersUi::whenModal(test::WindowFinder find, std::function<void(QWidget*)> act)
{
    // Waits on the window's application: nothing is left waiting for the next test.
    test::whenActive(m_gui.get(), std::move(find), std::move(act));
}

QPushButton* TestLettersUi::button(QWidget* parent, const QString& text) const
{
    for (QPushButton* candidate : parent->findChildren<QPushButton*>()) {
        if (candidate->text() == text && candidate->isVisible()) {
            return candidate;
        }
    }
    return nullptr;
}

qint64 TestLettersUi::issueReminder(qint64 customerId)
{
    LetterRequest request;
    request.kind = LetterKind::SupportReminder;
    request.customerId = customerId;
    auto issued = LetterService(db(), m_gui->mainWindow()->deskContext().notifier)
                      .issue(m_gui->mainWindow()->deskContext().actor().value(), request);
    return issued ? issued->id : 0;
}

void TestLettersUi::registerVoidsAndReissues()
{
    const qint64 first = issueReminder(m_customer);
    QVERIFY(first > 0);
    QTRY_COMPARE(m_page->model()->rowCount(), 1);
    // Typing in the search box finds it by contract.
    const QString contract = CustomerRepository(db()).find(m_customer).value().contractNumber;
    QTest::keyClicks(m_page->searchField(), contract);
    QCOMPARE(m_page->table()->model()->rowCount(), 1);
    m_page->table()->setFocus();
    m_page->table()->selectRow(0);

    bool reissued = false;
    whenModal(test::modalNamed(QStringLiteral("ReasonDialog")), [](QWidget* modal) {
        QTest::keyClicks(modal->findChild<QPlainTextEdit*>(QStringLiteral("reason")),
                         QStringLiteral("Sent to the old address"));
        qobject_cast<QDialog*>(modal)->accept();
    });
    whenModal(test::modalOf<LetterDialog>(), [&reissued](QWidget* modal) {
        auto* letter = qobject_cast<LetterDialog*>(modal);
        QTRY_VERIFY(!letter->preview()->toPlainText().isEmpty());
        letter->issue();
        reissued = letter->issued().has_value();
        letter->reject();
    });
    QPushButton* reissue = button(m_page, QStringLiteral("Void and Re&issue…"));
    QVERIFY(reissue && reissue->isEnabled());
    reissue->click();
    QVERIFY(reissued);

    auto letters = LetterService(db()).all();
    QVERIFY(letters);
    QCOMPARE(letters->size(), 2);
    const IssuedLetter& replacement = letters->at(0); // newest first
    const IssuedLetter& voided = letters->at(1);
    QCOMPARE(voided.id, first);
    QVERIFY(voided.isVoid());
    QCOMPARE(voided.voidReason, QStringLiteral("Sent to the old address"));
    QCOMPARE(replacement.replacesId.value_or(0), first);
    QVERIFY(!replacement.isVoid());
    // The register shows both, the void one saying why.
    QTRY_COMPARE(m_page->model()->rowCount(), 2);
    const int voidRow = m_page->model()->rowOf(first);
    QCOMPARE(m_page->model()->index(voidRow, LetterRegisterModel::StatusColumn).data().toString(),
             QStringLiteral("Void: Sent to the old address"));
}

void TestLettersUi::politenessHitNeedsAReasonInTheDialog()
{
    MainWindow* window = m_gui->mainWindow();
    window->openCard(m_customer);
    auto* card = qobject_cast<CustomerCardView*>(window->tabs()->currentWidget());
    QVERIFY(card);
    QString afterTyping;
    QString blockedMessage;
    std::optional<IssuedLetter> issued;
    whenModal(test::modalOf<LetterDialog>(), [&](QWidget* modal) {
        auto* letter = qobject_cast<LetterDialog*>(modal);
        auto* paragraph = letter->findChild<QPlainTextEdit*>(QStringLiteral("freeText"));
        QVERIFY(paragraph && paragraph->isVisible());
        QTest::keyClicks(paragraph, QStringLiteral("Please do not be rude to our staff."));
        QTRY_VERIFY(letter->checkResult()->text().contains(QStringLiteral("rude")));
        afterTyping = letter->checkResult()->text();
        QTest::keyClick(letter, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(!letter->issued().has_value()); // blocked without a reason
        for (QLabel* label : letter->findChildren<QLabel*>()) {
            if (label->text().contains(QStringLiteral("say why"))) {
                blockedMessage = label->text();
            }
        }
        auto* reason = letter->findChild<QLineEdit*>(QStringLiteral("overrideReason"));
        QVERIFY(reason->isVisible());
        QTest::keyClicks(reason, QStringLiteral("Quoted from the customer's own complaint"));
        QTest::keyClick(letter, Qt::Key_Return, Qt::ControlModifier);
        issued = letter->issued();
        letter->reject();
    });
    QPushButton* write = button(card, QStringLiteral("&Write Letter…"));
    QVERIFY(write);
    write->click();
    QVERIFY2(afterTyping.contains(QStringLiteral("list of words letters avoid")), qPrintable(afterTyping));
    QVERIFY(!blockedMessage.isEmpty());
    QVERIFY(issued.has_value());
    QCOMPARE(issued->checkOverride, QStringLiteral("Quoted from the customer's own complaint"));
    QVERIFY(issued->checkHits.contains(QStringLiteral("rude")));
}

void TestLettersUi::templateEditorPreviewsAndSavesVersions()
{
    QString unknownMessage;
    QString previewAfterEdit;
    whenModal(test::modalOf<LetterTemplateDialog>(), [&](QWidget* modal) {
        auto* editor = qobject_cast<LetterTemplateDialog*>(modal);
        QTRY_VERIFY(!editor->preview()->toPlainText().isEmpty());
        QTextCursor end = editor->source()->textCursor();
        end.movePosition(QTextCursor::End);
        editor->source()->setTextCursor(end);
        QTest::keyClicks(editor->source(), QStringLiteral("<p>Ref {{contract.nubmer}}</p>"));
        QTRY_VERIFY([&] {
            for (QLabel* label : editor->findChildren<QLabel*>()) {
                if (label->text().contains(QStringLiteral("{{contract.nubmer}}"))) {
                    unknownMessage = label->text();
                    return true;
                }
            }
            return false;
        }());
        // Fixed: the preview shows the contract number where the placeholder was.
        for (int i = 0; i < 12; ++i) {
            QTest::keyClick(editor->source(), Qt::Key_Backspace);
        }
        QTest::keyClicks(editor->source(), QStringLiteral("number}}</p>"));
        QTRY_VERIFY(editor->preview()->toPlainText().contains(QStringLiteral("Ref ")));
        previewAfterEdit = editor->preview()->toPlainText();
        QTest::keyClick(editor, Qt::Key_S, Qt::ControlModifier);
        editor->reject();
    });
    QPushButton* templates = button(m_page, QStringLiteral("&Templates…"));
    QVERIFY(templates);
    templates->click();
    QVERIFY(!unknownMessage.isEmpty());
    const QString language = Letterhead::load(db()).value().defaultLanguage;
    auto versions = LetterTemplates(db()).versions(LetterKind::SupportReminder, language);
    QVERIFY(versions);
    QCOMPARE(versions->size(), 2);
    QVERIFY(versions->first().body.endsWith(QStringLiteral("<p>Ref {{contract.number}}</p>")));
    QVERIFY(!versions->first().shipped);
    QVERIFY(previewAfterEdit.contains(QRegularExpression(QStringLiteral("Ref \\d\\d-\\d{5}"))));
}

void TestLettersUi::letterheadChangesTheLetters()
{
    whenModal(test::modalOf<LetterheadDialog>(), [](QWidget* modal) {
        auto* dialog = qobject_cast<LetterheadDialog*>(modal);
        dialog->companyName()->selectAll();
        QTest::keyClicks(dialog->companyName(), QStringLiteral("Riverside Fibre Ltd"));
        dialog->accept();
    });
    QPushButton* letterhead = button(m_page, QStringLiteral("Letterhea&d…"));
    QVERIFY(letterhead);
    letterhead->click();
    QCOMPARE(Letterhead::load(db()).value().companyName, QStringLiteral("Riverside Fibre Ltd"));
    LetterRequest request;
    request.kind = LetterKind::SupportReminder;
    request.customerId = m_customer;
    auto draft = LetterService(db()).prepare(request);
    QVERIFY2(draft, qPrintable(draft.errorString()));
    QVERIFY(draft->plainText.contains(QStringLiteral("Riverside Fibre Ltd")));
}

void TestLettersUi::batchRemindsEveryoneOverTheAllowance()
{
    const QDate lastMonth = QDate(QDate::currentDate().year(), QDate::currentDate().month(), 1).addMonths(-1);
    auto over = LetterBatch::customersOverAllowance(db(), lastMonth);
    QVERIFY(over);
    QVERIFY(over->size() >= 2);
    const QString folder = m_dir.filePath(QStringLiteral("reminders"));
    QVERIFY(QDir().mkpath(folder));
    QString summary;
    whenModal(test::modalOf<QMessageBox>(),
              [](QWidget* modal) { qobject_cast<QMessageBox*>(modal)->button(QMessageBox::Yes)->click(); });
    whenModal(test::modalOf<QFileDialog>(), [this, folder, &summary](QWidget* modal) {
        // As a person does: the folder typed into the name field, then Choose.
        // (selectFile() leaves the field alone while it has the focus, as it
        // has once the dialog is active.)
        auto* files = qobject_cast<QFileDialog*>(modal);
        auto* name = files->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
        QVERIFY(name);
        name->setText(folder);
        whenModal(test::modalOf<QMessageBox>(), [&summary](QWidget* next) {
            auto* box = qobject_cast<QMessageBox*>(next);
            summary = box->text();
            box->accept();
        });
        static_cast<QDialog*>(files)->accept(); // as the Choose button does
    });
    QPushButton* remind = m_page->findChild<QPushButton*>(QStringLiteral("remindBatch"));
    QVERIFY(remind);
    remind->click();
    QVERIFY2(summary.startsWith(QStringLiteral("Issued: %1.").arg(over->size())), qPrintable(summary));
    QCOMPARE(QDir(folder).entryList({QStringLiteral("*.pdf")}, QDir::Files).size(), over->size());
    QTRY_COMPARE(m_page->model()->rowCount(), static_cast<int>(over->size()));
}

void TestLettersUi::caseFilePrintsFromTheCard()
{
    MainWindow* window = m_gui->mainWindow();
    window->openCard(m_customer);
    auto* card = qobject_cast<CustomerCardView*>(window->tabs()->currentWidget());
    QVERIFY(card);
    auto* caseFile = card->findChild<QPushButton*>(QStringLiteral("caseFile"));
    QVERIFY(caseFile && caseFile->menu());
    const QString printed = m_dir.filePath(QStringLiteral("case-file-printed.pdf"));
    whenModal(test::modalOf<QPrintDialog>(), [&printed](QWidget* modal) { test::printToFile(modal, printed); });
    QAction* printAction = caseFile->menu()->actions().value(0);
    QVERIFY(printAction);
    QCOMPARE(printAction->text(), QStringLiteral("&Print…"));
    printAction->trigger();
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {printed, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(30000));
    const QString content = QString::fromUtf8(text.readAllStandardOutput()).simplified();
    const Customer customer = CustomerRepository(db()).find(m_customer).value();
    QVERIFY2(
        content.contains(QStringLiteral("Case file: %1 (contract %2)").arg(customer.name, customer.contractNumber)),
        qPrintable(content.left(300)));
    QVERIFY(content.contains(QStringLiteral("Support use and economics by month")));
}

void TestLettersUi::aFailedSaveOffersTheChoiceAgain()
{
    // A file that cannot be written is said to be unwritten, and the choice
    // of where to save is offered again; the second place gets the register's PDF.
    const qint64 letter = issueReminder(m_customer);
    QVERIFY(letter > 0);
    QTRY_COMPARE(m_page->model()->rowCount(), 1);
    m_page->table()->setFocus();
    m_page->table()->selectRow(0);
    const QString unwritable = m_dir.filePath(QStringLiteral("no-such-folder/letter.pdf"));
    const QString good = m_dir.filePath(QStringLiteral("letter-second-try.pdf"));
    int offered = 0;
    QString warning;
    std::function<void(QWidget*)> choose = [&](QWidget* modal) {
        auto* files = qobject_cast<QFileDialog*>(modal);
        ++offered;
        files->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"))->setText(offered == 1 ? unwritable : good);
        if (offered == 1) {
            whenModal(test::modalOf<QMessageBox>(), [&](QWidget* next) {
                auto* box = qobject_cast<QMessageBox*>(next);
                warning = box->text() + QLatin1Char('\n') + box->informativeText();
                whenModal(test::modalOf<QFileDialog>(), choose);
                box->accept();
            });
        }
        static_cast<QDialog*>(files)->accept(); // as the Save button does
    };
    whenModal(test::modalOf<QFileDialog>(), choose);
    QPushButton* save = button(m_page, QStringLiteral("Sav&e PDF…"));
    QVERIFY(save && save->isEnabled());
    save->click();
    QCOMPARE(offered, 2);
    QVERIFY2(warning.contains(QDir::toNativeSeparators(unwritable)), qPrintable(warning));
    QVERIFY2(warning.contains(QStringLiteral("Nothing was saved")), qPrintable(warning));
    QVERIFY(!QFileInfo::exists(QFileInfo(unwritable).absolutePath()));
    QFile written(good);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll(), LetterService(db()).pdfOf(letter).value());
}

QTEST_MAIN(TestLettersUi)
#include "tst_lettersui.moc"
