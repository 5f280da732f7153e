#include "DeskPerson.h"

#include "DeskOperatorDialog.h"
#include "OperatorRepository.h"
#include "ServerLogins.h"
#include "SignIn.h"
#include "SignInDialog.h"

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QVBoxLayout>
#include <QWidget>

namespace abonent {

namespace {

// Covers a window while the desk is locked: what it shows stays hidden, what
// was typed in it stays where it was.
class LockCover : public QWidget
{
public:
    explicit LockCover(QWidget* window)
        : QWidget(window)
    {
        setObjectName(QStringLiteral("lockCover"));
        setAutoFillBackground(true);
        auto* said = new QLabel(DeskPerson::tr("Locked"), this);
        said->setAlignment(Qt::AlignCenter);
        auto* layout = new QVBoxLayout(this);
        layout->addWidget(said);
        setGeometry(window->rect());
        window->installEventFilter(this);
        raise();
        show();
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched == parentWidget() && event->type() == QEvent::Resize) {
            setGeometry(parentWidget()->rect());
        }
        return false;
    }
};

bool isUserInput(QEvent::Type type)
{
    switch (type) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        return true;
    default:
        return false;
    }
}

} // namespace

DeskPerson::DeskPerson(QWidget* window, QObject* parent)
    : QObject(parent)
    , m_window(window)
{
    m_idle.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, &DeskPerson::lock);
}

DeskPerson::~DeskPerson()
{
    if (qApp) {
        qApp->removeEventFilter(this);
    }
}

void DeskPerson::setDesk(const DeskContext& desk, const QString& rememberKey)
{
    m_desk = desk;
    const QSqlDatabase db = desk.db;
    m_rememberKey = rememberKey;
    m_person.reset();
    m_signsIn = false;
    m_onServerAsThemselves = false;
    m_idle.stop();
    qApp->removeEventFilter(this);
    if (ServerLogins::apply(db)) {
        auto own = ServerLogins(db).sessionPerson();
        if (own && own.value()) {
            m_onServerAsThemselves = true;
            auto person = OperatorRepository(db).find(*own.value()->operatorId);
            if (person) {
                m_person = person.value();
            }
            emit personChanged();
            return;
        }
    } else {
        m_signsIn = SignIn(db).required().value_or(false);
    }
    if (m_signsIn) {
        // Nobody is signed in at the start; the window locks when left alone.
        const int minutes = SignIn(db).lockAfterMinutes().value_or(SignIn::kDefaultLockMinutes);
        m_idle.setInterval(std::chrono::minutes(minutes));
        qApp->installEventFilter(this);
        m_idle.start();
    } else {
        const QVariant stored = QSettings().value(m_rememberKey);
        if (stored.isValid()) {
            auto person = OperatorRepository(db).find(stored.toLongLong());
            if (person && person->active) {
                m_person = person.value();
            }
        }
    }
    emit personChanged();
}

void DeskPerson::setIdleLimit(std::chrono::milliseconds limit)
{
    m_idle.setInterval(limit);
    if (m_signsIn) {
        m_idle.start();
    }
}

std::optional<Actor> DeskPerson::actor(QWidget* asking)
{
    if (!m_person) {
        choose(asking);
    }
    if (!m_person) {
        return std::nullopt;
    }
    return Actor {m_person->id, m_person->role};
}

void DeskPerson::change(QWidget* asking)
{
    if (m_onServerAsThemselves) {
        QMessageBox::information(asking,
                                 tr("Signed In"),
                                 tr("You are signed in to the server with your own login, %1. Another person "
                                    "signs in with theirs: open the database again with their login.")
                                     .arg(m_person ? m_person->login : QString()));
        return;
    }
    choose(asking);
}

void DeskPerson::choose(QWidget* asking)
{
    if (m_signsIn) {
        signIn(asking, false);
        return;
    }
    DeskOperatorDialog chooser(m_desk, m_person ? std::optional<qint64>(m_person->id) : std::nullopt, asking);
    if (chooser.exec() != QDialog::Accepted || !chooser.chosenOperator()) {
        return;
    }
    auto person = OperatorRepository(m_desk.db).find(*chooser.chosenOperator());
    if (!person) {
        return;
    }
    m_person = person.value();
    QSettings().setValue(m_rememberKey, m_person->id);
    emit personChanged();
}

bool DeskPerson::signIn(QWidget* asking, bool locked)
{
    SignInDialog dialog(m_desk.db, m_person ? m_person->login : QString(), locked, asking);
    if (locked) {
        // The lock stays until someone signs in.
        dialog.setWindowFlag(Qt::WindowCloseButtonHint, false);
    }
    while (dialog.exec() != QDialog::Accepted || !dialog.signedIn()) {
        if (!locked) {
            return false;
        }
    }
    auto person = OperatorRepository(m_desk.db).find(*dialog.signedIn()->operatorId);
    if (!person) {
        return false;
    }
    m_person = person.value();
    emit personChanged();
    return true;
}

void DeskPerson::lock()
{
    if (m_locked || !m_signsIn) {
        return;
    }
    m_locked = true;
    QList<QPointer<LockCover>> covers;
    for (QWidget* window : QApplication::topLevelWidgets()) {
        if (window->isVisible() && !window->inherits("QMenu")) {
            covers << new LockCover(window);
        }
    }
    signIn(m_window, true);
    for (const QPointer<LockCover>& cover : std::as_const(covers)) {
        delete cover.data();
    }
    m_locked = false;
    m_idle.start();
}

bool DeskPerson::eventFilter(QObject* watched, QEvent* event)
{
    if (!m_locked && isUserInput(event->type())) {
        m_idle.start();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace abonent
