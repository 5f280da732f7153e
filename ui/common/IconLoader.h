#pragma once

#include <QIcon>
#include <QString>

namespace abonent {

// Icons from the desktop theme, with Abonent's bundled drawings as fallbacks
// where the theme lacks one (Windows has no theme at all).
class IconLoader
{
public:
    static QIcon icon(const QString& themeName);
    static QIcon appIcon();
};

} // namespace abonent
