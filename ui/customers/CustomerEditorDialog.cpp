#include "CustomerEditorDialog.h"

#include "CustomerMerge.h"
#include "CustomerMergeDialog.h"
#include "CustomerRepository.h"
#include "CustomerService.h"
#include "FormSupport.h"
#include "PhoneNumber.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace abonent {

struct CustomerEditorDialog::PhoneRow
{
    QWidget* widget = nullptr;
    QLineEdit* number = nullptr;
    QLineEdit* label = nullptr;
    QLabel* result = nullptr;
    std::optional<PhoneNumber> parsed;
};

CustomerEditorDialog::CustomerEditorDialog(const DeskContext& desk, const QString& phone, QWidget* parent)
    : QDialog(parent)
    , m_desk(desk)
{
    setWindowTitle(tr("New Customer"));
    build();
    m_since->setDate(QDate::currentDate());
    addPhoneRow(phone);
    m_dirty = false;
    validate();
}

CustomerEditorDialog::CustomerEditorDialog(const DeskContext& desk, const Customer& customer, QWidget* parent)
    : QDialog(parent)
    , m_desk(desk)
    , m_customer(customer)
{
    setWindowTitle(tr("Edit Customer — %1").arg(customer.name));
    build();
    fill(customer);
    m_dirty = false;
    validate();
}

CustomerEditorDialog::~CustomerEditorDialog()
{
    // The rows' widgets are the dialog's children; the rows are not.
    qDeleteAll(m_phones);
}

void CustomerEditorDialog::build()
{
    setObjectName(QStringLiteral("CustomerEditorDialog"));
    auto* form = new QFormLayout;
    m_contract = new QLineEdit(this);
    m_contract->setObjectName(QStringLiteral("contract"));
    m_contractMessage = new FieldMessage(this);
    m_kind = new QComboBox(this);
    m_kind->addItem(labelOf(CustomerKind::Person), codeOf(CustomerKind::Person));
    m_kind->addItem(labelOf(CustomerKind::Company), codeOf(CustomerKind::Company));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("name"));
    m_nameMessage = new FieldMessage(this);
    m_address = new QLineEdit(this);
    m_address->setObjectName(QStringLiteral("address"));
    m_email = new QLineEdit(this);
    m_email->setObjectName(QStringLiteral("email"));
    m_emailMessage = new FieldMessage(this);
    m_since = new QDateEdit(this);
    m_since->setCalendarPopup(true);
    m_since->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    limitToSensibleDates(m_since, EnteredDates::Kind::ContractStart);

    form->addRow(tr("&Contract number:"), m_contract);
    form->addRow(QString(), m_contractMessage);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), m_nameMessage);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(QString(), m_emailMessage);
    form->addRow(tr("Customer &since:"), m_since);

    m_phoneLayout = new QVBoxLayout;
    m_phoneLayout->setContentsMargins(0, 0, 0, 0);
    auto* addPhone = new QPushButton(tr("Add &Phone"), this);
    connect(addPhone, &QPushButton::clicked, this, [this] {
        addPhoneRow().number->setFocus();
        markDirty();
    });
    m_phonesMessage = new FieldMessage(this);
    auto* phones = new QVBoxLayout;
    phones->addLayout(m_phoneLayout);
    phones->addWidget(m_phonesMessage);
    phones->addWidget(addPhone, 0, Qt::AlignLeft);
    form->addRow(tr("Phones:"), phones);

    m_saveMessage = new FieldMessage(this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CustomerEditorDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CustomerEditorDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_saveMessage);
    layout->addWidget(m_buttons);

    for (QLineEdit* edit : {m_contract, m_name, m_address, m_email}) {
        connect(edit, &QLineEdit::textEdited, this, &CustomerEditorDialog::markDirty);
    }
    connect(m_kind, &QComboBox::currentIndexChanged, this, &CustomerEditorDialog::markDirty);
    connect(m_since, &QDateEdit::dateChanged, this, &CustomerEditorDialog::markDirty);
    resize(560, sizeHint().height());
}

void CustomerEditorDialog::fill(const Customer& customer)
{
    m_contract->setText(customer.contractNumber);
    m_kind->setCurrentIndex(m_kind->findData(codeOf(customer.kind)));
    m_name->setText(customer.name);
    m_address->setText(customer.address);
    m_email->setText(customer.email);
    limitToSensibleDates(m_since, EnteredDates::Kind::ContractStart, customer.customerSince);
    m_since->setDate(customer.customerSince);
    for (const CustomerPhone& phone : customer.phones) {
        addPhoneRow(phone.raw, phone.label);
    }
    if (customer.phones.isEmpty()) {
        addPhoneRow();
    }
}

CustomerEditorDialog::PhoneRow& CustomerEditorDialog::addPhoneRow(const QString& number, const QString& label)
{
    auto* row = new PhoneRow;
    row->widget = new QWidget(this);
    row->number = new QLineEdit(number, row->widget);
    row->number->setObjectName(QStringLiteral("phone"));
    row->number->setPlaceholderText(tr("Number, as given"));
    row->label = new QLineEdit(label, row->widget);
    row->label->setPlaceholderText(tr("Label (home, office…)"));
    row->label->setMaximumWidth(160);
    row->result = new QLabel(row->widget);
    row->result->setObjectName(QStringLiteral("phoneResult"));
    row->result->setTextFormat(Qt::PlainText);
    auto* remove = new QToolButton(row->widget);
    remove->setText(QStringLiteral("✕"));
    remove->setToolTip(tr("Remove this number"));
    auto* line = new QHBoxLayout;
    line->addWidget(row->number, 2);
    line->addWidget(row->label, 1);
    line->addWidget(remove);
    auto* column = new QVBoxLayout(row->widget);
    column->setContentsMargins(0, 0, 0, 0);
    column->addLayout(line);
    column->addWidget(row->result);
    m_phoneLayout->addWidget(row->widget);
    m_phones.append(row);
    connect(row->number, &QLineEdit::textChanged, this, [this] { validate(); });
    connect(row->number, &QLineEdit::textEdited, this, &CustomerEditorDialog::markDirty);
    connect(row->label, &QLineEdit::textEdited, this, &CustomerEditorDialog::markDirty);
    connect(remove, &QToolButton::clicked, this, [this, row] {
        removePhoneRow(row);
        markDirty();
    });
    return *row;
}

void CustomerEditorDialog::removePhoneRow(PhoneRow* row)
{
    m_phones.removeOne(row);
    row->widget->deleteLater();
    delete row;
    validate();
}

void CustomerEditorDialog::markDirty()
{
    m_dirty = true;
    validate();
}

bool CustomerEditorDialog::validate()
{
    bool valid = true;
    QString contract = CustomerRepository::contractProblem(m_contract->text());
    if (contract.isEmpty()) {
        // Unique: looked up as it is typed (one indexed read).
        auto holder = CustomerRepository(m_desk.db).findByContract(m_contract->text());
        if (holder && holder->id != m_customer.id) {
            contract =
                tr("The contract number %1 is already used by %2.").arg(m_contract->text().trimmed(), holder->name);
        }
    }
    // A field nobody has touched yet does not shout.
    m_contractMessage->show(m_dirty || m_customer.id > 0 ? contract : QString());
    valid &= contract.isEmpty();
    const QString name = CustomerRepository::nameProblem(m_name->text());
    m_nameMessage->show(m_dirty || m_customer.id > 0 ? name : QString());
    valid &= name.isEmpty();
    const QString email = CustomerRepository::emailProblem(m_email->text());
    m_emailMessage->show(email);
    valid &= email.isEmpty();

    int recognised = 0;
    for (PhoneRow* row : std::as_const(m_phones)) {
        row->parsed.reset();
        if (row->number->text().trimmed().isEmpty()) {
            row->result->setText(QString());
            continue;
        }
        auto parsed = PhoneNumber::parse(row->number->text(), m_desk.defaultCountry);
        if (parsed) {
            row->result->setText(parsed->isAssigned()
                                     ? tr("✓ %1").arg(parsed->international())
                                     : tr("✓ %1 (not an assigned range; check it)").arg(parsed->international()));
            row->parsed = parsed.value();
            ++recognised;
        } else {
            row->result->setText(QStringLiteral("⚠ ") + parsed.errorString());
            valid = false;
        }
    }
    const QString phones = recognised == 0 ? tr("At least one phone number is required.") : QString();
    m_phonesMessage->show(m_dirty || m_customer.id > 0 ? phones : QString());
    valid &= phones.isEmpty();
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(valid);
    return valid;
}

Customer CustomerEditorDialog::collect() const
{
    Customer customer = m_customer;
    customer.contractNumber = m_contract->text().trimmed();
    customer.kind = fromCode<CustomerKind>(m_kind->currentData().toString()).value_or(CustomerKind::Person);
    customer.name = m_name->text().trimmed();
    customer.address = m_address->text().trimmed();
    customer.email = m_email->text().trimmed();
    customer.customerSince = m_since->date();
    customer.phones.clear();
    for (const PhoneRow* row : m_phones) {
        if (row->parsed) {
            customer.phones.append(CustomerPhone::from(*row->parsed, row->label->text().trimmed()));
        }
    }
    return customer;
}

void CustomerEditorDialog::accept()
{
    m_dirty = true; // show every message now
    if (!validate()) {
        return;
    }
    const auto actor = m_desk.actor();
    if (!actor) {
        m_saveMessage->show(chooseDeskOperatorFirst());
        return;
    }
    Customer customer = collect();
    Status saved;
    if (customer.id > 0) {
        saved = m_desk.customers->update(*actor, customer);
        // Saved at another desk meanwhile: both side by side, until one
        // merge saves (another desk may save again while this one decides).
        while (!saved && saved.error().code == Error::Code::Stale) {
            const auto merged = mergeWithTheirs(customer);
            if (!merged) {
                m_saveMessage->show(tr("Not saved yet: %1").arg(saved.errorString()));
                return;
            }
            customer = *merged;
            saved = m_desk.customers->update(*actor, customer);
        }
    } else {
        auto created = m_desk.customers->create(*actor, customer);
        saved = created ? Status() : Status(created.error());
        if (created) {
            m_customer.id = created.value();
        }
    }
    if (!saved) {
        m_saveMessage->show(saved.errorString());
        return;
    }
    m_dirty = false;
    QDialog::accept();
}

std::optional<Customer> CustomerEditorDialog::mergeWithTheirs(const Customer& mine)
{
    auto theirs = CustomerRepository(m_desk.db).find(m_customer.id);
    if (!theirs) {
        m_saveMessage->show(theirs.errorString());
        return std::nullopt;
    }
    // Merged against what the editor started from, which stays so until a
    // save goes through: a save that then fails (busy, server away) and is
    // tried again asks again, rather than writing the form over theirs.
    CustomerMerge merge(m_customer, theirs.value(), mine, m_desk.defaultCountry);
    CustomerMergeDialog dialog(&merge, theirs->name, this);
    if (dialog.exec() != QDialog::Accepted) {
        return std::nullopt;
    }
    return merge.merged();
}

void CustomerEditorDialog::reject()
{
    if (m_dirty) {
        const auto answer = QMessageBox::question(this,
                                                  windowTitle(),
                                                  tr("Discard the changes to this customer?"),
                                                  QMessageBox::Discard | QMessageBox::Cancel,
                                                  QMessageBox::Cancel);
        if (answer != QMessageBox::Discard) {
            return;
        }
    }
    QDialog::reject();
}

} // namespace abonent
