#include "access_history_recorder.h"

#include "audit/audit_log.h"
#include "family_view.h"
#include "privacy_screen_cover.h"
#include "store_session.h"

namespace kith::ui {

AccessHistoryRecorder::AccessHistoryRecorder(const FamilyView* familyView,
                                             const ContentCover* cover)
    : m_familyView(familyView)
    , m_cover(cover) {
    connect(m_cover, &ContentCover::changed, this, &AccessHistoryRecorder::recordShownFamily);
}

AccessHistoryRecorder::~AccessHistoryRecorder() = default;

void AccessHistoryRecorder::setSession(StoreSession* session) {
    m_log.reset();
    m_recordedFamilyId.clear();
    if (!session)
        return;
    // SEAM: StoreSession only hands out its Database as const, and AuditLog needs it
    // writable. The session owns the Database as non-const, so this cast is sound; it
    // goes when StoreSession gains `Database& database()` (or owns the AuditLog).
    m_log = std::make_unique<audit::AuditLog>(const_cast<Database&>(session->database()));
}

void AccessHistoryRecorder::recordShownFamily() {
    if (!m_log || m_cover->isCovered())
        return;
    const QString familyId = m_familyView->familyId();
    if (familyId.isEmpty() || familyId == m_recordedFamilyId)
        return;
    // A failed write is visible to `kithctl audit verify`; it must not stop the work.
    if (m_log->recordView(familyId))
        m_recordedFamilyId = familyId;
}

} // namespace kith::ui
