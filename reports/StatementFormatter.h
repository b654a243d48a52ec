#pragma once

#include "Statement.h"

#include <QString>
#include <QStringList>

namespace annalist {

// Writes a computed statement as text, CSV or JSON. The statement speaks the report's language,
// Danish, whatever the language of the user interface.
class StatementFormatter
{
public:
    enum class Layout { Published, Budget };
    enum class Format { Text, Csv, Json };

    static QString format(const Statement &statement, Layout layout, Format format);

    // One printed row: a note, a text and the amount columns (empty where the layout has none).
    struct Row
    {
        QString note;
        QString text;
        QStringList amounts;
        bool emphasis = false; // headings, totals and the operating result
    };
    // The statement as printed in the report, in Danish: its title, the column headings (Note,
    // Tekst, then the amounts) and the rows down to the operating result.
    struct Table
    {
        QString title;
        QStringList header;
        QList<Row> rows;
    };
    static Table table(const Statement &statement, Layout layout);

private:
    static QString text(const Statement &statement, Layout layout);
    static QString csv(const Statement &statement, Layout layout);
    static QString json(const Statement &statement, Layout layout);
};

} // namespace annalist
