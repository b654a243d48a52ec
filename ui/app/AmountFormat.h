#pragma once

#include "Money.h"

namespace annalist {

// Amounts as the user sees and types them: in the format of the chosen locale (QLocale()),
// Danish on a Danish system. Typing Danish ("1.541.130,23") or plain ("1541130.23") always works.
class AmountFormat
{
public:
    static QString format(Money amount);
    static Result<Money> parse(const QString &text);
};

} // namespace annalist
