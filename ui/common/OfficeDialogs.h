#pragma once

#include "DeskContext.h"
#include "Entities.h"

#include <QDialog>

class QCheckBox;
class QSpinBox;
class QComboBox;
class QLineEdit;
class QPushButton;
class QTableView;

namespace abonent {

class FieldMessage;
class OperatorTableModel;

// Settings ▸ Office: the country phone numbers without a country code
// belong to, and the currency the office keeps its money in.
class OfficeDialog : public QDialog
{
    Q_OBJECT

public:
    explicit OfficeDialog(const DeskContext& desk, QWidget* parent = nullptr);

public slots:
    void accept() override;

private:
    void followCountryWithCurrency();

    DeskContext m_desk;
    QComboBox* m_country = nullptr;
    QComboBox* m_currency = nullptr;
    FieldMessage* m_message = nullptr;
    // On the first set-up the currency follows the country picked, until
    // the person picks a currency of their own.
    bool m_currencyFollowsCountry = false;
};

// Settings ▸ People: who works at the office and in which role.
class PeopleDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PeopleDialog(const DeskContext& desk, QWidget* parent = nullptr);

private:
    void addPerson();
    void editPerson();
    void toggleActive();
    void updateButtons();
    void reloadAndSelect(qint64 operatorId);
    std::optional<Actor> actor();
    // On a desk's own file: whether people sign in, and when the window locks.
    QWidget* makeSignInSettings();
    void setSignInRequired(bool required);
    void setLockMinutes();

    DeskContext m_desk;
    OperatorTableModel* m_people = nullptr;
    QCheckBox* m_signIn = nullptr;
    QSpinBox* m_lockMinutes = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_active = nullptr;
    QPushButton* m_add = nullptr;
    FieldMessage* m_message = nullptr;
};

// One person's name, role and whether difficult callers go to them.
class PersonDialog : public QDialog
{
    Q_OBJECT

public:
    // `existing` null: someone new.
    PersonDialog(const DeskContext& desk, const Operator* existing, QWidget* parent = nullptr);

    qint64 operatorId() const { return m_person.id; }

public slots:
    void accept() override;

private:
    DeskContext m_desk;
    Operator m_person;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_login = nullptr;
    QComboBox* m_role = nullptr;
    QCheckBox* m_difficult = nullptr;
    // A passphrase on a file, a login's password on a server; empty keeps it.
    QLineEdit* m_secret = nullptr;
    FieldMessage* m_message = nullptr;
};

} // namespace abonent
