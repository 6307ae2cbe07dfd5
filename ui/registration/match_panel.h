#pragma once

#include "hub_directory_section.h"
#include "matching/match_types.h"

#include <QWidget>
#include <functional>
#include <memory>

class QLabel;
class QPushButton;
class QTimer;
class QVBoxLayout;

namespace kith {

class FamilyStore;

namespace match {
class Matcher;
}

// "Is this family already known?": the likely matches for what the clerk has typed so
// far, each with how likely it is (in words and a bar), the reasons, and the family's
// lead professional and how to contact them. Names and other details of the family are
// shown only when `maySeeFamily` says the user may see that family.
//
// The wizard calls setQuery() on every keystroke; the panel waits until typing pauses
// (about 200 ms) before it asks the matcher, so typing never waits for it. While a
// likely duplicate is shown, registration needs a decision: "Add to this family"
// (chosenExisting) or "This is a different family" (confirmedDifferent).
class MatchPanel : public QWidget {
    Q_OBJECT

public:
    using MaySeeFamily = std::function<bool(const QString& familyId)>;

    explicit MatchPanel(const FamilyStore& store, QWidget* parent = nullptr);
    ~MatchPanel() override;

    void setQuery(const match::MatchQuery& query);
    // Default: every family in the local store may be seen.
    void setMaySeeFamily(MaySeeFamily maySee);
    // How to ask the hub's directory, off the window's thread. None (the default): no hub
    // section at all, only this store is searched.
    using AskHub = HubDirectorySection::AskHub;
    void setHubAsker(AskHub ask);
    HubDirectorySection* hubSection() const { return m_hub; }

    // True while a likely duplicate (score at or above match::kLikelyMatchScore) is shown
    // and the clerk has not yet said whether it is this family or a different one.
    bool needsDecision() const;
    bool hasLikelyMatch() const;
    const QList<match::MatchCandidate>& shownMatches() const { return m_shown; }
    // Asks the matcher now instead of waiting for typing to pause.
    void refreshNow();

    static constexpr int kTypingPauseMs = 200;
    static constexpr int kMostShown = 5;
    static constexpr double kShownScore = 0.25;

    // "Very likely the same person" and so on, for a score.
    static QString likelihoodInWords(double score);

signals:
    void chosenExisting(const QString& familyId);
    void confirmedDifferent();
    // The decision needed (or not) has changed: the wizard enables "Register" on this.
    void decisionNeededChanged(bool needed);

private:
    void showMatches(const QList<match::MatchCandidate>& matches);
    QWidget* makeCard(const match::MatchCandidate& candidate, int index);
    QString familyDetails(const match::MatchCandidate& candidate) const;
    void decide(bool existing, const QString& familyId);
    void setDecisionNeeded(bool needed);

    const FamilyStore& m_store;
    std::unique_ptr<match::Matcher> m_matcher;
    MaySeeFamily m_maySee;
    match::MatchQuery m_query;
    match::MatchQuery m_asked; // the query behind what is shown
    QList<match::MatchCandidate> m_shown;
    bool m_decided = false;
    bool m_decisionNeeded = false;
    QTimer* m_typingPause = nullptr;
    QLabel* m_status = nullptr;
    QWidget* m_cards = nullptr;
    QVBoxLayout* m_cardLayout = nullptr;
    QPushButton* m_different = nullptr;
    HubDirectorySection* m_hub = nullptr;
};

} // namespace kith
