#include "DemoLedger.h"

#include "AccountRepository.h"
#include "AssociationRepository.h"
#include "BudgetRepository.h"
#include "ControlTotalRepository.h"
#include "DemoReport.h"
#include "Ledger.h"
#include "MemberRepository.h"
#include "NoteRepository.h"
#include "PostingRepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace annalist {
namespace {

QJsonObject demoData()
{
    QFile file(QStringLiteral(":/demo/demo-2019.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

Money amountOf(const QJsonValue &value)
{
    auto parsed = Money::parse(value.toString());
    return parsed ? *parsed : Money();
}

// Splits `total` over `weights` exactly to the øre: proportional shares, the last takes the rest.
QList<Money> split(Money total, const QList<qint64> &weights)
{
    qint64 sum = 0;
    for (qint64 w : weights)
        sum += w;
    QList<Money> parts;
    Money given;
    for (int i = 0; i < weights.size(); ++i) {
        const Money part =
            i + 1 == weights.size()
                ? total - given
                : Money::fromOre(total.ore() / sum * weights.at(i) + total.ore() % sum * weights.at(i) / sum);
        parts.append(part);
        given += part;
    }
    return parts;
}

// A fixed sequence of weights, so that the demo is the same on every machine.
QList<qint64> monthlyWeights(quint32 seed)
{
    QList<qint64> weights;
    quint32 state = seed * 2654435761u + 12345u;
    for (int m = 0; m < 12; ++m) {
        state = state * 1664525u + 1013904223u;
        weights.append(60 + qint64(state >> 24) % 81);
    }
    return weights;
}

const char *const monthNames[] = {"januar", "februar", "marts",     "april",   "maj",      "juni",
                                  "juli",   "august",  "september", "oktober", "november", "december"};

} // namespace

int DemoLedger::year()
{
    return demoData().value(QLatin1String("year")).toInt();
}

Status DemoLedger::write(const Ledger &ledger)
{
    const QJsonObject data = demoData();
    if (data.isEmpty())
        return ioError(tr("The demo data is missing from the program."));
    const int year = data.value(QLatin1String("year")).toInt();

    return ledger.transaction([&]() -> Status {
        const AssociationRepository associations(ledger);
        const QJsonObject a = data.value(QLatin1String("association")).toObject();
        Association association;
        association.name = a.value(QLatin1String("name")).toString();
        association.profitCentre = a.value(QLatin1String("profitCentre")).toString();
        association.deviationWarnPercent = a.value(QLatin1String("deviationWarnPercent")).toInt();
        association.deviationWarnAmount = amountOf(a.value(QLatin1String("deviationWarnAmount")));
        if (auto ok = associations.setAssociation(association); !ok)
            return ok;
        if (auto ok = associations.addYear({year, QDate(year, 1, 1), QDate(year, 12, 31), false, {}}); !ok)
            return ok;
        for (const QJsonValue v : data.value(QLatin1String("provenance")).toArray()) {
            const QJsonObject p = v.toObject();
            if (auto ok = associations.setProvenance({p.value(QLatin1String("subject")).toString(),
                                                      p.value(QLatin1String("source")).toString(),
                                                      p.value(QLatin1String("illustrative")).toBool()});
                !ok)
                return ok;
        }

        // Members and what each pays, split from the contributions line.
        const MemberRepository members(ledger);
        QList<qint64> memberIds;
        QStringList municipalities;
        QList<qint64> weights;
        for (const QJsonValue v : data.value(QLatin1String("members")).toArray()) {
            const QJsonObject m = v.toObject();
            municipalities.append(m.value(QLatin1String("municipality")).toString());
            weights.append(m.value(QLatin1String("weight")).toInt());
            auto id = members.addMember(municipalities.last());
            if (!id)
                return id.error();
            memberIds.append(*id);
        }

        const AccountRepository accounts(ledger);
        const BudgetRepository budgets(ledger);
        const ControlTotalRepository controls(ledger);
        const QString controlSource = data.value(QLatin1String("controlSource")).toString();
        QList<Posting> postings;
        int sortOrder = 0;
        quint32 seed = 1;
        for (const QJsonValue v : data.value(QLatin1String("accounts")).toArray()) {
            const QJsonObject o = v.toObject();
            Account account;
            account.number = o.value(QLatin1String("number")).toString();
            account.name = o.value(QLatin1String("name")).toString();
            account.section =
                sectionFromKey(o.value(QLatin1String("section")).toString()).value_or(Section::Operations);
            if (o.contains(QLatin1String("note")))
                account.note = o.value(QLatin1String("note")).toInt();
            account.sortOrder = sortOrder += 10;
            account.isContributions = o.value(QLatin1String("contributions")).toBool();
            auto accountId = accounts.addAccount(account);
            if (!accountId)
                return accountId.error();
            const Money amount = amountOf(o.value(QLatin1String("amount")));

            std::optional<qint64> projectId;
            if (o.contains(QLatin1String("project"))) {
                const QJsonObject p = o.value(QLatin1String("project")).toObject();
                Project project;
                project.name = account.name;
                project.accountId = *accountId;
                project.phase = phaseFromKey(p.value(QLatin1String("phase")).toString()).value_or(Phase::Idea);
                project.steeringGroup = p.value(QLatin1String("steeringGroup")).toString();
                project.description = p.value(QLatin1String("description")).toString();
                auto id = accounts.addProject(project);
                if (!id)
                    return id.error();
                projectId = *id;
            }

            if (auto ok = budgets.setBudget(
                    {*accountId, year, amountOf(o.value(QLatin1String("budget"))), tr("Illustrative budget")});
                !ok)
                return ok;
            if (o.contains(QLatin1String("change"))) {
                const QJsonObject c = o.value(QLatin1String("change")).toObject();
                auto id = budgets.addChange(
                    {0, *accountId, year, QDate::fromString(c.value(QLatin1String("date")).toString(), Qt::ISODate),
                     amountOf(c.value(QLatin1String("amount"))), c.value(QLatin1String("decision")).toString()});
                if (!id)
                    return id.error();
            }
            if (o.contains(QLatin1String("monthShares"))) {
                QList<int> shares;
                for (const QJsonValue s : o.value(QLatin1String("monthShares")).toArray())
                    shares.append(s.toInt());
                if (auto ok = budgets.setMonthShares(*accountId, year, shares); !ok)
                    return ok;
            }
            if (auto ok = controls.setControlTotal({0, year, *accountId, amount, controlSource}); !ok)
                return ok;

            if (account.isContributions) {
                // Each member pays its share in four quarterly instalments.
                const QList<Money> shares = split(-amount, weights);
                for (int i = 0; i < shares.size(); ++i) {
                    if (auto ok = members.setContribution(memberIds.at(i), year, shares.at(i)); !ok)
                        return ok;
                    const QList<Money> quarters = split(-shares.at(i), {1, 1, 1, 1});
                    for (int q = 0; q < 4; ++q)
                        postings.append({0, year, QDate(year, 3 * q + 1, 15), 0, *accountId, std::nullopt,
                                         QStringLiteral("Basistilskud %1. kvartal %2, %3 Kommune (illustrativ)")
                                             .arg(q + 1)
                                             .arg(year)
                                             .arg(municipalities.at(i)),
                                         quarters.at(q)});
                }
            } else if (o.contains(QLatin1String("postingDate"))) {
                postings.append({0, year,
                                 QDate::fromString(o.value(QLatin1String("postingDate")).toString(), Qt::ISODate), 0,
                                 *accountId, projectId, o.value(QLatin1String("postingText")).toString(), amount});
            } else if (!amount.isZero()) {
                const QList<Money> months = split(amount, monthlyWeights(seed++));
                for (int m = 0; m < 12; ++m)
                    postings.append({0, year, QDate(year, m + 1, 1).addMonths(1).addDays(-1), 0, *accountId, projectId,
                                     QStringLiteral("%1, %2 %3 (illustrativ)")
                                         .arg(account.name, QLatin1String(monthNames[m]))
                                         .arg(year),
                                     months.at(m)});
            }
        }
        if (auto ok = controls.setControlTotal(
                {0, year, std::nullopt, amountOf(data.value(QLatin1String("operatingResult"))), controlSource});
            !ok)
            return ok;

        // Vouchers are numbered in date order, as a finance officer would have booked them.
        std::stable_sort(postings.begin(), postings.end(),
                         [](const Posting &l, const Posting &r) { return l.date < r.date; });
        for (int i = 0; i < postings.size(); ++i)
            postings[i].voucher = i + 1;
        if (auto ok = PostingRepository(ledger).addMany(postings); !ok)
            return ok;

        const NoteRepository notes(ledger);
        for (const QJsonValue v : data.value(QLatin1String("notes")).toArray()) {
            const QJsonObject n = v.toObject();
            if (auto ok = notes.setNote(
                    {year, n.value(QLatin1String("number")).toInt(), n.value(QLatin1String("title")).toString(),
                     n.value(QLatin1String("text")).toString(),
                     attachmentFromKey(n.value(QLatin1String("attached")).toString()).value_or(NoteAttachment::Lines)});
                !ok)
                return ok;
        }
        // The annual report quotes the books, so it comes after them.
        return DemoReport::write(ledger);
    });
}

} // namespace annalist
