#include "consent_test_family.h"

#include <QSqlQuery>

using namespace kith;
using namespace kith::consent;
using testing::ConsentFamily;

namespace {

const QString kFamilyLives = QStringLiteral("family-lives");
const QString kHealthVisiting = QStringLiteral("clch-health-visiting");

ConsentRecord ownConsent(const ConsentFamily& f, const QDate& on, const QString& note) {
    ConsentRecord record = f.familyConsent(on, {kFamilyLives});
    record.subjectPersonId = f.youngPersonId;
    record.givenByPersonId = f.youngPersonId;
    record.competenceNote = note;
    return record;
}

int rowsIn(const ConsentFamily& f, const QString& table) {
    QSqlQuery query(f.store.database->connection());
    query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table));
    return query.next() ? query.value(0).toInt() : -1;
}

} // namespace

TEST_CASE("Nothing is shared before consent, and only with the agencies agreed",
          "[consent][rules]") {
    ConsentFamily f;
    const Decision before = f.rules->mayShare(f.familyId, {}, Audience::agency(kFamilyLives));
    CHECK_FALSE(before.allowed);
    CHECK(before.basis == Decision::Basis::NoConsent);

    REQUIRE(f.consents->record(f.familyConsent(QDate(2026, 11, 2), {kFamilyLives})));
    const FamilySharing family = f.rules->forFamily(f.familyId);
    const Decision agreed = family.mayShare({Category::Health, f.childId},
                                            Audience::agency(QStringLiteral("Family Lives")));
    CHECK(agreed.allowed);
    CHECK(agreed.basis == Decision::Basis::Consent);
    const Decision notAgreed = family.mayShare({}, Audience::agency(kHealthVisiting));
    CHECK_FALSE(notAgreed.allowed);
    CHECK(notAgreed.basis == Decision::Basis::NotAgreed);
    CHECK(notAgreed.reason.contains(QStringLiteral("Health Visiting")));

    // A professional follows their agency's answer, or works with the family.
    CHECK(family.mayShare({}, Audience::professional(f.familyLivesWorkerId)).allowed);
    const Decision school = family.mayShare({}, Audience::professional(f.schoolLeadId));
    CHECK(school.allowed);
    CHECK(school.basis == Decision::Basis::WorkingWithFamily);
    CHECK_FALSE(family.mayShare({}, Audience::professional(f.outsiderId)).allowed);
}

TEST_CASE("Verbal consent counts; written consent needs a signature", "[consent][rules]") {
    ConsentFamily f;
    ConsentRecord unsigned_ = f.familyConsent(QDate(2026, 11, 2), {kFamilyLives});
    unsigned_.signature.clear();
    const auto refused = f.consents->record(unsigned_);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().contains(QStringLiteral("signature")));
    CHECK(rowsIn(f, QStringLiteral("consent_record")) == 0);

    unsigned_.method = ConsentMethod::Verbal;
    REQUIRE(f.consents->record(unsigned_));
    const Decision verbal = f.rules->mayShare(f.familyId, {}, Audience::agency(kFamilyLives));
    CHECK(verbal.allowed);
    const auto history = f.consents->history(f.familyId);
    REQUIRE(history.records.size() == 1);
    CHECK(history.records.first().method == ConsentMethod::Verbal);
    CHECK(history.records.first().signature.isEmpty());
}

TEST_CASE("Only a parent or carer consents for the family", "[consent][rules]") {
    ConsentFamily f;
    ConsentRecord byChild = f.familyConsent(QDate(2026, 11, 2), {});
    byChild.givenByPersonId = f.youngPersonId;
    const auto refused = f.consents->record(byChild);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().contains(QStringLiteral("not a parent or carer")));
}

TEST_CASE("A young person consents for themselves from their 12th birthday",
          "[consent][rules][age]") {
    // Born 2014-11-25: 11 on 2026-11-24, 12 on 2026-11-25 (the store's today).
    ConsentFamily f(QDate(2014, 11, 25));
    const auto at11 = f.consents->record(ownConsent(f, QDate(2026, 11, 24), QStringLiteral("x")));
    REQUIRE_FALSE(at11);
    CHECK(at11.error().contains(QStringLiteral("was 11")));

    // Aged 12 to 16 the practitioner must say why they judged them able to understand.
    const auto noNote = f.consents->record(ownConsent(f, QDate(2026, 11, 25), {}));
    REQUIRE_FALSE(noNote);
    CHECK(noNote.error().contains(QStringLiteral("competence note")));
    REQUIRE(f.consents->record(ownConsent(
        f, QDate(2026, 11, 25), QStringLiteral("Explained in her own words who would know"))));
    CHECK(f.rules->forFamily(f.familyId).state().ownConsentOf(f.youngPersonId)->isInForce());
}

TEST_CASE("At 16 the competence note is still needed; at 17 it is not", "[consent][rules][age]") {
    SECTION("16 on the day") {
        ConsentFamily f(QDate(2010, 11, 26)); // 16 until 2026-11-25 inclusive
        CHECK_FALSE(f.consents->record(ownConsent(f, QDate(2026, 11, 25), {})));
        CHECK(
            f.consents->record(ownConsent(f, QDate(2026, 11, 25), QStringLiteral("Judged able"))));
    }
    SECTION("17 on the day") {
        ConsentFamily f(QDate(2009, 11, 25));
        CHECK(f.consents->record(ownConsent(f, QDate(2026, 11, 25), {})));
    }
}

TEST_CASE("A young person's own consent governs their information", "[consent][rules]") {
    ConsentFamily f;
    REQUIRE(f.consents->record(f.familyConsent(QDate(2026, 10, 1), {kFamilyLives})));
    ConsentRecord own = ownConsent(f, QDate(2026, 10, 5), QStringLiteral("Judged able"));
    own.agencies = {{kFamilyLives, {}, false}};
    REQUIRE(f.consents->record(own));
    const FamilySharing family = f.rules->forFamily(f.familyId);
    CHECK(family.mayShare({Category::Health, f.childId}, Audience::agency(kFamilyLives)).allowed);
    CHECK_FALSE(family.mayShare({Category::Health, f.youngPersonId}, Audience::agency(kFamilyLives))
                    .allowed);
}

TEST_CASE("A restriction beats consent", "[consent][rules][restriction]") {
    ConsentFamily f;
    REQUIRE(f.consents->record(f.familyConsent(QDate(2026, 11, 2), {kFamilyLives})));
    Restriction restriction;
    restriction.familyId = f.familyId;
    restriction.category = Category::Health;
    restriction.aboutPersonId = f.motherId;
    restriction.audienceKind = AudienceKind::Agency;
    restriction.audienceId = QStringLiteral("Family Lives");
    restriction.familyWords = QStringLiteral("I don't want them knowing about my depression");
    restriction.requestedByPersonId = f.motherId;
    const auto added = f.consents->addRestriction(restriction);
    REQUIRE(added);

    const FamilySharing family = f.rules->forFamily(f.familyId);
    const Decision health =
        family.mayShare({Category::Health, f.motherId}, Audience::agency(kFamilyLives));
    CHECK_FALSE(health.allowed);
    CHECK(health.basis == Decision::Basis::Restriction);
    CHECK(health.restrictionId == added.value());
    CHECK(health.reason.contains(QStringLiteral("my depression")));
    // It covers the agency's professionals, and asking for everything.
    CHECK_FALSE(
        family
            .mayShare({Category::Health, f.motherId}, Audience::professional(f.familyLivesWorkerId))
            .allowed);
    CHECK_FALSE(family.mayShare({}, Audience::agency(kFamilyLives)).allowed);
    // Not other categories, other people or other audiences.
    CHECK(family.mayShare({Category::School, f.motherId}, Audience::agency(kFamilyLives)).allowed);
    CHECK(family.mayShare({Category::Health, f.childId}, Audience::agency(kFamilyLives)).allowed);
    CHECK(family.mayShare({Category::Health, f.motherId}, Audience::professional(f.schoolLeadId))
              .allowed);
    const QList<Withholding> withheld = family.withheldFrom(Audience::agency(kFamilyLives));
    REQUIRE(withheld.size() == 1);
    CHECK(withheld.first().what.category == Category::Health);
    CHECK(withheld.first().what.aboutPersonId == f.motherId);

    // Lifted, it no longer applies; the restriction itself is kept.
    REQUIRE(f.consents->liftRestriction(added.value(), QDate(2026, 11, 25),
                                        QStringLiteral("Mother agreed at the review")));
    CHECK(f.rules
              ->mayShare(f.familyId, {Category::Health, f.motherId}, Audience::agency(kFamilyLives))
              .allowed);
    CHECK(f.consents->history(f.familyId).restrictions.first().liftedOn == QDate(2026, 11, 25));
}

TEST_CASE("A restriction needs the family's words", "[consent][restriction]") {
    ConsentFamily f;
    Restriction restriction;
    restriction.familyId = f.familyId;
    restriction.audienceKind = AudienceKind::Agency;
    restriction.audienceId = kFamilyLives;
    restriction.familyWords = QStringLiteral("   ");
    const auto refused = f.consents->addRestriction(restriction);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().contains(QStringLiteral("own words")));
}

TEST_CASE("A young person can keep things from their parents once they consent themselves",
          "[consent][rules][restriction]") {
    ConsentFamily f;
    REQUIRE(f.consents->record(f.familyConsent(QDate(2026, 10, 1), {kFamilyLives})));
    Restriction restriction;
    restriction.familyId = f.familyId;
    restriction.category = Category::Health;
    restriction.aboutPersonId = f.youngPersonId;
    restriction.audienceKind = AudienceKind::ParentsAndCarers;
    restriction.familyWords = QStringLiteral("Mum can't know about the clinic");
    restriction.requestedByPersonId = f.youngPersonId;
    const auto tooSoon = f.consents->addRestriction(restriction);
    REQUIRE_FALSE(tooSoon);
    CHECK(tooSoon.error().contains(QStringLiteral("own consent")));

    REQUIRE(f.consents->record(ownConsent(f, QDate(2026, 11, 1), QStringLiteral("Judged able"))));
    const auto kept = f.consents->addRestriction(restriction);
    INFO(kept.error().toStdString());
    REQUIRE(kept);
    const FamilySharing family = f.rules->forFamily(f.familyId);
    CHECK_FALSE(
        family.mayShare({Category::Health, f.youngPersonId}, Audience::person(f.motherId)).allowed);
    CHECK(
        family.mayShare({Category::School, f.youngPersonId}, Audience::person(f.motherId)).allowed);
    CHECK(family.mayShare({Category::Health, f.youngPersonId}, Audience::agency(kFamilyLives))
              .allowed);
}

TEST_CASE("A safeguarding override beats a restriction, says so, and is recorded",
          "[consent][rules][override]") {
    ConsentFamily f;
    REQUIRE(f.consents->record(f.familyConsent(QDate(2026, 11, 2), {kFamilyLives})));
    Restriction restriction;
    restriction.familyId = f.familyId;
    restriction.category = Category::Address;
    restriction.audienceKind = AudienceKind::Agency;
    restriction.audienceId = kFamilyLives;
    restriction.familyWords = QStringLiteral("Not our new address");
    const QString restrictionId = f.consents->addRestriction(restriction).value();

    SafeguardingOverride decision;
    decision.familyId = f.familyId;
    decision.restrictionId = restrictionId;
    decision.decidedById = f.schoolLeadId;
    CHECK_FALSE(f.consents->recordOverride(decision)); // no reason given
    decision.reason = QStringLiteral("Risk to the children from a former partner");
    const auto recorded = f.consents->recordOverride(decision);
    REQUIRE(recorded);

    const FamilySharing family = f.rules->forFamily(f.familyId);
    const Decision shared =
        family.mayShare({Category::Address, {}}, Audience::agency(kFamilyLives));
    CHECK(shared.allowed);
    CHECK(shared.basis == Decision::Basis::SafeguardingOverride);
    CHECK(shared.overrideId == recorded.value());
    CHECK(shared.restrictionId == restrictionId);
    CHECK(shared.reason.contains(QStringLiteral("Sam Dale")));
    CHECK(shared.reason.contains(QStringLiteral("Not our new address")));

    // The override is stored and audited; logging the share names it.
    REQUIRE(f.consents->logDecision(family.logEntry({Category::Address, {}},
                                                    Audience::agency(kFamilyLives), shared,
                                                    QStringLiteral("Referral to the MASH"))));
    const auto log = f.consents->decisionsOf(f.familyId);
    REQUIRE(log.size() == 1);
    CHECK(log.first().shared);
    CHECK(log.first().basis == QLatin1String("safeguarding_override"));
    CHECK(log.first().overrideId == recorded.value());
    QSqlQuery audit(f.store.database->connection());
    audit.prepare(QStringLiteral("SELECT count(*) FROM audit_event WHERE entity = ? AND "
                                 "entity_id = ?"));
    audit.addBindValue(QStringLiteral("safeguarding_override"));
    audit.addBindValue(recorded.value());
    REQUIRE(audit.exec());
    REQUIRE(audit.next());
    CHECK(audit.value(0).toInt() == 1);
}

TEST_CASE("Withdrawal stops sharing from that day and keeps the history",
          "[consent][rules][withdrawal]") {
    ConsentFamily f;
    REQUIRE(f.consents->record(f.familyConsent(QDate(2026, 6, 1), {kFamilyLives})));
    ConsentRecord withdrawal;
    withdrawal.familyId = f.familyId;
    withdrawal.event = ConsentEvent::Withdrawn;
    withdrawal.givenByPersonId = f.motherId;
    withdrawal.obtainedById = f.familyLivesWorkerId;
    withdrawal.givenOn = QDate(2026, 10, 1);
    withdrawal.method = ConsentMethod::Verbal;
    const auto withdrawn = f.consents->record(withdrawal);
    INFO(withdrawn.error().toStdString());
    REQUIRE(withdrawn);

    const FamilySharing family = f.rules->forFamily(f.familyId);
    const Decision decision = family.mayShare({}, Audience::agency(kFamilyLives));
    CHECK_FALSE(decision.allowed);
    CHECK(decision.basis == Decision::Basis::Withdrawn);
    CHECK(decision.reason == QLatin1String("consent withdrawn on 2026-10-01"));
    CHECK_FALSE(family.mayShare({}, Audience::professional(f.schoolLeadId)).allowed);
    const QList<Withholding> withheld = family.withheldFrom(Audience::agency(kFamilyLives));
    REQUIRE(withheld.size() == 1);
    CHECK(withheld.first().what.category == Category::Everything);
    CHECK(f.consents->history(f.familyId).records.size() == 2);

    // Confirming withdrawn consent is refused; giving it again restores sharing.
    ConsentRecord confirm = withdrawal;
    confirm.event = ConsentEvent::Confirmed;
    confirm.givenOn = QDate(2026, 11, 1);
    CHECK_FALSE(f.consents->record(confirm));
    REQUIRE(f.consents->record(f.familyConsent(QDate(2026, 11, 20), {kFamilyLives})));
    CHECK(f.rules->mayShare(f.familyId, {}, Audience::agency(kFamilyLives)).allowed);
}

TEST_CASE("Consent is confirmed with the choices carried forward, and flagged when not reviewed",
          "[consent][review]") {
    ConsentFamily f;
    REQUIRE(f.consents->record(f.familyConsent(QDate(2025, 9, 1), {kFamilyLives})));
    const int months = f.consents->agencies().reviewMonths();
    const QDate today(2026, 11, 25);
    CHECK(f.rules->forFamily(f.familyId).state().family().reviewOverdue(today, months));

    ConsentRecord confirm;
    confirm.familyId = f.familyId;
    confirm.event = ConsentEvent::Confirmed;
    confirm.givenByPersonId = f.motherId;
    confirm.obtainedById = f.familyLivesWorkerId;
    confirm.givenOn = QDate(2026, 11, 20);
    confirm.method = ConsentMethod::Verbal;
    const auto confirmed = f.consents->record(confirm);
    INFO(confirmed.error().toStdString());
    REQUIRE(confirmed);
    const FamilySharing family = f.rules->forFamily(f.familyId);
    const SubjectConsent& now = family.state().family();
    CHECK(now.lastConfirmed == QDate(2026, 11, 20));
    CHECK_FALSE(now.reviewOverdue(today, months));
    REQUIRE(now.current);
    CHECK(now.current->sharesWith(kFamilyLives));
    CHECK(now.recordCount == 2);
}
