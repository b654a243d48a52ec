#include "BenchLedger.h"

#include "AccountRepository.h"
#include "DemoLedger.h"
#include "Ledger.h"
#include "PostingRepository.h"

#include <QFile>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

namespace annalist::bench {

bool writeLedger(const QString &path, int postings)
{
    QFile::remove(path);
    auto ledger = Ledger::create(path);
    if (!ledger || !DemoLedger::write(**ledger)) {
        std::fprintf(stderr, "cannot create %s\n", qPrintable(path));
        return false;
    }
    auto accounts = AccountRepository(**ledger).accounts();
    auto projects = AccountRepository(**ledger).projects();
    if (!accounts || !projects)
        return false;
    QHash<qint64, qint64> projectOf;
    for (const Project &p : *projects)
        projectOf.insert(p.accountId, p.id);
    QList<Account> expenseAccounts;
    for (const Account &a : *accounts)
        if (a.section == Section::Operations || a.section == Section::Projects)
            expenseAccounts.append(a);

    static const char *const words[] = {"Faktura", "Løn",     "Husleje",  "Konsulent", "Licens", "Kursus",
                                        "Møde",    "Rejse",   "Frikøb",   "Indkøb",    "Udbud",  "Drift",
                                        "Support", "Analyse", "Workshop", "Hardware",  "Porto",  "Forplejning"};
    quint64 state = 20191231;
    const auto next = [&state]() {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return quint32(state >> 33);
    };
    const PostingRepository repo(**ledger);
    const int chunk = 50000;
    qint64 voucher = 1000;
    const Status written = (*ledger)->transaction([&]() -> Status {
        QList<Posting> batch;
        batch.reserve(chunk);
        const Account *account = nullptr;
        const int count = postings + postings % 2; // whole pairs
        for (int i = 0; i < count; ++i) {
            // Postings come in pairs on one account that cancel out, so that the demo's statement
            // and control totals still hold whatever the count.
            const bool second = i % 2 == 1;
            if (!second)
                account = &expenseAccounts.at(int(next() % quint32(expenseAccounts.size())));
            Posting p;
            p.year = 2019;
            p.date = QDate(2019, 1, 1).addDays(int(next() % 365));
            p.voucher = ++voucher;
            p.accountId = account->id;
            if (projectOf.contains(account->id))
                p.projectId = projectOf.value(account->id);
            p.text = QStringLiteral("%1 %2 %3")
                         .arg(QString::fromUtf8(words[next() % (sizeof words / sizeof *words)]), account->name)
                         .arg(next() % 100000);
            p.amount = second ? -batch.last().amount : Money::fromOre(qint64(next() % 5000000) + 100);
            batch.append(p);
            // Flush after a completed pair only: the next pair starts afresh.
            if ((second && batch.size() >= chunk) || i + 1 == count) {
                if (auto ok = repo.addMany(batch); !ok)
                    return ok;
                batch.clear();
            }
        }
        return Done{};
    });
    if (!written)
        std::fprintf(stderr, "%s\n", qPrintable(written.error().message));
    return written.ok();
}

double peakRssMiB()
{
#ifdef Q_OS_UNIX
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
#else
    return 0.0;
#endif
}

} // namespace annalist::bench
