#include "AssociationRepository.h"
#include "LedgerSession.h"
#include "ReportRepository.h"
#include "ReportTreeModel.h"
#include "SectionAddCommand.h"
#include "SectionRemoveCommand.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QMimeData>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace annalist;

// The annual report's chapters as a tree over the demo report: numbering, and adding, removing,
// renaming and moving through undo commands, checked against the repository and the file itself.
class tst_ReportTreeModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void showsTheDemoOutline();
    void addsAChapterWithUndoAndRedo();
    void removesASubtreeWithUndo();
    void renamesInPlaceWithUndo();
    void movesByDropAndKeepsPersistentIndexes();
    void refusesADropUnderItself();
    void followsTheYear();

private:
    QString number(const QModelIndex &index) const { return index.data(ReportTreeModel::NumberRole).toString(); }
    qint64 idOf(const QString &title) const;
    QString shell(const QString &sql) const { return test::sqliteShell(m_session->path(), sql); }

    QTemporaryDir m_dir;
    std::unique_ptr<LedgerSession> m_session;
    std::unique_ptr<ReportTreeModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void tst_ReportTreeModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_ReportTreeModel::init()
{
    const QString path = m_dir.filePath(QStringLiteral("demo.annalist"));
    QFile::remove(path);
    QVERIFY(test::demoLedger(m_dir));
    m_session = std::make_unique<LedgerSession>();
    QVERIFY(m_session->open(path).ok());
    m_model = std::make_unique<ReportTreeModel>(m_session.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void tst_ReportTreeModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_session.reset();
}

qint64 tst_ReportTreeModel::idOf(const QString &title) const
{
    const auto sections = ReportRepository(*m_session->ledger()).sections(2019);
    for (const ReportSection &s : *sections)
        if (s.title == title)
            return s.id;
    return 0;
}

void tst_ReportTreeModel::showsTheDemoOutline()
{
    QCOMPARE(m_model->year(), 2019);
    QCOMPARE(m_model->rowCount(), 7);
    QCOMPARE(m_model->columnCount(), 2);
    const QModelIndex first = m_model->index(0, ReportTreeModel::TitleColumn);
    QCOMPARE(number(first), QStringLiteral("1"));
    QCOMPARE(first.data().toString(), QStringLiteral("1  Præsentation af foreningen"));
    QCOMPARE(first.data(Qt::EditRole).toString(), QStringLiteral("Præsentation af foreningen"));
    QCOMPARE(m_model->rowCount(first), 5);
    QCOMPARE(number(m_model->index(0, 0, first)), QStringLiteral("1.1"));
    QCOMPARE(m_model->index(0, 0, first).data().toString(), QStringLiteral("1.1  Vision"));
    QCOMPARE(number(m_model->index(6, 0)), QStringLiteral("7"));
    // The economy chapter: text, statement, chart and members, each of its kind.
    const QModelIndex economy = m_model->index(5, 0);
    QCOMPARE(economy.data(Qt::EditRole).toString(), QStringLiteral("Årets økonomi"));
    QCOMPARE(m_model->index(1, ReportTreeModel::KindColumn, economy).data().toString(), QStringLiteral("Statement"));
    QCOMPARE(m_model->index(2, ReportTreeModel::KindColumn, economy).data().toString(),
             QStringLiteral("Chart: Spending"));
    // A page break has no number and cannot be renamed.
    const QModelIndex portfolio = m_model->index(2, 0);
    const QModelIndex pageBreak = m_model->index(1, 0, portfolio);
    QCOMPARE(pageBreak.data(ReportTreeModel::KindRole).toString(), QStringLiteral("pagebreak"));
    QVERIFY(number(pageBreak).isEmpty());
    QVERIFY(!(m_model->flags(pageBreak) & Qt::ItemIsEditable));
    QVERIFY(m_model->flags(first) & Qt::ItemIsEditable);
    QCOMPARE(m_model->indexOf(idOf(QStringLiteral("Vision"))), m_model->index(0, 0, first));
}

void tst_ReportTreeModel::addsAChapterWithUndoAndRedo()
{
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    ReportSection s;
    s.year = 2019;
    s.kind = SectionKind::Text;
    s.title = QStringLiteral("Nyt kapitel");
    s.position = 1;
    auto command = std::make_unique<SectionAddCommand>(m_session.get(), s);
    SectionAddCommand *raw = command.get();
    QVERIFY(m_session->execute(std::move(command)).ok());
    const qint64 id = raw->sectionId();
    QCOMPARE(m_session->undoStack()->undoText(), QStringLiteral("Add section Nyt kapitel"));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(m_model->rowCount(), 8);
    QCOMPARE(m_model->index(1, 0).data().toString(), QStringLiteral("2  Nyt kapitel"));
    QCOMPARE(number(m_model->index(2, 0)), QStringLiteral("3"));
    QCOMPARE(m_model->index(2, 0).data(Qt::EditRole).toString(), QStringLiteral("Året der gik"));
    QCOMPARE(shell(QStringLiteral("SELECT position FROM report_sections WHERE title = 'Nyt kapitel'")),
             QStringLiteral("1"));

    m_session->undoStack()->undo();
    QCOMPARE(m_model->rowCount(), 7);
    QCOMPARE(number(m_model->indexOf(idOf(QStringLiteral("Året der gik")))), QStringLiteral("2"));
    QCOMPARE(shell(QStringLiteral("SELECT COUNT(*) FROM report_sections WHERE title = 'Nyt kapitel'")),
             QStringLiteral("0"));

    m_session->undoStack()->redo();
    QCOMPARE(m_model->rowCount(), 8);
    QCOMPARE(m_model->sectionId(m_model->index(1, 0)), id); // the same id again
    QCOMPARE(shell(QStringLiteral("SELECT id || ',' || position FROM report_sections WHERE title = 'Nyt kapitel'")),
             QStringLiteral("%1,1").arg(id));
}

void tst_ReportTreeModel::removesASubtreeWithUndo()
{
    const qint64 chapter = idOf(QStringLiteral("Præsentation af foreningen"));
    const QString before = shell(QStringLiteral("SELECT COUNT(*) FROM report_sections WHERE year = 2019"));
    QVERIFY(m_session
                ->execute(std::make_unique<SectionRemoveCommand>(m_session.get(), chapter,
                                                                 QStringLiteral("Præsentation af foreningen")))
                .ok());
    QCOMPARE(m_model->rowCount(), 6);
    QCOMPARE(m_model->index(0, 0).data().toString(), QStringLiteral("1  Året der gik"));
    QCOMPARE(shell(QStringLiteral("SELECT COUNT(*) FROM report_sections WHERE year = 2019")),
             QString::number(before.toInt() - 6));
    QVERIFY(!m_model->indexOf(idOf(QStringLiteral("Vision"))).isValid());

    m_session->undoStack()->undo();
    QCOMPARE(m_model->rowCount(), 7);
    QCOMPARE(shell(QStringLiteral("SELECT COUNT(*) FROM report_sections WHERE year = 2019")), before);
    const QModelIndex restored = m_model->indexOf(chapter);
    QCOMPARE(restored.row(), 0);
    QCOMPARE(m_model->rowCount(restored), 5);
    QCOMPARE(number(m_model->indexOf(idOf(QStringLiteral("Læs mere")))), QStringLiteral("1.5"));
}

void tst_ReportTreeModel::renamesInPlaceWithUndo()
{
    const qint64 vision = idOf(QStringLiteral("Vision"));
    const QModelIndex index = m_model->indexOf(vision);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(m_model->setData(index, QStringLiteral("Foreningens vision")));
    QCOMPARE(m_session->undoStack()->undoText(), QStringLiteral("Rename section Vision"));
    QVERIFY(changed.count() >= 1);
    QCOMPARE(index.data().toString(), QStringLiteral("1.1  Foreningens vision"));
    QCOMPARE(shell(QStringLiteral("SELECT title FROM report_sections WHERE id = %1").arg(vision)),
             QStringLiteral("Foreningens vision"));
    // An empty title is refused with a reason, and nothing is written.
    QSignalSpy refused(m_model.get(), &ReportTreeModel::refused);
    QVERIFY(!m_model->setData(index, QStringLiteral("  ")));
    QCOMPARE(refused.count(), 1);
    m_session->undoStack()->undo();
    QCOMPARE(m_model->indexOf(vision).data().toString(), QStringLiteral("1.1  Vision"));
    QCOMPARE(shell(QStringLiteral("SELECT title FROM report_sections WHERE id = %1").arg(vision)),
             QStringLiteral("Vision"));
}

void tst_ReportTreeModel::movesByDropAndKeepsPersistentIndexes()
{
    const qint64 outlook = idOf(QStringLiteral("Udsyn"));
    const qint64 vision = idOf(QStringLiteral("Vision"));
    const QPersistentModelIndex visionIndex(m_model->indexOf(vision));
    // The last chapter dragged to the top.
    std::unique_ptr<QMimeData> data(m_model->mimeData({m_model->indexOf(outlook)}));
    QVERIFY(m_model->canDropMimeData(data.get(), Qt::MoveAction, 0, 0, {}));
    QVERIFY(m_model->dropMimeData(data.get(), Qt::MoveAction, 0, 0, {}));
    QCOMPARE(m_model->index(0, 0).data().toString(), QStringLiteral("1  Udsyn"));
    QCOMPARE(number(m_model->indexOf(vision)), QStringLiteral("2.1"));
    QCOMPARE(visionIndex.data().toString(), QStringLiteral("2.1  Vision"));
    QCOMPARE(shell(QStringLiteral("SELECT position FROM report_sections WHERE id = %1").arg(outlook)),
             QStringLiteral("0"));
    QCOMPARE(m_session->undoStack()->undoText(), QStringLiteral("Move section Udsyn"));

    // Vision dropped onto chapter 7 (Udsyn's old neighbour "Årets økonomi"): its last subsection.
    const qint64 economy = idOf(QStringLiteral("Årets økonomi"));
    data.reset(m_model->mimeData({m_model->indexOf(vision)}));
    QVERIFY(m_model->dropMimeData(data.get(), Qt::MoveAction, -1, -1, m_model->indexOf(economy)));
    QCOMPARE(number(m_model->indexOf(vision)), QStringLiteral("7.5"));
    QCOMPARE(visionIndex.parent(), m_model->indexOf(economy));
    QCOMPARE(shell(QStringLiteral("SELECT parent_id = %1 FROM report_sections WHERE id = %2").arg(economy).arg(vision)),
             QStringLiteral("1"));

    m_session->undoStack()->undo();
    m_session->undoStack()->undo();
    QCOMPARE(number(m_model->indexOf(vision)), QStringLiteral("1.1"));
    QCOMPARE(number(m_model->indexOf(outlook)), QStringLiteral("7"));
    QCOMPARE(visionIndex.data().toString(), QStringLiteral("1.1  Vision"));
}

void tst_ReportTreeModel::refusesADropUnderItself()
{
    const qint64 chapter = idOf(QStringLiteral("Præsentation af foreningen"));
    const QModelIndex vision = m_model->indexOf(idOf(QStringLiteral("Vision")));
    std::unique_ptr<QMimeData> data(m_model->mimeData({m_model->indexOf(chapter)}));
    QVERIFY(!m_model->canDropMimeData(data.get(), Qt::MoveAction, -1, -1, vision));
    QVERIFY(!m_model->dropMimeData(data.get(), Qt::MoveAction, -1, -1, vision));
    QCOMPARE(m_session->undoStack()->count(), 0);
}

void tst_ReportTreeModel::followsTheYear()
{
    QVERIFY(AssociationRepository(*m_session->ledger())
                .addYear({2020, QDate(2020, 1, 1), QDate(2020, 12, 31), false, {}})
                .ok());
    QVERIFY(ReportRepository(*m_session->ledger()).copyReport(2019, 2020).ok());
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_session->setYear(2020);
    QCOMPARE(m_model->year(), 2020);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(m_model->rowCount(), 7);
    QVERIFY(m_model->sectionId(m_model->index(0, 0)) != idOf(QStringLiteral("Præsentation af foreningen")));
}

QTEST_MAIN(tst_ReportTreeModel)
#include "tst_reporttreemodel.moc"
