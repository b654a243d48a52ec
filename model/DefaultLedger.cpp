#include "DefaultLedger.h"

#include "DemoLedger.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace annalist {

QString DefaultLedger::path()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("ledger.annalist"));
}

Result<std::unique_ptr<Ledger>> DefaultLedger::open(Ledger::Access access, Ledger::Integrity integrity)
{
    const QString file = path();
    if (QFileInfo::exists(file))
        return Ledger::open(file, access, integrity);

    if (!QDir().mkpath(QFileInfo(file).absolutePath()))
        return ioError(QCoreApplication::translate("DefaultLedger", "The folder %1 cannot be created.")
                           .arg(QFileInfo(file).absolutePath()));
    // Write the demo into a temporary file and move it into place, so that an interrupted
    // first start leaves no half-written default ledger behind.
    const QString partial = file + QStringLiteral(".partial");
    QFile::remove(partial);
    {
        auto created = Ledger::create(partial);
        if (!created)
            return created.error();
        if (auto written = DemoLedger::write(**created); !written) {
            created->reset();
            QFile::remove(partial);
            return written.error();
        }
    }
    if (!QFile::rename(partial, file)) {
        QFile::remove(partial);
        return ioError(
            QCoreApplication::translate("DefaultLedger", "The default ledger %1 cannot be written.").arg(file));
    }
    return Ledger::open(file, access, integrity);
}

} // namespace annalist
