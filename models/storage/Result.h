#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace abonent {

// What went wrong, in a form a caller can branch on (code) and a person can read (message).
struct Error
{
    enum class Code {
        Invalid, // input rejected before touching storage
        NotFound,
        Conflict, // e.g. a unique key already taken
        Io,
        NotSqlite,
        NotAbonent,
        Empty, // a database that holds nothing yet: opened to create, it is set up
        Stale, // saved from a copy someone else changed meanwhile: nothing was written; merge and save again
        Corrupt,
        Busy, // another connection holds a lock longer than we waited
        ReadOnly, // the database is open for reading only
        SchemaTooNew,
        Sql,
        Cancelled, // the person asked to stop; nothing was kept
        Blocked, // a check found something a person must look at first
        Unreachable, // the database server cannot be reached (gone, restarting); the connection comes back
        Refused, // the database server refused what this login may not do (its role)
    };

    Code code = Code::Invalid;
    QString message;
};

// Value-or-error returned by the core; std::expected is C++23.
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {
    }
    Result(Error error)
        : m_error(std::move(error))
    {
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return *m_value; }
    T& value() & { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    const T* operator->() const { return &*m_value; }
    T* operator->() { return &*m_value; }

    const Error& error() const { return m_error; }
    QString errorString() const { return m_error.message; }
    T value_or(T fallback) const { return m_value ? *m_value : std::move(fallback); }

private:
    std::optional<T> m_value;
    Error m_error;
};

template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_failed(true)
        , m_error(std::move(error))
    {
    }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return m_error; }
    QString errorString() const { return m_error.message; }

private:
    bool m_failed = false;
    Error m_error;
};

using Status = Result<void>;

inline Error makeError(Error::Code code, QString message)
{
    return Error {code, std::move(message)};
}

} // namespace abonent
