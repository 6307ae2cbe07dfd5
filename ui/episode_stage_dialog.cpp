#include "episode_stage_dialog.h"

#include "journey/journey_store.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QVBoxLayout>
#include <array>

namespace kith::ui {

using journey::ClosureReason;
using journey::ScreeningOutcome;

QString EpisodeStageDialog::actionText(Action action, const QString& eventKind) {
    switch (action) {
    case Action::Screening:
        return tr("Record screening decision…");
    case Action::Allocate:
        return tr("Allocate lead professional…");
    case Action::Close:
        return tr("Close this episode…");
    case Action::Event:
        break;
    }
    if (eventKind == QLatin1String("first_contact"))
        return tr("Record first contact…");
    if (eventKind == QLatin1String("assessment_started"))
        return tr("Record assessment started…");
    if (eventKind == QLatin1String("assessment_completed"))
        return tr("Record assessment completed…");
    if (eventKind == QLatin1String("plan_agreed"))
        return tr("Record plan agreed…");
    if (eventKind == QLatin1String("review_held"))
        return tr("Record review held…");
    if (eventKind == QLatin1String("taf_held"))
        return tr("Record Team Around the Family meeting…");
    return tr("Record: %1…").arg(journey::JourneyLabels::event(eventKind));
}

EpisodeStageDialog::EpisodeStageDialog(journey::JourneyStore& journeys, const Database& database,
                                       const journey::Episode& episode, Action action,
                                       const QString& eventKind, QWidget* parent)
    : RecordDialog(journeys, database, parent)
    , m_episode(episode)
    , m_action(action)
    , m_kind(eventKind) {
    setObjectName(QStringLiteral("episodeStageDialog"));
    QString title = actionText(action, eventKind);
    if (title.endsWith(u'…'))
        title.chop(1);
    setWindowTitle(title);
    QList<QWidget*> watched;

    if (action == Action::Screening) {
        auto* outcomes = new QWidget(this);
        auto* layout = new QVBoxLayout(outcomes);
        layout->setContentsMargins(0, 0, 0, 0);
        const std::array<std::pair<ScreeningOutcome, QString>, 3> choices{{
            {ScreeningOutcome::Advice, tr("Ad&vice and guidance (closes the episode)")},
            {ScreeningOutcome::Signposting,
             tr("Si&gnpost to universal services (closes the episode)")},
            {ScreeningOutcome::Allocation, tr("Allocate to &Early Help")},
        }};
        for (const auto& [outcome, text] : choices) {
            auto* button = new QRadioButton(text, outcomes);
            button->setObjectName(QStringLiteral("outcome_") + journey::screeningCode(outcome));
            layout->addWidget(button);
            m_outcomes.append(button);
        }
        m_outcomes.last()->setChecked(true);
        addField(tr("Decision:"), outcomes, QStringLiteral("screeningOutcome"));
        watched.append(outcomes);
    }
    if (action == Action::Close) {
        m_reason = new QComboBox(this);
        m_reason->addItem(tr("Choose…"), -1);
        for (ClosureReason reason :
             {ClosureReason::NeedsMet, ClosureReason::ConsentWithdrawn, ClosureReason::MovedAway,
              ClosureReason::Disengaged, ClosureReason::SteppedUp, ClosureReason::SteppedDown})
            m_reason->addItem(journey::JourneyLabels::closure(reason), static_cast<int>(reason));
        m_reasonError = addField(tr("&Reason:"), m_reason, QStringLiteral("closeReason"));
        watched.append(m_reason);
    }

    m_when = makeMomentEdit(QStringLiteral("stageWhen"));
    m_whenError = addField(action == Action::Close ? tr("Closed &on:") : tr("&When:"), m_when,
                           QStringLiteral("stageWhen"));
    watched.append(m_when);

    if (action == Action::Screening || action == Action::Allocate || action == Action::Event) {
        const QString preset = action == Action::Allocate ? QString()
                               : action == Action::Event  ? m_episode.leadProfessionalId
                                                          : currentProfessional();
        m_who = makeProfessionalChooser(QStringLiteral("stageProfessional"),
                                        preset.isEmpty() ? currentProfessional() : preset);
        const QString label = action == Action::Allocate    ? tr("&Lead professional:")
                              : action == Action::Screening ? tr("Decided &by:")
                                                            : tr("&By:");
        m_whoError = addField(label, m_who, QStringLiteral("stageProfessional"));
        watched.append(m_who);
    }
    if (action == Action::Screening || action == Action::Event) {
        m_detail = new QLineEdit(this);
        addField(action == Action::Screening ? tr("&Note:") : tr("&Detail:"), m_detail,
                 QStringLiteral("stageDetail"));
        watched.append(m_detail);
    }
    if (action == Action::Close) {
        m_summary = new QPlainTextEdit(this);
        m_summary->setTabChangesFocus(true);
        m_summary->setPlaceholderText(tr("What changed for the family, and the evidence"));
        m_summaryError =
            addField(tr("Closure &summary:"), m_summary, QStringLiteral("closeSummary"));
        m_exitPlan = new QPlainTextEdit(this);
        m_exitPlan->setTabChangesFocus(true);
        m_exitPlan->setPlaceholderText(tr("The universal support the family is signposted to"));
        addField(tr("E&xit plan:"), m_exitPlan, QStringLiteral("closeExitPlan"));
        watched.append(m_summary);
        watched.append(m_exitPlan);
    }
    for (QWidget* field : std::as_const(watched))
        watch(field);
    finish(action == Action::Close ? tr("&Close episode") : tr("&Save"));
    if (!watched.isEmpty())
        watched.first()->setFocus();
    resize(520, sizeHint().height());
}

QRadioButton* EpisodeStageDialog::outcomeButton(ScreeningOutcome outcome) const {
    for (QRadioButton* button : m_outcomes) {
        if (button->objectName() == QStringLiteral("outcome_") + journey::screeningCode(outcome))
            return button;
    }
    return nullptr;
}

std::optional<QString> EpisodeStageDialog::save() {
    bool ready = checkMoment(m_when, m_whenError, tr("the date and time"));
    if (m_action == Action::Allocate)
        ready = checkChosen(m_who, m_whoError, tr("Choose the lead professional.")) && ready;
    if (m_action == Action::Close) {
        const bool reason = m_reason->currentData().toInt() >= 0;
        showError(m_reasonError, reason ? QString() : tr("Choose why the episode is closing."));
        const bool summary = !m_summary->toPlainText().trimmed().isEmpty();
        showError(m_summaryError,
                  summary ? QString()
                          : tr("Write the closure summary: what changed for the family."));
        ready = reason && summary && ready;
    }
    if (!ready)
        return std::nullopt;

    const QDateTime when = m_when->dateTime().toUTC();
    const QString who = m_who ? m_who->currentData().toString() : QString();
    const QString detail = m_detail ? m_detail->text().trimmed() : QString();
    Status done = okStatus();
    switch (m_action) {
    case Action::Screening: {
        auto outcome = ScreeningOutcome::Allocation;
        for (QRadioButton* button : std::as_const(m_outcomes)) {
            if (button->isChecked())
                outcome = *journey::screeningFromCode(
                    button->objectName().mid(QStringLiteral("outcome_").size()));
        }
        done = journeys().recordScreening(m_episode.id, outcome, when, who, detail);
        break;
    }
    case Action::Allocate:
        done = journeys().allocate(m_episode.id, who, when);
        break;
    case Action::Event: {
        auto event = journeys().recordEvent(m_episode.id, m_kind, when, who, detail);
        done = event ? okStatus() : Status::fail(event.error());
        break;
    }
    case Action::Close:
        done = journeys().closeEpisode(
            m_episode.id, static_cast<ClosureReason>(m_reason->currentData().toInt()), when,
            m_summary->toPlainText().trimmed(), m_exitPlan->toPlainText().trimmed());
        break;
    }
    return done ? QString() : done.error();
}

} // namespace kith::ui
