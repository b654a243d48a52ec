#include "CsvField.h"

namespace annalist {
namespace {

bool startsFormula(char c)
{
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
}

bool needsQuotes(QByteArrayView field, char delimiter)
{
    if (field.isEmpty())
        return false;
    const auto edge = [](char c) { return c == ' ' || c == '\t'; };
    if (edge(field.front()) || edge(field.back()))
        return true;
    for (const char c : field)
        if (c == delimiter || c == '"' || c == '\n' || c == '\r')
            return true;
    return false;
}

} // namespace

bool CsvField::needsGuard(QByteArrayView text)
{
    qsizetype i = 0;
    while (i < text.size() && text[i] == '\'')
        ++i;
    return i < text.size() && startsFormula(text[i]);
}

QByteArrayView CsvField::text(QByteArrayView field)
{
    return !field.isEmpty() && field.front() == '\'' && needsGuard(field) ? field.sliced(1) : field;
}

void CsvField::append(QByteArray *out, QByteArrayView field, char delimiter, Kind kind)
{
    const bool guard = kind == Kind::Text && needsGuard(field);
    const bool quote = needsQuotes(field, delimiter);
    // The guard goes inside the quotes: a reader sees it as the field's first character.
    if (quote)
        out->append('"');
    if (guard)
        out->append('\'');
    if (!quote) {
        out->append(field.data(), field.size());
        return;
    }
    for (const char c : field) {
        if (c == '"')
            out->append('"');
        out->append(c);
    }
    out->append('"');
}

} // namespace annalist
