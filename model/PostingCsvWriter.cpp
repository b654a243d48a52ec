#include "PostingCsvWriter.h"

#include "AssociationRepository.h"
#include "CsvField.h"
#include "Ledger.h"
#include "Money.h"
#include "Platform.h"
#include "PostingBulkWriter.h"

#include <QIODevice>
#include <QSaveFile>

namespace annalist {
namespace {

constexpr qsizetype flushAt = 1 << 20;

} // namespace

Result<qint64> PostingCsvWriter::write(int year, QIODevice *device, Dialect dialect) const
{
    auto known = AssociationRepository(m_ledger).year(year);
    if (!known)
        return known.error();
    if (!*known)
        return badInput(tr("The fiscal year %1 is not in the books.").arg(year));

    const bool danish = dialect == Dialect::Danish;
    const char delimiter = danish ? ';' : ',';
    QByteArray out;
    out.reserve(flushAt + 4096);
    if (danish)
        out.append("\xEF\xBB\xBF");
    const QByteArrayView headers[] = {danish ? "Dato" : "Date",
                                      danish ? "Bilag" : "Voucher",
                                      danish ? "Konto" : "Account",
                                      danish ? "Projekt" : "Project",
                                      danish ? "Tekst" : "Text",
                                      danish ? "Bel\xC3\xB8"
                                               "b"
                                             : "Amount"};
    for (const QByteArrayView &header : headers) {
        if (&header != headers)
            out.append(delimiter);
        out.append(header.data(), header.size());
    }
    out.append("\r\n");

    const auto flush = [&out, device]() -> Status {
        if (device->write(out) != out.size())
            return ioError(tr("The postings could not be written: %1").arg(Platform::writeFailure(*device)));
        out.resize(0);
        return Done{};
    };
    qint64 count = 0;
    const Status written = PostingBulkWriter::eachOfYear(m_ledger, year, [&](const PostingExportRow &row) -> Status {
        if (danish && row.date.size() == 10) {
            // 2019-03-31 as 31-03-2019
            const char *d = row.date.data();
            const char date[] = {d[8], d[9], '-', d[5], d[6], '-', d[0], d[1], d[2], d[3]};
            CsvField::appendText(&out, QByteArrayView(date, 10), delimiter);
        } else {
            CsvField::appendText(&out, row.date, delimiter);
        }
        out.append(delimiter);
        CsvField::appendValue(&out, QByteArray::number(row.voucher), delimiter);
        out.append(delimiter);
        CsvField::appendText(&out, row.accountNumber, delimiter);
        out.append(delimiter);
        CsvField::appendText(&out, row.projectName, delimiter);
        out.append(delimiter);
        CsvField::appendText(&out, row.text, delimiter);
        out.append(delimiter);
        const Money amount = Money::fromOre(row.amount);
        CsvField::appendValue(&out, (danish ? amount.toDanish() : amount.toPlain()).toLatin1(), delimiter);
        out.append("\r\n");
        ++count;
        return out.size() >= flushAt ? flush() : Status(Done{});
    });
    if (!written)
        return written.error();
    if (auto flushed = flush(); !flushed)
        return flushed.error();
    return count;
}

Result<qint64> PostingCsvWriter::write(int year, const QString &path, Dialect dialect) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return ioError(tr("%1 cannot be written: %2").arg(path, file.errorString()));
    auto count = write(year, &file, dialect);
    if (!count) {
        file.cancelWriting();
        return count;
    }
    // flush() first: commit() keeps a file whose last buffered bytes the disk refused.
    if (!file.flush() || !file.commit())
        return ioError(tr("%1 cannot be written: %2").arg(path, Platform::writeFailure(file)));
    return count;
}

} // namespace annalist
