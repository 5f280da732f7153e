#include "DeskSettings.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QStandardPaths>

namespace abonent {

namespace {

const QString kVersionKey = QStringLiteral("settings/version");

// Every setting, its key and its default. Defaults that depend on the desk
// (its documents folder, its locale's list separator) are worked out when read.
struct Directive
{
    DeskSetting setting;
    const char* key;
    QVariant (*defaultValue)();
};

QVariant none()
{
    return {};
}

const Directive kDirectives[] = {
    {DeskSetting::Language, "ui/language", [] { return QVariant(QStringLiteral("system")); }},
    {DeskSetting::LastDatabase, "database/last", none},
    {DeskSetting::DeskId, "desk/id", none},
    {DeskSetting::WindowGeometry, "mainWindow/geometry", none},
    {DeskSetting::WindowState, "mainWindow/state", none},
    {DeskSetting::CustomerColumns, "mainWindow/customerColumns", none},
    {DeskSetting::ExportFolder,
     "export/folder",
     [] { return QVariant(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)); }},
    // Where the decimal mark is a comma, spreadsheets expect ';' between fields.
    {DeskSetting::CsvSeparator,
     "export/csvSeparator",
     [] {
         return QVariant(QLocale().decimalPoint() == QLatin1String(",") ? QStringLiteral(";") : QStringLiteral(","));
     }},
    // Spreadsheets read UTF-8 without a byte order mark as the local code page.
    {DeskSetting::CsvByteOrderMark, "export/csvByteOrderMark", [] { return QVariant(true); }},
    {DeskSetting::PhoneEnabled, "phone/enabled", [] { return QVariant(false); }},
    {DeskSetting::PhoneHost, "phone/host", none},
    {DeskSetting::PhonePort, "phone/port", [] { return QVariant(5038); }}, // Asterisk's manager port
    {DeskSetting::PhoneUser, "phone/user", none},
    {DeskSetting::PhoneExtension, "phone/extension", none},
    {DeskSetting::RecordingsWhere, "recordings/where", none},
    {DeskSetting::RecordingsPattern, "recordings/pattern", [] { return QVariant(QStringLiteral("${UNIQUEID}.wav")); }},
    // Asterisk's own default for MixMonitor without a full path.
    {DeskSetting::RecordingsPbxFolder,
     "recordings/pbxFolder",
     [] { return QVariant(QStringLiteral("/var/spool/asterisk/monitor")); }},
    {DeskSetting::CardSplit, "customerCard/split", none},
    {DeskSetting::CardDetailsShown, "customerCard/detailsShown", [] { return QVariant(true); }},
    {DeskSetting::CardSideTab, "customerCard/sideTab", [] { return QVariant(0); }},
    {DeskSetting::DailyBackup, "backup/daily", [] { return QVariant(true); }},
    {DeskSetting::DailyBackupsKept, "backup/kept", [] { return QVariant(7); }},
    {DeskSetting::DailyBackupFolder,
     "backup/folder",
     [] {
         return QVariant(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                         + QStringLiteral("/backups"));
     }},
    {DeskSetting::BackupFolder,
     "backup/lastFolder",
     [] { return QVariant(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)); }},
};

const Directive& directive(DeskSetting setting)
{
    for (const Directive& each : kDirectives) {
        if (each.setting == setting) {
            return each;
        }
    }
    Q_UNREACHABLE();
}

// No key has been renamed yet; a release that renames one adds it here,
// e.g. {1, "export/folder", DeskSetting::ExportFolder} when it moves.
const SettingRename* const kRenames = nullptr;
constexpr std::size_t kRenameCount = 0;

} // namespace

QString DeskSettings::key(DeskSetting setting)
{
    return QString::fromLatin1(directive(setting).key);
}

QVariant DeskSettings::defaultValue(DeskSetting setting)
{
    return directive(setting).defaultValue();
}

QVariant DeskSettings::value(const QSettings& settings, DeskSetting setting)
{
    const QVariant stored = settings.value(key(setting));
    return stored.isValid() ? stored : defaultValue(setting);
}

void DeskSettings::setValue(QSettings& settings, DeskSetting setting, const QVariant& value)
{
    settings.setValue(key(setting), value);
}

QVariant DeskSettings::value(DeskSetting setting)
{
    return value(QSettings(), setting);
}

void DeskSettings::setValue(DeskSetting setting, const QVariant& value)
{
    QSettings settings;
    setValue(settings, setting, value);
}

QString DeskSettings::deskOperatorKey(const QString& databasePath)
{
    return QStringLiteral("desk/operator-")
        + QString::fromLatin1(
               QCryptographicHash::hash(QDir::cleanPath(QFileInfo(databasePath).absoluteFilePath()).toUtf8(),
                                        QCryptographicHash::Sha1)
                   .toHex()
                   .left(16));
}

int DeskSettings::versionOf(const QSettings& settings)
{
    return settings.value(kVersionKey, 0).toInt();
}

void DeskSettings::upgrade(QSettings& settings, std::span<const SettingRename> renames)
{
    const int version = versionOf(settings);
    if (version >= kVersion) {
        return;
    }
    for (const SettingRename& rename : renames) {
        const QString oldKey = QString::fromLatin1(rename.oldKey);
        if (rename.fromVersion < version || !settings.contains(oldKey)) {
            continue;
        }
        if (!settings.contains(key(rename.setting))) {
            settings.setValue(key(rename.setting), settings.value(oldKey));
        }
        settings.remove(oldKey);
    }
    settings.setValue(kVersionKey, kVersion);
}

std::span<const SettingRename> DeskSettings::renames()
{
    return {kRenames, kRenameCount};
}

} // namespace abonent
