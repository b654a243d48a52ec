#pragma once

#include "AccountRepository.h"
#include "PostingRepository.h"
#include "Validator.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

namespace annalist::test {

// What the validator's tests share, one test class a family of rules: the demo ledger in a fresh
// folder, the demo year validated, the findings of one rule picked out, and the changes the tests
// make to the books, through the application or behind its back with the sqlite3 shell.
class ValidatorFixture
{
protected:
    // The demo's year, the one the published statement covers.
    static constexpr int demoYear = 2019;

    // A fresh demo ledger, and the passing case every rule shares: the demo year breaks none of them.
    // Call it from init(); a failure there keeps the test function from running.
    void setUp()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_ledger = demoLedger(*m_dir);
        QVERIFY(m_ledger);
        QList<Finding> findings;
        QVERIFY(validate(&findings));
        QCOMPARE(linesOf(findings), QStringList());
    }

    void tearDown()
    {
        m_ledger.reset();
        m_dir.reset();
    }

    // ---- findings --------------------------------------------------------------------------------------------

    // An amount written the Danish way, as the tests' data do; a typo in a test is a programming error.
    static Money kr(const QString &danish)
    {
        const auto parsed = Money::parse(danish);
        if (!parsed)
            qFatal("Bad amount in the test: %s", qPrintable(danish));
        return *parsed;
    }

    // The findings of one rule, in the order the validator gave them.
    static QList<Finding> ofRule(const QList<Finding> &findings, const QString &rule)
    {
        QList<Finding> result;
        for (const Finding &f : findings)
            if (f.ruleId == rule)
                result.append(f);
        return result;
    }

    static bool hasRule(const QList<Finding> &findings, const QString &rule)
    {
        return !ofRule(findings, rule).isEmpty();
    }

    // The findings as the command line prints them: what a failing comparison shows.
    static QStringList linesOf(const QList<Finding> &findings)
    {
        QStringList lines;
        for (const Finding &f : findings)
            lines.append(f.toLine());
        return lines;
    }

    // The distinct rule ids, in the order they first occur.
    static QStringList ruleIdsOf(const QList<Finding> &findings)
    {
        QStringList ids;
        for (const Finding &f : findings)
            if (!ids.contains(f.ruleId))
                ids.append(f.ruleId);
        return ids;
    }

    static QString accountLocation(const QString &number)
    {
        return QStringLiteral("%1/account/%2").arg(demoYear).arg(number);
    }

    bool validate(QList<Finding> *findings, int year = demoYear) const
    {
        auto result = Validator(*m_ledger).validate(year);
        if (!result) {
            qWarning("Validation failed: %s", qPrintable(result.error().message));
            return false;
        }
        *findings = *result;
        return true;
    }

    bool ruleAbsent(const QString &rule, int year = demoYear) const
    {
        QList<Finding> findings;
        if (!validate(&findings, year))
            return false;
        if (hasRule(findings, rule)) {
            qWarning("%s is there already: %s", qPrintable(rule),
                     qPrintable(linesOf(findings).join(QLatin1Char('\n'))));
            return false;
        }
        return true;
    }

    // ---- the books -------------------------------------------------------------------------------------------

    Account account(const QString &number) const
    {
        auto accounts = AccountRepository(*m_ledger).accounts();
        if (accounts)
            for (const Account &a : *accounts)
                if (a.number == number)
                    return a;
        qWarning("No account %s", qPrintable(number));
        return {};
    }

    // Posts as the finance officer would: on the next voucher of the year. Gives the posting's id, 0 on failure.
    qint64 post(const QString &accountNumber, const QDate &date, Money amount, std::optional<qint64> project = {},
                int year = demoYear) const
    {
        const PostingRepository postings(*m_ledger);
        auto last = postings.lastVoucher(year);
        if (!last)
            return 0;
        auto id = postings.add(
            {0, year, date, *last + 1, account(accountNumber).id, project, QStringLiteral("Rettelse (test)"), amount});
        if (!id) {
            qWarning("%s", qPrintable(id.error().message));
            return 0;
        }
        return *id;
    }

    qint64 addAccount(const QString &number, const QString &name, Section section, std::optional<int> note,
                      bool active = true) const
    {
        Account a;
        a.number = number;
        a.name = name;
        a.section = section;
        a.note = note;
        a.active = active;
        a.sortOrder = 1000;
        auto id = AccountRepository(*m_ledger).addAccount(a);
        if (!id) {
            qWarning("%s", qPrintable(id.error().message));
            return 0;
        }
        return *id;
    }

    // Changes the file with the sqlite3 shell, behind the open ledger's back.
    bool shell(const QString &sql, QString *output = nullptr) const
    {
        int exitCode = -1;
        const QString out = sqliteShellUnaudited(m_ledger->path(), sql, &exitCode);
        if (output)
            *output = out;
        if (exitCode != 0)
            qWarning("sqlite3 failed (%d): %s", exitCode, qPrintable(out));
        return exitCode == 0;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Ledger> m_ledger;
};

} // namespace annalist::test
