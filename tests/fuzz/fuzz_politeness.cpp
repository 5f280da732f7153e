// The politeness check: an office's list of words to avoid (one a line, '#'
// comments, a trailing '*' for "words starting with"), tag names, the
// reasons operators wrote, and the letter's text. Input: those four, as
// NUL-separated parts; names and reasons one a line.
#include "FuzzSupport.h"
#include "PolitenessCheck.h"

using namespace abonent;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const fuzz::Parts parts(data, size, '\0');
    const QString words = parts.text(0);
    const QStringList tagNames = parts.text(1).split(QLatin1Char('\n'));
    const QStringList reasons = parts.text(2).split(QLatin1Char('\n'));
    const QString letter = parts.text(3);

    const PolitenessCheck check(tagNames, reasons, words);
    const QList<PolitenessHit> hits = check.check(letter);
    for (const PolitenessHit& hit : hits) {
        fuzz::check(!hit.found.isEmpty(), "a hit that quotes nothing", hit.rule);
        fuzz::check(!hit.describe().isEmpty(), "a hit without description");
    }
    fuzz::check(PolitenessCheck::summary(hits).isEmpty() == hits.isEmpty(), "summary disagrees with the hits");
    return 0;
}
