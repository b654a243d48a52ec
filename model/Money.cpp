#include "Money.h"

#include <QCoreApplication>
#include <QtNumeric>

#include <limits>

namespace annalist {
namespace {

bool allDigits(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    return true;
}

// "1.541.130" with '.' as group separator: a first group of 1-3 digits, then groups of 3.
bool validGroups(QStringView s, QChar separator)
{
    const auto groups = s.split(separator);
    if (groups.size() < 2)
        return false;
    if (!allDigits(groups.first()) || groups.first().size() > 3)
        return false;
    for (qsizetype i = 1; i < groups.size(); ++i)
        if (groups.at(i).size() != 3 || !allDigits(groups.at(i)))
            return false;
    return true;
}

Error invalid(const QString &input, const char *why)
{
    return badInput(QCoreApplication::translate("Money", "'%1' is not an amount: %2")
                        .arg(input, QCoreApplication::translate("Money", why)));
}

} // namespace

Result<Money> Money::parse(const QString &input)
{
    QString s = input.trimmed();
    if (s.isEmpty())
        return invalid(input, QT_TRANSLATE_NOOP("Money", "it is empty"));

    bool negative = false;
    if (s.startsWith(QLatin1Char('-')) || s.startsWith(QLatin1Char('+'))) {
        negative = s.startsWith(QLatin1Char('-'));
        s.remove(0, 1);
    }
    if (s.endsWith(QLatin1Char('-'))) {
        if (negative || input.trimmed().startsWith(QLatin1Char('+')))
            return invalid(input, QT_TRANSLATE_NOOP("Money", "it has two signs"));
        negative = true;
        s.chop(1);
    }
    if (s.isEmpty())
        return invalid(input, QT_TRANSLATE_NOOP("Money", "it has no digits"));

    QStringView integerPart = s;
    QStringView fraction;
    const qsizetype commas = s.count(QLatin1Char(','));
    const qsizetype dots = s.count(QLatin1Char('.'));
    if (commas > 1)
        return invalid(input, QT_TRANSLATE_NOOP("Money", "it has more than one decimal comma"));

    if (commas == 1) {
        // Danish: ',' is the decimal comma and '.' groups thousands.
        const qsizetype comma = s.indexOf(QLatin1Char(','));
        integerPart = QStringView(s).left(comma);
        fraction = QStringView(s).mid(comma + 1);
        if (dots > 0 && !validGroups(integerPart, QLatin1Char('.')))
            return invalid(input, QT_TRANSLATE_NOOP("Money", "the thousands separators are misplaced"));
    } else if (dots == 1) {
        const qsizetype dot = s.indexOf(QLatin1Char('.'));
        const QStringView after = QStringView(s).mid(dot + 1);
        if (after.size() == 3 && validGroups(QStringView(s), QLatin1Char('.'))) {
            // "1.234": one Danish thousands separator, no decimals.
        } else {
            // Plain notation: '.' is the decimal point.
            integerPart = QStringView(s).left(dot);
            fraction = after;
        }
    } else if (dots > 1) {
        if (!validGroups(QStringView(s), QLatin1Char('.')))
            return invalid(input, QT_TRANSLATE_NOOP("Money", "the thousands separators are misplaced"));
    }

    QString digits = integerPart.toString();
    digits.remove(QLatin1Char('.'));
    if (!allDigits(digits))
        return invalid(
            input, QT_TRANSLATE_NOOP("Money", "only digits, one decimal comma and thousands separators are allowed"));
    if (commas == 1 || !fraction.isNull()) {
        if (fraction.isEmpty() || !allDigits(fraction))
            return invalid(input, QT_TRANSLATE_NOOP("Money", "the decimals are missing or not digits"));
        if (fraction.size() > 2)
            return invalid(input, QT_TRANSLATE_NOOP("Money", "it has more than two decimals"));
    }

    constexpr qint64 max = std::numeric_limits<qint64>::max();
    qint64 ore = 0;
    for (QChar c : digits) {
        const int d = c.digitValue();
        if (ore > (max - d) / 10)
            return invalid(input, QT_TRANSLATE_NOOP("Money", "it is too large"));
        ore = ore * 10 + d;
    }
    for (int i = 0; i < 2; ++i) {
        const int d = i < fraction.size() ? fraction.at(i).digitValue() : 0;
        if (ore > (max - d) / 10)
            return invalid(input, QT_TRANSLATE_NOOP("Money", "it is too large"));
        ore = ore * 10 + d;
    }
    return Money(negative ? -ore : ore);
}

QString Money::format(QChar groupSeparator, QChar decimalPoint) const
{
    // Work on the magnitude as unsigned so that the most negative value formats too.
    const bool negative = m_ore < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(m_ore) : quint64(m_ore);
    const QString whole = QString::number(magnitude / 100);
    const quint64 cents = magnitude % 100;

    QString out;
    out.reserve(whole.size() + whole.size() / 3 + 4);
    if (negative)
        out += QLatin1Char('-');
    for (qsizetype i = 0; i < whole.size(); ++i) {
        if (i > 0 && !groupSeparator.isNull() && (whole.size() - i) % 3 == 0)
            out += groupSeparator;
        out += whole.at(i);
    }
    out += decimalPoint;
    out += QLatin1Char(char('0' + cents / 10));
    out += QLatin1Char(char('0' + cents % 10));
    return out;
}

QString Money::toDanish() const
{
    return format(QLatin1Char('.'), QLatin1Char(','));
}

QString Money::toPlain() const
{
    return format(QChar(), QLatin1Char('.'));
}

bool Money::addChecked(Money a, Money b, Money *sum)
{
    qint64 result = 0;
    if (qAddOverflow(a.m_ore, b.m_ore, &result))
        return false;
    *sum = Money(result);
    return true;
}

} // namespace annalist
