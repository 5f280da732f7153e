#include "LettersView.h"

#include "ChangeNotifier.h"
#include "CustomerPickerDialog.h"
#include "CustomerRepository.h"
#include "Economics.h"
#include "ExportFolder.h"
#include "FileOutput.h"
#include "FormSupport.h"
#include "LetterBatch.h"
#include "LetterDialog.h"
#include "LetterOutput.h"
#include "LetterRegisterModel.h"
#include "LetterTemplateDialog.h"
#include "LetterheadDialog.h"
#include "ReasonDialog.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace abonent {

LettersView::LettersView(QWidget* parent)
    : QWidget(parent)
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("LettersView"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("letterSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Find in the register: number, customer, contract, kind…"));
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortRole(LetterRegisterModel::SortRole);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    const auto button = [this](const QString& text, void (LettersView::*slot)()) {
        auto* created = new QPushButton(text, this);
        if (slot) {
            connect(created, &QPushButton::clicked, this, slot);
        }
        return created;
    };
    auto* top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    QPushButton* batch = button(tr("&Remind Everyone over the Allowance…"), &LettersView::remindOverAllowance);
    batch->setObjectName(QStringLiteral("remindBatch"));
    m_writingButtons = {button(tr("&New Letter…"), &LettersView::newLetter),
                        batch,
                        button(tr("&Templates…"), &LettersView::editTemplates),
                        button(tr("Letterhea&d…"), &LettersView::editLetterhead)};
    for (QPushButton* writing : std::as_const(m_writingButtons)) {
        top->addWidget(writing);
    }

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("letterRegister"));
    setUpReviewTable(m_table);
    m_table->setModel(m_proxy);
    connect(m_table, &QTableView::doubleClicked, this, &LettersView::previewLetter);

    m_details = richTextLabel(QStringLiteral("letterDetails"), this);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* actions = new QHBoxLayout;
    QPushButton* openCard = button(tr("Open C&ard"), nullptr);
    connect(openCard, &QPushButton::clicked, this, [this] {
        if (const IssuedLetter* letter = currentLetter()) {
            emit openCardRequested(letter->customerId);
        }
    });
    QPushButton* print = button(tr("&Print…"), &LettersView::printLetter);
    QPushButton* preview = button(tr("Pre&view…"), &LettersView::previewLetter);
    QPushButton* save = button(tr("Sav&e PDF…"), &LettersView::saveLetter);
    m_voidButton = button(tr("V&oid…"), &LettersView::voidLetter);
    m_reissueButton = button(tr("Void and Re&issue…"), &LettersView::voidAndReissue);
    m_letterButtons = {openCard, print, preview, save, m_voidButton, m_reissueButton};
    for (QPushButton* each : std::as_const(m_letterButtons)) {
        actions->addWidget(each);
    }
    actions->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_details);
    layout->addLayout(actions);
    updateButtons();
}

void LettersView::setDesk(const DeskContext& desk)
{
    if (m_desk.notifier) {
        disconnect(m_desk.notifier, nullptr, this, nullptr);
    }
    m_desk = desk;
    for (QPushButton* writing : std::as_const(m_writingButtons)) {
        enableForWriting(writing, m_desk);
    }
    delete m_model;
    m_model = new LetterRegisterModel(desk.db, this);
    m_proxy->setSourceModel(m_model);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &LettersView::updateButtons);
    if (m_desk.notifier) {
        // Letters are issued from cards and cases too; the register follows.
        connect(m_desk.notifier, &ChangeNotifier::customerChanged, this, &LettersView::reload);
        connect(m_desk.notifier, &ChangeNotifier::customersReset, this, &LettersView::reload);
    }
    reload();
    m_table->sortByColumn(LetterRegisterModel::NumberColumn, Qt::DescendingOrder);
}

void LettersView::reload()
{
    if (!m_model) {
        return;
    }
    const IssuedLetter* current = currentLetter();
    const qint64 keep = current ? current->id : 0;
    report(m_model->reload());
    m_table->resizeColumnsToContents();
    if (const int row = m_model->rowOf(keep); row >= 0) {
        m_table->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
    }
    updateButtons();
}

const IssuedLetter* LettersView::currentLetter() const
{
    if (!m_model) {
        return nullptr;
    }
    const QModelIndex index = m_proxy->mapToSource(m_table->currentIndex());
    return index.isValid() ? m_model->letterAt(index.row()) : nullptr;
}

void LettersView::updateButtons()
{
    const IssuedLetter* letter = currentLetter();
    for (QPushButton* each : std::as_const(m_letterButtons)) {
        each->setEnabled(letter != nullptr);
    }
    enableForWriting(m_voidButton, m_desk, letter && !letter->isVoid());
    enableForWriting(m_reissueButton, m_desk, letter && !letter->isVoid());
    if (!letter) {
        m_details->setText(tr("%n letter(s) in the register.", nullptr, m_model ? m_model->rowCount() : 0));
        return;
    }
    QStringList lines;
    lines << tr("<b>%1</b>, %2, template version %3, issued %4 by %5")
                 .arg(letter->number.toHtmlEscaped(),
                      labelOf(letter->kind).toHtmlEscaped(),
                      QString::number(letter->templateVersion),
                      QLocale().toString(letter->issuedAt.toLocalTime(), QLocale::ShortFormat),
                      letter->issuedByName.toHtmlEscaped());
    lines << tr("SHA-256 of the PDF: <tt>%1</tt>").arg(letter->sha256);
    if (!letter->checkOverride.isEmpty()) {
        lines << tr("Issued despite the politeness check: %1").arg(letter->checkOverride.toHtmlEscaped());
    }
    if (letter->isVoid()) {
        lines << tr("<b>Void</b> since %1 (%2): %3")
                     .arg(QLocale().toString(letter->voidedAt.toLocalTime(), QLocale::ShortFormat),
                          letter->voidedByName.toHtmlEscaped(),
                          letter->voidReason.toHtmlEscaped());
    }
    m_details->setText(lines.join(QLatin1String("<br>")));
}

void LettersView::report(const Status& status)
{
    if (!status) {
        emit message(status.errorString());
    }
}

void LettersView::newLetter()
{
    CustomerPickerDialog picker(m_desk, tr("New Letter"), tr("Whom is the letter to?"), this);
    if (picker.exec() != QDialog::Accepted || picker.chosenCustomer() <= 0) {
        return;
    }
    auto customer = CustomerRepository(m_desk.db).find(picker.chosenCustomer());
    if (!customer) {
        report(customer.error());
        return;
    }
    LetterDialog(m_desk, customer->id, customer->name, LetterKind::SupportReminder, std::nullopt, this).exec();
    reload();
}

void LettersView::remindOverAllowance()
{
    const QDate lastMonth = EconomicsService::monthStart(QDate::currentDate()).addMonths(-1);
    auto customers = LetterBatch::customersOverAllowance(m_desk.db, lastMonth);
    if (!customers) {
        report(customers.error());
        return;
    }
    const QString month =
        QLocale().standaloneMonthName(lastMonth.month()) + QLatin1Char(' ') + QString::number(lastMonth.year());
    if (customers->isEmpty()) {
        QMessageBox::information(
            this, tr("Support-Limit Reminders"), tr("Nobody went over their plan's support in %1.").arg(month));
        return;
    }
    const auto confirmed = QMessageBox::question(
        this,
        tr("Support-Limit Reminders"),
        tr("%n customer(s) went over their plan's support in %1. Issue the reminder to each, and save the PDF "
           "files in a folder you choose next?",
           nullptr,
           static_cast<int>(customers->size()))
            .arg(month));
    if (confirmed != QMessageBox::Yes) {
        return;
    }
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Folder for the Letters"), ExportFolder::folder());
    if (folder.isEmpty()) {
        return;
    }
    const auto actor = m_desk.actor();
    if (!actor) {
        emit message(chooseDeskOperatorFirst());
        return;
    }
    QProgressDialog progress(tr("Issuing reminders…"), tr("Stop"), 0, static_cast<int>(customers->size()), this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    LetterService letters(m_desk.db);
    LetterRequest request;
    request.kind = LetterKind::SupportReminder;
    const QDir target(folder);
    const QList<LetterOutcome> outcomes =
        LetterBatch(letters, *actor)
            .run(
                request,
                customers.value(),
                [&target](const IssuedLetter& letter, const QByteArray& pdf) -> Status {
                    if (Status written = FileOutput::write(target.filePath(letter.fileName()), pdf); !written) {
                        return makeError(Error::Code::Io,
                                         tr("Letter %1 is issued, but its file is not: %2")
                                             .arg(letter.number, written.errorString()));
                    }
                    return {};
                },
                [&progress](int done, int) {
                    progress.setValue(done);
                    return !progress.wasCanceled();
                });
    progress.reset();
    ExportFolder::remember(target.filePath(QStringLiteral("letters")));

    // The summary: what went out, what the check stopped and why, what failed.
    QStringList problems;
    CustomerRepository repository(m_desk.db);
    for (const LetterOutcome& outcome : outcomes) {
        if (outcome.issued() && outcome.delivered) {
            continue;
        }
        const auto customer = repository.find(outcome.customerId);
        const QString who = customer ? QStringLiteral("%1 (%2)").arg(customer->name, customer->contractNumber)
                                     : QString::number(outcome.customerId);
        problems << QStringLiteral("%1: %2").arg(who, outcome.error.message);
    }
    const int issued = LetterBatch::issuedCount(outcomes);
    const int blocked = LetterBatch::blockedCount(outcomes);
    const int notReached = static_cast<int>(customers->size() - outcomes.size());
    QMessageBox summary(this);
    summary.setWindowTitle(tr("Support-Limit Reminders"));
    summary.setIcon(problems.isEmpty() && notReached == 0 ? QMessageBox::Information : QMessageBox::Warning);
    summary.setText(tr("Issued: %1. Stopped by the politeness check: %2. Not issued for other reasons: %3. "
                       "Not reached (stopped): %4.")
                        .arg(issued)
                        .arg(blocked)
                        .arg(static_cast<int>(outcomes.size()) - issued - blocked)
                        .arg(notReached));
    summary.setInformativeText(tr("The PDF files are in %1.").arg(QDir::toNativeSeparators(folder)));
    if (!problems.isEmpty()) {
        summary.setDetailedText(problems.join(QLatin1Char('\n')));
    }
    summary.exec();
    reload();
}

void LettersView::printLetter()
{
    if (const IssuedLetter* letter = currentLetter()) {
        report(LetterOutput(m_desk.db).print(this, *letter));
    }
}

void LettersView::previewLetter()
{
    if (const IssuedLetter* letter = currentLetter()) {
        report(LetterOutput(m_desk.db).preview(this, *letter));
    }
}

void LettersView::saveLetter()
{
    if (const IssuedLetter* letter = currentLetter()) {
        report(LetterOutput(m_desk.db).savePdf(this, *letter));
    }
}

void LettersView::voidLetter()
{
    const IssuedLetter* letter = currentLetter();
    if (!letter || letter->isVoid()) {
        return;
    }
    const IssuedLetter chosen = *letter;
    ReasonDialog(
        tr("Void Letter %1").arg(chosen.number),
        tr("Why is the letter void? It stays in the register under its number, with the reason."),
        tr("&Void"),
        [this, chosen](const QString& reason) -> Status {
            const auto actor = m_desk.actor();
            if (!actor) {
                return makeError(Error::Code::Invalid, chooseDeskOperatorFirst());
            }
            return LetterService(m_desk.db, m_desk.notifier).voidLetter(*actor, chosen.id, reason);
        },
        this)
        .exec();
    reload();
}

void LettersView::voidAndReissue()
{
    const IssuedLetter* letter = currentLetter();
    if (!letter || letter->isVoid()) {
        return;
    }
    const IssuedLetter chosen = *letter;
    voidLetter();
    auto after = LetterService(m_desk.db).find(chosen.id);
    if (!after || !after->isVoid()) {
        return; // not voided: nothing to replace
    }
    LetterDialog dialog(m_desk, chosen.customerId, chosen.customerName, chosen.kind, chosen.caseStepId, this);
    dialog.setLanguage(chosen.language);
    dialog.setReplaces(chosen.id);
    dialog.exec();
    reload();
}

void LettersView::editTemplates()
{
    LetterTemplateDialog(m_desk, this).exec();
}

void LettersView::editLetterhead()
{
    LetterheadDialog(m_desk, this).exec();
}

} // namespace abonent
