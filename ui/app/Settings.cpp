#include "Settings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace annalist {
namespace {

// Every key and its default, in one table.
struct Key
{
    const char *name;
    QVariant fallback;
};
const Key geometryKey{"window/geometry", QByteArray()};
const Key stateKey{"window/state", QByteArray()};
const Key lastLedgerKey{"ledger/last", QString()};
const Key recentKey{"ledger/recent", QStringList()};
const Key languageKey{"ui/language", QString()};
const Key chartFolderKey{"charts/folder", QString()};
const Key backupCountKey{"ledger/backups", 5};
const Key exportFolderKey{"export/folder", QString()};

// ~/.config/annalist/annalist.conf on Linux: the application has no organisation to file it under
// (which would also move the ledger in the data folder).
QSettings store()
{
    const QString app = QCoreApplication::applicationName();
    const QString org = QCoreApplication::organizationName();
    return QSettings(org.isEmpty() ? app : org, app);
}

QVariant read(const Key &key)
{
    return store().value(QLatin1String(key.name), key.fallback);
}
void write(const Key &key, const QVariant &value)
{
    store().setValue(QLatin1String(key.name), value);
}

} // namespace

QByteArray Settings::windowGeometry()
{
    return read(geometryKey).toByteArray();
}
void Settings::setWindowGeometry(const QByteArray &geometry)
{
    write(geometryKey, geometry);
}
QByteArray Settings::windowState()
{
    return read(stateKey).toByteArray();
}
void Settings::setWindowState(const QByteArray &state)
{
    write(stateKey, state);
}
QString Settings::lastLedger()
{
    return read(lastLedgerKey).toString();
}
void Settings::setLastLedger(const QString &path)
{
    write(lastLedgerKey, path);
}
QStringList Settings::recentLedgers()
{
    return read(recentKey).toStringList();
}

QString Settings::chartFolder()
{
    const QString folder = read(chartFolderKey).toString();
    return folder.isEmpty() ? QDir::homePath() : folder;
}
void Settings::setChartFolder(const QString &folder)
{
    write(chartFolderKey, folder);
}

int Settings::backupCount()
{
    return std::max(1, read(backupCountKey).toInt());
}
void Settings::setBackupCount(int count)
{
    write(backupCountKey, std::max(1, count));
}
QString Settings::exportFolder()
{
    const QString folder = read(exportFolderKey).toString();
    return folder.isEmpty() ? QDir::homePath() : folder;
}
void Settings::setExportFolder(const QString &folder)
{
    write(exportFolderKey, folder);
}

void Settings::addRecentLedger(const QString &path)
{
    // A file by its full path; a server's address (postgresql://...) as it is.
    const QString absolute = path.contains(QLatin1String("://")) ? path : QFileInfo(path).absoluteFilePath();
    QStringList recent = recentLedgers();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > maxRecent)
        recent.removeLast();
    write(recentKey, recent);
}

QString Settings::language()
{
    return read(languageKey).toString();
}
void Settings::setLanguage(const QString &language)
{
    write(languageKey, language);
}

} // namespace annalist
