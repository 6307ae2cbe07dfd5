#pragma once

#include "meeting/meeting_model.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace kith::meeting {

// Who the invitation is from and to. Attendees without an email address are not listed
// (RFC 5545 needs a calendar address for each ATTENDEE).
struct InvitationPerson {
    QString name;
    QString email;
};

struct Invitation {
    QString uid;     // stable across re-sends: "<meeting id>@kith"
    QString summary; // never the family's full name: e.g. "TAF review meeting (J.S.)"
    QString description;
    QString location;
    QDateTime startsAt; // UTC
    QDateTime endsAt;   // UTC
    QDateTime stamp;    // DTSTAMP: when the invitation was made (UTC)
    int sequence = 0;
    bool cancelled = false;
    InvitationPerson organizer;
    QList<InvitationPerson> attendees;
};

// RFC 5545 text: CRLF line ends, lines folded at 75 octets without splitting a UTF-8
// sequence, TEXT values escaped, times in UTC ("Z").
class ICalendar {
    Q_DECLARE_TR_FUNCTIONS(kith::meeting::ICalendar)

public:
    // A VCALENDAR with METHOD:REQUEST (CANCEL when cancelled) and one VEVENT.
    static QByteArray invitation(const Invitation& invitation);
    // Family initials for the summary: "Smith family" -> "S.", "Jo Smith" -> "J.S."
    static QString initialsOf(const QString& name);
    static QString summaryFor(MeetingKind kind, const QString& familyName);

    // Building blocks, public for tests.
    static QString escapeText(const QString& text);
    static QByteArray foldLine(const QByteArray& utf8Line); // adds CRLF (and folds)
    static QString utcStamp(const QDateTime& moment);       // 20261125T103000Z
};

} // namespace kith::meeting
