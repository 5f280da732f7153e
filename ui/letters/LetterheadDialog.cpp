#include "LetterheadDialog.h"

#include "FormSupport.h"
#include "Letterhead.h"
#include "ShippedLetters.h"

#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace abonent {

namespace {

constexpr int kLogoWidth = 480;

// The logo as letters carry it: at most kLogoWidth pixels wide and painted
// on white, because PDF/A-1 allows no transparency.
QByteArray flattenedLogo(const QImage& image)
{
    QImage scaled = image.width() > kLogoWidth ? image.scaledToWidth(kLogoWidth, Qt::SmoothTransformation) : image;
    QImage flat(scaled.size(), QImage::Format_RGB32);
    flat.fill(Qt::white);
    QPainter painter(&flat);
    painter.drawImage(0, 0, scaled);
    painter.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    flat.save(&buffer, "PNG");
    return png;
}

QPlainTextEdit* shortTextEdit(QWidget* parent, int lines)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    edit->setMaximumHeight(edit->fontMetrics().lineSpacing() * (lines + 1));
    return edit;
}

} // namespace

LetterheadDialog::LetterheadDialog(const DeskContext& desk, QWidget* parent)
    : QDialog(parent)
    , m_desk(desk)
{
    setObjectName(QStringLiteral("LetterheadDialog"));
    setWindowTitle(tr("Letterhead"));
    auto letterhead = Letterhead::load(desk.db);
    const Letterhead current = letterhead.value_or(Letterhead {});

    m_name = new QLineEdit(current.companyName, this);
    m_name->setObjectName(QStringLiteral("companyName"));
    m_address = shortTextEdit(this, 2);
    m_address->setPlainText(current.address);
    m_registration = shortTextEdit(this, 2);
    m_registration->setPlainText(current.registration);
    m_phone = new QLineEdit(current.phone, this);
    m_email = new QLineEdit(current.email, this);
    m_signatory = new QLineEdit(current.signatory, this);
    m_title = new QLineEdit(current.signatoryTitle, this);
    m_logo = current.logoPng;
    m_logoPreview = new QLabel(this);
    m_logoPreview->setMinimumHeight(48);
    auto* chooseLogoButton = new QPushButton(tr("C&hoose…"), this);
    connect(chooseLogoButton, &QPushButton::clicked, this, &LetterheadDialog::chooseLogo);
    auto* removeLogo = new QPushButton(tr("Re&move"), this);
    connect(removeLogo, &QPushButton::clicked, this, [this] {
        m_logo.clear();
        showLogo();
    });
    auto* logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logoPreview, 1);
    logoRow->addWidget(chooseLogoButton);
    logoRow->addWidget(removeLogo);
    showLogo();

    m_prefix = new QLineEdit(current.numberPrefix, this);
    m_prefix->setMaxLength(12);
    m_prefix->setToolTip(tr("Letters are numbered PREFIX-YEAR-SEQUENCE, for example L-2026-0042."));
    m_language = new QComboBox(this);
    fillWithLetterLanguages(m_language, current.defaultLanguage);
    m_pdfA = new QCheckBox(tr("Save letters as PDF/A-1b, for archiving"), this);
    m_pdfA->setChecked(current.pdfA);

    auto* form = new QFormLayout;
    form->addRow(tr("Company &name:"), m_name);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("&Registration numbers:"), m_registration);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("&Signed by:"), m_signatory);
    form->addRow(tr("Their &position:"), m_title);
    form->addRow(tr("Logo:"), logoRow);
    form->addRow(tr("Number p&refix:"), m_prefix);
    form->addRow(tr("Letters are &written in:"), m_language);
    form->addRow(QString(), m_pdfA);

    // The words to avoid, one list per language, each restorable to the shipped one.
    auto* words = new QTabWidget(this);
    for (const QString& language : ShippedLetters::languages()) {
        auto* page = new QWidget(words);
        auto* edit = new QPlainTextEdit(page);
        edit->setObjectName(QStringLiteral("wordsToAvoid_") + language);
        edit->setPlainText(
            Letterhead::wordsToAvoid(desk.db, language).value_or(ShippedLetters::wordsToAvoid(language)));
        auto* restore = new QPushButton(tr("Restore the Shipped List"), page);
        connect(restore, &QPushButton::clicked, edit, [edit, language] {
            edit->setPlainText(ShippedLetters::wordsToAvoid(language));
        });
        auto* pageLayout = new QVBoxLayout(page);
        pageLayout->addWidget(edit);
        pageLayout->addWidget(restore, 0, Qt::AlignLeft);
        words->addTab(page, language);
        m_words.append({language, edit});
    }
    auto* wordsLabel = new QLabel(tr("Words letters avoid (one per line; a * at the end matches every word that "
                                     "starts so). The politeness check also looks for tag names and reasons."),
                                  this);
    wordsLabel->setWordWrap(true);

    m_message = new FieldMessage(this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(wordsLabel);
    layout->addWidget(words, 1);
    layout->addWidget(m_message);
    addDialogButtons(this, layout, QDialogButtonBox::Save);
    if (!letterhead) {
        m_message->show(letterhead.errorString());
    }
    resize(640, 760);
}

void LetterheadDialog::showLogo()
{
    if (m_logo.isEmpty()) {
        m_logoPreview->setText(tr("No logo"));
        return;
    }
    QPixmap logo;
    logo.loadFromData(m_logo);
    m_logoPreview->setPixmap(logo.scaledToHeight(48, Qt::SmoothTransformation));
}

void LetterheadDialog::chooseLogo()
{
    QStringList patterns;
    for (const QByteArray& format : QImageReader::supportedImageFormats()) {
        patterns << QStringLiteral("*.") + QString::fromLatin1(format);
    }
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose the Logo"), QString(), tr("Images (%1)").arg(patterns.join(QLatin1Char(' '))));
    if (path.isEmpty()) {
        return;
    }
    QImageReader reader(path);
    const QImage image = reader.read();
    if (image.isNull()) {
        m_message->show(tr("%1 could not be read as an image: %2").arg(path, reader.errorString()));
        return;
    }
    m_logo = flattenedLogo(image);
    m_message->clear();
    showLogo();
}

void LetterheadDialog::accept()
{
    const auto actor = m_desk.actor();
    if (!actor) {
        m_message->show(chooseDeskOperatorFirst());
        return;
    }
    Letterhead letterhead;
    letterhead.companyName = m_name->text();
    letterhead.address = m_address->toPlainText();
    letterhead.registration = m_registration->toPlainText();
    letterhead.phone = m_phone->text();
    letterhead.email = m_email->text();
    letterhead.signatory = m_signatory->text();
    letterhead.signatoryTitle = m_title->text();
    letterhead.logoPng = m_logo;
    letterhead.numberPrefix = m_prefix->text();
    letterhead.defaultLanguage = m_language->currentData().toString();
    letterhead.pdfA = m_pdfA->isChecked();
    if (Status saved = Letterhead::save(m_desk.db, *actor, letterhead); !saved) {
        m_message->show(saved.errorString());
        return;
    }
    for (const auto& [language, edit] : std::as_const(m_words)) {
        const QString before = Letterhead::wordsToAvoid(m_desk.db, language).value_or({});
        if (edit->toPlainText() == before) {
            continue;
        }
        if (Status saved = Letterhead::setWordsToAvoid(m_desk.db, *actor, language, edit->toPlainText()); !saved) {
            m_message->show(saved.errorString());
            return;
        }
    }
    QDialog::accept();
}

} // namespace abonent
