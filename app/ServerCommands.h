#pragma once

namespace annalist {

class CommandContext;

// The commands of a ledger shared on a server: grant (the roles) and copy-to (a file to a server
// and back).
class ServerCommands
{
public:
    static int grant(CommandContext &c);
    static int copyTo(CommandContext &c);
};

} // namespace annalist
