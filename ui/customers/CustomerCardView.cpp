#include "CustomerCardView.h"

#include "ArchiveDialog.h"
#include "CaseDialogs.h"
#include "CaseFile.h"
#include "ChangeNotifier.h"
#include "ContactDialog.h"
#include "CustomerCardReader.h"
#include "CustomerEconomicsChart.h"
#include "CustomerEditorDialog.h"
#include "CustomerProblemPanel.h"
#include "CustomerRepository.h"
#include "CustomerService.h"
#include "DeskSettings.h"
#include "FormSupport.h"
#include "IconLoader.h"
#include "LetterDialog.h"
#include "LetterOutput.h"
#include "NotesMergeDialog.h"
#include "OperatorRepository.h"
#include "PaymentDialog.h"
#include "PersonalDataActions.h"
#include "PlanChangeDialog.h"
#include "RecordingPlayer.h"
#include "StandardTimeline.h"
#include "TimelineIcons.h"
#include "TimelineModel.h"

#include <QApplication>
#include <QClipboard>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace abonent {

namespace {

QLabel* valueLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}

} // namespace

QString CustomerCardView::paidText(const CustomerCard& card, const QLocale& locale)
{
    if (card.netPaid.currency.isEmpty()) {
        return tr("Nothing yet");
    }
    const Money balance {std::abs(card.balanceMinor), card.netPaid.currency};
    return tr("%1 · last 12 months: %2")
        .arg(card.netPaid.format(locale),
             card.balanceMinor == 0      ? tr("settled")
                 : card.balanceMinor > 0 ? tr("%1 ahead").arg(balance.format(locale))
                                         : tr("%1 owed").arg(balance.format(locale)));
}

CustomerCardView::CustomerCardView(const DeskContext& desk, qint64 customerId, QWidget* parent)
    : QWidget(parent)
    , m_desk(desk)
    , m_customerId(customerId)
    , m_timeline(new TimelineModel(desk.db, standardTimelineSources(), this))
{
    setObjectName(QStringLiteral("CustomerCard"));
    build();
    if (m_desk.notifier) {
        connect(m_desk.notifier, &ChangeNotifier::customerChanged, this, [this](qint64 changed) {
            if (changed == m_customerId) {
                reload();
            }
        });
        connect(m_desk.notifier, &ChangeNotifier::customersReset, this, &CustomerCardView::reload);
        // Tag names and colours, thresholds: what the card shows about problems.
        connect(m_desk.notifier, &ChangeNotifier::catalogueChanged, this, &CustomerCardView::reload);
    }
    reload();
}

CustomerCardView::~CustomerCardView() = default;

void CustomerCardView::build()
{
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle = valueLabel(this);

    m_plan = valueLabel(this);
    m_phones = new QLabel(this);
    m_phones->setObjectName(QStringLiteral("phones"));
    m_phones->setTextFormat(Qt::RichText);
    m_phones->setToolTip(tr("Click a number to copy it"));
    connect(m_phones, &QLabel::linkActivated, this, [this](const QString& link) {
        QApplication::clipboard()->setText(link.mid(5)); // "copy:<number>"
        emit message(tr("Copied %1").arg(link.mid(5)));
    });
    m_address = valueLabel(this);
    m_email = valueLabel(this);
    m_since = valueLabel(this);
    m_paid = valueLabel(this);
    m_lastContact = valueLabel(this);
    m_meter = new QProgressBar(this);
    m_meter->setObjectName(QStringLiteral("allowanceMeter"));
    m_meter->setTextVisible(false);
    m_meter->setMaximumHeight(m_meter->fontMetrics().height());
    m_meterText = valueLabel(this);

    auto* facts = new QFormLayout;
    facts->addRow(tr("Plan:"), m_plan);
    facts->addRow(tr("Phones:"), m_phones);
    facts->addRow(tr("Address:"), m_address);
    facts->addRow(tr("E-mail:"), m_email);
    facts->addRow(tr("Customer since:"), m_since);
    facts->addRow(tr("Paid in total:"), m_paid);
    m_paid->setToolTip(tr("Received less refunds and compensation since the customer began; then how the last "
                          "twelve months' payments stand against what was charged for them: the plan's fee for "
                          "its days and paid support, less compensation."));
    facts->addRow(tr("Last contact:"), m_lastContact);
    auto* meterBox = new QHBoxLayout; // the figures beside the bar: one line less
    meterBox->addWidget(m_meter);
    meterBox->addWidget(m_meterText);
    facts->addRow(tr("Support this month:"), meterBox);

    auto* actions = new QHBoxLayout;
    const auto addAction = [&](const QString& text, const QString& icon, void (CustomerCardView::*slot)()) {
        auto* button = new QPushButton(IconLoader::icon(icon), text, this);
        if (slot) {
            connect(button, &QPushButton::clicked, this, slot);
        }
        actions->addWidget(button);
        return button;
    };
    m_personal = {addAction(tr("&New Contact…"), QStringLiteral("call-start"), &CustomerCardView::newContact),
                  addAction(tr("&Edit…"), QStringLiteral("document-edit"), &CustomerCardView::editCustomer)};
    for (QPushButton* writing :
         {m_personal.at(0),
          m_personal.at(1),
          addAction(tr("Chan&ge Plan…"), QStringLiteral("view-refresh"), &CustomerCardView::changePlan),
          addAction(tr("Pa&yment…"), QStringLiteral("wallet-open"), &CustomerCardView::addPayment)}) {
        enableForWriting(writing, m_desk);
    }
    m_personal << addAction(tr("&Write Letter…"), QStringLiteral("mail-send"), &CustomerCardView::writeLetter);
    QPushButton* caseFile = addAction(tr("C&ase File"), QStringLiteral("document-save"), nullptr);
    caseFile->setObjectName(QStringLiteral("caseFile"));
    caseFile->setToolTip(tr("Everything on record about this customer's case, for the owner or a lawyer"));
    auto* caseFileMenu = new QMenu(caseFile);
    caseFileMenu->addAction(tr("&Print…"), this, [this] { caseFileOut(true); });
    caseFileMenu->addAction(tr("&Save as PDF…"), this, [this] { caseFileOut(false); });
    caseFile->setMenu(caseFileMenu);
    m_leaves = addAction(tr("Customer &Leaves…"), QString(), &CustomerCardView::customerLeaves);
    m_archive = addAction(tr("Arch&ive…"), QString(), &CustomerCardView::archive);
    // The person's data on their request: all of it handed over, or erased.
    QPushButton* personalData = addAction(tr("Personal &Data"), QString(), nullptr);
    personalData->setObjectName(QStringLiteral("personalData"));
    personalData->setToolTip(tr("Everything held about this person, for their right of access; or its erasure "
                                "at their request"));
    auto* personalDataMenu = new QMenu(personalData);
    personalDataMenu->addAction(
        tr("&Save Person's Data…"), this, [this] { PersonalDataActions::save(this, m_desk, m_customerId); });
    m_erase = personalDataMenu->addAction(
        tr("&Erase Personal Data…"), this, [this] { PersonalDataActions::erase(this, m_desk, m_customerId); });
    m_erase->setObjectName(QStringLiteral("erasePersonalData"));
    personalData->setMenu(personalDataMenu);
    actions->addStretch();
    m_detailsToggle = new QToolButton(this);
    m_detailsToggle->setObjectName(QStringLiteral("detailsToggle"));
    m_detailsToggle->setCheckable(true);
    m_detailsToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    connect(m_detailsToggle, &QToolButton::toggled, this, &CustomerCardView::showDetails);
    actions->addWidget(m_detailsToggle);

    auto* proxy = new TimelineIcons(this);
    proxy->setSourceModel(m_timeline);
    m_timelineView = new QTableView(this);
    m_timelineView->setObjectName(QStringLiteral("timeline"));
    m_timelineView->setModel(proxy);
    m_timelineView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_timelineView->setWordWrap(false);
    m_timelineView->verticalHeader()->hide();
    m_timelineView->verticalHeader()->setDefaultSectionSize(m_timelineView->fontMetrics().height() + 8);
    m_timelineView->horizontalHeader()->setStretchLastSection(true);
    m_timelineView->setAlternatingRowColors(true);
    // Enter or a double click on a recorded call plays its recording.
    auto* player = new RecordingPlayer(m_desk.db, this);
    connect(player, &RecordingPlayer::message, this, &CustomerCardView::message);
    connect(m_timelineView, &QAbstractItemView::activated, player, [player](const QModelIndex& index) {
        if (const qint64 recording = index.data(TimelineModel::RecordingRole).toLongLong(); recording > 0) {
            player->play(recording);
        }
    });

    auto* notesBox = new QWidget(this);
    m_notes = new QPlainTextEdit(notesBox);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setTabChangesFocus(true);
    m_saveNotes = new QPushButton(tr("Sa&ve Notes"), notesBox);
    m_saveNotes->setEnabled(false);
    m_notes->setReadOnly(m_desk.isReadOnly());
    m_notesSaved = new QLabel(notesBox);
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
        enableForWriting(m_saveNotes, m_desk, m_notes->toPlainText() != m_savedNotes);
    });
    connect(m_saveNotes, &QPushButton::clicked, this, &CustomerCardView::saveNotes);
    auto* notesLayout = new QVBoxLayout(notesBox);
    notesLayout->addWidget(m_notes);
    auto* notesFooter = new QHBoxLayout;
    notesFooter->addWidget(m_notesSaved, 1);
    notesFooter->addWidget(m_saveNotes);
    notesLayout->addLayout(notesFooter);

    // Beside the facts, the notes or the economics: one at a time leaves the
    // timeline most of a small screen's height.
    m_economics = new CustomerEconomicsChart(m_desk, m_customerId, this);
    m_side = new QTabWidget(this);
    m_side->setObjectName(QStringLiteral("cardSide"));
    m_side->addTab(notesBox, tr("Notes"));
    m_side->addTab(m_economics, tr("Charged and Support Cost"));
    m_side->setCurrentIndex(DeskSettings::value(DeskSetting::CardSideTab).toInt());
    connect(m_side, &QTabWidget::currentChanged, this, [](int index) {
        DeskSettings::setValue(DeskSetting::CardSideTab, index);
    });
    auto* top = new QWidget(this);
    auto* topLayout = new QHBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(facts, 1);
    topLayout->addWidget(m_side, 1);
    // The details scroll rather than push the timeline off a small screen.
    m_details = new QScrollArea(this);
    m_details->setObjectName(QStringLiteral("cardDetails"));
    m_details->setWidget(top);
    m_details->setWidgetResizable(true);
    m_details->setFrameShape(QFrame::NoFrame);

    m_split = new QSplitter(Qt::Vertical, this);
    m_split->setObjectName(QStringLiteral("cardSplit"));
    m_split->addWidget(m_details);
    m_split->addWidget(m_timelineView);
    // A window resized shares its change: the timeline gets three parts of five.
    m_split->setStretchFactor(0, 2);
    m_split->setStretchFactor(1, 3);
    m_split->setCollapsible(1, false);
    // Every card opens with the details as tall as they were last dragged to in any card.
    connect(m_split, &QSplitter::splitterMoved, this, [this](int position) {
        DeskSettings::setValue(DeskSetting::CardSplit, position);
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addLayout(actions);
    m_problems = new CustomerProblemPanel(m_desk, m_customerId, this);
    connect(m_problems, &CustomerProblemPanel::message, this, &CustomerCardView::message);
    layout->addWidget(m_problems);
    layout->addWidget(m_split, 1);
    const bool shown = DeskSettings::value(DeskSetting::CardDetailsShown).toBool();
    m_detailsToggle->setChecked(shown);
    showDetails(shown); // toggled() does not fire when the state stays as it was
}

void CustomerCardView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_splitPlaced) {
        // Until someone drags it, the details take what they need, up to
        // two fifths; the timeline keeps the rest. Both need the height the
        // card has once it is laid out.
        m_splitPlaced = true;
        const int height = m_split->height();
        const int dragged = DeskSettings::value(DeskSetting::CardSplit).toInt();
        const int details = dragged > 0 ? std::min(dragged, height - m_timelineView->minimumSizeHint().height())
                                        : std::min(m_details->widget()->sizeHint().height(), height * 2 / 5);
        m_split->setSizes({details, height - details});
    }
}

void CustomerCardView::showDetails(bool shown)
{
    m_details->setVisible(shown);
    m_detailsToggle->setArrowType(shown ? Qt::UpArrow : Qt::DownArrow);
    m_detailsToggle->setToolTip(shown ? tr("Hide the details: the timeline takes the card (Ctrl+D)")
                                      : tr("Show the details again (Ctrl+D)"));
    if (shown != DeskSettings::value(DeskSetting::CardDetailsShown).toBool()) {
        DeskSettings::setValue(DeskSetting::CardDetailsShown, shown);
    }
}

void CustomerCardView::reload()
{
    auto read = CustomerCardReader(m_desk.db).read(m_customerId);
    if (!read) {
        m_title->setText(tr("This customer cannot be shown"));
        m_subtitle->setText(read.errorString());
        return;
    }
    const auto& data = read.value();
    const Customer& customer = data.customer;
    const QLocale locale;
    if (m_economics) {
        m_economics->reload();
    }
    m_name = customer.name;
    m_title->setText(customer.name);
    m_subtitle->setText(customer.isErased()
                            ? tr("Contract %1 · %2 · %3 · personal data erased on %4")
                                  .arg(customer.contractNumber,
                                       labelOf(customer.status),
                                       labelOf(customer.kind),
                                       locale.toString(customer.erasedAt.toLocalTime().date(), QLocale::ShortFormat))
                            : tr("Contract %1 · %2 · %3")
                                  .arg(customer.contractNumber, labelOf(customer.status), labelOf(customer.kind)));
    if (data.plan) {
        const Plan& plan = *data.plan;
        m_plan->setText(plan.supportIncluded ? tr("%1 — %2 a month, %n minute(s) of support included, since %3",
                                                  nullptr,
                                                  plan.includedSupportMinutes)
                                                   .arg(plan.name,
                                                        plan.monthlyFee.format(locale),
                                                        locale.toString(data.planSince, QLocale::ShortFormat))
                                             : tr("%1 — %2 a month, support not included, since %3")
                                                   .arg(plan.name,
                                                        plan.monthlyFee.format(locale),
                                                        locale.toString(data.planSince, QLocale::ShortFormat)));
    } else {
        m_plan->setText(tr("No plan in force"));
    }
    QStringList phones;
    for (const CustomerPhone& phone : customer.phones) {
        QString shown = phone.shownIn(m_desk.defaultCountry).toHtmlEscaped();
        if (!phone.label.isEmpty()) {
            shown += QLatin1String(" (") + phone.label.toHtmlEscaped() + QLatin1Char(')');
        }
        phones << QStringLiteral("<a href=\"copy:%1\">%2</a>").arg(phone.e164.toHtmlEscaped(), shown);
    }
    m_phones->setText(phones.join(QLatin1String(", ")));
    m_address->setText(customer.address);
    m_email->setText(customer.email);
    m_since->setText(locale.toString(customer.customerSince, QLocale::LongFormat));
    m_paid->setText(paidText(data, locale));
    m_lastContact->setText(
        customer.lastContactAt.isValid()
            ? (data.lastOperatorName.isEmpty()
                   ? locale.toString(customer.lastContactAt.toLocalTime(), QLocale::ShortFormat)
                   : tr("%1, with %2")
                         .arg(locale.toString(customer.lastContactAt.toLocalTime(), QLocale::ShortFormat),
                              data.lastOperatorName))
            : tr("None yet"));

    // The allowance meter: minutes of calls and chats this month against the plan's.
    const int used = data.minutesThisMonth();
    const int included = data.plan && data.plan->supportIncluded ? data.plan->includedSupportMinutes : 0;
    m_meter->setVisible(included > 0);
    m_meter->setRange(0, std::max(1, included));
    m_meter->setValue(std::min(used, std::max(1, included)));
    // Near the allowance the bar turns amber, past it red, as the text says.
    QPalette meterColours = m_meter->style()->standardPalette();
    if (included > 0 && used > included) {
        meterColours.setColor(QPalette::Highlight, QColor(0xc0, 0x39, 0x2b));
    } else if (included > 0 && used * 10 >= included * 8) {
        meterColours.setColor(QPalette::Highlight, QColor(0xe6, 0x7e, 0x22));
    }
    m_meter->setPalette(meterColours);
    if (included > 0) {
        m_meterText->setText(
            used > included
                ? tr("%1 of %2 min used — %3 min over the allowance").arg(used).arg(included).arg(used - included)
                : tr("%1 of %2 min used").arg(used).arg(included));
    } else {
        m_meterText->setText(tr("%1 min used; the plan includes no support").arg(used));
    }

    // What someone is typing stays, and stays based on the notes it started from.
    const bool writing = hasUnsavedNotes();
    if (!writing) {
        m_notes->setPlainText(customer.notes);
        m_savedNotes = customer.notes;
        m_notesVersion = customer.notesVersion;
    }
    enableForWriting(m_saveNotes, m_desk, m_notes->toPlainText() != m_savedNotes);
    const QString savedBy = customer.notesUpdatedAt.isValid()
        ? tr("Saved by %1, %2")
              .arg(data.notesUpdatedByName.isEmpty() ? tr("someone") : data.notesUpdatedByName,
                   locale.toString(customer.notesUpdatedAt.toLocalTime(), QLocale::ShortFormat))
        : QString();
    m_notesSaved->setText(writing && customer.notesVersion != m_notesVersion
                              ? tr("%1 — since you began writing; saving shows both.").arg(savedBy)
                              : savedBy);
    enableForWriting(m_archive, m_desk, customer.status != CustomerStatus::Archived);
    // Nothing new about an erased person: no contact, edit, letter or notes.
    for (QPushButton* personal : std::as_const(m_personal)) {
        enableForWriting(personal, m_desk, !customer.isErased());
    }
    enableForWriting(m_erase, m_desk, !customer.isErased());
    m_notes->setReadOnly(m_desk.isReadOnly() || customer.isErased());
    m_status = customer.status;
    enableForWriting(
        m_leaves, m_desk, customer.status != CustomerStatus::Archived && customer.status != CustomerStatus::Terminated);
    m_problems->reload(customer.name, customer.isErased());

    if (const Status loaded = m_timeline->load(m_customerId); !loaded) {
        emit message(loaded.errorString());
    }
    m_timelineView->resizeColumnsToContents();
    emit titleChanged(customer.name);
}

bool CustomerCardView::hasUnsavedNotes() const
{
    return m_notes->toPlainText() != m_savedNotes;
}

void CustomerCardView::saveNotes()
{
    const auto actor = m_desk.actor();
    if (!actor) {
        emit message(chooseDeskOperatorFirst());
        return;
    }
    QString text = m_notes->toPlainText();
    Status saved = m_desk.customers->saveNotes(*actor, m_customerId, text, m_notesVersion);
    // Saved at another desk meanwhile: theirs beside this desk's, until one save goes through.
    while (!saved && saved.error().code == Error::Code::Stale) {
        const auto theirs = freshCustomer();
        if (!theirs) {
            return;
        }
        NotesMergeDialog merge(theirs->notes, notesSavedBy(*theirs), text, this);
        const int outcome = merge.exec();
        if (outcome == NotesMergeDialog::UseTheirs) {
            m_notes->setPlainText(theirs->notes);
            m_savedNotes = theirs->notes;
            reload();
            emit message(tr("The notes saved at the other desk are kept; your text was dropped."));
            return;
        }
        if (outcome != NotesMergeDialog::SaveYours) {
            m_notes->setPlainText(merge.yours()); // with what was changed in the dialog
            emit message(tr("Your notes are not saved yet."));
            return;
        }
        text = merge.yours();
        m_notes->setPlainText(text);
        saved = m_desk.customers->saveNotes(*actor, m_customerId, text, theirs->notesVersion);
    }
    if (!saved) {
        emit message(tr("The notes were not saved: %1").arg(saved.errorString()));
        return;
    }
    m_savedNotes = text;
    reload();
    emit message(tr("Notes saved"));
}

QString CustomerCardView::notesSavedBy(const Customer& customer) const
{
    QString who;
    if (customer.notesUpdatedBy) {
        if (auto person = OperatorRepository(m_desk.db).find(*customer.notesUpdatedBy)) {
            who = person->name;
        }
    }
    return tr("Saved by %1, %2:")
        .arg(who.isEmpty() ? tr("someone") : who,
             QLocale().toString(customer.notesUpdatedAt.toLocalTime(), QLocale::ShortFormat));
}

std::optional<Customer> CustomerCardView::freshCustomer()
{
    // The dialogs start from the customer as stored now, not as last shown.
    auto customer = CustomerRepository(m_desk.db).find(m_customerId);
    if (!customer) {
        emit message(customer.errorString());
        return std::nullopt;
    }
    return customer.value();
}

void CustomerCardView::editCustomer()
{
    if (const auto customer = freshCustomer()) {
        CustomerEditorDialog(m_desk, *customer, this).exec();
    }
}

void CustomerCardView::newContact()
{
    ContactDialog(m_desk, m_customerId, m_name, this).exec();
}

void CustomerCardView::changePlan()
{
    if (const auto customer = freshCustomer()) {
        PlanChangeDialog(m_desk, *customer, this).exec();
    }
}

void CustomerCardView::addPayment()
{
    if (const auto customer = freshCustomer()) {
        PaymentDialog(m_desk, *customer, this).exec();
    }
}

void CustomerCardView::tagCustomer()
{
    m_problems->tagCustomer();
}

void CustomerCardView::customerLeaves()
{
    DepartureDialog(m_desk, m_customerId, m_name, this).exec();
}

void CustomerCardView::writeLetter()
{
    LetterDialog(m_desk, m_customerId, m_name, LetterKind::SupportReminder, std::nullopt, this).exec();
}

void CustomerCardView::caseFileOut(bool print)
{
    // The last twelve months, or back to the first case if it began earlier.
    QDate from = QDate::currentDate().addYears(-1);
    if (auto cases = m_desk.cases->casesOf(m_customerId); cases && !cases->isEmpty()) {
        from = std::min(from, cases->last().openedAt.toLocalTime().date().addMonths(-3));
    }
    const CaseFile file(m_desk.db);
    auto title = file.title(m_customerId);
    Status done;
    if (print) {
        auto html = file.html(m_customerId, from);
        done = html ? LetterOutput::printDocument(this, html.value(), CaseFile::pdfOptions(title.value_or(QString())))
                    : Status(html.error());
    } else {
        auto pdf = file.pdf(m_customerId, from);
        const auto customer = freshCustomer();
        const QString contract = customer ? customer->contractNumber : QString::number(m_customerId);
        if (pdf) {
            LetterOutput::saveDocument(
                this,
                pdf.value(),
                QStringLiteral("case-file-%1.pdf").arg(QString(contract).replace(QLatin1Char('/'), QLatin1Char('-'))));
        } else {
            done = pdf.error();
        }
    }
    if (!done) {
        QMessageBox::warning(this, tr("Case File"), done.errorString());
    }
}

void CustomerCardView::archive()
{
    if (const auto customer = freshCustomer()) {
        ArchiveDialog(m_desk, *customer, this).exec();
    }
}

} // namespace abonent
