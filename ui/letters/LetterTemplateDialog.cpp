#include "LetterTemplateDialog.h"

#include "CustomerPickerDialog.h"
#include "CustomerRepository.h"
#include "FormSupport.h"
#include "LetterPdf.h"
#include "LetterService.h"
#include "LetterTemplate.h"
#include "Letterhead.h"
#include "ShippedLetters.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace abonent {

namespace {

constexpr int kPreviewDelayMs = 400;

} // namespace

LetterTemplateDialog::LetterTemplateDialog(const DeskContext& desk, QWidget* parent)
    : QDialog(parent)
    , m_desk(desk)
    , m_refresh(new QTimer(this))
{
    setWindowTitle(tr("Letter Templates"));
    setObjectName(QStringLiteral("LetterTemplateDialog"));

    m_kind = new QComboBox(this);
    fillWithLabels<LetterKind>(m_kind);
    m_language = new QComboBox(this);
    fillWithLetterLanguages(m_language, Letterhead::load(m_desk.db).value_or(Letterhead {}).defaultLanguage);
    m_versions = new QComboBox(this);
    m_versions->setObjectName(QStringLiteral("templateVersion"));
    m_insert = new QComboBox(this);
    m_insert->addItem(tr("Insert a placeholder…"));
    for (const QString& name : LetterTemplate::knownNames()) {
        m_insert->addItem(QStringLiteral("{{%1}}").arg(name), name);
        m_insert->setItemData(m_insert->count() - 1, LetterTemplate::describe(name), Qt::ToolTipRole);
    }
    for (const QString& condition : LetterTemplate::knownConditions()) {
        const QString opening = QLatin1Char('#') + condition;
        m_insert->addItem(QStringLiteral("{{#%1}}…{{/%1}}").arg(condition), opening);
        m_insert->setItemData(m_insert->count() - 1, LetterTemplate::describe(opening), Qt::ToolTipRole);
    }
    connect(m_insert, &QComboBox::activated, this, [this](int index) {
        if (index > 0) {
            const QString name = m_insert->itemData(index).toString();
            if (name.startsWith(QLatin1Char('#'))) {
                // A section goes around what is selected.
                const QString selected =
                    m_source->textCursor().selectedText().replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
                m_source->insertPlainText(QStringLiteral("{{%1}}%2{{/%3}}").arg(name, selected, name.mid(1)));
            } else {
                m_source->insertPlainText(QStringLiteral("{{%1}}").arg(name));
            }
            m_source->setFocus();
        }
        m_insert->setCurrentIndex(0);
    });

    auto* top = new QHBoxLayout;
    const auto labelled = [this, top](const QString& text, QWidget* field) {
        auto* label = new QLabel(text, this);
        label->setBuddy(field);
        top->addWidget(label);
        top->addWidget(field);
    };
    labelled(tr("&Letter:"), m_kind);
    labelled(tr("L&anguage:"), m_language);
    labelled(tr("&Version:"), m_versions);
    top->addStretch(1);
    top->addWidget(m_insert);

    m_source = new QPlainTextEdit(this);
    m_source->setObjectName(QStringLiteral("templateSource"));
    m_source->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_source->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_preview = new QTextBrowser(this);
    m_preview->setObjectName(QStringLiteral("templatePreview"));
    m_preview->setOpenLinks(false);
    m_customerButton = new QPushButton(this);
    connect(m_customerButton, &QPushButton::clicked, this, &LetterTemplateDialog::choosePreviewCustomer);
    auto* previewSide = new QWidget(this);
    auto* previewLayout = new QVBoxLayout(previewSide);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(m_customerButton, 0, Qt::AlignLeft);
    previewLayout->addWidget(m_preview, 1);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_source);
    splitter->addWidget(previewSide);

    m_message = new FieldMessage(this);
    auto* buttons = new QDialogButtonBox(this);
    QPushButton* save = buttons->addButton(tr("&Save as New Version"), QDialogButtonBox::ActionRole);
    save->setObjectName(QStringLiteral("saveTemplate"));
    save->setToolTip(tr("Letters already issued keep the version they were made from (Ctrl+S)"));
    QPushButton* restore = buttons->addButton(tr("&Restore Shipped Text"), QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Close);
    connect(save, &QPushButton::clicked, this, &LetterTemplateDialog::saveVersion);
    connect(restore, &QPushButton::clicked, this, &LetterTemplateDialog::restoreShipped);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(new QShortcut(QKeySequence::Save, this), &QShortcut::activated, this, &LetterTemplateDialog::saveVersion);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    // The person can choose another customer to see the letter for.
    m_previewCustomer = LetterService(m_desk.db).sampleCustomer().value_or(0);
    choosePreviewCustomer(); // only labels the button when a customer is known

    m_refresh->setSingleShot(true);
    m_refresh->setInterval(kPreviewDelayMs);
    connect(m_refresh, &QTimer::timeout, this, &LetterTemplateDialog::refreshPreview);
    connect(m_source, &QPlainTextEdit::textChanged, m_refresh, qOverload<>(&QTimer::start));
    const auto reloadVersions = [this] {
        if (confirmDiscard()) {
            loadVersions();
        }
    };
    connect(m_kind, &QComboBox::activated, this, reloadVersions);
    connect(m_language, &QComboBox::activated, this, reloadVersions);
    connect(m_versions, &QComboBox::activated, this, [this] {
        if (confirmDiscard()) {
            showVersion();
        }
    });
    loadVersions();
    resize(1200, 780);
}

LetterKind LetterTemplateDialog::kind() const
{
    return fromCode<LetterKind>(m_kind->currentData().toString()).value_or(LetterKind::SupportReminder);
}

QString LetterTemplateDialog::language() const
{
    return m_language->currentData().toString();
}

void LetterTemplateDialog::loadVersions()
{
    auto versions = LetterTemplates(m_desk.db).versions(kind(), language());
    if (!versions) {
        m_message->show(versions.errorString());
        return;
    }
    m_loaded = versions.value();
    m_versions->clear();
    const QLocale locale;
    for (const LetterTemplateVersion& version : std::as_const(m_loaded)) {
        QString label = tr("%1 — %2").arg(QString::number(version.version),
                                          locale.toString(version.createdAt.toLocalTime(), QLocale::ShortFormat));
        if (!version.createdByName.isEmpty()) {
            label += QStringLiteral(", ") + version.createdByName;
        }
        if (version.shipped) {
            label += tr(" (shipped text)");
        }
        m_versions->addItem(label);
    }
    m_versions->setCurrentIndex(0);
    showVersion();
}

void LetterTemplateDialog::showVersion()
{
    const int index = m_versions->currentIndex();
    if (index < 0 || index >= m_loaded.size()) {
        return;
    }
    m_savedBody = m_loaded.at(index).body;
    m_source->setPlainText(m_savedBody);
    refreshPreview();
}

bool LetterTemplateDialog::confirmDiscard()
{
    if (m_source->toPlainText() == m_savedBody) {
        return true;
    }
    return QMessageBox::question(this,
                                 tr("Unsaved Template"),
                                 tr("The template has changes that are not saved. Discard them?"),
                                 QMessageBox::Discard | QMessageBox::Cancel,
                                 QMessageBox::Cancel)
        == QMessageBox::Discard;
}

void LetterTemplateDialog::reject()
{
    if (confirmDiscard()) {
        QDialog::reject();
    }
}

void LetterTemplateDialog::refreshPreview()
{
    m_refresh->stop();
    if (m_previewCustomer <= 0) {
        m_preview->setPlainText(tr("There is no customer to show the letter for."));
        return;
    }
    LetterRequest request;
    request.kind = kind();
    request.language = language();
    request.customerId = m_previewCustomer;
    request.templateBody = m_source->toPlainText();
    request.freeText = tr("(The paragraph written for a letter goes here.)");
    auto draft = LetterService(m_desk.db).prepare(request);
    if (!draft) {
        m_message->show(draft.errorString());
        return;
    }
    const QImage logo = Letterhead::load(m_desk.db).value_or(Letterhead {}).logo();
    const int scroll = m_preview->verticalScrollBar() ? m_preview->verticalScrollBar()->value() : 0;
    LetterPdf::prepareDocument(*m_preview->document(), draft->html, logo);
    m_preview->verticalScrollBar()->setValue(scroll);
    QStringList notes;
    for (const QString& name : std::as_const(draft->missing)) {
        notes << LetterTemplate::missingMessage(name);
    }
    if (!draft->hits.isEmpty()) {
        notes << PolitenessCheck::summary(draft->hits);
    }
    if (notes.isEmpty()) {
        m_message->clear();
    } else {
        m_message->show(notes.join(QLatin1Char('\n')));
    }
}

void LetterTemplateDialog::choosePreviewCustomer()
{
    if (sender() == m_customerButton) {
        CustomerPickerDialog picker(m_desk, tr("Preview For"), tr("Show the letter as it would be for:"), this);
        if (picker.exec() == QDialog::Accepted && picker.chosenCustomer() > 0) {
            m_previewCustomer = picker.chosenCustomer();
            refreshPreview();
        }
    }
    auto customer = CustomerRepository(m_desk.db).find(m_previewCustomer);
    m_customerButton->setText(customer ? tr("Preview for %1 (%2)…").arg(customer->name, customer->contractNumber)
                                       : tr("Preview for…"));
}

void LetterTemplateDialog::saveVersion()
{
    const auto actor = m_desk.actor();
    if (!actor) {
        m_message->show(chooseDeskOperatorFirst());
        return;
    }
    auto saved = LetterTemplates(m_desk.db).save(*actor, kind(), language(), m_source->toPlainText());
    if (!saved) {
        m_message->show(saved.errorString());
        return;
    }
    m_savedBody = m_source->toPlainText();
    loadVersions();
    m_message->show(
        tr("Saved as version %1. New letters use it; letters already issued keep theirs.").arg(saved->version));
}

void LetterTemplateDialog::restoreShipped()
{
    if (!confirmDiscard()) {
        return;
    }
    const auto actor = m_desk.actor();
    if (!actor) {
        m_message->show(chooseDeskOperatorFirst());
        return;
    }
    auto restored = LetterTemplates(m_desk.db).restoreShipped(*actor, kind(), language());
    if (!restored) {
        m_message->show(restored.errorString());
        return;
    }
    loadVersions();
    m_message->show(tr("The shipped text is version %1 now.").arg(restored->version));
}

} // namespace abonent
