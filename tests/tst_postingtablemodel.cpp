#include "AddPostingCommand.h"
#include "AmountFormat.h"
#include "DeletePostingsCommand.h"
#include "LedgerSession.h"
#include "PostingRepository.h"
#include "PostingTableModel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace annalist;

namespace {

// A thousand postings more than the demo's 229, spread over the year, the accounts and four texts;
// project accounts (7 to 17) carry their project (id = account - 6).
const char *morePostings =
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000) "
    "INSERT INTO postings (year, date, voucher, account_id, project_id, text, amount) "
    "SELECT 2019, date('2019-01-01', '+' || (i * 7 % 365) || ' days'), 229 + i, 1 + i % 17, "
    "CASE WHEN 1 + i % 17 BETWEEN 7 AND 17 THEN 1 + i % 17 - 6 END, "
    "CASE i % 4 WHEN 0 THEN 'Husleje ' || i WHEN 1 THEN 'Konsulent ' || i WHEN 2 THEN 'Licens ' || i "
    "ELSE 'Rejse_100% ' || i END, (i * 7919 % 200001) - 100000 FROM n;";

} // namespace

class tst_PostingTableModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void pagesAsTheViewScrolls();
    void sortsInTheDatabase_data();
    void sortsInTheDatabase();
    void filtersInTheDatabase_data();
    void filtersInTheDatabase();
    void editGoesThroughUndo();
    void refusedEditSaysWhy_data();
    void refusedEditSaysWhy();
    void repeatedEditsMerge();
    void followsSinglePostings();
    void passesTheModelTester();

private:
    void fetchAll();
    QList<qint64> modelIds() const;
    QList<qint64> shellIds(const QString &where, const QString &order) const;
    QString path() const { return m_dir.filePath(QStringLiteral("demo.annalist")); }

    QTemporaryDir m_dir;
    std::unique_ptr<LedgerSession> m_session;
    // No QAbstractItemModelTester on this one: the tester reads pages of its own on every signal,
    // and these tests count pages. passesTheModelTester() runs the tester.
    std::unique_ptr<PostingTableModel> m_model;
};

void tst_PostingTableModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::Danish, QLocale::Denmark));
}

void tst_PostingTableModel::init()
{
    QFile::remove(path());
    {
        QVERIFY(test::demoLedger(m_dir));
    }
    int exit = -1;
    test::sqliteShellUnaudited(path(), QString::fromLatin1(morePostings), &exit);
    QCOMPARE(exit, 0);
    QCOMPARE(test::sqliteShell(path(), QStringLiteral("SELECT COUNT(*) FROM postings WHERE year = 2019")),
             QStringLiteral("1229"));
    m_session = std::make_unique<LedgerSession>();
    QVERIFY(m_session->open(path()).ok());
    m_model = std::make_unique<PostingTableModel>(m_session.get());
    PostingFilter year;
    year.year = 2019;
    m_model->setFilter(year);
}

void tst_PostingTableModel::cleanup()
{
    m_model.reset();
    m_session.reset();
}

void tst_PostingTableModel::fetchAll()
{
    while (m_model->canFetchMore({}))
        m_model->fetchMore({});
}

QList<qint64> tst_PostingTableModel::modelIds() const
{
    QList<qint64> ids;
    for (int row = 0; row < m_model->rowCount(); ++row)
        ids.append(m_model->index(row, 0).data(PostingTableModel::PostingIdRole).toLongLong());
    return ids;
}

// The same question asked of the sqlite3 shell, in plain SQL of its own.
QList<qint64> tst_PostingTableModel::shellIds(const QString &where, const QString &order) const
{
    const QString out =
        test::sqliteShell(path(), QStringLiteral("SELECT p.id FROM postings p JOIN accounts a ON a.id = p.account_id "
                                                 "WHERE p.year = 2019 %1 ORDER BY %2;")
                                      .arg(where, order));
    QList<qint64> ids;
    const QStringList lines = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines)
        ids.append(line.toLongLong());
    return ids;
}

void tst_PostingTableModel::pagesAsTheViewScrolls()
{
    QCOMPARE(m_model->rowCount(), PostingTableModel::pageSize);
    QVERIFY(m_model->canFetchMore({}));
    int pages = 1;
    while (m_model->canFetchMore({})) {
        const int before = m_model->rowCount();
        m_model->fetchMore({});
        ++pages;
        QVERIFY(m_model->rowCount() > before);
        QVERIFY(m_model->rowCount() - before <= PostingTableModel::pageSize);
    }
    QCOMPARE(pages, 7); // 1229 rows in pages of 200
    QCOMPARE(m_model->rowCount(), 1229);
    QCOMPARE(modelIds(), shellIds(QString(), QStringLiteral("p.date, p.voucher, p.id")));
    // Asking once more reads nothing.
    m_model->fetchMore({});
    QCOMPARE(m_model->rowCount(), 1229);
}

void tst_PostingTableModel::sortsInTheDatabase_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QString>("shellOrder");
    QTest::newRow("amount ascending") << int(PostingTableModel::AmountColumn) << Qt::AscendingOrder
                                      << QStringLiteral("p.amount ASC, p.id ASC");
    QTest::newRow("amount descending") << int(PostingTableModel::AmountColumn) << Qt::DescendingOrder
                                       << QStringLiteral("p.amount DESC, p.id DESC");
    QTest::newRow("date ascending") << int(PostingTableModel::DateColumn) << Qt::AscendingOrder
                                    << QStringLiteral("p.date ASC, p.voucher ASC, p.id ASC");
    QTest::newRow("date descending") << int(PostingTableModel::DateColumn) << Qt::DescendingOrder
                                     << QStringLiteral("p.date DESC, p.voucher DESC, p.id DESC");
    QTest::newRow("account ascending") << int(PostingTableModel::AccountColumn) << Qt::AscendingOrder
                                       << QStringLiteral("a.number ASC, p.date ASC, p.id ASC");
}

void tst_PostingTableModel::sortsInTheDatabase()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QString, shellOrder);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->sort(column, order);
    QCOMPARE(reset.count(), 1);
    // Only the first page is read; the order comes from the database, not from sorting it here.
    QCOMPARE(m_model->rowCount(), PostingTableModel::pageSize);
    fetchAll();
    QCOMPARE(modelIds(), shellIds(QString(), shellOrder));
}

void tst_PostingTableModel::filtersInTheDatabase_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("accountId");
    QTest::addColumn<qint64>("projectId");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QString>("where");
    const QDate none;
    QTest::newRow("text in the posting") << QStringLiteral("husleje") << qint64(0) << qint64(0) << none << none
                                         << QStringLiteral("AND lower(p.text) LIKE '%husleje%'");
    QTest::newRow("text in the account's name")
        << QStringLiteral("Personale") << qint64(0) << qint64(0) << none << none
        << QStringLiteral("AND (lower(p.text) LIKE '%personale%' OR lower(a.name) LIKE '%personale%')");
    QTest::newRow("wildcards are plain text") << QStringLiteral("_100%") << qint64(0) << qint64(0) << none << none
                                              << QStringLiteral("AND instr(p.text, '_100%') > 0");
    QTest::newRow("voucher number") << QStringLiteral("17") << qint64(0) << qint64(0) << none << none
                                    << QStringLiteral("AND (p.voucher = 17 OR instr(p.text, '17') > 0 "
                                                      "OR instr(a.name, '17') > 0 OR a.number = '17')");
    QTest::newRow("account number") << QStringLiteral("2030") << qint64(0) << qint64(0) << none << none
                                    << QStringLiteral("AND (a.number = '2030' OR instr(p.text, '2030') > 0)");
    QTest::newRow("account") << QString() << qint64(3) << qint64(0) << none << none
                             << QStringLiteral("AND p.account_id = 3");
    QTest::newRow("project") << QString() << qint64(0) << qint64(4) << none << none
                             << QStringLiteral("AND p.project_id = 4");
    QTest::newRow("date range") << QString() << qint64(0) << qint64(0) << QDate(2019, 3, 1) << QDate(2019, 3, 31)
                                << QStringLiteral("AND p.date BETWEEN '2019-03-01' AND '2019-03-31'");
    QTest::newRow("all at once") << QStringLiteral("licens") << qint64(5) << qint64(0) << QDate(2019, 2, 1)
                                 << QDate(2019, 10, 31)
                                 << QStringLiteral("AND lower(p.text) LIKE '%licens%' AND p.account_id = 5 "
                                                   "AND p.date BETWEEN '2019-02-01' AND '2019-10-31'");
    QTest::newRow("nothing matches") << QStringLiteral("no such posting") << qint64(0) << qint64(0) << none << none
                                     << QStringLiteral("AND 0");
}

void tst_PostingTableModel::filtersInTheDatabase()
{
    QFETCH(QString, text);
    QFETCH(qint64, accountId);
    QFETCH(qint64, projectId);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QString, where);
    PostingFilter filter;
    filter.year = 2019;
    filter.text = text;
    if (accountId)
        filter.accountId = accountId;
    if (projectId)
        filter.projectId = projectId;
    filter.from = from;
    filter.to = to;
    m_model->setFilter(filter);
    fetchAll();
    const QList<qint64> expected = shellIds(where, QStringLiteral("p.date, p.voucher, p.id"));
    QCOMPARE(modelIds(), expected);
    const QString shellCount =
        test::sqliteShell(path(), QStringLiteral("SELECT COUNT(*) || ' ' || IFNULL(SUM(p.amount), 0) FROM postings p "
                                                 "JOIN accounts a ON a.id = p.account_id WHERE p.year = 2019 %1;")
                                      .arg(where));
    auto summary = PostingRepository(*m_session->ledger()).summaryMatching(filter);
    QVERIFY(summary);
    QCOMPARE(QStringLiteral("%1 %2").arg(summary->count).arg(summary->sum.ore()), shellCount);
    QCOMPARE(summary->count, qint64(expected.size()));
}

void tst_PostingTableModel::editGoesThroughUndo()
{
    const QModelIndex amount = m_model->index(3, PostingTableModel::AmountColumn);
    const qint64 id = amount.data(PostingTableModel::PostingIdRole).toLongLong();
    const QString sql = QStringLiteral("SELECT amount FROM postings WHERE id = %1;").arg(id);
    const QString before = test::sqliteShell(path(), sql);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);

    QVERIFY(m_model->setData(amount, QStringLiteral("1.234,56")));
    QCOMPARE(test::sqliteShell(path(), sql), QStringLiteral("123456"));
    QVERIFY(changed.count() >= 1);
    QCOMPARE(m_model->rowOfPosting(id), 3); // date order: an amount does not move the row
    QCOMPARE(m_model->index(3, PostingTableModel::AmountColumn).data().toString(), QStringLiteral("1.234,56"));
    QCOMPARE(m_session->undoStack()->undoText(),
             QStringLiteral("Edit amount of posting %1").arg(m_model->rowAt(3).posting.voucher));

    m_session->undoStack()->undo();
    QCOMPARE(test::sqliteShell(path(), sql), before);
    QCOMPARE(m_model->index(3, PostingTableModel::AmountColumn).data().toString(),
             AmountFormat::format(Money::fromOre(before.toLongLong())));
    m_session->undoStack()->redo();
    QCOMPARE(test::sqliteShell(path(), sql), QStringLiteral("123456"));

    // The account decides the project: moving a posting to a project's account carries the project.
    const QModelIndex account = m_model->index(3, PostingTableModel::AccountColumn);
    QVERIFY(m_model->setData(account, QStringLiteral("3040")));
    QCOMPARE(test::sqliteShell(path(), QStringLiteral("SELECT a.number || ' ' || IFNULL(pr.name, '-') FROM postings p "
                                                      "JOIN accounts a ON a.id = p.account_id LEFT JOIN projects pr "
                                                      "ON pr.id = p.project_id WHERE p.id = %1;")
                                           .arg(id)),
             QStringLiteral("3040 ESDH"));
    QCOMPARE(m_model->index(3, PostingTableModel::ProjectColumn).data().toString(), QStringLiteral("ESDH"));
    QVERIFY(!(m_model->flags(m_model->index(3, PostingTableModel::ProjectColumn)) & Qt::ItemIsEditable));
}

void tst_PostingTableModel::refusedEditSaysWhy_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("reason");
    QTest::newRow("two decimal commas") << int(PostingTableModel::AmountColumn) << QStringLiteral("12,34,56")
                                        << QStringLiteral("more than one decimal comma");
    QTest::newRow("zero") << int(PostingTableModel::AmountColumn) << QStringLiteral("0,00") << QStringLiteral("zero");
    QTest::newRow("outside the year") << int(PostingTableModel::DateColumn) << QStringLiteral("01.01.2020")
                                      << QStringLiteral("outside the fiscal year 2019");
    QTest::newRow("not a date") << int(PostingTableModel::DateColumn) << QStringLiteral("31.02.2019")
                                << QStringLiteral("is not a date");
    QTest::newRow("no such account") << int(PostingTableModel::AccountColumn) << QStringLiteral("7777")
                                     << QStringLiteral("No account is called '7777'");
    QTest::newRow("voucher") << int(PostingTableModel::VoucherColumn) << QStringLiteral("-4")
                             << QStringLiteral("not a voucher number");
}

void tst_PostingTableModel::refusedEditSaysWhy()
{
    QFETCH(int, column);
    QFETCH(QString, typed);
    QFETCH(QString, reason);
    const QString before = test::sqliteShell(path(), QStringLiteral("SELECT * FROM postings ORDER BY id;"));
    QSignalSpy refused(m_model.get(), &PostingTableModel::editRefused);
    QVERIFY(!m_model->setData(m_model->index(0, column), typed));
    QCOMPARE(refused.count(), 1);
    QVERIFY2(refused.first().at(1).toString().contains(reason), qPrintable(refused.first().at(1).toString()));
    QCOMPARE(refused.first().at(2).toString(), typed); // what was typed, for the editor to keep
    QCOMPARE(m_session->undoStack()->count(), 0);
    QCOMPARE(test::sqliteShell(path(), QStringLiteral("SELECT * FROM postings ORDER BY id;")), before);
}

void tst_PostingTableModel::repeatedEditsMerge()
{
    const QModelIndex text = m_model->index(0, PostingTableModel::TextColumn);
    const QString original = text.data().toString();
    QVERIFY(m_model->setData(text, QStringLiteral("Første")));
    QVERIFY(m_model->setData(m_model->index(0, PostingTableModel::TextColumn), QStringLiteral("Anden")));
    QCOMPARE(m_session->undoStack()->count(), 1);
    QCOMPARE(m_model->index(0, PostingTableModel::TextColumn).data().toString(), QStringLiteral("Anden"));
    m_session->undoStack()->undo();
    QCOMPARE(m_model->index(0, PostingTableModel::TextColumn).data().toString(), original);
}

void tst_PostingTableModel::followsSinglePostings()
{
    m_model->sort(PostingTableModel::AmountColumn, Qt::AscendingOrder);
    const QString order = QStringLiteral("p.amount, p.id");
    const auto prefixAgrees = [&] {
        const QList<qint64> all = shellIds(QString(), order);
        return modelIds() == all.mid(0, m_model->rowCount());
    };
    // A posting that sorts among the rows read appears in its place.
    Posting p;
    p.year = 2019;
    p.date = QDate(2019, 5, 5);
    p.voucher = 5000;
    p.accountId = 3;
    p.text = QStringLiteral("Kontorartikler");
    p.amount = Money::fromOre(-2000000000); // the smallest amount of all
    auto add = std::make_unique<AddPostingCommand>(m_session.get(), p);
    const AddPostingCommand *added = add.get();
    QVERIFY(m_session->execute(std::move(add)));
    QCOMPARE(m_model->rowCount(), PostingTableModel::pageSize + 1);
    QCOMPARE(m_model->rowOfPosting(added->postingId()), 0);
    QVERIFY(prefixAgrees());

    // An edit that moves it past the rows read takes it out until its page is read.
    const qint64 id = added->postingId();
    QVERIFY(m_model->setData(m_model->index(0, PostingTableModel::AmountColumn), QStringLiteral("99.000,00")));
    QCOMPARE(m_model->rowOfPosting(id), -1);
    QVERIFY(prefixAgrees());
    fetchAll();
    QVERIFY(m_model->rowOfPosting(id) > PostingTableModel::pageSize);
    QVERIFY(prefixAgrees());

    // Moving within the rows read keeps the row (and a selection on it) and moves it.
    QVERIFY(m_model->setData(m_model->index(m_model->rowOfPosting(id), PostingTableModel::AmountColumn),
                             QStringLiteral("-0,01")));
    QVERIFY(prefixAgrees());
    const int row = m_model->rowOfPosting(id);
    QVERIFY(row > 0);
    QCOMPARE(m_model->index(row, PostingTableModel::AmountColumn).data().toString(), QStringLiteral("-0,01"));

    // Undo of the add takes the row away again; redo brings it back with the same id.
    while (m_session->undoStack()->canUndo())
        m_session->undoStack()->undo();
    QCOMPARE(m_model->rowOfPosting(id), -1);
    QVERIFY(prefixAgrees());
    m_session->undoStack()->redo();
    QCOMPARE(m_model->rowOfPosting(id), 0);
    QVERIFY(prefixAgrees());

    // A change behind the model's back (an import) is read again as a whole.
    test::sqliteShellUnaudited(path(), QStringLiteral("UPDATE postings SET amount = -3000000000 WHERE id = 1;"));
    m_session->ledger()->notifier()->notifyChanged(LedgerNotifier::Table::Postings);
    QCOMPARE(m_model->rowOfPosting(1), 0);
    QVERIFY(prefixAgrees());
}

void tst_PostingTableModel::passesTheModelTester()
{
    PostingTableModel model(m_session.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    PostingFilter filter;
    filter.year = 2019;
    model.setFilter(filter);
    QVERIFY(model.rowCount() >= PostingTableModel::pageSize);
    model.sort(PostingTableModel::AmountColumn, Qt::DescendingOrder);
    model.fetchMore({});
    QVERIFY(model.setData(model.index(2, PostingTableModel::AmountColumn), QStringLiteral("-5,00")));
    QVERIFY(model.setData(model.index(1, PostingTableModel::TextColumn), QStringLiteral("Rettet tekst")));
    QList<Posting> doomed{model.rowAt(0).posting, model.rowAt(5).posting};
    QVERIFY(m_session->execute(std::make_unique<DeletePostingsCommand>(m_session.get(), doomed)));
    while (m_session->undoStack()->canUndo())
        m_session->undoStack()->undo();
    filter.text = QStringLiteral("licens");
    model.setFilter(filter);
    m_session->ledger()->notifier()->notifyEverythingChanged();
    m_session->close();
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(tst_PostingTableModel)
#include "tst_postingtablemodel.moc"
