#include "team_view.h"

#include "my_week_model.h"
#include "store_session.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kith::ui {
namespace {

enum Column { WhoColumn, FamilyColumn, ChildColumn, WhatColumn, ColumnCount };

} // namespace

TeamView::TeamView(QWidget* parent)
    : QWidget(parent)
    , m_agency(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_tree(new QTreeWidget(this)) {
    setObjectName(QStringLiteral("teamView"));
    m_agency->setObjectName(QStringLiteral("teamAgency"));
    m_agency->setAccessibleName(tr("Agency"));
    m_agency->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* agencyLabel = new QLabel(tr("&Agency:"), this);
    agencyLabel->setBuddy(m_agency);
    auto* refresh = new QPushButton(tr("&Refresh"), this);
    auto* top = new QHBoxLayout;
    top->addWidget(agencyLabel);
    top->addWidget(m_agency);
    top->addStretch(1);
    top->addWidget(refresh);

    m_summary->setObjectName(QStringLiteral("teamSummary"));
    m_summary->setWordWrap(true);
    m_tree->setObjectName(QStringLiteral("teamTree"));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("Practitioner, and when"), tr("Family"),
                             tr("Child or young person"), tr("What is due")});
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 16);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);

    connect(refresh, &QPushButton::clicked, this, &TeamView::refresh);
    connect(m_agency, &QComboBox::activated, this, &TeamView::refresh);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        const QString familyId = item->data(FamilyColumn, DueItemsModel::FamilyIdRole).toString();
        if (!familyId.isEmpty())
            emit familyRequested(familyId);
    });
}

void TeamView::setSession(const StoreSession* session) {
    m_session = session;
    m_agency->clear();
    m_agency->addItem(tr("All agencies"), QString());
    if (m_session) {
        for (const Agency& agency : m_session->store().agencies())
            m_agency->addItem(agency.name, agency.id);
    }
    m_tree->clear();
    m_stale = true;
    if (isVisible())
        refresh();
}

void TeamView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    // Worked out when first looked at, not at start-up: across a large hub it takes a moment.
    if (m_stale)
        refresh();
}

void TeamView::refresh() {
    m_tree->clear();
    if (!m_session)
        return;
    const auto built =
        due::DueReports::build(m_session->database(), {{}, m_agency->currentData().toString(), {}});
    if (!built) {
        m_summary->setText(built.error());
        return;
    }
    m_stale = false;
    fill(built.value());
}

void TeamView::fill(const due::DueReport& report) {
    const QDate today = m_session->today();
    // Grouped by who answers for each item, people in alphabetical order.
    QMap<QString, QList<const due::DueItem*>> byPerson;
    for (const due::DueItem& item : report.items) {
        if (item.status != due::DueStatus::Upcoming)
            byPerson[report.responsibleName(item)].append(&item);
    }
    m_tree->setUpdatesEnabled(false);
    for (auto group = byPerson.cbegin(); group != byPerson.cend(); ++group) {
        const auto overdue =
            std::count_if(group->cbegin(), group->cend(), [](const due::DueItem* item) {
                return item->status == due::DueStatus::Overdue;
            });
        auto* person = new QTreeWidgetItem(m_tree);
        person->setText(WhoColumn, group.key());
        person->setText(FamilyColumn,
                        tr("%1 overdue, %2 due soon").arg(overdue).arg(group->size() - overdue));
        QFont bold = person->font(WhoColumn);
        bold.setBold(true);
        person->setFont(WhoColumn, bold);
        for (const due::DueItem* item : *group) {
            auto* row = new QTreeWidgetItem(person);
            row->setText(WhoColumn, DueItemsModel::whenText(*item, today));
            row->setText(FamilyColumn, item->familyName);
            row->setData(FamilyColumn, DueItemsModel::FamilyIdRole, item->familyId);
            row->setText(ChildColumn, item->personName);
            row->setText(WhatColumn, item->ruleTitle);
            row->setToolTip(WhatColumn, item->ruleTitle);
        }
    }
    m_tree->setUpdatesEnabled(true);
    // Collapsed rows count too: resizeColumnToContents() only measures what is expanded.
    int whenWidth = 0;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* person = m_tree->topLevelItem(i);
        for (int j = 0; j < person->childCount(); ++j)
            whenWidth = std::max(whenWidth, m_tree->fontMetrics().horizontalAdvance(
                                                person->child(j)->text(WhoColumn)));
    }
    m_tree->resizeColumnToContents(WhoColumn);
    m_tree->setColumnWidth(
        WhoColumn, std::max(m_tree->columnWidth(WhoColumn), whenWidth + 3 * m_tree->indentation()));
    m_tree->resizeColumnToContents(FamilyColumn);
    m_tree->resizeColumnToContents(ChildColumn);
    m_summary->setText(tr("%1 policy. %2 families with open Early Help; %3 overdue and %4 due soon "
                          "across %5 people.")
                           .arg(report.policyTitle)
                           .arg(report.episodes.size())
                           .arg(report.count(due::DueStatus::Overdue))
                           .arg(report.count(due::DueStatus::DueSoon))
                           .arg(byPerson.size()));
}

} // namespace kith::ui
