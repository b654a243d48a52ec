#include "Platform.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileDevice>
#include <QFileInfo>
#include <QStorageInfo>
#include <QtGlobal>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include <fcntl.h>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <sys/statvfs.h>
#include <unistd.h>
#endif

namespace annalist {

QString Platform::userName()
{
    // USERNAME on Windows, USER or LOGNAME on Unix.
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString name = qEnvironmentVariable(variable);
        if (!name.isEmpty())
            return name;
    }
#ifdef Q_OS_UNIX
    // A service or a container may set none of them: the account the process runs as.
    if (const passwd *account = getpwuid(getuid()))
        return QString::fromLocal8Bit(account->pw_name);
#endif
    return QStringLiteral("unknown");
}

QString Platform::errorText(int error)
{
    switch (error) {
    case ENOSPC:
#ifdef EDQUOT
    case EDQUOT:
#endif
        return QCoreApplication::translate("Platform", "the disk is full");
    case EACCES:
    case EPERM:
        return QCoreApplication::translate("Platform", "permission denied");
    case EROFS:
        return QCoreApplication::translate("Platform", "the file system is read-only");
    case EIO:
        return QCoreApplication::translate("Platform", "the disk reported a read or write error");
    case ENOENT:
        return QCoreApplication::translate("Platform", "the file or its folder does not exist");
    default:
        return QString::fromLocal8Bit(std::strerror(error));
    }
}

namespace {

// Less room than this left on a disk where a write failed: the disk is full.
constexpr qint64 nearlyNoRoom = 64 * 1024;

} // namespace

QString Platform::writeFailure(const QIODevice &device)
{
    const auto *file = qobject_cast<const QFileDevice *>(&device);
    if (file && !file->fileName().isEmpty() && isDiskFull(file->fileName()))
        return errorText(ENOSPC);
    const QString why = device.errorString();
    if (why.isEmpty() || why == QLatin1String("Unknown error"))
        return QCoreApplication::translate("Platform", "the file could not be written");
    return why;
}

bool Platform::isDiskFull(const QString &path)
{
    const QFileInfo info(path);
    const QStorageInfo disk(info.isDir() ? info.absoluteFilePath() : info.absolutePath());
    return disk.isValid() && disk.bytesAvailable() < nearlyNoRoom;
}

QString Platform::writeFailure(int descriptor)
{
#ifdef Q_OS_UNIX
    struct statvfs disk;
    if (fstatvfs(descriptor, &disk) == 0 && qint64(disk.f_bavail) * qint64(disk.f_frsize) < nearlyNoRoom)
        return errorText(ENOSPC);
#else
    Q_UNUSED(descriptor)
#endif
    return errorText(EIO);
}

bool Platform::replaceFolder(const QString &replacement, const QString &target, const QString &aside)
{
    const QByteArray from = QFile::encodeName(replacement);
    const QByteArray to = QFile::encodeName(target);
    const QByteArray away = QFile::encodeName(aside);
    if (!QFileInfo::exists(target))
        return std::rename(from.constData(), to.constData()) == 0;
#ifdef RENAME_EXCHANGE
    if (::renameat2(AT_FDCWD, from.constData(), AT_FDCWD, to.constData(), RENAME_EXCHANGE) == 0)
        return true;
#endif
    QDir(aside).removeRecursively();
    if (std::rename(to.constData(), away.constData()) != 0)
        return false;
    if (std::rename(from.constData(), to.constData()) != 0) {
        const int error = errno;
        std::rename(away.constData(), to.constData());
        errno = error;
        return false;
    }
    return std::rename(away.constData(), from.constData()) == 0;
}

} // namespace annalist
