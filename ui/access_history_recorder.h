#pragma once

#include <QObject>
#include <memory>

namespace kith::audit {
class AuditLog;
}

namespace kith::ui {

class ContentCover;
class FamilyView;
class StoreSession;

// Keeps the open store's audit log for the windows and records a "view" each time a
// family comes on screen. A family loaded behind the lock or the privacy screen is
// recorded when the cover lifts, not before: the log says who saw a family, not what
// was loaded while nobody could see it.
class AccessHistoryRecorder : public QObject {
    Q_OBJECT

public:
    AccessHistoryRecorder(const FamilyView* familyView, const ContentCover* cover);
    ~AccessHistoryRecorder() override;

    // A new audit log for `session` (none for null). Call before the previous session
    // closes: the log holds its connection.
    void setSession(StoreSession* session);
    audit::AuditLog* log() const { return m_log.get(); }

public slots:
    // Records the family on show, unless covered or already recorded.
    void recordShownFamily();

private:
    const FamilyView* m_familyView;
    const ContentCover* m_cover;
    std::unique_ptr<audit::AuditLog> m_log;
    QString m_recordedFamilyId;
};

} // namespace kith::ui
