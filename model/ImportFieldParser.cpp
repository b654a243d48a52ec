#include "ImportFieldParser.h"

#include <QString>

namespace annalist {
namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Up to `maxDigits` digits from `*i`; their number, 0 when there is none.
int readNumber(QByteArrayView s, qsizetype *i, int maxDigits, int *value)
{
    int digits = 0;
    *value = 0;
    while (*i < s.size() && isDigit(s[*i]) && digits < maxDigits) {
        *value = *value * 10 + (s[*i] - '0');
        ++*i;
        ++digits;
    }
    return digits;
}

} // namespace

QByteArrayView ImportFieldParser::trimmed(QByteArrayView text)
{
    qsizetype from = 0;
    qsizetype to = text.size();
    while (from < to && isSpace(text[from]))
        ++from;
    while (to > from && isSpace(text[to - 1]))
        --to;
    return text.sliced(from, to - from);
}

std::optional<qint64> ImportFieldParser::amountFast(QByteArrayView text)
{
    const QByteArrayView s = trimmed(text);
    qsizetype i = 0;
    qsizetype n = s.size();
    if (n == 0)
        return std::nullopt;
    bool negative = false;
    bool signed_ = false;
    if (s[0] == '-' || s[0] == '+') {
        negative = s[0] == '-';
        signed_ = true;
        ++i;
    }
    if (n > i && s[n - 1] == '-') {
        if (signed_)
            return std::nullopt;
        negative = true;
        --n;
    }
    if (i >= n || !isDigit(s[i]))
        return std::nullopt;

    // The integer part, with '.' either grouping thousands or, once, as a decimal point.
    qint64 value = 0;
    int digits = 0;
    int group = 0; // digits since the last '.'
    int firstGroup = 0;
    int dots = 0;
    for (; i < n && (isDigit(s[i]) || s[i] == '.'); ++i) {
        if (s[i] == '.') {
            if (group == 0 || (dots > 0 && group != 3))
                return std::nullopt;
            if (dots == 0)
                firstGroup = group;
            ++dots;
            group = 0;
            continue;
        }
        if (++digits > 16)
            return std::nullopt;
        value = value * 10 + (s[i] - '0');
        ++group;
    }
    const bool grouped = dots > 0 && firstGroup <= 3 && group == 3;
    qint64 ore = 0;
    if (i == n) {
        if (dots == 0 || grouped)
            ore = value * 100;
        else if (dots == 1 && (group == 1 || group == 2))
            ore = group == 1 ? value * 10 : value; // "1541130.2" and "1541130.23"
        else
            return std::nullopt;
    } else if (s[i] == ',') {
        if (dots > 0 && !grouped)
            return std::nullopt;
        ++i;
        int fraction = 0;
        const int decimals = readNumber(s, &i, 3, &fraction);
        if (decimals == 0 || decimals > 2 || i != n)
            return std::nullopt;
        ore = value * 100 + (decimals == 1 ? fraction * 10 : fraction);
    } else {
        return std::nullopt;
    }
    return negative ? -ore : ore;
}

Result<Money> ImportFieldParser::amount(QByteArrayView text)
{
    if (const auto ore = amountFast(text))
        return Money::fromOre(*ore);
    return Money::parse(QString::fromUtf8(text));
}

QDate ImportFieldParser::date(QByteArrayView text)
{
    const qint32 key = dateKey(text);
    return key ? dateFromKey(key) : QDate();
}

qint32 ImportFieldParser::dateKey(QByteArrayView text)
{
    const QByteArrayView s = trimmed(text);
    qsizetype i = 0;
    int first = 0;
    const int firstDigits = readNumber(s, &i, 4, &first);
    if (i >= s.size())
        return 0;
    const char separator = s[i];
    if (separator != '-' && separator != '.' && separator != '/')
        return 0;
    ++i;
    int second = 0;
    if (readNumber(s, &i, 2, &second) == 0 || i >= s.size() || s[i] != separator)
        return 0;
    ++i;
    int third = 0;
    const int thirdDigits = readNumber(s, &i, 4, &third);
    if (i != s.size())
        return 0;
    int year = 0;
    int month = second;
    int day = 0;
    if (firstDigits == 4 && separator == '-' && (thirdDigits == 1 || thirdDigits == 2)) {
        year = first; // 2019-03-31
        day = third;
    } else if ((firstDigits == 1 || firstDigits == 2) && thirdDigits == 4) {
        year = third; // 31-03-2019: day first, as Danish dates are written
        day = first;
    } else {
        return 0;
    }
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    if (year < 1 || month < 1 || month > 12 || day < 1 || day > days[month - 1] + (month == 2 && leap ? 1 : 0))
        return 0;
    return year * 10000 + month * 100 + day;
}

std::optional<qint64> ImportFieldParser::voucher(QByteArrayView text)
{
    const QByteArrayView s = trimmed(text);
    if (s.isEmpty() || s.size() > 18)
        return std::nullopt;
    qint64 value = 0;
    for (const char c : s) {
        if (!isDigit(c))
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

} // namespace annalist
