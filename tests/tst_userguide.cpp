#include "UserGuide.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTranslator>

using namespace annalist;

// The user guide as shipped: the Danish and the English text have the same sections, in the same
// order and at the same level, with every section the help window jumps to, links that land, and
// text in every section.
class tst_UserGuide : public QObject
{
    Q_OBJECT

private slots:
    void bothLanguagesAreShipped();
    void sameSectionsInBothLanguages();
    void requiredSections_data();
    void requiredSections();
    void linksLand_data();
    void linksLand();
    void everySectionHasText_data();
    void everySectionHasText();
    void anchorsAreTakenOutForQt();
    void viewSectionsNameThePages();
    void languageFor_data();
    void languageFor();
};

namespace {

// The sections the help window and the main window's F1 jump to.
const QStringList requiredIds{
    QStringLiteral("first-start"), QStringLiteral("overview"),  QStringLiteral("postings"),
    QStringLiteral("budget"),      QStringLiteral("accounts"),  QStringLiteral("projects"),
    QStringLiteral("members"),     QStringLiteral("notes"),     QStringLiteral("control-totals"),
    QStringLiteral("validation"),  QStringLiteral("report"),    QStringLiteral("import"),
    QStringLiteral("closing"),     QStringLiteral("exports"),   QStringLiteral("command-line"),
    QStringLiteral("shortcuts"),   QStringLiteral("read-only"), QStringLiteral("import-command"),
    QStringLiteral("live-fields"), QStringLiteral("pictures"),  QStringLiteral("backups"),
    QStringLiteral("audit-trail"), QStringLiteral("reopen"),    QStringLiteral("exit-codes")};

} // namespace

void tst_UserGuide::bothLanguagesAreShipped()
{
    QCOMPARE(UserGuide::languages(), (QStringList{QStringLiteral("en"), QStringLiteral("da")}));
    for (const QString &language : UserGuide::languages()) {
        const UserGuide guide(language);
        QVERIFY2(guide.isValid(), qPrintable(language));
        QCOMPARE(guide.language(), language);
        QVERIFY2(guide.markdown().size() > 20000, qPrintable(language)); // a guide, not a stub
        QVERIFY(guide.sections().size() >= requiredIds.size());
    }
    QVERIFY(!UserGuide(QStringLiteral("de")).isValid());
}

void tst_UserGuide::sameSectionsInBothLanguages()
{
    const UserGuide english(QStringLiteral("en"));
    const UserGuide danish(QStringLiteral("da"));
    QCOMPARE(danish.sectionIds(), english.sectionIds());
    for (int i = 0; i < english.sections().size(); ++i) {
        const GuideSection &en = english.sections().at(i);
        const GuideSection &da = danish.sections().at(i);
        QVERIFY2(da.level == en.level, qPrintable(en.id));
        // The same headings in both files would mean a section left untranslated; a few words
        // (Budget, Interview) are the same in both languages.
        if (en.title != QLatin1String("Budget"))
            QVERIFY2(da.title != en.title, qPrintable(en.id));
    }
    const QStringList ids = english.sectionIds();
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), ids.size()); // no id twice
}

void tst_UserGuide::requiredSections_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("id");
    for (const QString &language : UserGuide::languages())
        for (const QString &id : requiredIds)
            QTest::addRow("%s %s", qPrintable(language), qPrintable(id)) << language << id;
}

void tst_UserGuide::requiredSections()
{
    QFETCH(QString, language);
    QFETCH(QString, id);
    const auto section = UserGuide(language).section(id);
    QVERIFY(section.has_value());
    QVERIFY(!section->title.isEmpty());
    QVERIFY(section->level >= 2);
}

void tst_UserGuide::linksLand_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : UserGuide::languages())
        QTest::newRow(qPrintable(language)) << language;
}

void tst_UserGuide::linksLand()
{
    QFETCH(QString, language);
    const UserGuide guide(language);
    const QStringList ids = guide.sectionIds();
    const QStringList targets = guide.linkTargets();
    QVERIFY(targets.size() > 30);
    for (const QString &target : targets)
        QVERIFY2(ids.contains(target), qPrintable(QStringLiteral("(#%1) leads nowhere").arg(target)));
    // Every view of the window is linked from the table of pages.
    for (const QString &view :
         {QStringLiteral("overview"), QStringLiteral("postings"), QStringLiteral("budget"), QStringLiteral("accounts"),
          QStringLiteral("projects"), QStringLiteral("members"), QStringLiteral("notes"),
          QStringLiteral("control-totals"), QStringLiteral("validation"), QStringLiteral("report")})
        QVERIFY2(guide.section(QStringLiteral("window"))->body.contains(QStringLiteral("(#%1)").arg(view)),
                 qPrintable(view));
    // And both files use the same links, so that neither leaves out a cross-reference.
    const QStringList english = UserGuide(QStringLiteral("en")).linkTargets();
    QCOMPARE(QSet<QString>(targets.cbegin(), targets.cend()), QSet<QString>(english.cbegin(), english.cend()));
}

void tst_UserGuide::everySectionHasText_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("id");
    for (const QString &language : UserGuide::languages())
        for (const QString &id : UserGuide(language).sectionIds())
            QTest::addRow("%s %s", qPrintable(language), qPrintable(id)) << language << id;
}

void tst_UserGuide::everySectionHasText()
{
    QFETCH(QString, language);
    QFETCH(QString, id);
    const auto section = UserGuide(language).section(id);
    QVERIFY(section.has_value());
    // At least a few sentences of its own before the next heading.
    static const QRegularExpression space(QStringLiteral("\\s+"));
    const QStringList words = section->body.split(space, Qt::SkipEmptyParts);
    QVERIFY2(words.size() >= 25, qPrintable(QStringLiteral("%1 words").arg(words.size())));
}

void tst_UserGuide::anchorsAreTakenOutForQt()
{
    const UserGuide guide(QStringLiteral("en"));
    QVERIFY(guide.markdown().contains(QLatin1String("<a id=\"postings\"></a>\n### Postings\n")));
    const QString shown = guide.displayMarkdown();
    QVERIFY(shown.contains(QLatin1String("\n### Postings\n")));
    QVERIFY(!shown.contains(QLatin1String("<a id=")));
    // Lines in code blocks stay as written.
    QVERIFY(shown.contains(QLatin1String("annalist --db books.annalist validate --year 2019")));
    // Every heading is accounted for: the title has no id, each section's heading has its own.
    const QStringList ids = guide.headingIds();
    QCOMPARE(ids.constFirst(), QString());
    QCOMPARE(ids.mid(1), guide.sectionIds());
}

void tst_UserGuide::viewSectionsNameThePages()
{
    // The headings of the views use the names of the window's navigation list, in both languages.
    const QList<QPair<QString, QString>> pages{{QStringLiteral("overview"), QStringLiteral("Overview")},
                                               {QStringLiteral("postings"), QStringLiteral("Postings")},
                                               {QStringLiteral("budget"), QStringLiteral("Budget")},
                                               {QStringLiteral("accounts"), QStringLiteral("Accounts")},
                                               {QStringLiteral("projects"), QStringLiteral("Projects")},
                                               {QStringLiteral("members"), QStringLiteral("Members")},
                                               {QStringLiteral("notes"), QStringLiteral("Notes")},
                                               {QStringLiteral("control-totals"), QStringLiteral("Control totals")},
                                               {QStringLiteral("validation"), QStringLiteral("Validation")}};
    QTranslator danish;
    QVERIFY(danish.load(QStringLiteral(":/i18n/annalist_da.qm")));
    for (const auto &[id, name] : pages) {
        QCOMPARE(UserGuide(QStringLiteral("en")).section(id)->title, name);
        QCOMPARE(UserGuide(QStringLiteral("da")).section(id)->title,
                 danish.translate("annalist::MainWindow", qPrintable(name)));
    }
}

void tst_UserGuide::languageFor_data()
{
    QTest::addColumn<QString>("interface");
    QTest::addColumn<QString>("guide");
    QTest::newRow("Danish") << QStringLiteral("da") << QStringLiteral("da");
    QTest::newRow("Danish, Denmark") << QStringLiteral("da_DK") << QStringLiteral("da");
    QTest::newRow("English") << QStringLiteral("en") << QStringLiteral("en");
    QTest::newRow("German: English") << QStringLiteral("de") << QStringLiteral("en");
    QTest::newRow("none: English") << QString() << QStringLiteral("en");
}

void tst_UserGuide::languageFor()
{
    QFETCH(QString, interface);
    QFETCH(QString, guide);
    QCOMPARE(UserGuide::languageFor(interface), guide);
    QCOMPARE(UserGuide::languageOf(UserGuide::url(guide)).value_or(QString()), guide);
}

QTEST_GUILESS_MAIN(tst_UserGuide)
#include "tst_userguide.moc"
