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

namespace {

struct DeskTexts
{
    Q_DECLARE_TR_FUNCTIONS(DeskContext)
};

} // namespace

QString chooseDeskOperatorFirst()
{
    return DeskTexts::tr("Every change is recorded under the name of whoever made it: choose who is at this desk "
                         "first (Settings → Who Is at This Desk).");
}

} // namespace abonent
