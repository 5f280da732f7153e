#pragma once

#include <QApplication>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QDialog>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QScopeGuard>
#include <QString>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include <functional>

// Waiting for windows the way keys reach them. Typed keys go to
// QApplication::activeWindow() and shortcuts match only there, also for
// QTest::keyClick(); QWidget::isActiveWindow() checks that, and every wait
// here is for it.
// QTest::qWaitForWindowActive() and qWaitForWindowExposed() are not enough:
// a window shown a moment ago is activated on a later turn of the event loop,
// and QWindow::isActive() already counts a window active while the focus is
// on another window of the same transient parent, such as a message box that
// has just closed.
namespace abonent::test {

// However long a loaded machine takes, well inside CTest's timeout.
constexpr int kWindowPatienceMs = 60000;
constexpr int kWindowPollMs = 10;

// Asks for `window` to be activated, as a window manager does when it is
// shown or clicked, and waits until it is the active window.
[[nodiscard]] inline bool waitUntilActive(QWidget* window)
{
    window->activateWindow();
    return QTest::qWaitFor([window] { return window->isActiveWindow(); }, kWindowPatienceMs);
}

// Finds the window a test waits for, or nullptr while it is not up.
using WindowFinder = std::function<QWidget*()>;

inline WindowFinder modalWhere(std::function<bool(QWidget*)> accepts)
{
    return [accepts] {
        QWidget* modal = QApplication::activeModalWidget();
        return modal && accepts(modal) ? modal : nullptr;
    };
}

inline WindowFinder modalNamed(const QString& objectName)
{
    return modalWhere([objectName](QWidget* modal) { return modal->objectName() == objectName; });
}

template <typename Dialog>
WindowFinder modalOf()
{
    return modalWhere([](QWidget* modal) { return qobject_cast<Dialog*>(modal) != nullptr; });
}

inline WindowFinder popupMenu()
{
    return [] {
        auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
        return menu && !menu->actions().isEmpty() ? menu : nullptr;
    };
}

// A dialog is rejected without asking (done() skips reject()'s questions).
inline void closeWindow(QWidget* window)
{
    if (auto* dialog = qobject_cast<QDialog*>(window)) {
        dialog->done(QDialog::Rejected);
    } else {
        window->close();
    }
}

// What a window left open says, so a failure that happens only under load
// tells why: the messages on its forms and where the focus was.
inline void sayWhatItShows(QWidget* window)
{
    for (const QLabel* label : window->findChildren<QLabel*>()) {
        if (label->inherits("abonent::FieldMessage") && label->isVisible() && !label->text().isEmpty()) {
            qWarning("It says: %s", qPrintable(label->text()));
        }
    }
    if (const QWidget* focus = window->focusWidget()) {
        qWarning("Its focus is on %s \"%s\"", focus->metaObject()->className(), qPrintable(focus->objectName()));
    }
}

// Runs `act` on the window `find` returns once that window is the active
// one, polling on the event loop of whatever runs meanwhile (typically the
// window's own exec()). Nothing runs once `context` is gone, so a window
// that never opened cannot act later on dead locals. So that a failed check
// fails the test instead of hanging it, a window the actions leave open is
// closed, and so is whatever modal window is up when the wait gives up.
inline void whenActive(QObject* context,
                       WindowFinder find,
                       std::function<void(QWidget*)> act,
                       QDeadlineTimer deadline = QDeadlineTimer(kWindowPatienceMs))
{
    QTimer::singleShot(kWindowPollMs, context, [context, find, act, deadline] {
        QWidget* window = find();
        if (window && !window->isActiveWindow()) {
            window->activateWindow();
        }
        if (!window || !window->isActiveWindow()) {
            if (!deadline.hasExpired()) {
                whenActive(context, find, act, deadline);
            } else if (QWidget* blocking = window ? window : QApplication::activeModalWidget()) {
                qWarning("Gave up waiting; closing %s", blocking->metaObject()->className());
                closeWindow(blocking);
            } else {
                qWarning("The window waited for never appeared");
            }
            return;
        }
        const auto closeIfLeftOpen = qScopeGuard([window = QPointer<QWidget>(window)] {
            if (window && window->isVisible()) {
                qWarning("%s was left open; closing it", window->metaObject()->className());
                sayWhatItShows(window);
                closeWindow(window);
            }
        });
        act(window);
    });
}

// Fails a test instead of hanging it. A window that a whenActive() action
// opens in turn, and that the test did not expect (a question the code asks
// only now and then), has nobody waiting for it: its exec() would run until
// CTest kills the whole suite, telling nothing. Whatever modal window stays up
// longer than any wait here allows is closed, and the test asks afterwards.
class StuckWindowWatchdog : public QObject
{
public:
    StuckWindowWatchdog()
    {
        auto* timer = new QTimer(this);
        connect(timer, &QTimer::timeout, this, &StuckWindowWatchdog::look);
        timer->start(1000);
    }

    // What was closed, with what it said, or empty when nothing was stuck.
    QString closed() const { return m_closed; }

private:
    void look()
    {
        QWidget* modal = QApplication::activeModalWidget();
        if (modal != m_seen) {
            m_seen = modal;
            m_since.restart();
            return;
        }
        if (modal && m_since.hasExpired(kWindowPatienceMs + 30000)) {
            m_closed += QStringLiteral("%1 \"%2\" (%3) ")
                            .arg(QString::fromLatin1(modal->metaObject()->className()),
                                 modal->objectName(),
                                 modal->windowTitle());
            qWarning("Nothing answered %s; closing it", modal->metaObject()->className());
            sayWhatItShows(modal);
            closeWindow(modal);
        }
    }

    QPointer<QWidget> m_seen;
    QElapsedTimer m_since;
    QString m_closed;
};

// Prints from the print dialog as a person does: "Print to File (PDF)",
// the file's name, Print.
inline void printToFile(QWidget* dialog, const QString& path)
{
    auto* printers = dialog->findChild<QComboBox*>(QStringLiteral("printers"));
    QVERIFY(printers);
    printers->setCurrentIndex(printers->findText(QStringLiteral("PDF"), Qt::MatchContains));
    auto* file = dialog->findChild<QLineEdit*>(QStringLiteral("filename"));
    QVERIFY(file);
    file->setText(path);
    qobject_cast<QDialog*>(dialog)->accept();
}

} // namespace abonent::test
