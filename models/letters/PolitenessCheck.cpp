#include "PolitenessCheck.h"

#include "Letterhead.h"
#include "SearchText.h"
#include "ShippedTags.h"
#include "SqlSupport.h"
#include "TagCatalogue.h"

#include <QMutex>
#include <QSqlQuery>
#include <QTranslator>

#include <algorithm>
#include <memory>
#include <vector>

namespace abonent {

namespace {

// A reason is a sentence an operator wrote; a letter that repeats any six
// words of it in a row is quoting it. Fewer words are ordinary speech (the
// topic "drops several times a day" beside the reason "calls several times
// a day"). Shorter reasons must appear whole.
constexpr int kReasonRun = 6;

QStringList wordsIn(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[^\\w]+"),
                                               QRegularExpression::UseUnicodePropertiesOption);
    return SearchText::fold(text).split(separators, Qt::SkipEmptyParts);
}

// The shipped tag names as the Russian and Ukrainian catalogues have them,
// when this program carries those translations (the window does; a test of
// the core alone may not).
QStringList translatedShippedName(const char* englishName)
{
    static QMutex mutex;
    static std::vector<std::unique_ptr<QTranslator>> translators;
    static bool loaded = false;
    QMutexLocker lock(&mutex);
    if (!loaded) {
        loaded = true;
        for (const char* language : {"ru", "uk"}) {
            auto translator = std::make_unique<QTranslator>();
            if (translator->load(QStringLiteral(":/i18n/abonent_%1.qm").arg(QLatin1String(language)))) {
                translators.push_back(std::move(translator));
            }
        }
    }
    QStringList names;
    for (const auto& translator : translators) {
        const QString name = translator->translate("ShippedTags", englishName);
        if (!name.isEmpty()) {
            names.append(name);
        }
    }
    return names;
}

} // namespace

QString PolitenessHit::describe() const
{
    switch (source) {
    case Source::TagName:
        return PolitenessCheck::tr("\"%1\" is the name of a tag (%2).").arg(found, rule);
    case Source::TagReason:
        return PolitenessCheck::tr("\"%1\" repeats the reason given for one of the customer's tags.").arg(found);
    case Source::Word:
        return PolitenessCheck::tr("\"%1\" is on the list of words letters avoid (%2).").arg(found, rule);
    }
    return found;
}

Result<PolitenessCheck> PolitenessCheck::forCustomer(const QSqlDatabase& db, qint64 customerId, const QString& language)
{
    auto catalogue = TagCatalogue(db).tags(true);
    if (!catalogue) {
        return catalogue.error();
    }
    QStringList names;
    for (const Tag& tag : catalogue.value()) {
        names.append(tag.name);
        if (const ShippedTag* shipped = ShippedTags::find(tag.shippedKey)) {
            names.append(QString::fromUtf8(shipped->name));
            names.append(translatedShippedName(shipped->name));
        }
    }
    auto query = sql::select(
        db, QStringLiteral("SELECT reason FROM tag_assignments WHERE customer_id = ? AND reason <> ''"), {customerId});
    if (!query) {
        return query.error();
    }
    QStringList reasons;
    while (query->next()) {
        reasons.append(query->value(0).toString());
    }
    auto words = Letterhead::wordsToAvoid(db, language);
    if (!words) {
        return words.error();
    }
    // The catalogue and the word list are the same for every letter of a
    // batch; their compiled patterns are kept for the next letter.
    static QMutex mutex;
    static QString cachedKey;
    static QList<Rule> cachedRules;
    const QString key = words.value() + QChar(0) + names.join(QChar(0));
    PolitenessCheck check;
    {
        QMutexLocker lock(&mutex);
        if (key != cachedKey) {
            PolitenessCheck shared;
            shared.addTagNamesAndWords(names, words.value());
            cachedKey = key;
            cachedRules = shared.m_rules;
        }
        check.m_rules = cachedRules;
    }
    check.addReasons(reasons);
    return check;
}

PolitenessCheck::PolitenessCheck(const QStringList& tagNames,
                                 const QStringList& tagReasons,
                                 const QString& wordsToAvoid)
{
    addTagNamesAndWords(tagNames, wordsToAvoid);
    addReasons(tagReasons);
}

void PolitenessCheck::addReasons(const QStringList& tagReasons)
{
    for (const QString& reason : tagReasons) {
        const QStringList words = wordsIn(reason);
        if (words.size() <= kReasonRun) {
            addPhrase(PolitenessHit::Source::TagReason, words.join(QLatin1Char(' ')), false);
            continue;
        }
        for (qsizetype first = 0; first + kReasonRun <= words.size(); ++first) {
            addPhrase(PolitenessHit::Source::TagReason, words.mid(first, kReasonRun).join(QLatin1Char(' ')), false);
        }
    }
}

void PolitenessCheck::addTagNamesAndWords(const QStringList& tagNames, const QString& wordsToAvoid)
{
    for (const QString& name : tagNames) {
        addPhrase(PolitenessHit::Source::TagName, name, false);
    }
    for (QString line : wordsToAvoid.split(QLatin1Char('\n'))) {
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#'))) {
            continue;
        }
        const bool prefix = line.endsWith(QLatin1Char('*'));
        addPhrase(PolitenessHit::Source::Word, prefix ? line.chopped(1) : line, prefix);
    }
}

void PolitenessCheck::addPhrase(PolitenessHit::Source source, const QString& text, bool prefix)
{
    const QStringList words = wordsIn(text);
    if (words.isEmpty()) {
        return;
    }
    for (const Rule& rule : std::as_const(m_rules)) {
        if (rule.source == source && rule.text == text) {
            return;
        }
    }
    QStringList escaped;
    for (const QString& word : words) {
        escaped.append(QRegularExpression::escape(word));
    }
    const QString pattern =
        QStringLiteral("(?<!\\w)%1%2")
            .arg(escaped.join(QStringLiteral("\\W+")), prefix ? QStringLiteral("\\w*") : QStringLiteral("(?!\\w)"));
    m_rules.append(
        {source, text.trimmed(), QRegularExpression(pattern, QRegularExpression::UseUnicodePropertiesOption)});
}

QList<PolitenessHit> PolitenessCheck::check(const QString& plainText) const
{
    const QString folded = SearchText::fold(plainText);
    // Folding keeps the length for the scripts letters use, so the match can
    // be quoted as it was written; otherwise it is quoted folded.
    const QString& quoted = folded.size() == plainText.size() ? plainText : folded;
    struct Found
    {
        const Rule* rule;
        qsizetype start;
        qsizetype length;
    };
    std::vector<Found> found;
    for (const Rule& rule : m_rules) {
        for (auto matches = rule.pattern.globalMatch(folded); matches.hasNext();) {
            const auto match = matches.next();
            found.push_back({&rule, match.capturedStart(), match.capturedLength()});
        }
    }
    // Words that several rules match (a tag's name that is also on the list
    // and in a reason) are one hit: the tag's name first, as it says most,
    // then the reason, then the list; the longest of those alike. Each rule
    // is reported once, where it first stands on its own.
    std::stable_sort(found.begin(), found.end(), [](const Found& a, const Found& b) {
        if (a.rule->source != b.rule->source) {
            return a.rule->source < b.rule->source;
        }
        return a.length > b.length;
    });
    std::vector<Found> kept;
    for (const Found& candidate : found) {
        const bool overlaps = std::any_of(kept.begin(), kept.end(), [&candidate](const Found& other) {
            return other.rule == candidate.rule
                || (candidate.start < other.start + other.length && other.start < candidate.start + candidate.length);
        });
        if (!overlaps) {
            kept.push_back(candidate);
        }
    }
    std::stable_sort(
        kept.begin(), kept.end(), [](const Found& a, const Found& b) { return a.start < b.start; }); // as they read
    QList<PolitenessHit> hits;
    for (const Found& hit : kept) {
        hits.append({hit.rule->source, hit.rule->text, quoted.mid(hit.start, hit.length)});
    }
    return hits;
}

QString PolitenessCheck::summary(const QList<PolitenessHit>& hits)
{
    QStringList lines;
    for (const PolitenessHit& hit : hits) {
        lines.append(hit.describe());
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace abonent
