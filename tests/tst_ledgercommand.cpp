// Undo and redo never disagree with the ledger: a step that cannot be undone or redone because
// the ledger changed under it (a colleague on the server, the sqlite3 shell on a file, a year
// closed meanwhile) leaves the ledger as it is, leaves the undo stack, is reported, and the views
// read the ledger again. Runs on a file and, as ledgercommand_postgresql, on the test server,
// where the colleague is a second client.

#include "EditPostingCommand.h"
#include "LedgerSession.h"
#include "PostingRepository.h"
#include "testsupport.h"

#include <QAction>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

using namespace annalist;

class tst_LedgerCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void undoOfAPostingChangedElsewhereIsDropped();
    void redoOfAPostingRemovedElsewhereIsDropped();
    void undoInAYearClosedMeanwhileIsDropped();

private:
    Posting postingAt(int row) const;
    Posting stored(qint64 id) const;
    // Someone else changes the posting's text: a second client on the server, the sqlite3 shell on a file.
    void changeElsewhere(const Posting &now, const QString &text);
    void removeElsewhere(qint64 id);
    // Executes a change of the posting's text as the user's step.
    Posting editText(const Posting &before, const QString &text);

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Ledger> m_colleague; // on the server only: a file has one writer
    std::unique_ptr<LedgerSession> m_session;
};

void tst_LedgerCommand::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("annalist-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_ledgercommand"));
    QLocale::setDefault(QLocale(QLocale::Danish, QLocale::Denmark));
}

void tst_LedgerCommand::init()
{
    QFile::remove(m_dir.filePath(QStringLiteral("demo.annalist")));
    auto demo = test::demoLedger(m_dir);
    QVERIFY(demo);
    m_path = demo->path();
    if (test::onServer())
        m_colleague = std::move(demo);
    else
        demo.reset(); // lets go of the writer's lock
    m_session = std::make_unique<LedgerSession>();
    const Status opened = m_session->open(m_path);
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
}

void tst_LedgerCommand::cleanup()
{
    m_session.reset();
    m_colleague.reset();
}

Posting tst_LedgerCommand::postingAt(int row) const
{
    PostingFilter filter;
    filter.year = 2019;
    auto rows = PostingRepository(*m_session->ledger()).page(filter, PostingSort::Date, Qt::AscendingOrder, row, 1);
    return rows && !rows->isEmpty() ? rows->first().posting : Posting{};
}

Posting tst_LedgerCommand::stored(qint64 id) const
{
    // Read back with SQL of its own, past the session's repositories.
    const QString row =
        test::sqliteShell(m_path, QStringLiteral("SELECT text FROM postings WHERE id = %1").arg(id)).trimmed();
    Posting p;
    p.id = row.isEmpty() ? 0 : id;
    p.text = row;
    return p;
}

void tst_LedgerCommand::changeElsewhere(const Posting &now, const QString &text)
{
    if (m_colleague) {
        Posting theirs = now;
        theirs.text = text;
        const Status changed = PostingRepository(*m_colleague).update(theirs, now);
        QVERIFY2(changed.ok(), changed.ok() ? "" : qPrintable(changed.error().message));
        return;
    }
    int exitCode = -1;
    const QString out = test::sqliteShellUnaudited(
        m_path, QStringLiteral("UPDATE postings SET text = '%1' WHERE id = %2").arg(text).arg(now.id), &exitCode);
    QVERIFY2(exitCode == 0, qPrintable(out));
}

void tst_LedgerCommand::removeElsewhere(qint64 id)
{
    if (m_colleague) {
        QVERIFY(PostingRepository(*m_colleague).remove(id).ok());
        return;
    }
    int exitCode = -1;
    const QString out =
        test::sqliteShellUnaudited(m_path, QStringLiteral("DELETE FROM postings WHERE id = %1").arg(id), &exitCode);
    QVERIFY2(exitCode == 0, qPrintable(out));
}

Posting tst_LedgerCommand::editText(const Posting &before, const QString &text)
{
    Posting after = before;
    after.text = text;
    const Status done = m_session->execute(std::make_unique<EditPostingCommand>(m_session.get(), before, after));
    if (!done)
        qWarning("%s", qPrintable(done.error().message));
    return after;
}

void tst_LedgerCommand::undoOfAPostingChangedElsewhereIsDropped()
{
    QUndoStack *stack = m_session->undoStack();
    const Posting a = postingAt(0);
    const Posting b = postingAt(1);
    QVERIFY(a.id > 0 && b.id > 0 && a.id != b.id);
    editText(a, QStringLiteral("Første rettelse"));
    const Posting mine = editText(b, QStringLiteral("Anden rettelse"));
    QCOMPARE(stack->count(), 2);
    const QString firstStep = stack->text(0);

    // The colleague changes the second posting after the user did.
    changeElsewhere(mine, QStringLiteral("Rettet af en kollega"));
    QSignalSpy errors(m_session.get(), &LedgerSession::errorReported);
    QSignalSpy reread(m_session->ledger()->notifier(), &LedgerNotifier::everythingChanged);
    stack->undo();

    // The colleague's text stands: the undo did not overwrite it.
    QCOMPARE(stored(b.id).text, QStringLiteral("Rettet af en kollega"));
    // The stack says what the ledger holds: the first step is done, the failed one is gone, and
    // there is nothing to redo (a redo would claim to make a change that was never taken back).
    QCOMPARE(stack->count(), 1);
    QCOMPARE(stack->index(), 1);
    QCOMPARE(stack->undoText(), firstStep);
    QVERIFY(!stack->canRedo());
    // The user is told what could not be undone and why, and the views read the ledger again.
    QCOMPARE(errors.count(), 1);
    const QString message = errors.first().first().toString();
    QVERIFY2(message.contains(QStringLiteral("Edit text of posting %1").arg(b.voucher)), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("could not be undone")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("Rettet af en kollega")), qPrintable(message));
    QTRY_VERIFY(reread.count() >= 1);
    // (On a server the colleague's change is announced as well; a file hears of it only from the undo.)
    if (!test::onServer())
        QCOMPARE(reread.count(), 1);

    // What is left on the stack still agrees with the ledger: the first step undoes and redoes.
    stack->undo();
    QCOMPARE(stored(a.id).text, a.text);
    QCOMPARE(stack->index(), 0);
    stack->redo();
    QCOMPARE(stored(a.id).text, QStringLiteral("Første rettelse"));
    QCOMPARE(stack->index(), 1);
    QCOMPARE(errors.count(), 1);
}

void tst_LedgerCommand::redoOfAPostingRemovedElsewhereIsDropped()
{
    QUndoStack *stack = m_session->undoStack();
    QAction *redo = stack->createRedoAction(this);
    const Posting b = postingAt(1);
    editText(b, QStringLiteral("Min rettelse"));
    stack->undo();
    QCOMPARE(stored(b.id).text, b.text);
    QVERIFY(redo->isEnabled());

    removeElsewhere(b.id);
    QSignalSpy errors(m_session.get(), &LedgerSession::errorReported);
    stack->redo();

    QCOMPARE(stored(b.id).id, qint64(0));
    QCOMPARE(stack->count(), 0);
    QCOMPARE(stack->index(), 0);
    QVERIFY(!stack->canRedo());
    QCOMPARE(errors.count(), 1);
    const QString message = errors.first().first().toString();
    QVERIFY2(message.contains(QLatin1String("could not be redone")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("removed by someone else")), qPrintable(message));
    // The Redo action no longer offers the step that is gone.
    QTRY_VERIFY(!redo->isEnabled());
    QCOMPARE(redo->text(), QStringLiteral("Redo"));
}

void tst_LedgerCommand::undoInAYearClosedMeanwhileIsDropped()
{
    QUndoStack *stack = m_session->undoStack();
    const Posting a = postingAt(0);
    const Posting b = postingAt(1);
    editText(a, QStringLiteral("Første rettelse"));
    editText(b, QStringLiteral("Anden rettelse"));
    QCOMPARE(stack->count(), 2);

    // Another connection closes 2019 behind the session's back (on a server, its superuser, past the
    // server's own check of a closing).
    int exitCode = -1;
    const QString out = test::sqliteShellUnaudited(
        m_path,
        QStringLiteral("%1UPDATE fiscal_years SET status = 'closed', closed_at = '2020-03-01T12:00:00Z', "
                       "closed_by = 'Bestyrelsen' WHERE year = 2019")
            .arg(test::onServer() ? QStringLiteral("SET LOCAL session_replication_role = replica;\n") : QString()),
        &exitCode);
    QVERIFY2(exitCode == 0, qPrintable(out));
    QSignalSpy errors(m_session.get(), &LedgerSession::errorReported);

    // Neither step can be taken back; each one tried leaves the stack, the ledger keeps both edits.
    stack->undo();
    QCOMPARE(stored(b.id).text, QStringLiteral("Anden rettelse"));
    QCOMPARE(stack->count(), 1);
    QCOMPARE(stack->index(), 1);
    QVERIFY(!stack->canRedo());
    QCOMPARE(errors.count(), 1);
    QVERIFY2(errors.first().first().toString().contains(QLatin1String("2019 is closed")),
             qPrintable(errors.first().first().toString()));
    stack->undo();
    QCOMPARE(stored(a.id).text, QStringLiteral("Første rettelse"));
    QCOMPARE(stack->count(), 0);
    QVERIFY(!stack->canUndo());
    QVERIFY(!stack->canRedo());
    QCOMPARE(errors.count(), 2);
}

QTEST_MAIN(tst_LedgerCommand)
#include "tst_ledgercommand.moc"
