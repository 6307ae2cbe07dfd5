#pragma once

#include <QString>
#include <optional>
#include <utility>

namespace kith {

// The outcome of an operation that can fail with a message meant for a person.
template <typename T>
class Result {
public:
    static Result ok(T value) { return Result(std::move(value), {}); }
    static Result fail(QString message) { return Result(std::nullopt, std::move(message)); }

    bool isOk() const { return m_value.has_value(); }
    explicit operator bool() const { return isOk(); }
    const T& value() const& { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    const QString& error() const { return m_error; }

private:
    Result(std::optional<T> value, QString error)
        : m_value(std::move(value))
        , m_error(std::move(error)) {}
    std::optional<T> m_value;
    QString m_error;
};

// For operations that return nothing but can fail.
struct Done {};
using Status = Result<Done>;
inline Status okStatus() {
    return Status::ok(Done{});
}

} // namespace kith
