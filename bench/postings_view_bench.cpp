// The postings view's figures with a large ledger, measured in-process on the offscreen platform,
// next to the sqlite3 shell answering the same query in the same run:
//   open:   from opening the ledger to the first rows painted in the postings view;
//   filter: from setting a text filter to its first rows painted;
//   memory: the process's peak resident set size.
// Usage: postings_view_bench [--postings N] [--runs R] [--ledger FILE] [--out FILE] [--regenerate]

#include "BenchLedger.h"
#include "LedgerSession.h"
#include "PostingSearchIndex.h"
#include "PostingTableModel.h"
#include "PostingsView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTableView>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

using namespace annalist;

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0.0 : values.at(values.size() / 2);
}

// Wall time of the sqlite3 shell running `sql` on the file, process start included.
double shellMs(const QString &file, const QString &sql)
{
    QElapsedTimer timer;
    timer.start();
    QProcess shell;
    shell.start(QStringLiteral("sqlite3"), {file, sql});
    shell.waitForFinished(-1);
    shell.readAll();
    return double(timer.nsecsElapsed()) / 1e6;
}

// Processes events until the table shows rows and has painted them. A filter may match nothing
// (a rare word among few postings): then it waits until the model has read to the end.
void waitForRows(PostingsView &view, bool mayBeEmpty = false)
{
    while (view.model()->rowCount() == 0 && !(mayBeEmpty && view.model()->isComplete()))
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    view.table()->viewport()->repaint();
}

const QString firstPageSql =
    QStringLiteral("SELECT p.id, p.date, p.voucher, a.number, a.name, pr.name, p.text, p.amount FROM postings p "
                   "LEFT JOIN accounts a ON a.id = p.account_id LEFT JOIN projects pr ON pr.id = p.project_id "
                   "WHERE p.year = 2019 ORDER BY p.date, p.voucher, p.id LIMIT 200");
const QString filterSql = QStringLiteral(
    "SELECT p.id, p.date, p.voucher, a.number, a.name, pr.name, p.text, p.amount FROM postings p "
    "LEFT JOIN accounts a ON a.id = p.account_id LEFT JOIN projects pr ON pr.id = p.project_id "
    "WHERE p.year = 2019 AND (p.text LIKE '%%1%' OR a.name LIKE '%%1%') ORDER BY p.date, p.voucher, p.id LIMIT 200");

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    int postings = 1000000;
    int runs = 5;
    QString ledger;
    QString outFile;
    bool regenerate = false;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        const QString value = i + 1 < args.size() ? args.at(i + 1) : QString();
        if (arg == QLatin1String("--regenerate"))
            regenerate = true;
        else if (arg == QLatin1String("--postings") && ++i)
            postings = value.toInt();
        else if (arg == QLatin1String("--runs") && ++i)
            runs = value.toInt();
        else if (arg == QLatin1String("--ledger") && ++i)
            ledger = value;
        else if (arg == QLatin1String("--out") && ++i)
            outFile = value;
    }
    if (ledger.isEmpty())
        ledger = QStringLiteral("/tmp/annalist-bench-%1.annalist").arg(postings);
    if (regenerate || !QFileInfo::exists(ledger)) {
        QElapsedTimer generating;
        generating.start();
        if (!bench::writeLedger(ledger, postings))
            return 1;
        std::fprintf(stderr, "generated %s in %.1f s\n", qPrintable(ledger), double(generating.elapsed()) / 1000.0);
    }

    {
        // The application indexes new postings for search in idle steps after opening a ledger or
        // importing into it; here it is done at once, and timed.
        LedgerSession session;
        if (auto opened = session.open(ledger); !opened) {
            std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
            return 1;
        }
        const PostingSearchIndex index(*session.ledger());
        const auto counted = index.pending();
        const qint64 pending = counted ? *counted : 0;
        QElapsedTimer indexing;
        indexing.start();
        for (auto left = index.catchUp(50000); left && *left > 0; left = index.catchUp(50000)) {
        }
        if (pending > 0)
            std::fprintf(stderr, "indexed %lld postings for search in %.1f s\n", static_cast<long long>(pending),
                         double(indexing.elapsed()) / 1000.0);
    }

    QList<double> open, filterCommon, filterRare, shellOpen, shellCommon, shellRare;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        LedgerSession session;
        if (auto opened = session.open(ledger); !opened) {
            std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
            return 1;
        }
        PostingsView view(&session);
        view.resize(1200, 800);
        view.show();
        waitForRows(view);
        open.append(double(timer.nsecsElapsed()) / 1e6);

        // A common word, then a rare one (found in few postings: the database scans further).
        for (const auto &[word, into] : {std::pair<QString, QList<double> *>{QStringLiteral("Husleje"), &filterCommon},
                                         std::pair<QString, QList<double> *>{QStringLiteral("99999"), &filterRare}}) {
            PostingFilter filter = view.model()->filter();
            filter.text = word;
            timer.restart();
            view.model()->setFilter(filter);
            waitForRows(view, true);
            into->append(double(timer.nsecsElapsed()) / 1e6);
            filter.text.clear();
            view.model()->setFilter(filter);
        }
        shellOpen.append(shellMs(ledger, firstPageSql));
        shellCommon.append(shellMs(ledger, filterSql.arg(QStringLiteral("Husleje"))));
        shellRare.append(shellMs(ledger, filterSql.arg(QStringLiteral("99999"))));
    }

    QString table;
    QTextStream out(&table);
    out << QStringLiteral("Postings view, %1 postings, median of %2 runs (ms)\n").arg(postings).arg(runs);
    out << QStringLiteral("| step | Annalist | sqlite3 shell, same query | ratio |\n| --- | ---: | ---: | ---: |\n");
    const auto row = [&out](const char *step, double ours, double base) {
        out << QStringLiteral("| %1 | %2 | %3 | %4 |\n")
                   .arg(QLatin1String(step))
                   .arg(ours, 0, 'f', 1)
                   .arg(base, 0, 'f', 1)
                   .arg(ours / base, 0, 'f', 2);
    };
    row("open: first rows shown", median(open), median(shellOpen));
    row("text filter, common word", median(filterCommon), median(shellCommon));
    row("text filter, rare word", median(filterRare), median(shellRare));
    out << QStringLiteral("peak memory of the process: %1 MiB\n").arg(bench::peakRssMiB(), 0, 'f', 1);
    out.flush();
    std::fputs(qPrintable(table), stdout);
    if (!outFile.isEmpty()) {
        QFile file(outFile);
        if (file.open(QIODevice::WriteOnly | QIODevice::Text))
            file.write(table.toUtf8());
    }
    return 0;
}
