#pragma once

#include "DomainTypes.h"

#include <QString>

#include <vector>

namespace abonent {

// A tag Abonent ships in its catalogue. Its name and guidance are English
// source text translated at display time, so each desk reads the catalogue
// in its own language until a manager rewrites an entry.
struct ShippedTag
{
    const char* key; // stable, stored as tags.shipped_key
    const char* name;
    const char* guidance;
    const char* colour;
    Severity severity;
    bool marksProblem;
    int defaultExpiryDays; // 0: does not expire
};

class ShippedTags
{
public:
    static const std::vector<ShippedTag>& all();
    static const ShippedTag* find(const QString& key);
    static QString name(const ShippedTag& tag);
    static QString guidance(const ShippedTag& tag);

    // Keys the pattern indicators suggest.
    static constexpr const char* abusiveLanguage = "abusive_language";
    static constexpr const char* threats = "threats";
    static constexpr const char* excessiveSupport = "excessive_support";
};

} // namespace abonent
