#pragma once

#include "Result.h"

#include <QMetaType>
#include <QString>
#include <QtGlobal>

namespace annalist {

// An amount in whole øre. Never floating point: sums are exact to the øre.
class Money
{
public:
    constexpr Money() = default;
    static constexpr Money fromOre(qint64 ore) { return Money(ore); }

    constexpr qint64 ore() const { return m_ore; }
    constexpr bool isZero() const { return m_ore == 0; }

    // Accepts Danish ("1.541.130,23", "-11.717.709", "1541130,23") and plain ("1541130.23")
    // notation, with an optional leading minus or a trailing minus ("1.056.176,43-").
    static Result<Money> parse(const QString &text);

    // "1.541.130,23"; the report's format.
    QString toDanish() const;
    // "1541130.23"; for CSV, JSON and other machine-readable output.
    QString toPlain() const;
    // Grouped with the given separators, two decimals.
    QString format(QChar groupSeparator, QChar decimalPoint) const;

    // Adds, or reports an overflow instead of wrapping.
    static bool addChecked(Money a, Money b, Money *sum);

    constexpr Money operator+(Money o) const { return Money(m_ore + o.m_ore); }
    constexpr Money operator-(Money o) const { return Money(m_ore - o.m_ore); }
    constexpr Money operator-() const { return Money(-m_ore); }
    Money &operator+=(Money o)
    {
        m_ore += o.m_ore;
        return *this;
    }
    Money &operator-=(Money o)
    {
        m_ore -= o.m_ore;
        return *this;
    }
    constexpr bool operator==(Money o) const { return m_ore == o.m_ore; }
    constexpr bool operator!=(Money o) const { return m_ore != o.m_ore; }
    constexpr bool operator<(Money o) const { return m_ore < o.m_ore; }
    constexpr bool operator>(Money o) const { return m_ore > o.m_ore; }
    constexpr bool operator<=(Money o) const { return m_ore <= o.m_ore; }
    constexpr bool operator>=(Money o) const { return m_ore >= o.m_ore; }

    Money abs() const { return Money(m_ore < 0 ? -m_ore : m_ore); }

private:
    constexpr explicit Money(qint64 ore) : m_ore(ore) {}
    qint64 m_ore = 0;
};

} // namespace annalist

Q_DECLARE_METATYPE(annalist::Money)
