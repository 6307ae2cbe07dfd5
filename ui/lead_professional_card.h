#pragma once

#include "store/family_store.h"

#include <QFrame>
#include <optional>

class QLabel;

namespace kith::ui {

// The family's current lead professional, shown prominently with the details a
// colleague needs to get in touch: name, role, service, phone and email.
class LeadProfessionalCard : public QFrame {
    Q_OBJECT

public:
    explicit LeadProfessionalCard(QWidget* parent = nullptr);

    void showLead(const std::optional<LeadProfessionalContact>& lead);
    // The whole card as one line of text (for tests and screen readers).
    QString summaryText() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyFonts();

    QLabel* m_caption = nullptr;
    QLabel* m_name = nullptr;
    QLabel* m_role = nullptr;
    QLabel* m_contact = nullptr;
    QLabel* m_since = nullptr;
};

} // namespace kith::ui
