#include "ImportPreview.h"

#include <QFile>
#include <QFileInfo>

namespace annalist {

Result<ImportPreview> ImportPreview::read(const QString &path, const ImportOptions &options, int maxRows)
{
    const QFileInfo info(path);
    if (!info.exists())
        return badInput(PostingImporter::tr("There is no file %1.").arg(path));
    if (!info.isFile())
        return badInput(PostingImporter::tr("%1 is not a file.").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ioError(PostingImporter::tr("%1 cannot be read: %2").arg(path, file.errorString()));

    ImportPreview preview;
    preview.file = path;
    preview.fileSize = file.size();
    CsvReader reader(&file, CsvOptions{options.encoding, options.delimiter});
    CsvRecord record;
    bool haveHeader = false;
    for (;;) {
        const CsvReader::Next next = reader.next(&record);
        if (next == CsvReader::Next::End)
            break;
        if (next == CsvReader::Next::Error) {
            const Error &error = reader.error();
            if (!haveHeader || reader.isFatal() || error.kind != ErrorKind::BadInput) {
                if (!haveHeader)
                    return Error{
                        error.kind,
                        QStringLiteral("%1:%2: %3").arg(path, QString::number(reader.errorLine()), error.message)};
                preview.problems.append({reader.errorLine(), {}, {}, error.message});
                break;
            }
            preview.problems.append({reader.errorLine(), {}, {}, error.message});
            if (preview.problems.size() >= maxRows)
                break;
            continue;
        }
        if (record.isBlank())
            continue;
        QStringList fields;
        for (int i = 0; i < record.size(); ++i)
            fields.append(record.text(i).trimmed());
        if (!haveHeader) {
            haveHeader = true;
            preview.headerLine = record.line();
            preview.headers = fields;
            continue;
        }
        if (preview.rows.size() == maxRows) {
            preview.moreRows = true;
            break;
        }
        preview.rows.append({record.line(), fields});
    }
    if (!haveHeader)
        return badInput(path + QStringLiteral(": ") +
                        PostingImporter::tr("The file is empty: expected a header row such as "
                                            "Dato;Bilag;Konto;Projekt;Tekst;Beløb and a posting a row."));
    preview.encoding = reader.encoding();
    preview.delimiter = reader.delimiter();
    preview.byteOrderMark = reader.hadByteOrderMark();
    preview.columns = options.mapping.detect(preview.headers);
    if (auto resolved = options.mapping.resolve(preview.headers); !resolved)
        preview.mappingProblem = resolved.error().message;
    return preview;
}

} // namespace annalist
