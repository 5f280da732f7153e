#include "ErasureDialog.h"

#include "CustomerRepository.h"
#include "Erasure.h"
#include "FormSupport.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace abonent {

namespace {

QString bullets(const QStringList& items)
{
    QString html = QStringLiteral("<ul style=\"margin-top: 0px;\">");
    for (const QString& item : items) {
        html += QStringLiteral("<li>%1</li>").arg(item.toHtmlEscaped());
    }
    return html + QStringLiteral("</ul>");
}

} // namespace

ErasureDialog::ErasureDialog(const DeskContext& desk, qint64 customerId, QWidget* parent)
    : QDialog(parent)
    , m_desk(desk)
    , m_customerId(customerId)
{
    setObjectName(QStringLiteral("ErasureDialog"));
    auto* layout = new QVBoxLayout(this);
    auto customer = CustomerRepository(m_desk.db).find(customerId);
    const QString name = customer ? customer->name : QString();
    m_contract = customer ? customer->contractNumber : QString();
    setWindowTitle(tr("Erase Personal Data — %1").arg(name));

    auto* text = richTextLabel(QStringLiteral("explanation"), this);
    layout->addWidget(text);
    // Who is at the desk, if known (asking waits for Erase): a person who
    // may not erase is told so before typing anything.
    std::optional<Actor> atDesk;
    if (const auto known = m_desk.knownOperator ? m_desk.knownOperator() : std::nullopt) {
        atDesk = Actor {*known, Role::Operator}; // the stored role decides
    }
    auto refusals = customer ? Erasure(m_desk.db).refusals(customerId, atDesk) : Result<QStringList>(customer.error());
    if (!refusals) {
        m_refusals = {refusals.errorString()};
    } else {
        m_refusals = refusals.value();
    }
    if (!m_refusals.isEmpty()) {
        text->setText(QStringLiteral("<p>%1</p>%2")
                          .arg(tr("The personal data of %1 (contract %2) cannot be erased now:")
                                   .arg(name, m_contract)
                                   .toHtmlEscaped(),
                               bullets(m_refusals)));
        m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
        connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        layout->addWidget(m_buttons);
        m_buttons->button(QDialogButtonBox::Close)->setFocus();
        return;
    }
    text->setText(QStringLiteral("<p>%1</p><p><b>%2</b></p>%3<p><b>%4</b></p>%5<p>%6</p>")
                      .arg(tr("At their request, the personal data of %1 (contract %2) is erased. It cannot be "
                              "undone.")
                               .arg(name, m_contract)
                               .toHtmlEscaped(),
                           tr("Removed:").toHtmlEscaped(),
                           bullets(Erasure::removedItems()),
                           tr("Kept:").toHtmlEscaped(),
                           bullets(Erasure::keptItems()),
                           tr("Copies made before now (backups, exports, letters saved or printed) still hold the "
                              "data until they are replaced; recordings kept by the phone system are to be deleted "
                              "there.")
                               .toHtmlEscaped()));
    auto* prompt = new QLabel(tr("To erase, type the contract number %1 &here:").arg(m_contract), this);
    m_confirmation = new QLineEdit(this);
    m_confirmation->setObjectName(QStringLiteral("confirmation"));
    prompt->setBuddy(m_confirmation);
    layout->addWidget(prompt);
    layout->addWidget(m_confirmation);
    m_message = new FieldMessage(this);
    layout->addWidget(m_message);
    m_buttons = addDialogButtons(this, layout, QDialogButtonBox::Ok);
    QPushButton* erase = m_buttons->button(QDialogButtonBox::Ok);
    erase->setText(tr("&Erase"));
    erase->setObjectName(QStringLiteral("erase"));
    erase->setEnabled(false);
    // Cancel, not Erase, is what Enter does until the number is typed.
    m_buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(m_confirmation, &QLineEdit::textChanged, this, [this, erase](const QString& typed) {
        const bool confirmed = typed.trimmed() == m_contract;
        enableForWriting(erase, m_desk, confirmed);
        erase->setDefault(confirmed);
        m_buttons->button(QDialogButtonBox::Cancel)->setDefault(!confirmed);
    });
    m_confirmation->setFocus();
}

void ErasureDialog::accept()
{
    if (!m_confirmation || m_confirmation->text().trimmed() != m_contract) {
        return;
    }
    const auto actor = m_desk.actor();
    if (!actor) {
        m_message->show(chooseDeskOperatorFirst());
        return;
    }
    auto report = Erasure(m_desk.db, m_desk.notifier).erase(*actor, m_customerId);
    if (!report) {
        m_message->show(report.errorString());
        return;
    }
    m_outcome = report->recordings.isEmpty()
        ? tr("The personal data of contract %1 was erased.").arg(report->contractNumber)
        : tr("The personal data of contract %1 was erased. The phone system still keeps %n recording(s) of their "
             "calls; delete them there:",
             nullptr,
             static_cast<int>(report->recordings.size()))
                .arg(report->contractNumber)
            + QLatin1Char('\n') + report->recordings.join(QLatin1Char('\n'));
    for (const QString& left : std::as_const(report->leftInTheFile)) {
        m_outcome += QLatin1Char('\n') + left;
    }
    QDialog::accept();
}

} // namespace abonent
