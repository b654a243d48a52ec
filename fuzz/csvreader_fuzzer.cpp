// libFuzzer entry point for the CSV reader and the import's field parsers. Built with clang
// (-DANNALIST_FUZZ=ON, target csvreader_fuzzer) it runs under libFuzzer; tests/tst_csvfuzz.cpp
// calls the same function over the seeds in fuzz/corpus and deterministic mutations of them.
//
// Besides not crashing, every input must keep these promises, or the run aborts:
// - reading in chunks of any size gives the same records, line numbers and errors;
// - line numbers never go down, and every field is valid UTF-8;
// - the fast amount parser never accepts what Money::parse refuses, nor reads another value;
// - a date the import accepts is a real day.

#include "CsvReader.h"
#include "ImportFieldParser.h"
#include "Money.h"

#include <QBuffer>
#include <QByteArray>
#include <QList>
#include <QStringDecoder>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace annalist;

namespace {

struct Item
{
    bool error = false;
    qint64 line = 0;
    QList<QByteArray> fields;
    bool operator==(const Item &o) const { return error == o.error && line == o.line && fields == o.fields; }
};

[[noreturn]] void broken(const char *promise)
{
    std::fprintf(stderr, "csvreader_fuzzer: broken promise: %s\n", promise);
    std::abort();
}

void checkField(QByteArrayView field)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = utf8.decode(field);
    if (utf8.hasError())
        broken("every field is valid UTF-8");
    if (const auto fast = ImportFieldParser::amountFast(field)) {
        const auto slow = Money::parse(QString::fromUtf8(field));
        if (!slow || slow->ore() != *fast)
            broken("the fast amount parser agrees with Money::parse");
    }
    if (const qint32 key = ImportFieldParser::dateKey(field)) {
        if (!ImportFieldParser::dateFromKey(key).isValid() ||
            ImportFieldParser::keyOf(ImportFieldParser::dateFromKey(key)) != key)
            broken("a date the import accepts is a real day");
    }
}

QList<Item> readAll(const QByteArray &bytes, const CsvOptions &options, CsvReader **keep, bool check)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    auto *reader = new CsvReader(&buffer, options);
    QList<Item> items;
    CsvRecord record;
    qint64 lastLine = 0;
    for (;;) {
        const CsvReader::Next next = reader->next(&record);
        if (next == CsvReader::Next::End)
            break;
        Item item;
        if (next == CsvReader::Next::Error) {
            item.error = true;
            item.line = reader->errorLine();
        } else {
            item.line = record.line();
            for (int i = 0; i < record.size(); ++i) {
                item.fields.append(record.field(i).toByteArray());
                if (check)
                    checkField(record.field(i));
            }
        }
        if (item.line < lastLine || item.line < 1)
            broken("line numbers start at 1 and never go down");
        lastLine = item.line;
        items.append(item);
        if (next == CsvReader::Next::Error && reader->isFatal())
            break;
        if (items.size() > bytes.size() + 1)
            broken("no more records than bytes");
    }
    *keep = reader;
    return items;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    CsvReader *first = nullptr;
    const QList<Item> whole = readAll(bytes, CsvOptions{}, &first, true);

    // Again in tiny chunks, told what was detected: the same outcome.
    CsvOptions small;
    small.encoding = first->encoding() == CsvEncoding::Auto ? CsvEncoding::Utf8 : first->encoding();
    small.delimiter = first->delimiter() ? first->delimiter() : ';';
    small.chunkSize = qsizetype(1 + size % 7);
    delete first;
    CsvReader *second = nullptr;
    const QList<Item> chunked = readAll(bytes, small, &second, false);
    delete second;
    if (!(whole == chunked))
        broken("chunk size does not change what is read");
    return 0;
}
