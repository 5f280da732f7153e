#include "TagChips.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

namespace abonent {

namespace {

constexpr int kPadding = 6;
constexpr int kGap = 4;

} // namespace

QColor chipTextColour(const QColor& background)
{
    // Relative luminance, roughly: light backgrounds get dark text.
    const int luma = (background.red() * 299 + background.green() * 587 + background.blue() * 114) / 1000;
    return luma > 150 ? QColor(Qt::black) : QColor(Qt::white);
}

TagChip::TagChip(const QString& name, const QString& colour, QWidget* parent)
    : QLabel(name, parent)
{
    setObjectName(QStringLiteral("tagChip"));
    setFocusPolicy(Qt::TabFocus);
    setCursor(Qt::PointingHandCursor);
    const QColor background(colour);
    // The tag's own colour is data, not theme: its text colour follows it.
    setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; border-radius: 8px; padding: 1px 8px; }"
                                 "QLabel:focus { border: 2px solid palette(highlight); }")
                      .arg(background.name(), chipTextColour(background).name()));
}

void TagChip::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton) {
        emit activated();
    }
    QLabel::mouseReleaseEvent(event);
}

void TagChip::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space) {
        emit activated();
        return;
    }
    QLabel::keyPressEvent(event);
}

TagChipsDelegate::TagChipsDelegate(int namesRole, int coloursRole, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_namesRole(namesRole)
    , m_coloursRole(coloursRole)
{
}

void TagChipsDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    // Background, selection and focus as the style draws them, without text.
    QStyleOptionViewItem plain = option;
    initStyleOption(&plain, index);
    plain.text.clear();
    QStyle* style = plain.widget ? plain.widget->style() : nullptr;
    if (style) {
        style->drawControl(QStyle::CE_ItemViewItem, &plain, painter, plain.widget);
    }
    const QStringList names = index.data(m_namesRole).toStringList();
    const QStringList colours = index.data(m_coloursRole).toStringList();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QFontMetrics metrics(option.font);
    const int height = std::min(option.rect.height() - 4, metrics.height() + 2);
    int x = option.rect.left() + kGap;
    for (qsizetype i = 0; i < names.size() && x < option.rect.right(); ++i) {
        const int width = metrics.horizontalAdvance(names.at(i)) + 2 * kPadding;
        const QRectF chip(x, option.rect.center().y() - height / 2.0, width, height);
        const QColor background(colours.value(i));
        QPainterPath path;
        path.addRoundedRect(chip, height / 2.0, height / 2.0);
        painter->fillPath(path, background);
        painter->setPen(chipTextColour(background));
        painter->drawText(chip, Qt::AlignCenter, names.at(i));
        x += width + kGap;
    }
    painter->restore();
}

QSize TagChipsDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QFontMetrics metrics(option.font);
    int width = kGap;
    for (const QString& name : index.data(m_namesRole).toStringList()) {
        width += metrics.horizontalAdvance(name) + 2 * kPadding + kGap;
    }
    return {width, metrics.height() + 6};
}

} // namespace abonent
