#include "consent/consent_model.h"

#include "util/code_table.h"

namespace kith::consent {
namespace {

constexpr CodeTable<ConsentEvent, 3> kEventCodes{{
    {ConsentEvent::Given, "given"},
    {ConsentEvent::Confirmed, "confirmed"},
    {ConsentEvent::Withdrawn, "withdrawn"},
}};

constexpr CodeTable<ConsentMethod, 2> kMethodCodes{{
    {ConsentMethod::Written, "written"},
    {ConsentMethod::Verbal, "verbal"},
}};

constexpr CodeTable<Category, 6> kCategoryCodes{{
    {Category::Everything, "everything"},
    {Category::Health, "health"},
    {Category::Address, "address"},
    {Category::School, "school"},
    {Category::Relationships, "relationships"},
    {Category::Finances, "finances"},
}};

constexpr CodeTable<AudienceKind, 4> kAudienceCodes{{
    {AudienceKind::Agency, "agency"},
    {AudienceKind::Professional, "professional"},
    {AudienceKind::Person, "person"},
    {AudienceKind::ParentsAndCarers, "parents_and_carers"},
}};

} // namespace

QString eventCode(ConsentEvent event) {
    return codeOf(kEventCodes, event);
}
std::optional<ConsentEvent> eventFromCode(const QString& code) {
    return valueOf(kEventCodes, code);
}
QString methodCode(ConsentMethod method) {
    return codeOf(kMethodCodes, method);
}
std::optional<ConsentMethod> methodFromCode(const QString& code) {
    return valueOf(kMethodCodes, code);
}
QString categoryCode(Category category) {
    return codeOf(kCategoryCodes, category);
}
std::optional<Category> categoryFromCode(const QString& code) {
    return valueOf(kCategoryCodes, code);
}
QString audienceKindCode(AudienceKind kind) {
    return codeOf(kAudienceCodes, kind);
}
std::optional<AudienceKind> audienceKindFromCode(const QString& code) {
    return valueOf(kAudienceCodes, code);
}

QList<Category> allCategories() {
    QList<Category> categories;
    for (const auto& [category, code] : kCategoryCodes)
        categories.append(category);
    return categories;
}

QString ConsentLabels::event(ConsentEvent event) {
    switch (event) {
    case ConsentEvent::Given:
        return tr("Consent given");
    case ConsentEvent::Confirmed:
        return tr("Consent confirmed");
    case ConsentEvent::Withdrawn:
        return tr("Consent withdrawn");
    }
    return {};
}

QString ConsentLabels::method(ConsentMethod method) {
    return method == ConsentMethod::Written ? tr("written") : tr("verbal");
}

QString ConsentLabels::category(Category category) {
    switch (category) {
    case Category::Everything:
        return tr("everything");
    case Category::Health:
        return tr("health");
    case Category::Address:
        return tr("address and contact details");
    case Category::School:
        return tr("school or setting");
    case Category::Relationships:
        return tr("family relationships and history");
    case Category::Finances:
        return tr("money and housing costs");
    }
    return {};
}

bool ConsentRecord::sharesWith(const QString& agencyKey) const {
    for (const AgencyChoice& choice : agencies) {
        if (choice.agencyKey == agencyKey)
            return choice.share;
    }
    return false;
}

} // namespace kith::consent
