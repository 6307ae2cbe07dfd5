#pragma once

#include "model/family.h"

#include <QCoreApplication>

class QStandardItemModel;

namespace kith {
class FamilyStore;
}

namespace kith::ui {

// Fills the smaller read-only tables of the family view: contact details, who else
// is working with the family and the lead professional history. Each fill replaces
// the model's rows and headers.
class FamilyDetailModels {
    Q_DECLARE_TR_FUNCTIONS(kith::ui::FamilyDetailModels)

public:
    static void fillContacts(QStandardItemModel& model, const FamilyRecord& family);
    static void fillInvolvements(QStandardItemModel& model, const FamilyRecord& family,
                                 const FamilyStore& store);
    static void fillLeadHistory(QStandardItemModel& model, const FamilyRecord& family,
                                const FamilyStore& store);

    static QString professionalName(const FamilyStore& store, const QString& professionalId);
    static QString agencyName(const FamilyStore& store, const QString& agencyId);
};

} // namespace kith::ui
