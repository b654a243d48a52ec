#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace annalist {

// One field of a CSV file, as every CSV the program writes writes it (the postings' export, the
// statement, the audit trail) and as the import reads it back.
//
// A spreadsheet runs a field that begins with '=', '+', '-', '@', tab or CR as a formula. A text
// column's field that begins so is written with an apostrophe in front, which LibreOffice and Excel
// show as text; so is one that begins with apostrophes before such a character, so that the import
// can drop exactly one apostrophe before them and give back every text as it was:
//     =1+1 -> '=1+1,   '=1+1 -> ''=1+1,   'quoted -> 'quoted (no formula character follows)
// A value column (an amount, a number the program formats itself) is never changed: -1.234,50
// stays a number.
class CsvField
{
public:
    enum class Kind { Text, Value };

    // Appends `field` (UTF-8) to `out`: a Text guarded as above; quoted with '"' (quotes doubled)
    // when it holds the delimiter, a quote, CR or LF, or begins or ends with a space or tab.
    static void append(QByteArray *out, QByteArrayView field, char delimiter, Kind kind);
    static void appendText(QByteArray *out, QByteArrayView field, char delimiter)
    {
        append(out, field, delimiter, Kind::Text);
    }
    static void appendValue(QByteArray *out, QByteArrayView field, char delimiter)
    {
        append(out, field, delimiter, Kind::Value);
    }

    // The text a text column's field holds, read from a file: without the one apostrophe that
    // guards it, where the field begins with apostrophes before '=', '+', '-', '@', tab or CR.
    static QByteArrayView text(QByteArrayView field);

    // Whether a text needs the guard: it begins with '=', '+', '-', '@', tab or CR, after any
    // apostrophes.
    static bool needsGuard(QByteArrayView text);
};

} // namespace annalist
