#pragma once

#include "meeting/icalendar.h"
#include "meeting/meeting_model.h"
#include "store/database.h"
#include "util/result.h"

#include <QCoreApplication>

namespace kith::meeting {

// The invitation for a meeting, from the store: the family's initials only (never the
// name), the chair as organiser (or the family's lead professional when no chair is set),
// and the professionals on the list who have an email address.
class MeetingInvitation {
    Q_DECLARE_TR_FUNCTIONS(kith::meeting::MeetingInvitation)

public:
    static Result<Invitation> build(const Database& database, const Meeting& meeting);
};

} // namespace kith::meeting
