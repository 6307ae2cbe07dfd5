#pragma once

#include "client/hub_directory.h"
#include "matching/match_types.h"

#include <QWidget>
#include <functional>
#include <optional>

class QLabel;
class QPushButton;

namespace kith {

// "Known to the hub?": under the local matches, what the hub's directory says about the
// person being typed. A laptop holds only the families its user works with, so a family
// the hub knows is often not on it; the directory says only whether the person is known
// and who their lead professional is, never the family's details.
//
// The panel hands over its query after each typing pause. The hub is asked only when the
// details are enough to identify someone, and not again for the same details ("Check
// again" asks again after a failure). The answer is advice: it never holds up "Register".
class HubDirectorySection : public QWidget {
    Q_OBJECT

public:
    using Answered = std::function<void(const sync::HubDirectoryAnswer&)>;
    // Asks the hub without blocking and calls back on the window's thread.
    using AskHub = std::function<void(const sync::DirectoryLookup&, Answered)>;
    // Whether the family is on this laptop (the local cards already show it).
    using HeldHere = std::function<bool(const QString& familyId)>;

    enum class State { NotEnough, Asking, Known, NotKnown, OnlyHeldHere, Failed };

    HubDirectorySection(HeldHere heldHere, QWidget* parent = nullptr);

    // None: the section stays hidden and nothing is asked.
    void setAsker(AskHub ask);
    void setQuery(const match::MatchQuery& query);
    // Asks again with the details last asked about (after a failure).
    void askAgain();

    State state() const { return m_state; }
    // What the hub is asked for `query`, or nothing when it is not enough to identify anyone.
    static std::optional<sync::DirectoryLookup> lookupFor(const match::MatchQuery& query);

    static constexpr int kMostShown = 3;

private:
    void ask(const sync::DirectoryLookup& lookup);
    void showAnswer(const sync::HubDirectoryAnswer& answer);
    void showNotEnough();
    void display(State state, const QString& heading, const QString& details);

    HeldHere m_heldHere;
    AskHub m_ask;
    std::optional<sync::DirectoryLookup> m_asked;     // the details last asked about
    std::optional<sync::HubDirectoryAnswer> m_answer; // the answer for m_asked, once come
    int m_asking = 0; // counts asks, so that an answer to an older one is left unshown
    State m_state = State::NotEnough;
    QLabel* m_heading = nullptr;
    QLabel* m_details = nullptr; // the lead professionals
    QLabel* m_advice = nullptr;  // what to do about a family known elsewhere
    QPushButton* m_again = nullptr;
};

} // namespace kith
