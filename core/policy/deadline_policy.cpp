#include "policy/deadline_policy.h"

#include <QFile>

namespace kith::policy {

QStringList knownEventKinds() {
    return {QStringLiteral("request_received"),
            QStringLiteral("direction_decided"),
            QStringLiteral("screened"),
            QStringLiteral("further_screened"),
            QStringLiteral("allocated"),
            QStringLiteral("first_contact"),
            QStringLiteral("assessment_started"),
            QStringLiteral("assessment_completed"),
            QStringLiteral("plan_agreed"),
            QStringLiteral("plan_circulated"),
            QStringLiteral("review_held"),
            QStringLiteral("taf_held"),
            QStringLiteral("child_seen"),
            QStringLiteral("visit_happened"),
            QStringLiteral("visit_entered"),
            QStringLiteral("visit_written_up"),
            QStringLiteral("chronology_reviewed"),
            QStringLiteral("supervision_held"),
            QStringLiteral("audit_done"),
            QStringLiteral("episode_opened"),
            QStringLiteral("episode_closed")};
}

namespace {

constexpr DurationUnit kUnits[] = {DurationUnit::Hours, DurationUnit::WorkingDays,
                                   DurationUnit::CalendarDays, DurationUnit::Weeks,
                                   DurationUnit::Months};
constexpr Responsible kResponsibles[] = {Responsible::LeadProfessional, Responsible::Manager,
                                         Responsible::Recorder};

} // namespace

QString unitCode(DurationUnit unit) {
    switch (unit) {
    case DurationUnit::Hours:
        return QStringLiteral("hours");
    case DurationUnit::WorkingDays:
        return QStringLiteral("working_days");
    case DurationUnit::CalendarDays:
        return QStringLiteral("calendar_days");
    case DurationUnit::Weeks:
        return QStringLiteral("weeks");
    case DurationUnit::Months:
        return QStringLiteral("months");
    }
    return {};
}

std::optional<DurationUnit> unitFromCode(const QString& code) {
    for (DurationUnit unit : kUnits) {
        if (unitCode(unit) == code)
            return unit;
    }
    return std::nullopt;
}

QString responsibleCode(Responsible who) {
    switch (who) {
    case Responsible::LeadProfessional:
        return QStringLiteral("lead_professional");
    case Responsible::Manager:
        return QStringLiteral("manager");
    case Responsible::Recorder:
        return QStringLiteral("recorder");
    }
    return {};
}

std::optional<Responsible> responsibleFromCode(const QString& code) {
    for (Responsible who : kResponsibles) {
        if (responsibleCode(who) == code)
            return who;
    }
    return std::nullopt;
}

Duration DeadlineRule::dueFor(const QSet<QString>& facts) const {
    if (condition && facts.contains(condition->fact))
        return condition->due;
    return due;
}

const DeadlineRule* DeadlinePolicy::rule(const QString& id) const {
    for (const DeadlineRule& candidate : rules) {
        if (candidate.id == id)
            return &candidate;
    }
    return nullptr;
}

QList<const DeadlineRule*> DeadlinePolicy::rulesStartedBy(const QString& eventKind) const {
    QList<const DeadlineRule*> started;
    for (const DeadlineRule& candidate : rules) {
        if (candidate.startEvent == eventKind ||
            (candidate.repeats && candidate.stopEvent == eventKind))
            started.append(&candidate);
    }
    return started;
}

QStringList DeadlinePolicy::presetNames() {
    return {QStringLiteral("hackney"), QStringLiteral("torbay"), QStringLiteral("westminster")};
}

Result<DeadlinePolicy> DeadlinePolicy::preset(const QString& name) {
    if (!presetNames().contains(name))
        return Result<DeadlinePolicy>::fail(
            tr("There is no deadline policy called \"%1\"; the presets are %2.")
                .arg(name, presetNames().join(QStringLiteral(", "))));
    const QString path = QStringLiteral(":/policies/%1.json").arg(name);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<DeadlinePolicy>::fail(
            tr("%1 cannot be read; Kith was built without its policy presets.").arg(path));
    return fromJson(file.readAll(), path);
}

} // namespace kith::policy
