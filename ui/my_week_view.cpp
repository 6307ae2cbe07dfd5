#include "my_week_view.h"

#include "content_height_table_view.h"
#include "due/due_settings.h"
#include "my_week_model.h"
#include "store_session.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <algorithm>

namespace kith::ui {
namespace {

const QString kChildSeenRule = QStringLiteral("child_seen");

QStandardItem* familyCell(const QString& text, const QString& familyId) {
    auto* cell = new QStandardItem(text);
    cell->setData(familyId, DueItemsModel::FamilyIdRole);
    cell->setEditable(false);
    return cell;
}

QStandardItem* cell(const QString& text) {
    auto* item = new QStandardItem(text);
    item->setEditable(false);
    return item;
}

} // namespace

MyWeekView::MyWeekView(QWidget* parent)
    : SectionPage(parent)
    , m_who(new QComboBox(this))
    , m_prompt(new QLabel(this))
    , m_policy(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_overdue(new DueItemsModel(this))
    , m_thisWeek(new DueItemsModel(this))
    , m_notSeen(new DueItemsModel(this))
    , m_waiting(new QStandardItemModel(this))
    , m_families(new QStandardItemModel(this)) {
    setObjectName(QStringLiteral("myWeekView"));
    m_who->setObjectName(QStringLiteral("myWeekWho"));
    m_who->setAccessibleName(tr("Who are you?"));
    m_who->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* whoLabel = new QLabel(tr("&Who are you?"), this);
    whoLabel->setBuddy(m_who);
    auto* refresh = new QPushButton(tr("&Refresh"), this);
    refresh->setObjectName(QStringLiteral("myWeekRefresh"));
    auto* top = new QHBoxLayout;
    top->addWidget(whoLabel);
    top->addWidget(m_who);
    top->addStretch(1);
    top->addWidget(refresh);
    header()->addLayout(top);

    m_prompt->setObjectName(QStringLiteral("myWeekPrompt"));
    m_prompt->setWordWrap(true);
    m_prompt->setText(tr("Choose yourself from the list of professionals to see your families "
                         "and what is due. Kith remembers your choice on this computer."));
    m_policy->setObjectName(QStringLiteral("myWeekPolicy"));
    m_policy->setWordWrap(true);
    m_policy->setForegroundRole(QPalette::PlaceholderText);
    m_summary->setObjectName(QStringLiteral("myWeekSummary"));
    m_summary->setWordWrap(true);
    header()->addWidget(m_prompt);
    header()->addWidget(m_summary);
    header()->addWidget(m_policy);

    m_waiting->setHorizontalHeaderLabels({tr("Family"), tr("Waiting for"), tr("Since")});
    m_families->setHorizontalHeaderLabels(
        {tr("Family"), tr("Stage"), tr("Overdue"), tr("Due soon")});
    m_overdueTable = addSection(tr("Overdue"), QStringLiteral("myWeekOverdue"), m_overdue,
                                tr("Nothing is overdue for your families."));
    m_thisWeekTable = addSection(tr("Due this week"), QStringLiteral("myWeekThisWeek"), m_thisWeek,
                                 tr("Nothing else is due in the next seven days."));
    const QList<ContentHeightTableView*> tables{
        m_overdueTable,
        m_thisWeekTable,
        addSection(tr("Children and young people not seen within their limit"),
                   QStringLiteral("myWeekNotSeen"), m_notSeen,
                   tr("Every child and young person has been seen within their limit.")),
        addSection(tr("Assessments and plans waiting"), QStringLiteral("myWeekWaiting"), m_waiting,
                   tr("No assessment or plan is waiting.")),
        addSection(tr("My families"), QStringLiteral("myWeekFamilies"), m_families,
                   tr("You are not the lead professional for any family with open Early Help.")),
    };
    for (ContentHeightTableView* table : tables) {
        connect(table, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
            const QString familyId =
                index.siblingAtColumn(0).data(DueItemsModel::FamilyIdRole).toString();
            if (!familyId.isEmpty())
                emit familyRequested(familyId);
        });
    }
    connect(refresh, &QPushButton::clicked, this, &MyWeekView::refresh);
    connect(m_who, &QComboBox::activated, this, &MyWeekView::chooseProfessional);
    setSectionsVisible(false);
}

void MyWeekView::setSession(const StoreSession* session) {
    m_session = session;
    fillChooser();
    refresh();
}

void MyWeekView::showEvent(QShowEvent* event) {
    SectionPage::showEvent(event);
    refresh(); // another tab may have recorded a visit since
}

void MyWeekView::fillChooser() {
    m_who->clear();
    if (!m_session)
        return;
    QList<due::ProfessionalInfo> people =
        due::DueReports::professionals(m_session->database()).values();
    std::sort(people.begin(), people.end(),
              [](const auto& a, const auto& b) { return a.name.localeAwareCompare(b.name) < 0; });
    m_who->addItem(tr("Choose who you are\u2026"), QString());
    for (const due::ProfessionalInfo& person : std::as_const(people)) {
        const QString detail =
            QStringList{person.jobTitle, person.agencyName}.join(QStringLiteral(", "));
        m_who->addItem(detail.isEmpty() ? person.name : tr("%1 (%2)").arg(person.name, detail),
                       person.id);
    }
    const QString me = due::DueSettings::currentProfessionalId(m_session->database());
    m_who->setCurrentIndex(std::max(0, m_who->findData(me)));
}

void MyWeekView::chooseProfessional(int index) {
    if (!m_session)
        return;
    const QString id = m_who->itemData(index).toString();
    // Remembering is a convenience: if it fails the screen still shows the choice.
    due::DueSettings::setCurrentProfessionalId(m_session->database(), id);
    refresh();
}

void MyWeekView::refresh() {
    const QString me = m_who->currentData().toString();
    const bool chosen = m_session && !me.isEmpty();
    m_prompt->setVisible(m_session && !chosen);
    setSectionsVisible(chosen);
    m_summary->setVisible(chosen);
    if (!chosen) {
        m_report.reset();
        m_policy->clear();
        for (DueItemsModel* model : {m_overdue, m_thisWeek, m_notSeen})
            model->setItems(nullptr, {}, {});
        m_waiting->removeRows(0, m_waiting->rowCount());
        m_families->removeRows(0, m_families->rowCount());
        return;
    }
    auto built = due::DueReports::build(m_session->database(), {me, {}, {}});
    if (!built) {
        m_summary->setText(built.error());
        return;
    }
    m_report = std::move(built).value();
    const QDate today = m_session->today();
    QList<due::DueItem> overdue, thisWeek, notSeen;
    for (const due::DueItem& item : std::as_const(m_report->items)) {
        if (item.status == due::DueStatus::Overdue)
            (item.ruleId == kChildSeenRule ? notSeen : overdue).append(item);
        else if (item.dueDate <= today.addDays(7))
            thisWeek.append(item);
    }
    const auto count = [](qsizetype n, const QString& one, const QString& many) {
        return n == 1 ? one : many.arg(n);
    };
    // Two sources each, not %n: the en_GB template has no plural forms filled in.
    m_summary->setText(
        QStringList{count(m_report->episodes.size(), tr("1 family with open Early Help"),
                          tr("%1 families with open Early Help")),
                    count(overdue.size(), tr("1 overdue"), tr("%1 overdue")),
                    count(thisWeek.size(), tr("1 due this week"), tr("%1 due this week")),
                    count(notSeen.size(), tr("1 child not seen within their limit"),
                          tr("%1 children not seen within their limit"))}
            .join(QStringLiteral(" \u00b7 ")));
    m_policy->setText(tr("Deadlines follow the %1 policy, counted in working days for England "
                         "and Wales.")
                          .arg(m_report->policyTitle));
    m_overdue->setItems(&*m_report, overdue, today);
    m_thisWeek->setItems(&*m_report, thisWeek, today);
    m_notSeen->setItems(&*m_report, notSeen, today);
    m_overdueTable->setColumnHidden(DueItemsModel::ChildColumn, !m_overdue->hasChildren());
    m_thisWeekTable->setColumnHidden(DueItemsModel::ChildColumn, !m_thisWeek->hasChildren());
    fillEpisodes(*m_report);
    updateEmptyNotes();
}

void MyWeekView::fillEpisodes(const due::DueReport& report) {
    m_waiting->removeRows(0, m_waiting->rowCount());
    m_families->removeRows(0, m_families->rowCount());
    const QLocale locale;
    for (const due::EpisodeTimeline& episode : report.episodes) {
        int overdue = 0, soon = 0;
        for (const due::DueItem& item : report.items) {
            if (item.episodeId != episode.episodeId)
                continue;
            overdue += item.status == due::DueStatus::Overdue ? 1 : 0;
            soon += item.status == due::DueStatus::DueSoon ? 1 : 0;
        }
        m_families->appendRow({familyCell(episode.familyName, episode.familyId),
                               cell(journey::JourneyLabels::stage(episode.stage)),
                               cell(QString::number(overdue)), cell(QString::number(soon))});
        const bool assessment = episode.stage == journey::Stage::Contacted ||
                                episode.stage == journey::Stage::Assessing;
        if (!assessment && episode.stage != journey::Stage::Assessed)
            continue;
        const QString since =
            assessment ? QStringLiteral("first_contact") : QStringLiteral("assessment_completed");
        const QList<QDateTime> moments = episode.events.value(since);
        m_waiting->appendRow(
            {familyCell(episode.familyName, episode.familyId),
             cell(assessment ? tr("Early Help Assessment") : tr("The family's plan")),
             cell(moments.isEmpty() ? QString()
                                    : locale.toString(moments.back().toLocalTime().date(),
                                                      QLocale::ShortFormat))});
    }
}

} // namespace kith::ui
