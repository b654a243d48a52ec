#pragma once

namespace annalist {

class CommandContext;

// The init command: creates a ledger file, empty or with the demo books.
class InitCommand
{
public:
    static int run(CommandContext &c);
};

} // namespace annalist
