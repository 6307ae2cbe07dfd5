// The family copy of an Early Help Assessment, read back from the real PDF: every section,
// the family's answers, and nothing a consent restriction keeps from the reader.
#include "assessment_test_family.h"
#include "documents/assessment_family_copy.h"
#include "documents/copy_reader.h"
#include "genogram/genogram_store.h"
#include "pdf_text.h"

using namespace kith;
using namespace kith::testing;
using namespace kith::consent;
using documents::AssessmentFamilyCopy;
using documents::CopyReaders;
using documents::CopySharing;

namespace {

const QString kFamilyLives = QStringLiteral("family-lives");
const QString kYoungPersonsWords = QStringLiteral("I want my own room.");

struct Printed {
    QByteArray pdf;
    QString text; // pdftotext's, with runs of white space made single spaces
};

struct CopyFamily : AssessmentFamily {
    QString assessmentId;

    CopyFamily() {
        giveConsent();
        assessmentId = assessments->start(familyId).value();
        completeAll(assessmentId);
    }

    // Yusuf (14) consents for himself and asks that his health is kept from his parents.
    void youngPersonKeepsHealthFromParents() {
        ConsentRecord own = familyConsent(QDate(2026, 11, 3), {kFamilyLives});
        own.subjectPersonId = youngPersonId;
        own.givenByPersonId = youngPersonId;
        own.competenceNote = QStringLiteral("Understood what sharing means");
        REQUIRE(consents->record(own));
        Restriction restriction;
        restriction.familyId = familyId;
        restriction.category = Category::Health;
        restriction.aboutPersonId = youngPersonId;
        restriction.audienceKind = AudienceKind::ParentsAndCarers;
        restriction.familyWords = QStringLiteral("Mum can't know about the clinic");
        restriction.requestedByPersonId = youngPersonId;
        const auto added = consents->addRestriction(restriction);
        INFO(added.error().toStdString());
        REQUIRE(added);
    }

    // Prints the copy for `forWhom` (kithctl's --for) and logs the sharing when asked.
    Printed print(const QString& forWhom = {}, bool log = false) {
        const FamilySharing family = rules->forFamily(familyId);
        const auto reader =
            CopyReaders::parse(forWhom, family, consents->agencies(), store.database->connection());
        INFO(reader.error().toStdString());
        REQUIRE(reader);
        CopySharing sharing(family, reader.value());
        const auto assessment = assessments->load(assessmentId);
        REQUIRE(assessment);
        const auto copy =
            AssessmentFamilyCopy::build(*store.database, *assessments, *assessment, sharing);
        INFO(copy.error().toStdString());
        REQUIRE(copy);
        const auto pdf = copy.value().toPdf();
        REQUIRE(pdf);
        if (log)
            REQUIRE(sharing.log(*consents, AssessmentFamilyCopy::purpose()));
        const PdfText extracted = pdfText(pdf.value().bytes);
        REQUIRE_PDFTOTEXT(extracted);
        return {pdf.value().bytes, flattened(extracted.text)};
    }
};

} // namespace

TEST_CASE("the family copy has every section in order with the family's answers",
          "[documents][assessment]") {
    CopyFamily f;
    f.save(f.assessmentId, QStringLiteral("need/level"), QStringLiteral("2"));
    const Printed copy = f.print();
    qsizetype at = 0;
    const auto form = f.assessments->formOf(*f.assessments->load(f.assessmentId));
    REQUIRE(form);
    for (const assessment::SectionDefinition& section : form.value().definition->sections) {
        INFO(section.title.toStdString());
        const qsizetype found = copy.text.indexOf(section.title, at);
        CHECK(found >= 0);
        at = std::max(at, found);
    }
    for (const char* expected :
         {"Early Help Assessment", "Khan family", "for the parents and carers",
          "Money is tight since the job went.", "Played happily with the blocks.",
          "I want my own room.", "7 out of 10 (1 = Where we want to be, 10 = Crisis)",
          "Level 2: early help from one service", "One service can help.", "Amira Khan",
          "Being written", "To be finished by", "Fran Okoye", "Parkfield Primary School"}) {
        INFO(expected);
        CHECK(copy.text.contains(QLatin1String(expected)));
    }
    CHECK_FALSE(copy.text.contains(QLatin1String("not shown in this copy")));
}

TEST_CASE("a young person's private entry is left out of their parents' copy only",
          "[documents][assessment][consent]") {
    CopyFamily f;
    f.youngPersonKeepsHealthFromParents();

    const Printed parents = f.print();
    CHECK_FALSE(parents.text.contains(kYoungPersonsWords));
    CHECK_FALSE(parents.text.contains(QLatin1String("clinic")));
    CHECK(parents.text.contains(QLatin1String("Some information is not shown in this copy")));
    CHECK(parents.text.contains(QLatin1String("Played happily with the blocks.")));
    CHECK(parents.text.contains(QLatin1String("Money is tight since the job went.")));

    const Printed mother = f.print(QStringLiteral("person:") + f.motherId);
    CHECK_FALSE(mother.text.contains(kYoungPersonsWords));

    const Printed himself = f.print(QStringLiteral("person:") + f.youngPersonId);
    CHECK(himself.text.contains(kYoungPersonsWords));
    CHECK_FALSE(himself.text.contains(QLatin1String("not shown in this copy")));

    const Printed agency = f.print(QStringLiteral("agency:") + kFamilyLives);
    CHECK(agency.text.contains(kYoungPersonsWords));
}

TEST_CASE("a school restriction about one child leaves out only that child's school entry",
          "[documents][assessment][consent]") {
    CopyFamily f;
    f.save(f.assessmentId, QStringLiteral("school/children/%1/setting").arg(f.childId),
           QStringLiteral("Hilltop Nursery"));
    f.save(f.assessmentId, QStringLiteral("school/children/%1/setting").arg(f.youngPersonId),
           QStringLiteral("Torquay Academy"));
    Restriction restriction;
    restriction.familyId = f.familyId;
    restriction.category = Category::School;
    restriction.aboutPersonId = f.childId;
    restriction.audienceKind = AudienceKind::Agency;
    restriction.audienceId = kFamilyLives;
    restriction.familyWords = QStringLiteral("Keep Zainab's school out of it");
    REQUIRE(f.consents->addRestriction(restriction));

    const Printed agency = f.print(QStringLiteral("agency:") + kFamilyLives, true);
    CHECK_FALSE(agency.text.contains(QLatin1String("Hilltop Nursery")));
    // Zainab's school is left out of the services too, and the copy does not claim there
    // are none.
    CHECK_FALSE(agency.text.contains(QLatin1String("Parkfield Primary School")));
    CHECK_FALSE(agency.text.contains(QLatin1String("No other services")));
    CHECK(agency.text.contains(QLatin1String("Torquay Academy")));
    CHECK(agency.text.contains(QLatin1String("School and early years achievements")));
    CHECK(agency.text.contains(QLatin1String("not shown in this copy")));

    // The sharing is logged: the copy, and what was kept back and why.
    const QList<SharingDecisionEntry> logged = f.consents->decisionsOf(f.familyId);
    REQUIRE(logged.size() == 2);
    int shared = 0, withheld = 0;
    for (const SharingDecisionEntry& entry : logged) {
        CHECK(entry.purpose == AssessmentFamilyCopy::purpose());
        CHECK(entry.audienceId == kFamilyLives);
        shared += entry.shared ? 1 : 0;
        withheld += entry.shared ? 0 : 1;
        if (!entry.shared)
            CHECK(entry.basis == QLatin1String("restriction"));
    }
    CHECK(shared == 1);
    CHECK(withheld == 1);

    const Printed parents = f.print();
    CHECK(parents.text.contains(QLatin1String("Hilltop Nursery")));
    CHECK(f.consents->decisionsOf(f.familyId).size() == 2); // the family's own copy: no log
}

TEST_CASE("an agency the family withdrew consent from gets only the note",
          "[documents][assessment][consent]") {
    CopyFamily f;
    ConsentRecord withdrawal;
    withdrawal.familyId = f.familyId;
    withdrawal.event = ConsentEvent::Withdrawn;
    withdrawal.givenByPersonId = f.motherId;
    withdrawal.obtainedById = f.familyLivesWorkerId;
    withdrawal.givenOn = QDate(2026, 11, 20);
    withdrawal.method = ConsentMethod::Verbal;
    REQUIRE(f.consents->record(withdrawal));

    const Printed agency = f.print(QStringLiteral("agency:") + kFamilyLives, true);
    CHECK(agency.text.contains(QLatin1String("consent to share it has been withdrawn")));
    for (const char* hidden :
         {"Money is tight", "Played happily", "Our family story", "Amira Khan", "Level 2"}) {
        INFO(hidden);
        CHECK_FALSE(agency.text.contains(QLatin1String(hidden)));
    }
    const QList<SharingDecisionEntry> logged = f.consents->decisionsOf(f.familyId);
    REQUIRE(logged.size() == 1);
    CHECK_FALSE(logged.first().shared);
    CHECK(logged.first().basis == QLatin1String("withdrawn"));

    // The family's own copy still has everything.
    CHECK(f.print().text.contains(QLatin1String("Money is tight since the job went.")));
}

TEST_CASE("the copy says when there is no genogram, and shows it when there is one",
          "[documents][assessment][genogram]") {
    CopyFamily f;
    const Printed without = f.print();
    CHECK(without.text.contains(QLatin1String("There is no genogram for this family yet.")));
    CHECK_FALSE(without.pdf.contains("/Subtype /Image"));

    genogram::GenogramStore genograms(*f.store.database);
    REQUIRE(genograms.open(f.familyId));
    const Printed with = f.print();
    CHECK_FALSE(with.text.contains(QLatin1String("There is no genogram")));
    CHECK(with.text.contains(QLatin1String("Our family genogram")));
    CHECK(with.pdf.contains("/Subtype /Image"));
}

TEST_CASE("a reader the store does not know is refused with how to name one",
          "[documents][assessment]") {
    CopyFamily f;
    const FamilySharing family = f.rules->forFamily(f.familyId);
    const auto parse = [&](const QString& text) {
        return CopyReaders::parse(text, family, f.consents->agencies(),
                                  f.store.database->connection());
    };
    const auto unknownAgency = parse(QStringLiteral("agency:nobody"));
    REQUIRE_FALSE(unknownAgency);
    CHECK(unknownAgency.error().contains(kFamilyLives));
    const auto noKind = parse(QStringLiteral("mum"));
    REQUIRE_FALSE(noKind);
    CHECK(noKind.error().contains(QLatin1String("person:PERSON_ID")));
    CHECK_FALSE(parse(QStringLiteral("person:nobody")));
    CHECK_FALSE(parse(QStringLiteral("professional:nobody")));
    const auto lead = parse(QStringLiteral("professional:") + f.schoolLeadId);
    REQUIRE(lead);
    CHECK(lead.value().name == QLatin1String("Sam Dale"));
    CHECK_FALSE(lead.value().isFamily());
    CHECK(parse({}).value().isFamily());
}

TEST_CASE("a form's consent_category must be a consent category", "[documents][assessment]") {
    const QByteArray wrong = R"({"id": "x", "version": 1, "council": "C", "title": "T",
        "sections": [{"key": "s", "title": "S", "consent_category": "secrets",
                      "fields": [{"key": "f", "kind": "short_text", "label": "F"}]}]})";
    const auto refused = assessment::FormDefinition::fromJson(wrong, QStringLiteral("x.json"));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().contains(QLatin1String("sections[0].consent_category")));
    CHECK(refused.error().contains(QLatin1String("health")));

    const auto torbay = assessment::FormLibrary::builtIn().latest(QStringLiteral("torbay-eha"));
    REQUIRE(torbay);
    CHECK(torbay->version == 1);
    CHECK(torbay->section(QStringLiteral("school"))->consentCategory == QLatin1String("school"));
    CHECK(torbay->section(QStringLiteral("voice"))->consentCategory.isEmpty());
}
