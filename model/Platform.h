#pragma once

#include <QString>

namespace annalist {

// The one place for code that differs between operating systems; everything else is plain Qt.
// (The Linux desktop's files are installed from resources/linux.)
class Platform
{
public:
    // The name of the account this process runs as, for the audit trail; "unknown" when there is none.
    static QString userName();
};

} // namespace annalist
