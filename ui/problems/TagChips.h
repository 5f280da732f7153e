#pragma once

#include <QLabel>
#include <QStyledItemDelegate>

namespace abonent {

// Text that reads on a tag's colour: black on light colours, white on dark.
QColor chipTextColour(const QColor& background);

// One tag as a small coloured chip; its tooltip says why it was set.
class TagChip : public QLabel
{
    Q_OBJECT

public:
    TagChip(const QString& name, const QString& colour, QWidget* parent = nullptr);

signals:
    void activated();

protected:
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
};

// Draws a column's tags (names and colours from two item roles) as chips.
class TagChipsDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    TagChipsDelegate(int namesRole, int coloursRole, QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    int m_namesRole;
    int m_coloursRole;
};

} // namespace abonent
