#include "SetupChecklist.h"

#include "FormSupport.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace abonent {

SetupChecklist::SetupChecklist(QWidget* parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("setupChecklist"));
    setFrameShape(QFrame::StyledPanel);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("setupTitle"));
    auto* grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    m_office = addRow(grid,
                      0,
                      tr("Country and currency"),
                      tr("Where phone numbers belong and what money is kept in."),
                      tr("&Office…"));
    m_letterhead = addRow(grid,
                          1,
                          tr("Company and letterhead"),
                          tr("The name, address and signatory letters carry (the owner sets it)."),
                          tr("Letterhea&d…"));
    m_plans = addRow(
        grid, 2, tr("Plans"), tr("What customers pay each month and how much support is included."), tr("&Plans…"));
    m_people = addRow(grid,
                      3,
                      tr("People and roles"),
                      tr("Operators, managers and the owner; a one-person office just confirms it."),
                      tr("Peop&le…"));
    m_supportCost = addRow(grid,
                           4,
                           tr("Support cost"),
                           tr("What an hour of your people's time costs, so the economics set support against "
                              "revenue."),
                           tr("Suppor&t Cost…"));
    m_customers = addRow(grid,
                         5,
                         tr("Customers"),
                         tr("Bring them in from the old system or a spreadsheet, or start with none."),
                         tr("&Import Customers…"));
    m_office.button->setObjectName(QStringLiteral("setupOffice"));
    m_letterhead.button->setObjectName(QStringLiteral("setupLetterhead"));
    m_plans.button->setObjectName(QStringLiteral("setupPlans"));
    m_people.button->setObjectName(QStringLiteral("setupPeople"));
    m_supportCost.button->setObjectName(QStringLiteral("setupSupportCost"));
    m_customers.button->setObjectName(QStringLiteral("setupImport"));
    m_startEmpty = new QPushButton(tr("Start &Empty"), this);
    m_startEmpty->setObjectName(QStringLiteral("startEmpty"));
    grid->addWidget(m_startEmpty, 5, 3);
    connect(m_office.button, &QPushButton::clicked, this, [this] { emit stepRequested(Step::Office); });
    connect(m_letterhead.button, &QPushButton::clicked, this, [this] { emit stepRequested(Step::Letterhead); });
    connect(m_plans.button, &QPushButton::clicked, this, [this] { emit stepRequested(Step::Plans); });
    connect(m_people.button, &QPushButton::clicked, this, [this] { emit stepRequested(Step::People); });
    connect(m_supportCost.button, &QPushButton::clicked, this, [this] { emit stepRequested(Step::SupportCost); });
    connect(m_customers.button, &QPushButton::clicked, this, [this] { emit stepRequested(Step::Import); });
    connect(m_startEmpty, &QPushButton::clicked, this, &SetupChecklist::startEmpty);

    m_message = new FieldMessage(this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(grid);
    layout->addWidget(m_message);
    hide();
}

SetupChecklist::Row
SetupChecklist::addRow(QGridLayout* grid, int row, const QString& title, const QString& detail, const QString& button)
{
    Row added;
    added.mark = new QLabel(this);
    added.text = new QLabel(QStringLiteral("<b>%1</b><br>%2").arg(title.toHtmlEscaped(), detail.toHtmlEscaped()), this);
    added.text->setWordWrap(true);
    added.button = new QPushButton(button, this);
    grid->addWidget(added.mark, row, 0, Qt::AlignTop);
    grid->addWidget(added.text, row, 1);
    grid->addWidget(added.button, row, 2);
    return added;
}

void SetupChecklist::showDone(const Row& row, bool done)
{
    const QStyle::StandardPixmap icon = done ? QStyle::SP_DialogApplyButton : QStyle::SP_ArrowRight;
    const int size = row.mark->style()->pixelMetric(QStyle::PM_SmallIconSize);
    row.mark->setPixmap(row.mark->style()->standardIcon(icon).pixmap(size, size));
    // Said in words too, for screen readers and for a style whose icons look alike.
    row.mark->setAccessibleName(done ? tr("Done") : tr("To do"));
    row.mark->setToolTip(row.mark->accessibleName());
}

void SetupChecklist::setDesk(const DeskContext& desk)
{
    m_desk = desk;
    m_finished = false;
    refresh();
}

void SetupChecklist::refresh()
{
    // Once it has no reason to show it stays away: every recorded contact
    // need not ask again.
    if (m_finished || !m_desk.db.isValid()) {
        hide();
        return;
    }
    OfficeSetup setup(m_desk.db);
    auto progress = setup.progress();
    if (!progress || !progress->shows()) {
        // Finished, or a database that came with customers: either stays so.
        m_finished = progress.ok();
        hide();
        return;
    }
    if (m_desk.isReadOnly()) {
        hide(); // nothing here could be done
        return;
    }
    // Remembered as office settings; were that to fail, the list would only
    // show again, so it is not worth stopping anyone for.
    if (!progress->started) {
        (void)setup.markStarted();
    }
    if (progress->allDone()) {
        (void)setup.markFinished();
        m_finished = true;
        hide();
        emit finished();
        return;
    }
    m_title->setText(tr("<b>Setting up the office</b> — %1 of %2 steps done. Each can be changed later in "
                        "Settings.")
                         .arg(progress->doneCount())
                         .arg(SetupProgress::kSteps));
    showDone(m_office, progress->office);
    showDone(m_letterhead, progress->letterhead);
    showDone(m_plans, progress->plans);
    showDone(m_people, progress->people);
    showDone(m_supportCost, progress->supportCost);
    showDone(m_customers, progress->customers);
    m_startEmpty->setVisible(!progress->customers);
    show();
}

void SetupChecklist::startEmpty()
{
    const auto actor = m_desk.actor ? m_desk.actor() : std::nullopt;
    if (!actor) {
        m_message->show(chooseDeskOperatorFirst());
        return;
    }
    if (Status started = OfficeSetup(m_desk.db).startEmpty(*actor); !started) {
        m_message->show(started.errorString());
        return;
    }
    m_message->clear();
    refresh();
}

} // namespace abonent
