#include "LetterService.h"

#include "AuditLog.h"
#include "Authorization.h"
#include "ChangeNotifier.h"
#include "ErasedCustomers.h"
#include "LetterFacts.h"
#include "LetterNumbering.h"
#include "LetterPdf.h"
#include "ShippedLetters.h"
#include "SqlSupport.h"
#include "Transaction.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QThread>

namespace abonent {

QString IssuedLetter::fileName() const
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]"));
    return QString(number).replace(unsafe, QStringLiteral("_")) + QStringLiteral(".pdf");
}

LetterService::LetterService(QSqlDatabase db, ChangeNotifier* notifier, Clock clock)
    : m_db(std::move(db))
    , m_notifier(notifier)
    , m_clock(std::move(clock))
{
}

std::optional<CaseStep> LetterService::stepFor(LetterKind kind)
{
    switch (kind) {
    case LetterKind::SupportReminder:
        return CaseStep::Reminder;
    case LetterKind::PlanOffer:
        return CaseStep::Offer;
    case LetterKind::TerminationNotice:
        return CaseStep::Notice;
    case LetterKind::TerminationConfirmation:
        return CaseStep::Terminated;
    case LetterKind::ServiceReport:
        break;
    }
    return std::nullopt;
}

LetterPdf::Options LetterService::pdfOptions(const Letterhead& letterhead, const QString& title, const QString& number)
{
    LetterPdf::Options options;
    options.title = title;
    options.pdfA = letterhead.pdfA;
    options.footer = [number](int page, int pages) {
        return QStringLiteral("%1 · %2/%3").arg(number, QString::number(page), QString::number(pages));
    };
    options.logo = letterhead.logo();
    options.keepTableRowsWhole = true;
    return options;
}

LetterKind LetterService::kindFor(CaseStep step)
{
    switch (step) {
    case CaseStep::Reminder:
        break;
    case CaseStep::Offer:
        return LetterKind::PlanOffer;
    case CaseStep::Notice:
        return LetterKind::TerminationNotice;
    case CaseStep::Terminated:
        return LetterKind::TerminationConfirmation;
    }
    return LetterKind::SupportReminder;
}

bool LetterService::ownerOnly(LetterKind kind)
{
    return kind == LetterKind::TerminationNotice || kind == LetterKind::TerminationConfirmation;
}

Result<LetterDraft> LetterService::render(const LetterRequest& request,
                                          const Letterhead& letterhead,
                                          const QString& number,
                                          const QDate& date,
                                          bool preview) const
{
    LetterDraft draft;
    draft.language = request.language.isEmpty() ? letterhead.defaultLanguage : request.language;
    if (!ShippedLetters::languages().contains(draft.language)) {
        return makeError(
            Error::Code::Invalid,
            tr("Letters are written in English (en), Russian (ru) or Ukrainian (uk), not \"%1\".").arg(draft.language));
    }
    QString body = request.templateBody;
    if (body.isEmpty()) {
        LetterTemplates templates(m_db);
        auto version =
            request.templateId ? templates.find(*request.templateId) : templates.current(request.kind, draft.language);
        if (!version) {
            return version.error();
        }
        if (version->kind != request.kind || version->language != draft.language) {
            return makeError(Error::Code::Invalid,
                             tr("The template chosen is for another kind of letter or language."));
        }
        draft.templateId = version->id;
        draft.templateVersion = version->version;
        body = version->body;
    }
    const LetterLanguage language(draft.language);
    auto facts = LetterFacts(m_db, letterhead, language).gather(request, number, date);
    if (!facts) {
        return facts.error();
    }
    auto html = LetterTemplate(body).fill(facts->values, preview ? &draft.missing : nullptr);
    if (!html && facts->missingStep) {
        // Which step to take, rather than which figure it would have given.
        return makeError(Error::Code::Invalid,
                         tr("A letter \"%1\" follows the case step \"%2\", which has not been taken for this "
                            "customer yet: take that step first.")
                             .arg(labelOf(request.kind), labelOf(*facts->missingStep)));
    }
    if (!html) {
        return html.error();
    }
    draft.html = html.value();
    draft.caseStepId = facts->caseStepId;
    draft.plainText = LetterPdf::plainText(draft.html);
    draft.title = QStringLiteral("%1 %2").arg(language.title(request.kind), number); // the letter's language
    auto check = PolitenessCheck::forCustomer(m_db, request.customerId, draft.language);
    if (!check) {
        return check.error();
    }
    draft.hits = check->check(draft.plainText);
    return draft;
}

Result<LetterDraft> LetterService::prepare(const LetterRequest& request) const
{
    auto letterhead = Letterhead::load(m_db);
    if (!letterhead) {
        return letterhead.error();
    }
    const QDate today = m_clock().toLocalTime().date();
    // The number is only taken on issue; the preview shows where it goes.
    return render(request,
                  letterhead.value(),
                  QStringLiteral("%1-%2-····").arg(letterhead->numberPrefix, QString::number(today.year())),
                  today,
                  true);
}

Status LetterService::mayIssue(const Actor& actor, const LetterRequest& request) const
{
    if (!request.templateBody.isEmpty()) {
        return makeError(Error::Code::Invalid, tr("Save the template before issuing letters from it."));
    }
    if (Status allowed =
            Authorization(m_db).requireManager(actor, tr("Only a manager or the owner can issue letters."));
        !allowed) {
        return allowed;
    }
    if (Status kept = ErasedCustomers::refuseIfErased(m_db, request.customerId); !kept) {
        return kept;
    }
    if (ownerOnly(request.kind)) {
        if (Status owner = Authorization(m_db).requireOwner(actor, tr("Termination letters are issued by the owner."));
            !owner) {
            return owner;
        }
    }
    if (request.replacesLetterId) {
        // Checked once, before the write: a void is never undone and a letter
        // never changes customer.
        auto replaced = find(*request.replacesLetterId);
        if (!replaced) {
            return replaced.error();
        }
        if (replaced->customerId != request.customerId || !replaced->isVoid()) {
            return makeError(Error::Code::Invalid, tr("Only a voided letter to the same customer can be replaced."));
        }
    }
    return {};
}

Result<LetterService::RenderedLetter> LetterService::renderForIssue(const LetterRequest& request,
                                                                    const Letterhead& letterhead,
                                                                    const QDate& date,
                                                                    int sequence) const
{
    RenderedLetter letter;
    letter.sequence = sequence;
    letter.number = LetterNumbering::number(letterhead.numberPrefix, date.year(), sequence);
    auto draft = render(request, letterhead, letter.number, date, false);
    if (!draft) {
        return draft.error();
    }
    if (!draft->hits.isEmpty() && request.overrideReason.trimmed().isEmpty()) {
        return makeError(Error::Code::Blocked,
                         tr("The letter was not issued. %1\nEdit the text, or issue it anyway and say why.")
                             .arg(PolitenessCheck::summary(draft->hits)));
    }
    letter.draft = std::move(draft).value();
    auto pdf = LetterPdf::render(letter.draft.html, pdfOptions(letterhead, letter.draft.title, letter.number));
    if (!pdf) {
        return pdf.error();
    }
    letter.pdf = std::move(pdf).value();
    letter.sha256 = QString::fromLatin1(QCryptographicHash::hash(letter.pdf, QCryptographicHash::Sha256).toHex());
    if (m_rendered) {
        m_rendered(letter.number);
    }
    return letter;
}

LetterService::Registration LetterService::registerLetter(const Actor& actor,
                                                          const LetterRequest& request,
                                                          const QDate& date,
                                                          const RenderedLetter& letter)
{
    Registration registration;
    registration.id = inTransaction(m_db, [&]() -> Result<qint64> {
        auto next = LetterNumbering(m_db).takeNext(date.year());
        if (!next) {
            return next.error();
        }
        if (next.value() != letter.sequence) {
            registration.nextInstead = next.value();
            // Only rolls the transaction back; nobody sees this.
            return makeError(Error::Code::Conflict, QStringLiteral("letter number taken meanwhile"));
        }
        return record(actor, request, date, letter);
    });
    return registration;
}

Result<qint64>
LetterService::record(const Actor& actor, const LetterRequest& request, const QDate& date, const RenderedLetter& letter)
{
    const LetterDraft& draft = letter.draft;
    const QString hits = PolitenessCheck::summary(draft.hits);
    const QString overrideReason = hits.isEmpty() ? QString() : request.overrideReason.trimmed();
    QSqlQuery insert(m_db);
    auto inserted = sql::insert(
        insert,
        QStringLiteral("INSERT INTO letters (number, year, sequence, customer_id, template_id, case_step_id,"
                       " letter_date, content, pdf, pdf_sha256, issued_at, issued_by, check_hits,"
                       " check_override, replaces_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {letter.number,
         date.year(),
         letter.sequence,
         request.customerId,
         draft.templateId,
         draft.caseStepId ? QVariant(*draft.caseStepId) : QVariant(),
         sql::toDateValue(date),
         draft.html,
         letter.pdf,
         letter.sha256,
         sql::toEpoch(m_clock()),
         actor.operatorId ? QVariant(*actor.operatorId) : QVariant(),
         hits,
         overrideReason,
         request.replacesLetterId ? QVariant(*request.replacesLetterId) : QVariant()});
    if (!inserted) {
        return inserted.error();
    }
    const qint64 letterId = inserted.value();
    if (draft.caseStepId) {
        // The step shows its letter; a letter in force is not displaced.
        QSqlQuery link(m_db);
        if (Status status = sql::exec(link,
                                      QStringLiteral("UPDATE case_steps SET letter_id = ? WHERE id = ? AND"
                                                     " (letter_id IS NULL OR letter_id IN"
                                                     " (SELECT id FROM letters WHERE voided_at IS NOT NULL))"),
                                      {letterId, *draft.caseStepId});
            !status) {
            return status.error();
        }
    }
    const QJsonObject after {{QStringLiteral("number"), letter.number},
                             {QStringLiteral("kind"), codeOf(request.kind)},
                             {QStringLiteral("language"), draft.language},
                             {QStringLiteral("template_version"), draft.templateVersion},
                             {QStringLiteral("sha256"), letter.sha256}};
    if (Status audited =
            AuditLog(m_db).record(actor, request.customerId, AuditLog::letterIssued(), {}, after, overrideReason);
        !audited) {
        return audited.error();
    }
    return letterId;
}

Result<IssuedLetter> LetterService::issue(const Actor& actor, const LetterRequest& request, QByteArray* pdfOut)
{
    if (Status allowed = mayIssue(actor, request); !allowed) {
        return allowed.error();
    }
    auto letterhead = Letterhead::load(m_db);
    if (!letterhead) {
        return letterhead.error();
    }
    const QDate today = m_clock().toLocalTime().date();
    LetterNumbering numbering(m_db);
    auto expected = numbering.expectedNext(today.year());
    if (!expected) {
        return expected.error();
    }
    // Rendered with the number the register expects, before the short write
    // transaction that takes the number and stores the letter. If other desks
    // registered letters meanwhile, the number is given back and the letter
    // rendered again for the number they will have reached by the time it is
    // done, at the pace they went (a desk issuing a batch registers about one
    // letter a render). A letter rendered ahead waits for them, at most as
    // long as it took to render, and is rendered for the next number if they
    // stopped.
    int sequence = expected.value();
    int seen = expected.value(); // the register's next number when last read
    for (int attempt = 0; attempt < kMaximumRenders; ++attempt) {
        QElapsedTimer rendering;
        rendering.start();
        auto letter = renderForIssue(request, letterhead.value(), today, sequence);
        if (!letter) {
            return letter.error();
        }
        Registration registration = registerLetter(actor, request, today, letter.value());
        QDeadlineTimer patience(rendering.elapsed());
        while (registration.nextInstead && *registration.nextInstead < sequence && !patience.hasExpired()) {
            QThread::msleep(5);
            auto next = numbering.expectedNext(today.year());
            if (next && next.value() >= sequence) {
                registration = registerLetter(actor, request, today, letter.value());
            }
        }
        if (registration.nextInstead) {
            const int next = *registration.nextInstead;
            sequence = next + (next - seen);
            seen = next;
            continue;
        }
        if (!registration.id) {
            return registration.id.error();
        }
        announce(request.customerId);
        if (pdfOut) {
            *pdfOut = letter->pdf;
        }
        return find(registration.id.value());
    }
    return makeError(Error::Code::Busy,
                     tr("Other desks kept taking the next letter number while this letter was prepared, %n "
                        "time(s); it was not issued and no number was used. Issue it again in a moment.",
                        nullptr,
                        kMaximumRenders));
}

Status LetterService::voidLetter(const Actor& actor, qint64 letterId, const QString& reason)
{
    if (Status allowed = Authorization(m_db).requireManager(actor, tr("Only a manager or the owner can void letters."));
        !allowed) {
        return allowed;
    }
    if (reason.trimmed().isEmpty()) {
        return makeError(Error::Code::Invalid, tr("Say why the letter is void; the reason stays in the register."));
    }
    auto letter = find(letterId);
    if (!letter) {
        return letter.error();
    }
    if (ownerOnly(letter->kind)) {
        if (Status owner = Authorization(m_db).requireOwner(actor, tr("Termination letters are voided by the owner."));
            !owner) {
            return owner;
        }
    }
    if (letter->isVoid()) {
        return makeError(Error::Code::Conflict, tr("Letter %1 is void already.").arg(letter->number));
    }
    Status done = inTransaction(m_db, [&]() -> Status {
        QSqlQuery query(m_db);
        if (Status status = sql::exec(query,
                                      QStringLiteral("UPDATE letters SET voided_at = ?, voided_by = ?, void_reason = ?"
                                                     " WHERE id = ? AND voided_at IS NULL"),
                                      {sql::toEpoch(m_clock()),
                                       actor.operatorId ? QVariant(*actor.operatorId) : QVariant(),
                                       reason.trimmed(),
                                       letterId});
            !status) {
            return status;
        }
        if (query.numRowsAffected() != 1) {
            return makeError(Error::Code::Conflict, tr("Letter %1 is void already.").arg(letter->number));
        }
        return AuditLog(m_db).record(actor,
                                     letter->customerId,
                                     AuditLog::letterVoided(),
                                     {{QStringLiteral("number"), letter->number}},
                                     {{QStringLiteral("void"), true}},
                                     reason.trimmed());
    });
    if (done) {
        announce(letter->customerId);
    }
    return done;
}

Result<QList<IssuedLetter>> LetterService::select(const QString& condition, const QVariantList& values) const
{
    auto query = sql::select(
        m_db,
        QStringLiteral("SELECT l.id, l.number, l.customer_id, c.name, c.contract_number, t.kind, t.language,"
                       " t.version, l.case_step_id, l.letter_date, l.issued_at, coalesce(i.name, ''),"
                       " l.pdf_sha256, l.check_hits, l.check_override, l.replaces_id, l.voided_at,"
                       " coalesce(v.name, ''), l.void_reason, c.erased_at FROM letters l"
                       " JOIN customers c ON c.id = l.customer_id"
                       " JOIN letter_templates t ON t.id = l.template_id"
                       " LEFT JOIN operators i ON i.id = l.issued_by"
                       " LEFT JOIN operators v ON v.id = l.voided_by"
                       " WHERE %1 ORDER BY l.year DESC, l.sequence DESC")
            .arg(condition),
        values);
    if (!query) {
        return query.error();
    }
    QList<IssuedLetter> letters;
    while (query->next()) {
        IssuedLetter letter;
        letter.id = query->value(0).toLongLong();
        letter.number = query->value(1).toString();
        letter.customerId = query->value(2).toLongLong();
        letter.customerName = query->value(3).toString();
        letter.contractNumber = query->value(4).toString();
        letter.kind = fromCode<LetterKind>(query->value(5).toString()).value_or(LetterKind::SupportReminder);
        letter.language = query->value(6).toString();
        letter.templateVersion = query->value(7).toInt();
        if (!query->value(8).isNull()) {
            letter.caseStepId = query->value(8).toLongLong();
        }
        letter.letterDate = sql::fromDateValue(query->value(9));
        letter.issuedAt = sql::fromEpoch(query->value(10).toLongLong());
        letter.issuedByName = query->value(11).toString();
        letter.sha256 = query->value(12).toString();
        letter.checkHits = query->value(13).toString();
        letter.checkOverride = query->value(14).toString();
        if (!query->value(15).isNull()) {
            letter.replacesId = query->value(15).toLongLong();
        }
        if (!query->value(16).isNull()) {
            letter.voidedAt = sql::fromEpoch(query->value(16).toLongLong());
        }
        letter.voidedByName = query->value(17).toString();
        letter.voidReason = query->value(18).toString();
        letter.erased = !query->value(19).isNull();
        letters.append(letter);
    }
    return letters;
}

Result<IssuedLetter> LetterService::find(qint64 letterId) const
{
    auto found = select(QStringLiteral("l.id = ?"), {letterId});
    if (!found) {
        return found.error();
    }
    if (found->isEmpty()) {
        return makeError(Error::Code::NotFound, tr("Letter %1 is not in the register.").arg(letterId));
    }
    return found->first();
}

Result<IssuedLetter> LetterService::findByNumber(const QString& number) const
{
    auto found = select(QStringLiteral("l.number = ?"), {number});
    if (!found) {
        return found.error();
    }
    if (found->isEmpty()) {
        return makeError(Error::Code::NotFound, tr("Letter %1 is not in the register.").arg(number));
    }
    return found->first();
}

Result<QList<IssuedLetter>> LetterService::lettersOf(qint64 customerId) const
{
    return select(QStringLiteral("l.customer_id = ?"), {customerId});
}

Result<QList<IssuedLetter>> LetterService::all() const
{
    return select(QStringLiteral("1 = 1"), {});
}

Result<QByteArray> LetterService::pdfOf(qint64 letterId) const
{
    auto pdf = sql::scalar(m_db, QStringLiteral("SELECT pdf FROM letters WHERE id = ?"), {letterId});
    if (!pdf) {
        return pdf.error();
    }
    if (pdf->toByteArray().isEmpty()) {
        return erasedLetter();
    }
    return pdf->toByteArray();
}

Error LetterService::erasedLetter()
{
    return makeError(Error::Code::NotFound,
                     tr("This letter was erased with its customer's personal data: the register keeps its number, "
                        "dates and the SHA-256 of its PDF, not the letter itself."));
}

Result<qint64> LetterService::sampleCustomer() const
{
    auto id = sql::scalar(m_db,
                          QStringLiteral("SELECT coalesce((SELECT c.customer_id FROM case_steps s JOIN cases c"
                                         " ON c.id = s.case_id WHERE s.step = ? ORDER BY s.id DESC LIMIT 1),"
                                         " (SELECT min(id) FROM customers), 0)"),
                          {codeOf(CaseStep::Notice)});
    if (!id) {
        return id.error();
    }
    return id->toLongLong();
}

Result<QString> LetterService::contentOf(qint64 letterId) const
{
    auto content = sql::scalar(m_db, QStringLiteral("SELECT content FROM letters WHERE id = ?"), {letterId});
    if (!content) {
        return content.error();
    }
    if (content->toString().isEmpty()) {
        return erasedLetter();
    }
    return content->toString();
}

void LetterService::announce(qint64 customerId) const
{
    if (m_notifier) {
        emit m_notifier->customerChanged(customerId);
    }
}

} // namespace abonent
