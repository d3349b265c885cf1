#pragma once

#include <QString>

#include <optional>
#include <utility>

/// A value or the reason there is none. Core code reports failures this way (or through
/// errorString()), never by printing; the caller decides how the user hears of it.
template<typename T>
class [[nodiscard]] Result final
{
public:
    Result(T value)
        : m_value(std::move(value))
    { }
    static Result failure(QString message) { return Result(std::nullopt, std::move(message)); }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    const T &operator*() const { return *m_value; }
    const T *operator->() const { return &*m_value; }
    const QString &error() const { return m_error; }

private:
    Result(std::nullopt_t, QString message)
        : m_error(std::move(message))
    { }
    std::optional<T> m_value;
    QString m_error;
};

/// Success or failure of an operation that yields nothing. Both types are [[nodiscard]]: a
/// dropped failure is a compile error, so every one reaches a user or a caller.
class [[nodiscard]] Status final
{
public:
    Status() = default;
    static Status failure(QString message)
    {
        Status s;
        s.m_error = std::move(message);
        s.m_failed = true;
        return s;
    }
    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const QString &error() const { return m_error; }

private:
    QString m_error;
    bool m_failed = false;
};
