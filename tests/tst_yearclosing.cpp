#include "AssociationRepository.h"
#include "BudgetRepository.h"
#include "ControlTotalRepository.h"
#include "MemberRepository.h"
#include "NoteRepository.h"
#include "PostingImporter.h"
#include "PostingRepository.h"
#include "ReportRepository.h"
#include "StatementBuilder.h"
#include "Validator.h"
#include "YearClosing.h"
#include "testsupport.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace annalist;

// Closing a year: the carry-over booked into the next year, the year signed and closed, and every
// path that could change a closed year refused, the sqlite3 shell included.
class tst_YearClosing : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void closesWithTheCarryOverInTheNextYear();
    void refusesWithoutSignatoriesOrWithErrors();
    void closedYearRefusesEveryWritePath();
    void theShellCannotChangeAClosedYear();
    void reopenNeedsAReasonAndClosingAgainReplacesTheCarryOver();
    void commandLineClosesAndReopens();

private:
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };
    Run annalist(const QStringList &args) const;
    ClosingReceipt closeDemo();
    qint64 accountNumbered(const QString &number) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Ledger> m_ledger;
    QString m_path;
};

void tst_YearClosing::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_ledger = test::demoLedger(*m_dir);
    QVERIFY(m_ledger);
    m_path = m_ledger->path();
}

void tst_YearClosing::cleanup()
{
    m_ledger.reset();
    m_dir.reset();
}

tst_YearClosing::Run tst_YearClosing::annalist(const QStringList &args) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(ANNALIST_BINARY), args);
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

qint64 tst_YearClosing::accountNumbered(const QString &number) const
{
    auto statement = StatementBuilder(*m_ledger).build(2019);
    for (const StatementLine &l : statement->lines)
        if (l.accountNumber == number)
            return l.accountId;
    return 0;
}

ClosingReceipt tst_YearClosing::closeDemo()
{
    auto receipt = YearClosing(*m_ledger).close(
        2019, {QStringLiteral("Karen Holm Sørensen, Formand"), QStringLiteral("Lise Bech Nielsen, Revisor")},
        QDateTime(QDate(2020, 3, 12), QTime(10, 0), Qt::UTC));
    if (!receipt)
        qWarning("%s", qPrintable(receipt.error().message));
    return receipt ? *receipt : ClosingReceipt();
}

void tst_YearClosing::closesWithTheCarryOverInTheNextYear()
{
    const ClosingReceipt receipt = closeDemo();
    QCOMPARE(receipt.year, 2019);
    QCOMPARE(receipt.operatingResult, Money::fromOre(-32274808));
    QVERIFY(receipt.nextYearCreated);
    QVERIFY(receipt.carryOverPostingId > 0);
    // 2019 is closed, with who signed and when.
    auto year = AssociationRepository(*m_ledger).year(2019);
    QVERIFY(year.ok() && year->has_value());
    QVERIFY((*year)->closed);
    QCOMPARE((*year)->closedBy, QStringLiteral("Karen Holm Sørensen, Formand; Lise Bech Nielsen, Revisor"));
    QCOMPARE((*year)->closedAt.date(), QDate(2020, 3, 12));
    // 2020 opens with the line "Overført fra 2019" holding 2019's result: the carry-over rule holds.
    auto next = StatementBuilder(*m_ledger).build(2020);
    QVERIFY(next.ok());
    const auto carried = next->linesIn(Section::CarryOver);
    const auto line = std::find_if(carried.cbegin(), carried.cend(), [](const StatementLine &l) {
        return l.text == QStringLiteral("Overført fra 2019");
    });
    QVERIFY(line != carried.cend());
    QCOMPARE(line->actual, Money::fromOre(-32274808));
    auto findings = Validator(*m_ledger).validate(2020);
    QVERIFY(findings.ok());
    for (const Finding &f : *findings)
        QVERIFY2(f.ruleId != QLatin1String("CARRY-OVER"), qPrintable(f.toLine()));
    // The signatories sign the report on the day of the closing.
    auto signatories = ReportRepository(*m_ledger).signatories(2019);
    QVERIFY(signatories.ok());
    QCOMPARE(signatories->size(), 2);
    QCOMPARE(signatories->at(1).name, QStringLiteral("Lise Bech Nielsen"));
    QCOMPARE(signatories->at(1).role, QStringLiteral("Revisor"));
    QCOMPARE(signatories->at(1).signedOn, std::optional<QDate>(QDate(2020, 3, 12)));
    // The file says so too.
    QCOMPARE(test::sqliteShell(m_path, QStringLiteral("SELECT status FROM fiscal_years WHERE year = 2019")),
             QStringLiteral("closed"));
}

void tst_YearClosing::refusesWithoutSignatoriesOrWithErrors()
{
    auto nobody = YearClosing(*m_ledger).close(2019, {QStringLiteral("  ")});
    QVERIFY(!nobody.ok());
    QCOMPARE(int(nobody.error().kind), int(ErrorKind::Usage));
    // A posting changed by one øre: the control totals no longer agree, so 2019 cannot close.
    PostingFilter of2019;
    of2019.year = 2019;
    auto rows = PostingRepository(*m_ledger).page(of2019, PostingSort::Date, Qt::AscendingOrder, 0, 1);
    QVERIFY(rows.ok() && !rows->isEmpty());
    Posting p = rows->first().posting;
    p.amount += Money::fromOre(1);
    QVERIFY(PostingRepository(*m_ledger).update(p).ok());
    auto refused = YearClosing(*m_ledger).close(2019, {QStringLiteral("Karen Holm Sørensen, Formand")});
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(QStringLiteral("CONTROL-")), qPrintable(refused.error().message));
    auto year = AssociationRepository(*m_ledger).year(2019);
    QVERIFY(!(*year)->closed);
    auto next = AssociationRepository(*m_ledger).year(2020);
    QVERIFY(next.ok() && !next->has_value()); // nothing of the closing was left behind
}

void tst_YearClosing::closedYearRefusesEveryWritePath()
{
    QVERIFY(closeDemo().year == 2019);
    const auto refusedAsClosed = [](const Status &s, const char *what) {
        QVERIFY2(!s.ok(), what);
        QVERIFY2(s.error().message.contains(QStringLiteral("closed")), qPrintable(s.error().message));
        QVERIFY2(s.error().message.contains(QStringLiteral("Karen Holm Sørensen")), qPrintable(s.error().message));
    };
    const qint64 staff = accountNumbered(QStringLiteral("2010"));
    const PostingRepository postings(*m_ledger);
    auto added = postings.add(
        {0, 2019, QDate(2019, 12, 31), 999, staff, std::nullopt, QStringLiteral("Sent"), Money::fromOre(100)});
    refusedAsClosed(added.ok() ? Status(Done{}) : Status(added.error()), "add a posting");
    PostingFilter of2019;
    of2019.year = 2019;
    auto rows = postings.page(of2019, PostingSort::Date, Qt::AscendingOrder, 0, 1);
    QVERIFY(rows.ok() && !rows->isEmpty());
    Posting p = rows->first().posting;
    QCOMPARE(p.year, 2019);
    p.amount += Money::fromOre(1);
    refusedAsClosed(postings.update(p), "change a posting");
    refusedAsClosed(postings.remove(p.id), "delete a posting");
    refusedAsClosed(BudgetRepository(*m_ledger).setBudget({staff, 2019, Money::fromOre(1), {}}), "set a budget");
    auto change = BudgetRepository(*m_ledger).addChange(
        {0, staff, 2019, QDate(2019, 6, 1), Money::fromOre(1), QStringLiteral("Beslutning")});
    refusedAsClosed(change.ok() ? Status(Done{}) : Status(change.error()), "add a budget change");
    refusedAsClosed(NoteRepository(*m_ledger).removeNote(2019, 6), "delete a note");
    auto members = MemberRepository(*m_ledger).members();
    QVERIFY(members.ok());
    refusedAsClosed(MemberRepository(*m_ledger).setContribution(members->first().id, 2019, Money::fromOre(1)),
                    "change a contribution");
    refusedAsClosed(ControlTotalRepository(*m_ledger).removeControlTotal(2019, std::nullopt), "remove a control total");
    // The import refuses the year before it reads a line.
    const QString csv = m_dir->filePath(QStringLiteral("late.csv"));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Dato;Bilag;Konto;Projekt;Tekst;Beløb\n31-12-2019;900;2010;;Sent;100,00\n");
    file.close();
    ImportOptions options;
    options.year = 2019;
    auto imported = PostingImporter(*m_ledger).run(csv, options);
    QVERIFY(!imported.ok());
    QVERIFY2(imported.error().message.contains(QStringLiteral("closed")), qPrintable(imported.error().message));
    // Nothing changed: the statement is still the published one.
    auto statement = StatementBuilder(*m_ledger).build(2019);
    QCOMPARE(statement->operatingResult(), Money::fromOre(-32274808));
}

void tst_YearClosing::theShellCannotChangeAClosedYear()
{
    QVERIFY(closeDemo().year == 2019);
    const QString before =
        test::sqliteShell(m_path, QStringLiteral("SELECT COUNT(*), SUM(amount) FROM postings WHERE year = 2019"));
    int code = 0;
    // The plain shell cannot change an audited table at all (it lacks Annalist's audit functions);
    // on a server, the closed year refuses even the server's administrator...
    QVERIFY(
        test::sqliteShell(m_path, QStringLiteral("UPDATE postings SET amount = amount + 1 WHERE year = 2019"), &code)
            .contains(test::onServer() ? QStringLiteral("closed fiscal year") : QStringLiteral("no such function")));
    QVERIFY(code != 0);
    // ...and with the audit triggers out of the way, the closed year's own triggers refuse.
    for (const QString &sql : {QStringLiteral("UPDATE postings SET amount = amount + 1 WHERE year = 2019"),
                               QStringLiteral("DELETE FROM postings WHERE year = 2019"),
                               QStringLiteral("INSERT INTO postings (year, date, voucher, account_id, text, amount) "
                                              "SELECT 2019, '2019-12-31', 1, account_id, 'x', 1 FROM postings LIMIT 1"),
                               QStringLiteral("UPDATE budgets SET amount = 0 WHERE year = 2019"),
                               QStringLiteral("DELETE FROM notes WHERE year = 2019")}) {
        const QString said = test::sqliteShellUnaudited(m_path, sql, &code);
        QVERIFY2(code != 0, qPrintable(sql));
        QVERIFY2(said.contains(QStringLiteral("closed fiscal year")), qPrintable(said));
    }
    QCOMPARE(test::sqliteShell(m_path, QStringLiteral("SELECT COUNT(*), SUM(amount) FROM postings WHERE year = 2019")),
             before);
}

void tst_YearClosing::reopenNeedsAReasonAndClosingAgainReplacesTheCarryOver()
{
    QVERIFY(closeDemo().year == 2019);
    const YearClosing closing(*m_ledger);
    auto noReason = closing.reopen(2019, QStringLiteral(" "));
    QVERIFY(!noReason.ok());
    QCOMPARE(int(noReason.error().kind), int(ErrorKind::Usage));
    QVERIFY(closing.reopen(2019, QStringLiteral("Revisionen fandt en fejlpostering")).ok());
    QCOMPARE(
        test::sqliteShell(m_path, QStringLiteral("SELECT status, reopen_reason FROM fiscal_years WHERE year = 2019")),
        QStringLiteral("open|Revisionen fandt en fejlpostering"));
    // A correction, then the closing again: the carry-over follows, booked once.
    const qint64 staff = accountNumbered(QStringLiteral("2010"));
    QVERIFY(PostingRepository(*m_ledger)
                .add({0, 2019, QDate(2019, 12, 31), 999, staff, std::nullopt, QStringLiteral("Rettelse"),
                      Money::fromOre(100)})
                .ok());
    // The control totals are the published ones; the correction makes them disagree, so enter the new ones.
    QVERIFY(ControlTotalRepository(*m_ledger).removeControlTotal(2019, std::nullopt).ok());
    QVERIFY(ControlTotalRepository(*m_ledger).removeControlTotal(2019, staff).ok());
    auto again = closing.close(2019, {QStringLiteral("Karen Holm Sørensen, Formand")});
    QVERIFY2(again.ok(), again.ok() ? "" : qPrintable(again.error().message));
    QCOMPARE(again->operatingResult, Money::fromOre(-32274708));
    QVERIFY(!again->nextYearCreated);
    QCOMPARE(test::sqliteShell(m_path, QStringLiteral("SELECT COUNT(*), SUM(amount) FROM postings WHERE year = 2020 "
                                                      "AND text = 'Overført fra 2019'")),
             QStringLiteral("1|-32274708"));
}

void tst_YearClosing::commandLineClosesAndReopens()
{
    m_ledger.reset(); // the command is the writer now
    Run r = annalist({QStringLiteral("--db"), m_path, QStringLiteral("close-year"), QStringLiteral("--year"),
                      QStringLiteral("2019")});
    QCOMPARE(r.code, 2); // nobody signs
    r = annalist({QStringLiteral("--db"), m_path, QStringLiteral("close-year"), QStringLiteral("--year"),
                  QStringLiteral("2019"), QStringLiteral("--signed-by"), QStringLiteral("Karen Holm Sørensen, Formand"),
                  QStringLiteral("--signed-by"), QStringLiteral("Lise Bech Nielsen, Revisor")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QStringLiteral("-322.748,08")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("Overført fra 2019")));
    QVERIFY(r.out.contains(QStringLiteral("Lise Bech Nielsen, Revisor")));
    // The receipt's head: "verify --expect" finds it in the intact trail, also after later changes.
    const QRegularExpressionMatch head =
        QRegularExpression(QStringLiteral("Audit trail head: ([0-9a-f]{64})")).match(r.out);
    QVERIFY2(head.hasMatch(), qPrintable(r.out));
    r = annalist(
        {QStringLiteral("--db"), m_path, QStringLiteral("verify"), QStringLiteral("--expect"), head.captured(1)});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QStringLiteral("The printed head is record")), qPrintable(r.out));
    // A head the trail does not hold (the whole trail rewritten since it was printed) is refused.
    r = annalist({QStringLiteral("--db"), m_path, QStringLiteral("verify"), QStringLiteral("--expect"),
                  QString(64, QLatin1Char('0'))});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("rewritten")), qPrintable(r.err));
    r = annalist({QStringLiteral("--db"), m_path, QStringLiteral("import"), m_dir->filePath(QStringLiteral("none.csv")),
                  QStringLiteral("--year"), QStringLiteral("2019")});
    QVERIFY(r.code != 0);
    r = annalist({QStringLiteral("--db"), m_path, QStringLiteral("reopen-year"), QStringLiteral("--year"),
                  QStringLiteral("2019")});
    QCOMPARE(r.code, 2); // no reason
    r = annalist({QStringLiteral("--db"), m_path, QStringLiteral("reopen-year"), QStringLiteral("--year"),
                  QStringLiteral("2019"), QStringLiteral("--reason"), QStringLiteral("Rettelse af note 3")});
    QCOMPARE(r.code, 0);
    QCOMPARE(test::sqliteShell(m_path, QStringLiteral("SELECT status FROM fiscal_years WHERE year = 2019")),
             QStringLiteral("open"));
    // The reopening moved the head on; the printed head still checks out.
    r = annalist(
        {QStringLiteral("--db"), m_path, QStringLiteral("verify"), QStringLiteral("--expect"), head.captured(1)});
    QCOMPARE(r.code, 0);
}

QTEST_GUILESS_MAIN(tst_YearClosing)
#include "tst_yearclosing.moc"
