#include "OfficeDialogs.h"

#include "ChangeNotifier.h"
#include "FormSupport.h"
#include "OfficeSetup.h"
#include "OperatorService.h"
#include "OperatorTableModel.h"
#include "SignIn.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace abonent {

namespace {

// Every country Qt knows by its ISO code, named in the desk's language where
// Qt has that language for the country, in English otherwise.
void fillWithCountries(QComboBox* combo)
{
    const QLocale::Language language = QLocale().language();
    QMap<QString, QPair<QString, QString>> byName; // sorting key -> name, code
    for (int value = 1; value <= int(QLocale::LastTerritory); ++value) {
        const auto territory = static_cast<QLocale::Territory>(value);
        const QString code = QLocale::territoryToCode(territory);
        if (code.size() != 2 || !code.at(0).isLetter()) {
            continue; // regions such as "Latin America" have no two-letter code
        }
        const QLocale local(language, territory);
        QString name =
            local.territory() == territory && local.language() == language ? local.nativeTerritoryName() : QString();
        if (name.isEmpty()) {
            name = QLocale::territoryToString(territory);
        }
        name = QStringLiteral("%1 (%2)").arg(name, code);
        byName.insert(name.toLower(), {name, code});
    }
    for (const auto& [name, code] : std::as_const(byName)) {
        combo->addItem(name, code);
    }
}

// Every currency some locale uses, named in the desk's language where Qt
// has a name in it, in English otherwise.
void fillWithCurrencies(QComboBox* combo)
{
    const QLocale::Language language = QLocale().language();
    QMap<QString, QString> names;
    const auto locales = QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript, QLocale::AnyTerritory);
    for (const QLocale& locale : locales) {
        const QString code = locale.currencySymbol(QLocale::CurrencyIsoCode);
        if (code.size() != 3) {
            continue;
        }
        if (locale.language() == language || (locale.language() == QLocale::English && names.value(code).isEmpty())) {
            names.insert(code, locale.currencySymbol(QLocale::CurrencyDisplayName));
        } else if (!names.contains(code)) {
            names.insert(code, QString());
        }
    }
    for (auto it = names.cbegin(); it != names.cend(); ++it) {
        combo->addItem(it.value().isEmpty() ? it.key() : QStringLiteral("%1 — %2").arg(it.key(), it.value()), it.key());
    }
}

// What the person picked or typed: an entry as listed, its code, or the
// start of exactly one entry ("ukr", "uah"); empty when none fits.
QString chosenCode(const QComboBox* combo)
{
    const QString typed = combo->currentText().trimmed();
    if (const int exact = combo->findText(typed); exact >= 0) {
        return combo->itemData(exact).toString();
    }
    if (const int byCode = combo->findData(typed.toUpper()); byCode >= 0) {
        return combo->itemData(byCode).toString();
    }
    const int start = combo->findText(typed, Qt::MatchStartsWith);
    if (!typed.isEmpty() && start >= 0
        && combo->model()->match(combo->model()->index(0, 0), Qt::DisplayRole, typed, 2, Qt::MatchStartsWith).size()
            == 1) {
        return combo->itemData(start).toString();
    }
    return {};
}

void choose(QComboBox* combo, const QString& code)
{
    const int index = combo->findData(code);
    if (index >= 0) {
        combo->setCurrentIndex(index);
    }
}

} // namespace

OfficeDialog::OfficeDialog(const DeskContext& desk, QWidget* parent)
    : QDialog(parent)
    , m_desk(desk)
{
    setObjectName(QStringLiteral("OfficeDialog"));
    setWindowTitle(tr("Office"));
    m_country = new QComboBox(this);
    m_country->setObjectName(QStringLiteral("country"));
    fillWithCountries(m_country);
    choose(m_country, desk.defaultCountry);
    m_currency = new QComboBox(this);
    m_currency->setObjectName(QStringLiteral("currency"));
    fillWithCurrencies(m_currency);
    choose(m_currency, desk.currency);
    for (QComboBox* combo : {m_country, m_currency}) {
        // Typing a few letters finds the entry in a long list.
        combo->setEditable(true);
        combo->setInsertPolicy(QComboBox::NoInsert);
    }
    m_message = new FieldMessage(this);
    auto* form = new QFormLayout;
    form->addRow(tr("&Country:"), m_country);
    form->addRow(tr("C&urrency:"), m_currency);
    auto* note = new QLabel(tr("Phone numbers typed without a country code are read as this country's. The "
                               "currency is that of every plan and payment; it can change only while none is "
                               "recorded in another."),
                            this);
    note->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_message);
    addDialogButtons(this, layout, QDialogButtonBox::Save);
    enableForWriting(m_country, desk);
    enableForWriting(m_currency, desk);
    const auto progress = OfficeSetup(desk.db).progress();
    m_currencyFollowsCountry = progress.ok() && !progress->office;
    connect(m_country, &QComboBox::currentTextChanged, this, &OfficeDialog::followCountryWithCurrency);
    connect(m_currency, &QComboBox::activated, this, [this] { m_currencyFollowsCountry = false; });
    connect(m_currency->lineEdit(), &QLineEdit::textEdited, this, [this] { m_currencyFollowsCountry = false; });
    resize(520, sizeHint().height());
}

void OfficeDialog::followCountryWithCurrency()
{
    if (!m_currencyFollowsCountry) {
        return;
    }
    const QString code = chosenCode(m_country);
    if (code.isEmpty()) {
        return;
    }
    const QLocale local(QLocale::AnyLanguage, QLocale::codeToTerritory(code));
    if (QLocale::territoryToCode(local.territory()) == code) {
        choose(m_currency, local.currencySymbol(QLocale::CurrencyIsoCode));
    }
}

void OfficeDialog::accept()
{
    const QString country = chosenCode(m_country);
    const QString currency = chosenCode(m_currency);
    if (country.isEmpty() || currency.isEmpty()) {
        m_message->show(tr("Choose a country and a currency from the lists."));
        return;
    }
    const auto actor = m_desk.actor();
    if (!actor) {
        m_message->show(chooseDeskOperatorFirst());
        return;
    }
    if (Status saved = OfficeSetup(m_desk.db).setCountryAndCurrency(*actor, country, currency); !saved) {
        m_message->show(saved.errorString());
        return;
    }
    QDialog::accept();
}

PeopleDialog::PeopleDialog(const DeskContext& desk, QWidget* parent)
    : QDialog(parent)
    , m_desk(desk)
    , m_people(new OperatorTableModel(desk.db, this))
{
    setObjectName(QStringLiteral("PeopleDialog"));
    setWindowTitle(tr("People"));
    auto* explanation = new QLabel(tr("Everyone who records calls, tags or letters here. Operators take calls; "
                                      "managers also run the tag catalogue, cases, plans and rates; the owner "
                                      "also issues termination notices and decides who is who."),
                                   this);
    explanation->setWordWrap(true);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("people"));
    m_table->setModel(m_people);
    setUpReviewTable(m_table);
    m_table->setSortingEnabled(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_add = new QPushButton(tr("&Add Person…"), this);
    m_add->setObjectName(QStringLiteral("addPerson"));
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setObjectName(QStringLiteral("editPerson"));
    m_active = new QPushButton(this);
    m_active->setObjectName(QStringLiteral("personActive"));
    connect(m_add, &QPushButton::clicked, this, &PeopleDialog::addPerson);
    connect(m_edit, &QPushButton::clicked, this, &PeopleDialog::editPerson);
    connect(m_active, &QPushButton::clicked, this, &PeopleDialog::toggleActive);
    openRowsWithEnter(m_table);
    connect(m_table, &QTableView::activated, this, &PeopleDialog::editPerson);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &PeopleDialog::updateButtons);
    m_message = new FieldMessage(this);
    auto* buttons = new QHBoxLayout;
    for (QPushButton* button : {m_add, m_edit, m_active}) {
        buttons->addWidget(button);
    }
    buttons->addStretch();
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->button(QDialogButtonBox::Close)->setText(tr("&Close"));
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    if (!m_desk.onServer) {
        layout->addWidget(makeSignInSettings());
    }
    layout->addWidget(m_message);
    layout->addWidget(close);
    reloadAndSelect(0);
    resize(720, 420);
}

QWidget* PeopleDialog::makeSignInSettings()
{
    // On a server each person signs in with their own login instead.
    auto* box = new QGroupBox(tr("Signing in"), this);
    m_signIn = new QCheckBox(tr("Everyone &signs in with their passphrase (set each one with Edit…)"), box);
    m_signIn->setObjectName(QStringLiteral("signInRequired"));
    m_signIn->setChecked(SignIn(m_desk.db).required().value_or(false));
    m_lockMinutes = new QSpinBox(box);
    m_lockMinutes->setObjectName(QStringLiteral("lockMinutes"));
    m_lockMinutes->setRange(1, 24 * 60);
    m_lockMinutes->setSuffix(tr(" min"));
    m_lockMinutes->setValue(SignIn(m_desk.db).lockAfterMinutes().value_or(SignIn::kDefaultLockMinutes));
    auto* honest = new QLabel(tr("A passphrase guards what is done in Abonent and the names in the audit log. It "
                                 "does not hide the data: anyone who can copy the database file can read it."),
                              box);
    honest->setWordWrap(true);
    auto* form = new QFormLayout(box);
    form->addRow(m_signIn);
    form->addRow(tr("&Lock the window after:"), m_lockMinutes);
    form->addRow(honest);
    enableForWriting(m_signIn, m_desk);
    enableForWriting(m_lockMinutes, m_desk);
    connect(m_signIn, &QCheckBox::toggled, this, &PeopleDialog::setSignInRequired);
    connect(m_lockMinutes, &QSpinBox::editingFinished, this, &PeopleDialog::setLockMinutes);
    return box;
}

void PeopleDialog::setSignInRequired(bool required)
{
    const auto who = actor();
    Status changed = who ? SignIn(m_desk.db).setRequired(*who, required) : Status {};
    if (!who || !changed) {
        if (!changed) {
            m_message->show(changed.errorString());
        }
        const QSignalBlocker quiet(m_signIn);
        m_signIn->setChecked(!required);
        return;
    }
    m_message->show(required ? tr("From the next start, everyone signs in.")
                             : tr("From the next start, nobody needs to sign in."));
}

void PeopleDialog::setLockMinutes()
{
    const int before = SignIn(m_desk.db).lockAfterMinutes().value_or(SignIn::kDefaultLockMinutes);
    if (m_lockMinutes->value() == before) {
        return;
    }
    const auto who = actor();
    Status changed = who ? SignIn(m_desk.db).setLockAfterMinutes(*who, m_lockMinutes->value()) : Status {};
    if (!who || !changed) {
        if (!changed) {
            m_message->show(changed.errorString());
        }
        m_lockMinutes->setValue(before);
    }
}

std::optional<Actor> PeopleDialog::actor()
{
    const auto who = m_desk.actor();
    if (!who) {
        m_message->show(chooseDeskOperatorFirst());
    }
    return who;
}

void PeopleDialog::reloadAndSelect(qint64 operatorId)
{
    if (Status loaded = m_people->reload(); !loaded) {
        m_message->show(loaded.errorString());
    }
    fitColumns(m_table);
    if (m_people->rowCount() > 0) {
        m_table->setCurrentIndex(m_people->index(std::max(0, m_people->rowOf(operatorId)), 0));
    }
    updateButtons();
}

void PeopleDialog::updateButtons()
{
    const Operator* person = m_people->personAt(m_table->currentIndex().row());
    enableForWriting(m_add, m_desk);
    enableForWriting(m_edit, m_desk, person != nullptr);
    enableForWriting(m_active, m_desk, person != nullptr);
    m_active->setText(person && !person->active ? tr("&Back at Work") : tr("&Has Left"));
}

void PeopleDialog::addPerson()
{
    PersonDialog editor(m_desk, nullptr, this);
    if (editor.exec() == QDialog::Accepted) {
        m_message->clear();
        reloadAndSelect(editor.operatorId());
    }
}

void PeopleDialog::editPerson()
{
    const Operator* person = m_people->personAt(m_table->currentIndex().row());
    if (!person || m_desk.isReadOnly()) {
        return;
    }
    PersonDialog editor(m_desk, person, this);
    if (editor.exec() == QDialog::Accepted) {
        m_message->clear();
        reloadAndSelect(editor.operatorId());
    }
}

void PeopleDialog::toggleActive()
{
    const Operator* person = m_people->personAt(m_table->currentIndex().row());
    const auto who = person ? actor() : std::nullopt;
    if (!who) {
        return;
    }
    const qint64 id = person->id;
    if (Status changed = OperatorService(m_desk.db).setActive(*who, id, !person->active); !changed) {
        m_message->show(changed.errorString());
        return;
    }
    m_message->clear();
    reloadAndSelect(id);
}

PersonDialog::PersonDialog(const DeskContext& desk, const Operator* existing, QWidget* parent)
    : QDialog(parent)
    , m_desk(desk)
{
    setObjectName(QStringLiteral("PersonDialog"));
    if (existing) {
        m_person = *existing;
    } else {
        m_person.costPerHour = Money {0, desk.currency};
    }
    setWindowTitle(existing ? tr("Person — %1").arg(m_person.name) : tr("Add Person"));
    m_name = new QLineEdit(m_person.name, this);
    m_name->setObjectName(QStringLiteral("personName"));
    m_login = new QLineEdit(m_person.login, this);
    m_login->setObjectName(QStringLiteral("personLogin"));
    m_login->setReadOnly(existing != nullptr); // what the audit trail names them by
    m_login->setPlaceholderText(tr("Made from the name when left empty"));
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("personRole"));
    fillWithLabels<Role>(m_role);
    m_role->setCurrentIndex(m_role->findData(codeOf(m_person.role)));
    m_difficult = new QCheckBox(tr("&Takes difficult callers (calls from tagged customers are passed to them)"), this);
    m_difficult->setChecked(m_person.takesDifficultCallers);
    m_secret = new QLineEdit(this);
    m_secret->setObjectName(QStringLiteral("personSecret"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setPlaceholderText(existing ? tr("Unchanged when left empty") : tr("None when left empty"));
    m_message = new FieldMessage(this);
    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(QString(), m_difficult);
    form->addRow(desk.onServer ? tr("Server &password:") : tr("&Passphrase:"), m_secret);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    addDialogButtons(this, layout, QDialogButtonBox::Save);
}

void PersonDialog::accept()
{
    const auto actor = m_desk.actor();
    if (!actor) {
        m_message->show(chooseDeskOperatorFirst());
        return;
    }
    Operator person = m_person;
    person.name = m_name->text().trimmed();
    person.login = m_login->text().trimmed().isEmpty()
        ? person.name.toLower().simplified().replace(QLatin1Char(' '), QLatin1Char('.'))
        : m_login->text().trimmed();
    person.role = fromCode<Role>(m_role->currentData().toString()).value_or(Role::Operator);
    person.takesDifficultCallers = m_difficult->isChecked();
    const QString secret = m_secret->text();
    OperatorService service(m_desk.db);
    if (person.id == 0) {
        auto added = service.add(*actor, person, m_desk.onServer ? secret : QString());
        if (!added) {
            m_message->show(added.errorString());
            return;
        }
        m_person.id = added.value();
        m_person.login = person.login;
    } else if (Status edited = service.edit(*actor, person); !edited) {
        m_message->show(edited.errorString());
        return;
    }
    if (!secret.isEmpty() && (person.id != 0 || !m_desk.onServer)) {
        if (Status set = service.setSecret(*actor, m_person.id, secret); !set) {
            // The person is saved; only the passphrase is not.
            m_message->show(tr("Saved, but not the passphrase: %1").arg(set.errorString()));
            return;
        }
    }
    QDialog::accept();
}

} // namespace abonent
