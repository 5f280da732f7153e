#include "Translations.h"

#include "DeskSettings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace abonent {

QStringList Translations::available()
{
    return {QStringLiteral("ru"), QStringLiteral("uk")};
}

QString Translations::chosenLanguage()
{
    const QString setting = DeskSettings::value(DeskSetting::Language).toString();
    if (setting != QLatin1String("system") && !setting.isEmpty()) {
        return setting;
    }
    for (const QString& tag : QLocale::system().uiLanguages()) {
        const QString language = tag.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0);
        if (language == QLatin1String("en") || available().contains(language)) {
            return language;
        }
    }
    return QStringLiteral("en");
}

QString Translations::install(QCoreApplication& app, const QString& language)
{
    if (!available().contains(language)) {
        // English is the source text; only its plural forms need a catalogue.
        auto* plurals = new QTranslator(&app);
        if (plurals->load(QStringLiteral(":/i18n/abonent_en.qm"))) {
            QCoreApplication::installTranslator(plurals);
        } else {
            delete plurals;
        }
        return QStringLiteral("en");
    }
    auto* own = new QTranslator(&app);
    if (!own->load(QStringLiteral(":/i18n/abonent_%1.qm").arg(language))) {
        delete own;
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(own);
    // Qt's own strings (standard buttons, dialogs); missing is not an error.
    auto* qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    } else {
        delete qt;
    }
    QLocale::setDefault(QLocale(language));
    return language;
}

} // namespace abonent
