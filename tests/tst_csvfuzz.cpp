#include <QDir>
#include <QFile>
#include <QTest>

#include <cstdint>

// The fuzz target's entry point (fuzz/csvreader_fuzzer.cpp), linked into this test: it aborts
// when the CSV reader or the field parsers break a promise.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

// A short, repeatable fuzzing run in every test run: the seeds of fuzz/corpus and a few thousand
// deterministic mutations of them go through the same entry point libFuzzer calls.
class tst_CsvFuzz : public QObject
{
    Q_OBJECT

private slots:
    void seeds();
    void mutations();

private:
    static QList<QByteArray> corpus();
    static void feed(const QByteArray &input);
};

QList<QByteArray> tst_CsvFuzz::corpus()
{
    QList<QByteArray> inputs;
    const QDir dir(QStringLiteral(ANNALIST_FUZZ_CORPUS));
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            inputs.append(file.readAll());
    }
    return inputs;
}

void tst_CsvFuzz::feed(const QByteArray &input)
{
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(input.constData()), std::size_t(input.size()));
}

void tst_CsvFuzz::seeds()
{
    const QList<QByteArray> inputs = corpus();
    QVERIFY2(inputs.size() >= 8, "the fuzz corpus is missing");
    for (const QByteArray &input : inputs)
        feed(input);
}

void tst_CsvFuzz::mutations()
{
    // Bytes that mean something to the reader and the parsers.
    static const char interesting[] = {';',        ',',        '\t',       '"',        '\r',       '\n',
                                       '\0',       '.',        '-',        '+',        '/',        '0',
                                       '9',        ' ',        char(0xC3), char(0xB8), char(0xF8), char(0xEF),
                                       char(0xBB), char(0xBF), char(0xFF), char(0xFE), char(0x80), char(0xE2)};
    quint64 state = 0x9E3779B97F4A7C15ULL; // the same mutations in every run
    const auto next = [&state](quint64 bound) {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        return bound ? state % bound : 0;
    };
    const QList<QByteArray> inputs = corpus();
    int runs = 0;
    for (int round = 0; round < 400; ++round) {
        for (const QByteArray &seed : inputs) {
            QByteArray input = seed;
            const int edits = 1 + int(next(6));
            for (int e = 0; e < edits; ++e) {
                const qsizetype at = qsizetype(next(quint64(input.size() + 1)));
                const char byte = interesting[next(sizeof interesting)];
                switch (next(7)) {
                case 0:
                    if (at < input.size())
                        input[at] = char(input.at(at) ^ char(1 << next(8)));
                    break;
                case 1:
                    if (at < input.size())
                        input[at] = byte;
                    break;
                case 2:
                    input.insert(at, byte);
                    break;
                case 3:
                    input.remove(at, qsizetype(next(4)));
                    break;
                case 4: // a slice again somewhere else
                    input.insert(qsizetype(next(quint64(input.size() + 1))), input.mid(at, qsizetype(next(40))));
                    break;
                case 5:
                    input.truncate(at);
                    break;
                default:
                    input.append(QByteArray(qsizetype(next(5)), byte));
                    break;
                }
            }
            feed(input);
            ++runs;
        }
    }
    QVERIFY(runs >= 3000);
}

QTEST_GUILESS_MAIN(tst_CsvFuzz)
#include "tst_csvfuzz.moc"
