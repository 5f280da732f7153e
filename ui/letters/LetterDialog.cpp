#include "LetterDialog.h"

#include "FormSupport.h"
#include "LetterOutput.h"
#include "LetterPdf.h"
#include "LetterTemplate.h"
#include "LetterTemplates.h"
#include "ShippedLetters.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace abonent {

namespace {

constexpr int kPreviewDelayMs = 250;

} // namespace

LetterDialog::LetterDialog(const DeskContext& desk,
                           qint64 customerId,
                           const QString& customerName,
                           LetterKind kind,
                           std::optional<qint64> caseStepId,
                           QWidget* parent)
    : QDialog(parent)
    , m_desk(desk)
    , m_customerId(customerId)
    , m_caseStepId(caseStepId)
    , m_refresh(new QTimer(this))
{
    setWindowTitle(tr("Letter to %1").arg(customerName));
    setObjectName(QStringLiteral("LetterDialog"));

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("letterKind"));
    fillWithLabels<LetterKind>(m_kind);
    m_kind->setCurrentIndex(m_kind->findData(codeOf(kind)));
    // A letter that goes out with a case step is that step's letter.
    m_kind->setEnabled(!caseStepId);

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("letterLanguage"));
    fillWithLetterLanguages(m_language, Letterhead::load(m_desk.db).value_or(Letterhead {}).defaultLanguage);

    const QDate today = QDate::currentDate();
    m_from = makeDateEdit(today.addYears(-1).addDays(1), this);
    m_to = makeDateEdit(today, this);
    m_period = new QWidget(this);
    auto* periodRow = new QHBoxLayout(m_period);
    periodRow->setContentsMargins(0, 0, 0, 0);
    periodRow->addWidget(m_from);
    periodRow->addWidget(new QLabel(tr("to"), m_period));
    periodRow->addWidget(m_to);
    periodRow->addStretch(1);

    m_freeText = new QPlainTextEdit(this);
    m_freeText->setObjectName(QStringLiteral("freeText"));
    m_freeText->setTabChangesFocus(true);
    m_freeText->setPlaceholderText(tr("Optional: a paragraph written for this letter. It is checked like the rest."));
    m_freeText->setMaximumHeight(fontMetrics().lineSpacing() * 6);

    auto* form = new QFormLayout;
    m_form = form;
    form->addRow(tr("&Letter:"), m_kind);
    form->addRow(tr("L&anguage:"), m_language);
    form->addRow(tr("&Period:"), m_period);
    m_freeTextLabel = new QLabel(tr("Pa&ragraph:"), this);
    m_freeTextLabel->setBuddy(m_freeText);
    form->addRow(m_freeTextLabel, m_freeText);
    qobject_cast<QLabel*>(form->labelForField(m_period))->setBuddy(m_from);

    m_hits = richTextLabel(QStringLiteral("politenessCheck"), this);
    m_override = new QLineEdit(this);
    m_override->setObjectName(QStringLiteral("overrideReason"));
    m_override->setPlaceholderText(tr("Why it goes out as it is (kept in the register)"));
    m_override->hide();
    m_message = new FieldMessage(this);

    auto* side = new QWidget(this);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addLayout(form);
    sideLayout->addWidget(m_hits);
    sideLayout->addWidget(m_override);
    sideLayout->addWidget(m_message);
    sideLayout->addStretch(1);

    m_preview = new QTextBrowser(this);
    m_preview->setObjectName(QStringLiteral("letterPreview"));
    m_preview->setMinimumSize(520, 480);
    m_preview->setOpenLinks(false);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(side);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(1, 1);

    auto* buttons = new QDialogButtonBox(this);
    m_issueButton = buttons->addButton(tr("&Issue"), QDialogButtonBox::ActionRole);
    m_issueButton->setObjectName(QStringLiteral("issueLetter"));
    m_issueButton->setDefault(true);
    m_issueButton->setToolTip(tr("Register the letter under the next number and freeze it (Ctrl+Return)"));
    m_printButton = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    m_previewButton = buttons->addButton(tr("Print Pre&view…"), QDialogButtonBox::ActionRole);
    m_saveButton = buttons->addButton(tr("&Save PDF…"), QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Close);
    // Hidden after the box has laid out its buttons, which shows them all.
    for (QPushButton* after : {m_printButton, m_previewButton, m_saveButton}) {
        after->hide();
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_issueButton, &QPushButton::clicked, this, &LetterDialog::issue);
    connect(m_printButton, &QPushButton::clicked, this, &LetterDialog::printLetter);
    connect(m_previewButton, &QPushButton::clicked, this, &LetterDialog::previewLetter);
    connect(m_saveButton, &QPushButton::clicked, this, &LetterDialog::saveLetter);
    auto* issueShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(issueShortcut, &QShortcut::activated, this, [this] {
        if (!m_issued) {
            issue();
        }
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    m_refresh->setSingleShot(true);
    m_refresh->setInterval(kPreviewDelayMs);
    connect(m_refresh, &QTimer::timeout, this, &LetterDialog::refreshPreview);
    const auto later = [this] { m_refresh->start(); };
    connect(m_kind, &QComboBox::currentIndexChanged, this, later);
    connect(m_language, &QComboBox::currentIndexChanged, this, later);
    connect(m_from, &QDateEdit::dateChanged, this, later);
    connect(m_to, &QDateEdit::dateChanged, this, later);
    connect(m_freeText, &QPlainTextEdit::textChanged, this, later);
    refreshPreview();
    resize(1100, 760);
}

void LetterDialog::setReplaces(qint64 letterId)
{
    m_replaces = letterId;
}

void LetterDialog::setFreeText(const QString& text)
{
    m_freeText->setPlainText(text);
    refreshPreview();
}

void LetterDialog::setLanguage(const QString& code)
{
    m_language->setCurrentIndex(std::max(0, m_language->findData(code)));
    refreshPreview();
}

LetterRequest LetterDialog::request() const
{
    LetterRequest request;
    request.kind = fromCode<LetterKind>(m_kind->currentData().toString()).value_or(LetterKind::SupportReminder);
    request.language = m_language->currentData().toString();
    request.customerId = m_customerId;
    request.caseStepId = m_caseStepId;
    request.freeText = m_freeText->toPlainText();
    if (request.kind == LetterKind::ServiceReport) {
        request.periodFrom = m_from->date();
        request.periodTo = m_to->date();
    }
    request.overrideReason = m_override->text().trimmed();
    request.replacesLetterId = m_replaces;
    return request;
}

void LetterDialog::refreshPreview()
{
    m_refresh->stop();
    if (m_issued) {
        return;
    }
    const LetterRequest wanted = request();
    m_form->setRowVisible(m_period, wanted.kind == LetterKind::ServiceReport);
    // The paragraph is offered where the current template has a place for it.
    auto version = LetterTemplates(m_desk.db).current(wanted.kind, wanted.language);
    const bool hasParagraph = version && version->body.contains(QLatin1String("{{free.text}}"));
    m_form->setRowVisible(m_freeText, hasParagraph);

    auto draft = LetterService(m_desk.db).prepare(wanted);
    m_previewOk = draft.ok();
    if (!draft) {
        m_preview->clear();
        m_message->show(draft.errorString());
        m_hits->clear();
        m_override->hide();
        m_issueButton->setEnabled(false);
        return;
    }
    const QImage logo = Letterhead::load(m_desk.db).value_or(Letterhead {}).logo();
    LetterPdf::prepareDocument(*m_preview->document(), draft->html, logo);
    m_hasHits = !draft->hits.isEmpty();
    if (m_hasHits) {
        QStringList lines;
        for (const PolitenessHit& hit : draft->hits) {
            lines << hit.describe().toHtmlEscaped();
        }
        m_hits->setText(tr("<b>Before this letter goes out:</b><br>%1<br>Change the paragraph, or say why it goes "
                           "out as it is.")
                            .arg(lines.join(QLatin1String("<br>"))));
    } else {
        m_hits->setText(tr("The politeness check found nothing to change."));
    }
    m_override->setVisible(m_hasHits);
    // What is missing is highlighted in the letter and said here; it cannot go out so.
    QStringList missing;
    for (const QString& name : std::as_const(draft->missing)) {
        missing << LetterTemplate::missingMessage(name);
    }
    if (missing.isEmpty()) {
        m_message->clear();
    } else {
        m_message->show(missing.join(QLatin1Char('\n')));
    }
    m_previewOk = missing.isEmpty();
    m_issueButton->setEnabled(m_previewOk);
}

void LetterDialog::issue()
{
    if (m_issued) {
        return;
    }
    refreshPreview();
    if (!m_previewOk) {
        return;
    }
    if (m_hasHits && m_override->text().trimmed().isEmpty()) {
        m_message->show(tr("Change the text, or say why the letter goes out as it is."));
        m_override->setFocus();
        return;
    }
    const auto actor = m_desk.actor();
    if (!actor) {
        m_message->show(chooseDeskOperatorFirst());
        return;
    }
    auto issued = LetterService(m_desk.db, m_desk.notifier).issue(*actor, request());
    if (!issued) {
        m_message->show(issued.errorString());
        return;
    }
    m_issued = issued.value();
    showIssued();
}

void LetterDialog::showIssued()
{
    setWindowTitle(tr("Letter %1").arg(m_issued->number));
    for (QWidget* input : {static_cast<QWidget*>(m_kind),
                           static_cast<QWidget*>(m_language),
                           static_cast<QWidget*>(m_period),
                           static_cast<QWidget*>(m_freeText),
                           static_cast<QWidget*>(m_override)}) {
        input->setEnabled(false);
    }
    m_issueButton->hide();
    for (QPushButton* after : {m_printButton, m_previewButton, m_saveButton}) {
        after->show();
    }
    m_printButton->setDefault(true);
    m_printButton->setFocus();
    // The preview now shows what was registered, with its number.
    auto content = LetterService(m_desk.db).contentOf(m_issued->id);
    if (content) {
        const QImage logo = Letterhead::load(m_desk.db).value_or(Letterhead {}).logo();
        LetterPdf::prepareDocument(*m_preview->document(), content.value(), logo);
    }
    m_hits->setText(tr("<b>Letter %1 is issued and registered.</b> Print it, or save the PDF.")
                        .arg(m_issued->number.toHtmlEscaped()));
}

void LetterDialog::printLetter()
{
    if (m_issued) {
        if (Status printed = LetterOutput(m_desk.db).print(this, *m_issued); !printed) {
            m_message->show(printed.errorString());
        }
    }
}

void LetterDialog::previewLetter()
{
    if (m_issued) {
        if (Status shown = LetterOutput(m_desk.db).preview(this, *m_issued); !shown) {
            m_message->show(shown.errorString());
        }
    }
}

void LetterDialog::saveLetter()
{
    if (m_issued) {
        if (Status saved = LetterOutput(m_desk.db).savePdf(this, *m_issued); !saved) {
            m_message->show(saved.errorString());
        }
    }
}

} // namespace abonent
