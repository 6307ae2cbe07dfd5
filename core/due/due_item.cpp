#include "due/due_item.h"

namespace kith::due {

QString statusCode(DueStatus status) {
    switch (status) {
    case DueStatus::Upcoming:
        return QStringLiteral("upcoming");
    case DueStatus::DueSoon:
        return QStringLiteral("due_soon");
    case DueStatus::Overdue:
        return QStringLiteral("overdue");
    }
    return {};
}

QString DueLabels::status(DueStatus status) {
    switch (status) {
    case DueStatus::Upcoming:
        return tr("Coming up");
    case DueStatus::DueSoon:
        return tr("Due soon");
    case DueStatus::Overdue:
        return tr("Overdue");
    }
    return {};
}

QString DueLabels::responsible(policy::Responsible role) {
    switch (role) {
    case policy::Responsible::LeadProfessional:
        return tr("Lead professional");
    case policy::Responsible::Manager:
        return tr("Manager");
    case policy::Responsible::Recorder:
        return tr("Practitioner who made the visit");
    }
    return {};
}

} // namespace kith::due
