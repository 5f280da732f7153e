#include "CustomerPickerDialog.h"

#include "CustomerFinder.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace abonent {

CustomerPickerDialog::CustomerPickerDialog(const DeskContext& desk,
                                           const QString& title,
                                           const QString& prompt,
                                           QWidget* parent)
    : QDialog(parent)
    , m_finder(new CustomerFinder(desk, this))
{
    setObjectName(QStringLiteral("CustomerPickerDialog"));
    setWindowTitle(title);
    connect(m_finder, &CustomerFinder::chosen, this, &CustomerPickerDialog::accept);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Choose"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CustomerPickerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* promptLabel = new QLabel(prompt, this);
    promptLabel->setWordWrap(true);
    promptLabel->setBuddy(m_finder->searchField());
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(promptLabel);
    layout->addWidget(m_finder);
    layout->addWidget(buttons);
    resize(560, 380);
    m_finder->searchField()->setFocus();
}

QLineEdit* CustomerPickerDialog::searchField() const
{
    return m_finder->searchField();
}

void CustomerPickerDialog::accept()
{
    m_chosen = m_finder->selectedCustomer();
    if (m_chosen <= 0) {
        return; // nothing chosen yet: stay open
    }
    QDialog::accept();
}

} // namespace abonent
