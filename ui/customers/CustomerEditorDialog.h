#pragma once

#include "DeskContext.h"
#include "Entities.h"

#include <QDialog>
#include <QList>

#include <optional>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QVBoxLayout;

namespace abonent {

class FieldMessage;

// Creates or edits a customer. Every field says what is wrong with it as it is
// typed (contract number required and unique, name required, e-mail shape,
// each phone read by PhoneNumber with the result shown); Save stays off until
// all is well. Closing with unsaved changes asks first.
class CustomerEditorDialog : public QDialog
{
    Q_OBJECT

public:
    // A new customer; `phone` may prefill the first number (a caller not yet known).
    CustomerEditorDialog(const DeskContext& desk, const QString& phone = {}, QWidget* parent = nullptr);
    // An existing one.
    CustomerEditorDialog(const DeskContext& desk, const Customer& customer, QWidget* parent = nullptr);
    ~CustomerEditorDialog() override;

    // The id of the customer saved, once accepted.
    qint64 customerId() const { return m_customer.id; }
    bool isDirty() const { return m_dirty; }

public slots:
    void accept() override;
    void reject() override;

private:
    struct PhoneRow;

    void build();
    void fill(const Customer& customer);
    PhoneRow& addPhoneRow(const QString& number = {}, const QString& label = {});
    void removePhoneRow(PhoneRow* row);
    void markDirty();
    // Re-checks every field and enables Save when all are fine.
    bool validate();
    Customer collect() const;
    // Asks how to merge `mine` with what another desk saved meanwhile: the
    // merged customer to save, or nothing when the person went back.
    std::optional<Customer> mergeWithTheirs(const Customer& mine);

    DeskContext m_desk;
    Customer m_customer;
    bool m_dirty = false;

    QLineEdit* m_contract = nullptr;
    FieldMessage* m_contractMessage = nullptr;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_name = nullptr;
    FieldMessage* m_nameMessage = nullptr;
    QLineEdit* m_address = nullptr;
    QLineEdit* m_email = nullptr;
    FieldMessage* m_emailMessage = nullptr;
    QDateEdit* m_since = nullptr;
    QVBoxLayout* m_phoneLayout = nullptr;
    FieldMessage* m_phonesMessage = nullptr;
    QList<PhoneRow*> m_phones;
    FieldMessage* m_saveMessage = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace abonent
