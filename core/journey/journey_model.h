#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

// The journey of a family through Early Help (DOMAIN.md "The journey of a family"):
// episodes, the events that move them on, contacts and visits, case notes, the
// chronology and supervision. Times are UTC; the due engine reads them on UK clocks.
namespace kith::journey {

// The stage an episode has reached. It only moves forward, by events.
enum class Stage {
    Request,   // request for support received, not yet screened
    Screened,  // screening decided on Early Help; waiting for a lead professional
    Allocated, // lead professional named; waiting for first contact
    Contacted, // first contact or home visit made
    Assessing, // Early Help Assessment under way
    Assessed,  // assessment complete; plan not yet agreed
    Planned,   // plan agreed
    Reviewing, // at least one review held
    Closed,
};

enum class ResponseRequested { EarlyHelp, Safeguarding };
enum class ScreeningOutcome { Advice, Signposting, Allocation };
enum class ClosureReason {
    NeedsMet,
    ConsentWithdrawn,
    MovedAway,
    Disengaged,
    SteppedUp,   // to children's social care
    SteppedDown, // to universal or single-agency support
    AdviceGiven, // closed at screening with advice and guidance
    Signposted,  // closed at screening with signposting
};
enum class ContactMethod { HomeVisit, FaceToFace, Phone, Letter, Email, Text };

// Every enum is stored as a code; each code function pair round-trips.
QString stageCode(Stage stage);
std::optional<Stage> stageFromCode(const QString& code);
QString responseCode(ResponseRequested response);
std::optional<ResponseRequested> responseFromCode(const QString& code);
QString screeningCode(ScreeningOutcome outcome);
std::optional<ScreeningOutcome> screeningFromCode(const QString& code);
QString closureCode(ClosureReason reason);
std::optional<ClosureReason> closureFromCode(const QString& code);
QString methodCode(ContactMethod method);
std::optional<ContactMethod> methodFromCode(const QString& code);
// A visit is in person: only then can a child be seen.
bool isVisit(ContactMethod method);

// Words for people, in the plain English of the practice guidance.
struct JourneyLabels {
    Q_DECLARE_TR_FUNCTIONS(kith::journey::JourneyLabels)

public:
    static QString stage(Stage stage);
    static QString closure(ClosureReason reason);
    static QString method(ContactMethod method);
    static QString screening(ScreeningOutcome outcome);
    static QString event(const QString& kind);
};

// One period of Early Help for a family, from the request for support to closure. A
// family can have several over the years; at most one is open at a time.
struct Episode {
    QString id;
    QString familyId;
    QDateTime openedAt; // when the request for support was received
    QString referrer;   // who asked for help, e.g. "Parkfield Primary School" or "self"
    QString referrerAgencyId;
    bool consentGiven = false;
    ResponseRequested responseRequested = ResponseRequested::EarlyHelp;
    std::optional<ScreeningOutcome> screeningOutcome;
    Stage stage = Stage::Request;
    QString leadProfessionalId; // who is responsible for the family's deadlines
    QDateTime closedAt;
    std::optional<ClosureReason> closureReason;
    QString closureSummary; // the evidence of change
    QString exitPlan;       // the universal support the family is signposted to
    QDateTime createdAt;
    QDateTime updatedAt;
    bool isOpen() const { return stage != Stage::Closed; }
};

// Something that happened in the episode: its `kind` is one of the event kinds the
// deadline policies use ("allocated", "plan_agreed", ...). Append-only.
struct JourneyEvent {
    QString id;
    QString familyId; // filled in by the store from the episode
    QString episodeId;
    QString kind;
    QDateTime occurredAt;
    QString professionalId; // who did it, e.g. the lead professional allocated
    QString detail;
    QDateTime recordedAt;
    QString recordedBy;
};

// Whether one child was seen on a contact, and seen alone.
struct ChildSeen {
    QString id;
    QString familyId; // filled in by the store from the episode
    QString contactId;
    QString personId;
    bool seen = false;
    bool seenAlone = false;
};

// A contact with the family or a visit. Entered once, never changed; what was done
// is written up in case notes that point at it.
struct ContactRecord {
    QString id;
    QString familyId; // filled in by the store from the episode
    QString episodeId;
    ContactMethod method = ContactMethod::HomeVisit;
    QString purpose;
    QDateTime happenedAt;
    QString professionalId;
    QDateTime recordedAt;
    QString recordedBy;
    QList<ChildSeen> children;
    // Practice standard: a visit is entered within 24 hours of happening.
    bool enteredLate() const { return happenedAt.secsTo(recordedAt) > 24 * 3600; }
};

// A case note. A correction is a new note whose `amendsId` names the one it corrects.
struct CaseNote {
    QString id;
    QString familyId; // filled in by the store from the episode
    QString episodeId;
    QString contactId; // the contact it writes up, if any
    QString amendsId;
    QString body;
    QDateTime writtenAt;
    QString writtenBy;
};

// A significant event in the family's life. Entries are made by the journey (allocated,
// assessed, plan agreed, closed) or by hand; a correction amends an entry.
struct ChronologyEntry {
    enum class Source { Journey, Manual };
    QString id;
    QString familyId;
    QString episodeId;
    QDate occurredOn;
    QString summary;
    Source source = Source::Manual;
    QString eventId; // the journey event that made it
    QString amendsId;
    QDateTime recordedAt;
    QString recordedBy;
};

// Case supervision (at least 8-weekly) or a management oversight note.
struct SupervisionRecord {
    enum class Kind { Supervision, Oversight };
    QString id;
    QString familyId; // filled in by the store from the episode
    QString episodeId;
    Kind kind = Kind::Supervision;
    QDateTime heldAt;
    QString managerId;
    QString practitionerId;
    QString discussion;
    QString actions;
    QDateTime recordedAt;
    QString recordedBy;
};

} // namespace kith::journey
