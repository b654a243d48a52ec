#include "BudgetRepository.h"
#include "NoteRepository.h"
#include "Validator.h"
#include "validatorfixture.h"

#include <QTest>

using namespace annalist;

// The rule on deviations from the budget (BUDGET-DEVIATION): the association's limits, budget changes,
// and the notes that explain a deviation and those that do not.
class tst_ValidatorBudget : public QObject, public test::ValidatorFixture
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void budgetDeviation_data();
    void budgetDeviation();
    void budgetDeviationExplained_data();
    void budgetDeviationExplained();
};

void tst_ValidatorBudget::init()
{
    setUp();
}

void tst_ValidatorBudget::cleanup()
{
    tearDown();
}

// ---- budget deviations -----------------------------------------------------------------------------------

void tst_ValidatorBudget::budgetDeviation_data()
{
    // clang-format off
    // The association's limits: 10 % and 50.000,00; a deviation must reach both to need a note.
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("budget");    // the original budget set
    QTest::addColumn<QString>("change");    // a budget change added; empty: none
    QTest::addColumn<QString>("corrected"); // the budget the message names
    QTest::addColumn<QString>("deviation"); // empty: no finding
    QTest::addColumn<QString>("percent");   // empty: none given
    QTest::newRow("demo budget") << "3110" << "Robotics" << "150.000,00" << "" << "" << "" << "";
    QTest::newRow("far over budget") << "3110" << "Robotics" << "100.000,00" << "" << "100.000,00" << "59.762,30"
                                     << "59,76";
    QTest::newRow("far under budget") << "3110" << "Robotics" << "250.000,00" << "" << "250.000,00" << "-90.237,70"
                                      << "-36,10";
    QTest::newRow("budget change cuts the budget") << "3110" << "Robotics" << "150.000,00" << "-50.000,00"
                                                   << "100.000,00" << "59.762,30" << "59,76";
    QTest::newRow("at the amount limit") << "3110" << "Robotics" << "109.762,30" << "" << "109.762,30"
                                         << "50.000,00" << "45,55";
    QTest::newRow("just under the amount limit") << "3110" << "Robotics" << "109.762,31" << "" << "" << "" << "";
    QTest::newRow("at the percent limit") << "3090" << "Bruger- og rettighedsstyring" << "2.518.106,70" << ""
                                          << "2.518.106,70" << "251.810,67" << "10,00";
    QTest::newRow("under the percent limit") << "3090" << "Bruger- og rettighedsstyring" << "2.530.000,00" << ""
                                             << "" << "" << "";
    QTest::newRow("no budget") << "3110" << "Robotics" << "0,00" << "" << "0,00" << "159.762,30" << "";
    QTest::newRow("line whose note is empty") << "2040" << "Aktivitet og materialer m.m." << "100.000,00" << ""
                                              << "100.000,00" << "-100.000,00" << "-100,00";
    QTest::newRow("line whose note has text") << "2010" << "Personale" << "1.000.000,00" << "" << "" << "" << "";
    QTest::newRow("carry-over line") << "9010" << "Overført fra 2018" << "0,00" << "" << "" << "" << "";
    // clang-format on
}

void tst_ValidatorBudget::budgetDeviation()
{
    QFETCH(QString, number);
    QFETCH(QString, name);
    QFETCH(QString, budget);
    QFETCH(QString, change);
    QFETCH(QString, corrected);
    QFETCH(QString, deviation);
    QFETCH(QString, percent);
    const QString rule = QStringLiteral("BUDGET-DEVIATION");
    QVERIFY(ruleAbsent(rule));

    const Account a = account(number);
    QCOMPARE(a.name, name);
    const BudgetRepository budgets(*m_ledger);
    QVERIFY(budgets.setBudget({a.id, demoYear, kr(budget), QStringLiteral("Ændret (test)")}));
    if (!change.isEmpty())
        QVERIFY(budgets.addChange({0, a.id, demoYear, QDate(2019, 9, 1), kr(change), QStringLiteral("Bestyrelsen")}));

    QList<Finding> findings;
    QVERIFY(validate(&findings));
    const QList<Finding> found = ofRule(findings, rule);
    if (deviation.isEmpty()) {
        QCOMPARE(linesOf(findings), QStringList());
        return;
    }
    QCOMPARE(ruleIdsOf(findings), QStringList{rule});
    QCOMPARE(found.size(), 1);
    QCOMPARE(severityKey(found.first().severity), QStringLiteral("WARNING"));
    QCOMPARE(found.first().location.toString(), accountLocation(number));
    QCOMPARE(found.first().location.id, a.id);
    QCOMPARE(found.first().message,
             QStringLiteral("The line %1 %2 deviates from its budget of %3 by %4%5; explain it in a note.")
                 .arg(number, name, corrected, deviation,
                      percent.isEmpty() ? QString() : QStringLiteral(" (%1 %)").arg(percent)));
}

void tst_ValidatorBudget::budgetDeviationExplained_data()
{
    // clang-format off
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("budget");
    QTest::addColumn<int>("note");     // a note written; 0: none
    QTest::addColumn<int>("attached"); // NoteAttachment of that note
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("warns");
    const int lines = int(NoteAttachment::Lines);
    const int projects = int(NoteAttachment::Projects);
    const int result = int(NoteAttachment::Result);
    const QString why = QStringLiteral("Robotics blev udvidet til flere kommuner.");
    QTest::newRow("project line, no note") << "3110" << "100.000,00" << 0 << lines << "" << true;
    QTest::newRow("note on the projects heading") << "3110" << "100.000,00" << 7 << projects << why << false;
    QTest::newRow("empty note on the projects heading") << "3110" << "100.000,00" << 7 << projects << "" << true;
    QTest::newRow("blank note on the projects heading") << "3110" << "100.000,00" << 7 << projects << "  \n " << true;
    QTest::newRow("note on the result does not explain a project")
        << "3110" << "100.000,00" << 7 << result << why << true;
    QTest::newRow("projects heading does not explain an operations line")
        << "2030" << "100.000,00" << 7 << projects << why << true;
    QTest::newRow("line's own note (Personale)") << "2010" << "1.000.000,00" << 0 << lines << "" << false;
    QTest::newRow("line's own note emptied") << "2010" << "1.000.000,00" << 2 << lines << "" << true;
    // clang-format on
}

void tst_ValidatorBudget::budgetDeviationExplained()
{
    QFETCH(QString, number);
    QFETCH(QString, budget);
    QFETCH(int, note);
    QFETCH(int, attached);
    QFETCH(QString, text);
    QFETCH(bool, warns);
    const QString rule = QStringLiteral("BUDGET-DEVIATION");
    QVERIFY(ruleAbsent(rule));

    const Account a = account(number);
    QVERIFY(a.id > 0);
    QVERIFY(BudgetRepository(*m_ledger).setBudget({a.id, demoYear, kr(budget), QString()}));
    if (note)
        QVERIFY(NoteRepository(*m_ledger).setNote(
            {demoYear, note, QStringLiteral("Forklaring"), text, NoteAttachment(attached)}));

    QList<Finding> findings;
    QVERIFY(validate(&findings));
    const QList<Finding> found = ofRule(findings, rule);
    QCOMPARE(found.size(), warns ? 1 : 0);
    if (warns) {
        QCOMPARE(severityKey(found.first().severity), QStringLiteral("WARNING"));
        QCOMPARE(found.first().location.toString(), accountLocation(number));
        QVERIFY2(found.first().message.contains(QStringLiteral("budget of %1").arg(budget)),
                 qPrintable(found.first().message));
    }
}

QTEST_GUILESS_MAIN(tst_ValidatorBudget)
#include "tst_validatorbudget.moc"
