#pragma once

#include "record_dialog.h"

class QComboBox;
class QPlainTextEdit;

namespace kith::consent {
class ConsentStore;
class FamilySharing;
} // namespace kith::consent

namespace kith::ui {

// "Do not share X with Y", written down in the family's own words: what kind of
// information (about everyone or one person), who must not be told (one of the hub's
// agencies, a professional, a family member, or a young person's parents and carers), and
// who asked.
class RestrictionDialog : public RecordDialog {
    Q_OBJECT

public:
    RestrictionDialog(consent::ConsentStore& consents, journey::JourneyStore& journeys,
                      const Database& database, const consent::FamilySharing& family,
                      QWidget* parent = nullptr);

protected:
    std::optional<QString> save() override;

private:
    void fillAudiences();

    consent::ConsentStore& m_consents;
    const consent::FamilySharing& m_family;
    QComboBox* m_category = nullptr;
    QComboBox* m_about = nullptr;
    QComboBox* m_audienceKind = nullptr;
    QComboBox* m_audience = nullptr;
    QLabel* m_audienceError = nullptr;
    QPlainTextEdit* m_words = nullptr;
    QLabel* m_wordsError = nullptr;
    QComboBox* m_requestedBy = nullptr;
};

} // namespace kith::ui
