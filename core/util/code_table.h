#pragma once

#include <QLatin1String>
#include <QString>
#include <array>
#include <optional>
#include <utility>

namespace kith {

// Enums stored as text: one table per enum keeps each value beside its code, and these
// two look-ups serve every table.
template <typename Enum, std::size_t N>
using CodeTable = std::array<std::pair<Enum, const char*>, N>;

template <typename Enum, std::size_t N>
QString codeOf(const CodeTable<Enum, N>& table, Enum value) {
    for (const auto& [candidate, code] : table) {
        if (candidate == value)
            return QString::fromLatin1(code);
    }
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> valueOf(const CodeTable<Enum, N>& table, const QString& code) {
    for (const auto& [value, candidate] : table) {
        if (code == QLatin1String(candidate))
            return value;
    }
    return std::nullopt;
}

} // namespace kith
