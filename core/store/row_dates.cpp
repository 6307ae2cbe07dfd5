#include "store/row_dates.h"

namespace kith::store {
namespace {

// The number written in `count` decimal digits from `from`; -1 if one is not a digit.
int digits(QStringView text, qsizetype from, qsizetype count) {
    int number = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        number = number * 10 + (c - u'0');
    }
    return number;
}

} // namespace

bool readStoredDate(QStringView text, QDate& date) {
    if (text.size() != 10 || text[4] != u'-' || text[7] != u'-')
        return false;
    const int year = digits(text, 0, 4), month = digits(text, 5, 2), day = digits(text, 8, 2);
    if (year < 1 || month < 0 || day < 0)
        return false;
    // An impossible day (30 February) gives an invalid date, as QDate::fromString does.
    date = QDate(year, month, day);
    return true;
}

bool readStoredMoment(QStringView text, QDateTime& moment) {
    // 2026-11-25T10:30:00.000Z
    if (text.size() != 24 || text[10] != u'T' || text[13] != u':' || text[16] != u':' ||
        text[19] != u'.' || text[23] != u'Z')
        return false;
    QDate date;
    if (!readStoredDate(text.first(10), date) || !date.isValid())
        return false;
    const int hour = digits(text, 11, 2), minute = digits(text, 14, 2),
              second = digits(text, 17, 2), ms = digits(text, 20, 3);
    const QTime time(hour, minute, second, ms);
    // Digits that are no time of day (24:00, 10:61) are left to Qt's own reading of them.
    if (hour < 0 || minute < 0 || second < 0 || ms < 0 || !time.isValid())
        return false;
    moment = QDateTime(date, time, Qt::UTC);
    return true;
}

} // namespace kith::store
