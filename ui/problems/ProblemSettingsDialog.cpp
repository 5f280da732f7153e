#include "ProblemSettingsDialog.h"

#include "CallRouting.h"
#include "ChangeNotifier.h"
#include "FormSupport.h"
#include "OperatorRepository.h"
#include "ProblemSettings.h"
#include "TagService.h"
#include "Transaction.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace abonent {

ProblemSettingsDialog::ProblemSettingsDialog(const DeskContext& desk, QWidget* parent)
    : QDialog(parent)
    , m_desk(desk)
{
    setObjectName(QStringLiteral("ProblemSettingsDialog"));
    setWindowTitle(tr("Problem Client Rules"));
    m_message = new FieldMessage(this);
    m_incidents30 = spin(1, 100, tr(" in 30 days"));
    m_incidents90 = spin(1, 300, tr(" in 90 days"));
    m_peak = spin(1, 100, tr(" on one day"));
    m_contacts30 = spin(1, 1000, tr(" in 30 days"));
    m_allowance = spin(100, 1000, tr("% of the allowance"));
    m_cost = spin(10, 1000, tr("% of revenue"));
    m_clause = new QLineEdit(this);
    m_noticeMonths = spin(1, 24, tr(" month(s)"));
    m_followUp = spin(1, 365, tr(" days"));

    auto* indicators = new QGroupBox(tr("Suggest a tag when a customer has"), this);
    auto* indicatorForm = new QFormLayout(indicators);
    indicatorForm->addRow(tr("&Incidents:"), m_incidents30);
    indicatorForm->addRow(tr("… or i&ncidents:"), m_incidents90);
    indicatorForm->addRow(tr("Con&tacts:"), m_peak);
    indicatorForm->addRow(tr("… or cont&acts:"), m_contacts30);
    indicatorForm->addRow(tr("Support &minutes, 3-month average:"), m_allowance);
    indicatorForm->addRow(tr("Support c&ost over 3 months:"), m_cost);
    auto* cases = new QGroupBox(tr("Escalation cases"), this);
    auto* caseForm = new QFormLayout(cases);
    caseForm->addRow(tr("Termination c&lause of the contract:"), m_clause);
    caseForm->addRow(tr("&Notice period:"), m_noticeMonths);
    caseForm->addRow(tr("Next step &due after:"), m_followUp);

    m_difficultTags = new QStandardItemModel(this);
    m_vipTags = new QStandardItemModel(this);
    m_calmOperators = new QStandardItemModel(this);
    auto* routing = new QGroupBox(tr("Routing before the phone rings (abonent agi)"), this);
    auto* routingLayout = new QHBoxLayout(routing);
    const QList<std::tuple<QStandardItemModel*, QString, QString>> lists {
        {m_difficultTags, QStringLiteral("difficultTags"), tr("&Difficult callers: tags")},
        {m_vipTags, QStringLiteral("vipTags"), tr("&VIP callers: tags")},
        {m_calmOperators, QStringLiteral("calmOperators"), tr("Take difficult &callers")},
    };
    for (const auto& [model, name, title] : lists) {
        auto* column = new QVBoxLayout;
        auto* label = new QLabel(title, routing);
        QListView* list = checkList(model, name);
        label->setBuddy(list);
        column->addWidget(label);
        column->addWidget(list);
        routingLayout->addLayout(column);
    }

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(indicators);
    layout->addWidget(cases);
    layout->addWidget(routing);
    layout->addWidget(m_message);
    addDialogButtons(this, layout, QDialogButtonBox::Save);

    auto settings = ProblemSettings::load(desk.db);
    if (!settings) {
        m_message->show(settings.errorString());
        return;
    }
    const IndicatorThresholds& thresholds = settings->thresholds;
    m_incidents30->setValue(thresholds.incidents30);
    m_incidents90->setValue(thresholds.incidents90);
    m_peak->setValue(thresholds.peakContactsPerDay);
    m_contacts30->setValue(thresholds.contacts30);
    m_allowance->setValue(thresholds.allowancePercent);
    m_cost->setValue(thresholds.costPercent);
    m_clause->setText(settings->terminationClause);
    m_noticeMonths->setValue(settings->noticeMonths);
    m_followUp->setValue(settings->followUpDays);
    loadRouting();
}

QListView* ProblemSettingsDialog::checkList(QStandardItemModel* model, const QString& name)
{
    auto* list = new QListView(this);
    list->setObjectName(name);
    list->setModel(model);
    list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    list->setMinimumHeight(list->fontMetrics().height() * 6);
    // Names wrap rather than hide behind a sideways scroll bar.
    list->setWordWrap(true);
    list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    list->setMinimumWidth(list->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 26);
    return list;
}

void ProblemSettingsDialog::loadRouting()
{
    auto rules = CallRouting::rules(m_desk.db);
    auto calm = CallRouting::calmOperators(m_desk.db);
    auto tags = TagService(m_desk.db).catalogue();
    auto operators = OperatorRepository(m_desk.db).all();
    if (!rules || !calm || !tags || !operators) {
        m_message->show(!rules      ? rules.errorString()
                            : !calm ? calm.errorString()
                            : !tags ? tags.errorString()
                                    : operators.errorString());
        return;
    }
    const auto add = [](QStandardItemModel* model, const QString& text, qint64 id, bool checked) {
        auto* item = new QStandardItem(text);
        item->setCheckable(true);
        item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
        item->setData(id);
        model->appendRow(item);
    };
    for (const Tag& tag : tags.value()) {
        // Until the office decides, every tag that marks a problem routes as difficult.
        add(m_difficultTags,
            tag.name,
            tag.id,
            rules->difficultTags ? rules->difficultTags->contains(tag.id) : tag.marksProblem);
        add(m_vipTags, tag.name, tag.id, rules->vipTags.contains(tag.id));
    }
    // Retired tags are not listed; whatever the rules say of them stays.
    QSet<qint64> listed;
    for (const Tag& tag : tags.value()) {
        listed.insert(tag.id);
    }
    m_unlistedDifficult = rules->difficultTags ? *rules->difficultTags - listed : QSet<qint64> {};
    m_unlistedVip = rules->vipTags - listed;
    for (const Operator& person : operators.value()) {
        if (person.active || calm->contains(person.id)) {
            add(m_calmOperators, person.name, person.id, calm->contains(person.id));
        }
    }
    m_routingLoaded = true;
    // Saved only when changed: untouched, "every problem tag" stays the rule,
    // so a problem tag added later routes as difficult too.
    for (QStandardItemModel* model : {m_difficultTags, m_vipTags, m_calmOperators}) {
        connect(model, &QStandardItemModel::itemChanged, this, [this] { m_routingChanged = true; });
    }
}

QSet<qint64> ProblemSettingsDialog::checkedIds(const QStandardItemModel* model)
{
    QSet<qint64> ids;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->item(row)->checkState() == Qt::Checked) {
            ids.insert(model->item(row)->data().toLongLong());
        }
    }
    return ids;
}

QSpinBox* ProblemSettingsDialog::spin(int minimum, int maximum, const QString& suffix)
{
    auto* box = new QSpinBox(this);
    box->setRange(minimum, maximum);
    box->setSuffix(suffix);
    return box;
}

void ProblemSettingsDialog::accept()
{
    const auto actor = m_desk.actor();
    if (!actor) {
        m_message->show(chooseDeskOperatorFirst());
        return;
    }
    ProblemSettings settings;
    settings.thresholds.incidents30 = m_incidents30->value();
    settings.thresholds.incidents90 = m_incidents90->value();
    settings.thresholds.peakContactsPerDay = m_peak->value();
    settings.thresholds.contacts30 = m_contacts30->value();
    settings.thresholds.allowancePercent = m_allowance->value();
    settings.thresholds.costPercent = m_cost->value();
    settings.terminationClause = m_clause->text();
    settings.noticeMonths = m_noticeMonths->value();
    settings.followUpDays = m_followUp->value();
    RoutingRules routing;
    routing.difficultTags = checkedIds(m_difficultTags) + m_unlistedDifficult;
    routing.vipTags = checkedIds(m_vipTags) + m_unlistedVip;
    // Both or neither: the indicators and the routing are one decision here.
    const Status saved = inTransaction(m_desk.db, [&]() -> Status {
        if (Status indicators = settings.save(*actor, m_desk.db); !indicators) {
            return indicators;
        }
        if (!m_routingLoaded || !m_routingChanged) {
            return Status {}; // what was not read or not changed is not rewritten
        }
        return CallRouting::saveRules(*actor, m_desk.db, routing, checkedIds(m_calmOperators));
    });
    if (!saved) {
        m_message->show(saved.errorString());
        return;
    }
    if (m_desk.notifier) {
        emit m_desk.notifier->catalogueChanged(); // cards and the review re-read their suggestions
    }
    QDialog::accept();
}

} // namespace abonent
