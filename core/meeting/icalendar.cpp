#include "meeting/icalendar.h"

namespace kith::meeting {
namespace {

constexpr qsizetype kMaxOctets = 75; // RFC 5545 3.1, excluding the CRLF

bool isContinuationByte(char byte) {
    return (static_cast<unsigned char>(byte) & 0xC0) == 0x80;
}

// A parameter value (RFC 5545 3.2): always quoted, and a quoted value cannot hold a double
// quote or control characters, so those are dropped.
QString quotedParameter(const QString& value) {
    QString clean;
    for (const QChar c : value) {
        if (c != u'"' && c.unicode() >= 0x20 && c.unicode() != 0x7F)
            clean.append(c);
    }
    return u'"' + clean.trimmed() + u'"';
}

// A calendar address for an email: "mailto:" and nothing that could break the line.
QString mailto(const QString& email) {
    QString clean;
    for (const QChar c : email.trimmed()) {
        if (c.unicode() > 0x20 && c.unicode() < 0x7F && c != u'"' && c != u';' && c != u',')
            clean.append(c);
    }
    return QStringLiteral("mailto:") + clean;
}

class Lines {
public:
    void add(const QString& line) { m_text += ICalendar::foldLine(line.toUtf8()); }
    void add(const QString& name, const QString& value) { add(name + u':' + value); }
    QByteArray text() const { return m_text; }

private:
    QByteArray m_text;
};

} // namespace

QString ICalendar::escapeText(const QString& text) {
    QString escaped;
    escaped.reserve(text.size() + 8);
    QString normalised = text;
    normalised.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(u'\r', u'\n');
    for (const QChar c : std::as_const(normalised)) {
        switch (c.unicode()) {
        case u'\\':
            escaped += QStringLiteral("\\\\");
            break;
        case u';':
            escaped += QStringLiteral("\\;");
            break;
        case u',':
            escaped += QStringLiteral("\\,");
            break;
        case u'\n':
            escaped += QStringLiteral("\\n");
            break;
        default:
            // Other control characters are not allowed in TEXT (RFC 5545 3.3.11).
            if (c.unicode() >= 0x20 || c == u'\t')
                escaped += c;
        }
    }
    return escaped;
}

QByteArray ICalendar::foldLine(const QByteArray& line) {
    QByteArray folded;
    folded.reserve(line.size() + line.size() / 60 * 3 + 2);
    qsizetype start = 0;
    qsizetype room = kMaxOctets; // the first line has 75 octets; the rest 74 after the space
    while (line.size() - start > room) {
        qsizetype end = start + room;
        // Never cut inside a UTF-8 sequence: step back to the start of the character.
        while (end > start && isContinuationByte(line.at(end)))
            --end;
        if (end == start) // a malformed run of continuation bytes: cut where we must
            end = start + room;
        folded += line.mid(start, end - start);
        folded += "\r\n ";
        start = end;
        room = kMaxOctets - 1;
    }
    folded += line.mid(start);
    folded += "\r\n";
    return folded;
}

QString ICalendar::utcStamp(const QDateTime& moment) {
    return moment.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

QString ICalendar::initialsOf(const QString& name) {
    QString initials;
    const QStringList words = name.split(u' ', Qt::SkipEmptyParts);
    for (const QString& word : words) {
        if (word.compare(QLatin1String("family"), Qt::CaseInsensitive) == 0)
            continue;
        initials += word.at(0).toUpper();
        initials += u'.';
    }
    return initials;
}

QString ICalendar::summaryFor(MeetingKind kind, const QString& familyName) {
    const QString initials = initialsOf(familyName);
    if (initials.isEmpty())
        return kindTitle(kind);
    return tr("%1 (family %2)").arg(kindTitle(kind), initials);
}

QByteArray ICalendar::invitation(const Invitation& invitation) {
    Lines lines;
    lines.add(QStringLiteral("BEGIN"), QStringLiteral("VCALENDAR"));
    lines.add(QStringLiteral("PRODID"), QStringLiteral("-//Kith//Kith Early Help//EN"));
    lines.add(QStringLiteral("VERSION"), QStringLiteral("2.0"));
    lines.add(QStringLiteral("CALSCALE"), QStringLiteral("GREGORIAN"));
    lines.add(QStringLiteral("METHOD"),
              invitation.cancelled ? QStringLiteral("CANCEL") : QStringLiteral("REQUEST"));
    lines.add(QStringLiteral("BEGIN"), QStringLiteral("VEVENT"));
    lines.add(QStringLiteral("UID"), escapeText(invitation.uid));
    lines.add(QStringLiteral("DTSTAMP"), utcStamp(invitation.stamp));
    lines.add(QStringLiteral("DTSTART"), utcStamp(invitation.startsAt));
    lines.add(QStringLiteral("DTEND"), utcStamp(invitation.endsAt));
    lines.add(QStringLiteral("SEQUENCE"), QString::number(invitation.sequence));
    lines.add(QStringLiteral("STATUS"),
              invitation.cancelled ? QStringLiteral("CANCELLED") : QStringLiteral("CONFIRMED"));
    lines.add(QStringLiteral("SUMMARY"), escapeText(invitation.summary));
    if (!invitation.location.trimmed().isEmpty())
        lines.add(QStringLiteral("LOCATION"), escapeText(invitation.location.trimmed()));
    if (!invitation.description.trimmed().isEmpty())
        lines.add(QStringLiteral("DESCRIPTION"), escapeText(invitation.description.trimmed()));
    // Privacy: no family names go into calendars beyond the initials in the summary, and the
    // event is marked private for shared calendars.
    lines.add(QStringLiteral("CLASS"), QStringLiteral("PRIVATE"));
    if (!invitation.organizer.email.trimmed().isEmpty())
        lines.add(QStringLiteral("ORGANIZER;CN=") + quotedParameter(invitation.organizer.name) +
                  u':' + mailto(invitation.organizer.email));
    for (const InvitationPerson& person : invitation.attendees) {
        if (person.email.trimmed().isEmpty())
            continue;
        lines.add(QStringLiteral("ATTENDEE;CN=") + quotedParameter(person.name) +
                  QStringLiteral(";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:") +
                  mailto(person.email));
    }
    lines.add(QStringLiteral("END"), QStringLiteral("VEVENT"));
    lines.add(QStringLiteral("END"), QStringLiteral("VCALENDAR"));
    return lines.text();
}

} // namespace kith::meeting
