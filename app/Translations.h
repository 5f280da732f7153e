#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace abonent {

// Loads Abonent's own catalogue and Qt's for one language. The language is the
// DeskSetting::Language when set (a code, or "system"), else the system locale.
class Translations
{
public:
    // Languages Abonent is translated into, besides the English source.
    static QStringList available();
    // The language the setting or, failing that, the system asks for.
    static QString chosenLanguage();
    // Installs the translators on the application; returns the language in effect ("en" when none applied).
    static QString install(QCoreApplication& app, const QString& language = chosenLanguage());
};

} // namespace abonent
