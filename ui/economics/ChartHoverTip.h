#pragma once

#include <QObject>
#include <QPoint>
#include <QString>

class QAbstractScrollArea;

namespace abonent {

// The tooltip of what the pointer is over in a chart: a bar, a point.
// Shown at once on hover; and when the pointer rests, QGraphicsView would
// answer the window system's tooltip event from its graphics items, which
// have no tooltips, and hide it: the event is answered here with the same
// text instead. Leaving the chart forgets the text.
class ChartHoverTip : public QObject
{
    Q_OBJECT

public:
    explicit ChartHoverTip(QAbstractScrollArea* view);

    // Shows `text` at the pointer (or at `globalPosition`, when the caller
    // has it from its event); an empty text hides the tip.
    void show(const QString& text, const QPoint& globalPosition = {});
    const QString& text() const { return m_text; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QAbstractScrollArea* m_view;
    QString m_text;
};

} // namespace abonent
