#pragma once

#include <QDate>
#include <QString>
#include <catch2/catch.hpp>

// Lets Catch print Qt values in failure messages.
namespace Catch {
template <>
struct StringMaker<QString> {
    static std::string convert(const QString& value) { return '"' + value.toStdString() + '"'; }
};
template <>
struct StringMaker<QDate> {
    static std::string convert(const QDate& value) {
        return value.toString(Qt::ISODate).toStdString();
    }
};
} // namespace Catch
