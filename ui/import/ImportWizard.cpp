#include "ImportWizard.h"

#include "AbonentDatabase.h"
#include "ChangeNotifier.h"
#include "CsvImport.h"
#include "ExportFile.h"
#include "FileOutput.h"
#include "FormSupport.h"
#include "ImportTables.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalBlocker>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

#include <atomic>

namespace abonent {

// What the pages share: the desk, the file, how it is read, and the outcome.
struct ImportSession
{
    DeskContext desk;
    QString path;
    ImportMapping mapping;
    std::optional<ImportPreview> preview;
    QString previewProblem;
};

namespace {

QString settingsKey(ImportKind kind)
{
    return QStringLiteral("import/mapping/") + ImportSpec::nameOf(kind);
}

// How this desk read the last file of a kind; the kind alone when none.
ImportMapping rememberedMapping(ImportKind kind)
{
    const QByteArray saved = QSettings().value(settingsKey(kind)).toByteArray();
    auto mapping = ImportMapping::fromJson(QJsonDocument::fromJson(saved).object());
    if (!mapping || mapping->kind != kind) {
        ImportMapping fresh;
        fresh.kind = kind;
        return fresh;
    }
    return mapping.value();
}

void remember(const ImportMapping& mapping)
{
    // The day balances stand at belongs to one file, not to the next.
    ImportMapping kept = mapping;
    kept.balanceOn = QDate();
    QSettings().setValue(settingsKey(kept.kind), QJsonDocument(kept.toJson()).toJson(QJsonDocument::Compact));
}

// A check or an import on a thread of its own, through its own connection,
// so the window stays responsive; progress and Stop through atomics.
class ImportJob : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~ImportJob() override { waitForEnd(); }

    bool isRunning() const { return m_thread != nullptr; }

    void start(const ImportSession& session, std::optional<Actor> writeAs)
    {
        waitForEnd();
        m_done = 0;
        m_total = 1;
        m_stop = false;
        m_outcome = makeError(Error::Code::Invalid, QString());
        m_thread = QThread::create([this,
                                    databasePath = session.desk.databasePath,
                                    path = session.path,
                                    mapping = session.preview->mapping,
                                    writeAs] {
            auto database = openAbonentDatabase(databasePath, Database::Mode::ReadWrite);
            if (!database) {
                m_outcome = database.error();
                return;
            }
            CsvImport import(database.value()->connection(), path, mapping);
            const ImportProgress progress = [this](qint64 done, qint64 total) {
                m_done = done;
                m_total = std::max<qint64>(total, 1);
                return !m_stop.load();
            };
            m_outcome = writeAs ? import.run(*writeAs, progress) : import.check(progress);
        });
        // A check started again meanwhile has a thread of its own: the old one's end is not its end.
        connect(m_thread, &QThread::finished, this, [this, thread = m_thread] {
            if (thread == m_thread) {
                waitForEnd();
                emit finished();
            }
        });
        m_thread->start();
    }

    void stop() { m_stop = true; }
    // Per thousand, for a progress bar.
    int permille() const { return int(m_done.load() * 1000 / std::max<qint64>(m_total.load(), 1)); }
    const Result<ImportReport>& outcome() const { return m_outcome; }

signals:
    void finished();

private:
    void waitForEnd()
    {
        if (m_thread) {
            m_thread->wait();
            delete m_thread;
            m_thread = nullptr;
        }
    }

    QThread* m_thread = nullptr;
    std::atomic<qint64> m_done {0};
    std::atomic<qint64> m_total {1};
    std::atomic<bool> m_stop {false};
    Result<ImportReport> m_outcome = makeError(Error::Code::Invalid, QString());
};

// A job's progress bar, kept up to date while it runs.
class JobProgress : public QProgressBar
{
public:
    JobProgress(ImportJob* job, QWidget* parent)
        : QProgressBar(parent)
        , m_job(job)
    {
        setRange(0, 1000);
        setTextVisible(false);
        m_ticker.setInterval(100);
        connect(&m_ticker, &QTimer::timeout, this, [this] { setValue(m_job->permille()); });
        connect(job, &ImportJob::finished, this, [this] {
            m_ticker.stop();
            setValue(1000);
        });
    }
    void follow()
    {
        setValue(0);
        m_ticker.start();
    }

private:
    ImportJob* m_job;
    QTimer m_ticker;
};

// ------------------------------------------------------------ the file

class FileChoicePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit FileChoicePage(std::shared_ptr<ImportSession> session)
        : m_session(std::move(session))
    {
        setTitle(tr("Choose the File"));
        setSubTitle(tr("Import plans first, then customers, then their phones, plan history, payments and contacts: "
                       "each file refers to what is already in Abonent."));
        m_kind = new QComboBox(this);
        m_kind->setObjectName(QStringLiteral("kind"));
        for (ImportKind kind : ImportSpec::kinds()) {
            m_kind->addItem(ImportSpec::labelOf(kind), int(kind));
        }
        m_kind->setCurrentIndex(m_kind->findData(int(ImportKind::Customers)));
        m_file = new QLineEdit(this);
        m_file->setObjectName(QStringLiteral("file"));
        m_file->setPlaceholderText(tr("A CSV or text file saved by a spreadsheet or a billing system"));
        auto* browse = new QPushButton(tr("&Browse…"), this);
        connect(browse, &QPushButton::clicked, this, [this] {
            const QString chosen = QFileDialog::getOpenFileName(
                this, tr("Import"), m_file->text(), tr("CSV and text files (*.csv *.txt *.tsv);;All files (*)"));
            if (!chosen.isEmpty()) {
                m_file->setText(chosen);
            }
        });
        connect(m_file, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
        connect(m_file, &QLineEdit::textChanged, this, &FileChoicePage::guessKind);
        connect(m_kind, &QComboBox::activated, this, [this] { m_kindChosen = true; });
        auto* fileRow = new QHBoxLayout;
        fileRow->addWidget(m_file, 1);
        fileRow->addWidget(browse);
        // The file first, as it is chosen first.
        auto* form = new QFormLayout(this);
        addRowFor(form, tr("&File:"), fileRow, m_file);
        form->addRow(tr("&What it holds:"), m_kind);
        setTabOrder(m_file, browse);
        setTabOrder(browse, m_kind);
    }

    // QWizard leaves the focus on the page when it shows it; the file is what is typed first.
    void initializePage() override
    {
        QTimer::singleShot(0, m_file, [file = m_file] { file->setFocus(); });
    }

    void choose(const QString& path, int kind)
    {
        m_file->setText(path);
        m_kind->setCurrentIndex(m_kind->findData(kind));
        m_kindChosen = true;
    }

    bool isComplete() const override { return QFileInfo(m_file->text().trimmed()).isFile(); }

    bool validatePage() override
    {
        ImportSession& session = *m_session;
        session.path = m_file->text().trimmed();
        const auto kind = ImportKind(m_kind->currentData().toInt());
        session.mapping = rememberedMapping(kind);
        auto preview = CsvImport(session.desk.db, session.path, session.mapping).preview();
        if (!preview && !session.mapping.columns.isEmpty()) {
            // The last file of this kind had other headings: guess them afresh.
            session.mapping.columns.clear();
            preview = CsvImport(session.desk.db, session.path, session.mapping).preview();
        }
        if (!preview) {
            QMessageBox::warning(this, tr("Import"), preview.errorString());
            return false;
        }
        session.preview = preview.value();
        return true;
    }

private:
    // A file chosen says what it holds by its headings, until the person
    // picks a kind themselves.
    void guessKind()
    {
        const QString path = m_file->text().trimmed();
        if (m_kindChosen || !QFileInfo(path).isFile()) {
            return;
        }
        ImportMapping probe;
        probe.kind = ImportKind(m_kind->currentData().toInt());
        const auto preview = CsvImport(m_session->desk.db, path, probe).preview();
        if (!preview) {
            return; // said when the page is left
        }
        if (const auto kind = ImportSpec::guessKind(preview->headings)) {
            m_kind->setCurrentIndex(m_kind->findData(int(*kind)));
        }
    }

    std::shared_ptr<ImportSession> m_session;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_file = nullptr;
    bool m_kindChosen = false;
};

// ------------------------------------------------------------ the columns

class ColumnsPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ColumnsPage(std::shared_ptr<ImportSession> session)
        : m_session(std::move(session))
    {
        setTitle(tr("How the File Is Read"));
        setSubTitle(
            tr("Check the first rows: each column says the field it goes to. Change what was guessed wrongly."));
        m_encoding = new QComboBox(this);
        m_encoding->setObjectName(QStringLiteral("encoding"));
        for (TextEncoding encoding : TextEncodings::all()) {
            m_encoding->addItem(TextEncodings::labelOf(encoding), int(encoding));
        }
        m_separator = new QComboBox(this);
        m_separator->setObjectName(QStringLiteral("separator"));
        m_separator->addItem(tr("Semicolon ( ; )"), QStringLiteral(";"));
        m_separator->addItem(tr("Comma ( , )"), QStringLiteral(","));
        m_separator->addItem(tr("Tab"), QStringLiteral("\t"));
        m_dates = new QComboBox(this);
        m_dates->setObjectName(QStringLiteral("dates"));
        m_dates->addItem(tr("Day first (31.12.2025)"), int(DateOrder::DayMonthYear));
        m_dates->addItem(tr("Month first (12/31/2025)"), int(DateOrder::MonthDayYear));
        m_dates->addItem(tr("Year first (2025-12-31)"), int(DateOrder::YearMonthDay));
        m_decimal = new QComboBox(this);
        m_decimal->setObjectName(QStringLiteral("decimal"));
        m_decimal->addItem(tr("Comma (12,50)"), true);
        m_decimal->addItem(tr("Point (12.50)"), false);
        m_balanceOn = new QDateEdit(QDate::currentDate(), this);
        m_balanceOn->setObjectName(QStringLiteral("balanceOn"));
        m_balanceOn->setCalendarPopup(true);
        m_balanceOn->setToolTip(tr("The day the balances in the file stand at: payments from that day on are "
                                   "counted on top of them."));
        auto* reading = new QFormLayout;
        reading->addRow(tr("&Encoding:"), m_encoding);
        reading->addRow(tr("&Separator:"), m_separator);
        reading->addRow(tr("&Dates:"), m_dates);
        reading->addRow(tr("Decimal &mark:"), m_decimal);
        reading->addRow(tr("&Balances as of:"), m_balanceOn);
        // The fields in two columns of label and choice, so the first rows stay in sight on a small screen.
        m_fields = new QGridLayout;
        m_fields->setColumnStretch(1, 1);
        m_fields->setColumnStretch(3, 1);
        auto* top = new QHBoxLayout;
        top->addLayout(reading);
        top->addSpacing(12);
        top->addLayout(m_fields, 1);

        m_model = new ImportPreviewModel(this);
        m_table = new QTableView(this);
        m_table->setObjectName(QStringLiteral("preview"));
        m_table->setModel(m_model);
        m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        m_status = new FieldMessage(this);
        auto* layout = new QVBoxLayout(this);
        layout->addLayout(top);
        layout->addWidget(m_table, 1);
        layout->addWidget(m_status);

        for (QComboBox* combo : {m_encoding, m_separator, m_dates, m_decimal}) {
            connect(combo, &QComboBox::activated, this, &ColumnsPage::reread);
        }
        connect(m_balanceOn, &QDateEdit::dateChanged, this, &ColumnsPage::reread);
    }

    void initializePage() override
    {
        showPreview();
        m_table->setFocus();
    }

    bool isComplete() const override
    {
        const ImportSession& session = *m_session;
        return session.preview && session.previewProblem.isEmpty();
    }

private:
    // The reading as the widgets say it, and the file read again with it.
    void reread()
    {
        ImportSession& session = *m_session;
        ImportMapping mapping = session.preview->mapping;
        mapping.encoding = TextEncoding(m_encoding->currentData().toInt());
        mapping.separator = m_separator->currentData().toString().front();
        mapping.dateOrder = DateOrder(m_dates->currentData().toInt());
        mapping.decimalComma = m_decimal->currentData().toBool();
        mapping.balanceOn = m_balanceOn->date();
        if (!m_fieldChoices.isEmpty()) {
            mapping.columns.clear();
            for (auto it = m_fieldChoices.cbegin(); it != m_fieldChoices.cend(); ++it) {
                const QString heading = it.value()->currentData().toString();
                if (!heading.isEmpty()) {
                    mapping.columns.insert(it.key(), heading);
                }
            }
        }
        const bool separatorChanged = mapping.separator != session.preview->mapping.separator
            || mapping.encoding != session.preview->mapping.encoding;
        if (separatorChanged) {
            mapping.columns.clear(); // other columns altogether: guessed again
        }
        auto preview = CsvImport(session.desk.db, session.path, mapping).preview();
        if (!preview) {
            m_status->show(preview.errorString());
            return;
        }
        session.preview = preview.value();
        showPreview();
    }

    void showPreview()
    {
        ImportSession& session = *m_session;
        const ImportPreview& preview = *session.preview;
        const ImportMapping& mapping = preview.mapping;
        m_encoding->setCurrentIndex(m_encoding->findData(int(*mapping.encoding)));
        m_separator->setCurrentIndex(m_separator->findData(QString(mapping.separator)));
        m_dates->setCurrentIndex(m_dates->findData(int(*mapping.dateOrder)));
        m_decimal->setCurrentIndex(m_decimal->findData(*mapping.decimalComma));
        {
            const QSignalBlocker quiet(m_balanceOn);
            m_balanceOn->setDate(mapping.balanceOn.isValid() ? mapping.balanceOn : QDate::currentDate());
        }
        m_balanceOn->setEnabled(mapping.kind == ImportKind::Customers);
        rebuildFieldChoices(preview);
        m_model->setPreview(preview);
        m_table->resizeColumnsToContents();

        QStringList missing;
        for (const ImportField& field : ImportSpec::fieldsOf(mapping.kind)) {
            if (field.required && !mapping.columns.contains(field.key)) {
                missing << field.label;
            }
        }
        if (preview.hadInvalidBytes) {
            session.previewProblem = tr("The file does not read as %1 text: choose the encoding it was saved in.")
                                         .arg(TextEncodings::labelOf(*mapping.encoding));
        } else if (!missing.isEmpty()) {
            session.previewProblem = tr("Say which column holds: %1.").arg(missing.join(QStringLiteral(", ")));
        } else {
            session.previewProblem.clear();
        }
        session.previewProblem.isEmpty() ? m_status->clear() : m_status->show(session.previewProblem);
        emit completeChanged();
    }

    void rebuildFieldChoices(const ImportPreview& preview)
    {
        if (preview.headings == m_shownHeadings && preview.mapping.kind == m_shownKind && !m_fieldChoices.isEmpty()) {
            // The same columns: only the choices move (a choice may be the widget that asked for this).
            for (auto it = m_fieldChoices.cbegin(); it != m_fieldChoices.cend(); ++it) {
                it.value()->setCurrentIndex(std::max(
                    0, it.value()->findData(preview.mapping.columns.value(it.key()), Qt::UserRole, Qt::MatchExactly)));
            }
            return;
        }
        m_shownHeadings = preview.headings;
        m_shownKind = preview.mapping.kind;
        while (QLayoutItem* item = m_fields->takeAt(0)) {
            if (QWidget* widget = item->widget()) {
                widget->hide();
                widget->deleteLater(); // it may be the one whose signal is being handled
            }
            delete item;
        }
        m_fieldChoices.clear();
        const QList<ImportField> fields = ImportSpec::fieldsOf(preview.mapping.kind);
        const int rows = int(fields.size() + 1) / 2;
        int at = 0;
        for (const ImportField& field : fields) {
            auto* choice = new QComboBox(this);
            choice->setObjectName(QStringLiteral("field_") + field.key);
            choice->addItem(field.required ? tr("— choose the column —") : tr("— not in the file —"), QString());
            for (const QString& heading : preview.headings) {
                choice->addItem(heading, heading);
            }
            choice->setCurrentIndex(std::max(
                0, choice->findData(preview.mapping.columns.value(field.key), Qt::UserRole, Qt::MatchExactly)));
            connect(choice, &QComboBox::activated, this, &ColumnsPage::reread);
            auto* label = new QLabel(field.required ? tr("%1 *").arg(field.label) : field.label, this);
            label->setBuddy(choice);
            const int row = at % rows;
            const int column = at / rows * 2;
            m_fields->addWidget(label, row, column);
            m_fields->addWidget(choice, row, column + 1);
            m_fieldChoices.insert(field.key, choice);
            ++at;
        }
    }

    std::shared_ptr<ImportSession> m_session;
    QComboBox* m_encoding = nullptr;
    QComboBox* m_separator = nullptr;
    QComboBox* m_dates = nullptr;
    QComboBox* m_decimal = nullptr;
    QDateEdit* m_balanceOn = nullptr;
    QGridLayout* m_fields = nullptr;
    QStringList m_shownHeadings;
    ImportKind m_shownKind = ImportKind::Customers;
    QMap<QString, QComboBox*> m_fieldChoices;
    ImportPreviewModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    FieldMessage* m_status = nullptr;
};

// ------------------------------------------------------------ the dry run

class CheckRowsPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit CheckRowsPage(std::shared_ptr<ImportSession> session)
        : m_session(std::move(session))
        , m_job(new ImportJob(this))
    {
        setTitle(tr("Check Every Row"));
        setSubTitle(tr("Nothing is written yet. Rows that would be refused are listed with the reason; fix them in the "
                       "file and check again."));
        setButtonText(QWizard::NextButton, tr("&Import"));
        m_progress = new JobProgress(m_job, this);
        m_summary = new QLabel(this);
        m_summary->setObjectName(QStringLiteral("summary"));
        m_summary->setWordWrap(true);
        m_summary->setAlignment(Qt::AlignLeft | Qt::AlignTop); // under the bar when no list follows
        m_problems = new ImportProblemsModel(this);
        m_table = new QTableView(this);
        m_table->setObjectName(QStringLiteral("problems"));
        m_table->setModel(m_problems);
        m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_table->horizontalHeader()->setStretchLastSection(true);
        m_save = new QPushButton(tr("&Save List…"), this);
        m_save->setObjectName(QStringLiteral("saveProblems"));
        m_again = new QPushButton(tr("Check &Again"), this);
        m_again->setObjectName(QStringLiteral("checkAgain"));
        auto* buttons = new QHBoxLayout;
        buttons->addStretch();
        buttons->addWidget(m_again);
        buttons->addWidget(m_save);
        auto* layout = new QVBoxLayout(this);
        layout->addWidget(m_progress);
        layout->addWidget(m_summary);
        layout->addWidget(m_table, 1);
        layout->addLayout(buttons);
        connect(m_job, &ImportJob::finished, this, &CheckRowsPage::showOutcome);
        connect(m_again, &QPushButton::clicked, this, &CheckRowsPage::initializePage);
        connect(m_save, &QPushButton::clicked, this, &CheckRowsPage::saveProblems);
    }

    void initializePage() override
    {
        m_report.reset();
        m_problems->setProblems({});
        m_table->hide();
        m_save->hide();
        m_again->setEnabled(false);
        m_summary->setText(tr("Reading %1…").arg(QFileInfo(m_session->path).fileName()));
        m_progress->follow();
        m_job->start(*m_session, std::nullopt);
        emit completeChanged();
    }

    void cleanupPage() override { m_job->stop(); }
    bool isComplete() const override { return m_report && m_report->problems.isEmpty(); }
    void stop() { m_job->stop(); }

private:
    void showOutcome()
    {
        m_again->setEnabled(true);
        const Result<ImportReport>& outcome = m_job->outcome();
        if (!outcome) {
            m_summary->setText(tr("The file could not be checked: %1").arg(outcome.errorString()));
            emit completeChanged();
            m_again->setFocus();
            return;
        }
        m_report = outcome.value();
        if (m_report->cancelled) {
            m_summary->setText(tr("The check was stopped."));
            m_report.reset();
        } else if (m_report->problems.isEmpty()) {
            m_summary->setText(
                tr("All %Ln row(s) can be imported. Nothing has been written yet.", nullptr, m_report->rows));
        } else {
            m_summary->setText(tr("%1 of %Ln row(s) would be refused, and then nothing would be imported. Save the "
                                  "list, fix the rows in the file and check again.",
                                  nullptr,
                                  m_report->rows)
                                   .arg(m_report->refusedRows()));
            m_problems->setProblems(m_report->problems);
            m_table->resizeColumnsToContents();
            m_table->show();
            m_save->show();
        }
        emit completeChanged();
        // The focus left Check Again while it was disabled, for whatever came
        // next (Back); Enter now does the step the outcome calls for.
        if (isComplete()) {
            wizard()->button(QWizard::NextButton)->setFocus();
        } else if (m_table->isVisible()) {
            m_table->setFocus();
        } else {
            m_again->setFocus();
        }
    }

    void saveProblems()
    {
        const QByteArray csv = m_report ? m_report->problemsCsv() : QByteArray();
        // Beside the file it lists, which is where the rows get fixed.
        const QFileInfo source(m_session->path);
        const QString name = source.dir().filePath(source.completeBaseName() + tr("-refused") + QStringLiteral(".csv"));
        ExportFile::save(this, tr("Save the Refused Rows"), name, tr("CSV files (*.csv)"), [csv](const QString& path) {
            const Status written = FileOutput::write(path, csv);
            return written ? QString() : written.errorString();
        });
    }

    std::shared_ptr<ImportSession> m_session;
    ImportJob* m_job;
    JobProgress* m_progress = nullptr;
    QLabel* m_summary = nullptr;
    ImportProblemsModel* m_problems = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_again = nullptr;
    std::optional<ImportReport> m_report;
};

// ------------------------------------------------------------ the import

class WritePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit WritePage(std::shared_ptr<ImportSession> session)
        : m_session(std::move(session))
        , m_job(new ImportJob(this))
    {
        setTitle(tr("Import"));
        setFinalPage(true);
        m_progress = new JobProgress(m_job, this);
        m_summary = new QLabel(this);
        m_summary->setObjectName(QStringLiteral("summary"));
        m_summary->setWordWrap(true);
        m_stop = new QPushButton(tr("&Stop"), this);
        m_stop->setObjectName(QStringLiteral("stop"));
        m_stop->setToolTip(tr("Stop the import; nothing of it is kept."));
        auto* layout = new QVBoxLayout(this);
        layout->addWidget(m_progress);
        layout->addWidget(m_summary);
        layout->addWidget(m_stop, 0, Qt::AlignRight);
        layout->addStretch();
        connect(m_stop, &QPushButton::clicked, m_job, &ImportJob::stop);
        connect(m_job, &ImportJob::finished, this, &WritePage::showOutcome);
    }

    void initializePage() override
    {
        m_finished = false;
        const auto actor = m_session->desk.actor ? m_session->desk.actor() : std::nullopt;
        if (!actor) {
            m_summary->setText(tr("Say who is at this desk first: the import is recorded under a name."));
            m_stop->hide();
            return;
        }
        m_summary->setText(tr("Importing %1… Stop keeps nothing of it.").arg(QFileInfo(m_session->path).fileName()));
        m_stop->show();
        m_progress->follow();
        m_job->start(*m_session, actor);
        emit completeChanged();
    }

    bool isComplete() const override { return m_finished; }
    bool isRunning() const { return m_job->isRunning(); }
    void stop() { m_job->stop(); }

private:
    void showOutcome()
    {
        m_finished = true;
        m_stop->hide();
        const Result<ImportReport>& outcome = m_job->outcome();
        if (!outcome) {
            m_summary->setText(tr("Nothing was imported: %1").arg(outcome.errorString()));
        } else if (outcome->cancelled) {
            m_summary->setText(tr("Stopped. Nothing of the file was imported."));
        } else if (!outcome->imported) {
            m_summary->setText(tr("Nothing was imported: %n row(s) were refused.", nullptr, outcome->refusedRows()));
        } else {
            m_summary->setText(tr("Imported: %1 added, %2 updated, %3 already there and unchanged.")
                                   .arg(QLocale().toString(outcome->added),
                                        QLocale().toString(outcome->updated),
                                        QLocale().toString(outcome->unchanged)));
            remember(m_session->preview->mapping);
            if (m_session->desk.notifier) {
                emit m_session->desk.notifier->customersReset();
            }
        }
        emit completeChanged();
        wizard()->button(QWizard::FinishButton)->setFocus(); // Stop, which had it, is gone
    }

    std::shared_ptr<ImportSession> m_session;
    ImportJob* m_job;
    JobProgress* m_progress = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_stop = nullptr;
    bool m_finished = false;
};

} // namespace

ImportWizard::ImportWizard(const DeskContext& desk, QWidget* parent)
    : QWizard(parent)
    , m_session(std::make_shared<ImportSession>())
{
    setObjectName(QStringLiteral("ImportWizard"));
    setWindowTitle(tr("Import"));
    setWizardStyle(QWizard::ClassicStyle);
    m_session->desk = desk;
    setPage(FilePage, new FileChoicePage(m_session));
    setPage(ColumnsPage, new class ColumnsPage(m_session));
    setPage(CheckPage, new CheckRowsPage(m_session));
    setPage(ImportPage, new WritePage(m_session));
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    resize(1100, 660);
}

ImportWizard::~ImportWizard() = default;

void ImportWizard::setFile(const QString& path, int kind)
{
    static_cast<FileChoicePage*>(page(FilePage))->choose(path, kind);
}

void ImportWizard::reject()
{
    // A check is stopped at once; a running import stops on the next row and
    // is rolled back before the window closes.
    static_cast<CheckRowsPage*>(page(CheckPage))->stop();
    auto* write = static_cast<WritePage*>(page(ImportPage));
    if (write->isRunning()) {
        write->stop();
        return; // the page says when it has stopped; Finish closes
    }
    QWizard::reject();
}

} // namespace abonent

#include "ImportWizard.moc"
