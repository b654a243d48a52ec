#include "AssociationRepository.h"
#include "BudgetYearRepository.h"
#include "Ledger.h"
#include "ReportRepository.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace annalist;

namespace {

constexpr int year = 2019;

ReportSection sectionAt(const QString &title, int position, std::optional<qint64> parent = {},
                        SectionKind kind = SectionKind::Text)
{
    ReportSection s;
    s.year = year;
    s.parentId = parent;
    s.position = position;
    s.kind = kind;
    s.title = title;
    return s;
}

// The outline as "number title" lines, the way a table of contents reads.
QStringList contents(const ReportDocument &document)
{
    QStringList lines;
    for (const OutlineEntry &e : document.outline)
        lines.append(QStringLiteral("%1 %2").arg(e.number, e.section.title).trimmed());
    return lines;
}

} // namespace

// The annual report's sections, pictures and signatories: every write round-trips through the file,
// keeps the numbering of the tree, and a refused write says why and changes nothing.
class tst_ReportRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void addNumbersTheOutline();
    void pageBreaksHaveNoNumber();
    void updateRoundTrip();
    void addRefusals_data();
    void addRefusals();
    void removeClosesUpAndRestoreUndoesIt();
    void moveWithinAndAcross();
    void moveRefusals_data();
    void moveRefusals();
    void picturesRoundTrip();
    void unusedPicturesAreFoundAndRemoved();
    void removedPictureComesBackUnderItsId();
    void signatoriesRoundTrip();
    void copyReport();
    void startNextYearCopiesTheReport();

private:
    QStringList outline() const;
    qint64 add(const QString &title, int position, std::optional<qint64> parent = {}) const;
    QString shell(const QString &sql) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Ledger> m_ledger;
    std::unique_ptr<QSignalSpy> m_changed;
};

void tst_ReportRepository::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto ledger = Ledger::create(test::ledgerLocation(*m_dir, QStringLiteral("report.annalist")));
    QVERIFY2(ledger.ok(), qPrintable(ledger.error().message));
    m_ledger = std::move(ledger).value();
    QVERIFY(AssociationRepository(*m_ledger).addYear({year, QDate(year, 1, 1), QDate(year, 12, 31), false, {}}).ok());
    QVERIFY(AssociationRepository(*m_ledger).addYear({2018, QDate(2018, 1, 1), QDate(2018, 12, 31), false, {}}).ok());
    m_changed = std::make_unique<QSignalSpy>(m_ledger->notifier(), &LedgerNotifier::changed);
}

void tst_ReportRepository::cleanup()
{
    m_changed.reset();
    m_ledger.reset();
    m_dir.reset();
}

QStringList tst_ReportRepository::outline() const
{
    auto document = ReportRepository(*m_ledger).document(year);
    if (!document) {
        qWarning("%s", qPrintable(document.error().message));
        return {};
    }
    return contents(*document);
}

qint64 tst_ReportRepository::add(const QString &title, int position, std::optional<qint64> parent) const
{
    auto id = ReportRepository(*m_ledger).addSection(sectionAt(title, position, parent));
    if (!id) {
        qWarning("%s", qPrintable(id.error().message));
        return 0;
    }
    return *id;
}

QString tst_ReportRepository::shell(const QString &sql) const
{
    int exitCode = -1;
    const QString out = test::sqliteShell(m_ledger->path(), sql, &exitCode);
    if (exitCode != 0)
        qWarning("sqlite3 failed (%d): %s", exitCode, qPrintable(out));
    return out;
}

void tst_ReportRepository::addNumbersTheOutline()
{
    const qint64 economy = add(QStringLiteral("Økonomi"), 0);
    const qint64 outlook = add(QStringLiteral("Udsyn"), 1);
    QVERIFY(economy && outlook);
    QCOMPARE(m_changed->count(), 2);
    QCOMPARE(m_changed->at(0).at(0).value<LedgerNotifier::Table>(), LedgerNotifier::Table::Report);
    const qint64 statement = add(QStringLiteral("Regnskab"), 0, economy);
    QVERIFY(statement);
    QVERIFY(add(QStringLiteral("Noter"), 5, economy)); // past the end: appended
    QCOMPARE(outline(), (QStringList{QStringLiteral("1 Økonomi"), QStringLiteral("1.1 Regnskab"),
                                     QStringLiteral("1.2 Noter"), QStringLiteral("2 Udsyn")}));

    // A chapter put first moves the others down; so does a section put between two.
    const qint64 intro = add(QStringLiteral("Indledning"), 0);
    QVERIFY(add(QStringLiteral("Kort fortalt"), 1, economy));
    QVERIFY(add(QStringLiteral("Tal"), 0, statement));
    QCOMPARE(outline(),
             (QStringList{QStringLiteral("1 Indledning"), QStringLiteral("2 Økonomi"), QStringLiteral("2.1 Regnskab"),
                          QStringLiteral("2.1.1 Tal"), QStringLiteral("2.2 Kort fortalt"), QStringLiteral("2.3 Noter"),
                          QStringLiteral("3 Udsyn")}));
    const auto document = ReportRepository(*m_ledger).document(year);
    QCOMPARE(document->entry(intro)->depth, 0);
    QCOMPARE(document->outline.at(3).depth, 2);
    QCOMPARE(document->entry(outlook)->number, QStringLiteral("3"));
    QVERIFY(!document->entry(987654));

    // In the file: positions from 0 among siblings, without gaps.
    QCOMPARE(shell(QStringLiteral("SELECT title || '=' || position FROM report_sections WHERE parent_id IS NULL "
                                  "ORDER BY position")),
             QStringLiteral("Indledning=0\nØkonomi=1\nUdsyn=2"));
    QCOMPARE(shell(QStringLiteral("SELECT title || '=' || position FROM report_sections WHERE parent_id = %1 "
                                  "ORDER BY position")
                       .arg(economy)),
             QStringLiteral("Regnskab=0\nKort fortalt=1\nNoter=2"));
}

void tst_ReportRepository::pageBreaksHaveNoNumber()
{
    const ReportRepository reports(*m_ledger);
    const qint64 first = add(QStringLiteral("Første"), 0);
    QVERIFY(reports.addSection(sectionAt(QString(), 1, {}, SectionKind::PageBreak)).ok());
    QVERIFY(add(QStringLiteral("Anden"), 2));
    QVERIFY(add(QStringLiteral("Under"), 0, first));
    QVERIFY(reports.addSection(sectionAt(QString(), 1, first, SectionKind::PageBreak)).ok());
    QVERIFY(add(QStringLiteral("Efter skift"), 2, first));
    QCOMPARE(outline(), (QStringList{QStringLiteral("1 Første"), QStringLiteral("1.1 Under"), QString(),
                                     QStringLiteral("1.2 Efter skift"), QString(), QStringLiteral("2 Anden")}));

    // A section with subsections does not become a page break.
    ReportSection chapter = reports.section(first)->value();
    chapter.kind = SectionKind::PageBreak;
    const Status refused = reports.updateSection(chapter);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(QLatin1String("page break")), qPrintable(refused.error().message));
    QCOMPARE(reports.section(first)->value().kind, SectionKind::Text);
}

void tst_ReportRepository::updateRoundTrip()
{
    const ReportRepository reports(*m_ledger);
    const qint64 portrait = *reports.addPicture(
        {0, QStringLiteral("p.svg"), QStringLiteral("image/svg+xml"), QStringLiteral("Portræt"), QByteArray("<svg/>")});
    const qint64 id = add(QStringLiteral("Interview"), 0);
    ReportSection s = reports.section(id)->value();
    s.kind = SectionKind::Interview;
    s.title = QStringLiteral("Samtale");
    s.body = QStringLiteral("<p>Indledning med {{result}}</p>");
    s.interview.name = QStringLiteral("Anne Test");
    s.interview.title = QStringLiteral("Chef");
    s.interview.municipality = QStringLiteral("Lejre");
    s.interview.portraitId = portrait;
    s.interview.answers = {{QStringLiteral("Hvorfor?"), QStringLiteral("Derfor.")},
                           {QStringLiteral("Hvordan \"så\"?"), QStringLiteral("Sådan.")}};
    m_changed->clear();
    QVERIFY(reports.updateSection(s).ok());
    QCOMPARE(m_changed->count(), 1);
    const ReportSection stored = reports.section(id)->value();
    QCOMPARE(stored.kind, SectionKind::Interview);
    QCOMPARE(stored.title, s.title);
    QCOMPARE(stored.body, s.body);
    QCOMPARE(stored.interview.name, s.interview.name);
    QCOMPARE(stored.interview.title, s.interview.title);
    QCOMPARE(stored.interview.municipality, s.interview.municipality);
    QCOMPARE(stored.interview.portraitId, std::optional<qint64>(portrait));
    QCOMPARE(stored.interview.answers.size(), 2);
    QCOMPARE(stored.interview.answers.at(1).question, s.interview.answers.at(1).question);
    QCOMPARE(stored.interview.answers.at(1).answer, s.interview.answers.at(1).answer);
    QCOMPARE(stored.pictureIds(), QList<qint64>{portrait});
    QCOMPARE(shell(QStringLiteral("SELECT kind FROM report_sections WHERE id = %1").arg(id)),
             QStringLiteral("interview"));

    // A chart keeps its key, a statement its layout (published by default).
    s.kind = SectionKind::Chart;
    s.chartKey = QStringLiteral("projects");
    QVERIFY(reports.updateSection(s).ok());
    QCOMPARE(reports.section(id)->value().chartKey, QStringLiteral("projects"));
    QCOMPARE(shell(QStringLiteral("SELECT %1 FROM report_sections WHERE id = %2")
                       .arg(test::jsonField(QStringLiteral("options"), QStringLiteral("chart")))
                       .arg(id)),
             QStringLiteral("projects"));
    s.kind = SectionKind::Statement;
    s.statementLayout.clear();
    QVERIFY(reports.updateSection(s).ok());
    QCOMPARE(reports.section(id)->value().statementLayout, QStringLiteral("published"));
    s.statementLayout = QStringLiteral("budget");
    QVERIFY(reports.updateSection(s).ok());
    QCOMPARE(reports.section(id)->value().statementLayout, QStringLiteral("budget"));

    // Refused: an unknown chart, an unknown layout, a section that does not exist.
    m_changed->clear();
    s.kind = SectionKind::Chart;
    s.chartKey = QStringLiteral("pie");
    Status refused = reports.updateSection(s);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(QLatin1String("pie")), qPrintable(refused.error().message));
    s.kind = SectionKind::Statement;
    s.statementLayout = QStringLiteral("sideways");
    QVERIFY(!reports.updateSection(s).ok());
    s.id = 987654;
    QVERIFY(!reports.updateSection(s).ok());
    QCOMPARE(m_changed->count(), 0);
    QCOMPARE(reports.section(id)->value().statementLayout, QStringLiteral("budget"));
}

void tst_ReportRepository::addRefusals_data()
{
    QTest::addColumn<int>("sectionYear");
    QTest::addColumn<QString>("parent"); // "", "chapter" (2019), "old" (2018), "break", "missing"
    QTest::addColumn<int>("position");
    QTest::addColumn<QString>("reason");
    QTest::newRow("year not in books") << 2031 << "" << 0 << "2031";
    QTest::newRow("negative position") << year << "" << -1 << "-1";
    QTest::newRow("parent of another year") << year << "old" << 0 << "2018";
    QTest::newRow("parent missing") << year << "missing" << 0 << "987654";
    QTest::newRow("under a page break") << year << "break" << 0 << "page break";
}

void tst_ReportRepository::addRefusals()
{
    QFETCH(int, sectionYear);
    QFETCH(QString, parent);
    QFETCH(int, position);
    QFETCH(QString, reason);
    const ReportRepository reports(*m_ledger);
    const qint64 chapter = add(QStringLiteral("Kapitel"), 0);
    ReportSection old = sectionAt(QStringLiteral("Gammel"), 0);
    old.year = 2018;
    const qint64 oldChapter = *reports.addSection(old);
    const qint64 pageBreak = *reports.addSection(sectionAt(QString(), 1, {}, SectionKind::PageBreak));
    const QHash<QString, qint64> parents = {{QStringLiteral("chapter"), chapter},
                                            {QStringLiteral("old"), oldChapter},
                                            {QStringLiteral("break"), pageBreak},
                                            {QStringLiteral("missing"), 987654}};
    ReportSection s = sectionAt(QStringLiteral("Ny"), position);
    s.year = sectionYear;
    if (!parent.isEmpty())
        s.parentId = parents.value(parent);
    const QString before = shell(QStringLiteral("SELECT id, parent_id, position FROM report_sections ORDER BY id"));
    m_changed->clear();
    auto id = reports.addSection(s);
    QVERIFY(!id.ok());
    QCOMPARE(id.error().kind, ErrorKind::BadInput);
    QVERIFY2(id.error().message.contains(reason), qPrintable(id.error().message));
    QCOMPARE(m_changed->count(), 0);
    QCOMPARE(shell(QStringLiteral("SELECT id, parent_id, position FROM report_sections ORDER BY id")), before);
}

void tst_ReportRepository::removeClosesUpAndRestoreUndoesIt()
{
    const ReportRepository reports(*m_ledger);
    QVERIFY(add(QStringLiteral("A"), 0));
    const qint64 b = add(QStringLiteral("B"), 1);
    QVERIFY(add(QStringLiteral("C"), 2));
    const qint64 b1 = add(QStringLiteral("B1"), 0, b);
    QVERIFY(add(QStringLiteral("B1a"), 0, b1));
    QVERIFY(add(QStringLiteral("B2"), 1, b));
    const QStringList before = outline();
    QCOMPARE(before, (QStringList{QStringLiteral("1 A"), QStringLiteral("2 B"), QStringLiteral("2.1 B1"),
                                  QStringLiteral("2.1.1 B1a"), QStringLiteral("2.2 B2"), QStringLiteral("3 C")}));
    const QString rowsBefore = shell(QStringLiteral("SELECT * FROM report_sections ORDER BY id"));

    auto removed = reports.subtree(b);
    QVERIFY2(removed.ok(), qPrintable(removed.error().message));
    QCOMPARE(removed->size(), 4);
    QCOMPARE(removed->first().id, b);
    m_changed->clear();
    QVERIFY(reports.removeSection(b).ok());
    QCOMPARE(m_changed->count(), 1);
    QCOMPARE(outline(), (QStringList{QStringLiteral("1 A"), QStringLiteral("2 C")}));
    QCOMPARE(shell(QStringLiteral("SELECT COUNT(*) FROM report_sections")), QStringLiteral("2"));
    QCOMPARE(shell(QStringLiteral("SELECT title || '=' || position FROM report_sections ORDER BY position")),
             QStringLiteral("A=0\nC=1"));

    // Undo: the same rows, ids and positions as before.
    QVERIFY(reports.restoreSubtree(*removed).ok());
    QCOMPARE(outline(), before);
    QCOMPARE(shell(QStringLiteral("SELECT * FROM report_sections ORDER BY id")), rowsBefore);
    // Restoring twice is refused: the ids are taken.
    Status again = reports.restoreSubtree(*removed);
    QVERIFY(!again.ok());
    QCOMPARE(outline(), before);

    // A subsection too: its siblings close up, and undo opens the gap again.
    auto sub = reports.subtree(b1);
    QVERIFY(reports.removeSection(b1).ok());
    QCOMPARE(outline(), (QStringList{QStringLiteral("1 A"), QStringLiteral("2 B"), QStringLiteral("2.1 B2"),
                                     QStringLiteral("3 C")}));
    QVERIFY(reports.restoreSubtree(*sub).ok());
    QCOMPARE(shell(QStringLiteral("SELECT * FROM report_sections ORDER BY id")), rowsBefore);
    QVERIFY(!reports.removeSection(987654).ok());
}

void tst_ReportRepository::moveWithinAndAcross()
{
    const ReportRepository reports(*m_ledger);
    const qint64 a = add(QStringLiteral("A"), 0);
    const qint64 b = add(QStringLiteral("B"), 1);
    const qint64 c = add(QStringLiteral("C"), 2);
    const qint64 b1 = add(QStringLiteral("B1"), 0, b);
    QVERIFY(add(QStringLiteral("B2"), 1, b));

    // C to the front.
    m_changed->clear();
    QVERIFY(reports.moveSection(c, std::nullopt, 0).ok());
    QCOMPARE(m_changed->count(), 1);
    QCOMPARE(outline(), (QStringList{QStringLiteral("1 C"), QStringLiteral("2 A"), QStringLiteral("3 B"),
                                     QStringLiteral("3.1 B1"), QStringLiteral("3.2 B2")}));
    // B1 under A: B2 closes up to 3.1.
    QVERIFY(reports.moveSection(b1, a, 0).ok());
    QCOMPARE(outline(), (QStringList{QStringLiteral("1 C"), QStringLiteral("2 A"), QStringLiteral("2.1 B1"),
                                     QStringLiteral("3 B"), QStringLiteral("3.1 B2")}));
    // B with its subsection under C, past the end: appended.
    QVERIFY(reports.moveSection(b, c, 9).ok());
    QCOMPARE(outline(), (QStringList{QStringLiteral("1 C"), QStringLiteral("1.1 B"), QStringLiteral("1.1.1 B2"),
                                     QStringLiteral("2 A"), QStringLiteral("2.1 B1")}));
    // Back to the last chapter.
    QVERIFY(reports.moveSection(b, std::nullopt, 2).ok());
    QCOMPARE(outline(), (QStringList{QStringLiteral("1 C"), QStringLiteral("2 A"), QStringLiteral("2.1 B1"),
                                     QStringLiteral("3 B"), QStringLiteral("3.1 B2")}));
    // The stored positions, read past the repository: the chapters from 0 without a gap.
    QCOMPARE(shell(QStringLiteral("SELECT title || '=' || position FROM report_sections WHERE parent_id IS NULL "
                                  "ORDER BY position")),
             QStringLiteral("C=0\nA=1\nB=2"));
    QCOMPARE(shell(QStringLiteral("SELECT title || '=' || position FROM report_sections WHERE parent_id IS NOT NULL "
                                  "ORDER BY title")),
             QStringLiteral("B1=0\nB2=0"));
}

void tst_ReportRepository::moveRefusals_data()
{
    QTest::addColumn<QString>("target"); // the new parent: "self", "child", "grandchild", "break", "old"
    QTest::addColumn<QString>("reason");
    QTest::newRow("under itself") << "self"
                                  << "under itself or one of its own subsections";
    QTest::newRow("under its subsection") << "child"
                                          << "under itself or one of its own subsections";
    QTest::newRow("under a deeper subsection") << "grandchild"
                                               << "under itself or one of its own subsections";
    QTest::newRow("under a page break") << "break"
                                        << "page break";
    QTest::newRow("into another year") << "old"
                                       << "2018";
}

void tst_ReportRepository::moveRefusals()
{
    QFETCH(QString, target);
    QFETCH(QString, reason);
    const ReportRepository reports(*m_ledger);
    const qint64 b = add(QStringLiteral("B"), 0);
    const qint64 b1 = add(QStringLiteral("B1"), 0, b);
    const qint64 b1a = add(QStringLiteral("B1a"), 0, b1);
    const qint64 pageBreak = *reports.addSection(sectionAt(QString(), 1, {}, SectionKind::PageBreak));
    ReportSection old = sectionAt(QStringLiteral("Gammel"), 0);
    old.year = 2018;
    const qint64 oldChapter = *reports.addSection(old);
    const QHash<QString, qint64> targets = {{QStringLiteral("self"), b},
                                            {QStringLiteral("child"), b1},
                                            {QStringLiteral("grandchild"), b1a},
                                            {QStringLiteral("break"), pageBreak},
                                            {QStringLiteral("old"), oldChapter}};
    const QString before = shell(QStringLiteral("SELECT id, parent_id, position FROM report_sections ORDER BY id"));
    m_changed->clear();
    const Status moved = reports.moveSection(b, targets.value(target), 0);
    QVERIFY(!moved.ok());
    QCOMPARE(moved.error().kind, ErrorKind::BadInput);
    QVERIFY2(moved.error().message.contains(reason), qPrintable(moved.error().message));
    QCOMPARE(m_changed->count(), 0);
    QCOMPARE(shell(QStringLiteral("SELECT id, parent_id, position FROM report_sections ORDER BY id")), before);
    QVERIFY(!reports.moveSection(b, std::nullopt, -1).ok());
    QVERIFY(!reports.moveSection(987654, std::nullopt, 0).ok());
}

void tst_ReportRepository::picturesRoundTrip()
{
    const ReportRepository reports(*m_ledger);
    QByteArray data("\x89PNG\r\n\x1a\n", 8);
    data.append('\0');
    for (int i = 0; i < 256; ++i)
        data.append(char(i));
    auto id = reports.addPicture({0, QStringLiteral("logo.png"), QStringLiteral("image/png"), QString(), data});
    QVERIFY2(id.ok(), qPrintable(id.error().message));
    QCOMPARE(m_changed->count(), 1);
    auto stored = reports.picture(*id);
    QVERIFY(stored.ok() && stored->has_value());
    QCOMPARE((*stored)->name, QStringLiteral("logo.png"));
    QCOMPARE((*stored)->mimeType, QStringLiteral("image/png"));
    QCOMPARE((*stored)->altText, QString());
    QCOMPARE((*stored)->data, data);
    // The ledger holds the bytes as binary (a BLOB in a file, bytea on a server), not as text.
    if (test::onServer())
        QCOMPARE(shell(QStringLiteral("SELECT pg_typeof(data)::text || ' ' || length(data) || ' ' || "
                                      "upper(encode(substring(data from 1 for 9), 'hex')) FROM report_pictures "
                                      "WHERE id = %1")
                           .arg(*id)),
                 QStringLiteral("bytea 265 89504E470D0A1A0A00"));
    else
        QCOMPARE(shell(QStringLiteral("SELECT typeof(data) || ' ' || length(data) || ' ' || hex(substr(data, 1, 9)) "
                                      "FROM report_pictures WHERE id = %1")
                           .arg(*id)),
                 QStringLiteral("blob 265 89504E470D0A1A0A00"));

    QVERIFY(reports.setPictureAltText(*id, QStringLiteral("Foreningens logo")).ok());
    QCOMPARE(reports.picture(*id)->value().altText, QStringLiteral("Foreningens logo"));
    QCOMPARE(shell(QStringLiteral("SELECT alt_text FROM report_pictures")), QStringLiteral("Foreningens logo"));
    const auto all = reports.pictures();
    QCOMPARE(all->size(), 1);
    QCOMPARE(all->first().data, data);
    QVERIFY(!reports.picture(987654)->has_value());

    m_changed->clear();
    QVERIFY(!reports.setPictureAltText(987654, QStringLiteral("x")).ok());
    QVERIFY(!reports.addPicture({0, QString(), QStringLiteral("image/png"), QString(), data}).ok());
    QVERIFY(!reports.addPicture({0, QStringLiteral("a"), QString(), QString(), data}).ok());
    QVERIFY(!reports.addPicture({0, QStringLiteral("a"), QStringLiteral("image/png"), QString(), QByteArray()}).ok());
    QCOMPARE(m_changed->count(), 0);
    QCOMPARE(shell(QStringLiteral("SELECT COUNT(*) FROM report_pictures")), QStringLiteral("1"));
}

void tst_ReportRepository::unusedPicturesAreFoundAndRemoved()
{
    const ReportRepository reports(*m_ledger);
    const QByteArray data("\x89PNG\r\n\x1a\n", 8);
    const auto picture = [&](const QString &name) {
        return *reports.addPicture({0, name, QStringLiteral("image/png"), QString(), data});
    };
    const qint64 inText = picture(QStringLiteral("tekst.png"));
    const qint64 portrait = picture(QStringLiteral("portræt.png"));
    const qint64 unused = picture(QStringLiteral("ubrugt.png"));
    const qint64 inOldYear = picture(QStringLiteral("gammel.png"));
    ReportSection text = sectionAt(QStringLiteral("Tekst"), 0);
    text.body = QStringLiteral("<p>Før <img src=\"picture:%1\" alt=\"Logo\"/> efter</p>").arg(inText);
    QVERIFY(reports.addSection(text).ok());
    ReportSection interview = sectionAt(QStringLiteral("Interview"), 1, {}, SectionKind::Interview);
    interview.interview.name = QStringLiteral("Sofie Dam");
    interview.interview.portraitId = portrait;
    QVERIFY(reports.addSection(interview).ok());
    ReportSection old = sectionAt(QStringLiteral("Sidste år"), 0);
    old.year = 2018;
    old.body = QStringLiteral("<p><img src='picture:%1' alt='x'></p>").arg(inOldYear);
    QVERIFY(reports.addSection(old).ok());

    // Shown in a text, as a portrait, or in another year's report: used. Only the fourth is not.
    QCOMPARE(*reports.unusedPictures(), QList<qint64>{unused});
    m_changed->clear();
    auto removed = reports.removeUnusedPictures();
    QVERIFY2(removed.ok(), qPrintable(removed.error().message));
    QCOMPARE(*removed, QList<qint64>{unused});
    QCOMPARE(m_changed->count(), 1);
    QCOMPARE(shell(QStringLiteral("SELECT name FROM report_pictures ORDER BY id")),
             QStringLiteral("tekst.png\nportræt.png\ngammel.png"));
    // Nothing left to remove: nothing changes, nothing is announced.
    m_changed->clear();
    QCOMPARE(*reports.removeUnusedPictures(), QList<qint64>());
    QCOMPARE(m_changed->count(), 0);

    // The text no longer shows its picture: that one goes next time.
    text.id = reports.sections(year)->first().id;
    text.body = QStringLiteral("<p>Uden billede</p>");
    QVERIFY(reports.updateSection(text).ok());
    QCOMPARE(*reports.removeUnusedPictures(), QList<qint64>{inText});
    QCOMPARE(shell(QStringLiteral("SELECT name FROM report_pictures ORDER BY id")),
             QStringLiteral("portræt.png\ngammel.png"));
}

void tst_ReportRepository::removedPictureComesBackUnderItsId()
{
    const ReportRepository reports(*m_ledger);
    QByteArray data("\x89PNG\r\n\x1a\n", 8);
    data.append("\0\x01\xff", 3);
    const qint64 id = *reports.addPicture(
        {0, QStringLiteral("logo.png"), QStringLiteral("image/png"), QStringLiteral("Foreningens logo"), data});
    const auto kept = reports.picture(id);
    QVERIFY(kept.ok() && kept->has_value());
    const QString row = QStringLiteral("SELECT id, name, mime_type, alt_text, length(data) FROM report_pictures");
    const QString stored = shell(row);
    QCOMPARE(stored, QStringLiteral("%1|logo.png|image/png|Foreningens logo|11").arg(id));

    ReportSection shows = sectionAt(QStringLiteral("Med billede"), 0);
    shows.body = QStringLiteral("<p><img src=\"picture:%1\" alt=\"Foreningens logo\"/></p>").arg(id);
    shows.id = *reports.addSection(shows);
    ReportSection plain = shows;
    plain.body = QStringLiteral("<p>Uden</p>");
    QVERIFY(reports.updateSection(plain).ok());
    QVERIFY(reports.removePicture(id).ok());
    QCOMPARE(shell(QStringLiteral("SELECT COUNT(*) FROM report_pictures")), QStringLiteral("0"));

    // The section cannot be made to show it while it is gone: the write is refused and says why.
    m_changed->clear();
    const Status refused = reports.updateSection(shows);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, ErrorKind::Conflict);
    QVERIFY2(refused.error().message.contains(QStringLiteral("picture %1").arg(id)),
             qPrintable(refused.error().message));
    QCOMPARE(m_changed->count(), 0);
    QCOMPARE(shell(QStringLiteral("SELECT body FROM report_sections")), plain.body);

    // Put back, it has its id, name, text and bytes again, and the section may show it.
    QVERIFY(reports.restorePicture(**kept).ok());
    QCOMPARE(shell(row), stored);
    QCOMPARE(reports.picture(id)->value().data, data);
    QVERIFY(reports.updateSection(shows).ok());
    QCOMPARE(shell(QStringLiteral("SELECT body FROM report_sections")), shows.body);
    // Once is enough; what is not there cannot be removed.
    QVERIFY(!reports.restorePicture(**kept).ok());
    QVERIFY(!reports.removePicture(987654).ok());
    // A new picture gets a new id.
    QVERIFY(*reports.addPicture({0, QStringLiteral("ny.png"), QStringLiteral("image/png"), QString(), data}) > id);
}

void tst_ReportRepository::signatoriesRoundTrip()
{
    const ReportRepository reports(*m_ledger);
    QVERIFY(reports.signatories(year)->isEmpty());
    const QList<Signatory> list = {
        {0, year, 7, QStringLiteral("Anna Formand"), QStringLiteral("Formand"), QDate(2020, 3, 2)},
        {0, year, 3, QStringLiteral("Bo Næstformand"), QStringLiteral("Næstformand"), std::nullopt},
        {0, year, 0, QStringLiteral("Cille Revisor"), QStringLiteral("Revisor"), std::nullopt}};
    QVERIFY(reports.setSignatories(year, list).ok());
    QCOMPARE(m_changed->count(), 1);
    auto stored = reports.signatories(year);
    QCOMPARE(stored->size(), 3);
    // The list's order is the signing order.
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(stored->at(i).name, list.at(i).name);
        QCOMPARE(stored->at(i).role, list.at(i).role);
        QCOMPARE(stored->at(i).position, i);
        QCOMPARE(stored->at(i).year, year);
        QCOMPARE(stored->at(i).signedOn, list.at(i).signedOn);
    }
    QCOMPARE(
        shell(QStringLiteral("SELECT name || '|' || CAST(position AS TEXT) || '|' || COALESCE(signed_on, 'NULL') FROM "
                             "report_signatories ORDER BY position")),
        QStringLiteral("Anna Formand|0|2020-03-02\nBo Næstformand|1|NULL\nCille Revisor|2|NULL"));
    QCOMPARE(ReportRepository(*m_ledger).document(year)->signatories.size(), 3);

    // Replaced, not added to.
    QVERIFY(reports.setSignatories(year, {list.at(2)}).ok());
    QCOMPARE(shell(QStringLiteral("SELECT name FROM report_signatories")), QStringLiteral("Cille Revisor"));
    m_changed->clear();
    QVERIFY(!reports.setSignatories(year, {{0, year, 0, QStringLiteral(" "), QStringLiteral("Formand"), {}}}).ok());
    QVERIFY(!reports.setSignatories(2031, list).ok());
    QCOMPARE(m_changed->count(), 0);
    QCOMPARE(shell(QStringLiteral("SELECT name FROM report_signatories")), QStringLiteral("Cille Revisor"));
}

void tst_ReportRepository::copyReport()
{
    // The demo books with their report, and a next year without one.
    QTemporaryDir dir;
    auto demo = test::demoLedger(dir);
    QVERIFY(demo);
    QVERIFY(AssociationRepository(*demo).addYear({2020, QDate(2020, 1, 1), QDate(2020, 12, 31), false, {}}).ok());
    const ReportRepository reports(*demo);
    const auto from = reports.document(2019);
    QVERIFY(from.ok() && !from->outline.isEmpty());
    const int picturesBefore = int(reports.pictures()->size());

    QVERIFY(reports.copyReport(2019, 2020).ok());
    const auto to = reports.document(2020);
    QCOMPARE(contents(*to), contents(*from));
    for (int i = 0; i < from->outline.size(); ++i) {
        const ReportSection &a = from->outline.at(i).section;
        const ReportSection &b = to->outline.at(i).section;
        QVERIFY(a.id != b.id);
        QCOMPARE(b.year, 2020);
        QCOMPARE(b.kind, a.kind);
        QCOMPARE(b.body, a.body);
        QCOMPARE(b.chartKey, a.chartKey);
        QCOMPARE(b.statementLayout, a.statementLayout);
        QCOMPARE(b.interview.answers.size(), a.interview.answers.size());
        // Pictures are shared by id.
        QCOMPARE(b.pictureIds(), a.pictureIds());
    }
    QCOMPARE(int(reports.pictures()->size()), picturesBefore);
    QCOMPARE(to->signatories.size(), from->signatories.size());
    for (const Signatory &s : to->signatories)
        QVERIFY(!s.signedOn);
    // The original is untouched.
    QCOMPARE(contents(*reports.document(2019)), contents(*from));

    // Never over an existing report; never from a year without one.
    const Status twice = reports.copyReport(2019, 2020);
    QVERIFY(!twice.ok());
    QVERIFY2(twice.error().message.contains(QLatin1String("2020")), qPrintable(twice.error().message));
    QVERIFY(reports.removeReport(2020).ok());
    QVERIFY(!reports.hasReport(2020).value());
    QCOMPARE(test::sqliteShell(demo->path(), QStringLiteral("SELECT COUNT(*) FROM report_sections WHERE year = 2020")),
             QStringLiteral("0"));
    const Status empty = reports.copyReport(2020, 2019);
    QVERIFY(!empty.ok());
    QVERIFY(!reports.copyReport(2019, 2031).ok());
}

void tst_ReportRepository::startNextYearCopiesTheReport()
{
    QTemporaryDir dir;
    auto demo = test::demoLedger(dir);
    QVERIFY(demo);
    const ReportRepository reports(*demo);
    const QStringList report2019 = contents(*reports.document(2019));

    const BudgetYearRepository years(*demo);
    auto start = years.startNextYear(2019);
    QVERIFY2(start.ok(), qPrintable(start.error().message));
    QVERIFY(start->createdYear);
    QVERIFY(start->copiedReport);
    QCOMPARE(contents(*reports.document(2020)), report2019);
    QCOMPARE(test::sqliteShell(demo->path(), QStringLiteral("SELECT CASE WHEN COUNT(*) = (SELECT COUNT(*) FROM "
                                                            "report_sections WHERE year = 2019) THEN 1 ELSE 0 END FROM "
                                                            "report_sections WHERE year = 2020")),
             QStringLiteral("1"));

    // Undo removes the copy and the year it went into.
    QVERIFY(years.undoStart(*start).ok());
    QVERIFY(!reports.hasReport(2020).value());
    QVERIFY(!AssociationRepository(*demo).year(2020)->has_value());
    QCOMPARE(
        test::sqliteShell(demo->path(), QStringLiteral("SELECT COUNT(*) FROM report_sections WHERE year = 2020; "
                                                       "SELECT COUNT(*) FROM report_signatories WHERE year = 2020; "
                                                       "SELECT COUNT(*) FROM fiscal_years WHERE year = 2020")),
        QStringLiteral("0\n0\n0"));
    QCOMPARE(contents(*reports.document(2019)), report2019);

    // A next year that has a report of its own keeps it, and undo leaves it alone.
    QVERIFY(AssociationRepository(*demo).addYear({2020, QDate(2020, 1, 1), QDate(2020, 12, 31), false, {}}).ok());
    ReportSection own = sectionAt(QStringLiteral("Egen beretning"), 0);
    own.year = 2020;
    QVERIFY(reports.addSection(own).ok());
    start = years.startNextYear(2019);
    QVERIFY2(start.ok(), qPrintable(start.error().message));
    QVERIFY(!start->copiedReport);
    QCOMPARE(contents(*reports.document(2020)), QStringList{QStringLiteral("1 Egen beretning")});
    QVERIFY(years.undoStart(*start).ok());
    QCOMPARE(contents(*reports.document(2020)), QStringList{QStringLiteral("1 Egen beretning")});
}

QTEST_GUILESS_MAIN(tst_ReportRepository)
#include "tst_reportrepository.moc"
