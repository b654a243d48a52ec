#include "AccountRepository.h"
#include "AssociationRepository.h"
#include "ControlTotalRepository.h"
#include "MemberRepository.h"
#include "NoteRepository.h"
#include "PostingRepository.h"
#include "StatementBuilder.h"
#include "Validator.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace annalist;

// One line of the published statement, as in shared/reference/digit-2019-statement.csv.
struct PublishedLine
{
    QString section;
    QString note;
    QString text;
    Money amount;
};

class tst_DemoLedger : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void reproducesPublishedStatementLineByLine();
    void reproducesPublishedTotals();
    void membersAddUpToContributionsLine();
    void projectsHaveAccountsPhasesAndSteeringGroups();
    void notesOneToSix();
    void controlTotalsAndProvenance();
    void postingsAreRealisticAndBalanced();
    void validatesClean();

private:
    QList<PublishedLine> m_published;
    QTemporaryDir m_dir;
    std::unique_ptr<Ledger> m_ledger;
    Statement m_statement;
};

void tst_DemoLedger::initTestCase()
{
    QFile csv(QStringLiteral(ANNALIST_REFERENCE_DIR "/digit-2019-statement.csv"));
    QVERIFY2(csv.open(QIODevice::ReadOnly), qPrintable(csv.fileName()));
    while (!csv.atEnd()) {
        const QString line = QString::fromUtf8(csv.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList f = line.split(QLatin1Char(';'));
        QCOMPARE(f.size(), 4);
        auto amount = Money::parse(f.at(3));
        QVERIFY(amount.ok());
        m_published.append({f.at(0), f.at(1), f.at(2), *amount});
    }
    QCOMPARE(m_published.size(), 18);

    m_ledger = test::demoLedger(m_dir);
    QVERIFY(m_ledger);
    auto statement = StatementBuilder(*m_ledger).build(2019);
    QVERIFY2(statement.ok(), qPrintable(statement.error().message));
    m_statement = *statement;
}

void tst_DemoLedger::reproducesPublishedStatementLineByLine()
{
    QCOMPARE(m_statement.lines.size(), m_published.size());
    for (int i = 0; i < m_published.size(); ++i) {
        const PublishedLine &want = m_published.at(i);
        const StatementLine &got = m_statement.lines.at(i);
        QCOMPARE(got.text, want.text);
        QCOMPARE(sectionKey(got.section), want.section);
        QCOMPARE(got.net().toPlain(), want.amount.toPlain());
        // Income stands under Indtægter, everything else (carry-over included) under Udgifter.
        if (want.section == QLatin1String("income")) {
            QCOMPARE(got.income(), want.amount);
            QVERIFY(got.expenses().isZero());
        } else {
            QCOMPARE(got.expenses(), want.amount);
            QVERIFY(got.income().isZero());
        }
        // Notes as published, except that note 5 may move to the projects heading (PRODUCT.md).
        if (want.note != QLatin1String("5"))
            QCOMPARE(got.note ? QString::number(*got.note) : QString(), want.note);
    }
}

void tst_DemoLedger::reproducesPublishedTotals()
{
    QCOMPARE(m_statement.incomeTotal().toDanish(), QStringLiteral("-11.717.709,00"));
    QCOMPARE(m_statement.expensesTotal().toDanish(), QStringLiteral("11.394.960,92"));
    QCOMPARE(m_statement.operatingResult().toDanish(), QStringLiteral("-322.748,08"));
    QCOMPARE(m_statement.postingsTotal, m_statement.operatingResult());
    QCOMPARE(m_statement.resultNote, std::optional<int>(6));
    const auto carryOver = m_statement.linesIn(Section::CarryOver);
    QCOMPARE(carryOver.size(), 1);
    QCOMPARE(carryOver.first().text, QStringLiteral("Overført fra 2018"));
    QCOMPARE(carryOver.first().expenses().toDanish(), QStringLiteral("-1.056.176,43"));
}

void tst_DemoLedger::membersAddUpToContributionsLine()
{
    auto contributions = MemberRepository(*m_ledger).contributions(2019);
    QVERIFY(contributions.ok());
    QCOMPARE(contributions->size(), 12);
    QStringList names;
    Money sum;
    for (const Contribution &c : *contributions) {
        names.append(c.municipality);
        QVERIFY(c.amount > Money());
        sum += c.amount;
    }
    QCOMPARE(names,
             (QStringList{QStringLiteral("Greve"), QStringLiteral("Guldborgsund"), QStringLiteral("Holbæk"),
                          QStringLiteral("Kalundborg"), QStringLiteral("Køge"), QStringLiteral("Lejre"),
                          QStringLiteral("Næstved"), QStringLiteral("Odsherred"), QStringLiteral("Ringsted"),
                          QStringLiteral("Roskilde"), QStringLiteral("Slagelse"), QStringLiteral("Vordingborg")}));
    QCOMPARE(sum.toDanish(), QStringLiteral("11.717.709,00"));
}

void tst_DemoLedger::projectsHaveAccountsPhasesAndSteeringGroups()
{
    auto projects = AccountRepository(*m_ledger).projects();
    QVERIFY(projects.ok());
    QCOMPARE(projects->size(), 11);
    QSet<int> phases;
    for (const Project &p : *projects) {
        const StatementLine *line = m_statement.line(p.accountId);
        QVERIFY(line);
        QCOMPARE(line->section, Section::Projects);
        QCOMPARE(p.name, line->text); // ERP exports that use the line texts import as they are
        QVERIFY(!p.steeringGroup.isEmpty());
        phases.insert(int(p.phase));
    }
    QCOMPARE(phases.size(), 5); // every phase of the portfolio chapter has a project
}

void tst_DemoLedger::notesOneToSix()
{
    auto notes = NoteRepository(*m_ledger).notes(2019);
    QVERIFY(notes.ok());
    QCOMPARE(notes->size(), 6);
    for (int i = 0; i < 6; ++i)
        QCOMPARE(notes->at(i).number, i + 1);
    QVERIFY(notes->at(0).text.contains(QLatin1String("12 medlemskommuner")));
    QVERIFY(notes->at(1).text.contains(QLatin1String("5 faste")));
    QVERIFY(notes->at(3).text.isEmpty()); // note 4 is empty, as published
    QCOMPARE(notes->at(5).attached, NoteAttachment::Result);
}

void tst_DemoLedger::controlTotalsAndProvenance()
{
    auto totals = ControlTotalRepository(*m_ledger).controlTotals(2019);
    QVERIFY(totals.ok());
    QVERIFY(!totals->isEmpty());
    QVERIFY(!totals->first().accountId);
    QCOMPARE(totals->first().amount.toDanish(), QStringLiteral("-322.748,08"));

    auto provenance = AssociationRepository(*m_ledger).provenance();
    QVERIFY(provenance.ok());
    QHash<QString, bool> illustrative;
    for (const Provenance &p : *provenance)
        illustrative.insert(p.subject, p.illustrative);
    QCOMPARE(illustrative.value(QStringLiteral("statement lines"), true), false);
    for (const char *subject : {"postings", "budgets", "member contributions"})
        QVERIFY2(illustrative.value(QLatin1String(subject), false), subject);
}

void tst_DemoLedger::postingsAreRealisticAndBalanced()
{
    const PostingRepository postings(*m_ledger);
    // 48 quarterly contributions, 12 months on 15 lines with activity, one carry-over.
    QCOMPARE(postings.count(2019).value(), qint64(48 + 12 * 15 + 1));
    QCOMPARE(postings.lastVoucher(2019).value(), qint64(48 + 12 * 15 + 1));
    QCOMPARE(postings.total(2019)->toDanish(), QStringLiteral("-322.748,08"));
    QCOMPARE(test::sqliteShell(m_ledger->path(),
                               QStringLiteral("SELECT COUNT(*) FROM postings WHERE text LIKE '%illustrativ%'")),
             QStringLiteral("228"));
}

void tst_DemoLedger::validatesClean()
{
    auto findings = Validator(*m_ledger).validate(2019);
    QVERIFY(findings.ok());
    QStringList lines;
    for (const Finding &f : *findings)
        lines.append(f.toLine());
    QCOMPARE(lines, QStringList());
}

QTEST_GUILESS_MAIN(tst_DemoLedger)
#include "tst_demoledger.moc"
