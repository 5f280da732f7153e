// The letter placeholder engine: a template someone edited, filled with
// values (customer names, addresses) that may hold markup or placeholders of
// their own. Input: the template, then values, separated by NUL bytes; the
// values go to the known names in turn, as text or HTML alternately.
#include "FuzzSupport.h"
#include "LetterTemplate.h"

using namespace abonent;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const fuzz::Parts parts(data, size, '\0');
    const LetterTemplate letter(parts.text(0));
    const QStringList& known = LetterTemplate::knownNames();
    LetterValues values;
    // The input's size decides which conditions hold, so sections are kept and dropped alike.
    for (qsizetype i = 0; i < LetterTemplate::knownConditions().size(); ++i) {
        values.setCondition(LetterTemplate::knownConditions().at(i), (size >> i) & 1);
    }
    for (qsizetype i = 1; i < parts.count() && i <= known.size(); ++i) {
        const QString& name = known.at(i - 1);
        if (i % 2) {
            values.setText(name, parts.text(i));
            const QString markup = QString(values.html(name)).remove(QLatin1String("<br>"));
            fuzz::check(!markup.contains(QLatin1Char('<')) && !markup.contains(QLatin1Char('>')),
                        "a text value kept markup",
                        values.html(name));
        } else {
            values.setHtml(name, parts.text(i));
        }
    }

    const auto names = letter.placeholders();
    QStringList missing;
    const auto preview = letter.fill(values, &missing);
    const auto filled = letter.fill(values);
    if (!names) {
        fuzz::check(!preview && !filled, "a template with an unknown placeholder was filled");
        return 0;
    }
    fuzz::check(preview.ok(), "preview of a valid template failed", preview.errorString());
    // Only what the sections kept can be missing.
    const auto shown = letter.shownFor(values);
    fuzz::check(shown.ok(), "a valid template's sections could not be resolved", shown.errorString());
    const auto shownNames = LetterTemplate(shown.value()).placeholders();
    fuzz::check(shownNames.ok(), "the kept text of a valid template is not valid", shownNames.errorString());
    QStringList expectedMissing;
    for (const QString& name : shownNames.value()) {
        fuzz::check(names->contains(name), "a kept placeholder the template does not have", name);
    }
    for (const QString& name : names.value()) {
        fuzz::check(known.contains(name), "placeholders() gave an unknown name", name);
    }
    for (const QString& name : shownNames.value()) {
        if (!LetterTemplate::isOptional(name) && values.isEmpty(name)) {
            expectedMissing.append(name);
        }
    }
    fuzz::check(missing == expectedMissing, "preview lists other missing values", missing.join(QLatin1Char(',')));
    fuzz::check(filled.ok() == missing.isEmpty(), "fill and preview disagree", filled.errorString());
    // The preview shows what is missing where it is missing.
    for (const QString& name : std::as_const(missing)) {
        fuzz::check(preview->contains(QStringLiteral("{{%1}}").arg(name)), "preview hides a missing value", name);
    }
    return 0;
}
