#pragma once

#include "episode_stage_dialog.h"
#include "journey/journey_model.h"
#include "journey_page.h"
#include "record_contact_dialog.h"

#include <QHash>
#include <memory>

class QAbstractItemView;
class QComboBox;
class QDialog;
class QLabel;
class QMenu;
class QPushButton;
class QStandardItemModel;

namespace kith::journey {
class JourneyStore;
}

namespace kith::ui {

class StoreSession;

// The family's Journey tab: each episode of Early Help with its stages, the contacts and
// visits (which children were seen, and seen alone), the case notes, the chronology and
// supervision; and the buttons that record each of them. Each button opens a dialog
// (window-modal, not blocking); what it saves shows here at once.
class JourneyView : public SectionPage {
    Q_OBJECT

public:
    explicit JourneyView(QWidget* parent = nullptr);
    ~JourneyView() override;

    void setSession(const StoreSession* session);
    bool showFamily(const QString& familyId);

    QComboBox* episodeChooser() const { return m_episodes; }
    QStandardItemModel* stagesModel() const { return m_stages; }
    QStandardItemModel* contactsModel() const { return m_contacts; }
    QStandardItemModel* chronologyModel() const { return m_chronology; }
    QStandardItemModel* supervisionModel() const { return m_supervision; }
    QStandardItemModel* notesModel() const { return m_notes; }
    // The episode shown, if any.
    const std::optional<journey::Episode>& currentEpisode() const { return m_episode; }

    // Each opens its dialog and returns it (nullptr when it does not fit what is shown).
    QDialog* recordContact();
    QDialog* addNote();
    // Corrects the note in `row` of notesModel(), or the chosen one when row < 0.
    QDialog* correctNote(int row = -1);
    QDialog* addChronologyEntry();
    QDialog* recordSupervision();
    QDialog* recordStage(EpisodeStageDialog::Action action, const QString& eventKind = {});
    QDialog* startRequest();

    // Reads the family's journey again, keeping the chosen episode.
    void reload();

signals:
    // Something was recorded: views built on the journey (My week) should refresh.
    void journeyChanged();

private:
    void showEpisode(int index);
    void updateActions();
    void fillStageMenu();
    QDialog* openDialog(QDialog* dialog);
    QString professionalName(const QString& id) const;
    QString myId() const;
    QString actorId() const; // myId(), or "local user" while nobody has said who they are

    const StoreSession* m_session = nullptr;
    std::unique_ptr<journey::JourneyStore> m_journeys;
    QHash<QString, QString> m_professionalNames;
    QHash<QString, QString> m_personNames;
    QString m_familyId;
    QString m_familyName;
    QComboBox* m_episodes = nullptr;
    QLabel* m_episodesLabel = nullptr;
    QLabel* m_summary = nullptr;
    QStandardItemModel* m_stages = nullptr;
    QStandardItemModel* m_contacts = nullptr;
    QStandardItemModel* m_chronology = nullptr;
    QStandardItemModel* m_supervision = nullptr;
    QStandardItemModel* m_notes = nullptr;
    QAbstractItemView* m_notesTable = nullptr;
    std::optional<journey::Episode> m_episode;
    QList<journey::CaseNote> m_noteList;
    QList<RecordContactDialog::Child> m_children;
    QWidget* m_actions = nullptr;
    QPushButton* m_contactButton = nullptr;
    QPushButton* m_noteButton = nullptr;
    QPushButton* m_correctButton = nullptr;
    QPushButton* m_chronologyButton = nullptr;
    QPushButton* m_supervisionButton = nullptr;
    QPushButton* m_stageButton = nullptr;
    QMenu* m_stageMenu = nullptr;
    QPushButton* m_closeButton = nullptr;
    QPushButton* m_requestButton = nullptr;
};

} // namespace kith::ui
