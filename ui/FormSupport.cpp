#include "FormSupport.h"

#include <QStyle>

namespace abonent {

FieldMessage::FieldMessage(QWidget* parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setVisible(false);
}

void FieldMessage::show(const QString& message)
{
    if (message.isEmpty()) {
        clear();
        return;
    }
    setText(QStringLiteral("⚠ ") + message);
    setToolTip(message);
    setVisible(true);
}

void FieldMessage::clear()
{
    QLabel::clear();
    setVisible(false);
}

} // namespace abonent
