#pragma once

namespace annalist {

class CommandContext;

// The commands that read a year's books and print what they find: statement and validate.
class ReadingCommands
{
public:
    static int statement(CommandContext &c);
    static int validate(CommandContext &c);
};

} // namespace annalist
