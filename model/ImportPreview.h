#pragma once

#include "CsvReader.h"
#include "ImportMapping.h"
#include "PostingImporter.h"
#include "Result.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace annalist {

// The first rows of a CSV file as the import would read them: what was detected, the header,
// the columns it maps to the posting's fields, and a few rows to look at before importing.
struct ImportPreview
{
    struct Row
    {
        qint64 line = 0;
        QStringList fields;
    };

    QString file;
    qint64 fileSize = 0;
    // As read or as given; Auto while the rows read hold nothing but ASCII.
    CsvEncoding encoding = CsvEncoding::Auto;
    char delimiter = ';';
    bool byteOrderMark = false;
    qint64 headerLine = 0;
    QStringList headers; // as the file writes them, without surrounding spaces
    QList<Row> rows;     // the first rows after the header; blank lines left out
    bool moreRows = false;
    QList<ImportIssue> problems; // rows among the first that cannot be read
    // The columns as far as they can be told, and why the mapping cannot be used as it is
    // (empty when it can).
    ImportColumns columns;
    QString mappingProblem;

    // Reads the header and up to `maxRows` rows of `path` with the encoding, delimiter and mapping
    // of `options`; an error when the file cannot be read at all or holds no header.
    static Result<ImportPreview> read(const QString &path, const ImportOptions &options, int maxRows = 20);
};

} // namespace annalist
