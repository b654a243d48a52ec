#pragma once

#include <QString>

class QIODevice;

namespace annalist {

// The one place for code that differs between operating systems; everything else is plain Qt.
// (The Linux desktop's files are installed from resources/linux.)
class Platform
{
public:
    // The name of the account this process runs as, for the audit trail; "unknown" when there is none.
    static QString userName();
    // The cause behind a system error (errno), in words: "the disk is full", "permission denied".
    static QString errorText(int error);
    // Why writing to `device` (a file) failed, in words: "the disk is full" when the file's disk has no
    // room left, else the system's own words (never Qt's "Unknown error").
    static QString writeFailure(const QIODevice &device);
    // The same for a file descriptor (standard output sent to a file).
    static QString writeFailure(int descriptor);
    // Whether the disk that holds `path` (a file or folder) has (nearly) no room left.
    static bool isDiskFull(const QString &path);
    // Puts the folder `replacement` in the place of the folder `target`: exchanged in one step
    // where the system can (Linux), so that there is no moment without `target`; else the previous
    // folder goes to `aside` first and comes back if the new one cannot take its place. The
    // previous folder ends up at `replacement`. False, with errno set, when it fails.
    static bool replaceFolder(const QString &replacement, const QString &target, const QString &aside);
};

} // namespace annalist
