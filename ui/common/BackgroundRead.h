#pragma once

#include <QObject>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

namespace abonent {

// One long read at a time on a thread of its own, so the window stays
// usable. The outcome comes back on the owner's thread, unless the read was
// stopped or replaced by a newer one meanwhile. The work gets a flag it
// should check now and then, and opens its own database connection.
class BackgroundRead : public QObject
{
public:
    explicit BackgroundRead(QObject* parent = nullptr)
        : QObject(parent)
    {
    }
    ~BackgroundRead() override { stop(); }

    bool isRunning() const { return m_thread != nullptr; }

    // Asks the work to stop and waits for it; its outcome is dropped.
    void stop()
    {
        if (!m_thread) {
            return;
        }
        m_cancel->store(true);
        ++m_generation;
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }

    template <typename T>
    void start(std::function<T(const std::atomic<bool>& cancel)> work, std::function<void(T)> deliver)
    {
        stop();
        auto cancel = std::make_shared<std::atomic<bool>>(false);
        m_cancel = cancel;
        const quint64 generation = ++m_generation;
        m_thread = QThread::create([this, work = std::move(work), deliver = std::move(deliver), cancel, generation] {
            T outcome = work(*cancel);
            if (cancel->load()) {
                return;
            }
            QMetaObject::invokeMethod(this, [this, deliver, generation, outcome = std::move(outcome)]() mutable {
                if (finished(generation)) {
                    deliver(std::move(outcome));
                }
            });
        });
        m_thread->start();
    }

private:
    bool finished(quint64 generation)
    {
        if (generation != m_generation || !m_thread) {
            return false; // a read that was abandoned for a newer one
        }
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
        return true;
    }

    QThread* m_thread = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    quint64 m_generation = 0;
};

} // namespace abonent
