#include "CsvReader.h"

#include <QIODevice>

#include <array>
#include <cstring>

namespace annalist {
namespace {

constexpr qsizetype detectionWindow = 64 * 1024;

// Windows-1252's characters 0x80-0x9F; its five unassigned bytes keep the C1 code points as
// ISO-8859-1 has them, so that no byte is ever lost.
constexpr char16_t windows1252High[32] = {0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                          0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
                                          0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                          0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

struct Utf8Char
{
    char bytes[3];
    quint8 size;
};

std::array<Utf8Char, 256> singleByteTable(bool windows1252)
{
    std::array<Utf8Char, 256> table{};
    for (int b = 0; b < 256; ++b) {
        const char16_t u = windows1252 && b >= 0x80 && b < 0xA0 ? windows1252High[b - 0x80] : char16_t(b);
        Utf8Char &c = table[std::size_t(b)];
        if (u < 0x80) {
            c = {{char(u), 0, 0}, 1};
        } else if (u < 0x800) {
            c = {{char(0xC0 | (u >> 6)), char(0x80 | (u & 0x3F)), 0}, 2};
        } else {
            c = {{char(0xE0 | (u >> 12)), char(0x80 | ((u >> 6) & 0x3F)), char(0x80 | (u & 0x3F))}, 3};
        }
    }
    return table;
}

// The length of the valid UTF-8 sequence at `p`, 0 when it is invalid, -1 when it is cut off by `end`.
int utf8SequenceAt(const uchar *p, const uchar *end)
{
    const uchar b = *p;
    if (b < 0x80)
        return 1;
    int length = 0;
    uchar low = 0x80;
    uchar high = 0xBF;
    if (b >= 0xC2 && b <= 0xDF) {
        length = 2;
    } else if (b >= 0xE0 && b <= 0xEF) {
        length = 3;
        if (b == 0xE0)
            low = 0xA0; // no overlong forms
        else if (b == 0xED)
            high = 0x9F; // no surrogates
    } else if (b >= 0xF0 && b <= 0xF4) {
        length = 4;
        if (b == 0xF0)
            low = 0x90;
        else if (b == 0xF4)
            high = 0x8F; // nothing above U+10FFFF
    } else {
        return 0;
    }
    for (int i = 1; i < length; ++i) {
        if (p + i >= end)
            return -1;
        const uchar c = p[i];
        if (c < (i == 1 ? low : 0x80) || c > (i == 1 ? high : 0xBF))
            return 0;
    }
    return length;
}

// Valid UTF-8 from `p` to `end`; a sequence cut off at the end counts as valid when `cutOk`.
bool validUtf8(const char *data, qsizetype size, bool cutOk)
{
    const auto *p = reinterpret_cast<const uchar *>(data);
    const uchar *end = p + size;
    while (p < end) {
        quint64 word = 0;
        if (end - p >= 8 && (memcpy(&word, p, 8), (word & 0x8080808080808080ULL) == 0)) {
            p += 8; // eight ASCII bytes at once
            continue;
        }
        if (*p < 0x80) {
            ++p;
            continue;
        }
        const int length = utf8SequenceAt(p, end);
        if (length == 0 || (length < 0 && !cutOk))
            return false;
        if (length < 0)
            return true;
        p += length;
    }
    return true;
}

// Line breaks before `end`, as a text editor counts them: CR LF, LF and CR alone.
qint64 linesBefore(const QByteArray &bytes, qsizetype end)
{
    qint64 lines = 0;
    for (qsizetype i = 0; i < end; ++i) {
        if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.size() || bytes[i + 1] != '\n')))
            ++lines;
    }
    return lines;
}

bool isControl(uchar b)
{
    return (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1A) || b == 0x7F;
}

} // namespace

QByteArrayView CsvRecord::field(int index) const
{
    if (index < 0 || index >= m_ends.size())
        return {};
    const qsizetype from = index == 0 ? 0 : m_ends[index - 1];
    return QByteArrayView(m_data.constData() + from, m_ends[index] - from);
}

bool CsvRecord::isBlank() const
{
    for (qsizetype i = 0; i < m_size; ++i)
        if (const char c = m_data[i]; c != ' ' && c != '\t')
            return false;
    return true;
}

void CsvRecord::clear()
{
    m_size = 0; // keeps the storage for the next record
    m_ends.clear();
    m_line = 0;
}

CsvReader::CsvReader(QIODevice *device, const CsvOptions &options)
    : m_device(device), m_options(options), m_encoding(options.encoding), m_delimiter(options.delimiter)
{
    if (m_options.chunkSize < 1)
        m_options.chunkSize = 1;
}

QString CsvReader::encodingName(CsvEncoding encoding)
{
    switch (encoding) {
    case CsvEncoding::Auto:
        return QStringLiteral("ASCII"); // nothing decided it: plain ASCII reads the same in all
    case CsvEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case CsvEncoding::Windows1252:
        return QStringLiteral("Windows-1252");
    case CsvEncoding::Latin1:
        return QStringLiteral("ISO-8859-1");
    }
    return {};
}

std::optional<CsvEncoding> CsvReader::encodingFromName(const QString &name)
{
    QString key = name.trimmed().toLower();
    key.remove(QLatin1Char('-')).remove(QLatin1Char('_')).remove(QLatin1Char(' '));
    if (key == QLatin1String("auto"))
        return CsvEncoding::Auto;
    if (key == QLatin1String("utf8") || key == QLatin1String("ascii") || key == QLatin1String("usascii"))
        return CsvEncoding::Utf8;
    if (key == QLatin1String("windows1252") || key == QLatin1String("cp1252") || key == QLatin1String("win1252") ||
        key == QLatin1String("ansi"))
        return CsvEncoding::Windows1252;
    if (key == QLatin1String("iso88591") || key == QLatin1String("latin1") || key == QLatin1String("l1"))
        return CsvEncoding::Latin1;
    return std::nullopt;
}

QString CsvReader::delimiterName(char delimiter)
{
    switch (delimiter) {
    case ';':
        return tr("semicolon");
    case ',':
        return tr("comma");
    case '\t':
        return tr("tab");
    default:
        return QStringLiteral("'%1'").arg(QLatin1Char(delimiter));
    }
}

CsvReader::Next CsvReader::fail(qint64 line, const QString &message, bool fatal)
{
    m_error = badInput(message);
    m_errorLine = line;
    m_fatal = m_fatal || fatal;
    return Next::Error;
}

// Appends up to `max` bytes of the device to m_raw; the number read, 0 at the end, -1 on error.
qsizetype CsvReader::readMore(qsizetype max)
{
    const qsizetype before = m_raw.size();
    m_raw.resize(before + max);
    const qint64 n = m_device->read(m_raw.data() + before, max);
    m_raw.resize(before + qMax<qint64>(n, 0));
    if (n < 0) {
        fail(m_line, tr("The file could not be read: %1").arg(m_device->errorString()), true);
        m_error.kind = ErrorKind::Io;
        return -1;
    }
    if (n == 0)
        m_eof = true;
    m_bytesRead += n;
    return n;
}

// Auto-detection waits for the first byte above ASCII, then decides on all that is at hand:
// valid UTF-8 or not. Everything before it reads the same either way.
bool CsvReader::decide()
{
    for (;;) {
        const auto *begin = reinterpret_cast<const uchar *>(m_raw.constData());
        const uchar *end = begin + m_raw.size();
        const uchar *p = begin;
        while (p < end && *p < 0x80)
            ++p;
        if (p == end)
            return true;
        if (utf8SequenceAt(p, end) < 0 && !m_eof) {
            // The first sequence is cut off by the chunk's end: read the rest of it.
            if (readMore(4) < 0)
                return false;
            continue;
        }
        m_encoding = validUtf8(reinterpret_cast<const char *>(p), end - p, !m_eof) ? CsvEncoding::Utf8
                                                                                   : CsvEncoding::Windows1252;
        return true;
    }
}

void CsvReader::decode()
{
    if (m_encoding != CsvEncoding::Windows1252 && m_encoding != CsvEncoding::Latin1) {
        m_chunk = m_raw.constData();
        m_chunkSize = m_raw.size();
        m_pos = 0;
        return;
    }
    static const std::array<Utf8Char, 256> cp1252 = singleByteTable(true);
    static const std::array<Utf8Char, 256> latin1 = singleByteTable(false);
    const std::array<Utf8Char, 256> &table = m_encoding == CsvEncoding::Windows1252 ? cp1252 : latin1;
    m_buffer.resize(m_raw.size() * 3);
    char *out = m_buffer.data();
    for (const char b : std::as_const(m_raw)) {
        const Utf8Char &c = table[uchar(b)];
        out[0] = c.bytes[0];
        if (c.size > 1) {
            out[1] = c.bytes[1];
            if (c.size > 2)
                out[2] = c.bytes[2];
        }
        out += c.size;
    }
    m_buffer.resize(out - m_buffer.constData());
    m_chunk = m_buffer.constData();
    m_chunkSize = m_buffer.size();
    m_pos = 0;
}

bool CsvReader::fill()
{
    m_raw.resize(0);
    if (m_eof || readMore(m_options.chunkSize) <= 0)
        return false;
    if (m_encoding == CsvEncoding::Auto && !decide())
        return false;
    decode();
    return true;
}

bool CsvReader::start()
{
    m_started = true;
    // What is detected is detected from the same first bytes whatever the chunk size: the
    // header line for the delimiter, and a sample to tell text from binary data.
    while (!m_eof && m_raw.size() < detectionWindow)
        if (readMore(detectionWindow - m_raw.size()) < 0)
            return false;
    if (m_raw.isEmpty())
        return false;

    if (m_raw.startsWith("\xFF\xFE") || m_raw.startsWith("\xFE\xFF")) {
        fail(1, tr("The file is in UTF-16, which is not supported: save it as UTF-8 or Windows-1252."), true);
        return false;
    }
    if (m_raw.startsWith("\xEF\xBB\xBF") && (m_encoding == CsvEncoding::Auto || m_encoding == CsvEncoding::Utf8)) {
        m_bom = true;
        m_encoding = CsvEncoding::Utf8;
        m_raw.remove(0, 3);
    }
    qsizetype controls = 0;
    for (const char c : std::as_const(m_raw))
        controls += isControl(uchar(c)) ? 1 : 0;
    // A few stray control bytes are reported where they stand; many at the start mean binary data.
    if (controls >= 4 && controls * 32 > m_raw.size()) {
        fail(1, tr("This is not a text file: it holds binary data."), true);
        return false;
    }
    // No text file holds a NUL byte; one near the start is refused before anything is read.
    if (const qsizetype nul = m_raw.indexOf('\0'); nul >= 0) {
        const qint64 line = 1 + linesBefore(m_raw, nul);
        fail(line, tr("This is not a text file: line %1 holds binary data (a NUL byte).").arg(line), true);
        return false;
    }
    if (m_encoding == CsvEncoding::Auto && !decide())
        return false;
    decode();
    if (m_delimiter == 0)
        detectDelimiter();
    for (const char c : {m_delimiter, '"', '\n', '\r', '\0'})
        m_stopUnquoted[uchar(c)] = true;
    for (const char c : {'"', '\n', '\r', '\0'})
        m_stopQuoted[uchar(c)] = true;
    return true;
}

// The delimiter that occurs most often in the first line, outside quotes; ';' on a tie, as
// Danish exports use it and their amounts hold commas.
void CsvReader::detectDelimiter()
{
    int semicolons = 0;
    int tabs = 0;
    int commas = 0;
    bool quoted = false;
    for (qsizetype i = m_pos; i < m_chunkSize; ++i) {
        const char c = m_chunk[i];
        if (c == '"')
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == '\n' || c == '\r')
            break;
        else if (c == ';')
            ++semicolons;
        else if (c == '\t')
            ++tabs;
        else if (c == ',')
            ++commas;
    }
    m_delimiter = ';';
    if (tabs > semicolons && tabs >= commas)
        m_delimiter = '\t';
    else if (commas > semicolons && commas > tabs)
        m_delimiter = ',';
}

CsvReader::Next CsvReader::next(CsvRecord *record)
{
    if (m_fatal)
        return Next::Error;
    record->clear();
    if (!m_started && !start())
        return m_fatal ? Next::Error : Next::End;
    return parse(record);
}

bool CsvReader::append(CsvRecord *record, const char *from, qsizetype size)
{
    if (size == 0)
        return true;
    const qsizetype needed = record->m_size + size;
    if (needed > m_options.maxRecordSize)
        return false;
    if (needed > record->m_data.size())
        record->m_data.resize(qMax(needed, qMax<qsizetype>(256, record->m_data.size() * 2)));
    memcpy(record->m_data.data() + record->m_size, from, std::size_t(size));
    record->m_size = needed;
    return true;
}

void CsvReader::endField(CsvRecord *record)
{
    record->m_ends.append(record->m_size);
}

CsvReader::Next CsvReader::tooLong(const CsvRecord *record)
{
    if (m_state == State::Quoted)
        return fail(m_quoteLine,
                    tr("The quoted field that starts on line %1 runs on for more than %2 bytes: its closing quote "
                       "is most likely missing.")
                        .arg(m_quoteLine)
                        .arg(m_options.maxRecordSize),
                    true);
    return fail(record->m_line,
                tr("Line %1 is longer than %2 bytes: this is not a CSV file of postings.")
                    .arg(record->m_line)
                    .arg(m_options.maxRecordSize),
                true);
}

CsvReader::Next CsvReader::binary()
{
    return fail(m_line, tr("This is not a text file: line %1 holds binary data (a NUL byte).").arg(m_line), true);
}

CsvReader::Next CsvReader::parse(CsvRecord *record)
{
    m_recordProblem.clear();

    for (;;) {
        if (m_pos >= m_chunkSize) {
            if (!fill()) {
                if (m_fatal)
                    return Next::Error;
                switch (m_state) {
                case State::RecordStart:
                    return Next::End;
                case State::Quoted:
                    return fail(m_quoteLine,
                                tr("The quoted field that starts on line %1 never ends: its closing quote is "
                                   "missing.")
                                    .arg(m_quoteLine),
                                true);
                default:
                    endField(record);
                    m_state = State::RecordStart;
                    return finishRecord(record);
                }
            }
            continue;
        }
        const char *p = m_chunk + m_pos;
        const char *const end = m_chunk + m_chunkSize;
        switch (m_state) {
        case State::RecordStart:
            if (*p == '\n' && m_lastWasCr) { // the second half of a CR LF
                m_lastWasCr = false;
                ++m_pos;
                continue;
            }
            m_lastWasCr = false;
            if (*p == '\n' || *p == '\r') { // an empty line
                m_lastWasCr = *p == '\r';
                ++m_line;
                ++m_pos;
                continue;
            }
            record->m_line = m_line;
            m_state = State::FieldStart;
            [[fallthrough]];
        case State::FieldStart:
            if (*p == '"') {
                m_quoteLine = m_line;
                m_state = State::Quoted;
                ++m_pos;
                continue;
            }
            m_state = State::Unquoted;
            [[fallthrough]];
        case State::Unquoted: {
            const char *run = p;
            while (p < end && !m_stopUnquoted[uchar(*p)])
                ++p;
            if (!append(record, run, p - run))
                return tooLong(record);
            m_pos = p - m_chunk;
            if (p == end)
                continue;
            const char c = *p;
            ++m_pos;
            if (c == m_delimiter) {
                endField(record);
                m_state = State::FieldStart;
            } else if (c == '\n' || c == '\r') {
                m_lastWasCr = c == '\r';
                ++m_line;
                endField(record);
                m_state = State::RecordStart;
                return finishRecord(record);
            } else if (c == '"') {
                // A quote inside an unquoted field is text, as spreadsheets write it.
                append(record, p, 1);
            } else {
                return binary();
            }
            continue;
        }
        case State::Quoted: {
            const char *run = p;
            while (p < end && !m_stopQuoted[uchar(*p)])
                ++p;
            if (p > run)
                m_lastWasCr = false;
            if (!append(record, run, p - run))
                return tooLong(record);
            m_pos = p - m_chunk;
            if (p == end)
                continue;
            const char c = *p;
            ++m_pos;
            if (c == '"') {
                m_state = State::QuoteInQuoted;
            } else if (c == '\n' || c == '\r') {
                if (!append(record, p, 1))
                    return tooLong(record);
                if (c == '\r' || !m_lastWasCr)
                    ++m_line;
                m_lastWasCr = c == '\r';
            } else {
                return binary();
            }
            continue;
        }
        case State::QuoteInQuoted: {
            const char c = *p;
            ++m_pos;
            m_lastWasCr = false;
            if (c == '"') {
                append(record, p, 1);
                m_state = State::Quoted;
            } else if (c == m_delimiter) {
                endField(record);
                m_state = State::FieldStart;
            } else if (c == '\n' || c == '\r') {
                m_lastWasCr = c == '\r';
                ++m_line;
                endField(record);
                m_state = State::RecordStart;
                return finishRecord(record);
            } else if (c == 0) {
                return binary();
            } else {
                if (m_recordProblem.isEmpty())
                    m_recordProblem = tr("text follows the closing quote of a field; a quote inside a quoted "
                                         "field must be doubled (\"\").");
                append(record, p, 1);
                m_state = State::Unquoted;
            }
            continue;
        }
        }
    }
}

// Each field on its own: a character split by a delimiter is two broken ones.
bool CsvReader::validFields(const CsvRecord &record)
{
    qsizetype from = 0;
    for (const qsizetype end : record.m_ends) {
        if (!validUtf8(record.m_data.constData() + from, end - from, false))
            return false;
        from = end;
    }
    return true;
}

CsvReader::Next CsvReader::finishRecord(CsvRecord *record)
{
    if (!m_recordProblem.isEmpty())
        return fail(record->m_line, m_recordProblem, false);
    if (m_encoding == CsvEncoding::Utf8 && !validFields(*record))
        return fail(record->m_line,
                    tr("the line is not valid UTF-8, though the file was read as UTF-8; give the file's "
                       "encoding (for example Windows-1252)."),
                    false);
    return Next::Record;
}

} // namespace annalist
