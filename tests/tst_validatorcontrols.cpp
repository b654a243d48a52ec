#include "AssociationRepository.h"
#include "ControlTotalRepository.h"
#include "Validator.h"
#include "validatorfixture.h"

#include <QTest>

using namespace annalist;

namespace {

// The source of the published statement's figures, as the demo's control totals name it.
const char *const demoSource = "Offentliggjort regnskab 2019";

} // namespace

// The rules that hold the books against figures from outside them: the control totals (CONTROL-RESULT,
// CONTROL-ACCOUNT, CONTROL-MISSING) and the result carried over from the year before (CARRY-OVER).
class tst_ValidatorControls : public QObject, public test::ValidatorFixture
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void controlResult_data();
    void controlResult();
    void controlAccount_data();
    void controlAccount();
    void controlAccountNotOnStatement();
    void controlMissing();

    void carryOver_data();
    void carryOver();
    void carryOverIntoNextYear();
};

void tst_ValidatorControls::init()
{
    setUp();
}

void tst_ValidatorControls::cleanup()
{
    tearDown();
}

// ---- control totals --------------------------------------------------------------------------------------

void tst_ValidatorControls::controlResult_data()
{
    // clang-format off
    QTest::addColumn<QString>("change");  // posting, shell or control
    QTest::addColumn<QString>("amount");  // the posting, the shell's change or the new control total
    QTest::addColumn<QString>("source");  // of the new control total
    QTest::addColumn<QString>("result");  // the operating result the message names; empty: no finding
    QTest::addColumn<QString>("control");
    QTest::addColumn<QString>("difference");
    QTest::addColumn<QString>("from");
    const QString published = QString::fromUtf8(demoSource);
    QTest::newRow("posting of 1,00 added") << "posting" << "1,00" << "" << "-322.747,08" << "-322.748,08" << "1,00"
                                           << published;
    QTest::newRow("posting changed by 1,00 in the shell")
        << "shell" << "1,00" << "" << "-322.747,08" << "-322.748,08" << "1,00" << published;
    QTest::newRow("control total entered differently")
        << "control" << "-322.749,08" << "SAP" << "-322.748,08" << "-322.749,08" << "1,00" << "SAP";
    QTest::newRow("control total without source")
        << "control" << "-322.000,00" << "" << "-322.748,08" << "-322.000,00" << "-748,08" << "the ERP system";
    QTest::newRow("control total entered again") << "control" << "-322.748,08" << published << "" << "" << ""
                                                 << "";
    // clang-format on
}

void tst_ValidatorControls::controlResult()
{
    QFETCH(QString, change);
    QFETCH(QString, amount);
    QFETCH(QString, source);
    QFETCH(QString, result);
    QFETCH(QString, control);
    QFETCH(QString, difference);
    QFETCH(QString, from);
    const QString rule = QStringLiteral("CONTROL-RESULT");
    QVERIFY(ruleAbsent(rule));

    if (change == QLatin1String("posting")) {
        QVERIFY(post(QStringLiteral("2010"), QDate(2019, 12, 31), kr(amount)));
    } else if (change == QLatin1String("shell")) {
        QVERIFY(shell(QStringLiteral("UPDATE postings SET amount = amount + %1 WHERE id = (SELECT p.id FROM postings "
                                     "p JOIN accounts a ON a.id = p.account_id WHERE a.number = '2010' "
                                     "ORDER BY p.date LIMIT 1);")
                          .arg(kr(amount).ore())));
    } else {
        QVERIFY(ControlTotalRepository(*m_ledger).setControlTotal({0, demoYear, std::nullopt, kr(amount), source}));
    }

    QList<Finding> findings;
    QVERIFY(validate(&findings));
    const QList<Finding> found = ofRule(findings, rule);
    if (result.isEmpty()) {
        QCOMPARE(linesOf(findings), QStringList());
        return;
    }
    QCOMPARE(found.size(), 1);
    QCOMPARE(severityKey(found.first().severity), QStringLiteral("ERROR"));
    QCOMPARE(found.first().location.toString(), QStringLiteral("2019/control/result"));
    QVERIFY(found.first().message.contains(result));
    QVERIFY(found.first().message.contains(QStringLiteral("difference of %1").arg(difference)));
    QCOMPARE(found.first().message, QStringLiteral("The operating result is %1, but the control total from %2 says "
                                                   "%3 (a difference of %4).")
                                        .arg(result, from, control, difference));
    // A changed posting also shows on its account; a changed control total on the result only.
    QCOMPARE(hasRule(findings, QStringLiteral("CONTROL-ACCOUNT")), change != QLatin1String("control"));
}

void tst_ValidatorControls::controlAccount_data()
{
    // clang-format off
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("change");  // posting or control
    QTest::addColumn<QString>("amount");  // the posting or the new control total
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("actual");  // empty: no finding
    QTest::addColumn<QString>("control");
    QTest::addColumn<QString>("difference");
    QTest::addColumn<QString>("from");
    const QString published = QString::fromUtf8(demoSource);
    QTest::newRow("posting of 1,00 added") << "2010" << "Personale" << "posting" << "1,00" << "" << "1.541.131,23"
                                           << "1.541.130,23" << "1,00" << published;
    QTest::newRow("control total entered differently")
        << "2030" << "Konsulentbistand" << "control" << "198.400,56" << "SAP" << "198.399,56" << "198.400,56"
        << "-1,00" << "SAP";
    QTest::newRow("income line, control total without source")
        << "1010" << "Kommunalt basistilskud" << "control" << "-11.717.000,00" << "" << "-11.717.709,00"
        << "-11.717.000,00" << "-709,00" << "the ERP system";
    QTest::newRow("line without postings") << "2040" << "Aktivitet og materialer m.m." << "control" << "5.000,00"
                                           << "SAP" << "0,00" << "5.000,00" << "-5.000,00" << "SAP";
    QTest::newRow("control total entered again") << "2030" << "Konsulentbistand" << "control" << "198.399,56"
                                                 << published << "" << "" << "" << "";
    // clang-format on
}

void tst_ValidatorControls::controlAccount()
{
    QFETCH(QString, number);
    QFETCH(QString, name);
    QFETCH(QString, change);
    QFETCH(QString, amount);
    QFETCH(QString, source);
    QFETCH(QString, actual);
    QFETCH(QString, control);
    QFETCH(QString, difference);
    QFETCH(QString, from);
    const QString rule = QStringLiteral("CONTROL-ACCOUNT");
    QVERIFY(ruleAbsent(rule));

    const Account a = account(number);
    QCOMPARE(a.name, name);
    if (change == QLatin1String("posting"))
        QVERIFY(post(number, QDate(2019, 12, 31), kr(amount)));
    else
        QVERIFY(ControlTotalRepository(*m_ledger).setControlTotal({0, demoYear, a.id, kr(amount), source}));

    QList<Finding> findings;
    QVERIFY(validate(&findings));
    const QList<Finding> found = ofRule(findings, rule);
    if (actual.isEmpty()) {
        QCOMPARE(linesOf(findings), QStringList());
        return;
    }
    QCOMPARE(found.size(), 1);
    QCOMPARE(severityKey(found.first().severity), QStringLiteral("ERROR"));
    QCOMPARE(found.first().location.toString(), accountLocation(number));
    QCOMPARE(found.first().location.id, a.id);
    QCOMPARE(found.first().message,
             QStringLiteral("Account %1 %2 totals %3, but the control total from %4 says %5 (a difference of %6).")
                 .arg(number, name, actual, from, control, difference));
}

void tst_ValidatorControls::controlAccountNotOnStatement()
{
    const QString rule = QStringLiteral("CONTROL-ACCOUNT");
    QVERIFY(ruleAbsent(rule));
    // A closed account without postings or budget in 2019 is not on the statement; the ERP system may still
    // report a total for it.
    const qint64 id =
        addAccount(QStringLiteral("2090"), QStringLiteral("Lukket konto"), Section::Operations, std::nullopt, false);
    QVERIFY(id > 0);
    const ControlTotalRepository controls(*m_ledger);

    // Passes: it agrees when the control total is zero.
    QVERIFY(controls.setControlTotal({0, demoYear, id, Money(), QStringLiteral("SAP")}));
    QVERIFY(ruleAbsent(rule));

    // Fails otherwise, named by its number like every other account.
    QVERIFY(controls.setControlTotal({0, demoYear, id, kr(QStringLiteral("100,00")), QStringLiteral("SAP")}));
    QList<Finding> findings;
    QVERIFY(validate(&findings));
    const QList<Finding> found = ofRule(findings, rule);
    QCOMPARE(found.size(), 1);
    QCOMPARE(severityKey(found.first().severity), QStringLiteral("ERROR"));
    QVERIFY2(found.first().message.contains(QLatin1String("-100,00")), qPrintable(found.first().message));
    QCOMPARE(found.first().location.id, id);
    // The account is named by its number and name, not by its row id, in the message and the location.
    QCOMPARE(found.first().message, QStringLiteral("Account 2090 Lukket konto totals 0,00, but the control total "
                                                   "from SAP says 100,00 (a difference of -100,00)."));
    QCOMPARE(found.first().location.toString(), accountLocation(QStringLiteral("2090")));
}

void tst_ValidatorControls::controlMissing()
{
    const QString rule = QStringLiteral("CONTROL-MISSING");
    QVERIFY(ruleAbsent(rule));

    // Passes: an account's control total may be missing.
    QVERIFY(shell(QStringLiteral("DELETE FROM control_totals WHERE year = 2019 AND account_id = "
                                 "(SELECT id FROM accounts WHERE number = '2030');")));
    QVERIFY(ruleAbsent(rule));

    // Fails: the result's control total is deleted behind Annalist's back.
    QVERIFY(shell(QStringLiteral("DELETE FROM control_totals WHERE year = 2019 AND account_id IS NULL;")));
    QList<Finding> findings;
    QVERIFY(validate(&findings));
    QCOMPARE(ruleIdsOf(findings), QStringList{rule});
    const QList<Finding> found = ofRule(findings, rule);
    QCOMPARE(found.size(), 1);
    QCOMPARE(severityKey(found.first().severity), QStringLiteral("INFO"));
    QCOMPARE(found.first().location.toString(), QStringLiteral("2019/control/result"));
    QVERIFY2(found.first().message.startsWith(QLatin1String("No control total for the operating result")),
             qPrintable(found.first().message));

    // Entered again, it agrees and the finding is gone.
    QVERIFY(ControlTotalRepository(*m_ledger).setControlTotal(
        {0, demoYear, std::nullopt, kr(QStringLiteral("-322.748,08")), QString::fromUtf8(demoSource)}));
    QVERIFY(validate(&findings));
    QCOMPARE(linesOf(findings), QStringList());
}

// ---- carry-over ------------------------------------------------------------------------------------------

void tst_ValidatorControls::carryOver_data()
{
    // clang-format off
    QTest::addColumn<QString>("result2018"); // empty: 2018 has no postings
    QTest::addColumn<QString>("named");      // the 2018 result the message names; empty: no finding
    QTest::newRow("result carried over") << "-1.056.176,43" << "";
    QTest::newRow("different result") << "-1.000.000,00" << "-1.000.000,00";
    QTest::newRow("one øre off") << "-1.056.176,42" << "-1.056.176,42";
    QTest::newRow("deficit") << "250.000,00" << "250.000,00";
    QTest::newRow("2018 without postings") << "" << "0,00";
    // clang-format on
}

void tst_ValidatorControls::carryOver()
{
    QFETCH(QString, result2018);
    QFETCH(QString, named);
    const QString rule = QStringLiteral("CARRY-OVER");
    // Without 2018 in the books there is nothing to compare with.
    QVERIFY(ruleAbsent(rule));

    QVERIFY(AssociationRepository(*m_ledger).addYear({2018, QDate(2018, 1, 1), QDate(2018, 12, 31), false, {}}));
    if (!result2018.isEmpty()) {
        const Money income = kr(QStringLiteral("-10.000.000,00"));
        QVERIFY(post(QStringLiteral("1010"), QDate(2018, 3, 31), income, std::nullopt, 2018));
        QVERIFY(post(QStringLiteral("2010"), QDate(2018, 12, 31), kr(result2018) - income, std::nullopt, 2018));
    }

    QList<Finding> findings;
    QVERIFY(validate(&findings));
    const QList<Finding> found = ofRule(findings, rule);
    if (named.isEmpty()) {
        QCOMPARE(linesOf(findings), QStringList());
    } else {
        QCOMPARE(found.size(), 1);
        QCOMPARE(severityKey(found.first().severity), QStringLiteral("ERROR"));
        QCOMPARE(found.first().location.toString(), QStringLiteral("2019"));
        QCOMPARE(found.first().message,
                 QStringLiteral("-1.056.176,43 is carried over into 2019, but the operating result of 2018 is %1.")
                     .arg(named));
    }

    // 2018 has no carry-over line and 2017 is not in the books: nothing to check there.
    QList<Finding> findings2018;
    QVERIFY(validate(&findings2018, 2018));
    QVERIFY2(!hasRule(findings2018, rule), qPrintable(linesOf(findings2018).join(QLatin1Char('\n'))));
}

void tst_ValidatorControls::carryOverIntoNextYear()
{
    const QString rule = QStringLiteral("CARRY-OVER");
    QVERIFY(AssociationRepository(*m_ledger).addYear({2020, QDate(2020, 1, 1), QDate(2020, 12, 31), false, {}}));

    // Fails: 2020 carries nothing over, though 2019 closed with a surplus.
    QList<Finding> findings;
    QVERIFY(validate(&findings, 2020));
    QList<Finding> found = ofRule(findings, rule);
    QCOMPARE(found.size(), 1);
    QCOMPARE(severityKey(found.first().severity), QStringLiteral("ERROR"));
    QCOMPARE(found.first().location.toString(), QStringLiteral("2020"));
    QCOMPARE(found.first().message,
             QStringLiteral("0,00 is carried over into 2020, but the operating result of 2019 is -322.748,08."));

    // Passes once the surplus is posted on a carry-over line.
    QVERIFY(addAccount(QStringLiteral("9020"), QStringLiteral("Overført fra 2019"), Section::CarryOver, std::nullopt));
    QVERIFY(post(QStringLiteral("9020"), QDate(2020, 1, 1), kr(QStringLiteral("-322.748,08")), std::nullopt, 2020));
    QVERIFY(validate(&findings, 2020));
    QVERIFY2(!hasRule(findings, rule), qPrintable(linesOf(findings).join(QLatin1Char('\n'))));
    // 2019 is untouched by it.
    QVERIFY(validate(&findings));
    QCOMPARE(linesOf(findings), QStringList());
}

QTEST_GUILESS_MAIN(tst_ValidatorControls)
#include "tst_validatorcontrols.moc"
