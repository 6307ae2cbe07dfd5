#pragma once

#include "assessment/family_context.h"
#include "assessment/form_definition.h"

#include <QWidget>

namespace kith::ui {

class StoreSession;

// What a shared section of the form shows: the record kept elsewhere in Kith (the people in
// the family, the services working with them, their consent, their genogram), read-only,
// with a button to the tab where it is changed. The form never holds a second copy.
class SharedSectionView : public QWidget {
    Q_OBJECT

public:
    SharedSectionView(assessment::SectionKind kind, const QString& familyId,
                      const assessment::FamilyContext& family, const StoreSession& session,
                      QWidget* parent = nullptr);

    // The objectName of the tab page where this record is changed ("familyView", ...).
    static QString tabFor(assessment::SectionKind kind);

signals:
    void openTab(const QString& pageName);

private:
    void addFamilyMembers(const QString& familyId, const StoreSession& session);
    void addInvolvements(const QString& familyId, const StoreSession& session);
    void addText(const QString& text);
};

} // namespace kith::ui
