#pragma once

#include <QCoreApplication>

#include "Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QVarLengthArray>

#include <array>
#include <optional>

class QIODevice;

namespace annalist {

// How the bytes of a CSV file map to characters.
enum class CsvEncoding { Auto, Utf8, Windows1252, Latin1 };

struct CsvOptions
{
    CsvEncoding encoding = CsvEncoding::Auto;
    char delimiter = 0; // 0: detected from the first line (';', tab or ',')
    qsizetype chunkSize = 1 << 20;
    // A record longer than this is refused: it is almost always a quote that never closes.
    qsizetype maxRecordSize = 1 << 20;
};

// One record of a CSV file: its fields in UTF-8 and the line where it starts.
class CsvRecord
{
public:
    // The line where the record starts, counted as a text editor counts (1 is the first).
    qint64 line() const { return m_line; }
    int size() const { return int(m_ends.size()); }
    QByteArrayView field(int index) const;
    QString text(int index) const { return QString::fromUtf8(field(index)); }
    // No field holds anything but spaces: an empty line or a row of delimiters.
    bool isBlank() const;

private:
    friend class CsvReader;
    void clear();
    QByteArray m_data; // storage; the record is its first m_size bytes
    qsizetype m_size = 0;
    QVarLengthArray<qsizetype, 16> m_ends;
    qint64 m_line = 0;
};

// Reads a CSV file in chunks, so that memory stays flat whatever the file's size. Fields may be
// quoted with '"', holding delimiters, doubled quotes and line breaks. The encoding and the
// delimiter are detected unless given; every field comes out as UTF-8.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(annalist::CsvReader)

public:
    enum class Next { Record, End, Error };

    // Reads from `device`, which must be open and outlive the reader.
    explicit CsvReader(QIODevice *device, const CsvOptions &options = {});

    // Fills `record` with the next record. After an Error, error() and errorLine() say what and
    // where; reading may go on unless isFatal() (the rest of the file cannot be read).
    Next next(CsvRecord *record);

    const Error &error() const { return m_error; }
    qint64 errorLine() const { return m_errorLine; }
    bool isFatal() const { return m_fatal; }

    // Known once the first record has been read (Auto until the first non-ASCII byte: ASCII
    // reads the same in every supported encoding).
    CsvEncoding encoding() const { return m_encoding; }
    char delimiter() const { return m_delimiter; }
    bool hadByteOrderMark() const { return m_bom; }
    qint64 bytesRead() const { return m_bytesRead; }

    static QString encodingName(CsvEncoding encoding);
    // "utf-8", "windows-1252", "cp1252", "iso-8859-1", "latin1", ... (case-insensitive).
    static std::optional<CsvEncoding> encodingFromName(const QString &name);
    // ";" as "semicolon", "\t" as "tab": for messages.
    static QString delimiterName(char delimiter);

private:
    enum class State { RecordStart, FieldStart, Unquoted, Quoted, QuoteInQuoted };

    bool start();
    bool fill();
    qsizetype readMore(qsizetype max);
    bool decide();
    void decode();
    void detectDelimiter();
    Next parse(CsvRecord *record);
    Next finishRecord(CsvRecord *record);
    static bool validFields(const CsvRecord &record);
    Next fail(qint64 line, const QString &message, bool fatal);
    Next tooLong(const CsvRecord *record);
    Next binary();
    void endField(CsvRecord *record);
    bool append(CsvRecord *record, const char *from, qsizetype size);

    QIODevice *m_device;
    CsvOptions m_options;
    CsvEncoding m_encoding;
    char m_delimiter;
    bool m_bom = false;
    bool m_started = false;
    bool m_eof = false;
    bool m_fatal = false;
    bool m_lastWasCr = false;
    State m_state = State::RecordStart;
    // Bytes that end a run of plain text, outside and inside quotes.
    std::array<bool, 256> m_stopUnquoted{};
    std::array<bool, 256> m_stopQuoted{};
    QByteArray m_raw;    // the current chunk as read
    QByteArray m_buffer; // the current chunk converted to UTF-8, when it was not UTF-8
    const char *m_chunk = nullptr;
    qsizetype m_chunkSize = 0;
    qsizetype m_pos = 0;
    qint64 m_line = 1;
    qint64 m_quoteLine = 0;
    qint64 m_bytesRead = 0;
    QString m_recordProblem;
    Error m_error;
    qint64 m_errorLine = 0;
};

} // namespace annalist
