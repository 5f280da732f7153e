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

void ChartHoverTip::show(const QString& text)
{
    m_text = text;
    if (text.isEmpty()) {
        QToolTip::hideText();
    } else {
        QToolTip::showText(QCursor::pos(), text, m_view);
    }
}

bool ChartHoverTip::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::ToolTip) {
        if (m_text.isEmpty()) {
            QToolTip::hideText();
        } else {
            QToolTip::showText(static_cast<QHelpEvent*>(event)->globalPos(), m_text, m_view);
        }
        return true;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace abonent
