#include "meeting/agenda_keys.h"

#include <QKeyEvent>

namespace kith::ui {

std::optional<AgendaCommand> agendaCommandFor(const QKeyEvent& event, bool typing) {
    const Qt::KeyboardModifiers modifiers =
        event.modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier);
    if (modifiers != Qt::NoModifier)
        return std::nullopt;
    switch (event.key()) {
    case Qt::Key_PageDown:
        return AgendaCommand::Next;
    case Qt::Key_PageUp:
        return AgendaCommand::Previous;
    case Qt::Key_Escape:
        return AgendaCommand::Leave;
    default:
        break;
    }
    if (typing)
        return std::nullopt;
    switch (event.key()) {
    case Qt::Key_Right:
    case Qt::Key_Space:
        return AgendaCommand::Next;
    case Qt::Key_Left:
        return AgendaCommand::Previous;
    case Qt::Key_A:
        return AgendaCommand::AddAction;
    default:
        return std::nullopt;
    }
}

} // namespace kith::ui
