#pragma once

#include <optional>

class QKeyEvent;

namespace kith::ui {

// What a key does during the visual agenda, in both the chair's and the projected window.
enum class AgendaCommand { Next, Previous, AddAction, Leave };

// Right, Page Down and Space: next step; Left and Page Up: previous; A: add an action;
// Esc: leave the presentation. While the chair is typing (`typing`), only Page Down, Page
// Up and Esc act, and only with no modifier, so that notes can be written freely.
std::optional<AgendaCommand> agendaCommandFor(const QKeyEvent& event, bool typing);

} // namespace kith::ui
