#include "meeting/icalendar.h"
#include "meeting/meeting_invitation.h"
#include "meeting_fixture.h"

#include <QMultiMap>
#include <catch2/catch.hpp>

using namespace kith;
using namespace kith::meeting;
using testing::utc;

namespace {

// A small reader written from RFC 5545 3.1 and 3.3.11, independent of the writer: unfolds
// (CRLF + one space or tab), splits "NAME;PARAMS:VALUE", and unescapes TEXT.
struct Property {
    QString name;
    QString params;
    QString value;
};

QString unescape(const QString& text) {
    QString plain;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'\\' && i + 1 < text.size()) {
            const QChar next = text.at(++i);
            plain += (next == u'n' || next == u'N') ? QChar(u'\n') : next;
        } else {
            plain += text.at(i);
        }
    }
    return plain;
}

QList<Property> parse(const QByteArray& ics) {
    QByteArray unfolded = ics;
    unfolded.replace("\r\n ", "").replace("\r\n\t", "");
    QList<Property> properties;
    for (const QByteArray& raw : unfolded.split('\n')) {
        if (raw.isEmpty())
            continue;
        const QString line = QString::fromUtf8(raw.chopped(1)); // the CR
        // The value starts at the first colon outside a quoted parameter value.
        bool quoted = false;
        qsizetype colon = -1;
        for (qsizetype i = 0; i < line.size() && colon < 0; ++i) {
            if (line.at(i) == u'"')
                quoted = !quoted;
            else if (line.at(i) == u':' && !quoted)
                colon = i;
        }
        const QString head = line.left(colon);
        const qsizetype semicolon = head.indexOf(u';');
        properties.append({semicolon < 0 ? head : head.left(semicolon),
                           semicolon < 0 ? QString() : head.mid(semicolon + 1),
                           line.mid(colon + 1)});
    }
    return properties;
}

QStringList valuesOf(const QList<Property>& properties, const QString& name) {
    QStringList values;
    for (const Property& property : properties) {
        if (property.name == name)
            values.append(property.value);
    }
    return values;
}

} // namespace

TEST_CASE("Text values are escaped as RFC 5545 says", "[meeting][ical]") {
    CHECK(ICalendar::escapeText(QStringLiteral("Room 2, Hub; back door\nRing bell \\ wait")) ==
          QStringLiteral("Room 2\\, Hub\\; back door\\nRing bell \\\\ wait"));
    CHECK(ICalendar::escapeText(QStringLiteral("a\r\nb")) == QStringLiteral("a\\nb"));
    CHECK(ICalendar::utcStamp(QDateTime(QDate(2026, 7, 1), QTime(9, 5), Qt::OffsetFromUTC, 3600)) ==
          QStringLiteral("20260701T080500Z"));
}

TEST_CASE("Long lines fold at 75 octets and never split a UTF-8 character", "[meeting][ical]") {
    // Two- and three-byte characters placed so that byte 75 falls inside one of them.
    const QString value = QStringLiteral("LOCATION:") + QString(40, u'é') + QString(30, u'☕') +
                          QStringLiteral(" Café Ünïcode end");
    const QByteArray utf8 = value.toUtf8();
    const QByteArray folded = ICalendar::foldLine(utf8);
    CHECK(folded.endsWith("\r\n"));
    const QList<QByteArray> lines = folded.chopped(2).split('\n');
    REQUIRE(lines.size() > 2);
    QByteArray joined;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QByteArray line = lines.at(i);
        if (i + 1 < lines.size()) {
            REQUIRE(line.endsWith('\r'));
            line.chop(1);
        }
        CHECK(line.size() <= 75);
        if (i > 0) {
            REQUIRE(line.startsWith(' '));
            line.remove(0, 1);
        }
        // Each physical line is valid UTF-8 on its own: no character was cut.
        CHECK(QString::fromUtf8(line).toUtf8() == line);
        CHECK_FALSE(QString::fromUtf8(line).contains(QChar::ReplacementCharacter));
        joined += line;
    }
    CHECK(joined == utf8);
    CHECK(ICalendar::foldLine("SHORT:1") == QByteArray("SHORT:1\r\n"));
}

TEST_CASE("A meeting invitation is a complete RFC 5545 request", "[meeting][ical]") {
    testing::MeetingFixture fixture;
    const QString id = fixture.meetingOn(utc(2026, 12, 3, 9, 30), MeetingKind::Review);
    REQUIRE(fixture.meetings->reschedule(
        id, utc(2026, 12, 3, 9, 30), 90,
        QStringLiteral("Harbourside Family Hub, Room 2; ask at reception\nLift at the back, "
                       "step-free — ©️ Ünïcode café")));
    const auto meeting = fixture.meetings->load(id);
    const auto invitation = MeetingInvitation::build(*fixture.store.database, *meeting);
    REQUIRE(invitation);
    const QByteArray ics = ICalendar::invitation(invitation.value());

    // CRLF line ends only, and no line over 75 octets.
    CHECK(ics.endsWith("\r\n"));
    CHECK(ics.count('\n') == ics.count("\r\n"));
    CHECK(ics.count('\r') == ics.count("\r\n"));
    for (const QByteArray& line : ics.split('\n'))
        CHECK(line.chopped(line.endsWith('\r') ? 1 : 0).size() <= 75);

    const QList<Property> properties = parse(ics);
    REQUIRE(properties.size() > 10);
    CHECK(properties.front().name == QStringLiteral("BEGIN"));
    CHECK(properties.front().value == QStringLiteral("VCALENDAR"));
    CHECK(properties.back().name == QStringLiteral("END"));
    CHECK(valuesOf(properties, QStringLiteral("BEGIN")) ==
          QStringList{QStringLiteral("VCALENDAR"), QStringLiteral("VEVENT")});
    CHECK(valuesOf(properties, QStringLiteral("VERSION")) == QStringList{QStringLiteral("2.0")});
    CHECK(valuesOf(properties, QStringLiteral("PRODID")).size() == 1);
    CHECK(valuesOf(properties, QStringLiteral("METHOD")) == QStringList{QStringLiteral("REQUEST")});
    CHECK(valuesOf(properties, QStringLiteral("UID")) == QStringList{id + QStringLiteral("@kith")});
    CHECK(valuesOf(properties, QStringLiteral("DTSTAMP")) ==
          QStringList{QStringLiteral("20261125T103000Z")});
    CHECK(valuesOf(properties, QStringLiteral("DTSTART")) ==
          QStringList{QStringLiteral("20261203T093000Z")});
    CHECK(valuesOf(properties, QStringLiteral("DTEND")) ==
          QStringList{QStringLiteral("20261203T110000Z")});
    const QString location = unescape(valuesOf(properties, QStringLiteral("LOCATION")).value(0));
    CHECK(location == meeting->place);

    // Privacy: the summary names the kind of meeting and the family's initials only.
    const QString summary = unescape(valuesOf(properties, QStringLiteral("SUMMARY")).value(0));
    CHECK(summary.startsWith(QStringLiteral("TAF review meeting")));
    CHECK(summary.contains(QStringLiteral("K.")));
    CHECK_FALSE(ics.contains("Khan"));
    CHECK_FALSE(ics.contains("Amira"));

    const QStringList organizer = valuesOf(properties, QStringLiteral("ORGANIZER"));
    CHECK(organizer == QStringList{QStringLiteral("mailto:helen.marsh@example.org")});
    // Professionals with an email are invited; the school nurse has none, family members
    // are not put into professionals' calendars.
    const QStringList attendees = valuesOf(properties, QStringLiteral("ATTENDEE"));
    CHECK(attendees == QStringList{QStringLiteral("mailto:helen.marsh@example.org")});
    for (const Property& property : properties) {
        if (property.name == QLatin1String("ATTENDEE"))
            CHECK(property.params.contains(QStringLiteral("CN=\"Helen Marsh\"")));
    }
    // The description's agenda survives escaping of its line breaks.
    const QString description =
        unescape(valuesOf(properties, QStringLiteral("DESCRIPTION")).value(0));
    CHECK(description.split(u'\n').size() == 9);
}

TEST_CASE("An invitation needs an organiser with an email address", "[meeting][ical]") {
    testing::MeetingFixture fixture;
    const QString id = fixture.meetings
                           ->schedule({fixture.familyId, MeetingKind::First, utc(2026, 12, 3), 60,
                                       QStringLiteral("Home"), fixture.schoolNurseId})
                           .value();
    const auto refused =
        MeetingInvitation::build(*fixture.store.database, *fixture.meetings->load(id));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().contains(QStringLiteral("email")));
}
