#pragma once

#include "consent/consent_rules.h"

#include <QWidget>
#include <memory>

class QDialog;
class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;
class QVBoxLayout;

namespace kith::consent {
class ConsentStore;
}
namespace kith::journey {
class JourneyStore;
}

namespace kith::ui {

class SignaturePad;
class StoreSession;

// The family's consent on one page (a tab beside the family view): where it stands and when
// it was last confirmed (flagged when a review is overdue), the agencies they agreed to share
// with, young people's own consent, the restrictions in their words with any safeguarding
// override, and the whole history with signatures. Recording, confirming, withdrawing and
// restricting each open a dialog; this page only shows and calls core.
class ConsentPage : public QWidget {
    Q_OBJECT

public:
    explicit ConsentPage(QWidget* parent = nullptr);
    ~ConsentPage() override;

    void setSession(const StoreSession* session);
    // Shows this page as a "Consent" tab just after `familyPage`, when that page is in a
    // QTabWidget (the main window's); otherwise it stays hidden. Safe to call again.
    void placeBeside(QWidget* familyPage);
    bool showFamily(const QString& familyId);
    void clear();

    const consent::FamilySharing& family() const { return m_family; }
    QStandardItemModel* historyModel() const { return m_history; }
    QStandardItemModel* restrictionModel() const { return m_restrictions; }

    // Each opens its dialog (not modal to the test that calls it) and returns it.
    QDialog* recordConsent();
    QDialog* confirmConsent();
    QDialog* withdrawConsent();
    QDialog* addRestriction();
    QDialog* overrideRestriction(int row);
    bool liftRestriction(int row, const QString& reason);

signals:
    void consentChanged();

private:
    QWidget* buildPage();
    QDialog* openDialog(QDialog* dialog);
    void reload();
    void fillSummary();
    void fillAgencies();
    void fillRestrictions();
    void fillHistory();
    void updateActions();
    QString professionalName(const QString& id) const;
    QString personName(const QString& id) const;

    const StoreSession* m_session = nullptr;
    std::unique_ptr<consent::ConsentStore> m_consents;
    std::unique_ptr<consent::ConsentRules> m_rules;
    std::unique_ptr<journey::JourneyStore> m_journeys; // what RecordDialog is built on
    consent::FamilySharing m_family;
    QString m_familyId;
    int m_reviewMonths = 12;

    QLabel* m_status = nullptr;
    QLabel* m_review = nullptr;
    QLabel* m_youngPeople = nullptr;
    SignaturePad* m_signature = nullptr;
    QPushButton* m_record = nullptr;
    QPushButton* m_confirm = nullptr;
    QPushButton* m_withdraw = nullptr;
    QPushButton* m_restrict = nullptr;
    QPushButton* m_override = nullptr;
    QPushButton* m_lift = nullptr;
    QStandardItemModel* m_agencies = nullptr;
    QStandardItemModel* m_restrictions = nullptr;
    QStandardItemModel* m_history = nullptr;
    QTableView* m_restrictionTable = nullptr;
};

} // namespace kith::ui
