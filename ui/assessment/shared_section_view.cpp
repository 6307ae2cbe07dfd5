#include "assessment/shared_section_view.h"

#include "content_height_table_view.h"
#include "family_detail_models.h"
#include "people_table_model.h"
#include "store_session.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace kith::ui {

using assessment::SectionKind;

QString SharedSectionView::tabFor(SectionKind kind) {
    switch (kind) {
    case SectionKind::Consent:
        return QStringLiteral("consentPage");
    case SectionKind::Genogram:
        return QStringLiteral("genogramPage");
    case SectionKind::FamilyMembers:
    case SectionKind::Involvements:
    case SectionKind::Fields:
        break;
    }
    return QStringLiteral("familyView");
}

SharedSectionView::SharedSectionView(SectionKind kind, const QString& familyId,
                                     const assessment::FamilyContext& family,
                                     const StoreSession& session, QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("sharedSection"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    QString button;
    switch (kind) {
    case SectionKind::FamilyMembers:
        addFamilyMembers(familyId, session);
        button = tr("Change the people on the Family tab");
        break;
    case SectionKind::Involvements:
        addInvolvements(familyId, session);
        button = tr("Change the services on the Family tab");
        break;
    case SectionKind::Consent: {
        const QString day =
            QLocale().toString(family.consentGivenOn, QStringLiteral("d MMMM yyyy"));
        const QString method =
            family.consentMethodCode == QLatin1String("verbal") ? tr("verbally") : tr("in writing");
        if (family.consentInForce)
            addText(tr("The family's consent is in force: given %1 on %2.").arg(method, day));
        else if (family.consentGivenOn.isValid())
            addText(tr("The family's consent is not in force now (it was last given %1 on %2).")
                        .arg(method, day));
        else
            addText(tr("No consent is recorded yet."));
        button = tr("See or record consent on the Consent tab");
        break;
    }
    case SectionKind::Genogram:
        addText(family.hasGenogram
                    ? tr("The family's genogram has been drawn.")
                    : tr("No genogram has been drawn yet. Draw it with the family."));
        button = tr("Open the Genogram tab");
        break;
    case SectionKind::Fields:
        return;
    }
    auto* open = new QPushButton(button, this);
    open->setObjectName(QStringLiteral("openSharedTab"));
    const QString page = tabFor(kind);
    connect(open, &QPushButton::clicked, this, [this, page] { emit openTab(page); });
    auto* row = new QHBoxLayout;
    row->addWidget(open);
    row->addStretch(1);
    layout->addLayout(row);
}

void SharedSectionView::addText(const QString& text) {
    auto* label = new QLabel(text, this);
    label->setObjectName(QStringLiteral("sharedSummary"));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout()->addWidget(label);
}

void SharedSectionView::addFamilyMembers(const QString& familyId, const StoreSession& session) {
    const auto family = session.store().loadFamily(familyId);
    if (!family || family->people.isEmpty()) {
        addText(tr("No one is in the family record yet."));
        return;
    }
    auto* model = new PeopleTableModel([](const Person&) { return true; }, this);
    model->setFamily(*family, session.today());
    auto* table = new ContentHeightTableView(this);
    table->setObjectName(QStringLiteral("sharedPeople"));
    table->setAccessibleName(tr("The people in the family"));
    table->setModel(model);
    layout()->addWidget(table);
}

void SharedSectionView::addInvolvements(const QString& familyId, const StoreSession& session) {
    const auto family = session.store().loadFamily(familyId);
    if (!family || family->involvements.isEmpty()) {
        addText(tr("No other services are recorded as working with the family."));
        return;
    }
    auto* model = new QStandardItemModel(this);
    FamilyDetailModels::fillInvolvements(*model, *family, session.store());
    auto* table = new ContentHeightTableView(this);
    table->setObjectName(QStringLiteral("sharedInvolvements"));
    table->setAccessibleName(tr("Services working with the family"));
    table->setModel(model);
    layout()->addWidget(table);
}

} // namespace kith::ui
