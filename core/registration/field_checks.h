#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <optional>

// Checks of single About my Family fields. Pure functions: each returns the value in
// its normal written form, or a message that names the field in plain words and says
// how to put it right. The messages never repeat the value (it may be personal data
// that ends up in a log).
namespace kith::registration {

class FieldChecks {
    Q_DECLARE_TR_FUNCTIONS(kith::registration::FieldChecks)

public:
    // Ten digits (spaces allowed) whose last is the modulus 11 check digit. Returns
    // the ten digits without spaces.
    static Result<QString> nhsNumber(const QString& text);
    // A UK postcode, returned in capitals with one space: "tq14ab" gives "TQ1 4AB".
    static Result<QString> postcode(const QString& text);
    // A UK phone number, given with +44, 0044, spaces, brackets or dashes, returned in
    // the usual national form: "07700 900123", "020 7946 0000", "01632 960456".
    static Result<QString> phone(const QString& text);
    // A sensible email address (not a full RFC 5322 parser); the domain in lower case.
    static Result<QString> email(const QString& text);

    // A date written 2019-03-04 (as in JSON) or 04/03/2019 (as people write it in the UK).
    static std::optional<QDate> parseDate(const QString& text);
    // A date of birth: a real date, not in the future and not more than 120 years ago.
    static Result<QDate> dateOfBirth(const QString& text, const QDate& today);
    // An unborn baby's expected date of delivery: from today to 10 months ahead.
    static Result<QDate> expectedDelivery(const QString& text, const QDate& today);
};

} // namespace kith::registration
