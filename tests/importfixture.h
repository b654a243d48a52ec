#pragma once

#include "Ledger.h"
#include "PostingImporter.h"
#include "Sql.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>

#include <memory>

namespace annalist::test {

// What the importer's tests share: a demo ledger in a fresh folder, CSV files written into it,
// and the ledger read back as one text to compare before and after.
class ImportFixture
{
protected:
    bool setUp()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_ledger = demoLedger(*m_dir);
        if (!m_ledger)
            return false;
        m_importer = std::make_unique<PostingImporter>(*m_ledger);
        return true;
    }

    QString write(const QByteArray &csv, const QString &name = QStringLiteral("postings.csv")) const
    {
        const QString path = m_dir->filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size())
            qWarning("cannot write %s", qPrintable(path));
        return path;
    }

    // Imports `csv` into 2020 unless the options name another year.
    Result<ImportSummary> import(const QByteArray &csv, ImportOptions options = {})
    {
        if (options.year == 0)
            options.year = 2020;
        return m_importer->run(write(csv), options);
    }

    QString scalar(const QString &sql) const
    {
        auto value = Sql::scalar(m_ledger->database(), sql);
        return value ? value->toString() : value.error().message;
    }

    // Every posting and fiscal year, to compare the whole ledger before and after.
    QString dump() const
    {
        return scalar(
            QStringLiteral("SELECT %1 FROM (SELECT id || '|' || year || '|' || date || '|' || "
                           "voucher || '|' || account_id || '|' || COALESCE(CAST(project_id AS TEXT), '') || '|' || "
                           "text || '|' || amount AS r FROM postings UNION ALL SELECT 'year ' || year || '|' || "
                           "start_date || '|' || end_date || '|' || status FROM fiscal_years ORDER BY 1) AS rows")
                .arg(test::onServer() ? QStringLiteral("string_agg(r, E'\\n' ORDER BY r)")
                                      : QStringLiteral("group_concat(r, '\n')")));
    }

    static QByteArray header()
    {
        return "Dato;Bilag;Konto;Projekt;Tekst;Bel\xC3\xB8"
               "b\n";
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Ledger> m_ledger;
    std::unique_ptr<PostingImporter> m_importer;
};

} // namespace annalist::test
