#include "AssociationRepository.h"
#include "MemberRepository.h"
#include "NoteRepository.h"
#include "Validator.h"
#include "validatorfixture.h"

#include <QTest>

using namespace annalist;

// The rules on the members' contributions (MEMBERS-SUM) and the notes of the statement (NOTE-MISSING,
// NOTE-GAP, NOTE-UNUSED).
class tst_ValidatorMembersNotes : public QObject, public test::ValidatorFixture
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void membersSum_data();
    void membersSum();
    void membersSumWithoutContributionsLine();

    void noteMissing_data();
    void noteMissing();
    void noteGap_data();
    void noteGap();
    void noteUnused_data();
    void noteUnused();

private:
    qint64 memberId(const QString &municipality) const;
};

void tst_ValidatorMembersNotes::init()
{
    setUp();
}

void tst_ValidatorMembersNotes::cleanup()
{
    tearDown();
}

qint64 tst_ValidatorMembersNotes::memberId(const QString &municipality) const
{
    auto members = MemberRepository(*m_ledger).members();
    if (members)
        for (const Member &m : *members)
            if (m.municipality == municipality)
                return m.id;
    return 0;
}

// ---- members ---------------------------------------------------------------------------------------------

void tst_ValidatorMembersNotes::membersSum_data()
{
    // clang-format off
    QTest::addColumn<QString>("municipality");  // a new municipality becomes a member
    QTest::addColumn<QString>("change");        // added to what it pays
    QTest::addColumn<QString>("municipality2"); // optional second change
    QTest::addColumn<QString>("change2");
    QTest::addColumn<int>("members");
    QTest::addColumn<QString>("paid"); // empty: no finding
    QTest::newRow("contribution entered again") << "Greve" << "0,00" << "" << "" << 12 << "";
    QTest::newRow("two members swap 1,00") << "Greve" << "1,00" << "Køge" << "-1,00" << 12 << "";
    QTest::newRow("one member pays 1,00 more") << "Greve" << "1,00" << "" << "" << 12 << "11.717.710,00";
    QTest::newRow("one member pays 1,00 less") << "Roskilde" << "-1,00" << "" << "" << 12 << "11.717.708,00";
    QTest::newRow("new member") << "Sorø" << "1.000,00" << "" << "" << 13 << "11.718.709,00";
    // clang-format on
}

void tst_ValidatorMembersNotes::membersSum()
{
    QFETCH(QString, municipality);
    QFETCH(QString, change);
    QFETCH(QString, municipality2);
    QFETCH(QString, change2);
    QFETCH(int, members);
    QFETCH(QString, paid);
    const QString rule = QStringLiteral("MEMBERS-SUM");
    QVERIFY(ruleAbsent(rule));

    const MemberRepository repository(*m_ledger);
    auto before = repository.contributions(demoYear);
    QVERIFY(before.ok());
    auto contribute = [&](const QString &name, const QString &delta) {
        qint64 id = memberId(name);
        if (!id) {
            auto added = repository.addMember(name);
            if (!added)
                return false;
            id = *added;
        }
        Money amount = kr(delta);
        for (const Contribution &c : *before)
            if (c.memberId == id)
                amount += c.amount;
        return repository.setContribution(id, demoYear, amount).ok();
    };
    QVERIFY(contribute(municipality, change));
    if (!municipality2.isEmpty())
        QVERIFY(contribute(municipality2, change2));
    QCOMPARE(int(repository.contributions(demoYear)->size()), members);

    QList<Finding> findings;
    QVERIFY(validate(&findings));
    const QList<Finding> found = ofRule(findings, rule);
    if (paid.isEmpty()) {
        QCOMPARE(linesOf(findings), QStringList());
        return;
    }
    QCOMPARE(found.size(), 1);
    QCOMPARE(severityKey(found.first().severity), QStringLiteral("ERROR"));
    QCOMPARE(found.first().location.toString(), accountLocation(QStringLiteral("1010")));
    QCOMPARE(found.first().message, QStringLiteral("The contributions of the members (%1) add up to %2, but the line "
                                                   "1010 Kommunalt basistilskud holds 11.717.709,00.")
                                        .arg(members)
                                        .arg(paid));
}

void tst_ValidatorMembersNotes::membersSumWithoutContributionsLine()
{
    const QString rule = QStringLiteral("MEMBERS-SUM");
    QVERIFY(ruleAbsent(rule));
    QVERIFY(shell(QStringLiteral("UPDATE accounts SET is_contributions = 0;")));

    // Fails: 2019 has contributions but no line to add them up to.
    QList<Finding> findings;
    QVERIFY(validate(&findings));
    QCOMPARE(ruleIdsOf(findings), QStringList{rule});
    const QList<Finding> found = ofRule(findings, rule);
    QCOMPARE(found.size(), 1);
    QCOMPARE(severityKey(found.first().severity), QStringLiteral("ERROR"));
    QCOMPARE(found.first().location.toString(), QStringLiteral("2019"));
    QVERIFY2(found.first().message.contains(QLatin1String("no account is marked as the contributions line")),
             qPrintable(found.first().message));

    // Passes: a year without contributions needs no such line.
    QVERIFY(AssociationRepository(*m_ledger).addYear({2018, QDate(2018, 1, 1), QDate(2018, 12, 31), false, {}}));
    QVERIFY(ruleAbsent(rule, 2018));
}

// ---- notes -----------------------------------------------------------------------------------------------

void tst_ValidatorMembersNotes::noteMissing_data()
{
    // clang-format off
    QTest::addColumn<QString>("sql");     // run in the shell first
    QTest::addColumn<QString>("newLine"); // an account added with the note, named "Kontorhold"
    QTest::addColumn<int>("note");
    QTest::addColumn<bool>("writeNote");  // the note is written for the new line
    QTest::addColumn<QString>("missingOn"); // the line the finding names; empty: no finding
    QTest::addColumn<QString>("lineText");
    QTest::newRow("new line shares a note") << "" << "2060" << 3 << false << "" << "";
    QTest::newRow("new line and its note") << "" << "2060" << 7 << true << "" << "";
    QTest::newRow("new line refers to a note not written") << "" << "2060" << 7 << false << "2060" << "Kontorhold";
    QTest::newRow("note deleted in the shell") << "DELETE FROM notes WHERE year = 2019 AND number = 5;" << "" << 5
                                               << false << "2050" << "It, inventar, maskiner og materiel";
    // clang-format on
}

void tst_ValidatorMembersNotes::noteMissing()
{
    QFETCH(QString, sql);
    QFETCH(QString, newLine);
    QFETCH(int, note);
    QFETCH(bool, writeNote);
    QFETCH(QString, missingOn);
    QFETCH(QString, lineText);
    const QString rule = QStringLiteral("NOTE-MISSING");
    QVERIFY(ruleAbsent(rule));

    if (!sql.isEmpty())
        QVERIFY(shell(sql));
    if (!newLine.isEmpty())
        QVERIFY(addAccount(newLine, QStringLiteral("Kontorhold"), Section::Operations, note));
    if (writeNote)
        QVERIFY(NoteRepository(*m_ledger).setNote(
            {demoYear, note, QStringLiteral("Kontorhold"), QStringLiteral("Papir og porto."), NoteAttachment::Lines}));

    QList<Finding> findings;
    QVERIFY(validate(&findings));
    const QList<Finding> found = ofRule(findings, rule);
    if (missingOn.isEmpty()) {
        QVERIFY2(found.isEmpty(), qPrintable(linesOf(found).join(QLatin1Char('\n'))));
        return;
    }
    QCOMPARE(found.size(), 1);
    QCOMPARE(severityKey(found.first().severity), QStringLiteral("ERROR"));
    QCOMPARE(found.first().location.toString(), accountLocation(missingOn));
    QCOMPARE(found.first().location.id, account(missingOn).id);
    QCOMPARE(found.first().message, QStringLiteral("The line %1 %2 refers to note %3, which 2019 does not have.")
                                        .arg(missingOn, lineText)
                                        .arg(note));
}

void tst_ValidatorMembersNotes::noteGap_data()
{
    // clang-format off
    QTest::addColumn<QString>("sql"); // run in the shell
    QTest::addColumn<int>("added");   // a note written through the application; 0: none
    QTest::addColumn<int>("gapAt");   // the note the finding names; 0: no finding
    QTest::addColumn<int>("follows"); // the note before it; -1: none
    QTest::newRow("note 7 after note 6") << "" << 7 << 0 << 0;
    QTest::newRow("note 8 after note 6") << "" << 8 << 8 << 6;
    QTest::newRow("note 5 deleted") << "DELETE FROM notes WHERE year = 2019 AND number = 5;" << 0 << 6 << 4;
    QTest::newRow("note 1 deleted") << "DELETE FROM notes WHERE year = 2019 AND number = 1;" << 0 << 2 << -1;
    // clang-format on
}

void tst_ValidatorMembersNotes::noteGap()
{
    QFETCH(QString, sql);
    QFETCH(int, added);
    QFETCH(int, gapAt);
    QFETCH(int, follows);
    const QString rule = QStringLiteral("NOTE-GAP");
    QVERIFY(ruleAbsent(rule));

    if (!sql.isEmpty())
        QVERIFY(shell(sql));
    if (added)
        QVERIFY(NoteRepository(*m_ledger).setNote(
            {demoYear, added, QStringLiteral("Ekstra"), QStringLiteral("Tekst."), NoteAttachment::Result}));

    QList<Finding> findings;
    QVERIFY(validate(&findings));
    const QList<Finding> found = ofRule(findings, rule);
    if (!gapAt) {
        QCOMPARE(linesOf(findings), QStringList());
        return;
    }
    QCOMPARE(found.size(), 1);
    QCOMPARE(severityKey(found.first().severity), QStringLiteral("ERROR"));
    QCOMPARE(found.first().location.toString(), QStringLiteral("2019/note/%1").arg(gapAt));
    QCOMPARE(found.first().location.id, qint64(gapAt));
    QVERIFY2(found.first().message.startsWith(QStringLiteral("Note %1 ").arg(gapAt)),
             qPrintable(found.first().message));
    if (follows >= 0)
        QCOMPARE(found.first().message,
                 QStringLiteral("Note %1 comes where note %2 is expected: the notes must run from 1 without gaps.")
                     .arg(gapAt)
                     .arg(follows + 1));
}

void tst_ValidatorMembersNotes::noteUnused_data()
{
    // clang-format off
    QTest::addColumn<QString>("sql");     // run in the shell
    QTest::addColumn<int>("added");       // note 7 written through the application; 0: none
    QTest::addColumn<int>("attached");    // NoteAttachment of the added note
    QTest::addColumn<QString>("newLine"); // an account added that refers to the added note
    QTest::addColumn<int>("unused");      // the note the finding names; 0: no finding
    QTest::newRow("note on a new line") << "" << 7 << int(NoteAttachment::Lines) << "2060" << 0;
    QTest::newRow("note on the projects heading") << "" << 7 << int(NoteAttachment::Projects) << "" << 0;
    QTest::newRow("note on the result") << "" << 7 << int(NoteAttachment::Result) << "" << 0;
    QTest::newRow("note for lines, but on none") << "" << 7 << int(NoteAttachment::Lines) << "" << 7;
    QTest::newRow("line's reference removed in the shell")
        << "UPDATE accounts SET note = NULL WHERE number = '2040';" << 0 << 0 << "" << 4;
    // clang-format on
}

void tst_ValidatorMembersNotes::noteUnused()
{
    QFETCH(QString, sql);
    QFETCH(int, added);
    QFETCH(int, attached);
    QFETCH(QString, newLine);
    QFETCH(int, unused);
    const QString rule = QStringLiteral("NOTE-UNUSED");
    QVERIFY(ruleAbsent(rule));

    if (!sql.isEmpty())
        QVERIFY(shell(sql));
    if (added)
        QVERIFY(NoteRepository(*m_ledger).setNote({demoYear, added, QStringLiteral("Kontorhold"),
                                                   QStringLiteral("Papir og porto."), NoteAttachment(attached)}));
    if (!newLine.isEmpty())
        QVERIFY(addAccount(newLine, QStringLiteral("Kontorhold"), Section::Operations, added));

    QList<Finding> findings;
    QVERIFY(validate(&findings));
    const QList<Finding> found = ofRule(findings, rule);
    if (!unused) {
        QCOMPARE(linesOf(findings), QStringList());
        return;
    }
    QCOMPARE(ruleIdsOf(findings), QStringList{rule});
    QCOMPARE(found.size(), 1);
    QCOMPARE(severityKey(found.first().severity), QStringLiteral("WARNING"));
    QCOMPARE(found.first().location.toString(), QStringLiteral("2019/note/%1").arg(unused));
    QCOMPARE(found.first().message, QStringLiteral("Note %1 stands on no line of the statement.").arg(unused));
}

QTEST_GUILESS_MAIN(tst_ValidatorMembersNotes)
#include "tst_validatormembersnotes.moc"
