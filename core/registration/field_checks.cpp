#include "registration/field_checks.h"

#include <QRegularExpression>

namespace kith::registration {
namespace {

bool allDigits(const QString& text) {
    return !text.isEmpty() &&
           std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); });
}

QString without(QString text, const QString& characters) {
    text.removeIf([&](QChar c) { return characters.contains(c); });
    return text;
}

// Groups of a national number (with its leading 0) as people write them.
QString groupedPhone(const QString& digits) {
    auto split = [&](std::initializer_list<int> sizes) {
        QStringList parts;
        int at = 0;
        for (int size : sizes) {
            parts.append(digits.mid(at, size));
            at += size;
        }
        parts.append(digits.mid(at));
        parts.removeAll(QString());
        return parts.join(u' ');
    };
    if (digits.startsWith(QLatin1String("02")))
        return split({3, 4}); // 020 7946 0000
    if (digits.startsWith(QLatin1String("011")) ||
        (digits.startsWith(QLatin1String("01")) && digits.size() == 11 && digits.at(3) == u'1'))
        return split({4, 3}); // 0113 496 0000, 0161 496 0000
    if (digits.startsWith(QLatin1String("03")) || digits.startsWith(QLatin1String("08")) ||
        digits.startsWith(QLatin1String("09")))
        return split({4, 3}); // 0300 123 4567, 0800 123 456
    return split({5});        // 07700 900123, 01632 960456
}

} // namespace

Result<QString> FieldChecks::nhsNumber(const QString& text) {
    const QString digits = without(text.trimmed(), QStringLiteral(" "));
    if (!allDigits(digits))
        return Result<QString>::fail(
            tr("An NHS number has only digits, with or without spaces, like 943 476 5919. "
               "Remove any letters or other signs."));
    if (digits.size() != 10)
        return Result<QString>::fail(
            tr("An NHS number has 10 digits; this one has %1. Check it against the person's "
               "NHS letter, app or red book.")
                .arg(digits.size()));
    int sum = 0;
    for (int i = 0; i < 9; ++i)
        sum += digits.at(i).digitValue() * (10 - i);
    int check = 11 - sum % 11;
    if (check == 11)
        check = 0;
    if (check == 10 || check != digits.at(9).digitValue())
        return Result<QString>::fail(
            tr("This is not a valid NHS number: its last digit does not match the others, so a "
               "digit is probably mistyped. Check it against the person's NHS letter, app or red "
               "book."));
    return Result<QString>::ok(digits);
}

Result<QString> FieldChecks::postcode(const QString& text) {
    const QString compact = without(text.trimmed().toUpper(), QStringLiteral(" "));
    // BS 7666: the outward code (area and district) and the inward code (sector and unit),
    // with the letters each position may use. GIR 0AA is Girobank's own old postcode.
    static const QRegularExpression format(QStringLiteral(
        "^(?:GIR0AA|(?:[A-PR-UWYZ][0-9]{1,2}|[A-PR-UWYZ][A-HK-Y][0-9]{1,2}|[A-PR-UWYZ][0-9]"
        "[A-HJKPSTUW]|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY])[0-9][ABD-HJLNP-UW-Z]{2})$"));
    if (!format.match(compact).hasMatch())
        return Result<QString>::fail(
            tr("This is not a UK postcode. A postcode looks like TQ1 4AB or SW1A 2AA: check the "
               "letters and numbers, and that O and 0 or I and 1 are not mixed up."));
    return Result<QString>::ok(compact.left(compact.size() - 3) + u' ' + compact.right(3));
}

Result<QString> FieldChecks::phone(const QString& text) {
    QString number = text.trimmed();
    if (number.isEmpty())
        return Result<QString>::fail(tr("Enter the phone number, or remove this phone line."));
    number.remove(QStringLiteral("(0)")); // +44 (0)20 ...: the 0 is not dialled from abroad
    number = without(number, QStringLiteral(" ()-.\u00A0"));
    const bool international = number.startsWith(u'+') || number.startsWith(QLatin1String("00"));
    if (international) {
        const QString rest = number.startsWith(u'+') ? number.mid(1) : number.mid(2);
        if (!rest.startsWith(QLatin1String("44")))
            return Result<QString>::fail(
                tr("This phone number is from outside the UK. Kith records UK numbers only: write "
                   "a number from abroad in the family's notes instead."));
        number = u'0' + rest.mid(2);
    }
    if (!allDigits(number))
        return Result<QString>::fail(
            tr("A phone number can have only digits, spaces, brackets, dashes and a + at the "
               "start. Remove any letters or other signs."));
    if (!number.startsWith(u'0'))
        return Result<QString>::fail(
            tr("A UK phone number starts with 0 or +44, like 07700 900123. Add the 0 at the "
               "start."));
    // 11 digits with the 0; some old landline areas and freephone numbers have 10.
    const bool tenAllowed =
        number.startsWith(QLatin1String("01")) || number.startsWith(QLatin1String("0800"));
    if (number.size() != 11 && !(tenAllowed && number.size() == 10))
        return Result<QString>::fail(
            tr("This phone number has %1 digits; a UK number has 11 (a few landlines have 10), "
               "counting the 0 at the start. Check for a missing or extra digit.")
                .arg(number.size()));
    if (number.startsWith(QLatin1String("00")) || number.startsWith(QLatin1String("04")) ||
        number.startsWith(QLatin1String("06")))
        return Result<QString>::fail(
            tr("UK phone numbers do not start like this one. Check the first digits."));
    return Result<QString>::ok(groupedPhone(number));
}

Result<QString> FieldChecks::email(const QString& text) {
    const QString address = text.trimmed();
    const auto fail = [] {
        return Result<QString>::fail(
            tr("This is not an email address. It should look like name@example.org, with no "
               "spaces: check the @ and the part after it."));
    };
    const qsizetype at = address.lastIndexOf(u'@');
    if (at <= 0 || address.count(u'@') != 1 || address.size() > 254)
        return fail();
    const QString local = address.left(at);
    const QString domain = address.mid(at + 1).toLower();
    static const QRegularExpression localFormat(
        QStringLiteral("^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$"));
    static const QRegularExpression domainFormat(
        QStringLiteral("^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z][a-z0-9-]*[a-z0-9]$"));
    if (local.size() > 64 || !localFormat.match(local).hasMatch() ||
        !domainFormat.match(domain).hasMatch())
        return fail();
    return Result<QString>::ok(local + u'@' + domain);
}

std::optional<QDate> FieldChecks::parseDate(const QString& text) {
    const QString trimmed = text.trimmed();
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    static const QRegularExpression british(
        QStringLiteral("^(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})$"));
    QDate date;
    if (const auto match = iso.match(trimmed); match.hasMatch())
        date =
            QDate(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    else if (const auto uk = british.match(trimmed); uk.hasMatch())
        date = QDate(uk.captured(3).toInt(), uk.captured(2).toInt(), uk.captured(1).toInt());
    if (!date.isValid())
        return std::nullopt;
    return date;
}

Result<QDate> FieldChecks::dateOfBirth(const QString& text, const QDate& today) {
    const auto date = parseDate(text);
    if (!date)
        return Result<QDate>::fail(
            tr("This is not a date of birth Kith can read. Write it as day/month/year, like "
               "04/03/2019 (or 2019-03-04), and check that the day exists."));
    if (*date > today)
        return Result<QDate>::fail(
            tr("The date of birth is in the future. Check the year; for a baby not yet born, "
               "tick \"unborn baby\" and give the expected date of delivery instead."));
    if (*date < today.addYears(-120))
        return Result<QDate>::fail(
            tr("The date of birth is more than 120 years ago. Check the year."));
    return Result<QDate>::ok(*date);
}

Result<QDate> FieldChecks::expectedDelivery(const QString& text, const QDate& today) {
    const auto date = parseDate(text);
    if (!date)
        return Result<QDate>::fail(
            tr("This is not an expected date of delivery Kith can read. Write it as "
               "day/month/year, like 14/02/2027 (or 2027-02-14)."));
    if (*date < today)
        return Result<QDate>::fail(
            tr("The expected date of delivery has passed. If the baby has been born, untick "
               "\"unborn baby\" and give the date of birth instead."));
    if (*date > today.addMonths(10))
        return Result<QDate>::fail(
            tr("The expected date of delivery is more than 10 months away. Check the month and "
               "the year."));
    return Result<QDate>::ok(*date);
}

} // namespace kith::registration
