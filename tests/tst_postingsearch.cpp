#include "Ledger.h"
#include "PostingRepository.h"
#include "PostingSearchIndex.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace annalist;

// The free-text search of the postings: the same postings whether the trigram index covers them,
// covers some of them or none, and the index following every edit.
class tst_PostingSearch : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void sameAnswerWithAndWithoutTheIndex_data();
    void sameAnswerWithAndWithoutTheIndex();
    void catchUpIndexesInSteps();
    void indexFollowsEdits();
    void findsAVoucherNumber();
    void forgetsWhatIsDeletedInBulk();

private:
    QList<qint64> searched(const QString &text) const;
    // The same search written out for the sqlite3 shell: every posting of 2019 whose text holds
    // the word, whose account's name holds it or number is it, or whose voucher is it.
    QList<qint64> expected(const QString &text) const;
    QString sql(const QString &query) const { return test::sqliteShell(m_ledger->path(), query); }

    QTemporaryDir m_dir;
    std::unique_ptr<Ledger> m_ledger;
};

void tst_PostingSearch::init()
{
    QFile::remove(m_dir.filePath(QStringLiteral("demo.annalist")));
    m_ledger = test::demoLedger(m_dir);
    QVERIFY(m_ledger);
}

void tst_PostingSearch::cleanup()
{
    m_ledger.reset();
}

QList<qint64> tst_PostingSearch::searched(const QString &text) const
{
    PostingFilter filter;
    filter.year = 2019;
    filter.text = text;
    auto rows = PostingRepository(*m_ledger).page(filter, PostingSort::Date, Qt::AscendingOrder, 0, 100000);
    if (!rows)
        qWarning("%s", qPrintable(rows.error().message));
    QList<qint64> ids;
    for (const PostingRow &row : rows.value())
        ids.append(row.posting.id);
    std::sort(ids.begin(), ids.end());
    return ids;
}

QList<qint64> tst_PostingSearch::expected(const QString &text) const
{
    const QString quoted = QString(text).replace(QLatin1Char('\''), QLatin1String("''"));
    const QString out =
        sql(QStringLiteral("SELECT id FROM postings WHERE year = 2019 AND (text %2 '%%1%' OR CAST(voucher AS TEXT) = "
                           "'%1' OR account_id IN (SELECT id FROM accounts WHERE name %2 '%%1%' OR number = '%1')) "
                           "ORDER BY id")
                .arg(quoted, test::onServer() ? QStringLiteral("ILIKE") : QStringLiteral("LIKE")));
    QList<qint64> ids;
    for (const QString &line : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        ids.append(line.toLongLong());
    return ids;
}

void tst_PostingSearch::sameAnswerWithAndWithoutTheIndex_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("atLeast");
    QTest::newRow("rare word") << QStringLiteral("Vordingborg") << 4;
    QTest::newRow("lower case") << QStringLiteral("vordingborg") << 4;
    QTest::newRow("common word") << QStringLiteral("illustrativ") << 100;
    QTest::newRow("account name") << QStringLiteral("Personale") << 12;
    QTest::newRow("account number") << QStringLiteral("2010") << 12;
    QTest::newRow("two letters") << QStringLiteral("ko") << 10;
    QTest::newRow("nothing") << QStringLiteral("xyzzy") << 0;
    QTest::newRow("percent sign") << QStringLiteral("50%") << 0;
}

void tst_PostingSearch::sameAnswerWithAndWithoutTheIndex()
{
    QFETCH(QString, text);
    QFETCH(int, atLeast);
    const QList<qint64> want = expected(text);
    QVERIFY2(want.size() >= atLeast, qPrintable(QString::number(want.size())));
    // A new ledger's postings are not in the index yet: they are read directly. A server keeps its
    // index with every write.
    if (test::onServer())
        QCOMPARE(*PostingSearchIndex(*m_ledger).pending(), 0);
    else
        QVERIFY(*PostingSearchIndex(*m_ledger).pending() > 0);
    QCOMPARE(searched(text), want);
    // Half of them indexed.
    const qint64 all = *PostingSearchIndex(*m_ledger).pending();
    QVERIFY(PostingSearchIndex(*m_ledger).catchUp(int(all / 2)));
    QCOMPARE(searched(text), want);
    // All of them.
    QCOMPARE(*PostingSearchIndex(*m_ledger).catchUp(int(all)), 0);
    QCOMPARE(searched(text), want);
}

void tst_PostingSearch::catchUpIndexesInSteps()
{
    ANNALIST_FILE_ONLY("SQLite's own trigram index and its catching up");
    const PostingSearchIndex index(*m_ledger);
    const qint64 postings = sql(QStringLiteral("SELECT COUNT(*) FROM postings")).toLongLong();
    QVERIFY(postings > 200);
    QCOMPARE(*index.pending(), postings);
    QCOMPARE(*index.catchUp(100), postings - 100);
    QCOMPARE(sql(QStringLiteral("SELECT COUNT(*) FROM posting_search")).toLongLong(), 100);
    QCOMPARE(*index.indexedThrough(),
             sql(QStringLiteral("SELECT id FROM postings ORDER BY id LIMIT 1 OFFSET 99")).toLongLong());
    QCOMPARE(*index.catchUp(1000000), 0);
    QCOMPARE(sql(QStringLiteral("SELECT COUNT(*) FROM posting_search")).toLongLong(), postings);
    // Nothing left: another step does nothing.
    QCOMPARE(*index.catchUp(100), 0);
    QCOMPARE(sql(QStringLiteral("SELECT COUNT(*) FROM posting_search")).toLongLong(), postings);
}

void tst_PostingSearch::indexFollowsEdits()
{
    ANNALIST_FILE_ONLY("SQLite's own trigram index and its catching up");
    QCOMPARE(*PostingSearchIndex(*m_ledger).catchUp(1000000), 0);
    const PostingRepository postings(*m_ledger);
    const qint64 id =
        sql(QStringLiteral("SELECT id FROM postings WHERE text LIKE '%Vordingborg%' ORDER BY id LIMIT 1")).toLongLong();
    QVERIFY(id > 0);
    Posting edited = postings.posting(id)->value();
    edited.text = QStringLiteral("Kontingent fra Ærø (rettet)");
    QVERIFY(postings.update(edited));
    QCOMPARE(searched(QStringLiteral("Ærø")), QList<qint64>{id});
    QVERIFY(!searched(QStringLiteral("Vordingborg")).contains(id));
    QCOMPARE(sql(QStringLiteral("SELECT body FROM posting_search WHERE rowid = %1").arg(id)),
             QStringLiteral("%1 Kontingent fra Ærø (rettet)").arg(edited.voucher));

    // Deleted, and given back with its id (an undone deletion): out of the index and in again.
    QVERIFY(postings.remove(id));
    QCOMPARE(sql(QStringLiteral("SELECT COUNT(*) FROM posting_search WHERE rowid = %1").arg(id)), QStringLiteral("0"));
    QVERIFY(searched(QStringLiteral("Ærø")).isEmpty());
    QCOMPARE(*postings.add(edited), id);
    QCOMPARE(sql(QStringLiteral("SELECT COUNT(*) FROM posting_search WHERE rowid = %1").arg(id)), QStringLiteral("1"));
    QCOMPARE(searched(QStringLiteral("Ærø")), QList<qint64>{id});

    // A new posting is found before the index has caught up, and after.
    Posting fresh = edited;
    fresh.id = 0;
    fresh.voucher = 9001;
    fresh.text = QStringLiteral("Ekstraordinær udgift til Æbeltoft");
    const qint64 freshId = *postings.add(fresh);
    QCOMPARE(*PostingSearchIndex(*m_ledger).pending(), 1);
    QCOMPARE(searched(QStringLiteral("Æbeltoft")), QList<qint64>{freshId});
    QCOMPARE(*PostingSearchIndex(*m_ledger).catchUp(10), 0);
    QCOMPARE(searched(QStringLiteral("Æbeltoft")), QList<qint64>{freshId});
    // The whole index agrees with the postings.
    QCOMPARE(sql(QStringLiteral("SELECT COUNT(*) FROM postings p JOIN posting_search s ON s.rowid = p.id "
                                "WHERE s.body = p.voucher || ' ' || p.text")),
             sql(QStringLiteral("SELECT COUNT(*) FROM postings")));
}

void tst_PostingSearch::findsAVoucherNumber()
{
    QCOMPARE(*PostingSearchIndex(*m_ledger).catchUp(1000000), 0);
    const QString voucher = sql(QStringLiteral("SELECT MAX(voucher) FROM postings WHERE year = 2019"));
    QVERIFY(voucher.size() >= 3);
    const QList<qint64> found = searched(voucher);
    QVERIFY(!found.isEmpty());
    QCOMPARE(found, expected(voucher));
}

void tst_PostingSearch::forgetsWhatIsDeletedInBulk()
{
    ANNALIST_FILE_ONLY("SQLite's own trigram index and its catching up");
    const PostingSearchIndex index(*m_ledger);
    QCOMPARE(*index.catchUp(1000000), 0);
    const qint64 from = sql(QStringLiteral("SELECT id FROM postings ORDER BY id LIMIT 1 OFFSET 150")).toLongLong();
    const QList<qint64> before = expected(QStringLiteral("Vordingborg"));
    QVERIFY(m_ledger->transaction([&] { return index.forgetFrom(from); }));
    QCOMPARE(*index.indexedThrough(), from - 1);
    QCOMPARE(sql(QStringLiteral("SELECT COUNT(*) FROM posting_search WHERE rowid >= %1").arg(from)),
             QStringLiteral("0"));
    QCOMPARE(sql(QStringLiteral("SELECT COUNT(*) FROM posting_search")).toLongLong(), 150);
    // The postings after it are read directly until the index has caught up again.
    QCOMPARE(searched(QStringLiteral("Vordingborg")), before);
    QCOMPARE(*index.catchUp(1000000), 0);
    QCOMPARE(searched(QStringLiteral("Vordingborg")), before);
    QCOMPARE(sql(QStringLiteral("SELECT COUNT(*) FROM posting_search")),
             sql(QStringLiteral("SELECT COUNT(*) FROM postings")));
}

QTEST_GUILESS_MAIN(tst_PostingSearch)
#include "tst_postingsearch.moc"
