#include "AccountRepository.h"
#include "ChartDataBuilder.h"
#include "MemberRepository.h"
#include "NoteRepository.h"
#include "PostingImporter.h"
#include "PostingRepository.h"
#include "StatementBuilder.h"
#include "StatementWorkbook.h"
#include "XlsxWriter.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <clocale>
#include <cmath>

using namespace annalist;

// The statement workbook of the demo ledger as an XLSX file, read back with real readers: openpyxl
// for what is stored in the file, LibreOffice Calc recalculating every formula, and the export run
// under a Danish locale.
class tst_XlsxWriter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void sheetsAreDanishAndInOrder();
    void statementAgreesWithTheLedger();
    void notesAreTheLedgers();
    void budgetAgreesWithTheLedger();
    void projectsAgreeWithTheLedger();
    void membersSumToTheContributionsLine();
    void postingsSheetHoldsEveryPosting();
    void everyFormulaCarriesItsResult();
    void chartsReferToQuotedSheets();
    void layoutAndProperties();
    void libreOfficeRecalculatesTheSameFigures();
    void constantMemoryGivesTheSameValues();
    void postingsGoOnInAFurtherSheet();
    void danishLocaleInProcessGivesTheSameFile();
    void danishLocaleCommandGivesTheSameFile();
    void hundredThousandPostingsAreAllThere();
    void cancelLeavesThePreviousFile();
    void unwritablePathFailsWithExitCode4();
    void overlongPostingTextIsCutAndNamed();

private:
    static QByteArray python(const QStringList &arguments, bool *ok);
    static QJsonObject read(const QString &mode, const QString &file);
    // The rows of a sheet in the dump; each row an array of cells {v, f, bold, fmt}.
    QJsonArray rows(const QString &sheet) const;
    // The first row of `sheet` whose column `column` holds `text`; an empty array when none.
    QJsonArray rowWith(const QString &sheet, int column, const QString &text) const;
    static qint64 ore(const QJsonValue &cell);
    static int exportCommand(const QStringList &arguments, const QProcessEnvironment &environment, QString *errors);

    QTemporaryDir m_dir;
    std::unique_ptr<Ledger> m_ledger;
    Statement m_statement;
    QString m_file;
    QJsonObject m_dump;
    QString m_bigFile;
};

QByteArray tst_XlsxWriter::python(const QStringList &arguments, bool *ok)
{
    QProcess process;
    process.start(QStringLiteral("/usr/bin/python3"),
                  QStringList{QStringLiteral(ANNALIST_TEST_DIR "/xlsx_read.py")} + arguments);
    *ok = process.waitForFinished(120000) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    if (!*ok)
        qWarning("xlsx_read.py %s: %s", qPrintable(arguments.join(QLatin1Char(' '))),
                 process.readAllStandardError().constData());
    return process.readAllStandardOutput();
}

QJsonObject tst_XlsxWriter::read(const QString &mode, const QString &file)
{
    bool ok = false;
    const QByteArray json = python({mode, file}, &ok);
    return ok ? QJsonDocument::fromJson(json).object() : QJsonObject();
}

QJsonArray tst_XlsxWriter::rows(const QString &sheet) const
{
    return m_dump.value(QStringLiteral("cells")).toObject().value(sheet).toArray();
}

QJsonArray tst_XlsxWriter::rowWith(const QString &sheet, int column, const QString &text) const
{
    for (const QJsonValue &row : rows(sheet)) {
        const QJsonArray cells = row.toArray();
        if (cells.size() > column && cells.at(column).toObject().value(QStringLiteral("v")).toString() == text)
            return cells;
    }
    return {};
}

qint64 tst_XlsxWriter::ore(const QJsonValue &cell)
{
    return qRound64(cell.toObject().value(QStringLiteral("v")).toDouble() * 100.0);
}

int tst_XlsxWriter::exportCommand(const QStringList &arguments, const QProcessEnvironment &environment, QString *errors)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(ANNALIST_BINARY), arguments);
    if (!process.waitForFinished(120000))
        return -1;
    if (errors)
        *errors = QString::fromUtf8(process.readAllStandardError());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

void tst_XlsxWriter::initTestCase()
{
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    QProcess check;
    check.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), QStringLiteral("import openpyxl")});
    QVERIFY2(check.waitForFinished(30000) && check.exitCode() == 0,
             "/usr/bin/python3 cannot import openpyxl: run scripts/install-deps.sh (python3-openpyxl)");
    m_ledger = test::demoLedger(m_dir);
    QVERIFY(m_ledger);
    auto statement = StatementBuilder(*m_ledger).build(2019);
    QVERIFY(statement.ok());
    m_statement = *statement;
    m_file = m_dir.filePath(QStringLiteral("statement 2019.xlsx"));
    QElapsedTimer clock;
    clock.start();
    bool constant = true;
    auto workbook = StatementWorkbook::build(*m_ledger, 2019);
    QVERIFY2(workbook.ok(), qPrintable(workbook.error().message));
    const Status written = XlsxWriter::write(*workbook, m_file, {}, {}, &constant);
    QVERIFY2(written.ok(), qPrintable(written.error().message));
    QVERIFY(!constant); // a small year keeps the charts' caches
    qInfo("Wrote the workbook in %lld ms", qint64(clock.elapsed()));
    m_dump = read(QStringLiteral("dump"), m_file);
    QVERIFY(!m_dump.isEmpty());
    if (const QByteArray out = qgetenv("ANNALIST_TEST_OUTPUT"); !out.isEmpty()) {
        const QString copy = QDir(QString::fromLocal8Bit(out)).filePath(QStringLiteral("statement-2019.xlsx"));
        QFile::remove(copy);
        QFile::copy(m_file, copy);
    }
}

void tst_XlsxWriter::cleanupTestCase()
{
    m_ledger.reset();
}

void tst_XlsxWriter::sheetsAreDanishAndInOrder()
{
    QStringList names;
    for (const QJsonValue &v : m_dump.value(QStringLiteral("sheets")).toArray())
        names.append(v.toString());
    QCOMPARE(names, (QStringList{QStringLiteral("Resultatopgørelse"), QStringLiteral("Noter"), QStringLiteral("Budget"),
                                 QStringLiteral("Projekter"), QStringLiteral("Medlemmer"),
                                 QStringLiteral("Posteringer"), QStringLiteral("Diagrammer")}));
    QStringList header;
    for (const QJsonValue &c : rows(QStringLiteral("Resultatopgørelse")).at(0).toArray())
        header.append(c.toObject().value(QStringLiteral("v")).toString());
    QCOMPARE(header, (QStringList{QStringLiteral("Note"), QStringLiteral("Tekst"), QStringLiteral("Indtægter"),
                                  QStringLiteral("Udgifter"), QStringLiteral("Afvigelser")}));
}

void tst_XlsxWriter::statementAgreesWithTheLedger()
{
    const QString sheet = QStringLiteral("Resultatopgørelse");
    const QJsonArray total = rowWith(sheet, 1, QStringLiteral("I alt"));
    QVERIFY(!total.isEmpty());
    QCOMPARE(ore(total.at(2)), Q_INT64_C(-1171770900));
    QCOMPARE(ore(total.at(3)), Q_INT64_C(1139496092));
    QCOMPARE(ore(total.at(4)), Q_INT64_C(-32274808));
    for (int c = 1; c <= 4; ++c)
        QVERIFY(total.at(c).toObject().value(QStringLiteral("bold")).toBool());
    QVERIFY(total.at(2).toObject().value(QStringLiteral("f")).toString().startsWith(QLatin1String("=SUM(C")));
    const QJsonArray result = rowWith(sheet, 1, QStringLiteral("Driftsresultat 2019"));
    QVERIFY(!result.isEmpty());
    QCOMPARE(ore(result.at(4)), Q_INT64_C(-32274808));
    QCOMPARE(result.at(0).toObject().value(QStringLiteral("v")).toDouble(), 6.0);
    QVERIFY(result.at(4).toObject().value(QStringLiteral("f")).toString().startsWith(QLatin1String("=C")));
    const QJsonArray heading = rowWith(sheet, 1, QStringLiteral("Projekter:"));
    QVERIFY(heading.at(1).toObject().value(QStringLiteral("bold")).toBool());
    // Every line, to the øre, in the published columns.
    for (const StatementLine &line : m_statement.lines) {
        const QJsonArray row = rowWith(sheet, 1, line.text);
        QVERIFY2(!row.isEmpty(), qPrintable(line.text));
        QCOMPARE(ore(row.at(line.section == Section::Income ? 2 : 3)), line.actual.ore());
        QCOMPARE(ore(row.at(4)), line.net().ore());
        QVERIFY(!row.at(1).toObject().value(QStringLiteral("bold")).toBool());
    }
    QCOMPARE(ore(rowWith(sheet, 1, QStringLiteral("Personale")).at(3)), Q_INT64_C(154113023));
    QCOMPARE(ore(rowWith(sheet, 1, QStringLiteral("Overført fra 2018")).at(3)), Q_INT64_C(-105617643));
}

void tst_XlsxWriter::notesAreTheLedgers()
{
    auto notes = NoteRepository(*m_ledger).notes(2019);
    QVERIFY(notes.ok());
    QCOMPARE(notes->size(), 6);
    const QJsonArray r = rows(QStringLiteral("Noter"));
    QCOMPARE(r.size(), notes->size() + 1);
    for (int i = 0; i < notes->size(); ++i) {
        const QJsonArray cells = r.at(i + 1).toArray();
        QCOMPARE(cells.at(0).toObject().value(QStringLiteral("v")).toInt(), notes->at(i).number);
        QCOMPARE(cells.at(1).toObject().value(QStringLiteral("v")).toString(), notes->at(i).title);
        QCOMPARE(cells.at(2).toObject().value(QStringLiteral("v")).toString(), notes->at(i).text);
    }
}

void tst_XlsxWriter::budgetAgreesWithTheLedger()
{
    const QString sheet = QStringLiteral("Budget");
    for (const StatementLine &line : m_statement.lines) {
        const QJsonArray row = rowWith(sheet, 0, line.accountNumber);
        QVERIFY2(!row.isEmpty(), qPrintable(line.accountNumber));
        QCOMPARE(ore(row.at(2)), line.originalBudget.ore());
        QCOMPARE(ore(row.at(3)), line.budgetChanges.ore());
        QCOMPARE(ore(row.at(4)), line.budget.ore());
        QCOMPARE(ore(row.at(5)), line.actual.ore());
        QCOMPARE(ore(row.at(6)), line.deviation().ore());
        QVERIFY(row.at(6).toObject().value(QStringLiteral("f")).toString().startsWith(QLatin1String("=F")));
        if (const auto bp = line.deviationBasisPoints()) {
            const double fraction = row.at(7).toObject().value(QStringLiteral("v")).toDouble();
            QVERIFY2(std::abs(fraction * 10000.0 - double(*bp)) <= 0.5, qPrintable(line.text));
            QCOMPARE(row.at(7).toObject().value(QStringLiteral("fmt")).toString(), QStringLiteral("0.00%"));
        }
    }
    const QJsonArray total = rowWith(sheet, 1, QStringLiteral("I alt"));
    QCOMPARE(ore(total.at(4)), m_statement.budgetTotal().ore());
    QCOMPARE(ore(total.at(5)), Q_INT64_C(-32274808));
    QCOMPARE(ore(total.at(6)), m_statement.deviationTotal().ore());
    QCOMPARE(ore(rowWith(sheet, 1, QStringLiteral("I alt indtægter")).at(5)), Q_INT64_C(-1171770900));
    QVERIFY(rowWith(sheet, 1, QStringLiteral("Drift")).at(1).toObject().value(QStringLiteral("bold")).toBool());
}

void tst_XlsxWriter::projectsAgreeWithTheLedger()
{
    auto projects = AccountRepository(*m_ledger).projects();
    QVERIFY(projects.ok());
    QVERIFY(projects->size() >= 10);
    Money spent;
    for (const Project &p : *projects) {
        const StatementLine *line = m_statement.line(p.accountId);
        QVERIFY(line);
        const QJsonArray row = rowWith(QStringLiteral("Projekter"), 0, p.name);
        QVERIFY2(!row.isEmpty(), qPrintable(p.name));
        QCOMPARE(ore(row.at(3)), line->actual.ore());
        QCOMPARE(ore(row.at(4)), line->budget.ore());
        spent += line->actual;
    }
    Money projectLines;
    for (const StatementLine &l : m_statement.linesIn(Section::Projects))
        projectLines += l.actual;
    QCOMPARE(spent, projectLines);
    QCOMPARE(ore(rowWith(QStringLiteral("Projekter"), 0, QStringLiteral("I alt")).at(3)), projectLines.ore());
}

void tst_XlsxWriter::membersSumToTheContributionsLine()
{
    auto contributions = MemberRepository(*m_ledger).contributions(2019);
    QVERIFY(contributions.ok());
    QCOMPARE(contributions->size(), 12);
    const QJsonArray r = rows(QStringLiteral("Medlemmer"));
    qint64 sum = 0;
    for (int i = 1; i <= contributions->size(); ++i) {
        const QJsonArray cells = r.at(i).toArray();
        QCOMPARE(cells.at(0).toObject().value(QStringLiteral("v")).toString(), contributions->at(i - 1).municipality);
        QCOMPARE(ore(cells.at(1)), contributions->at(i - 1).amount.ore());
        sum += ore(cells.at(1));
    }
    QCOMPARE(sum, Q_INT64_C(1171770900));
    const QJsonArray total = rowWith(QStringLiteral("Medlemmer"), 0, QStringLiteral("I alt"));
    QCOMPARE(ore(total.at(1)), sum);
    QCOMPARE(ore(rowWith(QStringLiteral("Medlemmer"), 0, QStringLiteral("Forskel")).at(1)), Q_INT64_C(0));
    // The line from the statement, by a formula into the quoted statement sheet.
    const QJsonArray line = r.at(r.size() - 2).toArray();
    QCOMPARE(ore(line.at(1)), sum);
    QVERIFY(line.at(1)
                .toObject()
                .value(QStringLiteral("f"))
                .toString()
                .startsWith(QStringLiteral("=-'Resultatopgørelse'!$C$")));
}

void tst_XlsxWriter::postingsSheetHoldsEveryPosting()
{
    const QJsonObject p = read(QStringLiteral("postings"), m_file);
    const QJsonArray sheets = p.value(QStringLiteral("sheets")).toArray();
    QCOMPARE(sheets.size(), 1);
    const QJsonObject s = sheets.at(0).toObject();
    const PostingRepository postings(*m_ledger);
    auto count = postings.count(2019);
    auto total = postings.total(2019);
    QVERIFY(count.ok() && total.ok());
    QVERIFY(*count > 0);
    QCOMPARE(qint64(s.value(QStringLiteral("count")).toDouble()), *count);
    QCOMPARE(qint64(s.value(QStringLiteral("dates")).toDouble()), *count); // real dates, not text
    QCOMPARE(qint64(s.value(QStringLiteral("ore")).toDouble()), total->ore());
    QCOMPARE(qRound64(s.value(QStringLiteral("total")).toDouble() * 100), total->ore());
    QCOMPARE(total->ore(), Q_INT64_C(-32274808));
    const QJsonArray header = s.value(QStringLiteral("header")).toArray();
    QCOMPARE(header.at(0).toString(), QStringLiteral("Dato"));
    QCOMPARE(header.at(6).toString(), QStringLiteral("Beløb"));
    const QJsonObject layout =
        m_dump.value(QStringLiteral("layout")).toObject().value(QStringLiteral("Posteringer")).toObject();
    QCOMPARE(layout.value(QStringLiteral("autofilter")).toString(), QStringLiteral("A1:G%1").arg(*count + 1));
    QCOMPARE(layout.value(QStringLiteral("freeze")).toString(), QStringLiteral("A2"));
}

void tst_XlsxWriter::everyFormulaCarriesItsResult()
{
    // A formula without its stored result reads as nothing (or 0) in a viewer that does not
    // recalculate; LibreOffice's recalculation below checks that each result is the right one.
    int formulas = 0;
    const QJsonObject cells = m_dump.value(QStringLiteral("cells")).toObject();
    for (auto sheet = cells.begin(); sheet != cells.end(); ++sheet)
        for (const QJsonValue &row : sheet.value().toArray())
            for (const QJsonValue &cell : row.toArray()) {
                const QJsonObject c = cell.toObject();
                if (c.value(QStringLiteral("f")).toString().isEmpty())
                    continue;
                ++formulas;
                QVERIFY2(c.value(QStringLiteral("v")).isDouble(), qPrintable(c.value(QStringLiteral("f")).toString()));
                QVERIFY(c.value(QStringLiteral("fmt")).toString() == QLatin1String("#,##0.00") ||
                        c.value(QStringLiteral("fmt")).toString() == QLatin1String("0.00%"));
            }
    QVERIFY(formulas > 100);
}

void tst_XlsxWriter::chartsReferToQuotedSheets()
{
    const QJsonArray charts = m_dump.value(QStringLiteral("charts")).toArray();
    QCOMPARE(charts.size(), 2);
    const QJsonObject pie = charts.at(0).toObject();
    const QJsonObject bar = charts.at(1).toObject();
    QCOMPARE(pie.value(QStringLiteral("type")).toString(), QStringLiteral("pie"));
    QCOMPARE(bar.value(QStringLiteral("type")).toString(), QStringLiteral("bar"));
    QVERIFY(pie.value(QStringLiteral("title")).toString().contains(QStringLiteral("Hvor pengene gik hen 2019")));
    QVERIFY(bar.value(QStringLiteral("title")).toString().contains(QStringLiteral("Projekter: regnskab mod budget")));
    for (const QJsonValue &chart : charts) {
        QVERIFY(chart.toObject().value(QStringLiteral("cached")).toBool());
        for (const QJsonValue &ref : chart.toObject().value(QStringLiteral("refs")).toArray())
            QVERIFY2(ref.toString().startsWith(QLatin1String("'Diagrammer'!$")), qPrintable(ref.toString()));
    }
    // The tables behind them: the spending chart's figures, by formulas into the statement.
    const ChartData spending = ChartDataBuilder::spending(m_statement, ChartLanguage::Report);
    const QJsonArray r = rows(QStringLiteral("Diagrammer"));
    for (int i = 0; i < spending.categories.size(); ++i) {
        const QJsonArray cells = r.at(i + 1).toArray();
        QCOMPARE(cells.at(0).toObject().value(QStringLiteral("v")).toString(), spending.categories.at(i));
        QCOMPARE(ore(cells.at(1)), spending.series.at(0).values.at(i).ore());
        QVERIFY(cells.at(1)
                    .toObject()
                    .value(QStringLiteral("f"))
                    .toString()
                    .contains(QStringLiteral("'Resultatopgørelse'!$D$")));
    }
    QCOMPARE(m_dump.value(QStringLiteral("drawingOn")).toArray().size(), 1);
}

void tst_XlsxWriter::layoutAndProperties()
{
    const QJsonObject layouts = m_dump.value(QStringLiteral("layout")).toObject();
    for (auto it = layouts.begin(); it != layouts.end(); ++it) {
        const QJsonObject l = it.value().toObject();
        QCOMPARE(l.value(QStringLiteral("paper")).toInt(), 9); // A4
        QVERIFY2(l.value(QStringLiteral("fitToPage")).toBool(), qPrintable(it.key()));
        QCOMPARE(l.value(QStringLiteral("fitToHeight")).toInt(), 0);
        QCOMPARE(l.value(QStringLiteral("freeze")).toString(), QStringLiteral("A2"));
        QVERIFY(l.value(QStringLiteral("header"))
                    .toString()
                    .contains(QStringLiteral("DIGIT, Digitaliseringsforening Sjælland")));
        QVERIFY(l.value(QStringLiteral("header")).toString().contains(QStringLiteral("%1 2019").arg(it.key())));
        QVERIFY(!l.value(QStringLiteral("widths")).toObject().isEmpty());
    }
    QCOMPARE(rowWith(QStringLiteral("Resultatopgørelse"), 1, QStringLiteral("Personale"))
                 .at(3)
                 .toObject()
                 .value(QStringLiteral("fmt"))
                 .toString(),
             QStringLiteral("#,##0.00"));
    const QJsonObject p = m_dump.value(QStringLiteral("properties")).toObject();
    QCOMPARE(p.value(QStringLiteral("title")).toString(), QStringLiteral("Resultatopgørelse 2019"));
    QCOMPARE(p.value(QStringLiteral("creator")).toString(), QStringLiteral("DIGIT, Digitaliseringsforening Sjælland"));
    QVERIFY(p.value(QStringLiteral("subject")).toString().startsWith(QStringLiteral("Regnskab og budget 2019")));
    QCOMPARE(p.value(QStringLiteral("description")).toString(), QStringLiteral("Skrevet af Annalist 0.1.0"));
}

void tst_XlsxWriter::libreOfficeRecalculatesTheSameFigures()
{
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    // A reader the set-up installs: without it the recalculation check fails rather than passes unchecked.
    QVERIFY2(!soffice.isEmpty(),
             "LibreOffice (soffice) is not installed: scripts/install-deps.sh installs libreoffice-calc-nogui");
    // Every stored result set to 0: only a recalculation gets the figures back.
    const QString zeroed = m_dir.filePath(QStringLiteral("zeroed.xlsx"));
    bool ok = false;
    python({QStringLiteral("zero"), m_file, zeroed}, &ok);
    QVERIFY(ok);
    // LibreOffice trusts the results stored by "Excel" unless its profile says to recalculate always.
    const QString profile = m_dir.filePath(QStringLiteral("lo-profile"));
    QVERIFY(QDir().mkpath(profile + QStringLiteral("/user")));
    QFile settings(profile + QStringLiteral("/user/registrymodifications.xcu"));
    QVERIFY(settings.open(QIODevice::WriteOnly));
    settings.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                   "<oor:items xmlns:oor=\"http://openoffice.org/2001/registry\" "
                   "xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" "
                   "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n"
                   "<item oor:path=\"/org.openoffice.Office.Calc/Formula/Load\">"
                   "<prop oor:name=\"OOXMLRecalcMode\" oor:op=\"fuse\"><value>0</value></prop></item>\n"
                   "</oor:items>\n");
    settings.close();
    const QString out = m_dir.filePath(QStringLiteral("lo-csv"));
    QVERIFY(QDir().mkpath(out));
    QProcess lo;
    lo.start(soffice, {QStringLiteral("-env:UserInstallation=") + QUrl::fromLocalFile(profile).toString(),
                       QStringLiteral("--headless"), QStringLiteral("--convert-to"),
                       // UTF-8, raw values (not as shown), every sheet to a file of its own
                       QStringLiteral("csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,false,false,false,"
                                      "false,-1"),
                       QStringLiteral("--outdir"), out, zeroed});
    QVERIFY(lo.waitForFinished(180000));
    QCOMPARE(lo.exitCode(), 0);
    // Compare LibreOffice's figures with the results stored in the original file, cell by cell.
    const QJsonObject cells = m_dump.value(QStringLiteral("cells")).toObject();
    int compared = 0;
    int recalculated = 0;
    for (auto sheet = cells.begin(); sheet != cells.end(); ++sheet) {
        const QString csv = QDir(out).filePath(QStringLiteral("zeroed-%1.csv").arg(sheet.key()));
        const QJsonObject lines = read(QStringLiteral("csv"), csv);
        const QJsonArray calc = lines.value(QStringLiteral("rows")).toArray();
        QVERIFY2(!calc.isEmpty(), qPrintable(csv));
        const QJsonArray stored = sheet.value().toArray();
        for (int r = 0; r < stored.size(); ++r)
            for (int c = 0; c < stored.at(r).toArray().size(); ++c) {
                const QJsonObject cell = stored.at(r).toArray().at(c).toObject();
                if (!cell.value(QStringLiteral("v")).isDouble())
                    continue;
                const double expected = cell.value(QStringLiteral("v")).toDouble();
                const QString got = calc.at(r).toArray().at(c).toString();
                // Raw values, but a percentage keeps its sign: "-3.679360625%".
                const bool percent = got.endsWith(QLatin1Char('%'));
                bool number = false;
                const double value = (percent ? got.chopped(1) : got).toDouble(&number) / (percent ? 100.0 : 1.0);
                QVERIFY2(number && std::abs(value - expected) <= 1e-9 * std::max(1.0, std::abs(expected)),
                         qPrintable(QStringLiteral("%1 %2: LibreOffice %3, stored %4")
                                        .arg(sheet.key(), StatementWorkbook::cell(r, c), got)
                                        .arg(expected, 0, 'f', 6)));
                ++compared;
                recalculated += cell.value(QStringLiteral("f")).toString().isEmpty() ? 0 : 1;
            }
    }
    QVERIFY(recalculated > 100);
    QVERIFY(compared > recalculated);
    // The postings' total row, recalculated too.
    const QJsonArray postings =
        read(QStringLiteral("csv"), QDir(out).filePath(QStringLiteral("zeroed-Posteringer.csv")))
            .value(QStringLiteral("rows"))
            .toArray();
    const QJsonArray last = postings.at(postings.size() - 1).toArray();
    QCOMPARE(last.at(5).toString(), QStringLiteral("I alt"));
    QCOMPARE(qRound64(last.at(6).toString().toDouble() * 100), Q_INT64_C(-32274808));
}

void tst_XlsxWriter::constantMemoryGivesTheSameValues()
{
    auto workbook = StatementWorkbook::build(*m_ledger, 2019);
    QVERIFY(workbook.ok());
    const QString file = m_dir.filePath(QStringLiteral("constant.xlsx"));
    XlsxOptions options;
    options.constantMemoryFrom = 0;
    bool constant = false;
    QVERIFY(XlsxWriter::write(*workbook, file, {}, options, &constant).ok());
    QVERIFY(constant);
    QCOMPARE(read(QStringLiteral("values"), file), read(QStringLiteral("values"), m_file));
    // What constant-memory mode costs in libxlsxwriter 1.1.4: the charts have no cached data.
    const QJsonObject dump = read(QStringLiteral("dump"), file);
    QCOMPARE(dump.value(QStringLiteral("charts")).toArray().size(), 2);
    for (const QJsonValue &chart : dump.value(QStringLiteral("charts")).toArray())
        QVERIFY(!chart.toObject().value(QStringLiteral("cached")).toBool());
    QCOMPARE(dump.value(QStringLiteral("cells")), m_dump.value(QStringLiteral("cells")));
}

void tst_XlsxWriter::postingsGoOnInAFurtherSheet()
{
    auto workbook = StatementWorkbook::build(*m_ledger, 2019);
    QVERIFY(workbook.ok());
    const QString file = m_dir.filePath(QStringLiteral("parts.xlsx"));
    XlsxOptions options;
    options.postingsPerSheet = (workbook->postings.count + 1) / 2;
    QVERIFY(XlsxWriter::write(*workbook, file, {}, options).ok());
    const QJsonArray sheets = read(QStringLiteral("postings"), file).value(QStringLiteral("sheets")).toArray();
    QCOMPARE(sheets.size(), 2);
    QCOMPARE(sheets.at(1).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Posteringer 2"));
    qint64 count = 0, sum = 0;
    for (const QJsonValue &s : sheets) {
        count += qint64(s.toObject().value(QStringLiteral("count")).toDouble());
        sum += qint64(s.toObject().value(QStringLiteral("ore")).toDouble());
        QCOMPARE(qRound64(s.toObject().value(QStringLiteral("total")).toDouble() * 100),
                 qint64(s.toObject().value(QStringLiteral("ore")).toDouble()));
    }
    QCOMPARE(count, workbook->postings.count);
    QCOMPARE(sum, Q_INT64_C(-32274808));
    const QJsonObject values = read(QStringLiteral("values"), file);
    QCOMPARE(values.keys().size(), 8);
}

void tst_XlsxWriter::danishLocaleInProcessGivesTheSameFile()
{
    // A process whose LC_NUMERIC is Danish (what Qt sets from the environment): the writer's
    // numbers must keep their decimal point.
    const QByteArray previous = std::setlocale(LC_NUMERIC, nullptr);
    QVERIFY2(std::setlocale(LC_NUMERIC, "da_DK.UTF-8"),
             "no da_DK.UTF-8 locale: run scripts/install-deps.sh (localedef -i da_DK -f UTF-8 da_DK.UTF-8)");
    QCOMPARE(QByteArray(std::localeconv()->decimal_point), QByteArray(","));
    const QString file = m_dir.filePath(QStringLiteral("danish.xlsx"));
    const Status written = XlsxWriter::exportYear(*m_ledger, 2019, file);
    std::setlocale(LC_NUMERIC, previous.constData());
    QVERIFY(written.ok());
    QCOMPARE(read(QStringLiteral("values"), file), read(QStringLiteral("values"), m_file));
}

void tst_XlsxWriter::danishLocaleCommandGivesTheSameFile()
{
    QProcess locales;
    locales.start(QStringLiteral("locale"), {QStringLiteral("-a")});
    QVERIFY(locales.waitForFinished(10000));
    QVERIFY2(QString::fromLatin1(locales.readAllStandardOutput()).contains(QLatin1String("da_DK.utf8")),
             "no da_DK.UTF-8 locale: run scripts/install-deps.sh");
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("da_DK.UTF-8"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("da_DK.UTF-8"));
    const QString file = m_dir.filePath(QStringLiteral("kommando.xlsx"));
    QString errors;
    const int code = exportCommand({QStringLiteral("--db"), m_ledger->path(), QStringLiteral("export-xlsx"),
                                    QStringLiteral("--year"), QStringLiteral("2019"), QStringLiteral("-o"), file},
                                   env, &errors);
    QVERIFY2(code == 0, qPrintable(errors));
    QCOMPARE(read(QStringLiteral("values"), file), read(QStringLiteral("values"), m_file));
}

void tst_XlsxWriter::hundredThousandPostingsAreAllThere()
{
    const QString csv = m_dir.filePath(QStringLiteral("postings-100k.csv"));
    QProcess generator;
    generator.start(QStringLiteral("/usr/bin/python3"),
                    {QStringLiteral(ANNALIST_SCRIPTS_DIR "/make-import-csv.py"), QStringLiteral("100000"), csv,
                     QStringLiteral("--year"), QStringLiteral("2020")});
    QVERIFY(generator.waitForFinished(120000) && generator.exitCode() == 0);
    QTemporaryDir dir;
    auto ledger = test::demoLedger(dir);
    QVERIFY(ledger);
    ImportOptions options;
    options.year = 2020;
    PostingImporter importer(*ledger);
    auto imported = importer.run(csv, options);
    QVERIFY2(imported.ok(), qPrintable(imported.error().message));
    QCOMPARE(imported->imported, qint64(100000));

    m_bigFile = m_dir.filePath(QStringLiteral("big.xlsx"));
    auto workbook = StatementWorkbook::build(*ledger, 2020);
    QVERIFY(workbook.ok());
    QElapsedTimer clock;
    clock.start();
    bool constant = false;
    qint64 lastDone = 0;
    const Status written = XlsxWriter::write(
        *workbook, m_bigFile,
        [&lastDone](qint64 done, qint64 total) {
            lastDone = done;
            return done <= total;
        },
        {}, &constant);
    QVERIFY2(written.ok(), qPrintable(written.error().message));
    qInfo("Wrote 100,000 postings in %lld ms", qint64(clock.elapsed()));
    QVERIFY(constant);
    QCOMPARE(lastDone, qint64(100000));
    const QJsonArray sheets = read(QStringLiteral("postings"), m_bigFile).value(QStringLiteral("sheets")).toArray();
    QCOMPARE(sheets.size(), 1);
    const QJsonObject s = sheets.at(0).toObject();
    auto total = PostingRepository(*ledger).total(2020);
    QVERIFY(total.ok());
    QCOMPARE(qint64(s.value(QStringLiteral("count")).toDouble()), qint64(100000));
    QCOMPARE(qint64(s.value(QStringLiteral("dates")).toDouble()), qint64(100000));
    QCOMPARE(qint64(s.value(QStringLiteral("ore")).toDouble()), total->ore());
    QCOMPARE(qRound64(s.value(QStringLiteral("total")).toDouble() * 100), total->ore());
}

void tst_XlsxWriter::cancelLeavesThePreviousFile()
{
    QFile before(m_file);
    QVERIFY(before.open(QIODevice::ReadOnly));
    const QByteArray old = before.readAll();
    before.close();
    auto workbook = StatementWorkbook::build(*m_ledger, 2019);
    QVERIFY(workbook.ok());
    int calls = 0;
    const Status cancelled = XlsxWriter::write(*workbook, m_file, [&calls](qint64, qint64) {
        ++calls;
        return false;
    });
    QVERIFY(!cancelled.ok());
    QCOMPARE(calls, 1);
    QVERIFY(cancelled.error().message.contains(m_file));
    QFile after(m_file);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), old);
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("*.part")}, QDir::Files | QDir::Hidden), QStringList());
}

void tst_XlsxWriter::unwritablePathFailsWithExitCode4()
{
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // A folder that does not exist, and a "folder" that is a file.
    const QString missing = m_dir.filePath(QStringLiteral("no such folder/statement.xlsx"));
    const QString underFile = m_ledger->path() + QStringLiteral("/statement.xlsx");
    for (const QString &target : {missing, underFile}) {
        QString errors;
        const int code = exportCommand({QStringLiteral("--db"), m_ledger->path(), QStringLiteral("export-xlsx"),
                                        QStringLiteral("--year"), QStringLiteral("2019"), QStringLiteral("-o"), target},
                                       env, &errors);
        QCOMPARE(code, 4);
        QVERIFY2(errors.contains(target), qPrintable(errors));
        QVERIFY(!QFileInfo::exists(target));
    }
    // A folder in the file's place: refused, the folder left alone.
    const QString folder = m_dir.filePath(QStringLiteral("a folder.xlsx"));
    QVERIFY(QDir().mkpath(folder));
    QCOMPARE(exportCommand({QStringLiteral("--db"), m_ledger->path(), QStringLiteral("export-xlsx"),
                            QStringLiteral("-o"), folder},
                           env, nullptr),
             4);
    QVERIFY(QFileInfo(folder).isDir());
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("*.part")}, QDir::Files | QDir::Hidden), QStringList());
}

void tst_XlsxWriter::overlongPostingTextIsCutAndNamed()
{
    // A posting text of 40,000 characters (80,000 bytes in UTF-8), past Excel's 32,767.
    const QString path = m_ledger->path();
    const QString which = QStringLiteral("(SELECT MIN(id) FROM postings WHERE year = 2019)");
    const QString was = test::sqliteShell(path, QStringLiteral("SELECT text FROM postings WHERE id = ") + which);
    const QString longText = test::onServer() ? QStringLiteral("repeat('\u00e6b', 20000)")
                                              : QStringLiteral("replace(hex(zeroblob(20000)), '00', '\u00e6b')");
    int code = 0;
    test::sqliteShellUnaudited(path, QStringLiteral("UPDATE postings SET text = %1 WHERE id = %2").arg(longText, which),
                               &code);
    QCOMPARE(code, 0);
    const QStringList posting =
        test::sqliteShell(path, QStringLiteral("SELECT p.voucher, p.date, a.number, length(p.text) FROM postings p "
                                               "JOIN accounts a ON a.id = p.account_id WHERE p.id = ") +
                                    which)
            .split(QLatin1Char('|'));
    QCOMPARE(posting.size(), 4);
    QCOMPARE(posting.at(3), QStringLiteral("40000"));

    const QString file = m_dir.filePath(QStringLiteral("long text.xlsx"));
    QString errors;
    const int exported = exportCommand({QStringLiteral("--db"), path, QStringLiteral("export-xlsx"),
                                        QStringLiteral("--year"), QStringLiteral("2019"), QStringLiteral("-o"), file},
                                       QProcessEnvironment::systemEnvironment(), &errors);
    // Restored before anything can fail: the other tests read the same ledger.
    test::sqliteShellUnaudited(path, QStringLiteral("UPDATE postings SET text = '%1' WHERE id = %2")
                                         .arg(QString(was).replace(QLatin1Char('\''), QStringLiteral("''")), which));
    QVERIFY2(exported == 0, qPrintable(errors));
    // The command names the posting: its voucher, date and account.
    QVERIFY2(errors.contains(QStringLiteral("warning")) &&
                 errors.contains(QStringLiteral("voucher ") + posting.at(0)) && errors.contains(posting.at(1)) &&
                 errors.contains(posting.at(2)),
             qPrintable(errors));

    // Excel's reader finds the text cut, with the mark at its end.
    const QString mark = QStringLiteral("\u2026[afkortet]");
    QProcess reader;
    reader.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral("-c"),
                  QStringLiteral("import json, sys, openpyxl\n"
                                 "wb = openpyxl.load_workbook(sys.argv[1], read_only=True)\n"
                                 "for name in wb.sheetnames:\n"
                                 "    if name.startswith('Posteringer'):\n"
                                 "        for row in wb[name].iter_rows(values_only=True):\n"
                                 "            if isinstance(row[5], str) and len(row[5]) > 1000:\n"
                                 "                print(json.dumps({'voucher': row[1], 'text': row[5]}))\n"),
                  file});
    QVERIFY(reader.waitForFinished(120000));
    QVERIFY2(reader.exitCode() == 0, reader.readAllStandardError().constData());
    const QList<QByteArray> lines = reader.readAllStandardOutput().trimmed().split('\n');
    QCOMPARE(lines.size(), 1);
    const QJsonObject cell = QJsonDocument::fromJson(lines.first()).object();
    QCOMPARE(cell.value(QStringLiteral("voucher")).toInteger(), posting.at(0).toLongLong());
    const QString text = cell.value(QStringLiteral("text")).toString();
    QVERIFY2(text.size() <= 32767, qPrintable(QString::number(text.size())));
    QVERIFY(text.size() > 32000);
    QVERIFY(text.endsWith(mark));
    const QString kept = text.chopped(mark.size());
    QCOMPARE(kept, QStringLiteral("\u00e6b").repeated(20000).left(kept.size()));
}

QTEST_GUILESS_MAIN(tst_XlsxWriter)
#include "tst_xlsxwriter.moc"
