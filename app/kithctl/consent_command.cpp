// kithctl consent: a family's consent as it stands, and the one question every export asks:
// may this be shared with them?
#include "cli.h"
#include "consent/consent_rules.h"
#include "consent/consent_store.h"
#include "consent/family_people.h"
#include "open_store.h"

#include <QJsonArray>
#include <QJsonObject>

namespace kithctl {
namespace {

using namespace kith::consent;

QString iso(const QDate& day) {
    return day.toString(Qt::ISODate);
}

QJsonValue personJson(const FamilyPeople& people, const QString& id) {
    const kith::Person* person = people.person(id);
    if (id.isEmpty())
        return QJsonValue::Null;
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("name"), person ? person->fullName() : QString()}};
}

QJsonObject subjectJson(const SubjectConsent& subject, const FamilySharing& family,
                        int reviewMonths, const QDate& today) {
    const QString state = subject.withdrawal ? QStringLiteral("withdrawn")
                          : subject.current  ? QStringLiteral("given")
                                             : QStringLiteral("none");
    QJsonObject object{{QStringLiteral("state"), state},
                       {QStringLiteral("records"), subject.recordCount}};
    if (!subject.subjectPersonId.isEmpty())
        object.insert(QStringLiteral("person"),
                      personJson(family.people(), subject.subjectPersonId));
    if (subject.current) {
        const ConsentRecord& current = *subject.current;
        QJsonArray agencies;
        for (const AgencyChoice& choice : current.agencies)
            agencies.append(QJsonObject{{QStringLiteral("id"), choice.agencyKey},
                                        {QStringLiteral("name"), choice.agencyName},
                                        {QStringLiteral("share"), choice.share}});
        object.insert(QStringLiteral("given_on"), iso(current.givenOn));
        object.insert(QStringLiteral("method"), methodCode(current.method));
        object.insert(QStringLiteral("given_by"),
                      personJson(family.people(), current.givenByPersonId));
        object.insert(QStringLiteral("obtained_by"), current.obtainedById);
        object.insert(QStringLiteral("signed"), !current.signature.isEmpty());
        object.insert(QStringLiteral("to_record"), current.toRecord);
        object.insert(QStringLiteral("to_store"), current.toStore);
        object.insert(QStringLiteral("agencies"), agencies);
        object.insert(QStringLiteral("last_confirmed"), iso(subject.lastConfirmed));
        object.insert(QStringLiteral("review_due_on"), iso(subject.reviewDueOn(reviewMonths)));
        object.insert(QStringLiteral("review_overdue"), subject.reviewOverdue(today, reviewMonths));
        if (!current.competenceNote.isEmpty())
            object.insert(QStringLiteral("competence_note"), current.competenceNote);
    }
    if (subject.withdrawal)
        object.insert(QStringLiteral("withdrawn_on"), iso(subject.withdrawal->givenOn));
    return object;
}

QJsonObject audienceJson(AudienceKind kind, const QString& id, const QString& name) {
    return {{QStringLiteral("kind"), audienceKindCode(kind)},
            {QStringLiteral("id"), id},
            {QStringLiteral("name"), name}};
}

int showConsent(const Invocation& invocation, const FamilySharing& family,
                const HubAgencies& agencies, const QDate& today) {
    const int months = agencies.reviewMonths();
    const ConsentHistory& history = family.history();
    QJsonArray young;
    for (const SubjectConsent& own : family.state().youngPeople())
        young.append(subjectJson(own, family, months, today));
    QJsonArray restrictions;
    for (const Restriction& r : history.restrictions)
        restrictions.append(QJsonObject{
            {QStringLiteral("id"), r.id},
            {QStringLiteral("category"), categoryCode(r.category)},
            {QStringLiteral("about"), personJson(family.people(), r.aboutPersonId)},
            {QStringLiteral("audience"),
             audienceJson(r.audienceKind, r.audienceId, r.audienceName)},
            {QStringLiteral("family_words"), r.familyWords},
            {QStringLiteral("recorded_on"), iso(r.recordedOn)},
            {QStringLiteral("in_force"), r.inForceOn(today)},
            {QStringLiteral("lifted_on"), r.liftedOn.isValid() ? iso(r.liftedOn) : QJsonValue()}});
    QJsonArray overrides;
    for (const SafeguardingOverride& o : history.overrides)
        overrides.append(QJsonObject{{QStringLiteral("id"), o.id},
                                     {QStringLiteral("restriction_id"), o.restrictionId},
                                     {QStringLiteral("category"), categoryCode(o.category)},
                                     {QStringLiteral("audience"),
                                      audienceJson(o.audienceKind, o.audienceId, o.audienceName)},
                                     {QStringLiteral("reason"), o.reason},
                                     {QStringLiteral("decided_by"), o.decidedById},
                                     {QStringLiteral("decided_on"), iso(o.decidedOn)},
                                     {QStringLiteral("in_force"), o.inForceOn(today)}});
    QJsonArray records;
    for (const ConsentRecord& record : history.records)
        records.append(
            QJsonObject{{QStringLiteral("id"), record.id},
                        {QStringLiteral("event"), eventCode(record.event)},
                        {QStringLiteral("date"), iso(record.givenOn)},
                        {QStringLiteral("method"), methodCode(record.method)},
                        {QStringLiteral("for"),
                         record.isForFamily() ? QStringLiteral("family") : record.subjectPersonId},
                        {QStringLiteral("signed"), !record.signature.isEmpty()}});
    if (invocation.json()) {
        invocation.printJson(QJsonDocument(QJsonObject{
            {QStringLiteral("family_id"), family.familyId()},
            {QStringLiteral("hub"), agencies.hub()},
            {QStringLiteral("family"), subjectJson(family.state().family(), family, months, today)},
            {QStringLiteral("young_people"), young},
            {QStringLiteral("restrictions"), restrictions},
            {QStringLiteral("overrides"), overrides},
            {QStringLiteral("history"), records}}));
        return Success;
    }
    const SubjectConsent& consent = family.state().family();
    if (consent.withdrawal)
        invocation.print(
            Invocation::tr("Consent withdrawn on %1.").arg(iso(consent.withdrawal->givenOn)));
    else if (!consent.current)
        invocation.print(Invocation::tr("No consent has been recorded for this family."));
    else {
        invocation.print(
            Invocation::tr("Consent given (%1), last confirmed %2%3.")
                .arg(ConsentLabels::method(consent.current->method), iso(consent.lastConfirmed),
                     consent.reviewOverdue(today, months) ? Invocation::tr(": review overdue")
                                                          : QString()));
        for (const AgencyChoice& choice : consent.current->agencies)
            invocation.print(QStringLiteral("  %1 %2").arg(
                choice.share ? Invocation::tr("share   ") : Invocation::tr("no share"),
                choice.agencyName));
    }
    for (const Restriction& r : history.restrictions) {
        if (r.inForceOn(today))
            invocation.print(
                Invocation::tr("Not to %1: %2 (\u201c%3\u201d)")
                    .arg(r.audienceName, ConsentLabels::category(r.category), r.familyWords));
    }
    return Success;
}

// --with names a hub agency (id or name), a professional id, or a member of the family.
std::optional<Audience> resolveAudience(const FamilySharing& family, const HubAgencies& agencies,
                                        const kith::Database& database, const QString& with) {
    if (const HubAgency* agency = agencies.find(with))
        return Audience::agency(agency->key);
    if (loadProfessional(database.connection(), with))
        return Audience::professional(with);
    if (family.people().person(with))
        return Audience::person(with);
    return std::nullopt;
}

int mayShare(Invocation& invocation, const kith::Database& database, const FamilySharing& family,
             const HubAgencies& agencies, const QString& with, const QString& what,
             const QString& about, const std::optional<QString>& purpose) {
    const auto category = categoryFromCode(what);
    if (!category) {
        QStringList codes;
        for (Category known : allCategories())
            codes.append(categoryCode(known));
        return invocation.fail(
            Invocation::tr("--what must be one of: %1.").arg(codes.join(QStringLiteral(", "))),
            UsageError);
    }
    if (!about.isEmpty() && !family.people().person(about))
        return invocation.fail(Invocation::tr("--about must name a person in this family."));
    const auto audience = resolveAudience(family, agencies, database, with);
    if (!audience) {
        QStringList names;
        for (const HubAgency& agency : agencies.agencies())
            names.append(QStringLiteral("%1 (%2)").arg(agency.key, agency.name));
        return invocation.fail(
            Invocation::tr("\"%1\" is not one of the hub's agencies, a professional's id or a "
                           "member of this family. The hub's agencies are: %2.")
                .arg(with, names.join(QStringLiteral("; "))));
    }
    const Information information{*category, about};
    const Decision decision = family.mayShare(information, *audience);
    QString logged;
    if (purpose) {
        ConsentStore store(database, agencies);
        store.setActor(QStringLiteral("kithctl"));
        const auto entry =
            store.logDecision(family.logEntry(information, *audience, decision, *purpose));
        if (!entry)
            return invocation.fail(entry.error());
        logged = entry.value();
    }
    if (invocation.json()) {
        QJsonObject object{
            {QStringLiteral("allowed"), decision.allowed},
            {QStringLiteral("basis"), decision.basisCode()},
            {QStringLiteral("reason"), decision.reason},
            {QStringLiteral("audience"),
             audienceJson(audience->kind, audience->id, family.audienceName(*audience))},
            {QStringLiteral("what"),
             QJsonObject{
                 {QStringLiteral("category"), what},
                 {QStringLiteral("about"), about.isEmpty() ? QJsonValue() : QJsonValue(about)}}},
            {QStringLiteral("restriction_id"),
             decision.restrictionId.isEmpty() ? QJsonValue() : QJsonValue(decision.restrictionId)},
            {QStringLiteral("override_id"),
             decision.overrideId.isEmpty() ? QJsonValue() : QJsonValue(decision.overrideId)},
            {QStringLiteral("logged"), logged.isEmpty() ? QJsonValue() : QJsonValue(logged)}};
        invocation.printJson(QJsonDocument(object));
    } else {
        invocation.print((decision.allowed ? Invocation::tr("May share: %1")
                                           : Invocation::tr("Must not share: %1"))
                             .arg(decision.reason));
    }
    return Success;
}

} // namespace

int runConsent(Invocation& invocation) {
    const std::optional<QString> familyId = invocation.takeOption(QStringLiteral("--family"));
    const std::optional<QString> with = invocation.takeOption(QStringLiteral("--with"));
    const QString what =
        invocation.takeOption(QStringLiteral("--what")).value_or(QStringLiteral("everything"));
    const QString about = invocation.takeOption(QStringLiteral("--about")).value_or(QString());
    const std::optional<QString> purpose = invocation.takeOption(QStringLiteral("--purpose"));
    if (!invocation.requireDb() || !invocation.checkNoOptionsLeft())
        return invocation.fail(invocation.usageProblem(), UsageError);
    const QStringList words = invocation.positional();
    const QString step = words.value(0);
    const bool understood =
        words.size() == 1 && familyId &&
        (step == QLatin1String("show") || (step == QLatin1String("may-share") && with));
    if (!understood)
        return invocation.fail(
            Invocation::tr("Use: kithctl --db FILE consent show --family ID [--json]\n"
                           "     kithctl --db FILE consent may-share --family ID --with AGENCY "
                           "[--what CATEGORY] [--about PERSON_ID] [--purpose WHY] [--json]"),
            UsageError);
    const auto database = openStore(invocation);
    if (!database)
        return Failure;
    const auto agencies = HubAgencies::forStore(*database);
    if (!agencies)
        return invocation.fail(agencies.error());
    const ConsentRules rules(*database, agencies.value());
    const FamilySharing family = rules.forFamily(*familyId);
    if (!family.people().familyExists())
        return invocation.fail(Invocation::tr("There is no family with the id %1.").arg(*familyId));
    if (step == QLatin1String("show"))
        return showConsent(invocation, family, agencies.value(), database->clock().today());
    return mayShare(invocation, *database, family, agencies.value(), *with, what, about, purpose);
}

} // namespace kithctl
