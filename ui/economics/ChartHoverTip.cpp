#include "ChartHoverTip.h"

#include <QAbstractScrollArea>
#include <QCursor>
#include <QHelpEvent>
#include <QToolTip>

namespace abonent {

ChartHoverTip::ChartHoverTip(QAbstractScrollArea* view)
    : QObject(view)
    , m_view(view)
{
    // Installed after the scroll area's own filter, so asked first.
    view->viewport()->installEventFilter(this);
}

void ChartHoverTip::show(const QString& text, const QPoint& globalPosition)
{
    const bool showing = !m_text.isEmpty();
    m_text = text;
    if (text.isEmpty()) {
        if (showing) { // only a tip of its own: another widget's stays
            QToolTip::hideText();
        }
    } else {
        QToolTip::showText(globalPosition.isNull() ? QCursor::pos() : globalPosition, text, m_view);
    }
}

bool ChartHoverTip::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_view->viewport()) {
        return QObject::eventFilter(watched, event);
    }
    if (event->type() == QEvent::Leave) {
        m_text.clear(); // the pointer left: nothing is hovered any more
    } else if (event->type() == QEvent::ToolTip && !m_text.isEmpty()) {
        QToolTip::showText(static_cast<QHelpEvent*>(event)->globalPos(), m_text, m_view);
        return true;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace abonent
