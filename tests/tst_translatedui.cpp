#include "ArchiveDialog.h"
#include "CallConsole.h"
#include "CaseDialogs.h"
#include "CaseService.h"
#include "ChangeNotifier.h"
#include "ContactDialog.h"
#include "CostRatesDialog.h"
#include "CsvExportDialog.h"
#include "CustomerCardView.h"
#include "CustomerEconomicsChart.h"
#include "CustomerEditorDialog.h"
#include "CustomerListModel.h"
#include "CustomerPickerDialog.h"
#include "CustomerService.h"
#include "DeskOperatorDialog.h"
#include "DeskSettings.h"
#include "ErasureDialog.h"
#include "MainWindow.h"
#include "PaymentDialog.h"
#include "PhoneNumber.h"
#include "PhoneSettingsDialog.h"
#include "PlanChangeDialog.h"
#include "PrivacySettingsDialog.h"
#include "ProblemSettingsDialog.h"
#include "ReferenceListModels.h"
#include "TagCatalogueDialog.h"
#include "TagPickerDialog.h"
#include "TagService.h"
#include "TestSupport.h"
#include "TimelineModel.h"
#include "Translations.h"
#include "UnlinkedCallsDialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QGroupBox>
#include <QHash>
#include <QKeySequence>
#include <QLabel>
#include <QLibraryInfo>
#include <QMenuBar>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTranslator>

using namespace abonent;

// Every window and dialog of the main screen, built once in English and once
// in each translation: titles, menus, buttons and field labels must all
// change, so nothing is left in English by a missing tr() or translation.
class TestTranslatedUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everythingIsTranslated_data();
    void everythingIsTranslated();
    void everyMnemonicHasItsField();
    void noTwoControlsOfAPageShareAMnemonic_data();
    void noTwoControlsOfAPageShareAMnemonic();
    void theContactDialogAndTheConsoleNameFieldsAlike_data();
    void theContactDialogAndTheConsoleNameFieldsAlike();

private:
    // Visible texts of a window: title, menus and their entries, labels, buttons.
    static QStringList textsOf(QWidget& widget);
    std::vector<std::unique_ptr<QWidget>> buildAll();

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ChangeNotifier> m_notifier;
    std::unique_ptr<CustomerService> m_service;
    std::unique_ptr<TagService> m_tags;
    std::unique_ptr<CaseService> m_cases;
    DeskContext m_desk;
    Customer m_customer;
    qint64 m_left = 0; // archived, without letters: their data may be erased
};

void TestTranslatedUi::initTestCase()
{
    // Settings of the tests' own, and the export dialog offers this folder,
    // not the documents folder of whoever runs the tests (it makes one that is missing).
    test::useOwnUserFolders();
    DeskSettings::setValue(DeskSetting::ExportFolder, m_dir.path());
    m_database = test::openDatabase(m_dir.filePath(QStringLiteral("ui.sqlite")));
    m_notifier = std::make_unique<ChangeNotifier>();
    m_service = std::make_unique<CustomerService>(m_database->connection(), m_notifier.get());
    m_desk.db = m_database->connection();
    m_desk.databasePath = m_database->path();
    m_desk.customers = m_service.get();
    m_tags = std::make_unique<TagService>(m_database->connection(), m_notifier.get());
    m_cases = std::make_unique<CaseService>(m_database->connection(), m_notifier.get());
    m_desk.tags = m_tags.get();
    m_desk.cases = m_cases.get();
    m_desk.notifier = m_notifier.get();
    m_desk.actor = [] { return Actor {std::nullopt, Role::Manager}; };
    m_desk.defaultCountry = QStringLiteral("RU");
    m_desk.currency = QStringLiteral("RUB");
    m_customer.contractNumber = QStringLiteral("T-1");
    m_customer.name = QStringLiteral("Test");
    m_customer.customerSince = QDate(2025, 1, 1);
    m_customer.phones = {
        CustomerPhone::from(PhoneNumber::parse(QStringLiteral("+7 495 123 45 67"), QString()).value())};
    m_customer.id = m_service->create(Actor {}, m_customer).value();
    Customer left = m_customer;
    left.contractNumber = QStringLiteral("T-2");
    left.phones.clear();
    left.status = CustomerStatus::Archived;
    m_left = m_service->create(Actor {}, left).value();
}

QStringList TestTranslatedUi::textsOf(QWidget& widget)
{
    QStringList texts {widget.windowTitle()};
    if (auto* window = qobject_cast<QMainWindow*>(&widget)) {
        for (QAction* menu : window->menuBar()->actions()) {
            texts << menu->text();
            for (QAction* entry : menu->menu()->actions()) {
                if (!entry->isSeparator() && !entry->menu() && !entry->isCheckable()) {
                    texts << entry->text();
                }
            }
        }
    }
    // Field labels, and explanations in dialogs; not the values a card shows.
    const bool card = qobject_cast<CustomerCardView*>(&widget) != nullptr;
    for (QLabel* label : widget.findChildren<QLabel*>()) {
        if (label->buddy() || (label->wordWrap() && !card)) {
            texts << label->text();
        }
    }
    for (QGroupBox* box : widget.findChildren<QGroupBox*>()) {
        texts << box->title();
    }
    for (QAbstractButton* button : widget.findChildren<QAbstractButton*>()) {
        if (!button->text().isEmpty() && button->text().size() > 1) {
            texts << button->text();
        }
    }
    texts.removeAll(QString());
    return texts;
}

std::vector<std::unique_ptr<QWidget>> TestTranslatedUi::buildAll()
{
    std::vector<std::unique_ptr<QWidget>> windows;
    windows.push_back(std::make_unique<MainWindow>());
    windows.push_back(std::make_unique<CustomerEditorDialog>(m_desk, QString()));
    windows.push_back(std::make_unique<ContactDialog>(m_desk, m_customer.id, m_customer.name));
    windows.push_back(std::make_unique<PlanChangeDialog>(m_desk, m_customer));
    windows.push_back(std::make_unique<PaymentDialog>(m_desk, m_customer));
    windows.push_back(std::make_unique<ArchiveDialog>(m_desk, m_customer));
    windows.push_back(std::make_unique<DeskOperatorDialog>(m_desk, std::nullopt));
    windows.push_back(std::make_unique<CustomerCardView>(m_desk, m_customer.id));
    windows.push_back(std::make_unique<TagPickerDialog>(
        m_desk, m_customer.id, m_customer.name, TagPickerDialog::Mode::DuringContact));
    windows.push_back(std::make_unique<TagCatalogueDialog>(m_desk));
    windows.push_back(std::make_unique<ProblemSettingsDialog>(m_desk));
    windows.push_back(std::make_unique<DepartureDialog>(m_desk, m_customer.id, m_customer.name));
    const QString caller = QStringLiteral("+7 495 123 45 67");
    windows.push_back(
        std::make_unique<CallConsole>(m_desk, caller, CallerLookup(m_desk.db, m_desk.defaultCountry).lookup(caller)));
    const QString stranger = QStringLiteral("+7 495 000 00 01");
    windows.push_back(std::make_unique<CallConsole>(
        m_desk, stranger, CallerLookup(m_desk.db, m_desk.defaultCountry).lookup(stranger)));
    // The picker shows what the console gives it to say.
    windows.push_back(std::make_unique<CustomerPickerDialog>(
        m_desk,
        QCoreApplication::translate("abonent::CallConsole", "Link Number to a Customer"),
        QCoreApplication::translate("abonent::CallConsole", "Link Number to a Customer")));
    windows.push_back(std::make_unique<PhoneSettingsDialog>(AmiSettings {}, false, RecordingPlace {}));
    windows.push_back(std::make_unique<UnlinkedCallsDialog>(m_desk));
    windows.push_back(std::make_unique<CostRatesDialog>(m_desk, CostRates::read(m_desk.db).value()));
    windows.push_back(std::make_unique<CustomerEconomicsChart>(m_desk, m_customer.id));
    windows.push_back(std::make_unique<PrivacySettingsDialog>(m_desk));
    windows.push_back(std::make_unique<ErasureDialog>(m_desk, m_customer.id)); // refused: still a customer
    windows.push_back(std::make_unique<ErasureDialog>(m_desk, m_left)); // what goes, what stays, the confirmation
    windows.push_back(std::make_unique<CsvExportDialog>(QStringLiteral("table.csv"), [](const QString&, QChar, bool) {
        return QString(); // never saved here
    }));
    // Each step of a case asks for something else.
    EscalationCase escalation;
    escalation.customerId = m_customer.id;
    escalation.openedAt = QDateTime::currentDateTimeUtc();
    for (CaseStep step : {CaseStep::Reminder, CaseStep::Offer, CaseStep::Notice, CaseStep::Terminated}) {
        windows.push_back(std::make_unique<CaseStepDialog>(m_desk, escalation, m_customer.name, ProblemSettings {}));
        CaseStepRecord taken;
        taken.step = step;
        taken.takenOn = QDate::currentDate();
        taken.terminationOn = QDate::currentDate();
        escalation.steps.append(taken);
    }
    return windows;
}

void TestTranslatedUi::everythingIsTranslated_data()
{
    QTest::addColumn<QString>("language");
    for (const QString& language : Translations::available()) {
        QTest::newRow(qPrintable(language)) << language;
    }
}

void TestTranslatedUi::everythingIsTranslated()
{
    QFETCH(QString, language);
    QList<QStringList> english;
    for (const auto& window : buildAll()) {
        english << textsOf(*window);
    }

    // As the application does: Abonent's catalogue and Qt's own (standard buttons).
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/abonent_%1.qm").arg(language)));
    QTranslator qt;
    QVERIFY(qt.load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
    QCoreApplication::installTranslator(&translator);
    QCoreApplication::installTranslator(&qt);
    const auto windows = buildAll();
    // Models translate when asked (headers, entries): the catalogues stay
    // installed until everything has been read.
    const auto uninstall = qScopeGuard([&] {
        QCoreApplication::removeTranslator(&qt);
        QCoreApplication::removeTranslator(&translator);
    });

    for (std::size_t i = 0; i < windows.size(); ++i) {
        const QStringList translated = textsOf(*windows.at(i));
        QCOMPARE(translated.size(), english.at(qsizetype(i)).size());
        if (auto* card = dynamic_cast<CustomerCardView*>(windows.at(i).get())) {
            // The timeline's headers and what its entries say.
            auto* timeline = card->timelineView()->model();
            QVERIFY(timeline->rowCount() > 0);
            QVERIFY(timeline->headerData(TimelineModel::WhenColumn, Qt::Horizontal).toString()
                    != QStringLiteral("When"));
            QVERIFY(timeline->index(0, TimelineModel::WhatColumn).data().toString()
                    != QStringLiteral("Customer record created"));
        }
        for (int t = 0; t < translated.size(); ++t) {
            const QString& source = english.at(qsizetype(i)).at(t);
            // Names of things (Abonent's own name in a title is translated too) must change.
            QVERIFY2(
                translated.at(t) != source,
                qPrintable(QStringLiteral("%1: \"%2\" is not translated").arg(windows.at(i)->objectName(), source)));
        }
    }
}

void TestTranslatedUi::theContactDialogAndTheConsoleNameFieldsAlike_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("ru") << QStringLiteral("ru");
    QTest::newRow("uk") << QStringLiteral("uk");
}

void TestTranslatedUi::theContactDialogAndTheConsoleNameFieldsAlike()
{
    // A contact written from the card and one written during the call are
    // the same record: the fields carry the same names (mnemonics may differ).
    QFETCH(QString, language);
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/abonent_%1.qm").arg(language)));
    for (const char* label : {"&Topic:", "S&ummary:", "Out&come:", "Caller's co&nduct:", "Tags:"}) {
        const QString dialog = translator.translate("abonent::ContactDialog", label).remove(QLatin1Char('&'));
        const QString console = translator.translate("abonent::CallConsole", label).remove(QLatin1Char('&'));
        QVERIFY2(!dialog.isEmpty(), label);
        QCOMPARE(console, dialog);
    }
    // Several operators take the difficult callers: the verb is plural.
    const QString one = translator.translate("abonent::CallConsole", "Takes difficult callers: %1", nullptr, 1);
    const QString several = translator.translate("abonent::CallConsole", "Takes difficult callers: %1", nullptr, 2);
    QVERIFY2(!one.isEmpty() && one != several, qPrintable(one + QStringLiteral(" / ") + several));
    QVERIFY2(
        several.contains(language == QLatin1String("ru") ? QStringLiteral("принимают") : QStringLiteral("приймають")),
        qPrintable(several));
}

void TestTranslatedUi::everyMnemonicHasItsField()
{
    // A label with "&" and no field to jump to shows the ampersand itself
    // ("&Duration:"): every plain label with a mnemonic names its buddy.
    for (const auto& window : buildAll()) {
        for (const QLabel* label : window->findChildren<QLabel*>()) {
            const QString text = label->text();
            if (label->textFormat() == Qt::RichText || Qt::mightBeRichText(text)) {
                continue;
            }
            static const QRegularExpression mnemonic(QStringLiteral("(^|[^&])&[^&\\s]"));
            QVERIFY2(!mnemonic.match(text).hasMatch() || label->buddy(),
                     qPrintable(QStringLiteral("%1: \"%2\" has no field").arg(window->objectName(), text)));
        }
    }
}

void TestTranslatedUi::noTwoControlsOfAPageShareAMnemonic_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en"); // the source texts, with English plurals
    for (const QString& language : Translations::available()) {
        QTest::newRow(qPrintable(language)) << language;
    }
}

void TestTranslatedUi::noTwoControlsOfAPageShareAMnemonic()
{
    // Alt and a letter two controls share only moves the focus between them
    // (the Help menu's Alt+H took "Letter&head…" that way): on each page of
    // the window, with the menu bar above it, every letter is one control's.
    QFETCH(QString, language);
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/abonent_%1.qm").arg(language)));
    QCoreApplication::installTranslator(&translator);
    const auto uninstall = qScopeGuard([&] { QCoreApplication::removeTranslator(&translator); });
    CustomerListModel customers(m_desk.db);
    PlanListModel plans(m_desk.db, false, nullptr, QStringLiteral("Any plan"));
    MainWindow window;
    window.setDesk(m_desk, &customers, &plans, m_database->shownLocation());
    window.openCard(m_customer.id);

    QStringList menuBar;
    for (QAction* menu : window.menuBar()->actions()) {
        menuBar << menu->text();
    }
    QTabWidget* tabs = window.tabs();
    QVERIFY(tabs->count() >= 5); // the four pages and the card
    QStringList clashes;
    for (int tab = 0; tab < tabs->count(); ++tab) {
        QStringList texts = menuBar;
        for (const QAbstractButton* button : tabs->widget(tab)->findChildren<QAbstractButton*>()) {
            texts << button->text();
        }
        QHash<QString, QString> owner; // the Alt+letter, and whose it is
        for (const QString& text : std::as_const(texts)) {
            const QString key = QKeySequence::mnemonic(text).toString().toLower();
            if (key.isEmpty()) {
                continue;
            }
            if (owner.contains(key)) {
                clashes << QStringLiteral("page \"%1\": \"%2\" and \"%3\" are both %4")
                               .arg(tabs->tabText(tab), owner.value(key), text, key);
            }
            owner.insert(key, text);
        }
    }
    for (const QString& clash : std::as_const(clashes)) {
        qWarning("%s", qPrintable(clash)); // all of them, where the message below is cut short
    }
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1String("; "))));
}

QTEST_MAIN(TestTranslatedUi)
#include "tst_translatedui.moc"
