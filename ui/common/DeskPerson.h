#pragma once

#include "Actor.h"
#include "DeskContext.h"
#include "Entities.h"

#include <QObject>
#include <QPointer>
#include <QSqlDatabase>
#include <QTimer>

#include <chrono>
#include <optional>

class QWidget;

namespace abonent {

// Who is at this desk, and so whose name goes on what is recorded here.
// - On a desk's own file without passphrases, the person says who they are
//   (chosen once, remembered per database).
// - Once the owner requires sign-in there, the person signs in with their
//   passphrase, nothing is remembered between starts, and the window locks
//   after the office's idle time.
// - On a server, it is the person whose login the connection signed in with;
//   only the administrator's login (nobody's) still chooses.
class DeskPerson : public QObject
{
    Q_OBJECT

public:
    // `window` parents what is asked and is covered while locked.
    explicit DeskPerson(QWidget* window, QObject* parent = nullptr);
    ~DeskPerson() override;

    // The desk's database; `rememberKey` is the QSettings key of the person
    // chosen for it.
    void setDesk(const DeskContext& desk, const QString& rememberKey);
    std::optional<Operator> current() const { return m_person; }
    bool signsIn() const { return m_signsIn; }
    bool isLocked() const { return m_locked; }

    // Who records a change: asked the first time, over `asking`; nothing when
    // they would not say (or could not sign in).
    std::optional<Actor> actor(QWidget* asking);
    // Another person takes the desk (the status bar's link).
    void change(QWidget* asking);
    // How long nobody may touch the program before it locks (the office's
    // setting; tests shorten it).
    void setIdleLimit(std::chrono::milliseconds limit);

signals:
    void personChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void choose(QWidget* asking);
    bool signIn(QWidget* asking, bool locked);
    void lock();

    QPointer<QWidget> m_window;
    DeskContext m_desk;
    QString m_rememberKey;
    std::optional<Operator> m_person;
    bool m_signsIn = false;
    bool m_onServerAsThemselves = false;
    bool m_locked = false;
    QTimer m_idle;
};

} // namespace abonent
