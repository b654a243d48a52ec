#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace annalist {

// What went wrong, in terms the command line turns into exit codes.
enum class ErrorKind {
    Usage = 2,    // the caller asked for something that makes no sense
    BadInput = 3, // a file or value that is not what it should be
    Io = 4,       // reading or writing failed
    Locked = 5,   // another writer holds the ledger
    Conflict = 6, // someone else changed the same row since it was read
};

struct Error
{
    ErrorKind kind = ErrorKind::BadInput;
    QString message;
};

// A value or the reason there is none; functions that can fail return this instead of throwing.
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T &operator*() const & { return *m_value; }
    T &operator*() & { return *m_value; }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }
    const Error &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

// Success without a value.
struct Done
{
};
using Status = Result<Done>;

inline Error badInput(QString message)
{
    return {ErrorKind::BadInput, std::move(message)};
}
inline Error ioError(QString message)
{
    return {ErrorKind::Io, std::move(message)};
}
inline Error usageError(QString message)
{
    return {ErrorKind::Usage, std::move(message)};
}

} // namespace annalist
