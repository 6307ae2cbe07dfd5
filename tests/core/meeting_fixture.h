#pragma once

// A family with a first TAF meeting on the diary, shared by the meeting tests.

#include "meeting/meeting_store.h"
#include "temp_store.h"

namespace kith::testing {

struct MeetingFixture {
    TempStore store;
    QString familyId;
    QString motherId;
    QString fatherId;
    QString healthVisitorId; // has an email address
    QString schoolNurseId;   // has none
    QString familyWorkerId;  // has an email address
    std::unique_ptr<meeting::MeetingStore> meetings;

    MeetingFixture() {
        const QString agencyId = store.families
                                     ->saveAgency({{},
                                                   QStringLiteral("Health Visiting Team"),
                                                   QStringLiteral("health"),
                                                   QStringLiteral("01632 960100"),
                                                   {}})
                                     .value();
        healthVisitorId = professional(agencyId, QStringLiteral("Helen Marsh"),
                                       QStringLiteral("helen.marsh@example.org"));
        schoolNurseId = professional(agencyId, QStringLiteral("Tariq Iqbal"), {});
        familyWorkerId = professional(agencyId, QStringLiteral("Ruth Ellis"),
                                      QStringLiteral("ruth.ellis@example.org"));
        const FamilyRecord record = sampleFamily();
        familyId = store.families->createFamily(record).value();
        const auto loaded = store.families->loadFamily(familyId);
        for (const Person& person : loaded->people) {
            if (person.givenName == QLatin1String("Amira"))
                motherId = person.id;
            if (person.givenName == QLatin1String("Mohammed"))
                fatherId = person.id;
        }
        meetings = std::make_unique<meeting::MeetingStore>(*store.database);
        meetings->setActor(healthVisitorId);
    }

    QString professional(const QString& agencyId, const QString& name, const QString& email) {
        return store.families
            ->saveProfessional({{},
                                agencyId,
                                name,
                                QStringLiteral("Health visitor"),
                                QStringLiteral("07700 900555"),
                                email})
            .value();
    }

    // A meeting with the mother and the health visitor present, the father's apologies and
    // the school nurse invited.
    QString meetingOn(const QDateTime& startsAt,
                      meeting::MeetingKind kind = meeting::MeetingKind::First) {
        using namespace meeting;
        const QString id =
            meetings
                ->schedule({familyId, kind, startsAt, 90, QStringLiteral("Harbourside Family Hub"),
                            healthVisitorId})
                .value();
        meetings->addAttendee(id, {{},
                                   AttendeeKind::FamilyMember,
                                   motherId,
                                   {},
                                   {},
                                   QStringLiteral("Mum"),
                                   Attendance::Present});
        meetings->addAttendee(id, {{},
                                   AttendeeKind::FamilyMember,
                                   fatherId,
                                   {},
                                   {},
                                   QStringLiteral("Dad"),
                                   Attendance::Apologies});
        meetings->addAttendee(id, {{},
                                   AttendeeKind::Professional,
                                   {},
                                   healthVisitorId,
                                   {},
                                   QStringLiteral("Health visitor"),
                                   Attendance::Present});
        meetings->addAttendee(id, {{},
                                   AttendeeKind::Professional,
                                   {},
                                   schoolNurseId,
                                   {},
                                   QStringLiteral("School nurse"),
                                   Attendance::Invited});
        return id;
    }
};

inline QDateTime utc(int year, int month, int day, int hour = 10, int minute = 0) {
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Qt::UTC);
}

} // namespace kith::testing
