#include "AccountRepository.h"
#include "ControlTotalRepository.h"
#include "Ledger.h"
#include "MemberRepository.h"
#include "NoteRepository.h"
#include "PostingRepository.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace annalist;

using Table = LedgerNotifier::Table;

namespace {

QList<Table> tablesOf(const QSignalSpy &spy)
{
    QList<Table> tables;
    for (const QList<QVariant> &arguments : spy)
        tables.append(arguments.at(0).value<Table>());
    return tables;
}

Account accountNumbered(const Ledger &ledger, const QString &number)
{
    const auto accounts = AccountRepository(ledger).accounts();
    for (const Account &a : *accounts)
        if (a.number == number)
            return a;
    return {};
}

} // namespace

// The master-data repositories: every write round-trips, announces the table it changed, and a
// refused write says why and changes nothing.
class tst_Repositories : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void accountRoundTrip();
    void accountRefusals_data();
    void accountRefusals();
    void accountInUseIsNotRemoved();
    void projectRoundTrip();
    void projectRefusals_data();
    void projectRefusals();
    void projectWithPostingsIsNotRemoved();
    void memberRoundTrip();
    void memberRefusals_data();
    void memberRefusals();
    void contributionRoundTrip();
    void noteRoundTrip();
    void noteRefusals();
    void controlTotalRoundTrip();
    void controlTotalRefusals();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Ledger> m_ledger;
    std::unique_ptr<QSignalSpy> m_changed;
};

void tst_Repositories::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_ledger = test::demoLedger(*m_dir);
    QVERIFY(m_ledger);
    m_changed = std::make_unique<QSignalSpy>(m_ledger->notifier(), &LedgerNotifier::changed);
}

void tst_Repositories::cleanup()
{
    m_changed.reset();
    m_ledger.reset();
    m_dir.reset();
}

void tst_Repositories::accountRoundTrip()
{
    const AccountRepository accounts(*m_ledger);
    Account a;
    a.number = QStringLiteral("2060");
    a.name = QStringLiteral("Kontorhold");
    a.section = Section::Operations;
    a.note = 3;
    a.sortOrder = 55;
    auto id = accounts.addAccount(a);
    QVERIFY2(id.ok(), qPrintable(id.error().message));
    QCOMPARE(tablesOf(*m_changed), QList<Table>{Table::Accounts});
    auto stored = accounts.account(*id);
    QVERIFY(stored.ok() && stored->has_value());
    QCOMPARE((*stored)->number, a.number);
    QCOMPARE((*stored)->name, a.name);
    QCOMPARE((*stored)->section, Section::Operations);
    QCOMPARE((*stored)->note, std::optional<int>(3));
    QCOMPARE((*stored)->sortOrder, 55);
    QVERIFY((*stored)->active);

    Account changed = **stored;
    changed.name = QStringLiteral("Kontorhold og porto");
    changed.note.reset();
    changed.active = false;
    changed.section = Section::Projects;
    m_changed->clear();
    QVERIFY(accounts.updateAccount(changed).ok());
    QCOMPARE(tablesOf(*m_changed), QList<Table>{Table::Accounts});
    stored = accounts.account(*id);
    QCOMPARE((*stored)->name, changed.name);
    QCOMPARE((*stored)->note, std::optional<int>());
    QCOMPARE((*stored)->active, false);
    QCOMPARE((*stored)->section, Section::Projects);

    m_changed->clear();
    QVERIFY(accounts.removeAccount(*id).ok());
    QCOMPARE(tablesOf(*m_changed), QList<Table>{Table::Accounts});
    QVERIFY(!accounts.account(*id)->has_value());

    // Undoing a removal brings the account back under the same id.
    m_changed->clear();
    QVERIFY(accounts.restoreAccount(changed).ok());
    QCOMPARE(tablesOf(*m_changed), QList<Table>{Table::Accounts});
    QCOMPARE(accounts.account(*id)->value().name, changed.name);
}

void tst_Repositories::accountRefusals_data()
{
    QTest::addColumn<QString>("existing"); // empty: a new account
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("section");
    QTest::addColumn<bool>("contributions");
    QTest::addColumn<int>("note");
    QTest::addColumn<QString>("reason");

    const int operations = int(Section::Operations);
    QTest::newRow("new: number in use") << ""
                                        << "2010"
                                        << "Løn" << operations << false << 0 << "2010";
    QTest::newRow("new: no number") << ""
                                    << " "
                                    << "Løn" << operations << false << 0 << "number";
    QTest::newRow("new: no name") << ""
                                  << "2070"
                                  << "" << operations << false << 0 << "name";
    QTest::newRow("new: note 0") << ""
                                 << "2070"
                                 << "Løn" << operations << false << -1 << "note";
    QTest::newRow("new: second contributions line") << ""
                                                    << "1020"
                                                    << "Andre tilskud" << int(Section::Income) << true << 0 << "1010";
    QTest::newRow("edit: number in use") << "2020"
                                         << "2010"
                                         << "Administration" << operations << false << 0 << "2010";
    QTest::newRow("edit: project account out of the projects section") << "3040"
                                                                       << "3040"
                                                                       << "ESDH" << operations << false << 0 << "ESDH";
}

void tst_Repositories::accountRefusals()
{
    QFETCH(QString, existing);
    QFETCH(QString, number);
    QFETCH(QString, name);
    QFETCH(int, section);
    QFETCH(bool, contributions);
    QFETCH(int, note);
    QFETCH(QString, reason);

    const AccountRepository accounts(*m_ledger);
    const QList<Account> before = *accounts.accounts();
    Account a = existing.isEmpty() ? Account() : accountNumbered(*m_ledger, existing);
    a.number = number;
    a.name = name;
    a.section = Section(section);
    a.isContributions = contributions;
    if (note != 0)
        a.note = note;
    Status done = Done{};
    if (existing.isEmpty()) {
        auto id = accounts.addAccount(a);
        done = id ? Status(Done{}) : Status(id.error());
    } else {
        done = accounts.updateAccount(a);
    }
    QVERIFY(!done.ok());
    QCOMPARE(done.error().kind, ErrorKind::BadInput);
    QVERIFY2(done.error().message.contains(reason), qPrintable(done.error().message));
    QCOMPARE(m_changed->count(), 0);
    QCOMPARE(accounts.accounts()->size(), before.size());
    for (const Account &b : before) {
        const auto after = accounts.account(b.id);
        QVERIFY(after.ok() && after->has_value());
        QCOMPARE((*after)->number, b.number);
        QCOMPARE((*after)->name, b.name);
        QCOMPARE((*after)->section, b.section);
    }
}

void tst_Repositories::accountInUseIsNotRemoved()
{
    const AccountRepository accounts(*m_ledger);
    const Account personale = accountNumbered(*m_ledger, QStringLiteral("2010"));
    const Status done = accounts.removeAccount(personale.id);
    QVERIFY(!done.ok());
    QVERIFY2(done.error().message.contains(QLatin1String("inactive")), qPrintable(done.error().message));
    QCOMPARE(m_changed->count(), 0);
    QVERIFY(accounts.account(personale.id)->has_value());
}

void tst_Repositories::projectRoundTrip()
{
    const AccountRepository accounts(*m_ledger);
    Account a;
    a.number = QStringLiteral("3120");
    a.name = QStringLiteral("Borgerservice");
    a.section = Section::Projects;
    const qint64 accountId = *accounts.addAccount(a);
    m_changed->clear();

    Project p;
    p.name = QStringLiteral("Borgerservice");
    p.accountId = accountId;
    p.phase = Phase::Analysis;
    p.steeringGroup = QStringLiteral("Styregruppen for borgerservice");
    p.description = QStringLiteral("Fælles selvbetjening.");
    auto id = accounts.addProject(p);
    QVERIFY2(id.ok(), qPrintable(id.error().message));
    QCOMPARE(tablesOf(*m_changed), QList<Table>{Table::Projects});
    auto stored = accounts.project(*id);
    QVERIFY(stored->has_value());
    QCOMPARE((*stored)->name, p.name);
    QCOMPARE((*stored)->accountId, accountId);
    QCOMPARE((*stored)->phase, Phase::Analysis);
    QCOMPARE((*stored)->steeringGroup, p.steeringGroup);
    QCOMPARE((*stored)->description, p.description);

    Project changed = **stored;
    changed.phase = Phase::Procurement;
    changed.steeringGroup = QStringLiteral("Direktionen");
    m_changed->clear();
    QVERIFY(accounts.updateProject(changed).ok());
    QCOMPARE(tablesOf(*m_changed), QList<Table>{Table::Projects});
    QCOMPARE(accounts.project(*id)->value().phase, Phase::Procurement);
    QCOMPARE(accounts.project(*id)->value().steeringGroup, QStringLiteral("Direktionen"));

    m_changed->clear();
    QVERIFY(accounts.removeProject(*id).ok());
    QCOMPARE(tablesOf(*m_changed), QList<Table>{Table::Projects});
    QVERIFY(!accounts.project(*id)->has_value());

    m_changed->clear();
    QVERIFY(accounts.restoreProject(changed).ok());
    QCOMPARE(tablesOf(*m_changed), QList<Table>{Table::Projects});
    QCOMPARE(accounts.project(*id)->value().name, changed.name);
}

void tst_Repositories::projectRefusals_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("account"); // number; empty: an account that does not exist
    QTest::addColumn<QString>("reason");
    QTest::newRow("name in use") << "ESDH"
                                 << "3120"
                                 << "ESDH";
    QTest::newRow("no name") << ""
                             << "3120"
                             << "name";
    QTest::newRow("not a project account") << "Løn"
                                           << "2010"
                                           << "projects section";
    QTest::newRow("account of another project") << "Ny"
                                                << "3040"
                                                << "ESDH";
    QTest::newRow("no account") << "Ny"
                                << ""
                                << "account";
}

void tst_Repositories::projectRefusals()
{
    QFETCH(QString, name);
    QFETCH(QString, account);
    QFETCH(QString, reason);
    const AccountRepository accounts(*m_ledger);
    Account free;
    free.number = QStringLiteral("3120");
    free.name = QStringLiteral("Fri projektkonto");
    free.section = Section::Projects;
    QVERIFY(accounts.addAccount(free).ok());
    const qsizetype before = accounts.projects()->size();
    m_changed->clear();

    Project p;
    p.name = name;
    p.accountId = account.isEmpty() ? 4242 : accountNumbered(*m_ledger, account).id;
    auto id = accounts.addProject(p);
    QVERIFY(!id.ok());
    QVERIFY2(id.error().message.contains(reason), qPrintable(id.error().message));
    QCOMPARE(m_changed->count(), 0);
    QCOMPARE(accounts.projects()->size(), before);
}

void tst_Repositories::projectWithPostingsIsNotRemoved()
{
    const AccountRepository accounts(*m_ledger);
    const Project first = accounts.projects()->constFirst();
    const Status done = accounts.removeProject(first.id);
    QVERIFY(!done.ok());
    QCOMPARE(m_changed->count(), 0);
    QVERIFY(accounts.project(first.id)->has_value());
}

void tst_Repositories::memberRoundTrip()
{
    const MemberRepository members(*m_ledger);
    auto id = members.addMember(QStringLiteral("Sorø"));
    QVERIFY2(id.ok(), qPrintable(id.error().message));
    QCOMPARE(tablesOf(*m_changed), QList<Table>{Table::Members});
    QCOMPARE(members.members()->size(), 13);

    m_changed->clear();
    QVERIFY(members.renameMember(*id, QStringLiteral("Sorø Kommune")).ok());
    QCOMPARE(tablesOf(*m_changed), QList<Table>{Table::Members});
    bool found = false;
    const auto list = members.members();
    for (const Member &m : *list)
        found = found || (m.id == *id && m.municipality == QStringLiteral("Sorø Kommune"));
    QVERIFY(found);

    QVERIFY(members.setContribution(*id, 2019, Money::fromOre(100)).ok());
    m_changed->clear();
    QVERIFY(members.removeMember(*id).ok());
    QCOMPARE(tablesOf(*m_changed), (QList<Table>{Table::Members, Table::Contributions}));
    QCOMPARE(members.members()->size(), 12);
    QVERIFY(members.contributionsOf(*id)->isEmpty());

    m_changed->clear();
    QVERIFY(members.restoreMember({*id, QStringLiteral("Sorø")}).ok());
    QCOMPARE(tablesOf(*m_changed), QList<Table>{Table::Members});
    QCOMPARE(members.members()->size(), 13);
}

void tst_Repositories::memberRefusals_data()
{
    QTest::addColumn<QString>("municipality");
    QTest::addColumn<QString>("reason");
    QTest::newRow("a member already") << "Greve"
                                      << "Greve";
    QTest::newRow("no name") << "  "
                             << "municipality";
}

void tst_Repositories::memberRefusals()
{
    QFETCH(QString, municipality);
    QFETCH(QString, reason);
    const MemberRepository members(*m_ledger);
    auto id = members.addMember(municipality);
    QVERIFY(!id.ok());
    QVERIFY2(id.error().message.contains(reason), qPrintable(id.error().message));
    const qint64 koege = [&] {
        const auto list = members.members();
        for (const Member &m : *list)
            if (m.municipality == QStringLiteral("Køge"))
                return m.id;
        return qint64(0);
    }();
    const Status renamed = members.renameMember(koege, municipality);
    QVERIFY(!renamed.ok());
    QVERIFY2(renamed.error().message.contains(reason), qPrintable(renamed.error().message));
    QCOMPARE(m_changed->count(), 0);
    QCOMPARE(members.members()->size(), 12);
}

void tst_Repositories::contributionRoundTrip()
{
    const MemberRepository members(*m_ledger);
    const Contribution greve = members.contributions(2019)->constFirst();
    QCOMPARE(greve.municipality, QStringLiteral("Greve"));

    QVERIFY(members.setContribution(greve.memberId, 2019, Money::fromOre(123456)).ok());
    QCOMPARE(tablesOf(*m_changed), QList<Table>{Table::Contributions});
    QCOMPARE(members.contributions(2019)->constFirst().amount, Money::fromOre(123456));
    const QList<Contribution> all = *members.contributionsOf(greve.memberId);
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.constFirst().year, 2019);
    QCOMPARE(all.constFirst().amount, Money::fromOre(123456));

    m_changed->clear();
    QVERIFY(members.removeContribution(greve.memberId, 2019).ok());
    QCOMPARE(tablesOf(*m_changed), QList<Table>{Table::Contributions});
    QCOMPARE(members.contributions(2019)->size(), 11);

    m_changed->clear();
    const Status refused = members.setContribution(greve.memberId, 2031, Money::fromOre(1));
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(QLatin1String("2031")), qPrintable(refused.error().message));
    QCOMPARE(m_changed->count(), 0);
}

void tst_Repositories::noteRoundTrip()
{
    const NoteRepository notes(*m_ledger);
    const Note seven{2019, 7, QStringLiteral("Kontorhold"), QStringLiteral("Porto og papir."), NoteAttachment::Lines};
    QVERIFY(notes.addNote(seven).ok());
    QCOMPARE(tablesOf(*m_changed), QList<Table>{Table::Notes});
    auto stored = notes.note(2019, 7);
    QVERIFY(stored.ok() && stored->has_value());
    QCOMPARE((*stored)->title, seven.title);
    QCOMPARE((*stored)->text, seven.text);
    QCOMPARE((*stored)->attached, NoteAttachment::Lines);
    QCOMPARE(notes.notes(2019)->size(), 7);

    Note changed = seven;
    changed.text = QStringLiteral("Porto, papir\nog toner.");
    changed.attached = NoteAttachment::Result;
    m_changed->clear();
    QVERIFY(notes.setNote(changed).ok());
    QCOMPARE(tablesOf(*m_changed), QList<Table>{Table::Notes});
    QCOMPARE(notes.note(2019, 7)->value().text, changed.text);
    QCOMPARE(notes.note(2019, 7)->value().attached, NoteAttachment::Result);

    m_changed->clear();
    QVERIFY(notes.removeNote(2019, 7).ok());
    QCOMPARE(tablesOf(*m_changed), QList<Table>{Table::Notes});
    QVERIFY(!notes.note(2019, 7)->has_value());
}

void tst_Repositories::noteRefusals()
{
    const NoteRepository notes(*m_ledger);
    const Status taken = notes.addNote({2019, 2, QStringLiteral("Andet"), QString(), NoteAttachment::Lines});
    QVERIFY(!taken.ok());
    QVERIFY2(taken.error().message.contains(QLatin1String("2")), qPrintable(taken.error().message));
    QCOMPARE(notes.note(2019, 2)->value().title, QStringLiteral("Personale"));
    const Status zero = notes.setNote({2019, 0, QStringLiteral("Nul"), QString(), NoteAttachment::Lines});
    QVERIFY(!zero.ok());
    QCOMPARE(zero.error().kind, ErrorKind::BadInput);
    QCOMPARE(m_changed->count(), 0);
    QCOMPARE(notes.notes(2019)->size(), 6);
}

void tst_Repositories::controlTotalRoundTrip()
{
    const ControlTotalRepository totals(*m_ledger);
    auto result = totals.controlTotal(2019, std::nullopt);
    QVERIFY(result.ok() && result->has_value());
    QCOMPARE((*result)->amount, Money::fromOre(-32274808));
    const qint64 resultId = (*result)->id;

    // Replacing keeps the row, so that a finding that points at it still finds it.
    ControlTotal changed = **result;
    changed.amount = Money::fromOre(-32274900);
    changed.source = QStringLiteral("SAP");
    QVERIFY(totals.setControlTotal(changed).ok());
    QCOMPARE(tablesOf(*m_changed), QList<Table>{Table::ControlTotals});
    result = totals.controlTotal(2019, std::nullopt);
    QCOMPARE((*result)->id, resultId);
    QCOMPARE((*result)->amount, changed.amount);
    QCOMPARE((*result)->source, QStringLiteral("SAP"));

    m_changed->clear();
    QVERIFY(totals.removeControlTotal(2019, std::nullopt).ok());
    QCOMPARE(tablesOf(*m_changed), QList<Table>{Table::ControlTotals});
    QVERIFY(!totals.controlTotal(2019, std::nullopt)->has_value());
    QCOMPARE(totals.controlTotals(2019)->size(), 18);

    m_changed->clear();
    QVERIFY(totals.addControlTotal(changed).ok());
    QCOMPARE(tablesOf(*m_changed), QList<Table>{Table::ControlTotals});
    QCOMPARE(totals.controlTotal(2019, std::nullopt)->value().amount, changed.amount);

    const qint64 personale = accountNumbered(*m_ledger, QStringLiteral("2010")).id;
    auto account = totals.controlTotal(2019, personale);
    QVERIFY(account->has_value());
    QCOMPARE((*account)->amount, Money::fromOre(154113023));
}

void tst_Repositories::controlTotalRefusals()
{
    const ControlTotalRepository totals(*m_ledger);
    const Status twice = totals.addControlTotal({0, 2019, std::nullopt, Money::fromOre(1), QString()});
    QVERIFY(!twice.ok());
    QVERIFY2(twice.error().message.contains(QLatin1String("already")), qPrintable(twice.error().message));
    const Status noAccount = totals.setControlTotal({0, 2019, 4242, Money::fromOre(1), QString()});
    QVERIFY(!noAccount.ok());
    QVERIFY2(noAccount.error().message.contains(QLatin1String("4242")), qPrintable(noAccount.error().message));
    const Status noYear = totals.setControlTotal({0, 2031, std::nullopt, Money::fromOre(1), QString()});
    QVERIFY(!noYear.ok());
    QVERIFY2(noYear.error().message.contains(QLatin1String("2031")), qPrintable(noYear.error().message));
    QCOMPARE(m_changed->count(), 0);
    QCOMPARE(totals.controlTotals(2019)->size(), 19);
    QCOMPARE(totals.controlTotal(2019, std::nullopt)->value().amount, Money::fromOre(-32274808));
}

QTEST_GUILESS_MAIN(tst_Repositories)
#include "tst_repositories.moc"
