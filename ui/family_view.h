#pragma once

#include "model/family.h"

#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QStackedWidget;
class QStandardItemModel;
class QVBoxLayout;

namespace kith::ui {

class AssessmentPage;
class ConsentPage;
class ContentHeightTableView;
class GenogramPage;
class MeetingsPage;
class PlanPage;
class LeadProfessionalCard;
class PeopleTableModel;
class StoreSession;

// Everything about one family on one scrolling page: who is in the household,
// other important people, how to contact them, who else is working with them and
// their lead professional, now and before.
class FamilyView : public QWidget {
    Q_OBJECT

public:
    explicit FamilyView(QWidget* parent = nullptr);

    void setSession(StoreSession* session);
    // Reads the family from the store and shows it; false when it is not there.
    bool showFamily(const QString& familyId);
    void clear();

    const QString& familyId() const { return m_familyId; }
    PeopleTableModel* householdModel() const { return m_household; }
    PeopleTableModel* otherPeopleModel() const { return m_otherPeople; }

protected:
    void changeEvent(QEvent* event) override;

private:
    QWidget* buildPage();
    ContentHeightTableView* addTable(const QString& heading, const QString& objectName,
                                     QAbstractItemModel* model, QLabel** emptyNote,
                                     const QString& emptyText);
    void applyFonts();
    void updateEmptyNotes();

    const StoreSession* m_session = nullptr;
    QString m_familyId;

    QStackedWidget* m_stack = nullptr;
    QWidget* m_nothingChosen = nullptr;
    QWidget* m_page = nullptr;
    QVBoxLayout* m_pageLayout = nullptr;
    QList<QLabel*> m_sectionHeadings;

    QLabel* m_familyName = nullptr;
    QLabel* m_address = nullptr;
    QLabel* m_householdSummary = nullptr;
    LeadProfessionalCard* m_lead = nullptr;
    ConsentPage* m_consent = nullptr;   // shown as the "Consent" tab beside this page
    GenogramPage* m_genogram = nullptr; // the "Genogram" tab, likewise
    PlanPage* m_plan = nullptr;         // the "Plan" tab, likewise
    MeetingsPage* m_meetings = nullptr; // the "Meetings" tab, likewise
    // The "Assessment" tab, likewise.
    AssessmentPage* m_assessment = nullptr;

    PeopleTableModel* m_household = nullptr;
    PeopleTableModel* m_otherPeople = nullptr;
    QStandardItemModel* m_contacts = nullptr;
    QStandardItemModel* m_involvements = nullptr;
    QStandardItemModel* m_leadHistory = nullptr;

    ContentHeightTableView* m_otherPeopleTable = nullptr;
    QLabel* m_otherPeopleEmpty = nullptr;
    ContentHeightTableView* m_contactsTable = nullptr;
    QLabel* m_contactsEmpty = nullptr;
    ContentHeightTableView* m_involvementsTable = nullptr;
    QLabel* m_involvementsEmpty = nullptr;
    ContentHeightTableView* m_leadHistoryTable = nullptr;
    QLabel* m_leadHistoryEmpty = nullptr;
};

} // namespace kith::ui
