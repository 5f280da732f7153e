#include "CustomerMergeDialog.h"

#include "CustomerMerge.h"
#include "FormSupport.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace abonent {

CustomerMergeDialog::CustomerMergeDialog(CustomerMerge* merge, const QString& customerName, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("CustomerMergeDialog"));
    setWindowTitle(tr("Merge Changes — %1").arg(customerName));
    auto* explanation = richTextLabel(QStringLiteral("mergeExplanation"), this);
    explanation->setText(
        merge->clashCount() > 0
            ? tr("While you were editing, %1 was saved at another desk. Tick what to keep in each row; where "
                 "both desks changed a field, yours is ticked until you choose.")
                  .arg(customerName.toHtmlEscaped())
            : tr("While you were editing, %1 was saved at another desk, in other fields than yours. Each row "
                 "keeps the change that was made; tick the other value to keep that instead.")
                  .arg(customerName.toHtmlEscaped()));
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("mergeView"));
    m_view->setModel(merge);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(true);
    m_view->horizontalHeader()->setSectionResizeMode(CustomerMerge::FieldColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(CustomerMerge::TheirsColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(CustomerMerge::MineColumn, QHeaderView::Stretch);
    m_view->resizeRowsToContents();
    // From the keyboard: arrows to a value, Space ticks it (the view's own handling of a checkable cell).
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setCurrentIndex(merge->index(0, CustomerMerge::MineColumn));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addWidget(m_view);
    QDialogButtonBox* buttons = addDialogButtons(this, layout, QDialogButtonBox::Save);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Save Merged"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Back to Editing"));
    resize(720, 360);
}

} // namespace abonent
