#pragma once

#include "Actor.h"

#include <QDialog>
#include <QSqlDatabase>

#include <optional>

class QLineEdit;

namespace abonent {

class FieldMessage;

// Where people sign in on a desk's own database: a login and a passphrase,
// checked by SignIn. Also the lock screen's question after the window was
// left alone: then it names who was signed in.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    // `login`: filled in (the person last signed in at this desk); `locked`:
    // the window locked itself, and says so.
    SignInDialog(QSqlDatabase db, const QString& login, bool locked, QWidget* parent = nullptr);

    std::optional<Actor> signedIn() const { return m_signedIn; }
    QString login() const;

public slots:
    void accept() override;

private:
    QSqlDatabase m_db;
    QLineEdit* m_login = nullptr;
    QLineEdit* m_passphrase = nullptr;
    FieldMessage* m_message = nullptr;
    std::optional<Actor> m_signedIn;
};

} // namespace abonent
