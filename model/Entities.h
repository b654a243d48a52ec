#pragma once

#include "Money.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace annalist {

// Where a line stands in the statement, in this order.
enum class Section { Income, Operations, Projects, CarryOver };
// The life cycle of a joint project, as the annual report's portfolio chapter orders it.
enum class Phase { Idea, Analysis, Procurement, Operation, National };
// Where a note stands in the statement when it is not on its lines.
enum class NoteAttachment { Lines, Projects, Result };

QString sectionKey(Section section);
std::optional<Section> sectionFromKey(const QString &key);
QString phaseKey(Phase phase);
std::optional<Phase> phaseFromKey(const QString &key);
QString attachmentKey(NoteAttachment attachment);
std::optional<NoteAttachment> attachmentFromKey(const QString &key);

struct Association
{
    QString name;
    QString profitCentre;
    int deviationWarnPercent = 10;
    Money deviationWarnAmount = Money::fromOre(5000000);
};

struct FiscalYear
{
    int year = 0;
    QDate start;
    QDate end;
    bool closed = false;
    QString closedBy;        // who signed the closing: "Name, Role; Name, Role"
    QDateTime closedAt = {}; // when it was closed (UTC)
};

struct Account
{
    qint64 id = 0;
    QString number;
    QString name;
    Section section = Section::Operations;
    std::optional<int> note;
    bool active = true;
    int sortOrder = 0;
    bool isContributions = false;
};

struct Project
{
    qint64 id = 0;
    QString name;
    qint64 accountId = 0;
    Phase phase = Phase::Idea;
    QString steeringGroup;
    QString description;
};

struct Member
{
    qint64 id = 0;
    QString municipality;
};

struct Contribution
{
    qint64 memberId = 0;
    QString municipality;
    int year = 0;
    Money amount;
};

struct Posting
{
    qint64 id = 0;
    int year = 0;
    QDate date;
    qint64 voucher = 0;
    qint64 accountId = 0;
    std::optional<qint64> projectId;
    QString text;
    Money amount;
};

struct Budget
{
    qint64 accountId = 0;
    int year = 0;
    Money amount;
    QString note;
};

struct BudgetChange
{
    qint64 id = 0;
    qint64 accountId = 0;
    int year = 0;
    QDate date;
    Money amount;
    QString decision;
};

struct ControlTotal
{
    qint64 id = 0;
    int year = 0;
    std::optional<qint64> accountId; // none: the operating result
    Money amount;
    QString source;
};

struct Note
{
    int year = 0;
    int number = 0;
    QString title;
    QString text;
    NoteAttachment attached = NoteAttachment::Lines;
};

struct Provenance
{
    QString subject;
    QString source;
    bool illustrative = false;
};

} // namespace annalist
