#pragma once

#include "Actor.h"
#include "Clock.h"
#include "DomainTypes.h"
#include "LetterPdf.h"
#include "LetterTemplates.h"
#include "Letterhead.h"
#include "PolitenessCheck.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QPointer>
#include <QSqlDatabase>

#include <functional>
#include <optional>

namespace abonent {

class ChangeNotifier;

// What a letter is to be: its kind and language, to whom, and the few things
// only the person writing it can say.
struct LetterRequest
{
    LetterKind kind = LetterKind::SupportReminder;
    QString language; // empty: the office's default letter language
    qint64 customerId = 0;
    // The case step the letter goes out with. Notices and confirmations take
    // their clause, dates and refund from it; when empty, from the
    // customer's latest such step.
    std::optional<qint64> caseStepId;
    QString freeText; // the paragraph written for this letter
    QDate periodFrom; // service report; default: twelve months to today
    QDate periodTo;
    // A particular template version, or unsaved template text (the editor's
    // preview); by default the current version.
    std::optional<qint64> templateId;
    QString templateBody;
    // Why the letter goes out although the politeness check found something.
    QString overrideReason;
    // A voided letter this one replaces.
    std::optional<qint64> replacesLetterId;
};

// A letter rendered but not issued: what the preview shows.
struct LetterDraft
{
    qint64 templateId = 0;
    int templateVersion = 0;
    QString language;
    QString html;
    QString plainText;
    QList<PolitenessHit> hits;
    // Placeholders without a value: highlighted in the preview; the letter
    // cannot be issued until they have one.
    QStringList missing;
    std::optional<qint64> caseStepId;
    QString title; // "Notice of termination L-2026-0007"
};

// A letter in the register.
struct IssuedLetter
{
    qint64 id = 0;
    QString number;
    qint64 customerId = 0;
    QString customerName;
    QString contractNumber;
    LetterKind kind = LetterKind::SupportReminder;
    QString language;
    int templateVersion = 0;
    std::optional<qint64> caseStepId;
    QDate letterDate;
    QDateTime issuedAt;
    QString issuedByName;
    QString sha256;
    QString checkHits;
    QString checkOverride;
    std::optional<qint64> replacesId;
    QDateTime voidedAt; // invalid while in force
    QString voidedByName;
    QString voidReason;
    // Its text and PDF went with its customer's personal data (GDPR art. 17);
    // number, dates and SHA-256 stay in the register.
    bool erased = false;

    bool isVoid() const { return voidedAt.isValid(); }
    // "L-2026-0007.pdf"
    QString fileName() const;
};

// Letters from template to register. Issuing renders the letter with the
// next number of the year, checks it and makes the PDF outside any write
// transaction, then takes the number and stores all of it with its SHA-256 in
// one short transaction: a letter that fails at any point leaves no number
// used, and other desks are kept waiting for no longer than that write.
// Issued letters are never changed; a void keeps the number and records why.
class LetterService
{
    Q_DECLARE_TR_FUNCTIONS(LetterService)

public:
    explicit LetterService(QSqlDatabase db, ChangeNotifier* notifier = nullptr, Clock clock = systemClock());

    // The letter as it would be issued now, numbered "…" (the preview).
    Result<LetterDraft> prepare(const LetterRequest& request) const;
    // Issues the letter; `pdf` receives the document that was registered.
    Result<IssuedLetter> issue(const Actor& actor, const LetterRequest& request, QByteArray* pdf = nullptr);
    // When other desks took the number a letter was rendered with, it is
    // rendered again, for the number they will have reached by then at the
    // pace they went; never with the write lock held. After so many renders
    // the letter is not issued. A render is lost when another desk
    // registered a letter meanwhile, and at most once more when a guess of
    // their pace overshot as they stopped (the next render takes the exact
    // number): a colleague issuing a dozen letters at the same moment costs
    // at most 2 × 12 + 1 renders.
    static constexpr int kMaximumRenders = 25;
    // Called with a letter's number each time issue() has made its PDF, before
    // registering it. Tests hold a desk here to show what another desk can do
    // meanwhile; the application sets none.
    using RenderedHook = std::function<void(const QString& number)>;
    void setRenderedHook(RenderedHook hook) { m_rendered = std::move(hook); }
    Status voidLetter(const Actor& actor, qint64 letterId, const QString& reason);

    Result<IssuedLetter> find(qint64 letterId) const;
    Result<IssuedLetter> findByNumber(const QString& number) const;
    Result<QList<IssuedLetter>> lettersOf(qint64 customerId) const;
    Result<QList<IssuedLetter>> all() const;
    // The PDF and the text on record; an error saying so for a letter erased
    // with its customer's data.
    Result<QByteArray> pdfOf(qint64 letterId) const;
    // A customer to try templates on, with the most to show: the latest
    // given notice, else the first; 0 in an empty database.
    Result<qint64> sampleCustomer() const;
    Result<QString> contentOf(qint64 letterId) const;

    // Which step of a case a kind of letter belongs to; none for a service report.
    static std::optional<CaseStep> stepFor(LetterKind kind);
    // The letter that goes out with a step.
    static LetterKind kindFor(CaseStep step);
    // How a letter is laid out: title, letterhead logo, PDF/A, page footer.
    static LetterPdf::Options pdfOptions(const Letterhead& letterhead, const QString& title, const QString& number);
    // Who may issue a kind: termination letters are the owner's.
    static bool ownerOnly(LetterKind kind);

private:
    static Error erasedLetter();

    // A letter rendered with its number, checked and made into a PDF: what
    // the register stores.
    struct RenderedLetter
    {
        int sequence = 0;
        QString number;
        LetterDraft draft;
        QByteArray pdf;
        QString sha256;
    };

    Result<LetterDraft> render(const LetterRequest& request,
                               const Letterhead& letterhead,
                               const QString& number,
                               const QDate& date,
                               bool preview) const;
    Status mayIssue(const Actor& actor, const LetterRequest& request) const;
    Result<RenderedLetter>
    renderForIssue(const LetterRequest& request, const Letterhead& letterhead, const QDate& date, int sequence) const;
    // A rendered letter registered, or the number the register gave instead.
    struct Registration
    {
        Result<qint64> id = Error {};
        std::optional<int> nextInstead;
    };
    // One short write transaction: takes the next number and, if it is the
    // letter's, stores the letter; otherwise gives the number back.
    Registration
    registerLetter(const Actor& actor, const LetterRequest& request, const QDate& date, const RenderedLetter& letter);
    // Inside the issuing transaction: the letter, its case step's link and the audit entry.
    Result<qint64>
    record(const Actor& actor, const LetterRequest& request, const QDate& date, const RenderedLetter& letter);
    Result<QList<IssuedLetter>> select(const QString& condition, const QVariantList& values) const;
    void announce(qint64 customerId) const;

    QSqlDatabase m_db;
    QPointer<ChangeNotifier> m_notifier;
    Clock m_clock;
    RenderedHook m_rendered;
};

} // namespace abonent
