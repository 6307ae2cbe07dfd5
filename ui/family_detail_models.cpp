#include "family_detail_models.h"

#include "display_format.h"
#include "store/family_store.h"

#include <QStandardItemModel>

namespace kith::ui {
namespace {

void appendRow(QStandardItemModel& model, const QStringList& cells) {
    QList<QStandardItem*> items;
    for (const QString& text : cells) {
        auto* item = new QStandardItem(text);
        item->setToolTip(text);
        item->setEditable(false);
        items.append(item);
    }
    model.appendRow(items);
}

void reset(QStandardItemModel& model, const QStringList& headers) {
    model.clear();
    model.setHorizontalHeaderLabels(headers);
}

// "From 12/01/2024", or "12/01/2024 to 03/05/2025" once it has ended.
QString period(const QDate& from, const QDate& to) {
    if (!to.isValid())
        return DisplayFormat::date(from);
    return QCoreApplication::translate("kith::ui::FamilyDetailModels", "%1 to %2")
        .arg(DisplayFormat::date(from), DisplayFormat::date(to));
}

} // namespace

void FamilyDetailModels::fillContacts(QStandardItemModel& model, const FamilyRecord& family) {
    reset(model, {tr("Whose"), tr("How"), tr("Number or address"), tr("Preferred")});
    for (const ContactDetail& contact : family.contacts) {
        const Person* owner =
            contact.personId.isEmpty() ? nullptr : family.person(contact.personId);
        const QString whose = owner ? family.displayNameOf(*owner) : tr("The household");
        const QString kind = contact.kind == ContactDetail::Kind::Email ? tr("Email") : tr("Phone");
        const QString how =
            contact.label.isEmpty() ? kind : tr("%1 (%2)").arg(kind, contact.label.toLower());
        appendRow(model,
                  {whose, how, contact.value, contact.preferred ? tr("Preferred") : QString()});
    }
}

void FamilyDetailModels::fillInvolvements(QStandardItemModel& model, const FamilyRecord& family,
                                          const FamilyStore& store) {
    reset(model, {tr("Service"), tr("Professional"), tr("What for"), tr("With"), tr("Since")});
    for (const Involvement& involvement : family.involvements) {
        const Person* person =
            involvement.personId.isEmpty() ? nullptr : family.person(involvement.personId);
        appendRow(model, {agencyName(store, involvement.agencyId),
                          involvement.professionalId.isEmpty()
                              ? tr("No named professional")
                              : professionalName(store, involvement.professionalId),
                          involvement.purpose,
                          person ? family.displayNameOf(*person) : tr("The whole family"),
                          period(involvement.startedOn, involvement.endedOn)});
    }
}

void FamilyDetailModels::fillLeadHistory(QStandardItemModel& model, const FamilyRecord& family,
                                         const FamilyStore& store) {
    reset(model, {tr("Lead professional"), tr("Service"), tr("From"), tr("To"), tr("Why"),
                  tr("Agreed with the family")});
    // Newest first: the current lead at the top.
    for (auto it = family.leadHistory.crbegin(); it != family.leadHistory.crend(); ++it) {
        const LeadProfessionalAssignment& assignment = *it;
        const std::optional<Professional> professional =
            store.professional(assignment.professionalId);
        const QString agency = professional ? agencyName(store, professional->agencyId) : QString();
        appendRow(model,
                  {professional ? professional->name : tr("Unknown professional"), agency,
                   DisplayFormat::date(assignment.startedOn),
                   assignment.isCurrent() ? tr("Now") : DisplayFormat::date(assignment.endedOn),
                   assignment.reason, DisplayFormat::yesNo(assignment.agreedWithFamily)});
    }
}

QString FamilyDetailModels::professionalName(const FamilyStore& store,
                                             const QString& professionalId) {
    const std::optional<Professional> professional = store.professional(professionalId);
    return professional ? professional->name : tr("Unknown professional");
}

QString FamilyDetailModels::agencyName(const FamilyStore& store, const QString& agencyId) {
    if (agencyId.isEmpty())
        return {};
    const std::optional<Agency> agency = store.agency(agencyId);
    return agency ? agency->name : tr("Unknown service");
}

} // namespace kith::ui
