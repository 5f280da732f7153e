// The tags of a call note's draft, kept as JSON in the database: read back
// after a crash, from a file another program may have changed. Whatever the
// text, decoding gives tags or none, and what it gives survives encoding.
#include "CallDrafts.h"
#include "FuzzSupport.h"

using namespace abonent;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QList<TagRequest> tags = CallDraftStore::decodeTags(QString::fromUtf8(fuzz::bytesOf(data, size)));
    for (const TagRequest& tag : tags) {
        fuzz::check(tag.tagId > 0, "a tag without id");
    }
    const QList<TagRequest> again = CallDraftStore::decodeTags(CallDraftStore::encodeTags(tags));
    fuzz::check(again.size() == tags.size(), "tags lost on the way");
    for (qsizetype i = 0; i < tags.size(); ++i) {
        const TagRequest& before = tags.at(i);
        const TagRequest& after = again.at(i);
        fuzz::check(before.tagId == after.tagId && before.reason == after.reason && before.evidence == after.evidence
                        && before.neverExpires == after.neverExpires && before.expiresAt == after.expiresAt,
                    "a tag changed on the way");
    }
    return 0;
}
