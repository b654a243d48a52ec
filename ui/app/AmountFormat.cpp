#include "AmountFormat.h"

#include <QLocale>

namespace annalist {

QString AmountFormat::format(Money amount)
{
    const QLocale locale;
    const QString group = locale.groupSeparator();
    const QString point = locale.decimalPoint();
    return amount.format(group.size() == 1 ? group.at(0) : QChar(), point.size() == 1 ? point.at(0) : QLatin1Char('.'));
}

Result<Money> AmountFormat::parse(const QString &text)
{
    auto danish = Money::parse(text);
    if (danish)
        return danish;
    // "1,541,130.23" where the locale writes a decimal point: drop its group separators.
    const QLocale locale;
    if (locale.decimalPoint() == QLatin1String(".") && locale.groupSeparator() == QLatin1String(",")) {
        QString plain = text.trimmed();
        plain.remove(QLatin1Char(','));
        if (plain.count(QLatin1Char('.')) <= 1)
            if (auto parsed = Money::parse(plain))
                return parsed;
    }
    return danish.error();
}

} // namespace annalist
