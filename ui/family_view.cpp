#include "family_view.h"

#include "assessment/assessment_page.h"
#include "consent/consent_page.h"
#include "content_height_table_view.h"
#include "display_format.h"
#include "family_detail_models.h"
#include "genogram/genogram_page.h"
#include "lead_professional_card.h"
#include "meeting/meetings_page.h"
#include "people_table_model.h"
#include "plan/plan_page.h"
#include "store_session.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace kith::ui {
namespace {

QLabel* makeText(QWidget* parent, const QString& objectName, const QString& text = {}) {
    auto* label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

FamilyView::FamilyView(QWidget* parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_household(new PeopleTableModel(&PeopleTableModel::belongsInHousehold, this))
    , m_otherPeople(new PeopleTableModel(
          [](const Person& person) { return !PeopleTableModel::belongsInHousehold(person); }, this))
    , m_contacts(new QStandardItemModel(this))
    , m_involvements(new QStandardItemModel(this))
    , m_leadHistory(new QStandardItemModel(this)) {
    setObjectName(QStringLiteral("familyView"));
    auto* nothingChosen = makeText(
        m_stack, QStringLiteral("familyViewNothingChosen"),
        tr("Choose a family from the list to see who is in the household, who is working with "
           "them and their lead professional."));
    nothingChosen->setAlignment(Qt::AlignCenter);
    nothingChosen->setMargin(24);
    m_nothingChosen = nothingChosen;

    auto* scroll = new QScrollArea(m_stack);
    scroll->setObjectName(QStringLiteral("familyPageScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(buildPage());

    m_stack->addWidget(m_nothingChosen);
    m_stack->addWidget(scroll);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    applyFonts();
    m_consent = new ConsentPage(this);
    m_consent->hide();
    m_genogram = new GenogramPage(this);
    m_genogram->hide();
    m_plan = new PlanPage(this);
    m_plan->hide();
    m_meetings = new MeetingsPage(this);
    m_meetings->hide();
    m_assessment = new AssessmentPage(this);
    m_assessment->hide();
    clear();
}

QWidget* FamilyView::buildPage() {
    m_page = new QWidget;
    m_pageLayout = new QVBoxLayout(m_page);
    m_pageLayout->setContentsMargins(16, 12, 16, 16);
    m_pageLayout->setSpacing(6);

    m_familyName = makeText(m_page, QStringLiteral("familyName"));
    m_familyName->setAccessibleName(tr("Family name"));
    m_address = makeText(m_page, QStringLiteral("familyAddress"));
    m_householdSummary = makeText(m_page, QStringLiteral("familyHouseholdSummary"));
    m_householdSummary->setForegroundRole(QPalette::PlaceholderText);
    m_lead = new LeadProfessionalCard(m_page);

    auto* identity = new QVBoxLayout;
    identity->setSpacing(4);
    identity->addWidget(m_familyName);
    identity->addWidget(m_address);
    identity->addWidget(m_householdSummary);
    identity->addStretch(1);
    auto* top = new QHBoxLayout;
    top->setSpacing(16);
    top->addLayout(identity, 3);
    top->addWidget(m_lead, 2, Qt::AlignTop);
    m_pageLayout->addLayout(top);

    auto* householdTable =
        addTable(tr("Household"), QStringLiteral("householdTable"), m_household, nullptr, {});
    householdTable->setAccessibleName(tr("Household"));
    m_otherPeopleTable =
        addTable(tr("Other important people"), QStringLiteral("otherPeopleTable"), m_otherPeople,
                 &m_otherPeopleEmpty, tr("No other important people are recorded."));
    m_contactsTable = addTable(tr("Contact details"), QStringLiteral("contactsTable"), m_contacts,
                               &m_contactsEmpty, tr("No phone numbers or email addresses yet."));
    m_involvementsTable =
        addTable(tr("Who else is working with the family"), QStringLiteral("involvementsTable"),
                 m_involvements, &m_involvementsEmpty,
                 tr("No other services are recorded as working "
                    "with the family."));
    m_leadHistoryTable =
        addTable(tr("Lead professional history"), QStringLiteral("leadHistoryTable"), m_leadHistory,
                 &m_leadHistoryEmpty, tr("No lead professional has been named."));
    m_pageLayout->addStretch(1);
    return m_page;
}

ContentHeightTableView* FamilyView::addTable(const QString& heading, const QString& objectName,
                                             QAbstractItemModel* model, QLabel** emptyNote,
                                             const QString& emptyText) {
    QLabel* title = makeText(m_page, objectName + QStringLiteral("Heading"), heading);
    m_sectionHeadings.append(title);
    m_pageLayout->addSpacing(10);
    m_pageLayout->addWidget(title);
    auto* table = new ContentHeightTableView(m_page);
    table->setObjectName(objectName);
    table->setModel(model);
    table->setAccessibleName(heading);
    m_pageLayout->addWidget(table);
    if (emptyNote) {
        *emptyNote = makeText(m_page, objectName + QStringLiteral("Empty"), emptyText);
        (*emptyNote)->setForegroundRole(QPalette::PlaceholderText);
        m_pageLayout->addWidget(*emptyNote);
    }
    return table;
}

void FamilyView::setSession(StoreSession* session) {
    m_session = session;
    m_consent->setSession(session);
    m_consent->placeBeside(this);
    m_genogram->setSession(session);
    m_genogram->placeBeside(this);
    m_plan->setSession(session);
    m_plan->placeBeside(this);
    m_meetings->setSession(session);
    m_meetings->placeBeside(this);
    m_assessment->setSession(session);
    m_assessment->placeBeside(this);
    clear();
}

bool FamilyView::showFamily(const QString& familyId) {
    if (!m_session || familyId.isEmpty()) {
        clear();
        return false;
    }
    const std::optional<FamilyRecord> found = m_session->store().loadFamily(familyId);
    if (!found) {
        clear();
        return false;
    }
    const FamilyRecord& family = *found;
    const FamilyStore& store = m_session->store();
    m_familyId = familyId;

    m_familyName->setText(family.family.name);
    const std::optional<Address> address = family.currentAddress();
    m_address->setText(address ? DisplayFormat::address(*address)
                               : tr("No current address recorded"));
    int livesHere = 0;
    for (const Person& person : family.people)
        livesHere += person.inHousehold ? 1 : 0;
    m_householdSummary->setText(
        tr("%1 recorded, %2 living in the household")
            .arg(DisplayFormat::people(static_cast<int>(family.people.size())))
            .arg(livesHere));

    m_lead->showLead(store.currentLeadProfessional(familyId));
    const QDate today = m_session->today();
    m_household->setFamily(family, today);
    m_otherPeople->setFamily(family, today);
    FamilyDetailModels::fillContacts(*m_contacts, family);
    FamilyDetailModels::fillInvolvements(*m_involvements, family, store);
    FamilyDetailModels::fillLeadHistory(*m_leadHistory, family, store);
    m_consent->showFamily(familyId);
    m_genogram->showFamily(familyId);
    m_plan->showFamily(familyId);
    m_meetings->showFamily(familyId);
    m_assessment->showFamily(familyId);
    updateEmptyNotes();
    m_stack->setCurrentIndex(1);
    return true;
}

void FamilyView::clear() {
    m_familyId.clear();
    m_household->clear();
    m_otherPeople->clear();
    m_contacts->clear();
    m_involvements->clear();
    m_leadHistory->clear();
    m_lead->showLead(std::nullopt);
    m_consent->clear();
    m_genogram->clear();
    m_plan->clear();
    m_meetings->clear();
    m_assessment->clear();
    m_stack->setCurrentWidget(m_nothingChosen);
}

void FamilyView::updateEmptyNotes() {
    const QList<std::pair<ContentHeightTableView*, QLabel*>> pairs{
        {m_otherPeopleTable, m_otherPeopleEmpty},
        {m_contactsTable, m_contactsEmpty},
        {m_involvementsTable, m_involvementsEmpty},
        {m_leadHistoryTable, m_leadHistoryEmpty}};
    for (const auto& [table, note] : pairs) {
        const bool empty = table->model()->rowCount() == 0;
        table->setVisible(!empty);
        note->setVisible(empty);
    }
}

void FamilyView::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        applyFonts();
}

void FamilyView::applyFonts() {
    // Relative to the window's font, so that zooming for a projector scales headings too.
    const QFont base = font();
    auto scaled = [&base](double factor) {
        QFont scaledFont = base;
        if (base.pointSizeF() > 0)
            scaledFont.setPointSizeF(base.pointSizeF() * factor);
        scaledFont.setBold(true);
        return scaledFont;
    };
    m_familyName->setFont(scaled(1.8));
    for (QLabel* heading : std::as_const(m_sectionHeadings))
        heading->setFont(scaled(1.15));
}

} // namespace kith::ui
