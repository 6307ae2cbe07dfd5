#include "plan/plan_versions_panel.h"

#include "display_format.h"
#include "plan/plan_store.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace kith::ui {
namespace {

QString describe(const plan::PlanChange& change) {
    switch (change.kind) {
    case plan::ChangeKind::Added:
        return PlanVersionsPanel::tr("New: %1").arg(change.label);
    case plan::ChangeKind::Removed:
        return PlanVersionsPanel::tr("Taken out: %1").arg(change.label);
    case plan::ChangeKind::Changed:
        break;
    }
    if (change.field.isEmpty())
        return PlanVersionsPanel::tr("Changed: %1").arg(change.label);
    return PlanVersionsPanel::tr("Changed: %1. %2 was \u201c%3\u201d, now \u201c%4\u201d")
        .arg(change.label, change.field, change.before, change.after);
}

} // namespace

PlanVersionsPanel::PlanVersionsPanel(QWidget* parent)
    : QWidget(parent)
    , m_versions(new QListWidget(this))
    , m_changesHeading(new QLabel(this))
    , m_changes(new QListWidget(this)) {
    setObjectName(QStringLiteral("planVersionsPanel"));
    m_versions->setObjectName(QStringLiteral("planVersions"));
    m_changes->setObjectName(QStringLiteral("planChanges"));
    m_changes->setWordWrap(true);
    m_changesHeading->setWordWrap(true);
    auto* versions = new QVBoxLayout;
    versions->addWidget(new QLabel(tr("Agreed at the meeting"), this));
    versions->addWidget(m_versions, 1);
    auto* changes = new QVBoxLayout;
    changes->addWidget(m_changesHeading);
    changes->addWidget(m_changes, 1);
    auto* layout = new QHBoxLayout(this);
    layout->addLayout(versions, 1);
    layout->addLayout(changes, 2);
}

void PlanVersionsPanel::showPlan(const plan::PlanStore* store,
                                 const std::optional<plan::Plan>& plan) {
    m_versions->clear();
    m_changes->clear();
    if (!store || !plan) {
        m_changesHeading->setText(tr("What changed since the last meeting"));
        return;
    }
    const QList<plan::PlanVersion> versions = store->versions(plan->id);
    for (const plan::PlanVersion& version : versions)
        m_versions->addItem(tr("Version %1, agreed on %2")
                                .arg(version.version)
                                .arg(DisplayFormat::date(version.agreedAt.toLocalTime().date())));
    if (versions.isEmpty()) {
        m_versions->addItem(tr("Not agreed at a meeting yet."));
        m_changesHeading->setText(
            tr("What changed since the last meeting: the plan has not been agreed yet."));
        return;
    }
    m_changesHeading->setText(
        tr("What changed since the last meeting (version %1)").arg(versions.last().version));
    const QList<plan::PlanChange> changes = store->changesSinceAgreed(plan->id);
    for (const plan::PlanChange& change : changes)
        m_changes->addItem(describe(change));
    if (changes.isEmpty())
        m_changes->addItem(tr("Nothing has changed since it was agreed."));
}

} // namespace kith::ui
