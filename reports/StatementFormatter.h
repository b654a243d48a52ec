#pragma once

#include "Statement.h"

#include <QString>

namespace annalist {

// Writes a computed statement as text, CSV or JSON. The statement speaks the report's language,
// Danish, whatever the language of the user interface.
class StatementFormatter
{
public:
    enum class Layout { Published, Budget };
    enum class Format { Text, Csv, Json };

    static QString format(const Statement &statement, Layout layout, Format format);

private:
    static QString text(const Statement &statement, Layout layout);
    static QString csv(const Statement &statement, Layout layout);
    static QString json(const Statement &statement, Layout layout);
};

} // namespace annalist
