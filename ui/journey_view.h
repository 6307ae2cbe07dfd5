#pragma once

#include "journey_page.h"

#include <QHash>
#include <memory>

class QComboBox;
class QLabel;
class QStandardItemModel;

namespace kith::journey {
class JourneyStore;
}

namespace kith::ui {

class StoreSession;

// The family's Journey tab: each episode of Early Help with its stages, the contacts and
// visits (which children were seen, and seen alone), the chronology and supervision.
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

private:
    void showEpisode(int index);
    QString professionalName(const QString& id) const;

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
};

} // namespace kith::ui
