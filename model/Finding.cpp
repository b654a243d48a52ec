#include "Finding.h"

namespace annalist {

QString FindingLocation::toString() const
{
    const QString y = QString::number(year);
    switch (kind) {
    case Kind::Year:
        return y;
    case Kind::Account:
        return y + QStringLiteral("/account/") + key;
    case Kind::Posting:
        return y + QStringLiteral("/posting/") + key;
    case Kind::Note:
        return y + QStringLiteral("/note/") + key;
    case Kind::Member:
        return y + QStringLiteral("/member/") + key;
    case Kind::Control:
        return y + QStringLiteral("/control/") + key;
    case Kind::Statement:
        return y + QStringLiteral("/statement");
    case Kind::ReportSection:
        return y + QStringLiteral("/report/") + key;
    }
    return y;
}

QString severityKey(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("ERROR");
    case Severity::Warning:
        return QStringLiteral("WARNING");
    case Severity::Info:
        return QStringLiteral("INFO");
    }
    return {};
}

QString Finding::toLine() const
{
    return QStringLiteral("%1 %2 %3: %4").arg(severityKey(severity), ruleId, location.toString(), message);
}

FindingCounts countFindings(const QList<Finding> &findings)
{
    FindingCounts counts;
    for (const Finding &f : findings) {
        switch (f.severity) {
        case Severity::Error:
            ++counts.errors;
            break;
        case Severity::Warning:
            ++counts.warnings;
            break;
        case Severity::Info:
            ++counts.infos;
            break;
        }
    }
    return counts;
}

} // namespace annalist
