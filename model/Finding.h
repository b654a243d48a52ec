#pragma once

#include <QList>
#include <QString>

namespace annalist {

enum class Severity { Error, Warning, Info };

// Where a finding is, from the year down: "2019", "2019/account/1010", "2019/posting/42",
// "2019/note/4", "2019/member/Greve", "2019/control/result", "2019/report/1.2".
struct FindingLocation
{
    enum class Kind { Year, Account, Posting, Note, Member, Control, Statement, ReportSection };
    int year = 0;
    Kind kind = Kind::Year;
    QString key;   // account number, posting id, note number, municipality, report section number, ...
    qint64 id = 0; // the row's id, for jumping to it

    QString toString() const;
};

// One thing validation found: a rule, how serious, what and where.
struct Finding
{
    QString ruleId;
    Severity severity = Severity::Error;
    FindingLocation location;
    QString message;

    // "ERROR CONTROL-RESULT 2019/control/result: message"
    QString toLine() const;
};

QString severityKey(Severity severity);

struct FindingCounts
{
    int errors = 0;
    int warnings = 0;
    int infos = 0;
};
FindingCounts countFindings(const QList<Finding> &findings);

} // namespace annalist
