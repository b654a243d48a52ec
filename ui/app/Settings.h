#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace annalist {

// The application's settings: one typed accessor per key, with its default, in one place.
class Settings
{
public:
    static QByteArray windowGeometry();
    static void setWindowGeometry(const QByteArray &geometry);
    static QByteArray windowState();
    static void setWindowState(const QByteArray &state);

    // The ledger open when Annalist last closed; empty for the default ledger.
    static QString lastLedger();
    static void setLastLedger(const QString &path);
    // Most recent first, at most maxRecent.
    static QStringList recentLedgers();
    static void addRecentLedger(const QString &path);
    static constexpr int maxRecent = 8;

    // Where a chart was last saved; the home folder at first.
    static QString chartFolder();
    static void setChartFolder(const QString &folder);

    // How many backups of a ledger are kept (one is made before the first change of a session).
    static int backupCount();
    static void setBackupCount(int count);
    // Where a workbook or web page was last exported; the home folder at first.
    static QString exportFolder();
    static void setExportFolder(const QString &folder);

    // "da", "en", or empty to follow the system.
    static QString language();
    static void setLanguage(const QString &language);
};

} // namespace annalist
