#include "journey/journey_model.h"

#include "util/code_table.h"

namespace kith::journey {
namespace {

constexpr std::array<std::pair<Stage, const char*>, 9> kStages{{
    {Stage::Request, "request"},
    {Stage::Screened, "screened"},
    {Stage::Allocated, "allocated"},
    {Stage::Contacted, "contacted"},
    {Stage::Assessing, "assessing"},
    {Stage::Assessed, "assessed"},
    {Stage::Planned, "planned"},
    {Stage::Reviewing, "reviewing"},
    {Stage::Closed, "closed"},
}};

constexpr std::array<std::pair<ResponseRequested, const char*>, 2> kResponses{{
    {ResponseRequested::EarlyHelp, "early_help"},
    {ResponseRequested::Safeguarding, "safeguarding"},
}};

constexpr std::array<std::pair<ScreeningOutcome, const char*>, 3> kOutcomes{{
    {ScreeningOutcome::Advice, "advice"},
    {ScreeningOutcome::Signposting, "signposting"},
    {ScreeningOutcome::Allocation, "allocation"},
}};

constexpr std::array<std::pair<ClosureReason, const char*>, 8> kClosures{{
    {ClosureReason::NeedsMet, "needs_met"},
    {ClosureReason::ConsentWithdrawn, "consent_withdrawn"},
    {ClosureReason::MovedAway, "moved_away"},
    {ClosureReason::Disengaged, "disengaged"},
    {ClosureReason::SteppedUp, "stepped_up"},
    {ClosureReason::SteppedDown, "stepped_down"},
    {ClosureReason::AdviceGiven, "advice_given"},
    {ClosureReason::Signposted, "signposted"},
}};

constexpr std::array<std::pair<ContactMethod, const char*>, 6> kMethods{{
    {ContactMethod::HomeVisit, "home_visit"},
    {ContactMethod::FaceToFace, "face_to_face"},
    {ContactMethod::Phone, "phone"},
    {ContactMethod::Letter, "letter"},
    {ContactMethod::Email, "email"},
    {ContactMethod::Text, "text"},
}};

} // namespace

QString stageCode(Stage stage) {
    return codeOf(kStages, stage);
}
std::optional<Stage> stageFromCode(const QString& code) {
    return valueOf(kStages, code);
}
QString responseCode(ResponseRequested response) {
    return codeOf(kResponses, response);
}
std::optional<ResponseRequested> responseFromCode(const QString& code) {
    return valueOf(kResponses, code);
}
QString screeningCode(ScreeningOutcome outcome) {
    return codeOf(kOutcomes, outcome);
}
std::optional<ScreeningOutcome> screeningFromCode(const QString& code) {
    return valueOf(kOutcomes, code);
}
QString closureCode(ClosureReason reason) {
    return codeOf(kClosures, reason);
}
std::optional<ClosureReason> closureFromCode(const QString& code) {
    return valueOf(kClosures, code);
}
QString methodCode(ContactMethod method) {
    return codeOf(kMethods, method);
}
std::optional<ContactMethod> methodFromCode(const QString& code) {
    return valueOf(kMethods, code);
}

bool isVisit(ContactMethod method) {
    return method == ContactMethod::HomeVisit || method == ContactMethod::FaceToFace;
}

QString JourneyLabels::stage(Stage stage) {
    switch (stage) {
    case Stage::Request:
        return tr("Request for support");
    case Stage::Screened:
        return tr("Screened, waiting for a lead professional");
    case Stage::Allocated:
        return tr("Lead professional named");
    case Stage::Contacted:
        return tr("First contact made");
    case Stage::Assessing:
        return tr("Assessment under way");
    case Stage::Assessed:
        return tr("Assessment complete");
    case Stage::Planned:
        return tr("Plan agreed");
    case Stage::Reviewing:
        return tr("Plan being reviewed");
    case Stage::Closed:
        return tr("Closed");
    }
    return {};
}

QString JourneyLabels::closure(ClosureReason reason) {
    switch (reason) {
    case ClosureReason::NeedsMet:
        return tr("Needs met");
    case ClosureReason::ConsentWithdrawn:
        return tr("Family withdrew consent");
    case ClosureReason::MovedAway:
        return tr("Moved out of the area");
    case ClosureReason::Disengaged:
        return tr("Family stopped taking part");
    case ClosureReason::SteppedUp:
        return tr("Stepped up to children's social care");
    case ClosureReason::SteppedDown:
        return tr("Stepped down to universal support");
    case ClosureReason::AdviceGiven:
        return tr("Advice and guidance given");
    case ClosureReason::Signposted:
        return tr("Signposted to universal services");
    }
    return {};
}

QString JourneyLabels::method(ContactMethod method) {
    switch (method) {
    case ContactMethod::HomeVisit:
        return tr("Home visit");
    case ContactMethod::FaceToFace:
        return tr("Face to face");
    case ContactMethod::Phone:
        return tr("Phone");
    case ContactMethod::Letter:
        return tr("Letter");
    case ContactMethod::Email:
        return tr("Email");
    case ContactMethod::Text:
        return tr("Text message");
    }
    return {};
}

QString JourneyLabels::screening(ScreeningOutcome outcome) {
    switch (outcome) {
    case ScreeningOutcome::Advice:
        return tr("Advice and guidance");
    case ScreeningOutcome::Signposting:
        return tr("Signposting");
    case ScreeningOutcome::Allocation:
        return tr("Allocation to a lead professional");
    }
    return {};
}

QString JourneyLabels::event(const QString& kind) {
    static const std::array<std::pair<const char*, const char*>, 16> kEvents{{
        {"episode_opened", QT_TR_NOOP("Request for support received")},
        {"request_received", QT_TR_NOOP("Request for support received")},
        {"direction_decided", QT_TR_NOOP("Manager decided the direction")},
        {"screened", QT_TR_NOOP("Screening done")},
        {"further_screened", QT_TR_NOOP("Further Early Help screening done")},
        {"allocated", QT_TR_NOOP("Lead professional allocated")},
        {"first_contact", QT_TR_NOOP("First contact with the family")},
        {"assessment_started", QT_TR_NOOP("Assessment started")},
        {"assessment_completed", QT_TR_NOOP("Assessment completed")},
        {"plan_agreed", QT_TR_NOOP("Plan agreed")},
        {"plan_circulated", QT_TR_NOOP("Plan sent to everyone in the meeting")},
        {"review_held", QT_TR_NOOP("Plan reviewed")},
        {"taf_held", QT_TR_NOOP("Team Around the Family meeting held")},
        {"audit_done", QT_TR_NOOP("Plan audited")},
        {"chronology_reviewed", QT_TR_NOOP("Chronology reviewed")},
        {"episode_closed", QT_TR_NOOP("Early Help closed")},
    }};
    for (const auto& [code, label] : kEvents) {
        if (kind == QLatin1String(code))
            return tr(label);
    }
    return kind;
}

} // namespace kith::journey
