#include "BudgetRepository.h"
#include "NoteRepository.h"
#include "Validator.h"
#include "validatorfixture.h"

#include <QTest>

using namespace annalist;

// The validator as a whole: the rules it lists, the clean demo year, a year not in the books and the
// order of its findings.
class tst_ValidatorGeneral : public QObject, public test::ValidatorFixture
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void rulesListed();
    void demoIsClean();
    void yearNotInBooks();
    void errorsComeFirst();
};

void tst_ValidatorGeneral::init()
{
    setUp();
}

void tst_ValidatorGeneral::cleanup()
{
    tearDown();
}

// ---- general ---------------------------------------------------------------------------------------------

void tst_ValidatorGeneral::rulesListed()
{
    const QStringList expected = {
        QStringLiteral("STATEMENT-BALANCE"), QStringLiteral("POSTING-ACCOUNT"),  QStringLiteral("POSTING-INACTIVE"),
        QStringLiteral("POSTING-DATE"),      QStringLiteral("POSTING-PROJECT"),  QStringLiteral("CONTROL-RESULT"),
        QStringLiteral("CONTROL-ACCOUNT"),   QStringLiteral("CONTROL-MISSING"),  QStringLiteral("CARRY-OVER"),
        QStringLiteral("MEMBERS-SUM"),       QStringLiteral("NOTE-MISSING"),     QStringLiteral("NOTE-GAP"),
        QStringLiteral("NOTE-UNUSED"),       QStringLiteral("BUDGET-DEVIATION"), QStringLiteral("REPORT-FIELD"),
        QStringLiteral("REPORT-STALE"),      QStringLiteral("REPORT-ALT"),       QStringLiteral("AUDIT-CHAIN"),
        QStringLiteral("AUDIT-TRIGGERS"),    QStringLiteral("YEAR-SEAL"),
    };
    QStringList ids;
    for (const auto &[id, description] : Validator::rules()) {
        ids.append(id);
        QVERIFY2(!description.trimmed().isEmpty(), qPrintable(id));
        QVERIFY2(description.endsWith(QLatin1Char('.')), qPrintable(description));
    }
    QCOMPARE(ids, expected);
    QCOMPARE(Validator::postingsNamed, 20);
}

void tst_ValidatorGeneral::demoIsClean()
{
    QList<Finding> findings;
    QVERIFY(validate(&findings));
    QCOMPARE(linesOf(findings), QStringList());
    const FindingCounts counts = countFindings(findings);
    QCOMPARE(counts.errors, 0);
    QCOMPARE(counts.warnings, 0);
    QCOMPARE(counts.infos, 0);
    for (const auto &rule : Validator::rules())
        QVERIFY2(!hasRule(findings, rule.first), qPrintable(rule.first));
}

void tst_ValidatorGeneral::yearNotInBooks()
{
    const auto result = Validator(*m_ledger).validate(2031);
    QVERIFY(!result.ok());
    QCOMPARE(int(result.error().kind), int(ErrorKind::BadInput));
    QVERIFY2(result.error().message.contains(QLatin1String("2031")), qPrintable(result.error().message));
}

void tst_ValidatorGeneral::errorsComeFirst()
{
    // An info, an error and two warnings, found by checks that run in another order.
    QVERIFY(shell(QStringLiteral("DELETE FROM control_totals WHERE year = 2019 AND account_id IS NULL;")));
    QVERIFY(NoteRepository(*m_ledger).setNote(
        {demoYear, 8, QStringLiteral("Ekstra"), QStringLiteral("Tekst."), NoteAttachment::Lines}));
    QVERIFY(BudgetRepository(*m_ledger).setBudget(
        {account(QStringLiteral("3110")).id, demoYear, kr(QStringLiteral("100.000,00")), QString()}));
    QList<Finding> findings;
    QVERIFY(validate(&findings));
    QCOMPARE(ruleIdsOf(findings), (QStringList{QStringLiteral("NOTE-GAP"), QStringLiteral("NOTE-UNUSED"),
                                               QStringLiteral("BUDGET-DEVIATION"), QStringLiteral("CONTROL-MISSING")}));
    for (int i = 1; i < findings.size(); ++i)
        QVERIFY2(int(findings.at(i - 1).severity) <= int(findings.at(i).severity),
                 qPrintable(linesOf(findings).join(QLatin1Char('\n'))));
    const FindingCounts counts = countFindings(findings);
    QCOMPARE(counts.errors, 1);
    QCOMPARE(counts.warnings, 2);
    QCOMPARE(counts.infos, 1);
    QCOMPARE(findings.first().toLine(),
             QStringLiteral("ERROR NOTE-GAP 2019/note/8: Note 8 comes where note 7 is expected: the notes must run "
                            "from 1 without gaps."));
}

QTEST_GUILESS_MAIN(tst_ValidatorGeneral)
#include "tst_validatorgeneral.moc"
