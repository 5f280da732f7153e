#include "CustomerProblemPanel.h"

#include "CaseDialogs.h"
#include "FormSupport.h"
#include "IconLoader.h"
#include "LetterDialog.h"
#include "ProblemSettings.h"
#include "ProblemSummary.h"
#include "ReasonDialog.h"
#include "TagChips.h"
#include "TagPickerDialog.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace abonent {

namespace {

QLabel* richLabel(const QString& name, QWidget* parent)
{
    QLabel* label = richTextLabel(name, parent);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    return label;
}

} // namespace

CustomerProblemPanel::CustomerProblemPanel(const DeskContext& desk, qint64 customerId, QWidget* parent)
    : QWidget(parent)
    , m_desk(desk)
    , m_customerId(customerId)
{
    setObjectName(QStringLiteral("problemPanel"));
    m_chipRow = new QHBoxLayout;
    m_chipRow->setContentsMargins(0, 0, 0, 0);
    m_noTags = new QLabel(tr("No tags"), this);
    m_noTags->setEnabled(false);
    m_chipRow->addWidget(m_noTags);
    m_chipRow->addStretch();
    m_tagButton = new QPushButton(IconLoader::icon(QStringLiteral("tag")), tr("&Tag…"), this);
    m_tagButton->setObjectName(QStringLiteral("tagButton"));
    m_tagButton->setToolTip(tr("Tag this customer (Ctrl+T)"));
    connect(m_tagButton, &QPushButton::clicked, this, &CustomerProblemPanel::tagCustomer);
    enableForWriting(m_tagButton, m_desk);
    m_chipRow->addWidget(m_tagButton);

    m_guidance = richLabel(QStringLiteral("guidance"), this);
    m_facts = new QLabel(this);
    m_facts->setObjectName(QStringLiteral("indicators"));
    m_facts->setWordWrap(true);
    m_facts->setTextFormat(Qt::PlainText);
    m_facts->setToolTip(tr("What the pattern indicators see: facts, not labels"));
    m_suggestions = richLabel(QStringLiteral("suggestions"), this);
    connect(m_suggestions, &QLabel::linkActivated, this, [this](const QString& link) {
        tagFromSuggestion(link.section(QLatin1Char(':'), 1).toInt());
    });
    m_case = richLabel(QStringLiteral("caseStatus"), this);

    const auto caseButton = [this](const QString& text, void (CustomerProblemPanel::*slot)()) {
        auto* button = new QPushButton(text, this);
        connect(button, &QPushButton::clicked, this, slot);
        enableForWriting(button, m_desk);
        return button;
    };
    m_openCaseButton = caseButton(tr("&Open Case…"), &CustomerProblemPanel::openCase);
    m_nextStepButton = caseButton(tr("Ne&xt Step…"), &CustomerProblemPanel::nextStep);
    m_skipStepButton = caseButton(tr("S&kip Step…"), &CustomerProblemPanel::skipStep);
    m_closeCaseButton = caseButton(tr("Close as &Resolved…"), &CustomerProblemPanel::closeCase);
    m_letterButton = caseButton(tr("Ste&p Letter…"), &CustomerProblemPanel::stepLetter);
    m_letterButton->setObjectName(QStringLiteral("stepLetter"));
    m_letterButton->setToolTip(tr("Write the letter that goes out with the latest step"));
    auto* caseRow = new QHBoxLayout;
    caseRow->addWidget(m_case, 1);
    for (QPushButton* button :
         {m_letterButton, m_openCaseButton, m_nextStepButton, m_skipStepButton, m_closeCaseButton}) {
        caseRow->addWidget(button);
    }

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_chipRow);
    layout->addWidget(m_guidance);
    layout->addWidget(m_facts);
    layout->addWidget(m_suggestions);
    layout->addLayout(caseRow);
}

QList<QWidget*> CustomerProblemPanel::chips() const
{
    return m_chips;
}

void CustomerProblemPanel::reload(const QString& customerName, bool erased)
{
    m_customerName = customerName;
    m_erased = erased;
    enableForWriting(m_tagButton, m_desk, !erased);
    enableForWriting(m_openCaseButton, m_desk, !erased);
    auto read = ProblemSummaryReader(m_desk.db).read(m_customerId);
    if (!read) {
        emit message(read.errorString());
        return;
    }
    const ProblemSummary& summary = read.value();
    showTags(summary.tags);

    // Guidance of the problem tags: what the operator on the line should do.
    QStringList guidance;
    for (const ActiveTag& tag : summary.tags) {
        if (tag.tag.marksProblem && !tag.tag.guidance.isEmpty()) {
            guidance
                << QStringLiteral("<b>%1:</b> %2").arg(tag.tag.name.toHtmlEscaped(), tag.tag.guidance.toHtmlEscaped());
        }
    }
    m_guidance->setVisible(!guidance.isEmpty());
    m_guidance->setText(guidance.isEmpty() ? QString() : tr("Handling — %1").arg(guidance.join(QLatin1String("<br>"))));

    showFacts(summary.facts);
    // Suggestions: facts, never labels; a person decides.
    m_currentSuggestions = summary.suggestions;
    QStringList lines;
    for (qsizetype i = 0; i < m_currentSuggestions.size(); ++i) {
        const Suggestion& suggestion = m_currentSuggestions.at(i);
        lines << (suggestion.tagKey.isEmpty() || m_erased
                      ? suggestion.text.toHtmlEscaped()
                      : QStringLiteral("%1 <a href=\"suggest:%2\">%3</a>")
                            .arg(suggestion.text.toHtmlEscaped(), QString::number(i), tr("Tag…")));
    }
    m_suggestions->setVisible(!lines.isEmpty());
    m_suggestions->setText(lines.isEmpty() ? QString() : tr("Suggestions: %1").arg(lines.join(QLatin1String("<br>"))));
    m_openCase = summary.openCase;
    showCase(summary.nextStepDue);
}

void CustomerProblemPanel::showFacts(const CustomerIndicators& facts)
{
    const QLocale locale;
    QStringList parts {
        tr("incidents %1 in 30 days, %2 in 90").arg(facts.incidents30).arg(facts.incidents90),
        facts.peakContactsPerDay > 0
            ? tr("contacts %1 in 30 days, at most %2 a day").arg(facts.contacts30).arg(facts.peakContactsPerDay)
            : tr("no contacts in 30 days"),
        facts.supportIncluded && facts.includedMinutes > 0
            ? tr("support %1 min this month, %2 a month over 3 months, %3 included")
                  .arg(facts.minutesThisMonth)
                  .arg(facts.averageMinutes3)
                  .arg(facts.includedMinutes)
            : tr("support %1 min this month, %2 a month over 3 months")
                  .arg(facts.minutesThisMonth)
                  .arg(facts.averageMinutes3),
    };
    if (facts.cost3 && facts.revenue3) {
        parts << tr("3 months: cost %1, revenue %2").arg(facts.cost3->format(locale), facts.revenue3->format(locale));
    }
    m_facts->setText(tr("Indicators: %1").arg(parts.join(QStringLiteral(" · "))));
}

void CustomerProblemPanel::showTags(const QList<ActiveTag>& tags)
{
    // Later, not now: this may run while a chip's own click is being handled.
    for (QWidget* chip : std::as_const(m_chips)) {
        chip->hide();
        chip->deleteLater();
    }
    m_chips.clear();
    const QLocale locale;
    for (const ActiveTag& tag : tags) {
        auto* chip = new TagChip(tag.tag.name, tag.tag.colour, this);
        QString tip = tr("%1\nSet by %2, %3")
                          .arg(tag.assignment.reason.isEmpty() ? tag.tag.name : tag.assignment.reason,
                               tag.assignment.assignedByName,
                               locale.toString(tag.assignment.assignedAt.toLocalTime(), QLocale::ShortFormat));
        if (tag.assignment.expiresAt.isValid()) {
            tip += QLatin1Char('\n')
                + tr("Until %1")
                      .arg(locale.toString(tag.assignment.expiresAt.toLocalTime().date(), QLocale::ShortFormat));
        }
        chip->setToolTip(tip);
        connect(
            chip,
            &TagChip::activated,
            this,
            [this, tag, chip] {
                QMenu menu(this);
                QAction* remove = menu.addAction(tr("&Remove Tag…"));
                if (menu.exec(chip->mapToGlobal(chip->rect().bottomLeft())) == remove) {
                    removeTag(tag);
                }
            },
            Qt::QueuedConnection); // the chip's event handler returns before anything is reloaded
        m_chipRow->insertWidget(static_cast<int>(m_chips.size()), chip);
        m_chips.append(chip);
    }
    m_noTags->setVisible(m_chips.isEmpty());
}

void CustomerProblemPanel::showCase(const QDate& due)
{
    const bool hasCase = m_openCase.has_value();
    m_openCaseButton->setVisible(!hasCase);
    m_nextStepButton->setVisible(hasCase);
    m_skipStepButton->setVisible(hasCase);
    m_closeCaseButton->setVisible(hasCase);
    m_letterButton->setVisible(hasCase && stepWithoutLetter(*m_openCase));
    if (!hasCase) {
        m_case->setText(tr("No open case."));
        return;
    }
    const QLocale locale;
    const auto next = m_openCase->nextStep();
    QStringList taken;
    for (const CaseStepRecord& step : m_openCase->steps) {
        if (step.skipped) {
            taken << tr("%1 (skipped)").arg(labelOf(step.step));
        } else if (step.letterId) {
            taken << tr("%1 (letter %2)").arg(labelOf(step.step), step.letterNumber);
        } else {
            taken << labelOf(step.step);
        }
    }
    // A step past its day says so in red, not only by its date.
    const QString dueText = due.isValid() && due < QDate::currentDate()
        ? QStringLiteral("<span style=\"color: #c0392b;\"><b>%1</b></span>")
              .arg(tr("overdue since %1").arg(locale.toString(due, QLocale::ShortFormat)).toHtmlEscaped())
        : tr("due %1").arg(locale.toString(due, QLocale::ShortFormat)).toHtmlEscaped();
    m_case->setText(tr("<b>Case open</b> since %1: %2<br>Done: %3<br>Next: <b>%4</b>, %5")
                        .arg(locale.toString(m_openCase->openedAt.toLocalTime().date(), QLocale::ShortFormat),
                             m_openCase->reason.toHtmlEscaped(),
                             taken.isEmpty() ? tr("nothing yet") : taken.join(QLatin1String(", ")).toHtmlEscaped(),
                             next ? labelOf(*next).toHtmlEscaped() : QString(),
                             dueText));
    enableForWriting(m_skipStepButton, m_desk, next && *next != CaseStep::Terminated);
}

void CustomerProblemPanel::tagCustomer()
{
    if (!m_tagButton->isEnabled()) {
        return; // Ctrl+T on a card that takes no tags
    }
    TagPickerDialog(m_desk, m_customerId, m_customerName, TagPickerDialog::Mode::AssignNow, this).exec();
}

void CustomerProblemPanel::tagFromSuggestion(int index)
{
    if (index < 0 || index >= m_currentSuggestions.size()) {
        return;
    }
    const Suggestion& suggestion = m_currentSuggestions.at(index);
    auto tag = m_desk.tags->shippedTag(suggestion.tagKey);
    if (!tag) {
        emit message(tag.errorString());
        return;
    }
    TagPickerDialog picker(m_desk, m_customerId, m_customerName, TagPickerDialog::Mode::AssignNow, this);
    picker.preselect(tag->id, suggestion.evidence);
    picker.exec();
}

void CustomerProblemPanel::removeTag(const ActiveTag& tag)
{
    ReasonDialog(tr("Remove Tag — %1").arg(tag.tag.name),
                 tr("Why is \"%1\" removed? It was set because: %2").arg(tag.tag.name, tag.assignment.reason),
                 tr("&Remove Tag"),
                 asDesk([this, id = tag.assignment.id](const Actor& actor, const QString& reason) -> Status {
                     return m_desk.tags->remove(actor, id, reason);
                 }),
                 this)
        .exec();
}

ReasonDialog::Action CustomerProblemPanel::asDesk(std::function<Status(const Actor&, const QString&)> work) const
{
    return [this, work = std::move(work)](const QString& text) -> Status {
        const auto actor = m_desk.actor();
        if (!actor) {
            return makeError(Error::Code::Invalid, chooseDeskOperatorFirst());
        }
        return work(*actor, text);
    };
}

void CustomerProblemPanel::openCase()
{
    if (!m_openCaseButton->isEnabled()) {
        return; // asked from elsewhere (the review page) about a card that takes no case
    }
    ReasonDialog(tr("Open Case — %1").arg(m_customerName),
                 tr("Why is an escalation case opened? The steps follow: reminder of the support limits, an offer "
                    "of another plan or paid support, notice of termination, termination."),
                 tr("&Open Case"),
                 asDesk([this](const Actor& actor, const QString& reason) -> Status {
                     auto opened = m_desk.cases->open(actor, m_customerId, reason);
                     return opened ? Status() : Status(opened.error());
                 }),
                 this)
        .exec();
}

void CustomerProblemPanel::nextStep()
{
    if (!m_openCase) {
        return;
    }
    auto settings = ProblemSettings::load(m_desk.db);
    if (!settings) {
        emit message(settings.errorString());
        return;
    }
    const qint64 caseId = m_openCase->id;
    if (CaseStepDialog(m_desk, *m_openCase, m_customerName, settings.value(), this).exec() != QDialog::Accepted) {
        return;
    }
    auto escalation = m_desk.cases->find(caseId);
    if (escalation && !escalation->steps.isEmpty()) {
        offerLetter(escalation.value(), escalation->steps.last());
    }
}

const CaseStepRecord* CustomerProblemPanel::stepWithoutLetter(const EscalationCase& escalation)
{
    for (auto step = escalation.steps.crbegin(); step != escalation.steps.crend(); ++step) {
        if (!step->skipped) {
            return step->letterId ? nullptr : &*step;
        }
    }
    return nullptr;
}

void CustomerProblemPanel::offerLetter(const EscalationCase& escalation, const CaseStepRecord& step)
{
    if (step.skipped || step.letterId) {
        return;
    }
    const LetterKind kind = LetterService::kindFor(step.step);
    QMessageBox question(QMessageBox::Question,
                         tr("Letter for the Step"),
                         tr("The step \"%1\" is recorded. Write its letter now?").arg(labelOf(step.step)),
                         QMessageBox::Yes | QMessageBox::No,
                         this);
    question.setObjectName(QStringLiteral("letterQuestion"));
    question.setDefaultButton(QMessageBox::Yes);
    const int answer = question.exec();
    if (answer == QMessageBox::Yes) {
        LetterDialog(m_desk, escalation.customerId, m_customerName, kind, step.id, this).exec();
    }
}

void CustomerProblemPanel::stepLetter()
{
    if (!m_openCase) {
        return;
    }
    if (const CaseStepRecord* step = stepWithoutLetter(*m_openCase)) {
        LetterDialog(m_desk, m_customerId, m_customerName, LetterService::kindFor(step->step), step->id, this).exec();
    }
}

void CustomerProblemPanel::skipStep()
{
    const auto next = m_openCase ? m_openCase->nextStep() : std::nullopt;
    if (!next) {
        return;
    }
    ReasonDialog(
        tr("Skip Step — %1").arg(labelOf(*next)),
        tr("Why is \"%1\" skipped? The reason stays with the case.").arg(labelOf(*next)),
        tr("S&kip Step"),
        asDesk([this, caseId = m_openCase->id, step = *next](const Actor& actor, const QString& reason) -> Status {
            auto skipped = m_desk.cases->skipStep(actor, caseId, step, reason);
            return skipped ? Status() : Status(skipped.error());
        }),
        this)
        .exec();
}

void CustomerProblemPanel::closeCase()
{
    if (!m_openCase) {
        return;
    }
    ReasonDialog(tr("Close Case — %1").arg(m_customerName),
                 tr("How was the case resolved? A notice already given is withdrawn."),
                 tr("Close &Case"),
                 asDesk([this, caseId = m_openCase->id](const Actor& actor, const QString& note) -> Status {
                     return m_desk.cases->closeResolved(actor, caseId, note);
                 }),
                 this)
        .exec();
}

} // namespace abonent
